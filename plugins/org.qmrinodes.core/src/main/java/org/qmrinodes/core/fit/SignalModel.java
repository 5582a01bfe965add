package org.qmrinodes.core.fit;

import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * A signal model that {@link SignalModelFit} fits voxel by voxel. The models are {@link
 * MonoExponentialDiffusion} (ADC), {@link KurtosisDiffusion} (DKI), {@link MonoExponentialDecay}
 * (T2, T2*), {@link InversionRecovery} (T1 by MOLLI / IR) and {@link VariableFlipAngle} (T1 by
 * DESPOT1); each class documents its formula.
 */
public abstract class SignalModel {

    SignalModel() {
    }

    /** @return short name, e.g. "DKI", used in messages and as the result's model name */
    public abstract String name();

    /** @return the signal formula as text */
    public abstract String formula();

    /** @return the acquisition parameter the model needs */
    public abstract Acquisition.Quantity quantity();

    /** @return names of the output maps besides S0, e.g. [Dapp, Kapp] */
    public abstract List<String> parameterNames();

    /** @return default bounds by parameter name (including "S0"); {@link FitOptions#withBound} overrides them */
    public abstract Map<String, Bound> defaultBounds();

    /** @return number of free parameters, hence the minimum number of distinct acquisition values */
    public abstract int freeParameters();

    /** @return whether {@code method} applies to this model */
    abstract boolean supports(FitMethod method);

    /** @return whether the signal must be strictly positive (the model takes its logarithm or divides by it) */
    boolean needsPositiveSignal() {
        return true;
    }

    /**
     * Checks per-voxel inputs of the model (e.g. a B1 map) against the number of voxels.
     *
     * @throws InvalidDataException if they do not match
     */
    void checkVoxels(final int voxels, final String series) {
        // no per-voxel inputs by default
    }

    /** @return sentences describing the model's conventions for the result metadata */
    abstract List<String> conventions(FitMethod method);

    /**
     * @param design the fitted acquisition values
     * @param method the method
     * @param bounds the bounds of every parameter named in {@link #defaultBounds()}
     * @param maxIterations NLLS iteration limit
     * @return a fitter for one worker thread
     */
    abstract VoxelFitter fitter(Design design, FitMethod method, Map<String, Bound> bounds, int maxIterations);
}
