package org.qmrinodes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

import org.qmrinodes.core.plot.Figure;

/**
 * Writes a figure as PNG and as SVG from the same drawing, and fails with the file's name when it
 * cannot be written.
 */
public final class FigureFiles {

    private FigureFiles() {
    }

    /** Writes {@code figure} {@code width} pixels wide to the files of the options {@code png} and {@code svg}, if given. */
    static void write(final Options o, final String png, final String svg, final Figure figure, final int width)
        throws CliException {
        write(o, png, svg, figure::png, figure::svg, width);
    }

    /** As {@link #write(Options, String, String, Figure, int)}, for a drawing given by its two encoders. */
    static void write(final Options o, final String png, final String svg, final IntFunction<byte[]> toPng,
        final IntFunction<String> toSvg, final int width) throws CliException {
        if (o.get(png) != null) {
            png(o.output(png), toPng.apply(width));
        }
        if (o.get(svg) != null) {
            svg(o.output(svg), toSvg.apply(width));
        }
    }

    /** Writes {@code figure} {@code width} pixels wide as {@code png} and, when not null, as {@code svg}. */
    public static void write(final Path png, final Path svg, final Figure figure, final int width) throws CliException {
        png(png, figure.png(width));
        if (svg != null) {
            svg(svg, figure.svg(width));
        }
    }

    /** Writes PNG bytes to {@code file}, as a data error naming the file when that fails. */
    public static void png(final Path file, final byte[] png) throws CliException {
        try {
            Files.write(file, png);
        } catch (final IOException e) {
            throw CliException.data("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Writes an SVG document to {@code file}, as a data error naming the file when that fails. */
    public static void svg(final Path file, final String svg) throws CliException {
        try {
            Files.writeString(file, svg, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw CliException.data("cannot write " + file + ": " + e.getMessage());
        }
    }
}
