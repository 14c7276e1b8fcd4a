from documents.vietnamese.segment import COMPOUND_JOINER, compound_words, segment


def test_segmentation_keeps_lines_and_joins_compound_syllables():
    segmented = segment("Cải cách hành chính còn chậm.\n\nBan Thường vụ họp.")
    lines = segmented.split("\n")
    assert len(lines) == 3 and lines[1] == ""
    assert "Cải_cách" in lines[0] and "hành_chính" in lines[0]


def test_underscores_in_the_source_are_not_mistaken_for_compounds():
    # "họp sáng" is two words; written with an underscore it must not come back as one.
    assert segment("họp_sáng") == "họp sáng"
    assert COMPOUND_JOINER not in segment("file_name_2023.txt")


def test_compound_words_reads_the_stored_form():
    assert compound_words("Cải_cách hành_chính còn chậm .") == ["Cải cách", "hành chính"]
