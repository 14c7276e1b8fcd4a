"""axe-core (vendored in tests/browser/vendor, MPL-2.0) finds no serious or critical violation.

The portal's Content-Security-Policy allows only its own scripts, so axe is injected into a
context that bypasses CSP (the axe_context fixture in conftest.py).
"""

from __future__ import annotations

import pytest

from .axe import axe_violations
from .screens import DESKTOP, PHONE

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _pages(corpus) -> list[str]:
    from documents.models import Official, Province

    document = corpus[0]
    official = Official.objects.filter(appearances__document=document).first()
    province = Province.objects.get(name="Thanh Hóa")
    return [
        "/",
        "/search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&province=Thanh+H%C3%B3a",
        "/search/?year=2023",
        "/search/?year=abc",
        "/search/facets/official/",
        f"/documents/{document.pk}/?q=gi%E1%BA%A3i+ph%C3%B3ng",
        f"/provinces/{province.slug}/",
        f"/officials/{official.slug}/",
        "/accounts/login/",
        "/provinces/",
        "/officials/",
        "/about/",
        "/khong-co-trang-nay/",
        "/search/?province=Th%C3%A1i+B%C3%ACnh&year=2023",
        "/search/?page=999",
        "/search/?date_from=2024-01-01&date_to=2023-01-01",
    ]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_serious_accessibility_violations(axe_context, corpus, viewport):
    page = axe_context.new_page()
    page.set_viewport_size(viewport)
    found = {}
    for url in _pages(corpus):
        page.goto(url)
        violations = axe_violations(page)
        if violations:
            found[url] = violations
    assert not found, found
