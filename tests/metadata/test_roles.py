import pytest

from documents.metadata.roles import normalise_title, normalise_titles


@pytest.mark.parametrize(
    ("title", "roles"),
    [
        ("Bí thư Tỉnh ủy Quảng Trị", ["Bí thư Tỉnh ủy"]),
        ("bí thư quận ủy", ["Bí thư Quận ủy"]),
        (
            "UVT.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh",
            ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"],
        ),
        ("Phó Bí thư Thường trực Thành ủy", ["Phó Bí thư Thường trực Thành ủy"]),
        (
            "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Lào Cai",
            ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"],
        ),
        (
            "Ủy viên BTV Huyện ủy - Phó Chủ tịch HĐND huyện",
            ["Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch HĐND huyện"],
        ),
        ("Tỉnh ủy viên, Giám đốc Công an tỉnh", ["Tỉnh ủy viên", "Giám đốc Công an tỉnh"]),
        ("Ủy viên dự khuyết BCH Trung ương Đảng", ["Ủy viên dự khuyết Trung ương Đảng"]),
        ("Trưởng ban Tổ chức Tỉnh ủy", ["Trưởng ban Tổ chức Tỉnh ủy"]),
        ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", ["Chủ tịch Ủy ban MTTQ tỉnh"]),
        # glued and short spellings of the same offices
        (
            "UVBTV Tỉnh uỷ, Trưởng ban Tổ chức Tỉnh uỷ",
            ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Tổ chức Tỉnh ủy"],
        ),
        ("Ủy viên Thường vụ Thành ủy", ["Ủy viên Ban Thường vụ Thành ủy"]),
        (
            "UV BTV Huyện ủy, Chủ nhiệm UBKT Huyện ủy",
            ["Ủy viên Ban Thường vụ Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"],
        ),
        (
            "TUV, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy",
            ["Tỉnh ủy viên", "Phó Trưởng ban Dân vận Tỉnh ủy"],
        ),
        ("Phó Chủ nhiệm UBKT Tỉnh ủy", ["Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"]),
        # a bare "Ủy viên" names no role; a former office is not held now
        ("Ủy viên", []),
        ("nguyên Bí thư Tỉnh ủy", []),
        ("", []),
    ],
)
def test_normalise_title(title, roles):
    assert normalise_title(title) == roles


@pytest.mark.parametrize(
    ("title", "roles"),
    [
        # the standing committee named once, at the end of the title
        (
            "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy",
            ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Tổ chức Tỉnh ủy"],
        ),
        (
            "UV BTV, Chủ nhiệm UBKT Huyện ủy",
            ["Ủy viên Ban Thường vụ Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"],
        ),
        # a unit with its place: its head may sit on the standing committee above it
        ("Ủy viên Ban Thường vụ, Bí thư Thành ủy Vinh", ["Bí thư Thành ủy"]),
        # no committee named at all
        ("Ủy viên Ban Thường vụ, Phó Chủ tịch UBND tỉnh", ["Phó Chủ tịch UBND tỉnh"]),
        ("Ủy viên Ủy ban Kiểm tra Tỉnh ủy", ["Ủy viên Ủy ban Kiểm tra Tỉnh ủy"]),
        # a former office lends its committee to no current membership
        ("Ủy viên Ban Thường vụ, nguyên Trưởng Ban Tổ chức Huyện ủy", []),
        ("UV BTV, cựu Bí thư Huyện ủy", []),
        (
            "Ủy viên Ban Thường vụ, nguyên Bí thư Huyện ủy, Trưởng Ban Dân vận Tỉnh ủy",
            ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy"],
        ),
    ],
)
def test_a_bare_membership_takes_the_committee_named_later(title, roles):
    assert normalise_title(title) == roles


def test_roles_of_several_titles_are_listed_once_in_order():
    titles = ["Bí thư Tỉnh ủy Hà Giang", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
    assert normalise_titles(titles) == ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
