/**
 * Images in patient space: {@link org.qmrinodes.core.image.Volume} (3D + a parameter axis, float
 * voxels, geometry, acquisition parameters per volume), {@link org.qmrinodes.core.image.Mask} (label
 * voxels on a grid) and {@link org.qmrinodes.core.image.Geometry} (the voxel grid in DICOM patient
 * coordinates, LPS, with the conversion to the RAS convention of NIfTI).
 */
package org.qmrinodes.core.image;
