import hashlib
import json

import pytest

from tools.devset_split import SPLIT_FILE, build_split, files_of, load_split, split_new_files


def test_stored_blind_part_is_what_the_hash_rule_gives():
    stored = load_split()
    new = stored["tune"] + stored["blind"]
    ordered = sorted(new, key=lambda name: hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest())
    assert sorted(stored["blind"]) == sorted(ordered[: len(new) // 3])
    assert split_new_files(new) == (sorted(stored["tune"]), sorted(stored["blind"]))


def test_parts_are_disjoint_names_only():
    stored = load_split()
    names = [n for part in stored.values() for n in part]
    assert len(names) == len(set(names))
    assert all(name.endswith(".txt") and "/" not in name for name in names)
    assert len(stored["blind"]) == (len(stored["tune"]) + len(stored["blind"])) // 3
    assert "rule" in json.loads(SPLIT_FILE.read_text(encoding="utf-8"))


def test_split_does_not_depend_on_input_order():
    files = [f"{n:03d}.txt" for n in range(30)]
    first = build_split(files, files[:5])
    second = build_split(list(reversed(files)), files[:5])
    assert first == second
    assert first["known"] == files[:5]
    assert len(first["blind"]) == 8 and not set(first["blind"]) & set(first["known"])


def test_unknown_part_is_refused():
    with pytest.raises(ValueError, match="secret"):
        files_of(["secret"])
