<?xml version='1.0' encoding='utf-8'?>
<!--
  Indonesian for the Qt strings Melayani Desk shows (Qt ships none). Hand-written:
  sources are Qt 6 qtbase strings, by context. Compiled to qtbase_id.qm by
  scripts/update_translations.py.
-->
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan Semua</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;Semua</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk Semua</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba Lagi</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur Ulang</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan Bawaan</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Batal</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Tutup tanpa Menyimpan</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Apa Ini?</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Tampilkan Rincian...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sembunyikan Rincian...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Tentang Qt</translation>
        </message>
    </context>
    <context>
        <name>QErrorMessage</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Show this message again</source>
            <translation>&amp;Tampilkan pesan ini lagi</translation>
        </message>
        <message>
            <source>An error occurred</source>
            <translation>Terjadi kesalahan</translation>
        </message>
        <message>
            <source>Debug Message:</source>
            <translation>Pesan Debug:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Peringatan:</translation>
        </message>
        <message>
            <source>Critical Error:</source>
            <translation>Kesalahan Kritis:</translation>
        </message>
        <message>
            <source>Fatal Error:</source>
            <translation>Kesalahan Fatal:</translation>
        </message>
        <message>
            <source>Information:</source>
            <translation>Informasi:</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Masukkan nilai:</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih Semua</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Salin Alamat &amp;Tautan</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih Semua</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Sisipkan karakter kontrol Unicode</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Pilih Semua</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Naikkan</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Turunkan</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Gulir ke sini</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Tepi kiri</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Atas</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Tepi kanan</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Bawah</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Halaman ke kiri</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Halaman ke atas</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Halaman ke kanan</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Halaman ke bawah</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Gulir ke kiri</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Gulir ke atas</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Gulir ke kanan</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Gulir ke bawah</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Pilih</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ganti Nama</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Folder &amp;Baru</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Cari di:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama berkas:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Jenis berkas:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Simpan Sebagai</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Cari Folder</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua Berkas (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folder Baru</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Buat Folder Baru</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Buat Folder Baru</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder Induk</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ke folder induk</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Tampilan Daftar</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Ganti ke tampilan daftar</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Tampilan Rinci</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Ganti ke tampilan rinci</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Panel samping</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Daftar tempat dan penanda</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Tempat Terakhir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Tampilkan berkas &amp;tersembunyi</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Folder tidak bisa dihapus.</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Yakin ingin menghapus '%1'?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' dilindungi dari penulisan.
Tetap hapus?</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 sudah ada.
Ganti berkas itu?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder sudah benar.</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Cetak</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Pilihan &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Pilihan &lt;&lt;</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Cetak ke Berkas (PDF)</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Cetak ke Berkas ...</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Berkas lokal</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Tulis berkas PDF</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Semua Halaman</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Halaman Ganjil</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Halaman Genap</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 sudah ada.
Timpa berkas itu?</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 adalah folder.
Pilih nama berkas lain.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>Berkas %1 tidak bisa ditulis.
Pilih nama berkas lain.</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Nilai 'Dari' tidak boleh lebih besar dari nilai 'Sampai'.</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Penulisan Halaman Tidak Sah</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 tidak mengikuti penulisan yang benar. Gunakan ',' untuk memisahkan halaman, '-' untuk rentang, dan pastikan rentang tidak saling tumpang tindih.</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Pengaturan Bolak-balik Bertentangan</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Pengaturan cetak bolak-balik bertentangan. Perbaiki?</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Pratinjau Cetak</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Pengaturan Halaman</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Pengaturan halaman</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Ekspor ke PDF</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Halaman berikutnya</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Halaman sebelumnya</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Halaman pertama</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Halaman terakhir</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Sesuaikan lebar</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Sesuaikan halaman</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Perbesar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Perkecil</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Tegak</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Mendatar</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Tampilkan satu halaman</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Tampilkan halaman berhadapan</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Tampilkan semua halaman</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Ukuran kertas:</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Lebar:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Tinggi:</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Sumber kertas:</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientasi</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Tegak</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Mendatar</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Mendatar terbalik</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Tegak terbalik</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Margin</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>margin atas</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>margin kiri</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>margin kanan</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>margin bawah</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Tata Letak Halaman</translation>
        </message>
        <message>
            <source>Page &amp;order:</source>
            <translation>&amp;Urutan halaman:</translation>
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation>Halaman &amp;per lembar:</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Ukuran sendiri</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Milimeter (mm)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Inci (in)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Poin (pt)</translation>
        </message>
        <message>
            <source>mm</source>
            <translation>mm</translation>
        </message>
        <message>
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <source>pt</source>
            <translation>pt</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Salinan</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Jumlah salinan:</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Susun berurutan</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Urutan terbalik</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Halaman yang dicetak</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Cetak semua</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Halaman dari</translation>
        </message>
        <message>
            <source>to</source>
            <translation>sampai</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Halaman ini</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Pilihan</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>&amp;Kelompok halaman:</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Pengaturan Keluaran</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Pilihan</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Mode Warna</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Berwarna</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Hitam putih</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Cetak Bolak-balik</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Mati</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Jilid sisi panjang</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Jilid sisi pendek</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Tulis halaman atau rentang dipisah koma. Rentang ditulis dua angka dengan tanda hubung. Mis.: 3,5-7,9 mencetak halaman 3, 5, 6, 7 dan 9.</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Properti</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Lokasi:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Berkas keluaran:</translation>
        </message>
        <message>
            <source>...</source>
            <translation>...</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Lanjutan</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Beberapa pilihan bertentangan. Perbaiki dulu.</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>Go Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Kembali</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Lanjut</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Berikutnya</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Berikutnya &gt;</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Selesai</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Bantuan</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Gulir ke kiri</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Gulir ke kanan</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>Buka daftar pilihan</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Benar</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Salah</translation>
        </message>
    </context>
</TS>
