"""Documents for search tests, built directly (text normalized, segmentation stored)."""

from __future__ import annotations

import pytest

from documents.models import Appearance, Document, Official, Province
from documents.services import parse_partial_date
from documents.vietnamese.normalize import normalize_text
from documents.vietnamese.segment import segment

_counter = iter(range(1, 10_000_000))


def province(name: str, successor: Province | None = None) -> Province:
    from django.utils.text import slugify

    found = Province.objects.filter(name=name).first()
    if found:
        if successor and found.successor_id != successor.pk:
            found.successor = successor
            found.save()
        return found
    slug = slugify(name.replace("đ", "d").replace("Đ", "D")) or f"p{next(_counter)}"
    return Province.objects.create(
        name=name, slug=f"{slug}-{next(_counter)}", kind="province", before_2025=True, successor=successor
    )


def make_document(
    text: str,
    *,
    title: str = "",
    province_name: str | None = None,
    date: str | None = None,
    meeting_type: str | None = None,
    doc_type: str | None = None,
    level: str | None = None,
    officials: list[str] = (),
    name: str | None = None,
) -> Document:
    number = next(_counter)
    normalized = normalize_text(text)
    parsed_date, precision = parse_partial_date(date)
    document = Document.objects.create(
        title=normalize_text(title),
        raw_text=text,
        text=normalized,
        segmented=segment(normalized),
        content_hash=f"{number:064d}",
        original_name=name or f"doc-{number}.txt",
        source=f"/tmp/doc-{number}.txt",
        province=province(province_name) if province_name else None,
        date=parsed_date,
        date_precision=precision,
        meeting_type=meeting_type,
        doc_type=doc_type,
        level=level,
    )
    for position, official_name in enumerate(officials):
        official, _ = Official.objects.get_or_create(
            key=official_name.lower(), defaults={"name": official_name, "slug": f"o-{next(_counter)}"}
        )
        Appearance.objects.create(official=official, document=document, position=position)
    return document


@pytest.fixture
def corpus(db):
    """A small corpus covering diacritics, tone placement, abbreviations and facets."""
    return {
        "gpmb_exact": make_document(
            "Ban Thường vụ Tỉnh ủy yêu cầu đẩy nhanh công tác giải phóng mặt bằng các dự án trọng điểm.",
            title="Kết luận về giải phóng mặt bằng",
            province_name="Thanh Hóa",
            date="2023-04-04",
            meeting_type="ban_thuong_vu",
            doc_type="ket_luan",
            officials=["Đỗ Trọng Hưng", "Nguyễn Doãn Anh"],
        ),
        "old_tones": make_document(
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh Thanh Hoá. Uỷ ban nhân dân tỉnh báo cáo về chuyển đổi số.",
            province_name="Thanh Hóa",
            date="2023-06",
            meeting_type="ban_chap_hanh",
            doc_type="news",
            officials=["Đỗ Trọng Hưng"],
        ),
        "ubnd": make_document(
            "UBND tỉnh và HĐND tỉnh Nghệ An bàn về an ninh trật tự, bảo đảm an ninh chính trị.",
            province_name="Nghệ An",
            date="2024",
            meeting_type="lam_viec",
            doc_type="news",
        ),
        "long_an": make_document(
            "Tỉnh Long An triển khai xây dựng nông thôn mới, mặt bằng sản xuất được mở rộng.",
            province_name="Long An",
            date="2022-10-10",
            meeting_type="ban_chap_hanh",
            doc_type="news",
        ),
    }


@pytest.fixture
def whoosh_engine(isolated_data_dir):
    """For tests of the Whoosh backend's own machinery (its lock file, its kept searchers),
    whatever the default backend is."""
    from haystack import connections

    entry = dict(connections.connections_info["default"])
    entry["ENGINE"] = "documents.search.whoosh_backend.VietnameseWhooshEngine"
    entry["PATH"] = str(isolated_data_dir / "whoosh-index")
    connections.connections_info["default"] = entry
    connections.reload("default")
    yield
