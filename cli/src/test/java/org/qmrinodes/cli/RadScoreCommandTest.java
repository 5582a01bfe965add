package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/**
 * {@code qmri radscore}: the coefficient table of {@code qmri lasso} applied to a table's rows, intercept plus
 * coefficient times value, at either lambda, with or without the intercept; missing values and absent
 * features handled as documented.
 */
class RadScoreCommandTest {

    @TempDir
    Path tmp;

    private static final String FEATURES = "ADC_mean,Dapp_mean,Dapp_p05,Kapp_mean,Kapp_p95,Kapp_entropy";

    @Test
    void theScoreIsTheInterceptPlusTheCoefficientsTimesTheValues() throws Exception {
        final Path cohort = Path.of(CsvTable.validationDir().resolveSibling("test-workflows/data/shen25_synthetic_cohort.csv")
            .toString());
        final Path coef = tmp.resolve("coef.csv");
        assertEquals(0, qmri("lasso", "--in", cohort.toString(), "--truth", "low_vs_over", "--positive", "HER2-over",
            "--features", FEATURES, "--out", coef.toString()).status());
        final CsvTable c = CsvTable.read(coef);
        final CsvTable data = CsvTable.read(cohort);
        for (final String lambda : new String[] {"min", "1se"}) {
            for (final boolean intercept : new boolean[] {true, false}) {
                final Path out = tmp.resolve("score" + lambda + intercept + ".csv");
                final QmriRun r = intercept
                    ? qmri("radscore", "--in", cohort.toString(), "--coefficients", coef.toString(), "--lambda", lambda,
                        "--key", "patient_id", "--out", out.toString())
                    : qmri("radscore", "--in", cohort.toString(), "--coefficients", coef.toString(), "--lambda", lambda,
                        "--key", "patient_id", "--no-intercept", "--out", out.toString());
                assertEquals(0, r.status(), r.err());
                final CsvTable scores = CsvTable.read(out);
                assertEquals(data.size(), scores.size());
                final String column = lambda.equals("min") ? "coef_lambda_min" : "coef_lambda_1se";
                for (final int row : new int[] {0, 57, data.size() - 1}) {
                    double expected = intercept ? c.number(0, column) : 0;
                    for (int t = 1; t < c.size(); t++) {
                        expected += c.number(t, column) * data.number(row, c.text(t, "term"));
                    }
                    assertEquals(data.text(row, "patient_id"), scores.text(row, "patient_id"));
                    assertEquals(expected, scores.number(row, "rad_score"), 1e-12, lambda + " row " + row);
                }
            }
        }
    }

    @Test
    void aMissingValueLeavesTheRowUnscoredAndAnAbsentFeatureIsNamed() throws Exception {
        final Path coef = Files.writeString(tmp.resolve("c.csv"), "term,coef_lambda_min,coef_lambda_1se\n"
            + "(Intercept),1,0\nx,2,0\ny,0,0\n");
        final Path in = Files.writeString(tmp.resolve("in.csv"), "id,x,y\na,1,5\nb,,6\nc,3,\n");
        final QmriRun r = qmri("radscore", "--in", in.toString(), "--coefficients", coef.toString(), "--key", "id");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("a,3.0") && r.out().contains("c,7.0"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("b,")), r.out());
        assertTrue(r.err().contains("1 rows have a missing value"), r.err());
        final Path other = Files.writeString(tmp.resolve("other.csv"), "id,y\na,1\n");
        final QmriRun absent = qmri("radscore", "--in", other.toString(), "--coefficients", coef.toString());
        assertTrue(absent.status() != 0 && absent.err().contains("'x'"), absent.err());
    }
}
