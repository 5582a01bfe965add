package org.qmrinodes.build.p2;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Small DOM helpers over the JDK parser (no DTDs, no external entities). */
final class Xml {

    private Xml() {
    }

    static Element parse(InputStream in, String what) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in, what).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot parse " + what + ": " + e.getMessage(), e);
        }
    }

    /** Direct child elements with the given tag. */
    static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                result.add(e);
            }
        }
        return result;
    }

    /** The first direct child element with the given tag, or {@code null}. */
    static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    static String requiredAttribute(Element element, String name) {
        String value = element.getAttribute(name).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("<" + element.getTagName() + "> lacks the attribute " + name);
        }
        return value;
    }

    static String attributeOrNull(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    /** The element's text, stripped, or {@code null} if absent or blank. */
    static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }
}
