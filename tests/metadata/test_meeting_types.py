import pytest

from documents.metadata import extract_metadata
from documents.metadata.doc_types import detect_doc_type
from documents.metadata.meeting_types import detect_meeting
from documents.metadata.spans import layout


@pytest.mark.parametrize(
    ("text", "meeting_type", "level"),
    [
        ("Sáng 5/4, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 khai mạc.", "ban_chap_hanh", "province"),
        ("Hội nghị Tỉnh ủy lần thứ 18 (khóa XX) thảo luận các báo cáo.", "ban_chap_hanh", "province"),
        ("Ban Chấp hành Đảng bộ tỉnh thảo luận, cho ý kiến về báo cáo.", "ban_chap_hanh", "province"),
        (
            "BAN THƯỜNG VỤ TỈNH ỦY\nKẾT LUẬN TẠI HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
            "ban_chap_hanh",
            "province",
        ),
        (
            "Ban Thường vụ Tỉnh ủy Long An tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9.",
            "ban_chap_hanh",
            "province",
        ),
        ("Chiều 2/3, hội nghị Ban Thường vụ Tỉnh ủy được tổ chức.", "ban_thuong_vu", "province"),
        (
            "Sáng 3/3, Hội nghị Ban Thường vụ Huyện ủy Yên Định lần thứ 40 cho ý kiến.",
            "ban_thuong_vu",
            "district",
        ),
        ("Đồng chí Bí thư chủ trì cuộc họp của Thường trực Tỉnh ủy.", "thuong_truc", "province"),
        ("Thủ tướng chủ trì buổi làm việc với Ban Thường vụ Tỉnh ủy Lào Cai.", "lam_viec", "province"),
        # the standing members' briefing with a long list of who sits with them
        (
            "Sáng 26/12, Thường trực Tỉnh ủy cùng Thường trực HĐND tỉnh, lãnh đạo UBND tỉnh và lãnh đạo "
            "các sở, ban, ngành họp giao ban định kỳ.",
            "thuong_truc",
            "province",
        ),
        ("Ban Thường vụ Huyện ủy Yên Lạc tổ chức giao ban với Đảng ủy các xã.", "ban_thuong_vu", "district"),
        # the committee itself reviews or hears: its conference
        ("Sáng 8-1, Ban Chấp hành Đảng bộ tỉnh tổng kết công tác năm 2024.", "ban_chap_hanh", "province"),
        (
            "Chiều 5/7, Ban Chấp hành Đảng bộ huyện Yên Lạc sơ kết 6 tháng đầu năm.",
            "ban_chap_hanh",
            "district",
        ),
        ("Ban Chấp hành Đảng bộ xã Tân Lập nghe báo cáo tình hình kinh tế.", "ban_chap_hanh", "commune"),
        # a leader's visit to a unit is a working session there
        ("Sáng 6/3, Bí thư Tỉnh ủy Lê Văn Hòa đến thăm và làm việc tại xã Tân Lập.", "lam_viec", "commune"),
        (
            "Bí thư Tỉnh ủy đi kiểm tra, làm việc tại huyện Yên Lạc về xây dựng nông thôn mới.",
            "lam_viec",
            "district",
        ),
        ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 khai mạc.", "dai_hoi", "province"),
        ("Đảng bộ Khối các cơ quan tỉnh tổ chức Đại hội nhiệm kỳ 2025 - 2030.", "dai_hoi", "other"),
        ("Đảng ủy xã Tân Lập tổ chức Đại hội nhiệm kỳ 2025 - 2030.", "dai_hoi", "commune"),
        ("Thành ủy Vĩnh Yên tổ chức Hội nghị Ban Chấp hành Đảng bộ thành phố.", "ban_chap_hanh", "district"),
        ("Tỉnh ủy tổ chức Hội nghị quán triệt Nghị quyết Trung ương.", "other", "province"),
        ("Ngày 8/1, Thường trực Tỉnh ủy họp nghe báo cáo tiến độ dự án.", "thuong_truc", "province"),
        ("Đảng ủy Quân sự tỉnh tổ chức Đại hội nhiệm kỳ 2025 - 2030.", "dai_hoi", "other"),
        ("Tỉnh ủy tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh.", "other", "province"),
        # the standing members meet with others: still Thường trực
        (
            "Ngày 9-7, Thường trực Tỉnh ủy, HĐND, UBND tỉnh Yên Bái giao ban quý II với các huyện.",
            "thuong_truc",
            "province",
        ),
        (
            "Tuần tới diễn ra Hội nghị gặp mặt giữa Thường trực Huyện ủy và bí thư chi bộ thôn.",
            "thuong_truc",
            "district",
        ),
        # working sessions without "làm việc với + a capitalised body"
        ("Tại buổi làm việc, đoàn công tác đã nghe Huyện ủy báo cáo tình hình.", "lam_viec", "district"),
        (
            "Chiều 4/6, Đoàn kiểm tra số 7 của Ban Bí thư công bố quyết định kiểm tra đối với Tỉnh ủy.",
            "lam_viec",
            "province",
        ),
        # a committee acting by a decision
        (
            "Ban Thường vụ Tỉnh ủy đã điều động ông Lê Văn Hòa giữ chức Trưởng ban.",
            "ban_thuong_vu",
            "province",
        ),
        (
            "Ban Chấp hành Đảng bộ tỉnh khóa IX đã ban hành Nghị quyết về phát triển du lịch.",
            "ban_chap_hanh",
            "province",
        ),
        # a congress looked back on or prepared is not the meeting
        ("Bài viết rút ra kinh nghiệm đại hội điểm cấp cơ sở trong tỉnh.", None, None),
        ("Huyện đang hướng tới Đại hội đại biểu Đảng bộ huyện lần thứ XX.", None, None),
        # ceremonies and handing over decisions: other, only when no meeting is reported
        (
            "Sáng 3/2, Huyện ủy Nga Sơn tổ chức lễ dâng hoa kỷ niệm 90 năm thành lập Đảng.",
            "other",
            "district",
        ),
        ("Đồng chí Bí thư Tỉnh ủy trao quyết định điều động cán bộ.", "other", "province"),
        (
            "Sáng 3/2, Thành ủy tổ chức lễ dâng hoa. "
            "Chiều cùng ngày, Hội nghị Ban Thường vụ Thành ủy Huế họp.",
            "ban_thuong_vu",
            "province",
        ),
        ("Giá lúa hôm nay tăng nhẹ ở đồng bằng.", None, None),
        # committees named Quận ủy or Đảng ủy of a commune
        ("Sáng 6/6, Hội nghị Quận ủy Hải Châu lần thứ 9 bàn công tác cán bộ.", "ban_chap_hanh", "district"),
        ("Ban Thường vụ Đảng ủy phường Tân Định họp cho ý kiến dự thảo.", "ban_thuong_vu", "commune"),
        # the report of an opening day says how long the congress "sẽ diễn ra": it is the meeting
        ("Đại hội Đảng bộ tỉnh lần thứ XVIII khai mạc và sẽ diễn ra trong ba ngày.", "dai_hoi", "province"),
        # the committee of a commune, a ward, a numbered district acting
        (
            "Chiều 2/4, Ban Chấp hành Đảng bộ xã Ea Tar tổ chức hội nghị lần thứ 3.",
            "ban_chap_hanh",
            "commune",
        ),
        ("Ban Chấp hành Đảng bộ quận 8 đánh giá kết quả 6 tháng đầu năm.", "ban_chap_hanh", "district"),
        # award and consultation conferences are other
        ("Tỉnh ủy tổ chức Hội nghị biểu dương điển hình học tập và làm theo gương Bác.", "other", "province"),
    ],
)
def test_detect_meeting(text, meeting_type, level):
    meeting = detect_meeting(text, layout(text))
    assert (meeting.meeting_type, meeting.level) == (meeting_type, level)


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, tỉnh đạt nhiều kết quả.",
        "Quán triệt kết quả Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII.",
        "Chuẩn bị tốt Đại hội Đảng bộ các cấp tiến tới Đại hội toàn quốc.",
        # a meeting known by its resolution, or as a point in time
        "Thực hiện Nghị quyết Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5, huyện đã trồng 200 ha rừng.",
        "Sau Hội nghị Ban Thường vụ Tỉnh ủy, các sở ngành rà soát quy hoạch.",
        "",
    ],
)
def test_cited_meetings_are_not_the_meeting(text):
    assert detect_meeting(text, layout(text)).meeting_type is None


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("TỈNH ỦY X\n\nTHÔNG BÁO\n\nKẾT LUẬN TẠI HỘI NGHỊ BAN CHẤP HÀNH", "thong_bao_ket_luan"),
        ("KẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nlàm việc với", "ket_luan"),
        ("NGHỊ QUYẾT\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "nghi_quyet"),
        ("CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy", "chi_thi"),
        ("BÁO CÁO\nkết quả thực hiện nhiệm vụ", "bao_cao"),
        ("Sáng 4/4, Ban Chấp hành Đảng bộ tỉnh thảo luận.", "news"),
        ("", None),
        ("12345 / 678", None),
        # a scanned or printed-from-Word heading: a letter split off, a tone misread
        ("TỈNH ỦY X\nSố 12-KL/TU\nK ÉT LUẬN\nHỘI NGHỊ LẦN THỨ BẢY", "ket_luan"),
        ("THÔNG BẢO\nK ẾT LUẬN CỦA BAN THƯỜNG VỤ", "thong_bao_ket_luan"),
        ("NGHI QUYÊT\nĐẠI HỘI ĐẢNG BỘ HUYỆN", "nghi_quyet"),
        # words that only begin like a heading head nothing
        ("CHI THIẾT KẾ\nSáng 4/4, Huyện ủy họp.", "news"),
        ("BÁO CHÍ CÁCH MẠNG\nSáng 21/6, Tỉnh ủy gặp mặt.", "news"),
    ],
)
def test_detect_doc_type(text, doc_type):
    assert detect_doc_type(text)[0] == doc_type


@pytest.mark.parametrize(
    ("text", "meeting_type"),
    [
        # an inspection team announcing its decision works with the unit
        (
            "Sáng 9/9, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy chủ trì Hội nghị công bố quyết định "
            "kiểm tra đối với Ban Thường vụ Huyện ủy Quỳ Châu.",
            "lam_viec",
        ),
        # a conference that reviews how congresses were organised is no congress
        (
            "Sáng 7/4, Tỉnh ủy tổ chức Hội nghị đánh giá kết quả chỉ đạo tổ chức đại hội điểm cấp cơ sở.",
            "other",
        ),
        # a meeting announced for later is not the one reported
        (
            "Theo kế hoạch, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 16 sẽ diễn ra vào tháng 7. "
            "Sáng 3/4, Thường trực Tỉnh ủy họp nghe báo cáo tiến độ.",
            "thuong_truc",
        ),
        # the headlines of related stories listed above the lead are not the meeting
        (
            "Tỉnh ủy họp bàn công tác cán bộ\nTin liên quan\n"
            "Ban Thường vụ Tỉnh ủy họp cho ý kiến về nhân sự\n\n"
            "Sáng 3/4, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 16.",
            "ban_chap_hanh",
        ),
        # the page's own headline is the story: it is kept
        (
            "Ban Thường vụ Tỉnh ủy họp cho ý kiến về nhân sự\nChiều qua, đồng chí Bí thư chủ trì.",
            "ban_thuong_vu",
        ),
    ],
)
def test_which_event_the_text_reports(text, meeting_type):
    assert detect_meeting(text, layout(text)).meeting_type == meeting_type


@pytest.mark.parametrize(
    "holder",
    [
        "Ban Chấp hành Tỉnh đoàn",
        "Ban Chấp hành Hội Nông dân tỉnh",
        "Ban Chấp hành Công đoàn Viên chức tỉnh",
        "Ban Thường vụ Hội Cựu chiến binh tỉnh",
        "Ban Chấp hành Ủy ban MTTQ tỉnh",
        "Đồng chí Trần Minh Khoa, Bí thư Tỉnh đoàn, chủ trì và",
        "Ban Thường vụ Trung ương Hội Nông dân Việt Nam",
        # the Youth Union's centre: its own committee was read as the Party's
        "Ban Chấp hành Trung ương Đoàn",
        "Ban Bí thư Trung ương Đoàn",
        "Ban Chấp hành Chi đoàn khối cơ quan",
    ],
)
def test_a_mass_organisations_own_committee_is_not_the_partys(holder):
    text = (
        f"Sáng 5/3/2024, {holder} tổ chức hội nghị tổng kết công tác năm 2023. "
        "Chiều 6/3/2024, Ban Thường vụ Tỉnh ủy họp cho ý kiến về các đề án."
    )
    assert detect_meeting(text, layout(text)).meeting_type == "ban_thuong_vu"


@pytest.mark.parametrize(
    ("holder", "meeting_type"),
    [
        # the Ban Chấp hành's own conference is its meeting (the gold's convention)
        ("Ban Chấp hành Đảng bộ tỉnh", "ban_chap_hanh"),
        ("Ban Thường vụ Huyện ủy", "other"),
        ("Đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy,", "other"),
    ],
)
def test_the_partys_own_committee_still_holds_its_conference(holder, meeting_type):
    text = (
        f"Sáng 5/3/2024, {holder} tổ chức hội nghị tổng kết công tác năm 2023. "
        "Chiều 6/3/2024, UBND tỉnh họp bàn về giải phóng mặt bằng."
    )
    assert detect_meeting(text, layout(text)).meeting_type == meeting_type


@pytest.mark.parametrize(
    ("text", "meeting_type"),
    [
        # a state body's conference, listed first, yields to the Party meeting on the same page
        (
            "UBND tỉnh triển khai nhiệm vụ năm 2024\nSáng 5/3/2024, UBND tỉnh tổ chức hội nghị triển khai "
            "nhiệm vụ năm 2024.\nChiều 6/3/2024, Ban Thường vụ Tỉnh ủy họp cho ý kiến về các đề án.",
            "ban_thuong_vu",
        ),
        (
            "Sáng 5/3/2024, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2023.\nChiều 6/3/2024, Ban "
            "Chấp hành Đảng bộ huyện Yên Lạc tổ chức hội nghị lần thứ 12.",
            "ban_chap_hanh",
        ),
        # a mass organisation's congress, named by its holder before it
        (
            "Sáng 5/3/2024, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ X. "
            "Chiều 6/3/2024, Ban Thường vụ Tỉnh ủy họp.",
            "ban_thuong_vu",
        ),
        # a working session between state bodies
        (
            "Sáng 5/3/2024, Chủ tịch UBND tỉnh làm việc với UBND huyện Yên Lạc về giải phóng mặt bằng.\n"
            "Chiều 6/3/2024, Ban Thường vụ Tỉnh ủy họp.",
            "ban_thuong_vu",
        ),
        # a Party leader who also heads the state body holds a Party event
        (
            "Sáng 5/3/2024, đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị "
            "tổng kết công tác năm 2023. Chiều 6/3/2024, Ban Thường vụ Tỉnh ủy họp.",
            "other",
        ),
        # the Party's committee of a state body is the Party's
        (
            "Sáng 5/3/2024, Đảng ủy Công an tỉnh tổ chức hội nghị quán triệt Nghị quyết. "
            "Chiều 6/3/2024, Ban Thường vụ Tỉnh ủy họp.",
            "other",
        ),
        # with no Party event on the page, no Party meeting is reported (DESIGN: null, no meeting)
        ("Sáng 5/3/2024, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023.", None),
    ],
)
def test_a_state_or_mass_bodys_event_yields_to_the_partys(text, meeting_type):
    assert detect_meeting(text, layout(text)).meeting_type == meeting_type


@pytest.mark.parametrize(
    ("text", "meeting_type"),
    [
        # a conference a Party committee holds is a Party event, whatever it is called
        ("Sáng 5/3/2024, Huyện ủy Yên Lạc tổ chức hội nghị đối thoại với nông dân.", "other"),
        # or a seminar, a contest, a ceremony, a class
        ("Sáng 5/3/2024, Tỉnh ủy tổ chức Hội thảo khoa học về lịch sử Đảng bộ tỉnh.", "other"),
        ("Sáng 5/3/2024, Ban Tuyên giáo Tỉnh ủy tổ chức Hội thi báo cáo viên giỏi.", "other"),
        ("Sáng 5/3/2024, Tỉnh ủy tổ chức Lễ tưởng niệm các anh hùng liệt sĩ.", "other"),
        ("Sáng 5/3/2024, Ban Tổ chức Tỉnh ủy tổ chức lớp bồi dưỡng kiến thức quốc phòng.", "other"),
        # a committee studying a resolution itself
        ("Sáng 5/3/2024, Tỉnh ủy Yên Bái quán triệt, triển khai Nghị quyết số 57-NQ/TW.", "other"),
        (
            "Chiều 5/3/2024, Đảng ủy xã Tân Lập đã tổ chức hội nghị lấy ý kiến góp ý dự thảo văn kiện.",
            "other",
        ),
        ("Sáng 5/3/2024, Tỉnh ủy tổ chức Hội nghị Báo cáo viên tháng 3.", "other"),
        # it never outranks a meeting named elsewhere on the page
        (
            "Hội nghị Huyện ủy Yên Lạc lần thứ 6\nSáng 24-8, Huyện ủy Yên Lạc tổ chức hội nghị lần thứ 6 "
            "đánh giá tình hình 6 tháng đầu năm.",
            "ban_chap_hanh",
        ),
        # a conference not held by the Party, or only cited, is no Party event
        ("Sáng 5/3/2024, UBND tỉnh tổ chức hội nghị đối thoại với doanh nghiệp.", None),
        ("Sáng 5/3/2024, Sở Giáo dục tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh.", None),
        ("Tỉnh tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XIII.", None),
    ],
)
def test_a_conference_a_party_committee_holds(text, meeting_type):
    assert detect_meeting(text, layout(text)).meeting_type == meeting_type


def test_a_resolutions_heading_names_its_meeting():
    text = "NGHỊ QUYẾT\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 5\nBan Chấp hành Đảng bộ tỉnh thảo luận."
    assert detect_meeting(text, layout(text)).meeting_type == "ban_chap_hanh"


@pytest.mark.parametrize(
    ("text", "meeting_type", "level"),
    [
        # the committee itself meets
        ("Sáng 8/3/2024, Huyện ủy Yên Lạc họp phiên thường kỳ.", "ban_chap_hanh", "district"),
        ("Sáng 8/3/2024, Đảng ủy xã Tân Lập họp phiên thường kỳ tháng 3.", "ban_chap_hanh", "commune"),
        # its standing board or standing members meeting are theirs, a press conference is no meeting
        ("Sáng 8/3/2024, Ban Thường vụ Huyện ủy Yên Lạc họp.", "ban_thuong_vu", "district"),
        ("Sáng 8/3/2024, Tỉnh ủy họp báo công bố kết quả.", "other", "province"),
        # more of what the standing board and the standing members do when they meet
        ("Sáng 8/3/2024, Ban Thường vụ Tỉnh ủy giao ban công tác tháng 2.", "ban_thuong_vu", "province"),
        (
            "Chiều 8/3/2024, Ban Thường vụ Tỉnh ủy xem xét, thi hành kỷ luật đảng viên.",
            "ban_thuong_vu",
            "province",
        ),
        ("Sáng 8/3/2024, Thường trực Tỉnh ủy tổ chức cuộc họp nghe báo cáo.", "thuong_truc", "province"),
    ],
)
def test_a_committee_meeting_by_its_own_name(text, meeting_type, level):
    meeting = detect_meeting(text, layout(text))
    assert (meeting.meeting_type, meeting.level) == (meeting_type, level)


@pytest.mark.parametrize(
    ("text", "meeting_type", "level"),
    [
        # a session of the committee or its standing board, by its number or as a regular one
        (
            "Sáng 8/3/2024, Kỳ họp thứ 15 Ban Chấp hành Đảng bộ tỉnh được tổ chức.",
            "ban_chap_hanh",
            "province",
        ),
        (
            "Sáng 8/3/2024, Phiên họp thứ 15 của Ban Chấp hành Đảng bộ huyện diễn ra.",
            "ban_chap_hanh",
            "district",
        ),
        (
            "Sáng 8/3/2024, phiên họp thường kỳ của Ban Thường vụ Tỉnh ủy diễn ra.",
            "ban_thuong_vu",
            "province",
        ),
        # a commune's committee named by its Party committee
        (
            "Sáng 8/3/2024, Hội nghị Ban Chấp hành Đảng ủy xã Tân Lập được tổ chức.",
            "ban_chap_hanh",
            "commune",
        ),
    ],
)
def test_sessions_by_number_and_the_committee_by_its_name(text, meeting_type, level):
    meeting = detect_meeting(text, layout(text))
    assert (meeting.meeting_type, meeting.level) == (meeting_type, level)


@pytest.mark.parametrize(
    ("text", "meeting_type", "level"),
    [
        # the Party committees of a bloc, the armed forces and the police meet as committees
        ("Sáng 8/3/2024, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh họp.", "ban_thuong_vu", "other"),
        ("Sáng 8/3/2024, Ban Thường vụ Đảng ủy Quân sự tỉnh họp.", "ban_thuong_vu", "other"),
        ("Sáng 8/3/2024, Ban Thường vụ Đảng ủy Công an tỉnh họp.", "ban_thuong_vu", "other"),
        # a centrally run city named in full after "TP" is a province
        ("Sáng 8/3/2024, Ban Thường vụ Thành ủy TP Hồ Chí Minh họp.", "ban_thuong_vu", "province"),
        ("Sáng 8/3/2024, Ban Thường vụ Thành ủy Thủ Dầu Một họp.", "ban_thuong_vu", "district"),
    ],
)
def test_bloc_and_force_committees_and_central_cities(text, meeting_type, level):
    meeting = detect_meeting(text, layout(text))
    assert (meeting.meeting_type, meeting.level) == (meeting_type, level)


@pytest.mark.parametrize(
    "text",
    [
        # the standing board meets to ready the committee's meeting: the standing board's meeting
        "Sáng 5/3/2024, Ban Thường vụ Tỉnh ủy họp, thống nhất tổ chức Hội nghị Ban Chấp hành Đảng bộ "
        "tỉnh lần thứ 15 vào ngày 20/3/2024.",
        "Sáng 5/3/2024, Ban Thường vụ Tỉnh ủy họp cho ý kiến chuẩn bị nội dung Hội nghị Ban Chấp hành "
        "Đảng bộ tỉnh lần thứ 15.",
    ],
)
def test_a_meeting_being_readied_is_not_the_one_reported(text):
    assert detect_meeting(text, layout(text)).meeting_type == "ban_thuong_vu"


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5/3/2024, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023.",
        "Sáng 5/3/2024, Ban Chấp hành Trung ương Đoàn tổ chức hội nghị tổng kết công tác năm 2023.",
        "Chiều 5/3/2024, Chủ tịch UBND tỉnh làm việc với UBND huyện Yên Lạc về giải phóng mặt bằng.",
    ],
)
def test_a_page_of_only_state_or_mass_bodies_events_reports_no_party_meeting(text):
    assert detect_meeting(text, layout(text)).meeting_type is None


def test_a_state_bodys_conference_yields_even_to_a_party_ceremony():
    text = (
        "Sáng 5/3/2024, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023. "
        "Sáng 6/3/2024, Tỉnh ủy long trọng tổ chức lễ kỷ niệm 94 năm Ngày thành lập Đảng."
    )
    meeting = detect_meeting(text, layout(text))
    assert (meeting.meeting_type, meeting.span) == ("other", "lễ kỷ niệm")
    assert extract_metadata(text).date == "2024-03-06"


@pytest.mark.parametrize(
    ("text", "meeting_type", "level"),
    [
        # the standing committee by its initials
        ("Chiều 22/2, BTVTU họp cho ý kiến về đề án sắp xếp đơn vị hành chính.", "ban_thuong_vu", "province"),
        ("Sáng 4/4, BTVHU Yên Lạc đã họp nghe báo cáo công tác cán bộ.", "ban_thuong_vu", "district"),
        # a Ban Chấp hành holding a conference itself: its meeting, whatever the conference is called
        (
            "Chiều 2/10, Ban Chấp hành Đảng bộ xã Tân Lập tổ chức Hội nghị học tập, quán triệt Nghị quyết "
            "Đại hội.",
            "ban_chap_hanh",
            "commune",
        ),
        # a committee's name holding it: a Party event that is no committee's meeting
        ("Ngày 10/1, Tỉnh ủy tổ chức Hội nghị học tập, quán triệt Nghị quyết.", "other", "province"),
        ("Ngày 10/1, Đảng bộ xã Tân Lập tổ chức hội nghị học tập, quán triệt.", "other", "commune"),
    ],
)
def test_initials_and_the_executive_holding_its_own_conference(text, meeting_type, level):
    meeting = detect_meeting(text, layout(text))
    assert (meeting.meeting_type, meeting.level) == (meeting_type, level)


def test_other_stories_listed_under_the_report_are_not_its_meeting():
    text = (
        "Sáng 2/2, Tỉnh ủy tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng.\n\nTin liên quan\n"
        "Đại hội Đảng bộ huyện Phú Bình lần thứ XXIII thành công tốt đẹp\n"
        "Hội nghị Ban Chấp hành Đảng bộ xã Tân Lập"
    )
    meeting = detect_meeting(text, layout(text))
    assert (meeting.meeting_type, meeting.level) == ("other", "province")
    # a page that lists only other stories is read from its list
    listing = text[text.index("Tin liên quan") :]
    assert detect_meeting(listing, layout(listing)).meeting_type == "dai_hoi"
