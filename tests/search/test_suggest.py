""" "Did you mean": what the suggestion asks of the index's lexicon."""

from __future__ import annotations

from documents.search.suggest import suggest


def test_a_word_longer_than_any_word_asks_the_lexicon_nothing():
    asked = []
    assert suggest("0" * 500 + " ha noi", lambda prefix: asked.append(prefix) or []) is None
    assert asked and all(len(prefix) < 100 for prefix in asked)


def _lexicon(forms: dict[str, list[tuple[str, int]]]):
    return lambda prefix: next((found for key, found in forms.items() if prefix.startswith(key)), [])


def test_the_suggestion_is_the_commonest_form_never_capitals_only():
    # More documents write the headline "THANH HÓA" than "Thanh Hóa"; "Thanh Hoa" has no marks.
    lexicon = _lexicon({"thanh hoa": [("THANH HÓA", 9), ("Thanh Hóa", 5), ("thanh hoa", 1)]})
    found = suggest("thanh hoa", lexicon)
    assert found is not None and found.text == "Thanh Hóa"
    # Only capitals in the corpus: the user's own casing with the marks restored.
    found = suggest("thanh hoa", _lexicon({"thanh hoa": [("THANH HÓA", 3)]}))
    assert found is not None and found.text == "thanh hóa"
