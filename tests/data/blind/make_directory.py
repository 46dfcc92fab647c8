#!/usr/bin/env python3
"""Generate the blind directory fixture (tests/data/blind/directory/).

A service directory of Kabupaten Banyuwangi written the way agencies fill an official
template: formal service names (Standar Pelayanan nomenclature), formal descriptions and
official requirement lists, keywords mostly empty.  It was written without looking at the
search's lexicon, the sample directory or the evaluation queries.

The organizations are exactly those of ``roster.csv``.  All people and all phone numbers
are invented: every number contains the block "0000".

Run:  python3 tests/data/blind/make_directory.py
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "directory"

# --- common wording ---------------------------------------------------------------------------

FREE = "Tidak dipungut biaya"
RETRIB = "Sesuai Peraturan Daerah Kabupaten Banyuwangi tentang Pajak Daerah dan Retribusi Daerah"
PNBP = "Sesuai ketentuan tarif Penerimaan Negara Bukan Pajak (PNBP) yang berlaku"
TARIF_BLUD = "Sesuai Peraturan Bupati tentang Tarif Layanan Badan Layanan Umum Daerah; peserta JKN sesuai ketentuan BPJS Kesehatan"
TARIF_PKM = "Sesuai Peraturan Bupati tentang Tarif Layanan Puskesmas; tidak dipungut biaya bagi peserta JKN yang terdaftar"

H1 = "1 (satu) hari kerja"
H2 = "2 (dua) hari kerja"
H3 = "3 (tiga) hari kerja"
H5 = "5 (lima) hari kerja"
H7 = "7 (tujuh) hari kerja"
H10 = "10 (sepuluh) hari kerja"
H14 = "14 (empat belas) hari kerja"
H20 = "20 (dua puluh) hari kerja"
H30 = "30 (tiga puluh) hari kerja"
M60 = "60 (enam puluh) menit"
SAAT = "Pada hari yang sama sepanjang persyaratan lengkap"
SEGERA = "Segera setelah laporan diterima"
JADWAL = "Sesuai jadwal yang ditetapkan"

KTP = "Fotokopi Kartu Tanda Penduduk Elektronik (KTP-el)"
KK = "Fotokopi Kartu Keluarga (KK)"
PENGANTAR = "Surat Pengantar dari Kepala Desa/Lurah"
MOHON = "Surat permohonan yang ditujukan kepada Kepala Perangkat Daerah"
FORM = "Formulir permohonan yang telah diisi dan ditandatangani"
FOTO = "Pas foto berwarna ukuran 3x4 cm sebanyak 2 (dua) lembar"
NIB = "Nomor Induk Berusaha (NIB)"
JKN = "Kartu Indonesia Sehat (KIS)/kartu peserta Jaminan Kesehatan Nasional bagi peserta JKN"

KECAMATAN = [
    "Banyuwangi", "Giri", "Glagah", "Kalipuro", "Licin", "Wongsorejo", "Kabat", "Rogojampi",
    "Songgon", "Singojuruh", "Srono", "Muncar", "Cluring", "Purwoharjo", "Tegaldlimo",
    "Gambiran", "Bangorejo", "Siliragung", "Pesanggaran", "Genteng", "Tegalsari", "Sempu",
    "Glenmore", "Kalibaru", "Blimbingsari",
]


@dataclass
class Sv:
    name: str
    description: str
    requirements: str = ""
    fee: str = FREE
    duration: str = H1
    authority: str = "regency"
    authority_note: str = ""
    online_url: str = ""
    keywords: str = ""
    category: str = ""
    area: str = ""
    tag: str = ""  # which staff role handles it (template organizations)
    sid: str = ""


def sv(name, description, requirements="", fee=FREE, duration=H1, authority="regency",
       note="", url="", kw="", cat="", area="", tag="") -> Sv:
    return Sv(name, description, requirements, fee, duration, authority, note, url, kw, cat,
              area, tag)


@dataclass
class Unit:
    manager: str  # position of the unit's manager ("" = no manager contact)
    staff: list  # positions of technical staff; services are divided among them
    services: list
    category: str = ""
    manager_style: str = "admin"
    staff_style: str = "admin"


@dataclass
class Org:
    org_id: str
    short_name: str = ""
    parent_id: str = ""
    address: str = ""
    phone: str = ""
    whatsapp: bool = True
    email: str = ""
    website: str = ""
    hours: str = "Senin-Kamis 07.30-15.30; Jumat 07.30-14.00"
    authority_note: str = ""
    description: str = ""
    head: str = ""
    head_style: str = "admin"
    deputy: list = field(default_factory=list)  # extra manager positions (no services)
    units: list = field(default_factory=list)
    frontdesk: list = field(default_factory=lambda: ["Petugas Layanan Informasi"])
    area: str = ""
    languages: str = "ind;jav"
    contact_hours: str = ""
    explicit_staff: list = field(default_factory=list)  # (position, style, [tags], level)
    multi: float = 0.7  # chance that a staff or front-desk position is held by two people


ORGS: dict[str, Org] = {}


def add(org: Org) -> Org:
    assert org.org_id not in ORGS, org.org_id
    ORGS[org.org_id] = org
    return org


JAM_KANTOR = "Senin-Kamis 07.30-15.30; Jumat 07.30-14.00"
JAM_MPP = "Senin-Jumat 08.00-15.00; Sabtu 08.00-12.00"
JAM_24 = "Setiap hari 24 jam"
JAM_VERTIKAL = "Senin-Jumat 08.00-16.00"


# =============================================================================================
# Badan-badan daerah
# =============================================================================================

add(Org(
    "B001", short_name="Bapenda",
    address="Jl. Jenderal Ahmad Yani No. 78, Kelurahan Taman Baru, Kecamatan Banyuwangi",
    phone="(0333) 410000", email="bapenda@banyuwangikab.go.id",
    website="https://bapenda.banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan fungsi penunjang urusan pemerintahan bidang keuangan, khususnya pengelolaan pendapatan daerah yang bersumber dari pajak daerah.",
    authority_note="Pajak Kendaraan Bermotor dan Bea Balik Nama Kendaraan Bermotor merupakan kewenangan Pemerintah Provinsi Jawa Timur; pajak pusat merupakan kewenangan Direktorat Jenderal Pajak.",
    head="Kepala Badan Pendapatan Daerah", deputy=["Sekretaris Badan Pendapatan Daerah"],
    units=[
        Unit("Kepala Bidang Pajak Bumi dan Bangunan Perdesaan dan Perkotaan", [
            "Penilai Pajak Bumi dan Bangunan", "Pengelola Data Objek dan Subjek Pajak", "Analis Keberatan dan Pengurangan Pajak"], [
            sv("Pendaftaran Objek Pajak Baru Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
               "Pelayanan pendaftaran objek pajak bumi dan/atau bangunan yang belum terdaftar dalam basis data PBB-P2 untuk ditetapkan dan diterbitkan Surat Pemberitahuan Pajak Terutang (SPPT) pada tahun pajak berikutnya.",
               "Surat Pemberitahuan Objek Pajak (SPOP) dan Lampiran SPOP yang telah diisi; " + KTP + "; Fotokopi bukti kepemilikan atau penguasaan tanah (sertifikat, akta jual beli, atau letter C); Fotokopi Persetujuan Bangunan Gedung bagi objek yang memiliki bangunan; SPPT PBB-P2 tetangga terdekat",
               duration=H10, kw="PBB-P2;SPOP"),
            sv("Pelayanan Mutasi Objek dan/atau Subjek Pajak Bumi dan Bangunan Perdesaan dan Perkotaan",
               "Pelayanan perubahan data subjek pajak (wajib pajak) dan/atau data objek pajak PBB-P2 sebagai akibat peralihan hak, pewarisan, hibah, atau perubahan luas tanah dan bangunan.",
               "Formulir permohonan mutasi; SPOP dan LSPOP; " + KTP + " pemohon; Fotokopi SPPT PBB-P2 tahun berjalan; Fotokopi bukti peralihan hak (akta jual beli, akta hibah, surat keterangan waris, atau sertifikat); Bukti pelunasan PBB-P2 lima tahun terakhir",
               duration=H10),
            sv("Pelayanan Pembetulan Surat Pemberitahuan Pajak Terutang (SPPT) PBB-P2",
               "Pelayanan pembetulan SPPT PBB-P2 yang memuat kesalahan tulis, kesalahan hitung, dan/atau kekeliruan penerapan ketentuan peraturan perundang-undangan perpajakan daerah.",
               "Surat permohonan pembetulan; SPPT PBB-P2 asli yang akan dibetulkan; " + KTP + "; Fotokopi bukti kepemilikan tanah dan bangunan",
               duration=H10, kw="SPPT"),
            sv("Penerbitan Salinan Surat Pemberitahuan Pajak Terutang (SPPT) PBB-P2",
               "Pelayanan penerbitan salinan SPPT PBB-P2 bagi wajib pajak yang SPPT-nya hilang, rusak, atau belum diterima.",
               "Surat permohonan; " + KTP + "; Fotokopi SPPT atau Surat Tanda Terima Setoran tahun sebelumnya; Surat keterangan kehilangan dari Kepolisian apabila SPPT hilang",
               duration=H1),
            sv("Pemberian Pengurangan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan",
               "Pelayanan pemberian pengurangan PBB-P2 terutang bagi wajib pajak orang pribadi yang karena kondisi tertentu, seperti penghasilan rendah, objek pajak terkena bencana, atau sebab lain yang luar biasa, tidak mampu memenuhi kewajiban pajaknya.",
               "Surat permohonan pengurangan yang ditujukan kepada Bupati melalui Kepala Badan Pendapatan Daerah; Fotokopi SPPT PBB-P2 tahun berjalan; " + KTP + "; Surat Keterangan Tidak Mampu atau bukti penghasilan; Surat keterangan kejadian bencana apabila objek terkena bencana",
               duration=H30),
            sv("Pelayanan Keberatan atas Penetapan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan",
               "Pelayanan pengajuan keberatan wajib pajak atas besaran Nilai Jual Objek Pajak (NJOP) dan/atau jumlah PBB-P2 terutang yang tercantum dalam SPPT.",
               "Surat keberatan yang memuat alasan secara jelas; SPPT PBB-P2 asli; " + KTP + "; Dokumen pendukung alasan keberatan; Surat kuasa bermeterai apabila dikuasakan",
               duration="Paling lama 12 (dua belas) bulan sejak surat keberatan diterima"),
            sv("Penerbitan Surat Keterangan Nilai Jual Objek Pajak (NJOP)",
               "Pelayanan penerbitan surat keterangan mengenai besaran Nilai Jual Objek Pajak atas suatu objek PBB-P2 untuk keperluan administrasi, jual beli, atau agunan.",
               "Surat permohonan; Fotokopi SPPT PBB-P2 tahun berjalan; " + KTP + "; Bukti pelunasan PBB-P2 tahun berjalan",
               duration=H1, kw="NJOP"),
            sv("Pelayanan Verifikasi dan Validasi Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
               "Pelayanan penelitian dan validasi Surat Setoran Pajak Daerah BPHTB atas perolehan hak atas tanah dan/atau bangunan karena jual beli, hibah, waris, atau pemberian hak baru, sebagai persyaratan pendaftaran hak pada Kantor Pertanahan.",
               "Surat Setoran Pajak Daerah (SSPD) BPHTB yang telah dibayar; Fotokopi SPPT PBB-P2 tahun berjalan dan bukti lunas; " + KTP + " para pihak; Fotokopi sertifikat atau bukti kepemilikan tanah; Fotokopi draf akta dari Pejabat Pembuat Akta Tanah",
               duration=H3, kw="BPHTB;SSPD"),
            sv("Pemberian Pengurangan Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
               "Pelayanan pemberian pengurangan BPHTB terutang bagi wajib pajak atas perolehan hak karena waris, hibah wasiat, atau program pemerintah di bidang perumahan sesuai ketentuan peraturan daerah.",
               "Surat permohonan pengurangan; SSPD BPHTB; " + KTP + "; Fotokopi surat keterangan waris atau akta hibah wasiat; Dokumen pendukung lainnya",
               duration=H14),
        ], category="Pendapatan Daerah"),
        Unit("Kepala Bidang Pendataan dan Penetapan Pajak Daerah", [
            "Analis Pajak dan Retribusi Daerah", "Penata Kelola Pajak Daerah"], [
            sv("Pendaftaran Wajib Pajak Daerah dan Penerbitan Nomor Pokok Wajib Pajak Daerah (NPWPD)",
               "Pelayanan pendaftaran orang pribadi atau badan yang memenuhi persyaratan subjektif dan objektif sebagai wajib pajak daerah untuk diterbitkan NPWPD.",
               "Formulir pendaftaran wajib pajak daerah; " + KTP + " pemilik atau penanggung jawab; Fotokopi " + NIB + "; Fotokopi akta pendirian bagi wajib pajak badan; Denah dan foto lokasi usaha",
               duration=H3, kw="NPWPD"),
            sv("Pelayanan Pajak Barang dan Jasa Tertentu atas Makanan dan/atau Minuman",
               "Pelayanan pendaftaran, pelaporan, dan penetapan Pajak Barang dan Jasa Tertentu (PBJT) atas penjualan makanan dan/atau minuman oleh restoran, rumah makan, kafe, dan usaha jasa boga.",
               "NPWPD; Surat Pemberitahuan Pajak Daerah (SPTPD) masa pajak yang bersangkutan; Rekapitulasi omzet penjualan; Bukti pembayaran pajak masa sebelumnya",
               duration=H1, kw="PBJT"),
            sv("Pelayanan Pajak Barang dan Jasa Tertentu atas Jasa Perhotelan",
               "Pelayanan pendaftaran, pelaporan, dan penetapan PBJT atas jasa perhotelan yang meliputi hotel, vila, pondok wisata, dan penginapan sejenis.",
               "NPWPD; SPTPD masa pajak yang bersangkutan; Rekapitulasi tingkat hunian dan omzet; Bukti pembayaran pajak masa sebelumnya",
               duration=H1),
            sv("Pelayanan Pajak Barang dan Jasa Tertentu atas Jasa Parkir serta Jasa Kesenian dan Hiburan",
               "Pelayanan pendaftaran, pelaporan, dan penetapan PBJT atas penyelenggaraan tempat parkir di luar badan jalan serta penyelenggaraan jasa kesenian dan hiburan.",
               "NPWPD; SPTPD masa pajak yang bersangkutan; Rekapitulasi penjualan karcis atau omzet; Izin penyelenggaraan kegiatan bagi hiburan insidental",
               duration=H1),
            sv("Penetapan Pajak Reklame",
               "Pelayanan perhitungan dan penetapan pajak reklame atas penyelenggaraan reklame papan, megatron, kain, stiker, selebaran, dan reklame lainnya berdasarkan Nilai Sewa Reklame.",
               "Formulir pendaftaran pajak reklame; " + KTP + " penyelenggara; NPWPD; Desain, ukuran, dan titik lokasi reklame; Izin Penyelenggaraan Reklame atau bukti permohonannya",
               duration=H2, kw="Pajak Reklame"),
            sv("Penetapan Pajak Air Tanah",
               "Pelayanan pendaftaran dan penetapan pajak atas pengambilan dan/atau pemanfaatan air tanah berdasarkan Nilai Perolehan Air Tanah yang ditetapkan.",
               "Formulir pendaftaran; NPWPD; Fotokopi izin pengusahaan air tanah dari Pemerintah Provinsi; Data volume pengambilan air tanah (meter air)",
               duration=H3),
        ], category="Pendapatan Daerah"),
        Unit("Kepala Bidang Penagihan, Pengawasan dan Pengendalian Pendapatan", [
            "Pengelola Penagihan Pajak Daerah"], [
            sv("Pelayanan Permohonan Angsuran dan Penundaan Pembayaran Pajak Daerah",
               "Pelayanan pemberian persetujuan pembayaran pajak daerah secara angsuran atau penundaan pembayaran bagi wajib pajak yang mengalami kesulitan likuiditas atau keadaan di luar kekuasaannya.",
               "Surat permohonan yang memuat alasan; Fotokopi ketetapan pajak atau SPPT; " + KTP + "; Laporan keuangan atau bukti kondisi keuangan wajib pajak",
               duration=H14),
            sv("Pelayanan Penghapusan atau Pengurangan Sanksi Administratif Pajak Daerah",
               "Pelayanan penghapusan atau pengurangan sanksi administratif berupa bunga dan/atau denda pajak daerah yang dikenakan karena kekhilafan wajib pajak atau bukan karena kesalahannya.",
               "Surat permohonan kepada Bupati melalui Kepala Badan Pendapatan Daerah; Fotokopi Surat Tagihan Pajak Daerah; " + KTP + "; Dokumen pendukung alasan permohonan",
               duration=H30),
            sv("Penerbitan Surat Keterangan Fiskal Daerah",
               "Pelayanan penerbitan surat keterangan yang menyatakan bahwa wajib pajak telah memenuhi kewajiban pajak daerah, sebagai persyaratan pengadaan barang/jasa atau perizinan.",
               "Surat permohonan; Fotokopi NPWPD; Bukti pelunasan pajak daerah tiga masa pajak terakhir; Fotokopi bukti pelunasan PBB-P2 tahun berjalan",
               duration=H3),
        ], category="Pendapatan Daerah"),
    ],
    frontdesk=["Petugas Layanan Informasi Pajak Daerah"],
))

add(Org(
    "B002", short_name="Bappeda",
    address="Jl. Jenderal Ahmad Yani No. 100, Kantor Pemerintah Kabupaten Banyuwangi",
    email="bappeda@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan fungsi penunjang urusan pemerintahan bidang perencanaan pembangunan daerah, penelitian, dan pengembangan.",
    head="Kepala Badan Perencanaan Pembangunan Daerah",
    units=[
        Unit("Kepala Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", [
            "Perencana Ahli Muda", "Analis Data dan Informasi Perencanaan"], [
            sv("Pelayanan Permohonan Data dan Informasi Perencanaan Pembangunan Daerah",
               "Pelayanan penyediaan data dan dokumen perencanaan pembangunan daerah, antara lain RPJPD, RPJMD, RKPD, dan laporan evaluasi, bagi masyarakat, akademisi, dan lembaga.",
               "Surat permohonan yang memuat tujuan penggunaan data; " + KTP + " pemohon; Surat pengantar dari lembaga atau perguruan tinggi bagi pemohon kelembagaan",
               duration=H5),
            sv("Fasilitasi Penyampaian Usulan Pembangunan melalui Musyawarah Perencanaan Pembangunan (Musrenbang)",
               "Pelayanan fasilitasi penyampaian usulan program dan kegiatan pembangunan dari desa/kelurahan dan kecamatan melalui forum Musrenbang berjenjang untuk dipertimbangkan dalam Rencana Kerja Pemerintah Daerah.",
               "Berita acara Musrenbang Desa/Kelurahan atau Kecamatan; Daftar usulan prioritas yang telah diinput dalam Sistem Informasi Pemerintahan Daerah; Proposal atau kerangka acuan usulan",
               duration=JADWAL, kw="Musrenbang"),
        ], category="Perencanaan Pembangunan"),
        Unit("Kepala Bidang Penelitian, Pengembangan dan Inovasi Daerah", [
            "Peneliti Ahli Muda"], [
            sv("Pelayanan Pendaftaran dan Penilaian Inovasi Daerah",
               "Pelayanan pendaftaran, verifikasi, dan penilaian usulan inovasi daerah yang diajukan oleh perangkat daerah, aparatur sipil negara, dan anggota masyarakat.",
               "Formulir proposal inovasi; Profil inovasi yang memuat latar belakang, tujuan, dan manfaat; Data dukung penerapan inovasi; " + KTP + " bagi pengusul perseorangan",
               duration=JADWAL),
            sv("Pelayanan Fasilitasi Kelitbangan dan Kerja Sama Penelitian dengan Perguruan Tinggi",
               "Pelayanan fasilitasi pelaksanaan kajian, penelitian, dan pengembangan bersama perguruan tinggi dan lembaga penelitian untuk mendukung perumusan kebijakan daerah.",
               "Surat permohonan kerja sama; Proposal penelitian; Surat pengantar dari perguruan tinggi atau lembaga penelitian",
               duration=H14),
        ], category="Perencanaan Pembangunan"),
    ],
))

add(Org(
    "B003", short_name="BPBD",
    address="Jl. Letjen S. Parman No. 12, Kelurahan Pakis, Kecamatan Banyuwangi",
    phone="(0333) 420000", email="bpbd@banyuwangikab.go.id",
    hours="Pusat Pengendalian Operasi: setiap hari 24 jam; layanan administrasi Senin-Jumat 07.30-15.30",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang ketenteraman, ketertiban umum, dan pelindungan masyarakat pada sub urusan bencana, meliputi prabencana, tanggap darurat, dan pascabencana.",
    authority_note="Penetapan status keadaan darurat bencana tingkat kabupaten dilakukan oleh Bupati atas pertimbangan Badan Penanggulangan Bencana Daerah.",
    head="Kepala Pelaksana Badan Penanggulangan Bencana Daerah", deputy=["Sekretaris Badan Penanggulangan Bencana Daerah"],
    units=[
        Unit("Kepala Bidang Kedaruratan dan Logistik", [
            "Koordinator Pusat Pengendalian Operasi Penanggulangan Bencana", "Anggota Tim Reaksi Cepat", "Pengelola Logistik dan Peralatan Bencana", "Anggota Tim Reaksi Cepat"], [
            sv("Pelayanan Penerimaan Laporan Kejadian Bencana melalui Pusat Pengendalian Operasi Penanggulangan Bencana (Pusdalops PB)",
               "Pelayanan penerimaan, pencatatan, dan penerusan laporan kejadian bencana dari masyarakat, pemerintah desa, dan instansi terkait selama 24 jam untuk ditindaklanjuti oleh Tim Reaksi Cepat.",
               "Identitas pelapor; Informasi lokasi, waktu, dan jenis kejadian; Perkiraan dampak dan jumlah warga terdampak",
               duration=SEGERA, kw="Pusdalops PB"),
            sv("Pelaksanaan Kaji Cepat dan Penanganan Awal oleh Tim Reaksi Cepat",
               "Pelayanan pengerahan Tim Reaksi Cepat ke lokasi kejadian untuk melakukan kaji cepat kerusakan, kerugian, dan kebutuhan sumber daya sebagai dasar penanganan darurat bencana.",
               "Laporan kejadian bencana dari masyarakat, pemerintah desa, atau kecamatan",
               duration="Paling lama 1 x 24 jam sejak laporan diterima", kw="TRC"),
            sv("Penanganan Darurat Bencana Banjir dan Genangan",
               "Pelayanan penanganan darurat pada kejadian banjir dan genangan yang meliputi evakuasi warga terdampak, pemenuhan kebutuhan dasar, dan pengerahan peralatan penanganan darurat.",
               "Laporan kejadian dari masyarakat atau pemerintah desa/kelurahan",
               duration=SEGERA),
            sv("Penanganan Darurat Bencana Tanah Longsor",
               "Pelayanan penanganan darurat pada kejadian tanah longsor yang meliputi pencarian dan evakuasi korban, pembersihan material longsoran pada akses jalan, dan penanganan warga terdampak.",
               "Laporan kejadian dari masyarakat atau pemerintah desa/kelurahan",
               duration=SEGERA),
            sv("Penanganan Darurat Bencana Angin Puting Beliung dan Cuaca Ekstrem",
               "Pelayanan penanganan darurat akibat angin puting beliung dan cuaca ekstrem, meliputi penanganan pohon tumbang, perbaikan darurat atap rumah yang rusak, dan pendataan kerusakan.",
               "Laporan kejadian dari masyarakat atau pemerintah desa/kelurahan; Dokumentasi kerusakan apabila tersedia",
               duration=SEGERA),
            sv("Pendistribusian Bantuan Logistik dan Peralatan bagi Warga Terdampak Bencana",
               "Pelayanan penyaluran bantuan logistik berupa bahan makanan, sandang, perlengkapan tidur, terpal, dan peralatan darurat kepada warga terdampak bencana berdasarkan hasil kaji cepat.",
               "Surat permohonan dari Kepala Desa/Lurah atau Camat; Data warga terdampak by name by address; Laporan hasil kaji cepat",
               duration="Paling lama 1 x 24 jam setelah kaji cepat"),
            sv("Pelayanan Distribusi Air Bersih pada Keadaan Darurat Kekeringan",
               "Pelayanan pengiriman air bersih dengan kendaraan tangki kepada masyarakat di wilayah yang mengalami kekeringan atau krisis air bersih.",
               "Surat permohonan dari Kepala Desa/Lurah yang diketahui Camat; Data jumlah kepala keluarga terdampak; Titik lokasi penampungan air",
               duration=H2),
        ], category="Penanggulangan Bencana"),
        Unit("Kepala Bidang Pencegahan dan Kesiapsiagaan", [
            "Fasilitator Desa Tangguh Bencana", "Analis Kebencanaan"], [
            sv("Pembentukan dan Pembinaan Desa/Kelurahan Tangguh Bencana (Destana)",
               "Pelayanan fasilitasi pembentukan Desa/Kelurahan Tangguh Bencana yang meliputi pengkajian risiko bencana, penyusunan rencana kontinjensi, pembentukan forum pengurangan risiko bencana, dan pelatihan relawan desa.",
               "Surat permohonan dari Kepala Desa/Lurah; Profil desa dan data kerawanan bencana; Surat keputusan kepala desa tentang tim relawan apabila telah terbentuk",
               duration=JADWAL, kw="Destana"),
            sv("Sosialisasi dan Simulasi Mitigasi Bencana pada Satuan Pendidikan dan Masyarakat",
               "Pelayanan edukasi pengurangan risiko bencana serta pelaksanaan simulasi evakuasi gempa bumi, tsunami, dan kebakaran pada satuan pendidikan, instansi, dan kelompok masyarakat.",
               "Surat permohonan dari satuan pendidikan, instansi, atau kelompok masyarakat; Rencana waktu dan tempat kegiatan; Jumlah peserta",
               duration=JADWAL, kw="SPAB"),
            sv("Penyampaian Informasi Peringatan Dini Bencana",
               "Pelayanan penyebarluasan informasi peringatan dini potensi bencana hidrometeorologi, gempa bumi, tsunami, dan aktivitas gunung api kepada masyarakat dan pemerintah desa.",
               "Tidak ada persyaratan khusus",
               duration=SEGERA),
        ], category="Penanggulangan Bencana"),
        Unit("Kepala Bidang Rehabilitasi dan Rekonstruksi", [
            "Penata Penanggulangan Bencana"], [
            sv("Pengkajian Kebutuhan Pascabencana dan Bantuan Stimulan Perbaikan Rumah Rusak akibat Bencana",
               "Pelayanan pendataan kerusakan dan kerugian pascabencana serta pemberian bantuan stimulan perbaikan rumah warga yang mengalami rusak berat, rusak sedang, atau rusak ringan akibat bencana.",
               "Surat permohonan dari Kepala Desa/Lurah yang diketahui Camat; " + KTP + " dan " + KK + " pemilik rumah; Surat Keterangan Kejadian Bencana; Dokumentasi kondisi rumah",
               duration=H30, kw="Jitupasna"),
            sv("Penerbitan Surat Keterangan Kejadian Bencana",
               "Pelayanan penerbitan surat keterangan yang menerangkan telah terjadinya bencana pada suatu lokasi, sebagai dasar pengajuan bantuan, keringanan pajak, atau klaim asuransi.",
               "Surat permohonan; " + KTP + "; Surat keterangan dari Kepala Desa/Lurah; Dokumentasi kejadian",
               duration=H3),
        ], category="Penanggulangan Bencana"),
    ],
    frontdesk=["Operator Pusat Pengendalian Operasi"],
    contact_hours=JAM_24,
))

add(Org(
    "B004", short_name="Bakesbangpol",
    address="Jl. Jenderal Ahmad Yani No. 100, Kantor Pemerintah Kabupaten Banyuwangi",
    email="bakesbangpol@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan umum di bidang pembinaan wawasan kebangsaan, ketahanan ekonomi, sosial, budaya, agama, organisasi kemasyarakatan, dan politik dalam negeri.",
    head="Kepala Badan Kesatuan Bangsa dan Politik",
    units=[
        Unit("Kepala Bidang Ketahanan Ekonomi, Sosial, Budaya, Agama dan Organisasi Kemasyarakatan", [
            "Analis Organisasi Kemasyarakatan", "Pengelola Layanan Rekomendasi Penelitian"], [
            sv("Pelayanan Pendaftaran Organisasi Kemasyarakatan dan Penerbitan Surat Keterangan Terdaftar (SKT)",
               "Pelayanan verifikasi dan pendaftaran organisasi kemasyarakatan tidak berbadan hukum yang berkedudukan di Kabupaten Banyuwangi sesuai ketentuan peraturan perundang-undangan tentang organisasi kemasyarakatan.",
               "Surat permohonan pendaftaran; Akta pendirian atau anggaran dasar dan anggaran rumah tangga; Program kerja; Susunan pengurus beserta fotokopi KTP-el pengurus; Surat keterangan domisili sekretariat; Nomor Pokok Wajib Pajak atas nama organisasi; Surat pernyataan tidak dalam sengketa kepengurusan",
               duration=H14, kw="SKT;Ormas"),
            sv("Pelayanan Pelaporan Keberadaan Organisasi Kemasyarakatan Berbadan Hukum",
               "Pelayanan pencatatan laporan keberadaan organisasi kemasyarakatan berbadan hukum yang telah disahkan oleh Kementerian Hukum dan akan melaksanakan kegiatan di Kabupaten Banyuwangi.",
               "Surat pemberitahuan keberadaan organisasi; Fotokopi surat keputusan pengesahan badan hukum; Susunan pengurus tingkat kabupaten; Surat keterangan domisili sekretariat",
               duration=H5),
            sv("Penerbitan Surat Keterangan Penelitian",
               "Pelayanan penerbitan surat keterangan penelitian bagi peneliti, mahasiswa, dan lembaga yang akan melaksanakan penelitian, survei, praktik kerja lapangan, atau kuliah kerja nyata di wilayah Kabupaten Banyuwangi.",
               "Surat permohonan dari perguruan tinggi atau lembaga; Proposal penelitian; " + KTP + " atau kartu identitas peneliti; Surat pernyataan mematuhi ketentuan peraturan perundang-undangan",
               duration=H1, kw="SKP"),
            sv("Fasilitasi Forum Kerukunan Umat Beragama dalam Penerbitan Rekomendasi Pendirian Rumah Ibadat",
               "Pelayanan fasilitasi sekretariat Forum Kerukunan Umat Beragama (FKUB) Kabupaten dalam penelitian dan penerbitan rekomendasi tertulis sebagai persyaratan pendirian rumah ibadat.",
               "Surat permohonan panitia pembangunan rumah ibadat; Daftar nama dan fotokopi KTP-el paling sedikit 90 (sembilan puluh) orang pengguna rumah ibadat; Dukungan masyarakat setempat paling sedikit 60 (enam puluh) orang yang disahkan Kepala Desa/Lurah; Rekomendasi tertulis Kepala Kantor Kementerian Agama Kabupaten",
               duration=H30, kw="FKUB"),
        ], category="Kesatuan Bangsa dan Politik"),
        Unit("Kepala Bidang Politik Dalam Negeri dan Kewaspadaan Nasional", [
            "Analis Politik Dalam Negeri", "Analis Kewaspadaan Dini"], [
            sv("Pelayanan Bantuan Keuangan kepada Partai Politik",
               "Pelayanan verifikasi dan penyaluran bantuan keuangan dari Anggaran Pendapatan dan Belanja Daerah kepada partai politik yang memperoleh kursi di Dewan Perwakilan Rakyat Daerah, serta pembinaan pertanggungjawabannya.",
               "Surat permohonan dari Dewan Pimpinan Cabang partai politik; Surat keputusan susunan kepengurusan; Nomor rekening atas nama partai politik; Laporan pertanggungjawaban penggunaan bantuan tahun sebelumnya yang telah diperiksa Badan Pemeriksa Keuangan",
               duration=H30),
            sv("Penanganan Konflik Sosial dan Pelaksanaan Kewaspadaan Dini Masyarakat",
               "Pelayanan penerimaan informasi potensi konflik sosial, koordinasi Forum Kewaspadaan Dini Masyarakat, dan fasilitasi penyelesaian konflik sosial di tingkat kabupaten.",
               "Laporan tertulis atau lisan dari masyarakat, tokoh masyarakat, atau pemerintah desa/kecamatan",
               duration=SEGERA),
            sv("Pendidikan Wawasan Kebangsaan dan Bela Negara",
               "Pelayanan penyelenggaraan sosialisasi dan pendidikan wawasan kebangsaan, Pancasila, dan bela negara bagi pelajar, organisasi kemasyarakatan, dan kelompok masyarakat.",
               "Surat permohonan dari satuan pendidikan, organisasi, atau kelompok masyarakat; Jumlah dan daftar peserta",
               duration=JADWAL),
        ], category="Kesatuan Bangsa dan Politik"),
    ],
))

add(Org(
    "B005", short_name="BPKAD",
    address="Jl. Jenderal Ahmad Yani No. 100, Kantor Pemerintah Kabupaten Banyuwangi",
    email="bpkad@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan fungsi penunjang urusan pemerintahan bidang keuangan, meliputi perbendaharaan, akuntansi, anggaran, dan pengelolaan barang milik daerah.",
    head="Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
    units=[
        Unit("Kepala Bidang Perbendaharaan", ["Pengelola Perbendaharaan", "Verifikator Keuangan"], [
            sv("Pelayanan Penerbitan Surat Perintah Pencairan Dana (SP2D)",
               "Pelayanan penerbitan SP2D atas Surat Perintah Membayar yang diajukan oleh pengguna anggaran pada perangkat daerah sebagai dasar pencairan dana dari Rekening Kas Umum Daerah.",
               "Surat Perintah Membayar (SPM) yang ditandatangani pengguna anggaran; Surat Permintaan Pembayaran (SPP) beserta lampiran; Dokumen pendukung sesuai jenis belanja",
               duration=H2, kw="SP2D"),
            sv("Pelayanan Pencairan Belanja Hibah dan Bantuan Sosial",
               "Pelayanan penyaluran dana hibah dan bantuan sosial yang bersumber dari APBD kepada penerima yang telah ditetapkan dengan Keputusan Bupati dan telah menandatangani Naskah Perjanjian Hibah Daerah.",
               "Naskah Perjanjian Hibah Daerah; Keputusan Bupati tentang penerima hibah atau bantuan sosial; Fotokopi rekening bank atas nama lembaga penerima; Kuitansi bermeterai; Rencana penggunaan dana",
               duration=H7, kw="NPHD"),
            sv("Penyaluran Alokasi Dana Desa dan Bagi Hasil Pajak dan Retribusi Daerah kepada Desa",
               "Pelayanan penyaluran Alokasi Dana Desa serta bagi hasil pajak daerah dan retribusi daerah dari Rekening Kas Umum Daerah ke Rekening Kas Desa sesuai tahapan penyaluran yang ditetapkan.",
               "Surat permohonan penyaluran dari Kepala Desa yang direkomendasikan Camat; Peraturan Desa tentang APBDes; Laporan realisasi penyaluran tahap sebelumnya",
               duration=H7, kw="ADD"),
        ], category="Keuangan Daerah"),
        Unit("Kepala Bidang Aset Daerah", ["Pengurus Barang Milik Daerah", "Analis Pemanfaatan Aset"], [
            sv("Pelayanan Permohonan Pemanfaatan Barang Milik Daerah",
               "Pelayanan pemanfaatan barang milik daerah berupa tanah dan/atau bangunan oleh pihak lain dalam bentuk sewa, pinjam pakai, kerja sama pemanfaatan, atau bangun guna serah.",
               "Surat permohonan kepada Bupati; " + KTP + " atau akta pendirian badan usaha; Rencana pemanfaatan dan jangka waktu; Denah dan lokasi barang milik daerah yang dimohon",
               fee="Sesuai hasil perhitungan besaran sewa yang ditetapkan Bupati", duration=H30, kw="BMD"),
            sv("Pelayanan Penghapusan dan Pemindahtanganan Barang Milik Daerah",
               "Pelayanan penelitian usulan penghapusan barang milik daerah karena rusak berat, hilang, atau tidak dimanfaatkan, serta pemindahtanganan melalui penjualan, hibah, atau tukar menukar.",
               "Surat usulan dari pengguna barang; Daftar barang yang diusulkan; Berita acara hasil penelitian kondisi barang; Dokumentasi barang",
               duration=H30),
            sv("Pelayanan Pensertifikatan Tanah Barang Milik Daerah",
               "Pelayanan pengamanan administrasi tanah milik pemerintah daerah melalui pengajuan penerbitan sertifikat hak pakai atas nama Pemerintah Kabupaten Banyuwangi.",
               "Surat usulan dari pengguna barang; Bukti perolehan tanah; Kartu Inventaris Barang; Peta bidang tanah",
               duration=JADWAL),
        ], category="Keuangan Daerah"),
    ],
))

add(Org(
    "B006", short_name="BKPP",
    address="Jl. Jenderal Ahmad Yani No. 100, Kantor Pemerintah Kabupaten Banyuwangi",
    phone="(0333) 430000", email="bkpp@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan fungsi penunjang urusan pemerintahan bidang kepegawaian serta pendidikan dan pelatihan aparatur sipil negara di lingkungan Pemerintah Kabupaten Banyuwangi.",
    authority_note="Penetapan pertimbangan teknis kenaikan pangkat, pensiun, dan mutasi antarinstansi tertentu berada pada Badan Kepegawaian Negara.",
    head="Kepala Badan Kepegawaian, Pendidikan dan Pelatihan", deputy=["Sekretaris Badan Kepegawaian, Pendidikan dan Pelatihan"],
    units=[
        Unit("Kepala Bidang Mutasi dan Promosi Aparatur", [
            "Analis Sumber Daya Manusia Aparatur", "Pengelola Kenaikan Pangkat", "Pengelola Pensiun Pegawai"], [
            sv("Pelayanan Usul Kenaikan Pangkat Pegawai Negeri Sipil",
               "Pelayanan pengajuan usul kenaikan pangkat reguler, pilihan, dan penyesuaian ijazah bagi Pegawai Negeri Sipil di lingkungan Pemerintah Kabupaten Banyuwangi melalui Sistem Informasi Aparatur Sipil Negara.",
               "Surat pengantar dari kepala perangkat daerah; Fotokopi sah surat keputusan pangkat terakhir; Penilaian kinerja dua tahun terakhir; Fotokopi sah ijazah dan transkrip nilai bagi kenaikan pangkat penyesuaian ijazah; Surat keputusan jabatan bagi kenaikan pangkat pilihan",
               duration="Sesuai periode kenaikan pangkat (April dan Oktober)", kw="SIASN"),
            sv("Pelayanan Usul Pensiun Pegawai Negeri Sipil",
               "Pelayanan pengajuan usul pemberhentian dengan hak pensiun bagi Pegawai Negeri Sipil yang mencapai batas usia pensiun, pensiun atas permintaan sendiri, serta pensiun janda/duda.",
               "Surat pengantar dari kepala perangkat daerah; Data perorangan calon penerima pensiun; Fotokopi sah surat keputusan CPNS, PNS, dan pangkat terakhir; Fotokopi surat nikah dan akta kelahiran anak; Pas foto terbaru; Surat keterangan kematian bagi pensiun janda/duda",
               duration="Paling lambat 1 (satu) tahun sebelum batas usia pensiun"),
            sv("Pelayanan Mutasi Pegawai Negeri Sipil Antarinstansi",
               "Pelayanan proses pindah tugas Pegawai Negeri Sipil dari dan ke luar lingkungan Pemerintah Kabupaten Banyuwangi setelah memperoleh persetujuan pejabat pembina kepegawaian instansi asal dan tujuan.",
               "Surat permohonan pindah; Surat persetujuan melepas dari instansi asal; Surat persetujuan menerima dari instansi tujuan; Fotokopi sah surat keputusan pangkat terakhir; Surat pernyataan tidak sedang menjalani hukuman disiplin",
               duration=H30),
            sv("Pelayanan Penerbitan Kartu Istri/Kartu Suami dan Kartu Pegawai Elektronik",
               "Pelayanan pengajuan penerbitan Kartu Istri (Karis), Kartu Suami (Karsu), dan Kartu Pegawai Elektronik bagi Pegawai Negeri Sipil.",
               "Surat pengantar dari kepala perangkat daerah; Fotokopi sah surat keputusan PNS; Fotokopi sah buku nikah atau akta perkawinan; Pas foto suami/istri",
               duration=H30, kw="Karis;Karsu"),
        ], category="Kepegawaian"),
        Unit("Kepala Bidang Pengembangan Kompetensi Aparatur", [
            "Widyaiswara", "Analis Pengembangan Kompetensi"], [
            sv("Pelayanan Izin Belajar dan Tugas Belajar Pegawai Negeri Sipil",
               "Pelayanan penerbitan izin belajar dan surat keputusan tugas belajar bagi Pegawai Negeri Sipil yang akan melanjutkan pendidikan pada jenjang yang lebih tinggi.",
               "Surat permohonan; Surat rekomendasi kepala perangkat daerah; Surat keterangan diterima dari perguruan tinggi terakreditasi; Fotokopi surat keputusan pangkat terakhir; Penilaian kinerja tahun terakhir",
               duration=H10),
            sv("Penyelenggaraan Pelatihan Kepemimpinan dan Pengembangan Kompetensi Aparatur Sipil Negara",
               "Pelayanan penyelenggaraan pelatihan kepemimpinan administrator dan pengawas, pelatihan dasar calon Pegawai Negeri Sipil, serta pelatihan teknis dan fungsional bagi aparatur sipil negara.",
               "Surat tugas dari kepala perangkat daerah; Memenuhi persyaratan peserta sesuai jenis pelatihan",
               duration=JADWAL, kw="Latsar"),
        ], category="Kepegawaian"),
        Unit("Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", [
            "Pranata Komputer Kepegawaian"], [
            sv("Pelayanan Pemutakhiran Data Aparatur Sipil Negara",
               "Pelayanan perbaikan dan pemutakhiran data pegawai, meliputi riwayat pendidikan, jabatan, pangkat, dan data keluarga pada Sistem Informasi Aparatur Sipil Negara.",
               "Surat permohonan pemutakhiran; Dokumen sah yang menjadi dasar perubahan data",
               duration=H5),
            sv("Pelayanan Cuti Besar dan Cuti di Luar Tanggungan Negara",
               "Pelayanan penerbitan surat izin cuti besar dan cuti di luar tanggungan negara bagi Pegawai Negeri Sipil sesuai ketentuan manajemen Pegawai Negeri Sipil.",
               "Surat permohonan cuti; Surat persetujuan atasan langsung dan kepala perangkat daerah; Dokumen pendukung alasan cuti",
               duration=H5),
            sv("Pelayanan Informasi Seleksi Pengadaan Aparatur Sipil Negara",
               "Pelayanan penyampaian informasi jadwal, formasi, dan tahapan seleksi Calon Pegawai Negeri Sipil dan Pegawai Pemerintah dengan Perjanjian Kerja di lingkungan Pemerintah Kabupaten Banyuwangi.",
               "Tidak ada persyaratan khusus",
               duration=SAAT, url="https://sscasn.bkn.go.id", kw="CPNS;PPPK"),
        ], category="Kepegawaian"),
    ],
))


# =============================================================================================
# Dinas Pendidikan, Dinas Kesehatan
# =============================================================================================

add(Org(
    "B007", short_name="Dispendik",
    address="Jl. Jenderal Ahmad Yani No. 83, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    phone="(0333) 440000", email="dispendik@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang pendidikan pada jenjang pendidikan anak usia dini, pendidikan dasar, dan pendidikan nonformal.",
    authority_note="Pengelolaan pendidikan menengah (SMA dan SMK) serta pendidikan khusus (SLB) merupakan kewenangan Pemerintah Provinsi Jawa Timur melalui Cabang Dinas Pendidikan; pendidikan madrasah merupakan kewenangan Kementerian Agama.",
    head="Kepala Dinas Pendidikan", deputy=["Sekretaris Dinas Pendidikan"],
    units=[
        Unit("Kepala Bidang Pembinaan Sekolah Dasar", ["Pengelola Data Peserta Didik Sekolah Dasar", "Pengawas Sekolah Dasar"], [
            sv("Penyelenggaraan Sistem Penerimaan Murid Baru Jenjang Sekolah Dasar",
               "Pelayanan penerimaan murid baru pada Sekolah Dasar negeri melalui jalur domisili, afirmasi, mutasi, dan prestasi sesuai petunjuk teknis yang ditetapkan Kepala Dinas Pendidikan.",
               "Fotokopi akta kelahiran calon murid; " + KK + " yang diterbitkan paling singkat 1 (satu) tahun sebelum pendaftaran; Fotokopi KTP-el orang tua/wali; Bukti keikutsertaan dalam program penanganan keluarga tidak mampu bagi jalur afirmasi; Surat keterangan berkebutuhan khusus apabila ada",
               duration=JADWAL, kw="SPMB;PPDB"),
            sv("Pelayanan Mutasi Peserta Didik Sekolah Dasar",
               "Pelayanan penerbitan surat rekomendasi pindah peserta didik Sekolah Dasar antarsekolah di dalam kabupaten maupun dari dan ke luar Kabupaten Banyuwangi.",
               "Surat permohonan pindah dari orang tua/wali; Surat keterangan pindah dari sekolah asal; Surat keterangan bersedia menerima dari sekolah tujuan; Fotokopi rapor; Fotokopi Kartu Keluarga",
               duration=H1),
            sv("Pelayanan Penempatan Peserta Didik Berkebutuhan Khusus pada Sekolah Penyelenggara Pendidikan Inklusif",
               "Pelayanan asesmen dan penempatan peserta didik berkebutuhan khusus pada Sekolah Dasar dan Sekolah Menengah Pertama penyelenggara pendidikan inklusif beserta pendampingan guru pembimbing khusus.",
               "Surat permohonan orang tua/wali; Hasil asesmen dari psikolog atau tenaga kesehatan; Fotokopi akta kelahiran dan Kartu Keluarga",
               duration=H7),
        ], category="Pendidikan"),
        Unit("Kepala Bidang Pembinaan Sekolah Menengah Pertama", ["Pengelola Data Peserta Didik Sekolah Menengah Pertama"], [
            sv("Penyelenggaraan Sistem Penerimaan Murid Baru Jenjang Sekolah Menengah Pertama",
               "Pelayanan penerimaan murid baru pada Sekolah Menengah Pertama negeri melalui jalur domisili, afirmasi, mutasi, dan prestasi sesuai petunjuk teknis yang ditetapkan Kepala Dinas Pendidikan.",
               "Ijazah atau Surat Keterangan Lulus Sekolah Dasar/sederajat; Fotokopi akta kelahiran; " + KK + "; Sertifikat prestasi bagi jalur prestasi; Bukti keikutsertaan program penanganan keluarga tidak mampu bagi jalur afirmasi",
               duration=JADWAL),
            sv("Pelayanan Mutasi Peserta Didik Sekolah Menengah Pertama",
               "Pelayanan penerbitan surat rekomendasi pindah peserta didik Sekolah Menengah Pertama antarsekolah di dalam kabupaten maupun dari dan ke luar Kabupaten Banyuwangi.",
               "Surat permohonan pindah dari orang tua/wali; Surat keterangan pindah dari sekolah asal; Surat keterangan bersedia menerima dari sekolah tujuan; Fotokopi rapor; Fotokopi Kartu Keluarga",
               duration=H1),
            sv("Penerbitan Surat Keterangan Pengganti Ijazah Sekolah Dasar dan Sekolah Menengah Pertama",
               "Pelayanan penerbitan surat keterangan pengganti ijazah/STTB Sekolah Dasar dan Sekolah Menengah Pertama yang hilang atau rusak, yang mempunyai kekuatan hukum setara dengan ijazah.",
               "Surat permohonan; Surat keterangan kehilangan dari Kepolisian atau ijazah yang rusak; Fotokopi ijazah apabila ada; Surat keterangan dari sekolah penerbit ijazah; Pas foto berwarna ukuran 3x4 cm sebanyak 2 (dua) lembar; Dua orang saksi teman satu angkatan",
               duration=H7),
            sv("Pelayanan Legalisasi Fotokopi Ijazah Sekolah Dasar dan Sekolah Menengah Pertama",
               "Pelayanan legalisasi fotokopi ijazah Sekolah Dasar dan Sekolah Menengah Pertama yang sekolah penerbitnya telah ditutup atau digabung.",
               "Ijazah asli; Fotokopi ijazah yang akan dilegalisasi; " + KTP,
               duration=H1),
            sv("Pelayanan Program Indonesia Pintar Jenjang Sekolah Dasar dan Sekolah Menengah Pertama",
               "Pelayanan pengusulan, verifikasi, dan aktivasi rekening penerima Program Indonesia Pintar/Kartu Indonesia Pintar bagi peserta didik dari keluarga tidak mampu pada jenjang SD dan SMP.",
               "Usulan dari satuan pendidikan melalui Data Pokok Pendidikan; Fotokopi Kartu Keluarga; Bukti keikutsertaan dalam program penanganan keluarga tidak mampu atau Surat Keterangan Tidak Mampu",
               duration=JADWAL, authority="central",
               note="Penetapan penerima Program Indonesia Pintar merupakan kewenangan Kementerian Pendidikan Dasar dan Menengah.",
               kw="PIP;KIP"),
        ], category="Pendidikan"),
        Unit("Kepala Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal", ["Penilik Pendidikan Anak Usia Dini dan Pendidikan Masyarakat", "Pengelola Perizinan Satuan Pendidikan"], [
            sv("Penerbitan Izin Pendirian dan Izin Operasional Satuan Pendidikan Anak Usia Dini",
               "Pelayanan penerbitan izin pendirian dan izin operasional Taman Kanak-Kanak, Kelompok Bermain, Taman Penitipan Anak, dan Satuan PAUD Sejenis yang diselenggarakan oleh masyarakat.",
               "Surat permohonan dari penyelenggara; Akta notaris yayasan atau badan hukum penyelenggara; Dokumen kepemilikan atau perjanjian sewa lahan dan bangunan; Struktur organisasi dan data pendidik; Kurikulum; Data calon peserta didik; Rekomendasi dari penilik",
               duration=H14),
            sv("Penerbitan Izin Operasional Sekolah Dasar dan Sekolah Menengah Pertama yang Diselenggarakan Masyarakat",
               "Pelayanan penerbitan izin pendirian dan izin operasional Sekolah Dasar dan Sekolah Menengah Pertama swasta yang memenuhi standar nasional pendidikan.",
               "Surat permohonan dari penyelenggara; Akta pendirian yayasan yang telah disahkan; Studi kelayakan; Dokumen kepemilikan lahan; Data pendidik dan tenaga kependidikan; Rencana kurikulum dan sarana prasarana",
               duration=H20),
            sv("Penerbitan Izin Operasional Lembaga Kursus dan Pelatihan serta Pusat Kegiatan Belajar Masyarakat",
               "Pelayanan penerbitan izin operasional Lembaga Kursus dan Pelatihan (LKP) dan Pusat Kegiatan Belajar Masyarakat (PKBM) yang menyelenggarakan pendidikan nonformal.",
               "Surat permohonan; Akta pendirian lembaga; Struktur organisasi; Data pendidik dan peserta didik; Kurikulum program; Dokumen kepemilikan atau sewa tempat",
               duration=H14, kw="LKP;PKBM"),
            sv("Penyelenggaraan Pendidikan Kesetaraan Paket A, Paket B, dan Paket C",
               "Pelayanan pendaftaran warga belajar pada program pendidikan kesetaraan Paket A setara SD, Paket B setara SMP, dan Paket C setara SMA melalui Pusat Kegiatan Belajar Masyarakat.",
               "Fotokopi KTP-el atau akta kelahiran; " + KK + "; Fotokopi ijazah atau rapor terakhir; Pas foto berwarna",
               duration=JADWAL),
        ], category="Pendidikan"),
        Unit("Kepala Bidang Pembinaan Ketenagaan", ["Analis Pendidik dan Tenaga Kependidikan", "Pranata Komputer Data Pokok Pendidikan"], [
            sv("Pelayanan Verifikasi dan Validasi Tunjangan Profesi Guru",
               "Pelayanan verifikasi data guru penerima tunjangan profesi pada jenjang PAUD, SD, dan SMP sesuai pemenuhan beban kerja dan kualifikasi sertifikat pendidik.",
               "Fotokopi sertifikat pendidik; Surat keputusan pembagian tugas mengajar; Data guru pada Data Pokok Pendidikan yang telah valid",
               duration=JADWAL, authority="central",
               note="Penetapan penerima tunjangan profesi guru merupakan kewenangan Kementerian Pendidikan Dasar dan Menengah."),
            sv("Pelayanan Mutasi Guru dan Tenaga Kependidikan",
               "Pelayanan proses pindah tugas guru dan tenaga kependidikan berstatus aparatur sipil negara antarsatuan pendidikan di lingkungan Dinas Pendidikan.",
               "Surat permohonan; Surat persetujuan kepala sekolah asal dan tujuan; Fotokopi surat keputusan pangkat terakhir; Analisis kebutuhan guru",
               duration=H14),
            sv("Pelayanan Pemutakhiran Data Pokok Pendidikan (Dapodik)",
               "Pelayanan pendampingan dan pemutakhiran data satuan pendidikan, peserta didik, pendidik, dan tenaga kependidikan pada aplikasi Data Pokok Pendidikan.",
               "Surat permohonan dari satuan pendidikan; Dokumen pendukung perubahan data",
               duration=H3, kw="Dapodik"),
        ], category="Pendidikan"),
        Unit("Kepala Subbagian Umum dan Kepegawaian", ["Pengelola Bantuan Pendidikan"], [
            sv("Pemberian Beasiswa Pendidikan Tinggi bagi Mahasiswa dari Keluarga Tidak Mampu",
               "Pelayanan pendaftaran dan seleksi penerima bantuan biaya pendidikan dari Pemerintah Kabupaten Banyuwangi bagi mahasiswa berprestasi dari keluarga tidak mampu.",
               "Formulir pendaftaran; " + KTP + "; " + KK + "; Surat keterangan aktif kuliah atau surat penerimaan perguruan tinggi; Transkrip nilai atau rapor; Surat Keterangan Tidak Mampu dari Desa/Kelurahan",
               duration=JADWAL),
            sv("Pelayanan Pengaduan Penyelenggaraan Pendidikan",
               "Pelayanan penerimaan dan penanganan pengaduan masyarakat mengenai penyelenggaraan pendidikan pada satuan PAUD, SD, dan SMP, termasuk pungutan dan penerimaan murid baru.",
               "Identitas pengadu; Uraian pengaduan dan bukti pendukung",
               duration=H14),
        ], category="Pendidikan"),
    ],
    frontdesk=["Petugas Layanan Informasi Pendidikan"],
))

add(Org(
    "B008", short_name="Dinkes",
    address="Jl. Letjen S. Parman No. 1, Kelurahan Sumberrejo, Kecamatan Banyuwangi",
    phone="(0333) 450000", email="dinkes@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang kesehatan, meliputi upaya kesehatan, sumber daya manusia kesehatan, sediaan farmasi, dan pemberdayaan masyarakat bidang kesehatan.",
    head="Kepala Dinas Kesehatan", head_style="dr", deputy=["Sekretaris Dinas Kesehatan"],
    units=[
        Unit("Kepala Bidang Sumber Daya Kesehatan", ["Administrator Kesehatan Perizinan Tenaga Kesehatan", "Apoteker Pengelola Perizinan Kefarmasian", "Pengelola Perizinan Tenaga Kesehatan"], [
            sv("Penerbitan Surat Izin Praktik Tenaga Medis",
               "Pelayanan penerbitan Surat Izin Praktik (SIP) bagi dokter, dokter spesialis, dokter gigi, dan dokter gigi spesialis yang akan menjalankan praktik di fasilitas pelayanan kesehatan atau praktik mandiri di Kabupaten Banyuwangi.",
               "Formulir permohonan; Fotokopi Surat Tanda Registrasi (STR) yang masih berlaku; " + KTP + "; Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat praktik; Pas foto berwarna ukuran 4x6 cm; Rekomendasi organisasi profesi; Denah lokasi bagi praktik mandiri",
               duration=H5, kw="SIP"),
            sv("Penerbitan Surat Izin Praktik Perawat",
               "Pelayanan penerbitan Surat Izin Praktik Perawat (SIPP) bagi perawat yang menjalankan praktik keperawatan di fasilitas pelayanan kesehatan atau praktik mandiri.",
               "Formulir permohonan; Fotokopi STR Perawat yang masih berlaku; " + KTP + "; Surat keterangan dari pimpinan fasilitas pelayanan kesehatan; Pas foto berwarna ukuran 4x6 cm; Rekomendasi organisasi profesi",
               duration=H5),
            sv("Penerbitan Surat Izin Praktik Bidan",
               "Pelayanan penerbitan Surat Izin Praktik Bidan (SIPB) bagi bidan yang menjalankan praktik kebidanan di fasilitas pelayanan kesehatan atau Tempat Praktik Mandiri Bidan.",
               "Formulir permohonan; Fotokopi STR Bidan yang masih berlaku; " + KTP + "; Surat keterangan dari pimpinan fasilitas pelayanan kesehatan atau denah Tempat Praktik Mandiri Bidan; Pas foto berwarna ukuran 4x6 cm; Rekomendasi organisasi profesi",
               duration=H5),
            sv("Penerbitan Surat Izin Praktik Apoteker dan Tenaga Vokasi Farmasi",
               "Pelayanan penerbitan Surat Izin Praktik Apoteker (SIPA) dan Surat Izin Praktik Tenaga Vokasi Farmasi bagi tenaga kefarmasian di apotek, instalasi farmasi, dan fasilitas pelayanan kefarmasian lainnya.",
               "Formulir permohonan; Fotokopi STR yang masih berlaku; " + KTP + "; Surat pernyataan mempunyai tempat praktik profesi; Pas foto berwarna ukuran 4x6 cm; Rekomendasi organisasi profesi",
               duration=H5, kw="SIPA"),
            sv("Penerbitan Surat Izin Praktik Tenaga Kesehatan Lainnya",
               "Pelayanan penerbitan Surat Izin Praktik bagi fisioterapis, radiografer, ahli teknologi laboratorium medik, nutrisionis, perekam medis, sanitarian, terapis gigi dan mulut, serta tenaga kesehatan lainnya.",
               "Formulir permohonan; Fotokopi STR yang masih berlaku; " + KTP + "; Surat keterangan dari pimpinan fasilitas pelayanan kesehatan; Pas foto berwarna ukuran 4x6 cm",
               duration=H5),
            sv("Penerbitan Surat Terdaftar Penyehat Tradisional",
               "Pelayanan pendaftaran dan penerbitan Surat Terdaftar Penyehat Tradisional (STPT) bagi penyehat tradisional yang memberikan pelayanan kesehatan tradisional empiris.",
               "Formulir permohonan; " + KTP + "; Surat keterangan lokasi tempat praktik dari Kepala Desa/Lurah; Surat rekomendasi dari asosiasi atau organisasi penyehat tradisional; Pas foto berwarna; Denah lokasi",
               duration=H7, kw="STPT"),
        ], category="Kesehatan"),
        Unit("Kepala Bidang Kesehatan Masyarakat", ["Sanitarian Ahli Muda", "Nutrisionis Ahli Muda", "Penyuluh Kesehatan Masyarakat"], [
            sv("Penerbitan Sertifikat Laik Higiene Sanitasi",
               "Pelayanan inspeksi kesehatan lingkungan dan penerbitan Sertifikat Laik Higiene Sanitasi (SLHS) bagi tempat pengelolaan pangan, antara lain jasa boga, rumah makan, restoran, dan depot air minum.",
               "Surat permohonan; Fotokopi " + NIB + "; " + KTP + " pemilik atau penanggung jawab; Sertifikat pelatihan keamanan pangan bagi penjamah pangan; Hasil pemeriksaan laboratorium sampel pangan atau air; Denah lokasi dan bangunan",
               fee=RETRIB, duration=H14, kw="SLHS"),
            sv("Penerbitan Sertifikat Produksi Pangan Industri Rumah Tangga",
               "Pelayanan penerbitan Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT) bagi pelaku usaha pangan olahan skala rumah tangga melalui Sistem OSS setelah pemeriksaan sarana produksi.",
               NIB + " melalui Sistem OSS; Sertifikat Penyuluhan Keamanan Pangan; Label produk pangan; " + KTP + " pemilik; Hasil pemeriksaan sarana produksi",
               duration=H14, url="https://oss.go.id", kw="SPP-IRT;PIRT"),
            sv("Penyelenggaraan Penyuluhan Keamanan Pangan",
               "Pelayanan penyuluhan keamanan pangan bagi pemilik atau penanggung jawab industri rumah tangga pangan sebagai persyaratan penerbitan Sertifikat Produksi Pangan Industri Rumah Tangga.",
               "Formulir pendaftaran peserta; " + KTP + "; Fotokopi " + NIB,
               duration=JADWAL),
            sv("Pemberian Makanan Tambahan Pemulihan bagi Balita Gizi Kurang dan Ibu Hamil Kurang Energi Kronis",
               "Pelayanan pemberian makanan tambahan pemulihan berbahan pangan lokal bagi balita dengan masalah gizi dan ibu hamil dengan Kurang Energi Kronis sebagai upaya percepatan penurunan stunting.",
               "Hasil pengukuran antropometri atau Lingkar Lengan Atas dari Puskesmas/Posyandu; " + KK + "; Buku Kesehatan Ibu dan Anak",
               duration=JADWAL, kw="PMT;KEK"),
            sv("Pemeriksaan dan Pembinaan Kesehatan Jemaah Haji",
               "Pelayanan pemeriksaan kesehatan tahap pertama dan kedua, pembinaan kebugaran, serta penetapan status istitaah kesehatan bagi calon jemaah haji Kabupaten Banyuwangi.",
               "Bukti setoran awal atau nomor porsi haji; " + KTP + "; Hasil pemeriksaan penunjang yang ditentukan; Buku Kesehatan Jemaah Haji",
               fee="Sesuai tarif layanan fasilitas pelayanan kesehatan pemeriksa", duration=JADWAL),
        ], category="Kesehatan"),
        Unit("Kepala Bidang Pencegahan dan Pengendalian Penyakit", ["Epidemiolog Kesehatan Ahli Muda", "Entomolog Kesehatan", "Pengelola Program Kesehatan Jiwa"], [
            sv("Penyelidikan Epidemiologi dan Penanggulangan Kejadian Luar Biasa Penyakit",
               "Pelayanan penyelidikan epidemiologi dan penanggulangan kejadian luar biasa penyakit menular, keracunan pangan, dan masalah kesehatan lain yang berpotensi wabah.",
               "Laporan dari fasilitas pelayanan kesehatan, pemerintah desa, atau masyarakat",
               duration="Paling lama 1 x 24 jam sejak laporan diterima", kw="KLB"),
            sv("Pelayanan Pengasapan dalam rangka Pengendalian Vektor Demam Berdarah Dengue",
               "Pelayanan pengasapan fokus (fogging focus) pada lokasi yang memenuhi kriteria hasil penyelidikan epidemiologi kasus Demam Berdarah Dengue sebagai pengendalian nyamuk dewasa.",
               "Laporan kasus Demam Berdarah Dengue dari fasilitas pelayanan kesehatan; Hasil penyelidikan epidemiologi oleh Puskesmas",
               duration=H3, kw="DBD"),
            sv("Penjangkauan dan Pengobatan Orang Dengan Gangguan Jiwa Berat",
               "Pelayanan penjangkauan, pemeriksaan, dan pengobatan Orang Dengan Gangguan Jiwa berat, termasuk penanganan pemasungan, melalui koordinasi Puskesmas dan rumah sakit.",
               "Laporan dari keluarga, masyarakat, atau pemerintah desa; " + KK + " apabila tersedia",
               duration=H3, kw="ODGJ"),
            sv("Pemeriksaan Laboratorium Kesehatan Daerah",
               "Pelayanan pemeriksaan laboratorium klinik dan laboratorium kesehatan masyarakat, antara lain pemeriksaan kualitas air minum, air bersih, sampel pangan, dan spesimen penyakit menular.",
               "Surat permohonan pemeriksaan; Sampel sesuai ketentuan pengambilan; Identitas pemohon",
               fee=RETRIB, duration=H7, kw="Labkesda"),
        ], category="Kesehatan"),
        Unit("Kepala Bidang Pelayanan Kesehatan", ["Administrator Kesehatan Jaminan Kesehatan", "Pengelola Jaminan Kesehatan Daerah", "Koordinator Public Safety Center"], [
            sv("Pendaftaran Peserta Jaminan Kesehatan Nasional yang Iurannya Dibiayai Pemerintah Daerah",
               "Pelayanan pendaftaran penduduk Kabupaten Banyuwangi yang belum memiliki jaminan kesehatan sebagai peserta Jaminan Kesehatan Nasional segmen Penerima Bantuan Iuran yang dibiayai APBD.",
               "Fotokopi KTP-el dan Kartu Keluarga Kabupaten Banyuwangi; Surat Keterangan Tidak Mampu dari Desa/Kelurahan atau terdaftar dalam data kesejahteraan sosial; Surat pernyataan bersedia dirawat di kelas III",
               duration=H1, kw="PBI;JKN;UHC"),
            sv("Penerbitan Surat Jaminan Pembiayaan Pelayanan Kesehatan bagi Penduduk Miskin",
               "Pelayanan penerbitan surat jaminan pembiayaan pelayanan kesehatan di rumah sakit milik Pemerintah Kabupaten bagi penduduk miskin yang tidak memiliki jaminan kesehatan dan dalam keadaan yang memerlukan penanganan segera.",
               "Fotokopi KTP-el dan Kartu Keluarga; Surat Keterangan Tidak Mampu dari Desa/Kelurahan; Surat rujukan atau surat keterangan rawat inap dari rumah sakit; Surat rekomendasi dari Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana",
               duration=H1),
            sv("Pelayanan Kegawatdaruratan Terpadu dan Ambulans Gawat Darurat (Public Safety Center)",
               "Pelayanan penanganan pertama kegawatdaruratan medis prafasilitas dan transportasi pasien gawat darurat dengan ambulans ke fasilitas pelayanan kesehatan rujukan melalui Public Safety Center.",
               "Informasi identitas pelapor, lokasi kejadian, dan kondisi pasien",
               duration=SEGERA, kw="PSC"),
            sv("Pelayanan Pengaduan Pelayanan Kesehatan",
               "Pelayanan penerimaan dan penanganan pengaduan masyarakat atas penyelenggaraan pelayanan pada Puskesmas, rumah sakit, dan fasilitas pelayanan kesehatan lainnya.",
               "Identitas pengadu; Uraian pengaduan disertai waktu dan tempat kejadian; Bukti pendukung apabila ada",
               duration=H14),
        ], category="Kesehatan"),
    ],
    frontdesk=["Petugas Layanan Informasi Kesehatan"],
))


# =============================================================================================
# Pekerjaan umum, ketenagakerjaan, lingkungan hidup
# =============================================================================================

add(Org(
    "B009", short_name="Dinas PU CKPP",
    address="Jl. Jenderal Ahmad Yani No. 104, Kelurahan Taman Baru, Kecamatan Banyuwangi",
    phone="(0333) 460000", email="puckpp@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang pekerjaan umum dan penataan ruang pada sub urusan bina marga, cipta karya, dan penataan ruang, serta urusan perumahan rakyat dan kawasan permukiman.",
    authority_note="Jalan nasional dan jalan provinsi di wilayah Kabupaten Banyuwangi dikelola oleh Pemerintah Pusat dan Pemerintah Provinsi Jawa Timur; Dinas menangani jalan dan jembatan berstatus jalan kabupaten.",
    head="Kepala Dinas Pekerjaan Umum Cipta Karya, Perumahan dan Permukiman", head_style="eng",
    deputy=["Sekretaris Dinas Pekerjaan Umum Cipta Karya, Perumahan dan Permukiman"],
    units=[
        Unit("Kepala Bidang Bina Marga", ["Teknik Jalan dan Jembatan Ahli Muda", "Pengawas Jalan dan Jembatan", "Penata Pemeliharaan Jalan Kabupaten"], [
            sv("Pelayanan Penanganan Kerusakan Jalan Kabupaten",
               "Pelayanan penerimaan laporan dan penanganan kerusakan jalan berstatus jalan kabupaten melalui pemeliharaan rutin, penambalan lubang, dan perbaikan permukaan perkerasan jalan.",
               "Laporan tertulis atau lisan dari masyarakat, pemerintah desa, atau kecamatan; Informasi ruas dan titik lokasi kerusakan; Dokumentasi kondisi jalan apabila ada",
               duration="Paling lama 7 (tujuh) hari kerja untuk penanganan darurat; penanganan berkala sesuai program tahunan"),
            sv("Pelayanan Pemeliharaan dan Perbaikan Jembatan Kabupaten",
               "Pelayanan pemeriksaan kondisi, pemeliharaan, dan perbaikan jembatan pada ruas jalan kabupaten, termasuk penanganan darurat jembatan yang rusak akibat bencana.",
               "Laporan dari masyarakat, pemerintah desa, atau kecamatan; Informasi lokasi dan kondisi jembatan",
               duration="Sesuai hasil pemeriksaan teknis"),
            sv("Penerbitan Rekomendasi Teknis Pemanfaatan Ruang Milik Jalan Kabupaten",
               "Pelayanan penerbitan rekomendasi teknis pemanfaatan bagian-bagian jalan kabupaten untuk penempatan utilitas, pembuatan jalan masuk, dan bangunan pelengkap oleh pihak lain.",
               "Surat permohonan; " + KTP + " atau akta badan usaha; Gambar rencana teknis dan lokasi; Surat pernyataan bersedia mengembalikan kondisi jalan seperti semula",
               duration=H10),
        ], category="Pekerjaan Umum"),
        Unit("Kepala Bidang Cipta Karya dan Penataan Ruang", ["Penata Bangunan Gedung dan Permukiman", "Penata Ruang Ahli Muda", "Teknik Penyehatan Lingkungan"], [
            sv("Pemeriksaan Dokumen Rencana Teknis Bangunan Gedung dalam rangka Persetujuan Bangunan Gedung",
               "Pelayanan konsultasi dan pemeriksaan dokumen rencana arsitektur, struktur, dan utilitas bangunan gedung oleh Tim Profesi Ahli atau Tim Penilai Teknis sebagai dasar penerbitan Persetujuan Bangunan Gedung.",
               "Data pemohon dan data tanah yang diunggah pada Sistem Informasi Manajemen Bangunan Gedung; Gambar rencana arsitektur, struktur, dan utilitas; Dokumen Kesesuaian Kegiatan Pemanfaatan Ruang",
               duration=H14, url="https://simbg.pu.go.id", kw="SIMBG"),
            sv("Penerbitan Surat Bukti Kepemilikan Bangunan Gedung",
               "Pelayanan pendataan bangunan gedung dan penerbitan Surat Bukti Kepemilikan Bangunan Gedung (SBKBG) bagi bangunan gedung yang telah memiliki Sertifikat Laik Fungsi.",
               "Surat permohonan; Fotokopi Persetujuan Bangunan Gedung dan Sertifikat Laik Fungsi; " + KTP + " pemilik bangunan; Fotokopi bukti kepemilikan tanah",
               duration=H14),
            sv("Pelayanan Informasi Tata Ruang dan Keterangan Rencana Kabupaten",
               "Pelayanan penyediaan informasi rencana tata ruang wilayah dan rencana detail tata ruang, serta Keterangan Rencana Kabupaten yang memuat ketentuan intensitas dan tata bangunan pada suatu lokasi.",
               "Surat permohonan; " + KTP + "; Titik koordinat atau peta lokasi; Fotokopi bukti kepemilikan tanah",
               duration=H3, kw="KRK"),
            sv("Penilaian Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang untuk Kegiatan Nonberusaha",
               "Pelayanan penilaian dokumen usulan kegiatan pemanfaatan ruang yang bersifat nonberusaha terhadap rencana tata ruang sebagai dasar penerbitan Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang.",
               "Permohonan melalui Sistem OSS atau Gistaru; Koordinat lokasi; Rencana kegiatan dan luas lahan; Fotokopi bukti penguasaan tanah",
               duration=H20, kw="KKPR"),
            sv("Pelayanan Penyedotan Lumpur Tinja",
               "Pelayanan penyedotan dan pengangkutan lumpur tinja dari tangki septik rumah tangga, perkantoran, dan tempat usaha ke Instalasi Pengolahan Lumpur Tinja.",
               "Formulir permohonan; " + KTP + "; Alamat lokasi dan akses kendaraan",
               fee=RETRIB, duration=H3),
            sv("Bantuan Pembangunan Sanitasi Rumah Tangga dan Tangki Septik Individual",
               "Pelayanan bantuan pembangunan jamban sehat dan tangki septik individual atau komunal bagi rumah tangga berpenghasilan rendah yang belum memiliki akses sanitasi layak.",
               "Usulan dari Pemerintah Desa/Kelurahan; Data calon penerima; Fotokopi KTP-el dan Kartu Keluarga calon penerima; Surat pernyataan kesediaan lahan",
               duration=JADWAL),
            sv("Pembangunan dan Pengembangan Sistem Penyediaan Air Minum Perdesaan",
               "Pelayanan pembangunan jaringan Sistem Penyediaan Air Minum (SPAM) perdesaan dan pendampingan kelembagaan Himpunan Penduduk Pemakai Air Minum di desa yang belum terlayani jaringan perpipaan.",
               "Surat usulan dari Kepala Desa; Data sumber air dan jumlah calon sambungan rumah; Surat pernyataan kesediaan lahan dan pengelolaan",
               duration=JADWAL, kw="SPAM;HIPPAM"),
        ], category="Pekerjaan Umum"),
        Unit("Kepala Bidang Perumahan dan Kawasan Permukiman", ["Penata Perumahan dan Permukiman", "Pengelola Rumah Tidak Layak Huni", "Pengelola Prasarana, Sarana dan Utilitas"], [
            sv("Pemberian Bantuan Stimulan Perbaikan Rumah Tidak Layak Huni",
               "Pelayanan pemberian bantuan stimulan peningkatan kualitas rumah tidak layak huni milik masyarakat berpenghasilan rendah, meliputi perbaikan atap, lantai, dinding, dan sanitasi.",
               "Usulan dari Pemerintah Desa/Kelurahan; " + KTP + " dan " + KK + "; Fotokopi bukti kepemilikan atau penguasaan tanah yang sah; Surat Keterangan Tidak Mampu; Dokumentasi kondisi rumah",
               duration=JADWAL, kw="RTLH"),
            sv("Pendataan dan Verifikasi Rumah Tidak Layak Huni",
               "Pelayanan pendataan dan verifikasi lapangan terhadap rumah yang diusulkan sebagai rumah tidak layak huni untuk dimasukkan dalam basis data perumahan daerah.",
               "Usulan dari Pemerintah Desa/Kelurahan; Data calon penerima by name by address",
               duration=H14),
            sv("Pelayanan Penyerahan Prasarana, Sarana dan Utilitas Perumahan",
               "Pelayanan penerimaan penyerahan prasarana, sarana, dan utilitas perumahan dari pengembang kepada Pemerintah Kabupaten Banyuwangi.",
               "Surat permohonan dari pengembang; Fotokopi akta pendirian badan usaha; Pengesahan rencana tapak; Daftar dan gambar prasarana, sarana, dan utilitas yang diserahkan; Sertifikat tanah prasarana dan sarana",
               duration=H30, kw="PSU"),
            sv("Pengesahan Rencana Tapak Perumahan",
               "Pelayanan pemeriksaan dan pengesahan rencana tapak (site plan) perumahan yang diajukan pengembang sesuai ketentuan tata ruang dan standar prasarana, sarana, dan utilitas.",
               "Surat permohonan; Gambar rencana tapak; Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang; Fotokopi sertifikat tanah; Akta pendirian badan usaha pengembang",
               duration=H14),
            sv("Penanganan Kawasan Permukiman Kumuh",
               "Pelayanan peningkatan kualitas kawasan permukiman kumuh melalui perbaikan jalan lingkungan, drainase lingkungan, sanitasi, dan penyediaan ruang terbuka publik.",
               "Usulan dari Pemerintah Desa/Kelurahan; Data luasan dan kondisi kawasan",
               duration=JADWAL),
            sv("Pelayanan Pemeliharaan Saluran Drainase Lingkungan",
               "Pelayanan penerimaan laporan dan pemeliharaan saluran drainase lingkungan dan drainase perkotaan, meliputi pembersihan sedimen dan perbaikan saluran yang rusak.",
               "Laporan dari masyarakat atau pemerintah desa/kelurahan; Informasi lokasi saluran",
               duration=H7),
            sv("Pelayanan Pemakaman pada Tempat Pemakaman Umum Milik Pemerintah Daerah",
               "Pelayanan penyediaan petak makam pada Tempat Pemakaman Umum yang dikelola Pemerintah Kabupaten Banyuwangi.",
               "Surat keterangan kematian dari Desa/Kelurahan; " + KTP + " ahli waris; Fotokopi Kartu Keluarga almarhum",
               fee=RETRIB, duration=SAAT),
        ], category="Perumahan dan Permukiman"),
    ],
))

add(Org(
    "B010", short_name="Dinas PU Pengairan",
    address="Jl. Kapten Piere Tendean No. 2, Kelurahan Kepatihan, Kecamatan Banyuwangi",
    email="pupengairan@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang pekerjaan umum pada sub urusan sumber daya air, meliputi pengelolaan jaringan irigasi, sungai, dan bangunan penampung air kewenangan kabupaten.",
    authority_note="Daerah irigasi dengan luas di atas 1.000 hektare dan wilayah sungai lintas provinsi dikelola oleh Pemerintah Provinsi Jawa Timur dan Balai Besar Wilayah Sungai.",
    head="Kepala Dinas Pekerjaan Umum Pengairan", head_style="eng",
    units=[
        Unit("Kepala Bidang Operasi dan Pemeliharaan Irigasi", ["Teknik Pengairan Ahli Muda", "Pengamat Pengairan", "Juru Pengairan"], [
            sv("Pelayanan Pemeliharaan dan Perbaikan Jaringan Irigasi Kewenangan Kabupaten",
               "Pelayanan penerimaan laporan dan perbaikan kerusakan saluran, bendung, dan bangunan bagi pada daerah irigasi kewenangan kabupaten.",
               "Laporan dari Perkumpulan Petani Pemakai Air, pemerintah desa, atau masyarakat; Informasi lokasi kerusakan",
               duration="Penanganan darurat paling lama 7 (tujuh) hari kerja"),
            sv("Pengaturan Pembagian dan Pemberian Air Irigasi",
               "Pelayanan penyusunan dan pelaksanaan rencana tata tanam serta jadwal pembagian air irigasi secara bergilir pada daerah irigasi kewenangan kabupaten.",
               "Usulan rencana tata tanam dari Perkumpulan Petani Pemakai Air melalui Pengamat Pengairan",
               duration=JADWAL),
            sv("Pembinaan Perkumpulan Petani Pemakai Air",
               "Pelayanan pembentukan, penguatan kelembagaan, dan pelatihan Perkumpulan Petani Pemakai Air dan Himpunan Petani Pemakai Air dalam pengelolaan jaringan irigasi tersier.",
               "Surat permohonan; Berita acara pembentukan dan susunan pengurus; Surat keterangan dari Kepala Desa",
               duration=JADWAL, kw="P3A;HIPPA"),
            sv("Penerbitan Rekomendasi Teknis Pemanfaatan Sempadan dan Bangunan di atas Saluran Irigasi",
               "Pelayanan penerbitan rekomendasi teknis bagi pembangunan jembatan, gorong-gorong, atau bangunan lain yang melintasi atau memanfaatkan sempadan saluran irigasi kewenangan kabupaten.",
               "Surat permohonan; " + KTP + "; Gambar rencana teknis bangunan; Peta lokasi; Surat pernyataan tidak mengganggu fungsi saluran",
               duration=H10),
        ], category="Sumber Daya Air"),
        Unit("Kepala Bidang Sungai, Pantai dan Air Baku", ["Teknik Pengairan Ahli Pertama", "Penata Sumber Daya Air"], [
            sv("Penanganan Tanggul Sungai dan Normalisasi Sungai Kewenangan Kabupaten",
               "Pelayanan penanganan tanggul sungai yang jebol atau tergerus serta normalisasi alur sungai kewenangan kabupaten untuk pengendalian banjir.",
               "Laporan dari masyarakat, pemerintah desa, atau kecamatan; Informasi lokasi dan dokumentasi kerusakan",
               duration="Penanganan darurat segera setelah peninjauan lapangan"),
            sv("Pembangunan dan Pemeliharaan Embung serta Bangunan Penampung Air",
               "Pelayanan pembangunan, rehabilitasi, dan pemeliharaan embung dan bangunan penampung air lainnya untuk penyediaan air baku dan irigasi.",
               "Surat usulan dari Pemerintah Desa; Data kebutuhan air dan luas layanan; Surat pernyataan kesediaan lahan",
               duration=JADWAL),
            sv("Penerbitan Rekomendasi Teknis Penggunaan Sumber Daya Air Permukaan",
               "Pelayanan penerbitan rekomendasi teknis penggunaan air permukaan pada sungai kewenangan kabupaten sebagai persyaratan perizinan penggunaan sumber daya air.",
               "Surat permohonan; " + KTP + " atau akta badan usaha; Rencana kebutuhan dan lokasi pengambilan air; Gambar teknis bangunan pengambilan",
               duration=H14),
            sv("Pelayanan Data dan Informasi Sumber Daya Air",
               "Pelayanan penyediaan data curah hujan, debit sungai, dan daerah irigasi bagi masyarakat, akademisi, dan instansi.",
               "Surat permohonan; " + KTP + "; Surat pengantar lembaga apabila untuk kepentingan penelitian",
               duration=H5),
        ], category="Sumber Daya Air"),
    ],
))

add(Org(
    "B011", short_name="Disnakertransperin",
    address="Jl. Jaksa Agung Suprapto No. 9, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    phone="(0333) 470000", email="disnakertransperin@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang tenaga kerja, transmigrasi, dan perindustrian.",
    authority_note="Pengawasan ketenagakerjaan merupakan kewenangan Pemerintah Provinsi Jawa Timur; penempatan pekerja migran dilaksanakan bersama Kementerian Pelindungan Pekerja Migran Indonesia.",
    head="Kepala Dinas Tenaga Kerja, Transmigrasi dan Perindustrian", deputy=["Sekretaris Dinas Tenaga Kerja, Transmigrasi dan Perindustrian"],
    units=[
        Unit("Kepala Bidang Penempatan Tenaga Kerja dan Transmigrasi", ["Pengantar Kerja Ahli Muda", "Pengantar Kerja Ahli Pertama", "Pengelola Pelindungan Pekerja Migran Indonesia", "Penata Transmigrasi"], [
            sv("Penerbitan Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu AK/I)",
               "Pelayanan pendaftaran pencari kerja dan penerbitan Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/I) sebagai persyaratan melamar pekerjaan.",
               KTP + "; Fotokopi ijazah terakhir; Pas foto berwarna ukuran 3x4 cm sebanyak 2 (dua) lembar; Fotokopi sertifikat keterampilan apabila ada; Akun pada sistem informasi ketenagakerjaan",
               duration=SAAT, url="https://karirhub.kemnaker.go.id", kw="AK/I"),
            sv("Pelayanan Informasi Pasar Kerja dan Penyelenggaraan Bursa Kerja",
               "Pelayanan penyebarluasan informasi lowongan pekerjaan dari perusahaan serta penyelenggaraan bursa kerja bagi pencari kerja.",
               "Kartu AK/I atau data pencari kerja; Surat lamaran dan daftar riwayat hidup",
               duration=JADWAL),
            sv("Pelayanan Pendaftaran dan Penerbitan Rekomendasi Calon Pekerja Migran Indonesia",
               "Pelayanan pendaftaran, verifikasi dokumen, dan penerbitan surat rekomendasi bagi Calon Pekerja Migran Indonesia yang akan bekerja ke luar negeri melalui prosedur resmi.",
               "Fotokopi KTP-el dan Kartu Keluarga; Surat izin dari suami/istri atau orang tua/wali yang diketahui Kepala Desa/Lurah; Fotokopi akta kelahiran; Surat keterangan sehat; Kartu AK/I; Perjanjian penempatan dari perusahaan penempatan yang memiliki izin",
               duration=H1, kw="CPMI"),
            sv("Penanganan Permasalahan Pekerja Migran Indonesia dan Keluarganya",
               "Pelayanan penerimaan pengaduan dan fasilitasi penyelesaian permasalahan Pekerja Migran Indonesia, meliputi hak gaji yang tidak dibayar, pemulangan, dan pemulangan jenazah.",
               "Surat pengaduan dari pekerja migran atau keluarganya; Fotokopi KTP-el dan Kartu Keluarga pengadu; Data identitas pekerja migran dan negara tujuan penempatan; Dokumen perjanjian kerja apabila ada",
               duration=H14, kw="PMI"),
            sv("Pemberdayaan Purna Pekerja Migran Indonesia dan Keluarganya",
               "Pelayanan pelatihan kewirausahaan dan pendampingan usaha produktif bagi purna Pekerja Migran Indonesia dan keluarganya.",
               KTP + "; Bukti sebagai purna Pekerja Migran Indonesia; Formulir pendaftaran",
               duration=JADWAL),
            sv("Pendaftaran dan Seleksi Calon Transmigran",
               "Pelayanan pendaftaran, penyuluhan, dan seleksi calon transmigran asal Kabupaten Banyuwangi untuk penempatan di kawasan transmigrasi.",
               "Fotokopi KTP-el dan Kartu Keluarga; Fotokopi buku nikah; Surat keterangan sehat; Surat keterangan dari Kepala Desa",
               duration=JADWAL, authority="central",
               note="Penetapan lokasi dan penempatan transmigran merupakan kewenangan Kementerian Transmigrasi."),
        ], category="Ketenagakerjaan"),
        Unit("Kepala Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja", ["Mediator Hubungan Industrial Ahli Muda", "Mediator Hubungan Industrial Ahli Pertama", "Pengelola Syarat Kerja"], [
            sv("Mediasi Perselisihan Hubungan Industrial",
               "Pelayanan penyelesaian perselisihan hak, perselisihan kepentingan, perselisihan pemutusan hubungan kerja, dan perselisihan antarserikat pekerja melalui mediasi oleh Mediator Hubungan Industrial.",
               "Surat permohonan pencatatan perselisihan; Risalah perundingan bipartit yang tidak mencapai kesepakatan; Fotokopi KTP-el para pihak; Dokumen pendukung (perjanjian kerja, slip upah, surat pemutusan hubungan kerja)",
               duration="Paling lama 30 (tiga puluh) hari kerja sejak pelimpahan", kw="PHI"),
            sv("Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama",
               "Pelayanan pengesahan Peraturan Perusahaan dan pendaftaran Perjanjian Kerja Bersama bagi perusahaan yang berkedudukan di satu wilayah kabupaten.",
               "Surat permohonan; Naskah Peraturan Perusahaan atau Perjanjian Kerja Bersama; Bukti telah dimintakan saran dan pertimbangan wakil pekerja; Data perusahaan dan jumlah pekerja",
               duration=H7),
            sv("Pencatatan Perjanjian Kerja Waktu Tertentu",
               "Pelayanan pencatatan Perjanjian Kerja Waktu Tertentu (PKWT) yang dibuat antara pengusaha dan pekerja.",
               "Surat permohonan pencatatan; Naskah PKWT; Daftar nama pekerja",
               duration=H3, kw="PKWT"),
            sv("Pencatatan Serikat Pekerja/Serikat Buruh",
               "Pelayanan pencatatan dan pemberian nomor bukti pencatatan bagi serikat pekerja/serikat buruh, federasi, dan konfederasi di tingkat kabupaten.",
               "Surat permohonan; Daftar nama anggota pembentuk; Anggaran dasar dan anggaran rumah tangga; Susunan dan nama pengurus",
               duration=H20),
            sv("Pelayanan Konsultasi dan Pengaduan Pembayaran Upah dan Tunjangan Hari Raya Keagamaan",
               "Pelayanan konsultasi dan penerimaan pengaduan pekerja mengenai pembayaran upah di bawah ketentuan upah minimum serta Tunjangan Hari Raya Keagamaan yang tidak dibayarkan.",
               "Identitas pengadu; Nama dan alamat perusahaan; Uraian pengaduan; Bukti pembayaran upah atau perjanjian kerja apabila ada",
               duration=H7, note="Penegakan hukum norma ketenagakerjaan dilaksanakan oleh Pengawas Ketenagakerjaan Pemerintah Provinsi Jawa Timur.",
               kw="THR"),
            sv("Pelayanan Pembentukan Lembaga Kerja Sama Bipartit",
               "Pelayanan pencatatan Lembaga Kerja Sama Bipartit pada perusahaan yang mempekerjakan 50 (lima puluh) orang pekerja atau lebih.",
               "Surat permohonan pencatatan; Berita acara pembentukan; Susunan keanggotaan",
               duration=H7),
        ], category="Ketenagakerjaan"),
        Unit("Kepala Bidang Perindustrian", ["Penyuluh Perindustrian", "Pengelola Industri Kecil dan Menengah"], [
            sv("Pembinaan dan Pendampingan Industri Kecil dan Menengah",
               "Pelayanan pembinaan teknis produksi, pengemasan, dan manajemen usaha bagi pelaku industri kecil dan menengah di Kabupaten Banyuwangi.",
               "Formulir pendaftaran; " + KTP + "; Fotokopi " + NIB,
               duration=JADWAL, kw="IKM"),
            sv("Fasilitasi Pendaftaran Merek dan Hak Kekayaan Intelektual bagi Industri Kecil dan Menengah",
               "Pelayanan fasilitasi pengajuan permohonan pendaftaran merek dan kekayaan intelektual lainnya bagi pelaku industri kecil dan menengah.",
               KTP + "; Fotokopi " + NIB + "; Etiket atau desain merek; Surat pernyataan kepemilikan merek",
               duration=JADWAL),
            sv("Fasilitasi Sertifikasi Standar Nasional Indonesia bagi Industri Kecil dan Menengah",
               "Pelayanan pendampingan penerapan dan fasilitasi biaya sertifikasi Standar Nasional Indonesia (SNI) bagi produk industri kecil dan menengah.",
               "Surat permohonan; Fotokopi " + NIB + "; Profil usaha dan produk",
               duration=JADWAL, kw="SNI"),
            sv("Pelayanan Pelaporan Data Industri melalui Sistem Informasi Industri Nasional",
               "Pelayanan pendampingan perusahaan industri dalam penyampaian laporan data industri secara berkala melalui Sistem Informasi Industri Nasional (SIINas).",
               "Akun SIINas; " + NIB + "; Data produksi dan tenaga kerja",
               duration=H3, kw="SIINas"),
        ], category="Perindustrian"),
    ],
    frontdesk=["Petugas Layanan Informasi Ketenagakerjaan"],
))

add(Org(
    "B012", short_name="DLH",
    address="Jl. Brawijaya No. 54, Kelurahan Kebalenan, Kecamatan Banyuwangi",
    phone="(0333) 480000", email="dlh@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang lingkungan hidup, meliputi persampahan, persetujuan lingkungan, pengendalian pencemaran, dan pengelolaan ruang terbuka hijau.",
    head="Kepala Dinas Lingkungan Hidup", deputy=["Sekretaris Dinas Lingkungan Hidup"],
    units=[
        Unit("Kepala Bidang Pengelolaan Sampah dan Limbah Bahan Berbahaya dan Beracun", ["Pengelola Persampahan", "Pengawas Lingkungan Hidup", "Penyuluh Lingkungan Hidup"], [
            sv("Pelayanan Pengangkutan Sampah Rumah Tangga dan Sampah Sejenis Sampah Rumah Tangga",
               "Pelayanan pengangkutan sampah dari tempat penampungan sementara, kawasan permukiman, kawasan komersial, dan fasilitas umum ke tempat pemrosesan akhir.",
               "Formulir permohonan berlangganan; " + KTP + "; Alamat lokasi pengambilan",
               fee=RETRIB, duration=JADWAL),
            sv("Pelayanan Penerimaan Sampah di Tempat Pemrosesan Akhir",
               "Pelayanan penerimaan dan pemrosesan sampah dari pihak ketiga, kawasan usaha, dan kegiatan tertentu pada Tempat Pemrosesan Akhir sampah milik Pemerintah Kabupaten Banyuwangi.",
               "Surat permohonan; Identitas pengangkut dan nomor kendaraan; Keterangan jenis dan volume sampah",
               fee=RETRIB, duration=SAAT, kw="TPA"),
            sv("Pembentukan dan Pembinaan Bank Sampah",
               "Pelayanan fasilitasi pembentukan, pelatihan pengelola, dan pembinaan operasional bank sampah di desa/kelurahan, sekolah, dan kelompok masyarakat.",
               "Surat permohonan; Susunan pengurus bank sampah; Surat keterangan dari Kepala Desa/Lurah",
               duration=JADWAL),
            sv("Penerbitan Rincian Teknis Penyimpanan Sementara Limbah Bahan Berbahaya dan Beracun",
               "Pelayanan penerbitan rincian teknis penyimpanan sementara limbah Bahan Berbahaya dan Beracun (B3) bagi usaha dan/atau kegiatan yang menghasilkan limbah B3.",
               "Surat permohonan; Persetujuan Lingkungan; Identifikasi jenis dan jumlah limbah B3; Tata letak dan desain tempat penyimpanan sementara; Dokumen standar operasional pengelolaan",
               duration=H14, kw="Limbah B3"),
        ], category="Lingkungan Hidup"),
        Unit("Kepala Bidang Tata Lingkungan", ["Pengendali Dampak Lingkungan Ahli Muda", "Pengendali Dampak Lingkungan Ahli Pertama"], [
            sv("Penerbitan Persetujuan Pernyataan Kesanggupan Pengelolaan Lingkungan Hidup",
               "Pelayanan pemeriksaan formulir Upaya Pengelolaan Lingkungan Hidup dan Upaya Pemantauan Lingkungan Hidup (UKL-UPL) serta penerbitan Persetujuan Pernyataan Kesanggupan Pengelolaan Lingkungan Hidup (PKPLH).",
               "Permohonan melalui Sistem OSS atau AMDALNET; Formulir UKL-UPL; Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang; " + NIB + "; Persetujuan teknis apabila dipersyaratkan",
               duration=H10, url="https://amdalnet.menlhk.go.id", kw="UKL-UPL;PKPLH"),
            sv("Penilaian Analisis Mengenai Dampak Lingkungan Hidup dan Penerbitan Keputusan Kelayakan Lingkungan Hidup",
               "Pelayanan penilaian dokumen Analisis Mengenai Dampak Lingkungan Hidup (AMDAL) oleh Tim Uji Kelayakan Lingkungan Hidup dan penerbitan Surat Keputusan Kelayakan Lingkungan Hidup bagi usaha dan/atau kegiatan wajib AMDAL kewenangan kabupaten.",
               "Permohonan melalui AMDALNET; Dokumen Kerangka Acuan, ANDAL, dan RKL-RPL; Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang; Bukti pengumuman dan konsultasi publik",
               duration="Sesuai ketentuan tata laksana penilaian AMDAL", url="https://amdalnet.menlhk.go.id", kw="AMDAL"),
            sv("Registrasi Surat Pernyataan Kesanggupan Pengelolaan dan Pemantauan Lingkungan Hidup",
               "Pelayanan registrasi Surat Pernyataan Kesanggupan Pengelolaan dan Pemantauan Lingkungan Hidup (SPPL) bagi usaha mikro dan kecil yang tidak wajib AMDAL atau UKL-UPL.",
               "Pengisian SPPL melalui Sistem OSS; " + NIB,
               duration=SAAT, url="https://oss.go.id", kw="SPPL"),
            sv("Penerbitan Persetujuan Teknis Pemenuhan Baku Mutu Air Limbah",
               "Pelayanan penerbitan persetujuan teknis bagi usaha dan/atau kegiatan yang melakukan pembuangan dan/atau pemanfaatan air limbah ke badan air atau tanah.",
               "Surat permohonan; Kajian teknis pembuangan air limbah; Hasil uji laboratorium air limbah; Gambar Instalasi Pengolahan Air Limbah",
               duration=H20),
        ], category="Lingkungan Hidup"),
        Unit("Kepala Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan Hidup", ["Pengawas Lingkungan Hidup Ahli Muda", "Pranata Laboratorium Lingkungan"], [
            sv("Pelayanan Pengaduan Pencemaran dan/atau Perusakan Lingkungan Hidup",
               "Pelayanan penerimaan, verifikasi lapangan, dan penanganan pengaduan masyarakat atas dugaan pencemaran air, udara, tanah, kebisingan, dan perusakan lingkungan hidup oleh usaha dan/atau kegiatan.",
               "Identitas pengadu; Uraian pengaduan meliputi lokasi, waktu, dan dugaan sumber pencemaran; Dokumentasi atau bukti pendukung apabila ada",
               duration="Verifikasi paling lama 7 (tujuh) hari kerja; penyelesaian paling lama 30 (tiga puluh) hari kerja"),
            sv("Pelayanan Pengujian Kualitas Lingkungan pada Laboratorium Lingkungan",
               "Pelayanan pengambilan sampel dan pengujian parameter kualitas air limbah, air sungai, air tanah, dan udara ambien pada laboratorium lingkungan daerah.",
               "Surat permohonan pengujian; Sampel sesuai ketentuan atau permohonan pengambilan sampel; Identitas pemohon",
               fee=RETRIB, duration=H14),
            sv("Pembinaan Sekolah Adiwiyata dan Program Kampung Iklim",
               "Pelayanan pembinaan, pendampingan, dan penilaian satuan pendidikan menuju Sekolah Adiwiyata serta desa/kelurahan peserta Program Kampung Iklim (ProKlim).",
               "Surat permohonan dari satuan pendidikan atau pemerintah desa/kelurahan; Profil lokasi dan kegiatan lingkungan yang telah dilaksanakan",
               duration=JADWAL, kw="ProKlim"),
        ], category="Lingkungan Hidup"),
        Unit("Kepala Bidang Pertamanan dan Ruang Terbuka Hijau", ["Pengelola Pertamanan"], [
            sv("Pelayanan Izin Penggunaan Taman Kota dan Ruang Terbuka Hijau Publik",
               "Pelayanan pemberian izin penggunaan taman kota dan ruang terbuka hijau publik milik Pemerintah Kabupaten Banyuwangi untuk kegiatan masyarakat, pendidikan, dan promosi.",
               "Surat permohonan; " + KTP + " penanggung jawab kegiatan; Rencana kegiatan, waktu, dan jumlah peserta; Surat pernyataan menjaga kebersihan dan ketertiban",
               fee=RETRIB, duration=H3),
            sv("Pelayanan Pemangkasan dan Penebangan Pohon pada Jalan dan Ruang Publik",
               "Pelayanan pemangkasan dan penebangan pohon perindang pada jalan kabupaten, taman, dan ruang publik yang membahayakan keselamatan atau mengganggu jaringan utilitas.",
               "Surat permohonan atau laporan dari masyarakat, instansi, atau pemerintah desa/kelurahan; Informasi lokasi dan kondisi pohon",
               duration=H5),
        ], category="Lingkungan Hidup"),
    ],
))


# =============================================================================================
# Perpustakaan, perizinan, sosial, kependudukan
# =============================================================================================

add(Org(
    "B013", short_name="Dispusip",
    address="Jl. Ahmad Yani No. 110, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    email="dispusip@banyuwangikab.go.id",
    hours="Senin-Jumat 08.00-16.00; Sabtu 08.00-13.00",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang perpustakaan dan bidang kearsipan.",
    head="Kepala Dinas Perpustakaan dan Kearsipan",
    units=[
        Unit("Kepala Bidang Layanan dan Pengembangan Perpustakaan", ["Pustakawan Ahli Muda", "Pustakawan Ahli Pertama", "Pustakawan Terampil"], [
            sv("Pendaftaran Anggota Perpustakaan Umum Daerah",
               "Pelayanan pendaftaran keanggotaan perpustakaan umum daerah dan penerbitan kartu anggota perpustakaan bagi pelajar, mahasiswa, dan masyarakat umum.",
               KTP + " atau kartu pelajar; Pas foto berwarna ukuran 3x4 cm; Formulir pendaftaran anggota",
               duration=SAAT),
            sv("Pelayanan Sirkulasi Peminjaman dan Pengembalian Bahan Pustaka",
               "Pelayanan peminjaman, perpanjangan, dan pengembalian koleksi bahan pustaka perpustakaan umum daerah bagi anggota perpustakaan.",
               "Kartu anggota perpustakaan yang masih berlaku",
               duration="Paling lama 15 (lima belas) menit"),
            sv("Pelayanan Referensi dan Koleksi Muatan Lokal",
               "Pelayanan penelusuran informasi, koleksi referensi, dan koleksi muatan lokal mengenai sejarah, adat, dan kebudayaan Banyuwangi untuk keperluan pendidikan dan penelitian.",
               "Kartu anggota perpustakaan atau identitas diri",
               duration=SAAT),
            sv("Pelayanan Perpustakaan Keliling",
               "Pelayanan perpustakaan keliling dengan kendaraan perpustakaan ke desa/kelurahan, satuan pendidikan, dan ruang publik sesuai jadwal kunjungan.",
               "Surat permohonan kunjungan dari satuan pendidikan, pemerintah desa, atau kelompok masyarakat",
               duration=JADWAL),
            sv("Pembinaan dan Pendampingan Akreditasi Perpustakaan Desa, Sekolah, dan Rumah Ibadah",
               "Pelayanan pembinaan teknis pengelolaan perpustakaan desa/kelurahan, perpustakaan sekolah, taman bacaan masyarakat, dan perpustakaan rumah ibadah, termasuk pendampingan akreditasi perpustakaan.",
               "Surat permohonan pembinaan; Profil perpustakaan",
               duration=JADWAL),
        ], category="Perpustakaan"),
        Unit("Kepala Bidang Kearsipan", ["Arsiparis Ahli Muda", "Arsiparis Terampil"], [
            sv("Pelayanan Penelusuran dan Peminjaman Arsip Statis",
               "Pelayanan penelusuran, pembacaan, dan penyediaan salinan arsip statis yang tersimpan pada depot arsip daerah bagi masyarakat, peneliti, dan instansi.",
               "Formulir permintaan layanan arsip; " + KTP + "; Surat pengantar lembaga bagi kepentingan penelitian",
               duration=H3),
            sv("Penerimaan Penyerahan Arsip Statis dari Perseorangan dan Organisasi Kemasyarakatan",
               "Pelayanan penerimaan, penilaian, dan penyimpanan arsip bernilai sejarah milik perseorangan, tokoh masyarakat, dan organisasi kemasyarakatan untuk dilestarikan sebagai khazanah arsip daerah.",
               "Surat pernyataan penyerahan arsip; Daftar arsip yang diserahkan; Identitas pemilik arsip",
               duration=H14),
            sv("Pembinaan Kearsipan bagi Perangkat Daerah dan Pemerintah Desa",
               "Pelayanan bimbingan teknis pengelolaan arsip dinamis, penyusutan arsip, dan alih media arsip bagi perangkat daerah, kecamatan, dan pemerintah desa.",
               "Surat permohonan pembinaan",
               duration=JADWAL),
        ], category="Kearsipan"),
    ],
))

add(Org(
    "B014", short_name="DPMPTSP",
    address="Mal Pelayanan Publik Kabupaten Banyuwangi, Jl. Jenderal Ahmad Yani No. 1, Kecamatan Banyuwangi",
    phone="(0333) 490000", email="dpmptsp@banyuwangikab.go.id",
    hours=JAM_MPP,
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang penanaman modal dan penyelenggaraan pelayanan perizinan berusaha dan nonberusaha secara terpadu satu pintu.",
    authority_note="Nomor Induk Berusaha diterbitkan oleh Sistem Perizinan Berusaha Terintegrasi Secara Elektronik (OSS) yang dikelola Kementerian Investasi dan Hilirisasi/BKPM; perizinan kewenangan pusat dan provinsi diajukan melalui sistem yang sama.",
    head="Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", deputy=["Sekretaris Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
    units=[
        Unit("Kepala Bidang Pelayanan Perizinan Berusaha", ["Analis Perizinan Berusaha", "Pengelola Perizinan Berusaha", "Verifikator Perizinan"], [
            sv("Pendampingan Penerbitan Nomor Induk Berusaha melalui Sistem OSS Berbasis Risiko",
               "Pelayanan pendampingan pendaftaran hak akses dan penerbitan Nomor Induk Berusaha (NIB) bagi pelaku usaha orang perseorangan dan badan usaha melalui Sistem OSS Berbasis Risiko.",
               KTP + "; Nomor Pokok Wajib Pajak; Alamat surat elektronik dan nomor telepon seluler yang aktif; Data lokasi dan kegiatan usaha (KBLI); Akta pendirian dan pengesahan badan hukum bagi badan usaha",
               duration=SAAT, authority="central",
               note="Nomor Induk Berusaha diterbitkan oleh Sistem OSS yang dikelola Kementerian Investasi dan Hilirisasi/BKPM; Dinas memberikan pendampingan.",
               url="https://oss.go.id", kw="NIB;OSS"),
            sv("Penerbitan Sertifikat Standar dan Izin Usaha Kewenangan Daerah",
               "Pelayanan verifikasi dan persetujuan sertifikat standar serta izin usaha bagi kegiatan usaha berisiko menengah tinggi dan tinggi yang menjadi kewenangan Pemerintah Kabupaten Banyuwangi.",
               NIB + "; Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang; Persetujuan Lingkungan; Persetujuan Bangunan Gedung; Pemenuhan persyaratan sesuai sektor usaha",
               duration="Sesuai standar waktu pada Sistem OSS", url="https://oss.go.id"),
            sv("Penerbitan Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang untuk Kegiatan Berusaha",
               "Pelayanan penerbitan Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) bagi kegiatan berusaha di lokasi yang belum memiliki Rencana Detail Tata Ruang.",
               "Permohonan melalui Sistem OSS; Koordinat lokasi; Rencana kegiatan dan luas lahan; Bukti penguasaan tanah; Rencana teknis bangunan",
               fee="Tidak dipungut biaya; dikenakan PNBP untuk kewenangan pusat", duration=H20, url="https://oss.go.id", kw="PKKPR"),
            sv("Penerbitan Izin Toko Swalayan dan Pusat Perbelanjaan",
               "Pelayanan penerbitan izin usaha toko swalayan, pusat perbelanjaan, dan perkulakan sesuai ketentuan zonasi dan jarak dari pasar rakyat.",
               NIB + "; Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang; Persetujuan Bangunan Gedung; Hasil analisis sosial ekonomi; Rencana kemitraan dengan usaha mikro dan kecil",
               duration=H14),
            sv("Penerbitan Sertifikat Standar Usaha Pariwisata",
               "Pelayanan verifikasi pemenuhan standar usaha pariwisata, antara lain hotel, pondok wisata, restoran, biro perjalanan wisata, dan daya tarik wisata, melalui Sistem OSS.",
               NIB + "; Persetujuan Lingkungan; Persetujuan Bangunan Gedung dan Sertifikat Laik Fungsi; Pemenuhan standar usaha sesuai bidang",
               duration="Sesuai standar waktu pada Sistem OSS", url="https://oss.go.id"),
            sv("Pelayanan Laporan Kegiatan Penanaman Modal",
               "Pelayanan pendampingan penyampaian Laporan Kegiatan Penanaman Modal (LKPM) secara berkala oleh pelaku usaha melalui Sistem OSS.",
               "Hak akses Sistem OSS; " + NIB + "; Data realisasi investasi, tenaga kerja, dan produksi",
               duration=SAAT, url="https://oss.go.id", kw="LKPM"),
        ], category="Penanaman Modal dan Perizinan"),
        Unit("Kepala Bidang Pelayanan Perizinan Nonberusaha", ["Analis Perizinan Bangunan Gedung", "Pengelola Perizinan Kesehatan", "Pengelola Perizinan Reklame"], [
            sv("Penerbitan Persetujuan Bangunan Gedung (PBG)",
               "Pelayanan penerbitan Persetujuan Bangunan Gedung bagi pemilik bangunan gedung yang akan membangun baru, mengubah, memperluas, mengurangi, dan/atau merawat bangunan gedung sesuai standar teknis.",
               "Permohonan melalui Sistem Informasi Manajemen Bangunan Gedung; " + KTP + " pemohon; Fotokopi bukti kepemilikan tanah atau perjanjian pemanfaatan tanah; Gambar rencana arsitektur, struktur, dan utilitas; Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang atau Keterangan Rencana Kabupaten; Bukti pembayaran retribusi PBG",
               fee="Sesuai perhitungan retribusi Persetujuan Bangunan Gedung", duration=H20,
               url="https://simbg.pu.go.id", kw="PBG"),
            sv("Penerbitan Sertifikat Laik Fungsi Bangunan Gedung (SLF)",
               "Pelayanan penerbitan Sertifikat Laik Fungsi sebagai pernyataan kelaikan fungsi bangunan gedung yang telah selesai dibangun sesuai Persetujuan Bangunan Gedung sebelum dimanfaatkan.",
               "Permohonan melalui Sistem Informasi Manajemen Bangunan Gedung; Fotokopi Persetujuan Bangunan Gedung; Surat pernyataan kelaikan fungsi dari pengkaji teknis; Gambar terbangun (as built drawing); Rekomendasi sistem proteksi kebakaran bagi bangunan yang dipersyaratkan",
               duration=H10, url="https://simbg.pu.go.id", kw="SLF"),
            sv("Penerbitan Izin Penyelenggaraan Reklame",
               "Pelayanan penerbitan izin penyelenggaraan reklame tetap dan reklame insidental pada lokasi yang sesuai dengan penataan titik reklame.",
               "Surat permohonan; " + KTP + " penyelenggara; Desain dan ukuran reklame; Denah titik lokasi; Persetujuan pemilik lahan; Perhitungan konstruksi bagi reklame berukuran besar; Bukti pembayaran pajak reklame",
               duration=H5),
            sv("Penerbitan Izin Apotek",
               "Pelayanan penerbitan izin apotek bagi apoteker atau badan usaha yang akan menyelenggarakan pelayanan kefarmasian di apotek, setelah verifikasi teknis oleh Dinas Kesehatan.",
               NIB + "; Surat Izin Praktik Apoteker penanggung jawab; Denah dan foto bangunan; Daftar sarana, prasarana, dan peralatan; Daftar tenaga kefarmasian",
               duration=H14, url="https://oss.go.id"),
            sv("Penerbitan Izin Toko Obat",
               "Pelayanan penerbitan izin toko obat yang menjual obat bebas dan obat bebas terbatas dengan penanggung jawab tenaga vokasi farmasi.",
               NIB + "; Surat Izin Praktik Tenaga Vokasi Farmasi penanggung jawab; Denah lokasi dan bangunan; Daftar sarana dan prasarana",
               duration=H14),
            sv("Penerbitan Izin Operasional Klinik",
               "Pelayanan penerbitan izin operasional klinik pratama dan klinik utama yang menyelenggarakan pelayanan medis dasar dan/atau spesialistik, setelah visitasi oleh Dinas Kesehatan.",
               NIB + "; Profil klinik; Daftar tenaga medis dan tenaga kesehatan beserta Surat Izin Praktik; Daftar sarana, prasarana, dan peralatan; Persetujuan Lingkungan; Persetujuan Bangunan Gedung",
               duration=H14),
            sv("Penerbitan Izin Operasional Laboratorium Klinik dan Penyelenggaraan Optikal",
               "Pelayanan penerbitan izin operasional laboratorium klinik pratama serta izin penyelenggaraan optikal setelah verifikasi teknis oleh Dinas Kesehatan.",
               NIB + "; Daftar tenaga kesehatan penanggung jawab beserta Surat Izin Praktik; Daftar peralatan; Denah bangunan",
               duration=H14),
            sv("Penerbitan Izin Operasional Rumah Sakit Kelas C dan Kelas D",
               "Pelayanan penerbitan dan perpanjangan izin operasional rumah sakit umum dan rumah sakit khusus kelas C dan kelas D yang menjadi kewenangan Pemerintah Kabupaten.",
               NIB + "; Profil rumah sakit; Dokumen self assessment pemenuhan standar; Daftar sumber daya manusia, sarana, prasarana, dan peralatan; Persetujuan Lingkungan; Sertifikat Laik Fungsi",
               duration=H30),
        ], category="Penanaman Modal dan Perizinan"),
        Unit("Kepala Bidang Pengaduan, Kebijakan dan Pelaporan Layanan", ["Pengelola Pengaduan Perizinan"], [
            sv("Pelayanan Informasi, Konsultasi, dan Pengaduan Perizinan",
               "Pelayanan informasi persyaratan perizinan, konsultasi penggunaan Sistem OSS, serta penerimaan dan penanganan pengaduan atas penyelenggaraan pelayanan perizinan.",
               "Identitas pemohon atau pengadu; Nomor permohonan perizinan apabila ada",
               duration=SAAT),
            sv("Fasilitasi Promosi dan Kemitraan Penanaman Modal",
               "Pelayanan penyediaan informasi peluang investasi, fasilitasi temu usaha, dan kemitraan antara penanam modal dengan usaha mikro, kecil, dan menengah.",
               "Surat permohonan; Profil usaha atau rencana investasi",
               duration=H7),
        ], category="Penanaman Modal dan Perizinan"),
    ],
    frontdesk=["Petugas Front Office Mal Pelayanan Publik", "Petugas Layanan Informasi Perizinan"],
))

add(Org(
    "B015", short_name="Dinsos PPKB",
    address="Jl. K.H. Wahid Hasyim No. 21, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    phone="(0333) 400001", email="dinsosppkb@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang sosial, bidang pemberdayaan perempuan dan pelindungan anak, serta bidang pengendalian penduduk dan keluarga berencana.",
    authority_note="Penetapan penerima Program Keluarga Harapan, bantuan sembako, dan Penerima Bantuan Iuran Jaminan Kesehatan dari APBN merupakan kewenangan Kementerian Sosial.",
    head="Kepala Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana", deputy=["Sekretaris Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana"],
    units=[
        Unit("Kepala Bidang Perlindungan dan Jaminan Sosial", ["Pengelola Data Kesejahteraan Sosial", "Operator Sistem Informasi Kesejahteraan Sosial", "Pekerja Sosial Ahli Pertama"], [
            sv("Pendaftaran dan Pemutakhiran Data Tunggal Sosial dan Ekonomi Nasional",
               "Pelayanan pengusulan, pemutakhiran, dan perbaikan data keluarga dalam Data Tunggal Sosial dan Ekonomi Nasional (DTSEN), yang sebelumnya Data Terpadu Kesejahteraan Sosial, sebagai dasar penetapan sasaran program perlindungan sosial.",
               KTP + "; " + KK + "; Surat pengantar dari Desa/Kelurahan atau hasil musyawarah desa/kelurahan",
               duration=H14, url="https://cekbansos.kemensos.go.id", kw="DTSEN;DTKS"),
            sv("Pelayanan Usulan Pengaktifan Kembali Kepesertaan Penerima Bantuan Iuran Jaminan Kesehatan",
               "Pelayanan pengusulan pengaktifan kembali kepesertaan Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK) yang dinonaktifkan bagi penduduk tidak mampu yang sedang membutuhkan pelayanan kesehatan.",
               KTP + "; " + KK + "; Surat keterangan dari fasilitas pelayanan kesehatan bahwa peserta sedang menjalani perawatan; Surat Keterangan Tidak Mampu dari Desa/Kelurahan",
               duration=H3, authority="central",
               note="Penetapan peserta PBI Jaminan Kesehatan yang dibiayai APBN merupakan kewenangan Kementerian Sosial.", kw="PBI-JK"),
            sv("Pelayanan Informasi dan Pengaduan Program Keluarga Harapan",
               "Pelayanan informasi kepesertaan, penyaluran, serta penerimaan pengaduan Program Keluarga Harapan (PKH) melalui koordinator dan pendamping sosial PKH kabupaten.",
               KTP + "; " + KK + "; Kartu Keluarga Sejahtera apabila ada",
               duration=H7, authority="central",
               note="Penetapan penerima dan besaran bantuan Program Keluarga Harapan merupakan kewenangan Kementerian Sosial.", kw="PKH"),
            sv("Pelayanan Informasi dan Pengaduan Program Bantuan Sembako",
               "Pelayanan informasi kepesertaan dan penerimaan pengaduan penyaluran bantuan sembako atau Bantuan Pangan Non Tunai (BPNT) bagi keluarga penerima manfaat.",
               KTP + "; " + KK + "; Kartu Keluarga Sejahtera apabila ada",
               duration=H7, authority="central",
               note="Penetapan penerima bantuan sembako merupakan kewenangan Kementerian Sosial.", kw="BPNT"),
            sv("Penerbitan Surat Rekomendasi Keringanan Biaya Pelayanan Kesehatan bagi Warga Tidak Mampu",
               "Pelayanan penerbitan surat rekomendasi bagi warga tidak mampu yang tidak memiliki jaminan kesehatan untuk memperoleh keringanan atau pembebasan biaya pelayanan kesehatan di rumah sakit milik Pemerintah Kabupaten.",
               KTP + "; " + KK + "; Surat Keterangan Tidak Mampu dari Desa/Kelurahan yang diketahui Camat; Surat keterangan rawat inap atau rincian biaya dari rumah sakit",
               duration=H1),
            sv("Penerbitan Surat Keterangan Terdaftar dalam Data Kesejahteraan Sosial",
               "Pelayanan penerbitan surat keterangan yang menerangkan bahwa keluarga terdaftar dalam data kesejahteraan sosial, untuk keperluan beasiswa, keringanan biaya pendidikan, dan program perlindungan sosial lainnya.",
               KTP + "; " + KK + "; Surat pengantar dari Desa/Kelurahan",
               duration=H1),
            sv("Pemberian Bantuan Sosial bagi Korban Bencana",
               "Pelayanan pemberian bantuan sosial berupa kebutuhan dasar, perlengkapan keluarga, dan santunan bagi korban bencana alam dan bencana sosial, termasuk penyelenggaraan dapur umum bersama Taruna Siaga Bencana.",
               "Surat permohonan dari Kepala Desa/Lurah atau Camat; Data korban by name by address; " + KTP + " dan " + KK + " korban; Surat keterangan kejadian bencana",
               duration="Paling lama 1 x 24 jam setelah laporan diterima", kw="Tagana"),
            sv("Pemberian Santunan Kematian bagi Ahli Waris Korban Bencana",
               "Pelayanan pemberian santunan kepada ahli waris korban meninggal dunia akibat bencana alam atau bencana sosial.",
               "Surat permohonan; Surat keterangan kematian; " + KTP + " dan " + KK + " ahli waris; Surat keterangan ahli waris dari Desa/Kelurahan; Surat keterangan kejadian bencana",
               duration=H14),
        ], category="Sosial"),
        Unit("Kepala Bidang Rehabilitasi Sosial", ["Pekerja Sosial Ahli Muda", "Pekerja Sosial Ahli Pertama", "Penyuluh Sosial"], [
            sv("Rehabilitasi Sosial Orang Dengan Gangguan Jiwa Terlantar",
               "Pelayanan penjangkauan, asesmen, dan rujukan rehabilitasi sosial bagi Orang Dengan Gangguan Jiwa yang terlantar di jalan atau tidak memiliki keluarga, bekerja sama dengan fasilitas pelayanan kesehatan jiwa dan balai rehabilitasi sosial.",
               "Laporan dari masyarakat, pemerintah desa/kelurahan, atau Satuan Polisi Pamong Praja; Identitas apabila diketahui",
               duration=H3, kw="ODGJ"),
            sv("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar dan Pemberian Alat Bantu",
               "Pelayanan rehabilitasi sosial dasar bagi penyandang disabilitas terlantar, termasuk pemberian alat bantu berupa kursi roda, kruk, tongkat, dan alat bantu dengar.",
               KTP + " atau identitas lain; " + KK + "; Surat keterangan disabilitas dari tenaga medis atau pemerintah desa; Surat permohonan dari keluarga atau pemerintah desa",
               duration=H14),
            sv("Rehabilitasi Sosial Dasar Lanjut Usia Terlantar",
               "Pelayanan pemenuhan kebutuhan dasar, perawatan sosial, dan rujukan ke panti atau lembaga kesejahteraan sosial bagi lanjut usia terlantar.",
               "Laporan atau permohonan dari keluarga, masyarakat, atau pemerintah desa; " + KTP + " apabila ada",
               duration=H7),
            sv("Rehabilitasi Sosial Dasar Anak Terlantar",
               "Pelayanan perlindungan dan rehabilitasi sosial dasar bagi anak terlantar, anak jalanan, dan anak yang memerlukan perlindungan khusus, termasuk pengasuhan sementara melalui lembaga kesejahteraan sosial anak.",
               "Laporan dari masyarakat, pemerintah desa, atau instansi terkait; Akta kelahiran atau identitas anak apabila ada",
               duration=H3),
            sv("Penjangkauan dan Rehabilitasi Sosial Gelandangan dan Pengemis",
               "Pelayanan penjangkauan, identifikasi, pembinaan, dan pemulangan gelandangan dan pengemis ke daerah asal atau keluarga.",
               "Hasil penertiban atau laporan dari masyarakat dan Satuan Polisi Pamong Praja",
               duration=H3),
            sv("Pelayanan Pemulangan Orang Terlantar ke Daerah Asal",
               "Pelayanan pemberian bantuan transportasi dan pemulangan bagi orang terlantar dalam perjalanan yang kehabisan bekal ke daerah asal.",
               "Identitas diri; Surat keterangan dari Kepolisian atau instansi yang menemukan; Keterangan alamat daerah asal",
               duration=H1),
            sv("Pelayanan Pemakaman Jenazah Terlantar",
               "Pelayanan pemulasaraan dan pemakaman jenazah tanpa identitas atau jenazah yang tidak diketahui keluarganya di wilayah Kabupaten Banyuwangi.",
               "Surat keterangan dari Kepolisian; Surat keterangan kematian dari rumah sakit",
               duration=H1),
        ], category="Sosial"),
        Unit("Kepala Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin", ["Penyuluh Sosial Ahli Muda", "Pengelola Lembaga Kesejahteraan Sosial"], [
            sv("Penerbitan Tanda Daftar Lembaga Kesejahteraan Sosial",
               "Pelayanan pendaftaran dan penerbitan tanda daftar bagi Lembaga Kesejahteraan Sosial, termasuk Lembaga Kesejahteraan Sosial Anak dan panti sosial yang diselenggarakan masyarakat.",
               "Surat permohonan; Akta pendirian dan pengesahan badan hukum; Anggaran dasar dan anggaran rumah tangga; Susunan pengurus; Surat keterangan domisili; Program kerja; Data penerima manfaat",
               duration=H14, kw="LKS"),
            sv("Penerbitan Izin Pengumpulan Uang atau Barang",
               "Pelayanan penerbitan izin penyelenggaraan pengumpulan uang atau barang untuk kegiatan sosial, kemanusiaan, dan keagamaan di wilayah Kabupaten Banyuwangi.",
               "Surat permohonan; Akta pendirian organisasi; Rencana kegiatan dan penggunaan hasil pengumpulan; Susunan panitia; Surat pernyataan kesediaan diaudit",
               duration=H14, kw="PUB"),
            sv("Pemberian Bantuan Usaha Ekonomi Produktif melalui Kelompok Usaha Bersama",
               "Pelayanan pemberian bantuan modal usaha ekonomi produktif dan pendampingan bagi keluarga miskin yang tergabung dalam Kelompok Usaha Bersama (KUBE).",
               "Proposal kelompok; Susunan pengurus dan anggota; Fotokopi KTP-el dan Kartu Keluarga anggota; Surat keterangan dari Kepala Desa/Lurah",
               duration=JADWAL, kw="KUBE"),
        ], category="Sosial"),
        Unit("Kepala Bidang Pemberdayaan Perempuan dan Pelindungan Anak", ["Analis Perlindungan Anak", "Konselor Pusat Pembelajaran Keluarga"], [
            sv("Pelayanan Konseling Keluarga melalui Pusat Pembelajaran Keluarga",
               "Pelayanan informasi, konseling, dan pendampingan pengasuhan bagi keluarga mengenai ketahanan keluarga, pengasuhan anak, dan pencegahan perkawinan anak melalui Pusat Pembelajaran Keluarga (PUSPAGA).",
               "Identitas pemohon layanan; Pendaftaran jadwal konseling",
               duration=SAAT, kw="PUSPAGA"),
            sv("Pembentukan dan Pembinaan Perlindungan Anak Terpadu Berbasis Masyarakat",
               "Pelayanan pembentukan dan pembinaan aktivis Perlindungan Anak Terpadu Berbasis Masyarakat (PATBM) di desa/kelurahan untuk pencegahan dan deteksi dini kekerasan terhadap anak.",
               "Surat permohonan dari Kepala Desa/Lurah; Daftar calon aktivis",
               duration=JADWAL),
            sv("Pemberdayaan Ekonomi Perempuan Kepala Keluarga",
               "Pelayanan pelatihan keterampilan dan pendampingan usaha bagi perempuan kepala keluarga, perempuan penyintas kekerasan, dan perempuan dari keluarga rentan.",
               KTP + "; " + KK + "; Surat keterangan dari Kepala Desa/Lurah",
               duration=JADWAL),
        ], category="Pemberdayaan Perempuan dan Pelindungan Anak"),
        Unit("Kepala Bidang Pengendalian Penduduk dan Keluarga Berencana", ["Penyuluh Keluarga Berencana Ahli Muda", "Penyuluh Keluarga Berencana Ahli Pertama", "Pengelola Data Keluarga"], [
            sv("Pelayanan Kontrasepsi Metode Kontrasepsi Jangka Panjang dan Metode Operasi",
               "Pelayanan fasilitasi pemasangan Alat Kontrasepsi Dalam Rahim, implan, serta tindakan Metode Operasi Wanita dan Metode Operasi Pria tanpa biaya bagi pasangan usia subur melalui fasilitas pelayanan kesehatan mitra.",
               KTP + " pasangan; " + KK + "; Surat persetujuan tindakan medis dari pasangan; Kartu peserta keluarga berencana apabila ada",
               duration=JADWAL, kw="MKJP;MOW;MOP"),
            sv("Penyuluhan dan Konseling Keluarga Berencana",
               "Pelayanan komunikasi, informasi, edukasi, dan konseling keluarga berencana dan kesehatan reproduksi oleh Penyuluh Keluarga Berencana di tingkat kecamatan dan desa.",
               "Tidak ada persyaratan khusus",
               duration=SAAT),
            sv("Pendampingan Keluarga Berisiko Stunting",
               "Pelayanan pendampingan calon pengantin, ibu hamil, ibu pascasalin, dan keluarga yang memiliki anak di bawah dua tahun oleh Tim Pendamping Keluarga dalam rangka percepatan penurunan stunting.",
               KK + "; Buku Kesehatan Ibu dan Anak",
               duration=JADWAL, kw="TPK"),
            sv("Pendampingan Calon Pengantin melalui Aplikasi Elektronik Siap Nikah dan Hamil",
               "Pelayanan pemeriksaan kesiapan menikah dan hamil bagi calon pengantin melalui aplikasi Elektronik Siap Nikah dan Hamil (Elsimil) paling lambat tiga bulan sebelum pernikahan.",
               KTP + " calon pengantin; Hasil pemeriksaan tinggi badan, berat badan, lingkar lengan atas, dan kadar hemoglobin",
               duration=SAAT, kw="Elsimil"),
            sv("Pembinaan Kelompok Bina Keluarga Balita, Bina Keluarga Remaja, dan Bina Keluarga Lansia",
               "Pelayanan pembinaan kelompok kegiatan Bina Keluarga Balita, Bina Keluarga Remaja, Bina Keluarga Lansia, serta Pusat Informasi dan Konseling Remaja di desa/kelurahan.",
               "Surat permohonan pembinaan dari kelompok atau pemerintah desa",
               duration=JADWAL),
            sv("Pelaksanaan Pendataan Keluarga",
               "Pelayanan pendataan dan pemutakhiran data keluarga mengenai demografi, keluarga berencana, dan pembangunan keluarga sebagai dasar perencanaan program kependudukan.",
               KK,
               duration=JADWAL),
        ], category="Pengendalian Penduduk dan Keluarga Berencana"),
    ],
    frontdesk=["Petugas Layanan Informasi dan Pengaduan Sosial"],
))

add(Org(
    "B016", short_name="Dispendukcapil",
    address="Jl. K.H. Agus Salim No. 95, Kelurahan Mojopanggung, Kecamatan Giri",
    phone="(0333) 400002", email="dispendukcapil@banyuwangikab.go.id",
    hours="Senin-Jumat 07.30-15.00; Sabtu 08.00-12.00",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang administrasi kependudukan dan pencatatan sipil.",
    authority_note="Pencatatan perkawinan dan perceraian bagi penduduk beragama Islam dilaksanakan oleh Kantor Urusan Agama dan Pengadilan Agama.",
    head="Kepala Dinas Kependudukan dan Pencatatan Sipil", deputy=["Sekretaris Dinas Kependudukan dan Pencatatan Sipil"],
    units=[
        Unit("Kepala Bidang Pelayanan Pendaftaran Penduduk", ["Administrator Database Kependudukan", "Pengolah Data Pelayanan Pendaftaran Penduduk", "Operator Perekaman KTP-el", "Operator Pencetakan Dokumen Kependudukan", "Pengolah Data Perpindahan Penduduk"], [
            sv("Penerbitan Kartu Tanda Penduduk Elektronik (KTP-el) bagi Penduduk Wajib KTP-el",
               "Pelayanan perekaman data biometrik dan penerbitan KTP-el bagi penduduk Warga Negara Indonesia yang telah berusia 17 (tujuh belas) tahun, sudah kawin, atau pernah kawin.",
               KK + "; Berusia 17 (tujuh belas) tahun atau sudah kawin/pernah kawin yang dibuktikan dengan kutipan akta perkawinan atau buku nikah",
               duration=SAAT, kw="KTP-el"),
            sv("Penerbitan Kartu Tanda Penduduk Elektronik (KTP-el) karena Hilang atau Rusak",
               "Pelayanan penerbitan kembali KTP-el bagi penduduk yang KTP-el-nya hilang atau rusak.",
               "Surat keterangan kehilangan dari Kepolisian bagi KTP-el yang hilang; KTP-el yang rusak; " + KK,
               duration=SAAT),
            sv("Penerbitan Kartu Tanda Penduduk Elektronik (KTP-el) karena Perubahan Elemen Data",
               "Pelayanan penerbitan KTP-el baru sebagai akibat perubahan elemen data penduduk, antara lain alamat, status perkawinan, agama, dan pekerjaan.",
               "KTP-el lama; " + KK + " yang telah memuat perubahan data; Dokumen pendukung perubahan data",
               duration=SAAT),
            sv("Pelayanan Perekaman KTP-el bagi Penduduk Lanjut Usia, Penyandang Disabilitas, dan Orang Sakit",
               "Pelayanan perekaman KTP-el di tempat tinggal atau fasilitas pelayanan kesehatan bagi penduduk lanjut usia, penyandang disabilitas, dan orang sakit yang tidak dapat datang ke tempat pelayanan.",
               "Surat permohonan dari keluarga atau Pemerintah Desa/Kelurahan; " + KK + "; Surat keterangan sakit atau keterangan kondisi dari Desa/Kelurahan",
               duration=H7),
            sv("Penerbitan Kartu Keluarga Baru",
               "Pelayanan penerbitan Kartu Keluarga bagi penduduk yang membentuk keluarga baru atau memisahkan diri dari Kartu Keluarga lama.",
               "Fotokopi buku nikah atau kutipan akta perkawinan; Kartu Keluarga lama; Surat keterangan pindah bagi penduduk yang pindah dari luar daerah; Formulir biodata keluarga (F-1.01)",
               duration=SAAT),
            sv("Penerbitan Kartu Keluarga karena Perubahan Data",
               "Pelayanan penerbitan Kartu Keluarga sebagai akibat penambahan atau pengurangan anggota keluarga dan perubahan elemen data anggota keluarga.",
               "Kartu Keluarga lama; Kutipan akta kelahiran bagi penambahan anak; Kutipan akta kematian bagi pengurangan anggota keluarga; Dokumen pendukung perubahan data lainnya",
               duration=SAAT),
            sv("Penerbitan Kartu Keluarga karena Hilang atau Rusak",
               "Pelayanan penerbitan kembali Kartu Keluarga yang hilang atau rusak.",
               "Surat keterangan kehilangan dari Kepolisian atau Kartu Keluarga yang rusak; " + KTP + " kepala keluarga atau anggota keluarga",
               duration=SAAT),
            sv("Penerbitan Kartu Identitas Anak (KIA)",
               "Pelayanan penerbitan Kartu Identitas Anak bagi anak Warga Negara Indonesia yang berusia kurang dari 17 (tujuh belas) tahun dan belum kawin.",
               "Fotokopi kutipan akta kelahiran; " + KK + " orang tua/wali; KTP-el kedua orang tua/wali; Pas foto berwarna anak bagi anak berusia 5 (lima) tahun ke atas",
               duration=SAAT, kw="KIA"),
            sv("Pelayanan Pendaftaran Perpindahan Penduduk ke Luar Kabupaten",
               "Pelayanan penerbitan Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) bagi penduduk Kabupaten Banyuwangi yang akan pindah ke kabupaten/kota atau provinsi lain.",
               "Kartu Keluarga; KTP-el; Formulir permohonan pindah; Surat pernyataan tanggung jawab mutlak bagi penduduk yang tidak seluruh anggota keluarganya pindah",
               duration=SAAT, kw="SKPWNI"),
            sv("Pelayanan Pendaftaran Kedatangan Penduduk",
               "Pelayanan pendaftaran penduduk yang datang dari luar Kabupaten Banyuwangi dan penerbitan Kartu Keluarga serta KTP-el dengan alamat baru.",
               "Surat Keterangan Pindah Warga Negara Indonesia dari daerah asal; " + KTP + "; Formulir permohonan pindah datang",
               duration=SAAT),
            sv("Pelayanan Perpindahan Penduduk dalam Wilayah Kabupaten",
               "Pelayanan pendaftaran perpindahan penduduk antardesa/kelurahan dan antarkecamatan dalam wilayah Kabupaten Banyuwangi beserta penerbitan Kartu Keluarga dan KTP-el dengan alamat baru.",
               "Kartu Keluarga; KTP-el; Formulir permohonan pindah; Surat persetujuan kepala keluarga yang ditumpangi apabila menumpang dalam Kartu Keluarga",
               duration=SAAT),
            sv("Pelayanan Perubahan Biodata Penduduk",
               "Pelayanan perubahan elemen data penduduk pada database kependudukan, meliputi pendidikan, pekerjaan, agama, status perkawinan, golongan darah, dan elemen data lainnya.",
               "Kartu Keluarga; KTP-el; Dokumen pendukung perubahan, antara lain ijazah, surat keputusan pengangkatan, buku nikah, atau surat keterangan hasil pemeriksaan golongan darah; Formulir biodata (F-1.06)",
               duration=SAAT),
            sv("Aktivasi Identitas Kependudukan Digital (IKD)",
               "Pelayanan verifikasi dan aktivasi Identitas Kependudukan Digital melalui aplikasi pada telepon seluler pintar bagi penduduk yang telah memiliki KTP-el.",
               "KTP-el; Telepon seluler pintar dengan alamat surat elektronik dan nomor yang aktif; Aplikasi Identitas Kependudukan Digital yang telah diunduh",
               duration="Paling lama 30 (tiga puluh) menit", kw="IKD"),
            sv("Penerbitan Biodata Penduduk Warga Negara Indonesia",
               "Pelayanan pencetakan biodata penduduk Warga Negara Indonesia sesuai data dalam database kependudukan untuk keperluan administrasi.",
               KTP + "; " + KK,
               duration=SAAT),
            sv("Pendaftaran Penduduk Rentan Administrasi Kependudukan",
               "Pelayanan pendataan dan penerbitan dokumen kependudukan bagi penduduk rentan administrasi kependudukan, antara lain penghuni panti sosial, penduduk terlantar, komunitas terpencil, dan Orang Dengan Gangguan Jiwa.",
               "Surat permohonan dari lembaga, panti, atau Pemerintah Desa/Kelurahan; Data identitas penduduk yang diketahui; Surat pernyataan tanggung jawab mutlak dari pimpinan lembaga",
               duration=H7),
        ], category="Administrasi Kependudukan"),
        Unit("Kepala Bidang Pelayanan Pencatatan Sipil", ["Pengolah Data Pencatatan Kelahiran dan Kematian", "Pengolah Data Pencatatan Perkawinan dan Perceraian", "Pencatat Register Akta"], [
            sv("Pelayanan Pencatatan Kelahiran dan Penerbitan Kutipan Akta Kelahiran",
               "Pelayanan pencatatan peristiwa kelahiran dan penerbitan Kutipan Akta Kelahiran bagi anak Warga Negara Indonesia yang lahir di wilayah Kabupaten Banyuwangi maupun penduduk Kabupaten Banyuwangi yang lahir di luar daerah.",
               "Surat keterangan kelahiran dari rumah sakit, Puskesmas, fasilitas pelayanan kesehatan, atau Kepala Desa/Lurah; Fotokopi buku nikah atau kutipan akta perkawinan orang tua; " + KK + " orang tua; Fotokopi KTP-el orang tua; Fotokopi KTP-el 2 (dua) orang saksi; Formulir pelaporan pencatatan sipil (F-2.01)",
               duration=SAAT),
            sv("Pencatatan Kelahiran dengan Surat Pernyataan Tanggung Jawab Mutlak",
               "Pelayanan pencatatan kelahiran bagi penduduk yang tidak memiliki surat keterangan kelahiran atau buku nikah/kutipan akta perkawinan orang tua, dengan melampirkan Surat Pernyataan Tanggung Jawab Mutlak (SPTJM).",
               "SPTJM kebenaran data kelahiran atau SPTJM kebenaran sebagai pasangan suami istri; " + KK + "; Fotokopi KTP-el orang tua dan 2 (dua) orang saksi; Formulir pelaporan pencatatan sipil",
               duration=SAAT, kw="SPTJM"),
            sv("Pelayanan Pencatatan Kematian dan Penerbitan Kutipan Akta Kematian",
               "Pelayanan pencatatan peristiwa kematian penduduk dan penerbitan Kutipan Akta Kematian, disertai pemutakhiran Kartu Keluarga anggota keluarga yang ditinggalkan.",
               "Surat keterangan kematian dari rumah sakit, Puskesmas, atau Kepala Desa/Lurah; Kartu Keluarga dan KTP-el almarhum; Fotokopi KTP-el pelapor dan 2 (dua) orang saksi; Formulir pelaporan pencatatan sipil",
               duration=SAAT),
            sv("Pelayanan Pencatatan Perkawinan bagi Penduduk Non-Muslim dan Penerbitan Kutipan Akta Perkawinan",
               "Pelayanan pencatatan perkawinan yang telah dilaksanakan menurut hukum agama dan kepercayaan selain Islam serta penerbitan Kutipan Akta Perkawinan.",
               "Surat keterangan telah terjadinya perkawinan dari pemuka agama atau penghayat kepercayaan; Fotokopi KTP-el dan Kartu Keluarga kedua mempelai; Fotokopi kutipan akta kelahiran kedua mempelai; Pas foto berdampingan ukuran 4x6 cm; Fotokopi KTP-el 2 (dua) orang saksi; Izin orang tua bagi mempelai yang belum berusia 21 (dua puluh satu) tahun; Akta perceraian atau akta kematian pasangan bagi yang pernah kawin",
               duration=SAAT),
            sv("Pelayanan Pencatatan Perceraian bagi Penduduk Non-Muslim dan Penerbitan Kutipan Akta Perceraian",
               "Pelayanan pencatatan perceraian bagi penduduk beragama selain Islam berdasarkan putusan pengadilan yang telah mempunyai kekuatan hukum tetap, serta penerbitan Kutipan Akta Perceraian.",
               "Salinan putusan pengadilan yang telah mempunyai kekuatan hukum tetap; Kutipan akta perkawinan asli; Fotokopi KTP-el dan Kartu Keluarga yang bersangkutan; Formulir pelaporan pencatatan sipil",
               duration=SAAT),
            sv("Pencatatan Pengakuan dan Pengesahan Anak",
               "Pelayanan pencatatan pengakuan anak oleh ayah biologis dan pengesahan anak yang lahir sebelum perkawinan orang tuanya dicatatkan, serta penerbitan catatan pinggir pada akta kelahiran.",
               "Kutipan akta kelahiran anak; Kutipan akta perkawinan orang tua; Surat pengakuan anak dari ayah biologis yang disetujui ibu kandung; Fotokopi KTP-el dan Kartu Keluarga orang tua",
               duration=SAAT),
            sv("Penerbitan Kutipan Kedua Akta Pencatatan Sipil",
               "Pelayanan penerbitan kutipan kedua atau kutipan berikutnya atas akta kelahiran, akta kematian, akta perkawinan, dan akta perceraian yang hilang atau rusak.",
               "Surat keterangan kehilangan dari Kepolisian atau akta yang rusak; Fotokopi akta apabila ada; " + KK + "; Fotokopi KTP-el",
               duration=SAAT),
            sv("Pembetulan Akta Pencatatan Sipil",
               "Pelayanan pembetulan akta pencatatan sipil yang memuat kesalahan tulis redaksional berdasarkan dokumen otentik yang menjadi dasar penerbitan akta.",
               "Akta pencatatan sipil yang akan dibetulkan; Dokumen otentik yang menjadi dasar pembetulan; " + KK + "; Fotokopi KTP-el",
               duration=SAAT),
        ], category="Administrasi Kependudukan"),
        Unit("Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan dan Pemanfaatan Data", ["Pranata Komputer Administrasi Kependudukan", "Pengelola Pemanfaatan Data Kependudukan"], [
            sv("Pelayanan Legalisasi Dokumen Kependudukan",
               "Pelayanan legalisasi fotokopi dokumen kependudukan dan akta pencatatan sipil yang diterbitkan Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyuwangi.",
               "Dokumen kependudukan asli; Fotokopi dokumen yang akan dilegalisasi",
               duration=SAAT),
            sv("Pelayanan Pemberian Hak Akses dan Pemanfaatan Data Kependudukan",
               "Pelayanan fasilitasi perjanjian kerja sama dan pemberian hak akses pemanfaatan data kependudukan bagi lembaga pengguna untuk keperluan pelayanan publik, perencanaan pembangunan, dan penegakan hukum.",
               "Surat permohonan dari pimpinan lembaga; Rancangan perjanjian kerja sama; Uraian maksud dan tujuan pemanfaatan data",
               duration=H14),
            sv("Pelayanan Penyelesaian Data Kependudukan Ganda",
               "Pelayanan penelitian dan penyelesaian data penduduk yang tercatat ganda atau memiliki lebih dari satu Nomor Induk Kependudukan dalam database kependudukan.",
               KTP + "; " + KK + "; Dokumen kependudukan yang berbeda",
               duration=H3, kw="NIK"),
            sv("Pelayanan Permohonan Data Agregat Kependudukan",
               "Pelayanan penyediaan data agregat kependudukan menurut wilayah, jenis kelamin, usia, pendidikan, dan pekerjaan bagi perangkat daerah, lembaga, dan masyarakat.",
               "Surat permohonan yang memuat jenis data dan tujuan penggunaan; Identitas pemohon",
               duration=H3),
        ], category="Administrasi Kependudukan"),
    ],
    frontdesk=["Petugas Layanan Informasi Kependudukan", "Petugas Loket Pengambilan Dokumen"],
))


# =============================================================================================
# Desa, perhubungan, kominfo, koperasi dan perdagangan, perikanan, pertanian
# =============================================================================================

add(Org(
    "B017", short_name="DPMD",
    address="Jl. Jenderal Ahmad Yani No. 100, Kantor Pemerintah Kabupaten Banyuwangi",
    email="dpmd@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang pemberdayaan masyarakat dan desa.",
    head="Kepala Dinas Pemberdayaan Masyarakat dan Desa",
    units=[
        Unit("Kepala Bidang Pemerintahan Desa", ["Analis Pemerintahan Desa", "Pengelola Administrasi Pemerintahan Desa"], [
            sv("Fasilitasi Pengangkatan dan Pemberhentian Perangkat Desa",
               "Pelayanan fasilitasi dan pembinaan pelaksanaan penjaringan, penyaringan, pengangkatan, dan pemberhentian perangkat desa sesuai ketentuan peraturan daerah.",
               "Surat permohonan dari Kepala Desa; Rekomendasi Camat; Berita acara hasil penjaringan dan penyaringan; Dokumen persyaratan calon perangkat desa",
               duration=H14),
            sv("Fasilitasi Pemilihan Kepala Desa dan Penyelesaian Perselisihan Hasil Pemilihan",
               "Pelayanan fasilitasi penyelenggaraan pemilihan kepala desa serentak dan antarwaktu, serta penyelesaian perselisihan hasil pemilihan kepala desa oleh Bupati.",
               "Surat pengajuan dari Badan Permusyawaratan Desa; Berita acara tahapan pemilihan; Surat keberatan beserta bukti bagi pengajuan perselisihan",
               duration=H30),
            sv("Fasilitasi Penataan dan Penegasan Batas Desa",
               "Pelayanan fasilitasi penelitian dokumen, pelacakan, dan penegasan batas antardesa dalam wilayah Kabupaten Banyuwangi.",
               "Surat permohonan dari Kepala Desa yang berbatasan; Peta desa; Berita acara kesepakatan batas apabila ada",
               duration=JADWAL),
            sv("Pembinaan Lembaga Kemasyarakatan Desa dan Lembaga Adat Desa",
               "Pelayanan fasilitasi pembentukan dan pembinaan Lembaga Pemberdayaan Masyarakat Desa, Tim Penggerak PKK, Rukun Tetangga, Rukun Warga, dan lembaga adat desa.",
               "Surat permohonan; Peraturan desa tentang lembaga kemasyarakatan desa; Susunan pengurus",
               duration=JADWAL),
        ], category="Pemberdayaan Masyarakat dan Desa"),
        Unit("Kepala Bidang Keuangan dan Aset Desa", ["Analis Keuangan Desa", "Operator Sistem Keuangan Desa"], [
            sv("Fasilitasi dan Evaluasi Penyaluran Dana Desa",
               "Pelayanan verifikasi kelengkapan dokumen persyaratan penyaluran Dana Desa setiap tahap dan pemantauan penggunaannya sesuai prioritas penggunaan Dana Desa.",
               "Peraturan desa tentang APBDes; Laporan realisasi penyerapan dan capaian keluaran tahap sebelumnya; Rekomendasi Camat",
               duration=H7),
            sv("Evaluasi Rancangan Peraturan Desa tentang Anggaran Pendapatan dan Belanja Desa",
               "Pelayanan fasilitasi evaluasi rancangan peraturan desa tentang APBDes, perubahan APBDes, dan pertanggungjawaban realisasi APBDes.",
               "Rancangan peraturan desa; Berita acara musyawarah Badan Permusyawaratan Desa; Rencana Kerja Pemerintah Desa",
               duration=H14),
            sv("Pendampingan Penggunaan Sistem Keuangan Desa",
               "Pelayanan bimbingan teknis dan pendampingan perangkat desa dalam penggunaan aplikasi Sistem Keuangan Desa (Siskeudes) untuk perencanaan, penatausahaan, dan pelaporan keuangan desa.",
               "Surat permohonan dari Kepala Desa",
               duration=JADWAL, kw="Siskeudes"),
        ], category="Pemberdayaan Masyarakat dan Desa"),
        Unit("Kepala Bidang Pemberdayaan Masyarakat dan Usaha Ekonomi Desa", ["Analis Pemberdayaan Masyarakat Desa"], [
            sv("Fasilitasi Pendirian dan Pendaftaran Badan Hukum Badan Usaha Milik Desa",
               "Pelayanan fasilitasi pendirian, pendaftaran badan hukum, dan pembinaan pengelolaan Badan Usaha Milik Desa dan Badan Usaha Milik Desa Bersama.",
               "Peraturan desa tentang pendirian BUM Desa; Berita acara musyawarah desa; Anggaran dasar dan anggaran rumah tangga; Susunan pengurus; Rencana program kerja",
               duration=JADWAL, kw="BUM Desa"),
            sv("Pelayanan Data Indeks Desa",
               "Pelayanan pendampingan pengisian dan penyediaan data Indeks Desa sebagai dasar penetapan status perkembangan desa.",
               "Surat permohonan; Data isian Indeks Desa tahun berjalan",
               duration=H7),
        ], category="Pemberdayaan Masyarakat dan Desa"),
    ],
))

add(Org(
    "B018", short_name="Dishub",
    address="Jl. Letkol Istiqlah No. 40, Kelurahan Singonegaran, Kecamatan Banyuwangi",
    phone="(0333) 400003", email="dishub@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang perhubungan pada sub urusan lalu lintas dan angkutan jalan kewenangan kabupaten.",
    authority_note="Penerbitan Surat Izin Mengemudi dan registrasi kendaraan bermotor merupakan kewenangan Kepolisian Negara Republik Indonesia; terminal penumpang tipe A dan pelabuhan penyeberangan dikelola Kementerian Perhubungan.",
    head="Kepala Dinas Perhubungan", deputy=["Sekretaris Dinas Perhubungan"],
    units=[
        Unit("Kepala Bidang Angkutan", ["Penguji Kendaraan Bermotor Ahli Muda", "Pengelola Perizinan Angkutan", "Pengelola Terminal Penumpang"], [
            sv("Penerbitan Izin Penyelenggaraan Angkutan Orang dalam Trayek",
               "Pelayanan penerbitan izin penyelenggaraan angkutan perkotaan dan angkutan perdesaan dalam wilayah Kabupaten Banyuwangi.",
               "Surat permohonan; " + NIB + " bidang angkutan; Fotokopi Surat Tanda Nomor Kendaraan; Fotokopi bukti lulus uji berkala kendaraan bermotor; Surat pernyataan kesanggupan menyediakan fasilitas penyimpanan kendaraan",
               duration=H14),
            sv("Penerbitan Izin Penyelenggaraan Angkutan Orang Tidak dalam Trayek",
               "Pelayanan penerbitan izin angkutan sewa khusus, angkutan pariwisata, dan angkutan antarjemput yang wilayah operasinya dalam Kabupaten Banyuwangi.",
               "Surat permohonan; " + NIB + "; Fotokopi Surat Tanda Nomor Kendaraan; Fotokopi bukti lulus uji berkala; Surat pernyataan kepemilikan tempat penyimpanan kendaraan",
               duration=H14),
            sv("Pelayanan Penyelenggaraan Terminal Penumpang Tipe C",
               "Pelayanan pengaturan kedatangan, keberangkatan, dan naik turun penumpang angkutan perdesaan pada terminal penumpang tipe C milik Pemerintah Kabupaten Banyuwangi.",
               "Kartu pengawasan izin trayek; Bukti lulus uji berkala kendaraan",
               fee=RETRIB, duration="Setiap hari sesuai jam operasional terminal"),
        ], category="Perhubungan"),
        Unit("Kepala Bidang Lalu Lintas", ["Analis Lalu Lintas", "Teknisi Perlengkapan Jalan", "Pengelola Penerangan Jalan Umum"], [
            sv("Pemasangan dan Pemeliharaan Rambu Lalu Lintas, Marka Jalan, dan Alat Pemberi Isyarat Lalu Lintas",
               "Pelayanan penerimaan usulan dan pemasangan, penggantian, serta pemeliharaan rambu lalu lintas, marka jalan, cermin tikungan, dan Alat Pemberi Isyarat Lalu Lintas (APILL) pada jalan kabupaten.",
               "Surat usulan dari masyarakat, pemerintah desa, atau instansi; Informasi lokasi dan jenis perlengkapan jalan yang diperlukan",
               duration="Sesuai hasil survei dan ketersediaan anggaran", kw="APILL"),
            sv("Pelayanan Pemeliharaan Penerangan Jalan Umum",
               "Pelayanan penerimaan laporan dan perbaikan lampu Penerangan Jalan Umum yang padam atau rusak pada jalan kabupaten dan jalan lingkungan yang dikelola Pemerintah Kabupaten Banyuwangi.",
               "Laporan dari masyarakat atau pemerintah desa/kelurahan; Informasi lokasi dan nomor tiang apabila ada",
               duration="Paling lama 3 (tiga) hari kerja sejak laporan diterima", kw="PJU"),
            sv("Pelayanan Permohonan Pemasangan Baru Penerangan Jalan Umum",
               "Pelayanan penerimaan dan verifikasi usulan pemasangan titik baru Penerangan Jalan Umum pada ruas jalan kabupaten dan kawasan permukiman.",
               "Surat permohonan dari Kepala Desa/Lurah; Peta lokasi dan jumlah titik yang diusulkan",
               duration="Sesuai hasil survei dan ketersediaan anggaran"),
            sv("Penerbitan Persetujuan Analisis Dampak Lalu Lintas",
               "Pelayanan penilaian dokumen Analisis Dampak Lalu Lintas (Andalalin) dan penerbitan persetujuan bagi pembangunan pusat kegiatan, permukiman, dan infrastruktur pada jalan kabupaten.",
               "Surat permohonan; Dokumen hasil Analisis Dampak Lalu Lintas yang disusun tenaga ahli bersertifikat; Rencana tapak; Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang",
               duration=H30, kw="Andalalin"),
            sv("Penerbitan Rekomendasi Penggunaan Jalan Kabupaten untuk Kepentingan di Luar Fungsi Jalan",
               "Pelayanan penerbitan rekomendasi rekayasa dan pengalihan arus lalu lintas bagi penggunaan jalan kabupaten untuk kegiatan keagamaan, kenegaraan, olahraga, budaya, dan kegiatan masyarakat lainnya.",
               "Surat permohonan; " + KTP + " penanggung jawab kegiatan; Rencana kegiatan, waktu, dan ruas jalan yang digunakan",
               duration=H5,
               note="Izin penggunaan jalan untuk kegiatan masyarakat diterbitkan oleh Kepolisian Negara Republik Indonesia."),
        ], category="Perhubungan"),
        Unit("Kepala Bidang Pengendalian dan Operasional", ["Pengelola Perparkiran", "Petugas Pengendali Lalu Lintas"], [
            sv("Penerbitan Izin Penyelenggaraan Fasilitas Parkir untuk Umum",
               "Pelayanan penerbitan izin penyelenggaraan fasilitas parkir di luar ruang milik jalan bagi usaha perparkiran.",
               "Surat permohonan; " + NIB + "; Denah dan kapasitas tempat parkir; Bukti penguasaan lahan; Persetujuan Analisis Dampak Lalu Lintas apabila dipersyaratkan",
               duration=H14),
            sv("Pengelolaan Parkir di Tepi Jalan Umum",
               "Pelayanan penataan, penetapan titik, dan pengelolaan parkir di tepi jalan umum kabupaten beserta pembinaan juru parkir resmi.",
               "Surat permohonan penetapan titik parkir atau laporan pengaduan layanan parkir",
               fee=RETRIB, duration=H7),
            sv("Pelayanan Pengaturan dan Pengamanan Lalu Lintas pada Kegiatan Masyarakat",
               "Pelayanan penempatan petugas pengatur lalu lintas dan perlengkapan jalan sementara pada kegiatan masyarakat, hari besar keagamaan, dan penyelenggaraan acara daerah.",
               "Surat permohonan paling lambat 7 (tujuh) hari sebelum kegiatan; Rencana kegiatan dan lokasi",
               duration=H5),
        ], category="Perhubungan"),
    ],
))

add(Org(
    "B019", short_name="Diskominfo",
    address="Jl. Jenderal Ahmad Yani No. 100, Kantor Pemerintah Kabupaten Banyuwangi",
    email="diskominfo@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang komunikasi dan informatika, bidang statistik, dan bidang persandian.",
    head="Kepala Dinas Komunikasi, Informatika dan Persandian", head_style="it",
    units=[
        Unit("Kepala Bidang Informasi dan Komunikasi Publik", ["Pranata Humas Ahli Muda", "Pengelola Layanan Informasi Publik", "Pengelola Pengaduan Pelayanan Publik"], [
            sv("Pelayanan Pengaduan Masyarakat atas Penyelenggaraan Pelayanan Publik Pemerintah Daerah",
               "Pelayanan penerimaan, pendistribusian, dan pemantauan tindak lanjut pengaduan masyarakat atas penyelenggaraan pelayanan publik oleh perangkat daerah di lingkungan Pemerintah Kabupaten Banyuwangi.",
               "Identitas pengadu; Uraian pengaduan yang memuat objek, waktu, dan tempat; Bukti pendukung apabila ada",
               duration="Tindak lanjut paling lama 14 (empat belas) hari kerja"),
            sv("Pelayanan Permohonan Informasi Publik",
               "Pelayanan permohonan informasi publik kepada Pejabat Pengelola Informasi dan Dokumentasi (PPID) Utama Pemerintah Kabupaten Banyuwangi sesuai Undang-Undang tentang Keterbukaan Informasi Publik.",
               "Formulir permohonan informasi publik; " + KTP + " bagi pemohon perseorangan; Akta pendirian bagi pemohon badan hukum; Rincian informasi yang dimohon dan tujuan penggunaannya",
               duration="Paling lama 10 (sepuluh) hari kerja dan dapat diperpanjang 7 (tujuh) hari kerja", kw="PPID"),
            sv("Pelayanan Keberatan atas Permohonan Informasi Publik",
               "Pelayanan pengajuan keberatan kepada atasan PPID atas penolakan permohonan informasi, informasi yang tidak ditanggapi, atau tanggapan yang tidak sesuai permintaan.",
               "Formulir keberatan; Bukti permohonan informasi publik; " + KTP,
               duration="Paling lama 30 (tiga puluh) hari kerja"),
            sv("Pelayanan Penyebarluasan Informasi Pembangunan melalui Media Pemerintah Daerah",
               "Pelayanan peliputan dan penyebarluasan informasi kegiatan pemerintahan dan pembangunan melalui laman resmi, media sosial, dan media luar ruang Pemerintah Kabupaten Banyuwangi.",
               "Surat permohonan dari perangkat daerah atau lembaga; Bahan informasi yang akan dipublikasikan",
               duration=H3),
        ], category="Komunikasi dan Informatika"),
        Unit("Kepala Bidang Aplikasi Informatika dan Infrastruktur Teknologi Informasi", ["Pranata Komputer Ahli Muda", "Pranata Komputer Ahli Pertama", "Teknisi Jaringan"], [
            sv("Penyediaan Akses Internet bagi Pemerintah Desa dan Fasilitas Publik",
               "Pelayanan fasilitasi penyediaan jaringan internet bagi kantor desa, balai desa, dan ruang publik dalam rangka pengembangan desa digital.",
               "Surat permohonan dari Kepala Desa atau pengelola fasilitas publik; Data lokasi dan titik koordinat",
               duration="Sesuai hasil survei kelayakan jaringan"),
            sv("Pelayanan Pembuatan Subdomain dan Hosting Laman Resmi",
               "Pelayanan pembuatan subdomain banyuwangikab.go.id dan penyediaan ruang hosting bagi perangkat daerah, kecamatan, desa, dan kelurahan.",
               "Surat permohonan dari kepala perangkat daerah, Camat, atau Kepala Desa/Lurah; Nama subdomain yang diusulkan; Nama dan kontak pengelola",
               duration=H3),
            sv("Pelayanan Penanganan Gangguan Jaringan Intra Pemerintah",
               "Pelayanan penanganan gangguan jaringan internet dan intranet pada perangkat daerah, kecamatan, dan unit pelayanan di lingkungan Pemerintah Kabupaten Banyuwangi.",
               "Laporan gangguan dari perangkat daerah atau unit kerja",
               duration=H1),
            sv("Penerbitan Rekomendasi Pembangunan Menara Telekomunikasi",
               "Pelayanan penerbitan rekomendasi teknis lokasi pembangunan menara telekomunikasi bersama sesuai rencana induk penataan menara di Kabupaten Banyuwangi.",
               "Surat permohonan; Akta pendirian badan usaha; Titik koordinat lokasi; Persetujuan warga sekitar; Gambar rencana menara",
               duration=H14),
        ], category="Komunikasi dan Informatika"),
        Unit("Kepala Bidang Statistik dan Persandian", ["Statistisi Ahli Pertama", "Sandiman Ahli Muda"], [
            sv("Pelayanan Data Statistik Sektoral dan Satu Data Banyuwangi",
               "Pelayanan penyediaan data statistik sektoral dan metadata yang dihimpun dari perangkat daerah melalui portal Satu Data Kabupaten Banyuwangi.",
               "Surat permohonan atau akses melalui portal Satu Data; Identitas pemohon",
               duration=H3, kw="Satu Data"),
            sv("Pelayanan Penerbitan Sertifikat Elektronik bagi Aparatur",
               "Pelayanan pendaftaran dan verifikasi permohonan sertifikat elektronik untuk tanda tangan elektronik bagi pejabat dan aparatur di lingkungan Pemerintah Kabupaten Banyuwangi.",
               "Surat rekomendasi dari kepala perangkat daerah; KTP-el; Alamat surat elektronik dinas",
               duration=H3, authority="central",
               note="Sertifikat elektronik diterbitkan oleh Balai Besar Sertifikasi Elektronik Badan Siber dan Sandi Negara; Dinas bertindak sebagai otoritas pendaftaran.",
               kw="TTE"),
        ], category="Komunikasi dan Informatika"),
    ],
))

add(Org(
    "B020", short_name="Diskop UMP",
    address="Jl. Jenderal Ahmad Yani No. 86, Kelurahan Taman Baru, Kecamatan Banyuwangi",
    email="diskopump@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang koperasi, usaha kecil, dan menengah serta bidang perdagangan.",
    head="Kepala Dinas Koperasi, Usaha Mikro dan Perdagangan", deputy=["Sekretaris Dinas Koperasi, Usaha Mikro dan Perdagangan"],
    units=[
        Unit("Kepala Bidang Usaha Mikro", ["Penyuluh Koperasi dan Usaha Mikro", "Pengelola Data Usaha Mikro"], [
            sv("Pendampingan Perizinan Berusaha bagi Usaha Mikro",
               "Pelayanan pendampingan pendaftaran Nomor Induk Berusaha bagi pelaku usaha mikro melalui Sistem OSS sebagai pengganti Izin Usaha Mikro dan Kecil.",
               KTP + "; Nomor telepon seluler dan alamat surat elektronik yang aktif; Keterangan jenis dan lokasi usaha",
               duration=SAAT, url="https://oss.go.id", kw="IUMK"),
            sv("Pelatihan Kewirausahaan dan Peningkatan Kapasitas Usaha Mikro",
               "Pelayanan pelatihan kewirausahaan, manajemen usaha, pengemasan, dan pemasaran digital bagi pelaku usaha mikro.",
               KTP + "; Fotokopi " + NIB + "; Formulir pendaftaran peserta",
               duration=JADWAL),
            sv("Fasilitasi Akses Pembiayaan Kredit Usaha Rakyat",
               "Pelayanan informasi dan fasilitasi pengajuan Kredit Usaha Rakyat (KUR) serta pembiayaan lainnya bagi usaha mikro kepada lembaga penyalur.",
               KTP + "; " + KK + "; Fotokopi " + NIB + "; Surat keterangan usaha",
               duration=H7, kw="KUR"),
            sv("Fasilitasi Pemasaran Produk Usaha Mikro",
               "Pelayanan fasilitasi keikutsertaan pelaku usaha mikro dalam pameran, gerai produk unggulan daerah, dan etalase pemasaran daring.",
               "Fotokopi " + NIB + "; Sampel dan foto produk; Izin edar atau sertifikat produksi pangan bagi produk pangan",
               duration=JADWAL),
        ], category="Koperasi dan Usaha Mikro"),
        Unit("Kepala Bidang Koperasi", ["Pengawas Koperasi", "Analis Kelembagaan Koperasi"], [
            sv("Penyuluhan dan Pendampingan Pendirian Koperasi",
               "Pelayanan penyuluhan perkoperasian dan pendampingan rapat pembentukan koperasi sebelum pengajuan akta pendirian melalui notaris pembuat akta koperasi.",
               "Surat permohonan; Daftar calon anggota pendiri paling sedikit 9 (sembilan) orang; Fotokopi KTP-el calon anggota",
               duration=JADWAL),
            sv("Penerbitan Izin Usaha Simpan Pinjam Koperasi",
               "Pelayanan penerbitan izin usaha simpan pinjam bagi koperasi dengan wilayah keanggotaan dalam Kabupaten Banyuwangi.",
               "Permohonan melalui Sistem OSS; Akta pendirian koperasi yang telah disahkan; Bukti modal sendiri; Rencana kerja; Daftar sarana kerja; Nama pengelola",
               duration=H14, url="https://oss.go.id"),
            sv("Pemeriksaan dan Penilaian Kesehatan Koperasi Simpan Pinjam",
               "Pelayanan pemeriksaan kepatuhan dan penilaian kesehatan usaha simpan pinjam koperasi serta pembinaan penyelenggaraan Rapat Anggota Tahunan.",
               "Laporan keuangan koperasi; Laporan pertanggungjawaban pengurus; Buku daftar anggota",
               duration=JADWAL),
        ], category="Koperasi dan Usaha Mikro"),
        Unit("Kepala Bidang Perdagangan dan Pengelolaan Pasar", ["Pengelola Pasar Daerah", "Penera Ahli Muda", "Pengawas Kemetrologian", "Analis Perdagangan"], [
            sv("Penerbitan Surat Izin Penempatan Kios dan Los Pasar Daerah",
               "Pelayanan penerbitan surat izin penempatan atau hak pemakaian kios dan los pada pasar daerah milik Pemerintah Kabupaten Banyuwangi.",
               "Surat permohonan; " + KTP + "; " + KK + "; Pas foto berwarna; Surat pernyataan mematuhi tata tertib pasar",
               fee=RETRIB, duration=H7),
            sv("Pelayanan Balik Nama Hak Pemakaian Kios dan Los Pasar Daerah",
               "Pelayanan pengalihan hak pemakaian kios dan los pasar daerah kepada ahli waris atau pihak lain sesuai ketentuan pengelolaan pasar daerah.",
               "Surat permohonan; Surat izin penempatan lama; " + KTP + " para pihak; Surat keterangan ahli waris bagi pengalihan karena pewarisan; Bukti pelunasan retribusi",
               fee=RETRIB, duration=H7),
            sv("Pelayanan Pengaduan Pengelolaan Pasar Daerah",
               "Pelayanan penerimaan dan penanganan pengaduan pedagang dan pengunjung mengenai kebersihan, keamanan, dan sarana prasarana pasar daerah.",
               "Identitas pengadu; Uraian pengaduan",
               duration=H3),
            sv("Pelayanan Tera dan Tera Ulang Alat Ukur, Takar, Timbang dan Perlengkapannya",
               "Pelayanan peneraan dan tera ulang alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP) yang digunakan untuk transaksi perdagangan, antara lain timbangan, meter bahan bakar, dan meter air.",
               "Surat permohonan tera atau tera ulang; UTTP yang akan ditera; Sertifikat tera sebelumnya bagi tera ulang",
               fee=RETRIB, duration=H3, kw="UTTP"),
            sv("Pemantauan Harga dan Ketersediaan Barang Kebutuhan Pokok",
               "Pelayanan pemantauan harga dan ketersediaan barang kebutuhan pokok dan barang penting di pasar rakyat serta penyampaian informasi harga kepada masyarakat.",
               "Tidak ada persyaratan khusus",
               duration="Setiap hari kerja"),
            sv("Penyelenggaraan Operasi Pasar dan Pasar Murah",
               "Pelayanan penyelenggaraan operasi pasar dan pasar murah barang kebutuhan pokok dalam rangka stabilisasi harga, terutama menjelang hari besar keagamaan nasional.",
               "Surat permohonan dari Camat atau Kepala Desa/Lurah",
               duration=JADWAL),
            sv("Pengawasan Pendistribusian Liquefied Petroleum Gas Tabung 3 Kilogram",
               "Pelayanan pengawasan pendistribusian dan penerimaan pengaduan harga serta ketersediaan LPG tabung 3 kilogram pada pangkalan dan subpenyalur.",
               "Identitas pengadu; Nama dan alamat pangkalan; Uraian pengaduan",
               duration=H3, kw="LPG"),
        ], category="Perdagangan"),
    ],
))

add(Org(
    "B021", short_name="Dinas Perikanan",
    address="Jl. Jenderal Ahmad Yani No. 91, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    email="diskan@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang kelautan dan perikanan kewenangan kabupaten, meliputi pemberdayaan nelayan kecil, pembudidayaan ikan, serta pengolahan dan pemasaran hasil perikanan.",
    authority_note="Pengelolaan ruang laut sampai dengan 12 mil serta perizinan kapal perikanan di atas 10 GT sampai dengan 30 GT merupakan kewenangan Pemerintah Provinsi Jawa Timur.",
    head="Kepala Dinas Perikanan", head_style="fish",
    units=[
        Unit("Kepala Bidang Perikanan Tangkap", ["Penyuluh Perikanan Ahli Muda", "Pengelola Pemberdayaan Nelayan", "Pengelola Data Kapal Perikanan"], [
            sv("Pendaftaran Kartu Pelaku Usaha Kelautan dan Perikanan (KUSUKA)",
               "Pelayanan pendaftaran dan verifikasi data nelayan, pembudidaya ikan, pengolah, dan pemasar hasil perikanan untuk penerbitan Kartu Pelaku Usaha Kelautan dan Perikanan.",
               KTP + "; " + KK + "; Pas foto berwarna; Surat keterangan usaha perikanan dari Kepala Desa/Lurah",
               duration=H3, authority="central",
               note="Kartu KUSUKA diterbitkan oleh Kementerian Kelautan dan Perikanan; Dinas melaksanakan pendaftaran dan verifikasi.",
               kw="KUSUKA"),
            sv("Fasilitasi Bantuan Premi Asuransi bagi Nelayan",
               "Pelayanan pendaftaran nelayan kecil sebagai peserta program bantuan premi asuransi nelayan atau jaminan sosial ketenagakerjaan bagi nelayan.",
               "Kartu KUSUKA; " + KTP + "; " + KK + "; Surat keterangan sebagai nelayan dari Kepala Desa/Lurah; Berusia paling tinggi 65 (enam puluh lima) tahun",
               duration=H7, kw="BPAN"),
            sv("Pemberian Bantuan Sarana Penangkapan Ikan bagi Nelayan Kecil",
               "Pelayanan pemberian bantuan alat penangkapan ikan, mesin kapal, dan sarana pendukung penangkapan ikan bagi kelompok usaha bersama nelayan kecil.",
               "Proposal kelompok; Susunan pengurus dan anggota kelompok; Fotokopi Kartu KUSUKA anggota; Surat keterangan dari Kepala Desa/Lurah; Bukti kepemilikan kapal perikanan",
               duration=JADWAL),
            sv("Penerbitan Tanda Daftar Kapal Perikanan",
               "Pelayanan pengukuran dan pendaftaran kapal perikanan berukuran sampai dengan 10 GT milik nelayan kecil untuk penerbitan tanda daftar kapal perikanan.",
               "Surat permohonan; " + KTP + " pemilik kapal; Bukti kepemilikan kapal; Foto kapal tampak samping; Surat ukur kapal atau hasil pengukuran",
               duration=H7, kw="TDKP"),
            sv("Pembinaan Kelompok Usaha Bersama Nelayan",
               "Pelayanan pembentukan, pengukuhan, dan pembinaan kelembagaan Kelompok Usaha Bersama nelayan dan kelompok masyarakat pengawas sumber daya perikanan.",
               "Surat permohonan; Berita acara pembentukan kelompok; Susunan pengurus dan anggota; Surat keterangan dari Kepala Desa",
               duration=JADWAL),
        ], category="Kelautan dan Perikanan"),
        Unit("Kepala Bidang Perikanan Budidaya", ["Pengendali Hama dan Penyakit Ikan", "Penyuluh Perikanan Budidaya"], [
            sv("Pemberian Bantuan Benih Ikan dan Pakan bagi Pembudidaya Ikan",
               "Pelayanan pemberian bantuan benih ikan, pakan, dan sarana budidaya bagi kelompok pembudidaya ikan.",
               "Proposal kelompok pembudidaya ikan; Susunan pengurus dan anggota; Fotokopi Kartu KUSUKA; Surat keterangan dari Kepala Desa",
               duration=JADWAL),
            sv("Penerbitan Tanda Pencatatan Usaha Pembudidayaan Ikan Kecil",
               "Pelayanan penerbitan tanda pencatatan usaha bagi pembudidaya ikan kecil sebagai identitas usaha dan persyaratan memperoleh program pemberdayaan.",
               "Surat permohonan; " + KTP + "; Surat keterangan usaha dari Kepala Desa; Data jenis komoditas dan luas lahan budidaya",
               duration=H5, kw="TPUPIK"),
            sv("Pelayanan Pemeriksaan Penyakit Ikan dan Kualitas Air Budidaya",
               "Pelayanan pemeriksaan penyakit ikan dan pengujian kualitas air kolam atau tambak budidaya beserta rekomendasi penanganannya.",
               "Surat permohonan; Sampel ikan dan/atau air budidaya",
               duration=H3),
            sv("Penyuluhan dan Pendampingan Cara Budidaya Ikan yang Baik",
               "Pelayanan penyuluhan teknis dan pendampingan penerapan Cara Budidaya Ikan yang Baik (CBIB) bagi pembudidaya ikan sebagai persiapan sertifikasi.",
               "Surat permohonan kelompok pembudidaya ikan",
               duration=JADWAL, kw="CBIB"),
        ], category="Kelautan dan Perikanan"),
        Unit("Kepala Bidang Pengolahan dan Pemasaran Hasil Perikanan", ["Analis Pengolahan Hasil Perikanan"], [
            sv("Pembinaan Kelompok Pengolah dan Pemasar Hasil Perikanan",
               "Pelayanan pembinaan, pelatihan diversifikasi olahan, dan bantuan peralatan bagi kelompok pengolah dan pemasar hasil perikanan (Poklahsar).",
               "Proposal kelompok; Susunan pengurus dan anggota; Surat keterangan dari Kepala Desa/Lurah",
               duration=JADWAL),
            sv("Fasilitasi Penerbitan Sertifikat Kelayakan Pengolahan",
               "Pelayanan pendampingan unit pengolahan ikan skala mikro dan kecil dalam penerapan standar sanitasi dan fasilitasi penerbitan Sertifikat Kelayakan Pengolahan.",
               "Surat permohonan; " + NIB + "; Denah unit pengolahan; Daftar peralatan",
               duration=JADWAL, authority="central",
               note="Sertifikat Kelayakan Pengolahan diterbitkan oleh Kementerian Kelautan dan Perikanan."),
        ], category="Kelautan dan Perikanan"),
    ],
))

add(Org(
    "B022", short_name="Dinas Pertanian dan Pangan",
    address="Jl. Jenderal Ahmad Yani No. 111, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    phone="(0333) 400004", email="dispertan@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang pertanian meliputi tanaman pangan, hortikultura, perkebunan, peternakan dan kesehatan hewan, serta urusan pemerintahan bidang pangan.",
    head="Kepala Dinas Pertanian dan Pangan", head_style="agri", deputy=["Sekretaris Dinas Pertanian dan Pangan"],
    units=[
        Unit("Kepala Bidang Prasarana dan Sarana Pertanian", ["Pengawas Alat dan Mesin Pertanian", "Pengelola Pupuk Bersubsidi", "Analis Prasarana dan Sarana Pertanian"], [
            sv("Pelayanan Penyusunan Elektronik Rencana Definitif Kebutuhan Kelompok Pupuk Bersubsidi",
               "Pelayanan pendataan petani anggota kelompok tani dan penyusunan Elektronik Rencana Definitif Kebutuhan Kelompok (e-RDKK) sebagai dasar alokasi pupuk bersubsidi.",
               KTP + "; Terdaftar sebagai anggota kelompok tani; Data luas lahan garapan paling luas 2 (dua) hektare; Data komoditas yang diusahakan",
               duration=JADWAL, kw="e-RDKK"),
            sv("Pelayanan Penebusan Pupuk Bersubsidi",
               "Pelayanan penebusan pupuk bersubsidi oleh petani yang terdaftar dalam e-RDKK di kios pupuk lengkap resmi sesuai alokasi yang ditetapkan.",
               KTP + " atau Kartu Tani; Terdaftar dalam e-RDKK",
               fee="Sesuai Harga Eceran Tertinggi pupuk bersubsidi yang ditetapkan Menteri Pertanian", duration=SAAT,
               kw="Kartu Tani"),
            sv("Pelayanan Pengaduan Penyaluran Pupuk Bersubsidi",
               "Pelayanan penerimaan dan penanganan pengaduan mengenai ketersediaan, harga, dan penyaluran pupuk bersubsidi di tingkat kios pupuk lengkap.",
               "Identitas pengadu; Nama kios; Uraian pengaduan",
               duration=H3),
            sv("Pemberian Bantuan Alat dan Mesin Pertanian",
               "Pelayanan pemberian bantuan alat dan mesin pertanian prapanen dan pascapanen kepada kelompok tani dan Usaha Pelayanan Jasa Alat dan Mesin Pertanian.",
               "Proposal kelompok tani yang diketahui Penyuluh Pertanian dan Kepala Desa; Surat keputusan pengukuhan kelompok tani; Susunan pengurus dan anggota; Surat pernyataan kesanggupan memelihara",
               duration=JADWAL, kw="Alsintan"),
            sv("Pendaftaran Asuransi Usaha Tani Padi",
               "Pelayanan pendaftaran petani padi sebagai peserta Asuransi Usaha Tani Padi (AUTP) beserta fasilitasi klaim apabila terjadi gagal panen akibat banjir, kekeringan, atau serangan organisme pengganggu tumbuhan.",
               "Formulir pendaftaran kelompok; " + KTP + " anggota; Data luas lahan yang diasuransikan; Bukti pembayaran premi swadaya",
               fee="Premi swadaya sesuai ketentuan program asuransi pertanian", duration=JADWAL, kw="AUTP"),
        ], category="Pertanian"),
        Unit("Kepala Bidang Tanaman Pangan, Hortikultura dan Perkebunan", ["Pengendali Organisme Pengganggu Tumbuhan", "Pengawas Benih Tanaman", "Analis Perkebunan"], [
            sv("Pemberian Bantuan Benih Tanaman Pangan dan Hortikultura",
               "Pelayanan pemberian bantuan benih padi, jagung, kedelai, dan benih hortikultura kepada kelompok tani sesuai calon petani dan calon lokasi yang ditetapkan.",
               "Proposal kelompok tani; Surat keputusan pengukuhan kelompok tani; Daftar calon petani dan calon lokasi yang diketahui Penyuluh Pertanian",
               duration=JADWAL),
            sv("Pelayanan Pengendalian Organisme Pengganggu Tumbuhan",
               "Pelayanan pengamatan, identifikasi, dan pengendalian organisme pengganggu tumbuhan pada tanaman pangan dan hortikultura, termasuk bantuan pestisida dan agens hayati pada serangan yang meluas.",
               "Laporan serangan dari kelompok tani atau Penyuluh Pertanian; Informasi lokasi dan luas serangan",
               duration=H3, kw="OPT"),
            sv("Penerbitan Surat Tanda Daftar Usaha Perkebunan untuk Budidaya",
               "Pelayanan penerbitan Surat Tanda Daftar Usaha Perkebunan untuk Budidaya (STD-B) bagi pekebun dengan luas lahan kurang dari 25 hektare.",
               "Surat permohonan; " + KTP + "; Fotokopi bukti penguasaan lahan; Data komoditas, luas, dan lokasi kebun; Surat keterangan dari Kepala Desa",
               duration=H7, kw="STD-B"),
            sv("Penerbitan Pertimbangan Teknis Alih Fungsi Lahan Pertanian",
               "Pelayanan penerbitan pertimbangan teknis atas rencana alih fungsi lahan pertanian untuk kegiatan nonpertanian dengan memperhatikan ketentuan Lahan Pertanian Pangan Berkelanjutan.",
               "Surat permohonan; " + KTP + "; Fotokopi sertifikat tanah; Peta lokasi dan titik koordinat; Rencana penggunaan lahan",
               duration=H14, kw="LP2B"),
        ], category="Pertanian"),
        Unit("Kepala Bidang Penyuluhan Pertanian", ["Penyuluh Pertanian Ahli Muda", "Penyuluh Pertanian Ahli Pertama"], [
            sv("Pelayanan Penyuluhan Pertanian melalui Balai Penyuluhan Pertanian",
               "Pelayanan penyuluhan, pendampingan teknologi budidaya, dan sekolah lapang bagi petani oleh Penyuluh Pertanian Lapangan pada Balai Penyuluhan Pertanian di setiap kecamatan.",
               "Tidak ada persyaratan khusus",
               duration=SAAT, kw="BPP;PPL"),
            sv("Pengukuhan dan Penilaian Kelas Kelompok Tani dan Gabungan Kelompok Tani",
               "Pelayanan pengukuhan kelompok tani dan gabungan kelompok tani serta penilaian kelas kemampuan kelompok tani.",
               "Berita acara pembentukan kelompok; Susunan pengurus dan anggota; Fotokopi KTP-el pengurus; Surat keterangan dari Kepala Desa",
               duration=H14, kw="Gapoktan"),
        ], category="Pertanian"),
        Unit("Kepala Bidang Peternakan dan Kesehatan Hewan", ["Medik Veteriner Ahli Muda", "Paramedik Veteriner", "Inseminator Ternak", "Pengawas Kesehatan Masyarakat Veteriner"], [
            sv("Pelayanan Inseminasi Buatan pada Ternak",
               "Pelayanan inseminasi buatan pada sapi dan kambing milik peternak oleh petugas inseminator untuk peningkatan mutu genetik ternak.",
               "Laporan berahi ternak dari peternak kepada petugas inseminator; Kartu identitas ternak apabila ada",
               fee="Tidak dipungut biaya untuk semen beku program pemerintah", duration="Paling lama 1 x 24 jam setelah laporan berahi", kw="IB"),
            sv("Vaksinasi Rabies pada Hewan Penular Rabies",
               "Pelayanan vaksinasi rabies pada anjing, kucing, dan kera peliharaan masyarakat dalam rangka mempertahankan status bebas rabies.",
               "Hewan dalam keadaan sehat dan berusia paling sedikit 3 (tiga) bulan; Kartu vaksinasi sebelumnya apabila ada",
               duration=SAAT),
            sv("Penerbitan Surat Keterangan Kesehatan Hewan",
               "Pelayanan pemeriksaan kesehatan dan penerbitan Surat Keterangan Kesehatan Hewan (SKKH) untuk pengeluaran ternak, hewan kesayangan, dan produk hewan dari Kabupaten Banyuwangi.",
               "Surat permohonan; " + KTP + " pemilik atau pengirim; Hewan yang akan diperiksa; Surat keterangan asal hewan dari Kepala Desa; Hasil uji laboratorium bagi penyakit tertentu",
               fee=RETRIB, duration=H1, kw="SKKH"),
            sv("Pengawasan Kesehatan Hewan Kurban",
               "Pelayanan pemeriksaan antemortem dan postmortem hewan kurban pada tempat penjualan dan tempat penyembelihan menjelang dan pada Hari Raya Iduladha.",
               "Permohonan pemeriksaan dari panitia kurban atau pedagang hewan",
               duration=JADWAL),
            sv("Pelayanan Pemotongan Hewan di Rumah Potong Hewan",
               "Pelayanan pemeriksaan kesehatan dan pemotongan ternak di Rumah Potong Hewan milik Pemerintah Kabupaten Banyuwangi sesuai persyaratan kesehatan masyarakat veteriner dan kehalalan.",
               "Surat keterangan asal ternak; Surat Keterangan Kesehatan Hewan bagi ternak dari luar daerah; Bukti pembayaran retribusi",
               fee=RETRIB, duration=SAAT, kw="RPH"),
            sv("Penanggulangan Penyakit Hewan Menular Strategis",
               "Pelayanan penyidikan, vaksinasi, pengobatan, dan pengendalian lalu lintas ternak dalam penanggulangan penyakit mulut dan kuku, lumpy skin disease, antraks, dan penyakit hewan menular strategis lainnya.",
               "Laporan kasus dari peternak, petugas, atau pemerintah desa",
               duration=SEGERA, kw="PMK"),
            sv("Pemberian Bantuan Bibit Ternak bagi Kelompok Peternak",
               "Pelayanan pemberian bantuan bibit ternak sapi, kambing, dan unggas serta pakan ternak kepada kelompok peternak.",
               "Proposal kelompok peternak; Susunan pengurus dan anggota; Surat keterangan dari Kepala Desa; Bukti ketersediaan kandang dan pakan",
               duration=JADWAL),
        ], category="Peternakan dan Kesehatan Hewan"),
        Unit("Kepala Bidang Ketahanan Pangan", ["Analis Ketahanan Pangan", "Pengawas Mutu Hasil Pertanian"], [
            sv("Penyaluran Cadangan Pangan Pemerintah Daerah",
               "Pelayanan penyaluran cadangan pangan pemerintah daerah berupa beras bagi masyarakat yang mengalami kerawanan pangan, keadaan darurat, dan pascabencana.",
               "Surat permohonan dari Kepala Desa/Lurah atau Camat; Data penerima by name by address; Surat keterangan kejadian bencana atau kondisi rawan pangan",
               duration=H3, kw="CPPD"),
            sv("Penyelenggaraan Gerakan Pangan Murah",
               "Pelayanan penyelenggaraan gerakan pangan murah bersama distributor dan pelaku usaha pangan dalam rangka stabilisasi pasokan dan harga pangan.",
               "Surat permohonan dari Camat atau Kepala Desa/Lurah",
               duration=JADWAL),
            sv("Pengawasan Keamanan Pangan Segar Asal Tumbuhan",
               "Pelayanan pengambilan sampel dan pengujian cepat residu pestisida pada pangan segar asal tumbuhan di pasar dan pusat distribusi, serta fasilitasi pendaftaran Pangan Segar Asal Tumbuhan.",
               "Surat permohonan bagi pelaku usaha yang mengajukan fasilitasi pendaftaran; Sampel produk",
               duration=H7, note="Penerbitan nomor pendaftaran Pangan Segar Asal Tumbuhan dilaksanakan oleh Otoritas Kompeten Keamanan Pangan Daerah Provinsi Jawa Timur.",
               kw="PSAT"),
            sv("Pembinaan Pemanfaatan Pekarangan untuk Ketahanan Pangan Keluarga",
               "Pelayanan pembinaan dan bantuan sarana bagi Kelompok Wanita Tani dalam pemanfaatan lahan pekarangan untuk pemenuhan pangan bergizi keluarga.",
               "Proposal kelompok; Susunan pengurus dan anggota; Surat keterangan dari Kepala Desa",
               duration=JADWAL),
        ], category="Ketahanan Pangan"),
    ],
))


# =============================================================================================
# Pemuda dan olahraga, kebudayaan dan pariwisata, damkar, Satpol PP, Inspektorat, Setda, DPRD
# =============================================================================================

add(Org(
    "B023", short_name="Dispora",
    address="Jl. Jenderal Ahmad Yani No. 100, Kantor Pemerintah Kabupaten Banyuwangi",
    email="dispora@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang kepemudaan dan olahraga.",
    head="Kepala Dinas Pemuda dan Olahraga",
    units=[
        Unit("Kepala Bidang Kepemudaan", ["Analis Kepemudaan"], [
            sv("Pembinaan Organisasi Kepemudaan",
               "Pelayanan pendataan, pembinaan, dan fasilitasi kegiatan organisasi kepemudaan tingkat kabupaten.",
               "Surat permohonan; Akta pendirian atau anggaran dasar organisasi; Susunan pengurus; Program kerja",
               duration=H7),
            sv("Seleksi Pasukan Pengibar Bendera Pusaka Tingkat Kabupaten",
               "Pelayanan pendaftaran dan seleksi calon anggota Pasukan Pengibar Bendera Pusaka (Paskibraka) tingkat kabupaten dari siswa sekolah menengah atas dan sederajat.",
               "Surat rekomendasi dari kepala sekolah; Fotokopi rapor; Surat keterangan sehat; Surat izin orang tua; Pas foto berwarna",
               duration=JADWAL, kw="Paskibraka"),
            sv("Pelatihan Kewirausahaan Pemuda",
               "Pelayanan pelatihan kewirausahaan dan pendampingan usaha rintisan bagi pemuda berusia 16 sampai dengan 30 tahun.",
               KTP + "; Formulir pendaftaran; Proposal rencana usaha",
               duration=JADWAL),
        ], category="Kepemudaan dan Olahraga"),
        Unit("Kepala Bidang Keolahragaan", ["Pengelola Prasarana Olahraga", "Analis Pembinaan Olahraga"], [
            sv("Pelayanan Pemakaian Stadion dan Gelanggang Olahraga Milik Pemerintah Daerah",
               "Pelayanan izin pemakaian stadion, gelanggang olahraga, dan lapangan olahraga milik Pemerintah Kabupaten Banyuwangi untuk kegiatan olahraga, pendidikan, dan kemasyarakatan.",
               "Surat permohonan; " + KTP + " penanggung jawab; Rencana kegiatan, waktu, dan jumlah peserta; Bukti pembayaran retribusi",
               fee=RETRIB, duration=H3),
            sv("Pemberian Penghargaan bagi Atlet dan Pelatih Berprestasi",
               "Pelayanan verifikasi dan pemberian penghargaan bagi atlet, pelatih, dan tenaga keolahragaan yang berprestasi pada kejuaraan tingkat provinsi, nasional, dan internasional.",
               "Surat usulan dari induk organisasi cabang olahraga; Fotokopi sertifikat atau piagam prestasi; " + KTP,
               duration=JADWAL),
            sv("Penerbitan Rekomendasi Penyelenggaraan Kejuaraan Olahraga",
               "Pelayanan penerbitan rekomendasi penyelenggaraan kejuaraan dan kegiatan olahraga yang melibatkan peserta dari luar daerah atau menggunakan fasilitas umum.",
               "Surat permohonan; Proposal kegiatan; Rekomendasi dari induk organisasi cabang olahraga",
               duration=H5),
            sv("Pendataan dan Pembinaan Klub Olahraga",
               "Pelayanan pendataan dan pembinaan klub atau perkumpulan olahraga prestasi dan olahraga rekreasi masyarakat.",
               "Surat permohonan; Susunan pengurus dan daftar anggota; Surat keterangan domisili",
               duration=H7),
        ], category="Kepemudaan dan Olahraga"),
    ],
))

add(Org(
    "B024", short_name="Disbudpar",
    address="Jl. Ahmad Yani No. 78, Kelurahan Taman Baru, Kecamatan Banyuwangi",
    email="disbudpar@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang kebudayaan dan bidang pariwisata.",
    head="Kepala Dinas Kebudayaan dan Pariwisata",
    units=[
        Unit("Kepala Bidang Kebudayaan", ["Pamong Budaya Ahli Muda", "Pengelola Cagar Budaya"], [
            sv("Penerbitan Nomor Induk Kesenian bagi Organisasi Kesenian",
               "Pelayanan pendaftaran dan penerbitan Nomor Induk Kesenian bagi sanggar, paguyuban, dan organisasi kesenian di Kabupaten Banyuwangi.",
               "Formulir pendaftaran; Susunan pengurus dan anggota; Fotokopi KTP-el ketua; Surat keterangan domisili dari Kepala Desa/Lurah; Foto kegiatan kesenian",
               duration=H7),
            sv("Pendaftaran Objek yang Diduga Cagar Budaya",
               "Pelayanan pendaftaran, pengkajian, dan rekomendasi penetapan benda, bangunan, struktur, situs, dan kawasan yang diduga cagar budaya oleh Tim Ahli Cagar Budaya.",
               "Formulir pendaftaran; Identitas pemilik atau pengelola; Deskripsi dan dokumentasi objek; Keterangan lokasi",
               duration=H30, kw="ODCB"),
            sv("Pelayanan Pemanfaatan Gedung Kesenian dan Fasilitas Kebudayaan Milik Pemerintah Daerah",
               "Pelayanan izin pemanfaatan gedung kesenian, panggung terbuka, dan fasilitas kebudayaan milik Pemerintah Kabupaten Banyuwangi untuk pementasan dan kegiatan budaya.",
               "Surat permohonan; " + KTP + " penanggung jawab; Rencana kegiatan; Bukti pembayaran retribusi",
               fee=RETRIB, duration=H3),
            sv("Pemberian Penghargaan dan Fasilitasi Pelestari Seni Tradisi",
               "Pelayanan pengusulan dan pemberian penghargaan serta fasilitasi pembinaan bagi maestro seni tradisi, sanggar seni, dan pelestari adat istiadat.",
               "Surat usulan dari organisasi kesenian, pemerintah desa, atau masyarakat; Riwayat hidup dan karya; Dokumentasi kegiatan pelestarian",
               duration=JADWAL),
        ], category="Kebudayaan"),
        Unit("Kepala Bidang Destinasi dan Industri Pariwisata", ["Pengelola Destinasi Pariwisata", "Analis Pemasaran Pariwisata"], [
            sv("Pembinaan Kelompok Sadar Wisata dan Desa Wisata",
               "Pelayanan pembentukan, pengukuhan, dan pembinaan Kelompok Sadar Wisata serta pendampingan pengembangan desa wisata.",
               "Surat permohonan dari Kepala Desa; Surat keputusan Kepala Desa tentang pembentukan Kelompok Sadar Wisata; Susunan pengurus; Profil potensi wisata desa",
               duration=JADWAL, kw="Pokdarwis"),
            sv("Pembinaan dan Penilaian Pondok Wisata",
               "Pelayanan pembinaan standar pelayanan dan penilaian kelayakan pondok wisata (homestay) milik masyarakat di kawasan destinasi wisata.",
               "Surat permohonan; " + KTP + " pemilik; " + NIB + "; Foto kamar dan fasilitas",
               duration=H14),
            sv("Fasilitasi Sertifikasi Kompetensi Pemandu Wisata",
               "Pelayanan pelatihan dan fasilitasi uji kompetensi bagi pemandu wisata dan pelaku usaha pariwisata melalui lembaga sertifikasi profesi.",
               KTP + "; Fotokopi ijazah terakhir; Formulir pendaftaran",
               duration=JADWAL),
            sv("Pendaftaran Kegiatan dalam Kalender Agenda Wisata dan Budaya Daerah",
               "Pelayanan pendaftaran, kurasi, dan penetapan kegiatan seni budaya dan pariwisata yang diusulkan masyarakat dalam kalender agenda wisata tahunan Kabupaten Banyuwangi.",
               "Proposal kegiatan; Profil penyelenggara; Rencana waktu dan tempat pelaksanaan",
               duration=JADWAL),
            sv("Pelayanan Retribusi Tempat Rekreasi pada Destinasi Wisata Milik Pemerintah Daerah",
               "Pelayanan pemungutan retribusi dan tiket masuk pada tempat rekreasi dan destinasi wisata yang dikelola Pemerintah Kabupaten Banyuwangi.",
               "Tidak ada persyaratan khusus",
               fee=RETRIB, duration=SAAT),
            sv("Pelayanan Pusat Informasi Pariwisata",
               "Pelayanan informasi destinasi, akomodasi, transportasi, dan agenda wisata bagi wisatawan melalui pusat informasi pariwisata.",
               "Tidak ada persyaratan khusus",
               duration=SAAT),
        ], category="Pariwisata"),
    ],
))

add(Org(
    "B025", short_name="Damkar",
    address="Jl. Jenderal Sudirman No. 30, Kelurahan Kepatihan, Kecamatan Banyuwangi",
    phone="(0333) 400005", email="damkar@banyuwangikab.go.id",
    hours="Pelayanan pemadaman dan penyelamatan: setiap hari 24 jam; administrasi Senin-Jumat 07.30-15.30",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang ketenteraman, ketertiban umum, dan pelindungan masyarakat pada sub urusan kebakaran dan penyelamatan.",
    head="Kepala Dinas Pemadam Kebakaran dan Penyelamatan",
    units=[
        Unit("Kepala Bidang Operasional Pemadaman dan Penyelamatan", ["Komandan Regu Pemadam Kebakaran", "Komandan Regu Pemadam Kebakaran", "Analis Kebakaran", "Operator Komunikasi Pemadam Kebakaran"], [
            sv("Pelayanan Pemadaman Kebakaran",
               "Pelayanan pemadaman kebakaran pada permukiman, bangunan gedung, kendaraan, dan lahan di wilayah Kabupaten Banyuwangi selama 24 jam.",
               "Laporan kejadian yang memuat lokasi dan jenis objek yang terbakar",
               duration="Waktu tanggap paling lama 15 (lima belas) menit sejak laporan diterima pada wilayah manajemen kebakaran"),
            sv("Pelayanan Penyelamatan dan Evakuasi Korban",
               "Pelayanan penyelamatan dan evakuasi korban yang terjebak dalam bangunan, kendaraan, sumur, ketinggian, atau ruang terbatas, serta korban runtuhan bangunan.",
               "Laporan kejadian yang memuat lokasi dan kondisi korban",
               duration=SEGERA),
            sv("Pelayanan Penyelamatan dan Evakuasi Hewan Liar dan Hewan yang Membahayakan",
               "Pelayanan penanganan dan evakuasi hewan liar atau hewan yang membahayakan di permukiman, antara lain ular dan biawak, serta penyelamatan hewan yang terjebak.",
               "Laporan kejadian yang memuat lokasi dan jenis hewan",
               duration=SEGERA),
            sv("Pelayanan Pemusnahan Sarang Tawon pada Lingkungan Permukiman",
               "Pelayanan pemusnahan atau pemindahan sarang tawon dan lebah yang membahayakan penghuni di lingkungan permukiman, sekolah, dan fasilitas umum.",
               "Laporan yang memuat lokasi dan posisi sarang",
               duration=H1),
            sv("Pelayanan Pelepasan Benda yang Terjepit pada Anggota Tubuh",
               "Pelayanan pelepasan cincin, gelang, atau benda logam lain yang terjepit pada anggota tubuh dan tidak dapat dilepaskan secara mandiri.",
               "Pemohon datang ke Markas Komando atau pos pemadam kebakaran terdekat",
               duration=SAAT),
        ], category="Kebakaran dan Penyelamatan"),
        Unit("Kepala Bidang Pencegahan dan Pemberdayaan Masyarakat", ["Penyuluh Pencegahan Kebakaran", "Inspektur Kebakaran"], [
            sv("Pelatihan Penggunaan Alat Pemadam Api Ringan",
               "Pelayanan pelatihan dan simulasi penanggulangan kebakaran awal menggunakan Alat Pemadam Api Ringan (APAR) bagi masyarakat, satuan pendidikan, instansi, dan badan usaha.",
               "Surat permohonan; Rencana waktu, tempat, dan jumlah peserta",
               duration=JADWAL, kw="APAR"),
            sv("Penerbitan Rekomendasi Teknis Sistem Proteksi Kebakaran pada Bangunan Gedung",
               "Pelayanan pemeriksaan gambar rencana dan penerbitan rekomendasi teknis sistem proteksi kebakaran sebagai kelengkapan Persetujuan Bangunan Gedung dan Sertifikat Laik Fungsi.",
               "Surat permohonan; Gambar rencana sistem proteksi kebakaran aktif dan pasif; Data bangunan gedung; " + KTP + " pemilik atau penanggung jawab",
               duration=H7),
            sv("Pemeriksaan Berkala Sarana Proteksi Kebakaran pada Bangunan Gedung",
               "Pelayanan pemeriksaan dan pengujian berkala keandalan sarana proteksi kebakaran, meliputi hidran, sprinkler, alarm kebakaran, dan alat pemadam api ringan pada bangunan gedung.",
               "Surat permohonan pemeriksaan; Data sarana proteksi kebakaran terpasang",
               fee=RETRIB, duration=H7),
            sv("Pembentukan dan Pembinaan Relawan Pemadam Kebakaran",
               "Pelayanan pembentukan, pelatihan, dan pembinaan relawan pemadam kebakaran serta Sistem Keselamatan Kebakaran Lingkungan di desa/kelurahan.",
               "Surat permohonan dari Kepala Desa/Lurah; Daftar calon relawan",
               duration=JADWAL),
        ], category="Kebakaran dan Penyelamatan"),
    ],
    frontdesk=["Operator Ruang Komando Pemadam Kebakaran"],
    contact_hours=JAM_24,
))

add(Org(
    "B026", short_name="Satpol PP",
    address="Jl. Jenderal Ahmad Yani No. 100, Kantor Pemerintah Kabupaten Banyuwangi",
    phone="(0333) 400006", email="satpolpp@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan urusan pemerintahan bidang ketenteraman, ketertiban umum, dan pelindungan masyarakat, serta penegakan peraturan daerah dan peraturan kepala daerah.",
    head="Kepala Satuan Polisi Pamong Praja", deputy=["Sekretaris Satuan Polisi Pamong Praja"],
    units=[
        Unit("Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat", ["Polisi Pamong Praja Ahli Muda", "Polisi Pamong Praja Terampil", "Analis Ketenteraman dan Ketertiban"], [
            sv("Penanganan Pengaduan Gangguan Ketenteraman dan Ketertiban Umum",
               "Pelayanan penerimaan dan tindak lanjut pengaduan masyarakat atas gangguan ketenteraman dan ketertiban umum yang menjadi kewenangan pemerintah daerah.",
               "Identitas pengadu; Uraian pengaduan yang memuat lokasi dan waktu kejadian; Dokumentasi apabila ada",
               duration="Tindak lanjut paling lama 3 (tiga) hari kerja"),
            sv("Penertiban Pedagang Kaki Lima yang Melanggar Ketentuan Peraturan Daerah",
               "Pelayanan penertiban pedagang kaki lima yang berjualan di lokasi terlarang seperti trotoar, badan jalan, dan taman kota, disertai pembinaan dan koordinasi relokasi.",
               "Laporan dari masyarakat atau perangkat daerah terkait",
               duration=JADWAL, kw="PKL"),
            sv("Penertiban Gelandangan, Pengemis, dan Penyandang Masalah Kesejahteraan Sosial di Tempat Umum",
               "Pelayanan penertiban gelandangan, pengemis, dan penyandang masalah kesejahteraan sosial di tempat umum untuk diserahkan kepada Dinas Sosial guna pembinaan lebih lanjut.",
               "Laporan dari masyarakat atau perangkat daerah",
               duration=H1),
            sv("Pelayanan Bantuan Pengamanan Kegiatan Pemerintahan dan Kemasyarakatan",
               "Pelayanan penugasan personel Satuan Polisi Pamong Praja untuk pengamanan kegiatan pemerintahan daerah, kegiatan kemasyarakatan, dan aset pemerintah daerah.",
               "Surat permohonan paling lambat 7 (tujuh) hari sebelum kegiatan; Rencana kegiatan",
               duration=H5),
        ], category="Ketenteraman dan Ketertiban Umum"),
        Unit("Kepala Bidang Penegakan Peraturan Perundang-undangan Daerah", ["Penyidik Pegawai Negeri Sipil", "Analis Penegakan Peraturan Daerah"], [
            sv("Penegakan Peraturan Daerah dan Peraturan Bupati",
               "Pelayanan pengawasan, peringatan, penertiban, dan penyidikan atas pelanggaran peraturan daerah dan peraturan bupati oleh Penyidik Pegawai Negeri Sipil.",
               "Laporan dari masyarakat atau perangkat daerah pengampu peraturan daerah",
               duration="Sesuai tahapan penegakan peraturan daerah"),
            sv("Penertiban Reklame dan Bangunan yang Tidak Memiliki Izin",
               "Pelayanan penertiban reklame tanpa izin atau yang masa izinnya telah berakhir serta bangunan yang tidak memiliki Persetujuan Bangunan Gedung, berdasarkan rekomendasi perangkat daerah teknis.",
               "Rekomendasi penertiban dari perangkat daerah teknis atau laporan masyarakat",
               duration=JADWAL),
            sv("Operasi Bersama Pemberantasan Barang Kena Cukai Ilegal",
               "Pelayanan sosialisasi ketentuan cukai dan pelaksanaan operasi bersama pengumpulan informasi peredaran rokok ilegal di wilayah Kabupaten Banyuwangi.",
               "Laporan atau informasi dari masyarakat",
               duration=JADWAL,
               note="Penindakan atas pelanggaran ketentuan cukai merupakan kewenangan Direktorat Jenderal Bea dan Cukai."),
        ], category="Ketenteraman dan Ketertiban Umum"),
        Unit("Kepala Bidang Perlindungan Masyarakat", ["Pengelola Satuan Perlindungan Masyarakat"], [
            sv("Pembinaan Satuan Perlindungan Masyarakat",
               "Pelayanan pembentukan, pelatihan, dan pembinaan anggota Satuan Perlindungan Masyarakat (Satlinmas) di desa/kelurahan.",
               "Surat permohonan dari Kepala Desa/Lurah; Surat keputusan pembentukan Satlinmas; Daftar anggota",
               duration=JADWAL, kw="Linmas"),
        ], category="Ketenteraman dan Ketertiban Umum"),
    ],
    frontdesk=["Petugas Layanan Pengaduan Ketertiban Umum"],
))

add(Org(
    "B027", short_name="Inspektorat",
    address="Jl. Jenderal Ahmad Yani No. 97, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    email="inspektorat@banyuwangikab.go.id",
    description="Perangkat daerah yang melaksanakan fungsi penunjang urusan pemerintahan bidang pengawasan penyelenggaraan pemerintahan daerah dan pemerintahan desa.",
    head="Inspektur Kabupaten",
    units=[
        Unit("Inspektur Pembantu Bidang Investigasi", ["Auditor Ahli Muda", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda", "Auditor Ahli Pertama"], [
            sv("Pelayanan Pengaduan Masyarakat atas Dugaan Penyimpangan oleh Aparatur Sipil Negara",
               "Pelayanan penerimaan, penelaahan, dan pemeriksaan pengaduan masyarakat atas dugaan pelanggaran disiplin, penyalahgunaan wewenang, dan penyimpangan oleh aparatur sipil negara di lingkungan Pemerintah Kabupaten Banyuwangi.",
               "Identitas pengadu yang jelas; Uraian pengaduan yang memuat siapa, apa, kapan, di mana, dan bagaimana; Bukti pendukung",
               duration="Penelaahan paling lama 14 (empat belas) hari kerja", kw="Dumas"),
            sv("Pelayanan Pengaduan atas Pengelolaan Keuangan dan Aset Desa",
               "Pelayanan penerimaan dan pemeriksaan pengaduan masyarakat atas dugaan penyimpangan pengelolaan keuangan desa, Dana Desa, dan aset desa.",
               "Identitas pengadu; Uraian pengaduan; Bukti pendukung",
               duration="Penelaahan paling lama 14 (empat belas) hari kerja"),
            sv("Pelayanan Pelaporan Gratifikasi dan Sistem Pelaporan Pelanggaran",
               "Pelayanan penerimaan laporan gratifikasi dari aparatur melalui Unit Pengendalian Gratifikasi serta laporan pelanggaran melalui sistem pelaporan pelanggaran (whistleblowing system).",
               "Formulir laporan gratifikasi atau laporan pelanggaran; Bukti pendukung",
               duration=H30, kw="UPG"),
            sv("Pelayanan Konsultasi Pengawasan Penyelenggaraan Pemerintahan Daerah",
               "Pelayanan konsultasi bagi perangkat daerah dan pemerintah desa mengenai pengelolaan keuangan, pengadaan barang/jasa, dan penerapan sistem pengendalian intern.",
               "Surat permohonan konsultasi",
               duration=H5),
        ], category="Pengawasan"),
    ],
))

add(Org(
    "B028", short_name="Setda",
    address="Jl. Jenderal Ahmad Yani No. 100, Kantor Pemerintah Kabupaten Banyuwangi",
    phone="(0333) 400007", email="setda@banyuwangikab.go.id",
    website="https://banyuwangikab.go.id",
    description="Unsur staf yang membantu Bupati dalam penyusunan kebijakan dan pengoordinasian administratif terhadap pelaksanaan tugas perangkat daerah serta pelayanan administratif.",
    head="Sekretaris Daerah", deputy=["Asisten Pemerintahan dan Kesejahteraan Rakyat", "Asisten Perekonomian dan Pembangunan"],
    units=[
        Unit("Kepala Bagian Kesejahteraan Rakyat", ["Analis Kebijakan Kesejahteraan Rakyat", "Pengelola Bantuan Keagamaan"], [
            sv("Pelayanan Permohonan Bantuan Hibah bagi Rumah Ibadah dan Lembaga Keagamaan",
               "Pelayanan penerimaan dan verifikasi proposal permohonan hibah untuk pembangunan atau rehabilitasi rumah ibadah serta kegiatan lembaga keagamaan.",
               "Proposal permohonan yang ditujukan kepada Bupati; Surat keterangan terdaftar atau akta pendirian lembaga; Susunan pengurus; Rencana anggaran biaya; Fotokopi rekening atas nama lembaga; Surat keterangan domisili dari Kepala Desa/Lurah",
               duration="Sesuai tahapan penganggaran APBD"),
            sv("Pemberian Insentif bagi Guru Ngaji dan Guru Madrasah Diniyah",
               "Pelayanan pendataan dan penyaluran insentif bagi guru ngaji, ustaz/ustazah Taman Pendidikan Al-Quran, guru Madrasah Diniyah, dan pemuka agama lainnya.",
               "Usulan dari lembaga melalui Kecamatan; " + KTP + "; Surat keterangan aktif mengajar dari lembaga; Fotokopi rekening bank",
               duration=JADWAL),
            sv("Fasilitasi Pemberangkatan dan Pemulangan Jemaah Haji Tingkat Kabupaten",
               "Pelayanan fasilitasi transportasi lokal dan pelepasan calon jemaah haji dari Kabupaten Banyuwangi menuju embarkasi serta penjemputan jemaah saat kepulangan.",
               "Terdaftar sebagai jemaah haji tahun berjalan pada Kantor Kementerian Agama Kabupaten",
               duration=JADWAL,
               note="Penyelenggaraan ibadah haji merupakan kewenangan Kementerian Haji dan Umrah bersama Kementerian Agama."),
        ], category="Pemerintahan"),
        Unit("Kepala Bagian Hukum", ["Perancang Peraturan Perundang-undangan", "Analis Hukum"], [
            sv("Pelayanan Informasi Produk Hukum Daerah",
               "Pelayanan penyediaan salinan dan informasi peraturan daerah, peraturan bupati, dan keputusan bupati melalui Jaringan Dokumentasi dan Informasi Hukum (JDIH).",
               "Permohonan lisan atau tertulis; Identitas pemohon",
               duration=SAAT, kw="JDIH"),
            sv("Pemberian Bantuan Hukum bagi Masyarakat Miskin",
               "Pelayanan fasilitasi bantuan hukum secara cuma-cuma bagi masyarakat miskin melalui pemberi bantuan hukum yang terakreditasi dan bekerja sama dengan Pemerintah Kabupaten Banyuwangi.",
               "Surat permohonan; " + KTP + "; " + KK + "; Surat Keterangan Tidak Mampu dari Desa/Kelurahan; Dokumen yang berkaitan dengan perkara",
               duration=H7),
        ], category="Pemerintahan"),
        Unit("Kepala Bagian Pemerintahan", ["Analis Pemerintahan Daerah"], [
            sv("Fasilitasi Penyelesaian Perselisihan Batas Wilayah Antarkecamatan",
               "Pelayanan fasilitasi penyelesaian perselisihan dan penegasan batas wilayah antarkecamatan serta antarkabupaten yang berbatasan dengan Kabupaten Banyuwangi.",
               "Surat permohonan dari Camat; Peta wilayah; Dokumen pendukung",
               duration=JADWAL),
            sv("Fasilitasi Kerja Sama Daerah",
               "Pelayanan fasilitasi penyusunan dan penandatanganan kesepakatan bersama serta perjanjian kerja sama antara Pemerintah Kabupaten Banyuwangi dengan pemerintah daerah lain, pihak ketiga, dan perguruan tinggi.",
               "Surat permohonan kerja sama; Rancangan naskah kerja sama; Profil lembaga mitra",
               duration=H30),
        ], category="Pemerintahan"),
        Unit("Kepala Bagian Pengadaan Barang dan Jasa", ["Pengelola Layanan Pengadaan Secara Elektronik"], [
            sv("Pelayanan Registrasi dan Verifikasi Penyedia pada Layanan Pengadaan Secara Elektronik",
               "Pelayanan registrasi akun dan verifikasi dokumen penyedia barang/jasa pada Sistem Pengadaan Secara Elektronik (SPSE) Pemerintah Kabupaten Banyuwangi.",
               "Formulir pendaftaran; " + KTP + " direktur atau penanggung jawab; Akta pendirian dan perubahan; " + NIB + "; Nomor Pokok Wajib Pajak badan usaha",
               duration=H1, kw="LPSE;SPSE"),
        ], category="Pemerintahan"),
        Unit("Kepala Bagian Protokol dan Komunikasi Pimpinan", ["Pranata Acara"], [
            sv("Pelayanan Permohonan Audiensi dengan Bupati",
               "Pelayanan penjadwalan audiensi dan permohonan kehadiran Bupati atau Wakil Bupati pada kegiatan masyarakat, lembaga, dan instansi.",
               "Surat permohonan yang ditujukan kepada Bupati; Maksud dan tujuan audiensi; Daftar peserta",
               duration=H7),
        ], category="Pemerintahan"),
    ],
))

add(Org(
    "B029", short_name="Sekretariat DPRD",
    address="Jl. Jenderal Ahmad Yani No. 102, Kelurahan Taman Baru, Kecamatan Banyuwangi",
    email="setwan@banyuwangikab.go.id",
    description="Unsur pelayanan administrasi dan pemberian dukungan terhadap tugas dan fungsi Dewan Perwakilan Rakyat Daerah Kabupaten Banyuwangi.",
    head="Sekretaris Dewan Perwakilan Rakyat Daerah",
    units=[
        Unit("Kepala Bagian Persidangan dan Perundang-undangan", ["Analis Persidangan", "Pengelola Aspirasi Masyarakat"], [
            sv("Pelayanan Penerimaan Aspirasi dan Pengaduan Masyarakat kepada DPRD",
               "Pelayanan penerimaan, pencatatan, dan penyampaian aspirasi serta pengaduan masyarakat kepada pimpinan dan alat kelengkapan Dewan Perwakilan Rakyat Daerah, termasuk penjadwalan rapat dengar pendapat.",
               "Surat permohonan atau surat aspirasi; Identitas penyampai aspirasi; Daftar peserta audiensi",
               duration=H7),
            sv("Pelayanan Informasi Produk Hukum dan Risalah Persidangan DPRD",
               "Pelayanan penyediaan informasi keputusan DPRD, risalah rapat paripurna, dan jadwal persidangan bagi masyarakat.",
               "Permohonan tertulis; Identitas pemohon",
               duration=H3),
            sv("Pelayanan Kunjungan Pelajar dan Masyarakat ke DPRD",
               "Pelayanan kunjungan edukasi bagi pelajar, mahasiswa, dan kelompok masyarakat untuk mengenal fungsi dan tugas Dewan Perwakilan Rakyat Daerah.",
               "Surat permohonan kunjungan; Daftar peserta; Rencana waktu kunjungan",
               duration=H5),
        ], category="Pemerintahan"),
    ],
))


# =============================================================================================
# UPTD
# =============================================================================================

add(Org(
    "B030", short_name="UPTD PPA", parent_id="B015",
    address="Jl. K.H. Wahid Hasyim No. 21A, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    email="uptdppa@banyuwangikab.go.id",
    hours="Layanan pengaduan setiap hari 24 jam; layanan tatap muka Senin-Jumat 07.30-15.30",
    description="Unit pelaksana teknis daerah pada Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana yang memberikan layanan bagi perempuan dan anak yang mengalami kekerasan, diskriminasi, perlindungan khusus, dan masalah lainnya.",
    head="Kepala UPTD Perlindungan Perempuan dan Anak",
    units=[
        Unit("Kepala Subbagian Tata Usaha UPTD Perlindungan Perempuan dan Anak", ["Konselor Pengaduan", "Pendamping Korban", "Pekerja Sosial", "Psikolog Klinis", "Pendamping Hukum"], [
            sv("Pelayanan Pengaduan Masyarakat atas Kasus Kekerasan terhadap Perempuan dan Anak",
               "Pelayanan penerimaan pengaduan secara langsung, melalui telepon, atau media daring dari korban, keluarga, atau masyarakat mengenai kekerasan fisik, psikis, seksual, penelantaran, dan eksploitasi terhadap perempuan dan anak.",
               "Identitas pelapor atau korban apabila memungkinkan; Keterangan kejadian",
               duration=SEGERA, kw="UPTD PPA"),
            sv("Penjangkauan Korban Kekerasan terhadap Perempuan dan Anak",
               "Pelayanan penjangkauan ke lokasi korban untuk memberikan perlindungan awal, penyelamatan, dan identifikasi kebutuhan korban kekerasan.",
               "Laporan pengaduan yang telah dicatat",
               duration="Paling lama 1 x 24 jam sejak pengaduan diterima"),
            sv("Pengelolaan Kasus Kekerasan terhadap Perempuan dan Anak",
               "Pelayanan asesmen kebutuhan, penyusunan rencana intervensi, dan koordinasi rujukan layanan kesehatan, psikologis, hukum, dan sosial bagi korban kekerasan.",
               "Hasil penerimaan pengaduan atau penjangkauan",
               duration="Sesuai rencana intervensi kasus"),
            sv("Penyediaan Penampungan Sementara bagi Korban Kekerasan",
               "Pelayanan penampungan sementara di rumah aman bagi perempuan dan anak korban kekerasan yang memerlukan perlindungan dari ancaman pelaku.",
               "Hasil asesmen pengelolaan kasus",
               duration="Sesuai kebutuhan perlindungan korban"),
            sv("Pelayanan Mediasi Keluarga",
               "Pelayanan mediasi dalam penyelesaian permasalahan keluarga yang berdampak pada perempuan dan anak, sepanjang tidak termasuk tindak pidana yang wajib diproses secara hukum.",
               "Persetujuan para pihak untuk menempuh mediasi",
               duration=H14),
            sv("Pendampingan Psikologis bagi Korban Kekerasan",
               "Pelayanan konseling dan pemulihan psikologis oleh psikolog klinis bagi perempuan dan anak korban kekerasan beserta keluarganya.",
               "Hasil asesmen pengelolaan kasus atau rujukan",
               duration="Sesuai rencana pemulihan"),
            sv("Pendampingan Korban dalam Proses Hukum",
               "Pelayanan pendampingan korban kekerasan pada setiap tahap proses peradilan pidana mulai dari pelaporan di Kepolisian sampai dengan persidangan, termasuk fasilitasi visum.",
               "Hasil asesmen pengelolaan kasus; Surat kuasa pendampingan",
               duration="Sesuai tahapan proses hukum"),
            sv("Pelayanan Perlindungan Korban Kekerasan dalam Rumah Tangga",
               "Pelayanan perlindungan, pendampingan, dan pemulihan bagi istri, anak, dan anggota rumah tangga lain yang menjadi korban kekerasan dalam rumah tangga sesuai Undang-Undang tentang Penghapusan Kekerasan dalam Rumah Tangga.",
               "Identitas korban; Keterangan kejadian; Surat keterangan medis apabila ada",
               duration=SEGERA, kw="KDRT"),
            sv("Pelayanan Perlindungan Korban Tindak Pidana Perdagangan Orang",
               "Pelayanan perlindungan, rehabilitasi, dan reintegrasi sosial bagi perempuan dan anak korban tindak pidana perdagangan orang.",
               "Laporan dari korban, keluarga, atau instansi terkait",
               duration=SEGERA, kw="TPPO"),
            sv("Pendampingan Anak yang Berhadapan dengan Hukum",
               "Pelayanan pendampingan sosial dan psikologis bagi anak korban, anak saksi, dan anak yang berkonflik dengan hukum selama proses diversi dan peradilan pidana anak.",
               "Surat permintaan pendampingan dari penyidik atau pembimbing kemasyarakatan; Identitas anak",
               duration="Sesuai tahapan proses hukum", kw="ABH"),
        ], category="Pemberdayaan Perempuan dan Pelindungan Anak"),
    ],
    frontdesk=["Petugas Penerima Pengaduan"],
    contact_hours=JAM_24,
))

add(Org(
    "B031", short_name="Puskeswan Rogojampi", parent_id="B022",
    address="Jl. Raya Rogojampi, Kecamatan Rogojampi",
    email="puskeswan.rogojampi@banyuwangikab.go.id",
    description="Unit pelaksana teknis daerah pada Dinas Pertanian dan Pangan yang menyelenggarakan pelayanan kesehatan hewan di wilayah kerja Kecamatan Rogojampi dan sekitarnya.",
    head="Kepala UPTD Pusat Kesehatan Hewan Rogojampi", head_style="vet",
    area="Rogojampi;Blimbingsari;Kabat;Singojuruh",
    units=[
        Unit("", ["Medik Veteriner", "Paramedik Veteriner", "Inseminator dan Petugas Pemeriksa Kebuntingan"], [
            sv("Pelayanan Pemeriksaan dan Pengobatan Hewan",
               "Pelayanan pemeriksaan klinis, diagnosis, dan pengobatan ternak dan hewan kesayangan di Pusat Kesehatan Hewan maupun kunjungan ke lokasi peternak.",
               "Hewan yang akan diperiksa atau laporan kasus dari pemilik; Identitas pemilik hewan",
               fee=RETRIB, duration=SAAT),
            sv("Pelayanan Inseminasi Buatan pada Ternak di Wilayah Kerja Pusat Kesehatan Hewan",
               "Pelayanan inseminasi buatan pada sapi dan kambing milik peternak di wilayah kerja Pusat Kesehatan Hewan Rogojampi.",
               "Laporan berahi ternak dari peternak",
               fee="Tidak dipungut biaya untuk semen beku program pemerintah", duration="Paling lama 1 x 24 jam setelah laporan berahi"),
            sv("Pemeriksaan Kebuntingan dan Penanganan Gangguan Reproduksi Ternak",
               "Pelayanan pemeriksaan kebuntingan serta penanganan gangguan reproduksi pada ternak betina yang tidak bunting setelah inseminasi berulang.",
               "Catatan inseminasi buatan; Laporan pemilik ternak",
               duration=SAAT),
            sv("Vaksinasi Rabies pada Anjing, Kucing, dan Kera",
               "Pelayanan vaksinasi rabies pada hewan penular rabies milik masyarakat di Pusat Kesehatan Hewan maupun pada kegiatan vaksinasi massal di desa.",
               "Hewan dalam keadaan sehat dan berusia paling sedikit 3 (tiga) bulan",
               duration=SAAT),
            sv("Vaksinasi Penyakit Hewan Menular pada Ternak dan Unggas",
               "Pelayanan vaksinasi penyakit mulut dan kuku, lumpy skin disease, dan penyakit unggas menular pada ternak dan unggas milik peternak.",
               "Ternak dalam keadaan sehat; Identitas pemilik",
               duration=JADWAL),
            sv("Pelayanan Sterilisasi Hewan Kesayangan",
               "Pelayanan sterilisasi atau kastrasi kucing dan anjing peliharaan masyarakat untuk pengendalian populasi hewan kesayangan.",
               "Pendaftaran jadwal tindakan; Hewan dalam keadaan sehat dan dipuasakan sesuai petunjuk petugas",
               fee=RETRIB, duration=JADWAL),
            sv("Observasi Hewan Penggigit",
               "Pelayanan observasi selama 14 (empat belas) hari terhadap hewan penular rabies yang menggigit manusia sebagai dasar penanganan lanjutan kasus gigitan.",
               "Laporan kasus gigitan dari masyarakat atau Puskesmas",
               duration="14 (empat belas) hari masa observasi"),
        ], category="Peternakan dan Kesehatan Hewan"),
    ],
    languages="ind;jav;osi",
))

add(Org(
    "B032", short_name="UPTD PKB", parent_id="B018",
    address="Jl. Raya Jember, Kelurahan Sobo, Kecamatan Banyuwangi",
    email="uptdpkb@banyuwangikab.go.id",
    hours="Senin-Kamis 07.30-14.00; Jumat 07.30-11.00",
    description="Unit pelaksana teknis daerah pada Dinas Perhubungan yang menyelenggarakan pengujian berkala kendaraan bermotor wajib uji.",
    head="Kepala UPTD Pengujian Kendaraan Bermotor",
    units=[
        Unit("", ["Penguji Kendaraan Bermotor Ahli", "Penguji Kendaraan Bermotor Terampil", "Pengelola Administrasi Pengujian"], [
            sv("Pelayanan Uji Berkala Pertama Kendaraan Bermotor",
               "Pelayanan pengujian berkala pertama bagi mobil penumpang umum, mobil bus, mobil barang, kendaraan khusus, kereta gandengan, dan kereta tempelan yang dioperasikan di jalan.",
               "Fotokopi Surat Tanda Nomor Kendaraan dan Buku Pemilik Kendaraan Bermotor; " + KTP + " pemilik; Sertifikat registrasi uji tipe; Kendaraan dalam kondisi laik jalan",
               fee=RETRIB, duration=M60, kw="Uji KIR"),
            sv("Pelayanan Uji Berkala Perpanjangan Kendaraan Bermotor",
               "Pelayanan pengujian berkala setiap 6 (enam) bulan bagi kendaraan bermotor wajib uji yang telah memiliki bukti lulus uji elektronik.",
               "Kartu bukti lulus uji elektronik (kartu BLUe); Fotokopi Surat Tanda Nomor Kendaraan; Kendaraan dalam kondisi laik jalan",
               fee=RETRIB, duration=M60, kw="BLUe"),
            sv("Penggantian Kartu Bukti Lulus Uji Elektronik yang Hilang atau Rusak",
               "Pelayanan penerbitan kembali kartu bukti lulus uji elektronik yang hilang atau rusak.",
               "Surat keterangan kehilangan dari Kepolisian atau kartu yang rusak; Fotokopi Surat Tanda Nomor Kendaraan; " + KTP + " pemilik",
               fee=RETRIB, duration=H1),
            sv("Pelayanan Mutasi dan Numpang Uji Kendaraan Bermotor",
               "Pelayanan mutasi data uji kendaraan bermotor keluar atau masuk Kabupaten Banyuwangi serta numpang uji bagi kendaraan dari daerah lain.",
               "Surat permohonan; Kartu bukti lulus uji elektronik; Fotokopi Surat Tanda Nomor Kendaraan; Surat rekomendasi dari unit pengujian asal bagi mutasi masuk",
               fee=RETRIB, duration=H1),
        ], category="Perhubungan"),
    ],
))

add(Org(
    "B033", short_name="UPTD BLK", parent_id="B011",
    address="Jl. Gajah Mada No. 200, Kelurahan Kebalenan, Kecamatan Banyuwangi",
    email="uptdblk@banyuwangikab.go.id",
    description="Unit pelaksana teknis daerah pada Dinas Tenaga Kerja, Transmigrasi dan Perindustrian yang menyelenggarakan pelatihan kerja berbasis kompetensi bagi pencari kerja dan masyarakat.",
    head="Kepala UPTD Balai Latihan Kerja",
    units=[
        Unit("Kepala Subbagian Tata Usaha UPTD Balai Latihan Kerja", ["Instruktur Teknik Otomotif", "Instruktur Teknik Las dan Listrik", "Instruktur Teknologi Informasi dan Komunikasi", "Instruktur Garmen dan Tata Boga", "Pengelola Sertifikasi dan Pemagangan"], [
            sv("Pelatihan Berbasis Kompetensi Kejuruan Teknik Otomotif",
               "Pelayanan pelatihan kerja berbasis kompetensi kejuruan teknik otomotif sepeda motor dan mobil bagi pencari kerja.",
               KTP + "; Fotokopi ijazah terakhir paling rendah SMP/sederajat; Pas foto berwarna; Berusia paling rendah 17 (tujuh belas) tahun; Kartu AK/I",
               duration=JADWAL),
            sv("Pelatihan Berbasis Kompetensi Kejuruan Teknik Las",
               "Pelayanan pelatihan kerja berbasis kompetensi kejuruan pengelasan dan fabrikasi logam.",
               KTP + "; Fotokopi ijazah terakhir; Pas foto berwarna; Kartu AK/I",
               duration=JADWAL),
            sv("Pelatihan Berbasis Kompetensi Kejuruan Teknik Listrik",
               "Pelayanan pelatihan kerja berbasis kompetensi kejuruan instalasi listrik dan perawatan peralatan elektronik.",
               KTP + "; Fotokopi ijazah terakhir; Pas foto berwarna; Kartu AK/I",
               duration=JADWAL),
            sv("Pelatihan Berbasis Kompetensi Kejuruan Teknologi Informasi dan Komunikasi",
               "Pelayanan pelatihan kerja berbasis kompetensi kejuruan operator komputer, desain grafis, dan pemasaran digital.",
               KTP + "; Fotokopi ijazah terakhir; Pas foto berwarna; Kartu AK/I",
               duration=JADWAL),
            sv("Pelatihan Berbasis Kompetensi Kejuruan Garmen Apparel dan Tata Boga",
               "Pelayanan pelatihan kerja berbasis kompetensi kejuruan menjahit pakaian, pengolahan makanan, dan tata boga.",
               KTP + "; Fotokopi ijazah terakhir; Pas foto berwarna; Kartu AK/I",
               duration=JADWAL),
            sv("Pelatihan Keterampilan Kerja melalui Mobile Training Unit",
               "Pelayanan pelatihan keterampilan kerja dengan unit pelatihan keliling yang diselenggarakan di desa atas usulan pemerintah desa atau kelompok masyarakat.",
               "Surat usulan dari Kepala Desa atau kelompok masyarakat; Daftar calon peserta; Fotokopi KTP-el calon peserta",
               duration=JADWAL, kw="MTU"),
            sv("Fasilitasi Uji Kompetensi dan Sertifikasi Kompetensi Kerja",
               "Pelayanan fasilitasi uji kompetensi bagi alumni pelatihan dan tenaga kerja melalui Lembaga Sertifikasi Profesi untuk memperoleh sertifikat kompetensi kerja.",
               "Sertifikat pelatihan; " + KTP + "; Pas foto berwarna; Formulir asesmen mandiri",
               duration=JADWAL, authority="central",
               note="Sertifikat kompetensi kerja diterbitkan oleh Lembaga Sertifikasi Profesi yang dilisensi Badan Nasional Sertifikasi Profesi."),
            sv("Penyelenggaraan Pemagangan di Dalam Negeri",
               "Pelayanan penempatan peserta pemagangan pada perusahaan mitra berdasarkan perjanjian pemagangan untuk meningkatkan kompetensi kerja.",
               KTP + "; Fotokopi ijazah terakhir; Sertifikat pelatihan; Surat izin orang tua bagi peserta berusia kurang dari 18 (delapan belas) tahun",
               duration=JADWAL),
        ], category="Ketenagakerjaan"),
    ],
))


# =============================================================================================
# Rumah sakit umum daerah
# =============================================================================================

def rsud_services(genteng: bool) -> list:
    nama = "RSUD Genteng" if genteng else "RSUD Blambangan"
    items = [
        sv("Pelayanan Instalasi Gawat Darurat 24 Jam",
           "Pelayanan penanganan pasien gawat darurat medis, bedah, anak, dan kebidanan selama 24 jam dengan sistem triase, tanpa mendahulukan persyaratan administrasi.",
           "Identitas pasien (KTP-el/Kartu Keluarga) dapat dilengkapi setelah penanganan kegawatdaruratan; " + JKN,
           fee=TARIF_BLUD, duration="Penanganan segera sesuai hasil triase", kw="IGD", tag="igd"),
        sv("Pelayanan Rawat Jalan Poliklinik Spesialis",
           f"Pelayanan pemeriksaan, diagnosis, dan pengobatan pasien rawat jalan pada poliklinik spesialis {nama} antara lain penyakit dalam, anak, bedah, kebidanan dan kandungan, saraf, mata, THT, kulit dan kelamin, serta gigi dan mulut.",
           "Surat rujukan dari fasilitas kesehatan tingkat pertama bagi peserta JKN; " + JKN + "; " + KTP + " atau Kartu Keluarga; Nomor antrean daring atau pendaftaran di loket",
           fee=TARIF_BLUD, duration="Sesuai jadwal praktik dokter spesialis", tag="ralan"),
        sv("Pelayanan Rawat Inap",
           "Pelayanan perawatan pasien yang memerlukan observasi, diagnosis, terapi, dan rehabilitasi medik dengan menginap di ruang rawat inap sesuai kelas perawatan.",
           "Surat perintah rawat inap dari dokter Instalasi Gawat Darurat atau poliklinik; " + KTP + "; " + KK + "; " + JKN,
           fee=TARIF_BLUD, duration="Sesuai indikasi medis", tag="ranap"),
        sv("Pelayanan Obstetri dan Neonatal Emergensi Komprehensif",
           "Pelayanan persalinan normal dan persalinan dengan tindakan, penanganan kegawatdaruratan kebidanan, serta perawatan bayi baru lahir berisiko selama 24 jam.",
           "Buku Kesehatan Ibu dan Anak; Surat rujukan dari Puskesmas atau bidan bagi kasus rujukan; " + KTP + "; " + JKN,
           fee=TARIF_BLUD, duration="Penanganan segera selama 24 jam", kw="PONEK", tag="kebid"),
        sv("Pelayanan Hemodialisis",
           "Pelayanan terapi pengganti ginjal melalui tindakan hemodialisis bagi pasien gagal ginjal sesuai jadwal yang ditetapkan dokter penanggung jawab.",
           "Surat rujukan atau surat pengantar dari dokter spesialis penyakit dalam; " + JKN + "; Hasil pemeriksaan laboratorium penunjang",
           fee=TARIF_BLUD, duration="4 (empat) sampai dengan 5 (lima) jam per tindakan sesuai jadwal", tag="hd"),
        sv("Pelayanan Intensive Care Unit",
           "Pelayanan perawatan intensif bagi pasien dalam kondisi kritis yang memerlukan pemantauan ketat dan dukungan alat bantu fungsi organ.",
           "Indikasi medis dari dokter penanggung jawab pelayanan; Persetujuan tindakan dari keluarga pasien",
           fee=TARIF_BLUD, duration="Sesuai indikasi medis", kw="ICU", tag="icu"),
        sv("Pelayanan Bedah Sentral",
           "Pelayanan tindakan operasi terencana dan operasi gawat darurat di Instalasi Bedah Sentral oleh dokter spesialis bedah dan anestesi.",
           "Jadwal operasi dari dokter spesialis; Persetujuan tindakan medis; Hasil pemeriksaan penunjang praoperasi",
           fee=TARIF_BLUD, duration="Sesuai jadwal operasi atau segera bagi operasi gawat darurat", tag="ok"),
        sv("Pelayanan Laboratorium Patologi Klinik",
           "Pelayanan pemeriksaan laboratorium hematologi, kimia klinik, imunoserologi, urinalisis, dan mikrobiologi bagi pasien rawat jalan, rawat inap, dan permintaan mandiri.",
           "Formulir permintaan pemeriksaan dari dokter; Identitas pasien",
           fee=TARIF_BLUD, duration="Paling lama 140 (seratus empat puluh) menit untuk pemeriksaan rutin", tag="lab"),
        sv("Pelayanan Radiologi dan Pencitraan Diagnostik",
           "Pelayanan pemeriksaan radiografi konvensional, ultrasonografi, dan tomografi komputer sesuai permintaan dokter.",
           "Formulir permintaan pemeriksaan radiologi dari dokter; Identitas pasien; Hasil pemeriksaan sebelumnya apabila ada",
           fee=TARIF_BLUD, duration="Paling lama 3 (tiga) jam untuk hasil pemeriksaan rutin", tag="rad"),
        sv("Pelayanan Kefarmasian Instalasi Farmasi",
           "Pelayanan penyerahan obat dan bahan medis habis pakai berdasarkan resep dokter disertai pemberian informasi dan konseling obat.",
           "Resep dari dokter rumah sakit; Identitas pasien; " + JKN,
           fee=TARIF_BLUD, duration="Paling lama 30 (tiga puluh) menit untuk obat jadi dan 60 (enam puluh) menit untuk obat racikan", tag="farm"),
        sv("Pelayanan Rehabilitasi Medik dan Fisioterapi",
           "Pelayanan pemulihan fungsi gerak dan fungsi tubuh melalui fisioterapi, terapi okupasi, dan terapi wicara berdasarkan program dokter spesialis kedokteran fisik dan rehabilitasi.",
           "Surat rujukan atau pengantar dari dokter; " + JKN,
           fee=TARIF_BLUD, duration="Sesuai program terapi", tag="rm"),
        sv("Pelayanan Pemeriksaan Kesehatan untuk Persyaratan Administrasi",
           "Pelayanan pemeriksaan kesehatan dan penerbitan surat keterangan sehat jasmani, surat keterangan sehat rohani, dan hasil medical check up untuk keperluan pendaftaran sekolah, pekerjaan, dan persyaratan administrasi lainnya.",
           KTP + "; Pas foto berwarna; Surat pengantar dari instansi apabila dipersyaratkan",
           fee=TARIF_BLUD, duration=SAAT, tag="mcu"),
        sv("Pelayanan Pemulasaraan Jenazah dan Ambulans Jenazah",
           "Pelayanan perawatan, pemandian, dan pengafanan jenazah serta pengantaran jenazah dengan ambulans jenazah ke rumah duka.",
           "Surat keterangan kematian dari dokter rumah sakit; Identitas keluarga penanggung jawab",
           fee=TARIF_BLUD, duration=SAAT, tag="jenazah"),
        sv("Pelayanan Pembuatan Visum et Repertum",
           "Pelayanan pemeriksaan medikolegal dan pembuatan Visum et Repertum atas permintaan tertulis penyidik Kepolisian.",
           "Surat permintaan visum dari penyidik Kepolisian; Identitas korban",
           fee="Sesuai Peraturan Bupati tentang Tarif Layanan Badan Layanan Umum Daerah", duration=H3, tag="jenazah"),
        sv("Pelayanan Administrasi Penjaminan Pasien dan Penerbitan Resume Medis",
           "Pelayanan administrasi penjaminan pasien peserta Jaminan Kesehatan Nasional, jaminan kesehatan daerah, dan asuransi lain, serta penerbitan resume medis dan surat keterangan rawat inap.",
           JKN + "; " + KTP + "; " + KK + "; Surat permohonan resume medis dari pasien atau keluarga",
           fee=TARIF_BLUD, duration=H1, tag="admin"),
        sv("Pelayanan Pengaduan dan Informasi Pasien",
           "Pelayanan informasi ketersediaan tempat tidur, jadwal dokter, dan prosedur layanan, serta penerimaan dan penanganan pengaduan pasien dan keluarga pasien.",
           "Identitas pengadu; Uraian pengaduan",
           duration="Tanggapan paling lama 3 (tiga) hari kerja", tag="admin"),
    ]
    if not genteng:
        items.insert(11, sv("Pelayanan Kesehatan Jiwa",
           "Pelayanan pemeriksaan, pengobatan, dan konseling gangguan jiwa pada poliklinik jiwa, termasuk perawatan pasien gangguan jiwa dengan kondisi akut.",
           "Surat rujukan dari fasilitas kesehatan tingkat pertama; " + JKN + "; " + KTP + " pasien atau keluarga penanggung jawab",
           fee=TARIF_BLUD, duration="Sesuai jadwal praktik dokter spesialis kedokteran jiwa", tag="ralan"))
        items.insert(8, sv("Pelayanan Transfusi Darah Rumah Sakit",
           "Pelayanan penyediaan darah dan komponen darah bagi pasien rumah sakit melalui Bank Darah Rumah Sakit bekerja sama dengan Unit Transfusi Darah.",
           "Formulir permintaan darah dari dokter; Sampel darah pasien",
           fee=TARIF_BLUD, duration="Sesuai ketersediaan darah", tag="lab"))
    return items


RSUD_STAFF = [
    ("Kepala Instalasi Gawat Darurat", "dr", ["igd"], "technical"),
    ("Kepala Instalasi Rawat Jalan", "dr", ["ralan", "rm", "mcu"], "technical"),
    ("Kepala Instalasi Rawat Inap", "nurse", ["ranap", "icu"], "technical"),
    ("Koordinator Pelayanan Kebidanan dan Perinatologi", "midwife", ["kebid"], "technical"),
    ("Kepala Instalasi Hemodialisis", "nurse", ["hd"], "technical"),
    ("Kepala Instalasi Bedah Sentral", "nurse", ["ok"], "technical"),
    ("Kepala Instalasi Laboratorium", "lab", ["lab"], "technical"),
    ("Kepala Instalasi Radiologi", "rad", ["rad"], "technical"),
    ("Kepala Instalasi Farmasi", "farmasi", ["farm"], "technical"),
    ("Kepala Instalasi Pemulasaraan Jenazah", "nurse", ["jenazah"], "technical"),
    ("Kepala Seksi Pelayanan Penjaminan dan Pengaduan", "admin", ["admin"], "technical"),
    ("Wakil Direktur Pelayanan", "dr", ["igd", "ralan", "ranap", "kebid", "hd", "icu", "ok", "lab", "rad", "farm", "rm", "mcu", "jenazah"], "manager"),
    ("Kepala Bidang Pelayanan Keperawatan", "nurse", ["igd", "ranap", "icu", "kebid", "ok", "hd"], "manager"),
    ("Wakil Direktur Umum dan Keuangan", "admin", ["admin"], "manager"),
]

add(Org(
    "B034", short_name="RSUD Blambangan",
    address="Jl. Letkol Istiqlah No. 49, Kelurahan Singonegaran, Kecamatan Banyuwangi",
    phone="(0333) 400008", email="rsudblambangan@banyuwangikab.go.id",
    hours="Instalasi Gawat Darurat setiap hari 24 jam; pendaftaran rawat jalan Senin-Kamis 07.00-12.00, Jumat 07.00-10.30, Sabtu 07.00-11.00",
    description="Rumah sakit umum daerah milik Pemerintah Kabupaten Banyuwangi yang berbentuk Badan Layanan Umum Daerah dan menyelenggarakan pelayanan kesehatan perorangan secara paripurna.",
    head="Direktur Rumah Sakit Umum Daerah Blambangan", head_style="dr",
    units=[Unit("", [], rsud_services(False), category="Kesehatan")],
    explicit_staff=RSUD_STAFF,
    frontdesk=["Petugas Pendaftaran dan Informasi", "Petugas Layanan Pengaduan Pasien"],
))

add(Org(
    "B035", short_name="RSUD Genteng",
    address="Jl. Hasanudin No. 98, Desa Genteng Kulon, Kecamatan Genteng",
    phone="(0333) 840000", email="rsudgenteng@banyuwangikab.go.id",
    hours="Instalasi Gawat Darurat setiap hari 24 jam; pendaftaran rawat jalan Senin-Kamis 07.00-12.00, Jumat 07.00-10.30, Sabtu 07.00-11.00",
    description="Rumah sakit umum daerah milik Pemerintah Kabupaten Banyuwangi di wilayah selatan-barat yang berbentuk Badan Layanan Umum Daerah dan menyelenggarakan pelayanan kesehatan perorangan secara paripurna.",
    head="Direktur Rumah Sakit Umum Daerah Genteng", head_style="dr",
    units=[Unit("", [], rsud_services(True), category="Kesehatan")],
    explicit_staff=RSUD_STAFF,
    frontdesk=["Petugas Pendaftaran dan Informasi", "Petugas Layanan Pengaduan Pasien"],
))


# =============================================================================================
# Puskesmas
# =============================================================================================

def pkm_services(nama: str, ranap: bool, extra: tuple = ()) -> list:
    """The Standar Pelayanan of a Puskesmas; rawat inap ones add the 24-hour services."""
    daftar = "Kartu identitas berobat atau nomor rekam medis apabila sudah terdaftar; " + KTP + " atau " + KK + "; " + JKN
    items = [
        sv("Pelayanan Pendaftaran dan Rekam Medis Pasien",
           f"Pelayanan pendaftaran pasien baru dan pasien lama, verifikasi kepesertaan Jaminan Kesehatan Nasional, serta pengelolaan rekam medis pada {nama}.",
           daftar, fee=FREE, duration="Paling lama 10 (sepuluh) menit", tag="daftar"),
        sv("Pelayanan Pemeriksaan Umum",
           "Pelayanan pemeriksaan, diagnosis, pengobatan, dan konseling pasien rawat jalan oleh dokter umum, termasuk penerbitan surat rujukan ke fasilitas kesehatan rujukan tingkat lanjutan sesuai indikasi medis.",
           daftar, fee=TARIF_PKM, duration="Paling lama 30 (tiga puluh) menit", tag="umum"),
        sv("Pelayanan Kesehatan Gigi dan Mulut",
           "Pelayanan pemeriksaan, penambalan, pencabutan gigi, pembersihan karang gigi, dan penyuluhan kesehatan gigi dan mulut oleh dokter gigi.",
           daftar, fee=TARIF_PKM, duration="Paling lama 45 (empat puluh lima) menit", tag="gigi"),
        sv("Pelayanan Pemeriksaan Kehamilan (Antenatal Terpadu)",
           "Pelayanan pemeriksaan kehamilan terpadu paling sedikit 6 (enam) kali selama masa kehamilan, meliputi penimbangan, pengukuran tekanan darah, pemeriksaan laboratorium ibu hamil, pemberian tablet tambah darah, dan konseling.",
           "Buku Kesehatan Ibu dan Anak; " + KTP + "; " + JKN,
           fee=TARIF_PKM, duration="Paling lama 30 (tiga puluh) menit", kw="ANC", tag="kia"),
        sv("Pelayanan Kesehatan Ibu Nifas dan Bayi Baru Lahir",
           "Pelayanan kunjungan nifas dan kunjungan neonatal, termasuk pemeriksaan ibu setelah melahirkan, perawatan tali pusat, skrining hipotiroid kongenital, dan konseling menyusui.",
           "Buku Kesehatan Ibu dan Anak; " + JKN,
           fee=TARIF_PKM, duration=SAAT, tag="kia"),
        sv("Pelayanan Keluarga Berencana",
           "Pelayanan konseling dan pemasangan atau pencabutan alat dan obat kontrasepsi, meliputi pil, suntik, implan, dan alat kontrasepsi dalam rahim, bagi pasangan usia subur.",
           KTP + "; Kartu peserta KB apabila ada; " + JKN + "; Persetujuan suami bagi metode kontrasepsi jangka panjang",
           fee=TARIF_PKM, duration=SAAT, tag="kb"),
        sv("Pelayanan Imunisasi Dasar Lengkap dan Imunisasi Lanjutan",
           "Pelayanan pemberian imunisasi dasar lengkap bagi bayi, imunisasi lanjutan bagi anak usia di bawah dua tahun, serta imunisasi bagi wanita usia subur dan ibu hamil sesuai jadwal program imunisasi nasional.",
           "Buku Kesehatan Ibu dan Anak; Anak dalam keadaan sehat",
           fee=FREE, duration=SAAT, tag="imun"),
        sv("Pelayanan Manajemen Terpadu Balita Sakit",
           "Pelayanan pemeriksaan dan tata laksana balita sakit secara terpadu, meliputi penilaian tanda bahaya, klasifikasi penyakit, pengobatan, dan konseling bagi ibu atau pengasuh balita.",
           "Buku Kesehatan Ibu dan Anak; " + daftar,
           fee=TARIF_PKM, duration="Paling lama 30 (tiga puluh) menit", kw="MTBS", tag="mtbs"),
        sv("Pelayanan Konseling Gizi dan Tata Laksana Balita Gizi Kurang",
           "Pelayanan konseling gizi, pemantauan pertumbuhan, tata laksana balita gizi kurang dan gizi buruk, serta pendampingan balita stunting dan ibu hamil Kurang Energi Kronis.",
           "Buku Kesehatan Ibu dan Anak; Hasil penimbangan dan pengukuran dari Posyandu apabila ada",
           fee=FREE, duration=SAAT, tag="gizi"),
        sv("Pelayanan Pemeriksaan Laboratorium Sederhana",
           "Pelayanan pemeriksaan laboratorium darah rutin, gula darah, kolesterol, asam urat, urine, tes kehamilan, pemeriksaan dahak, dan golongan darah atas permintaan dokter atau bidan.",
           "Formulir permintaan pemeriksaan laboratorium dari dokter atau bidan; " + JKN,
           fee=TARIF_PKM, duration="Paling lama 60 (enam puluh) menit", tag="lab"),
        sv("Pelayanan Kefarmasian",
           "Pelayanan penyerahan obat berdasarkan resep dokter, dokter gigi, atau bidan Puskesmas disertai pemberian informasi penggunaan obat.",
           "Resep dari tenaga medis Puskesmas",
           fee=FREE, duration="Paling lama 15 (lima belas) menit untuk obat jadi", tag="farm"),
        sv("Pelayanan Pemeriksaan Kesehatan dan Penerbitan Surat Keterangan Sehat",
           "Pelayanan pemeriksaan kesehatan umum dan penerbitan surat keterangan sehat untuk keperluan melamar pekerjaan, pendaftaran sekolah, dan persyaratan administrasi lainnya.",
           KTP + "; Pas foto berwarna apabila dipersyaratkan instansi tujuan",
           fee=TARIF_PKM, duration=SAAT, tag="skd"),
        sv("Pelayanan Pemeriksaan Kesehatan Calon Pengantin",
           "Pelayanan pemeriksaan kesehatan, pemeriksaan laboratorium, imunisasi tetanus, dan konseling kesehatan reproduksi bagi calon pengantin sebagai persyaratan pendaftaran pernikahan.",
           KTP + " calon pengantin; Surat pengantar dari Kantor Urusan Agama atau Desa/Kelurahan",
           fee=TARIF_PKM, duration=SAAT, tag="kia"),
        sv("Pelayanan Kesehatan Usia Lanjut dan Penyakit Tidak Menular",
           "Pelayanan pemeriksaan kesehatan berkala bagi penduduk usia lanjut, skrining dan pengendalian hipertensi, diabetes melitus, serta pembinaan Pos Pembinaan Terpadu Penyakit Tidak Menular.",
           daftar, fee=TARIF_PKM, duration=SAAT, kw="Posbindu PTM", tag="ptm"),
        sv("Pelayanan Pemeriksaan dan Pengobatan Tuberkulosis",
           "Pelayanan penemuan kasus, pemeriksaan dahak, pengobatan, dan pemantauan minum obat bagi pasien tuberkulosis sampai dinyatakan sembuh, serta investigasi kontak serumah.",
           daftar, fee=FREE, duration="Sesuai jadwal pengobatan", tag="tb"),
        sv("Pelayanan Konseling dan Tes HIV serta Infeksi Menular Seksual",
           "Pelayanan konseling, tes HIV sukarela, pemeriksaan infeksi menular seksual, dan rujukan pengobatan antiretroviral dengan menjaga kerahasiaan pasien.",
           "Identitas pasien; Persetujuan tes setelah konseling",
           fee=FREE, duration=SAAT, tag="lab"),
        sv("Pelayanan Klinik Sanitasi dan Inspeksi Kesehatan Lingkungan",
           "Pelayanan konseling kesehatan lingkungan bagi pasien penyakit berbasis lingkungan, inspeksi kesehatan lingkungan rumah, sarana air minum, tempat pengelolaan pangan, dan tempat fasilitas umum di wilayah kerja.",
           "Rujukan dari ruang pemeriksaan atau permohonan inspeksi dari masyarakat atau pelaku usaha",
           fee=FREE, duration=H3, tag="kesling"),
        sv("Pembinaan dan Koordinasi Pos Pelayanan Terpadu (Posyandu)",
           "Pelayanan pembinaan teknis, pendampingan kader, dan penjadwalan kegiatan Posyandu balita, ibu hamil, remaja, dan usia lanjut di desa/kelurahan wilayah kerja Puskesmas.",
           "Permohonan dari pemerintah desa/kelurahan atau kader Posyandu",
           fee=FREE, duration=JADWAL, tag="gizi"),
    ]
    if ranap:
        items += [
            sv("Pelayanan Gawat Darurat 24 Jam",
               "Pelayanan penanganan pertama pasien gawat darurat, kecelakaan, dan tindakan medis selama 24 jam, termasuk stabilisasi dan rujukan ke rumah sakit.",
               "Identitas pasien dapat dilengkapi setelah penanganan; " + JKN,
               fee=TARIF_PKM, duration="Penanganan segera sesuai hasil triase", kw="UGD", tag="ugd"),
            sv("Pelayanan Persalinan Normal dan Pelayanan Obstetri Neonatal Emergensi Dasar 24 Jam",
               "Pelayanan pertolongan persalinan normal, penanganan kegawatdaruratan maternal dan neonatal tingkat dasar, serta rujukan terencana selama 24 jam.",
               "Buku Kesehatan Ibu dan Anak; " + KTP + "; " + KK + "; " + JKN,
               fee=TARIF_PKM, duration="Penanganan segera selama 24 jam", kw="PONED", tag="salin"),
            sv("Pelayanan Rawat Inap Puskesmas",
               "Pelayanan perawatan pasien yang memerlukan observasi dan pengobatan dengan menginap di ruang rawat inap Puskesmas sesuai indikasi medis.",
               "Surat perintah rawat inap dari dokter; " + KTP + "; " + KK + "; " + JKN,
               fee=TARIF_PKM, duration="Sesuai indikasi medis", tag="ugd"),
            sv("Pelayanan Ambulans Rujukan Pasien",
               "Pelayanan pengantaran pasien dengan ambulans Puskesmas ke rumah sakit rujukan dalam keadaan gawat darurat atau rujukan terencana.",
               "Surat rujukan dari dokter atau bidan Puskesmas",
               fee=TARIF_PKM, duration=SEGERA, tag="ugd"),
        ]
    else:
        items += [
            sv("Pelayanan Tindakan Medis dan Kegawatdaruratan pada Jam Pelayanan",
               "Pelayanan penanganan luka, tindakan medis sederhana, dan stabilisasi pasien gawat darurat sebelum dirujuk pada jam pelayanan Puskesmas.",
               "Identitas pasien dapat dilengkapi setelah penanganan; " + JKN,
               fee=TARIF_PKM, duration="Penanganan segera sesuai hasil triase", tag="umum"),
        ]
    return items + list(extra)


def pkm_staff(ranap: bool) -> list:
    staff = [
        ("Dokter Penanggung Jawab Pelayanan Pemeriksaan Umum", "dr", ["umum", "skd", "ptm", "mtbs"], "technical"),
        ("Dokter Gigi", "drg", ["gigi"], "technical"),
        ("Bidan Koordinator", "midwife", ["kia", "kb", "salin"], "technical"),
        ("Perawat Pengelola Program Imunisasi dan Tuberkulosis", "nurse", ["imun", "tb", "ptm"], "technical"),
        ("Nutrisionis", "gizi", ["gizi"], "technical"),
        ("Sanitarian", "kesling", ["kesling"], "technical"),
        ("Ahli Teknologi Laboratorium Medik", "lab", ["lab"], "technical"),
        ("Apoteker", "farmasi", ["farm"], "technical"),
    ]
    if ranap:
        staff.insert(1, ("Perawat Penanggung Jawab Unit Gawat Darurat dan Rawat Inap", "nurse", ["ugd"], "technical"))
    return staff


RABIES = sv("Pelayanan Penanganan Kasus Gigitan Hewan Penular Rabies",
            "Pelayanan pencucian luka, pemberian vaksin anti rabies, dan pelaporan kasus gigitan hewan penular rabies kepada Pusat Kesehatan Hewan untuk observasi hewan penggigit.",
            "Identitas pasien; Keterangan hewan yang menggigit",
            fee=FREE, duration=SEGERA, kw="VAR", tag="umum")

PUSKESMAS = [
    # org_id, wilayah, alamat, kecamatan area, rawat inap, bahasa, layanan tambahan
    ("B036", "Singotrunan", "Jl. Jaksa Agung Suprapto No. 112, Kelurahan Singotrunan, Kecamatan Banyuwangi", "Banyuwangi", False, "ind;jav;osi", ()),
    ("B037", "Gitik", "Jl. Raya Gitik No. 5, Desa Gitik, Kecamatan Rogojampi", "Rogojampi", False, "ind;jav;osi", ()),
    ("B038", "Mojopanggung", "Jl. Raya Mojopanggung No. 27, Kelurahan Mojopanggung, Kecamatan Giri", "Giri", False, "ind;jav;osi", ()),
    ("B039", "Kalipuro", "Jl. Raya Situbondo No. 14, Kelurahan Kalipuro, Kecamatan Kalipuro", "Kalipuro", True, "ind;jav;osi;mad", (RABIES,)),
    ("B040", "Tampo", "Jl. Raya Tampo No. 3, Desa Tampo, Kecamatan Cluring", "Cluring", False, "ind;jav", ()),
    ("B041", "Benculuk", "Jl. Raya Benculuk No. 40, Desa Benculuk, Kecamatan Cluring", "Cluring", True, "ind;jav", ()),
    ("B042", "Jajag", "Jl. Raya Jajag No. 1, Desa Jajag, Kecamatan Gambiran", "Gambiran", True, "ind;jav", ()),
    ("B043", "Sumberberas", "Jl. Raya Sumberberas No. 9, Desa Sumberberas, Kecamatan Muncar", "Muncar", True, "ind;jav;mad", ()),
    ("B044", "Paspan", "Jl. Raya Paspan, Desa Paspan, Kecamatan Glagah", "Glagah", False, "ind;jav;osi", ()),
    ("B045", "Songgon", "Jl. Raya Songgon No. 17, Desa Songgon, Kecamatan Songgon", "Songgon", True, "ind;jav;osi", ()),
    ("B046", "Bajulmati", "Jl. Raya Situbondo Km 40, Desa Bajulmati, Kecamatan Wongsorejo", "Wongsorejo", True, "ind;jav;mad", (RABIES,)),
    ("B047", "Kembiritan", "Jl. Raya Kembiritan No. 8, Desa Kembiritan, Kecamatan Genteng", "Genteng", False, "ind;jav", ()),
]

for _pid, _nama, _alamat, _kec, _ranap, _lang, _extra in PUSKESMAS:
    add(Org(
        _pid, short_name=f"PKM {_nama}", parent_id="B008",
        address=_alamat,
        email=f"pkm.{_nama.lower()}@banyuwangikab.go.id",
        hours=("Unit Gawat Darurat, persalinan, dan rawat inap setiap hari 24 jam; rawat jalan Senin-Kamis 07.30-14.00, Jumat 07.30-11.00, Sabtu 07.30-12.30"
               if _ranap else "Senin-Kamis 07.30-14.00; Jumat 07.30-11.00; Sabtu 07.30-12.30"),
        description=(f"Pusat kesehatan masyarakat {'dengan rawat inap ' if _ranap else ''}pada Dinas Kesehatan yang menyelenggarakan upaya kesehatan masyarakat dan upaya kesehatan perseorangan tingkat pertama di wilayah kerja Kecamatan {_kec}."),
        head=f"Kepala Puskesmas {_nama}", head_style="dr",
        area=_kec,
        units=[Unit("", [], pkm_services(f"Puskesmas {_nama}", _ranap, _extra), category="Kesehatan")],
        explicit_staff=pkm_staff(_ranap) + [("Perekam Medis dan Petugas Pendaftaran Pasien", "plain", ["daftar"], "frontdesk")],
        frontdesk=[],
        languages=_lang, multi=0.0,
    ))


# =============================================================================================
# Kecamatan (Pelayanan Administrasi Terpadu Kecamatan)
# =============================================================================================

PATEN_NOTE = "Diselenggarakan berdasarkan Peraturan Bupati tentang Pelimpahan Sebagian Kewenangan Bupati kepada Camat dalam Pelayanan Administrasi Terpadu Kecamatan (PATEN)."


def kec_services(kec: str, ppats: bool) -> list:
    pel = [
        sv("Legalisasi Surat Keterangan dan Dokumen Administrasi",
           f"Pelayanan pengesahan atau legalisasi oleh Camat atas surat keterangan yang diterbitkan Kepala Desa/Lurah dan dokumen administrasi lain milik penduduk Kecamatan {kec} untuk keperluan di instansi lain.",
           "Surat keterangan atau dokumen asli yang akan dilegalisasi; " + KTP + "; Fotokopi dokumen yang akan dilegalisasi",
           duration=SAAT, note=PATEN_NOTE),
        sv("Pengesahan Surat Keterangan Ahli Waris",
           "Pelayanan penelitian dan pengesahan Surat Keterangan Ahli Waris yang dibuat para ahli waris dan disaksikan Kepala Desa/Lurah, untuk keperluan balik nama sertifikat, pencairan tabungan, dan pengurusan hak lainnya.",
           "Surat Keterangan Ahli Waris bermeterai yang ditandatangani para ahli waris dan saksi serta diketahui Kepala Desa/Lurah; Fotokopi Akta Kematian pewaris; Fotokopi KTP-el dan Kartu Keluarga para ahli waris; Fotokopi buku nikah pewaris; Fotokopi Akta Kelahiran para ahli waris",
           duration=H3, note=PATEN_NOTE),
        sv("Penerbitan Surat Dispensasi Pelaksanaan Nikah Kurang dari 10 (Sepuluh) Hari Kerja",
           "Pelayanan penerbitan surat dispensasi Camat bagi calon pengantin yang akan melangsungkan pernikahan kurang dari 10 (sepuluh) hari kerja sejak pemberitahuan kehendak nikah di Kantor Urusan Agama.",
           "Surat permohonan dispensasi dari calon pengantin; Surat pemberitahuan kekurangan hari dari Kantor Urusan Agama; " + KTP + " calon pengantin; Surat pengantar nikah dari Desa/Kelurahan",
           duration=SAAT, note=PATEN_NOTE),
        sv("Penerbitan Surat Rekomendasi Izin Keramaian",
           "Pelayanan penerbitan surat rekomendasi Camat untuk penyelenggaraan kegiatan yang melibatkan massa, pertunjukan, atau hajatan sebagai persyaratan permohonan izin keramaian kepada Kepolisian.",
           "Surat permohonan; " + KTP + " penanggung jawab kegiatan; Surat pengantar dari Kepala Desa/Lurah; Surat pernyataan tidak keberatan dari warga sekitar",
           duration=H1, note="Izin keramaian diterbitkan oleh Kepolisian Negara Republik Indonesia; Camat memberikan rekomendasi wilayah."),
        sv("Penerbitan Surat Keterangan Domisili Lembaga, Yayasan, dan Badan Usaha",
           f"Pelayanan penerbitan surat keterangan domisili bagi lembaga kemasyarakatan, yayasan, koperasi, dan badan usaha yang berkedudukan di wilayah Kecamatan {kec}.",
           "Surat permohonan; Surat keterangan domisili dari Kepala Desa/Lurah; Fotokopi akta pendirian lembaga atau badan usaha; " + KTP + " pimpinan; Bukti kepemilikan atau sewa tempat usaha",
           duration=H2, note=PATEN_NOTE),
        sv("Fasilitasi Pendaftaran Nomor Induk Berusaha bagi Usaha Mikro",
           "Pelayanan pendampingan pelaku usaha mikro dalam pendaftaran Nomor Induk Berusaha dan pemenuhan perizinan berusaha berbasis risiko rendah melalui Sistem OSS.",
           KTP + "; Nomor Pokok Wajib Pajak apabila ada; Alamat surat elektronik dan nomor telepon seluler aktif; Keterangan jenis dan lokasi usaha",
           duration=SAAT, url="https://oss.go.id", note="Nomor Induk Berusaha diterbitkan melalui Sistem OSS yang dikelola Kementerian Investasi/BKPM."),
        sv("Penerbitan Persetujuan Bangunan Gedung untuk Rumah Tinggal Tunggal Sederhana",
           f"Pelayanan penerimaan, pemeriksaan, dan penerbitan Persetujuan Bangunan Gedung (PBG) bagi rumah tinggal tunggal sederhana satu lantai dengan luas terbatas di wilayah Kecamatan {kec} berdasarkan pelimpahan kewenangan dari Bupati.",
           "Formulir permohonan melalui Sistem Informasi Manajemen Bangunan Gedung; " + KTP + "; Fotokopi bukti kepemilikan tanah; Gambar rencana bangunan sederhana; Fotokopi SPPT PBB-P2 tahun berjalan",
           fee="Sesuai Peraturan Daerah tentang Retribusi Persetujuan Bangunan Gedung", duration=H10,
           url="https://simbg.pu.go.id", note=PATEN_NOTE),
    ]
    for s in pel:
        s.tag = "pel"
    adm = [
        sv("Perekaman Data Kartu Tanda Penduduk Elektronik di Kecamatan",
           f"Pelayanan perekaman biodata, sidik jari, iris mata, tanda tangan, dan foto wajah bagi penduduk wajib KTP-el yang berdomisili di Kecamatan {kec}.",
           KK + "; Telah berusia 17 (tujuh belas) tahun atau sudah/pernah kawin",
           duration=SAAT, tag="adm",
           note="Data kependudukan dikelola Dinas Kependudukan dan Pencatatan Sipil; pencetakan KTP-el dapat dilakukan di kecamatan sesuai ketersediaan blangko."),
        sv("Pencetakan Kartu Tanda Penduduk Elektronik karena Perubahan Data, Rusak, atau Hilang",
           "Pelayanan pencetakan KTP-el bagi penduduk yang telah melakukan perekaman, atau yang KTP-el-nya mengalami perubahan data, rusak, atau hilang.",
           KK + "; KTP-el yang rusak atau Surat keterangan kehilangan dari Kepolisian apabila hilang",
           duration=SAAT, tag="adm",
           note="Pencetakan bergantung pada ketersediaan blangko KTP-el dari Kementerian Dalam Negeri."),
        sv("Pelayanan Penerbitan Kartu Keluarga dan Pencatatan Perubahan Biodata Penduduk di Kecamatan",
           "Pelayanan penerimaan berkas dan penerbitan Kartu Keluarga baru, penambahan atau pengurangan anggota keluarga, serta perubahan biodata penduduk melalui operator administrasi kependudukan kecamatan.",
           FORM + " (Formulir F-1.02); Kartu Keluarga lama; Fotokopi dokumen pendukung perubahan data (akta kelahiran, buku nikah, akta kematian, atau ijazah); " + PENGANTAR,
           duration=H1, tag="adm"),
    ]
    pem = [
        sv("Fasilitasi Penyelesaian Permasalahan Pertanahan dan Batas Wilayah antarwarga",
           f"Pelayanan fasilitasi musyawarah dan mediasi atas perselisihan batas tanah, hak garap, dan batas wilayah desa/kelurahan di Kecamatan {kec} sebelum ditempuh melalui jalur hukum.",
           "Surat permohonan fasilitasi; " + KTP + " para pihak; Fotokopi bukti kepemilikan atau penguasaan tanah; Surat keterangan dari Kepala Desa/Lurah",
           duration=H14, tag="pem"),
        sv("Penerbitan Surat Keterangan Riwayat Tanah",
           "Pelayanan penerbitan atau pengesahan surat keterangan riwayat penguasaan tanah berdasarkan catatan buku letter C desa sebagai persyaratan pendaftaran tanah pertama kali di Kantor Pertanahan.",
           "Surat permohonan; Surat keterangan riwayat tanah dari Kepala Desa; Fotokopi kutipan letter C; " + KTP + "; Fotokopi SPPT PBB-P2; Surat pernyataan penguasaan fisik bidang tanah bermeterai",
           duration=H3, tag="pem"),
    ]
    if ppats:
        pem.append(sv("Pembuatan Akta Peralihan Hak atas Tanah oleh Camat selaku Pejabat Pembuat Akta Tanah Sementara",
           f"Pelayanan pembuatan akta jual beli, akta hibah, dan akta peralihan hak atas tanah lainnya oleh Camat {kec} yang ditunjuk sebagai Pejabat Pembuat Akta Tanah Sementara.",
           "Sertifikat hak atas tanah asli; Fotokopi KTP-el dan Kartu Keluarga para pihak; Fotokopi SPPT PBB-P2 dan bukti lunas tahun berjalan; Bukti pembayaran BPHTB dan Pajak Penghasilan atas pengalihan hak; Surat persetujuan suami/istri; Hasil pengecekan sertifikat dari Kantor Pertanahan",
           fee="Uang jasa Pejabat Pembuat Akta Tanah sesuai ketentuan peraturan perundang-undangan", duration=H7, tag="pem",
           authority="central", note="Pejabat Pembuat Akta Tanah Sementara ditunjuk oleh Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional.", kw="PPATS"))
    trantib = [
        sv("Penanganan Pengaduan Gangguan Ketenteraman dan Ketertiban Umum",
           f"Pelayanan penerimaan dan tindak lanjut pengaduan masyarakat mengenai gangguan ketenteraman, ketertiban umum, dan pelanggaran peraturan daerah di wilayah Kecamatan {kec} bersama unsur Forum Koordinasi Pimpinan Kecamatan.",
           "Identitas pengadu; Uraian kejadian dan lokasi",
           duration=H3, tag="trantib"),
    ]
    kesra = [
        sv("Verifikasi dan Pengusulan Bantuan Rehabilitasi Rumah Tidak Layak Huni",
           "Pelayanan verifikasi lapangan dan pengusulan calon penerima bantuan rehabilitasi rumah tidak layak huni yang diajukan pemerintah desa/kelurahan kepada perangkat daerah teknis.",
           "Usulan dari Kepala Desa/Lurah; " + KTP + " dan " + KK + " calon penerima; Fotokopi bukti kepemilikan tanah; Foto kondisi rumah",
           duration=JADWAL, tag="kesra"),
    ]
    pmd = [
        sv("Fasilitasi Pengaduan Penyelenggaraan Pemerintahan Desa dan Pengelolaan Dana Desa",
           "Pelayanan penerimaan dan klarifikasi pengaduan masyarakat mengenai penyelenggaraan pemerintahan desa, pelayanan aparatur desa, dan pengelolaan Anggaran Pendapatan dan Belanja Desa.",
           "Identitas pengadu; Uraian pengaduan dan bukti pendukung",
           duration=H14, tag="pmd"),
    ]
    pengaduan = [
        sv("Pelayanan Informasi dan Pengaduan Pelayanan Publik Kecamatan",
           f"Pelayanan informasi persyaratan dan prosedur layanan serta penerimaan pengaduan atas penyelenggaraan pelayanan publik di Kantor Kecamatan {kec}.",
           "Identitas pengadu; Uraian pengaduan",
           duration="Tanggapan paling lama 3 (tiga) hari kerja", tag="sek"),
    ]
    return pel + adm + pem + trantib + kesra + pmd + pengaduan


KEC_UNITS_TAGS = ["pel", "adm", "pem", "trantib", "kesra", "pmd", "sek"]


def kec_staff(kec: str) -> list:
    return [
        (f"Sekretaris Kecamatan {kec}", "admin", ["sek"], "manager"),
        ("Kepala Seksi Pelayanan Umum", "admin", ["pel", "adm"], "manager"),
        ("Kepala Seksi Pemerintahan", "admin", ["pem"], "manager"),
        ("Kepala Seksi Ketenteraman dan Ketertiban Umum", "admin", ["trantib"], "manager"),
        ("Kepala Seksi Kesejahteraan Sosial", "admin", ["kesra"], "manager"),
        ("Kepala Seksi Pemberdayaan Masyarakat dan Desa", "admin", ["pmd"], "manager"),
        ("Pengadministrasi Pelayanan Terpadu Kecamatan", "admin", ["pel"], "technical"),
        ("Operator Administrasi Kependudukan Kecamatan", "admin", ["adm"], "technical"),
        ("Pengadministrasi Pemerintahan dan Pertanahan", "admin", ["pem"], "technical"),
        ("Pengelola Ketenteraman dan Ketertiban Umum", "admin", ["trantib"], "technical"),
        ("Pengelola Data Kesejahteraan Sosial", "admin", ["kesra"], "technical"),
        ("Pendamping Administrasi Pemerintahan Desa", "admin", ["pmd"], "technical"),
    ]


KECAMATAN_ORGS = [
    # org_id, kecamatan, alamat kantor, camat selaku PPAT Sementara, bahasa
    ("B048", "Banyuwangi", "Jl. Diponegoro No. 2, Kelurahan Kepatihan", False, "ind;jav;osi"),
    ("B049", "Giri", "Jl. Raya Giri No. 1, Kelurahan Giri", False, "ind;jav;osi"),
    ("B050", "Glagah", "Jl. Raya Glagah No. 35, Desa Glagah", False, "ind;jav;osi"),
    ("B051", "Kalipuro", "Jl. Raya Situbondo No. 88, Kelurahan Kalipuro", False, "ind;jav;osi;mad"),
    ("B052", "Licin", "Jl. Raya Licin No. 1, Desa Licin", True, "ind;jav;osi"),
    ("B053", "Wongsorejo", "Jl. Raya Situbondo No. 210, Desa Wongsorejo", True, "ind;jav;mad"),
    ("B054", "Kabat", "Jl. Raya Kabat No. 12, Desa Kabat", False, "ind;jav;osi"),
    ("B055", "Rogojampi", "Jl. Raya Rogojampi No. 46, Desa Rogojampi", False, "ind;jav;osi"),
    ("B056", "Songgon", "Jl. Raya Songgon No. 3, Desa Songgon", True, "ind;jav;osi"),
    ("B057", "Singojuruh", "Jl. Raya Singojuruh No. 7, Desa Singojuruh", True, "ind;jav;osi"),
    ("B058", "Srono", "Jl. Raya Srono No. 21, Desa Sukonatar", False, "ind;jav"),
    ("B059", "Muncar", "Jl. Raya Muncar No. 15, Desa Tembokrejo", False, "ind;jav;mad"),
    ("B060", "Cluring", "Jl. Raya Cluring No. 4, Desa Cluring", False, "ind;jav"),
    ("B061", "Purwoharjo", "Jl. Raya Purwoharjo No. 10, Desa Purwoharjo", True, "ind;jav"),
    ("B062", "Tegaldlimo", "Jl. Raya Tegaldlimo No. 1, Desa Tegaldlimo", True, "ind;jav"),
    ("B063", "Gambiran", "Jl. Raya Jajag No. 60, Desa Gambiran", False, "ind;jav"),
    ("B064", "Bangorejo", "Jl. Raya Bangorejo No. 5, Desa Bangorejo", True, "ind;jav"),
    ("B065", "Siliragung", "Jl. Raya Siliragung No. 2, Desa Siliragung", True, "ind;jav"),
    ("B066", "Pesanggaran", "Jl. Raya Pesanggaran No. 9, Desa Pesanggaran", True, "ind;jav"),
    ("B067", "Genteng", "Jl. Raya Genteng No. 80, Desa Genteng Kulon", False, "ind;jav"),
    ("B068", "Tegalsari", "Jl. Raya Tegalsari No. 6, Desa Tegalsari", True, "ind;jav"),
    ("B069", "Sempu", "Jl. Raya Sempu No. 11, Desa Sempu", True, "ind;jav"),
    ("B070", "Glenmore", "Jl. Raya Glenmore No. 23, Desa Tulungrejo", True, "ind;jav;mad"),
    ("B071", "Kalibaru", "Jl. Raya Jember No. 150, Desa Kalibaru Wetan", True, "ind;jav;mad"),
    ("B072", "Blimbingsari", "Jl. Raya Blimbingsari No. 1, Desa Blimbingsari", True, "ind;jav;osi"),
]

for _kid, _kec, _alamat, _ppats, _lang in KECAMATAN_ORGS:
    add(Org(
        _kid, short_name=f"Kec. {_kec}",
        address=f"{_alamat}, Kecamatan {_kec}",
        email=f"kec.{_kec.lower()}@banyuwangikab.go.id",
        hours="Senin-Kamis 07.30-15.30; Jumat 07.30-14.00; pelayanan PATEN Sabtu 08.00-12.00",
        description=f"Perangkat daerah kewilayahan yang dipimpin Camat dan menyelenggarakan urusan pemerintahan umum, koordinasi pemerintahan desa/kelurahan, serta Pelayanan Administrasi Terpadu Kecamatan di wilayah Kecamatan {_kec}.",
        authority_note="Kecamatan menyelenggarakan sebagian kewenangan Bupati yang dilimpahkan kepada Camat; penerbitan dokumen kependudukan tetap atas nama Dinas Kependudukan dan Pencatatan Sipil.",
        head=f"Camat {_kec}",
        area=_kec,
        units=[Unit("", [], kec_services(_kec, _ppats), category="Pemerintahan Umum dan Pelayanan Administrasi Terpadu Kecamatan")],
        explicit_staff=kec_staff(_kec),
        frontdesk=["Petugas Loket Pelayanan Administrasi Terpadu Kecamatan"],
        languages=_lang, multi=0.75,
    ))


# =============================================================================================
# Desa dan kelurahan
# =============================================================================================

VILLAGE_NOTE = "Kewenangan lokal berskala desa berdasarkan Undang-Undang tentang Desa dan Peraturan Desa tentang Kewenangan Desa."
KELURAHAN_NOTE = "Kelurahan merupakan perangkat kecamatan; surat keterangan diterbitkan Lurah atas nama Pemerintah Kabupaten Banyuwangi."


def village_services(nama: str, kelurahan: bool, extra: tuple = ()) -> list:
    kepala = "Lurah" if kelurahan else "Kepala Desa"
    rt = "Surat Pengantar dari Ketua RT dan Ketua RW"
    note = KELURAHAN_NOTE if kelurahan else VILLAGE_NOTE
    items = [
        sv("Penerbitan Surat Pengantar Pengurusan Kartu Keluarga dan Kartu Tanda Penduduk Elektronik",
           f"Pelayanan penerbitan surat pengantar {kepala} bagi penduduk {nama} yang akan mengurus penerbitan atau perubahan Kartu Keluarga dan KTP-el di kecamatan atau Dinas Kependudukan dan Pencatatan Sipil.",
           rt + "; Kartu Keluarga asli; Fotokopi dokumen pendukung perubahan data", duration=SAAT, tag="pem"),
        sv("Penerbitan Surat Keterangan Domisili",
           f"Pelayanan penerbitan surat keterangan yang menerangkan bahwa penduduk bertempat tinggal di wilayah {nama}.",
           rt + "; " + KTP + "; " + KK, duration=SAAT, tag="pem"),
        sv("Penerbitan Surat Keterangan Usaha",
           f"Pelayanan penerbitan surat keterangan yang menerangkan bahwa penduduk memiliki dan menjalankan usaha di wilayah {nama}, untuk keperluan permohonan kredit usaha atau perizinan.",
           rt + "; " + KTP + "; " + KK + "; Foto lokasi usaha", duration=SAAT, tag="pem"),
        sv("Penerbitan Surat Keterangan Tidak Mampu",
           "Pelayanan penerbitan surat keterangan bagi penduduk yang tergolong keluarga tidak mampu untuk keperluan keringanan biaya pendidikan, pelayanan kesehatan, bantuan hukum, dan bantuan sosial.",
           rt + "; " + KTP + "; " + KK + "; Surat pernyataan tidak mampu bermeterai", duration=SAAT, tag="kesra"),
        sv("Penerbitan Surat Keterangan Kematian",
           "Pelayanan pencatatan peristiwa kematian penduduk dan penerbitan surat keterangan kematian sebagai dasar penerbitan Akta Kematian oleh Dinas Kependudukan dan Pencatatan Sipil.",
           "Laporan dari keluarga; Surat keterangan kematian dari dokter atau fasilitas kesehatan apabila ada; KTP-el dan Kartu Keluarga almarhum; " + KTP + " pelapor dan 2 (dua) orang saksi",
           duration=SAAT, tag="pem"),
        sv("Penerbitan Surat Keterangan Kelahiran",
           "Pelayanan penerbitan surat keterangan kelahiran bagi bayi yang lahir di wilayah desa/kelurahan sebagai persyaratan penerbitan Akta Kelahiran.",
           "Surat keterangan lahir dari bidan, dokter, atau fasilitas kesehatan; " + KK + "; Fotokopi buku nikah orang tua; " + KTP + " 2 (dua) orang saksi",
           duration=SAAT, tag="pem"),
        sv("Penerbitan Surat Pengantar Pindah dan Surat Keterangan Datang",
           "Pelayanan penerbitan surat pengantar pindah bagi penduduk yang akan pindah domisili dan pencatatan penduduk yang datang dari daerah lain.",
           rt + "; Kartu Keluarga asli; " + KTP + "; Surat Keterangan Pindah dari daerah asal bagi penduduk datang",
           duration=SAAT, tag="pem"),
        sv("Penerbitan Surat Pengantar Nikah",
           "Pelayanan penerbitan surat pengantar perkawinan, surat keterangan asal-usul, dan surat persetujuan calon mempelai bagi penduduk yang akan melangsungkan pernikahan di Kantor Urusan Agama atau Dinas Kependudukan dan Pencatatan Sipil.",
           rt + "; " + KTP + " calon pengantin dan orang tua; " + KK + "; Fotokopi Akta Kelahiran atau ijazah; Akta cerai atau akta kematian pasangan bagi duda/janda; Pas foto calon pengantin",
           duration=SAAT, tag="pem"),
        sv("Penerbitan Surat Keterangan Status Perkawinan",
           "Pelayanan penerbitan surat keterangan belum pernah menikah, surat keterangan janda, atau surat keterangan duda untuk keperluan administrasi.",
           rt + "; " + KTP + "; " + KK + "; Akta cerai atau akta kematian pasangan bagi janda/duda",
           duration=SAAT, tag="pem"),
        sv("Penerbitan Surat Keterangan Ahli Waris",
           "Pelayanan penerbitan surat keterangan ahli waris yang dibuat dan ditandatangani para ahli waris, disaksikan dan dikuatkan Kepala Desa/Lurah, untuk selanjutnya disahkan Camat.",
           "Surat pernyataan ahli waris bermeterai; Fotokopi Akta Kematian pewaris; Fotokopi KTP-el dan Kartu Keluarga para ahli waris; " + KTP + " 2 (dua) orang saksi",
           duration=H2, tag="pem"),
        sv("Penerbitan Surat Keterangan Penghasilan Orang Tua",
           "Pelayanan penerbitan surat keterangan penghasilan orang tua atau wali untuk keperluan pendaftaran sekolah, beasiswa, dan keringanan uang kuliah.",
           rt + "; " + KTP + " orang tua; " + KK, duration=SAAT, tag="kesra"),
        sv("Penerbitan Surat Pengantar Permohonan Surat Keterangan Catatan Kepolisian",
           "Pelayanan penerbitan surat pengantar berkelakuan baik dari Kepala Desa/Lurah sebagai persyaratan permohonan Surat Keterangan Catatan Kepolisian.",
           rt + "; " + KTP + "; " + KK, duration=SAAT, tag="pem"),
        sv("Penerbitan Surat Keterangan Riwayat dan Penguasaan Tanah",
           "Pelayanan penerbitan surat keterangan riwayat tanah dan surat keterangan penguasaan fisik bidang tanah berdasarkan catatan buku letter C desa/kelurahan untuk keperluan pendaftaran tanah.",
           "Surat permohonan; " + KTP + "; Fotokopi SPPT PBB-P2; Fotokopi kutipan letter C atau petok D; Surat pernyataan batas bidang tanah yang ditandatangani pemilik tanah berbatasan",
           duration=H3, tag="pem"),
        sv("Pengusulan dan Pemutakhiran Data Penerima Bantuan Sosial",
           "Pelayanan pengusulan keluarga miskin dan rentan untuk dimasukkan ke dalam data terpadu kesejahteraan sosial melalui musyawarah desa/kelurahan serta pemutakhiran data penerima bantuan sosial.",
           KTP + "; " + KK + "; Keterangan kondisi sosial ekonomi keluarga", duration=JADWAL, tag="kesra"),
    ]
    if not kelurahan:
        items.append(sv("Penyaluran Bantuan Langsung Tunai Dana Desa",
           "Pelayanan pendataan, penetapan melalui musyawarah desa khusus, dan penyaluran Bantuan Langsung Tunai yang bersumber dari Dana Desa kepada keluarga penerima manfaat.",
           KTP + "; " + KK + "; Tercantum dalam daftar keluarga penerima manfaat yang ditetapkan dengan Keputusan Kepala Desa",
           duration=JADWAL, tag="kesra", kw="BLT Dana Desa"))
        items.append(sv("Penerbitan Surat Pengantar Izin Keramaian dan Hajatan",
           "Pelayanan penerbitan surat pengantar Kepala Desa bagi penduduk yang akan menyelenggarakan hajatan, pertunjukan, atau kegiatan yang melibatkan massa sebagai dasar rekomendasi Camat dan izin Kepolisian.",
           rt + "; " + KTP + " penanggung jawab kegiatan; Keterangan waktu dan tempat kegiatan", duration=SAAT, tag="pem"))
    for s in items + list(extra):
        s.authority = "village"
        s.authority_note = s.authority_note or note
    return items + list(extra)


def village_staff(kelurahan: bool) -> list:
    if kelurahan:
        return [
            ("Sekretaris Kelurahan", "admin", ["pem", "kesra", "ekbang"], "manager"),
            ("Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban", "admin", ["pem"], "technical"),
            ("Kepala Seksi Kesejahteraan Sosial dan Pemberdayaan Masyarakat", "admin", ["kesra", "ekbang"], "technical"),
        ]
    return [
        ("Sekretaris Desa", "plain", ["pem", "kesra", "ekbang"], "manager"),
        ("Kepala Seksi Pemerintahan", "plain", ["pem"], "technical"),
        ("Kepala Seksi Kesejahteraan dan Pelayanan", "plain", ["kesra", "ekbang"], "technical"),
    ]


VILLAGES = [
    # org_id, nama, kecamatan, parent, alamat, kelurahan, bahasa, keterangan, layanan tambahan
    ("B073", "Desa Kemiren", "Glagah", "B050", "Jl. Barong No. 1, Desa Kemiren, Kecamatan Glagah", False, "ind;jav;osi",
     "Desa adat masyarakat Osing yang ditetapkan sebagai desa wisata adat.",
     (sv("Pelayanan Kunjungan dan Reservasi Paket Wisata Desa Adat Osing",
         "Pelayanan informasi, pendaftaran, dan reservasi kunjungan wisata budaya, homestay, dan paket atraksi adat Osing yang dikelola Badan Usaha Milik Desa dan kelompok sadar wisata.",
         "Surat permohonan kunjungan bagi rombongan; Identitas penanggung jawab rombongan",
         fee="Sesuai tarif yang ditetapkan Badan Usaha Milik Desa", duration=JADWAL, tag="ekbang", cat="Pariwisata"),)),
    ("B074", "Desa Tamansari", "Licin", "B052", "Jl. Raya Ijen No. 3, Desa Tamansari, Kecamatan Licin", False, "ind;jav;osi",
     "Desa di lereng Gunung Ijen yang menjadi gerbang pendakian Taman Wisata Alam Kawah Ijen.",
     (sv("Pelayanan Informasi dan Pendaftaran Homestay Desa Wisata",
         "Pelayanan informasi dan pendaftaran penginapan rumah warga (homestay) serta pemanduan wisata desa yang dikelola Badan Usaha Milik Desa.",
         "Identitas pemesan; Jadwal kunjungan",
         fee="Sesuai tarif yang ditetapkan Badan Usaha Milik Desa", duration=JADWAL, tag="ekbang", cat="Pariwisata"),)),
    ("B075", "Desa Sumberagung", "Pesanggaran", "B066", "Jl. Raya Pulau Merah No. 1, Desa Sumberagung, Kecamatan Pesanggaran", False, "ind;jav",
     "Desa pesisir selatan yang memiliki kawasan wisata pantai dan wilayah pertambangan.",
     (sv("Penerbitan Surat Keterangan Terdampak Bencana",
         "Pelayanan penerbitan surat keterangan bagi penduduk yang rumah, lahan, atau usahanya terdampak bencana alam sebagai dasar pengusulan bantuan kepada Badan Penanggulangan Bencana Daerah.",
         "Laporan kejadian dari Ketua RT; " + KTP + "; " + KK + "; Foto kerusakan",
         duration=H1, tag="kesra"),)),
    ("B076", "Desa Kedungrejo", "Muncar", "B059", "Jl. Raya Muncar No. 101, Desa Kedungrejo, Kecamatan Muncar", False, "ind;jav;mad",
     "Desa pesisir pusat kegiatan perikanan tangkap dan pengolahan ikan di Kecamatan Muncar.",
     (sv("Penerbitan Surat Keterangan Berprofesi sebagai Nelayan",
         "Pelayanan penerbitan surat keterangan bagi penduduk yang bermata pencaharian sebagai nelayan untuk persyaratan Kartu Pelaku Usaha Kelautan dan Perikanan, asuransi nelayan, dan rekomendasi pembelian bahan bakar bersubsidi.",
         "Surat pengantar dari Ketua RT; " + KTP + "; " + KK + "; Keterangan dari kelompok nelayan atau pemilik kapal",
         duration=SAAT, tag="ekbang"),)),
    ("B077", "Kelurahan Kepatihan", "Banyuwangi", "B048", "Jl. Kepatihan No. 4, Kelurahan Kepatihan, Kecamatan Banyuwangi", True, "ind;jav;osi",
     "", ()),
    ("B078", "Kelurahan Penganjuran", "Banyuwangi", "B048", "Jl. Letkol Istiqlah No. 60, Kelurahan Penganjuran, Kecamatan Banyuwangi", True, "ind;jav;osi",
     "", ()),
]

for _vid, _vnama, _vkec, _vparent, _valamat, _vkel, _vlang, _vket, _vextra in VILLAGES:
    _desc = (f"Perangkat kecamatan yang dipimpin Lurah dan menyelenggarakan pelayanan administrasi kepada masyarakat di wilayah {_vnama}, Kecamatan {_vkec}."
             if _vkel else
             f"Pemerintah desa yang dipimpin Kepala Desa dan menyelenggarakan pemerintahan, pembangunan, pembinaan kemasyarakatan, dan pelayanan administrasi kepada penduduk {_vnama}, Kecamatan {_vkec}. {_vket}")
    add(Org(
        _vid, short_name=_vnama.replace("Kelurahan ", "Kel. "), parent_id=_vparent,
        address=_valamat, whatsapp=not _vkel,
        email=(f"kel.{_vnama.split()[-1].lower()}@banyuwangikab.go.id" if _vkel else f"desa{_vnama.split()[-1].lower()}@banyuwangikab.go.id"),
        hours="Senin-Kamis 08.00-15.00; Jumat 08.00-11.00",
        description=_desc.strip(),
        head=("Lurah " if _vkel else "Kepala ") + _vnama.replace("Kelurahan ", ""),
        head_style="admin" if _vkel else "plain",
        area=_vkec,
        units=[Unit("", [], village_services(_vnama, _vkel, _vextra), category="Pelayanan Administrasi Desa/Kelurahan")],
        explicit_staff=village_staff(_vkel),
        frontdesk=["Petugas Pelayanan Kelurahan" if _vkel else "Kepala Urusan Tata Usaha dan Umum"],
        languages=_vlang, multi=0.0,
    ))


# =============================================================================================
# PDAM, Call Center 112, Kepolisian
# =============================================================================================

PDAM_NOTE = "Diselenggarakan oleh Perusahaan Umum Daerah Air Minum milik Pemerintah Kabupaten Banyuwangi; tarif air minum ditetapkan dengan Peraturan Bupati."
PDAM_TARIF = "Sesuai Keputusan Direksi tentang Biaya Penyambungan dan Peraturan Bupati tentang Tarif Air Minum"

add(Org(
    "B079", short_name="Perumda Air Minum Tirta Blambangan",
    address="Jl. Adi Sucipto No. 21, Kelurahan Sobo, Kecamatan Banyuwangi",
    phone="(0333) 600001", email="pelayanan@pdam-banyuwangi.co.id",
    website="https://pdam.banyuwangikab.go.id",
    hours="Pelayanan kantor Senin-Jumat 07.30-15.00; pengaduan gangguan setiap hari 24 jam",
    description="Badan usaha milik daerah yang menyelenggarakan Sistem Penyediaan Air Minum perpipaan bagi pelanggan di wilayah pelayanan Kabupaten Banyuwangi.",
    authority_note=PDAM_NOTE,
    head="Direktur Perusahaan Umum Daerah Air Minum Tirta Blambangan", head_style="corp",
    deputy=["Kepala Bagian Umum dan Keuangan"],
    units=[
        Unit("Kepala Bagian Hubungan Langganan", ["Petugas Pelayanan Sambungan Baru", "Petugas Administrasi Rekening", "Petugas Penagihan dan Penyegelan"], [
            sv("Pemasangan Sambungan Baru Air Minum",
               "Pelayanan pendaftaran, survei lokasi, penetapan biaya, dan pemasangan sambungan langganan air minum perpipaan bagi rumah tangga, niaga, dan instansi.",
               FORM + "; " + KTP + "; " + KK + "; Denah lokasi persil; Fotokopi rekening listrik atau SPPT PBB-P2; Surat pernyataan bersedia mematuhi ketentuan berlangganan",
               fee=PDAM_TARIF, duration="Paling lama 10 (sepuluh) hari kerja setelah biaya penyambungan dilunasi", authority="third_party", note=PDAM_NOTE, kw="SR"),
            sv("Pelayanan Balik Nama Pelanggan Air Minum",
               "Pelayanan perubahan nama pelanggan air minum karena peralihan kepemilikan bangunan atau pewarisan.",
               FORM + "; " + KTP + " pemilik baru; Bukti peralihan kepemilikan bangunan; Rekening air bulan terakhir yang telah lunas",
               fee=PDAM_TARIF, duration=H3, authority="third_party", note=PDAM_NOTE),
            sv("Pelayanan Keluhan Tagihan dan Koreksi Rekening Air",
               "Pelayanan penerimaan keluhan atas tagihan rekening air yang tidak wajar, pemeriksaan ulang pencatatan meter air, dan koreksi rekening.",
               "Nomor sambungan pelanggan; Rekening air yang dikeluhkan; Foto angka meter air terakhir",
               duration=H3, authority="third_party", note=PDAM_NOTE),
            sv("Pembayaran Tagihan Rekening Air",
               "Pelayanan pembayaran tagihan rekening air bulanan di loket kantor, kantor pos, bank, dan mitra pembayaran daring.",
               "Nomor sambungan pelanggan",
               fee="Sesuai tagihan rekening air", duration=SAAT, authority="third_party", note=PDAM_NOTE),
            sv("Penyambungan Kembali Sambungan Air yang Ditutup",
               "Pelayanan pembukaan kembali sambungan air minum yang disegel atau ditutup karena tunggakan rekening setelah pelanggan melunasi kewajibannya.",
               "Bukti pelunasan tunggakan rekening dan denda; Nomor sambungan pelanggan",
               fee=PDAM_TARIF, duration="Paling lama 1 x 24 jam setelah pelunasan", authority="third_party", note=PDAM_NOTE),
            sv("Penutupan Sementara Sambungan atas Permintaan Pelanggan",
               "Pelayanan penutupan sementara sambungan air minum atas permintaan pelanggan karena bangunan tidak dihuni atau renovasi.",
               "Surat permohonan; " + KTP + " pelanggan; Rekening air bulan terakhir yang telah lunas",
               fee=PDAM_TARIF, duration=H3, authority="third_party", note=PDAM_NOTE),
        ], category="Air Minum", manager_style="corp", staff_style="corp"),
        Unit("Kepala Bagian Teknik dan Distribusi", ["Petugas Penanganan Gangguan Distribusi", "Petugas Perbaikan Kebocoran Pipa", "Petugas Meter Air"], [
            sv("Penanganan Pengaduan Gangguan Aliran Air Minum",
               "Pelayanan penerimaan dan penanganan pengaduan air tidak mengalir, tekanan air rendah, atau air keruh pada sambungan pelanggan.",
               "Nomor sambungan pelanggan; Alamat lengkap lokasi gangguan",
               duration="Paling lama 1 x 24 jam sejak pengaduan diterima", authority="third_party", note=PDAM_NOTE),
            sv("Perbaikan Kebocoran Pipa Distribusi dan Pipa Dinas",
               "Pelayanan perbaikan kebocoran pipa distribusi di jalan maupun pipa dinas sampai dengan meter air pelanggan berdasarkan laporan masyarakat atau hasil pemantauan.",
               "Laporan lokasi kebocoran",
               duration="Paling lama 1 x 24 jam sejak laporan diterima", authority="third_party", note=PDAM_NOTE),
            sv("Penggantian dan Pemindahan Meter Air",
               "Pelayanan penggantian meter air yang rusak, buram, atau macet, serta pemindahan letak meter air atas permintaan pelanggan.",
               "Surat permohonan; Nomor sambungan pelanggan; " + KTP,
               fee=PDAM_TARIF, duration=H5, authority="third_party", note=PDAM_NOTE),
            sv("Pelayanan Pengiriman Air Bersih dengan Mobil Tangki",
               "Pelayanan pengiriman air bersih dengan mobil tangki bagi pelanggan yang mengalami gangguan pasokan, kegiatan masyarakat, dan wilayah terdampak kekeringan.",
               "Surat permohonan; Alamat lokasi pengiriman",
               fee="Sesuai Keputusan Direksi; tidak dipungut biaya untuk penanganan kekeringan dan bencana", duration=H1, authority="third_party", note=PDAM_NOTE),
        ], category="Air Minum", manager_style="eng", staff_style="eng"),
    ],
    frontdesk=["Petugas Pelayanan Pelanggan", "Operator Pusat Pengaduan Pelanggan"],
    contact_hours=JAM_24,
))

CC112_NOTE = "Layanan Panggilan Darurat 112 diselenggarakan Pemerintah Kabupaten Banyuwangi; laporan diteruskan kepada instansi penanggap sesuai jenis kedaruratan."

add(Org(
    "B080", short_name="Call Center 112", parent_id="B019",
    address="Kantor Dinas Komunikasi, Informatika dan Persandian, Jl. K.H. Agus Salim No. 85, Kecamatan Banyuwangi",
    phone="112", email="cc112@banyuwangikab.go.id",
    hours=JAM_24,
    description="Layanan panggilan darurat terpadu bebas pulsa yang menerima laporan kedaruratan masyarakat dan meneruskannya kepada instansi penanggap, antara lain pemadam kebakaran, Public Safety Center, Kepolisian, dan Badan Penanggulangan Bencana Daerah.",
    authority_note=CC112_NOTE,
    head="Koordinator Layanan Panggilan Darurat 112", head_style="it",
    units=[
        Unit("Supervisor Layanan Panggilan Darurat", ["Operator Penerima Panggilan Darurat Regu Jaga I", "Operator Penerima Panggilan Darurat Regu Jaga II", "Operator Penerima Panggilan Darurat Regu Jaga III", "Petugas Dispatcher Instansi Penanggap"], [
            sv("Penerimaan Laporan Kejadian Kebakaran",
               "Pelayanan penerimaan laporan kebakaran bangunan, lahan, dan kendaraan melalui nomor darurat 112 serta penerusan laporan kepada Dinas Pemadam Kebakaran dan Penyelamatan.",
               "Identitas pelapor; Lokasi kejadian; Keterangan singkat kejadian",
               duration=SEGERA, note=CC112_NOTE),
            sv("Penerimaan Laporan Kecelakaan Lalu Lintas",
               "Pelayanan penerimaan laporan kecelakaan lalu lintas dan penerusan laporan kepada Kepolisian serta layanan ambulans gawat darurat untuk penanganan korban.",
               "Identitas pelapor; Lokasi kejadian; Jumlah dan kondisi korban",
               duration=SEGERA, note=CC112_NOTE),
            sv("Penerimaan Laporan Kejadian Bencana",
               "Pelayanan penerimaan laporan kejadian banjir, tanah longsor, angin kencang, gempa bumi, dan bencana lainnya serta penerusan laporan kepada Badan Penanggulangan Bencana Daerah.",
               "Identitas pelapor; Lokasi kejadian; Keterangan dampak kejadian",
               duration=SEGERA, note=CC112_NOTE),
            sv("Penerimaan Laporan Kegawatdaruratan Medis",
               "Pelayanan penerimaan laporan kegawatdaruratan medis di luar fasilitas kesehatan dan penerusan kepada Public Safety Center untuk pengiriman ambulans gawat darurat.",
               "Identitas pelapor; Lokasi pasien; Kondisi pasien",
               duration=SEGERA, note=CC112_NOTE),
            sv("Penerimaan Laporan Gangguan Keamanan dan Ketertiban Masyarakat",
               "Pelayanan penerimaan laporan tindak kejahatan yang sedang terjadi, perkelahian, dan gangguan ketertiban umum serta penerusan laporan kepada Kepolisian dan Satuan Polisi Pamong Praja.",
               "Identitas pelapor; Lokasi kejadian; Keterangan singkat kejadian",
               duration=SEGERA, note=CC112_NOTE),
            sv("Penerimaan Laporan Kedaruratan Penyelamatan Nonkebakaran",
               "Pelayanan penerimaan laporan kebutuhan penyelamatan, antara lain orang terjebak, pohon tumbang menutup jalan, dan evakuasi hewan berbahaya, serta penerusan laporan kepada instansi penanggap.",
               "Identitas pelapor; Lokasi kejadian; Keterangan singkat kejadian",
               duration=SEGERA, note=CC112_NOTE),
        ], category="Kedaruratan", manager_style="it", staff_style="plain"),
    ],
    frontdesk=[],
    contact_hours=JAM_24, multi=1.0,
))

POLRI = "Kewenangan Kepolisian Negara Republik Indonesia."
PNBP_POLRI = "Sesuai Peraturan Pemerintah tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kepolisian Negara Republik Indonesia"

add(Org(
    "B081", short_name="Polresta Banyuwangi",
    address="Jl. Brawijaya No. 1, Kelurahan Kebalenan, Kecamatan Banyuwangi",
    phone="(0333) 600002", email="polrestabanyuwangi@polri.go.id",
    website="https://polrestabanyuwangi.id",
    hours="Sentra Pelayanan Kepolisian Terpadu setiap hari 24 jam; pelayanan SIM dan SKCK Senin-Jumat 08.00-14.00, Sabtu 08.00-12.00",
    description="Kepolisian Resor Kota sebagai pelaksana tugas dan wewenang Kepolisian Negara Republik Indonesia di wilayah Kabupaten Banyuwangi dalam pemeliharaan keamanan dan ketertiban masyarakat, penegakan hukum, serta perlindungan, pengayoman, dan pelayanan masyarakat.",
    authority_note=POLRI,
    head="Kepala Kepolisian Resor Kota Banyuwangi", head_style="police",
    deputy=["Wakil Kepala Kepolisian Resor Kota Banyuwangi"],
    units=[
        Unit("Kepala Sentra Pelayanan Kepolisian Terpadu", ["Perwira Pengawas SPKT", "Bintara Penerima Laporan SPKT"], [
            sv("Penerimaan Laporan Polisi atas Dugaan Tindak Pidana",
               "Pelayanan penerimaan laporan atau pengaduan masyarakat mengenai dugaan tindak pidana dan penerbitan Surat Tanda Terima Laporan Polisi untuk ditindaklanjuti penyidik.",
               "Identitas pelapor (KTP-el); Kronologi kejadian; Bukti pendukung dan keterangan saksi apabila ada",
               duration=SEGERA, authority="central", note=POLRI),
            sv("Penerbitan Surat Keterangan Tanda Lapor Kehilangan",
               "Pelayanan penerbitan surat keterangan tanda lapor kehilangan atas dokumen atau barang, antara lain KTP-el, Kartu Keluarga, buku tabungan, ijazah, STNK, BPKB, dan sertifikat.",
               KTP + " atau identitas lain; Fotokopi dokumen yang hilang apabila ada; Surat keterangan dari instansi penerbit apabila dipersyaratkan",
               duration=M60, authority="central", note=POLRI),
            sv("Pelayanan Penerimaan Laporan Darurat Kepolisian",
               "Pelayanan penerimaan laporan kejadian darurat yang memerlukan kehadiran segera anggota Kepolisian melalui layanan panggilan 110.",
               "Identitas pelapor; Lokasi kejadian",
               duration=SEGERA, authority="central", note=POLRI),
        ], category="Keamanan dan Ketertiban", manager_style="police", staff_style="police"),
        Unit("Kepala Satuan Intelijen Keamanan", ["Kepala Urusan Administrasi SKCK", "Bintara Pelayanan SKCK", "Bintara Pelayanan Perizinan Keramaian"], [
            sv("Penerbitan Surat Keterangan Catatan Kepolisian",
               "Pelayanan penerbitan Surat Keterangan Catatan Kepolisian (SKCK) yang memuat catatan ada atau tidaknya keterlibatan pemohon dalam kegiatan kriminal, untuk keperluan melamar pekerjaan, pendidikan, dan administrasi lainnya.",
               KTP + "; " + KK + "; Fotokopi Akta Kelahiran atau ijazah terakhir; Pas foto berwarna latar belakang merah ukuran 4x6 cm sebanyak 6 (enam) lembar; Sidik jari yang diambil di Polresta; Surat pengantar dari Kepala Desa/Lurah apabila dipersyaratkan",
               fee=PNBP_POLRI, duration=SAAT, authority="central", note=POLRI, url="https://skck.polri.go.id", kw="SKCK"),
            sv("Penerbitan Surat Izin Keramaian",
               "Pelayanan penerbitan izin keramaian umum, pertunjukan, dan kegiatan yang melibatkan massa dalam jumlah besar di wilayah Kabupaten Banyuwangi.",
               "Surat permohonan; " + KTP + " penanggung jawab; Rekomendasi Camat dan Kepala Desa/Lurah; Susunan acara; Surat pernyataan menjaga keamanan dan ketertiban",
               duration=H7, authority="central", note=POLRI),
            sv("Penerbitan Surat Tanda Terima Pemberitahuan Penyampaian Pendapat di Muka Umum",
               "Pelayanan penerimaan pemberitahuan tertulis rencana unjuk rasa, pawai, rapat umum, atau mimbar bebas dan penerbitan surat tanda terima pemberitahuan.",
               "Surat pemberitahuan paling lambat 3 x 24 jam sebelum kegiatan yang memuat maksud, tujuan, tempat, waktu, penanggung jawab, dan perkiraan jumlah peserta",
               duration=H1, authority="central", note=POLRI, kw="STTP"),
        ], category="Keamanan dan Ketertiban", manager_style="police", staff_style="police"),
        Unit("Kepala Satuan Lalu Lintas", ["Kepala Unit Registrasi dan Identifikasi", "Bintara Pelayanan Surat Izin Mengemudi", "Bintara Pelayanan Buku Pemilik Kendaraan Bermotor", "Kepala Unit Penegakan Hukum Lalu Lintas"], [
            sv("Penerbitan Surat Izin Mengemudi Baru",
               "Pelayanan penerbitan Surat Izin Mengemudi (SIM) golongan A, C, dan D bagi pemohon baru melalui tahapan pemeriksaan kesehatan, tes psikologi, ujian teori, dan ujian praktik.",
               KTP + " asli dan fotokopi; Surat keterangan sehat jasmani dari dokter; Surat keterangan lulus tes psikologi; Berusia paling rendah 17 (tujuh belas) tahun untuk SIM A dan SIM C; Sertifikat mengemudi dari sekolah mengemudi apabila ada",
               fee=PNBP_POLRI, duration="Pada hari yang sama setelah lulus ujian", authority="central", note=POLRI, url="https://sinar.korlantas.polri.go.id", kw="SIM"),
            sv("Perpanjangan Surat Izin Mengemudi",
               "Pelayanan perpanjangan masa berlaku SIM sebelum habis masa berlakunya di Satpas, gerai SIM, atau layanan SIM keliling.",
               "SIM lama asli; " + KTP + "; Surat keterangan sehat jasmani; Surat keterangan lulus tes psikologi",
               fee=PNBP_POLRI, duration=M60, authority="central", note=POLRI),
            sv("Penggantian Surat Izin Mengemudi karena Hilang atau Rusak",
               "Pelayanan penerbitan kembali SIM yang hilang atau rusak sepanjang masih dalam masa berlaku.",
               "Surat keterangan tanda lapor kehilangan dari Kepolisian atau SIM yang rusak; " + KTP + "; Surat keterangan sehat jasmani",
               fee=PNBP_POLRI, duration=M60, authority="central", note=POLRI),
            sv("Penerbitan Buku Pemilik Kendaraan Bermotor",
               "Pelayanan penerbitan Buku Pemilik Kendaraan Bermotor (BPKB) baru, mutasi, ganti pemilik, dan penggantian karena hilang atau rusak.",
               "Formulir permohonan; " + KTP + " pemilik; Faktur kendaraan atau bukti peralihan kepemilikan; Hasil cek fisik kendaraan; Surat keterangan tanda lapor kehilangan bagi BPKB hilang",
               fee=PNBP_POLRI, duration=H14, authority="central", note=POLRI, kw="BPKB"),
            sv("Penanganan dan Penerbitan Surat Keterangan Kecelakaan Lalu Lintas",
               "Pelayanan olah tempat kejadian perkara kecelakaan lalu lintas, penanganan perkara, dan penerbitan surat keterangan kecelakaan untuk keperluan klaim asuransi dan santunan Jasa Raharja.",
               "Laporan kecelakaan; " + KTP + " pelapor atau korban; Fotokopi SIM dan STNK kendaraan yang terlibat",
               duration=H3, authority="central", note=POLRI),
        ], category="Lalu Lintas", manager_style="police", staff_style="police"),
        Unit("Kepala Satuan Reserse Kriminal", ["Kepala Unit Pelayanan Perempuan dan Anak", "Penyidik Pembantu"], [
            sv("Pelayanan Laporan dan Perlindungan Perempuan dan Anak Korban Tindak Pidana",
               "Pelayanan penerimaan laporan, pemeriksaan di ruang pelayanan khusus, dan penyidikan tindak pidana kekerasan terhadap perempuan dan anak, kekerasan dalam rumah tangga, serta tindak pidana perdagangan orang.",
               "Identitas korban atau pelapor; Kronologi kejadian; Hasil visum apabila ada",
               duration=SEGERA, authority="central", note=POLRI),
            sv("Penerbitan Surat Pemberitahuan Perkembangan Hasil Penyidikan",
               "Pelayanan pemberian informasi perkembangan penanganan laporan polisi kepada pelapor melalui Surat Pemberitahuan Perkembangan Hasil Penyidikan (SP2HP).",
               "Nomor laporan polisi; Identitas pelapor",
               duration=H3, authority="central", note=POLRI, kw="SP2HP"),
        ], category="Keamanan dan Ketertiban", manager_style="police", staff_style="police"),
        Unit("Kepala Seksi Profesi dan Pengamanan", ["Bintara Pelayanan Pengaduan Masyarakat"], [
            sv("Pelayanan Pengaduan Masyarakat atas Pelayanan dan Perilaku Anggota Kepolisian",
               "Pelayanan penerimaan dan tindak lanjut pengaduan masyarakat mengenai pelanggaran disiplin, kode etik profesi, dan pelayanan anggota Kepolisian.",
               "Identitas pengadu; Uraian pengaduan; Bukti pendukung",
               duration=H14, authority="central", note=POLRI, url="https://propam.polri.go.id"),
        ], category="Keamanan dan Ketertiban", manager_style="police", staff_style="police"),
    ],
    frontdesk=["Petugas Pelayanan Informasi Polresta"],
    contact_hours=JAM_24, multi=0.8,
))


def polsek(pid: str, nama: str, alamat: str, area: str, lang: str) -> None:
    add(Org(
        pid, short_name=f"Polsek {nama}", parent_id="B081",
        address=alamat,
        email=f"polsek.{nama.lower()}@polri.go.id",
        hours="Sentra Pelayanan Kepolisian Terpadu setiap hari 24 jam; pelayanan SKCK Senin-Jumat 08.00-14.00",
        description=f"Kepolisian Sektor sebagai pelaksana tugas pokok Kepolisian di wilayah Kecamatan {nama} di bawah Kepolisian Resor Kota Banyuwangi.",
        authority_note=POLRI,
        head=f"Kepala Kepolisian Sektor {nama}", head_style="police_small",
        deputy=[f"Wakil Kepala Kepolisian Sektor {nama}"],
        area=area,
        units=[
            Unit("Kepala Sentra Pelayanan Kepolisian Terpadu Polsek", ["Bintara Penerima Laporan SPKT"], [
                sv("Penerimaan Laporan Polisi atas Dugaan Tindak Pidana",
                   f"Pelayanan penerimaan laporan atau pengaduan masyarakat mengenai dugaan tindak pidana yang terjadi di wilayah hukum Polsek {nama}.",
                   "Identitas pelapor (KTP-el); Kronologi kejadian; Bukti pendukung dan keterangan saksi apabila ada",
                   duration=SEGERA, authority="central", note=POLRI),
                sv("Penerbitan Surat Keterangan Tanda Lapor Kehilangan",
                   "Pelayanan penerbitan surat keterangan tanda lapor kehilangan atas dokumen atau barang milik masyarakat.",
                   KTP + " atau identitas lain; Fotokopi dokumen yang hilang apabila ada",
                   duration=M60, authority="central", note=POLRI),
            ], category="Keamanan dan Ketertiban", manager_style="police_small", staff_style="police_small"),
            Unit("Kepala Unit Intelijen Keamanan Polsek", ["Bintara Pelayanan SKCK dan Perizinan"], [
                sv("Penerbitan Surat Keterangan Catatan Kepolisian Tingkat Polsek",
                   "Pelayanan penerbitan SKCK bagi penduduk di wilayah hukum Polsek untuk keperluan melamar pekerjaan di dalam negeri, pendaftaran sekolah, dan administrasi lainnya.",
                   KTP + "; " + KK + "; Fotokopi Akta Kelahiran atau ijazah terakhir; Pas foto berwarna latar belakang merah ukuran 4x6 cm sebanyak 4 (empat) lembar; Surat pengantar dari Kepala Desa/Lurah",
                   fee=PNBP_POLRI, duration=SAAT, authority="central", note=POLRI),
                sv("Penerbitan Surat Izin Keramaian Tingkat Kecamatan",
                   "Pelayanan penerbitan izin keramaian untuk hajatan, pertunjukan, dan kegiatan masyarakat berskala kecamatan.",
                   "Surat permohonan; " + KTP + " penanggung jawab; Surat pengantar dari Kepala Desa dan rekomendasi Camat",
                   duration=H3, authority="central", note=POLRI),
            ], category="Keamanan dan Ketertiban", manager_style="police_small", staff_style="police_small"),
            Unit("Kepala Unit Pembinaan Masyarakat", ["Bhayangkara Pembina Keamanan dan Ketertiban Masyarakat"], [
                sv("Pelayanan Konsultasi dan Pemecahan Masalah Keamanan dan Ketertiban Masyarakat di Desa",
                   "Pelayanan konsultasi, mediasi perselisihan ringan antarwarga, dan penyelesaian masalah keamanan dan ketertiban di desa/kelurahan oleh Bhayangkara Pembina Keamanan dan Ketertiban Masyarakat.",
                   "Identitas pemohon; Uraian permasalahan",
                   duration=H3, authority="central", note=POLRI, kw="Bhabinkamtibmas"),
            ], category="Keamanan dan Ketertiban", manager_style="police_small", staff_style="police_small"),
        ],
        frontdesk=["Petugas Piket SPKT"],
        contact_hours=JAM_24, languages=lang, multi=0.8,
    ))


polsek("B082", "Genteng", "Jl. Raya Genteng No. 120, Desa Genteng Kulon, Kecamatan Genteng", "Genteng", "ind;jav")
polsek("B083", "Muncar", "Jl. Raya Muncar No. 33, Desa Tembokrejo, Kecamatan Muncar", "Muncar", "ind;jav;mad")


# =============================================================================================
# Pertanahan, Kementerian Agama, Kantor Urusan Agama, Pengadilan Agama
# =============================================================================================

ATR = "Kewenangan Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional."
PNBP_ATR = "Sesuai Peraturan Pemerintah tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"
SERT = "Sertifikat hak atas tanah asli"
KTP_PIHAK = "Fotokopi KTP-el dan Kartu Keluarga para pihak yang telah dicocokkan dengan aslinya"


def atr(name, desc, req, duration=H5, fee=PNBP_ATR, kw="", url=""):
    return sv(name, desc, req, fee=fee, duration=duration, authority="central", note=ATR, kw=kw, url=url)


add(Org(
    "B084", short_name="Kantah Banyuwangi",
    address="Jl. Dr. Wahidin Sudirohusodo No. 11, Kelurahan Sobo, Kecamatan Banyuwangi",
    phone="(0333) 600003", email="kab-banyuwangi@atrbpn.go.id",
    website="https://www.atrbpn.go.id",
    hours="Senin-Jumat 08.00-15.00; Sabtu 08.00-12.00 untuk layanan prioritas",
    description="Instansi vertikal Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional yang menyelenggarakan pendaftaran tanah, pengukuran, penetapan hak, dan penanganan sengketa pertanahan di Kabupaten Banyuwangi.",
    authority_note=ATR,
    head="Kepala Kantor Pertanahan Kabupaten Banyuwangi", head_style="law",
    units=[
        Unit("Kepala Seksi Penetapan Hak dan Pendaftaran", ["Analis Hukum Pertanahan", "Pengadministrasi Pendaftaran Hak", "Analis Hak Tanggungan dan Pemeliharaan Data"], [
            atr("Pendaftaran Tanah Pertama Kali melalui Konversi, Penegasan, atau Pengakuan Hak",
                "Pelayanan pendaftaran tanah yang belum bersertifikat berdasarkan alat bukti hak lama, antara lain letter C, petok D, dan girik, sampai diterbitkannya sertifikat hak milik.",
                "Formulir permohonan; " + KTP + " pemohon; Surat kuasa apabila dikuasakan; Bukti kepemilikan tanah (letter C, petok D, atau girik); Surat keterangan riwayat tanah dari Kepala Desa/Lurah; Surat pernyataan penguasaan fisik bidang tanah bermeterai; Fotokopi SPPT PBB-P2 tahun berjalan; Bukti pembayaran BPHTB",
                duration="98 (sembilan puluh delapan) hari kerja"),
            atr("Peralihan Hak atas Tanah karena Jual Beli",
                "Pelayanan pendaftaran peralihan hak atas tanah dan pencatatan nama pemegang hak baru pada sertifikat berdasarkan akta jual beli yang dibuat Pejabat Pembuat Akta Tanah.",
                "Formulir permohonan; " + SERT + "; Akta jual beli dari Pejabat Pembuat Akta Tanah; " + KTP_PIHAK + "; Fotokopi SPPT PBB-P2 tahun berjalan; Bukti pembayaran BPHTB dan Pajak Penghasilan atas pengalihan hak"),
            atr("Peralihan Hak atas Tanah karena Pewarisan",
                "Pelayanan pendaftaran peralihan hak atas tanah dari pewaris kepada ahli waris berdasarkan surat keterangan waris atau akta pembagian hak bersama.",
                "Formulir permohonan; " + SERT + "; Surat Keterangan Ahli Waris yang disahkan Camat atau penetapan pengadilan; Fotokopi Akta Kematian pewaris; " + KTP_PIHAK + "; Akta pembagian hak bersama apabila diwariskan kepada salah satu ahli waris; Bukti pembayaran BPHTB"),
            atr("Peralihan Hak atas Tanah karena Hibah",
                "Pelayanan pendaftaran peralihan hak atas tanah berdasarkan akta hibah yang dibuat Pejabat Pembuat Akta Tanah.",
                "Formulir permohonan; " + SERT + "; Akta hibah dari Pejabat Pembuat Akta Tanah; " + KTP_PIHAK + "; Bukti pembayaran BPHTB dan Pajak Penghasilan atau surat keterangan bebas Pajak Penghasilan"),
            atr("Pendaftaran Hak Tanggungan Elektronik",
                "Pelayanan pendaftaran hak tanggungan atas tanah yang dijadikan jaminan kredit secara elektronik melalui kreditor dan Pejabat Pembuat Akta Tanah.",
                "Akta Pemberian Hak Tanggungan; " + SERT + "; Identitas pemberi dan penerima hak tanggungan; Diajukan melalui akun kreditor terdaftar",
                duration="7 (tujuh) hari kalender", url="https://htel.atrbpn.go.id", kw="HT-el"),
            atr("Penghapusan Hak Tanggungan (Roya)",
                "Pelayanan pencoretan catatan hak tanggungan pada sertifikat setelah utang yang dijamin dilunasi.",
                "Formulir permohonan; " + SERT + "; Surat keterangan lunas atau surat roya dari kreditor; Sertifikat hak tanggungan; " + KTP,
                kw="roya"),
            atr("Perubahan Hak Guna Bangunan menjadi Hak Milik untuk Rumah Tinggal",
                "Pelayanan peningkatan status hak atas tanah untuk rumah tinggal dari Hak Guna Bangunan menjadi Hak Milik bagi warga negara Indonesia.",
                "Formulir permohonan; Sertifikat Hak Guna Bangunan asli; " + KTP + "; Fotokopi Persetujuan Bangunan Gedung atau surat keterangan rumah tinggal dari Kepala Desa/Lurah; Fotokopi SPPT PBB-P2 tahun berjalan"),
            atr("Penerbitan Sertifikat Pengganti karena Hilang atau Rusak",
                "Pelayanan penerbitan sertifikat pengganti atas sertifikat hak atas tanah yang hilang atau rusak setelah pengumuman sesuai ketentuan.",
                "Formulir permohonan; " + KTP + " pemegang hak; Surat keterangan tanda lapor kehilangan dari Kepolisian; Surat pernyataan kehilangan di bawah sumpah; Sertifikat yang rusak bagi penggantian karena rusak",
                duration="40 (empat puluh) hari kerja"),
            atr("Pengecekan Sertifikat dan Penerbitan Surat Keterangan Pendaftaran Tanah",
                "Pelayanan pengecekan kesesuaian sertifikat dengan buku tanah dan penerbitan Surat Keterangan Pendaftaran Tanah untuk keperluan jual beli, lelang, atau agunan.",
                "Formulir permohonan; " + SERT + " atau fotokopi untuk Surat Keterangan Pendaftaran Tanah; " + KTP,
                duration=H1, kw="SKPT"),
            atr("Alih Media Sertifikat Analog menjadi Sertifikat Elektronik",
                "Pelayanan penggantian sertifikat hak atas tanah berbentuk kertas menjadi sertifikat elektronik.",
                "Formulir permohonan; " + SERT + "; " + KTP + " pemegang hak; Alamat surat elektronik aktif",
                duration=H7),
        ], category="Pertanahan", manager_style="law", staff_style="law"),
        Unit("Kepala Seksi Survei dan Pemetaan", ["Surveyor Pemetaan Pertama", "Petugas Ukur"], [
            atr("Pengukuran dan Pemetaan Bidang Tanah",
                "Pelayanan pengukuran dan pemetaan bidang tanah untuk keperluan pendaftaran tanah pertama kali, pemecahan, penggabungan, atau informasi luas bidang tanah.",
                "Formulir permohonan; " + KTP + "; Fotokopi bukti kepemilikan tanah; Surat pernyataan telah memasang tanda batas bidang tanah; Persetujuan pemilik tanah berbatasan",
                duration=H14),
            atr("Pemecahan dan Penggabungan Bidang Tanah",
                "Pelayanan pemecahan satu bidang tanah bersertifikat menjadi beberapa bidang atau penggabungan beberapa bidang menjadi satu bidang dengan penerbitan sertifikat baru.",
                "Formulir permohonan; " + SERT + "; " + KTP + "; Rencana tapak atau sketsa pemecahan; Fotokopi SPPT PBB-P2 tahun berjalan",
                duration="15 (lima belas) hari kerja"),
            atr("Pengembalian Batas Bidang Tanah",
                "Pelayanan penunjukan dan pemasangan kembali tanda batas bidang tanah bersertifikat berdasarkan data ukur yang tersimpan di Kantor Pertanahan.",
                "Formulir permohonan; Fotokopi sertifikat; " + KTP + "; Kehadiran pemilik tanah berbatasan pada saat pengukuran",
                duration=H10),
        ], category="Pertanahan", manager_style="eng", staff_style="eng"),
        Unit("Kepala Seksi Pengendalian dan Penanganan Sengketa", ["Mediator Pertanahan", "Analis Sengketa dan Konflik Pertanahan"], [
            atr("Penanganan Pengaduan Sengketa dan Konflik Pertanahan",
                "Pelayanan penerimaan pengaduan, penelitian, dan mediasi atas sengketa dan konflik pertanahan antarperorangan, badan hukum, atau dengan instansi.",
                "Surat pengaduan; " + KTP + " pengadu; Fotokopi bukti kepemilikan atau dokumen pendukung; Kronologi permasalahan",
                fee=FREE, duration="Sesuai tahapan penanganan sengketa"),
            atr("Pendaftaran Tanah Sistematis Lengkap",
                "Pelayanan pendaftaran tanah pertama kali secara serentak bagi semua bidang tanah di desa/kelurahan yang ditetapkan sebagai lokasi program Pendaftaran Tanah Sistematis Lengkap.",
                KTP + "; " + KK + "; Bukti penguasaan atau kepemilikan tanah; Surat pernyataan penguasaan fisik bidang tanah; Tanda batas bidang tanah terpasang",
                fee="Tidak dipungut Penerimaan Negara Bukan Pajak; biaya persiapan di desa sesuai Surat Keputusan Bersama Tiga Menteri",
                duration=JADWAL, kw="PTSL"),
        ], category="Pertanahan", manager_style="law", staff_style="law"),
    ],
    frontdesk=["Petugas Loket Pelayanan Pertanahan", "Petugas Layanan Informasi dan Pengaduan"],
    multi=0.5,
))

KEMENAG = "Kewenangan Kementerian Agama Republik Indonesia."

add(Org(
    "B085", short_name="Kemenag Banyuwangi",
    address="Jl. Jenderal Ahmad Yani No. 108, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    phone="(0333) 600004", email="kab.banyuwangi@kemenag.go.id",
    website="https://jatim.kemenag.go.id/banyuwangi",
    hours=JAM_VERTIKAL,
    description="Instansi vertikal Kementerian Agama yang menyelenggarakan pelayanan dan bimbingan kehidupan beragama, penyelenggaraan haji dan umrah, serta pendidikan madrasah dan keagamaan di Kabupaten Banyuwangi.",
    authority_note=KEMENAG,
    head="Kepala Kantor Kementerian Agama Kabupaten Banyuwangi", head_style="islam",
    deputy=["Kepala Subbagian Tata Usaha"],
    units=[
        Unit("Kepala Seksi Penyelenggaraan Haji dan Umrah", ["Pengelola Pendaftaran Haji", "Pengelola Pembatalan dan Pelimpahan Porsi Haji", "Pengelola Pembinaan Umrah"], [
            sv("Pendaftaran Haji Reguler",
               "Pelayanan pendaftaran calon jemaah haji reguler dan penerbitan nomor porsi setelah setoran awal Biaya Perjalanan Ibadah Haji pada Bank Penerima Setoran.",
               "Beragama Islam dan berusia paling rendah 12 (dua belas) tahun; " + KTP + " berdomisili di Kabupaten Banyuwangi; " + KK + "; Fotokopi Akta Kelahiran, buku nikah, atau ijazah; Bukti setoran awal dari Bank Penerima Setoran; Pas foto berwarna ukuran 3x4 dan 4x6 cm dengan latar belakang putih",
               fee="Setoran awal Biaya Perjalanan Ibadah Haji sesuai ketentuan Badan Pengelola Keuangan Haji", duration=SAAT, authority="central", note=KEMENAG, url="https://haji.kemenag.go.id"),
            sv("Pembatalan Pendaftaran Haji dan Pengembalian Setoran",
               "Pelayanan pembatalan pendaftaran haji reguler karena meninggal dunia atau alasan lain yang sah dan pengusulan pengembalian setoran awal atau setoran lunas.",
               "Surat permohonan pembatalan; Bukti setoran asli; " + KTP + " jemaah atau ahli waris; Fotokopi buku tabungan; Akta Kematian dan surat keterangan ahli waris bagi jemaah yang meninggal dunia",
               duration=H14, authority="central", note=KEMENAG),
            sv("Pelimpahan Nomor Porsi Jemaah Haji Meninggal Dunia atau Sakit Permanen",
               "Pelayanan pengusulan pelimpahan nomor porsi jemaah haji yang meninggal dunia atau sakit permanen kepada suami, istri, ayah, ibu, anak kandung, atau saudara kandung.",
               "Surat permohonan pelimpahan; Akta Kematian atau surat keterangan sakit permanen dari rumah sakit; Surat keterangan ahli waris; Surat kuasa penunjukan pelimpahan bermeterai; " + KTP + " penerima pelimpahan",
               duration=H14, authority="central", note=KEMENAG),
            sv("Penerbitan Surat Rekomendasi Pembuatan Paspor Jemaah Umrah",
               "Pelayanan penerbitan surat rekomendasi pembuatan paspor bagi calon jemaah umrah yang terdaftar pada Penyelenggara Perjalanan Ibadah Umrah berizin.",
               "Surat permohonan dari Penyelenggara Perjalanan Ibadah Umrah; " + KTP + "; " + KK + "; Bukti pendaftaran umrah",
               duration=H1, authority="central", note=KEMENAG),
            sv("Penerimaan Pengaduan Penyelenggaraan Ibadah Umrah dan Haji Khusus",
               "Pelayanan penerimaan dan tindak lanjut pengaduan jemaah atas penyelenggaraan ibadah umrah dan haji khusus oleh penyelenggara perjalanan.",
               "Identitas pengadu; Bukti pendaftaran dan pembayaran; Uraian permasalahan",
               duration=H14, authority="central", note=KEMENAG),
        ], category="Keagamaan", manager_style="islam", staff_style="islam"),
        Unit("Kepala Seksi Pendidikan Madrasah", ["Pengelola Data dan Kelembagaan Madrasah", "Pengadministrasi Legalisasi Ijazah"], [
            sv("Penerbitan Izin Operasional Madrasah Swasta",
               "Pelayanan penerbitan izin operasional pendirian Raudhatul Athfal, Madrasah Ibtidaiyah, Madrasah Tsanawiyah, dan Madrasah Aliyah yang diselenggarakan masyarakat.",
               "Surat permohonan dari yayasan; Akta pendirian yayasan yang disahkan Kementerian Hukum; Bukti kepemilikan atau wakaf tanah; Rencana induk pengembangan madrasah; Data calon peserta didik dan pendidik",
               duration=H30, authority="central", note=KEMENAG),
            sv("Legalisasi Ijazah Madrasah",
               "Pelayanan pengesahan fotokopi ijazah dan surat keterangan hasil ujian lulusan Madrasah Ibtidaiyah, Madrasah Tsanawiyah, dan Madrasah Aliyah.",
               "Ijazah asli; Fotokopi ijazah yang akan dilegalisasi",
               duration=SAAT, authority="central", note=KEMENAG),
            sv("Penerbitan Surat Keterangan Pengganti Ijazah Madrasah",
               "Pelayanan penerbitan surat keterangan pengganti ijazah bagi lulusan madrasah yang ijazahnya hilang atau rusak.",
               "Surat keterangan tanda lapor kehilangan dari Kepolisian; Surat keterangan dari madrasah penerbit ijazah; Fotokopi ijazah apabila ada; " + KTP + "; Pas foto berwarna",
               duration=H7, authority="central", note=KEMENAG),
            sv("Penerbitan Rekomendasi Mutasi Peserta Didik Madrasah",
               "Pelayanan penerbitan rekomendasi perpindahan peserta didik antarmadrasah atau dari sekolah ke madrasah.",
               "Surat keterangan pindah dari madrasah atau sekolah asal; Surat keterangan diterima di madrasah tujuan; Fotokopi rapor",
               duration=H1, authority="central", note=KEMENAG),
        ], category="Pendidikan Keagamaan", manager_style="islam", staff_style="islam"),
        Unit("Kepala Seksi Pendidikan Diniyah dan Pondok Pesantren", ["Pengelola Kelembagaan Pondok Pesantren"], [
            sv("Penerbitan Izin Terdaftar Pondok Pesantren",
               "Pelayanan pendaftaran dan penerbitan izin terdaftar bagi pondok pesantren yang memenuhi unsur kiai, santri mukim, asrama, masjid, dan kajian kitab kuning.",
               "Surat permohonan; Akta pendirian yayasan; Data kiai, santri mukim, dan sarana; Foto sarana pondok pesantren; Rekomendasi dari Kantor Urusan Agama setempat",
               duration=H30, authority="central", note=KEMENAG),
            sv("Penerbitan Izin Operasional Lembaga Pendidikan Al-Qur'an dan Madrasah Diniyah Takmiliyah",
               "Pelayanan penerbitan izin operasional Taman Pendidikan Al-Qur'an dan Madrasah Diniyah Takmiliyah.",
               "Surat permohonan; Susunan pengurus; Data santri dan ustadz; Keterangan domisili dari Kepala Desa/Lurah; Rekomendasi dari Kantor Urusan Agama setempat",
               duration=H14, authority="central", note=KEMENAG),
        ], category="Pendidikan Keagamaan", manager_style="islam", staff_style="islam"),
        Unit("Kepala Seksi Bimbingan Masyarakat Islam", ["Penyuluh Agama Islam Fungsional", "Pengelola Produk Halal dan Kemasjidan"], [
            sv("Fasilitasi Sertifikasi Halal bagi Usaha Mikro dan Kecil",
               "Pelayanan pendampingan pelaku usaha mikro dan kecil dalam pengajuan sertifikasi halal melalui skema pernyataan pelaku usaha (self declare) dan pendampingan proses produk halal.",
               NIB + "; " + KTP + "; Daftar bahan dan proses produksi; Foto produk dan tempat produksi",
               fee="Tidak dipungut biaya bagi peserta program sertifikasi halal gratis", duration=JADWAL, authority="central",
               note="Sertifikat halal diterbitkan Badan Penyelenggara Jaminan Produk Halal.", url="https://ptsp.halal.go.id", kw="SEHATI"),
            sv("Penerbitan Rekomendasi Pendirian Rumah Ibadat",
               "Pelayanan penerbitan rekomendasi tertulis Kepala Kantor Kementerian Agama sebagai persyaratan persetujuan bangunan gedung rumah ibadat.",
               "Surat permohonan panitia pembangunan; Daftar nama dan KTP-el pengguna rumah ibadat paling sedikit 90 (sembilan puluh) orang; Dukungan masyarakat setempat paling sedikit 60 (enam puluh) orang yang disahkan Lurah/Kepala Desa; Rekomendasi Forum Kerukunan Umat Beragama",
               duration=H14, authority="central", note=KEMENAG),
            sv("Pendaftaran dan Penerbitan Surat Keterangan Terdaftar Majelis Taklim",
               "Pelayanan pendaftaran majelis taklim dan penerbitan surat keterangan terdaftar.",
               "Surat permohonan; Susunan pengurus; Daftar jemaah; Keterangan domisili dari Kepala Desa/Lurah",
               duration=H7, authority="central", note=KEMENAG),
        ], category="Keagamaan", manager_style="islam", staff_style="islam"),
    ],
    frontdesk=["Petugas Pelayanan Terpadu Satu Pintu Kementerian Agama"],
    multi=0.5,
))

KUA_NOTE = "Kewenangan Kementerian Agama; Kantor Urusan Agama melayani penduduk beragama Islam di wilayah kecamatan."
PNBP_NIKAH = "Tidak dipungut biaya apabila dilaksanakan di Kantor Urusan Agama pada hari dan jam kerja; Rp600.000,00 (enam ratus ribu rupiah) sebagai PNBP apabila dilaksanakan di luar kantor atau di luar hari dan jam kerja"


def kua_services(kec: str) -> list:
    k = dict(authority="central", note=KUA_NOTE)
    return [
        sv("Pendaftaran Kehendak Nikah dan Pencatatan Perkawinan",
           f"Pelayanan penerimaan pendaftaran kehendak nikah, pemeriksaan dokumen calon pengantin dan wali, pelaksanaan akad nikah, serta penerbitan buku nikah bagi penduduk beragama Islam di Kecamatan {kec}.",
           "Surat pengantar nikah dari Desa/Kelurahan (model N1, N2, dan N4); " + KTP + " dan " + KK + " calon pengantin; Fotokopi Akta Kelahiran atau ijazah; Pas foto ukuran 2x3 dan 4x6 cm dengan latar belakang biru; Surat izin orang tua bagi calon pengantin berusia kurang dari 21 (dua puluh satu) tahun; Penetapan dispensasi kawin dari Pengadilan Agama bagi calon pengantin berusia kurang dari 19 (sembilan belas) tahun; Akta cerai atau akta kematian pasangan bagi duda/janda; Sertifikat bimbingan perkawinan",
           fee=PNBP_NIKAH, duration="Paling lambat 10 (sepuluh) hari kerja sejak pendaftaran sampai pelaksanaan akad nikah", tag="nikah", url="https://simkah4.kemenag.go.id", **k),
        sv("Penerbitan Rekomendasi Nikah di Luar Wilayah Kecamatan",
           "Pelayanan penerbitan surat rekomendasi nikah bagi calon pengantin yang berdomisili di wilayah kecamatan dan akan melangsungkan pernikahan di wilayah Kantor Urusan Agama lain.",
           "Surat pengantar nikah dari Desa/Kelurahan; " + KTP + " dan " + KK + " calon pengantin; Pas foto",
           duration=H1, tag="nikah", **k),
        sv("Pencatatan Rujuk",
           "Pelayanan pencatatan rujuk suami istri yang bercerai dengan talak raj'i dan masih dalam masa iddah.",
           "Akta cerai dari Pengadilan Agama; " + KTP + " suami dan istri; Surat keterangan masih dalam masa iddah; Kehadiran suami, istri, dan 2 (dua) orang saksi",
           duration=SAAT, tag="nikah", **k),
        sv("Penerbitan Duplikat Buku Nikah",
           "Pelayanan penerbitan duplikat buku nikah yang hilang atau rusak berdasarkan data akta nikah yang tercatat di Kantor Urusan Agama.",
           "Surat keterangan tanda lapor kehilangan dari Kepolisian atau buku nikah yang rusak; " + KTP + " suami dan istri; " + KK + "; Pas foto suami dan istri",
           duration=H1, tag="adm", **k),
        sv("Legalisasi Buku Nikah",
           "Pelayanan pengesahan fotokopi buku nikah atau akta nikah untuk keperluan administrasi kependudukan, perbankan, dan keperluan lainnya.",
           "Buku nikah asli; Fotokopi buku nikah yang akan dilegalisasi",
           duration=SAAT, tag="adm", **k),
        sv("Bimbingan Perkawinan bagi Calon Pengantin",
           "Pelayanan bimbingan perkawinan pranikah bagi calon pengantin mengenai pengelolaan keluarga, kesehatan reproduksi, dan ketahanan keluarga.",
           "Terdaftar sebagai calon pengantin pada Kantor Urusan Agama; " + KTP,
           duration=JADWAL, tag="bimwin", **k),
        sv("Pembuatan Akta Ikrar Wakaf dan Pendaftaran Tanah Wakaf",
           "Pelayanan pelaksanaan ikrar wakaf di hadapan Kepala Kantor Urusan Agama selaku Pejabat Pembuat Akta Ikrar Wakaf, penerbitan akta ikrar wakaf, dan pengusulan pendaftaran sertifikat tanah wakaf.",
           "Sertifikat atau bukti kepemilikan tanah; " + KTP + " wakif, nazhir, dan 2 (dua) orang saksi; Surat keterangan tidak dalam sengketa dari Kepala Desa/Lurah; Susunan nazhir",
           duration=H7, tag="wakaf", **k),
        sv("Konsultasi dan Penasihatan Perkawinan dan Keluarga",
           "Pelayanan konsultasi dan penasihatan bagi pasangan suami istri yang menghadapi permasalahan rumah tangga sebelum menempuh proses perceraian.",
           "Identitas pasangan",
           duration=SAAT, tag="bimwin", **k),
        sv("Pelayanan Pengukuran Arah Kiblat",
           "Pelayanan pengukuran dan penetapan arah kiblat masjid, musala, dan tanah wakaf yang akan dibangun tempat ibadah.",
           "Surat permohonan dari takmir atau panitia pembangunan",
           duration=JADWAL, tag="wakaf", **k),
    ]


KUA_STAFF = [
    ("Penghulu Ahli Muda", "islam", ["nikah", "wakaf"], "technical"),
    ("Penghulu Ahli Pertama", "islam", ["nikah"], "technical"),
    ("Penyuluh Agama Islam", "islam", ["bimwin"], "technical"),
    ("Pengadministrasi Nikah dan Rujuk", "islam", ["adm", "nikah"], "technical"),
]

for _uid, _ukec, _ualamat, _ulang in [
    ("B086", "Banyuwangi", "Jl. Kepiting No. 7, Kelurahan Sobo, Kecamatan Banyuwangi", "ind;jav;osi"),
    ("B087", "Genteng", "Jl. Raya Genteng No. 45, Desa Genteng Wetan, Kecamatan Genteng", "ind;jav"),
    ("B088", "Rogojampi", "Jl. Raya Rogojampi No. 70, Desa Rogojampi, Kecamatan Rogojampi", "ind;jav;osi"),
    ("B089", "Muncar", "Jl. Raya Muncar No. 52, Desa Tembokrejo, Kecamatan Muncar", "ind;jav;mad"),
    ("B090", "Srono", "Jl. Raya Srono No. 30, Desa Sukonatar, Kecamatan Srono", "ind;jav"),
]:
    add(Org(
        _uid, short_name=f"KUA {_ukec}", parent_id="B085",
        address=_ualamat,
        email=f"kua.{_ukec.lower()}@kemenag.go.id",
        hours="Senin-Jumat 07.30-16.00",
        description=f"Unit pelaksana teknis Kementerian Agama di Kecamatan {_ukec} yang melaksanakan layanan pencatatan nikah dan rujuk, bimbingan keluarga sakinah, perwakafan, dan bimbingan masyarakat Islam.",
        authority_note=KUA_NOTE,
        head=f"Kepala Kantor Urusan Agama Kecamatan {_ukec}", head_style="islam",
        area=_ukec,
        units=[Unit("", [], kua_services(_ukec), category="Keagamaan")],
        explicit_staff=KUA_STAFF,
        frontdesk=["Petugas Pelayanan Kantor Urusan Agama"],
        languages=_ulang, multi=0.5,
    ))

MA = "Kewenangan Mahkamah Agung Republik Indonesia melalui peradilan agama bagi perkara antara orang-orang yang beragama Islam."
BIAYA_PERKARA = "Panjar biaya perkara sesuai Surat Keputusan Ketua Pengadilan Agama Banyuwangi tentang Panjar Biaya Perkara; dapat dibebaskan (prodeo) bagi masyarakat tidak mampu"


def pa(name, desc, req, duration="Sesuai jadwal persidangan; penyelesaian perkara paling lama 5 (lima) bulan", fee=BIAYA_PERKARA, kw="", url="https://ecourt.mahkamahagung.go.id"):
    return sv(name, desc, req, fee=fee, duration=duration, authority="central", note=MA, kw=kw, url=url)


GUGATAN = "Surat gugatan atau permohonan yang ditujukan kepada Ketua Pengadilan Agama Banyuwangi; " + KTP + " penggugat/pemohon"

add(Org(
    "B091", short_name="PA Banyuwangi",
    address="Jl. Jenderal Ahmad Yani No. 119, Kelurahan Sumberrejo, Kecamatan Banyuwangi",
    phone="(0333) 600005", email="info@pa-banyuwangi.go.id",
    website="https://www.pa-banyuwangi.go.id",
    hours="Pelayanan Terpadu Satu Pintu Senin-Kamis 08.00-16.00, Jumat 08.00-16.30",
    description="Pengadilan tingkat pertama di lingkungan peradilan agama yang memeriksa, memutus, dan menyelesaikan perkara perkawinan, kewarisan, wasiat, hibah, wakaf, zakat, infak, sedekah, dan ekonomi syariah antara orang-orang yang beragama Islam di Kabupaten Banyuwangi.",
    authority_note=MA,
    head="Ketua Pengadilan Agama Banyuwangi", head_style="judge",
    deputy=["Wakil Ketua Pengadilan Agama Banyuwangi", "Panitera Pengadilan Agama Banyuwangi"],
    units=[
        Unit("Panitera Muda Gugatan", ["Petugas Meja Pendaftaran Perkara Gugatan", "Petugas Pelayanan e-Court"], [
            pa("Pendaftaran Perkara Cerai Gugat",
               "Pelayanan pendaftaran gugatan perceraian yang diajukan istri terhadap suami beserta gugatan hak asuh anak, nafkah, dan harta bersama yang dapat digabungkan.",
               GUGATAN + "; Kutipan akta nikah asli dan fotokopi bermeterai; " + KK + "; Fotokopi akta kelahiran anak apabila menggugat hak asuh anak"),
            pa("Pendaftaran Perkara Cerai Talak",
               "Pelayanan pendaftaran permohonan suami untuk mengucapkan ikrar talak terhadap istri di hadapan sidang Pengadilan Agama.",
               GUGATAN + "; Kutipan akta nikah asli dan fotokopi bermeterai; " + KK + "; Surat izin atasan bagi Aparatur Sipil Negara, anggota TNI, atau Polri"),
            pa("Pendaftaran Gugatan Harta Bersama",
               "Pelayanan pendaftaran gugatan pembagian harta bersama suami istri setelah atau bersamaan dengan perceraian.",
               GUGATAN + "; Fotokopi akta cerai atau kutipan akta nikah; Fotokopi bukti kepemilikan harta yang digugat"),
            pa("Pendaftaran Gugatan Hak Asuh Anak dan Nafkah Anak",
               "Pelayanan pendaftaran gugatan penetapan hak pemeliharaan anak (hadhanah) dan nafkah anak setelah perceraian.",
               GUGATAN + "; Fotokopi akta cerai; Fotokopi akta kelahiran anak; " + KK),
            pa("Pendaftaran Gugatan Waris dan Ekonomi Syariah",
               "Pelayanan pendaftaran gugatan pembagian harta warisan menurut hukum Islam dan gugatan sengketa ekonomi syariah, antara lain pembiayaan pada bank syariah.",
               GUGATAN + "; Fotokopi akta kematian pewaris dan bukti kepemilikan harta warisan bagi gugatan waris; Fotokopi akad pembiayaan bagi sengketa ekonomi syariah"),
        ], category="Peradilan Agama", manager_style="law", staff_style="law"),
        Unit("Panitera Muda Permohonan", ["Petugas Meja Pendaftaran Perkara Permohonan"], [
            pa("Permohonan Dispensasi Kawin",
               "Pelayanan pendaftaran dan pemeriksaan permohonan orang tua agar anak yang belum berusia 19 (sembilan belas) tahun diizinkan melangsungkan perkawinan.",
               "Surat permohonan orang tua; " + KTP + " orang tua; Fotokopi Akta Kelahiran dan Kartu Keluarga anak; Surat penolakan dari Kantor Urusan Agama; Fotokopi ijazah anak; Surat keterangan sehat atau rekomendasi dari tenaga kesehatan atau psikolog",
               duration="Paling lama 1 (satu) bulan sejak perkara didaftarkan"),
            pa("Permohonan Isbat Nikah",
               "Pelayanan pendaftaran permohonan pengesahan perkawinan yang telah dilaksanakan menurut agama Islam tetapi belum tercatat, untuk keperluan penerbitan buku nikah dan akta kelahiran anak.",
               "Surat permohonan suami dan/atau istri; " + KTP + " para pemohon; Surat keterangan belum tercatat dari Kantor Urusan Agama; Surat keterangan dari Kepala Desa/Lurah tentang pernikahan; " + KK,
               kw="itsbat nikah"),
            pa("Permohonan Penetapan Ahli Waris",
               "Pelayanan pendaftaran permohonan penetapan ahli waris dan bagian masing-masing menurut hukum Islam untuk keperluan pengurusan harta peninggalan.",
               "Surat permohonan; " + KTP + " para pemohon; Fotokopi akta kematian pewaris; Fotokopi Kartu Keluarga dan akta kelahiran para ahli waris; Fotokopi kutipan akta nikah pewaris"),
            pa("Permohonan Penetapan Asal Usul Anak",
               "Pelayanan pendaftaran permohonan penetapan asal usul anak sebagai dasar pencatatan nama ayah dalam akta kelahiran.",
               "Surat permohonan; " + KTP + " pemohon; Fotokopi kutipan akta nikah atau penetapan isbat nikah; Surat keterangan lahir anak"),
            pa("Permohonan Perwalian dan Izin Poligami",
               "Pelayanan pendaftaran permohonan penetapan wali bagi anak di bawah umur dan permohonan izin beristri lebih dari seorang sesuai ketentuan Undang-Undang tentang Perkawinan.",
               "Surat permohonan; " + KTP + " pemohon; " + KK + "; Surat pernyataan persetujuan istri bagi permohonan izin poligami; Surat keterangan penghasilan; Fotokopi akta kelahiran anak bagi permohonan perwalian"),
        ], category="Peradilan Agama", manager_style="law", staff_style="law"),
        Unit("Panitera Muda Hukum", ["Petugas Pelayanan Produk Pengadilan", "Petugas Informasi dan Pengaduan"], [
            pa("Penerbitan Akta Cerai dan Salinan Putusan",
               "Pelayanan penerbitan akta cerai dan salinan putusan atau penetapan yang telah berkekuatan hukum tetap kepada para pihak.",
               "Identitas para pihak (KTP-el); Nomor perkara; Surat kuasa bermeterai apabila diambil oleh kuasa",
               fee="Biaya leges dan salinan sesuai ketentuan Penerimaan Negara Bukan Pajak pada Mahkamah Agung", duration=H1, url=""),
            pa("Pelayanan Pembebasan Biaya Perkara (Prodeo)",
               "Pelayanan pemeriksaan permohonan beracara secara cuma-cuma bagi masyarakat tidak mampu yang akan mengajukan perkara.",
               "Surat Keterangan Tidak Mampu dari Kepala Desa/Lurah yang diketahui Camat atau kartu program perlindungan sosial; " + KTP,
               fee=FREE, duration=H1, url=""),
            pa("Layanan Pos Bantuan Hukum",
               "Pelayanan pemberian informasi, konsultasi, advis hukum, dan bantuan pembuatan dokumen gugatan atau permohonan bagi masyarakat tidak mampu oleh advokat Pos Bantuan Hukum.",
               KTP + "; Surat Keterangan Tidak Mampu apabila ada",
               fee=FREE, duration=SAAT, url="", kw="Posbakum"),
            pa("Sidang di Luar Gedung Pengadilan dan Pelayanan Terpadu Isbat Nikah",
               "Pelayanan persidangan perkara isbat nikah dan perkara sederhana di luar gedung pengadilan bekerja sama dengan pemerintah daerah, Kantor Urusan Agama, dan Dinas Kependudukan dan Pencatatan Sipil.",
               "Persyaratan sesuai jenis perkara; Terdaftar pada kegiatan sidang terpadu melalui Desa/Kelurahan atau Kantor Urusan Agama",
               duration=JADWAL, url=""),
            pa("Pelayanan Pengaduan Masyarakat Pengadilan Agama",
               "Pelayanan penerimaan pengaduan atas pelayanan dan perilaku aparatur Pengadilan Agama melalui meja pengaduan dan Sistem Informasi Pengawasan Mahkamah Agung.",
               "Identitas pengadu; Uraian pengaduan; Bukti pendukung",
               fee=FREE, duration=H14, url="https://siwas.mahkamahagung.go.id"),
        ], category="Peradilan Agama", manager_style="law", staff_style="law"),
    ],
    frontdesk=["Petugas Pelayanan Terpadu Satu Pintu Pengadilan Agama"],
    multi=0.5,
))


# =============================================================================================
# Pajak pusat, SAR, BPJS, Samsat, Cabang Dinas Pendidikan, PLN, Baznas
# =============================================================================================

DJP = "Kewenangan Direktorat Jenderal Pajak, Kementerian Keuangan Republik Indonesia."


def djp(name, desc, req, duration=SAAT, kw="", url="https://www.pajak.go.id"):
    return sv(name, desc, req, fee=FREE, duration=duration, authority="central", note=DJP, kw=kw, url=url)


add(Org(
    "B092", short_name="KPP Pratama Banyuwangi",
    address="Jl. Adi Sucipto No. 28, Kelurahan Taman Baru, Kecamatan Banyuwangi",
    phone="(0333) 600006", email="kpp.627@pajak.go.id",
    website="https://www.pajak.go.id",
    hours="Tempat Pelayanan Terpadu Senin-Jumat 08.00-15.00",
    description="Instansi vertikal Direktorat Jenderal Pajak yang melaksanakan pelayanan, penyuluhan, pengawasan, dan pemeriksaan wajib pajak pajak pusat di wilayah Kabupaten Banyuwangi.",
    authority_note=DJP + " Pajak daerah dilayani Badan Pendapatan Daerah Kabupaten Banyuwangi.",
    head="Kepala Kantor Pelayanan Pajak Pratama Banyuwangi", head_style="tax",
    units=[
        Unit("Kepala Seksi Pelayanan", ["Asisten Penyuluh Pajak", "Pelaksana Tempat Pelayanan Terpadu", "Pengadministrasi Perpajakan"], [
            djp("Pendaftaran Nomor Pokok Wajib Pajak Orang Pribadi dan Pengaktifan NIK sebagai NPWP",
                "Pelayanan pendaftaran wajib pajak orang pribadi, pemadanan Nomor Induk Kependudukan sebagai Nomor Pokok Wajib Pajak, dan penerbitan kartu NPWP.",
                "Formulir pendaftaran wajib pajak; " + KTP + "; Surat keterangan kegiatan usaha bagi orang pribadi yang menjalankan usaha; Alamat surat elektronik dan nomor telepon seluler aktif",
                kw="NPWP"),
            djp("Pendaftaran Nomor Pokok Wajib Pajak Badan",
                "Pelayanan pendaftaran wajib pajak badan, antara lain perseroan terbatas, CV, koperasi, yayasan, dan badan usaha milik desa.",
                "Formulir pendaftaran wajib pajak; Fotokopi akta pendirian dan pengesahan badan hukum; NPWP atau NIK pengurus; Surat keterangan domisili atau alamat usaha",
                duration=H1),
            djp("Penerbitan Electronic Filing Identification Number (EFIN)",
                "Pelayanan penerbitan atau aktivasi ulang nomor identitas elektronik bagi wajib pajak untuk menyampaikan Surat Pemberitahuan secara elektronik dan mengakses layanan daring perpajakan.",
                "Formulir permohonan EFIN; KTP-el asli; NPWP; Alamat surat elektronik aktif",
                kw="EFIN"),
            djp("Penerimaan Surat Pemberitahuan Tahunan Pajak Penghasilan",
                "Pelayanan penerimaan dan asistensi pengisian Surat Pemberitahuan (SPT) Tahunan Pajak Penghasilan orang pribadi dan badan, baik secara elektronik maupun di Tempat Pelayanan Terpadu.",
                "NPWP; Bukti potong pajak penghasilan dari pemberi kerja; Daftar harta dan utang; Bukti pembayaran pajak apabila terdapat kurang bayar",
                kw="SPT Tahunan"),
            djp("Pengukuhan Pengusaha Kena Pajak",
                "Pelayanan pengukuhan pengusaha yang melakukan penyerahan barang atau jasa kena pajak sebagai Pengusaha Kena Pajak.",
                "Formulir permohonan; NPWP; Dokumen izin usaha atau Nomor Induk Berusaha; Bukti kepemilikan atau sewa tempat usaha; Foto lokasi usaha",
                duration=H10, kw="PKP"),
            djp("Penerbitan Surat Keterangan Fiskal",
                "Pelayanan penerbitan surat keterangan yang menerangkan kepatuhan wajib pajak dalam memenuhi kewajiban perpajakan untuk keperluan pengadaan barang/jasa, perizinan, dan kredit perbankan.",
                "Permohonan melalui laman pajak atau Tempat Pelayanan Terpadu; NPWP; Telah menyampaikan SPT Tahunan dua tahun terakhir",
                duration=H3),
            djp("Penelitian Bukti Pemenuhan Kewajiban Pajak Penghasilan atas Pengalihan Hak atas Tanah dan/atau Bangunan",
                "Pelayanan penelitian formal bukti setor Pajak Penghasilan final atas pengalihan hak atas tanah dan/atau bangunan sebagai persyaratan pembuatan akta dan pendaftaran peralihan hak.",
                "Formulir permohonan; Fotokopi bukti setor PPh final; Fotokopi SPPT PBB; Fotokopi akta atau perjanjian pengikatan jual beli; NPWP atau NIK penjual",
                duration=H3),
            djp("Penetapan Wajib Pajak Non-Efektif dan Penghapusan Nomor Pokok Wajib Pajak",
                "Pelayanan penetapan status wajib pajak non-efektif bagi wajib pajak yang tidak lagi memenuhi persyaratan subjektif atau objektif dan penghapusan NPWP karena meninggal dunia atau meninggalkan Indonesia.",
                "Formulir permohonan; NPWP; Akta kematian dan surat keterangan ahli waris bagi wajib pajak yang meninggal dunia; Surat pernyataan tidak lagi melakukan kegiatan usaha",
                duration="Paling lama 6 (enam) bulan sejak permohonan diterima lengkap"),
            djp("Pemindahbukuan Setoran Pajak",
                "Pelayanan pemindahbukuan pembayaran pajak yang salah kode, salah jenis setoran, atau salah NPWP ke setoran pajak yang seharusnya.",
                "Formulir permohonan pemindahbukuan; Bukti penerimaan negara asli; NPWP",
                duration=H7),
            djp("Layanan Informasi dan Pengaduan Perpajakan",
                "Pelayanan informasi peraturan dan prosedur perpajakan serta penerimaan pengaduan wajib pajak melalui Tempat Pelayanan Terpadu, surat elektronik, dan layanan Kring Pajak 1500200.",
                "Identitas penanya atau pengadu",
                duration="Tanggapan paling lama 3 (tiga) hari kerja"),
        ], category="Perpajakan", manager_style="tax", staff_style="tax"),
    ],
    frontdesk=["Petugas Tempat Pelayanan Terpadu"],
    multi=0.5,
))

SAR = "Kewenangan Badan Nasional Pencarian dan Pertolongan; Pos SAR Banyuwangi berada di bawah Kantor Pencarian dan Pertolongan Surabaya."

add(Org(
    "B093", short_name="Pos SAR Banyuwangi",
    address="Jl. Raya Situbondo, Kelurahan Ketapang, Kecamatan Kalipuro",
    email="possar.banyuwangi@basarnas.go.id",
    website="https://basarnas.go.id",
    hours="Siaga operasi pencarian dan pertolongan setiap hari 24 jam",
    description="Unit siaga Badan Nasional Pencarian dan Pertolongan di Kabupaten Banyuwangi yang melaksanakan operasi pencarian dan pertolongan terhadap kecelakaan kapal, kecelakaan pesawat udara, bencana, dan kondisi yang membahayakan manusia; panggilan darurat 115.",
    authority_note=SAR,
    head="Koordinator Pos Pencarian dan Pertolongan Banyuwangi", head_style="sar",
    units=[
        Unit("Komandan Regu Rescuer", ["Rescuer Pemula", "Rescuer Terampil", "Operator Komunikasi SAR"], [
            sv("Operasi Pencarian dan Pertolongan Kecelakaan Kapal dan Orang Tenggelam di Perairan",
               "Pelayanan pencarian, pertolongan, dan evakuasi korban kecelakaan kapal, nelayan hilang di laut, dan orang tenggelam di pantai, sungai, maupun perairan Selat Bali dan Samudra Hindia.",
               "Laporan kejadian berisi identitas pelapor, lokasi terakhir korban, waktu kejadian, dan jumlah korban",
               duration=SEGERA, authority="central", note=SAR),
            sv("Operasi Pencarian dan Pertolongan Orang Hilang di Gunung dan Hutan",
               "Pelayanan pencarian, pertolongan, dan evakuasi pendaki, wisatawan, atau warga yang hilang atau mengalami kecelakaan di kawasan gunung, hutan, dan taman nasional.",
               "Laporan kejadian berisi identitas korban, jalur dan lokasi terakhir, serta waktu kejadian",
               duration=SEGERA, authority="central", note=SAR),
            sv("Operasi Pencarian dan Pertolongan pada Kondisi Membahayakan Manusia",
               "Pelayanan pertolongan dan evakuasi korban yang terjebak atau terancam jiwanya pada bangunan runtuh, sumur, tebing, atau kondisi membahayakan lainnya.",
               "Laporan kejadian berisi lokasi dan kondisi korban",
               duration=SEGERA, authority="central", note=SAR),
            sv("Operasi Pencarian dan Pertolongan pada Bencana",
               "Pelayanan pencarian dan pertolongan korban bencana alam bersama Badan Penanggulangan Bencana Daerah dan unsur potensi pencarian dan pertolongan.",
               "Permintaan dari Badan Penanggulangan Bencana Daerah atau laporan masyarakat",
               duration=SEGERA, authority="central", note=SAR),
            sv("Penerimaan Laporan Kecelakaan dan Panggilan Darurat 115",
               "Pelayanan penerimaan laporan kecelakaan dan kondisi membahayakan manusia melalui panggilan darurat 115, radio, dan media daring selama 24 jam.",
               "Identitas pelapor; Lokasi kejadian; Keterangan singkat kejadian",
               duration=SEGERA, authority="central", note=SAR),
            sv("Pembinaan dan Pelatihan Potensi Pencarian dan Pertolongan",
               "Pelayanan pelatihan dasar pencarian dan pertolongan, pertolongan di air, dan pemasyarakatan keselamatan bagi relawan, nelayan, pelaku wisata, dan pelajar.",
               "Surat permohonan dari instansi, organisasi, atau kelompok masyarakat",
               duration=JADWAL, authority="central", note=SAR),
        ], category="Pencarian dan Pertolongan", manager_style="sar", staff_style="sar"),
    ],
    frontdesk=["Petugas Siaga Komunikasi"],
    contact_hours=JAM_24, multi=0.7,
))

BPJSK = "Kewenangan Badan Penyelenggara Jaminan Sosial Kesehatan berdasarkan Undang-Undang tentang Badan Penyelenggara Jaminan Sosial."


def bpjsk(name, desc, req, duration=SAAT, kw="", fee=FREE):
    return sv(name, desc, req, fee=fee, duration=duration, authority="central", note=BPJSK, kw=kw, url="https://www.bpjs-kesehatan.go.id")


add(Org(
    "B094", short_name="BPJS Kesehatan Banyuwangi",
    address="Jl. Jenderal Ahmad Yani No. 52, Kelurahan Taman Baru, Kecamatan Banyuwangi",
    phone="(0333) 600007", email="kc.banyuwangi@bpjs-kesehatan.go.id",
    website="https://www.bpjs-kesehatan.go.id",
    hours="Senin-Jumat 08.00-15.00",
    description="Kantor cabang badan hukum publik penyelenggara program Jaminan Kesehatan Nasional yang melayani kepesertaan, iuran, dan pengaduan peserta di Kabupaten Banyuwangi.",
    authority_note=BPJSK,
    head="Kepala BPJS Kesehatan Kantor Cabang Banyuwangi", head_style="corp",
    units=[
        Unit("Kepala Bagian Kepesertaan dan Pelayanan Peserta", ["Petugas Pendaftaran Peserta", "Petugas Perubahan Data Peserta", "Petugas Penanganan Pengaduan Peserta"], [
            bpjsk("Pendaftaran Peserta Pekerja Bukan Penerima Upah",
                  "Pelayanan pendaftaran peserta Jaminan Kesehatan Nasional segmen Pekerja Bukan Penerima Upah dan Bukan Pekerja beserta seluruh anggota keluarga yang tercantum dalam Kartu Keluarga.",
                  KTP + "; " + KK + "; Nomor rekening bank untuk autodebet iuran; Alamat surat elektronik dan nomor telepon seluler aktif",
                  duration="Kartu aktif 14 (empat belas) hari setelah pendaftaran dan pembayaran iuran pertama"),
            bpjsk("Penambahan Anggota Keluarga dan Perubahan Data Peserta",
                  "Pelayanan penambahan anggota keluarga, antara lain bayi baru lahir, serta perubahan data identitas, alamat, dan status peserta.",
                  "Kartu peserta; " + KK + " terbaru; Fotokopi akta kelahiran atau surat keterangan lahir bagi bayi baru lahir; Dokumen pendukung perubahan data"),
            bpjsk("Perpindahan Fasilitas Kesehatan Tingkat Pertama",
                  "Pelayanan perpindahan fasilitas kesehatan tingkat pertama peserta ke Puskesmas, klinik pratama, atau dokter praktik perorangan lain setelah terdaftar paling singkat 3 (tiga) bulan.",
                  "Nomor kartu peserta; " + KTP,
                  duration="Berlaku pada bulan berikutnya"),
            bpjsk("Perubahan Kelas Perawatan Peserta Mandiri",
                  "Pelayanan perubahan kelas perawatan bagi peserta Pekerja Bukan Penerima Upah dan Bukan Pekerja sesuai ketentuan yang berlaku.",
                  "Nomor kartu peserta; " + KTP + "; Tidak memiliki tunggakan iuran; Telah menjadi peserta paling singkat 1 (satu) tahun",
                  duration="Berlaku pada bulan berikutnya"),
            bpjsk("Pengaktifan Kembali Kepesertaan Penerima Bantuan Iuran",
                  "Pelayanan fasilitasi pengaktifan kembali kepesertaan Penerima Bantuan Iuran yang dinonaktifkan, berkoordinasi dengan Dinas Sosial dan Dinas Kesehatan.",
                  "Nomor kartu peserta; " + KTP + "; " + KK + "; Surat keterangan dari Dinas Sosial atau surat keterangan membutuhkan pelayanan kesehatan dari fasilitas kesehatan"),
            bpjsk("Pelayanan Informasi Tunggakan Iuran dan Program Rencana Pembayaran Bertahap",
                  "Pelayanan informasi jumlah tunggakan iuran, denda pelayanan, dan pendaftaran program pembayaran tunggakan iuran secara bertahap bagi peserta mandiri.",
                  "Nomor kartu peserta; " + KTP,
                  kw="REHAB"),
            bpjsk("Pengalihan Jenis Kepesertaan setelah Berhenti Bekerja",
                  "Pelayanan pengalihan kepesertaan dari Pekerja Penerima Upah menjadi Pekerja Bukan Penerima Upah atau Penerima Bantuan Iuran setelah pemutusan hubungan kerja.",
                  "Nomor kartu peserta; " + KTP + "; " + KK + "; Surat keterangan berhenti bekerja dari pemberi kerja"),
            bpjsk("Penanganan Pengaduan Peserta Jaminan Kesehatan Nasional",
                  "Pelayanan penerimaan dan penyelesaian pengaduan peserta atas pelayanan di fasilitas kesehatan, kepesertaan, dan iuran melalui kantor cabang, petugas di rumah sakit, dan BPJS Kesehatan Care Center 165.",
                  "Nomor kartu peserta; Uraian pengaduan",
                  duration="Paling lama 5 (lima) hari kerja"),
        ], category="Jaminan Sosial", manager_style="corp", staff_style="corp"),
        Unit("Kepala Bagian Penagihan dan Keuangan", ["Petugas Pendaftaran Badan Usaha"], [
            bpjsk("Pendaftaran Badan Usaha dan Pekerja Penerima Upah",
                  "Pelayanan pendaftaran badan usaha sebagai pemberi kerja beserta pekerja dan anggota keluarganya sebagai peserta Jaminan Kesehatan Nasional segmen Pekerja Penerima Upah.",
                  "Formulir registrasi badan usaha; Fotokopi izin usaha atau Nomor Induk Berusaha; NPWP badan usaha; Data pekerja dan anggota keluarga; Data upah pekerja",
                  duration=H3),
        ], category="Jaminan Sosial", manager_style="corp", staff_style="corp"),
    ],
    frontdesk=["Petugas Pelayanan Informasi dan Penanganan Pengaduan"],
    multi=0.5,
))

BPJSTK = "Kewenangan Badan Penyelenggara Jaminan Sosial Ketenagakerjaan berdasarkan Undang-Undang tentang Badan Penyelenggara Jaminan Sosial."
KLAIM = "Kartu peserta BPJS Ketenagakerjaan; " + KTP + "; " + KK


def bpjstk(name, desc, req, duration=H5, kw="", fee=FREE):
    return sv(name, desc, req, fee=fee, duration=duration, authority="central", note=BPJSTK, kw=kw, url="https://www.bpjsketenagakerjaan.go.id")


add(Org(
    "B095", short_name="BPJS Ketenagakerjaan Banyuwangi",
    address="Jl. Jenderal Ahmad Yani No. 80, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    phone="(0333) 600008", email="banyuwangi@bpjsketenagakerjaan.go.id",
    website="https://www.bpjsketenagakerjaan.go.id",
    hours="Senin-Jumat 08.00-15.00",
    description="Kantor cabang badan hukum publik penyelenggara program jaminan sosial ketenagakerjaan, yaitu Jaminan Kecelakaan Kerja, Jaminan Kematian, Jaminan Hari Tua, Jaminan Pensiun, dan Jaminan Kehilangan Pekerjaan.",
    authority_note=BPJSTK,
    head="Kepala BPJS Ketenagakerjaan Kantor Cabang Banyuwangi", head_style="corp",
    units=[
        Unit("Kepala Bidang Pelayanan", ["Petugas Pelayanan Klaim Jaminan Hari Tua", "Petugas Pelayanan Klaim Jaminan Kecelakaan Kerja dan Jaminan Kematian", "Petugas Pelayanan Klaim Jaminan Pensiun dan Jaminan Kehilangan Pekerjaan", "Petugas Pelayanan Perubahan Data Peserta"], [
            bpjstk("Pembayaran Manfaat Jaminan Hari Tua",
                   "Pelayanan pengajuan klaim saldo Jaminan Hari Tua bagi peserta yang mencapai usia pensiun, berhenti bekerja, mengundurkan diri, mengalami cacat total tetap, atau meninggal dunia.",
                   KLAIM + "; Surat keterangan berhenti bekerja atau paklaring dari perusahaan; Buku tabungan atas nama peserta; NPWP bagi saldo di atas ketentuan",
                   kw="JHT", duration="Paling lama 5 (lima) hari kerja sejak berkas lengkap"),
            bpjstk("Pembayaran Manfaat Jaminan Kecelakaan Kerja",
                   "Pelayanan penggantian biaya pengobatan, perawatan, santunan sementara tidak mampu bekerja, dan santunan cacat bagi peserta yang mengalami kecelakaan kerja atau penyakit akibat kerja.",
                   "Laporan kecelakaan kerja tahap I dan tahap II dari pemberi kerja; " + KLAIM + "; Surat keterangan dokter; Kronologi kecelakaan; Surat keterangan Kepolisian bagi kecelakaan lalu lintas",
                   kw="JKK"),
            bpjstk("Pembayaran Manfaat Jaminan Kematian",
                   "Pelayanan pembayaran santunan kematian, biaya pemakaman, santunan berkala, dan beasiswa pendidikan anak bagi ahli waris peserta yang meninggal dunia bukan karena kecelakaan kerja.",
                   "Kartu peserta; Akta Kematian peserta; " + KK + "; " + KTP + " ahli waris; Surat keterangan ahli waris dari Kepala Desa/Lurah; Buku tabungan ahli waris",
                   kw="JKM"),
            bpjstk("Pembayaran Manfaat Jaminan Pensiun",
                   "Pelayanan pembayaran manfaat pensiun hari tua, pensiun cacat, pensiun janda/duda, pensiun anak, atau manfaat lumpsum bagi peserta Jaminan Pensiun dan ahli warisnya.",
                   KLAIM + "; Surat keterangan berhenti bekerja; Buku tabungan; Akta Kematian dan dokumen ahli waris bagi manfaat ahli waris"),
            bpjstk("Pembayaran Manfaat Jaminan Kehilangan Pekerjaan",
                   "Pelayanan pengajuan manfaat uang tunai, akses informasi pasar kerja, dan pelatihan kerja bagi peserta yang mengalami pemutusan hubungan kerja.",
                   "Bukti pemutusan hubungan kerja; Akun pada laman Siapkerja Kementerian Ketenagakerjaan; " + KTP,
                   kw="JKP"),
            bpjstk("Perubahan Data dan Penggabungan Saldo Kepesertaan",
                   "Pelayanan perubahan data identitas peserta dan penggabungan saldo Jaminan Hari Tua dari beberapa nomor kepesertaan.",
                   "Kartu-kartu peserta; " + KTP + "; " + KK + "; Dokumen pendukung perubahan data",
                   duration=H3),
        ], category="Jaminan Sosial", manager_style="corp", staff_style="corp"),
        Unit("Kepala Bidang Kepesertaan", ["Petugas Akuisisi Peserta Bukan Penerima Upah", "Petugas Kepesertaan Penerima Upah dan Jasa Konstruksi"], [
            bpjstk("Pendaftaran Peserta Bukan Penerima Upah",
                   "Pelayanan pendaftaran pekerja mandiri, antara lain petani, nelayan, pedagang, pengemudi, dan pekerja sektor informal, sebagai peserta Jaminan Kecelakaan Kerja dan Jaminan Kematian.",
                   KTP + "; Nomor telepon seluler aktif; Pilihan besaran penghasilan yang dilaporkan",
                   fee="Iuran sesuai besaran penghasilan yang dilaporkan peserta", duration=SAAT, kw="BPU"),
            bpjstk("Pendaftaran Perusahaan dan Pekerja Penerima Upah",
                   "Pelayanan pendaftaran pemberi kerja dan pekerjanya sebagai peserta program jaminan sosial ketenagakerjaan.",
                   "Formulir pendaftaran perusahaan; " + NIB + "; NPWP perusahaan; Data pekerja dan upah",
                   duration=H3),
            bpjstk("Pendaftaran Pekerja Jasa Konstruksi",
                   "Pelayanan pendaftaran pekerja pada proyek jasa konstruksi sebagai peserta Jaminan Kecelakaan Kerja dan Jaminan Kematian berdasarkan nilai kontrak proyek.",
                   "Surat perintah kerja atau kontrak proyek; " + NIB + " penyedia jasa; Data proyek",
                   fee="Iuran sesuai persentase nilai kontrak proyek", duration=H1),
        ], category="Jaminan Sosial", manager_style="corp", staff_style="corp"),
    ],
    frontdesk=["Petugas Customer Service"],
    multi=0.5,
))

PROV = "Kewenangan Pemerintah Provinsi Jawa Timur."
SAMSAT = "Pajak Kendaraan Bermotor dan Bea Balik Nama Kendaraan Bermotor merupakan kewenangan Pemerintah Provinsi Jawa Timur; registrasi kendaraan dilaksanakan Kepolisian dan Sumbangan Wajib Dana Kecelakaan Lalu Lintas Jalan dipungut PT Jasa Raharja."
PKB = "Pajak Kendaraan Bermotor sesuai Peraturan Daerah Provinsi Jawa Timur tentang Pajak Daerah dan Retribusi Daerah; Sumbangan Wajib Dana Kecelakaan Lalu Lintas Jalan; PNBP registrasi kendaraan apabila dipersyaratkan"
STNK = "STNK asli; " + KTP + " sesuai nama pada STNK"


def samsat(name, desc, req, duration=SAAT, kw="", fee=PKB, url=""):
    return sv(name, desc, req, fee=fee, duration=duration, authority="province", note=SAMSAT, kw=kw, url=url)


add(Org(
    "B096", short_name="Samsat Banyuwangi",
    address="Jl. Jenderal Ahmad Yani No. 136, Kelurahan Penganjuran, Kecamatan Banyuwangi",
    phone="(0333) 600009", email="upt.banyuwangi@bapenda.jatimprov.go.id",
    website="https://bapenda.jatimprov.go.id",
    hours="Senin-Jumat 08.00-14.00; Sabtu 08.00-12.00",
    description="Unit pelaksana teknis Badan Pendapatan Daerah Provinsi Jawa Timur yang bersama Kepolisian dan PT Jasa Raharja menyelenggarakan Sistem Administrasi Manunggal Satu Atap (Samsat) di Kabupaten Banyuwangi.",
    authority_note=SAMSAT,
    head="Kepala UPT Pendapatan Provinsi Jawa Timur Banyuwangi",
    units=[
        Unit("Kepala Seksi Pajak Daerah", ["Petugas Penetapan Pajak Kendaraan Bermotor", "Petugas Kasir Samsat", "Petugas Samsat Keliling dan Samsat Desa"], [
            samsat("Pembayaran Pajak Kendaraan Bermotor dan Pengesahan Surat Tanda Nomor Kendaraan Tahunan",
                   "Pelayanan penetapan dan pembayaran Pajak Kendaraan Bermotor tahunan serta pengesahan STNK di kantor Samsat, Samsat keliling, Samsat desa, gerai Samsat, dan aplikasi e-Samsat.",
                   STNK + "; Kendaraan tidak dalam status blokir",
                   kw="PKB", url="https://esamsat.jatimprov.go.id"),
            samsat("Penggantian Surat Tanda Nomor Kendaraan dan Tanda Nomor Kendaraan Bermotor Lima Tahunan",
                   "Pelayanan pembayaran pajak, penerbitan STNK baru, dan penggantian Tanda Nomor Kendaraan Bermotor setiap 5 (lima) tahun setelah pemeriksaan fisik kendaraan.",
                   STNK + "; BPKB asli dan fotokopi; Kendaraan dihadirkan untuk cek fisik nomor rangka dan nomor mesin",
                   duration="Paling lama 1 (satu) hari kerja"),
            samsat("Pelayanan Bea Balik Nama Kendaraan Bermotor",
                   "Pelayanan penetapan dan pembayaran Bea Balik Nama Kendaraan Bermotor atas penyerahan kendaraan bekas serta penerbitan STNK atas nama pemilik baru.",
                   "STNK asli; BPKB asli; " + KTP + " pemilik baru; Kuitansi jual beli bermeterai; Hasil cek fisik kendaraan",
                   duration=H1, kw="BBNKB"),
            samsat("Pendaftaran dan Pembayaran Pajak Kendaraan Bermotor Baru",
                   "Pelayanan pendaftaran kendaraan bermotor baru, penetapan Bea Balik Nama Kendaraan Bermotor penyerahan pertama dan Pajak Kendaraan Bermotor, serta penerbitan STNK dan Tanda Nomor Kendaraan Bermotor.",
                   "Faktur kendaraan; Sertifikat uji tipe dan sertifikat registrasi uji tipe; " + KTP + " pemilik; Hasil cek fisik kendaraan",
                   duration=H1),
            samsat("Pelayanan Pemberitahuan Penjualan Kendaraan dan Pemblokiran STNK",
                   "Pelayanan pencatatan pemberitahuan bahwa kendaraan telah dijual kepada pihak lain dan pemblokiran data STNK agar pajak progresif tidak dibebankan kepada pemilik lama.",
                   "Formulir pemberitahuan; " + KTP + " pemilik lama; Fotokopi STNK; Fotokopi kuitansi atau bukti penjualan",
                   fee=FREE, duration=SAAT),
            samsat("Keringanan dan Pembebasan Sanksi Administratif Pajak Kendaraan Bermotor",
                   "Pelayanan pemberian pembebasan denda, pengurangan pokok, atau keringanan Pajak Kendaraan Bermotor dan Bea Balik Nama Kendaraan Bermotor sesuai program yang ditetapkan Gubernur Jawa Timur.",
                   STNK + "; Persyaratan lain sesuai ketentuan program yang berlaku",
                   duration=SAAT),
        ], category="Pendapatan Daerah Provinsi", manager_style="admin", staff_style="admin"),
        Unit("Kepala Seksi Pelayanan dan Registrasi", ["Petugas Mutasi Kendaraan", "Petugas Pelayanan Informasi dan Pengaduan Samsat"], [
            samsat("Mutasi Keluar Kendaraan Bermotor",
                   "Pelayanan mutasi keluar kendaraan bermotor ke wilayah provinsi atau kabupaten/kota lain dan penerbitan surat keterangan fiskal antardaerah.",
                   STNK + "; BPKB asli; Hasil cek fisik kendaraan; Bukti lunas Pajak Kendaraan Bermotor tahun berjalan",
                   duration=H5),
            samsat("Mutasi Masuk Kendaraan Bermotor",
                   "Pelayanan pendaftaran kendaraan bermotor yang berasal dari luar daerah untuk ditetapkan pajaknya dan diterbitkan STNK serta Tanda Nomor Kendaraan Bermotor wilayah Banyuwangi.",
                   "Berkas mutasi dari daerah asal; BPKB asli; " + KTP + " pemilik; Hasil cek fisik kendaraan",
                   duration=H3),
            samsat("Pelayanan Informasi dan Pengaduan Samsat",
                   "Pelayanan informasi besaran pajak, persyaratan, dan jadwal Samsat keliling serta penerimaan pengaduan atas pelayanan Samsat.",
                   "Nomor polisi kendaraan bagi informasi pajak; Identitas pengadu",
                   fee=FREE, duration="Tanggapan paling lama 3 (tiga) hari kerja"),
        ], category="Pendapatan Daerah Provinsi", manager_style="admin", staff_style="admin"),
    ],
    frontdesk=["Petugas Loket Pendaftaran Samsat"],
    multi=0.5,
))

CABDIN = "Pengelolaan pendidikan menengah (SMA/SMK) dan pendidikan khusus (SLB) merupakan kewenangan Pemerintah Provinsi Jawa Timur."


def cabdin(name, desc, req, duration=H1, kw="", url=""):
    return sv(name, desc, req, duration=duration, authority="province", note=CABDIN, kw=kw, url=url)


add(Org(
    "B097", short_name="Cabdin Pendidikan Wilayah Banyuwangi",
    address="Jl. Jenderal Ahmad Yani No. 100, Kelurahan Taman Baru, Kecamatan Banyuwangi",
    phone="(0333) 610000", email="cabdin.banyuwangi@dindik.jatimprov.go.id",
    website="https://dindik.jatimprov.go.id",
    hours=JAM_KANTOR,
    description="Cabang Dinas Pendidikan Provinsi Jawa Timur yang melaksanakan pengelolaan dan pelayanan pendidikan menengah atas, kejuruan, dan pendidikan khusus di wilayah Kabupaten Banyuwangi.",
    authority_note=CABDIN,
    head="Kepala Cabang Dinas Pendidikan Provinsi Jawa Timur Wilayah Kabupaten Banyuwangi", head_style="edu",
    units=[
        Unit("Kepala Seksi SMA dan Pendidikan Khusus", ["Pengelola Data Peserta Didik", "Pengadministrasi Legalisasi dan Ijazah"], [
            cabdin("Legalisasi Ijazah SMA, SMK, dan SLB",
                   "Pelayanan pengesahan fotokopi ijazah dan surat keterangan hasil ujian lulusan SMA, SMK, dan SLB yang satuan pendidikannya telah tutup atau atas permintaan instansi.",
                   "Ijazah asli; Fotokopi ijazah yang akan dilegalisasi; " + KTP,
                   duration=SAAT),
            cabdin("Penerbitan Surat Keterangan Pengganti Ijazah SMA dan SMK",
                   "Pelayanan penerbitan surat keterangan yang berpenghargaan sama dengan ijazah bagi lulusan SMA/SMK yang ijazahnya hilang atau rusak.",
                   "Surat keterangan tanda lapor kehilangan dari Kepolisian; Surat pengantar dari kepala sekolah penerbit ijazah; Fotokopi ijazah atau buku induk; " + KTP + "; Pas foto berwarna; Surat pernyataan tanggung jawab mutlak bermeterai",
                   duration=H7),
            cabdin("Pelayanan Informasi dan Pengaduan Penerimaan Murid Baru SMA, SMK, dan SLB Negeri",
                   "Pelayanan informasi jalur, jadwal, dan persyaratan penerimaan murid baru jenjang SMA, SMK, dan SLB negeri serta penanganan kendala pendaftaran.",
                   KK + "; Nomor Induk Siswa Nasional; Rapor atau surat keterangan lulus SMP/MTs",
                   duration=SAAT, url="https://spmb.jatimprov.go.id"),
            cabdin("Penerbitan Rekomendasi Mutasi Peserta Didik SMA, SMK, dan SLB",
                   "Pelayanan penerbitan rekomendasi perpindahan peserta didik antar-SMA, SMK, dan SLB di dalam maupun dari luar Provinsi Jawa Timur.",
                   "Surat keterangan pindah dari sekolah asal; Surat keterangan bersedia menerima dari sekolah tujuan; Fotokopi rapor; " + KK),
        ], category="Pendidikan Menengah", manager_style="edu", staff_style="edu"),
        Unit("Kepala Seksi SMK", ["Pengelola Kelembagaan dan Perizinan Sekolah"], [
            cabdin("Fasilitasi Izin Pendirian dan Perubahan SMA, SMK, dan SLB Swasta",
                   "Pelayanan penerimaan, verifikasi, dan penerusan permohonan izin pendirian, perubahan, atau penutupan SMA, SMK, dan SLB yang diselenggarakan masyarakat.",
                   "Surat permohonan dari yayasan; Akta pendirian yayasan yang disahkan Kementerian Hukum; Bukti kepemilikan tanah dan bangunan; Studi kelayakan; Rekomendasi dari Cabang Dinas",
                   duration=H30),
            cabdin("Pelayanan Pengaduan Penyelenggaraan Pendidikan Menengah",
                   "Pelayanan penerimaan dan penanganan pengaduan masyarakat atas penyelenggaraan pendidikan pada SMA, SMK, dan SLB, termasuk pungutan dan layanan sekolah.",
                   "Identitas pengadu; Uraian pengaduan dan bukti pendukung",
                   duration=H14),
        ], category="Pendidikan Menengah", manager_style="edu", staff_style="edu"),
    ],
    frontdesk=["Petugas Layanan Informasi Cabang Dinas"],
    multi=0.4,
))

PLN = "Diselenggarakan PT PLN (Persero) selaku Badan Usaha Milik Negara pemegang wilayah usaha penyediaan tenaga listrik; tarif tenaga listrik ditetapkan Menteri Energi dan Sumber Daya Mineral."
PLN_TARIF = "Biaya penyambungan dan Uang Jaminan Langganan sesuai Peraturan Menteri Energi dan Sumber Daya Mineral tentang Tarif Tenaga Listrik"


def pln(name, desc, req, duration=H5, kw="", fee=PLN_TARIF):
    return sv(name, desc, req, fee=fee, duration=duration, authority="third_party", note=PLN, kw=kw, url="https://web.pln.co.id/pln-mobile")


add(Org(
    "B098", short_name="PLN UP3 Banyuwangi",
    address="Jl. Jenderal Ahmad Yani No. 65, Kelurahan Taman Baru, Kecamatan Banyuwangi",
    phone="(0333) 620000", email="up3banyuwangi@pln.co.id",
    website="https://web.pln.co.id",
    hours="Kantor pelayanan Senin-Jumat 08.00-15.00; pengaduan gangguan melalui Contact Center 123 dan aplikasi PLN Mobile setiap hari 24 jam",
    description="Unit Pelaksana Pelayanan Pelanggan PT PLN (Persero) yang melayani penyambungan, pemeliharaan jaringan distribusi, dan penanganan gangguan tenaga listrik di Kabupaten Banyuwangi.",
    authority_note=PLN,
    head="Manajer Unit Pelaksana Pelayanan Pelanggan Banyuwangi", head_style="corp",
    units=[
        Unit("Manajer Bagian Pemasaran dan Pelayanan Pelanggan", ["Officer Pelayanan Pelanggan", "Officer Administrasi Rekening", "Officer Penagihan"], [
            pln("Penyambungan Baru Tenaga Listrik",
                "Pelayanan permohonan sambungan baru tenaga listrik prabayar atau pascabayar bagi rumah tangga, bisnis, industri, dan sosial melalui aplikasi PLN Mobile atau kantor pelayanan.",
                KTP + "; Alamat lengkap dan titik koordinat lokasi; Sertifikat Laik Operasi instalasi listrik dari lembaga inspeksi teknik; Nomor telepon seluler aktif",
                duration="Sesuai Tingkat Mutu Pelayanan PLN untuk tiap golongan daya"),
            pln("Perubahan Daya Tersambung",
                "Pelayanan penambahan atau penurunan daya tersambung bagi pelanggan prabayar dan pascabayar.",
                "Nomor identitas pelanggan atau nomor meter; " + KTP + "; Sertifikat Laik Operasi instalasi setelah perubahan daya",
                fee="Biaya penyambungan sesuai selisih daya berdasarkan Peraturan Menteri Energi dan Sumber Daya Mineral"),
            pln("Penyambungan Sementara Tenaga Listrik",
                "Pelayanan penyambungan listrik untuk jangka waktu tertentu bagi kegiatan pesta, pameran, proyek konstruksi, dan kegiatan sementara lainnya.",
                KTP + " penanggung jawab; Lokasi dan jangka waktu pemakaian; Sertifikat Laik Operasi instalasi sementara",
                duration=H3),
            pln("Perubahan Nama Pelanggan",
                "Pelayanan perubahan nama pelanggan listrik karena peralihan kepemilikan bangunan atau pewarisan.",
                "Nomor identitas pelanggan; " + KTP + " pemilik baru; Bukti kepemilikan bangunan; Bukti pelunasan rekening bulan terakhir bagi pelanggan pascabayar",
                fee=FREE, duration=H1),
            pln("Migrasi Pelanggan Pascabayar ke Prabayar",
                "Pelayanan penggantian kWh meter pascabayar menjadi kWh meter prabayar atas permintaan pelanggan.",
                "Nomor identitas pelanggan; " + KTP + "; Tidak memiliki tunggakan rekening",
                fee=FREE),
            pln("Penanganan Keluhan Tagihan Rekening dan Token Listrik",
                "Pelayanan penanganan keluhan tagihan rekening listrik yang tidak sesuai, koreksi rekening, serta kendala token listrik yang tidak dapat dimasukkan atau tidak diterima setelah pembayaran.",
                "Nomor identitas pelanggan atau nomor meter; Bukti pembelian token atau rekening yang dikeluhkan",
                fee=FREE, duration=H3),
            pln("Penyambungan Kembali setelah Pemutusan Sementara atau Pembongkaran",
                "Pelayanan penyambungan kembali aliran listrik pelanggan pascabayar yang diputus karena tunggakan setelah pelunasan tagihan dan biaya keterlambatan.",
                "Bukti pelunasan tagihan dan biaya keterlambatan; Nomor identitas pelanggan",
                fee="Biaya penyambungan kembali sesuai ketentuan PT PLN (Persero)", duration="Paling lama 1 x 24 jam setelah pelunasan"),
        ], category="Ketenagalistrikan", manager_style="corp", staff_style="corp"),
        Unit("Manajer Bagian Jaringan", ["Supervisor Pelayanan Teknik", "Petugas Pelayanan Teknik Gangguan", "Petugas Pemeliharaan Jaringan Distribusi"], [
            pln("Penanganan Gangguan Tenaga Listrik",
                "Pelayanan penerimaan dan penanganan laporan pemadaman, gangguan instalasi sampai dengan alat pembatas dan pengukur, tegangan tidak normal, dan kerusakan kWh meter pelanggan melalui Contact Center 123 dan PLN Mobile.",
                "Nomor identitas pelanggan atau nomor meter; Alamat lokasi gangguan",
                fee=FREE, duration="Sesuai Tingkat Mutu Pelayanan PLN untuk penanganan gangguan"),
            pln("Pemindahan Tiang dan Jaringan Listrik",
                "Pelayanan pemindahan tiang, jaringan tegangan rendah, atau kWh meter atas permintaan pelanggan atau pemilik lahan.",
                "Surat permohonan; " + KTP + "; Denah lokasi rencana pemindahan; Persetujuan pemilik lahan tujuan",
                fee="Biaya pemindahan ditanggung pemohon sesuai perhitungan PT PLN (Persero)", duration=H14),
            pln("Penanganan Laporan Bahaya Jaringan Listrik",
                "Pelayanan penanganan laporan kabel putus, tiang miring atau roboh, dan pohon yang menyentuh jaringan listrik yang membahayakan keselamatan masyarakat.",
                "Lokasi kejadian; Keterangan kondisi jaringan",
                fee=FREE, duration=SEGERA),
        ], category="Ketenagalistrikan", manager_style="eng", staff_style="eng"),
        Unit("", ["Officer Program Bantuan Pemerintah"], [
            pln("Bantuan Pasang Baru Listrik bagi Rumah Tangga Tidak Mampu",
                "Pelayanan penyambungan listrik tanpa biaya bagi rumah tangga tidak mampu yang belum berlistrik dan terdaftar sebagai calon penerima program Bantuan Pasang Baru Listrik Kementerian Energi dan Sumber Daya Mineral.",
                KTP + "; " + KK + "; Terdaftar dalam data penerima program yang diusulkan pemerintah desa/kelurahan",
                fee="Tidak dipungut biaya bagi penerima program", duration=JADWAL, kw="BPBL"),
        ], category="Ketenagalistrikan", staff_style="corp"),
    ],
    frontdesk=["Petugas Customer Service"],
    contact_hours="Senin-Jumat 08.00-15.00",
    multi=0.5,
))

BAZNAS = "Badan Amil Zakat Nasional Kabupaten Banyuwangi merupakan lembaga pemerintah nonstruktural yang dibentuk Badan Amil Zakat Nasional berdasarkan Undang-Undang tentang Pengelolaan Zakat."


def baz(name, desc, req, duration=H7, kw="", cat="Zakat dan Bantuan Mustahik"):
    return sv(name, desc, req, duration=duration, authority="central", note=BAZNAS, kw=kw, cat=cat)


MUSTAHIK = "Surat permohonan bantuan; " + KTP + "; " + KK + "; Surat Keterangan Tidak Mampu dari Kepala Desa/Lurah"

add(Org(
    "B099", short_name="Baznas Banyuwangi",
    address="Jl. Jenderal Ahmad Yani No. 1, Kompleks Masjid Agung Baiturrahman, Kecamatan Banyuwangi",
    phone="(0333) 630000", email="baznas.banyuwangi@baznas.go.id",
    website="https://baznas.go.id/banyuwangi",
    hours=JAM_KANTOR,
    description="Lembaga yang melakukan pengelolaan zakat, infak, dan sedekah di tingkat Kabupaten Banyuwangi serta menyalurkannya kepada mustahik melalui program pendidikan, kesehatan, ekonomi, dan kemanusiaan.",
    authority_note=BAZNAS,
    head="Ketua Badan Amil Zakat Nasional Kabupaten Banyuwangi", head_style="islam",
    deputy=["Wakil Ketua Bidang Pengumpulan", "Wakil Ketua Bidang Pendistribusian dan Pendayagunaan"],
    units=[
        Unit("Kepala Pelaksana Bidang Pengumpulan", ["Amil Pelayanan Muzaki"], [
            baz("Penerimaan Zakat Mal dan Zakat Penghasilan",
                "Pelayanan penerimaan pembayaran zakat mal dan zakat penghasilan dari muzaki perorangan dan badan, melalui kantor, unit pengumpul zakat, transfer bank, dan kanal daring.",
                "Identitas muzaki; NPWP apabila bukti setor akan digunakan sebagai pengurang penghasilan kena pajak",
                duration=SAAT),
            baz("Penerimaan Zakat Fitrah, Infak, dan Sedekah",
                "Pelayanan penerimaan zakat fitrah, infak, sedekah, dan dana sosial keagamaan lainnya dari masyarakat.",
                "Identitas pemberi apabila menghendaki bukti setor",
                duration=SAAT),
            baz("Penerbitan Bukti Setor Zakat",
                "Pelayanan penerbitan bukti setor zakat yang dapat digunakan sebagai pengurang penghasilan kena pajak sesuai ketentuan perpajakan.",
                "Bukti pembayaran zakat; Identitas muzaki; NPWP",
                duration=H1),
            baz("Layanan Konsultasi dan Penghitungan Zakat",
                "Pelayanan konsultasi hukum zakat dan penghitungan kewajiban zakat atas harta, penghasilan, perdagangan, dan pertanian.",
                "Keterangan jenis dan jumlah harta yang akan dihitung",
                duration=SAAT),
        ]),
        Unit("Kepala Pelaksana Bidang Pendistribusian dan Pendayagunaan", ["Amil Verifikasi Mustahik", "Amil Program Pendidikan dan Kesehatan", "Amil Program Ekonomi"], [
            baz("Bantuan Biaya Pendidikan bagi Mustahik",
                "Pelayanan pemberian bantuan biaya pendidikan bagi pelajar dan mahasiswa dari keluarga mustahik.",
                MUSTAHIK + "; Surat keterangan aktif sekolah atau kuliah; Fotokopi rapor atau transkrip nilai",
                duration=H14),
            baz("Bantuan Biaya Pengobatan bagi Mustahik",
                "Pelayanan pemberian bantuan biaya pengobatan, perawatan, dan transportasi berobat bagi mustahik yang tidak ditanggung jaminan kesehatan.",
                MUSTAHIK + "; Surat keterangan dokter atau rincian biaya dari fasilitas kesehatan; Fotokopi kartu jaminan kesehatan apabila ada",
                duration=H7),
            baz("Bantuan Modal Usaha Produktif bagi Mustahik",
                "Pelayanan pemberian bantuan modal usaha, peralatan usaha, dan pendampingan bagi mustahik yang memiliki usaha mikro.",
                MUSTAHIK + "; Keterangan jenis usaha; Foto tempat usaha",
                duration=H30),
            baz("Bantuan Rehabilitasi Rumah Tidak Layak Huni bagi Mustahik",
                "Pelayanan pemberian bantuan perbaikan rumah tidak layak huni bagi keluarga mustahik.",
                MUSTAHIK + "; Fotokopi bukti kepemilikan tanah; Foto kondisi rumah",
                duration=JADWAL),
            baz("Bantuan Kemanusiaan dan Tanggap Darurat Bencana",
                "Pelayanan penyaluran bantuan kebutuhan dasar dan pemulihan bagi korban bencana dan musibah, antara lain kebakaran rumah dan banjir.",
                "Laporan kejadian dari Kepala Desa/Lurah atau Badan Penanggulangan Bencana Daerah; " + KTP + " korban",
                duration=SEGERA),
        ]),
    ],
    frontdesk=["Petugas Pelayanan Muzaki dan Mustahik"],
    multi=0.3,
))


# =============================================================================================
# Writer: people, numbers, CSV files
# =============================================================================================
# Everything below is deterministic: each organization draws from its own seeded generator,
# so adding or changing one organization does not change the people of another.

MALE = [
    "Agus", "Ahmad", "Andik", "Arif", "Bambang", "Budi", "Dedy", "Didik", "Eko", "Fajar",
    "Hadi", "Hari", "Heru", "Imam", "Joko", "Kusnadi", "Lukman", "Moh.", "Muhammad", "Nanang",
    "Rudi", "Slamet", "Sugeng", "Sutrisno", "Teguh", "Wahyu", "Yudi", "Zainal", "Anang", "Suparman",
    "Hasan", "Samsul", "Ilham", "Rizal", "Taufik", "Gatot", "Bagus", "Dimas", "Fery", "Gunawan",
    "I Made", "I Ketut", "I Wayan", "I Nyoman", "Abdul", "Mochamad", "Nur", "Supriyadi", "Totok", "Yusuf", "Edy",
]
MALE_2 = [
    "Setiawan", "Prasetyo", "Santoso", "Hidayat", "Wibowo", "Kurniawan", "Susanto", "Hariyanto",
    "Efendi", "Mustofa", "Syaifudin", "Hermawan", "Purnomo", "Wijaya", "Rahmat", "Fauzi",
    "Subagyo", "Sugiarto", "Arifin", "Hakim", "Basuki", "Nugroho", "Saputra", "Firmansyah",
    "Ridwan", "Kholiq", "Mashuri", "Junaidi", "Wahyudi", "Suryadi", "Riyanto", "Maulana",
    "Sudarsono", "Yulianto", "Suharto", "Budiman", "Anshori", "Sholeh", "Rofiq", "Hasyim",
]
FEMALE = [
    "Siti", "Sri", "Dewi", "Endang", "Erna", "Fitri", "Indah", "Lilik", "Nur", "Rina",
    "Retno", "Dwi", "Yuli", "Anik", "Evi", "Ika", "Lina", "Novi", "Ratna", "Wiwik",
    "Susilowati", "Tri", "Yeni", "Umi", "Desy", "Rahayu", "Ani", "Dian", "Eka", "Heni",
    "Nanik", "Puji", "Rini", "Titik", "Luluk", "Mega", "Nia", "Laily", "Farida", "Ni Luh",
]
FEMALE_2 = [
    "Wahyuni", "Rahayu", "Lestari", "Handayani", "Susanti", "Kurniasih", "Rahmawati", "Utami",
    "Purwanti", "Sulistyowati", "Nurhayati", "Hidayati", "Maulidiyah", "Fatimah", "Khotimah",
    "Puspitasari", "Anggraini", "Setyaningsih", "Wulandari", "Mardiyah", "Zulaikha", "Ningsih",
    "Astuti", "Yuliana", "Pratiwi", "Kusumawati", "Safitri", "Indrawati", "Rosidah", "Aminah",
]

BALI_M = ["Suardana", "Artawan", "Sudarsana", "Wirawan", "Budiarta", "Mahendra", "Arsana", "Sukadana"]
BALI_F = ["Sukerti", "Ariani", "Suartini", "Widiastuti", "Puspawati", "Sriasih"]

ADMIN_TITLES = ["S.Sos.", "S.E.", "S.H.", "S.AP.", "S.IP.", "S.Pd.", "S.Kom.", "A.Md.", "S.Ak.", ""]
ADMIN_HEAD = ["S.Sos., M.Si.", "S.E., M.M.", "S.H., M.H.", "S.STP., M.Si.", "S.IP., M.AP.", "S.Sos., M.AP.", "S.T., M.T.", "S.E., M.Si."]

# style -> (prefix choices, suffix choices for heads/managers, suffix choices for others)
STYLES: dict[str, tuple[list, list, list]] = {
    "admin": ([""], ADMIN_HEAD, ADMIN_TITLES),
    "plain": ([""], ["S.Sos.", "S.Pd.", "S.E.", ""], ["", "", "", "S.E.", "A.Md.", "S.Pd."]),
    "dr": (["dr. "], ["M.Kes.", "M.M.R.S.", "Sp.PD.", "Sp.A.", "M.Kes."], ["", "", "M.Kes."]),
    "drg": (["drg. "], ["M.Kes."], [""]),
    "nurse": ([""], ["S.Kep., Ns., M.Kep.", "S.Kep., Ns."], ["S.Kep., Ns.", "A.Md.Kep.", "A.Md.Kep."]),
    "midwife": ([""], ["S.Tr.Keb., Bd.", "S.Keb., Bd."], ["A.Md.Keb.", "S.Tr.Keb.", "A.Md.Keb."]),
    "lab": ([""], ["S.Tr.Kes."], ["A.Md.AK.", "S.Tr.Kes.", "A.Md.Kes."]),
    "rad": ([""], ["S.Tr.Rad."], ["A.Md.Rad.", "S.Tr.Rad."]),
    "farmasi": (["apt. "], ["S.Farm., M.Farm."], ["S.Farm.", "S.Farm."]),
    "gizi": ([""], ["S.Gz."], ["S.Gz.", "A.Md.Gz."]),
    "kesling": ([""], ["S.KM."], ["A.Md.KL.", "S.Tr.KL.", "S.KM."]),
    "skm": ([""], ["S.KM., M.Kes."], ["S.KM.", "S.KM."]),
    "eng": (["", "Ir. "], ["S.T., M.T.", "S.T., M.M."], ["S.T.", "S.T.", "A.Md.T."]),
    "it": ([""], ["S.Kom., M.T.", "S.T., M.Kom."], ["S.Kom.", "S.T.", "A.Md.Kom."]),
    "fish": ([""], ["S.Pi., M.Si."], ["S.Pi.", "A.Md.Pi."]),
    "agri": (["", "Ir. "], ["S.P., M.P.", "S.P., M.Si."], ["S.P.", "S.TP.", "A.Md.P."]),
    "vet": (["drh. "], ["M.Si."], ["", ""]),
    "law": ([""], ["S.H., M.H.", "S.H., M.Kn."], ["S.H.", "S.H.", "S.E."]),
    "islam": (["H. ", "", "Drs. H. "], ["S.Ag., M.Pd.I.", "S.Ag., M.H.I.", "M.Ag."], ["S.Ag.", "S.H.I.", "S.Pd.I.", "S.Sos.I.", "S.H."]),
    "judge": (["Drs. H. ", "H. ", ""], ["S.H., M.H.", "S.H.I., M.H.", "M.H."], ["S.H.I., M.H.", "S.H., M.H.", "S.Ag., M.H."]),
    "tax": ([""], ["S.E., M.Ak.", "S.E., Ak., M.M."], ["S.E.", "S.E., Ak.", "A.Md.", "S.Ak."]),
    "corp": ([""], ["S.E., M.M.", "S.T., M.M.", "S.H., M.M."], ["S.E.", "S.T.", "S.Kom.", "A.Md.", "S.M.", "S.Psi."]),
    "sar": ([""], ["S.T.", "S.Sos., M.M."], ["", "", "A.Md.", "S.T."]),
    "edu": ([""], ["S.Pd., M.Pd.", "M.Pd."], ["S.Pd.", "S.Pd.", "S.Kom.", "S.E."]),
}

# police ranks by level
POLICE = {
    "head": ["AKBP", "KOMPOL"],
    "headsmall": ["KOMPOL", "AKP"],
    "manager": ["AKP", "IPTU", "KOMPOL"],
    "technical": ["IPDA", "AIPTU", "AIPDA", "BRIPKA", "BRIGPOL"],
    "frontdesk": ["BRIGPOL", "BRIPTU", "BRIPDA"],
}

MOBILE_PREFIX = [
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0814", "0815",
    "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877",
    "0878", "0831", "0832", "0838", "0895", "0896", "0897", "0898", "0881", "0882",
]

USED_NUMBERS: set[str] = set()
USED_NAMES: set[str] = set()


def police_ranks(position: str, level: str, small: bool) -> list:
    """Plausible ranks for a police position (Polresta is led by a Komisaris Besar)."""
    if position.startswith("Kepala Kepolisian Resor Kota"):
        return ["KOMBES POL"]
    if position.startswith("Wakil Kepala Kepolisian Resor Kota"):
        return ["AKBP"]
    if small and level == "head":
        return POLICE["headsmall"]
    if position.startswith("Wakil Kepala Kepolisian Sektor"):
        return ["IPTU", "AKP"]
    if position.startswith(("Kepala Satuan", "Kepala Seksi")):
        return ["KOMPOL", "AKP"]
    if position.startswith("Kepala Sentra"):
        return ["IPTU", "IPDA"] if small else ["AKP", "IPTU"]
    if position.startswith(("Kepala Unit", "Kepala Urusan", "Perwira")):
        return ["IPTU", "IPDA", "AKP"] if not small else ["IPDA", "AIPTU"]
    if position.startswith(("Bintara", "Bhayangkara")):
        return [r for r in POLICE["technical"] if r != "IPDA"]
    return POLICE["frontdesk" if level == "frontdesk" else "technical"]


def person(rng: random.Random, style: str, level: str, position: str = "") -> str:
    for _ in range(50):
        female = rng.random() < 0.45
        first = rng.choice(FEMALE if female else MALE)
        if first.startswith(("I ", "Ni ")):  # Balinese names keep Balinese second names
            second = rng.choice(BALI_F if female else BALI_M)
        else:
            second = rng.choice(FEMALE_2 if female else MALE_2)
        base = f"{first} {second}"
        if base.split()[0] == base.split()[-1]:
            continue
        if style in ("islam", "judge") and first.startswith(("I ", "Ni ")):
            continue
        if style.startswith("police"):
            rank = rng.choice(police_ranks(position, level, style == "police_small"))
            perwira = rank in ("KOMBES POL", "AKBP", "KOMPOL", "AKP", "IPTU", "IPDA")
            if level in ("head", "manager"):
                suffix = rng.choice(["S.H.", "S.I.K.", "S.H., M.H.", "S.I.K., M.H."] if perwira else ["S.H.", "", "S.H., M.H."])
            else:
                suffix = rng.choice(["", "", "", "S.H."])
            name = f"{rank} {base}" + (f", {suffix}" if suffix else "")
        else:
            prefixes, senior, junior = STYLES[style]
            prefix = rng.choice(prefixes)
            if female and prefix.startswith(("H. ", "Drs. H. ")):
                prefix = prefix.replace("Drs. H. ", "Dra. Hj. ").replace("H. ", "Hj. ")
            suffix = rng.choice(senior if level in ("head", "manager") else junior)
            if "Drs." in prefix or "Dra." in prefix:  # the old bachelor's title takes no S.x. degree
                suffix = ", ".join(p for p in suffix.split(", ") if not p.startswith("S."))
            name = prefix + base + (f", {suffix}" if suffix else "")
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name
    raise RuntimeError("no fresh name")


def mobile(rng: random.Random) -> str:
    """An invented Indonesian mobile number containing the block 0000, in a random shape."""
    while True:
        prefix = rng.choice(MOBILE_PREFIX)
        tail = "".join(rng.choice("0123456789") for _ in range(rng.choice((3, 4, 4, 4, 5))))
        if tail.startswith("0"):
            tail = str(rng.randint(1, 9)) + tail[1:]
        digits = prefix + "0000" + tail
        if digits in USED_NUMBERS:
            continue
        USED_NUMBERS.add(digits)
        shape = rng.randrange(6)
        if shape == 0:
            return digits
        if shape == 1:
            return "62" + digits[1:]
        if shape == 2:
            return f"+62 {digits[1:4]}-0000-{tail}"
        if shape == 3:
            return f"{prefix} 0000 {tail}"
        if shape == 4:
            return f"{prefix}-0000-{tail}"
        return f"+62{digits[1:]}"


def chunks(services: list, k: int) -> list[list]:
    n = len(services)
    if k == 0:
        return []
    if n == 0:
        return [[] for _ in range(k)]
    if k >= n:
        return [[services[j % n]] for j in range(k)]
    return [[services[i] for i in range(n) if i * k // n == j] for j in range(k)]


def contact_languages(rng: random.Random, langs: str) -> str:
    codes = langs.split(";")
    kept = ["ind"] + [c for c in codes if c != "ind" and rng.random() < 0.8]
    return ";".join(kept)


def build():
    roster = list(csv.DictReader(open(HERE / "roster.csv", encoding="utf-8")))
    ids = [r["org_id"] for r in roster]
    missing = [i for i in ids if i not in ORGS]
    extra = [i for i in ORGS if i not in ids]
    assert not missing and not extra, (missing, extra)

    org_rows, service_rows, contact_rows = [], [], []
    for r in roster:
        org = ORGS[r["org_id"]]
        rng = random.Random(f"blind-directory-{org.org_id}")
        org_rows.append({
            "org_id": org.org_id, "name": r["name"], "short_name": org.short_name,
            "kind": r["kind"], "parent_id": org.parent_id, "address": org.address,
            "phone": org.phone, "whatsapp": mobile(rng) if org.whatsapp else "",
            "email": org.email, "website": org.website, "hours": org.hours,
            "authority_note": org.authority_note, "description": org.description,
        })
        n = 0
        for unit in org.units:
            for s in unit.services:
                n += 1
                s.sid = f"{org.org_id}-S{n:03d}"
                service_rows.append({
                    "service_id": s.sid, "org_id": org.org_id, "name": s.name,
                    "category": s.category or unit.category, "keywords": s.keywords,
                    "description": s.description, "requirements": s.requirements,
                    "fee": s.fee, "duration": s.duration, "authority": s.authority,
                    "authority_note": s.authority_note, "online_url": s.online_url,
                    "area": s.area or org.area,
                })
        all_services = [s for unit in org.units for s in unit.services]
        hours = org.contact_hours or org.hours
        people = []  # (position, style, level, [Sv])
        if org.head:
            people.append((org.head, org.head_style, "head", []))
        for pos in org.deputy:
            people.append((pos, org.head_style if org.head_style.startswith(("police", "judge", "islam", "law", "tax", "corp", "edu", "sar")) else "admin", "manager", []))
        for unit in org.units:
            if unit.manager:
                people.append((unit.manager, unit.manager_style, "manager", list(unit.services)))
            for pos, mine in zip(unit.staff, chunks(unit.services, len(unit.staff))):
                for _ in range(2 if rng.random() < org.multi else 1):
                    people.append((pos, unit.staff_style, "technical", mine))
        for pos, style, tags, level in org.explicit_staff:
            mine = [s for s in all_services if s.tag in tags]
            for _ in range(2 if level == "technical" and rng.random() < org.multi else 1):
                people.append((pos, style, level, mine))
        fd_style = org.head_style if org.head_style.startswith("police") else (
            "plain" if org.head_style in ("plain", "admin") else "admin")
        for pos in org.frontdesk:
            for _ in range(2 if rng.random() < org.multi else 1):
                people.append((pos, fd_style, "frontdesk", []))
        c = 0
        for position, style, level, mine in people:
            c += 1
            contact_rows.append({
                "contact_id": f"{org.org_id}-K{c:03d}", "org_id": org.org_id,
                "name": person(rng, style, level, position), "position": position, "level": level,
                "whatsapp": mobile(rng),
                "phone": org.phone if level == "frontdesk" else "",
                "email": org.email if level == "frontdesk" else "",
                "hours": hours, "languages": contact_languages(rng, org.languages),
                "service_ids": ";".join(s.sid for s in mine), "area": org.area,
            })
    return org_rows, service_rows, contact_rows


def write(name: str, rows: list[dict]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def main() -> None:
    orgs, services, contacts = build()
    write("organizations.csv", orgs)
    write("services.csv", services)
    write("contacts.csv", contacts)
    empty = sum(1 for s in services if not s["keywords"])
    print(f"organizations: {len(orgs)}  services: {len(services)} "
          f"(keywords empty: {empty}, {100 * empty / len(services):.1f}%)  contacts: {len(contacts)}")


if __name__ == "__main__":
    main()
