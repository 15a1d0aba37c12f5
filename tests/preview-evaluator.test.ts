// The preview's own formula evaluator (no GPL engine in the preview bundle) shows what Excel shows: on every
// formula the add-in writes (layouts of both forms, generated Tabel 4.2, Hasil Validasi links) it agrees with
// HyperFormula cell by cell; what it cannot read keeps the workbook's value.
import * as path from "path";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { createMemoryExcel, type FormulaEvaluator, type MemoryExcel } from "../src/excel/memory";
import { columnLetters, type WorkbookGrid } from "../src/renja/grid";
import { HASIL_SHEET } from "../src/renja/hasil";
import { LAYOUT_FORMS, LAYOUT_KINDS } from "../src/renja/layouts";
import { composedFormula, type WritePlan } from "../src/renja/plan";
import { previewEvaluator } from "../src/preview/preview-evaluator";
import { insertPlan } from "../src/taskpane/insert-service";
import { createExcelPort, outputsPlan, runValidation } from "../src/taskpane/services";
import { previewTabel42, tabel41Sources, tabel42Plan } from "../src/taskpane/triwulan-service";
import { hyperFormulaEvaluator } from "./helpers/hyperformula-evaluator";

const SAMPLE = path.join(__dirname, "..", "seeds", "renja-dinsos-malang-2024.xlsx");
const EMPTY: WorkbookGrid = { sheets: [{ name: "Lembar1", origin: { row: 0, col: 0 }, values: [] }] };

/** Applies the plan to a host with the given evaluator; every formula cell's shown value, by address. */
async function formulaValues(wb: WorkbookGrid, plan: WritePlan, evaluator: FormulaEvaluator): Promise<Map<string, unknown>> {
  const host: MemoryExcel = createMemoryExcel(wb, { evaluator });
  await createExcelPort(host.run, host.isSetSupported).apply(plan);
  const out = new Map<string, unknown>();
  for (const sheet of host.state.sheets) for (const [r, c, cell] of sheet.entries()) if (cell.formula) out.set(`${sheet.name}!${columnLetters(c)}${r + 1}`, cell.value);
  return out;
}

async function expectSameAsHyperFormula(wb: WorkbookGrid, plan: WritePlan): Promise<number> {
  const ours = await formulaValues(wb, plan, previewEvaluator);
  const theirs = await formulaValues(wb, plan, hyperFormulaEvaluator);
  expect([...ours.keys()]).toEqual([...theirs.keys()]);
  for (const [address, v] of theirs) {
    const mine = ours.get(address);
    if (typeof v === "number" && typeof mine === "number") expect([address, mine]).toEqual([address, expect.closeTo(v, 9)]);
    else expect([address, mine]).toEqual([address, v]);
  }
  return ours.size;
}

let sample: WorkbookGrid;
beforeAll(async () => {
  sample = await readXlsxGrid(SAMPLE);
});

describe("preview evaluator agrees with HyperFormula on what the add-in writes", () => {
  test.each(LAYOUT_FORMS.flatMap((bentuk) => LAYOUT_KINDS.map((kind) => [bentuk, kind] as const)))("Sisipkan Tabel %s %s with examples", async (bentuk, kind) => {
    const n = await expectSameAsHyperFormula(EMPTY, insertPlan({ kind, tahun: 2025, opd: "Dinas Sosial", exampleRows: true, bentuk }));
    if (kind !== "T2.2" && kind !== "T2.4") expect(n).toBeGreaterThan(0);
  });

  test("Tabel 4.2 generated from the sample's Tabel 4.1 (SUM, IF and ROUND)", async () => {
    const host = createMemoryExcel(sample);
    const run = await runValidation(createExcelPort(host.run, host.isSetSupported));
    const table = tabel41Sources(run)[0].table;
    const preview = previewTabel42(run.wb, table, { profile: [6, 20.8, 39.8, 33.4], tahun: 2024, opd: "Dinas Sosial" });
    expect(await expectSameAsHyperFormula({ sheets: [] }, tabel42Plan(preview))).toBeGreaterThan(100);
  });

  test("Hasil Validasi shows each HYPERLINK's text, the cell it leads to", async () => {
    const host = createMemoryExcel(sample, { evaluator: previewEvaluator });
    const port = createExcelPort(host.run, host.isSetSupported);
    const run = await runValidation(port);
    await port.apply(outputsPlan(run, { hasil: true, now: "2025-01-02 03:04" }));
    const sheet = host.sheet(HASIL_SHEET)!;
    const links = [...sheet.entries()].filter(([, , c]) => c.formula?.startsWith("=HYPERLINK("));
    expect(links.length).toBe(run.result.findings.length);
    const shown = new Set(links.map(([, , c]) => c.value));
    for (const f of run.result.findings) expect(shown.has(`${f.sheet}!${f.cell}`)).toBe(true);
  });
});

describe("what the preview evaluator cannot compute", () => {
  const grid: WorkbookGrid = {
    sheets: [
      {
        name: "Data",
        origin: { row: 0, col: 0 },
        values: [
          [10, 0, "teks", 7, 42],
          [null, null, null, null, null],
        ],
        formulas: [
          [null, null, null, null, "=VLOOKUP(A1,A1:B1,2)"],
          [null, null, null, null, null],
        ],
      },
    ],
  };

  test("errors as Excel shows them; an unknown function keeps the cached value, or shows #NAME? when new", async () => {
    const host = createMemoryExcel(grid, { evaluator: previewEvaluator });
    // Loaded: the workbook's cached result stays where the function is not one the preview reads.
    expect(host.sheet("Data")!.get(0, 4)!.value).toBe(42);
    const formulas = ["=A1/B1", "=SUM(A1:D1)+C1", '=IFERROR(A1/B1,"-")', "=MEDIAN(A1:D1)", '=ROUND(-2.5,0)&" / "&SUM(A1,C1,D1)'];
    await createExcelPort(host.run, host.isSetSupported).apply({ cells: formulas.map((f, c) => ({ sheet: "Data", cell: `${columnLetters(c)}2`, value: composedFormula(f) })), sheets: [] });
    const row = [0, 1, 2, 3, 4].map((c) => host.sheet("Data")!.get(1, c)!.value);
    expect(row).toEqual(["#DIV/0!", "#VALUE!", "-", "#NAME?", "-3 / 17"]);
  });
});
