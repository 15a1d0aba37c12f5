// Numbers: every money cell reads as whole Rupiah, every share/capaian cell as a number. Malformed ones are
// reported, never guessed; a number split by a wrapped line is read, reported, and offered as a fix.
import { a1, cellText, isErrorValue, type CellValue } from "../grid";
import { parseAngka } from "../angka";
import type { ColumnRole, TableKind } from "../model";
import { formatRupiah, type RupiahResult } from "../rupiah";
import { isDateFormat } from "../number-format";
import { MONEY_ROLES } from "../tables/specs";
import type { TableRule, TableRuleContext } from "./context";
import { parsedMoneyColumn } from "./parsed-money";

/** Plain-number columns (capaian %, K shares), checked with parseAngka. */
const NUMBER_ROLES: Partial<Record<TableKind, ColumnRole[]>> = {
  "T2.1": ["tingkatRealisasi", "tingkatCapaianRenstra"],
  "T4.2": ["k1", "k2", "k3", "k4"],
};

function checkMoney(ctx: TableRuleContext, r: number, col: number, v: CellValue, res: RupiahResult): void {
  const { table, findings } = ctx;
  if (isErrorValue(v)) return; // reported by the struktur rule
  const cell = a1(r, col);
  const raw = cellText(v);
  if (res.ok) {
    if (res.value < 0) {
      // A pagu is an allocation: a negative amount is a typo or a pasted correction, never a plan.
      findings.add({ rule: "angka.negatif", category: "angka", severity: "warning", sheet: table.sheet, cell, message: `Nilai Rupiah ${formatRupiah(res.value)} negatif; pagu dan rencana penyerapan tidak mungkin di bawah nol.`, actual: raw });
    }
    const format = typeof v === "number" ? ctx.view.numberFormat(r, col) : null;
    if (format !== null && isDateFormat(format)) {
      // Excel holds a date as its serial number: the amount is read as written, but the sheet shows it as a date.
      findings.add({ rule: "angka.format-tanggal", category: "angka", severity: "warning", sheet: table.sheet, cell, message: `Nilai Rupiah ${formatRupiah(res.value)} berformat tanggal ("${format}"), sehingga Excel menampilkannya sebagai tanggal; dibaca sebagai angka ${formatRupiah(res.value)}. Ubah format sel menjadi angka.`, actual: raw });
    }
    if (res.repaired !== undefined) {
      findings.add({
        rule: "angka.spasi-dalam-angka",
        category: "angka",
        severity: "warning",
        sheet: table.sheet,
        cell,
        message: `Angka "${raw}" terpotong spasi (salinan dari PDF/Word); terbaca sebagai ${formatRupiah(res.value)}.`,
        actual: raw,
        expected: formatRupiah(res.value),
        fix: { sheet: table.sheet, cell, value: res.value, label: `Tulis sebagai angka ${formatRupiah(res.value)}` },
      });
    }
    return;
  }
  if (res.kind === "empty" || res.kind === "dash") return;
  findings.add({
    rule: res.kind === "fraction" ? "angka.rupiah-pecahan" : res.kind === "too-large" ? "angka.terlalu-besar" : "angka.rupiah-tidak-valid",
    category: "angka",
    severity: res.kind === "fraction" ? "warning" : "error",
    sheet: table.sheet,
    cell,
    message: res.message ?? `Nilai Rupiah "${raw}" tidak dapat dibaca.`,
    actual: raw,
  });
}

function checkNumber(ctx: TableRuleContext, r: number, col: number, v: CellValue, numberFormat: string | null): void {
  if (isErrorValue(v)) return;
  const res = parseAngka(v, numberFormat);
  if (res.ok || res.kind !== "malformed") return;
  ctx.findings.add({
    rule: "angka.tidak-valid",
    category: "angka",
    severity: "error",
    sheet: ctx.table.sheet,
    cell: a1(r, col),
    message: res.message ?? `Angka "${cellText(v)}" tidak dapat dibaca.`,
    actual: typeof v === "number" ? res.text : cellText(v),
  });
}

export const angkaRule: TableRule = (ctx) => {
  const { table, view } = ctx;
  const money = (MONEY_ROLES[table.kind] ?? []).flatMap((role) => table.columns[role] ?? []).slice();
  const numbers = (NUMBER_ROLES[table.kind] ?? []).flatMap((role) => table.columns[role] ?? []);
  const parsed = money.map((col) => parsedMoneyColumn(table, view, col));
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i].r;
    for (let k = 0; k < money.length; k++) {
      const res = parsed[k][i];
      // Blank cells (most of a sparse table) need no finding and no further reading.
      if (!res.ok && (res.kind === "empty" || res.kind === "dash")) continue;
      checkMoney(ctx, r, money[k], view.value(r, money[k]), res);
    }
    for (const col of numbers) checkNumber(ctx, r, col, view.value(r, col), view.numberFormat(r, col));
  }
};
