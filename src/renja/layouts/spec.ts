// What a standard Renja table layout is made of, as data: titles, header cells by column number, widths,
// formats, computed columns and example rows. build.ts turns a spec into a SheetWrite.
import type { CellValue } from "../grid";
import type { ColumnRole, TableKind } from "../model";

export const MONEY_FORMAT = "#,##0"; // an Indonesian Excel shows 1.234.567
export const PERCENT_FORMAT = "0.00";

/**
 * Which variant of the forms to write: the official forms of the lampiran Permendagri 86/2017 (T-C.29 … T-C.33,
 * kode in one column) or the sample Renja's (Dinas Sosial Kabupaten Malang 2024: row number, kode over five columns,
 * Renstra and prioritas columns).
 */
export type LayoutForm = "permendagri" | "contoh-malang";

export const LAYOUT_FORMS: readonly LayoutForm[] = ["permendagri", "contoh-malang"];

/** What a planner reads for each form (CLI help, the pane's choice). */
export const LAYOUT_FORM_LABELS: Record<LayoutForm, string> = {
  permendagri: "Permendagri 86/2017 (T-C.29 s.d. T-C.33)",
  "contoh-malang": "Contoh Renja Dinas Sosial Kab. Malang 2024",
};

export interface LayoutColumn {
  /** As printed in the column-number row. */
  number: number;
  role: ColumnRole;
  /** Width in characters of each sheet column it spans (the kode spans five: U, BB, PP, K.KK, SSSS). */
  widths: number[];
  format?: "money" | "percent";
  /** Text of its cell in the column-number row when not just the number ("8 = (7/6)"). */
  numberLabel?: string;
  /** A drop-down list for its data cells. */
  list?: "sumberDana";
}

/** A header cell spanning column numbers `from`…`to` and `rows` header rows, starting at header row `row`. */
export interface HeaderCell {
  text: string;
  row: number;
  from: number;
  to?: number;
  rows?: number;
}

/** A computed column: its formula in a data row, and the same computation for the cached result. */
export interface ComputedColumn {
  role: ColumnRole;
  formula: (ref: (role: ColumnRole) => string) => string;
  compute: (get: (role: ColumnRole) => CellValue) => CellValue;
}

export type ExampleLevel = "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan" | "indikator";

export interface ExampleRow {
  level: ExampleLevel;
  /** Dotted kode ("1.06.01.2.02.0001"), written over the five kode columns (or whole in a one-column kode). */
  kode?: string;
  cells: Partial<Record<ColumnRole, CellValue>>;
}

export interface LayoutSpec {
  kind: TableKind;
  /** Title lines above the table; {tahun}, {tahun-1}, {tahun+1}, … and {opd} are filled in. */
  titles: string[];
  /** Header rows above the column-number row. */
  headerRows: number;
  header: HeaderCell[];
  columns: LayoutColumn[];
  computed?: ComputedColumn[];
  /** Money roles whose parent rows are the SUM of their children (example rows) and of the programs (total). */
  sums?: ColumnRole[];
  /** Whether example rows end with a JUMLAH row over the programs. */
  totalRow?: boolean;
  /** Empty data rows that carry the computed columns' formulas in a template without examples. */
  formulaRows?: number;
  examples: ExampleRow[];
}

/** Fills {tahun}, {tahun-N}, {tahun+N} and {opd}. */
export function fillPlaceholders(text: string, vars: { tahun: number; opd: string }): string {
  return text
    .replace(/\{tahun([+-]\d+)?\}/g, (_, d: string | undefined) => String(vars.tahun + (d ? Number(d) : 0)))
    .replace(/\{opd\}/g, vars.opd.trim() || "Perangkat Daerah");
}

/** "1.06.01.2.02.0001" → ["1", "06", "01", "2.02", "0001"]: the kegiatan segment keeps its own dot. */
export function kodeColumns(kode: string): string[] {
  const p = kode.split(".");
  const kegiatan = p.length >= 5 ? `${p[3]}.${p[4]}` : (p[3] ?? "");
  const out = [p[0] ?? "", p[1] ?? "", p[2] ?? "", kegiatan, p[5] ?? ""];
  return out;
}
