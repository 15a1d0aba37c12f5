// Applies a write plan to grids, the way Excel would: for previews, the CLI's dry runs and tests.
import { parseA1, type CellValue, type SheetGrid, type WorkbookGrid } from "./grid";
import { cellWriteSteps, gridValue } from "./cell-write";
import type { CellWriteValue, WritePlan } from "./plan";

function ensureCell(g: SheetGrid, row: number, col: number): { r: number; c: number } {
  // Grow the grid to hold (row, col); origins before the cell stay as they are.
  if (row < g.origin.row || col < g.origin.col) {
    const dr = Math.max(0, g.origin.row - row);
    const dc = Math.max(0, g.origin.col - col);
    const pad = <T>(rows: T[][] | undefined, fill: T): T[][] | undefined =>
      rows && [...Array.from({ length: dr }, () => [] as T[]), ...rows.map((r) => [...new Array<T>(dc).fill(fill), ...r])];
    g.values = pad(g.values, null as CellValue) ?? [];
    g.formulas = pad(g.formulas, null);
    g.numberFormats = pad(g.numberFormats, null);
    g.origin = { row: g.origin.row - dr, col: g.origin.col - dc };
  }
  const r = row - g.origin.row;
  const c = col - g.origin.col;
  while (g.values.length <= r) g.values.push([]);
  g.formulas ??= [];
  g.numberFormats ??= [];
  while (g.formulas.length <= r) g.formulas.push([]);
  while (g.numberFormats.length <= r) g.numberFormats.push([]);
  return { r, c };
}

function setCell(g: SheetGrid, row: number, col: number, value: CellWriteValue, numberFormat?: string, result?: CellValue): void {
  const { r, c } = ensureCell(g, row, col);
  const formulas = g.formulas as (string | null)[][];
  const formats = g.numberFormats as (string | null)[][];
  // The same steps as the adapter: a number into a "@" cell goes in under "General" (cell-write.ts).
  const steps = cellWriteSteps(value, numberFormat, formats[r][c]);
  const format = steps.after ?? steps.before;
  // A formula's cached result is unknown here (no calculation) unless the plan states it (SheetWrite.results).
  const written = gridValue(value);
  formulas[r][c] = written.formula;
  g.values[r][c] = written.formula !== null && result !== undefined ? result : written.value;
  if (format !== undefined) formats[r][c] = format;
}

/** Returns a new workbook grid with the plan applied; the input is not changed. */
export function applyPlanToGrid(wb: WorkbookGrid, plan: WritePlan): WorkbookGrid {
  const out: WorkbookGrid = structuredClone(wb);
  const sheet = (name: string): SheetGrid => {
    let g = out.sheets.find((s) => s.name === name);
    if (!g) {
      g = { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] };
      out.sheets.push(g);
    }
    return g;
  };
  for (const sw of plan.sheets) {
    const g = sheet(sw.sheet);
    if (sw.replace) Object.assign(g, { origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] });
    const start = parseA1(sw.start) ?? { row: 0, col: 0 };
    sw.rows.forEach((row, i) => row.forEach((v, j) => setCell(g, start.row + i, start.col + j, v, sw.numberFormats?.[i]?.[j] ?? undefined, sw.results?.[i]?.[j] ?? undefined)));
  }
  for (const w of plan.cells) {
    const at = parseA1(w.cell);
    if (at) setCell(sheet(w.sheet), at.row, at.col, w.value, w.numberFormat);
  }
  return out;
}
