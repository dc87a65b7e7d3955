#!/usr/bin/env bash
# Runs every test of the solution, as a newcomer and CI do: ./test.sh
# Installs and starts what the tests need when it is missing (today: the .NET SDK's restore only;
# PostgreSQL and Chromium join when the tests that need them arrive), builds with warnings as
# errors, runs `dotnet test`, and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK (dotnet) is required" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

if ! dotnet build Kjoretoyregister.slnx -c Release -warnaserror -nologo -v quiet; then
  echo "test.sh: the build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

logg=$(mktemp)
trap 'rm -f "$logg"' EXIT
dotnet test Kjoretoyregister.slnx -c Release --no-build -nologo 2>&1 | tee "$logg"
status=${PIPESTATUS[0]}

# One summary line per test assembly: "Passed!  - Failed:     0, Passed:    28, Skipped: ..."
read -r passed failed assemblies < <(awk '
  /(Passed|Failed)!  - Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") { f += $(i + 1) + 0 }
      if ($i == "Passed:") { p += $(i + 1) + 0 }
    }
    n++
  }
  END { printf "%d %d %d\n", p, f, n }' "$logg")

expected=$(grep -c '<Project Path="tests/' Kjoretoyregister.slnx)
if [ "$assemblies" -lt "$expected" ]; then
  echo "test.sh: only $assemblies of $expected test projects reported a result" >&2
  failed=$((failed + expected - assemblies))
  status=1
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
