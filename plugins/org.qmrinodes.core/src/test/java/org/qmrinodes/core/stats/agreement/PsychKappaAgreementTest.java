package org.qmrinodes.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Agreement (1e-9 relative) with the kappa values of {@code validation/agreement/make_agreement_golden.R}:
 * kappa, weighted kappa, the unweighted variance and its CI from R {@code psych::cohen.kappa} 2.2.9; the
 * weighted variance, the null variance, z and p by the Fleiss, Cohen &amp; Everitt (1969) formulas in
 * base R; Fleiss' kappa by its formula.
 */
class PsychKappaAgreementTest {

    private static final double REL_TOL = 1e-9;
    private static final double ABS_FLOOR = 1e-14;
    private static final Path DIR = CsvTable.validationDir().resolve("agreement");

    @TestFactory
    Stream<DynamicTest> cohenKappaAgreesWithPsychAndTheFormula() {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/kappa.csv"));
        final List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            final int row = i;
            final String dataset = g.text(row, "dataset");
            final String categories = g.text(row, "categories");
            final String name = dataset + "/" + g.text(row, "weights") + (categories.isEmpty() ? "" : "/" + categories);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                final CsvTable data = CsvTable.read(DIR.resolve("data/kappa_" + dataset + ".csv"));
                final KappaResult r = CohenKappa.analyze("rater_a", data.texts("rater_a"), "rater_b",
                    data.texts("rater_b"), KappaWeights.parse(g.text(row, "weights")),
                    categories.isEmpty() ? List.of() : Arrays.asList(categories.split(";")), 0.95);
                assertEquals((int)g.number(row, "n"), r.n(), name + " n");
                assertEquals((int)g.number(row, "skipped"), r.skippedRows(), name + " skipped");
                for (final String[] c : new String[][] {{"kappa", "" + r.kappa()}, {"se", "" + r.standardError()},
                    {"ci_lower", "" + r.ciLower()}, {"ci_upper", "" + r.ciUpper()}, {"z", "" + r.z()},
                    {"p_value", "" + r.pValue()}, {"var_null", "" + r.nullStandardError() * r.nullStandardError()},
                    {"observed_agreement", "" + r.observedAgreement()},
                    {"expected_agreement", "" + r.expectedAgreement()}}) {
                    assertRelative(g.number(row, c[0]), Double.parseDouble(c[1]), REL_TOL, ABS_FLOOR, name + " " + c[0]);
                }
                if (r.weights() == KappaWeights.NONE) {
                    assertRelative(g.number(row, "psych_var"), r.standardError() * r.standardError(), REL_TOL,
                        ABS_FLOOR, name + " psych var.kappa");
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void fleissKappaAgreesWithTheFormula() {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/fleiss.csv"));
        final CsvTable data = CsvTable.read(DIR.resolve("data/fleiss_" + g.text(0, "dataset") + ".csv"));
        final FleissKappaResult r = FleissKappa.analyze(
            LongFormatRatings.of("subject", data.texts("subject"), "rater", data.texts("rater")), "rating",
            data.texts("rating"));
        assertEquals((int)g.number(0, "subjects"), r.subjects());
        assertEquals((int)g.number(0, "raters"), r.raters());
        assertEquals((int)g.number(0, "categories"), r.categories().size());
        assertRelative(g.number(0, "kappa"), r.kappa(), REL_TOL, 0, "kappa");
        assertRelative(g.number(0, "se_null"), r.nullStandardError(), REL_TOL, 0, "se_null");
        assertRelative(g.number(0, "z"), r.z(), REL_TOL, 0, "z");
        assertRelative(g.number(0, "p_value"), r.pValue(), REL_TOL, 0, "p");
    }

    @Test
    void fleissKappaFromRaterColumnsEqualsTheLongForm() {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/fleiss.csv"));
        final CsvTable data = CsvTable.read(DIR.resolve("data/fleiss_" + g.text(0, "dataset") + ".csv"));
        // pivot the long ratings into one column per rater, one row per subject (data are sorted by subject)
        final java.util.Map<String, java.util.List<String>> wide = new java.util.TreeMap<>();
        for (int i = 0; i < data.size(); i++) {
            wide.computeIfAbsent(data.text(i, "rater"), k -> new java.util.ArrayList<>()).add(data.text(i, "rating"));
        }
        final java.util.List<String> raters = new java.util.ArrayList<>(wide.keySet());
        final FleissKappaResult r = FleissKappa.analyzeWide(raters, raters.stream().map(wide::get).toList());
        assertEquals((int)g.number(0, "subjects"), r.subjects());
        assertEquals((int)g.number(0, "raters"), r.raters());
        assertRelative(g.number(0, "kappa"), r.kappa(), REL_TOL, 0, "kappa");
        assertRelative(g.number(0, "se_null"), r.nullStandardError(), REL_TOL, 0, "se_null");
        assertRelative(g.number(0, "p_value"), r.pValue(), REL_TOL, 0, "p");
        final java.util.List<String> missing = new java.util.ArrayList<>(wide.get(raters.get(0)));
        missing.set(0, "");
        final java.util.List<java.util.List<String>> withGap = new java.util.ArrayList<>(raters.stream()
            .map(wide::get).toList());
        withGap.set(0, missing);
        final FleissKappaResult gap = FleissKappa.analyzeWide(raters, withGap);
        assertEquals(r.subjects() - 1, gap.subjects());
        assertEquals(1, gap.droppedSubjects());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> FleissKappa.analyzeWide(raters.subList(0, 1), withGap.subList(0, 1)));
    }
}
