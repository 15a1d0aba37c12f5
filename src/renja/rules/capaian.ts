// Capaian (Tabel 2.1): kolom 8 = 7/6 × 100, kolom 10 = 5+7+9, kolom 11 = 10/4 × 100, recomputed from the
// targets as written ("3 Dokumen", "100%", "-") and compared within the rounding planners use.
//
// Rules of the recomputation:
// - A written value is accepted when it equals the exact value rounded OR truncated at the number of decimals it
//   is written with (0, 1 or 2): the sample writes 4,2 for 4,28 and 16 for 16,67. With more decimals (an Excel
//   result), it must lie within 0,005.
// - Percentage indicators are levels, not counts: kolom 10 is the latest level (9, else 7, else 5), not a sum.
//   A row is a level when one of its values is in %, or, with unit-less numbers only, when the indikator is named
//   like one ("Persentase …", "Rasio …", "Indeks …", "Tingkat …", "Angka …", "Cakupan …", "Nilai …").
// - Lower-is-better indicators (angka kematian/kesakitan/kemiskinan/pengangguran, prevalensi, …): capaian =
//   target / realisasi × 100. An indicator about a decrease ("penurunan", "berkurangnya") is ambiguous — the
//   target may be the decrease itself (more is better) or the level to reach (less is better) — so either
//   direction is accepted there, and no value is proposed.
// - Kolom 10 adds what is there: a "-" among 5, 7 and 9 counts as no realisasi (0) as long as one of them holds a
//   number; with none of them, kolom 10 is not computed. Kolom 11 uses kolom 10 as computed, else as written,
//   so that the values proposed for both columns agree with each other.
// - Missing inputs are never guessed: no value is computed where a needed number is absent or a divisor is 0.
//   A capaian written where its realisasi is absent is reported only when it is not 0 (a 0 agrees with "nothing
//   realised"; anything else has no basis). An empty capaian whose inputs are there gets the computed value as
//   an info with a fix. Units differing between the columns are the satuan rule's business; the numbers are used.
import { formatAngka } from "../angka";
import type { Finding, Findings } from "../finding";
import { a1, cellText, type CellValue, type SheetView } from "../grid";
import type { ColumnRole, TableModel, TableRow } from "../model";
import type { WritePlan } from "../plan";
import { parseTarget, type Target } from "../satuan";
import { readTarget, shownText } from "./cells";
import { proposeWrite } from "./money";
import type { WorkbookRule } from "./workbook-context";

export type Direction = "higher" | "lower" | "either";

const LOWER_IS_BETTER = /\b(angka\s+(kematian|kesakitan|kemiskinan|pengangguran|putus\s+sekolah|kriminalitas|kecelakaan)|prevalensi|tingkat\s+pengangguran|indeks\s+gini|rasio\s+gini)/i;
const DECREASE = /\b(penurunan|menurun\w*|berkurang\w*|pengurangan)\b/i;
const LEVEL_NAME = /^(persentase|prosentase|presentase|rasio|indeks|tingkat|angka|nilai|cakupan|prevalensi|rata-rata)\b/i;

/** Which way an indikator improves, from its name. */
export function directionOf(indikator: string): Direction {
  if (DECREASE.test(indikator)) return "either";
  return LOWER_IS_BETTER.test(indikator) ? "lower" : "higher";
}

/** True for indicators measured as a level (a percentage, a ratio): their realisasi do not add up over years. */
export function isLevelIndicator(indikator: string, values: Target[]): boolean {
  let unit = false;
  for (const t of values) {
    if (t.percent) return true;
    if (t.rawUnit !== null) unit = true;
  }
  return !unit && LEVEL_NAME.test(indikator.trim());
}

function decimalsOf(x: number): number {
  const s = String(x);
  if (s.includes("e")) return 20;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A written value agrees with the exact one when it is that value rounded or truncated at its own decimals. */
export function agreesWithin(exact: number, written: number, typed = 0): boolean {
  const d = Math.max(decimalsOf(written), typed);
  if (d > 2) return Math.abs(written - exact) <= 0.005 + 1e-9;
  const f = 10 ** d;
  const scaled = exact * f;
  const nudge = scaled >= 0 ? 1e-9 : -1e-9; // 4.2 × 10 may come out as 41.99999…
  const rounded = Math.round(scaled + nudge) / f;
  const truncated = Math.trunc(scaled + nudge) / f;
  return Math.abs(rounded - written) < 1e-9 || Math.abs(truncated - written) < 1e-9;
}

function round2(x: number): number {
  return Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;
}

const ROLES = ["targetRenstra", "realisasiSdLalu", "targetRenjaLalu", "realisasiRenjaLalu", "tingkatRealisasi", "targetRenjaBerjalan", "realisasiSdBerjalan", "tingkatCapaianRenstra"] as const;
type Role = (typeof ROLES)[number];

interface Cell {
  col: number | undefined;
  raw: CellValue;
  t: Target;
}

function num(c: Cell): number | undefined {
  return c.t.ok && c.t.value !== null ? c.t.value : undefined;
}

/**
 * A computed value and how it was computed (the text is built only when a finding is made: this runs on every
 * row of large sheets, so the hot path allocates no strings or closures).
 */
interface Candidate {
  value: number;
  /** "ratio": a / b × 100; "inverse": the same for a lower-is-better indicator; "sum": 5+7+9; "latest": kolom `col`. */
  kind: "ratio" | "inverse" | "sum" | "latest";
  a: number;
  b: number;
  terms?: (number | undefined)[];
  col?: string;
  names?: [string, string];
}

function formulaText(c: Candidate): string {
  switch (c.kind) {
    case "ratio":
      return `${formatAngka(c.a)} / ${formatAngka(c.b)} × 100`;
    case "inverse":
      return `${formatAngka(c.a)} / ${formatAngka(c.b)} × 100, kolom ${c.names?.[1]}/${c.names?.[0]} karena indikator makin kecil makin baik`;
    case "sum":
      return `${(c.terms ?? []).map((v) => formatAngka(v ?? 0)).join(" + ")}, kolom 5+7+9`;
    case "latest":
      return `nilai terakhir, kolom ${c.col}; indikator berupa tingkat/persentase, tidak dijumlah`;
  }
}

const NONE: Candidate[] = [];

/** capaian = realisasi/target × 100 (higher is better) or target/realisasi × 100 (lower is better). */
function ratios(realisasi: number | undefined, target: number | undefined, dir: Direction, names: [string, string]): Candidate[] {
  if (realisasi === undefined || target === undefined) return NONE;
  const out: Candidate[] = [];
  if (dir !== "lower" && target !== 0) out.push({ value: (realisasi / target) * 100, kind: "ratio", a: realisasi, b: target });
  if (dir !== "higher" && realisasi !== 0) out.push({ value: (target / realisasi) * 100, kind: "inverse", a: target, b: realisasi, names });
  return out;
}

interface RowCtx {
  table: TableModel;
  view: SheetView;
  row: TableRow;
  findings: Findings;
  plan: WritePlan;
}

/** Decimals as typed in a text cell: "70,60" was written to hundredths, though it reads as 70,6. */
function typedDecimals(v: CellValue): number {
  if (typeof v !== "string") return 0;
  const m = /^\s*\d[\d.]*,(\d{1,2})(?!\d)/.exec(v) ?? /^\s*\d+\.(\d{1,2})(?![\d.])/.exec(v);
  return m ? m[1].length : 0;
}

function agreesWithAny(candidates: Candidate[], w: number, typed = 0): boolean {
  for (let i = 0; i < candidates.length; i++) if (agreesWithin(candidates[i].value, w, typed)) return true;
  return false;
}

/** Kolom 10 written like its inputs ("12 Laporan", "100%"), capaian as a number rounded to 2 decimals. */
function proposal(value: number, like: Cell[] | undefined): CellValue {
  const x = round2(value);
  const src = like?.find((c) => num(c) !== undefined && (c.t.percent || c.t.unit !== null));
  if (!src) return x;
  return src.t.percent ? `${formatAngka(x)}%` : `${formatAngka(x)} ${src.t.unit}`;
}

/**
 * Compares one computed column with what is written; see the rules at the top of this file. `unitsFrom`: the
 * cells whose unit a proposed value takes (kolom 10), none for a capaian percentage.
 */
function check(ctx: RowCtx, cell: Cell, what: string, candidates: Candidate[], basisAbsent: boolean, unitsFrom?: Cell[]): void {
  if (cell.col === undefined) return;
  const w = num(cell);
  // The common case first, before any text is built: a written value that agrees.
  if (w !== undefined && agreesWithAny(candidates, w, typedDecimals(cell.raw))) return;
  const { table, view, row, findings, plan } = ctx;
  const raw = shownText(view, row.r, cell.col);
  const base: Pick<Finding, "category" | "sheet" | "cell"> = { category: "capaian", sheet: table.sheet, cell: a1(row.r, cell.col) };
  const unambiguous = candidates.length === 1;
  if (cell.t.empty) {
    if (!unambiguous) return;
    const value = proposal(candidates[0].value, unitsFrom);
    findings.add({
      ...base,
      rule: "capaian.belum-diisi",
      severity: "info",
      message: `${what} belum diisi; hasil hitungnya ${formatAngka(candidates[0].value)} (${formulaText(candidates[0])}).`,
      expected: formatAngka(candidates[0].value),
      fix: proposeWrite(plan, view, table.sheet, row.r, cell.col, value, `Tulis ${typeof value === "number" ? formatAngka(value) : cellText(value)}`),
    });
    return;
  }
  if (w === undefined) return; // unreadable or unit only: the angka/satuan rules report it
  if (candidates.length === 0) {
    if (basisAbsent && w !== 0) {
      findings.add({ ...base, rule: "capaian.tanpa-dasar", severity: "warning", message: `${what} tertulis "${raw}", tetapi realisasinya tidak diisi; nilai ini tidak dapat dihitung dari tabel.`, actual: raw });
    }
    return;
  }
  const first = candidates[0];
  const finding: Finding = {
    ...base,
    rule: "capaian.tidak-sesuai",
    severity: "warning",
    message: `${what} tertulis ${raw}, seharusnya ${candidates.map((c) => `${formatAngka(c.value)} (${formulaText(c)})`).join(" atau ")}; selisih ${formatAngka(Math.abs(w - first.value))}.`,
    actual: raw,
    expected: candidates.map((c) => formatAngka(c.value)).join(" atau "),
  };
  if (unambiguous) {
    const value = proposal(first.value, unitsFrom);
    finding.fix = proposeWrite(plan, view, table.sheet, row.r, cell.col, value, `Tulis ${typeof value === "number" ? formatAngka(value) : cellText(value)}`);
  }
  findings.add(finding);
}

function checkRow(ctx: RowCtx, cols: (number | undefined)[]): void {
  const { view, row } = ctx;
  const cells = {} as Record<Role, Cell>;
  const targets: Target[] = [];
  let any = false;
  for (let k = 0; k < ROLES.length; k++) {
    const col = cols[k];
    const raw = col === undefined ? null : view.value(row.r, col);
    const t = col === undefined ? parseTarget(raw) : readTarget(view, row.r, col);
    if (!t.empty) any = true;
    cells[ROLES[k]] = { col, raw, t };
    // Kolom 8 and 11 are capaian, percentages by definition: typed as "100%" they say nothing about the indikator.
    if (k !== 4 && k !== 7) targets.push(t);
  }
  if (!any) return;
  const dir = directionOf(row.indikator);
  const level = isLevelIndicator(row.indikator, targets);

  // Kolom 8 = 7/6 × 100
  const r7 = num(cells.realisasiRenjaLalu);
  check(ctx, cells.tingkatRealisasi, "Tingkat realisasi (kolom 8 = 7/6 × 100)", ratios(r7, num(cells.targetRenjaLalu), dir, ["7", "6"]), r7 === undefined);

  // Kolom 10 = 5+7+9 (a sum of counts, or the latest level)
  const v5 = num(cells.realisasiSdLalu);
  const v9 = num(cells.targetRenjaBerjalan);
  let computed10: Candidate | undefined;
  if (level) {
    const latest = v9 !== undefined ? 9 : r7 !== undefined ? 7 : v5 !== undefined ? 5 : undefined;
    const value = v9 ?? r7 ?? v5;
    if (latest !== undefined && value !== undefined) computed10 = { value, kind: "latest", a: value, b: 0, col: String(latest) };
  } else if (v5 !== undefined || r7 !== undefined || v9 !== undefined) {
    computed10 = { value: (v5 ?? 0) + (r7 ?? 0) + (v9 ?? 0), kind: "sum", a: 0, b: 0, terms: [v5, r7, v9] };
  }
  check(ctx, cells.realisasiSdBerjalan, "Realisasi s/d tahun berjalan (kolom 10)", computed10 ? [computed10] : NONE, false, [cells.targetRenjaBerjalan, cells.realisasiRenjaLalu, cells.realisasiSdLalu]);

  // Kolom 11 = 10/4 × 100 on kolom 10 as computed (so the values proposed for 10 and 11 agree), else as written
  const r10 = computed10 ? computed10.value : num(cells.realisasiSdBerjalan);
  check(ctx, cells.tingkatCapaianRenstra, "Tingkat capaian Renstra (kolom 11 = 10/4 × 100)", ratios(r10, num(cells.targetRenstra), dir, ["10", "4"]), r10 === undefined);
}

export const capaianRule: WorkbookRule = ({ tables, views, findings, plan }) => {
  for (const table of tables) {
    if (table.kind !== "T2.1") continue;
    const view = views.get(table.sheet);
    if (!view) continue;
    const cols = ROLES.map((role) => table.columns[role as ColumnRole]?.[0]);
    for (const row of table.rows) checkRow({ table, view, row, findings, plan }, cols);
  }
};
