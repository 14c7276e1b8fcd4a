"""The shape of the house, checked: no import cycle among the modules of ``documents`` (imports
inside functions count too; those for type hints only, under ``if TYPE_CHECKING``, never run),
the search subsystem reached only through its facade (from every module of documents/ and tools/,
with one declared exception), and no test module importing another (what tests share lives in
helper modules and conftest.py files)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "documents"
SEARCH = "documents.search"
# Every module of the portal and its tools outside the search subsystem imports ``documents.search``
# (the facade) and nothing deeper, except these, each with its reason:
BELOW_THE_FACADE = {
    # haystack's index declaration (its required place and name): made of the field roles
    # (index_fields) and the facet registry's fields, which the backends read back
    "documents.search_indexes": {"documents.search.index_fields", "documents.search.facets"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def runtime_nodes(tree: ast.AST):
    """Every node, except under ``if TYPE_CHECKING:`` (imports for type hints only never run)."""
    pending = [tree]
    while pending:
        node = pending.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                pending.extend(child.orelse)
                continue
            pending.append(child)


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``path`` imports, wherever the import statement stands."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # "from package import module" imports the module; "from module import name" the module.
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph(*packages: str) -> dict[str, set[str]]:
    paths = [
        p for pkg in packages or (PACKAGE,) for p in (ROOT / pkg).rglob("*.py") if "migrations" not in p.parts
    ]
    known = {module_name(p) for p in paths}
    return {module_name(p): imported_modules(p, known) for p in paths}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_imports_in_functions_count_and_those_for_type_hints_do_not():
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from documents.b import Hint\n"
        "def later():\n    from documents import c\n"
    )
    imported = {node.module for node in runtime_nodes(tree) if isinstance(node, ast.ImportFrom)}
    assert imported == {"typing", "documents"}


def test_no_import_cycle_among_the_modules_of_documents():
    graph = import_graph()
    # A package's __init__ importing its own modules is not a cycle through them.
    for name, targets in graph.items():
        graph[name] = {t for t in targets if not (t == name.rpartition(".")[0] and t + "." in name + ".")}
    assert cycles(graph) == []


def below_the_facade(graph: dict[str, set[str]]) -> list[str]:
    """Imports of the search subsystem's inner modules from outside it, the allowed ones aside."""
    offending = []
    for name, targets in sorted(graph.items()):
        if name == SEARCH or name.startswith(SEARCH + "."):
            continue
        allowed = BELOW_THE_FACADE.get(name, set())
        offending += [
            f"{name} -> {t}" for t in sorted(targets) if t.startswith(SEARCH + ".") and t not in allowed
        ]
    return offending


def test_the_portal_and_its_tools_reach_search_only_through_its_facade():
    # views, API, exports, feeds, check_index, management commands, benchmarks and load test
    graph = import_graph("documents", "tools")
    assert any(name.startswith("tools.management.commands.") for name in graph)
    assert any(name.startswith("documents.management.commands.") for name in graph)
    assert below_the_facade(graph) == []


def test_the_facade_check_finds_an_import_below_it():
    graph = {
        "tools.benchmark.x": {"documents.search.bulk", "documents.search"},
        "documents.search.service": {"documents.search.plan"},
        "documents.search_indexes": {"documents.search.facets"},
    }
    assert below_the_facade(graph) == ["tools.benchmark.x -> documents.search.bulk"]


def test_no_test_module_imports_another_test_module():
    paths = list((ROOT / "tests").rglob("*.py"))
    known = {module_name(p) for p in paths}
    offending = []
    for path in paths:
        if not path.name.startswith("test_"):
            continue
        # conftest.py is pytest's (fixtures), not a library: what tests share is in helper modules
        tests = [
            t
            for t in sorted(imported_modules(path, known))
            if t.rpartition(".")[2].startswith("test_") or t.rpartition(".")[2] == "conftest"
        ]
        offending += [f"{module_name(path)} -> {t}" for t in tests]
    assert offending == []
