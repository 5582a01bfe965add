#!/usr/bin/env bash
# Installs what the build needs from Debian and checks the toolchain. Idempotent; safe to re-run.
# Needs root (or sudo) only when a package is missing.
set -euo pipefail

# Java2D draws the plots' text headless; it needs fontconfig and at least one font.
DEBIAN_PACKAGES=(fontconfig fonts-dejavu-core)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

command -v java >/dev/null || { echo "setup: java not found: install a JDK 17 (apt-get install openjdk-17-jdk-headless)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "setup: mvn not found: install Maven 3.8+ (apt-get install maven)" >&2; exit 1; }
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = \([0-9]*\).*/\1/p')
if [ "${java_major:-0}" -lt 17 ]; then
  echo "setup: Java 17 or later is needed, found ${java_major:-unknown}" >&2
  exit 1
fi
