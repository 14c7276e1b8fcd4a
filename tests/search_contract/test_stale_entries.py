"""check_index finds entries indexed from an older state of their row (stale), on every backend,
and --fix writes them again: the row, its officials or its province changed behind the index's
back (queryset.update() sends no signal, as a bulk fix in the database's shell would not)."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from documents.index_check import check_index, repair_index
from documents.models import Document, Official, Province
from documents.search.service import SearchParams, iter_document_ids
from tests.commands import run_command
from tests.search_contract.backends import BACKENDS, using_backend


def found(phrase: str) -> set[int]:
    data = QueryDict(mutable=True)
    data["q"] = f'"{phrase}"'
    return set(iter_document_ids(SearchParams.from_querydict(data)))


@pytest.mark.parametrize("backend", BACKENDS)
def test_stale_entries_are_found_and_written_again(contract_corpus, tmp_path, backend):
    long_an, lai_chau, gia_lai = (contract_corpus[name] for name in ("long_an", "lai_chau", "gia_lai"))
    with using_backend(backend, tmp_path):
        fresh = check_index()
        assert fresh.consistent and fresh.stale == [] and fresh.in_index == len(contract_corpus)

        Document.objects.filter(pk=long_an.pk).update(text=long_an.text + " Bàn về thủy lợi nội đồng.")
        Official.objects.filter(name="Giàng Páo Mỷ").update(name="Giàng A Páo")
        Province.objects.filter(pk=gia_lai.province_id).update(name="Gia Lai mới")

        report = check_index()
        assert report.stale == sorted([long_an.pk, lai_chau.pk, gia_lai.pk])
        assert report.missing == [] and report.extra == [] and not report.consistent
        assert check_index(stale=False).consistent  # the same documents are there
        assert found("thủy lợi nội đồng") == set()

        repair_index(report)
        assert check_index().consistent
        assert found("thủy lợi nội đồng") == {long_an.pk}
        assert found("Giàng A Páo") == {lai_chau.pk}


@pytest.mark.parametrize("backend", BACKENDS)
def test_check_index_command_reports_and_fixes_stale_entries(contract_corpus, tmp_path, backend):
    long_an = contract_corpus["long_an"]
    with using_backend(backend, tmp_path):
        Document.objects.filter(pk=long_an.pk).update(title="Long An: nông thôn mới")
        code, out, _ = run_command("check_index")
        assert code == 1 and "stale 1" in out and f"stale: {long_an.pk}" in out

        code, out, _ = run_command("check_index", "--ids-only")
        assert code == 0 and "stale" not in out and "agree" in out

        code, out, _ = run_command("check_index", "--fix")
        assert code == 0 and "repaired" in out
        code, out, _ = run_command("check_index")
        assert code == 0 and "stale 0" in out
