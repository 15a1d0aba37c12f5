// Pagu roll-up: every parent row equals the sum of its children (sub kegiatan → kegiatan → program → total)
// in every money column (MONEY_ROLES), on effective values (money.ts). Recomputed sums go into the write plan.
import { a1, cellText, type SheetView } from "../grid";
import type { ColumnRole, TableModel } from "../model";
import type { WritePlan } from "../plan";
import { formatRupiah } from "../rupiah";
import { MONEY_ROLES } from "../tables/specs";
import type { Findings } from "../finding";
import { brokenCell, uncertainRows, LEVEL_NAMES, MONEY_LABELS, moneyColumn, proposeWrite, rowLabel, selisihText, totalRowIndex, type Broken, type MoneyColumn } from "./money";
import { parsedMoneyColumn } from "./parsed-money";
import type { WorkbookRule } from "./workbook-context";

interface Ctx {
  table: TableModel;
  view: SheetView;
  findings: Findings;
  plan: WritePlan;
  /** Tabel 4.2, quarter columns: rows whose readable quarters do not add up to their pagu. */
  suspect?: Set<number>;
}

const RP_ROLES: ColumnRole[] = ["rp1", "rp2", "rp3", "rp4"];

/** Rows of a Tabel 4.2 whose four quarters, all readable, add up to something else than the row's pagu. */
function quarterMisses(table: TableModel, view: SheetView): Set<number> {
  const out = new Set<number>();
  const pagu = moneyColumn(table, view, "pagu");
  const cols = RP_ROLES.map((r) => table.columns[r]?.[0]);
  if (!pagu || cols.some((c) => c === undefined)) return out;
  const parsed = (cols as number[]).map((c) => parsedMoneyColumn(table, view, c));
  for (let i = 0; i < table.rows.length; i++) {
    const p = pagu.cells[i].effective;
    if (p === undefined) continue;
    let sum = 0;
    let readable = true;
    for (const col of parsed) {
      const v = col[i];
      if (v.ok) sum += v.value;
      else if (v.kind !== "empty" && v.kind !== "dash") readable = false;
    }
    if (readable && sum !== p) out.add(i);
  }
  return out;
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
  if (b.reason === "uncertain") return `letak baris ${table.rows[b.row].r + 1} dalam hierarki tidak pasti`;
  return b.reason === "overflow" ? `jumlahnya melampaui batas angka yang dapat dihitung tepat (di ${cell})` : `nilai di ${cell} tidak terbaca`;
}

/** What is compared with what, for messages: the row's own subject and the rows its sum comes from. */
function describe(table: TableModel, mc: MoneyColumn, i: number, isTotal: boolean): { subject: string; what: string } {
  const label = MONEY_LABELS[mc.role] ?? mc.role;
  if (isTotal) return { subject: `total ${label}`, what: topLevelText(table) };
  const row = table.rows[i];
  return { subject: `${label} ${LEVEL_NAMES[row.level]} "${rowLabel(row)}"`, what: `${countText(table, mc.children[i])} di bawahnya` };
}

/**
 * Compares row i's written value with `sum`, the sum of its rows as written (effective values). Written and
 * equal: nothing. Written and different: error. Empty over a non-zero sum (program/kegiatan/total): info.
 * Unreadable: info (the angka rule reports the cell itself).
 *
 * The value proposed is `finalSum`, the sum of the rows below after their own proposed corrections, so that the
 * plan applied as a whole leaves every level consistent; where it differs from `sum` the message says so, and a
 * parent that agrees with its rows as written but not with their corrections gets an info with that value, and
 * one that disagrees with its rows as written but agrees with their corrections an info without a fix.
 * Returns the value proposed for the row, if any.
 */
function compare(ctx: Ctx, mc: MoneyColumn, i: number, isTotal: boolean, sum: number | undefined, finalSum: number | undefined, broken: Broken | undefined): number | undefined {
  const { table, view, findings, plan } = ctx;
  const row = table.rows[i];
  const w = mc.cells[i].written;
  const blank = !w.ok && (w.kind === "empty" || w.kind === "dash");
  if (broken ? blank : sum === undefined || (w.ok && w.value === sum && finalSum === sum)) return undefined; // the common case
  const { subject, what } = describe(table, mc, i, isTotal);
  const base = { category: "pagu" as const, sheet: table.sheet, cell: a1(row.r, mc.col) };
  // A row left out of this sum because its place is uncertain: said once, on that row (uncertainNote).
  if (broken?.reason === "uncertain" && mc.cells[i].childBroken === broken) return undefined;
  if (broken) {
    findings.add({ ...base, rule: "pagu.tidak-dapat-dihitung", severity: "info", message: `${capitalize(subject)} tidak dapat diperiksa: jumlah ${what} tidak dapat dihitung karena ${brokenText(table, mc, broken)}.` });
    return undefined;
  }
  if (sum === undefined) return undefined;
  const label = MONEY_LABELS[mc.role] ?? mc.role;
  const target = finalSum ?? sum;
  const after = target !== sum ? ` Setelah perbaikan pada baris di bawahnya, jumlahnya menjadi ${formatRupiah(target)}.` : "";
  const fix = () => proposeWrite(plan, view, table.sheet, row.r, mc.col, target, `Tulis ${formatRupiah(target)} (jumlah ${what}${target !== sum ? " setelah perbaikannya" : ""})`);
  if (w.ok) {
    if (w.value === sum) {
      findings.add({
        ...base,
        rule: "pagu.ikut-perbaikan",
        severity: "info",
        message: `${capitalize(subject)} ${formatRupiah(w.value)} sesuai dengan jumlah ${what} seperti tertulis, tetapi menjadi ${formatRupiah(target)} bila perbaikan pada baris di bawahnya diterapkan.`,
        actual: formatRupiah(w.value),
        expected: formatRupiah(target),
        fix: fix(),
      });
      return target;
    }
    if (w.value === target) {
      // Wrong against the rows as written, right against their corrections: the fault is below, nothing to write here.
      findings.add({
        ...base,
        rule: "pagu.sesuai-setelah-perbaikan",
        severity: "info",
        message: `${capitalize(subject)} tertulis ${formatRupiah(w.value)}, sedangkan jumlah ${label} ${what} ${formatRupiah(sum)} (${selisihText(w.value, sum, formatRupiah)}); nilai ini sesuai bila perbaikan pada baris di bawahnya diterapkan.`,
        actual: formatRupiah(w.value),
        expected: formatRupiah(sum),
      });
      return undefined;
    }
    findings.add({
      ...base,
      rule: "pagu.jumlah-tidak-sesuai",
      severity: "error",
      message: `${capitalize(subject)} tertulis ${formatRupiah(w.value)}, sedangkan jumlah ${label} ${what} ${formatRupiah(sum)} (${selisihText(w.value, sum, formatRupiah)}).${after}`,
      actual: formatRupiah(w.value),
      expected: formatRupiah(sum),
      fix: fix(),
    });
    return target;
  }
  if (blank) {
    if (target === 0 || (row.level !== "program" && row.level !== "kegiatan" && row.level !== "total")) return undefined;
    findings.add({ ...base, rule: "pagu.induk-kosong", severity: "info", message: `${capitalize(subject)} belum diisi; jumlah ${label} ${what} ${formatRupiah(sum)}.${after}`, expected: formatRupiah(sum), fix: fix() });
    return target;
  }
  const raw = cellText(view.value(row.r, mc.col));
  findings.add({
    ...base,
    rule: "pagu.tertulis-tidak-terbaca",
    severity: "info",
    message: `${capitalize(subject)} tertulis "${raw}" dan tidak terbaca pasti (lihat temuan Angka); jumlah ${label} ${what} ${formatRupiah(sum)}.${after}`,
    actual: raw,
    expected: formatRupiah(sum),
    fix: fix(),
  });
  return target;
}

/** Sum of the rows' values after corrections; undefined when none has a value or one is unknown. */
function finalSumOf(final: (number | undefined)[], idx: number[]): number | undefined {
  let sum: number | undefined;
  for (let k = 0; k < idx.length; k++) {
    const v = final[idx[k]];
    if (v !== undefined) sum = (sum ?? 0) + v;
  }
  return sum !== undefined && Number.isSafeInteger(sum) ? sum : undefined;
}

function checkColumn(ctx: Ctx, role: ColumnRole): void {
  const { table, view } = ctx;
  const mc = moneyColumn(table, view, role);
  if (!mc) return;
  // Bottom-up (children come after their parent), so each row's value after corrections is known before its parent's.
  const final: (number | undefined)[] = new Array<number | undefined>(table.rows.length);
  for (let i = table.rows.length - 1; i >= 0; i--) {
    const c = mc.cells[i];
    const kids = mc.children[i];
    if (kids.length === 0) {
      final[i] = c.effective;
      continue;
    }
    // A quarter of a row whose quarters miss its own pagu (the triwulan rule reports that row) is no basis for
    // "correcting" its parent's quarter: the parent is left as written.
    if (ctx.suspect && kids.some((k) => ctx.suspect?.has(k))) {
      final[i] = c.effective;
      continue;
    }
    const finalSum = c.childBroken ? undefined : finalSumOf(final, kids);
    const proposed = compare(ctx, mc, i, false, c.childSum, finalSum, c.childBroken);
    final[i] = proposed ?? (c.fromChildren ? finalSum : c.effective);
  }
  const t = totalRowIndex(table, view, [role]);
  if (t !== undefined && mc.roots.length > 0) compare(ctx, mc, t, true, mc.rootSum, mc.rootBroken ? undefined : finalSumOf(final, mc.roots), mc.rootBroken);
}

/** One info per row whose place is uncertain: it counts in no total, and the sums of both its parents go unchecked. */
function uncertainNote(table: TableModel, findings: Findings, roles: ColumnRole[]): void {
  const col = roles.map((r) => table.columns[r]?.[0]).find((c) => c !== undefined);
  if (col === undefined) return;
  for (const i of uncertainRows(table)) {
    const row = table.rows[i];
    const names = [row.parent, row.placedUnder].filter((p): p is number => p !== undefined).map((p) => `"${rowLabel(table.rows[p])}"`);
    findings.add({
      rule: "pagu.letak-tidak-pasti",
      category: "pagu",
      severity: "info",
      sheet: table.sheet,
      cell: a1(row.r, col),
      message: `${capitalize(LEVEL_NAMES[row.level])} "${rowLabel(row)}" tidak dihitung dalam jumlah induknya karena kodenya menunjuk ${row.parent !== undefined ? `"${rowLabel(table.rows[row.parent])}"` : "induk yang tidak ada di tabel ini"} sedangkan letaknya di bawah ${names[names.length - 1]} (lihat temuan Kode); jumlah ${names.join(" dan ")} tidak diperiksa dan tidak diperbaiki.`,
    });
  }
}

export const paguRollupRule: WorkbookRule = ({ tables, views, findings, plan }) => {
  for (const table of tables) {
    const view = views.get(table.sheet);
    const roles = MONEY_ROLES[table.kind];
    if (!view || !roles) continue;
    uncertainNote(table, findings, roles);
    const suspect = table.kind === "T4.2" ? quarterMisses(table, view) : undefined;
    for (const role of roles) checkColumn({ table, view, findings, plan, ...(suspect && RP_ROLES.includes(role) ? { suspect } : {}) }, role);
  }
};
