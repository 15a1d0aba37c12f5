// Cross-table reconciliation: one program, kegiatan or sub kegiatan carries one pagu throughout the Renja —
// Tabel 3.1 (pagu), Tabel 4.1 (pagu), Tabel 4.2 (pagu) by kode, and Tabel 2.3's kebutuhan dana, which has no kode,
// by nama within the same parent. Each table is compared with the nearest earlier one holding the same item, so
// one wrong figure is reported once, at the later table's cell, naming the other table and cell.
import { a1, type SheetView } from "../grid";
import type { RowLevel, TableKind, TableModel, TableRow } from "../model";
import { formatRupiah, type RupiahResult } from "../rupiah";
import { kodeIsSound } from "../tables/levels";
import { selectTabel42Rows } from "../triwulan-rows";
import { LEVEL_NAMES, moneyColumn, rowLabel, selisihText } from "./money";
import { parsedMoneyColumn } from "./parsed-money";
import type { WorkbookRule } from "./workbook-context";

const ORDER: TableKind[] = ["T2.3", "T3.1", "T4.1", "T4.2"];
const LEVELS: ReadonlySet<RowLevel> = new Set<RowLevel>(["program", "kegiatan", "subkegiatan"]);

interface Item {
  row: TableRow;
  /** Index in its table's rows. */
  index: number;
  col: number;
  /** Undefined where the cell cannot be read. */
  value?: number;
}

interface Source {
  table: TableModel;
  /** key → item; null where the key occurs twice in the table (ambiguous, not compared). */
  items: Map<string, Item | null>;
}

function put(items: Map<string, Item | null>, key: string, item: Item | undefined): void {
  if (items.has(key)) items.set(key, null);
  else if (item) items.set(key, item);
  else items.set(key, null);
}

/** A value in whole Rupiah: a column headed "(Rp.000)" holds thousands, compared with the others as Rupiah. */
function readItem(parsed: readonly RupiahResult[], i: number, row: TableRow, col: number, scale = 1): Item {
  const v = parsed[i];
  const value = v.ok ? v.value * scale : undefined;
  return value !== undefined && Number.isSafeInteger(value) ? { row, index: i, col, value } : { row, index: i, col };
}

/**
 * Per row of a Tabel 4.1, the pagu Tabel 4.2 generation gives it: the sum of the rows it carries (certain kode,
 * place and pagu; triwulan-rows.ts). Cached per table.
 */
const generatedSums = new WeakMap<TableModel, Map<number, number>>();
function generatedSum(table: TableModel, view: SheetView, i: number): number | undefined {
  let sums = generatedSums.get(table);
  if (!sums) {
    sums = new Map();
    generatedSums.set(table, sums);
    const col = table.columns.pagu?.[0];
    const sel = selectTabel42Rows(table, view);
    const kept = new Set(sel.kept);
    const parsed = col === undefined ? [] : parsedMoneyColumn(table, view, col);
    const scale = table.moneyScale?.pagu ?? 1;
    for (let k = table.rows.length - 1; k >= 0; k--) {
      if (!kept.has(k)) continue;
      const kids = sel.children.get(k);
      if (kids) {
        sums.set(k, kids.reduce((s, c) => s + (kept.has(c) ? (sums?.get(c) ?? 0) : 0), 0));
      } else {
        const v = parsed[k];
        if (v?.ok) sums.set(k, v.value * scale);
      }
    }
  }
  return sums.get(i);
}

/** Items by sound kode (its level must agree with the row's). */
function byKode(table: TableModel, view: SheetView): Source | undefined {
  const col = table.columns.pagu?.[0];
  if (col === undefined) return undefined;
  const items = new Map<string, Item | null>();
  const parsed = parsedMoneyColumn(table, view, col);
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!LEVELS.has(row.level) || !kodeIsSound(row.kode) || row.kode.level !== row.level) continue;
    put(items, row.kode.text, readItem(parsed, i, row, col, table.moneyScale?.pagu));
  }
  return { table, items };
}

/** Nama as compared across tables: letters and digits only, lower case, without a leading "program". */
export function namaKey(nama: string): string {
  return nama
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .replace(/^program/, "");
}

/** Items by level + nama path (program / kegiatan / sub kegiatan names above the row). */
function byNama(table: TableModel, view: SheetView, col: number, scale = 1): Source {
  const items = new Map<string, Item | null>();
  const keys: (string | undefined)[] = new Array(table.rows.length);
  const parsed = parsedMoneyColumn(table, view, col);
  table.rows.forEach((row, i) => {
    if (!LEVELS.has(row.level) || !row.nama) return;
    const parentKey = row.parent !== undefined && row.parent < i ? (keys[row.parent] ?? "") : "";
    const key = `${parentKey}/${row.level}:${namaKey(row.nama)}`;
    keys[i] = key;
    put(items, key, readItem(parsed, i, row, col, scale));
  });
  return { table, items };
}

function tableName(t: TableModel): string {
  return `Tabel ${t.kind.slice(1)}`;
}

export const rekonsiliasiRule: WorkbookRule = ({ tables, views, findings }) => {
  const ordered = tables.filter((t) => ORDER.includes(t.kind)).sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const kodeTables = ordered.filter((t) => t.kind !== "T2.3" && views.has(t.sheet) && t.columns.pagu?.[0] !== undefined);
  // Items by kode are compared only between two tables: with one (a workbook of Tabel 4.1 alone), none are made.
  const kodeSources: Source[] = kodeTables.map((t) => (kodeTables.length > 1 ? (byKode(t, views.get(t.sheet) as SheetView) as Source) : { table: t, items: new Map() }));

  const report = (later: Source, earlier: Source, key: string, what: string, severity: "error" | "warning", older: readonly Source[] = []): boolean => {
    const a = later.items.get(key);
    const b = earlier.items.get(key);
    if (!a || a.value === undefined || !b) return false;
    if (a.value === b.value) return true;
    // Tabel 4.2 as the add-in generates it from Tabel 4.1 leaves out the rows whose kode, place or pagu is uncertain
    // (named in its note); a figure equal to that sum is the generator's, not a second fault.
    if (b.row.level !== "subkegiatan" && earlier.table.kind === "T4.1" && later.table.kind === "T4.2") {
      const view = views.get(earlier.table.sheet);
      if (view && generatedSum(earlier.table, view, b.index) === a.value) return true;
    }
    if (b.value === undefined) return false;
    // The earlier figure is the odd one out: a table before it agrees with this one, and the earlier table is
    // reported against that one (one wrong figure, one finding, at the table that holds it).
    if (older.some((o) => o.table.kind !== later.table.kind && o.table.kind !== earlier.table.kind && o.items.get(key)?.value === a.value)) return true;
    // The earlier figure is a parent total that disagrees with its own rows (the pagu rule reports it there), or
    // whose rows cannot all be read: a later table agreeing with those rows, or built from the readable ones (the
    // add-in's generated Tabel 4.2), is not a second fault.
    if (b.row.level !== "subkegiatan") {
      const view = views.get(earlier.table.sheet);
      const mc = view && moneyColumn(earlier.table, view, "pagu");
      const cell = mc?.cells[b.index];
      if (cell?.childBroken) return true;
      const rows = cell?.childSum === undefined ? undefined : cell.childSum * (earlier.table.moneyScale?.pagu ?? 1);
      if (rows !== undefined && rows !== b.value && a.value === rows) return true;
    }
    const kode = a.row.kodeText ? ` ${a.row.kode?.text ?? a.row.kodeText}` : "";
    findings.add({
      rule: "rekonsiliasi.pagu-berbeda",
      category: "rekonsiliasi",
      severity,
      sheet: later.table.sheet,
      cell: a1(a.row.r, a.col),
      message: `Pagu indikatif ${LEVEL_NAMES[a.row.level]}${kode} "${rowLabel(a.row)}" di ${tableName(later.table)} tertulis ${formatRupiah(a.value)}, sedangkan ${what} di ${tableName(earlier.table)} (lembar "${earlier.table.sheet}", sel ${a1(b.row.r, b.col)}) ${formatRupiah(b.value)}; ${selisihText(a.value, b.value, formatRupiah)}.`,
      actual: formatRupiah(a.value),
      expected: formatRupiah(b.value),
    });
    return true;
  };

  // By kode: each table against the nearest earlier one that holds the kode with a readable pagu.
  for (let i = 1; i < kodeSources.length; i++) {
    for (const key of kodeSources[i].items.keys()) {
      // Two tables of one kind (the planner's Tabel 4.2 and the one the add-in generated) are alternatives, not stages.
      for (let j = i - 1; j >= 0; j--) if (kodeSources[j].table.kind !== kodeSources[i].table.kind && report(kodeSources[i], kodeSources[j], key, "pagunya", "error", kodeSources.slice(0, j))) break;
    }
  }

  // Tabel 2.3's kebutuhan dana against the first kode table, by nama path (less certain: a warning).
  const t23 = ordered.find((t) => t.kind === "T2.3");
  const first = kodeSources[0];
  const view23 = t23 && views.get(t23.sheet);
  const col23 = t23?.columns.kebutuhanDana?.[0];
  const viewFirst = first && views.get(first.table.sheet);
  const colFirst = first?.table.columns.pagu?.[0];
  if (!t23 || !view23 || col23 === undefined || !first || !viewFirst || colFirst === undefined) return;
  const earlier = byNama(t23, view23, col23, t23.moneyScale?.kebutuhanDana);
  const later = byNama(first.table, viewFirst, colFirst, first.table.moneyScale?.pagu);
  for (const key of later.items.keys()) report(later, earlier, key, "kebutuhan dananya", "warning");
};
