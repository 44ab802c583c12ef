#!/usr/bin/env bash
# Builds the bot, the stock echo bot and the benchmark in Release, then runs the benchmark (arguments pass through,
# e.g. --quick, or --out results.md). Run from anywhere; see BENCHMARKS.md.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
for project in src/CutoverBot bench/StockEchoBot bench/CutoverBot.Bench; do
  dotnet build -c Release --nologo -v quiet "$repo/$project"
done
cd "$repo"
exec dotnet bench/CutoverBot.Bench/bin/Release/net10.0/CutoverBot.Bench.dll --repo "$repo" "$@"
