"""``scan report``: what a scan found, as data and as text, JSON or HTML.

- :mod:`scan.report.data` computes the report (a plain dict) from the stored
  page records; pure, no I/O.
- :mod:`scan.report.graph` lays the scan's link graph out (seeds first, then
  depth by depth); pure.
- :mod:`scan.report.text` and :mod:`scan.report.html` render a report to a
  string; the command (``scan/commands/report.py``) reads the crawl state,
  calls them and writes the result.
"""

from scan.report.data import build_report

__all__ = ["build_report"]
