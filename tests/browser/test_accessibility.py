"""axe-core (vendored in tests/browser/vendor, MPL-2.0) finds no serious or critical violation.

The portal's Content-Security-Policy allows only its own scripts, so axe is injected into a
context that bypasses CSP: this test only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .screens import DESKTOP, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
BLOCKING = {"serious", "critical"}


@pytest.fixture
def axe_context(browser, live_server):
    context = browser.new_context(viewport=DESKTOP, base_url=live_server.url, bypass_csp=True)
    yield context
    context.close()


def _violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {runOnly: {type: "tag",
                values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
        }"""
    )
    return [v for v in result if v["impact"] in BLOCKING]


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
        violations = _violations(page)
        if violations:
            found[url] = violations
    assert not found, found
