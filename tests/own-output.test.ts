// What the add-in writes passes its own checks: the templates (with and without examples), Tabel 4.2 generated from
// Tabel 4.1 (of the sample and of generated workbooks), Hasil Validasi and Riwayat Perbaikan. Validating the result
// gives no error or warning on the sheets it wrote, beyond the faults of the source rows it copies.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runTemplate } from "../src/cli/template";
import { runTriwulan } from "../src/cli/triwulan";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { applyPlanToGrid } from "../src/renja/apply-grid";
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { planAllFixes } from "../src/renja/fix-plan";
import { planFixes, RIWAYAT_SHEET } from "../src/renja/fixes";
import { SheetView, type WorkbookGrid } from "../src/renja/grid";
import { hasilValidasiSheet } from "../src/renja/hasil";
import { builtinNomenklatur } from "../src/renja/nomenklatur-bawaan";
import { buildLayout, buildListsSheet, LAYOUT_KINDS, sheetWritesToWorkbook } from "../src/renja/layouts";
import { generateTabel42, TABEL42_SHEET } from "../src/renja/triwulan";
import { previewTabel42, totalText } from "../src/taskpane/triwulan-service";
import { generateWorkbook } from "./generator/renja-generator";
import { captureIo } from "./helpers/io";

const SAMPLE = path.resolve(__dirname, "../seeds/renja-dinsos-malang-2024.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "renja-own-output-"));

const serious = (findings: Finding[], sheets: string[]): string[] =>
  findings.filter((f) => f.severity !== "info" && sheets.includes(f.sheet)).map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);

describe("templates", () => {
  test.each([false, true])("the layouts (examples: %s) validate without errors or warnings", (exampleRows) => {
    const wb = sheetWritesToWorkbook([...LAYOUT_KINDS.map((k) => buildLayout(k, { tahun: 2025, opd: "Dinas Sosial", exampleRows })), buildListsSheet()]);
    const result = validateWorkbook(wb);
    expect(result.summary.tables.map((t) => t.kind)).toEqual([...LAYOUT_KINDS]);
    expect(serious(result.findings, wb.sheets.map((s) => s.name))).toEqual([]);
  });

  test.each([[[]], [["--contoh"]]])("renja template %j: the written .xlsx validates without errors or warnings, also against the built-in list (as the CLI checks it)", async (args) => {
    const out = path.join(dir, `template${args.length ? "-contoh" : ""}.xlsx`);
    expect(await runTemplate({ out, tahun: "2025", opd: "Dinas Sosial", contoh: args.length > 0 }, captureIo())).toBe(0);
    const wb = await readXlsxGrid(out);
    const sheets = wb.sheets.map((s) => s.name);
    expect(serious(validateWorkbook(wb).findings, sheets)).toEqual([]);
    expect(serious(validateWorkbook(wb, { nomenklatur: builtinNomenklatur() }).findings, sheets)).toEqual([]);
  });
});

describe("Tabel 4.2 (otomatis)", () => {
  function withTabel42(wb: WorkbookGrid): { wb: WorkbookGrid; findings: Finding[]; notes: Finding[] } {
    const t41 = validateWorkbook(wb).tables.find((t) => t.kind === "T4.1")!;
    const g = generateTabel42(t41, new SheetView(wb.sheets.find((s) => s.name === t41.sheet)!), { tahun: 2025 });
    const out = applyPlanToGrid(wb, { cells: [], sheets: [g.write] });
    return { wb: out, findings: validateWorkbook(out).findings, notes: g.findings };
  }

  test.each([101, 202, 7, 10])("generated from a generated workbook (seed %i): no error or warning on it", (seed) => {
    const { findings, notes } = withTabel42(generateWorkbook({ seed }).grid);
    expect(notes).toEqual([]);
    expect(serious(findings, [TABEL42_SHEET])).toEqual([]);
  });

  test("generated from the sample: corrected kode, parsed amounts; only the source rows' own faults come back", async () => {
    const sample = await readXlsxGrid(SAMPLE);
    const source = validateWorkbook(sample);
    const { wb, findings, notes } = withTabel42(sample);
    const t42 = validateWorkbook(wb).tables.find((t) => t.sheet === TABEL42_SHEET)!;
    // No split kode is copied ("2.0 2", "00 01"): kode.split is fixable, the generated sheet carries the fix.
    expect(findings.filter((f) => f.sheet === TABEL42_SHEET && f.rule === "kode.split")).toEqual([]);
    // The unreadable "42.480.00" is left out and named, on the sheet and in the notes.
    expect(notes.map((n) => n.message)).toEqual([
      "Pagu program pada Tabel 4.1 tertulis 6.822.934.850, sedangkan jumlah rinciannya 6.726.854.850; Tabel 4.2 memakai jumlah rinciannya.",
      "Pagu program pada Tabel 4.1 tertulis 0, sedangkan jumlah rinciannya 23.000.000.000; Tabel 4.2 memakai jumlah rinciannya.",
      'Sub kegiatan 1.06.01.2.08.0002 "Penyediaan Jasa Komunikasi, Sumber Daya" tidak dimasukkan ke Tabel 4.2: pagunya pada Tabel 4.1 (Tabel 4.1!M43) "42.480.00" tidak terbaca sebagai rupiah (Kelompok angka "00" berisi 2 digit; pemisah ribuan "." harus memisahkan tiap 3 digit).',
    ]);
    expect(t42.rows.some((r) => r.kode?.text === "1.06.01.2.08.0002")).toBe(false);
    // What remains on the generated sheet: the same unfixable kode and the same satuan findings as on the source
    // row it copies, and the kegiatan that lost its unreadable row differing from Tabel 3.1.
    const byRowNama = (sheet: string, f: Finding): string => {
      const r = Number(f.cell.replace(/^[A-Z]+/, "")) - 1;
      const table = sheet === TABEL42_SHEET ? t42 : source.tables.find((t) => t.kind === "T4.1")!;
      return table.rows.find((x) => x.r === r)?.nama ?? "?";
    };
    const sourceFaults = new Set(source.findings.filter((f) => f.sheet === "Tabel 4.1").map((f) => `${f.rule}|${f.cell.replace(/\d+$/, "")}|${byRowNama("Tabel 4.1", f)}`));
    const foreign = findings
      .filter((f) => f.sheet === TABEL42_SHEET && f.severity !== "info")
      .filter((f) => !(f.category === "kode" || f.category === "satuan") || !sourceFaults.has(`${f.rule}|${f.cell.replace(/\d+$/, "")}|${byRowNama(TABEL42_SHEET, f)}`))
      .map((f) => `${f.rule} ${f.cell}: ${f.message}`);
    expect(foreign).toEqual([
      expect.stringMatching(/^rekonsiliasi\.pagu-berbeda M\d+: Pagu indikatif kegiatan 1\.06\.01\.2\.08 "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah" di Tabel 4\.2 tertulis 0, sedangkan pagunya di Tabel 3\.1/),
    ]);
  });

  test("the pane's total names which total it used and never says sama when the numbers differ", async () => {
    const sample = await readXlsxGrid(SAMPLE);
    const t41 = validateWorkbook(sample).tables.find((t) => t.kind === "T4.1")!;
    const text = totalText(previewTabel42(sample, t41, { profile: [25, 25, 25, 25], tahun: 2024 }));
    expect(text).toBe(
      "Jumlah triwulan I–IV Rp 29.726.854.850 sama dengan pagu yang dibagi, yaitu jumlah pagu sub kegiatan Tabel 4.1 (dihitung): Rp 29.726.854.850. 1 sub kegiatan tidak dimasukkan karena pagunya tidak terbaca (lihat catatan). Total tertulis di Tabel 4.1 Rp 29.822.934.000, berbeda Rp 96.079.150 dari pagu yang dibagi.",
    );
  });

  test("renja triwulan on the sample: the written file's generated sheet carries no split kode", async () => {
    const out = path.join(dir, "sample-42.xlsx");
    const io = captureIo();
    expect(await runTriwulan(SAMPLE, { out }, io)).toBe(0);
    const wb = await readXlsxGrid(out);
    const findings = validateWorkbook(wb).findings.filter((f) => f.sheet === TABEL42_SHEET);
    expect(findings.filter((f) => f.rule === "kode.split" || f.category === "angka")).toEqual([]);
  });
});

describe("Hasil Validasi and Riwayat Perbaikan", () => {
  test("validating a workbook holding both finds nothing on them", async () => {
    const sample = await readXlsxGrid(SAMPLE);
    const result = validateWorkbook(sample);
    const plan = planAllFixes(result, sample, (g) => validateWorkbook(g));
    const fixed = applyPlanToGrid(sample, planFixes(sample, plan.fixes, "2024-05-01 10:00"));
    const hasil = hasilValidasiSheet(result, "2024-05-01 10:00");
    const wb = applyPlanToGrid(fixed, { cells: [], sheets: [hasil] });
    const again = validateWorkbook(wb);
    expect(again.findings.filter((f) => f.sheet === hasil.sheet || f.sheet === RIWAYAT_SHEET).map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([]);
  });
});

test("the sample's info findings are never phrased as a correction (no 'seharusnya')", async () => {
  const result = validateWorkbook(await readXlsxGrid(SAMPLE));
  expect(result.findings.filter((f) => f.severity === "info" && /seharusnya/i.test(f.message)).map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([]);
});
