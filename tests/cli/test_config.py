"""`briefgen config`: the settings in effect."""

from briefgen.cli import main


def test_config_lists_settings_in_effect_with_their_meaning(site, capsys):
    config = site({}, config_yaml="title: Desk\n")
    assert main(["config", "-C", str(config.root)]) == 0
    out = capsys.readouterr().out
    assert "title: Desk" in out and "translation.beam_size: 2" in out
    assert any(line.startswith("translation.beam_size:") and "#" in line for line in out.splitlines())
