package org.qmrinodes.knime.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The one declaration of a node's settings. A subclass declares each setting once (key, label,
 * default, allowed values) in its constructor; from that the node model saves, validates and loads
 * its settings, and {@link #createDialogPane()} builds the dialog, so nodes need no dialog code.
 * The node model and the dialog each create their own instance.
 *
 * <p>Settings are the classic {@code SettingsModel*} types, stored in KNIME's settings XML under
 * their keys, and so can be controlled by flow variables.
 */
public abstract class NodeSettingsDeclaration {

    private record Entry(String key, String label, SettingsModel model, Supplier<DialogComponent> component,
        String group, String tab, List<String> choices, NodeSettings defaultWhenAbsent) {

        Entry withDefaultWhenAbsent(final NodeSettings defaults) {
            return new Entry(key, label, model, component, group, tab, choices, defaults);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private String group;
    private String tab;

    /** Starts a dialog group: the settings declared next are shown in a box with this title. */
    protected final void group(final String title) {
        group = title;
    }

    /** Starts a dialog tab: the settings declared next are shown on a tab with this title. */
    protected final void tab(final String title) {
        tab = title;
        group = null;
    }

    private <M extends SettingsModel> M add(final String key, final String label, final M model,
        final Supplier<DialogComponent> component, final List<String> choices) {
        entries.add(new Entry(key, label, model, component, group, tab, choices, null));
        return model;
    }

    /**
     * Marks a setting added after the node was first released: settings saved without its key (by
     * an older version of the node, in a workflow made then) validate and load with the setting at
     * its declared default, so that those workflows behave as before. Settings are otherwise strict:
     * any other missing key is an error.
     *
     * @param model a setting declared by this declaration, still at its default
     * @return the setting
     */
    protected final <M extends SettingsModel> M defaultWhenAbsent(final M model) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).model == model) {
                final NodeSettings defaults = new NodeSettings("defaults");
                model.saveSettingsTo(defaults);
                entries.set(i, entries.get(i).withDefaultWhenAbsent(defaults));
                return model;
            }
        }
        throw new IllegalArgumentException("not a setting of " + getClass().getSimpleName());
    }

    /** @return the settings to read {@code e} from: {@code settings}, or its defaults when it is absent there */
    private static NodeSettingsRO source(final Entry e, final NodeSettingsRO settings) {
        return e.defaultWhenAbsent != null && !settings.containsKey(e.key) ? e.defaultWhenAbsent : settings;
    }

    /**
     * A single column of input port {@code port}, chosen from the columns compatible with one of
     * {@code types}.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // KNIME's component constructors take the same generic varargs
    protected final SettingsModelString column(final String key, final String label, final int port,
        final Class<? extends DataValue>... types) {
        final SettingsModelString m = new SettingsModelString(key, "");
        return add(key, label, m, () -> new DialogComponentColumnNameSelection(m, label, port, false, types), null);
    }

    /**
     * A column of input port {@code port} that may be left unset: the dialog offers "&lt;none&gt;"
     * before the columns compatible with one of {@code types}; none is stored as the empty text.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // KNIME's component constructors take the same generic varargs
    protected final SettingsModelString optionalColumn(final String key, final String label, final int port,
        final Class<? extends DataValue>... types) {
        final SettingsModelString m = new SettingsModelString(key, "");
        return add(key, label, m, () -> new DialogComponentColumnNameSelection(m, label, port, false, true, types), null);
    }

    /**
     * A set of columns of input port {@code port} of the given types (include/exclude lists); the
     * label names the option in the node description (the component itself shows no label).
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // KNIME's filter model takes the same generic varargs
    protected final SettingsModelColumnFilter2 columns(final String key, final String label, final int port,
        final Class<? extends DataValue>... types) {
        final SettingsModelColumnFilter2 m = new SettingsModelColumnFilter2(key, types);
        return add(key, label, m, () -> new DialogComponentColumnFilter2(m, port), null);
    }

    /** Free text. */
    protected final SettingsModelString text(final String key, final String label, final String defaultValue) {
        final SettingsModelString m = new SettingsModelString(key, defaultValue);
        return add(key, label, m, () -> new DialogComponentString(m, label), null);
    }

    /** One of a fixed list of values; validation rejects any other value. */
    protected final SettingsModelString choice(final String key, final String label, final String defaultValue,
        final String... values) {
        final SettingsModelString m = new SettingsModelString(key, defaultValue);
        return add(key, label, m, () -> new DialogComponentStringSelection(m, label, values), Arrays.asList(values));
    }

    /** A check box. */
    protected final SettingsModelBoolean flag(final String key, final String label, final boolean defaultValue) {
        final SettingsModelBoolean m = new SettingsModelBoolean(key, defaultValue);
        return add(key, label, m, () -> new DialogComponentBoolean(m, label), null);
    }

    /** A real number in [min, max]. */
    protected final SettingsModelDoubleBounded number(final String key, final String label, final double defaultValue,
        final double min, final double max, final double step) {
        final SettingsModelDoubleBounded m = new SettingsModelDoubleBounded(key, defaultValue, min, max);
        return add(key, label, m, () -> new DialogComponentNumber(m, label, step), null);
    }

    /** A whole number in [min, max]. */
    protected final SettingsModelIntegerBounded integer(final String key, final String label, final int defaultValue,
        final int min, final int max, final int step) {
        final SettingsModelIntegerBounded m = new SettingsModelIntegerBounded(key, defaultValue, min, max);
        return add(key, label, m, () -> new DialogComponentNumber(m, label, step), null);
    }

    /**
     * The settings of the figure a node draws, in a group "Figure": its title, its width in pixels
     * and an optional SVG file (empty: none).
     *
     * @param defaultTitle the title's default
     * @param addedLater whether the node existed before it drew a figure: then the three settings
     *        are {@link #defaultWhenAbsent} so that older workflows load
     * @return the figure settings
     */
    protected final FigureSettings figure(final String defaultTitle, final boolean addedLater) {
        group("Figure");
        final SettingsModelString title = text("plot_title", "Figure title", defaultTitle);
        final SettingsModelIntegerBounded width = integer("plot_width", "Figure width (pixels)", 1200, 300, 4000, 100);
        final SettingsModelString svg = text("svg_file", "SVG file (empty: none)", "");
        if (addedLater) {
            defaultWhenAbsent(title);
            defaultWhenAbsent(width);
            defaultWhenAbsent(svg);
        }
        return new FigureSettings(title, width, svg, null);
    }

    /**
     * The settings of a node that draws one figure per item (e.g. per column), in a group "Figure":
     * the width in pixels and an optional folder for one SVG file per item (empty: none).
     *
     * @param defaultWidth the width's default
     * @return the figure settings
     */
    protected final FigureSettings figures(final int defaultWidth) {
        group("Figure");
        final SettingsModelIntegerBounded width =
            integer("plot_width", "Figure width (pixels)", defaultWidth, 300, 4000, 100);
        final SettingsModelString folder = text("svg_folder", "SVG folder (empty: none)", "");
        return new FigureSettings(null, width, null, folder);
    }

    /**
     * The column chosen in a column setting, checked against the input.
     *
     * @param spec the input's spec
     * @param setting the column setting
     * @param what what the column holds, for messages (e.g. "IHC score")
     * @param types the accepted value types (any one)
     * @return the column's name
     * @throws InvalidSettingsException when none is chosen, or the column is absent or of another type
     */
    @SafeVarargs
    protected static String chosenColumn(final DataTableSpec spec, final SettingsModelString setting, final String what,
        final Class<? extends DataValue>... types) throws InvalidSettingsException {
        final String name = chosenOptionalColumn(spec, setting, what, types);
        if (name == null) {
            throw new InvalidSettingsException("Choose the " + what + " column.");
        }
        return name;
    }

    /**
     * As {@link #chosenColumn}, for a setting that may be left at "&lt;none&gt;".
     *
     * @return the column's name, or null when none is chosen
     */
    @SafeVarargs
    protected static String chosenOptionalColumn(final DataTableSpec spec, final SettingsModelString setting,
        final String what, final Class<? extends DataValue>... types) throws InvalidSettingsException {
        final String name = setting.getStringValue();
        if (name == null || name.isEmpty()) {
            return null;
        }
        final DataColumnSpec c = spec.getColumnSpec(name);
        if (c == null) {
            throw new InvalidSettingsException(what + " column '" + name + "' is not in the input table.");
        }
        for (final Class<? extends DataValue> t : types) {
            if (c.getType().isCompatible(t)) {
                return name;
            }
        }
        throw new InvalidSettingsException(what + " column '" + name + "' has type " + c.getType() + ".");
    }

    /**
     * @param setting a text setting holding the name of a column the node appends
     * @param what the column, for the message (e.g. "derived map column")
     * @return the name, trimmed
     * @throws InvalidSettingsException when it is blank
     */
    protected static String columnName(final SettingsModelString setting, final String what)
        throws InvalidSettingsException {
        final String name = setting.getStringValue() == null ? "" : setting.getStringValue().trim();
        if (name.isEmpty()) {
            throw new InvalidSettingsException("Give the " + what + " a name.");
        }
        return name;
    }

    /**
     * @param setting a text setting holding a comma-separated list
     * @return its items, trimmed, without empty ones, in order
     */
    protected static List<String> listed(final SettingsModelString setting) {
        final String text = setting.getStringValue() == null ? "" : setting.getStringValue();
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * @param setting a text setting holding numbers separated by commas, semicolons or spaces
     * @param label the setting's label, for the message
     * @return the numbers, in order
     * @throws InvalidSettingsException naming the setting and the item that is not a number
     */
    protected static double[] numbers(final SettingsModelString setting, final String label)
        throws InvalidSettingsException {
        final String text = setting.getStringValue() == null ? "" : setting.getStringValue();
        final List<Double> v = new ArrayList<>();
        for (final String item : text.trim().split("[,;\\s]+")) {
            if (item.isEmpty()) {
                continue;
            }
            try {
                v.add(Double.parseDouble(item));
            } catch (final NumberFormatException e) {
                throw new InvalidSettingsException("'" + label + "' needs numbers separated by commas, got '" + item
                    + "'.");
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Saves every setting (for {@code NodeModel#saveSettingsTo}). */
    public final void saveSettingsTo(final NodeSettingsWO settings) {
        entries.forEach(e -> e.model.saveSettingsTo(settings));
    }

    /**
     * Checks that every setting is present (but see {@link #defaultWhenAbsent}) and valid (for
     * {@code NodeModel#validateSettings}), including that a choice holds one of its allowed values.
     *
     * @throws InvalidSettingsException naming the setting and the allowed values
     */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (final Entry e : entries) {
            final NodeSettingsRO s = source(e, settings);
            e.model.validateSettings(s);
            if (e.choices != null) {
                final String value = s.getString(e.key);
                if (!e.choices.contains(value)) {
                    throw new InvalidSettingsException(
                        "Setting '" + e.key + "' is '" + value + "'; allowed values: " + String.join(", ", e.choices));
                }
            }
        }
    }

    /** Loads every setting (for {@code NodeModel#loadValidatedSettingsFrom}). */
    public final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (final Entry e : entries) {
            e.model.loadSettingsFrom(source(e, settings));
        }
    }

    /**
     * @return every setting's key and its current value as text, in declaration order: strings and choices as
     *         they are, numbers and flags as Java prints them, a column filter as its included columns separated
     *         by commas (the settings used, e.g. for an output table's properties)
     */
    public final Map<String, String> values() {
        final Map<String, String> out = new LinkedHashMap<>();
        for (final Entry e : entries) {
            final SettingsModel m = e.model;
            final String value;
            if (m instanceof SettingsModelString t) {
                value = t.getStringValue();
            } else if (m instanceof SettingsModelBoolean b) {
                value = Boolean.toString(b.getBooleanValue());
            } else if (m instanceof SettingsModelDoubleBounded d) {
                value = Double.toString(d.getDoubleValue());
            } else if (m instanceof SettingsModelIntegerBounded i) {
                value = Integer.toString(i.getIntValue());
            } else if (m instanceof SettingsModelColumnFilter2) {
                final NodeSettings saved = new NodeSettings("settings");
                m.saveSettingsTo(saved);
                String included;
                try {
                    included = String.join(",", saved.getNodeSettings(e.key).getStringArray("included_names"));
                } catch (final InvalidSettingsException ex) {
                    included = "";
                }
                value = included;
            } else {
                value = String.valueOf(m);
            }
            out.put(e.key, value == null ? "" : value);
        }
        return out;
    }

    /** @return the labels of all settings, in declaration order (as documented in the node description) */
    public final List<String> optionLabels() {
        return entries.stream().map(Entry::label).toList();
    }

    /** @return the node dialog: one component per setting, in declaration order, grouped and tabbed */
    public final DefaultNodeSettingsPane createDialogPane() {
        final DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        String currentTab = null;
        String currentGroup = null;
        for (final Entry e : entries) {
            if (e.tab != null && !e.tab.equals(currentTab)) {
                if (currentGroup != null) {
                    pane.closeCurrentGroup();
                }
                if (currentTab == null) {
                    pane.setDefaultTabTitle(e.tab);
                } else {
                    pane.createNewTab(e.tab);
                }
                currentTab = e.tab;
                currentGroup = null;
            }
            if (e.group != null && !e.group.equals(currentGroup)) {
                if (currentGroup != null) {
                    pane.closeCurrentGroup();
                }
                pane.createNewGroup(e.group);
                currentGroup = e.group;
            }
            pane.addDialogComponent(e.component.get());
        }
        return pane;
    }
}
