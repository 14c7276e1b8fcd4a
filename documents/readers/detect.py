"""How Vietnamese does a decoded text look? Used to pick among candidate byte decodings.

A wrong 8-bit decoding of Vietnamese still yields letters (TCVN3 read as Windows-1258 gives
"Céng hßa"), so counting letters is not enough: each word that carries a non-ASCII character
is checked against the syllable structure of Vietnamese (onset + one of a closed list of rhymes,
one tone at most), and frequent function words earn a bonus.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_ONSET_TEXT = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x"  # longest first
_ONSETS = tuple(_ONSET_TEXT.split())
# Every rhyme (vowel nucleus + final) of standard Vietnamese, written without tone.
_RHYME_TEXT = """
    a ai ao au ay ac ach am an ang anh ap at
    ă ăc ăm ăn ăng ăp ăt
    â âu ây âc âm ân âng âp ât
    e eo ec em en eng ep et
    ê êu êch êm ên ênh êp êt
    i ia iu ich im in inh ip it
    iê iêu iêc iêm iên iêng iêp iêt
    o oi oc om on ong op ot oo ooc oong
    oa oai oay oao oac oach oam oan oang oanh oap oat
    oă oăc oăm oăn oăng oăt
    oe oeo oen oet
    ô ôi ôc ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt
    u ua ui uc um un ung up ut
    uâ uân uâng uât uây
    uê uêch uênh
    uô uôi uôc uôm uôn uông uôt
    uơ
    uy uya uyu uyn uynh uyt uych uyên uyêt
    ư ưa ưi ưu ưc ưm ưn ưng ưt
    ươ ươi ươu ươc ươm ươn ương ươp ươt
    y yê yêu yêm yên yêng yêt
"""
_RHYMES = frozenset(_RHYME_TEXT.split())
# Very frequent words in administrative and Party documents.
_COMMON_TEXT = """
    của và các có được cho trong những với là một này để không đã theo người về
    đảng tỉnh ngày năm việc công tác thực hiện nhân dân chỉ đạo lãnh đạo chính trị
    huyện xã quyết định nghị ủy ban phát triển kinh tế xây dựng tổ chức cán bộ
"""
COMMON_WORDS = frozenset(_COMMON_TEXT.split())
_WORD = re.compile(r"[^\W\d_]+")
# Punctuation outside ASCII that real documents use; anything else non-ASCII and not a letter
# is a sign of a wrong decoding.
_TYPOGRAPHY = set("“”‘’–—…•°«»№€\u00a0\u200b\ufeff")


def strip_tones(word: str) -> str:
    """Lowercase ``word`` without its tone marks, keeping the vowel-quality marks (â ă ê ô ơ ư đ)."""
    nfd = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(ch for ch in nfd if ch not in _TONES))


def tone_count(word: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", word) if ch in _TONES)


def is_syllable(word: str) -> bool:
    """True when ``word`` is spelled like one Vietnamese syllable."""
    if tone_count(word) > 1:
        return False
    bare = strip_tones(word)
    if bare in _RHYMES:
        return True
    for onset in _ONSETS:
        if bare.startswith(onset):
            rest = bare[len(onset) :]
            # "gi" and "qu" may also be g + i..., q is never alone: try both readings.
            if rest in _RHYMES or (onset == "gi" and ("i" + rest) in _RHYMES):
                return True
    return False


@dataclass(frozen=True)
class Score:
    valid: int  # words with a non-ASCII letter that are Vietnamese syllables
    invalid: int  # words with a non-ASCII letter that are not
    common: int  # occurrences of very frequent Vietnamese words
    odd_chars: int  # non-ASCII characters that are neither letters nor usual typography
    controls: int  # C0/C1 control characters other than tab and line breaks

    @property
    def value(self) -> float:
        """Higher is more Vietnamese; used only to compare decodings of the same bytes."""
        return self.valid + self.common - 2 * self.invalid - 2 * self.odd_chars - 3 * self.controls

    @property
    def share_valid(self) -> float:
        """Share of the non-ASCII words that are syllables (1.0 when there are none)."""
        total = self.valid + self.invalid + self.odd_chars
        return 1.0 if total == 0 else self.valid / total


def score(text: str) -> Score:
    text = unicodedata.normalize("NFC", text)
    valid = invalid = common = 0
    for word in _WORD.findall(text):
        lowered = word.lower()
        if lowered in COMMON_WORDS:
            common += 1
        if word.isascii():
            continue
        if is_syllable(word):
            valid += 1
        else:
            invalid += 1
    odd = controls = 0
    for ch in text:
        if ch.isascii():
            if ord(ch) < 32 and ch not in "\t\n\r\f":
                controls += 1
        elif unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or ch == "\ufffd":
            controls += 1
        elif not ch.isalpha() and ch not in _TYPOGRAPHY:
            odd += 1
    return Score(valid=valid, invalid=invalid, common=common, odd_chars=odd, controls=controls)
