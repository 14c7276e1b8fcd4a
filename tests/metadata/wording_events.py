"""The variation suite's reports of other events: working sessions, congresses, ceremonies, pages
with no Party meeting, and meetings named in the headline alone.
"""

from tests.metadata.wording_cases import AN, BCH, BTV, CHAIRED, CUONG, DH, LV, NONE, OTHER, TT, Case

EVENT_CASES = [
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
        f"nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII.{CHAIRED}",
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
        f"Sáng 25/11, tại trụ sở, hội nghị đã cho ý kiến về nhiều nội dung quan trọng.{CHAIRED}",
        "ban_thuong_vu",
        "province",
        AN,
        headline_only=True,
    ),
    Case(
        "headline_bch",
        BCH,
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 21",
        f"Sáng 8/12, hội nghị thảo luận các báo cáo tổng kết năm.{CHAIRED}",
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
    # --- a second wave: more hosts, forces and state bodies
    Case(
        "works_with_district_committee",
        LV,
        "Bí thư Thành ủy làm việc với Quận ủy Hoàn Kiếm",
        f"Sáng 11/3, đồng chí {AN}, Bí thư Thành ủy làm việc với Quận¦ủy Hoàn Kiếm về xây dựng Đảng.",
        "lam_viec",
        "district",
        AN,
    ),
    Case(
        "delegation_with_ward",
        LV,
        "Đoàn công tác của Thành ủy làm việc với Đảng ủy phường Bến Nghé",
        f"Chiều 6/5, Đoàn công tác của Thành ủy do đồng chí {AN}, Phó Bí thư Thành ủy làm trưởng đoàn "
        f"làm việc với Đảng¦ủy phường Bến Nghé.",
        "lam_viec",
        "commune",
        AN,
    ),
    Case(
        "standing_members_visit_district",
        LV,
        "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Yên Lạc",
        f"Sáng 17/4, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện¦ủy Yên Lạc. Đồng chí {AN}, "
        f"Bí thư Tỉnh ủy chủ trì buổi làm việc.",
        "lam_viec",
        "district",
        AN,
    ),
    Case(
        "police_party_congress",
        DH,
        "Đại hội Đảng bộ Công an tỉnh lần thứ XXVI",
        "Sáng 12/6, Đảng bộ Công an¦tỉnh tổ chức Đại hội đại biểu lần thứ XXVI, nhiệm kỳ 2025-2030.",
        "dai_hoi",
        "other",
        None,
    ),
    Case(
        "online_dissemination",
        OTHER,
        "Hội nghị trực tuyến quán triệt Nghị quyết của Bộ Chính trị",
        f"Sáng 20/3, Tỉnh¦ủy tổ chức Hội nghị trực tuyến quán triệt Nghị quyết của Bộ Chính trị tới 200 "
        f"điểm cầu.{CHAIRED}",
        "other",
        "province",
        AN,
    ),
    Case(
        "police_conference",
        NONE,
        "Công an tỉnh tổng kết công tác năm",
        "Sáng 6/1, Công an tỉnh tổ chức hội nghị tổng kết công tác công an năm 2024.",
        None,
        None,
        None,
    ),
    Case(
        "council_session",
        NONE,
        "Khai mạc kỳ họp thứ 20 HĐND tỉnh khóa XVIII",
        "Sáng 9/12, Kỳ họp thứ 20 HĐND tỉnh khóa XVIII khai mạc tại Hội trường tỉnh.",
        None,
        None,
        None,
    ),
    Case(
        "biography",
        NONE,
        "Tóm tắt tiểu sử đồng chí Bí thư Tỉnh ủy",
        f"Đồng chí {AN}, sinh năm 1970, quê quán xã Tân Lập. Đồng chí được bầu giữ chức Bí thư Tỉnh¦ủy "
        f"nhiệm kỳ 2025-2030.",
        None,
        "province",
        None,
    ),
    Case(
        "headline_names_the_unit",
        OTHER,
        "Phường An Lạc triển khai Nghị quyết Đại hội Đảng bộ thành phố",
        "Sáng 3/10, Đảng¦ủy tổ chức hội nghị triển khai Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần "
        "thứ XVIII tới 300 đảng viên.",
        "other",
        "commune",
        None,
        headline_only=True,
    ),
    # --- the mass organisations' own committees and congresses are not the Party's
    Case(
        "farmers_union_committee",
        NONE,
        "Hội nghị Ban Chấp hành Hội Nông dân tỉnh lần thứ 5",
        "Sáng 5/4, Hội nghị Ban Chấp hành Hội Nông dân tỉnh lần thứ 5 khai mạc tại hội trường.",
        None,
        None,
        None,
    ),
    Case(
        "youth_union_standing_committee",
        NONE,
        "Ban Thường vụ Tỉnh đoàn họp phiên thường kỳ",
        "Chiều 12/4, Ban Thường vụ Tỉnh đoàn họp phiên thường kỳ tháng 4 đánh giá công tác đoàn.",
        None,
        None,
        None,
    ),
    Case(
        "trade_union_congress",
        NONE,
        "Khai mạc Đại hội Công đoàn tỉnh lần thứ XVI",
        "Sáng 20/7, Đại hội Công đoàn tỉnh lần thứ XVI, nhiệm kỳ 2023-2028 khai mạc với 300 đại biểu.",
        None,
        None,
        None,
    ),
]
