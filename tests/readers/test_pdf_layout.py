"""Re-flow of a PDF page's lines into paragraphs, and two-column reading order (pure)."""

from __future__ import annotations

from documents.readers.pdf_layout import Line, page_flow, paragraphs

WIDTH = 600.0
LEFT, RIGHT = 60.0, 540.0
PITCH = 16.0


def line(text: str, y: float, left: float = LEFT, right: float = RIGHT) -> Line:
    first_word = len(text.split()[0]) * 6.0
    return Line(text, left, right, y, y + 11, left + first_word)


def test_wrapped_lines_join_and_a_short_last_line_ends_the_paragraph() -> None:
    lines = [
        line("Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5", 700),
        line("để đánh giá kết quả thực hiện nhiệm vụ.", 700 - PITCH, right=300),
        line("Hội nghị thống nhất các nội dung trình", 700 - 2 * PITCH),
        line("Ban Chấp hành.", 700 - 3 * PITCH, right=150),
    ]
    assert paragraphs(page_flow(lines, WIDTH)) == [
        "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5 để đánh giá kết quả thực hiện nhiệm vụ.",
        "Hội nghị thống nhất các nội dung trình Ban Chấp hành.",
    ]


def test_an_indented_line_or_a_wider_gap_starts_a_paragraph() -> None:
    lines = [
        line("Một", 700),
        line("Hai", 700 - PITCH, left=LEFT + 28),  # text-indent
        line("Ba", 700 - 2 * PITCH),
        line("Bốn", 700 - 3 * PITCH),
        line("Năm", 700 - 5 * PITCH),  # a blank line's worth of space above
        line("Sáu", 700 - 6 * PITCH),
    ]
    assert paragraphs(page_flow(lines, WIDTH)) == ["Một", "Hai Ba Bốn", "Năm Sáu"]


def test_a_line_ending_in_a_hyphen_inside_a_token_closes_up() -> None:
    lines = [
        line("nhiệm kỳ 2020-", 700),
        line("2025 và kinh tế -", 700 - PITCH),
        line("xã hội", 700 - 2 * PITCH),
    ]
    assert paragraphs(page_flow(lines, WIDTH)) == ["nhiệm kỳ 2020-2025 và kinh tế - xã hội"]


def test_two_columns_are_read_left_then_right_below_a_spanning_headline() -> None:
    middle = WIDTH / 2
    left = [line(f"trái {n}", 650 - n * PITCH, right=middle - 10) for n in range(4)]
    right = [line(f"phải {n}", 650 - n * PITCH, left=middle + 10) for n in range(4)]
    headline = line("TIÊU ĐỀ CHẠY NGANG HAI CỘT", 700, right=RIGHT)
    # Interleaved as a PDF may draw them: row by row across the page.
    drawn = [headline] + [x for pair in zip(left, right, strict=True) for x in pair]
    flow = page_flow(drawn, WIDTH)
    assert [placed.line.text for placed in flow] == [
        "TIÊU ĐỀ CHẠY NGANG HAI CỘT",
        *(f"trái {n}" for n in range(4)),
        *(f"phải {n}" for n in range(4)),
    ]
    # Each column's lines fill it: one paragraph runs on from the left column into the right.
    assert paragraphs(flow)[1] == "trái 0 trái 1 trái 2 trái 3 phải 0 phải 1 phải 2 phải 3"


def test_a_single_column_page_is_kept_in_drawing_order() -> None:
    lines = [line("Dòng một dài", 700), line("Dòng hai", 700 - PITCH, right=200)]
    assert [p.line.text for p in page_flow(lines, WIDTH)] == ["Dòng một dài", "Dòng hai"]
