// The official forms of the Renja tables, lampiran Permendagri 86/2017 (T-C.29 … T-C.33), in their column order:
// the default of `renja template` and Sisipkan Tabel. Kode is one column holding the whole dotted kode, the column
// numbers are 1, 2, 3, … from the first column. Tabel 4.1 is T-C.33 for the plan year alone (its prakiraan maju is
// Tabel 3.1's); Tabel 4.2 has no form in the lampiran, so it keeps the sample's layout.
import type { ExampleRow, HeaderCell, LayoutSpec } from "./spec";
import { kodeExamples, TABEL_2_1, TABEL_2_2, TABEL_2_3, TABEL_4_2 } from "./tables";
import type { TableKind } from "../model";

const KODE_WIDTH = [18];

// ------------------------------------------------------------------------------------------ T-C.29 (Tabel 2.1)

/** The sample's Tabel 2.1 rows with their kode in place of the row number, sub kegiatan in kode order. */
const T_C_29_ROWS: { from: number; kode: string }[] = [
  { from: 0, kode: "1.06.01" },
  { from: 1, kode: "1.06.01.2.01" },
  { from: 3, kode: "1.06.01.2.01.0001" }, // Penyusunan Dokumen Perencanaan Perangkat Daerah
  { from: 2, kode: "1.06.01.2.01.0006" }, // Koordinasi dan Penyusunan Laporan Capaian Kinerja …
];

const T_C_29: LayoutSpec = {
  kind: "T2.1",
  titles: ["Tabel 2.1", "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s/d Tahun {tahun-1}", "{opd}"],
  headerRows: 2,
  header: [
    { text: "Kode", row: 0, from: 1, rows: 2 },
    { text: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", row: 0, from: 2, rows: 2 },
    { text: "Indikator Kinerja Program (outcomes)/ Kegiatan (output)", row: 0, from: 3, rows: 2 },
    { text: "Target Kinerja Capaian Program (Renstra Perangkat Daerah) s/d Akhir Periode Renstra", row: 0, from: 4, rows: 2 },
    { text: "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d Tahun {tahun-3}", row: 0, from: 5, rows: 2 },
    { text: "Target dan Realisasi Kinerja Program dan Keluaran Kegiatan Renja Perangkat Daerah Tahun Lalu ({tahun-2})", row: 0, from: 6, to: 8 },
    { text: "Target Renja Perangkat Daerah Tahun {tahun-2}", row: 1, from: 6 },
    { text: "Realisasi Renja Perangkat Daerah Tahun {tahun-2}", row: 1, from: 7 },
    { text: "Tingkat Realisasi (%)", row: 1, from: 8 },
    { text: "Target Program dan Kegiatan (Renja Perangkat Daerah Tahun {tahun-1})", row: 0, from: 9, rows: 2 },
    { text: "Perkiraan Realisasi Capaian Target Renstra Perangkat Daerah s/d Tahun Berjalan", row: 0, from: 10, to: 11 },
    { text: "Realisasi Capaian Program dan Kegiatan s/d Tahun Berjalan ({tahun-1})", row: 1, from: 10 },
    { text: "Tingkat Capaian Realisasi Target Renstra (%)", row: 1, from: 11 },
  ],
  // The form numbers its columns as the sample does; column 1 holds the kode where the sample has its row number.
  columns: TABEL_2_1.columns.map((c) => (c.role === "no" ? { number: 1, role: "kode", widths: KODE_WIDTH } : c)),
  computed: TABEL_2_1.computed,
  formulaRows: TABEL_2_1.formulaRows,
  examples: T_C_29_ROWS.map(({ from, kode }): ExampleRow => {
    const ex = TABEL_2_1.examples[from];
    const { no: _no, ...cells } = ex.cells;
    void _no;
    return { ...ex, kode, cells };
  }),
};

// ------------------------------------------------------------------------------------------ T-C.30 (Tabel 2.2)

const T_C_30: LayoutSpec = {
  ...TABEL_2_2,
  titles: ["Tabel 2.2", "Pencapaian Kinerja Pelayanan {opd}"],
  header: [
    { text: "No", row: 0, from: 1, rows: 2 },
    { text: "Indikator", row: 0, from: 2, rows: 2 },
    { text: "SPM/Standar Nasional", row: 0, from: 3, rows: 2 },
    { text: "IKK", row: 0, from: 4, rows: 2 },
    { text: "Target Renstra Perangkat Daerah", row: 0, from: 5, to: 8 },
    { text: "Realisasi Capaian", row: 0, from: 9, to: 10 },
    { text: "Proyeksi", row: 0, from: 11, to: 12 },
    { text: "Catatan Analisis", row: 0, from: 13, rows: 2 },
    ...([[5, -2], [6, -1], [7, 0], [8, 1], [9, -2], [10, -1], [11, 0], [12, 1]] as const).map(([from, d]): HeaderCell => ({ text: `Tahun {tahun${d === 0 ? "" : d > 0 ? `+${d}` : d}}`, row: 1, from })),
  ],
};

// ------------------------------------------------------------------------------------------ T-C.31 (Tabel 2.3)

const T_C_31: LayoutSpec = {
  ...TABEL_2_3,
  // The form's example rows agree with the RKPD: a gap is the planner's to explain in Catatan Penting.
  examples: TABEL_2_3.examples.map((ex) => (typeof ex.cells.kebutuhanDana === "number" ? { ...ex, cells: { ...ex.cells, rkpdPagu: ex.cells.kebutuhanDana } } : ex)),
  header: [
    { text: "No", row: 0, from: 1, rows: 2 },
    { text: "Rancangan Awal RKPD", row: 0, from: 2, to: 6 },
    { text: "Hasil Analisis Kebutuhan", row: 0, from: 7, to: 11 },
    { text: "Catatan Penting", row: 0, from: 12, rows: 2 },
    { text: "Program/Kegiatan", row: 1, from: 2 },
    { text: "Lokasi", row: 1, from: 3 },
    { text: "Indikator Kinerja", row: 1, from: 4 },
    { text: "Target Capaian", row: 1, from: 5 },
    { text: "Pagu Indikatif (Rp.)", row: 1, from: 6 },
    { text: "Program/Kegiatan", row: 1, from: 7 },
    { text: "Lokasi", row: 1, from: 8 },
    { text: "Indikator Kinerja", row: 1, from: 9 },
    { text: "Target Capaian", row: 1, from: 10 },
    { text: "Kebutuhan Dana/Pagu Indikatif (Rp.)", row: 1, from: 11 },
  ],
};

// ------------------------------------------------------------------------------------------ T-C.32 (Tabel 2.4)

const T_C_32: LayoutSpec = {
  kind: "T2.4",
  titles: ["Tabel 2.4", "Usulan Program dan Kegiatan dari Para Pemangku Kepentingan Tahun {tahun}", "{opd}"],
  headerRows: 1,
  header: ["No", "Program/Kegiatan", "Lokasi", "Indikator Kinerja", "Besaran/Volume", "Catatan"].map((text, i) => ({ text, row: 0, from: i + 1 })),
  columns: [
    { number: 1, role: "no", widths: [5] },
    { number: 2, role: "usulan", widths: [45] },
    { number: 3, role: "alamat", widths: [30] },
    { number: 4, role: "indikator", widths: [40] },
    { number: 5, role: "volume", widths: [14] },
    { number: 6, role: "catatan", widths: [30] },
  ],
  examples: [
    { level: "subkegiatan", cells: { no: 1, usulan: "Alat Bantu Mobilitas bagi Penyandang Disabilitas dan Lanjut Usia (Kursi Roda, Alat Bantu Dengar, Walker, Kruk, Tongkat Tuna Netra)", alamat: "Desa Sumberkerto, Kec. Pagak", indikator: "Jumlah Orang yang Mendapatkan Alat Bantu", volume: "10 Unit", catatan: "Usulan Musrenbang Kecamatan Pagak" } },
    { level: "subkegiatan", cells: { no: 2, usulan: "Bantuan Alat Bantu Dengar dan Kursi Roda", alamat: "Desa Duwet, Kec. Tumpang", indikator: "Jumlah Orang yang Mendapatkan Alat Bantu", volume: "5 Unit", catatan: "Usulan Musrenbang Kecamatan Tumpang" } },
  ],
};

// ------------------------------------------------------------------------------ T-C.33 (Tabel 3.1 and Tabel 4.1)

/** Kode | nama | indikator | Rencana Tahun n: lokasi, target, pagu, sumber dana | Catatan Penting (| n+1). */
function tC33Header(maju: boolean): HeaderCell[] {
  return [
    { text: "Kode", row: 0, from: 1, rows: 2 },
    { text: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", row: 0, from: 2, rows: 2 },
    { text: "Indikator Kinerja Program/Kegiatan", row: 0, from: 3, rows: 2 },
    { text: "Rencana Tahun {tahun}", row: 0, from: 4, to: 7 },
    { text: "Lokasi", row: 1, from: 4 },
    { text: "Target Capaian Kinerja", row: 1, from: 5 },
    { text: "Kebutuhan Dana/Pagu Indikatif (Rp.)", row: 1, from: 6 },
    { text: "Sumber Dana", row: 1, from: 7 },
    { text: "Catatan Penting", row: 0, from: 8, rows: 2 },
    ...(maju
      ? [
          { text: "Prakiraan Maju Rencana Tahun {tahun+1}", row: 0, from: 9, to: 10 },
          { text: "Target Capaian Kinerja", row: 1, from: 9 },
          { text: "Kebutuhan Dana/Pagu Indikatif (Rp.)", row: 1, from: 10 },
        ]
      : []),
  ];
}

const T_C_33_COLUMNS: LayoutSpec["columns"] = [
  { number: 1, role: "kode", widths: KODE_WIDTH },
  { number: 2, role: "nama", widths: [42] },
  { number: 3, role: "indikator", widths: [42] },
  { number: 4, role: "lokasi", widths: [14] },
  { number: 5, role: "target", widths: [13] },
  { number: 6, role: "pagu", widths: [17], format: "money" },
  { number: 7, role: "sumberDana", widths: [22], list: "sumberDana" },
  { number: 8, role: "keterangan", widths: [18] },
];

const T_C_33: LayoutSpec = {
  kind: "T3.1",
  titles: ["Tabel 3.1", "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun {tahun} dan Prakiraan Maju Tahun {tahun+1}", "{opd}"],
  headerRows: 2,
  header: tC33Header(true),
  columns: [...T_C_33_COLUMNS, { number: 9, role: "targetMaju", widths: [13] }, { number: 10, role: "paguMaju", widths: [17], format: "money" }],
  sums: ["pagu", "paguMaju"],
  totalRow: true,
  examples: kodeExamples(true),
};

const T_C_33_TAHUN_N: LayoutSpec = {
  kind: "T4.1",
  titles: ["Tabel 4.1", "Rencana Kerja dan Pendanaan {opd} Tahun {tahun}"],
  headerRows: 2,
  header: tC33Header(false),
  columns: T_C_33_COLUMNS,
  sums: ["pagu"],
  totalRow: true,
  examples: kodeExamples(false),
};

export const PERMENDAGRI_LAYOUTS: Record<TableKind, LayoutSpec> = {
  "T2.1": T_C_29,
  "T2.2": T_C_30,
  "T2.3": T_C_31,
  "T2.4": T_C_32,
  "T3.1": T_C_33,
  "T4.1": T_C_33_TAHUN_N,
  "T4.2": TABEL_4_2,
};
