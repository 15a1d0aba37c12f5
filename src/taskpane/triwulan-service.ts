// "Tabel 4.2": the pagu of a Tabel 4.1 spread over the four triwulan (by a profile per table, optionally per sub
// kegiatan), previewed, then written as the add-in-owned sheet "Tabel 4.2 (otomatis)" right after Tabel 4.1.
import { parseProfileFields } from "../renja/triwulan-profile";
import { SheetView, cellText, type WorkbookGrid } from "../renja/grid";
import { formatRupiah } from "../renja/rupiah";
import type { TableModel } from "../renja/model";
import type { ValidateOptions } from "../renja/rules/context";
import type { WritePlan } from "../renja/plan";
import { generateTabel42, leftOutSummary, sharePercent, TABEL42_SHEET, TriwulanError, type Tabel42Result } from "../renja/triwulan";
import type { ApplyReport, ExcelPort, ValidationRun } from "./services";

export interface ProfilePreset {
  id: "rata" | "contoh";
  label: string;
  profile: number[];
}

export const PROFILE_PRESETS: readonly ProfilePreset[] = [
  { id: "rata", label: "Rata: 25 / 25 / 25 / 25", profile: [25, 25, 25, 25] },
  { id: "contoh", label: "Seperti Renja contoh: 6 / 20,8 / 39,8 / 33,4", profile: [6, 20.8, 39.8, 33.4] },
];

export type { ProfileParse } from "../renja/triwulan-profile";

/** A profile typed by the user in the four fields: the engine's parser, the one the command line uses too. */
export const parseProfile = parseProfileFields;

/** The profile as the pane shows it in its fields: "20,8". */
export function profileTexts(profile: readonly number[]): string[] {
  return profile.map((p) => String(p).replace(".", ","));
}

export interface Tabel41Source {
  /** Index among the run's tables. */
  index: number;
  label: string;
  table: TableModel;
}

/** The Tabel 4.1 tables of the last read. */
export function tabel41Sources(run: ValidationRun): Tabel41Source[] {
  const out: Tabel41Source[] = [];
  run.result.tables.forEach((t, index) => {
    if (t.kind !== "T4.1") return;
    const subs = t.rows.filter((r) => r.level === "subkegiatan").length;
    out.push({ index, table: t, label: `${t.sheet === "Tabel 4.1" ? "Tabel 4.1" : `Tabel 4.1 di lembar "${t.sheet}"`} (${subs} sub kegiatan)` });
  });
  return out;
}

export interface SubKegiatan {
  kode: string;
  nama: string;
}

/** Sub kegiatan of a Tabel 4.1 that can get a profile of their own (by their kode). */
export function subKegiatanOf(table: TableModel): SubKegiatan[] {
  const seen = new Set<string>();
  const out: SubKegiatan[] = [];
  for (const r of table.rows) {
    if (r.level !== "subkegiatan" || !r.kode || seen.has(r.kode.text)) continue;
    seen.add(r.kode.text);
    out.push({ kode: r.kode.text, nama: r.nama });
  }
  return out;
}

/** The plan year and OPD as the sheet's titles state them ("… Tahun 2024", "Target 2024"): defaults for the form. */
export function guessTahunOpd(wb: WorkbookGrid, table: TableModel): { tahun?: number; opd?: string } {
  const grid = wb.sheets.find((s) => s.name === table.sheet);
  if (!grid) return {};
  const view = new SheetView(grid);
  let tahun: number | undefined;
  let opd: string | undefined;
  for (let r = view.rowStart; r < Math.min(table.numberRow, view.rowEnd); r++) {
    for (let c = view.colStart; c < view.colEnd; c++) {
      const t = view.text(r, c);
      if (!t) continue;
      for (const m of t.matchAll(/\b(20\d\d)\b/g)) tahun = Math.max(tahun ?? 0, Number(m[1]));
      const o = /pendanaan\s+(.+?)\s+tahun\s+\d{4}/i.exec(t);
      if (o && !opd) opd = o[1];
    }
  }
  return { ...(tahun ? { tahun } : {}), ...(opd ? { opd } : {}) };
}

export interface Tabel42Choice {
  profile: number[];
  /** Profiles of single sub kegiatan, by kode. */
  perRow?: Map<string, number[]>;
  /** Round to whole Rp 1.000 (the remainder stays in the last funded triwulan). */
  roundThousands?: boolean;
  tahun?: number;
  opd?: string;
  /** The nomenclature list the validation used: the generated sheet is checked against it too. */
  nomenklatur?: ValidateOptions;
}

export interface Tabel42Preview {
  result: Tabel42Result;
  /** Per triwulan: Rp and share of the pagu (two decimals). */
  quarters: { rp: number; percent: number | null }[];
  /** The four triwulan add up to the pagu exactly. */
  exact: boolean;
}

/** Tabel 4.2 as it would be written, with its totals; nothing is written. Throws TriwulanError on a bad profile. */
export function previewTabel42(wb: WorkbookGrid, table: TableModel, choice: Tabel42Choice): Tabel42Preview {
  const grid = wb.sheets.find((s) => s.name === table.sheet);
  if (!grid) throw new TriwulanError("pagu", `Lembar "${table.sheet}" tidak ditemukan; baca ulang buku kerja.`);
  const result = generateTabel42(table, new SheetView(grid), {
    profile: choice.profile,
    perRow: choice.perRow,
    unit: choice.roundThousands ? 1000 : undefined,
    tahun: choice.tahun,
    opd: choice.opd,
    sheetName: TABEL42_SHEET,
    nomenklatur: choice.nomenklatur,
  });
  result.write.after = table.sheet;
  const { pagu, triwulan } = result.totals;
  return {
    result,
    quarters: triwulan.map((rp) => ({ rp, percent: sharePercent(rp, pagu) })),
    exact: triwulan.reduce((s, v) => s + v, 0) === pagu,
  };
}

/**
 * What the preview's total is, in words: the pagu divided (the sum of the sub kegiatan whose pagu could be read),
 * whether the four triwulan add up to it, and how it compares with the total Tabel 4.1 writes. Never "sama" where
 * the numbers differ.
 */
export function totalText(preview: Tabel42Preview): string {
  const { pagu, stated, leftOut } = preview.result.totals;
  const sum = preview.quarters.reduce((s, q) => s + q.rp, 0);
  const which = leftOut > 0 ? "jumlah pagu sub kegiatan Tabel 4.1 yang dimasukkan" : "jumlah pagu sub kegiatan Tabel 4.1";
  const parts = [
    preview.exact
      ? `Jumlah triwulan I–IV Rp ${formatRupiah(sum)} sama dengan pagu yang dibagi, yaitu ${which} (dihitung): Rp ${formatRupiah(pagu)}.`
      : `Jumlah triwulan I–IV Rp ${formatRupiah(sum)} tidak sama dengan pagu yang dibagi Rp ${formatRupiah(pagu)} (${which}, dihitung).`,
  ];
  if (leftOut > 0) parts.push(`${leftOut} baris Tabel 4.1 tidak dimasukkan (${leftOutSummary(preview.result.leftOutRows)}; lihat catatan).`);
  if (stated !== undefined) {
    parts.push(
      stated === pagu
        ? `Total tertulis di Tabel 4.1 juga Rp ${formatRupiah(stated)}.`
        : `Total tertulis di Tabel 4.1 Rp ${formatRupiah(stated)}, berbeda Rp ${formatRupiah(Math.abs(stated - pagu))} dari pagu yang dibagi.`,
    );
  }
  return parts.join(" ");
}

export function tabel42Plan(preview: Tabel42Preview): WritePlan {
  return { cells: [], sheets: [preview.result.write] };
}

/** Writes the previewed Tabel 4.2 (replacing the add-in's earlier one): at most two round trips. */
export async function writeTabel42(port: ExcelPort, preview: Tabel42Preview): Promise<ApplyReport> {
  return port.apply(tabel42Plan(preview));
}

/** "1.06.01.2.02.0001 Penyediaan Gaji …" for the per-row list. */
export function subKegiatanLabel(s: SubKegiatan): string {
  const nama = cellText(s.nama);
  return nama.length > 60 ? `${s.kode} ${nama.slice(0, 57)}…` : `${s.kode} ${nama}`;
}
