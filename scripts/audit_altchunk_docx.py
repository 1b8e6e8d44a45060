"""Wrap a saved page in a Word file as an embedded part (``w:altChunk``), as some systems file reports.

A Word document may hold no paragraphs of its own, only a reference to an HTML or MHT part that Word renders
in place (a page imported into Word, or a publishing system that saves its HTML "as Word"). The auditor reads
that part as it reads a saved page (docs/audit.md, "Reports filed as PDF or Word"). This script writes such a
file from a page, for the tests and to try the auditor on it:

    python scripts/audit_altchunk_docx.py PAGE.html OUT.docx [--mht]

``--mht`` embeds the page as a web archive (MIME, quoted-printable) instead of plain HTML.
"""

from __future__ import annotations

import argparse
import io
import quopri
import zipfile
from pathlib import Path

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def mht(page: bytes) -> bytes:
    """The page as a one-part web archive (what Word's "Single File Web Page" writes)."""
    return (
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
        b"------=_NextPart_01\r\n"
        b'Content-Type: text/html; charset="utf-8"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(page)
        + b"\r\n------=_NextPart_01--\r\n"
    )


def altchunk_docx(page: bytes, *, as_mht: bool = False, before: str = "") -> bytes:
    """A .docx whose body is ``before`` (a paragraph, when given) and the page as an embedded part."""
    chunk, kind = (mht(page), "mht") if as_mht else (page, "html")
    paragraph = f"<w:p><w:r><w:t>{before}</w:t></w:r></w:p>" if before else ""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>{paragraph}'
        f'<w:altChunk r:id="htmlChunk"/><w:sectPr/></w:body></w:document>'
    )
    relationships = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="htmlChunk" Type="{_CHUNK}" Target="/word/afchunk.{kind}"/></Relationships>'
    )
    content_type = "message/rfc822" if as_mht else "application/xhtml+xml"
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Default Extension="{kind}" ContentType="{content_type}"/>'
        f'<Override PartName="/word/document.xml" ContentType="{_DOCUMENT}"/></Types>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", relationships)
        archive.writestr(f"word/afchunk.{kind}", chunk)
    return buffer.getvalue()


def main() -> int:
    """Write OUT.docx from PAGE."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--mht", action="store_true", help="embed the page as a web archive (MHT)")
    args = parser.parse_args()
    args.out.write_bytes(altchunk_docx(args.page.read_bytes(), as_mht=args.mht))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
