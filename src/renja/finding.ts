import type { CellValue } from "./grid";

/** The JSON contract's categories (README: "JSON contract"). Changing these breaks users' scripts. */
export const CATEGORIES = ["kode", "nomenklatur", "satuan", "angka", "capaian", "pagu", "rkpd", "triwulan", "rekonsiliasi", "struktur"] as const;
export type Category = (typeof CATEGORIES)[number];

export type Severity = "error" | "warning" | "info";

/** A proposed change to one cell, applied only when the user asks for that fix. */
export interface Fix {
  sheet: string;
  cell: string;
  /** The new content, a constant: a string is written as text whatever it starts with (never a formula). */
  value: CellValue;
  /** What the fix does, in Bahasa Indonesia, for the button's tooltip. */
  label: string;
  /**
   * The number format to give the cell with a number, where it has none of its own (General): the one its column
   * uses, so a fixed total reads like its neighbours. Absent where the cell keeps its format.
   */
  numberFormat?: string;
}

export interface Finding {
  /** Stable rule id, e.g. "kode.segment-malformed". */
  rule: string;
  category: Category;
  severity: Severity;
  sheet: string;
  /** A1 address of the offending cell, on the table row at fault. */
  cell: string;
  /** Bahasa Indonesia, for the planner. */
  message: string;
  expected?: string | number;
  actual?: string | number;
  fix?: Fix;
}

/** Collects findings; rules push here so the engine can sort and count in one place. */
export class Findings {
  readonly list: Finding[] = [];
  add(f: Finding): void {
    this.list.push(f);
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: by sheet order given, then row, then column, then rule. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const rc = (cell: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return [0, 0];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]), col];
  };
  return findings
    .map((f, i) => ({ f, i, s: sheetIndex.get(f.sheet) ?? 1e9, p: rc(f.cell) }))
    .sort((a, b) => a.s - b.s || a.p[0] - b.p[0] || a.p[1] - b.p[1] || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.f.rule.localeCompare(b.f.rule) || a.i - b.i)
    .map((x) => x.f);
}
