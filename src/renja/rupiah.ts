// Money: integer Rupiah. The number part is read by angka.ts (same separator rules); this module adds the
// "Rp" prefix, the ",-" suffix, and the checks that make a value usable as pagu (whole rupiah, safe integer).

import { formatAngka, scanAngka } from "./angka";
import type { CellValue } from "./grid";

export type RupiahResult =
  | { ok: true; value: number /* safe integer */; repaired?: string }
  | { ok: false; kind: "empty" | "dash" | "malformed" | "fraction" | "too-large"; text: string; message?: string };

const MAX_DIGITS = String(Number.MAX_SAFE_INTEGER).length; // 16

function tooLarge(text: string): RupiahResult {
  return { ok: false, kind: "too-large", text, message: `Nilai "${text}" terlalu besar untuk dihitung tepat (lebih dari ${formatAngka(Number.MAX_SAFE_INTEGER, 0)}).` };
}

/** Strips "Rp", "Rp." (any case) and a trailing ",-" / ".-" around the number. */
function stripCurrency(s: string): string {
  let t = s.trim();
  if (t.length >= 2 && (t.charCodeAt(0) | 32) === 114 /* r */ && (t.charCodeAt(1) | 32) === 112 /* p */) {
    t = t.slice(t.charCodeAt(2) === 46 /* . */ ? 3 : 2).trimStart();
  }
  if (t.length >= 3 && t.charCodeAt(t.length - 1) === 45 /* - */) {
    const c = t.charCodeAt(t.length - 2);
    if (c === 44 /* , */ || c === 46 /* . */) t = t.slice(0, -2).trimEnd();
  }
  return t;
}

// Stryker disable all: a fast path only. Where it declines a text, the full reader in parseRupiah gives the same
// value, so mutants of its checks are equivalent; tests/rupiah-exact.test.ts checks the values on both sides of
// each of its limits.
/**
 * The common cell, read without allocating: "1.234.567" or "1234567" (no sign, space, currency or fraction;
 * no leading zero; at most 15 digits, so exact). Undefined for anything else, which takes the full reader;
 * where both read a text they give the same value.
 */
function plainThousands(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 20) return undefined;
  const c0 = s.charCodeAt(0);
  if (c0 < 49 || c0 > 57) return undefined; // 1-9
  let value = 0;
  let digits = 0;
  let groupLen = 0; // digits since the last dot
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      groupLen++;
    } else if (c === 46) {
      // The first group has 1-3 digits, every later one exactly 3.
      if (dots === 0 ? groupLen > 3 : groupLen !== 3) return undefined;
      dots++;
      groupLen = 0;
    } else return undefined;
  }
  if (dots > 0 && groupLen !== 3) return undefined;
  return digits <= 15 ? value : undefined;
}
// Stryker restore all

export function parseRupiah(v: CellValue): RupiahResult {
  if (v === null || v === undefined) return { ok: false, kind: "empty", text: "" };
  if (typeof v === "number") {
    const text = String(v);
    if (!Number.isFinite(v)) return { ok: false, kind: "malformed", text, message: "Nilai bukan angka yang terhingga." };
    if (!Number.isInteger(v)) return { ok: false, kind: "fraction", text, message: `Nilai rupiah ${formatAngka(v)} mengandung pecahan; pagu ditulis dalam rupiah bulat.` };
    if (!Number.isSafeInteger(v)) return tooLarge(formatAngka(v, 0));
    return { ok: true, value: v === 0 ? 0 : v };
  }
  if (typeof v !== "string") return { ok: false, kind: "malformed", text: String(v), message: "Nilai bukan jumlah rupiah." };
  const plain = plainThousands(v);
  // Stryker disable next-line ConditionalExpression: skipping the fast path reaches the same value by the full reader.
  if (plain !== undefined) return { ok: true, value: plain };

  const s = scanAngka(stripCurrency(v));
  if (!s.ok) return { ok: false, kind: s.kind, text: v, ...(s.message === undefined ? {} : { message: s.message }) };
  if (s.percent) return { ok: false, kind: "malformed", text: v, message: `"${v.trim()}" adalah persentase, bukan jumlah rupiah.` };
  for (let i = 0; i < s.fracDigits.length; i++) {
    if (s.fracDigits.charCodeAt(i) !== 48) return { ok: false, kind: "fraction", text: v, message: `Nilai rupiah "${v.trim()}" mengandung sen (,${s.fracDigits}); pagu ditulis dalam rupiah bulat.` };
  }
  let i = 0;
  while (i < s.intDigits.length - 1 && s.intDigits.charCodeAt(i) === 48) i++;
  const digits = s.intDigits.slice(i);
  if (digits.length > MAX_DIGITS) return tooLarge(v.trim());
  const magnitude = Number(digits);
  if (magnitude > Number.MAX_SAFE_INTEGER) return tooLarge(v.trim());
  const value = s.negative && magnitude !== 0 ? -magnitude : magnitude;
  return s.repaired === undefined ? { ok: true, value } : { ok: true, value, repaired: s.repaired };
}

/** 29822934850 → "29.822.934.850", -1000 → "-1.000". A non-integer is shown with its fraction, never rounded away. */
export function formatRupiah(n: number): string {
  return Number.isInteger(n) ? formatAngka(n, 0) : formatAngka(n);
}

/**
 * Exact sum of integer Rupiah. Returns NaN (never a rounded total) when an entry is not a safe integer or the
 * total leaves the safe-integer range; callers report that instead of showing a wrong total.
 */
export function sumRupiah(values: number[]): number {
  if (!Array.isArray(values)) return NaN;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isSafeInteger(v)) return NaN;
    total += v;
    // Each partial sum of two safe integers is exact while it stays in range; check before it can round.
    if (!Number.isSafeInteger(total)) return NaN;
  }
  return total;
}
