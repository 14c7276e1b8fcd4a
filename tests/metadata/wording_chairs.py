"""The variation suite's chairs: however a text names who chaired."""

from tests.metadata.wording_cases import AN, BINH, CHAIR, CUONG, Case

CHAIR_CASES = [
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
            # who opened before who directed
            (
                "opened_and_directed",
                f"Đồng chí {CUONG}, Ủy viên Bộ Chính trị dự và phát biểu chỉ đạo. Đồng chí {AN}, Bí thư "
                f"Tỉnh ủy phát biểu khai mạc.",
            ),
            ("concluded", f"Kết luận hội nghị, đồng chí {AN}, Bí thư Tỉnh ủy nhấn mạnh ba nhiệm vụ."),
        )
    ),
    # --- a second wave: where else a chair stands
    *(
        Case(
            f"chair_{name}",
            CHAIR,
            "Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 40",
            f"Chiều 9/5, Hội nghị Ban Thường¦vụ Tỉnh ủy lần thứ 40 cho ý kiến về nhiều nội dung. {sentence}",
            "ban_thuong_vu",
            "province",
            AN,
        )
        for name, sentence in (
            ("is", f"Chủ trì hội nghị là đồng chí {AN}, Bí thư Tỉnh ủy."),
            ("attended_and_chaired", f"Dự và chủ trì hội nghị có đồng chí {AN}, Bí thư Tỉnh ủy."),
            ("lower_title_before", f"Đồng chí Bí thư Tỉnh ủy {AN} chủ trì hội nghị."),
            ("mister", f"Ông {AN}, Bí thư Tỉnh ủy, chủ trì hội nghị."),
            ("with_deputies", f"Bí thư Tỉnh ủy {AN} cùng các đồng chí Phó Bí thư Tỉnh ủy chủ trì hội nghị."),
            (
                "guest_first",
                f"Dự hội nghị có đồng chí {CUONG}, Thứ trưởng Bộ Nội vụ. Đồng chí {AN}, Bí thư Tỉnh ủy "
                f"chủ trì hội nghị.",
            ),
            (
                "central_leader_directs",
                f"Đồng chí {CUONG}, Ủy viên Bộ Chính trị dự và phát biểu chỉ đạo. Đồng chí {AN}, Bí thư "
                f"Tỉnh ủy chủ trì hội nghị.",
            ),
        )
    ),
    # --- names as the provinces write them: four words, the Central Highlands' (an apostrophe, Y and
    # the family's name last), a rank or a degree before them
    *(
        Case(
            f"chair_named_{i}",
            CHAIR,
            "Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 12",
            f"Sáng 2/6, Hội nghị Ban Thường¦vụ Tỉnh ủy lần thứ 12 thảo luận đề án. Đồng chí {before}{name}, "
            f"Bí thư Tỉnh ủy chủ trì hội nghị.",
            "ban_thuong_vu",
            "province",
            name,
        )
        for i, (before, name) in enumerate(
            (
                ("", "Nguyễn Thị Thu Hà"),
                ("", "H'Hen Niê"),
                ("", "Y Thanh Hà Niê Kđăm"),
                ("", "Điểu K'Ré"),
                ("", "Ksor Phước Hà"),
                ("Thượng tướng ", "Lê Minh Cường"),
                ("PGS.TS ", "Nguyễn Văn An"),
            )
        )
    ),
]
