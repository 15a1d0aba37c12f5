// `renja validate`: the JSON contract, exit codes, and plain messages for unreadable inputs.
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { validateFiles, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from "../src/cli/validate";
import { CATEGORIES } from "../src/renja/finding";
import { captureIo } from "./helpers/io";

const SAMPLE = path.resolve(__dirname, "../seeds/renja-dinsos-malang-2024.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "renja-cli-"));

/** A small clean Tabel 4.1: program → kegiatan → sub kegiatan, sums right, units constant. */
async function cleanWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja");
  ws.addRow(["Tabel 4.1"]);
  ws.addRow([]);
  ws.addRow(["No", "Kode", "", "", "", "", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", "Indikator Program/Kegiatan/Sub Kegiatan", "Target Akhir Periode Renstra", "Realisasi Capaian", "Prakiraan Capaian", "Target 2025", "Pagu Indikatif (Rp.)", "Lokasi", "Sumber Dana", "Nasional", "Daerah", "Kelompok sasaran", "Keterangan"]);
  ws.addRow([1, 2, "", "", "", "", 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  ws.addRow(["1.", 1, "06", "01", "", "", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase pemenuhan layanan", "100 (%)", "100 (%)", "100 (%)", "100 (%)", 12_000_000]);
  ws.addRow(["", 1, "06", "01", "2.02", "", "Administrasi Keuangan Perangkat Daerah", "Persentase pemenuhan layanan", "100 (%)", "100 (%)", "100 (%)", "100 (%)", 12_000_000]);
  ws.addRow(["", 1, "06", "01", "2.02", "0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji", "34 Orang/Bulan", "30 Orang/Bulan", "34 Orang/Bulan", "34 Orang/Bulan", "Rp 12.000.000,-", "Kab. Malang", "Dana Transfer Umum-Dana Alokasi Umum"]);
  ws.addRow(["", "", "", "", "", "", "", "", "", "", "", "", 12_000_000]);
  for (const c of ["B3:F3"]) ws.mergeCells(c);
  ws.getCell("B4").value = 2;
  await wb.xlsx.writeFile(file);
}

test("the sample gives the JSON contract and exit code 1", async () => {
  const io = captureIo();
  const code = await validateFiles([SAMPLE], { format: "json" }, io);
  expect(code).toBe(EXIT_FINDINGS);
  const json = JSON.parse(io.out());
  expect(Array.isArray(json.findings)).toBe(true);
  for (const f of json.findings) {
    expect(Object.keys(f).every((k) => ["rule", "category", "severity", "sheet", "cell", "message", "expected", "actual", "fix"].includes(k))).toBe(true);
    expect(CATEGORIES).toContain(f.category);
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(typeof f.rule).toBe("string");
    expect(f.cell).toMatch(/^[A-Z]+\d+$/);
  }
  expect(json.summary.errors).toBeGreaterThan(0);
  expect(json.summary.tables).toHaveLength(7);
});

test("text report is grouped by sheet and category, in Bahasa Indonesia", async () => {
  const io = captureIo();
  await validateFiles([SAMPLE], { format: "text" }, io);
  const out = io.out();
  expect(out).toContain('== Lembar "Tabel 4.1"');
  expect(out).toContain("[Kode]");
  expect(out).toMatch(/Ringkasan: \d+ galat, \d+ peringatan/);
});

test("a clean workbook exits 0 with no errors or warnings", async () => {
  const file = path.join(dir, "bersih.xlsx");
  await cleanWorkbook(file);
  const io = captureIo();
  const code = await validateFiles([file], { format: "json" }, io);
  const json = JSON.parse(io.out());
  expect(json.findings.filter((f: { severity: string }) => f.severity !== "info")).toEqual([]);
  expect(json.summary.tables[0].kind).toBe("T4.1");
  expect(code).toBe(EXIT_OK);
});

test("unreadable inputs exit 2 with a plain message, and the others are still validated", async () => {
  const notXlsx = path.join(dir, "bukan excel.xlsx");
  writeFileSync(notXlsx, "No,Kode\n1,2\n");
  const io = captureIo();
  const code = await validateFiles([notXlsx, path.join(dir, "tidak-ada.xlsx"), SAMPLE], { format: "json" }, io);
  expect(code).toBe(EXIT_UNREADABLE);
  expect(io.err()).toContain("tidak dapat dibaca sebagai workbook Excel");
  expect(io.err()).toContain("Berkas tidak ditemukan");
  expect(io.err()).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  const json = JSON.parse(io.out());
  expect(json.summary.files).toHaveLength(3);
  expect(json.findings.every((f: { file: string }) => f.file === SAMPLE)).toBe(true);
});

test("the real command line: exit codes through bin/renja.js", () => {
  const bin = path.resolve(__dirname, "../bin/renja.js");
  const bad = spawnSync(process.execPath, [bin, "validate", path.join(dir, "tidak-ada.xlsx")], { encoding: "utf8" });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain("Berkas tidak ditemukan");
  const ok = spawnSync(process.execPath, [bin, "validate", SAMPLE, "--format", "json"], { encoding: "utf8" });
  expect(ok.status).toBe(1);
  expect(JSON.parse(ok.stdout).findings.length).toBeGreaterThan(0);
});

test("the text report never phrases an info as a correction", async () => {
  const { textReport } = await import("../src/cli/report");
  const { readXlsxGrid } = await import("../src/cli/xlsx-grid");
  const { validateWorkbook } = await import("../src/renja/engine");
  const result = validateWorkbook(await readXlsxGrid("seeds/renja-dinsos-malang-2024.xlsx"));
  const text = textReport("sampel.xlsx", result);
  const infoLines = text.split("\n").filter((l) => l.includes("ℹ info"));
  expect(infoLines.length).toBe(result.summary.infos);
  for (const l of infoLines) expect(l).not.toContain("seharusnya");
  expect(infoLines.find((l) => l.includes(" H58 "))).toContain("[acuan 100]");
});
