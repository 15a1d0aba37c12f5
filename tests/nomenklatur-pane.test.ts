// The task pane's nomenclature: the built-in list by default (its own chunk, imported on first validation),
// "Muat daftar nomenklatur" reading a picked .xlsx in the pane, and switching the checks off.
import ExcelJS from "exceljs";
import { createMemoryExcel } from "../src/excel/memory";
import type { CellValue, WorkbookGrid } from "../src/renja/grid";
import { builtinNomenklatur } from "../src/renja/nomenklatur-bawaan";
import { builtinNomenklaturIndex, describeNomenklatur, loadNomenklaturFile, nomenklaturOptions, nomenklaturSource, setNomenklaturSource } from "../src/taskpane/nomenklatur-service";
import { createExcelPort, runValidation } from "../src/taskpane/services";
import { readXlsxValues } from "../src/taskpane/xlsx-values";

async function xlsxBytes(sheets: Record<string, CellValue[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A Renja Tabel 4.1 of one kabupaten with one sub kegiatan, kode in five columns. */
function renja(nama: string, target: string): WorkbookGrid {
  const values: CellValue[][] = [
    ["Tabel 4.1"],
    ["Rencana Kerja dan Pendanaan Dinas Sosial Kabupaten Malang Tahun 2027"],
    ["No", "Kode", null, null, null, null, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", "Indikator Program/Kegiatan/Sub Kegiatan", "Target Akhir Periode Renstra", "Realisasi Capaian", "Prakiraan Capaian", "Target 2027", "Pagu Indikatif (Rp.)", "Lokasi", "Sumber Dana"],
    [1, 2, null, null, null, null, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [null, 1, "06", "04", "2.01", "0001", nama, "Jumlah Orang yang Mendapatkan Permakanan", target, target, target, target, 12_000_000, "Kab. Malang", "DAU"],
  ];
  return { sheets: [{ name: "Tabel 4.1", origin: { row: 0, col: 0 }, values, merges: [{ r1: 2, c1: 1, r2: 2, c2: 5 }] }] };
}

async function validate(grid: WorkbookGrid) {
  const host = createMemoryExcel(structuredClone(grid), { requirementSets: { ExcelApi: "1.7" } });
  return (await runValidation(createExcelPort(host.run, host.isSetSupported))).result.findings.filter((f) => f.category === "nomenklatur");
}

afterEach(() => setNomenklaturSource({ kind: "bawaan" }));

test("the pane validates with the built-in list by default, the same index the command line uses", async () => {
  expect(nomenklaturSource()).toEqual({ kind: "bawaan" });
  expect(await builtinNomenklaturIndex()).toBe(builtinNomenklatur());
  expect(await nomenklaturOptions()).toEqual({ nomenklatur: builtinNomenklatur(), nomenklaturName: "nomenklatur-subkegiatan-pemutakhiran-2027.xlsx" });
  expect(describeNomenklatur()).toBe("Daftar nomenklatur: bawaan, Kepmendagri pemutakhiran 2027.");
  const findings = await validate(renja("Penyediaan Permakanan Lansia", "10 Orang"));
  expect(findings.map((f) => [f.rule, f.cell, f.severity, f.expected])).toEqual([["nomenklatur.nama-berbeda", "G5", "warning", "Penyediaan Permakanan"]]);
  expect(await validate(renja("Penyediaan Permakanan", "10 Orang"))).toEqual([]);
});

test("'Muat daftar nomenklatur' replaces the built-in list with the picked file, read in the pane", async () => {
  const bytes = await xlsxBytes({
    Worksheet: [
      ["JENIS PEMDA", "BIDANG", "PROGRAM", "KEGIATAN", "SUBKEGIATAN", "INDIKATOR", "SATUAN"],
      ["KABKOT", "1.06 URUSAN PEMERINTAHAN BIDANG SOSIAL", "1.06.04 PROGRAM REHABILITASI SOSIAL", "1.06.04.2.01 Rehabilitasi Sosial Dasar", "1.06.04.2.01.0001 Penyediaan Makanan Bergizi", "Jumlah Orang", "Paket"],
    ],
  });
  const index = await loadNomenklaturFile(bytes, "daftar-2028.xlsx");
  expect(index.tahun).toBe(2028);
  expect(nomenklaturSource()).toEqual({ kind: "berkas", index });
  expect(describeNomenklatur()).toBe("Daftar nomenklatur: daftar-2028.xlsx (pemutakhiran 2028), 4 kode.");
  const findings = await validate(renja("Penyediaan Permakanan", "10 Orang"));
  expect(findings.map((f) => [f.rule, f.cell, f.severity, f.expected])).toEqual([
    ["nomenklatur.tahun-berbeda", "L3", "info", 2028],
    ["nomenklatur.nama-berbeda", "G5", "warning", "Penyediaan Makanan Bergizi"],
    ["nomenklatur.satuan-berbeda", "L5", "warning", "Paket"],
  ]);
  expect(findings[1].message).toBe('Nama untuk kode 1.06.04.2.01.0001 tidak sesuai dengan Nomenklatur Kepmendagri (daftar-2028.xlsx): tertulis "Penyediaan Permakanan", seharusnya "Penyediaan Makanan Bergizi".');
});

test("a picked file that is no list is refused with a plain message, and the list in use stays", async () => {
  const notList = await xlsxBytes({ Renja: [["No", "Pagu"], [1, 1000]] });
  await expect(loadNomenklaturFile(notList, "renja.xlsx")).rejects.toThrow(
    'renja.xlsx bukan daftar nomenklatur Kepmendagri yang dikenali. Tidak ditemukan judul kolom daftar nomenklatur (kode dan nama sub kegiatan) pada lembar "Renja".',
  );
  await expect(loadNomenklaturFile(new TextEncoder().encode("kode,nama\n1.06,Sosial\n"), "daftar.csv")).rejects.toThrow("Berkas ini bukan workbook Excel (.xlsx).");
  expect(nomenklaturSource()).toEqual({ kind: "bawaan" });
});

test("the checks can be switched off", async () => {
  setNomenklaturSource({ kind: "tanpa" });
  expect(await nomenklaturOptions()).toEqual({});
  expect(describeNomenklatur()).toBe("Pemeriksaan nomenklatur dimatikan.");
  expect(await validate(renja("Penyediaan Permakanan Lansia", "10 Ekor"))).toEqual([]);
});

test("readXlsxValues reads shared and inline strings, numbers, booleans, entities and gaps, sheet by sheet", async () => {
  const bytes = await xlsxBytes({
    "Daftar & Catatan": [
      ["Kode", "Nama <baru>", null, 12.5],
      [null, 'A & B "kutip"', true, -3],
      [],
      ["1.06", "Sosial", "Ā"],
    ],
    Kedua: [[null, null, "x"]],
  });
  const grids = readXlsxValues(bytes);
  expect(grids.map((g) => g.name)).toEqual(["Daftar & Catatan", "Kedua"]);
  expect(grids[0].values).toEqual([
    ["Kode", "Nama <baru>", null, 12.5],
    [null, 'A & B "kutip"', true, -3],
    [],
    ["1.06", "Sosial", "Ā"],
  ]);
  expect(grids[1].values).toEqual([[null, null, "x"]]);
});
