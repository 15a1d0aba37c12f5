// "Validasi Renja" end to end through the task pane's services and the Office.js adapter, over the in-memory
// Excel host: round trips per read and write, user cells untouched, fixes recorded and restored exactly,
// marks as the add-in's own conditional formats, nothing above ExcelApi 1.7 used.
import * as path from "path";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { conditionalFormatsOf, type MemoryConditionalFormat } from "../src/excel/memory/conditional-formats";
import { createMemoryExcel, type MemoryExcel, type MemoryExcelOptions } from "../src/excel/memory";
import { RIWAYAT_SHEET } from "../src/renja/fixes";
import { a1, type CellValue, type SheetGrid, type WorkbookGrid } from "../src/renja/grid";
import { HASIL_SHEET } from "../src/renja/hasil";
import { isAddinSheet, isMarkFormula, markRectangles, planMarks, readMarkedRanges, TANDA_SHEET } from "../src/renja/marks";
import {
  applyFixes,
  clearMarks,
  createExcelPort,
  fixesOf,
  restoreFixes,
  riwayatOf,
  runValidation,
  writeOutputs,
  type ExcelPort,
  type ValidationRun,
} from "../src/taskpane/services";
import { generateWorkbook, MONEY_FORMAT } from "./generator/renja-generator";

const SAMPLE = path.join(__dirname, "..", "seeds", "renja-dinsos-malang-2024.xlsx");

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readXlsxGrid(SAMPLE);
});

const API_1_7 = { requirementSets: { ExcelApi: "1.7" } };

function setup(grid: WorkbookGrid, options: MemoryExcelOptions = API_1_7): { host: MemoryExcel; port: ExcelPort } {
  const host = createMemoryExcel(structuredClone(grid), options);
  return { host, port: createExcelPort(host.run, host.isSetSupported) };
}

/** Every user sheet cell by cell, with all the host keeps per cell (value, formula, format, bold, …). */
function userCells(host: MemoryExcel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of host.state.sheets) {
    if (isAddinSheet(s.name)) continue;
    out[s.name] = {
      cells: [...s.entries()].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
      merges: s.merges,
      visibility: s.visibility,
      widths: [...s.columnWidths],
      frozen: s.frozenRows,
    };
  }
  return out;
}

function markFormats(host: MemoryExcel): { sheet: string; format: MemoryConditionalFormat }[] {
  return host.state.sheets.flatMap((s) => conditionalFormatsOf(s).filter((f) => isMarkFormula(f.formula)).map((format) => ({ sheet: s.name, format })));
}

/** Syncs spent by one step. */
async function counted<T>(host: MemoryExcel, step: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = host.syncCount;
  const value = await step();
  return { value, syncs: host.syncCount - before };
}

/** A generated Tabel 4.1 of about 10,000 rows with planted mistakes: pagu split by a space, wrong pagu. */
function tallRenja(): WorkbookGrid {
  const gen = generateWorkbook({ seed: 11, subkegiatan: 4_700, tables: ["T4.1"] });
  const t = gen.tables[0];
  const sheet = gen.grid.sheets[0];
  const pagu = t.columns.pagu![0];
  let n = 0;
  for (const row of t.rows) {
    if (row.kind !== "subkegiatan") continue;
    const cells = sheet.values[row.r - sheet.origin.row];
    const v = cells[pagu - sheet.origin.col];
    if (typeof v !== "number") continue;
    n++;
    if (n % 5 === 0) cells[pagu - sheet.origin.col] = `${v.toLocaleString("id-ID").slice(0, -2)} ${String(v).slice(-2)}`;
    else if (n % 13 === 0) cells[pagu - sheet.origin.col] = v + 1_000;
  }
  return gen.grid;
}

describe("Validasi Renja on the sample workbook", () => {
  test("one read of at most two round trips; marks and Hasil Validasi in one write of at most two", async () => {
    const { host, port } = setup(sample);
    const read = await counted(host, () => runValidation(port));
    expect(read.syncs).toBeLessThanOrEqual(2);
    const run = read.value;
    // The sample's two money facts are among the findings.
    const gap = run.result.findings.find((f) => f.category === "rkpd" && f.sheet === "Tabel 2.3" && f.cell === "K124");
    expect(gap?.message).toContain("18.032.750.000");
    expect(gap?.message).toContain("29.822.934.850");
    const total = run.result.findings.find((f) => f.category === "pagu" && f.sheet === "Tabel 4.1" && f.cell === "M94");
    expect(total?.message).toContain("29.822.934.000");
    expect(total?.message).toContain("29.822.934.850");

    const written = await counted(host, () => writeOutputs(port, run, { marks: true, hasil: true, now: "2024-05-01 10:00" }));
    expect(written.syncs).toBeLessThanOrEqual(2);

    // Hasil Validasi: a title block, the header, one row per finding with a link to its cell.
    const hasil = host.snapshot().sheets.find((s) => s.name === HASIL_SHEET)!;
    expect(hasil.values.length).toBe(5 + run.result.findings.length);
    expect(hasil.formulas![5][3]).toBe(`=HYPERLINK("#'${run.result.findings[0].sheet}'!${run.result.findings[0].cell}","${run.result.findings[0].sheet}!${run.result.findings[0].cell}")`);

    // Every finding's cell carries exactly one mark, in the colour of its most serious finding.
    const marks = markFormats(host);
    const cells = new Set(run.result.findings.map((f) => `${f.sheet}!${f.cell}`));
    const marked = new Map<string, string>();
    for (const { sheet, format } of marks) {
      for (let r = format.range.r1; r <= format.range.r2; r++) {
        for (let c = format.range.c1; c <= format.range.c2; c++) {
          const key = `${sheet}!${a1(r, c)}`;
          expect(marked.has(key)).toBe(false);
          marked.set(key, format.formula!);
        }
      }
    }
    expect(new Set(marked.keys())).toEqual(cells);
    const rank = { error: 0, warning: 1, info: 2 };
    for (const key of cells) {
      const worst = run.result.findings.filter((f) => `${f.sheet}!${f.cell}` === key).sort((a, b) => rank[a.severity] - rank[b.severity])[0];
      expect([key, marked.get(key)]).toEqual([key, `=N("renja-tanda:${worst.severity}")=0`]);
    }
    expect(marked.get("Tabel 4.1!M94")).toContain("renja-tanda:error");
    // The list of marked rectangles sits in the hidden add-in sheet.
    expect(host.sheet(TANDA_SHEET)?.visibility).toBe("Hidden");
    expect(host.apiViolations).toEqual([]);
  });

  test("validation, marks and Hasil Validasi change no user cell: only the add-in's sheets and marks differ", async () => {
    const { host, port } = setup(sample);
    const before = userCells(host);
    const sheetsBefore = host.state.sheets.map((s) => s.name);
    const run = await runValidation(port);
    await writeOutputs(port, run, { marks: true, hasil: true });
    expect(userCells(host)).toEqual(before);
    expect(host.state.sheets.map((s) => s.name)).toEqual([...sheetsBefore, HASIL_SHEET, TANDA_SHEET]);
    // Validating again reads the marks list and replaces the marks (no second set).
    const count = markFormats(host).length;
    const again = await runValidation(port);
    const rewrite = await counted(host, () => writeOutputs(port, again, { marks: true }));
    expect(rewrite.syncs).toBeLessThanOrEqual(2);
    expect(markFormats(host).length).toBe(count);
    expect(userCells(host)).toEqual(before);
    // The add-in's own sheets are not checked as Renja tables.
    expect(again.result.findings.filter((f) => isAddinSheet(f.sheet))).toEqual([]);
    expect(again.result.findings.length).toBe(run.result.findings.length);
  });
});

describe("Validasi Renja on a generated 10,000-row sheet", () => {
  let grid: WorkbookGrid;
  beforeAll(() => {
    grid = tallRenja();
  });

  test("Excel desktop (no response limit): the read and the write (marks + Hasil Validasi) take at most two round trips each", async () => {
    expect(grid.sheets[0].values.length).toBeGreaterThanOrEqual(10_000);
    const { host, port } = setup(grid, { requirementSets: { ExcelApi: "1.7" }, payloadLimitBytes: Number.MAX_SAFE_INTEGER });
    const before = userCells(host);
    const read = await counted(host, () => runValidation(port));
    expect(read.syncs).toBeLessThanOrEqual(2);
    const findings = read.value.result.findings;
    expect(findings.filter((f) => f.category === "angka").length).toBeGreaterThan(500);
    expect(findings.some((f) => f.category === "pagu" && f.severity === "error")).toBe(true);
    const write = await counted(host, () => writeOutputs(port, read.value, { marks: true, hasil: true }));
    expect(write.syncs).toBeLessThanOrEqual(2);
    expect(markFormats(host).length).toBeGreaterThan(0);
    expect(userCells(host)).toEqual(before);
    const cleared = await counted(host, () => clearMarks(port, write.value.wb));
    expect(cleared.syncs).toBe(2);
    expect(markFormats(host)).toEqual([]);
    expect(host.apiViolations).toEqual([]);
  });

  test("Excel on the web (5 MB responses): the same findings through the block-wise read; the write still takes at most two", async () => {
    const desktop = setup(grid, { requirementSets: { ExcelApi: "1.7" }, payloadLimitBytes: Number.MAX_SAFE_INTEGER });
    const expected = await runValidation(desktop.port);
    const { host, port } = setup(grid);
    // values + formulas + number formats of this sheet are over 5 MB: Excel refuses one response, the adapter reads in row blocks.
    const read = await counted(host, () => runValidation(port));
    expect(read.syncs).toBeGreaterThan(2);
    expect(read.value.wb).toEqual(expected.wb);
    expect(read.value.result.findings).toEqual(expected.result.findings);
    const write = await counted(host, () => writeOutputs(port, read.value, { marks: true, hasil: true }));
    expect(write.syncs).toBeLessThanOrEqual(2);
    expect(host.apiViolations).toEqual([]);
  });
});

describe("fixes through the recorded path", () => {
  /** The sample with a formula and formats on fixable cells, so the round trip has all three to restore. */
  function withFormulaAndFormats(): WorkbookGrid {
    const wb = structuredClone(sample);
    const t41 = wb.sheets.find((s) => s.name === "Tabel 4.1")!;
    const set = (g: SheetGrid, row: number, col: number, formula: string | null, format: string): void => {
      const r = row - g.origin.row;
      const c = col - g.origin.col;
      const width = Math.max(...g.values.map((x) => x.length), c + 1);
      g.formulas ??= g.values.map(() => []);
      g.numberFormats ??= g.values.map(() => []);
      for (const grid of [g.values, g.formulas, g.numberFormats] as unknown[][][]) while (grid[r].length < width) grid[r].push(null);
      g.formulas[r][c] = formula;
      g.numberFormats[r][c] = format;
    };
    set(t41, 93, 12, "=29822934000", MONEY_FORMAT); // M94: the total, kept as a formula with its cached value
    set(t41, 12, 4, null, "@"); // E13: kode "2.0 2" in a text-formatted cell
    return wb;
  }

  test("a fix and its restore round-trip exactly: values, formulas and number formats", async () => {
    const { host, port } = setup(withFormulaAndFormats());
    const original = host.snapshot();
    const run = await runValidation(port);
    const fixes = fixesOf(run.result.findings).filter((f) => f.sheet === "Tabel 4.1" && (f.cell === "M94" || f.cell === "E13"));
    expect(fixes.map((f) => f.cell).sort()).toEqual(["E13", "M94"]);

    const applied = await counted(host, () => applyFixes(port, run.wb, fixes, "2024-05-01 10:00"));
    expect(applied.syncs).toBeLessThanOrEqual(2);
    const fixed = host.snapshot().sheets.find((s) => s.name === "Tabel 4.1")!;
    const at = (g: SheetGrid, row: number, col: number) => ({
      value: g.values[row - g.origin.row][col - g.origin.col],
      formula: g.formulas![row - g.origin.row][col - g.origin.col],
      format: g.numberFormats![row - g.origin.row][col - g.origin.col],
    });
    expect(at(fixed, 93, 12)).toEqual({ value: 29822934850, formula: null, format: MONEY_FORMAT });
    expect(at(fixed, 12, 4)).toEqual({ value: "2.02", formula: null, format: "@" });

    // The records, as the next read sees them, carry the exact previous content.
    const after = await runValidation(port);
    const records = riwayatOf(after.wb);
    expect(records.map((r) => [r.no, r.sheet, r.cell, r.status])).toEqual([
      [1, "Tabel 4.1", "E13", "diterapkan"],
      [2, "Tabel 4.1", "M94", "diterapkan"],
    ]);
    expect(records[1].before).toEqual({ value: 29822934000, formula: "=29822934000", numberFormat: MONEY_FORMAT });
    expect(records[0].before).toEqual({ value: "2.0 2", formula: null, numberFormat: "@" });
    expect(after.result.findings.some((f) => f.sheet === "Tabel 4.1" && f.cell === "M94" && f.category === "pagu")).toBe(false);

    await restoreFixes(port, after.wb, records.map((r) => r.no));
    const restored = host.snapshot();
    for (const s of original.sheets) {
      const now = restored.sheets.find((x) => x.name === s.name)!;
      expect(now.formulas).toEqual(s.formulas);
      expect(now.numberFormats).toEqual(s.numberFormats);
      // A formula's value is Excel's to compute (the memory host has no calculation); constants must match.
      const constants = (g: SheetGrid) => g.values.map((row, i) => row.map((v, j) => (g.formulas?.[i]?.[j] ? "(formula)" : v)));
      expect(constants(now)).toEqual(constants(s));
    }
    const final = await runValidation(port);
    expect(riwayatOf(final.wb).map((r) => r.status)).toEqual(["dipulihkan", "dipulihkan"]);
  });

  test("Perbaiki semua: every fixable cell once, all recorded, all restorable to the original", async () => {
    const { host, port } = setup(sample);
    const original = userCells(host);
    const run = await runValidation(port);
    const fixes = fixesOf(run.result.findings);
    expect(fixes.length).toBeGreaterThan(20);
    await applyFixes(port, run.wb, fixes);
    const after = await runValidation(port);
    const records = riwayatOf(after.wb);
    expect(records.length).toBe(fixes.length);
    expect(host.sheet(RIWAYAT_SHEET)).toBeDefined();
    await restoreFixes(port, after.wb, records.map((r) => r.no));
    expect(userCells(host)).toEqual(original);
  });
});

describe("ExcelApi 1.7 only", () => {
  test("the whole flow uses nothing newer and nothing breaks; what 1.7 cannot do is reported", async () => {
    const { host, port } = setup(sample);
    let run: ValidationRun = await runValidation(port);
    const out = await writeOutputs(port, run, { marks: true, hasil: true });
    expect(out.report.skipped.join(" ")).toContain("ExcelApi 1.9");
    run = { ...run, wb: out.wb };
    const fix = fixesOf(run.result.findings)[0];
    await applyFixes(port, run.wb, [fix]);
    run = await runValidation(port);
    await restoreFixes(port, run.wb, [1]);
    await port.select(fix.sheet, fix.cell);
    await clearMarks(port, (await runValidation(port)).wb);
    expect(host.apiViolations).toEqual([]);
    expect(markFormats(host)).toEqual([]);
  });

  test("the same flow on a current Excel uses the newer features it has", async () => {
    const { host, port } = setup(sample, { requirementSets: { ExcelApi: "1.17" } });
    const run = await runValidation(port);
    const out = await writeOutputs(port, run, { marks: true, hasil: true });
    expect(out.report.skipped).toEqual([]);
    expect(host.sheet(HASIL_SHEET)?.orientation).toBe("Landscape");
  });
});

describe("Hapus tanda", () => {
  test("removes every add-in rule in one read and one write and keeps the user's own conditional formats", async () => {
    const { host, port } = setup(sample);
    // The user's own rules on ranges the add-in will mark too: a CellValue rule and a custom formula rule.
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Tabel 4.1");
      const own = ws.getRange("M10:M94").conditionalFormats.add("CellValue");
      own.cellValue.rule = { formula1: "=0", operator: "LessThan" };
      own.cellValue.format.fill.color = "#FF0000";
      const custom = ws.getRange("E13:F27").conditionalFormats.add("Custom");
      custom.custom.rule.formula = '=LEN(E13)>6';
      custom.custom.format.font.color = "#0000FF";
      await context.sync();
    });
    const userRules = (): MemoryConditionalFormat[] => host.state.sheets.flatMap((s) => conditionalFormatsOf(s).filter((f) => !isMarkFormula(f.formula)));
    const ownBefore = structuredClone(userRules());
    expect(ownBefore).toHaveLength(2);

    const run = await runValidation(port);
    const { wb } = await writeOutputs(port, run, { marks: true });
    expect(markFormats(host).length).toBe(planMarks(run.result.findings, run.wb).marks!.reduce((n, m) => n + m.cells.length, 0));
    // A mark lies on a cell the user's rule covers too.
    expect(markFormats(host).some(({ sheet, format }) => sheet === "Tabel 4.1" && format.range.c1 === 12 && format.range.r1 === 93)).toBe(true);

    const cleared = await counted(host, () => clearMarks(port, wb));
    expect(cleared.syncs).toBe(2);
    expect(markFormats(host)).toEqual([]);
    expect(userRules()).toEqual(ownBefore);
    // The list is empty now; clearing again finds nothing to remove and removes nothing of the user's.
    const next = await runValidation(port);
    await clearMarks(port, next.wb);
    expect(userRules()).toEqual(ownBefore);
    expect(host.apiViolations).toEqual([]);
  });

  test("without a read, clearing first reads the list from Renja Tanda (one more round trip)", async () => {
    const { host, port } = setup(sample);
    const run = await runValidation(port);
    await writeOutputs(port, run, { marks: true });
    const cleared = await counted(host, () => clearMarks(port));
    expect(cleared.syncs).toBe(3);
    expect(markFormats(host)).toEqual([]);
  });
});

describe("planMarks", () => {
  test("groups cells into rectangles: runs down a column, equal runs side by side", () => {
    expect(markRectangles(["E13", "E14", "E15", "F13", "F14", "F15", "E20", "M94"])).toEqual(["E13:F15", "E20", "M94"]);
    expect(markRectangles(["B2", "B4"])).toEqual(["B2", "B4"]);
  });

  test("a cell with several findings is marked once, in the most serious colour; add-in sheets are never marked", () => {
    const base = { rule: "x", category: "pagu" as const, message: "m" };
    const plan = planMarks([
      { ...base, severity: "warning", sheet: "Tabel 4.1", cell: "M94" },
      { ...base, severity: "error", sheet: "Tabel 4.1", cell: "M94" },
      { ...base, severity: "info", sheet: "Tabel 4.1", cell: "M95" },
      { ...base, severity: "error", sheet: HASIL_SHEET, cell: "A1" },
    ]);
    expect(plan.marks).toEqual([
      { sheet: "Tabel 4.1", cells: ["M94"], severity: "error" },
      { sheet: "Tabel 4.1", cells: ["M95"], severity: "info" },
    ]);
    expect(plan.clearMarks).toBe(true);
    // The list in Bahasa Indonesia: what the sheet is, the header, one row per rectangle with its tingkat.
    expect(plan.sheets.map((s) => s.sheet)).toEqual([TANDA_SHEET]);
    expect(plan.sheets[0].rows).toEqual([
      ['Lembar ini dikelola add-in Renja: daftar sel yang ditandai hasil validasi, dipakai oleh "Hapus tanda". Jangan diubah.', null, null],
      ["Lembar", "Rentang sel", "Tingkat temuan"],
      ["Tabel 4.1", "M94", "Galat"],
      ["Tabel 4.1", "M95", "Info"],
    ]);
    expect(readMarkedRanges({ sheets: [{ name: TANDA_SHEET, origin: { row: 0, col: 0 }, values: plan.sheets[0].rows as CellValue[][] }, { name: "Tabel 4.1", origin: { row: 0, col: 0 }, values: [] }] })).toEqual([
      { sheet: "Tabel 4.1", range: "M94" },
      { sheet: "Tabel 4.1", range: "M95" },
    ]);
  });
});
