package org.qmrinodes.fuzz;

import java.util.Map;
import java.util.TreeMap;

/**
 * The allow-list: failure classes known from the fuzz findings and not fixed yet. A failing case
 * whose mutation is listed here is counted and printed but does not fail the build. Remove an entry
 * when its fix lands; the run prints the entries that no case needed any more.
 *
 * <p>A key is a mutation name ({@code dicom-rescale-slope-nan}: every command and symptom of that
 * mutation) or a mutation name and a command ({@code csv-bom@icc}: that command only); the value
 * says what fails today.
 */
final class KnownFailures {

    /** Known failure classes, by mutation name (optionally {@code @command}). */
    static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
        // DICOM: one bad series aborts the folder (internal error: spacing must be positive / directions parallel)
        Map.entry("dicom-pixel-spacing-0", "dicom-scan and fit: internal error IllegalArgumentException"),
        Map.entry("dicom-pixel-spacing-negative", "dicom-scan and fit: internal error IllegalArgumentException"),
        Map.entry("dicom-pixel-spacing-nan", "dicom-scan and fit: internal error; one file: fit exit 0 without a word"),
        Map.entry("dicom-orientation-nan", "dicom-scan and fit: internal error; one file: fit exit 0 without a word"),
        // DICOM: silently wrong numbers
        Map.entry("dicom-rescale-slope-nan", "listed as fine and fitted with exit 0, no warning"),
        Map.entry("dicom-rescale-slope-empty", "listed as fine and fitted with exit 0, no warning"),
        Map.entry("dicom-rescale-slope-zero", "listed as fine and fitted with exit 0, no warning"),
        Map.entry("dicom-pixel-spacing-huge@dicom-scan", "1e308 in every file: listed as fine"),
        // DICOM: undecodable pixel data listed as fine (only fit finds it)
        Map.entry("dicom-bits-allocated-1@dicom-scan", "listed as fine"),
        Map.entry("dicom-bits-allocated-12@dicom-scan", "listed as fine"),
        Map.entry("dicom-bits-allocated-32@dicom-scan", "listed as fine"),
        Map.entry("dicom-bits-allocated-64@dicom-scan", "listed as fine"),
        Map.entry("dicom-bits-stored-over-allocated@dicom-scan", "listed as fine"),
        Map.entry("dicom-rows-65535@dicom-scan", "listed as fine although Pixel Data is too short"),
        Map.entry("dicom-columns-65535@dicom-scan", "listed as fine although Pixel Data is too short"),
        Map.entry("dicom-pixel-data-missing@dicom-scan", "listed as fine"),
        Map.entry("dicom-truncate@dicom-scan", "a file cut inside its Pixel Data: listed as fine (seen in the long run)"),
        Map.entry("dicom-transfer-syntax-rle@dicom-scan", "listed as fine"),
        Map.entry("dicom-transfer-syntax-jpeg-baseline@dicom-scan", "listed as fine"),
        Map.entry("dicom-transfer-syntax-jpeg-lossless@dicom-scan", "listed as fine"),
        Map.entry("dicom-transfer-syntax-jpeg2000@dicom-scan", "listed as fine"),
        // DICOM: duplicates
        Map.entry("dicom-duplicate-identical", "series reported as 'missing slice', fit exit 1"),
        // DICOM: toolkit noise and what PixelMed does with damaged headers
        Map.entry("dicom-header-byte-flip", "PixelMed log lines on stderr; OutOfMemoryError text; internal error"),
        Map.entry("dicom-absurd-element-length", "PixelMed log lines on stderr"),
        // images and masks: out of memory and internal errors
        Map.entry("nifti-dim-1024-cubed", ".nii.gz declaring 1024^3 voxels: OutOfMemoryError (histogram, fit --mask)"),
        Map.entry("nrrd-sizes-huge", "sizes 1024 1024 1024 in a small file: OutOfMemoryError"),
        Map.entry("option-bins-huge@histogram", "--bins 2147483647: OutOfMemoryError"),
        Map.entry("option-bin-width-tiny@histogram", "--bin-width 1e-300: internal error NegativeArraySizeException"),
        Map.entry("nifti-gzip-corrupt@histogram", "corrupt deflate data: internal error ArrayIndexOutOfBoundsException"),
        Map.entry("nifti-header-byte-flip@histogram", "internal error on some damaged headers"),
        // images and masks: non-finite values
        Map.entry("nifti-voi-value-infinite@histogram", "Inf inside the VOI: excluded_voxels 0"),
        Map.entry("nifti-voi-value-minus-infinite@histogram", "-Inf inside the VOI: excluded_voxels 0"),
        Map.entry("nifti-mask-value-infinite", "Inf in a mask becomes a label, no word"),
        Map.entry("nifti-mask-value-nan", "NaN in a mask becomes background, no word"),
        Map.entry("nifti-mask-value-huge", "1e10 in a mask becomes label 2147483647, no word"),
        // images and masks: damaged files accepted
        Map.entry("nifti-gzip-truncated@histogram", "gzip stream cut before its trailer: exit 0"),
        Map.entry("nrrd-magic-bad", "NRRD0009 / NIFTI magic accepted: exit 0"),
        Map.entry("nrrd-data-truncated@fit", "truncated gzip payload of a NRRD mask accepted by fit --mask"),
        // CSV parsing
        Map.entry("csv-bom@icc", "a UTF-8 BOM becomes part of the first column's name: no column 'patient_id'"),
        Map.entry("csv-duplicate-header", "duplicate column names accepted, the first used"),
        Map.entry("csv-unbalanced-quote", "message carries 'java.io.IOException: (startline N) EOF reached ...'"),
        Map.entry("csv-byte-flip@kappa", "a stray quote: IOException text in the message"),
        Map.entry("csv-cell-java-suffix-d", "0.9d accepted as a number"),
        Map.entry("csv-cell-java-suffix-f", "0.8f accepted as a number"),
        Map.entry("csv-cell-hex-float", "0x1p-1 accepted as a number"),
        // CSV: non-finite numbers
        Map.entry("csv-cell-overflow", "1e309 taken as +Infinity (roc, delong, compare); logistic internal error"),
        Map.entry("csv-cell-negative-overflow", "-1e309 taken as -Infinity; logistic internal error"),
        Map.entry("csv-cell-inf", "Inf taken as a number; logistic internal error"),
        Map.entry("csv-cell-minus-inf", "-Inf taken as a number; logistic internal error"),
        Map.entry("csv-cell-infinity", "Infinity taken as a number; logistic internal error"),
        Map.entry("csv-cell-nan@compare", "NaN in a feature: exit 0, nothing reported"),
        // statistics edge cases
        Map.entry("csv-constant-column@icc", "a feature constant at 0.1 gets ICC numbers (e.g. ICC1 0.727) instead of undefined")));

    private KnownFailures() {
    }

    /**
     * @param failure a failure class
     * @return the allow-list key that covers it, or null
     */
    static String covering(final FuzzRun.FailureClass failure) {
        final String specific = failure.mutation() + "@" + failure.command();
        if (ALLOWED.containsKey(specific)) {
            return specific;
        }
        return ALLOWED.containsKey(failure.mutation()) ? failure.mutation() : null;
    }
}
