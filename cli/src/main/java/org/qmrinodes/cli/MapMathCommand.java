package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.image.MapArithmetic;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.core.mask.MaskReader;

/** {@code qmri map-math}: a voxel-wise combination of a pre- and a post-contrast map on the same grid. */
final class MapMathCommand implements Command {

    private static final List<String> OPERATIONS =
        List.of("difference", "reduction-relative-to-pre", "change-relative-to-pre", "subtraction");

    @Override
    public String name() {
        return "map-math";
    }

    @Override
    public String synopsis() {
        return "Voxel-wise pre/post map arithmetic: difference, relative reduction or change, subtraction.";
    }

    @Override
    public String summary() {
        return """
            Combines a pre-contrast and a post-contrast map (NIfTI-1, one 3D volume each, on the same grid)
            voxel by voxel: difference = pre - post (e.g. delta T1), reduction-relative-to-pre = (pre - post) / pre,
            change-relative-to-pre = (post - pre) / pre, subtraction = post - pre. Relative values are fractions,
            not percent. Voxels where an input is not finite, or the pre value is 0 for a relative operation, are
            NaN in the output and counted; so are voxels outside --mask. Writes the map as float32 NIfTI and prints
            one row with the operation, its formula and the voxel counts.""";
    }

    @Override
    public Options options() {
        return new Options().required("pre", "A.nii.gz", "the pre-contrast map")
            .required("post", "B.nii.gz", "the post-contrast map, on the pre map's grid")
            .required("operation", String.join("|", OPERATIONS), "what to compute")
            .optional("mask", "M", "compute only inside this mask (NIfTI, NRRD or DICOM SEG), placed on the pre map's grid",
                null)
            .optional("label", "L", "use only mask voxels with this label (default: every non-zero label)", null)
            .required("out", "OUT.nii.gz", "the derived map")
            .optional("counts-out", "FILE", "write the counts table here instead of standard output", null)
            .inputs("pre", "post", "mask").outputs("out", "counts-out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final String chosen = o.choice(name(), "operation", OPERATIONS.toArray(String[]::new));
        final MapArithmetic.Operation operation =
            MapArithmetic.Operation.valueOf(chosen.toUpperCase(Locale.ROOT).replace('-', '_'));
        final int label = o.integer("label", Integer.MIN_VALUE, 0);
        final Path preFile = o.path("pre");
        final Path postFile = o.path("post");
        final MapArithmetic.Result result;
        try {
            final Volume pre = single(preFile, Nifti.readVolume(preFile));
            final Volume post = single(postFile, Nifti.readVolume(postFile));
            FitCommand.requireGrid(postFile, post.geometry(), pre.geometry(), "post-contrast map");
            boolean[] mask = null;
            if (o.get("mask") != null) {
                final Path maskFile = o.path("mask");
                final MaskMatching.Result matched =
                    MaskMatching.match(MaskReader.read(maskFile), pre.geometry(), label, maskFile.toString());
                matched.warnings().forEach(w -> err.println("warning: " + w));
                mask = matched.mask().nonZero();
            }
            result = MapArithmetic.apply(pre, post, operation, mask);
        } catch (final InvalidDataException e) {
            throw CliException.data(e.getMessage());
        }
        final Path target = o.output("out");
        try {
            Nifti.write(target, result.map().geometry(), List.of(result.map().copyOfVolume(0)));
        } catch (final IOException e) {
            throw CliException.data("cannot write " + target + ": " + e.getMessage());
        }
        if (result.invalidInput() + result.zeroDenominator() > 0) {
            err.println("warning: " + result.invalidInput() + " voxels with a non-finite input and "
                + result.zeroDenominator() + " with a zero pre value were left out (NaN)");
        }
        final ResultTable counts = ResultTable.builder(ResultTable.text("operation"), ResultTable.text("formula"),
            ResultTable.integer("computed"), ResultTable.integer("invalid_input"), ResultTable.integer("zero_denominator"))
            .row(chosen, operation.formula(), Math.toIntExact(result.computed()), Math.toIntExact(result.invalidInput()),
                Math.toIntExact(result.zeroDenominator()))
            .build();
        CsvTableWriter.write(counts, o.output("counts-out"), out);
    }

    private static Volume single(final Path file, final Volume v) {
        if (v.volumeCount() != 1) {
            throw new InvalidDataException(file + ": the map has " + v.volumeCount() + " volumes; map-math needs one 3D map");
        }
        return v;
    }
}
