#!/usr/bin/env python3
"""Executes notebooks from a clean .NET (C#) kernel with nbclient and fails when a cell fails.
Usage: run-notebooks.py KERNEL_NAME PACKAGE_SOURCE OUT_DIR NOTEBOOK.ipynb...   (eng/run-notebooks.sh sets it up)
PACKAGE_SOURCE (an absolute folder) is added as a NuGet source (`#i`) in front of the first code cell, so the
notebook's `#r "nuget: ReKs.Competence, …"` restores the packages just packed instead of the published ones."""
import os, sys, time
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

kernel, source, out_dir, notebooks = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
os.makedirs(out_dir, exist_ok=True)
failed = 0
for path in notebooks:
    name = os.path.basename(path)
    nb = nbformat.read(path, as_version=4)
    first = next(c for c in nb.cells if c.cell_type == "code")
    first.source = f'#i "nuget: {source}"\n' + first.source
    started = time.time()
    client = NotebookClient(nb, timeout=900, startup_timeout=300, kernel_name=kernel, allow_errors=False,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    try:
        client.execute()
        errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            raise CellExecutionError("error output", errors[0].get("ename", "error"), errors[0].get("evalue", ""))
        print(f"ok   {name} ({len(nb.cells)} cells, {time.time() - started:.0f} s)", flush=True)
    except CellExecutionError as e:
        failed += 1
        said = [t for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "stream"
                for t in ([o.get("text")] if isinstance(o.get("text"), str) else o.get("text", []))]
        print(f"FAIL {name}: {e}" + "".join(said), file=sys.stderr, flush=True)
    finally:
        nbformat.write(nb, os.path.join(out_dir, name))
sys.exit(1 if failed else 0)
