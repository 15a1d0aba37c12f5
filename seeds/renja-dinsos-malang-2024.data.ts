// Source of the sample workbook seeds/renja-dinsos-malang-2024.xlsx: the tables of the Renja 2024 of Dinas Sosial
// Kabupaten Malang, transcribed from the PDF extraction (../shared/seeds/000_f1951c697c8f16ba.txt, relative to the project) cell by cell.
// Values are as the document writes them, its mistakes included (split kode segments, malformed money, units that
// change across columns, totals that disagree with their rows): they are what the validator must find.
// seeds/README.md lists what was joined, realigned or left out. `// txt N` names the source line of each row.

/** One table row. `cells` are the sheet columns left to right, as written; trailing empty cells are left out. */
export interface SeedRow {
  cells: string[];
  /** Bold in the document: the whole row, or only the listed columns (1-based). */
  bold?: true | number[];
}

/** A header block: its rows top to bottom (the last one is the column-number row, except in Tabel 2.4). */
export interface HeaderBlock {
  rows: string[][];
  /** Merged cells, in A1 notation relative to the block (row 1 = its first row, column A = the sheet's first). */
  merges: string[];
}

export type SeedBlock =
  /** A header block; repeated where the document repeats it after a page break. */
  | { header: HeaderBlock }
  | { rows: SeedRow[] }
  /** One empty sheet row, where the document has empty lines between a page's last row and the next header. */
  | { blank: true };

export interface SeedTable {
  sheet: string;
  /** Title lines above the table, one per row, followed by one empty row. */
  title: string[];
  /** Column widths in characters, one per column. */
  widths: number[];
  /** Rupiah columns (1-based): a well-formed Indonesian integer ("6.822.934.850", "0") becomes a number. */
  moneyColumns: number[];
  /** Capaian columns (1-based): a plain integer without unit ("100", "25") becomes a number. */
  countColumns: number[];
  blocks: SeedBlock[];
}

/** The same header block with some texts as one page writes them ("Rancangan Awal RKP" for "… RKPD"). */
function withTexts(base: HeaderBlock, texts: Record<string, string>): HeaderBlock {
  const rows = base.rows.map((row) => [...row]);
  for (const [address, text] of Object.entries(texts)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) throw new Error(`bad header address ${address}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    const row = rows[Number(m[2]) - 1];
    while (row.length < col) row.push("");
    row[col - 1] = text;
  }
  return { rows, merges: base.merges };
}

// ---------------------------------------------------------------- Tabel 2.1
const HEADER_2_1: HeaderBlock = {
  rows: [
    ["No", "Urusan/Bidang Urusan Pemerintah Daerah/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program (outcomes)/ Kegiatan (output)/Sub Kegiatan", "Target Kinerja Capaian Program Renstra PD s/d Tahun 2026", "Realisasi target Kinerja Hasil Program dan Keluaran kegiatan s/d Tahun 2021", "Target & Realisasi Kinerja Program dan Keluaran Kegiatan, Sub Kegiatan Tahun 2021 2022", "", "", "Target Program, Kegiatan dan sub kegiatan Renja PD Tahun berjalan (Tahun 2023)", "Perkiraan Realisasi Capaian target Renstra Program/kegiatan Renstra PD s/d Tahun 2023"],
    ["", "", "", "", "", "Target Renja PD Tahun 2022", "Realisasi Renja PD Tahun 2022", "Tingkat Realisasi (%)", "", "Realisasi Capaian program, kegiatan dan sub kegiatan s/d tahun 2023", "Tingkat Capaian realisasi target Renstra (%)"],
    ["1", "2", "3", "4", "5", "6", "7", "8 = (7/6)", "9", "10 = 5+7+9", "11 = 10/4"],
  ],
  merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:H1", "I1:I2", "J1:K1"],
};

export const TABEL_2_1: SeedTable = {
  sheet: "Tabel 2.1",
  title: ["Tabel 2.1", "Rekapitulasi Evaluasi Hasil Pelaksanaan Rencana Kerja dan Pencapaian Rencana Strategis s/d Tahun 2023", "Dinas Sosial Kabupaten Malang"],
  widths: [7, 40, 45, 14, 14, 14, 14, 11, 14, 14, 12],
  moneyColumns: [],
  countColumns: [4, 5, 6, 7, 8, 9, 10, 11],
  blocks: [
    { header: withTexts(HEADER_2_1, { K3: "11 =10/4" }) }, // txt 136
    {
      rows: [
        { cells: ["", "Urusan : Sosial"], bold: true }, // txt 139
        { cells: ["I.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah dalam satu tahun (%)", "100%", "-", "100%", "100%", "100", "100%", "100%", "100"], bold: [1, 2, 3] }, // txt 140
        { cells: ["1.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen perencanaan penganggaran dan evaluasi kinerja yang disusun sesuai aturan dan tepat waktu", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 141
        { cells: ["1.1.", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Jumlah dokumen Rencana strategis dan/atau Rencana Kerja dan Perubahan Rencana strategis dan/atau Rencana Kerja yang disusun tepat waktu", "3 Dokumen", "-", "3 Dokumen", "3 Dokumen", "100", "0", "3 Dokumen", "100"] }, // txt 142
        { cells: ["", "", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "12 Laporan", "-", "-", "-", "-", "3 Laporan", "3 Laporan", "25"] }, // txt 143
        { cells: ["2.", "Administrasi Keuangan Perangkat Daerah", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "100%", "-", "100%", "100%", "100", "100%", "100%", "100"], bold: [2, 3] }, // txt 144
        { cells: ["2.1", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah ASN yang menerima gaji dalam satu tahun", "34 Orang", "-", "30 Orang", "30 Orang", "100", "0", "30 Orang", "100"] }, // txt 145
        { cells: ["", "", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "34 Orang/Bulan", "-", "-", "-", "-", "29 Orang/Bulan", "29 Orang/Bulan", "85,2"] }, // txt 146
        { cells: ["2.2", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Jumlah pegawai pelaksana kegiatan dalam satu tahun (OB)", "26 ob", "-", "26 ob", "26 ob", "100", "0", "26 ob", "100"] }, // txt 147 + 152 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_2_1 }, // txt 149
    {
      rows: [
        { cells: ["", "", "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", "48 Dokumen", "-", "-", "-", "-", "12 Dokumen", "12 Dokumen", "25"] }, // txt 153
        { cells: ["2.3", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Jumlah dokumen laporan keuangan akhir tahun disusun", "3 Dokumen", "-", "3 Dokumen", "3 Dokumen", "100", "-", "3 Dokumen", "100"] }, // txt 154
        { cells: ["", "", "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD", "4 Laporan", "-", "-", "-", "-", "1 Laporan", "1 Laporan", "25"] }, // txt 155
        { cells: ["2.4", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Jumlah dokumen laporan keuangan bulanan, triwulanan", "3 dokumen", "-", "3 Dokumen", "3 Dokumen", "100", "-", "3 Dokumen", "100"] }, // txt 156
        { cells: ["", "", "Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD dan Laporan Koordinasi Penyusunan Laporan Keuangan Bulanan/Triwulanan/ Semesteran SKPD", "12 Laporan", "-", "-", "-", "-", "3 Laporan", "3 Laporan", "25"] }, // txt 157
        { cells: ["3.", "Administrasi Kepegawaian Perangkat Daerah", "Jumlah pemenuhan kinerja pelayanan kepegawaian perangkat daerah yang disusun sesuai aturan dan teradministrasi dengan benar", "2 Dokumen", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 158
        { cells: ["3.1", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", "Jumlah pakaian dinas dan kelengkapannya yang disediakan", "60 Stel", "-", "60 Stel", "60 Stel", "100", "-", "60 Stel", "100"] }, // txt 159
        { cells: ["", "", "Jumlah Paket Pakaian Dinas Beserta Atribut Kelengkapan", "240 Paket", "-", "-", "-", "-", "-", "-", "0"] }, // txt 160
        { cells: ["3.2", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "Jumlah pegawai yang mengikuti pendidikan dan pelatihan sesuai tugas dan fungsi", "10 Orang", "-", "10 Orang", "-", "-", "-", "-", "0"] }, // txt 161
      ],
    },
    { blank: true },
    { header: HEADER_2_1 }, // txt 163
    {
      rows: [
        { cells: ["", "", "Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan", "40 Orang", "-", "-", "-", "-", "-", "-", "0"] }, // txt 166
        { cells: ["4.", "Administrasi Umum Perangkat Daerah", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 167
        { cells: ["4.1", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Jumlah komponen instalasi listrik/penerangan bangunan yang disediakan", "15 Buah", "-", "15 Buah", "15 Buah", "100", "-", "15 Buah", "100"] }, // txt 168
        { cells: ["", "", "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", "60 Paket", "-", "-", "-", "-", "15 Paket", "15 Paket", "25"] }, // txt 169
        { cells: ["4.2", "Penyediaan Peralatan dan Perlengkapan Kantor", "Jumlah peralatan dan perlengkapan yang disediakan", "15 Buah", "-", "15 Buah", "15 Buah", "100", "-", "15 Buah", "100"] }, // txt 170
        { cells: ["", "", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "60 Paket", "-", "-", "-", "-", "15 Paket", "15 Paket", "25"] }, // txt 171
        { cells: ["4.3", "Penyediaan Bahan Logistik Kantor", "Jumlah bahan logistik kantor yang disediakan", "15 Buah", "-", "15 Buah", "15 Buah", "100", "-", "15 Buah", "100"] }, // txt 172
        { cells: ["", "", "Jumlah Paket Bahan Logistik Kantor yang Disediakan", "60 Paket", "-", "-", "-", "-", "15 Paket", "15 Paket", "25"] }, // txt 173
        { cells: ["4.4", "Penyediaan Barang Cetak dan Penggandaan", "Jumlah bahan bacaan dan peraturan perundang-undangan yang disediakan", "15 Buah", "-", "15 Buah", "15 Buah", "100", "-", "15 Buah", "100"] }, // txt 174
        { cells: ["", "", "Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan", "4 Paket", "-", "-", "-", "-", "-", "1 Paket", "25"] }, // txt 175
        { cells: ["4.5", "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "Jumlah bahan bacaan dan peraturan perundang-undangan yang disediakan", "15 Eksemplar", "-", "15 Eksemplar", "15 Eksemplar", "100", "-", "15 Eksemplar", "100"] }, // txt 176
        { cells: ["", "", "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", "15 Dokumen", "-", "-", "-", "-", "15 Dokumen", "15 Dokumen", "25"] }, // txt 177
        { cells: ["4.6", "Fasilitasi Kunjungan Tamu", "Jumlah fasilitas kunjungan tamu yang disediakan", "15 HOK", "-", "15 HOK", "15 HOK", "100", "-", "15 HOK", "100"] }, // txt 178
      ],
    },
    { blank: true },
    { header: HEADER_2_1 }, // txt 180
    {
      rows: [
        { cells: ["", "", "Jumlah Laporan Fasilitasi Kunjungan Tamu", "60 Laporan", "-", "-", "-", "-", "10 Laporan", "10 Laporan", "16"] }, // txt 183
        { cells: ["4.7", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah rapat koordinasi dan konsultasi yang difasilitasi", "50 HOK", "-", "50 HOK", "50 HOK", "100", "-", "50 HOK", "100"] }, // txt 184
        { cells: ["", "", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "60 Laporan", "-", "-", "-", "-", "10 Laporan", "10 Laporan", "16"] }, // txt 185
        { cells: ["5.", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "Jumlah pemenuhan barang milik daerah dalam menunjang operasional kantor disusun sesuai aturan dan teradministrasi dengan benar", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 186
        { cells: ["5.1", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "Jumlah sarana dan prasarana gedung kantor atau bangunan lainnya yang diadakan", "5 Unit", "-", "5 Unit", "5 Unit", "100", "-", "5 Unit", "100"] }, // txt 187
        { cells: ["", "", "Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan", "20 Unit", "-", "-", "-", "-", "5 Unit", "5 Unit", "25"] }, // txt 188
        { cells: ["6", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "Jumlah penyedia jasa penunjang operasional perkantoran yang terbayarkan dalam 1 tahun", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 189
        { cells: ["6.1", "Penyediaan Jasa Surat Menyurat", "Jumlah jasa pengiriman surat menyurat yang disediakan", "100 Surat", "-", "100 Surat", "100 Surat", "-", "-", "100 Surat", "100"] }, // txt 190
        { cells: ["", "", "Jumlah Laporan Penyediaan Jasa Surat Menyurat", "48 Laporan", "-", "-", "-", "-", "12 Laporan", "-", "25"] }, // txt 191
        { cells: ["6.2", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Jumlah rekening jasa komunikasi, sumber daya air dan listrik yang dibayarkan dalam 1 tahun", "1 Tahun", "-", "1 Tahun", "1 Tahun", "100", "-", "1 Tahun", "100"] }, // txt 192
        { cells: ["", "", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "48 Laporan", "-", "-", "-", "-", "12 Laporan", "12 Laporan", "25"] }, // txt 193
        { cells: ["6.3", "Penyediaan Jasa Pelayanan Umum Kantor", "Jumlah jasa pelayanan umum kantor yang disediakan", "2 OB", "-", "2 OB", "2 OB", "100", "-", "2 OB", "100"] }, // txt 194
      ],
    },
    { blank: true },
    { header: HEADER_2_1 }, // txt 198
    {
      rows: [
        { cells: ["8.1", "Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang", "Jumlah Koordinasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang", "5 Dokumen", "-", "-", "-", "-", "-", "-", "-"] }, // txt 201
        { cells: ["", "", "Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang", "20 Dokumen", "-", "-", "-", "-", "-", "-", "-"] }, // txt 202
        { cells: ["9", "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota", "Jumlah PSKS yang mendapat upaya pemberdayaan sosial (Jumlah PSKS yang mendapat upaya pemberdayaan sosial)", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 203
        { cells: ["9.1", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota", "jumlah PSKS yang melaksanakan pelayanan social", "50 Orang", "-", "50 Orang", "50 Orang", "100", "-", "50 Orang", "100"] }, // txt 204
        { cells: ["", "", "Jumlah Orang Mendapat Peningkatan Kapasitas Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota", "200 Orang", "-", "-", "-", "-", "50 Orang", "50 Orang", "25"] }, // txt 205
        { cells: ["9.2", "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota", "jumlah TKSK yang melaksanakan layanan sosial", "50 Orang", "-", "50 Orang", "50 Orang", "100", "-", "50 Orang", "100"] }, // txt 206
        { cells: ["", "", "Jumlah Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota", "200 Orang", "-", "-", "-", "-", "50 Orang", "50 Orang", "25"] }, // txt 207
        { cells: ["9.3", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota", "Jumlah PSKS mendapat upaya pemberdayaan social", "50 Orang", "-", "50 Orang", "50 Orang", "100", "-", "50 Orang", "100"] }, // txt 208
        { cells: ["", "", "Jumlah Keluarga yang meningkat kapasitasnya Kewenangan Kabupaten/Kota", "200 Keluarga", "-", "-", "-", "-", "50 Keluarga", "50 Keluarga", "25"] }, // txt 209 + 216 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_2_1 }, // txt 213
    {
      rows: [
        { cells: ["9.4", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Masyarakat Kelembagaan Kewenangan Kabupaten/Kota", "jumlah PSKS kelembagaan yang melaksanakan usaha kesejahteraan sosial", "40 Lembaga", "-", "-", "-", "-", "-", "-", "-"] }, // txt 217
        { cells: ["", "", "Jumlah Lembaga Kesejahteraan Sosial yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota", "160 Lembaga", "-", "-", "-", "-", "-", "-", "-"] }, // txt 218
        { cells: ["9.5", "Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)", "Jumlah Kegiatan Bimtek Penguatan Sumber Daya Manusia (LK3)", "40 Lembaga", "-", "-", "-", "-", "-", "-", "-"] }, // txt 219
        { cells: ["", "", "Jumlah Sertifikat yang dari Hasil Peningkatan Sumber Daya Manusia dan Lembaga Konsultasi Kesejahteraan Keluarga (LK3) Kewenangan Kabupaten/Kota", "160 Sertifikat", "-", "-", "-", "-", "-", "-", "-"] }, // txt 220
        { cells: ["III", "PROGRAM PENANGANAN WARGA NEGARA MIGRAN KORBAN TINDAK KEKERASAN", "Persentase PMKS yang mendapatkan Pelayanan Penanganan Warga Negara Migran Korban Tindak Kekerasan", "100 %", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 221
        { cells: ["10", "Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal", "Jumlah Warga Negara Migran korban tindak kekerasan yang tertangani", "10 Orang", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 222
      ],
    },
    { blank: true },
    { header: HEADER_2_1 }, // txt 224
    {
      rows: [
        { cells: ["10.1", "Fasilitasi Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal", "Jumlah Warga Negara Migran korban tindak kekerasan yang tertangani", "10 Orang", "-", "10 Orang", "10 Orang", "100", "-", "10 Orang", "100"] }, // txt 227
        { cells: ["", "", "Jumlah Warga Negara Migran Korban Tindak Kekerasan yang dipulangkan dari Titik Debarkasi di Daerah Provinsi untuk dipulangkan ke Desa/Kelurahan Asal Kewenangan Kabupaten/Kota", "40 Orang", "-", "-", "-", "-", "10 Orang", "10 Orang", "25"] }, // txt 228
        { cells: ["IV", "PROGRAM REHABILITASI SOSIAL", "Persentase PMKS yang mendapatkan Pelayanan Rehabilitasi Sosial", "100 %", "-", "-", "-", "-", "-", "-", "-"], bold: [1, 2, 3] }, // txt 229
        { cells: ["11", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial yang terpenuhi kebutuhan dasarnya", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 230
        { cells: ["11.1", "Penyediaan Permakanan", "jumlah paket bantuan permakanan yang diberikan kepada PMKS", "245 Paket", "-", "-", "-", "-", "-", "-", "-"] }, // txt 231
        { cells: ["", "", "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi Minimal Kewenangan Kabupaten/Kota", "980 Orang", "-", "-", "-", "-", "-", "-", "-"] }, // txt 232
        { cells: ["11.2", "Penyediaan Sandang", "jumlah paket bantuan sandang yang diberikan kepada PMKS", "50 Paket", "-", "-", "-", "-", "-", "-", "-"] }, // txt 233
        { cells: ["", "", "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya yang Tersedia dalam 1 Tahun Kewenangan Kabupaten/Kota", "200 Orang", "-", "-", "-", "-", "-", "-", "-"] }, // txt 234
      ],
    },
    { blank: true },
    { header: HEADER_2_1 }, // txt 236
    {
      rows: [
        { cells: ["11.3", "Penyediaan Alat Bantu", "jumlah penyandang disabilitas yang mendapat alat bantu", "265 Unit", "-", "120 Unit", "120 Unit", "100", "-", "120 Unit", "45"] }, // txt 239
        { cells: ["", "", "Jumlah Orang yang Mendapatkan Alat Bantu dan Alat Bantu Peraga Sesuai kebutuhan Kewenangan Kabupaten/Kota", "265 Orang", "-", "-", "-", "-", "75 Orang", "75 Orang", "28"] }, // txt 240
        { cells: ["11.4", "Pemberian Pelayanan Reunifikasi Keluarga", "Jumlah PMKS yang mendapatkan Pelayanan Reunifikasi Keluarga", "10 Orang", "-", "10 Orang", "10 Orang", "100", "-", "10 Orang", "100"] }, // txt 241
        { cells: ["", "", "Jumlah Orang yang Mendapatkan Pelayanan Reunifikasi Keluarga Kewenangan Kabupaten/Kota", "40 Orang", "-", "-", "-", "-", "10 Orang", "10 Orang", "25"] }, // txt 242
        { cells: ["11.5", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", "jumlah PMKS penyandang disabilitas yang mendapat pelayanan bimbingan dan fisik,mental,spiritual dan social", "5 Dokumen", "-", "5 Dokumen", "5 Dokumen", "100", "-", "5 Dokumen", "100"] }, // txt 243
        { cells: ["", "", "Jumlah Peserta Bimbingan Fisik, Mental, Spiritual dan Sosial Kewenangan Kabupaten/Kota", "480 Orang", "-", "-", "-", "-", "120 Orang", "120 Orang", "25"] }, // txt 244
        { cells: ["11.6", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat", "jumlah PMKS,disabilitas dan lansia yang mendapat pelayanan bimbingan fisik ,mental,spiritual dan sosial", "400 Orang", "-", "120 Orang", "120 Orang", "100", "-", "120 Orang", "30"] }, // txt 245
        { cells: ["", "", "Jumlah Peserta Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat Kewenangan Kabupaten/Kota", "2800 Orang", "-", "-", "-", "-", "120 Orang", "120 Orang", "4,2"] }, // txt 246
        { cells: ["11.7", "Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar", "Jumlah PMKS yang menerima Akses ke Layanan Pendidikan dan Kesehatan Dasar", "10 Orang", "-", "10 Orang", "-", "-", "-", "-", "-"] }, // txt 247
      ],
    },
    { blank: true },
    { header: HEADER_2_1 }, // txt 249
    {
      rows: [
        { cells: ["", "", "Jumlah Orang yang mendapatkan Akses ke Layanan Pendidikan dan Kesehatan Dasar Kewenangan Kabupaten/Kota", "40 Orang", "-", "-", "-", "-", "-", "-", "-"] }, // txt 252
        { cells: ["11.8", "Pemberian Layanan Kedaruratan", "Jumlah PMKS yang menerima Pelayanan Kedaruratan", "10 Orang", "-", "10 Orang", "10 Orang", "100", "-", "10 Orang", "100"] }, // txt 253
        { cells: ["", "", "Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota", "40 Orang", "-", "-", "-", "-", "10 Orang", "10 Orang", "25"] }, // txt 254
        { cells: ["11.9", "Pemberian Pelayanan Penelusuran Keluarga", "Jumlah PMKS yang menerima layanan Penelusuran Keluarga", "10 Orang", "-", "10 Orang", "10 Orang", "100", "-", "10 Orang", "100"] }, // txt 255
        { cells: ["", "", "Jumlah Orang yang Mendapatkan Pelayanan Penelusuran Keluarga Kewenangan Kabupaten/Kota", "40 Orang", "-", "-", "-", "-", "10 Orang", "10 Orang", "25"] }, // txt 256
        { cells: ["11.10", "Pemberian Layanan Rujukan", "Jumlah PMKS yang menerima layanan rujukan", "10 Orang", "-", "10 Orang", "10 Orang", "100", "-", "10 Orang", "100"] }, // txt 257
        { cells: ["", "", "Jumlah Orang Mendapatkan Layanan Rujukan Kewenangan Kabupaten/Kota", "40 Orang", "-", "-", "-", "-", "10 Orang", "10 Orang", "25"] }, // txt 258
        { cells: ["12", "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial", "Jumlah PMKS selain anak, disabilitas dan lansia yang mendapat pelayanan dan rehabilitasi sosial", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 259
        { cells: ["12.1", "Penyediaan Permakanan", "jumlah paket bantuan permakanan yang diberikan kepada PMKS selain anak, disabilitas dan lansia", "50 Paket", "-", "-", "-", "-", "-", "-", "-"] }, // txt 260
        { cells: ["", "", "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi Minimal Kewenangan Kabupaten/Kota", "100 Orang", "-", "-", "-", "-", "-", "-", "-"] }, // txt 261
        { cells: ["12.2", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", "jumlah PMKS, disabilitas dan lansia yang mendapat pelayanan bimbingan fisik ,mental,spiritual dan sosial", "25 Orang", "-", "-", "-", "-", "-", "-", "-"] }, // txt 262 + 267 (joined)
      ],
    },
    { blank: true },
    { header: withTexts(HEADER_2_1, { B1: "Urusan/Bidang Urusan Pemerintah Daerah/Program/ Kegiatan/Sub Kegiatan" }) }, // txt 264
    {
      rows: [
        { cells: ["", "", "Jumlah Peserta Bimbingan Fisik, Mental, Spiritual dan Sosial Kewenangan Kabupaten/Kota", "100 Orang", "-", "-", "-", "-", "-", "-", "-"] }, // txt 268
        { cells: ["12.3", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA", "Jumlah Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA yang mendapatkan Pemberian Bimbingan Sosial", "25 Keluarga", "-", "-", "-", "-", "-", "-", "-"] }, // txt 269
        { cells: ["", "", "Jumlah Peserta dalam Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA Kewenangan Kabupaten/Kota", "600 Orang", "-", "-", "-", "-", "-", "-", "-"] }, // txt 270
        { cells: ["V", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", "Persentase PMKS yang mendapatkan Pelayanan Perlindungan dan Jaminan Sosial", "100 %", "-", "-", "-", "-", "-", "-", "-"], bold: [1, 2, 3, 4] }, // txt 271
        { cells: ["13", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Jumlah Data Fakir Miskin yang mendapatkan Pelayanan", "3 Dokumen", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3, 4] }, // txt 272
        { cells: ["13.1", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Jumlah Data Desa/Kelurahan yang terverifikasi, tervalidasi dan terkelola", "390 Dokumen", "-", "390 Dokumen", "390 Dokumen", "100", "-", "390 Dokumen", "100"] }, // txt 273
        { cells: ["", "", "Jumlah Keluarga yang Mendapatkan Pengentasan Fakir Miskin Kabupaten/Kota", "390 Keluarga", "-", "-", "-", "-", "390 Keluarga", "390 Keluarga", "25"] }, // txt 274
        { cells: ["13.2", "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga", "Jumlah KPM yang mendapatkan fasilitasi Bantuan Sosial", "4 Dokumen", "-", "4 Dokumen", "4 Dokumen", "100", "-", "4 Dokumen", "100"] }, // txt 275
        { cells: ["", "", "Jumlah Keluarga Penerima Manfaat (KPM) yang Mendapatkan Bantuan Sosial Kesejahteraan Keluarga Kewenangan Kabupaten/Kota", "24 Dokumen", "-", "-", "-", "-", "4 Dokumen", "4 Dokumen", "25"] }, // txt 276
      ],
    },
    { blank: true },
    { header: HEADER_2_1 }, // txt 278
    {
      rows: [
        { cells: ["13.3", "Fasilitasi Pengembangan Masyarakat Bantuan Ekonomi", "E-Warung/Agen yang Mendapatkan Sosialisasi, serta KUBE yang mendapatkan pendampingan dan Pemberdayaan", "2 Dokumen", "-", "2 Dokumen", "2 Dokumen", "100", "-", "2 Dokumen", "100"] }, // txt 281
        { cells: ["", "", "Jumlah Orang Mendapatkan Bantuan Pengembangan Ekonomi Masyarakat Kewenangan Kabupaten/Kota", "80 Orang", "-", "-", "-", "-", "20 Orang", "20 Orang", "25"] }, // txt 282
        { cells: ["VI", "PROGRAM PENANGANAN BENCANA", "Persentase Korban Bencana Alam dan Korban Bencana Sosial yang terpenuhi kebutuhan dasarnya", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [1, 2, 3] }, // txt 283
        { cells: ["14", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", "Jumlah korban bencana alam dan bencana sosial yang terpenuhi kebutuhan dasarnya", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 284
        { cells: ["14.1", "Penyediaan Makanan", "jumlah bantuan makanan yang diberikan kepada KBA/KBS", "245 Paket", "-", "245 Paket", "245 Paket", "100", "-", "245 Paket", "100"] }, // txt 285
        { cells: ["", "", "Jumlah Orang yang Mendapatkan Permakanan 3x1 Hari dalam Masa Tanggap Darurat (Pengungsian) Kewenangan Kabupaten/Kota", "4800 Orang", "-", "-", "-", "-", "646 Orang", "646 Orang", "13"] }, // txt 286
        { cells: ["14.2", "Penyediaan Sandang", "jumlah bantuan sandang yang diberikan kepada KBA/KBS", "50 Orang", "-", "-", "-", "-", "-", "-", "-"] }, // txt 287
        { cells: ["", "", "Jumlah Orang yang Mendapatkan Pakaian dan Kelengkapan Lainnya yang Tersedia pada Masa Tanggap Darurat (Pengungsian) dan Pasca Bencana Kewenangan Kabupaten/Kota", "245 Orang", "-", "-", "-", "-", "-", "-", "-"] }, // txt 288
        { cells: ["15", "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota", "Jumlah Kampung Siaga Bencana", "7 KSB", "-", "7 KSB", "7 KSB", "100", "-", "7 KSB", "100"], bold: [2, 3] }, // txt 289
        { cells: ["15.1", "Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana", "Jumlah Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana", "33 Dokumen", "-", "10 dokume n", "10 dokume n", "100", "-", "10 dokumen", "100"] }, // txt 290 + 295 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_2_1 }, // txt 292
    {
      rows: [
        { cells: ["", "", "Jumlah Kampung yang Melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana Kewenangan Kabupaten/Kota", "28 Kampung", "-", "-", "-", "-", "7 Kampung", "7 Kampung", "25"] }, // txt 296
        { cells: ["15.2", "Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana", "Jumlah Koordinasi, Sosialisasi dan Pelaksanaan Tagana", "7 Dokumen", "-", "7 Dokumen", "7 Dokumen", "100", "-", "7 Dokumen", "100"] }, // txt 297
        { cells: ["", "", "Jumlah Orang yang Melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana Kewenangan Kabupaten/Kota", "400 Orang", "-", "-", "-", "-", "80 Orang", "80 Orang", "20"] }, // txt 298
        { cells: ["VII", "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN", "Persentase terciptanya fungsi TMP sebagai sarana pelestarian nilai-nilai kepahlawanan, kepeloporan dan keperintisan", "100", "-", "-", "-", "-", "-", "-", "-"], bold: [1, 2, 3] }, // txt 299
        { cells: ["16", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Jumlah TMP sebagai sarana pelestarian nilai-nilai kepahlawanan, kepeloporan dan keperintisan", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2, 3] }, // txt 300
        { cells: ["16.1", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Terlaksananya Kegiatan Hari Pahlawan, Pemeliharaan 13 TMP, Sarasehan, honor Penjaga", "2 Kali", "-", "2 Kali", "2 Kali", "100", "-", "2 Kali", "100"] }, // txt 301
        { cells: ["", "", "Jumlah Makam yang Terpenuhi Pemeliharaannya pada Taman Makam Pahlawan Kabupaten/Kota", "13 Makam", "-", "-", "-", "-", "13 Makam", "13 Makam", "25"] }, // txt 302
        { cells: ["16.2", "Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Terlaksananya Kegiatan Hari Pahlawan", "-", "-", "-", "-", "-", "-", "-", "-"] }, // txt 303
        { cells: ["", "", "Jumlah Laporan Hasil Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "2 Kegiatan", "-", "-", "-", "-", "2 Kegiatan", "2 Kegiatan", "25"] }, // txt 304
      ],
    },
  ],
};

// ---------------------------------------------------------------- Tabel 2.2
const HEADER_2_2: HeaderBlock = {
  rows: [
    ["No.", "Indikator", "SPM/ Standar Nasional", "IKK", "Target Renstra SKPD ke-", "", "", "", "Realisasi Capaian Tahun ke-", "", "Proyeksi Tahun ke-", "", "Catatan Analisis"],
    ["", "", "", "", "2022", "2023", "2024", "2025", "2022", "2023", "2024", "2025"],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"],
  ],
  merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1", "I1:J1", "K1:L1", "M1:M2"],
};

export const TABEL_2_2: SeedTable = {
  sheet: "Tabel 2.2",
  // Title rebuilt from the text that refers to the table, line 308 (the table itself has no title in the extraction).
  title: ["Tabel 2.2", "Pencapaian Kinerja Pelayanan Dinas Sosial Kabupaten Malang"],
  widths: [7, 60, 12, 8, 12, 12, 12, 12, 12, 12, 12, 12, 14],
  moneyColumns: [],
  countColumns: [5, 6, 7, 8, 9, 10, 11, 12],
  blocks: [
    { header: HEADER_2_2 }, // txt 335
    {
      rows: [
        { cells: ["1.1.", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD Jumlah dokumen Rencana strategis dan/atau Rencana Kerja dan Perubahan Rencana strategis dan/atau Rencana Kerja yang disusun tepat waktu", "-", "-", "3 Dokumen", "-", "-", "-", "3 Dokumen", "-", "-", "-", "-"] }, // txt 338
        { cells: ["", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "-", "-", "-", "3 Laporan", "3 Laporan", "3 Laporan", "-", "3 Laporan", "3 Laporan", "3 Laporan", "-"] }, // txt 339
        { cells: ["2.", "Administrasi Keuangan Perangkat Daerah Persentase Pemenuhan Layanan Internal Perangkat Daerah", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 340
        { cells: ["2.1", "Penyediaan Gaji dan Tunjangan ASN Jumlah ASN yang menerima gaji dalam satu tahun", "-", "-", "30 Orang", "-", "-", "-", "30 Orang", "-", "-", "-", "-"] }, // txt 341
        { cells: ["", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "-", "-", "-", "29 Orang/Bulan", "29 Orang/Bulan", "29 Orang/Bulan", "-", "29 Orang/Bulan", "29 Orang/Bulan", "29 Orang/Bulan", "-"] }, // txt 342
        { cells: ["2.2", "Penyediaan Administrasi Pelaksanaan Tugas ASN Jumlah pegawai pelaksana kegiatan dalam satu tahun (OB)", "-", "-", "26 ob", "-", "-", "-", "26 ob", "-", "-", "-", "-"] }, // txt 343
        { cells: ["", "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", "-", "-", "-", "12 Laporan", "12 Laporan", "12 Laporan", "-", "12 Laporan", "12 Laporan", "12 Laporan", "-"] }, // txt 344
        { cells: ["2.3", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD Jumlah dokumen laporan keuangan akhir tahun disusun", "-", "-", "3 dokumen", "-", "-", "-", "3 dokumen", "-", "-", "-", "-"] }, // txt 345
        { cells: ["", "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD", "-", "-", "-", "3 Laporan", "3 Laporan", "3 Laporan", "-", "3 Laporan", "3 Laporan", "3 Laporan", "-"] }, // txt 346
        { cells: ["2.4", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD Jumlah dokumen laporan keuangan bulanan, triwulanan", "-", "-", "3 dokumen", "-", "-", "-", "3 dokumen", "-", "-", "-", "-"] }, // txt 347
        { cells: ["", "Jumlah Laporan Keuangan Bulanan/ Triwulanan/Semesteran SKPD dan Laporan Koordinasi Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "-", "-", "-", "3 Laporan", "3 Laporan", "3 Laporan", "-", "3 Laporan", "3 Laporan", "3 Laporan", "-"] }, // txt 348
        { cells: ["3.", "Administrasi Kepegawaian Perangkat Daerah Jumlah pemenuhan kinerja pelayanan kepegawaian perangkat daerah yang disusun sesuai aturan dan teradministrasi dengan benar", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 349
        { cells: ["3.1", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya Jumlah pakaian dinas dan kelengkapannya yang disediakan", "-", "-", "60 Stel", "-", "-", "-", "60 Stel", "-", "-", "-", "-"] }, // txt 350
      ],
    },
    { blank: true },
    { header: HEADER_2_2 }, // txt 352
    {
      rows: [
        { cells: ["", "Jumlah Paket Pakaian Dinas Beserta Atribut Kelengkapan", "-", "-", "-", "60 Paket", "60 Paket", "60 Paket", "-", "60 Paket", "-", "-", "-"] }, // txt 355
        { cells: ["3.2", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi Jumlah pegawai yang mengikuti pendidikan dan pelatihan sesuai tugas dan fungsi", "-", "-", "10 Orang", "-", "-", "-", "-", "-", "-", "-", "-"] }, // txt 356
        { cells: ["", "Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan", "-", "-", "-", "10 Orang", "10 Orang", "10 Orang", "-", "-", "-", "-", "-"] }, // txt 357
        { cells: ["4.", "Administrasi Umum Perangkat Daerah Persentase Pemenuhan Layanan Internal Perangkat Daerah", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 358
        { cells: ["4.1", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor Jumlah komponen instalasi listrik/penerangan bangunan yang disediakan", "-", "-", "15 Buah", "-", "-", "-", "15 Buah", "-", "-", "-", "-"] }, // txt 359
        { cells: ["", "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", "-", "-", "-", "15 Paket", "15 Paket", "15 Paket", "-", "15 Paket", "15 Paket", "15 Paket", "-"] }, // txt 360
        { cells: ["4.2", "Penyediaan Peralatan dan Perlengkapan Kantor Jumlah peralatan dan perlengkapan yang disediakan", "-", "-", "15 Buah", "-", "-", "-", "15 Buah", "-", "-", "-", "-"] }, // txt 361
        { cells: ["", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "-", "-", "-", "15 Paket", "15 Paket", "15 Paket", "-", "15 Paket", "15 Paket", "15 Paket", "-"] }, // txt 362
        { cells: ["4.3", "Penyediaan Bahan Logistik Kantor Jumlah bahan logistik kantor yang disediakan", "-", "-", "15 Buah", "-", "-", "-", "15 Buah", "-", "-", "-", "-"] }, // txt 363
        { cells: ["", "Jumlah Paket Bahan Logistik Kantor yang Disediakan", "-", "-", "-", "15 Paket", "15 Paket", "15 Paket", "-", "15 Paket", "15 Paket", "15 Paket", "-"] }, // txt 364
        { cells: ["4.4", "Penyediaan Barang Cetak dan Penggandaan Jumlah bahan bacaan dan peraturan perundang-undangan yang disediakan", "-", "-", "15 Buah", "-", "-", "-", "15 Buah", "-", "-", "-", "-"] }, // txt 365
        { cells: ["", "Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan", "-", "-", "-", "15 Paket", "15 Paket", "15 Paket", "-", "15 Paket", "15 Paket", "15 Paket", "-"] }, // txt 366
        { cells: ["4.5", "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan Jumlah bahan bacaan dan peraturan perundang-undangan yang disediakan", "-", "-", "15 Eksempla r", "-", "-", "-", "15 Eksempl ar", "-", "-", "-", "-"] }, // txt 367
        { cells: ["", "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", "-", "-", "-", "15 Dokumen", "15 Dokumen", "15 Dokumen", "-", "15 Dokumen", "15 Dokumen", "15 Dokumen", "-"] }, // txt 368
        { cells: ["4.6", "Fasilitasi Kunjungan Tamu Jumlah fasilitas kunjungan tamu yang disediakan", "-", "-", "15 HOK", "-", "-", "-", "15 HOK", "-", "-", "-", "-"] }, // txt 369
        { cells: ["", "Jumlah Laporan Fasilitasi Kunjungan Tamu", "-", "-", "-", "10 Laporan", "10 Laporan", "10 Laporan", "-", "10 Laporan", "10 Laporan", "10 Laporan", "-"] }, // txt 370
        { cells: ["4.7", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD Jumlah rapat koordinasi dan konsultasi yang difasilitasi", "-", "-", "50 HOK", "-", "-", "-", "50 HOK", "-", "-", "-", "-"] }, // txt 371
      ],
    },
    { blank: true },
    { header: HEADER_2_2 }, // txt 373
    {
      rows: [
        { cells: ["", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "-", "-", "-", "10 Laporan", "10 Laporan", "10 Laporan", "-", "10 Laporan", "10 Laporan", "10 Laporan", "-"] }, // txt 376
        { cells: ["5.", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah Jumlah pemenuhan barang milik daerah dalam menunjang operasional kantor disusun sesuai aturan dan teradministrasi dengan benar", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 377
        { cells: ["5.1", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya Jumlah sarana dan prasarana gedung kantor atau bangunan lainnya yang diadakan", "-", "-", "5 Unit", "-", "-", "-", "5 Unit", "-", "-", "-", "-"] }, // txt 378
        { cells: ["", "Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan", "-", "-", "-", "5 Unit", "5 Unit", "5 Unit", "-", "5 Unit", "5 Unit", "5 Unit", "-"] }, // txt 379
        { cells: ["6", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah Jumlah penyedia jasa penunjang operasional perkantoran yang terbayarkan dalam 1 tahun", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 380
        { cells: ["6.1", "Penyediaan Jasa Surat Menyurat Jumlah jasa pengiriman surat menyurat yang disediakan", "-", "-", "100 Surat", "-", "-", "-", "100 Surat", "-", "-", "-", "-"] }, // txt 381
        { cells: ["", "Jumlah Laporan Penyediaan Jasa Surat Menyurat", "-", "-", "-", "12 Laporan", "12 Laporan", "12 Laporan", "-", "12 Laporan", "12 Laporan", "12 Laporan", "-"] }, // txt 382
        { cells: ["6.2", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik Jumlah rekening jasa komunikasi, sumber daya air dan listrik yang dibayarkan dalam 1 tahun", "-", "-", "1 Tahun", "-", "-", "-", "1 Tahun", "-", "-", "-", "-"] }, // txt 383
        { cells: ["", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "-", "-", "-", "12 Laporan", "12 Laporan", "12 Laporan", "-", "12 Laporan", "12 Laporan", "12 Laporan", "-"] }, // txt 384
        { cells: ["6.3", "Penyediaan Jasa Pelayanan Umum Kantor Jumlah jasa pelayanan umum kantor yang disediakan", "-", "-", "2 OB", "-", "-", "-", "2 OB", "-", "-", "-", "-"] }, // txt 385
        { cells: ["", "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "-", "-", "-", "12 Laporan", "12 Laporan", "12 Laporan", "-", "12 Laporan", "12 Laporan", "12 Laporan", "-"] }, // txt 386
        { cells: ["7", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah Jumlah pemeliharaan barang milik daerah penunjang urusan pemerintahan daerah disusun sesuai aturan dan teradministrasi dengan benar", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 387
        { cells: ["7.1", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan Jumlah jasa pemeliharaan, biaya pemeliharaan dan pajak kendaraan perorangan dinas atau kendaraan dinas jabatan dalam 1 tahun", "-", "-", "15 Unit", "-", "-", "-", "15 Unit", "-", "-", "-", "-"] }, // txt 388
      ],
    },
    { blank: true },
    { header: HEADER_2_2 }, // txt 390
    {
      rows: [
        { cells: ["", "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya", "-", "-", "-", "15 Unit", "15 Unit", "15 Unit", "-", "15 Unit", "15 Unit", "15 Unit", "-"] }, // txt 393
        { cells: ["7.2", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya Jumlah gedung kantor dan bangunan lainnya yang dipelihara", "-", "-", "3 Unit", "-", "-", "-", "3 Unit", "-", "-", "-", "-"] }, // txt 394
        { cells: ["", "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", "-", "-", "-", "3 Unit", "3 Unit", "3 Unit", "-", "3 Unit", "3 Unit", "3 Unit", "-"] }, // txt 395
        { cells: ["7.3", "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya Jumlah sarana dan prasarana gedung kantor atau bangunan lainnya yang dipelihara", "-", "-", "15 Unit", "-", "-", "-", "15 Unit", "-", "-", "-", "-"] }, // txt 396
        { cells: ["", "Jumlah Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Dipelihara/Direhabilitasi", "-", "-", "-", "15 Unit", "15 Unit", "15 Unit", "-", "15 Unit", "15 Unit", "15 Unit", "-"] }, // txt 397
        { cells: ["II", "PROGRAM PEMBERDAYAAN SOSIAL Persentase Masyarakat yang meningkat dalam Kepedulian Sosial", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [1, 2] }, // txt 398
        { cells: ["8", "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota Jumlah Dokumen Pelaksanaan Kegiatan Pengumpulan Sumbangan", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 399
        { cells: ["8.1", "Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang Jumlah Koordinasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang", "-", "-", "5 Dokumen", "-", "-", "-", "-", "-", "-", "-", "-"] }, // txt 400
        { cells: ["", "Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang", "-", "-", "-", "5 Dokumen", "5 Dokumen", "5 Dokumen", "-", "5 Dokumen", "5 Dokumen", "5 Dokumen", "-"] }, // txt 401
        { cells: ["9", "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota Jumlah PSKS yang mendapat upaya pemberdayaan sosial (Jumlah PSKS yang mendapat upaya pemberdayaan sosial)", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 402
        { cells: ["9.1", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota Jumlah PSKS yang melaksanakan pelayanan sosial", "-", "-", "50 Orang", "-", "-", "-", "-", "-", "-", "-", "-"] }, // txt 403
        { cells: ["", "Jumlah Orang Mendapat Peningkatan Kapasitas Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota", "-", "-", "-", "50 Orang", "50 Orang", "50 Orang", "-", "50 Orang", "50 Orang", "50 Orang", "-"] }, // txt 404
        { cells: ["9.2", "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota jumlah TKSK yang melaksanakan layanan sosial", "-", "-", "50 Orang", "-", "-", "-", "50 Orang", "-", "-", "-", "-"] }, // txt 405
      ],
    },
    { blank: true },
    { header: HEADER_2_2 }, // txt 409
    {
      rows: [
        { cells: ["10.1", "Fasilitasi Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal Jumlah Warga Negara Migran korban tindak kekerasan yang tertangani", "-", "-", "10 Orang", "-", "-", "-", "10 Orang", "-", "-", "-", "-"] }, // txt 412
        { cells: ["", "Jumlah Warga Negara Migran Korban Tindak Kekerasan yang dipulangkan dari Titik Debarkasi di Daerah Provinsi untuk dipulangkan ke Desa/Kelurahan Asal Kewenangan Kabupaten/Kota", "-", "-", "-", "10 Orang", "10 Orang", "10 Orang", "-", "10 Orang", "10 Orang", "10 Orang", "-"] }, // txt 413
        { cells: ["IV", "PROGRAM REHABILITASI SOSIAL Persentase PMKS yang mendapatkan Pelayanan Rehabilitasi Sosial", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [1, 2] }, // txt 414
        { cells: ["11", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial yang terpenuhi kebutuhan dasarnya", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 415
        { cells: ["11.1", "Penyediaan Permakanan Jumlah paket bantuan permakanan yang diberikan kepada PMKS", "-", "-", "245 Paket", "-", "-", "-", "-", "-", "-", "-", "-"] }, // txt 416
        { cells: ["", "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi Minimal Kewenangan Kabupaten/Kota", "-", "-", "-", "245 Orang", "245 Orang", "245 Orang", "-", "245 Orang", "245 Orang", "245 Orang", "-"] }, // txt 417
        { cells: ["11.2", "Penyediaan Sandang Jumlah paket bantuan sandang yang diberikan kepada PMKS", "-", "-", "50 Paket", "-", "-", "-", "-", "-", "-", "-", "-"] }, // txt 418
        { cells: ["", "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya yang Tersedia dalam 1 Tahun Kewenangan Kabupaten/Kota", "-", "-", "-", "50 orang", "50 orang", "50 orang", "-", "50 orang", "50 orang", "50 orang", "-"] }, // txt 419
        { cells: ["11.3", "Penyediaan Alat Bantu Jumlah penyandang disabilitas yang mendapat alat bantu", "-", "-", "265 Unit", "-", "-", "-", "120 Unit", "-", "-", "-", "-"] }, // txt 420
        { cells: ["", "Jumlah Orang yang Mendapatkan Alat Bantu dan Alat Bantu Peraga Sesuai kebutuhan Kewenangan Kabupaten/Kota", "-", "-", "-", "265 Orang", "265 Orang", "265 Orang", "-", "265 Orang", "265 Orang", "265 Orang", "-"] }, // txt 421
        { cells: ["11.4", "Pemberian Pelayanan Reunifikasi Keluarga Jumlah PMKS yang mendapatkan Pelayanan Reunifikasi Keluarga", "-", "-", "10 Orang", "-", "-", "-", "10 Orang", "-", "-", "-", "-"] }, // txt 422
        { cells: ["", "Jumlah Orang yang Mendapatkan Pelayanan Reunifikasi Keluarga Kewenangan Kabupaten/Kota", "-", "-", "-", "10 Orang", "10 Orang", "10 Orang", "-", "10 Orang", "10 Orang", "10 Orang", "-"] }, // txt 423
      ],
    },
    { blank: true },
    { header: HEADER_2_2 }, // txt 429
    {
      rows: [
        { cells: ["12.1", "Penyediaan Permakanan jumlah paket bantuan permakanan yang diberikan kepada PMKS selain anak,disabilitas dan lansia", "-", "-", "50 Paket", "-", "-", "-", "-", "-", "-", "-", "-"] }, // txt 432
        { cells: ["", "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi Minimal Kewenangan Kabupaten/Kota", "-", "-", "-", "25 Orang", "25 Orang", "25 Orang", "-", "25 Orang", "25 Orang", "25 Orang", "-"] }, // txt 433
        { cells: ["12.2", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial jumlah PMKS,disabilitas dan lansia yang mendapat pelayanan bimbingan fisik ,mental,spiritual dan sosial", "-", "-", "25 Orang", "-", "-", "-", "25 Orang", "-", "-", "-", "-"] }, // txt 434
        { cells: ["", "Jumlah Peserta Bimbingan Fisik, Mental, Spiritual dan Sosial Kewenangan Kabupaten/Kota", "-", "-", "-", "25 Orang", "25 Orang", "25 Orang", "-", "25 Orang", "25 Orang", "25 Orang", "-"] }, // txt 435
        { cells: ["12.3", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA Jumlah Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA yang mendapatkan Pemberian Bimbingan Sosial", "-", "-", "25 Keluarga", "-", "-", "-", "25 Keluarga", "-", "-", "-", "-"] }, // txt 436
        { cells: ["", "Jumlah Peserta dalam Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA Kewenangan Kabupaten/Kota", "-", "-", "-", "25 Orang", "25 Orang", "25 Orang", "-", "25 Orang", "25 Orang", "25 Orang", "-"] }, // txt 437
        { cells: ["V", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL Persentase PMKS yang mendapatkan Pelayanan Perlindungan dan Jaminan Sosial", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [1, 2] }, // txt 438
        { cells: ["13", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota Jumlah Data Fakir Miskin yang mendapatkan Pelayanan", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 439
        { cells: ["13.1", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota Jumlah Data Desa/Kelurahan yang terverifikasi, tervalidasi dan terkelola", "-", "-", "390 Dokumen", "-", "-", "-", "390 Dokumen", "-", "-", "-", "-"] }, // txt 440
        { cells: ["", "Jumlah Keluarga yang Mendapatkan Pengentasan Fakir Miskin Kabupaten/Kota", "-", "-", "-", "390 Keluarga", "390 Keluarga", "390 Keluarga", "-", "390 Keluarga", "390 Keluarga", "390 Keluarga", "-"] }, // txt 441
        { cells: ["13.2", "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga Jumlah KPM yang mendapatkan fasilitasi Bantuan Sosial", "-", "-", "4 Dokumen", "-", "-", "-", "4 Dokumen", "-", "-", "-", "-"] }, // txt 442
        { cells: ["", "Jumlah Keluarga Penerima Manfaat (KPM) yang Mendapatkan Bantuan Sosial Kesejahteraan Keluarga Kewenangan Kabupaten/Kota", "-", "-", "-", "4 Dokumen", "4 Dokumen", "4 Dokumen", "-", "4 Dokumen", "4 Dokumen", "4 Dokumen", "-"] }, // txt 443
      ],
    },
    { blank: true },
    { header: HEADER_2_2 }, // txt 445
    {
      rows: [
        { cells: ["13.3", "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat E-Warung/Agen yang Mendapatkan Sosialisasi, serta KUBE yang mendapatkan pendampingan dan Pemberdayaan", "-", "-", "2 Dokumen", "-", "-", "-", "2 Dokumen", "-", "-", "-", "-"] }, // txt 448
        { cells: ["", "Jumlah Orang Mendapatkan Bantuan Pengembangan Ekonomi Masyarakat Kewenangan Kabupaten/Kota", "-", "-", "-", "20 Orang", "20 Orang", "20 Orang", "-", "20 Orang", "20 Orang", "20 Orang", "-"] }, // txt 449
        { cells: ["VI", "PROGRAM PENANGANAN BENCANA Persentase Korban Bencana Alam dan Korban Bencana Sosial yang terpenuhi kebutuhan dasarnya", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [1, 2] }, // txt 450
        { cells: ["14", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota Jumlah korban bencana alam dan bencana sosial yang terpenuhi kebutuhan dasarnya", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 451
        { cells: ["14.1", "Penyediaan Makanan Jumlah bantuan makanan yang diberikan kepada KBA/KBS", "-", "-", "245 Paket", "-", "-", "-", "245 Paket", "-", "-", "-", "-"] }, // txt 452
        { cells: ["", "Jumlah Orang yang Mendapatkan Permakanan 3x1 Hari dalam Masa Tanggap Darurat (Pengungsian) Kewenangan Kabupaten/Kota", "-", "-", "-", "1200 Orang", "1200 Orang", "1200 Orang", "-", "646 Orang", "1200 Orang", "1200 Orang", "-"] }, // txt 453
        { cells: ["14.2", "Penyediaan Sandang Jumlah bantuan sandang yang diberikan kepada KBA/KBS", "-", "-", "50 Orang", "-", "-", "-", "50 Orang", "-", "-", "-", "-"] }, // txt 454
        { cells: ["", "Jumlah Orang yang Mendapatkan Pakaian dan Kelengkapan Lainnya yang Tersedia pada Masa Tanggap Darurat (Pengungsian) dan Pasca Bencana Kewenangan Kabupaten/Kota", "-", "-", "-", "245 Orang", "245 Orang", "245 Orang", "-", "245 Orang", "245 Orang", "245 Orang", "-"] }, // txt 455
        { cells: ["15", "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota Jumlah Kampung Siaga Bencana", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 456
        { cells: ["15.1", "Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana Jumlah Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana", "-", "-", "33 Dokumen", "-", "-", "-", "10 dokumen", "-", "-", "-", "-"] }, // txt 457
        { cells: ["", "Jumlah Kampung yang Melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana Kewenangan Kabupaten/Kota", "-", "-", "-", "7 Kampung", "7 Kampung", "7 Kampung", "-", "7 Kampung", "7 Kampung", "7 Kampung", "-"] }, // txt 458
        { cells: ["15.2", "Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana Jumlah Koordinasi, Sosialisasi dan Pelaksanaan Tagana", "-", "-", "7 Dokumen", "-", "-", "-", "7 Dokumen", "-", "-", "-", "-"] }, // txt 459
        { cells: ["", "Jumlah Orang yang Melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana Kewenangan Kabupaten/Kota", "-", "-", "-", "80 Orang", "80 Orang", "80 Orang", "-", "80 Orang", "80 Orang", "80 Orang", "-"] }, // txt 460
      ],
    },
    { blank: true },
    { header: HEADER_2_2 }, // txt 462
    {
      rows: [
        { cells: ["VII", "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN"], bold: true }, // txt 465
        { cells: ["", "Persentase terciptanya fungsi TMP sebagai sarana pelestarian nilai-nilai kepahlawanan, kepeloporan dan keperintisan", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 466
        { cells: ["16", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota"], bold: [2] }, // txt 467
        { cells: ["", "Jumlah TMP sebagai sarana pelestarian nilai-nilai kepahlawanan, kepeloporan dan keperintisan", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"], bold: [2] }, // txt 468
        { cells: ["16.1", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota Terlaksananya Kegiatan Hari Pahlawan, Pemeliharaan 13 TMP, Sarasehan, honor Penjaga", "-", "-", "2 Kali", "-", "-", "-", "2 Kali", "-", "-", "-", "-"] }, // txt 469
        { cells: ["", "Jumlah Makam yang Terpenuhi Pemeliharaannya pada Taman Makam Pahlawan Kabupaten/Kota", "-", "-", "-", "13 Makam", "13 Makam", "13 Makam", "-", "13 Makam", "13 Makam", "13 Makam", "-"] }, // txt 470
        { cells: ["16.2", "Terlaksananya Kegiatan Hari Pahlawan", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-"] }, // txt 471
        { cells: ["", "Jumlah Laporan Hasil Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "-", "-", "-", "2 Kegiatan", "2 Kegiatan", "2 Kegiatan", "-", "2 Kegiatan", "2 Kegiatan", "2 Kegiatan", "-"] }, // txt 472
      ],
    },
  ],
};

// ---------------------------------------------------------------- Tabel 2.3
const HEADER_2_3: HeaderBlock = {
  rows: [
    ["No", "Rancangan Awal RKPD", "", "", "", "", "Hasil Analisis Kebutuhan", "", "", "", "", "Cata tan Pen ting"],
    ["", "Program/Kegiatan/ Sub Kegiatan", "Lokasi", "Indikator kinerja", "Target Capaian", "Pagu indikatif (Rp.)", "Program/Kegiatan/ Sub Kegiatan", "Lokasi", "Indikator kinerja", "Target Capaian", "Kebutuhan dana (Rp.)"],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
  ],
  merges: ["A1:A2", "B1:F1", "G1:K1", "L1:L2"],
};

export const TABEL_2_3: SeedTable = {
  sheet: "Tabel 2.3",
  title: ["Tabel 2.3", "Review terhadap Rancangan Awal RKPD Tahun 2024"],
  widths: [7, 36, 11, 40, 14, 16, 36, 11, 40, 14, 16, 10],
  moneyColumns: [6, 11],
  countColumns: [5, 10],
  blocks: [
    { header: HEADER_2_3 }, // txt 527
    {
      rows: [
        { cells: ["I.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Kab. Malang", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah dalam satu tahun (%)", "100 (%)", "8,220,950,000", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Kab. Malang", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah dalam satu tahun (%)", "100 (%)", "6.822.934.850"], bold: [2, 7] }, // txt 530
        { cells: ["1.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Kab. Malang", "Jumlah dokumen perencanaan penganggaran dan evaluasi kinerja yang disusun sesuai aturan dan tepat waktu", "3 Dokumen", "7,800,000", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Kab. Malang", "Jumlah dokumen perencanaan penganggaran dan evaluasi kinerja yang disusun sesuai aturan dan tepat waktu", "3 Dokumen", "0"], bold: [5, 10, 11] }, // txt 531
        { cells: ["1.1.", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Kab. Malang", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "3 dokumen", "7,800,000", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Kab. Malang", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "3 dokumen", "0"] }, // txt 532
        { cells: ["2.", "Administrasi Keuangan Perangkat Daerah", "Kab. Malang", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "4 Dokumen", "6,525,000,000", "Administrasi Keuangan Perangkat Daerah", "Kab. Malang", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "4 Dokumen", "6.726.854.850"], bold: [2, 4, 5, 6, 7, 9, 10, 11] }, // txt 533
        { cells: ["2.1", "Penyediaan Gaji dan Tunjangan ASN", "Kab. Malang", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "34 Orang/Bula n", "5,627,200,000", "Penyediaan Gaji dan Tunjangan ASN", "Kab. Malang", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "34 ASN", "5.928.818.262"] }, // txt 534
        { cells: ["2.2", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Kab. Malang", "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", "12 Laporan", "880,000,000", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Kab. Malang", "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", "26 ob", "798.036.588"] }, // txt 535 + 540 (joined)
      ],
    },
    { blank: true },
    { header: withTexts(HEADER_2_3, { B1: "Rancangan Awal RKP", L1: "Catan Penting" }) }, // txt 537
    {
      rows: [
        { cells: ["2.3", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Kab. Malang", "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD", "3 dokumen", "7,700,000", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Kab. Malang", "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD", "3 dokumen", "0"] }, // txt 541
        { cells: ["2.4", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Kab. Malang", "Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD dan Laporan Koordinasi Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "3 Dokumen", "10.100.000", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Kab. Malang", "Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD dan Laporan Koordinasi Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "3 Dokumen", "0"] }, // txt 542
        { cells: ["3.", "Administrasi Kepegawaian Perangkat Daerah", "Kab. Malang", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "2 Dokumen", "42.000.000", "Administrasi Kepegawaian Perangkat Daerah", "Kab. Malang", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "2 Dokumen", "0"], bold: [2, 3, 4, 5, 6, 7, 8, 9, 10] }, // txt 543
        { cells: ["3.1", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", "Kab. Malang", "Jumlah Paket Pakaian Dinas Beserta Atribut Kelengkapan", "60 Stel", "31.000.000", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", "Kab. Malang", "Jumlah Paket Pakaian Dinas Beserta Atribut Kelengkapan", "60 Stel", "0"] }, // txt 544
        { cells: ["3.2", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "Kab. Malang", "Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan", "10 Orang", "11.000.000", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "Kab. Malang", "Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan", "10 Orang", "0"] }, // txt 545
        { cells: ["4.", "Administrasi Umum Perangkat Daerah", "Kab. Malang", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "6 Dokumen", "820.000.000", "Administrasi Umum Perangkat Daerah", "Kab. Malang", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "7 Dokumen", "0"], bold: [2, 3, 4, 5, 6, 7, 8, 9, 10] }, // txt 546
        { cells: ["4.1", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Kab. Malang", "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", "15 Paket", "9.500.000", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Kab. Malang", "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", "10 Paket", "0"] }, // txt 547 + 554 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_2_3 }, // txt 551
    {
      rows: [
        { cells: ["4.2", "Penyediaan Peralatan dan Perlengkapan Kantor", "Kab. Malang", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "15 Paket", "133,450,000", "Penyediaan Peralatan dan Perlengkapan Kantor", "Kab. Malang", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "15 Paket", "0"] }, // txt 555
        { cells: ["4.3", "Penyediaan Bahan Logistik Kantor", "Kab. Malang", "Jumlah Paket Bahan Logistik Kantor yang Disediakan", "15 Paket", "2.050.000", "Penyediaan Bahan Logistik Kantor", "Kab. Malang", "Jumlah Paket Bahan Logistik Kantor yang Disediakan", "15 Paket", "0"] }, // txt 556
        { cells: ["4.4", "Penyediaan Barang Cetakan dan Penggandaan", "Kab. Malang", "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan", "15 Paket", "90,500,000", "Penyediaan Barang Cetakan dan Penggandaan", "Kab. Malang", "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan", "15 Paket", "0"] }, // txt 557
        { cells: ["4.5", "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "Kab. Malang", "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", "15 Dokumen", "13.000.000", "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "Kab. Malang", "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", "15 Jenis", "0"] }, // txt 558
        { cells: ["4.6", "Fasilitasi Kunjungan Tamu", "Kab. Malang", "Jumlah Laporan Fasilitasi Kunjungan Tamu", "15 Laporan", "85.000.000", "Fasilitasi Kunjungan Tamu", "Kab. Malang", "Jumlah Laporan Fasilitasi Kunjungan Tamu", "20 Laporan", "0"] }, // txt 559
        { cells: ["4.7", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Kab. Malang", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "60 Laporan", "486.000.000", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Kab. Malang", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "36 Laporan", "0"] }, // txt 560
        { cells: ["5.", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "Kab. Malang", "Jumlah pemenuhan barang milik daerah dalam menunjang operasional kantor disusun sesuai aturan dan teradministrasi dengan benar", "5 Dokumen", "139.000.000", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "Kab. Malang", "Jumlah pemenuhan barang milik daerah dalam menunjang operasional kantor disusun sesuai aturan dan teradministrasi dengan benar", "1 Dokumen", "0"], bold: [2, 3, 4, 6, 7, 8, 9, 10] }, // txt 561
        { cells: ["5.1", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "Kab. Malang", "Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan", "5 Unit", "139.000.000", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "Kab. Malang", "Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan", "10 Unit", "0"] }, // txt 562
      ],
    },
    { blank: true },
    { header: HEADER_2_3 }, // txt 564
    {
      rows: [
        { cells: ["6", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "Kab. Malang", "Jumlah penyedia jasa penunjang operasional perkantoran yang terbayarkan dalam 1 tahun", "3 Dokumen", "138,300,000", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "Kab. Malang", "Jumlah penyedia jasa penunjang operasional perkantoran yang terbayarkan dalam 1 tahun", "3 Dokumen", "96.080.000"], bold: [2, 4, 5, 6, 7, 9, 10, 11] }, // txt 567
        { cells: ["6.1", "Penyediaan Jasa Surat Menyurat", "Kab. Malang", "Jumlah Laporan Penyediaan Jasa Surat Menyurat", "12 Laporan", "7.800.000", "Penyediaan Jasa Surat Menyurat", "Kab. Malang", "Jumlah Laporan Penyediaan Jasa Surat Menyurat", "12 Laporan", "0"] }, // txt 568
        { cells: ["6.2", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Kab. Malang", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "12 Laporan", "46.350.000", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Kab. Malang", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "12 Laporan", "42.480.000"] }, // txt 569
        { cells: ["6.3", "Penyediaan Jasa Pelayanan Umum Kantor", "Kab. Malang", "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "12 Laporan", "82.000.000", "Penyediaan Jasa Pelayanan Umum Kantor", "Kab. Malang", "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "12 Laporan", "53.600.0000"] }, // txt 570
        { cells: ["7", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "Kab. Malang", "Jumlah pemeliharaan barang milik daerah penunjang urusan pemerintahan daerah disusun sesuai aturan dan teradministrasi dengan benar", "3 Dokumen", "551,000,000", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "Kab. Malang", "Jumlah pemeliharaan barang milik daerah penunjang urusan pemerintahan daerah disusun sesuai aturan dan teradministrasi dengan benar", "3 Dokumen", "0"], bold: [2, 4, 5, 6, 7, 9, 10, 11] }, // txt 571
        { cells: ["7.1", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "Kab. Malang", "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya", "15 unit", "164.000.000", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "Kab. Malang", "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya", "15 unit", "0"] }, // txt 572
        { cells: ["7.2", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "Kab. Malang", "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", "3 Unit", "355.000.000", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "Kab. Malang", "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi", "3 Unit", "0"] }, // txt 573
      ],
    },
    { blank: true },
    { header: HEADER_2_3 }, // txt 575
    {
      rows: [
        { cells: ["7.3", "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "Kab. Malang", "Jumlah Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Dipelihara/Direhabilitasi", "15 Unit", "32.000.000", "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "Kab. Malang", "Jumlah Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Dipelihara/Direhabilitasi", "15 Unit", "0"] }, // txt 578
        { cells: ["II", "PROGRAM PEMBERDAYAAN SOSIAL", "Kab. Malang", "Persentase Masyarakat yang meningkat dalam Kepedulian Sosial", "100 (%)", "2,505,000,000", "PROGRAM PEMBERDAYAAN SOSIAL", "Kab. Malang", "Persentase Masyarakat yang meningkat dalam Kepedulian Sosial", "100 (%)", "0"], bold: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }, // txt 579
        { cells: ["8", "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota", "Kab. Malang", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "5 Dokumen", "60,000,000", "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota", "Kab. Malang", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "0 Dokumen", "0"], bold: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }, // txt 580
        { cells: ["8.1", "Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang", "Kab. Malang", "Jumlah Koordinasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang", "5 Dokumen", "60,000,000", "Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang", "Kab. Malang", "Jumlah Koordinasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang", "0 Dokumen", "0"], bold: [6] }, // txt 581
        { cells: ["9", "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota", "Kab. Malang", "Jumlah PSKS yang mendapat upaya pemberdayaan sosial (Jumlah PSKS yang mendapat upaya pemberdayaan sosial)", "230 Orang", "2,445,000,000", "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota", "Kab. Malang", "Jumlah PSKS yang mendapat upaya pemberdayaan sosial (Jumlah PSKS yang mendapat upaya pemberdayaan sosial)", "230 Orang", "0"], bold: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }, // txt 582
        { cells: ["9.1", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota", "Kab. Malang", "Jumlah Orang Mendapat Peningkatan Kapasitas Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota", "50 orang", "145.000.000", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota", "Kab. Malang", "Jumlah Orang Mendapat Peningkatan Kapasitas Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota", "50 orang", "0"] }, // txt 583
      ],
    },
    { blank: true },
    { header: HEADER_2_3 }, // txt 585
    {
      rows: [
        { cells: ["9.2", "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota", "Kab. Malang", "Jumlah Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota", "50 Orang", "600.000.000", "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota", "Kab. Malang", "Jumlah Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota", "33 Orang", "0"] }, // txt 588
        { cells: ["9.3", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota", "Kab. Malang", "Jumlah Lembaga Kesejahteraan Sosial yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota", "50 orang", "105.000.000", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota", "Kab. Malang", "Jumlah Lembaga Kesejahteraan Sosial yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota", "0", "0"] }, // txt 589
        { cells: ["9.4", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota", "Kab. Malang", "Jumlah Lembaga Kesejahteraan Sosial yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota", "40 Lembaga", "1.475.000.000", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota", "Kab. Malang", "Jumlah Lembaga Kesejahteraan Sosial yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota", "40 Lembaga", "0"] }, // txt 590
        { cells: ["9.5", "Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)", "Kab. Malang", "Jumlah Sertifikat yang dari Hasil Peningkatan Sumber Daya Manusia dan Lembaga Konsultasi Kesejahteraan Keluarga (LK3) Kewenangan Kabupaten/Kota", "40 Sertifikat", "120.000.000", "Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)", "Kab. Malang", "Jumlah Sertifikat yang dari Hasil Peningkatan Sumber Daya Manusia dan Lembaga Konsultasi Kesejahteraan Keluarga (LK3) Kewenangan Kabupaten/Kota", "40 Sertifikat", "0"] }, // txt 591
        { cells: ["III", "PROGRAM PENANGANAN WARGA NEGARA MIGRAN KORBAN TINDAK KEKERASAN", "Kab. Malang", "Persentase PMKS yang mendapatkan Pelayanan Penanganan Warga Negara Migran Korban Tindak Kekerasan", "100 (%)", "6.800.000", "PROGRAM PENANGANAN WARGA NEGARA MIGRAN KORBAN TINDAK KEKERASAN", "Kab. Malang", "Persentase PMKS yang mendapatkan Pelayanan Penanganan Warga Negara Migran Korban Tindak Kekerasan", "0", "0"], bold: [2, 4, 5, 6, 7, 9, 10] }, // txt 592
      ],
    },
    { blank: true },
    { header: HEADER_2_3 }, // txt 594
    {
      rows: [
        { cells: ["10", "Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal", "Kab. Malang", "Jumlah Warga Negara Migran korban tindak kekerasan yang tertangani", "10 Orang", "6.800.000", "Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal", "Kab. Malang", "Jumlah Warga Negara Migran korban tindak kekerasan yang tertangani", "0", "0"] }, // txt 597
        { cells: ["10.1", "Fasilitasi Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal", "Kab. Malang", "Jumlah Warga Negara Migran korban tindak kekerasan yang tertangani", "10 Orang", "6.800.000", "Fasilitasi Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal", "Kab. Malang", "Jumlah Warga Negara Migran korban tindak kekerasan yang tertangani", "0", "0"] }, // txt 598
        { cells: ["IV", "PROGRAM REHABILITASI SOSIAL", "Kab. Malang", "Persentase PMKS yang mendapatkan Pelayanan Rehabilitasi Sosial", "100 (%)", "2,375,000,000", "PROGRAM REHABILITASI SOSIAL", "Kab. Malang", "Persentase PMKS yang mendapatkan Pelayanan Rehabilitasi Sosial", "100 (%)", "0"], bold: [2, 4, 5, 6, 7, 9, 10, 11] }, // txt 599
        { cells: ["11", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "Kab. Malang", "Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial yang terpenuhi kebutuhan dasarnya", "10 Dokumen", "2,125,000,000", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "Kab. Malang", "Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial yang terpenuhi kebutuhan dasarnya", "10 Dokumen", "0"], bold: [5, 6, 10, 11] }, // txt 600
        { cells: ["11.1", "Penyediaan Permakanan", "Kab. Malang", "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi Minimal Kewenangan Kabupaten/Kota", "245 Orang", "245.000.000", "Penyediaan Permakanan", "Kab. Malang", "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi Minimal Kewenangan Kabupaten/Kota", "50 Orang", "0"] }, // txt 601
        { cells: ["11.2", "Penyediaan Sandang", "Kab. Malang", "jumlah paket bantuan sandang yang diberikan kepada PMKS", "50 Orang", "31.000.000", "Penyediaan Sandang", "Kab. Malang", "jumlah paket bantuan sandang yang diberikan kepada PMKS", "0", "0"] }, // txt 602
      ],
    },
    { blank: true },
    { header: HEADER_2_3 }, // txt 604
    {
      rows: [
        { cells: ["11.3", "Penyediaan Alat Bantu", "Kab. Malang", "Jumlah Orang yang Mendapatkan Alat Bantu dan Alat Bantu Peraga Sesuai kebutuhan Kewenangan Kabupaten/Kota", "265 Orang", "415,000,000", "Penyediaan Alat Bantu", "Kab. Malang", "Jumlah Orang yang Mendapatkan Alat Bantu dan Alat Bantu Peraga Sesuai kebutuhan Kewenangan Kabupaten/Kota", "100 Orang", "0"] }, // txt 607
        { cells: ["11.4", "Pemberian Pelayanan Reunifikasi Keluarga", "Kab. Malang", "Jumlah Orang yang Mendapatkan Pelayanan Reunifikasi Keluarga Kewenangan Kabupaten/Kota", "10 Orang", "27,000,000", "Pemberian Pelayanan Reunifikasi Keluarga", "Kab. Malang", "Jumlah Orang yang Mendapatkan Pelayanan Reunifikasi Keluarga Kewenangan Kabupaten/Kota", "10 Orang", "0"] }, // txt 608
        { cells: ["11.5", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", "Kab. Malang", "Jumlah Peserta Bimbingan Fisik, Mental, Spiritual dan Sosial Kewenangan Kabupaten/Kota", "120 orang", "350,000,000", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", "Kab. Malang", "Jumlah Peserta Bimbingan Fisik, Mental, Spiritual dan Sosial Kewenangan Kabupaten/Kota", "150 Orang", "0"] }, // txt 609
        { cells: ["11.6", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat", "Kab. Malang", "Jumlah Peserta Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat Kewenangan Kabupaten/Kota", "700 Orang", "921,000,000", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat", "Kab. Malang", "Jumlah Peserta Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat Kewenangan Kabupaten/Kota", "200 Orang", "0"] }, // txt 610
        { cells: ["11.7", "Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar", "Kab. Malang", "Jumlah PMKS yang menerima Akses ke Layanan Pendidikan dan Kesehatan Dasar", "10 Orang", "30.000.000", "Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar", "Kab. Malang", "Jumlah PMKS yang menerima Akses ke Layanan Pendidikan dan Kesehatan Dasar", "0", "0"] }, // txt 611
        { cells: ["11.8", "Pemberian Layanan Kedaruratan", "Kab. Malang", "Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota", "10 Orang", "51,000,000", "Pemberian Layanan Kedaruratan", "Kab. Malang", "Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota", "10 Orang", "0"] }, // txt 612
      ],
    },
    { blank: true },
    { header: HEADER_2_3 }, // txt 614
    {
      rows: [
        { cells: ["11.9", "Pemberian Pelayanan Penelusuran Keluarga", "Kab. Malang", "Jumlah Orang yang Mendapatkan Pelayanan Penelusuran Keluarga Kewenangan Kabupaten/Kota", "10 Orang", "24,000,000", "Pemberian Pelayanan Penelusuran Keluarga", "Kab. Malang", "Jumlah Orang yang Mendapatkan Pelayanan Penelusuran Keluarga Kewenangan Kabupaten/Kota", "10 Orang", "0"] }, // txt 617
        { cells: ["11.10", "Pemberian Layanan Rujukan", "Kab. Malang", "Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota", "10 Orang", "29.000.000", "Pemberian Layanan Rujukan", "Kab. Malang", "Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota", "10 Orang", "0"] }, // txt 618
        { cells: ["12", "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial", "Kab. Malang", "Jumlah PMKS selain anak, disabilitas dan lansia yang mendapat pelayanan dan rehabilitasi sosial", "3 Dokumen", "250,000,000", "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial", "Kab. Malang", "Jumlah PMKS selain anak, disabilitas dan lansia yang mendapat pelayanan dan rehabilitasi sosial", "3 Dokumen", "0"], bold: [2, 3, 4, 5, 6, 7, 8, 9, 10] }, // txt 619
        { cells: ["12.1", "Penyediaan Permakanan", "Kab. Malang", "jumlah paket bantuan permakanan yang diberikan kepada PMKS selain anak,disabilitas dan lansia", "25 Orang", "60.000.000", "Penyediaan Permakanan", "Kab. Malang", "jumlah paket bantuan permakanan yang diberikan kepada PMKS selain anak,disabilitas dan lansia", "0", "0"] }, // txt 620
        { cells: ["12.2", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", "Kab. Malang", "Jumlah Peserta dalam Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA Kewenangan Kabupaten/Kota", "25 Orang", "71,000,000", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", "Kab. Malang", "Jumlah Peserta dalam Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA Kewenangan Kabupaten/Kota", "0", "0"] }, // txt 621
      ],
    },
    { blank: true },
    { header: withTexts(HEADER_2_3, { B1: "Rancangan Awal RKP" }) }, // txt 623
    {
      rows: [
        { cells: ["12.3", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA", "Kab. Malang", "Jumlah Peserta dalam Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA Kewenangan Kabupaten/Kota", "150 Orang", "119,000,000", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA", "Kab. Malang", "Jumlah Peserta dalam Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA Kewenangan Kabupaten/Kota", "25 Orang", "0"] }, // txt 626
        { cells: ["v", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", "Kab. Malang", "Persentase PMKS yang mendapatkan Pelayanan Perlindungan dan Jaminan Sosial", "100 (%)", "3.350.000.000", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", "Kab. Malang", "Persentase PMKS yang mendapatkan Pelayanan Perlindungan dan Jaminan Sosial", "100 (%)", "0"], bold: [1, 2, 4, 5, 6, 7, 9, 10, 11] }, // txt 627
        { cells: ["13", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Kab. Malang", "Jumlah Data Fakir Miskin yang mendapatkan Pelayanan", "3 Dokumen", "3.350.000.000", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Kab. Malang", "Jumlah Data Fakir Miskin yang mendapatkan Pelayanan", "3 Dokumen", "23.000.000.000"], bold: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }, // txt 628
        { cells: ["13.1", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Kab. Malang", "Jumlah Keluarga yang Mendapatkan Pengentasan Fakir Miskin Kabupaten/Kota", "390 Keluarga", "1.100.000.000", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Kab. Malang", "Jumlah Keluarga yang Mendapatkan Pengentasan Fakir Miskin Kabupaten/Kota", "390 Dokumen", "0"] }, // txt 629
        { cells: ["13.2", "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga", "Kab. Malang", "Jumlah Keluarga Penerima Manfaat (KPM) yang Mendapatkan Bantuan Sosial Kesejahteraan Keluarga Kewenangan Kabupaten/Kota", "4 Dokumen", "1.500.000.000", "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga", "Kab. Malang", "Jumlah Keluarga Penerima Manfaat (KPM) yang Mendapatkan Bantuan Sosial Kesejahteraan Keluarga Kewenangan Kabupaten/Kota", "21000 Keluarga", "23.000.000.000"] }, // txt 630
        { cells: ["13.3", "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat", "Kab. Malang", "Jumlah Orang Mendapatkan Bantuan Pengembangan Ekonomi Masyarakat Kewenangan Kabupaten/Kota", "80 Orang", "750.000.000", "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat", "Kab. Malang", "Jumlah Orang Mendapatkan Bantuan Pengembangan Ekonomi Masyarakat Kewenangan Kabupaten/Kota", "200 Orang", "0"] }, // txt 631
      ],
    },
    { blank: true },
    { header: HEADER_2_3 }, // txt 635
    {
      rows: [
        { cells: ["VI", "PROGRAM PENANGANAN BENCANA", "Kab. Malang", "Persentase Korban Bencana Alam dan Korban Bencana Sosial yang terpenuhi kebutuhan dasarnya", "100 (%)", "975,000,000", "PROGRAM PENANGANAN BENCANA", "Kab. Malang", "Persentase Korban Bencana Alam dan Korban Bencana Sosial yang terpenuhi kebutuhan dasarnya", "100 (%)", "0"], bold: [2, 7] }, // txt 638
        { cells: ["14", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", "Kab. Malang", "Jumlah korban bencana alam dan bencana sosial yang terpenuhi kebutuhan dasarnya", "295 Paket", "325,000,000", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", "Kab. Malang", "Jumlah korban bencana alam dan bencana sosial yang terpenuhi kebutuhan dasarnya", "300 Orang", "0"] }, // txt 639
        { cells: ["14.1", "Penyediaan Makanan", "Kab. Malang", "Jumlah Orang yang Mendapatkan Permakanan 3x1 Hari dalam Masa Tanggap Darurat (Pengungsian) Kewenangan Kabupaten/Kota", "120 Orang", "220.000.000", "Penyediaan Makanan", "Kab. Malang", "Jumlah Orang yang Mendapatkan Permakanan 3x1 Hari dalam Masa Tanggap Darurat (Pengungsian) Kewenangan Kabupaten/Kota", "200 Orang", "0"] }, // txt 640
        { cells: ["14.2", "Penyediaan Sandang", "Kab. Malang", "jumlah bantuan sandang yang diberikan kepada KBA/KBS", "245 Orang", "105,000,000", "Penyediaan Sandang", "Kab. Malang", "jumlah bantuan sandang yang diberikan kepada KBA/KBS", "0", "0"] }, // txt 641
        { cells: ["15", "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota", "Kab. Malang", "Jumlah Kampung Siaga Bencana", "7 KSB", "650,000,000", "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota", "Kab. Malang", "Jumlah Kampung Siaga Bencana", "7 Kampung", "0"], bold: [2, 4, 5, 7, 9, 10] }, // txt 642
        { cells: ["15.1", "Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana", "Kab. Malang", "Jumlah Kampung yang melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana Kewenangan Kabupaten/Kota", "7 Kampung", "390,000,000", "Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana", "Kab. Malang", "Jumlah Kampung yang melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana Kewenangan Kabupaten/Kota", "7 Kampung", "0"] }, // txt 643
        { cells: ["15.2", "Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana", "Kab. Malang", "Jumlah Orang yang Melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana Kewenangan Kabupaten/Kota", "80 Orang", "260.000.000", "Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana", "Kab. Malang", "Jumlah Orang yang Melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana Kewenangan Kabupaten/Kota", "90 Orang", "0"] }, // txt 644 + 649 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_2_3 }, // txt 646
    {
      rows: [
        { cells: ["VII", "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN", "Kab. Malang", "Persentase terciptanya fungsi TMP sebagai sarana pelestarian nilai-nilai kepahlawanan, kepeloporan dan keberintisan", "100 (%)", "600,000,000", "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN", "Kab. Malang", "Persentase terciptanya fungsi TMP sebagai sarana pelestarian nilai-nilai kepahlawanan, kepeloporan dan keberintisan", "100 (%)", "0"], bold: [2, 4, 5, 6, 7, 9, 10] }, // txt 650
        { cells: ["16", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Kab. Malang", "Jumlah TMP sebagai sarana pelestarian nilai-nilai kepahlawanan, kepeloporan dan keberintisan", "2 Kali", "600,000,000", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Kab. Malang", "Jumlah TMP sebagai sarana pelestarian nilai-nilai kepahlawanan, kepeloporan dan keberintisan", "13 Makam", "0"], bold: [3, 5, 6, 8, 10] }, // txt 651
        { cells: ["16.1", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Kab. Malang", "Terpenuhi Pemeliharaannya pada Taman Makam Pahlawan Kabupaten/Kota", "2 Kegiatan", "600,000,000", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Kab. Malang", "Terpenuhi Pemeliharaannya pada Taman Makam Pahlawan Kabupaten/Kota", "13 Makam", "0"] }, // txt 652
        { cells: ["16.2", "Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Kab. Malang", "Jumlah Laporan Hasil Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "", "", "Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Kab. Malang", "Jumlah Laporan Hasil Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "1 Laporan", "0"] }, // txt 653
        { cells: ["", "T O T A L", "", "", "", "18.032.750.000", "", "", "", "", "29,822,934.850"], bold: true }, // txt 654
      ],
    },
  ],
};

// ---------------------------------------------------------------- Tabel 2.4
const HEADER_2_4: HeaderBlock = {
  rows: [
    ["NO", "PENGUSUL", "URUSAN", "USULAN", "VOLUME", "PERMASALAHAN", "ALAMAT", "CATATAN"],
  ],
  merges: [],
};

export const TABEL_2_4: SeedTable = {
  sheet: "Tabel 2.4",
  title: ["Tabel 2.4", "Usulan Program dan Kegiatan Masyarakat dari Para Pemangku Kepentingan Tahun 2024"],
  widths: [5, 20, 10, 45, 24, 45, 40, 12],
  moneyColumns: [],
  countColumns: [],
  blocks: [
    { header: HEADER_2_4 }, // txt 663
    {
      rows: [
        { cells: ["1", "HOSEN", "SOSIAL", "Usulan Berupa Alat Bantu Mobilitas Bagi Penyandang Disabilitas dan Lanjut Usia (Kursi Roda, Alat Bantu Dengar, Walker, Kruk, Tongkat Tuna Netra)", "Hasil Koordinasi Lebih Lanjut dengan Dinas Sosial", "NF1 - Usulan Berupa Alat Bantu Mobilitas Bagi Penyandang Disabilitas dan lanjut Usia (Kursi Roda, Alat Bantu Dengar, Walker, Kruk, Tongkat Tuna Netra), banyak penyandang disabilitas yang kurang perhatian dari pemerintah", "Jl. Raya Diponegoro Sumberkerto Dsn Sumberwader RT 07 RW 02, Kab. Malang, Pagak, Sumberkerto"] }, // txt 664
        { cells: ["2", "IDHINNINGRUM", "SOSIAL", "Usulan Berupa Alat Bantu Mobilitas Bagi Penyandang Disabilitas dan Lanjut Usia (Kursi Roda, Alat Bantu Dengar, Walker, Kruk, Tongkat Tuna Netra)", "Hasil Koordinasi Lebih Lanjut dengan Dinas Sosial", "F4-PENGAJUAN KURSI RODA 2, WALKER 1, ALAT BANTU DENGAR 2 DAN KRUK 1", "DESA SUMBERPORONG, Kab. Malang, Lawang, Sumberporong"] }, // txt 665
        { cells: ["3", "NUR SAID", "SOSIAL", "Usulan Berupa Alat Bantu Mobilitas Bagi Penyandang Disabilitas dan Lanjut Usia (Kursi Roda, Alat Bantu Dengar, Walker, Kruk, Tongkat Tuna Netra)", "Hasil Koordinasi Lebih Lanjut dengan Dinas Sosial", "NF 2 - Adanya warga disabilitas yang kurang mampu", "jl.raya gunung kawi rt.003 dusun rekesan, Kab. Malang, Kepanjen, Talangagung"] }, // txt 666
        { cells: ["4", "TITIK KHOLADAWILA", "SOSIAL", "Usulan Berupa Alat Bantu Mobilitas Bagi Penyandang Disabilitas dan Lanjut Usia (Kursi Roda, Alat Bantu Dengar, Walker, Kruk, Tongkat Tuna Netra)", "Hasil Koordinasi Lebih Lanjut dengan Dinas Sosial", "NF3-Banyak Masyarakat yang butuh bantuan alat kesehatan", "Desa Duwet RT 22 RW 04, Kab. Malang, Tumpang, Duwet"] }, // txt 667
      ],
    },
    { blank: true },
    { header: HEADER_2_4 }, // txt 669
    {
      rows: [
        { cells: ["5", "MOCHAMAD SHOLEH", "SOSIAL", "Usulan Berupa Alat Bantu Mobilitas Bagi Penyandang Disabilitas dan Lanjut Usia (Kursi Roda, Alat Bantu Dengar, Walker, Kruk, Tongkat Tuna Netra)", "Hasil Koordinasi Lebih Lanjut dengan Dinas Sosial", "NF3-terdapat disabilitas yang belum mempunyai alat bantu", "Desa Malangsuko, Kab. Malang, Tumpang, Malangsuko"] }, // txt 670
        { cells: ["6", "ARIF SUJONO", "SOSIAL", "Usulan Berupa Alat Bantu Mobilitas Bagi Penyandang Disabilitas dan Lanjut Usia (Kursi Roda, Alat Bantu Dengar, Walker, Kruk, Tongkat Tuna Netra)", "Hasil Koordinasi Lebih Lanjut dengan Dinas Sosial", "NF5 - Banyak warga yang membutuhkan alat bantu dengar dan kursi roda.", "Desa Harjokuncaran, Kab. Malang, Sumbermanjing Wetan, Harjokuncaran"] }, // txt 671
      ],
    },
  ],
};

// ---------------------------------------------------------------- Tabel 3.1
const HEADER_3_1: HeaderBlock = {
  rows: [
    ["No", "Kode", "", "", "", "", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/ Sub Kegiatan", "Indikator Program/Kegiatan / Sub Kegiatan", "Target Akhir Periode Renstra OPD 2022", "Realisasi Capaian Renja OPD Tahun 2022", "Prakiraan Capaian Target Renja OPD Tahun 2023", "Target Capaian Kinerja", "", "", "", "", "", "Kelompok", "Perkiraan Maju Rencana Tahun 2025", "", "Perangkat Daerah Penanggung Jawab"],
    ["", "", "", "", "", "", "", "", "", "", "", "Target 2024", "Pagu Indikatif (Rp.)", "Lokasi", "Sumber Dana", "Prioritas", "", "", "Target", "Pagu Indikatif (Rp)"],
    ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "Nasional", "Daerah"],
    ["1", "2", "", "", "", "", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17"],
  ],
  merges: ["A1:A3", "B1:F3", "G1:G3", "H1:H3", "I1:I3", "J1:J3", "K1:K3", "L1:Q1", "R1:R3", "S1:T1", "U1:U3", "L2:L3", "M2:M3", "N2:N3", "O2:O3", "P2:Q2", "S2:S3", "T2:T3", "B4:F4"],
};

export const TABEL_3_1: SeedTable = {
  sheet: "Tabel 3.1",
  title: ["Tabel 3.1", "Rumusan Rencana Program dan Kegiatan Tahun 2024 dan Perkiraan Maju Tahun 2025", "Dinas Sosial Kabupaten Malang"],
  widths: [5, 5, 5, 5, 6, 7, 40, 40, 12, 12, 12, 12, 16, 12, 20, 24, 24, 12, 12, 16, 16],
  moneyColumns: [13, 20],
  countColumns: [9, 10, 11, 12, 19],
  blocks: [
    { header: HEADER_3_1 }, // txt 924
    {
      rows: [
        { cells: ["", "1", "", "", "", "", "URUSAN SOSIAL"], bold: [7] }, // txt 928
        { cells: ["", "1", "06", "", "", "", "BIDANG URUSAN PEMERINTAHAN DAERAH"], bold: [7] }, // txt 929
        { cells: ["1.", "1", "06", "01", "", "", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/ KOTA", "", "", "", "", "", "6.822.934.850", "", "", "", "", "", "", "7.647.371.874", "Dims Sosial"], bold: [7] }, // txt 930
        { cells: ["", "1", "06", "01", "2.01", "", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0", "", "", "Peningkatan Kualitas Pendidikan, Kesehatan, Produktivitas dan Daya Saing Ketenagakerjaan serta Pengentasan Kemiskinan", "Peningkatan aksesibilitas serta kualitas pendidikan dan kesehatan dalam rangka mewujudkan sumber daya manusia yang produktif dan berdayasaing", "", "100 (%)", "0"], bold: [7] }, // txt 931
      ],
    },
    { blank: true },
    { header: withTexts(HEADER_3_1, { G1: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", I1: "Target Akhir Periode Renstra OPD Tahun 2022" }) }, // txt 933
    {
      rows: [
        { cells: ["", "1", "06", "01", "2.01", "0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "3 dokumen", "3 dokumen", "3 dokumen", "3 dokumen", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "3 dokumen", "0"] }, // txt 937
        { cells: ["", "1", "06", "01", "2.02", "", "Administrasi Keuangan Perangkat Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "6.726.854.850", "", "", "", "", "", "100 (%)", "6.740.425.874"], bold: [7] }, // txt 938
        { cells: ["", "1", "06", "01", "2.02", "0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "30 Orang", "30 Orang", "34 ASN", "34 ASN", "5.928.818.262", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "31 ASN", "5.935.548.778"] }, // txt 939
        { cells: ["", "1", "06", "01", "2.02", "0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", "26 ob", "26 ob", "26 ob", "26 ob", "798.036.588", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "26 ob", "794.877.096"] }, // txt 940
        { cells: ["", "1", "06", "01", "2.02", "0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD", "3 dokumen", "3 dokumen", "3 dokumen", "3 dokumen", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "3 dokumen", "10.000.000"] }, // txt 941 + 947 (joined)
      ],
    },
    { blank: true },
    { header: withTexts(HEADER_3_1, { G1: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", I1: "Target Akhir Periode Renstra OPD Tahun 2022" }) }, // txt 943
    {
      rows: [
        { cells: ["", "1", "06", "01", "2.02", "0007", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD dan Laporan Koordinasi Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "3 Dokumen", "3 Dokumen", "3 Dokumen", "3 Dokumen", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "3 Dokumen", "0"] }, // txt 948
        { cells: ["", "1", "06", "01", "2.05", "", "Administrasi Kepegawaian Perangkat Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0", "", "", "", "", "", "100 (%)"], bold: [7] }, // txt 949
        { cells: ["", "1", "06", "01", "2.05", "0002", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", "Jumlah Paket Pakaian Dinas Beserta Atribut Kelengkapan", "60 Stel", "60 Stel", "60 Stel", "60 Stel", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "60 Stel", "0"] }, // txt 950
        { cells: ["", "1", "06", "01", "2.05", "0009", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan", "10 Orang", "0", "10 Orang", "10 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "10 Orang", "0"] }, // txt 951
        { cells: ["", "1", "06", "01", "2.06", "", "Administrasi Umum Perangkat Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "", "", "7 Dokumen", "7 Dokumen", "0", "", "", "", "", "", "7 Dokumen", "181.646.000"], bold: [7] }, // txt 952 + 960 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_3_1 }, // txt 956
    {
      rows: [
        { cells: ["", "1", "06", "01", "2.06", "0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", "15 Buah", "15 Buah", "10 Paket", "10 Paket", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "10 Paket", "2.146.000"] }, // txt 961
        { cells: ["", "1", "06", "01", "2.06", "0002", "Penyediaan Peralatan dan Perlengkapan Kantor", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "15 Buah", "15 Buah", "15 Paket", "15 Paket", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "15 Paket", "65.000.000"] }, // txt 962
        { cells: ["", "1", "06", "01", "2.06", "0004", "Penyediaan Bahan Logistik Kantor", "Jumlah Paket Bahan Logistik Kantor yang Disediakan", "15 Buah", "15 Buah", "15 Paket", "15 Paket", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "15 Paket", "0"] }, // txt 963
        { cells: ["", "1", "06", "01", "2.06", "0005", "Penyediaan Barang Cetak dan Penggandaan", "Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan", "15 Buah", "15 Buah", "15 Paket", "15 Paket", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "15 Paket", "10.000.000"] }, // txt 964
        { cells: ["", "1", "06", "01", "2.06", "0006", "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-undangan yang Disediakan", "15 Buah", "15 Buah", "15 Dokumen", "15 Dokumen", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "15 Dokumen", "1.500.000"] }, // txt 965
        { cells: ["", "1", "06", "01", "2.06", "0008", "Fasilitasi Kunjungan Tamu", "Jumlah Laporan Fasilitasi Kunjungan Tamu", "15 HOK", "15 HOK", "20 Laporan", "20 Laporan", "0", "Kab. Malang", "Dana Transfer Umum- Dana Alokasi Umum", "", "", "", "20 Laporan", "3.000.000"] }, // txt 966 + 972 (joined)
      ],
    },
    { blank: true },
    { header: withTexts(HEADER_3_1, { G1: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan" }) }, // txt 968
    {
      rows: [
        { cells: ["", "1", "06", "01", "2.06", "0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "50 HOK", "50 HOK", "36 Laporan", "36 Laporan", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "36 Laporan", "100.000.000"] }, // txt 973
        { cells: ["", "1", "06", "01", "2.07", "", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "100 (%)", "100 (%)", "1 Dokumen", "1 Dokumen", "0", "", "", "", "", "", "100 (%)", "142.000.000"], bold: [7] }, // txt 974
        { cells: ["", "1", "06", "01", "2.07", "010", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan", "-", "-", "10 Unit", "10 Unit", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "10 Unit", "142.000.000"] }, // txt 975
        { cells: ["", "1", "06", "01", "2.08", "", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "-", "-", "3 Dokumen", "3 Dokumen", "96.080.000", "", "", "", "", "", "3 Dokumen", "138.000.000"], bold: [7] }, // txt 976
        { cells: ["", "1", "06", "01", "2.08", "0001", "Penyediaan Jasa Surat Menyurat", "Jumlah Laporan Penyediaan Jasa Surat Menyurat", "100 Surat", "100 Surat", "12 Laporan", "12 Laporan", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "12 Laporan", "7.900.000"] }, // txt 977
      ],
    },
    { blank: true },
    { header: HEADER_3_1 }, // txt 979
    {
      rows: [
        { cells: ["", "1", "06", "01", "2.0 8", "00 02", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "1 Tahun", "1 Tahun", "12 Laporan", "12 Laporan", "42.480.000", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "12 Laporan", "46.400.000"] }, // txt 983
        { cells: ["", "1", "06", "01", "2.0 8", "00 04", "Penyediaan Jasa Pelayanan Umum Kantor", "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", "2 OB", "3 OB", "12 Laporan", "12 Laporan", "53.600.000", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "12 Laporan", "84.000.000"] }, // txt 984
        { cells: ["", "1", "06", "01", "2.0 9", "", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0", "", "", "", "", "", "100 (%)", "445.000.000"], bold: [7, 9, 10, 11, 12, 19, 20] }, // txt 985
        { cells: ["", "1", "06", "01", "2.0 9", "00 01", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "Jumlah Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan yang Dipelihara dan dibayarkan Pajaknya", "15 Unit", "15 Unit", "15 unit", "15 unit", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "15 unit", "50.000.000"] }, // txt 986
        { cells: ["", "1", "06", "01", "2.0 9", "00 06", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitas", "3 Unit", "3 Unit", "3 Unit", "3 Unit", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "3 Unit", "360.000.000"] }, // txt 987
        { cells: ["", "1", "06", "01", "2.0 9", "01 0", "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau", "Jumlah Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "", "", "15 Unit", "15 Unit", "0", "Kab. Malang", "Dana Transfer Umum-Dana", "", "", "", "15 Unit", "35.000.000"] }, // txt 988
      ],
    },
    { blank: true },
    { header: HEADER_3_1 }, // txt 992
    {
      rows: [
        { cells: ["", "1", "06", "02", "2.0 3", "00 04", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota", "Jumlah Lembaga Kesejahteraan Sosial yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota", "50 Orang", "-", "40 Lembaga", "40 Lembaga", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "40 Lembaga", "1.475.000.000"] }, // txt 996
        { cells: ["", "1", "06", "02", "2.0 3", "00 05", "Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)", "Jumlah Sertifikat yang dari Hasil Peningkatan Sumber Daya Manusia dan Lembaga Konsultasi Kesejahteraan Keluarga (LK3) Kewenangan Kabupaten/Kota", "40 Lembaga", "-", "40 Sertifikat", "40 Sertifikat", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "40 Sertifikat", "120.000.000"] }, // txt 997
        { cells: ["3", "1", "06", "04", "2.0 1", "", "PROGRAM REHABILITASI SOSIAL", "", "", "", "", "", "0", "", "", "", "", "", "", "2.531.500.000"], bold: true }, // txt 998
        { cells: ["", "1", "06", "04", "2.0 1", "01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "Persentase Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0", "", "", "", "", "", "100 (%)", "2.276.500.000"], bold: [7, 9, 10, 11, 12, 19, 20] }, // txt 999
        { cells: ["", "1", "06", "04", "2.0 1", "00 01", "Penyediaan Permakanan", "jumlah paket bantuan permakanan yang diberikan kepada PMKS", "245 Paket", "-", "50 Orang", "50 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "50 Orang", "250.000.000"] }, // txt 1000 + 1006 (joined)
      ],
    },
    { blank: true },
    { header: withTexts(HEADER_3_1, { G1: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan" }) }, // txt 1002
    {
      rows: [
        { cells: ["", "1", "06", "04", "2.01", "0002", "Penyediaan Sandang", "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya yang Tersedia dalam 1 Tahun Kewenangan Kabupaten/Kota", "50 Paket", "-", "50 Orang", "50 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "50 Orang", "32.000.000"] }, // txt 1007
        { cells: ["", "1", "06", "04", "2.01", "0003", "Penyediaan Alat Bantu", "Jumlah Orang yang Mendapatkan Alat Bantu dan Alat Bantu Peraga Sesuai kebutuhan Kewenangan Kabupaten/Kota", "265 Orang", "120 Orang", "100 Orang", "100 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "100 Orang", "420.000.000"] }, // txt 1008
        { cells: ["", "1", "06", "04", "2.01", "0004", "Pemberian Pelayanan Reunifikasi Keluarga", "Jumlah Orang yang Mendapatkan Pelayanan Reunifikasi Keluarga Kewenangan Kabupaten/Kota", "10 Orang", "10 Orang", "10 Orang", "10 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "10 Orang", "29.000.000"] }, // txt 1009
        { cells: ["", "1", "06", "04", "2.01", "0005", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", "Jumlah Peserta Bimbingan Fisik, Mental, Spiritual dan Sosial Kewenangan Kabupaten/Kota", "10 Orang", "-", "150 Orang", "150 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "150 Orang", "360.000.000"] }, // txt 1010
        { cells: ["", "1", "06", "04", "2.01", "0006", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat", "Jumlah Peserta Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat Kabupaten/Kota", "400 Orang", "120 Orang", "200 Orang", "200 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "200 Orang", "1.066.000.000"] }, // txt 1011 + 1017 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_3_1 }, // txt 1013
    {
      rows: [
        { cells: ["", "1", "06", "04", "2.01", "010", "Pemberian Layanan Kedaruratan", "Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota", "10 Orang", "10 Orang", "10 Orang", "10 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "10 Orang", "52.000.000"] }, // txt 1018
        { cells: ["", "1", "06", "04", "2.01", "0011", "Pemberian Pelayanan Penelusuran Keluarga", "Jumlah Orang yang Mendapatkan Pelayanan Penelusuran Keluarga Kewenangan Kabupaten/Kota", "10 Orang", "10 Orang", "10 Orang", "10 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "10 Orang", "2.500.000"] }, // txt 1019
        { cells: ["", "1", "06", "04", "2.01", "0012", "Pemberian Layanan Rujukan", "Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota", "10 Orang", "10 Orang", "10 Orang", "10 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "10 Orang", "31.000.000"] }, // txt 1020
        { cells: ["", "1", "06", "04", "2.02", "", "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial", "Persentase Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/Aids dan Napza di Luar Panti Sosial", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0", "", "", "", "", "", "100 (%)", "255.000.000"], bold: [7, 9, 10, 11, 12, 19, 20] }, // txt 1021
      ],
    },
    { blank: true },
    { header: HEADER_3_1 }, // txt 1023
    {
      rows: [
        { cells: ["", "1", "06", "04", "2.0 2", "00 08", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA", "Jumlah Peserta dalam Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA Kewenangan Kabupaten/Kota", "50 Paket", "-", "25 Orang", "25 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "25 Orang", "62.000.000"] }, // txt 1027
        { cells: ["4", "1", "06", "05", "", "", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", "", "", "", "100 (%)", "100 (%)", "0", "", "", "", "", "", "100 (%)", "24.057.999.800"], bold: [7] }, // txt 1028
        { cells: ["", "1", "06", "05", "2.0 2", "", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Persentase Pengelolaan Data Fakir Miskin dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten", "", "", "3 Dokumen", "3 Dokumen", "23.000.000.000", "", "", "", "", "", "3 Dokumen", "24.057.999.800"], bold: [7] }, // txt 1029
        { cells: ["", "1", "06", "05", "2.0 2", "00 02", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Jumlah Keluarga yang Mendapatkan Pengentasan Fakir Miskin Kabupaten/Kota", "390 Dokumen", "390 Dokumen", "390 Keluarga", "390 Keluarga", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "390 Keluarga", "33.000.000"] }, // txt 1030
        { cells: ["", "1", "06", "05", "2.0 2", "00 03", "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga", "Jumlah Keluarga Penerima Manfaat (KPM) yang Mendapatkan Bantuan Sosial Kesejahteraan Keluarga Kewenangan Kabupaten/Kota", "4 Dokumen", "4 Dokumen", "10000 Keluarga", "21000 Keluarga", "23.000.000.000", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "21000 Keluarga", "24.000.000.000"] }, // txt 1031 + 1039 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_3_1 }, // txt 1035
    {
      rows: [
        { cells: ["", "1", "06", "05", "2.0 2", "00 04", "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat", "Jumlah Orang Mendapatkan Bantuan Pengembangan Ekonomi Masyarakat Kewenangan Kabupaten/Kota", "2 Dokumen", "2 Dokumen", "200 Orang", "200 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "200 Orang", "24.999.8 00"] }, // txt 1040
        { cells: ["5", "1", "06", "06", "", "", "PROGRAM PENANGANAN BENCANA", "Persentase Perlindungan Sosial Korban Bencana Alam dan Sosial", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0", "", "", "", "", "", "100 (%)", "833.611.000"], bold: [7, 8, 9, 10, 11, 12, 13, 19, 20] }, // txt 1041
        { cells: ["", "1", "06", "06", "2.0 1", "", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", "", "", "", "300 Orang", "300 Orang", "0", "", "", "", "", "", "300 Orang", "173.611.000"], bold: [7, 11, 12, 19, 20] }, // txt 1042
        { cells: ["", "1", "06", "06", "2.0 1", "00 01", "Penyediaan Makanan", "Jumlah Orang yang Mendapatkan Permakanaan 3x1 Hari dalam Masa Tanggap Darurat (Pengungsian) Kewenangan Kabupaten/Kota", "245 Paket", "245 Paket", "200 Orang", "200 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "200 Orang", "63.611.0 00"] }, // txt 1043
        { cells: ["", "1", "06", "06", "2.0 2", "", "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota", "Persentase Perlindungan Sosial Korban Bencana Alam dan Sosial", "", "", "7 Kampung", "7 Kampung", "0", "", "", "", "", "", "7 Kampung", "660.000.000"], bold: [7, 11, 12, 19, 20] }, // txt 1044
      ],
    },
    { blank: true },
    { header: withTexts(HEADER_3_1, { G1: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", I1: "Target Akhir Periode Renstra OPD Tahun 2022" }) }, // txt 1046
    {
      rows: [
        { cells: ["", "1", "06", "06", "2.0 2", "00 01", "Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana", "Jumlah Kampung yang melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana Kewenangan Kabupaten/Kota", "33 Dokumen", "4 Dokumen", "7 Kampung", "7 Kampung", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "7 Kampung", "395.000. 000"] }, // txt 1050
        { cells: ["", "1", "06", "06", "2.0 2", "00 02", "Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana", "Jumlah Orang yang Melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana Kewenangan Kabupaten/Kota", "7 Dokumen", "7 Dokumen", "90 Orang", "90 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "90 Orang", "265.000. 000"] }, // txt 1051
        { cells: ["6", "1", "06", "07", "", "", "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN", "", "", "", "", "", "", "", "", "", "", "", "", "700.000 .000"], bold: true }, // txt 1052
        { cells: ["", "1", "06", "07", "2.0 1", "", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Persentase terpeliharanya Taman Makam Pahlawan", "", "", "100 (%)", "100 (%)", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "", "700.000 .000"], bold: [7, 11, 12, 20] }, // txt 1053
        { cells: ["", "1", "06", "07", "2.0 1", "00 02", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Terpenuhi Pemeliharaannya pada Taman Makam Pahlawan Kabupaten/Kota", "2 Kali", "2 Kali", "13 Makam", "13 Makam", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "13 Makam", "650.000. 000"] }, // txt 1054
        { cells: ["", "1", "06", "07", "2.0 1", "00 03", "Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Jumlah Laporan Hasil Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "", "", "1 Laporan", "1 Laporan n", "0", "", "", "", "", "", "1 Laporan", "50.000.0 00"] }, // txt 1055 + 1061 (joined)
      ],
    },
    { blank: true },
    { header: withTexts(HEADER_3_1, { K1: "Praki raan Capaian Target Renja OPD Tahun 2023", R1: "Kelom pok", U1: "Perang kat Daerah Penan ggung Jawab", M2: "Pagu Indikati f (Rp.)" }) }, // txt 1057
    {
      rows: [
        { cells: ["", "", "", "", "", "", "", "", "", "", "", "", "29.822. 934.000", "", "", "", "", "", "", "38.077. 482.674"] }, // txt 1062
      ],
    },
  ],
};

// ---------------------------------------------------------------- Tabel 4.1
const HEADER_4_1: HeaderBlock = {
  rows: [
    ["No", "Kode", "", "", "", "", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/ Sub Kegiatan", "Indikator Program/Kegiatan/ Sub Kegiatan", "Target Akhir Periode Renstra OPD 2022", "Realisasi Capaian Renja OPD Tahun 2022", "Prakiraan Capaian Target Renja OPD Tahun 2023", "Capaian Kinerja dan Kerangka Pendanaan", "", "", "", "", "", "Kelompok sasaran", "Keterangan"],
    ["", "", "", "", "", "", "", "", "", "", "", "Target 2024", "Pagu Indikatif (Rp.)", "Lokasi", "Sumber Dana", "Prioritas"],
    ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "Nasional", "Daerah"],
    ["1", "2", "", "", "", "", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
  ],
  merges: ["A1:A3", "B1:F3", "G1:G3", "H1:H3", "I1:I3", "J1:J3", "K1:K3", "L1:Q1", "R1:R3", "S1:S3", "L2:L3", "M2:M3", "N2:N3", "O2:O3", "P2:Q2", "B4:F4"],
};

export const TABEL_4_1: SeedTable = {
  sheet: "Tabel 4.1",
  title: ["Tabel 4.1", "Rencana Kerja dan Pendanaan Dinas Sosial Tahun 2024"],
  widths: [5, 5, 5, 5, 6, 7, 40, 40, 12, 12, 12, 12, 16, 12, 20, 24, 24, 14, 16],
  moneyColumns: [13],
  countColumns: [9, 10, 11, 12],
  blocks: [
    { header: withTexts(HEADER_4_1, { K1: "Praktis Capaian Target Renja OPD Tahun 2023" }) }, // txt 1188
    {
      rows: [
        { cells: ["", "1", "", "", "", "", "URUSAN SOSIAL"], bold: [7] }, // txt 1192
        { cells: ["", "1", "06", "", "", "", "BIDANG URUSAN PEMERINTAHAN DAERAH"], bold: [7] }, // txt 1193
        { cells: ["1.", "1", "06", "01", "", "", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/ KOTA", "", "", "", "", "", "6.822.934.850", "", "", "", "", "", "Dinas Sosial"], bold: [7] }, // txt 1194
        { cells: ["", "1", "06", "01", "2.01", "", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0", "", "", "Peningkatan Kualitas Pendidikan, Kesehatan, Produktivitas dan Daya Saing Ketenagakerjaan serta Pengentasan Kemiskinan", "Peningkatan aksesibilitas serta kualitas pendidikan dan kesehatan dalam rangka mewujudkan sumber daya manusia yang produktif dan berdayasaing"], bold: [7] }, // txt 1195
        { cells: ["", "1", "06", "01", "2.01", "0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "3 dokumen", "3 dokumen", "3 dokumen", "3 dokumen", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1196
        { cells: ["", "1", "06", "01", "2.0 2", "", "Administrasi Keuangan Perangkat Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "6.726.8 54.850"], bold: [7] }, // txt 1197 + 1205 (joined)
      ],
    },
    { blank: true },
    { header: withTexts(HEADER_4_1, { G1: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan" }) }, // txt 1201
    {
      rows: [
        { cells: ["", "1", "06", "01", "2.0 2", "00 01", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "30 Orang", "30 Orang", "34 ASN", "34 ASN", "5.928.818.262", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1206
        { cells: ["", "1", "06", "01", "2.0 2", "00 02", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", "26 ob", "26 ob", "26 ob", "26 ob", "798.036.588", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1207
        { cells: ["", "1", "06", "01", "2.0 2", "00 05", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD", "3 dokumen", "3 dokumen", "3 dokumen", "3 dokumen", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1208
        { cells: ["", "1", "06", "01", "2.0 2", "00 07", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD dan Laporan Koordinasi Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", "3 Dokumen", "3 Dokumen", "3 Dokumen", "3 Dokumen", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1209
        { cells: ["", "1", "06", "01", "2.0 5", "", "Administrasi Kepegawaian Perangkat Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0"], bold: [7] }, // txt 1210
        { cells: ["", "1", "06", "01", "2.0 5", "00 02", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", "Jumlah Paket Pakaian Dinas Beserta Atribut Kelengkapan", "60 Stel", "60 Stel", "60 Stel", "60 Stel", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1211
        { cells: ["", "1", "06", "01", "2.0 5", "00 09", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "Jumlah Pegawai Berdasarkan Tugas dan Fungsi yang Mengikuti Pendidikan dan Pelatihan", "10 Orang", "0", "10 Orang", "10 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1212
        { cells: ["", "1", "06", "01", "2.0 6", "", "Administrasi Umum Perangkat Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "", "", "7 Dokumen", "7 Dokumen", "0"], bold: [2, 3, 4, 5, 7, 11, 12, 13] }, // txt 1213
        { cells: ["", "1", "06", "01", "2.0 6", "00 01", "Penyediaan Komponen Instalasi Listrik/Penerangan Listrik/Penerangan Bangunan Kantor", "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", "15 Buah", "15 Buah", "10 Paket", "10 Paket", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1214 + 1220 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_4_1 }, // txt 1216
    {
      rows: [
        { cells: ["", "1", "06", "01", "2.06", "0002", "Penyediaan Peralatan dan Perlengkapan Kantor", "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", "15 Buah", "15 Buah", "15 Paket", "15 Paket", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1221
        { cells: ["", "1", "06", "01", "2.06", "0004", "Penyediaan Bahan Logistik Kantor", "Jumlah Paket Bahan Logistik Kantor yang Disediakan", "15 Buah", "15 Buah", "15 Paket", "15 Paket", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1222
        { cells: ["", "1", "06", "01", "2.06", "0005", "Penyediaan Barang Cetak dan Penggandaan", "Jumlah Paket Barang Cetak dan Penggandaan yang Disediakan", "15 Buah", "15 Buah", "15 Paket", "15 Paket", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1223
        { cells: ["", "1", "06", "01", "2.06", "0006", "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", "15 Buah", "15 Buah", "15 Dokumen", "15 Dokumen", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1224
        { cells: ["", "1", "06", "01", "2.06", "0008", "Fasilitasi Kunjungan Tamu", "Jumlah Laporan Fasilitasi Kunjungan Tamu", "15 HOK", "15 HOK", "20 Laporan", "20 Laporan", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1225
        { cells: ["", "1", "06", "01", "2.06", "0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "50 HOK", "50 HOK", "36 Laporan", "36 Laporan", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1226
        { cells: ["", "1", "06", "01", "2.07", "", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "100 (%)", "100 (%)", "1 Dokumen", "1 Dokumen", "0"], bold: [2, 3, 4, 5, 7, 9, 10, 11, 12] }, // txt 1227
        { cells: ["", "1", "06", "01", "2.07", "01", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan", "-", "-", "10 Unit", "10 Unit", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1228
        { cells: ["", "1", "06", "01", "2.08", "", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "-", "-", "3 Dokumen", "3 Dokumen", "96.080.00"], bold: [2, 3, 4, 5, 7, 11, 12] }, // txt 1229
        { cells: ["", "1", "06", "01", "2.08", "0001", "Penyediaan Jasa Surat Menyurat", "Jumlah Laporan Penyediaan Jasa Surat Menyurat", "100 Surat", "100 Surat", "12 Laporan", "12 Laporan", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1230
        { cells: ["", "1", "06", "01", "2.08", "0002", "Penyediaan Jasa Komunikasi, Sumber Daya", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber", "1 Tahun", "1 Tahun", "12 Laporan", "12 Laporan", "42.480.00", "Kab. Malang", "Dana Transfer Umum-Dana"] }, // txt 1231
      ],
    },
    { blank: true },
    { header: HEADER_4_1 }, // txt 1235
    {
      rows: [
        { cells: ["", "1", "06", "02", "2.03", "0004", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota", "Jumlah Lembaga Kesejahteraan Sosial yang Meningkatkan Kapasitasnya Kewenangan Kabupaten/Kota", "50 Orang", "-", "40 Lembaga", "40 Lembaga", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1240
        { cells: ["", "1", "06", "02", "2.03", "0005", "Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)", "Jumlah Sertifikat yang dari Hasil Peningkatan Sumber Daya Manusia dan Lembaga Konsultasi Kesejahteraan Keluarga (LK3) Kewenangan Kabupaten/Kota", "40 Lembaga", "-", "40 Sertifikat", "40 Sertifikat", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1241
        { cells: ["3", "1", "06", "04", "2.01", "", "PROGRAM REHABILITASI SOSIAL", "", "", "", "", "", "0"], bold: true }, // txt 1242
        { cells: ["", "1", "06", "04", "2.01", "01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "Persentase Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0"], bold: [7, 9, 10, 11, 12] }, // txt 1243
        { cells: ["", "1", "06", "04", "2.01", "0001", "Penyediaan Permakanan", "jumlah paket bantuan permakanan yang diberikan kepada PMKS", "245 Paket", "-", "50 Orang", "50 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1244
        { cells: ["", "1", "06", "04", "2.01", "0002", "Penyediaan Sandang", "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya yang Tersedia dalam 1 Tahun Kewenangan Kabupaten/Kota", "50 Paket", "-", "50 Orang", "50 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1245
        { cells: ["", "1", "06", "04", "2.01", "0003", "Penyediaan Alat Bantu", "Jumlah Orang yang Mendapatkan Alat Bantu dan Alat Bantu Peraga Sesuai kebutuhan Kewenangan Kabupaten/Kota", "265 Orang", "120 Orang", "100 Orang", "100 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1246
        { cells: ["", "1", "06", "04", "2.01", "0004", "Pemberian Pelayanan Reunifikasi Keluarga", "Jumlah Orang yang Mendapatkan Pelayanan Reunifikasi Keluarga Kewenangan Kabupaten/Kota", "10 Orang", "10 Orang", "10 Orang", "10 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1247 + 1253 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_4_1 }, // txt 1249
    {
      rows: [
        { cells: ["", "1", "06", "04", "2.0 1", "00 05", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", "Jumlah Peserta Bimbingan Fisik, Mental, Spiritual dan Sosial Kewenangan Kabupaten/Kota", "10 Orang", "-", "150 Orang", "150 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1254
        { cells: ["", "1", "06", "04", "2.0 1", "00 06", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat", "Jumlah Peserta Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat Kewenangan Kabupaten/Kota", "400 Orang", "120 Orang", "200 Orang", "200 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1255
        { cells: ["", "1", "06", "04", "2.0 1", "01 0", "Pemberian Layanan Kedaruratan", "Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota", "10 Orang", "10 Orang", "10 Orang", "10 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1256
        { cells: ["", "1", "06", "04", "2.0 1", "00 11", "Pemberian Pelayanan Penelusuran Keluarga", "Jumlah Orang yang Mendapatkan Pelayanan Penelusuran Keluarga Kewenangan Kabupaten/Kota", "10 Orang", "10 Orang", "10 Orang", "10 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1257
        { cells: ["", "1", "06", "04", "2.0 1", "00 12", "Pemberian Layanan Rujukan", "Jumlah Orang yang Mendapatkan Pelayanan Kedaruratan Kewenangan Kabupaten/Kota", "10 Orang", "10 Orang", "10 Orang", "10 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1258
        { cells: ["", "1", "06", "04", "2.0 2", "", "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial", "Persentase Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan Napza di Luar Panti Sosial", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0"], bold: [7, 9, 10, 11, 12] }, // txt 1259
        { cells: ["", "1", "06", "04", "2.0 2", "00 08", "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA", "Jumlah Peserta dalam Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA Kewenangan Kabupaten/Kota", "50 Paket", "-", "25 Orang", "25 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1260
      ],
    },
    { blank: true },
    { header: HEADER_4_1 }, // txt 1262
    {
      rows: [
        { cells: ["4", "1", "06", "05", "", "", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", "", "", "", "100 (%)", "100 (%)", "0"], bold: [7] }, // txt 1266
        { cells: ["", "1", "06", "05", "2.0", "", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Persentase Pengelolaan Data Fakir Miskin dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten", "", "", "3 Dokumen", "3 Dokumen", "23.000.000.000"], bold: [7] }, // txt 1267
        { cells: ["", "1", "06", "05", "2.0", "00", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Jumlah Keluarga yang Mendapatkan Pengentasan Fakir Miskin Kabupaten/Kota", "390 Dokumen", "390 Dokumen", "390 Keluarga", "390 Keluarga", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1268
        { cells: ["", "1", "06", "05", "2.0", "00", "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga", "Jumlah Keluarga Penerima Manfaat (KPM) yang Mendapatkan Bantuan Sosial Kesejahteraan Keluarga Kewenangan Kabupaten/Kota", "4 Dokumen", "4 Dokumen", "10000 Keluarga", "21000 Keluarga", "23.000.000.000", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "Mendukung Pengarusutamaan Gender"] }, // txt 1269
        { cells: ["", "1", "06", "05", "2.0", "00", "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat", "Jumlah Orang Mendapatkan Bantuan Pengembangan Ekonomi Masyarakat Kewenangan Kabupaten/Kota", "2 Dokumen", "2 Dokumen", "200 Orang", "200 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1270
        { cells: ["5", "1", "06", "06", "", "", "PROGRAM PENANGANAN BENCANA", "Persentase Perlindungan Sosial Korban Bencana Alam dan Sosial", "100 (%)", "100 (%)", "100 (%)", "100 (%)", "0"], bold: [7, 8] }, // txt 1271
        { cells: ["", "1", "06", "06", "2.0", "", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", "", "", "", "300 Orang", "300 Orang", "0"], bold: [7] }, // txt 1272
        { cells: ["", "1", "06", "06", "2.0", "00", "Penyediaan Makanan", "Jumlah Orang yang Mendapatkan Perumahan 3x1 Hari dalam Masa Tanggap Darurat (Pengungsian) Kewenangan Kabupaten/Kota", "245 Paket", "245 Paket", "200 Orang", "200 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1273
        { cells: ["", "1", "06", "06", "2.0", "", "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota", "Persentase Perlindungan Sosial Korban Bencana Alam dan Sosial", "", "", "7 Kampung", "7 Kampung", "0"], bold: [7] }, // txt 1274 + 1280 (joined)
      ],
    },
    { blank: true },
    { header: HEADER_4_1 }, // txt 1276
    {
      rows: [
        { cells: ["", "1", "06", "06", "2.0 2", "00 01", "Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana", "Jumlah Kampung yang melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana Kewenangan Kabupaten/Kota", "33 Dokumen", "4 Dokumen", "7 Kampung", "7 Kampung", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1281
        { cells: ["", "1", "06", "06", "2.0 2", "00 02", "Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana", "Jumlah Orang yang Melaksanakan Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana Kewenangan Kabupaten/Kota", "7 Dokumen", "7 Dokumen", "90 Orang", "90 Orang", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1282
        { cells: ["6", "1", "06", "07", "", "", "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN"], bold: true }, // txt 1283
        { cells: ["", "1", "06", "07", "2.0 1", "", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Persentase terpeliharanya Taman Makam Pahlawan", "", "", "100 (%)", "100 (%)", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"], bold: [7, 11, 12] }, // txt 1284
        { cells: ["", "1", "06", "07", "2.0 1", "00 02", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Terpenuhi Pemeliharaannya pada Taman Makam Pahlawan Kabupaten/Kota", "2 Kali", "2 Kali", "13 Makam", "13 Makam", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"] }, // txt 1285
        { cells: ["", "1", "06", "07", "2.0 1", "00 03", "Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Jumlah Laporan Hasil Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "", "", "1 Laporan", "1 Laporan", "0"] }, // txt 1286
        { cells: ["", "", "", "", "", "", "", "", "", "", "", "", "29.822.934.000"], bold: true }, // txt 1287
      ],
    },
  ],
};

// ---------------------------------------------------------------- Tabel 4.2
const HEADER_4_2: HeaderBlock = {
  rows: [
    ["No", "Kode", "", "", "", "", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/ Sub Kegiatan", "Indikator Program/Kegiatan/ Sub Kegiatan", "Target Akhir Periode Renstra OPD", "Realisasi Capaian Renja OPD Tahun 2022", "Praktik Capaian Target Renja OPD Tahun 2023", "Capaian Kinerja dan Kerangka Pendanaan", "", "", "", "", "", "Kelompok Sasaran", "Target Kinerja dan Penyerapan Anggaran Per Triwulan (%)", "", "", "", "", "", "", "", "Keterangan"],
    ["", "", "", "", "", "", "", "", "", "", "", "Target 2024", "Pagu Indikatif (Rp.)", "Lokasi", "Sumber Dana", "Prioritas", "", "", "I", "", "II", "", "III", "", "IV"],
    ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "Nasional", "Daerah", "", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
    ["1", "2", "", "", "", "", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"],
  ],
  merges: ["A1:A3", "B1:F3", "G1:G3", "H1:H3", "I1:I3", "J1:J3", "K1:K3", "L1:Q1", "R1:R3", "S1:Z1", "AA1:AA3", "L2:L3", "M2:M3", "N2:N3", "O2:O3", "P2:Q2", "S2:T2", "U2:V2", "W2:X2", "Y2:Z2", "B4:F4"],
};

export const TABEL_4_2: SeedTable = {
  sheet: "Tabel 4.2",
  // Title rebuilt from the text that refers to the table, line 1289 (the table itself has no title in the extraction).
  title: ["Tabel 4.2", "Rencana Penyerapan Anggaran Kas Dinas Sosial Tahun 2024"],
  widths: [5, 5, 5, 5, 6, 7, 36, 36, 12, 12, 12, 12, 16, 12, 20, 14, 14, 12, 6, 15, 6, 15, 6, 15, 6, 15, 14],
  moneyColumns: [13, 20, 22, 24, 26],
  countColumns: [9, 10, 11, 12, 19, 21, 23, 25],
  blocks: [
    { header: withTexts(HEADER_4_2, { AA1: "Ket erangan" }) }, // txt 1299
    {
      rows: [
        { cells: ["", "1", "06", "01", "2.06", "0008", "Fasilitasi Kunjungan Tamu", "Jumlah Laporan Fasilitasi Kunjungan Tamu", "15 HOK", "15 HOK", "20 Laporan", "20 Laporan", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0"] }, // txt 1304
        { cells: ["", "1", "06", "01", "2.06", "0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "50 HOK", "50 HOK", "36 Laporan", "36 Laporan", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0"] }, // txt 1305
        { cells: ["", "1", "06", "01", "2.07", "", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "100 (%)", "100 (%)", "1 Dokumen", "1 Dokumen", "0", "", "", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0"], bold: [7, 8, 9, 10, 11, 12, 13, 19, 20, 21, 22, 23, 24, 25, 26] }, // txt 1306
        { cells: ["", "1", "06", "01", "2.07", "010", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "Jumlah Unit Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang Disediakan", "-", "-", "10 Unit", "10 Unit", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0"] }, // txt 1307
        { cells: ["", "1", "06", "01", "2.08", "", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah", "-", "-", "3 Dokumen", "3 Dokumen", "96.080.000", "", "", "", "", "", "25", "24.020.000", "25", "24.020.000", "25", "24.020.000", "25", "24.020.000"], bold: [7, 8, 9, 10, 11, 12, 13, 19, 20, 21, 22, 23, 24, 25, 26] }, // txt 1308
        { cells: ["", "1", "06", "01", "2.08", "0001", "Penyediaan Jasa Surat Menyurat", "Jumlah Laporan Penyediaan Jasa Surat Menyurat", "100 Surat", "100 Surat", "12 Laporan", "12 Laporan", "0", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0"] }, // txt 1309
        { cells: ["", "1", "06", "01", "2.08", "0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "1 Tahun", "1 Tahun", "12 Laporan", "12 Laporan", "42.480.000", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi", "", "", "", "25", "10.620.000", "25", "10.620.000", "25", "10.620.000", "25", "10.620.000"] }, // txt 1310
      ],
    },
    { blank: true },
    { header: HEADER_4_2 }, // txt 1326
    {
      rows: [
        { cells: ["6", "1", "06", "07", "", "", "PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN", "", "", "", "", "", "", "", "", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0"], bold: [7] }, // txt 1330
        { cells: ["", "1", "06", "07", "2.0 1", "", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Persentase terpeliharanya Taman Makam Pahlawan", "", "", "100 (%)", "100 (%)", "0", "Kab. Malang", "Dana Transfer Umum- Dana Alokasi Umum", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0"], bold: [8] }, // txt 1331
        { cells: ["", "1", "06", "07", "2.0 1", "00 02", "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Terpenuhi Pemeliharaannya pada Taman Makam Pahlawan Kabupaten/Kota", "2 Kali", "2 Kali", "13 Makam", "13 Makam", "0", "Kab. Malang", "Dana Transfer Umum- Dana Alokasi Umum", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0"] }, // txt 1332
        { cells: ["", "1", "06", "07", "2.0 1", "00 03", "Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "Jumlah Laporan Hasil Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota", "", "", "1 Laporan", "1 Laporan", "0", "", "", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0"] }, // txt 1333
        { cells: ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "6", "1.9 14. 84 2.8 60", "20. 08", "1.7 97. 73 3.7 13", "39. 80", "24. 47 5.7 33. 71 3", "20. 10", "1.8 20. 73 3.7 13"] }, // txt 1334
      ],
    },
  ],
};

export const SEED_TABLES: readonly SeedTable[] = [TABEL_2_1, TABEL_2_2, TABEL_2_3, TABEL_2_4, TABEL_3_1, TABEL_4_1, TABEL_4_2];
