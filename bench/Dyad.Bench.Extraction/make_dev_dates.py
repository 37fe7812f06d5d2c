#!/usr/bin/env python3
"""Writes dev-dates.tsv: the publication date each dev page declares in its own markup, found
independently of Dyad's code (plain regexes on the raw HTML, most explicit source first:
JSON-LD datePublished, published-time meta tags, itemprop=datePublished, a date folder in the
canonical/og URL). '-' where the page declares none. The benchmark's ground truth has no dates.

Usage: make_dev_dates.py ../shared/data/extraction-dev > bench/Dyad.Bench.Extraction/dev-dates.tsv
"""
import gzip, os, re, sys

SOURCES = [
    r'"datePublished"\s*:\s*"(\d{4}-\d\d-\d\d)',
    r'(?:property|name)=["\'](?:article:published_time|og:published_time|published_time|pubdate|publishdate|publish-date|parsely-pub-date|sailthru\.date|dc\.date\.issued|date)["\'][^>]*content=["\'](\d{4}-\d\d-\d\d)',
    r'content=["\'](\d{4}-\d\d-\d\d)[^"\']*["\'][^>]*(?:property|name)=["\'](?:article:published_time|og:published_time|pubdate|publishdate|date)["\']',
    r'itemprop=["\']datePublished["\'][^>]*(?:content|datetime)=["\'](\d{4}-\d\d-\d\d)',
    r'(?:content|datetime)=["\'](\d{4}-\d\d-\d\d)[^"\']*["\'][^>]*itemprop=["\']datePublished["\']',
    r'rel=["\']canonical["\'][^>]*href=["\'][^"\']*/((?:19|20)\d\d/[01]\d/[0-3]\d)/',
]

def main(dev):
    print("# page\tdeclared publication date (see make_dev_dates.py)")
    folder = os.path.join(dev, "html")
    for name in sorted(os.listdir(folder)):
        html = gzip.open(os.path.join(folder, name)).read().decode("utf-8", "replace")
        date = "-"
        for pattern in SOURCES:
            m = re.search(pattern, html, re.I)
            if m:
                date = m.group(1).replace("/", "-")
                break
        print(f"{name}\t{date}")

main(sys.argv[1])
