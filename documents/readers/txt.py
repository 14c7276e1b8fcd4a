"""Plain-text files in whatever encoding a Vietnamese office produced them.

Order of trust: a byte-order mark; UTF-16 recognised by its NUL-byte pattern; strict UTF-8
(8-bit legacy text almost never forms valid multi-byte UTF-8 by chance); then the 8-bit
candidates Windows-1258, TCVN3 and VNI, scored by how Vietnamese each decoding reads.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from .base import ReadError, ReadResult, gettext_noop
from .detect import Score, score
from .legacy import decode_tcvn3, decode_vni
from .markup_remnants import strip_markup_remnants

# Below this share of non-ASCII words that are Vietnamese syllables, a decoding is rejected.
_MIN_SHARE_VALID = 0.6
# Below this share of 8-bit bytes, the file is ASCII text with a few stray characters.
_FEW_HIGH_BYTES = 0.005
# More control bytes than this share means binary data, whatever it is named.
_MAX_CONTROL_SHARE = 0.01
# How much of a big file the 8-bit scoring looks at (enough words, bounded time).
_SAMPLE_BYTES = 64 * 1024


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when NULs sit on one side of the byte pairs, as ASCII-heavy
    UTF-16 text has them; None otherwise."""
    sample = data[:_SAMPLE_BYTES]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nuls, odd_nuls = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


# C0 controls but tab, line feed, form feed and carriage return; DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _check_text(text: str, encoding: str) -> str:
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise ReadError(
            gettext_noop(
                "không phải văn bản: quá nhiều ký tự điều khiển với bảng mã %(encoding)s (dữ liệu nhị phân?)"
            ),
            encoding=encoding,
        )
    return text


def _decode_unicode(data: bytes) -> tuple[str, str, list[str]] | None:
    """Decode as UTF-8/UTF-16 when the bytes say so; None when they are not Unicode."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "utf-8-sig"), "utf-8-sig", []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return _strict(data[2:], codec, codec), codec, []
    guessed = _utf16_without_bom(data)
    if guessed:
        return _strict(data, guessed, guessed), guessed, ["UTF-16 without byte-order mark"]
    if b"\x00" in data:
        raise ReadError(
            gettext_noop("không phải văn bản: có byte NUL mà không phải UTF-16 (dữ liệu nhị phân?)")
        )
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes (a bad copy, a truncated last character): keep it.
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    wide = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if wide >= 20 and broken <= wide // 100:
        return text, "utf-8", [f"{broken} invalid UTF-8 byte sequence(s) replaced"]
    return None


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:  # only the last character is cut off: a truncated copy
            return data.decode(codec, errors="replace")
        raise ReadError(
            gettext_noop("không phải văn bản: %(encoding)s không hợp lệ ở byte %(position)s"),
            encoding=name,
            position=exc.start,
        ) from None


_LEGACY = {
    "cp1258": lambda data: data.decode("cp1258", errors="replace"),
    "tcvn3": decode_tcvn3,
    "vni": decode_vni,
}


def _decode_legacy(data: bytes) -> tuple[str, str, list[str]]:
    """Pick the 8-bit decoding whose sample reads most like Vietnamese, or refuse."""
    sample = data[:_SAMPLE_BYTES]
    controls = sum(1 for byte in sample if (byte < 32 and byte not in b"\t\n\r\f") or byte == 0x7F)
    if controls > len(sample) * _MAX_CONTROL_SHARE:
        raise ReadError(
            gettext_noop(
                "không phải văn bản: %(controls)s byte điều khiển trong %(sample)s byte đầu "
                "(dữ liệu nhị phân?)"
            ),
            controls=controls,
            sample=len(sample),
        )
    scored: list[tuple[float, str, Score]] = []
    for name, decode in _LEGACY.items():
        result = score(_nfc(decode(sample)))
        scored.append((result.value, name, result))
    scored.sort(key=lambda item: item[0], reverse=True)
    _, best, best_score = scored[0]
    high_bytes = sum(1 for byte in sample if byte >= 0x80)
    if best_score.share_valid < _MIN_SHARE_VALID and high_bytes <= len(sample) * _FEW_HIGH_BYTES:
        # ASCII text with a few stray 8-bit characters (a name, a symbol): still text.
        return _nfc(_LEGACY[best](data)), best, [f"{high_bytes} non-ASCII byte(s); encoding uncertain"]
    if best_score.share_valid < _MIN_SHARE_VALID:
        raise ReadError(
            gettext_noop(
                "không phải văn bản: không phải UTF-8, và không bảng mã 8 bit tiếng Việt nào "
                "(Windows-1258, TCVN3, VNI) cho ra chữ đọc được (gần nhất: %(best)s, %(share)s từ hợp lệ)"
            ),
            best=best,
            share=f"{best_score.share_valid:.0%}",
        )
    warnings = []
    runner_up = scored[1]
    if best_score.valid < 5 or runner_up[0] >= scored[0][0] - 2:
        warnings.append(f"encoding guessed as {best} with low confidence")
    return _nfc(_LEGACY[best](data)), best, warnings


def decode_text(data: bytes) -> tuple[str, str, list[str]]:
    """Decode text bytes to NFC Unicode: (text, encoding name, warnings), or ReadError."""
    unicode = _decode_unicode(data)
    text, encoding, warnings = unicode if unicode is not None else _decode_legacy(data)
    # Windows-1258 and some editors write combining tone marks: compose them.
    return _check_text(_nfc(text), encoding), encoding, warnings


def read_txt(data: bytes) -> ReadResult:
    """Decode a text file; raise ReadError("not text: ...") for anything that is not text."""
    text, encoding, warnings = decode_text(data)
    # A page saved as text through a Markdown converter: its image marks are not its text.
    text = strip_markup_remnants(text)
    if not text.strip():
        raise ReadError(
            gettext_noop("tệp rỗng: không còn chữ nào sau khi giải mã theo %(encoding)s"), encoding=encoding
        )
    return ReadResult(text=text, encoding=encoding, warnings=warnings)
