import itertools
import posixpath

from briefgen.render.urls import Urls, _relative

FILES = Urls()
FOLDERS = Urls(directory_urls=True)


def test_links_are_relative_and_name_the_file_by_default():
    assert FILES.link("index.html", "briefings/x/index.html") == "briefings/x/index.html"
    assert FILES.link("briefings/x/index.html", "people/p/index.html") == "../../people/p/index.html"
    assert FILES.link("briefings/x/index.html", "index.html") == "../../index.html"
    assert FILES.link("page/2/index.html", "static/style.css") == "../../static/style.css"


def test_directory_urls_end_links_in_the_folder():
    assert FOLDERS.link("index.html", "briefings/x/index.html") == "briefings/x/"
    assert FOLDERS.link("briefings/x/index.html", "index.html") == "../../"
    assert FOLDERS.link("index.html", "index.html") == "./"
    assert FOLDERS.link("people/p/index.html", "static/favicon.svg") == "../../static/favicon.svg"


def test_a_fragment_of_the_same_page_is_just_the_fragment():
    assert FILES.link("briefings/x/index.html", "briefings/x/index.html#meeting-1") == "#meeting-1"
    to_meeting = FILES.link("people/p/index.html", "briefings/x/index.html#meeting-2")
    assert to_meeting == "../../briefings/x/index.html#meeting-2"


def test_pages_served_at_any_depth_link_from_the_base_path():
    assert FILES.link(None, "static/style.css") == "/static/style.css"
    assert Urls("https://example.org/briefs/").link(None, "index.html") == "/briefs/index.html"
    assert Urls("/briefs/", True).link(None, "index.html") == "/briefs/"


def test_absolute_urls_only_from_an_absolute_base_url():
    assert FILES.url("briefings/x/index.html") is None
    assert Urls("/briefs/").url("index.html") is None
    assert Urls("https://example.org/b/").url("briefings/x/index.html") == "https://example.org/b/briefings/x/index.html"
    assert Urls("https://example.org/b/", True).url("briefings/x/index.html") == "https://example.org/b/briefings/x/"


def test_a_link_is_the_relative_path_the_standard_library_gives():
    # Links are made by splitting the two site paths (relpath makes both absolute first, a third of a
    # listing page's time); they must be relpath's, for every shape of path, sibling folders included.
    parts = ("people", "p", "q", "index.html", "")
    paths = ["/".join(combination) for n in range(4) for combination in itertools.product(parts, repeat=n)]
    for to_path in paths:
        for from_path in paths:
            expected = posixpath.relpath(to_path or ".", posixpath.dirname(from_path) or ".")
            assert _relative(to_path, posixpath.dirname(from_path)) == expected, (to_path, from_path)
