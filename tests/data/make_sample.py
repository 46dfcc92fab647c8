"""Generate the bundled SAMPLE directory (DATA CONTOH) and the search query table.

Run:  python tests/data/make_sample.py
Writes resources/sample/{organizations,services,contacts,settings}.csv and
tests/data/search_queries.csv. Deterministic (fixed seed): re-running reproduces the files exactly.

All names of people and all personal/office phone numbers are INVENTED. Every invented number
contains the block "0000" so it is visibly fake. Only "112" (the national emergency number) is real.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
TESTDATA = ROOT / "tests" / "data"

ORG_COLS = ["org_id", "name", "short_name", "kind", "parent_id", "address", "phone", "whatsapp",
            "email", "website", "hours", "authority_note", "description", "aliases"]
SVC_COLS = ["service_id", "org_id", "name", "category", "keywords", "description", "requirements",
            "fee", "duration", "authority", "authority_note", "online_url", "area"]
CON_COLS = ["contact_id", "org_id", "name", "position", "level", "whatsapp", "phone", "email",
            "hours", "languages", "service_ids", "area"]
Q_COLS = ["query", "expected_org_id", "expected_service_id", "kind"]

rng = random.Random(20240611)

# --------------------------------------------------------------------------------------------
# invented phone numbers
# --------------------------------------------------------------------------------------------
MOBILE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0858",
                   "0877", "0878", "0896", "0838"]
_used_mobiles: set[str] = set()


def mobile() -> str:
    """An invented Indonesian mobile number of the form 08xx-0000-nnnn in a random common shape."""
    while True:
        p = rng.choice(MOBILE_PREFIXES)
        tail = f"{rng.randrange(1000, 10000)}"
        key = p + tail
        if key not in _used_mobiles:
            _used_mobiles.add(key)
            break
    shape = rng.randrange(5)
    if shape == 0:
        return f"{p}-0000-{tail}"
    if shape == 1:
        return f"{p}0000{tail}"
    if shape == 2:
        return f"+62 {p[1:]} 0000 {tail}"
    if shape == 3:
        return f"62{p[1:]}-0000-{tail}"
    return f"{p} 0000 {tail}"


_landline_seq = iter(range(1, 100))


def landline() -> str:
    """An invented Banyuwangi (0333) office number: 7 digits 40000nn."""
    n = f"40000{next(_landline_seq):02d}"
    shape = rng.randrange(4)
    if shape == 0:
        return f"(0333) {n}"
    if shape == 1:
        return f"0333-{n}"
    if shape == 2:
        return f"0333 {n}"
    return f"+62 333 {n}"


# --------------------------------------------------------------------------------------------
# organizations
# --------------------------------------------------------------------------------------------
KECAMATAN = ["Banyuwangi", "Giri", "Glagah", "Kalipuro", "Licin", "Wongsorejo", "Kabat",
             "Rogojampi", "Songgon", "Singojuruh", "Srono", "Muncar", "Cluring", "Purwoharjo",
             "Tegaldlimo", "Gambiran", "Bangorejo", "Siliragung", "Pesanggaran", "Genteng",
             "Tegalsari", "Sempu", "Glenmore", "Kalibaru", "Blimbingsari"]
OSING_AREAS = {"Banyuwangi", "Giri", "Glagah", "Kalipuro", "Licin", "Kabat", "Rogojampi",
               "Songgon", "Singojuruh", "Srono", "Cluring", "Blimbingsari"}
MADURA_AREAS = {"Wongsorejo", "Kalipuro", "Muncar", "Glenmore", "Kalibaru"}


def kid(name: str) -> str:
    return "kec-" + name.lower()


OPD_HOURS = "Senin–Kamis 07.30–15.30; Jumat 07.30–14.30"
WA_HOURS = "WA: Senin–Sabtu 07.00–20.00"
H24 = "24 jam"

orgs: list[dict] = []
ORG_META: dict[str, dict] = {}  # org_id -> extra info for contact generation (not exported)


def add_org(org_id, name, short, kind, parent="", address="Kabupaten Banyuwangi", phone=None,
      whatsapp="", email=None, website="", hours=OPD_HOURS, note="", desc="", aliases="",
      head="Kepala", frontdesk="Petugas Layanan", titles="adm", sek=True):
    if phone is None:
        phone = landline()
    if email is None:
        email = f"{org_id}@banyuwangi.example" if kind in ("opd", "rsud", "kecamatan", "puskesmas",
                                                          "uptd", "bumd") else ""
    orgs.append(dict(org_id=org_id, name=name, short_name=short, kind=kind, parent_id=parent,
                     address=address, phone=phone, whatsapp=whatsapp, email=email,
                     website=website, hours=hours, authority_note=note, description=desc,
                     aliases=aliases))
    ORG_META[org_id] = dict(head=head, frontdesk=frontdesk, titles=titles, sek=sek, kind=kind,
                            short=short or name)


PEMKAB = "https://banyuwangikab.go.id"

# --- Sekretariat Daerah
add_org("setda", "Sekretariat Daerah Kabupaten Banyuwangi", "Setda", "opd",
  address="Jl. Ahmad Yani No. 100, Banyuwangi (Kantor Pemkab)", website=PEMKAB,
  desc="Sekretariat Daerah: koordinasi perangkat daerah, bagian hukum, kesra, perekonomian.",
  aliases="Pemkab;Pemda;Kantor Bupati;Sekda", head="Sekretaris Daerah", sek=False)
add_org("setda-kesra", "Bagian Kesejahteraan Rakyat Sekretariat Daerah", "Bagian Kesra", "opd",
  parent="setda", address="Jl. Ahmad Yani No. 100, Banyuwangi (Kantor Pemkab)",
  desc="Fasilitasi bantuan keagamaan, tempat ibadah dan lembaga keagamaan.",
  aliases="Kesra;Bagian Kesra", head="Kepala Bagian Kesejahteraan Rakyat", sek=False)
add_org("setda-hukum", "Bagian Hukum Sekretariat Daerah", "Bagian Hukum", "opd", parent="setda",
  address="Jl. Ahmad Yani No. 100, Banyuwangi (Kantor Pemkab)",
  desc="Produk hukum daerah (Perda, Perbup) dan bantuan hukum bagi warga kurang mampu.",
  aliases="JDIH;Bagian Hukum Pemkab", head="Kepala Bagian Hukum", titles="hukum", sek=False)

# --- Badan
add_org("bapenda", "Badan Pendapatan Daerah Kabupaten Banyuwangi", "Bapenda", "opd",
  desc="Pajak daerah: PBB-P2, BPHTB, pajak hotel/restoran (PBJT), reklame, air tanah.",
  aliases="Dispenda;Dinas Pendapatan;Badan Pendapatan;DPPKAD;Pajak Daerah",
  head="Kepala Badan", titles="ekon")
add_org("bappeda", "Badan Perencanaan Pembangunan Daerah Kabupaten Banyuwangi", "Bappeda", "opd",
  desc="Perencanaan pembangunan, Musrenbang dan data pembangunan.",
  aliases="Perencanaan Pembangunan;Bappeda Litbang;Balitbang", head="Kepala Badan")
add_org("bpbd", "Badan Penanggulangan Bencana Daerah Kabupaten Banyuwangi", "BPBD", "opd",
  hours="Kantor: " + OPD_HOURS + "; Pusdalops 24 jam",
  desc="Penanggulangan bencana: banjir, longsor, angin kencang, kekeringan, gunung api.",
  aliases="Penanggulangan Bencana;Pusdalops;Tagana", head="Kepala Pelaksana BPBD", titles="tek")
add_org("bakesbangpol", "Badan Kesatuan Bangsa dan Politik Kabupaten Banyuwangi", "Bakesbangpol",
  "opd", desc="Ormas, rekomendasi penelitian, kewaspadaan dini.",
  aliases="Kesbangpol;Kesbang;Bakesbang", head="Kepala Badan", titles="sos")
add_org("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Banyuwangi", "BPKAD", "opd",
  desc="Keuangan daerah, pencairan hibah/bansos daerah, pemanfaatan aset Pemkab.",
  aliases="Keuangan Daerah;BPKD;Aset Daerah;DPPKAD", head="Kepala Badan", titles="ekon")
add_org("bkpp", "Badan Kepegawaian, Pendidikan dan Pelatihan Kabupaten Banyuwangi", "BKPP", "opd",
  desc="Kepegawaian ASN: cuti, pensiun, kenaikan pangkat, mutasi, diklat, seleksi CASN/PPPK.",
  aliases="BKD;BKPSDM;Badan Kepegawaian;Kepegawaian", head="Kepala Badan")

# --- Dinas
add_org("dispendik", "Dinas Pendidikan Kabupaten Banyuwangi", "Dispendik", "opd",
  desc="PAUD, SD, SMP dan pendidikan nonformal; SPMB/PPDB SD-SMP; PIP; beasiswa daerah.",
  aliases="Dinas Pendidikan;Diknas;Dindik;Dikbud", head="Kepala Dinas", titles="pend")
add_org("dinkes", "Dinas Kesehatan Kabupaten Banyuwangi", "Dinkes", "opd",
  desc="Kesehatan masyarakat, jaminan kesehatan daerah (PBI APBD), puskesmas, gizi, P2P.",
  aliases="Dinas Kesehatan;DKK", head="Kepala Dinas", titles="kes")
add_org("dpu-ckpp",
        "Dinas Pekerjaan Umum Cipta Karya, Perumahan dan Permukiman Kabupaten Banyuwangi",
  "DPU CKPP", "opd",
  desc="Jalan dan jembatan kabupaten, drainase, perumahan (RTLH), sanitasi, air bersih "
       "perdesaan, tata ruang.",
  aliases="PU;Dinas PU;Bina Marga;Cipta Karya;Perkim;Dinas Perumahan;PU Bina Marga",
  head="Kepala Dinas", titles="tek")
add_org("dpu-pengairan", "Dinas Pekerjaan Umum Pengairan Kabupaten Banyuwangi", "DPU Pengairan",
        "opd",
  desc="Jaringan irigasi kabupaten, dam/bendung, sungai kewenangan kabupaten, HIPPA.",
  aliases="Pengairan;PU Pengairan;PU SDA;Dinas Pengairan", head="Kepala Dinas", titles="tek")
add_org("disnakertransperin",
  "Dinas Tenaga Kerja, Transmigrasi dan Perindustrian Kabupaten Banyuwangi",
  "Disnakertransperin", "opd",
  desc="Kartu kuning (AK/1), pelatihan kerja, penempatan dan perlindungan PMI, hubungan "
       "industrial, transmigrasi, industri kecil.",
  aliases="Disnaker;Dinas Tenaga Kerja;Depnaker;Disnakertrans;Perindustrian",
  head="Kepala Dinas")
add_org("dlh", "Dinas Lingkungan Hidup Kabupaten Banyuwangi", "DLH", "opd",
  desc="Kebersihan dan pengangkutan sampah, pencemaran, persetujuan lingkungan, taman.",
  aliases="Lingkungan Hidup;BLH;Dinas Kebersihan;DKP;Kebersihan", head="Kepala Dinas",
  titles="tek")
add_org("dispusip", "Dinas Perpustakaan dan Kearsipan Kabupaten Banyuwangi", "Dispusip", "opd",
  desc="Perpustakaan daerah, perpustakaan keliling, kearsipan.",
  aliases="Perpustakaan Daerah;Perpusda;Kearsipan;Arsip Daerah", head="Kepala Dinas",
  titles="pend")
add_org("dpmptsp",
  "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Banyuwangi", "DPMPTSP",
  "opd", hours="Senin–Jumat 08.00–15.00; Sabtu 08.00–12.00 (Mal Pelayanan Publik)",
  desc="Perizinan dan nonperizinan daerah, pendampingan OSS/NIB, PBG, SIP tenaga kesehatan. "
       "Mengelola Mal Pelayanan Publik.",
  aliases="Perizinan;KPPT;BPPT;Mal Pelayanan Publik;MPP;PTSP;Dinas Perizinan",
  head="Kepala Dinas")
add_org("dinsos-ppkb", "Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten "
  "Banyuwangi", "Dinsos PPKB", "opd",
  desc="Data kesejahteraan sosial (DTSEN), bansos, disabilitas, lansia, anak, "
       "perlindungan perempuan dan anak, keluarga berencana.",
  aliases="Dinas Sosial;Dinsos;BKKBN;PPKB;KB;DP3A;Pemberdayaan Perempuan",
  head="Kepala Dinas", titles="sos")
add_org("uptd-ppa", "UPTD Perlindungan Perempuan dan Anak Kabupaten Banyuwangi", "UPTD PPA", "uptd",
  parent="dinsos-ppkb", hours="Senin–Jumat 07.30–15.30; pengaduan darurat lewat 112",
  desc="Pengaduan, pendampingan dan rumah aman bagi korban kekerasan terhadap perempuan dan anak.",
  aliases="P2TP2A;PPA;Perlindungan Anak;Women Crisis Center", head="Kepala UPTD", titles="sos",
  sek=False)
add_org("dispendukcapil", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyuwangi",
  "Dispendukcapil", "opd",
  desc="KTP-el, KK, KIA, akta kelahiran/kematian/perkawinan/perceraian, pindah datang, IKD. "
       "Sebagian layanan bisa diajukan di kecamatan dan Mal Pelayanan Publik.",
  aliases="Capil;Catatan Sipil;Dukcapil;Disdukcapil;Kependudukan", head="Kepala Dinas")
add_org("dpmd", "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banyuwangi", "DPMD", "opd",
  desc="Pembinaan pemerintahan desa, dana desa, BUMDes, perangkat desa, Pilkades.",
  aliases="BPMD;PMD;Pemdes;Dinas PMD", head="Kepala Dinas")
add_org("dishub", "Dinas Perhubungan Kabupaten Banyuwangi", "Dishub", "opd",
  desc="Penerangan jalan umum (PJU), lampu lalu lintas, rambu, parkir, uji KIR, angkutan.",
  aliases="Perhubungan;DLLAJ;Dinas Perhubungan", head="Kepala Dinas", titles="tek")
add_org("diskominfo", "Dinas Komunikasi, Informatika dan Persandian Kabupaten Banyuwangi",
  "Diskominfo", "opd", website=PEMKAB,
  desc="Internet desa/wifi publik (Smart Kampung), PPID, pengelola SP4N-LAPOR! daerah dan "
       "Call Center 112.",
  aliases="Kominfo;Dinas Kominfo;Diskominfo SP;Humas", head="Kepala Dinas", titles="it")
add_org("diskop-ump", "Dinas Koperasi, Usaha Mikro dan Perdagangan Kabupaten Banyuwangi",
  "Diskop UMP", "opd",
  desc="Koperasi, UMKM, pasar daerah, metrologi (tera timbangan), harga bahan pokok.",
  aliases="Diskop;Dinas Koperasi;Disperindag;Dinas Perdagangan;UMKM;Diskopumdag",
  head="Kepala Dinas", titles="ekon")
add_org("diskan", "Dinas Perikanan Kabupaten Banyuwangi", "Dinas Perikanan", "opd",
  desc="Nelayan dan pembudidaya ikan: KUSUKA, asuransi nelayan, rekomendasi BBM, bantuan.",
  aliases="Diskan;Dinas Kelautan dan Perikanan;DKP;Perikanan", head="Kepala Dinas",
  titles="ikan")
add_org("dispertan", "Dinas Pertanian dan Pangan Kabupaten Banyuwangi",
        "Dinas Pertanian dan Pangan",
  "opd",
  desc="Pertanian, peternakan dan kesehatan hewan, pupuk bersubsidi, penyuluhan, pangan.",
  aliases="Dispertan;Dinas Pertanian;Dinas Peternakan;Disperta;Ketahanan Pangan;Peternakan",
  head="Kepala Dinas", titles="tani")
add_org("dispora", "Dinas Pemuda dan Olahraga Kabupaten Banyuwangi", "Dispora", "opd",
  desc="Kepemudaan, pembinaan olahraga dan atlet, fasilitas GOR dan stadion.",
  aliases="Pemuda dan Olahraga;Dinas Olahraga;Dinas Pemuda", head="Kepala Dinas", titles="pend")
add_org("disbudpar", "Dinas Kebudayaan dan Pariwisata Kabupaten Banyuwangi", "Disbudpar", "opd",
  desc="Banyuwangi Festival, destinasi wisata, usaha pariwisata, kesenian dan sanggar.",
  aliases="Dinas Pariwisata;Dispar;Dinas Kebudayaan;Pariwisata;Budpar", head="Kepala Dinas")
add_org("damkar", "Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Banyuwangi", "Damkar", "opd",
  hours=H24,
  desc="Pemadaman kebakaran dan penyelamatan (rescue): hewan berbahaya, orang terjebak, "
       "cincin terjepit. Untuk keadaan darurat hubungi 112.",
  aliases="Pemadam Kebakaran;PMK;Dinas Damkar;BPBK;Damkarmat", head="Kepala Dinas",
  titles="tek")
add_org("satpolpp", "Satuan Polisi Pamong Praja Kabupaten Banyuwangi", "Satpol PP", "opd",
  desc="Ketertiban umum, penegakan Perda, penertiban PKL dan reklame liar, Linmas.",
  aliases="Satpol;Pol PP;Trantib;Satpol PP dan Damkar", head="Kepala Satuan", titles="hukum")
add_org("inspektorat", "Inspektorat Kabupaten Banyuwangi", "Inspektorat", "opd",
  desc="Pengawasan internal: pengaduan pungli, penyalahgunaan wewenang ASN, dana desa.",
  aliases="Itwil;Bawasda;Inspektorat Daerah", head="Inspektur", titles="ekon")
add_org("setwan", "Sekretariat DPRD Kabupaten Banyuwangi", "Setwan", "opd",
  desc="Sekretariat Dewan: penyaluran aspirasi dan audiensi warga dengan DPRD.",
  aliases="DPRD;Sekretariat DPRD;Sekretariat Dewan;Dewan", head="Sekretaris DPRD", sek=False)

# --- RSUD
add_org("rsud-blambangan", "RSUD Blambangan", "RSUD Blambangan", "rsud", parent="dinkes",
  address="Jl. Letkol Istiqlah, Banyuwangi", hours="IGD 24 jam; poliklinik Senin–Sabtu",
  desc="Rumah sakit umum daerah: IGD 24 jam, rawat inap, poliklinik spesialis, surat sehat.",
  aliases="RSUD Banyuwangi;Rumah Sakit Blambangan;RS Blambangan", head="Direktur",
  frontdesk="Petugas Pendaftaran", titles="kes", sek=False)
add_org("rsud-genteng", "RSUD Genteng", "RSUD Genteng", "rsud", parent="dinkes",
  address="Kecamatan Genteng, Banyuwangi", hours="IGD 24 jam; poliklinik Senin–Sabtu",
  desc="Rumah sakit umum daerah wilayah selatan-barat: IGD 24 jam, rawat inap, poliklinik.",
  aliases="Rumah Sakit Genteng;RS Genteng", head="Direktur", frontdesk="Petugas Pendaftaran",
  titles="kes", sek=False)

# --- Kecamatan
for k in KECAMATAN:
    add_org(kid(k), f"Kecamatan {k}", f"Kec. {k}", "kecamatan",
            address=f"Kecamatan {k}, Banyuwangi",
      whatsapp=mobile(), hours=OPD_HOURS + "; " + WA_HOURS,
      desc=f"Kantor Kecamatan {k}: legalisir, surat keterangan, rekomendasi, pendampingan "
           f"izin usaha mikro, layanan WhatsApp camat (respon 2 jam).",
      aliases=f"Camat {k};Kantor Camat {k}", head="Camat", frontdesk="Layanan WA")

# --- Contoh desa (satu saja, sebagai contoh kewenangan desa)
add_org("desa-kemiren", "Desa Kemiren", "Desa Kemiren", "desa", parent=kid("Glagah"),
  address="Desa Kemiren, Kecamatan Glagah, Banyuwangi", whatsapp=mobile(),
  desc="Contoh kantor desa (desa adat Osing). Surat keterangan dan pengantar tingkat desa.",
  aliases="Kantor Desa Kemiren;Balai Desa Kemiren", head="Kepala Desa",
  frontdesk="Petugas Pelayanan Desa", sek=False)

# --- Puskesmas
PUSKESMAS = [("kertosari", "Kertosari", "Banyuwangi"), ("sobo", "Sobo", "Banyuwangi"),
             ("klatak", "Klatak", "Kalipuro"), ("wongsorejo", "Wongsorejo", "Wongsorejo"),
             ("licin", "Licin", "Licin"), ("kabat", "Kabat", "Kabat"),
             ("rogojampi", "Rogojampi", "Rogojampi"), ("sempu", "Sempu", "Sempu"),
             ("genteng-kulon", "Genteng Kulon", "Genteng"),
             ("kalibaru-kulon", "Kalibaru Kulon", "Kalibaru"),
             ("tegaldlimo", "Tegaldlimo", "Tegaldlimo"), ("kedungrejo", "Kedungrejo", "Muncar")]
PKM_AREA: dict[str, str] = {}
for pid, pname, kec in PUSKESMAS:
    add_org(f"pkm-{pid}", f"Puskesmas {pname}", f"PKM {pname}", "puskesmas", parent="dinkes",
      address=f"Kecamatan {kec}, Banyuwangi", whatsapp=mobile(),
      hours="Senin–Kamis 07.30–14.00; Jumat 07.30–11.00; Sabtu 07.30–12.30",
      desc=f"Puskesmas {pname} (Kecamatan {kec}): pemeriksaan umum, rujukan BPJS, KIA/KB, "
           f"imunisasi, surat keterangan sehat.",
      aliases=f"Puskesmas {kec}", head="Kepala Puskesmas", frontdesk="Petugas Pendaftaran",
      titles="kes", sek=False)
    PKM_AREA[f"pkm-{pid}"] = kec

# --- BUMD
add_org("pdam", "Perumda Air Minum Tirta Blambangan", "PDAM", "bumd",
  hours="Kantor: Senin–Jumat 07.30–15.00; pengaduan gangguan 24 jam",
  desc="Air minum perpipaan: pasang baru, gangguan air mati/keruh, pipa bocor, tagihan.",
  aliases="PDAM;PDAM Banyuwangi;Tirta Blambangan;Perusahaan Air Minum",
  head="Direktur Utama", frontdesk="Petugas Layanan Pelanggan", titles="tek", sek=False)

# --- Emergency and complaint channels
add_org("cc112", "Call Center 112 Banyuwangi Respon", "112", "emergency", parent="diskominfo",
  phone="112", whatsapp="", email="", hours=H24,
  desc="Layanan darurat 112 (bebas pulsa, 24 jam), dikelola Diskominfo. Hanya untuk keadaan "
       "darurat: kebakaran, kecelakaan, bencana, kriminalitas, ambulans gawat darurat.",
  aliases="112;Banyuwangi Respon;Call Center Darurat;Nomor Darurat", head="", frontdesk="")
add_org("lapor", "SP4N-LAPOR! (Layanan Aspirasi dan Pengaduan Online Rakyat)", "LAPOR!", "other",
  phone="", email="", website="https://www.lapor.go.id", hours=H24,
  note="Kanal pengaduan nasional (KemenPAN-RB). Aduan diteruskan ke instansi yang berwenang; "
       "admin daerah di Diskominfo Banyuwangi memantau tindak lanjutnya.",
  desc="Pengaduan pelayanan publik lewat www.lapor.go.id, SMS 1708 atau aplikasi SP4N-LAPOR!. "
       "Dipakai bila tidak ada kantor Pemkab yang menangani keluhan.",
  aliases="Lapor;SP4N;LAPOR!;Aduan Online", head="", frontdesk="")

# --- Vertical / province / other (not regency)
VERT_HOURS = "Senin–Jumat 08.00–15.00"
add_org("polresta", "Kepolisian Resor Kota Banyuwangi", "Polresta Banyuwangi", "vertical",
  hours="SPKT 24 jam; SKCK/SIM Senin–Sabtu 08.00–14.00",
  note="Instansi vertikal Polri, bukan Pemkab. SKCK, SIM, laporan polisi dan izin keramaian "
       "diputuskan oleh Polri. Polsek di kecamatan melayani SKCK dan laporan kehilangan.",
  desc="SKCK, SIM, laporan kehilangan, laporan polisi (SPKT), izin keramaian.",
  aliases="Polres;Polres Banyuwangi;Polisi;Kantor Polisi;Polsek;Satlantas",
  head="Kepala Kepolisian Resor Kota", frontdesk="Petugas SPKT", titles="polisi", sek=False)
add_org("imigrasi-bwi", "Kantor Imigrasi Kelas II TPI Banyuwangi", "Kanim Banyuwangi", "vertical",
  website="https://www.imigrasi.go.id", hours=VERT_HOURS,
  note="Instansi vertikal Imigrasi (pemerintah pusat). Paspor diputuskan Imigrasi; Pemkab "
       "hanya membantu dokumen kependudukan (KTP-el, KK, akta) yang menjadi syarat.",
  desc="Paspor baru, penggantian paspor hilang/rusak, paspor calon PMI. Antrean lewat "
       "aplikasi M-Paspor.",
  aliases="Imigrasi;Kanim;Kantor Imigrasi", head="Kepala Kantor", frontdesk="Petugas Informasi",
  sek=False)
add_org("kantah-bwi", "Kantor Pertanahan Kabupaten Banyuwangi (BPN)", "BPN Banyuwangi", "vertical",
  website="https://www.atrbpn.go.id", hours=VERT_HOURS,
  note="Instansi vertikal Kementerian ATR/BPN. Sertifikat tanah diterbitkan oleh Kantor "
       "Pertanahan, bukan Pemkab. Pemkab hanya membantu informasi PBB/BPHTB.",
  desc="Sertifikat tanah, peralihan hak (balik nama), pengukuran, pemecahan, sertifikat "
       "pengganti. Aplikasi Sentuh Tanahku.",
  aliases="BPN;Kantah;Agraria;ATR/BPN;Kantor Pertanahan", head="Kepala Kantor",
  frontdesk="Petugas Loket", titles="tek", sek=False)
add_org("kemenag", "Kantor Kementerian Agama Kabupaten Banyuwangi", "Kemenag Banyuwangi",
        "vertical",
  hours=VERT_HOURS,
  note="Instansi vertikal Kementerian Agama. Nikah (muslim), haji, umrah, madrasah dan halal "
       "bukan kewenangan Pemkab.",
  desc="Haji dan umrah, madrasah, sertifikasi halal, rumah ibadah; membina KUA kecamatan.",
  aliases="Depag;Kemenag;Departemen Agama;Kementerian Agama", head="Kepala Kantor",
  frontdesk="Petugas PTSP", titles="agama", sek=False)
KUA = [("banyuwangi", "Banyuwangi"), ("genteng", "Genteng"), ("rogojampi", "Rogojampi"),
       ("muncar", "Muncar"), ("kalibaru", "Kalibaru")]
for kk, kec in KUA:
    add_org(f"kua-{kk}", f"KUA Kecamatan {kec}", f"KUA {kec}", "vertical", parent="kemenag",
      address=f"Kecamatan {kec}, Banyuwangi", hours=VERT_HOURS,
      note="Kantor Urusan Agama di bawah Kementerian Agama. Pencatatan nikah/rujuk warga "
           "muslim bukan kewenangan Pemkab; desa memberi surat pengantar nikah.",
      desc=f"Pendaftaran dan pencatatan nikah serta rujuk warga muslim Kecamatan {kec}.",
      aliases=f"KUA {kec};Kantor Urusan Agama {kec}", head="Kepala KUA",
      frontdesk="Petugas Pendaftaran Nikah", titles="agama", sek=False)
add_org("pa-bwi", "Pengadilan Agama Banyuwangi", "PA Banyuwangi", "vertical", hours=VERT_HOURS,
  note="Badan peradilan di bawah Mahkamah Agung. Perceraian warga muslim, isbat nikah, "
       "dispensasi kawin dan waris diputus Pengadilan Agama, bukan Pemkab.",
  desc="Perceraian (muslim), isbat nikah, dispensasi kawin, penetapan ahli waris, Posbakum.",
  aliases="PA;Pengadilan Agama;Pengadilan", head="Ketua Pengadilan",
  frontdesk="Petugas PTSP", titles="hukum", sek=False)
add_org("kpp-bwi", "Kantor Pelayanan Pajak Pratama Banyuwangi", "KPP Pratama Banyuwangi",
        "vertical",
  website="https://www.pajak.go.id", hours=VERT_HOURS,
  note="Instansi vertikal Direktorat Jenderal Pajak. NPWP dan SPT adalah pajak pusat, bukan "
       "Pemkab (pajak daerah seperti PBB ada di Bapenda).",
  desc="NPWP (NIK sebagai NPWP), pelaporan SPT, konsultasi pajak pusat.",
  aliases="Kantor Pajak;KPP;Pajak Pusat;DJP", head="Kepala Kantor",
  frontdesk="Petugas Pelayanan", titles="ekon", sek=False)
add_org("bpjs-kes", "BPJS Kesehatan Kantor Cabang Banyuwangi", "BPJS Kesehatan", "other",
  website="https://www.bpjs-kesehatan.go.id", hours=VERT_HOURS,
  note="Badan hukum publik nasional, bukan Pemkab. Pemkab (Dinkes) hanya mendaftarkan warga "
       "tidak mampu sebagai peserta PBI APBD.",
  desc="Kepesertaan JKN-KIS mandiri, perubahan data, pindah faskes, tunggakan. Care Center "
       "165, aplikasi Mobile JKN.",
  aliases="BPJS;JKN;KIS;Askes", head="Kepala Cabang", frontdesk="Petugas Pelayanan",
  titles="ekon", sek=False)
add_org("bpjs-tk", "BPJS Ketenagakerjaan Kantor Cabang Banyuwangi", "BPJS Ketenagakerjaan", "other",
  website="https://www.bpjsketenagakerjaan.go.id", hours=VERT_HOURS,
  note="Badan hukum publik nasional, bukan Pemkab. Klaim JHT/JKK/JKM diputus BPJS "
       "Ketenagakerjaan.",
  desc="Kepesertaan dan klaim JHT, JKK, JKM, JP. Aplikasi JMO.",
  aliases="BPJS TK;Jamsostek;BPJamsostek;BPJS Naker", head="Kepala Cabang",
  frontdesk="Petugas Pelayanan", titles="ekon", sek=False)
add_org("samsat-bwi", "Samsat Banyuwangi (UPT Bapenda Provinsi Jawa Timur)", "Samsat Banyuwangi",
  "province", website="https://bapenda.jatimprov.go.id",
  hours="Senin–Jumat 08.00–14.00; Sabtu 08.00–12.00",
  note="Pajak kendaraan bermotor adalah pajak Provinsi Jawa Timur (Bapenda Jatim) bersama "
       "Polri dan Jasa Raharja, bukan Pemkab Banyuwangi.",
  desc="Pajak kendaraan tahunan, STNK 5 tahunan, balik nama dan mutasi kendaraan.",
  aliases="Samsat;UPT PPD;Pajak Motor;Kantor Bersama Samsat", head="Kepala UPT",
  frontdesk="Petugas Informasi", titles="ekon", sek=False)
add_org("cabdin-pendidikan", "Cabang Dinas Pendidikan Provinsi Jawa Timur Wilayah Banyuwangi",
  "Cabdin Pendidikan Jatim", "province", hours=VERT_HOURS,
  note="SMA, SMK dan SLB adalah kewenangan Provinsi Jawa Timur, bukan Dispendik Banyuwangi "
       "(yang mengurus PAUD, SD dan SMP).",
  desc="Urusan SMA/SMK/SLB: SPMB SMA/SMK negeri, mutasi siswa, legalisir ijazah SMA/SMK.",
  aliases="Cabdin;Cabang Dinas Pendidikan;Dinas Pendidikan Provinsi;Dispendik Jatim",
  head="Kepala Cabang Dinas", frontdesk="Petugas Layanan", titles="pend", sek=False)
add_org("pln-up3", "PLN UP3 Banyuwangi", "PLN", "other", website="https://www.pln.co.id", hours=H24,
  note="PT PLN (Persero), BUMN. Listrik bukan kewenangan Pemkab; Pemkab hanya mengurus lampu "
       "jalan (PJU) lewat Dishub.",
  desc="Pasang baru, tambah daya, gangguan listrik. Contact center 123 dan aplikasi PLN Mobile.",
  aliases="PLN;Listrik;PLN ULP;Perusahaan Listrik", head="Manajer UP3",
  frontdesk="Petugas Pelayanan Pelanggan", titles="tek", sek=False)

# --------------------------------------------------------------------------------------------
# services
# --------------------------------------------------------------------------------------------
CATEGORIES = ["Kependudukan", "Kesehatan", "Sosial", "Perizinan dan Usaha", "Pendidikan",
              "Pekerjaan Umum dan Perumahan", "Pertanahan", "Keamanan dan Ketertiban",
              "Pajak dan Retribusi", "Ketenagakerjaan", "Pertanian, Peternakan dan Perikanan",
              "Lingkungan dan Kebersihan", "Perhubungan", "Air dan Listrik",
              "Keagamaan dan Pernikahan", "Kepegawaian", "Pariwisata, Budaya dan Olahraga",
              "Desa dan Kelurahan", "Pengaduan", "Darurat"]

services: list[dict] = []
SVC_BIDANG: dict[str, tuple[str, str]] = {}  # service_id -> (org_id, bidang) for contacts


def S(sid, org, name, cat, kw, desc, req="", fee="Gratis", dur="", auth="regency", note="",
      url="", area="", bid="Pelayanan"):
    assert cat in CATEGORIES, cat
    services.append(dict(service_id=sid, org_id=org, name=name, category=cat, keywords=kw,
                         description=desc, requirements=req, fee=fee, duration=dur,
                         authority=auth, authority_note=note, online_url=url, area=area))
    SVC_BIDANG[sid] = (org, bid)


OSS = "https://oss.go.id"
N_OSS = ("NIB diterbitkan sistem OSS milik pemerintah pusat (Kementerian Investasi/BKPM). "
         "DPMPTSP dan kecamatan hanya membantu pembuatan akun dan pengisian data.")

# --- Dispendukcapil
B1 = "Bidang Pelayanan Pendaftaran Penduduk"
B2 = "Bidang Pelayanan Pencatatan Sipil"
B3 = "Bidang Pengelolaan Informasi Administrasi Kependudukan"
D = "dispendukcapil"
K = "Kependudukan"
S("dukcapil-ktp-baru", D, "Penerbitan KTP-el Baru (Perekaman)", K,
  "ktp;ktp baru;e-ktp;rekam ktp;perekaman;umur 17;kartu tanda penduduk",
  "Perekaman biometrik dan pencetakan KTP-el untuk warga yang berusia 17 tahun atau sudah "
  "kawin. Perekaman juga bisa di kantor kecamatan.",
  "Berusia 17 tahun atau sudah/pernah kawin;Fotokopi KK;Hadir untuk perekaman foto, sidik jari "
  "dan iris mata", dur="1 hari kerja setelah perekaman", bid=B1)
S("dukcapil-ktp-hilang", D, "Penggantian KTP-el Hilang", K,
  "ktp hilang;kehilangan ktp;ganti ktp;cetak ulang ktp;e-ktp hilang",
  "Cetak ulang KTP-el karena hilang. Data sudah terekam, tidak perlu rekam ulang.",
  "Surat keterangan kehilangan dari kepolisian;Fotokopi KK", dur="1 hari kerja", bid=B1)
S("dukcapil-ktp-rusak", D, "Penggantian KTP-el Rusak", K,
  "ktp rusak;ktp patah;ktp pudar;chip rusak;ganti ktp",
  "Cetak ulang KTP-el yang rusak, patah, pudar atau chip tidak terbaca.",
  "KTP-el yang rusak;Fotokopi KK", dur="1 hari kerja", bid=B1)
S("dukcapil-ktp-perubahan", D, "Perubahan Data KTP-el", K,
  "ubah ktp;ganti alamat ktp;status kawin;pekerjaan di ktp;salah nama ktp",
  "Perubahan elemen data KTP-el (alamat, status perkawinan, pekerjaan, pendidikan). Data KK "
  "diperbarui lebih dulu.",
  "KK yang sudah diperbarui;KTP-el lama;Dokumen pendukung perubahan (buku nikah, ijazah, SK)",
  dur="1 hari kerja", bid=B1)
S("dukcapil-kk-baru", D, "Penerbitan Kartu Keluarga (KK) Baru", K,
  "kk baru;kartu keluarga;bikin kk;kk setelah nikah;keluarga baru",
  "KK untuk keluarga baru, misalnya setelah menikah.",
  "Buku nikah atau akta perkawinan;KK lama kedua pihak;Formulir F-1.01 (biodata);Surat "
  "pengantar RT/RW dan desa/kelurahan", dur="1 hari kerja", bid=B1)
S("dukcapil-kk-pecah", D, "Pisah/Pecah Kartu Keluarga", K,
  "pecah kk;pisah kk;keluar dari kk orang tua;kk sendiri;numpang kk",
  "Memisahkan anggota keluarga dari KK lama menjadi KK sendiri.",
  "KK lama asli;KTP-el;Buku nikah atau akta perkawinan (bila sudah menikah);Formulir F-1.02",
  dur="1 hari kerja", bid=B1)
S("dukcapil-kk-perubahan", D, "Perubahan Data dan Penambahan Anggota KK", K,
  "tambah anak di kk;ubah kk;salah data kk;masuk kk;hapus anggota kk",
  "Menambah anggota keluarga (bayi lahir, menumpang) atau memperbaiki data dalam KK.",
  "KK asli;Akta kelahiran atau dokumen pendukung perubahan;KTP-el kepala keluarga",
  dur="1 hari kerja", bid=B1)
S("dukcapil-kk-hilang", D, "Penggantian KK Hilang atau Rusak", K,
  "kk hilang;kk rusak;kk sobek;cetak ulang kk;kk terbakar",
  "Cetak ulang Kartu Keluarga yang hilang, rusak atau terbakar.",
  "Surat keterangan kehilangan dari kepolisian (bila hilang);KK rusak (bila rusak);KTP-el "
  "kepala keluarga", dur="1 hari kerja", bid=B1)
S("dukcapil-pindah", D, "Surat Keterangan Pindah (SKPWNI)", K,
  "pindah;surat pindah;pindah domisili;skpwni;pindah keluar kota;pindah alamat",
  "Surat pindah untuk warga yang pindah ke kabupaten/kota atau provinsi lain, atau antar "
  "kecamatan.", "KK asli;KTP-el;Alamat tujuan lengkap", dur="1 hari kerja", bid=B1)
S("dukcapil-datang", D, "Pencatatan Pindah Datang", K,
  "pindah datang;pendatang;baru pindah;lapor datang;masuk kk banyuwangi",
  "Pencatatan warga yang datang/pindah ke Banyuwangi dan penerbitan KK serta KTP-el baru.",
  "Surat keterangan pindah (SKPWNI) dari daerah asal;KTP-el;KK tujuan bila menumpang",
  dur="1 hari kerja", bid=B1)
S("dukcapil-ikd", D, "Aktivasi Identitas Kependudukan Digital (IKD)", K,
  "ikd;ktp digital;ktp di hp;aktivasi ikd;identitas digital",
  "Aktivasi KTP digital di aplikasi IKD dengan verifikasi wajah oleh petugas.",
  "KTP-el;Ponsel Android dengan nomor dan email aktif;Hadir untuk verifikasi wajah",
  dur="Langsung (± 15 menit)", bid=B3)
S("dukcapil-jemput-bola", D, "Layanan Adminduk Jemput Bola (lansia, disabilitas, sakit)", K,
  "jemput bola;rekam ktp di rumah;lansia;orang sakit;disabilitas;odgj ktp",
  "Petugas datang ke rumah/panti/rumah sakit untuk perekaman KTP-el warga lansia, "
  "disabilitas, sakit berat atau ODGJ.",
  "Surat permohonan dari keluarga/desa;Fotokopi KK;Keterangan kondisi (sakit/disabilitas)",
  dur="Sesuai jadwal (± 3 hari kerja)", bid=B3)
S("dukcapil-akta-lahir", D, "Akta Kelahiran", K,
  "akta kelahiran;akta lahir;akte lahir;bayi lahir;akta anak",
  "Penerbitan akta kelahiran untuk bayi/anak. Dapat diajukan lewat desa, kecamatan atau "
  "Mal Pelayanan Publik.",
  "Surat keterangan lahir dari bidan/puskesmas/rumah sakit;KK orang tua;Buku nikah atau akta "
  "perkawinan orang tua, atau SPTJM;KTP-el orang tua;KTP-el dua orang saksi",
  dur="1 hari kerja", bid=B2)
S("dukcapil-akta-lahir-dewasa", D, "Akta Kelahiran untuk Usia Dewasa (Terlambat)", K,
  "akta lahir dewasa;akta terlambat;belum punya akta;akta orang tua",
  "Akta kelahiran bagi warga dewasa yang belum pernah memiliki akta, dengan SPTJM "
  "kebenaran data kelahiran.",
  "SPTJM kebenaran data kelahiran;KK;KTP-el;Ijazah atau dokumen lain yang memuat tanggal "
  "lahir;KTP-el dua orang saksi", dur="1 hari kerja", bid=B2)
S("dukcapil-akta-mati", D, "Akta Kematian", K,
  "akta kematian;akta mati;surat kematian;orang meninggal;ahli waris",
  "Pencatatan kematian dan penerbitan akta kematian; KK keluarga diperbarui.",
  "Surat keterangan kematian dari desa/kelurahan atau rumah sakit;KK;KTP-el almarhum;KTP-el "
  "pelapor", dur="1 hari kerja", bid=B2)
S("dukcapil-akta-kawin", D, "Akta Perkawinan (Non-Muslim)", K,
  "akta perkawinan;akta nikah;nikah kristen;nikah hindu;nikah katolik;nikah buddha",
  "Pencatatan perkawinan bagi pasangan non-muslim. Pernikahan muslim dicatat di KUA.",
  "Surat keterangan perkawinan dari pemuka agama;KTP-el dan KK kedua mempelai;Akta kelahiran "
  "kedua mempelai;Pas foto berdampingan 4x6;KTP-el dua orang saksi",
  dur="1 hari kerja", bid=B2)
S("dukcapil-akta-cerai", D, "Akta Perceraian (Non-Muslim)", K,
  "akta cerai;akta perceraian;cerai non muslim;putusan pengadilan negeri",
  "Pencatatan perceraian non-muslim berdasarkan putusan Pengadilan Negeri. Perceraian "
  "muslim diputus dan diberi akta oleh Pengadilan Agama.",
  "Salinan putusan Pengadilan Negeri yang berkekuatan hukum tetap;Kutipan akta perkawinan "
  "asli;KTP-el;KK", dur="1 hari kerja", bid=B2)
S("dukcapil-kia", D, "Kartu Identitas Anak (KIA)", K,
  "kia;kartu anak;kartu identitas anak;ktp anak",
  "Kartu identitas untuk anak usia 0–17 tahun.",
  "Akta kelahiran anak;KK orang tua;KTP-el orang tua;Pas foto anak 2x3 (usia 5 tahun ke "
  "atas)", dur="1 hari kerja", bid=B2)
S("dukcapil-ubah-nama", D, "Pencatatan Perubahan Nama", K,
  "ganti nama;ubah nama;salah nama akta;penetapan pengadilan;nama di akta",
  "Pencatatan perubahan nama pada akta berdasarkan penetapan Pengadilan Negeri.",
  "Salinan penetapan Pengadilan Negeri;Kutipan akta kelahiran asli;KK;KTP-el",
  dur="1 hari kerja", bid=B2)

# --- Dinkes
D, K = "dinkes", "Kesehatan"
B1, B2, B3 = ("Bidang Pelayanan dan Sumber Daya Kesehatan", "Bidang Kesehatan Masyarakat",
              "Bidang Pencegahan dan Pengendalian Penyakit")
S("dinkes-pbi-jkn", D, "Pendaftaran BPJS Kesehatan Gratis (PBI APBD / UHC)", K,
  "bpjs gratis;kis;pbi;jaminan kesehatan;berobat gratis;uhc;kartu sehat",
  "Warga tidak mampu didaftarkan sebagai peserta JKN yang iurannya dibayar Pemkab (PBI APBD). "
  "Diajukan lewat desa/puskesmas, diverifikasi dengan data DTSEN.",
  "KTP-el;KK;Surat keterangan tidak mampu atau rekomendasi desa;Bersedia dirawat di kelas 3",
  dur="3–14 hari kerja (aktif awal bulan berikutnya)", bid=B1)
S("dinkes-rekom-praktik", D, "Rekomendasi Izin Praktik Tenaga Kesehatan", K,
  "rekomendasi sip;izin praktik;dokter;bidan;perawat;apoteker",
  "Verifikasi dan rekomendasi Dinkes sebagai dasar SIP yang diterbitkan DPMPTSP.",
  "STR yang masih berlaku;Surat keterangan sehat;Rekomendasi organisasi profesi;Denah dan "
  "foto tempat praktik", dur="5 hari kerja", bid=B1)
S("dinkes-ambulans", D, "Ambulans Rujukan dan Jenazah", K,
  "ambulans;mobil jenazah;antar pasien;rujukan rumah sakit;ambulan",
  "Ambulans puskesmas/Dinkes untuk rujukan pasien dan pengantaran jenazah warga. Untuk gawat "
  "darurat langsung hubungi 112.",
  "Surat rujukan dari puskesmas (untuk rujukan);Surat keterangan kematian (untuk jenazah);KTP-el "
  "keluarga", fee="Gratis untuk warga Banyuwangi", dur="Sesuai ketersediaan armada", bid=B1)
S("dinkes-stunting", D, "Pendampingan Gizi dan Pencegahan Stunting", K,
  "stunting;gizi buruk;anak kurus;berat badan kurang;tumbuh kembang;pendek",
  "Pemeriksaan, pemberian makanan tambahan (PMT) dan pendampingan gizi balita serta ibu hamil "
  "melalui puskesmas dan posyandu.",
  "Buku KIA/KMS anak;KTP-el atau KK orang tua", dur="Sesuai jadwal posyandu", bid=B2)
S("dinkes-posyandu", D, "Posyandu Balita dan Lansia", K,
  "posyandu;timbang bayi;jadwal posyandu;kader;lansia;vitamin a",
  "Penimbangan, imunisasi, vitamin A dan pemeriksaan kesehatan di posyandu desa.",
  "Buku KIA/KMS (untuk balita)", dur="Setiap bulan sesuai jadwal desa", bid=B2)
S("dinkes-odgj", D, "Penanganan Orang dengan Gangguan Jiwa (ODGJ)", K,
  "odgj;gangguan jiwa;orang gila;dipasung;ngamuk;sakit jiwa",
  "Penjangkauan, pengobatan dan rujukan ODGJ, termasuk pembebasan pasung, bersama puskesmas "
  "dan Dinsos PPKB.", "Laporan keluarga/desa;KTP-el atau KK (bila ada)",
  dur="Penjangkauan 1–3 hari kerja", bid=B3)
S("dinkes-dbd", D, "Penanganan Demam Berdarah dan Fogging", K,
  "demam berdarah;dbd;fogging;pengasapan;nyamuk;jentik",
  "Penyelidikan epidemiologi dan fogging fokus bila ada kasus DBD terkonfirmasi; pemberantasan "
  "sarang nyamuk.", "Laporan kasus DBD dari puskesmas/rumah sakit;Alamat kasus",
  dur="1–3 hari kerja", bid=B3)
S("dinkes-laik-higiene", D, "Sertifikat Laik Higiene Sanitasi (rumah makan, depot air minum)", K,
  "laik higiene;slhs;depot air minum;rumah makan;katering;sanitasi",
  "Pemeriksaan sanitasi dan sampel untuk sertifikat laik higiene sanitasi usaha makanan.",
  "NIB;Hasil uji laboratorium sampel;Sertifikat penjamah makanan;Denah tempat usaha",
  fee="Gratis (biaya uji laboratorium sesuai tarif)", dur="14 hari kerja", bid=B2)
S("dinkes-pkp-pirt", D, "Penyuluhan Keamanan Pangan (PKP) untuk SPP-IRT", K,
  "penyuluhan pangan;pkp;sertifikat penyuluhan;pirt;makanan rumahan",
  "Penyuluhan dan sertifikat PKP sebagai syarat SPP-IRT untuk produk pangan rumah tangga.",
  "KTP-el;NIB;Contoh label produk", dur="Sesuai jadwal penyuluhan", bid=B2)
S("dinkes-tbc", D, "Pengobatan TBC dan HIV Gratis", K,
  "tbc;tb;batuk lama;hiv;obat tbc;paru",
  "Pemeriksaan dan pengobatan TBC dan HIV gratis di puskesmas/rumah sakit jejaring.",
  "KTP-el atau KK;Rujukan bila dari fasilitas lain", dur="Pengobatan 6 bulan (TBC)", bid=B3)

# --- Puskesmas (locally bound)
for pid, pname, kec in PUSKESMAS:
    o = f"pkm-{pid}"
    S(f"{o}-umum", o, f"Pemeriksaan Umum dan Rujukan BPJS – Puskesmas {pname}", K,
      "berobat;periksa;sakit;rujukan bpjs;dokter;puskesmas",
      f"Pemeriksaan dokter umum, gigi, pengobatan dan surat rujukan ke rumah sakit di "
      f"Puskesmas {pname}.", "KTP-el atau KK;Kartu JKN-KIS (bila peserta BPJS)",
      fee="Gratis (warga Banyuwangi/peserta JKN)", dur="Hari itu juga", area=kec,
      bid="Pelayanan")
    S(f"{o}-kb", o, f"Pelayanan KIA dan KB – Puskesmas {pname}", K,
      "kb;suntik kb;pil kb;iud;implan;periksa hamil;bidan",
      f"Pemeriksaan ibu hamil, nifas, dan pelayanan KB (pil, suntik, IUD, implan) di Puskesmas "
      f"{pname}.", "KTP-el atau KK;Buku KIA;Kartu JKN-KIS (bila ada)",
      fee="Gratis", dur="Hari itu juga", area=kec, bid="KIA")
    S(f"{o}-imunisasi", o, f"Imunisasi Bayi dan Anak – Puskesmas {pname}", K,
      "imunisasi;vaksin anak;suntik bayi;bcg;campak;polio",
      f"Imunisasi dasar dan lanjutan bayi serta balita di Puskesmas {pname} dan posyandu "
      f"wilayahnya.", "Buku KIA;KK", fee="Gratis", dur="Sesuai jadwal imunisasi", area=kec,
      bid="KIA")
    S(f"{o}-surat-sehat", o, f"Surat Keterangan Sehat – Puskesmas {pname}", K,
      "surat sehat;keterangan sehat;surat dokter;tes kesehatan;cek kesehatan;buta warna",
      f"Pemeriksaan dan surat keterangan sehat (sekolah, kerja, SIM) di Puskesmas {pname}.",
      "KTP-el;Pas foto (bila diminta instansi tujuan)", fee="Sesuai tarif retribusi Perda",
      dur="Hari itu juga", area=kec, bid="Pelayanan")

# --- RSUD
for o, rn in (("rsud-blambangan", "RSUD Blambangan"), ("rsud-genteng", "RSUD Genteng")):
    S(f"{o}-igd", o, f"Instalasi Gawat Darurat (IGD) – {rn}", K,
      "igd;ugd;gawat darurat;kecelakaan;pingsan;sesak",
      f"Pelayanan gawat darurat 24 jam di {rn}.",
      "KTP-el atau KK;Kartu JKN-KIS (bila ada)", fee="Sesuai tarif/ditanggung JKN",
      dur="24 jam", bid="Pelayanan Medis")
    S(f"{o}-rawat-inap", o, f"Rawat Inap – {rn}", K,
      "rawat inap;opname;mondok;kamar rumah sakit;kelas 3",
      f"Perawatan inap pasien di {rn}, termasuk peserta JKN dan PBI.",
      "Surat rujukan atau dari IGD;KTP-el;KK;Kartu JKN-KIS", fee="Sesuai tarif/ditanggung JKN",
      dur="Sesuai kondisi pasien", bid="Pelayanan Medis")
    S(f"{o}-poli", o, f"Poliklinik Spesialis (Rawat Jalan) – {rn}", K,
      "poli;dokter spesialis;rawat jalan;kontrol;rujukan",
      f"Rawat jalan dokter spesialis di {rn}. Peserta JKN membawa rujukan puskesmas.",
      "Surat rujukan faskes tingkat pertama;KTP-el;Kartu JKN-KIS",
      fee="Sesuai tarif/ditanggung JKN", dur="Hari itu juga", bid="Pelayanan Medis")
S("rsud-blambangan-surat-sehat", "rsud-blambangan",
  "Surat Keterangan Sehat Jasmani, Rohani dan Bebas Narkoba – RSUD Blambangan", K,
  "surat sehat;sehat jasmani rohani;bebas narkoba;tes cpns;mcu",
  "Pemeriksaan kesehatan lengkap (MCU), surat sehat jasmani/rohani dan bebas narkoba untuk "
  "CPNS, kerja atau sekolah.", "KTP-el;Pas foto 4x6;Surat permintaan dari instansi (bila ada)",
  fee="Sesuai tarif layanan RSUD", dur="1–2 hari kerja", bid="Pelayanan Medis")

# --- Dinsos PPKB
D = "dinsos-ppkb"
B1, B2, B3 = ("Bidang Perlindungan dan Jaminan Sosial", "Bidang Rehabilitasi Sosial",
              "Bidang Keluarga Berencana")
N_KEMENSOS = ("Data dan penerima bantuan ditetapkan Kementerian Sosial. Dinsos PPKB membantu "
              "usulan lewat desa/kelurahan, verifikasi lapangan dan pengaduan.")
S("dinsos-dtsen", D, "Pendaftaran dan Pembaruan DTSEN (dulu DTKS)", "Sosial",
  "dtks;dtsen;data miskin;daftar bansos;cek bansos;terdaftar bantuan",
  "Usulan masuk/keluar Data Tunggal Sosial dan Ekonomi Nasional (DTSEN), dasar semua bansos "
  "dan PBI. Usulan lewat desa/kelurahan (musyawarah desa).",
  "KTP-el;KK;Surat pengantar desa/kelurahan;Foto rumah (bila diminta)",
  dur="Mengikuti jadwal pemutakhiran (± 1–3 bulan)", auth="central", note=N_KEMENSOS,
  url="https://cekbansos.kemensos.go.id", bid=B1)
S("dinsos-pkh", D, "Program Keluarga Harapan (PKH)", "Sosial",
  "pkh;bantuan pkh;pendamping pkh;bansos ibu hamil;bantuan anak sekolah",
  "Bantuan tunai bersyarat untuk keluarga miskin dengan ibu hamil, balita, anak sekolah, "
  "lansia atau disabilitas berat.", "Terdaftar di DTSEN;KTP-el;KK",
  dur="Penyaluran per tahap", auth="central", note=N_KEMENSOS,
  url="https://cekbansos.kemensos.go.id", bid=B1)
S("dinsos-bpnt", D, "Bantuan Sembako / BPNT", "Sosial",
  "sembako;bpnt;bantuan pangan;beras bantuan;kartu sembako",
  "Bantuan pangan non tunai (program Sembako) untuk keluarga penerima manfaat.",
  "Terdaftar di DTSEN;KTP-el;KK", dur="Penyaluran per tahap", auth="central",
  note=N_KEMENSOS, url="https://cekbansos.kemensos.go.id", bid=B1)
S("dinsos-sktm", D, "Rekomendasi Keringanan Biaya bagi Warga Tidak Mampu", "Sosial",
  "sktm;surat tidak mampu;keringanan biaya;rekomendasi dinsos;miskin",
  "Surat rekomendasi Dinsos untuk keringanan biaya rumah sakit, sekolah atau bantuan hukum.",
  "Surat keterangan tidak mampu dari desa/kelurahan;KTP-el;KK;Surat dari instansi tujuan "
  "(bila ada)", dur="1 hari kerja", bid=B1)
S("dinsos-korban-bencana", D, "Bantuan Sosial Korban Bencana dan Kebakaran Rumah", "Sosial",
  "rumah terbakar;korban bencana;bantuan logistik;santunan;korban banjir",
  "Bantuan sandang, pangan dan peralatan untuk keluarga korban kebakaran atau bencana.",
  "Laporan desa/kelurahan;KTP-el;KK;Foto kejadian", dur="1–3 hari kerja", bid=B1)
S("dinsos-disabilitas", D, "Layanan dan Alat Bantu Penyandang Disabilitas", "Sosial",
  "disabilitas;kursi roda;alat bantu dengar;kruk;cacat;difabel",
  "Pendataan, kartu penyandang disabilitas, bantuan alat bantu (kursi roda, kruk, alat bantu "
  "dengar) dan rehabilitasi.",
  "KTP-el atau KK;Surat keterangan dokter tentang disabilitas;Surat pengantar desa;Foto diri",
  dur="Sesuai ketersediaan (± 1–3 bulan)", bid=B2)
S("dinsos-lansia", D, "Bantuan dan Perlindungan Lansia Terlantar", "Sosial",
  "lansia;orang tua sebatang kara;permakanan;jompo;panti jompo;mbah",
  "Permakanan, pendampingan dan rujukan panti untuk lansia miskin atau terlantar.",
  "KTP-el atau KK lansia;Surat pengantar desa/kelurahan", dur="3–7 hari kerja", bid=B2)
S("dinsos-anak-terlantar", D, "Penanganan Anak Terlantar dan Anak Jalanan", "Sosial",
  "anak terlantar;anak jalanan;yatim piatu;panti asuhan;anak putus sekolah",
  "Penjangkauan, pengasuhan sementara dan rujukan panti untuk anak terlantar.",
  "Laporan warga/desa;Dokumen identitas anak (bila ada)", dur="1–3 hari kerja", bid=B2)
S("dinsos-ppks", D, "Penanganan Gelandangan, Pengemis dan Orang Terlantar", "Sosial",
  "gelandangan;pengemis;orang terlantar;pemulung;tuna wisma;orang hilang",
  "Penjangkauan dan rehabilitasi sosial PPKS, termasuk pemulangan orang terlantar ke daerah "
  "asal.", "Laporan warga atau Satpol PP", dur="1–3 hari kerja", bid=B2)
S("dinsos-kb", D, "Pelayanan KB Gratis (IUD, Implan, MOW/MOP) dan Konseling KB", K,
  "kb;pasang kb;kb gratis;iud;implan;steril;vasektomi",
  "Pelayanan KB gratis lewat puskesmas dan bidan jejaring, termasuk KB jangka panjang (IUD, "
  "implan) serta MOW/MOP pada pelayanan KB massal.",
  "KTP-el;KK;Kartu JKN-KIS (bila ada);Persetujuan pasangan untuk MOW/MOP",
  dur="Sesuai jadwal pelayanan", bid=B3)
S("dinsos-catin", D, "Pendampingan Calon Pengantin dan Keluarga Berisiko Stunting", K,
  "calon pengantin;catin;elsimil;tim pendamping keluarga;stunting;bkb",
  "Pemeriksaan dan pendampingan calon pengantin (Elsimil) serta keluarga berisiko stunting "
  "oleh Tim Pendamping Keluarga.", "KTP-el calon pengantin;Aplikasi Elsimil",
  dur="3 bulan sebelum menikah (disarankan)", bid=B3)
S("ppa-kdrt", "uptd-ppa", "Pengaduan dan Pendampingan Korban Kekerasan Perempuan dan Anak",
  "Sosial", "kdrt;kekerasan;dipukul suami;pelecehan;pencabulan;kekerasan anak;bullying",
  "Penerimaan pengaduan, pendampingan ke polisi dan pengadilan, layanan kesehatan dan rumah "
  "aman bagi korban kekerasan. Dalam keadaan bahaya hubungi 112.",
  "Identitas pelapor/korban (bila ada);Kronologi kejadian", dur="Penanganan awal 1×24 jam",
  bid="Seksi Pengaduan dan Pendampingan")
S("ppa-konseling", "uptd-ppa", "Konseling Psikologis Perempuan dan Anak", "Sosial",
  "konseling;psikolog;trauma;anak bermasalah;curhat",
  "Konseling psikologis gratis untuk korban kekerasan, anak dan keluarga.",
  "Identitas (bila ada)", dur="Sesuai jadwal psikolog", bid="Seksi Pengaduan dan Pendampingan")

# --- DPMPTSP
D, K = "dpmptsp", "Perizinan dan Usaha"
B1, B2 = "Bidang Pelayanan Perizinan", "Bidang Pengendalian dan Pendampingan Perizinan"
S("dpmptsp-nib", D, "Pendampingan Nomor Induk Berusaha (NIB) melalui OSS", K,
  "nib;oss;izin usaha;izin warung;izin toko;usaha mikro;umkm",
  "Bantuan membuat akun OSS dan NIB untuk usaha mikro dan kecil (warung, toko, jasa). NIB "
  "usaha mikro risiko rendah terbit langsung dan gratis.",
  "KTP-el;NPWP atau NIK;Alamat dan jenis usaha (KBLI);Nomor HP dan email aktif",
  dur="Hari itu juga", auth="central", note=N_OSS, url=OSS, bid=B2)
S("dpmptsp-pbg", D, "Persetujuan Bangunan Gedung (PBG, dulu IMB)", K,
  "pbg;imb;izin bangunan;izin mendirikan bangunan;bangun rumah;ruko",
  "PBG untuk membangun, mengubah atau merawat bangunan gedung, diajukan lewat SIMBG. Dinilai "
  "Tim Profesi Ahli/Tim Penilai Teknis bersama DPU CKPP.",
  "KTP-el pemilik;Bukti kepemilikan tanah (sertifikat/letter C);Gambar rencana bangunan;"
  "Perhitungan struktur (bangunan bertingkat);KKPR/KRK;Akun SIMBG",
  fee="Retribusi PBG sesuai luas dan fungsi bangunan (Perda)", dur="28 hari kerja",
  url="https://simbg.pu.go.id", bid=B1)
S("dpmptsp-slf", D, "Sertifikat Laik Fungsi (SLF) Bangunan Gedung", K,
  "slf;laik fungsi;sertifikat bangunan;gedung;ruko",
  "SLF untuk bangunan yang selesai dibangun sesuai PBG sebelum dimanfaatkan.",
  "PBG/IMB;Surat pernyataan kelaikan fungsi dari pengkaji teknis;Gambar terbangun (as built);"
  "Akun SIMBG", fee="Retribusi sesuai Perda", dur="3–10 hari kerja",
  url="https://simbg.pu.go.id", bid=B1)
S("dpmptsp-reklame", D, "Izin Penyelenggaraan Reklame", K,
  "izin reklame;baliho;papan nama;spanduk;billboard;neon box",
  "Izin pemasangan reklame permanen dan insidental; pajak reklame dibayar ke Bapenda.",
  "KTP-el/NIB pemohon;Desain dan ukuran reklame;Titik lokasi dan foto;Izin pemilik lahan",
  fee="Gratis (pajak reklame dibayar terpisah ke Bapenda)", dur="3 hari kerja", bid=B1)
S("dpmptsp-pirt", D, "Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)", K,
  "pirt;izin pangan;makanan rumahan;keripik;kue;izin produk makanan",
  "SPP-IRT untuk produk pangan olahan rumah tangga, diajukan lewat OSS setelah penyuluhan "
  "keamanan pangan (Dinkes).",
  "NIB;Sertifikat Penyuluhan Keamanan Pangan (PKP);Label/kemasan produk;Denah dan foto "
  "tempat produksi", dur="14 hari kerja", url=OSS, bid=B1)
S("dpmptsp-sip-dokter", D, "Surat Izin Praktik (SIP) Dokter dan Dokter Gigi", K,
  "sip dokter;izin praktik dokter;praktik mandiri;dokter gigi;izin praktek",
  "SIP dokter/dokter gigi untuk praktik mandiri atau di fasilitas kesehatan.",
  "STR;Surat keterangan sehat;Rekomendasi organisasi profesi (IDI/PDGI);Surat keterangan "
  "dari fasilitas tempat praktik;Pas foto 4x6;Rekomendasi Dinkes",
  dur="5 hari kerja", bid=B1)
S("dpmptsp-sip-bidan", D, "Surat Izin Praktik Bidan (SIPB) dan Perawat (SIPP)", K,
  "sip bidan;izin praktik bidan;bidan mandiri;perawat;izin praktek",
  "Izin praktik bidan dan perawat, termasuk praktik mandiri bidan (PMB).",
  "STR;Surat keterangan sehat;Rekomendasi IBI/PPNI;Denah dan foto tempat praktik;Pas foto 4x6;"
  "Rekomendasi Dinkes", dur="5 hari kerja", bid=B1)
S("dpmptsp-sip-apoteker", D, "Surat Izin Praktik Apoteker (SIPA) dan Izin Apotek", K,
  "sipa;apoteker;izin apotek;toko obat;farmasi",
  "Izin praktik apoteker serta izin apotek dan toko obat.",
  "STR apoteker;Surat keterangan sehat;Rekomendasi IAI;Surat perjanjian dengan pemilik sarana;"
  "NIB (untuk apotek)", dur="5 hari kerja", bid=B1)
S("dpmptsp-klinik", D, "Izin Operasional Klinik", K,
  "izin klinik;klinik pratama;klinik kecantikan;operasional klinik",
  "Izin operasional klinik pratama/utama setelah verifikasi Dinkes.",
  "NIB;Profil klinik;Daftar tenaga kesehatan dan SIP-nya;Denah dan daftar peralatan;Dokumen "
  "lingkungan", dur="14 hari kerja", bid=B1)
S("dpmptsp-pengaduan", D, "Konsultasi dan Pengaduan Perizinan (Mal Pelayanan Publik)", K,
  "konsultasi izin;mal pelayanan publik;mpp;tanya perizinan;izin lama",
  "Konsultasi jenis izin yang dibutuhkan dan pengaduan pelayanan perizinan di MPP.",
  "KTP-el;Dokumen perizinan terkait (bila ada)", dur="Hari itu juga", bid=B2)

# --- DPU CKPP
D, K = "dpu-ckpp", "Pekerjaan Umum dan Perumahan"
B1, B2, B3 = ("Bidang Bina Marga", "Bidang Perumahan dan Permukiman",
              "Bidang Cipta Karya dan Tata Ruang")
S("dpu-ckpp-jalan-rusak", D, "Pengaduan Jalan Kabupaten Rusak atau Berlubang", K,
  "jalan rusak;jalan berlubang;aspal;jalan ambles;perbaikan jalan;jalan desa",
  "Laporan dan perbaikan jalan kabupaten. Jalan nasional/provinsi ditangani pemerintah pusat "
  "atau Provinsi Jatim; laporan tetap diteruskan DPU CKPP.",
  "Lokasi jalan (desa, kecamatan, titik peta);Foto kerusakan", dur="Survei 3–7 hari kerja",
  bid=B1)
S("dpu-ckpp-jembatan", D, "Pengaduan Jembatan Rusak atau Putus", K,
  "jembatan;jembatan putus;jembatan rusak;jembatan ambrol;gorong-gorong",
  "Laporan kerusakan jembatan kabupaten dan penanganan darurat bersama BPBD.",
  "Lokasi jembatan;Foto kerusakan", dur="Survei 1–3 hari kerja", bid=B1)
S("dpu-ckpp-drainase", D, "Saluran Drainase Tersumbat dan Genangan", K,
  "drainase;selokan;got mampet;saluran air;genangan;gorong-gorong",
  "Pembersihan dan perbaikan saluran drainase/gorong-gorong yang tersumbat penyebab genangan.",
  "Lokasi dan foto", dur="Survei 3–7 hari kerja", bid=B1)
S("dpu-ckpp-rtlh", D, "Bantuan Rumah Tidak Layak Huni (RTLH) / Bedah Rumah", K,
  "rtlh;bedah rumah;rumah rusak;rumah roboh;rehab rumah;rumah tidak layak huni",
  "Bantuan perbaikan rumah tidak layak huni bagi keluarga tidak mampu, diusulkan lewat desa.",
  "KTP-el;KK;Bukti kepemilikan tanah (tidak sengketa);Terdaftar DTSEN atau surat keterangan "
  "tidak mampu;Foto rumah;Usulan desa", dur="Sesuai tahun anggaran", bid=B2)
S("dpu-ckpp-jamban", D, "Bantuan Jamban Sehat dan Sanitasi", K,
  "jamban;wc;septic tank;mck;sanitasi;buang air",
  "Bantuan jamban sehat dan sarana sanitasi untuk keluarga yang belum memiliki.",
  "KTP-el;KK;Usulan desa", dur="Sesuai tahun anggaran", bid=B2)
S("dpu-ckpp-tinja", D, "Layanan Sedot Tinja (IPLT)", K,
  "sedot wc;sedot tinja;septic tank penuh;tinja;wc penuh",
  "Penyedotan lumpur tinja dan pengolahan di IPLT.",
  "Alamat lengkap;Nomor HP", fee="Sesuai tarif retribusi daerah", dur="1–3 hari kerja", bid=B2)
S("dpu-ckpp-air-desa", D, "Air Bersih Perdesaan (SPAM/Pamsimas)", "Air dan Listrik",
  "air bersih desa;pamsimas;sumur bor;spam desa;hippam",
  "Pembangunan dan pendampingan sistem air bersih desa (Pamsimas/SPAM) di luar jaringan PDAM.",
  "Usulan desa;Data calon penerima", dur="Sesuai tahun anggaran", bid=B3)
S("dpu-ckpp-krk", D, "Informasi Tata Ruang dan KKPR/KRK", K,
  "tata ruang;krk;kkpr;peruntukan lahan;zonasi;rencana kota",
  "Informasi peruntukan ruang dan keterangan rencana kota untuk bangunan dan usaha.",
  "KTP-el;Bukti kepemilikan tanah;Peta lokasi", dur="5 hari kerja", bid=B3)

# --- DPU Pengairan
D = "dpu-pengairan"
S("pengairan-irigasi", D, "Perbaikan Saluran Irigasi dan Pintu Air", K,
  "irigasi;saluran sawah;pintu air;dam;sawah kering;tanggul irigasi",
  "Laporan saluran irigasi rusak, bocor, tersumbat atau pintu air macet di daerah irigasi "
  "kewenangan kabupaten.", "Lokasi (desa, nama saluran);Foto", dur="Survei 3–7 hari kerja",
  bid="Bidang Operasi dan Pemeliharaan")
S("pengairan-sungai", D, "Tanggul Sungai Jebol dan Normalisasi Sungai", K,
  "tanggul jebol;sungai;normalisasi;kali meluap;tebing sungai",
  "Penanganan tanggul/tebing sungai kewenangan kabupaten. Sungai kewenangan pusat/provinsi "
  "diteruskan ke instansinya.", "Lokasi dan foto", dur="Survei 1–3 hari kerja",
  bid="Bidang Sungai dan Pantai")
S("pengairan-hippa", D, "Pembinaan HIPPA/P3A dan Pembagian Air Irigasi",
  "Pertanian, Peternakan dan Perikanan",
  "hippa;p3a;ulu-ulu;jadwal air sawah;giliran air;jatah air",
  "Pembinaan himpunan petani pemakai air dan pengaturan giliran air irigasi.",
  "Surat permohonan HIPPA/kelompok tani", dur="5 hari kerja",
  bid="Bidang Operasi dan Pemeliharaan")

# --- Dishub
D, K = "dishub", "Perhubungan"
B1, B2 = "Bidang Lalu Lintas dan Sarana Prasarana", "Bidang Angkutan"
S("dishub-pju", D, "Penerangan Jalan Umum (PJU) Mati atau Usulan Baru", K,
  "lampu jalan;pju;lampu mati;penerangan jalan;lampu penerangan",
  "Perbaikan lampu PJU yang mati dan usulan pemasangan baru.",
  "Lokasi tiang/jalan;Foto;Nomor tiang bila ada", dur="Perbaikan 1–3 hari kerja", bid=B1)
S("dishub-apill", D, "Lampu Lalu Lintas, Rambu dan Marka Rusak", K,
  "lampu merah;traffic light;rambu;marka;cermin tikungan",
  "Perbaikan traffic light, rambu, marka dan cermin tikungan di jalan kabupaten.",
  "Lokasi dan foto", dur="1–7 hari kerja", bid=B1)
S("dishub-parkir", D, "Pengaduan Parkir dan Juru Parkir", K,
  "parkir;jukir;tukang parkir;parkir liar;karcis parkir",
  "Pengaduan tarif parkir, juru parkir tanpa karcis dan parkir liar.",
  "Lokasi, waktu dan foto", dur="1–3 hari kerja", bid=B1)
S("dishub-kir", D, "Uji Berkala Kendaraan (KIR)", K,
  "kir;uji kir;uji kendaraan;buku kir;pick up;truk",
  "Pengujian berkala kendaraan angkutan barang dan orang.",
  "STNK;Buku/kartu uji lama;KTP-el pemilik;Kendaraan dibawa ke tempat uji",
  fee="Retribusi sesuai Perda", dur="Hari itu juga", bid=B2)
S("dishub-angkutan", D, "Informasi Trayek dan Izin Angkutan", K,
  "angkot;trayek;angkutan umum;izin angkutan;bus;lyn",
  "Informasi trayek angkutan umum dan perizinan angkutan dalam kabupaten.",
  "KTP-el/NIB;STNK;Bukti uji KIR", dur="5 hari kerja", bid=B2)
S("dishub-andalalin", D, "Persetujuan Analisis Dampak Lalu Lintas (Andalalin)", K,
  "andalalin;dampak lalu lintas;akses jalan usaha;minimarket",
  "Persetujuan andalalin untuk pembangunan yang menimbulkan bangkitan lalu lintas.",
  "Dokumen andalalin;NIB;Gambar site plan", dur="Sesuai standar pelayanan", bid=B1)
S("dishub-penyeberangan", D, "Informasi Penyeberangan Ketapang–Gilimanuk", K,
  "kapal ke bali;ketapang;gilimanuk;penyeberangan;tiket kapal;ferry",
  "Informasi jadwal dan tiket penyeberangan ke Bali.", "Tiket lewat aplikasi Ferizy",
  fee="Sesuai tarif ASDP", dur="—", auth="third_party",
  note="Pelabuhan Ketapang dikelola PT ASDP Indonesia Ferry dan diawasi Kementerian "
       "Perhubungan (BPTD). Dishub Banyuwangi hanya memberi informasi.",
  url="https://ferizy.com", bid=B2)

# --- DLH
D, K = "dlh", "Lingkungan dan Kebersihan"
S("dlh-sampah", D, "Pengangkutan Sampah dan Tumpukan Sampah Liar", K,
  "sampah;sampah numpuk;truk sampah;tps;buang sampah;bau sampah",
  "Laporan sampah tidak terangkut, TPS penuh dan pembuangan sampah liar.",
  "Lokasi dan foto", fee="Gratis (retribusi sampah sesuai Perda untuk pelanggan)",
  dur="1–3 hari kerja", bid="Bidang Pengelolaan Sampah")
S("dlh-pencemaran", D, "Pengaduan Pencemaran Lingkungan", K,
  "limbah;pencemaran;sungai tercemar;bau pabrik;asap;ikan mati",
  "Pengaduan limbah, bau, asap atau air tercemar dari usaha/kegiatan.",
  "Lokasi, waktu dan foto/video;Identitas pelapor (dirahasiakan)",
  dur="Verifikasi lapangan 3–7 hari kerja", bid="Bidang Penataan dan Pengendalian Lingkungan")
S("dlh-persetujuan", D, "Persetujuan Lingkungan (AMDAL, UKL-UPL, SPPL)", K,
  "amdal;ukl upl;sppl;izin lingkungan;dokumen lingkungan",
  "Penilaian dokumen lingkungan sebagai syarat perizinan berusaha.",
  "NIB;Dokumen lingkungan sesuai skala usaha;KKPR", dur="Sesuai jenis dokumen",
  bid="Bidang Penataan dan Pengendalian Lingkungan")
S("dlh-pangkas-pohon", D, "Pemangkasan Pohon Peneduh Rawan Tumbang", K,
  "pangkas pohon;ranting;pohon besar;dahan;pohon rawan",
  "Pemangkasan pohon peneduh di jalan dan taman yang rawan patah (bukan keadaan darurat).",
  "Lokasi dan foto", dur="3–7 hari kerja", bid="Bidang Pertamanan")
S("dlh-bank-sampah", D, "Pembinaan Bank Sampah", K,
  "bank sampah;daur ulang;pilah sampah;kompos",
  "Pendampingan pembentukan dan pengelolaan bank sampah di desa/sekolah.",
  "Surat permohonan kelompok/desa", dur="Sesuai jadwal", bid="Bidang Pengelolaan Sampah")

# --- Damkar
D, K = "damkar", "Darurat"
S("damkar-kebakaran", D, "Pemadaman Kebakaran", K,
  "kebakaran;api;rumah terbakar;lahan terbakar;korsleting",
  "Pemadaman kebakaran rumah, bangunan, kendaraan dan lahan, 24 jam. Lapor lewat 112.",
  "Alamat kejadian;Nomor HP pelapor", dur="Segera (24 jam)", bid="Bidang Pemadaman")
S("damkar-hewan", D, "Evakuasi Hewan Berbahaya (ular, tawon, biawak)", K,
  "ular;tawon;sarang tawon;lebah;biawak;ular masuk rumah",
  "Evakuasi ular, sarang tawon/lebah, biawak dan hewan lain yang membahayakan.",
  "Alamat;Foto hewan bila aman", dur="Segera (24 jam)", bid="Bidang Penyelamatan")
S("damkar-rescue", D, "Penyelamatan Non-Kebakaran (cincin, orang terjebak, sumur)", K,
  "cincin tidak bisa lepas;terjebak;jatuh sumur;kunci tertinggal;evakuasi",
  "Penyelamatan orang terjebak, cincin terjepit, jatuh ke sumur dan kejadian serupa.",
  "Alamat;Kondisi korban", dur="Segera (24 jam)", bid="Bidang Penyelamatan")
S("damkar-apar", D, "Pemeriksaan Proteksi Kebakaran dan Pelatihan APAR", "Keamanan dan Ketertiban",
  "apar;alat pemadam;pelatihan kebakaran;proteksi kebakaran;hydrant",
  "Pemeriksaan sarana proteksi kebakaran gedung dan pelatihan penggunaan APAR.",
  "Surat permohonan", dur="Sesuai jadwal", bid="Bidang Pencegahan")

# --- BPBD
D = "bpbd"
S("bpbd-banjir", D, "Penanganan Banjir dan Evakuasi", "Darurat",
  "banjir;kebanjiran;air naik;evakuasi;banjir bandang",
  "Evakuasi, penanganan darurat dan kaji cepat dampak banjir. Keadaan darurat: 112.",
  "Lokasi;Jumlah warga terdampak", dur="Segera (Pusdalops 24 jam)",
  bid="Bidang Kedaruratan dan Logistik")
S("bpbd-longsor", D, "Penanganan Tanah Longsor", "Darurat",
  "longsor;tanah longsor;tebing runtuh;jalan tertimbun;retak tanah",
  "Penanganan darurat longsor dan kaji cepat bersama dinas terkait.",
  "Lokasi;Foto;Jumlah warga terdampak", dur="Segera (Pusdalops 24 jam)",
  bid="Bidang Kedaruratan dan Logistik")
S("bpbd-pohon-tumbang", D, "Pohon Tumbang dan Angin Puting Beliung", "Darurat",
  "pohon tumbang;puting beliung;angin kencang;atap terbang;pohon roboh",
  "Evakuasi pohon tumbang bersama Damkar dan DLH serta penanganan dampak angin kencang.",
  "Lokasi;Foto", dur="Segera (Pusdalops 24 jam)", bid="Bidang Kedaruratan dan Logistik")
S("bpbd-air-bersih", D, "Droping Air Bersih saat Kekeringan", "Air dan Listrik",
  "kekeringan;droping air;air bersih;sumur kering;kemarau",
  "Pengiriman air bersih ke dusun yang mengalami kekeringan.",
  "Surat permohonan desa;Jumlah KK terdampak", dur="1–3 hari kerja",
  bid="Bidang Kedaruratan dan Logistik")
S("bpbd-logistik", D, "Bantuan Logistik dan Kaji Cepat Pascabencana", "Sosial",
  "bantuan bencana;logistik;terpal;pengungsi;rumah rusak bencana",
  "Bantuan logistik, terpal dan perbaikan darurat bagi warga terdampak bencana.",
  "Laporan desa;Data korban", dur="1–3 hari kerja", bid="Bidang Rehabilitasi dan Rekonstruksi")
S("bpbd-gunung", D, "Informasi Status Gunung Api Ijen dan Raung", "Darurat",
  "gunung raung;ijen;status gunung;erupsi;abu vulkanik",
  "Informasi status dan rekomendasi gunung api dan kesiapsiagaan warga sekitar.",
  "—", dur="—", auth="central",
  note="Status gunung api ditetapkan PVMBG (Badan Geologi, Kementerian ESDM). BPBD "
       "meneruskan informasi dan menyiapkan evakuasi.",
  url="https://magma.esdm.go.id", bid="Bidang Pencegahan dan Kesiapsiagaan")

# --- Satpol PP
D, K = "satpolpp", "Keamanan dan Ketertiban"
S("satpol-ketertiban", D, "Pengaduan Gangguan Ketertiban Umum", K,
  "ketertiban;keributan;miras;warung remang-remang;pengamen;gangguan",
  "Penanganan gangguan ketertiban umum dan pelanggaran Perda (bukan tindak pidana).",
  "Lokasi, waktu dan foto;Identitas pelapor (dirahasiakan)", dur="1–3 hari kerja",
  bid="Bidang Ketertiban Umum")
S("satpol-pkl", D, "Penertiban PKL dan Bangunan Liar", K,
  "pkl;pedagang kaki lima;lapak;trotoar;bangunan liar",
  "Penertiban pedagang kaki lima dan bangunan di trotoar, taman atau saluran.",
  "Lokasi dan foto", dur="3–7 hari kerja", bid="Bidang Ketertiban Umum")
S("satpol-reklame", D, "Penertiban Reklame dan Baliho Liar", K,
  "reklame liar;baliho;spanduk liar;poster;banner",
  "Penertiban reklame tanpa izin atau kedaluwarsa.", "Lokasi dan foto", dur="3–7 hari kerja",
  bid="Bidang Penegakan Perda")
S("satpol-linmas", D, "Bantuan Personel Linmas/Satpol PP untuk Kegiatan", K,
  "linmas;hansip;pengamanan acara;bantuan personel;satpol",
  "Permohonan bantuan pengamanan kegiatan masyarakat atau pemerintahan.",
  "Surat permohonan;Jadwal dan lokasi kegiatan", dur="Permohonan 7 hari sebelum kegiatan",
  bid="Bidang Perlindungan Masyarakat")

# --- Polresta (central)
D, K = "polresta", "Keamanan dan Ketertiban"
N_POL = "Diterbitkan Polri (Polresta/Polsek), bukan Pemkab."
S("polresta-skck", D, "Surat Keterangan Catatan Kepolisian (SKCK)", K,
  "skck;surat kelakuan baik;catatan kepolisian;lamaran kerja;skck online",
  "SKCK untuk melamar kerja, CPNS, sekolah dan lainnya. Bisa daftar online lalu datang ke "
  "Polresta (atau Polsek untuk keperluan lokal).",
  "Fotokopi KTP-el;Fotokopi KK;Fotokopi akta kelahiran atau ijazah;Pas foto 4x6 latar "
  "merah 6 lembar;Formulir sidik jari",
  fee="Rp 30.000 (PNBP)", dur="1 hari kerja", auth="central",
  note=N_POL + " Desa/kelurahan kadang diminta memberi surat pengantar.",
  url="https://skck.polri.go.id", bid="Satuan Intelkam")
S("polresta-sim", D, "SIM Baru (A dan C)", K,
  "sim;sim baru;bikin sim;sim a;sim c;ujian sim",
  "Pembuatan SIM baru di Satpas Polresta: ujian teori dan praktik.",
  "KTP-el;Surat keterangan sehat jasmani;Hasil tes psikologi;Usia minimal 17 tahun",
  fee="PNBP SIM A Rp 120.000, SIM C Rp 100.000 (belum termasuk tes kesehatan dan psikologi)",
  dur="1 hari kerja bila lulus ujian", auth="central", note=N_POL,
  bid="Satuan Lalu Lintas")
S("polresta-sim-perpanjang", D, "Perpanjangan dan Penggantian SIM (hilang/rusak)", K,
  "perpanjang sim;sim mati;sim hilang;sim rusak;sim keliling",
  "Perpanjangan SIM sebelum masa berlaku habis dan penggantian SIM hilang/rusak. Juga di "
  "SIM keliling.",
  "KTP-el;SIM lama;Surat keterangan sehat;Hasil tes psikologi;Surat kehilangan dari polisi "
  "(bila hilang)", fee="PNBP perpanjangan SIM A Rp 80.000, SIM C Rp 75.000",
  dur="Hari itu juga", auth="central", note=N_POL, bid="Satuan Lalu Lintas")
S("polresta-kehilangan", D, "Surat Keterangan Tanda Lapor Kehilangan", K,
  "surat kehilangan;kehilangan;dompet hilang;hp hilang;dokumen hilang",
  "Surat keterangan kehilangan barang/dokumen (untuk mengurus ulang KTP, KK, SIM, ATM, "
  "sertifikat). Bisa di Polsek terdekat.", "KTP-el atau identitas lain;Keterangan barang yang "
  "hilang", dur="Hari itu juga", auth="central", note=N_POL, bid="SPKT")
S("polresta-laporan", D, "Laporan/Pengaduan Tindak Pidana (SPKT)", K,
  "lapor polisi;pencurian;penipuan;penganiayaan;maling;dicuri",
  "Penerimaan laporan tindak pidana di SPKT Polresta atau Polsek. Keadaan darurat: 112.",
  "Identitas pelapor;Kronologi;Bukti dan saksi", dur="Hari itu juga (penerimaan laporan)",
  auth="central", note=N_POL, bid="SPKT")
S("polresta-keramaian", D, "Izin Keramaian (hiburan, hajatan, pertunjukan)", K,
  "izin keramaian;hajatan;orkes;dangdut;pertunjukan;konser",
  "Surat izin keramaian untuk hajatan dengan hiburan, pertunjukan, lomba atau konser.",
  "Surat permohonan;Fotokopi KTP-el penanggung jawab;Rekomendasi desa dan kecamatan;"
  "Susunan acara", dur="Diajukan paling lambat 7 hari sebelum acara", auth="central",
  note=N_POL + " Untuk kegiatan besar diperlukan juga rekomendasi instansi terkait.",
  bid="Satuan Intelkam")

# --- Imigrasi
D = "imigrasi-bwi"
N_IMI = ("Paspor diterbitkan Direktorat Jenderal Imigrasi (pemerintah pusat), bukan Pemkab. "
         "Pemkab membantu dokumen kependudukan yang menjadi syarat.")
S("imigrasi-paspor", D, "Paspor Baru (umum, umrah, wisata)", "Kependudukan",
  "paspor;pasport;bikin paspor;paspor umroh;m-paspor;ke luar negeri",
  "Pembuatan paspor; ambil antrean lewat aplikasi M-Paspor, lalu datang untuk foto dan "
  "wawancara.", "KTP-el;KK;Akta kelahiran atau ijazah atau buku nikah;Jadwal dari aplikasi "
  "M-Paspor", fee="Sesuai PNBP Imigrasi (paspor biasa 5 tahun Rp 350.000)",
  dur="4 hari kerja setelah wawancara", auth="central", note=N_IMI,
  url="https://www.imigrasi.go.id", bid="Seksi Lalu Lintas Keimigrasian")
S("imigrasi-paspor-hilang", D, "Penggantian Paspor Hilang atau Rusak", "Kependudukan",
  "paspor hilang;paspor rusak;ganti paspor;paspor basah",
  "Penggantian paspor yang hilang atau rusak, didahului pemeriksaan.",
  "Surat keterangan hilang dari kepolisian;KTP-el;KK;Paspor rusak (bila rusak)",
  fee="Biaya paspor baru ditambah PNBP kehilangan Rp 1.000.000 atau kerusakan Rp 500.000",
  dur="Setelah pemeriksaan, ± 4 hari kerja", auth="central", note=N_IMI,
  url="https://www.imigrasi.go.id", bid="Seksi Lalu Lintas Keimigrasian")
S("imigrasi-paspor-pmi", D, "Paspor Calon Pekerja Migran Indonesia (PMI)", "Ketenagakerjaan",
  "paspor tki;paspor pmi;kerja luar negeri;tkw;rekomendasi paspor",
  "Paspor untuk calon PMI yang ditempatkan resmi.",
  "Surat rekomendasi paspor dari Disnakertransperin;KTP-el;KK;Akta kelahiran atau ijazah;"
  "Surat izin keluarga", fee="Sesuai PNBP Imigrasi", dur="4 hari kerja setelah wawancara",
  auth="central", note=N_IMI, url="https://www.imigrasi.go.id",
  bid="Seksi Lalu Lintas Keimigrasian")

# --- BPN
D, K = "kantah-bwi", "Pertanahan"
N_BPN = ("Sertifikat tanah diterbitkan oleh Kantor Pertanahan (BPN), bukan Pemkab. Pemkab hanya "
         "membantu informasi PBB/BPHTB (Bapenda); desa memberi keterangan riwayat tanah.")
BPN_URL = "https://www.atrbpn.go.id"
FEE_BPN = "Sesuai PNBP Kementerian ATR/BPN"
S("bpn-sertifikat", D, "Pendaftaran Tanah Pertama Kali (Sertifikat Tanah, PTSL)", K,
  "sertifikat tanah;sertipikat;ptsl;tanah letter c;petok d;bikin sertifikat",
  "Penerbitan sertifikat untuk tanah yang belum bersertifikat, termasuk program PTSL lewat "
  "desa.", "KTP-el dan KK;Bukti alas hak (letter C/petok D, akta jual beli, waris);Surat "
  "keterangan riwayat tanah dari desa;SPPT PBB;Patok batas terpasang",
  fee=FEE_BPN, dur="Sesuai standar pelayanan Kantor Pertanahan", auth="central", note=N_BPN,
  url=BPN_URL, bid="Seksi Penetapan Hak dan Pendaftaran")
S("bpn-balik-nama", D, "Peralihan Hak / Balik Nama Sertifikat (jual beli, waris, hibah)", K,
  "balik nama;balik nama sertifikat;jual beli tanah;waris tanah;hibah tanah;ajb",
  "Peralihan hak atas tanah berdasarkan akta PPAT atau keterangan waris.",
  "Sertifikat asli;Akta PPAT atau surat keterangan waris;KTP-el dan KK para pihak;Bukti "
  "bayar BPHTB dan PPh;SPPT PBB tahun berjalan", fee=FEE_BPN, dur="5 hari kerja",
  auth="central", note=N_BPN, url=BPN_URL, bid="Seksi Penetapan Hak dan Pendaftaran")
S("bpn-ukur", D, "Pengukuran dan Pengembalian Batas Tanah", K,
  "ukur tanah;pengukuran;patok;batas tanah;sengketa batas",
  "Pengukuran bidang tanah dan pengembalian batas oleh petugas ukur.",
  "Sertifikat atau bukti alas hak;KTP-el;Patok batas;Persetujuan tetangga berbatasan",
  fee=FEE_BPN, dur="Sesuai jadwal ukur", auth="central", note=N_BPN, url=BPN_URL,
  bid="Seksi Survei dan Pemetaan")
S("bpn-pecah", D, "Pemecahan dan Penggabungan Sertifikat", K,
  "pecah sertifikat;pemecahan;kavling;bagi waris tanah;split sertifikat",
  "Pemecahan satu bidang menjadi beberapa sertifikat (misalnya pembagian waris atau kavling).",
  "Sertifikat asli;KTP-el;Site plan/gambar rencana pemecahan;SPPT PBB;PBG/KKPR bila untuk "
  "perumahan", fee=FEE_BPN, dur="Sesuai standar pelayanan Kantor Pertanahan",
  auth="central", note=N_BPN, url=BPN_URL, bid="Seksi Survei dan Pemetaan")
S("bpn-sertifikat-hilang", D, "Sertifikat Pengganti (hilang atau rusak)", K,
  "sertifikat hilang;sertifikat rusak;sertifikat dimakan rayap;ganti sertifikat",
  "Penerbitan sertifikat pengganti karena hilang atau rusak, dengan sumpah dan pengumuman.",
  "Surat keterangan hilang dari kepolisian;KTP-el;Berita acara sumpah;Sertifikat rusak (bila "
  "rusak)", fee=FEE_BPN, dur="Setelah masa pengumuman", auth="central", note=N_BPN,
  url=BPN_URL, bid="Seksi Penetapan Hak dan Pendaftaran")
S("bpn-roya", D, "Roya (Penghapusan Hak Tanggungan)", K,
  "roya;hak tanggungan;lunas kredit bank;agunan sertifikat",
  "Pencoretan hak tanggungan setelah kredit bank lunas.",
  "Sertifikat asli;Sertifikat hak tanggungan;Surat lunas/roya dari bank;KTP-el",
  fee=FEE_BPN, dur="5 hari kerja", auth="central", note=N_BPN, url=BPN_URL,
  bid="Seksi Penetapan Hak dan Pendaftaran")

# --- Kemenag and KUA
D, K = "kemenag", "Keagamaan dan Pernikahan"
N_KEMENAG = "Kewenangan Kementerian Agama (pemerintah pusat), bukan Pemkab."
N_NIKAH = ("Nikah warga muslim dicatat KUA (Kementerian Agama), bukan Pemkab. Desa/kelurahan "
           "memberi surat pengantar nikah; Dispendukcapil memperbarui KK dan KTP-el sesudahnya.")
NIKAH_REQ = ("Surat pengantar nikah dari desa/kelurahan;KTP-el dan KK calon pengantin;Akta "
             "kelahiran;Pas foto 2x3 dan 4x6 latar biru;Izin orang tua bila di bawah 21 tahun;"
             "Dispensasi Pengadilan Agama bila di bawah 19 tahun;Akta cerai/kematian bila "
             "duda/janda")
NIKAH_FEE = "Gratis di KUA pada jam kerja; Rp 600.000 bila di luar kantor atau di luar jam kerja"
S("kemenag-nikah-info", D, "Informasi Pendaftaran Nikah dan Rujukan ke KUA Kecamatan", K,
  "nikah;menikah;daftar nikah;kawin;syarat nikah;buku nikah",
  "Informasi syarat nikah warga muslim; pendaftaran dilakukan di KUA kecamatan tempat "
  "tinggal calon pengantin perempuan atau tempat akad.", NIKAH_REQ, fee=NIKAH_FEE,
  dur="Daftar paling lambat 10 hari kerja sebelum akad", auth="central", note=N_NIKAH,
  bid="Seksi Bimas Islam")
S("kemenag-haji", D, "Pendaftaran Haji Reguler", K,
  "haji;daftar haji;porsi haji;antrean haji;setoran haji",
  "Pendaftaran haji reguler setelah setoran awal di bank penerima setoran BPIH.",
  "KTP-el;KK;Akta kelahiran atau ijazah atau buku nikah;Bukti setoran awal BPIH;Pas foto",
  fee="Setoran awal BPIH Rp 25.000.000 (ke bank penerima setoran)", dur="1 hari kerja",
  auth="central", note=N_KEMENAG, url="https://haji.kemenag.go.id",
  bid="Seksi Penyelenggaraan Haji dan Umrah")
S("kemenag-umrah", D, "Informasi dan Pengaduan Travel Umrah (PPIU)", K,
  "umrah;umroh;travel umroh;ppiu;penipuan umroh",
  "Cek izin travel umrah (PPIU) dan pengaduan jemaah yang gagal berangkat.",
  "Identitas;Bukti pembayaran dan perjanjian dengan travel", dur="Sesuai kasus",
  auth="central", note=N_KEMENAG, bid="Seksi Penyelenggaraan Haji dan Umrah")
S("kemenag-madrasah", D, "Layanan Madrasah (mutasi siswa, legalisir ijazah MI/MTs/MA)",
  "Pendidikan", "madrasah;mi;mts;ma;legalisir ijazah madrasah;pindah madrasah",
  "Urusan madrasah berada di Kemenag, bukan Dispendik.",
  "Ijazah asli dan fotokopi;Surat permohonan;Surat pindah dari madrasah asal (untuk mutasi)",
  dur="1–3 hari kerja", auth="central", note=N_KEMENAG, bid="Seksi Pendidikan Madrasah")
S("kemenag-halal", D, "Pendampingan Sertifikasi Halal (Self Declare)",
  "Perizinan dan Usaha", "halal;sertifikat halal;label halal;sehati;self declare",
  "Pendampingan sertifikasi halal gratis (self declare) untuk usaha mikro dan kecil.",
  "NIB;KTP-el;Daftar bahan dan proses produksi;Akun SIHALAL",
  fee="Gratis (program self declare sesuai kuota)", dur="± 21 hari kerja", auth="central",
  note="Sertifikat halal diterbitkan BPJPH (pemerintah pusat). Kemenag dan pendamping PPH "
       "membantu; Diskop UMP membantu UMKM.", url="https://ptsp.halal.go.id",
  bid="Seksi Bimas Islam")
for kk, kec in KUA:
    o = f"kua-{kk}"
    S(f"{o}-nikah", o, f"Pendaftaran dan Pencatatan Nikah – KUA {kec}", K,
      "nikah;daftar nikah;akad nikah;kua;buku nikah;rabi",
      f"Pendaftaran, pemeriksaan berkas dan pencatatan nikah di KUA Kecamatan {kec}.",
      NIKAH_REQ, fee=NIKAH_FEE, dur="Daftar paling lambat 10 hari kerja sebelum akad",
      auth="central", note=N_NIKAH, area=kec, bid="Pelayanan Nikah")
    S(f"{o}-rujuk", o, f"Pencatatan Rujuk – KUA {kec}", K,
      "rujuk;balikan;kembali nikah;talak",
      f"Pencatatan rujuk pasangan muslim di KUA Kecamatan {kec}.",
      "Akta cerai/putusan Pengadilan Agama;KTP-el kedua pihak;Buku nikah;2 orang saksi",
      dur="Hari itu juga", auth="central", note=N_NIKAH, area=kec, bid="Pelayanan Nikah")

# --- Pengadilan Agama
D = "pa-bwi"
N_PA = ("Diputus Pengadilan Agama (Mahkamah Agung), bukan Pemkab. Pemkab tidak bisa "
        "mengesahkan perceraian atau nikah siri.")
ECOURT = "https://ecourt.mahkamahagung.go.id"
S("pa-cerai", D, "Gugatan dan Permohonan Cerai (muslim)", "Keagamaan dan Pernikahan",
  "cerai;gugat cerai;talak;pisah suami;perceraian",
  "Pendaftaran perkara cerai gugat (oleh istri) atau cerai talak (oleh suami).",
  "Fotokopi KTP-el;Buku nikah asli dan fotokopi;Fotokopi KK;Surat gugatan/permohonan (bisa "
  "dibantu Posbakum)", fee="Panjar biaya perkara sesuai radius; gratis (prodeo) bagi warga "
  "tidak mampu", dur="Sesuai jadwal sidang (± 1–3 bulan)", auth="central", note=N_PA,
  url=ECOURT, bid="Kepaniteraan")
S("pa-isbat", D, "Isbat Nikah (pengesahan nikah siri)", "Keagamaan dan Pernikahan",
  "isbat nikah;nikah siri;nikah tidak tercatat;buku nikah tidak ada;sidang isbat",
  "Pengesahan perkawinan yang tidak tercatat agar bisa dicatat KUA dan masuk KK/akta anak.",
  "Fotokopi KTP-el suami istri;Fotokopi KK;Surat keterangan dari KUA bahwa nikah tidak "
  "tercatat;2 orang saksi", fee="Panjar biaya perkara; gratis pada sidang keliling/isbat "
  "terpadu bila ada", dur="Sesuai jadwal sidang", auth="central", note=N_PA, url=ECOURT,
  bid="Kepaniteraan")
S("pa-dispensasi", D, "Dispensasi Kawin (calon pengantin di bawah 19 tahun)",
  "Keagamaan dan Pernikahan", "dispensasi kawin;nikah dini;di bawah umur;umur belum 19",
  "Permohonan dispensasi kawin bagi calon pengantin yang belum berusia 19 tahun.",
  "Surat penolakan dari KUA;KTP-el orang tua;Akta kelahiran anak;KK;Rekomendasi/asesmen "
  "(psikolog, dinas terkait)", fee="Panjar biaya perkara", dur="Sesuai jadwal sidang",
  auth="central", note=N_PA, url=ECOURT, bid="Kepaniteraan")
S("pa-waris", D, "Penetapan Ahli Waris (muslim)", "Keagamaan dan Pernikahan",
  "ahli waris;waris;pembagian warisan;penetapan waris;harta waris",
  "Penetapan ahli waris dan pembagian waris menurut hukum Islam.",
  "Akta kematian pewaris;KTP-el dan KK para ahli waris;Silsilah keluarga dari desa",
  fee="Panjar biaya perkara", dur="Sesuai jadwal sidang", auth="central", note=N_PA,
  url=ECOURT, bid="Kepaniteraan")
S("pa-posbakum", D, "Pos Bantuan Hukum (Posbakum) Gratis", "Pengaduan",
  "posbakum;bantuan hukum;bikin gugatan;konsultasi hukum;pengacara gratis",
  "Bantuan gratis menyusun gugatan/permohonan dan konsultasi hukum di Pengadilan Agama.",
  "KTP-el;Surat keterangan tidak mampu (bila ada)", dur="Hari itu juga", auth="central",
  note=N_PA, bid="Kepaniteraan")

# --- KPP
D = "kpp-bwi"
N_DJP = "Pajak pusat oleh Direktorat Jenderal Pajak, bukan Pemkab."
S("kpp-npwp", D, "Pendaftaran NPWP (NIK sebagai NPWP)", "Pajak dan Retribusi",
  "npwp;daftar npwp;kartu npwp;nik npwp;pajak penghasilan",
  "Pendaftaran/validasi NPWP orang pribadi dan badan; NIK berlaku sebagai NPWP.",
  "KTP-el;Email dan nomor HP aktif;Akta pendirian (untuk badan)", dur="1 hari kerja",
  auth="central", note=N_DJP, url="https://www.pajak.go.id", bid="Seksi Pelayanan")
S("kpp-spt", D, "Pelaporan SPT Tahunan dan Konsultasi Pajak", "Pajak dan Retribusi",
  "spt;lapor spt;efin;pajak tahunan;coretax",
  "Bantuan pelaporan SPT tahunan, aktivasi akun dan konsultasi pajak.",
  "KTP-el/NPWP;Bukti potong pajak (1721-A1)", dur="Hari itu juga", auth="central",
  note=N_DJP, url="https://www.pajak.go.id", bid="Seksi Pelayanan")

# --- BPJS Kesehatan / Ketenagakerjaan
D, K = "bpjs-kes", "Kesehatan"
N_BPJSK = ("Kepesertaan JKN dikelola BPJS Kesehatan, bukan Pemkab. Warga tidak mampu bisa "
           "diusulkan ke PBI APBD lewat Dinkes.")
S("bpjskes-mandiri", D, "Pendaftaran Peserta BPJS Kesehatan Mandiri", K,
  "bpjs mandiri;daftar bpjs;jkn;kis mandiri;bpjs keluarga",
  "Pendaftaran peserta JKN mandiri (PBPU) untuk seluruh anggota KK.",
  "KTP-el;KK;Nomor rekening/virtual account untuk autodebet;Email dan nomor HP",
  fee="Iuran sesuai kelas yang dipilih", dur="Aktif 14 hari setelah pendaftaran",
  auth="central", note=N_BPJSK, url="https://www.bpjs-kesehatan.go.id", bid="Bidang Kepesertaan")
S("bpjskes-ubah-data", D, "Perubahan Data, Pindah Faskes dan Kartu Hilang", K,
  "pindah faskes;ganti puskesmas bpjs;kartu bpjs hilang;ubah data bpjs;tambah anggota",
  "Perubahan data peserta, pindah faskes tingkat pertama, cetak ulang kartu.",
  "KTP-el;KK;Kartu JKN-KIS (bila ada)", dur="Hari itu juga", auth="central", note=N_BPJSK,
  url="https://www.bpjs-kesehatan.go.id", bid="Bidang Kepesertaan")
S("bpjskes-tunggakan", D, "Tunggakan Iuran dan Program Cicilan (REHAB)", K,
  "tunggakan bpjs;bpjs nunggak;denda bpjs;cicilan bpjs;bpjs tidak aktif",
  "Informasi tunggakan, denda rawat inap dan program cicilan tunggakan.",
  "KTP-el;Nomor kartu JKN", fee="Sesuai tunggakan", dur="Hari itu juga", auth="central",
  note=N_BPJSK, url="https://www.bpjs-kesehatan.go.id", bid="Bidang Kepesertaan")
S("bpjskes-pengaduan", D, "Pengaduan Layanan JKN (ditolak, disuruh bayar)", "Pengaduan",
  "bpjs ditolak;disuruh bayar;pengaduan bpjs;kamar penuh;obat bayar",
  "Pengaduan peserta JKN di fasilitas kesehatan; Care Center 165 atau petugas BPJS SATU! di "
  "rumah sakit.", "Nomor kartu JKN;Kronologi;Nama fasilitas kesehatan", dur="1–3 hari kerja",
  auth="central", note=N_BPJSK, url="https://www.bpjs-kesehatan.go.id",
  bid="Bidang Jaminan Pelayanan Kesehatan")
D, K = "bpjs-tk", "Ketenagakerjaan"
N_BPJSTK = "Klaim dan kepesertaan diputus BPJS Ketenagakerjaan, bukan Pemkab."
BPJSTK_URL = "https://www.bpjsketenagakerjaan.go.id"
S("bpjstk-jht", D, "Klaim Jaminan Hari Tua (JHT)", K,
  "jht;klaim jht;pencairan bpjs ketenagakerjaan;jamsostek;resign",
  "Pencairan JHT setelah berhenti kerja, lewat aplikasi JMO, Lapak Asik atau kantor cabang.",
  "KTP-el;Kartu peserta/nomor KPJ;Surat keterangan berhenti kerja (paklaring);Buku "
  "rekening;NPWP (bila saldo besar)", dur="± 5 hari kerja", auth="central", note=N_BPJSTK,
  url=BPJSTK_URL, bid="Bidang Pelayanan")
S("bpjstk-bpu", D, "Pendaftaran Peserta Bukan Penerima Upah (petani, nelayan, ojek)", K,
  "bpjs tk mandiri;bukan penerima upah;petani;nelayan;ojek;pekerja informal",
  "Pendaftaran perlindungan JKK dan JKM bagi pekerja informal.",
  "KTP-el;Nomor HP", fee="Iuran mulai Rp 16.800 per bulan", dur="Hari itu juga",
  auth="central", note=N_BPJSTK, url=BPJSTK_URL, bid="Bidang Kepesertaan")
S("bpjstk-jkm", D, "Klaim Santunan Kematian dan Kecelakaan Kerja (JKM/JKK)", K,
  "santunan kematian;kecelakaan kerja;jkm;jkk;klaim ahli waris",
  "Klaim santunan bagi peserta yang meninggal atau mengalami kecelakaan kerja.",
  "Akta kematian atau laporan kecelakaan;KTP-el dan KK ahli waris;Kartu peserta;Buku "
  "rekening ahli waris", dur="± 3–7 hari kerja", auth="central", note=N_BPJSTK,
  url=BPJSTK_URL, bid="Bidang Pelayanan")

# --- Samsat
D, K = "samsat-bwi", "Pajak dan Retribusi"
N_SAMSAT = ("Pajak kendaraan adalah pajak Provinsi Jawa Timur (Bapenda Jatim) bersama Polri dan "
            "Jasa Raharja, bukan Pemkab Banyuwangi.")
SAMSAT_URL = "https://bapenda.jatimprov.go.id"
S("samsat-pkb", D, "Pajak Kendaraan Tahunan (STNK tahunan)", K,
  "pajak motor;pajak mobil;pkb;stnk tahunan;bayar pajak kendaraan;samsat keliling",
  "Pembayaran pajak kendaraan tahunan di Samsat, Samsat keliling atau e-Samsat.",
  "KTP-el sesuai STNK;STNK asli", fee="Sesuai nilai PKB dan SWDKLLJ", dur="Hari itu juga",
  auth="province", note=N_SAMSAT, url=SAMSAT_URL, bid="Seksi Pelayanan")
S("samsat-stnk5", D, "Perpanjangan STNK 5 Tahunan (ganti plat)", K,
  "stnk 5 tahun;ganti plat;plat nomor;cek fisik;tnkb",
  "Pengesahan STNK 5 tahunan dan penggantian plat nomor dengan cek fisik kendaraan.",
  "KTP-el sesuai STNK;STNK asli;BPKB asli;Kendaraan untuk cek fisik",
  fee="PKB + SWDKLLJ + PNBP STNK dan TNKB", dur="Hari itu juga (plat sesuai ketersediaan)",
  auth="province", note=N_SAMSAT, url=SAMSAT_URL, bid="Seksi Pelayanan")
S("samsat-bbn", D, "Balik Nama dan Mutasi Kendaraan", K,
  "balik nama motor;bbn;mutasi kendaraan;beli motor bekas;cabut berkas",
  "Balik nama kendaraan bekas dan mutasi masuk/keluar daerah.",
  "KTP-el pemilik baru;STNK dan BPKB asli;Kuitansi jual beli;Cek fisik",
  fee="BBNKB + PKB + PNBP", dur="± 1–14 hari kerja", auth="province", note=N_SAMSAT,
  url=SAMSAT_URL, bid="Seksi Pelayanan")

# --- PLN
D, K = "pln-up3", "Air dan Listrik"
N_PLN = ("Listrik dikelola PT PLN (Persero), bukan Pemkab. Pemkab hanya mengurus lampu jalan "
         "(PJU) lewat Dishub.")
S("pln-pasang-baru", D, "Pasang Baru dan Tambah Daya Listrik", K,
  "pasang listrik;listrik baru;tambah daya;meteran listrik;token;kwh",
  "Permohonan sambungan baru dan tambah daya lewat PLN Mobile atau kantor ULP.",
  "KTP-el;Alamat dan titik lokasi;Sertifikat laik operasi (SLO) instalasi",
  fee="Sesuai tarif biaya penyambungan PLN", dur="Sesuai standar PLN", auth="third_party",
  note=N_PLN, url="https://www.pln.co.id", bid="Bagian Pelayanan Pelanggan")
S("pln-gangguan", D, "Gangguan Listrik, Kabel Putus dan Tiang Miring", K,
  "listrik padam;mati lampu;kabel putus;tiang listrik;korsleting gardu",
  "Laporan gangguan listrik lewat contact center 123 atau PLN Mobile. Kabel putus berbahaya: "
  "jauhi dan laporkan segera.", "ID pelanggan atau alamat;Foto bila aman",
  dur="Segera (24 jam)", auth="third_party", note=N_PLN, url="https://www.pln.co.id",
  bid="Bagian Jaringan")

# --- PDAM
D = "pdam"
S("pdam-pasang-baru", D, "Pasang Baru Sambungan Air PDAM", "Air dan Listrik",
  "pasang pdam;sambungan baru;air pdam;meteran air;ledeng",
  "Permohonan sambungan rumah baru di wilayah jaringan PDAM.",
  "KTP-el;KK;Denah lokasi;Rekening listrik tetangga/sendiri sebagai patokan alamat",
  fee="Sesuai tarif sambungan baru PDAM", dur="± 7–14 hari kerja", bid="Bagian Hubungan Langganan")
S("pdam-gangguan", D, "Gangguan Air Mati, Keruh dan Pipa Bocor", "Air dan Listrik",
  "air mati;air pdam mati;air keruh;pipa bocor;air kecil;ledeng mati",
  "Pengaduan air tidak mengalir, keruh atau pipa bocor, 24 jam.",
  "Nomor sambungan/ID pelanggan;Alamat;Foto bila ada", dur="Respon 1×24 jam",
  bid="Bagian Distribusi")
S("pdam-tagihan", D, "Tagihan, Balik Nama dan Tutup Sementara Pelanggan PDAM", "Air dan Listrik",
  "tagihan pdam;rekening air;balik nama pdam;tagihan membengkak;tutup sementara",
  "Keberatan tagihan, balik nama pelanggan dan penutupan sementara sambungan.",
  "KTP-el;Rekening air terakhir;Bukti kepemilikan rumah (balik nama)", dur="1–3 hari kerja",
  bid="Bagian Hubungan Langganan")

# --- Bapenda
D, K = "bapenda", "Pajak dan Retribusi"
B1, B2 = "Bidang Pajak Bumi dan Bangunan dan BPHTB", "Bidang Pajak Daerah Lainnya"
S("bapenda-pbb-sppt", D, "SPPT PBB-P2: Cek Tagihan, Salinan SPPT Hilang", K,
  "pbb;sppt;pajak bumi bangunan;pajak tanah;tagihan pbb;sppt hilang",
  "Informasi tagihan PBB-P2, cetak salinan SPPT dan tempat pembayaran.",
  "KTP-el;NOP atau SPPT tahun sebelumnya", dur="Hari itu juga", bid=B1)
S("bapenda-pbb-mutasi", D, "Mutasi/Balik Nama Objek PBB dan Pendaftaran Objek Baru", K,
  "balik nama pbb;mutasi pbb;ganti nama sppt;pecah sppt;objek pajak baru",
  "Perubahan nama wajib pajak, pemecahan atau penggabungan objek PBB.",
  "KTP-el;SPPT terakhir;Bukti kepemilikan (sertifikat/AJB/waris);Bukti lunas PBB",
  dur="5 hari kerja", bid=B1)
S("bapenda-pbb-keberatan", D, "Keberatan dan Pengurangan PBB", K,
  "keberatan pbb;pbb mahal;pengurangan pbb;pbb naik;njop",
  "Pengajuan keberatan atau pengurangan ketetapan PBB-P2.",
  "Surat permohonan;KTP-el;SPPT yang diajukan;Bukti pendukung (foto, keterangan tidak mampu)",
  dur="Sesuai ketentuan (maksimal 12 bulan)", bid=B1)
S("bapenda-bphtb", D, "Validasi BPHTB (pajak jual beli/waris tanah)", K,
  "bphtb;pajak jual beli tanah;pajak waris;validasi bphtb;pajak balik nama tanah",
  "Perhitungan dan validasi BPHTB sebagai syarat peralihan hak di BPN.",
  "KTP-el para pihak;SPPT PBB dan bukti lunas;Fotokopi sertifikat;Draf akta PPAT atau "
  "keterangan waris", fee="5% dari NPOP dikurangi NPOPTKP", dur="1–3 hari kerja", bid=B1)
S("bapenda-pbjt", D, "Pendaftaran dan Pelaporan Pajak Hotel, Restoran dan Hiburan (PBJT)", K,
  "pajak restoran;pajak hotel;npwpd;pajak hiburan;pajak homestay;pbjt",
  "Pendaftaran NPWPD dan pelaporan PBJT untuk hotel, homestay, rumah makan dan hiburan.",
  "KTP-el;NIB;Data usaha", dur="1 hari kerja", bid=B2)
S("bapenda-reklame", D, "Pajak Reklame", K,
  "pajak reklame;pajak baliho;pajak papan nama;skpd reklame",
  "Penetapan dan pembayaran pajak reklame.",
  "Izin reklame atau data reklame;KTP-el/NIB", fee="Sesuai ukuran dan lokasi (Perda)",
  dur="1 hari kerja", bid=B2)

# --- BPKAD / Bappeda / Bakesbangpol
S("bpkad-aset", "bpkad", "Sewa dan Pemanfaatan Aset Daerah (tanah, gedung)",
  "Pajak dan Retribusi", "sewa gedung pemkab;aset daerah;sewa tanah pemkab;tanah pemda",
  "Permohonan sewa atau pinjam pakai tanah/gedung milik Pemkab.",
  "Surat permohonan;KTP-el/NIB;Rencana pemanfaatan", fee="Sesuai tarif sewa (Perbup)",
  dur="14 hari kerja", bid="Bidang Aset")
S("bpkad-hibah", "bpkad", "Informasi Pencairan Hibah dan Bansos Daerah", "Sosial",
  "hibah;pencairan hibah;dana hibah;nphd;bansos daerah",
  "Informasi proses pencairan hibah/bansos APBD yang sudah ditetapkan.",
  "NPHD;Rekening lembaga;Proposal yang telah disetujui", dur="Sesuai jadwal anggaran",
  bid="Bidang Perbendaharaan")
S("bappeda-musrenbang", "bappeda", "Usulan Pembangunan melalui Musrenbang",
  "Desa dan Kelurahan", "musrenbang;usulan pembangunan;aspirasi;usulan desa;perencanaan",
  "Alur usulan pembangunan dari desa, kecamatan sampai kabupaten.",
  "Berita acara musrenbang desa/kecamatan;Proposal usulan", dur="Sesuai siklus tahunan",
  bid="Bidang Perencanaan dan Pendanaan")
S("bappeda-data", "bappeda", "Permintaan Data Pembangunan Daerah", "Pengaduan",
  "data;statistik;satu data;data kemiskinan;data pembangunan",
  "Permintaan data pembangunan dan statistik sektoral untuk penelitian atau perencanaan.",
  "Surat permohonan;KTP-el/identitas lembaga", dur="3–10 hari kerja",
  bid="Bidang Penelitian dan Pengembangan")
S("kesbang-skt", "bakesbangpol", "Pendaftaran Ormas (SKT) dan Pemberitahuan Keberadaan Ormas",
  "Keamanan dan Ketertiban", "ormas;skt;daftar ormas;organisasi;yayasan;lsm",
  "Pendaftaran dan pemberitahuan keberadaan organisasi kemasyarakatan tingkat kabupaten.",
  "Akta pendirian/AD-ART;Susunan pengurus;Surat keterangan domisili;Fotokopi KTP-el pengurus;"
  "NPWP organisasi", dur="15 hari kerja", bid="Bidang Politik dan Ormas")
S("kesbang-penelitian", "bakesbangpol", "Rekomendasi Izin Penelitian dan Survei",
  "Pendidikan", "izin penelitian;skripsi;riset;survei;kkn;rekomendasi penelitian",
  "Surat rekomendasi penelitian/survei/KKN untuk mahasiswa dan lembaga.",
  "Surat pengantar kampus/lembaga;Proposal penelitian;Fotokopi KTP-el/KTM", dur="1–3 hari kerja",
  bid="Bidang Kewaspadaan Nasional")

# --- BKPP
D, K = "bkpp", "Kepegawaian"
B1, B2 = "Bidang Mutasi dan Kepangkatan", "Bidang Pengadaan dan Pengembangan Kompetensi"
S("bkpp-cuti", D, "Cuti ASN (cuti besar, melahirkan, di luar tanggungan negara)", K,
  "cuti;cuti asn;cuti pns;cuti melahirkan;cuti besar",
  "Pengajuan cuti ASN yang memerlukan persetujuan BKPP.",
  "Surat permohonan cuti;Persetujuan atasan;Dokumen pendukung (surat dokter, dll.)",
  dur="3 hari kerja", bid=B1)
S("bkpp-pensiun", D, "Pensiun ASN", K,
  "pensiun;pensiun pns;bup;taspen;janda duda pns",
  "Usulan pensiun BUP, pensiun dini dan pensiun janda/duda ASN.",
  "SK CPNS dan PNS;SK pangkat terakhir;KK;Akta nikah;Pas foto;DPCP",
  dur="Diajukan 1 tahun sebelum BUP", url="https://myasn.bkn.go.id", bid=B1)
S("bkpp-pangkat", D, "Kenaikan Pangkat ASN", K,
  "kenaikan pangkat;naik pangkat;kp;golongan;sk pangkat",
  "Usulan kenaikan pangkat reguler dan pilihan ASN per periode.",
  "SK pangkat terakhir;SKP 2 tahun terakhir;Ijazah (untuk penyesuaian ijazah)",
  dur="Periode April dan Oktober", url="https://myasn.bkn.go.id", bid=B1)
S("bkpp-mutasi", D, "Mutasi dan Pindah Tugas ASN", K,
  "mutasi;pindah tugas;pindah instansi;pindah kabupaten;nota usul",
  "Usulan pindah tugas ASN antar perangkat daerah atau antar instansi.",
  "Surat permohonan;Persetujuan pejabat pembina kepegawaian asal dan tujuan;SK pangkat "
  "terakhir", dur="Sesuai proses", bid=B1)
S("bkpp-casn", D, "Informasi Seleksi CPNS dan PPPK", K,
  "cpns;pppk;seleksi asn;formasi;honorer;sscasn",
  "Informasi formasi dan tahapan seleksi CASN di Pemkab Banyuwangi.",
  "Sesuai pengumuman seleksi", dur="Sesuai jadwal nasional", auth="central",
  note="Seleksi CASN diatur KemenPAN-RB dan BKN (nasional). BKPP mengusulkan formasi dan "
       "melaksanakan tahapan di daerah.", url="https://sscasn.bkn.go.id", bid=B2)
S("bkpp-diklat", D, "Diklat dan Pengembangan Kompetensi ASN", K,
  "diklat;pelatihan asn;latsar;ujian dinas;tugas belajar;izin belajar",
  "Diklat, latsar, izin dan tugas belajar ASN.", "Surat usulan perangkat daerah",
  dur="Sesuai jadwal", bid=B2)

# --- Inspektorat / Setwan / Setda
S("inspektorat-pengaduan", "inspektorat", "Pengaduan Pungli dan Pelanggaran ASN", "Pengaduan",
  "pungli;pegawai nakal;asn;korupsi;gratifikasi;minta uang",
  "Pengaduan pungutan liar, penyalahgunaan wewenang atau pelanggaran disiplin ASN. Identitas "
  "pelapor dirahasiakan.", "Kronologi;Bukti (foto, rekaman, kuitansi) bila ada",
  dur="Tindak lanjut 14 hari kerja", bid="Irban Investigasi")
S("inspektorat-dana-desa", "inspektorat", "Pengaduan Dugaan Penyimpangan Dana Desa",
  "Pengaduan", "penyimpangan dana desa;korupsi desa;kades;bantuan desa dipotong",
  "Pemeriksaan pengaduan penyimpangan keuangan desa.", "Kronologi;Bukti bila ada",
  dur="Tindak lanjut 14 hari kerja", bid="Irban Investigasi")
S("setwan-aspirasi", "setwan", "Penyampaian Aspirasi dan Audiensi ke DPRD", "Pengaduan",
  "dprd;dewan;aspirasi;audiensi;hearing;anggota dewan",
  "Penjadwalan audiensi/rapat dengar pendapat warga dengan komisi DPRD.",
  "Surat permohonan audiensi;Daftar peserta;Pokok aspirasi", dur="± 7 hari kerja",
  bid="Bagian Persidangan dan Perundang-undangan")
S("setda-hukum-jdih", "setda-hukum", "Informasi Produk Hukum Daerah (Perda, Perbup)",
  "Pengaduan", "perda;perbup;peraturan daerah;jdih;peraturan bupati",
  "Salinan dan informasi Perda, Perbup dan keputusan bupati.", "Identitas pemohon",
  dur="1 hari kerja", bid="Subbagian Dokumentasi Hukum")
S("setda-hukum-bantuan", "setda-hukum", "Bantuan Hukum bagi Warga Tidak Mampu", "Pengaduan",
  "bantuan hukum;pengacara gratis;lbh;kasus hukum;miskin",
  "Rujukan bantuan hukum gratis lewat organisasi bantuan hukum yang bekerja sama dengan "
  "Pemkab.", "KTP-el;Surat keterangan tidak mampu;Kronologi perkara", dur="3–7 hari kerja",
  bid="Subbagian Bantuan Hukum")
S("kesra-rumah-ibadah", "setda-kesra", "Bantuan Hibah Tempat Ibadah dan Lembaga Keagamaan",
  "Keagamaan dan Pernikahan", "bantuan masjid;bantuan musala;bantuan gereja;hibah pura;pondok",
  "Usulan bantuan pembangunan/rehab tempat ibadah dan lembaga keagamaan.",
  "Proposal;Surat keterangan domisili lembaga;Susunan pengurus;Rekening lembaga;Foto kondisi",
  dur="Sesuai tahun anggaran", bid="Subbagian Kesejahteraan Rakyat")
S("kesra-guru-ngaji", "setda-kesra", "Insentif Guru Ngaji dan Pemuka Agama",
  "Keagamaan dan Pernikahan", "guru ngaji;insentif;tpq;modin;pemuka agama;marbot",
  "Pendataan penerima insentif guru ngaji, modin dan pemuka agama lewat desa.",
  "KTP-el;Surat keterangan dari desa/lembaga;Rekening bank", dur="Sesuai tahun anggaran",
  bid="Subbagian Kesejahteraan Rakyat")

# --- Dispendik and Cabdin
D, K = "dispendik", "Pendidikan"
B1, B2, B3 = "Bidang Pembinaan SD", "Bidang Pembinaan SMP", "Bidang PAUD dan Pendidikan Nonformal"
S("dispendik-spmb", D, "Penerimaan Murid Baru SD dan SMP Negeri (SPMB, dulu PPDB)", K,
  "spmb;ppdb;daftar sekolah;sekolah negeri;zonasi;domisili;smp negeri",
  "Pendaftaran murid baru SD/SMP negeri jalur domisili, afirmasi, mutasi dan prestasi.",
  "Akta kelahiran;KK (minimal 1 tahun);KTP-el orang tua;Rapor/ijazah (SMP);Kartu PIP/KIP atau "
  "bukti DTSEN untuk jalur afirmasi", dur="Sesuai jadwal SPMB", bid=B2)
S("dispendik-mutasi", D, "Mutasi/Pindah Sekolah SD dan SMP", K,
  "pindah sekolah;mutasi siswa;surat pindah sekolah;sekolah baru",
  "Rekomendasi pindah sekolah SD/SMP antar kecamatan atau dari/ke luar kabupaten.",
  "Surat pindah dari sekolah asal;Rapor;Surat keterangan diterima sekolah tujuan;KK",
  dur="1–3 hari kerja", bid=B2)
S("dispendik-ijazah", D, "Legalisir dan Surat Keterangan Pengganti Ijazah SD/SMP", K,
  "ijazah hilang;legalisir ijazah;ijazah rusak;pengganti ijazah;sekolah tutup",
  "Legalisir ijazah dan surat keterangan pengganti ijazah hilang/rusak, terutama bila "
  "sekolah sudah tutup atau merger.",
  "Surat keterangan hilang dari kepolisian;Fotokopi ijazah (bila ada);KTP-el;Surat "
  "keterangan dari sekolah", dur="3 hari kerja", bid=B1)
S("dispendik-pip", D, "Program Indonesia Pintar (PIP/KIP) SD dan SMP", K,
  "pip;kip;kartu indonesia pintar;bantuan sekolah;beasiswa miskin;dana pip",
  "Usulan dan aktivasi rekening PIP untuk siswa SD/SMP dari keluarga tidak mampu.",
  "Kartu KIP atau bukti DTSEN/KKS;KK;Akta kelahiran;Surat keterangan dari sekolah",
  dur="Sesuai jadwal penyaluran", auth="central",
  note="PIP ditetapkan kementerian pendidikan (pusat). Sekolah dan Dispendik mengusulkan dan "
       "membantu aktivasi rekening.", url="https://pip.kemdikbud.go.id", bid=B1)
S("dispendik-beasiswa", D, "Beasiswa Daerah untuk Mahasiswa", K,
  "beasiswa;beasiswa kuliah;bantuan kuliah;mahasiswa;biaya kuliah",
  "Beasiswa dari Pemkab untuk mahasiswa asal Banyuwangi yang berprestasi atau kurang mampu.",
  "KTP-el dan KK Banyuwangi;Bukti diterima di perguruan tinggi;Rapor/transkrip;Surat "
  "keterangan tidak mampu (jalur afirmasi)", dur="Sesuai jadwal pendaftaran", bid=B3)
S("dispendik-kip-kuliah", D, "Informasi KIP Kuliah", K,
  "kip kuliah;bidikmisi;kuliah gratis;beasiswa pemerintah",
  "Informasi dan pendampingan pendaftaran KIP Kuliah.",
  "KIP/bukti DTSEN;Akun KIP Kuliah;NISN", dur="Sesuai jadwal nasional", auth="central",
  note="KIP Kuliah ditetapkan pemerintah pusat dan perguruan tinggi.",
  url="https://kip-kuliah.kemdikbud.go.id", bid=B3)
S("dispendik-paket", D, "Pendidikan Kesetaraan Paket A, B dan C", K,
  "paket a;paket b;paket c;kejar paket;ijazah setara;pkbm;putus sekolah",
  "Pendidikan kesetaraan lewat PKBM bagi warga putus sekolah.",
  "KTP-el atau KK;Ijazah terakhir;Akta kelahiran", fee="Gratis di PKBM penerima BOP",
  dur="Sesuai tahun ajaran", bid=B3)
S("dispendik-izin-paud", D, "Izin Operasional PAUD dan Lembaga Kursus", K,
  "izin paud;tk;kb paud;lembaga kursus;izin sekolah",
  "Izin pendirian dan operasional PAUD, TK dan lembaga kursus.",
  "Akta yayasan;Data pendidik;Bukti sarana;Rekomendasi desa/kecamatan", dur="14 hari kerja",
  bid=B3)
S("dispendik-pengaduan", D, "Pengaduan Sekolah (pungutan, bangunan rusak, perundungan)", K,
  "pungutan sekolah;sekolah rusak;bullying sekolah;guru;uang gedung",
  "Pengaduan pungutan, bangunan sekolah rusak atau masalah di SD/SMP negeri.",
  "Nama sekolah;Kronologi dan bukti", dur="3–7 hari kerja", bid=B2)
D = "cabdin-pendidikan"
N_CAB = ("SMA, SMK dan SLB adalah kewenangan Provinsi Jawa Timur, bukan Dispendik "
         "Banyuwangi.")
S("cabdin-spmb", D, "Penerimaan Murid Baru SMA/SMK Negeri", K,
  "daftar sma;daftar smk;ppdb sma;spmb sma;smk negeri",
  "Informasi dan pendampingan SPMB SMA/SMK negeri Provinsi Jawa Timur.",
  "Akta kelahiran;KK;Ijazah/SKL SMP;Rapor", dur="Sesuai jadwal SPMB Jatim", auth="province",
  note=N_CAB, bid="Seksi SMA dan SMK")
S("cabdin-mutasi", D, "Mutasi Siswa dan Legalisir Ijazah SMA/SMK", K,
  "pindah sma;mutasi smk;legalisir ijazah sma;ijazah sma hilang",
  "Rekomendasi mutasi siswa dan pengesahan/pengganti ijazah SMA/SMK.",
  "Surat dari sekolah asal dan tujuan;Rapor;Fotokopi ijazah;Surat kehilangan (bila hilang)",
  dur="1–3 hari kerja", auth="province", note=N_CAB, bid="Seksi SMA dan SMK")

# --- Disnakertransperin
D, K = "disnakertransperin", "Ketenagakerjaan"
B1, B2, B3 = ("Bidang Penempatan dan Pelatihan Tenaga Kerja", "Bidang Hubungan Industrial",
              "Bidang Perindustrian")
S("disnaker-ak1", D, "Kartu Pencari Kerja (Kartu Kuning AK/1)", K,
  "kartu kuning;ak1;kartu pencari kerja;cari kerja;lamaran kerja",
  "Penerbitan kartu pencari kerja (AK/1) untuk melamar kerja.",
  "KTP-el;Ijazah terakhir;Pas foto 3x4;Akun SIAPkerja/Karirhub", dur="Hari itu juga",
  url="https://karirhub.kemnaker.go.id", bid=B1)
S("disnaker-loker", D, "Informasi Lowongan Kerja dan Job Fair", K,
  "lowongan kerja;loker;job fair;cari kerja;bursa kerja;kerja pabrik",
  "Informasi lowongan kerja dalam dan luar daerah serta bursa kerja.",
  "Kartu AK/1;CV", dur="—", url="https://karirhub.kemnaker.go.id", bid=B1)
S("disnaker-pelatihan", D, "Pelatihan Kerja Gratis (BLK)", K,
  "pelatihan kerja;blk;kursus gratis;las;menjahit;komputer;barista",
  "Pelatihan keterampilan kerja gratis di BLK/UPT pelatihan.",
  "KTP-el;KK;Ijazah terakhir;Usia produktif", dur="Sesuai jadwal angkatan", bid=B1)
S("disnaker-pmi", D, "Layanan Calon Pekerja Migran Indonesia (PMI)", K,
  "pmi;tki;tkw;kerja luar negeri;rekomendasi paspor;p3mi resmi",
  "Informasi penempatan resmi, rekomendasi paspor PMI dan cek perusahaan penempatan (P3MI).",
  "KTP-el;KK;Akta kelahiran;Izin suami/istri/orang tua diketahui desa;Surat keterangan sehat",
  dur="1–3 hari kerja", bid=B1)
S("disnaker-pmi-masalah", D, "Pengaduan PMI Bermasalah di Luar Negeri", K,
  "tki bermasalah;pmi hilang kontak;gaji tki tidak dibayar;dipulangkan;pmi meninggal",
  "Pengaduan keluarga PMI yang hilang kontak, gaji tidak dibayar, sakit atau meninggal; "
  "diteruskan ke instansi pusat dan perwakilan RI.",
  "Identitas PMI;Paspor/ID PMI bila ada;Nama perusahaan penempatan;Kronologi",
  dur="Sesuai kasus", auth="central",
  note="Perlindungan PMI di luar negeri ditangani kementerian/badan pelindungan PMI dan "
       "perwakilan RI. Disnakertransperin menerima dan meneruskan pengaduan.", bid=B1)
S("disnaker-hi", D, "Pengaduan Upah, THR dan PHK (Mediasi Hubungan Industrial)", K,
  "gaji tidak dibayar;upah;thr;phk;dipecat;pesangon;umk",
  "Mediasi perselisihan hubungan industrial: upah, THR, PHK dan pesangon.",
  "KTP-el;Bukti hubungan kerja (kontrak, slip gaji);Kronologi;Bukti perundingan bipartit",
  dur="Mediasi maksimal 30 hari kerja", bid=B2)
S("disnaker-transmigrasi", D, "Pendaftaran Transmigrasi", K,
  "transmigrasi;transmigran;pindah pulau;lahan transmigrasi",
  "Pendaftaran calon transmigran sesuai kuota.",
  "KTP-el;KK;Buku nikah;Surat keterangan sehat", dur="Sesuai kuota", bid=B2)
S("disnaker-ikm", D, "Pembinaan Industri Kecil dan Menengah (IKM)", "Perizinan dan Usaha",
  "industri kecil;ikm;kemasan;mesin produksi;sentra industri",
  "Pelatihan, bantuan kemasan dan pendampingan industri kecil.", "NIB;KTP-el;Profil usaha",
  dur="Sesuai jadwal", bid=B3)

# --- Diskop UMP
D, K = "diskop-ump", "Perizinan dan Usaha"
S("diskop-umkm", D, "Pendampingan UMKM (pelatihan, pemasaran, merek)", K,
  "umkm;usaha kecil;pelatihan usaha;pemasaran online;merek;jualan online",
  "Pelatihan, kurasi produk, pemasaran dan pendaftaran merek untuk usaha mikro.",
  "KTP-el;NIB (bisa dibantu dibuat);Profil usaha", dur="Sesuai jadwal",
  bid="Bidang Usaha Mikro")
S("diskop-koperasi", D, "Pendirian dan Pembinaan Koperasi", K,
  "koperasi;bikin koperasi;koperasi desa;rat;koperasi simpan pinjam",
  "Penyuluhan pendirian koperasi, pembinaan dan RAT.",
  "Minimal 9 anggota pendiri;KTP-el pendiri;Berita acara rapat pendirian", dur="Sesuai proses",
  bid="Bidang Koperasi")
S("diskop-pasar", D, "Kios/Los Pasar Daerah dan Retribusi Pasar", "Pajak dan Retribusi",
  "pasar;los pasar;kios pasar;retribusi pasar;lapak pasar",
  "Permohonan penempatan kios/los di pasar daerah dan informasi retribusi.",
  "KTP-el;Surat permohonan;Pas foto", fee="Retribusi sesuai Perda", dur="7 hari kerja",
  bid="Bidang Perdagangan")
S("diskop-tera", D, "Tera dan Tera Ulang Timbangan (Metrologi Legal)", K,
  "tera;timbangan;tera ulang;meteran;timbangan curang;takaran",
  "Tera ulang timbangan, takaran dan alat ukur pedagang; pengaduan timbangan curang.",
  "Alat ukur dibawa atau diperiksa di lokasi sidang tera", fee="Retribusi tera sesuai Perda",
  dur="Hari itu juga", bid="Bidang Perdagangan")
S("diskop-harga", D, "Pengaduan Harga dan Kelangkaan Bahan Pokok dan Elpiji 3 kg", K,
  "gas melon;elpiji langka;harga sembako;minyak goreng;harga beras;pangkalan gas",
  "Pengaduan harga tidak wajar atau kelangkaan bahan pokok dan elpiji bersubsidi.",
  "Lokasi dan nama toko/pangkalan;Harga yang ditemukan", dur="1–3 hari kerja",
  bid="Bidang Perdagangan")
S("diskop-kur", D, "Informasi Kredit Usaha Rakyat (KUR) dan Permodalan", K,
  "kur;pinjaman usaha;modal usaha;kredit bank;pinjam modal",
  "Informasi KUR dan rujukan ke bank penyalur.", "KTP-el;KK;NIB;Usaha berjalan minimal 6 bulan",
  fee="Bunga sesuai ketentuan KUR", dur="Sesuai bank penyalur", auth="third_party",
  note="KUR diputus bank penyalur (BRI, BNI, Mandiri, BSI, dll.). Diskop UMP hanya memberi "
       "informasi dan pendampingan.", bid="Bidang Usaha Mikro")

# --- Pertanian dan Pangan
D, K = "dispertan", "Pertanian, Peternakan dan Perikanan"
B1, B2 = "Bidang Tanaman Pangan dan Hortikultura", "Bidang Peternakan dan Kesehatan Hewan"
S("dispertan-pupuk", D, "Pupuk Bersubsidi (e-RDKK)", K,
  "pupuk subsidi;pupuk langka;rdkk;urea;npk;kios pupuk",
  "Pendaftaran petani di e-RDKK lewat penyuluh (PPL) dan pengaduan penyaluran pupuk "
  "bersubsidi.", "KTP-el;Tergabung kelompok tani;Luas lahan garapan", dur="Sesuai musim tanam",
  bid=B1)
S("dispertan-kartu-tani", D, "Kartu Tani", K,
  "kartu tani;kartu petani;aktivasi kartu tani;tebus pupuk",
  "Pendataan dan aktivasi Kartu Tani untuk penebusan pupuk bersubsidi.",
  "KTP-el;Terdaftar e-RDKK", dur="Sesuai jadwal bank penyalur", bid=B1)
S("dispertan-hama", D, "Laporan Hama, Gagal Panen dan Asuransi Usaha Tani (AUTP)", K,
  "hama;wereng;tikus sawah;gagal panen;puso;asuransi padi",
  "Pengendalian hama bersama POPT dan klaim asuransi usaha tani padi.",
  "Lokasi lahan;Nama kelompok tani;Polis AUTP (untuk klaim)", dur="3–7 hari kerja", bid=B1)
S("dispertan-alsintan", D, "Bantuan Alsintan dan Benih untuk Kelompok Tani", K,
  "traktor;bantuan benih;alat pertanian;pompa air sawah;bantuan bibit",
  "Usulan bantuan alat mesin pertanian dan benih untuk kelompok tani.",
  "Proposal kelompok tani;SK kelompok tani;KTP-el ketua", dur="Sesuai tahun anggaran", bid=B1)
S("dispertan-keswan", D, "Pelayanan Kesehatan Hewan (Puskeswan)", K,
  "sapi sakit;kambing sakit;ternak sakit;dokter hewan;pmk;puskeswan",
  "Pemeriksaan dan pengobatan ternak sakit oleh dokter hewan/paramedik puskeswan.",
  "Nama pemilik dan alamat;Jenis dan gejala ternak", fee="Gratis (obat tertentu sesuai tarif)",
  dur="1–2 hari kerja", bid=B2)
S("dispertan-vaksin", D, "Vaksinasi Ternak dan Vaksin Rabies Hewan", K,
  "vaksin sapi;vaksin pmk;lsd;rabies;vaksin anjing;vaksin kucing",
  "Vaksinasi PMK/LSD untuk ternak dan vaksinasi rabies anjing/kucing.",
  "Data ternak/hewan;Nama pemilik", dur="Sesuai jadwal", bid=B2)
S("dispertan-ib", D, "Inseminasi Buatan (IB/Kawin Suntik) Sapi", K,
  "ib;kawin suntik;inseminasi;sapi birahi;bunting",
  "Pelayanan inseminasi buatan oleh petugas inseminator.",
  "Nama pemilik dan lokasi ternak", fee="Gratis (semen program) atau sesuai ketentuan",
  dur="Hari itu juga saat sapi birahi", bid=B2)

# --- Perikanan
D = "diskan"
S("diskan-kusuka", D, "Kartu Pelaku Usaha Kelautan dan Perikanan (KUSUKA)", K,
  "kusuka;kartu nelayan;kartu pembudidaya;kartu pelaku usaha perikanan",
  "Pendaftaran dan verifikasi Kartu KUSUKA bagi nelayan, pembudidaya dan pengolah ikan.",
  "KTP-el;KK;Pas foto;Keterangan usaha dari desa/kelompok", dur="± 7 hari kerja",
  auth="central",
  note="Kartu KUSUKA diterbitkan Kementerian Kelautan dan Perikanan. Dinas Perikanan "
       "memverifikasi dan menginput data.", bid="Bidang Perikanan Tangkap")
S("diskan-asuransi", D, "Asuransi dan Bantuan Nelayan", K,
  "asuransi nelayan;bantuan nelayan;perahu;jaring;nelayan kecil",
  "Pendaftaran asuransi nelayan dan usulan bantuan sarana tangkap.",
  "Kartu KUSUKA;KTP-el;KK", dur="Sesuai tahun anggaran", bid="Bidang Perikanan Tangkap")
S("diskan-bbm", D, "Rekomendasi BBM Solar Bersubsidi untuk Nelayan", K,
  "solar nelayan;rekomendasi bbm;bbm nelayan;surat rekomendasi solar",
  "Surat rekomendasi pembelian solar bersubsidi untuk kapal nelayan kecil.",
  "Kartu KUSUKA;Pas kecil/dokumen kapal;KTP-el", dur="1–3 hari kerja",
  bid="Bidang Perikanan Tangkap")
S("diskan-budidaya", D, "Bantuan Benih Ikan dan Pendampingan Budidaya", K,
  "budidaya ikan;benih ikan;lele;kolam;pakan ikan;tambak",
  "Bantuan benih/pakan dan pendampingan pembudidaya ikan.",
  "Proposal kelompok;Kartu KUSUKA", dur="Sesuai tahun anggaran", bid="Bidang Budidaya")

# --- Dispora / Disbudpar / Dispusip / Diskominfo
K = "Pariwisata, Budaya dan Olahraga"
S("dispora-gor", "dispora", "Peminjaman GOR, Stadion dan Fasilitas Olahraga", K,
  "gor;stadion;lapangan;sewa lapangan;gedung olahraga",
  "Permohonan pemakaian GOR, stadion dan lapangan milik Pemkab.",
  "Surat permohonan;KTP-el penanggung jawab;Jadwal kegiatan", fee="Retribusi sesuai Perda",
  dur="3 hari kerja", bid="Bidang Sarana dan Prasarana")
S("dispora-pemuda", "dispora", "Pembinaan Organisasi Pemuda dan Wirausaha Muda", K,
  "pemuda;organisasi pemuda;wirausaha muda;pelatihan pemuda;kepemudaan",
  "Pembinaan dan pelatihan organisasi kepemudaan.", "Surat permohonan organisasi",
  dur="Sesuai jadwal", bid="Bidang Kepemudaan")
S("dispora-atlet", "dispora", "Pembinaan Atlet dan Klub Olahraga", K,
  "atlet;klub olahraga;porprov;bonus atlet;pelatih",
  "Pembinaan atlet berprestasi dan bantuan klub/cabang olahraga.",
  "Surat rekomendasi cabang olahraga;Data prestasi", dur="Sesuai jadwal",
  bid="Bidang Keolahragaan")
S("disbudpar-event", "disbudpar", "Banyuwangi Festival dan Kalender Event", K,
  "festival;event;b-fest;banyuwangi festival;gandrung sewu;jadwal acara",
  "Informasi kalender Banyuwangi Festival dan partisipasi warga/UMKM dalam event.",
  "Surat permohonan partisipasi (bila ikut serta)", dur="—", bid="Bidang Pemasaran Pariwisata")
S("disbudpar-usaha", "disbudpar", "Pendampingan Usaha Pariwisata (homestay, pemandu, desa wisata)",
  K, "homestay;desa wisata;pemandu wisata;usaha wisata;pokdarwis",
  "Pendampingan perizinan lewat OSS, standardisasi homestay dan pembinaan desa wisata/"
  "pokdarwis.", "NIB;KTP-el;Profil usaha", dur="Sesuai jadwal", url=OSS,
  bid="Bidang Destinasi dan Industri Pariwisata")
S("disbudpar-kesenian", "disbudpar", "Pendataan Sanggar dan Seniman (Nomor Induk Kesenian)", K,
  "sanggar;kesenian;gandrung;barong;seniman;janger",
  "Pendataan sanggar seni dan seniman, pembinaan kesenian Osing.",
  "KTP-el;Profil sanggar;Foto kegiatan", dur="7 hari kerja", bid="Bidang Kebudayaan")
S("disbudpar-ijen", "disbudpar", "Informasi Wisata Kawah Ijen", K,
  "kawah ijen;tiket ijen;blue fire;pendakian ijen;paltuding",
  "Informasi akses dan jam buka wisata Kawah Ijen.", "Sesuai ketentuan pengelola",
  fee="Sesuai tarif PNBP kawasan konservasi", dur="—", auth="central",
  note="Taman Wisata Alam Kawah Ijen dikelola BBKSDA Jawa Timur (Kementerian Kehutanan). "
       "Disbudpar hanya memberi informasi.", bid="Bidang Destinasi dan Industri Pariwisata")
S("dispusip-keliling", "dispusip", "Perpustakaan Keliling", "Pendidikan",
  "perpustakaan keliling;perpus keliling;mobil perpustakaan;pinjam buku;baca buku",
  "Jadwal dan permohonan kunjungan mobil perpustakaan keliling ke desa dan sekolah.",
  "Surat permohonan desa/sekolah", dur="Sesuai jadwal", bid="Bidang Layanan Perpustakaan")
S("dispusip-anggota", "dispusip", "Keanggotaan Perpustakaan Daerah", "Pendidikan",
  "kartu perpustakaan;anggota perpus;pinjam buku;perpustakaan daerah",
  "Pendaftaran anggota dan peminjaman buku di perpustakaan daerah.", "KTP-el atau kartu pelajar",
  dur="Hari itu juga", bid="Bidang Layanan Perpustakaan")
S("dispusip-arsip", "dispusip", "Penelusuran dan Salinan Arsip", "Kependudukan",
  "arsip;salinan arsip;dokumen lama;arsip desa;penelusuran arsip",
  "Penelusuran dan salinan arsip statis/dinamis yang disimpan Pemkab.",
  "KTP-el;Surat permohonan;Keterangan arsip yang dicari", dur="3–7 hari kerja",
  bid="Bidang Kearsipan")
S("diskominfo-wifi", "diskominfo", "Internet Desa dan Wifi Publik (Smart Kampung)",
  "Desa dan Kelurahan", "wifi;internet desa;wifi gratis;smart kampung;hotspot",
  "Usulan dan pengaduan gangguan internet di balai desa dan titik wifi publik.",
  "Surat permohonan desa;Lokasi titik", dur="Perbaikan 1–3 hari kerja",
  bid="Bidang Infrastruktur TIK")
S("diskominfo-sinyal", "diskominfo", "Pengaduan Daerah Tanpa Sinyal (blank spot)",
  "Desa dan Kelurahan", "sinyal;blank spot;tidak ada sinyal;bts;tower",
  "Pendataan blank spot dan usulan ke operator/pemerintah pusat.",
  "Lokasi dusun/desa", dur="Sesuai program", bid="Bidang Infrastruktur TIK")
S("diskominfo-ppid", "diskominfo", "Permohonan Informasi Publik (PPID)", "Pengaduan",
  "ppid;informasi publik;keterbukaan informasi;minta data;permohonan informasi",
  "Permohonan informasi publik ke PPID Utama Pemkab Banyuwangi.",
  "KTP-el;Rincian informasi yang diminta;Tujuan penggunaan", dur="10 hari kerja (+7)",
  bid="Bidang Informasi dan Komunikasi Publik")

# --- 112 and LAPOR!
S("cc112-darurat", "cc112", "Layanan Darurat 112 (Banyuwangi Respon)", "Darurat",
  "kebakaran;kecelakaan;darurat;tenggelam;banjir;bencana;ambulans",
  "Nomor darurat tunggal, bebas pulsa, 24 jam. Operator menghubungkan ke Damkar, BPBD, "
  "ambulans, polisi dan instansi lain. Hanya untuk keadaan darurat.",
  "Sebutkan jenis kejadian, lokasi dan nomor yang bisa dihubungi", fee="Gratis (bebas pulsa)",
  dur="24 jam", bid="Operator")
S("lapor-pengaduan", "lapor", "Pengaduan ke SP4N-LAPOR!", "Pengaduan",
  "lapor;pengaduan;aduan online;keluhan;lapor.go.id;sms 1708",
  "Pengaduan pelayanan publik yang tidak ditangani, lewat www.lapor.go.id, SMS 1708 atau "
  "aplikasi SP4N-LAPOR!. Simpan nomor tracking ID untuk memantau.",
  "Identitas (bisa anonim/rahasia);Uraian jelas: apa, di mana, kapan;Bukti pendukung",
  dur="Tindak lanjut maksimal 5 hari kerja sejak diteruskan", auth="central",
  note="SP4N-LAPOR! adalah kanal nasional (KemenPAN-RB); aduan diteruskan ke instansi "
       "berwenang, termasuk perangkat daerah Pemkab Banyuwangi.",
  url="https://www.lapor.go.id", bid="Admin")

# --- DPMD
D, K = "dpmd", "Desa dan Kelurahan"
S("dpmd-bumdes", D, "Pembinaan BUMDes", K,
  "bumdes;badan usaha desa;usaha desa;bumdesa",
  "Pendirian, pendaftaran dan pembinaan BUMDes.",
  "Perdes pendirian BUMDes;AD/ART;Berita acara musyawarah desa", dur="Sesuai proses",
  bid="Bidang Pemberdayaan Ekonomi Desa")
S("dpmd-dana-desa", D, "Informasi Dana Desa dan ADD", K,
  "dana desa;add;alokasi dana desa;apbdes;transparansi desa",
  "Informasi pagu, penyaluran dan penggunaan dana desa serta ADD.",
  "Nama desa", dur="—", bid="Bidang Keuangan dan Aset Desa")
S("dpmd-blt-dd", D, "BLT Dana Desa", "Sosial",
  "blt dd;blt desa;bantuan tunai desa;blt dana desa",
  "Informasi bantuan langsung tunai dari dana desa.", "Terdata dalam musyawarah desa",
  dur="Sesuai penyaluran desa", auth="village",
  note="Penerima BLT Dana Desa ditetapkan pemerintah desa lewat musyawarah desa. DPMD "
       "membina dan menerima pengaduan.", bid="Bidang Keuangan dan Aset Desa")
S("dpmd-perangkat", D, "Pengangkatan dan Pemberhentian Perangkat Desa", K,
  "perangkat desa;sekdes;kasun;kaur;seleksi perangkat desa",
  "Informasi tata cara seleksi dan pengangkatan perangkat desa.",
  "Sesuai pengumuman desa", dur="Sesuai tahapan", auth="village",
  note="Perangkat desa diangkat kepala desa setelah rekomendasi camat. DPMD memberi "
       "pembinaan dan menerima pengaduan.", bid="Bidang Pemerintahan Desa")
S("dpmd-pilkades", D, "Pemilihan Kepala Desa (Pilkades) dan Sengketa", K,
  "pilkades;kepala desa;pemilihan kades;sengketa pilkades;calon kades",
  "Informasi tahapan Pilkades serentak dan penanganan pengaduan/sengketa.",
  "Sesuai tahapan", dur="Sesuai jadwal", bid="Bidang Pemerintahan Desa")

# --- Kecamatan (locally bound)
for k in KECAMATAN:
    o = kid(k)
    S(f"{o}-wa", o, f"Layanan WhatsApp Camat {k} (respon 2 jam)", "Pengaduan",
      "wa camat;pengaduan kecamatan;lapor camat;aduan warga;layanan kecamatan",
      f"Saluran WhatsApp resmi Kecamatan {k} untuk pertanyaan dan pengaduan warga; respon "
      f"awal paling lama 2 jam pada jam layanan.",
      "Nama dan alamat;Uraian keperluan/keluhan;Foto pendukung bila ada",
      dur="Respon awal maksimal 2 jam", area=k, bid="Pelayanan")
    S(f"{o}-surat", o, f"Legalisir, Surat Keterangan dan Rekomendasi – Kecamatan {k}",
      "Desa dan Kelurahan",
      "legalisir;surat keterangan;ahli waris;rekomendasi camat;pengantar kecamatan",
      f"Legalisir dokumen, surat keterangan ahli waris, rekomendasi camat (izin keramaian, "
      f"perangkat desa) di Kecamatan {k}.",
      "Surat pengantar desa/kelurahan;KTP-el;KK;Dokumen yang dilegalisir/direkomendasikan",
      dur="1 hari kerja", area=k, bid="Pelayanan")
    S(f"{o}-iumk", o, f"Pendampingan NIB Usaha Mikro (IUMK) – Kecamatan {k}",
      "Perizinan dan Usaha", "iumk;izin usaha mikro;nib kecamatan;pendampingan oss",
      f"Petugas Kecamatan {k} membantu pelaku usaha mikro membuat NIB lewat OSS.",
      "KTP-el;Nomor HP dan email aktif;Alamat dan jenis usaha", dur="Hari itu juga",
      auth="central", note=N_OSS, url=OSS, area=k, bid="Pelayanan")

# --- Contoh desa
D = "desa-kemiren"
N_DESA = ("Diterbitkan oleh kepala desa tempat tinggal (kewenangan desa). Warga desa lain "
          "mengurus ke kantor desa/kelurahan masing-masing.")
S("desa-kemiren-domisili", D, "Surat Keterangan Domisili – Desa Kemiren", K,
  "surat domisili;keterangan domisili;surat desa;keterangan tinggal",
  "Surat keterangan domisili bagi warga Desa Kemiren.", "KTP-el;KK;Surat pengantar RT/RW",
  dur="Hari itu juga", auth="village", note=N_DESA, area="Glagah", bid="Pelayanan")
S("desa-kemiren-sktm", D, "Surat Keterangan Tidak Mampu (SKTM) – Desa Kemiren", K,
  "sktm;surat tidak mampu;keterangan miskin;keringanan biaya",
  "SKTM untuk keperluan sekolah, rumah sakit atau bantuan.", "KTP-el;KK;Surat pengantar RT/RW",
  dur="Hari itu juga", auth="village", note=N_DESA, area="Glagah", bid="Pelayanan")
S("desa-kemiren-pengantar", D, "Surat Pengantar Nikah dan Adminduk – Desa Kemiren", K,
  "pengantar nikah;n1;surat pengantar;pengantar ktp;pengantar kk",
  "Surat pengantar nikah (model N) dan pengantar pengurusan dokumen kependudukan.",
  "KTP-el;KK;Surat pengantar RT/RW", dur="Hari itu juga", auth="village", note=N_DESA,
  area="Glagah", bid="Pelayanan")

# --------------------------------------------------------------------------------------------
# contacts (invented people)
# --------------------------------------------------------------------------------------------
MALE = ["Bagus", "Agus", "Budi", "Eko", "Hadi", "Joko", "Slamet", "Suryadi", "Wahyu", "Dwi",
        "Rudi", "Hendra", "Arif", "Fajar", "Yusuf", "Imam", "Ahmad", "Moh.", "Rizal", "Sugeng",
        "Bambang", "Teguh", "Didik", "Heru", "Puguh", "Andik", "Yudi", "Wawan", "Aris", "Hari",
        "Sigit", "Nanang", "Taufik", "Anang", "Fauzi", "Syaiful", "Khoirul", "Lukman", "Hasan",
        "Ilham", "Gatot", "Sutrisno", "Edy", "Dedy", "Rahmat", "Zainal", "Sholeh", "Tri", "Yoga",
        "Adi", "Guntur", "Dimas", "Angga", "Reza", "Misnadi", "Samsul", "Suhartono", "Nur Kholis",
        "Abdul Rohim", "Fathor", "Mat Saleh", "Holik", "Ruslan", "Jumadi", "Kusnadi", "Sukirno"]
FEMALE = ["Siti", "Sri", "Dewi", "Lilis", "Endang", "Nur", "Rina", "Yuni", "Wulan", "Ratna",
          "Indah", "Lina", "Eka", "Dian", "Fitri", "Ayu", "Novi", "Retno", "Anis", "Umi",
          "Rahayu", "Sulastri", "Yuli", "Ika", "Rini", "Tutik", "Nanik", "Ani", "Desy", "Mega",
          "Laila", "Ainun", "Khusnul", "Lailatul", "Rohmah", "Hartini", "Winarti", "Puji", "Mira",
          "Nila", "Erna", "Suci", "Hosniyah", "Mukarromah", "Sumiati", "Ernawati", "Titin",
          "Wiwik", "Yayuk", "Kurnia"]
LAST = ["Prasetyo", "Handayani", "Nurhayati", "Santoso", "Setiawan", "Wibisono", "Susanto",
        "Hidayat", "Wahyuni", "Lestari", "Kurniawan", "Saputra", "Rahmawati", "Susilowati",
        "Hariyanto", "Purnomo", "Prayitno", "Sulistyo", "Kusuma", "Utomo", "Cahyono",
        "Firmansyah", "Hasanah", "Maulida", "Fatimah", "Anggraini", "Pratiwi", "Wijayanti",
        "Yulianto", "Efendi", "Rosyidi", "Hakim", "Mustofa", "Sholihah", "Jannah", "Puspitasari",
        "Ardiansyah", "Subagyo", "Rahardjo", "Sunaryo", "Mulyono", "Hermawan", "Wicaksono",
        "Fadilah", "Zuhro", "Karim", "Syafi'i", "Ma'ruf", "Nurjanah", "Kholifah", "Pamungkas",
        "Permana", "Triwahyudi", "Sugiarto", "Suryaningsih", "Agustina", "Oktaviani", "Wardani",
        "Ramadhan", "Darmawan"]
TITLES = {
    "adm": ["S.Sos.", "S.AP.", "S.E.", "S.Kom.", "S.H.", "A.Md.", "S.IP."],
    "hukum": ["S.H.", "S.H.", "S.Sos."],
    "ekon": ["S.E.", "S.Ak.", "S.AP.", "S.E."],
    "tek": ["S.T.", "A.Md.T.", "S.T.", "S.Si."],
    "sos": ["S.Sos.", "S.Psi.", "S.Tr.Sos.", "S.Sos."],
    "pend": ["S.Pd.", "S.IP.", "S.Hum.", "S.Pd."],
    "kes": ["S.K.M.", "A.Md.Kep.", "S.Kep., Ns.", "S.Gz.", "S.Farm."],
    "bidan": ["A.Md.Keb.", "S.Tr.Keb.", "S.Keb., Bd."],
    "it": ["S.Kom.", "S.T.", "A.Md.Kom."],
    "tani": ["S.P.", "S.Pt.", "A.Md.Pt.", "S.P."],
    "ikan": ["S.Pi.", "A.Md.Pi.", "S.Pi."],
    "agama": ["S.Ag.", "S.H.I.", "S.Pd.I."],
    "polisi": ["S.H.", "", ""],
}
HEAD_SUFFIX = {"adm": "M.Si.", "hukum": "M.H.", "ekon": "M.M.", "tek": "M.T.", "sos": "M.Si.",
               "pend": "M.Pd.", "kes": "M.Kes.", "bidan": "M.Kes.", "it": "M.Kom.", "tani": "M.P.",
               "ikan": "M.Si.",
               "agama": "M.Ag.", "polisi": "S.I.K."}
FEMALE_LAST = {"Handayani", "Nurhayati", "Wahyuni", "Lestari", "Rahmawati", "Susilowati",
               "Hasanah", "Maulida", "Fatimah", "Anggraini", "Pratiwi", "Wijayanti", "Sholihah",
               "Jannah", "Puspitasari", "Fadilah", "Zuhro", "Nurjanah", "Kholifah",
               "Suryaningsih", "Agustina", "Oktaviani", "Wardani"}
MALE_LAST = [x for x in LAST if x not in FEMALE_LAST]
_used_names: set[str] = set()


def person(group="adm", level="technical", prefix="", female=None):
    """An invented name with a plausible title for the role."""
    while True:
        fem = (rng.random() < 0.45) if female is None else female
        first = rng.choice(FEMALE if fem else MALE)
        last = rng.choice(LAST if fem else MALE_LAST)
        base = f"{first} {last}"
        if base not in _used_names and first != last:
            _used_names.add(base)
            break
    if group == "polisi":
        rank = {"head": "Kombes Pol.", "manager": rng.choice(["AKP", "Kompol", "Iptu"]),
                "technical": rng.choice(["Bripka", "Brigpol", "Aipda", "Briptu"]),
                "frontdesk": rng.choice(["Bripda", "Briptu", "Brigpol"])}[level]
        suf = "S.I.K." if level == "head" else rng.choice(TITLES["polisi"])
        return f"{rank} {base}, {suf}" if suf else f"{rank} {base}"
    if prefix in ("dr.", "drg.", "drh."):
        # medical doctors and vets: no bachelor title after the name
        if level in ("head", "manager") and rng.random() < 0.6:
            return f"{prefix} {base}, " + rng.choice(["M.Kes.", "M.M.", "M.Si."] if prefix != "dr."
                                                   else ["M.Kes.", "M.M.Kes.", "Sp.PD.", "Sp.A."])
        return f"{prefix} {base}"
    name = base
    if group == "agama" and level == "head" and rng.random() < 0.7:
        name = ("Hj. " if fem else "H. ") + base
    if level == "frontdesk" and rng.random() < 0.5:
        return name
    suf = rng.choice(TITLES[group])
    if level in ("head", "manager") and rng.random() < (0.8 if level == "head" else 0.35):
        suf = f"{suf}, {HEAD_SUFFIX[group]}"
    return f"{name}, {suf}"


NAME_PREFIXES = {"dr.", "drg.", "drh.", "H.", "Hj.", "Kombes", "Pol.", "AKP", "Kompol", "Iptu",
                 "Bripka", "Brigpol", "Aipda", "Briptu", "Bripda"}


def email_for(name: str, org_id: str) -> str:
    parts = [p for p in name.split(",")[0].split() if p not in NAME_PREFIXES and "." not in p]
    slug = ".".join(p.lower().replace("'", "") for p in parts[:2])
    kind = ORG_META[org_id]["kind"]
    dom = "banyuwangi.example" if kind in ("opd", "rsud", "kecamatan", "puskesmas", "uptd",
                                           "bumd", "desa") else f"{org_id}.example"
    return f"{slug}@{dom}"


ORG_BY_ID = {o["org_id"]: o for o in orgs}
contacts: list[dict] = []
_cseq: dict[str, int] = {}


def langs(area=""):
    ls = ["ind", "jav"]
    if area in OSING_AREAS or (not area and rng.random() < 0.3):
        ls.append("osi")
    if area in MADURA_AREAS or (not area and rng.random() < 0.15):
        ls.append("mad")
    if rng.random() < 0.05:
        ls = ["ind"]
    return ";".join(ls)


def C(org_id, name, position, level, sids=(), area="", wa="auto", phone="auto", hours=None,
      languages=None, email="auto"):
    _cseq[org_id] = _cseq.get(org_id, 0) + 1
    org = ORG_BY_ID[org_id]
    if wa == "auto":
        wa = mobile() if rng.random() < 0.9 else ""
    if phone == "auto":
        if not wa:
            phone = org["phone"] if org["phone"] and rng.random() < 0.6 else mobile()
        else:
            phone = org["phone"] if org["phone"] and rng.random() < 0.35 else ""
    if email == "auto":
        email = email_for(name, org_id) if rng.random() < 0.35 else ""
    contacts.append(dict(contact_id=f"c-{org_id}-{_cseq[org_id]:03d}", org_id=org_id, name=name,
                         position=position, level=level, whatsapp=wa, phone=phone, email=email,
                         hours=hours if hours is not None else org["hours"],
                         languages=languages if languages is not None else langs(area),
                         service_ids=";".join(sids), area=area))


def strip_regency(name: str) -> str:
    return name.replace(" Kabupaten Banyuwangi", "")


def manager_title(bidang: str) -> str:
    if bidang.startswith("Satuan "):
        return "Kasat " + bidang[len("Satuan "):]
    if bidang == "SPKT":
        return "Kepala SPKT"
    if bidang == "Kepaniteraan":
        return "Panitera"
    if bidang.startswith("Irban "):
        return "Inspektur Pembantu " + bidang[len("Irban "):]
    if bidang.startswith("Bagian ") and ORG_META.get("_cur", {}).get("kind") in ("bumd", "other"):
        return "Manajer " + bidang
    return "Kepala " + bidang


TECH_ROLES = {
    "adm": ["Pengelola Layanan", "Analis Kebijakan", "Staf Teknis", "Pranata Komputer"],
    "hukum": ["Analis Hukum", "Staf Teknis", "Penyuluh Hukum"],
    "ekon": ["Analis Keuangan", "Pengelola Layanan", "Staf Teknis", "Penata Laporan"],
    "tek": ["Staf Teknis", "Teknisi", "Pengawas Lapangan", "Analis Teknis"],
    "sos": ["Pekerja Sosial", "Pendamping", "Staf Teknis", "Penyuluh Sosial"],
    "pend": ["Pengelola Layanan", "Analis", "Staf Teknis", "Pustakawan"],
    "kes": ["Pengelola Program", "Tenaga Kesehatan", "Staf Teknis", "Epidemiolog"],
    "it": ["Pranata Komputer", "Staf Teknis", "Analis Infrastruktur"],
    "tani": ["Penyuluh Pertanian", "Medik Veteriner", "Paramedik Veteriner", "Staf Teknis"],
    "ikan": ["Penyuluh Perikanan", "Staf Teknis", "Pengelola Program"],
    "agama": ["Penyuluh Agama", "Staf Teknis", "Pengelola Layanan"],
    "polisi": ["Anggota", "Bamin", "Petugas"],
}


HEAD_POS = {
    "polresta": "Kapolresta Banyuwangi",
    "imigrasi-bwi": "Kepala Kantor Imigrasi Banyuwangi",
    "kantah-bwi": "Kepala Kantor Pertanahan Kabupaten Banyuwangi",
    "kemenag": "Kepala Kantor Kementerian Agama Kabupaten Banyuwangi",
    "pa-bwi": "Ketua Pengadilan Agama Banyuwangi",
    "kpp-bwi": "Kepala KPP Pratama Banyuwangi",
    "bpjs-kes": "Kepala Cabang BPJS Kesehatan Banyuwangi",
    "bpjs-tk": "Kepala Cabang BPJS Ketenagakerjaan Banyuwangi",
    "samsat-bwi": "Kepala UPT Bapenda Jatim Banyuwangi (Samsat)",
    "cabdin-pendidikan": "Kepala Cabang Dinas Pendidikan Wilayah Banyuwangi",
    "pln-up3": "Manajer PLN UP3 Banyuwangi",
    "bpbd": "Kepala Pelaksana BPBD Kabupaten Banyuwangi",
    "uptd-ppa": "Kepala UPTD Perlindungan Perempuan dan Anak",
}


def generic_contacts(org_id):
    meta = ORG_META[org_id]
    ORG_META["_cur"] = meta
    org = ORG_BY_ID[org_id]
    g = meta["titles"]
    bids: dict[str, list[str]] = {}
    for sid, (o, b) in SVC_BIDANG.items():
        if o == org_id:
            bids.setdefault(b, []).append(sid)
    # head
    head = meta["head"]
    if head in ("Kepala Dinas", "Kepala Badan", "Kepala Satuan"):
        pos = "Kepala " + strip_regency(org["name"])
    elif head.startswith("Kepala Bagian") or head in ("Sekretaris Daerah", "Sekretaris DPRD",
                                                      "Inspektur"):
        pos = head
    elif org_id in HEAD_POS:
        pos = HEAD_POS[org_id]
    else:
        pos = f"{head} {meta['short']}"
    pre = "dr." if g == "kes" and org["kind"] in ("rsud",) else ""
    C(org_id, person(g, "head", pre), pos, "head", wa="auto" if rng.random() < 0.7 else "")
    if meta["sek"]:
        sek = "Sekretaris Badan" if head in ("Kepala Badan", "Kepala Pelaksana BPBD") else (
            "Sekretaris Satuan" if head == "Kepala Satuan" else "Sekretaris Dinas")
        if org_id == "inspektorat":
            sek = "Sekretaris Inspektorat"
        C(org_id, person(g, "manager"), sek, "manager")
    for b, sids in bids.items():
        mgr_pos = manager_title(b)
        if org["kind"] == "rsud":
            mgr_pos = "Kepala Bidang " + b
        C(org_id, person(g, "manager"), mgr_pos, "manager", sids)
        n = 1 if len(sids) == 1 and rng.random() < 0.4 else min(3, max(2, (len(sids) + 1) // 2))
        groups = [[] for _ in range(n)]
        for i, s in enumerate(sids):
            groups[i % n].append(s)
        for i in range(n):
            mine = groups[i] or sids
            roles = TECH_ROLES[g]
            if g == "tani":
                roles = (["Medik Veteriner", "Paramedik Veteriner", "Inseminator"]
                         if "Peternakan" in b else ["Penyuluh Pertanian", "POPT", "Staf Teknis"])
            role = rng.choice(roles)
            pre = ""
            if g == "kes" and rng.random() < 0.25:
                pre = "dr."
            if g == "tani" and role in ("Medik Veteriner",):
                pre = "drh."
            where = b if not b.startswith(("Bidang", "Seksi", "Satuan", "Bagian", "Subbagian")) \
                else b
            C(org_id, person(g, "technical", pre), f"{role} – {where}", "technical", mine)
    fd = meta["frontdesk"]
    if fd:
        C(org_id, person(g, "frontdesk"), f"{fd} {meta['short']}", "frontdesk",
          hours=WA_HOURS if org["kind"] == "opd" else None)
        if org["kind"] == "opd" and rng.random() < 0.5:
            C(org_id, f"Admin WA Layanan {meta['short']}", "Admin WhatsApp Layanan (bukan "
              "perorangan)", "frontdesk", wa=mobile(), phone="", hours=WA_HOURS, email="")


SPECIAL = {"cc112", "lapor", "desa-kemiren"} | {kid(k) for k in KECAMATAN} | \
    set(PKM_AREA) | {f"kua-{k}" for k, _ in KUA}

for o in orgs:
    if o["org_id"] not in SPECIAL:
        generic_contacts(o["org_id"])

for k in KECAMATAN:
    o = kid(k)
    C(o, person("adm", "head"), f"Camat {k}", "head", [f"{o}-wa"], area=k)
    C(o, person("adm", "manager"), f"Sekretaris Kecamatan {k}", "manager", area=k)
    C(o, person("adm", "manager"), f"Kepala Seksi Pelayanan Umum Kecamatan {k}", "manager",
      [f"{o}-surat", f"{o}-iumk", f"{o}-wa"], area=k)
    C(o, f"Layanan WA Kecamatan {k}", "Admin WhatsApp Layanan Kecamatan (respon 2 jam)",
      "frontdesk", [f"{o}-wa", f"{o}-surat"], area=k, wa=ORG_BY_ID[o]["whatsapp"], phone="",
      hours=WA_HOURS, email="")
    C(o, person("adm", "technical"), f"Staf Pelayanan Kecamatan {k}", "technical",
      [f"{o}-surat", f"{o}-iumk"], area=k)
    if rng.random() < 0.5:
        C(o, person("adm", "manager"), f"Kepala Seksi Pemerintahan Kecamatan {k}", "manager",
          area=k)

for o, kec in PKM_AREA.items():
    pname = ORG_BY_ID[o]["name"]
    C(o, person("kes", "head", rng.choice(["dr.", "drg.", ""])), f"Kepala {pname}", "head",
      area=kec)
    C(o, person("kes", "frontdesk"), f"Petugas Pendaftaran {pname}", "frontdesk",
      [f"{o}-umum", f"{o}-surat-sehat"], area=kec)
    C(o, person("kes", "technical", "dr."), f"Dokter Umum {pname}", "technical",
      [f"{o}-umum", f"{o}-surat-sehat"], area=kec)
    C(o, person("bidan", "technical", female=True), f"Bidan Koordinator {pname}", "technical",
      [f"{o}-kb", f"{o}-imunisasi"], area=kec)
    if rng.random() < 0.5:
        C(o, person("kes", "technical"), f"Pengelola Program Imunisasi {pname}", "technical",
          [f"{o}-imunisasi"], area=kec)

for kk, kec in KUA:
    o = f"kua-{kk}"
    C(o, person("agama", "head"), f"Kepala KUA Kecamatan {kec}", "head", [f"{o}-nikah"], area=kec)
    C(o, person("agama", "technical"), f"Penghulu KUA Kecamatan {kec}", "technical",
      [f"{o}-nikah", f"{o}-rujuk"], area=kec)
    C(o, person("agama", "frontdesk"), f"Petugas Pendaftaran Nikah KUA {kec}", "frontdesk",
      [f"{o}-nikah"], area=kec)

C("desa-kemiren", person("adm", "head"), "Kepala Desa Kemiren", "head", area="Glagah")
C("desa-kemiren", person("adm", "manager"), "Sekretaris Desa Kemiren", "manager",
  ["desa-kemiren-domisili", "desa-kemiren-sktm", "desa-kemiren-pengantar"], area="Glagah")
C("desa-kemiren", person("adm", "technical"), "Kepala Seksi Pelayanan Desa Kemiren", "technical",
  ["desa-kemiren-domisili", "desa-kemiren-sktm", "desa-kemiren-pengantar"], area="Glagah")
C("desa-kemiren", "Layanan WA Desa Kemiren", "Admin WhatsApp Pelayanan Desa", "frontdesk",
  ["desa-kemiren-domisili", "desa-kemiren-sktm", "desa-kemiren-pengantar"], area="Glagah",
  wa=ORG_BY_ID["desa-kemiren"]["whatsapp"], phone="", hours=WA_HOURS, email="")

C("cc112", "Call Center 112 Banyuwangi Respon", "Operator Layanan Darurat 112 (bebas pulsa)",
  "frontdesk", ["cc112-darurat"], wa="", phone="112", hours=H24, languages="ind;jav;osi;mad",
  email="")
C("lapor", "Admin SP4N-LAPOR! Kabupaten Banyuwangi",
  "Admin Penghubung SP4N-LAPOR! (Diskominfo)", "technical", ["lapor-pengaduan"], wa=mobile(),
  phone="", hours=OPD_HOURS, languages="ind;jav", email="")

# --------------------------------------------------------------------------------------------
# query table (evaluation set): query, expected_org_id, expected_service_id, kind
# --------------------------------------------------------------------------------------------
QUERIES = [
    # --- colloquial
    ("ktp ilang", "dispendukcapil", "dukcapil-ktp-hilang", "colloquial"),
    ("bikin akte lahir anak", "dispendukcapil", "dukcapil-akta-lahir", "colloquial"),
    ("ijin usaha warung", "dpmptsp", "dpmptsp-nib", "colloquial"),
    ("pasang kb", "dinsos-ppkb", "dinsos-kb", "colloquial"),
    ("ktp saya patah", "dispendukcapil", "dukcapil-ktp-rusak", "colloquial"),
    ("ganti alamat di ktp", "dispendukcapil", "dukcapil-ktp-perubahan", "colloquial"),
    ("mau pisah kk dari orang tua", "dispendukcapil", "dukcapil-kk-pecah", "colloquial"),
    ("masukin bayi ke kk", "dispendukcapil", "dukcapil-kk-perubahan", "colloquial"),
    ("kk kebakar", "dispendukcapil", "dukcapil-kk-hilang", "colloquial"),
    ("akte kematian bapak", "dispendukcapil", "dukcapil-akta-mati", "colloquial"),
    ("surat pindah ke surabaya", "dispendukcapil", "dukcapil-pindah", "colloquial"),
    ("baru pindah ke banyuwangi mau bikin ktp", "dispendukcapil", "dukcapil-datang",
     "colloquial"),
    ("ktp digital di hp", "dispendukcapil", "dukcapil-ikd", "colloquial"),
    ("anak udah 17 tahun mau rekam ktp", "dispendukcapil", "dukcapil-ktp-baru", "colloquial"),
    ("nenek sakit gak bisa datang rekam ktp", "dispendukcapil", "dukcapil-jemput-bola",
     "colloquial"),
    ("kartu anak buat daftar sekolah", "dispendukcapil", "dukcapil-kia", "colloquial"),
    ("bpjs gratis buat orang gak mampu", "dinkes", "dinkes-pbi-jkn", "colloquial"),
    ("anak kurang gizi badannya kecil", "dinkes", "dinkes-stunting", "colloquial"),
    ("ada orang gila ngamuk di kampung", "dinkes", "dinkes-odgj", "colloquial"),
    ("tetangga kena demam berdarah minta fogging", "dinkes", "dinkes-dbd", "colloquial"),
    ("mobil jenazah", "dinkes", "dinkes-ambulans", "colloquial"),
    ("batuk lama gak sembuh sembuh", "dinkes", "dinkes-tbc", "colloquial"),
    ("kok gak dapet bansos lagi", "dinsos-ppkb", "dinsos-dtsen", "colloquial"),
    ("bantuan sembako", "dinsos-ppkb", "dinsos-bpnt", "colloquial"),
    ("rumah mau roboh minta bedah rumah", "dpu-ckpp", "dpu-ckpp-rtlh", "colloquial"),
    ("kursi roda buat anak cacat", "dinsos-ppkb", "dinsos-disabilitas", "colloquial"),
    ("mbah sebatang kara gak ada yang ngurus", "dinsos-ppkb", "dinsos-lansia", "colloquial"),
    ("suami suka mukul istri", "uptd-ppa", "ppa-kdrt", "colloquial"),
    ("anak dilecehkan tetangga", "uptd-ppa", "ppa-kdrt", "colloquial"),
    ("surat tidak mampu buat rumah sakit", "dinsos-ppkb", "dinsos-sktm", "colloquial"),
    ("bikin izin bangun rumah", "dpmptsp", "dpmptsp-pbg", "colloquial"),
    ("izin jualan keripik rumahan", "dpmptsp", "dpmptsp-pirt", "colloquial"),
    ("buka praktek bidan sendiri", "dpmptsp", "dpmptsp-sip-bidan", "colloquial"),
    ("pajak tanah tahun ini berapa", "bapenda", "bapenda-pbb-sppt", "colloquial"),
    ("pbb kok naik terus", "bapenda", "bapenda-pbb-keberatan", "colloquial"),
    ("got mampet depan rumah", "dpu-ckpp", "dpu-ckpp-drainase", "colloquial"),
    ("jalan berlubang di desa", "dpu-ckpp", "dpu-ckpp-jalan-rusak", "colloquial"),
    ("jembatan desa putus gak bisa lewat", "dpu-ckpp", "dpu-ckpp-jembatan", "colloquial"),
    ("lampu jalan mati", "dishub", "dishub-pju", "colloquial"),
    ("lampu merah perempatan rusak", "dishub", "dishub-apill", "colloquial"),
    ("tukang parkir minta lebih", "dishub", "dishub-parkir", "colloquial"),
    ("sawah gak kebagian air", "dpu-pengairan", "pengairan-irigasi", "colloquial"),
    ("air pdam mati dari kemarin", "pdam", "pdam-gangguan", "colloquial"),
    ("tagihan air membengkak", "pdam", "pdam-tagihan", "colloquial"),
    ("sampah numpuk gak diangkut", "dlh", "dlh-sampah", "colloquial"),
    ("sungai bau limbah pabrik", "dlh", "dlh-pencemaran", "colloquial"),
    ("ada ular masuk rumah", "damkar", "damkar-hewan", "colloquial"),
    ("sarang tawon di plafon", "damkar", "damkar-hewan", "colloquial"),
    ("cincin gak bisa dilepas", "damkar", "damkar-rescue", "colloquial"),
    ("pohon tumbang nutup jalan", "bpbd", "bpbd-pohon-tumbang", "colloquial"),
    ("sumur kering minta kiriman air", "bpbd", "bpbd-air-bersih", "colloquial"),
    ("daftar sd negeri", "dispendik", "dispendik-spmb", "colloquial"),
    ("anak mau pindah sekolah smp", "dispendik", "dispendik-mutasi", "colloquial"),
    ("beasiswa kuliah dari pemkab", "dispendik", "dispendik-beasiswa", "colloquial"),
    ("gak lulus sd mau ikut paket", "dispendik", "dispendik-paket", "colloquial"),
    ("pelatihan kerja gratis", "disnakertransperin", "disnaker-pelatihan", "colloquial"),
    ("gaji gak dibayar bos", "disnakertransperin", "disnaker-hi", "colloquial"),
    ("di phk gak dapet pesangon", "disnakertransperin", "disnaker-hi", "colloquial"),
    ("info lowongan kerja", "disnakertransperin", "disnaker-loker", "colloquial"),
    ("pupuk langka di kios", "dispertan", "dispertan-pupuk", "colloquial"),
    ("sawah kena wereng", "dispertan", "dispertan-hama", "colloquial"),
    ("kawin suntik sapi", "dispertan", "dispertan-ib", "colloquial"),
    ("nelayan minta rekomendasi solar", "diskan", "diskan-bbm", "colloquial"),
    ("mobil perpustakaan ke sekolah", "dispusip", "dispusip-keliling", "colloquial"),
    ("wifi balai desa mati", "diskominfo", "diskominfo-wifi", "colloquial"),
    ("pedagang kaki lima di trotoar", "satpolpp", "satpol-pkl", "colloquial"),
    ("pegawai minta uang pelicin", "inspektorat", "inspektorat-pengaduan", "colloquial"),
    ("ngurus pensiun pns", "bkpp", "bkpp-pensiun", "colloquial"),
    ("sewa gor buat turnamen", "dispora", "dispora-gor", "colloquial"),
    ("jadwal festival banyuwangi", "disbudpar", "disbudpar-event", "colloquial"),
    ("timbangan pedagang curang", "diskop-ump", "diskop-tera", "colloquial"),
    ("gas melon langka", "diskop-ump", "diskop-harga", "colloquial"),
    ("izin penelitian buat skripsi", "bakesbangpol", "kesbang-penelitian", "colloquial"),
    ("dana desa dipakai buat apa", "dpmd", "dpmd-dana-desa", "colloquial"),
    ("mau audiensi sama dewan", "setwan", "setwan-aspirasi", "colloquial"),
    ("bantuan bangun musala", "setda-kesra", "kesra-rumah-ibadah", "colloquial"),
    ("keluarga tki hilang kontak", "disnakertransperin", "disnaker-pmi-masalah", "colloquial"),
    ("bantuan sandang pangan korban musibah", "dinsos-ppkb", "dinsos-korban-bencana",
     "colloquial"),
    ("surat domisili desa kemiren", "desa-kemiren", "desa-kemiren-domisili", "colloquial"),
    ("wa camat genteng", "kec-genteng", "kec-genteng-wa", "colloquial"),
    ("legalisir di kecamatan rogojampi", "kec-rogojampi", "kec-rogojampi-surat", "colloquial"),
    ("surat waris di kecamatan srono", "kec-srono", "kec-srono-surat", "colloquial"),
    ("imunisasi bayi di puskesmas sobo", "pkm-sobo", "pkm-sobo-imunisasi", "colloquial"),
    ("surat sehat puskesmas rogojampi", "pkm-rogojampi", "pkm-rogojampi-surat-sehat",
     "colloquial"),
    ("opname di rsud genteng", "rsud-genteng", "rsud-genteng-rawat-inap", "colloquial"),
    ("surat bebas narkoba buat cpns", "rsud-blambangan", "rsud-blambangan-surat-sehat",
     "colloquial"),
    ("kalau aduan gak ditanggapi lapor kemana", "lapor", "lapor-pengaduan", "colloquial"),
    # --- abbreviation
    ("kk baru", "dispendukcapil", "dukcapil-kk-baru", "abbreviation"),
    ("kia", "dispendukcapil", "dukcapil-kia", "abbreviation"),
    ("ikd", "dispendukcapil", "dukcapil-ikd", "abbreviation"),
    ("skpwni", "dispendukcapil", "dukcapil-pindah", "abbreviation"),
    ("kis pbi", "dinkes", "dinkes-pbi-jkn", "abbreviation"),
    ("pkh", "dinsos-ppkb", "dinsos-pkh", "abbreviation"),
    ("bpnt", "dinsos-ppkb", "dinsos-bpnt", "abbreviation"),
    ("dtks", "dinsos-ppkb", "dinsos-dtsen", "abbreviation"),
    ("update dtsen", "dinsos-ppkb", "dinsos-dtsen", "abbreviation"),
    ("rtlh", "dpu-ckpp", "dpu-ckpp-rtlh", "abbreviation"),
    ("pbg", "dpmptsp", "dpmptsp-pbg", "abbreviation"),
    ("imb rumah", "dpmptsp", "dpmptsp-pbg", "abbreviation"),
    ("slf", "dpmptsp", "dpmptsp-slf", "abbreviation"),
    ("pirt", "dpmptsp", "dpmptsp-pirt", "abbreviation"),
    ("sip dokter", "dpmptsp", "dpmptsp-sip-dokter", "abbreviation"),
    ("sipa apoteker", "dpmptsp", "dpmptsp-sip-apoteker", "abbreviation"),
    ("pbb", "bapenda", "bapenda-pbb-sppt", "abbreviation"),
    ("bphtb", "bapenda", "bapenda-bphtb", "abbreviation"),
    ("npwpd restoran", "bapenda", "bapenda-pbjt", "abbreviation"),
    ("pju mati", "dishub", "dishub-pju", "abbreviation"),
    ("uji kir", "dishub", "dishub-kir", "abbreviation"),
    ("pkl", "satpolpp", "satpol-pkl", "abbreviation"),
    ("odgj", "dinkes", "dinkes-odgj", "abbreviation"),
    ("dbd", "dinkes", "dinkes-dbd", "abbreviation"),
    ("kdrt", "uptd-ppa", "ppa-kdrt", "abbreviation"),
    ("ak1", "disnakertransperin", "disnaker-ak1", "abbreviation"),
    ("pmi", "disnakertransperin", "disnaker-pmi", "abbreviation"),
    ("blk", "disnakertransperin", "disnaker-pelatihan", "abbreviation"),
    ("kip sd", "dispendik", "dispendik-pip", "abbreviation"),
    ("pip smp", "dispendik", "dispendik-pip", "abbreviation"),
    ("ppdb smp", "dispendik", "dispendik-spmb", "abbreviation"),
    ("umkm", "diskop-ump", "diskop-umkm", "abbreviation"),
    ("kur", "diskop-ump", "diskop-kur", "abbreviation"),
    ("bumdes", "dpmd", "dpmd-bumdes", "abbreviation"),
    ("blt dd", "dpmd", "dpmd-blt-dd", "abbreviation"),
    ("cuti asn", "bkpp", "bkpp-cuti", "abbreviation"),
    ("kp pns april", "bkpp", "bkpp-pangkat", "abbreviation"),
    ("skt ormas", "bakesbangpol", "kesbang-skt", "abbreviation"),
    ("ppid", "diskominfo", "diskominfo-ppid", "abbreviation"),
    ("ib sapi", "dispertan", "dispertan-ib", "abbreviation"),
    ("hippa", "dpu-pengairan", "pengairan-hippa", "abbreviation"),
    ("slhs depot air", "dinkes", "dinkes-laik-higiene", "abbreviation"),
    ("iumk kecamatan licin", "kec-licin", "kec-licin-iumk", "abbreviation"),
    ("bpbd", "bpbd", "", "abbreviation"),
    ("dispendukcapil", "dispendukcapil", "", "abbreviation"),
    # --- typo
    ("akta kelahrian", "dispendukcapil", "dukcapil-akta-lahir", "typo"),
    ("sertifkat tanah", "kantah-bwi", "bpn-sertifikat", "typo"),
    ("paspot", "imigrasi-bwi", "imigrasi-paspor", "typo"),
    ("ktp hlang", "dispendukcapil", "dukcapil-ktp-hilang", "typo"),
    ("kartu kelaurga", "dispendukcapil", "", "typo"),
    ("akte kematain", "dispendukcapil", "dukcapil-akta-mati", "typo"),
    ("pendaftran bpjs gratis", "dinkes", "dinkes-pbi-jkn", "typo"),
    ("surat pindha domisili", "dispendukcapil", "dukcapil-pindah", "typo"),
    ("izin bangnan", "dpmptsp", "dpmptsp-pbg", "typo"),
    ("pajak bumi bangnan", "bapenda", "bapenda-pbb-sppt", "typo"),
    ("lampu jalan mait", "dishub", "dishub-pju", "typo"),
    ("sampah numpk", "dlh", "dlh-sampah", "typo"),
    ("bantuan sosail", "dinsos-ppkb", "", "typo"),
    ("beasiwa kuliah", "dispendik", "dispendik-beasiswa", "typo"),
    ("pelatiahn kerja", "disnakertransperin", "disnaker-pelatihan", "typo"),
    ("pupuk subsidhi", "dispertan", "dispertan-pupuk", "typo"),
    ("perpustakan keliling", "dispusip", "dispusip-keliling", "typo"),
    ("puskesmsa genteng kulon", "pkm-genteng-kulon", "", "typo"),
    ("dispendukcapli", "dispendukcapil", "", "typo"),
    ("akta perkawinan kristne", "dispendukcapil", "dukcapil-akta-kawin", "typo"),
    ("legalisri ijazah smp", "dispendik", "dispendik-ijazah", "typo"),
    ("skkc", "polresta", "polresta-skck", "typo"),
    ("nikha di kua", "kemenag", "kemenag-nikah-info", "typo"),
    ("pungil pegawai", "inspektorat", "inspektorat-pengaduan", "typo"),
    ("jalan berlubnag", "dpu-ckpp", "dpu-ckpp-jalan-rusak", "typo"),
    ("drainsae mampet", "dpu-ckpp", "dpu-ckpp-drainase", "typo"),
    ("irigsi sawah rusak", "dpu-pengairan", "pengairan-irigasi", "typo"),
    ("kartu identitas anka", "dispendukcapil", "dukcapil-kia", "typo"),
    ("rumha tidak layak huni", "dpu-ckpp", "dpu-ckpp-rtlh", "typo"),
    ("surat keterangan sheat rsud blambangan", "rsud-blambangan",
     "rsud-blambangan-surat-sehat", "typo"),
    ("izin praktek apotekr", "dpmptsp", "dpmptsp-sip-apoteker", "typo"),
    ("kartu kunign", "disnakertransperin", "disnaker-ak1", "typo"),
    ("perpanjng sim", "polresta", "polresta-sim-perpanjang", "typo"),
    ("stuntnig", "dinkes", "dinkes-stunting", "typo"),
    ("sertifkat halal", "kemenag", "kemenag-halal", "typo"),
    ("pjak kendaraan", "samsat-bwi", "samsat-pkb", "typo"),
    # --- regional (Javanese, Osing, Madurese)
    ("dalan rusak", "dpu-ckpp", "dpu-ckpp-jalan-rusak", "regional"),
    ("nggawe ktp anyar", "dispendukcapil", "dukcapil-ktp-baru", "regional"),
    ("banyu mati wis telung dino", "pdam", "pdam-gangguan", "regional"),
    ("omah bocor arep ambruk", "dpu-ckpp", "dpu-ckpp-rtlh", "regional"),
    ("sapi lara ora gelem mangan", "dispertan", "dispertan-keswan", "regional"),
    ("ngurus akta mati mbahku", "dispendukcapil", "dukcapil-akta-mati", "regional"),
    ("sawahe ora oleh banyu", "dpu-pengairan", "pengairan-irigasi", "regional"),
    ("lampu dalan mati", "dishub", "dishub-pju", "regional"),
    ("bojoku seneng mukul aku", "uptd-ppa", "ppa-kdrt", "regional"),
    ("golek gawean", "disnakertransperin", "disnaker-loker", "regional"),
    ("ijazahku ilang", "dispendik", "dispendik-ijazah", "regional"),
    ("tonggoku gendheng ngamuk", "dinkes", "dinkes-odgj", "regional"),
    ("anakku lara nang puskesmas sempu", "pkm-sempu", "pkm-sempu-umum", "regional"),
    ("isun kelangan ktp", "dispendukcapil", "dukcapil-ktp-hilang", "regional"),
    ("kelendi nggawe akta lahir", "dispendukcapil", "dukcapil-akta-lahir", "regional"),
    ("isun sing ono bpjs", "dinkes", "dinkes-pbi-jkn", "regional"),
    ("banyu pdam sing metu", "pdam", "pdam-gangguan", "regional"),
    ("paran syarate rabi", "kemenag", "kemenag-nikah-info", "regional"),
    ("dalan nong desa isun rusak", "dpu-ckpp", "dpu-ckpp-jalan-rusak", "regional"),
    ("wedhus isun lara", "dispertan", "dispertan-keswan", "regional"),
    ("riko ngerti kantor capil", "dispendukcapil", "", "regional"),
    ("abâjâr pajek motor", "samsat-bwi", "samsat-pkb", "regional"),
    ("aèng pdam ta' bâdhâ", "pdam", "pdam-gangguan", "regional"),
    ("lampu jhâlân mate", "dishub", "dishub-pju", "regional"),
    ("sapè sakè'", "dispertan", "dispertan-keswan", "regional"),
    ("nyare lakoh", "disnakertransperin", "disnaker-loker", "regional"),
    ("bâdhâ olar e bengko", "damkar", "damkar-hewan", "regional"),
    ("berrâs bantuan ta' olle", "dinsos-ppkb", "dinsos-bpnt", "regional"),
    ("akabin e kua", "kemenag", "kemenag-nikah-info", "regional"),
    ("abajar pbb", "bapenda", "bapenda-pbb-sppt", "regional"),
    # --- authority (outside the regency)
    ("sertipikat tanah", "kantah-bwi", "bpn-sertifikat", "authority"),
    ("bikin skck", "polresta", "polresta-skck", "authority"),
    ("skck buat lamaran kerja", "polresta", "polresta-skck", "authority"),
    ("perpanjang sim a", "polresta", "polresta-sim-perpanjang", "authority"),
    ("bikin sim c", "polresta", "polresta-sim", "authority"),
    ("surat kehilangan dari polisi", "polresta", "polresta-kehilangan", "authority"),
    ("izin keramaian orkes nikahan", "polresta", "polresta-keramaian", "authority"),
    ("paspor umroh", "imigrasi-bwi", "imigrasi-paspor", "authority"),
    ("paspor ilang", "imigrasi-bwi", "imigrasi-paspor-hilang", "authority"),
    ("paspor buat kerja ke malaysia", "imigrasi-bwi", "imigrasi-paspor-pmi", "authority"),
    ("balik nama sertifikat tanah", "kantah-bwi", "bpn-balik-nama", "authority"),
    ("ukur ulang batas tanah", "kantah-bwi", "bpn-ukur", "authority"),
    ("pecah sertifikat warisan", "kantah-bwi", "bpn-pecah", "authority"),
    ("roya sertifikat lunas bank", "kantah-bwi", "bpn-roya", "authority"),
    ("daftar nikah kua", "kemenag", "kemenag-nikah-info", "authority"),
    ("daftar nikah kua genteng", "kua-genteng", "kua-genteng-nikah", "authority"),
    ("daftar haji", "kemenag", "kemenag-haji", "authority"),
    ("sertifikat halal gratis", "kemenag", "kemenag-halal", "authority"),
    ("gugat cerai suami", "pa-bwi", "pa-cerai", "authority"),
    ("isbat nikah siri", "pa-bwi", "pa-isbat", "authority"),
    ("anak mau nikah umur 17", "pa-bwi", "pa-dispensasi", "authority"),
    ("bayar pajak motor", "samsat-bwi", "samsat-pkb", "authority"),
    ("ganti plat nomor 5 tahunan", "samsat-bwi", "samsat-stnk5", "authority"),
    ("balik nama motor bekas", "samsat-bwi", "samsat-bbn", "authority"),
    ("nib oss", "dpmptsp", "dpmptsp-nib", "authority"),
    ("bikin npwp", "kpp-bwi", "kpp-npwp", "authority"),
    ("lapor spt tahunan", "kpp-bwi", "kpp-spt", "authority"),
    ("pasang listrik baru", "pln-up3", "pln-pasang-baru", "authority"),
    ("listrik padam dari tadi", "pln-up3", "pln-gangguan", "authority"),
    ("klaim jht", "bpjs-tk", "bpjstk-jht", "authority"),
    ("daftar bpjs mandiri sekeluarga", "bpjs-kes", "bpjskes-mandiri", "authority"),
    ("bpjs nunggak mau bayar cicil", "bpjs-kes", "bpjskes-tunggakan", "authority"),
    ("daftar sma negeri", "cabdin-pendidikan", "cabdin-spmb", "authority"),
    ("legalisir ijazah mts", "kemenag", "kemenag-madrasah", "authority"),
    ("tiket kawah ijen", "disbudpar", "disbudpar-ijen", "authority"),
    ("kapal ke bali", "dishub", "dishub-penyeberangan", "authority"),
    ("status gunung raung", "bpbd", "bpbd-gunung", "authority"),
    ("kartu kusuka nelayan", "diskan", "diskan-kusuka", "authority"),
    ("cek penerima pkh", "dinsos-ppkb", "dinsos-pkh", "authority"),
    # --- emergency
    ("kebakaran rumah", "cc112", "cc112-darurat", "emergency"),
    ("ada kecelakaan motor", "cc112", "cc112-darurat", "emergency"),
    ("orang tenggelam di pantai", "cc112", "cc112-darurat", "emergency"),
    ("darurat banjir bandang", "cc112", "cc112-darurat", "emergency"),
    ("butuh ambulans darurat sekarang", "cc112", "cc112-darurat", "emergency"),
    ("kebakran toko", "cc112", "cc112-darurat", "emergency"),
    ("tabrakan di jalan raya rogojampi", "cc112", "cc112-darurat", "emergency"),
    ("longsor ada korban tertimbun", "cc112", "cc112-darurat", "emergency"),
    ("omah kobong", "cc112", "cc112-darurat", "emergency"),
]


# --------------------------------------------------------------------------------------------
def write(path: Path, cols: list[str], rows: list[dict]):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


def main():
    write(SAMPLE / "organizations.csv", ORG_COLS, orgs)
    write(SAMPLE / "services.csv", SVC_COLS, services)
    write(SAMPLE / "contacts.csv", CON_COLS, contacts)
    # the one explicit mark that this is sample data (the settings sheet, key,value rows)
    write(SAMPLE / "settings.csv", ["key", "value"],
          [{"key": "is_sample", "value": "yes"}, {"key": "retention_months", "value": "6"},
           {"key": "freshness_months", "value": "12"}])
    write(TESTDATA / "search_queries.csv", Q_COLS,
          [dict(zip(Q_COLS, q, strict=True)) for q in QUERIES])
    print(f"organizations={len(orgs)} services={len(services)} contacts={len(contacts)} "
          f"queries={len(QUERIES)}")


if __name__ == "__main__":
    main()
