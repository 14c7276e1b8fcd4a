"""BibTeX / BibLaTeX: one @techreport per document, special characters escaped, keys unique."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .reference import Reference

CONTENT_TYPE = "application/x-bibtex; charset=utf-8"
EXTENSION = "bib"
RECORDS_PER_CHUNK = 200

# LaTeX's special characters, each as the text that prints it.
_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}
_SPECIAL_RE = re.compile("|".join(re.escape(character) for character in _SPECIAL))
_NOT_KEY = re.compile(r"[^a-z0-9]+")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def escape(value: str) -> str:
    return _SPECIAL_RE.sub(lambda match: _SPECIAL[match.group()], value)


def key(reference: Reference) -> str:
    """province + year + the document's id: readable, and unique because the id is."""
    stem = _NOT_KEY.sub("", reference.province_slug.lower()) or "vanban"
    year = reference.year or "nd"
    return f"{stem}{year}_{reference.pk}"


def _url(value: str) -> str:
    # A URL field is read verbatim; only an unbalanced brace could break the entry.
    return value.replace("{", "%7B").replace("}", "%7D")


def entry(reference: Reference) -> str:
    parts = reference.date_parts
    # The title's braces keep its capitals: BibTeX styles lowercase titles otherwise.
    fields = [("title", f"{{{escape(reference.title)}}}")]
    fields.append(("institution", escape(reference.publisher or reference.place)))
    if parts:
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", _MONTHS[parts[1] - 1]))
        fields.append(("date", "-".join([f"{parts[0]:04d}", *(f"{value:02d}" for value in parts[1:])])))
    fields += [
        ("number", escape(reference.number)),
        ("type", escape(reference.genre)),
        ("address", escape(reference.place)),
        ("url", _url(reference.url)),
        ("urldate", reference.accessed.isoformat()),
        ("abstract", escape(reference.abstract)),
        ("note", escape(reference.citation)),
        ("langid", "vietnamese"),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    # A month is a BibTeX macro (jan, feb...), written without braces.
    body = re.sub(r"month = \{(\w+)\}", r"month = \1", body)
    return f"@techreport{{{key(reference)},\n{body}\n}}\n\n"


def stream(references: Iterable[Reference]) -> Iterator[bytes]:
    parts: list[str] = []
    for reference in references:
        parts.append(entry(reference))
        if len(parts) == RECORDS_PER_CHUNK:
            yield "".join(parts).encode("utf-8")
            parts.clear()
    yield "".join(parts).encode("utf-8")
