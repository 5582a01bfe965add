package org.qmrinodes.core.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * The maps of one fit, one value per voxel in the order of the input arrays. Immutable: every
 * accessor returns a copy.
 *
 * <p>Voxels that were not fitted or whose fit failed (status other than {@link
 * VoxelStatus#CONVERGED} and {@link VoxelStatus#HIT_BOUND}) hold 0 in every map, never NaN; use
 * {@link #fitOk()} (or the status) as the mask for later statistics.
 */
public final class FitResult {

    private final String model;
    private final FitMethod method;
    private final Map<String, float[]> maps;
    private final float[] s0;
    private final float[] r2;
    private final byte[] status;
    private final FitCounts counts;
    private final List<String> conventions;

    FitResult(final String model, final FitMethod method, final Map<String, float[]> maps, final float[] s0,
        final float[] r2, final byte[] status, final FitCounts counts, final List<String> conventions) {
        this.model = model;
        this.method = method;
        this.maps = new LinkedHashMap<>(maps);
        this.s0 = s0;
        this.r2 = r2;
        this.status = status;
        this.counts = counts;
        this.conventions = List.copyOf(conventions);
    }

    /** @return the model name, e.g. "DKI" */
    public String model() {
        return model;
    }

    /** @return the method used */
    public FitMethod method() {
        return method;
    }

    /** @return the parameter maps' names in output order, e.g. [Dapp, Kapp] (S0 is separate) */
    public List<String> parameterNames() {
        return List.copyOf(maps.keySet());
    }

    /**
     * @param name a parameter name from {@link #parameterNames()}
     * @return a copy of that map
     */
    public float[] map(final String name) {
        final float[] m = maps.get(name);
        if (m == null) {
            throw new InvalidDataException("model " + model + " has no parameter '" + name + "'; it has "
                + maps.keySet());
        }
        return m.clone();
    }

    /** @return a copy of the S0 map (signal at zero weighting; A for inversion recovery, M0 for VFA) */
    public float[] s0() {
        return s0.clone();
    }

    /**
     * @return a copy of the R² map: 1 − Σ(S − Ŝ)² / Σ(S − mean S)² over the (averaged) acquisition
     *         points on the signal scale; 1 for an exact fit of a constant signal, 0 where not fitted
     */
    public float[] r2() {
        return r2.clone();
    }

    /** @return 1 where the voxel's status is {@link VoxelStatus#CONVERGED}, else 0 */
    public byte[] fitOk() {
        final byte[] ok = new byte[status.length];
        final byte converged = VoxelStatus.CONVERGED.code();
        for (int i = 0; i < ok.length; i++) {
            ok[i] = status[i] == converged ? (byte) 1 : 0;
        }
        return ok;
    }

    /** @return a copy of the per-voxel {@link VoxelStatus#code()} */
    public byte[] statusCodes() {
        return status.clone();
    }

    /** @return the status of voxel {@code voxel} */
    public VoxelStatus status(final int voxel) {
        return VoxelStatus.of(status[voxel]);
    }

    /** @return voxel counts per status */
    public FitCounts counts() {
        return counts;
    }

    /**
     * @return the conventions used, one sentence each (units, averaging of equal acquisition values,
     *         bounds, weights, SNR noise level, Look-Locker correction), for the output metadata
     */
    public List<String> conventions() {
        return conventions;
    }
}
