// Tabel 4.2, per row: the shares K (triwulan I–IV, in %) add up to 100 and the quarterly Rupiah add up to the
// row's pagu. On the total row, whose pagu cell is usually empty, the pagu is Tabel 4.1's total as recomputed
// (the sum of its programs) — which makes this a workbook rule. That the total row's quarterly Rupiah equal the
// sums of their rows is the pagu rule's check (rp1…rp4 are money columns there), not repeated here.
import { formatAngka, type AngkaResult } from "../angka";
import { readAngka } from "./cells";
import { a1, type SheetView } from "../grid";
import type { ColumnRole, TableModel } from "../model";
import { formatRupiah, type RupiahResult } from "../rupiah";
import type { Findings } from "../finding";
import { isStructural, LEVEL_NAMES, moneyColumn, rowLabel, selisihText, totalRowIndex, type MoneyColumn } from "./money";
import { parsedMoneyColumn } from "./parsed-money";
import type { WorkbookRule } from "./workbook-context";

const K_ROLES: ColumnRole[] = ["k1", "k2", "k3", "k4"];
const RP_ROLES: ColumnRole[] = ["rp1", "rp2", "rp3", "rp4"];

function decimalsOf(x: number): number {
  const s = String(x);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(6, s.length - dot - 1);
}

/**
 * Four shares each rounded to d decimals may miss 100 by up to 4 × ½ unit of their last decimal: with whole shares
 * 24 + 25 + 25 + 25 = 99 passes, with two decimals only 99,98 … 100,02 do.
 */
export function sharesTolerance(values: number[], written: readonly unknown[] = []): number {
  const d = Math.max(0, ...values.map(decimalsOf), ...written.map(writtenDecimals));
  return 2 * 10 ** -d + 1e-9;
}

/** Decimals as typed in a text cell ("20,10" has two: its trailing zero says the share was rounded to hundredths). */
function writtenDecimals(v: unknown): number {
  if (typeof v !== "string") return 0;
  const m = /[.,](\d{1,6})\s*%?\s*$/.exec(v.trim());
  return m ? m[1].length : 0;
}

interface Pagu {
  value: number;
  source?: string;
}

function blank(r: AngkaResult | RupiahResult): boolean {
  return !r.ok && (r.kind === "empty" || r.kind === "dash");
}

function cols(table: TableModel, roles: ColumnRole[]): number[] | undefined {
  const out: number[] = [];
  for (const role of roles) {
    const c = table.columns[role]?.[0];
    if (c === undefined) return undefined;
    out.push(c);
  }
  return out;
}

/** Tabel 4.1's pagu total as recomputed from its rows, for the 4.2 total row. */
function paguFromTabel41(tables: TableModel[], views: Map<string, SheetView>): Pagu | undefined {
  for (const t of tables) {
    if (t.kind !== "T4.1") continue;
    const view = views.get(t.sheet);
    const mc = view && moneyColumn(t, view, "pagu");
    if (!mc || mc.rootBroken || mc.rootSum === undefined) continue;
    return { value: mc.rootSum, source: `total pagu indikatif Tabel 4.1 pada lembar "${t.sheet}" yang dihitung dari jumlah seluruh programnya` };
  }
  return undefined;
}

interface Quarters {
  values: number[];
  /** Some cell holds a number, "-" and empty ones do not. */
  filled: boolean;
  /** No cell is unreadable (the angka rule reports those; the sums are then not checked). */
  readable: boolean;
}

/** The four quarterly cells of a row, already parsed (blank cells count 0). Plain loops: runs on every row. */
function quarters(results: readonly (AngkaResult | RupiahResult)[]): Quarters {
  const values: number[] = [];
  let filled = false;
  let readable = true;
  for (let k = 0; k < results.length; k++) {
    const x = results[k];
    if (x.ok) {
      values.push(x.value);
      filled = true;
    } else {
      values.push(0);
      if (!blank(x)) readable = false;
    }
  }
  return { values, filled, readable };
}

/** Row i's cell of each parsed money column (the columns are parsed once per validation, shared by the rules). */
function rowOf(columns: readonly (readonly RupiahResult[])[], i: number): RupiahResult[] {
  const out: RupiahResult[] = [];
  for (let k = 0; k < columns.length; k++) out.push(columns[k][i]);
  return out;
}

/** The K shares of a row, read as numbers. */
function sharesAt(view: SheetView, r: number, cs: number[]): AngkaResult[] {
  const out: AngkaResult[] = [];
  for (let k = 0; k < cs.length; k++) out.push(readAngka(view, r, cs[k]));
  return out;
}

function sumOf(values: number[]): number {
  let s = 0;
  for (let k = 0; k < values.length; k++) s += values[k];
  return s;
}

function subjectOf(table: TableModel, i: number, isTotal: boolean): string {
  const row = table.rows[i];
  return isTotal ? "baris total" : `${LEVEL_NAMES[row.level]} "${rowLabel(row)}"`;
}

/** The row's pagu: its effective value; on the total row the written one, else Tabel 4.1's, else this table's sum. */
function paguOf(pagu: MoneyColumn | undefined, i: number, isTotal: boolean, pagu41: Pagu | undefined): Pagu | undefined {
  if (!pagu) return undefined;
  const c = pagu.cells[i];
  if (isTotal) {
    if (c.written.ok) return { value: c.written.value };
    if (pagu41) return pagu41;
    if (!pagu.rootBroken && pagu.rootSum !== undefined) return { value: pagu.rootSum, source: "jumlah seluruh program tabel ini" };
    return undefined;
  }
  if (c.broken || c.effective === undefined) return undefined;
  return c.fromChildren ? { value: c.effective, source: "jumlah rinciannya" } : { value: c.effective };
}

function checkTable(findings: Findings, table: TableModel, view: SheetView, pagu41: Pagu | undefined): void {
  const kCols = cols(table, K_ROLES);
  const rpCols = cols(table, RP_ROLES);
  const pagu = moneyColumn(table, view, "pagu");
  const total = totalRowIndex(table, view, ["pagu", ...RP_ROLES]);
  const rpParsed = rpCols?.map((c) => parsedMoneyColumn(table, view, c));
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const isTotal = i === total;
    if (!isStructural(row) && !isTotal) continue;
    const rowPagu = paguOf(pagu, i, isTotal, pagu41);
    const rp = rpParsed ? quarters(rowOf(rpParsed, i)) : undefined;

    if (kCols) {
      const k = quarters(sharesAt(view, row.r, kCols));
      const sum = sumOf(k.values);
      const unfunded = sum === 0 && (rowPagu === undefined || rowPagu.value === 0) && (rp === undefined || sumOf(rp.values) === 0);
      if (k.filled && k.readable && !unfunded && sum !== 100 && Math.abs(sum - 100) > sharesTolerance(k.values, kCols.map((c) => view.value(row.r, c)))) {
        findings.add({
          rule: "triwulan.k-tidak-100",
          category: "triwulan",
          severity: "error",
          sheet: table.sheet,
          cell: a1(row.r, kCols[0]),
          message: `Jumlah K triwulan I–IV ${subjectOf(table, i, isTotal)} ${k.values.map((v) => formatAngka(v)).join(" + ")} = ${formatAngka(sum)}%, seharusnya 100% (${selisihText(sum, 100, (n) => formatAngka(n))}).`,
          actual: `${formatAngka(sum)}%`,
          expected: "100%",
        });
      }
    }

    if (rpCols && rp && rp.filled && rp.readable && rowPagu) {
      const sum = sumOf(rp.values);
      if (Number.isSafeInteger(sum) && sum !== rowPagu.value) {
        const paguText = rowPagu.source ? `${formatRupiah(rowPagu.value)}, yaitu ${rowPagu.source}` : formatRupiah(rowPagu.value);
        findings.add({
          rule: "triwulan.rp-tidak-sama-pagu",
          category: "triwulan",
          severity: "error",
          sheet: table.sheet,
          cell: a1(row.r, rpCols[0]),
          message: `Jumlah rencana penyerapan triwulan I–IV ${subjectOf(table, i, isTotal)} ${rp.values.map(formatRupiah).join(" + ")} = ${formatRupiah(sum)}, sedangkan pagunya ${paguText}; ${selisihText(sum, rowPagu.value, formatRupiah)}.`,
          actual: formatRupiah(sum),
          expected: formatRupiah(rowPagu.value),
        });
      }
    }
  }
}

export const triwulanRule: WorkbookRule = ({ tables, views, findings }) => {
  let pagu41: Pagu | undefined;
  let looked = false;
  for (const table of tables) {
    if (table.kind !== "T4.2") continue;
    const view = views.get(table.sheet);
    if (!view) continue;
    if (!looked) {
      pagu41 = paguFromTabel41(tables, views);
      looked = true;
    }
    checkTable(findings, table, view, pagu41);
  }
};
