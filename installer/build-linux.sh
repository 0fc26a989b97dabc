#!/usr/bin/env bash
# Builds Galley's Linux packages with jpackage: a .deb (default) or an app image.
#   installer/build-linux.sh [deb|app-image]
# Needs JDK 17+ (jpackage, jdeps), and for .deb: dpkg-deb and fakeroot.
# Output: target/installer/galley_<version>_amd64.deb or target/installer/Galley/
set -euo pipefail
cd "$(dirname "$0")/.."

TYPE="${1:-deb}"
JAR=target/galley.jar
OUT=target/installer
VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\?</version>.*:\1:p' pom.xml | head -1)

if [ ! -f "$JAR" ]; then
  mvn -B -q package -DskipTests
fi

rm -rf "$OUT"
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/"
cp installer/linux/galley-cds-archive.sh "$OUT/input/"

# AppCDS (ADR 21): the runtime gets the JDK's own class archive (--generate-cds-archive); the app's
# archive on top of it, galley.jsa, is made by postinst on the installed files (an archive names the
# files it was made from) and handed to the JVM by the launcher; without it the JVM just starts slower.
# jlink cannot take the automatic modules inside the fat jar, so the runtime is trimmed to the JDK
# modules jdeps finds, plus those loaded as services that jdeps cannot see: extra charsets (Big5,
# GB18030, Shift_JIS), CJK locale data, elliptic-curve TLS and zip file systems.
MODULES=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 "$JAR")
MODULES="$MODULES,java.desktop,java.logging,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs"

COMMON=(
  --name Galley
  --app-version "$VERSION"
  --vendor "Galley"
  --description "Editorial workstation: import, clean, tag, annotate, preview and publish news articles"
  --input "$OUT/input"
  --main-jar galley.jar
  --main-class app.galley.Main
  --icon assets/icons/galley-256.png
  --add-modules "$MODULES"
  --jlink-options "--strip-debug --no-header-files --no-man-pages --generate-cds-archive"
  --java-options "-Dfile.encoding=UTF-8"
  --java-options "-XX:SharedArchiveFile=\$APPDIR/galley.jsa"
  --java-options "-XX:CompileThresholdScaling=3"
  --dest "$OUT"
)

case "$TYPE" in
  deb)
    # The JavaFX natives travel inside the jar, so jpackage's dependency scan misses GTK: name it.
    # installer/linux holds our postinst/prerm: they install the desktop entry and icon themselves
    # (creating the folders if the system has none) instead of jpackage's xdg-desktop-menu call,
    # which fails on machines without a system menu directory.
    jpackage --type deb "${COMMON[@]}" \
      --linux-package-name galley \
      --linux-package-deps "libgtk-3-0" \
      --linux-app-category editors \
      --linux-menu-group "Office;News" \
      --linux-shortcut \
      --resource-dir installer/linux
    ls -l "$OUT"/*.deb
    ;;
  app-image)
    jpackage --type app-image "${COMMON[@]}"
    ls -ld "$OUT/Galley"
    ;;
  *)
    echo "usage: $0 [deb|app-image]" >&2
    exit 2
    ;;
esac
