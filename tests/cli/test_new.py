"""`briefgen new`: an article to fill, which `check` then asks to fill."""

from briefgen.cli import main


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


def test_a_title_without_letters_is_refused(site, capsys):
    config = site({})
    assert main(["new", "-C", str(config.root), "!!!"]) == 2
    assert "give a title with letters" in capsys.readouterr().err
