"""A tiny hand-written PDF writer for the reader tests (no PDF library is a dependency).

Each page holds lines of text. ASCII lines use the standard Type1 font Helvetica; other lines
use a second Helvetica whose one-byte codes are mapped to Unicode by a ToUnicode CMap, which is
how real PDFs carry Vietnamese text extractors can read. A page with no lines gets a filled
rectangle only, like a scanned page without a text layer; a page given as None is blank.
"""

from __future__ import annotations


def _cmap(chars: list[str]) -> bytes:
    entries = "\n".join(f"<{0x21 + i:02X}> <{ord(ch):04X}>" for i, ch in enumerate(chars))
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        f"{len(chars)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def _stream(body: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"


def make_pdf(pages: list[list[str] | None], title: str | None = None, created: str | None = None) -> bytes:
    """A valid PDF with one page per item of ``pages`` (each a list of text lines, or None);
    ``created`` is its /CreationDate, as PDFs write it ("D:20230405093000+07'00'")."""
    chars = sorted({ch for lines in pages for line in lines or [] if not line.isascii() for ch in line})
    if len(chars) > 94:
        raise ValueError("too many distinct characters for the one-byte mapped font")
    codes = {ch: 0x21 + i for i, ch in enumerate(chars)}
    # Objects 1-5 are fixed; each page adds a page object and a content stream.
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>",
        _stream(_cmap(chars)),
    ]
    kids = []
    for lines in pages:
        ops = []
        for number, line in enumerate(lines or []):
            y = 800 - 20 * number
            if line.isascii():
                escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"BT /F1 11 Tf 40 {y} Td ({escaped}) Tj ET")
            else:
                hexcodes = "".join(f"{codes[ch]:02X}" for ch in line)
                ops.append(f"BT /F2 11 Tf 40 {y} Td <{hexcodes}> Tj ET")
        if lines == []:
            ops.append("0.5 g 40 400 500 300 re f")
        objects.append(_stream("\n".join(ops).encode("ascii")))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join(f"{kid} 0 R" for kid in kids).encode(),
        len(kids),
    )
    info = ""
    entries = []
    if title is not None:
        entries.append(b"/Title <FEFF%s>" % title.encode("utf-16-be").hex().upper().encode())
    if created is not None:
        entries.append(b"/CreationDate (%s)" % created.encode("ascii"))
    if entries:
        objects.append(b"<< %s >>" % b" ".join(entries))
        info = f" /Info {len(objects)} 0 R"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
