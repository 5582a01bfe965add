package org.qmrinodes.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.features.radiomics.IbsiConventions;
import org.qmrinodes.core.features.radiomics.PyRadiomicsParameters;
import org.qmrinodes.core.features.radiomics.RadiomicsExtractor;
import org.qmrinodes.core.features.radiomics.RadiomicsFeature;
import org.qmrinodes.core.features.radiomics.RadiomicsPresets;
import org.qmrinodes.core.features.radiomics.RadiomicsSettings;
import org.qmrinodes.core.features.radiomics.RegionOfInterest;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.core.mask.MaskReader;

/** {@code qmri radiomics}: PyRadiomics-compatible features of an image within a mask label. */
final class RadiomicsCommand implements Command {

    @Override
    public String name() {
        return "radiomics";
    }

    private static final String IBSI_CONVENTIONS = "IBSI 1: fixed bin width from the region's minimum; excess kurtosis;"
        + " principal axes from the sample covariance; texture aggregated as the tags say; Original image";

    @Override
    public String synopsis() {
        return "PyRadiomics-compatible radiomics features of an image within a mask, PyRadiomics' names and order.";
    }

    @Override
    public String summary() {
        return """
            Radiomics features of an image (NIfTI-1 or NRRD, one 3D volume) within one label of a mask (NIfTI-1,
            NRRD, .seg.nrrd or DICOM SEG, on the image's grid), as PyRadiomics computes them. One row: image, mask,
            label, voxels (of the label), then one column per feature named as PyRadiomics names it
            (original_shape_MeshVolume, original_glcm_Idmn, square_firstorder_Mean, ...) in PyRadiomics' order.
            Settings come from a PyRadiomics parameter file (--params: setting, imageType, featureClass), a named
            preset (--preset), or PyRadiomics' defaults (Original image, every class but shape2D with its default
            features, binWidth 25, label 1). Resampling (resampledPixelSpacing, B-spline, linear or nearest), normalisation,
            resegmentation, binCount, distances, symmetricalGLCM and weightingNorm are applied as PyRadiomics
            applies them; what is not implemented (other interpolators, settings of their own for an image type)
            is refused by name rather than ignored. A LoG sigma too large for the cropped image stops the run
            (PyRadiomics skips that sigma). The features follow PyRadiomics' conventions; --ibsi follows IBSI 1's
            where the two differ and names the features by their IBSI tags with the aggregation
            (cm_joint_max_3D_avg; _3D_comb with a weightingNorm; _2_5D_avg and _2_5D_comb with force2D): fixed
            bin width bins from the region's minimum, excess kurtosis, principal axes from the sample covariance,
            asphericity; resampledPixelSpacing onto IBSI's centred grid (interpolator sitkLinear or
            sitkNearestNeighbor); LoG as IBSI 2's truncated, not scale-normalised kernel (features tagged
            log-sigma-<s>-mm-3D_<tag>); no wavelet or intensity filters and no voxel array shift (PyRadiomics'
            versions are not IBSI's; qmri filter gives IBSI 2's filters); the conventions are written into the
            row's ibsi_conventions column. Presets: %s.""".formatted(String.join(", ", presetNames()));
    }

    @Override
    public Options options() {
        return new Options().required("image", "IMG", "the image (NIfTI-1 or NRRD, one 3D volume)")
            .required("mask", "M", "the mask on the image's grid (NIfTI-1, NRRD, .seg.nrrd or DICOM SEG)")
            .optional("label", "L", "the mask label that is the region (default: the settings' label, PyRadiomics' 1)",
                null)
            .optional("params", "P.yaml", "PyRadiomics parameter file (default: PyRadiomics' defaults)", null)
            .optional("preset", "NAME", "a named configuration instead of --params: " + String.join(", ", presetNames()),
                null)
            .flag("ibsi", "IBSI 1 conventions and feature tags instead of PyRadiomics' (Original and LoG images)")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("image", "mask", "params").outputs("out");
    }

    /** @return the presets' short names: the part of each name before its colon, in lower case */
    private static List<String> presetNames() {
        return RadiomicsPresets.all().keySet().stream().map(RadiomicsCommand::shortName).sorted().toList();
    }

    private static String shortName(final String preset) {
        final int colon = preset.indexOf(':');
        return (colon < 0 ? preset : preset.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        RadiomicsSettings settings = settings(o);
        if (o.get("label") != null) {
            final int label = o.integer("label", Integer.MIN_VALUE, 1);
            settings = new RadiomicsSettings(settings.binWidth(), settings.voxelArrayShift(), label,
                settings.enabledFeatures(), settings.gldmA(), settings.force2D(), settings.force2Ddimension(),
                settings.imageTypes(), settings.otherSettings());
        }
        final Path imageFile = o.path("image");
        final Path maskFile = o.path("mask");
        final List<RadiomicsFeature> features;
        final List<IbsiConventions.IbsiFeature> ibsi;
        final int voxels;
        try {
            final Volume image = ImageFiles.read(o, "image");
            if (!Files.isRegularFile(maskFile)) {
                throw CliException.usage("input file not found: " + maskFile + " (--mask)");
            }
            final Mask mask = MaskReader.read(maskFile);
            requireSameGrid(imageFile, image.geometry(), maskFile, mask.geometry());
            if (o.has("ibsi")) {
                ibsi = IbsiConventions.extract(image, mask, maskFile.toString(), settings);
                features = List.of();
            } else {
                ibsi = null;
                features = RadiomicsExtractor.extract(image, mask, maskFile.toString(), settings,
                    note -> err.println("warning: " + note));
            }
            voxels = RegionOfInterest.crop(image, mask, settings.label(), maskFile.toString()).voxelCount();
        } catch (final InvalidDataException | UncheckedIOException e) {
            throw CliException.data(e.getMessage());
        } catch (final IllegalArgumentException e) {
            throw CliException.data((o.get("params") != null ? o.get("params") + ": "
                : o.get("preset") != null ? "preset " + o.get("preset") + ": " : "") + e.getMessage());
        }
        final List<ResultTable.Column> columns = new ArrayList<>(List.of(ResultTable.text("image"), ResultTable.text("mask"),
            ResultTable.integer("label"), ResultTable.integer("voxels")));
        final List<Object> row = new ArrayList<>(Arrays.asList(o.get("image"), o.get("mask"), settings.label(), voxels));
        for (final RadiomicsFeature f : features) {
            columns.add(ResultTable.real(f.name()));
            row.add(f.value());
        }
        if (ibsi != null) {
            columns.add(ResultTable.text("ibsi_conventions"));
            row.add(IBSI_CONVENTIONS);
            for (final IbsiConventions.IbsiFeature f : ibsi) {
                columns.add(ResultTable.real(f.tag()));
                row.add(f.value());
            }
        }
        CsvTableWriter.write(ResultTable.builder(columns.toArray(ResultTable.Column[]::new)).row(row.toArray()).build(),
            o.output("out"), out);
    }

    private static RadiomicsSettings settings(final Options o) throws CliException {
        if (o.get("params") != null && o.get("preset") != null) {
            throw CliException.usage("give --params or --preset, not both");
        }
        if (o.get("preset") != null) {
            final String wanted = o.get("preset").trim().toLowerCase(Locale.ROOT);
            for (final Map.Entry<String, RadiomicsSettings> p : RadiomicsPresets.all().entrySet()) {
                if (shortName(p.getKey()).equals(wanted) || p.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return p.getValue();
                }
            }
            throw CliException.usage("unknown --preset '" + o.get("preset") + "' (known: "
                + String.join(", ", presetNames()) + ")");
        }
        if (o.get("params") == null) {
            return RadiomicsSettings.defaults();
        }
        final Path file = o.path("params");
        if (!Files.isRegularFile(file)) {
            throw CliException.usage("input file not found: " + file + " (--params)");
        }
        try {
            return PyRadiomicsParameters.read(file);
        } catch (final InvalidDataException | UncheckedIOException e) {
            throw CliException.data(e.getMessage());
        }
    }

    /** PyRadiomics refuses a mask whose geometry is not the image's; so does this command, naming both. */
    private static void requireSameGrid(final Path imageFile, final Geometry image, final Path maskFile,
        final Geometry mask) {
        if (!mask.sameGrid(image, MaskMatching.SAME_GRID_MM)) {
            throw new InvalidDataException(maskFile + ": the mask grid (" + describe(mask) + ") is not the grid of the image "
                + imageFile + " (" + describe(image) + "); place the mask on the image's grid first");
        }
    }

    private static String describe(final Geometry g) {
        return g.columns() + "x" + g.rows() + "x" + g.slices() + " voxels, spacing " + vector(g.spacing(), " x ")
            + " mm, origin (" + vector(g.origin(), ", ") + ") mm";
    }

    private static String vector(final double[] v, final String separator) {
        final StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : separator).append(java.math.BigDecimal.valueOf(v[i]).round(new java.math.MathContext(6))
                .stripTrailingZeros().toPlainString());
        }
        return b.toString();
    }
}
