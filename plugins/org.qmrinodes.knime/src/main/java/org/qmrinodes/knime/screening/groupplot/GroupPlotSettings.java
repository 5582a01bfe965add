package org.qmrinodes.knime.screening.groupplot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.plot.GroupPlot;
import org.qmrinodes.knime.settings.FigureSettings;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Group Plot node: groups, numeric columns, drawing style, brackets and the figures. */
final class GroupPlotSettings extends NodeSettingsDeclaration {

    /** Style: violin with a box inside. */
    static final String VIOLIN_BOX = "violin + box";
    /** Style: box with the jittered points. */
    static final String BOX_POINTS = "box + points";
    /** Annotation: p-values. */
    static final String P_VALUES = "p-values";
    /** Annotation: significance stars. */
    static final String STARS = "stars";
    /** Brackets: only comparisons with p below the threshold. */
    static final String BELOW = "p below the threshold";
    /** Brackets: every comparison. */
    static final String ALL = "all";

    private final SettingsModelString groupColumn;
    private final SettingsModelString groups;
    private final SettingsModelColumnFilter2 values;
    private final SettingsModelString style;
    private final SettingsModelString annotation;
    private final SettingsModelString brackets;
    private final SettingsModelDoubleBounded threshold;
    private final FigureSettings figures;

    GroupPlotSettings() {
        group("Groups");
        groupColumn = column("group_column", "Group column", 0, StringValue.class, IntValue.class, LongValue.class,
            BooleanValue.class);
        groups = text("groups", "Groups, in order (comma-separated; empty: all, sorted)", "");
        group("Values");
        values = columns("value_columns", "Numeric columns", 0, DoubleValue.class);
        group("Drawing");
        style = choice("style", "Style", VIOLIN_BOX, VIOLIN_BOX, BOX_POINTS);
        annotation = choice("annotation", "Bracket labels", P_VALUES, P_VALUES, STARS);
        brackets = choice("brackets", "Brackets (second input)", BELOW, BELOW, ALL);
        threshold = number("threshold", "Threshold of p", 0.05, 0.0001, 1, 0.01);
        figures = figures(600);
    }

    /**
     * @param spec the input spec
     * @return the group column
     * @throws InvalidSettingsException if none is chosen or it is absent
     */
    String groupColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = groupColumn.getStringValue();
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the group column (e.g. the HER2 status).");
        }
        if (spec.getColumnSpec(name) == null) {
            throw new InvalidSettingsException("Group column '" + name + "' is not in the input table.");
        }
        return name;
    }

    /**
     * @param spec the input spec
     * @return the numeric columns to plot, without the group column
     * @throws InvalidSettingsException if none is chosen
     */
    List<String> valueColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>(Arrays.asList(values.applyTo(spec).getIncludes()));
        names.remove(groupColumn.getStringValue());
        if (names.isEmpty()) {
            throw new InvalidSettingsException("Choose at least one numeric column to plot.");
        }
        return names;
    }

    /** @return the groups as typed, in order (empty: all, sorted) */
    List<String> groupOrder() {
        return listed(groups);
    }

    GroupPlot.Style style() {
        return BOX_POINTS.equals(style.getStringValue()) ? GroupPlot.Style.BOX_POINTS : GroupPlot.Style.VIOLIN_BOX;
    }

    GroupPlot.Annotation annotation() {
        return STARS.equals(annotation.getStringValue()) ? GroupPlot.Annotation.STARS : GroupPlot.Annotation.P_VALUES;
    }

    /** @return whether a comparison with this p gets a bracket */
    boolean bracket(final double p) {
        return !Double.isNaN(p) && (ALL.equals(brackets.getStringValue()) || p < threshold.getDoubleValue());
    }

    FigureSettings figures() {
        return figures;
    }
}
