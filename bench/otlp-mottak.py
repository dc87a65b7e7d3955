#!/usr/bin/env python3
"""A stand-in OTLP/HTTP collector for bench/http.sh --telemetri: answers 200 (an empty protobuf
Export*ServiceResponse) to POST /v1/traces, /v1/metrics and /v1/logs, and counts requests and bytes per path.
Usage: bench/otlp-mottak.py PORT TELLEFIL   (writes "<path> <requests> <bytes>" lines to TELLEFIL on SIGTERM)."""
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port = int(sys.argv[1])
tellefil = sys.argv[2]
telling = {}
las = threading.Lock()


class Mottak(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        lengde = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(lengde)
        with las:
            antall, byte = telling.get(self.path, (0, 0))
            telling[self.path] = (antall + 1, byte + lengde)
        status = 200 if self.path in ("/v1/traces", "/v1/metrics", "/v1/logs") else 404
        self.send_response(status)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


tjener = ThreadingHTTPServer(("127.0.0.1", port), Mottak)


def stopp(*_):
    with las, open(tellefil, "w", encoding="utf-8") as f:
        for sti, (antall, byte) in sorted(telling.items()):
            f.write(f"{sti} {antall} {byte}\n")
    threading.Thread(target=tjener.shutdown).start()


signal.signal(signal.SIGTERM, stopp)
tjener.serve_forever()
