// Generates Renja workbooks (as the engine's WorkbookGrid) from a seed: the tables laid out like the sample
// (title lines, merged header blocks, column-number row, header blocks repeated at page breaks, blank rows),
// filled from a consistent plan (renja-model.ts), written the many valid ways planners write them.
// Every table row is recorded with its sheet row and column roles so plant.ts can put an error in a known cell.
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../src/renja/grid";
import type { ColumnRole, TableKind } from "../../src/renja/model";
import type { NomenklaturIndex } from "../../src/renja/nomenklatur";
import { Rng } from "./prng";
import { buildPlan, totalPagu, walk, type GenBidang, type GenIndikator, type GenNode, type GenPlan } from "./renja-model";
import { buildPlanFromNomenklatur } from "./nomenklatur-plan";
import { familyColumns, familyHeader, headerBlock, titleLines, withKodeColumns, type HeaderBlock } from "./renja-headers";

export const ALL_TABLES: readonly TableKind[] = ["T2.1", "T2.2", "T2.3", "T2.4", "T3.1", "T4.1", "T4.2"];

export interface GenOptions {
  seed: number;
  /** Number of sub kegiatan rows (default 40). */
  subkegiatan?: number;
  /** Tahun rencana (default 2024). */
  tahun?: number;
  kegiatanPerProgram?: [number, number];
  subPerKegiatan?: [number, number];
  tables?: readonly TableKind[];
  /** Data rows per printed page, before the header block repeats (default 18–30). */
  pageRows?: [number, number];
  /** Programs per bidang urusan before the next bidang starts (default 99, the most the kode allows). */
  programsPerBidang?: number;
  /** Draw kode, nama, indikator and satuan from this nomenclature list (kabupaten/kota) instead of made-up ones. */
  nomenklatur?: NomenklaturIndex;
  /**
   * Layout family of the kode tables (3.1, 4.1, 4.2), issue 8: "sampel" (the sample's, default), "resmi" (the
   * Permendagri T-C.33 order, "(1) (2) …" row), "resmi-tanpa-nomor" (the same without it), "sipd" (a SIPD printout:
   * kode over five columns, grouped headers, no number row), "perencana" (a planner's one header row).
   */
  family?: LayoutFamily;
  /**
   * Kode columns of every kode table (1–5; default: five, one table per seed in one column). Over 2–4 columns the
   * first segments each have a column and the last one holds the rest ("1" | "06" | "01" | "2.01.0006").
   */
  kodeColumns?: number;
}

export type LayoutFamily = "sampel" | "resmi" | "resmi-tanpa-nomor" | "sipd" | "perencana";
export const LAYOUT_FAMILIES: readonly LayoutFamily[] = ["sampel", "resmi", "resmi-tanpa-nomor", "sipd", "perencana"];

export type GenRowKind = "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan" | "indikator" | "total" | "other";

/** One table row as generated: where it is and what it stands for. */
export interface GenRow {
  /** Absolute 0-based sheet row. */
  r: number;
  kind: GenRowKind;
  node?: GenNode;
  /** Index into node.indikators of the indikator written on this row. */
  indikator?: number;
}

export interface GenTable {
  kind: TableKind;
  sheet: string;
  /** Absolute sheet columns of each role (kode: five columns, or one in the single-column variant). */
  columns: Partial<Record<ColumnRole, number[]>>;
  rows: GenRow[];
  /** Absolute rows of every column-number row (the first one and each repeat). */
  numberRows: number[];
}

export interface GeneratedWorkbook {
  grid: WorkbookGrid;
  plan: GenPlan;
  tables: GenTable[];
  seed: number;
}

export const MONEY_FORMAT = "#,##0";

const KODE_ROLES: ColumnRole[] = ["no", "kode", "nama", "indikator", "targetAkhirRenstra", "realisasiCapaianLalu", "prakiraanCapaian", "target", "pagu", "lokasi", "sumberDana", "prioritasNasional", "prioritasDaerah", "kelompokSasaran"];

/** Roles by column number (index 0 = column 1), per Permendagri 86/2017. */
const ROLES: Record<TableKind, ColumnRole[]> = {
  "T2.1": ["no", "nama", "indikator", "targetRenstra", "realisasiSdLalu", "targetRenjaLalu", "realisasiRenjaLalu", "tingkatRealisasi", "targetRenjaBerjalan", "realisasiSdBerjalan", "tingkatCapaianRenstra"],
  "T2.2": ["no", "indikator", "spm", "ikk", "targetTahun1", "targetTahun2", "targetTahun3", "targetTahun4", "realisasiTahun1", "realisasiTahun2", "proyeksiTahun1", "proyeksiTahun2", "catatan"],
  "T2.3": ["no", "rkpdNama", "rkpdLokasi", "rkpdIndikator", "rkpdTarget", "rkpdPagu", "kebutuhanNama", "kebutuhanLokasi", "kebutuhanIndikator", "kebutuhanTarget", "kebutuhanDana", "catatan"],
  "T2.4": ["no", "pengusul", "urusan", "usulan", "volume", "permasalahan", "alamat", "catatan"],
  "T3.1": [...KODE_ROLES, "targetMaju", "paguMaju", "penanggungJawab"],
  "T4.1": [...KODE_ROLES, "keterangan"],
  "T4.2": [...KODE_ROLES, "k1", "rp1", "k2", "rp2", "k3", "rp3", "k4", "rp4", "keterangan"],
};

const SHEET_NAMES: Record<TableKind, string> = { "T2.1": "Tabel 2.1", "T2.2": "Tabel 2.2", "T2.3": "Tabel 2.3", "T2.4": "Tabel 2.4", "T3.1": "Tabel 3.1", "T4.1": "Tabel 4.1", "T4.2": "Tabel 4.2" };

const hasKode = (kind: TableKind): boolean => kind === "T3.1" || kind === "T4.1" || kind === "T4.2";

// ------------------------------------------------------------------ number writing

function groupThousands(digits: string, sep: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** Indonesian decimal text: 12.5 → "12,5", 1200 → "1.200". */
export function idNumber(n: number): string {
  const [int, frac] = String(n).split(".");
  return groupThousands(int, ".") + (frac ? `,${frac}` : "");
}

type MoneyStyle = "number" | "id" | "rp" | "id00" | "en" | "en00" | "rpdot";

/** A Rupiah value in one of the valid forms planners write: a number cell, "1.250.000", "Rp 1.250.000,-", … */
export function moneyText(value: number, style: MoneyStyle): CellValue {
  const d = String(value);
  switch (style) {
    case "number":
      return value;
    case "id":
      return groupThousands(d, ".");
    case "rp":
      return `Rp ${groupThousands(d, ".")},-`;
    case "id00":
      return `${groupThousands(d, ".")},00`;
    case "en":
      return groupThousands(d, ",");
    case "en00":
      return `${groupThousands(d, ",")}.00`;
    case "rpdot":
      return `Rp. ${groupThousands(d, ".")}`;
  }
}

function moneyStyle(rng: Rng): MoneyStyle {
  return rng.weighted([["number", 12], ["id", 3], ["rp", 1], ["id00", 1], ["en", 1], ["en00", 1], ["rpdot", 1]] as const);
}

/** A target as the indikator writes it: "12 laporan", "1.200 Orang", "1,200 Orang", "100 (%)", or a number cell. */
export function targetText(ind: GenIndikator, value: number | null): CellValue {
  if (value === null) return "-";
  if (ind.persen) {
    if (ind.percentStyle === "number") return value;
    return `${idNumber(value)}${ind.percentStyle}`;
  }
  if (value === 0) return 0;
  const digits = String(value);
  const num = value >= 1000 ? groupThousands(digits, ind.thousands === "id" ? "." : ",") : digits;
  return `${num} ${ind.unitText}`;
}

/**
 * A capaian percentage (Tabel 2.1 columns 8 and 11) as planners write it: whole when exact, otherwise truncated
 * to one decimal ("85,2" for 85,29…, as in the sample), rounded to one or two decimals, or a rounded number cell.
 */
export function capaianText(num: number, den: number | null, rng: Rng): CellValue {
  if (den === null || den === 0) return "-";
  const q = (num * 100) / den;
  if (Math.abs(q - Math.round(q)) < 1e-9) return rng.chance(0.5) ? Math.round(q) : String(Math.round(q));
  const style = rng.weighted([["trunc1", 3], ["round1", 1], ["round2", 1], ["cell", 1]] as const);
  if (style === "trunc1") return idNumber(Math.floor(q * 10) / 10);
  if (style === "round1") return idNumber(Math.round(q * 10) / 10);
  if (style === "round2") return idNumber(Math.round(q * 100) / 100);
  return Math.round(q * 100) / 100;
}

// ------------------------------------------------------------------ sheet building

interface Line {
  cells: CellValue[];
  formats?: (string | null)[];
  row: Omit<GenRow, "r">;
}

class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: (string | null)[][] = [];
  readonly merges: CellRange[] = [];

  constructor(
    readonly name: string,
    /** Absolute column of the table's first column. */
    readonly c0: number,
  ) {}

  get next(): number {
    return this.values.length;
  }

  put(cells: CellValue[], formats?: (string | null)[]): number {
    const lead = new Array<CellValue>(this.c0).fill(null);
    this.values.push([...lead, ...cells]);
    this.formats.push([...new Array<string | null>(this.c0).fill(null), ...(formats ?? new Array<string | null>(cells.length).fill(null))]);
    return this.values.length - 1;
  }

  blank(): void {
    this.values.push([]);
    this.formats.push([]);
  }

  header(h: HeaderBlock, numericNumbers: boolean): number {
    const top = this.next;
    h.rows.forEach((row, i) => {
      const isNumberRow = i === h.rows.length - 1 && /^1$/.test(row.find((x) => x !== "") ?? "");
      this.put(row.map((t) => (t === "" ? null : isNumberRow && numericNumbers ? Number(t.split(" ")[0]) : t)));
    });
    for (const m of h.merges) this.merges.push({ r1: top + m.r1, r2: top + m.r2, c1: this.c0 + m.c1, c2: this.c0 + m.c2 });
    return this.next - 1; // the column-number row
  }

  /** The sheet's grid; with `trim`, the used range starts at the first used row and the table's first column. */
  build(trim: boolean): SheetGrid {
    let width = 0;
    for (const r of this.values) if (r.length > width) width = r.length; // no spread: 100k rows overflow the stack
    let firstRow = 0;
    if (trim) while (firstRow < this.values.length && this.values[firstRow].every((v) => v === null)) firstRow++;
    const firstCol = trim ? this.c0 : 0;
    const pad = <T>(r: T[], fill: T): T[] => {
      const out = r.slice(firstCol);
      while (out.length < width - firstCol) out.push(fill);
      return out;
    };
    return {
      name: this.name,
      origin: { row: firstRow, col: firstCol },
      values: this.values.slice(firstRow).map((r) => pad(r, null)),
      numberFormats: this.formats.slice(firstRow).map((r) => pad(r, null)),
      merges: this.merges,
      visibility: "visible",
    };
  }
}

interface Layout {
  kind: TableKind;
  width: number;
  kodeWidth: number;
  /** Role → offsets from the table's first column. */
  offsets: Partial<Record<ColumnRole, number[]>>;
}

function layoutOf(kind: TableKind, kodeWidth: number, family: LayoutFamily = "sampel"): Layout {
  const offsets: Partial<Record<ColumnRole, number[]>> = {};
  let c = 0;
  const roles = family !== "sampel" && hasKode(kind) ? familyColumns(kind, family).map((x) => x.role) : ROLES[kind];
  for (const role of roles) {
    if (role === "kode") {
      offsets.kode = Array.from({ length: kodeWidth }, (_, i) => c + i);
      c += kodeWidth;
    } else {
      offsets[role] = [c++];
    }
  }
  return { kind, width: c, kodeWidth, offsets };
}

/** The texts of `n` kode columns: one segment each, the last column the remaining segments joined ("2.01.0006"). */
export function kodeColumnTexts(segments: readonly string[], n: number): string[] {
  const out = segments.slice(0, n - 1).map((s) => s);
  out.push(segments.slice(n - 1).filter((s) => s !== "").join("."));
  return out;
}

class RowWriter {
  readonly cells: CellValue[];
  readonly formats: (string | null)[];
  constructor(private readonly layout: Layout) {
    this.cells = new Array<CellValue>(layout.width).fill(null);
    this.formats = new Array<string | null>(layout.width).fill(null);
  }
  set(role: ColumnRole, v: CellValue, format: string | null = null): this {
    const off = this.layout.offsets[role];
    // Layout families leave some columns out (the official T-C.33 has no Renstra or "No" column).
    if (!off) return this;
    this.cells[off[0]] = v;
    if (format) this.formats[off[0]] = format;
    return this;
  }
  money(role: ColumnRole, value: number, rng: Rng): this {
    const v = moneyText(value, moneyStyle(rng));
    return this.set(role, v, typeof v === "number" ? MONEY_FORMAT : null);
  }
  kode(segments: string[], rng: Rng): this {
    const off = this.layout.offsets.kode ?? [];
    if (off.length === 1) {
      const text = segments.filter((s) => s !== "").join(".");
      this.cells[off[0]] = text === "1" && rng.chance(0.5) ? 1 : text;
    } else {
      kodeColumnTexts(segments, off.length).forEach((s, i) => {
        // An urusan digit is often a number cell; every other segment keeps its zeros as text.
        if (s !== "") this.cells[off[i]] = i === 0 && rng.chance(0.5) ? Number(s) : s;
      });
    }
    return this;
  }
  line(row: Omit<GenRow, "r">): Line {
    return { cells: this.cells, formats: this.formats, row };
  }
}

// ------------------------------------------------------------------ table bodies

function romanOf(n: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** Numbering of the tables without kode: I. program, 1. kegiatan, 1.1 sub kegiatan. */
function* numbered(plan: GenPlan): Generator<{ node: GenNode; bidang: GenBidang; first: boolean; no: string }> {
  let p = 0;
  let k = 0;
  let s = 0;
  for (const item of walk(plan)) {
    const { node } = item;
    if (node.level === "program") {
      p++;
      k = 0;
      yield { ...item, no: `${romanOf(p)}.` };
    } else if (node.level === "kegiatan") {
      k++;
      s = 0;
      yield { ...item, no: `${k}.` };
    } else {
      s++;
      yield { ...item, no: (p + k + s) % 2 === 0 ? `${k}.${s}` : `${k}.${s}.` };
    }
  }
}

function t21Lines(plan: GenPlan, layout: Layout, rng: Rng): Line[] {
  const lines: Line[] = [];
  for (const { node, bidang, first, no } of numbered(plan)) {
    if (first) {
      const label = bidang.urusan === "1" && bidang.bidang === "06" ? "Urusan : Sosial" : `Bidang Urusan : ${bidang.namaBidang}`;
      lines.push(new RowWriter(layout).set("nama", label).line({ kind: bidang.urusan === "1" && bidang.bidang === "06" ? "urusan" : "bidang" }));
    }
    node.indikators.forEach((ind, i) => {
      const w = new RowWriter(layout);
      if (i === 0) w.set("no", no).set("nama", node.nama);
      const e = ind.evaluasi;
      const sum = (e.sdLalu ?? 0) + (e.realisasiLalu ?? 0) + (e.targetBerjalan ?? 0);
      w.set("indikator", ind.text)
        .set("targetRenstra", targetText(ind, e.renstra))
        .set("realisasiSdLalu", targetText(ind, e.sdLalu))
        .set("targetRenjaLalu", targetText(ind, e.targetLalu))
        .set("realisasiRenjaLalu", targetText(ind, e.realisasiLalu))
        .set("tingkatRealisasi", e.realisasiLalu === null ? "-" : capaianText(e.realisasiLalu, e.targetLalu, rng))
        .set("targetRenjaBerjalan", targetText(ind, e.targetBerjalan))
        .set("realisasiSdBerjalan", targetText(ind, sum))
        .set("tingkatCapaianRenstra", capaianText(sum, e.renstra, rng));
      lines.push(w.line(i === 0 ? { kind: node.level, node, indikator: 0 } : { kind: "indikator", node, indikator: i }));
    });
  }
  return lines;
}

function t22Lines(plan: GenPlan, layout: Layout): Line[] {
  const lines: Line[] = [];
  let n = 0;
  for (const { node } of walk(plan)) {
    if (node.level !== "subkegiatan" || n >= 30) continue;
    const ind = node.indikators[0];
    n++;
    const w = new RowWriter(layout).set("no", `${n}.`).set("indikator", ind.text).set("spm", "-").set("ikk", "-");
    const roles: ColumnRole[] = ["targetTahun1", "targetTahun2", "targetTahun3", "targetTahun4", "realisasiTahun1", "realisasiTahun2", "proyeksiTahun1", "proyeksiTahun2"];
    roles.forEach((role, i) => w.set(role, targetText(ind, i === 5 ? ind.prakiraan : i === 4 ? ind.realisasiLalu : ind.target)));
    w.set("catatan", "-");
    lines.push(w.line({ kind: "other", node, indikator: 0 }));
  }
  return lines;
}

function t23Lines(plan: GenPlan, layout: Layout, rng: Rng): Line[] {
  const lines: Line[] = [];
  for (const { node, no } of numbered(plan)) {
    node.indikators.forEach((ind, i) => {
      const w = new RowWriter(layout);
      if (i === 0) {
        w.set("no", no).set("rkpdNama", node.nama).set("rkpdLokasi", "Kab. Malang").set("kebutuhanNama", node.nama).set("kebutuhanLokasi", "Kab. Malang");
        w.money("rkpdPagu", node.paguRkpd, rng).money("kebutuhanDana", node.pagu, rng);
        if (node.paguRkpd !== node.pagu) w.set("catatan", "Penyesuaian kebutuhan dana");
      }
      w.set("rkpdIndikator", ind.text).set("rkpdTarget", targetText(ind, ind.target)).set("kebutuhanIndikator", ind.text).set("kebutuhanTarget", targetText(ind, ind.target));
      lines.push(w.line(i === 0 ? { kind: node.level, node, indikator: 0 } : { kind: "indikator", node, indikator: i }));
    });
  }
  const total = new RowWriter(layout).set("rkpdNama", "JUMLAH").money("rkpdPagu", totalPagu(plan, "paguRkpd"), rng).money("kebutuhanDana", totalPagu(plan), rng);
  lines.push(total.line({ kind: "total" }));
  return lines;
}

function t24Lines(layout: Layout, rng: Rng): Line[] {
  const people = ["HOSEN", "IDHINNINGRUM", "NUR SAID", "TITIK KHOLADAWILA", "MOCHAMAD SHOLEH", "ARIF SUJONO"];
  const lines: Line[] = [];
  for (let i = 1; i <= 6; i++) {
    const w = new RowWriter(layout)
      .set("no", String(i))
      .set("pengusul", rng.pick(people))
      .set("urusan", "SOSIAL")
      .set("usulan", "Usulan Berupa Alat Bantu Mobilitas Bagi Penyandang Disabilitas dan Lanjut Usia")
      .set("volume", `${rng.int(1, 12)} Unit`)
      .set("permasalahan", "Banyak warga yang membutuhkan alat bantu")
      .set("alamat", `Desa ${rng.pick(["Duwet", "Malangsuko", "Sumberporong"])}, Kab. Malang`);
    lines.push(w.line({ kind: "other" }));
  }
  return lines;
}

/** Rp per quarter: exact because every pagu is a multiple of 1000 and every share has at most one decimal. */
export function quarterRp(pagu: number, kShares: readonly number[]): number[] {
  return kShares.map((k) => (pagu / 1000) * Math.round(k * 10));
}

function kodeLines(kind: TableKind, plan: GenPlan, layout: Layout, rng: Rng): Line[] {
  const lines: Line[] = [];
  let programNo = 0;
  const writeMoney = (w: RowWriter, node: GenNode): void => {
    w.money("pagu", node.pagu, rng);
    if (kind === "T3.1") w.money("paguMaju", node.paguMaju, rng);
    if (kind === "T4.2") {
      const rp = quarterRp(node.pagu, plan.kShares);
      (["k1", "k2", "k3", "k4"] as const).forEach((role, i) => {
        const k = plan.kShares[i];
        w.set(role, Number.isInteger(k) && rng.chance(0.7) ? k : idNumber(k));
      });
      (["rp1", "rp2", "rp3", "rp4"] as const).forEach((role, i) => w.money(role, rp[i], rng));
    }
  };
  const writeTargets = (w: RowWriter, ind: GenIndikator): void => {
    w.set("indikator", ind.text)
      .set("targetAkhirRenstra", targetText(ind, ind.akhirRenstra))
      .set("realisasiCapaianLalu", targetText(ind, ind.realisasiLalu))
      .set("prakiraanCapaian", targetText(ind, ind.prakiraan))
      .set("target", targetText(ind, ind.target));
    if (kind === "T3.1") w.set("targetMaju", targetText(ind, ind.targetMaju));
  };
  let urusan = "";
  for (const { node, bidang, first } of walk(plan)) {
    if (first) {
      // One urusan row for all its bidang: the urusan kode is written once per table.
      if (bidang.urusan !== urusan) lines.push(new RowWriter(layout).kode([bidang.urusan, "", "", "", ""], rng).set("nama", bidang.namaUrusan).line({ kind: "urusan" }));
      urusan = bidang.urusan;
      lines.push(new RowWriter(layout).kode([bidang.urusan, bidang.bidang, "", "", ""], rng).set("nama", bidang.namaBidang).line({ kind: "bidang" }));
    }
    node.indikators.forEach((ind, i) => {
      const w = new RowWriter(layout);
      if (i === 0) {
        if (node.level === "program") w.set("no", `${++programNo}.`);
        w.kode(node.kode, rng).set("nama", node.nama);
        writeMoney(w, node);
        if (node.level === "subkegiatan") w.set("lokasi", rng.chance(0.8) ? "Kab. Malang" : "-").set("sumberDana", "Dana Transfer Umum-Dana Alokasi Umum");
        if (kind === "T3.1" && node.level === "program") w.set("penanggungJawab", "Dinas Sosial");
      }
      writeTargets(w, ind);
      lines.push(w.line(i === 0 ? { kind: node.level, node, indikator: 0 } : { kind: "indikator", node, indikator: i }));
    });
  }
  const total = new RowWriter(layout).set("nama", rng.pick(["JUMLAH", "TOTAL", "Jumlah"])).money("pagu", totalPagu(plan), rng);
  if (kind === "T3.1") total.money("paguMaju", totalPagu(plan, "paguMaju"), rng);
  if (kind === "T4.2") {
    const rp = quarterRp(totalPagu(plan), plan.kShares);
    (["k1", "k2", "k3", "k4"] as const).forEach((role, i) => total.set(role, plan.kShares[i]));
    (["rp1", "rp2", "rp3", "rp4"] as const).forEach((role, i) => total.money(role, rp[i], rng));
  }
  lines.push(total.line({ kind: "total" }));
  return lines;
}

// ------------------------------------------------------------------ workbook

function renderTable(kind: TableKind, plan: GenPlan, rng: Rng, o: Required<Omit<GenOptions, "nomenklatur">>, variant: { singleKode: boolean; c0: number; trim: boolean }): { sheet: SheetGrid; table: GenTable } {
  const family = hasKode(kind) ? o.family : "sampel";
  // SIPD printouts always carry the kode over five columns.
  const kodeWidth = hasKode(kind) ? (o.kodeColumns > 0 && family !== "sipd" ? o.kodeColumns : variant.singleKode && family !== "sipd" ? 1 : 5) : 1;
  const layout = layoutOf(kind, kodeWidth, family);
  const header = family !== "sampel" ? familyHeader(kind, family, plan.tahun, kodeWidth) : hasKode(kind) && kodeWidth < 5 ? withKodeColumns(headerBlock(kind, plan.tahun), kodeWidth) : headerBlock(kind, plan.tahun);
  const numericNumbers = rng.chance(0.3);
  const lines =
    kind === "T2.1" ? t21Lines(plan, layout, rng) : kind === "T2.2" ? t22Lines(plan, layout) : kind === "T2.3" ? t23Lines(plan, layout, rng) : kind === "T2.4" ? t24Lines(layout, rng) : kodeLines(kind, plan, layout, rng);

  const b = new SheetBuilder(SHEET_NAMES[kind], variant.c0);
  if (variant.trim) {
    b.blank(); // the used range then starts below an empty first row
  }
  for (const t of titleLines(kind, plan.tahun)) b.put([t]);
  b.blank();
  const numberRows = [b.header(header, numericNumbers)];
  const rows: GenRow[] = [];
  let onPage = 0;
  let pageSize = rng.int(o.pageRows[0], o.pageRows[1]);
  for (const line of lines) {
    if (onPage >= pageSize) {
      // A page break: the PDF's page footer leaves blank rows, then the header block repeats.
      for (let i = rng.int(0, 2); i > 0; i--) b.blank();
      numberRows.push(b.header(header, numericNumbers));
      onPage = 0;
      pageSize = rng.int(o.pageRows[0], o.pageRows[1]);
    }
    const r = b.put(line.cells, line.formats);
    rows.push({ r, ...line.row });
    onPage++;
  }
  const columns: Partial<Record<ColumnRole, number[]>> = {};
  for (const [role, offs] of Object.entries(layout.offsets) as [ColumnRole, number[]][]) columns[role] = offs.map((x) => x + variant.c0);
  return { sheet: b.build(variant.trim), table: { kind, sheet: SHEET_NAMES[kind], columns, rows, numberRows } };
}

function withDefaults(o: GenOptions): Required<Omit<GenOptions, "nomenklatur">> {
  return {
    seed: o.seed,
    subkegiatan: o.subkegiatan ?? 40,
    tahun: o.tahun ?? 2024,
    kegiatanPerProgram: o.kegiatanPerProgram ?? [1, 4],
    subPerKegiatan: o.subPerKegiatan ?? [1, 5],
    tables: o.tables ?? ALL_TABLES,
    pageRows: o.pageRows ?? [18, 30],
    programsPerBidang: o.programsPerBidang ?? 99,
    family: o.family ?? "sampel",
    kodeColumns: o.kodeColumns ?? 0,
  };
}

/** A clean workbook: every table consistent with the plan and with the others. Deterministic from the seed. */
export function generateWorkbook(options: GenOptions): GeneratedWorkbook {
  const o = withDefaults(options);
  const rng = new Rng(o.seed);
  const plan = options.nomenklatur ? buildPlanFromNomenklatur(rng.fork(1), o, options.nomenklatur) : buildPlan(rng.fork(1), o);
  const layoutRng = rng.fork(2);
  // Per seed: one kode table carries the kode in a single column, one table starts away from A1 and one sheet's
  // used range does not start at A1 (as Office.js reports a used range).
  const kodeTables = o.tables.filter(hasKode);
  const single = layoutRng.chance(0.6) && kodeTables.length > 0 ? layoutRng.pick(kodeTables) : undefined;
  const shifted = layoutRng.pick(o.tables);
  const trimmed = layoutRng.pick(o.tables);
  const sheets: SheetGrid[] = [];
  const tables: GenTable[] = [];
  o.tables.forEach((kind, i) => {
    const { sheet, table } = renderTable(kind, plan, rng.fork(10 + i), o, { singleKode: kind === single, c0: kind === shifted ? 2 : 0, trim: kind === trimmed });
    sheets.push(sheet);
    tables.push(table);
  });
  return { grid: { sheets }, plan, tables, seed: o.seed };
}

// ------------------------------------------------------------------ cell access for planting

function sheetOf(gen: GeneratedWorkbook, name: string): SheetGrid {
  const s = gen.grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

export function getCell(gen: GeneratedWorkbook, sheet: string, r: number, c: number): CellValue {
  const s = sheetOf(gen, sheet);
  return s.values[r - s.origin.row]?.[c - s.origin.col] ?? null;
}

export function setCell(gen: GeneratedWorkbook, sheet: string, r: number, c: number, v: CellValue): void {
  const s = sheetOf(gen, sheet);
  const row = s.values[r - s.origin.row];
  const i = c - s.origin.col;
  if (!row || i < 0 || i >= row.length) throw new Error(`cell outside the grid: ${sheet} ${r},${c}`);
  row[i] = v;
  const f = s.numberFormats?.[r - s.origin.row];
  if (f) f[i] = typeof v === "number" ? MONEY_FORMAT : null;
}

/** A deep copy to plant errors in, leaving the clean workbook as it was. */
export function cloneWorkbook(gen: GeneratedWorkbook): GeneratedWorkbook {
  return {
    ...gen,
    grid: {
      sheets: gen.grid.sheets.map((s) => ({
        ...s,
        values: s.values.map((r) => r.slice()),
        numberFormats: s.numberFormats?.map((r) => r.slice()),
        merges: s.merges?.map((m) => ({ ...m })),
      })),
    },
  };
}

export function tableOf(gen: GeneratedWorkbook, kind: TableKind): GenTable | undefined {
  return gen.tables.find((t) => t.kind === kind);
}
