#!/usr/bin/env bash
# Packages the Teams app for upload: manifest.json (filled in for your deployment) + color.png + outline.png, zipped flat.
# A wrapper around the bot's own teams-package command, which edits the manifest as JSON and refuses to write a package
# that still holds a placeholder:
#
#   BOT_ID=<Microsoft App ID of your Azure Bot> BOT_DOMAIN=<bot's host name> \
#   DEVELOPER_URL=<https://your website> PRIVACY_URL=<https://your privacy notice> TERMS_URL=<https://your terms of use> \
#   [APP_ID=<new GUID, for a second copy in one tenant>] [GRAPH_CLIENT_ID=<Graph:ClientId>] [OUT=file.zip] manifest/build.sh
#
# Needs the .NET 10 SDK (it runs the bot's project), or CUTOVERBOT_DLL=<path to a built CutoverBot.dll> and the runtime.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
args=(teams-package --manifest-folder "$here" --out "$(realpath -m "${OUT:-$here/cutoverbot-teams-app.zip}")")
add() { if [[ -n "${2:-}" ]]; then args+=("$1" "$2"); fi; }
add --bot-id "${BOT_ID:-}"
add --domain "${BOT_DOMAIN:-}"
add --website "${DEVELOPER_URL:-}"
add --privacy "${PRIVACY_URL:-}"
add --terms "${TERMS_URL:-}"
add --app-id "${APP_ID:-}"
add --graph-client-id "${GRAPH_CLIENT_ID:-}"

status=0
if [[ -n "${CUTOVERBOT_DLL:-}" ]]; then
  dotnet "$CUTOVERBOT_DLL" "${args[@]}" || status=$?
else
  dotnet run --project "$here/../src/CutoverBot" -v q -- "${args[@]}" || status=$?
fi
if [[ $status -eq 2 ]]; then
  echo "(For build.sh: --bot-id is BOT_ID, --domain BOT_DOMAIN, --website DEVELOPER_URL, --privacy PRIVACY_URL, --terms TERMS_URL," >&2
  echo " --app-id APP_ID, --graph-client-id GRAPH_CLIENT_ID, --out OUT. No package was written.)" >&2
fi
exit $status
