"""One owner per kind of value: every reader and writer (BibTeX, RIS,
CSL-JSON, plain-text references, page extraction, the CLI) goes through
these pure functions, so a value means the same wherever it is read.

- :mod:`refs.values.names`: BibTeX name lists, display names, organisations, handles
- :mod:`refs.values.dates`: dates as written, EDTF and ranges, BibTeX/CSL/RIS dates
- :mod:`refs.values.months`: month names in the languages we read
- :mod:`refs.values.latex`: LaTeX <-> Unicode text
- :mod:`refs.values.doi`: DOIs in any dress
- :mod:`refs.values.urls`: the canonical URL (crawl) and the URL key (duplicates)
- :mod:`refs.values.retry_after`: a server's Retry-After
- :mod:`refs.values.citations`: author-year citations in running text (manuscripts and pages)
- :mod:`refs.values.text`: control and text-direction characters, stripped or shown
"""
