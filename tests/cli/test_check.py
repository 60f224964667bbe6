"""`briefgen check`: everything a build would complain of, without building."""

from briefgen.cli import main
from tests.conftest import RU_MEETING


def test_check_writes_nothing(site, capsys):
    config = site({"content/a.md": RU_MEETING})
    assert main(["check", "-C", str(config.root)]) == 0
    assert capsys.readouterr().out.startswith("ok: 1 articles, 0 errors")
    assert not (config.root / "site").exists()


def test_check_reports_front_matter_meetings_that_do_not_fit(site, capsys):
    bad = RU_MEETING.replace("source:", "meetings:\n  - kind: talks\n    venue: Akorda\nsource:")
    config = site({"content/a.md": bad})
    assert main(["check", "-C", str(config.root)]) == 1
    err = capsys.readouterr().err
    assert f"{config.root / 'content' / 'a.md'}:4: meetings: meeting 1: unknown key 'venue'" in err


def test_check_without_a_content_folder_says_how_to_get_one(tmp_path, capsys):
    assert main(["check", "-C", str(tmp_path)]) == 3
    assert "no content folder — create it" in capsys.readouterr().err
