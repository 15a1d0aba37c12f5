// Applies a write plan to grids, the way Excel would: for previews, the CLI's dry runs, the fix planner and tests.
// Copy on write: the result shares every row the plan does not touch with the input, so trying a plan on a
// workbook of 100k rows costs the rows it writes, not a copy of every cell (the fix planner tries several).
import { parseA1, type CellValue, type SheetGrid, type WorkbookGrid } from "./grid";
import { cellWriteSteps, gridValue } from "./cell-write";
import type { CellWriteValue, WritePlan } from "./plan";

/** Rows of a copied sheet that are its own (written); all of them once the grid was re-laid for a new origin. */
interface Owned {
  all: boolean;
  rows: Set<number>;
}

function ensureCell(g: SheetGrid, row: number, col: number, owned: Owned): { r: number; c: number } {
  // Grow the grid to hold (row, col); origins before the cell stay as they are.
  if (row < g.origin.row || col < g.origin.col) {
    owned.all = true; // every row is rebuilt below
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
  if (!owned.all && !owned.rows.has(r)) {
    g.values[r] = [...g.values[r]];
    g.formulas[r] = [...g.formulas[r]];
    g.numberFormats[r] = [...g.numberFormats[r]];
    owned.rows.add(r);
  }
  return { r, c };
}

function setCell(g: SheetGrid, owned: Owned, row: number, col: number, value: CellWriteValue, numberFormat?: string, result?: CellValue): void {
  const { r, c } = ensureCell(g, row, col, owned);
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
  const out: WorkbookGrid = { ...wb, sheets: [...wb.sheets] };
  const owned = new Map<SheetGrid, Owned>();
  // The sheet's copy: its row lists are new, the rows themselves shared until written (ensureCell copies them).
  const sheet = (name: string): { g: SheetGrid; own: Owned } => {
    const i = out.sheets.findIndex((s) => s.name === name);
    let g = i >= 0 ? out.sheets[i] : undefined;
    if (g && owned.has(g)) return { g, own: owned.get(g) as Owned };
    if (!g) {
      g = { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] };
      out.sheets.push(g);
    } else {
      g = { ...g, origin: { ...g.origin }, values: [...g.values], formulas: g.formulas && [...g.formulas], numberFormats: g.numberFormats && [...g.numberFormats], merges: g.merges && [...g.merges] };
      out.sheets[i] = g;
    }
    const own: Owned = { all: false, rows: new Set() };
    owned.set(g, own);
    return { g, own };
  };
  for (const sw of plan.sheets) {
    const { g, own } = sheet(sw.sheet);
    if (sw.replace) {
      Object.assign(g, { origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] });
      own.all = true;
    }
    const start = parseA1(sw.start) ?? { row: 0, col: 0 };
    sw.rows.forEach((row, i) => row.forEach((v, j) => setCell(g, own, start.row + i, start.col + j, v, sw.numberFormats?.[i]?.[j] ?? undefined, sw.results?.[i]?.[j] ?? undefined)));
  }
  for (const w of plan.cells) {
    const at = parseA1(w.cell);
    if (!at) continue;
    const { g, own } = sheet(w.sheet);
    setCell(g, own, at.row, at.col, w.value, w.numberFormat);
  }
  return out;
}
