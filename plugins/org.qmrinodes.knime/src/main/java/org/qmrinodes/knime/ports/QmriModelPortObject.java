package org.qmrinodes.knime.ports;

import java.util.ArrayList;
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
import org.qmrinodes.core.model.DesignCoding;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorCoding;

/**
 * A model port carrying a fitted core {@link LinearPredictorModel} (logistic regression, LASSO,
 * rad-score …) from a learner node to predictor nodes, saved with the workflow as model content:
 * kind, outcome and classes, every predictor's coding (numeric, or categorical with its levels and
 * reference level), intercept, coefficients, term names and the conventions of the fit. Loading
 * gives back an equal model, so predictions after reopening a workflow are identical.
 */
public final class QmriModelPortObject extends AbstractSimplePortObject {

    /** Reads and writes the port object (registered in plugin.xml). */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<QmriModelPortObject> {
    }

    /** The port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(QmriModelPortObject.class);

    private LinearPredictorModel model;
    private QmriModelPortObjectSpec spec;

    /** For the serializer. */
    public QmriModelPortObject() {
    }

    /** @param model the fitted model */
    public QmriModelPortObject(final LinearPredictorModel model) {
        this.model = model;
        this.spec = specOf(model);
    }

    /** @return the spec a port carrying {@code model} has */
    public static QmriModelPortObjectSpec specOf(final LinearPredictorModel model) {
        return new QmriModelPortObjectSpec(model.kind(), model.outcomeColumn(), model.coding().columns());
    }

    /** @return the fitted model */
    public LinearPredictorModel model() {
        return model;
    }

    @Override
    public QmriModelPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return model.kind() + ": P(" + model.outcomeColumn() + " = " + model.positiveClass() + ") from "
            + model.coding().columns();
    }

    @Override
    protected void save(final ModelContentWO content, final ExecutionMonitor exec) {
        content.addString("kind", model.kind());
        content.addString("outcome_column", model.outcomeColumn());
        content.addString("positive_class", model.positiveClass());
        content.addString("negative_class", model.negativeClass());
        content.addDouble("intercept", model.intercept());
        content.addDoubleArray("coefficients", model.coefficients());
        content.addStringArray("terms", model.coding().terms().toArray(String[]::new));
        final ModelContentWO predictors = content.addModelContent("predictors");
        final List<PredictorCoding> codings = model.coding().predictors();
        predictors.addInt("count", codings.size());
        for (int i = 0; i < codings.size(); i++) {
            final PredictorCoding p = codings.get(i);
            final ModelContentWO c = predictors.addModelContent("predictor_" + i);
            c.addString("column", p.column());
            c.addBoolean("categorical", p.categorical());
            c.addStringArray("levels", p.levels().toArray(String[]::new));
            c.addString("reference", p.reference() == null ? "" : p.reference());
        }
        final ModelContentWO conventions = content.addModelContent("conventions");
        conventions.addStringArray("names", model.conventions().keySet().toArray(String[]::new));
        conventions.addStringArray("values", model.conventions().values().toArray(String[]::new));
    }

    @Override
    protected void load(final ModelContentRO content, final PortObjectSpec portSpec, final ExecutionMonitor exec)
        throws InvalidSettingsException {
        final ModelContentRO predictors = content.getModelContent("predictors");
        final List<PredictorCoding> codings = new ArrayList<>();
        for (int i = 0; i < predictors.getInt("count"); i++) {
            final ModelContentRO c = predictors.getModelContent("predictor_" + i);
            final String column = c.getString("column");
            codings.add(c.getBoolean("categorical")
                ? new PredictorCoding(column, true, List.of(c.getStringArray("levels")), c.getString("reference"))
                : PredictorCoding.numeric(column));
        }
        final ModelContentRO conv = content.getModelContent("conventions");
        final String[] names = conv.getStringArray("names");
        final String[] values = conv.getStringArray("values");
        final Map<String, String> conventions = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            conventions.put(names[i], values[i]);
        }
        final DesignCoding coding = new DesignCoding(codings);
        if (!coding.terms().equals(List.of(content.getStringArray("terms")))) {
            throw new InvalidSettingsException("Stored terms " + List.of(content.getStringArray("terms"))
                + " do not match the stored predictor coding " + coding.terms() + ".");
        }
        try {
            model = new LinearPredictorModel(content.getString("kind"), content.getString("outcome_column"),
                content.getString("positive_class"), content.getString("negative_class"), coding,
                content.getDouble("intercept"), content.getDoubleArray("coefficients"), conventions);
        } catch (final IllegalArgumentException e) {
            throw new InvalidSettingsException("Stored model is inconsistent: " + e.getMessage(), e);
        }
        spec = specOf(model);
    }
}
