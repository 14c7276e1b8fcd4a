"""The name a document goes by: its title, else its first sentence, never its file name."""

from __future__ import annotations

import pytest

from documents.display import FALLBACK_TITLE_CHARS, display_title, first_sentence
from tests.factories import DocumentFactory

LONG = (
    "Ban Thường vụ Tỉnh ủy đã nghe báo cáo về tình hình thực hiện các dự án trọng điểm trên địa bàn "
    "tỉnh, trong đó có công tác giải phóng mặt bằng, tái định cư và bồi thường cho người dân bị ảnh "
    "hưởng bởi các công trình giao thông. Câu thứ hai."
)


def test_title_wins_when_extracted():
    assert display_title("Kết luận của Ban Thường vụ", "Ngày 5/11, hội nghị.", "039.txt") == (
        "Kết luận của Ban Thường vụ"
    )


@pytest.mark.parametrize("stored", ["", "039.txt", "039", "   "])
def test_missing_or_file_name_title_gives_the_first_sentence(stored):
    text = "Ngày 5/11, Tỉnh ủy họp bàn chuyển đổi số.  Câu sau không lấy."
    assert display_title(stored, text, "039.txt") == "Ngày 5/11, Tỉnh ủy họp bàn chuyển đổi số."


def test_long_first_sentence_is_cut_between_words():
    shown = first_sentence(LONG)
    assert len(shown) <= FALLBACK_TITLE_CHARS
    assert shown.endswith("…")
    assert LONG.startswith(shown[:-1])
    assert LONG[len(shown) - 1] == " "  # the cut falls on a space, not inside a word


def test_nothing_to_show_says_so_instead_of_a_file_name():
    assert display_title("", "   ", "039.txt") == "Văn bản chưa có tiêu đề"


@pytest.mark.django_db
def test_every_page_uses_it(client):
    document = DocumentFactory(
        title="039.txt", original_name="039.txt", text="Tỉnh ủy kết luận về đất đai. Thêm."
    )
    assert str(document) == "Tỉnh ủy kết luận về đất đai."
    body = client.get(document.get_absolute_url()).content.decode()
    assert "<h1>Tỉnh ủy kết luận về đất đai.</h1>" in body
    assert "039.txt</h1>" not in body
