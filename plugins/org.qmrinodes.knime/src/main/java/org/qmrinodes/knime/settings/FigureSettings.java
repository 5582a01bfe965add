package org.qmrinodes.knime.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.plot.Figure;
import org.qmrinodes.knime.ports.PngImages;

/**
 * The figure settings of a node that draws one figure, declared by {@link NodeSettingsDeclaration#figure}:
 * the title, the width in pixels (the height follows from the figure's content) and an optional SVG
 * file that receives the same drawing as the PNG image port, for a journal's vector artwork; or of a
 * node that draws one figure per item (e.g. per column), declared by
 * {@link NodeSettingsDeclaration#figures}: the width and an optional folder receiving one SVG file per
 * item.
 */
public final class FigureSettings {

    private final SettingsModelString title;
    private final SettingsModelIntegerBounded width;
    private final SettingsModelString svgFile;
    private final SettingsModelString svgFolder;

    FigureSettings(final SettingsModelString title, final SettingsModelIntegerBounded width,
        final SettingsModelString svgFile, final SettingsModelString svgFolder) {
        this.title = title;
        this.width = width;
        this.svgFile = svgFile;
        this.svgFolder = svgFolder;
    }

    /** @return the figure title (may be empty; empty when the node draws one figure per item) */
    public String title() {
        return title == null || title.getStringValue() == null ? "" : title.getStringValue();
    }

    /** @return the figure width in pixels */
    public int width() {
        return width.getIntValue();
    }

    /**
     * @return the SVG file, or null when none is set (or the node draws one figure per item)
     * @throws InvalidSettingsException if the text is not a file path or its folder does not exist
     */
    public Path svgFile() throws InvalidSettingsException {
        final Path file = path(svgFile, "SVG file");
        if (file != null && (file.getParent() == null || !Files.isDirectory(file.getParent()))) {
            throw new InvalidSettingsException("The folder of SVG file '" + file + "' does not exist.");
        }
        if (file != null && Files.isDirectory(file)) {
            throw new InvalidSettingsException("SVG file '" + file + "' is a folder.");
        }
        return file;
    }

    /**
     * @return the folder of the per-item SVG files, or null when none is set (or the node draws one figure)
     * @throws InvalidSettingsException if the text is not a path of an existing folder
     */
    public Path svgFolder() throws InvalidSettingsException {
        final Path folder = path(svgFolder, "SVG folder");
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InvalidSettingsException("SVG folder '" + folder + "' does not exist.");
        }
        return folder;
    }

    private static Path path(final SettingsModelString setting, final String what) throws InvalidSettingsException {
        return SettingPaths.path(what, setting == null ? null : setting.getStringValue());
    }

    /**
     * Draws the figure of one item as PNG and, when an SVG folder is set, writes the same drawing there
     * as {@code item.svg} (characters other than letters, digits, '.', '_' and '-' replaced by '_').
     *
     * @param figure the figure
     * @param item the item's name (e.g. the column)
     * @return the PNG bytes
     * @throws InvalidSettingsException if the SVG folder setting is not usable
     * @throws InvalidDataException naming the file when it cannot be written
     */
    public byte[] draw(final Figure figure, final String item) throws InvalidSettingsException {
        final Path folder = svgFolder();
        if (folder != null) {
            write(figure, folder.resolve(item.replaceAll("[^A-Za-z0-9._-]", "_") + ".svg"));
        }
        return figure.png(width());
    }

    private void write(final Figure figure, final Path svg) {
        try {
            Files.writeString(svg, figure.svg(width()), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new InvalidDataException("Cannot write SVG file '" + svg + "': " + e.getMessage());
        }
    }

    /**
     * Draws {@code figure} at the chosen width as the image port's PNG and, when an SVG file is set,
     * writes the same drawing there (replacing the file).
     *
     * @param figure the figure
     * @return the image port object
     * @throws InvalidSettingsException if the SVG file setting is not usable
     * @throws InvalidDataException naming the file when it cannot be written
     */
    public ImagePortObject draw(final Figure figure) throws InvalidSettingsException {
        final Path svg = svgFile();
        if (svg != null) {
            write(figure, svg);
        }
        return PngImages.port(figure.png(width()));
    }
}
