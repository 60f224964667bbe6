from briefgen.facts.attribution.quotes import find_quotes


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


def test_more_verbs_of_saying_in_either_order() -> None:
    [quote] = find_quotes("Министр атап өтті: «Жол картасы бекітілді».")
    assert quote.text == "Жол картасы бекітілді"
    [quote] = find_quotes("«Порт расширят к осени», — рассказал глава ведомства.")
    assert quote.text == "Порт расширят к осени"


def test_a_paragraph_without_quotation_marks_may_name_a_project_in_them() -> None:
    [quote] = find_quotes("«Жібек жолы» жобасы биыл аяқталады, — деді ол.")
    assert quote.text == "«Жібек жолы» жобасы биыл аяқталады"
