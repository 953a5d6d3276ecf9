"""Executes notebooks against a running Orgraph server and prints, as one JSON object, the text
output of every cell tagged "check-…" in each notebook. The test suite reads that JSON to check key
results. Exits non-zero, naming the notebook and cell, when a cell raises.

    python notebooks/run_notebooks.py notebooks/*.ipynb     (ORGRAPH_URL names the server)
"""
import json
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def checks(book):
    found = {}
    for cell in book.cells:
        tags = [tag for tag in cell.get("metadata", {}).get("tags", []) if tag.startswith("check-")]
        if cell.cell_type == "code" and tags:
            text = "".join(output.get("text", "") for output in cell.get("outputs", []) if output.get("output_type") == "stream")
            found[tags[0]] = text.strip()
    return found


def main(paths):
    results = {}
    for path in paths:
        book = nbformat.read(path, as_version=4)
        try:
            NotebookClient(book, timeout=300, kernel_name="python3", resources={"metadata": {"path": "notebooks"}}).execute()
        except CellExecutionError as error:
            print(f"{path}: a cell raised:\n{error}", file=sys.stderr)
            return 1
        results[path] = checks(book)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
