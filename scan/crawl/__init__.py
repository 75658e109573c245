"""The environmental scan: a polite, focused, resumable crawl.

- ``urls``: canonical URLs (one page, one URL).
- ``robots``: a pure robots.txt parser (RFC 9309).
- ``settings``: the crawl's settings, one frozen dataclass.
- ``frontier``: which URL to fetch next, host by host, politely.
- ``state``: pages, edges and the frontier on disk, resumable.
- ``engine``: fetches and analyses pages, hosts in parallel.
"""
