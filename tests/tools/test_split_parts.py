"""tools.split_parts: what evaluation tools print item by item, from both split files."""

from __future__ import annotations

import json

import pytest

from tools.split_parts import EXTRACTION_SPLIT_FILE, SEARCH_SPLIT_FILE, load_parts, read_parts


def _split(path, **parts) -> str:
    path.write_text(json.dumps({"rule": "by hand", **parts}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def parts(tmp_path):
    documents = _split(tmp_path / "documents.json", known=["k.txt"], tune=["t.txt"], blind=["b.txt", "c.txt"])
    queries = _split(tmp_path / "queries.json", tune=["họp tỉnh ủy"], blind=["đại hội đảng"])
    return lambda show_blind=False: load_parts(queries, documents, show_blind)


def test_each_item_is_labelled_with_its_part_of_its_own_split_file(parts):
    shown = parts()
    assert shown.document_label("t.txt") == "t.txt [tune]"
    assert shown.document_label("sample.txt") == "sample.txt [outside]"
    assert shown.query_label("họp tỉnh ủy") == "'họp tỉnh ủy' [tune]"
    # The two files are different lists: a query text is no document and the other way round.
    assert shown.document_part("đại hội đảng") == "outside" and shown.query_part("b.txt") == "outside"


def test_blind_items_are_only_counted_unless_asked_for(parts):
    hidden = parts()
    assert hidden.hides_document("b.txt") and hidden.hides_query("đại hội đảng")
    assert not hidden.hides_document("t.txt") and not hidden.hides_query("họp tỉnh ủy")
    assert hidden.document_list(["b.txt", "t.txt", "c.txt"]) == "t.txt [tune], 2 blind documents"
    assert hidden.document_list(["b.txt"]) == "1 blind document"
    shown = parts(show_blind=True)
    assert not shown.hides_document("b.txt") and not shown.hides_query("đại hội đảng")
    assert shown.document_list(["b.txt", "t.txt"]) == "b.txt [blind], t.txt [tune]"


def test_a_file_that_is_no_split_file_is_named(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match=f"^{bad}: not a split file"):
        read_parts(bad)


def test_the_project_split_files_have_blind_parts():
    assert "blind" in read_parts(EXTRACTION_SPLIT_FILE).values()
    assert "blind" in read_parts(SEARCH_SPLIT_FILE).values()
