"""From the lines a PDF page draws to paragraphs in reading order.

A PDF has no paragraphs, only positioned lines: a word processor wraps a paragraph into lines
that each end near the right margin. Lines are joined back into one paragraph unless something
says the paragraph ended there: the next line's first word would have fitted on this line (so
this line was not wrapped), the next line is indented, or the gap below is wider than the
line spacing. Pages with two columns are read column by column.

Coordinates are PDF points with y growing upwards, as PDFium gives them.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    text: str
    left: float
    right: float
    bottom: float
    top: float
    first_word_right: float  # where the line's first word ends: would it fit on the line above?


@dataclass(frozen=True)
class Placed:
    line: Line
    column_left: float
    column_right: float
    pitch: float  # the usual distance between baselines in its column
    in_column: bool = False  # one of two columns, not a line across the page


# Slack, in points, for glyph boxes that do not reach the margin exactly.
_TOLERANCE = 3.0


def _columns(lines: list[Line], page_width: float) -> list[list[Line]] | None:
    """Left and right column when the page is set in two, else None. Lines spanning both
    columns (a headline) are read before the columns when above their middle, after otherwise."""
    middle = page_width / 2
    left = [line for line in lines if line.right < middle + _TOLERANCE]
    right = [line for line in lines if line.left > middle - _TOLERANCE]
    if len(left) < 3 or len(right) < 3:
        return None
    top = max(line.top for line in left + right)
    bottom = min(line.bottom for line in left + right)
    overlap = min(max(x.top for x in left), max(x.top for x in right)) - max(
        min(x.bottom for x in left), min(x.bottom for x in right)
    )
    if overlap <= 0:  # one block above the other: a single column with short lines
        return None
    spanning = [line for line in lines if line not in left and line not in right]
    centre = (top + bottom) / 2
    above = [line for line in spanning if line.bottom >= centre]
    below = [line for line in spanning if line.bottom < centre]
    by_height = lambda block: sorted(block, key=lambda line: -line.top)  # noqa: E731
    return [by_height(above), by_height(left), by_height(right), by_height(below)]


# With fewer lines than this, the longest line says little about where the margin is.
_FEW_LINES = 4


def _place(block: list[Line], page_width: float | None, in_column: bool = False) -> list[Placed]:
    """``page_width`` is given for a single-column page: a page of a few lines has its right
    margin taken as the mirror of its left one."""
    column_left = min(line.left for line in block)
    column_right = max(line.right for line in block)
    if page_width is not None and len(block) < _FEW_LINES:
        column_right = max(column_right, page_width - column_left)
    pitches = [a.bottom - b.bottom for a, b in itertools.pairwise(block) if a.bottom - b.bottom > 0]
    pitch = statistics.median(pitches) if pitches else 0.0
    return [Placed(line, column_left, column_right, pitch, in_column) for line in block]


def page_flow(lines: list[Line], page_width: float) -> list[Placed]:
    """The page's lines in reading order, each with the column it belongs to."""
    lines = [line for line in lines if line.text.strip()]
    if not lines:
        return []
    columns = _columns(lines, page_width)
    if columns is None:
        return _place(lines, page_width)
    above, left, right, below = columns
    blocks = [(above, False), (left, True), (right, True), (below, False)]
    return [placed for block, in_column in blocks if block for placed in _place(block, None, in_column)]


def _ends_paragraph(above: Placed, below: Placed) -> bool:
    a, b = above.line, below.line
    if above.in_column != below.in_column:
        return True  # from a headline across the page into the columns, or out of them
    size = max(a.top - a.bottom, b.top - b.bottom, 1.0)
    space = size / 3
    word = b.first_word_right - b.left
    if a.right + space + word < above.column_right - _TOLERANCE:
        return True  # the next word would have fitted: this line was not wrapped
    if b.left - below.column_left > max(_TOLERANCE, size / 2):
        return True  # an indented first line
    same_column = below.column_left == above.column_left and a.bottom - b.bottom > 0
    return same_column and above.pitch > 0 and a.bottom - b.bottom > above.pitch * 1.35


def join_lines(paragraph: str, line: str) -> str:
    # A line broken after a hyphen inside a token ("2020-" / "2025", a file name) closes up;
    # Vietnamese is not hyphenated within words, so no hyphen is ever dropped.
    if paragraph.endswith("-") and not paragraph.endswith(" -"):
        return paragraph + line
    return f"{paragraph} {line}"


def paragraphs(flow: list[Placed]) -> list[str]:
    """Lines (of one page or of several pages in order) joined into paragraphs."""
    out: list[str] = []
    previous: Placed | None = None
    for placed in flow:
        text = " ".join(placed.line.text.split())
        if previous is not None and not _ends_paragraph(previous, placed):
            out[-1] = join_lines(out[-1], text)
        else:
            out.append(text)
        previous = placed
    return out
