"""Abbreviations of Party and state texts, expanded both ways at query time.

"UBND" finds "Ủy ban nhân dân" and "ủy ban nhân dân" finds "UBND". The abbreviation side is always
matched on the exact field with its own spelling: folded, "TU" would also be "tư", "từ", "tự".
Two-letter abbreviations that are also ordinary syllables expand only when typed in capitals.
"""

from __future__ import annotations

from dataclasses import replace

from documents.vietnamese.normalize import fold

from .analysis import tokens
from .query import Clause, ParsedQuery, Term

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "UBND": ("Ủy ban nhân dân",),
    "HĐND": ("Hội đồng nhân dân",),
    "BCH": ("Ban Chấp hành",),
    "BTV": ("Ban Thường vụ",),
    "BTVTU": ("Ban Thường vụ Tỉnh ủy",),
    "MTTQ": ("Mặt trận Tổ quốc",),
    "NTM": ("nông thôn mới",),
    "XDNTM": ("xây dựng nông thôn mới",),
    "TU": ("Tỉnh ủy",),
    "HU": ("Huyện ủy",),
    "TW": ("Trung ương",),
    "TƯ": ("Trung ương",),
    "KH": ("kế hoạch",),
    "ĐBQH": ("đại biểu Quốc hội",),
    "QH": ("Quốc hội",),
    "NQ": ("nghị quyết",),
    "KL": ("kết luận",),
    "CT": ("chỉ thị",),
    "TB": ("thông báo",),
    "UBKT": ("Ủy ban Kiểm tra",),
    "CCHC": ("cải cách hành chính",),
    "GPMB": ("giải phóng mặt bằng",),
    "KT-XH": ("kinh tế - xã hội",),
    "QP-AN": ("quốc phòng - an ninh",),
    "PCTN": ("phòng, chống tham nhũng",),
    "ANTT": ("an ninh trật tự",),
    "CNH-HĐH": ("công nghiệp hóa, hiện đại hóa",),
    "KCN": ("khu công nghiệp",),
    "CCN": ("cụm công nghiệp",),
    "KKT": ("khu kinh tế",),
    "DN": ("doanh nghiệp",),
    "HTX": ("hợp tác xã",),
    "DNNVV": ("doanh nghiệp nhỏ và vừa",),
    "CĐS": ("chuyển đổi số",),
    "ATGT": ("an toàn giao thông",),
    "ATTP": ("an toàn thực phẩm",),
    "BHXH": ("bảo hiểm xã hội",),
    "BHYT": ("bảo hiểm y tế",),
    "GD-ĐT": ("giáo dục và đào tạo", "giáo dục - đào tạo"),
    "THPT": ("trung học phổ thông",),
    "THCS": ("trung học cơ sở",),
    "CBCCVC": ("cán bộ, công chức, viên chức",),
    "ĐVHC": ("đơn vị hành chính",),
    "XDCB": ("xây dựng cơ bản",),
    "FDI": ("đầu tư trực tiếp nước ngoài",),
    "TP.HCM": ("Thành phố Hồ Chí Minh",),
    "TPHCM": ("Thành phố Hồ Chí Minh",),
    "HCM": ("Hồ Chí Minh",),
    "TP": ("thành phố",),
    "ĐH": ("đại hội", "đại học"),
}
# Abbreviations that are also everyday syllables ("tu" in "tu dưỡng"): capitals only, never reversed.
_SYLLABLE_LIKE = {"tu", "hu", "kh", "ct", "tb", "qh", "nq", "kl", "dn"}

_Entry = tuple[tuple[str, ...], tuple[tuple[str, ...], ...], bool]


def _entries() -> list[_Entry]:
    entries = []
    for abbr, expansions in ABBREVIATIONS.items():
        abbr_syllables = tuple(tokens(abbr))
        ambiguous = fold("".join(abbr_syllables)) in _SYLLABLE_LIKE
        entries.append((abbr_syllables, tuple(tuple(tokens(e)) for e in expansions), ambiguous))
    return entries


_ENTRIES = _entries()
_BY_ABBR_EXACT = {abbr: (abbr, exp, amb) for abbr, exp, amb in _ENTRIES}
_BY_ABBR: dict[tuple[str, ...], _Entry] = {}
for _entry in _ENTRIES:
    _BY_ABBR.setdefault(tuple(fold(s) for s in _entry[0]), _entry)
_BY_EXPANSION: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
for _abbr, _expansions, _ambiguous in _ENTRIES:
    for _expansion in _expansions if not _ambiguous else ():
        _BY_EXPANSION.setdefault(tuple(fold(s) for s in _expansion), []).append(_abbr)
_LONGEST_EXPANSION = max(len(key) for key in _BY_EXPANSION)


def is_expansion(syllables: tuple[str, ...]) -> bool:
    """Whether ``syllables`` spell out an abbreviation ("giải phóng mặt bằng"): one word to the
    query parser, like the index's compound words."""
    return tuple(fold(s).lower() for s in syllables) in _BY_EXPANSION


def _abbreviation_terms(abbr: tuple[str, ...], expansions: tuple[tuple[str, ...], ...]) -> tuple[Term, ...]:
    abbr_term = Term(abbr, phrase=len(abbr) > 1, raw="".join(abbr), exact=True)
    return (abbr_term, *(Term(e, phrase=True, raw=" ".join(e), expansion=True) for e in expansions))


def _forward(term: Term) -> tuple[Term, ...] | None:
    entry = _BY_ABBR_EXACT.get(term.syllables) or _BY_ABBR.get(tuple(fold(s) for s in term.syllables))
    if entry is None:
        return None
    abbr, expansions, ambiguous = entry
    if ambiguous and not (term.raw.isupper() and any(ch.isalpha() for ch in term.raw)):
        return None
    return _abbreviation_terms(abbr, expansions)


def _single(clause: Clause) -> Term | None:
    return clause.alternatives[0] if len(clause.alternatives) == 1 else None


def expand_abbreviations(parsed: ParsedQuery) -> ParsedQuery:
    """The query with abbreviations and their expansions as alternatives of one another."""
    clauses: list[Clause] = []
    i = 0
    source = parsed.clauses
    while i < len(source):
        merged = False
        # Reverse: consecutive words (or one quoted phrase) spelling out an expansion.
        for width in range(min(_LONGEST_EXPANSION, len(source) - i), 0, -1):
            window = [_single(c) for c in source[i : i + width]]
            if any(t is None or t.exact for t in window):
                continue
            if width > 1 and any(t.phrase for t in window):
                continue
            key = tuple(fold(s) for t in window for s in t.syllables)
            abbreviations = _BY_EXPANSION.get(key)
            if abbreviations is None or (width == 1 and len(key) == 1):
                continue
            words = tuple(s for t in window for s in t.syllables)
            original = Term(words, phrase=window[0].phrase, raw=" ".join(t.raw for t in window))
            abbr_terms = tuple(
                Term(a, phrase=len(a) > 1, raw="".join(a), exact=True, expansion=True) for a in abbreviations
            )
            clauses.append(Clause((original, *abbr_terms)))
            i += width
            merged = True
            break
        if merged:
            continue
        alternatives: list[Term] = []
        for term in source[i].alternatives:
            expanded = _forward(term)
            for alt in expanded or (term,):
                if alt not in alternatives:
                    alternatives.append(alt)
        clauses.append(Clause(tuple(alternatives)))
        i += 1
    return replace(parsed, clauses=clauses)
