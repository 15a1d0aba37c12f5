// A write plan: everything the engine wants written, as data. The Excel adapter and the CLI apply it
// in one batch; neither decides anything about the Renja itself.
import type { Severity } from "./finding";
import type { CellValue } from "./grid";

/**
 * A formula the add-in composed itself (a parent's =SUM, a capaian ratio, a link in Hasil Validasi, a restored
 * formula the user had written). It is the only thing any writer ever writes as a formula: a string in a plan is
 * always literal text, whatever it starts with, so text copied from a workbook or a list can never become live.
 */
export interface ComposedFormula {
  readonly formula: string;
}

/**
 * An error value typed as a constant (#N/A written without a formula), as a restore writes it back. A string
 * "#N/A" in a plan stays text; only this becomes Excel's error value.
 */
export interface ErrorConstant {
  readonly error: string;
}

/** What a plan writes into a cell: a constant (strings are text, always) or a formula the add-in composed. */
export type WriteValue = CellValue | ComposedFormula;

/** What a single cell write may hold: also an error constant (restores only). */
export type CellWriteValue = WriteValue | ErrorConstant;

export function errorConstant(code: string): ErrorConstant {
  return { error: code.trim().toUpperCase() };
}

export function isErrorConstant(v: unknown): v is ErrorConstant {
  return typeof v === "object" && v !== null && typeof (v as ErrorConstant).error === "string";
}

/** Marks `formula` ("=SUM(L5:L9)") as composed by the add-in. */
export function composedFormula(formula: string): ComposedFormula {
  return { formula: formula.startsWith("=") ? formula : `=${formula}` };
}

export function isComposedFormula(v: unknown): v is ComposedFormula {
  return typeof v === "object" && v !== null && typeof (v as ComposedFormula).formula === "string";
}

/** One cell to write. A string is text; only a ComposedFormula is a formula. */
export interface CellWrite {
  sheet: string;
  /** A1 address. */
  cell: string;
  value: CellWriteValue;
  numberFormat?: string;
  /** What was there before, so the change can be restored exactly (fixes of user cells only). */
  previous?: { value: CellValue; formula?: string | null; numberFormat?: string | null };
}

/** A sheet the add-in owns and (re)creates whole: Hasil Validasi, Riwayat Perbaikan, generated Tabel 4.2, layouts. */
export interface SheetWrite {
  sheet: string;
  /** Replace the sheet's content if it exists (only ever for sheets the add-in owns). */
  replace: boolean;
  /** Top-left of `rows` (A1), usually "A1". */
  start: string;
  rows: WriteValue[][];
  numberFormats?: (string | null)[][];
  merges?: string[];
  /** Width of each column from the first, in Excel's column units (characters of "0"). */
  columnWidths?: number[];
  /**
   * Height in points of each row of `rows` (null: Excel's default). Left out, the writers fit them to the text
   * (sheet-fit.ts), so every writer sets the same heights.
   */
  rowHeights?: (number | null)[];
  /** Columns (0-based, from the first) whose text never wraps: data for the add-in (Riwayat's restore data). */
  unwrappedColumns?: number[];
  /** Rows (1-based) repeated at the top of each printed page, e.g. "$1:$6". */
  printTitleRows?: string;
  freezeRows?: number;
  landscape?: boolean;
  /** Data-validation lists by A1 range, e.g. { "H7:H500": ["Orang", "Paket", …] }. */
  lists?: Record<string, string[]>;
  /** Bold rows (1-based, relative to start). */
  boldRows?: number[];
  /** Cached results of the formula cells in `rows` (same shape; null where unknown): what Excel will show. */
  results?: CellValue[][];
  /** Number formats of areas beyond `rows` (a template's empty data rows), by A1 range: { "M9:M500": "#,##0" }. */
  rangeFormats?: Record<string, string>;
  /** Areas beyond `rows` (a template's empty data rows) whose typed text wraps at the top, so Excel fits the rows. */
  wrapRanges?: string[];
  /** Header rows (1-based, relative to start): bold, centred, wrapped. */
  headerRows?: number[];
  /** A1 range drawn with thin borders (the table from its header to its last row). */
  tableRange?: string;
  /** Where a new sheet goes: right after this sheet (default: last). */
  after?: string;
}

/** Cells to show as findings on the sheet (a conditional format the add-in can recognise and remove). */
export interface MarkWrite {
  sheet: string;
  /** A1 cells or rectangles ("E19", "E19:F22"). */
  cells: string[];
  severity: Severity;
}

/** A rectangle the add-in marked earlier, as listed in its "Renja Tanda" sheet. */
export interface MarkedRange {
  sheet: string;
  /** A1 rectangle. */
  range: string;
}

export interface WritePlan {
  cells: CellWrite[];
  sheets: SheetWrite[];
  /** Marks to add (after clearing, when clearMarks is set). */
  marks?: MarkWrite[];
  /** Remove the add-in's earlier marks first; only its own rules (recognised by their marker) are removed. */
  clearMarks?: boolean;
  /**
   * Where the earlier marks are (from the last read of "Renja Tanda"), so clearing needs no extra round trip;
   * without it the adapter reads the list first.
   */
  markedRanges?: MarkedRange[];
}

export function emptyPlan(): WritePlan {
  return { cells: [], sheets: [] };
}
