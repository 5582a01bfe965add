package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.evaluation.BootstrapValidation;

/** {@code qmri validate}: Harrell's optimism bootstrap of a logistic model, as R rms::validate(lrm(...), B). */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "Bootstrap internal validation of a logistic model (Harrell's optimism), as rms::validate(lrm(...)).";
    }

    @Override
    public String summary() {
        return """
            Harrell's optimism bootstrap of the logistic model of --truth on --predictors, as R
            rms::validate(lrm(...), B): one row per index (Dxy, C, R2, Intercept, Slope, Emax, D, U, Q, Brier,
            g, gp) with its apparent value, optimism, bias-corrected value, mean training and test values
            and the number of resamples that count for it. Rows with a missing outcome or predictor are left
            out and counted; the bootstrap draws from the remaining rows. Resamples whose fit fails (one
            outcome class, separation, a dummy level absent) are left out and counted on standard error, as
            rms does. --indices FILE gives the resamples instead: one line per resample with the 1-based
            numbers of the rows used (after the incomplete rows are left out), e.g. as R's
            sample(n, replace = TRUE) draws them; then --bootstrap and --seed are ignored.""";
    }

    @Override
    public Options options() {
        return ModelRows.declare(new Options())
            .optional("bootstrap", "B", "number of bootstrap resamples", "1000")
            .optional("seed", "N", "random seed of the resamples", "1")
            .optional("indices", "FILE", "resamples as lines of 1-based row numbers (replaces --bootstrap and --seed)", null)
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("in", "indices").outputs("out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final int bootstrap = o.integer("bootstrap", 1, 1000);
        final long seed = seed(o.get("seed"));
        final ModelRows data = ModelRows.read(o, err, "bootstrap validation", "validated");
        final BootstrapValidation.Result result;
        try {
            final List<int[]> resamples = o.get("indices") != null ? readIndices(o.path("indices"))
                : BootstrapValidation.drawResamples(data.y().length, bootstrap, seed);
            result = BootstrapValidation.validate(data.design().x(), data.y(), resamples);
        } catch (final InvalidDataException e) {
            if (o.get("indices") != null && e.getMessage().startsWith("resample")) {
                throw CliException.data(o.path("indices") + ": " + e.getMessage());
            }
            throw data.table().error(e);
        }
        err.println(result.failed() + " of " + result.resamples() + " resamples failed to fit and were left out");
        CsvTableWriter.write(BootstrapValidation.table(result), o.output("out"), out);
    }

    private static long seed(final String text) throws CliException {
        try {
            return Long.parseLong(text.trim());
        } catch (final NumberFormatException e) {
            throw CliException.usage("option --seed needs a whole number, got '" + text + "'");
        }
    }

    /** One resample per non-blank line of comma-separated 1-based row numbers. */
    static List<int[]> readIndices(final Path file) throws CliException {
        final List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw CliException.data("cannot read " + file + ": " + e.getMessage());
        }
        final List<int[]> out = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            final String line = lines.get(l).strip();
            if (line.isEmpty()) {
                continue;
            }
            final String[] fields = line.split(",", -1);
            final int[] rows = new int[fields.length];
            for (int k = 0; k < fields.length; k++) {
                try {
                    rows[k] = Integer.parseInt(fields[k].strip().replace("\"", ""));
                } catch (final NumberFormatException e) {
                    throw CliException.data(file + " line " + (l + 1) + ", field " + (k + 1) + ": '" + fields[k]
                        + "' is not a row number");
                }
            }
            out.add(rows);
        }
        if (out.isEmpty()) {
            throw CliException.data(file + " holds no resample");
        }
        return out;
    }
}
