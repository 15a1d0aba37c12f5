// What the task pane asks of Excel and of the engine, without knowing Office.js: the UI gets an ExcelPort
// (over Office.js in the add-in, over the in-memory host in the preview) and calls these services.
/// <reference types="office-js" />
import { applyPlan, type ApplyReport } from "../excel/apply";
import { readWorkbook } from "../excel/read";
import type { ApiSupport } from "../excel/requirements";
import { selectCell } from "../excel/select";
import { validateWorkbook, type ValidationResult } from "../renja/engine";
import { CATEGORIES, type Category, type Finding, type Severity } from "../renja/finding";
import type { WorkbookGrid } from "../renja/grid";
import type { WritePlan } from "../renja/plan";

export type { ApplyReport };

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

export type Validate = (wb: WorkbookGrid) => ValidationResult;

export type ValidationStage = "membaca" | "memeriksa";

/** Reads the workbook and runs the engine; the stage callback drives the progress indicator. */
export async function runValidation(port: ExcelPort, onStage: (stage: ValidationStage, fraction: number) => void = () => undefined, validate: Validate = validateWorkbook): Promise<ValidationResult> {
  onStage("membaca", 0);
  const wb = await port.read((done, total) => onStage("membaca", (done / Math.max(total, 1)) * 0.8));
  onStage("memeriksa", 0.8);
  // Let the progress indicator paint before the (synchronous) engine runs.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const result = validate(wb);
  onStage("memeriksa", 1);
  return result;
}

export const CATEGORY_LABELS: Record<Category, string> = {
  kode: "Kode",
  nomenklatur: "Nomenklatur",
  satuan: "Satuan",
  angka: "Penulisan angka",
  capaian: "Capaian",
  pagu: "Pagu",
  rkpd: "Kesesuaian RKPD",
  triwulan: "Triwulan",
  rekonsiliasi: "Rekonsiliasi antartabel",
  struktur: "Struktur tabel",
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: "Kesalahan", warning: "Peringatan", info: "Info" };
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

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

/** The plan that applies one finding's fix. */
export function fixPlan(f: Finding): WritePlan {
  if (!f.fix) return { cells: [], sheets: [] };
  return { cells: [{ sheet: f.fix.sheet, cell: f.fix.cell, value: f.fix.value }], sheets: [] };
}

/** "3 kesalahan, 1 peringatan, 0 info". */
export function summaryText(result: ValidationResult): string {
  const s = result.summary.bySeverity;
  return `${s.error} kesalahan, ${s.warning} peringatan, ${s.info} info`;
}
