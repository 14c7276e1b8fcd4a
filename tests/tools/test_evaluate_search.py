"""manage.py evaluate_search: the scores of a ranking, the command on ingested samples, its bad inputs."""

from __future__ import annotations

import io
import json
import math

import pytest
from django.core.management import CommandError, call_command

from tools.search_evaluation import percentile_95, score


def test_score_of_a_ranking_with_the_relevant_file_second():
    recall, capped, rr, ndcg = score(["a", "b", "c"], {"b"})
    assert recall == capped == 1.0
    assert rr == 0.5
    assert ndcg == pytest.approx(1 / math.log2(3))


def test_score_counts_only_the_top_ten_for_recall_but_the_whole_list_for_the_reciprocal_rank():
    ranked = [f"other-{i}" for i in range(10)] + ["wanted"]
    assert score(ranked, {"wanted", "never"}) == (0.0, 0.0, pytest.approx(1 / 11), 0.0)


def test_capped_recall_divides_by_at_most_ten_relevant_files():
    relevant = {f"r{i}" for i in range(15)}
    ranked = [*sorted(relevant)[:10], "x"]
    recall, capped, _rr, _ndcg = score(ranked, relevant)
    assert recall == pytest.approx(10 / 15)
    assert capped == 1.0


def test_percentile_95_is_the_nearest_rank():
    assert percentile_95([5.0, 1.0, 3.0]) == 5.0
    assert percentile_95([float(v) for v in range(1, 101)]) == 95.0


def write_queries(path, *cases) -> str:
    path.write_text(
        "\n".join(json.dumps(case, ensure_ascii=False) for case in cases) + "\n", encoding="utf-8"
    )
    return str(path)


@pytest.mark.django_db
def test_evaluate_search_scores_queries_against_the_ingested_samples(ingested_samples, tmp_path):
    queries = write_queries(
        tmp_path / "queries.jsonl",
        {"q": "Nguyễn Doãn Anh", "relevant": ["002_79a4191edcedf9ce.txt"]},
        {"q": "Nguyễn Doãn Anh", "relevant": ["not-ingested.txt"]},
    )
    out, err = io.StringIO(), io.StringIO()
    call_command("evaluate_search", queries, stdout=out, stderr=err)
    lines = out.getvalue().splitlines()
    summary = json.loads(lines[-1])
    assert summary == {
        "queries": 2,
        "recall_at_10": 0.5,
        "capped_recall_at_10": 0.5,
        "mrr": 0.5,
        "ndcg_at_10": 0.5,
    }
    assert lines[0].startswith("1.00 1.00 1.00 1.00  'Nguyễn Doãn Anh'")
    assert "missed: not-ingested.txt" in lines[1]
    assert "search page latency ms: median" in lines[2]
    assert "not ingested, counted as missed: not-ingested.txt" in err.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "no queries"),
        ("{not json\n", ":1: not JSON"),
        ('{"q": "x"}\n', ':1: expected {"q": "...", "relevant"'),
        ('\n["q", "relevant"]\n', ':2: expected {"q": "...", "relevant"'),
    ],
)
def test_evaluate_search_names_the_file_and_line_of_a_bad_query(tmp_path, content, message):
    path = tmp_path / "queries.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=f"^{path}") as error:
        call_command("evaluate_search", str(path))
    assert message in str(error.value)


def test_evaluate_search_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("evaluate_search", str(tmp_path / "absent.jsonl"))


@pytest.mark.django_db
def test_evaluate_search_names_the_query_with_a_bad_parameter(tmp_path):
    queries = write_queries(
        tmp_path / "q.jsonl", {"q": "đại hội", "relevant": ["a.txt"], "year": "năm ngoái"}
    )
    with pytest.raises(CommandError, match="query 'đại hội'"):
        call_command("evaluate_search", queries)


def write_split(path, tune, blind) -> str:
    path.write_text(json.dumps({"tune": tune, "blind": blind}, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.django_db
def test_evaluate_search_scores_only_the_part_of_the_split_asked_for(ingested_samples, tmp_path):
    queries = write_queries(
        tmp_path / "queries.jsonl",
        {"q": "Nguyễn Doãn Anh", "relevant": ["002_79a4191edcedf9ce.txt"]},
        {"q": "Nguyễn Doãn Anh Thanh Hóa", "relevant": ["not-ingested.txt"]},
    )
    split = write_split(tmp_path / "split.json", ["Nguyễn Doãn Anh"], ["Nguyễn Doãn Anh Thanh Hóa"])
    out = io.StringIO()
    call_command("evaluate_search", queries, split="tune", split_file=split, stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert json.loads(lines[-1])["queries"] == 1
    assert json.loads(lines[-1])["mrr"] == 1.0
    assert lines[0].startswith("1.00 1.00 1.00 1.00  'Nguyễn Doãn Anh'")

    out = io.StringIO()
    call_command(
        "evaluate_search", queries, split="blind", split_file=split, stdout=out, stderr=io.StringIO()
    )
    lines = out.getvalue().splitlines()
    # The blind part shows its aggregate only: no query, nothing missed.
    assert "Thanh Hóa" not in out.getvalue()
    assert json.loads(lines[-1])["mrr"] == 0.0


def test_evaluate_search_names_a_bad_split_file(tmp_path):
    queries = write_queries(tmp_path / "q.jsonl", {"q": "đại hội", "relevant": ["a.txt"]})
    with pytest.raises(CommandError, match="no such file"):
        call_command("evaluate_search", queries, split="tune", split_file=str(tmp_path / "absent.json"))
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(CommandError, match=f"^{bad}: expected"):
        call_command("evaluate_search", queries, split="tune", split_file=str(bad))
    other = write_split(tmp_path / "other.json", ["khác"], [])
    with pytest.raises(CommandError, match="none of its 'tune' queries"):
        call_command("evaluate_search", queries, split="tune", split_file=other)


@pytest.mark.django_db
def test_evaluate_search_names_parts_and_leaves_blind_queries_and_documents_out(ingested_samples, tmp_path):
    from tools.devset_split import load_split

    blind_document = load_split()["blind"][0]
    queries = write_queries(
        tmp_path / "queries.jsonl",
        {"q": "Nguyễn Doãn Anh", "relevant": ["002_79a4191edcedf9ce.txt", blind_document]},
        {"q": "Nguyễn Doãn Anh Thanh Hóa", "relevant": ["002_79a4191edcedf9ce.txt"]},
    )
    # No --split: a queries file of one's own may hold blind queries (the regression set does).
    split = write_split(tmp_path / "split.json", ["Nguyễn Doãn Anh"], ["Nguyễn Doãn Anh Thanh Hóa"])
    out, err = io.StringIO(), io.StringIO()
    call_command("evaluate_search", queries, split_file=split, stdout=out, stderr=err)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("0.50 0.50 1.00 0.61  'Nguyễn Doãn Anh' [tune]  missed: 1 blind document")
    assert "top: 002_79a4191edcedf9ce.txt [outside]" in lines[0]
    assert "Thanh Hóa" not in out.getvalue() and blind_document not in out.getvalue() + err.getvalue()
    assert lines[1] == "not shown: 1 queries of the blind part (--show-blind shows them)"
    assert json.loads(lines[-1])["queries"] == 2  # scored all the same

    out, err = io.StringIO(), io.StringIO()
    call_command("evaluate_search", queries, split_file=split, show_blind=True, stdout=out, stderr=err)
    assert f"missed: {blind_document} [blind]" in out.getvalue()
    assert "'Nguyễn Doãn Anh Thanh Hóa' [blind]" in out.getvalue()
