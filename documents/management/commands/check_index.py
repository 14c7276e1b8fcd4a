"""manage.py check_index [--fix]: documents missing from the search index, extra in it, or
indexed from an older state of their row (stale)."""

import sys

from django.core.management.base import BaseCommand

from documents.index_check import check_index, repair_index


class Command(BaseCommand):
    help = (
        "Compare the search index with the database; --fix indexes what is missing or stale and "
        "drops what is extra."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="repair the differences found")
        parser.add_argument(
            "--ids-only",
            action="store_true",
            help="compare only which documents are indexed, not whether their entries are current "
            "(that prepares every row as indexing does)",
        )

    def handle(self, *args, fix: bool, ids_only: bool, **options):
        report = check_index(stale=not ids_only)
        if report.layout_reset:
            self.stdout.write(report.layout_reset)
        self.stdout.write(
            f"database {report.in_database}, index {report.in_index}, "
            f"missing from index {len(report.missing)}, extra in index {len(report.extra)}"
            + ("" if ids_only else f", stale {len(report.stale)}")
        )
        if report.missing:
            self.stdout.write(f"missing: {_ids(report.missing)}")
        if report.extra:
            self.stdout.write(f"extra: {_ids(report.extra)}")
        if report.stale:
            self.stdout.write(f"stale: {_ids(report.stale)}")
        if report.consistent:
            self.stdout.write("index and database agree")
            return
        if not fix:
            self.stdout.write("run with --fix to repair")
            sys.exit(1)
        repair_index(report)
        after = check_index(stale=not ids_only)
        if not after.consistent:
            self.stderr.write(f"still inconsistent after repair: {after}")
            sys.exit(1)
        self.stdout.write(f"repaired: index and database agree ({after.in_index} documents)")


def _ids(ids: list[int], shown: int = 20) -> str:
    text = ", ".join(str(i) for i in ids[:shown])
    return text + (f" … (+{len(ids) - shown})" if len(ids) > shown else "")
