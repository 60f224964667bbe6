"""Stage 5, render: Articles become a site (site-relative path → bytes). Pure: nothing is written here.

The page types are generators (pages.PAGE_GENERATORS): briefings, the paginated index, a page per
person, country and topic, the archive by month, search and 404. Then the files that describe the pages:
Atom feeds, sitemap.xml and robots.txt. Autoescaping is on; Markdown from articles is rendered inline and
sanitized with nh3, because articles come from outside.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from jinja2 import Environment, TemplateError

from ..config import Config
from ..markup import inline_markdown
from ..model import Article
from .discovery import discovery_files
from .environment import RenderError, Row, default_templates_dir, make_environment, template_problem
from .feeds import FEED, feeds
from .pages import PAGE_GENERATORS, SECTIONS, Page, Site, make_site, sort_newest_first
from .urls import article_path, section_path

__all__ = [
    "OutputHook",
    "RenderError",
    "Row",
    "default_templates_dir",
    "inline_markdown",
    "make_environment",
    "render_site",
    "sort_newest_first",
]

# Extra outputs contributed by later stages (site/facts.json from the facts stage, for instance):
# each takes the articles and returns {site-relative path: bytes}.
OutputHook = Callable[[list[Article]], dict[str, bytes]]


def _context(site: Site, page: Page) -> dict[str, Any]:
    """What every template sees. The 404 page is served at any depth, so its links start from base_url's
    path; every other page links relatively, and so works wherever the site is put."""
    here = None if page.path == "404.html" else page.path
    urls = site.urls

    def url(to_path: str) -> str:
        return urls.link(here, to_path)

    return {
        "site": {
            "title": site.config.title,
            "description": site.config.description,
            "base_url": site.config.base_url,
            "target_language": site.config.target_language,
            "search": site.search,
            "feed": FEED,
            "sections": SECTIONS,
        },
        "page": page,
        "path": page.path,
        "root": url(""),
        "url": url,
        "canonical": urls.url(page.path),
        "absolute_url": urls.url,
        "paths": {"article": article_path, "section": section_path},
        "view_of": site.view,
        "catalog": site.catalog,
        **page.context,
    }


def _render(env: Environment, site: Site, page: Page) -> bytes:
    try:
        html = env.get_template(page.template).render(_context(site, page))
    except TemplateError as exc:
        raise RenderError(template_problem(exc, page.path)) from exc
    return html.encode("utf-8")


def render_site(
    articles: list[Article], config: Config, hooks: Iterable[OutputHook] = (), search: bool = False
) -> dict[str, bytes]:
    """Every file of the site but the static assets and the search bundle. `search` says a Pagefind index
    will be added, so the pages offer it."""
    env = make_environment(config)
    site = make_site(articles, config, search=search)
    pages = [page for generator in PAGE_GENERATORS for page in generator(site)]
    files: dict[str, bytes] = {page.path: _render(env, site, page) for page in pages}
    files.update(feeds(site))
    files.update(discovery_files(site, pages))
    for hook in hooks:
        files.update(hook(site.articles))
    return files
