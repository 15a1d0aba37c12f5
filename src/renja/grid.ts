// The engine's only view of a workbook: plain grids, as the Excel API's `Range.values/formulas/numberFormat`
// return them and as the CLI builds them from ExcelJS. Nothing here knows where the grid came from.

/** A cell value as Excel reports it. Error values (#REF!, #DIV/0!, …) arrive as their text. */
export type CellValue = string | number | boolean | null;

/** A rectangle in absolute, 0-based sheet coordinates (inclusive). */
export interface CellRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetGrid {
  name: string;
  /** 0-based sheet coordinates of values[0][0] (the used range may start anywhere). */
  origin: { row: number; col: number };
  /** rows × cols; empty cells are "" or null. */
  values: CellValue[][];
  /** Same shape as values; a formula ("=SUM(L5:L9)") or null/"" where the cell is a constant. */
  formulas?: (string | null)[][];
  /** Same shape as values; the number format code ("#,##0", "General", …). */
  numberFormats?: (string | null)[][];
  /** Merged areas in absolute coordinates. */
  merges?: CellRange[];
  visibility?: SheetVisibility;
  /**
   * Set when the reader left values out (the CLI reads at most readRows × readCols from A1): how far values
   * really reach (rows, cols: 1-based extents) and the first value left out. The struktur rule reports it.
   */
  clipped?: { readRows: number; readCols: number; rows: number; cols: number; first: { row: number; col: number } };
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column letters (any case) → 0-based index: A → 0, AA → 26; the inverse of columnLetters. */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** A1 address of a 0-based absolute (row, col). */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Parses "B7" / "$B$7" into 0-based absolute coordinates; undefined when it is not an address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses "A1:C3" (or a single cell) into a range. */
export function parseRange(address: string): CellRange | undefined {
  const [a, b] = address.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return undefined;
  return { r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) };
}

export function rangeA1(r: CellRange): string {
  const s = a1(r.r1, r.c1);
  const e = a1(r.r2, r.c2);
  return s === e ? s : `${s}:${e}`;
}

/** Read access to a sheet by absolute coordinates, tolerant of ragged rows. */
export class SheetView {
  readonly name: string;
  readonly rowStart: number;
  readonly colStart: number;
  readonly rowEnd: number; // exclusive
  readonly colEnd: number; // exclusive
  // row → the merges covering it, in sheet order. Indexed by row rather than by cell: repeated header blocks
  // bring thousands of merges, and one entry per covered cell made this constructor a visible cost.
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(readonly grid: SheetGrid) {
    this.name = grid.name;
    this.rowStart = grid.origin.row;
    this.colStart = grid.origin.col;
    this.rowEnd = grid.origin.row + grid.values.length;
    let width = 0;
    for (const r of grid.values) if (r.length > width) width = r.length;
    this.colEnd = grid.origin.col + width;
    for (const m of grid.merges ?? []) {
      // Only small merges matter for reading (header blocks); a merge spanning a data area is reported by the engine.
      const cells = (m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1);
      if (cells > 10_000) continue;
      if (cells <= 1) continue; // covers only its own top-left
      for (let r = m.r1; r <= m.r2; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
  }

  /** The merge that hides (row, col), if any: the last one in sheet order covering it other than at its top-left. */
  private mergeHiding(row: number, col: number): CellRange | undefined {
    const list = this.mergesByRow.get(row);
    if (!list) return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (col >= m.c1 && col <= m.c2 && (row !== m.r1 || col !== m.c1)) return m;
    }
    return undefined;
  }

  value(row: number, col: number): CellValue {
    const r = this.grid.values[row - this.rowStart];
    if (!r) return null;
    const v = r[col - this.colStart];
    return v === undefined ? null : v;
  }

  /** The value shown in a cell, looking through merged areas to their top-left cell. */
  shown(row: number, col: number): CellValue {
    const m = this.mergeHiding(row, col);
    return m === undefined ? this.value(row, col) : this.value(m.r1, m.c1);
  }

  /** True when the cell is covered by a merge but is not its top-left cell. */
  isMergedAway(row: number, col: number): boolean {
    return this.mergeHiding(row, col) !== undefined;
  }

  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  formula(row: number, col: number): string | null {
    const f = this.grid.formulas?.[row - this.rowStart]?.[col - this.colStart];
    return typeof f === "string" && f.startsWith("=") ? f : null;
  }

  numberFormat(row: number, col: number): string | null {
    return this.grid.numberFormats?.[row - this.rowStart]?.[col - this.colStart] ?? null;
  }
}

/** The text of a cell value, trimmed, with runs of white space folded (PDF pastes carry line breaks). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return needsFolding(v) ? v.replace(/\s+/g, " ").trim() : v;
  return String(v);
}

/**
 * True when folding would change the text: white space other than single inner spaces. Most cells have none,
 * and this scan is much cheaper than a replace on every cell of a large sheet. Same white space set as \s.
 */
function needsFolding(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32) return true;
    } else if (c < 32 ? c >= 9 && c <= 13 : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) {
      return true;
    }
  }
  return false;
}

const ERROR_VALUES = new Set(["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

/** Rules ask this of every cell: reject anything not starting with "#" before trimming and upper-casing. */
const ERROR_START = /^\s*#/;

export function isErrorValue(v: CellValue): boolean {
  if (typeof v !== "string" || v.length === 0) return false;
  // Fast path for the common cell: a first character that is neither "#" nor any \s white space (all of which
  // are ≤ 32, U+00A0 or ≥ U+1680) cannot start an error value.
  const c = v.charCodeAt(0);
  if (c !== 35 && c > 32 && c !== 0xa0 && c < 0x1680) return false;
  return ERROR_START.test(v) && ERROR_VALUES.has(v.trim().toUpperCase());
}
