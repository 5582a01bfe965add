package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.privacy.Identifiers;
import org.qmrinodes.core.synthetic.SyntheticMrCohort;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;

/** {@code qmri generate-mr}: a synthetic MR cohort as DICOM with ground truth and reader masks. */
final class GenerateMrCommand implements Command {

    private static final List<String> PROTOCOLS = List.of("dwi", "t2", "t2star", "t1-ir", "t1-vfa");

    @Override
    public String name() {
        return "generate-mr";
    }

    @Override
    public String synopsis() {
        return "Writes a synthetic MR cohort as DICOM files with ground truth and two readers' lesion masks.";
    }

    @Override
    public String summary() {
        return """
            Writes a synthetic MR cohort as DICOM Part 10 files: per patient one series per protocol (multi-b
            DWI with b = 0, 800, 1400, 2000 s/mm2 from D and K maps; multi-echo T2 and T2*; inversion-recovery
            T1 with TI = 100, 200, 350, 500, 800 ms; variable-flip-angle T1), 48 x 40 x 6 voxels with an
            ellipsoid lesion, Rician noise at SNR 30, and two readers' lesion masks as NIfTI and NRRD. DWI
            b-values go in the standard tag or only in the Siemens, GE or Philips private tag, in turn from
            patient to patient. Writes manifest.csv (patient_id, protocol, series_uid, folder,
            b_value_storage, files, reader1_mask, reader2_mask) into --out-dir. --identifiers pseudonymise writes
            the manifest's patient_id and series_uid as the pseudonyms qmri dicom-scan writes under the same key
            (and replaces them in its paths), so that the manifest joins a pseudonymised scan; the DICOM files
            keep the synthetic identifiers.""";
    }

    @Override
    public Options options() {
        return IdentifierOptions.declare(new Options().required("out-dir", "DIR", "folder to write the cohort into (created if missing; its parent must exist)")
            .optional("patients", "N", "number of patients", "4")
            .optional("protocols", String.join("|", PROTOCOLS) + "[,...]", "series per patient",
                String.join(",", PROTOCOLS))
            .optional("seed", "N", "random seed (same seed, same files)", "1").outputFolders("out-dir"));
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final int patients = o.integer("patients", 1, 4);
        if (patients > 1000) {
            throw CliException.usage("option --patients must be between 1 and 1000, got " + o.get("patients"));
        }
        final List<Protocol> protocols = new ArrayList<>();
        for (final String p : o.list("protocols")) {
            protocols.add(switch (p.toLowerCase(Locale.ROOT)) {
                case "dwi" -> Protocol.DWI;
                case "t2" -> Protocol.T2_MULTI_ECHO;
                case "t2star" -> Protocol.T2STAR_MULTI_ECHO;
                case "t1-ir" -> Protocol.T1_INVERSION_RECOVERY;
                case "t1-vfa" -> Protocol.T1_VFA;
                default -> throw CliException.usage("unknown protocol '" + p + "': use " + String.join(", ", PROTOCOLS));
            });
        }
        final long seed;
        try {
            seed = Long.parseLong(o.get("seed"));
        } catch (final NumberFormatException e) {
            throw CliException.usage("option --seed needs a whole number, got '" + o.get("seed") + "'");
        }
        final Path dir = o.outputFolder("out-dir");
        final Identifiers ids = IdentifierOptions.parse(o, dir);
        final ResultTable manifest;
        try {
            manifest = SyntheticMrCohort.write(dir, patients, protocols, seed, new PixelMedToolkit());
        } catch (final IOException e) {
            throw CliException.data("cannot write the cohort into " + dir + ": " + e.getMessage());
        }
        CsvTableWriter.write(written(manifest, ids), dir.resolve("manifest.csv"), out);
        err.println(manifest.rows().size() + " series written to " + dir.toAbsolutePath());
    }

    /** @return the manifest with its identifiers (and the identifiers in its paths) as {@code ids} writes them */
    static ResultTable written(final ResultTable manifest, final Identifiers ids) {
        final List<String> names = manifest.columnNames();
        final int patient = names.indexOf("patient_id");
        final int series = names.indexOf("series_uid");
        manifest.rows().forEach(r -> {
            ids.patientId((String) r.get(patient));
            ids.seriesUid((String) r.get(series));
        });
        final ResultTable.Builder b = ResultTable.builder(manifest.columns().toArray(ResultTable.Column[]::new));
        for (final List<Object> r : manifest.rows()) {
            final Object[] cells = r.toArray();
            for (int c = 0; c < cells.length; c++) {
                if (c == patient) {
                    cells[c] = ids.patientId((String) cells[c]);
                } else if (c == series) {
                    cells[c] = ids.seriesUid((String) cells[c]);
                } else if (cells[c] instanceof String text) {
                    cells[c] = ids.text(text);
                }
            }
            b.row(cells);
        }
        return b.build();
    }
}
