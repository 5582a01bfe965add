/**
 * Image filters producing response maps on a block of voxels ({@link org.qmrinodes.core.image.filter.ImageBlock}):
 * the undecimated (stationary) wavelet transform with PyWavelets' filter banks
 * ({@link org.qmrinodes.core.image.filter.StationaryWavelet}, {@link org.qmrinodes.core.image.filter.Wavelet}),
 * the Laplacian of Gaussian by Deriche's recursive approximation as ITK computes it for PyRadiomics
 * ({@link org.qmrinodes.core.image.filter.RecursiveGaussian},
 * {@link org.qmrinodes.core.image.filter.LaplacianOfGaussian}), and single response maps with IBSI 2's
 * conventions, mean, truncated LoG and separable wavelets with any {@link org.qmrinodes.core.image.filter.Padding}
 * ({@link org.qmrinodes.core.image.filter.ResponseMap}, on {@link org.qmrinodes.core.image.filter.Convolution}).
 */
package org.qmrinodes.core.image.filter;
