// "Sisipkan Tabel": a standard Renja table layout on a new sheet (never over a user's sheet: a taken name gets
// " 2"), with the satuan and sumber dana lists on the add-in's "Daftar Pilihan" sheet.
import type { TableKind } from "../renja/model";
import { buildLayout, buildListsSheet, LAYOUT_FORM_LABELS, LAYOUT_FORMS, LAYOUT_KINDS, layoutSheetName, type LayoutForm } from "../renja/layouts";
import type { WritePlan } from "../renja/plan";
import { TABLE_TITLES } from "../renja/model";
import type { ApplyReport, ExcelPort } from "./services";

/** "Tabel 4.1 Rencana Kerja dan Pendanaan": the title without its T-C number, short enough for a 320 px pane. */
export const INSERT_KINDS: readonly { kind: TableKind; label: string }[] = LAYOUT_KINDS.map((kind) => ({ kind, label: TABLE_TITLES[kind].replace(/\s*\(T-C\.\d+\)/, "") }));

/** The forms' variants the pane offers, the official one first (it is the default). */
export const INSERT_FORMS: readonly { bentuk: LayoutForm; label: string }[] = LAYOUT_FORMS.map((bentuk) => ({ bentuk, label: LAYOUT_FORM_LABELS[bentuk] }));

export interface InsertChoice {
  kind: TableKind;
  tahun: number;
  opd: string;
  exampleRows: boolean;
  /** The official Permendagri form or the sample's variant. */
  bentuk: LayoutForm;
}

export type TahunParse = { ok: true; tahun: number } | { ok: false; message: string };

/** The plan year as typed: four digits, 2000–2100. */
export function parseTahun(text: string): TahunParse {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return { ok: false, message: `Tahun rencana "${t}" tidak sah: tulis empat angka, mis. 2025.` };
  const tahun = Number(t);
  if (tahun < 2000 || tahun > 2100) return { ok: false, message: `Tahun rencana ${tahun} di luar rentang 2000–2100.` };
  return { ok: true, tahun };
}

/** The layout as a new sheet (replace: false, so the adapter picks a free name) and the lists sheet. */
export function insertPlan(choice: InsertChoice): WritePlan {
  const layout = { ...buildLayout(choice.kind, { tahun: choice.tahun, opd: choice.opd, exampleRows: choice.exampleRows, bentuk: choice.bentuk }), replace: false };
  return { cells: [], sheets: [layout, buildListsSheet()] };
}

export interface InsertResult {
  /** The sheet's name as written ("Tabel 3.1" or "Tabel 3.1 2"). */
  sheet: string;
  report: ApplyReport;
}

/** Adds the layout in one batch (two round trips: which names are taken, then the write). */
export async function insertLayout(port: ExcelPort, choice: InsertChoice): Promise<InsertResult> {
  const report = await port.apply(insertPlan(choice));
  return { sheet: report.sheets[0] ?? layoutSheetName(choice.kind), report };
}
