"""Where each page lives and how pages link to each other.

Pages link to each other by relative URLs, so a site works wherever it is put: on any server, under any
sub-path, or opened from disk. With `use_directory_urls: false` (the default) a link names the file
(`briefings/x/index.html`), because a browser opening `file://…/briefings/x/` shows a folder listing, not
the page. Absolute URLs (canonical, OpenGraph, feeds, sitemap) exist only when `base_url` is absolute.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ..model import Article

INDEX = "index.html"


@dataclass(frozen=True)
class Urls:
    base_url: str = "/"
    directory_urls: bool = False

    @property
    def absolute(self) -> bool:
        return self.base_url.startswith(("http://", "https://"))

    @property
    def base_path(self) -> str:
        """The path part of base_url ('/' or '/briefs/'): what a page served at an unknown depth (the 404
        page) links from, since a relative link there would resolve against the missing URL."""
        return urlsplit(self.base_url).path or "/"

    def _public(self, path: str) -> str:
        """The site path as a link names it: 'people/x/' rather than 'people/x/index.html' with
        directory URLs."""
        if self.directory_urls and (path == INDEX or path.endswith("/" + INDEX)):
            return path[: -len(INDEX)]
        return path

    # A site links the same pairs of pages many times over (every meeting row links its people).
    @lru_cache(maxsize=65536)  # noqa: B019 - Urls is a small frozen value; the cache outliving it is fine
    def link(self, from_path: str | None, to_path: str) -> str:
        """A link from the page at from_path to the site path to_path (may carry a #fragment). With
        from_path None the link is rooted at base_url's path, for pages served at any depth."""
        to_path, hash_, fragment = to_path.partition("#")
        target = self._public(to_path)
        suffix = hash_ + fragment
        if from_path is None:
            return self.base_path + target + suffix
        if to_path == from_path and suffix:
            return suffix  # a fragment of this very page
        relative = _relative(target, posixpath.dirname(from_path))
        if not target or target.endswith("/"):
            relative += "/"
        return relative + suffix

    def url(self, path: str) -> str | None:
        """The page's absolute URL, or None when base_url is only a path."""
        return self.base_url + self._public(path) if self.absolute else None


def _relative(target: str, folder: str) -> str:
    """posixpath.relpath(target or ".", folder or "."), by splitting the two site paths: relpath makes both
    absolute against the working folder first, a third of a listing page's time (every row links its
    article and people). Absolute paths and dot parts, which a site path has not, go to relpath itself."""
    to_parts, from_parts = target.split("/"), folder.split("/")
    if target.startswith("/") or folder.startswith("/") or any(p in (".", "..") for p in (*to_parts, *from_parts)):
        return posixpath.relpath(target or ".", folder or ".")
    to_parts = [part for part in to_parts if part]
    from_parts = [part for part in from_parts if part]
    common = 0
    for mine, theirs in zip(to_parts, from_parts, strict=False):
        if mine != theirs:
            break
        common += 1
    return "/".join([".."] * (len(from_parts) - common) + to_parts[common:]) or "."


def article_path(article: Article) -> str:
    return f"{article.url_path}{INDEX}"


def section_path(section: str, key: str | None = None) -> str:
    """people/index.html, people/<key>/index.html, and the same for countries, topics, archive."""
    return f"{section}/{key}/{INDEX}" if key else f"{section}/{INDEX}"


def entry_page_path(section: str, key: str, number: int) -> str:
    """Page 1 of a person's, country's or topic's meetings (or of a month's briefings) is the entry's own
    page; the rest are <key>/page/2/, <key>/page/3/…"""
    return section_path(section, key) if number == 1 else f"{section}/{key}/page/{number}/{INDEX}"


def index_page_path(number: int) -> str:
    """Page 1 of the index is the site's home; the rest are page/2/, page/3/…"""
    return INDEX if number == 1 else f"page/{number}/{INDEX}"
