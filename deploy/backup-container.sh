#!/usr/bin/env bash
# A consistent backup of CutoverBot's database from its container, with the shortest stop there is (about 10 s):
# stop the bot (it finishes what it is sending and closes the database), copy the file out, start it again at once,
# then prove the copy can be restored by opening it with the bot's own check-backup in a throwaway container.
# LiteDB has no online backup, and a copy taken while the bot writes can be torn; this is the safe way.
#
#   deploy/backup-container.sh [CONTAINER] [BACKUP_DIR]
#     CONTAINER   the bot's container (default cutoverbot)
#     BACKUP_DIR  where copies go (default /var/backups/cutoverbot), made owner-only
#   Environment: KEEP_DAYS (default 35) copies older than this are deleted; ENV_FILE (default
#   /etc/cutoverbot/cutoverbot.env) the bot's settings, for the key check-backup needs; IMAGE (default: the container's).
#
# Exit code 0 when the copy was taken and opens with the key; non-zero otherwise (alert on it). The bot is started
# again whatever happens after the stop. Schedule it with a systemd timer or cron (docs/deploy.md, Backups).
set -euo pipefail

container="${1:-cutoverbot}"
dir="${2:-/var/backups/cutoverbot}"
keep="${KEEP_DAYS:-35}"
env_file="${ENV_FILE:-/etc/cutoverbot/cutoverbot.env}"
stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
name="cutover-$stamp.db"

umask 077
mkdir -p "$dir"
chmod 700 "$dir"
image="${IMAGE:-$(docker inspect --format '{{.Config.Image}}' "$container")}"

stopped=0
start_again() {
  if [[ $stopped -eq 1 ]]; then
    stopped=0
    docker start "$container" >/dev/null || echo "backup: could not start $container again: start it by hand NOW" >&2
  fi
}
trap 'start_again; rm -f "$dir/$name.partial" "$dir/${name%.db}-log.db.partial"' EXIT

stopped=1
docker stop -t 30 "$container" >/dev/null
docker cp "$container:/data/cutover.db" "$dir/$name.partial"
# Only left behind when the bot did not shut down cleanly; then it is part of the copy (LiteDB replays it on open).
if docker cp "$container:/data/cutover-log.db" "$dir/${name%.db}-log.db.partial" 2>/dev/null; then
  mv "$dir/${name%.db}-log.db.partial" "$dir/${name%.db}-log.db"
fi
start_again
mv "$dir/$name.partial" "$dir/$name"
chmod 600 "$dir/$name"
echo "backup: copied $container's database to $dir/$name; the bot is running again" >&2

# The copy is no backup unless the key opens it: same image, same settings, no network, the copy read-only.
if ! docker run --rm --network none --user 0:0 --env-file "$env_file" -v "$dir:/backup:ro" --entrypoint dotnet "$image" \
     CutoverBot.dll check-backup --database "/backup/$name"; then
  echo "backup: $dir/$name could NOT be opened with the bot's key: do not rely on it, and find out why today" >&2
  exit 5
fi

find "$dir" -maxdepth 1 -name 'cutover-*.db' -mtime +"$keep" -delete
echo "backup: done; copies older than $keep days removed" >&2
