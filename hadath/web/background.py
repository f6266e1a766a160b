"""The API and dashboard served from a thread of this process, for tests and scripts.

The dashboard tests and ``scripts/dashboard_screenshots.py`` drive a real browser,
which needs a real HTTP server; this is the one place that starts uvicorn in a
background thread on a free port, waits until it listens, and stops it again.
"""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from typing import Iterator

START_TIMEOUT_S = 20.0


@contextmanager
def serve_in_thread(app, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``app`` until the block ends; yields its base URL (``http://host:port/``)."""
    import uvicorn

    sock = socket.socket()
    sock.bind((host, 0))   # the server gets this very socket: no race for the port
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name=f"hadath-serve-{port}")
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise RuntimeError(f"the server on {host}:{port} did not start "
                               f"(see the log above)")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}/"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
