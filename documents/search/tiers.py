"""Matching in tiers: one ranked list, the documents with every word of the query first, then
those with most of them (as web search engines do), so a long query is not left with the one or
two documents that happen to hold every word.

"Most" is all but one word of a query of 3-4 words and about three quarters of a longer one; a
query of one or two words has a single tier. When those tiers together hold fewer than FEW
documents, a last tier adds the documents with at least one of the words (a short list is
where a reader most needs more to look at). A document of a later tier is shown with the words
it lacks. Plain functions over a parsed query; documents.search.query_shape spells "at
least k of n" for every engine and documents.search.service runs the tiers.
"""

from __future__ import annotations

from itertools import combinations
from math import comb

from documents.vietnamese.normalize import fold

from .analysis import tokens
from .query import Clause, ParsedQuery

FEW = 10

# Words that join the words of a query ("MTTQ và công tác dân vận") and say nothing of its
# subject: nearly every document holds them, so requiring one would count it as a word of the
# query and push a document lacking it to a later tier. They still rank (the words adjacent as
# typed). Matched as written: typed without marks, "va", "cua" or "tai" could be other words.
FUNCTION_WORDS = frozenset(
    (
        "và",
        "của",
        "các",
        "những",
        "là",
        "có",
        "được",
        "cho",
        "với",
        "trong",
        "về",
        "để",
        "tại",
        "theo",
        "từ",
        "này",
        "đó",
        "thì",
        "mà",
        "hay",
        "hoặc",
        "nhưng",
        "cũng",
        "đã",
        "đang",
        "sẽ",
        "bị",
        "do",
        "vào",
        "ra",
        "trên",
        "dưới",
        "ở",
        "đến",
        "tới",
        "như",
        "khi",
    )
)

# Words of the Party's and the administration's vocabulary so common in its texts that a query
# spells them in passing ("khai mạc đại hội tỉnh", "đồng chí Bí thư"): a report of a city's
# congress says "thành phố", not "tỉnh", and is no less about the congress. Like the function
# words they are not required and not counted by the tiers (a document lacking only them holds
# every word), and still rank through the words adjacent as typed. Matched as written, whole.
COMMON_PARTY_WORDS = frozenset(("đồng chí", "tỉnh", "huyện", "xã", "năm"))

# At most this many "all of these k" groups spell "at least k of n": a longer query asks for
# more of its words rather than growing the query beyond what an engine answers quickly.
MAX_GROUPS = 64


def _is_uncounted(clause: Clause) -> bool:
    if len(clause.alternatives) != 1:
        return False  # an OR was typed around it: it is what the user asked for
    term = clause.alternatives[0]
    if term.phrase or term.exact:
        return False
    return term.text.lower() in COMMON_PARTY_WORDS or (
        len(term.syllables) == 1 and term.syllables[0].lower() in FUNCTION_WORDS
    )


def counted_clauses(parsed: ParsedQuery) -> list[Clause]:
    """The clauses a document is required to hold (and the tiers count): all but the function
    words and the Party's common words, unless the query has nothing else."""
    counted = [clause for clause in parsed.clauses if not _is_uncounted(clause)]
    return counted or list(parsed.clauses)


def tier_threshold(clause_count: int) -> int | None:
    """How many of ``clause_count`` clauses a document of the second tier holds (None: one tier)."""
    if clause_count < 3:
        return None
    if clause_count <= 4:
        return clause_count - 1
    least = min(clause_count - 1, int(0.75 * clause_count + 0.5))
    while comb(clause_count, least) > MAX_GROUPS:
        least += 1
    return least


def tier_thresholds(clause_count: int) -> list[int]:
    """How many clauses the documents of each tier hold at least, first tier first."""
    if clause_count == 0:
        return []
    least = tier_threshold(clause_count)
    return [clause_count] if least is None else [clause_count, least]


def clause_groups(clauses: list, least: int) -> list[tuple]:
    """Every choice of ``least`` of ``clauses``: a document holding all of one holds enough."""
    return list(combinations(clauses, least))


def _present(clause: Clause, text: str, folded: bool) -> bool:
    for term in clause.alternatives:
        syllables = [fold(s) if folded and not term.exact else s for s in term.syllables]
        if f" {' '.join(syllables)} " in text:
            return True
        if not term.phrase and all(f" {s} " in text for s in syllables):
            return True
    return False


def missing_words(parsed: ParsedQuery, texts: list[str], folded: bool) -> list[str]:
    """The query's words (as typed) that none of ``texts`` holds."""
    exact = " " + " ".join(t for text in texts for t in tokens(text)) + " "
    folded_text = fold(exact) if folded else exact
    missing = []
    for clause in counted_clauses(parsed):
        term = clause.alternatives[0]
        text = exact if term.exact or not folded else folded_text
        if not _present(clause, text, folded):
            missing.append(term.raw or term.text)
    return missing
