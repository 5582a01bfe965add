package org.qmrinodes.knime.ports;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * What a z-score port will carry, known at configure time: the columns whose means and SDs were
 * learnt, which a table must provide to apply them. Stored with a format version.
 */
public final class ZScorePortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Reads and writes the spec (registered in plugin.xml). */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<ZScorePortObjectSpec> {
    }

    private List<String> columns = List.of();

    /** For the serializer. */
    public ZScorePortObjectSpec() {
    }

    /** @param columns the normalised columns, in learning order */
    public ZScorePortObjectSpec(final List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** @return the normalised columns */
    public List<String> columns() {
        return columns;
    }

    @Override
    protected void save(final ModelContentWO model) {
        ZScorePortObject.writeVersion(model);
        model.addStringArray("columns", columns.toArray(String[]::new));
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        ZScorePortObject.readVersion(model, "Z-score model spec");
        columns = List.of(model.getStringArray("columns"));
    }

    @Override
    public String toString() {
        return "z-scores of " + columns;
    }
}
