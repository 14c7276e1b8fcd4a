"""Named officials, their titles as written, their roles in the document; chair and signer.

A person's name is a run of capitalized words ("Nguyễn Thị Thu Hà") in an official's context:
after "đồng chí / ông / bà", after a title ("Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng"), before a
title ("Lò Minh Hùng, Phó Bí thư"), or under the signature block ("T/M BAN THƯỜNG VỤ"). A name alone
on a line (the reporter) or after "Ảnh:" is not an official; "đồng chí Phó Bí thư" names no one;
someone remembered ("cố Tổng Bí thư ...") or a private person ("ông ..., trú tại ...") serves in
nothing the text reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from documents.vietnamese.normalize import normalize_text

from .chair import mark_chairing
from .name_runs import WORD, name_runs, place_names, trim_run
from .roles import normalise_titles
from .schema import OfficialMention
from .spans import SURNAMES, Layout, is_capitalized

_ADDRESS = re.compile(r"(?i:(?<!\w)(?:đồng chí|đ/c|ông|bà|các ông|các bà|các đồng chí)\s*:?\s*)$")
_LIST_HEAD = re.compile(r"(?i:(?:các|gồm)\s+(?:đồng chí|ông|bà)[^.;:\n]{0,90}:\s*)$")
_TITLE_KEY = (
    r"(?:Ủy viên|UVT\.?Ư|UV|Phó|Bí thư|Chủ tịch|Chủ nhiệm|Trưởng|Chánh|Tỉnh ủy viên|Thủ tướng|Bộ trưởng|"
    r"Giám đốc|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Giáo sư|Tiến sĩ|Thường trực|Tổng|Thư ký)"
)
_TITLE_AFTER = re.compile(r"\s*(?:,|\s[-–—]|[-–—]|\s)\s*(?:nguyên |tân )?" + _TITLE_KEY)
_TITLE_BEFORE = re.compile(
    r"(?i:" + _TITLE_KEY + r"|tướng|tiến sĩ|giáo sư|PGS|GS|TS|ThS)(?:[^.;:()\n]|\.(?=\S)){0,70}$"
)
# What a title chain never holds: ; : ( ) a line break, a "." ending a sentence (not before a
# letter or digit). _TITLE_BEFORE's key words hold none either, so a chain starts after the last one.
_CHAIN_BREAK = re.compile(r"[;:()\n]|\.(?!\S)")
_UNIT_BEFORE = re.compile(
    r"(?i:(?:tỉnh|thành|huyện|thị|quận|đảng) ủy|huyện|tỉnh|thị xã|thành phố|xã|phường|quận|TP\.?)\s$"
)
_TAIL_WORDS = {
    "ủy", "tỉnh", "nước", "thư", "tướng", "sĩ", "sư", "phủ", "ương", "huyện", "phố", "quốc", "trị",
    "hội", "trực", "đốc", "tịch", "trưởng", "nhiệm", "xã", "phường", "quận",
    # the supreme court and procuracy, and the ministries' names: "Chánh án TAND Tối cao", "Bộ trưởng
    # Bộ Dân tộc và Tôn giáo", "Bộ trưởng Bộ Công an"
    "cao", "giáo", "phòng", "vụ", "pháp", "thương", "trường", "dựng", "nghệ", "tạo", "tế", "lịch",
    "tư", "tải", "thông", "an", "giao", "chính",
    # the Youth Union, a village's Party cell, an editor: "Bí thư Tỉnh đoàn", "Bí thư Chi bộ thôn",
    # "Tổng Biên tập Báo"
    "đoàn", "thôn", "bản", "ấp", "tập",
}  # fmt: skip
_PHOTO = re.compile(r"(?i:ảnh|photo|video|nguồn)\s*[:\-–]")
_CLAUSE_END = re.compile(r";|[.!?](?=\s)|\n")
# where a title ends: a verb of what the person does ("dự" attends; not "Ủy viên dự khuyết", an
# alternate member)
_VERB_CUT = re.compile(
    r"\s+(?:chủ trì|đồng chủ trì|phát biểu|trình bày|kết luận|được|đã|dự(?! khuyết)|cho biết|nhấn mạnh"
    r"|yêu cầu|khẳng định|thay mặt|làm|và|cùng|đến|tái|báo cáo|đề nghị|ghi nhận|tiếp tục|\().*$"
)
_SIGN_BLOCK = re.compile(
    r"(?m:^[\s*#]*(?:T/M|TM\.?|K/T|KT\.?)\s+[^\n]*$|^[\s*#]*(?:PHÓ )?(?:BÍ THƯ|CHÁNH VĂN PHÒNG)[\s*#]*$)"
)


@dataclass
class Mention:
    name: str
    start: int
    end: int
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)


def official_key(name: str) -> str:
    """One key per person across documents: canonical tones, one space, case-folded."""
    return " ".join(normalize_text(name).split()).casefold()


def _title_chain_before(pre_run: str) -> re.Match[str] | None:
    """The title chain ending right before a name ("Bí thư Tỉnh ủy Hà Tĩnh "), if its last word
    ends a title ("ủy", "thư", "HĐND"): `pre_run` is the text before the run of capitalized words."""
    words_before = WORD.findall(pre_run[-40:])
    tail = words_before[-1] if words_before else ""
    if tail not in _TAIL_WORDS and not tail.isupper():
        return None
    # A chain ends at the end, or before a final line break ($): searching from after the last
    # break before that finds the same match, without trying every position.
    end = len(pre_run) - 1 if pre_run.endswith("\n") else len(pre_run)
    breaks = [m.end() for m in _CHAIN_BREAK.finditer(pre_run, 0, end)]
    return _TITLE_BEFORE.search(pre_run, breaks[-1] if breaks else 0)


def _titles_after(text: str, end: int) -> list[str]:
    stop = _CLAUSE_END.search(text, end, min(len(text), end + 300))
    clause = text[end : stop.start() if stop else min(len(text), end + 300)]
    titles = []
    for piece in re.split(r",|\s[-–—]\s|^\s*[-–—]", clause):
        piece = _VERB_CUT.sub("", piece.strip()).rstrip(" .,;:")
        if re.match(r"(?:nguyên |tân )?" + _TITLE_KEY, piece):
            titles.append(piece)
        elif titles or piece:
            break
    return titles


def _roles(text: str, mention: Mention, next_start: int, layout: Layout) -> None:
    s_start, s_end = layout.sentence_span(mention.start, len(text))
    after = text[mention.end : min(next_start, s_end, mention.end + 250)]
    after = re.split(r";", after)[0]
    before = text[max(s_start, mention.start - 200) : mention.start]
    flags = mention.flags
    if re.search(r"(?i:chủ trì)(?!\s+của)", after):
        flags.add("chủ trì")
    if re.search(
        r"(?i:phát biểu|bài)\s+(?:kết luận|chỉ đạo|khai mạc|bế mạc)"
        r"|(?i:kết luận)(?!\s+(?:số|của|chuyên|tại))",
        after,
    ):
        flags.add("kết luận" if re.search(r"(?i:kết luận)(?!\s+(?:số|của|chuyên))", after) else "chỉ đạo")
    if re.search(r"(?i:khai mạc|bế mạc)", after):
        flags.add("khai mạc")
    # "phát biểu chỉ đạo", or the verb on its own: "X - Phó Bí thư Tỉnh ủy chỉ đạo hội nghị"; not a
    # guest from above who "đến dự và chỉ đạo hội nghị" (attends, and directs as a guest)
    if re.search(
        r"(?i:phát biểu chỉ đạo|(?<!dự và )chỉ đạo (?:hội nghị|cuộc họp|phiên họp|buổi làm việc))", after
    ):
        flags.add("chỉ đạo")
    if re.search(r"(?i:trình bày)", after):
        flags.add("trình bày")
    if re.search(r"(?i:phát biểu)", after):
        flags.add("phát biểu")
    if re.search(r"(?i:kết luận của)[^,.;]{0,70}$|(?i:kết luận)[^.;]{0,20},[^.;,]{0,30}$", before):
        flags.add("kết luận")
    if re.search(r"(?i:phát biểu chỉ đạo của)[^.;]{0,60}$", before):
        flags.update({"chỉ đạo", "phát biểu"})
    if re.search(r"(?i:phát biểu)[^.;]{0,40},[^.;,]{0,40}$", before):
        flags.add("phát biểu")
    mention.roles = [r for r in ("chủ trì", "kết luận", "trình bày", "phát biểu", "ký") if r in flags]


def _signature(text: str) -> tuple[str, list[str], int] | None:
    tail_start = max(0, len(text) - 2000)
    blocks = list(_SIGN_BLOCK.finditer(text, tail_start))
    if not blocks:
        return None
    start = blocks[0].start()
    titles = []
    for line_match in re.finditer(r"[^\n]+", text[start : blocks[-1].end() + 300]):
        line = line_match.group(0).strip(" *#")
        words = line.split()
        if line.isupper() and words and words[0].title() in SURNAMES and 2 <= len(words) <= 5:
            line, words = line.title(), line.title().split()
        if 2 <= len(words) <= 5 and all(is_capitalized(w) for w in words):
            return line, titles, start + line_match.start()
        if line.isupper():
            titles.append(line)
    return None


# Named, but not serving in what the text reports: someone remembered ("cố Tổng Bí thư X", "kỷ
# niệm ngày sinh Đại tướng X", "liệt sĩ X", "gia đình ông X") or a private person ("ông X, trú tại
# thôn ...", "bà X, 78 tuổi").
_REMEMBERED_BEFORE = re.compile(
    r"(?<!\w)(?:(?i:cố|ngày sinh|ngày mất|ngày giỗ|tưởng niệm|liệt sĩ)\s+(?:(?i:đồng chí|ông|bà)\s+)?"
    r"|(?i:gia đình|hộ|mẹ)\s+(?i:ông|bà)\s+)$"
)
_PRIVATE_AFTER = re.compile(
    r"\s*,\s*(?i:trú|ở (?:thôn|xóm|bản|ấp|tổ|khu phố|làng)|sinh sống|ngụ|người dân|nông dân"
    r"|\d{1,3} tuổi|mẹ|vợ|thân nhân)(?!\w)"
)


def _not_serving(text: str, start: int, end: int, title_start: int, mention: Mention) -> bool:
    if _REMEMBERED_BEFORE.search(text, max(0, title_start - 40), title_start):
        return True
    return not mention.titles and bool(_PRIVATE_AFTER.match(text, end))


def find_officials(text: str, layout: Layout) -> list[Mention]:
    """Every mention of a named official, in text order (a person may appear several times)."""
    places = place_names()
    mentions: list[Mention] = []
    for run, following in name_runs(text):
        run_start = run[0].start()
        run = trim_run(run, following, places)
        if len(run) < 2 or len(run) > 5:
            continue
        start, end = run[0].start(), run[-1].end()
        name = text[start:end]
        if name in places or any(len(w) > 8 for w in name.split()):
            continue
        line_start = max(text.rfind("\n", 0, start) + 1, start - 300)
        line_end = text.find("\n", end, end + 300)
        line = text[line_start : line_end if line_end >= 0 else end + 300]
        if line.strip(" *#.") == name or _PHOTO.search(text[line_start:start]):
            continue
        pre = text[max(0, start - 120) : start]
        surname = run[0].group(0) in SURNAMES
        addressed = bool(_ADDRESS.search(pre) or _LIST_HEAD.search(pre))
        # kept when addressed, or a surname with a title before or after it (cheapest tests first)
        if not (addressed or surname):
            continue
        chain = _title_chain_before(text[max(0, run_start - 120) : run_start])
        if not (addressed or chain or _TITLE_AFTER.match(text, end)):
            continue
        # "Bí thư Huyện ủy Hà Trung", "UBND huyện Lâm Hà": a two-word place, not a person
        if len(run) == 2 and not addressed and _UNIT_BEFORE.search(text[max(0, start - 15) : start]):
            continue
        mention = Mention(name, start, end, titles=_titles_after(text, end))
        if chain:
            mention.titles.insert(0, chain.group(0).strip(" ,"))
        if _not_serving(
            text, start, end, chain.start() + max(0, run_start - 120) if chain else start, mention
        ):
            continue
        mentions.append(mention)
    for i, mention in enumerate(mentions):
        next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        _roles(text, mention, next_start, layout)
    mark_chairing(text, mentions, layout)
    signed = _signature(text)
    if signed:
        name, titles, pos = signed
        mentions.append(Mention(name, pos, pos + len(name), titles=titles, roles=["ký"], flags={"ký"}))
    return mentions


def merge(mentions: list[Mention]) -> list[OfficialMention]:
    """One OfficialMention per person (official_key), titles and roles united in order."""
    people: dict[str, OfficialMention] = {}
    for m in mentions:
        person = people.setdefault(official_key(m.name), OfficialMention(name=m.name))
        person.titles += [t for t in m.titles if t not in person.titles]
        person.roles += [r for r in m.roles if r not in person.roles]
    for person in people.values():
        person.positions = normalise_titles(person.titles)
    return list(people.values())
