#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on a free loopback port in a temporary directory.
#   tests/postgres.sh start DIR   initdb + start; prints the connection string on stdout
#   tests/postgres.sh stop DIR    stops it and removes DIR
# Installs Debian's postgresql via apt-get when it is missing and we are root. Runs the server as
# the `postgres` user when started as root (PostgreSQL refuses to run as root).
set -euo pipefail

kommando=${1:?usage: tests/postgres.sh start|stop DIR}
katalog=${2:?usage: tests/postgres.sh start|stop DIR}

finn_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

som_eier() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$kommando" in
  start)
    if ! bin=$(finn_bin); then
      if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "postgres.sh: installing PostgreSQL (apt-get install postgresql)" >&2
        { apt-get install -y --no-install-recommends postgresql >/dev/null 2>&1 \
          || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends postgresql >/dev/null 2>&1; }; } \
          || { echo "postgres.sh: could not install postgresql" >&2; exit 1; }
        bin=$(finn_bin) || { echo "postgres.sh: initdb not found after install" >&2; exit 1; }
      else
        echo "postgres.sh: PostgreSQL (initdb) is missing and cannot be installed here (not root)" >&2
        exit 1
      fi
    fi
    mkdir -p "$katalog"
    if [ "$(id -u)" -eq 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/false postgres
      chown postgres "$katalog"
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
      || echo $(( 20000 + RANDOM % 20000 )))
    som_eier "$bin/initdb" -D "$katalog/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$katalog/initdb.log" 2>&1 \
      || som_eier "$bin/initdb" -D "$katalog/data" -U postgres -A trust -E UTF8 --no-locale >"$katalog/initdb.log" 2>&1 \
      || { cat "$katalog/initdb.log" >&2; exit 1; }
    # Tests create a database each and many connections; fsync stays on (durability is under test).
    som_eier "$bin/pg_ctl" -D "$katalog/data" -l "$katalog/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$katalog -c max_connections=400 -c shared_buffers=256MB" >/dev/null \
      || { cat "$katalog/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    if bin=$(finn_bin) && [ -d "$katalog/data" ]; then
      som_eier "$bin/pg_ctl" -D "$katalog/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$katalog"
    ;;
  *)
    echo "usage: tests/postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
