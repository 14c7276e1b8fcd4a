"""haystack's rebuild_index with its options, the index built by documents/search/bulk.py.

haystack's command empties the index and runs update_index, which pages through the table with
OFFSET (each page slower than the last on a large table) and, with --workers, has each process
query the database itself. The bulk build reads batches by primary-key range in this process,
--workers processes prepare their entries and this one writes them: the same entries as
update_index writes (tests/search_contract/test_bulk_index.py), built as the benchmark builds
and measures them. Messages in English, as update_index's (the operator's language).
"""

from django.core.management.base import CommandError
from haystack import connections
from haystack.management.commands import rebuild_index

from documents.search import INDEX_BATCH, index_all


class Command(rebuild_index.Command):
    help = (
        "Empties the search index and builds it again from the database; --workers N: N processes "
        "prepare the entries while this one writes them."
    )

    def handle(self, **options):
        usings = self._checked(options)
        if options["interactive"] and not self._confirmed(usings):
            self.stdout.write("No action taken.")
            return
        verbosity = options["verbosity"]
        for using in usings:
            where = f" into '{using}'" if len(usings) > 1 else ""

            def progress(done: int, total: int, where: str = where) -> None:
                # Told (0, total) once the build has listed the rows, before it writes any.
                if done == 0 and verbosity >= 1:
                    self.stdout.write(f"Indexing {total} documents{where}")
                elif done and verbosity >= 2:
                    self.stdout.write(f"  indexed {done} of {total}")

            index_all(
                options["workers"],
                using=using,
                batch=options["batchsize"] or INDEX_BATCH,
                progress=progress,
                attempts=options["max_retries"],
            )

    def _checked(self, options) -> list[str]:
        """The connections to rebuild; a clear error for an option this build cannot honour."""
        if options["workers"] < 0:
            raise CommandError(
                f"--workers: must be 0 (prepare in this process) or more, not {options['workers']}"
            )
        if options["batchsize"] is not None and options["batchsize"] < 1:
            raise CommandError(f"--batch-size: must be at least 1, not {options['batchsize']}")
        if options["max_retries"] < 1:
            raise CommandError(
                f"--max-retries: must be at least 1 (attempts at each batch), not {options['max_retries']}"
            )
        if not options["commit"]:
            raise CommandError(
                "--nocommit: a rebuild commits each batch it writes; "
                "update_index --nocommit writes without committing"
            )
        known = list(connections.connections_info)
        usings = options["using"] or known
        unknown = [name for name in usings if name not in known]
        if unknown:
            raise CommandError(
                f"--using: no search connection named {', '.join(unknown)} (known: {', '.join(known)})"
            )
        return usings

    def _confirmed(self, usings: list[str]) -> bool:
        answer = input(
            f"This empties the search index of {', '.join(repr(u) for u in usings)} and builds it again "
            "from the database; searches find fewer documents until it ends. Continue? [y/N] "
        )
        return answer.strip().lower() in ("y", "yes")
