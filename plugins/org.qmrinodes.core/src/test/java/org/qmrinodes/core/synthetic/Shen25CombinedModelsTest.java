package org.qmrinodes.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The paper's combined models name columns the cohort has, one parameter each (METHODS §6.1 step 9). */
class Shen25CombinedModelsTest {

    @Test
    void everyCombinedModelUsesThreeFeaturesOfItsOwnParameterFromTheCohort() {
        final List<String> columns = Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED).columnNames();
        assertEquals(List.of("Combined_ADC", "Combined_D", "Combined_K"),
            Shen25FeatureCohort.COMBINED_MODELS.stream().map(Shen25FeatureCohort.CombinedModel::name).toList());
        for (final Shen25FeatureCohort.CombinedModel m : Shen25FeatureCohort.COMBINED_MODELS) {
            assertEquals(3, m.features().size(), m.name());
            final String parameter = m.name().substring("Combined_".length());
            for (final String f : m.features()) {
                assertTrue(columns.contains(f), f + " is a cohort column");
                assertTrue(f.startsWith(parameter), f + " belongs to " + parameter);
            }
        }
    }
}
