"""The variation suite's reports of committees meeting: Ban Chấp hành, Ban Thường vụ, Thường trực."""

from tests.metadata.wording_cases import AN, BCH, BCH_OWN, BTV, CHAIRED, TT, Case

COMMITTEE_CASES = [
    # --- the executive committee (Ban Chấp hành), by every name a committee has
    Case(
        "bch_province",
        BCH,
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15",
        f"Sáng 5/4, Hội nghị Ban Chấp hành¦Đảng bộ tỉnh Thái Bình lần thứ 15 khai mạc.{CHAIRED}",
        "ban_chap_hanh",
        "province",
        AN,
    ),
    Case(
        "bch_abbreviated",
        BCH,
        "Hội nghị BCH Đảng bộ tỉnh lần thứ 9",
        f"Ngày 12/7, Hội nghị BCH Đảng¦bộ tỉnh Nam Định lần thứ 9 (mở rộng) được tổ chức.{CHAIRED}",
        "ban_chap_hanh",
        "province",
        AN,
    ),
    Case(
        "tinh_uy_extended",
        BCH,
        "Hội nghị Tỉnh ủy lần thứ 20 (mở rộng)",
        f"Chiều 3/3, Hội nghị Tỉnh¦ủy lần thứ 20 (mở rộng) thảo luận dự thảo báo cáo chính trị.{CHAIRED}",
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
        f"nhiệm kỳ 2025-2030 được tổ chức.{CHAIRED}",
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
        f"Sáng 3/12, kỳ họp thứ 15 Ban Chấp hành Đảng¦bộ tỉnh khóa XX khai mạc.{CHAIRED}",
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
        f"Sáng 7/5, Hội nghị Ban Thường¦vụ Tỉnh ủy lần thứ 25 cho ý kiến về nhiều nội dung.{CHAIRED}",
        "ban_thuong_vu",
        "province",
        AN,
    ),
    Case(
        "btv_meets",
        BTV,
        "Ban Thường vụ Tỉnh ủy cho ý kiến về công tác cán bộ",
        f"Chiều 19/3, Ban Thường vụ Tỉnh¦ủy họp cho ý kiến về công tác cán bộ.{CHAIRED}",
        "ban_thuong_vu",
        "province",
        AN,
    ),
    Case(
        "btv_abbreviated",
        BTV,
        "BTV Tỉnh ủy họp phiên thường kỳ",
        f"Sáng 11/4, BTV Tỉnh¦ủy họp phiên thường kỳ tháng 4.{CHAIRED}",
        "ban_thuong_vu",
        "province",
        AN,
    ),
    Case(
        "btvtu",
        BTV,
        "BTVTU cho ý kiến về đề án sắp xếp đơn vị hành chính",
        f"Chiều 22/2, BTVTU họp cho ý kiến về đề án sắp xếp đơn vị hành chính cấp xã.{CHAIRED}",
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
        f"{CHAIRED}",
        "thuong_truc",
        "province",
        AN,
    ),
]
