#!/usr/bin/env bash
# Put Tour de table in the desktop's menu for this user: the .desktop entry, the
# AppStream metadata, the icon and the .tdtprep file type. BIN is the command to
# launch (default: the bundle beside this script, else `tourdetable` on the PATH).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$(command -v tourdetable || echo "$root/dist/tourdetable/tourdetable")}"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages"
sed "s|^Exec=tourdetable|Exec=$bin|" "$here/fr.tourdetable.TourDeTable.desktop" \
  > "$share/applications/fr.tourdetable.TourDeTable.desktop"
cp "$here/fr.tourdetable.TourDeTable.metainfo.xml" "$share/metainfo/"
cp "$here/tourdetable-mime.xml" "$share/mime/packages/fr.tourdetable.TourDeTable.xml"
for size in 48 128 256; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$root/resources/icons/tourdetable-$size.png" \
    "$share/icons/hicolor/${size}x${size}/apps/fr.tourdetable.TourDeTable.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$root/resources/icons/tourdetable.svg" "$share/icons/hicolor/scalable/apps/fr.tourdetable.TourDeTable.svg"
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
echo "Tour de table is in the menu; .tdtprep files open in its prep mode."
