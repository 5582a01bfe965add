#!/usr/bin/python3
"""Checks a NIfTI file written by this project against dcm2niix's NIfTI of the same series, with
nibabel (Debian python3-nibabel): every voxel centre of ours, taken through our affine (sform, and
separately the qform) into RAS world space and back through the reference affine, must land on a
reference voxel centre holding the same value, for every volume.

    /usr/bin/python3 validation/dicom/check_nifti.py OURS.nii.gz REFERENCE.nii

Prints one line and exits 0 when everything agrees, 1 otherwise. The GE reader test runs it.
"""
import sys

import nibabel as nib
import numpy as np


def reference_indices(affine, shape, ref_affine, ref_shape, tolerance=1e-2):
    """For every voxel of a grid (C order over ``shape``), the index of the reference voxel whose
    centre is nearest to the same world position.

    :return: (ijk, ridx, off, problem): 3 x n voxel indices of the grid and of the reference, the
        largest distance (in reference voxels, per axis) of a mapped centre from its reference voxel
        centre, and None; problem is a message instead when that distance exceeds ``tolerance``
        or a centre falls outside the reference grid
    """
    ijk = np.indices(shape[:3]).reshape(3, -1)
    homog = np.vstack([ijk, np.ones(ijk.shape[1])])
    rk = np.linalg.inv(ref_affine) @ affine @ homog
    ridx = np.rint(rk[:3]).astype(int)
    off = np.abs(rk[:3] - ridx).max()
    if off > tolerance:
        return ijk, ridx, off, "voxel centres off the reference grid by %.4f voxel" % off
    if (ridx < 0).any() or (ridx >= np.array(ref_shape[:3])[:, None]).any():
        return ijk, ridx, off, "voxels outside the reference grid"
    return ijk, ridx, off, None


def main(ours_path, ref_path):
    ours = nib.load(ours_path)
    ref = nib.load(ref_path)
    a = np.asarray(ours.dataobj, dtype=np.float64)
    b = np.asarray(ref.dataobj, dtype=np.float64)
    if a.ndim == 3:
        a = a[..., None]
    if b.ndim == 3:
        b = b[..., None]
    if a.shape[3] != b.shape[3] or np.prod(a.shape[:3]) != np.prod(b.shape[:3]):
        print("shape differs: ours %s, reference %s" % (a.shape, b.shape))
        return 1
    for name, affine in (("sform", ours.get_sform()), ("qform", ours.get_qform())):
        ijk, ridx, _, problem = reference_indices(affine, a.shape, ref.affine, b.shape)
        if problem:
            print("%s: %s" % (name, problem))
            return 1
        for t in range(a.shape[3]):
            va = a[ijk[0], ijk[1], ijk[2], t]
            vb = b[ridx[0], ridx[1], ridx[2], t]
            if not np.array_equal(va, vb):
                print("%s: volume %d differs in %d voxels" % (name, t, int((va != vb).sum())))
                return 1
    print("ok: %d voxels x %d volumes agree through sform and qform" % (ijk.shape[1], a.shape[3]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
