"""manage.py backup ARCHIVE.tar.gz: the database rows and original files in one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.backup import create_backup


class Command(BaseCommand):
    help = "Write the documents, officials, ingest history, users and original files to a .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="path of the .tar.gz to write")

    def handle(self, *args, archive: str, **options):
        destination = Path(archive)
        if not destination.parent.is_dir():
            raise CommandError(f"{destination.parent}: no such folder")
        manifest = create_backup(destination)
        self.stdout.write(
            f"backed up {manifest['documents']} documents and {manifest['original_files']} original files "
            f"to {destination}"
        )
        for name in manifest["missing_original_files"]:
            self.stderr.write(f"missing from the storage, not in the archive: {name}")
