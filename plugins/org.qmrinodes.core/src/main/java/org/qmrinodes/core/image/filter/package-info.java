/**
 * Image filters producing response maps on a block of voxels ({@link org.qmrinodes.core.image.filter.ImageBlock}):
 * the undecimated (stationary) wavelet transform with PyWavelets' filter banks
 * ({@link org.qmrinodes.core.image.filter.StationaryWavelet}, {@link org.qmrinodes.core.image.filter.Wavelet}).
 */
package org.qmrinodes.core.image.filter;
