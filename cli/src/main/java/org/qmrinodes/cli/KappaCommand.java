package org.qmrinodes.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.agreement.AgreementScale;
import org.qmrinodes.core.stats.agreement.AgreementTables;
import org.qmrinodes.core.stats.agreement.CohenKappa;
import org.qmrinodes.core.stats.agreement.FleissKappa;
import org.qmrinodes.core.stats.agreement.FleissKappaResult;
import org.qmrinodes.core.stats.agreement.KappaResult;
import org.qmrinodes.core.stats.agreement.KappaWeights;

/** {@code qmri kappa}: Cohen's (weighted) kappa of two rating columns, or Fleiss' kappa of several. */
final class KappaCommand implements Command {

    @Override
    public String name() {
        return "kappa";
    }

    @Override
    public String synopsis() {
        return "Cohen's (weighted) kappa of two raters, or Fleiss' kappa of several, on categorical ratings.";
    }

    @Override
    public String summary() {
        return """
            Cohen's kappa of two raters' categorical ratings (one row per case), unweighted or with linear or
            quadratic agreement weights over the ordered categories (as R psych::cohen.kappa). One row: n, kappa,
            se and the CI (large-sample variance of Fleiss, Cohen & Everitt 1969, CI clipped to [-1, 1]), z and
            p_value (test of kappa = 0 with the variance under H0), then the categories, observed and expected
            agreement and the agreement band. Ratings are compared as text; rows missing either rating are
            skipped and counted.
            With --raters C1,C2,C3... (instead of --rater-a/--rater-b): Fleiss' kappa of all those rater
            columns (nominal, as irr::kappam.fleiss): n, kappa, z, p_value (null SE of Fleiss, Nee & Landis
            1979; se and the CI stay empty), then raters, rater_count, categories, se_null, dropped_subjects
            (rows missing any rating), agreement, scale, method, message.""";
    }

    @Override
    public Options options() {
        return new Options().required("in", "FILE", "input CSV table, one row per case")
            .optional("rater-a", "COL", "first rater's column (Cohen's kappa; required unless --raters)", null)
            .optional("rater-b", "COL", "second rater's column (Cohen's kappa; required unless --raters)", null)
            .optional("raters", "C1,C2,C3[,...]", "two or more rater columns: Fleiss' kappa (instead of --rater-a/-b)",
                null)
            .optional("weights", "none|linear|quadratic", "agreement weights (linear/quadratic for ordinal scales)",
                KappaWeights.NONE.label())
            .optional("categories", "V1,V2,...",
                "the categories in order (default: those observed, numeric order when all are numbers); list them "
                    + "when a category is used by neither rater",
                null)
            .optional("scale", String.join("|", AgreementScale.labels()), "interpretation bands of the agreement column",
                AgreementScale.LANDIS_KOCH.label())
            .optional("conf-level", "P", "level of the confidence interval", "0.95")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("in").outputs("out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final KappaWeights weights;
        final AgreementScale scale;
        try {
            weights = KappaWeights.parse(o.get("weights"));
            scale = AgreementScale.parse(o.get("scale"));
        } catch (final IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        final double level = o.number(name(), "conf-level");
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final List<String> raters = o.list("raters");
        final String a = o.get("rater-a");
        final String b = o.get("rater-b");
        if (!raters.isEmpty()) {
            if (a != null || b != null) {
                throw CliException.usage("give either --rater-a and --rater-b (Cohen's kappa) or --raters (Fleiss')");
            }
            fleiss(table, raters, scale, o, out, err);
            return;
        }
        if (a == null || b == null) {
            throw CliException.usage("missing option --" + (a == null ? "rater-a" : "rater-b")
                + " (or give --raters C1,C2,C3 for Fleiss' kappa)");
        }
        final KappaResult result;
        try {
            result = CohenKappa.analyze(a, table.texts(a), b, table.texts(b), weights, o.list("categories"), level);
        } catch (final InvalidDataException e) {
            throw table.error(e);
        } catch (final IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        result.messages().forEach(m -> err.println("warning: " + m));
        CsvTableWriter.write(AgreementTables.kappa(List.of(result), scale), o.output("out"), out);
    }

    private static void fleiss(final CsvTableReader table, final List<String> raters, final AgreementScale scale,
        final Options o, final PrintStream out, final PrintStream err) throws CliException {
        if (raters.size() < 2) {
            throw CliException.usage("--raters needs at least two columns, got " + raters);
        }
        final List<List<String>> ratings = new ArrayList<>();
        for (final String r : raters) {
            ratings.add(table.texts(r));
        }
        final FleissKappaResult result;
        try {
            result = FleissKappa.analyzeWide(raters, ratings);
        } catch (final InvalidDataException e) {
            throw table.error(e);
        }
        result.messages().forEach(m -> err.println("warning: " + m));
        CsvTableWriter.write(AgreementTables.fleissKappa(result, raters, scale), o.output("out"), out);
    }
}
