"""manage.py send_alerts: each new matching document is mailed once per saved search, in the
user's language; a second run sends nothing; a refused mail announces nothing."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from documents.alerts.models import AnnouncedDocument, SavedSearch
from documents.models import Document, Province

from .helpers import age_every_document, make_user, notice, saved

pytestmark = pytest.mark.django_db


def send_alerts() -> str:
    out = io.StringIO()
    call_command("send_alerts", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_a_new_document_is_announced_once(client):
    notice("Kết luận cũ về giải phóng mặt bằng")
    age_every_document()
    user = make_user("nghiencuu")
    search = saved(user, "Thanh Hóa", "province=Thanh+H%C3%B3a")
    saved(user, "Nghệ An", "province=Ngh%E1%BB%87+An")

    send_alerts()
    assert mail.outbox == []  # nothing new since the searches were saved

    first = notice("Thông báo kết luận mới số một")
    notice("Văn bản của tỉnh khác", province="Nghệ An")
    send_alerts()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nghiencuu@example.org"]
    assert message.subject == "2 văn bản mới khớp với tìm kiếm đã lưu của bạn"
    assert "Thông báo kết luận mới số một" in message.body
    assert f"http://localhost:8000/documents/{first.pk}/" in message.body
    assert "Kết luận cũ" not in message.body
    assert "== Thanh Hóa (1 văn bản mới) ==" in message.body
    assert "== Nghệ An (1 văn bản mới) ==" in message.body

    send_alerts()
    assert len(mail.outbox) == 1  # a second run announces nothing again

    second = notice("Thông báo kết luận mới số hai")
    send_alerts()
    assert len(mail.outbox) == 2
    body = mail.outbox[1].body
    assert "Thông báo kết luận mới số hai" in body and "số một" not in body
    assert "Nghệ An" not in body.split("==")[1]
    assert set(
        AnnouncedDocument.objects.filter(saved_search=search).values_list("document_id", flat=True)
    ) == {
        first.pk,
        second.pk,
    }
    assert SavedSearch.objects.get(pk=search.pk).last_alerted is not None


def test_reindexing_does_not_announce_again():
    age_every_document()
    user = make_user("nghiencuu")
    saved(user, "Tất cả")
    document = notice("Thông báo kết luận mới")
    send_alerts()
    assert len(mail.outbox) == 1
    document.title = "Thông báo kết luận mới (đã sửa)"
    document.save()  # indexed again
    call_command("rebuild_index", interactive=False, stdout=io.StringIO(), stderr=io.StringIO())
    send_alerts()
    assert len(mail.outbox) == 1


def test_the_mail_is_in_the_users_language():
    user = make_user("researcher")
    saved(user, "All", language="en")
    notice("Thông báo kết luận")
    send_alerts()
    (message,) = mail.outbox
    assert message.subject == "1 new document matches your saved searches"
    assert "Open the search:" in message.body


def test_a_refused_mail_announces_nothing_and_other_users_still_get_theirs(settings):
    failing, fine, silent = make_user("a"), make_user("b"), make_user("c", email="")
    for user in (failing, fine, silent):
        saved(user, "Tất cả")
    notice("Thông báo kết luận")
    from django.core.mail.backends.locmem import EmailBackend

    class RefusingA(EmailBackend):
        def send_messages(self, messages):
            if any("a@example.org" in message.to for message in messages):
                raise OSError("the mail server refused the message")
            return super().send_messages(messages)

    settings.EMAIL_BACKEND = f"{__name__}.RefusingA"
    globals()["RefusingA"] = RefusingA
    with pytest.raises(CommandError, match="1 user"):
        send_alerts()
    assert [message.to for message in mail.outbox] == [["b@example.org"]]
    assert not AnnouncedDocument.objects.filter(saved_search__user=failing).exists()
    assert not AnnouncedDocument.objects.filter(saved_search__user=silent).exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send_alerts()  # the refused one is tried again; b is not mailed twice
    assert [message.to for message in mail.outbox] == [["b@example.org"], ["a@example.org"]]


def test_a_search_that_no_longer_reads_is_reported_not_fatal():
    user = make_user("nghiencuu")
    saved(user, "Hỏng", "year=abc")
    saved(user, "Tất cả")
    notice("Thông báo kết luận")
    err = io.StringIO()
    call_command("send_alerts", stdout=io.StringIO(), stderr=err)
    assert "Hỏng" in err.getvalue()
    assert len(mail.outbox) == 1


def _added_days_ago(document, days: int) -> None:
    Document.objects.filter(pk=document.pk).update(created_at=timezone.now() - datetime.timedelta(days=days))


def test_alerts_that_did_not_run_for_weeks_still_announce_every_new_document_once():
    """The last alert went out a month ago; since then documents arrived, and one added before
    that alert matches only now (its province was corrected). Each is mailed once, whatever its
    age, and nothing announced before is mailed again."""
    user = make_user("nghiencuu")
    search = saved(
        user, "Thanh Hóa", "province=Thanh+H%C3%B3a", created=timezone.now() - datetime.timedelta(days=40)
    )
    announced = notice("Thông báo đã gửi tháng trước")
    _added_days_ago(announced, 35)
    send_alerts()
    assert len(mail.outbox) == 1
    SavedSearch.objects.filter(pk=search.pk).update(last_alerted=timezone.now() - datetime.timedelta(days=30))

    corrected = notice("Văn bản nhập sai tỉnh", province="Nghệ An")
    corrected.province = Province.objects.get(name="Thanh Hóa")
    corrected.save()
    _added_days_ago(corrected, 38)  # after save(), which writes the instance's own date back
    call_command("rebuild_index", interactive=False, stdout=io.StringIO(), stderr=io.StringIO())
    weeks_ago = notice("Thông báo ba tuần trước")
    _added_days_ago(weeks_ago, 21)
    yesterday = notice("Thông báo hôm qua")
    _added_days_ago(yesterday, 1)

    send_alerts()
    assert len(mail.outbox) == 2
    body = mail.outbox[1].body
    assert "(3 văn bản mới)" in body
    for document in (corrected, weeks_ago, yesterday):
        assert f"/documents/{document.pk}/" in body
    assert f"/documents/{announced.pk}/" not in body

    send_alerts()
    assert len(mail.outbox) == 2  # each announced once
    assert AnnouncedDocument.objects.filter(saved_search=search).count() == 4
