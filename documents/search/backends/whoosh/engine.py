"""Haystack's Whoosh backend with our Vietnamese analyzer, whole-value facets, a kept searcher
and one careful writer.

Why not haystack's own: its text fields use StemmingAnalyzer (drops "an": "Nghệ An", "an ninh"),
its facet shadow fields count words ("thanh", "hóa"), and it opens a new searcher for every query.
The search service talks to ``search_documents`` with a backend-neutral request.
"""

from __future__ import annotations

import logging
import os
import threading
from functools import cached_property

from haystack.backends import BaseEngine
from haystack.backends.whoosh_backend import WhooshSearchBackend, WhooshSearchQuery
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
from whoosh.fields import ID as WHOOSH_ID
from whoosh.fields import KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.index import LockError

from documents.search.backends.writer_lock import open_writer_patiently, write_lock
from documents.search.contract import ReadsThroughReader
from documents.search.index_fields import (
    CompoundField,
    DateKeyField,
    FacetField,
    FingerprintField,
    SuggestField,
    SyllableField,
    fields_with_roles,
)

from .analysis import CompoundTokenizer, SuggestTokenizer, exact_analyzer, folded_analyzer
from .searcher import WhooshSearcher

logger = logging.getLogger(__name__)


def _schema_field(field):
    """Our Whoosh field for a haystack field, chosen by the field's role (its class)."""
    if isinstance(field, SyllableField):
        analyzer = folded_analyzer() if field.folded else exact_analyzer()
        return TEXT(analyzer=analyzer, phrase=True, stored=False)
    if isinstance(field, CompoundField):
        return TEXT(analyzer=CompoundTokenizer(folded=field.folded), phrase=False, stored=False)
    if isinstance(field, SuggestField):
        return TEXT(analyzer=SuggestTokenizer(), phrase=False, stored=False)
    if isinstance(field, FacetField) and field.is_multivalued:
        return KEYWORD(stored=True, commas=True, lowercase=False, scorable=False)
    if isinstance(field, FacetField):
        return WHOOSH_ID(stored=True, sortable=True)
    if isinstance(field, DateKeyField):
        return NUMERIC(numtype=int, bits=32, stored=False, sortable=True)
    if isinstance(field, FingerprintField):
        return STORED()
    return None


# Searchers kept per (index path, thread): reopening one costs more than most queries. Keyed by
# path so a test's temporary index never sees another's; per thread because Whoosh readers share
# file handles.
_SEARCHERS: dict[tuple[str, int], object] = {}
_SEARCHERS_LOCK = threading.Lock()


class VietnameseWhooshBackend(ReadsThroughReader, WhooshSearchBackend):
    @cached_property
    def reader(self) -> WhooshSearcher:
        return WhooshSearcher(self.searcher, self._reopen)

    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        by_name = dict(fields_with_roles(fields, "the Whoosh schema"))
        definitions = {}
        for name in schema.names():
            if name.startswith("spell_"):
                continue  # haystack's spelling field: suggestions come from our suggest field
            ours = _schema_field(by_name[name]) if name in by_name else None
            definitions[name] = ours if ours is not None else schema[name]
        definitions[ID] = WHOOSH_ID(stored=True, unique=True)
        definitions[DJANGO_CT] = WHOOSH_ID(stored=True)
        definitions[DJANGO_ID] = WHOOSH_ID(stored=True)
        return content_field_name, Schema(**definitions)

    # --- the searcher ------------------------------------------------------------------------
    def searcher(self):
        """This process's searcher for this index, reopened when a commit made it stale."""
        if not self.setup_complete:
            self.setup()
        key = (os.path.abspath(self.path or ""), threading.get_ident())
        with _SEARCHERS_LOCK:
            current = _SEARCHERS.get(key)
        if current is not None and current.up_to_date():
            return current
        fresh = self.index.refresh().searcher() if current is None else current.refresh()
        with _SEARCHERS_LOCK:
            _SEARCHERS[key] = fresh
        return fresh

    def _reopen(self) -> None:
        self._forget_searchers()
        self.setup_complete = False

    def _forget_searchers(self) -> None:
        path = os.path.abspath(self.path or "")
        with _SEARCHERS_LOCK:
            for key in [k for k in _SEARCHERS if k[0] == path]:
                _SEARCHERS.pop(key).close()

    # --- writing -----------------------------------------------------------------------------
    def _writer(self):
        return open_writer_patiently(
            self.path,
            lambda: self.index.refresh().writer(timeout=2.0, delay=0.05),
            lambda error: isinstance(error, LockError),
            pause_s=0,  # Whoosh's writer() already waits 2 s for the lock
        )

    def _write(self, work) -> None:
        if not self.setup_complete:
            self.setup()
        with write_lock(os.path.abspath(self.path or "")):
            writer = self._writer()
            try:
                changed = work(writer)
            except BaseException:
                writer.cancel()
                raise
            if changed:
                writer.commit()
            else:
                writer.cancel()

    def prepare_entries(self, index, objects) -> list[dict]:
        """Each object's fields as plain values, made from the rows alone, so other processes can
        make them (documents.search.bulk) for this one to write (Whoosh analyzes as it writes)."""
        entries = []
        for obj in objects:
            try:
                prepared = index.full_prepare(obj)
            except SkipDocument:
                continue
            fields = {key: value for key, value in prepared.items() if key != "boost"}
            entries.append({key: self._from_python(value) for key, value in fields.items()})
        return entries

    def write_entries(self, entries: list[dict]) -> None:
        """Writes prepared entries in one commit, each replacing any entry of its identifier."""

        def work(writer) -> bool:
            for entry in entries:
                writer.update_document(**entry)
            return bool(entries)

        self._write(work)

    def update(self, index, iterable, commit=True):
        self.write_entries(self.prepare_entries(index, iterable))

    def remove(self, obj_or_string, commit=True):
        identifier = get_identifier(obj_or_string)
        self._write(lambda writer: writer.delete_by_term(ID, identifier) > 0)

    def clear(self, models=None, commit=True):
        if models is None:
            self._clear_everything()
            return
        from haystack.utils import get_model_ct

        cts = [get_model_ct(model) for model in models]
        self._write(lambda writer: sum(writer.delete_by_term(DJANGO_CT, ct) for ct in cts) > 0)

    def _clear_everything(self) -> None:
        """Empty the index as one commit, so readers in other processes see an empty generation
        instead of a vanished folder. The new generation carries the current schema (haystack
        opens the index with the schema built from DocumentIndex), so a changed schema is fine."""
        if not self.setup_complete:
            self.setup()
        from whoosh.writing import CLEAR

        with write_lock(os.path.abspath(self.path or "")):
            writer = self._writer()
            writer.commit(mergetype=CLEAR)

    def layout_reset(self) -> str:
        """Never: haystack opens the index with the schema DocumentIndex gives."""
        return ""

    def delete_index(self):
        self._forget_searchers()
        with write_lock(os.path.abspath(self.path or "")):
            super().delete_index()


class VietnameseWhooshEngine(BaseEngine):
    backend = VietnameseWhooshBackend
    query = WhooshSearchQuery
