#!/usr/bin/python3
"""Independent reference for the DICOM reader tests, from pydicom + nibabel (Debian
python3-pydicom, python3-nibabel), never from this project's code.

For each real series under <shared>/data/dicom it writes one line per (series, slice grid)
into dicom_reference.csv: the number of slices, the voxel -> LPS affine of the first volume as
nibabel's dicomwrappers compute it (Siemens mosaic included: nibabel de-mosaics with the CSA
header), and the first voxel's value. Run:

    /usr/bin/python3 validation/dicom/make_dicom_reference.py ../shared > validation/dicom/dicom_reference.csv
"""
import csv
import glob
import os
import sys

import numpy as np
import pydicom
from nibabel.nicom import dicomwrappers


def series_files(folder):
    out = []
    for f in sorted(glob.glob(os.path.join(folder, "*"))):
        d = pydicom.dcmread(f)
        if "Rows" in d and "ImagePositionPatient" in d:
            out.append(d)
    return out


def main(shared):
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["series", "slices", "columns", "rows", "affine_lps_row_major", "first_voxel_of_first_file",
                "slice_sums_first_file"])
    for name in ["ge_dwi_tensor", "siemens_mosaic_dwi", "philips_dwi_classic"]:
        ds = series_files(os.path.join(shared, "data", "dicom", name, "dicom"))
        wrappers = [dicomwrappers.wrapper_from_data(d) for d in ds]
        first = wrappers[0]
        if name == "siemens_mosaic_dwi":
            # nibabel's mosaic wrapper: affine of the de-mosaicked 3D volume (voxel -> LPS)
            aff = first.affine
            nslices = first.image_shape[2]
            cols, rows = first.image_shape[1], first.image_shape[0]
        else:
            # classic single-frame: slices of the first volume are the files at the lowest
            # position along the normal... take all files with the first file's parameters
            # and sort them along the slice normal, as nibabel's dicomreaders do
            normal = first.slice_normal
            key = lambda d: (float(d.ImagePositionPatient[0]), float(d.ImagePositionPatient[1]),
                             float(d.ImagePositionPatient[2]))
            positions = sorted({key(d) for d in ds}, key=lambda p: float(np.dot(p, normal)))
            nslices = len(positions)
            lowest = [d for d in ds if key(d) == positions[0]][0]
            aff = dicomwrappers.wrapper_from_data(lowest).affine.copy()
            if nslices > 1:
                step = (np.dot(positions[-1], normal) - np.dot(positions[0], normal)) / (nslices - 1)
                aff[:3, 2] = normal * step
            rows, cols = int(first.dcm_data.Rows), int(first.dcm_data.Columns)
        # nibabel's affine maps (row, column, slice) -> LPS; ours (column, row, slice): swap the
        # first two columns
        aff = aff[:, [1, 0, 2, 3]]
        data = first.get_data()
        # per-slice sums of the first file's voxels (mosaic: nibabel's de-mosaicked slices, in the
        # order of its affine's third axis)
        sums = [float(data[..., k].sum()) for k in range(data.shape[2])] if data.ndim == 3 else [float(data.sum())]
        w.writerow([name, nslices, cols, rows, " ".join("%.6f" % v for v in aff[:3, :].ravel()),
                    "%.6f" % float(data[0, 0] if data.ndim == 2 else data[0, 0, 0]),
                    " ".join("%.3f" % v for v in sums)])


if __name__ == "__main__":
    main(sys.argv[1])
