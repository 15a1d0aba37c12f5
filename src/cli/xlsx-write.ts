// SheetWrites → ExcelJS worksheets: values, formulas with cached results, number formats, merges, widths, bold
// and header rows, borders, freeze panes, print titles, landscape, drop-down lists. Nothing Renja-specific here.
import ExcelJS from "exceljs";
import { parseA1, parseRange, type CellValue } from "../renja/grid";
import { cellContent, cellWriteSteps } from "../renja/cell-write";
import { freeSheetName } from "../renja/sheet-name";
import type { CellWrite, CellWriteValue, SheetWrite } from "../renja/plan";
import { fittedSheet, wrapping } from "../renja/sheet-fit";

/** ExcelJS's (and Excel's) default font, which the row heights are worked out for (row-height.ts). */
const BODY_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };
/** Excel keeps inline list sources to 255 characters. */
const LIST_SOURCE_MAX = 255;
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** The ExcelJS value of a planned cell, through the one cell writer: a string is always a string cell. */
export function excelJsValue(v: CellWriteValue, result?: CellValue): ExcelJS.CellValue {
  const c = cellContent(v);
  switch (c.kind) {
    case "empty":
      return null;
    case "formula": {
      const f: ExcelJS.CellFormulaValue = { formula: c.formula.slice(1), date1904: false };
      if (result !== null && result !== undefined) f.result = result as ExcelJS.CellFormulaValue["result"];
      return f;
    }
    case "text":
      // ExcelJS stores a JS string as a string cell, whatever it starts with.
      return c.text;
    case "error":
      return { error: c.code } as ExcelJS.CellErrorValue;
    default:
      return c.value;
  }
}

/**
 * Writes one planned cell into an ExcelJS sheet with the same decisions as the add-in (cell-write.ts): the content,
 * and the number format the plan asks for. A number going into a text-formatted ("@") cell gets "General", as
 * Excel needs; a restore puts the recorded format back.
 */
export function writeCell(ws: ExcelJS.Worksheet, address: string, value: CellWriteValue, numberFormat?: string | null): void {
  const cell = ws.getCell(address);
  const current = typeof cell.numFmt === "string" && cell.numFmt !== "" ? cell.numFmt : "General";
  const steps = cellWriteSteps(value, numberFormat, current);
  cell.value = excelJsValue(value);
  const format = steps.after ?? steps.before;
  if (format !== undefined) cell.numFmt = format;
}

/** Applies the cell writes of a plan (fixes, restores, recomputed values) to an ExcelJS workbook. */
export function applyCellWrites(wb: ExcelJS.Workbook, cells: readonly CellWrite[]): number {
  let n = 0;
  for (const w of cells) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    writeCell(ws, w.cell, w.value, w.numberFormat);
    n++;
  }
  return n;
}

/** Puts `ws` right after the sheet named `after` (or keeps `position` when replacing). */
function place(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, after: string | undefined, position: number | undefined): void {
  const others = wb.worksheets.filter((w) => w !== ws);
  let index = others.length;
  if (position !== undefined) index = Math.min(position, others.length);
  else if (after !== undefined) {
    const i = others.findIndex((w) => w.name === after);
    if (i >= 0) index = i + 1;
  }
  others.splice(index, 0, ws);
  // ExcelJS orders sheets by orderNo (not in its typings).
  others.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i + 1));
}

/** Writes each SheetWrite as a sheet of `wb`; returns the sheet names used. */
export function applySheetWrites(wb: ExcelJS.Workbook, writes: SheetWrite[]): string[] {
  const names: string[] = [];
  for (const w of writes) {
    let name = w.sheet;
    let position: number | undefined;
    // Excel (and ExcelJS) compare sheet names without case: "TABEL 4.2 (OTOMATIS)" takes "Tabel 4.2 (otomatis)".
    const existing = wb.worksheets.find((ws) => ws.name.toLowerCase() === w.sheet.toLowerCase());
    if (existing && w.replace) {
      position = wb.worksheets.indexOf(existing);
      name = existing.name;
      wb.removeWorksheet(existing.id);
    } else {
      name = freeSheetName(w.sheet, wb.worksheets.map((ws) => ws.name));
    }
    const freeze = w.freezeRows ?? 0;
    const ws = wb.addWorksheet(name, {
      views: freeze > 0 ? [{ state: "frozen", xSplit: 0, ySplit: freeze }] : [],
      pageSetup: {
        orientation: w.landscape ? "landscape" : "portrait",
        fitToPage: Boolean(w.landscape),
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: w.printTitleRows ? w.printTitleRows.replace(/\$/g, "") : undefined,
      },
    });
    place(wb, ws, w.after, position);
    writeSheet(ws, w);
    names.push(name);
  }
  return names;
}

function writeSheet(ws: ExcelJS.Worksheet, planned: SheetWrite): void {
  const w = fittedSheet(planned);
  const wraps = wrapping(w);
  const start = parseA1(w.start) ?? { row: 0, col: 0 };
  (w.columnWidths ?? []).forEach((width, i) => {
    ws.getColumn(start.col + i + 1).width = width;
  });
  for (const address of w.wrapRanges ?? []) {
    const r = parseRange(address);
    if (!r) continue;
    for (let c = r.c1; c <= r.c2; c++) for (let row = r.r1; row <= r.r2; row++) ws.getCell(row + 1, c + 1).alignment = { vertical: "top", wrapText: true };
  }
  for (const [address, format] of Object.entries(w.rangeFormats ?? {})) {
    const r = parseRange(address);
    if (!r) continue;
    for (let c = r.c1; c <= r.c2; c++) for (let row = r.r1; row <= r.r2; row++) ws.getCell(row + 1, c + 1).numFmt = format;
  }
  w.rows.forEach((line, i) => {
    line.forEach((v, j) => {
      const format = w.numberFormats?.[i]?.[j] ?? null;
      if ((v === null || v === "") && format === null) return;
      const cell = ws.getCell(start.row + i + 1, start.col + j + 1);
      if (v !== null && v !== "") cell.value = excelJsValue(v, w.results?.[i]?.[j]);
      if (format !== null) cell.numFmt = format;
      cell.alignment = { vertical: "top", wrapText: wraps(i, j) };
    });
  });
  // Heights set here are kept by Excel (customHeight): it does not autofit rows with merged cells, nor on load.
  (w.rowHeights ?? []).forEach((h, i) => {
    if (h !== null) ws.getRow(start.row + i + 1).height = h;
  });
  // A loop, not Math.max(...rows): spreading 146 000 rows as arguments overflows the stack.
  let width = 0;
  for (const r of w.rows) if (r.length > width) width = r.length;
  if (w.tableRange) {
    const r = parseRange(w.tableRange);
    if (r) for (let row = r.r1; row <= r.r2; row++) for (let c = r.c1; c <= r.c2; c++) ws.getCell(row + 1, c + 1).border = THIN;
  }
  for (const b of w.boldRows ?? []) {
    for (let j = 0; j < width; j++) {
      const cell = ws.getCell(start.row + b, start.col + j + 1);
      // The font named in full: a bare <b/> font has no typeface, and LibreOffice then prints it in a serif.
      const own = Object.fromEntries(Object.entries(cell.font ?? {}).filter(([, v]) => v !== undefined));
      cell.font = { ...BODY_FONT, ...own, bold: true };
    }
  }
  for (const h of w.headerRows ?? []) {
    for (let j = 0; j < width; j++) {
      const cell = ws.getCell(start.row + h, start.col + j + 1);
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
  for (const m of w.merges ?? []) ws.mergeCells(m);
  for (const [address, items] of Object.entries(w.lists ?? {})) {
    const source = items.map((x) => x.replace(/"/g, "")).join(",");
    if (items.some((x) => x.includes(",")) || source.length > LIST_SOURCE_MAX) continue;
    // A suggestion list: other names may still be typed (SIPD names vary by region), Excel only warns.
    const dv: ExcelJS.DataValidation = { type: "list", allowBlank: true, formulae: [`"${source}"`], showErrorMessage: true, errorStyle: "warning", errorTitle: "Di luar daftar", error: "Nilai ini tidak ada di daftar pilihan. Tetap gunakan?" };
    (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(address, dv);
  }
}
