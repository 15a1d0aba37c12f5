// "Hitung Ulang": the engine's recomputed capaian and pagu values beside what is written, applied only on the
// user's confirmation, through applyFixes (so every value written is recorded in "Riwayat Perbaikan").
import { formatAngka, parseAngka } from "../renja/angka";
import type { ValidationResult } from "../renja/engine";
import type { Fix } from "../renja/finding";
import { cellText, parseA1, type CellValue, type WorkbookGrid } from "../renja/grid";
import { formatRupiah, parseRupiah } from "../renja/rupiah";
import { applyFixes, type ExcelPort, type WriteResult } from "./services";
import { isComposedFormula, isErrorConstant } from "../renja/plan";

export interface RecalcRow {
  /** "Sheet!A1": unique per row. */
  key: string;
  sheet: string;
  cell: string;
  kind: "capaian" | "pagu";
  /** What the engine says about the cell (the finding's message), for the row's tooltip. */
  message: string;
  tertulis: string;
  seharusnya: string;
  /** seharusnya − tertulis, signed ("+1.250.000", "-0,5"); "" where either side is not a number. */
  selisih: string;
  fix: Fix;
}

function shown(v: CellValue, formula: string | null | undefined, kind: RecalcRow["kind"]): string {
  const base = v === null || v === "" ? "(kosong)" : typeof v === "number" ? (kind === "pagu" ? formatRupiah(v) : formatAngka(v)) : cellText(v);
  return formula ? `${base} (rumus ${formula})` : base;
}

function signed(text: string, d: number): string {
  return d > 0 ? `+${text}` : d < 0 ? `-${text}` : "0";
}

function difference(before: CellValue, after: CellValue, kind: RecalcRow["kind"]): string {
  if (kind === "pagu") {
    const a = parseRupiah(before);
    const b = parseRupiah(after);
    if (!a.ok || !b.ok) return "";
    const d = b.value - a.value; // exact: both are safe integers
    return signed(formatRupiah(Math.abs(d)), d);
  }
  const a = parseAngka(before);
  const b = parseAngka(after);
  if (!a.ok || !b.ok) return "";
  const d = Math.round((b.value - a.value) * 100) / 100;
  return signed(formatAngka(Math.abs(d)), d);
}

/**
 * One row per recomputed cell of the plan, with the finding that proposed it (capaian or pagu), in the order a
 * planner reads the workbook: sheets as they stand in the workbook (the engine's tables follow it), then row, then
 * column ("Tabel 2.1!H9" before "Tabel 2.1!H10", "Tabel 4.1" before "Tabel 4.2").
 */
export function recalcRows(result: ValidationResult): RecalcRow[] {
  const byCell = new Map<string, ValidationResult["findings"][number]>();
  for (const f of result.findings) if (f.fix) byCell.set(`${f.fix.sheet}!${f.fix.cell}`, f);
  const rows: RecalcRow[] = [];
  const seen = new Set<string>();
  for (const c of result.plan.cells) {
    const key = `${c.sheet}!${c.cell}`;
    // Recomputed values are constants; a composed formula is never offered as a recomputed value.
    if (seen.has(key) || isComposedFormula(c.value) || isErrorConstant(c.value)) continue;
    seen.add(key);
    const f = byCell.get(key);
    const kind: RecalcRow["kind"] = f?.category === "capaian" ? "capaian" : "pagu";
    const before = c.previous?.value ?? null;
    rows.push({
      key,
      sheet: c.sheet,
      cell: c.cell,
      kind,
      message: f?.message ?? "",
      tertulis: shown(before, c.previous?.formula, kind),
      seharusnya: shown(c.value, null, kind),
      selisih: difference(before, c.value, kind),
      fix: { sheet: c.sheet, cell: c.cell, value: c.value, label: `Hitung ulang ${kind}: ${shown(c.value, null, kind)}`, ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) },
    });
  }
  const sheetRank = new Map<string, number>();
  for (const t of result.tables) if (!sheetRank.has(t.sheet)) sheetRank.set(t.sheet, sheetRank.size);
  const rank = (sheet: string): number => sheetRank.get(sheet) ?? Number.MAX_SAFE_INTEGER;
  const at = (cell: string): { row: number; col: number } => parseA1(cell) ?? { row: Number.MAX_SAFE_INTEGER, col: 0 };
  return rows.sort((a, b) => rank(a.sheet) - rank(b.sheet) || a.sheet.localeCompare(b.sheet) || at(a.cell).row - at(b.cell).row || at(a.cell).col - at(b.cell).col);
}

/**
 * Writes exactly the confirmed rows (by key) through applyFixes: the values, and their previous content in
 * "Riwayat Perbaikan", in one batch. Returns the adapter's report and the workbook as now known.
 */
export async function applyRecalc(port: ExcelPort, wb: WorkbookGrid, rows: readonly RecalcRow[], confirmed: ReadonlySet<string>, now?: string): Promise<WriteResult & { applied: number }> {
  const fixes = rows.filter((r) => confirmed.has(r.key)).map((r) => r.fix);
  if (fixes.length === 0) return { report: { sheets: [], skipped: [] }, wb, applied: 0 };
  const out = await applyFixes(port, wb, fixes, now);
  return { ...out, applied: fixes.length };
}
