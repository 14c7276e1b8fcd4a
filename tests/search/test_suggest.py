""" "Did you mean": what the suggestion asks of the index's lexicon."""

from __future__ import annotations

from documents.search.suggest import suggest


def test_a_word_longer_than_any_word_asks_the_lexicon_nothing():
    asked = []
    assert suggest("0" * 500 + " ha noi", lambda prefix: asked.append(prefix) or []) is None
    assert asked and all(len(prefix) < 100 for prefix in asked)
