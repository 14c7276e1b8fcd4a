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
        # a bare "Ủy viên" names no role; a former office is not held now
        ("Ủy viên", []),
        ("nguyên Bí thư Tỉnh ủy", []),
        ("", []),
    ],
)
def test_normalise_title(title, roles):
    assert normalise_title(title) == roles


def test_roles_of_several_titles_are_listed_once_in_order():
    titles = ["Bí thư Tỉnh ủy Hà Giang", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
    assert normalise_titles(titles) == ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
