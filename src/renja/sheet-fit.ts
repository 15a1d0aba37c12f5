// Row heights and column widths of a sheet the add-in writes, worked out from what its cells will show: the Office
// adapter and the .xlsx writers apply these same numbers (and wrap the same cells), so a table prints and shows
// whole in Excel, which does not autofit rows holding merged cells (every header block) nor rows it did not edit.
import { formatAngka } from "./angka";
import { parseA1, parseRange, type CellRange, type CellValue } from "./grid";
import { formatKind, percentOf } from "./number-format";
import { isComposedFormula, type SheetWrite, type WriteValue } from "./plan";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, heightForLines, longestWord, MAX_ROW_HEIGHT, textLines, widthForText, type TextStyle } from "./row-height";

/** A column is widened to keep a word or a number whole, up to this; longer words wrap inside it. */
export const MAX_FIT_WIDTH = 60;

export interface SheetFit {
  /** Width (column units) of each column of the written block, from its first column. */
  columnWidths: number[];
  /** Height (points) of each written row; null where one line at the default height is enough. */
  rowHeights: (number | null)[];
}

/** The text a written cell shows: numbers as an Indonesian Excel formats them, a formula's known result or link text. */
export function shownText(sw: SheetWrite, i: number, j: number): string {
  const v: WriteValue | undefined = sw.rows[i]?.[j];
  if (v === null || v === undefined) return "";
  if (isComposedFormula(v)) {
    const result = sw.results?.[i]?.[j];
    if (result !== null && result !== undefined) return valueText(result, sw.numberFormats?.[i]?.[j] ?? null);
    // HYPERLINK("#'Tabel 4.1'!E13","Tabel 4.1!E13"): the cell shows its last argument.
    const link = /^=HYPERLINK\(".*","((?:[^"]|"")*)"\)$/i.exec(v.formula);
    return link ? link[1].replace(/""/g, '"') : "";
  }
  return valueText(v, sw.numberFormats?.[i]?.[j] ?? null);
}

/** A constant as a cell with `format` shows it in an Indonesian Excel (1.234.567, 85,20%). */
export function valueText(v: CellValue, format: string | null): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const kind = formatKind(format);
  const decimals = (f: string): number => /\.(0+)/.exec(f)?.[1].length ?? 0;
  if (kind === "percent" && format) return `${formatAngka(percentOf(v), decimals(format))}%`;
  if (kind === "number" && format) return formatAngka(v, decimals(format));
  return String(v).replace(".", ",");
}

/** Rows (0-based, relative to the block) whose text is bold: bold rows and header rows. */
function boldSet(sw: SheetWrite): Set<number> {
  return new Set([...(sw.boldRows ?? []), ...(sw.headerRows ?? [])].map((r) => r - 1));
}

/** The merged areas of a write, relative to its block, found by row (a header block's merges, a title's). */
class Merges {
  private readonly byRow = new Map<number, CellRange[]>();

  constructor(sw: SheetWrite) {
    const o = parseA1(sw.start) ?? { row: 0, col: 0 };
    for (const text of sw.merges ?? []) {
      const m = parseRange(text);
      if (!m) continue;
      const rel = { r1: m.r1 - o.row, c1: m.c1 - o.col, r2: m.r2 - o.row, c2: m.c2 - o.col };
      // Only the written rows matter; a merge reaching far below them is cut to those.
      for (let r = Math.max(0, rel.r1); r <= Math.min(rel.r2, sw.rows.length - 1); r++) this.byRow.set(r, [...(this.byRow.get(r) ?? []), rel]);
    }
  }

  at(i: number, j: number): CellRange | undefined {
    return this.byRow.get(i)?.find((m) => m.c1 <= j && j <= m.c2);
  }
}

/**
 * Which written cells wrap their text. Every text wraps, except a line standing alone in the first column of its
 * row outside any merge (a title, a note under a table): it runs on over the empty cells beside it, as typed.
 */
export function wrapping(sw: SheetWrite): (i: number, j: number) => boolean {
  const merges = new Merges(sw);
  return (i, j) => wraps(sw, merges, i, j);
}

function wraps(sw: SheetWrite, merges: Merges, i: number, j: number): boolean {
  const v = sw.rows[i]?.[j];
  if (typeof v !== "string" || v === "" || sw.unwrappedColumns?.includes(j)) return false;
  if (j !== 0) return true;
  const alone = sw.rows[i].every((x, k) => k === 0 || x === null || x === "");
  return !alone || merges.at(i, j) !== undefined;
}

/**
 * Areas (relative to the block) whose text runs on unwrapped, for a writer that wraps the whole block first: the
 * lines alone in their row, and the columns that never wrap.
 */
export function unwrappedAreas(sw: SheetWrite): CellRange[] {
  const merges = new Merges(sw);
  const out: CellRange[] = [];
  sw.rows.forEach((r, i) => {
    if (typeof r[0] === "string" && r[0] !== "" && !sw.unwrappedColumns?.includes(0) && !wraps(sw, merges, i, 0)) out.push({ r1: i, c1: 0, r2: i, c2: 0 });
  });
  if (sw.rows.length > 0) for (const c of sw.unwrappedColumns ?? []) out.push({ r1: 0, c1: c, r2: sw.rows.length - 1, c2: c });
  return out;
}

/**
 * Widths that keep every number and every word of a wrapped text whole (never narrower than the plan's own widths,
 * never widened past MAX_FIT_WIDTH), and the row heights the wrapped texts then need. A merged area counts its
 * columns' widths together and its rows' heights together: what is missing goes to its rows evenly.
 */
export function fitSheet(sw: SheetWrite): SheetFit {
  const merges = new Merges(sw);
  const bold = boldSet(sw);
  const ncols = Math.max(sw.columnWidths?.length ?? 0, ...sw.rows.map((r) => r.length));
  const widths = Array.from({ length: ncols }, (_, c) => sw.columnWidths?.[c] ?? DEFAULT_COLUMN_WIDTH);
  const styleOf = (i: number): TextStyle => (bold.has(i) ? { bold: true } : {});
  const widen = (j: number, need: number): void => {
    if (need > widths[j]) widths[j] = Math.min(MAX_FIT_WIDTH, need);
  };

  // Widths: single cells only (a merged area's text wraps over its columns together). A number never wraps (Excel
  // shows ### instead): per column, format and weight only the largest is measured, as a formatted number's width
  // grows with it; General numbers are measured one by one.
  const widest = new Map<string, { j: number; format: string | null; bold: boolean; max: number; negative: boolean }>();
  sw.rows.forEach((row, i) => {
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v === null || v === "" || merges.at(i, j)) continue;
      if (typeof v === "string") {
        if (wraps(sw, merges, i, j)) widen(j, widthForText(longestWord(v), styleOf(i)));
        continue;
      }
      const shown = isComposedFormula(v) ? (sw.results?.[i]?.[j] ?? null) : v;
      const format = sw.numberFormats?.[i]?.[j] ?? null;
      if (typeof shown === "number" && formatKind(format) !== "general") {
        const key = `${j}|${format}|${bold.has(i)}`;
        const w = widest.get(key) ?? { j, format, bold: bold.has(i), max: 0, negative: false };
        w.max = Math.max(w.max, Math.abs(shown));
        w.negative ||= shown < 0;
        widest.set(key, w);
      } else {
        const text = shownText(sw, i, j);
        if (text !== "") widen(j, widthForText(text, styleOf(i)));
      }
    }
  });
  for (const w of widest.values()) widen(w.j, widthForText(valueText(w.negative ? -w.max : w.max, w.format), { bold: w.bold }));

  // Heights: a single cell sets its row's; a merged area's text is shared out over its rows afterwards.
  const heights: number[] = sw.rows.map(() => DEFAULT_ROW_HEIGHT);
  const spanWidth = (c1: number, c2: number): number => widths.slice(c1, c2 + 1).reduce((s, w) => s + w, 0);
  const areas: { m: CellRange; h: number }[] = [];
  sw.rows.forEach((row, i) => {
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== "string" || !wraps(sw, merges, i, j)) continue;
      const m = merges.at(i, j);
      if (m && (m.r1 !== i || m.c1 !== j)) continue; // hidden under a merge
      const h = heightForLines(textLines(v, m ? spanWidth(m.c1, m.c2) : widths[j], styleOf(i)));
      if (m && m.r2 > m.r1) areas.push({ m, h });
      else if (h > heights[i]) heights[i] = h;
    }
  });
  // Shorter areas first: a taller one then counts what its rows already have.
  areas.sort((a, b) => a.m.r2 - a.m.r1 - (b.m.r2 - b.m.r1));
  for (const { m, h } of areas) {
    const rows = Array.from({ length: m.r2 - m.r1 + 1 }, (_, k) => m.r1 + k).filter((r) => r < heights.length);
    const have = rows.reduce((s, r) => s + heights[r], 0);
    if (have >= h || rows.length === 0) continue;
    const extra = (h - have) / rows.length;
    for (const r of rows) heights[r] = Math.min(MAX_ROW_HEIGHT, Math.ceil((heights[r] + extra) * 4) / 4);
  }
  return {
    columnWidths: widths,
    rowHeights: heights.map((h) => (h > DEFAULT_ROW_HEIGHT ? h : null)),
  };
}

/** The write with its fitted widths and heights (a plan's own heights, where it has them, are kept). */
export function fittedSheet(sw: SheetWrite): SheetWrite {
  if (sw.rowHeights) return sw;
  const fit = fitSheet(sw);
  return { ...sw, columnWidths: fit.columnWidths, rowHeights: fit.rowHeights };
}
