"""The meeting rows of listing pages (partials/meeting_row.html): a person's, country's or topic's page
lists up to a hundred, a cold build of 1,000 articles some 30,000, most of its render CPU.

The same meeting is a row on each topic and country page it names; those rows differ, if at all, only in
their links, which are relative to the page. So a process renders a row once for every set of links it
makes (SharedRows), not once a page: a row made for one page is taken again on another when the row
template reads nothing of the page but its `url` (checked on the template's source), and `url` gives, on
that page, the same link for each path the row asked it for. Rendering is a function of the template's
inputs, so equal inputs and equal answers to each `url` asked give the same row, byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, Template, meta, nodes
from markupsafe import Markup

from .catalog import Appearance, Entry
from .memo import packed

if TYPE_CHECKING:
    from .pages import Page, Site

MEETING_ROW_TEMPLATE = "partials/meeting_row.html"
# What a page's context holds that is the same on every page of the site (render._context): a row template
# reading only these (with `url`, the row's own values and the templates' globals) makes the same row on
# any page where its links come out the same.
SITE_WIDE = frozenset({"site", "absolute_url", "paths", "view_of", "catalog"})
ROW_VALUES = frozenset({"a", "person", "figures"})  # what each row is given (RowTemplate.row)
# The most characters of rows a process keeps for other pages (about as many bytes: rows are mostly ASCII
# markup), with the bytes of their packed copies; past it the oldest go. A cold build of 1,000 articles
# renders some 18 million characters of rows, each worker half of them; with this bound (about 10 MB a
# process) each worker made 18,200 of the 29,694 rows, with twice as much 18,100, with half 18,300.
SHARED_CHARACTERS = 1 << 23

Links = tuple[tuple[str, str], ...]  # (path asked of `url`, the link it gave), in the order asked


class SharedRows:
    """The rows this process rendered, by what they show (the meeting, the person left out, whether figures
    are shown), each with the links it made: a row is taken again on a page that links each of those paths
    the same way."""

    def __init__(self, limit: int | None = None):
        self.limit = SHARED_CHARACTERS if limit is None else limit
        self.size = 0
        self.rows: dict[tuple[Any, ...], list[tuple[Links, str]]] = {}
        self.reads: dict[int, frozenset[str] | None] = {}  # by id of the row template: the names it reads
        # Each kept row's memo.packed, by the id of its text, made when first asked for: a row taken again
        # goes to the row memo under each page (render._render_apart), and packing it was a fifth of its cost.
        self.packs: dict[int, tuple[str, bytes | None]] = {}

    def row(self, key: tuple[Any, ...], url: Callable[[str], str], make: Callable[[Callable[[str], str]], str]) -> str:
        """The row named by `key` on a page whose links `url` makes: a row kept for that key whose every
        link `url` gives again, or `make(url)`, whose links are noted as it asks for them."""
        variants = self.rows.get(key)
        for links, text in variants or ():
            if all(url(path) == link for path, link in links):
                return text
        asked: list[tuple[str, str]] = []

        def noted(path: str) -> str:
            link = url(path)
            asked.append((path, link))
            return link

        text = make(noted)
        self._keep(key, variants, (tuple(asked), text))
        return text

    def _keep(self, key: tuple[Any, ...], variants: list[tuple[Links, str]] | None, made: tuple[Links, str]) -> None:
        if variants is None:
            variants = self.rows[key] = []
        variants.append(made)
        self.packs[id(made[1])] = (made[1], None)
        self.size += len(made[1])
        while self.size > self.limit and self.rows:
            for _, text in self.rows.pop(next(iter(self.rows))):
                kept = self.packs.pop(id(text), (text, None))[1]  # none where two rows are one string ("")
                self.size -= len(text) + len(kept or b"")

    def packed(self, text: str) -> bytes:
        """memo.packed(text), kept with the row where `text` is one this process keeps for other pages."""
        found = self.packs.get(id(text))
        if found is None or found[0] is not text:
            return packed(text)
        if found[1] is None:
            found = self.packs[id(text)] = (text, packed(text))
            self.size += len(found[1])
        return found[1]  # type: ignore[return-value]

    def reads_of(self, template: Template, env: Environment) -> frozenset[str] | None:
        """The names the row template reads from its context, or None where that cannot be told from its
        source alone (it includes, imports or extends another template, which sees the page's context)."""
        if id(template) not in self.reads:
            self.reads[id(template)] = _names_read(env, template)
        return self.reads[id(template)]


def _names_read(env: Environment, template: Template) -> frozenset[str] | None:
    if env.loader is None or template.name is None:
        return None
    source, _, _ = env.loader.get_source(env, template.name)
    tree = env.parse(source)
    if any(True for _ in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends))):
        return None
    return frozenset(meta.find_undeclared_variables(tree))


class RowTemplate:
    """partials/meeting_row.html for the rows of one page: rendered with the page's context and the row's
    values, as `render` would, but with the template looked up and the page's context joined to the
    template's globals once a page, not once a row (a listing page has a hundred rows, a build tens of
    thousands: the copies were a tenth of a row's time). Looked up when first asked, as `render` would."""

    def __init__(self, env: Environment, context: dict[str, Any], shared: SharedRows | None = None):
        self.env, self.context, self.shared_rows = env, context, shared
        self.template: Template | None = None
        self.shared: dict[str, Any] = {}
        self.site_wide = False  # the template reads nothing of this page but `url` (see SharedRows)

    def _looked_up(self) -> Template:
        if self.template is None:
            self.template = self.env.get_template(MEETING_ROW_TEMPLATE)
            self.shared = {**self.template.globals, **self.context}
            if self.shared_rows is not None:
                reads = self.shared_rows.reads_of(self.template, self.env)
                of_page = self.context.keys() - SITE_WIDE - {"url"}
                self.site_wide = reads is not None and not (reads - ROW_VALUES) & of_page
        return self.template

    def render(self, values: dict[str, Any]) -> str:
        template = self._looked_up()
        context = template.new_context({**self.shared, **values}, shared=True)
        try:
            return self.env.concat(template.root_render_func(context))  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - as Template.render does: the traceback then names the template's lines
            self.env.handle_exception()
            raise  # handle_exception always raises; for the type checker

    def row(self, seen: Appearance, person: Entry | None, figures: bool) -> str:
        """The row of `seen`: shared with other pages where the template allows (see SharedRows)."""
        values = {"a": seen, "person": person, "figures": figures}
        self._looked_up()
        if self.shared_rows is None or not self.site_wide:
            return self.render(values)
        try:
            key = (id(seen.article), id(seen.meeting), seen.number, person, figures)
            hash(key)
        except TypeError:  # a value of a custom template's own making: this page's row alone
            return self.render(values)
        return self.shared_rows.row(key, self.context["url"], lambda url: self.render({**values, "url": url}))


def meeting_row(
    site: Site, page: Page, template: RowTemplate, seen: Appearance, person: Entry | None, figures: bool
) -> Markup:
    """A row of partials/meetings.html, from the memo where a build has made it for this page. What the row
    shows beyond its article: the page it is on (its links are relative), the person whose page it is (left
    out of "with", by name) and whether figures are shown; all else follows from the render key."""

    def make() -> str:
        return template.row(seen, person, figures)

    if site.rows is None:
        return Markup(make())
    parts = (MEETING_ROW_TEMPLATE, page.path, seen.number, person.name if person else None, bool(figures))
    return Markup(site.rows.row(seen.article, page.path, parts, make))
