// Targets with units ("390 Keluarga", "100 (%)", "34 Orang/Bula n"). Units are compared case-insensitively
// and without white space, because PDF pastes wrap words inside a unit ("Eksempla r"). The number part is
// read by parseAngka, so a target number follows the same rules as any other number.

import { parseAngka } from "./angka";
import { SATUAN_NOMENKLATUR } from "./data/satuan-nomenklatur";
import { dateText, formatKind, percentOf } from "./number-format";
import type { CellValue } from "./grid";

export interface Target {
  ok: boolean; // false when the number part is malformed
  value: number | null; // null when no number ("Keluarga" alone)
  unit: string | null; // canonical unit ("Orang", "Paket", "%", "Orang/Bulan", "Dokumen", …) or the raw unit when unknown
  rawUnit: string | null; // as written ("orang", "dokume", "Eksempla r", "(%)")
  known: boolean; // unit is in the known list (case-insensitive, after folding wrap spaces)
  suggestion?: string; // nearest known unit for a misspelt/truncated one ("dokume" → "Dokumen", "Eksempla r" → "Eksemplar")
  percent: boolean;
  empty: boolean; // "", null, "-"
  /** The number part after a safe repair of a wrapped number ("1 200 Orang" → "1200"). */
  repaired?: string;
  /** Why the number part is malformed (Bahasa Indonesia), when ok is false. */
  message?: string;
}

/**
 * Units of Renja tables that the Kepmendagri nomenclature does not use (the sample's "HOK", "Stel", "OB" …).
 * Every satuan of the nomenclature comes from src/renja/data/satuan-nomenklatur.ts (`npm run nomenklatur`).
 */
const HAND_SATUAN: readonly string[] = ["ASN", "Buah", "Bulan", "Hari", "HOK", "Jenis", "KSB", "OB", "Stel", "Surat", "Tahun"];


/** Other spellings of the same unit. */
const ALIASES: readonly (readonly [string, string])[] = [
  ["(%)", "%"],
  ["Persen", "%"],
  ["Persentase", "%"],
  ["Hektar", "Ha"],
  ["Kab/Kota", "Kabupaten/Kota"],
  ["M3/Hari", "M³/Hari"],
  ["Orang Bulan", "OB"],
  // Short forms planners write.
  ["Dok", "Dokumen"],
  ["Dok.", "Dokumen"],
  ["Org", "Orang"],
  ["Pkt", "Paket"],
  ["Eks", "Eksemplar"],
  ["Eks.", "Eksemplar"],
  ["Keg", "Kegiatan"],
  ["Thn", "Tahun"],
  ["Bln", "Bulan"],
];

const SPACES = /\s+/g;

/** Comparison key: lower case, no white space (so "Orang/ Bulan" and "Eksempla r" match). */
function foldKey(unit: string): string {
  return unit.toLowerCase().replace(SPACES, "");
}

const ALIAS_KEYS = new Set(ALIASES.map(([alias]) => foldKey(alias)));

/**
 * Canonical spellings, alphabetical: the nomenclature's units and the hand list; a unit the nomenclature writes
 * that is another's spelling here ("Persentase" for %, "Hektar" for Ha) is an alias, not a unit of its own.
 */
export const KNOWN_SATUAN: readonly string[] = [...SATUAN_NOMENKLATUR, ...HAND_SATUAN]
  .filter((u) => !ALIAS_KEYS.has(foldKey(u)))
  .sort((a, b) => a.localeCompare(b, "id", { sensitivity: "base" }) || a.localeCompare(b));

const BY_KEY = new Map<string, string>();
for (const u of KNOWN_SATUAN) BY_KEY.set(foldKey(u), u);
for (const [alias, canonical] of ALIASES) BY_KEY.set(foldKey(alias), canonical);
const KEYS = [...BY_KEY.keys()];
const CACHE_LIMIT = 5000;

// Target cells repeat a few units thousands of times: remember each written unit's answer (bounded).
const canonicalCache = new Map<string, string | null>();

export function canonicalSatuan(unit: string): string | undefined {
  if (typeof unit !== "string") return undefined;
  const cached = canonicalCache.get(unit);
  if (cached !== undefined) return cached ?? undefined;
  const canonical = BY_KEY.get(foldKey(unit));
  if (canonicalCache.size >= CACHE_LIMIT) canonicalCache.clear();
  canonicalCache.set(unit, canonical ?? null);
  return canonical;
}

/** Levenshtein distance, or max + 1 as soon as it must exceed max. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

// Sheets repeat the same few misspellings on thousands of rows; remember the answers (bounded).
const suggestionCache = new Map<string, string | undefined>();

/**
 * The known unit a misspelt or truncated one most likely meant: within 1 edit (4-5 letters) or 2 edits
 * (6 or more), or the only known unit it is the start of (4 letters or more). A known unit gives its canonical
 * spelling; undefined when nothing is close or two units are equally close.
 */
export function suggestSatuan(unit: string): string | undefined {
  if (typeof unit !== "string") return undefined;
  const key = foldKey(unit);
  const direct = BY_KEY.get(key);
  if (direct !== undefined) return direct;
  if (key.length < 4) return undefined;
  if (suggestionCache.has(key)) return suggestionCache.get(key);

  const max = key.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const k of KEYS) {
    const isPrefix = k.length > key.length && k.startsWith(key);
    const d = distance(key, k, isPrefix ? k.length : max);
    if (d > max && !isPrefix) continue;
    const canonical = BY_KEY.get(k) as string;
    if (d < bestDistance) {
      best = canonical;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && canonical !== best) {
      tie = true;
    }
  }
  const answer = tie ? undefined : best;
  if (suggestionCache.size >= CACHE_LIMIT) suggestionCache.clear();
  suggestionCache.set(key, answer);
  return answer;
}

/** Same unit after canonicalisation ("dokumen" = "Dokumen", "(%)" = "%"); two absent units are the same. */
export function sameSatuan(a: string | null, b: string | null): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a !== "string" || typeof b !== "string") return false;
  const ka = foldKey(canonicalSatuan(a) ?? a);
  const kb = foldKey(canonicalSatuan(b) ?? b);
  return ka === kb;
}

function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 44;
}

function isSpaceChar(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

function emptyTarget(): Target {
  return { ok: true, value: null, unit: null, rawUnit: null, known: false, percent: false, empty: true };
}

function isDash(s: string): boolean {
  return s === "-" || s === "–" || s === "—" || s === "−";
}

/**
 * Reads a target cell ("3 Dokumen", "100%", 12). With the cell's number format, a number reads as Excel shows it:
 * 0,9 under a percentage format is "90%", a number under a date format is a date (not a target).
 */
export function parseTarget(v: CellValue, numberFormat?: string | null): Target {
  if (v === null || v === undefined) return emptyTarget();
  if (typeof v === "number" && numberFormat !== undefined && numberFormat !== null && Number.isFinite(v)) {
    const kind = formatKind(numberFormat);
    if (kind === "percent") return { ok: true, value: percentOf(v), unit: "%", rawUnit: "%", known: true, percent: true, empty: false };
    if (kind === "date") return { ok: false, value: null, unit: null, rawUnit: null, known: false, percent: false, empty: false, message: `Sel berisi tanggal ${dateText(v)} (format tanggal Excel), bukan angka target.` };
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, value: null, unit: null, rawUnit: null, known: false, percent: false, empty: false, message: "Nilai bukan angka yang terhingga." };
    return { ok: true, value: v === 0 ? 0 : v, unit: null, rawUnit: null, known: false, percent: false, empty: false };
  }
  if (typeof v !== "string") return { ok: false, value: null, unit: null, rawUnit: null, known: false, percent: false, empty: false, message: "Target bukan angka atau teks." };
  const t = v.trim();
  if (t === "" || isDash(t)) return emptyTarget();

  // The number is the leading run of digits, separators and the spaces between them (a wrapped number).
  let numberEnd = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isNumberChar(c)) numberEnd = i + 1;
    else if (!isSpaceChar(c)) break;
  }
  const numberText = t.slice(0, numberEnd);
  const rawUnit = t.slice(numberEnd).trim();

  const target: Target = { ok: true, value: null, unit: null, rawUnit: null, known: false, percent: false, empty: false };
  if (numberText !== "") {
    const n = parseAngka(numberText);
    if (n.ok) {
      target.value = n.value;
      if (n.repaired !== undefined) target.repaired = n.repaired;
    } else {
      target.ok = false;
      if (n.message !== undefined) target.message = n.message;
    }
  }
  if (rawUnit !== "") {
    const canonical = canonicalSatuan(rawUnit);
    target.rawUnit = rawUnit;
    target.known = canonical !== undefined;
    target.unit = canonical ?? rawUnit.replace(SPACES, " ");
    target.percent = canonical === "%";
    if (canonical === undefined) {
      const suggestion = suggestSatuan(rawUnit);
      if (suggestion !== undefined) target.suggestion = suggestion;
    }
  }
  return target;
}
