// The sample's variant of the Renja tables ("contoh-malang": Permendagri 86/2017 as the Renja 2024 of Dinas Sosial
// Kabupaten Malang writes them): header texts, merged header cells, column numbers, widths, formats and example rows.
// The examples are taken from that Renja (names, kode and pagu as the document has them, mistakes corrected).
import type { CellValue } from "../grid";
import type { ColumnRole, TableKind } from "../model";
import type { ExampleRow, HeaderCell, LayoutColumn, LayoutSpec } from "./spec";

const NAMA_URUSAN = "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan";
const INDIKATOR = "Indikator Program/Kegiatan/Sub Kegiatan";

// ------------------------------------------------------------------ Tabel 3.1, 4.1, 4.2: the shared kode columns

const KODE_COLUMNS: LayoutColumn[] = [
  { number: 1, role: "no", widths: [5] },
  { number: 2, role: "kode", widths: [4, 4, 4, 6, 7] },
  { number: 3, role: "nama", widths: [40] },
  { number: 4, role: "indikator", widths: [40] },
  { number: 5, role: "targetAkhirRenstra", widths: [12] },
  { number: 6, role: "realisasiCapaianLalu", widths: [12] },
  { number: 7, role: "prakiraanCapaian", widths: [12] },
  { number: 8, role: "target", widths: [12] },
  { number: 9, role: "pagu", widths: [16], format: "money" },
  { number: 10, role: "lokasi", widths: [14] },
  { number: 11, role: "sumberDana", widths: [22], list: "sumberDana" },
  { number: 12, role: "prioritasNasional", widths: [20] },
  { number: 13, role: "prioritasDaerah", widths: [20] },
  { number: 14, role: "kelompokSasaran", widths: [16] },
];

/** Header cells of columns 1–14; `group` is the text over columns 8–13. */
function kodeHeader(group: string): HeaderCell[] {
  return [
    { text: "No", row: 0, from: 1, rows: 3 },
    { text: "Kode", row: 0, from: 2, rows: 3 },
    { text: NAMA_URUSAN, row: 0, from: 3, rows: 3 },
    { text: INDIKATOR, row: 0, from: 4, rows: 3 },
    { text: "Target Akhir Periode Renstra Perangkat Daerah", row: 0, from: 5, rows: 3 },
    { text: "Realisasi Capaian Renja Perangkat Daerah Tahun {tahun-2}", row: 0, from: 6, rows: 3 },
    { text: "Prakiraan Capaian Target Renja Perangkat Daerah Tahun {tahun-1}", row: 0, from: 7, rows: 3 },
    { text: group, row: 0, from: 8, to: 13 },
    { text: "Target {tahun}", row: 1, from: 8, rows: 2 },
    { text: "Pagu Indikatif (Rp.)", row: 1, from: 9, rows: 2 },
    { text: "Lokasi", row: 1, from: 10, rows: 2 },
    { text: "Sumber Dana", row: 1, from: 11, rows: 2 },
    { text: "Prioritas", row: 1, from: 12, to: 13 },
    { text: "Nasional", row: 2, from: 12 },
    { text: "Daerah", row: 2, from: 13 },
    { text: "Kelompok Sasaran", row: 0, from: 14, rows: 3 },
  ];
}

const PRIORITAS_NASIONAL = "Peningkatan Kualitas Pendidikan, Kesehatan, Produktivitas dan Daya Saing Ketenagakerjaan serta Pengentasan Kemiskinan";
const PRIORITAS_DAERAH = "Peningkatan aksesibilitas serta kualitas pendidikan dan kesehatan dalam rangka mewujudkan sumber daya manusia yang produktif dan berdayasaing";
const DAU = "Dana Transfer Umum-Dana Alokasi Umum";
const PENUNJANG = "Persentase pemenuhan dukungan manajemen perkantoran dan penunjang kinerja perangkat daerah";

/** Example rows of the kode tables (3.1 with its prakiraan maju; 4.2 is generated from 4.1's). */
export function kodeExamples(maju: boolean): ExampleRow[] {
  // pagu / paguMaju of a sub kegiatan; parents get theirs as SUM formulas.
  const row = (level: ExampleRow["level"], kode: string, cells: Partial<Record<ColumnRole, CellValue>>, money?: [number, number]): ExampleRow => {
    const out: Partial<Record<ColumnRole, CellValue>> = { ...cells };
    if (money) out.pagu = money[0];
    if (maju) {
      if (money) out.paguMaju = money[1];
      if (level === "subkegiatan") out.targetMaju = cells.target ?? null;
      if (level === "program") out.penanggungJawab = "Dinas Sosial";
    }
    return { level, kode, cells: out };
  };
  const sub = (target: string) => ({ targetAkhirRenstra: target, realisasiCapaianLalu: target, prakiraanCapaian: target, target, lokasi: "Kab. Malang", sumberDana: DAU });
  const pct = { targetAkhirRenstra: "100 %", realisasiCapaianLalu: "100 %", prakiraanCapaian: "100 %", target: "100 %" };
  return [
    row("urusan", "1", { nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" }),
    row("bidang", "1.06", { nama: "BIDANG URUSAN SOSIAL" }),
    row("program", "1.06.01", { no: "1.", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indikator: PENUNJANG, ...pct }),
    row("kegiatan", "1.06.01.2.02", { nama: "Administrasi Keuangan Perangkat Daerah", indikator: "Persentase Pemenuhan Layanan Internal Perangkat Daerah", ...pct, prioritasNasional: PRIORITAS_NASIONAL, prioritasDaerah: PRIORITAS_DAERAH }),
    row("subkegiatan", "1.06.01.2.02.0001", { nama: "Penyediaan Gaji dan Tunjangan ASN", indikator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", ...sub("34 Orang/bulan") }, [5928818262, 6225259000]),
    row("subkegiatan", "1.06.01.2.02.0002", { nama: "Penyediaan Administrasi Pelaksanaan Tugas ASN", indikator: "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", ...sub("12 Dokumen") }, [798036588, 837938000]),
    row("kegiatan", "1.06.01.2.06", { nama: "Administrasi Umum Perangkat Daerah", indikator: PENUNJANG, ...pct }),
    row("subkegiatan", "1.06.01.2.06.0001", { nama: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", indikator: "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", ...sub("1 Paket") }, [15000000, 15750000]),
    row("program", "1.06.04", { no: "2.", nama: "PROGRAM REHABILITASI SOSIAL", indikator: "Persentase PMKS yang memperoleh rehabilitasi sosial dasar", ...pct }),
    row("kegiatan", "1.06.04.2.01", { nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", indikator: "Persentase Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", ...pct }),
    row("subkegiatan", "1.06.04.2.01.0001", { nama: "Penyediaan Permakanan", indikator: "Jumlah Paket Bantuan Permakanan yang Diberikan kepada PMKS", ...sub("50 Orang") }, [250000000, 262500000]),
    row("subkegiatan", "1.06.04.2.01.0003", { nama: "Penyediaan Alat Bantu", indikator: "Jumlah Orang yang Mendapatkan Alat Bantu dan Alat Bantu Peraga Sesuai Kebutuhan Kewenangan Kabupaten/Kota", ...sub("100 Orang") }, [420000000, 441000000]),
  ];
}

const TABEL_4_1: LayoutSpec = {
  kind: "T4.1",
  titles: ["Tabel 4.1", "Rencana Kerja dan Pendanaan {opd} Tahun {tahun}"],
  headerRows: 3,
  header: [...kodeHeader("Capaian Kinerja dan Kerangka Pendanaan"), { text: "Keterangan", row: 0, from: 15, rows: 3 }],
  columns: [...KODE_COLUMNS, { number: 15, role: "keterangan", widths: [14] }],
  sums: ["pagu"],
  totalRow: true,
  examples: kodeExamples(false),
};

const TABEL_3_1: LayoutSpec = {
  kind: "T3.1",
  titles: ["Tabel 3.1", "Rumusan Rencana Program dan Kegiatan Tahun {tahun} dan Prakiraan Maju Tahun {tahun+1}", "{opd}"],
  headerRows: 3,
  header: [
    ...kodeHeader("Target Capaian Kinerja"),
    { text: "Prakiraan Maju Rencana Tahun {tahun+1}", row: 0, from: 15, to: 16 },
    { text: "Target", row: 1, from: 15, rows: 2 },
    { text: "Pagu Indikatif (Rp.)", row: 1, from: 16, rows: 2 },
    { text: "Perangkat Daerah Penanggung Jawab", row: 0, from: 17, rows: 3 },
  ],
  columns: [
    ...KODE_COLUMNS,
    { number: 15, role: "targetMaju", widths: [12] },
    { number: 16, role: "paguMaju", widths: [16], format: "money" },
    { number: 17, role: "penanggungJawab", widths: [16] },
  ],
  sums: ["pagu", "paguMaju"],
  totalRow: true,
  examples: kodeExamples(true),
};

export const TABEL_4_2: LayoutSpec = {
  kind: "T4.2",
  titles: ["Tabel 4.2", "Target Kinerja dan Penyerapan Anggaran per Triwulan {opd} Tahun {tahun}"],
  headerRows: 3,
  header: [
    ...kodeHeader("Capaian Kinerja dan Kerangka Pendanaan"),
    { text: "Target Kinerja dan Penyerapan Anggaran per Triwulan (%)", row: 0, from: 15, to: 22 },
    { text: "I", row: 1, from: 15, to: 16 },
    { text: "II", row: 1, from: 17, to: 18 },
    { text: "III", row: 1, from: 19, to: 20 },
    { text: "IV", row: 1, from: 21, to: 22 },
    ...[15, 17, 19, 21].flatMap((n) => [
      { text: "K", row: 2, from: n },
      { text: "Rp", row: 2, from: n + 1 },
    ]),
    { text: "Keterangan", row: 0, from: 23, rows: 3 },
  ],
  columns: [
    ...KODE_COLUMNS,
    { number: 15, role: "k1", widths: [7], format: "percent" },
    { number: 16, role: "rp1", widths: [15], format: "money" },
    { number: 17, role: "k2", widths: [7], format: "percent" },
    { number: 18, role: "rp2", widths: [15], format: "money" },
    { number: 19, role: "k3", widths: [7], format: "percent" },
    { number: 20, role: "rp3", widths: [15], format: "money" },
    { number: 21, role: "k4", widths: [7], format: "percent" },
    { number: 22, role: "rp4", widths: [15], format: "money" },
    { number: 23, role: "keterangan", widths: [14] },
  ],
  sums: ["pagu", "rp1", "rp2", "rp3", "rp4"],
  totalRow: true,
  // Examples of 4.2 are generated from those of 4.1 (layouts/index.ts), the way `renja triwulan` makes them.
  examples: [],
};

// ------------------------------------------------------------------------------------------------ Tabel 2.1

const num = (v: CellValue): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export const TABEL_2_1: LayoutSpec = {
  kind: "T2.1",
  titles: ["Tabel 2.1", "Rekapitulasi Evaluasi Hasil Pelaksanaan Rencana Kerja dan Pencapaian Rencana Strategis s/d Tahun {tahun-1}", "{opd}"],
  headerRows: 2,
  header: [
    { text: "No", row: 0, from: 1, rows: 2 },
    { text: "Urusan/Bidang Urusan Pemerintahan Daerah/Program/Kegiatan/Sub Kegiatan", row: 0, from: 2, rows: 2 },
    { text: "Indikator Kinerja Program (outcomes)/ Kegiatan (output)/Sub Kegiatan", row: 0, from: 3, rows: 2 },
    { text: "Target Kinerja Capaian Program Renstra Perangkat Daerah s/d Akhir Periode Renstra", row: 0, from: 4, rows: 2 },
    { text: "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d Tahun {tahun-3}", row: 0, from: 5, rows: 2 },
    { text: "Target dan Realisasi Kinerja Program dan Keluaran Kegiatan, Sub Kegiatan Tahun {tahun-2}", row: 0, from: 6, to: 8 },
    { text: "Target Renja Perangkat Daerah Tahun {tahun-2}", row: 1, from: 6 },
    { text: "Realisasi Renja Perangkat Daerah Tahun {tahun-2}", row: 1, from: 7 },
    { text: "Tingkat Realisasi (%)", row: 1, from: 8 },
    { text: "Target Program, Kegiatan dan Sub Kegiatan Renja Perangkat Daerah Tahun Berjalan (Tahun {tahun-1})", row: 0, from: 9, rows: 2 },
    { text: "Perkiraan Realisasi Capaian Target Renstra Perangkat Daerah s/d Tahun {tahun-1}", row: 0, from: 10, to: 11 },
    { text: "Realisasi Capaian Program, Kegiatan dan Sub Kegiatan s/d Tahun {tahun-1}", row: 1, from: 10 },
    { text: "Tingkat Capaian Realisasi Target Renstra (%)", row: 1, from: 11 },
  ],
  columns: [
    { number: 1, role: "no", widths: [7] },
    { number: 2, role: "nama", widths: [40] },
    { number: 3, role: "indikator", widths: [45] },
    { number: 4, role: "targetRenstra", widths: [14] },
    { number: 5, role: "realisasiSdLalu", widths: [14] },
    { number: 6, role: "targetRenjaLalu", widths: [14] },
    { number: 7, role: "realisasiRenjaLalu", widths: [14] },
    { number: 8, role: "tingkatRealisasi", widths: [11], format: "percent", numberLabel: "8 = (7/6)" },
    { number: 9, role: "targetRenjaBerjalan", widths: [14] },
    { number: 10, role: "realisasiSdBerjalan", widths: [14], numberLabel: "10 = 5+7+9" },
    { number: 11, role: "tingkatCapaianRenstra", widths: [12], format: "percent", numberLabel: "11 = 10/4" },
  ],
  // Capaian columns compute on plain numbers: a target is written without its satuan (the indikator names it).
  computed: [
    {
      role: "tingkatRealisasi",
      formula: (ref) => `=IFERROR(${ref("realisasiRenjaLalu")}/${ref("targetRenjaLalu")}*100,"")`,
      compute: (get) => {
        const t = num(get("targetRenjaLalu"));
        const r = num(get("realisasiRenjaLalu")) ?? 0;
        return t ? (r / t) * 100 : "";
      },
    },
    {
      // 10 = 5 + 7 + 9; left empty while the three are all empty, so blank rows stay blank.
      role: "realisasiSdBerjalan",
      formula: (ref) => `=IF(COUNT(${ref("realisasiSdLalu")},${ref("realisasiRenjaLalu")},${ref("targetRenjaBerjalan")})=0,"",${ref("realisasiSdLalu")}+${ref("realisasiRenjaLalu")}+${ref("targetRenjaBerjalan")})`,
      compute: (get) => {
        const xs = [get("realisasiSdLalu"), get("realisasiRenjaLalu"), get("targetRenjaBerjalan")];
        if (xs.every((x) => num(x) === null)) return "";
        return xs.reduce<number>((s, x) => s + (num(x) ?? 0), 0);
      },
    },
    {
      role: "tingkatCapaianRenstra",
      formula: (ref) => `=IFERROR(${ref("realisasiSdBerjalan")}/${ref("targetRenstra")}*100,"")`,
      compute: (get) => {
        const t = num(get("targetRenstra"));
        const r = num(get("realisasiSdBerjalan"));
        return t && r !== null ? (r / t) * 100 : "";
      },
    },
  ],
  formulaRows: 30,
  examples: [
    { level: "program", cells: { no: "I.", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indikator: "Jumlah dokumen perencanaan dan laporan kinerja perangkat daerah yang disusun tepat waktu (Dokumen)", targetRenstra: 25, realisasiSdLalu: 5, targetRenjaLalu: 5, realisasiRenjaLalu: 5, targetRenjaBerjalan: 5 } },
    { level: "kegiatan", cells: { no: "1.", nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indikator: "Jumlah dokumen perencanaan penganggaran dan evaluasi kinerja (Dokumen)", targetRenstra: 15, realisasiSdLalu: 3, targetRenjaLalu: 3, realisasiRenjaLalu: 3, targetRenjaBerjalan: 3 } },
    { level: "subkegiatan", cells: { no: "1.1", nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", indikator: "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD (Laporan)", targetRenstra: 12, realisasiSdLalu: 3, targetRenjaLalu: 3, realisasiRenjaLalu: 2, targetRenjaBerjalan: 3 } },
    { level: "subkegiatan", cells: { no: "1.2", nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah", indikator: "Jumlah Dokumen Perencanaan Perangkat Daerah (Dokumen)", targetRenstra: 10, realisasiSdLalu: 2, targetRenjaLalu: 2, realisasiRenjaLalu: 2, targetRenjaBerjalan: 2 } },
  ],
};

// ------------------------------------------------------------------------------------------------ Tabel 2.2

export const TABEL_2_2: LayoutSpec = {
  kind: "T2.2",
  titles: ["Tabel 2.2", "Pencapaian Kinerja Pelayanan {opd}"],
  headerRows: 2,
  header: [
    { text: "No.", row: 0, from: 1, rows: 2 },
    { text: "Indikator", row: 0, from: 2, rows: 2 },
    { text: "SPM/ Standar Nasional", row: 0, from: 3, rows: 2 },
    { text: "IKK", row: 0, from: 4, rows: 2 },
    { text: "Target Renstra Perangkat Daerah Tahun ke-", row: 0, from: 5, to: 8 },
    { text: "Realisasi Capaian Tahun ke-", row: 0, from: 9, to: 10 },
    { text: "Proyeksi Tahun ke-", row: 0, from: 11, to: 12 },
    { text: "Catatan Analisis", row: 0, from: 13, rows: 2 },
    { text: "{tahun-2}", row: 1, from: 5 },
    { text: "{tahun-1}", row: 1, from: 6 },
    { text: "{tahun}", row: 1, from: 7 },
    { text: "{tahun+1}", row: 1, from: 8 },
    { text: "{tahun-2}", row: 1, from: 9 },
    { text: "{tahun-1}", row: 1, from: 10 },
    { text: "{tahun}", row: 1, from: 11 },
    { text: "{tahun+1}", row: 1, from: 12 },
  ],
  columns: [
    { number: 1, role: "no", widths: [7] },
    { number: 2, role: "indikator", widths: [50] },
    { number: 3, role: "spm", widths: [12] },
    { number: 4, role: "ikk", widths: [12] },
    { number: 5, role: "targetTahun1", widths: [11] },
    { number: 6, role: "targetTahun2", widths: [11] },
    { number: 7, role: "targetTahun3", widths: [11] },
    { number: 8, role: "targetTahun4", widths: [11] },
    { number: 9, role: "realisasiTahun1", widths: [11] },
    { number: 10, role: "realisasiTahun2", widths: [11] },
    { number: 11, role: "proyeksiTahun1", widths: [11] },
    { number: 12, role: "proyeksiTahun2", widths: [11] },
    { number: 13, role: "catatan", widths: [24] },
  ],
  examples: [
    { level: "subkegiatan", cells: { no: "1.1.", indikator: "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", spm: "-", ikk: "-", targetTahun1: "3 Laporan", targetTahun2: "3 Laporan", targetTahun3: "3 Laporan", targetTahun4: "3 Laporan", realisasiTahun1: "3 Laporan", realisasiTahun2: "3 Laporan", proyeksiTahun1: "3 Laporan", proyeksiTahun2: "3 Laporan", catatan: "-" } },
    { level: "subkegiatan", cells: { no: "1.2.", indikator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", spm: "-", ikk: "-", targetTahun1: "34 Orang", targetTahun2: "34 Orang", targetTahun3: "34 Orang", targetTahun4: "34 Orang", realisasiTahun1: "30 Orang", realisasiTahun2: "34 Orang", proyeksiTahun1: "34 Orang", proyeksiTahun2: "34 Orang", catatan: "-" } },
  ],
};

// ------------------------------------------------------------------------------------------------ Tabel 2.3

export const TABEL_2_3: LayoutSpec = {
  kind: "T2.3",
  titles: ["Tabel 2.3", "Review terhadap Rancangan Awal RKPD Tahun {tahun}", "{opd}"],
  headerRows: 2,
  header: [
    { text: "No", row: 0, from: 1, rows: 2 },
    { text: "Rancangan Awal RKPD", row: 0, from: 2, to: 6 },
    { text: "Hasil Analisis Kebutuhan", row: 0, from: 7, to: 11 },
    { text: "Catatan Penting", row: 0, from: 12, rows: 2 },
    { text: "Program/Kegiatan/ Sub Kegiatan", row: 1, from: 2 },
    { text: "Lokasi", row: 1, from: 3 },
    { text: "Indikator Kinerja", row: 1, from: 4 },
    { text: "Target Capaian", row: 1, from: 5 },
    { text: "Pagu Indikatif (Rp.)", row: 1, from: 6 },
    { text: "Program/Kegiatan/ Sub Kegiatan", row: 1, from: 7 },
    { text: "Lokasi", row: 1, from: 8 },
    { text: "Indikator Kinerja", row: 1, from: 9 },
    { text: "Target Capaian", row: 1, from: 10 },
    { text: "Kebutuhan Dana (Rp.)", row: 1, from: 11 },
  ],
  columns: [
    { number: 1, role: "no", widths: [7] },
    { number: 2, role: "rkpdNama", widths: [36] },
    { number: 3, role: "rkpdLokasi", widths: [11] },
    { number: 4, role: "rkpdIndikator", widths: [36] },
    { number: 5, role: "rkpdTarget", widths: [12] },
    { number: 6, role: "rkpdPagu", widths: [16], format: "money" },
    { number: 7, role: "kebutuhanNama", widths: [36] },
    { number: 8, role: "kebutuhanLokasi", widths: [11] },
    { number: 9, role: "kebutuhanIndikator", widths: [36] },
    { number: 10, role: "kebutuhanTarget", widths: [12] },
    { number: 11, role: "kebutuhanDana", widths: [16], format: "money" },
    { number: 12, role: "catatan", widths: [14] },
  ],
  sums: ["rkpdPagu", "kebutuhanDana"],
  examples: ((): ExampleRow[] => {
    const both = (no: string, nama: string, indikator: string, target: string, pagu: number | null, dana: number | null): Partial<Record<ColumnRole, CellValue>> => ({
      no,
      rkpdNama: nama,
      rkpdLokasi: "Kab. Malang",
      rkpdIndikator: indikator,
      rkpdTarget: target,
      ...(pagu === null ? {} : { rkpdPagu: pagu }),
      kebutuhanNama: nama,
      kebutuhanLokasi: "Kab. Malang",
      kebutuhanIndikator: indikator,
      kebutuhanTarget: target,
      ...(dana === null ? {} : { kebutuhanDana: dana }),
    });
    return [
      { level: "program", cells: both("I.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", PENUNJANG, "100 %", null, null) },
      { level: "kegiatan", cells: both("1.", "Administrasi Keuangan Perangkat Daerah", "Persentase Pemenuhan Layanan Internal Perangkat Daerah", "100 %", null, null) },
      // Kebutuhan within the RKPD pagu, and the same program as Tabel 3.1/4.1's examples: the examples pass the checks.
      { level: "subkegiatan", cells: both("1.1", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "34 Orang", 6000000000, 5928818262) },
      { level: "subkegiatan", cells: both("1.2", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", "12 Dokumen", 880000000, 798036588) },
      { level: "kegiatan", cells: both("2.", "Administrasi Umum Perangkat Daerah", PENUNJANG, "100 %", null, null) },
      { level: "subkegiatan", cells: both("2.1", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan", "1 Paket", 15000000, 15000000) },
    ];
  })(),
};

// ------------------------------------------------------------------------------------------------ Tabel 2.4

export const TABEL_2_4: LayoutSpec = {
  kind: "T2.4",
  titles: ["Tabel 2.4", "Usulan Program dan Kegiatan dari Para Pemangku Kepentingan Tahun {tahun}", "{opd}"],
  headerRows: 1,
  header: ["No", "Pengusul", "Urusan", "Usulan", "Volume", "Permasalahan", "Alamat", "Catatan"].map((text, i) => ({ text, row: 0, from: i + 1 })),
  columns: [
    { number: 1, role: "no", widths: [5] },
    { number: 2, role: "pengusul", widths: [20] },
    { number: 3, role: "urusan", widths: [12] },
    { number: 4, role: "usulan", widths: [45] },
    { number: 5, role: "volume", widths: [20] },
    { number: 6, role: "permasalahan", widths: [45] },
    { number: 7, role: "alamat", widths: [36] },
    { number: 8, role: "catatan", widths: [14] },
  ],
  examples: [
    { level: "subkegiatan", cells: { no: 1, pengusul: "Musrenbang Kecamatan Pagak", urusan: "SOSIAL", usulan: "Alat Bantu Mobilitas bagi Penyandang Disabilitas dan Lanjut Usia (Kursi Roda, Alat Bantu Dengar, Walker, Kruk, Tongkat Tuna Netra)", volume: "10 Unit", permasalahan: "Penyandang disabilitas yang belum mempunyai alat bantu", alamat: "Desa Sumberkerto, Kec. Pagak", catatan: "" } },
    { level: "subkegiatan", cells: { no: 2, pengusul: "Musrenbang Kecamatan Tumpang", urusan: "SOSIAL", usulan: "Bantuan Alat Bantu Dengar dan Kursi Roda", volume: "5 Unit", permasalahan: "Banyak warga yang membutuhkan alat bantu dengar dan kursi roda", alamat: "Desa Duwet, Kec. Tumpang", catatan: "" } },
  ],
};

export const LAYOUTS: Record<TableKind, LayoutSpec> = {
  "T2.1": TABEL_2_1,
  "T2.2": TABEL_2_2,
  "T2.3": TABEL_2_3,
  "T2.4": TABEL_2_4,
  "T3.1": TABEL_3_1,
  "T4.1": TABEL_4_1,
  "T4.2": TABEL_4_2,
};
