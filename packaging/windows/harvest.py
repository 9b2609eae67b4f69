"""Write the WiX fragment that installs every file of the Windows bundle.

    python packaging/windows/harvest.py BUNDLE_DIR OUT.wxs

One component per file, under the installation folder's tree. A component's GUID
is derived from its path inside the bundle, so that the same file keeps the same
component from one version to the next (what Windows Installer needs to replace
it on an upgrade). The fragment is plain WiX 3: Debian's wixl reads it on Linux,
and WiX 3's candle and light on a Windows runner.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

# Fixed forever: the namespace the components' GUIDs are derived in.
COMPONENTS = uuid.UUID("3f6c2b1e-8d0a-4f7e-9c55-2a1d7e4b6c90")


def _id(prefix: str, relative: str) -> str:
    """A WiX identifier (letters, digits, dots and underscores, 72 at most)."""
    return f"{prefix}_{uuid.uuid5(COMPONENTS, relative).hex}"


def fragment(bundle: Path, base: Path) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
        "  <Fragment>",
        '    <DirectoryRef Id="INSTALLDIR">',
    ]
    components: list[str] = []

    def walk(folder: Path, depth: int) -> None:
        pad = "  " * (depth + 3)
        for entry in sorted(folder.iterdir(), key=lambda p: (p.is_dir(), p.name.lower())):
            relative = entry.relative_to(bundle).as_posix()
            if entry.is_dir():
                folder_id = quoteattr(_id("d", relative))
                lines.append(f"{pad}<Directory Id={folder_id} Name={quoteattr(entry.name)}>")
                walk(entry, depth + 1)
                lines.append(f"{pad}</Directory>")
                continue
            component = _id("c", relative)
            guid = str(uuid.uuid5(COMPONENTS, relative)).upper()
            # Relative to the fragment's own folder: wixl reads no absolute path.
            source = os.path.relpath(entry, base)
            lines.extend(
                [
                    f"{pad}<Component Id={quoteattr(component)} Guid={quoteattr(guid)}"
                    ' Win64="yes">',
                    f"{pad}  <File Id={quoteattr(_id('f', relative))} Name={quoteattr(entry.name)}"
                    f' Source={quoteattr(source)} KeyPath="yes"/>',
                    f"{pad}</Component>",
                ]
            )
            components.append(component)

    walk(bundle, 0)
    lines += ["    </DirectoryRef>", "  </Fragment>", "  <Fragment>"]
    lines.append('    <ComponentGroup Id="BundleFiles">')
    lines += [f"      <ComponentRef Id={quoteattr(c)}/>" for c in components]
    lines += ["    </ComponentGroup>", "  </Fragment>", "</Wix>", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    bundle, out = Path(argv[0]), Path(argv[1])
    if not (bundle / "tourdetable.exe").is_file():
        print(f"{bundle} holds no tourdetable.exe: build the Windows bundle first", file=sys.stderr)
        return 1
    out.write_text(fragment(bundle, out.resolve().parent), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
