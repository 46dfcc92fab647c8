"""The need-search lexicon files and the query expansion built on them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from melayani_core.search.lexicon import (
    KINDS,
    Lexicon,
    emergency_words,
    expand,
    fold_spelling,
    load_lexicon,
    read_lexicon,
    tokenize,
)
from melayani_desk.paths import resource

FOLDER = resource("lexicon")
SAFE = re.compile(r"^[a-z0-9]+$")

DESIGN_ABBREVIATIONS = (
    "ktp kk kia skck bpjs kis pbi pkh bpnt dtks kip pip nib oss pbg imb slf pbb bphtb sppt "
    "pju pkl umkm bumdes asn pns ak1 pmi tki kdrt odgj"
).split()


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def _alts(terms) -> set[str]:
    return {" ".join(p) for t in terms for p in t.alternatives}


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (FOLDER / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


# --- tokenize ----------------------------------------------------------------------------


def test_tokenize_basics() -> None:
    assert tokenize("Mau bikin E-KTP, gimana?") == ["mau", "bikin", "e", "ktp", "gimana"]
    assert tokenize("sengko' sakè' bâdhâ") == ["sengko", "sake", "badha"]
    assert tokenize("Jum\u2019at 12-03-2024 AK1") == ["jumat", "12", "03", "2024", "ak1"]
    assert tokenize("") == []


@pytest.mark.parametrize(
    "text",
    [
        '"NEAR(a b)" * OR -',
        "ktp AND kk NOT ^col:x {a} [b] (c) 'd' \"e\" f* -g +h",
        "🔥🚑 kebakaran 🙏🏽 ‼️",
        "\x00\x1b[31m\u200b\u202e\ufeff",
        "ＫＴＰ ﬁle ǅ İstanbul ß",
        "کارت 身份证 паспорт",
        "a" * 10_000,
        "ktp " * 2_500,
    ],
)
def test_tokenize_gives_only_safe_tokens(text: str) -> None:
    for token in tokenize(text):
        assert SAFE.match(token), token


def test_tokenize_fts_syntax_is_plain_words() -> None:
    assert tokenize('"NEAR(a b)" * OR -') == ["near", "a", "b", "or"]


# --- files -------------------------------------------------------------------------------


def test_every_synonym_line_is_well_formed(lex: Lexicon) -> None:
    rows = _rows("synonyms.tsv")
    assert len(rows) >= 370
    kinds = {row[2] for row in rows}
    assert kinds <= KINDS
    assert {"abbr", "synonym", "jav", "osi", "mad"} <= kinds
    for row in rows:
        assert len(row) == 3, row
        term, expansions, _ = row
        assert term == " ".join(tokenize(term)), term
        folded = tuple(fold_spelling(tokenize(term), lex))
        for part in expansions.split(";"):
            assert part.strip(), row
            assert tuple(fold_spelling(tokenize(part), lex)) != folded, row


def test_no_expansion_equals_its_term(lex: Lexicon) -> None:
    for term, expansions in lex.synonyms.items():
        assert expansions
        assert term not in expansions


def test_design_abbreviations_covered(lex: Lexicon) -> None:
    for abbr in DESIGN_ABBREVIATIONS:
        assert (abbr,) in lex.synonyms, abbr


def test_regional_words_present() -> None:
    counts: dict[str, int] = {}
    for row in _rows("synonyms.tsv"):
        counts[row[2]] = counts.get(row[2], 0) + 1
    assert counts["abbr"] >= 200
    assert counts["jav"] + counts["osi"] + counts["mad"] >= 90


def test_stopwords_do_not_hide_needs(lex: Lexicon) -> None:
    for word in ["buat", "urus", "baru", "bantu", "ktp", "kk", "sakit", "mati", "ilang"]:
        assert word not in lex.stopwords, word
    single_terms = {t[0] for t in lex.synonyms if len(t) == 1}
    assert not (single_terms & lex.stopwords)
    for word in ["mau", "saya", "tolong", "gimana", "kulo", "isun", "riko", "sengko", "badha"]:
        assert word in lex.stopwords, word


def test_spelling_has_no_chains(lex: Lexicon) -> None:
    assert len(lex.spelling) >= 40
    for variant, canonical in lex.spelling.items():
        assert canonical not in lex.spelling, variant
    assert fold_spelling(["akte", "ijin", "sertipikat", "praktek", "pasport"], lex) == [
        "akta", "izin", "sertifikat", "praktik", "paspor",
    ]


def test_emergency_list(lex: Lexicon) -> None:
    for word in ["kebakaran", "kecelakaan", "tenggelam", "darurat", "kobong", "kelelep"]:
        assert word in lex.emergency
    assert ("banjir", "bandang") in lex.emergency_phrases
    assert emergency_words(tokenize("tolong ada banjir bandang di desa"), lex) == [
        "banjir bandang"
    ]
    assert emergency_words(tokenize("ktp ilang"), lex) == []
    for word in ["ktp", "hilang", "banjir", "sakit"]:
        assert word not in lex.emergency


# --- expand ------------------------------------------------------------------------------


def test_expand_ktp_ilang(lex: Lexicon) -> None:
    terms = expand(tokenize("ktp ilang"), lex)
    assert [t.text for t in terms] == ["ktp", "ilang"]
    alts = _alts(terms)
    assert "hilang" in alts
    assert "kartu tanda penduduk" in alts
    assert terms[0].alternatives[0] == ("ktp",)  # the typed words come first


def test_expand_bikin_akte_lahir(lex: Lexicon) -> None:
    terms = expand(tokenize("bikin akte lahir anak"), lex)
    assert [t.text for t in terms] == ["bikin", "akta lahir", "anak"]
    alts = _alts(terms)
    assert "akta kelahiran" in alts
    assert "buat" in alts


def test_phrase_matched_longest_first(lex: Lexicon) -> None:
    terms = expand(tokenize("ada orang gila di desa saya"), lex)
    assert [t.text for t in terms] == ["ada", "orang gila", "di", "desa", "saya"]
    assert ("odgj",) in terms[1].alternatives
    assert [t.is_stop for t in terms] == [True, False, True, False, True]
    e_ktp = expand(tokenize("bikin e-ktp"), lex)
    assert [t.text for t in e_ktp] == ["bikin", "e ktp"]


def test_stopword_inside_phrase_is_kept(lex: Lexicon) -> None:
    terms = expand(tokenize("keluarga tidak mampu"), lex)
    assert [(t.text, t.is_stop) for t in terms] == [
        ("keluarga", False), ("tidak mampu", False),
    ]
    assert [t.is_stop for t in expand(tokenize("tidak"), lex)] == [True]


def test_regional_queries(lex: Lexicon) -> None:
    cases = {
        "nggawe kk": "buat",
        "dalan rusak": "jalan",
        "banyu keruh": "air",
        "banyu mati": "air mati",
        "golek gawean": "lowongan kerja",
        "lara panas": "sakit",
        "omah kobong": "rumah",
        "pegatan": "cerai",
        "lare sekolah": "anak",
        "aeng bersih": "air",
        "bengko rusak": "rumah",
    }
    for query, wanted in cases.items():
        assert wanted in _alts(expand(tokenize(query), lex)), query
    assert {"mati", "padam", "meninggal"} <= _alts(expand(["mati"], lex))
    assert "listrik padam" in _alts(expand(["listrik", "mati"], lex))


def test_expansion_is_one_level(lex: Lexicon) -> None:
    # ilang -> hilang, and hilang is not expanded further through another entry
    (term,) = expand(["ilang"], lex)
    assert term.alternatives == (("ilang",), ("hilang",))


def test_expand_folds_spelling_and_accepts_a_string(lex: Lexicon) -> None:
    terms = expand("Ijin usaha warung", lex)
    assert terms[0].text == "izin"
    assert "usaha mikro" in _alts(terms)


def test_expand_empty(lex: Lexicon) -> None:
    assert expand([], lex) == []


def test_alternatives_are_safe_tokens(lex: Lexicon) -> None:
    for term, expansions in lex.synonyms.items():
        for phrase in (term, *expansions):
            assert phrase and all(SAFE.match(w) for w in phrase)
    assert lex.max_term_words == max(len(t) for t in lex.synonyms)


# --- loading -----------------------------------------------------------------------------


def test_loading_is_cached() -> None:
    assert load_lexicon() is load_lexicon()
    assert load_lexicon(FOLDER) is load_lexicon()


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "lexicon"
    shutil.copytree(FOLDER, folder)
    return folder


def test_merges_repeated_terms(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    with open(folder / "synonyms.tsv", "a", encoding="utf-8") as fh:
        fh.write("ilang\tsirna\tsynonym\nilang\thilang\tsynonym\n")
    lex = read_lexicon(folder)
    assert lex.synonyms[("ilang",)] == [("hilang",), ("sirna",)]


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("synonyms.tsv", "ktp\tkartu tanda penduduk\n", "synonyms.tsv:"),
        ("synonyms.tsv", "ktp\tkartu tanda penduduk\tslang\n", "kind"),
        ("synonyms.tsv", "ktp\t;\tabbr\n", "synonyms.tsv:"),
        ("synonyms.tsv", "!!!\tkartu\tabbr\n", "synonyms.tsv:"),
        ("spelling.tsv", "akte\takta\textra\n", "spelling.tsv:"),
        ("spelling.tsv", "two words\tone\n", "spelling.tsv:"),
        ("spelling.tsv", "akte\takta lahir\n", "spelling.tsv:"),
        ("spelling.tsv", "izin\tidzin\n", "spelling.tsv"),
        ("stopwords.txt", "di mana\n", "stopwords.txt:"),
        ("stopwords.txt", "mau\tingin\n", "stopwords.txt:"),
        ("emergency.txt", "kebakaran\trumah\n", "emergency.txt:"),
    ],
)
def test_malformed_line_is_reported_and_skipped(
    tmp_path: Path, name: str, line: str, message: str
) -> None:
    """A bad line names its file and line, is skipped, and never disables the rest."""
    folder = _copy(tmp_path)
    path = folder / name
    count = len(path.read_text(encoding="utf-8").splitlines())
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)
    lex = read_lexicon(folder)
    assert any(message in p for p in lex.problems), lex.problems
    if message.endswith(":"):
        assert any(f"{name}:{count + 1}" in p for p in lex.problems), lex.problems
    good = read_lexicon(FOLDER)
    assert lex.synonyms.keys() >= good.synonyms.keys() - {("ktp",)}
    assert lex.stopwords >= good.stopwords
    with pytest.raises(ValueError, match=re.escape(message)):
        read_lexicon(folder, strict=True)


def test_comments_blank_lines_and_bom_allowed(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "stopwords.txt"
    path.write_text("\ufeff# comment\n\n   \nmau\r\n", encoding="utf-8")
    assert read_lexicon(folder).stopwords == frozenset({"mau"})


def test_check_folder_reports_problems(tmp_path: Path) -> None:
    from melayani_core.search.lexicon import check_folder

    assert check_folder() == []
    folder = _copy(tmp_path)
    assert check_folder(folder) == []
    with open(folder / "stem_exceptions.tsv", "a", encoding="utf-8") as fh:
        fh.write("rusak\n")
    (problem,) = check_folder(folder)
    assert "stem_exceptions.tsv:" in problem
