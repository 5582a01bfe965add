package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.evaluation.TrainTestSplit;

/** {@code qmri split}: a reproducible, optionally stratified train/test allocation of the rows of a table. */
final class SplitCommand implements Command {

    /** The column the allocation is written to. */
    static final String SET_COLUMN = "set";

    @Override
    public String name() {
        return "split";
    }

    @Override
    public String synopsis() {
        return "Reproducible (optionally stratified) train/test allocation: the input rows plus a column set.";
    }

    @Override
    public String summary() {
        return """
            Allocates the rows of a table to a training and a test set: the input rows, unchanged and in
            their order, plus a column set with train or test. Within each stratum of --stratify (all rows
            when it is not given; rows with a missing stratum form one more stratum) the rows are shuffled
            with java.util.Random(--seed) and round(fraction * size) of them go to training, so each stratum
            keeps the fraction as closely as whole rows allow. The same input, fraction and seed give the
            same allocation.""";
    }

    @Override
    public Options options() {
        return new Options().required("in", "FILE", "input CSV table")
            .required("fraction", "F", "fraction of rows for training, between 0 and 1 (e.g. 0.7)")
            .required("seed", "N", "random seed")
            .optional("stratify", "COL", "keep the fraction within each value of this column", null)
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("in").outputs("out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final double fraction = o.number(name(), "fraction");
        if (!(fraction > 0 && fraction < 1)) {
            throw CliException.usage("option --fraction must be between 0 and 1 (exclusive), got " + o.get("fraction"));
        }
        final long seed;
        try {
            seed = Long.parseLong(o.get("seed").trim());
        } catch (final NumberFormatException e) {
            throw CliException.usage("option --seed needs a whole number, got '" + o.get("seed") + "'");
        }
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        if (table.header().contains(SET_COLUMN)) {
            throw CliException.usage(table.file() + " already has a column '" + SET_COLUMN + "'");
        }
        final List<String> strata = o.get("stratify") == null ? null : table.texts(o.get("stratify"));
        final boolean[] train;
        try {
            train = TrainTestSplit.split(strata, table.size(), fraction, seed);
        } catch (final InvalidDataException e) {
            throw table.error(e);
        }
        final List<ResultTable.Column> columns = new ArrayList<>();
        table.header().forEach(h -> columns.add(ResultTable.text(h)));
        columns.add(ResultTable.text(SET_COLUMN));
        final ResultTable.Builder b = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        for (int i = 0; i < table.size(); i++) {
            final List<Object> row = new ArrayList<>(table.fields(i));
            row.add(train[i] ? "train" : "test");
            b.row(row.toArray());
        }
        CsvTableWriter.write(b.build(), o.output("out"), out);
    }
}
