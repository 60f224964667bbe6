"""`briefgen build` as a user and a CI job run it."""

import io
import json
import subprocess
import sys

from briefgen.cli import main
from tests.conftest import KK_MEETING, RU_MEETING


def test_build_prints_one_summary_line_and_names_the_missing_pair(site, capsys):
    config = site({"content/a.md": KK_MEETING})
    assert main(["build", "-C", str(config.root)]) == 0
    out, err = capsys.readouterr()
    (summary,) = out.splitlines()
    assert "translated 0" in summary and "cached 0" in summary and "untranslated 4" in summary
    assert "note: no translation model for kk→en" in err and "briefgen models install" in err


def test_a_broken_article_is_named_the_rest_is_built_and_the_exit_is_1(site, capsys):
    config = site({"content/a.md": RU_MEETING, "content/b.md": b"\xff\xfe"})
    assert main(["build", "-C", str(config.root)]) == 1
    out, err = capsys.readouterr()
    assert f"error: {config.root / 'content' / 'b.md'}:1: the file is not UTF-8 text (it is UTF-16) — re-save it" in err
    assert "built 1 article," in out and "errors 1" in out
    assert (config.root / "site" / "index.html").exists()


def test_strict_names_each_failing_file_and_missing_pair_and_writes_nothing(site, capsys):
    config = site({"content/a.md": RU_MEETING, "content/b.md": KK_MEETING, "content/c.md": b"\xff\xfe"})
    assert main(["build", "-C", str(config.root), "--strict"]) == 3
    out, err = capsys.readouterr()
    assert out == "" and not (config.root / "site").exists()
    last = err.splitlines()[-1]
    assert last.startswith("error: --strict: 1 error in 1 file (") and str(config.root / "content" / "c.md") in last
    assert "kk→en: 4 with no model" in last and "ru→en: " in last and last.endswith("nothing was written")
    # Each pair is named above it with the command that installs a model.
    assert "note: no translation model for ru→en" in err and "translate-ru_en" in err


def test_quiet_keeps_errors_and_the_summary(site, capsys):
    config = site({"content/a.md": KK_MEETING, "content/b.md": b""})
    assert main(["build", "-q", "-C", str(config.root)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("built 1 article,") and "error: " in err and "note:" not in err


def test_verbose_tells_where_the_time_went(site, capsys):
    config = site({"content/a.md": KK_MEETING})
    assert main(["build", "-v", "-C", str(config.root)]) == 0
    err = capsys.readouterr().err
    assert "splitting sentences" in err and "reading facts" in err and "writing the site" in err


def test_a_bad_config_stops_the_build_with_one_line_and_exit_2(site, capsys):
    config = site({"content/a.md": RU_MEETING})
    (config.root / "briefgen.yaml").write_text("translation:\n  beam_size: wide\n")
    assert main(["build", "-C", str(config.root)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"error: {config.root / 'briefgen.yaml'}:2: translation.beam_size: expected a whole number (got 'wide')"
    )
    assert not (config.root / "site").exists()


def test_a_build_that_cannot_write_exits_3_and_touches_nothing(site, capsys):
    config = site({"content/a.md": RU_MEETING}, config_yaml="output_dir: content\n")
    assert main(["build", "-C", str(config.root)]) == 3
    assert "error: output_dir content would replace content_dir content" in capsys.readouterr().err
    assert (config.root / "content" / "a.md").read_text(encoding="utf-8") == RU_MEETING


def test_strict_tells_sentences_a_model_failed_apart_from_pairs_without_one():
    from briefgen.build import StrictRefusal
    from briefgen.model import BuildReport

    report = BuildReport(untranslated=5, missing_pairs={("ru", "en"): 3})
    assert str(StrictRefusal(report)) == (
        "--strict: 5 untranslated sentences (ru→en: 3 with no model; 2 the model could not translate); "
        "nothing was written"
    )


def test_on_a_terminal_the_build_shows_its_progress_and_erases_it(site, monkeypatch, capsys):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    monkeypatch.setenv("NO_COLOR", "1")
    config = site({"content/a.md": KK_MEETING})
    assert main(["build", "-C", str(config.root)]) == 0
    drawn = screen.getvalue()
    assert "writing the site" in drawn and "\x1b[2K" in drawn  # drawn, then the line erased
    assert capsys.readouterr().out.startswith("built 1 article,")


def test_a_rebuild_with_nothing_changed_imports_no_stage(site):
    """The manifest decides before the pipeline is imported (build/__init__.py): splitting, facts, rendering
    and CTranslate2 take longer to import than the check takes to run."""
    config = site({"content/a.md": KK_MEETING})
    code = (
        "import sys, json\n"
        "from briefgen.cli import main\n"
        "status = main(['build', '-C', sys.argv[1]])\n"
        "print(json.dumps([status, sorted(sys.modules)]))\n"
    )
    command = [sys.executable, "-c", code, str(config.root)]
    first, again = (subprocess.run(command, capture_output=True, text=True, check=True) for _ in range(2))
    (status, loaded), (status_again, loaded_again) = (json.loads(r.stdout.splitlines()[-1]) for r in (first, again))
    stages = {"briefgen.build.pipeline", "briefgen.segment", "briefgen.facts", "briefgen.render"}
    assert status == status_again == 0
    assert stages <= set(loaded)  # a build that runs imports them: what the rebuild is compared with
    assert "nothing changed since the last build" in again.stderr
    heavy = (stages | {"ctranslate2", "jinja2"}) & set(loaded_again)
    assert not heavy, f"a rebuild with nothing changed imports {sorted(heavy)}"
