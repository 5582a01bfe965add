package org.qmrinodes.cli.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.core.data.ResultTable;

/** Tables a study step wrote, read back for the report page. */
final class ReportTables {

    private ReportTables() {
    }

    /**
     * @param file a CSV table a {@code qmri} command wrote
     * @param columns the columns to keep, in this order; those holding only numbers (or nothing) become
     *        real columns, so that the page prints them as a journal would, the others stay text
     * @param err where the reader's warnings go
     * @return the table
     * @throws CliException when the file cannot be read or lacks a column
     */
    static ResultTable read(final Path file, final List<String> columns, final PrintStream err) throws CliException {
        final CsvTableReader csv = CsvTableReader.read(file, err);
        final List<ResultTable.Column> kinds = new ArrayList<>();
        final List<List<?>> values = new ArrayList<>();
        for (final String c : columns) {
            final List<String> texts = csv.texts(c);
            final double[] numbers = numbersOrNull(csv, c);
            if (numbers != null) {
                kinds.add(ResultTable.real(c));
                values.add(Arrays.stream(numbers).boxed().toList());
            } else {
                kinds.add(ResultTable.text(c));
                values.add(texts);
            }
        }
        final ResultTable.Builder table = ResultTable.builder(kinds.toArray(ResultTable.Column[]::new));
        for (int r = 0; r < csv.size(); r++) {
            final Object[] row = new Object[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = values.get(c).get(r);
            }
            table.row(row);
        }
        return table.build();
    }

    /**
     * @param rocFile a ROC table {@code qmri roc} wrote
     * @param published the published AUC per score; scores without one get NaN
     * @return per score: the published AUC beside the synthetic cohort's, its CI, sensitivity and specificity
     */
    static ResultTable aucsBesidePublished(final Path rocFile, final Map<String, Double> published,
        final PrintStream err) throws CliException {
        final CsvTableReader roc = CsvTableReader.read(rocFile, err);
        final ResultTable.Builder aucs = ResultTable.builder(ResultTable.text("score"), ResultTable.real("published_auc"),
            ResultTable.real("synthetic_auc"), ResultTable.real("ci_lower"), ResultTable.real("ci_upper"),
            ResultTable.real("sensitivity"), ResultTable.real("specificity"));
        final List<String> scores = roc.texts("score");
        for (int i = 0; i < scores.size(); i++) {
            aucs.row(scores.get(i), published.getOrDefault(scores.get(i), Double.NaN), roc.numbers("auc")[i],
                roc.numbers("ci_lower")[i], roc.numbers("ci_upper")[i], roc.numbers("sensitivity")[i],
                roc.numbers("specificity")[i]);
        }
        return aucs.build();
    }

    /** The columns of {@link #aucsBesidePublished}. */
    static final List<String> AUC_COLUMNS = List.of("score", "published_auc", "synthetic_auc", "ci_lower", "ci_upper",
        "sensitivity", "specificity");

    /** @return the column as numbers (missing as NaN), or null when it holds text */
    private static double[] numbersOrNull(final CsvTableReader csv, final String column) {
        try {
            return csv.numbers(column);
        } catch (final CliException e) {
            return null;
        }
    }
}
