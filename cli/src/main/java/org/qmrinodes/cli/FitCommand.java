package org.qmrinodes.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeries;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.dicom.DicomTables;
import org.qmrinodes.core.fit.Acquisition;
import org.qmrinodes.core.fit.FitMethod;
import org.qmrinodes.core.fit.FitOptions;
import org.qmrinodes.core.fit.FitResult;
import org.qmrinodes.core.fit.SignalModel;
import org.qmrinodes.core.fit.SeriesFit;
import org.qmrinodes.core.fit.SignalModelFit;
import org.qmrinodes.core.fit.SnrExclusion;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.core.mask.MaskReader;
import org.qmrinodes.core.privacy.IdentifierPolicy;
import org.qmrinodes.core.privacy.Identifiers;

/** {@code qmri fit}: parametric maps of one DICOM series as NIfTI-1 files. */
final class FitCommand implements Command {

    private static final String[] MODELS = SeriesFit.MODELS.toArray(String[]::new);

    private static final Pattern BOUND = Pattern.compile("([^\\s{=,]+)=Bound\\[lower=([^,\\]]+), upper=([^,\\]]+)\\]");

    /** Units of the fitted parameters (the others have none). */
    private static final Map<String, String> UNITS = Map.of("ADC", "mm\u00b2/s", "Dapp", "mm\u00b2/s", "T2", "ms",
        "T2*", "ms", "T1", "ms", "T1*", "ms");

    @Override
    public String name() {
        return "fit";
    }

    @Override
    public String synopsis() {
        return "Fits a signal model (ADC, DKI, T2, T2*, T1) voxel by voxel to one DICOM series and writes NIfTI maps.";
    }

    @Override
    public String summary() {
        return """
            Fits a signal model voxel by voxel to one DICOM series and writes NIfTI-1 maps (.nii.gz, float32)
            in the series' geometry into --out-dir: adc (mm2/s) | dapp (mm2/s), kapp | t2 | t2star | t1 (ms;
            t1-ir with MOLLI correction also t1star and ir_b), s0, r2 (R2 of the fit on the signal), fit_ok
            (1 where the fit converged inside the bounds) and fit_status (0 outside mask, 1 converged, 2 hit
            bound, 3 failed, 4 invalid signal, 5 low SNR). Voxels outside the mask are 0 in every map. The
            acquisition values come from the series (b-values, echo times, inversion times, flip angles and
            TR); images with equal values are averaged. Models: adc S0*exp(-b*ADC); dki
            S0*exp(-b*Dapp+b^2*Dapp^2*Kapp/6); t2/t2star S0*exp(-TE/T2); t1-ir |A-B*exp(-TI/T1*)| with the
            Look-Locker correction T1 = T1*(B/A-1) (or --ir-correction none); t1-vfa linearised Ernst
            equation (DESPOT1) with TR from the series. The conventions used are written to fit.txt. With
            --identifiers pseudonymise or drop, fit.txt, warnings and errors name the series by its pseudonym
            (or not at all) and paths relative to --dir.""";
    }

    @Override
    public Options options() {
        return IdentifierOptions.declare(new Options().required("dir", "D", "folder with the DICOM files (searched recursively)")
            .required("series", "UID", "Series Instance UID of the series to fit (with --identifiers pseudonymise also"
                + " its pseudonym SE-... as dicom-scan writes it)")
            .required("model", "MODEL", "adc|dki|t2|t2star|t1-ir|t1-vfa")
            .optional("mask", "M", "mask on the series grid (NIfTI, NRRD or DICOM SEG); only its voxels are fitted", null)
            .optional("label", "L", "fit only mask voxels with this label (default: every non-zero label)", null)
            .optional("method", "METHOD", "lls|wlls|nlls (default: wlls for adc/dki/t2/t2star, lls for t1-vfa, "
                + "nlls for t1-ir, the only method it has)", null)
            .required("out-dir", "O", "folder for the maps (created if missing; its parent must exist)")
            .optional("b-values", "LIST", "adc/dki: fit only these b-values, e.g. 0,800 for the two-point ADC", null)
            .optional("echo-times", "LIST", "t2/t2star: fit only these echo times (ms)", null)
            .optional("snr-threshold", "T", "t2/t2star: leave out voxels whose last echo has SNR = (S-Sb)/SD below T "
                + "(needs --noise-sd or --background)", null)
            .optional("noise-sd", "SD", "noise SD for --snr-threshold", null)
            .optional("background-mean", "SB", "background signal Sb for --snr-threshold with --noise-sd", "0")
            .optional("background", "M", "background region (mask on the series grid) in which Sb and SD are measured "
                + "for --snr-threshold", null)
            .optional("tr", "MS", "t1-vfa: repetition time in ms (default: from the series, which must have one TR)", null)
            .optional("b1", "MAP", "t1-vfa: relative B1 map (actual/nominal flip angle) on the series grid", null)
            .optional("ir-correction", "C", "t1-ir: molli (Look-Locker correction) or none", "molli")
            .optional("max-iterations", "N", "NLLS iteration limit per voxel", "100")
            .flag("fixed-s0", "dki: fix S0 to the measured (averaged) b = 0 signal and fit Dapp and Kapp on the other"
                + " b-values (LLS or WLLS; needs b = 0 and two other b-values)")
            .inputs("dir", "mask", "background", "b1").outputFolders("out-dir"));
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final String model = o.choice(name(), "model", MODELS);
        final FitMethod method = method(o, model);
        checkOptionsApply(o, model);
        final Path dir = o.path("dir");
        final Identifiers ids = IdentifierOptions.parse(o, dir);
        try {
            final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
            final DicomSeries series = find(reader.scan(dir), o.get("series"), dir, ids);
            final String uid = series.info().seriesUid();
            final Volume volume = reader.load(series);
            final Geometry grid = volume.geometry();
            final List<Integer> used = SeriesFit.usedVolumes(volume.parameters(), model);
            if (used.size() < volume.volumeCount()) {
                err.println("warning: series " + ids.text(uid) + ": " + (volume.volumeCount() - used.size())
                    + " isotropic (trace) volumes left out; the acquired directions are averaged instead");
            }
            final float[][] signals = SeriesFit.signals(volume, used);
            final List<AcquisitionParameters> params = used.stream().map(volume.parameters()::get).toList();
            final boolean[] mask = o.get("mask") == null ? null
                : onGrid(o.path("mask"), grid, o.integer("label", Integer.MIN_VALUE, 0), "mask");
            final SignalModel signalModel = signalModel(o, model, params, grid, uid);
            final Acquisition acquisition = SeriesFit.acquisition(model, uid, params);
            FitOptions options = FitOptions.defaults().withMaxIterations(o.integer("max-iterations", 1, 100));
            for (final String select : List.of("b-values", "echo-times")) {
                if (o.has(select)) {
                    options = options.selecting(numbers(o, select));
                }
            }
            if (o.get("snr-threshold") != null) {
                options = options.withSnrExclusion(snrRule(o, grid));
            }
            final FitResult result = SignalModelFit.fit(signalModel, method, acquisition, signals, mask, options);
            write(result, grid, o, ids);
            err.println("fit " + result.model() + " " + method + " of series " + ids.text(uid) + ": " + SeriesFit.counts(result));
        } catch (final InvalidDataException e) {
            throw CliException.data(ids.text(e.getMessage()));
        } catch (final IOException e) {
            throw CliException.data("cannot write the maps: " + e.getMessage());
        }
    }

    private static FitMethod method(final Options o, final String model) throws CliException {
        if (o.get("method") == null) {
            return SeriesFit.defaultMethod(model);
        }
        return FitMethod.valueOf(o.choice("fit", "method", "lls", "wlls", "nlls").toUpperCase(Locale.ROOT));
    }

    private static void checkOptionsApply(final Options o, final String model) throws CliException {
        final boolean diffusion = SeriesFit.isDiffusion(model);
        final boolean decay = SeriesFit.isDecay(model);
        final Object[][] rules = {{"b-values", diffusion}, {"echo-times", decay}, {"snr-threshold", decay},
            {"noise-sd", decay}, {"background", decay}, {"tr", model.equals("t1-vfa")}, {"b1", model.equals("t1-vfa")},
            {"ir-correction", model.equals("t1-ir")}, {"fixed-s0", model.equals("dki")}};
        for (final Object[] r : rules) {
            if (o.has((String) r[0]) && !(Boolean) r[1]) {
                throw CliException.usage("option --" + r[0] + " does not apply to model " + model);
            }
        }
        if (o.has("snr-threshold") && o.has("noise-sd") == o.has("background")) {
            throw CliException.usage("--snr-threshold needs either --noise-sd or --background");
        }
        if (!o.has("snr-threshold") && (o.has("noise-sd") || o.has("background") || o.has("background-mean"))) {
            throw CliException.usage("--noise-sd, --background-mean and --background go with --snr-threshold");
        }
        if (o.has("label") && !o.has("mask")) {
            throw CliException.usage("--label needs --mask");
        }
        o.choice("fit", "ir-correction", "molli", "none");
    }

    /**
     * @return the series whose UID is {@code uid}, or (pseudonymise) whose pseudonym is; every
     *         identifier of the scan is made known to {@code ids} first, so that messages name none
     */
    private static DicomSeries find(final DicomScan scan, final String uid, final Path dir, final Identifiers ids) {
        final List<String> written = scan.series().stream().map(s -> DicomTables.info(s.info(), ids).seriesUid()).toList();
        final boolean byPseudonym = ids.policy() == IdentifierPolicy.PSEUDONYMISE;
        for (int i = 0; i < written.size(); i++) {
            if (scan.series().get(i).info().seriesUid().equals(uid) || byPseudonym && written.get(i).equals(uid)) {
                return scan.series().get(i);
            }
        }
        throw new InvalidDataException("no series " + uid + " under " + dir + " (it holds "
            + (scan.series().isEmpty() ? "no DICOM series" : ids.policy() == IdentifierPolicy.DROP
                ? scan.series().size() + " series" : written.toString()) + ")");
    }

    private static SignalModel signalModel(final Options o, final String model, final List<AcquisitionParameters> params,
        final Geometry grid, final String uid) throws CliException {
        final boolean vfa = model.equals("t1-vfa");
        double tr = Double.NaN;
        if (vfa && o.get("tr") != null) {
            tr = o.number("fit", "tr");
        } else if (vfa) {
            try {
                tr = SeriesFit.repetitionTime(params, uid);
            } catch (final InvalidDataException e) {
                throw new InvalidDataException(e.getMessage() + " (give it with --tr)");
            }
        }
        return SeriesFit.signalModel(model, !o.get("ir-correction").equalsIgnoreCase("none"), tr,
            vfa && o.get("b1") != null ? scalarOnGrid(o.path("b1"), grid) : null, o.has("fixed-s0"));
    }

    private static SnrExclusion snrRule(final Options o, final Geometry grid) throws CliException {
        final double threshold = o.number("fit", "snr-threshold");
        if (o.get("background") != null) {
            return SnrExclusion.fromBackground(threshold, onGrid(o.path("background"), grid, 0, "background"));
        }
        final double sd = o.number("fit", "noise-sd");
        if (!(sd > 0) || Double.isInfinite(sd)) {
            throw CliException.usage("--noise-sd must be a positive number, got " + o.get("noise-sd"));
        }
        return SnrExclusion.withNoise(threshold, o.number("fit", "background-mean"), sd);
    }

    /** Reads a mask that must lie on the series grid (no resampling: the maps are written on that grid). */
    private static boolean[] onGrid(final Path file, final Geometry grid, final int label, final String what) {
        final Mask mask = MaskReader.read(file);
        requireGrid(file, mask.geometry(), grid, what);
        return MaskMatching.match(mask, grid, label, file.toString()).mask().nonZero();
    }

    private static float[] scalarOnGrid(final Path file, final Geometry grid) {
        final Volume v = Nifti.readVolume(file);
        requireGrid(file, v.geometry(), grid, "B1 map");
        return v.copyOfVolume(0);
    }

    static void requireGrid(final Path file, final Geometry actual, final Geometry grid, final String what) {
        if (!actual.sameGrid(grid, MaskMatching.SAME_GRID_MM)) {
            throw new InvalidDataException(file + ": the " + what + " grid " + actual.columns() + "x" + actual.rows() + "x"
                + actual.slices() + " is not the series grid " + grid.columns() + "x" + grid.rows() + "x" + grid.slices()
                + " (voxel centres differ by more than " + MaskMatching.SAME_GRID_MM + " mm); resample it onto the series first");
        }
    }

    private static double[] numbers(final Options o, final String option) throws CliException {
        final List<String> items = o.list(option);
        final double[] v = new double[items.size()];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = NumberSyntax.parse(items.get(i));
                if (!Double.isFinite(v[i])) {
                    throw new NumberFormatException();
                }
            } catch (final NumberFormatException e) {
                throw CliException.usage("option --" + option + " needs numbers, got '" + items.get(i) + "'");
            }
        }
        if (v.length == 0) {
            throw CliException.usage("option --" + option + " needs at least one number");
        }
        return v;
    }

    /**
     * @return the convention as lines of plain text: the bounds sentence, which lists the bounds as
     *     records, becomes one line per parameter such as "ADC bounds: 0 .. 0.01 mm²/s"
     */
    static List<String> readable(final String convention) {
        final Matcher m = BOUND.matcher(convention);
        if (!convention.startsWith("bounds: ") || !m.find()) {
            return List.of(convention);
        }
        final List<String> lines = new ArrayList<>();
        do {
            final String unit = UNITS.getOrDefault(m.group(1), "");
            lines.add(m.group(1) + " bounds: " + plain(m.group(2)) + " .. " + plain(m.group(3))
                + (unit.isEmpty() ? "" : " " + unit));
        } while (m.find());
        return lines;
    }

    private static String plain(final String number) {
        final double x = Double.parseDouble(number);
        if (Double.isInfinite(x)) {
            return x > 0 ? "\u221e" : "\u2212\u221e";
        }
        return new BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    /** @return the file name of a parameter map: ADC → adc, T2* → t2star, B (inversion recovery) → ir_b */
    static String fileName(final String parameter) {
        return parameter.equals("B") ? "ir_b" : parameter.toLowerCase(Locale.ROOT).replace("*", "star");
    }

    private static void write(final FitResult r, final Geometry grid, final Options o, final Identifiers ids)
        throws IOException, CliException {
        final Map<String, float[]> maps = new LinkedHashMap<>();
        for (final String p : r.parameterNames()) {
            maps.put(fileName(p) + ".nii.gz", r.map(p));
        }
        maps.put("s0.nii.gz", r.s0());
        maps.put("r2.nii.gz", r.r2());
        maps.put("fit_ok.nii.gz", SeriesFit.toFloat(r.fitOk()));
        maps.put("fit_status.nii.gz", SeriesFit.toFloat(r.statusCodes()));
        final Path text = o.outputFile("out-dir", "fit.txt");
        final Map<Path, float[]> files = new LinkedHashMap<>();
        for (final Map.Entry<String, float[]> m : maps.entrySet()) {
            files.put(o.outputFile("out-dir", m.getKey()), m.getValue());
        }
        for (final Map.Entry<Path, float[]> f : files.entrySet()) {
            Nifti.write(f.getKey(), grid, List.of(f.getValue()));
        }
        final List<String> lines = new ArrayList<>();
        r.conventions().forEach(c -> readable(c).forEach(line -> lines.add(ids.text(line))));
        lines.add("voxels: " + SeriesFit.counts(r));
        Files.write(text, lines);
    }
}
