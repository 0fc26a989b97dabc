#!/bin/sh
# Makes Galley's class-data-sharing archive (ADR 21) from the installed files, with the installed
# runtime: the launcher hands lib/app/galley.jsa to the JVM. Run by postinst; safe to run again.
#   galley-cds-archive.sh [INSTALL_DIR]    (default: the installation this script belongs to)
set -e
DIR="${1:-$(cd "$(dirname "$0")/../.." && pwd)}"
rm -f "$DIR/lib/app/galley.jsa"
"$DIR/lib/runtime/bin/java" -Xlog:disable -Xlog:all=off -XX:ArchiveClassesAtExit="$DIR/lib/app/galley.jsa" \
  -cp "$DIR/lib/app/galley.jar" app.galley.Main cds-train
