// .xlsx ⇄ the engine's grids, through ExcelJS. Reading builds one WorkbookGrid; nothing Renja-specific here.
import ExcelJS from "exceljs";
import { statSync } from "node:fs";
import { parseRange, type CellValue, type SheetGrid, type SheetVisibility, type WorkbookGrid } from "../renja/grid";
import { InputError } from "./errors";

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

export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rowCount = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const colCount = ws.actualColumnCount === 0 ? 0 : ws.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < rowCount; r++) {
    values.push(new Array<CellValue>(colCount).fill(null));
    formulas.push(new Array<string | null>(colCount).fill(null));
    numberFormats.push(new Array<string | null>(colCount).fill(null));
  }
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (r >= rowCount || c >= colCount) return;
      if (cell.isMerged && cell.master !== cell) return;
      values[r][c] = excelJsValue(cell.value);
      formulas[r][c] = formulaOf(cell);
      numberFormats[r][c] = cell.numFmt ?? null;
    });
  });
  const merges = (ws.model.merges ?? []).map((m) => parseRange(m)).filter((m): m is NonNullable<typeof m> => m !== undefined);
  const visibility: SheetVisibility = ws.state === "hidden" ? "hidden" : ws.state === "veryHidden" ? "veryHidden" : "visible";
  return { name: ws.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges, visibility };
}

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.map(worksheetToGrid) };
}

/** Reads an .xlsx file into grids; anything unreadable becomes an InputError with a plain message. */
export async function readXlsxGrid(path: string): Promise<WorkbookGrid> {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw new InputError(`Berkas tidak ditemukan: ${path}`);
  if (st.isDirectory()) throw new InputError(`Bukan berkas, melainkan folder: ${path}`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    throw new InputError(`Berkas tidak dapat dibaca sebagai workbook Excel (.xlsx): ${path}`);
  }
  return workbookToGrid(wb);
}
