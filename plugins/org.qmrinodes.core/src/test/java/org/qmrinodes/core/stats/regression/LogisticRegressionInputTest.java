package org.qmrinodes.core.stats.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorColumn;

/** Bad and borderline input: missing values, separation, constant and collinear columns, levels. */
class LogisticRegressionInputTest {

    private static final List<String> Y = List.of("1", "0", "1", "0", "1", "0", "1", "0", "1", "0", "0", "1");
    private static final double[] X = {1.2, 0.8, 2.5, 1.9, 1.4, 3.1, 2.2, 0.4, 1.8, 2.4, 1.1, 0.9};

    private static BinaryOutcome outcome(final List<String> labels) {
        return BinaryOutcome.of("her2", labels, "1");
    }

    private static PredictorColumn.Numeric numeric(final String name, final double... v) {
        return new PredictorColumn.Numeric(name, v);
    }

    private static PredictorColumn.Categorical categorical(final String name, final String... v) {
        return new PredictorColumn.Categorical(name, Arrays.asList(v));
    }

    @Test
    void rowsWithMissingValuesAreLeftOutAndCounted() {
        final double[] x = X.clone();
        x[3] = Double.NaN;
        final List<String> y = new ArrayList<>(Y);
        y.set(5, null);
        final LogisticFit fit = LogisticRegression.fit(outcome(y), List.of(numeric("x", x)), LogisticOptions.defaults());
        assertEquals(10, fit.observations());
        assertEquals(2, fit.skippedRows());
        assertTrue(fit.warnings().stream().anyMatch(w -> w.contains("2 rows")), fit.warnings().toString());
    }

    @Test
    void completeSeparationNamesThePredictorUnderMaximumLikelihoodAndFirthStaysFinite() {
        final double[] x = {5, 1, 6, 2, 7, 3, 8, 4, 9, 2.5, 1.5, 6.5};
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> LogisticRegression.fit(outcome(Y), List.of(numeric("t2star", x)), LogisticOptions.defaults()));
        assertTrue(e.getMessage().contains("Complete separation") && e.getMessage().contains("'t2star'"),
            e.getMessage());
        final LogisticFit firth = LogisticRegression.fit(outcome(Y), List.of(numeric("t2star", x)),
            LogisticOptions.defaults().withMethod(FitMethod.FIRTH));
        assertTrue(Double.isFinite(firth.coefficient("t2star").estimate()));
        assertTrue(firth.warnings().stream().anyMatch(w -> w.contains("separation")), firth.warnings().toString());
    }

    @Test
    void aLevelWithOneOutcomeIsQuasiCompleteSeparation() {
        final PredictorColumn tic = categorical("tic", "III", "I", "III", "II", "III", "I", "III", "II", "II", "I",
            "II", "I");
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> LogisticRegression.fit(outcome(Y), List.of(tic), LogisticOptions.defaults()));
        assertTrue(e.getMessage().contains("level 'III' of 'tic'"), e.getMessage());
    }

    @Test
    void separationByACombinationOfPredictorsIsDetectedFromDivergence() {
        final double[] a = {1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1};
        final double[] noise = {0.3, 0.9, 0.1, 0.7, 0.5, 0.2, 0.8, 0.4, 0.6, 0.05, 0.95, 0.35};
        final double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = 2 * a[i] - noise[i];
        }
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> LogisticRegression
            .fit(outcome(Y), List.of(numeric("noise", noise), numeric("b", b)), LogisticOptions.defaults()));
        assertTrue(e.getMessage().contains("separation") && e.getMessage().contains("'b'"), e.getMessage());
    }

    @Test
    void constantAndCollinearPredictorsAreNamed() {
        final double[] constant = new double[12];
        Arrays.fill(constant, 4);
        final InvalidDataException c = assertThrows(InvalidDataException.class, () -> LogisticRegression
            .fit(outcome(Y), List.of(numeric("x", X), numeric("flat", constant)), LogisticOptions.defaults()));
        assertTrue(c.getMessage().contains("'flat'") && c.getMessage().contains("constant"), c.getMessage());
        final double[] twice = Arrays.stream(X).map(v -> 2 * v + 1).toArray();
        final InvalidDataException d = assertThrows(InvalidDataException.class, () -> LogisticRegression
            .fit(outcome(Y), List.of(numeric("x", X), numeric("x2", twice)), LogisticOptions.defaults()));
        assertTrue(d.getMessage().contains("'x2'") && d.getMessage().contains("collinearity"), d.getMessage());
    }

    @Test
    void oneClassInTheCompleteRowsIsRejected() {
        final double[] x = X.clone();
        for (int i = 0; i < x.length; i++) {
            if (Y.get(i).equals("1")) {
                x[i] = Double.NaN;
            }
        }
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> LogisticRegression.fit(outcome(Y), List.of(numeric("x", x)), LogisticOptions.defaults()));
        assertTrue(e.getMessage().contains("'her2'") && e.getMessage().contains("only"), e.getMessage());
    }

    @Test
    void referenceLevelIsChosenAndAnUnknownOneIsNamed() {
        final PredictorColumn er = categorical("er", "pos", "neg", "neg", "pos", "pos", "neg", "neg", "pos", "pos",
            "neg", "pos", "neg");
        final LogisticFit byDefault = LogisticRegression.fit(outcome(Y), List.of(er), LogisticOptions.defaults());
        assertEquals(List.of("(Intercept)", "er=pos"), byDefault.coefficients().stream().map(Coefficient::term).toList());
        final LogisticFit chosen = LogisticRegression.fit(outcome(Y), List.of(er),
            LogisticOptions.defaults().withReferenceLevels(Map.of("er", "pos")));
        assertEquals(-byDefault.coefficient("er=pos").estimate(), chosen.coefficient("er=neg").estimate(), 1e-9);
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> LogisticRegression
            .fit(outcome(Y), List.of(er), LogisticOptions.defaults().withReferenceLevels(Map.of("er", "+"))));
        assertTrue(e.getMessage().contains("'+'") && e.getMessage().contains("'er'"), e.getMessage());
    }

    @Test
    void predictionOnNewDataMatchesTheFitAndRejectsUnseenLevels() {
        final PredictorColumn er = categorical("er", "pos", "neg", "neg", "pos", "pos", "neg", "neg", "pos", "pos",
            "neg", "pos", "neg");
        final LogisticFit fit = LogisticRegression.fit(outcome(Y), List.of(numeric("x", X), er),
            LogisticOptions.defaults());
        final LinearPredictorModel model = fit.model();
        final double[] eta = model.linearPredictors(List.of(er, numeric("x", X)));
        final double expected = fit.coefficient("(Intercept)").estimate() + fit.coefficient("x").estimate() * X[0]
            + fit.coefficient("er=pos").estimate();
        assertEquals(expected, eta[0], 1e-12);
        final double[] missing = X.clone();
        missing[1] = Double.NaN;
        assertTrue(Double.isNaN(model.linearPredictors(List.of(er, numeric("x", missing)))[1]));
        final PredictorColumn unseen = categorical("er", "pos", "neg", "unknown", "pos", "pos", "neg", "neg", "pos",
            "pos", "neg", "pos", "neg");
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> model.linearPredictors(List.of(unseen, numeric("x", X))));
        assertTrue(e.getMessage().contains("'er', row 3") && e.getMessage().contains("'unknown'"), e.getMessage());
        assertArrayEquals(new String[] {"(Intercept)", "x", "er=pos"}, model.termsWithIntercept().toArray());
    }

    @Test
    void univariableModeFitsOneModelPerPredictor() {
        final PredictorColumn er = categorical("er", "pos", "neg", "neg", "pos", "pos", "neg", "neg", "pos", "pos",
            "neg", "pos", "neg");
        final List<LogisticFit> fits = LogisticRegression.univariable(outcome(Y), List.of(numeric("x", X), er),
            LogisticOptions.defaults());
        assertEquals(List.of("x", "er"), fits.stream().map(LogisticFit::label).toList());
        assertEquals(2, fits.get(1).coefficients().size());
        assertTrue(fits.get(0).vif().isEmpty());
    }
}
