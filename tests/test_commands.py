"""The command line, as a user types it."""

import subprocess
import sys

from briefgen.cli import main

from .conftest import KK_MEETING, RU_MEETING


def test_build_prints_one_summary_line_and_names_the_missing_pair(site, capsys):
    config = site({"content/a.md": KK_MEETING})
    assert main(["build", "-C", str(config.root)]) == 0
    out, err = capsys.readouterr()
    (summary,) = out.splitlines()
    assert "translated 0" in summary and "cached 0" in summary and "untranslated 4" in summary
    assert "no translation model for kk→en" in err and "briefgen models install" in err


def test_build_reports_bad_articles_and_strict_fails(site, capsys):
    config = site({"content/a.md": RU_MEETING, "content/b.md": b"\xff\xfe"})
    assert main(["build", "-C", str(config.root)]) == 0
    out, err = capsys.readouterr()
    assert f"error: {config.root / 'content' / 'b.md'}:1: the file is not UTF-8 text (it is UTF-16) — re-save it" in err
    assert "built 1 article," in out
    assert main(["build", "-C", str(config.root), "--strict"]) == 1
    assert "nothing was written" in capsys.readouterr().err


def test_a_bad_config_stops_the_build_with_one_line(site, capsys):
    config = site({"content/a.md": RU_MEETING})
    (config.root / "briefgen.yaml").write_text("translation:\n  beam_size: wide\n")
    assert main(["build", "-C", str(config.root)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"error: {config.root / 'briefgen.yaml'}:2: translation.beam_size: expected a whole number (got 'wide')"
    )
    assert not (config.root / "site").exists()


def test_new_creates_an_article_that_check_then_asks_to_fill(site, capsys):
    config = site({})
    assert main(["new", "-C", str(config.root), "Тоқаев Жапаровпен кездесті"]) == 0
    path = config.root / "content" / "toqaev-zhaparovpen-kezdesti.md"
    assert capsys.readouterr().out.strip() == str(path)
    text = path.read_text()
    assert "title: Тоқаев Жапаровпен кездесті" in text and "lang: kk" in text
    assert main(["new", "-C", str(config.root), "Тоқаев Жапаровпен кездесті"]) == 1
    assert "exists already" in capsys.readouterr().err
    assert main(["check", "-C", str(config.root)]) == 1
    assert "has no text — write the article body" in capsys.readouterr().err
    path.write_text(text + "\nМемлекет басшысы кездесу өткізді.\n")
    assert main(["check", "-C", str(config.root)]) == 0
    assert capsys.readouterr().out.startswith("ok: 1 articles, 0 errors")


def test_check_writes_nothing(site, capsys):
    config = site({"content/a.md": RU_MEETING})
    assert main(["check", "-C", str(config.root)]) == 0
    assert not (config.root / "site").exists()


def test_config_lists_settings_in_effect(site, capsys):
    config = site({}, config_yaml="title: Desk\n")
    assert main(["config", "-C", str(config.root)]) == 0
    out = capsys.readouterr().out
    assert "title: Desk" in out and "translation.beam_size: 2" in out


def test_the_module_runs_as_a_program():
    result = subprocess.run([sys.executable, "-m", "briefgen", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("briefgen ")


def test_check_reports_front_matter_meetings_that_do_not_fit(site, capsys):
    bad = RU_MEETING.replace("source:", "meetings:\n  - kind: talks\n    venue: Akorda\nsource:")
    config = site({"content/a.md": bad})
    assert main(["check", "-C", str(config.root)]) == 1
    err = capsys.readouterr().err
    assert f"{config.root / 'content' / 'a.md'}:4: meetings: meeting 1: unknown key 'venue'" in err
