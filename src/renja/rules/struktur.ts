// Structure: is there a Renja table at all, does it have rows, do error values or merged cells sit in its data.
import { a1, cellText, columnLetters, isErrorValue, rangeA1 } from "../grid";
import { TABLE_TITLES } from "../model";
import type { WorkbookRule } from "./workbook-context";

export const strukturRule: WorkbookRule = ({ workbook, tables, views, findings }) => {
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
    if (t.rows.length === 0) {
      findings.add({
        rule: "struktur.tabel-kosong",
        category: "struktur",
        severity: "warning",
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
