"""Imported first by the notebook scripts (run_notebooks.py, report_site.py, kernel_timing.py), before nbformat.

nbformat validates notebooks with jsonschema, and jsonschema registers a checker for the "iri" string format with
rfc3987-syntax when that package is installed (JupyterLab's dependencies install it). Importing it builds a parser
for the whole RFC 3987 grammar: 1.3 s of CPU at every start of these scripts (`python -X importtime -c "import
nbformat"`), for a format that no notebook schema uses. Marking the module as absent makes jsonschema skip that one
checker, as it does when the package is not installed; the notebooks are validated as before.
"""
import sys

sys.modules.setdefault("rfc3987_syntax", None)
