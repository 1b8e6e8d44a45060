"""Make the workbook fixture only an office suite can write: an old binary Excel 97-2003 .xls.

Run with the system Python that has LibreOffice's UNO bridge (Debian: python3-uno, pulled in by libreoffice):

    PYTHONPATH=src python -m disclosure_rules template --year 2024 -o /tmp/blank.xlsx
    /usr/bin/python3 scripts/workbook_make_fixtures.py /tmp/blank.xlsx tests/data/workbook

It starts a headless LibreOffice, opens the blank template and stores it as Excel 97-2003 (``blank.xls``). The
file is committed; tests read it. (LibreOffice 7.4 stores no password-encrypted .xlsx through this bridge, so
the encrypted case is tested with a compound file built in the test itself.)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]  # LibreOffice's bridge, in the system Python only
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]  # idem

PORT = 2083


def _prop(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def main(source: str, outdir: str) -> None:
    profile = Path(tempfile.mkdtemp(prefix="lo-fixtures-"))
    office = subprocess.Popen(  # noqa: S603 - fixed arguments, our own LibreOffice
        [
            shutil.which("soffice") or "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--invisible",
            f"--accept=socket,host=127.0.0.1,port={PORT};urp;",
        ]
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(60):
            try:
                context = resolver.resolve(
                    f"uno:socket,host=127.0.0.1,port={PORT};urp;StarOffice.ComponentContext"
                )
                break
            except Exception:  # noqa: BLE001 - not listening yet
                time.sleep(0.5)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        url = Path(source).resolve().as_uri()
        document = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", value=True),))
        out = Path(outdir).resolve()
        document.storeToURL((out / "blank.xls").as_uri(), (_prop("FilterName", "MS Excel 97"),))
        document.close(True)  # noqa: FBT003 - UNO's close(DeliverOwnership) takes a positional flag
    finally:
        office.terminate()
        office.wait(timeout=30)
    print(f"wrote {out / 'blank.xls'}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
