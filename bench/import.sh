#!/usr/bin/env bash
# Import throughput through the real CLI: generates N vehicles (seed 1), imports them into a new
# register file, and prints vehicles/s and file sizes; with KJORETOYREGISTER_BENCH_POSTGRES also into
# PostgreSQL, and single-plate lookup latency on both. Usage: bench/import.sh [N] (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
dir=bench/data/import-$n
rm -rf "$dir" && mkdir -p "$dir"
dotnet build src/Kjoretoyregister.Cli -c Release -nologo -v quiet
cli="dotnet src/Kjoretoyregister.Cli/bin/Release/net10.0/kjoretoy.dll"

start=$(date +%s.%N)
$cli generer --antall "$n" --seed 1 --ut "$dir/register.ndjson"
mid=$(date +%s.%N)
$cli importer "$dir/register.ndjson" --database "$dir/register.db" > "$dir/import.log"
end=$(date +%s.%N)

ndjson=$(stat -c %s "$dir/register.ndjson")
db=$(stat -c %s "$dir/register.db")
awk -v n="$n" -v s="$start" -v m="$mid" -v e="$end" -v nd="$ndjson" -v db="$db" 'BEGIN {
  printf "generer:  %d kjøretøy på %.1f s (%.0f kjøretøy/s), %.1f MiB NDJSON\n", n, m - s, n / (m - s), nd / 1048576
  printf "importer: %d kjøretøy på %.1f s (%.0f kjøretøy/s), registerfil %.1f MiB (%.0f byte/kjøretøy)\n", n, e - m, n / (e - m), db / 1048576, db / n
}'
cat "$dir/import.log"

# The same file into PostgreSQL, when a server is given (an empty database; the register schema is applied):
#   KJORETOYREGISTER_BENCH_POSTGRES="Host=...;Database=..." bench/import.sh N
if [[ -n "${KJORETOYREGISTER_BENCH_POSTGRES:-}" ]]; then
  dotnet build bench/Kjoretoyregister.Benchmarks -c Release -nologo -v quiet
  maling="dotnet bench/Kjoretoyregister.Benchmarks/bin/Release/net10.0/Kjoretoyregister.Benchmarks.dll maling"
  $maling import "$dir/register.ndjson" --postgres "$KJORETOYREGISTER_BENCH_POSTGRES"
  $maling latens --postgres "$KJORETOYREGISTER_BENCH_POSTGRES"
  $maling latens --sqlite "$dir/register.db"
fi
