"""tools.audit: how pip-audit's JSON report and the ignore file decide the dependency audit."""

from __future__ import annotations

import pytest

from tools.audit import IGNORE_FILE, AuditError, judge, read_ignores, report_lines

URLLIB3_VULN = {
    "id": "GHSA-38jv-5279-wg99",
    "fix_versions": ["2.6.3"],
    "aliases": ["CVE-2026-21441"],
    "description": "Decompression-bomb safeguards bypassed on redirects",
}


def report(*dependencies) -> dict:
    return {"dependencies": list(dependencies), "fixes": []}


def test_an_unlisted_vulnerability_fails_and_names_release_ids_and_fix():
    verdict = judge(report({"name": "urllib3", "version": "1.26.20", "vulns": [URLLIB3_VULN]}), {})
    assert verdict.failures == ["urllib3==1.26.20 GHSA-38jv-5279-wg99, CVE-2026-21441 (fixed in 2.6.3)"]
    assert verdict.audited == 1


@pytest.mark.parametrize("key", ["urllib3==1.26.20", "ghsa-38jv-5279-wg99", "cve-2026-21441"])
def test_a_vulnerability_listed_by_id_alias_or_release_is_accepted_with_its_reason(key):
    verdict = judge(
        report({"name": "urllib3", "version": "1.26.20", "vulns": [URLLIB3_VULN]}),
        {key: "held by the client"},
    )
    assert verdict.failures == []
    assert verdict.ignored[0].endswith(": held by the client")
    assert verdict.unused == []


def test_a_listed_release_does_not_cover_another_version():
    verdict = judge(
        report({"name": "urllib3", "version": "1.26.19", "vulns": [URLLIB3_VULN]}),
        {"urllib3==1.26.20": "held by the client"},
    )
    assert len(verdict.failures) == 1
    assert verdict.unused == ["urllib3==1.26.20"]


def test_dependencies_the_service_could_not_answer_for_are_counted_not_passed():
    verdict = judge(
        report(
            {"name": "django", "version": "5.2.20", "vulns": []},
            {"name": "tantivy", "skip_reason": "Dependency not found on PyPI and could not be audited"},
        ),
        {"urllib3==1.26.20": "held by the client"},
    )
    assert (verdict.audited, verdict.unaudited, verdict.failures) == (1, ["tantivy"], [])
    lines = report_lines(verdict, total=2)
    assert lines[-1].startswith("audited 1 of 2 locked packages")
    assert any("not audited" in line and "tantivy" in line for line in lines)


def test_a_run_that_audited_nothing_says_so_and_reports_no_stale_entry():
    verdict = judge(report({"name": "django", "skip_reason": "not found"}), {"urllib3==1.26.20": "why"})
    assert verdict.unused == []  # nothing was audited, so nothing can be called stale
    assert report_lines(verdict, total=1)[-1].endswith("NOTHING AUDITED")


def test_a_report_without_dependencies_is_an_error():
    with pytest.raises(AuditError, match="no list of dependencies"):
        judge({"error": "boom"}, {})


def test_ignore_entries_need_a_reason_and_the_error_names_the_line(tmp_path):
    path = tmp_path / "ignore.txt"
    path.write_text(
        "# comment\n\nGHSA-aaaa-bbbb-cccc  a reason  # trailing note\nPYSEC-2026-1\n", encoding="utf-8"
    )
    with pytest.raises(AuditError, match=r"ignore\.txt:4: 'PYSEC-2026-1' has no reason"):
        read_ignores(path)
    path.write_text("GHSA-AAAA-bbbb-cccc  a reason  # trailing note\n", encoding="utf-8")
    assert read_ignores(path) == {"ghsa-aaaa-bbbb-cccc": "a reason"}


def test_the_committed_ignore_file_gives_every_entry_a_reason_and_names_only_locked_releases():
    ignores = read_ignores(IGNORE_FILE)
    assert all(len(reason.split()) >= 5 for reason in ignores.values())
    lock = (IGNORE_FILE.parent / "requirements-dev.txt").read_text(encoding="utf-8").lower()
    releases = [key for key in ignores if "==" in key]
    assert [key for key in releases if f"\n{key} " not in lock] == []  # a stale entry hides nothing
