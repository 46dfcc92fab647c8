"""The concept layer: reading concept files, regional morphology, matching needs to concepts."""

from __future__ import annotations

from melayani_core.search.concepts import read_concepts
from melayani_core.search.knowledge import build_knowledge
from melayani_core.search.lexicon import bundled_files
from melayani_core.search.match import match_concepts
from melayani_core.search.morph import known_bases, variants
from melayani_core.search.query import normalise
from melayani_core.search.typo import Vocabulary

OFFICES = """
[dukcapil]
name: Dinas Kependudukan dan Pencatatan Sipil
match: kependudukan pencatatan sipil; dukcapil

[dpu_ck]
name: Dinas Pekerjaan Umum
match: pekerjaan umum

[damkar]
name: Pemadam Kebakaran
match: pemadam kebakaran; damkar

[imigrasi]
name: Kantor Imigrasi
match: imigrasi
authority: central
route: Kantor Imigrasi Banyuwangi
"""

CONCEPTS = """
# a comment
[test.ktp-hilang]
name: KTP hilang
office: dukcapil
ind: ktp hilang; kehilangan ktp
jav: ktp ilang
service: kartu tanda penduduk; ktp-el

[test.jalan-rusak]
name: Jalan rusak
office: dpu_ck
ind: jalan rusak; jalan berlubang
jav: dalan rusak; dalan bolong
service: pemeliharaan jalan

[test.kebakaran]
name: Kebakaran
office: damkar
emergency: yes
not: pelatihan; apar
ind: kebakaran; rumah terbakar
service: pemadaman kebakaran

[test.paspor]
name: Paspor
office: imigrasi
ind: bikin paspor; paspor
service: paspor
"""


def _files(**extra: str) -> dict[str, str]:
    files = {
        "concepts/offices.txt": OFFICES,
        "concepts/test.txt": CONCEPTS,
        "stopwords.txt": "saya\nmau\ndi\nyang\n",
        "words/jav.txt": "dalan\nilang\nlawang\nsumur\n",
    }
    files.update(extra)
    return files


def _norm(text: str, files: dict[str, str] | None = None, prefix: bool = False):  # noqa: ANN202
    kb = build_knowledge(files or _files())
    vocab = Vocabulary([(w, 1) for w in kb.search_words])
    return kb, normalise(text, kb, vocab, lambda _w: False, prefix)


def _top(text: str, **kw) -> list[str]:  # noqa: ANN003
    kb, norm = _norm(text, **kw)
    return [kb.concepts.concepts[h.concept].id for h in match_concepts(norm, kb.concepts)]


def test_reads_concepts_and_offices():
    book = read_concepts(_files())
    assert book.problems == []
    assert [c.id for c in book.concepts] == [
        "test.ktp-hilang",
        "test.jalan-rusak",
        "test.kebakaran",
        "test.paspor",
    ]
    fire = book.concept("test.kebakaran")
    assert fire is not None and fire.emergency and fire.acting == ("damkar",)
    assert book.offices["imigrasi"].authority == "central"
    assert book.concept("test.paspor").authority == "central"  # from its office


def test_malformed_lines_are_reported_and_skipped():
    bad = CONCEPTS + "\nno colon here\n[test.broken]\nname: x\noffice: nowhere\nind: a b\n"
    bad += "[other.wrong-field]\nname: y\noffice: dukcapil\nind: kk baru\n"
    book = read_concepts(_files(**{"concepts/test.txt": bad}))
    text = "\n".join(book.problems)
    assert "concepts/test.txt:" in text
    assert "want 'key: value'" in text
    assert "'nowhere' not in offices.txt" in text
    assert "must be 'test." in text
    assert len(book.concepts) == 4  # the good ones still load


def test_an_emergency_only_while_it_happens_is_read_as_such():
    theft = "\n[test.maling]\nname: Pencurian\noffice: damkar\nemergency: now\nind: maling\n"
    wrong = "\n[test.salah]\nname: Salah\noffice: damkar\nemergency: kadang\nind: salah\n"
    book = read_concepts(_files(**{"concepts/test.txt": CONCEPTS + theft + wrong}))
    c = book.concept("test.maling")
    assert c is not None and c.when_now and not c.emergency and c.acting == ("damkar",)
    assert c.may_be_urgent
    assert any("emergency: want yes, no or now" in p for p in book.problems)
    kept = book.concept("test.salah")  # the line is reported, the concept still loads
    assert kept is not None and not kept.may_be_urgent


def test_an_emergency_window_leaves_out_stop_words():
    tree = "\n[test.pohon]\nname: Pohon\noffice: damkar\nemergency: yes\nind: pohon tumbang\n"
    files = _files(**{"concepts/test.txt": CONCEPTS + tree})
    # "saya yang di mau" say nothing: not counted in an emergency phrase's window
    assert "test.pohon" in _top("pohon saya yang di mau dekat pasar tumbang", files=files)
    far = "pohon besar tua dekat pasar lama kampung sebelah sungai timur tumbang"
    assert "test.pohon" not in _top(far, files=files)  # nine words between: two needs
    # a need that is no emergency keeps the plain window
    assert "test.jalan-rusak" not in _top("jalan saya yang di mau dekat pasar rusak", files=files)
    assert "test.jalan-rusak" in _top("jalan dekat pasar rusak", files=files)


def test_phrase_words_in_any_order_with_words_between():
    assert _top("hilang ktp saya")[0] == "test.ktp-hilang"
    assert _top("jalan di depan rumah yang rusak parah")[0] == "test.jalan-rusak"


def test_regional_suffixes_reach_the_base():
    assert "dalan" in known_bases("dalane", lambda w: w == "dalan")
    assert "dalan" in known_bases("dalanku", lambda w: w == "dalan")
    assert "lawang" in variants("lawange")
    assert "sumur" in variants("sumure")
    assert "gawe" in variants("nggawe")
    assert "suwun" in variants("nyuwun")
    assert "bayar" in variants("mbayar")
    assert "urus" in variants("diurus")
    assert _top("dalane rusak")[0] == "test.jalan-rusak"


def test_madurese_aspirated_consonants_reach_the_plain_base():
    # Madurese writes aspirated consonants bh, dh, jh, gh: jhâlân is jalan, bhâdhân badan
    assert variants("jhalan")[0] == "jalan"
    assert "badan" in variants("bhadhan")
    assert "jalan" in known_bases("jhalane", lambda w: w == "jalan")


def test_a_regional_word_meets_the_concepts_indonesian_phrase():
    # a need said half in Madurese: the lexicon's one-word meaning (dalan: jalan) is a form
    # of the word, so the Indonesian phrase "jalan rusak" is met without a Madurese phrase
    files = _files(**{"synonyms.tsv": "dalan\tjalan\tjav\nmati\tmeninggal;padam\tsynonym\n"})
    kb, norm = _norm("dalan kampung rusak", files)
    assert "jalan" in norm.slots[0].forms
    # only a regional word with exactly one meaning: an Indonesian synonym is no translation
    kb, norm = _norm("lampu mati", files)
    assert "tinggal" not in norm.slots[1].forms and "meninggal" not in norm.slots[1].forms


def test_madurese_glottal_stop_is_not_a_stop_word():
    kb, norm = _norm(
        "ana' sengko' sakek",
        _files(**{"stopwords.txt": "ana\nsengko\n", "words/ind.txt": "anak\n"}),
    )
    words = [s.word for s in norm.slots if not s.stop]
    assert "anak" in words  # ana' is "child", not Javanese "ana" (there is)


def test_a_real_word_is_not_corrected():
    kb, norm = _norm(
        "tanam padi", _files(**{"words/ind.txt": "tanam\npadi\n", "concepts/x.txt": ""})
    )
    assert norm.corrections() == {}


def test_a_non_word_is_corrected_and_still_matches():
    kb, norm = _norm("kebakran")
    assert norm.corrections() == {"kebakran": "kebakaran"}
    assert _top("kebakran")[0] == "test.kebakaran"


def test_negative_context_drops_the_concept():
    assert "test.kebakaran" not in _top("pelatihan apar kebakaran")


def test_completion_while_typing():
    kb, norm = _norm("pasp", prefix=True)
    assert norm.slots[-1].prefix
    assert _top("pasp", prefix=True)[:1] == ["test.paspor"]


def test_bundled_concepts_load_without_problems():
    kb = build_knowledge(bundled_files())
    assert kb.problems == []
    assert len(kb.words) > 40_000
