#!/usr/bin/env bash
# Packages the Teams app for sideloading or upload: manifest.json (with your bot's id) + color.png + outline.png, zipped flat.
# Usage: BOT_ID=<Microsoft App ID of your Azure Bot> [BOT_DOMAIN=bot.example.nhs.uk] [OUT=file.zip] manifest/build.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(realpath -m "${OUT:-$here/cutoverbot-teams-app.zip}")"
bot_id="${BOT_ID:-}"
guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'

if [[ ! "$bot_id" =~ $guid ]] || [[ "$bot_id" == "00000000-0000-0000-0000-000000000000" ]]; then
  echo "Set BOT_ID to your bot's Microsoft App ID (a GUID, from the Azure Bot's Configuration page)." >&2
  echo "Example: BOT_ID=1a2b3c4d-0000-4000-8000-123456789abc manifest/build.sh" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s/00000000-0000-0000-0000-000000000000/$bot_id/" \
    -e "s/cutoverbot\.example\.com\"\]/${BOT_DOMAIN:-cutoverbot.example.com}\"]/" \
    "$here/manifest.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"

rm -f "$out"
if command -v zip >/dev/null; then
  (cd "$work" && zip -q -X "$out" manifest.json color.png outline.png)
else
  python3 -c 'import sys, zipfile, os
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    [z.write(os.path.join(sys.argv[2], f), f) for f in ("manifest.json", "color.png", "outline.png")]' "$out" "$work"
fi
echo "Wrote $out (bot id $bot_id). Upload it in Teams: Apps > Manage your apps > Upload an app." >&2
