#!/usr/bin/env bash
# HTTP throughput of the whole lookup chain against bare endpoints of the same server, in one run:
# starts the server (Release, embedded default, its own data directory), gets a Maskinporten token
# from the local issuer with the demo client's key, saves one lookup's answer, then runs wrk on
#   1. GET /health/live                                   (no auth, no register, no audit)
#   2. POST /benchmark/samme-svar                         (the saved answer's bytes, nothing else)
#   3. POST .../bulk/kjennemerke with one plate           (token, integration, rights, register, audit row)
# and prints requests/s and p99 latency of each and the ratios.
# Usage: bench/http.sh [connections] [seconds] [threads] [sqlite|postgres]   (defaults 64 20 2 sqlite).
# Needs wrk. With postgres the server runs with Storage:Provider=Postgres on a throwaway cluster that
# tests/postgres.sh starts for the run (and stops afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
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
Logging__LogLevel__Default=Warning dotnet src/Kjoretoyregister.Server/bin/Release/net10.0/Kjoretoyregister.Server.dll \
  --urls "http://127.0.0.1:$port" --DataDirectory "$dir" --Benchmark:SvarFil "$dir/svar.json" > "$dir/server.log" 2>&1 &
server=$!
opprydding=("kill $server 2>/dev/null; wait $server 2>/dev/null" "${opprydding[@]}")
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && [ -f "$dir/demo.json" ] && break
  sleep 1
done

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
