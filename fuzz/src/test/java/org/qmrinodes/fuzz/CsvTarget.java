package org.qmrinodes.fuzz;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV tables built from the bundled synthetic cohort ({@code test-workflows/data}), mutated in their
 * bytes, encoding, quoting, headers and cells, run through roc, delong, compare, icc, kappa,
 * logistic and lasso.
 *
 * <p>Rules beyond {@link OutputRules}: a {@link Expectation#USABLE} mutation gives the same output
 * text; a refused table gets exit 1 (2 for a missing column) with a message naming the file, a row,
 * line or column; a cell no number syntax of R's {@code read.csv} accepts, or a non-finite number, in
 * a used column is refused or reported on standard error, never taken silently.
 */
final class CsvTarget implements FuzzTarget {

    /** What a mutation leaves of the table. */
    enum Expectation {
        /** The same data: the same output. */
        USABLE,
        /** The same output if accepted, else a clear refusal. */
        USABLE_OR_REFUSED,
        /** Exit 1 or 2 with a clear message. */
        REFUSED,
        /** Exit 2 (a missing column is bad usage). */
        USAGE,
        /** Exit 1 (the data cannot give an answer). */
        DATA_ERROR,
        /** Refused, or accepted with a note on standard error. */
        NAMED,
        /** Anything, within {@link OutputRules}. */
        ANY
    }

    /**
     * A command and the columns it uses.
     *
     * @param name the subcommand
     * @param table which base table
     * @param args the options after {@code --in FILE}
     * @param numeric numeric columns it reads
     * @param labels text columns it reads (outcome, group, subject, rater)
     */
    private record Command(String name, String table, List<String> args, List<String> numeric, List<String> labels) {
    }

    /** A mutated table: the file's bytes and what changed. */
    private record Mutated(byte[] bytes, String description) {
    }

    private interface Edit {
        Mutated apply(Random r, List<List<String>> table, Command command);
    }

    private record Mutation(String name, Expectation expectation, Edit edit) {
    }

    private static final List<Command> COMMANDS = List.of(
        new Command("roc", "cohort", List.of("--truth", "outcome", "--positive", "pos", "--score", "ADC_mean,Dapp_mean"),
            List.of("ADC_mean", "Dapp_mean"), List.of("outcome")),
        new Command("delong", "cohort", List.of("--truth", "outcome", "--positive", "pos", "--score",
            "ADC_mean,Dapp_mean,Kapp_mean"), List.of("ADC_mean", "Dapp_mean", "Kapp_mean"), List.of("outcome")),
        new Command("compare", "cohort", List.of("--group", "her2_status", "--value", "ADC_mean,Kapp_mean,lesion_type",
            "--categorical", "lesion_type"), List.of("ADC_mean", "Kapp_mean"), List.of("her2_status", "lesion_type")),
        new Command("logistic", "cohort", List.of("--truth", "outcome", "--positive", "pos", "--predictors",
            "ADC_mean,Kapp_mean"), List.of("ADC_mean", "Kapp_mean"), List.of("outcome")),
        new Command("lasso", "cohort", List.of("--truth", "outcome", "--positive", "pos", "--features",
            "ADC_mean,Dapp_mean,Kapp_mean,Kapp_entropy", "--folds", "5"),
            List.of("ADC_mean", "Dapp_mean", "Kapp_mean", "Kapp_entropy"), List.of("outcome")),
        new Command("icc", "readers", List.of("--subject", "patient_id", "--rater", "reader", "--value",
            "ADC_mean,Kapp_mean"), List.of("ADC_mean", "Kapp_mean"), List.of("patient_id", "reader")),
        new Command("kappa", "ratings", List.of("--rater-a", "rater_a", "--rater-b", "rater_b"), List.of(),
            List.of("rater_a", "rater_b")));
    private static final String PREFIX = "csv-";
    private static final Set<String> OUTCOME_COMMANDS = Set.of("roc", "delong", "logistic", "lasso", "compare");

    private final List<Mutation> mutations = mutations();
    private final Map<String, List<List<String>>> tables = new java.util.HashMap<>();
    private final Map<String, String> baseline = new java.util.HashMap<>();

    @Override
    public Kind kind() {
        return Kind.CSV;
    }

    @Override
    public void prepare(final Path work, final InProcessCli cli) throws IOException {
        final Path data = Path.of(System.getProperty("fuzz.data.dir", "../test-workflows/data"));
        final List<List<String>> cohort = read(data.resolve("shen25_synthetic_cohort.csv"));
        final List<List<String>> readers = read(data.resolve("shen25_synthetic_two_readers.csv"));
        tables.put("cohort", cohortTable(cohort));
        tables.put("readers", select(readers, 61, "patient_id", "reader", "ADC_mean", "Kapp_mean"));
        tables.put("ratings", ratings(cohort));
        Files.createDirectories(work.resolve("csv-base"));
        for (final Command c : COMMANDS) {
            final Path in = work.resolve("csv-base").resolve(c.name() + ".csv");
            Files.write(in, serialise(tables.get(c.table()), false).getBytes(StandardCharsets.UTF_8));
            final Invocation i = run(cli, c, in);
            if (i.status() != 0 || !OutputRules.check(i).isEmpty()) {
                throw new AssertionError("unmutated CSV input: " + i.args() + " gave " + i.status() + ": " + i.err());
            }
            baseline.put(c.name(), i.out());
        }
    }

    private static Invocation run(final InProcessCli cli, final Command c, final Path in) {
        final List<String> args = new ArrayList<>(List.of(c.name(), "--in", in.toString()));
        args.addAll(c.args());
        return cli.run(args);
    }

    private static List<List<String>> read(final Path file) throws IOException {
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(Files.readString(file)))) {
            final List<List<String>> rows = new ArrayList<>();
            for (final CSVRecord r : p) {
                rows.add(new ArrayList<>(r.toList()));
            }
            return rows;
        }
    }

    /** 80 patients: id, HER2 status, lesion type, a binary outcome (HER2-low or not) and four features. */
    private static List<List<String>> cohortTable(final List<List<String>> cohort) {
        final List<List<String>> t = select(cohort, 81, "patient_id", "her2_status", "lesion_type", "ADC_mean",
            "Dapp_mean", "Kapp_mean", "Kapp_entropy");
        t.get(0).add(3, "outcome");
        for (int i = 1; i < t.size(); i++) {
            t.get(i).add(3, t.get(i).get(1).equals("HER2-low") ? "pos" : "neg");
        }
        return t;
    }

    /** Two readers' lesion types of 80 patients; reader b differs on every fifth. */
    private static List<List<String>> ratings(final List<List<String>> cohort) {
        final List<List<String>> t = select(cohort, 81, "patient_id", "lesion_type");
        final List<String> types = List.of("mass", "NME", "mass with NME");
        t.set(0, new ArrayList<>(List.of("patient_id", "rater_a", "rater_b")));
        for (int i = 1; i < t.size(); i++) {
            final String a = t.get(i).get(1);
            t.get(i).add(i % 5 == 0 ? types.get((types.indexOf(a) + 1) % 3) : a);
        }
        return t;
    }

    private static List<List<String>> select(final List<List<String>> table, final int rows, final String... columns) {
        final List<Integer> index = Arrays.stream(columns).map(c -> table.get(0).indexOf(c)).toList();
        final List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < Math.min(rows, table.size()); i++) {
            final List<String> row = new ArrayList<>();
            for (final int c : index) {
                row.add(table.get(i).get(c));
            }
            out.add(row);
        }
        return out;
    }

    /** @return RFC 4180 text, fields quoted when needed (or always), LF line ends */
    static String serialise(final List<List<String>> table, final boolean quoteAll) {
        final StringBuilder b = new StringBuilder();
        for (final List<String> row : table) {
            for (int i = 0; i < row.size(); i++) {
                final String v = row.get(i);
                if (i > 0) {
                    b.append(',');
                }
                if (quoteAll || v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                    b.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    b.append(v);
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Override
    public CaseResult run(final long seed, final Path scratch, final InProcessCli cli) throws IOException {
        final Random r = new Random(seed);
        final Command c = COMMANDS.get(r.nextInt(COMMANDS.size()));
        final List<Mutation> applicable = mutations.stream().filter(m -> applies(m, c)).toList();
        final Mutation m = applicable.get(r.nextInt(applicable.size()));
        final List<List<String>> copy = new ArrayList<>();
        tables.get(c.table()).forEach(row -> copy.add(new ArrayList<>(row)));
        final Mutated mutated = m.edit().apply(r, copy, c);
        final Path in = scratch.resolve("in.csv");
        Files.write(in, mutated.bytes());
        final Invocation run = run(cli, c, in);
        final List<Finding> findings = new ArrayList<>(OutputRules.check(run));
        final boolean refused = run.status() == 1 || run.status() == 2;
        switch (m.expectation()) {
            case USABLE -> {
                findings.addAll(OutputRules.expectStatus(run, 0));
                sameOutput(c, run, findings);
            }
            case USABLE_OR_REFUSED -> sameOutput(c, run, findings);
            case REFUSED -> {
                if (run.status() == 0) {
                    findings.add(new Finding(c.name(), Symptom.SILENT_ACCEPT, "exit 0: "
                        + OutputRules.firstLine(run.out())));
                }
            }
            case USAGE -> findings.addAll(OutputRules.expectStatus(run, 2));
            case DATA_ERROR -> findings.addAll(OutputRules.expectStatus(run, 1));
            case NAMED -> {
                if (run.status() == 0 && run.err().isBlank()) {
                    findings.add(new Finding(c.name(), Symptom.SILENT_ACCEPT, "exit 0, nothing on stderr: "
                        + mutated.description()));
                }
            }
            case ANY -> {
                // only the rules of every run
            }
        }
        if (refused && !clear(run.err()) && !run.err().contains("internal error")) {
            findings.add(new Finding(c.name(), Symptom.UNCLEAR_MESSAGE, OutputRules.firstLine(run.err())));
        }
        if (m.name().equals(PREFIX + "constant-column") && c.name().equals("icc") && run.status() == 0) {
            constantIcc(run, mutated.description(), findings);
        }
        return new CaseResult(kind(), m.name(), seed, c.name() + " " + m.name() + ": " + mutated.description(), findings,
            List.of(run));
    }

    private void sameOutput(final Command c, final Invocation run, final List<Finding> findings) {
        if (run.status() == 0 && !run.out().equals(baseline.get(c.name()))) {
            final String d = Outputs.difference(baseline.get(c.name()), run.out(), Set.of());
            findings.add(new Finding(c.name(), Symptom.WRONG_RESULT, d != null ? d : "output text differs"));
        }
    }

    /** ICC of a feature without variance is undefined: no number in its rows. */
    private static void constantIcc(final Invocation run, final String description, final List<Finding> findings) {
        final String column = description.substring(0, description.indexOf(' '));
        for (final Map<String, String> row : Outputs.rows(run.out())) {
            if (column.equals(row.get("feature")) && !row.getOrDefault("icc", "").isEmpty()) {
                findings.add(new Finding("icc", Symptom.WRONG_RESULT, "constant " + column + ": " + row.get("type") + " "
                    + row.get("icc")));
                return;
            }
        }
    }

    /** @return whether a refusal names the file, or a row, line or column */
    private static boolean clear(final String err) {
        final String e = err.toLowerCase(Locale.ROOT);
        return e.contains("in.csv") || e.contains("row") || e.contains("line") || e.contains("column")
            || e.contains("usage:");
    }

    private static boolean applies(final Mutation m, final Command c) {
        final String name = m.name().substring(PREFIX.length());
        return switch (name) {
            case "one-class" -> OUTCOME_COMMANDS.contains(c.name());
            case "constant-column", "number-other-notation" -> !c.numeric().isEmpty();
            default -> !name.startsWith("cell-") || !c.numeric().isEmpty();
        };
    }

    // ---- the mutations

    private static Mutated text(final List<List<String>> t, final String description) {
        return new Mutated(serialise(t, false).getBytes(StandardCharsets.UTF_8), description);
    }

    private static Mutated bytes(final String text, final String description) {
        return new Mutated(text.getBytes(StandardCharsets.UTF_8), description);
    }

    private static int row(final Random r, final List<List<String>> t) {
        return 1 + r.nextInt(t.size() - 1);
    }

    private static String pick(final Random r, final List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static List<Mutation> mutations() {
        final List<Mutation> list = new ArrayList<>();
        list.add(new Mutation("noop", Expectation.USABLE, (r, t, c) -> text(t, "nothing changed")));
        list.add(new Mutation("bom", Expectation.USABLE, (r, t, c) -> bytes("\uFEFF" + serialise(t, false), "UTF-8 BOM")));
        list.add(new Mutation("crlf", Expectation.USABLE, (r, t, c) ->
            bytes(serialise(t, false).replace("\n", "\r\n"), "CRLF line ends")));
        list.add(new Mutation("trailing-blank-lines", Expectation.USABLE, (r, t, c) ->
            bytes(serialise(t, false) + "\n\n", "two blank lines at the end")));
        list.add(new Mutation("no-final-newline", Expectation.USABLE, (r, t, c) ->
            bytes(serialise(t, false).stripTrailing(), "no newline after the last row")));
        list.add(new Mutation("blank-line-inside", Expectation.USABLE, (r, t, c) -> {
            final String[] lines = serialise(t, false).split("\n", -1);
            final int at = 1 + r.nextInt(lines.length - 2);
            final List<String> out = new ArrayList<>(Arrays.asList(lines));
            out.add(at, "");
            return bytes(String.join("\n", out), "blank line before line " + (at + 1));
        }));
        list.add(new Mutation("quoted-everywhere", Expectation.USABLE, (r, t, c) ->
            new Mutated(serialise(t, true).getBytes(StandardCharsets.UTF_8), "every field quoted")));
        list.add(new Mutation("extra-column", Expectation.USABLE, (r, t, c) -> {
            t.get(0).add("note");
            for (int i = 1; i < t.size(); i++) {
                t.get(i).add(i % 3 == 0 ? "a, \"quoted\" note" : "");
            }
            return text(t, "an unused column with commas and quotes");
        }));
        list.add(new Mutation("embedded-newline", Expectation.USABLE, (r, t, c) -> {
            t.get(0).add("note");
            final int at = row(r, t);
            for (int i = 1; i < t.size(); i++) {
                t.get(i).add(i == at ? "first line\nsecond line" : "x");
            }
            return text(t, "quoted newline in an unused column, row " + at);
        }));
        list.add(new Mutation("columns-reordered", Expectation.USABLE, (r, t, c) -> {
            final List<Integer> order = new ArrayList<>();
            for (int i = 0; i < t.get(0).size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, r);
            final List<List<String>> out = new ArrayList<>();
            for (final List<String> row : t) {
                out.add(order.stream().map(row::get).toList());
            }
            return text(out, "columns in order " + order);
        }));
        list.add(new Mutation("number-other-notation", Expectation.USABLE, (r, t, c) -> {
            final String col = pick(r, c.numeric());
            final int j = t.get(0).indexOf(col);
            final String[] forms = {"%sE+00", "+%s", "%s00", "%se0"};
            final String form = forms[r.nextInt(forms.length)];
            for (int i = 1; i < t.size(); i++) {
                if (!t.get(i).get(j).isEmpty() && t.get(i).get(j).contains(".")) {
                    t.get(i).set(j, String.format(Locale.ROOT, form, t.get(i).get(j)));
                }
            }
            return text(t, col + " written as " + form);
        }));
        list.add(new Mutation("utf16", Expectation.USABLE_OR_REFUSED, (r, t, c) ->
            new Mutated(("\uFEFF" + serialise(t, false)).getBytes(StandardCharsets.UTF_16LE), "UTF-16LE with BOM")));
        list.add(new Mutation("latin1", Expectation.USABLE_OR_REFUSED, (r, t, c) -> {
            t.get(0).add("note");
            for (int i = 1; i < t.size(); i++) {
                t.get(i).add(i % 4 == 0 ? "lésion à côté" : "");
            }
            return new Mutated(serialise(t, false).getBytes(StandardCharsets.ISO_8859_1),
                "Latin-1 accents in an unused column");
        }));
        list.add(new Mutation("gzip", Expectation.USABLE_OR_REFUSED, (r, t, c) ->
            new Mutated(NiftiBytes.gzip(serialise(t, false).getBytes(StandardCharsets.UTF_8)), "gzipped")));
        list.add(new Mutation("duplicate-header", Expectation.REFUSED, (r, t, c) -> {
            final List<String> used = new ArrayList<>(c.numeric());
            used.addAll(c.labels());
            final String name = pick(r, used);
            final int j = t.get(0).indexOf(name);
            int other = r.nextInt(t.get(0).size() - 1);
            other = other >= j ? other + 1 : other;
            t.get(0).set(other, name);
            return text(t, "column " + (other + 1) + " also named " + name);
        }));
        list.add(new Mutation("unbalanced-quote", Expectation.REFUSED, (r, t, c) -> {
            final int i = row(r, t);
            final int j = r.nextInt(t.get(i).size());
            final String s = serialise(t, false);
            final String[] lines = s.split("\n", -1);
            final String[] cells = lines[i].split(",", -1);
            cells[j] = "\"" + cells[j];
            lines[i] = String.join(",", cells);
            return bytes(String.join("\n", lines), "opening quote without a closing one at line " + (i + 1) + " field "
                + (j + 1));
        }));
        final String[][] cells = {{"java-suffix-d", "0.9d"}, {"java-suffix-f", "0.8f"}, {"hex-float", "0x1p-1"},
            {"overflow", "1e309"}, {"negative-overflow", "-1e309"}, {"inf", "Inf"}, {"minus-inf", "-Inf"},
            {"infinity", "Infinity"}, {"nan", "NaN"}, {"comma-decimal", "1,5"}, {"text", "abc"}, {"two-points", "1.2.3"}};
        for (final String[] cell : cells) {
            list.add(new Mutation("cell-" + cell[0], Expectation.NAMED, (r, t, c) -> setCell(r, t, c, cell[1])));
        }
        for (final String[] cell : new String[][] {{"na", "NA"}, {"blank", ""}, {"spaces", " 1.5 "}}) {
            list.add(new Mutation("cell-" + cell[0], Expectation.ANY, (r, t, c) -> setCell(r, t, c, cell[1])));
        }
        for (final String[] cell : new String[][] {{"na", "NA"}, {"blank", ""}}) {
            list.add(new Mutation("label-" + cell[0], Expectation.ANY, (r, t, c) -> {
                final String col = pick(r, c.labels());
                final int i = row(r, t);
                t.get(i).set(t.get(0).indexOf(col), cell[1]);
                return text(t, col + " of row " + i + " = '" + cell[1] + "'");
            }));
        }
        list.add(new Mutation("missing-column", Expectation.USAGE, (r, t, c) -> {
            final List<String> used = new ArrayList<>(c.numeric());
            used.addAll(c.labels());
            final String col = pick(r, used);
            final int j = t.get(0).indexOf(col);
            t.forEach(row -> row.remove(j));
            return text(t, "no column " + col);
        }));
        list.add(new Mutation("one-class", Expectation.DATA_ERROR, (r, t, c) -> {
            final String col = c.labels().get(0);
            final int j = t.get(0).indexOf(col);
            final String v = t.get(1).get(j);
            for (int i = 1; i < t.size(); i++) {
                t.get(i).set(j, v);
            }
            return text(t, "every " + col + " = " + v);
        }));
        list.add(new Mutation("constant-column", Expectation.ANY, (r, t, c) -> {
            final String col = pick(r, c.numeric());
            final int j = t.get(0).indexOf(col);
            // 0.1 has no exact binary value: sums of squares about the mean come out as rounding noise, not 0
            final String value = r.nextBoolean() ? "0.1" : "1.25";
            for (int i = 1; i < t.size(); i++) {
                t.get(i).set(j, value);
            }
            return text(t, col + " constant " + value);
        }));
        list.add(new Mutation("short-row", Expectation.ANY, (r, t, c) -> {
            final int i = row(r, t);
            t.get(i).remove(t.get(i).size() - 1);
            return text(t, "row " + i + " one field short");
        }));
        list.add(new Mutation("long-row", Expectation.ANY, (r, t, c) -> {
            final int i = row(r, t);
            t.get(i).add("7");
            return text(t, "row " + i + " one field too many");
        }));
        list.add(new Mutation("empty-file", Expectation.REFUSED, (r, t, c) -> new Mutated(new byte[0], "0 bytes")));
        list.add(new Mutation("header-only", Expectation.REFUSED, (r, t, c) -> text(t.subList(0, 1), "no data rows")));
        list.add(new Mutation("truncated", Expectation.ANY, (r, t, c) -> {
            final byte[] b = serialise(t, false).getBytes(StandardCharsets.UTF_8);
            final int at = r.nextInt(b.length);
            return new Mutated(Arrays.copyOf(b, at), "cut at byte " + at + " of " + b.length);
        }));
        list.add(new Mutation("byte-flip", Expectation.ANY, (r, t, c) -> {
            final byte[] b = serialise(t, false).getBytes(StandardCharsets.UTF_8);
            final StringBuilder d = new StringBuilder();
            for (int n = 1 + r.nextInt(4); n > 0; n--) {
                final int at = r.nextInt(b.length);
                final int x = 1 + r.nextInt(255);
                b[at] ^= (byte) x;
                d.append(String.format("byte %d ^= 0x%02X ", at, x));
            }
            return new Mutated(b, d.toString().trim());
        }));
        return list.stream().map(m -> new Mutation(PREFIX + m.name(), m.expectation(), m.edit())).toList();
    }

    private static Mutated setCell(final Random r, final List<List<String>> t, final Command c, final String value) {
        final String col = pick(r, c.numeric());
        final int i = row(r, t);
        t.get(i).set(t.get(0).indexOf(col), value);
        return text(t, col + " of row " + i + " = '" + value + "'");
    }
}
