// Tabel 4.2: the pagu of each sub kegiatan spread over the four triwulan, exact to the Rupiah, and the sheet that
// carries it. Pure: reads a Tabel 4.1 model + its sheet, returns a SheetWrite and findings.
import type { Finding } from "./finding";
import { a1, cellText, type CellValue, type SheetView } from "./grid";
import { layoutGeometry, buildLayoutHeader } from "./layouts/build";
import { LEVEL_DEPTH, type ColumnRole, type TableModel, type TableRow } from "./model";
import { totalRowIndex } from "./rules/money";
import { composedFormula, type ComposedFormula, type SheetWrite, type WriteValue } from "./plan";
import { formatRupiah, parseRupiah } from "./rupiah";
import type { ValidateOptions } from "./rules/context";
import { Findings } from "./finding";
import { nomenklaturRule } from "./rules/nomenklatur";
import { satuanRule } from "./rules/satuan";
import { MONEY_LEVELS, selectTabel42Rows, type LeftOutRow } from "./triwulan-rows";

const TARGET_ROLES: readonly ColumnRole[] = ["targetAkhirRenstra", "realisasiCapaianLalu", "prakiraanCapaian", "target"];

/**
 * What Tabel 4.1's own satuan and nomenclature checks say of its rows, for the copy: targets whose satuan they
 * fault (row → the findings' messages), nama the list gives officially (row → nama), rows it faults otherwise.
 */
function sourceChecks(table41: TableModel, view: SheetView, nomenklatur: ValidateOptions | undefined): { targets: Map<number, string[]>; nama: Map<number, string>; leave: Map<number, string> } {
  const rows = table41.rows;
  const byR = new Map(rows.map((r, i) => [r.r, i]));
  const rowOf = (cell: string): number | undefined => byR.get(Number(/\d+$/.exec(cell)?.[0]) - 1);
  const targets = new Map<number, string[]>();
  const nama = new Map<number, string>();
  const leave = new Map<number, string>();
  const add = (i: number, why: string): void => {
    targets.set(i, [...(targets.get(i) ?? []), why]);
  };
  const satuan = new Findings();
  satuanRule({ table: table41, view, findings: satuan, options: {} });
  for (const f of satuan.list) {
    const i = rowOf(f.cell);
    if (f.severity !== "info" && i !== undefined) add(i, f.message.replace(/\.$/, ""));
  }
  if (nomenklatur?.nomenklatur) {
    const found = new Findings();
    nomenklaturRule({ table: table41, view, findings: found, options: nomenklatur });
    const namaCol = table41.columns.nama?.[0];
    for (const f of found.list) {
      const i = rowOf(f.cell);
      if (f.severity === "info" || i === undefined || rows[i].level === "total") continue;
      if (f.rule === "nomenklatur.satuan-berbeda") add(i, f.message.replace(/\.$/, ""));
      else if (f.fix && namaCol !== undefined && f.fix.cell === a1(rows[i].r, namaCol) && typeof f.fix.value === "string") nama.set(i, f.fix.value);
      else leave.set(i, `menurut daftar nomenklatur: ${f.message.replace(/\.$/, "")}`);
    }
  }
  return { targets, nama, leave };
}

export const TRIWULAN = 4;
export const DEFAULT_PROFILE: readonly number[] = [25, 25, 25, 25];
/** Percent profiles are exact to this many decimals (20,8 % and 33,333333 % are fine; more digits are refused). */
const PERCENT_DECIMALS = 6;
const PERCENT_SCALE = 10 ** PERCENT_DECIMALS;

export type TriwulanErrorKind = "profile-length" | "profile-not-number" | "profile-negative" | "profile-precision" | "profile-sum" | "pagu" | "unit";

/** A profile, pagu or rounding unit that cannot be distributed. `message` is for the planner (Bahasa Indonesia). */
export class TriwulanError extends Error {
  constructor(
    readonly kind: TriwulanErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "TriwulanError";
  }
}

function percentText(p: number): string {
  return String(p).replace(".", ",");
}

/** The profile as integer weights (percent × 10^6), after checking it: four non-negative shares summing to 100. */
export function profileWeights(profile: readonly number[]): bigint[] {
  if (profile.length !== TRIWULAN) throw new TriwulanError("profile-length", `Profil triwulan harus berisi ${TRIWULAN} persentase (triwulan I–IV), bukan ${profile.length}.`);
  const weights: bigint[] = [];
  let total = 0n;
  profile.forEach((p, i) => {
    if (typeof p !== "number" || !Number.isFinite(p)) throw new TriwulanError("profile-not-number", `Persentase triwulan ${i + 1} bukan angka.`);
    if (p < 0) throw new TriwulanError("profile-negative", `Persentase triwulan ${i + 1} (${percentText(p)} %) tidak boleh negatif.`);
    const scaled = Math.round(p * PERCENT_SCALE);
    if (Math.abs(p * PERCENT_SCALE - scaled) > 1e-3 || !Number.isSafeInteger(scaled)) {
      throw new TriwulanError("profile-precision", `Persentase triwulan ${i + 1} (${percentText(p)} %) memiliki lebih dari ${PERCENT_DECIMALS} angka desimal.`);
    }
    weights.push(BigInt(scaled));
    total += BigInt(scaled);
  });
  if (total !== BigInt(100 * PERCENT_SCALE)) {
    const sum = Number(total) / PERCENT_SCALE;
    throw new TriwulanError("profile-sum", `Jumlah persentase triwulan harus 100 %, bukan ${percentText(sum)} %.`);
  }
  return weights;
}

/**
 * Rp per triwulan: `pagu` split by `profile` (percent, default 25/25/25/25), exact to the Rupiah.
 *
 * Largest-remainder method: each triwulan first gets the floor of its exact share (pagu × percent / 100);
 * the rupiah left over go one each to the largest remainders, ties to the earlier triwulan. So the four
 * always sum to the pagu, none is negative, and each is within one Rupiah of its exact share.
 *
 * With a rounding unit (e.g. 1000) the same method hands out whole units. The remainder below one unit
 * (pagu mod unit) belongs to the last triwulan with a non-zero percentage: it is counted in that triwulan's
 * share before the units are handed out, so its figure is the only one that is not a multiple of the unit.
 * Where that triwulan's exact share is smaller than the remainder, it keeps just the remainder. Each
 * triwulan stays within one unit of its exact share, and the sum is still exactly the pagu.
 */
export function distribute(pagu: number, profile: readonly number[] = DEFAULT_PROFILE, opts: { unit?: number } = {}): number[] {
  if (!Number.isSafeInteger(pagu) || pagu < 0) throw new TriwulanError("pagu", `Pagu ${formatRupiah(pagu)} tidak dapat dibagi per triwulan: pagu harus rupiah bulat dan tidak negatif.`);
  const unitNumber = opts.unit ?? 1;
  if (!Number.isSafeInteger(unitNumber) || unitNumber < 1) throw new TriwulanError("unit", `Satuan pembulatan ${String(opts.unit)} tidak sah: harus bilangan bulat positif (mis. 1000).`);
  const weights = profileWeights(profile);
  const W = weights.reduce((s, w) => s + w, 0n);
  const P = BigInt(pagu);
  const U = BigInt(unitNumber);
  const rest = P % U; // below one unit
  const units = P / U;
  let absorb = -1;
  for (let i = TRIWULAN - 1; i >= 0 && absorb < 0; i--) if (weights[i] > 0n) absorb = i;

  // Shares in units, as numerators over W·U. The absorbing triwulan's share is reduced by the remainder it keeps.
  const D = W * U;
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  for (let i = 0; i < TRIWULAN; i++) {
    let n = P * weights[i];
    if (i === absorb) n -= rest * W;
    if (n < 0n) {
      // Its exact share is below the remainder: it keeps the remainder alone and takes no unit.
      floors.push(0n);
      remainders.push(-1n);
    } else {
      floors.push(n / D);
      remainders.push(n % D);
    }
  }
  let left = units - floors.reduce((s, f) => s + f, 0n);
  const order = [0, 1, 2, 3].sort((x, y) => (remainders[y] > remainders[x] ? 1 : remainders[y] < remainders[x] ? -1 : x - y));
  for (const i of order) {
    if (left <= 0n) break;
    floors[i] += 1n;
    left -= 1n;
  }
  return floors.map((f, i) => Number(f * U + (i === absorb ? rest : 0n)));
}

/** Round-half-up percentage with two decimals, exact on integers: share of `part` in `whole`. */
export function sharePercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  const p = BigInt(part);
  const w = BigInt(whole);
  const scaled = p * 10000n; // percent × 100
  const q = (2n * scaled + w) / (2n * w);
  return Number(q) / 100;
}

// ------------------------------------------------------------------------------------------- Tabel 4.2 sheet

export interface Tabel42Options {
  profile?: number[];
  /** Per sub kegiatan profile, by canonical kode text ("1.06.01.2.01.0006"). */
  perRow?: Map<string, number[]>;
  unit?: number;
  sheetName?: string;
  tahun?: number;
  opd?: string;
  /** The nomenclature list in use (as validation has it): official nama written, rows it faults left out. */
  nomenklatur?: ValidateOptions;
}

export interface Tabel42Result {
  write: SheetWrite;
  findings: Finding[];
  /**
   * Sum of the pagu distributed and of each triwulan, for the report; `stated` is the total Tabel 4.1 writes on its
   * total row (where it has a readable one), `leftOut` the rows of Tabel 4.1 left out (pagu unreadable, kode,
   * place or duplicate uncertain, or under such a row), `leftOutRows` which and why.
   */
  totals: { pagu: number; triwulan: number[]; stated?: number; leftOut: number };
  leftOutRows: LeftOutRow[];
  /** Rows whose pagu was distributed. */
  distributed: number;
}

export const TABEL42_SHEET = "Tabel 4.2 (otomatis)";

const COPIED_ROLES: ColumnRole[] = [
  "no",
  "nama",
  "indikator",
  "targetAkhirRenstra",
  "realisasiCapaianLalu",
  "prakiraanCapaian",
  "target",
  "lokasi",
  "sumberDana",
  "prioritasNasional",
  "prioritasDaerah",
  "kelompokSasaran",
  "keterangan",
];

/** Row refs as compact SUM arguments: consecutive rows become ranges (T9:T11,T14). */
function sumFormula(col: string, rows: number[]): ComposedFormula {
  const sorted = [...rows].sort((x, y) => x - y);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${col}${sorted[i] + 1}` : `${col}${sorted[i] + 1}:${col}${sorted[j] + 1}`);
    i = j + 1;
  }
  return composedFormula(`=SUM(${parts.join(",")})`);
}

/**
 * Tabel 4.2 from Tabel 4.1: every row copied (no, kode, nama, indikator, targets, pagu, lokasi, sumber dana, …),
 * K (the profile's percentages) and Rp per triwulan for each row that carries money and has no money rows under it
 * (the sub kegiatan), and live SUM formulas for their kegiatan, program and the total, with computed results.
 * K of a parent is its Rp's share of its pagu (two decimals; 0 where its pagu is 0).
 */
export function generateTabel42(table41: TableModel, view: SheetView, options: Tabel42Options = {}): Tabel42Result {
  const profile = options.profile ?? [...DEFAULT_PROFILE];
  profileWeights(profile); // refuse a bad profile before anything is built
  for (const [kode, p] of options.perRow ?? []) {
    try {
      profileWeights(p);
    } catch (e) {
      if (e instanceof TriwulanError) throw new TriwulanError(e.kind, `Profil sub kegiatan ${kode}: ${e.message}`);
      throw e;
    }
  }
  const sheet = options.sheetName ?? TABEL42_SHEET;
  const tahun = options.tahun ?? new Date().getFullYear() + 1;
  const header = buildLayoutHeader("T4.2", { tahun, opd: options.opd ?? "" }, sheet);
  const geo = layoutGeometry("T4.2");
  const findings: Finding[] = [];
  const col = (role: ColumnRole): number => {
    const c = geo.columns[role];
    if (c === undefined) throw new Error(`layout T4.2 has no ${role} column`);
    return c;
  };
  const width = geo.width;
  const paguCol = col("pagu");
  const kCols = [col("k1"), col("k2"), col("k3"), col("k4")];
  const rpCols = [col("rp1"), col("rp2"), col("rp3"), col("rp4")];
  const letter = (c: number): string => a1(0, c).replace(/\d+$/, "");

  const rows: WriteValue[][] = header.rows.map((r) => [...r]);
  const formats: (string | null)[][] = (header.numberFormats ?? header.rows.map((r) => r.map(() => null))).map((r) => [...r]);
  const results: CellValue[][] = header.rows.map((r) => r.map(() => null));
  const bold: number[] = [...(header.boldRows ?? [])];

  // Which rows go in (certain kode, place and pagu) and which are left out, named in the note (triwulan-rows.ts).
  const checks = sourceChecks(table41, view, options.nomenklatur);
  const selection = {
    ...selectTabel42Rows(table41, view, { extra: checks.leave }),
    officialNama: checks.nama,
    targetsNotCopied: [] as { index: number; row: TableRow; why: string[] }[],
  };
  for (const i of selection.kept) {
    const why = checks.targets.get(i);
    if (why) selection.targetsNotCopied.push({ index: i, row: table41.rows[i], why });
  }
  const outRow = new Map<number, number>(); // index in table41.rows → 0-based output row
  const indexOf = new Map(table41.rows.map((r, i) => [r, i]));
  const kept = selection.kept.map((i) => table41.rows[i]);
  const keptSet = new Set(selection.kept);
  const noTargets = new Set(selection.targetsNotCopied.map((t) => t.index));
  const leftOut = selection.leftOut;
  const children = new Map<number, number[]>();
  const hadKids = new Set(selection.children.keys());
  for (const [p, kids] of selection.children) children.set(p, kids.filter((k) => keptSet.has(k)));

  // Computed figures per source index: pagu and Rp per triwulan (null where unknown).
  const paguOf = new Map<number, number>();
  const rpOf = new Map<number, number[]>();
  let distributed = 0;
  const srcCol = (role: ColumnRole): number | undefined => table41.columns[role]?.[0];
  const pCol = srcCol("pagu");

  const start = rows.length;
  kept.forEach((r, k) => {
    outRow.set(indexOf.get(r) as number, start + k);
  });

  for (const r of kept) {
    const i = indexOf.get(r) as number;
    const out = outRow.get(i) as number;
    const line: WriteValue[] = new Array<WriteValue>(width).fill(null);
    const fmt: (string | null)[] = new Array<string | null>(width).fill(null);
    const kode = [...(selection.kode.get(i) ?? r.kodeParts), "", "", "", "", ""].slice(0, 5);
    const kodeCols = geo.kodeColumns;
    kode.forEach((s, j) => {
      if (j < kodeCols.length) line[kodeCols[j]] = s === "" ? null : s;
    });
    for (const role of COPIED_ROLES) {
      const from = srcCol(role);
      const to = geo.columns[role];
      if (from === undefined || to === undefined || (noTargets.has(i) && TARGET_ROLES.includes(role))) continue;
      const v = role === "nama" && checks.nama.has(i) ? (selection.officialNama.get(i) as string) : view.value(r.r, from);
      line[to] = v === "" ? null : v;
    }
    const kids = children.get(i);
    const paguCell = srcCol("pagu") !== undefined ? view.value(r.r, srcCol("pagu") as number) : null;
    line[paguCol] = paguCell === "" || (kids !== undefined && kids.length === 0) ? null : paguCell;
    fmt[paguCol] = geo.moneyFormat;
    for (const c of rpCols) fmt[c] = geo.moneyFormat;
    for (const c of kCols) fmt[c] = geo.percentFormat;

    if (MONEY_LEVELS.has(r.level) && !hadKids.has(i)) {
      const parsed = parseRupiah(paguCell);
      if (parsed.ok) {
        if (parsed.value < 0) {
          findings.push(note(sheet, a1(out, paguCol), `Pagu ${formatRupiah(parsed.value)} negatif; tidak dibagi per triwulan.`, cellText(paguCell)));
        } else {
          const p = (r.kode && options.perRow?.get(r.kode.text)) || profile;
          const rp = distribute(parsed.value, p, { unit: options.unit });
          line[paguCol] = parsed.value;
          rp.forEach((v, q) => {
            line[rpCols[q]] = v;
            line[kCols[q]] = p[q];
          });
          paguOf.set(i, parsed.value);
          rpOf.set(i, rp);
          distributed++;
        }
      } else if (parsed.kind !== "empty" && parsed.kind !== "dash") {
        findings.push(note(sheet, a1(out, paguCol), `Pagu "${cellText(paguCell)}" pada Tabel 4.1 (${view.name}!${a1(r.r, srcCol("pagu") as number)}) tidak terbaca sebagai rupiah${parsed.message ? ` (${parsed.message.replace(/\.$/, "")})` : ""}; Rp per triwulan dibiarkan kosong.`, cellText(paguCell)));
      }
    }
    rows.push(line);
    formats.push(fmt);
    results.push(new Array<CellValue>(width).fill(null));
    if (r.level !== "subkegiatan" && r.level !== "indikator" && r.level !== "other") bold.push(out + 1);
  }

  // Parents bottom-up: every money row with money children sums them; order by depth so children come first.
  const parents = [...children.keys()].filter((p) => (children.get(p) as number[]).length > 0).sort((x, y) => levelDepth(table41.rows[y].level) - levelDepth(table41.rows[x].level));
  const setSum = (out: number, kidRows: number[], kidPagu: (number | undefined)[], kidRp: (number[] | undefined)[]): { pagu: number; rp: number[] } => {
    const line = rows[out];
    const res = results[out];
    const pagu = kidPagu.reduce<number>((s, v) => s + (v ?? 0), 0);
    // The total over no rows (every row left out) is 0 as a constant: "=SUM()" is no formula.
    line[paguCol] = kidRows.length > 0 ? sumFormula(letter(paguCol), kidRows) : 0;
    res[paguCol] = pagu;
    const rp = [0, 1, 2, 3].map((q) => kidRp.reduce<number>((s, v) => s + (v?.[q] ?? 0), 0));
    rp.forEach((v, q) => {
      line[rpCols[q]] = kidRows.length > 0 ? sumFormula(letter(rpCols[q]), kidRows) : 0;
      res[rpCols[q]] = v;
      const rpRef = `${letter(rpCols[q])}${out + 1}`;
      const paguRef = `${letter(paguCol)}${out + 1}`;
      // A parent without money absorbs nothing: K = 0 rather than a division by zero.
      line[kCols[q]] = composedFormula(`=IF(${paguRef}=0,0,ROUND(${rpRef}/${paguRef}*100,2))`);
      res[kCols[q]] = sharePercent(v, pagu) ?? 0;
    });
    return { pagu, rp };
  };
  for (const p of parents) {
    const kids = children.get(p) as number[];
    const out = outRow.get(p);
    if (out === undefined) continue;
    const before = parseRupiah(view.value(table41.rows[p].r, srcCol("pagu") ?? -1));
    const { pagu, rp } = setSum(
      out,
      kids.map((k) => outRow.get(k) as number),
      kids.map((k) => paguOf.get(k)),
      kids.map((k) => rpOf.get(k)),
    );
    paguOf.set(p, pagu);
    rpOf.set(p, rp);
    if (before.ok && before.value !== pagu) {
      findings.push({
        rule: "triwulan.pagu-induk-berbeda",
        category: "triwulan",
        severity: "warning",
        sheet,
        cell: a1(out, paguCol),
        message: `Pagu ${table41.rows[p].level === "program" ? "program" : "kegiatan"} pada Tabel 4.1 tertulis ${formatRupiah(before.value)}, sedangkan jumlah rinciannya ${formatRupiah(pagu)}; Tabel 4.2 memakai jumlah rinciannya.`,
        expected: pagu,
        actual: before.value,
      });
    }
  }

  // Total: the money rows that have no money parent.
  const roots = kept.map((r) => indexOf.get(r) as number).filter((i) => {
    const p = selection.parentOf(i);
    return MONEY_LEVELS.has(table41.rows[i].level) && !(p !== undefined && MONEY_LEVELS.has(table41.rows[p].level));
  });
  const totalOut = rows.length;
  const totalLine: WriteValue[] = new Array<WriteValue>(width).fill(null);
  totalLine[geo.columns.nama as number] = "JUMLAH";
  const totalFmt: (string | null)[] = new Array<string | null>(width).fill(null);
  totalFmt[paguCol] = geo.moneyFormat;
  for (const c of rpCols) totalFmt[c] = geo.moneyFormat;
  for (const c of kCols) totalFmt[c] = geo.percentFormat;
  rows.push(totalLine);
  formats.push(totalFmt);
  results.push(new Array<CellValue>(width).fill(null));
  bold.push(totalOut + 1);
  const total = setSum(
    totalOut,
    roots.map((k) => outRow.get(k) as number),
    roots.map((k) => paguOf.get(k)),
    roots.map((k) => rpOf.get(k)),
  );

  // Totals state what they cover: a parent (and the JUMLAH row) without some of its rows says so.
  const ketCol = geo.columns.keterangan;
  if (ketCol !== undefined) {
    const missing = new Map<number, number>();
    for (const o of leftOut) {
      if (!MONEY_LEVELS.has(o.row.level)) continue;
      for (let p = selection.parentOf(o.index); p !== undefined; p = selection.parentOf(p)) missing.set(p, (missing.get(p) ?? 0) + 1);
      missing.set(-1, (missing.get(-1) ?? 0) + 1);
    }
    const say = (out: number, n: number | undefined): void => {
      if (!n) return;
      const own = rows[out][ketCol];
      const text = `Jumlah tanpa ${n} baris yang tidak dimasukkan (lihat catatan di bawah tabel)`;
      rows[out][ketCol] = typeof own === "string" && own.trim() !== "" ? `${own}; ${text}` : text;
    };
    for (const [i, out] of outRow) say(out, missing.get(i));
    say(totalOut, missing.get(-1));
  }

  const lastRow = rows.length;
  const noteCol = 0;
  const noteLine = (text: string): void => {
    const l: WriteValue[] = new Array<WriteValue>(width).fill(null);
    l[noteCol] = text;
    rows.push(l);
    formats.push(new Array<string | null>(width).fill(null));
    results.push(new Array<CellValue>(width).fill(null));
  };
  const kodeNama = (row: TableRow, corrected?: string[]): string => {
    const kode = corrected ? corrected.filter((x) => x !== "").join(".") : (row.kode?.text ?? row.kodeText);
    return `${kode ? `${kode} ` : ""}${row.nama}`;
  };
  if (leftOut.length > 0) {
    noteLine("");
    // Starts with "Tabel …" so that a reader of this sheet takes it as a title below the table, not as a row of it.
    noteLine(`Tabel 4.2 di atas tidak memuat ${leftOut.length} baris Tabel 4.1 (${leftOutSummary(leftOut)}); jumlahnya tanpa baris berikut:`);
    for (const o of leftOut) {
      if (o.reason === "pagu") {
        noteLine(`${kodeNama(o.row)} — ${view.name}!${o.paguCell} "${o.paguText}" (${o.paguProblem})`);
        findings.push(note(sheet, a1(rows.length - 1, noteCol), `Sub kegiatan ${kodeNama(o.row).replace(o.row.nama, `"${o.row.nama}"`)} tidak dimasukkan ke Tabel 4.2: ${leftOutWhy(o, view.name)}.`, o.paguText ?? ""));
      } else {
        noteLine(`${kodeNama(o.row)} — ${leftOutWhy(o, view.name)}`);
        findings.push({
          rule: "triwulan.baris-tidak-dimasukkan",
          category: "triwulan",
          severity: "warning",
          sheet,
          cell: a1(rows.length - 1, noteCol),
          message: `${capitalize(LEVEL_LABEL[o.row.level] ?? "baris")} ${kodeNama(o.row).replace(o.row.nama, `"${o.row.nama}"`)} tidak dimasukkan ke Tabel 4.2: ${leftOutWhy(o, view.name)}.`,
          actual: o.row.kode?.text ?? o.row.kodeText,
        });
      }
    }
  }
  for (const [i, nama] of selection.officialNama) {
    const out = outRow.get(i);
    const namaCol = geo.columns.nama;
    if (out === undefined || namaCol === undefined) continue;
    findings.push({
      rule: "triwulan.nama-resmi",
      category: "triwulan",
      severity: "info",
      sheet,
      cell: a1(out, namaCol),
      message: `Nama ${kodeNama(table41.rows[i], selection.kode.get(i)).replace(table41.rows[i].nama, `"${table41.rows[i].nama}"`)} ditulis di Tabel 4.2 sesuai daftar nomenklatur: "${nama}".`,
      actual: table41.rows[i].nama,
    });
  }
  if (selection.targetsNotCopied.length > 0) {
    noteLine("");
    noteLine(`Tabel 4.2 di atas tidak memuat target ${selection.targetsNotCopied.length} baris karena satuannya pada Tabel 4.1 bermasalah (perbaiki di Tabel 4.1, lalu buat ulang):`);
    for (const t of selection.targetsNotCopied) {
      const label = kodeNama(t.row, selection.kode.get(t.index));
      noteLine(`${label} — ${t.why.join("; ")}`);
      findings.push({
        rule: "triwulan.target-tidak-disalin",
        category: "triwulan",
        severity: "info",
        sheet,
        cell: a1(rows.length - 1, noteCol),
        message: `Target ${label.replace(t.row.nama, `"${t.row.nama}"`)} tidak disalin ke Tabel 4.2: pada Tabel 4.1, ${t.why.join("; ")}.`,
      });
    }
  }
  const write: SheetWrite = {
    ...header,
    sheet,
    rows,
    numberFormats: formats,
    results,
    boldRows: bold,
    tableRange: `A${geo.headerTop + 1}:${letter(width - 1)}${lastRow}`,
  };
  const totalIndex = pCol === undefined ? undefined : totalRowIndex(table41, view, ["pagu"]);
  const statedCell = totalIndex === undefined || pCol === undefined ? undefined : parseRupiah(view.value(table41.rows[totalIndex].r, pCol));
  const stated = statedCell?.ok ? statedCell.value : undefined;
  return { write, findings, totals: { pagu: total.pagu, triwulan: total.rp, ...(stated !== undefined ? { stated } : {}), leftOut: leftOut.length }, leftOutRows: leftOut, distributed };
}

/** Sub kegiatan 5, kegiatan 4, program 3: parents are summed deepest first, so their rows are summed before them. */
function levelDepth(level: string): number {
  return level in LEVEL_DEPTH ? LEVEL_DEPTH[level as keyof typeof LEVEL_DEPTH] : 0;
}

const LEVEL_LABEL: Partial<Record<string, string>> = { program: "program", kegiatan: "kegiatan", subkegiatan: "sub kegiatan", indikator: "baris indikator" };

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Why a row is left out, in Bahasa Indonesia (no final period): what the note and the pane say after its kode and nama. */
export function leftOutWhy(o: LeftOutRow, sheet: string): string {
  switch (o.reason) {
    case "pagu":
      return `pagunya pada Tabel 4.1 (${sheet}!${o.paguCell}) "${o.paguText}" tidak terbaca sebagai rupiah (${o.paguProblem})`;
    case "kode":
      return `kodenya tidak dapat dipastikan: ${o.detail ? o.detail.replace(/\.$/, "") : `kodenya "${o.row.kodeText}" tidak lengkap untuk ${o.row.level}`}`;
    case "duplikat":
      return `kode ${o.detail} tertulis ${o.lines?.length} kali pada Tabel 4.1 (baris ${o.lines?.join(", ")}); tidak pasti mana yang dimaksud`;
    case "letak":
      return o.detail ? `letaknya dalam hierarki tidak pasti: induk kodenya (${o.detail}) tidak ada di atasnya pada Tabel 4.1` : "letaknya dalam hierarki tidak pasti: kodenya menunjuk induk lain daripada baris di atasnya";
    case "induk":
      return `induknya (${o.detail}) tidak dimasukkan`;
    case "rincian":
      return "semua rinciannya tidak dimasukkan, sehingga jumlahnya tidak dapat dihitung";
    default:
      return o.detail ?? "";
  }
}

/** "1 pagunya tidak terbaca, 4 kodenya tidak pasti": the left-out rows counted by reason. */
export function leftOutSummary(leftOut: readonly LeftOutRow[]): string {
  const words: Record<LeftOutRow["reason"], string> = {
    pagu: "pagunya tidak terbaca",
    kode: "kodenya tidak pasti",
    duplikat: "kodenya ganda",
    letak: "letaknya tidak pasti",
    nomenklatur: "tidak sesuai daftar nomenklatur",
    induk: "induknya tidak dimasukkan",
    rincian: "semua rinciannya tidak dimasukkan",
  };
  const n = new Map<string, number>();
  for (const o of leftOut) n.set(o.reason, (n.get(o.reason) ?? 0) + 1);
  return (Object.keys(words) as LeftOutRow["reason"][]).filter((k) => n.has(k)).map((k) => `${n.get(k)} ${words[k]}`).join(", ");
}

function note(sheet: string, cell: string, message: string, actual: string): Finding {
  return { rule: "triwulan.pagu-tidak-terbaca", category: "triwulan", severity: "warning", sheet, cell, message, actual };
}
