package org.qmrinodes.core.dicom;

import java.nio.file.Path;
import java.util.List;

import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;

/**
 * One series found by a scan: its identity, its grid and volumes, and where every slice's pixels
 * are. When the files do not form one consistent slice grid (a missing slice, varying spacing, mixed
 * orientations or sizes) {@code problem} says what is wrong, and geometry and slices are absent.
 *
 * @param info identifying attributes
 * @param geometry the slice grid shared by all volumes (null when {@code problem} is set)
 * @param volumes acquisition parameters, one per volume, in acquisition order
 * @param slices {@code slices.get(v).get(k)} is slice k of volume v (empty when {@code problem} is set)
 * @param files the image files of the series
 * @param skippedFiles files with this series' UID left out (no pixel data, unreadable image)
 * @param problem why the series cannot be loaded, or null
 * @param notes what the reader inferred or repaired without a problem (e.g. b-values taken as 0,
 *        identical duplicate files collapsed), for the user to see
 * @param map what parametric map the series holds ({@link ParametricMap#NONE} for acquired images)
 */
public record DicomSeries(SeriesInfo info, Geometry geometry, List<AcquisitionParameters> volumes,
    List<List<DicomSlice>> slices, List<Path> files, int skippedFiles, String problem, List<String> notes,
    ParametricMap map) {

    /** Copies the lists. */
    public DicomSeries {
        notes = List.copyOf(notes);
        map = map == null ? ParametricMap.NONE : map;
        volumes = List.copyOf(volumes);
        slices = slices.stream().map(List::copyOf).toList();
        files = List.copyOf(files);
    }
}
