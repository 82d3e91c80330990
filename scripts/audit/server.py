"""Serve a built site on a free loopback port, for as long as the audit needs it."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # one line per request would bury the report
        pass


def bind() -> ThreadingHTTPServer:
    """A server on 127.0.0.1 and a port the system chose, bound but not yet serving;
    its address is known before the site is built."""
    return ThreadingHTTPServer(("127.0.0.1", 0), QuietHandler)


def base_url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/"


@contextmanager
def serving(server: ThreadingHTTPServer, folder: Path):
    server.RequestHandlerClass = partial(QuietHandler, directory=str(folder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base_url(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
