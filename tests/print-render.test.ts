// Print and screen: what the command line writes (template with and without examples, in both forms; Tabel 4.2
// generated from the sample; a --fix-out copy of the sample) and the pane's own sheets (Hasil Validasi and Riwayat
// Perbaikan of the sample, written with the same fitted numbers the Office adapter sets) read back from the .xlsx XML has row heights that
// cover every wrapped text's estimated lines and columns wide enough for its numbers; LibreOffice renders each
// workbook to PDF and PNG under test-output/print/ (look at them: the tests cannot see clipped text).
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { applySheetWrites } from "../src/cli/xlsx-write";
import { readXlsxBook } from "../src/cli/xlsx-grid";
import { validateWorkbook } from "../src/renja/engine";
import { plannedFixes } from "../src/renja/fix-plan";
import { planFixes, RIWAYAT_SHEET } from "../src/renja/fixes";
import { HASIL_SHEET, hasilValidasiSheet } from "../src/renja/hasil";
import { TABEL42_SHEET } from "../src/renja/triwulan";
import { findSoffice, openWorkbook, shownValue } from "./helpers/libreoffice";
import { narrowNumbers, shortRows, worksheetPicture } from "./helpers/row-cover";

const ROOT = resolve(__dirname, "..");
const SEED = join(ROOT, "seeds", "renja-dinsos-malang-2024.xlsx");
const OUT = join(ROOT, "test-output", "print");
const SOFFICE = findSoffice();
const POPPLER = ["pdftoppm", "pdftotext"].every((tool) => spawnSync(tool, ["-v"], { encoding: "utf8" }).error === undefined);
/** Under CI the rendering must run: a missing LibreOffice or poppler-utils fails instead of passing as a no-op. */
const REQUIRED = process.env.CI === "true" || process.env.CI === "1";

/** Each workbook written, with the sheets the command wrote (the fix-out copy: none; its rows are checked apart). */
const WRITTEN = {
  template: { args: ["template", "--tahun", "2025", "--opd", "Dinas Sosial Kabupaten Malang"], sheets: "all", header: "Catatan Penting" },
  "template-contoh": { args: ["template", "--contoh", "--tahun", "2025", "--opd", "Dinas Sosial Kabupaten Malang"], sheets: "all", header: "Penyediaan Gaji dan Tunjangan ASN" },
  "template-contoh-malang": { args: ["template", "--contoh", "--bentuk", "contoh-malang", "--tahun", "2025", "--opd", "Dinas Sosial Kabupaten Malang"], sheets: "all", header: "Prioritas" },
  tabel42: { args: ["triwulan", SEED, "--profile", "6;20,8;39,8;33,4"], sheets: [TABEL42_SHEET], header: "Target Kinerja dan Penyerapan Anggaran per Triwulan" },
  "fix-out": { args: ["validate", SEED], sheets: [], header: "Rencana Kerja dan Pendanaan" },
  "hasil-riwayat": { args: [], sheets: [HASIL_SHEET, RIWAYAT_SHEET], header: "Usulan perbaikan" },
} as const;
type Name = keyof typeof WRITTEN;
const NAMES = Object.keys(WRITTEN) as Name[];

/** The pane's sheets for the sample: Hasil Validasi of its findings, Riwayat of every planned fix applied. */
async function paneSheets(file: string): Promise<void> {
  const book = await readXlsxBook(SEED);
  const result = validateWorkbook(book.grid);
  const riwayat = planFixes(book.grid, plannedFixes(result), "29/11/2026 12.00").sheets;
  const wb = new ExcelJS.Workbook();
  applySheetWrites(wb, [hasilValidasiSheet(result, "29/11/2026 12.00", "renja-dinsos-malang-2024.xlsx"), ...riwayat]);
  await wb.xlsx.writeFile(file);
}

function renja(name: Name): void {
  const file = join(OUT, `${name}.xlsx`);
  const args = [...WRITTEN[name].args, name === "fix-out" ? "--fix-out" : "--out", file, "--timpa"];
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "renja.js"), ...args], { cwd: ROOT, encoding: "utf8" });
  // validate exits 1 when it finds errors (the sample has some); it still writes the fixed copy.
  if (r.status !== 0 && !(name === "fix-out" && r.status === 1)) throw new Error(`renja ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
}

function run(cmd: string, args: string[], env?: NodeJS.ProcessEnv): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 110_000, env: env ?? process.env });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}, ${r.error?.message ?? ""}): ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** The .xlsx files to PDF in one LibreOffice run with a throwaway profile. */
function renderPdf(files: string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), "renja-print-profile-"));
  try {
    run(SOFFICE as string, [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", outDir, ...files], { ...process.env, HOME: profile });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Row heights (points) of every row of a sheet that has one, by 1-based row. */
function heightsOf(ws: ExcelJS.Worksheet): Map<number, number> {
  const out = new Map<number, number>();
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height !== null) out.set(r, row.height);
  });
  return out;
}

if (!SOFFICE || !POPPLER) {
  test("print rendering (needs soffice and poppler-utils)", () => {
    if (REQUIRED) throw new Error(`CI=true, but ${!SOFFICE ? "soffice (LibreOffice)" : "pdftoppm/pdftotext (poppler-utils)"} is not on PATH`);
    console.log(`skipped: ${!SOFFICE ? "soffice (LibreOffice)" : "pdftoppm/pdftotext (poppler-utils)"} not installed`);
  });
} else {
  describe("written workbooks print and show whole", () => {
    const books = new Map<Name, ExcelJS.Workbook>();
    let seed: ExcelJS.Workbook;

    beforeAll(async () => {
      rmSync(OUT, { recursive: true, force: true });
      mkdirSync(join(OUT, "png"), { recursive: true });
      for (const name of NAMES) if (name !== "hasil-riwayat") renja(name);
      await paneSheets(join(OUT, "hasil-riwayat.xlsx"));
      for (const name of NAMES) books.set(name, await openWorkbook(join(OUT, `${name}.xlsx`)));
      seed = await openWorkbook(SEED);
      renderPdf(NAMES.map((n) => join(OUT, `${n}.xlsx`)), OUT);
      for (const name of NAMES) run("pdftoppm", ["-png", "-r", "60", join(OUT, `${name}.pdf`), join(OUT, "png", name)]);
    }, 180_000);

    test.each(NAMES.filter((n) => WRITTEN[n].sheets.length > 0 || WRITTEN[n].sheets === "all"))("%s: every wrapped text is covered by its rows, every number by its column", (name) => {
      const wb = books.get(name) as ExcelJS.Workbook;
      const spec = WRITTEN[name].sheets;
      const sheets = wb.worksheets.filter((ws) => spec === "all" || (spec as readonly string[]).includes(ws.name));
      expect(sheets.length).toBe(spec === "all" ? wb.worksheets.length : spec.length);
      let cells = 0;
      let tall = 0;
      for (const ws of sheets) {
        const p = worksheetPicture(ws);
        cells += p.cells.length;
        tall += [...p.heights.values()].filter((h) => h > 15).length;
        expect(shortRows(p)).toEqual([]);
        expect(narrowNumbers(ws, p)).toEqual([]);
      }
      // Not checked on nothing: the header blocks alone wrap dozens of texts and need taller rows.
      expect(cells).toBeGreaterThan(20 * sheets.length);
      expect(tall).toBeGreaterThan(sheets.length);
    });

    test("--fix-out: a fixed text gets the height it needs; every other row keeps the height the planner gave it", () => {
      const fixed = books.get("fix-out") as ExcelJS.Workbook;
      let changedText = 0;
      for (const before of seed.worksheets) {
        const after = fixed.getWorksheet(before.name) as ExcelJS.Worksheet;
        const p = worksheetPicture(after);
        const changedRows = new Set<number>();
        const changed = new Set<string>();
        after.eachRow({ includeEmpty: false }, (row, r) => {
          row.eachCell({ includeEmpty: false }, (cell, c) => {
            const v = shownValue(cell);
            if (v === shownValue(before.getCell(cell.address))) return;
            changedRows.add(r);
            changed.add(`${r - 1},${c - 1}`);
            if (typeof v === "string" && v !== "") changedText++;
          });
        });
        // Each fixed text that wraps shows whole; the planner's own texts are the planner's layout, left as it is.
        const fixedCells = p.cells.filter((c) => changed.has(`${c.row},${c.col}`));
        expect(shortRows({ ...p, cells: fixedCells })).toEqual([]);
        const was = heightsOf(before);
        const now = heightsOf(after);
        for (const [r, h] of now) {
          if (changedRows.has(r)) expect(h).toBeGreaterThanOrEqual(was.get(r) ?? 15);
          else expect({ sheet: before.name, row: r, height: h }).toEqual({ sheet: before.name, row: r, height: was.get(r) });
        }
        for (const [r, h] of was) if (!changedRows.has(r)) expect(now.get(r)).toBe(h);
      }
      expect(changedText).toBeGreaterThan(10);
    });

    test.each(NAMES)("%s: LibreOffice prints it to PDF with its header text, and the pages to PNG", (name) => {
      const pdf = join(OUT, `${name}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      const text = run("pdftotext", ["-layout", pdf, "-"]);
      expect(text.replace(/\s+/g, " ")).toContain(WRITTEN[name].header);
      const pages = (text.match(/\f/g) ?? []).length;
      expect(pages).toBeGreaterThan(0);
      const pngs = readdirSync(join(OUT, "png")).filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f));
      expect(pngs).toHaveLength(pages);
      for (const f of pngs) expect(readFileSync(join(OUT, "png", f)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    });
  });
}
