"""What kind a file is, by its first bytes: the workbook reader and the auditor tell files apart the same way.

Crawlers and staff save files under whatever name they had (an .xlsx called .docx, a PDF with no suffix), so a
file's kind comes from its signature, never its name.
"""

from __future__ import annotations

from typing import Final

PDF_MAGIC: Final = b"%PDF-"
# A zip: .xlsx, .docx and every other Office Open XML file.
ZIP_MAGIC: Final = b"PK\x03\x04"
# An OLE compound file: the old binary .xls, .doc and .wps, and an encrypted Office Open XML file.
OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream an OLE file holds when it is an encrypted .docx/.xlsx (MS-OFFCRYPTO): a password-protected Office
# Open XML file is not a zip, and must not be taken for an old binary file.
ENCRYPTED_STREAM: Final = "EncryptedPackage".encode("utf-16-le")
# Bytes a saved PDF may carry before its header (a byte-order mark, blank lines a server or crawler added): PDF
# readers look for the header past them, and so do we.
_PDF_LEAD: Final = b"\xef\xbb\xbf \t\r\n\x00"


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` is a PDF: its header first, past any byte-order mark and blank lines."""
    return data.startswith(PDF_MAGIC) or data[:1024].lstrip(_PDF_LEAD).startswith(PDF_MAGIC)
