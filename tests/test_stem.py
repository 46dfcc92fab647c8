"""The dictionary-free Indonesian stemmer (after Tala, 2003) on public-service words."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from melayani_core.search.stem import exceptions_path, load_exceptions, stem, syllables

PAIRS = [
    # documents and civil registration
    ("menerbitkan", "terbit"),
    ("diterbitkan", "terbit"),
    ("penerbitan", "terbit"),
    ("pembuatan", "buat"),
    ("dibuatkan", "buat"),
    ("pengurusan", "urus"),
    ("mengurus", "urus"),
    ("perpanjangan", "panjang"),
    ("diperpanjang", "panjang"),
    ("mendaftar", "daftar"),
    ("pendaftaran", "daftar"),
    ("terdaftar", "daftar"),
    ("kehilangan", "hilang"),
    ("penggantian", "ganti"),
    ("kepindahan", "pindah"),
    ("perpindahan", "pindah"),
    ("kedatangan", "datang"),
    ("kelahiran", "lahir"),
    ("melahirkan", "lahir"),
    ("kematian", "mati"),
    ("meninggal", "mati"),
    ("kependudukan", "penduduk"),
    ("menikah", "nikah"),
    ("pernikahan", "nikah"),
    ("perkawinan", "kawin"),
    ("perceraian", "cerai"),
    ("persyaratan", "syarat"),
    ("keterangan", "terang"),
    ("perizinan", "izin"),
    ("permohonan", "mohon"),
    ("pemeriksaan", "periksa"),
    ("memeriksa", "periksa"),
    # repair, complaints, reports
    ("diperbaiki", "baik"),
    ("perbaikan", "baik"),
    ("memperbaiki", "baik"),
    ("kerusakan", "rusak"),
    ("pengaduan", "adu"),
    ("melaporkan", "lapor"),
    ("laporan", "lapor"),
    ("ditolak", "tolak"),
    ("penolakan", "tolak"),
    ("keluhan", "keluh"),
    # social, health
    ("bantuan", "bantu"),
    ("pelayanan", "layan"),
    ("melayani", "layan"),
    ("pengobatan", "obat"),
    ("berobat", "obat"),
    ("penyakit", "sakit"),
    ("kesehatan", "sehat"),
    ("bersalin", "salin"),
    ("persalinan", "salin"),
    ("perawatan", "rawat"),
    ("dirawat", "rawat"),
    ("kemiskinan", "miskin"),
    ("kesejahteraan", "sejahtera"),
    ("pendidikan", "didik"),
    ("pelatihan", "latih"),
    ("belajar", "ajar"),
    ("pelajaran", "ajar"),
    ("bekerja", "kerja"),
    ("pekerjaan", "kerja"),
    # emergencies, disasters
    ("kebakaran", "bakar"),
    ("terbakar", "bakar"),
    ("kecelakaan", "celaka"),
    ("tabrakan", "tabrak"),
    ("tenggelam", "tenggelam"),
    ("keracunan", "racun"),
    ("penanggulangan", "tanggulang"),
    # economy, farming, fishing
    ("pertanian", "tani"),
    ("petani", "tani"),
    ("peternakan", "ternak"),
    ("perikanan", "ikan"),
    ("pedagang", "dagang"),
    ("perdagangan", "dagang"),
    ("perpajakan", "pajak"),
    ("pembayaran", "bayar"),
    ("pengelolaan", "kelola"),
    ("penyaluran", "salur"),
    ("menyelesaikan", "selesai"),
    ("pengairan", "air"),
    ("perumahan", "rumah"),
    ("permukiman", "mukim"),
    ("pemerintah", "perintah"),
    # particles and possessives
    ("anaknya", "anak"),
    ("ktpnya", "ktp"),
    ("kknya", "kk"),
    ("persyaratannya", "syarat"),
    ("sekolahnya", "sekolah"),
    ("rumahku", "rumah"),
    ("berlaku", "laku"),
    ("pelaku", "laku"),
]

UNCHANGED = [
    # roots the rules could break, abbreviations, digits, short words
    "keluarga", "kepala", "ketua", "kembali", "sekolah", "masalah", "jumlah", "bupati",
    "sampai", "informasi", "imunisasi", "sertifikat", "paspor", "pajak", "akta", "desa",
    "dinas", "nelayan", "menteri", "penting", "pensiun", "berkas", "bersih", "dinding",
    "terima", "penghulu", "peserta", "diare", "disabilitas", "perempuan", "ktp", "skck",
    "bphtb", "ak1", "2024", "kk", "sim", "rt", "ibu", "bpjs", "umkm", "bumdes",
]


@pytest.mark.parametrize(("word", "root"), PAIRS)
def test_public_service_words(word: str, root: str) -> None:
    assert stem(word) == root


@pytest.mark.parametrize("word", UNCHANGED)
def test_words_kept(word: str) -> None:
    assert stem(word) == word


def test_rules_alone_without_exceptions(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules, not only the table, get the common derivations right."""
    from melayani_core.search import stem as module

    monkeypatch.setattr(module, "_exceptions", dict)
    module.stem.cache_clear()
    try:
        for word, root in [
            ("menerbitkan", "terbit"), ("pembuatan", "buat"), ("pengurusan", "urus"),
            ("perpanjangan", "panjang"), ("kehilangan", "hilang"), ("perbaikan", "baik"),
            ("diperbaiki", "baik"), ("persyaratan", "syarat"), ("penyakit", "sakit"),
            ("kecelakaan", "celaka"), ("pertanian", "tani"), ("pengaduan", "adu"),
            ("pemeriksaan", "periksa"), ("penanganan", "tangan"), ("kebijakan", "bijak"),
        ]:
            assert module.stem(word) == root, word
        assert module.stem("keluarga") == "keluarga"  # ke- only with -an
    finally:
        module.stem.cache_clear()


def test_never_too_short() -> None:
    words = [w for w, _ in PAIRS] + ["beras", "berat", "perlu", "pergi", "makan", "ikan"]
    for word in words:
        root = stem(word)
        if root in {"ktp", "kk"}:
            continue  # abbreviations keep their own length
        assert len(root) >= 3
        assert root == word or syllables(root) >= 2


def test_short_and_odd_input_unchanged() -> None:
    for word in ["", "a", "dia", "anak", "nya", "k3", "x2024", "pbb", "ktp2"]:
        assert stem(word) == word


def test_syllables() -> None:
    assert syllables("baik") == 2
    assert syllables("sampai") == 2
    assert syllables("air") == 2
    assert syllables("ktp") == 0


def test_cached_and_fast() -> None:
    words = [w for w, _ in PAIRS] * 20
    for w in words:
        stem(w)
    start = time.perf_counter()
    for w in words:
        stem(w)
    per_word = (time.perf_counter() - start) / len(words)
    assert per_word < 20e-6  # target ~3 us warm; generous for slow CI machines
    assert stem.cache_info().maxsize == 100_000


def test_exception_file_is_valid_and_consistent() -> None:
    table = load_exceptions()
    assert len(table) >= 100
    for word, root in table.items():
        assert stem(word) == root
        assert len(root) <= len(word) or word == root, word


def test_malformed_exception_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "stem_exceptions.tsv"
    bad.write_text("# comment\nkerusakan\trusak\nmenikah nikah\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"stem_exceptions\.tsv:3"):
        load_exceptions(bad)
    bad.write_text("Kerusakan\trusak\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r":1"):
        load_exceptions(bad)


def test_default_exceptions_path_is_a_resource() -> None:
    path = exceptions_path()
    assert path.name == "stem_exceptions.tsv"
    assert path.parent.name == "lexicon"
    assert path.is_file()
