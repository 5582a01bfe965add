package org.qmrinodes.core.stats.lasso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Agreement with R glmnet 4.1-6 on the data sets and golden values made by
 * {@code validation/lasso/make_lasso_golden.R}: lambda sequence to 1e-8 relative, coefficients
 * to 1e-5 absolute, CV mean deviance to 1e-5 relative, the same lambda.min and lambda.1se.
 */
class GlmnetAgreementTest {

    static final double LAMBDA_REL = 1e-8;
    static final double COEF_ABS = 1e-5;
    static final double CVM_REL = 1e-5;

    static final Path LASSO_DIR = CsvTable.validationDir().resolve("lasso");
    private static final CsvTable INDEX = CsvTable.read(LASSO_DIR.resolve("data/datasets.csv"));
    private static final Map<String, CsvTable> DATA = new HashMap<>();

    /** One golden data set as the Java API sees it. */
    record Dataset(String name, double alpha, FeatureMatrix matrix, double[] folds) {
    }

    static synchronized Dataset dataset(final String name) {
        final int row = INDEX.texts("dataset").indexOf(name);
        final CsvTable t = DATA.computeIfAbsent(INDEX.text(row, "file"),
            f -> CsvTable.read(LASSO_DIR.resolve("data").resolve(f)));
        final List<String> features = t.header().subList(2, t.header().size());
        final List<double[]> columns = new ArrayList<>();
        for (final String f : features) {
            columns.add(t.numbers(f));
        }
        final BinaryOutcome outcome = BinaryOutcome.of("outcome", t.texts("outcome"), INDEX.text(row, "positive"));
        return new Dataset(name, INDEX.number(row, "alpha"), FeatureMatrix.completeCases(outcome, features, columns),
            t.numbers("fold"));
    }

    static List<String> names() {
        return INDEX.texts("dataset");
    }

    static CsvTable golden(final String dataset, final String kind) {
        return CsvTable.read(LASSO_DIR.resolve("golden").resolve(dataset + "_" + kind + ".csv"));
    }

    @TestFactory
    Stream<DynamicTest> pathAgreesWithGlmnet() {
        return names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            final Dataset d = dataset(name);
            final LogisticPath path = PenalizedLogisticRegression.fit(d.matrix(),
                ElasticNetSettings.defaults().withAlpha(d.alpha()));
            final CsvTable cv = golden(name, "cv");
            assertEquals(cv.size(), path.size(), name + " number of lambdas");
            for (int s = 0; s < cv.size(); s++) {
                assertRelative(cv.number(s, "lambda"), path.lambda(s), LAMBDA_REL, 0, name + " lambda " + (s + 1));
                assertEquals(cv.number(s, "a0"), path.intercept(s), COEF_ABS, name + " intercept " + (s + 1));
                assertEquals(cv.number(s, "dev_ratio"), path.devianceRatios()[s], 1e-7, name + " dev.ratio " + (s + 1));
                assertEquals((int) cv.number(s, "nzero"), path.nonzero(s), name + " nonzero " + (s + 1));
            }
            assertRelative(golden(name, "choice").number(0, "null_deviance"), path.nullDeviance(), 1e-12, 0,
                name + " null deviance");
            assertCoefficients(name, golden(name, "path"), path);
        }));
    }

    @TestFactory
    Stream<DynamicTest> fixedLambdaPathAgreesWithGlmnet() {
        return names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            final Dataset d = dataset(name);
            final CsvTable g = golden(name, "user_lambda");
            final List<Double> lambdas = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                if ((int) g.number(i, "step") == lambdas.size() + 1) {
                    lambdas.add(g.number(i, "lambda"));
                }
            }
            final LogisticPath path = PenalizedLogisticRegression.fit(d.matrix(), ElasticNetSettings.defaults()
                .withAlpha(d.alpha()).withLambdas(lambdas.stream().mapToDouble(Double::doubleValue).toArray()));
            assertEquals(lambdas.size(), path.size());
            assertCoefficients(name + " fixed lambdas", g, path);
        }));
    }

    @TestFactory
    Stream<DynamicTest> crossValidationAgreesWithGlmnet() {
        return names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            final Dataset d = dataset(name);
            final CrossValidationResult cv = CrossValidatedLasso.run(d.matrix(), FoldAssignment.given("fold", d.folds()),
                ElasticNetSettings.defaults().withAlpha(d.alpha()), CvMeasure.DEVIANCE);
            final CsvTable g = golden(name, "cv");
            assertEquals(g.size(), cv.path().size(), name + " number of lambdas");
            for (int s = 0; s < g.size(); s++) {
                assertRelative(g.number(s, "cvm"), cv.cvMean()[s], CVM_REL, 0, name + " cvm " + (s + 1));
                assertRelative(g.number(s, "cvsd"), cv.cvSd()[s], CVM_REL, 0, name + " cvsd " + (s + 1));
            }
            final CsvTable choice = golden(name, "choice");
            assertEquals((int) choice.number(0, "index_min") - 1, cv.indexMin(), name + " index of lambda.min");
            assertEquals((int) choice.number(0, "index_1se") - 1, cv.index1se(), name + " index of lambda.1se");
            assertRelative(choice.number(0, "lambda_min"), cv.lambdaMin(), LAMBDA_REL, 0, name + " lambda.min");
            assertRelative(choice.number(0, "lambda_1se"), cv.lambda1se(), LAMBDA_REL, 0, name + " lambda.1se");
            final CsvTable coef = golden(name, "coef");
            for (final LambdaChoice c : LambdaChoice.values()) {
                final String column = c == LambdaChoice.MIN ? "coef_lambda_min" : "coef_lambda_1se";
                final int step = cv.index(c);
                assertEquals(coef.number(0, column), cv.path().intercept(step), COEF_ABS, name + " intercept " + c);
                for (int j = 1; j < coef.size(); j++) {
                    assertEquals(coef.number(j, column),
                        cv.path().coefficients(step)[cv.path().features().indexOf(coef.text(j, "term"))], COEF_ABS,
                        name + " " + coef.text(j, "term") + " at " + c.label());
                }
            }
        }));
    }

    /** Compares every coefficient of {@code path} with the non-zero ones listed (step, term, coef). */
    static void assertCoefficients(final String what, final CsvTable g, final LogisticPath path) {
        final double[][] expected = new double[path.size()][path.features().size()];
        final double[] intercepts = new double[path.size()];
        for (int i = 0; i < g.size(); i++) {
            final int step = (int) g.number(i, "step") - 1;
            final String term = g.text(i, "term");
            if (term.equals("(Intercept)")) {
                intercepts[step] = g.number(i, "coef");
            } else {
                expected[step][path.features().indexOf(term)] = g.number(i, "coef");
            }
        }
        for (int s = 0; s < path.size(); s++) {
            assertEquals(intercepts[s], path.intercept(s), COEF_ABS, what + " intercept at step " + (s + 1));
            final double[] actual = path.coefficients(s);
            for (int j = 0; j < actual.length; j++) {
                assertEquals(expected[s][j], actual[j], COEF_ABS,
                    what + " " + path.features().get(j) + " at step " + (s + 1));
            }
        }
    }
}
