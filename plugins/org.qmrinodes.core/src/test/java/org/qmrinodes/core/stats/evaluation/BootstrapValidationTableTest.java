package org.qmrinodes.core.stats.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.ResultTable;

class BootstrapValidationTableTest {

    @Test
    void oneRowPerIndexWithBrierNamedAsTheCliContractNamesIt() {
        final BootstrapValidation.Result r = new BootstrapValidation.Result(List.of(
            new BootstrapValidation.Row("Dxy", 0.6, 0.05, 0.55, 0.62, 0.57, 200),
            new BootstrapValidation.Row("B", 0.18, -0.01, 0.19, 0.17, 0.18, 199)), 200, 1);
        final ResultTable t = BootstrapValidation.table(r);
        assertEquals(List.of("index", "apparent", "optimism", "corrected", "training", "test", "n"), t.columnNames());
        assertEquals("Brier", t.rows().get(1).get(0));
        assertEquals(0.55, t.rows().get(0).get(3));
        assertEquals(199, t.rows().get(1).get(6));
    }
}
