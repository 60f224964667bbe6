"""Seats named by the kind of administration they house (the pack's `regional_seats`, meetings/seats.py)."""

from pathlib import Path

from .helpers import meetings


def _place(tmp_path: Path, lang: str, body: str) -> tuple[str | None, str | None, str | None]:
    (found,) = meetings(tmp_path, f"---\nlang: {lang}\ndate: 2026-10-07\n---\n\n{body}\n")
    return found.location.place, found.location.city, found.location.country


def test_a_regional_government_building_is_that_of_the_governors_region(tmp_path: Path) -> None:
    body = (
        "Қостанай облысының әкімі Құмар Ақсақалов Челябі облысының губернаторы Алексей Текслермен кездесті.\n"
        "Кездесу облыс үкіметінің ғимаратында өтті."
    )
    assert _place(tmp_path, "kk", body) == ("Government House of the Chelyabinsk Region", "Chelyabinsk", "Russia")


def test_a_regional_government_house_named_with_its_region_is_not_the_governments_in_astana(tmp_path: Path) -> None:
    body = (
        "Аким Западно-Казахстанской области Нариман Турегалиев встретился с губернатором Оренбургской области "
        "Евгением Солнцевым.\nПереговоры прошли в Доме правительства Оренбургской области."
    )
    assert _place(tmp_path, "ru", body) == ("Government House of the Orenburg Region", "Orenburg", "Russia")


def test_the_governors_house_is_the_governors_though_the_akim_is_named_first(tmp_path: Path) -> None:
    body = (
        "Аким Атырауской области Серик Шапкенов встретился с губернатором Саратовской области Романом Бусаргиным.\n"
        "Встреча прошла в Доме губернатора."
    )
    assert _place(tmp_path, "ru", body) == ("Governor's House", "Saratov", "Russia")


def test_a_hokimiyat_is_that_of_the_region_named_beside_it(tmp_path: Path) -> None:
    body = (
        "В хокимияте Бухарской области аким Туркестанской области Дархан Сатыбалды провел переговоры с хокимом "
        "области Ботиржоном Зариповым."
    )
    assert _place(tmp_path, "ru", body) == ("Bukhara Region hokimiyat", "Bukhara", "Uzbekistan")


def test_a_hokimiyat_of_no_region_known_names_no_venue(tmp_path: Path) -> None:
    body = "Министр энергетики Алмасадам Саткалиев встретился в хокимияте с представителями компании ACWA Power."
    place, _, _ = _place(tmp_path, "ru", body)
    assert place is None


def test_a_cabinet_of_ministers_building_in_the_city_the_sentence_names(tmp_path: Path) -> None:
    body = (
        "Министр иностранных дел Казахстана Ермек Кошербаев встретился с Председателем Кабинета Министров "
        "Кыргызской Республики Адылбеком Касымалиевым.\nВстреча прошла в Бишкеке, в здании Кабинета Министров."
    )
    assert _place(tmp_path, "ru", body) == ("Cabinet of Ministers building", "Bishkek", "Kyrgyzstan")


def test_a_hokimiyat_is_the_khokims_not_the_visiting_akims(tmp_path: Path) -> None:
    body = (
        "Аким Туркестанской области Дархан Сатыбалды встретился с хокимом Бухарской области Ботиржоном Зариповым.\n"
        "Встреча прошла в областном хокимияте."
    )
    assert _place(tmp_path, "ru", body) == ("Bukhara Region hokimiyat", "Bukhara", "Uzbekistan")


def test_the_governors_house_is_not_that_of_the_guests_region_named_before_it(tmp_path: Path) -> None:
    body = (
        "Аким Западно-Казахстанской области Нариман Турегалиев в Доме губернатора встретился с губернатором "
        "Самарской области Вячеславом Федорищевым."
    )
    assert _place(tmp_path, "ru", body) == ("Governor's House", "Samara", "Russia")


def test_a_region_named_before_its_government_building_in_kazakh(tmp_path: Path) -> None:
    body = (
        "Павлодар облысының әкімі Асайын Байханов Новосібір облысы үкіметінің ғимаратында губернатор Андрей "
        "Травниковпен кездесті."
    )
    assert _place(tmp_path, "kk", body) == ("Government House of the Novosibirsk Region", "Novosibirsk", "Russia")


def test_a_government_house_owned_by_a_region_in_kazakh_is_the_regions(tmp_path: Path) -> None:
    body = (
        "Павлодар облысының әкімі Асайын Байханов Омбы облысы Үкімет үйінде губернатор Виталий Хоценкомен келіссөздер "
        "жүргізді."
    )
    assert _place(tmp_path, "kk", body) == ("Government House of the Omsk Region", "Omsk", "Russia")


def test_a_head_of_governments_residence_abroad_is_in_the_city_the_report_names(tmp_path: Path) -> None:
    text = (
        "Президент Кыргызской Республики Садыр Жапаров, находящийся с визитом в Японии, провел переговоры с "
        "Премьер-министром Японии Санаэ Такаити.\n\nПереговоры прошли в резиденции премьер-министра в Токио."
    )
    [meeting] = meetings(tmp_path, f"---\nlang: ru\ndate: 2026-11-20\n---\n\n{text}\n")
    where = meeting.location
    assert (where.place, where.city, where.country) == ("Prime Minister's Official Residence", "Tokyo", "Japan")


def test_the_regional_centre_is_the_seat_city_of_the_akims_region_with_no_venue(tmp_path: Path) -> None:
    body = (
        "Маңғыстау облысының әкімі Нұрдәулет Қилыбай Yildirim Group компаниясының басшысы Роберт Йылдырыммен "
        "кездесті.\n"
        "Кездесу облыс орталығындағы әкімдік ғимаратында өтті."
    )
    assert _place(tmp_path, "kk", body) == (None, "Aktau", "Kazakhstan")


def test_a_day_first_in_its_sentence_names_no_region_of_an_akim(tmp_path: Path) -> None:
    # «Сейсенбіде облыс әкімі»: on Tuesday the region's akim; the region is his own, the gazetteer's.
    (found,) = meetings(
        tmp_path,
        "---\nlang: kk\ndate: 2026-10-07\n---\n\n"
        "Сейсенбіде облыс әкімі Нұрдәулет Қилыбай Yildirim Group компаниясының басшысы Роберт Йылдырымды қабылдады.\n",
    )
    assert [p.role for p in found.participants if p.name == "Nurdaulet Kilybay"] == ["akim of mangystau region"]


def test_the_house_of_soviets_is_the_governors_in_his_regions_seat(tmp_path: Path) -> None:
    text = """---
lang: kk
date: 2026-05-12
---

Ақтөбе облысының әкімі Асхат Шахаров Орынбор облысының губернаторы Евгений Солнцевпен кездесті. Келіссөздер облыс \
үкіметі орналасқан Кеңестер үйінде өтті.
"""
    (meeting,) = meetings(tmp_path, text)
    assert (meeting.location.place, meeting.location.city, meeting.location.country) == (
        "House of Soviets",
        "Orenburg",
        "Russia",
    )
