#!/usr/bin/env bash
# HTTP throughput of the whole lookup chain against bare endpoints of the same server, in one run:
# starts the server (Release, embedded default, its own data directory), gets a Maskinporten token
# from the local issuer with the demo client's key, saves one lookup's answer, then runs wrk on
#   1. GET /health/live                                   (no auth, no register, no audit)
#   2. POST /benchmark/samme-svar                         (the saved answer's bytes, nothing else)
#   3. POST .../bulk/kjennemerke with one plate           (token, integration, rights, register, audit row)
# and prints requests/s and p99 latency of each and the ratios.
# Usage: bench/http.sh [--telemetri] [connections] [seconds] [threads] [sqlite|postgres]   (defaults 64 20 2 sqlite).
# Needs wrk. With postgres the server runs with Storage:Provider=Postgres on a throwaway cluster that
# tests/postgres.sh starts for the run (and stops afterwards).
# --telemetri: only case 3, with telemetry off and on side by side (alternated BENCH_RUNDER times, default 1),
# the server restarted between them on the same data; "on" exports traces and metrics with OTLP over
# http/protobuf to bench/otlp-mottak.py (a local sink that answers 200 and counts what it gets).
set -euo pipefail
cd "$(dirname "$0")/.."
telemetri=0
if [ "${1:-}" = --telemetri ]; then
  telemetri=1
  shift
fi
forbindelser=${1:-64}
sekunder=${2:-20}
traader=${3:-2}
motor=${4:-sqlite}
port=5090
dir=bench/data/http-$motor
rm -rf "$dir" && mkdir -p "$dir"
command -v wrk >/dev/null || { echo "bench/http.sh: wrk mangler (apt-get install wrk)" >&2; exit 1; }

opprydding=()
trap 'for c in "${opprydding[@]}"; do eval "$c"; done' EXIT
if [ "$motor" = postgres ]; then
  pg=$(mktemp -d)
  export ConnectionStrings__Postgres
  ConnectionStrings__Postgres=$(tests/postgres.sh start "$pg")
  export Storage__Provider=Postgres
  opprydding+=("tests/postgres.sh stop '$pg' >/dev/null 2>&1")
fi

dotnet build src/Kjoretoyregister.Server -c Release -nologo -v quiet
dotnet build src/Kjoretoyregister.Cli -c Release -nologo -v quiet
dotnet build src/Kjoretoyregister.Client.Cli -c Release -nologo -v quiet
# start_server [VAR=value ...]: the server in the background on $port, with extra environment; waits until ready.
start_server() {
  env "$@" Logging__LogLevel__Default=Warning dotnet src/Kjoretoyregister.Server/bin/Release/net10.0/Kjoretoyregister.Server.dll \
    --urls "http://127.0.0.1:$port" --DataDirectory "$dir" --Benchmark:SvarFil "$dir/svar.json" >> "$dir/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && [ -f "$dir/demo.json" ] && break
    sleep 1
  done
}
stopp_server() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
start_server
opprydding=("stopp_server" "${opprydding[@]}")

felt() { sed -n "s/.*\"$1\": \"\([^\"]*\)\".*/\1/p" "$dir/demo.json" | head -1; }
org=$(felt fiksOrgId); id=$(felt integrasjonId); passord=$(felt integrasjonPassord)
plate=$(grep -o '"kjennemerke": "[^"]*"' "$dir/server.log" | head -1 | cut -d'"' -f4)
token=$(dotnet src/Kjoretoyregister.Client.Cli/bin/Release/net10.0/fiks-kjoretoy.dll token --konfig "$dir/demo.json")

oppslag="http://127.0.0.1:$port/kjoretoyregister/api/$org/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke"
curl -sf -X POST "$oppslag" -H "Authorization: Bearer $token" -H "IntegrasjonId: $id" -H "IntegrasjonPassord: $passord" \
  -H 'Content-Type: application/json' -d "[{\"kjennemerke\": \"$plate\"}]" -o "$dir/svar.json"

cat > "$dir/oppslag.lua" <<LUA
wrk.method = "POST"
wrk.body = '[{"kjennemerke": "$plate"}]'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["IntegrasjonId"] = "$id"
wrk.headers["IntegrasjonPassord"] = "$passord"
LUA

if [ "$telemetri" = 1 ]; then
  mottak_port=5096
  python3 bench/otlp-mottak.py "$mottak_port" "$dir/mottak.txt" &
  mottak=$!
  opprydding=("kill $mottak 2>/dev/null || true; wait $mottak 2>/dev/null || true" "${opprydding[@]}")
  pa=(OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$mottak_port" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf OTEL_METRIC_EXPORT_INTERVAL=5000)
  : > "$dir/telemetri.tsv"
  for runde in $(seq 1 "${BENCH_RUNDER:-1}"); do
    for modus in av pa; do
      stopp_server
      if [ "$modus" = pa ]; then start_server "${pa[@]}"; else start_server; fi
      token=$(dotnet src/Kjoretoyregister.Client.Cli/bin/Release/net10.0/fiks-kjoretoy.dll token --konfig "$dir/demo.json")
      sed -i "s|^wrk.headers\[\"Authorization\"\] = .*|wrk.headers[\"Authorization\"] = \"Bearer $token\"|" "$dir/oppslag.lua"
      wrk -t"$traader" -c"$forbindelser" -d3s -s "$dir/oppslag.lua" "$oppslag" >/dev/null
      wrk -t"$traader" -c"$forbindelser" -d"${sekunder}s" --latency -s "$dir/oppslag.lua" "$oppslag" > "$dir/telemetri-$modus-$runde.txt"
      printf "%s\t%s\t%s\n" "$modus" "$runde" "$dir/telemetri-$modus-$runde.txt" >> "$dir/telemetri.tsv"
    done
  done
  stopp_server
  kill "$mottak" 2>/dev/null; wait "$mottak" 2>/dev/null || true
  rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
  p99() { awk '$1 == "99%" {print $2}' "$1"; }
  feil() { awk '/Non-2xx/ {print $4}' "$1"; }
  echo "wrk -t$traader -c$forbindelser -d${sekunder}s, bulk/kjennemerke (1 plate, hele kjeden), lagring $motor"
  printf "%-10s %6s %14s %10s %s\n" "telemetri" "runde" "forespørsler/s" "p99" "ikke-2xx"
  while IFS=$'\t' read -r modus runde fil; do
    printf "%-10s %6s %14s %10s %s\n" "$modus" "$runde" "$(rps "$fil")" "$(p99 "$fil")" "$(feil "$fil")"
  done < "$dir/telemetri.tsv"
  av=$(for f in "$dir"/telemetri-av-*.txt; do rps "$f"; done | awk '{s += $1} END {print s / NR}')
  pa=$(for f in "$dir"/telemetri-pa-*.txt; do rps "$f"; done | awk '{s += $1} END {print s / NR}')
  awk -v a="$pa" -v b="$av" 'BEGIN { printf "forhold på/av: %.3f (snitt %.0f mot %.0f forespørsler/s)\n", a / b, a, b }'
  echo "OTLP-mottaket fikk (sti, forespørsler, byte):"
  cat "$dir/mottak.txt"
  exit 0
fi

cat > "$dir/samme.lua" <<LUA
wrk.method = "POST"
wrk.body = '[{"kjennemerke": "$plate"}]'
wrk.headers["Content-Type"] = "application/json"
LUA

# One warm-up run of each so JIT and caches are hot, then the measured runs.
wrk -t"$traader" -c"$forbindelser" -d3s "http://127.0.0.1:$port/health/live" >/dev/null
wrk -t"$traader" -c"$forbindelser" -d3s -s "$dir/samme.lua" "http://127.0.0.1:$port/benchmark/samme-svar" >/dev/null
wrk -t"$traader" -c"$forbindelser" -d3s -s "$dir/oppslag.lua" "$oppslag" >/dev/null
wrk -t"$traader" -c"$forbindelser" -d"${sekunder}s" --latency "http://127.0.0.1:$port/health/live" > "$dir/live.txt"
wrk -t"$traader" -c"$forbindelser" -d"${sekunder}s" --latency -s "$dir/samme.lua" "http://127.0.0.1:$port/benchmark/samme-svar" > "$dir/samme.txt"
wrk -t"$traader" -c"$forbindelser" -d"${sekunder}s" --latency -s "$dir/oppslag.lua" "$oppslag" > "$dir/oppslag.txt"

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
feil() { awk '/Non-2xx/ {print $4} END {}' "$1"; }
echo "wrk -t$traader -c$forbindelser -d${sekunder}s, kjennemerke $plate, lagring $motor"
printf "%-28s %12s %10s %s\n" "endepunkt" "forespørsler/s" "p99" "ikke-2xx"
printf "%-28s %12s %10s %s\n" "/health/live" "$(rps "$dir/live.txt")" "$(p99 "$dir/live.txt")" "$(feil "$dir/live.txt")"
printf "%-28s %12s %10s %s\n" "samme svar, uten kjeden" "$(rps "$dir/samme.txt")" "$(p99 "$dir/samme.txt")" "$(feil "$dir/samme.txt")"
printf "%-28s %12s %10s %s\n" "bulk/kjennemerke (1 plate)" "$(rps "$dir/oppslag.txt")" "$(p99 "$dir/oppslag.txt")" "$(feil "$dir/oppslag.txt")"
awk -v a="$(rps "$dir/oppslag.txt")" -v b="$(rps "$dir/samme.txt")" -v c="$(rps "$dir/live.txt")" \
  'BEGIN { printf "forhold oppslag/samme svar: %.2f, oppslag/live: %.2f\n", a / b, a / c }'
