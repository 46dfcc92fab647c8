"""The Windows version resource of the frozen program, built from ``melayani_desk.__version__``.

Used by build.spec; importable on any system (PyInstaller's structures are plain Python).
"""

from __future__ import annotations

import re

COMPANY = "Pemerintah Kabupaten Banyuwangi"
PRODUCT = "Melayani Desk"
NAME = "melayani-desk"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); pre-release text after a number is dropped ('0.2.0rc1')."""
    numbers = [int(m.group()) for m in (re.match(r"\d+", p) for p in version.split(".")) if m]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_info(version: str, name: str = NAME):  # noqa: ANN201 - PyInstaller's VSVersionInfo
    """The resource of ``name``.exe: the window program, or the console one beside it."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": f"{PRODUCT} - direktori layanan dan log rujukan"
        + (" (konsol)" if name != NAME else ""),
        "FileVersion": version,
        "InternalName": name,
        "LegalCopyright": f"(c) {COMPANY}; MIT License",
        "OriginalFilename": f"{name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = list(strings.items())
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 0x0421 = Indonesian, 0x04B0 = Unicode (1200)
            StringFileInfo([StringTable("042104B0", [StringStruct(k, v) for k, v in table])]),
            VarFileInfo([VarStruct("Translation", [0x0421, 1200])]),
        ],
    )
