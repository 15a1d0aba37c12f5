// Fixes the user asked for, and their undo. Every applied fix is recorded in the add-in-owned sheet
// "Riwayat Perbaikan" with the cell's exact previous content (value, formula, number format), so that it can be
// restored exactly, in Excel or from the CLI. Pure: the adapters apply the returned plans.
import { formatAngka } from "./angka";
import { applyPlanToGrid } from "./apply-grid";
import type { Fix } from "./finding";
import { cellText, isErrorValue, parseA1, SheetView, type CellValue, type SheetGrid, type WorkbookGrid } from "./grid";
import { composedFormula, errorConstant, type CellWrite, type CellWriteValue, type SheetWrite, type WritePlan, type WriteValue } from "./plan";

export const RIWAYAT_SHEET = "Riwayat Perbaikan";

export const RIWAYAT_HEADER = ["No", "Waktu", "Lembar", "Sel", "Nilai lama", "Nilai baru", "Keterangan", "Status", "Data pemulihan"] as const;
const STATUS_APPLIED = "diterapkan";
const STATUS_RESTORED = "dipulihkan";

/** The exact previous content of a cell: what restoring writes back. */
export interface CellSnapshot {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

export interface RiwayatRecord {
  no: number;
  waktu: string;
  sheet: string;
  cell: string;
  before: CellSnapshot;
  after: CellValue;
  label: string;
  status: "diterapkan" | "dipulihkan";
  /** 0-based row index of the record in the Riwayat sheet grid (1 = first record). */
  row: number;
}

function snapshot(wb: WorkbookGrid, sheet: string, cell: string): CellSnapshot | undefined {
  const grid = wb.sheets.find((s) => s.name === sheet);
  const at = parseA1(cell);
  if (!grid || !at) return undefined;
  const view = new SheetView(grid);
  return { value: view.value(at.row, at.col), formula: view.formula(at.row, at.col), numberFormat: view.numberFormat(at.row, at.col) };
}

/** Reads the records of an existing Riwayat sheet (the add-in's own format); unknown rows are ignored. */
export function readRiwayat(wb: WorkbookGrid): RiwayatRecord[] {
  const grid = wb.sheets.find((s) => s.name === RIWAYAT_SHEET);
  if (!grid) return [];
  const out: RiwayatRecord[] = [];
  grid.values.forEach((row, i) => {
    if (i === 0) return;
    // The recovery data as written, not folded like display text: white space inside it is content ("  ").
    const cell8 = row[8];
    const data = typeof cell8 === "string" ? cell8.trim() : "";
    if (!data.startsWith("{")) return;
    try {
      const d = JSON.parse(data) as { before: CellSnapshot; after: CellValue };
      out.push({
        no: Number(row[0]) || i,
        waktu: cellText(row[1] ?? null),
        sheet: cellText(row[2] ?? null),
        cell: cellText(row[3] ?? null),
        before: d.before,
        after: d.after,
        label: cellText(row[6] ?? null),
        status: cellText(row[7] ?? null) === STATUS_RESTORED ? STATUS_RESTORED : STATUS_APPLIED,
        row: i,
      });
    } catch {
      // A row the user edited by hand: not restorable, left alone.
    }
  });
  return out;
}

/**
 * What Riwayat shows of a content: the formula's text (as text, never live) or the value, a number as planners
 * write it (29.822.934.850, 85,2). The exact content is kept in "Data pemulihan".
 */
function shown(v: CellValue, formula: string | null): CellValue {
  if (formula) return formula;
  return typeof v === "number" ? formatAngka(v) : v;
}

function riwayatRow(r: RiwayatRecord): WriteValue[] {
  return [
    r.no,
    r.waktu,
    r.sheet,
    r.cell,
    shown(r.before.value, r.before.formula),
    shown(r.after, null),
    r.label,
    r.status,
    JSON.stringify({ before: r.before, after: r.after }),
  ];
}

function riwayatSheet(records: RiwayatRecord[]): SheetWrite {
  return {
    sheet: RIWAYAT_SHEET,
    replace: true,
    start: "A1",
    rows: [[...RIWAYAT_HEADER], ...records.map(riwayatRow)],
    columnWidths: [6, 20, 18, 8, 28, 28, 40, 12, 30],
    // The restore data is for the add-in: one line, never widening its column or heightening the rows.
    unwrappedColumns: [RIWAYAT_HEADER.length - 1],
    boldRows: [1],
    freezeRows: 1,
  };
}

/** The write for a fix: its value is a constant (a string is text, whatever it starts with). */
function fixWrite(fix: Fix, before: CellSnapshot): CellWrite {
  const write: CellWrite = { sheet: fix.sheet, cell: fix.cell, value: fix.value, previous: { value: before.value, formula: before.formula, numberFormat: before.numberFormat } };
  if (fix.numberFormat !== undefined) write.numberFormat = fix.numberFormat;
  return write;
}

/**
 * The plan that applies the chosen fixes and records them. `now` is the timestamp shown in the Riwayat sheet
 * (passed in: the engine has no clock). Fixes on the same cell: the last one wins, recorded once each.
 */
export function planFixes(wb: WorkbookGrid, fixes: Fix[], now: string): WritePlan {
  const records = readRiwayat(wb);
  let no = records.reduce((m, r) => Math.max(m, r.no), 0);
  const cells: CellWrite[] = [];
  for (const fix of fixes) {
    const before = snapshot(wb, fix.sheet, fix.cell);
    if (!before) continue;
    cells.push(fixWrite(fix, before));
    records.push({ no: ++no, waktu: now, sheet: fix.sheet, cell: fix.cell, before, after: fix.value, label: fix.label, status: STATUS_APPLIED, row: records.length + 1 });
  }
  return { cells, sheets: cells.length ? [riwayatSheet(records)] : [] };
}

/** The plan that restores the given records (by `no`) to their exact previous content. */
export function planRestore(wb: WorkbookGrid, nos: number[]): WritePlan {
  const records = readRiwayat(wb);
  const wanted = new Set(nos);
  const cells: CellWrite[] = [];
  // Latest first, so that several fixes of one cell unwind to the oldest content.
  for (const r of [...records].reverse()) {
    if (!wanted.has(r.no) || r.status === STATUS_RESTORED) continue;
    // "" clears a cell that was empty: a null would mean "leave unchanged" to the Excel API.
    // The user's own formula comes back as the formula it was; any other content as the constant it was.
    // An error value typed as a constant (#N/A without a formula) comes back as that error, not as text.
    const value: CellWriteValue = r.before.formula
      ? composedFormula(r.before.formula)
      : isErrorValue(r.before.value)
        ? errorConstant(String(r.before.value))
        : (r.before.value ?? "");
    cells.push({ sheet: r.sheet, cell: r.cell, value, numberFormat: r.before.numberFormat ?? undefined });
    r.status = STATUS_RESTORED;
  }
  return { cells, sheets: cells.length ? [riwayatSheet(records)] : [] };
}

/** True when the cell now holds exactly this content: the formula, else the value; and the number format where known. */
function holds(wb: WorkbookGrid, sheet: string, cell: string, expected: { value: CellValue; formula: string | null; numberFormat?: string | null }): boolean {
  const now = snapshot(wb, sheet, cell);
  if (!now) return false;
  const blank = (v: CellValue) => (v === "" ? null : v);
  const format = (f: string | null | undefined) => f ?? "General";
  if (expected.numberFormat !== undefined && expected.numberFormat !== null && format(now.numberFormat) !== format(expected.numberFormat)) return false;
  if (expected.formula) return now.formula === expected.formula;
  return now.formula === null && blank(now.value) === blank(expected.value);
}

/**
 * After a fix or restore batch failed part way (Excel batches are not transactions: a failed sync keeps what ran
 * before the failure), the Riwayat that matches the workbook as it now is (`now`, read after the failure): earlier
 * records as they were, a new record only where its fix reached the cell, "dipulihkan" only where the previous
 * content is back. Writing this plan leaves the workbook and Riwayat in agreement, so every change can be undone.
 */
export function reconcileRiwayat(before: WorkbookGrid, plan: WritePlan, now: WorkbookGrid): WritePlan {
  const planned = plan.sheets.find((s) => s.sheet === RIWAYAT_SHEET);
  if (!planned) return { cells: [], sheets: [] };
  const old = new Map(readRiwayat(before).map((r) => [r.no, r]));
  const intended = readRiwayat(applyPlanToGrid({ sheets: [] }, { cells: [], sheets: [planned] }));
  const records: RiwayatRecord[] = [];
  for (const p of intended) {
    const o = old.get(p.no);
    if (o) {
      const restoredNow = o.status === STATUS_APPLIED && p.status === STATUS_RESTORED && holds(now, p.sheet, p.cell, p.before);
      records.push({ ...o, status: restoredNow ? STATUS_RESTORED : o.status });
    } else if (!holds(now, p.sheet, p.cell, p.before)) {
      // Any change to the cell (its value, or only its format on the way to the value) is recorded.
      records.push(p);
    }
  }
  return { cells: [], sheets: [riwayatSheet(records)] };
}

export type { SheetGrid };
