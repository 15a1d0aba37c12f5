// What the task pane asks of Excel and of the engine, without knowing Office.js: the UI gets an ExcelPort
// (over Office.js in the add-in, over the in-memory host in the preview) and calls these services.
/// <reference types="office-js" />
import { applyPlan, type ApplyReport } from "../excel/apply";
import { readWorkbook } from "../excel/read";
import type { ApiSupport } from "../excel/requirements";
import { selectCell } from "../excel/select";
import { applyPlanToGrid } from "../renja/apply-grid";
import { validateWorkbook, type ValidateOptions, type ValidationResult } from "../renja/engine";
import { CATEGORIES, type Category, type Finding, type Fix, type Severity } from "../renja/finding";
import { memoValidate, planAllFixes, plannedFixes } from "../renja/fix-plan";
import { planFixes, planRestore, readRiwayat, reconcileRiwayat, RIWAYAT_SHEET, type RiwayatRecord } from "../renja/fixes";
import type { WorkbookGrid } from "../renja/grid";
import { hasilValidasiSheet } from "../renja/hasil";
import { CATEGORY_LABELS } from "../renja/labels";
import { isAddinSheet, planClearMarks, planMarks, readMarkedRanges } from "../renja/marks";
import type { WritePlan } from "../renja/plan";
import { nomenklaturOptions } from "./nomenklatur-service";

export type { ApplyReport, RiwayatRecord };

export interface ExcelPort {
  read(onProgress?: (done: number, total: number) => void): Promise<WorkbookGrid>;
  apply(plan: WritePlan): Promise<ApplyReport>;
  select(sheet: string, cell: string): Promise<void>;
}

/** Excel.run's shape: a batch gets a fresh request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The port over any Excel.run-like host: Office.js in the add-in, the memory host in the preview. */
export function createExcelPort(run: ExcelRun, supports: ApiSupport): ExcelPort {
  return {
    read: (onProgress) => run((context) => readWorkbook(context, { supports, onProgress })),
    apply: (plan) => run((context) => applyPlan(context, plan, { supports })),
    select: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
  };
}

/** The engine as the pane runs it; the options carry the user's column roles (ValidateOptions.columnMap). */
export type Validate = (wb: WorkbookGrid, options?: ValidateOptions) => ValidationResult;

export type ValidationStage = "membaca" | "memeriksa";

/** A validation and the workbook it read: fixes record the exact previous content from it. */
export interface ValidationRun {
  wb: WorkbookGrid;
  result: ValidationResult;
  /** The options it ran with (the nomenclature list in use), for what the pane then generates from it. */
  options?: ValidateOptions;
}

/** The user's sheets: what the engine checks (the add-in's own sheets are reports, not Renja tables). */
export function userSheets(wb: WorkbookGrid): WorkbookGrid {
  return { sheets: wb.sheets.filter((s) => !isAddinSheet(s.name)) };
}

/** Reads the workbook (one read) and runs the engine; the stage callback drives the progress indicator. */
export async function runValidation(port: ExcelPort, onStage: (stage: ValidationStage, fraction: number) => void = () => undefined, validate: Validate = validateWorkbook): Promise<ValidationRun> {
  onStage("membaca", 0);
  const wb = await port.read((done, total) => onStage("membaca", (done / Math.max(total, 1)) * 0.8));
  onStage("memeriksa", 0.8);
  // The nomenclature list in use (the built-in one is fetched on the first validation only).
  const options = await nomenklaturOptions();
  // Let the progress indicator paint before the (synchronous) engine runs.
  await new Promise((resolve) => setTimeout(resolve, 0));
  // Fixes planned as a whole (the same planner as the CLI's --fix-out): one per cell, each one that keeps every check.
  const user = userSheets(wb);
  // The engine's own validation keeps, between the planner's rounds, the sheets no fix writes (as the CLI does).
  const again = validate === validateWorkbook ? memoValidate(options) : (g: WorkbookGrid): ValidationResult => validate(g, options);
  const result = planAllFixes(again(user), user, again).result;
  onStage("memeriksa", 1);
  return { wb, result, options };
}

/** The date and time shown in Riwayat Perbaikan and Hasil Validasi: "2024-05-01 13:45" (local time). */
export function timestamp(d: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** What a write did: the adapter's report and the workbook as the pane now knows it (for the next plan). */
export interface WriteResult {
  report: ApplyReport;
  wb: WorkbookGrid;
}

async function write(port: ExcelPort, wb: WorkbookGrid, plan: WritePlan): Promise<WriteResult> {
  const report = await port.apply(plan).catch(async (err: unknown) => {
    // Part of the batch may be in the workbook (a batch is not a transaction). Make Riwayat say exactly what is
    // there, so every change that reached a cell can be restored; then report the failure.
    if (plan.sheets.some((s) => s.sheet === RIWAYAT_SHEET)) {
      try {
        await port.apply(reconcileRiwayat(wb, plan, await port.read()));
      } catch {
        // Excel is still refusing (cell-edit mode, …): the next validation reads Riwayat as it is.
      }
    }
    throw err;
  });
  return { report, wb: applyPlanToGrid(wb, plan) };
}

/**
 * Applies fixes through the recorded path: each fixed cell's exact previous content (value, formula, number
 * format) goes to "Riwayat Perbaikan" in the same batch, so it can be restored. Used by "Perbaiki" and
 * "Perbaiki semua" and by "Hitung Ulang" (its confirmed recomputed values as fixes).
 * `wb` is the workbook of the last read; re-validate afterwards (one read) to see the new state.
 */
export async function applyFixes(port: ExcelPort, wb: WorkbookGrid, fixes: readonly Fix[], now: string = timestamp()): Promise<WriteResult> {
  return write(port, wb, planFixes(wb, [...fixes], now));
}

/** Restores Riwayat records (by their No) to the exact previous content and marks them "dipulihkan". */
export async function restoreFixes(port: ExcelPort, wb: WorkbookGrid, nos: readonly number[]): Promise<WriteResult> {
  return write(port, wb, planRestore(wb, [...nos]));
}

/** The records of "Riwayat Perbaikan" as of the given read. */
export function riwayatOf(wb: WorkbookGrid): RiwayatRecord[] {
  return readRiwayat(wb);
}

/**
 * What "Perbaiki semua" applies: the planned fixes of a validation (its findings' fixes and its recomputed values,
 * one per cell), exactly what the CLI's --fix-out writes.
 */
export function allFixesOf(result: ValidationResult): Fix[] {
  return plannedFixes(result);
}

/** One fix per cell from the fixable findings: the first in the engine's order (errors before warnings) wins. */
export function fixesOf(findings: readonly Finding[]): Fix[] {
  const seen = new Set<string>();
  const out: Fix[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const key = `${f.fix.sheet}\u0000${f.fix.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f.fix);
  }
  return out;
}

/** What to write after a validation: marks on the cells and/or the "Hasil Validasi" sheet, as ONE plan. */
export function outputsPlan(run: ValidationRun, what: { marks?: boolean; hasil?: boolean; now?: string }): WritePlan {
  const plan: WritePlan = what.marks ? planMarks(run.result.findings, run.wb) : { cells: [], sheets: [] };
  if (what.hasil) plan.sheets.unshift(hasilValidasiSheet(run.result, what.now ?? timestamp()));
  return plan;
}

/** Writes marks and/or Hasil Validasi in one batch (at most two round trips). */
export async function writeOutputs(port: ExcelPort, run: ValidationRun, what: { marks?: boolean; hasil?: boolean; now?: string }): Promise<WriteResult> {
  return write(port, run.wb, outputsPlan(run, what));
}

/**
 * "Hapus tanda": removes exactly the add-in's marks (one read of their formats, one write). Without a
 * workbook read earlier, the adapter first reads where the marks are (one more round trip).
 */
export async function clearMarks(port: ExcelPort, wb?: WorkbookGrid): Promise<WriteResult> {
  return write(port, wb ?? { sheets: [] }, planClearMarks(wb));
}

/** True when the workbook (as last read or written) lists marks of the add-in. */
export function hasMarks(wb: WorkbookGrid): boolean {
  return readMarkedRanges(wb).length > 0;
}

export interface FindingGroup {
  category: Category;
  label: string;
  findings: Finding[];
}

/** Findings of the chosen severities, grouped by category in the JSON contract's order; empty groups left out. */
export function groupFindings(findings: readonly Finding[], severities: ReadonlySet<Severity>): FindingGroup[] {
  const groups = new Map<Category, Finding[]>();
  for (const f of findings) {
    if (!severities.has(f.severity)) continue;
    const list = groups.get(f.category) ?? [];
    list.push(f);
    groups.set(f.category, list);
  }
  return CATEGORIES.filter((c) => groups.has(c)).map((c) => ({ category: c, label: CATEGORY_LABELS[c], findings: groups.get(c)! }));
}

/** "3 galat, 1 peringatan, 0 info". */
export function summaryText(result: ValidationResult): string {
  const s = result.summary.bySeverity;
  return `${s.error} galat, ${s.warning} peringatan, ${s.info} info`;
}
