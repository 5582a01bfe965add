package org.qmrinodes.core.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds values that look like identifiers: DICOM UIDs (root 0, 1 or 2 and at least five numeric
 * components, e.g. 1.2.840.…, 2.25.…), dates (yyyymmdd, yyyy-mm-dd, dd.mm.yyyy), person names in
 * DICOM {@code family^given} notation, absolute paths, and any of a list of known Patient IDs
 * (as a whole token, case-insensitive). Pseudonyms written by {@link Identifiers} ({@code P-…},
 * {@code ST-…}, {@code SE-…}, {@code UID-…}) are not findings.
 */
public final class PrivacyScanner {

    /** Characters of a value shown in a finding. */
    public static final int EXCERPT = 6;

    /** What {@link Identifiers} writes, which must not be mistaken for a date or a UID. */
    private static final Pattern PSEUDONYM = Pattern.compile("(?<![\\w-])(?:P|ST|SE|UID)-[0-9a-f]{"
        + Pseudonymiser.HEX_DIGITS + "}(?![0-9a-f])");

    private final List<Pattern> known = new ArrayList<>();

    /**
     * @param knownPatientIds Patient IDs that must not appear (empty ones are ignored)
     */
    public PrivacyScanner(final Collection<String> knownPatientIds) {
        final Set<String> ids = new TreeSet<>();
        for (final String id : knownPatientIds) {
            if (id != null && !id.isBlank()) {
                ids.add(id.trim());
            }
        }
        for (final String id : ids) {
            known.add(Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(id) + "(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /**
     * @param value one value (null is nothing)
     * @return the kinds of identifier it holds, in a fixed order; empty when none
     */
    public List<String> kinds(String value) {
        final List<String> out = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return out;
        }
        value = PSEUDONYM.matcher(value).replaceAll("pseudonym");
        if (IdentifierPatterns.UID.matcher(value).find()) {
            out.add("DICOM UID");
        }
        if (IdentifierPatterns.DATE.matcher(value).find()) {
            out.add("date");
        }
        if (IdentifierPatterns.PERSON_NAME.matcher(value).find()) {
            out.add("person name");
        }
        if (IdentifierPatterns.ABSOLUTE_PATH.matcher(value).find()) {
            out.add("absolute path");
        }
        for (final Pattern p : known) {
            if (p.matcher(value).find()) {
                out.add("known Patient ID");
                break;
            }
        }
        return out;
    }

    /**
     * @param location where the value is
     * @param column its column or key
     * @param row its 1-based row, 0 for none
     * @param value the value
     * @param into where to add a finding per kind of identifier it holds
     */
    public void check(final String location, final String column, final long row, final String value,
        final List<PrivacyFinding> into) {
        check(location, column, row, value, into, kind -> true);
    }

    /**
     * As {@link #check(String, String, long, String, List)}, for the kinds {@code reported} accepts.
     *
     * @param reported which kinds to report
     */
    public void check(final String location, final String column, final long row, final String value,
        final List<PrivacyFinding> into, final java.util.function.Predicate<String> reported) {
        for (final String kind : kinds(value)) {
            if (reported.test(kind)) {
                into.add(new PrivacyFinding(location, column, row, kind, excerpt(value)));
            }
        }
    }

    /**
     * @param location where the table is
     * @param columns the column names (checked too)
     * @param rows the rows, each as text per column (null for missing)
     * @return the findings, in row and column order
     */
    public List<PrivacyFinding> scan(final String location, final List<String> columns, final Iterable<String[]> rows) {
        final List<PrivacyFinding> out = new ArrayList<>();
        for (final String c : columns) {
            check(location, "(column name)", 0, c, out);
        }
        long r = 0;
        for (final String[] row : rows) {
            r++;
            for (int c = 0; c < row.length && c < columns.size(); c++) {
                check(location, columns.get(c), r, row[c], out);
            }
        }
        return out;
    }

    /**
     * The start of a value, at most {@link #EXCERPT} characters and fewer where those would still
     * look like an identifier (a path's first folder {@code /home/j…}), and one character of a
     * value no longer than that, so that a saved report of findings passes the check itself.
     */
    private String excerpt(final String value) {
        final String v = value.strip();
        for (int n = v.length() <= EXCERPT ? 0 : EXCERPT; n > 1; n--) {
            final String e = v.substring(0, n) + "…";
            if (kinds(e).isEmpty()) {
                return e;
            }
        }
        return v.isEmpty() ? "…" : v.charAt(0) + "…";
    }

    /** @return a one-line summary of findings, e.g. {@code 3 DICOM UID, 1 date} */
    public static String summary(final List<PrivacyFinding> findings) {
        final java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (final PrivacyFinding f : findings) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        final List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> parts.add(n + " " + k));
        return parts.isEmpty() ? "no identifiers found" : String.join(", ", parts);
    }
}
