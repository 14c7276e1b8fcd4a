"""Previous / next match on a document page opened from a search: by keyboard, a run at a time."""

from __future__ import annotations

import pytest

from tests.factories import DocumentFactory

from .screens import PHONE

# Transactional: the live server answers from its own thread, which sees committed rows only.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_keyboard_steps_through_the_matches_a_word_at_a_time(page):
    document = DocumentFactory(
        raw_text="Giải phóng mặt bằng dự án.\nGiải Bóng rổ khai mạc.\nTiến độ giải phóng mặt bằng chậm."
    )
    page.goto(f"{document.get_absolute_url()}?q=giải+phóng+mặt+bằng")
    position = page.locator("[data-match-position]")
    assert "Tô sáng 2 chỗ khớp" in page.locator(".full-text [role=status]").text_content()
    following = page.get_by_role("button", name="Chỗ khớp sau")
    following.focus()
    page.keyboard.press("Enter")
    assert position.text_content() == "1 / 2"  # two runs of four marks, as the count says
    current = page.locator("mark.current")
    assert current.all_text_contents() == ["Giải", "phóng", "mặt", "bằng"]
    page.keyboard.press("Enter")
    assert position.text_content() == "2 / 2"
    assert current.all_text_contents() == ["giải", "phóng", "mặt", "bằng"]
    # Back from the first wraps round to the last, with the other button, by keyboard too.
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent") == "Chỗ khớp trước"
    page.keyboard.press("Enter")
    assert position.text_content() == "1 / 2"
    page.keyboard.press("Space")
    assert position.text_content() == "2 / 2"


def test_without_a_query_there_is_nothing_to_step_through(page):
    document = DocumentFactory(raw_text="Giải phóng mặt bằng dự án.")
    page.goto(document.get_absolute_url())
    assert page.locator("[data-match-nav]").count() == 0
    page.goto(f"{document.get_absolute_url()}?q=bóng+rổ")  # nothing matches: no buttons either
    assert page.locator("[data-match-nav]").count() == 0


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_buttons_stay_in_view_while_they_scroll_the_text(page, viewport):
    if viewport == "phone":
        page.set_viewport_size(PHONE)
    filler = "\n".join(f"Đoạn {n} bàn về công tác cán bộ và kinh tế của địa phương." for n in range(60))
    document = DocumentFactory(
        raw_text=f"Giải phóng mặt bằng dự án.\n{filler}\nTiến độ giải phóng mặt bằng chậm."
    )
    page.goto(f"{document.get_absolute_url()}?q=giải+phóng+mặt+bằng")
    following = page.get_by_role("button", name="Chỗ khớp sau")
    following.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # the second match, far below the first
    assert page.locator("[data-match-position]").text_content() == "2 / 2"
    # The current match and the focused button are both on screen, the button not covering it.
    height = page.viewport_size["height"]
    button = following.bounding_box()
    current = page.locator("mark.current").first.bounding_box()
    assert button["y"] >= 0 and button["y"] + button["height"] <= height
    assert button["y"] + button["height"] <= current["y"] <= height - current["height"]
    assert page.evaluate("document.activeElement.textContent") == "Chỗ khớp sau"
