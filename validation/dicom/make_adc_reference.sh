#!/bin/sh
# Regenerates adc_reference/ (golden ADC maps of the real DWI series) from dcm2niix + nibabel.
# Installs Debian's dcm2niix and python3-nibabel when missing (needs root), then runs the script.
#   validation/dicom/make_adc_reference.sh [SHARED]
set -e
here=$(dirname "$0")
if ! command -v dcm2niix >/dev/null 2>&1 || ! /usr/bin/python3 -c "import nibabel, numpy" 2>/dev/null; then
    apt-get install -y dcm2niix python3-nibabel python3-numpy >/dev/null
fi
exec /usr/bin/python3 "$here/make_adc_reference.py" "$@"
