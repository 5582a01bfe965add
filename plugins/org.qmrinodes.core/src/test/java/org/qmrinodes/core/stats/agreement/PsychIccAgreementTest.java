package org.qmrinodes.core.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Agreement with R {@code psych::ICC(lmer = FALSE)} 2.2.9 on the data sets and golden values of
 * {@code validation/agreement/make_agreement_golden.R} (1e-9 relative), and with the shared
 * Shrout &amp; Fleiss (1979) reference values.
 */
class PsychIccAgreementTest {

    private static final double REL_TOL = 1e-9;
    private static final double ABS_FLOOR = 1e-14;
    private static final Path DIR = CsvTable.validationDir().resolve("agreement");

    private static FeatureIcc analyze(final CsvTable data, final String subject, final String rater,
        final String feature) {
        final LongFormatRatings layout =
            LongFormatRatings.of(subject, data.texts(subject), rater, data.texts(rater));
        return IntraclassCorrelation.analyze(layout, feature, data.numbers(feature), 0.95);
    }

    private static void assertAgrees(final CsvTable g, final int row, final FeatureIcc r, final String f1, final String p,
        final String lower, final String upper) {
        final IccEstimate e = r.estimate(IccForm.parse(g.text(row, "type")));
        final String what = r.feature() + "/" + e.form() + " ";
        assertRelative(g.number(row, "icc"), e.icc(), REL_TOL, ABS_FLOOR, what + "icc");
        assertRelative(g.number(row, f1), e.f(), REL_TOL, ABS_FLOOR, what + "F");
        assertEquals((int)g.number(row, "df1"), e.df1(), what + "df1");
        assertEquals((int)g.number(row, "df2"), e.df2(), what + "df2");
        assertRelative(g.number(row, p), e.pValue(), REL_TOL, 0, what + "p");
        assertRelative(g.number(row, lower), e.ciLower(), REL_TOL, ABS_FLOOR, what + "lower");
        assertRelative(g.number(row, upper), e.ciUpper(), REL_TOL, ABS_FLOOR, what + "upper");
    }

    @TestFactory
    Stream<DynamicTest> iccAgreesWithPsych() {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/icc.csv"));
        final List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            final int row = i;
            final String dataset = g.text(row, "dataset");
            final String feature = g.text(row, "feature");
            tests.add(DynamicTest.dynamicTest(dataset + "/" + feature + "/" + g.text(row, "type"), () -> {
                final FeatureIcc r = dataset.equals("shrout_fleiss")
                    ? analyze(CsvTable.read(CsvTable.sharedFile("data/stats/shrout_fleiss_1979.csv")), "subject",
                        "rater", "score")
                    : analyze(CsvTable.read(DIR.resolve("data/icc_" + dataset + ".csv")), "subject", "reader", feature);
                assertEquals((int)g.number(row, "subjects"), r.subjects(), "subjects");
                assertEquals((int)g.number(row, "dropped_subjects"), r.droppedSubjects(), "dropped subjects");
                assertEquals((int)g.number(row, "raters"), r.raters(), "raters");
                assertAgrees(g, row, r, "f", "p_value", "ci_lower", "ci_upper");
            }));
        }
        return tests.stream();
    }

    @Test
    void reproducesTheSharedShroutFleissReference() {
        final CsvTable data = CsvTable.read(CsvTable.sharedFile("data/stats/shrout_fleiss_1979.csv"));
        final CsvTable reference = CsvTable.read(CsvTable.sharedFile("data/stats/shrout_fleiss_icc_reference.csv"));
        final FeatureIcc r = analyze(data, "subject", "rater", "score");
        assertEquals(6, reference.size());
        for (int i = 0; i < reference.size(); i++) {
            assertAgrees(reference, i, r, "F", "p", "lower", "upper");
        }
    }
}
