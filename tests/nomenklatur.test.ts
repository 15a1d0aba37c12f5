import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { InputError } from "../src/cli/errors";
import { loadNomenklaturXlsx } from "../src/cli/nomenklatur-xlsx";
import { Findings, type Finding } from "../src/renja/finding";
import { SheetView, type CellRange, type CellValue, type SheetGrid } from "../src/renja/grid";
import type { ColumnRole, TableKind, TableModel, TableRow } from "../src/renja/model";
import { buildNomenklaturIndex, namaMatches, type NomenklaturIndex } from "../src/renja/nomenklatur";
import type { ValidateOptions } from "../src/renja/rules/context";
import { nomenklaturRule, resolveKodeByNama } from "../src/renja/rules/nomenklatur";

function sheet(name: string, values: CellValue[][], origin = { row: 0, col: 0 }, merges: CellRange[] = []): SheetGrid {
  return { name, origin, values, merges };
}

// The Kemendagri export's shape: title rows above, "kode nama" in each level column, one row per sub kegiatan.
const EXPORT_HEADER = ["JENIS PEMDA", "BIDANG", "PROGRAM", "KEGIATAN", "SUBKEGIATAN", "KINERJA", "INDIKATOR", "SATUAN", "TAG", "SUBKEGIATAN SEBELUMNYA"];
const SOSIAL = "1.06 URUSAN PEMERINTAHAN BIDANG SOSIAL";
const REHAB = "1.06.04 PROGRAM REHABILITASI SOSIAL";
const REHAB_KEG = "1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial";
const PENUNJANG_KAB = "X.XX.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA";
const PENUNJANG_PROV = "X.XX.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI";
const XX = "X.XX URUSAN PEMERINTAHAN BIDANG XX";

function exportGrid(): SheetGrid {
  return sheet(
    "Worksheet",
    [
      ["DAFTAR NOMENKLATUR SUB KEGIATAN", null, null],
      ["Pemutakhiran 2027"],
      [],
      EXPORT_HEADER,
      ["KABKOT", SOSIAL, REHAB, REHAB_KEG, "1.06.04.2.01.0001 Penyediaan Permakanan", "Terpenuhinya Kebutuhan Permakanan", "Jumlah Orang yang Mendapatkan Permakanan", "Orang", null, null],
      ["KABKOT", SOSIAL, REHAB, REHAB_KEG, "1.06.04.2.01.0007 Pemberian Layanan Rujukan", "Terlaksananya Rujukan", "Jumlah Orang yang Mendapatkan Layanan Rujukan", "Orang", null, "1.06.04.2.01.0003 Pemberian Rujukan Lama"],
      ["KABKOT", XX, PENUNJANG_KAB, "X.XX.01.2.02 Administrasi Keuangan Perangkat Daerah", "X.XX.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN", "Tersedianya Gaji", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang/bulan", null, null],
      ["PROV", XX, PENUNJANG_PROV, "X.XX.01.1.02 Administrasi Keuangan Perangkat Daerah", "X.XX.01.1.02.0001 Penyediaan Gaji dan Tunjangan ASN", "Tersedianya Gaji", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang/bulan", null, null],
      // The same kode listed for provinsi and for kabupaten/kota with different nama.
      ["PROV", SOSIAL, REHAB, "1.06.04.3.01 Kegiatan Khusus", "1.06.04.3.01.0001 Pelatihan Pendamping", "Terlatihnya Pendamping", "Jumlah Pendamping", "Orang", null, null],
      ["KABKOT", SOSIAL, REHAB, "1.06.04.3.01 Kegiatan Khusus", "1.06.04.3.01.0001 Penyediaan Alat Bantu", "Tersedianya Alat Bantu", "Jumlah Alat Bantu", "Unit / Paket", null, null],
      [],
      ["Sumber: Kemendagri"],
    ],
    { row: 2, col: 1 },
  );
}

describe("buildNomenklaturIndex", () => {
  it("reads the Kemendagri export with its header below title rows and away from A1", () => {
    const { index, problems } = buildNomenklaturIndex(exportGrid(), "daftar.xlsx");
    expect(problems).toEqual([]);
    expect(index.name).toBe("daftar.xlsx");
    expect([...index.levels].sort()).toEqual(["bidang", "kegiatan", "program", "subkegiatan"]);

    const sub = index.get("1.06.04.2.01.0001");
    expect(sub).toMatchObject({
      kode: "1.06.04.2.01.0001",
      level: "subkegiatan",
      nama: "Penyediaan Permakanan",
      indikator: ["Jumlah Orang yang Mendapatkan Permakanan"],
      satuan: ["Orang"],
      kinerja: ["Terpenuhinya Kebutuhan Permakanan"],
      jenisPemda: ["KABKOT"],
    });
    // Upper levels repeat on every row and carry no indikator of their own.
    expect(index.get("1.06")).toMatchObject({ level: "bidang", nama: "URUSAN PEMERINTAHAN BIDANG SOSIAL", indikator: [], satuan: [] });
    expect(index.get("1.06.04")?.nama).toBe("PROGRAM REHABILITASI SOSIAL");
    expect(index.get("1.06.04.2.01")?.level).toBe("kegiatan");
    expect(index.get("1.06.04.2.01.9999")).toBeUndefined();
    // 1.06, X.XX, 1.06.04, X.XX.01, 3 kegiatan, 5 sub kegiatan
    expect(index.size).toBe(2 + 2 + 4 + 5);
  });

  it("keeps both variants of a kode listed with different nama", () => {
    const { index } = buildNomenklaturIndex(exportGrid(), "daftar.xlsx");
    const v = index.variants("1.06.04.3.01.0001");
    expect(v.map((e) => [e.nama, e.jenisPemda])).toEqual([
      ["Pelatihan Pendamping", ["PROV"]],
      ["Penyediaan Alat Bantu", ["KABKOT"]],
    ]);
    expect([...index.entries()].filter((e) => e.kode === "1.06.04.3.01.0001")).toHaveLength(2);
  });

  it("resolves a bidang's penunjang kode through the list's shared X.XX entries", () => {
    const { index } = buildNomenklaturIndex(exportGrid(), "daftar.xlsx");
    const gaji = index.get("1.06.01.2.02.0001");
    expect(gaji).toMatchObject({ kode: "1.06.01.2.02.0001", nama: "Penyediaan Gaji dan Tunjangan ASN", satuan: ["Orang/bulan"] });
    expect(gaji?.catatan).toContain("X.XX.01.2.02.0001");
    expect(index.variants("2.08.01").map((e) => e.nama).sort()).toEqual([
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
    ]);
    // Only programs and below are shared: a bidang of its own is not X.XX.
    expect(index.get("2.08")).toBeUndefined();
  });

  it("records what the update replaced (SUBKEGIATAN SEBELUMNYA)", () => {
    const { index } = buildNomenklaturIndex(exportGrid(), "daftar.xlsx");
    const e = index.get("1.06.04.2.01.0007");
    expect(e?.sebelumnya).toEqual([{ kode: "1.06.04.2.01.0003", nama: "Pemberian Rujukan Lama" }]);
    expect(e?.catatan).toBe("Pemutakhiran: menggantikan 1.06.04.2.01.0003 Pemberian Rujukan Lama");
    expect(index.replacedBy("1.06.04.2.01.0003").map((x) => x.kode)).toEqual(["1.06.04.2.01.0007"]);
    expect(index.replacedBy("1.06.04.2.01.0001")).toEqual([]);
    expect(index.get("1.06.04.2.01.0001")?.catatan).toBeUndefined();
  });

  it("reads a kode split over columns under a merged two-row header, columns in another order", () => {
    // Satuan and indikator before the nama; KODE merged over five columns with the level names below it.
    const g = sheet(
      "Lampiran",
      [
        ["Lampiran II"],
        ["SATUAN", "INDIKATOR KINERJA", "KODE", null, null, null, null, "NOMENKLATUR URUSAN/BIDANG URUSAN/PROGRAM/KEGIATAN/SUB KEGIATAN"],
        [null, null, "Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", null],
        [null, null, 1, null, null, null, null, "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"],
        [null, null, 1, 6, null, null, null, "URUSAN PEMERINTAHAN BIDANG SOSIAL"],
        [null, null, "1", "06", "04", null, null, "PROGRAM REHABILITASI SOSIAL"],
        [null, null, "1", "06", "04", "2.01", null, "Rehabilitasi Sosial Dasar di Luar Panti"],
        ["Orang", "Jumlah Orang yang Mendapatkan Permakanan", "1", "06", "04", "2.01", "0001", "Penyediaan Permakanan"],
        ["Unit", "Jumlah Alat Bantu", 1, 6, 4, "2.01", 4, "Penyediaan Alat Bantu"],
      ],
      { row: 0, col: 0 },
      [
        { r1: 1, c1: 2, r2: 1, c2: 6 },
        { r1: 1, c1: 0, r2: 2, c2: 0 },
        { r1: 1, c1: 1, r2: 2, c2: 1 },
        { r1: 1, c1: 7, r2: 2, c2: 7 },
      ],
    );
    const { index, problems } = buildNomenklaturIndex(g, "lampiran.xlsx");
    expect(problems).toEqual([]);
    expect(index.get("1")).toMatchObject({ level: "urusan", nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" });
    expect(index.get("1.06")?.nama).toBe("URUSAN PEMERINTAHAN BIDANG SOSIAL");
    expect(index.get("1.06.04.2.01")?.nama).toBe("Rehabilitasi Sosial Dasar di Luar Panti");
    expect(index.get("1.06.04.2.01.0001")).toMatchObject({ nama: "Penyediaan Permakanan", satuan: ["Orang"], indikator: ["Jumlah Orang yang Mendapatkan Permakanan"] });
    // Numeric cells lost their zeros (6 for "06", 4 for "0004"); the column's part says how wide it is.
    expect(index.get("1.06.04.2.01.0004")).toMatchObject({ nama: "Penyediaan Alat Bantu", satuan: ["Unit"] });
    expect(index.size).toBe(6);
  });

  it("reads a dotted kode column and a nama column, reports rows it cannot read", () => {
    const g = sheet("Data", [
      ["No", "Nomenklatur", "Satuan", "Kode"],
      [1, "PROGRAM REHABILITASI SOSIAL", null, "1.06.04"],
      [2, "Penyediaan Permakanan", "Orang", " 1.06.04.2.01.0001 "],
      [3, "Kode rusak", "Orang", "1.6.4.2.1.1"],
      [4, "Tanpa kode", "Orang", null],
      [5, "", "Orang", "1.06.04.2.01.0002"],
    ]);
    const { index, problems } = buildNomenklaturIndex(g, "data.xlsx");
    expect(index.get("1.06.04")?.nama).toBe("PROGRAM REHABILITASI SOSIAL");
    expect(index.get("1.06.04.2.01.0001")?.satuan).toEqual(["Orang"]);
    expect(index.size).toBe(2);
    expect(problems).toEqual([
      'Lembar "Data" baris 4: kode "1.6.4.2.1.1" tidak berbentuk baku; baris dilewati.',
      'Lembar "Data" baris 6: kode 1.06.04.2.01.0002 tanpa nama; baris dilewati.',
    ]);
  });

  it("reads kode/nama column pairs per level and passes over sheets without a list", () => {
    const cover = sheet("Sampul", [["Keputusan Menteri Dalam Negeri"], ["Nomor 900.1.15.5"]]);
    const pairs = sheet("Daftar", [
      ["Kode Program", "Nama Program", "Kode Sub Kegiatan", "Nama Sub Kegiatan", "Satuan"],
      ["1.06.04", "Program Rehabilitasi Sosial", "1.06.04.2.01.0001", "Penyediaan Permakanan", "Orang"],
    ]);
    const { index, problems } = buildNomenklaturIndex([cover, pairs], "pasangan.xlsx");
    expect(problems).toEqual([]);
    expect(index.get("1.06.04")?.nama).toBe("Program Rehabilitasi Sosial");
    expect(index.get("1.06.04.2.01.0001")).toMatchObject({ nama: "Penyediaan Permakanan", satuan: ["Orang"] });
  });

  it("says so when no sheet is a nomenclature list", () => {
    const g = sheet("Renja", [["Tabel 4.1"], ["No", "Pagu Indikatif", "Lokasi"], [1, 1000, "Kab. Malang"]]);
    const { index, problems } = buildNomenklaturIndex(g, "renja.xlsx");
    expect(index.size).toBe(0);
    expect(problems).toEqual(['Tidak ditemukan judul kolom daftar nomenklatur (kode dan nama sub kegiatan) pada lembar "Renja".']);
  });
});

describe("namaMatches", () => {
  it("ignores case, spaces and punctuation", () => {
    expect(namaMatches("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/ KOTA", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota")).toEqual({ same: true, similarity: 1 });
    expect(namaMatches("Koordinasi dan Penyusunan Dokumen RKA- SKPD", "Koordinasi dan Penyusunan Dokumen RKA-SKPD").same).toBe(true);
    expect(namaMatches("Pemberian Bimbingan Aktivitas Hidup Sehari-Hari", "Pemberian Bimbingan Aktivitas Hidup Sehari Hari.").same).toBe(true);
  });

  it("accepts a nama without its level words", () => {
    expect(namaMatches("Sosial", "URUSAN PEMERINTAHAN BIDANG SOSIAL").same).toBe(true);
    expect(namaMatches("Rehabilitasi Sosial", "PROGRAM REHABILITASI SOSIAL").same).toBe(true);
  });

  it("rates a small difference at or above 0.9 and a different nama below", () => {
    const slight = namaMatches("Pencetakan dan Penggandaan Buku Cetak", "Pencetakan dan Penggandaan Buku Cetakan");
    expect(slight.same).toBe(false);
    expect(slight.similarity).toBeGreaterThanOrEqual(0.9);
    expect(slight.similarity).toBeLessThan(1);
    const other = namaMatches("Penyediaan Gaji dan Tunjangan ASN", "Penyediaan Administrasi Pelaksanaan Tugas ASN");
    expect(other.same).toBe(false);
    expect(other.similarity).toBeLessThan(0.9);
  });

  it("treats an empty nama as different from any other", () => {
    expect(namaMatches("", "Penyediaan Permakanan")).toEqual({ same: false, similarity: 0 });
    expect(namaMatches("", "").same).toBe(true);
  });
});

// --- the rule on a hand-built Tabel 4.1 -------------------------------------------------------------------

interface Built {
  table: TableModel;
  view: SheetView;
}

/** A table with kode split over five columns (B–F), nama G, indikator H, target I, pagu J; header rows 1–2. */
function table41(rows: { kode: CellValue[]; nama: string; target?: CellValue; level?: TableRow["level"] }[], kind: TableKind = "T4.1"): Built {
  const values: CellValue[][] = [
    ["No", "Kode", null, null, null, null, "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu Indikatif"],
    [1, 2, null, null, null, null, 3, 4, 8, 9],
  ];
  const tableRows: TableRow[] = [];
  for (const row of rows) {
    const r = values.length;
    const kode = [...row.kode, null, null, null, null, null].slice(0, 5);
    values.push([null, ...kode, row.nama, "Indikator", row.target ?? null, 1000]);
    const kodeParts = kode.map((v) => (v === null ? "" : String(v)));
    tableRows.push({ r, level: row.level ?? "other", no: "", kodeText: kodeParts.filter((p) => p !== "").join("."), kodeParts, nama: row.nama, indikator: "Indikator" });
  }
  const columns: Partial<Record<ColumnRole, number[]>> = { no: [0], kode: [1, 2, 3, 4, 5], nama: [6], indikator: [7], target: [8], pagu: [9] };
  const table: TableModel = { kind, sheet: "T4.1", headerTop: 0, numberRow: 1, columns, rows: tableRows, bottom: values.length - 1, repeatedHeaders: [] };
  return { table, view: new SheetView(sheet("T4.1", values)) };
}

function run(built: Built, options: ValidateOptions): Finding[] {
  const findings = new Findings();
  nomenklaturRule({ ...built, findings, options });
  return findings.list;
}

describe("nomenklaturRule", () => {
  const { index } = buildNomenklaturIndex(exportGrid(), "nomenklatur-2027.xlsx");

  it("passes rows that match the list, including shared X.XX kode and a unit written differently", () => {
    const built = table41([
      { kode: ["1", "06"], nama: "URUSAN PEMERINTAHAN BIDANG SOSIAL" },
      { kode: ["1", "06", "01"], nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/ KOTA" },
      { kode: ["1", "06", "01", "2.02", "0001"], nama: "Penyediaan Gaji dan Tunjangan ASN", target: "34 Orang/Bula n" },
      { kode: ["1", "06", "04", "2.01", "0001"], nama: "penyediaan permakanan", target: "120 orang" },
      // Either unit of "Unit / Paket"; the kabupaten/kota variant of a kode listed twice.
      { kode: ["1", "06", "04", "3.01", "0001"], nama: "Penyediaan Alat Bantu", target: "5 Paket" },
      // The list has no urusan rows: an urusan is not looked up.
      { kode: ["1"], nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
    ]);
    expect(run(built, { nomenklatur: index })).toEqual([]);
  });

  it("does nothing without a list", () => {
    const built = table41([{ kode: ["9", "99", "99", "2.99", "9999"], nama: "Tidak Ada" }]);
    expect(run(built, {})).toEqual([]);
  });

  it("reports a kode missing from the list, naming the list, and its successor when the update replaced it", () => {
    const built = table41([
      { kode: ["1", "06", "04", "2.01", "0099"], nama: "Kegiatan Karangan" },
      { kode: ["1", "06", "04", "2.01", "0003"], nama: "Pemberian Rujukan Lama" },
    ]);
    const f = run(built, { nomenklatur: index, nomenklaturName: "nomenklatur-subkegiatan-pemutakhiran-2027.xlsx" });
    expect(f).toEqual([
      {
        rule: "nomenklatur.kode-tidak-ada",
        category: "nomenklatur",
        severity: "error",
        sheet: "T4.1",
        cell: "B3",
        message: "Kode 1.06.04.2.01.0099 tidak ada dalam Nomenklatur Kepmendagri (nomenklatur-subkegiatan-pemutakhiran-2027.xlsx).",
        actual: "1.06.04.2.01.0099",
      },
      {
        rule: "nomenklatur.kode-tidak-ada",
        category: "nomenklatur",
        severity: "error",
        sheet: "T4.1",
        cell: "B4",
        message:
          "Kode 1.06.04.2.01.0003 tidak ada dalam Nomenklatur Kepmendagri (nomenklatur-subkegiatan-pemutakhiran-2027.xlsx). Dalam daftar itu sub kegiatan ini telah dimutakhirkan menjadi 1.06.04.2.01.0007 Pemberian Layanan Rujukan.",
        actual: "1.06.04.2.01.0003",
        expected: "1.06.04.2.01.0007",
      },
    ]);
  });

  it("names the kode the list gives the row's nama, when the kode was renumbered", () => {
    const built = table41([
      { kode: ["1", "06", "04", "2.01", "0002"], nama: "Penyediaan Permakanan" },
      // Listed once for kabupaten/kota (X.XX.01.2.02) and once for provinsi (X.XX.01.1.02): the row's digit decides.
      { kode: ["1", "06", "01", "2.02", "0009"], nama: "Penyediaan Gaji dan Tunjangan ASN" },
      { kode: ["1", "06", "04", "2.01", "0008"], nama: "Nama Yang Tidak Ada" },
    ]);
    const f = run(built, { nomenklatur: index });
    expect(f.map((x) => [x.cell, x.expected, x.message])).toEqual([
      ["B3", "1.06.04.2.01.0001", 'Kode 1.06.04.2.01.0002 tidak ada dalam Nomenklatur Kepmendagri (nomenklatur-2027.xlsx). Nama "Penyediaan Permakanan" dalam daftar itu berkode 1.06.04.2.01.0001.'],
      ["B4", "1.06.01.2.02.0001", 'Kode 1.06.01.2.02.0009 tidak ada dalam Nomenklatur Kepmendagri (nomenklatur-2027.xlsx). Nama "Penyediaan Gaji dan Tunjangan ASN" dalam daftar itu berkode 1.06.01.2.02.0001.'],
      ["B5", undefined, "Kode 1.06.04.2.01.0008 tidak ada dalam Nomenklatur Kepmendagri (nomenklatur-2027.xlsx)."],
    ]);
  });

  // Issue 12: typos are tolerated (an info that still offers the fix), a real difference is a warning.
  it("reports a nama that differs: slightly as an info, otherwise as a warning, with the list's nama as fix", () => {
    const built = table41([
      { kode: ["1", "06", "04", "2.01", "0001"], nama: "Penyediaan Permakanann" },
      { kode: ["1", "06", "04", "2.01", "0007"], nama: "Penyaluran Bantuan Langsung Tunai" },
    ]);
    const f = run(built, { nomenklatur: index });
    expect(f).toEqual([
      {
        rule: "nomenklatur.nama-berbeda",
        category: "nomenklatur",
        severity: "info",
        sheet: "T4.1",
        cell: "G3",
        message: 'Nama untuk kode 1.06.04.2.01.0001 berbeda sedikit dari Nomenklatur Kepmendagri (nomenklatur-2027.xlsx): tertulis "Penyediaan Permakanann", seharusnya "Penyediaan Permakanan".',
        expected: "Penyediaan Permakanan",
        actual: "Penyediaan Permakanann",
        fix: { sheet: "T4.1", cell: "G3", value: "Penyediaan Permakanan", label: "Ganti nama sesuai nomenklatur" },
      },
      {
        rule: "nomenklatur.nama-berbeda",
        category: "nomenklatur",
        severity: "warning",
        sheet: "T4.1",
        cell: "G4",
        message:
          'Nama untuk kode 1.06.04.2.01.0007 tidak sesuai dengan Nomenklatur Kepmendagri (nomenklatur-2027.xlsx): tertulis "Penyaluran Bantuan Langsung Tunai", seharusnya "Pemberian Layanan Rujukan".',
        expected: "Pemberian Layanan Rujukan",
        actual: "Penyaluran Bantuan Langsung Tunai",
        fix: { sheet: "T4.1", cell: "G4", value: "Pemberian Layanan Rujukan", label: "Ganti nama sesuai nomenklatur" },
      },
    ]);
  });

  it("proposes no nama fix when the written nama is another kode's in the list: the kode may be the wrong one", () => {
    const built = table41([{ kode: ["1", "06", "04", "2.01", "0007"], nama: "Penyediaan Permakanan" }]);
    expect(run(built, { nomenklatur: index })).toEqual([
      {
        rule: "nomenklatur.nama-berbeda",
        category: "nomenklatur",
        severity: "warning",
        sheet: "T4.1",
        cell: "G3",
        message:
          'Nama untuk kode 1.06.04.2.01.0007 tidak sesuai dengan Nomenklatur Kepmendagri (nomenklatur-2027.xlsx): tertulis "Penyediaan Permakanan", seharusnya "Pemberian Layanan Rujukan". Nama "Penyediaan Permakanan" dalam daftar itu berkode 1.06.04.2.01.0001: periksa kodenya.',
        expected: "Pemberian Layanan Rujukan",
        actual: "Penyediaan Permakanan",
      },
    ]);
  });

  it("reports a program or kegiatan whose nama the list has under another bidang, once", () => {
    const { index: two } = buildNomenklaturIndex(
      sheet("Daftar", [
        ["Kode", "Nama"],
        ["1.05", "URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM"],
        ["1.05.03", "PROGRAM PENANGGULANGAN BENCANA"],
        ["1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL"],
        ["1.06.04", "PROGRAM REHABILITASI SOSIAL"],
      ]),
      "daftar.xlsx",
    );
    const built = table41([
      // Not in the list at all, its nama is 1.06's: under the wrong bidang.
      { kode: ["1", "05", "04"], nama: "PROGRAM REHABILITASI SOSIAL", level: "program" },
      // In the list as another program, its nama is 1.06's.
      { kode: ["1", "05", "03"], nama: "PROGRAM REHABILITASI SOSIAL", level: "program" },
    ]);
    expect(run(built, { nomenklatur: two })).toEqual(
      ["B3", "B4"].map((cell, i) => ({
        rule: "nomenklatur.bidang-berbeda",
        category: "nomenklatur",
        severity: "error",
        sheet: "T4.1",
        cell,
        message: `Program "PROGRAM REHABILITASI SOSIAL" dalam Nomenklatur Kepmendagri (daftar.xlsx) berada di bidang urusan 1.06 dengan kode 1.06.04, bukan di bidang urusan 1.05 (kode ${["1.05.04", "1.05.03"][i]}).`,
        actual: ["1.05.04", "1.05.03"][i],
        expected: "1.06.04",
      })),
    );
  });

  it("tolerates common short forms of the nama (Kab., dgn, &)", () => {
    expect(namaMatches("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KAB./KOTA", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA").same).toBe(true);
    expect(namaMatches("Koordinasi dgn Instansi Terkait & Masyarakat", "Koordinasi dengan Instansi Terkait dan Masyarakat").same).toBe(true);
    // A real word is not read as a short form: "Kabel" stays "Kabel".
    expect(namaMatches("Pemeliharaan Kabel", "Pemeliharaan Kabupaten").same).toBe(false);
  });

  it("holds a kode listed for provinsi and for kabupaten/kota to the variant of the agency's jenis pemda", () => {
    // 1.06.04.3.01.0001 is "Pelatihan Pendamping" for provinsi and "Penyediaan Alat Bantu" for kabupaten/kota; the
    // table's kegiatan mostly carry digit 2 (kabupaten/kota), so the provinsi nama is not the agency's.
    const rows = [
      { kode: ["1", "06", "04", "2.01", "0001"], nama: "Penyediaan Permakanan" },
      { kode: ["1", "06", "04", "2.01", "0007"], nama: "Pemberian Layanan Rujukan" },
      { kode: ["1", "06", "04", "3.01", "0001"], nama: "Pelatihan Pendamping" },
    ];
    expect(run(table41(rows), { nomenklatur: index }).map((f) => [f.cell, f.severity, f.expected, f.fix?.value])).toEqual([["G5", "warning", "Penyediaan Alat Bantu", "Penyediaan Alat Bantu"]]);
    // A title naming a provinsi makes the provinsi variant the agency's.
    const prov = table41(rows);
    const values = [["Rencana Kerja Dinas Sosial Provinsi Jawa Timur Tahun 2027"], ...prov.view.grid.values];
    const shifted: Built = { table: { ...prov.table, headerTop: 1, numberRow: 2, rows: prov.table.rows.map((r) => ({ ...r, r: r.r + 1 })), bottom: prov.table.bottom + 1 }, view: new SheetView(sheet("T4.1", values)) };
    // … and the two sub kegiatan listed only for kabupaten/kota are not a provinsi's.
    expect(run(shifted, { nomenklatur: index }).map((f) => [f.rule, f.cell, f.message])).toEqual([
      ["nomenklatur.jenis-pemda", "B4", "Sub kegiatan 1.06.04.2.01.0001 dalam Nomenklatur Kepmendagri (nomenklatur-2027.xlsx) hanya untuk pemerintah kabupaten/kota, sedangkan Renja ini milik pemerintah provinsi."],
      ["nomenklatur.jenis-pemda", "B5", "Sub kegiatan 1.06.04.2.01.0007 dalam Nomenklatur Kepmendagri (nomenklatur-2027.xlsx) hanya untuk pemerintah kabupaten/kota, sedangkan Renja ini milik pemerintah provinsi."],
    ]);
  });

  it("reports a target unit the list does not give for the kode, at the target cell", () => {
    const built = table41([
      { kode: ["1", "06", "01", "2.02", "0001"], nama: "Penyediaan Gaji dan Tunjangan ASN", target: "34 ASN" },
      { kode: ["1", "06", "04", "2.01", "0001"], nama: "Penyediaan Permakanan", target: "-" },
    ]);
    const f = run(built, { nomenklatur: index });
    expect(f).toEqual([
      {
        rule: "nomenklatur.satuan-berbeda",
        category: "nomenklatur",
        severity: "warning",
        sheet: "T4.1",
        cell: "I3",
        message: 'Satuan "ASN" pada target kode 1.06.01.2.02.0001 tidak sesuai dengan satuan dalam Nomenklatur Kepmendagri (nomenklatur-2027.xlsx): Orang/bulan.',
        expected: "Orang/bulan",
        actual: "ASN",
      },
    ]);
  });

  it("reads the kode in one column, repairs a space-split segment, and leaves unreadable kode to the kode rule", () => {
    const built = table41([
      { kode: ["1", "06", "04", "2.0 1", "00 01"], nama: "Penyediaan Permakanan", target: "3 Keluarga" },
      { kode: ["1", "06", "04", "2.01", "01"], nama: "Penyediaan Permakanan" },
      { kode: ["1.06.04.2.01.0001"], nama: "Penyediaan Permakanan" },
    ]);
    const f = run(built, { nomenklatur: index });
    expect(f.map((x) => [x.rule, x.cell, x.actual])).toEqual([["nomenklatur.satuan-berbeda", "I3", "Keluarga"]]);
  });

  it("reads a unit wrapped by a PDF paste, and counts a misspelt unit as the one it suggests", () => {
    const built = table41([
      { kode: ["1", "06", "04", "2.01", "0001"], nama: "Penyediaan Permakanan", target: "12 Ora ng" },
      { kode: ["1", "06", "04", "2.01", "0001"], nama: "Penyediaan Permakanan", target: "12 Orangg" },
    ]);
    expect(run(built, { nomenklatur: index })).toEqual([]);
  });

  it("leaves a row whose nama names another level than its kode to the kode rule", () => {
    // "PROGRAM …" carrying a kegiatan kode: the kode is wrong, not the nama.
    const built = table41([{ kode: ["1", "06", "04", "2.01"], nama: "PROGRAM REHABILITASI SOSIAL", level: "program" }]);
    expect(run(built, { nomenklatur: index })).toEqual([]);
    const same = table41([{ kode: ["1", "06", "04", "2.01"], nama: "PROGRAM REHABILITASI SOSIAL", level: "kegiatan" }]);
    expect(run(same, { nomenklatur: index }).map((x) => x.rule)).toEqual(["nomenklatur.nama-berbeda"]);
  });
});

describe("resolveKodeByNama", () => {
  const { index } = buildNomenklaturIndex(exportGrid(), "daftar.xlsx");

  it("picks the candidate whose list nama matches", () => {
    expect(resolveKodeByNama(index, "1.06.04.2.01", "Pemberian Layanan Rujukan", ["0007", "0070", "0700"])).toBe("0007");
    expect(resolveKodeByNama(index, "1.06.04.2.01", "Penyediaan Permakanan", ["1.06.04.2.01.0001", "1.06.04.2.01.0010"])).toBe("1.06.04.2.01.0001");
    expect(resolveKodeByNama(index, "1.06.04.2.01", "Pemberian Layanan Rujukn", ["0007", "0070"])).toBe("0007");
  });

  it("gives nothing when no candidate or more than one matches", () => {
    expect(resolveKodeByNama(index, "1.06.04.2.01", "Kegiatan Lain Sama Sekali", ["0001", "0007"])).toBeUndefined();
    expect(resolveKodeByNama(index, "1.06.04.2.01", "Penyediaan Permakanan", ["0002", "0020"])).toBeUndefined();
  });
});

// --- the CLI loader -----------------------------------------------------------------------------------------

describe("loadNomenklaturXlsx", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nomenklatur-"));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function writeXlsx(file: string, sheets: Record<string, CellValue[][]>): Promise<string> {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(sheets)) {
      const ws = wb.addWorksheet(name);
      for (const row of rows) ws.addRow(row);
    }
    const p = path.join(dir, file);
    await wb.xlsx.writeFile(p);
    return p;
  }

  it("loads a list from .xlsx and names it by its file", async () => {
    const p = await writeXlsx("kecil.xlsx", {
      Catatan: [["Daftar ini diunduh dari SIPD"]],
      Nomenklatur: exportGrid().values,
    });
    const index = await loadNomenklaturXlsx(p);
    expect(index.name).toBe("kecil.xlsx");
    expect(index.get("1.06.04.2.01.0007")?.sebelumnya?.[0].kode).toBe("1.06.04.2.01.0003");
    expect(index.get("1.06.01.2.02.0001")?.nama).toBe("Penyediaan Gaji dan Tunjangan ASN");
  });

  it("throws an InputError in Bahasa Indonesia for a workbook that is no list, a missing file and a non-xlsx file", async () => {
    const renja = await writeXlsx("renja.xlsx", { "Tabel 4.1": [["No", "Pagu"], [1, 1000]] });
    await expect(loadNomenklaturXlsx(renja)).rejects.toThrow(InputError);
    await expect(loadNomenklaturXlsx(renja)).rejects.toThrow(/bukan daftar nomenklatur Kepmendagri/);
    await expect(loadNomenklaturXlsx(path.join(dir, "tidak-ada.xlsx"))).rejects.toThrow(/Berkas nomenklatur tidak ditemukan/);
    const csv = path.join(dir, "daftar.csv");
    fs.writeFileSync(csv, "kode,nama\n1.06,Sosial\n");
    await expect(loadNomenklaturXlsx(csv)).rejects.toThrow(/tidak dapat dibaca sebagai workbook Excel/);
  });
});

// --- the real 2027 export, when shared/ is beside the repository ---------------------------------------------

const REAL = path.resolve(__dirname, "../../shared/reference/nomenklatur-subkegiatan-pemutakhiran-2027.xlsx");
const realPresent = fs.existsSync(REAL);
const CI = process.env.CI === "true" || process.env.CI === "1";
/** Runs with the real list; without it, reports the skip (and fails under CI, where the list must be present). */
const itReal = (name: string, fn: (index: NomenklaturIndex) => void): void => {
  if (!realPresent) {
    it(name, () => {
      if (CI) throw new Error(`CI=true, but ${REAL} is not present`);
      console.log("skipped: ../shared/reference not present");
    });
    return;
  }
  it(name, async () => fn(await realIndex()));
};
let cached: Promise<NomenklaturIndex> | undefined;
const realIndex = (): Promise<NomenklaturIndex> => (cached ??= loadNomenklaturXlsx(REAL));

describe("the Kepmendagri 2027 export", () => {
  itReal("holds many thousands of entries at bidang … sub kegiatan level", (index) => {
    expect(index.name).toBe("nomenklatur-subkegiatan-pemutakhiran-2027.xlsx");
    const byLevel = new Map<string, number>();
    for (const e of index.entries()) byLevel.set(e.level, (byLevel.get(e.level) ?? 0) + 1);
    expect(index.size).toBeGreaterThan(8000);
    expect(byLevel.get("subkegiatan")).toBeGreaterThan(7000);
    expect(byLevel.get("kegiatan")).toBeGreaterThan(1000);
    expect(byLevel.get("program")).toBeGreaterThan(200);
    expect(byLevel.get("bidang")).toBeGreaterThan(40);
    expect(byLevel.has("urusan")).toBe(false);
  });

  itReal("resolves the sample's kode to their nama, indikator and satuan", (index) => {
    expect(index.get("1.06.01.2.02.0001")).toMatchObject({ nama: "Penyediaan Gaji dan Tunjangan ASN", indikator: ["Jumlah Orang yang Menerima Gaji dan Tunjangan ASN"], satuan: ["Orang/bulan"] });
    expect(index.get("1.06.01.2.01.0006")?.nama).toBe("Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD");
    expect(index.get("1.06")?.nama).toBe("URUSAN PEMERINTAHAN BIDANG SOSIAL");
    expect(index.variants("1.06.01").map((e) => e.nama)).toContain("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
    expect(index.get("1.06.04.2.01.0001")).toMatchObject({ nama: "Penyediaan Permakanan", satuan: ["Orang"], jenisPemda: ["KABKOT"] });
  });

  itReal("marks the sub kegiatan the 2027 update replaced", (index) => {
    const e = index.get("1.02.02.1.02.0035");
    expect(e?.sebelumnya).toEqual([{ kode: "1.02.02.1.02.0013", nama: "Pengelolaan Pelayanan Kesehatan Orang dengan Masalah Kesehatan Jiwa (ODMK)" }]);
    expect(e?.catatan).toMatch(/^Pemutakhiran: menggantikan 1\.02\.02\.1\.02\.0013 /);
    expect(index.replacedBy("1.02.02.1.02.0013").map((x) => x.kode)).toEqual(["1.02.02.1.02.0035"]);
    expect(index.get("1.02.02.1.02.0013")).toBeUndefined();
    const replacing = [...index.entries()].filter((x) => (x.sebelumnya ?? []).length > 0);
    expect(replacing.length).toBeGreaterThan(300);
  });

  itReal("keeps the provinsi and kabupaten/kota variants of a kode", (index) => {
    const v = index.variants("1.01.02.3.04.0030");
    expect(v.map((e) => e.jenisPemda)).toEqual(expect.arrayContaining([["PROV"], ["KABKOT"]]));
    expect(v).toHaveLength(2);
  });

  itReal("checks rows of the sample's Tabel 4.1 against it", (index) => {
    const built = table41([
      { kode: ["1", "06", "01", "2.02", "0001"], nama: "Penyediaan Gaji dan Tunjangan ASN", target: "34 ASN" },
      { kode: ["1", "06", "01", "2.01", "0006"], nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", target: "3 laporan" },
      // The sample's kode from before a renumbering; the 2027 list has this nama at 0012.
      { kode: ["1", "06", "02", "2.03", "0005"], nama: "Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)" },
    ]);
    const f = run(built, { nomenklatur: index });
    expect(f.map((x) => [x.rule, x.cell, x.expected])).toEqual([
      ["nomenklatur.satuan-berbeda", "I3", "Orang/bulan"],
      ["nomenklatur.kode-tidak-ada", "B5", "1.06.02.2.03.0012"],
    ]);
  });
});
