package org.qmrinodes.core.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ForestPlotTest {

    private static ForestPlot plot() {
        final ForestPlot.Panel uni = new ForestPlot.Panel("Univariable", List.of(
            new ForestPlot.Estimate("ADC", 0.42, 0.21, 0.84, 0.0143),
            new ForestPlot.Estimate("Grade: low", Double.NaN, Double.NaN, Double.NaN, Double.NaN),
            new ForestPlot.Estimate("Grade: high", 2.5, 1.1, Double.POSITIVE_INFINITY, 0.0004)));
        final ForestPlot.Panel multi = new ForestPlot.Panel("Multivariable", List.of(
            new ForestPlot.Estimate("ADC", 0.55, 0.25, 1.21, 0.137),
            new ForestPlot.Estimate("Kurtosis", 3.1, 1.4, 6.9, 0.005)));
        return new ForestPlot("Odds ratios", "OR", 0.95, List.of(uni, multi));
    }

    @Test
    void logTicksUseOneTwoFiveStepsAndFinerStepsOnNarrowRanges() {
        assertArrayEquals(new double[] {0.5, 1, 2}, ForestPlot.logTicks(0.3, 4), 1e-12);
        assertArrayEquals(new double[] {0.1, 0.2, 0.5, 1, 2, 5, 10}, ForestPlot.logTicks(0.1, 10), 1e-12);
        assertArrayEquals(new double[] {0.9, 1, 2}, ForestPlot.logTicks(0.85, 2.2), 1e-12);
    }

    @Test
    void everyRowShowsItsIntervalAndPInBothPanels() {
        final List<String> texts = SvgText.of(plot().svg(1700)).stream().map(SvgText::text).toList();
        assertTrue(texts.contains("0.420 (0.210–0.840)"), texts.toString());
        assertTrue(texts.contains("0.550 (0.250–1.21)"), texts.toString());
        assertTrue(texts.contains("0.0143") && texts.contains("< 0.001") && texts.contains("0.137"), texts.toString());
        assertTrue(texts.contains("reference"));
        assertEquals(2, texts.stream().filter(t -> t.equals("OR (95% CI)")).count());
        assertEquals(1, texts.stream().filter(t -> t.equals("Kurtosis")).count(), "row labels once, shared");
        assertTrue(texts.contains("Univariable") && texts.contains("Multivariable"));
        assertTrue(texts.contains("1"), "the reference value is a labelled tick");
    }

    @Test
    void theRowLabelsAreTheUnionInOrderOfFirstAppearance() {
        final List<SvgText> texts = SvgText.of(plot().svg(1700));
        final double adc = texts.stream().filter(t -> t.text().equals("ADC")).findFirst().orElseThrow().y();
        final double high = texts.stream().filter(t -> t.text().equals("Grade: high")).findFirst().orElseThrow().y();
        final double kurtosis = texts.stream().filter(t -> t.text().equals("Kurtosis")).findFirst().orElseThrow().y();
        assertTrue(adc < high && high < kurtosis);
        final double kurtosisInterval = texts.stream().filter(t -> t.text().startsWith("3.10 (")).findFirst().orElseThrow().y();
        assertEquals(kurtosis, kurtosisInterval, 1e-6, "an estimate is printed on its row");
    }
}
