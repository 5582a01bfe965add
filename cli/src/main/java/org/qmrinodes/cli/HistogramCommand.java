package org.qmrinodes.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.features.Discretisation;
import org.qmrinodes.core.features.HistogramFeatureSet;
import org.qmrinodes.core.features.HistogramFeatures;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.core.mask.MaskReader;

/** {@code qmri histogram}: VOI histogram features of a map within a mask. */
final class HistogramCommand implements Command {

    /** Bin count when neither --bins nor --bin-width is given. */
    static final int DEFAULT_BINS = 64;

    @Override
    public String name() {
        return "histogram";
    }

    @Override
    public String synopsis() {
        return "IBSI histogram features of a map within a VOI mask.";
    }

    @Override
    public String summary() {
        return """
            VOI histogram features (IBSI 1 definitions) of a 3D map within a mask, one row: voxels, mean, median,
            p05, p95, skewness, kurtosis (excess), entropy (bits over the discretised histogram), sd (sample),
            variance (population), min, max, p10, p25, p75, p90, iqr, uniformity, energy, mad (mean absolute
            deviation), excluded_voxels (VOI voxels without a value: NaN in the map, or 0 in --valid).
            Percentiles interpolate linearly (R type 7, numpy's default). The mask is placed on the map's grid
            through patient coordinates: on another grid it is resampled by nearest neighbour (with a warning);
            mask voxels outside the map are an error.""";
    }

    @Override
    public Options options() {
        return new Options().required("image", "MAP", "the map (NIfTI-1, 3D)")
            .required("mask", "M", "the VOI mask (NIfTI, NRRD or DICOM SEG)")
            .optional("bins", "N", "discretise into N equal bins between the VOI minimum and maximum (default "
                + DEFAULT_BINS + " when no --bin-width)", null)
            .optional("bin-width", "W", "discretise into bins of width W", null)
            .optional("bin-lower", "X", "lower bound of the first bin for --bin-width (default: the VOI minimum)", null)
            .optional("label", "L", "use only mask voxels with this label (default: every non-zero label)", null)
            .optional("valid", "FIT_OK", "leave out (and count) VOI voxels where this image, on the map grid, is 0 "
                + "(e.g. fit_ok.nii.gz of qmri fit)", null)
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("image", "mask", "valid").outputs("out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final Discretisation discretisation = discretisation(o);
        final int label = o.integer("label", Integer.MIN_VALUE, 0);
        final Path imageFile = o.path("image");
        final Path maskFile = o.path("mask");
        try {
            final Volume image = Nifti.readVolume(imageFile);
            if (image.volumeCount() != 1) {
                throw new InvalidDataException(imageFile + ": the map has " + image.volumeCount()
                    + " volumes; histogram features need one 3D map");
            }
            final Geometry grid = image.geometry();
            final MaskMatching.Result matched = MaskMatching.match(MaskReader.read(maskFile), grid, label,
                maskFile.toString());
            matched.warnings().forEach(w -> err.println("warning: " + w));
            final float[] map = image.copyOfVolume(0);
            if (o.get("valid") != null) {
                invalidate(map, o.path("valid"), grid);
            }
            final HistogramFeatureSet features = HistogramFeatures.compute(map, matched.mask().nonZero(), discretisation,
                imageFile + " within " + maskFile + (label == 0 ? "" : " label " + label));
            CsvTableWriter.write(HistogramFeatures.table("", List.of(features)), o.output("out"), out);
        } catch (final InvalidDataException e) {
            throw CliException.data(e.getMessage());
        }
    }

    /** Sets the map to NaN where the validity image is 0, so that those voxels are excluded and counted. */
    private static void invalidate(final float[] map, final Path file, final Geometry grid) {
        final Volume valid = Nifti.readVolume(file);
        FitCommand.requireGrid(file, valid.geometry(), grid, "validity image");
        HistogramFeatures.excludeInvalid(map, valid.copyOfVolume(0));
    }

    private static Discretisation discretisation(final Options o) throws CliException {
        if (o.has("bins") && o.has("bin-width")) {
            throw CliException.usage("give --bins or --bin-width, not both");
        }
        if (o.has("bin-lower") && !o.has("bin-width")) {
            throw CliException.usage("--bin-lower goes with --bin-width");
        }
        if (o.has("bin-width")) {
            final double w = o.number("histogram", "bin-width");
            if (!(w > 0) || Double.isInfinite(w)) {
                throw CliException.usage("--bin-width must be a positive number, got " + o.get("bin-width"));
            }
            return Discretisation.fixedBinWidth(w, o.has("bin-lower") ? o.number("histogram", "bin-lower") : Double.NaN);
        }
        final int bins = o.integer("bins", 1, DEFAULT_BINS);
        if (bins > Discretisation.MAX_BINS) {
            throw CliException.usage("--bins must be at most " + Discretisation.MAX_BINS + ", got " + bins);
        }
        return Discretisation.fixedBinCount(bins);
    }
}
