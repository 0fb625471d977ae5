"""The import graph of the three packages, built with ``ast`` from the source (imports inside
functions included), for the architecture test and for a developer who wants to look:
``python tools/import_graph.py`` prints every cycle (none, when all is well)."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

REPO = Path(__file__).resolve().parent.parent
ROOTS = {"klantreis": "klantreis", "klantreis.ui": "ui", "klantreis.exports": "exports"}


def modules(repo: Path = REPO, roots: dict[str, str] = ROOTS) -> dict[str, Path]:
    """Dotted module name -> file, for every module under the roots."""
    found: dict[str, Path] = {}
    for prefix, folder in roots.items():
        base = repo / folder
        for path in base.rglob("*.py"):
            parts = [p for p in path.relative_to(base).with_suffix("").parts if p != "__init__"]
            found[".".join([prefix, *parts])] = path
    return found


def _targets(node: ast.AST, name: str, is_package: bool, known: dict[str, Path]) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        package = name if is_package else name.rsplit(".", 1)[0]
        for _ in range(node.level - 1):
            package = package.rsplit(".", 1)[0]
        base = f"{package}.{base}" if base else package
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]


def import_graph(repo: Path = REPO, roots: dict[str, str] = ROOTS) -> nx.DiGraph:
    """An edge a -> b for every import of module b in module a (at any depth of the code)."""
    known = modules(repo, roots)
    graph = nx.DiGraph()
    graph.add_nodes_from(known)
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            for target in _targets(node, name, path.name == "__init__.py", known):
                while target and target not in known:
                    target = target.rsplit(".", 1)[0] if "." in target else ""
                # a package's __init__ is not a cycle with its own modules' imports of it
                if target and target != name and not name.startswith(target + "."):
                    graph.add_edge(name, target)
    return graph


def cycles(graph: nx.DiGraph) -> list[list[str]]:
    """One cycle per strongly connected knot of modules, shortest first."""
    found = []
    for knot in nx.strongly_connected_components(graph):
        if len(knot) > 1:
            found.append(nx.find_cycle(graph.subgraph(knot)))
    return sorted(([a for a, _ in cycle] for cycle in found), key=len)


if __name__ == "__main__":
    graph = import_graph()
    print(f"{graph.number_of_nodes()} modules, {graph.number_of_edges()} imports")
    for cycle in cycles(graph):
        print(" -> ".join([*cycle, cycle[0]]))
