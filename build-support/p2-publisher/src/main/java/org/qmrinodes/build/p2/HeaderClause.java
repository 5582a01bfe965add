package org.qmrinodes.build.p2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One clause of an OSGi manifest header such as {@code Import-Package}, {@code Export-Package} or
 * {@code Require-Bundle}: one or more names followed by {@code key=value} attributes and
 * {@code key:=value} directives, all separated by semicolons.
 *
 * <p>Example: {@code org.knime.core;bundle-version="[5.0.0,6.0.0)";resolution:=optional} has the name
 * {@code org.knime.core}, the attribute {@code bundle-version} and the directive {@code resolution}.
 *
 * @param names the names of the clause (several names share the same attributes, e.g. {@code a;b;version=1})
 * @param attributes the attributes, unquoted, keyed without an optional {@code :Type} suffix
 * @param directives the directives, unquoted
 */
public record HeaderClause(List<String> names, Map<String, String> attributes, Map<String, String> directives) {

    /** Creates a clause with unmodifiable copies of the given parts. */
    public HeaderClause {
        names = List.copyOf(names);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        directives = Collections.unmodifiableMap(new LinkedHashMap<>(directives));
    }

    /** The attribute value, or {@code null}. */
    public String attribute(String key) {
        return attributes.get(key);
    }

    /** The directive value, or {@code null}. */
    public String directive(String key) {
        return directives.get(key);
    }

    /** Whether the clause carries {@code resolution:=optional}. */
    public boolean isOptional() {
        return "optional".equals(directives.get("resolution"));
    }

    /**
     * Parses a manifest header value (already joined from continuation lines, as {@link java.util.jar.Manifest}
     * returns it) into its clauses. Commas and semicolons inside double quotes do not split.
     *
     * @param headerValue the header value; {@code null} or blank gives an empty list
     * @return the clauses in header order
     * @throws IllegalArgumentException on an unterminated quote or a clause without a name
     */
    public static List<HeaderClause> parse(String headerValue) {
        List<HeaderClause> clauses = new ArrayList<>();
        if (headerValue == null || headerValue.isBlank()) {
            return clauses;
        }
        for (String clauseText : split(headerValue, ',')) {
            if (clauseText.isBlank()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clauseText, ';')) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = indexOutsideQuotes(p, '=');
                if (eq < 0) {
                    if (!attributes.isEmpty() || !directives.isEmpty()) {
                        throw new IllegalArgumentException("Name '" + p + "' after parameters in: " + clauseText);
                    }
                    names.add(p);
                } else if (eq > 0 && p.charAt(eq - 1) == ':') {
                    directives.put(p.substring(0, eq - 1).strip(), unquote(p.substring(eq + 1).strip()));
                } else {
                    String key = p.substring(0, eq).strip();
                    int typeSeparator = key.indexOf(':');
                    if (typeSeparator >= 0) {
                        key = key.substring(0, typeSeparator).strip();
                    }
                    attributes.put(key, unquote(p.substring(eq + 1).strip()));
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("Header clause without a name: " + clauseText);
            }
            clauses.add(new HeaderClause(names, attributes, directives));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Unterminated quote in manifest header: " + text);
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int indexOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}
