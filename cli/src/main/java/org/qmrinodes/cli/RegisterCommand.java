package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Resampling;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.image.registration.RigidRegistration;
import org.qmrinodes.core.image.registration.RigidTransform;

/** {@code qmri register}: rigid (6 degrees of freedom) registration of a moving image to a fixed one. */
final class RegisterCommand implements Command {

    private static final String[] AXES = {"x", "y", "z"};

    @Override
    public String name() {
        return "register";
    }

    @Override
    public String synopsis() {
        return "Rigid registration of a moving image to a fixed one: registered volume, ITK transform, 4x4 matrix.";
    }

    @Override
    public String summary() {
        final RigidRegistration.Settings d = RigidRegistration.Settings.defaults();
        return """
            Registers the moving image to the fixed one with a rigid transform (3 rotations, 3 translations; ITK's
            Euler3DTransform centred on the fixed grid's centre, started from the translation that aligns the two
            grids' centres), over a multi-resolution pyramid, by Mattes mutual information (images of different
            contrast) or normalised correlation (the same contrast), optimised by BOBYQA. Images are NIfTI-1 or
            NRRD; the fixed image's first volume is the reference, every volume of the moving image is resampled.
            Writes the moving image on the fixed grid (--out, float32 NIfTI), optionally the transform as an ITK
            transform file (--transform, readable by ITK/SimpleITK/3D Slicer) and as a 4x4 matrix (--matrix, CSV
            columns c1..c4, row major). Both map points of the fixed image (LPS mm) to the moving image, as ITK's
            registration transforms do. Prints one row: metric, angle_x/y/z (degrees), translation_x/y/z and
            centre_x/y/z (mm), metric_value (at the solution, negative: -MI or -correlation squared), evaluations,
            levels, samples (most fixed voxels per level), seed, interpolation. Images that do not overlap in
            patient coordinates, constant images and images with fewer than 1000 voxels with a value are refused.
            Defaults: %s, %d levels, %d bins, %d samples, seed %d."""
            .formatted(metricName(d.metric()), d.levels(), d.histogramBins(), d.maxSamples(), d.seed());
    }

    @Override
    public Options options() {
        final RigidRegistration.Settings d = RigidRegistration.Settings.defaults();
        return new Options().required("fixed", "F.nii.gz", "the reference image (NIfTI-1 or NRRD)")
            .required("moving", "M.nii.gz", "the image to align to it")
            .required("out", "REGISTERED.nii.gz", "the moving image resampled onto the fixed grid")
            .optional("transform", "T.tfm", "write the transform (fixed -> moving) as an ITK transform file", null)
            .optional("matrix", "M.csv", "write the transform as a 4x4 homogeneous matrix (LPS mm), CSV", null)
            .optional("metric", "mattes|correlation", "similarity measure", metricName(d.metric()))
            .optional("levels", "N", "resolution levels, 1-6 (1 = full resolution only)", Integer.toString(d.levels()))
            .optional("bins", "N", "Mattes histogram bins per image, at least 8", Integer.toString(d.histogramBins()))
            .optional("samples", "N", "most fixed voxels sampled per level, at least 1000", Integer.toString(d.maxSamples()))
            .optional("seed", "N", "seed of the voxel sample", Long.toString(d.seed()))
            .optional("interpolation", "linear|nearest", "interpolation of the registered output volume", "linear")
            .optional("summary-out", "FILE", "write the summary row here instead of standard output", null)
            .inputs("fixed", "moving").outputs("out", "transform", "matrix", "summary-out");
    }

    private static String metricName(final RigidRegistration.Metric m) {
        return m == RigidRegistration.Metric.CORRELATION ? "correlation" : "mattes";
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final RigidRegistration.Settings settings = settings(o);
        final Path fixedFile = o.path("fixed");
        final Path movingFile = o.path("moving");
        final RigidRegistration.Result result;
        try {
            final Volume fixed = ImageFiles.read(o, "fixed");
            final Volume moving = ImageFiles.read(o, "moving");
            if (fixed.volumeCount() > 1) {
                err.println("warning: " + fixedFile + " has " + fixed.volumeCount()
                    + " volumes; the first is the reference");
            }
            try {
                result = RigidRegistration.register(fixed, moving, settings, RigidRegistration.Progress.NONE);
            } catch (final InvalidDataException e) {
                throw new InvalidDataException("registering " + movingFile + " to " + fixedFile + ": " + e.getMessage());
            }
        } catch (final InvalidDataException e) {
            throw CliException.data(e.getMessage());
        }
        final Volume registered = result.registered();
        final List<float[]> volumes = new ArrayList<>();
        for (int v = 0; v < registered.volumeCount(); v++) {
            volumes.add(registered.copyOfVolume(v));
        }
        final RigidTransform t = result.transform();
        write(o.output("out"), () -> Nifti.write(o.path("out"), registered.geometry(), volumes));
        if (o.get("transform") != null) {
            write(o.output("transform"), () -> Files.writeString(o.path("transform"), t.itkText(), StandardCharsets.UTF_8));
        }
        if (o.get("matrix") != null) {
            CsvTableWriter.write(matrix(t), o.output("matrix"), out);
        }
        CsvTableWriter.write(summary(o, settings, result), o.output("summary-out"), out);
    }

    private static RigidRegistration.Settings settings(final Options o) throws CliException {
        final RigidRegistration.Metric metric = o.choice("register", "metric", "mattes", "correlation").equals("mattes")
            ? RigidRegistration.Metric.MATTES_MUTUAL_INFORMATION : RigidRegistration.Metric.CORRELATION;
        final int levels = o.integer("levels", 1, 3);
        if (levels > 6) {
            throw CliException.usage("option --levels must be at most 6, got " + levels);
        }
        final int bins = o.integer("bins", 8, 50);
        final int samples = o.integer("samples", 1000, 100_000);
        final long seed;
        try {
            seed = Long.parseLong(o.get("seed").trim());
        } catch (final NumberFormatException e) {
            throw CliException.usage("option --seed needs a whole number, got '" + o.get("seed") + "'");
        }
        final Resampling.Interpolation interpolation = o.choice("register", "interpolation", "linear", "nearest")
            .equals("linear") ? Resampling.Interpolation.TRILINEAR : Resampling.Interpolation.NEAREST;
        return new RigidRegistration.Settings(metric, levels, bins, samples, seed, interpolation);
    }


    private static ResultTable matrix(final RigidTransform t) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.real("c1"), ResultTable.real("c2"),
            ResultTable.real("c3"), ResultTable.real("c4"));
        for (final double[] row : t.matrix()) {
            b.row(row[0], row[1], row[2], row[3]);
        }
        return b.build();
    }

    private static ResultTable summary(final Options o, final RigidRegistration.Settings s,
        final RigidRegistration.Result r) {
        final RigidTransform t = r.transform();
        final double[] tr = t.translation();
        final double[] c = t.centre();
        return ResultTable.builder(ResultTable.text("metric"), ResultTable.real("angle_x"), ResultTable.real("angle_y"),
            ResultTable.real("angle_z"), ResultTable.real("translation_x"), ResultTable.real("translation_y"),
            ResultTable.real("translation_z"), ResultTable.real("centre_x"), ResultTable.real("centre_y"),
            ResultTable.real("centre_z"), ResultTable.real("metric_value"), ResultTable.integer("evaluations"),
            ResultTable.integer("levels"), ResultTable.integer("samples"), ResultTable.text("seed"),
            ResultTable.text("interpolation"))
            .row(metricName(s.metric()), Math.toDegrees(t.angleX()), Math.toDegrees(t.angleY()), Math.toDegrees(t.angleZ()),
                tr[0], tr[1], tr[2], c[0], c[1], c[2], r.metricValue(), r.evaluations(), s.levels(), s.maxSamples(),
                Long.toString(s.seed()), o.get("interpolation").toLowerCase(Locale.ROOT))
            .build();
    }

    /** Writing one output file. */
    @FunctionalInterface
    private interface Writing {
        void write() throws IOException;
    }

    private static void write(final Path target, final Writing writing) throws CliException {
        try {
            writing.write();
        } catch (final IOException e) {
            throw CliException.data("cannot write " + target + ": " + e.getMessage());
        }
    }
}
