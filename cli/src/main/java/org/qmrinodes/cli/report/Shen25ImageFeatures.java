package org.qmrinodes.cli.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableReader;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.synthetic.Shen25FeatureCohort;
import org.qmrinodes.core.synthetic.Shen25LesionImages;

/**
 * The Shen25 histogram features from the lesions' DWI series, step by step as the workflow
 * {@code test-workflows/shen25-dki-histogram} extracts them (METHODS §3.1, §3.2, §4.1): per lesion the two-point
 * ADC (b = 0 and 800 s/mm²) and the DKI fit (all four b-values) inside the lesion mask ({@code qmri fit}), then
 * the histogram features of ADC, Dapp and Kapp over the mask's voxels where the DKI fit succeeded
 * ({@code qmri histogram --valid}, 64 bins).
 */
public final class Shen25ImageFeatures {

    /** The maps in the cohort's column order, with the model and the file {@code qmri fit} writes each to. */
    private static final String[][] MAPS = {{"ADC", "adc", "adc.nii.gz"}, {"Dapp", "dki", "dapp.nii.gz"},
        {"Kapp", "dki", "kapp.nii.gz"}};

    private Shen25ImageFeatures() {
    }

    /** @return the statistics of a map that the feature cohort has as columns ({@code <map>_<statistic>}) */
    private static List<String> statistics(final String map) {
        return Shen25FeatureCohort.featureNames().stream().filter(n -> n.startsWith(map + "_"))
            .map(n -> n.substring(map.length() + 1)).toList();
    }

    /**
     * @param dicom the folder of the lesions' DWI series, one folder per lesion named by its Patient ID (as
     *        {@link Shen25LesionImages#writeImages} writes them)
     * @param masks the mask table: {@link Shen25LesionImages#LESION_COLUMNS} and {@code mask_file} (its file name
     *        is looked up in {@code maskFolder})
     * @param maskFolder the folder of the mask files
     * @param work a folder for the maps (created)
     * @param err where the commands' warnings go
     * @return one row per lesion, in the mask table's order: the lesion columns and the nine features
     * @throws CliException when a step fails
     */
    public static ResultTable extract(final Path dicom, final Path masks, final Path maskFolder, final Path work,
        final PrintStream err) throws CliException {
        final StudySteps steps = new StudySteps("Shen25 image", err);
        final Path scan = work.resolve("scan.csv");
        steps.run(List.of("dicom-scan", "--dir", dicom.toString(), "--out", scan.toString()));
        final CsvTableReader series = CsvTableReader.read(scan, err);
        final List<String> patients = series.texts("patient_id");
        final List<String> uids = series.texts("series_uid");
        final Map<String, String> seriesOf = new HashMap<>();
        for (int r = 0; r < patients.size(); r++) {
            seriesOf.put(patients.get(r), uids.get(r));
        }
        final CsvTableReader lesions = CsvTableReader.read(masks, err);
        final Map<String, List<String>> cells = new HashMap<>();
        for (final String c : Shen25LesionImages.LESION_COLUMNS) {
            cells.put(c, lesions.texts(c));
        }
        final List<String> maskFiles = lesions.texts("mask_file");
        final List<ResultTable.Column> columns = new ArrayList<>();
        Shen25LesionImages.LESION_COLUMNS.forEach(c -> columns.add(ResultTable.text(c)));
        for (final String[] map : MAPS) {
            statistics(map[0]).forEach(f -> columns.add(ResultTable.real(map[0] + "_" + f)));
        }
        final ResultTable.Builder out = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        for (int r = 0; r < maskFiles.size(); r++) {
            final String id = cells.get("patient_id").get(r);
            final String file = maskFiles.get(r);
            final String mask = maskFolder.resolve(file.substring(file.lastIndexOf('/') + 1)).toString();
            final Path maps = work.resolve(id);
            try {
                java.nio.file.Files.createDirectories(maps);
            } catch (final java.io.IOException e) {
                throw CliException.data("cannot create " + maps + ": " + e.getMessage());
            }
            for (final String model : List.of("adc", "dki")) {
                steps.run(StudySteps.with(List.of("fit", "--dir", dicom.resolve(id).toString(), "--series",
                    seriesOf.get(id),
                    "--model", model, "--mask", mask, "--out-dir", maps.resolve(model).toString()),
                    model.equals("adc") ? List.of("--b-values", "0,800") : List.of()));
            }
            final List<Object> row = new ArrayList<>();
            for (final String c : Shen25LesionImages.LESION_COLUMNS) {
                row.add(cells.get(c).get(r));
            }
            for (final String[] map : MAPS) {
                final Path features = maps.resolve(map[0] + ".csv");
                steps.run(List.of("histogram", "--image", maps.resolve(map[1]).resolve(map[2]).toString(), "--mask",
                    mask, "--valid", maps.resolve("dki").resolve("fit_ok.nii.gz").toString(), "--out",
                    features.toString()));
                final CsvTableReader h = CsvTableReader.read(features, err);
                for (final String f : statistics(map[0])) {
                    row.add(h.numbers(f)[0]);
                }
            }
            out.row(row.toArray());
        }
        return out.build();
    }
}
