package org.qmrinodes.core.synthetic;

import static org.qmrinodes.core.data.ResultTable.integer;
import static org.qmrinodes.core.data.ResultTable.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.DicomToolkit;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.BValueStorage;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;

/**
 * A folder of synthetic MR studies as a PACS export would hold them: for every patient one series
 * per protocol, written as DICOM by {@link SyntheticMrSeries} with its two readers' lesion masks.
 * Diffusion series keep their b-values in the standard tag or only in one vendor's private tag, in
 * turn from patient to patient, so a reader meets every storage a real cohort mixes. The same seed
 * gives the same pixel values, parameters and UIDs.
 */
public final class SyntheticMrCohort {

    private static final BValueStorage[] STORAGES = BValueStorage.values();

    private SyntheticMrCohort() {
    }

    /**
     * Writes the cohort into {@code folder}/{@code <patient>}/{@code <protocol>}/.
     *
     * @param folder where to write (created)
     * @param patients number of patients
     * @param protocols the series to write for every patient
     * @param seed random seed of the whole cohort
     * @param toolkit the DICOM toolkit to write with
     * @return the manifest: one row per series with {@code patient_id, protocol, series_uid, folder,
     *         b_value_storage, files, reader1_mask, reader2_mask} (paths relative to {@code folder})
     * @throws IOException when writing fails
     */
    public static ResultTable write(final Path folder, final int patients, final List<Protocol> protocols,
        final long seed, final DicomToolkit toolkit) throws IOException {
        if (patients < 1) {
            throw new IllegalArgumentException("at least one patient: " + patients);
        }
        final ResultTable.Builder manifest = ResultTable.builder(text("patient_id"), text("protocol"),
            text("series_uid"), text("folder"), text("b_value_storage"), integer("files"), text("reader1_mask"),
            text("reader2_mask"));
        for (int p = 0; p < patients; p++) {
            final String patient = String.format(Locale.ROOT, "SYN%03d", p + 1);
            for (int k = 0; k < protocols.size(); k++) {
                final Protocol protocol = protocols.get(k);
                final long seriesSeed = seed * 1_000_003L + p * 101L + k;
                final Spec small = Spec.small(protocol, seriesSeed);
                final BValueStorage storage =
                    protocol == Protocol.DWI ? STORAGES[p % STORAGES.length] : BValueStorage.STANDARD;
                final Spec spec = new Spec(protocol, small.columns(), small.rows(), small.slices(),
                    small.pixelSpacing(), small.sliceSpacing(), small.snr(), storage, patient, seriesSeed);
                final Path seriesFolder = folder.resolve(patient).resolve(protocol.name().toLowerCase(Locale.ROOT));
                final SyntheticMrSeries.Truth truth = SyntheticMrSeries.write(spec, seriesFolder, toolkit);
                manifest.row(patient, protocol.name().toLowerCase(Locale.ROOT), truth.seriesUid(),
                    folder.relativize(seriesFolder).toString(),
                    protocol == Protocol.DWI ? storage.name().toLowerCase(Locale.ROOT) : null, truth.files().size(),
                    folder.relativize(truth.reader1File()).toString(), folder.relativize(truth.reader2File()).toString());
            }
        }
        return manifest.build();
    }
}
