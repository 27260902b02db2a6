"""A static file server for the built site that answers as deploy/nginx.conf does, for ``./scripts/serve``, the
browser tests and the bench (production serving is nginx):

- the right types for WebAssembly and JavaScript modules;
- the precompressed copy the browser accepts (``file.br``, else ``file.gz``, written by the build), with
  ``Content-Encoding`` and ``Vary``; nothing is compressed per request;
- the same caching: a year and ``immutable`` for the content-addressed runtime, Pyodide's version folder and
  Material's hashed files; ``no-cache`` (ask each time, 304 when unchanged) for everything else.
"""

from __future__ import annotations

import argparse
import email.utils
import functools
import http.server
import os
import re
from typing import Any

IMMUTABLE = re.compile(
    r"/assets/(runtime|pyodide)/[^/]+/|/assets/(javascripts|stylesheets)/.+\.[0-9a-f]{8}\.min\.(js|css)$"
)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the standard library declares it as a class attribute
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".zip": "application/zip",
        ".csnap": "application/octet-stream",
    }

    def end_headers(self) -> None:
        immutable = IMMUTABLE.search(self.path.split("?", 1)[0])
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if immutable else "no-cache")
        super().end_headers()

    def send_head(self) -> Any:
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepted = {part.split(";")[0].strip() for part in self.headers.get("Accept-Encoding", "").split(",")}
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            if encoding in accepted and os.path.isfile(path) and os.path.isfile(path + suffix):
                return self._send_encoded(path, path + suffix, encoding)
        return super().send_head()

    def _send_encoded(self, path: str, encoded: str, encoding: str) -> Any:
        modified = int(os.stat(path).st_mtime)
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                when = email.utils.parsedate_to_datetime(since)
                if int(when.timestamp()) >= modified:
                    self.send_response(304)
                    self.send_header("Vary", "Accept-Encoding")
                    self.end_headers()
                    return None
            except (TypeError, ValueError):
                pass
        handle = open(encoded, "rb")  # noqa: SIM115 - the base class sends and closes it
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(os.fstat(handle.fileno()).st_size))
        self.send_header("Last-Modified", self.date_time_string(modified))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return handle

    def log_message(self, format: str, *args: object) -> None:
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--directory", default="site")
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    handler = functools.partial(Handler, directory=args.directory)
    server = http.server.ThreadingHTTPServer((args.bind, args.port), handler)
    server.verbose = args.verbose  # type: ignore[attr-defined]
    server.serve_forever()


if __name__ == "__main__":
    main()
