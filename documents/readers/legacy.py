"""The two pre-Unicode 8-bit Vietnamese font encodings still found in old provincial files.

TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime/.VnArial) gives every lowercase vowel with
its marks a byte of its own; only Ă Â Ê Ô Ơ Ư Đ have separate capitals (capital toned letters
were drawn by the ".VnTimeH" capital fonts from the lowercase codes, so they decode lowercase).

VNI (VNI-Windows, the VNI-Times fonts) writes a letter as its ASCII base followed by one mark
byte (tone, or vowel-quality mark fused with a tone); ơ, ư, đ and the toned i letters are bytes
of their own. Capitals use the mark byte 0x20 lower (the Latin-1 capital of the lowercase mark).

Both tables are written here from the published code charts. Bytes outside the charts are
Windows-1252, as the Windows fonts drew them.
"""

from __future__ import annotations

import re
import unicodedata

# --- TCVN3 -------------------------------------------------------------------------------------
# The VN3 chart from 0xA1 to 0xFE, one character per byte; "_" marks a byte VN3 leaves unassigned.
_TCVN3_CHART = (
    "ĂÂÊÔƠƯĐăâêôơưđ"  # A1-AE: the letters with a vowel-quality mark, and Đ/đ
    "______"  # AF-B4
    "àảãáạ_ằẳẵắ"  # B5-BE
    "_______"  # BF-C5
    "ặầẩẫấậè_ẻẽéẹềểễếệìỉ"  # C6-D8
    "___"  # D9-DB
    "ĩíịò_ỏõóọồổỗốộờởỡớợù"  # DC-EF
    "_ủũúụừửữứựỳỷỹýỵ"  # F0-FE
)
assert len(_TCVN3_CHART) == 0xFE - 0xA1 + 1


TCVN3_DECODE: dict[int, str] = {0xA1 + i: ch for i, ch in enumerate(_TCVN3_CHART) if ch != "_"}
TCVN3_ENCODE: dict[str, int] = {ch: code for code, ch in TCVN3_DECODE.items()}

# --- VNI ---------------------------------------------------------------------------------------
_TONE_MARKS = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
# A circumflex (â ê ô) or breve (ă) fuses with the tone into one mark byte.
_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
# Letters that are one byte of their own in VNI (lowercase; capitals are their Latin-1 capital).
_VNI_SINGLE = {"đ": "ñ", "ơ": "ô", "ư": "ö", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}


def _vni_lower(letter: str) -> str | None:
    """VNI spelling of one lowercase Vietnamese letter, or None when it is not one."""
    if letter in _VNI_SINGLE:
        return _VNI_SINGLE[letter]
    base, *marks = unicodedata.normalize("NFD", letter)
    tone = next((m for m in marks if m in _TONE_MARKS), "")
    quality = next((m for m in marks if m not in _TONE_MARKS), "")
    if quality == "\u0302":
        return base + _CIRCUMFLEX[tone]
    if quality == "\u0306":
        return base + _BREVE[tone]
    if quality == "\u031b":  # horn: ơ / ư carry the tone after their own byte
        return _VNI_SINGLE[unicodedata.normalize("NFC", base + quality)] + _TONE_MARKS.get(tone, "")
    if not quality and tone and base in "aeiouy":
        return base + _TONE_MARKS[tone]
    return None


def _vietnamese_letters() -> list[str]:
    """Every precomposed lowercase letter of the Vietnamese alphabet that carries a mark."""
    letters = ["đ"]
    for base in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"):
        if base not in "aeiouy":
            letters.append(base)
        for tone in _TONE_MARKS:
            letters.append(unicodedata.normalize("NFC", base + tone))
    return letters


def _build_vni() -> dict[str, str]:
    table: dict[str, str] = {}
    for letter in _vietnamese_letters():
        spelled = _vni_lower(letter)
        if spelled is None:  # pragma: no cover - the alphabet above is complete
            raise ValueError(letter)
        table[letter] = spelled
        table[letter.upper()] = spelled.upper()
    return table


VNI_ENCODE: dict[str, str] = _build_vni()
VNI_DECODE: dict[str, str] = {spelled: letter for letter, spelled in VNI_ENCODE.items()}
# Longest spellings first so "ôù" (ớ) wins over "ô" (ơ). Mixed-case pairs ("Aù") occur when a
# capital was typed in the lowercase font; they are accepted with the case of the base letter.
for _spelled, _letter in list(VNI_DECODE.items()):
    if len(_spelled) == 2:
        VNI_DECODE.setdefault(_spelled[0] + _spelled[1].swapcase(), _letter)
_VNI_PATTERN = re.compile("|".join(re.escape(s) for s in sorted(VNI_DECODE, key=len, reverse=True)))


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes to Unicode; bytes outside the chart are read as Windows-1252."""
    fallback = data.decode("cp1252", errors="replace")
    return "".join(TCVN3_DECODE.get(byte, fallback[i]) for i, byte in enumerate(data))


def decode_vni(data: bytes) -> str:
    """VNI bytes to Unicode. Bytes are read as Windows-1252 (one character per byte; it equals
    Latin-1 on 0xA0-0xFF where every VNI mark lives, and gives curly quotes for 0x80-0x9F)."""
    return _VNI_PATTERN.sub(lambda m: VNI_DECODE[m.group(0)], data.decode("cp1252", errors="replace"))


def encode_tcvn3(text: str) -> bytes:
    """Unicode to TCVN3 (for tests and fixtures); capitals without a code are lowercased."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        code = TCVN3_ENCODE.get(ch, TCVN3_ENCODE.get(ch.lower()))
        # Outside the chart, Windows fonts used Windows-1252 (curly quotes, dashes).
        out += bytes([code]) if code is not None else ch.encode("cp1252", errors="replace")
    return bytes(out)


def encode_vni(text: str) -> bytes:
    """Unicode to VNI (for tests and fixtures)."""
    nfc = unicodedata.normalize("NFC", text)
    return "".join(VNI_ENCODE.get(ch, ch) for ch in nfc).encode("cp1252", errors="replace")


# --- Legacy text inside Unicode formats ---------------------------------------------------------
# A .docx, .pdf, .doc or web page typed in a legacy font stores the font's bytes as the Latin
# characters of the same codes ("Ban Th­êng vô TØnh ñy"): the font name (where the format keeps
# it) or the letter statistics say which table turns them back into Vietnamese.


def font_encoding(font_name: str | None) -> str | None:
    """ "tcvn3" for the ABC fonts (.VnTime, .VnArialH...), "vni" for VNI-Times and kin, else None."""
    name = (font_name or "").strip().lower()
    if name.startswith(".vn"):
        return "tcvn3"
    if name.startswith("vni-") or name.startswith("vni "):
        return "vni"
    return None


def capitals_font(font_name: str | None) -> bool:
    """The TCVN3 capital fonts (.VnTimeH, .VnArialH) draw capitals from the lowercase codes."""
    name = (font_name or "").strip().lower()
    return name.startswith(".vn") and name.endswith("h")


def _font_bytes(text: str) -> bytes | None:
    """The 8-bit codes behind ``text`` when it is all single-byte characters, else None."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:  # a real Unicode letter (ư, ạ...): not legacy text
                return None
            out.append(ord(ch))  # a C1 control kept as its code by some writers
    return bytes(out)


DECODERS = {"tcvn3": decode_tcvn3, "vni": decode_vni}


def decode_font_text(text: str, encoding: str, capitals: bool = False) -> str:
    """Text typed in a legacy font of ``encoding`` ("tcvn3"/"vni") as Unicode."""
    data = _font_bytes(text)
    if data is None:
        return text
    decoded = unicodedata.normalize("NFC", DECODERS[encoding](data))
    return decoded.upper() if capitals else decoded


# Converting needs clearly more Vietnamese syllables than the text as it stands, and most of
# the converted words must be syllables.
_MIN_GAIN = 3
_MIN_SHARE_VALID = 0.6


def detect_legacy(text: str) -> str | None:
    """ "tcvn3" or "vni" when the single-byte parts of ``text`` read as Vietnamese only once
    converted from that font, else None."""
    from .detect import score

    candidates = [line for line in text.splitlines() if not line.isascii()]
    data = [_font_bytes(line) for line in candidates]
    sample = b"\n".join(d for d in data if d is not None)[: 64 * 1024]
    if not sample:
        return None
    before = score(sample.decode("cp1252", errors="replace")).value
    best, best_value = None, before + _MIN_GAIN
    for encoding, decode in DECODERS.items():
        result = score(unicodedata.normalize("NFC", decode(sample)))
        if result.value >= best_value and result.share_valid >= _MIN_SHARE_VALID:
            best, best_value = encoding, result.value
    return best


def convert_legacy(text: str, encoding: str) -> str:
    """Convert the lines of ``text`` that are single-byte (legacy) text; Unicode lines stay."""
    return "\n".join(
        decode_font_text(line, encoding) if not line.isascii() else line for line in text.split("\n")
    )
