#!/usr/bin/env bash
# bench/run.sh [--quick]: every benchmark of docs/ytelse.md in one command, on this machine.
#
# Builds in Release, generates the registers it needs (synthetic, seed 1), then measures:
#   HTTP (wrk, 64 connections, 2 threads, warm-up first), on SQLite and, when PostgreSQL can be
#   started here (tests/postgres.sh), on PostgreSQL with "-postgres" appended to the case:
#     baseline             POST /benchmark/samme-svar: the kjennemerke-enkelt answer's exact bytes from
#                          the same server process, no token, no register, no audit (Benchmark:SvarFil)
#     health               GET /health/live
#     kjennemerke-enkelt   POST .../bulk/kjennemerke, one plate: token, integration, rights, register, audit row
#     kjennemerke-bulk100  the same with 100 plates (rps counts plates)
#     understellsnummer    GET .../bulk/understellsnummer/{vin}
#   The HTTP register's vehicles carry full type-approval and technical data (kjoretoy generer --tekniske-data),
#   so answers are the size of SVV's (10-15 KB). Tokens are real, from the server's local issuer.
#   The full run adds: lookup latency in the register layer on registers of 10,000, 1,000,000 and
#   10,000,000 vehicles; import throughput, bytes per vehicle and peak memory of each import; the
#   server's peak RSS under the single-plate load on the largest register; the same on PostgreSQL
#   (sizes in BENCH_POSTGRES_STORRELSER, default 10,000 and 1,000,000).
# Writes bench/results/<date>-<machine>.md (the table) and docs/ytelse.svg (the chart), and ends with
# one line per HTTP case:  <case> rps=<n> p50_ms=<n> p99_ms=<n> ratio=<n>   (ratio: requests/s over baseline's).
# --quick: 5 s per case, 2,000-vehicle registers, no register-size series (under 3 minutes once built).
# Needs wrk (installed with apt-get when missing and root). Scratch data goes to bench/data/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."

rask=0
case "${1:-}" in
  --quick) rask=1 ;;
  "") ;;
  *) echo "bruk: bench/run.sh [--quick]" >&2; exit 2 ;;
esac

if [ "$rask" = 1 ]; then
  sekunder=5; oppvarming=1; http_antall=2000; storrelser=""; pg_storrelser=""
else
  sekunder=20; oppvarming=5; http_antall=50000
  storrelser=${BENCH_STORRELSER:-"10000 1000000 10000000"}
  pg_storrelser=${BENCH_POSTGRES_STORRELSER:-"10000 1000000"}
fi
forbindelser=64
traader=2
port=5091
data=bench/data/run
rm -rf "$data" && mkdir -p "$data" bench/results
resultater=$data/resultater.tsv
: > "$resultater"
start_tid=$(date +%s)

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bench/run.sh: installerer wrk (apt-get install wrk)" >&2
    { apt-get install -y --no-install-recommends wrk >/dev/null 2>&1 \
      || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends wrk >/dev/null 2>&1; }; } \
      || { echo "bench/run.sh: fikk ikke installert wrk" >&2; exit 1; }
  else
    echo "bench/run.sh: wrk mangler; installer den (sudo apt-get install wrk)" >&2
    exit 1
  fi
fi

echo "== bygger (Release)" >&2
for prosjekt in src/Kjoretoyregister.Server src/Kjoretoyregister.Cli src/Kjoretoyregister.Client.Cli bench/Kjoretoyregister.Benchmarks; do
  dotnet build "$prosjekt" -c Release -nologo -v quiet >/dev/null
done
server_dll=src/Kjoretoyregister.Server/bin/Release/net10.0/Kjoretoyregister.Server.dll
cli="dotnet src/Kjoretoyregister.Cli/bin/Release/net10.0/kjoretoy.dll"
leverandor="dotnet src/Kjoretoyregister.Client.Cli/bin/Release/net10.0/fiks-kjoretoy.dll"
maling="dotnet bench/Kjoretoyregister.Benchmarks/bin/Release/net10.0/Kjoretoyregister.Benchmarks.dll maling"

opprydding=()
rydd() { local c; for c in "${opprydding[@]}"; do eval "$c" || true; done; }
trap rydd EXIT

pg=""
pg_kat=""
if pg_kat=$(mktemp -d) && pg=$(tests/postgres.sh start "$pg_kat" 2>"$data/postgres.log"); then
  opprydding+=("tests/postgres.sh stop '$pg_kat' >/dev/null 2>&1")
  echo "== PostgreSQL: $(head -c 200 "$data/postgres.log" | tr '\n' ' ')kjører på loopback" >&2
else
  echo "== PostgreSQL er ikke tilgjengelig her ($(tail -1 "$data/postgres.log")); bare SQLite måles" >&2
  pg=""
fi

# mal_minne OUT COMMAND...: duration and peak memory of a command (sets varighet_s, topp_mib).
. bench/minne.sh

# Starts the server on a data directory (and extra arguments); waits until it is ready.
server_pid=""
start_server() {
  local kat=$1; shift
  mkdir -p "$kat"
  Logging__LogLevel__Default=Warning dotnet "$server_dll" --urls "http://127.0.0.1:$port" --DataDirectory "$kat" \
    --Benchmark:SvarFil "$kat/svar.json" "$@" > "$kat/server.log" 2>&1 &
  server_pid=$!
  opprydding=("kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null" "${opprydding[@]}")
  local _
  for _ in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && [ -s "$kat/demo.json" ]; then
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { echo "bench/run.sh: serveren stoppet; se $kat/server.log" >&2; tail -20 "$kat/server.log" >&2; exit 1; }
    sleep 1
  done
  echo "bench/run.sh: serveren ble ikke klar; se $kat/server.log" >&2
  exit 1
}

stopp_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}

# wrk's latency (e.g. 812.00us, 1.20ms, 1.01s) in milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

baseline_rps=""
# wrk_sak NAME URL [LUA] [PLATES_PER_REQUEST]
wrk_sak() {
  local navn=$1 url=$2 lua=${3:-} ganger=${4:-1} ut="$data/wrk-$1.txt"
  local skript=()
  [ -n "$lua" ] && skript=(-s "$lua")
  wrk -t"$traader" -c"$forbindelser" -d"${oppvarming}s" "${skript[@]}" "$url" >/dev/null
  wrk -t"$traader" -c"$forbindelser" -d"${sekunder}s" --latency "${skript[@]}" "$url" > "$ut"
  local rps p50 p99 feil forhold
  rps=$(awk '/Requests\/sec/ {print $2}' "$ut")
  p50=$(ms "$(awk '$1 == "50%" {print $2}' "$ut")")
  p99=$(ms "$(awk '$1 == "99%" {print $2}' "$ut")")
  feil=$(awk '/Non-2xx/ {print $NF}' "$ut")
  if [ -n "$feil" ] && [ "$feil" != 0 ]; then
    echo "bench/run.sh: $navn fikk $feil svar som ikke var 2xx; se $ut" >&2
    exit 1
  fi
  case "$navn" in baseline*) baseline_rps=$rps ;; esac
  forhold=$(awk -v a="$rps" -v b="$baseline_rps" 'BEGIN { printf "%.2f", a / b }')
  local telt
  telt=$(awk -v r="$rps" -v g="$ganger" 'BEGIN { printf "%.0f", r * g }')
  printf 'http\t%s\t%s\t%s\t%s\t%s\n' "$navn" "$telt" "$p50" "$p99" "$forhold" >> "$resultater"
  echo "   $navn: $telt/s, p50 $p50 ms, p99 $p99 ms, forhold $forhold" >&2
}

# Reads the demo integration of the running server whose demo.json is in $1, gets a token, takes the
# first plate of $2, and writes the wrk scripts: samme.lua (the plate, no auth), enkelt.lua (the plate
# with auth) and get.lua (auth only). Sets org, id, passord, token, plate and base.
forbered_kall() {
  local kat=$1 plater=$2
  felt() { sed -n "s/.*\"$1\": \"\([^\"]*\)\".*/\1/p" "$kat/demo.json" | head -1; }
  org=$(felt fiksOrgId); id=$(felt integrasjonId); passord=$(felt integrasjonPassord)
  token=$($leverandor token --konfig "$kat/demo.json")
  plate=$(head -1 "$plater")
  base="http://127.0.0.1:$port/kjoretoyregister/api/$org/rest/distribusjon/kjoretoy/v2.0"
  printf 'wrk.headers["Authorization"] = "Bearer %s"\nwrk.headers["IntegrasjonId"] = "%s"\nwrk.headers["IntegrasjonPassord"] = "%s"\n' \
    "$token" "$id" "$passord" > "$kat/get.lua"
  lua_post "[{\"kjennemerke\": \"$plate\"}]" > "$kat/samme.lua"
  cat "$kat/samme.lua" "$kat/get.lua" > "$kat/enkelt.lua"
}

# A wrk script line set that POSTs the JSON body $1.
lua_post() { printf 'wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\n' "'$1'"; }

# The HTTP cases against a running server whose demo.json is in $1; $2 is the case-name suffix, $3 the plates.
http_saker() {
  local kat=$1 endelse=$2 plater=$3 vin bulk
  forbered_kall "$kat" "$plater"
  curl -sf -X POST "$base/bulk/kjennemerke" -H "Authorization: Bearer $token" -H "IntegrasjonId: $id" -H "IntegrasjonPassord: $passord" \
    -H 'Content-Type: application/json' -d "[{\"kjennemerke\": \"$plate\"}]" -o "$kat/svar.json"
  vin=$(grep -o '"understellsnummer":"[^"]*"' "$kat/svar.json" | head -1 | cut -d'"' -f4)
  [ -n "$vin" ] || { echo "bench/run.sh: fant ikke kjennemerket $plate i registeret" >&2; exit 1; }
  echo "   ett svar er $(stat -c %s "$kat/svar.json") byte (kjennemerke $plate)" >&2
  bulk=$(head -100 "$plater" | awk 'BEGIN { printf "[" } NR > 1 { printf "," } { printf "{\"kjennemerke\": \"%s\"}", $0 } END { printf "]" }')
  { lua_post "$bulk"; cat "$kat/get.lua"; } > "$kat/bulk.lua"

  wrk_sak "baseline$endelse" "http://127.0.0.1:$port/benchmark/samme-svar" "$kat/samme.lua"
  wrk_sak "health$endelse" "http://127.0.0.1:$port/health/live"
  wrk_sak "kjennemerke-enkelt$endelse" "$base/bulk/kjennemerke" "$kat/enkelt.lua"
  wrk_sak "kjennemerke-bulk100$endelse" "$base/bulk/kjennemerke" "$kat/bulk.lua" "$(head -100 "$plater" | wc -l)"
  wrk_sak "understellsnummer$endelse" "$base/bulk/understellsnummer/$vin" "$kat/get.lua"
}

# A new database $1 on the PostgreSQL cluster; prints its connection string.
pg_database() {
  psql "$(echo "$pg" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -qc "CREATE DATABASE $1" >/dev/null
  echo "$pg" | sed "s/Database=[^;]*/Database=$1/"
}

# The latency line of `maling latens` ($3) as a result row for engine $1 and size $2: warm p50, p99, bulk 100,
# then the first lookup of each plate (cold) p50, p99.
latens_rad() {
  echo "   $3" >&2
  printf 'latens\t%s\t%s\t%s\n' "$1" "$2" \
    "$(echo "$3" | sed -E 's/.*p50 ([0-9]+) µs, p99 ([0-9]+) µs; bulk 100: ([0-9.]+) ms; første gang: p50 ([0-9]+) µs, p99 ([0-9]+) µs.*/\1\t\2\t\3\t\4\t\5/')" >> "$resultater"
}

# --- 1. HTTP on SQLite, a register of real-size vehicles
echo "== genererer $http_antall kjøretøy med full teknisk godkjenning" >&2
teknisk=()
if $cli generer --help 2>/dev/null | grep -q -- --tekniske-data; then teknisk=(--tekniske-data); else echo "   (denne versjonen av kjoretoy generer har ikke --tekniske-data; svarene blir små)" >&2; fi
$cli generer --antall "$http_antall" --seed 1 "${teknisk[@]}" --ut "$data/http.ndjson" 2>/dev/null
kat=$data/http-sqlite
mkdir -p "$kat"
$cli importer "$data/http.ndjson" --database "$kat/register.db" > "$kat/import.log"
$maling plater 100 --sqlite "$kat/register.db" > "$data/plater-http.txt"
echo "== HTTP, SQLite (wrk -t$traader -c$forbindelser -d${sekunder}s)" >&2
start_server "$kat"
http_saker "$kat" "" "$data/plater-http.txt"
stopp_server

# --- 2. HTTP on PostgreSQL, the same register
if [ -n "$pg" ]; then
  kat=$data/http-postgres
  mkdir -p "$kat"
  pg_http=$(pg_database bench_http)
  $cli importer "$data/http.ndjson" --postgres "$pg_http" > "$kat/import.log"
  echo "== HTTP, PostgreSQL" >&2
  Storage__Provider=Postgres ConnectionStrings__Postgres="$pg_http" start_server "$kat"
  http_saker "$kat" "-postgres" "$data/plater-http.txt"
  stopp_server
fi
rm -f "$data/http.ndjson"

# --- 3. Register sizes: import and lookup latency (full run only)
storste=""
for n in $storrelser; do
  echo "== $n kjøretøy: generer, importer (SQLite), mål oppslag" >&2
  fil=$data/register-$n.ndjson
  mal_minne "$data/generer-$n.log" $cli generer --antall "$n" --seed 1 --ut "$fil"
  gen_rss=$topp_mib
  mal_minne "$data/import-sqlite-$n.log" $cli importer "$fil" --database "$data/register-$n.db"
  bytes=$(stat -c %s "$data/register-$n.db")
  printf 'import\tsqlite\t%s\t%s\t%s\t%s\t%s\n' "$n" "$(awk -v n="$n" -v s="$varighet_s" 'BEGIN { printf "%.0f", n / s }')" \
    "$(awk -v b="$bytes" -v n="$n" 'BEGIN { printf "%.0f", b / n }')" "$topp_mib" "$gen_rss" >> "$resultater"
  latens_rad sqlite "$n" "$($maling latens --sqlite "$data/register-$n.db")"
  if [ -n "$pg" ] && [[ " $pg_storrelser " == *" $n "* ]]; then
    pg_n=$(pg_database "bench_$n")
    mal_minne "$data/import-postgres-$n.log" $cli importer "$fil" --postgres "$pg_n"
    printf 'import\tpostgres\t%s\t%s\t%s\t%s\t%s\n' "$n" "$(awk -v n="$n" -v s="$varighet_s" 'BEGIN { printf "%.0f", n / s }')" \
      "-" "$topp_mib" "$gen_rss" >> "$resultater"
    latens_rad postgres "$n" "$($maling latens --postgres "$pg_n")"
    storste_pg=$pg_n
  fi
  rm -f "$fil"
  storste=$n
done

# --- 4. The server's peak memory under the single-plate load on the largest register
if [ -n "$storste" ]; then
  echo "== serverens minne under last, $storste kjøretøy (SQLite)" >&2
  kat=$data/rss-sqlite
  mkdir -p "$kat"
  $maling plater 100 --sqlite "$data/register-$storste.db" > "$kat/plater.txt"
  start_server "$kat" --Storage:RegisterFil "$data/register-$storste.db"
  http_enkelt() {
    forbered_kall "$kat" "$kat/plater.txt"
    wrk -t"$traader" -c"$forbindelser" -d"${sekunder}s" -s "$kat/enkelt.lua" "$base/bulk/kjennemerke" > "$kat/wrk.txt"
  }
  http_enkelt
  printf 'rss\tsqlite\t%s\t%s\n' "$storste" "$(($(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status") / 1024))" >> "$resultater"
  stopp_server
  if [ -n "${storste_pg:-}" ]; then
    kat=$data/rss-postgres
    mkdir -p "$kat"
    $maling plater 100 --postgres "$storste_pg" > "$kat/plater.txt"
    Storage__Provider=Postgres ConnectionStrings__Postgres="$storste_pg" start_server "$kat"
    http_enkelt
    printf 'rss\tpostgres\t%s\t%s\n' "$(echo "$pg_storrelser" | awk '{print $NF}')" "$(($(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status") / 1024))" >> "$resultater"
    stopp_server
  fi
fi

# --- 5. The report: bench/results/<date>-<machine>.md, docs/ytelse.svg, and the case lines
maskin=$(hostname -s 2>/dev/null || echo maskin)
# (an if: with "&& echo" the assignment takes the test's status 1 in a full run, and set -e ends the script)
rapport=bench/results/$(date +%Y-%m-%d)-$maskin$(if [ "$rask" = 1 ]; then echo -quick; fi).md
{
  echo "# bench/run.sh$([ "$rask" = 1 ] && echo " --quick"), $(date -u +'%Y-%m-%d %H:%M') UTC, $maskin"
  echo
  echo "$(nproc) kjerner, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(dotnet --version | sed 's/^/.NET SDK /'), commit $(git rev-parse --short HEAD 2>/dev/null || echo ukjent)$(git diff --quiet 2>/dev/null || echo ' (med endringer)')."
  echo "HTTP: wrk -t$traader -c$forbindelser, ${oppvarming} s oppvarming, ${sekunder} s per tilfelle, $http_antall kjøretøy med full teknisk godkjenning; forhold = forespørsler/s delt på baseline sine."
  echo
  echo "| tilfelle | forespørsler/s (bulk100: kjennemerker/s) | p50 ms | p99 ms | forhold |"
  echo "|---|---:|---:|---:|---:|"
  awk -F'\t' '$1 == "http" { printf "| %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6 }' "$resultater"
  if grep -q '^latens' "$resultater"; then
    echo
    echo "Oppslag i registerlaget (ett kjennemerke, 20 000 tilfeldige kjennemerker, hvert slått opp to ganger: varmt er andre gang,"
    echo "kaldt første gang prosessen rører kjøretøyets sider; bulk 100 i ett kall, varmt):"
    echo
    echo "| motor | kjøretøy | p50 µs varmt | p99 µs varmt | bulk 100 ms | p50 µs kaldt | p99 µs kaldt |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    awk -F'\t' '$1 == "latens" { printf "| %s | %\047d | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7, $8 }' "$resultater"
    echo
    echo "Import (kjoretoy importer inn i et tomt register; minne = høyeste RSS for import / for generer):"
    echo
    echo "| motor | kjøretøy | kjøretøy/s | byte/kjøretøy | minne import MiB | minne generer MiB |"
    echo "|---|---:|---:|---:|---:|---:|"
    awk -F'\t' '$1 == "import" { printf "| %s | %\047d | %\047d | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7 }' "$resultater"
  fi
  if grep -q '^rss' "$resultater"; then
    echo
    echo "Serverens høyeste RSS under kjennemerke-enkelt-last:"
    echo
    awk -F'\t' '$1 == "rss" { printf "- %s, %\047d kjøretøy: %s MiB\n", $2, $3, $4 }' "$resultater"
  fi
  echo
  echo "Varighet: $(( $(date +%s) - start_tid )) s."
} > "$rapport"
cp "$resultater" "${rapport%.md}.tsv"
$maling diagram "$resultater" "$data/ytelse.svg"
if [ "$rask" = 0 ]; then cp "$data/ytelse.svg" docs/ytelse.svg; fi
echo "== skrev $rapport$([ "$rask" = 0 ] && echo " og docs/ytelse.svg")" >&2
awk -F'\t' '$1 == "http" { printf "%s rps=%s p50_ms=%s p99_ms=%s ratio=%s\n", $2, $3, $4, $5, $6 }' "$resultater"
