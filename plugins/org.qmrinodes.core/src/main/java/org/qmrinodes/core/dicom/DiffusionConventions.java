package org.qmrinodes.core.dicom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.qmrinodes.core.image.AcquisitionParameters;

/**
 * Series-level rules for diffusion images that one file alone cannot settle (dcm2niix follows the
 * same rules):
 * <ul>
 * <li><b>Missing b-value.</b> When some images of a series carry a b-value and others carry none
 * (Canon/Toshiba write no b-value element on their b = 0 images), the images without one are
 * b = 0 images; a note says how many were inferred.</li>
 * <li><b>Unmarked trace images.</b> A b &gt; 0 image with a zero gradient direction is a trace
 * (isotropic) image when directional images of the same b-value exist.</li>
 * </ul>
 * A b ≈ 0 image is never a trace image (see {@link DicomHeaders}).
 */
final class DiffusionConventions {

    private DiffusionConventions() {
    }

    /**
     * @param frames the frames of one series
     * @param notes where to add a note for each inference made
     * @return the frames with inferred b-values and trace flags
     */
    static List<FrameHeader> apply(final List<FrameHeader> frames, final List<String> notes) {
        int withB = 0;
        for (final FrameHeader f : frames) {
            if (!Double.isNaN(f.parameters().bValue())) {
                withB++;
            }
        }
        final boolean inferZero = withB > 0 && withB < frames.size();
        final Set<Double> directional = new HashSet<>();
        for (final FrameHeader f : frames) {
            if (f.gradient() != null && !isZero(f.gradient()) && f.parameters().bValue() >= DicomHeaders.ZERO_B) {
                directional.add(f.parameters().bValue());
            }
        }
        if (!inferZero && directional.isEmpty()) {
            return frames;
        }
        final List<FrameHeader> out = new ArrayList<>(frames.size());
        int inferred = 0;
        int traces = 0;
        for (final FrameHeader f : frames) {
            final AcquisitionParameters p = f.parameters();
            if (inferZero && Double.isNaN(p.bValue())) {
                out.add(with(f, new AcquisitionParameters(0, p.echoTime(), p.inversionTime(), p.flipAngle(),
                    p.repetitionTime(), p.temporalPosition(), false, p.acquisitionTime(), p.contrastStartTime())));
                inferred++;
            } else if (!p.isotropic() && p.bValue() >= DicomHeaders.ZERO_B && (f.gradient() == null || isZero(f.gradient()))
                && directional.contains(p.bValue())) {
                out.add(with(f, new AcquisitionParameters(p.bValue(), p.echoTime(), p.inversionTime(), p.flipAngle(),
                    p.repetitionTime(), p.temporalPosition(), true, p.acquisitionTime(), p.contrastStartTime())));
                traces++;
            } else {
                out.add(f);
            }
        }
        if (inferred > 0) {
            notes.add("b-value taken as 0 for " + inferred + " of " + frames.size() + " images that carry no b-value"
                + " while the series' other images do");
        }
        if (traces > 0) {
            notes.add(traces + " images with b > 0 and a zero gradient direction flagged as trace (isotropic) images");
        }
        return out;
    }

    private static boolean isZero(final double[] g) {
        return Math.abs(g[0]) + Math.abs(g[1]) + Math.abs(g[2]) < 1e-6;
    }

    private static FrameHeader with(final FrameHeader f, final AcquisitionParameters p) {
        return new FrameHeader(f.slice(), f.position(), f.orientation(), f.pixelSpacing(), f.rows(), f.columns(), p,
            f.gradient(), f.order(), f.thickness());
    }
}
