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
    folders = [
        p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and not p.name.startswith("_")
    ]
    assert {"protocols", "translations", "fonts", "sounds", "icons", "names"} <= set(folders)
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["resources"]
    for folder in folders:
        assert f'"resources" / "{folder}"' in spec, folder
        assert any(pattern.startswith(folder + "/") for pattern in package_data), folder
    assert '"app" / "db" / "migrations"' in spec


def test_a_gui_entry_point_without_console() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"]["tourdetable-app"] == "ui.entry:main"
    assert project["scripts"]["tourdetable"] == "ui.entry:main"


# -- the Windows installer (built by packaging/windows/build_msi.sh) -----------------

WINDOWS = ROOT / "packaging" / "windows"
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


def harvested(bundle: Path, out: Path) -> ET.Element:
    import runpy

    harvest = runpy.run_path(str(WINDOWS / "harvest.py"))
    assert harvest["main"]([str(bundle), str(out)]) == 0
    return ET.parse(out).getroot()


def test_every_file_of_the_bundle_is_installed_under_a_stable_component(tmp_path) -> None:
    bundle = tmp_path / "dist" / "tourdetable"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    for name in ("tourdetable.exe", "tourdetable-cli.exe", "_internal/PySide6/Qt6Core.dll"):
        (bundle / name).write_bytes(b"x")
    root = harvested(bundle, tmp_path / "files.wxs")
    files = {f.get("Name"): f for f in root.iter(f"{WIX}File")}
    assert set(files) == {"tourdetable.exe", "tourdetable-cli.exe", "Qt6Core.dll"}
    # Relative to the fragment's own folder (wixl reads no absolute path), and real.
    for name, element in files.items():
        assert (tmp_path / element.get("Source")).is_file(), name
    components = [c.get("Id") for c in root.iter(f"{WIX}Component")]
    refs = [r.get("Id") for r in root.iter(f"{WIX}ComponentRef")]
    assert sorted(components) == sorted(refs) and len(set(components)) == 3
    # The same path, the same GUID, on every build: an upgrade replaces each file.
    again = harvested(bundle, tmp_path / "again.wxs")
    guids = {c.get("Id"): c.get("Guid") for c in root.iter(f"{WIX}Component")}
    assert guids == {c.get("Id"): c.get("Guid") for c in again.iter(f"{WIX}Component")}
    assert all(guid and guid != "*" for guid in guids.values())


def test_the_msi_is_per_machine_upgradable_and_opens_both_kinds_of_file() -> None:
    root = ET.parse(WINDOWS / "tourdetable.wxs").getroot()
    product = root.find(f"{WIX}Product")
    assert product is not None
    assert product.get("UpgradeCode") == "09F26E23-56CA-463D-9A23-F5DF2DDF0C3D"  # never changes
    assert product.get("Version") == "$(var.Version)"  # from pyproject.toml, at build time
    assert product.find(f"{WIX}Package").get("InstallScope") == "perMachine"
    assert product.find(f"{WIX}MajorUpgrade") is not None
    folders = {d.get("Id"): d for d in root.iter(f"{WIX}Directory")}
    assert folders["INSTALLDIR"].get("Name") == "Tour de table"
    assert "INSTALLDIR" in [d.get("Id") for d in folders["ProgramFiles64Folder"]]
    values = {(v.get("Key"), v.get("Value")) for v in root.iter(f"{WIX}RegistryValue")}
    opens = '"[INSTALLDIR]tourdetable.exe" "%1"'
    for extension, kind in ((".tdtprep", "TourDeTable.Prep"), (".tdtgroup", "TourDeTable.Group")):
        assert (rf"Software\Classes\{extension}", kind) in values
        assert (rf"Software\Classes\{kind}\shell\open\command", opens) in values
    shortcuts = {s.get("Name"): s.get("Arguments") for s in root.iter(f"{WIX}Shortcut")}
    assert shortcuts == {"Tour de table": None, "Préparer mon exposé": "prep"}
