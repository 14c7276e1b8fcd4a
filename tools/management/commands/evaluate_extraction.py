"""manage.py evaluate_extraction GOLD.jsonl CORPUS_DIR [--source-urls] [--verbose] [--split PART]

Per-field accuracy of metadata extraction and officials precision/recall/F1 against a gold file,
with invented dates and unusable titles counted; the last line printed is one JSON object. The
scoring lives in tools.extraction_evaluation, the devset's parts in tools.devset_split.
--split blind prints aggregate scores only: the blind part's failures are not to be read while
extraction rules are being written. --verbose labels each document with its part and leaves out
the blind part's documents whatever --split says, unless --show-blind (tools.split_parts).
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tools.devset_split import PARTS, files_of
from tools.extraction_evaluation import evaluate, report_lines, time_at_length
from tools.split_parts import SHOW_BLIND_HELP, load_parts


class Command(BaseCommand):
    help = "Score metadata extraction against a gold JSONL file and a corpus directory."

    def add_arguments(self, parser):
        parser.add_argument("gold", type=Path, help="gold JSONL: one object per document, with a 'file' key")
        parser.add_argument("corpus", type=Path, help="directory holding the gold lines' files")
        parser.add_argument(
            "--source-urls", action="store_true", help="pass each gold line's 'url' as source_url"
        )
        parser.add_argument("--verbose", action="store_true", help="also print every mismatch")
        parser.add_argument("--show-blind", action="store_true", help=SHOW_BLIND_HELP)
        parser.add_argument(
            "--split",
            action="append",
            choices=PARTS,
            help="score only this part of the devset (eval/extraction_split.json); repeatable",
        )
        parser.add_argument(
            "--time-chars",
            type=int,
            metavar="N",
            help="instead of scoring, time extraction of each file's text repeated and cut to N characters",
        )

    def handle(self, *args, **options):
        gold, corpus = options["gold"], options["corpus"]
        if not gold.is_file():
            raise CommandError(f"{gold}: no such file")
        if not corpus.is_dir():
            raise CommandError(f"{corpus}: not a directory")
        parts = options["split"] or []
        if options["verbose"] and "blind" in parts and not options["show_blind"]:
            raise CommandError("--verbose: the blind part is scored in aggregate only (unless --show-blind)")
        try:
            split_parts = load_parts(show_blind=options["show_blind"])
        except (OSError, ValueError) as error:
            raise CommandError(f"the split files: {error}") from error
        only = files_of(parts) if parts else None
        if options["time_chars"] is not None:
            if options["time_chars"] < 1:
                raise CommandError(f"--time-chars {options['time_chars']}: must be a positive number")
            self.stdout.write(json.dumps(time_at_length(gold, corpus, options["time_chars"])))
            return
        try:
            result = evaluate(gold, corpus, options["source_urls"], only)
        except FileNotFoundError as error:
            raise CommandError(f"{error.filename}: listed in {gold} but missing from {corpus}") from error
        except ValueError as error:
            raise CommandError(f"{gold}: not valid JSON lines ({error})") from error
        for line in report_lines(result, options["verbose"], split_parts):
            self.stdout.write(line)
