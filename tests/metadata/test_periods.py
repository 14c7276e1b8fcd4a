import pytest

from documents.metadata.periods import detect_period, detect_session, detect_term, number_from_words
from documents.metadata.spans import layout


@pytest.mark.parametrize(
    ("text", "meeting_type", "term"),
    [
        ("Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh khóa XIX.", None, "XIX"),
        ("Hội nghị Tỉnh ủy lần thứ 14 (khóa XX).", None, "XX"),
        ("Kỳ họp thứ 12 của HĐND tỉnh khóa XIV.", None, None),
        ("Quán triệt Nghị quyết Ban Chấp hành Trung ương Đảng khóa XIII.", None, None),
        (
            "Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025. Ban Chấp hành khóa X.",
            "dai_hoi",
            "XI",
        ),
        ("Đại hội Đại biểu Đảng bộ tỉnh lần thứ nhất, nhiệm kỳ 2025-2030 bế mạc.", "dai_hoi", "I"),
        ("Dự thảo văn kiện trình Đại hội Đảng bộ tỉnh lần thứ XXI.", None, None),
        ("", None, None),
    ],
)
def test_detect_term(text, meeting_type, term):
    assert detect_term(text, meeting_type)[0] == term


@pytest.mark.parametrize(
    ("text", "meeting_type", "session"),
    [
        ("Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh.", None, "25"),
        ("tại Hội nghị Tỉnh ủy lần thứ tư.", None, "4"),
        ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ tám.", None, "8"),
        ("Hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) lần thứ X, khóa XII.", None, "X"),
        ("Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII.", None, None),
        ("Kết luận của Hội nghị Tỉnh ủy lần thứ 14.", None, None),
        ("Đại hội đại biểu lần thứ XVI.", "dai_hoi", None),
    ],
)
def test_detect_session(text, meeting_type, session):
    assert detect_session(text, meeting_type)[0] == session


@pytest.mark.parametrize(
    ("text", "meeting_type", "period"),
    [
        ("Báo cáo kết quả thực hiện nhiệm vụ quý I năm 2023.", None, "quý I năm 2023"),
        ("Kết quả 6 tháng đầu năm 2021; nhiệm vụ 6 tháng cuối năm 2021.", None, "6 tháng đầu năm 2021"),
        ("Đánh giá kết quả 9 tháng, đề ra nhiệm vụ 3 tháng cuối năm.", None, "9 tháng"),
        ("Đánh giá tình hình thực hiện nhiệm vụ năm 2024.", None, "năm 2024"),
        ("Quyết tâm thực hiện thắng lợi Nghị quyết năm 2022.", None, None),
        ("Hội nghị diễn ra trong 02 ngày.", None, None),
        (
            "Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025.",
            "dai_hoi",
            "nhiệm kỳ 2020 - 2025",
        ),
        ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7, nhiệm kỳ 2020-2025.", "ban_chap_hanh", None),
        ("Buổi họp thường kỳ tháng 8 của Ban Thường vụ Tỉnh ủy.", "ban_thuong_vu", "tháng 8"),
    ],
)
def test_detect_period(text, meeting_type, period):
    assert detect_period(text, layout(text), None, meeting_type)[0] == period


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("nhất", 1),
        ("tư", 4),
        ("tám", 8),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("ba mươi", 30),
    ],
)
def test_number_from_words(words, value):
    assert number_from_words(words) == value


@pytest.mark.parametrize(
    ("text", "meeting_type", "expected"),
    [
        # the term of the Central Committee, the Politburo or a cited resolution is not the body's
        ("Thực hiện Nghị quyết số 33-NQ/TW của Ban Chấp hành T.Ư Đảng (khóa XI) về văn hóa.", "other", None),
        ("Quán triệt Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.", "other", None),
        ("Theo Nghị quyết số 39 của Bộ Chính trị khóa XIII về phát triển vùng.", "ban_thuong_vu", None),
        (
            "Xây dựng kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ xã khóa I, nhiệm kỳ 2025-2030.",
            "other",
            None,
        ),
        # a congress only prepared for or cited is not the body's term either
        ("Hoàn thiện văn kiện Đại hội Đảng bộ tỉnh lần thứ XVII.", "ban_chap_hanh", None),
        ("Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030.", "other", None),
        ("Thi đua hướng tới Đại hội đại biểu Đảng bộ thành phố lần thứ XVII.", "other", None),
        # the body's own term stays
        ("Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XIX lần thứ 25 khai mạc.", "ban_chap_hanh", "XIX"),
        ("Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc.", "dai_hoi", "I"),
    ],
)
def test_term_is_the_bodys_own(text, meeting_type, expected):
    assert detect_term(text, meeting_type)[0] == expected
