// Applies an engine WritePlan to the workbook in one batch: cell writes grouped into rectangles, add-in-owned
// sheets (re)created with their formatting. Features above ExcelApi 1.7 are written only where Office says the
// host supports them; what was left out is reported, never thrown.
/// <reference types="office-js" />
import { columnLetters, parseA1, type CellRange } from "../renja/grid";
import { cellWriteSteps, officeInput } from "../renja/cell-write";
import { freeSheetName } from "../renja/sheet-name";
import type { CellWrite, SheetWrite, WritePlan, WriteValue } from "../renja/plan";
import { sheetCharts } from "../renja/charts";
import { fittedSheet, unwrappedAreas } from "../renja/sheet-fit";
import { localAddress, parseLocalAddress } from "./address";
import { queueCharts } from "./charts";
import { loadMarks, markSteps, readMarkedList, touchesMarks, type LoadedMarks } from "./marks";
import { RenjaExcelError } from "./errors";
import { DATA_VALIDATION, excelApi, officeApiSupport, PAGE_LAYOUT, type ApiSupport } from "./requirements";

export interface ApplyOptions {
  supports?: ApiSupport;
  /** Request budget per round trip in bytes (default 4 MB, under Excel on the web's 5 MB). */
  payloadBudgetBytes?: number;
}

export interface ApplyReport {
  /** Sheet names as written (a sheet not to be replaced that already existed gets "Name 2", as in the CLI). */
  sheets: string[];
  /** What the host could not do, in Bahasa Indonesia (e.g. print titles on ExcelApi 1.7). */
  skipped: string[];
}

/** Excel's limit on an inline data-validation list source. */
const LIST_SOURCE_MAX = 255;


/**
 * Column width from characters (as ExcelJS and the Excel UI count them) to points (RangeFormat.columnWidth):
 * a character is 7 px at the default font plus 5 px padding; 96 px = 72 pt.
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

interface CellRect {
  rect: CellRange;
  cells: (CellWrite | undefined)[][];
}

/** Groups cell writes of one sheet into rectangles: runs of adjacent columns, stacked while rows line up. */
export function groupCellWrites(writes: CellWrite[]): CellRect[] {
  const byPos = new Map<string, { row: number; col: number; w: CellWrite }>();
  for (const w of writes) {
    const p = parseA1(w.cell);
    if (!p) throw new RenjaExcelError(`Alamat sel tidak valid: "${w.cell}" pada lembar "${w.sheet}".`, "InvalidReference");
    byPos.set(`${p.row},${p.col}`, { row: p.row, col: p.col, w }); // a later write to the same cell wins
  }
  const cells = [...byPos.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  // Horizontal runs.
  const runs: { row: number; c1: number; c2: number; ws: CellWrite[] }[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.c2 + 1 === c.col) {
      last.c2 = c.col;
      last.ws.push(c.w);
    } else runs.push({ row: c.row, c1: c.col, c2: c.col, ws: [c.w] });
  }
  // Stack runs with the same columns on consecutive rows.
  const rects: CellRect[] = [];
  const open = new Map<string, CellRect>(); // "c1:c2" → rectangle whose last row may still grow
  for (const run of runs) {
    const k = `${run.c1}:${run.c2}`;
    const r = open.get(k);
    if (r && r.rect.r2 + 1 === run.row) {
      r.rect.r2 = run.row;
      r.cells.push(run.ws);
    } else {
      const rect: CellRect = { rect: { r1: run.row, c1: run.c1, r2: run.row, c2: run.c2 }, cells: [run.ws] };
      rects.push(rect);
      open.set(k, rect);
    }
  }
  return rects;
}

/** Queued work with its estimated request size, so a huge plan can be split over round trips. */
type Step = { bytes: number; queue: () => void };

const estimate = (v: unknown): number => JSON.stringify(v ?? null).length + 64;

export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, options: ApplyOptions = {}): Promise<ApplyReport> {
  const supports = options.supports ?? officeApiSupport;
  const budget = options.payloadBudgetBytes ?? 4 * 1024 * 1024;
  const report: ApplyReport = { sheets: [], skipped: [] };
  const worksheets = context.workbook.worksheets;
  let loadedMarks: LoadedMarks | undefined;

  // Round trip 1 (only when sheets are written or marks cleared): which sheets exist already, the earlier marks.
  const existing = new Set<string>();
  const hidden = new Set<string>();
  const marked = plan.clearMarks ? (plan.markedRanges ?? (await readMarkedList(context))) : [];
  if (plan.sheets.length > 0 || marked.length > 0) {
    if (plan.sheets.length > 0) worksheets.load("items/name,items/position,items/visibility");
    loadedMarks = marked.length > 0 ? loadMarks(context, marked) : undefined;
    await context.sync();
    if (plan.sheets.length > 0) {
      for (const ws of worksheets.items) {
        existing.add(ws.name.toLowerCase());
        if (ws.visibility !== "Visible") hidden.add(ws.name.toLowerCase());
      }
    }
  }
  const order = new SheetOrder(plan.sheets.length > 0 ? worksheets.items : []);

  const steps: Step[] = [];
  for (const sw of plan.sheets) {
    const existed = existing.has(sw.sheet.toLowerCase());
    const name = sw.replace || !existed ? sw.sheet : freeSheetName(sw.sheet, existing);
    existing.add(name.toLowerCase());
    report.sheets.push(name);
    steps.push(...sheetSteps(worksheets, name, sw, sw.replace && existed, supports, report, order, hidden.has(name.toLowerCase())));
  }

  const bySheet = new Map<string, CellWrite[]>();
  for (const w of plan.cells) {
    const list = bySheet.get(w.sheet) ?? [];
    list.push(w);
    bySheet.set(w.sheet, list);
  }
  for (const [sheetName, writes] of bySheet) {
    const ws = worksheets.getItem(sheetName);
    for (const { rect, cells } of groupCellWrites(writes)) {
      // A fix keeps the cell's format: its previous format decides whether the text needs the "'" prefix, and a
      // number going into a "@" cell gets "General" first (Excel would keep it as text); see cell-write.ts.
      const planned = cells.map((row) => row.map((w) => (w ? cellWriteSteps(w.value, w.numberFormat, w.previous?.numberFormat) : undefined)));
      const before = planned.map((row) => row.map((p) => p?.before ?? null));
      const input = planned.map((row) => row.map((p) => p?.input ?? null));
      const after = planned.map((row) => row.map((p) => p?.after ?? null));
      steps.push({
        bytes: estimate(input) + estimate(before) + estimate(after),
        queue: () => {
          const range = ws.getRange(localAddress(rect));
          if (before.some((r) => r.some((f) => f !== null))) range.numberFormat = before as string[][];
          range.formulas = input as (string | number | boolean)[][];
          if (after.some((r) => r.some((f) => f !== null))) range.numberFormat = after as string[][];
        },
      });
    }
  }

  // Marks after the sheets: "Renja Tanda" must exist before it is hidden.
  if (touchesMarks(plan)) steps.push(...markSteps(context, plan, loadedMarks));

  // Normally one round trip; a plan larger than the budget is sent in parts.
  let bytes = 0;
  for (const step of steps) {
    if (bytes > 0 && bytes + step.bytes > budget) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only a plan over the 5 MB request limit is split
      await context.sync();
      bytes = 0;
    }
    step.queue();
    bytes += step.bytes;
  }
  if (bytes > 0) await context.sync();
  return report;
}

function sheetSteps(
  worksheets: Excel.WorksheetCollection,
  name: string,
  planned: SheetWrite,
  /** The sheet exists and is the add-in's to overwrite. */
  replaceExisting: boolean,
  supports: ApiSupport,
  report: ApplyReport,
  order: SheetOrder,
  /** The existing sheet is hidden: freezePanes.unfreeze() threw there on older builds, and nothing is frozen. */
  isHidden = false,
): Step[] {
  // Widths and heights fitted to the text, the same numbers the .xlsx writers set (sheet-fit.ts).
  const sw = fittedSheet(planned);
  const start = parseA1(sw.start);
  if (!start) throw new RenjaExcelError(`Alamat awal tidak valid: "${sw.start}" untuk lembar "${name}".`, "InvalidReference");
  const width = Math.max(1, ...sw.rows.map((r) => r.length), ...(sw.numberFormats ?? []).map((r) => r.length));
  const height = Math.max(1, sw.rows.length);
  const pad = <T,>(rows: T[][] | undefined, fill: T): T[][] =>
    Array.from({ length: height }, (_, i) => Array.from({ length: width }, (_, j) => rows?.[i]?.[j] ?? fill));
  const formats = pad<string | null>(sw.numberFormats, null);
  const input = pad<WriteValue>(sw.rows, "").map((row, i) => row.map((v, j) => officeInput(v, formats[i][j])));
  const body: CellRange = { r1: start.row, c1: start.col, r2: start.row + height - 1, c2: start.col + width - 1 };
  const withPageLayout = excelApi(supports, PAGE_LAYOUT);
  const withLists = excelApi(supports, DATA_VALIDATION);
  if ((sw.printTitleRows || sw.landscape) && !withPageLayout) {
    report.skipped.push(`Judul cetak dan orientasi lanskap untuk lembar "${name}" dilewati: versi Excel ini belum mendukungnya (butuh ExcelApi 1.9).`);
  }
  const lists = Object.entries(sw.lists ?? {});
  if (lists.length > 0 && !withLists) {
    report.skipped.push(`Daftar pilihan (validasi data) untuk lembar "${name}" dilewati: versi Excel ini belum mendukungnya (butuh ExcelApi 1.8).`);
  }

  // Areas beyond the rows (a template's empty data rows) get their formats as full matrices: Office.js takes
  // a number format per cell.
  const rangeFormats = Object.entries(sw.rangeFormats ?? {}).map(([address, format]) => {
    const r = parseLocalAddress(address);
    if (!r) throw new RenjaExcelError(`Alamat rentang tidak valid: "${address}" pada lembar "${name}".`, "InvalidReference");
    return { address, matrix: Array.from({ length: r.r2 - r.r1 + 1 }, () => new Array<string>(r.c2 - r.c1 + 1).fill(format)) };
  });
  const heightRuns = heightBlocks(sw.rowHeights ?? []).map(([a, b, h]) => ({ address: localAddress({ r1: start.row + a, c1: start.col, r2: start.row + b, c2: start.col }), height: h }));
  const lines = unwrappedAreas(sw).map((a) => localAddress({ r1: start.row + a.r1, c1: start.col + a.c1, r2: start.row + a.r2, c2: start.col + a.c2 }));
  const headerBlocks = rowBlocks(sw.headerRows ?? []).map(([a, b]) => localAddress({ r1: start.row + a - 1, c1: body.c1, r2: start.row + b - 1, c2: body.c2 }));
  const charts = sheetCharts(sw);
  // Clearing a range leaves charts behind: a sheet that carries charts is deleted and added anew where it was.
  const recreate = replaceExisting && charts.length > 0;
  let position: number | undefined;
  if (recreate) position = order.indexOf(name);
  else if (!replaceExisting) position = order.add(name, sw.after);

  let ws: Excel.Worksheet | undefined;
  const sheet = (): Excel.Worksheet => ws!;
  return [
    {
      bytes: estimate(name),
      queue: () => {
        if (replaceExisting && !recreate) {
          ws = worksheets.getItem(name);
          const all = ws.getRange();
          all.unmerge();
          all.clear();
          // Heights of the former content go: the new rows get theirs below.
          all.format.autofitRows();
          if (!isHidden) ws.freezePanes.unfreeze();
          if (withLists) all.dataValidation.clear();
        } else {
          if (recreate) worksheets.getItem(name).delete();
          ws = worksheets.add(name);
          if (position !== undefined) ws.position = position;
        }
      },
    },
    {
      bytes: estimate(input) + estimate(formats) + estimate(rangeFormats),
      queue: () => {
        // Range formats first: the rows' own formats (null = unchanged) win where both apply.
        for (const rf of rangeFormats) sheet().getRange(rf.address).numberFormat = rf.matrix;
        const range = sheet().getRange(localAddress(body));
        if (formats.some((r) => r.some((f) => f !== null))) range.numberFormat = formats as string[][];
        range.formulas = input;
      },
    },
    {
      bytes: estimate(sw.merges) + estimate(sw.columnWidths) + estimate(heightRuns) + estimate(lines) + estimate(sw.wrapRanges) + estimate(sw.lists) + estimate(headerBlocks) + estimate(charts) + 512,
      queue: () => {
        const s = sheet();
        for (const m of sw.merges ?? []) s.getRange(m).merge(false);
        // Text wraps and sits at the top of its cell, as the .xlsx writers write it; a title or note line alone
        // in its row, and a column of data for the add-in, run on unwrapped. Header blocks are centred below.
        const bodyFormat = s.getRange(localAddress(body)).format;
        bodyFormat.wrapText = true;
        bodyFormat.verticalAlignment = "Top";
        for (const address of lines) s.getRange(address).format.wrapText = false;
        for (const address of sw.wrapRanges ?? []) {
          const f = s.getRange(address).format;
          f.wrapText = true;
          f.verticalAlignment = "Top";
        }
        for (const run of heightRuns) s.getRange(run.address).format.rowHeight = run.height;
        (sw.columnWidths ?? []).forEach((w, i) => {
          const col = columnLetters(start.col + i);
          s.getRange(`${col}:${col}`).format.columnWidth = columnWidthPoints(w);
        });
        for (const r of sw.boldRows ?? []) {
          const row = start.row + r - 1;
          s.getRange(localAddress({ r1: row, c1: body.c1, r2: row, c2: body.c2 })).format.font.bold = true;
        }
        for (const address of headerBlocks) {
          const f = s.getRange(address).format;
          f.font.bold = true;
          f.wrapText = true;
          f.horizontalAlignment = "Center";
          f.verticalAlignment = "Center";
        }
        for (const address of [...headerBlocks, ...(sw.tableRange ? [sw.tableRange] : [])]) drawBorders(s.getRange(address), address);
        if (sw.freezeRows && sw.freezeRows > 0) s.freezePanes.freezeRows(sw.freezeRows);
        if (withPageLayout) {
          if (sw.printTitleRows) s.pageLayout.setPrintTitleRows(sw.printTitleRows);
          if (sw.landscape) s.pageLayout.orientation = "Landscape";
        }
        if (withLists) {
          for (const [address, items] of lists) {
            const source = items.join(",");
            if (items.some((x) => x.includes(",")) || source.length > LIST_SOURCE_MAX) {
              report.skipped.push(`Daftar pilihan ${address} pada lembar "${name}" dilewati: daftarnya terlalu panjang atau memuat koma.`);
              continue;
            }
            s.getRange(address).dataValidation.rule = { list: { inCellDropDown: true, source } };
          }
        }
        queueCharts(s, charts);
      },
    },
  ];
}

/** Runs of consecutive row numbers as [first, last] pairs: header rows 5,6,7,8 become one block. */
function rowBlocks(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] + 1 === r) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** Runs of consecutive rows (0-based, relative) with the same set height, as [first, last, height]. */
function heightBlocks(heights: readonly (number | null)[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  heights.forEach((h, i) => {
    if (h === null) return;
    const last = out[out.length - 1];
    if (last && last[1] + 1 === i && last[2] === h) last[1] = i;
    else out.push([i, i, h]);
  });
  return out;
}

/** Thin borders around and inside a range (inside edges only where the range has more than one row/column). */
function drawBorders(range: Excel.Range, address: string): void {
  const r = parseLocalAddress(address);
  // String literals, not the Excel.* enums: the memory host has no Excel global.
  const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal")[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (r && r.c2 > r.c1) edges.push("InsideVertical");
  if (r && r.r2 > r.r1) edges.push("InsideHorizontal");
  for (const e of edges) range.format.borders.getItem(e).style = "Continuous";
}

/** The workbook's sheet order as the batch will leave it, so a new sheet can be placed after another. */
class SheetOrder {
  private readonly names: string[];

  constructor(items: readonly { name: string; position: number }[]) {
    this.names = [...items].sort((a, b) => a.position - b.position).map((s) => s.name.toLowerCase());
  }

  indexOf(name: string): number {
    return this.names.indexOf(name.toLowerCase());
  }

  /** Records a new sheet (added last) and, with `after`, its move to right after that sheet: the position to set. */
  add(name: string, after?: string): number | undefined {
    this.names.push(name.toLowerCase());
    const anchor = after === undefined ? -1 : this.indexOf(after);
    if (anchor < 0) return undefined;
    const target = anchor + 1;
    this.names.splice(this.names.length - 1, 1);
    this.names.splice(target, 0, name.toLowerCase());
    return target;
  }
}

