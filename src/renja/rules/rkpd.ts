// Review of the rancangan awal RKPD (Tabel 2.3): the gap between the pagu indikatif of the RKPD (kolom 6) and the
// kebutuhan dana of the analysis (kolom 11), per program and on the total row, in Rupiah and as a share of the
// RKPD pagu.
//
// Severity: a kebutuhan above the RKPD pagu is a warning — the Renja asks for more than the ceiling it was given
// and the difference must be argued in the catatan (kolom 12) or settled in the forum; a kebutuhan below the pagu
// is an info (the agency plans within its ceiling, still worth a note). Equal amounts raise nothing.
//
// Values: programs use effective values (money.ts), so a program written 0 above funded kegiatan counts its
// kegiatan, as the pagu rule does. The total row uses its written value when it reads as whole Rupiah, else the
// sum of the programs. The sample's total "29,822,934.850" is NOT read as 29.822.934.850 here, although that is
// its only whole-Rupiah reading: the angka rule calls it ambiguous, and reading it anyway would be a guess in one
// rule and a finding in another. The sum of the programs is a number the table itself states; it happens to
// equal that reading, and the message says which value was used and why.
import { formatAngka } from "../angka";
import { a1, cellText, type SheetView } from "../grid";
import type { TableModel } from "../model";
import { formatRupiah } from "../rupiah";
import type { Findings } from "../finding";
import { LEVEL_NAMES, moneyColumn, rowLabel, totalRowIndex, type MoneyColumn } from "./money";
import type { WorkbookRule } from "./workbook-context";

interface Amount {
  value: number;
  /** How the value was obtained, when it is not simply the written cell (Bahasa Indonesia). */
  note?: string;
}

function childNote(table: TableModel, mc: MoneyColumn, i: number): string | undefined {
  const c = mc.cells[i];
  if (!c.fromChildren) return undefined;
  const kid = mc.children[i][0];
  const what = kid === undefined ? "rinciannya" : LEVEL_NAMES[table.rows[kid].level];
  return c.written.ok ? `jumlah ${what}; tertulis ${formatRupiah(c.written.value)}` : `jumlah ${what}; sel tidak diisi atau tidak terbaca`;
}

function rowAmount(table: TableModel, mc: MoneyColumn, i: number): Amount | undefined {
  const c = mc.cells[i];
  if (c.broken || c.effective === undefined) return undefined;
  const note = childNote(table, mc, i);
  return note ? { value: c.effective, note } : { value: c.effective };
}

function totalAmount(view: SheetView, table: TableModel, mc: MoneyColumn, t: number): Amount | undefined {
  const w = mc.cells[t].written;
  if (w.ok) return { value: w.value };
  if (mc.rootBroken || mc.rootSum === undefined) return undefined;
  const raw = cellText(view.value(table.rows[t].r, mc.col));
  return { value: mc.rootSum, note: raw ? `jumlah seluruh program, karena nilai total tertulis "${raw}" tidak terbaca pasti` : "jumlah seluruh program; sel total kosong" };
}

function amountText(a: Amount): string {
  return a.note ? `${formatRupiah(a.value)} (${a.note})` : formatRupiah(a.value);
}

function reportGap(findings: Findings, table: TableModel, keb: MoneyColumn, i: number, subject: string, pagu: Amount, kebutuhan: Amount): void {
  const gap = kebutuhan.value - pagu.value;
  if (gap === 0) return;
  const share = pagu.value !== 0 ? ` (${formatAngka((Math.abs(gap) / pagu.value) * 100)}% dari pagu RKPD)` : "";
  const over = gap > 0;
  findings.add({
    rule: over ? "rkpd.kebutuhan-melebihi-pagu" : "rkpd.kebutuhan-di-bawah-pagu",
    category: "rkpd",
    severity: over ? "warning" : "info",
    sheet: table.sheet,
    cell: a1(table.rows[i].r, keb.col),
    message: `${subject === "total" ? "Total kebutuhan dana" : `Kebutuhan dana ${subject}`} ${amountText(kebutuhan)} ${over ? "melebihi" : "di bawah"} ${subject === "total" ? "total " : ""}pagu indikatif RKPD ${amountText(pagu)} sebesar ${formatRupiah(Math.abs(gap))}${share}${over ? "; jelaskan selisihnya pada catatan penting" : ""}.`,
    actual: formatRupiah(kebutuhan.value),
    expected: formatRupiah(pagu.value),
  });
}

export const rkpdRule: WorkbookRule = ({ tables, views, findings }) => {
  for (const table of tables) {
    if (table.kind !== "T2.3") continue;
    const view = views.get(table.sheet);
    if (!view) continue;
    const pagu = moneyColumn(table, view, "rkpdPagu");
    const keb = moneyColumn(table, view, "kebutuhanDana");
    if (!pagu || !keb) continue;
    // A column headed in thousands ("(Rp.000)") is compared in Rupiah with the other.
    const sp = table.moneyScale?.rkpdPagu ?? 1;
    const sk = table.moneyScale?.kebutuhanDana ?? 1;
    const scaled = (a: Amount | undefined, f: number): Amount | undefined => (a && f !== 1 ? { ...a, value: a.value * f } : a);
    table.rows.forEach((row, i) => {
      if (row.level !== "program") return;
      const p = scaled(rowAmount(table, pagu, i), sp);
      const k = scaled(rowAmount(table, keb, i), sk);
      if (p && k) reportGap(findings, table, keb, i, `program "${rowLabel(row)}"`, p, k);
    });
    const t = totalRowIndex(table, view, ["rkpdPagu", "kebutuhanDana"]);
    if (t === undefined) continue;
    const p = scaled(totalAmount(view, table, pagu, t), sp);
    const k = scaled(totalAmount(view, table, keb, t), sk);
    if (p && k) reportGap(findings, table, keb, t, "total", p, k);
  }
};
