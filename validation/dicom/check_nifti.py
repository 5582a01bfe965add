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
    ijk = np.indices(a.shape[:3]).reshape(3, -1)
    homog = np.vstack([ijk, np.ones(ijk.shape[1])])
    for name, affine in (("sform", ours.get_sform()), ("qform", ours.get_qform())):
        world = affine @ homog
        rk = np.linalg.inv(ref.affine) @ world
        ridx = np.rint(rk[:3]).astype(int)
        off = np.abs(rk[:3] - ridx).max()
        if off > 1e-2:
            print("%s: voxel centres off the reference grid by %.4f voxel" % (name, off))
            return 1
        if (ridx < 0).any() or (ridx >= np.array(b.shape[:3])[:, None]).any():
            print("%s: voxels outside the reference grid" % name)
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
