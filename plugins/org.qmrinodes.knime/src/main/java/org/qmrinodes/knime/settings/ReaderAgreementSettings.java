package org.qmrinodes.knime.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.stats.agreement.AgreementScale;
import org.qmrinodes.core.stats.agreement.FeatureIcc;
import org.qmrinodes.core.stats.agreement.IntraclassCorrelation;
import org.qmrinodes.core.stats.agreement.LongFormatRatings;
import org.qmrinodes.knime.tables.TextAndNumericColumns;

/**
 * Settings shared by the ICC nodes: a long-format table (one row per case × reader) with its case
 * column, reader column and numeric feature columns, the confidence level and the interpretation bands.
 */
public abstract class ReaderAgreementSettings extends NodeSettingsDeclaration {

    /** Identifier column types offered: text and whole numbers (compared as text). */
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array for KNIME's varargs column selection
    private static final Class<? extends DataValue>[] ID_TYPES =
        new Class[] {StringValue.class, IntValue.class, LongValue.class};

    private final SettingsModelString caseColumn;
    private final SettingsModelString readerColumn;
    private final SettingsModelColumnFilter2 features;
    private final SettingsModelDoubleBounded confidenceLevel;
    private final SettingsModelString scale;

    /** Declares the shared settings; subclasses declare theirs after calling this. */
    protected ReaderAgreementSettings() {
        group("Ratings (one row per case and reader)");
        caseColumn = column("case_column", "Case column", 0, ID_TYPES);
        readerColumn = column("reader_column", "Reader column", 0, ID_TYPES);
        features = columns("feature_columns", "Feature columns", 0, DoubleValue.class);
        group("Statistics");
        confidenceLevel = number("confidence_level", "Confidence level", 0.95, 0.5, 0.999, 0.01);
        scale = choice("agreement_scale", "Interpretation bands", AgreementScale.KOO_LI.label(),
            AgreementScale.labels().toArray(String[]::new));
    }

    /**
     * A chosen identifier column, checked against the input.
     *
     * @throws InvalidSettingsException if none is chosen, or it is absent or of an unusable type
     */
    private static String idColumn(final SettingsModelString setting, final String what, final DataTableSpec spec)
        throws InvalidSettingsException {
        final String name = setting.getStringValue();
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the " + what + " column.");
        }
        final DataColumnSpec column = spec.getColumnSpec(name);
        if (column == null) {
            throw new InvalidSettingsException("The " + what + " column '" + name + "' is not in the input table.");
        }
        if (Arrays.stream(ID_TYPES).noneMatch(t -> column.getType().isCompatible(t))) {
            throw new InvalidSettingsException("The " + what + " column '" + name + "' has type " + column.getType()
                + "; use a string or integer column.");
        }
        return name;
    }

    /**
     * @param spec the input spec
     * @return the case and reader columns
     * @throws InvalidSettingsException if either is missing or unusable, or both are the same column
     */
    public final List<String> idColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final String c = idColumn(caseColumn, "case", spec);
        final String r = idColumn(readerColumn, "reader", spec);
        if (c.equals(r)) {
            throw new InvalidSettingsException("The case and reader columns must differ ('" + c + "').");
        }
        return List.of(c, r);
    }

    /**
     * @param spec the input spec
     * @return the chosen feature columns present in {@code spec}, without the case and reader columns
     * @throws InvalidSettingsException if none remains
     */
    public final List<String> featureColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>(Arrays.asList(features.applyTo(spec).getIncludes()));
        names.remove(caseColumn.getStringValue());
        names.remove(readerColumn.getStringValue());
        if (names.isEmpty()) {
            throw new InvalidSettingsException("Select at least one numeric feature column.");
        }
        return names;
    }

    /**
     * The ratings of the input table.
     *
     * @param table the input
     * @param exec for progress and cancellation
     * @return the layout and the feature values
     * @throws InvalidSettingsException if the columns are not usable
     * @throws CanceledExecutionException if cancelled
     */
    public final Ratings read(final BufferedDataTable table, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> ids = idColumns(spec);
        final List<String> featureNames = featureColumns(spec);
        final TextAndNumericColumns columns = TextAndNumericColumns.read(table, ids, featureNames, exec);
        final LongFormatRatings layout =
            LongFormatRatings.of(ids.get(0), columns.texts(ids.get(0)), ids.get(1), columns.texts(ids.get(1)));
        return new Ratings(layout, featureNames, columns.numbers());
    }

    /**
     * Long-format ratings read from a table.
     *
     * @param layout which rows belong to which case and reader
     * @param features feature names
     * @param values per feature, its value per row
     */
    public record Ratings(LongFormatRatings layout, List<String> features, List<double[]> values) {

        /**
         * The ICCs of every feature, one core call each, with progress and cancellation.
         *
         * @param confidenceLevel level of the intervals
         * @param exec receives progress from 0 to 1
         * @param messages receives every feature's messages (dropped subjects, undefined ICC, …)
         * @return one result per feature, in order
         * @throws CanceledExecutionException if cancelled
         */
        public List<FeatureIcc> icc(final double confidenceLevel, final ExecutionMonitor exec,
            final List<String> messages) throws CanceledExecutionException {
            final List<FeatureIcc> results = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                exec.checkCanceled();
                exec.setProgress(i / (double)features.size(), "ICC of '" + features.get(i) + "'");
                final FeatureIcc r =
                    IntraclassCorrelation.analyze(layout, features.get(i), values.get(i), confidenceLevel);
                messages.addAll(r.messages());
                results.add(r);
            }
            return results;
        }
    }

    /** @return the confidence level of intervals */
    public final double confidenceLevel() {
        return confidenceLevel.getDoubleValue();
    }

    /** @return the interpretation bands */
    public final AgreementScale scale() {
        return AgreementScale.parse(scale.getStringValue());
    }
}
