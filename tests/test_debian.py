"""Which systems the tools install missing programs on (scripts/debian.py)."""

import pytest

from scripts import debian


@pytest.mark.parametrize("fields, debian_like", [
    ({"ID": "ubuntu", "ID_LIKE": "debian"}, True),
    ({"ID": "debian"}, True),
    ({"ID": "fedora"}, False),
])
def test_debian_and_ubuntu_are_recognised_from_os_release(monkeypatch, fields, debian_like):
    monkeypatch.setattr(debian.platform, "freedesktop_os_release", lambda: fields)
    assert debian.is_debian_like() is debian_like


def test_a_system_without_os_release_is_not_debian(monkeypatch):
    def missing():
        raise OSError("no os-release")
    monkeypatch.setattr(debian.platform, "freedesktop_os_release", missing)
    assert not debian.is_debian_like()
