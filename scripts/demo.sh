#!/usr/bin/env bash
# Builds everything (bundles, update site, command line) and runs the demo analysis on the bundled
# synthetic cohort, writing report/index.html with CSV tables and PNG and SVG plots.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mvn -B -q install -DskipTests
java -Djava.awt.headless=true -jar cli/target/qmri.jar demo --out-dir report
echo "Open report/index.html; the KNIME update site is update-site/target/qmri-nodes-update-site-*.zip"
