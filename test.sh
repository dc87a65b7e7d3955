#!/usr/bin/env bash
# Runs every test of the solution, as a newcomer and CI do: ./test.sh
# Installs and starts what the tests need when it is missing (Chromium for the browser tests, via
# apt-get when root; PostgreSQL joins when the tests that need it arrive), builds with warnings as
# errors, runs `dotnet test`, and ends with one line "N passed, N failed". A prerequisite that
# cannot be had is a failing test, never a skipped one.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK (dotnet) is required" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# The browser tests drive the system Chromium through Microsoft.Playwright (Testdata/Nettleser.cs).
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Chromium for the browser tests (apt-get install chromium)"
    if ! { apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 \
           || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends chromium >/dev/null 2>&1; }; }; then
      echo "test.sh: could not install Chromium; the browser tests will fail" >&2
    fi
  else
    echo "test.sh: $chromium is missing and cannot be installed here (not root); the browser tests will fail. Install chromium or set CHROMIUM=<path>." >&2
  fi
fi

if ! dotnet build Kjoretoyregister.slnx -c Release -warnaserror -nologo -v quiet; then
  echo "test.sh: the build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

logg=$(mktemp)
pakker=$(mktemp -d)
trap 'rm -rf "$logg" "$pakker"' EXIT

# The client SDK and the contracts it returns are NuGet packages for vendors: they must pack.
for pakke in src/Kjoretoyregister.Contracts src/Kjoretoyregister.Client; do
  if ! dotnet pack "$pakke" -c Release --no-build -nologo -v quiet -o "$pakker"; then
    echo "test.sh: dotnet pack $pakke failed" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
done
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
