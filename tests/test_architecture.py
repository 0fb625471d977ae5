"""Layer rules that a test can check: the domain and the exporters never load Qt."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROBE = """
import importlib, pkgutil, sys
import klantreis
import klantreis.exports as exports
names = []
for package in (klantreis, exports):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(len(names), qt)
sys.exit(1 if qt else 0)
"""


def test_domain_and_exports_never_import_qt():
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    count = int(result.stdout.split()[0])
    assert count >= 10  # the probe really imported the modules


def test_no_sql_in_the_ui_layer():
    offenders = [
        str(path.relative_to(REPO)) for path in (REPO / "ui").rglob("*.py")
        if any(word in path.read_text(encoding="utf-8")
               for word in ("sqlite3", "sqlite_utils", "SELECT ", "INSERT INTO"))
    ]
    assert offenders == []


def test_modules_stay_small():
    big = [
        (str(p.relative_to(REPO)), n) for p in REPO.glob("*/**/*.py")
        if ".venv" not in p.parts
        and (n := len(p.read_text(encoding="utf-8").splitlines())) >= 400
    ]
    assert big == []


def test_the_domain_does_not_depend_on_the_exporters_or_the_ui():
    """Only the entry point (klantreis/__main__.py) reaches into them, lazily (and the package's
    __init__ names them, to find them in the repository)."""
    offenders = [str(p.relative_to(REPO)) for p in (REPO / "klantreis").rglob("*.py")
                 if p.name not in ("__main__.py", "__init__.py") and any(
                     word in p.read_text(encoding="utf-8")
                     for word in ("klantreis.exports", "klantreis.ui", "from exports", "from ui"))]
    assert offenders == []


MUTATORS = {"insert", "add", "remove", "update", "move", "set_info"}


def _receiver(node) -> str:
    import ast

    return ast.unparse(node.func.value) if isinstance(node.func, ast.Attribute) else ""


def test_only_the_document_changes_the_journey():
    """One writer: no module of the ui but document.py applies or reverts an edit or calls a
    mutator of a journey (dialogs work out their edits with pure functions and push them)."""
    import ast

    offenders = []
    for path in (REPO / "ui").rglob("*.py"):
        if path.name == "document.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name, receiver = node.func.attr, _receiver(node)
            # (the workspace's apply hands the edit to its document: ui/workspace.py)
            edit_step = name in ("apply", "revert") and not receiver.endswith(("document", "workspace"))
            mutator = (name in MUTATORS or name.startswith(("insert_", "remove_", "update_")))
            if edit_step or (mutator and receiver.split(".")[-1] in ("journey", "self.journey")):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno} {receiver}.{name}")
    assert offenders == []


def _import_graph_tool():
    import importlib.util

    spec = importlib.util.spec_from_file_location("import_graph", REPO / "tools" / "import_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_import_cycles_not_even_inside_functions():
    tool = _import_graph_tool()
    graph = tool.import_graph()
    assert graph.number_of_edges() > 300  # the graph really holds the imports
    assert ("klantreis.store.project", "klantreis.model.journey") in graph.edges
    assert tool.cycles(graph) == []


def test_the_cycle_check_sees_a_cycle_hidden_in_a_function(tmp_path):
    tool = _import_graph_tool()
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "a.py").write_text("from pkg import b\n")
    (tmp_path / "pkg" / "b.py").write_text("def late():\n    from .a import thing\n")
    (tmp_path / "pkg" / "c.py").write_text("import pkg.a\n")
    graph = tool.import_graph(tmp_path, {"pkg": "pkg"})
    assert tool.cycles(graph) == [["pkg.a", "pkg.b"]] or tool.cycles(graph) == [["pkg.b", "pkg.a"]]
