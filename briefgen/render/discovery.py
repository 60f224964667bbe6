"""sitemap.xml and robots.txt. A sitemap must list absolute URLs, so it is written only when base_url is
absolute; robots.txt then points to it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape

from .pages import Page, Site


def sitemap(site: Site, pages: Iterable[Page]) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for page in sorted(pages, key=lambda p: p.path):
        url = site.urls.url(page.path)
        if not page.listed or url is None:
            continue
        lastmod = f"<lastmod>{page.lastmod.isoformat()}</lastmod>" if page.lastmod else ""
        lines.append(f"  <url><loc>{escape(url)}</loc>{lastmod}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def discovery_files(site: Site, pages: list[Page]) -> Iterator[tuple[str, bytes]]:
    robots = "User-agent: *\nAllow: /\n"
    if site.urls.absolute:
        yield "sitemap.xml", sitemap(site, pages)
        robots += f"Sitemap: {site.urls.base_url}sitemap.xml\n"
    yield "robots.txt", robots.encode("utf-8")
