#!/usr/bin/python3
"""Independent check of a synthetic DICOM series written by this project, with pydicom (Debian
python3-pydicom): every file is a Part 10 file (preamble, explicit VR little endian meta), an MR
Image Storage instance with unique, well-formed UIDs and the attributes of the MR Image module; the
b-value (standard or vendor private, looked up by private creator) of each file is printed with its
Instance Number, so the test can compare them with the ground truth.

    /usr/bin/python3 validation/dicom/check_synthetic.py FOLDER

Output: one line "instance,b_value,first_pixel_value" per file (rescaled with pydicom), then "ok".
Exit 1 with a message on the first problem.
"""
import glob
import os
import re
import sys

import pydicom

UID = re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
REQUIRED = ["SOPClassUID", "SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID", "FrameOfReferenceUID",
            "Modality", "ImageType", "ScanningSequence", "SequenceVariant", "ScanOptions", "MRAcquisitionType",
            "EchoTime", "RepetitionTime", "ImagePositionPatient", "ImageOrientationPatient", "PixelSpacing",
            "SliceThickness", "Rows", "Columns", "BitsAllocated", "BitsStored", "HighBit", "PixelRepresentation",
            "PhotometricInterpretation", "SamplesPerPixel", "PixelData"]


def private(ds, group, creator, offset):
    for block in range(0x10, 0x100):
        tag = (group, block)
        if tag in ds and str(ds[tag].value).strip() == creator:
            el = (group, (block << 8) | offset)
            return ds[el].value if el in ds else None
    return None


def b_value(ds):
    if (0x0018, 0x9087) in ds:
        return float(ds[0x0018, 0x9087].value)
    for group, creator, offset in ((0x0019, "SIEMENS MR HEADER", 0x0C), (0x2001, "Philips Imaging DD 001", 0x03)):
        v = private(ds, group, creator, offset)
        if v is not None:
            return float(v)
    v = private(ds, 0x0043, "GEMS_PARM_01", 0x39)
    if v is not None:
        first = float(v[0] if isinstance(v, (list, pydicom.multival.MultiValue)) else v)
        return first - 1e9 if first >= 1e9 else first
    return float("nan")


def main(folder):
    seen = set()
    for f in sorted(glob.glob(os.path.join(folder, "*.dcm"))):
        with open(f, "rb") as fh:
            if fh.read(132)[128:] != b"DICM":
                print("%s: no Part 10 preamble" % f)
                return 1
        ds = pydicom.dcmread(f)
        if ds.file_meta.TransferSyntaxUID != "1.2.840.10008.1.2.1":
            print("%s: transfer syntax %s" % (f, ds.file_meta.TransferSyntaxUID))
            return 1
        if ds.file_meta.MediaStorageSOPInstanceUID != ds.SOPInstanceUID:
            print("%s: meta SOP Instance UID differs" % f)
            return 1
        for k in REQUIRED:
            if k not in ds:
                print("%s: %s missing" % (f, k))
                return 1
        for k in ("SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID", "FrameOfReferenceUID"):
            u = str(ds.get(k))
            if len(u) > 64 or not UID.match(u):
                print("%s: %s '%s' is not a valid UID" % (f, k, u))
                return 1
        if ds.SOPInstanceUID in seen:
            print("%s: duplicate SOP Instance UID" % f)
            return 1
        seen.add(ds.SOPInstanceUID)
        px = ds.pixel_array.astype(float) * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
        print("%d,%r,%r" % (int(ds.InstanceNumber), b_value(ds), float(px[0, 0])))
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
