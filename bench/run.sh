#!/usr/bin/env bash
# Builds the bot, the stock echo bot and the benchmark in Release, then runs the benchmark (arguments pass through,
# e.g. --quick, or --out results.md). Run from anywhere; see BENCHMARKS.md.
# Exit code: 0 when every target the run could judge passed, 1 when one failed (0 with --report-only), 2 on bad
# arguments. Targets a run cannot judge (a quick run's warm-up, too few practices for the fan-out ratio, no
# 100,000-entry scale) say so in the table, with the reason, instead of pass or fail.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
for project in src/CutoverBot bench/StockEchoBot bench/CutoverBot.Bench; do
  dotnet build -c Release --nologo -v quiet "$repo/$project"
done
cd "$repo"
exec dotnet bench/CutoverBot.Bench/bin/Release/net10.0/CutoverBot.Bench.dll --repo "$repo" "$@"
