// Pagu roll-up: every parent row equals the sum of its children (sub kegiatan → kegiatan → program → total)
// in every money column (MONEY_ROLES), on effective values (money.ts). Recomputed sums go into the write plan.
import { a1, cellText, type SheetView } from "../grid";
import type { ColumnRole, TableModel } from "../model";
import type { WritePlan } from "../plan";
import { formatRupiah } from "../rupiah";
import { MONEY_ROLES } from "../tables/specs";
import type { Findings } from "../finding";
import { brokenCell, LEVEL_NAMES, MONEY_LABELS, moneyColumn, proposeWrite, rowLabel, selisihText, totalRowIndex, type Broken, type MoneyColumn } from "./money";
import type { WorkbookRule } from "./workbook-context";

interface Ctx {
  table: TableModel;
  view: SheetView;
  findings: Findings;
  plan: WritePlan;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "7 kegiatan" when the rows share a level, else "7 baris rincian". */
function countText(table: TableModel, idx: number[]): string {
  const levels = new Set(idx.map((i) => table.rows[i].level));
  const only = levels.size === 1 ? [...levels][0] : undefined;
  return `${idx.length} ${only ? LEVEL_NAMES[only] : "baris rincian"}`;
}

/** What the grand total sums, for messages: the highest of program, kegiatan, sub kegiatan the table has. */
function topLevelText(table: TableModel): string {
  for (const level of ["program", "kegiatan", "subkegiatan"] as const) {
    if (table.rows.some((r) => r.level === level)) return `seluruh ${LEVEL_NAMES[level]}`;
  }
  return "seluruh baris rincian";
}

function brokenText(table: TableModel, mc: MoneyColumn, b: Broken): string {
  const cell = brokenCell(table, mc, b);
  return b.reason === "overflow" ? `jumlahnya melampaui batas angka yang dapat dihitung tepat (di ${cell})` : `nilai di ${cell} tidak terbaca`;
}

/**
 * Compares row i's written value with `sum` (the sum of `what`). Written and equal: nothing. Written and
 * different: error with the recomputed value as fix. Empty over a non-zero sum (program/kegiatan): info with a
 * fix to fill it. Unreadable: info with the sum (the angka rule reports the cell itself).
 */
/** What is compared with what, for messages: the row's own subject and the rows its sum comes from. */
function describe(table: TableModel, mc: MoneyColumn, i: number, isTotal: boolean): { subject: string; what: string } {
  const label = MONEY_LABELS[mc.role] ?? mc.role;
  if (isTotal) return { subject: `total ${label}`, what: topLevelText(table) };
  const row = table.rows[i];
  return { subject: `${label} ${LEVEL_NAMES[row.level]} "${rowLabel(row)}"`, what: `${countText(table, mc.children[i])} di bawahnya` };
}

function compare(ctx: Ctx, mc: MoneyColumn, i: number, isTotal: boolean, sum: number | undefined, broken: Broken | undefined): void {
  const { table, view, findings, plan } = ctx;
  const row = table.rows[i];
  const w = mc.cells[i].written;
  const blank = !w.ok && (w.kind === "empty" || w.kind === "dash");
  if (broken ? blank : sum === undefined || (w.ok && w.value === sum)) return; // the common case: nothing to say
  const { subject, what } = describe(table, mc, i, isTotal);
  const label = MONEY_LABELS[mc.role] ?? mc.role;
  const base = { category: "pagu" as const, sheet: table.sheet, cell: a1(row.r, mc.col) };
  if (broken) {
    findings.add({ ...base, rule: "pagu.tidak-dapat-dihitung", severity: "info", message: `${capitalize(subject)} tidak dapat diperiksa: jumlah ${what} tidak dapat dihitung karena ${brokenText(table, mc, broken)}.` });
    return;
  }
  if (sum === undefined) return;
  const fixLabel = `Tulis ${formatRupiah(sum)} (jumlah ${what})`;
  if (w.ok) {
    if (w.value === sum) return;
    findings.add({
      ...base,
      rule: "pagu.jumlah-tidak-sesuai",
      severity: "error",
     
      message: `${capitalize(subject)} tertulis ${formatRupiah(w.value)}, sedangkan jumlah ${label} ${what} ${formatRupiah(sum)} (${selisihText(w.value, sum, formatRupiah)}).`,
      actual: formatRupiah(w.value),
      expected: formatRupiah(sum),
      fix: proposeWrite(plan, view, table.sheet, row.r, mc.col, sum, fixLabel),
    });
    return;
  }
  if (blank) {
    if (sum === 0 || (row.level !== "program" && row.level !== "kegiatan" && row.level !== "total")) return;
    findings.add({
      ...base,
      rule: "pagu.induk-kosong",
      severity: "info",
     
      message: `${capitalize(subject)} belum diisi; jumlah ${label} ${what} ${formatRupiah(sum)}.`,
      expected: formatRupiah(sum),
      fix: proposeWrite(plan, view, table.sheet, row.r, mc.col, sum, fixLabel),
    });
    return;
  }
  const raw = cellText(view.value(row.r, mc.col));
  findings.add({
    ...base,
    rule: "pagu.tertulis-tidak-terbaca",
    severity: "info",
   
    message: `${capitalize(subject)} tertulis "${raw}" dan tidak terbaca pasti (lihat temuan Angka); jumlah ${label} ${what} ${formatRupiah(sum)}.`,
    actual: raw,
    expected: formatRupiah(sum),
    fix: proposeWrite(plan, view, table.sheet, row.r, mc.col, sum, fixLabel),
  });
}

function checkColumn(ctx: Ctx, role: ColumnRole): void {
  const { table, view } = ctx;
  const mc = moneyColumn(table, view, role);
  if (!mc) return;
  for (let i = 0; i < table.rows.length; i++) {
    if (mc.children[i].length === 0) continue;
    const c = mc.cells[i];
    compare(ctx, mc, i, false, c.childSum, c.childBroken);
  }
  const t = totalRowIndex(table, view, [role]);
  if (t !== undefined && mc.roots.length > 0) compare(ctx, mc, t, true, mc.rootSum, mc.rootBroken);
}

export const paguRollupRule: WorkbookRule = ({ tables, views, findings, plan }) => {
  for (const table of tables) {
    const view = views.get(table.sheet);
    const roles = MONEY_ROLES[table.kind];
    if (!view || !roles) continue;
    for (const role of roles) checkColumn({ table, view, findings, plan }, role);
  }
};
