"""Every supported Python installs the lock, and `make` stops a Python it does not support
with one line that says what to do."""

import os
import shutil
import subprocess
import sys

import pytest

from scripts import lock
from scripts.project import ROOT


def test_the_supported_range_is_debian_12s_python_up_to_3_14():
    assert lock.oldest_python() == "3.11.2"
    assert lock.newest_python() == "3.14"


def test_every_pin_of_the_real_lock_supports_the_oldest_and_the_newest_python():
    pythons = [lock.oldest_python(), lock.newest_python()]

    assert lock.unsupported(lock.LOCK, pythons) == []


def test_a_pin_that_needs_a_newer_python_is_named_with_its_requires_python(tmp_path):
    installed = tmp_path / "site-packages"
    (installed / "needs_new-2.0.dist-info").mkdir(parents=True)
    (installed / "needs_new-2.0.dist-info/METADATA").write_text(
        "Metadata-Version: 2.1\nName: needs-new\nVersion: 2.0\nRequires-Python: >=3.11.5\n", encoding="utf-8")
    pinned = tmp_path / "requirements.txt"
    pinned.write_text("# a lock\nneeds-new==2.0\n", encoding="utf-8")

    problems = lock.unsupported(pinned, ["3.11.2", "3.14"], search_path=[str(installed)])

    assert len(problems) == 1
    assert problems[0].startswith("needs-new==2.0 requires Python >=3.11.5, so not 3.11.2")


def test_a_pin_other_than_the_installed_version_is_named(tmp_path):
    pinned = tmp_path / "requirements.txt"
    pinned.write_text("pytest==0.0.1\n", encoding="utf-8")

    assert lock.unsupported(pinned, ["3.11.2"]) == [
        f"pytest==0.0.1: {pytest.__version__} is installed; run `make install` first"]


def test_the_lock_text_is_sorted_and_says_which_python_it_was_made_for():
    text = lock.lock_text({"mkdocs": "1.6.1", "Babel": "2.19.0"}, "3.11.2")

    assert text.splitlines()[-2:] == ["Babel==2.19.0", "mkdocs==1.6.1"]
    assert "for Python 3.11.2" in text
    assert lock.PIN.findall(text) == [("Babel", "2.19.0"), ("mkdocs", "1.6.1")]


def outside_make():
    """The environment without what a `make` running these tests passes to the
    makes they start: `make test PYTHON=…` exports PYTHON and puts it in MAKEFLAGS."""
    return {name: value for name, value in os.environ.items()
            if name not in ("PYTHON", "MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")}


def fake_python(folder, version):
    """A `python3` that only reports `version` of itself, first on PATH."""
    folder.mkdir(exist_ok=True)
    program = folder / "python3"
    program.write_text(f"#!/bin/sh\necho {version}\n", encoding="utf-8")
    program.chmod(0o755)
    environment = outside_make()
    return {**environment, "PATH": f"{folder}{os.pathsep}{environment['PATH']}"}


def project_for_make(tmp_path):
    """What `make install` reads before it creates .venv."""
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    for name in ("Makefile", "pyproject.toml", "requirements.txt", "scripts/python_version.sh"):
        shutil.copy(ROOT / name, project / name)
    return project


def test_make_with_a_too_old_python_says_so_in_one_line_and_creates_nothing(tmp_path):
    project = project_for_make(tmp_path)
    environment = fake_python(tmp_path / "bin", "3.9.2")

    result = subprocess.run(["make", "test"], cwd=project, env=environment, capture_output=True, text=True)

    assert result.returncode != 0
    assert result.stderr.splitlines()[0] == (
        "make: 'python3' is Python 3.9.2, too old: this project needs Python 3.11.2 to 3.14. "
        "Install one (Debian 12, Ubuntu 24.04: sudo apt-get install python3 python3-venv; "
        "elsewhere: python.org), then run: make test PYTHON=/path/to/python3")
    assert "pip" not in result.stdout + result.stderr
    assert not (project / ".venv").exists()


def test_make_with_a_python_newer_than_the_lock_says_so(tmp_path):
    project = project_for_make(tmp_path)
    environment = fake_python(tmp_path / "bin", "3.15.0")

    result = subprocess.run(["make", "serve"], cwd=project, env=environment, capture_output=True, text=True)

    assert result.returncode != 0
    assert "'python3' is Python 3.15.0, too new for the pinned packages" in result.stderr
    assert "make serve PYTHON=" in result.stderr
    assert not (project / ".venv").exists()


def test_make_names_a_python_that_is_not_there(tmp_path):
    project = project_for_make(tmp_path)

    result = subprocess.run(["make", "check", "PYTHON=/nowhere/python3"], cwd=project, env=outside_make(),
                            capture_output=True, text=True)

    assert result.returncode != 0
    assert result.stderr.startswith("make: no Python at '/nowhere/python3'; this project needs Python 3.11.2")


def test_the_python_running_the_tests_passes_the_check():
    result = subprocess.run(["sh", "scripts/python_version.sh", sys.executable], cwd=ROOT,
                            capture_output=True, text=True)

    assert (result.returncode, result.stderr) == (0, "")
