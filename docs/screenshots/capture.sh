#!/usr/bin/env bash
# Takes docs/screenshots/main-window.png: the real app in a real window under Xvfb, on a fresh
# library seeded with the samples, the newest article selected.
#   docs/screenshots/capture.sh            (needs: xvfb, imagemagick, libgtk-3-0)
set -euo pipefail
cd "$(dirname "$0")/../.."

# the app as the sources are now: a jar older than any source is built again
if [ ! -f target/galley.jar ] || [ -n "$(find src/main pom.xml -newer target/galley.jar -print -quit)" ]; then
  mvn -B -q package -DskipTests
fi
WORK=$(mktemp -d)
trap 'kill $APP $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT

DISPLAY_NUM=:97
Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
sleep 1

capture() { # capture NAME LANGUAGE THEME
  local name=$1 lang=$2 theme=$3 prefs="$WORK/prefs-$1"
  mkdir -p "$prefs/.java/.userPrefs/app/galley"
  cat > "$prefs/.java/.userPrefs/app/galley/prefs.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="ui.language" value="$lang"/>
  <entry key="ui.theme" value="$theme"/>
  <entry key="window.width" value="1280"/>
  <entry key="window.height" value="800"/>
  <entry key="window.x" value="0"/>
  <entry key="window.y" value="0"/>
</map>
XML
  DISPLAY=$DISPLAY_NUM java -Djava.util.prefs.userRoot="$prefs" -jar target/galley.jar gui --db "$WORK/library-$name" &
  APP=$!
  sleep 12
  DISPLAY=$DISPLAY_NUM import -window root "docs/screenshots/$name.png"
  kill $APP
  wait $APP 2>/dev/null || true
  echo "docs/screenshots/$name.png"
}

capture main-window en LIGHT
capture main-window-zh-hant zh-Hant DARK

# Dialogs and views: the repost comparison, the import report, a saved page's images and the saved
# feeds, snapshotted from the real window.
TOUR=target/test-classes/app/galley/ui/app/ScreenshotTour.class
if [ ! -f "$TOUR" ] || [ -n "$(find src -newer "$TOUR" -print -quit)" ]; then
  mvn -B -q test-compile
fi
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/tour.cp -DincludeScope=test >/dev/null
# The outbox after publishing: a local WordPress from Debian's packages (as .ci/run installs it).
WP_ENV=""
if dpkg -s wordpress mariadb-server php-cli >/dev/null 2>&1; then
  bash src/test/scripts/wordpress.sh start "$WORK/wordpress" >/dev/null
  WP_ENV="$WORK/wordpress/env"
fi
DISPLAY=$DISPLAY_NUM java -cp "target/test-classes:target/classes:$(cat target/tour.cp)" \
  -Djava.util.prefs.userRoot="$WORK/prefs-tour" -Dgalley.config="$WORK/config" -Dgalley.wordpress.env="$WP_ENV" \
  app.galley.ui.app.ScreenshotTour\$Launcher docs/screenshots
[ -z "$WP_ENV" ] || bash src/test/scripts/wordpress.sh stop "$WORK/wordpress"
echo docs/screenshots/repost-comparison.png docs/screenshots/import-report.png docs/screenshots/attachments.png \
  docs/screenshots/saved-feeds.png docs/screenshots/clean-diff.png docs/screenshots/revision-history.png \
  docs/screenshots/fact-check.png docs/screenshots/search.png docs/screenshots/preview-desktop.png \
  docs/screenshots/preview-phone.png docs/screenshots/proof-pdf.png docs/screenshots/conflict.png ${WP_ENV:+docs/screenshots/publish.png}
