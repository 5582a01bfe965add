package org.qmrinodes.build.p2;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented XML in the style of p2's own repository files (single-quoted attributes).
 * Attribute values escape {@code & < > ' "} and line breaks/tabs as character references so they survive
 * attribute-value normalisation; text escapes {@code & < >} and line breaks. Characters not allowed in XML 1.0
 * are dropped.
 */
final class XmlWriter {

    private final StringBuilder out = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n");
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagPending;
    private boolean textWritten;

    XmlWriter processingInstruction(String target, String data) {
        out.append("<?").append(target).append(' ').append(data).append("?>\n");
        return this;
    }

    /** Opens an element; attributes are name/value pairs, a {@code null} value omits the attribute. */
    XmlWriter start(String tag, String... attributes) {
        closePendingStartTag(true);
        indent();
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("='").append(escape(attributes[i + 1], true))
                        .append('\'');
            }
        }
        open.push(tag);
        startTagPending = true;
        return this;
    }

    /** Writes text content of the current element (on the same line as its tags). */
    XmlWriter text(String text) {
        closePendingStartTag(false);
        out.append(escape(text, false));
        textWritten = true;
        return this;
    }

    XmlWriter end() {
        String tag = open.pop();
        if (startTagPending) {
            out.append("/>\n");
            startTagPending = false;
        } else {
            if (!textWritten) {
                indent();
            }
            out.append("</").append(tag).append(">\n");
        }
        textWritten = false;
        return this;
    }

    /** Writes an empty element. */
    XmlWriter empty(String tag, String... attributes) {
        return start(tag, attributes).end();
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Unclosed elements: " + open);
        }
        return out.toString();
    }

    private void closePendingStartTag(boolean newline) {
        if (startTagPending) {
            out.append(newline ? ">\n" : ">");
            startTagPending = false;
        }
    }

    private void indent() {
        out.append("  ".repeat(open.size()));
    }

    static String escape(String value, boolean attribute) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\'' -> sb.append(attribute ? "&apos;" : "'");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append("&#xA;");
                case '\r' -> sb.append("&#xD;");
                case '\t' -> sb.append(attribute ? "&#x9;" : "\t");
                default -> {
                    boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF && (c < 0xD800 || c > 0xDFFF);
                    if (allowed) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
