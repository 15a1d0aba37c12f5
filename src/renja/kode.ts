// Kode of the Kepmendagri nomenclature: U.BB.PP.K.KK.SSSS (urusan, bidang, program, kegiatan, sub kegiatan).
// The kegiatan segment "K.KK" carries a level digit K (1 = provinsi, 2 = kabupaten/kota) and its own dot.
// Sheets carry the kode in one cell or over five columns; PDF pastes split segments with spaces and numeric
// cells drop zeros. Each such mistake becomes a problem; a fix is offered only when exactly one reading exists.
// The nomenclature also uses "X.XX" for programs shared by every urusan (X.XX.01 …), accepted here.

import type { CellValue } from "./grid";

export type KodeLevel = "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan";

export interface KodeProblem {
  segment: number; // 0..4 (urusan, bidang, program, kegiatan, subkegiatan)
  /**
   * gap: a later segment filled while an earlier one is empty.
   * lost-leading-zero: a numeric cell dropped a zero Excel does not keep (06 → 6; for kegiatan 2.10 → 2.1).
   */
  kind: "malformed" | "split" | "truncated" | "level-digit" | "lost-leading-zero" | "gap";
  text: string; // the segment as written
  message: string; // Bahasa Indonesia
  fix?: string; // the corrected segment, only where unambiguous
}

export interface Kode {
  segments: string[]; // as written, trimmed, length 5 ("" for absent)
  normalized: string[]; // with unambiguous fixes applied, length 5
  level: KodeLevel | null; // deepest non-empty segment; null when empty
  text: string; // canonical dotted text from `normalized`, e.g. "1.06.01.2.01.0006"
  problems: KodeProblem[];
}

const LEVELS: readonly KodeLevel[] = ["urusan", "bidang", "program", "kegiatan", "subkegiatan"];
const NAMES = ["urusan", "bidang urusan", "program", "kegiatan", "sub kegiatan"];
/** Digits per segment; for kegiatan, the digits after the level digit. */
const WIDTH = [1, 2, 2, 2, 4];
const SHAPE = ["U", "BB", "PP", "K.KK", "SSSS"];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

const SPACE = /\s+/g;

function removeSpaces(s: string): string {
  return s.replace(SPACE, "");
}

/** Format check of one segment (kegiatan: any digit before the dot; the level digit is checked separately). */
function wellFormed(s: string, index: number): boolean {
  switch (index) {
    case 0:
      return s === "X" || (s.length === 1 && s.charCodeAt(0) >= 49 && s.charCodeAt(0) <= 57);
    case 1:
      return s === "XX" || (s.length === 2 && allDigits(s));
    case 2:
      return s.length === 2 && allDigits(s);
    case 3:
      return s.length === 4 && isDigit(s.charCodeAt(0)) && s.charCodeAt(1) === 46 && isDigit(s.charCodeAt(2)) && isDigit(s.charCodeAt(3));
    default:
      return s.length === 4 && allDigits(s);
  }
}

/** The Kepmendagri list uses level digits 1 (provinsi), 2 (kabupaten/kota) and 3–8 for special kegiatan; 0 and 9 never occur. */
function levelDigitOk(s: string): boolean {
  const k = s.charCodeAt(0);
  return k >= 49 && k <= 56;
}

/** All strings of `width` digits obtained by inserting zeros into `digits`, ascending. */
function zeroInsertions(digits: string, width: number): string[] {
  let current = new Set<string>([digits]);
  for (let len = digits.length; len < width; len++) {
    const next = new Set<string>();
    for (const s of current) for (let i = 0; i <= s.length; i++) next.add(s.slice(0, i) + "0" + s.slice(i));
    current = next;
  }
  return [...current].sort();
}

/**
 * The well-formed segments a short segment could have been before zeros were lost, e.g. "010" at sub kegiatan →
 * ["0010", "0100"]. Meant for a resolver that checks them against the nomenclature list.
 */
export function padCandidates(segment: string, index: number): string[] {
  if (typeof segment !== "string" || !Number.isInteger(index) || index < 0 || index > 4) return [];
  const s = removeSpaces(segment);
  if (index === 3) {
    const dot = s.indexOf(".");
    if (dot !== 1 || !isDigit(s.charCodeAt(0))) return [];
    const kk = s.slice(2);
    if (!allDigits(kk) || kk.length > WIDTH[3]) return [];
    return zeroInsertions(kk, WIDTH[3]).map((x) => s[0] + "." + x);
  }
  if (!allDigits(s) || s.length > WIDTH[index]) return [];
  return zeroInsertions(s, WIDTH[index]).filter((x) => wellFormed(x, index));
}

function candidatesNote(segment: string, index: number): string {
  const c = padCandidates(segment, index);
  return c.length > 0 ? ` (kemungkinan: ${c.join(", ")})` : "";
}

interface Checked {
  normalized: string;
  problem?: KodeProblem;
}

function problem(segment: number, kind: KodeProblem["kind"], text: string, message: string, fix?: string): KodeProblem {
  return fix === undefined ? { segment, kind, text, message } : { segment, kind, text, message, fix };
}

/** Diagnoses a segment that is not well-formed as written (text cell). */
function diagnoseText(written: string, index: number): Checked {
  const name = NAMES[index];
  const compact = removeSpaces(written);
  const split = compact !== written;

  if (wellFormed(compact, index)) {
    if (index === 3 && !levelDigitOk(compact)) return { normalized: written, problem: levelDigitProblem(written, compact) };
    if (split) return { normalized: compact, problem: problem(index, "split", written, `Kode ${name} "${written}" terpisah spasi; seharusnya "${compact}".`, compact) };
    return { normalized: compact };
  }

  const joinedNote = split ? ` terpisah spasi dan setelah digabung ("${compact}")` : "";
  if (index === 3) {
    const dot = compact.indexOf(".");
    // "2", "2." and "2.0": the kegiatan number is cut off; the missing digit cannot be guessed.
    if (compact.length <= 3 && isDigit(compact.charCodeAt(0)) && (compact.length === 1 || (dot === 1 && (compact.length === 2 || isDigit(compact.charCodeAt(2)))))) {
      return { normalized: written, problem: problem(index, "truncated", written, `Kode kegiatan "${written}"${joinedNote} terpotong; seharusnya berbentuk K.KK, misalnya 2.01.`) };
    }
    // "201" or "2,01" (decimal comma): one reading only.
    const c = compact.charCodeAt(1);
    if (compact.length === 4 && isDigit(compact.charCodeAt(0)) && c === 44 && isDigit(compact.charCodeAt(2)) && isDigit(compact.charCodeAt(3))) {
      return withFixIfLevelOk(written, index, compact[0] + "." + compact.slice(2), `memakai koma`);
    }
    if (compact.length === 3 && allDigits(compact)) return withFixIfLevelOk(written, index, compact[0] + "." + compact.slice(1), `tanpa titik`);
    return { normalized: written, problem: problem(index, "malformed", written, `Kode kegiatan "${written}"${joinedNote} tidak sesuai bentuk K.KK (misalnya 2.01).`) };
  }

  if (allDigits(compact) && compact.length < WIDTH[index]) {
    const digits = WIDTH[index] === 1 ? "satu digit" : `${WIDTH[index]} digit`;
    return { normalized: written, problem: problem(index, "malformed", written, `Kode ${name} "${written}"${joinedNote} hanya ${compact.length} digit; seharusnya ${digits}${candidatesNote(compact, index)}.`) };
  }
  if (allDigits(compact) && compact.length > WIDTH[index]) {
    return { normalized: written, problem: problem(index, "malformed", written, `Kode ${name} "${written}"${joinedNote} berisi ${compact.length} digit; seharusnya ${WIDTH[index]} digit.`) };
  }
  return { normalized: written, problem: problem(index, "malformed", written, `Kode ${name} "${written}" tidak sesuai bentuk ${SHAPE[index]}.`) };
}

function levelDigitProblem(written: string, compact: string): KodeProblem {
  return problem(3, "level-digit", written, `Digit tingkat pada kode kegiatan "${written}" adalah ${compact[0]}; seharusnya 1–8 (1 provinsi, 2 kabupaten/kota).`);
}

function withFixIfLevelOk(written: string, index: number, fixed: string, how: string): Checked {
  if (!levelDigitOk(fixed)) return { normalized: written, problem: levelDigitProblem(written, fixed) };
  return { normalized: fixed, problem: problem(index, "malformed", written, `Kode kegiatan "${written}" ditulis ${how}; seharusnya "${fixed}".`, fixed) };
}

/** A numeric cell: Excel dropped leading zeros (6 for "06") or, for kegiatan, a trailing zero (2.1 for "2.10"). */
function checkNumber(v: number, index: number): Checked {
  const written = String(v);
  const name = NAMES[index];
  if (!Number.isFinite(v) || v < 0) return { normalized: written, problem: problem(index, "malformed", written, `Kode ${name} ${written} bukan kode yang valid.`) };
  if (index === 3) {
    if (wellFormed(written, 3)) {
      if (!levelDigitOk(written)) return { normalized: written, problem: levelDigitProblem(written, written) };
      return { normalized: written };
    }
    const dot = written.indexOf(".");
    if (dot === 1 && written.length === 3) {
      const fixed = written + "0";
      if (!levelDigitOk(fixed)) return { normalized: written, problem: levelDigitProblem(written, fixed) };
      return { normalized: fixed, problem: problem(index, "lost-leading-zero", written, `Kode kegiatan ditulis sebagai angka ${written}: angka kehilangan nol di belakang; seharusnya "${fixed}" (format sel sebagai teks).`, fixed) };
    }
    return diagnoseText(written, index);
  }
  if (!Number.isInteger(v) || !allDigits(written)) return { normalized: written, problem: problem(index, "malformed", written, `Kode ${name} ${written} bukan kode yang valid.`) };
  if (written.length < WIDTH[index]) {
    const fixed = written.padStart(WIDTH[index], "0");
    return { normalized: fixed, problem: problem(index, "lost-leading-zero", written, `Kode ${name} ditulis sebagai angka ${written}: angka kehilangan nol di depan; seharusnya "${fixed}" (format sel sebagai teks).`, fixed) };
  }
  if (wellFormed(written, index)) return { normalized: written };
  return diagnoseText(written, index);
}

/** `inText`: the segment was cut from a longer text at its dots, so a space at its ends is a split, not padding. */
function checkSegment(v: CellValue, index: number, inText = false): { written: string } & Checked {
  if (typeof v === "number") return { written: String(v), ...checkNumber(v, index) };
  const trimmed = typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : String(v);
  const written = inText && typeof v === "string" && trimmed !== "" ? v : trimmed;
  if (written === "") return { written, normalized: "" };
  if (typeof v === "boolean") return { written, normalized: written, problem: problem(index, "malformed", written, `Kode ${NAMES[index]} berisi nilai logika ${written.toUpperCase()}.`) };
  if (wellFormed(written, index)) {
    if (index === 3 && !levelDigitOk(written)) return { written, normalized: written, problem: levelDigitProblem(written, written) };
    return { written, normalized: written };
  }
  return { written, ...diagnoseText(written, index) };
}

/**
 * Segment texts repeat on every row of a table ("1", "06", "2.01"): one copy of each is kept while parsing, so a
 * table of 100k rows holds a few thousand segment strings rather than half a million. Bounded: emptied when full.
 */
const interned = new Map<string, string>();
const INTERN_LIMIT = 20_000;

function intern(s: string): string {
  if (s.length > 8) return s;
  const hit = interned.get(s);
  if (hit !== undefined) return hit;
  if (interned.size >= INTERN_LIMIT) interned.clear();
  interned.set(s, s);
  return s;
}

/** The problems of a sound kode: one shared, frozen empty list (nothing adds to a parsed kode's problems). */
const NO_PROBLEMS: KodeProblem[] = Object.freeze([] as KodeProblem[]) as KodeProblem[];

function build(values: CellValue[], inText = false): Kode {
  const segments: string[] = [];
  const normalized: string[] = [];
  let problems: KodeProblem[] | undefined;
  let deepest = -1;
  let same = true;
  for (let i = 0; i < 5; i++) {
    const c = checkSegment(values[i] ?? null, i, inText);
    const written = intern(c.written);
    segments.push(written);
    if (c.normalized === c.written) normalized.push(written);
    else {
      normalized.push(intern(c.normalized));
      same = false;
    }
    if (c.problem) (problems ??= []).push(c.problem);
    if (c.written !== "") deepest = i;
  }
  for (let i = 0; i < deepest; i++) {
    if (segments[i] === "") (problems ??= []).push({ segment: i, kind: "gap", text: "", message: `Kode ${NAMES[i]} kosong, padahal kode ${NAMES[deepest]} terisi.` });
  }
  if (problems && problems.length > 1) problems.sort((a, b) => a.segment - b.segment);
  return {
    segments,
    // Nothing changes the segments of a parsed kode: where none was normalized, both are the same list.
    normalized: same ? segments : normalized,
    level: deepest < 0 ? null : LEVELS[deepest],
    text: deepest < 0 ? "" : normalized.slice(0, deepest + 1).join("."),
    problems: problems ?? NO_PROBLEMS,
  };
}

/** Splits dotted text: 1 | 06 | 01 | 2.01 | 0006 (the kegiatan segment keeps its own dot). */
function splitDotted(text: string): string[] {
  // A space or line break next to a dot stays in its segment ("1 .06", "2 .01"): reported as a split like "0 6".
  const t = text.split(".");
  const seg = (i: number): string => t[i] ?? "";
  const kegiatan = t.length > 4 ? `${seg(3)}.${seg(4)}` : seg(3);
  const sub = t.length > 6 ? t.slice(5).join(".") : seg(5);
  return [seg(0), seg(1), seg(2), kegiatan, sub];
}

export function parseKodeText(text: string): Kode {
  if (typeof text !== "string") return build([]);
  const t = text.trim();
  if (t === "") return build([]);
  const k = build(splitDotted(t), true);
  // The canonical text is usually the text as written: the row's string is kept rather than a copy.
  if (k.text === t) k.text = t;
  return k;
}

/** A canonical kode, every segment well-formed (level digit 1–8): it parses without problems, as written. */
const CANONICAL = /^(?:[1-9]|X)(?:\.(?:\d\d|XX)(?:\.\d\d(?:\.[1-8]\.\d\d(?:\.\d{4})?)?)?)?$/;

/**
 * One to five cells; a single cell holding a dotted kode is split. `inText`: the parts were cut from cells holding
 * several segments (kode over 2–4 columns), so a space at a part's ends is a split.
 */
export function parseKodeParts(parts: CellValue[], inText = false): Kode {
  if (!Array.isArray(parts) || parts.length === 0) return build([]);
  const first = parts[0];
  let restEmpty = true;
  for (let i = 1; i < parts.length && restEmpty; i++) {
    const p = parts[i];
    if (p !== null && p !== undefined && !(typeof p === "string" && p.trim() === "")) restEmpty = false;
  }
  if (restEmpty && (parts.length === 1 || (typeof first === "string" && first.includes(".")))) {
    if (typeof first === "string") return parseKodeText(first);
    // A lone numeric cell: 1 is an urusan, 1.06 a bidang typed as a number.
    if (typeof first === "number" && Number.isFinite(first)) return parseKodeText(String(first));
    return build([first]);
  }
  return build(parts.slice(0, 5), inText);
}

export function kodeLevel(text: string): KodeLevel | null {
  return parseKodeText(text).level;
}

/** True for a complete, canonical kode at any level ("1", "1.06", …, "1.06.01.2.01.0006"). */
export function isValidKode(text: string): boolean {
  if (typeof text !== "string") return false;
  const k = parseKodeText(text);
  return k.level !== null && k.problems.length === 0 && k.text === text.trim();
}

/**
 * "1.06.01.2.01.0006" → "1.06.01.2.01"; … "1.06" → "1". Only the parent's segments need to be readable
 * ("1.06.01.2.01.010" still has parent "1.06.01.2.01"); null for an urusan or when they are not.
 */
export function parentKode(text: string): string | null {
  // Asked for every row of a table (and up its ancestors): a canonical kode is cut at its last segment.
  if (typeof text === "string" && CANONICAL.test(text)) {
    const last = text.lastIndexOf(".");
    if (last < 0) return null;
    // The kegiatan segment K.KK holds a dot of its own: a kegiatan (five dotted parts) loses two.
    let dots = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 46) dots++;
    return text.slice(0, dots === 4 ? text.lastIndexOf(".", last - 1) : last);
  }
  const k = parseKodeText(text);
  if (k.level === null || k.level === "urusan") return null;
  const depth = LEVELS.indexOf(k.level);
  for (const p of k.problems) if (p.segment < depth && p.fix === undefined) return null;
  return k.normalized.slice(0, depth).join(".");
}
