"""A crawl's settings: one frozen dataclass, defaults documented here.

The command line (``scan crawl``) and ``scan.toml``'s ``[crawl]`` table fill
it in; library code takes it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from scan import __version__

DEFAULT_USER_AGENT = f"scan/{__version__} (literature-review crawler; polite, obeys robots.txt)"


@dataclass(frozen=True)
class CrawlSettings:
    depth: int = 2                    # depth 0 is the seeds
    max_pages: int = 500              # pages fetched (or refused) at most
    follow: str = "relevant"          # "relevant": expand pages scoring >= min_score; "all": every page
    min_score: float = 20.0           # scores run 0-100 (scan.keywords); one passing mention scores about 17
    delay: float = 1.0                # seconds between requests to one host (robots Crawl-delay may raise it)
    concurrency: int = 8              # requests in flight across hosts
    timeout: float = 20.0             # read timeout; connect timeout is min(timeout, 10)
    page_timeout: float = 60.0        # a whole page, however slowly it trickles
    max_bytes: int = 5_000_000        # body cap, after decompression
    user_agent: str = DEFAULT_USER_AGENT
    contact: str | None = None        # appended to the User-Agent: "(+mailto:...)" or a URL
    ignore_robots: bool = False
    allow_private: bool = False       # links may reach loopback/private addresses
    max_retries: int = 2              # 429/503 retries per URL
    max_retry_after: float = 120.0    # longest Retry-After we wait
    robots_retry: tuple[float, ...] = (30.0, 120.0, 300.0)  # waits before asking a failing robots.txt again
    max_links_per_page: int = 2000    # links taken from one page (a page with 50,000 links)
    analysis_workers: int | None = None  # processes parsing pages; None: both cores when delay < 0.1 s
    checkpoint_seconds: float = 5.0   # how often the whole state is written (the journal in between)

    @property
    def agent(self) -> str:
        if self.contact:
            return f"{self.user_agent} (+{self.contact})"
        return self.user_agent
