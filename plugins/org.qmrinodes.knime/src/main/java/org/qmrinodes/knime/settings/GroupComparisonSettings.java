package org.qmrinodes.knime.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.stats.comparison.ComparisonSettings;
import org.qmrinodes.core.stats.comparison.ComparisonTest;
import org.qmrinodes.core.stats.comparison.ContingencyTests;
import org.qmrinodes.core.stats.comparison.GroupComparison;
import org.qmrinodes.core.stats.comparison.NormalityRule;
import org.qmrinodes.core.stats.comparison.Screening;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;
import org.qmrinodes.knime.tables.GroupAndFeatures;

/**
 * Settings shared by nodes that compare features between groups: the group column and the groups,
 * continuous (numeric) and categorical (text) feature columns, the test, the normality test and
 * level of the automatic rule, Yates' correction and the multiple-testing adjustment.
 */
public abstract class GroupComparisonSettings extends NodeSettingsDeclaration {

    private final SettingsModelString groupColumn;
    private final SettingsModelString groups;
    private final SettingsModelColumnFilter2 continuous;
    private final SettingsModelColumnFilter2 categorical;
    private final SettingsModelString test;
    private final SettingsModelString normality;
    private final SettingsModelDoubleBounded alpha;
    private final SettingsModelBoolean yates;
    private final SettingsModelString adjustment;

    /** Declares the shared settings; subclasses declare theirs after calling this. */
    protected GroupComparisonSettings() {
        tab("Groups and features");
        group("Groups");
        groupColumn = column("group_column", "Group column", 0, StringValue.class, IntValue.class, LongValue.class,
            BooleanValue.class);
        groups = text("groups", "Groups to compare, in order (comma-separated; empty: all, sorted)", "");
        group("Features");
        continuous = columns("continuous_columns", "Continuous features", 0, DoubleValue.class);
        categorical = columns("categorical_columns", "Categorical features", 0, StringValue.class);
        tab("Tests");
        group("Tests");
        test = choice("test", "Test", ComparisonTest.AUTO.label(),
            Arrays.stream(ComparisonTest.values()).map(ComparisonTest::label).toArray(String[]::new));
        normality = choice("normality_test", "Normality test", NormalityRule.SHAPIRO_WILK.label(),
            Arrays.stream(NormalityRule.values()).map(NormalityRule::label).toArray(String[]::new));
        alpha = number("normality_alpha", "Level of the normality and Levene tests", 0.05, 0.001, 0.5, 0.01);
        yates = flag("yates", "Continuity correction (Yates) on 2×2 chi-square tests", true);
        adjustment = choice("p_adjustment", "Multiple-testing adjustment over features", PValueAdjustment.NONE.label(),
            PValueAdjustment.NONE.label(), PValueAdjustment.BONFERRONI.label(), PValueAdjustment.HOLM.label(),
            PValueAdjustment.BENJAMINI_HOCHBERG.label());
    }

    /**
     * @param spec the input spec
     * @return the group column
     * @throws InvalidSettingsException if none is chosen or it is absent
     */
    public final String groupColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = groupColumn.getStringValue();
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the group column (e.g. the HER2 status).");
        }
        final DataColumnSpec column = spec.getColumnSpec(name);
        if (column == null) {
            throw new InvalidSettingsException("Group column '" + name + "' is not in the input table.");
        }
        return name;
    }

    /**
     * @param spec the input spec
     * @return {continuous, categorical} feature columns present in {@code spec}, without the group column
     * @throws InvalidSettingsException if no feature is selected
     */
    public final List<List<String>> featureColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> numeric = new ArrayList<>(Arrays.asList(continuous.applyTo(spec).getIncludes()));
        final List<String> text = new ArrayList<>(Arrays.asList(categorical.applyTo(spec).getIncludes()));
        numeric.remove(groupColumn.getStringValue());
        text.remove(groupColumn.getStringValue());
        if (numeric.isEmpty() && text.isEmpty()) {
            throw new InvalidSettingsException("Select at least one continuous or categorical feature column.");
        }
        return List.of(numeric, text);
    }

    /** @return the core settings */
    public final ComparisonSettings comparisonSettings() {
        final List<String> order = listed(groups);
        return new ComparisonSettings(ComparisonTest.parse(test.getStringValue()),
            NormalityRule.parse(normality.getStringValue()), alpha.getDoubleValue(), yates.getBooleanValue(), 0.2,
            ContingencyTests.DEFAULT_FISHER_TABLE_LIMIT, order);
    }

    /**
     * Reads the columns and screens every feature, reporting progress per feature and checking
     * cancellation.
     *
     * @param table the input table
     * @param exec progress and cancellation
     * @return the screening (its warnings are for the node's warning message)
     * @throws InvalidSettingsException if the columns are not there
     * @throws CanceledExecutionException if cancelled
     */
    public final Screening screen(final BufferedDataTable table, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        final DataTableSpec spec = table.getDataTableSpec();
        final List<List<String>> columns = featureColumns(spec);
        final GroupAndFeatures data = GroupAndFeatures.read(table, groupColumn(spec), columns.get(0), columns.get(1),
            exec.createSubProgress(0.2));
        return GroupComparison.screen(data.groupColumn(), data.groups(), data.features(), comparisonSettings(),
            adjustment(), (done, total, feature) -> {
                exec.checkCanceled();
                exec.setProgress(0.2 + 0.7 * done / total, "Comparing '" + feature + "'");
            });
    }

    /** @return the multiple-testing adjustment */
    public final PValueAdjustment adjustment() {
        return PValueAdjustment.parse(adjustment.getStringValue());
    }
}
