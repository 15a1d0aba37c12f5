// Row levels (urusan … sub kegiatan) and parents. From the kode where a table has one (3.1, 4.1, 4.2),
// from the numbering (I., 1., 1.1) where it has none (2.1, 2.2, 2.3).
import { parentKode, parseKodeParts, type Kode } from "../kode";
import { LEVEL_DEPTH, type RowLevel, type TableRow } from "../model";
import type { CellValue } from "../grid";

/** A kode whose every problem has an unambiguous fix: its normalized text is what the planner meant. */
export function kodeIsSound(kode: Kode | undefined): kode is Kode {
  if (kode === undefined) return false;
  for (const p of kode.problems) if (p.fix === undefined) return false;
  return true;
}

/** The normalized segments 0…depth-1 joined, when each is present and has no unfixable problem (no re-parsing). */
export function kodePrefix(kode: Kode, depth: number): string | undefined {
  for (const p of kode.problems) if (p.segment < depth && p.fix === undefined) return undefined;
  // kode.text is the normalized segments joined down to the kode's level: the prefix is its start (asked for
  // every row and its parent, so no string is built from the segments).
  let length = depth - 1;
  for (let i = 0; i < depth; i++) {
    const seg = kode.normalized[i];
    if (!seg) return undefined;
    length += seg.length;
  }
  return length === kode.text.length ? kode.text : kode.text.slice(0, length);
}

const ROMAN = /^(?=[ivxlc]+$)m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$/i;
// Module-level: a regex literal in a function is a new object on every call, and these run for every row.
const ARABIC = /^\d+$/;
const DOTTED = /^\d+(\.\d+)+$/;
const NAMA_PROGRAM = /^program\b/i;
const NAMA_BIDANG = /^bidang\s+urusan\b/i;
const NAMA_URUSAN = /^urusan\b/i;
const NAMA_TOTAL = /^(t\s*o\s*t\s*a\s*l|jumlah|total)\b/i;

/** Level from the "No" column: I. → program, 1. → kegiatan, 1.1 → sub kegiatan. */
export function levelFromNumbering(no: string): RowLevel | undefined {
  const t = no.replace(/\s+/g, "").replace(/\.$/, "");
  if (!t) return undefined;
  if (ROMAN.test(t)) return "program";
  if (ARABIC.test(t)) return "kegiatan";
  if (DOTTED.test(t)) return "subkegiatan";
  return undefined;
}

/** Level a row's nama states for itself ("PROGRAM …", "URUSAN …"), which outranks a kode that says otherwise. */
function levelFromNama(nama: string): RowLevel | undefined {
  // Each pattern starts with p, b, u, t or j: most names (sub kegiatan) are rejected by their first letter.
  const c = nama.charCodeAt(0) | 32;
  if (c !== 112 && c !== 98 && c !== 117 && c !== 116 && c !== 106) return undefined;
  if (NAMA_PROGRAM.test(nama)) return "program";
  if (NAMA_BIDANG.test(nama)) return "bidang";
  if (NAMA_URUSAN.test(nama)) return "urusan";
  if (NAMA_TOTAL.test(nama)) return "total";
  return undefined;
}

/** SIPD's unit and sub-unit kode: U.BB.U.BB.U.BB.UU.SSSS ("1.06.0.00.0.00.01.0000"). */
const SIPD_UNIT = /^\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}\.\d{4}$/;
const NAMA_URUSAN_BIDANG = /^urusan\s+pemerintahan\s+bidang\b/i;

function ownLevel(row: TableRow, hasKode: boolean): RowLevel {
  const byNama = levelFromNama(row.nama);
  // "URUSAN PEMERINTAHAN BIDANG SOSIAL" names the bidang urusan where its kode is U.BB, the urusan where it is U.
  if (byNama === "urusan" && row.kode?.level === "bidang" && NAMA_URUSAN_BIDANG.test(row.nama)) return "bidang";
  if (byNama) return byNama;
  if (row.kode?.level) return row.kode.level;
  if (!hasKode) {
    const byNo = levelFromNumbering(row.no);
    if (byNo) return byNo;
  }
  if (!row.kodeText && !row.nama && !row.no) return row.indikator ? "indikator" : "total";
  return "other";
}

/** The row's kode cut to its own level (a program row carrying kegiatan segments → its program kode), when sound. */
function levelKode(row: TableRow, depth: number | undefined): string | undefined {
  return row.kode && depth !== undefined ? kodePrefix(row.kode, depth) : undefined;
}

/** The kegiatan prefix (U.BB.PP.K.KK) of a kode whose first four segments are sound, else undefined. */
function kegiatanPrefix(kode: Kode | undefined): string | undefined {
  return kode ? kodePrefix(kode, 4) : undefined;
}

/**
 * A kegiatan row carrying a stray, unreadable sub kegiatan segment ("2.01 | 01" on "Rehabilitasi Sosial Dasar …")
 * is still the kegiatan when no kegiatan row of that kode precedes it and the next row is a sub kegiatan of it.
 * Without this, every sub kegiatan below would hang under the program and its totals would be wrong.
 */
function isKegiatanWithStraySegment(rows: TableRow[], i: number, seenKegiatan: Set<string>): boolean {
  const kode = rows[i].kode;
  if (kode?.level !== "subkegiatan" || !kode.problems.some((p) => p.segment === 4 && p.fix === undefined)) return false;
  const prefix = kegiatanPrefix(kode);
  if (!prefix || seenKegiatan.has(prefix)) return false;
  const next = rows.slice(i + 1).find((r) => r.kode);
  return next?.kode?.level === "subkegiatan" && kegiatanPrefix(next.kode) === prefix;
}

/**
 * Kode over 2–4 or 6 columns: the written segments of all columns in order, regrouped into the five of the
 * nomenclature (the kegiatan's level digit and number join when they sit apart, "2" | "01" → "2.01"; a last
 * column holding several, "2.01.0001", is split). Returns the segments and, per segment, the part it came from.
 */
export function regroupKodeParts(parts: readonly CellValue[]): { segments: CellValue[]; from: number[] } {
  const tokens: CellValue[] = [];
  const from: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === null || p === "") continue;
    // A whole number cell is one segment, kept a number so its lost zeros are diagnosed as such.
    if (typeof p === "number" && Number.isInteger(p)) {
      tokens.push(p);
      from.push(i);
      continue;
    }
    // Spaces inside the cell stay with their segment ("2 .01.0001"): a split is reported, not silently joined.
    const cellTokens = String(p).trim().split(".");
    for (const t of cellTokens) {
      tokens.push(cellTokens.length > 1 ? t : t.trim());
      from.push(i);
    }
  }
  const segments: CellValue[] = [];
  const segFrom: number[] = [];
  let k = 0;
  for (let s = 0; s < 5 && k < tokens.length; s++) {
    // The kegiatan segment: a single level digit followed by its number.
    if (s === 3 && String(tokens[k]).trim().length === 1 && k + 1 < tokens.length) {
      segments.push(`${String(tokens[k])}.${String(tokens[k + 1])}`);
      segFrom.push(from[k + 1]);
      k += 2;
      continue;
    }
    segments.push(tokens[k]);
    segFrom.push(from[k]);
    k++;
  }
  // Anything left over belongs to the sub kegiatan segment (reported as malformed there).
  if (k < tokens.length && segments.length === 5) segments[4] = [segments[4], ...tokens.slice(k)].map(String).join(".");
  return { segments, from: segFrom };
}

/**
 * True when `parent`, the row above at the parent level, may be the parent of a row of kode `own` although its kode
 * does not say so exactly: each of its segments is unreadable, equal, or (the kegiatan segment) differs only in the
 * level digit.
 */
function positionFits(parent: TableRow, own: string, depth: number): boolean {
  const kode = parent.kode;
  if (!kode || !(parent.level in LEVEL_DEPTH)) return false;
  const parentDepth = LEVEL_DEPTH[parent.level as keyof typeof LEVEL_DEPTH];
  if (parentDepth !== depth - 1) return false;
  const segs = own.split(".");
  // "2.01" is one segment in the normalized kode but two in the dotted text: rebuild the kegiatan segment.
  const mine = segs.length > 3 ? [segs[0], segs[1], segs[2], `${segs[3]}.${segs[4] ?? ""}`, ...segs.slice(5)] : segs;
  for (let i = 0; i < parentDepth; i++) {
    if (kode.problems.some((p) => p.segment === i && p.fix === undefined)) continue;
    const p = kode.normalized[i];
    const c = mine[i];
    if (p === c) continue;
    if (i === 3 && p && c && p.length === c.length && p.slice(1) === c.slice(1)) continue;
    return false;
  }
  return true;
}

/** Sets kode, level and parent of every row in place. */
export function assignLevels(rows: TableRow[], hasKode: boolean): void {
  // stack[d] = index of the last row seen at depth d (1 urusan … 5 sub kegiatan)
  const stack: (number | undefined)[] = [];
  const byKode = new Map<string, number>();
  const seenKegiatan = new Set<string>();
  let lastStructural: number | undefined;
  // levelKode of each structural row, kept for its children (a parent's level no longer changes).
  const owns: (string | undefined)[] = new Array(rows.length);
  if (hasKode) {
    for (const row of rows) {
      if (!row.kodeText) continue;
      if (SIPD_UNIT.test(row.kodeText.replace(/\s+/g, ""))) {
        row.level = "unit";
        continue;
      }
      const n = row.kodeParts.length;
      const parts: readonly CellValue[] = row.kodeValues ?? row.kodeParts;
      if (n === 1 || n === 5) row.kode = parseKodeParts(parts as CellValue[]);
      else {
        const g = regroupKodeParts(parts);
        row.kode = parseKodeParts(g.segments.length === 1 ? [g.segments[0]] : [...g.segments, "", "", "", "", ""].slice(0, 5), true);
        row.kodeSegmentPart = g.from;
      }
    }
  }
  rows.forEach((row, i) => {
    if (row.level === "unit") return; // the agency's own row: no level, no parent, no checks
    row.level = ownLevel(row, hasKode);
    if (row.level === "subkegiatan" && isKegiatanWithStraySegment(rows, i, seenKegiatan)) row.level = "kegiatan";
    if (row.level === "kegiatan") {
      const prefix = kegiatanPrefix(row.kode);
      if (prefix) seenKegiatan.add(prefix);
    }
    if (row.level === "indikator") {
      row.parent = lastStructural;
      return;
    }
    if (row.level === "total" || row.level === "other" || row.level === "unit") return;
    const depth = LEVEL_DEPTH[row.level];
    for (let d = depth - 1; d >= 1; d--) {
      if (stack[d] !== undefined) {
        row.parent = stack[d];
        break;
      }
    }
    // Where the kode is sound up to the row's own level, it names the parent: a row after a missing page must
    // not land under a stranger.
    const own = levelKode(row, depth);
    if (own) {
      const parentOwn = row.parent !== undefined ? owns[row.parent] : undefined;
      if (!parentOwn || !own.startsWith(parentOwn + ".")) {
        const positional = row.parent;
        const directKode = parentKode(own);
        const direct = directKode ? byKode.get(directKode) : undefined;
        if (direct === undefined && positional !== undefined && positionFits(rows[positional], own, depth)) {
          // The parent row above has a kode cut short ("2.0") or another level digit: nothing names another
          // parent, so the row stays under it (hanging it under the program would count it twice).
        } else {
          if (parentOwn) row.placedUnder = positional;
          row.parent = undefined;
          for (let k = directKode; k; k = parentKode(k)) {
            const found = byKode.get(k);
            if (found !== undefined) {
              row.parent = found;
              break;
            }
          }
          // Kode and position name two sibling parents (two kegiatan of one program): which one the row belongs to
          // is uncertain. Where they part higher up (another program: a missing page), the kode decides.
          if (parentOwn && directKode && row.placedUnder !== row.parent && parentKode(parentOwn) === parentKode(directKode)) row.uncertainPlace = true;
        }
      }
      byKode.set(own, i);
      owns[i] = own;
    }
    stack[depth] = i;
    stack.length = depth + 1;
    lastStructural = i;
  });
}
