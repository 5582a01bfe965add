/**
 * Image filters producing response maps on a block of voxels ({@link org.qmrinodes.core.image.filter.ImageBlock}):
 * the undecimated (stationary) wavelet transform with PyWavelets' filter banks
 * ({@link org.qmrinodes.core.image.filter.StationaryWavelet}, {@link org.qmrinodes.core.image.filter.Wavelet})
 * and the Laplacian of Gaussian by Deriche's recursive approximation as ITK computes it
 * ({@link org.qmrinodes.core.image.filter.RecursiveGaussian},
 * {@link org.qmrinodes.core.image.filter.LaplacianOfGaussian}).
 */
package org.qmrinodes.core.image.filter;
