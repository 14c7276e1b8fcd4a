"""The dependency locks: a deployment's lock holds no development tool, every pin has hashes, and
the development lock agrees with the runtime one on every package both hold."""

from __future__ import annotations

import re

from tests.paths import REPO_ROOT

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")
DEVELOPMENT_ONLY = {
    "pytest",
    "pytest-django",
    "hypothesis",
    "ruff",
    "schemathesis",
    "playwright",
    "pip-audit",
}


def pins(name: str) -> dict[str, str]:
    """package (normalized) → version; every pin must be followed by its hashes."""
    lines = (REPO_ROOT / name).read_text(encoding="utf-8").splitlines()
    found = {}
    for number, line in enumerate(lines):
        match = PIN.match(line)
        if match:
            assert line.rstrip().endswith("\\") and "--hash=sha256:" in lines[number + 1], f"{name}: {line}"
            found[re.sub(r"[._-]+", "-", match[1]).lower()] = match[2]
    return found


def test_runtime_lock_holds_no_development_tool_and_pins_django_5_2():
    runtime = pins("requirements.txt")
    assert DEVELOPMENT_ONLY.isdisjoint(runtime)
    assert runtime["django"].startswith("5.2.")


def test_development_lock_holds_the_runtime_pins_and_the_tools():
    runtime, development = pins("requirements.txt"), pins("requirements-dev.txt")
    assert DEVELOPMENT_ONLY.issubset(development)
    assert {name: development.get(name) for name in runtime} == runtime
