package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.synthetic.Fr24LesionCohort;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.synthetic.Shen25LesionImages;

/**
 * {@code qmri generate-images}: the image-level synthetic cohort of a study as DICOM series, NIfTI masks and the
 * mask tables its workflow reads, the same files the build writes into the workflow.
 */
final class GenerateImagesCommand implements Command {

    private static final List<String> STUDIES = List.of("fr24", "shen25");

    /** The mask file prefix the study workflows read ({@code data/masks/} inside the workflow). */
    static final String WORKFLOW_MASKS = "knime://knime.workflow/data/masks/";

    @Override
    public String name() {
        return "generate-images";
    }

    @Override
    public String synopsis() {
        return "Writes a study's image-level synthetic cohort: DICOM series, lesion masks and mask tables.";
    }

    @Override
    public String summary() {
        return """
            Writes the image-level synthetic cohort of a study into --out-dir, as the build writes it into the study's
            workflow (test-workflows/<workflow>/data): dicom/<lesion>/ one DICOM series per lesion, masks/ the lesion
            masks (NIfTI-1, label 1) and the mask tables, one row per mask with the lesion's columns and mask_file
            (the prefix --mask-prefix, then the file name). --study fr24: 118 lesions, seven-phase DCE series (the
            features come from phase 2), both readers' masks of 16 lesions; fr24_masks_training.csv,
            fr24_masks_test.csv, fr24_masks_two_readers.csv (patient_id, reader, her2_status, set, tic, mask_file).
            --study shen25: 232 lesions, DWI at b = 0, 800, 1400, 2000 s/mm2 with D and K drawn after the Shen25
            feature cohort; shen25_masks.csv (patient_id, her2_status, lesion_type, low_vs_over, low_vs_zero,
            mask_file). The same seed gives the same bytes; the DICOM files hold synthetic identifiers and UIDs.""";
    }

    @Override
    public Options options() {
        return new Options().required("study", String.join("|", STUDIES), "the study")
            .required("out-dir", "DIR", "folder to write into (created if missing; its parent must exist)")
            .optional("mask-prefix", "P", "what precedes each mask file name in mask_file (default: the workflow's "
                + "data/masks/ as a knime:// URL)", WORKFLOW_MASKS)
            .optional("seed", "N", "random seed of the images (default: the study workflow's)", null)
            .outputFolders("out-dir");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final String study = o.get("study").toLowerCase(Locale.ROOT);
        if (!STUDIES.contains(study)) {
            throw CliException.usage("unknown study '" + o.get("study") + "': use " + String.join(", ", STUDIES));
        }
        final long seed;
        try {
            seed = o.get("seed") == null ? study.equals("fr24") ? Fr24LesionCohort.DEFAULT_SEED
                : Shen25LesionImages.DEFAULT_SEED : Long.parseLong(o.get("seed"));
        } catch (final NumberFormatException e) {
            throw CliException.usage("option --seed needs a whole number, got '" + o.get("seed") + "'");
        }
        final Path dir = o.outputFolder("out-dir");
        final String prefix = o.get("mask-prefix");
        final int lesions;
        try {
            if (study.equals("fr24")) {
                final List<Fr24LesionCohort.Lesion> cohort = Fr24LesionCohort.generate(seed);
                Fr24LesionCohort.writeImages(cohort, dir, new PixelMedToolkit());
                final Fr24LesionCohort.MaskTables tables = Fr24LesionCohort.maskTables(cohort, prefix);
                CsvTableWriter.write(tables.training(), dir.resolve("fr24_masks_training.csv"), out);
                CsvTableWriter.write(tables.test(), dir.resolve("fr24_masks_test.csv"), out);
                CsvTableWriter.write(tables.readers(), dir.resolve("fr24_masks_two_readers.csv"), out);
                lesions = cohort.size();
            } else {
                final List<Shen25LesionImages.Lesion> cohort = Shen25LesionImages.generate(
                    Shen25FeatureCohort.generate(Shen25FeatureCohort.DEFAULT_SEED), seed);
                Shen25LesionImages.writeImages(cohort, dir, new PixelMedToolkit());
                CsvTableWriter.write(Shen25LesionImages.maskTable(cohort, prefix), dir.resolve("shen25_masks.csv"), out);
                lesions = cohort.size();
            }
        } catch (final IOException e) {
            throw CliException.data("cannot write the images into " + dir + ": " + e.getMessage());
        }
        err.println(study + ": " + lesions + " lesions' series and masks written to " + dir.toAbsolutePath());
    }
}
