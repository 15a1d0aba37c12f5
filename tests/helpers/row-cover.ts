// Whether a sheet's row heights cover its wrapped texts: for each wrapped cell (a merged area's top-left counts
// for the whole area), the rows it spans together are at least its estimated lines × the line height at the
// columns' width. The same check for a SheetWrite as planned and for an .xlsx as written.
import type ExcelJS from "exceljs";
import type { CellRange } from "../../src/renja/grid";
import type { SheetWrite } from "../../src/renja/plan";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, heightForLines, textLines, widthForText } from "../../src/renja/row-height";
import { fitSheet, shownText, valueText, wrapping } from "../../src/renja/sheet-fit";
import { shownValue } from "./libreoffice";
import { parseA1, parseRange } from "../../src/renja/grid";

export interface SheetPicture {
  name: string;
  /** Wrapped text cells, 0-based. */
  cells: { row: number; col: number; text: string; bold: boolean }[];
  merges: CellRange[];
  /** Column widths in units by 0-based column (missing: Excel's default). */
  widths: Map<number, number>;
  /** Row heights in points by 0-based row (missing: the default 15). */
  heights: Map<number, number>;
}

export interface ShortRow {
  sheet: string;
  cell: string;
  lines: number;
  need: number;
  have: number;
}

/** Every wrapped cell whose rows are shorter than its text needs (none for a sheet that fits). */
export function shortRows(p: SheetPicture): ShortRow[] {
  const out: ShortRow[] = [];
  const width = (c: number): number => p.widths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  const height = (r: number): number => p.heights.get(r) ?? DEFAULT_ROW_HEIGHT;
  for (const cell of p.cells) {
    const m = p.merges.find((x) => x.r1 <= cell.row && cell.row <= x.r2 && x.c1 <= cell.col && cell.col <= x.c2);
    if (m && (m.r1 !== cell.row || m.c1 !== cell.col)) continue;
    const area = m ?? { r1: cell.row, c1: cell.col, r2: cell.row, c2: cell.col };
    let w = 0;
    for (let c = area.c1; c <= area.c2; c++) w += width(c);
    let have = 0;
    for (let r = area.r1; r <= area.r2; r++) have += height(r);
    const lines = textLines(cell.text, w, { bold: cell.bold });
    const need = heightForLines(lines);
    if (have + 1e-9 < need) out.push({ sheet: p.name, cell: `R${cell.row + 1}C${cell.col + 1}`, lines, need, have });
  }
  return out;
}

/** A SheetWrite as its writers will lay it out (fitted widths and heights). */
export function plannedPicture(sw: SheetWrite): SheetPicture {
  const fit = fitSheet(sw);
  const wraps = wrapping(sw);
  const o = parseA1(sw.start) ?? { row: 0, col: 0 };
  const bold = new Set([...(sw.boldRows ?? []), ...(sw.headerRows ?? [])]);
  const cells: SheetPicture["cells"] = [];
  sw.rows.forEach((row, i) => row.forEach((_, j) => {
    if (wraps(i, j)) cells.push({ row: o.row + i, col: o.col + j, text: shownText(sw, i, j), bold: bold.has(i + 1) });
  }));
  return {
    name: sw.sheet,
    cells,
    merges: (sw.merges ?? []).map((m) => parseRange(m)).filter((m): m is CellRange => m !== undefined),
    widths: new Map(fit.columnWidths.map((w, c) => [o.col + c, w])),
    heights: new Map(fit.rowHeights.flatMap((h, i) => (h === null ? [] : [[o.row + i, h] as [number, number]]))),
  };
}

/** A written worksheet as ExcelJS reads it back from the .xlsx XML: wrapped text cells, merges, widths, heights. */
export function worksheetPicture(ws: ExcelJS.Worksheet): SheetPicture {
  const cells: SheetPicture["cells"] = [];
  const widths = new Map<number, number>();
  const heights = new Map<number, number>();
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    if (w !== undefined) widths.set(c - 1, w);
  }
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height !== null) heights.set(r - 1, row.height);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = shownValue(cell);
      if (typeof v !== "string" || v === "" || !cell.alignment?.wrapText) return;
      cells.push({ row: r - 1, col: c - 1, text: v, bold: cell.font?.bold === true });
    });
  });
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((m) => parseRange(m)).filter((m): m is CellRange => m !== undefined);
  return { name: ws.name, cells, merges, widths, heights };
}

/** Number cells (outside merges) too narrow to show their number as formatted: Excel would show "###". */
export function narrowNumbers(ws: ExcelJS.Worksheet, picture: SheetPicture = worksheetPicture(ws)): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = shownValue(cell);
      if (typeof v !== "number") return;
      if (picture.merges.some((m) => m.r1 <= r - 1 && r - 1 <= m.r2 && m.c1 <= c - 1 && c - 1 <= m.c2)) return;
      const text = valueText(v, typeof cell.numFmt === "string" ? cell.numFmt : null);
      const width = picture.widths.get(c - 1) ?? DEFAULT_COLUMN_WIDTH;
      const need = widthForText(text, { bold: cell.font?.bold === true });
      if (need > width) out.push(`${ws.name}!${cell.address} "${text}" needs ${need}, has ${width}`);
    });
  });
  return out;
}
