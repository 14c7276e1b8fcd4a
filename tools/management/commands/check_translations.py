"""``manage.py check_translations``: the committed catalogs are complete, current and compiled.

Runs ``makemessages`` on a copy of the project (the committed catalog is never rewritten), then
fails when a string in the code or templates has no translation in ``locale/<lang>/.../django.po``
(missing, empty or fuzzy), when the catalog holds strings the code no longer has, or when
``django.mo`` does not hold exactly what ``django.po`` says (compile it again). Needs GNU gettext.
"""

from __future__ import annotations

import gettext
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# What makemessages reads: the apps, the project package, the templates and the catalogs.
COPIED = ("documents", "portal", "tools", "templates", "locale", "manage.py")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "data", "migrations")


def _run(command: list[str], **options) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, check=False, **options)  # noqa: S603
    if done.returncode != 0:
        raise CommandError(f"{' '.join(command[:3])}: {done.stderr.strip() or done.stdout.strip()}")
    return done


def catalog_of(mo: Path) -> dict:
    """The messages a compiled catalog holds (the header left out)."""
    with mo.open("rb") as handle:
        messages = dict(gettext.GNUTranslations(handle)._catalog)
    messages.pop("", None)
    return messages


def compiled(po: Path, work: Path, *, every_msgid: bool = False) -> dict:
    """``po`` compiled by msgfmt: its translated entries, or with ``every_msgid`` every entry
    (msgen gives each one its msgid as translation, so untranslated ones count too)."""
    source = po
    if every_msgid:
        source = work / f"{po.stem}-all.po"
        _run(["msgen", "--output-file", str(source), str(po)])
    target = work / f"{po.stem}-{'all' if every_msgid else 'translated'}.mo"
    # msgen keeps a fuzzy entry fuzzy, and msgfmt leaves fuzzy entries out unless told.
    _run(["msgfmt", *(["--use-fuzzy"] if every_msgid else []), "--output-file", str(target), str(source)])
    return catalog_of(target)


def shown(keys) -> str:
    names = sorted(str(key[0] if isinstance(key, tuple) else key).replace("\x04", " | ") for key in keys)
    return "\n  ".join(dict.fromkeys(names))


class Command(BaseCommand):
    help = "Fail when makemessages finds strings missing from the committed catalogs, or a .mo is stale."

    def add_arguments(self, parser):
        parser.add_argument("--project", type=Path, default=Path(settings.BASE_DIR), help="project root")

    def handle(self, *args, project: Path, **options):
        for tool in ("msgfmt", "msgen", "xgettext", "msgmerge"):
            if shutil.which(tool) is None:
                raise CommandError(f"{tool}: not found; install GNU gettext (apt-get install gettext)")
        languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        problems = []
        with tempfile.TemporaryDirectory(prefix="portal-i18n-") as scratch:
            work = Path(scratch)
            copy = work / "project"
            for name in COPIED:
                source = project / name
                if source.is_dir():
                    shutil.copytree(source, copy / name, ignore=IGNORED)
                elif source.is_file():
                    copy.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, copy / name)
            env = {**os.environ, "DJANGO_DEBUG": "1", "PORTAL_DATA_DIR": str(work / "data")}
            env["DJANGO_SETTINGS_MODULE"] = "portal.settings"
            command = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "--no-location"]
            _run([*command, *(f"--locale={code}" for code in languages)], cwd=copy, env=env)
            for code in languages:
                relative = Path("locale", code, "LC_MESSAGES")
                committed_po = project / relative / "django.po"
                if not committed_po.is_file():
                    problems.append(f"{committed_po}: missing")
                    continue
                needed = compiled(copy / relative / "django.po", work, every_msgid=True)
                translated = compiled(committed_po, work)
                present = compiled(committed_po, work, every_msgid=True)
                missing = needed.keys() - translated.keys()
                if missing:
                    problems.append(
                        f"{committed_po}: no translation (missing, empty or fuzzy) for:\n  {shown(missing)}"
                    )
                stale = present.keys() - needed.keys()
                if stale:
                    problems.append(f"{committed_po}: no longer in the code or templates:\n  {shown(stale)}")
                committed_mo = committed_po.with_suffix(".mo")
                if not committed_mo.is_file() or catalog_of(committed_mo) != translated:
                    problems.append(f"{committed_mo}: differs from django.po; run manage.py compilemessages")
        if problems:
            raise CommandError("\n".join(problems))
        self.stdout.write(f"catalogs complete and compiled: {', '.join(languages)}")
