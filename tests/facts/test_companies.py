"""The head of a company named with their office (briefgen/facts/people/companies.py)."""

from pathlib import Path

from briefgen.facts.gazetteer import tokenize
from briefgen.facts.gazetteer.files import load_gazetteer_files
from briefgen.facts.people.finder import Finder

from .helpers import meetings


def person(text: str, lang: str) -> tuple[str, str | None, str | None, set[str]]:
    """The last person the sentence names: name, role, country, classes of office."""
    gazetteer = load_gazetteer_files([])
    tokens = tokenize(text, lang)
    found = [m for m in Finder(gazetteer, lang).mentions(0, tokens, gazetteer.find(tokens)) if m.person]
    last = found[-1].person
    assert last is not None
    return last.name, last.role, last.country, last.classes


def test_a_company_in_the_gazetteers_table_gives_its_heads_country_and_the_spelling_of_it() -> None:
    # CNPC is Chinese (the gazetteer's `companies`), so its head's name is read back to pinyin.
    assert person(
        "Премьер-министр Олжас Бектенов Қытай ұлттық мұнай-газ корпорациясы (CNPC) басқармасының төрағасы "
        "Ван Минмен кездесті.",
        "kk",
    )[:3] == ("Wang Ming", "chairman of the management board of cnpc", "CN")
    assert person(
        "Олжас Бектенов встретился с председателем правления Китайской национальной нефтегазовой корпорации "
        "(CNPC) Ван Мином.",
        "ru",
    )[:3] == ("Wang Ming", "chairman of the management board of cnpc", "CN")


def test_a_states_office_beside_a_company_is_the_companys() -> None:
    name, role, country, classes = person("Министр встретился с президентом компании Nordwind Иваном Петровым.", "ru")
    assert (name, role, country) == ("Ivan Petrov", "president of nordwind", None)
    assert "head_of_state" not in classes  # no head of state: the president of a company
    assert person("Министр Sinopec компаниясының президенті Ли Минмен кездесті.", "kk")[:3] == (
        "Li Ming",
        "president of sinopec",
        "CN",
    )


def test_a_bare_head_beside_a_company_is_its_head() -> None:
    assert person("Министр CNPC басшысы Ван Минмен кездесті.", "kk")[1:3] == ("head of cnpc", "CN")


def test_the_texts_fuller_wording_of_a_known_heads_office_replaces_the_gazetteers() -> None:
    # The gazetteer has Dai Houliang as chairman of CNPC; the text says which chairman he is.
    assert person("Министр CNPC басқармасының төрағасы Дай Хоулянмен кездесті.", "kk")[:3] == (
        "Dai Houliang",
        "chairman of the management board of cnpc",
        "CN",
    )


def test_a_company_written_with_no_office_beside_it_gives_no_role() -> None:
    name, role, _, _ = person("Nordwind компаниясының өкілдері Иван Петровпен кездесті.", "kk")
    assert (name, role) == ("Ivan Petrov", None)


def test_a_company_named_by_its_full_name_in_an_oblique_case_is_the_tables() -> None:
    # SOCAR's full name holds Azerbaijan's: the table's company, not a state's president.
    name, role, country, classes = person(
        "Министр встретился с президентом Государственной нефтяной компании Азербайджанской Республики "
        "Ровшаном Наджафом.",
        "ru",
    )
    assert (name, role, country) == ("Rovshan Najaf", "president of socar", "AZ")
    assert "head_of_state" not in classes


def test_a_companys_name_in_quotation_marks_or_brackets_beside_its_latin_one_is_one_company() -> None:
    # The press writes «корпорации «CNPC»» and «CNPC (Китайской национальной нефтегазовой корпорации)».
    assert person("Премьер принял председателя совета директоров корпорации «CNPC» Ван Миня.", "ru")[:3] == (
        "Wang Min",
        "chairman of the board of directors of cnpc",
        "CN",
    )
    text = (
        "Председатель совета директоров CNPC (Китайской национальной нефтегазовой корпорации) Ли Мин "
        "встретился в Пекине с министром."
    )
    assert person(text, "ru")[:3] == ("Li Ming", "chairman of the board of directors of cnpc", "CN")


def test_the_head_of_an_international_organization_holds_its_office_and_no_country() -> None:
    for text, lang, role in (
        ("Президент принял Генерального секретаря Организации тюркских государств Бобура Алиева.", "ru",
         "secretary-general of the organization of turkic states"),
        ("Мемлекет басшысы Түркі мемлекеттері ұйымының Бас хатшысы Бобур Әлиевті қабылдады.", "kk",
         "secretary-general of the organization of turkic states"),
        # A company head's title is the organization's own name for it: director general, not chief executive.
        ("Президент принял генерального директора ЮНИДО Бобура Алиева.", "ru", "director general of unido"),
        ("Мемлекет басшысы Азия даму банкінің президенті Бобур Әлиевті қабылдады.", "kk",
         "president of the asian development bank"),
    ):  # fmt: skip
        name, found_role, country, classes = person(text, lang)
        assert (name, found_role, country) == ("Bobur Aliyev", role, None), text
        assert "head_of_state" not in classes


def test_an_organizations_head_has_its_office_as_the_organization_writes_it_with_its_name_written_out() -> None:
    # The abbreviation the text uses (ЕҚЫҰ, СВМДА, ФАО) is the organization's English name written out in the
    # role, and the office is written as the organization writes it: the OSCE's and CICA's "secretary general"
    # without the hyphen the SCO's has, the FAO's "director-general" with the one UNIDO's lacks.
    for text, lang, role in (
        ("Сенат Төрағасы ЕҚЫҰ Бас хатшысы Бобур Әлиевті қабылдады.", "kk",
         "secretary general of the organization for security and co-operation in europe"),
        ("Министр встретился с генеральным секретарем СВМДА Бобуром Алиевым.", "ru",
         "secretary general of the conference on interaction and confidence building measures in asia"),
        ("Президент принял генерального директора ФАО Бобура Алиева.", "ru",
         "director-general of the food and agriculture organization of the united nations"),
        ("Президент принял Генерального секретаря ШОС Бобура Алиева.", "ru",
         "secretary-general of the shanghai cooperation organisation"),
    ):  # fmt: skip
        assert person(text, lang)[:3] == ("Bobur Aliyev", role, None), text


def test_an_organizations_head_named_with_a_country_in_the_clause_still_has_none() -> None:
    text = "Министр иностранных дел Казахстана встретился с президентом Азиатского банка развития Бобуром Алиевым."
    assert person(text, "ru")[1:3] == ("president of the asian development bank", None)


def test_a_company_the_table_lacks_is_named_from_its_quotation_marks_and_its_country_from_the_words_before() -> None:
    name, role, country, classes = person(
        "Министр встретился с президентом китайской компании «Синохайдро» Ли Мином.", "ru"
    )
    assert (name, role, country) == ("Li Ming", "president of sinokhaidro", "CN")
    assert "head_of_state" not in classes
    assert person("Министр қытайлық Sinohydro компаниясының басқарма төрағасы Ли Минмен кездесті.", "kk")[:3] == (
        "Li Ming",
        "chairman of the management board of sinohydro",
        "CN",
    )
    assert person("Министр встретился с президентом АО «Самрук-Энерго» Иваном Петровым.", "ru")[1] == (
        "president of samruk-energo"
    )


def test_a_latin_company_name_keeps_its_initials_points_and_digits() -> None:
    # Company names written with dotted initials or a number glued on (O.S.K., G7) are one name, spaced as
    # written; a sentence's point after a whole word is no part of one.
    assert person("Министр Borealis K.S.T. Shipping компаниясының президенті Иван Петровпен кездесті.", "kk")[1] == (
        "president of borealis k.s.t. shipping"
    )
    assert person("Министр встретился с президентом компании Orbit A.B. Lines Иваном Петровым.", "ru")[1] == (
        "president of orbit a.b. lines"
    )
    assert person("Министр Nova7 компаниясының президенті Иван Петровпен кездесті.", "kk")[1] == "president of nova7"


def test_a_word_describing_the_companys_kind_stands_between_its_name_and_the_office() -> None:
    assert person("Министр встретился с президентом энергетической компании Nordwind Иваном Петровым.", "ru")[1] == (
        "president of nordwind"
    )
    assert person("Министр Nordwind технологиялық компаниясының президенті Иван Петровпен кездесті.", "kk")[1] == (
        "president of nordwind"
    )


def test_the_partners_industrial_groups_give_their_heads_country_and_spelling() -> None:
    # Baykar is Turkish and Mitsui O.S.K. Lines Japanese (the gazetteer's `companies`): their heads' names
    # are read back by Turkish letters and by Hepburn.
    assert person("Министр встретился с генеральным директором компании Baykar Халуком Байрактаром.", "ru")[:3] == (
        "Haluk Bayraktar",
        "chief executive officer of baykar",
        "TR",
    )
    assert person("Министр Mitsui O.S.K. Lines компаниясының президенті Такэси Хасимотомен кездесті.", "kk")[:3] == (
        "Takeshi Hashimoto",
        "president of mitsui o.s.k. lines",
        "JP",
    )


def test_the_head_of_a_states_agency_is_of_its_state_and_the_office_names_the_agency() -> None:
    # JICA is Japan's: its president's name follows Japan's spelling, the role names the agency.
    assert person(
        "Министр принял президента Японского агентства международного сотрудничества (JICA) Сатоси Кобаяси.", "ru"
    )[:3] == ("Satoshi Kobayashi", "president of jica", "JP")
    assert person("Министр ТИКА президенті Мехмет Йылмазды қабылдады.", "kk")[:3] == (
        "Mehmet Yılmaz",
        "president of tika",
        "TR",
    )
    # An institution of the European Union is of the Union.
    assert (
        person("Министр встретился с вице-президентом Европейского инвестиционного банка Анной Шмидт.", "ru")[2] == "EU"
    )


def test_the_head_of_a_companys_delegation_holds_the_office_of_that_company() -> None:
    sentence = "Министр принял делегацию JICA во главе с президентом агентства Сатоси Кобаяси."
    assert person(sentence, "ru")[:3] == ("Satoshi Kobayashi", "president of jica", "JP")
    # A country's delegation is no company's: its head keeps a state's office.
    country = "Министр принял делегацию Японии во главе с министром экономики Сатоси Кобаяси."
    assert person(country, "ru")[1:3] == ("minister of economy", "JP")


def test_several_words_describing_a_companys_kind_or_legal_form_stand_between_its_name_and_the_office() -> None:
    # «мемлекеттік» may open a state's office elsewhere; here it describes the company.
    assert person("Әкім Nordwind мемлекеттік мұнай компаниясының президенті Иван Петровпен кездесті.", "kk")[1] == (
        "president of nordwind"
    )
    assert person("Әкім «Nordwind» жабық акционерлік қоғамының төрағасы Иван Петровпен кездесті.", "kk")[1] == (
        "chairman of nordwind"
    )
    # Four lowercase words are a sentence, not a company's description: no company is read across them.
    assert person("Nordwind бүгін ірі жаңа мұнай компаниясының президенті Иван Петровпен кездесті.", "kk")[1] == (
        "president"
    )


def test_the_middle_corridors_carriers_give_their_heads_country() -> None:
    assert person(
        "Әкім «Әзербайжан Каспий теңіз кеме қатынасы» жабық акционерлік қоғамының төрағасы Иван Петровпен кездесті.",
        "kk",
    )[1:3] == ("chairman of azerbaijan caspian shipping company", "AZ")


def test_a_state_banks_head_is_its_governor() -> None:
    text = "Министр Жапонияның халықаралық ынтымақтастық банкінің (JBIC) басқарушысы Иван Петровті қабылдады."
    assert person(text, "kk")[1:3] == ("governor of jbic", "JP")


def test_a_bare_kind_word_before_an_office_is_the_company_the_sentence_named_before() -> None:
    # «компания төрағасы»: the company is the one whose offices the sentence is in.
    assert person("Министр Nordwind компаниясының кеңсесінде компания төрағасы Иван Петровпен кездесті.", "kk")[1] == (
        "chairman of nordwind"
    )
    assert person("Министр Korea Zinc компаниясының кеңсесінде компания төрағасы Иван Петровпен кездесті.", "kk")[
        1:3
    ] == ("chairman of korea zinc", "KR")
    # No company named before: the office stays bare.
    assert person("Министр кеше компания төрағасы Иван Петровпен кездесті.", "kk")[1] == "chairman"


def test_a_companys_home_written_between_the_office_and_the_company_is_the_heads_country() -> None:
    # Russian: the office, the company's home as an adjective, its kind, its name.
    assert person("Министр встретился с президентом немецкой компании Nordwind Клаусом Мюллером.", "ru")[:3] == (
        "Klaus Müller",
        "president of nordwind",
        "DE",
    )


def test_the_head_of_a_company_named_with_glava_and_its_kind_is_its_head() -> None:
    assert person("Министр встретился с главой компании Nordwind Иваном Петровым.", "ru")[1] == "head of nordwind"
    # «глава» of no company names no office the gazetteer knows.
    assert person("Министр встретился с главой ведомства Иваном Петровым.", "ru")[1] is None


def test_the_gazetteers_own_title_for_an_organizations_head_beats_the_press_wording_of_a_shorter_name() -> None:
    # The bank names itself a group; the press calls its president a chairman of the bank.
    assert (
        person("Президент принял председателя Исламского банка развития Мухаммада Сулеймана аль-Джассера.", "ru")[1]
        == "president of the islamic development bank group"
    )


def test_a_companys_english_name_written_out_before_its_abbreviation_is_the_roles() -> None:
    # The text writes the table's company out in English, its abbreviation in brackets: the role names it so.
    # Written out in Kazakh or Russian instead, the role keeps the table's English (cnpc, above).
    written_out = "Министр Korea Gas Corporation (KOGAS) компаниясының президенті Пак Мин Суменен кездесті."
    assert person(written_out, "kk")[1:3] == ("president of korea gas corporation", "KR")
    assert person("Министр KOGAS компаниясының президенті Пак Мин Суменен кездесті.", "kk")[1:3] == (
        "president of kogas",
        "KR",
    )


def test_an_ampersand_joins_the_words_of_a_companys_latin_name() -> None:
    text = "Министр встретился с генеральным директором компании Nordic Rail & Port Иваном Петровым."
    assert person(text, "ru")[:3] == ("Ivan Petrov", "chief executive officer of nordic rail & port", None)


def test_the_deputy_of_a_companys_or_organizations_head_holds_the_deputys_office() -> None:
    # Russian writes the deputy before the office, Kazakh after it; either way the company stays in the role.
    deputy = "deputy chairman of the management board of the eurasian development bank"
    assert person("В состав делегации вошел заместитель председателя правления ЕАБР Бобур Алиев.", "ru")[1] == deputy
    assert person("Министр ЕДБ басқармасы төрағасының орынбасары Бобур Әлиевпен кездесті.", "kk")[1] == deputy
    text = "Министр встретился с заместителем генерального директора компании Nordwind Иваном Петровым."
    assert person(text, "ru")[1] == "deputy chief executive officer of nordwind"


def test_a_states_fund_named_by_its_kind_keeps_the_article_english_writes_it_with() -> None:
    # "the Qatar Investment Authority", "the Public Investment Fund"; a brand (Mubadala) takes none.
    assert person("Министр встретился с генеральным директором QIA Иваном Петровым.", "ru")[1:3] == (
        "chief executive officer of the qatar investment authority",
        "QA",
    )
    assert person("Министр PIF басқарушысы Ахмад Салехпен кездесті.", "kk")[1:3] == (
        "governor of the public investment fund",
        "SA",
    )
    assert person("Министр встретился с генеральным директором Mubadala Иваном Петровым.", "ru")[1] == (
        "chief executive officer of mubadala"
    )


def test_a_universitys_head_holds_the_office_the_university_writes_in_english_and_is_of_its_state() -> None:
    spbu = "Министр встретился с ректором Санкт-Петербургского государственного университета Иваном Петровым."
    assert person(spbu, "ru")[1:3] == ("rector of saint petersburg state university", "RU")
    # Peking University calls its head, the press's «ректор», its President.
    assert person("Министр Пекин университетінің ректоры Ван Минмен кездесті.", "kk")[:3] == (
        "Wang Ming",
        "president of peking university",
        "CN",
    )


def test_two_offices_of_one_head_joined_by_a_dash_are_both_the_organizations() -> None:
    kk = "Кездесуге Еуразия ұлттық университетінің Басқарма төрағасы – ректоры Ерлан Сыдықов қатысты."
    ru = "Во встрече участвовал председатель правления – ректор Евразийского национального университета Ерлан Сыдыков."
    for text, lang in ((kk, "kk"), (ru, "ru")):
        assert person(text, lang)[1:3] == (
            "chairman of the management board and rector of l.n. gumilyov eurasian national university",
            "KZ",
        )


def test_a_partners_national_chamber_of_commerce_names_its_heads_office_and_state() -> None:
    ru = "Министр встретился с председателем Торгово-промышленной палаты Узбекистана Иваном Петровым."
    assert person(ru, "ru")[1:3] == ("chairman of the chamber of commerce and industry of uzbekistan", "UZ")
    kk = "Министр Корея сауда-өнеркәсіп палатасының төрағасы Ким Мин Сумен кездесті."
    assert person(kk, "kk")[1:3] == ("chairman of the korea chamber of commerce and industry", "KR")


def test_two_offices_of_one_head_joined_by_and_are_both_the_companys() -> None:
    ru = "Министр встретился с президентом и генеральным директором компании Nordwind Иваном Петровым."
    assert person(ru, "ru")[1] == "president and chief executive officer of nordwind"
    kk = (
        "Министр Nordwind компаниясының директорлар кеңесінің төрағасы әрі бас атқарушы директоры Иван Петровпен "
        "кездесті."
    )
    assert person(kk, "kk")[1] == "chairman of the board of directors and chief executive officer of nordwind"


def test_a_bare_kind_word_opening_a_sentence_is_the_company_the_sentence_before_named(tmp_path: Path) -> None:
    body = (
        "---\nlang: ru\ndate: 2026-09-12\n---\n\nМинистр промышленности Ерсайын Нагаспаев посетил завод "
        "Hyundai Motor в Ульсане. Генеральный директор компании Иван Петров показал гостям сборочные линии.\n"
    )
    [meeting] = meetings(tmp_path, body)
    head = next(p for p in meeting.participants if p.name_original == "Иван Петров")
    assert (head.role, head.country) == ("chief executive officer of hyundai motor company", "South Korea")


def test_a_rank_before_an_organizations_office_is_kept_with_it() -> None:
    # The packs' office_ranks: «бірінші» between the organization and its office, «первым» before the office.
    bank = "first vice president of the asian development bank"
    assert person("Министр АДБ бірінші вице-президенті Мартин Кляйнмен кездесті.", "kk")[1] == bank
    assert (
        person("Министр встретился с первым вице-президентом Азиатского банка развития Мартином Кляйном.", "ru")[1]
        == bank
    )
    # «бірінші басшысы» is the company's top manager, not a rank of «басшысы».
    assert person("Министр Sinopec компаниясының бірінші басшысы Ли Минмен кездесті.", "kk")[1] == "head of sinopec"


def test_a_member_of_a_banks_board_holds_the_office_as_the_bank_names_it() -> None:
    # «член правления» beside a bank (a kind word, as «компании» is); KfW calls its board the Executive Board.
    assert person("Министр встретился с членом правления банка KfW Анной Шмидт.", "ru")[1:3] == (
        "member of the executive board of kfw",
        "DE",
    )
    # A bank the table lacks, named in quotation marks after its kind word.
    assert person("Министр встретился с членом правления банка «Нурбанк» Анной Шмидт.", "ru")[1] == (
        "member of the management board of nurbank"
    )


def test_a_company_named_with_the_word_for_a_group_is_that_group() -> None:
    # «тобы», «группа»: English writes the group as part of the name; the table's «Doosan» alone is its
    # affiliate Doosan Enerbility, but the group's chairman chairs Doosan Group.
    assert person("Министр Оңтүстік Кореяның Doosan тобының төрағасы Ли Минмен кездесті.", "kk")[1] == (
        "chairman of doosan group"
    )
    assert person("Министр встретился с председателем группы Nordwind Иваном Петровым.", "ru")[1] == (
        "chairman of nordwind group"
    )
    assert (
        person("Министр Doosan компаниясының төрағасы Ли Минмен кездесті.", "kk")[1] == "chairman of doosan enerbility"
    )
