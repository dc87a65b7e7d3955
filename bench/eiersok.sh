#!/usr/bin/env bash
# The owner search's latency (docs/eiersok.md) on a generated register of N vehicles (default
# 1000000, seed 1): imports it through the real CLI into a new register file (printing vehicles/s),
# then the median and slowest of 31 searches per case (exact name, prefix, phonetic, + fylke,
# + fodselsdato, + ekskluderVraketUtfort); with KJORETOYREGISTER_BENCH_POSTGRES also into PostgreSQL
# (an empty database), the same cases there. Usage: bench/eiersok.sh [N]. The generated files stay in
# bench/data/eiersok-N (never commit them; delete them when done).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
dir=bench/data/eiersok-$n
mkdir -p "$dir"
dotnet build src/Kjoretoyregister.Cli -c Release -nologo -v quiet
dotnet build bench/Kjoretoyregister.Benchmarks -c Release -nologo -v quiet
cli="dotnet src/Kjoretoyregister.Cli/bin/Release/net10.0/kjoretoy.dll"
maling="dotnet bench/Kjoretoyregister.Benchmarks/bin/Release/net10.0/Kjoretoyregister.Benchmarks.dll maling"

[[ -f "$dir/register.ndjson" ]] || $cli generer --antall "$n" --seed 1 --ut "$dir/register.ndjson"
rm -f "$dir"/register.db*
start=$(date +%s.%N)
$cli importer "$dir/register.ndjson" --database "$dir/register.db" > "$dir/import.log"
slutt=$(date +%s.%N)
awk -v n="$n" -v s="$start" -v e="$slutt" 'BEGIN { printf "sqlite: import av %d kjøretøy på %.1f s = %.0f kjøretøy/s\n", n, e - s, n / (e - s) }'
$maling eiersok --sqlite "$dir/register.db"

if [[ -n "${KJORETOYREGISTER_BENCH_POSTGRES:-}" ]]; then
  $maling import "$dir/register.ndjson" --postgres "$KJORETOYREGISTER_BENCH_POSTGRES"
  $maling eiersok --postgres "$KJORETOYREGISTER_BENCH_POSTGRES"
fi
