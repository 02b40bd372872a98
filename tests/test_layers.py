"""The layering rule: corpus and search never import Textual, corpus never imports Whoosh.

Checked in a fresh interpreter per package, so modules imported by other tests cannot hide a violation.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest
import ukr_tui.corpus
import ukr_tui.search

CHECK = """
import importlib, json, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(package.__path__, sys.argv[1] + "."):
    importlib.import_module(info.name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "whoosh"))))
"""


def loaded_by(package: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", CHECK, package], capture_output=True, text=True, check=True)
    import json

    return {name.split(".")[0] for name in json.loads(out.stdout)}


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [("ukr_tui.corpus", {"textual", "whoosh"}), ("ukr_tui.search", {"textual"})],
)
def test_layer_does_not_import(package: str, forbidden: set[str]) -> None:
    assert loaded_by(package) & forbidden == set()


def test_every_module_of_the_layers_was_checked() -> None:
    corpus = [m.name for m in pkgutil.walk_packages(ukr_tui.corpus.__path__)]
    search = [m.name for m in pkgutil.walk_packages(ukr_tui.search.__path__)]
    assert "cleaning" in corpus and "index" in search  # the walk sees the real modules


def test_cli_scripting_commands_do_not_import_textual() -> None:
    code = "import sys; import ukr_tui.tui.cli; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
