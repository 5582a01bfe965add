package org.qmrinodes.knime.modelling.lasso;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.stats.lasso.CvMeasure;
import org.qmrinodes.core.stats.lasso.ElasticNetSettings;
import org.qmrinodes.core.stats.lasso.FoldAssignment;
import org.qmrinodes.core.stats.lasso.LambdaChoice;
import org.qmrinodes.knime.settings.BinaryOutcomeSettings;

/** Settings of the LASSO Logistic Learner node. */
final class LassoLearnerSettings extends BinaryOutcomeSettings {

    private final SettingsModelColumnFilter2 features;
    private final SettingsModelDoubleBounded alpha;
    private final SettingsModelString lambdaRule;
    private final SettingsModelIntegerBounded folds;
    private final SettingsModelIntegerBounded seed;
    private final SettingsModelString foldIdColumn;
    private final SettingsModelString measure;

    LassoLearnerSettings() {
        super("LASSO logistic regression");
        group("Features");
        features = columns("feature_columns", "Feature columns", 0, DoubleValue.class);
        group("Penalty");
        alpha = number("alpha", "Alpha (1 = LASSO, 0 = ridge)", 1, 0, 1, 0.1);
        lambdaRule = choice("lambda_rule", "Lambda rule", LambdaChoice.MIN.label(), LambdaChoice.MIN.label(),
            LambdaChoice.ONE_SE.label());
        group("Cross-validation");
        folds = integer("folds", "Number of folds", 10, 3, 10_000, 1);
        seed = integer("seed", "Random seed of the folds", 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1);
        foldIdColumn = text("fold_id_column", "Fold-id column (empty: stratified random folds)", "");
        measure = choice("cv_measure", "CV measure", CvMeasure.DEVIANCE.label(), CvMeasure.DEVIANCE.label(),
            CvMeasure.AUC.label(), CvMeasure.MISCLASSIFICATION.label());
    }

    /**
     * @param spec the input spec
     * @return the fold-id column, or null for stratified random folds
     * @throws InvalidSettingsException if the named column is absent or not numeric
     */
    String foldIdColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = foldIdColumn.getStringValue() == null ? "" : foldIdColumn.getStringValue().trim();
        if (name.isEmpty()) {
            return null;
        }
        final DataColumnSpec column = spec.getColumnSpec(name);
        if (column == null) {
            throw new InvalidSettingsException("Fold-id column '" + name + "' is not in the input table.");
        }
        if (!column.getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException("Fold-id column '" + name + "' must be numeric (fold numbers 1..K).");
        }
        return name;
    }

    /**
     * @param spec the input spec
     * @return the chosen feature columns without the outcome and fold-id columns
     * @throws InvalidSettingsException if none remains
     */
    List<String> featureColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>(Arrays.asList(features.applyTo(spec).getIncludes()));
        names.remove(outcomeColumnName());
        names.remove(foldIdColumn(spec));
        if (names.isEmpty()) {
            throw new InvalidSettingsException("Choose at least one numeric feature column.");
        }
        return names;
    }

    /** @return the fold assignment: the given fold ids, or stratified folds from the seed */
    FoldAssignment folds(final String foldColumn, final double[] ids) {
        return foldColumn != null ? FoldAssignment.given(foldColumn, ids)
            : FoldAssignment.stratified(folds.getIntValue(), seed.getIntValue());
    }

    /** @return glmnet's defaults with the chosen alpha */
    ElasticNetSettings elasticNet() {
        return ElasticNetSettings.defaults().withAlpha(alpha.getDoubleValue());
    }

    CvMeasure measure() {
        return CvMeasure.parse(measure.getStringValue());
    }

    LambdaChoice lambdaRule() {
        return LambdaChoice.parse(lambdaRule.getStringValue());
    }
}
