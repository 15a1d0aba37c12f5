// The sample workbook (Renja 2024 Dinas Sosial Kabupaten Malang): the mistakes planners really make must be found.
import path from "node:path";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { validateWorkbook, type ValidationResult } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";

const SAMPLE = path.resolve(__dirname, "../seeds/renja-dinsos-malang-2024.xlsx");

let result: ValidationResult;
beforeAll(async () => {
  result = validateWorkbook(await readXlsxGrid(SAMPLE));
});

function on(sheet: string, pred: (f: Finding) => boolean): Finding[] {
  return result.findings.filter((f) => f.sheet === sheet && pred(f));
}

test("all seven tables are recognised by their headers", () => {
  expect(result.summary.tables.map((t) => t.kind).sort()).toEqual(["T2.1", "T2.2", "T2.3", "T2.4", "T3.1", "T4.1", "T4.2"]);
  const t41 = result.tables.find((t) => t.kind === "T4.1");
  expect(t41?.repeatedHeaders.length).toBeGreaterThan(3);
  expect(t41?.rows.some((r) => r.nama.startsWith("Penyediaan Gaji dan Tunjangan ASN") && r.level === "subkegiatan")).toBe(true);
});

test("Tabel 4.1: split kode segments get a fix", () => {
  const split = on("Tabel 4.1", (f) => f.rule === "kode.split");
  const k = split.find((f) => f.actual === "2.0 1");
  expect(k?.fix?.value).toBe("2.01");
  expect(k?.cell).toMatch(/^E\d+$/);
  const s = split.find((f) => f.actual === "00 05");
  expect(s?.fix?.value).toBe("0005");
  expect(s?.cell).toMatch(/^F\d+$/);
});

test("Tabel 4.1: short and truncated kode are errors without a guessed fix", () => {
  const joined = on("Tabel 4.1", (f) => f.category === "kode" && f.actual === "01 0");
  expect(joined).toHaveLength(1);
  expect(joined[0].message).toContain("010");
  expect(joined[0].severity).toBe("error");
  expect(joined[0].fix).toBeUndefined();
  const truncated = on("Tabel 4.1", (f) => f.category === "kode" && f.actual === "2.0");
  expect(truncated.length).toBeGreaterThanOrEqual(4);
  expect(truncated.every((f) => f.severity === "error" && f.fix === undefined)).toBe(true);
  const short = on("Tabel 3.1", (f) => f.category === "kode" && f.actual === "010");
  expect(short.length).toBeGreaterThanOrEqual(1);
});

test("PROGRAM REHABILITASI SOSIAL carrying kegiatan segment 2.01 is reported in 3.1 and 4.1", () => {
  for (const sheet of ["Tabel 3.1", "Tabel 4.1"]) {
    const f = on(sheet, (x) => x.rule === "kode.segmen-berlebih");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("PROGRAM REHABILITASI SOSIAL");
    expect(f[0].expected).toBe("1.06.04");
  }
});

test("a unit that changes across the years: 245 Paket → 50 Orang (Penyediaan Permakanan)", () => {
  const t41 = result.tables.find((t) => t.kind === "T4.1");
  const row = t41?.rows.find((r) => r.nama === "Penyediaan Permakanan");
  expect(row).toBeDefined();
  const f = on("Tabel 4.1", (x) => x.rule === "satuan.berubah" && Number(x.cell.slice(1)) === (row?.r ?? -1) + 1);
  expect(f).toHaveLength(1);
  expect(f[0].expected).toBe("Paket");
  expect(f[0].actual).toBe("Orang");
});

test('"53.600.0000" and "29,822,934.850" are malformed money in Tabel 2.3', () => {
  const bad = on("Tabel 2.3", (f) => f.rule === "angka.rupiah-tidak-valid").map((f) => f.actual);
  expect(bad).toContain("53.600.0000");
  expect(bad).toContain("29,822,934.850");
});

test("an unknown unit gets the nearest known one as a suggestion, and wrapped units are read whole", () => {
  // Tabel 3.1's last sub kegiatan: "1 Laporan n" (a stray letter from the PDF page break).
  const f = result.findings.find((x) => x.rule === "satuan.tidak-dikenal" && String(x.actual).includes("Laporan n"));
  expect(f?.message).toContain('"Laporan"');
  expect(f?.fix?.value).toBe("1 Laporan");
  // "10 dokume n" (Tabel 2.1) is "10 dokumen" wrapped at the cell edge: not reported.
  expect(result.findings.some((x) => x.rule === "satuan.tidak-dikenal" && String(x.actual).includes("dokume n"))).toBe(false);
});

test("every finding names a cell on its sheet and speaks Bahasa Indonesia", () => {
  expect(result.findings.length).toBeGreaterThan(50);
  for (const f of result.findings) {
    expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    expect(f.message.length).toBeGreaterThan(10);
  }
});
