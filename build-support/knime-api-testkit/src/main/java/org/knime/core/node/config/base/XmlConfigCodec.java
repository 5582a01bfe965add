package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Test-kit internal reader/writer for KNIME's XML config format (namespace
 * {@code http://www.knime.org/2008/09/XMLConfig}). Writes the same layout KNIME writes: a hand-written XML
 * declaration, four-space indentation, {@code <config key>} elements and {@code <entry key type [isnull] value/>}
 * elements, and control characters encoded as {@code %%NNNNN}.
 */
final class XmlConfigCodec {

    static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    private static final String ROOT_ATTRIBUTES = " xmlns=\"" + NAMESPACE + "\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:schemaLocation=\"" + NAMESPACE + " http://www.knime.org/XMLConfig_2008_09.xsd\"";

    private XmlConfigCodec() {
    }

    // ---- writing ---------------------------------------------------------------------------------------

    static byte[] toXml(final ConfigBase root) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writeConfig(sb, root, 0);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeConfig(final StringBuilder sb, final ConfigBase c, final int depth) {
        indent(sb, depth);
        sb.append("<config");
        if (depth == 0) {
            sb.append(ROOT_ATTRIBUTES);
        }
        sb.append(" key=\"").append(xmlAttr(c.getKey())).append('"');
        boolean any = false;
        for (AbstractConfigEntry e : c.entries()) {
            if (e.getType() == ConfigEntries.xtransientstring) {
                continue; // never persisted
            }
            if (!any) {
                sb.append(">\n");
                any = true;
            }
            if (e instanceof ConfigBase) {
                writeConfig(sb, (ConfigBase)e, depth + 1);
            } else {
                writeEntry(sb, e, depth + 1);
            }
        }
        if (any) {
            indent(sb, depth);
            sb.append("</config>\n");
        } else {
            sb.append("/>\n");
        }
    }

    private static void writeEntry(final StringBuilder sb, final AbstractConfigEntry e, final int depth) {
        indent(sb, depth);
        sb.append("<entry key=\"").append(xmlAttr(e.getKey())).append("\" type=\"").append(e.getType().name())
            .append('"');
        String v = e.toStringValue();
        if (v == null) {
            sb.append(" isnull=\"true\"");
            v = "";
        }
        sb.append(" value=\"").append(xmlAttr(encodePercent(v))).append("\"/>\n");
    }

    private static void indent(final StringBuilder sb, final int depth) {
        for (int i = 0; i < depth; i++) {
            sb.append("    ");
        }
    }

    private static String xmlAttr(final String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * KNIME's value encoding: characters below 32 or above 0xD7FF, and a '%' directly followed by another '%', are
     * written as "%%" plus the five-digit decimal char code.
     */
    static String encodePercent(final String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean encode = c < 32 || c > 0xD7FF || (c == '%' && i + 1 < s.length() && s.charAt(i + 1) == '%');
            if (encode) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append("%%").append(String.format("%05d", (int)c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Reverses {@link #encodePercent(String)}. */
    static String decodePercent(final String s) {
        if (s.indexOf("%%") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 1 < s.length() && s.charAt(i + 1) == '%' && allDigits(s, i + 2, i + 7)) {
                b.append((char)Integer.parseInt(s.substring(i + 2, i + 7)));
                i += 7;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean allDigits(final String s, final int from, final int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- reading ---------------------------------------------------------------------------------------

    static void parseInto(final ConfigBase root, final InputStream in) throws IOException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            SAXParser p = f.newSAXParser();
            p.parse(in, new Handler(root));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("Cannot parse KNIME XML config: " + e.getMessage(), e);
        }
    }

    private static final class Handler extends DefaultHandler {

        private final Deque<ConfigBase> m_stack = new ArrayDeque<>();

        private final ConfigBase m_root;

        private boolean m_seenRoot;

        Handler(final ConfigBase root) {
            m_root = root;
        }

        @Override
        public void startElement(final String uri, final String localName, final String qName,
            final Attributes atts) throws SAXException {
            String key = atts.getValue("key");
            if ("config".equals(qName)) {
                if (key == null) {
                    throw new SAXException("config element without key");
                }
                if (!m_seenRoot) {
                    m_seenRoot = true;
                    m_root.setRootKey(key);
                    m_stack.push(m_root);
                } else {
                    m_stack.push(current().addConfigBase(key));
                }
            } else if ("entry".equals(qName)) {
                if (!m_seenRoot) {
                    throw new SAXException("Document does not start with a config element");
                }
                String type = atts.getValue("type");
                ConfigEntries t;
                try {
                    t = ConfigEntries.valueOf(type);
                } catch (IllegalArgumentException | NullPointerException ex) {
                    throw new SAXException("Invalid type ('" + type + "') for key '" + key + "'", ex);
                }
                String value = atts.getValue("value");
                value = value == null ? null : decodePercent(value);
                if ("true".equals(atts.getValue("isnull"))) {
                    value = null;
                }
                try {
                    current().addEntry(t.createEntry(key, value));
                } catch (IllegalArgumentException | UnsupportedOperationException ex) {
                    throw new SAXException(ex.getMessage(), ex);
                }
            } else {
                throw new SAXException("\"" + qName + "\" is not a valid tag name.");
            }
        }

        @Override
        public void endElement(final String uri, final String localName, final String qName) {
            if ("config".equals(qName)) {
                m_stack.pop();
            }
        }

        private ConfigBase current() throws SAXException {
            ConfigBase c = m_stack.peek();
            if (c == null) {
                throw new SAXException("Element outside of the root config");
            }
            return c;
        }
    }
}
