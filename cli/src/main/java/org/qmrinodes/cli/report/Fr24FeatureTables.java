package org.qmrinodes.cli.report;

import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.features.radiomics.RadiomicsExtractor;
import org.qmrinodes.core.features.radiomics.RadiomicsFeature;
import org.qmrinodes.core.features.radiomics.RadiomicsPresets;
import org.qmrinodes.core.features.radiomics.RadiomicsSettings;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.synthetic.Fr24LesionCohort;

/**
 * The feature tables of the generated Fr24 cohort ({@link Fr24LesionCohort}): the 960 features of the Fr24
 * preset of every lesion within its first reader's mask, and of the re-delineated lesions within both
 * readers' masks, as the Radiomics Features node computes them.
 */
public final class Fr24FeatureTables {

    /** The outcome column: HER2-low (the positive class of the paper's models) or HER2-zero. */
    public static final String OUTCOME = "her2_status";

    /**
     * The tables.
     *
     * @param all one row per lesion: patient_id, her2_status, set, tic, the features
     * @param training the rows of the training set
     * @param test the rows of the test set
     * @param readers one row per re-delineated lesion and reader: patient_id, reader, the features
     * @param features the feature names, PyRadiomics' names and order
     * @param masks the masks extracted
     * @param seconds the time the extraction took
     */
    public record Tables(ResultTable all, ResultTable training, ResultTable test, ResultTable readers,
        List<String> features, int masks, double seconds) {
    }

    /** One lesion's features for one mask. */
    private record Extracted(Fr24LesionCohort.Lesion lesion, List<RadiomicsFeature> features) {
    }

    private Fr24FeatureTables() {
    }

    /**
     * @param seed the cohort's seed
     * @return the feature tables of the cohort drawn with it (the lesions in parallel)
     */
    public static Tables extract(final long seed) {
        final List<Fr24LesionCohort.Lesion> lesions = Fr24LesionCohort.generate(seed);
        final RadiomicsSettings preset = RadiomicsPresets.named(RadiomicsPresets.FR24);
        final long start = System.nanoTime();
        final List<Extracted> first = lesions.parallelStream()
            .map(l -> new Extracted(l, extract(l.id() + " " + Fr24LesionCohort.READERS.get(0), l.reader1(), l, preset))).toList();
        final List<Extracted> second = lesions.parallelStream().filter(l -> l.reader2() != null)
            .map(l -> new Extracted(l, extract(l.id() + " " + Fr24LesionCohort.READERS.get(1), l.reader2(), l, preset))).toList();
        final double seconds = (System.nanoTime() - start) / 1e9;
        final List<String> names = first.get(0).features().stream().map(RadiomicsFeature::name).toList();
        return new Tables(featureTable(first, names, null), featureTable(first, names, "training"),
            featureTable(first, names, "test"), readerTable(first, second, names), names, first.size() + second.size(),
            seconds);
    }

    private static List<RadiomicsFeature> extract(final String name, final Mask mask, final Fr24LesionCohort.Lesion l,
        final RadiomicsSettings preset) {
        return RadiomicsExtractor.extract(l.image(), mask, name, preset);
    }

    /** @return one row per lesion (of {@code set}, or all when null): id, group, set, TIC, the features */
    private static ResultTable featureTable(final List<Extracted> rows, final List<String> names, final String set) {
        final List<ResultTable.Column> columns = new ArrayList<>(List.of(ResultTable.text("patient_id"),
            ResultTable.text(OUTCOME), ResultTable.text("set"), ResultTable.text("tic")));
        names.forEach(n -> columns.add(ResultTable.real(n)));
        final ResultTable.Builder table = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        for (final Extracted e : rows) {
            if (set == null || e.lesion().set().equals(set)) {
                final List<Object> row = new ArrayList<>(List.of(e.lesion().id(), e.lesion().group(), e.lesion().set(),
                    e.lesion().tic()));
                e.features().forEach(f -> row.add(f.value()));
                table.row(row.toArray());
            }
        }
        return table.build();
    }

    /** @return the long two-reader table of the re-delineated lesions: id, reader, the features */
    private static ResultTable readerTable(final List<Extracted> first, final List<Extracted> second,
        final List<String> names) {
        final List<ResultTable.Column> columns = new ArrayList<>(List.of(ResultTable.text("patient_id"),
            ResultTable.text("reader")));
        names.forEach(n -> columns.add(ResultTable.real(n)));
        final ResultTable.Builder table = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        for (final Extracted e : second) {
            for (final Extracted f : first) {
                if (f.lesion() == e.lesion()) {
                    table.row(readerRow(f, Fr24LesionCohort.READERS.get(0)));
                    table.row(readerRow(e, Fr24LesionCohort.READERS.get(1)));
                }
            }
        }
        return table.build();
    }

    private static Object[] readerRow(final Extracted e, final String reader) {
        final List<Object> row = new ArrayList<>(List.of(e.lesion().id(), reader));
        e.features().forEach(f -> row.add(f.value()));
        return row.toArray();
    }
}
