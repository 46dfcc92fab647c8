"""The search on needs nobody here wrote (issue #10): a guard on the development half of the
blind evaluation set (tests/data/blind; the test half is only reported, by
``python -m bench.search_quality``), and the behaviours tuned on it, on the formal-words
directory written by a helper who never saw the queries."""

from __future__ import annotations

import pytest

from bench.search_quality import BLIND, Resolver, evaluate, read_needs
from melayani_core.search.engine import SearchEngine
from melayani_desk.directory.local import import_path, open_reader


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    data = tmp_path_factory.mktemp("blind")
    import_path(data, BLIND / "directory")
    reader = open_reader(data)
    yield SearchEngine(reader)
    reader.close()


def orgs(engine, text: str) -> list[str]:
    return [r.org.org_id for r in engine.answer(text, prefix=False).results[:3]]


def test_the_development_half_holds(engine):
    needs = [n for n in read_needs(BLIND / "queries.csv") if n.split == "dev"]
    result = evaluate(engine, needs, Resolver(engine.orgs), prefixes=False)
    total = result["total"]
    assert total["n"] > 400
    # floors a little under today's figures: a change that costs more fails here
    assert total["top1_rate"] >= 0.95 and total["top3_rate"] >= 0.975, total
    assert all(k.get("false_112", 0) <= 1 for k in result["by_kind"].values())
    assert not any(k.get("empty") for k in result["by_kind"].values())


def test_the_further_development_sets_hold(engine):
    # queries_dev*.csv: needs by two more blind writers, tuning only (never the test half)
    needs = [n for p in sorted(BLIND.glob("queries_dev*.csv")) for n in read_needs(p)]
    assert {n.split for n in needs} == {"dev2"}
    result = evaluate(engine, needs, Resolver(engine.orgs), prefixes=False)
    total, kinds = result["total"], result["by_kind"]
    assert total["n"] >= 2300
    # 95% / 97.5% before queries_dev8.csv (300 needs, 90% first once tuned) joined them
    assert total["top1_rate"] >= 0.945 and total["top3_rate"] >= 0.97, total
    assert kinds["emergency"]["top1"] >= kinds["emergency"]["n"] - 8, kinds["emergency"]
    assert sum(k.get("false_112", 0) for k in kinds.values()) <= 5
    assert not any(k.get("empty") for k in kinds.values())


def test_an_office_named_inside_another_is_not_that_office(engine):
    # "Satuan Polisi Pamong Praja" says "polisi" only as part of its own name: a robbery
    # now puts the police, not Satpol PP, under 112
    satpol = next(o for o in engine.orgs.values() if "Pamong Praja" in o.name)
    assert "polisi" not in engine.org_offices[satpol.org_id]
    results = engine.answer("ada perampokan toko emas sekarang", prefix=False).results
    assert results[0].kind == "emergency"
    assert "Kepolisian" in results[1].org.name


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("puskesmas", "kind:puskesmas"),  # not "masyarakat di pusat kesehatan hewan"
        ("mas, saya mau bikin wc sehat tapi nggak ada biaya", "kind:puskesmas"),  # tapi: no api
    ],
)
def test_an_abbreviation_is_its_full_name_in_order_and_a_conjunction_no_fire(engine, text, meant):
    answer = engine.answer(text, prefix=False)
    assert answer.results[0].kind != "emergency"
    assert answer.results[0].org.org_id in Resolver(engine.orgs).allowed([meant])


def test_every_emergency_phrase_puts_112_first_plain_slipped_and_padded(engine):
    # bench.emergency_robustness over every phrase of every emergency concept
    from bench.emergency_robustness import emergency_phrases, padded, slipped

    failed = []
    for concept, lang, phrase in emergency_phrases():
        slip = slipped(phrase, engine.kb.known)
        for query in (phrase, slip, padded(phrase)):
            if query is None:
                continue
            results = engine.answer(query, limit=3, prefix=False).results
            if not results or results[0].kind != "emergency":
                failed.append((concept, lang, query))
    assert failed == []


@pytest.mark.parametrize(
    ("text", "meant"),
    [("strke", "stroke"), ("keneng setrom", "kenneng")],  # not STR + -ke, not ke- + neng
)
def test_a_slip_is_not_read_as_an_affix_on_a_word_that_says_nothing(engine, text, meant):
    norm = engine._normalise(text, prefix=False)
    assert norm.slots[0].word == meant
    assert engine.answer(text, prefix=False).results[0].kind == "emergency"


def test_one_112_entry_then_the_agency_that_acts(engine):
    # the blind directory lists 112 once per kind of emergency: one of them is shown
    answer = engine.answer("tolong rumah tetangga kebakaran apinya besar", prefix=False)
    kinds = [r.kind for r in answer.results[:3]]
    assert answer.emergency and kinds[0] == "emergency" and kinds.count("emergency") == 1
    assert "B025" in [r.org.org_id for r in answer.results[1:3]]  # the fire brigade


@pytest.mark.parametrize(
    "text",
    [
        "pelatihan pemadam kebakaran untuk karang taruna",
        "sosialisasi bahaya tanah longsor",
        "rumah saya kena banjir kemarin, ada bantuan",
        "rekomendasi proteksi kebakaran gedung",
        "tikungan dekat pasar sering kecelakaan motor",  # it keeps happening: not now
        "kali ing desaku kerep banjir bandang",
    ],
)
def test_calm_contexts_do_not_call_112(engine, text):
    answer = engine.answer(text, prefix=False)
    assert not answer.emergency
    assert not answer.results or answer.results[0].kind != "emergency"


def test_a_need_said_half_in_madurese_reaches_the_office(engine):
    # jhâlân (jalan) and mate (mati): the street-light office, not the electricity company
    assert orgs(engine, "lampu jhâlân è gang mate la sabulân")[0] == "B018"


def test_a_named_office_comes_first(engine):
    assert orgs(engine, "kantor kecamatan rogojampi")[0] == "B055"
    assert orgs(engine, "periksa anak di puskesmas gitik")[0] == "B037"


def test_an_office_type_said_with_the_place_it_serves(engine):
    # Puskesmas Bajulmati works Kecamatan Wongsorejo; Desa Kemiren lies in Glagah, Paspan's
    assert orgs(engine, "puskesmas è wongsorejo è dimma")[0] == "B046"
    kemiren = "lare isun kenek tipes, puskesmas kang cedhek kemiren nong endi"
    assert orgs(engine, kemiren)[0] == "B044"
    # a word of an office type's longer name ("bantuan": puskesmas pembantu) is not that type
    assert orgs(engine, "sengko' nelayan è muncar, terro nyare bantuan parao")[0] == "B021"


def test_a_danger_still_going_on_is_not_calmed_by_the_past(engine):
    # ongoing.txt: "sejak kemarin" is no past when the hiker has not come down yet
    results = engine.answer("pendaki hilang di gunung raung sejak kemarin belum turun",
                            prefix=False).results  # fmt: skip
    assert results[0].kind == "emergency" and results[1].org.org_id == "B093"
    # a concept's own "not:" words still hold: compensation is no rescue
    calm = engine.answer("santunan nelayan hilang sejak kemarin belum ditemukan", prefix=False)
    assert calm.results[0].kind != "emergency"


def test_outside_needs_give_the_route(engine):
    answer = engine.answer("bikin paspor baru", prefix=False)
    assert answer.route is not None and answer.route.office == "imigrasi"
    assert "Imigrasi" in answer.route.name


def first_two(engine, need):
    results = engine.answer(need, prefix=False).results
    return [r.kind for r in results[:1]] + [r.org.name for r in results[1:3]]


def test_a_theft_is_an_emergency_only_while_it_happens(engine):
    # concepts marked "emergency: now" (now.txt): the thief still there is 112 and the police
    need = "ada maling masuk rumah tetangga sekarang pelakunya masih di sana"
    kind, *under = first_two(engine, need)
    assert kind == "emergency" and any("Kepolisian" in name for name in under)
    kind, *_ = first_two(engine, "suami tetangga sedang memukuli istrinya, teriak teriak")
    assert kind == "emergency"
    # the same concepts without a word of the moment are a report to the police, not 112
    results = engine.answer("rumah saya kemalingan, mau lapor polisi", prefix=False).results
    assert results[0].kind != "emergency" and "Kepolisian" in results[0].org.name
    # and the calm contexts still hold: "mbiyen" (Javanese: long ago)
    results = engine.answer("bojoku mbiyen kena kdrt, saiki butuh pendampingan", prefix=False)
    assert results.results[0].kind != "emergency"


def test_an_emergency_said_with_many_words_between(engine):
    # an emergency phrase's window counts only words that say something ("yang", "itu" not)
    kind, *_ = first_two(engine, "pohonnya yang besar di depan balai desa itu tumbang")
    assert kind == "emergency"


def test_two_emergencies_in_one_need_bring_both_acting_offices(engine):
    # drowned and not breathing: the rescue post and a hospital or puskesmas under 112
    results = engine.answer("anak tenggelam di kolam sudah diangkat tapi tidak bernapas",
                            prefix=False).results  # fmt: skip
    assert results[0].kind == "emergency"
    kinds = [r.org.kind for r in results[1:4]]
    assert "vertical" in kinds and ({"rsud", "puskesmas"} & set(kinds)), kinds


def test_paperwork_after_a_danger_is_no_emergency(engine):
    for need in ("akta kematian bapak yang meninggal kecelakaan",
                 "kula badhe ngurus malih ktp ingkang kobong"):  # fmt: skip
        assert engine.answer(need, prefix=False).results[0].kind != "emergency", need


def test_a_long_story_keeps_the_words_that_name_the_need(engine):
    # twelve words of story come first; the fire is said at the end and still counts
    need = ("tadi saya masak nasi di pawon terus saya tinggal ke warung beli garam, pas pulang "
            "dapurnya penuh asap, api keluar dari kompor dan sekarang merembet ke dinding")
    results = engine.answer(need, prefix=False).results
    assert results[0].kind == "emergency" and results[1].org.org_id == "B025"


def test_a_calm_need_is_not_led_by_112_s_own_words(engine):
    # "kecelakaan" is in 112's own service names; after the fact it is no 112 first
    results = engine.answer("kontrol jahitan kepala bekas kecelakaan kemarin",
                            prefix=False).results  # fmt: skip
    assert results and results[0].kind != "emergency"
