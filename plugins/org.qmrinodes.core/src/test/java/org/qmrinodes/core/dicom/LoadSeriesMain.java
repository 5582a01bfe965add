package org.qmrinodes.core.dicom;

import java.nio.file.Path;

import org.qmrinodes.core.image.Volume;

/** Loads the only series of a folder; run in a JVM with a small heap by {@link SeriesMemoryTest}. */
public final class LoadSeriesMain {

    private LoadSeriesMain() {
    }

    /** @param args the folder */
    public static void main(final String[] args) {
        final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
        final Volume v = reader.load(reader.scan(Path.of(args[0])).series().get(0));
        System.out.println("loaded " + v.geometry().voxelCount() * v.volumeCount());
    }
}
