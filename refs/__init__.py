"""The reference library: model, store, BibTeX sync, import/export.

``refs`` never imports ``scan`` (the crawler) nor typer.
"""
