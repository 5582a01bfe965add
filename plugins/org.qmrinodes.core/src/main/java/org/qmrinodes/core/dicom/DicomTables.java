package org.qmrinodes.core.dicom;

import static org.qmrinodes.core.data.ResultTable.integer;
import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.privacy.Identifiers;

/**
 * The tables of a folder scan, shared by the {@code dicom-scan} command and the DICOM Series Reader
 * node.
 */
public final class DicomTables {

    private DicomTables() {
    }

    /**
     * One row per series. Columns: {@code patient_id, study_uid, series_uid, series_number,
     * series_description, modality, manufacturer, rows, columns, slices, volumes, spacing_x,
     * spacing_y, spacing_z} (mm), {@code b_values} (s/mm²), {@code echo_times},
     * {@code inversion_times} (ms), {@code flip_angles} (degrees) — one {@code ;}-separated value per
     * volume, in volume order, empty where a volume has none, the field empty when no volume has one
     * — {@code repetition_time} (ms, of the first volume), {@code files} (image files of the series),
     * {@code skipped_files} (files with this series' UID left out), then {@code isotropic} (per
     * volume, true for scanner-computed trace images), {@code temporal_positions}, and
     * {@code problem} (why the series cannot be loaded, empty when it can), and {@code notes} (what
     * the reader inferred or repaired, e.g. b-values taken as 0 or duplicate files collapsed,
     * {@code ;}-separated, empty when nothing).
     *
     * @param scan a scan
     * @return the table
     */
    public static ResultTable series(final DicomScan scan) {
        return series(scan, false);
    }

    /**
     * @param scan a scan
     * @param withFileList whether to append a column {@code file_list}: the series' image files,
     *        {@code ;}-separated (what a later node needs to load the series)
     * @return the table of {@link #series(DicomScan)}, optionally with the file list
     */
    public static ResultTable series(final DicomScan scan, final boolean withFileList) {
        return series(scan, withFileList, Identifiers.keep());
    }

    /**
     * @param scan a scan
     * @param withFileList whether to append the column {@code file_list}
     * @param ids what to write for Patient ID, UIDs, paths and identifiers in the texts of
     *        {@code problem} and {@code notes}
     * @return the table of {@link #series(DicomScan, boolean)} under the identifier policy
     */
    public static ResultTable series(final DicomScan scan, final boolean withFileList, final Identifiers ids) {
        register(scan, ids);
        final ResultTable.Builder b = ResultTable.builder(text("patient_id"), text("study_uid"), text("series_uid"),
            integer("series_number"), text("series_description"), text("modality"), text("manufacturer"),
            integer("rows"), integer("columns"), integer("slices"), integer("volumes"), real("spacing_x"),
            real("spacing_y"), real("spacing_z"), text("b_values"), text("echo_times"), text("inversion_times"),
            text("flip_angles"), real("repetition_time"), integer("files"), integer("skipped_files"), text("isotropic"),
            text("temporal_positions"), text("problem"), text("notes"), text("map_parameter"), text("map_units"));
        final ResultTable.Builder withFiles = ResultTable.builder(
            java.util.stream.Stream.concat(b.build().columns().stream(), java.util.stream.Stream.of(text("file_list")))
                .toArray(ResultTable.Column[]::new));
        for (final DicomSeries s : scan.series()) {
            final SeriesInfo i = s.info();
            final boolean ok = s.problem() == null;
            final List<AcquisitionParameters> p = s.volumes();
            final Object[] cells = {ids.patientId(i.patientId()), ids.studyUid(i.studyUid()), ids.seriesUid(i.seriesUid()),
                i.seriesNumber(), i.description(), i.modality(),
                i.manufacturer(), ok ? s.geometry().rows() : null, ok ? s.geometry().columns() : null,
                ok ? s.geometry().slices() : null, ok ? p.size() : null, ok ? s.geometry().spacing()[0] : null,
                ok ? s.geometry().spacing()[1] : null, ok ? s.geometry().spacing()[2] : null,
                list(p, AcquisitionParameters::bValue), list(p, AcquisitionParameters::echoTime),
                list(p, AcquisitionParameters::inversionTime), list(p, AcquisitionParameters::flipAngle),
                p.isEmpty() || Double.isNaN(p.get(0).repetitionTime()) ? null : p.get(0).repetitionTime(),
                s.files().size(), s.skippedFiles(),
                p.isEmpty() ? "" : p.stream().map(x -> Boolean.toString(x.isotropic())).collect(Collectors.joining(";")),
                list(p, AcquisitionParameters::temporalPosition), ok ? "" : ids.text(s.problem()),
                ids.text(String.join("; ", s.notes())), s.map().isMap() ? s.map().parameter() : "", s.map().units()};
            b.row(cells);
            final Object[] more = java.util.Arrays.copyOf(cells, cells.length + 1);
            more[cells.length] = s.files().stream().map(ids::path).collect(Collectors.joining(";"));
            withFiles.row(more);
        }
        return withFileList ? withFiles.build() : b.build();
    }

    private static String list(final List<AcquisitionParameters> p, final ToDoubleFunction<AcquisitionParameters> f) {
        if (p.stream().allMatch(x -> Double.isNaN(f.applyAsDouble(x)))) {
            return "";
        }
        return p.stream().map(x -> {
            final double v = f.applyAsDouble(x);
            return Double.isNaN(v) ? "" : Double.toString(v);
        }).collect(Collectors.joining(";"));
    }

    /**
     * @param scan a scan
     * @return columns {@code file, reason}, one row per skipped file
     */
    public static ResultTable skipped(final DicomScan scan) {
        return skipped(scan, Identifiers.keep());
    }

    /**
     * @param scan a scan
     * @param ids the identifier policy for paths and the identifiers in the reasons
     * @return the table of {@link #skipped(DicomScan)} under the policy
     */
    public static ResultTable skipped(final DicomScan scan, final Identifiers ids) {
        register(scan, ids);
        final ResultTable.Builder b = ResultTable.builder(text("file"), text("reason"));
        for (final SkippedFile f : scan.skipped()) {
            b.row(ids.path(f.file()), ids.text(f.reason()));
        }
        return b.build();
    }

    /**
     * @param scan a scan
     * @param ids the identifier policy
     * @return the scan's warnings with identifiers written as the policy says
     */
    public static List<String> warnings(final DicomScan scan, final Identifiers ids) {
        register(scan, ids);
        return scan.warnings().stream().map(ids::text).toList();
    }

    /**
     * @param info a series' identity
     * @param ids the identifier policy
     * @return the identity as written into volume cells and maps
     */
    public static SeriesInfo info(final SeriesInfo info, final Identifiers ids) {
        return new SeriesInfo(ids.patientId(info.patientId()), ids.studyUid(info.studyUid()), ids.seriesUid(info.seriesUid()),
            info.seriesNumber(), ids.text(info.description()), info.modality(), info.manufacturer());
    }

    /** Makes every identifier of the scan known to {@code ids} before any text is written. */
    private static void register(final DicomScan scan, final Identifiers ids) {
        for (final DicomSeries s : scan.series()) {
            ids.patientId(s.info().patientId());
            ids.studyUid(s.info().studyUid());
            ids.seriesUid(s.info().seriesUid());
        }
    }
}
