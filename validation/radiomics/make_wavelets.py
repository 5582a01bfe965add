"""Wavelet filter banks and reference transforms from PyWavelets.

Usage: make_wavelets.py RESOURCE_CSV GOLDEN_CSV

RESOURCE_CSV (shipped with the core library) lists every discrete wavelet PyWavelets knows by name,
one row per wavelet: name, then its decomposition low-pass and high-pass filters (dec_lo, dec_hi) as
space-separated numbers with 17 significant digits, as PyWavelets holds them.

GOLDEN_CSV holds, for every such wavelet, the single-level stationary wavelet transform
(pywt.swt, level 1, periodic) of a fixed test signal of 16 samples, approximation and detail, so
that the transform's alignment is checked against PyWavelets itself for every filter length.
"""
import csv
import sys

import numpy
import pywt

SIGNAL = [float(((7 * i * i + 3 * i) % 19) - 9) for i in range(16)]


def numbers(values):
    return " ".join(repr(float(v)) for v in values)


def main():
    resource, golden = sys.argv[1], sys.argv[2]
    names = pywt.wavelist(kind="discrete")
    with open(resource, "w", newline="") as f:
        f.write(f"# PyWavelets {pywt.__version__} decomposition filters, written by "
                "validation/radiomics/make_wavelets.py\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["name", "dec_lo", "dec_hi"])
        for name in names:
            w = pywt.Wavelet(name)
            writer.writerow([name, numbers(w.dec_lo), numbers(w.dec_hi)])
    with open(golden, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["name", "signal", "approximation", "detail"])
        for name in names:
            (a, d), = pywt.swt(numpy.array(SIGNAL), pywt.Wavelet(name), level=1)
            writer.writerow([name, numbers(SIGNAL), numbers(a), numbers(d)])
    print(f"{resource}, {golden}: {len(names)} wavelets (PyWavelets {pywt.__version__})")


if __name__ == "__main__":
    main()
