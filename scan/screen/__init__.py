"""The screening step of a review: include/exclude decisions on scanned pages.

- :mod:`scan.screen.decisions`: the decisions as values, and the reasons a
  workspace allows (``scan.toml``'s ``[screen] reasons``); pure.
- :mod:`scan.screen.store`: the decisions on disk, ``db/screen.json``,
  apart from the crawl's files so that they survive ``--resume`` and new
  scans (they are keyed by URL).
- :mod:`scan.screen.model`: TF-IDF with a logistic regression trained on the
  decisions, which orders the pages still to screen (likely includes
  first); pure.
- :mod:`scan.screen.prisma`: the PRISMA 2020 flow of a web scan; pure.
- :mod:`scan.screen.walk`: the order of the walk and what one answer does; pure.
"""
