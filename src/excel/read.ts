// Reads the whole workbook into grids for the engine, in as few round trips as Excel allows:
// one sync for the sheet list, one for every sheet's used range (values, formulas, number formats, merges).
// Excel on the web caps a response at 5 MB; only when Excel refuses the whole read does it fall back to
// reading each used range in row blocks sized from its address (rows × columns).
/// <reference types="office-js" />
import type { CellRange, CellValue, SheetGrid, SheetVisibility, WorkbookGrid } from "../renja/grid";
import { parseLocalAddress, splitAreas, splitSheetAddress } from "./address";
import { isPayloadLimitError, RenjaExcelError } from "./errors";
import { excelApi, MERGED_AREAS, officeApiSupport, type ApiSupport } from "./requirements";

export interface ReadOptions {
  supports?: ApiSupport;
  /** Payload budget per round trip for the block-wise fallback, in bytes (default 4 MB, under Excel's 5 MB). */
  payloadBudgetBytes?: number;
  /** Estimated response bytes per cell for values + formulas + number format (default 60). */
  bytesPerCell?: number;
  /** Progress after each round trip. */
  onProgress?: (done: number, total: number) => void;
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

interface SheetRead {
  name: string;
  visibility: SheetVisibility;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const supports = options.supports ?? officeApiSupport;
  const progress = options.onProgress ?? (() => undefined);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  progress(1, 2);

  const withMerges = excelApi(supports, MERGED_AREAS);
  const sheets: SheetRead[] = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
    return { name: ws.name, visibility: VISIBILITY[ws.visibility] ?? "visible", used, merged };
  });

  for (const s of sheets) {
    s.used.load("address,rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
    s.merged?.load("address");
  }
  try {
    await context.sync();
  } catch (err) {
    if (!isPayloadLimitError(err)) throw err;
    return readInBlocks(context, worksheets.items, withMerges, options);
  }
  progress(2, 2);
  return {
    sheets: sheets.map((s) =>
      s.used.isNullObject
        ? emptySheet(s)
        : toSheetGrid(s, s.used.rowIndex, s.used.columnIndex, s.used.values, s.used.formulas, s.used.numberFormat),
    ),
  };
}

function emptySheet(s: { name: string; visibility: SheetVisibility }): SheetGrid {
  return { name: s.name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [], visibility: s.visibility };
}

function toSheetGrid(
  s: SheetRead,
  row: number,
  col: number,
  values: CellValue[][],
  formulas: unknown[][],
  numberFormats: unknown[][],
): SheetGrid {
  return {
    name: s.name,
    origin: { row, col },
    values,
    // Excel reports a constant cell's value in `formulas`; the grid keeps formulas only. Text starting with "="
    // (typed with a "'" prefix, or in a "@" cell) comes back in `formulas` without its quote (office-js #6687), the
    // same as in `values`: a formula is what differs from its value, so such text is never taken for one.
    formulas: formulas.map((r, i) => r.map((f, j) => (typeof f === "string" && f.startsWith("=") && f !== values[i]?.[j] ? f : null))),
    numberFormats: numberFormats.map((r) => r.map((f) => (typeof f === "string" ? f : null))),
    merges: s.merged && !s.merged.isNullObject ? parseAreas(s.merged.address) : [],
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

interface Block {
  sheet: number;
  /** Rows relative to the used range. */
  start: number;
  count: number;
}

/**
 * The fallback for workbooks Excel refuses to return in one response: one round trip for the used-range
 * addresses, then row blocks packed into round trips of at most `payloadBudgetBytes` (estimated). A block
 * that is still refused is halved and read again, so an underestimate costs round trips, never the read.
 */
async function readInBlocks(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  withMerges: boolean,
  options: ReadOptions,
): Promise<WorkbookGrid> {
  const budget = options.payloadBudgetBytes ?? 4 * 1024 * 1024;
  const perCell = options.bytesPerCell ?? 60;
  const progress = options.onProgress ?? (() => undefined);
  const sheets: SheetRead[] = worksheets.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    merged?.load("address");
    return { name: ws.name, visibility: VISIBILITY[ws.visibility] ?? "visible", used, merged };
  });
  await context.sync();

  const pending: Block[] = [];
  sheets.forEach((s, i) => {
    if (s.used.isNullObject) return;
    const rowsPerBlock = Math.max(1, Math.floor(budget / (s.used.columnCount * perCell)));
    for (let start = 0; start < s.used.rowCount; start += rowsPerBlock) {
      pending.push({ sheet: i, start, count: Math.min(rowsPerBlock, s.used.rowCount - start) });
    }
  });
  const rows = sheets.map(() => ({ values: [] as CellValue[][][], formulas: [] as unknown[][][], numberFormats: [] as unknown[][][] }));
  const parts = new Map<Block, { values: CellValue[][]; formulas: unknown[][]; numberFormats: unknown[][] }>();
  const done: Block[] = [];
  let trips = 3;

  while (pending.length > 0) {
    // Pack as many blocks as fit the budget into this round trip.
    const trip: { block: Block; range: Excel.Range }[] = [];
    let bytes = 0;
    while (pending.length > 0) {
      const b = pending[0];
      const cost = b.count * sheets[b.sheet].used.columnCount * perCell;
      if (trip.length > 0 && bytes + cost > budget) break;
      pending.shift();
      bytes += cost;
      const used = sheets[b.sheet].used;
      const range = worksheets[b.sheet].getRangeByIndexes(used.rowIndex + b.start, used.columnIndex, b.count, used.columnCount);
      range.load("values,formulas,numberFormat");
      trip.push({ block: b, range });
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each block must be its own round trip to stay under the payload limit
      await context.sync();
    } catch (err) {
      if (!isPayloadLimitError(err)) throw err;
      const tooBig = trip.find((t) => t.block.count > 1);
      if (!tooBig) throw new RenjaExcelError("Satu baris lembar kerja terlalu besar untuk dibaca dari Excel.", "ResponsePayloadSizeLimitExceeded");
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
    for (const { block, range } of trip) {
      parts.set(block, { values: range.values, formulas: range.formulas, numberFormats: range.numberFormat });
      done.push(block);
    }
    progress(trips, trips + pending.length);
    trips++;
  }

  done.sort((a, b) => a.sheet - b.sheet || a.start - b.start);
  for (const b of done) {
    const p = parts.get(b)!;
    rows[b.sheet].values.push(p.values);
    rows[b.sheet].formulas.push(p.formulas);
    rows[b.sheet].numberFormats.push(p.numberFormats);
  }
  return {
    sheets: sheets.map((s, i) =>
      s.used.isNullObject
        ? emptySheet(s)
        : toSheetGrid(s, s.used.rowIndex, s.used.columnIndex, rows[i].values.flat(), rows[i].formulas.flat(), rows[i].numberFormats.flat()),
    ),
  };
}
