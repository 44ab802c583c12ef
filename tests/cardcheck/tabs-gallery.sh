#!/usr/bin/env bash
# Redraws docs/tabs/*.png: each tab at 1280 px (desktop) and 360 px (phone), the channel tab also in Teams' dark theme,
# from the browser tests' own run (the real host, seed-demo's practice, Debian's Chromium).
# Usage: tests/cardcheck/tabs-gallery.sh   (needs npm ci --prefix tests/cardcheck and /usr/bin/chromium)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mkdir -p docs/tabs
CUTOVERBOT_TABS_SCREENSHOTS="$PWD/docs/tabs" dotnet test tests/CutoverBot.Tests --filter "FullyQualifiedName~TabsBrowserTests" -v q
ls -1 docs/tabs/*.png
