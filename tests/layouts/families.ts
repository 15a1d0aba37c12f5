// Small real-layout Renja tables, built in code: the layout families a Bappeda receives besides the sample's
// (issue 8). Each builder returns a sheet; the data rows are the same plan in every family, so the tests can
// state exactly which findings each planted mistake must give.
import { parseRange, type CellRange, type CellValue, type SheetGrid } from "../../src/renja/grid";

export function sheetOf(name: string, rows: CellValue[][], merges: string[] = [], numberFormats?: (string | null)[][]): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  const sheet: SheetGrid = { name, origin: { row: 0, col: 0 }, values, merges: merges.map((m) => parseRange(m) as CellRange) };
  if (numberFormats) sheet.numberFormats = numberFormats;
  return sheet;
}

const NAMA = "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan";

/**
 * Permendagri 86/2017 T-C.33, official column order: Kode | Urusan…/Program/Kegiatan | Indikator | Rencana Tahun n
 * (Lokasi, Target, Kebutuhan Dana/Pagu Indikatif, Sumber Dana) | Catatan Penting | Prakiraan Maju n+1 (Target,
 * Kebutuhan Dana). With the "(1) (2) …" row or without it.
 */
export function officialTC33(options: { numberRow: boolean }): SheetGrid {
  const rows: CellValue[][] = [
    ["Tabel 3.1 Rumusan Rencana Program dan Kegiatan Tahun 2026 dan Prakiraan Maju Tahun 2027"],
    ["Kode", NAMA, "Indikator Kinerja Program/Kegiatan", "Rencana Tahun 2026", null, null, null, "Catatan Penting", "Prakiraan Maju Rencana Tahun 2027", null],
    [null, null, null, "Lokasi", "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif", "Sumber Dana", null, "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif"],
  ];
  if (options.numberRow) rows.push(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]);
  rows.push(
    ["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"],
    ["1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL"],
    ["1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase dukungan manajemen (%)", "Kab. Malang", "100%", "300.000.000", "APBD", null, "100%", "330.000.000"],
    ["1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen perencanaan", "Kab. Malang", "3 Dokumen", "90.000.000", "APBD", null, "3 Dokumen", "110.000.000"],
    ["1.06.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan Perangkat Daerah", "Kab. Malang", "2 Dokumen", "60.000.000", "APBD", null, "2 Dokumen", "66.000.000"],
    ["1.06.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah Dokumen RKA-SKPD", "Kab. Malang", "1 Dokumen", "40.000.000", "APBD", null, "1 Paket", "44.000.000"],
    ["1.06.01.2.02", "Administrasi Keuangan Perangkat Daerah", "Jumlah laporan keuangan", "Kab. Malang", "12 Laporan", "200.000.000", "APBD", null, "12 Laporan", "220.000.000"],
    ["1.06.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Kab. Malang", "85 Orang", "200.000.000", "APBD", null, "85 Orang", "220.000.000"],
  );
  return sheetOf("Rumusan Renja", rows, ["A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3", "I2:J2"]);
}

/**
 * A SIPD-based printout: kode over five columns, three header rows, no column-number row; the indikator split into
 * Capaian Program / Keluaran Sub Kegiatan / Hasil Kegiatan, each with its own target; a SIPD unit row on top.
 */
export function sipdPrintout(): SheetGrid {
  const tu = "Tolok Ukur";
  const tck = "Target Capaian Kinerja";
  const rows: CellValue[][] = [
    ["RENCANA KERJA PERANGKAT DAERAH TAHUN 2026"],
    [null],
    ["Kode", null, null, null, null, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", null, null, null, null, null, "Lokasi Output Kegiatan", "Pagu Indikatif (Rp.)", "Sumber Dana", "Catatan Penting", "Prakiraan Maju Rencana Tahun 2027"],
    [null, null, null, null, null, null, "Capaian Program", null, "Keluaran Sub Kegiatan", null, "Hasil Kegiatan", null, null, null, null, null, tu, "Target", "Kebutuhan Dana (Rp.)"],
    [null, null, null, null, null, null, tu, tck, tu, tck, tu, tck],
    ["1.06.0.00.0.00.01.0000", null, null, null, null, "Dinas Sosial", null, null, null, null, null, null, null, "300.000.000"],
    ["1", "06", null, null, null, "URUSAN PEMERINTAHAN BIDANG SOSIAL"],
    ["1", "06", "01", null, null, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase dukungan manajemen perkantoran", "100%", null, null, null, null, "Kab. Malang", "300.000.000", "APBD", null, "Persentase dukungan manajemen perkantoran", "100%", "330.000.000"],
    ["1", "06", "01", "2.01", null, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", null, null, null, null, "Persentase dokumen perencanaan tepat waktu", "10 Orang", "Kab. Malang", "100.000.000", "APBD", null, "Persentase dokumen perencanaan tepat waktu", "100%", "110.000.000"],
    ["1", "06", "01", "2.01", "0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", null, null, "Jumlah Dokumen Perencanaan Perangkat Daerah", "5 Dokumenn", null, null, "Kab. Malang", "60.000.000", "APBD", null, "Jumlah Dokumen Perencanaan Perangkat Daerah", "5 Dokumen", "66.000.000"],
    ["1", "06", "01", "2.01", "0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", null, null, "Jumlah Dokumen RKA-SKPD", "1 Dokumen", null, null, "Kab. Malang", "40.000.000", "APBD", null, "Jumlah Dokumen RKA-SKPD", "1 Dokumen", "44.000.000"],
    ["1", "06", "01", "2.02", null, "Administrasi Keuangan Perangkat Daerah", null, null, null, null, "Persentase laporan keuangan tepat waktu", "100%", "Kab. Malang", "200.000.000", "APBD", null, "Persentase laporan keuangan tepat waktu", "100%", "220.000.000"],
    ["1", "06", "01", "2.02", "0001", "Penyediaan Gaji dan Tunjangan ASN", null, null, "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "85 Orang", null, null, "Kab. Malang", "200.000.000", "APBD", null, "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "85 Orang", "210.000.000"],
  ];
  return sheetOf("Renja SIPD", rows, ["A3:E5", "F3:F5", "G3:L3", "M3:M5", "N3:N5", "O3:O5", "P3:P5", "Q3:S3", "G4:H4", "I4:J4", "K4:L4", "Q4:Q5", "R4:R5", "S4:S5"]);
}

/** An older RKPD/Renja import form: Tolok Ukur/Target pairs, priority columns beside them, a 1 2 3 … row. */
export function olderImportForm(): SheetGrid {
  const rows: CellValue[][] = [
    ["Tabel 4.1 Rencana Kerja dan Pendanaan Perangkat Daerah"],
    ["No", "Kode", "Program/Kegiatan", "Tolok Ukur Capaian Program", "Target", "Tolok Ukur Keluaran", "Target", "Pagu Indikatif", "Prioritas Nasional", "Prioritas Daerah", "Sasaran Daerah"],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    ["I.", "1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase dukungan manajemen (%)", "100%", null, null, "300.000.000", "PN 1", "PD 2", "Tata kelola pemerintahan"],
    ["1.", "1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", null, null, "Jumlah dokumen perencanaan", "3 Dokumen", "100.000.000", "PN 1", "PD 2", null],
    ["1.1", "1.06.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", null, null, "Jumlah Dokumen Perencanaan", "2 Dokumen", "60.000.000", null, null, null],
    ["1.2", "1.06.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", null, null, "Jumlah Dokumen RKA-SKPD", "1", "40.000.000", null, null, null],
    ["2.", "1.06.01.2.02", "Administrasi Keuangan Perangkat Daerah", null, null, "Jumlah laporan keuangan", "12 Laporan", "200.000.000", null, null, null],
    ["2.1", "1.06.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", null, null, "Jumlah Orang yang Menerima Gaji", "85 Orang", "200.000.000", null, null, null],
  ];
  return sheetOf("Import RKPD", rows);
}

/** Kode over four columns under one merged column number; the last column holds kegiatan and sub kegiatan. */
export function kodeBlockSheet(): SheetGrid {
  const rows: CellValue[][] = [
    ["Tabel 4.1"],
    ["No", "Kode", null, null, null, "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2026", "Pagu Indikatif (Rp)", "Lokasi", "Sumber Dana"],
    ["1", "2", null, null, null, "3", "4", "5", "6", "7", "8"],
    ["I.", "1", "06", "01", null, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase dukungan manajemen (%)", "100%", "300.000.000", "Kab. Malang", "APBD"],
    ["1.", "1", "06", "01", "2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen perencanaan", "3 Dokumen", "100.000.000", "Kab. Malang", "APBD"],
    ["1.1", "1", "06", "01", "2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan", "2 Dokumen", "60.000.000", "Kab. Malang", "APBD"],
    ["1.2", "1", "06", "01", "2.01.002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah Dokumen RKA-SKPD", "1 Dokumen", "40.000.000", "Kab. Malang", "APBD"],
    ["2.", "1", "06", "01", "2.02", "Administrasi Keuangan Perangkat Daerah", "Jumlah laporan keuangan", "12 Laporan", "200.000.000", "Kab. Malang", "APBD"],
    ["2.1", "1", "06", "01", "2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji", "85 Orang", "200.000.000", "Kab. Malang", "APBD"],
    ["2.2", "1", "06", "01", "2.02.0001", "Penyediaan Tunjangan Keluarga ASN", "Jumlah Orang", "85 Orang", null, "Kab. Malang", "APBD"],
  ];
  return sheetOf("Renja", rows, ["B2:E2", "B3:E3"]);
}

/**
 * A planner's own sheet: one header row of plain names, no column-number row, the unit in its own column beside
 * each target, money as real numbers with a thousands format.
 */
export function plannerSheet(options: { paguHeader?: string } = {}): SheetGrid {
  const pagu = options.paguHeader ?? "Pagu 2026 (Rp)";
  const header = ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target 2026", "Satuan", pagu, "Target 2027", "Satuan", "Pagu 2027 (Rp)", "Sumber Dana", "Keterangan"];
  const rows: CellValue[][] = [
    header,
    ["1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase dukungan manajemen", 100, "%", 300_000_000, 100, "%", 330_000_000, "APBD", null],
    ["1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen perencanaan", 3, "Dokumen", 100_000_000, 3, "Dokumen", 110_000_000, "APBD", null],
    ["1.06.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan", 2, "Dokumen", 60_000_000, 2, "Dokumen", 66_000_000, "APBD", null],
    ["1.06.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah Dokumen RKA-SKPD", 1, null, 40_000_000, 1, "Dokumen", 44_000_000, "APBD", null],
    ["1.06.01.2.02", "Administrasi Keuangan Perangkat Daerah", "Jumlah laporan keuangan", 12, "Laporan", 200_000_000, 12, "Dokumen", 220_000_000, "APBD", null],
    ["1.06.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji", 85, "Orang", 190_000_000, 85, "Orang", 220_000_000, "APBD", null],
  ];
  const formats = rows.map((r, i) => r.map((_, c) => (i > 0 && (c === 5 || c === 8) ? "#,##0" : null)));
  return sheetOf("Rencana Saya", rows, [], formats);
}

/** Permendagri T-C.29 (Tabel 2.1, evaluasi) as the form prints it, without a column-number row. */
export function officialTC29(): SheetGrid {
  const rows: CellValue[][] = [
    ["Tabel 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja SKPD dan Pencapaian Renstra SKPD s/d Tahun 2025"],
    ["No", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", "Indikator Kinerja Program (outcomes)/ Kegiatan (output)", "Target Kinerja Capaian Program (Renstra SKPD) Tahun 2029", "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d dengan tahun 2023", "Target dan Realisasi Kinerja Program dan Kegiatan Tahun Lalu (2024)", null, null, "Target program dan kegiatan (Renja SKPD tahun 2025)", "Perkiraan Realisasi Capaian Target Renstra SKPD s/d tahun berjalan", null, "Unit SKPD penanggung jawab", "Ket."],
    [null, null, null, null, null, "Target Renja SKPD tahun 2024", "Realisasi Renja SKPD tahun 2024", "Tingkat Realisasi (%)", null, "Realisasi Capaian Program dan Kegiatan s/d tahun berjalan (2025)", "Tingkat Capaian Realisasi Target Renstra (%)"],
    ["I.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase dukungan manajemen (%)", "100%", "100%", "100%", "100%", "100", "100%", "100%", "100", "Dinas Sosial"],
    ["1.", "Kegiatan A", "Jumlah dokumen", "10 Dokumen", "4 Dokumen", "3 Dokumen", "3 Dokumen", "100", "3 Dokumen", "10 Dokumen", "100"],
    ["2.", "Kegiatan B", "Jumlah laporan", "12 Laporan", "3 Laporan", "4 Laporan", "3 Laporan", "80", "3 Laporan", "9 Laporan", "75"],
  ];
  return sheetOf("Evaluasi", rows, ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3", "J2:K2", "L2:L3", "M2:M3"]);
}
