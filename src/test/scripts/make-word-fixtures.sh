#!/usr/bin/env bash
# Regenerates the Word fixtures in src/test/resources/producers/word/ with the real producers:
# pandoc writes a .docx from each Markdown story; LibreOffice Writer saves the same story as .docx
# (pandoc makes an .odt of it first, which Writer opens and saves in Word's format). Both are Debian
# packages: apt-get install pandoc libreoffice-writer-nogui. Not run by the build (installing
# LibreOffice would take most of CI's time budget); the files it makes are committed.
set -euo pipefail
dir="$(cd "$(dirname "$0")/../resources/producers/word" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$dir"/story-en.md "$dir"/story-zh.md "$dir"/chart.png "$work"/
cd "$work"
for lang in en zh; do
  pandoc "story-$lang.md" -o "$dir/$lang-pandoc.docx"
  pandoc "story-$lang.md" -o "story-$lang.odt"
  soffice --headless --convert-to 'docx:MS Word 2007 XML' "story-$lang.odt" >/dev/null
  cp "story-$lang.docx" "$dir/$lang-libreoffice.docx"
done
pandoc --version | head -1
soffice --version | head -1
