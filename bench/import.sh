#!/usr/bin/env bash
# Import throughput through the real CLI: generates N vehicles (seed 1), imports them into a new
# register file (an initial load), and prints vehicles/s, bytes per vehicle and the peak memory (RSS)
# of both commands; with KJORETOYREGISTER_BENCH_POSTGRES also into PostgreSQL, and single-plate lookup
# latency on both. Usage: bench/import.sh [N] [--tekniske-data] (default 1000000). The generated files
# stay in bench/data/import-N (never commit them; delete them when done).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
teknisk=()
[[ "${2:-}" == "--tekniske-data" ]] && teknisk=(--tekniske-data)
dir=bench/data/import-$n${teknisk:+-teknisk}
rm -rf "$dir" && mkdir -p "$dir"
dotnet build src/Kjoretoyregister.Cli -c Release -nologo -v quiet
cli="dotnet src/Kjoretoyregister.Cli/bin/Release/net10.0/kjoretoy.dll"

. bench/minne.sh
mal_minne "$dir/generer.log" $cli generer --antall "$n" --seed 1 "${teknisk[@]}" --ut "$dir/register.ndjson"
gen_s=$varighet_s gen_kib=$topp_kib
mal_minne "$dir/import.log" $cli importer "$dir/register.ndjson" --database "$dir/register.db"
imp_s=$varighet_s imp_kib=$topp_kib

ndjson=$(stat -c %s "$dir/register.ndjson")
db=$(stat -c %s "$dir/register.db")
awk -v n="$n" -v gs="$gen_s" -v gk="$gen_kib" -v is="$imp_s" -v ik="$imp_kib" -v nd="$ndjson" -v db="$db" 'BEGIN {
  printf "generer:  %d kjøretøy på %.1f s (%.0f kjøretøy/s), %.1f MiB NDJSON, høyeste RSS %.0f MiB\n", n, gs, n / gs, nd / 1048576, gk / 1024
  printf "importer: %d kjøretøy på %.1f s (%.0f kjøretøy/s), registerfil %.1f MiB (%.0f byte/kjøretøy), høyeste RSS %.0f MiB\n", n, is, n / is, db / 1048576, db / n, ik / 1024
}'
grep -v '%' "$dir/import.log" || true

# The same file into PostgreSQL, when a server is given (an empty database; the register schema is applied):
#   KJORETOYREGISTER_BENCH_POSTGRES="Host=...;Database=..." bench/import.sh N
if [[ -n "${KJORETOYREGISTER_BENCH_POSTGRES:-}" ]]; then
  dotnet build bench/Kjoretoyregister.Benchmarks -c Release -nologo -v quiet
  maling="dotnet bench/Kjoretoyregister.Benchmarks/bin/Release/net10.0/Kjoretoyregister.Benchmarks.dll maling"
  $maling import "$dir/register.ndjson" --postgres "$KJORETOYREGISTER_BENCH_POSTGRES"
  $maling latens --postgres "$KJORETOYREGISTER_BENCH_POSTGRES"
  $maling latens --sqlite "$dir/register.db"
fi
