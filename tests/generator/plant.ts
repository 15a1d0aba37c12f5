// Planted errors: each kind is one small function that changes a generated workbook in one place, the way
// planners get it wrong, and returns the finding the engine should raise (category, rule, sheet, cell).
// A new kind of error = one entry in PLANTERS.
import { a1, type CellValue } from "../../src/renja/grid";
import type { Category } from "../../src/renja/finding";
import type { ColumnRole, TableKind } from "../../src/renja/model";
import type { Rng } from "./prng";
import type { GenIndikator, GenNode } from "./renja-model";
import { getCell, idNumber, kodeColumnTexts, setCell, targetText, type GeneratedWorkbook, type GenRow, type GenTable } from "./renja-generator";

export interface ExpectedFinding {
  kind: PlantKind;
  category: Category;
  /** Rule id, or a prefix of it ("kode.digit-tingkat" would match "kode.digit-tingkat-berbeda"). */
  rule: string;
  /** Where the finding may be anchored (one cell today; a list for errors a rule could anchor on either side). */
  at: { sheet: string; cell: string }[];
  /** What was planted, for failure messages. */
  note: string;
  /** The value the finding names as right (its `expected`), where the plant knows it. */
  expected?: string | number;
  /** The fix the finding proposes: the value written, or null where none may be offered. */
  fix?: string | number | null;
  /**
   * Every error and warning the plant causes, exactly (the planted cell's and its consequences), where the planter
   * can work them out from what it planted; tests/planted-forms.test.ts compares them with the engine's.
   */
  exact?: ExactFinding[];
}

export interface ExactFinding {
  severity: "error" | "warning";
  rule: string;
  sheet: string;
  cell: string;
  expected?: string | number;
  /** The fix offered (its cell and value), or null where none is. */
  fix: { cell: string; value: string | number } | null;
}

export const PLANT_KINDS = [
  "kode-split",
  "kode-short",
  "kode-truncated",
  "kode-program-kegiatan",
  "kode-duplicate",
  "kode-not-under-parent",
  "kode-level-digit",
  "satuan-unknown",
  "satuan-missing",
  "satuan-change",
  "satuan-persentase",
  "angka-groups",
  "angka-trailing-separator",
  "angka-ambiguous",
  "capaian-kolom-8",
  "capaian-kolom-10",
  "capaian-kolom-11",
  "pagu-parent",
  "pagu-total",
  "rkpd-gap",
  "triwulan-k",
  "triwulan-rp",
  "rekonsiliasi-pagu",
  "struktur-ref",
  // Issue 9 item 7: a kode split in each of its six parts (U, BB, PP, K, KK, SSSS), duplicates at every level, and
  // errors one step beyond each tolerance (Rp 1, a capaian 0,01, a K share 0,1).
  "kode-split-urusan",
  "kode-split-bidang",
  "kode-split-program",
  "kode-split-level",
  "kode-split-sub",
  "kode-duplicate-program",
  "kode-duplicate-kegiatan",
  "pagu-parent-rp1",
  "capaian-edge",
  "triwulan-k-edge",
  "triwulan-rp-rp1",
  "rekonsiliasi-rp1",
] as const;
export type PlantKind = (typeof PLANT_KINDS)[number];

/** Rows already changed in this workbook ("sheet!row"), so two plants never share a row. */
export type UsedRows = Set<string>;

interface Ctx {
  gen: GeneratedWorkbook;
  rng: Rng;
  used: UsedRows;
}

type Planter = (ctx: Ctx) => Omit<ExpectedFinding, "kind">;

// ------------------------------------------------------------------ helpers

const KODE_TABLES: TableKind[] = ["T3.1", "T4.1", "T4.2"];
const PAGU_TABLES: TableKind[] = ["T3.1", "T4.1", "T4.2"];

const TARGET_ROLES: Partial<Record<TableKind, ColumnRole[]>> = {
  "T2.1": ["targetRenstra", "realisasiSdLalu", "targetRenjaLalu", "realisasiRenjaLalu", "targetRenjaBerjalan", "realisasiSdBerjalan"],
  "T3.1": ["targetAkhirRenstra", "realisasiCapaianLalu", "prakiraanCapaian", "target", "targetMaju"],
  "T4.1": ["targetAkhirRenstra", "realisasiCapaianLalu", "prakiraanCapaian", "target"],
  "T4.2": ["targetAkhirRenstra", "realisasiCapaianLalu", "prakiraanCapaian", "target"],
};

function col(t: GenTable, role: ColumnRole, i = 0): number {
  const c = t.columns[role]?.[i];
  if (c === undefined) throw new Error(`${t.kind} has no ${role} column`);
  return c;
}

function cellOf(t: GenTable, row: GenRow, role: ColumnRole, i = 0): string {
  return a1(row.r, col(t, role, i));
}

interface Pick {
  table: GenTable;
  row: GenRow;
}

/** A random row of the given tables that passes `ok` and no other plant has touched; marks it used. */
function pickRow(ctx: Ctx, kinds: TableKind[], ok: (t: GenTable, row: GenRow) => boolean): Pick {
  const candidates: Pick[] = [];
  for (const table of ctx.gen.tables) {
    if (!kinds.includes(table.kind)) continue;
    for (const row of table.rows) if (!ctx.used.has(`${table.sheet}!${row.r}`) && ok(table, row)) candidates.push({ table, row });
  }
  if (candidates.length === 0) throw new Error(`no row to plant in (${kinds.join(", ")})`);
  const p = ctx.rng.pick(candidates);
  markUsed(ctx, p.table, p.row);
  return p;
}

function markUsed(ctx: Ctx, t: GenTable, row: GenRow): void {
  ctx.used.add(`${t.sheet}!${row.r}`);
}

function totalOf(gen: GeneratedWorkbook): number {
  return gen.plan.bidang.reduce((s, b) => s + b.programs.reduce((x, p) => x + p.pagu, 0), 0);
}

/** Marks the rows of a node's ancestors and descendants used. */
function markFamily(ctx: Ctx, t: GenTable, node: GenNode): void {
  for (let p = parentOf(ctx.gen, node); p; p = parentOf(ctx.gen, p)) markUsed(ctx, t, rowOfNode(t, p));
  const down = (n: GenNode): void => {
    for (const c of n.children) {
      markUsed(ctx, t, rowOfNode(t, c));
      down(c);
    }
  };
  down(node);
}

function indikatorOf(row: GenRow): GenIndikator | undefined {
  return row.node && row.indikator !== undefined ? row.node.indikators[row.indikator] : undefined;
}

function rowOfNode(t: GenTable, node: GenNode): GenRow {
  const row = t.rows.find((r) => r.node === node && r.kind === node.level);
  if (!row) throw new Error(`${t.kind}: no row for ${node.kode.join(".")}`);
  return row;
}

function parentOf(gen: GeneratedWorkbook, node: GenNode): GenNode | undefined {
  for (const b of gen.plan.bidang) {
    for (const p of b.programs) {
      if (p.children.includes(node)) return p;
      for (const k of p.children) if (k.children.includes(node)) return k;
    }
  }
  return undefined;
}

/**
 * Writes one kode segment (0 urusan … 4 sub kegiatan) in whichever kode column holds it (five columns: its own; one
 * column: the whole kode; 2–4 columns: the last one holds the remaining segments); returns the cell written.
 */
function setKodeSegment(ctx: Ctx, t: GenTable, row: GenRow, segment: number, text: string, base: string[]): string {
  const segments = base.slice();
  segments[segment] = text;
  return setKode(ctx, t, row, segments, segment);
}

/**
 * Writes a kode over the table's kode columns, only the columns holding the `changed` segments (an urusan typed as a
 * number stays so); returns the cell of the column holding the first of them.
 */
function setKode(ctx: Ctx, t: GenTable, row: GenRow, segments: string[], ...changed: number[]): string {
  const cols = t.columns.kode ?? [];
  const texts = cols.length >= 5 ? segments : cols.length === 1 ? [segments.filter((s) => s !== "").join(".")] : kodeColumnTexts(segments, cols.length);
  const at = (segment: number): number => Math.min(segment, cols.length - 1);
  for (const c of new Set(changed.map(at))) setCell(ctx.gen, t.sheet, row.r, cols[c], texts[c] === "" ? null : texts[c]);
  return a1(row.r, cols[at(changed[0])]);
}

/** The cell of a kode's first segment: where whole-kode findings (duplicate, parent) are anchored. */
function kodeCell(t: GenTable, row: GenRow): string {
  return cellOf(t, row, "kode", 0);
}

const isLevel = (...levels: GenRow["kind"][]) => (_: GenTable, row: GenRow) => levels.includes(row.kind);

function groupThousands(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A target cell holding a count with its unit (not "-", not 0, not a percentage). */
function unitCells(ctx: Ctx, t: GenTable, row: GenRow): ColumnRole[] {
  const ind = indikatorOf(row);
  if (!ind || ind.persen) return [];
  // Layout families leave some target columns out (the official T-C.33 has no Renstra columns).
  return (TARGET_ROLES[t.kind] ?? []).filter((role) => {
    if (t.columns[role] === undefined) return false;
    const v = getCell(ctx.gen, t.sheet, row.r, col(t, role));
    return typeof v === "string" && /\d\s+\S/.test(v);
  });
}

function numberPart(v: CellValue): string {
  return String(v).trim().split(/\s+/)[0];
}

const MISSPELT: Record<string, string> = {
  Dokumen: "Dokumne",
  Laporan: "Lapoan",
  Orang: "Oranng",
  Paket: "Pakett",
  Unit: "Unti",
  Keluarga: "Kelurga",
  Kelompok: "Kelompk",
  Lembaga: "Lembga",
  Stel: "Stell",
  Eksemplar: "Eksemplr",
  "Orang/Bulan": "Orang/Bulam",
  Kegiatan: "Kegiatn",
  Buah: "Buahh",
};
const UNKNOWN_UNITS = ["Pcs", "Lbr", "Btl", "Rim"];
const OTHER_UNITS = ["Dokumen", "Laporan", "Orang", "Paket", "Unit", "Kegiatan"];

function moneyPick(ctx: Ctx, kinds: TableKind[], levels: GenRow["kind"][]): Pick {
  return pickRow(ctx, kinds, (t, row) => levels.includes(row.kind) && t.columns.pagu !== undefined);
}

function malformedMoney(ctx: Ctx, make: (value: number) => string, note: string): Omit<ExpectedFinding, "kind"> {
  const { table, row } = moneyPick(ctx, PAGU_TABLES, ["subkegiatan", "kegiatan"]);
  const value = (row.node as GenNode).pagu;
  const text = make(value);
  setCell(ctx.gen, table.sheet, row.r, col(table, "pagu"), text);
  return { category: "angka", rule: "angka.rupiah-tidak-valid", at: [{ sheet: table.sheet, cell: cellOf(table, row, "pagu") }], note: `${note}: "${text}"` };
}

/**
 * Adds `delta` to a total row (kept right for a change below it). A total already changed by an earlier plant
 * is a number cell; an untouched one equals the plan's total in whatever form it is written.
 */
function bumpTotal(ctx: Ctx, t: GenTable, row: GenRow, role: ColumnRole, delta: number): void {
  markUsed(ctx, t, row);
  const written = getCell(ctx.gen, t.sheet, row.r, col(t, role));
  bumpMoney(ctx, t, row, role, typeof written === "number" ? written : totalOf(ctx.gen), delta);
}

/** Adds `delta` to a money cell, written back as a number cell. */
function bumpMoney(ctx: Ctx, t: GenTable, row: GenRow, role: ColumnRole, value: number, delta: number): void {
  setCell(ctx.gen, t.sheet, row.r, col(t, role), value + delta);
}

function capaianWrong(ctx: Ctx, role: "tingkatRealisasi" | "tingkatCapaianRenstra"): Omit<ExpectedFinding, "kind"> {
  const { table, row } = pickRow(ctx, ["T2.1"], (t, r) => {
    const v = getCell(ctx.gen, t.sheet, r.r, col(t, role));
    return indikatorOf(r) !== undefined && v !== "-" && v !== null;
  });
  const e = (indikatorOf(row) as GenIndikator).evaluasi;
  const sum = (e.sdLalu ?? 0) + (e.realisasiLalu ?? 0) + (e.targetBerjalan ?? 0);
  const right = role === "tingkatRealisasi" ? ((e.realisasiLalu ?? 0) * 100) / (e.targetLalu ?? 1) : (sum * 100) / e.renstra;
  // Clearly wrong, not a rounding matter: off by 7 to 30 points (the other quotient, as planners mix them up).
  const wrong = Math.round(right) + ctx.rng.pick([-1, 1]) * ctx.rng.int(7, 30);
  const text = idNumber(Math.max(0, wrong === Math.round(right) ? wrong + 10 : wrong));
  setCell(ctx.gen, table.sheet, row.r, col(table, role), ctx.rng.chance(0.5) ? Number(text) : text);
  return { category: "capaian", rule: "capaian.tidak-sesuai", at: [{ sheet: table.sheet, cell: cellOf(table, row, role) }], note: `kolom ${role === "tingkatRealisasi" ? 8 : 11} ${text}, benar ${right}` };
}

// ------------------------------------------------------------------ the planters

export const PLANTERS: Record<PlantKind, Planter> = {
  "kode-split": (ctx) => splitPart(ctx, 3, (s) => `${s.slice(0, 3)} ${s.slice(3)}`), // "2.0 1", as PDF pastes wrap it
  "kode-short": (ctx) => {
    const { table, row } = pickRow(ctx, KODE_TABLES, isLevel("subkegiatan"));
    const kode = (row.node as GenNode).kode;
    const short = kode[4].slice(1); // "0010" → "010"
    const cell = setKodeSegment(ctx, table, row, 4, short, kode);
    return { category: "kode", rule: "kode.malformed", at: [{ sheet: table.sheet, cell }], note: `sub kegiatan "${short}"` };
  },
  "kode-truncated": (ctx) => {
    const { table, row } = pickRow(ctx, KODE_TABLES, isLevel("kegiatan", "subkegiatan"));
    const kode = (row.node as GenNode).kode;
    const cut = kode[3].slice(0, 3); // "2.01" → "2.0"
    const cell = setKodeSegment(ctx, table, row, 3, cut, kode);
    return { category: "kode", rule: "kode.truncated", at: [{ sheet: table.sheet, cell }], note: `kegiatan "${cut}"` };
  },
  "kode-program-kegiatan": (ctx) => {
    const { table, row } = pickRow(ctx, KODE_TABLES, isLevel("program"));
    const node = row.node as GenNode;
    const kegiatan = node.children[0].kode[3];
    const cell = setKodeSegment(ctx, table, row, 3, kegiatan, node.kode);
    return { category: "kode", rule: "kode.segmen-berlebih", at: [{ sheet: table.sheet, cell }], note: `program ${node.kode.slice(0, 3).join(".")} with kegiatan ${kegiatan}` };
  },
  "kode-duplicate": (ctx) => {
    const { table, row } = pickRow(ctx, KODE_TABLES, (t, r) => {
      if (r.kind !== "subkegiatan" || !r.node) return false;
      const siblings = parentOf(ctx.gen, r.node)?.children ?? [];
      const i = siblings.indexOf(r.node);
      return i > 0 && !ctx.used.has(`${t.sheet}!${rowOfNode(t, siblings[i - 1]).r}`);
    });
    const node = row.node as GenNode;
    const siblings = (parentOf(ctx.gen, node) as GenNode).children;
    const before = siblings[siblings.indexOf(node) - 1];
    markUsed(ctx, table, rowOfNode(table, before));
    setKodeSegment(ctx, table, row, 4, before.kode[4], node.kode);
    const cell = kodeCell(table, row);
    // Which of the two is wrong cannot be known: no fix.
    return { category: "kode", rule: "kode.duplikat", at: [{ sheet: table.sheet, cell }], note: `sub kegiatan ${before.kode.join(".")} twice`, fix: null, exact: [{ severity: "error", rule: "kode.duplikat", sheet: table.sheet, cell, fix: null }] };
  },
  "kode-not-under-parent": (ctx) => {
    const { table, row } = pickRow(ctx, KODE_TABLES, (_, r) => {
      if (r.kind !== "subkegiatan" || !r.node) return false;
      const program = parentOf(ctx.gen, parentOf(ctx.gen, r.node) as GenNode);
      return (program?.children.length ?? 0) > 1;
    });
    const node = row.node as GenNode;
    const kegiatan = parentOf(ctx.gen, node) as GenNode;
    const other = ctx.rng.pick((parentOf(ctx.gen, kegiatan) as GenNode).children.filter((k) => k !== kegiatan));
    // The other kegiatan's segment, and a sub kegiatan number no row uses: only the placement is wrong.
    const kode = [...node.kode.slice(0, 3), other.kode[3], `9${String(ctx.rng.int(0, 999)).padStart(3, "0")}`];
    setKode(ctx, table, row, kode, 3, 4);
    return { category: "kode", rule: "kode.tidak-di-bawah-induk", at: [{ sheet: table.sheet, cell: kodeCell(table, row) }], note: `${kode.join(".")} under ${kegiatan.kode.slice(0, 4).join(".")}` };
  },
  "kode-level-digit": (ctx) => {
    const { table, row } = pickRow(ctx, KODE_TABLES, isLevel("subkegiatan"));
    const kode = (row.node as GenNode).kode;
    // "9.01" is no level digit at all (1-8 are); "1.01" is a provinsi kegiatan among kabupaten/kota ones.
    const digit = ctx.rng.pick(["9", "1", "3"]);
    const cell = setKodeSegment(ctx, table, row, 3, digit + kode[3].slice(1), kode);
    return { category: "kode", rule: digit === "9" ? "kode.level-digit" : "kode.digit-tingkat-berbeda", at: [{ sheet: table.sheet, cell }], note: `kegiatan ${digit + kode[3].slice(1)}` };
  },
  "satuan-unknown": (ctx) => {
    const { table, row } = pickRow(ctx, ["T2.1", "T3.1", "T4.1", "T4.2"], (t, r) => unitCells(ctx, t, r).length > 0);
    const role = ctx.rng.pick(unitCells(ctx, table, row));
    const ind = indikatorOf(row) as GenIndikator;
    const wrong = ctx.rng.chance(0.6) ? MISSPELT[ind.unit] : ctx.rng.pick(UNKNOWN_UNITS);
    const text = `${numberPart(getCell(ctx.gen, table.sheet, row.r, col(table, role)))} ${ind.unitText === ind.unit ? wrong : wrong.toLowerCase()}`;
    setCell(ctx.gen, table.sheet, row.r, col(table, role), text);
    return { category: "satuan", rule: "satuan.tidak-dikenal", at: [{ sheet: table.sheet, cell: cellOf(table, row, role) }], note: `"${text}"` };
  },
  "satuan-missing": (ctx) => {
    const { table, row } = pickRow(ctx, ["T2.1", "T3.1", "T4.1", "T4.2"], (t, r) => unitCells(ctx, t, r).length > 0);
    const role = ctx.rng.pick(unitCells(ctx, table, row));
    const num = numberPart(getCell(ctx.gen, table.sheet, row.r, col(table, role)));
    setCell(ctx.gen, table.sheet, row.r, col(table, role), /^\d+$/.test(num) && ctx.rng.chance(0.5) ? Number(num) : num);
    return { category: "satuan", rule: "satuan.tanpa-satuan", at: [{ sheet: table.sheet, cell: cellOf(table, row, role) }], note: `"${num}" without unit` };
  },
  "satuan-change": (ctx) => {
    const { table, row } = pickRow(ctx, ["T2.1", "T3.1", "T4.1", "T4.2"], (t, r) => unitCells(ctx, t, r).length > 1);
    // Not the first unit of the row: that one is the reference the others are compared with.
    const role = ctx.rng.pick(unitCells(ctx, table, row).slice(1));
    const ind = indikatorOf(row) as GenIndikator;
    const other = ctx.rng.pick(OTHER_UNITS.filter((u) => u !== ind.unit));
    const text = `${numberPart(getCell(ctx.gen, table.sheet, row.r, col(table, role)))} ${other}`;
    setCell(ctx.gen, table.sheet, row.r, col(table, role), text);
    return { category: "satuan", rule: "satuan.berubah", at: [{ sheet: table.sheet, cell: cellOf(table, row, role) }], note: `${ind.unit} → "${text}"` };
  },
  "satuan-persentase": (ctx) => {
    const { table, row } = pickRow(ctx, ["T2.1", "T3.1", "T4.1", "T4.2"], (t, r) => {
      const ind = indikatorOf(r);
      return ind !== undefined && ind.persen && /^Persentase/.test(ind.text);
    });
    const role = ctx.rng.pick((["T2.1"].includes(table.kind) ? (["targetRenstra", "targetRenjaLalu"] as ColumnRole[]) : (["target", "targetAkhirRenstra"] as ColumnRole[])).filter((r) => table.columns[r] !== undefined));
    const text = `${ctx.rng.int(1, 12)} Dokumen`;
    setCell(ctx.gen, table.sheet, row.r, col(table, role), text);
    return { category: "satuan", rule: "satuan.persentase-bukan-persen", at: [{ sheet: table.sheet, cell: cellOf(table, row, role) }], note: `"${text}" for ${(indikatorOf(row) as GenIndikator).text}` };
  },
  "angka-groups": (ctx) => malformedMoney(ctx, (v) => `${groupThousands(String(v), ".")}0`, "last group of four digits"),
  "angka-trailing-separator": (ctx) => malformedMoney(ctx, (v) => `${groupThousands(String(v), ".")}.`, "trailing separator"),
  "angka-ambiguous": (ctx) =>
    malformedMoney(ctx, (v) => `${groupThousands(String(Math.floor(v / 1000)), ",")}.${String(ctx.rng.int(101, 999))}`, "English groups with three decimals"),
  "capaian-kolom-8": (ctx) => capaianWrong(ctx, "tingkatRealisasi"),
  "capaian-kolom-11": (ctx) => capaianWrong(ctx, "tingkatCapaianRenstra"),
  "capaian-kolom-10": (ctx) => {
    const { table, row } = pickRow(ctx, ["T2.1"], (_, r) => indikatorOf(r) !== undefined);
    const ind = indikatorOf(row) as GenIndikator;
    const e = ind.evaluasi;
    const sum = (e.sdLalu ?? 0) + (e.realisasiLalu ?? 0) + (e.targetBerjalan ?? 0);
    const wrong = sum + Math.max(1, Math.round(sum * 0.2));
    const text = targetText(ind, wrong);
    setCell(ctx.gen, table.sheet, row.r, col(table, "realisasiSdBerjalan"), text);
    return { category: "capaian", rule: "capaian.tidak-sesuai", at: [{ sheet: table.sheet, cell: cellOf(table, row, "realisasiSdBerjalan") }], note: `kolom 10 ${String(text)}, benar ${sum}` };
  },
  "pagu-parent": (ctx) => {
    const { table, row } = moneyPick(ctx, PAGU_TABLES, ["kegiatan", "program"]);
    markFamily(ctx, table, row.node as GenNode); // a second wrong parent above or below would change this one's sum
    const delta = ctx.rng.int(1, 50) * 1_000_000 * ctx.rng.pick([-1, 1]);
    const node = row.node as GenNode;
    bumpMoney(ctx, table, row, "pagu", node.pagu, delta < 0 && -delta >= node.pagu ? -delta : delta);
    return { category: "pagu", rule: "pagu.jumlah-tidak-sesuai", at: [{ sheet: table.sheet, cell: cellOf(table, row, "pagu") }], note: `${node.level} pagu off by ${delta}` };
  },
  "pagu-total": (ctx) => {
    const { table, row } = moneyPick(ctx, PAGU_TABLES, ["total"]);
    const delta = ctx.rng.int(1, 50) * 1_000_000;
    bumpMoney(ctx, table, row, "pagu", totalOf(ctx.gen), delta);
    return { category: "pagu", rule: "pagu.jumlah-tidak-sesuai", at: [{ sheet: table.sheet, cell: cellOf(table, row, "pagu") }], note: `total off by ${delta}` };
  },
  "rkpd-gap": (ctx) => {
    // The analysis asks more for one sub kegiatan than its program's RKPD ceiling leaves; Tabel 2.3's own sums
    // (kegiatan, program, total) follow, so only the gap is wrong.
    const { table, row } = pickRow(ctx, ["T2.3"], isLevel("subkegiatan"));
    const node = row.node as GenNode;
    const kegiatan = parentOf(ctx.gen, node) as GenNode;
    const program = parentOf(ctx.gen, kegiatan) as GenNode;
    const delta = program.paguRkpd - program.pagu + ctx.rng.int(1, 40) * 1_000_000;
    for (const n of [node, kegiatan, program]) {
      const r = rowOfNode(table, n);
      markUsed(ctx, table, r);
      bumpMoney(ctx, table, r, "kebutuhanDana", n.pagu, delta);
    }
    markFamily(ctx, table, program); // a second gap in the same program would change this one
    const total = table.rows.find((r) => r.kind === "total");
    if (total) bumpTotal(ctx, table, total, "kebutuhanDana", delta);
    const programRow = rowOfNode(table, program);
    return { category: "rkpd", rule: "rkpd.kebutuhan-melebihi-pagu", at: [{ sheet: table.sheet, cell: cellOf(table, programRow, "kebutuhanDana") }], note: `kebutuhan ${program.pagu + delta} over RKPD ${program.paguRkpd}` };
  },
  "triwulan-k": (ctx) => {
    const { table, row } = pickRow(ctx, ["T4.2"], isLevel("subkegiatan", "kegiatan", "program"));
    const i = ctx.rng.int(0, 3);
    const role = (["k1", "k2", "k3", "k4"] as const)[i];
    const k = ctx.gen.plan.kShares[i] + ctx.rng.pick([5, 10, -5]);
    setCell(ctx.gen, table.sheet, row.r, col(table, role), k);
    // Four shares that do not add up have no single wrong cell: the rule anchors the row's finding at K of triwulan I.
    return { category: "triwulan", rule: "triwulan.k-tidak-100", at: [{ sheet: table.sheet, cell: cellOf(table, row, "k1") }], note: `${role} = ${k}` };
  },
  "triwulan-rp": (ctx) => {
    const { table, row } = pickRow(ctx, ["T4.2"], isLevel("subkegiatan"));
    const i = ctx.rng.int(0, 3);
    const role = (["rp1", "rp2", "rp3", "rp4"] as const)[i];
    const node = row.node as GenNode;
    const rp = (node.pagu / 1000) * Math.round(ctx.gen.plan.kShares[i] * 10);
    bumpMoney(ctx, table, row, role, rp, 1_000_000);
    // As for K: the row's finding is anchored at Rp of triwulan I.
    return { category: "triwulan", rule: "triwulan.rp-tidak-sama-pagu", at: [{ sheet: table.sheet, cell: cellOf(table, row, "rp1") }], note: `${role} + 1.000.000` };
  },
  "rekonsiliasi-pagu": (ctx) => {
    // Tabel 4.1 gets another pagu for one sub kegiatan, its own sums kept right; Tabel 3.1 keeps the old one.
    const t41 = ctx.gen.tables.find((t) => t.kind === "T4.1");
    const t31 = ctx.gen.tables.find((t) => t.kind === "T3.1");
    if (!t41 || !t31) throw new Error("rekonsiliasi needs Tabel 3.1 and 4.1");
    const { row } = pickRow(ctx, ["T4.1"], isLevel("subkegiatan"));
    const node = row.node as GenNode;
    const delta = ctx.rng.int(1, 20) * 1_000_000;
    bumpMoney(ctx, t41, row, "pagu", node.pagu, delta);
    for (let p = parentOf(ctx.gen, node); p; p = parentOf(ctx.gen, p)) {
      const pr = rowOfNode(t41, p);
      markUsed(ctx, t41, pr);
      bumpMoney(ctx, t41, pr, "pagu", p.pagu, delta);
    }
    const total = t41.rows.find((r) => r.kind === "total");
    if (total) bumpTotal(ctx, t41, total, "pagu", delta);
    // Tabel 3.1 is the reference; the finding sits on the Tabel 4.1 cell that departs from it.
    return { category: "rekonsiliasi", rule: "rekonsiliasi.pagu-berbeda", at: [{ sheet: t41.sheet, cell: cellOf(t41, row, "pagu") }], note: `4.1 pagu ${node.pagu + delta} vs 3.1 ${node.pagu} for ${node.kode.join(".")}` };
  },
  "struktur-ref": (ctx) => {
    const { table, row } = pickRow(ctx, ["T2.1", "T2.3", "T3.1", "T4.1", "T4.2"], isLevel("subkegiatan", "kegiatan"));
    const roles: ColumnRole[] = table.kind === "T2.1" ? ["targetRenstra", "tingkatRealisasi"] : table.kind === "T2.3" ? ["rkpdPagu", "kebutuhanDana"] : ["pagu", "target", "nama"];
    const role = ctx.rng.pick(roles);
    setCell(ctx.gen, table.sheet, row.r, col(table, role), "#REF!");
    return { category: "struktur", rule: "struktur.nilai-galat", at: [{ sheet: table.sheet, cell: cellOf(table, row, role) }], note: `#REF! in ${role}` };
  },
  "kode-split-urusan": (ctx) => {
    // Only the urusan digit can split from its dot inside a cell holding the whole kode ("1 .06.01…"): a table with
    // the kode in one column, or else a row whose whole kode was pasted into the first kode column.
    const single = ctx.gen.tables.some((t) => KODE_TABLES.includes(t.kind) && (t.columns.kode ?? []).length === 1);
    const { table, row } = pickRow(ctx, KODE_TABLES, (t, r) => (!single || (t.columns.kode ?? []).length === 1) && ["program", "kegiatan", "subkegiatan"].includes(r.kind));
    const kode = (row.node as GenNode).kode.filter((x) => x !== "").join(".");
    const text = kode.replace(/^(\d)\./, "$1 .");
    const cols = table.columns.kode ?? [];
    cols.forEach((c, i) => setCell(ctx.gen, table.sheet, row.r, c, i === 0 ? text : null));
    const cell = a1(row.r, cols[0]);
    return { category: "kode", rule: "kode.split", at: [{ sheet: table.sheet, cell }], note: `"${text}"`, expected: "1", fix: kode, exact: [{ severity: "warning", rule: "kode.split", sheet: table.sheet, cell, expected: "1", fix: { cell, value: kode } }] };
  },
  "kode-split-bidang": (ctx) => splitPart(ctx, 1, (s) => `${s[0]} ${s.slice(1)}`),
  "kode-split-program": (ctx) => splitPart(ctx, 2, (s) => `${s[0]}\n${s.slice(1)}`),
  "kode-split-level": (ctx) => splitPart(ctx, 3, (s) => `${s[0]} ${s.slice(1)}`),
  "kode-split-sub": (ctx) => splitPart(ctx, 4, (s) => `${s.slice(0, 2)} ${s.slice(2)}`),
  "kode-duplicate-program": (ctx) => duplicateOf(ctx, "program"),
  "kode-duplicate-kegiatan": (ctx) => duplicateOf(ctx, "kegiatan"),
  "pagu-parent-rp1": (ctx) => {
    const { table, row } = moneyPick(ctx, PAGU_TABLES, ["kegiatan"]);
    markFamily(ctx, table, row.node as GenNode);
    const node = row.node as GenNode;
    const delta = ctx.rng.pick([-1, 1]);
    bumpMoney(ctx, table, row, "pagu", node.pagu, delta);
    const cell = cellOf(table, row, "pagu");
    const exact: ExactFinding[] = [
      { severity: "error", rule: "pagu.jumlah-tidak-sesuai", sheet: table.sheet, cell, expected: idNumber(node.pagu), fix: { cell, value: node.pagu } },
      // The same figure against the table before it (Tabel 3.1 against 2.3's kebutuhan dana, a warning).
      { severity: table.kind === "T3.1" ? "warning" : "error", rule: "rekonsiliasi.pagu-berbeda", sheet: table.sheet, cell, expected: idNumber(node.pagu), fix: null },
    ];
    // Tabel 4.2: its quarters, right, no longer add up to the wrong pagu.
    if (table.kind === "T4.2") exact.push({ severity: "error", rule: "triwulan.rp-tidak-sama-pagu", sheet: table.sheet, cell: cellOf(table, row, "rp1"), expected: idNumber(node.pagu + delta), fix: null });
    return { category: "pagu", rule: "pagu.jumlah-tidak-sesuai", at: [{ sheet: table.sheet, cell }], note: `kegiatan pagu off by Rp ${delta}`, expected: idNumber(node.pagu), fix: node.pagu, exact };
  },
  "capaian-edge": (ctx) => {
    const { table, row } = pickRow(ctx, ["T2.1"], (t, r) => {
      const v = getCell(ctx.gen, t.sheet, r.r, col(t, "tingkatRealisasi"));
      const e = indikatorOf(r)?.evaluasi;
      return e !== undefined && v !== "-" && v !== null && (e.targetLalu ?? 0) > 0;
    });
    const e = (indikatorOf(row) as GenIndikator).evaluasi;
    // Kolom 8 = 7/6 × 100, rounded half up to two decimals (exact in integers), then one hundredth more: the first
    // value beyond the tolerance, which accepts the rounded and the truncated figure.
    const hundredths = Number((BigInt(e.realisasiLalu ?? 0) * 20000n + BigInt(e.targetLalu as number)) / (2n * BigInt(e.targetLalu as number)));
    // Typed with two decimals ("70,60"): a one-decimal text would be a rounding the rule rightly accepts.
    const text = ((hundredths + 1) / 100).toFixed(2).replace(".", ",");
    setCell(ctx.gen, table.sheet, row.r, col(table, "tingkatRealisasi"), text);
    const cell = cellOf(table, row, "tingkatRealisasi");
    return { category: "capaian", rule: "capaian.tidak-sesuai", at: [{ sheet: table.sheet, cell }], note: `kolom 8 ${text}`, expected: idNumber(hundredths / 100), fix: hundredths / 100, exact: [{ severity: "warning", rule: "capaian.tidak-sesuai", sheet: table.sheet, cell, expected: idNumber(hundredths / 100), fix: { cell, value: hundredths / 100 } }] };
  },
  "triwulan-k-edge": (ctx) => {
    const { table, row } = pickRow(ctx, ["T4.2"], isLevel("subkegiatan"));
    const i = ctx.rng.int(0, 3);
    const role = (["k1", "k2", "k3", "k4"] as const)[i];
    // Two decimals written: the rule allows 0,02 for their rounding; 0,1 is beyond it.
    const k = Math.round((ctx.gen.plan.kShares[i] + ctx.rng.pick([0.1, -0.1])) * 100) / 100;
    const text = k.toFixed(2).replace(".", ",");
    setCell(ctx.gen, table.sheet, row.r, col(table, role), text);
    const cell = cellOf(table, row, "k1");
    // Which share is wrong cannot be known: no fix.
    return { category: "triwulan", rule: "triwulan.k-tidak-100", at: [{ sheet: table.sheet, cell }], note: `${role} = ${text}`, expected: "100%", fix: null, exact: [{ severity: "error", rule: "triwulan.k-tidak-100", sheet: table.sheet, cell, expected: "100%", fix: null }] };
  },
  "triwulan-rp-rp1": (ctx) => {
    const { table, row } = pickRow(ctx, ["T4.2"], isLevel("subkegiatan"));
    const i = ctx.rng.int(0, 3);
    const role = (["rp1", "rp2", "rp3", "rp4"] as const)[i];
    const node = row.node as GenNode;
    bumpMoney(ctx, table, row, role, (node.pagu / 1000) * Math.round(ctx.gen.plan.kShares[i] * 10), ctx.rng.pick([-1, 1]));
    const cell = cellOf(table, row, "rp1");
    return { category: "triwulan", rule: "triwulan.rp-tidak-sama-pagu", at: [{ sheet: table.sheet, cell }], note: `${role} off by Rp 1`, expected: idNumber(node.pagu), fix: null, exact: [{ severity: "error", rule: "triwulan.rp-tidak-sama-pagu", sheet: table.sheet, cell, expected: idNumber(node.pagu), fix: null }] };
  },
  "rekonsiliasi-rp1": (ctx) => {
    const t41 = ctx.gen.tables.find((t) => t.kind === "T4.1");
    const t31 = ctx.gen.tables.find((t) => t.kind === "T3.1");
    if (!t41 || !t31) throw new Error("rekonsiliasi needs Tabel 3.1 and 4.1");
    const { row } = pickRow(ctx, ["T4.1"], isLevel("subkegiatan"));
    const node = row.node as GenNode;
    bumpMoney(ctx, t41, row, "pagu", node.pagu, 1);
    // Tabel 4.1 stays consistent (its kegiatan, program and total follow), so each of its figures differs from 3.1's.
    const exact: ExactFinding[] = [{ severity: "error", rule: "rekonsiliasi.pagu-berbeda", sheet: t41.sheet, cell: cellOf(t41, row, "pagu"), expected: idNumber(node.pagu), fix: null }];
    for (let p = parentOf(ctx.gen, node); p; p = parentOf(ctx.gen, p)) {
      const pr = rowOfNode(t41, p);
      markUsed(ctx, t41, pr);
      bumpMoney(ctx, t41, pr, "pagu", p.pagu, 1);
      exact.unshift({ severity: "error", rule: "rekonsiliasi.pagu-berbeda", sheet: t41.sheet, cell: cellOf(t41, pr, "pagu"), expected: idNumber(p.pagu), fix: null });
    }
    const total = t41.rows.find((r) => r.kind === "total");
    if (total) bumpTotal(ctx, t41, total, "pagu", 1);
    return { category: "rekonsiliasi", rule: "rekonsiliasi.pagu-berbeda", at: [{ sheet: t41.sheet, cell: cellOf(t41, row, "pagu") }], note: `4.1 pagu ${node.pagu + 1} vs 3.1 ${node.pagu}`, expected: idNumber(node.pagu), fix: null, exact };
  },
};

/** Splits one part of a kode (1 bidang, 2 program, 3 kegiatan's level digit from its number, 4 sub kegiatan). */
function splitPart(ctx: Ctx, segment: number, split: (s: string) => string): Omit<ExpectedFinding, "kind"> {
  const levels: GenRow["kind"][] = segment <= 2 ? ["program", "kegiatan", "subkegiatan"] : segment === 3 ? ["kegiatan", "subkegiatan"] : ["subkegiatan"];
  const { table, row } = pickRow(ctx, KODE_TABLES, isLevel(...levels));
  const kode = (row.node as GenNode).kode;
  const text = split(kode[segment]);
  const cell = setKodeSegment(ctx, table, row, segment, text, kode);
  // The fix names the whole cell as it should read: the segment alone, or the text of the column holding it.
  const cols = (table.columns.kode ?? []).length;
  const fixed = cols >= 5 ? kode[segment] : cols === 1 ? kode.filter((s) => s !== "").join(".") : kodeColumnTexts(kode, cols)[Math.min(segment, cols - 1)];
  return { category: "kode", rule: "kode.split", at: [{ sheet: table.sheet, cell }], note: `"${text}"`, expected: kode[segment], fix: fixed, exact: [{ severity: "warning", rule: "kode.split", sheet: table.sheet, cell, expected: kode[segment], fix: { cell, value: fixed } }] };
}

/** A program or kegiatan row carrying the kode of the one before it (same parent); the rows under it keep theirs. */
function duplicateOf(ctx: Ctx, level: "program" | "kegiatan"): Omit<ExpectedFinding, "kind"> {
  const segment = level === "program" ? 2 : 3;
  const { table, row } = pickRow(ctx, KODE_TABLES, (t, r) => {
    if (r.kind !== level || !r.node) return false;
    const siblings = parentOf(ctx.gen, r.node)?.children ?? siblingPrograms(ctx.gen, r.node);
    const i = siblings.indexOf(r.node);
    return i > 0 && !ctx.used.has(`${t.sheet}!${rowOfNode(t, siblings[i - 1]).r}`);
  });
  const node = row.node as GenNode;
  const siblings = parentOf(ctx.gen, node)?.children ?? siblingPrograms(ctx.gen, node);
  const before = siblings[siblings.indexOf(node) - 1];
  markUsed(ctx, table, rowOfNode(table, before));
  markFamily(ctx, table, node);
  const fixCell = setKodeSegment(ctx, table, row, segment, before.kode[segment], node.kode);
  // The rows below still carry the node's own kode, which no other row has: that is the fix, in the cell written.
  const own = node.kode.slice(0, segment + 1);
  const cols = (table.columns.kode ?? []).length;
  const value = cols >= 5 ? own[segment] : cols === 1 ? own.join(".") : kodeColumnTexts(own, cols)[Math.min(segment, cols - 1)];
  const cell = kodeCell(table, row);
  return {
    category: "kode",
    rule: "kode.duplikat",
    at: [{ sheet: table.sheet, cell }],
    note: `${level} ${before.kode.slice(0, segment + 1).join(".")} twice`,
    expected: own.join("."),
    fix: value,
    exact: [{ severity: "error", rule: "kode.duplikat", sheet: table.sheet, cell, expected: own.join("."), fix: { cell: fixCell, value } }],
  };
}

/** The programs of the bidang a program belongs to. */
function siblingPrograms(gen: GeneratedWorkbook, node: GenNode): GenNode[] {
  return gen.plan.bidang.find((b) => b.programs.includes(node))?.programs ?? [];
}

/** Plants one error of `kind` in `gen` (changing it in place) and returns the finding the engine should raise. */
export function plant(gen: GeneratedWorkbook, kind: PlantKind, rng: Rng, used: UsedRows = new Set()): ExpectedFinding {
  return { kind, ...PLANTERS[kind]({ gen, rng, used }) };
}

/** The category a kind of planted error belongs to. */
export function categoryOfKind(kind: PlantKind): Category {
  return kind.split("-")[0] as Category;
}
