package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.qmrinodes.cli.report.DemoReport;
import org.qmrinodes.cli.report.Fr24FeatureTables;
import org.qmrinodes.cli.report.Fr24Study;
import org.qmrinodes.cli.report.Fr25Study;
import org.qmrinodes.cli.report.Qims26Study;
import org.qmrinodes.cli.report.Shen25Study;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.synthetic.Fr24LesionCohort;
import org.qmrinodes.core.synthetic.Fr25FeatureCohort;
import org.qmrinodes.core.synthetic.Qims26FeatureCohort;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.synthetic.Shen25TwoReaders;

/**
 * {@code qmri demo}: the demo analysis on the bundled synthetic cohort, written as a report folder
 * (HTML page, CSV tables, PNG and SVG plots).
 */
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String synopsis() {
        return "Runs the demo analysis on the synthetic cohort and writes an HTML report with its tables and plots.";
    }

    @Override
    public String summary() {
        return """
            Runs the demo analysis on the synthetic Shen25-like DKI histogram cohort (or on --cohort) and
            writes a report folder: index.html; the cohort and a simulated two-reader re-measurement; reader
            agreement (ICC2 per feature, which pass ICC > 0.75); screening of HER2-low vs HER2-over and of the
            three groups with Holm-adjusted p and Table 1 (CSV, HTML, PNG); ROC and DeLong tables as CSV and
            ROC plots as PNG for the endpoints HER2-low vs HER2-over and HER2-low vs HER2-zero; then a LASSO
            rad-score (10-fold CV, seed 1, lambda.min) for HER2-low vs HER2-over with its coefficients, CV
            curve, rad-scores and ROC as CSV and PNG; then the evaluation of a logistic model of HER2-over vs
            HER2-low on Dapp_mean, Kapp_entropy and lesion_type: nomogram, calibration with Hosmer-Lemeshow,
            optimism bootstrap (B = 200, seed 1), decision curve, forest plot of the univariable and
            multivariable odds ratios, and violin plots of the main features by HER2 group with the pairwise
            p-values; every figure as PNG and SVG with its data as CSV.
            --study shen25 writes instead only the Shen25 study's files, as the workflow
            test-workflows/shen25-dki-histogram writes them, into --out-dir: table3.csv and table3.png
            (Kruskal-Wallis over the three groups), univariate_low_vs_over.csv (Mann-Whitney U; p < 0.1
            enters), roc_low_vs_over.csv and .png and delong_low_vs_over.csv (all pairs, Holm) of the screened
            features, logistic_screened_low_vs_over.csv and logistic_Combined_ADC_low_vs_over.csv (likewise
            _D and _K); each the output of one qmri command, on the generated cohort (written there as
            cohort.csv) or on --cohort. --study fr25 likewise writes the Fr25 study's files, as the workflow
            test-workflows/fr25-symri-nomogram writes them: table2 and table3 (.csv, .png; chi-square or Fisher,
            ANOVA or Kruskal-Wallis by Kolmogorov-Smirnov normality, pairwise P1 zero-low, P2 zero-positive,
            P3 low-positive), then for the endpoints positive_vs_negative and low_vs_zero: univariable_ and
            multivariable_ logistic tables, predictions_ (the combined model's probability as combined_model),
            roc_ (.csv, .png), nomogram_ (.csv, .png), validation_ (bootstrap B = 1000, seed 1), calibration_
            and dca_ (.csv, .png). --study qims26 writes the QIMS26 study's files, as the workflow
            test-workflows/qims26-relaxometry writes them: table3 (.csv, .png; ANOVA, Welch or Kruskal-Wallis by
            Levene and Kolmogorov-Smirnov), then for HER2-positive vs HER2-low: univariate_, univariable_ and
            multivariable_ (T2star, T1_post, ER) tables, predictions_, roc_ (.csv, .png) and delong_ (all pairs,
            Holm). --study fr24 builds Fr24's rad-score as test-workflows/fr24-dce-radiomics-nomogram does, from the
            generated lesions' feature tables (or --cohort, --test-set, --readers): dropped_features (ICC(2,1) <= 0.75
            over the two readers), univariate_training (Mann-Whitney U), lasso_coefficients and lasso_cv (10-fold,
            seed 1, lambda.min), radscore_ and roc_ (.csv, .png) of the training and the test set, the nomogram
            (rad-score + TIC) and clinical (TIC) models: logistic_, predictions_, nomogram (.csv, .png), roc_models_
            and delong_ of both sets, calibration_test and dca_test (.csv, .png). Every --study
            run also writes settings_used.csv: the conventions it used (groups, tests, sign
            conventions, positive classes, reference levels, seeds).""";
    }

    @Override
    public Options options() {
        return new Options().optional("out-dir", "DIR", "report folder (created if missing; its parent must exist)", "report")
            .optional("cohort", "FILE", "cohort CSV with the columns of the bundled one (default: generate it)", null)
            .optional("seed", "N", "seed of the generated cohort (default: the bundled cohort's, "
                + Shen25FeatureCohort.DEFAULT_SEED + " for Shen25, " + Fr25FeatureCohort.DEFAULT_SEED + " for Fr25, "
                + Qims26FeatureCohort.DEFAULT_SEED + " for QIMS26)", null)
            .optional("readers", "FILE", "two-reader table (patient_id, reader, the features; default: re-measure the "
                + "generated cohort; with --cohort and without it the agreement section is left out)", null)
            .optional("study", Shen25Study.NAME + "|" + Fr25Study.NAME + "|" + Qims26Study.NAME + "|" + Fr24Study.NAME,
                "write only this study's tables, as its workflow does, into --out-dir",
                null)
            .optional("test-set", "FILE", "--study fr24: the test set's feature table (with --cohort, the training set's,"
                + " and --readers)", null)
            .inputs("cohort", "readers", "test-set").outputFolders("out-dir");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        if (o.get("study") != null) {
            study(o, out, err);
            return;
        }
        o.requireInputsOutside("out-dir");
        final Path dir = o.outputFolder("out-dir");
        final Path cohortFile = dir.resolve("cohort.csv");
        try {
            if (o.get("cohort") != null) {
                Files.copy(o.path("cohort"), cohortFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                CsvTableWriter.write(Shen25FeatureCohort.generate(seed(o, Shen25FeatureCohort.DEFAULT_SEED)), cohortFile, out);
            }
        } catch (final IOException e) {
            throw CliException.data("cannot write the report folder " + dir + ": " + e.getMessage());
        }
        final Path readersFile = dir.resolve("readers.csv");
        final boolean readers = o.get("readers") != null || o.get("cohort") == null;
        try {
            if (o.get("readers") != null) {
                Files.copy(o.path("readers"), readersFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else if (readers) {
                CsvTableWriter.write(Shen25TwoReaders.generate(Shen25FeatureCohort.generate(seed(o, Shen25FeatureCohort.DEFAULT_SEED)),
                    Shen25TwoReaders.DEFAULT_SEED), readersFile, out);
            }
        } catch (final IOException e) {
            throw CliException.data("cannot write " + readersFile + ": " + e.getMessage());
        }
        DemoReport.write(dir, cohortFile, readers ? readersFile : null, out, err);
        err.println("demo report written to " + dir.toAbsolutePath().resolve("index.html"));
    }

    /** {@code --study}: one study's tables into {@code --out-dir}, on the generated cohort or {@code --cohort}. */
    private void study(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final String study = o.choice(name(), "study", Shen25Study.NAME, Fr25Study.NAME, Qims26Study.NAME,
            Fr24Study.NAME);
        if (!study.equals(Fr24Study.NAME) && (o.has("readers") || o.has("test-set"))) {
            throw CliException.usage("--readers and --test-set are used only by --study " + Fr24Study.NAME);
        }
        o.requireInputsOutside("out-dir");
        final Path dir = o.outputFolder("out-dir");
        if (study.equals(Fr24Study.NAME)) {
            fr24(o, dir, out, err);
            return;
        }
        final Path cohort;
        if (o.get("cohort") != null) {
            cohort = o.path("cohort");
        } else {
            cohort = dir.resolve("cohort.csv");
            final ResultTable generated = switch (study) {
                case Fr25Study.NAME -> Fr25FeatureCohort.generate(seed(o, Fr25FeatureCohort.DEFAULT_SEED));
                case Qims26Study.NAME -> Qims26FeatureCohort.generate(seed(o, Qims26FeatureCohort.DEFAULT_SEED));
                default -> Shen25FeatureCohort.generate(seed(o, Shen25FeatureCohort.DEFAULT_SEED));
            };
            CsvTableWriter.write(generated, cohort, out);
            if (!study.equals(Shen25Study.NAME)) {
                CsvTableWriter.write(study.equals(Fr25Study.NAME) ? Fr25FeatureCohort.targets(generated)
                    : Qims26FeatureCohort.targets(generated), dir.resolve("cohort_targets.csv"), out);
            }
        }
        switch (study) {
            case Fr25Study.NAME -> Fr25Study.run(cohort, dir, err);
            case Qims26Study.NAME -> Qims26Study.run(cohort, dir, err);
            default -> Shen25Study.run(cohort, dir, err);
        }
    }

    /** {@code --study fr24}: on --cohort (training), --test-set and --readers, or on the generated lesions' tables. */
    private static void fr24(final Options o, final Path dir, final PrintStream out, final PrintStream err)
        throws CliException {
        final Path training;
        final Path test;
        final Path readers;
        if (o.get("cohort") != null || o.get("test-set") != null || o.get("readers") != null) {
            if (o.get("cohort") == null || o.get("test-set") == null || o.get("readers") == null) {
                throw CliException.usage("--study fr24 takes --cohort (the training set's features), --test-set and "
                    + "--readers together, or none of them (the generated lesions' tables)");
            }
            training = o.path("cohort");
            test = o.path("test-set");
            readers = o.path("readers");
        } else {
            final Fr24FeatureTables.Tables tables = Fr24FeatureTables.extract(seed(o, Fr24LesionCohort.DEFAULT_SEED));
            training = dir.resolve("features_training.csv");
            test = dir.resolve("features_test.csv");
            readers = dir.resolve("readers.csv");
            CsvTableWriter.write(tables.training(), training, out);
            CsvTableWriter.write(tables.test(), test, out);
            CsvTableWriter.write(tables.readers(), readers, out);
        }
        Fr24Study.run(training, test, readers, dir, err);
    }

    private static long seed(final Options o, final long fallback) throws CliException {
        if (o.get("seed") == null) {
            return fallback;
        }
        try {
            return Long.parseLong(o.get("seed"));
        } catch (final NumberFormatException e) {
            throw CliException.usage("option --seed needs a whole number, got '" + o.get("seed") + "'");
        }
    }
}
