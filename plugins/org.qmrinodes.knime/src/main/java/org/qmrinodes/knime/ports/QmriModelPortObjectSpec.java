package org.qmrinodes.knime.ports;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * What a qMRI model port will carry, known at configure time: the kind of model, the outcome
 * column and the predictor columns a table must provide to apply it.
 */
public final class QmriModelPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Reads and writes the spec (registered in plugin.xml). */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<QmriModelPortObjectSpec> {
    }

    private String kind = "";
    private String outcomeColumn = "";
    private List<String> predictorColumns = List.of();

    /** For the serializer. */
    public QmriModelPortObjectSpec() {
    }

    /**
     * @param kind the kind of model, e.g. {@code logistic regression (maximum likelihood)}
     * @param outcomeColumn the outcome column of the training table
     * @param predictorColumns the predictor columns, in model order
     */
    public QmriModelPortObjectSpec(final String kind, final String outcomeColumn, final List<String> predictorColumns) {
        this.kind = kind;
        this.outcomeColumn = outcomeColumn;
        this.predictorColumns = List.copyOf(predictorColumns);
    }

    /** @return the kind of model */
    public String kind() {
        return kind;
    }

    /** @return the outcome column of the training table */
    public String outcomeColumn() {
        return outcomeColumn;
    }

    /** @return the predictor columns a table must provide */
    public List<String> predictorColumns() {
        return predictorColumns;
    }

    @Override
    protected void save(final ModelContentWO model) {
        model.addString("kind", kind);
        model.addString("outcome_column", outcomeColumn);
        model.addStringArray("predictor_columns", predictorColumns.toArray(String[]::new));
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        kind = model.getString("kind");
        outcomeColumn = model.getString("outcome_column");
        predictorColumns = List.of(model.getStringArray("predictor_columns"));
    }

    @Override
    public String toString() {
        return kind + " for '" + outcomeColumn + "' from " + predictorColumns;
    }
}
