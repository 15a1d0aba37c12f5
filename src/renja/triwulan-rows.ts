// Which rows of Tabel 4.1 the generated Tabel 4.2 carries, so that the sheet passes the add-in's own checks. A row
// goes in only where its kode, its place in the hierarchy and (for a sub kegiatan) its pagu are certain; any other
// row is left out with its reason (the rows under it go with it, a parent whose rows all went goes too), and named
// in the sheet's note. The checks of Tabel 4.1 the generator adds (satuan, nomenclature: triwulan.ts) come in as
// `extra`. This part is the engine's too (rekonsiliasi: a generated figure is no second fault), so it stays small.
import { a1, cellText, type SheetView } from "./grid";
import { LEVEL_DEPTH, type ColumnRole, type TableModel, type TableRow } from "./model";
import { LEVEL_NAMES } from "./rules/money";
import { duplicateRenames } from "./rules/kode";
import { parseRupiah } from "./rupiah";
import { kodePrefix } from "./tables/levels";

export const MONEY_LEVELS: ReadonlySet<string> = new Set(["program", "kegiatan", "subkegiatan"]);

/** Why a row is not in the generated Tabel 4.2. */
export type LeftOutReason = "pagu" | "kode" | "duplikat" | "letak" | "nomenklatur" | "induk" | "rincian";

export interface LeftOutRow {
  /** Index in the Tabel 4.1 rows. */
  index: number;
  row: TableRow;
  reason: LeftOutReason;
  /**
   * What the reason names (the generator words it, triwulan.ts): the kode problem; the duplicated kode; the parent
   * kode the row's kode names where that parent is not above it; the parent left out ("kegiatan 1.06.05.2.0"); the
   * other check's message.
   */
  detail?: string;
  /** For reason "duplikat": the sheet rows (1-based) carrying the kode. */
  lines?: number[];
  /** For reason "pagu": the unreadable cell and its text. */
  paguCell?: string;
  paguText?: string;
  paguProblem?: string;
}

export interface Tabel42Rows {
  /** Indices of the Tabel 4.1 rows carried, in sheet order (without the total row). */
  kept: number[];
  leftOut: LeftOutRow[];
  /** Per row: its kode segments, corrected, down to its own level. */
  kode: Map<number, string[]>;
  /** index → indices of its money rows in Tabel 4.1 (before leaving any out). */
  children: Map<number, number[]>;
  /** A row's parent as generation places it (under a renamed duplicate where the rename puts it). */
  parentOf: (i: number) => number | undefined;
}

function depthOf(row: TableRow): number | undefined {
  return row.level in LEVEL_DEPTH ? LEVEL_DEPTH[row.level as keyof typeof LEVEL_DEPTH] : undefined;
}

/**
 * The kode a row carries, corrected (split segments joined, zeros restored) and cut to the row's own level (a
 * program's stray kegiatan segment left out); where a segment cannot be corrected ("2.0"), the kode its sub rows
 * agree on. Undefined where neither gives a certain kode.
 */
function certainKode(rows: readonly TableRow[], i: number, children: Map<number, number[]>): string[] | undefined {
  const row = rows[i];
  const depth = depthOf(row);
  if (!row.kode || depth === undefined) return undefined;
  if (kodePrefix(row.kode, depth) !== undefined) return row.kode.normalized.slice(0, depth);
  const fromKids = new Set<string>();
  for (const k of children.get(i) ?? []) {
    const kk = rows[k].kode;
    fromKids.add(kk && kodePrefix(kk, depth) !== undefined ? kk.normalized.slice(0, depth).join("|") : "?");
  }
  const only = fromKids.size === 1 ? [...fromKids][0] : "?";
  return only === "?" ? undefined : only.split("|");
}

/** `extra`: rows to leave out for a fault another check finds (index → why), as reason "nomenklatur". */
export function selectTabel42Rows(table41: TableModel, view: SheetView, opts: { extra?: ReadonlyMap<number, string> } = {}): Tabel42Rows {
  const rows = table41.rows;
  // A duplicate program or kegiatan whose rows below all carry one unused kode takes that kode (kode.duplikat's
  // fix); the rows placed under it are its rows.
  const renames = duplicateRenames(rows);
  const parentOf = (i: number): number | undefined => {
    const r = rows[i];
    return r.placedUnder !== undefined && renames.has(r.placedUnder) ? r.placedUnder : r.parent;
  };
  const children = new Map<number, number[]>();
  rows.forEach((r, i) => {
    const p = parentOf(i);
    if (r.level === "total" || p === undefined || !MONEY_LEVELS.has(r.level) || !MONEY_LEVELS.has(rows[p].level)) return;
    const list = children.get(p) ?? [];
    list.push(i);
    children.set(p, list);
  });

  // Each money row's corrected kode (a renamed duplicate's new one), and how often each occurs at its level.
  const kode = new Map<number, string[]>();
  const count = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.level === "total") return;
    const to = renames.get(i)?.split(".");
    const k = to ? [...to.slice(0, 3), ...(to.length > 3 ? [`${to[3]}.${to[4]}`] : [])] : certainKode(rows, i, children);
    if (!k) return;
    kode.set(i, k);
    if (!MONEY_LEVELS.has(r.level)) return;
    const key = `${r.level}|${k.join(".")}`;
    count.set(key, [...(count.get(key) ?? []), i]);
  });

  const pCol = table41.columns.pagu?.[0];
  const out = new Map<number, LeftOutRow>();
  const leave = (i: number, reason: LeftOutReason, detail?: string, extra: Partial<LeftOutRow> = {}): void => {
    out.set(i, { index: i, row: rows[i], reason, ...(detail !== undefined ? { detail } : {}), ...extra });
  };
  rows.forEach((r, i) => {
    if (r.level === "total") return;
    const parent = parentOf(i);
    const money = MONEY_LEVELS.has(r.level);
    // The rows under a left-out row (its sub kegiatan, its indikator lines) go with it.
    if (parent !== undefined && out.has(parent)) {
      const p = rows[parent];
      const pk = p.kode?.text ?? p.kodeText;
      return leave(i, "induk", `${LEVEL_NAMES[p.level]}${pk ? ` ${pk}` : ""}`);
    }
    const extra = opts.extra?.get(i);
    if (!money) return extra !== undefined ? leave(i, "nomenklatur", extra) : undefined;
    const k = kode.get(i);
    if (!k) return leave(i, "kode", r.kode?.problems.find((x) => x.fix === undefined)?.message);
    const same = count.get(`${r.level}|${k.join(".")}`) ?? [];
    if (same.length > 1) {
      return leave(i, "duplikat", k.join("."), { lines: same.map((x) => rows[x].r + 1) });
    }
    // Under a renamed duplicate, the row sits where its kode says once the rename is applied.
    const under = parent;
    if (r.uncertainPlace && !(r.placedUnder !== undefined && renames.has(r.placedUnder))) return leave(i, "letak");
    // A kegiatan or sub kegiatan sits under the row its kode names.
    if (r.level !== "program") {
      const pk = under === undefined ? undefined : kode.get(under);
      const prefix = k.slice(0, (depthOf(r) as number) - 1).join(".");
      if (under === undefined || !MONEY_LEVELS.has(rows[under].level) || !pk || pk.join(".") !== prefix) {
        return leave(i, "letak", prefix);
      }
    }
    // Faults other checks find (the nomenclature list), after the kode and place ones they may follow from.
    if (extra !== undefined) return leave(i, "nomenklatur", extra);
    if (children.has(i) || pCol === undefined) return;
    const v = view.value(r.r, pCol);
    const parsed = parseRupiah(v);
    if (parsed.ok || parsed.kind === "empty" || parsed.kind === "dash") return;
    const problem = parsed.message ? parsed.message.replace(/\.$/, "") : "tidak terbaca sebagai rupiah";
    const cell = a1(r.r, pCol);
    leave(i, "pagu", undefined, { paguCell: cell, paguText: cellText(v), paguProblem: problem });
  });
  // Bottom-up: a parent whose money rows were all left out has no sum to carry.
  for (let i = rows.length - 1; i >= 0; i--) {
    const kids = children.get(i);
    if (!kids || kids.length === 0 || out.has(i) || !kids.every((k) => out.has(k))) continue;
    leave(i, "rincian");
  }
  // A parent left out bottom-up takes its remaining rows (indikator lines) with it.
  rows.forEach((r, i) => {
    const pi = parentOf(i);
    if (!out.has(i) && pi !== undefined && out.has(pi) && r.level !== "total") {
      const p = rows[pi];
      leave(i, "induk", `${LEVEL_NAMES[p.level]} ${p.kode?.text ?? p.kodeText}`);
    }
  });

  const kept = rows.map((_, i) => i).filter((i) => rows[i].level !== "total" && !out.has(i));

  const leftOut = [...out.values()].sort((a, b) => a.index - b.index);
  return { kept, leftOut, kode, children, parentOf };
}
