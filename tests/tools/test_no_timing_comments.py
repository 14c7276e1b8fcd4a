"""No timing figures in code comments or docstrings: measured speeds go stale there. They belong to
the benchmark's output and the README (DESIGN, "Layout")."""

from __future__ import annotations

import io
import re
import subprocess
import tokenize

from tests.paths import REPO_ROOT

# A duration (a number and a time unit) or a speed ratio (a number and an "x").
TIMING = re.compile(
    r"\d[\d.,]*\s?(?:[-–]\s?\d[\d.,]*\s?)?(?:ms|µs|us|s|secs?|seconds?|minutes?|min)\b|\b\d+(?:\.\d+)?x\b",
    re.IGNORECASE,
)
# Durations that are not measurements: a library's fixed wait.
NOT_MEASUREMENTS = ("already waits 2 s for the lock",)


def comments_and_docstrings(source: str):
    """(line, text) of every comment and docstring-like string statement."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    statement_start = (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
    previous = tokenize.NEWLINE
    for token in tokens:
        docstring = token.type == tokenize.STRING and previous in statement_start
        if token.type == tokenize.COMMENT or docstring:
            yield token.start[0], token.string
        if token.type not in (tokenize.NL, tokenize.COMMENT):
            previous = token.type


def test_no_comment_or_docstring_holds_a_timing_figure():
    files = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    found = []
    for name in files:
        path = REPO_ROOT / name
        if not path.is_file():
            continue
        for line, text in comments_and_docstrings(path.read_text(encoding="utf-8")):
            flat = " ".join(text.split())
            if any(allowed in flat for allowed in NOT_MEASUREMENTS):
                continue
            for match in TIMING.finditer(text):
                found.append(f"{name}:{line + text[: match.start()].count(chr(10))}: {match.group(0)}")
    assert found == []


def test_the_check_finds_a_timing_figure_in_a_comment_and_a_docstring():
    source = 'def f():\n    """Takes ~40 µs."""\n    return 1  # 3x faster than before\nx = "5 s"\n'
    texts = [text for _line, text in comments_and_docstrings(source)]
    assert [bool(TIMING.search(text)) for text in texts] == [True, True]
