package org.qmrinodes.knime.ports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.qmrinodes.core.stats.evaluation.ZScoreNormaliser;

/**
 * A model port carrying learnt z-score parameters (core {@link ZScoreNormaliser}: mean and sample
 * SD per column) from the Z-score Normaliser (Learner) to the (Applier), saved with the workflow
 * as model content: a format version, the columns, their means and SDs. Loading gives back an
 * equal normaliser, so a test table normalised after reopening a workflow is identical.
 */
public final class ZScorePortObject extends AbstractSimplePortObject {

    /** Reads and writes the port object (registered in plugin.xml). */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<ZScorePortObject> {
    }

    /** The port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ZScorePortObject.class);

    /** Version written first; a reader refuses other versions with a message. */
    static final int VERSION = 1;

    private ZScoreNormaliser normaliser;
    private ZScorePortObjectSpec spec;

    /** For the serializer. */
    public ZScorePortObject() {
    }

    /** @param normaliser the learnt parameters */
    public ZScorePortObject(final ZScoreNormaliser normaliser) {
        this.normaliser = normaliser;
        this.spec = new ZScorePortObjectSpec(List.copyOf(normaliser.means().keySet()));
    }

    /** @return the learnt parameters */
    public ZScoreNormaliser normaliser() {
        return normaliser;
    }

    @Override
    public ZScorePortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return "z-scores (mean, sample SD) of " + normaliser.means().size() + " columns: "
            + String.join(", ", normaliser.means().keySet());
    }

    static void writeVersion(final ModelContentWO content) {
        content.addInt("format_version", VERSION);
    }

    static void readVersion(final ModelContentRO content, final String what) throws InvalidSettingsException {
        final int v = content.getInt("format_version");
        if (v != VERSION) {
            throw new InvalidSettingsException(what + " stored in format version " + v
                + "; this version of qMRI Nodes reads " + VERSION);
        }
    }

    @Override
    protected void save(final ModelContentWO content, final ExecutionMonitor exec) {
        writeVersion(content);
        content.addStringArray("columns", normaliser.means().keySet().toArray(String[]::new));
        content.addDoubleArray("means", normaliser.means().values().stream().mapToDouble(Double::doubleValue).toArray());
        content.addDoubleArray("sds", normaliser.sds().values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    protected void load(final ModelContentRO content, final PortObjectSpec portSpec, final ExecutionMonitor exec)
        throws InvalidSettingsException {
        readVersion(content, "Z-score model");
        final String[] columns = content.getStringArray("columns");
        final double[] means = content.getDoubleArray("means");
        final double[] sds = content.getDoubleArray("sds");
        if (means.length != columns.length || sds.length != columns.length) {
            throw new InvalidSettingsException("Stored z-score model has " + columns.length + " columns but "
                + means.length + " means and " + sds.length + " SDs.");
        }
        final Map<String, Double> m = new LinkedHashMap<>();
        final Map<String, Double> s = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            if (!Double.isFinite(means[i]) || !(sds[i] > 0) || !Double.isFinite(sds[i])) {
                throw new InvalidSettingsException("Stored z-score model: column '" + columns[i] + "' has mean "
                    + means[i] + " and SD " + sds[i] + "; the SD must be positive and both finite.");
            }
            m.put(columns[i], means[i]);
            s.put(columns[i], sds[i]);
        }
        normaliser = new ZScoreNormaliser(m, s);
        spec = new ZScorePortObjectSpec(List.of(columns));
    }
}
