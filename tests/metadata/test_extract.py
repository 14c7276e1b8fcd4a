import json
from pathlib import Path

import pytest

from documents.metadata import extract_metadata
from documents.metadata.officials import official_key
from documents.vietnamese.normalize import normalize_text
from tools.extraction_evaluation import field_matches

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
# Gold metadata of the shipped samples (the seed documents), kept with the tests.
SEED_GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "samples_gold.jsonl"
SCHEMA_KEYS = [
    "title", "doc_type", "number", "date", "province", "province_current", "level", "meeting_type", "term",
    "session_no", "period", "chair", "signer", "officials", "references",
]  # fmt: skip


def _seed_gold():
    return [json.loads(line) for line in SEED_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("gold", _seed_gold(), ids=lambda g: g["file"][:3])
def test_seed_matches_gold(gold):
    path = SAMPLES / gold["file"]
    meta = extract_metadata(normalize_text(path.read_text(encoding="utf-8-sig")), source_url=gold.get("url"))
    predicted = meta.to_json_dict()
    for field in (
        "province",
        "date",
        "meeting_type",
        "level",
        "chair",
        "doc_type",
        "signer",
        "number",
        "references",
    ):
        if field in gold:
            assert field_matches(field, gold[field], predicted[field]), (field, gold[field], predicted[field])
    assert {official_key(o["name"]) for o in predicted["officials"]} == {
        official_key(n) for n in gold["officials"]
    }


def test_schema_keys_and_evidence():
    text = normalize_text("Ngày 29/6/2021, Ban Chấp hành Đảng bộ tỉnh Thái Bình họp.")
    meta = extract_metadata(text)
    assert list(meta.to_json_dict()) == SCHEMA_KEYS
    assert meta.evidence["province"].endswith("Thái Bình")
    assert meta.evidence["date"].startswith("Ngày 29/6/2021 (")
    assert meta.province_current == "Hưng Yên"


def test_known_officials_and_hints():
    text = normalize_text(
        "Sáng 4/4, đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Thường vụ Tỉnh ủy."
    )
    meta = extract_metadata(
        text,
        hints={"title": "Tin hội nghị", "date": "2023-04-04"},
        known_officials={official_key("Đỗ Trọng Hưng"): "Thanh Hóa"},
    )
    assert (meta.province, meta.title, meta.date, meta.chair) == (
        "Thanh Hóa",
        "Tin hội nghị",
        "2023-04-04",
        "Đỗ Trọng Hưng",
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t",
        "12345 67/89 -- ;;",
        "The quick brown fox jumps over the lazy dog. " * 200,
        "a" * 5_000_000,
        (
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì ngày 12/3 "
            * 60_000
        )[:5_000_000],
        "Nguyễn " * 700_000,
        "(" * 1_000_000 + "ngày 1/" * 100_000,
        "Заседание областного комитета партии состоялось вчера. " * 2_000,
        "省委常委会召开会议，研究部署有关工作。" * 5_000,
        "12 345,67 | 8.901 | 23/45\n" * 200_000,
        "Sáng 12/3, ngày 13.3, chiều 14-3, từ ngày 15 đến 16/3, (17-18/3) " * 80_000,
    ],
    ids=[
        "empty",
        "blank",
        "digits",
        "english",
        "5mb-a",
        "5mb-vietnamese-line",
        "caps",
        "parens",
        "russian",
        "chinese",
        "5mb-numbers",
        "5mb-dates-no-year",
    ],
)
def test_bad_input_returns_quickly_without_raising(text):
    meta = extract_metadata(text)
    assert meta.date is None and meta.number is None
    assert not any(o.name.startswith("Nguyễn Nguyễn") for o in meta.officials)
    if not any(ch in text for ch in "ễộđưạ"):
        assert meta.to_json_dict() == {**dict.fromkeys(SCHEMA_KEYS), "officials": [], "references": []}
        assert meta.confidence == {}


@pytest.mark.django_db
def test_extract_command_prints_each_fields_evidence_and_confidence(tmp_path):
    from tests.commands import run_command

    report = tmp_path / "hop.txt"
    report.write_text(
        "Ban Thường vụ Tỉnh ủy họp cho ý kiến về nhân sự\n\n"
        "Sáng 14/3/2024, đồng chí Trần Văn Dũng, Bí thư Tỉnh ủy Nam Định chủ trì hội nghị "
        "Ban Thường vụ Tỉnh ủy.\n",
        encoding="utf-8",
    )
    code, out, _ = run_command("extract", str(report))
    assert code == 0
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("date:"))
    assert "2024-03-14" in lines[at]
    assert lines[at + 1].split()[-1].replace(".", "").isdigit()
    assert "Sáng 14/3/2024" in lines[at + 2]
    code, out, _ = run_command("extract", str(report), "--json")
    payload = json.loads(out)
    assert payload["chair"] == "Trần Văn Dũng"
    assert "chủ trì" in payload["evidence"]["chair"] and 0 < payload["confidence"]["chair"] <= 1
