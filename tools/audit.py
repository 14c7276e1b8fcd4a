"""The dependency audit of ``make test``: pip-audit over the locked requirements, against the
vulnerability data PyPI publishes for each release.

A known vulnerability fails the run unless ``requirements-audit-ignore.txt`` lists it with the
reason it is accepted, either by its identifier (GHSA-..., PYSEC-..., CVE-...) or as
``name==version`` for every vulnerability of that one pinned release. A dependency the service
could not answer for is not a pass: the summary counts them, and ``--strict`` fails the run when
any is left unaudited (the default only warns, since some package mirrors do not serve PyPI's
per-release data; a run that audited nothing says so in its last line).

Run as ``python -m tools.audit [--strict] LOCK...``; needs no Django.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

IGNORE_FILE = Path(__file__).resolve().parent.parent / "requirements-audit-ignore.txt"
logger = logging.getLogger("audit")
_ENTRY = re.compile(r"^(?P<key>\S+)\s+(?P<reason>\S.*)$")


class AuditError(Exception):
    """The audit could not be judged: a bad ignore file or an unreadable pip-audit report."""


@dataclass
class Verdict:
    audited: int = 0
    failures: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    unaudited: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)


def read_ignores(path: Path) -> dict[str, str]:
    """Key (a vulnerability id or ``name==version``, lower case) → the reason it is accepted."""
    ignores: dict[str, str] = {}
    if not path.is_file():
        return ignores
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not line:
            continue
        match = _ENTRY.match(line)
        if not match:
            raise AuditError(f"{path}:{number}: {line!r} has no reason; write `ID-or-name==version  reason`")
        ignores[match["key"].lower()] = match["reason"].strip()
    return ignores


def judge(report: dict, ignores: dict[str, str]) -> Verdict:
    """What pip-audit's JSON report means for the run, given the accepted vulnerabilities."""
    verdict = Verdict()
    used: set[str] = set()
    try:
        dependencies = report["dependencies"]
    except (KeyError, TypeError) as error:
        raise AuditError("pip-audit's report has no list of dependencies") from error
    for dependency in dependencies:
        name = dependency.get("name", "?")
        if "skip_reason" in dependency:
            verdict.unaudited.append(name)
            continue
        verdict.audited += 1
        release = f"{name}=={dependency.get('version', '?')}".lower()
        for vuln in dependency.get("vulns", []):
            ids = [vuln["id"], *vuln.get("aliases", [])]
            key = next((k.lower() for k in [*ids, release] if k.lower() in ignores), None)
            described = (
                f"{release} {', '.join(ids)} (fixed in {', '.join(vuln.get('fix_versions') or ['-'])})"
            )
            if key is None:
                verdict.failures.append(described)
            else:
                used.add(key)
                verdict.ignored.append(f"{described}: {ignores[key]}")
    if verdict.audited:
        verdict.unused = sorted(set(ignores) - used)
    return verdict


def run_pip_audit(locks: list[str]) -> dict:
    """pip-audit's JSON report on fully pinned, hashed locks (no resolution, no virtualenv)."""
    command = [sys.executable, "-m", "pip_audit", "--disable-pip", "--require-hashes", "--format", "json"]
    command += ["--progress-spinner", "off", "--vulnerability-service", "pypi"]
    for lock in locks:
        command += ["--requirement", lock]
    # pip-audit exits 1 when it finds a vulnerability: the report decides, not its exit code.
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError as error:
        raise AuditError(f"pip-audit failed: {done.stderr.strip() or done.stdout.strip()}") from error


def report_lines(verdict: Verdict, total: int) -> list[str]:
    lines = [f"known vulnerability, not accepted: {failure}" for failure in verdict.failures]
    lines += [f"accepted: {ignored}" for ignored in verdict.ignored]
    lines += [f"accepted in the ignore file but no longer found: {key}" for key in verdict.unused]
    if verdict.unaudited:
        shown = ", ".join(verdict.unaudited[:8]) + (", ..." if len(verdict.unaudited) > 8 else "")
        lines.append(f"not audited (no vulnerability data from the index): {shown}")
    lines.append(
        f"audited {verdict.audited} of {total} locked packages: {len(verdict.failures)} known vulnerabilities"
        f" not accepted, {len(verdict.ignored)} accepted"
        + (", NOTHING AUDITED" if total and not verdict.audited else "")
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.audit", description=__doc__.split("\n\n")[0])
    parser.add_argument("locks", nargs="+", help="lock files with hashes (requirements.txt, ...)")
    parser.add_argument("--strict", action="store_true", help="fail when a package could not be audited")
    parser.add_argument("--ignore-file", type=Path, default=IGNORE_FILE)
    options = parser.parse_args(argv)
    logging.basicConfig(format="audit: %(message)s")
    try:
        ignores = read_ignores(options.ignore_file)
        report = run_pip_audit(options.locks)
        verdict = judge(report, ignores)
    except AuditError as error:
        logger.error("%s", error)
        return 2
    total = verdict.audited + len(verdict.unaudited)
    for line in report_lines(verdict, total):
        logger.warning("%s", line)
    if verdict.failures or (options.strict and verdict.unaudited):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
