/**
 * Voxel-wise signal-model fitting into parametric maps: ADC, DKI (apparent Dapp/Kapp), T2/T2*,
 * T1 by inversion recovery (MOLLI) and by variable flip angle. One entry point, {@link
 * org.qmrinodes.core.fit.SignalModelFit#fit}, takes plain arrays (one {@code float[]} of voxels per
 * acquisition point) so that any image model can feed it.
 */
package org.qmrinodes.core.fit;
