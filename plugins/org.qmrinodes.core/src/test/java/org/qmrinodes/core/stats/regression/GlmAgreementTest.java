package org.qmrinodes.core.stats.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.model.PredictorColumn;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Agreement with R on the models of {@code validation/regression/make_logistic_golden.R}:
 * {@code glm(family = binomial)} estimates, SE and deviance to 1e-8 relative, z and p to 1e-8
 * relative, Wald odds-ratio limits ({@code confint.default}) to 1e-8, profile limits (MASS
 * {@code confint}) to 1e-6, {@code car::vif} and {@code rms::lrm} R² to 1e-8; Firth fits against
 * the script's R implementation of the modified score equations.
 */
class GlmAgreementTest {

    private static final double REL = 1e-8;
    private static final double PROFILE_REL = 1e-6;
    private static final double ABS_FLOOR = 1e-300;
    private static final Path DIR = CsvTable.validationDir().resolve("regression");

    /** Fits the model of row {@code row} of models.csv as its golden values describe it. */
    static LogisticFit fitModel(final CsvTable models, final int row) {
        final String dataset = models.text(row, "dataset");
        final CsvTable data = CsvTable.read(DIR.resolve("data/" + dataset + ".csv"));
        final String outcomeColumn = data.header().get(0);
        final BinaryOutcome outcome = BinaryOutcome.of(outcomeColumn, data.texts(outcomeColumn),
            models.text(row, "positive"));
        final List<String> categorical = split(models.text(row, "categorical"));
        final List<PredictorColumn> predictors = new ArrayList<>();
        for (final String p : split(models.text(row, "predictors"))) {
            predictors.add(categorical.contains(p) ? new PredictorColumn.Categorical(p, data.texts(p))
                : new PredictorColumn.Numeric(p, data.numbers(p)));
        }
        final Map<String, String> references = new LinkedHashMap<>();
        for (final String r : split(models.text(row, "references"))) {
            references.put(r.substring(0, r.indexOf('=')), r.substring(r.indexOf('=') + 1));
        }
        final LogisticOptions options = LogisticOptions.defaults().withReferenceLevels(references)
            .withMethod(models.text(row, "method").equals("firth") ? FitMethod.FIRTH : FitMethod.MAXIMUM_LIKELIHOOD);
        final String model = models.text(row, "model");
        if (predictors.size() == 1 && model.equals(predictors.get(0).name())) {
            return LogisticRegression.univariable(outcome, predictors, options).get(0);
        }
        return LogisticRegression.fit(outcome, predictors, options);
    }

    private static List<String> split(final String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(";"));
    }

    @TestFactory
    Stream<DynamicTest> coefficientsAndFitStatisticsAgreeWithR() {
        final CsvTable models = CsvTable.read(DIR.resolve("golden/models.csv"));
        final CsvTable coefficients = CsvTable.read(DIR.resolve("golden/coefficients.csv"));
        final CsvTable fits = CsvTable.read(DIR.resolve("golden/fit.csv"));
        final CsvTable vifs = CsvTable.read(DIR.resolve("golden/vif.csv"));
        final List<DynamicTest> tests = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            final int row = m;
            final String id = models.text(m, "dataset") + "/" + models.text(m, "model");
            tests.add(DynamicTest.dynamicTest(id, () -> {
                final LogisticFit fit = fitModel(models, row);
                int checked = 0;
                for (int g = 0; g < coefficients.size(); g++) {
                    if (!matches(coefficients, g, models, row)) {
                        continue;
                    }
                    final Coefficient c = fit.coefficient(coefficients.text(g, "term"));
                    final String what = id + " " + c.term() + " ";
                    assertRelative(coefficients.number(g, "estimate"), c.estimate(), REL, 0, what + "estimate");
                    assertRelative(coefficients.number(g, "std_error"), c.standardError(), REL, 0, what + "SE");
                    assertRelative(coefficients.number(g, "z"), c.z(), REL, 0, what + "z");
                    assertRelative(coefficients.number(g, "p_value"), c.pValue(), REL, ABS_FLOOR, what + "p");
                    assertRelative(coefficients.number(g, "odds_ratio"), c.oddsRatio(), REL, 0, what + "OR");
                    assertRelative(coefficients.number(g, "or_ci_lower"), c.waldLower(), REL, 0, what + "Wald lower");
                    assertRelative(coefficients.number(g, "or_ci_upper"), c.waldUpper(), REL, 0, what + "Wald upper");
                    assertRelative(coefficients.number(g, "or_profile_lower"), c.profileLower(), PROFILE_REL, 0,
                        what + "profile lower");
                    assertRelative(coefficients.number(g, "or_profile_upper"), c.profileUpper(), PROFILE_REL, 0,
                        what + "profile upper");
                    checked++;
                }
                assertEquals(fit.coefficients().size(), checked, id + ": every term has a golden row");
                for (int g = 0; g < fits.size(); g++) {
                    if (!matches(fits, g, models, row)) {
                        continue;
                    }
                    assertEquals((int)fits.number(g, "n"), fit.observations(), id + " n");
                    assertEquals((int)fits.number(g, "events"), fit.events(), id + " events");
                    assertRelative(fits.number(g, "deviance"), fit.deviance(), REL, 0, id + " deviance");
                    assertRelative(fits.number(g, "null_deviance"), fit.nullDeviance(), REL, 0, id + " null deviance");
                    assertRelative(fits.number(g, "aic"), fit.aic(), REL, 0, id + " AIC");
                    assertRelative(fits.number(g, "lr_chi2"), fit.likelihoodRatio(), REL, 0, id + " LR");
                    assertEquals((int)fits.number(g, "lr_df"), fit.likelihoodRatioDf(), id + " LR df");
                    assertRelative(fits.number(g, "lr_p_value"), fit.likelihoodRatioPValue(), REL, ABS_FLOOR,
                        id + " LR p");
                    assertRelative(fits.number(g, "nagelkerke_r2"), fit.nagelkerkeR2(), REL, 0, id + " R2");
                    assertRelative(fits.number(g, "events_per_variable"), fit.eventsPerVariable(), 1e-15, 0, id + " EPV");
                }
                int vifChecked = 0;
                for (int g = 0; g < vifs.size(); g++) {
                    if (!matches(vifs, g, models, row)) {
                        continue;
                    }
                    final String predictor = vifs.text(g, "predictor");
                    final GeneralizedVif v = fit.vif().stream().filter(x -> x.predictor().equals(predictor))
                        .findFirst().orElseThrow();
                    assertEquals((int)vifs.number(g, "df"), v.degreesOfFreedom(), id + " " + predictor + " df");
                    assertRelative(vifs.number(g, "gvif"), v.gvif(), REL, 0, id + " " + predictor + " GVIF");
                    assertRelative(vifs.number(g, "gvif_adjusted"), v.adjusted(), REL, 0, id + " " + predictor);
                    vifChecked++;
                }
                if (fit.method() == FitMethod.MAXIMUM_LIKELIHOOD) {
                    assertEquals(fit.vif().size(), vifChecked, id + ": every VIF has a golden row");
                }
            }));
        }
        return tests.stream();
    }

    private static boolean matches(final CsvTable golden, final int g, final CsvTable models, final int m) {
        return golden.text(g, "dataset").equals(models.text(m, "dataset"))
            && golden.text(g, "model").equals(models.text(m, "model"));
    }
}
