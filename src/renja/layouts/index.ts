// The standard Renja layouts as SheetWrites: one sheet per table, plus the list sheet of satuan and sumber dana.
import { SheetView } from "../grid";
import type { TableKind } from "../model";
import type { SheetWrite } from "../plan";
import { KNOWN_SATUAN } from "../satuan";
import { findTables } from "../tables/detect";
import { generateTabel42 } from "../triwulan";
import { buildFromSpec } from "./build";
import type { LayoutForm } from "./spec";
import { SUMBER_DANA } from "./sumber-dana";
import { sheetWriteToGrid } from "./to-grid";

export { layoutGeometry, layoutSpec, buildLayoutHeader, DATA_AREA_ROWS, type LayoutGeometry, type LayoutVars } from "./build";
export { MONEY_FORMAT, PERCENT_FORMAT, fillPlaceholders, LAYOUT_FORMS, LAYOUT_FORM_LABELS, type LayoutForm } from "./spec";
export { SUMBER_DANA } from "./sumber-dana";
export { sheetWriteToGrid, sheetWritesToWorkbook } from "./to-grid";

export const LAYOUT_KINDS: readonly TableKind[] = ["T2.1", "T2.2", "T2.3", "T2.4", "T3.1", "T4.1", "T4.2"];

/** Default sheet name of a layout: "Tabel 4.1". */
export function layoutSheetName(kind: TableKind): string {
  return `Tabel ${kind.slice(1)}`;
}

export interface LayoutOptions {
  tahun: number;
  opd: string;
  exampleRows?: boolean;
  sheet?: string;
  /** Official Permendagri form or the sample's variant; the API's default is the sample's ("contoh-malang"). */
  bentuk?: LayoutForm;
}

export function buildLayout(kind: TableKind, opts: LayoutOptions): SheetWrite {
  const sheet = opts.sheet ?? layoutSheetName(kind);
  const vars = { tahun: opts.tahun, opd: opts.opd };
  if (kind === "T4.2" && opts.exampleRows) {
    // Tabel 4.2's examples are what the generator makes of Tabel 4.1's examples.
    const t41 = buildFromSpec("T4.1", vars, layoutSheetName("T4.1"), true);
    const view = new SheetView(sheetWriteToGrid(t41));
    const table = findTables(view).find((t) => t.kind === "T4.1");
    if (!table) throw new Error("the Tabel 4.1 layout is not recognised as Tabel 4.1");
    return generateTabel42(table, view, { ...vars, sheetName: sheet }).write;
  }
  return buildFromSpec(kind, vars, sheet, opts.exampleRows ?? false, opts.bentuk ?? "contoh-malang");
}

export const LISTS_SHEET = "Daftar Pilihan";

/** The satuan and sumber dana lists on a sheet of their own, for the planner to pick from. */
export function buildListsSheet(): SheetWrite {
  const n = Math.max(KNOWN_SATUAN.length, SUMBER_DANA.length);
  const rows = [["Satuan", "Sumber Dana"], ...Array.from({ length: n }, (_, i) => [KNOWN_SATUAN[i] ?? null, SUMBER_DANA[i] ?? null])];
  return { sheet: LISTS_SHEET, replace: true, start: "A1", rows, columnWidths: [24, 40], boldRows: [1], headerRows: [1], freezeRows: 1 };
}
