from briefgen.facts.quotes import find_quotes


def test_quotation_marks_then_attribution() -> None:
    paragraph = "«Біз дайынбыз. Жұмыс жалғасады», — деді Олжас Бектенов."
    [quote] = find_quotes(paragraph)
    assert quote.text == "Біз дайынбыз. Жұмыс жалғасады"
    assert paragraph[quote.who_start : quote.who_end].strip() == "Олжас Бектенов"


def test_attribution_before_a_colon() -> None:
    [quote] = find_quotes("Министр отметил: «Мы готовы к работе».")
    assert quote.text == "Мы готовы к работе"


def test_a_paragraph_whose_quotation_marks_were_lost() -> None:
    [quote] = find_quotes("Біз бәрін жасаймыз. Нәтиже болады, — деді Абдулла Арипов.")
    assert quote.text == "Біз бәрін жасаймыз. Нәтиже болады"


def test_reported_speech_and_quoted_names_are_not_quotes() -> None:
    assert find_quotes("Ол ынтымақтастық маңызды екенін айтты.") == []
    assert find_quotes("«Солтүстік – Оңтүстік» дәлізі арқылы тасымал артты.") == []
