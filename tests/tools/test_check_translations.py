"""manage.py check_translations on a copy of the project: a new untranslated string, a catalog
entry the code no longer has and a .mo older than its .po each fail the check, by name."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from django.core.management import CommandError, call_command

from tests.paths import REPO_ROOT
from tools.management.commands.check_translations import COPIED, IGNORED

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs GNU gettext (.ci/run installs it)"),
]

CATALOG = "locale/en/LC_MESSAGES/django.po"


@pytest.fixture
def project(tmp_path):
    copy = tmp_path / "project"
    for name in COPIED:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=IGNORED)
        else:
            shutil.copy2(source, copy / name)
    return copy


def check(project) -> str:
    with pytest.raises(CommandError) as error:
        call_command("check_translations", project=project)
    return str(error.value)


def test_a_new_string_without_translation_fails_and_is_named(project):
    page = project / "templates" / "documents" / "home.html"
    page.write_text(
        page.read_text(encoding="utf-8") + '\n{% translate "Chuỗi mới chưa có bản dịch" %}\n',
        encoding="utf-8",
    )
    message = check(project)
    assert "no translation (missing, empty or fuzzy) for:\n  Chuỗi mới chưa có bản dịch" in message
    assert message.count("\n  ") == 1  # that string alone: the committed catalog is otherwise complete
    assert "no longer in the code" not in message and "compilemessages" not in message


def test_a_fuzzy_translation_counts_as_missing(project):
    po = project / CATALOG
    text = po.read_text(encoding="utf-8")
    entry = '\nmsgid "Lỗi máy chủ"\n'
    assert entry in text
    po.write_text(text.replace(entry, "\n#, fuzzy" + entry), encoding="utf-8")
    message = check(project)
    assert "no translation (missing, empty or fuzzy) for:\n  Lỗi máy chủ" in message


def test_an_entry_the_code_lost_and_a_stale_mo_fail(project):
    po = project / CATALOG
    text = po.read_text(encoding="utf-8")
    po.write_text(
        text + '\nmsgid "Chuỗi không còn trong mã"\nmsgstr "Gone from the code"\n', encoding="utf-8"
    )
    message = check(project)
    assert "no longer in the code or templates:\n  Chuỗi không còn trong mã" in message
    assert "django.mo: differs from django.po; run manage.py compilemessages" in message

    # Compiled again, only the lost entry remains a problem.
    subprocess.run(["msgfmt", "-o", str(po.with_suffix(".mo")), str(po)], check=True)
    message = check(project)
    assert "no longer in the code" in message and "compilemessages" not in message
