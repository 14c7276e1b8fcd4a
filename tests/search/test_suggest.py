""" "Did you mean": what the suggestion asks of the index's lexicon."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from documents.search.analysis import suggest_key
from documents.search.service import SearchParams, run_search
from documents.search.suggest import suggest
from tests.factories import DocumentFactory


def test_a_word_longer_than_any_word_asks_the_lexicon_nothing():
    asked = []
    assert suggest("0" * 500 + " ha noi", lambda prefix, limit=50: asked.append(prefix) or []) is None
    assert asked and all(len(prefix) < 100 for prefix in asked)


def _lexicon(forms: list[tuple[str, int]]):
    """The suggest lexicon of a corpus whose words and word pairs are ``forms`` (written form,
    documents), answered as a backend does: the terms under a prefix, most frequent first."""
    terms = sorted(((suggest_key(written) + written, count) for written, count in forms), key=lambda t: -t[1])

    def written_forms(prefix: str, limit: int = 50):
        return [(term[len(prefix) :], count) for term, count in terms if term.startswith(prefix)][:limit]

    return written_forms


def test_the_suggestion_is_the_commonest_form_never_capitals_only():
    # More documents write the headline "THANH HÓA" than "Thanh Hóa"; "Thanh Hoa" has no marks.
    lexicon = _lexicon([("THANH HÓA", 9), ("Thanh Hóa", 5), ("thanh hoa", 1)])
    found = suggest("thanh hoa", lexicon)
    assert found is not None and found.text == "Thanh Hóa"
    # Only capitals in the corpus: the user's own casing with the marks restored.
    found = suggest("thanh hoa", _lexicon([("THANH HÓA", 3)]))
    assert found is not None and found.text == "thanh hóa"


CORPUS_WORDS = [
    ("Quảng", 40),
    ("Ninh", 30),
    ("Quảng Ninh", 25),
    ("ninh", 2),
    ("nhanh", 20),
    ("bằng", 15),
    ("mặt", 14),
    ("mặt bằng", 12),
    ("Quang", 3),
]


def test_a_word_the_corpus_never_writes_is_corrected_to_its_nearest_then_its_marks_restored():
    lexicon = _lexicon(CORPUS_WORDS)
    found = suggest("quang nihn", lexicon)  # two letters swapped
    assert found is not None and (found.text, found.corrected) == ("Quảng Ninh", True)
    found = suggest("mat bnag", lexicon)
    assert found is not None and (found.text, found.corrected) == ("mặt bằng", True)
    # Marks missing only: not a correction.
    found = suggest("quang ninh", lexicon)
    assert found is not None and (found.text, found.corrected) == ("Quảng Ninh", False)


@pytest.mark.parametrize(
    "query",
    [
        "quang xyzw",  # nothing near enough
        "quang bninh",  # the first letter is kept
        "quang nhqx",  # short words: one edit at most
    ],
)
def test_no_correction_far_from_every_word(query):
    found = suggest(query, _lexicon(CORPUS_WORDS))
    assert found is None or not found.corrected


@pytest.mark.django_db
def test_a_correction_is_proposed_only_when_it_finds_more(db):
    # Typed as typed (as_typed): without it the correction's own results would be listed.
    DocumentFactory(raw_text="Tỉnh ủy Quảng Ninh họp bàn giải phóng mặt bằng.")
    DocumentFactory(raw_text="Quảng Ninh đẩy nhanh tiến độ.")
    assert run_search(_params("quang nihn")).suggestion == "Quảng Ninh"
    # "nhanh" is a word of the corpus: nothing to correct, and the typed words find a document.
    assert run_search(_params("quang ninh nhanh")).suggestion == "Quảng Ninh nhanh"
    # Corrected, the words are each in the corpus but no document holds them all: not proposed.
    DocumentFactory(raw_text="Giải bóng đá tỉnh Lào Cai.")
    assert run_search(_params("giai bong lao caii")).suggestion == "Giải bóng Lào Cai"
    assert run_search(_params("giai bong quang nihn")).suggestion is None


def _params(query: str):
    data = QueryDict(mutable=True)
    data["q"] = query
    data["as_typed"] = "1"
    return SearchParams.from_querydict(data)
