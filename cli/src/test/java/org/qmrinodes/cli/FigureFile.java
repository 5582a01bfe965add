package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Checks on the figure files a command writes: the PNG decodes, the SVG is XML with the expected text. */
final class FigureFile {

    private FigureFile() {
    }

    /** @return the decoded PNG, after checking it is {@code width} pixels wide */
    static BufferedImage png(final Path file, final int width) {
        final BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        assertNotNull(image, file + " does not decode as an image");
        assertEquals(width, image.getWidth(), file + " width");
        assertTrue(image.getHeight() > 100, file + " height " + image.getHeight());
        return image;
    }

    /** @return the text elements of the SVG document, after checking it parses as XML with an svg root */
    static List<String> svgTexts(final Path file) {
        final Document doc;
        try {
            final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            doc = f.newDocumentBuilder().parse(file.toFile());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        } catch (final ParserConfigurationException | SAXException e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
        assertEquals("svg", doc.getDocumentElement().getTagName(), file + " root element");
        final NodeList texts = doc.getElementsByTagName("text");
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }

    /** Checks the SVG holds every caption as one of its text elements. */
    static void svgShows(final Path file, final String... captions) {
        final List<String> texts = svgTexts(file);
        for (final String c : captions) {
            assertTrue(texts.contains(c), file + " has no text '" + c + "' among " + texts);
        }
    }
}
