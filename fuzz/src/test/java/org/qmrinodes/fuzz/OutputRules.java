package org.qmrinodes.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every run must keep, whatever its input: exit 0, 1 or 2; nothing thrown; no stack trace,
 * Java exception name, internal error or toolkit log line on standard error; within the time limit.
 */
final class OutputRules {

    private static final Set<Integer> STATUSES = Set.of(0, 1, 2);
    private static final Pattern STACK_LINE = Pattern.compile("^\\s+at [\\w$.<>/]+\\(.*\\)\\s*$|^\\tat |^Caused by: ");
    private static final Pattern JAVA_EXCEPTION = Pattern.compile("\\b(java|javax|sun|jdk)\\.[\\w.$]+(Exception|Error)\\b");
    private static final Pattern TOOLKIT_LINE = Pattern.compile(
        "^\\[[^\\]]+\\] (ERROR|WARN|INFO|DEBUG|TRACE) |\\b(ERROR|WARN) [\\w.$]+ - |^(SEVERE|WARNING|INFO|FINE): |^SLF4J: |"
            + "^\\w{3} \\d{2}, \\d{4} .*(AM|PM) |com\\.pixelmed\\.");

    private OutputRules() {
    }

    /**
     * @param run a run
     * @return the rules it broke
     */
    static List<Finding> check(final Invocation run) {
        final List<Finding> findings = new ArrayList<>();
        final String command = run.command();
        if (run.timedOut()) {
            findings.add(new Finding(command, Symptom.TIMEOUT, "no exit within " + run.millis() + " ms"));
        }
        if (run.thrown() != null) {
            findings.add(new Finding(command, run.thrown() instanceof OutOfMemoryError ? Symptom.OOM : Symptom.CRASH,
                "threw " + run.thrown()));
        } else if (!run.timedOut() && !STATUSES.contains(run.status())) {
            findings.add(new Finding(command, Symptom.BAD_EXIT, "exit status " + run.status()));
        }
        for (final String line : run.err().split("\\R")) {
            if (line.contains("OutOfMemoryError")) {
                findings.add(new Finding(command, Symptom.OOM, line));
                break;
            }
        }
        for (final String line : run.err().split("\\R")) {
            if (line.contains("internal error")) {
                findings.add(new Finding(command, Symptom.CRASH, line));
                break;
            }
        }
        final String[] lines = run.err().split("\\R");
        for (final String line : lines) {
            final boolean reported = line.contains("internal error") || line.contains("OutOfMemoryError");
            if (STACK_LINE.matcher(line).find() || !reported && JAVA_EXCEPTION.matcher(line).find()) {
                findings.add(new Finding(command, Symptom.STACK_TRACE, line));
                break;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (TOOLKIT_LINE.matcher(lines[i]).find()) {
                // a java.util.logging record prints date and source on one line, level and message on the next
                final String next = i + 1 < lines.length ? " | " + lines[i + 1] : "";
                findings.add(new Finding(command, Symptom.TOOLKIT_LOG, lines[i] + next));
                break;
            }
        }
        return findings;
    }

    /**
     * @param run a run
     * @param expected the status the contract prescribes
     * @return a finding when the run ended normally with another status (a crash is reported by
     *         {@link #check} already)
     */
    static List<Finding> expectStatus(final Invocation run, final int expected) {
        if (run.thrown() != null || run.timedOut() || run.status() == expected || !STATUSES.contains(run.status())
            || run.err().contains("internal error") || run.err().contains("OutOfMemoryError")) {
            return List.of();
        }
        return List.of(new Finding(run.command(), Symptom.BAD_EXIT, "exit " + run.status() + ", expected " + expected
            + ": " + firstLine(run.err())));
    }

    /** @return the first non-blank line of a text */
    static String firstLine(final String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("(nothing on stderr)");
    }
}
