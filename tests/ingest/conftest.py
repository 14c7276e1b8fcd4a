"""Helpers the ingest tests share: prepared documents as the pure step returns them."""

from __future__ import annotations

import pytest

from documents.ingest.prepare import PreparedDocument

TEXT = "Ngày 4/4/2023, Ban Chấp hành Đảng bộ tỉnh Thái Bình họp đánh giá quý I/2023."


@pytest.fixture
def prepared():
    """make(name, digest, **metadata): a PreparedDocument with exactly that metadata."""

    def make(name: str = "a.txt", digest: str = "a" * 64, **metadata) -> PreparedDocument:
        base = {"officials": [], "references": []}
        base.update(metadata)
        return PreparedDocument(
            original_name=name,
            extension=".txt",
            content_hash=digest,
            raw_text=TEXT,
            text=TEXT,
            segmented="Ngày 4/4/2023 , Ban Chấp_hành Đảng_bộ tỉnh Thái_Bình họp",
            metadata=base,
        )

    return make
