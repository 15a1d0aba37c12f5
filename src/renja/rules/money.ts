// Money columns as a tree: each row's written value, the sum of its children and its "effective" value, the
// one its parent counts. Shared by the pagu, rkpd, triwulan and rekonsiliasi rules; computed once per
// table and column, bottom-up in one pass (rows' parents always come before them).
import type { Fix } from "../finding";
import { a1, type CellValue, type SheetView } from "../grid";
import type { ColumnRole, RowLevel, TableModel, TableRow } from "../model";
import type { CellWrite, WritePlan } from "../plan";
import type { RupiahResult } from "../rupiah";
import { parseAngka } from "../angka";
import { formatKind, fractionOf } from "../number-format";
import { parsedMoneyColumn } from "./parsed-money";

const STRUCTURAL: ReadonlySet<RowLevel> = new Set<RowLevel>(["urusan", "bidang", "program", "kegiatan", "subkegiatan"]);

/** Rows that carry their own pagu and count in their parent's sum ("indikator" continuation rows do not). */
export function isStructural(row: TableRow): boolean {
  return STRUCTURAL.has(row.level);
}

/** Why a sum cannot be computed: the row index whose cell is unreadable, or a sum beyond exact integers. */
export interface Broken {
  row: number;
  reason: "unreadable" | "overflow" | "uncertain";
}

export interface MoneyCell {
  written: RupiahResult;
  /** Sum of the structural children's effective values; undefined when no child has a value. */
  childSum?: number;
  /** Set when a child's value cannot be read, so childSum is unknown. */
  childBroken?: Broken;
  /** The value this row counts for in its parent's sum; undefined when it has none. */
  effective?: number;
  /** Set when the effective value is unknown because a cell it depends on is unreadable. */
  broken?: Broken;
  /** The effective value is the children's sum rather than the written value. */
  fromChildren: boolean;
}

export interface MoneyColumn {
  role: ColumnRole;
  col: number;
  /** Per table row index. */
  cells: MoneyCell[];
  /** Per table row index: indexes of its structural children. */
  children: number[][];
  /** Structural rows without a structural parent (urusan, or programs/kegiatan where the table has none above). */
  roots: number[];
  /** Sum of the roots' effective values; undefined when no root has a value. */
  rootSum?: number;
  rootBroken?: Broken;
}

const cache = new WeakMap<TableModel, Map<ColumnRole, MoneyColumn | null>>();
interface Tree {
  children: number[][];
  roots: number[];
  /** Parent row index → a child left out because its place is uncertain (TableRow.uncertainPlace). */
  uncertain: Map<number, number>;
}

const trees = new WeakMap<TableModel, Tree>();

/** Structural children per row and the rows without a structural parent; the same for every money column. */
function treeOf(table: TableModel): Tree {
  let tree = trees.get(table);
  if (tree) return tree;
  const rows = table.rows;
  const children: number[][] = new Array<number[]>(rows.length);
  const roots: number[] = [];
  const uncertain = new Map<number, number>();
  const none: number[] = [];
  for (let i = 0; i < rows.length; i++) children[i] = none;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isStructural(row)) continue;
    if (row.uncertainPlace) {
      // Counted under neither the row its kode names nor the one it sits under: both sums lack it.
      for (const p of [row.parent, row.placedUnder]) if (p !== undefined && !uncertain.has(p)) uncertain.set(p, i);
      continue;
    }
    const p = row.parent;
    if (p !== undefined && p < i && isStructural(rows[p])) {
      if (children[p] === none) children[p] = [];
      children[p].push(i);
    } else roots.push(i);
  }
  tree = { children, roots, uncertain };
  trees.set(table, tree);
  return tree;
}

function isBlank(w: RupiahResult): boolean {
  return !w.ok && (w.kind === "empty" || w.kind === "dash");
}

/** Adds effective values; the first unknown or an overflow of exact integers makes the sum unknown. */
function sumOf(cells: MoneyCell[], idx: number[]): { sum?: number; broken?: Broken } {
  let sum: number | undefined;
  for (const j of idx) {
    const c = cells[j];
    if (c.broken) return { broken: c.broken };
    if (c.effective === undefined) continue;
    sum = (sum ?? 0) + c.effective;
    if (!Number.isSafeInteger(sum)) return { broken: { row: j, reason: "overflow" } };
  }
  return sum === undefined ? {} : { sum };
}

/**
 * Effective value of a row:
 * - a readable non-zero written value counts as written;
 * - a written 0 above children that carry money is a placeholder (the PDF prints 0 in unfilled cells), so the
 *   children's sum counts (the parent check still reports the 0 against that sum);
 * - an empty or "-" cell counts as its children's sum, or as nothing when no child has a value;
 * - an unreadable cell counts as its children's sum where they have one, else it is unknown ("broken").
 */
function computeColumn(table: TableModel, view: SheetView, role: ColumnRole): MoneyColumn | null {
  const col = table.columns[role]?.[0];
  if (col === undefined) return null;
  const rows = table.rows;
  const n = rows.length;
  const { children, roots, uncertain } = treeOf(table);
  const parsed = parsedMoneyColumn(table, view, col);
  const cells: MoneyCell[] = new Array<MoneyCell>(n);
  for (let i = n - 1; i >= 0; i--) {
    const written = parsed[i];
    const cell: MoneyCell = { written, fromChildren: false };
    cells[i] = cell;
    if (!isStructural(rows[i])) continue;
    const kids = sumOf(cells, children[i]);
    const left = uncertain.get(i);
    if (left !== undefined) cell.childBroken = { row: left, reason: "uncertain" };
    else if (kids.broken) cell.childBroken = kids.broken;
    else if (kids.sum !== undefined) cell.childSum = kids.sum;

    if (written.ok && (written.value !== 0 || cell.childSum === undefined || cell.childSum === 0)) {
      cell.effective = written.value;
    } else if (written.ok || isBlank(written)) {
      // 0 over funded children, or an empty cell: the children speak for the row.
      if (cell.childBroken) cell.broken = cell.childBroken;
      else if (cell.childSum !== undefined) {
        cell.effective = cell.childSum;
        cell.fromChildren = true;
      }
    } else if (cell.childSum !== undefined) {
      cell.effective = cell.childSum;
      cell.fromChildren = true;
    } else {
      cell.broken = cell.childBroken ?? { row: i, reason: "unreadable" };
    }
  }
  const total = sumOf(cells, roots);
  const out: MoneyColumn = { role, col, cells, children, roots };
  if (total.broken) out.rootBroken = total.broken;
  else if (total.sum !== undefined) out.rootSum = total.sum;
  return out;
}

/** Rows left out of every sum because their place is uncertain. */
export function uncertainRows(table: TableModel): number[] {
  const out: number[] = [];
  table.rows.forEach((r, i) => {
    if (r.uncertainPlace && isStructural(r)) out.push(i);
  });
  return out;
}

/** The money tree of one column of a table (cached per table). Undefined when the table lacks the column. */
export function moneyColumn(table: TableModel, view: SheetView, role: ColumnRole): MoneyColumn | undefined {
  let byRole = cache.get(table);
  if (!byRole) {
    byRole = new Map();
    cache.set(table, byRole);
  }
  let mc = byRole.get(role);
  if (mc === undefined) {
    mc = computeColumn(table, view, role);
    byRole.set(role, mc);
  }
  return mc ?? undefined;
}

/**
 * The table's grand-total row: the last row of level "total" that carries a value in one of the given columns,
 * else the last label-less row (no No, kode, nama) that does. Undefined when there is none.
 */
export function totalRowIndex(table: TableModel, view: SheetView, roles: ColumnRole[]): number | undefined {
  const cols = roles.map((r) => table.columns[r]?.[0]).filter((c): c is number => c !== undefined);
  const parsed = cols.map((c) => parsedMoneyColumn(table, view, c));
  const hasValue = (i: number): boolean => parsed.some((p) => !isBlank(p[i]));
  let labelLess: number | undefined;
  for (let i = table.rows.length - 1; i >= 0; i--) {
    const row = table.rows[i];
    if (row.level === "total" && hasValue(i)) return i;
    if (labelLess === undefined && !row.no && !row.kodeText && !row.nama && hasValue(i)) labelLess = i;
  }
  return labelLess;
}

/** A1 of the cell a Broken points at. */
export function brokenCell(table: TableModel, mc: MoneyColumn, b: Broken): string {
  return a1(table.rows[b.row].r, mc.col);
}

/** Indonesian names of row levels, for messages. */
export const LEVEL_NAMES: Record<RowLevel, string> = {
  urusan: "urusan",
  bidang: "bidang urusan",
  program: "program",
  kegiatan: "kegiatan",
  subkegiatan: "sub kegiatan",
  indikator: "indikator",
  total: "total",
  unit: "unit organisasi",
  other: "baris",
};

/** Indonesian names of money columns, for messages. */
export const MONEY_LABELS: Partial<Record<ColumnRole, string>> = {
  rkpdPagu: "pagu indikatif RKPD",
  kebutuhanDana: "kebutuhan dana",
  pagu: "pagu indikatif",
  paguMaju: "pagu prakiraan maju",
  rp1: "rencana penyerapan triwulan I",
  rp2: "rencana penyerapan triwulan II",
  rp3: "rencana penyerapan triwulan III",
  rp4: "rencana penyerapan triwulan IV",
};

/** "selisih 850, tertulis lebih kecil" style text for a written value against the computed one. */
export function selisihText(written: number, expected: number, format: (n: number) => string): string {
  const d = written - expected;
  if (d === 0) return "tidak ada selisih";
  return `selisih ${format(Math.abs(d))}, tertulis lebih ${d > 0 ? "besar" : "kecil"}`;
}

/** A row's nama for messages, shortened; the kode where the row has no nama. */
export function rowLabel(row: TableRow): string {
  const t = row.nama || row.kodeText || row.no;
  return t.length > 70 ? `${t.slice(0, 67)}…` : t;
}

/**
 * Queues a recomputed value for one cell (applied only on the user's confirmation) and returns the matching fix.
 * The previous content is kept so the change can be undone exactly.
 */
export function proposeWrite(plan: WritePlan, view: SheetView, sheet: string, r: number, c: number, proposed: CellValue, label: string): Fix {
  const cell = a1(r, c);
  // A percentage-formatted cell holds the fraction (Excel turns a typed 90% into 0,9): 90 is written as 0,9.
  const value = formatKind(view.numberFormat(r, c)) === "percent" ? asFraction(proposed) : proposed;
  const formula = view.formula(r, c);
  const previous: NonNullable<CellWrite["previous"]> = formula ? { value: view.value(r, c), formula } : { value: view.value(r, c) };
  // The writers need the cell's format to write the value as a value (a number into a "@" cell stays text).
  const nf = view.numberFormat(r, c);
  if (nf !== null && nf !== "General") previous.numberFormat = nf;
  plan.cells.push({ sheet, cell, value, previous });
  return { sheet, cell, value, label };
}

/** A proposed percentage (90, "90%", "90,5 %") as the fraction a percentage-formatted cell holds. */
function asFraction(v: CellValue): CellValue {
  if (typeof v === "number") return fractionOf(v);
  const n = parseAngka(v);
  return n.ok ? fractionOf(n.value) : v;
}
