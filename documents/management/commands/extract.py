"""manage.py extract FILE [--source-url URL] [--json]: the metadata of one file, each field with
the text that decided it (evidence) and how far extraction trusts it (confidence); writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from documents.ingest.files import FileRefused, read_limited
from documents.metadata import extract_metadata
from documents.readers import read_bytes
from documents.readers.base import ReadError
from documents.vietnamese.normalize import normalize_text


class Command(BaseCommand):
    help = "Print the metadata extracted from one file. Nothing is written to the database or the index."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--source-url", help="the URL the file was downloaded from (evidence for province)"
        )
        parser.add_argument("--json", action="store_true", help="print the metadata as one JSON object")

    def handle(self, *args, file: str, source_url: str | None, **options):
        path = Path(file)
        try:
            data = read_limited(path, settings.PORTAL_MAX_FILE_BYTES)
            result = read_bytes(data, path.suffix.lower())
        except FileRefused as error:
            raise CommandError(f"{path}: {error.reason.translated()}") from error
        except ReadError as error:
            raise CommandError(f"{path}: {error}") from error
        hints = {"title": result.title, "url": result.url, "date": result.date}
        metadata = extract_metadata(
            normalize_text(result.text), source_url=source_url or result.url, hints=hints
        )
        payload = metadata.to_json_dict()
        if options["json"]:
            # the schema's fields, then what decided each one and how far it is trusted
            payload |= {"evidence": metadata.evidence, "confidence": metadata.confidence}
            self.stdout.write(json.dumps(payload, ensure_ascii=False))
            return
        confidence_label, evidence_label = _("độ tin cậy"), _("căn cứ")
        for key, value in payload.items():
            self.stdout.write(f"{key:>16}: {value}")
            if key in metadata.confidence:
                self.stdout.write(f"{'':>16}  {confidence_label} {metadata.confidence[key]:.2f}")
            if metadata.evidence.get(key):
                self.stdout.write(f"{'':>16}  {evidence_label}: {metadata.evidence[key]}")
