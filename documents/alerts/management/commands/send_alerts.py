"""``manage.py send_alerts``: mail each user the documents newly matching their saved searches.

Safe from cron: a document is announced once per saved search (AnnouncedDocument rows, written in
the same transaction as the mail is handed to the backend, so a failed send announces nothing and
the next run tries again); a second run with nothing new sends nothing. One user's failure (no
address, a refused mail, a search that no longer reads) is reported and the others go on.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from documents.alerts.digest import SearchNews, render_digest
from documents.alerts.matching import unannounced
from documents.alerts.models import AnnouncedDocument, SavedSearch
from documents.search import ParamError


class Command(BaseCommand):
    help = "E-mail each user the new documents matching their saved searches (each document once)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say what would be sent; send nothing.")

    def handle(self, *args, dry_run: bool = False, **options):
        by_user: dict[int, list[SavedSearch]] = {}
        for saved in SavedSearch.objects.select_related("user").order_by("user_id", "name", "pk"):
            by_user.setdefault(saved.user_id, []).append(saved)
        sent = failed = 0
        for searches in by_user.values():
            user = searches[0].user
            news = self._news(searches)
            if not news:
                continue
            if not user.email:  # not an error of the run: nothing to retry until an address is set
                self.stdout.write(f"{user.get_username()}: no e-mail address, skipped")
                continue
            if dry_run:
                count = sum(len(item.ids) for item in news)
                self.stdout.write(f"{user.get_username()}: would send {count} new document(s)")
                continue
            try:
                self._send(user, news)
            except Exception as error:  # one user's failure must not stop the others
                self.stderr.write(f"{user.get_username()}: not sent ({error}); will be tried again")
                failed += 1
                continue
            sent += 1
        self.stdout.write(f"alerts sent: {sent}; failed: {failed}")
        if failed:
            raise CommandError(f"{failed} user(s) could not be alerted (see above)")

    def _news(self, searches: list[SavedSearch]) -> list[SearchNews]:
        news = []
        for saved in searches:
            try:
                ids = unannounced(saved)
            except ParamError as error:
                self.stderr.write(
                    f"saved search {saved.pk} ({saved.name!r}) no longer reads: {error.message}"
                )
                continue
            if ids:
                news.append(SearchNews(saved=saved, ids=ids))
        return news

    def _send(self, user, news: list[SearchNews]) -> None:
        subject, body = render_digest(news)
        now = timezone.now()
        with transaction.atomic():
            for item in news:
                AnnouncedDocument.objects.bulk_create(
                    AnnouncedDocument(saved_search=item.saved, document_id=pk, announced_at=now)
                    for pk in item.ids
                )
                SavedSearch.objects.filter(pk=item.saved.pk).update(last_alerted=now)
            # Inside the transaction: a refused mail rolls the announcements back.
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
