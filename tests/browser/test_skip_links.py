"""The skip links, hidden until one has the focus: then each is drawn inside the window, its whole
text shown and nothing over it, beside the page's other skip link (they had been drawn in one
spot), and axe finds nothing serious on the page at that moment. Both languages, 1366 and 390 px
wide; screenshots for a person to look at (tests/browser/screens.py)."""

from __future__ import annotations

import pytest

from .axe import axe_violations
from .screens import PHONE, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDE = {"width": 1366, "height": 900}
SEARCH_URL = "/search/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
LOCALES = {"vi": "vi-VN", "en": "en-US"}

# Where a link is drawn, whether the point at its middle shows the link itself (not something
# over it, nor nothing: a clipped link is not hit there) and whether its whole text fits.
_DRAWN = """link => {
    const box = link.getBoundingClientRect();
    const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {left: box.left, top: box.top, right: box.right, bottom: box.bottom,
            shown: middle !== null && (middle === link || link.contains(middle)),
            whole: link.scrollWidth <= link.clientWidth + 1,
            width: window.innerWidth, height: window.innerHeight};
}"""


@pytest.fixture
def open_page(browser, live_server):
    contexts = []

    def opening(language: str, viewport: dict, url: str):
        # bypass_csp: axe is injected into the page (tests/browser/axe.py)
        context = browser.new_context(
            viewport=viewport, locale=LOCALES[language], base_url=live_server.url, bypass_csp=True
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        return page

    yield opening
    for context in contexts:
        context.close()


def _assert_readable(drawn: dict) -> None:
    assert drawn["shown"] and drawn["whole"], drawn
    assert drawn["left"] >= 0 and drawn["right"] <= drawn["width"], drawn
    assert drawn["top"] >= 0 and drawn["bottom"] <= drawn["height"], drawn


def _apart(one: dict, other: dict) -> bool:
    return (
        one["right"] <= other["left"]
        or other["right"] <= one["left"]
        or one["bottom"] <= other["top"]
        or other["bottom"] <= one["top"]
    )


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["1366", "390"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_each_skip_link_is_readable_at_its_own_place_when_focused(open_page, corpus, language, viewport):
    page = open_page(language, viewport, SEARCH_URL)
    links = page.locator("a.skip-link")
    assert links.count() == 2
    assert not links.first.evaluate(_DRAWN)["shown"]  # hidden until a link has the focus
    for position in range(2):
        page.keyboard.press("Tab")
        link = links.nth(position)
        assert link.evaluate("link => link === document.activeElement")
        drawn = [links.nth(n).evaluate(_DRAWN) for n in range(2)]
        for each in drawn:  # the focused link and, beside it, the other
            _assert_readable(each)
        assert _apart(*drawn), drawn
        screenshot(page, f"skip-link-{position + 1}-{language}-{viewport['width']}")
        assert axe_violations(page) == []
    page.keyboard.press("Tab")  # on into the page: the links are hidden again
    assert not links.first.evaluate(_DRAWN)["shown"]


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["1366", "390"])
def test_a_page_with_one_skip_link_shows_it_when_focused(open_page, corpus, viewport):
    page = open_page("en", viewport, "/")
    page.keyboard.press("Tab")
    link = page.locator("a.skip-link")
    assert link.count() == 1 and link.evaluate("link => link === document.activeElement")
    _assert_readable(link.evaluate(_DRAWN))
    screenshot(page, f"skip-link-home-en-{viewport['width']}")
