"""Run nginx with the site's configuration on a free loopback port (tests, `make bench`).

The server is the one the agency runs, with the rules in hosting/nginx/; only
the frame around them (port, folders, log files) is written here, into a
temporary folder, so nothing on the machine is changed or left running.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from scripts import debian
from scripts.hosting import write_config

SEARCHED = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/opt/homebrew/bin/nginx", "/usr/local/bin/nginx")
MIME_TYPES = ("/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types", "/opt/homebrew/etc/nginx/mime.types")
HOW_TO_INSTALL = "nginx is not installed: install it (Debian/Ubuntu: sudo apt-get install nginx)."
STARTUP_SECONDS = 10


class NginxMissing(Exception):
    """No nginx, and it cannot be installed here; the message says how to install it."""


def find_nginx() -> str | None:
    return shutil.which("nginx") or next((path for path in SEARCHED if Path(path).exists()), None)


def ensure_nginx() -> str:
    """nginx's program; installs Debian's nginx first where that is possible (root on Debian)."""
    found = find_nginx()
    if not found and debian.can_install():
        failed = debian.install("nginx")
        if failed:
            raise NginxMissing(f"`{failed}` failed. {HOW_TO_INSTALL}")
        found = find_nginx()
    if not found:
        raise NginxMissing(HOW_TO_INSTALL)
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_frame(site_dir: Path, rules: Path, port: int, runtime: Path) -> str:
    """nginx.conf around the site's rules, as hosting/nginx/example.conf but on loopback and
    with every file it writes in `runtime`."""
    mime_types = next((path for path in MIME_TYPES if Path(path).exists()), None)
    return f"""
daemon off;
pid {runtime}/nginx.pid;
error_log {runtime}/error.log;
# As root, workers would run as nobody and could not read a private temporary folder.
user root;
worker_processes 1;
events {{}}
http {{
    {f"include {mime_types};" if mime_types else ""}
    access_log off;
    client_body_temp_path {runtime}/body;
    proxy_temp_path {runtime}/proxy;
    fastcgi_temp_path {runtime}/fastcgi;
    uwsgi_temp_path {runtime}/uwsgi;
    scgi_temp_path {runtime}/scgi;
    include {rules}/http.conf;
    include {rules}/csp.conf;
    server {{
        listen 127.0.0.1:{port};
        root {site_dir.resolve()};
        include {rules}/site.conf;
    }}
}}
"""


def wait_for(port: int, process: subprocess.Popen, logs: list[Path]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            said = "".join(log.read_text(encoding="utf-8") for log in logs if log.exists())
            raise RuntimeError(f"nginx stopped: {said.strip() or 'it logged nothing'}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nginx did not start within {STARTUP_SECONDS} s")


@contextmanager
def serving(site_dir: Path, port: int | None = None):
    """Serve `site_dir` with nginx and the site's configuration, on `port` or a free
    one; yields the base URL. A site built for that URL (site_url) needs the port first."""
    program = ensure_nginx()
    with tempfile.TemporaryDirectory(prefix="nginx-") as folder:
        runtime = Path(folder)
        rules = runtime / "rules"
        write_config(site_dir, rules)
        port = port or free_port()
        config = runtime / "nginx.conf"
        config.write_text(server_frame(site_dir, rules, port, runtime), encoding="utf-8")
        # Errors in the configuration come on stderr, before nginx opens its error log.
        startup_log = runtime / "startup.log"
        with startup_log.open("w", encoding="utf-8") as startup:
            process = subprocess.Popen([program, "-p", str(runtime), "-c", str(config)],
                                       stdout=subprocess.DEVNULL, stderr=startup)
            try:
                wait_for(port, process, [startup_log, runtime / "error.log"])
                yield f"http://127.0.0.1:{port}/"
            finally:
                process.terminate()
                process.wait(timeout=10)
