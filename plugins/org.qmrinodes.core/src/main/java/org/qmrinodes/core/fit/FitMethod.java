package org.qmrinodes.core.fit;

/** How the model parameters of a voxel are estimated. */
public enum FitMethod {
    /**
     * Log-linear (or otherwise linearised) least squares: ordinary least squares on ln S (ADC, DKI,
     * T2, T2*) or on the linearised Ernst equation (VFA), each acquisition point weighted by the
     * number of images averaged into it.
     */
    LLS,
    /**
     * Weighted log-linear least squares with weights n·S² (n images averaged into the point, S its
     * measured mean signal), the usual choice in diffusion MRI (Veraart et al., NeuroImage 2013;
     * dipy's MSDKI uses the same weights). For the exponential models only.
     */
    WLLS,
    /**
     * Non-linear least squares on the signal itself (Levenberg–Marquardt with the parameters
     * projected onto their bounds), started from the WLLS result (LLS for VFA, a grid search for
     * inversion recovery).
     */
    NLLS
}
