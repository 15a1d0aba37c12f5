// Structure: is there a Renja table at all, does it have rows, do error values or merged cells sit in its data.
import { a1, cellText, columnLetters, isErrorValue, rangeA1 } from "../grid";
import { TABLE_TITLES, type ColumnRole, type TableKind, type TableModel } from "../model";
import type { SheetView } from "../grid";
import type { Findings } from "../finding";
import type { UnreadHeader } from "../tables/detect";
import type { WorkbookRule } from "./workbook-context";
import { ROLE_LABELS } from "../labels";

/** What each check needs, per table kind: a table without those columns is read, but the check is skipped. */
const NEEDS: Partial<Record<TableKind, { check: string; roles: ColumnRole[] }[]>> = {
  "T3.1": [
    { check: "kode", roles: ["kode"] },
    { check: "satuan", roles: ["indikator", "target"] },
    { check: "pagu", roles: ["pagu"] },
  ],
  "T4.1": [
    { check: "kode", roles: ["kode"] },
    { check: "satuan", roles: ["indikator", "target"] },
    { check: "pagu", roles: ["pagu"] },
  ],
  "T4.2": [
    { check: "kode", roles: ["kode"] },
    { check: "pagu", roles: ["pagu"] },
    { check: "triwulan", roles: ["k1", "rp1", "k2", "rp2", "k3", "rp3", "k4", "rp4"] },
  ],
  "T2.3": [{ check: "rkpd", roles: ["rkpdPagu", "kebutuhanDana"] }],
};

/** A role's label inside a sentence: "Pagu indikatif" → "pagu indikatif"; "K triwulan I", "Rp …" keep their capital. */
function roleInSentence(role: ColumnRole): string {
  const label = ROLE_LABELS[role];
  return /^\p{Lu}[\p{Ll}]/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** A table read by its headers that lacks a column a check needs: said once, naming the checks skipped. */
function missingColumns(findings: Findings, t: TableModel, view: SheetView): void {
  const needs = NEEDS[t.kind];
  if (!needs || t.rows.length === 0) return;
  const missing = new Set<ColumnRole>();
  const skipped: string[] = [];
  for (const n of needs) {
    const lacks = n.roles.filter((r) => !t.columns[r]?.length);
    if (lacks.length === 0) continue;
    for (const r of lacks) missing.add(r);
    skipped.push(n.check);
  }
  if (skipped.length === 0) return;
  const first = Math.min(...Object.values(t.columns).flat(), view.colEnd);
  findings.add({
    rule: "struktur.kolom-tidak-ada",
    category: "struktur",
    severity: "info",
    sheet: t.sheet,
    cell: a1(t.headerTop, first < view.colEnd ? first : view.colStart),
    message: `${TABLE_TITLES[t.kind]} tidak memiliki kolom ${[...missing].map(roleInSentence).join(", ")}; pemeriksaan ${skipped.join(", ")} dilewati.`,
  });
}

function quoteHeaders(headers: string[]): string {
  const shown = headers.slice(0, 8).map((h) => `"${h.length > 40 ? `${h.slice(0, 37)}…` : h}"`);
  return shown.join(", ") + (headers.length > 8 ? `, … (${headers.length} kolom)` : "");
}

function unreadWarning(findings: Findings, sheet: string, u: UnreadHeader): void {
  findings.add({
    rule: "struktur.kolom-tidak-dikenali",
    category: "struktur",
    severity: "warning",
    sheet,
    cell: a1(u.row, u.col),
    message: `Lembar ini tampak berisi tabel Renja, tetapi kolomnya tidak dapat dipetakan (judul kolom: ${quoteHeaders(u.headers)}); tabel ini tidak diperiksa. Tentukan peran kolom secara manual.`,
  });
}

/** Kode and amounts start with a digit (or "Rp"): everything else is rejected before any pattern is tried. */
function isDigitStart(v: string): boolean {
  const c = v.trimStart().charCodeAt(0);
  return (c >= 48 && c <= 57) || (c | 32) === 114;
}

const KODE_VALUE = /^\s*\d{1,2}\s*\.\s*\d{2}(\s*\.\s*\d{1,4}){1,4}\s*$/;

/**
 * A sheet with no table read that still looks like one: rows with a kode (1.06.01…) and an amount. Returns the
 * header texts above the first such row, or undefined when the sheet does not look like a Renja table.
 */
function looksLikeRenja(view: SheetView): UnreadHeader | undefined {
  let rows = 0;
  let firstRow = -1;
  for (let r = view.rowStart; r < view.rowEnd && rows < 3; r++) {
    let kode = false;
    let money = false;
    for (let c = view.colStart; c < view.colEnd; c++) {
      const v = view.value(r, c);
      if (typeof v === "number") money ||= Math.abs(v) >= 1000;
      else if (typeof v === "string" && v.length <= 24 && v.length >= 4 && isDigitStart(v)) {
        if (KODE_VALUE.test(v)) kode = true;
        else if (/^\s*(rp\.?\s*)?\d{1,3}([.,]\d{3})+\s*$/i.test(v)) money = true;
      }
    }
    if (kode && money) {
      rows++;
      if (firstRow < 0) firstRow = r;
    }
  }
  if (rows < 3) return undefined;
  // The header: the nearest non-empty row above the first kode row.
  for (let r = firstRow - 1; r >= view.rowStart; r--) {
    const texts: string[] = [];
    let col = -1;
    for (let c = view.colStart; c < view.colEnd; c++) {
      const t = cellText(view.value(r, c));
      if (!t) continue;
      if (col < 0) col = c;
      texts.push(t);
    }
    if (texts.length > 0) return { row: r, col, headers: texts };
  }
  return { row: firstRow, col: view.colStart, headers: [] };
}

export const strukturRule: WorkbookRule = ({ workbook, tables, views, findings, unread }) => {
  // Sheets that look like a Renja table where no table could be mapped.
  for (const s of workbook.sheets) {
    const list = unread?.get(s.name);
    if (list) for (const u of list) unreadWarning(findings, s.name, u);
    else if (!tables.some((t) => t.sheet === s.name)) {
      const view = views.get(s.name);
      const u = view && looksLikeRenja(view);
      if (u) unreadWarning(findings, s.name, u);
    }
  }
  // Values the reader did not read (size limits): said once per sheet, whatever tables were found.
  for (const s of workbook.sheets) {
    const c = s.clipped;
    if (!c) continue;
    findings.add({
      rule: "struktur.di-luar-batas-baca",
      category: "struktur",
      severity: "warning",
      sheet: s.name,
      cell: a1(c.first.row, c.first.col),
      message: `Nilai di luar ${rangeA1({ r1: 0, c1: 0, r2: c.readRows - 1, c2: c.readCols - 1 })} tidak diperiksa (batas baca): lembar ini berisi nilai sampai kolom ${columnLetters(c.cols - 1)} dan baris ${c.rows}.`,
    });
  }
  if (tables.length === 0) {
    const first = workbook.sheets[0];
    findings.add({
      rule: "struktur.tidak-ada-tabel",
      category: "struktur",
      severity: "warning",
      sheet: first?.name ?? "",
      cell: first ? a1(first.origin.row, first.origin.col) : "A1",
      message: "Tidak ditemukan tabel Renja (Tabel 2.1–4.2) pada workbook ini: judul kolom dan baris nomor kolom (1, 2, 3, …) tidak dikenali.",
    });
    return;
  }
  const reportError = (sheet: string, r: number, c: number, v: string): void => {
    findings.add({
      rule: "struktur.nilai-galat",
      category: "struktur",
      severity: "error",
      sheet,
      cell: a1(r, c),
      message: `Sel berisi nilai galat ${cellText(v)}; periksa rumus atau rujukannya.`,
      actual: cellText(v),
    });
  };
  for (const t of tables) {
    const view = views.get(t.sheet);
    if (!view) continue;
    const tableCols = Object.values(t.columns).flat();
    missingColumns(findings, t, view);
    if (t.rows.length === 0) {
      findings.add({
        rule: "struktur.tabel-kosong",
        category: "struktur",
        // A table not filled in yet (a fresh template) is nothing wrong: said, not warned.
        severity: "info",
        sheet: t.sheet,
        // The table's own first column, not the sheet's: the address must move with the table.
        cell: a1(t.numberRow, tableCols.length > 0 ? Math.min(...tableCols) : view.colStart),
        message: `${TABLE_TITLES[t.kind]} hanya berisi judul kolom, tanpa baris data.`,
      });
      continue;
    }
    for (const row of t.rows) {
      // Every cell of every data row: read the row's array once; only empty cells need their formula.
      const values = view.grid.values[row.r - view.rowStart] ?? [];
      for (let c = view.colStart; c < view.colEnd; c++) {
        const raw = values[c - view.colStart];
        const v = raw === undefined ? null : raw;
        if (v !== null && v !== "") {
          if (typeof v === "string" && isErrorValue(v)) reportError(t.sheet, row.r, c, v);
          continue;
        }
        if (view.formula(row.r, c)) {
          // Files written by programs (not Excel) often carry formulas without their calculated values: the
          // engine then reads an empty cell, so say why instead of reporting a missing number.
          findings.add({
            rule: "struktur.rumus-tanpa-nilai",
            category: "struktur",
            severity: "warning",
            sheet: t.sheet,
            cell: a1(row.r, c),
            message: `Rumus ${view.formula(row.r, c)} belum memiliki nilai hasil hitung (berkas disimpan tanpa perhitungan); buka dan simpan ulang di Excel agar nilainya ikut diperiksa.`,
            actual: view.formula(row.r, c) ?? undefined,
          });
        }
      }
    }
    const dataRows = new Set(t.rows.map((row) => row.r));
    for (const m of view.grid.merges ?? []) {
      if (m.r2 > m.r1 && dataRows.has(m.r1)) {
        findings.add({
          rule: "struktur.sel-gabung-data",
          category: "struktur",
          severity: "warning",
          sheet: t.sheet,
          cell: a1(m.r1, m.c1),
          message: `Sel ${rangeA1(m)} digabung melintasi beberapa baris data; nilainya hanya terbaca pada baris pertama.`,
        });
      }
    }
  }
};
