<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>WhatsApp %1</source>
            <translation>WhatsApp %1</translation>
        </message>
        <message>
            <source>Phone %1</source>
            <translation>Telepon %1</translation>
        </message>
        <message>
            <source>No number</source>
            <translation>Tidak ada nomor</translation>
        </message>
        <message>
            <source>Service: %1</source>
            <translation>Layanan: %1</translation>
        </message>
        <message>
            <source>For emergencies only: fire, accident, crime, medical emergency, disaster.</source>
            <translation>Hanya untuk keadaan darurat: kebakaran, kecelakaan, kejahatan, gawat darurat medis, bencana.</translation>
        </message>
        <message>
            <source>Not the regency's: handled by %1 (details: Enter)</source>
            <translation>Bukan kewenangan Pemkab: diurus %1 (rincian: Enter)</translation>
        </message>
        <message>
            <source>No contact person is listed for this service.</source>
            <translation>Belum ada petugas yang tercatat untuk layanan ini.</translation>
        </message>
        <message>
            <source>Contact %1 of %2: %3</source>
            <translation>Kontak %1 dari %2: %3</translation>
        </message>
        <message>
            <source>WhatsApp:</source>
            <translation>WhatsApp:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <source>Copy (Ctrl+%1)</source>
            <translation>Salin (Ctrl+%1)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Salin</translation>
        </message>
        <message>
            <source>Copy number %1</source>
            <translation>Salin nomor %1</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Telepon: %1</translation>
        </message>
    </context>
    <context>
        <name>AnswerCard</name>
        <message>
            <source>For emergencies only (details: Enter)</source>
            <translation>Khusus keadaan darurat (rincian: Enter)</translation>
        </message>
        <message>
            <source>Not the regency's: %1 (Enter)</source>
            <translation>Bukan kewenangan Pemkab: %1 (Enter)</translation>
        </message>
        <message>
            <source>WA:</source>
            <translation>WA:</translation>
        </message>
        <message>
            <source>Tel.:</source>
            <translation>Telp.:</translation>
        </message>
        <message>
            <source>Service: %1</source>
            <translation>Layanan: %1</translation>
        </message>
        <message>
            <source>For emergencies only: fire, accident, crime, medical emergency, disaster.</source>
            <translation>Hanya untuk keadaan darurat: kebakaran, kecelakaan, kejahatan, gawat darurat medis, bencana.</translation>
        </message>
        <message>
            <source>Not the regency's: handled by %1 (details: Enter)</source>
            <translation>Bukan kewenangan Pemkab: diurus %1 (rincian: Enter)</translation>
        </message>
        <message>
            <source>No contact person is listed for this service.</source>
            <translation>Belum ada petugas yang tercatat untuk layanan ini.</translation>
        </message>
        <message>
            <source>Contact %1 of %2: %3</source>
            <translation>Kontak %1 dari %2: %3</translation>
        </message>
        <message>
            <source>WhatsApp:</source>
            <translation>WhatsApp:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <source>Copy (Ctrl+%1)</source>
            <translation>Salin (Ctrl+%1)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Salin</translation>
        </message>
        <message>
            <source>Copy number %1</source>
            <translation>Salin nomor %1</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Telepon: %1</translation>
        </message>
    </context>
    <context>
        <name>BrowseModel</name>
        <message>
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>%1 service(s)</source>
            <translation>%1 layanan</translation>
        </message>
    </context>
    <context>
        <name>BrowseWidget</name>
        <message>
            <source>Reading the services…</source>
            <translation>Membaca daftar layanan…</translation>
        </message>
        <message>
            <source>Uncategorized</source>
            <translation>Tanpa kategori</translation>
        </message>
        <message>
            <source>The services could not be read: %1</source>
            <translation>Daftar layanan tidak bisa dibaca: %1</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Menurut kategori</translation>
        </message>
        <message>
            <source>Browse by category</source>
            <translation>Jelajah menurut kategori</translation>
        </message>
        <message>
            <source>By agency</source>
            <translation>Menurut instansi</translation>
        </message>
        <message>
            <source>Browse by agency</source>
            <translation>Jelajah menurut instansi</translation>
        </message>
        <message>
            <source>Services to browse</source>
            <translation>Daftar layanan untuk dijelajah</translation>
        </message>
    </context>
    <context>
        <name>ContactReportDialog</name>
        <message>
            <source>Report a problem with this contact</source>
            <translation>Laporkan masalah kontak ini</translation>
        </message>
        <message>
            <source>Contact:</source>
            <translation>Kontak:</translation>
        </message>
        <message>
            <source>Number:</source>
            <translation>Nomor:</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Layanan:</translation>
        </message>
        <message>
            <source>&amp;Wrong number</source>
            <translation>Nomor &amp;salah</translation>
        </message>
        <message>
            <source>&amp;Not answering</source>
            <translation>&amp;Tidak menjawab</translation>
        </message>
        <message>
            <source>&amp;Moved to another post</source>
            <translation>Sudah &amp;pindah tugas</translation>
        </message>
        <message>
            <source>&amp;Other problem</source>
            <translation>Masalah &amp;lain</translation>
        </message>
        <message>
            <source>What is wrong?</source>
            <translation>Apa masalahnya?</translation>
        </message>
        <message>
            <source>No&amp;te (optional):</source>
            <translation>&amp;Catatan (tidak wajib):</translation>
        </message>
        <message>
            <source>Send report</source>
            <translation>Kirim laporan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Could not send the report: %1</source>
            <translation>Laporan gagal disimpan: %1</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Type the citizen's need in the box above, or browse.</source>
            <translation>Ketik kebutuhan warga di kotak atas, atau jelajahi layanan.</translation>
        </message>
        <message>
            <source>Log referral (F2)</source>
            <translation>Catat rujukan (F2)</translation>
        </message>
        <message>
            <source>Log referral</source>
            <translation>Catat rujukan</translation>
        </message>
        <message>
            <source>Log the referral for the chosen contact (F2)</source>
            <translation>Catat rujukan ke kontak yang dipilih (F2)</translation>
        </message>
        <message>
            <source>Report contact problem (F4)</source>
            <translation>Laporkan masalah kontak (F4)</translation>
        </message>
        <message>
            <source>Report contact problem</source>
            <translation>Laporkan masalah kontak</translation>
        </message>
        <message>
            <source>Report a wrong or unanswered number of the chosen contact (F4)</source>
            <translation>Laporkan nomor kontak terpilih yang salah atau tidak menjawab (F4)</translation>
        </message>
        <message>
            <source>Print slip (Ctrl+P)</source>
            <translation>Cetak slip (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>Cetak slip</translation>
        </message>
        <message>
            <source>Print or save the slip for the citizen; logs the referral as printed</source>
            <translation>Cetak atau simpan slip untuk warga; rujukan dicatat sebagai slip dicetak</translation>
        </message>
        <message>
            <source>Contact on the citizen's behalf (F7)</source>
            <translation>Hubungi atas nama warga (F7)</translation>
        </message>
        <message>
            <source>Log (F2)</source>
            <translation>Catat (F2)</translation>
        </message>
        <message>
            <source>Report (F4)</source>
            <translation>Laporkan (F4)</translation>
        </message>
        <message>
            <source>Slip (Ctrl+P)</source>
            <translation>Cetak (Ctrl+P)</translation>
        </message>
        <message>
            <source>Contact (F7)</source>
            <translation>Hubungi (F7)</translation>
        </message>
        <message>
            <source>Contact on the citizen's behalf</source>
            <translation>Hubungi atas nama warga</translation>
        </message>
        <message>
            <source>Service details</source>
            <translation>Rincian layanan</translation>
        </message>
        <message>
            <source>Open WhatsApp to the chosen contact with the citizen's need written in, and log the referral (F7)</source>
            <translation>Buka WhatsApp ke kontak yang dipilih dengan kebutuhan warga sudah tertulis, lalu catat rujukannya (F7)</translation>
        </message>
        <message>
            <source>Not possible: the chosen contact has no WhatsApp number. Call the number instead.</source>
            <translation>Tidak bisa: kontak yang dipilih tidak punya nomor WhatsApp. Telepon nomornya saja.</translation>
        </message>
        <message>
            <source>Not possible: choose a service with a contact first.</source>
            <translation>Tidak bisa: pilih dulu layanan yang ada kontaknya.</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>Instansi: %1</translation>
        </message>
        <message>
            <source>For emergencies only: fire, accident, crime, medical emergency, disaster.</source>
            <translation>Hanya untuk keadaan darurat: kebakaran, kecelakaan, kejahatan, gawat darurat medis, bencana.</translation>
        </message>
        <message>
            <source>This is not the Banyuwangi regency government's authority; handled by: %1.</source>
            <translation>Ini bukan kewenangan Pemkab Banyuwangi; yang mengurus: %1.</translation>
        </message>
        <message>
            <source>Last verified: %1</source>
            <translation>Terakhir diverifikasi: %1</translation>
        </message>
        <message>
            <source>Requirements (tick while reading them out)</source>
            <translation>Persyaratan (centang sambil dibacakan)</translation>
        </message>
        <message>
            <source>Fee:</source>
            <translation>Biaya:</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Lama proses:</translation>
        </message>
        <message>
            <source>Hours:</source>
            <translation>Jam layanan:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Alamat:</translation>
        </message>
        <message>
            <source>Online service link</source>
            <translation>Tautan layanan daring</translation>
        </message>
        <message>
            <source>Online:</source>
            <translation>Layanan daring:</translation>
        </message>
        <message>
            <source>Contacts (Ctrl+1 copies the first number)</source>
            <translation>Kontak (Ctrl+1 menyalin nomor pertama)</translation>
        </message>
        <message>
            <source>SAMPLE DATA — these names and numbers are made up; do not give them to citizens.</source>
            <translation>DATA CONTOH — nama dan nomor di sini karangan, jangan diberikan ke warga.</translation>
        </message>
        <message>
            <source>No contact person is listed for this service.</source>
            <translation>Belum ada petugas yang tercatat untuk layanan ini.</translation>
        </message>
        <message>
            <source>Contact %1: %2</source>
            <translation>Kontak %1: %2</translation>
        </message>
        <message>
            <source>Choose this contact for the referral</source>
            <translation>Pilih kontak ini untuk rujukan</translation>
        </message>
        <message>
            <source>WhatsApp:</source>
            <translation>WhatsApp:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telepon:</translation>
        </message>
        <message>
            <source>Copy (Ctrl+%1)</source>
            <translation>Salin (Ctrl+%1)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Salin</translation>
        </message>
        <message>
            <source>Copy number %1</source>
            <translation>Salin nomor %1</translation>
        </message>
        <message>
            <source>Copy %1 to the clipboard</source>
            <translation>Salin %1 ke papan klip</translation>
        </message>
        <message>
            <source>Hours: %1</source>
            <translation>Jam: %1</translation>
        </message>
        <message>
            <source>checked %1</source>
            <translation>diperiksa %1</translation>
        </message>
        <message>
            <source>Last verified on %1</source>
            <translation>Terakhir diperiksa %1</translation>
        </message>
        <message>
            <source>not checked since %1</source>
            <translation>belum diperiksa sejak %1</translation>
        </message>
        <message>
            <source>Last verified on %1, more than %2 months ago (the regency's limit). Confirm the number before giving it out; report it (F4) if it is wrong.</source>
            <translation>Terakhir diperiksa %1, lebih dari %2 bulan lalu (batas kabupaten). Pastikan nomornya dulu sebelum diberikan; laporkan (F4) bila salah.</translation>
        </message>
        <message>
            <source>Technical staff</source>
            <translation>Staf teknis</translation>
        </message>
        <message>
            <source>Head of division</source>
            <translation>Kepala bidang</translation>
        </message>
        <message>
            <source>Front desk officer</source>
            <translation>Petugas layanan</translation>
        </message>
        <message>
            <source>Head of agency</source>
            <translation>Kepala instansi</translation>
        </message>
    </context>
    <context>
        <name>EnrollBox</name>
        <message>
            <source>Hub (sending referrals, directory updates)</source>
            <translation>Hub (pengiriman rujukan, pembaruan direktori)</translation>
        </message>
        <message>
            <source>e.g. https://hub.banyuwangikab.go.id</source>
            <translation>mis. https://hub.banyuwangikab.go.id</translation>
        </message>
        <message>
            <source>one-time code from the hub admin, ABCD-EFGH-…</source>
            <translation>kode sekali pakai dari admin hub, ABCD-EFGH-…</translation>
        </message>
        <message>
            <source>from the hub admin, e.g. 3f2a 9c41 …</source>
            <translation>dari admin hub, mis. 3f2a 9c41 …</translation>
        </message>
        <message>
            <source>&amp;Enroll</source>
            <translation>&amp;Daftarkan</translation>
        </message>
        <message>
            <source>Enrolls this desk with the hub using the code and the key fingerprint.</source>
            <translation>Mendaftarkan meja ini ke hub dengan kode dan sidik jari kunci.</translation>
        </message>
        <message>
            <source>Hub &amp;address:</source>
            <translation>&amp;Alamat hub:</translation>
        </message>
        <message>
            <source>Enrollment &amp;code:</source>
            <translation>&amp;Kode pendaftaran:</translation>
        </message>
        <message>
            <source>Key &amp;fingerprint:</source>
            <translation>&amp;Sidik jari kunci:</translation>
        </message>
        <message>
            <source>Enrolled with %1.</source>
            <translation>Terdaftar ke %1.</translation>
        </message>
        <message>
            <source>Not enrolled yet: referrals stay on this computer until it is.</source>
            <translation>Belum terdaftar: rujukan disimpan di komputer ini sampai meja terdaftar.</translation>
        </message>
        <message>
            <source>Enrolling with the hub…</source>
            <translation>Mendaftarkan ke hub…</translation>
        </message>
        <message>
            <source>Not enrolled.</source>
            <translation>Belum terdaftar.</translation>
        </message>
        <message>
            <source>Enrollment failed: %1</source>
            <translation>Pendaftaran gagal: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Set up this desk</source>
            <translation>Siapkan meja ini</translation>
        </message>
        <message>
            <source>Welcome to Melayani Desk</source>
            <translation>Selamat datang di Melayani Desk</translation>
        </message>
        <message>
            <source>Fill in this desk's name and place, then enroll it with the hub using the address, code and key fingerprint from the regency's hub admin. You can skip this: the sample directory works without it, and Settings (Ctrl+,) shows this form again.</source>
            <translation>Isi nama dan tempat meja ini, lalu daftarkan ke hub dengan alamat, kode, dan sidik jari kunci dari admin hub kabupaten. Langkah ini boleh dilewati: direktori contoh tetap bisa dipakai tanpanya, dan Pengaturan (Ctrl+,) menampilkan isian ini lagi.</translation>
        </message>
        <message>
            <source>Skip for now</source>
            <translation>Lewati dulu</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>The referral log cannot be opened: %1</source>
            <translation>Catatan rujukan tidak bisa dibuka: %1</translation>
        </message>
        <message>
            <source>Opening the referral log…</source>
            <translation>Membuka catatan rujukan…</translation>
        </message>
    </context>
    <context>
        <name>HistoryWidget</name>
        <message>
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 hari</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 hari</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Semua</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Periode:</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>&amp;Instansi:</translation>
        </message>
        <message>
            <source>&amp;How given:</source>
            <translation>&amp;Cara:</translation>
        </message>
        <message>
            <source>S&amp;ync:</source>
            <translation>&amp;Sinkron:</translation>
        </message>
        <message>
            <source>Referral history</source>
            <translation>Riwayat rujukan</translation>
        </message>
        <message>
            <source>Add outcome (F5)</source>
            <translation>Tambah hasil (F5)</translation>
        </message>
        <message>
            <source>Print slip (Ctrl+P)</source>
            <translation>Cetak slip (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print the slip of the chosen referral</source>
            <translation>Cetak slip rujukan yang dipilih</translation>
        </message>
        <message>
            <source>Print the chosen referral's slip again, with its code (not logged again)</source>
            <translation>Cetak ulang slip rujukan yang dipilih, dengan kodenya (tidak dicatat lagi)</translation>
        </message>
        <message>
            <source>Send &amp;again</source>
            <translation>Kirim &amp;ulang</translation>
        </message>
        <message>
            <source>Send the held-back records again</source>
            <translation>Kirim ulang catatan yang dikarantina</translation>
        </message>
        <message>
            <source>Put every record the hub held back in the queue again and sync now; use it once the cause has been fixed</source>
            <translation>Masukkan lagi semua catatan yang dikarantina hub ke antrean dan sinkronkan sekarang; pakai setelah penyebabnya dibereskan</translation>
        </message>
        <message>
            <source>Could not read the referral log: %1</source>
            <translation>Log rujukan tidak bisa dibaca: %1</translation>
        </message>
        <message>
            <source>Held back by the hub: %1. The reason is in the last column; once it is fixed (ask the regency's Diskominfo), press Send again.</source>
            <translation>Dikarantina oleh hub: %1. Alasannya ada di kolom terakhir; setelah penyebabnya dibereskan (tanyakan Diskominfo kabupaten), tekan Kirim ulang.</translation>
        </message>
        <message>
            <source>Could not put them back in the queue: %1</source>
            <translation>Tidak bisa memasukkannya lagi ke antrean: %1</translation>
        </message>
        <message>
            <source>No referrals in this period.</source>
            <translation>Belum ada rujukan pada periode ini.</translation>
        </message>
        <message>
            <source>Referrals: %1</source>
            <translation>Rujukan: %1</translation>
        </message>
        <message>
            <source>Showing %1 of %2 referrals.</source>
            <translation>Menampilkan %1 dari %2 rujukan.</translation>
        </message>
    </context>
    <context>
        <name>HubStatus</name>
        <message>
            <source>Sync (F9)</source>
            <translation>Sinkronkan (F9)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sinkronkan sekarang</translation>
        </message>
        <message>
            <source>Send the logged referrals to the hub and fetch a newer directory now (F9)</source>
            <translation>Kirim rujukan yang tercatat ke hub dan ambil direktori yang lebih baru sekarang (F9)</translation>
        </message>
        <message>
            <source>Records the hub refused: open them in the history, with the reason</source>
            <translation>Catatan yang ditolak hub: buka di riwayat, beserta alasannya</translation>
        </message>
        <message>
            <source>The referral log is still opening; try again in a moment.</source>
            <translation>Log rujukan masih dibuka; coba lagi sebentar lagi.</translation>
        </message>
        <message>
            <source>A sync is already running.</source>
            <translation>Sinkronisasi sedang berjalan.</translation>
        </message>
        <message>
            <source>Syncing with the hub…</source>
            <translation>Menyinkronkan dengan hub…</translation>
        </message>
        <message>
            <source>New directory v%1 installed.</source>
            <translation>Direktori baru v%1 terpasang.</translation>
        </message>
        <message>
            <source>A directory update was REJECTED: %1</source>
            <translation>Pembaruan direktori DITOLAK: %1</translation>
        </message>
        <message>
            <source>Sync problem: %1</source>
            <translation>Masalah sinkronisasi: %1</translation>
        </message>
        <message>
            <source>This desk is not enrolled with the hub yet; ask the regency's Diskominfo for an enrollment code.</source>
            <translation>Meja ini belum terdaftar ke hub; minta kode pendaftaran ke Diskominfo kabupaten.</translation>
        </message>
        <message>
            <source>The hub cannot be reached; the referrals stay queued and are sent later.</source>
            <translation>Hub tidak terjangkau; rujukan tetap antre dan dikirim nanti.</translation>
        </message>
        <message>
            <source>Sync done: %1 sent, %2 waiting, %3 held back.</source>
            <translation>Sinkronisasi selesai: %1 terkirim, %2 menunggu, %3 dikarantina.</translation>
        </message>
        <message>
            <source>Sync done.</source>
            <translation>Sinkronisasi selesai.</translation>
        </message>
        <message>
            <source>Hub: checking…</source>
            <translation>Hub: sedang diperiksa…</translation>
        </message>
        <message>
            <source>Not enrolled with the hub</source>
            <translation>Belum terdaftar ke hub</translation>
        </message>
        <message>
            <source>Referrals are kept on this computer until the desk is enrolled.</source>
            <translation>Rujukan disimpan di komputer ini sampai meja didaftarkan.</translation>
        </message>
        <message>
            <source>syncing…</source>
            <translation>sedang sinkron…</translation>
        </message>
        <message>
            <source>Quarantine (%1)</source>
            <translation>Karantina (%1)</translation>
        </message>
        <message>
            <source>Records held back by the hub: %1</source>
            <translation>Catatan dikarantina hub: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>belum pernah</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Sinkron terakhir: %1</translation>
        </message>
        <message>
            <source>Directory v%1</source>
            <translation>Direktori v%1</translation>
        </message>
        <message>
            <source>Directory v%1, today</source>
            <translation>Direktori v%1, hari ini</translation>
        </message>
        <message>
            <source>Directory v%1, %2 days</source>
            <translation>Direktori v%1, %2 hari</translation>
        </message>
        <message>
            <source>WARNING: directory expired</source>
            <translation>PERINGATAN: direktori kedaluwarsa</translation>
        </message>
        <message>
            <source>WARNING: directory %1 days old</source>
            <translation>PERINGATAN: direktori sudah %1 hari</translation>
        </message>
        <message>
            <source>last attempt failed</source>
            <translation>percobaan terakhir gagal</translation>
        </message>
        <message>
            <source>Hub: %1</source>
            <translation>Hub: %1</translation>
        </message>
        <message>
            <source>Last problem: %1</source>
            <translation>Masalah terakhir: %1</translation>
        </message>
        <message>
            <source>%1 held-back records are queued again; syncing now.</source>
            <translation>%1 catatan yang dikarantina masuk antrean lagi; sinkronisasi berjalan sekarang.</translation>
        </message>
        <message>
            <source>%1 held-back records are queued again; they go at the next sync.</source>
            <translation>%1 catatan yang dikarantina masuk antrean lagi; dikirim pada sinkronisasi berikutnya.</translation>
        </message>
        <message>
            <source>Directory: opening…</source>
            <translation>Direktori: sedang dibuka…</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>tidak diketahui</translation>
        </message>
        <message>
            <source>Directory: %1</source>
            <translation>Direktori: %1</translation>
        </message>
        <message>
            <source>Directory: SAMPLE DATA bundled with the program</source>
            <translation>Direktori: DATA CONTOH bawaan program</translation>
        </message>
        <message>
            <source>Referrals not yet sent: %1</source>
            <translation>Rujukan belum terkirim: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import the service directory</source>
            <translation>Impor direktori layanan</translation>
        </message>
        <message>
            <source>Replace this desk's service directory with the regency's file: a filled-in .xlsx template, a folder with organizations.csv, services.csv and contacts.csv, or an HSDS package. You see what changes before anything is replaced.</source>
            <translation>Ganti direktori layanan meja ini dengan berkas dari kabupaten: templat .xlsx yang sudah diisi, folder berisi organizations.csv, services.csv dan contacts.csv, atau paket HSDS. Anda melihat dulu apa yang berubah sebelum ada yang diganti.</translation>
        </message>
        <message>
            <source>Choose a &amp;workbook (.xlsx)…</source>
            <translation>Pilih &amp;berkas (.xlsx)…</translation>
        </message>
        <message>
            <source>Choose a &amp;folder (CSV or HSDS)…</source>
            <translation>Pilih &amp;folder (CSV atau HSDS)…</translation>
        </message>
        <message>
            <source>What changes</source>
            <translation>Apa yang berubah</translation>
        </message>
        <message>
            <source>I have checked the file: replace the directory &amp;anyway</source>
            <translation>Saya sudah memeriksa berkasnya: &amp;tetap ganti direktori</translation>
        </message>
        <message>
            <source>Problems found in the file</source>
            <translation>Masalah yang ditemukan di berkas</translation>
        </message>
        <message>
            <source>Copy &amp;all</source>
            <translation>&amp;Salin semua</translation>
        </message>
        <message>
            <source>Ctrl+C copies the selected rows.</source>
            <translation>Ctrl+C menyalin baris yang dipilih.</translation>
        </message>
        <message>
            <source>Go &amp;back to the previous directory</source>
            <translation>&amp;Kembali ke direktori sebelumnya</translation>
        </message>
        <message>
            <source>&amp;Use this directory</source>
            <translation>&amp;Pakai direktori ini</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>In use now: %1</source>
            <translation>Dipakai sekarang: %1</translation>
        </message>
        <message>
            <source>Back to: %1</source>
            <translation>Kembali ke: %1</translation>
        </message>
        <message>
            <source>Choose the directory workbook</source>
            <translation>Pilih berkas direktori</translation>
        </message>
        <message>
            <source>Workbook (*.xlsx)</source>
            <translation>Berkas Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Choose the folder of CSV files or the HSDS package</source>
            <translation>Pilih folder berkas CSV atau paket HSDS</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Membaca %1…</translation>
        </message>
        <message>
            <source>%1 was read. Check what changes, then choose “Use this directory”.</source>
            <translation>%1 sudah dibaca. Periksa apa yang berubah, lalu pilih “Pakai direktori ini”.</translation>
        </message>
        <message>
            <source>Warning: this import would take away from the directory in use:</source>
            <translation>Perhatian: impor ini akan membuang dari direktori yang dipakai:</translation>
        </message>
        <message>
            <source>%1 warnings (the import can still be used):</source>
            <translation>%1 peringatan (impor ini tetap bisa dipakai):</translation>
        </message>
        <message>
            <source>The file was NOT imported: %1 errors. The directory in use is unchanged. Correct the cells listed below in the file, then import it again.</source>
            <translation>Berkas TIDAK diimpor: %1 galat. Direktori yang dipakai tidak berubah. Perbaiki sel yang tercantum di bawah pada berkasnya, lalu impor lagi.</translation>
        </message>
        <message>
            <source>Errors by sheet, row and column:</source>
            <translation>Galat menurut lembar, baris dan kolom:</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>Berkas tidak dapat dibaca: %1</translation>
        </message>
        <message>
            <source>Done: the directory in use is now %1.</source>
            <translation>Selesai: direktori yang dipakai sekarang %1.</translation>
        </message>
        <message>
            <source>Going back to the previous directory…</source>
            <translation>Kembali ke direktori sebelumnya…</translation>
        </message>
        <message>
            <source>Done: back to the previous directory (%1). Choose “Go back” again to use the one just replaced.</source>
            <translation>Selesai: kembali ke direktori sebelumnya (%1). Pilih “Kembali” sekali lagi untuk memakai direktori yang baru saja diganti.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>Tidak ada yang diubah: %1</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… dan %1 lainnya</translation>
        </message>
        <message>
            <source>%1: %2 added, %3 removed, %4 changed</source>
            <translation>%1: %2 ditambah, %3 dihapus, %4 diubah</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ditambah</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Dihapus</translation>
        </message>
        <message>
            <source>Changed (changed columns after the colon)</source>
            <translation>Diubah (kolom yang berubah setelah titik dua)</translation>
        </message>
        <message>
            <source>The new directory has %1 agencies, %2 services and %3 contacts.</source>
            <translation>Direktori baru berisi %1 instansi, %2 layanan dan %3 kontak.</translation>
        </message>
        <message>
            <source>It is the same as the directory in use: nothing changes.</source>
            <translation>Sama dengan direktori yang dipakai: tidak ada yang berubah.</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontak</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Melayani Desk — Banyuwangi service directory</source>
            <translation>Melayani Desk — Direktori Layanan Banyuwangi</translation>
        </message>
        <message>
            <source>Emergency: 112 (Banyuwangi Respon, 24 hours, free)</source>
            <translation>Darurat: 112 (Banyuwangi Respon, 24 jam, gratis)</translation>
        </message>
        <message>
            <source>Only for emergencies: fire, accident, crime, medical emergency, disaster. Not a general helpline.</source>
            <translation>Hanya untuk keadaan darurat: kebakaran, kecelakaan, kejahatan, gawat darurat medis, bencana. Bukan untuk pertanyaan umum.</translation>
        </message>
        <message>
            <source>History (F3)</source>
            <translation>Riwayat (F3)</translation>
        </message>
        <message>
            <source>Referral history</source>
            <translation>Riwayat rujukan</translation>
        </message>
        <message>
            <source>Settings (Ctrl+,)</source>
            <translation>Pengaturan (Ctrl+,)</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Masalah: %1</translation>
        </message>
        <message>
            <source>The service directory cannot be opened: %1. Import the directory again, or ask the regency's Diskominfo for help.</source>
            <translation>Direktori layanan tidak bisa dibuka: %1. Impor ulang direktori, atau minta bantuan Diskominfo Pemkab.</translation>
        </message>
        <message>
            <source>Choose a service in the list (arrow keys, Enter) to see its contacts. The need you typed in the search box goes with the referral.</source>
            <translation>Pilih layanan di daftar (tombol panah, Enter) untuk melihat kontaknya. Kebutuhan yang Anda ketik di kotak pencarian ikut dicatat dalam rujukan.</translation>
        </message>
        <message>
            <source>Contact %1 has no number to copy.</source>
            <translation>Kontak %1 tidak punya nomor untuk disalin.</translation>
        </message>
        <message>
            <source>Number copied: %1</source>
            <translation>Nomor disalin: %1</translation>
        </message>
        <message>
            <source>The referral log is still opening; try again in a moment.</source>
            <translation>Catatan rujukan masih dibuka; coba lagi sebentar lagi.</translation>
        </message>
        <message>
            <source>Contact problem reported.</source>
            <translation>Masalah kontak dilaporkan.</translation>
        </message>
        <message>
            <source>This desk is enrolled with %1; syncing now…</source>
            <translation>Meja ini sudah terdaftar ke %1; sinkronisasi dimulai…</translation>
        </message>
        <message>
            <source>SAMPLE DATA — made-up names and numbers: import the official directory before serving citizens.</source>
            <translation>DATA CONTOH — nama dan nomor karangan: impor direktori resmi sebelum melayani warga.</translation>
        </message>
        <message>
            <source>SAMPLE DATA — made-up names and numbers</source>
            <translation>DATA CONTOH — nama dan nomor karangan</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Results, browse and history</source>
            <translation>Hasil, jelajah dan riwayat</translation>
        </message>
        <message>
            <source>Browse (F6)</source>
            <translation>Jelajah (F6)</translation>
        </message>
        <message>
            <source>Browse</source>
            <translation>Jelajah</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Log referral</source>
            <translation>Catat rujukan</translation>
        </message>
        <message>
            <source>Report contact problem</source>
            <translation>Laporkan masalah kontak</translation>
        </message>
        <message>
            <source>Browse services</source>
            <translation>Jelajahi layanan</translation>
        </message>
        <message>
            <source>Contact on the citizen's behalf</source>
            <translation>Hubungi atas nama warga</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>Cetak slip</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sinkronkan sekarang</translation>
        </message>
        <message>
            <source>&amp;Import the directory…</source>
            <translation>&amp;Impor direktori…</translation>
        </message>
        <message>
            <source>Go to the search box</source>
            <translation>Ke kotak pencarian</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Kosongkan pencarian</translation>
        </message>
        <message>
            <source>Copy the first number</source>
            <translation>Salin nomor pertama</translation>
        </message>
        <message>
            <source>Copy the number of contact %1</source>
            <translation>Salin nomor kontak %1</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Add the outcome</source>
            <translation>Tambah hasil rujukan</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Waktu:</translation>
        </message>
        <message>
            <source>Need:</source>
            <translation>Kebutuhan:</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Layanan:</translation>
        </message>
        <message>
            <source>Contact:</source>
            <translation>Kontak:</translation>
        </message>
        <message>
            <source>Latest outcome:</source>
            <translation>Hasil terakhir:</translation>
        </message>
        <message>
            <source>if the citizen complained, e.g. #5123456</source>
            <translation>bila warga sudah melapor, contoh: #5123456</translation>
        </message>
        <message>
            <source>LAPOR! tracking number</source>
            <translation>Nomor tiket LAPOR!</translation>
        </message>
        <message>
            <source>&amp;LAPOR! ticket:</source>
            <translation>Tiket &amp;LAPOR!:</translation>
        </message>
        <message>
            <source>&amp;Responded (the agency answered)</source>
            <translation>&amp;Ditanggapi (instansi menjawab)</translation>
        </message>
        <message>
            <source>Re&amp;solved</source>
            <translation>&amp;Selesai</translation>
        </message>
        <message>
            <source>&amp;Unreachable</source>
            <translation>&amp;Tidak bisa dihubungi</translation>
        </message>
        <message>
            <source>&amp;Wrong number</source>
            <translation>Nomor s&amp;alah</translation>
        </message>
        <message>
            <source>What happened?</source>
            <translation>Apa hasilnya?</translation>
        </message>
        <message>
            <source>No&amp;te (optional):</source>
            <translation>&amp;Catatan (tidak wajib):</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Choose what happened.</source>
            <translation>Pilih hasilnya.</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>Gagal menyimpan: %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>Sheet</source>
            <translation>Lembar</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Galat</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Peringatan</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Log the referral</source>
            <translation>Catat rujukan</translation>
        </message>
        <message>
            <source>&amp;Need:</source>
            <translation>&amp;Kebutuhan:</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Layanan:</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>Instansi:</translation>
        </message>
        <message>
            <source>C&amp;ontact:</source>
            <translation>K&amp;ontak:</translation>
        </message>
        <message>
            <source>Number:</source>
            <translation>Nomor:</translation>
        </message>
        <message>
            <source>No&amp;te (optional):</source>
            <translation>Ca&amp;tatan (tidak wajib):</translation>
        </message>
        <message>
            <source>How was the contact given?</source>
            <translation>Bagaimana kontak diberikan?</translation>
        </message>
        <message>
            <source>&amp;Read out</source>
            <translation>&amp;Dibacakan</translation>
        </message>
        <message>
            <source>&amp;Printed</source>
            <translation>Di&amp;cetak</translation>
        </message>
        <message>
            <source>&amp;WhatsApp link</source>
            <translation>Tautan &amp;WhatsApp</translation>
        </message>
        <message>
            <source>Contacted on the citizen's &amp;behalf</source>
            <translation>Di&amp;hubungi atas nama warga</translation>
        </message>
        <message>
            <source>Citizen (only with their agreement)</source>
            <translation>Data warga (hanya dengan persetujuan warga)</translation>
        </message>
        <message>
            <source>Citizen &amp;agrees to have their details recorded</source>
            <translation>Warga &amp;setuju datanya dicatat</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;ma:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>Nomor H&amp;P:</translation>
        </message>
        <message>
            <source>&amp;Village:</source>
            <translation>D&amp;esa/kelurahan:</translation>
        </message>
        <message>
            <source>&amp;LAPOR! tracking number</source>
            <translation>Nomor tiket &amp;LAPOR!</translation>
        </message>
        <message>
            <source>e.g. #5123456</source>
            <translation>contoh: #5123456</translation>
        </message>
        <message>
            <source>LAPOR! tracking number</source>
            <translation>Nomor tiket LAPOR!</translation>
        </message>
        <message>
            <source>Enter saves · Esc cancels</source>
            <translation>Enter = simpan · Esc = batal</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Invalid number</source>
            <translation>Nomor tidak valid</translation>
        </message>
        <message>
            <source>OK: %1</source>
            <translation>OK: %1</translation>
        </message>
        <message>
            <source>Write the citizen's need in a few words: the hub learns from it.</source>
            <translation>Tulis kebutuhan warga dalam beberapa kata: hub belajar darinya.</translation>
        </message>
        <message>
            <source>Choose a contact.</source>
            <translation>Pilih kontak.</translation>
        </message>
        <message>
            <source>The citizen's phone number is not valid.</source>
            <translation>Nomor HP warga tidak valid. Perbaiki atau kosongkan.</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>Gagal menyimpan: %1</translation>
        </message>
        <message>
            <source>WhatsApp %1</source>
            <translation>WhatsApp %1</translation>
        </message>
        <message>
            <source>Phone %1</source>
            <translation>Telepon %1</translation>
        </message>
        <message>
            <source>No number</source>
            <translation>Tidak ada nomor</translation>
        </message>
    </context>
    <context>
        <name>ReferralTableModel</name>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>How given</source>
            <translation>Cara</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>LAPOR!</source>
            <translation>LAPOR!</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinkron</translation>
        </message>
        <message>
            <source>Why held back</source>
            <translation>Alasan karantina</translation>
        </message>
        <message>
            <source>Read out</source>
            <translation>Dibacakan</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Dicetak</translation>
        </message>
        <message>
            <source>WhatsApp link</source>
            <translation>Tautan WhatsApp</translation>
        </message>
        <message>
            <source>Contacted by staff</source>
            <translation>Dihubungi petugas</translation>
        </message>
        <message>
            <source>Responded</source>
            <translation>Ditanggapi</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>Tidak bisa dihubungi</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>Nomor salah</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Terkirim</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>Karantina</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Not regency</source>
            <translation>Bukan Pemkab</translation>
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation>DARURAT</translation>
        </message>
        <message>
            <source>Not decided by the Banyuwangi regency government</source>
            <translation>Bukan kewenangan Pemkab Banyuwangi</translation>
        </message>
        <message>
            <source>%1 contact(s)</source>
            <translation>%1 kontak</translation>
        </message>
    </context>
    <context>
        <name>RouteNote</name>
        <message>
            <source>Emergency: call 112 now (Banyuwangi Respon, 24 hours, free). 112 is for emergencies only.</source>
            <translation>Darurat: telepon 112 sekarang (Banyuwangi Respon, 24 jam, gratis). 112 hanya untuk keadaan darurat.</translation>
        </message>
        <message>
            <source>No regency office in the directory handles this need. The citizen can file a complaint with SP4N-LAPOR!, the national public complaint service, which forwards it to the office in charge: lapor.go.id or SMS 1708. Note the LAPOR! ticket number in the referral.</source>
            <translation>Tidak ada kantor Pemkab di direktori yang menangani kebutuhan ini. Warga bisa mengadu lewat SP4N-LAPOR!, layanan pengaduan publik nasional yang meneruskan aduan ke instansi yang berwenang: lapor.go.id atau SMS 1708. Catat nomor tiket LAPOR! di rujukan.</translation>
        </message>
        <message>
            <source>Outside the directory (%1): %2</source>
            <translation>Di luar direktori (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Type the citizen's need in the box above (a few words are enough), or browse the services by category or agency (F6).</source>
            <translation>Ketik kebutuhan warga di kotak atas (beberapa kata sudah cukup), atau jelajahi layanan menurut kategori atau instansi (F6).</translation>
        </message>
        <message>
            <source>No service matches “%1”. Try fewer or other words (for example 'akta lahir' or 'bpjs'), or browse the services (F6).</source>
            <translation>Tidak ada layanan yang cocok dengan “%1”. Coba ketik lebih sedikit kata atau kata lain (misalnya 'akta lahir' atau 'bpjs'), atau jelajahi layanan (F6).</translation>
        </message>
        <message>
            <source>Preparing the search…</source>
            <translation>Menyiapkan pencarian…</translation>
        </message>
        <message>
            <source>Results (%1)</source>
            <translation>Hasil (%1)</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>&amp;Need:</source>
            <translation>&amp;Kebutuhan:</translation>
        </message>
        <message>
            <source>Type the citizen's need, e.g. 'ktp hilang'</source>
            <translation>Ketik kebutuhan warga, mis. 'ktp hilang'</translation>
        </message>
        <message>
            <source>Citizen's need</source>
            <translation>Kebutuhan warga</translation>
        </message>
        <message>
            <source>Up/Down choose a result, Enter opens the details, Esc clears</source>
            <translation>Panah atas/bawah memilih hasil, Enter membuka rincian, Esc mengosongkan</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Hasil pencarian</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Desk settings</source>
            <translation>Pengaturan meja</translation>
        </message>
        <message>
            <source>e.g. Front desk, Kantor Desa Kemiren</source>
            <translation>mis. Meja pelayanan, Kantor Desa Kemiren</translation>
        </message>
        <message>
            <source>choose from the list</source>
            <translation>pilih dari daftar</translation>
        </message>
        <message>
            <source>Desk &amp;name:</source>
            <translation>&amp;Nama meja:</translation>
        </message>
        <message>
            <source>&amp;Kecamatan:</source>
            <translation>&amp;Kecamatan:</translation>
        </message>
        <message>
            <source>&amp;Village (desa/kelurahan):</source>
            <translation>&amp;Desa/kelurahan:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Ukuran huruf:</translation>
        </message>
        <message>
            <source>Default &amp;paper:</source>
            <translation>Ke&amp;rtas bawaan:</translation>
        </message>
        <message>
            <source>Takes effect for the whole window.</source>
            <translation>Berlaku untuk seluruh jendela.</translation>
        </message>
        <message>
            <source>The window changes language after saving.</source>
            <translation>Bahasa jendela berganti setelah disimpan.</translation>
        </message>
        <message>
            <source>&amp;Import the directory… (Ctrl+I)</source>
            <translation>&amp;Impor direktori… (Ctrl+I)</translation>
        </message>
        <message>
            <source>Replace this desk's directory with the regency's file (.xlsx, CSV, HSDS)</source>
            <translation>Ganti direktori meja ini dengan berkas dari kabupaten (.xlsx, CSV, HSDS)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Receipt roll %1 mm</source>
            <translation>Kertas struk %1 mm</translation>
        </message>
        <message>
            <source>The directory's list of places is still being read; save again.</source>
            <translation>Daftar kecamatan dan desa dari direktori masih dibaca; tekan Simpan lagi sebentar lagi.</translation>
        </message>
        <message>
            <source>Check the place: %1</source>
            <translation>Periksa tempat meja: %1</translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Pengaturan gagal disimpan: %1</translation>
        </message>
    </context>
    <context>
        <name>SlipController</name>
        <message>
            <source>Choose a service with a contact first.</source>
            <translation>Pilih dulu layanan yang ada kontaknya.</translation>
        </message>
        <message>
            <source>The referral log is still opening; try again in a moment.</source>
            <translation>Catatan rujukan masih dibuka; coba lagi sebentar lagi.</translation>
        </message>
        <message>
            <source>Referral logged.</source>
            <translation>Rujukan dicatat.</translation>
        </message>
        <message>
            <source>Choose a referral in the history first.</source>
            <translation>Pilih dulu rujukan di riwayat.</translation>
        </message>
        <message>
            <source>The referral could not be logged (%1); the slip has no referral code.</source>
            <translation>Rujukan tidak bisa dicatat (%1); slip tidak memuat kode rujukan.</translation>
        </message>
        <message>
            <source>Slip sent to the printer.</source>
            <translation>Slip dikirim ke printer.</translation>
        </message>
        <message>
            <source>Slip saved as PDF.</source>
            <translation>Slip disimpan sebagai PDF.</translation>
        </message>
        <message>
            <source>%1 has no WhatsApp number; call the number instead.</source>
            <translation>%1 tidak punya nomor WhatsApp; telepon nomornya saja.</translation>
        </message>
        <message>
            <source>WhatsApp opened for %1 (referral already logged).</source>
            <translation>WhatsApp dibuka untuk %1 (rujukan sudah dicatat).</translation>
        </message>
        <message>
            <source>Referral logged; WhatsApp opened for %1.</source>
            <translation>Rujukan dicatat; WhatsApp dibuka untuk %1.</translation>
        </message>
        <message>
            <source>WhatsApp opened, but the referral could not be logged: %1</source>
            <translation>WhatsApp dibuka, tetapi rujukan tidak bisa dicatat: %1</translation>
        </message>
        <message>
            <source>WhatsApp could not be opened on this computer: %1</source>
            <translation>WhatsApp tidak bisa dibuka di komputer ini: %1</translation>
        </message>
    </context>
    <context>
        <name>SlipDialog</name>
        <message>
            <source>Referral slip</source>
            <translation>Slip rujukan</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Ukuran kertas</translation>
        </message>
        <message>
            <source>The paper in the printer; the choice is remembered</source>
            <translation>Kertas di printer; pilihan ini diingat</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Kertas:</translation>
        </message>
        <message>
            <source>Slip language</source>
            <translation>Bahasa slip</translation>
        </message>
        <message>
            <source>The citizen's language, for this slip only</source>
            <translation>Bahasa warga, hanya untuk slip ini</translation>
        </message>
        <message>
            <source>Slip &amp;language:</source>
            <translation>&amp;Bahasa slip:</translation>
        </message>
        <message>
            <source>Slip preview</source>
            <translation>Pratinjau slip</translation>
        </message>
        <message>
            <source>&amp;Print (Ctrl+P)</source>
            <translation>&amp;Cetak (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Save PDF (Ctrl+S)</source>
            <translation>&amp;Simpan PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>A4 sheet</source>
            <translation>Kertas A4</translation>
        </message>
        <message>
            <source>A5 sheet</source>
            <translation>Kertas A5</translation>
        </message>
        <message>
            <source>A6 sheet</source>
            <translation>Kertas A6</translation>
        </message>
        <message>
            <source>Receipt roll 80 mm</source>
            <translation>Kertas struk 80 mm</translation>
        </message>
        <message>
            <source>Receipt roll 58 mm</source>
            <translation>Kertas struk 58 mm</translation>
        </message>
        <message>
            <source>Print slip</source>
            <translation>Cetak slip</translation>
        </message>
        <message>
            <source>Logging the referral…</source>
            <translation>Mencatat rujukan…</translation>
        </message>
        <message>
            <source>Slip sent to the printer.</source>
            <translation>Slip dikirim ke printer.</translation>
        </message>
        <message>
            <source>Save slip as PDF</source>
            <translation>Simpan slip sebagai PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Could not save the PDF: %1</source>
            <translation>PDF tidak bisa disimpan: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Tersimpan: %1</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>SAMPLE DATA — invented names and numbers, not for citizens</source>
            <translation>DATA CONTOH — nama dan nomor karangan, bukan untuk warga</translation>
        </message>
        <message>
            <source>Banyuwangi Melayani service desk</source>
            <translation>Meja Layanan Banyuwangi Melayani</translation>
        </message>
        <message>
            <source>Referral code</source>
            <translation>Kode rujukan</translation>
        </message>
        <message>
            <source>SP4N-LAPOR! ticket</source>
            <translation>Tiket SP4N-LAPOR!</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>This is not the regency's authority; it is handled by: %1.</source>
            <translation>Ini bukan kewenangan Pemkab Banyuwangi; yang mengurus: %1.</translation>
        </message>
        <message>
            <source>Bring</source>
            <translation>Bawa</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Biaya</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Lama proses</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Jam layanan</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Layanan daring</translation>
        </message>
        <message>
            <source>Scan the QR code to open a WhatsApp chat with the contact.</source>
            <translation>Pindai kode QR untuk membuka obrolan WhatsApp dengan kontak.</translation>
        </message>
        <message>
            <source>Emergency (fire, accident, disaster): call 112</source>
            <translation>Darurat (kebakaran, kecelakaan, bencana): telepon 112</translation>
        </message>
        <message>
            <source>free, 24 hours. For emergencies only.</source>
            <translation>gratis, 24 jam. Hanya untuk keadaan darurat.</translation>
        </message>
        <message>
            <source>SAMPLE DATA</source>
            <translation>DATA CONTOH</translation>
        </message>
    </context>
</TS>
