package org.qmrinodes.core.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one-class message names the analysis that asked for the outcome. */
class BinaryOutcomeAnalysisNameTest {

    @Test
    void aOneClassOutcomeNamesTheAnalysisThatAsked() {
        final List<String> labels = List.of("pos", "pos", "pos");
        for (final String analysis : new String[] {"logistic regression", "LASSO logistic regression", "a ROC analysis"}) {
            final InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> BinaryOutcome.of("her2", labels, "pos", analysis));
            assertTrue(e.getMessage().contains(analysis + " needs positive and negative cases"), e.getMessage());
        }
        final InvalidDataException unnamed = assertThrows(InvalidDataException.class,
            () -> BinaryOutcome.of("her2", labels, "pos"));
        assertFalse(unnamed.getMessage().contains("ROC"), unnamed.getMessage());
    }
}
