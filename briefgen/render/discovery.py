"""sitemap.xml and robots.txt. A sitemap must list absolute URLs, so it is written only when base_url is
absolute; robots.txt then points to it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from html import escape
from typing import Any

from .pages import Page, Site


def sitemap(site: Site, pages: Iterable[Page]) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for page in sorted(pages, key=lambda p: p.path):
        url = site.urls.url(page.path)
        if not page.listed or url is None:
            continue
        lastmod = f"<lastmod>{page.lastmod.isoformat()}</lastmod>" if page.lastmod else ""
        lines.append(f"  <url><loc>{escape(url, quote=False)}</loc>{lastmod}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def discovery_files(site: Site, pages: list[Page]) -> Iterator[tuple[str, Any, Callable[[], bytes]]]:
    """(site path, what its bytes depend on besides the settings, how to make them)."""
    robots = "User-agent: *\nAllow: /\n"
    if site.urls.absolute:
        listed = sorted((page.path, page.listed, page.lastmod) for page in pages)
        yield "sitemap.xml", listed, partial(sitemap, site, pages)
        robots += f"Sitemap: {site.urls.base_url}sitemap.xml\n"
    yield "robots.txt", robots, robots.encode
