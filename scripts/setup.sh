#!/usr/bin/env bash
# Installs what the build needs from Debian and checks the toolchain. Idempotent; safe to re-run.
# Needs root (or sudo) only when a package is missing.
set -euo pipefail

# Java2D draws the plots' text headless; it needs fontconfig and at least one font.
# PixelMed (the DICOM toolkit) is not on Maven Central; Debian packages it.
DEBIAN_PACKAGES=(fontconfig fonts-dejavu-core libpixelmed-java libpixelmed-codec-java)

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

# PixelMed into the local Maven repository, under the coordinates the poms use:
#   com.pixelmed:pixelmed:<Debian version>        from /usr/share/java/pixelmed.jar
#   com.pixelmed:pixelmed-codec:<Debian version>  from /usr/share/java/pixelmed_codec.jar
# The version is the Debian package version (e.g. 20220618+dfsg-1), so the jar in the build is
# traceable to the package it came from. The root pom's pixelmed.version/pixelmed-codec.version
# must name the installed versions; a different Debian release is reported here, not silently used.
install_jar() { # artifactId package jar pom-property
  local artifact=$1 pkg=$2 jar=$3 property=$4
  local version expected
  version=$(dpkg-query -W -f='${Version}' "$pkg")
  expected=$(sed -n "s:.*<$property>\\(.*\\)</$property>.*:\\1:p" "$(dirname "$0")/../pom.xml")
  if [ "$version" != "$expected" ]; then
    echo "setup: $pkg is version $version but pom.xml's $property is $expected; update pom.xml" >&2
    exit 1
  fi
  local repo
  repo=${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}
  if [ -f "$repo/com/pixelmed/$artifact/$version/$artifact-$version.jar" ]; then
    return
  fi
  echo "setup: installing $jar as com.pixelmed:$artifact:$version into the local Maven repository"
  mvn -B -q install:install-file -Dfile="$jar" -DgroupId=com.pixelmed -DartifactId="$artifact" \
    -Dversion="$version" -Dpackaging=jar -DgeneratePom=true
}
install_jar pixelmed libpixelmed-java /usr/share/java/pixelmed.jar pixelmed.version
install_jar pixelmed-codec libpixelmed-codec-java /usr/share/java/pixelmed_codec.jar pixelmed-codec.version
