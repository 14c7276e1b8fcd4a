import pytest

from documents.metadata.numbers import detect_number, detect_references


@pytest.mark.parametrize(
    ("text", "doc_type", "number"),
    [
        ("TỈNH ỦY X\nSố 245-TB/TU\nX, ngày 3 tháng 4 năm 2024", "thong_bao_ket_luan", "245-TB/TU"),
        ("Số: 12-KL/TU\n", "ket_luan", "12-KL/TU"),
        (
            "Ngày 29/6/2021, Ban Chấp hành Đảng bộ tỉnh họp (Biên bản số 104-BB/TU) cho ý kiến.",
            "thong_bao_ket_luan",
            "104-BB/TU",
        ),
        ("Ngày 29/6, Tỉnh ủy họp (Biên bản số 104-BB/TU).", "news", None),
        ("Thực hiện Nghị quyết số 17-NQ/TU của Tỉnh ủy.", "news", None),
    ],
)
def test_detect_number(text, doc_type, number):
    assert detect_number(text, doc_type)[0] == number


def test_references_in_order_without_the_own_number_or_state_documents():
    text = (
        "Theo Kết luận số 2043-KL/TU ngày 05/12/2023, Kết luận số 14-KL/TW, Nghị định số 73/2023/NĐ-CP "
        "và Công văn số 2026-CV/TU; Kết luận số 2043-KL/TU; Chỉ thị 05-CT/TW; Biên bản 104-BB/TU."
    )
    assert detect_references(text, "104-BB/TU") == ["2043-KL/TU", "14-KL/TW", "2026-CV/TU", "05-CT/TW"]
