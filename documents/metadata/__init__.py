"""Metadata extraction: one module per field, pure functions, no Django imports."""

from __future__ import annotations

import re

from .chair import detect_chair
from .confidence import field_confidence, fields_to_review, rule_keys
from .dates import detect_date
from .doc_types import detect_doc_type
from .meeting_types import detect_meeting
from .numbers import detect_number, detect_references
from .officials import find_officials, merge, official_key
from .periods import detect_period, detect_session, detect_term
from .provinces import canonical_province, detect_province, province_current
from .schema import Metadata, OfficialMention
from .spans import has_vietnamese_words, layout
from .stories import story_span
from .titles import detect_title
from .written_forms import join_wrapped_names

# Metadata lives in a document's head and its signature: a 5 MB text is read as its first
# 250,000 characters and its last 20,000, so extraction stays fast on any input.
HEAD_CHARS = 250_000
TAIL_CHARS = 20_000


# "Đồng chíDương Văn An": a page that lost the space between a form of address and the name
_GLUED_NAME = re.compile(r"\b(?:chí|ông|bà)(?=[^\W\d_])")


def _unglue_names(text: str) -> str:
    """Put back the space between "chí", "ông" or "bà" and a capitalized name glued to it."""
    if not _GLUED_NAME.search(text):
        return text
    return _GLUED_NAME.sub(lambda m: m.group(0) + " " if text[m.end()].isupper() else m.group(0), text)


def extract_metadata(
    text: str,
    source_url: str | None = None,
    hints: dict | None = None,
    known_officials: dict[str, str] | None = None,
) -> Metadata:
    """Fill the metadata schema from a document's normalized text; unknown fields stay None."""
    meta = Metadata()
    hints = hints or {}
    source_url = source_url or hints.get("url")
    if not text or not has_vietnamese_words(text):
        return meta
    if len(text) > HEAD_CHARS + TAIL_CHARS:
        text = text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]
    text = join_wrapped_names(_unglue_names(text))
    spans = layout(text)
    ev = meta.evidence

    meta.doc_type, ev["doc_type"] = detect_doc_type(text)
    meeting = detect_meeting(text, spans)
    meta.meeting_type, ev["meeting_type"] = meeting.meeting_type, meeting.span
    meta.level, ev["level"] = meeting.level, meeting.level_span
    meta.number, ev["number"] = detect_number(text, meta.doc_type)
    meta.references = detect_references(text, meta.number)
    meta.term, ev["term"] = detect_term(text, meta.meeting_type, spans.folded)
    meta.session_no, ev["session_no"] = detect_session(text, meta.meeting_type, spans.folded)
    meta.period, ev["period"] = detect_period(text, spans, meeting.anchor, meta.meeting_type)
    page_date = str(hints["date"])[:10] if hints.get("date") else None
    meta.date, ev["date"] = detect_date(
        text, spans, meeting.anchor, meta.meeting_type, meta.session_no, page_date, source_url
    )

    mentions = find_officials(text, spans)
    story = story_span(text, meeting.anchor)
    in_story = [m for m in mentions if story is None or story[0] <= m.start < story[1] or "ký" in m.roles]
    meta.officials = merge(in_story)
    meta.chair, ev["chair"] = detect_chair(text, mentions, spans, meta.meeting_type, meeting.anchor)
    signers = [m for m in mentions if "ký" in m.roles]
    if signers:
        meta.signer, ev["signer"] = signers[-1].name, signers[-1].name

    known = known_officials or {}
    official_provinces = [known[k] for k in (official_key(o.name) for o in meta.officials) if k in known]
    meta.province, ev["province"] = detect_province(text, source_url, official_provinces)
    meta.province_current = province_current(meta.province)
    meta.title, ev["title"] = detect_title(text, meta.doc_type, hints.get("title"))
    meta.evidence = {k: v for k, v in ev.items() if v}
    meta.rules = rule_keys(meta, meeting.kind)
    meta.confidence = field_confidence(meta, meta.rules)
    return meta


__all__ = [
    "Metadata",
    "OfficialMention",
    "canonical_province",
    "extract_metadata",
    "fields_to_review",
    "official_key",
    "province_current",
]
