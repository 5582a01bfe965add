package org.qmrinodes.cli.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.qmrinodes.cli.CliException;
import org.qmrinodes.cli.CsvTableWriter;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.image.MapArithmetic;
import org.qmrinodes.core.image.Resampling;
import org.qmrinodes.core.image.SeriesPairing;
import org.qmrinodes.core.image.TimeIntensityCurve;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.stats.comparison.GroupSummary;
import org.qmrinodes.core.synthetic.DceCurveCohort;
import org.qmrinodes.core.synthetic.PrePostMapCohort;

/**
 * The demo report's section on derived images, as QIMS26 and Fr25 build them (METHODS §3.9–3.10) and
 * as the Series Pairing → Map Arithmetic and Time-Intensity Curve nodes do it: generated pre- and
 * post-contrast T1 maps on different grids are paired, the post map resampled onto the pre grid,
 * ΔT1 and the relative change computed inside the lesion; generated DCE series are typed I / II /
 * III. Every table is next to the published numbers and written as CSV.
 */
final class DerivedMapsSection {

    /** Lesion values of one pre/post pair, in the lesion mask on the pre grid. */
    private record Measured(String id, String group, double pre, double post, double delta, double reduction,
        double change, long resampledOutside) {
    }

    private DerivedMapsSection() {
    }

    static void write(final Path dir, final HtmlReport report, final PrintStream out) throws CliException {
        report.heading("Derived pre/post-contrast maps and DCE kinetics (QIMS26, Fr25)");
        report.paragraph("Generated cohorts (the data are simulated, not the papers' images): each lesion has a T1 map "
            + "before and after contrast, the post map acquired on another grid (28 x 28 x 4 voxels of 0.8 mm instead of "
            + "32 x 32 x 4 of 0.7 mm, shifted by a fraction of a voxel). As the Series Pairing and Map Arithmetic nodes "
            + "do, the post map is paired by patient and study and resampled onto the pre map's grid through patient "
            + "coordinates (trilinear), then \u0394T1 = pre \u2212 post and the relative change are computed voxel "
            + "by voxel inside the lesion mask and averaged over the lesion. The lesions' T1 values were drawn "
            + "and standardised to the published group means and SDs, so the tables show that pairing, resampling and "
            + "map arithmetic give the published numbers back; a relative change is a mean of per-lesion ratios, "
            + "which differs a little from the ratio of the group means.");
        qims26(dir, report, out);
        fr25(dir, report, out);
        tic(dir, report, out);
    }

    private static List<Measured> measure(final List<PrePostMapCohort.Lesion> lesions) {
        final List<Measured> out = new ArrayList<>();
        for (final PrePostMapCohort.Lesion l : lesions) {
            final SeriesPairing.Match match = SeriesPairing.match(
                List.of(new SeriesPairing.Identity(l.id() + " pre", l.id(), l.id(), "T1")),
                List.of(new SeriesPairing.Identity(l.id() + " post", l.id(), l.id(), "T1"))).matches().get(0);
            final SeriesPairing.Placed post = SeriesPairing.onFirstGrid(match, l.pre(), l.post(),
                Resampling.Interpolation.TRILINEAR, 0.01);
            final boolean[] lesion = l.lesion().nonZero();
            out.add(new Measured(l.id(), l.group(), mean(l.pre(), lesion), mean(post.secondOnFirstGrid(), lesion),
                derived(l.pre(), post, MapArithmetic.Operation.DIFFERENCE, lesion),
                derived(l.pre(), post, MapArithmetic.Operation.REDUCTION_RELATIVE_TO_PRE, lesion),
                derived(l.pre(), post, MapArithmetic.Operation.CHANGE_RELATIVE_TO_PRE, lesion), post.outsideVoxels()));
        }
        return out;
    }

    private static double derived(final Volume pre, final SeriesPairing.Placed post,
        final MapArithmetic.Operation operation, final boolean[] lesion) {
        return mean(MapArithmetic.apply(pre, post.secondOnFirstGrid(), operation, lesion).map(), lesion);
    }

    private static double mean(final Volume map, final boolean[] lesion) {
        return TimeIntensityCurve.roiMeans(map, lesion)[0];
    }

    private static ResultTable lesionTable(final List<Measured> measured) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("lesion"), ResultTable.text("her2_group"),
            ResultTable.real("T1_pre_ms"), ResultTable.real("T1_post_ms"), ResultTable.real("delta_T1_ms"),
            ResultTable.real("reduction_relative_to_pre"), ResultTable.real("change_relative_to_pre"));
        measured.forEach(m -> b.row(m.id(), m.group(), m.pre(), m.post(), m.delta(), m.reduction(), m.change()));
        return b.build();
    }

    private static void qims26(final Path dir, final HtmlReport report, final PrintStream out) throws CliException {
        final List<Measured> measured = measure(PrePostMapCohort.generate(PrePostMapCohort.QIMS26, "QIMS",
            PrePostMapCohort.DEFAULT_SEED));
        CsvTableWriter.write(lesionTable(measured), dir.resolve("derived_maps_qims26.csv"), out);
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("measure"), ResultTable.text("her2_group"),
            ResultTable.integer("n"), ResultTable.text("synthetic_mean_sd"), ResultTable.text("published_mean_sd"));
        final String[][] published = {{"1,903.4 \u00b1 373.6", "462.3 \u00b1 126.8", "1,441.2 \u00b1 400.4",
            "0.747 \u00b1 0.085"}, {"1,788.6 \u00b1 296.9", "580.9 \u00b1 158.2", "1,207.7 \u00b1 294.5",
            "0.669 \u00b1 0.093"}};
        final List<String> measures = List.of("T1_pre (ms)", "T1_post (ms)", "\u0394T1 = pre \u2212 post (ms)",
            "\u0394T1_pre = (pre \u2212 post) / pre");
        final List<ToDoubleFunction<Measured>> values = List.of(Measured::pre, Measured::post, Measured::delta,
            Measured::reduction);
        for (int v = 0; v < measures.size(); v++) {
            for (int g = 0; g < PrePostMapCohort.QIMS26.size(); g++) {
                final String group = PrePostMapCohort.QIMS26.get(g).label();
                final GroupSummary s = summary(measured, group, values.get(v));
                b.row(measures.get(v), group, s.n(), meanSd(s, v == 3 ? 3 : 1), published[g][v]);
            }
        }
        final ResultTable table = b.build();
        CsvTableWriter.write(table, dir.resolve("derived_maps_qims26_summary.csv"), out);
        report.subheading("QIMS26: \u0394T1 and the relative T1 reduction");
        report.paragraph(measured.size() + " lesions (HER2-low 72, HER2-positive 86; HER2-zero has no printed "
            + "post-contrast values). The lesion values are means of the derived maps within the mask, after the post "
            + "map was resampled onto the pre map's grid (" + measured.stream().mapToLong(Measured::resampledOutside)
                .sum() + " voxels of the pre grids outside a post map's field of view).");
        report.table(table, List.of("measure", "her2_group", "n", "synthetic_mean_sd", "published_mean_sd"));
        report.links("CSV:", "per lesion", "derived_maps_qims26.csv", "summary", "derived_maps_qims26_summary.csv");
    }

    private static void fr25(final Path dir, final HtmlReport report, final PrintStream out) throws CliException {
        final List<Measured> measured = measure(PrePostMapCohort.generate(PrePostMapCohort.FR25, "FR25",
            PrePostMapCohort.DEFAULT_SEED + 1));
        CsvTableWriter.write(lesionTable(measured), dir.resolve("derived_maps_fr25.csv"), out);
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("her2_group"), ResultTable.integer("n"),
            ResultTable.text("pre_minus_gd_over_pre"), ResultTable.text("gd_minus_pre_over_pre"),
            ResultTable.text("published_T1_delta"));
        final String[] published = {"0.66 (0.59, 0.67)", "0.62 (0.57, 0.70)", "0.62 (0.57, 0.65)"};
        for (int g = 0; g < PrePostMapCohort.FR25.size(); g++) {
            final String group = PrePostMapCohort.FR25.get(g).label();
            final GroupSummary reduction = summary(measured, group, Measured::reduction);
            b.row(group, reduction.n(), medianIqr(reduction), medianIqr(summary(measured, group, Measured::change)),
                published[g]);
        }
        final ResultTable table = b.build();
        CsvTableWriter.write(table, dir.resolve("derived_maps_fr25_summary.csv"), out);
        report.subheading("Fr25: relative T1 change, both sign conventions");
        report.paragraph(measured.size() + " lesions (HER2-zero 34, HER2-low 55, HER2-positive 49). Fr25 writes the "
            + "relative change as (Gd \u2212 pre) / pre but prints positive values for T1 (METHODS \u00a73.9): the "
            + "printed medians follow (pre \u2212 Gd) / pre, the Map Arithmetic node's reduction-relative-to-pre. "
            + "Both conventions are shown, as median (Q1, Q3); values are fractions although the paper labels them %.");
        report.table(table, List.of("her2_group", "n", "pre_minus_gd_over_pre", "gd_minus_pre_over_pre",
            "published_T1_delta"));
        report.links("CSV:", "per lesion", "derived_maps_fr25.csv", "summary", "derived_maps_fr25_summary.csv");
    }

    private static void tic(final Path dir, final HtmlReport report, final PrintStream out) throws CliException {
        final List<DceCurveCohort.Lesion> lesions = DceCurveCohort.fr25(DceCurveCohort.DEFAULT_SEED);
        final ResultTable.Builder perLesion = ResultTable.builder(ResultTable.text("lesion"),
            ResultTable.text("her2_group"), ResultTable.text("generated_type"), ResultTable.text("tic_type"),
            ResultTable.real("peak_s"), ResultTable.real("change"), ResultTable.real("initial_enhancement"));
        final int[][] typed = new int[DceCurveCohort.GROUPS.size()][3];
        int agree = 0;
        for (final DceCurveCohort.Lesion l : lesions) {
            final double[] curve = TimeIntensityCurve.roiMeans(l.series(), l.roi().nonZero());
            final TimeIntensityCurve.Classification c = TimeIntensityCurve.classify(DceCurveCohort.PHASE_SECONDS, curve,
                120, 0.10);
            typed[DceCurveCohort.GROUPS.indexOf(l.group())][c.type().ordinal()]++;
            agree += c.type() == l.type() ? 1 : 0;
            perLesion.row(l.id(), l.group(), l.type().label(), c.type().label(), c.peakSeconds(), c.change(),
                c.initialEnhancement());
        }
        CsvTableWriter.write(perLesion.build(), dir.resolve("tic_fr25.csv"), out);
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("her2_group"), ResultTable.integer("n"),
            ResultTable.text("typed_I_II_III"), ResultTable.text("published_I_II_III"));
        for (int g = 0; g < typed.length; g++) {
            b.row(DceCurveCohort.GROUPS.get(g), Arrays.stream(typed[g]).sum(), counts(typed[g]),
                counts(DceCurveCohort.FR25_TYPE_COUNTS[g]));
        }
        final ResultTable table = b.build();
        CsvTableWriter.write(table, dir.resolve("tic_fr25_summary.csv"), out);
        report.subheading("Fr25: time-intensity curve types");
        report.paragraph(lesions.size() + " generated DCE series (pre-contrast and six post-contrast phases at 60\u2013360 "
            + "s) with curves made persistent, plateau or washout in Fr25's Table 2 proportions. As the Time-Intensity "
            + "Curve node does, the lesion ROI's mean signal per phase is typed by the change from the early peak "
            + "(within 120 s) to the last phase with a \u00b110 % plateau band: " + agree + " of " + lesions.size()
            + " curves get the type they were made with.");
        report.table(table, List.of("her2_group", "n", "typed_I_II_III", "published_I_II_III"));
        report.links("CSV:", "per lesion", "tic_fr25.csv", "summary", "tic_fr25_summary.csv");
    }

    private static GroupSummary summary(final List<Measured> measured, final String group,
        final ToDoubleFunction<Measured> value) {
        return GroupSummary.of(group, measured.stream().filter(m -> m.group().equals(group)).mapToDouble(value)
            .filter(Double::isFinite).toArray());
    }

    private static String meanSd(final GroupSummary s, final int decimals) {
        final String f = "%,." + decimals + "f \u00b1 %,." + decimals + "f";
        return String.format(Locale.ROOT, f, s.mean(), s.sd());
    }

    private static String medianIqr(final GroupSummary s) {
        return String.format(Locale.ROOT, "%.2f (%.2f, %.2f)", s.median(), s.q1(), s.q3());
    }

    private static String counts(final int[] c) {
        return c[0] + " / " + c[1] + " / " + c[2];
    }
}
