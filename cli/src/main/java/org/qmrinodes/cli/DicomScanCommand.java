package org.qmrinodes.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.dicom.DicomTables;
import org.qmrinodes.core.privacy.Identifiers;

/** {@code qmri dicom-scan}: one row per DICOM series found under a folder. */
final class DicomScanCommand implements Command {

    @Override
    public String name() {
        return "dicom-scan";
    }

    @Override
    public String synopsis() {
        return "Lists the DICOM series under a folder with their acquisition parameters and problems.";
    }

    @Override
    public String summary() {
        return """
            Lists the DICOM series under a folder (recursively), one row per series: patient_id, study_uid,
            series_uid, series_number, series_description, modality, manufacturer, rows, columns, slices,
            volumes, spacing_x/y/z (mm), b_values (s/mm2), echo_times, inversion_times (ms), flip_angles
            (degrees) with one ;-separated value per volume in volume order, repetition_time (ms), files,
            skipped_files (files of the series left out), isotropic (trace images), temporal_positions,
            problem (why a series cannot be loaded: missing slice, varying spacing, mixed orientations, unusable
            headers, pixel data that cannot be decoded, conflicting duplicates) and notes (b-values taken as 0,
            identical duplicates collapsed, zero-gradient trace images), map_parameter (T1, T2, T2*, ADC, PD, R1,
            R2, R2* or FA for a scanner-computed parametric map, from its Image Type, Series Description or Real
            World Value Mapping; empty for other series) and map_units (the units the files state in the Real
            World Value Mapping, e.g. ms or mm2/s; empty when they state none).
            Files that are not DICOM or cannot be read are skipped and counted on standard error.
            --identifiers pseudonymise writes Patient ID, Study and Series UID as keyed pseudonyms (P-, ST-, SE-
            and 16 hex digits of HMAC-SHA-256 under the key of --key-file or QMRI_PSEUDONYM_KEY; the same key gives
            the same pseudonyms in every run and in the KNIME nodes), paths relative to --dir and identifiers
            in problems, notes and warnings replaced; --identifiers drop leaves them empty.""";
    }

    @Override
    public Options options() {
        return IdentifierOptions.declare(new Options().required("dir", "D", "folder to scan (recursively)")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .optional("skipped-out", "FILE", "also write the skipped files with the reason (file,reason)", null)
            .inputs("dir").outputs("out", "skipped-out"));
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final Identifiers ids = IdentifierOptions.parse(o, o.path("dir"));
        final DicomScan scan;
        try {
            scan = DicomSeriesReader.withPixelMed().scan(o.path("dir"));
        } catch (final InvalidDataException e) {
            throw CliException.data(e.getMessage());
        }
        DicomTables.warnings(scan, ids).forEach(w -> err.println("warning: " + w));
        CsvTableWriter.write(DicomTables.series(scan, false, ids), o.output("out"), out);
        if (o.get("skipped-out") != null) {
            CsvTableWriter.write(DicomTables.skipped(scan, ids), o.output("skipped-out"), out);
        }
    }
}
