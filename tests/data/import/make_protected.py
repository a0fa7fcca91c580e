"""How ``protected.xlsx`` beside this file was made: a real password-protected workbook, written by LibreOffice.

LibreOffice 7.4's ``--convert-to`` ignores a password given as a filter option, and msoffcrypto-tool is not a
dependency, so the file is made once through LibreOffice's own API (python3-uno, the system's Python; ECMA-376
"standard" encryption, AES-128, as Excel 2007 wrote it) and kept in the repository:
``/usr/bin/python3 tests/data/import/make_protected.py SOURCE.xlsx tests/data/import/protected.xlsx``.
Its password is ``secret``; it holds one sheet 房间 with a header row and one unit. The import must refuse it
without asking for the password (the OLE container with its "EncryptionInfo" stream is what Excel writes too).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]  # only on a machine with LibreOffice's python3-uno
from com.sun.star.beans import NamedValue, PropertyValue  # type: ignore[import-not-found]

PIPE = "dossier_desk_protect"


def _property(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _named(name: str, value: object) -> NamedValue:
    named = NamedValue()
    named.Name, named.Value = name, value
    return named


def main(source: Path, target: Path) -> None:
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", f"--accept=pipe,name={PIPE};urp;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext()
        )
        for _ in range(60):
            try:
                context = resolver.resolve(f"uno:pipe,name={PIPE};urp;StarOffice.ComponentContext")
                break
            except Exception:  # the office is still starting
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(str(source.resolve())), "_blank", 0, (_property("Hidden", True),)
        )
        secret = (_named("OOXPassword", "secret"), _named("CryptoType", "Standard"))
        encryption = uno.Any("[]com.sun.star.beans.NamedValue", secret)
        arguments = (
            _property("FilterName", "Calc MS Excel 2007 XML"),
            # OOXML export takes the password as encryption data with its kind: "Password" alone is ignored.
            _property("EncryptionData", encryption),
        )
        url = uno.systemPathToFileUrl(str(target.resolve()))
        uno.invoke(document, "storeToURL", (url, uno.Any("[]com.sun.star.beans.PropertyValue", arguments)))
        document.close(True)
        desktop.terminate()
    finally:
        try:
            office.wait(timeout=15)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
