package org.qmrinodes.core.privacy;

import java.util.regex.Pattern;

/**
 * Text that looks like an identifier. Used to scrub free text (messages, notes) and to find
 * identifiers left in tables before sharing.
 */
final class IdentifierPatterns {

    /**
     * A DICOM UID (PS3.5 §9.1): dot-separated numeric components without leading zeros, starting
     * with a root 0, 1 or 2 and at least five components (e.g. {@code 1.2.840.113619.2.5}), or a
     * UUID-derived {@code 2.25.} UID (PS3.5 §B.2); version numbers such as 1.2.3 are not matched.
     */
    static final Pattern UID = Pattern.compile(
        "(?<![\\d.])(?:[0-2](?:\\.(?:0|[1-9]\\d*)){4,}|2\\.25\\.[1-9]\\d{9,})(?![\\d.]*\\d)");

    /** A date: DICOM DA {@code yyyymmdd}, ISO {@code yyyy-mm-dd}, or {@code dd.mm.yyyy} / {@code dd/mm/yyyy}. */
    static final Pattern DATE = Pattern.compile("(?<!\\d)(?:(?:19|20)\\d\\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
        + "|(?:19|20)\\d\\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])"
        + "|(?:0[1-9]|[12]\\d|3[01])[./](?:0[1-9]|1[0-2])[./](?:19|20)\\d\\d)(?!\\d)");

    /** A person name in DICOM PN notation: family^given (two letters or more each). */
    static final Pattern PERSON_NAME = Pattern.compile("\\p{L}[\\p{L}' -]*\\^\\p{L}[\\p{L}' -]*");

    /** An absolute file path (at the start of a value or after a blank, quote, '=', '(', ',' or ';'): Unix {@code /a/b}, Windows {@code C:\}, UNC {@code \\host}, or a file URL. */
    static final Pattern ABSOLUTE_PATH = Pattern.compile(
        "(?:(?:^|(?<=[\\s\"'=(,;]))/[^/\\s;,]+/[^\\s;,]*|[A-Za-z]:\\\\|\\\\\\\\\\w|file:/)");

    /**
     * An absolute path as it stands in binary data, where the short forms of {@link #ABSOLUTE_PATH}
     * ({@code C:\}, {@code /x/}) occur by chance in voxel bytes: three or more folders of two or
     * more name characters ({@code /home/lab/export}, {@code C:\Users\lab\…}) or a file URL
     * with a folder.
     */
    static final Pattern LONG_ABSOLUTE_PATH = Pattern.compile(
        "(?:/[\\w.-]{2,}){3,}|[A-Za-z]:(?:\\\\[\\w .-]{2,}){2,}|file:/+[\\w.-]{2,}/");

    private IdentifierPatterns() {
    }
}
