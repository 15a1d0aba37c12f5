// The engine's entry point: a workbook of grids in, tables + findings + a write plan out. Pure.
import { CATEGORIES, Findings, sortFindings, type Category, type Finding, type Severity } from "./finding";
import { SheetView, columnLetters, rangeA1, type SheetGrid, type WorkbookGrid } from "./grid";
import type { ColumnRole, TableKind, TableModel } from "./model";
import { emptyPlan, type WritePlan } from "./plan";
import { TABLE_RULES, WORKBOOK_RULES } from "./rules";
import type { ValidateOptions } from "./rules/context";
import { findTablesWithNotes, type UnreadHeader } from "./tables/detect";
import { isAddinSheet } from "./marks";

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
  /** What was read: each role with its column letter(s) and header text, and the columns left unmapped. */
  columns?: TableColumnsSummary;
}

export interface TableColumnsSummary {
  /** "nomor": by the column-number row of the known layout; "judul": by what the headers say. */
  mappedBy: "nomor" | "judul";
  roles: { role: ColumnRole; columns: string[]; header: string; override?: boolean }[];
  unmapped: { column: string; header: string }[];
}

function columnsSummary(t: TableModel): TableColumnsSummary | undefined {
  if (!t.columnInfo) return undefined;
  const roles: TableColumnsSummary["roles"] = [];
  const byRole = new Map<ColumnRole, TableColumnsSummary["roles"][number]>();
  const unmapped: TableColumnsSummary["unmapped"] = [];
  for (const info of t.columnInfo) {
    if (!info.role) {
      if (info.header) unmapped.push({ column: columnLetters(info.col), header: info.header });
      continue;
    }
    const seen = byRole.get(info.role);
    // A role over several columns (kode over five) is one entry; the header is its first column's.
    if (seen && info.role === "kode") {
      seen.columns.push(columnLetters(info.col));
      continue;
    }
    const entry = { role: info.role, columns: [columnLetters(info.col)], header: info.header, ...(info.override ? { override: true } : {}) };
    if (!seen) byRole.set(info.role, entry);
    roles.push(entry);
  }
  return { mappedBy: t.mappedBy ?? "nomor", roles, unmapped };
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

/** What one sheet gives on its own: its tables and the table rules' findings (they read nothing else). */
interface SheetOutcome {
  tables: TableModel[];
  findings: Finding[];
  unread: UnreadHeader[];
}

/**
 * Sheet outcomes kept between validations of versions of one workbook with the same options (the fix planner's
 * rounds): a sheet a version did not write is the same SheetGrid object (apply-grid copies on write), and the
 * tables and table-rule findings of a sheet depend on that sheet alone, so they are taken over as they were.
 */
export interface ValidationMemo {
  readonly options: ValidateOptions;
  readonly sheets: WeakMap<SheetGrid, SheetOutcome>;
}

export function createValidationMemo(options: ValidateOptions = {}): ValidationMemo {
  return { options, sheets: new WeakMap() };
}

function sheetOutcome(sheet: SheetGrid, view: SheetView, options: ValidateOptions, memo: ValidationMemo | undefined): SheetOutcome {
  const kept = memo?.sheets.get(sheet);
  if (kept) return kept;
  const findings = new Findings();
  const found = findTablesWithNotes(view, options.columnMap);
  for (const table of found.tables) for (const rule of TABLE_RULES) rule({ table, view, findings, options });
  const outcome = { tables: found.tables, findings: findings.list, unread: found.unread };
  memo?.sheets.set(sheet, outcome);
  return outcome;
}

/**
 * Validates a workbook. With `memo` (made for these same options), sheets validated before as the same grid
 * object are not read again: the result is the same as without it.
 */
export function validateWorkbook(wb: WorkbookGrid, options: ValidateOptions = {}, memo?: ValidationMemo): ValidationResult {
  if (memo && memo.options !== options) throw new Error("validateWorkbook: memo made for other options");
  const findings = new Findings();
  const tables: TableModel[] = [];
  const views = new Map<string, SheetView>();
  const unread = new Map<string, UnreadHeader[]>();
  for (const sheet of wb.sheets) {
    const view = new SheetView(sheet);
    views.set(sheet.name, view);
    // The add-in's own reports (Hasil Validasi, Riwayat Perbaikan, Renja Tanda) quote the tables; they are not one.
    if (isAddinSheet(sheet.name)) continue;
    const outcome = sheetOutcome(sheet, view, options, memo);
    if (outcome.unread.length > 0) unread.set(sheet.name, outcome.unread);
    for (const table of outcome.tables) tables.push(table);
    for (const f of outcome.findings) findings.add(f);
  }
  const plan = emptyPlan();
  for (const rule of WORKBOOK_RULES) rule({ workbook: wb, tables, views, findings, options, plan, unread });

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
      ...(t.columnInfo ? { columns: columnsSummary(t) } : {}),
    })),
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    infos: bySeverity.info,
    byCategory,
    bySeverity,
  };
  return { tables, findings: list, summary, plan };
}
