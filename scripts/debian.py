"""Install a missing program from Debian's packages, where that is possible.

The audit needs Chromium and the hosting test needs nginx. On Debian or
Ubuntu, run as root (as CI does), the tools install them with apt-get;
anywhere else they say how to install them instead.
"""

from __future__ import annotations

import os
import platform
import subprocess


def is_debian_like() -> bool:
    try:
        fields = platform.freedesktop_os_release()
    except OSError:  # not Linux, or no os-release file
        return False
    names = f"{fields.get('ID', '')} {fields.get('ID_LIKE', '')}".split()
    return bool({"debian", "ubuntu"} & set(names))


def can_install() -> bool:
    return os.geteuid() == 0 and is_debian_like()


def install(package: str) -> str | None:
    """apt-get install `package`; None when it worked, else the command that failed."""
    print(f"Installing Debian's {package} package (apt-get).", flush=True)
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", package]):
        if subprocess.run(command, env=environment).returncode:
            return " ".join(command)
    return None
