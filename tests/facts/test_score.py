"""The scorer's own rules: what counts as a spelling-only miss."""

from tests.facts.score import Tally


def test_a_name_spelled_another_way_is_a_miss_and_counted_as_spelling_only():
    tally = Tally()
    tally.add(
        "participants",
        [("alexei overchuk", "deputy prime minister", "russia", False)],
        [("alexey overchuk", "deputy prime minister", "russia", False)],
        "report meeting 1",
    )
    assert (tally.tp["participants"], tally.fp["participants"], tally.fn["participants"]) == (0, 1, 1)
    assert tally.spelling_only == 1


def test_another_person_or_another_role_is_not_a_spelling():
    tally = Tally()
    tally.add(
        "participants",
        [("akylbek japarov", "prime minister", "kyrgyzstan", False),
         ("maxime prevot", "minister", "belgium", True)],
        [("sadyr japarov", "prime minister", "kyrgyzstan", False),
         ("maxime prévot", "minister of foreign affairs", "belgium", True)],
        "report meeting 1",
    )  # fmt: skip
    assert tally.spelling_only == 0
