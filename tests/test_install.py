"""What the README installs is what CI tested: the constraints file, and no
binding release known to abort the app."""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, requires, version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def pinned() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, exact = line.partition("==")
            pins[canonicalize_name(name)] = exact
    return pins


def needed_here() -> set[str]:
    """The distributions the app and its tests need on this system: their
    requirements followed down, each marker read here (keyring's jeepney is
    Linux's, SQLCipher's wheel too; Windows has neither)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    todo = [Requirement(r) for r in wanted]
    seen: set[str] = set()
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        if name in seen:
            continue
        seen.add(name)
        try:
            below = requires(name) or []
        except PackageNotFoundError:
            continue
        for spec in below:
            sub = Requirement(spec)
            wanted_extras = req.extras or {""}
            if sub.marker is None or any(sub.marker.evaluate({"extra": e}) for e in wanted_extras):
                sub.marker = None
                todo.append(sub)
    return seen


def test_the_environment_is_the_locked_one() -> None:
    wrong = {}
    needed = needed_here()
    for name, exact in pinned().items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "missing"
        if installed != exact and (installed != "missing" or name in needed):
            wrong[name] = (installed, exact)
    assert wrong == {}, "install with: pip install -c constraints.txt -e '.[test]'"
    assert needed - set(pinned()) <= {"pip", "setuptools"}  # nothing needed left unpinned


def test_every_dependency_is_locked() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    names = {canonicalize_name(Requirement(r).name) for r in wanted}
    assert names - set(pinned()) == set()


def test_the_leaking_binding_is_excluded_on_python_3_11() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for spec in project["dependencies"]:
        req = Requirement(spec)
        if req.name.startswith("PySide6") and req.marker.evaluate({"python_version": "3.11"}):
            assert "6.12.0" not in req.specifier and "6.11.3" in req.specifier
    assert pinned()["pyside6-essentials"] != "6.12.0"
