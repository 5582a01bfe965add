package org.qmrinodes.cli.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.cli.CsvTableWriter;
import org.qmrinodes.cli.FigureFiles;
import org.qmrinodes.cli.ScoreInputs;
import org.qmrinodes.cli.Qmri;
import org.qmrinodes.cli.IccCommand;
import org.qmrinodes.cli.CompareCommand;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.dicom.DicomTables;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.plot.LassoPlots;
import org.qmrinodes.core.plot.RocPlot;
import org.qmrinodes.core.plot.TablePlot;
import org.qmrinodes.core.stats.agreement.AgreementScale;
import org.qmrinodes.core.stats.agreement.AgreementTables;
import org.qmrinodes.core.stats.agreement.FeatureIcc;
import org.qmrinodes.core.stats.agreement.IccFeatureFilter;
import org.qmrinodes.core.stats.agreement.IccForm;
import org.qmrinodes.core.stats.comparison.ComparisonSettings;
import org.qmrinodes.core.stats.comparison.ComparisonTables;
import org.qmrinodes.core.stats.comparison.ComparisonTest;
import org.qmrinodes.core.stats.comparison.ContingencyTests;
import org.qmrinodes.core.stats.comparison.NormalityRule;
import org.qmrinodes.core.stats.comparison.Screening;
import org.qmrinodes.core.stats.comparison.TableOne;
import org.qmrinodes.core.stats.lasso.CrossValidatedLasso;
import org.qmrinodes.core.stats.lasso.CrossValidationResult;
import org.qmrinodes.core.stats.lasso.CvMeasure;
import org.qmrinodes.core.stats.lasso.ElasticNetSettings;
import org.qmrinodes.core.stats.lasso.FeatureMatrix;
import org.qmrinodes.core.stats.lasso.FoldAssignment;
import org.qmrinodes.core.stats.lasso.LambdaChoice;
import org.qmrinodes.core.stats.lasso.LassoTables;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;
import org.qmrinodes.core.stats.roc.DelongTest;
import org.qmrinodes.core.stats.roc.DirectionRule;
import org.qmrinodes.core.stats.roc.PairedAucComparison;
import org.qmrinodes.core.stats.roc.RocAnalysis;
import org.qmrinodes.core.stats.roc.RocResult;
import org.qmrinodes.core.stats.roc.RocTables;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.synthetic.SyntheticMrCohort;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;

/**
 * The demo report on the synthetic Shen25-like cohort: reader agreement, screening and Table 1, ROC and
 * DeLong per endpoint, a LASSO rad-score, model evaluation, synthetic DICOM series through fit and
 * histogram, and derived pre/post maps, each section's tables written as CSV next to {@code index.html}.
 */
public final class DemoReport {

    private static final double ICC_THRESHOLD = 0.75;

    private static final List<String> PLOTTED = List.of("ADC_mean", "Dapp_mean", "Kapp_mean", "Kapp_entropy");

    private record Endpoint(String column, String positive, String title, String file) {
    }

    private DemoReport() {
    }

    /**
     * Writes the report folder.
     *
     * @param dir the report folder, existing
     * @param cohortFile the cohort table (the columns of {@link Shen25FeatureCohort})
     * @param readersFile the two-reader table, or {@code null} to leave the agreement section out
     * @param out where tables go that are written to standard output (none here)
     * @param err where warnings and the closing line go
     * @throws CliException naming the file or step that failed
     */
    public static void write(final Path dir, final Path cohortFile, final Path readersFile, final PrintStream out,
        final PrintStream err) throws CliException {
        final boolean readers = readersFile != null;
        final CsvTableReader cohort = CsvTableReader.read(cohortFile, err);
        final HtmlReport report = new HtmlReport("qMRI Nodes demo: HER2 status from DKI histogram features");
        report.paragraph("Synthetic cohort of " + cohort.size() + " lesions shaped after Shen et al. 2025 (Tomography "
            + "11:31): HER2-zero 60, HER2-low 91, HER2-over 81, with ADC, Dapp and Kapp histogram features whose group "
            + "means and SDs follow the paper's Table 3. The data are simulated; the numbers below are not the "
            + "paper's results. Conventions: DeLong standard errors and 95% CIs, direction chosen as R pROC's "
            + "'auto', Youden-optimal cut-off (first of ties, highest sensitivity).");
        report.link("cohort.csv (input table)", "cohort.csv");

        if (readers) {
            agreementSection(CsvTableReader.read(readersFile, err), dir, report, out);
        } else {
            report.heading("Reader agreement");
            report.paragraph("Left out: a cohort was given (--cohort) without its two-reader table (--readers).");
        }
        final Screening threeGroups = screeningSection(cohort, dir, report, out);

        final List<Endpoint> endpoints = List.of(
            new Endpoint("low_vs_over", "HER2-over", "HER2-low vs HER2-over (positive class: HER2-over)", "low_vs_over"),
            new Endpoint("low_vs_zero", "HER2-low", "HER2-low vs HER2-zero (positive class: HER2-low)", "low_vs_zero"));
        final List<String> features = Shen25FeatureCohort.featureNames();
        for (final Endpoint e : endpoints) {
            final ScoreInputs in = ScoreInputs.read(cohort, e.column(), e.positive(), features, "a ROC analysis");
            final List<RocResult> results = new ArrayList<>();
            final List<PairedAucComparison> comparisons;
            try {
                for (int i = 0; i < features.size(); i++) {
                    results.add(RocAnalysis.analyze(in.outcome(), features.get(i), in.scores().get(i), DirectionRule.AUTO,
                        0.95));
                }
                comparisons = DelongTest.compareAll(in.outcome(), features, in.scores(), "Kapp_entropy",
                    DirectionRule.AUTO, 0.95, PValueAdjustment.HOLM);
            } catch (final InvalidDataException ex) {
                throw cohort.error(ex);
            }
            final ResultTable summary = RocTables.summary(results);
            final ResultTable paired = RocTables.paired(comparisons);
            CsvTableWriter.write(summary, dir.resolve("roc_" + e.file() + ".csv"), out);
            CsvTableWriter.write(RocTables.curves(results), dir.resolve("roc_curves_" + e.file() + ".csv"), out);
            CsvTableWriter.write(paired, dir.resolve("delong_" + e.file() + ".csv"), out);
            final String png = "roc_" + e.file() + ".png";
            FigureFiles.png(dir.resolve(png), RocPlot.png(results.stream().filter(r -> PLOTTED.contains(r.score()))
                .toList(), e.title(), 1200));
            report.heading(e.title());
            report.paragraph(results.get(0).positives() + " positive and " + results.get(0).negatives()
                + " negative lesions; rows of the third group have no value in '" + e.column()
                + "' and are skipped (" + results.get(0).skippedRows() + ").");
            report.table(summary, List.of("score", "direction", "auc", "ci_lower", "ci_upper", "cutoff", "sensitivity",
                "specificity", "accuracy", "ppv", "npv"));
            report.image(png, "ROC curves, " + e.title());
            report.paragraph("Paired DeLong tests of Kapp_entropy against every other feature (Holm-adjusted):");
            report.table(paired, List.of("score_a", "score_b", "auc_a", "auc_b", "difference", "z", "p_value",
                "p_adjusted", "ci_lower", "ci_upper"));
            report.links("CSV:", "ROC table", "roc_" + e.file() + ".csv", "curve coordinates",
                "roc_curves_" + e.file() + ".csv", "DeLong table", "delong_" + e.file() + ".csv");
        }
        lassoSection(cohort, dir, report, out);
        EvaluationSection.write(cohort, threeGroups, PLOTTED, dir, report, out, err);
        imagesSection(dir, report, out);
        DerivedMapsSection.write(dir, report, out);
        report.heading("Published reference (context)");
        report.paragraph("Shen et al. report single-feature AUCs of 0.666\u20130.776 for HER2-low vs HER2-over in "
            + "NME-related lesions (36 vs 41), highest for Kapp entropy (0.776, 95% CI 0.666\u20130.887); on all "
            + "lesions, ADC and Dapp were higher and Kapp lower in HER2-over than in HER2-low, while no feature "
            + "differed between HER2-low and HER2-zero after their Bonferroni correction. The synthetic cohort "
            + "follows the all-lesion group means, so it shows the HER2-low vs HER2-over directions; for HER2-low vs "
            + "HER2-zero the published means still differ slightly (e.g. ADC_mean 1.062 vs 1.008), which a single "
            + "simulated sample can show as a modest AUC. Subgroup (NME-related) effects are not simulated.");
        Shen25Section.write(dir, report, err);
        Fr25Section.write(dir, report, err);
        Qims26Section.write(dir, report, err);
        RadiomicsSection.write(dir, report, err);
        try {
            report.write(dir.resolve("index.html"));
        } catch (final IOException e) {
            throw CliException.data("cannot write " + dir.resolve("index.html") + ": " + e.getMessage());
        }
    }

    /**
     * Generates two synthetic patients' MR studies as DICOM (every protocol, DWI b-values in the
     * standard tag for one and only in a vendor's private tag for the other) and lists what the
     * series reader finds in them.
     */
    private static void imagesSection(final Path dir, final HtmlReport report, final PrintStream out)
        throws CliException {
        final Path dicom = dir.resolve("dicom");
        final ResultTable manifest;
        try {
            manifest = SyntheticMrCohort.write(dicom, 2, List.of(SyntheticMrSeries.Protocol.values()), 1,
                new PixelMedToolkit());
        } catch (final IOException e) {
            throw CliException.data("cannot write the synthetic DICOM series into " + dicom + ": " + e.getMessage());
        }
        CsvTableWriter.write(manifest, dicom.resolve("manifest.csv"), out);
        final DicomScan scan = DicomSeriesReader.withPixelMed().scan(dicom);
        final ResultTable series = DicomTables.series(scan);
        CsvTableWriter.write(series, dir.resolve("dicom_series.csv"), out);
        report.heading("Synthetic MR series (DICOM reader)");
        report.paragraph(manifest.rows().size() + " synthetic series of 2 patients were written as DICOM files ("
            + "dicom/, with the ground truth generator's two readers' lesion masks) and read back by the series reader: "
            + "multi-b DWI (b-values in the standard tag for SYN001, only in a Siemens private tag for SYN002), "
            + "multi-echo T2 and T2*, inversion-recovery T1 and variable-flip-angle T1. Each row is what the reader "
            + "found: one volume per b-value, echo, inversion time or flip angle.");
        report.table(series, List.of("patient_id", "series_description", "rows", "columns", "slices", "volumes",
            "spacing_x", "spacing_z", "b_values", "echo_times", "inversion_times", "flip_angles", "files"));
        report.links("CSV:", "series found", "dicom_series.csv", "generated series", "dicom/manifest.csv");
        fitAndFeatures(dir, dicom, manifest, report, out);
    }

    /**
     * Fits DKI (WLLS) to the first patient's DWI series within reader 1's lesion mask and computes the
     * lesion's histogram features of Dapp and Kapp, by running the {@code fit} and {@code histogram}
     * commands as a user would.
     */
    private static void fitAndFeatures(final Path dir, final Path dicom, final ResultTable manifest,
        final HtmlReport report, final PrintStream out) throws CliException {
        final List<String> columns = manifest.columnNames();
        final List<Object> dwi = manifest.rows().stream()
            .filter(r -> "dwi".equals(r.get(columns.indexOf("protocol")))).findFirst().orElseThrow();
        final String patient = (String)dwi.get(columns.indexOf("patient_id"));
        final Path mask = dicom.resolve((String)dwi.get(columns.indexOf("reader1_mask")));
        final Path maps = dir.resolve("maps");
        final java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        final PrintStream err = new PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8);
        if (Qmri.execute(new String[] {"fit", "--dir", dicom.resolve(patient).toString(), "--series",
            (String)dwi.get(columns.indexOf("series_uid")), "--model", "dki", "--method", "wlls", "--mask",
            mask.toString(), "--out-dir", maps.toString()}, out, err) != 0) {
            throw CliException.data("demo fit failed: " + log);
        }
        for (final String map : List.of("dapp", "kapp")) {
            final Path csv = dir.resolve("histogram_" + map + ".csv");
            if (Qmri.execute(new String[] {"histogram", "--image", maps.resolve(map + ".nii.gz").toString(), "--mask",
                mask.toString(), "--valid", maps.resolve("fit_ok.nii.gz").toString(), "--out", csv.toString()}, out,
                err) != 0) {
                throw CliException.data("demo histogram failed: " + log);
            }
        }
        final ResultTable.Builder rows = ResultTable.builder(ResultTable.text("map"), ResultTable.integer("voxels"),
            ResultTable.real("mean"), ResultTable.real("median"), ResultTable.real("p05"), ResultTable.real("p95"),
            ResultTable.real("skewness"), ResultTable.real("kurtosis"), ResultTable.real("entropy"));
        for (final String map : List.of("dapp", "kapp")) {
            final CsvTableReader t = CsvTableReader.read(dir.resolve("histogram_" + map + ".csv"), err);
            rows.row(map.equals("dapp") ? "Dapp (mm\u00b2/s)" : "Kapp", (int)t.numbers("voxels")[0],
                t.numbers("mean")[0], t.numbers("median")[0], t.numbers("p05")[0], t.numbers("p95")[0],
                t.numbers("skewness")[0], t.numbers("kurtosis")[0], t.numbers("entropy")[0]);
        }
        report.paragraph("DKI fit (WLLS, b = 0, 800, 1400, 2000 s/mm\u00b2) of " + patient + "'s DWI series within "
            + "reader 1's lesion mask, then the lesion's histogram features of the Dapp and Kapp maps (64 bins; "
            + "voxels whose fit failed are left out), exactly as `qmri fit` and `qmri histogram` compute them. "
            + "The maps are NIfTI files in maps/.");
        report.table(rows.build(), List.of("map", "voxels", "mean", "median", "p05", "p95", "skewness", "kurtosis",
            "entropy"));
        report.links("Files:", "Dapp features", "histogram_dapp.csv", "Kapp features", "histogram_kapp.csv",
            "fit conventions and counts", "maps/fit.txt");
    }

    /** ICC2 per feature from the two-reader table, and which features an ICC2 &gt; 0.75 filter keeps. */
    private static void agreementSection(final CsvTableReader readers, final Path dir, final HtmlReport report,
        final PrintStream out) throws CliException {
        final List<String> features = Shen25FeatureCohort.featureNames();
        final List<FeatureIcc> iccs = IccCommand.analyze(readers, "patient_id", "reader", features, 0.95);
        final ResultTable icc = AgreementTables.icc(iccs, List.of(IccForm.ICC2), AgreementScale.KOO_LI);
        final IccFeatureFilter.Selection kept = IccFeatureFilter.select(iccs, IccForm.ICC2, ICC_THRESHOLD, false);
        CsvTableWriter.write(icc, dir.resolve("icc.csv"), out);
        CsvTableWriter.write(AgreementTables.droppedFeatures(kept, AgreementScale.KOO_LI),
            dir.resolve("icc_dropped.csv"), out);
        report.heading("Reader agreement (ICC)");
        report.paragraph("A simulated second measurement of every lesion by two readers (readers.csv): each reader's "
            + "value is the cohort value plus a systematic reader offset and independent error, sized per feature to a "
            + "target ICC(2,1). Six targets lie inside the ranges Shen25 reports (ADC 0.811\u20130.883, Dapp "
            + "0.773\u20130.858, Kapp 0.761\u20130.892); ADC_mean, Dapp_p05 and Kapp_entropy are deliberately set "
            + "outside them (0.93, 0.62, 0.42) to show the whole range. ICC2: two-way random effects, absolute "
            + "agreement, single rater (Shrout & Fleiss ICC(2,1)), McGraw & Wong 95% CI; bands of Koo & Li (poor "
            + "< 0.5, moderate < 0.75, good < 0.9, excellent).");
        report.table(icc, List.of("feature", "type", "icc", "ci_lower", "ci_upper", "agreement", "subjects"));
        report.paragraph("ICC2 > " + ICC_THRESHOLD + " (Fr24's rule) keeps " + kept.kept().size() + " of "
            + features.size() + " features: " + String.join(", ", kept.kept().stream().map(FeatureIcc::feature)
                .toList()) + "; dropped: " + String.join(", ", kept.dropped().stream().map(FeatureIcc::feature)
                    .toList()) + ".");
        report.links("CSV:", "two-reader table", "readers.csv", "ICC table", "icc.csv", "dropped features",
            "icc_dropped.csv");
    }

    /**
     * HER2-low vs HER2-over and the three-group comparison as Shen25 did them, and Table 1.
     *
     * @return the three-group screening
     */
    private static Screening screeningSection(final CsvTableReader cohort, final Path dir, final HtmlReport report,
        final PrintStream out) throws CliException {
        final List<String> values = new ArrayList<>(Shen25FeatureCohort.featureNames());
        values.add("lesion_type");
        final List<String> categorical = List.of("lesion_type");
        final Screening two = CompareCommand.screen(cohort, "her2_status", values, categorical,
            shen25Tests(ComparisonTest.MANN_WHITNEY, List.of("HER2-low", "HER2-over")), PValueAdjustment.HOLM);
        final Screening three = CompareCommand.screen(cohort, "her2_status", values, categorical,
            shen25Tests(ComparisonTest.KRUSKAL_WALLIS, List.of("HER2-zero", "HER2-low", "HER2-over")),
            PValueAdjustment.HOLM);
        final ResultTable twoTable = ComparisonTables.screening(two);
        final ResultTable threeTable = ComparisonTables.screening(three);
        CsvTableWriter.write(twoTable, dir.resolve("screening_low_vs_over.csv"), out);
        CsvTableWriter.write(threeTable, dir.resolve("screening_three_groups.csv"), out);
        CsvTableWriter.write(ComparisonTables.pairwise(three), dir.resolve("pairwise_three_groups.csv"), out);
        final TableOne layout = new TableOne(3, 1, TableOne.parseContrasts(List.of("HER2-low:HER2-zero",
            "HER2-low:HER2-over")), true, 0.05);
        final ResultTable table1 = layout.table(three);
        final String caption = layout.caption(three, shen25Tests(ComparisonTest.KRUSKAL_WALLIS, List.of()))
            + " Simulated data.";
        final String title = "Table 1. Synthetic Shen25-like cohort by HER2 status";
        CsvTableWriter.write(table1, dir.resolve("table1.csv"), out);
        try {
            Files.writeString(dir.resolve("table1.html"), TableOne.html(table1, title));
            Files.write(dir.resolve("table1.png"), TablePlot.png(table1, title, caption));
        } catch (final IOException e) {
            throw CliException.data("cannot write Table 1 into " + dir + ": " + e.getMessage());
        }
        report.heading("Univariate screening");
        report.paragraph("As Shen25: continuous features by Mann\u2013Whitney U (two groups) or Kruskal\u2013Wallis "
            + "with Dunn\u2013Bonferroni pairwise tests (three groups), lesion type by Pearson chi-square without "
            + "continuity correction (Fisher\u2013Freeman\u2013Halton when more than 20% of expected counts are below "
            + "5); p_adjusted is Holm over the features (the paper did not adjust over features). Features with p < "
            + "0.1 would enter the multivariable model.");
        report.paragraph("HER2-low vs HER2-over:");
        report.table(twoTable, List.of("feature", "test", "statistic", "p_value", "p_adjusted", "n", "summary"));
        report.paragraph("HER2-zero vs HER2-low vs HER2-over:");
        report.table(threeTable, List.of("feature", "test", "statistic", "p_value", "p_adjusted", "n", "pairwise"));
        report.image("table1.png", "Table 1 of the synthetic cohort: p three groups, then HER2-low vs HER2-zero "
            + "and HER2-low vs HER2-over (post hoc, shown only when the three-group p < 0.05)", 1050);
        report.links("CSV:", "low vs over", "screening_low_vs_over.csv", "three groups", "screening_three_groups.csv",
            "pairwise", "pairwise_three_groups.csv", "Table 1", "table1.csv");
        report.links("Table 1 as", "HTML", "table1.html", "PNG", "table1.png");
        return three;
    }

    /** Shen25's tests: the given continuous test, chi-square without Yates or Fisher for categorical features. */
    private static ComparisonSettings shen25Tests(final ComparisonTest continuous, final List<String> groups) {
        return new ComparisonSettings(continuous, NormalityRule.SHAPIRO_WILK, 0.05, false, 0.2,
            ContingencyTests.DEFAULT_FISHER_TABLE_LIMIT, groups);
    }

    /**
     * LASSO (10-fold stratified CV, seed 1, lambda.min as Fr24) on all features for HER2-low vs
     * HER2-over, the rad-score of every lesion and its ROC, as the LASSO Logistic Learner and
     * Rad-score Predictor nodes compute them.
     */
    private static void lassoSection(final CsvTableReader cohort, final Path dir,
        final HtmlReport report, final PrintStream out) throws CliException {
        final List<String> features = Shen25FeatureCohort.featureNames();
        final ScoreInputs in = ScoreInputs.read(cohort, "low_vs_over", "HER2-over", features, "LASSO logistic regression");
        final FoldAssignment folds = FoldAssignment.stratified(10, 1);
        final CrossValidationResult cv;
        final RocResult roc;
        final double[] radScore;
        try {
            cv = CrossValidatedLasso.run(FeatureMatrix.completeCases(in.outcome(), features, in.scores()), folds,
                ElasticNetSettings.defaults(), CvMeasure.DEVIANCE);
            final java.util.Map<String, double[]> columns = new java.util.HashMap<>();
            for (int j = 0; j < features.size(); j++) {
                columns.put(features.get(j), in.scores().get(j));
            }
            radScore = cv.radScore(LambdaChoice.MIN).apply(columns, true);
            roc = RocAnalysis.analyze(in.outcome(), "rad_score", radScore, DirectionRule.AUTO, 0.95);
        } catch (final InvalidDataException ex) {
            throw cohort.error(ex);
        }
        final ResultTable coefficients = LassoTables.selectedCoefficients(cv, LambdaChoice.MIN);
        final ResultTable.Builder scores = ResultTable.builder(ResultTable.text("patient_id"),
            ResultTable.text("low_vs_over"), ResultTable.real("rad_score"));
        final List<String> ids = cohort.texts("patient_id");
        final List<String> outcome = cohort.texts("low_vs_over");
        for (int i = 0; i < radScore.length; i++) {
            scores.row(ids.get(i), outcome.get(i) == null || outcome.get(i).isEmpty() ? null : outcome.get(i),
                radScore[i]);
        }
        final ResultTable rocTable = RocTables.summary(List.of(roc));
        CsvTableWriter.write(coefficients, dir.resolve("lasso_coefficients_low_vs_over.csv"), out);
        CsvTableWriter.write(LassoTables.cvCurve(cv), dir.resolve("lasso_cv_low_vs_over.csv"), out);
        CsvTableWriter.write(scores.build(), dir.resolve("radscore_low_vs_over.csv"), out);
        CsvTableWriter.write(rocTable, dir.resolve("roc_radscore_low_vs_over.csv"), out);
        final Path lassoPng = dir.resolve("lasso_low_vs_over.png");
        final Path rocPng = dir.resolve("roc_radscore_low_vs_over.png");
        FigureFiles.png(lassoPng, LassoPlots.cvCurveAndPaths(cv, 1600, 600));
        FigureFiles.png(rocPng, RocPlot.png(List.of(roc), "Rad-score, HER2-low vs HER2-over", 1200));
        report.heading("LASSO rad-score, HER2-low vs HER2-over (positive class: HER2-over)");
        report.paragraph("LASSO logistic regression of HER2-over on all " + features.size() + " histogram features with "
            + "10-fold stratified cross-validation (seed 1, binomial deviance), as glmnet's cv.glmnet, at lambda.min "
            + "(the rule of Fr24): lambda.min = " + HtmlReport.format(cv.lambdaMin()) + ", lambda.1se = "
            + HtmlReport.format(cv.lambda1se()) + "; " + cv.path().nonzero(cv.indexMin()) + " features selected. "
            + "The rad-score is the intercept plus the selected features times their coefficients. Its AUC is "
            + "apparent (the model is scored on the lesions it was fitted to, without a test set), so it is "
            + "optimistic.");
        report.table(coefficients, List.of("term", "coefficient", "coef_lambda_min", "coef_lambda_1se"));
        report.image(dir.relativize(lassoPng).toString(), "LASSO cross-validation curve and coefficient paths", 1050);
        report.table(rocTable, List.of("score", "direction", "auc", "ci_lower", "ci_upper", "cutoff", "sensitivity",
            "specificity", "accuracy"));
        report.image(dir.relativize(rocPng).toString(), "ROC curve of the rad-score");
        report.links("CSV:", "LASSO coefficients", "lasso_coefficients_low_vs_over.csv", "CV curve",
            "lasso_cv_low_vs_over.csv", "rad-scores", "radscore_low_vs_over.csv", "rad-score ROC",
            "roc_radscore_low_vs_over.csv");
    }
}
