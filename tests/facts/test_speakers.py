"""Who said each quotation (briefgen/facts/attribution/speakers.py)."""

from pathlib import Path

from .helpers import meetings


def test_the_head_of_an_organization_named_in_the_attribution_is_the_one_named_before(tmp_path: Path) -> None:
    body = """---
lang: kk
date: 2025-05-14
---

Мемлекет басшысы Ақордада ЮНИДО Бас директоры Бобур Әлиевті қабылдады.

Қасым-Жомарт Тоқаев ұйыммен ынтымақтастықты жоғары бағалады.

– Біз Қазақстанның индустрияландыру бағдарламасын қолдаймыз, – деді ЮНИДО басшысы.
"""
    [meeting] = meetings(tmp_path, body)
    head = next(p for p in meeting.participants if p.role == "director general of unido")
    assert [q.speaker for q in meeting.quotes] == [head.name]


def test_an_office_no_one_was_resolved_to_is_the_last_person_named_who_holds_it(tmp_path: Path) -> None:
    # The paragraph before is about the other side; «еурокомиссар» names the commissioner met.
    body = """---
lang: kk
date: 2026-03-02
---

Министр Ерлан Ақкенженов Еуропалық комиссияның энергетика жөніндегі комиссары Дан Йоргенсенмен кездесті.

Ерлан Ақкенженов Қазақстанның мұнай экспорты туралы айтып, жаңа жобаларға тоқталды.

– Біз Каспий арқылы таза энергия жеткізу жобасын қолдауға дайынбыз, – деді еурокомиссар.
"""
    [meeting] = meetings(tmp_path, body)
    assert [q.speaker for q in meeting.quotes] == ["Dan Jørgensen"]


def test_a_countrys_office_in_the_attribution_is_its_person_taking_part_not_its_leader_greeting(
    tmp_path: Path,
) -> None:
    # The guest passes on his president's greetings (a genitive); «глава азербайджанского ведомства» is the
    # guest, who was received, not the president named last.
    body = """---
lang: ru
date: 2026-04-20
---

Премьер-министр Кыргызстана Адылбек Касымалиев принял министра экономики Азербайджана Микаила Джаббарова.

Гость передал приветствие Президента Азербайджана Ильхама Алиева.

«Мы готовы вложить средства в гидроэнергетику республики», – подчеркнул глава азербайджанского ведомства.
"""
    [meeting] = meetings(tmp_path, body)
    assert [q.speaker for q in meeting.quotes] == ["Mikayil Jabbarov"]


def test_an_office_named_by_the_nationality_of_the_guest_is_the_guest(tmp_path: Path) -> None:
    # «Шведский министр отметил:» after a meeting the lead's subject held: the Swedish minister met, not the lead.
    body = """---
lang: ru
date: 2026-09-24
---

Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев встретился в Нью-Йорке с министром
иностранных дел Королевства Швеция Мартином Линдбергом. Стороны обсудили торговлю.

Шведский министр отметил: «Швеция готова поддержать проекты в горных регионах».
"""
    [meeting] = meetings(tmp_path, body)
    swede = next(p for p in meeting.participants if p.country == "Sweden")
    assert [q.speaker for q in meeting.quotes] == [swede.name]


def test_a_premier_named_by_country_is_that_countrys_head_of_government_not_a_deputy_named_later(
    tmp_path: Path,
) -> None:
    # «премьер» alone is the Russian press's word for a prime minister; the guest's deputy, named after him,
    # is of the same country but holds another office.
    body = """---
lang: ru
date: 2026-02-10
---

Премьер-министр Казахстана Олжас Бектенов провел в Астане переговоры
с Премьер-министром Монголии Гомбожавын Занданшатаром.

С монгольской стороны во встрече участвовал заместитель премьер-министра Монголии Батчимэг Мигэддорж.

Новый автомобильный коридор свяжет наши страны через Алтай, — отметил монгольский премьер.
"""
    [meeting] = meetings(tmp_path, body)
    premier = next(p for p in meeting.participants if p.role == "prime minister" and p.country == "Mongolia")
    assert [q.speaker for q in meeting.quotes] == [premier.name]
