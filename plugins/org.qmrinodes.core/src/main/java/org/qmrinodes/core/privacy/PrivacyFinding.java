package org.qmrinodes.core.privacy;

/**
 * A value that looks like an identifier.
 *
 * @param location where the table is (e.g. a node and port, or a file in a saved workflow)
 * @param column the column (or settings key)
 * @param row the 1-based row (or line), 0 when the location has no rows
 * @param kind what it looks like: {@code DICOM UID}, {@code date}, {@code person name},
 *        {@code absolute path} or {@code known Patient ID}
 * @param excerpt the start of the value, cut so that the report itself does not spread it
 */
public record PrivacyFinding(String location, String column, long row, String kind, String excerpt) {
}
