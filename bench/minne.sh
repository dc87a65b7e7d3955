# Sourced by bench/run.sh and bench/import.sh.
# mal_minne OUT COMMAND...: runs COMMAND in the background with its output in OUT and reads its peak
# resident memory from /proc while it runs; sets varighet_s (seconds), topp_kib and topp_mib.
mal_minne() {
  local ut=$1; shift
  local start slutt pid hwm=0 v
  start=$(date +%s.%N)
  "$@" > "$ut" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
    sleep 0.2
  done
  wait "$pid" || { echo "$(basename "$0"): feilet: $*" >&2; tail -5 "$ut" >&2; return 1; }
  slutt=$(date +%s.%N)
  topp_kib=$hwm
  topp_mib=$((hwm / 1024))
  varighet_s=$(awk -v a="$start" -v b="$slutt" 'BEGIN { printf "%.3f", b - a }')
}
