"""Zip a built site under one top folder: ``python scripts/zip_site.py SITE_DIR OUT.zip FOLDER``."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path


def main(site: str, out: str, folder: str) -> None:
    root = Path(site)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder}/{path.relative_to(root).as_posix()}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
