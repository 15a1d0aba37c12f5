// The "Hasil Validasi" sheet: every finding with a link to its cell, for printing or sending to Bappeda.
import { formatAngka } from "./angka";
import { columnLetters } from "./grid";
import type { ValidationResult } from "./engine";
import { CATEGORIES } from "./finding";
import { CATEGORY_LABELS, SEVERITY_LABELS } from "./labels";
import { TABLE_TITLES } from "./model";
import { composedFormula, type ComposedFormula, type SheetWrite, type WriteValue } from "./plan";

export const HASIL_SHEET = "Hasil Validasi";

/** A HYPERLINK formula to a cell of another sheet (sheet names quoted, quotes doubled). */
export function cellLink(sheet: string, cell: string): ComposedFormula {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return composedFormula(`=HYPERLINK("${target.replace(/"/g, '""')}","${`${sheet}!${cell}`.replace(/"/g, '""')}")`);
}

/** A value as planners write it: numbers in Indonesian form (1.234.567, 85,2), text as it is. */
function text(v: string | number | undefined): WriteValue {
  if (v === undefined) return "";
  return typeof v === "number" ? formatAngka(v) : v;
}

/** `generatedAt` is shown in the title (the engine has no clock). */
export function hasilValidasiSheet(result: ValidationResult, generatedAt: string, source = ""): SheetWrite {
  const s = result.summary;
  const rows: WriteValue[][] = [
    [`Hasil Validasi Renja${source ? ` — ${source}` : ""}`],
    [`Dibuat ${generatedAt}: ${s.errors} galat, ${s.warnings} peringatan, ${s.infos} info pada ${s.tables.length} tabel.`],
    [CATEGORIES.filter((c) => s.byCategory[c] > 0).map((c) => `${CATEGORY_LABELS[c]}: ${s.byCategory[c]}`).join(" · ")],
    [s.tables.map((t) => `${TABLE_TITLES[t.kind].split(" (")[0]}: ${t.programs} program, ${t.kegiatan} kegiatan, ${t.subkegiatan} sub kegiatan`).join(" · ")],
    ["No", "Tingkat", "Kategori", "Sel", "Pesan", "Tertulis", "Acuan", "Usulan perbaikan"],
  ];
  result.findings.forEach((f, i) => {
    rows.push([i + 1, SEVERITY_LABELS[f.severity], CATEGORY_LABELS[f.category], cellLink(f.sheet, f.cell), f.message, text(f.actual), text(f.expected), f.fix ? f.fix.label : ""]);
  });
  const last = columnLetters(rows[4].length - 1);
  return {
    sheet: HASIL_SHEET,
    replace: true,
    start: "A1",
    rows,
    // The title and summary lines span the table, so they wrap within the printed width instead of running past it.
    merges: [1, 2, 3, 4].map((r) => `A${r}:${last}${r}`),
    columnWidths: [6, 11, 16, 18, 80, 20, 20, 36],
    boldRows: [1, 5],
    freezeRows: 5,
    printTitleRows: "$5:$5",
    landscape: true,
  };
}
