"""Old Word files (.doc, Word 97-2003) and the other things offices name .doc.

The text of a Word 97-2003 file is read from its piece table (MS-DOC: the FIB points to the
CLX in the table stream; each piece is 8-bit Windows-1252 or UTF-16). Debian's antiword and
catdoc both drop U+00AD, the soft hyphen, which is the code of "ư" in the TCVN3 fonts, so a
.doc typed in .VnTime lost every "ư" through them (manage.py measure_readers measures it);
reading the pieces keeps every character. antiword still reads Word 6/95 files, whose layout
this reader does not handle.

A ".doc" may also be a .docx, an RTF file (read by catdoc) or a web page saved by Word
(read as HTML, with a warning that says so).
"""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import tempfile

import olefile

from .archive import OLE_MAGIC
from .base import ReadError, ReadResult, gettext_noop

_WORD97_NFIB = 0x00C1
_ENCRYPTED, _WHICH_TABLE, _OBFUSCATED = 0x0100, 0x0200, 0x8000
_HTML = re.compile(rb"^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html|mime-version:)", re.IGNORECASE)
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
# Word's own marks: paragraph end, line and page breaks, non-breaking and optional hyphens,
# and anchors of pictures, drawings, notes and comments (dropped).
_MARKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x1e": "-", "\x1f": "\xad", "\x01": None,
                        "\x02": None, "\x05": None, "\x08": None})  # fmt: skip
_CONTROLS = re.compile(r"[\x00-\x06\x0e-\x12\x16-\x1d]")


def _fib(word: bytes) -> tuple[int, int, int, int, int]:
    """(nFib, flags, ccpText, fcClx, lcbClx) from the File Information Block."""
    try:
        ident, n_fib = struct.unpack_from("<HH", word, 0)
        (flags,) = struct.unpack_from("<H", word, 0x0A)
        (csw,) = struct.unpack_from("<H", word, 0x20)
        lw = 0x22 + csw * 2
        (cslw,) = struct.unpack_from("<H", word, lw)
        (ccp_text,) = struct.unpack_from("<i", word, lw + 2 + 3 * 4)
        fc_lcb = lw + 2 + cslw * 4 + 2
        fc_clx, lcb_clx = struct.unpack_from("<II", word, fc_lcb + 33 * 8)
    except struct.error:
        raise ReadError(gettext_noop("tệp .doc bị hỏng: phần đầu bị cắt cụt")) from None
    if ident != 0xA5EC:
        raise ReadError(gettext_noop("tệp .doc bị hỏng: không phải luồng văn bản Word"))
    return n_fib, flags, ccp_text, fc_clx, lcb_clx


def _pieces(table: bytes, fc_clx: int, lcb_clx: int) -> list[tuple[int, int, int]]:
    """(first character position, last + 1, file offset with the compression bit) per piece."""
    clx = table[fc_clx : fc_clx + lcb_clx]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # property modifiers before the piece table
        (size,) = struct.unpack_from("<h", clx, at + 1)
        at += 3 + size
    if at + 5 > len(clx) or clx[at] != 0x02:
        raise ReadError(gettext_noop("tệp .doc bị hỏng: không có bảng các đoạn (piece table)"))
    (lcb,) = struct.unpack_from("<I", clx, at + 1)
    plc = clx[at + 5 : at + 5 + lcb]
    count = (len(plc) - 4) // 12
    positions = struct.unpack_from(f"<{count + 1}i", plc, 0)
    offsets = [struct.unpack_from("<I", plc, (count + 1) * 4 + i * 8 + 2)[0] for i in range(count)]
    return [(positions[i], positions[i + 1], offsets[i]) for i in range(count)]


def _piece_text(word: bytes, start: int, end: int, fc: int) -> str:
    if fc & 0x40000000:  # 8-bit Windows-1252 characters at half the offset
        offset = (fc & 0x3FFFFFFF) // 2
        raw = word[offset : offset + end - start]
        return "".join(
            raw[i : i + 1].decode("cp1252", errors="ignore") or chr(raw[i]) for i in range(len(raw))
        )
    return word[fc : fc + 2 * (end - start)].decode("utf-16-le", errors="replace")


def _without_field_codes(text: str) -> str:
    """Keep what a field shows (a date, a page number), not its code ("PAGE \\* MERGEFORMAT")."""
    out, stack = [], []  # stack: True while inside a field's code
    for ch in text:
        if ch == _FIELD_BEGIN:
            stack.append(True)
        elif ch == _FIELD_SEPARATOR and stack:
            stack[-1] = False
        elif ch == _FIELD_END and stack:
            stack.pop()
        elif not (stack and stack[-1]):
            out.append(ch)
    return "".join(out)


def _tables(text: str) -> str:
    """Cells end with 0x07 and a row with one more: cells become "a | b", rows lines."""
    text = text.replace("\x07\x07", "\n")
    return "\n".join(
        " | ".join(cell.strip() for cell in line.split("\x07") if cell.strip()) for line in text.split("\n")
    )


def _word97_text(document: olefile.OleFileIO) -> str | None:
    """The main text, or None for a Word 6/95 file."""
    word = document.openstream("WordDocument").read()
    n_fib, flags, ccp_text, fc_clx, lcb_clx = _fib(word)
    if flags & (_ENCRYPTED | _OBFUSCATED):
        raise ReadError(gettext_noop("tệp .doc được đặt mật khẩu (mã hóa) nên không đọc được"))
    if n_fib < _WORD97_NFIB:
        return None
    table_name = "1Table" if flags & _WHICH_TABLE else "0Table"
    if not document.exists(table_name):
        raise ReadError(gettext_noop("tệp .doc bị hỏng: không có luồng %(table)s"), table=table_name)
    table = document.openstream(table_name).read()
    try:
        pieces = _pieces(table, fc_clx, lcb_clx)
    except struct.error:
        raise ReadError(gettext_noop("tệp .doc bị hỏng: bảng các đoạn (piece table) bị cắt cụt")) from None
    text = "".join(_piece_text(word, start, end, fc) for start, end, fc in pieces)[: max(ccp_text, 0)]
    text = _tables(_without_field_codes(text).translate(_MARKS))
    return _CONTROLS.sub("", text)


def _tool_output(program: str, arguments: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    """Run a Debian tool on the file. It gets a file, not a pipe: catdoc misreads RTF from a pipe
    (a stray "f1" before the text)."""
    path = shutil.which(program)
    if path is None:
        raise ReadError(gettext_noop("máy chủ chưa cài %(program)s để đọc loại tệp này"), program=program)
    with tempfile.NamedTemporaryFile(prefix="doc-") as source:
        source.write(data)
        source.flush()
        try:
            return subprocess.run(  # noqa: S603 - a Debian tool on our own temporary file
                [path, *arguments, source.name], capture_output=True, timeout=120, check=False
            )
        except subprocess.TimeoutExpired:
            raise ReadError(
                gettext_noop("%(program)s không đọc xong tệp trong thời gian cho phép"), program=program
            ) from None


def _antiword(data: bytes) -> str:
    done = _tool_output("antiword", ["-m", "UTF-8.txt", "-w", "0"], data)
    if done.returncode != 0:
        raise ReadError(
            gettext_noop("tệp .doc bị hỏng: %(error)s"),
            error=done.stderr.decode("utf-8", "replace").strip()[:200],
        )
    return done.stdout.decode("utf-8", errors="replace")


def _rtf(data: bytes) -> str:
    return _tool_output("catdoc", ["-w", "-d", "utf-8"], data).stdout.decode("utf-8", errors="replace")


def read_rtf(data: bytes) -> ReadResult:
    """Rich Text Format through catdoc."""
    if data.lstrip()[:5] != b"{\\rtf":
        raise ReadError(gettext_noop("không phải tệp RTF"))
    return _checked(_rtf(data), None, [])


def _title(document: olefile.OleFileIO) -> str | None:
    try:
        title = document.get_metadata().title
    except Exception:  # olefile raises many types on damaged property sets
        return None
    if isinstance(title, bytes):
        title = title.decode("cp1252", errors="replace")
    return (title or "").strip(" \x00") or None


def read_doc(data: bytes) -> ReadResult:
    if data[:4] == b"PK\x03\x04":
        from .docx import read_docx

        result = read_docx(data)
        return ReadResult(**{**result.__dict__, "warnings": [*result.warnings, "a .docx file named .doc"]})
    if data.lstrip()[:5] == b"{\\rtf":
        return _checked(_rtf(data), None, ["an RTF file named .doc"])
    if _HTML.match(data[:2048]):
        from .html import read_html

        try:
            result = read_html(data)
        except ReadError as error:
            raise ReadError(
                gettext_noop("tệp .doc này thực ra là trang web (HTML): %(reason)s"), reason=error
            ) from None
        warning = "this .doc file is really a web page (HTML) saved by Word; read as HTML"
        return ReadResult(**{**result.__dict__, "warnings": [*result.warnings, warning]})
    if not data.startswith(OLE_MAGIC):
        raise ReadError(gettext_noop("không phải tệp Word .doc (không có phần đầu OLE của Word 97-2003)"))
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as document:
            if not document.exists("WordDocument"):
                raise ReadError(
                    gettext_noop("tệp OLE này không phải văn bản Word (có thể là Excel hay PowerPoint)")
                )
            text = _word97_text(document)
            title = _title(document)
    except ReadError:
        raise
    except Exception as exc:  # olefile raises many types on a damaged container
        raise ReadError(
            gettext_noop("tệp .doc bị hỏng: %(error)s"), error=f"{type(exc).__name__}: {exc}"
        ) from None
    if text is None:
        return _checked(_antiword(data), title, ["Word 6/95 file read by antiword"])
    return _checked(text, title, [])


def _checked(text: str, title: str | None, warnings: list[str]) -> ReadResult:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    if not text:
        raise ReadError(gettext_noop("tệp .doc không có chữ nào"))
    return ReadResult(text=text, title=title, warnings=warnings)
