// .xlsx ⇄ the engine's grids, through ExcelJS. Reading builds one WorkbookGrid; nothing Renja-specific here.
import ExcelJS from "exceljs";
import { readFileSync, statSync } from "node:fs";
import { parseRange, type CellValue, type SheetGrid, type SheetVisibility, type WorkbookGrid } from "../renja/grid";
import { InputError } from "./errors";
import { outOfRangeSerial } from "./exceljs-fidelity";
import { LIMITS, megabytes, type Limits } from "./limits";
import { inspectXlsxPackage } from "./xlsx-package";

/** A date as its ISO day; one beyond JS dates (a date-formatted 1e20) as the number it is. */
function dateValue(d: Date): CellValue {
  return Number.isNaN(d.getTime()) ? (outOfRangeSerial(d) ?? null) : d.toISOString().slice(0, 10);
}

/** The value of an ExcelJS cell as Office.js would report it (errors as their text, formulas by cached result). */
export function excelJsValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateValue(v);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      if (typeof r === "object" && "error" in r) return String(r.error);
      return r instanceof Date ? dateValue(r) : (r as CellValue);
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

/**
 * Reads an .xlsx file into grids; anything unreadable or beyond the limits becomes an InputError with a plain
 * message (Bahasa Indonesia). The package is checked first (xlsx-package.ts), so ExcelJS only ever parses a
 * bounded, intact zip.
 */
export async function readXlsxGrid(path: string, limits: Limits = LIMITS): Promise<WorkbookGrid> {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw new InputError(`Berkas tidak ditemukan: ${path}`);
  if (st.isDirectory()) throw new InputError(`Bukan berkas, melainkan folder: ${path}`);
  if (st.size > limits.maxFileBytes) throw new InputError(`Berkas terlalu besar (${megabytes(st.size)}; batas ${megabytes(limits.maxFileBytes)}): ${path}`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    throw new InputError(`Berkas tidak dapat dibuka (izin akses?): ${path}`);
  }
  await inspectXlsxPackage(buf, path, limits);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw new InputError(`Berkas tidak dapat dibaca sebagai workbook Excel (.xlsx): ${path}`);
  }
  return workbookToGrid(wb, limits);
}
