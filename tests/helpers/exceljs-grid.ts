// The old reading path, kept for tests only: ExcelJS's whole-workbook load turned into the engine's grid. The
// parity test compares the streaming reader (src/cli/xlsx) against it; nothing in src/ reads through ExcelJS.
import ExcelJS from "exceljs";
import { parseRange, type CellValue, type SheetGrid, type SheetVisibility, type WorkbookGrid } from "../../src/renja/grid";
import { LIMITS, type Limits } from "../../src/cli/limits";

/** The value of an ExcelJS cell as Office.js would report it (errors as their text, formulas by cached result). */
export function excelJsValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      if (typeof r === "object" && "error" in r) return String(r.error);
      return r instanceof Date ? r.toISOString().slice(0, 10) : (r as CellValue);
    }
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const f = cell.formula;
  return f ? `=${f}` : null;
}

/**
 * One sheet as a grid from A1, rows ragged (each as long as its last value). Only the first `maxRows` ×
 * `maxColumns` are read, so a stray value in XFD1048576 costs nothing; the first value left out is recorded in
 * `clipped` and reported by the struktur rule. Styled empty cells (formatting out to column XFD) are not values.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet, limits: Pick<Limits, "maxRows" | "maxColumns"> = LIMITS): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let clipped: SheetGrid["clipped"];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (cell.isMerged && cell.master !== cell) return;
      const formula = formulaOf(cell);
      // ExcelJS leaves a cached result of 0 out of cell.value; cell.result keeps it.
      const value = formula === null ? excelJsValue(cell.value) : excelJsValue((cell.result ?? null) as ExcelJS.CellValue);
      if ((value === null || value === "") && formula === null) return;
      if (r >= limits.maxRows || c >= limits.maxColumns) {
        clipped = { readRows: limits.maxRows, readCols: limits.maxColumns, rows: Math.max(clipped?.rows ?? 0, rowNumber), cols: Math.max(clipped?.cols ?? 0, colNumber), first: clipped?.first ?? { row: r, col: c } };
        return;
      }
      while (values.length <= r) {
        values.push([]);
        formulas.push([]);
        numberFormats.push([]);
      }
      while (values[r].length < c) {
        values[r].push(null);
        formulas[r].push(null);
        numberFormats[r].push(null);
      }
      values[r][c] = value;
      formulas[r][c] = formula;
      numberFormats[r][c] = cell.numFmt ?? null;
    });
  });
  const merges = (ws.model.merges ?? []).map((m) => parseRange(m)).filter((m): m is NonNullable<typeof m> => m !== undefined);
  const visibility: SheetVisibility = ws.state === "hidden" ? "hidden" : ws.state === "veryHidden" ? "veryHidden" : "visible";
  const grid: SheetGrid = { name: ws.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges, visibility };
  if (clipped) grid.clipped = clipped;
  return grid;
}

export function workbookToGrid(wb: ExcelJS.Workbook, limits: Pick<Limits, "maxRows" | "maxColumns"> = LIMITS): WorkbookGrid {
  return { sheets: wb.worksheets.map((ws) => worksheetToGrid(ws, limits)) };
}

export async function readWithExcelJs(path: string, limits: Pick<Limits, "maxRows" | "maxColumns"> = LIMITS): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return workbookToGrid(wb, limits);
}

/** A Date as ExcelJS gives it for a date cell → Excel's serial number (what Office.js reports in `values`). */
export function serialOfDate(d: Date, date1904 = false): number {
  const serial = d.getTime() / 86_400_000 + 25569;
  return Number((date1904 ? serial - 1462 : serial).toPrecision(15));
}
