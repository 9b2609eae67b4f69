"""What makes the app installable: desktop files that validate, the bundle's spec
naming every folder the app reads. (The bundle itself is built and smoke-tested
by packaging/build_bundle.sh: two minutes, outside the test suite.)"""

from __future__ import annotations

import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_the_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "fr.tourdetable.TourDeTable.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_the_appstream_metadata_validates() -> None:
    result = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(LINUX / "fr.tourdetable.TourDeTable.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_the_prep_file_type_and_the_entry_agree() -> None:
    mime = ET.parse(LINUX / "tourdetable-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    [kind] = mime.findall("m:mime-type", ns)
    assert kind.get("type") == "application/x-tourdetable-prep"
    assert kind.find("m:glob", ns).get("pattern") == "*.tdtprep"
    entry = (LINUX / "fr.tourdetable.TourDeTable.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-tourdetable-prep;" in entry and "Exec=tourdetable %f" in entry


def test_the_spec_bundles_every_folder_the_app_reads() -> None:
    spec = (ROOT / "packaging" / "pyinstaller" / "tourdetable.spec").read_text(encoding="utf-8")
    for folder in ("protocols", "translations", "fonts", "sounds", "icons"):
        assert f'"resources" / "{folder}"' in spec
        assert (ROOT / "resources" / folder).is_dir()
    assert '"app" / "db" / "migrations"' in spec


def test_a_gui_entry_point_without_console() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"]["tourdetable-app"] == "ui.entry:main"
    assert project["scripts"]["tourdetable"] == "ui.entry:main"
