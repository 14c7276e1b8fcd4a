"""Short reports of our own, one per way a page words a Party meeting, for the wording-variation
suite (test_wording_variations.py). Each names the DESIGN.md "Metadata" convention it checks and the
meeting type, level and chair that convention gives. "¦" marks a space inside a committee's name
where a page may break the line; "headline_only" cases name the meeting in the headline alone.
"""

from __future__ import annotations

from dataclasses import dataclass

BCH = "meeting_type ban_chap_hanh: Hội nghị BCH / Hội nghị Tỉnh ủy"
BTV = "meeting_type ban_thuong_vu"
TT = "meeting_type thuong_truc"
LV = "meeting_type lam_viec: working session with a unit; level: the host committee"
DH = "meeting_type dai_hoi; chair null unless the text says who chaired"
OTHER = "meeting_type other: a Party event that is none of these"
NONE = "meeting_type null: no Party meeting"
CHAIR = "chair: the person the text says chủ trì, else who opened, directed or concluded"
VISITOR = "chair: for a working session, the visiting leader"
BCH_OWN = "gold: a Ban Chấp hành's own conference (học tập, quán triệt) is ban_chap_hanh"

AN = "Nguyễn Văn An"
BINH = "Trần Thị Bình"
CUONG = "Lê Minh Cường"


@dataclass(frozen=True)
class Case:
    name: str
    convention: str
    headline: str
    body: str
    meeting_type: str | None
    level: str | None
    chair: str | None
    headline_only: bool = False


_CHAIRED = f" Đồng chí {AN}, Bí thư Tỉnh ủy chủ trì hội nghị."

CASES = [
    # --- the executive committee (Ban Chấp hành), by every name a committee has
    Case(
        "bch_province",
        BCH,
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15",
        f"Sáng 5/4, Hội nghị Ban Chấp hành¦Đảng bộ tỉnh Thái Bình lần thứ 15 khai mạc.{_CHAIRED}",
        "ban_chap_hanh",
        "province",
        AN,
    ),
    Case(
        "bch_abbreviated",
        BCH,
        "Hội nghị BCH Đảng bộ tỉnh lần thứ 9",
        f"Ngày 12/7, Hội nghị BCH Đảng¦bộ tỉnh Nam Định lần thứ 9 (mở rộng) được tổ chức.{_CHAIRED}",
        "ban_chap_hanh",
        "province",
        AN,
    ),
    Case(
        "tinh_uy_extended",
        BCH,
        "Hội nghị Tỉnh ủy lần thứ 20 (mở rộng)",
        f"Chiều 3/3, Hội nghị Tỉnh¦ủy lần thứ 20 (mở rộng) thảo luận dự thảo báo cáo chính trị.{_CHAIRED}",
        "ban_chap_hanh",
        "province",
        AN,
    ),
    Case(
        "thanh_uy_central_city",
        BCH,
        "Hội nghị Thành ủy Đà Nẵng lần thứ 12",
        f"Sáng 8/1, Hội nghị Thành¦ủy Đà Nẵng lần thứ 12 khai mạc. Đồng chí {AN}, Bí thư Thành ủy chủ trì.",
        "ban_chap_hanh",
        "province",
        AN,
    ),
    Case(
        "thanh_uy_provincial_city",
        BCH,
        "Hội nghị Thành ủy Vĩnh Yên lần thứ 8",
        f"Ngày 20/6, Thành¦ủy Vĩnh Yên tổ chức Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 8. "
        f"Đồng chí {AN}, Bí thư Thành ủy chủ trì hội nghị.",
        "ban_chap_hanh",
        "district",
        AN,
    ),
    Case(
        "huyen_uy",
        BCH,
        "Hội nghị Huyện ủy Yên Lạc lần thứ 8",
        f"Sáng 14/5, Hội nghị Ban Chấp hành Đảng bộ¦huyện Yên Lạc lần thứ 8 khai mạc. "
        f"Đồng chí {AN}, Bí thư Huyện ủy chủ trì hội nghị.",
        "ban_chap_hanh",
        "district",
        AN,
    ),
    Case(
        "quan_uy",
        BCH,
        "Quận ủy Ba Đình họp phiên thường kỳ",
        f"Sáng 2/2, Quận¦ủy Ba Đình tổ chức Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 30. "
        f"Đồng chí {AN}, Bí thư Quận ủy chủ trì hội nghị.",
        "ban_chap_hanh",
        "district",
        AN,
    ),
    Case(
        "thi_uy",
        BCH,
        "Hội nghị Thị ủy Sơn Tây lần thứ 11",
        f"Chiều 9/9, Hội nghị Thị¦ủy Sơn Tây lần thứ 11 đánh giá tình hình 9 tháng. "
        f"Đồng chí {AN}, Bí thư Thị ủy chủ trì hội nghị.",
        "ban_chap_hanh",
        "district",
        AN,
    ),
    Case(
        "dang_uy_xa",
        BCH,
        "Hội nghị Ban Chấp hành Đảng bộ xã Tân Lập lần thứ 3",
        f"Sáng 10/10, Đảng¦ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3. "
        f"Đồng chí {AN}, Bí thư Đảng ủy xã chủ trì hội nghị.",
        "ban_chap_hanh",
        "commune",
        AN,
    ),
    Case(
        "dang_uy_phuong",
        BCH,
        "Đảng ủy phường An Lạc họp phiên thường kỳ tháng 11",
        f"Chiều 4/11, Ban Chấp hành Đảng bộ¦phường An Lạc họp phiên thường kỳ tháng 11. "
        f"Đồng chí {AN}, Bí thư Đảng ủy phường chủ trì.",
        "ban_chap_hanh",
        "commune",
        AN,
    ),
    Case(
        "dac_khu",
        BCH,
        "Hội nghị Ban Chấp hành Đảng bộ đặc khu Phú Quốc lần thứ 2",
        f"Ngày 15/8, Hội nghị Ban Chấp hành Đảng bộ¦đặc khu Phú Quốc lần thứ 2 khai mạc. "
        f"Đồng chí {AN}, Bí thư Đảng ủy đặc khu chủ trì hội nghị.",
        "ban_chap_hanh",
        "commune",
        AN,
    ),
    Case(
        "merged_province",
        BCH,
        "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Lào Cai nhiệm kỳ 2025-2030",
        f"Ngày 1/7/2025, Hội nghị lần thứ nhất Ban Chấp hành Đảng¦bộ tỉnh Lào Cai (sau hợp nhất) "
        f"nhiệm kỳ 2025-2030 được tổ chức.{_CHAIRED}",
        "ban_chap_hanh",
        "province",
        AN,
    ),
    Case(
        "agencies_bloc",
        BCH,
        "Hội nghị Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh",
        f"Sáng 6/6, Hội nghị Ban Chấp hành Đảng bộ Khối¦các cơ quan tỉnh lần thứ 5 khai mạc. "
        f"Đồng chí {AN}, Bí thư Đảng ủy Khối chủ trì hội nghị.",
        "ban_chap_hanh",
        "other",
        AN,
    ),
    Case(
        "party_agencies_committee",
        BCH,
        "Hội nghị Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh lần thứ 2",
        f"Chiều 12/9, Đảng ủy các cơ quan¦Đảng tỉnh tổ chức Hội nghị Ban Chấp hành Đảng bộ lần thứ 2. "
        f"Đồng chí {AN}, Bí thư Đảng ủy chủ trì hội nghị.",
        "ban_chap_hanh",
        "other",
        AN,
    ),
    Case(
        "closing_session",
        BCH,
        "Bế mạc Hội nghị Tỉnh ủy lần thứ 25",
        f"Chiều 6/3, sau hai ngày làm việc, Hội nghị Ban Chấp hành¦Đảng bộ tỉnh lần thứ 25 bế mạc. "
        f"Đồng chí {AN}, Bí thư Tỉnh ủy phát biểu kết luận và bế mạc hội nghị.",
        "ban_chap_hanh",
        "province",
        AN,
    ),
    Case(
        "session_by_number",
        BCH,
        "Kỳ họp thứ 15 Ban Chấp hành Đảng bộ tỉnh",
        f"Sáng 3/12, kỳ họp thứ 15 Ban Chấp hành Đảng¦bộ tỉnh khóa XX khai mạc.{_CHAIRED}",
        "ban_chap_hanh",
        "province",
        AN,
    ),
    Case(
        "bch_disseminates_its_resolution",
        BCH_OWN,
        "Xã Tân Lập học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã",
        f"Chiều 2/10, Ban Chấp hành Đảng bộ¦xã Tân Lập tổ chức Hội nghị học tập, quán triệt Nghị quyết "
        f"Đại hội đại biểu Đảng bộ xã lần thứ I. Đồng chí {AN}, Bí thư Đảng ủy xã chủ trì hội nghị.",
        "ban_chap_hanh",
        "commune",
        AN,
    ),
    # --- the standing committee (Ban Thường vụ)
    Case(
        "btv_conference",
        BTV,
        "Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 25",
        f"Sáng 7/5, Hội nghị Ban Thường¦vụ Tỉnh ủy lần thứ 25 cho ý kiến về nhiều nội dung.{_CHAIRED}",
        "ban_thuong_vu",
        "province",
        AN,
    ),
    Case(
        "btv_meets",
        BTV,
        "Ban Thường vụ Tỉnh ủy cho ý kiến về công tác cán bộ",
        f"Chiều 19/3, Ban Thường vụ Tỉnh¦ủy họp cho ý kiến về công tác cán bộ.{_CHAIRED}",
        "ban_thuong_vu",
        "province",
        AN,
    ),
    Case(
        "btv_abbreviated",
        BTV,
        "BTV Tỉnh ủy họp phiên thường kỳ",
        f"Sáng 11/4, BTV Tỉnh¦ủy họp phiên thường kỳ tháng 4.{_CHAIRED}",
        "ban_thuong_vu",
        "province",
        AN,
    ),
    Case(
        "btvtu",
        BTV,
        "BTVTU cho ý kiến về đề án sắp xếp đơn vị hành chính",
        f"Chiều 22/2, BTVTU họp cho ý kiến về đề án sắp xếp đơn vị hành chính cấp xã.{_CHAIRED}",
        "ban_thuong_vu",
        "province",
        AN,
    ),
    Case(
        "btv_district",
        BTV,
        "Hội nghị Ban Thường vụ Huyện ủy Phú Bình lần thứ 33",
        f"Sáng 9/8, Ban Thường vụ Huyện¦ủy Phú Bình tổ chức hội nghị lần thứ 33. "
        f"Đồng chí {AN}, Bí thư Huyện ủy chủ trì hội nghị.",
        "ban_thuong_vu",
        "district",
        AN,
    ),
    Case(
        "btv_commune",
        BTV,
        "Ban Thường vụ Đảng ủy xã Tân Lập họp phiên thường kỳ",
        f"Sáng 2/6, Ban Thường vụ Đảng¦ủy xã Tân Lập họp phiên thường kỳ tháng 6. "
        f"Đồng chí {AN}, Bí thư Đảng ủy xã chủ trì.",
        "ban_thuong_vu",
        "commune",
        AN,
    ),
    Case(
        "btv_meeting_of",
        BTV,
        "Ban Thường vụ Thành ủy Hải Phòng họp",
        f"Chiều 17/10, tại cuộc họp của Ban Thường vụ Thành¦ủy Hải Phòng, các đại biểu thảo luận đề án. "
        f"Đồng chí {AN}, Bí thư Thành ủy chủ trì.",
        "ban_thuong_vu",
        "province",
        AN,
    ),
    # --- the standing members (Thường trực)
    Case(
        "tt_briefing",
        TT,
        "Thường trực Tỉnh ủy họp giao ban tháng 9",
        f"Sáng 30/9, Thường trực Tỉnh¦ủy họp giao ban tháng 9. Đồng chí {AN}, Bí thư Tỉnh ủy chủ trì.",
        "thuong_truc",
        "province",
        AN,
    ),
    Case(
        "tt_with_state_leaders",
        TT,
        "Thường trực Tỉnh ủy giao ban với Thường trực HĐND, UBND tỉnh",
        f"Ngày 9/7, Thường trực Tỉnh¦ủy, Thường trực HĐND, lãnh đạo UBND tỉnh họp giao ban quý II. "
        f"Đồng chí {AN}, Bí thư Tỉnh ủy chủ trì cuộc họp.",
        "thuong_truc",
        "province",
        AN,
    ),
    Case(
        "tt_district",
        TT,
        "Thường trực Huyện ủy Yên Lạc nghe báo cáo tiến độ dự án",
        f"Chiều 5/5, Thường trực Huyện¦ủy Yên Lạc họp nghe báo cáo tiến độ các dự án trọng điểm. "
        f"Đồng chí {AN}, Bí thư Huyện ủy chủ trì.",
        "thuong_truc",
        "district",
        AN,
    ),
    Case(
        "tt_conference",
        TT,
        "Hội nghị giao ban Thường trực Tỉnh ủy với bí thư các huyện ủy",
        f"Sáng 16/1, Thường trực Tỉnh¦ủy tổ chức hội nghị giao ban với bí thư các huyện ủy, thành ủy."
        f"{_CHAIRED}",
        "thuong_truc",
        "province",
        AN,
    ),
    # --- working sessions, both ways round: the level is the host's, the chair the visitor
    Case(
        "delegation_works_with_district",
        LV,
        "Đoàn công tác của Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Yên Lạc",
        f"Sáng 21/8, Đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí {AN}, Bí thư Tỉnh ủy làm "
        f"trưởng đoàn đã làm việc với Ban Thường vụ Huyện¦ủy Yên Lạc.",
        "lam_viec",
        "district",
        AN,
    ),
    Case(
        "host_works_with_delegation",
        LV,
        "Ban Thường vụ Huyện ủy Yên Lạc làm việc với Đoàn công tác của Tỉnh ủy",
        f"Chiều 22/8, Ban Thường vụ Huyện¦ủy Yên Lạc làm việc với Đoàn công tác của Tỉnh ủy do đồng chí "
        f"{AN}, Phó Bí thư Thường trực Tỉnh ủy làm trưởng đoàn.",
        "lam_viec",
        "district",
        AN,
    ),
    Case(
        "leader_works_with_commune",
        LV,
        "Bí thư Tỉnh ủy làm việc với Đảng ủy xã Tân Lập",
        f"Sáng 3/6, đồng chí {AN}, Bí thư Tỉnh ủy đã làm việc với Ban Thường vụ Đảng¦ủy xã Tân Lập về "
        f"tình hình thực hiện nhiệm vụ chính trị.",
        "lam_viec",
        "commune",
        AN,
    ),
    Case(
        "inspection_team",
        LV,
        "Đoàn kiểm tra, giám sát của Ban Thường vụ Tỉnh ủy làm việc với Thị ủy Sơn Tây",
        f"Ngày 14/4, Đoàn kiểm tra, giám sát của Ban Thường vụ Tỉnh ủy do đồng chí {AN}, Ủy viên Ban "
        f"Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn làm việc với Ban Thường vụ Thị¦ủy "
        f"Sơn Tây.",
        "lam_viec",
        "district",
        AN,
    ),
    Case(
        "visit_and_work",
        LV,
        "Bí thư Tỉnh ủy thăm và làm việc tại huyện Phú Bình",
        f"Sáng 7/7, đồng chí {AN}, Bí thư Tỉnh ủy đã đến thăm và làm việc tại huyện Phú Bình. Cùng đi có "
        f"lãnh đạo Văn phòng Tỉnh¦ủy.",
        "lam_viec",
        "district",
        AN,
    ),
    Case(
        "central_leader_with_province",
        LV,
        "Tổng Bí thư làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng",
        f"Sáng 12/5, đồng chí {CUONG}, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương làm việc với "
        f"Ban Thường vụ Tỉnh¦ủy Cao Bằng. Đồng chí {AN}, Bí thư Tỉnh ủy báo cáo tình hình.",
        "lam_viec",
        "province",
        CUONG,
    ),
    Case(
        "works_with_bloc",
        LV,
        "Thường trực Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh",
        f"Chiều 2/12, đồng chí {AN}, Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy Khối¦các cơ quan "
        f"tỉnh.",
        "lam_viec",
        "other",
        AN,
    ),
    # --- congresses, their previews and the new committee's first session
    Case(
        "congress_province",
        DH,
        "Khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
        "Sáng 14/10, Đại hội đại biểu Đảng¦bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2025-2030 khai mạc "
        "với sự tham dự của 350 đại biểu.",
        "dai_hoi",
        "province",
        None,
    ),
    Case(
        "congress_commune",
        DH,
        "Đại hội Đảng bộ xã Tân Lập lần thứ I thành công tốt đẹp",
        "Ngày 20/7, Đảng¦bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
        "dai_hoi",
        "commune",
        None,
    ),
    Case(
        "congress_district",
        DH,
        "Đại hội đại biểu Đảng bộ huyện Yên Lạc lần thứ XXIII",
        "Sáng 5/6, Đại hội đại biểu Đảng bộ¦huyện Yên Lạc lần thứ XXIII, nhiệm kỳ 2020-2025 khai mạc.",
        "dai_hoi",
        "district",
        None,
    ),
    Case(
        "congress_bloc",
        DH,
        "Đại hội Đảng bộ Khối các cơ quan tỉnh nhiệm kỳ 2025-2030",
        "Sáng 18/6, Đảng bộ Khối¦các cơ quan tỉnh tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2025-2030.",
        "dai_hoi",
        "other",
        None,
    ),
    Case(
        "congress_chaired",
        DH,
        "Đại hội Đảng bộ tỉnh bầu Đoàn Chủ tịch",
        f"Sáng 14/10, Đại hội đại biểu Đảng¦bộ tỉnh lần thứ XX khai mạc. Đồng chí {AN}, Bí thư Tỉnh ủy "
        f"chủ trì phiên khai mạc.",
        "dai_hoi",
        "province",
        AN,
    ),
    Case(
        "congress_preview",
        DH,
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX sẽ diễn ra từ ngày 14 đến 16/10",
        "Đại hội đại biểu Đảng bộ¦tỉnh lần thứ XX, nhiệm kỳ 2025-2030 sẽ diễn ra từ ngày 14 đến 16/10 "
        "với 350 đại biểu chính thức.",
        "dai_hoi",
        "province",
        None,
    ),
    Case(
        "congress_first_session",
        DH,
        "Bế mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
        "Chiều 16/10, Đại hội đại biểu Đảng bộ¦tỉnh lần thứ XX bế mạc. Ngay sau đó, Hội nghị lần thứ "
        "nhất Ban Chấp hành Đảng bộ tỉnh khóa XX đã bầu Ban Thường vụ và Bí thư Tỉnh ủy.",
        "dai_hoi",
        "province",
        None,
    ),
    # --- ceremonies, awards and dissemination: other
    Case(
        "anniversary",
        OTHER,
        "Lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        f"Sáng 2/2, Tỉnh¦ủy tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng. Đồng chí {AN}, Bí thư Tỉnh ủy "
        f"đọc diễn văn kỷ niệm.",
        "other",
        "province",
        None,
    ),
    Case(
        "badges",
        OTHER,
        "Trao Huy hiệu 50 năm tuổi Đảng",
        f"Ngày 3/2, Huyện¦ủy Yên Lạc tổ chức lễ trao Huy hiệu Đảng cho 45 đảng viên. Đồng chí {AN}, "
        f"Bí thư Huyện ủy dự và trao Huy hiệu.",
        "other",
        "district",
        None,
    ),
    Case(
        "award_meeting",
        OTHER,
        "Tuyên dương điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        f"Chiều 19/5, Tỉnh¦ủy tổ chức Hội nghị biểu dương, khen thưởng điển hình tiên tiến. Đồng chí {AN}, "
        f"Bí thư Tỉnh ủy phát biểu chỉ đạo.",
        "other",
        "province",
        AN,
    ),
    Case(
        "dissemination",
        OTHER,
        "Tỉnh ủy học tập, quán triệt Nghị quyết Trung ương",
        f"Sáng 10/1, Tỉnh¦ủy tổ chức Hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Hội "
        f"nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII.{_CHAIRED}",
        "other",
        "province",
        AN,
    ),
    Case(
        "decision_handover",
        OTHER,
        "Công bố quyết định về công tác cán bộ",
        f"Chiều 4/3, Ban Thường vụ Tỉnh¦ủy tổ chức Lễ công bố quyết định của Ban Bí thư về công tác cán bộ. "
        f"Đồng chí {AN}, Bí thư Tỉnh ủy trao quyết định.",
        "other",
        "province",
        None,
    ),
    # --- pages with no Party meeting
    Case(
        "state_conference",
        NONE,
        "UBND tỉnh triển khai nhiệm vụ năm 2025",
        "Sáng 5/1, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2025. "
        "Lãnh đạo các sở, ngành dự.",
        None,
        None,
        None,
    ),
    Case(
        "mass_congress",
        NONE,
        "Đại hội Hội Nông dân tỉnh lần thứ X",
        "Ngày 8/8, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023-2028.",
        None,
        None,
        None,
    ),
    Case(
        "news_without_meeting",
        NONE,
        "Mưa lớn gây ngập úng nhiều tuyến đường",
        "Từ đêm qua, mưa lớn kéo dài khiến nhiều tuyến đường ở trung tâm thành phố bị ngập sâu, giao thông "
        "ùn tắc.",
        None,
        None,
        None,
    ),
    # --- the meeting named in the headline alone
    Case(
        "headline_btv",
        BTV,
        "Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 18",
        f"Sáng 25/11, tại trụ sở, hội nghị đã cho ý kiến về nhiều nội dung quan trọng.{_CHAIRED}",
        "ban_thuong_vu",
        "province",
        AN,
        headline_only=True,
    ),
    Case(
        "headline_bch",
        BCH,
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 21",
        f"Sáng 8/12, hội nghị thảo luận các báo cáo tổng kết năm.{_CHAIRED}",
        "ban_chap_hanh",
        "province",
        AN,
        headline_only=True,
    ),
    Case(
        "headline_tt",
        TT,
        "Thường trực Tỉnh ủy giao ban tháng 10",
        f"Sáng 28/10, cuộc họp đánh giá tình hình tháng 10. Đồng chí {AN}, Bí thư Tỉnh ủy chủ trì.",
        "thuong_truc",
        "province",
        AN,
        headline_only=True,
    ),
    Case(
        "headline_huyen_uy",
        BCH,
        "Hội nghị Huyện ủy Cam Lâm lần thứ 6",
        f"Sáng 16/8, hội nghị đánh giá kết quả 6 tháng. Đồng chí {AN}, Bí thư Huyện ủy chủ trì.",
        "ban_chap_hanh",
        "district",
        AN,
        headline_only=True,
    ),
    # --- the chair, however the text names them
    *(
        Case(
            f"chair_{name}",
            CHAIR,
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 16",
            f"Sáng 9/5, Hội nghị Ban Chấp hành¦Đảng bộ tỉnh lần thứ 16 khai mạc. {sentence}",
            "ban_chap_hanh",
            "province",
            AN,
        )
        for name, sentence in (
            ("titles_before", f"Bí thư Tỉnh ủy {AN} chủ trì hội nghị."),
            ("titles_after", f"Đồng chí {AN}, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị."),
            ("titles_after_dash", f"Đồng chí {AN} - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì."),
            ("under", f"Hội nghị diễn ra dưới sự chủ trì của đồng chí {AN}, Bí thư Tỉnh ủy."),
            ("by", f"Hội nghị do đồng chí {AN}, Bí thư Tỉnh ủy chủ trì."),
            ("chaired_by_is", f"Chủ trì hội nghị có đồng chí {AN}, Bí thư Tỉnh ủy."),
            (
                "co_chairs_titles_after",
                f"Các đồng chí: {AN}, Bí thư Tỉnh ủy; {BINH}, Phó Bí thư Thường trực Tỉnh ủy; {CUONG}, "
                f"Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
            ),
            (
                "co_chairs_titles_before",
                f"Bí thư Tỉnh ủy {AN}; Phó Bí thư Thường trực Tỉnh ủy {BINH}; Phó Bí thư Tỉnh ủy, Chủ tịch "
                f"UBND tỉnh {CUONG} chủ trì hội nghị.",
            ),
            (
                "co_chair",
                f"Đồng chí {AN}, Bí thư Tỉnh ủy và đồng chí {BINH}, Chủ tịch UBND tỉnh đồng chủ trì.",
            ),
            ("opened", f"Đồng chí {AN}, Bí thư Tỉnh ủy phát biểu khai mạc hội nghị."),
            ("concluded", f"Kết luận hội nghị, đồng chí {AN}, Bí thư Tỉnh ủy nhấn mạnh ba nhiệm vụ."),
        )
    ),
]
