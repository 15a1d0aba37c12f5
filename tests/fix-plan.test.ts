// Fixes planned for the workbook as a whole (src/renja/fix-plan.ts): one cell, at most one fix, and only one that
// keeps every check; applying them all converges (no new finding, fewer errors, nothing more to fix); the CLI's
// --fix-out and the pane's "Perbaiki semua" write the same cells with the same values.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateFiles } from "../src/cli/validate";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { createMemoryExcel } from "../src/excel/memory";
import { applyPlanToGrid } from "../src/renja/apply-grid";
import { validateWorkbook, type ValidationResult } from "../src/renja/engine";
import type { Finding, Fix } from "../src/renja/finding";
import { planAllFixes, plannedFixes, validateWithFixPlan, type FixPlan } from "../src/renja/fix-plan";
import { a1, parseA1, SheetView, type CellValue, type SheetGrid, type WorkbookGrid } from "../src/renja/grid";
import { planFixes } from "../src/renja/fixes";
import { isAddinSheet } from "../src/renja/marks";
import { allFixesOf, applyFixes, createExcelPort, runValidation } from "../src/taskpane/services";
import { Rng } from "./generator/prng";
import { plant, PLANT_KINDS } from "./generator/plant";
import { cloneWorkbook, generateWorkbook } from "./generator/renja-generator";
import { captureIo } from "./helpers/io";
import { builtinNomenklatur } from "../src/renja/nomenklatur-bawaan";
import { kodeBlockSheet, officialTC33, olderImportForm, plannerSheet, sipdPrintout } from "./layouts/families";

const SAMPLE = path.resolve(__dirname, "../seeds/renja-dinsos-malang-2024.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "renja-fix-plan-"));

function applyFixesToGrid(wb: WorkbookGrid, fixes: Fix[]): WorkbookGrid {
  return applyPlanToGrid(wb, { cells: fixes.map((f) => ({ sheet: f.sheet, cell: f.cell, value: f.value })), sheets: [] });
}

/** A cell's value; an empty cell is null whether the host keeps it as "" or as nothing. */
function valueAt(wb: WorkbookGrid, sheet: string, cell: string): CellValue {
  const g = wb.sheets.find((s) => s.name === sheet)!;
  const at = parseA1(cell)!;
  const v = new SheetView(g).value(at.row, at.col);
  return v === "" ? null : v;
}

/** What convergence asks of a plan; empty when it holds. */
function convergenceProblems(wb: WorkbookGrid, plan: FixPlan, before: ValidationResult): string[] {
  const problems: string[] = [];
  const fixed = applyFixesToGrid(wb, plan.fixes);
  const after = validateWorkbook(fixed);
  const hadFinding = new Set(before.findings.map((f) => `${f.sheet}!${f.cell}`));
  for (const f of after.findings) if (!hadFinding.has(`${f.sheet}!${f.cell}`)) problems.push(`new finding on a clean cell: ${f.severity} ${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);
  const errorsBefore = before.summary.errors;
  const errorsAfter = after.summary.errors;
  if (errorsAfter > errorsBefore) problems.push(`errors ${errorsBefore} -> ${errorsAfter}`);
  const errorFixed = plan.result.findings.some((f) => f.severity === "error" && f.fix);
  if (errorFixed && errorsAfter >= errorsBefore) problems.push(`an error had a fix, yet errors ${errorsBefore} -> ${errorsAfter}`);
  const second = planAllFixes(after, fixed, (g) => validateWorkbook(g));
  for (const f of second.fixes) problems.push(`second round fix ${f.sheet}!${f.cell} = ${JSON.stringify(f.value)} (${f.label})`);
  // One fix per cell.
  const cells = plan.fixes.map((f) => `${f.sheet}!${f.cell}`);
  if (new Set(cells).size !== cells.length) problems.push("two fixes on one cell");
  return problems;
}

describe("the sample workbook", () => {
  let wb: WorkbookGrid;
  let raw: ValidationResult;
  let plan: FixPlan;
  beforeAll(async () => {
    wb = await readXlsxGrid(SAMPLE);
    raw = validateWorkbook(wb);
    plan = planAllFixes(raw, wb, (g) => validateWorkbook(g));
  });

  const on = (sheet: string, cell: string): Finding[] => plan.result.findings.filter((f) => f.sheet === sheet && f.cell === cell);

  test("Tabel 4.2's total row (the whole agency's quarters over a partial list) gets no fix, and says why", () => {
    for (const cell of ["T24", "V24", "X24", "Z24"]) {
      expect(raw.findings.some((f) => f.sheet === "Tabel 4.2" && f.cell === cell && f.fix?.value === 10620000)).toBe(true);
      expect(plan.fixes.filter((f) => f.sheet === "Tabel 4.2" && f.cell === cell)).toEqual([]);
      const pagu = on("Tabel 4.2", cell).find((f) => f.rule === "pagu.jumlah-tidak-sesuai")!;
      expect(pagu.fix).toBeUndefined();
      expect(pagu.message).toContain("Tidak ada perbaikan otomatis: menulis 10.620.000 di sel ini tidak memenuhi semua pemeriksaan pada barisnya");
    }
    expect(on("Tabel 4.2", "T24").find((f) => f.rule === "pagu.jumlah-tidak-sesuai")!.message).toContain("sedangkan pagunya 29.822.934.850");
  });

  test("Tabel 4.2!M12 (a kegiatan listing part of its sub kegiatan) is not fixed into a 4.2 ↔ 3.1 error", () => {
    const f = on("Tabel 4.2", "M12").find((x) => x.rule === "pagu.jumlah-tidak-sesuai")!;
    expect(raw.findings.find((x) => x.sheet === "Tabel 4.2" && x.cell === "M12" && x.rule === "pagu.jumlah-tidak-sesuai")?.fix?.value).toBe(42480000);
    expect(f.fix).toBeUndefined();
    expect(f.message).toContain('di Tabel 4.2 tertulis 42.480.000, sedangkan pagunya di Tabel 3.1 (lembar "Tabel 3.1", sel M52) 96.080.000');
    // Its quarters agree with the written 96.080.000: not "fixed" to the partial sum either.
    for (const cell of ["T12", "V12", "X12", "Z12"]) expect(plan.fixes.some((x) => x.sheet === "Tabel 4.2" && x.cell === cell)).toBe(false);
  });

  test("Tabel 3.1!E72 (a program row carrying a split kegiatan segment) has exactly one fix: clear it", () => {
    expect(on("Tabel 3.1", "E72").map((f) => [f.rule, f.fix?.value])).toEqual([["kode.segmen-berlebih", ""]]);
    expect(plan.fixes.filter((f) => f.sheet === "Tabel 3.1" && f.cell === "E72").map((f) => f.value)).toEqual([""]);
  });

  test("the planned fixes are exactly the findings' fixes and the recomputed values, one per cell", () => {
    const fromResult = plannedFixes(plan.result).map((f) => `${f.sheet}!${f.cell}=${JSON.stringify(f.value)}`).sort();
    expect(fromResult).toEqual(plan.fixes.map((f) => `${f.sheet}!${f.cell}=${JSON.stringify(f.value)}`).sort());
    expect(plan.fixes.length).toBe(118);
    expect(plan.withheld.length).toBe(13);
  });

  test("fixing converges: no new finding, fewer errors, nothing more to fix", () => {
    expect(convergenceProblems(wb, plan, raw)).toEqual([]);
    const after = validateWorkbook(applyFixesToGrid(wb, plan.fixes));
    expect([raw.summary.errors, after.summary.errors]).toEqual([50, 37]);
  });

  test("the CLI's --fix-out and the pane's Perbaiki semua write the same cells with the same values", async () => {
    const out = path.join(dir, "sample-fixed.xlsx");
    const io = captureIo();
    // The CLI checks against the built-in nomenclature list by default, as the pane does.
    const cliPlan = validateWithFixPlan(wb, { nomenklatur: builtinNomenklatur() });
    await validateFiles([SAMPLE], { format: "json", fixOut: out }, io);
    expect(io.err()).toContain(`renja: ${cliPlan.fixes.length} perbaikan ditulis ke ${out}`);
    const cli = await readXlsxGrid(out);

    // ExcelApi 1.13 reads merged areas, as the CLI does: the comparison is about the planner, not about what an
    // older Excel can read (tests/cli-vs-addin.test.ts covers that).
    const host = createMemoryExcel(structuredClone(wb), { requirementSets: { ExcelApi: "1.13" } });
    const port = createExcelPort(host.run, host.isSetSupported);
    const run = await runValidation(port);
    const paneFixes = allFixesOf(run.result);
    expect(paneFixes.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(cliPlan.fixes.map((f) => `${f.sheet}!${f.cell}`).sort());
    await applyFixes(port, run.wb, paneFixes, "2024-05-01 10:00");
    const pane = host.snapshot();

    const formatAt = (g: WorkbookGrid, f: Fix): string | null => {
      const at = parseA1(f.cell)!;
      return new SheetView(g.sheets.find((x) => x.name === f.sheet)!).numberFormat(at.row, at.col);
    };
    for (const f of cliPlan.fixes.filter((x) => x.numberFormat)) {
      expect({ cell: `${f.sheet}!${f.cell}`, cli: formatAt(cli, f), pane: formatAt(pane, f) }).toEqual({ cell: `${f.sheet}!${f.cell}`, cli: f.numberFormat, pane: f.numberFormat });
    }
    for (const f of cliPlan.fixes) {
      const expected = f.value === "" ? null : f.value;
      expect({ cell: `${f.sheet}!${f.cell}`, cli: valueAt(cli, f.sheet, f.cell), pane: valueAt(pane, f.sheet, f.cell) }).toEqual({ cell: `${f.sheet}!${f.cell}`, cli: expected, pane: expected });
    }
    // Every other user cell is as it was, in both.
    for (const s of wb.sheets) {
      if (isAddinSheet(s.name)) continue;
      const view = new SheetView(s);
      const fixedCells = new Set(cliPlan.fixes.filter((f) => f.sheet === s.name).map((f) => f.cell));
      for (let r = view.rowStart; r < view.rowEnd; r++) {
        for (let c = view.colStart; c < view.colEnd; c++) {
          const cell = a1(r, c);
          if (fixedCells.has(cell)) continue;
          const v = view.value(r, c);
          if (valueAt(pane, s.name, cell) !== v) throw new Error(`pane changed ${s.name}!${cell}`);
        }
      }
    }
  });
});

describe("generated workbooks with planted errors", () => {
  const SEEDS = [101, 202, 303];
  test.each(SEEDS)("seed %i: every plant kind, fixing converges", (seed) => {
    const clean = generateWorkbook({ seed });
    const problems: string[] = [];
    PLANT_KINDS.forEach((kind, k) => {
      const gen = cloneWorkbook(clean);
      const rng = new Rng(seed * 100 + k);
      const used = new Set<string>();
      plant(gen, kind, rng, used);
      plant(gen, kind, rng, used);
      const before = validateWorkbook(gen.grid);
      const plan = validateWithFixPlan(gen.grid);
      for (const p of convergenceProblems(gen.grid, plan, before)) problems.push(`${kind}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  test("all plant kinds in one workbook: fixing converges", () => {
    const gen = generateWorkbook({ seed: 11, subkegiatan: 120 });
    const rng = new Rng(11);
    const used = new Set<string>();
    for (const kind of PLANT_KINDS) plant(gen, kind, rng, used);
    const before = validateWorkbook(gen.grid);
    const plan = validateWithFixPlan(gen.grid);
    expect(plan.fixes.length).toBeGreaterThan(5);
    expect(convergenceProblems(gen.grid, plan, before)).toEqual([]);
  });
});

describe("numbers look like the planner's", () => {
  test("a number fixed into a General cell takes its column's format; a formatted cell keeps its own", async () => {
    const wb = await readXlsxGrid(SAMPLE);
    const plan = validateWithFixPlan(wb);
    const money = plan.fixes.filter((f) => typeof f.value === "number" && Number.isInteger(f.value) && Math.abs(f.value) >= 1000);
    expect(money.length).toBeGreaterThan(10);
    for (const f of money) {
      const g = wb.sheets.find((s) => s.name === f.sheet)!;
      const at = parseA1(f.cell)!;
      const own = new SheetView(g).numberFormat(at.row, at.col);
      if (own && own !== "General") expect({ cell: `${f.sheet}!${f.cell}`, format: f.numberFormat }).toEqual({ cell: `${f.sheet}!${f.cell}`, format: undefined });
      else expect({ cell: `${f.sheet}!${f.cell}`, format: f.numberFormat }).toEqual({ cell: `${f.sheet}!${f.cell}`, format: expect.stringMatching(/#,##0/) });
    }
  });

  test("the fixed copy and the pane write that format; Riwayat shows the values as planners write them", async () => {
    const wb: WorkbookGrid = {
      sheets: [
        {
          name: "Tabel 4.1",
          origin: { row: 0, col: 0 },
          values: [
            ["No", "Kode", "Nama", "Pagu"],
            [1, 2, 3, 4],
            ["", "1.06.01", "PROGRAM A", 8220450001],
            ["", "1.06.01.2.01", "Kegiatan 1", 7800000],
            ["", "1.06.01.2.01.0001", "Sub kegiatan 1", 7800000],
            ["", "1.06.01.2.02", "Kegiatan 2", 8212650000],
            ["", "1.06.01.2.02.0001", "Sub kegiatan 2", 8212650000],
          ],
          formulas: [],
          numberFormats: [[], [], [null, null, null, "General"], [null, null, null, "#,##0"], [null, null, null, "#,##0"], [null, null, null, "#,##0"], [null, null, null, "#,##0"]],
          merges: [],
        },
      ],
    };
    const plan = planFixes(wb, [{ sheet: "Tabel 4.1", cell: "D3", value: 8220450000, label: "Tulis 8.220.450.000", numberFormat: "#,##0" }], "2024-05-01 10:00");
    expect(plan.cells).toEqual([expect.objectContaining({ cell: "D3", value: 8220450000, numberFormat: "#,##0" })]);
    const riwayat = plan.sheets[0].rows[1];
    expect([riwayat[4], riwayat[5]]).toEqual(["8.220.450.001", "8.220.450.000"]);
  });
});

describe("every layout family the reader supports (tests/layouts)", () => {
  const families: [string, () => SheetGrid[]][] = [
    ["official T-C.33 with its number row", () => [officialTC33({ numberRow: true })]],
    ["official T-C.33 without it", () => [officialTC33({ numberRow: false })]],
    ["SIPD printout", () => [sipdPrintout()]],
    ["older import form", () => [olderImportForm()]],
    ["kode block over four columns", () => [kodeBlockSheet()]],
    ["a planner's own sheet", () => [plannerSheet()]],
  ];
  test.each(families)("%s: fixing converges", (_, sheets) => {
    const wb: WorkbookGrid = { sheets: sheets() };
    const before = validateWorkbook(wb);
    const plan = validateWithFixPlan(wb);
    expect(convergenceProblems(wb, plan, before)).toEqual([]);
  });
});
