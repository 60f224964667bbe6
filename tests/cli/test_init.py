"""`briefgen` itself: global options anywhere on the line, help, version, a fast start."""

import json
import subprocess
import sys

import pytest

from briefgen.cli import main
from tests.conftest import RU_MEETING


def test_global_options_go_before_or_after_the_command(site, capsys):
    config = site({"content/a.md": RU_MEETING}, config_yaml="title: Desk\n")
    root = str(config.root)
    assert main(["-C", root, "config"]) == 0
    before = capsys.readouterr().out
    assert main(["config", "-C", root]) == 0
    assert capsys.readouterr().out == before and "title: Desk" in before
    assert main(["-C", root, "models", "list"]) == 0 and main(["models", "list", "-C", root]) == 0


def test_an_option_given_before_the_command_is_not_undone_after_it(site, capsys):
    config = site({"content/a.md": RU_MEETING})
    assert main(["-q", "-C", str(config.root), "build", "--strict"]) == 3
    err = capsys.readouterr().err
    assert "warning:" not in err and "note:" not in err and "nothing was written" in err


@pytest.mark.parametrize("argv", [["--version"], ["build", "--version"], ["models", "list", "--version"]])
def test_version_anywhere(argv, capsys):
    with pytest.raises(SystemExit) as exit:
        main(argv)
    assert exit.value.code == 0 and capsys.readouterr().out.startswith("briefgen ")


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "build" in capsys.readouterr().out


def test_the_module_runs_as_a_program():
    result = subprocess.run([sys.executable, "-m", "briefgen", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("briefgen ")


def test_help_and_version_load_no_stage_and_no_heavy_library():
    code = (
        "import sys, json\n"
        "from briefgen.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    heavy = {"briefgen.build", "briefgen.translate", "briefgen.facts", "briefgen.render", "rich", "yaml", "jinja2"}
    heavy |= {"ctranslate2", "argostranslate", "pymorphy3", "babel"}
    assert not heavy & loaded, f"`briefgen --help` imports {sorted(heavy & loaded)}: import it inside the command"
