// Marks on cells: findings shown on the user's sheets as conditional formats the add-in can recognise by a
// marker in the rule's formula, so they never touch the user's own formatting and are removed in one click.
// The marked rectangles are listed in the hidden add-in-owned sheet "Renja Tanda", so clearing needs no scan.
// Pure: the Excel adapter (src/excel/marks.ts) applies what is planned here.
import type { Finding, Severity } from "./finding";
import { cellText, parseRange, rangeA1, type CellRange, type CellValue, type WorkbookGrid } from "./grid";
import { HASIL_SHEET } from "./hasil";
import { RIWAYAT_SHEET } from "./fixes";
import { SEVERITIES, SEVERITY_LABELS } from "./labels";
import { type MarkedRange, type MarkWrite, type SheetWrite, type WritePlan } from "./plan";

export const TANDA_SHEET = "Renja Tanda";

/** Sheets the add-in writes whole; never marked, never validated as the user's. */
export const ADDIN_SHEETS: readonly string[] = [HASIL_SHEET, RIWAYAT_SHEET, TANDA_SHEET];

export function isAddinSheet(name: string): boolean {
  const lower = name.toLowerCase();
  return ADDIN_SHEETS.some((s) => s.toLowerCase() === lower);
}

/** The marker inside a mark's rule formula: what tells the add-in's rules from the user's. */
export const MARK_MARKER = "renja-tanda";

/** Always true (N of a text is 0); the text carries the marker and the severity. */
export function markFormula(severity: Severity): string {
  return `=N("${MARK_MARKER}:${severity}")=0`;
}

export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.includes(`"${MARK_MARKER}:`);
}

/** Fill and font colour per severity: light enough to keep the cell readable, distinct when printed in grey. */
export const MARK_COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FDE7E9", font: "#A4262C" },
  warning: { fill: "#FFF4CE", font: "#8A5300" },
  info: { fill: "#DEECF9", font: "#004E8C" },
};

/** What a planner who unhides the sheet reads: what it is, then one row per marked rectangle. */
const TANDA_NOTE = "Lembar ini dikelola add-in Renja: daftar sel yang ditandai hasil validasi, dipakai oleh \"Hapus tanda\". Jangan diubah.";
const TANDA_HEADER = ["Lembar", "Rentang sel", "Tingkat temuan"];

/** Groups cells into few rectangles: vertical runs per column, then equal runs in adjacent columns side by side. */
export function markRectangles(cells: readonly string[]): string[] {
  const byCol = new Map<number, Set<number>>();
  const whole: CellRange[] = [];
  for (const a of cells) {
    const r = parseRange(a);
    if (!r) continue;
    if (r.r1 !== r.r2 || r.c1 !== r.c2) {
      whole.push(r);
      continue;
    }
    const rows = byCol.get(r.c1) ?? new Set<number>();
    rows.add(r.r1);
    byCol.set(r.c1, rows);
  }
  const runs: CellRange[] = [];
  for (const [col, set] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const rows = [...set].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      runs.push({ r1: start, c1: col, r2: rows[i - 1], c2: col });
      start = rows[i];
    }
  }
  // Widen a run with the run of the same rows in the next column.
  const open = new Map<string, CellRange>();
  const rects: CellRange[] = [];
  for (const run of runs) {
    const k = `${run.r1}:${run.r2}`;
    const r = open.get(k);
    if (r && r.c2 + 1 === run.c1) r.c2 = run.c1;
    else {
      const rect = { ...run };
      rects.push(rect);
      open.set(k, rect);
    }
  }
  return [...rects, ...whole].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1).map(rangeA1);
}

/** The rectangles listed in "Renja Tanda" as of the given read (the header and rows that are no address are ignored). */
export function readMarkedRanges(wb: WorkbookGrid): MarkedRange[] {
  const grid = wb.sheets.find((s) => s.name.toLowerCase() === TANDA_SHEET.toLowerCase());
  if (!grid) return [];
  // A sheet deleted since its marks were placed has no marks left to remove; loading it would fail the batch.
  const present = new Map(wb.sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const out: MarkedRange[] = [];
  for (const row of grid.values) {
    const sheet = present.get(cellText(row[0] ?? null).toLowerCase());
    const range = cellText(row[1] ?? null);
    if (sheet && parseRange(range)) out.push({ sheet, range });
  }
  return out;
}

function tandaSheet(marks: readonly MarkWrite[]): SheetWrite {
  const rows: CellValue[][] = [[TANDA_NOTE, null, null], TANDA_HEADER];
  for (const m of marks) for (const range of m.cells) rows.push([m.sheet, range, SEVERITY_LABELS[m.severity]]);
  return { sheet: TANDA_SHEET, replace: true, start: "A1", rows, columnWidths: [24, 16, 16], boldRows: [2], headerRows: [2] };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The plan that replaces the add-in's marks with marks for these findings: one colour per severity (a cell
 * with several findings shows the most serious), earlier marks cleared, the list in "Renja Tanda" rewritten.
 * With the workbook of the last read, findings on sheets that are not there (or are the add-in's) are left
 * out and the earlier marks are known without another read.
 */
export function planMarks(findings: readonly Finding[], wb?: WorkbookGrid): WritePlan {
  const present = wb ? new Set(wb.sheets.map((s) => s.name)) : undefined;
  const worst = new Map<string, Map<string, Severity>>(); // sheet → cell → severity
  for (const f of findings) {
    if (isAddinSheet(f.sheet) || (present && !present.has(f.sheet)) || !parseRange(f.cell)) continue;
    const cells = worst.get(f.sheet) ?? new Map<string, Severity>();
    const had = cells.get(f.cell);
    if (had === undefined || RANK[f.severity] < RANK[had]) cells.set(f.cell, f.severity);
    worst.set(f.sheet, cells);
  }
  const marks: MarkWrite[] = [];
  for (const [sheet, cells] of worst) {
    for (const severity of SEVERITIES) {
      const list = [...cells].filter(([, s]) => s === severity).map(([c]) => c);
      if (list.length > 0) marks.push({ sheet, cells: markRectangles(list), severity });
    }
  }
  return { cells: [], sheets: [tandaSheet(marks)], marks, clearMarks: true, ...(wb ? { markedRanges: readMarkedRanges(wb) } : {}) };
}

/** "Hapus tanda": removes the add-in's marks and empties the list. */
export function planClearMarks(wb?: WorkbookGrid): WritePlan {
  return { cells: [], sheets: [tandaSheet([])], marks: [], clearMarks: true, ...(wb ? { markedRanges: readMarkedRanges(wb) } : {}) };
}

/** The rectangles a plan marks: what "Renja Tanda" lists once the plan is applied. */
export function markedRangesOf(plan: WritePlan): MarkedRange[] {
  return (plan.marks ?? []).flatMap((m) => m.cells.map((range) => ({ sheet: m.sheet, range })));
}
