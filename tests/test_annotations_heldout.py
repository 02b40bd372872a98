"""Each held-out set, scored blind once when it was written, kept as a floor a little under what the
extractor reached after the fixes that followed it (so that later work cannot silently undo them)."""

from __future__ import annotations

import pytest
from annotation_scores import HERE, detailed

# set -> (people F1, quotes F1, speaker right, numbers F1)
FLOORS = {
    "heldout_round2.json": (0.96, 0.97, 0.97, 0.95),
    "heldout_round2b.json": (0.94, 0.97, 0.97, 0.96),
    "heldout_round3.json": (0.97, 0.97, 0.97, 0.96),
    "heldout_round4.json": (0.97, 0.97, 0.95, 0.96),
    "heldout_round5.json": (0.97, 0.97, 0.95, 0.96),
    "heldout_round6.json": (0.97, 0.97, 0.95, 0.96),
    "heldout_round7.json": (0.97, 0.97, 0.96, 0.97),
    "heldout_round8.json": (0.97, 0.97, 0.96, 0.97),
    "heldout_round9.json": (0.97, 0.97, 0.96, 0.95),
    "heldout_round10.json": (0.97, 0.97, 0.95, 0.95),
    "heldout_round11.json": (0.97, 0.97, 0.89, 0.97),
}
# Sets whose annotators spelt names and descriptions their own way ("A senior EU diplomat", "Zelenskyy"):
# scored as tests/real_annotations.py matches names.
LENIENT = {
    "heldout_round12.json": (0.94, 0.96, 0.86, 0.93),
    "heldout_round13.json": (0.90, 0.95, 0.91, 0.90),
    "heldout_round14.json": (0.93, 0.96, 0.85, 0.93),
    "heldout_round15.json": (0.94, 0.93, 0.89, 0.91),
    "heldout_round16.json": (0.95, 0.96, 0.87, 0.92),
    "heldout_round17.json": (0.96, 0.95, 0.94, 0.94),
    "heldout_round18.json": (0.95, 0.96, 0.89, 0.95),
    "heldout_round19.json": (0.95, 0.96, 0.83, 0.90),
    # (this set's annotator left a Q&A's unmarked answers out; rounds 31 and 38 count them, as ukr-tui does)
    "heldout_round20.json": (0.93, 0.94, 0.80, 0.88),
    "heldout_round21.json": (0.97, 0.98, 0.89, 0.89),
    "heldout_round22.json": (0.97, 0.96, 0.84, 0.89),
    # (this set's annotator listed unmarked interview answers as quotes and vote tallies as counts)
    "heldout_round23.json": (0.95, 0.94, 0.87, 0.83),
    "heldout_round24.json": (0.96, 0.98, 0.88, 0.94),
    "heldout_round25.json": (0.95, 0.96, 0.90, 0.90),
    "heldout_round26.json": (0.95, 0.96, 0.90, 0.97),
    "heldout_round27.json": (0.94, 0.96, 0.84, 0.97),
    "heldout_round28.json": (0.96, 0.97, 0.93, 0.94),
    "heldout_round29.json": (0.96, 0.98, 0.85, 0.97),
    "heldout_round30.json": (0.96, 0.98, 0.85, 0.97),
    # (round 31 counts a transcript's "Name: ..." turns as quotes, which ukr-tui reads as its speakers' now)
    "heldout_round31.json": (0.96, 0.96, 0.89, 0.94),
    "heldout_round32.json": (0.95, 0.97, 0.91, 0.97),
    # (round 36's annotators wrote counted nouns in the singular and tagged bare weekdays as dates)
    "heldout_round36.json": (0.96, 0.97, 0.94, 0.73),
    "heldout_round37.json": (0.96, 0.98, 0.92, 0.90),
    "heldout_round38.json": (0.98, 0.96, 0.90, 0.90),
    "heldout_round39.json": (0.97, 0.98, 0.96, 0.94),
    "heldout_round40.json": (0.95, 0.98, 0.89, 0.95),
    "heldout_round41.json": (0.96, 0.97, 0.92, 0.96),
    "heldout_round42.json": (0.95, 0.98, 0.87, 0.95),
    "heldout_round43.json": (0.97, 0.98, 0.88, 0.95),
    "heldout_round44.json": (0.96, 0.98, 0.89, 0.94),
    "heldout_round45.json": (0.98, 0.98, 0.90, 0.95),
    "heldout_round46.json": (0.97, 0.98, 0.92, 0.97),
    "heldout_round47.json": (0.98, 0.98, 0.92, 0.98),
    "heldout_round48.json": (0.98, 0.98, 0.90, 0.95),
    "heldout_round49.json": (0.98, 0.98, 0.90, 0.96),
    "heldout_round50.json": (0.98, 0.98, 0.92, 0.94),
    "heldout_round51.json": (0.98, 0.98, 0.95, 0.94),
    "heldout_round52.json": (0.97, 0.98, 0.88, 0.92),
    "heldout_round53.json": (0.99, 0.99, 0.92, 0.97),
    "heldout_round54.json": (0.98, 0.99, 0.91, 0.97),
    "heldout_round55.json": (0.97, 0.99, 0.90, 0.94),
    "heldout_round56.json": (0.97, 0.99, 0.93, 0.96),
    "heldout_round57.json": (0.96, 0.99, 0.93, 0.94),
    "heldout_round58.json": (0.96, 0.99, 0.90, 0.95),
    "heldout_round59.json": (0.98, 0.99, 0.94, 0.96),
    "heldout_round60.json": (0.99, 0.99, 0.93, 0.96),
    # (round 61's annotators wrote a count's whole noun phrase as its unit, "prisoners of war", "Russian
    # banks", where ukr-tui and the earlier rounds keep the counted noun, "prisoners", "banks")
    "heldout_round61.json": (0.98, 0.99, 0.94, 0.90),
    "heldout_round62.json": (0.99, 0.99, 0.95, 0.95),
    "heldout_round63.json": (0.99, 0.99, 0.92, 0.96),
    "heldout_round64.json": (0.98, 0.99, 0.90, 0.94),
    "heldout_round65.json": (0.98, 0.99, 0.94, 0.95),
}
# The same pages through the cleaner first, as `ukr-tui extract` reads them: boilerplate out, the people
# of removed bylines and photo credits kept as credits.
CLEANED = {
    "heldout_round19.json": (0.95, 0.97, 0.81, 0.88),
    "heldout_round20.json": (0.95, 0.94, 0.80, 0.89),
    "heldout_round21.json": (0.98, 0.98, 0.89, 0.89),
    "heldout_round22.json": (0.97, 0.96, 0.84, 0.89),
    "heldout_round23.json": (0.95, 0.94, 0.87, 0.83),
}


CASES = (
    [(name, FLOORS[name], False, False) for name in sorted(FLOORS)]
    + [(name, LENIENT[name], True, False) for name in sorted(LENIENT)]
    + [(name, CLEANED[name], True, True) for name in sorted(CLEANED)]
)


@pytest.mark.parametrize(("name", "floor", "lenient", "cleaned"), CASES)
def test_held_out_set_stays_above_its_floor(
    name: str, floor: tuple[float, float, float, float], lenient: bool, cleaned: bool
) -> None:
    people, quotes, speaker, numbers = floor
    got = detailed([HERE / name], lenient=lenient, cleaned=cleaned)
    assert got["people_duplicates"] == 0
    assert got["people_f1"] >= people
    assert got["quotes_f1"] >= quotes
    assert got["speaker_right"] >= speaker
    assert got["numbers_f1"] >= numbers
