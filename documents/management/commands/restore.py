"""manage.py restore ARCHIVE.tar.gz [--replace]: the inverse of `backup`; then rebuild_index."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup archive into the database and data folder. Run rebuild_index afterwards."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--replace", action="store_true", help="overwrite the documents already present")

    def handle(self, *args, archive: str, replace: bool, **options):
        try:
            manifest = restore_backup(Path(archive), replace=replace)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"restored {manifest['documents']} documents and {manifest['original_files']} original files; "
            "now run: manage.py rebuild_index --noinput"
        )
