// The Kepmendagri nomenclature list (kode, nama, indikator, satuan of every urusan … sub kegiatan) as an index
// the nomenklatur rules look kode up in. Built from grids of the list as users download it. Its columns are
// found by header text, wherever the header row is, so these forms all read:
// - the Kemendagri export: one row per sub kegiatan, "BIDANG | PROGRAM | KEGIATAN | SUBKEGIATAN" cells holding
//   "kode nama" together ("1.06.01 PROGRAM PENUNJANG …"), then KINERJA, INDIKATOR, SATUAN, SUBKEGIATAN SEBELUMNYA;
// - one row per level with a "Kode" column (dotted, or split over several columns under a merged "KODE") and a
//   "Nama"/"Uraian"/"Nomenklatur" column;
// - "Kode Program | Nama Program | …" pairs.
// A kode may be listed more than once with different nama (provinsi and kabupaten/kota variants): every
// variant is kept and a row matches when it matches any of them.
import { cellText, SheetView, type CellValue, type SheetGrid } from "./grid";

export type NomenklaturLevel = "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan";

export interface NomenklaturEntry {
  kode: string;
  level: NomenklaturLevel;
  nama: string;
  indikator: string[];
  satuan: string[];
  /** What the list notes about the entry (its update: which sub kegiatan it replaces; a "Keterangan" column). */
  catatan?: string;
  /** The kinerja (output statement), where the list has such a column. */
  kinerja?: string[];
  /** Jenis pemda the entry is listed for ("PROV", "KABKOT"), where the list says. */
  jenisPemda?: string[];
  /** Sub kegiatan this entry replaces in the list's update (column "SUBKEGIATAN SEBELUMNYA"). */
  sebelumnya?: { kode: string; nama: string }[];
}

export interface NomenklaturIndex {
  /** Label of the list (the file name), named in findings. */
  name: string;
  /** The year of the list's update ("pemutakhiran 2027"), where its name or title says. */
  tahun?: number;
  /** Number of distinct kode. */
  size: number;
  /** The entry of a kode (the most frequent nama where the list has variants). Kode of a bidang's own
   * penunjang program (1.06.01…) fall back to the list's shared "X.XX.01…" entries. */
  get(kode: string): NomenklaturEntry | undefined;
  /** Every entry, variants included (a kode listed with two nama yields two). */
  entries(): Iterable<NomenklaturEntry>;
  /** All variants of a kode, most frequent first; the same fallback as get(). */
  variants(kode: string): NomenklaturEntry[];
  /** Entries that the list's update marks as replacing this (old) kode. */
  replacedBy(kode: string): NomenklaturEntry[];
  /** Entries whose nama is the same as `nama` (namaMatches' sense without the level-word leniency). */
  withNama(nama: string): NomenklaturEntry[];
  /** Levels the list holds at all (the Kemendagri export has no urusan rows). */
  levels: ReadonlySet<NomenklaturLevel>;
}

// ---------------------------------------------------------------------------------------------------------
// Kode of the list. The list is the authority, so any kegiatan level digit is accepted here (the 2027 list
// uses 1–8), and "X.XX" marks programs shared by every bidang.

const LIST_KODE = /^(?:[1-9]|X)(?:\.(?:\d{2}|XX)(?:\.\d{2}(?:\.\d\.\d{2}(?:\.\d{4})?)?)?)?$/;
const LEVEL_BY_SEGMENTS: Record<number, NomenklaturLevel | undefined> = { 1: "urusan", 2: "bidang", 3: "program", 5: "kegiatan", 6: "subkegiatan" };
const LEVEL_ORDER: NomenklaturLevel[] = ["urusan", "bidang", "program", "kegiatan", "subkegiatan"];
/** Digits of each dot-separated part of a full kode. */
const PART_WIDTH = [1, 2, 2, 1, 2, 4];

const CLEAN_KODE = /^[0-9X]+(?:\.[0-9X]+)*$/;

/** Kode as a lookup key: no white space, upper-case X. Most kode are clean already: no copy then. */
function kodeKey(kode: string): string {
  if (CLEAN_KODE.test(kode)) return kode;
  return kode.replace(/\s+/g, "").replace(/\.$/, "").toUpperCase();
}

function levelOfKey(key: string): NomenklaturLevel | undefined {
  return LEVEL_BY_SEGMENTS[key.split(".").length];
}

const PURE_KODE = /^[0-9Xx]+(?:\s*\.\s*[0-9Xx]+)*\.?$/;
const KODE_THEN_NAMA = /^([0-9Xx]+(?:\.[0-9Xx]+)*)\.?\s+(\S[\s\S]*)$/;
const SUBKEGIATAN_IN_TEXT = /(?:\d|X)\.(?:\d{2}|XX)\.\d{2}\.\d\.\d{2}\.\d{4}/g;

// ---------------------------------------------------------------------------------------------------------
// Nama comparison.

/**
 * Short forms planners write for words of the official nama ("Kab.", "dgn", "&"). Only forms that never stand
 * for anything else; acronyms the list itself uses (SKPD, ASN, BMD) are left as they are.
 */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\bkab\b\.?/g, "kabupaten"],
  [/\bprov\b\.?/g, "provinsi"],
  [/\bkec\b\.?/g, "kecamatan"],
  [/\bkel\b\.?/g, "kelurahan"],
  [/\bpemkab\b/g, "pemerintah kabupaten"],
  [/\bpemprov\b/g, "pemerintah provinsi"],
  [/\bdgn?\b\.?/g, "dengan"],
  [/\byg\b/g, "yang"],
  [/\butk\b/g, "untuk"],
  [/\bdlm\b/g, "dalam"],
  [/\btdk\b/g, "tidak"],
  [/\bs\/d\b/g, "sampai dengan"],
  [/\bdll\b\.?/g, "dan lain lain"],
  [/\bdsb\b\.?/g, "dan sebagainya"],
  [/&/g, " dan "],
];
/** Cheap test before the replacements: most nama hold none of these forms. */
const MAYBE_ABBREVIATED = /\b(?:kab|prov|kec|kel|pemkab|pemprov|dgn?|yg|utk|dlm|tdk|s\/d|dll|dsb)\b|&/;

/** Lower case letters and digits only: "Kabupaten/ Kota" and "Kabupaten/Kota" compare equal, so do
 * "Hak-Hak" and "Hak Hak", "RKA- SKPD" and "RKA-SKPD"; short forms written out ("Kab." = "Kabupaten"). */
function compact(s: string): string {
  for (let i = 0; i < RECENT; i++) if (recentIn[i] === s) return recentOut[i];
  // Plain ASCII (nearly every nama) has nothing to decompose: NFKD and the accent strip are skipped.
  let t = isAscii(s) ? s.toLowerCase() : s.normalize("NFKD").replace(COMBINING, "").toLowerCase();
  if (MAYBE_ABBREVIATED.test(t)) for (const [re, full] of ABBREVIATIONS) t = t.replace(re, full);
  t = t.replace(NOT_ALNUM, "");
  // A row's nama is looked up by nama twice in a row (sameNamaElsewhere, namaInOtherBidang) and compared with
  // each variant of its kode: the last few texts are kept (nothing that grows with the workbook).
  recentIn[next] = s;
  recentOut[next] = t;
  next = (next + 1) % RECENT;
  return t;
}

const COMBINING = /[\u0300-\u036f]/g;
const NOT_ALNUM = /[^a-z0-9]+/g;
const RECENT = 4;
const recentIn: (string | undefined)[] = new Array<string | undefined>(RECENT);
const recentOut: string[] = new Array<string>(RECENT);
let next = 0;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Level words some sheets leave out ("Sosial" for "URUSAN PEMERINTAHAN BIDANG SOSIAL", "Program" dropped). */
function core(c: string): string {
  return c.replace(/^(urusanpemerintahanbidang|bidangurusan|urusan|program)/, "");
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function ratio(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - levenshtein(a, b) / n;
}

/** Similarity from which two different nama count as "berbeda sedikit" (a typo, "Cetak"/"Cetakan"). */
export const NAMA_SIMILAR = 0.9;

/**
 * Compares two nama ignoring case, spaces and punctuation (and a leading "Program"/"Urusan Pemerintahan
 * Bidang"). `same` when equal that way; otherwise `similarity` in [0, 1] (edit distance over the longer),
 * and ≥ NAMA_SIMILAR means "berbeda sedikit".
 */
export function namaMatches(a: string, b: string): { same: boolean; similarity: number } {
  const ca = compact(a);
  const cb = compact(b);
  if (ca === cb) return { same: true, similarity: 1 };
  const ka = core(ca);
  const kb = core(cb);
  if (ka === kb && ka !== "") return { same: true, similarity: 1 };
  if (ca === "" || cb === "") return { same: false, similarity: 0 };
  return { same: false, similarity: Math.max(ratio(ca, cb), ka && kb ? ratio(ka, kb) : 0) };
}

// ---------------------------------------------------------------------------------------------------------
// Header recognition.

type HeaderRole =
  | { kind: "kode" }
  | { kind: "nama" }
  | { kind: "level"; level: NomenklaturLevel; part: "kode" | "nama" | "auto" }
  | { kind: "indikator" | "kinerja" | "satuan" | "jenisPemda" | "sebelumnya" | "keterangan" };

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const LEVEL_WORDS: [RegExp, NomenklaturLevel][] = [
  [/^sub ?kegiatan$/, "subkegiatan"],
  [/^kegiatan$/, "kegiatan"],
  [/^program$/, "program"],
  [/^(bidang urusan|bidang)( pemerintahan)?$/, "bidang"],
  [/^urusan( pemerintahan)?$/, "urusan"],
];
const ANY_LEVEL_WORD = /sub ?kegiatan|kegiatan|program|bidang urusan|bidang|urusan pemerintahan|urusan/g;

function levelWord(t: string): NomenklaturLevel | undefined {
  for (const [re, level] of LEVEL_WORDS) if (re.test(t)) return level;
  return undefined;
}

/** What a header cell names, or undefined for columns the index does not read (and for data). */
function classifyHeader(text: string): HeaderRole | undefined {
  const t = fold(text);
  if (t === "" || t.length > 100 || /^\d/.test(t)) return undefined;
  if (/\bsebelum|\bsemula\b|\bkode lama\b/.test(t)) return { kind: "sebelumnya" };
  if (/^(jenis )?pemda\b|^tingkat pemerintah/.test(t)) return { kind: "jenisPemda" };
  if (/^satuan\b/.test(t)) return { kind: "satuan" };
  if (/^indikator\b/.test(t)) return { kind: "indikator" };
  if (/^(kinerja|keluaran|output)\b/.test(t)) return { kind: "kinerja" };
  if (/^(keterangan|catatan|status)\b/.test(t)) return { kind: "keterangan" };
  const m = /^(kode|nama|uraian|nomenklatur)(?: (.*))?$/.exec(t);
  const prefix = m?.[1];
  const rest = m ? (m[2] ?? "") : t;
  const level = levelWord(rest);
  if (level) return { kind: "level", level, part: prefix === undefined ? "auto" : prefix === "kode" ? "kode" : "nama" };
  // "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan": one column for every level.
  const words = rest.match(ANY_LEVEL_WORD) ?? [];
  const onlyLevels = rest.replace(ANY_LEVEL_WORD, "").replace(/\b(dan|atau)\b/g, "").trim() === "";
  if (words.length >= 2 && onlyLevels) return prefix === "kode" ? { kind: "kode" } : { kind: "nama" };
  if (prefix === "kode") return { kind: "kode" };
  if (prefix !== undefined) return { kind: "nama" };
  return undefined;
}

interface Layout {
  headerBottom: number;
  /** Kode columns and level columns, left to right. */
  kodeish: { col: number; role: Extract<HeaderRole, { kind: "kode" } | { kind: "level" }> }[];
  nama?: number;
  indikator?: number;
  kinerja?: number;
  satuan?: number;
  jenisPemda?: number;
  sebelumnya?: number;
  keterangan?: number;
  score: number;
}

function layoutOf(roles: (HeaderRole | undefined)[], colStart: number, headerBottom: number): Layout | undefined {
  const layout: Layout = { headerBottom, kodeish: [], score: 0 };
  roles.forEach((role, i) => {
    if (!role) return;
    const col = colStart + i;
    layout.score++;
    switch (role.kind) {
      case "kode":
      case "level":
        layout.kodeish.push({ col, role });
        break;
      default:
        if (layout[role.kind] === undefined) layout[role.kind] = col;
    }
  });
  const kodeSource = layout.kodeish.some((k) => k.role.kind === "kode" || k.role.part !== "nama");
  const namaSource = layout.nama !== undefined || layout.kodeish.some((k) => k.role.kind === "level" && k.role.part !== "kode");
  return kodeSource && namaSource && layout.score >= 2 ? layout : undefined;
}

/** Headers sit near the top; this many rows are searched. */
const HEADER_SEARCH_ROWS = 40;

function findLayout(view: SheetView): Layout | undefined {
  let best: Layout | undefined;
  const last = Math.min(view.rowEnd, view.rowStart + HEADER_SEARCH_ROWS);
  for (let r = view.rowStart; r < last; r++) {
    const single: (HeaderRole | undefined)[] = [];
    const pair: (HeaderRole | undefined)[] = [];
    let subHeaders = 0;
    for (let c = view.colStart; c < view.colEnd; c++) {
      const top = cellText(view.shown(r, c));
      const below = r + 1 < view.rowEnd ? cellText(view.shown(r + 1, c)) : "";
      single.push(classifyHeader(top));
      // A two-row header ("KODE" over "Urusan | Bidang | …"); a cell merged over both rows counts once.
      pair.push(classifyHeader(below === "" || below === top ? top : top === "" ? below : `${top} ${below}`));
      if (below !== "" && below !== top && classifyHeader(below)) subHeaders++;
    }
    const two = r + 1 < view.rowEnd ? layoutOf(pair, view.colStart, r + 1) : undefined;
    // Where the row below holds sub-headers, the two-row reading wins a tie (its header ends lower).
    if (two && subHeaders >= 2) two.score += 0.5;
    for (const candidate of [layoutOf(single, view.colStart, r), two]) {
      if (candidate && (!best || candidate.score > best.score)) best = candidate;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Rows.

interface Occurrence {
  kode: string;
  level: NomenklaturLevel;
  nama: string;
  indikator?: string;
  kinerja?: string;
  satuan?: string;
  jenisPemda?: string;
  sebelumnya: { kode: string; nama: string }[];
  keterangan?: string;
}

/** A numeric segment cell lost its leading zeros (6 for "06"): pad it to the width of its part. */
function segmentText(v: CellValue, partIndex: number): string {
  if (typeof v === "number" && Number.isInteger(v) && v >= 0 && partIndex < PART_WIDTH.length) return String(v).padStart(PART_WIDTH[partIndex], "0");
  return cellText(v);
}

function parseSebelumnya(text: string): { kode: string; nama: string }[] {
  const out: { kode: string; nama: string }[] = [];
  const starts = [...text.matchAll(SUBKEGIATAN_IN_TEXT)];
  starts.forEach((m, i) => {
    const from = m.index ?? 0;
    const to = i + 1 < starts.length ? (starts[i + 1].index ?? text.length) : text.length;
    out.push({ kode: m[0], nama: cellText(text.slice(from + m[0].length, to)).replace(/^[-–:;,\s]+|[;,\s]+$/g, "") });
  });
  return out;
}

/** Dot-separated parts a level's kode has. */
const PARTS_OF_LEVEL: Record<NomenklaturLevel, number> = { urusan: 1, bidang: 2, program: 3, kegiatan: 5, subkegiatan: 6 };

function readRow(view: SheetView, layout: Layout, r: number, problems: Problems): Occurrence[] {
  const found = new Map<NomenklaturLevel, { kode?: string; nama?: string }>();
  const put = (level: NomenklaturLevel, kode: string | undefined, nama: string | undefined): void => {
    const f = found.get(level) ?? {};
    if (kode !== undefined && f.kode === undefined) f.kode = kode;
    if (nama !== undefined && nama !== "" && f.nama === undefined) f.nama = nama;
    found.set(level, f);
  };
  // Pure kode texts from kode / level columns, in column order: one full kode, or segments to join.
  const pieces: { text: string; value: CellValue; level?: NomenklaturLevel }[] = [];
  for (const { col, role } of layout.kodeish) {
    const v = view.value(r, col);
    const t = cellText(v);
    if (t === "") continue;
    const level = role.kind === "level" ? role.level : undefined;
    if (role.kind === "level" && role.part === "nama") {
      put(role.level, undefined, t);
      continue;
    }
    if (PURE_KODE.test(t) || typeof v === "number") {
      pieces.push({ text: kodeKey(t), value: v, level });
      continue;
    }
    const m = KODE_THEN_NAMA.exec(t);
    const key = m ? kodeKey(m[1]) : undefined;
    const keyLevel = key ? levelOfKey(key) : undefined;
    if (m && key && keyLevel) put(keyLevel, key, cellText(m[2]));
    else if (level) put(level, undefined, t); // a level column holding only the nama
    else problems.add(view.name, r, `kode "${t}" tidak terbaca`);
  }
  if (pieces.length > 0) {
    const genericNama = layout.nama !== undefined ? cellText(view.value(r, layout.nama)) : undefined;
    const last = pieces[pieces.length - 1];
    if (pieces.every((p) => p.level !== undefined && levelOfKey(p.text) === p.level)) {
      // Each column holds its level's full kode ("Kode Program" 1.06.04, "Kode Sub Kegiatan" 1.06.04.2.01.0001).
      for (const p of pieces) put(p.level as NomenklaturLevel, p.text, p === last ? genericNama : undefined);
    } else {
      // Split over columns. A numeric cell lost its zeros (6 for "06"): pad it to the width of the part it
      // stands for, counting parts as joined so far (kegiatan "2.01" is two).
      const parts: string[] = [];
      let partCount = 0;
      for (const p of pieces) {
        parts.push(typeof p.value === "number" && Number.isInteger(p.value) ? segmentText(p.value, partCount) : p.text);
        partCount += p.text.split(".").length;
      }
      const kode = parts.join(".");
      const level = levelOfKey(kode);
      if (level) put(level, kode, genericNama);
      else problems.add(view.name, r, `kode "${kode}" tidak berbentuk baku`);
    }
  }
  const out: Occurrence[] = [];
  let deepest: Occurrence | undefined;
  for (const level of LEVEL_ORDER) {
    const f = found.get(level);
    if (!f || f.kode === undefined) continue;
    if (!LIST_KODE.test(f.kode) || levelOfKey(f.kode) !== level) {
      problems.add(view.name, r, `kode "${f.kode}" tidak berbentuk baku`);
      continue;
    }
    if (!f.nama) {
      problems.add(view.name, r, `kode ${f.kode} tanpa nama`);
      continue;
    }
    const o: Occurrence = { kode: f.kode, level, nama: f.nama, sebelumnya: [] };
    // Upper levels repeat on every row: the jenis pemda of their rows tells the provinsi and kabupaten/kota
    // variants of a program apart ("X.XX.01 PROGRAM PENUNJANG … PROVINSI").
    if (layout.jenisPemda !== undefined) {
      const jenis = cellText(view.value(r, layout.jenisPemda)).toUpperCase();
      if (jenis !== "") o.jenisPemda = jenis;
    }
    out.push(o);
    deepest = o;
  }
  if (deepest) {
    const text = (col: number | undefined): string | undefined => {
      if (col === undefined) return undefined;
      const t = cellText(view.value(r, col));
      return t === "" ? undefined : t;
    };
    deepest.indikator = text(layout.indikator);
    deepest.kinerja = text(layout.kinerja);
    deepest.satuan = text(layout.satuan);
    deepest.jenisPemda = text(layout.jenisPemda)?.toUpperCase();
    deepest.keterangan = text(layout.keterangan);
    const sebelumnya = text(layout.sebelumnya);
    if (sebelumnya) {
      deepest.sebelumnya = parseSebelumnya(sebelumnya);
      if (deepest.sebelumnya.length === 0) deepest.keterangan = [deepest.keterangan, `Sebelumnya: ${sebelumnya}`].filter(Boolean).join("; ");
    }
  }
  return out;
}

/** Problems found while reading the list; listed up to a limit, then counted. */
class Problems {
  readonly list: string[] = [];
  private more = 0;
  add(sheet: string, r: number, what: string): void {
    if (this.list.length < 20) this.list.push(`Lembar "${sheet}" baris ${r + 1}: ${what}; baris dilewati.`);
    else this.more++;
  }
  note(message: string): void {
    this.list.push(message);
  }
  finish(): string[] {
    return this.more > 0 ? [...this.list, `… dan ${this.more} baris lain yang dilewati.`] : this.list;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The index.

interface Variant {
  entry: NomenklaturEntry;
  key: string; // compact nama
  count: number;
}

function pushUnique(list: string[], value: string | undefined): void {
  if (value !== undefined && value !== "" && !list.includes(value)) list.push(value);
}

function catatanOf(e: NomenklaturEntry, keterangan: string[]): string | undefined {
  const parts = (e.sebelumnya ?? []).map((s) => `Pemutakhiran: menggantikan ${s.kode}${s.nama ? ` ${s.nama}` : ""}`);
  parts.push(...keterangan);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

class Index implements NomenklaturIndex {
  readonly levels: ReadonlySet<NomenklaturLevel>;
  readonly size: number;

  private readonly byNama = new Map<string, NomenklaturEntry[]>();

  constructor(
    readonly name: string,
    readonly tahun: number | undefined,
    private readonly byKode: Map<string, NomenklaturEntry[]>,
    private readonly byOldKode: Map<string, NomenklaturEntry[]>,
  ) {
    const levels = new Set<NomenklaturLevel>();
    for (const list of byKode.values()) {
      levels.add(list[0].level);
      for (const e of list) {
        const key = compact(e.nama);
        const same = this.byNama.get(key);
        if (same) same.push(e);
        else this.byNama.set(key, [e]);
      }
    }
    this.levels = levels;
    this.size = byKode.size;
  }

  variants(kode: string): NomenklaturEntry[] {
    const key = kodeKey(kode);
    const exact = this.byKode.get(key);
    if (exact) return exact;
    // A kode of any bidang reads the shared "X.XX." entry of its program, kegiatan or sub kegiatan.
    const first = key.indexOf(".");
    const second = first < 0 ? -1 : key.indexOf(".", first + 1);
    if (second < 0 || key.slice(0, first) === "X") return [];
    const shared = this.byKode.get(`X.XX${key.slice(second)}`);
    if (!shared) return [];
    return shared.map((e) => ({ ...e, kode: key, catatan: [`Nomenklatur ${e.kode} berlaku untuk semua bidang urusan`, e.catatan].filter(Boolean).join("; ") }));
  }

  get(kode: string): NomenklaturEntry | undefined {
    return this.variants(kode)[0];
  }

  *entries(): Iterable<NomenklaturEntry> {
    for (const list of this.byKode.values()) yield* list;
  }

  withNama(nama: string): NomenklaturEntry[] {
    return this.byNama.get(compact(nama)) ?? [];
  }

  replacedBy(kode: string): NomenklaturEntry[] {
    return this.byOldKode.get(kodeKey(kode)) ?? [];
  }
}

/**
 * The index over entries given in order (the variants of a kode most frequent first). Lookups by kode, old
 * kode and nama are hash lookups. An entry without catatan gets one naming what it replaces.
 */
export function createNomenklaturIndex(entries: Iterable<NomenklaturEntry>, name: string, tahun?: number): NomenklaturIndex {
  const byKode = new Map<string, NomenklaturEntry[]>();
  const byOldKode = new Map<string, NomenklaturEntry[]>();
  for (const e of entries) {
    if (e.catatan === undefined) {
      const catatan = catatanOf(e, []);
      if (catatan) e.catatan = catatan;
    }
    const list = byKode.get(e.kode);
    if (list) list.push(e);
    else byKode.set(e.kode, [e]);
    for (const s of e.sebelumnya ?? []) {
      const old = byOldKode.get(s.kode);
      if (old) old.push(e);
      else byOldKode.set(s.kode, [e]);
    }
  }
  return new Index(name, tahun, byKode, byOldKode);
}

/** The update year a list's name or title gives ("…-pemutakhiran-2027.xlsx", "Pemutakhiran Tahun 2027"). */
function tahunOfList(name: string, grids: SheetGrid[]): number | undefined {
  const fromName = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(name);
  if (fromName) return Number(fromName[1]);
  for (const g of grids) {
    for (const row of g.values.slice(0, 10)) {
      for (const v of row ?? []) {
        const m = /\b(?:pemutakhiran|tahun)\b\D{0,20}(20\d\d)\b/i.exec(cellText(v));
        if (m) return Number(m[1]);
      }
    }
  }
  return undefined;
}

/**
 * Reads a nomenclature list from one or more sheets (sheets without its header are passed over). `problems`
 * says, in Bahasa Indonesia, which rows were skipped, or that no sheet looks like a nomenclature list (then
 * the index is empty).
 */
export function buildNomenklaturIndex(grid: SheetGrid | SheetGrid[], name: string): { index: NomenklaturIndex; problems: string[] } {
  const grids = Array.isArray(grid) ? grid : [grid];
  const problems = new Problems();
  const variants = new Map<string, Variant[]>();
  const keterangan = new Map<NomenklaturEntry, string[]>();
  let sheetsRead = 0;

  for (const g of grids) {
    const view = new SheetView(g);
    const layout = findLayout(view);
    if (!layout) continue;
    sheetsRead++;
    for (let r = layout.headerBottom + 1; r < view.rowEnd; r++) {
      for (const o of readRow(view, layout, r, problems)) {
        const list = variants.get(o.kode) ?? [];
        if (list.length === 0) variants.set(o.kode, list);
        const key = compact(o.nama);
        let v = list.find((x) => x.key === key);
        if (!v) {
          v = { key, count: 0, entry: { kode: o.kode, level: o.level, nama: o.nama, indikator: [], satuan: [] } };
          list.push(v);
        }
        v.count++;
        const e = v.entry;
        pushUnique(e.indikator, o.indikator);
        pushUnique(e.satuan, o.satuan);
        if (o.kinerja) pushUnique((e.kinerja ??= []), o.kinerja);
        if (o.jenisPemda) pushUnique((e.jenisPemda ??= []), o.jenisPemda);
        for (const s of o.sebelumnya) if (!(e.sebelumnya ??= []).some((x) => x.kode === s.kode)) e.sebelumnya.push(s);
        if (o.keterangan) {
          const k = keterangan.get(e) ?? [];
          pushUnique(k, o.keterangan);
          keterangan.set(e, k);
        }
      }
    }
  }

  const ordered: NomenklaturEntry[] = [];
  for (const list of variants.values()) {
    // Most frequent nama first: typo variants of a program repeat on few rows.
    const entries = list
      .map((v, i) => ({ v, i }))
      .sort((a, b) => b.v.count - a.v.count || a.i - b.i)
      .map(({ v }) => v.entry);
    for (const e of entries) {
      const catatan = catatanOf(e, keterangan.get(e) ?? []);
      if (catatan) e.catatan = catatan;
      ordered.push(e);
    }
  }
  const index = createNomenklaturIndex(ordered, name, tahunOfList(name, grids));

  if (sheetsRead === 0) {
    problems.note(
      `Tidak ditemukan judul kolom daftar nomenklatur (kode dan nama sub kegiatan) pada lembar ${grids.map((g) => `"${g.name}"`).join(", ") || "mana pun"}.`,
    );
  } else if (index.size === 0) {
    problems.note("Judul kolom daftar nomenklatur ditemukan, tetapi tidak ada baris berisi kode dan nama.");
  }
  return { index, problems: problems.finish() };
}
