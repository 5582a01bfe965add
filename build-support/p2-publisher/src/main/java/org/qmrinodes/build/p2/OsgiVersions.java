package org.qmrinodes.build.p2;

import java.util.regex.Pattern;

/** OSGi version and version-range normalisation, written the way p2 metadata spells them. */
public final class OsgiVersions {

    /** The unbounded range {@code [0.0.0,∞)} as p2 writes it. */
    public static final String ANY = "0.0.0";

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern QUALIFIER = Pattern.compile("[A-Za-z0-9_-]+");

    private OsgiVersions() {
    }

    /**
     * Normalises an OSGi version: {@code 1} becomes {@code 1.0.0}, {@code 1.2.3.q} stays.
     *
     * @throws IllegalArgumentException if the text is not an OSGi version
     */
    public static String version(String text) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) {
            return ANY;
        }
        String[] parts = v.split("\\.", 4);
        String[] numbers = {"0", "0", "0"};
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            if (!NUMBER.matcher(parts[i]).matches()) {
                throw new IllegalArgumentException("Not an OSGi version: " + text);
            }
            numbers[i] = String.valueOf(Long.parseLong(parts[i]));
        }
        String result = String.join(".", numbers);
        if (parts.length == 4) {
            if (!QUALIFIER.matcher(parts[3]).matches()) {
                throw new IllegalArgumentException("Not an OSGi version qualifier: " + text);
            }
            result += "." + parts[3];
        }
        return result;
    }

    /**
     * Normalises an OSGi version range: {@code null} or blank becomes {@link #ANY}, a bare version {@code v}
     * (meaning {@code [v,∞)}) stays a bare version, {@code [a,b)} keeps its brackets with normalised ends.
     *
     * @throws IllegalArgumentException if the text is not a version range
     */
    public static String range(String text) {
        String r = text == null ? "" : text.strip();
        if (r.isEmpty()) {
            return ANY;
        }
        char open = r.charAt(0);
        if (open != '[' && open != '(') {
            return version(r);
        }
        char close = r.charAt(r.length() - 1);
        int comma = r.indexOf(',');
        if ((close != ']' && close != ')') || comma < 0) {
            throw new IllegalArgumentException("Not an OSGi version range: " + text);
        }
        return open + version(r.substring(1, comma)) + "," + version(r.substring(comma + 1, r.length() - 1))
                + close;
    }

    /** The range that matches exactly one version, {@code [v,v]}. */
    public static String exact(String version) {
        String v = version(version);
        return "[" + v + "," + v + "]";
    }

    /** The range p2 writes into {@code <update>}: every older version, {@code [0.0.0,v)}. */
    public static String olderThan(String version) {
        return "[0.0.0," + version(version) + ")";
    }

    /**
     * The range of a feature.xml {@code <import>} or {@code <includes>} with the given {@code match} rule
     * ({@code perfect}, {@code equivalent}, {@code compatible} (the default), {@code greaterOrEqual}).
     */
    public static String featureMatchRange(String version, String match) {
        String v = version(version);
        if (ANY.equals(v)) {
            return ANY;
        }
        String[] p = v.split("\\.");
        long major = Long.parseLong(p[0]);
        long minor = Long.parseLong(p[1]);
        String rule = match == null || match.isBlank() ? "compatible" : match.strip();
        return switch (rule) {
            case "perfect" -> exact(v);
            case "equivalent" -> "[" + v + "," + major + "." + (minor + 1) + ".0)";
            case "compatible" -> "[" + v + "," + (major + 1) + ".0.0)";
            case "greaterOrEqual" -> v;
            default -> throw new IllegalArgumentException("Unknown feature match rule: " + match);
        };
    }
}
