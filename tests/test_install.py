"""What the README installs is what CI tested: the constraints file, and no
binding release known to abort the app."""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, version
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


def test_the_environment_is_the_locked_one() -> None:
    wrong = {}
    for name, exact in pinned().items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "missing"
        if installed != exact:
            wrong[name] = (installed, exact)
    assert wrong == {}, "install with: pip install -c constraints.txt -e '.[test]'"


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
