"""`briefgen new "Title"`: an article file with its front matter, for the editor to fill."""

from __future__ import annotations

import argparse
import datetime as dt

from .common import CONTENT_ERRORS, OK, USAGE, site_config
from .output import Output

HELP = "create an article with front matter in content/"


def configure(parser: argparse.ArgumentParser, options: argparse.ArgumentParser) -> None:
    parser.add_argument("title", help="the article's title, in its own language")
    parser.add_argument("--lang", help="language code (default: detected from the title)")


def run(args: argparse.Namespace, out: Output) -> int:
    import yaml

    from ..lang import detect_language
    from ..slugs import slugify

    config = site_config(args, out)
    if config is None:
        return USAGE
    slug = slugify(args.title)
    if not slug:
        out.error(f"cannot make a file name from {args.title!r} — give a title with letters")
        return USAGE
    path = config.path(config.content_dir) / f"{slug}.md"
    if path.exists():
        out.error(f"{path} exists already — choose another title or edit that file")
        return CONTENT_ERRORS
    meta = {
        "title": args.title,
        "date": dt.date.today().isoformat(),
        "lang": args.lang or detect_language(args.title, config.default_language),
        "source": "",
        "url": None,
        "tags": [],
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    # The body is left for the editor; until it is written, `briefgen check` reports the article as empty.
    path.write_text(
        f"---\n{front}---\n\n<!-- The article, one paragraph per block, blank lines between. -->\n", encoding="utf-8"
    )
    out.result(str(path))
    return OK
