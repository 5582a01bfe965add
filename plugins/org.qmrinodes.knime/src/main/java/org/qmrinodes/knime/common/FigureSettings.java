package org.qmrinodes.knime.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.image.ImagePortObject;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.plot.Figure;

/**
 * The figure settings of a node that draws one, declared by {@link NodeSettingsDeclaration#figure}:
 * the title, the width in pixels (the height follows from the figure's content) and an optional SVG
 * file that receives the same drawing as the PNG image port, for a journal's vector artwork.
 */
public final class FigureSettings {

    private final SettingsModelString title;
    private final SettingsModelIntegerBounded width;
    private final SettingsModelString svgFile;

    FigureSettings(final SettingsModelString title, final SettingsModelIntegerBounded width,
        final SettingsModelString svgFile) {
        this.title = title;
        this.width = width;
        this.svgFile = svgFile;
    }

    /** @return the figure title (may be empty) */
    public String title() {
        return title.getStringValue() == null ? "" : title.getStringValue();
    }

    /** @return the figure width in pixels */
    public int width() {
        return width.getIntValue();
    }

    /**
     * @return the SVG file, or null when none is set
     * @throws InvalidSettingsException if the text is not a file path or its folder does not exist
     */
    public Path svgFile() throws InvalidSettingsException {
        final String text = svgFile.getStringValue() == null ? "" : svgFile.getStringValue().trim();
        if (text.isEmpty()) {
            return null;
        }
        final Path file;
        try {
            file = Path.of(text).toAbsolutePath();
        } catch (final InvalidPathException e) {
            throw new InvalidSettingsException("SVG file '" + text + "' is not a file path: " + e.getReason());
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new InvalidSettingsException("The folder of SVG file '" + text + "' does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidSettingsException("SVG file '" + text + "' is a folder.");
        }
        return file;
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
            try {
                Files.writeString(svg, figure.svg(width()), StandardCharsets.UTF_8);
            } catch (final IOException e) {
                throw new InvalidDataException("Cannot write SVG file '" + svg + "': " + e.getMessage());
            }
        }
        return PngImages.port(figure.png(width()));
    }
}
