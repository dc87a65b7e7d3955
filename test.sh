#!/usr/bin/env bash
# Runs every test of the solution, as a newcomer and CI do: ./test.sh
# Installs and starts what the tests need when it is missing (Chromium for the browser tests, node/npm
# for the API document's Redocly lint and poppler-utils for the PDF tests, via apt-get when root; npm ci
# in tests/redocly; dotnet tool restore for NSwag and Kiota), starts a throwaway PostgreSQL cluster on a
# free loopback port (installing Debian's postgresql when missing; tests/postgres.sh) and stops it
# afterwards, builds with warnings as errors, runs `dotnet test`, and ends with one line "N passed,
# N failed". A prerequisite that cannot be had is a failing test, never a skipped one.
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

# The innsyn report's PDF tests render its first page with Poppler's pdftoppm and read its text with pdftotext
# (tests/Kjoretoyregister.Server.Tests/Testdata/Pdfverktoy.cs).
if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing poppler-utils for the PDF tests (apt-get install poppler-utils)"
    if ! { apt-get install -y --no-install-recommends poppler-utils >/dev/null 2>&1 \
           || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends poppler-utils >/dev/null 2>&1; }; }; then
      echo "test.sh: could not install poppler-utils; the PDF tests will fail" >&2
    fi
  else
    echo "test.sh: pdftoppm/pdftotext are missing and cannot be installed here (not root); the PDF tests will fail. Install poppler-utils." >&2
  fi
fi

# The generated-client tests (tests/Kjoretoyregister.NSwag.Tests, tests/Kjoretoyregister.Kiota.Tests) run
# NSwag and Kiota at build time, pinned in .config/dotnet-tools.json.
if ! dotnet tool restore >/dev/null; then
  echo "test.sh: dotnet tool restore failed (NSwag and Kiota from .config/dotnet-tools.json); the build will fail" >&2
fi

# The API document's lint test runs Redocly's CLI, pinned in tests/redocly (package-lock.json), on node.
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing node and npm for the API document's lint test (apt-get install nodejs npm)"
    if ! { apt-get install -y --no-install-recommends nodejs npm >/dev/null 2>&1 \
           || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends nodejs npm >/dev/null 2>&1; }; }; then
      echo "test.sh: could not install node and npm; the Redocly lint test will fail" >&2
    fi
  else
    echo "test.sh: npm is missing and cannot be installed here (not root); the Redocly lint test will fail. Install nodejs and npm." >&2
  fi
fi
if [ ! -d tests/redocly/node_modules ] && command -v npm >/dev/null 2>&1; then
  echo "test.sh: npm ci in tests/redocly (Redocly CLI for the API document's lint test)"
  if ! (cd tests/redocly && npm ci --no-audit --no-fund >/dev/null); then
    echo "test.sh: npm ci in tests/redocly failed; the Redocly lint test will fail" >&2
  fi
fi

if ! dotnet build Kjoretoyregister.slnx -c Release -warnaserror -nologo -v quiet; then
  echo "test.sh: the build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

logg=$(mktemp)
pakker=$(mktemp -d)
pgkatalog=$(mktemp -d)
trap 'tests/postgres.sh stop "$pgkatalog" >/dev/null 2>&1; rm -rf "$logg" "$pakker" "$pgkatalog"' EXIT

# The engine-parameterised suites and the multi-instance tests run on this cluster as well as on SQLite.
# If it cannot be started the tests that need it fail with a message saying so (they never skip).
pgfeil=0
if pgstreng=$(tests/postgres.sh start "$pgkatalog"); then
  export KJORETOYREGISTER_TEST_POSTGRES="$pgstreng"
  echo "test.sh: PostgreSQL test cluster on ${pgstreng%%;Username*}"
else
  echo "test.sh: could not start a PostgreSQL test cluster; the PostgreSQL tests will fail" >&2
  unset KJORETOYREGISTER_TEST_POSTGRES
  pgfeil=1
fi

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

if [ "$pgfeil" -ne 0 ]; then
  failed=$((failed + 1))
  status=1
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
