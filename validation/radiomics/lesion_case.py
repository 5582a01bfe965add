"""The generated breast-lesion-like case of the golden scripts (the Java tests build the same integers)."""
import numbers
import os

import numpy
import SimpleITK


def lesion():
    """The generated case; the Java test builds the same integers from the same formulas."""
    nx, ny, nz = 48, 48, 16
    image = numpy.zeros((nz, ny, nx), dtype=numpy.int16)
    label = numpy.zeros((nz, ny, nx), dtype=numpy.uint8)
    for k in range(nz):
        for j in range(ny):
            for i in range(nx):
                inside = 4 * (i - 24) ** 2 + 5 * (j - 22) ** 2 + 30 * (k - 8) ** 2 + ((i * j + k) % 7) * 40 <= 760
                value = 200 + ((i * 37 + j * 91 + k * 53) % 61) * 3
                if inside:
                    value += 600 + ((i * i + 3 * j + 7 * k) % 23) * 10
                image[k, j, i] = value
                label[k, j, i] = 1 if inside else 0
    images = []
    for array in (image, label):
        im = SimpleITK.GetImageFromArray(array)
        im.SetSpacing((0.7, 0.7, 2.0))
        images.append(im)
    return images


def write_lesion(folder):
    """Writes the case as NIfTI into folder; returns the image and mask files."""
    image, label = lesion()
    files = os.path.join(folder, "lesion.nii.gz"), os.path.join(folder, "mask.nii.gz")
    SimpleITK.WriteImage(image, files[0])
    SimpleITK.WriteImage(label, files[1])
    return files


def numeric_features(row):
    """The (name, value) pairs of a MIRP result row that hold numbers, values as repr of floats."""
    return [(name, repr(float(value))) for name, value in row.items()
            if isinstance(value, (int, float, numbers.Number)) and not isinstance(value, bool)]
