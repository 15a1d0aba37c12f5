// The engine's entry point: a workbook of grids in, tables + findings + a write plan out. Pure.
import { CATEGORIES, Findings, sortFindings, type Category, type Finding, type Severity } from "./finding";
import { SheetView, rangeA1, type WorkbookGrid } from "./grid";
import type { TableKind, TableModel } from "./model";
import { emptyPlan, type WritePlan } from "./plan";
import { TABLE_RULES, WORKBOOK_RULES } from "./rules";
import type { ValidateOptions } from "./rules/context";
import { findTables } from "./tables/detect";

export type { ValidateOptions };

export interface TableSummary {
  sheet: string;
  kind: TableKind;
  /** A1 range of the table (header to last row). */
  range: string;
  rows: number;
  programs: number;
  kegiatan: number;
  subkegiatan: number;
}

export interface Summary {
  sheets: number;
  tables: TableSummary[];
  errors: number;
  warnings: number;
  infos: number;
  byCategory: Record<Category, number>;
  bySeverity: Record<Severity, number>;
}

export interface ValidationResult {
  tables: TableModel[];
  findings: Finding[];
  summary: Summary;
  /** Recomputed values (capaian, pagu totals) as cell writes; applied only on the user's confirmation. */
  plan: WritePlan;
}

function countLevels(t: TableModel): Pick<TableSummary, "programs" | "kegiatan" | "subkegiatan"> {
  let programs = 0;
  let kegiatan = 0;
  let subkegiatan = 0;
  for (const r of t.rows) {
    if (r.level === "program") programs++;
    else if (r.level === "kegiatan") kegiatan++;
    else if (r.level === "subkegiatan") subkegiatan++;
  }
  return { programs, kegiatan, subkegiatan };
}

export function validateWorkbook(wb: WorkbookGrid, options: ValidateOptions = {}): ValidationResult {
  const findings = new Findings();
  const tables: TableModel[] = [];
  const views = new Map<string, SheetView>();
  for (const sheet of wb.sheets) {
    const view = new SheetView(sheet);
    views.set(sheet.name, view);
    for (const table of findTables(view)) {
      tables.push(table);
      for (const rule of TABLE_RULES) rule({ table, view, findings, options });
    }
  }
  const plan = emptyPlan();
  for (const rule of WORKBOOK_RULES) rule({ workbook: wb, tables, views, findings, options, plan });

  const list = sortFindings(findings.list, wb.sheets.map((s) => s.name));
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of list) {
    byCategory[f.category]++;
    bySeverity[f.severity]++;
  }
  const summary: Summary = {
    sheets: wb.sheets.length,
    tables: tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      range: rangeA1({ r1: t.headerTop, c1: views.get(t.sheet)?.colStart ?? 0, r2: t.bottom, c2: Math.max(0, (views.get(t.sheet)?.colEnd ?? 1) - 1) }),
      rows: t.rows.length,
      ...countLevels(t),
    })),
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    infos: bySeverity.info,
    byCategory,
    bySeverity,
  };
  return { tables, findings: list, summary, plan };
}
