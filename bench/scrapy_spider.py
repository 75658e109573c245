"""The peer for bench_crawl.py: a Scrapy spider doing the crawl's work.

Same depth, follows every link, takes the title, counts the topic's keywords
in the page text. Run by bench_crawl.py as
``scrapy runspider bench/scrapy_spider.py -a seed=URL -a depth=N -a max_pages=N -s CONCURRENT_REQUESTS=N``.
"""

import re

import scrapy
from scrapy.linkextractors import LinkExtractor

KEYWORDS = re.compile(r"\b(?:mentor(?:s|ed|ing|ship)?|mentees?|e-?mentoring|telementoring|peer mentoring|"
                      r"personal learning networks?|PLNs?|twitter|tweets?|hashtags?)\b", re.I)


class BenchSpider(scrapy.Spider):
    name = "bench"
    custom_settings = {
        "ROBOTSTXT_OBEY": True,
        "DOWNLOAD_DELAY": 0,
        "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False,
        "COOKIES_ENABLED": False,
        "RETRY_ENABLED": False,
    }

    def __init__(self, seed, depth="20", max_pages="2000", **kw):
        super().__init__(**kw)
        self.start_urls = [seed]
        self.custom_depth = int(depth)
        self.max_pages = int(max_pages)
        self.links = LinkExtractor()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.settings.set("DEPTH_LIMIT", spider.custom_depth, priority="spider")
        crawler.settings.set("CLOSESPIDER_PAGECOUNT", spider.max_pages, priority="spider")
        return spider

    def parse(self, response):
        text = " ".join(response.css("body ::text").getall())
        yield {"url": response.url, "title": response.css("title::text").get(),
               "hits": len(KEYWORDS.findall(text))}
        for link in self.links.extract_links(response):
            yield response.follow(link.url, callback=self.parse)
