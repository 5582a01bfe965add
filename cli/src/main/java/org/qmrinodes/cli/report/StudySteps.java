package org.qmrinodes.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.cli.CsvTableWriter;
import org.qmrinodes.cli.Qmri;
import org.qmrinodes.core.data.ResultTable;

/**
 * A study run as its workflow runs it: one {@code qmri} command per workflow step, each writing the
 * file the workflow's writer node writes.
 */
final class StudySteps {

    private final String study;
    private final PrintStream err;

    /**
     * @param study the study's name in messages, e.g. {@code Shen25}
     * @param err where the commands' warnings go
     */
    StudySteps(final String study, final PrintStream err) {
        this.study = study;
        this.err = err;
    }

    /**
     * Runs one {@code qmri} command; a table it would print to standard output is discarded.
     *
     * @throws CliException naming the step when the command fails (its own message on {@code err} first)
     */
    void run(final List<String> args) throws CliException {
        final PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        final int status = Qmri.execute(args.toArray(String[]::new), discard, err);
        if (status != 0) {
            final String message = "the " + study + " study's step 'qmri " + String.join(" ", args) + "' failed";
            throw status == CliException.USAGE ? CliException.usage(message) : CliException.data(message);
        }
    }

    static String file(final Path dir, final String name) {
        return dir.resolve(name).toString();
    }

    static List<String> with(final List<String> head, final String... tail) {
        return with(head, List.of(tail));
    }

    static List<String> with(final List<String> head, final List<String> tail) {
        final List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }

    /**
     * Writes the rows of {@code parts}, tables with the same header, one after the other into {@code target}
     * and deletes the parts: one table of several models, as a node writes them into one output.
     *
     * @throws CliException when the headers differ or a file cannot be read or written
     */
    static void concatenate(final Path target, final Path... parts) throws CliException {
        final List<String> lines = new ArrayList<>();
        try {
            for (final Path part : parts) {
                final List<String> own = Files.readAllLines(part, StandardCharsets.UTF_8);
                if (lines.isEmpty()) {
                    lines.addAll(own);
                } else if (!own.get(0).equals(lines.get(0))) {
                    throw CliException.data(part + ": its columns differ from those of " + parts[0]);
                } else {
                    lines.addAll(own.subList(1, own.size()));
                }
            }
            Files.write(target, lines, StandardCharsets.UTF_8);
            for (final Path part : parts) {
                Files.delete(part);
            }
        } catch (final IOException e) {
            throw CliException.data("cannot write " + target + ": " + e.getMessage());
        }
    }

    /**
     * Renames the last column of a CSV table a step wrote, as a workflow names a column its node appends
     * (e.g. a predicted probability), so that later tables name it alike.
     *
     * @throws CliException when the last column is not {@code from}, or the file cannot be rewritten
     */
    static void renameLastColumn(final Path table, final String from, final String to) throws CliException {
        try {
            final List<String> lines = new ArrayList<>(Files.readAllLines(table, StandardCharsets.UTF_8));
            final String header = lines.get(0);
            if (!header.endsWith("," + from)) {
                throw CliException.data(table + ": expected '" + from + "' as the last column, got " + header);
            }
            lines.set(0, header.substring(0, header.length() - from.length()) + to);
            Files.write(table, lines, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw CliException.data("cannot rewrite " + table + ": " + e.getMessage());
        }
    }

    /** A study run: {@code run(cohort, folder, err)} writes the study's files into {@code folder}. */
    @FunctionalInterface
    interface Study {
        void run(Path cohort, Path folder, PrintStream err) throws CliException;
    }

    /**
     * Writes {@code cohort} as {@code dir/name/cohort.csv} and runs {@code study} on it into {@code dir/name}.
     *
     * @return the study's folder
     * @throws CliException when the folder cannot be made or a step fails
     */
    static Path runOnCohort(final Path dir, final String name, final ResultTable cohort, final Study study,
        final PrintStream err) throws CliException {
        final Path folder = dir.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (final IOException e) {
            throw CliException.data("cannot create " + folder + ": " + e.getMessage());
        }
        final Path file = folder.resolve("cohort.csv");
        CsvTableWriter.write(cohort, file, OutputStream.nullOutputStream());
        study.run(file, folder, err);
        return folder;
    }

    /** The file every study run writes its conventions into. */
    static final String SETTINGS_USED = "settings_used.csv";

    /**
     * Writes the conventions a study run used (positive classes, sign conventions, tests, reference levels,
     * seeds, ...) as a two-column table {@code setting, value} into {@value #SETTINGS_USED}, so that every
     * result file of the folder is accompanied by how it was made.
     *
     * @throws CliException when the file cannot be written
     */
    static void writeSettingsUsed(final Path dir, final Map<String, String> settings) throws CliException {
        final ResultTable.Builder table = ResultTable.builder(ResultTable.text("setting"), ResultTable.text("value"));
        settings.forEach((k, v) -> table.row(k, v));
        CsvTableWriter.write(table.build(), dir.resolve(SETTINGS_USED), OutputStream.nullOutputStream());
    }

    /**
     * Writes {@code table} without the columns named in {@code dropped} into {@code target}, every other field
     * as written (as the ICC Feature Filter node returns its cohort input without the dropped features).
     *
     * @throws CliException when a file cannot be read or written
     */
    static void withoutColumns(final Path table, final List<String> dropped, final Path target, final PrintStream err)
        throws CliException {
        final CsvTableReader in = CsvTableReader.read(table, err);
        final List<String> header = in.header();
        final List<Integer> keep = new ArrayList<>();
        final List<ResultTable.Column> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (!dropped.contains(header.get(c))) {
                keep.add(c);
                columns.add(ResultTable.text(header.get(c)));
            }
        }
        final ResultTable.Builder out = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        for (int r = 0; r < in.size(); r++) {
            final List<String> fields = in.fields(r);
            final Object[] row = new Object[keep.size()];
            for (int c = 0; c < row.length; c++) {
                final String v = fields.get(keep.get(c));
                row[c] = v.isEmpty() ? null : v;
            }
            out.row(row);
        }
        CsvTableWriter.write(out.build(), target, OutputStream.nullOutputStream());
    }

    /** Deletes intermediate files of a study run. */
    static void delete(final Path... files) throws CliException {
        for (final Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (final IOException e) {
                throw CliException.data("cannot delete " + f + ": " + e.getMessage());
            }
        }
    }

    /**
     * @param screen a screening table of {@code qmri compare} (columns feature, p_value)
     * @param threshold the entry p-value
     * @return the features with p below the threshold, in the table's order
     * @throws CliException when fewer than two are kept (a study's comparison and model need two)
     */
    static List<String> screened(final Path screen, final double threshold, final PrintStream err)
        throws CliException {
        final CsvTableReader table = CsvTableReader.read(screen, err);
        final List<String> names = table.texts("feature");
        final double[] p = table.numbers("p_value");
        final List<String> kept = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i] < threshold) {
                kept.add(names.get(i));
            }
        }
        if (kept.size() < 2) {
            throw CliException.data("the univariate screen (" + screen + ") keeps " + kept + " with p < " + threshold
                + "; the study's next steps need at least two features");
        }
        return kept;
    }
}
