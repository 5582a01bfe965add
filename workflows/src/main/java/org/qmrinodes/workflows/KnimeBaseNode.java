package org.qmrinodes.workflows;

import java.util.List;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.util.filter.NameFilterConfiguration.EnforceOption;
import org.knime.core.node.util.filter.column.DataColumnSpecFilterConfiguration;

/**
 * The KNIME base nodes the workflows use for files, with their factory class and ports as in
 * KNIME's own sources (knime-base) and their settings layout as KNIME writes it: the CSV Reader as
 * in a workflow saved by KNIME 4.5, the CSV Writer and the Image Writer (Port) as in knime-base's
 * settings snapshots. Every file is addressed relative to the workflow
 * ({@code knime://knime.workflow/...}), so the workflow runs wherever it is imported.
 */
public enum KnimeBaseNode {

    /** CSV Reader: one table out. */
    CSV_READER("CSV Reader", "org.knime.base.node.io.filehandling.csv.reader.CSVTableReaderNodeFactory", List.of(),
        List.of(BufferedDataTable.TYPE), List.of("File System Connection", "Data Table")),
    /** CSV Writer: one table in. */
    CSV_WRITER("CSV Writer", "org.knime.base.node.io.filehandling.csv.writer.CSVWriter2NodeFactory",
        List.of(BufferedDataTable.TYPE), List.of(), List.of("File System Connection", "Data Table")),
    /** Column Filter: one table in, the chosen columns out. */
    COLUMN_FILTER("Column Filter", "org.knime.base.node.preproc.filter.column.DataColumnSpecFilterNodeFactory",
        List.of(BufferedDataTable.TYPE), List.of(BufferedDataTable.TYPE), null),
    /** Image Writer (Port): one image in (its port group names are not recorded: KNIME's defaults apply). */
    IMAGE_WRITER("Image Writer (Port)", "org.knime.base.node.io.filehandling.imagewriter.ImagePortWriterNodeFactory",
        List.of(ImagePortObject.TYPE), List.of(), null);

    /** KNIME's base nodes bundle and feature, as a workflow saved by KNIME 4.5.1 records them. */
    static final WorkflowNode.Origin ORIGIN = new WorkflowNode.Origin("KNIME Base Nodes", "org.knime.base",
        "KNIME AG, Zurich, Switzerland", "4.5.1.v202201171147", "KNIME Base nodes",
        "org.knime.features.base.feature.group", "4.5.1.v202201171200");

    /** Prefix of every path: the workflow folder. */
    public static final String WORKFLOW_URL = "knime://knime.workflow/";

    private final String nodeName;
    private final String factory;
    private final List<PortType> inPorts;
    private final List<PortType> outPorts;
    private final List<String> portGroups;

    KnimeBaseNode(final String nodeName, final String factory, final List<PortType> inPorts,
        final List<PortType> outPorts, final List<String> portGroups) {
        this.nodeName = nodeName;
        this.factory = factory;
        this.inPorts = inPorts;
        this.outPorts = outPorts;
        this.portGroups = portGroups;
    }

    /** @return the node name */
    public String nodeName() {
        return nodeName;
    }

    /** @return the factory class name */
    public String factory() {
        return factory;
    }

    /** @return the data input port types, in order */
    public List<PortType> inPorts() {
        return inPorts;
    }

    /** @return the data output port types, in order */
    public List<PortType> outPorts() {
        return outPorts;
    }

    /**
     * @param factory a factory class name
     * @return the base node with that factory, or null
     */
    public static KnimeBaseNode byFactory(final String factory) {
        for (final KnimeBaseNode n : values()) {
            if (n.factory.equals(factory)) {
                return n;
            }
        }
        return null;
    }

    private NodeTemplate with(final NodeSettings model) {
        return (id, x, y, label) -> new WorkflowNode(id, nodeName, factory, ORIGIN, model, portGroups,
            outPorts.size(), x, y, label);
    }

    /** The type of a CSV column as the CSV Reader produces it. */
    public enum ColumnType {
        /** text: StringCell */
        STRING("java.lang.String", "org.knime.core.data.def.StringCell$StringCellFactory.createCell(class java.lang.String)",
            "String", "String"),
        /** real number: DoubleCell */
        DOUBLE("java.lang.Double", "org.knime.core.data.def.DoubleCell$DoubleCellFactory.create(class java.lang.Double)",
            "Number (double)", "Double");

        final String javaClass;
        final String converter;
        final String knimeType;
        final String converterName;

        ColumnType(final String javaClass, final String converter, final String knimeType, final String converterName) {
            this.javaClass = javaClass;
            this.converter = converter;
            this.knimeType = knimeType;
            this.converterName = converterName;
        }

        /** @return the Java class the reader parses the column to */
        public String javaClass() {
            return javaClass;
        }

        /**
         * @param javaClass a class name from a CSV Reader's column spec
         * @return the column type
         */
        public static ColumnType ofJavaClass(final String javaClass) {
            for (final ColumnType t : values()) {
                if (t.javaClass.equals(javaClass)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unsupported CSV column class " + javaClass);
        }
    }

    /**
     * A column of a CSV file read by the CSV Reader.
     *
     * @param name column name
     * @param type column type
     */
    public record CsvColumn(String name, ColumnType type) {
    }

    /**
     * The CSV Reader for a comma-separated file with a header row, with its column types fixed (as
     * the reader stores them after its type detection).
     *
     * @param file the file inside the workflow folder, e.g. {@code data/cohort.csv}
     * @param columns the columns, in file order
     * @return the node
     */
    public static NodeTemplate csvReader(final String file, final List<CsvColumn> columns) {
        final String url = WORKFLOW_URL + file;
        final NodeSettings model = new NodeSettings("model");
        final NodeSettings settings = (NodeSettings)model.addNodeSettings("settings");
        final NodeSettings selectionInternals = (NodeSettings)settings.addNodeSettings("file_selection_Internals");
        selectionInternals.addString("SettingsModelID", "SMID_ReaderFileChooser");
        selectionInternals.addBoolean("EnabledStatus", true);
        final NodeSettings selection = (NodeSettings)settings.addNodeSettings("file_selection");
        fileSystemInternals((NodeSettings)selection.addNodeSettings("file_system_chooser__Internals"), false);
        path((NodeSettings)selection.addNodeSettings("path"), url);
        final NodeSettings modeInternals = (NodeSettings)selection.addNodeSettings("filter_mode_Internals");
        modeInternals.addString("SettingsModelID", "SMID_FilterMode");
        modeInternals.addBoolean("EnabledStatus", false);
        final NodeSettings mode = (NodeSettings)selection.addNodeSettings("filter_mode");
        mode.addString("filter_mode", "FILE");
        mode.addBoolean("include_subfolders", false);
        final NodeSettings options = (NodeSettings)mode.addNodeSettings("filter_options");
        options.addBoolean("filter_files_extension", false);
        options.addString("files_extension_expression", "");
        options.addBoolean("files_extension_case_sensitive", false);
        options.addBoolean("filter_files_name", false);
        options.addString("files_name_expression", "*");
        options.addBoolean("files_name_case_sensitive", false);
        options.addString("files_name_filter_type", "WILDCARD");
        options.addBoolean("include_hidden_files", false);
        options.addBoolean("include_special_files", true);
        options.addBoolean("filter_folders_name", false);
        options.addString("folders_name_expression", "*");
        options.addBoolean("folders_name_case_sensitive", false);
        options.addString("folders_name_filter_type", "WILDCARD");
        options.addBoolean("include_hidden_folders", false);
        options.addBoolean("follow_links", true);
        settings.addBoolean("has_column_header", true);
        settings.addBoolean("has_row_id", false);
        settings.addBoolean("support_short_data_rows", false);
        settings.addBoolean("skip_empty_data_rows", false);
        settings.addBoolean("prepend_file_idx_to_row_id", false);
        csvFormat(settings);
        settings.addBoolean("use_line_break_row_delimiter", true);
        settings.addString("row_delimiter", "\n");
        settings.addInt("autodetect_buffer_size", 1048576);

        final NodeSettings specConfig = (NodeSettings)model.addNodeSettings("table_spec_config_Internals");
        specConfig.addString("version", "V4_4");
        final NodeSettings spec = (NodeSettings)((NodeSettings)specConfig.addNodeSettings("individual_specs"))
            .addNodeSettings("/" + file);
        spec.addInt("num_columns", columns.size());
        for (int i = 0; i < columns.size(); i++) {
            externalSpec((NodeSettings)spec.addNodeSettings(Integer.toString(i)), columns.get(i));
        }
        final NodeSettings transformation = (NodeSettings)specConfig.addNodeSettings("table_transformation");
        final NodeSettings transformed = (NodeSettings)transformation.addNodeSettings("columns");
        for (int i = 0; i < columns.size(); i++) {
            final CsvColumn c = columns.get(i);
            final NodeSettings column = (NodeSettings)transformed.addNodeSettings(Integer.toString(i));
            externalSpec((NodeSettings)column.addNodeSettings("external_spec"), c);
            column.addString("name", c.name());
            column.addBoolean("keep", true);
            column.addInt("position", i);
            final NodeSettings production = (NodeSettings)column.addNodeSettings("production_path");
            production.addString("_converter", c.type().converter);
            production.addString("_converter_src", c.type().javaClass);
            production.addString("_converter_dst", c.type().knimeType);
            production.addString("_converter_name", c.type().converterName);
            production.addNodeSettings("_converter_config");
            production.addString("_producer", "class " + c.type().javaClass + "->" + c.type().javaClass);
            production.addString("_producer_src", c.type().javaClass);
            production.addString("_producer_dst", c.type().javaClass);
            production.addString("_producer_name", c.type().javaClass);
            production.addNodeSettings("_producer_config");
        }
        transformed.addInt("num_columns", columns.size());
        final int[] indices = new int[columns.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        transformed.addIntArray("intersection_indices", indices);
        transformation.addBoolean("skip_empty_columns", false);
        transformation.addBoolean("enforce_types", true);
        transformation.addString("column_filter_mode", "UNION");
        final NodeSettings unknown = (NodeSettings)transformation.addNodeSettings("unknown_columns_transformation");
        unknown.addInt("position", columns.size());
        unknown.addBoolean("keep", true);
        unknown.addBoolean("force_type", false);
        specConfig.addString("source_group_id", url);
        final NodeSettings read = (NodeSettings)((NodeSettings)specConfig.addNodeSettings("config_id"))
            .addNodeSettings("multi_table_read");
        final NodeSettings readSettings = (NodeSettings)read.addNodeSettings("settings");
        readSettings.addBoolean("has_column_header", true);
        readSettings.addBoolean("has_row_id", false);
        csvFormat(readSettings);
        readSettings.addString("row_delimiter", "\n");
        readSettings.addBoolean("use_line_break_row_delimiter", true);
        final NodeSettings readAdvanced = (NodeSettings)read.addNodeSettings("advanced_settings");
        quoting(readAdvanced);
        readAdvanced.addBoolean("limit_data_rows_scanned", true);
        readAdvanced.addLong("max_data_rows_scanned", 10000);
        separators(readAdvanced);
        ((NodeSettings)read.addNodeSettings("encoding")).addString("charset", null);
        skipNothing((NodeSettings)read.addNodeSettings("limit_rows"));

        final NodeSettings advanced = (NodeSettings)model.addNodeSettings("advanced_settings");
        advanced.addString("spec_merge_mode_Internals", "UNION");
        advanced.addBoolean("fail_on_differing_specs", true);
        advanced.addBoolean("append_path_column_Internals", false);
        advanced.addString("path_column_name_Internals", "Path");
        advanced.addBoolean("limit_data_rows_scanned", true);
        advanced.addLong("max_data_rows_scanned", 10000);
        advanced.addBoolean("save_table_spec_config_Internals", true);
        advanced.addBoolean("limit_memory_per_column", true);
        advanced.addInt("maximum_number_of_columns", 8192);
        quoting(advanced);
        separators(advanced);
        final NodeSettings limit = (NodeSettings)model.addNodeSettings("limit_rows");
        skipNothing(limit);
        limit.addBoolean("limit_data_rows", false);
        limit.addLong("max_rows", 50);
        ((NodeSettings)model.addNodeSettings("encoding")).addString("charset", null);
        return CSV_READER.with(model);
    }

    /**
     * The CSV Writer: comma-separated, header row, UTF-8, overwriting, creating missing folders.
     *
     * @param file the file inside the workflow folder, e.g. {@code output/roc.csv}
     * @return the node
     */
    public static NodeTemplate csvWriter(final String file) {
        final NodeSettings model = new NodeSettings("model");
        final NodeSettings settings = (NodeSettings)model.addNodeSettings("settings");
        final NodeSettings chooser = (NodeSettings)settings.addNodeSettings("file_chooser_settings");
        path((NodeSettings)chooser.addNodeSettings("path"), WORKFLOW_URL + file);
        fileSystemInternals((NodeSettings)chooser.addNodeSettings("file_system_chooser__Internals"), true);
        chooser.addBoolean("create_missing_folders", true);
        chooser.addString("if_path_exists", "overwrite");
        settings.addString("column_delimiter", ",");
        settings.addString("row_delimiter", "\n");
        settings.addChar("quote_char", '"');
        settings.addChar("quote_escape_char", '"');
        settings.addBoolean("write_column_header", true);
        settings.addBoolean("skip_column_header_on_append", false);
        settings.addBoolean("write_row_header", false);
        ((NodeSettings)model.addNodeSettings("encoding")).addString("character_set", "UTF-8");
        final NodeSettings advanced = (NodeSettings)model.addNodeSettings("advanced_settings");
        advanced.addBoolean("compress_with_gzip", false);
        advanced.addString("quote_mode", "STRINGS_ONLY");
        advanced.addString("separator_replacement", "");
        advanced.addString("missing_value_pattern", "");
        advanced.addChar("decimal_separator", '.');
        advanced.addBoolean("use_scientific_format", false);
        advanced.addBoolean("keep_trailing_zero_in_decimals", false);
        final NodeSettings comment = (NodeSettings)model.addNodeSettings("comment_header_settings");
        comment.addBoolean("add_user_to_comment", false);
        comment.addBoolean("add_time_to_comment", false);
        comment.addBoolean("add_table_name_to_comment", false);
        comment.addBoolean("add_custom_text_to_comment", false);
        comment.addString("custom_comment_text", "");
        comment.addString("comment_line_marker", "#");
        comment.addString("comment_indentation", "\t");
        model.addBoolean("performNewValidation", true);
        return CSV_WRITER.with(model);
    }

    /** The key of the Column Filter's filter configuration in its model settings. */
    static final String COLUMN_FILTER_KEY = "column-filter";

    /**
     * The Column Filter keeping the columns whose names match a regular expression (case-sensitive), in
     * table order, as KNIME's column filter configuration saves a pattern filter.
     *
     * @param regex the regular expression a kept column's whole name matches
     * @return the node
     */
    public static NodeTemplate columnFilter(final String regex) {
        return columnFilter(regex, false);
    }

    /**
     * The Column Filter dropping the columns whose names match a regular expression (case-sensitive).
     *
     * @param regex the regular expression a dropped column's whole name matches
     * @return the node
     */
    public static NodeTemplate columnFilterDropping(final String regex) {
        return columnFilter(regex, true);
    }

    private static NodeTemplate columnFilter(final String regex, final boolean dropMatching) {
        final NodeSettings model = new NodeSettings("model");
        final DataColumnSpecFilterConfiguration filter = new DataColumnSpecFilterConfiguration(COLUMN_FILTER_KEY);
        filter.loadDefaults(new String[0], new String[0], EnforceOption.EnforceExclusion);
        filter.saveConfiguration(model);
        try {
            final NodeSettings saved = model.getNodeSettings(COLUMN_FILTER_KEY);
            saved.addString("filter-type", "name_pattern");
            final NodeSettings pattern = saved.getNodeSettings("name_pattern");
            pattern.addString("pattern", regex);
            pattern.addString("type", "Regex");
            pattern.addBoolean("caseSensitive", true);
            pattern.addBoolean("excludeMatching", dropMatching);
        } catch (final InvalidSettingsException e) {
            throw new IllegalStateException("the column filter configuration saves no pattern filter", e);
        }
        return COLUMN_FILTER.with(model);
    }

    /**
     * The Image Writer (Port): writes the image (PNG) of its input port, overwriting, creating missing folders.
     *
     * @param file the file inside the workflow folder, e.g. {@code output/roc.png}
     * @return the node
     */
    public static NodeTemplate imageWriter(final String file) {
        final NodeSettings model = new NodeSettings("model");
        final NodeSettings chooser = (NodeSettings)model.addNodeSettings("filechooser");
        path((NodeSettings)chooser.addNodeSettings("path"), WORKFLOW_URL + file);
        fileSystemInternals((NodeSettings)chooser.addNodeSettings("file_system_chooser__Internals"), true);
        chooser.addBoolean("create_missing_folders", true);
        chooser.addString("if_path_exists", "overwrite");
        return IMAGE_WRITER.with(model);
    }

    /**
     * The file location as a URL (KNIME's "custom URL" file system, timeout 1000 ms), so that
     * {@code knime://knime.workflow/} resolves against the workflow.
     */
    private static void path(final NodeSettings path, final String url) {
        path.addBoolean("location_present", true);
        path.addString("file_system_type", "CUSTOM_URL");
        path.addString("file_system_specifier", "1000");
        path.addString("path", url);
    }

    /** The file chooser's remembered state; the writers' (newer) layout also records the space. */
    private static void fileSystemInternals(final NodeSettings internals, final boolean withSpace) {
        internals.addBoolean("has_fs_port", false);
        internals.addBoolean("overwritten_by_variable", false);
        internals.addString("convenience_fs_category", "CUSTOM_URL");
        internals.addString("relative_to", "knime.workflow");
        internals.addString("mountpoint", "LOCAL");
        if (withSpace) {
            internals.addString("spaceId", "");
            internals.addString("spaceName", "");
        }
        internals.addInt("custom_url_timeout", 1000);
        internals.addBoolean("connected_fs", true);
    }

    private static void csvFormat(final NodeSettings s) {
        s.addString("comment_char", "#");
        s.addString("column_delimiter", ",");
        s.addString("quote_char", "\"");
        s.addString("quote_escape_char", "\"");
    }

    private static void quoting(final NodeSettings s) {
        s.addString("quote_option", "REMOVE_QUOTES_AND_TRIM");
        s.addBoolean("replace_empty_quotes_with_missing", true);
    }

    private static void separators(final NodeSettings s) {
        s.addString("thousands_separator", "\0");
        s.addString("decimal_separator", ".");
    }

    private static void skipNothing(final NodeSettings s) {
        s.addBoolean("skip_lines", false);
        s.addLong("number_of_lines_to_skip", 1);
        s.addBoolean("skip_data_rows", false);
        s.addLong("number_of_rows_to_skip", 1);
    }

    private static void externalSpec(final NodeSettings spec, final CsvColumn c) {
        spec.addString("name", c.name());
        spec.addBoolean("has_type", true);
        ((NodeSettings)spec.addNodeSettings("type")).addString("class", c.type().javaClass);
    }
}
