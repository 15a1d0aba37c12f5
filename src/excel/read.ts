// Reads the whole workbook into grids for the engine, in as few round trips as Excel allows: one sync for the sheet
// list, one for every sheet's used range (values, formulas, number formats, merges). It copes with Excel's limits:
// - Reads stop at the command line's read area (A1:IV200000); values beyond it are not read, and the grid says
//   where they are (the same struktur.di-luar-batas-baca finding as the CLI), at the cost of one small round trip.
// - Excel on the web caps a response at 5 MB, every platform a read at 5 million cells (values may come back
//   null instead of an error), and older Excel on the web reports the payload limit as GeneralException: then the
//   area is read in row blocks sized from its address ("Resource limits and performance optimization for Office
//   Add-ins", Excel section).
// - Range.getMergedAreasOrNullObject (ExcelApi 1.13) fails on a range with more than 512 merged areas, and some
//   builds return only the areas whose top-left cell is inside the range (office-js #3611, #1590): when the
//   whole read fails with merges, it is done again without them and merges are read in row parts (halved while
//   refused); where even small parts are refused, merges are left out (the engine finds headers by their text).
// Any failure ends in a RenjaExcelError with a plain message: a read changes nothing, so nothing is half done.
/// <reference types="office-js" />
import type { CellRange, CellValue, SheetGrid, SheetVisibility, WorkbookGrid } from "../renja/grid";
import { localAddress, parseLocalAddress, splitAreas, splitSheetAddress } from "./address";
import { errorCode, isPayloadLimitError, RenjaExcelError, toUserMessage } from "./errors";
import { excelApi, MERGED_AREAS, officeApiSupport, type ApiSupport } from "./requirements";

export interface ReadOptions {
  supports?: ApiSupport;
  /** Payload budget per round trip for the block-wise fallback, in bytes (default 4 MB, under Excel's 5 MB). */
  payloadBudgetBytes?: number;
  /** Estimated response bytes per cell for values + formulas + number format (default 60). */
  bytesPerCell?: number;
  /** Progress after each round trip. */
  onProgress?: (done: number, total: number) => void;
  /** Cells per read (default CELL_CAP, Excel's 5 million). */
  cellCap?: number;
}

/** The command line's read area (src/cli/limits.ts maxRows × maxColumns): both front ends read the same cells. */
export const READ_ROWS = 200_000;
export const READ_COLS = 256;
/** Excel returns at most this many cells in one read, on every platform. */
export const CELL_CAP = 5_000_000;
/** Rows per part when merged areas are read in parts (a repeated header block per page: far below 512 areas). */
const MERGE_PART_ROWS = 2_000;
const MERGE_PART_MIN_ROWS = 16;

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface Cells {
  values: CellValue[][];
  formulas: unknown[][];
  numberFormats: unknown[][];
}

interface SheetRead {
  name: string;
  visibility: SheetVisibility;
  /** The used range (values only) inside the read area; null object when the sheet has no values there. */
  area: Excel.Range;
  /** Values right of column IV (within the read rows) and below row 200000: their bounding boxes. */
  right: Excel.Range;
  below: Excel.Range;
  merged?: Excel.RangeAreas;
  /** Whether values, formulas and formats were loaded with the dimensions. */
  loadedCells: boolean;
}

/** Errors that mean "too much at once": the payload limits, and GeneralException as older Excel on the web says it. */
function isTooMuch(err: unknown): boolean {
  return isPayloadLimitError(err) || errorCode(err) === "GeneralException";
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookGrid> {
  try {
    return await readAll(context, options);
  } catch (err) {
    if (err instanceof RenjaExcelError) throw err;
    throw new RenjaExcelError(`Buku kerja tidak dapat dibaca dari Excel. ${toUserMessage(err)}`, errorCode(err));
  }
}

async function readAll(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookGrid> {
  const supports = options.supports ?? officeApiSupport;
  const progress = options.onProgress ?? (() => undefined);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  progress(1, 2);
  const items = worksheets.items;
  const withMerges = excelApi(supports, MERGED_AREAS);

  // Round trip 2: everything at once. Refused with merges: once more without them (merges in parts below).
  // Too much at once: the dimensions only, then the cells in blocks.
  const cap = options.cellCap ?? CELL_CAP;
  let sheets = queueSheets(items, { cells: true, merges: withMerges });
  let mergesInline = withMerges;
  let cells: (Cells | undefined)[] | undefined;
  try {
    await context.sync();
  } catch (err) {
    if (!isTooMuch(err) && !withMerges) throw err;
    mergesInline = false;
    sheets = queueSheets(items, { cells: !isTooMuch(err), merges: false });
    try {
      await context.sync();
    } catch (again) {
      if (!isTooMuch(again) || isTooMuch(err)) throw again;
      sheets = queueSheets(items, { cells: false, merges: false });
      await context.sync();
    }
  }
  if (sheets.every((s) => s.area.isNullObject || s.loadedCells)) cells = sheets.map((s) => (s.area.isNullObject ? undefined : (usable(s.area, cap) ?? undefined)));
  progress(2, 2);
  const areas = sheets.map((s) => (s.area.isNullObject ? undefined : areaOf(s.area)));

  // Sheets whose cells did not come back whole (refused, or null past the cell cap) are read in row blocks.
  const missing = areas.map((a, i) => a !== undefined && cells?.[i] === undefined);
  if (missing.some(Boolean)) {
    const blocks = await readInBlocks(context, items, areas.map((a, i) => (missing[i] ? a : undefined)), options);
    cells = areas.map((_, i) => (missing[i] ? blocks[i] : cells?.[i]));
  }

  const clipped = await clippedOf(context, items, sheets);
  let merges: CellRange[][] | undefined;
  if (withMerges) merges = mergesInline ? sheets.map((s) => (s.merged && !s.merged.isNullObject ? parseAreas(s.merged.address) : [])) : await readMergesInParts(context, items, areas);

  return {
    sheets: sheets.map((s, i) => {
      const a = areas[i];
      const c = cells?.[i];
      const grid: SheetGrid = a && c ? toSheetGrid(s, a, c, merges?.[i] ?? []) : emptySheet(s);
      const cl = clipped[i];
      if (cl) grid.clipped = cl;
      return grid;
    }),
  };
}

function queueSheets(items: Excel.Worksheet[], what: { cells: boolean; merges: boolean }): SheetRead[] {
  const readArea = localAddress({ r1: 0, c1: 0, r2: READ_ROWS - 1, c2: READ_COLS - 1 });
  return items.map((ws) => {
    const area = ws.getRange(readArea).getUsedRangeOrNullObject(true);
    if (what.cells) area.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
    else area.load("rowIndex,columnIndex,rowCount,columnCount");
    const right = ws.getRange(localAddress({ r1: 0, c1: READ_COLS, r2: READ_ROWS - 1, c2: 16_383 })).getUsedRangeOrNullObject(true);
    const below = ws.getRange(localAddress({ r1: READ_ROWS, c1: 0, r2: 1_048_575, c2: 16_383 })).getUsedRangeOrNullObject(true);
    right.load("rowIndex,columnIndex,rowCount,columnCount");
    below.load("rowIndex,columnIndex,rowCount,columnCount");
    let merged: Excel.RangeAreas | undefined;
    if (what.merges) {
      merged = area.getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { name: ws.name, visibility: VISIBILITY[ws.visibility] ?? "visible", area, right, below, merged, loadedCells: what.cells };
  });
}

function areaOf(r: Excel.Range): Area {
  return { rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount };
}

/** The loaded cells, or null where Excel left them out (past the 5-million-cell cap values come back null). */
function usable(r: Excel.Range, cap: number): Cells | null {
  if (r.rowCount * r.columnCount > cap) return null;
  const values = r.values as CellValue[][] | null;
  const formulas = r.formulas as unknown[][] | null;
  const numberFormats = r.numberFormat as unknown[][] | null;
  if (!Array.isArray(values) || !Array.isArray(formulas) || !Array.isArray(numberFormats)) return null;
  return { values, formulas, numberFormats };
}

function emptySheet(s: { name: string; visibility: SheetVisibility }): SheetGrid {
  return { name: s.name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [], visibility: s.visibility };
}

function toSheetGrid(s: { name: string; visibility: SheetVisibility }, a: Area, c: Cells, merges: CellRange[]): SheetGrid {
  const { values, formulas, numberFormats } = c;
  return {
    name: s.name,
    origin: { row: a.rowIndex, col: a.columnIndex },
    values,
    // Excel reports a constant cell's value in `formulas`; the grid keeps formulas only. Text starting with "="
    // (typed with a "'" prefix, or in a "@" cell) comes back in `formulas` without its quote (office-js #6687), the
    // same as in `values`: a formula is what differs from its value, so such text is never taken for one.
    formulas: formulas.map((r, i) => r.map((f, j) => (typeof f === "string" && f.startsWith("=") && f !== values[i]?.[j] ? f : null))),
    numberFormats: numberFormats.map((r) => r.map((f) => (typeof f === "string" ? f : null))),
    merges,
    visibility: s.visibility,
  };
}

/** "Sheet1!A1:B2,Sheet1!D4:E5" → rectangles. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const area of splitAreas(address)) {
    const r = parseLocalAddress(splitSheetAddress(area).local);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Where values lie beyond the read area, as the CLI reports it: how far they reach and the first one left out
 * (row by row). One round trip, only for sheets that have such values: the first row of each part beyond.
 */
async function clippedOf(context: Excel.RequestContext, items: Excel.Worksheet[], sheets: SheetRead[]): Promise<(SheetGrid["clipped"] | undefined)[]> {
  const beyond = sheets.map((s) => ({ right: s.right.isNullObject ? undefined : areaOf(s.right), below: s.below.isNullObject ? undefined : areaOf(s.below) }));
  if (!beyond.some((b) => b.right || b.below)) return sheets.map(() => undefined);
  const firstRows = beyond.map((b, i) =>
    [b.right, b.below].map((a) => {
      if (!a) return undefined;
      const row = items[i].getRangeByIndexes(a.rowIndex, a.columnIndex, 1, a.columnCount);
      row.load("values");
      return { a, row };
    }),
  );
  await context.sync();
  return sheets.map((_, i) => {
    const parts = firstRows[i].filter((p): p is NonNullable<typeof p> => p !== undefined);
    if (parts.length === 0) return undefined;
    // As the CLI counts them: how far the values left out reach.
    const rows = Math.max(...parts.map((q) => q.a.rowIndex + q.a.rowCount));
    const cols = Math.max(...parts.map((q) => q.a.columnIndex + q.a.columnCount));
    // Right of IV comes before below row 200000 in row order; within the part, the first value in its first row.
    const p = parts[0];
    const j = (p.row.values[0] ?? []).findIndex((v) => v !== "" && v !== null);
    const first = { row: p.a.rowIndex, col: p.a.columnIndex + Math.max(0, j) };
    return { readRows: READ_ROWS, readCols: READ_COLS, rows, cols, first };
  });
}

/**
 * Merged areas in row parts of each read area, all parts in one round trip; a refused round trip (a part with
 * more than 512 areas) is tried again with halved parts, down to MERGE_PART_MIN_ROWS rows, below which merges are
 * left out. Areas are de-duplicated (a merge crossing parts comes back from each of them).
 */
async function readMergesInParts(context: Excel.RequestContext, items: Excel.Worksheet[], areas: (Area | undefined)[]): Promise<CellRange[][]> {
  for (let rows = MERGE_PART_ROWS; rows >= MERGE_PART_MIN_ROWS; rows = Math.floor(rows / 2)) {
    const parts = areas.map((a, i) => {
      if (!a) return [];
      const out: Excel.RangeAreas[] = [];
      for (let start = 0; start < a.rowCount; start += rows) {
        const m = items[i].getRangeByIndexes(a.rowIndex + start, a.columnIndex, Math.min(rows, a.rowCount - start), a.columnCount).getMergedAreasOrNullObject();
        m.load("address");
        out.push(m);
      }
      return out;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only when Excel refused the parts: retried with smaller parts
      await context.sync();
    } catch {
      continue;
    }
    return parts.map((list) => {
      const seen = new Map<string, CellRange>();
      for (const m of list) if (!m.isNullObject) for (const r of parseAreas(m.address)) seen.set(`${r.r1},${r.c1},${r.r2},${r.c2}`, r);
      return [...seen.values()];
    });
  }
  return areas.map(() => []);
}

interface Block {
  sheet: number;
  /** Rows relative to the area. */
  start: number;
  count: number;
}

/**
 * The fallback for areas Excel refuses to return in one response: row blocks packed into round trips of at most
 * `payloadBudgetBytes` (estimated) and the cell cap. A block that is still refused is halved and read again, so an
 * underestimate costs round trips, never the read.
 */
async function readInBlocks(context: Excel.RequestContext, worksheets: Excel.Worksheet[], areas: (Area | undefined)[], options: ReadOptions): Promise<(Cells | undefined)[]> {
  const budget = options.payloadBudgetBytes ?? 4 * 1024 * 1024;
  const perCell = options.bytesPerCell ?? 60;
  const cap = options.cellCap ?? CELL_CAP;
  const progress = options.onProgress ?? (() => undefined);
  const pending: Block[] = [];
  areas.forEach((a, i) => {
    if (!a) return;
    const rowsPerBlock = Math.max(1, Math.min(Math.floor(budget / (a.columnCount * perCell)), Math.floor(cap / a.columnCount)));
    for (let start = 0; start < a.rowCount; start += rowsPerBlock) pending.push({ sheet: i, start, count: Math.min(rowsPerBlock, a.rowCount - start) });
  });
  const parts = new Map<Block, Cells>();
  const done: Block[] = [];
  let trips = 3;

  while (pending.length > 0) {
    // Pack as many blocks as fit the budget into this round trip.
    const trip: { block: Block; range: Excel.Range }[] = [];
    let bytes = 0;
    let cellsInTrip = 0;
    while (pending.length > 0) {
      const b = pending[0];
      const a = areas[b.sheet] as Area;
      const cost = b.count * a.columnCount * perCell;
      if (trip.length > 0 && (bytes + cost > budget || cellsInTrip + b.count * a.columnCount > cap)) break;
      pending.shift();
      bytes += cost;
      cellsInTrip += b.count * a.columnCount;
      const range = worksheets[b.sheet].getRangeByIndexes(a.rowIndex + b.start, a.columnIndex, b.count, a.columnCount);
      range.load("values,formulas,numberFormat");
      trip.push({ block: b, range });
    }
    let refused = false;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each block must be its own round trip to stay under the payload limit
      await context.sync();
    } catch (err) {
      if (!isTooMuch(err)) throw err;
      refused = true;
    }
    const got = refused ? [] : trip.map((t) => ({ t, cells: cellsOf(t.range) }));
    if (refused || got.some((g) => g.cells === null)) {
      const tooBig = trip.find((t) => t.block.count > 1);
      if (!tooBig) throw new RenjaExcelError("Satu baris lembar kerja terlalu besar untuk dibaca dari Excel. Kecilkan lembar kerja atau bagi datanya, lalu coba lagi.", "ResponsePayloadSizeLimitExceeded");
      // Halve every block of the refused trip and try again.
      pending.unshift(
        ...trip.flatMap(({ block }) =>
          block.count > 1
            ? [
                { ...block, count: Math.ceil(block.count / 2) },
                { ...block, start: block.start + Math.ceil(block.count / 2), count: block.count - Math.ceil(block.count / 2) },
              ]
            : [block],
        ),
      );
      continue;
    }
    for (const { t, cells } of got) {
      parts.set(t.block, cells as Cells);
      done.push(t.block);
    }
    progress(trips, trips + pending.length);
    trips++;
  }

  done.sort((a, b) => a.sheet - b.sheet || a.start - b.start);
  const out: (Cells | undefined)[] = areas.map((a) => (a ? { values: [], formulas: [], numberFormats: [] } : undefined));
  for (const b of done) {
    const p = parts.get(b)!;
    const o = out[b.sheet]!;
    // A loop, not push(...rows): a block may hold more rows than a call takes arguments.
    for (let k = 0; k < p.values.length; k++) {
      o.values.push(p.values[k]);
      o.formulas.push(p.formulas[k]);
      o.numberFormats.push(p.numberFormats[k]);
    }
  }
  return out;
}

function cellsOf(r: Excel.Range): Cells | null {
  const values = r.values as CellValue[][] | null;
  const formulas = r.formulas as unknown[][] | null;
  const numberFormats = r.numberFormat as unknown[][] | null;
  if (!Array.isArray(values) || !Array.isArray(formulas) || !Array.isArray(numberFormats)) return null;
  return { values, formulas, numberFormats };
}
