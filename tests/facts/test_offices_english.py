"""Offices as the institution that gives them writes them in English, whatever wording the press uses."""

from briefgen.facts.gazetteer import tokenize
from briefgen.facts.gazetteer.files import load_gazetteer_files
from briefgen.facts.people.finder import Finder
from tests.facts.test_offices import _people


def test_a_foreign_minister_is_named_as_his_states_own_english_names_him() -> None:
    # office_styles: a minister "for" foreign affairs in the Nordic, Baltic and Australian governments' English,
    # Switzerland's head of the federal department, India's external affairs, the United States' secretary of state.
    assert _people("Министр иностранных дел Финляндии Иван Петров прибыл.", "ru")[0][1:] == (
        "minister for foreign affairs",
        "FI",
    )
    assert _people("Швеция Сыртқы істер министрі Иван Петров келді.", "kk")[0][1] == "minister for foreign affairs"
    assert _people("Министр иностранных дел Ирландии Иван Петров прибыл.", "ru")[0][1] == (
        "minister for foreign affairs and trade"
    )
    assert _people("Министр иностранных дел Швейцарии Иван Петров прибыл.", "ru")[0][1] == (
        "head of the federal department of foreign affairs"
    )
    assert _people("Министр иностранных дел Индии Иван Петров прибыл.", "ru")[0][1] == "minister of external affairs"
    assert _people("Министр иностранных дел Норвегии Иван Петров прибыл.", "ru")[0][1] == "minister of foreign affairs"


def test_switzerlands_federal_department_names_its_head_and_his_state() -> None:
    people = _people("Министр встретился с главой Федерального департамента иностранных дел Иваном Петровым.", "ru")
    assert people[0][1:] == ("head of the federal department of foreign affairs", "CH")
    people = _people("Ол Швейцарияның Федералдық сыртқы істер департаментінің басшысы Иван Петровпен кездесті.", "kk")
    assert people[0][1:] == ("head of the federal department of foreign affairs", "CH")


def test_a_known_heads_office_written_out_beats_the_press_hyphenated_title() -> None:
    # The gazetteer's OSCE Secretary General, as the organization writes him, over the press's «Генеральный
    # секретарь организации» naming no organization (hyphenated "secretary-general" in the title table).
    people = _people("Министр встретился с Генеральным секретарем организации Феридуном Синирлиоглу.", "ru")
    assert people[0][1] == "secretary general of the organization for security and co-operation in europe"


def test_a_belarusian_regions_head_chairs_its_executive_committee_named_by_the_region() -> None:
    people = _people("Председатель Гродненского облисполкома Иван Петров встретился с делегацией.", "ru")
    assert people[0][1:] == ("chairman of the grodno regional executive committee", "BY")
    people = _people("Гостей принял председатель Могилевского областного исполнительного комитета Иван Петров.", "ru")
    assert people[0][1:] == ("chairman of the mogilev regional executive committee", "BY")
    people = _people("Делегация Брест облыстық атқару комитетінің төрағасы Иван Петровпен кездесті.", "kk")
    assert people[-1][1:] == ("chairman of the brest regional executive committee", "BY")


def test_an_organizations_minister_holds_his_portfolio_as_the_organization_names_it() -> None:
    # eec.eaeunion.org: a member of the Board (Minister) in charge of a portfolio; the organization's own words
    # are never spelled into the office, in either order the languages write it.
    office = "member of the board (minister) in charge of trade of the eurasian economic commission"
    kk = _people("Министр Еуразиялық экономикалық комиссияның сауда жөніндегі министрі Иван Петровпен кездесті.", "kk")
    assert kk[-1][1:] == (office, None)
    assert _people("Ол ЕЭК сауда министрі Иван Петровпен кездесті.", "kk")[-1][1:] == (office, None)
    assert _people("Он встретился с министром по торговле ЕЭК Иваном Петровым.", "ru")[-1][1:] == (office, None)


def test_an_envoy_is_named_with_his_portfolio_whose_country_is_not_his() -> None:
    # people/envoys.py: the portfolio (a country or a region) after «по» or before «жөніндегі»; whose envoy
    # («Президента») and the state written with it; Sweden's envoys are its special envoys (regeringen.se).
    office = "special representative of the president for afghanistan"
    ru = "Встреча прошла при участии специального представителя Президента Казахстана по Афганистану Ивана Петрова."
    assert _people(ru, "ru")[-1][1:] == (office, "KZ")
    kk = "Ол Қазақстан Президентінің Ауғанстан жөніндегі арнайы өкілі Иван Петровпен кездесті."
    assert _people(kk, "kk")[-1][1:] == (office, "KZ")
    kk = "Василенко Швеция Сыртқы істер министрлігінің Орталық Азия жөніндегі арнайы өкілі Иван Петровпен кездесті."
    assert _people(kk, "kk")[-1][1:] == ("special envoy for central asia", "SE")
    ru = "Он встретился со специальным посланником США по делам Южной и Центральной Азии Иваном Петровым."
    assert _people(ru, "ru")[-1][1:] == ("special envoy for south and central asia", "US")
    # A portfolio the language's regions lack leaves the office to the rest of the reading: no guessed portfolio.
    ru = "Он встретился со специальным представителем по вопросам климата Иваном Петровым."
    assert "for" not in str(_people(ru, "ru")[-1][1])


def test_an_organizations_regional_office_is_written_as_the_organization_writes_it() -> None:
    # The World Bank's Vice President for Europe and Central Asia: the region after the organization's name.
    ru = "Премьер принял вице-президента Всемирного банка по региону Европы и Центральной Азии Ивана Петрова."
    assert _people(ru, "ru")[-1][1:] == ("vice president for europe and central asia of the world bank", None)


def test_austrias_and_germanys_offices_are_federal_as_their_governments_write_them() -> None:
    assert _people("Министр иностранных дел Австрии Иван Петров прибыл.", "ru")[0][1] == (
        "federal minister for european and international affairs"
    )
    # A style never doubles what the text already wrote in the state's own words.
    assert _people("Германия Федералдық канцлері Иван Петров келді.", "kk")[0][1] == "federal chancellor"
    assert _people("Канцлер Австрии Иван Петров прибыл.", "ru")[0][1] == "federal chancellor"


def test_an_office_of_the_subject_before_a_known_person_gives_them_no_country() -> None:
    # «Қазақстан министрі Вучичке …»: the Kazakh minister conveys greetings to the Serbian president, who stays Serbian.
    gazetteer = load_gazetteer_files([])
    finder = Finder(gazetteer, "kk")
    for n, text in enumerate(
        ("Министрді Сербия Президенті Иван Петрович қабылдады.", "Қазақстан министрі Петровичке сәлем жеткізді.")
    ):
        tokens = tokenize(text, "kk")
        finder.mentions(n, tokens, gazetteer.find(tokens))
    person = next(p for p in finder.people.values() if p.name_original == "Иван Петрович")
    assert (person.role, person.country) == ("president", "RS")


def test_thailand_is_known_by_its_kazakh_spelling() -> None:
    kk = "Ол Тайланд Корольдігінің Сыртқы істер министрі Иван Петровпен кездесті."
    assert _people(kk, "kk")[-1][1:] == ("minister of foreign affairs", "TH")


def test_a_kazakh_deputy_is_of_the_office_completed_from_its_ministry_or_organ() -> None:
    # Kazakh writes the deputy after the office deputised: that office is the one its ministry completes.
    kk = "Министр Жасанды интеллект және цифрлық даму министрінің орынбасары Иван Петровты қабылдады."
    assert _people(kk, "kk")[-1][1] == "deputy minister of artificial intelligence and digital development"
    kk = "Орталық сайлау комиссиясы төрағасының орынбасары Иван Петров қатысты."
    assert _people(kk, "kk")[-1][1] == "deputy chairman of the central election commission"


def test_a_regions_own_minister_is_named_by_the_region() -> None:
    ru = "В переговорах участвовал министр сельского хозяйства Челябинской области Иван Петров."
    assert _people(ru, "ru")[-1][1:] == ("minister of agriculture of chelyabinsk region", "RU")
    kk = "Кездесуге Омбы облысының экономика министрі Иван Петров қатысты."
    assert _people(kk, "kk")[-1][1:] == ("minister of economy of omsk region", "RU")
    # A state's minister stays the state's.
    ru = "В переговорах участвовал министр сельского хозяйства Казахстана Иван Петров."
    assert _people(ru, "ru")[-1][1:] == ("minister of agriculture", "KZ")


def test_a_chinese_provinces_party_secretary_is_named_after_its_committee_as_the_cpc_writes_it() -> None:
    # news.cn: "secretary of the Shandong Provincial Committee of the CPC"; a region's committee is regional.
    people = _people("Аким принял секретаря комитета Коммунистической партии Китая провинции Шаньдун Ли Мина.", "ru")
    assert people[-1][1:] == ("secretary of the shandong provincial committee of the cpc", "CN")
    kk = "Әкім Қытайдың Шыңжаң-Ұйғыр автономиялық ауданы партия комитетінің хатшысы Ли Минмен кездесті."
    people = _people(kk, "kk")
    assert people[-1][1:] == ("secretary of the xinjiang uygur autonomous regional committee of the cpc", "CN")
    people = _people("Әкім ҚКП Шаньдун провинциялық комитетінің хатшысы Ли Минмен кездесті.", "kk")
    assert people[-1][1:] == ("secretary of the shandong provincial committee of the cpc", "CN")
    # Its deputy secretary, in either order the languages write the deputy.
    people = _people("Әкім Ганьсу провинциясы партком хатшысының орынбасары Ли Минмен кездесті.", "kk")
    assert people[-1][1] == "deputy secretary of the gansu provincial committee of the cpc"
    people = _people("Аким встретился с заместителем секретаря парткома провинции Ганьсу Ли Мином.", "ru")
    assert people[-1][1] == "deputy secretary of the gansu provincial committee of the cpc"
    # Other local offices keep the place after them.
    assert _people("Ол Қостанай облысының әкімі Иван Петровпен кездесті.", "kk")[-1][1] == "akim of kostanay region"


def test_a_pakistani_federal_minister_is_minister_for_his_portfolio() -> None:
    assert _people("Ол Пәкістанның Темір жол министрі Иван Петровпен кездесті.", "kk")[-1][1:] == (
        "minister for railways",
        "PK",
    )
    people = _people("Он встретился с министром финансов Пакистана Иваном Петровым.", "ru")
    assert people[-1][1] == "minister for finance"


def test_one_acting_for_a_minister_is_the_acting_minister_as_his_government_names_the_ministry() -> None:
    # moci.gov.af: the Ministry of Industry and Commerce, which the press calls industry and trade.
    people = _people("Ол Ауғанстанның Өнеркәсіп және сауда министрі міндетін атқарушы Иван Петровпен кездесті.", "kk")
    assert people[-1][1:] == ("acting minister of industry and commerce", "AF")
    people = _people("Он встретился с исполняющим обязанности министра финансов Таджикистана Иваном Петровым.", "ru")
    assert people[-1][1] == "acting minister of finance"
    text = "Он встретился с исполняющим обязанности министра промышленности и торговли Афганистана Ахмадом Рахими."
    assert _people(text, "ru")[-1][1:] == ("acting minister of industry and commerce", "AF")


def test_armenias_parliament_is_presided_over_by_its_president() -> None:
    people = _people("Ол Армения Ұлттық жиналысының Төрағасы Иван Петровпен кездесті.", "kk")
    assert people[-1][1:] == ("president of the national assembly", "AM")


def test_an_organization_named_after_the_office_word_completes_it_in_its_own_english() -> None:
    people = _people("Он принял Президента Международного фонда сельскохозяйственного развития Карла Мюллера.", "ru")
    assert people[-1][1:] == ("president of the international fund for agricultural development", None)
    # isdb.org: the IsDB Group is led by its Chairman.
    people = _people("Президент Ислам даму банкі тобының төрағасы Карл Мюллерді қабылдады.", "kk")
    assert people[-1][1:] == ("chairman of the islamic development bank group", None)


def test_a_state_funds_executive_is_named_as_the_fund_names_him_and_is_of_its_state() -> None:
    # sfd.gov.sa: the Saudi Fund for Development's chief executive officer, «исполнительный директор» in the press;
    # the delegation's «во главе с его …» names him by the fund named before.
    office = ("chief executive officer of the saudi fund for development", "SA")
    text = "Он принял делегацию Саудовского фонда развития во главе с его исполнительным директором Халидом Рашидом."
    assert _people(text, "ru")[-1][1:] == office
    assert _people("Министр Сауд даму қорының атқарушы директоры Халид Рашидпен кездесті.", "kk")[-1][1:] == office
    # Elsewhere an executive director stays one.
    people = _people("Министр принял исполнительного директора компании Acme Ивана Петрова.", "ru")
    assert people[-1][1] == "executive director of acme"


def test_a_provincial_office_with_a_bare_kind_is_of_the_province_whose_delegation_it_leads() -> None:
    # «губернатором провинции X»: the province named with the delegation, before its country; the name after the bare
    # kind word is the person's, in pinyin as the province's country spells it.
    text = (
        "Министр принял делегацию провинции Ганьсу Китайской Народной Республики "
        "во главе с губернатором провинции Ли Мином."
    )
    assert _people(text, "ru")[-1] == ("Li Ming", "governor of gansu province", "CN")
    # A province the gazetteer lacks, named with the office, stays the office's place, not the person's name.
    people = _people("Министр встретился с губернатором провинции Юньгуй Ли Мином.", "ru")
    name, role, _ = people[-1]
    assert name.startswith("Li ") and role is not None and role.startswith("governor of yun")
