package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.image.filter.ImageBlock;
import org.qmrinodes.core.image.filter.Padding;
import org.qmrinodes.core.image.filter.ResponseMap;
import org.qmrinodes.core.image.filter.ResponseMap.Dimensions;
import org.qmrinodes.core.image.filter.Wavelet;

/** {@code qmri filter}: one response map of an image with IBSI 2's conventions (mean, LoG, separable wavelet). */
final class FilterCommand implements Command {

    private static final String[] FILTERS = {"log", "wavelet", "mean"};

    @Override
    public String name() {
        return "filter";
    }

    @Override
    public String synopsis() {
        return "One response map with IBSI 2 conventions: mean, Laplacian of Gaussian or undecimated wavelet.";
    }

    @Override
    public String summary() {
        return """
            Filters an image (NIfTI-1 or NRRD) on its voxel grid as the IBSI 2 reference manual defines the filters
            and writes the response map as float32 NIfTI on the image's grid, one map per volume of the image.
            mean: the average over M voxels along each axis (--support M, odd). log: the sampled, truncated and
            not scale-normalised Laplacian of Gaussian (--sigma in mm, converted to voxels per axis; --truncate t,
            the kernel reaching floor(t sigma + 0.5) voxels); this differs from the scale-normalised LoG image type of
            qmri radiomics. wavelet: one band of the undecimated (stationary) separable transform, the band's
            letters L (low-pass) or H (high-pass) along columns, rows and slices (two letters with --by-slice), the
            lower levels' low-pass filters applied first for --level above 1. --padding extends the image beyond its
            edges: constant (zeros), nearest (edge value repeated), wrap (periodic), reflect (mirror including the
            edge voxel, as scipy.ndimage calls it; IBSI's "mirror"). --by-slice filters every slice in 2D on its own;
            --rotation-invariant averages the responses over the 24 right-angle rotations of the grid (4 in-plane
            rotations with --by-slice). Voxels that are not finite are refused. Prints one row with the filter, its
            settings and the response's range.""";
    }

    @Override
    public Options options() {
        return new Options().required("image", "IMG", "the image (NIfTI-1 or NRRD)")
            .required("out", "MAP.nii.gz", "the response map, float32 NIfTI-1 on the image's grid")
            .required("filter", String.join("|", FILTERS), "the filter")
            .optional("sigma", "MM", "log: the Gaussian's sigma in mm (required for log)", null)
            .optional("truncate", "T", "log: the kernel's half-width in sigma", "4")
            .optional("support", "M", "mean: the filter's size in voxels along each axis, odd (required for mean)", null)
            .optional("wavelet", "NAME", "wavelet: the PyWavelets wavelet, e.g. coif1, db2, db3, haar", "coif1")
            .optional("band", "HHL", "wavelet: L or H along columns, rows and slices (two letters with --by-slice;"
                + " required for wavelet)", null)
            .optional("level", "N", "wavelet: the decomposition level", "1")
            .flag("rotation-invariant", "average the response over the right-angle rotations of the grid")
            .optional("padding", "constant|reflect|wrap|nearest",
                "the extension beyond the image's edges (also IBSI's names: zero, mirror, periodic)", "reflect")
            .flag("by-slice", "filter every slice in 2D, independently of the others")
            .optional("summary-out", "FILE", "write the summary row here instead of standard output", null)
            .inputs("image").outputs("out", "summary-out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final String filter = o.choice(name(), "filter", FILTERS);
        final Dimensions dimensions = o.has("by-slice") ? Dimensions.BY_SLICE : Dimensions.THREE_D;
        final Padding padding;
        try {
            padding = Padding.named(o.get("padding"));
        } catch (final IllegalArgumentException e) {
            throw CliException.usage("option --padding: " + e.getMessage());
        }
        final Configured configured = configure(filter, o, padding, dimensions);
        final UnaryOperator<ImageBlock> response = o.has("rotation-invariant")
            ? block -> ResponseMap.rotationInvariant(block, configured.filter(), dimensions) : configured.filter();
        final Path imageFile = o.path("image");
        final Volume image;
        try {
            image = ImageFiles.read(o, "image");
        } catch (final InvalidDataException e) {
            throw CliException.data(e.getMessage());
        }
        final List<float[]> maps = new ArrayList<>();
        double minimum = Double.POSITIVE_INFINITY;
        double maximum = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < image.volumeCount(); v++) {
            final ImageBlock block = ImageBlock.of(image, v);
            requireFinite(imageFile, block, v, image.volumeCount());
            final double[] values = filterVolume(response, block, configured, imageFile);
            final float[] map = new float[values.length];
            for (int n = 0; n < values.length; n++) {
                map[n] = (float) values[n];
                minimum = Math.min(minimum, values[n]);
                maximum = Math.max(maximum, values[n]);
            }
            maps.add(map);
        }
        final Path target = o.output("out");
        try {
            Nifti.write(target, image.geometry(), maps);
        } catch (final IOException e) {
            throw CliException.data("cannot write " + target + ": " + e.getMessage());
        }
        final ResultTable summary = ResultTable.builder(ResultTable.text("filter"), ResultTable.text("settings"),
            ResultTable.text("padding"), ResultTable.text("dimensions"), ResultTable.text("rotation_invariant"),
            ResultTable.integer("volumes"), ResultTable.integer("voxels"), ResultTable.real("minimum"),
            ResultTable.real("maximum"))
            .row(filter, configured.settings(), padding.name().toLowerCase(Locale.ROOT),
                dimensions == Dimensions.BY_SLICE ? "2D by slice" : "3D", o.has("rotation-invariant") ? "yes" : "no",
                image.volumeCount(), Math.toIntExact(image.geometry().voxelCount()), minimum, maximum)
            .build();
        CsvTableWriter.write(summary, o.output("summary-out"), out);
    }

    /** A filter bound to its settings, and those settings in words. */
    private record Configured(UnaryOperator<ImageBlock> filter, String settings) {
    }

    private static Configured configure(final String filter, final Options o, final Padding padding,
        final Dimensions dimensions) throws CliException {
        switch (filter) {
            case "log": {
                requireOption(o, "sigma", "log");
                final double sigma = o.number("filter", "sigma");
                final double truncate = o.number("filter", "truncate");
                if (!(sigma > 0) || !(truncate > 0)) {
                    throw CliException.usage("log needs a positive --sigma and --truncate, got " + sigma + " and " + truncate);
                }
                return new Configured(b -> ResponseMap.laplacianOfGaussian(b, sigma, truncate, padding, dimensions),
                    "sigma " + o.get("sigma") + " mm, truncate " + o.get("truncate"));
            }
            case "mean": {
                requireOption(o, "support", "mean");
                final int support = o.integer("support", 1, 0);
                if (support % 2 == 0) {
                    throw CliException.usage("option --support needs an odd number of voxels, got " + support);
                }
                return new Configured(b -> ResponseMap.mean(b, support, padding, dimensions), "support " + support + " voxels");
            }
            default: {
                requireOption(o, "band", "wavelet");
                final Wavelet wavelet;
                try {
                    wavelet = Wavelet.named(o.get("wavelet"));
                } catch (final IllegalArgumentException e) {
                    throw CliException.usage("option --wavelet: " + e.getMessage());
                }
                final String band = o.get("band").toUpperCase(Locale.ROOT);
                try {
                    ResponseMap.requireBand(band, dimensions);
                } catch (final IllegalArgumentException e) {
                    throw CliException.usage("option --band: " + e.getMessage());
                }
                final int level = o.integer("level", 1, 1);
                return new Configured(b -> ResponseMap.wavelet(b, wavelet, band, level, padding, dimensions),
                    wavelet.name() + " " + band + ", level " + level);
            }
        }
    }

    private static void requireOption(final Options o, final String option, final String filter) throws CliException {
        if (o.get(option) == null) {
            throw CliException.usage("--filter " + filter + " needs --" + option);
        }
    }

    private static void requireFinite(final Path file, final ImageBlock block, final int v, final int volumes)
        throws CliException {
        final double[] values = block.values();
        long bad = 0;
        for (final double x : values) {
            if (!Double.isFinite(x)) {
                bad++;
            }
        }
        if (bad > 0) {
            throw CliException.data(file + (volumes > 1 ? " (volume " + (v + 1) + " of " + volumes + ")" : "") + ": " + bad
                + " of " + values.length + " voxels are not finite; a filter would spread them over their"
                + " neighbourhood, so replace them first");
        }
    }

    private static double[] filterVolume(final UnaryOperator<ImageBlock> response, final ImageBlock block,
        final Configured configured, final Path file) throws CliException {
        try {
            return response.apply(block).values();
        } catch (final IllegalArgumentException e) {
            throw CliException.data(file + ": cannot apply " + configured.settings() + ": " + e.getMessage());
        }
    }
}
