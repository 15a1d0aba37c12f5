// The workbook's fixes planned as a whole: the one list that both the CLI's --fix-out and the pane's
// "Perbaiki semua" apply. A rule proposes a value for a cell from what it alone checks; here the proposals are
// checked against each other and against every rule, by applying them to a copy and validating again:
// - one cell, at most one value: where proposals disagree, no fix is offered;
// - a fix must leave its row without a new or changed error or warning (a value that satisfies one check but not
//   another on that row is no fix), and must not raise a finding on a cell that had none;
// - fixes that pass are applied and the workbook validated again, so totals over fixed rows are proposed from
//   the fixed values (bottom-up), until no rule proposes anything more.
// A withheld fix is removed from its findings, whose messages then say why. Pure, like the rest of the engine.
import { applyPlanToGrid } from "./apply-grid";
import { formatAngka } from "./angka";
import { createValidationMemo, validateWorkbook, type ValidateOptions, type ValidationResult } from "./engine";
import type { Finding, Fix } from "./finding";
import { parseA1, SheetView, type CellValue, type WorkbookGrid } from "./grid";
import type { TableModel } from "./model";
import { isComposedFormula, isErrorConstant, type CellWrite } from "./plan";

export type Validate = (wb: WorkbookGrid) => ValidationResult;

/** A proposal the planner will not offer, and why (Bahasa Indonesia, for the finding's message). */
export interface WithheldFix {
  sheet: string;
  cell: string;
  reason: string;
}

export interface FixPlan {
  /** One fix per cell, in sheet and row order: what "Perbaiki semua" and --fix-out write. */
  fixes: Fix[];
  withheld: WithheldFix[];
  /**
   * The validation as the planner answers it: each finding's fix is the planned fix of its cell (or none, and
   * the message says why); plan.cells holds the planned recomputed values. The fixes of the findings and the
   * cells of the plan together are exactly `fixes`.
   */
  result: ValidationResult;
  /** Validations run to plan (the first one included). */
  rounds: number;
}

interface Candidate {
  fix: Fix;
  /** From the recomputed values of the plan (Hitung Ulang) rather than a finding only. */
  recomputed: boolean;
  /** Only rewrites a number as the number it already reads as (an angka finding). */
  representation?: boolean;
}

const MAX_ROUNDS = 12;

function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** Sheet and row of an A1 address (its column letters left out): asked for every finding of every round. */
function rowKey(sheet: string, cell: string): string {
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) >= 65 && cell.charCodeAt(i) <= 90) i++;
  return `${sheet}\u0000${cell.slice(i)}`;
}

function findingKey(f: Finding): string {
  return `${f.rule}\u0000${f.sheet}\u0000${f.cell}`;
}

/** A value as a planner reads it in a message: Indonesian thousands, text in quotes, "(kosong)". */
export function shownValue(v: CellValue): string {
  if (v === null || v === "") return "(kosong)";
  if (typeof v === "number") return formatAngka(v);
  if (typeof v === "boolean") return v ? "BENAR" : "SALAH";
  return `"${v}"`;
}

/** Every value proposed by the findings and the recomputed values, by cell, in the order they come. */
function proposals(result: ValidationResult): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  const add = (c: Candidate): void => {
    const k = key(c.fix.sheet, c.fix.cell);
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  };
  // The label of a recomputed value is that of the first finding fixing its cell, if any.
  const labels = new Map<string, string>();
  for (const f of result.findings) {
    if (!f.fix) continue;
    add({ fix: f.fix, recomputed: false, representation: f.category === "angka" });
    const k = key(f.fix.sheet, f.fix.cell);
    if (!labels.has(k)) labels.set(k, f.fix.label);
  }
  for (const w of result.plan.cells) {
    // Recomputed values are constants: a composed formula or an error constant is never offered as one.
    if (isComposedFormula(w.value) || isErrorConstant(w.value)) continue;
    const label = labels.get(key(w.sheet, w.cell)) ?? `Hitung ulang: ${shownValue(w.value)}`;
    add({ fix: { sheet: w.sheet, cell: w.cell, value: w.value, label }, recomputed: true });
  }
  return out;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return a === b || ((a === null || a === "") && (b === null || b === ""));
}

/**
 * Errors and warnings by row (what a fix must not add or change). A row holds a handful, so they are kept as
 * they are rather than indexed: on a workbook of 100k rows with a finding each, one small list per row is what
 * the planner can afford to hold beside the findings themselves.
 */
function serious(result: ValidationResult): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (f.severity === "info") continue;
    const rk = rowKey(f.sheet, f.cell);
    const list = out.get(rk);
    if (list) list.push(f);
    else out.set(rk, [f]);
  }
  return out;
}

/** True when the row had `f` before, with the same message (of the last finding of its rule on its cell). */
function hadBefore(original: Map<string, Finding[]>, rk: string, f: Finding): boolean {
  const list = original.get(rk);
  if (!list) return false;
  for (let i = list.length - 1; i >= 0; i--) {
    const g = list[i];
    if (g.rule === f.rule && g.cell === f.cell && g.sheet === f.sheet) return g.message === f.message;
  }
  return false;
}

/** Views of the workbook's sheets, made once: a SheetView reads its whole sheet to know its extent. */
type Views = (sheet: string) => SheetView | undefined;

function viewsOf(wb: WorkbookGrid): Views {
  const views = new Map<string, SheetView | undefined>();
  return (sheet) => {
    if (!views.has(sheet)) {
      const grid = wb.sheets.find((s) => s.name === sheet);
      views.set(sheet, grid && new SheetView(grid));
    }
    return views.get(sheet);
  };
}

function cellValue(views: Views, sheet: string, cell: string): { value: CellValue; formula: string | null; numberFormat: string | null } {
  const view = views(sheet);
  const at = parseA1(cell);
  if (!view || !at) return { value: null, formula: null, numberFormat: null };
  return { value: view.value(at.row, at.col), formula: view.formula(at.row, at.col), numberFormat: view.numberFormat(at.row, at.col) };
}

function writesOf(cands: Candidate[]): CellWrite[] {
  return cands.map((c) => ({ sheet: c.fix.sheet, cell: c.fix.cell, value: c.fix.value }));
}

/**
 * Plans every fix of a validation together. `wb` is the workbook `result` was computed from, `validate` the same
 * validation (with the same options) for the rounds after the first.
 */
export function planAllFixes(result: ValidationResult, wb: WorkbookGrid, validate: Validate): FixPlan {
  const originalCells = new Set<string>();
  for (const f of result.findings) originalCells.add(key(f.sheet, f.cell));
  const original = serious(result);
  const sheetOrder = wb.sheets.map((s) => s.name);
  const withheld = new Map<string, WithheldFix>();
  let accepted = new Map<string, Candidate>();
  let current = result;
  let rounds = 1;
  let checked = true;

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const union = new Map(accepted);
    let added = 0;
    for (const [k, list] of proposals(current)) {
      if (withheld.has(k)) continue;
      const c = strongest(list);
      if (typeof c === "string") {
        withheld.set(k, { sheet: list[0].fix.sheet, cell: list[0].fix.cell, reason: c });
        union.delete(k);
        continue;
      }
      const prior = union.get(k);
      if (prior && sameValue(prior.fix.value, c.fix.value)) continue;
      union.set(k, { fix: c.fix, recomputed: c.recomputed || (prior?.recomputed ?? false) });
      added++;
    }
    // `current` is the validation of the accepted fixes; it has been checked unless fixes were withheld since.
    if (added === 0 && checked) break;
    const all = [...union.values()];
    let after: ValidationResult | undefined = current;
    if (added > 0) {
      // The round's proposals are taken: the validation they came from is let go before the next one is made
      // (beside the first, which the answer is built from, at most one other validation is alive at a time).
      current = result;
      after = validate(applyPlanToGrid(wb, { cells: writesOf(all), sheets: [] }));
      rounds++;
    }
    const blamed = blame(after, all, original, originalCells);
    const unattributed = blamed.unattributed;
    if (unattributed.length > 0) {
      const likely = suspects(result.tables, after.tables, all);
      // Not needed any more (a culprit is always found, so the round ends with a validation of its own): let it
      // go before the validations that trace the finding.
      after = undefined;
      const found = culprits(wb, all, unattributed, validate, likely);
      rounds += found.runs;
      const f = unattributed[0];
      for (const c of found.set) blamed.cells.set(key(c.fix.sheet, c.fix.cell), `menulis ${shownValue(c.fix.value)} di sel ini menimbulkan temuan baru di ${f.sheet}!${f.cell}: ${f.message}`);
    }
    for (const [k, why] of blamed.cells) {
      const c = union.get(k);
      if (!c) continue;
      withheld.set(k, { sheet: c.fix.sheet, cell: c.fix.cell, reason: `Tidak ada perbaikan otomatis: ${why}` });
      union.delete(k);
    }
    accepted = union;
    checked = blamed.cells.size === 0;
    // Later rounds read only the findings and the plan of `current`: its tables are let go.
    if (checked && after) current = slim(after);
    else {
      current = result;
      current = slim(validate(applyPlanToGrid(wb, { cells: writesOf([...accepted.values()]), sheets: [] })));
      rounds++;
    }
  }

  // Written back to what it was: no fix.
  const views = viewsOf(wb);
  for (const [k, c] of accepted) {
    const was = cellValue(views, c.fix.sheet, c.fix.cell);
    if (!was.formula && sameValue(was.value, c.fix.value) && typeof was.value === typeof c.fix.value) accepted.delete(k);
  }
  return { ...annotate(result, views, accepted, withheld, sheetOrder), withheld: [...withheld.values()], rounds };
}

function slim(r: ValidationResult): ValidationResult {
  return r.tables.length === 0 ? r : { ...r, tables: [] };
}

/**
 * The proposal for one cell, or why there is none. A number's representation (angka: "1.9 14. 84 2.8 60" written
 * as the number it reads as) yields to a proposal that replaces the value; any other disagreement leaves the cell
 * without a fix.
 */
function strongest(list: Candidate[]): Candidate | string {
  const strong = list.filter((c) => !c.representation);
  const pool = strong.length > 0 ? strong : list;
  const values: CellValue[] = [];
  for (const c of pool) if (!values.some((v) => sameValue(v, c.fix.value))) values.push(c.fix.value);
  if (values.length > 1) return `Tidak ada perbaikan otomatis: usulan untuk sel ini berbeda-beda (${values.map(shownValue).join(" atau ")}); periksa sel ini sendiri.`;
  return { fix: pool[0].fix, recomputed: pool.some((c) => c.recomputed) };
}

/**
 * Fixes that do not satisfy every check: an error or warning on a fixed row that the workbook did not have (new,
 * or with another message) is laid on the fixed cell it sits on, else on every fixed cell of its row. A finding on
 * an untouched row's cell that had none is returned as unattributed.
 */
function blame(after: ValidationResult, all: Candidate[], original: Map<string, Finding[]>, originalCells: Set<string>): { cells: Map<string, string>; unattributed: Finding[] } {
  const byRow = new Map<string, Candidate[]>();
  const cellsFixed = new Set<string>();
  for (const c of all) {
    const rk = rowKey(c.fix.sheet, c.fix.cell);
    const list = byRow.get(rk);
    if (list) list.push(c);
    else byRow.set(rk, [c]);
    cellsFixed.add(key(c.fix.sheet, c.fix.cell));
  }
  const cells = new Map<string, string>();
  const unattributed: Finding[] = [];
  for (const f of after.findings) {
    if (f.severity === "info") continue;
    const rk = rowKey(f.sheet, f.cell);
    const onRow = byRow.get(rk);
    if (hadBefore(original, rk, f)) continue;
    if (onRow) {
      const fk = key(f.sheet, f.cell);
      const blamed = cellsFixed.has(fk) ? onRow.filter((c) => key(c.fix.sheet, c.fix.cell) === fk) : onRow;
      for (const c of blamed) if (!cells.has(key(c.fix.sheet, c.fix.cell))) cells.set(key(c.fix.sheet, c.fix.cell), `menulis ${shownValue(c.fix.value)} di sel ini tidak memenuhi semua pemeriksaan pada barisnya: ${f.message}`);
    } else if (!originalCells.has(key(f.sheet, f.cell))) unattributed.push(f);
  }
  return { cells, unattributed };
}

/**
 * The fixes most likely to raise a finding on a row no fix touches: those on rows whose place in their table
 * changed (another level, parent or kode as read: a nama "Urusan …" makes a kegiatan row an urusan row, and the
 * totals above it change), and every fix on a sheet whose tables were found otherwise. In the order of `all`.
 */
function suspects(before: TableModel[], after: TableModel[], all: Candidate[]): Candidate[] {
  const sheets = new Set(all.map((c) => c.fix.sheet));
  const place = (t: TableModel, i: number): string => {
    const row = t.rows[i];
    const parent = row.parent === undefined ? -1 : t.rows[row.parent].r;
    const under = row.placedUnder === undefined ? -1 : t.rows[row.placedUnder].r;
    return `${row.level}\u0000${row.kodeText}\u0000${parent}\u0000${under}\u0000${row.uncertainPlace ? 1 : 0}`;
  };
  const shape = (ts: TableModel[], sheet: string): string =>
    ts
      .filter((t) => t.sheet === sheet)
      .map((t) => `${t.kind}@${t.headerTop}-${t.bottom}`)
      .join(";");
  const moved = new Set<string>();
  const reshaped = new Set<string>();
  for (const sheet of sheets) {
    if (shape(before, sheet) !== shape(after, sheet)) {
      reshaped.add(sheet);
      continue;
    }
    const was = before.filter((t) => t.sheet === sheet);
    const now = after.filter((t) => t.sheet === sheet);
    was.forEach((t, ti) => {
      const u = now[ti];
      const old = new Map<number, string>();
      for (let i = 0; i < t.rows.length; i++) old.set(t.rows[i].r, place(t, i));
      for (let i = 0; i < u.rows.length; i++) {
        const r = u.rows[i].r;
        if (old.get(r) !== place(u, i)) moved.add(`${sheet}\u0000${r + 1}`);
        old.delete(r);
      }
      for (const r of old.keys()) moved.add(`${sheet}\u0000${r + 1}`);
    });
  }
  return all.filter((c) => reshaped.has(c.fix.sheet) || moved.has(rowKey(c.fix.sheet, c.fix.cell)));
}

/**
 * The smallest group of fixes (by halving) whose application alone raises one of `raised`, findings on cells that
 * had none. Falls back to the whole group when halving does not isolate it. The halving starts from `likely` (the
 * suspects) and goes back to every candidate when neither half of them (or the one suspect) raises it: with one
 * fix at fault, the same fix either way, in a validation or two instead of one per halving of every candidate.
 */
function culprits(wb: WorkbookGrid, candidates: Candidate[], raised: Finding[], validate: Validate, likely: Candidate[] = []): { set: Candidate[]; runs: number } {
  const wanted = new Set(raised.map(findingKey));
  let runs = 0;
  const raises = (cs: Candidate[]): boolean => {
    runs++;
    return validate(applyPlanToGrid(wb, { cells: writesOf(cs), sheets: [] })).findings.some((g) => wanted.has(findingKey(g)));
  };
  const halve = (from: Candidate[]): Candidate[] => {
    let set = from;
    while (set.length > 1) {
      const half = set.slice(0, Math.ceil(set.length / 2));
      const rest = set.slice(half.length);
      if (raises(half)) set = half;
      else if (raises(rest)) set = rest;
      else break;
    }
    return set;
  };
  if (likely.length > 0 && likely.length < candidates.length) {
    // The suspects are halved without first validating them all together: when they hold the fix at fault, the
    // first half or the rest raises the finding (one validation where the fault is in the first half).
    if (likely.length === 1 ? raises(likely) : true) {
      const set = halve(likely);
      if (set.length < likely.length || likely.length === 1) return { set, runs };
    }
  }
  return { set: halve(candidates), runs };
}

function sortOrder(sheetOrder: string[]): (a: Fix, b: Fix) => number {
  const idx = new Map(sheetOrder.map((s, i) => [s, i]));
  return (a, b) => {
    const pa = parseA1(a.cell) ?? { row: 0, col: 0 };
    const pb = parseA1(b.cell) ?? { row: 0, col: 0 };
    return (idx.get(a.sheet) ?? 1e9) - (idx.get(b.sheet) ?? 1e9) || pa.row - pb.row || pa.col - pb.col;
  };
}

/** The most used non-General number format of the number cells in a column, if any. */
function columnFormat(view: SheetView, col: number, cache: Map<string, string | null>): string | null {
  const k = `${view.name}\u0000${col}`;
  const hit = cache.get(k);
  if (hit !== undefined) return hit;
  const counts = new Map<string, number>();
  for (let r = view.rowStart; r < view.rowEnd; r++) {
    if (typeof view.value(r, col) !== "number") continue;
    const f = view.numberFormat(r, col);
    if (f && f !== "General" && f !== "@") counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [f, c] of counts) if (c > n) [best, n] = [f, c];
  cache.set(k, best);
  return best;
}

/** Indonesian thousands in an Indonesian Excel ("1.234.567"): for a money cell in a column without a format. */
const THOUSANDS_FORMAT = "#,##0";

/**
 * A number written into a General cell gets the format its column uses (or thousands for a whole number from
 * 1.000), so that a fixed total reads like its neighbours; a cell with a format of its own keeps it.
 */
function withFormat(fix: Fix, views: Views, cache: Map<string, string | null>): Fix {
  if (typeof fix.value !== "number") return fix;
  const view = views(fix.sheet);
  const at = parseA1(fix.cell);
  if (!view || !at) return fix;
  const own = view.numberFormat(at.row, at.col);
  if (own && own !== "General") return fix;
  const format = columnFormat(view, at.col, cache) ?? (Number.isInteger(fix.value) && Math.abs(fix.value) >= 1000 ? THOUSANDS_FORMAT : null);
  return format ? { ...fix, numberFormat: format } : fix;
}

function annotate(result: ValidationResult, views: Views, accepted: Map<string, Candidate>, withheld: Map<string, WithheldFix>, sheetOrder: string[]): Omit<FixPlan, "withheld" | "rounds"> {
  const formats = new Map<string, string | null>();
  for (const [k, c] of accepted) accepted.set(k, { ...c, fix: withFormat(c.fix, views, formats) });
  const fixes = [...accepted.values()].map((c) => c.fix).sort(sortOrder(sheetOrder));
  const covered = new Set<string>();
  const findings: Finding[] = result.findings.map((f) => {
    if (!f.fix) return f;
    const k = key(f.fix.sheet, f.fix.cell);
    const planned = accepted.get(k);
    if (planned) {
      covered.add(k);
      return { ...f, fix: planned.fix };
    }
    const { fix: _dropped, ...rest } = f;
    const why = withheld.get(k);
    return why && !f.message.includes(why.reason) ? { ...rest, message: `${f.message} ${why.reason}` } : rest;
  });
  // Recomputed values: the planned ones, plus planned fixes no finding carries (totals over fixed rows).
  const cells: CellWrite[] = [];
  for (const fix of fixes) {
    const k = key(fix.sheet, fix.cell);
    const c = accepted.get(k);
    if (!c || (!c.recomputed && covered.has(k))) continue;
    const was = cellValue(views, fix.sheet, fix.cell);
    cells.push({ sheet: fix.sheet, cell: fix.cell, value: fix.value, ...(fix.numberFormat ? { numberFormat: fix.numberFormat } : {}), previous: was.formula ? { value: was.value, formula: was.formula } : { value: was.value } });
  }
  return { fixes, result: { ...result, findings, plan: { ...result.plan, cells } } };
}

/** What a planned validation writes, one per cell: the fixes of its findings and its recomputed values. */
export function plannedFixes(result: ValidationResult): Fix[] {
  const seen = new Map<string, Fix>();
  for (const f of result.findings) if (f.fix && !seen.has(key(f.fix.sheet, f.fix.cell))) seen.set(key(f.fix.sheet, f.fix.cell), f.fix);
  for (const w of result.plan.cells) {
    const k = key(w.sheet, w.cell);
    if (!seen.has(k) && !isComposedFormula(w.value) && !isErrorConstant(w.value)) seen.set(k, { sheet: w.sheet, cell: w.cell, value: w.value, label: `Hitung ulang: ${shownValue(w.value)}`, ...(w.numberFormat ? { numberFormat: w.numberFormat } : {}) });
  }
  return [...seen.values()];
}

/**
 * Validation with its fixes planned: what the CLI reports and writes and what the pane lists and applies. The
 * rounds re-validate with the same options.
 */
export function validateWithFixPlan(wb: WorkbookGrid, options: ValidateOptions = {}, validate: Validate = memoValidate(options)): FixPlan {
  return planAllFixes(validate(wb), wb, validate);
}

/**
 * validateWorkbook with these options for one planning: a round's sheets that no fix writes are taken over from
 * the validation before (engine.ts ValidationMemo), so a round costs the sheets its fixes touch.
 */
export function memoValidate(options: ValidateOptions = {}): Validate {
  const memo = createValidationMemo(options);
  return (g) => validateWorkbook(g, options, memo);
}
