// Cell values as the XML spells them, turned into the engine's values without inventing anything: a number too
// large for exact arithmetic keeps its own digits (as text the angka rule reports), never a double's digits.
import { columnIndex, columnLetters } from "../../renja/grid";

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const TWO_53 = 2 ** 53;

/** The plain decimal digits of an integral number written as "1.5E+30" or "123456789012345678901"; undefined otherwise. */
export function exactIntegerDigits(text: string): string | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const sign = m[1] === "-" ? "-" : "";
  const frac = m[3] ?? "";
  let digits = (m[2] ?? "") + frac;
  const exp = Number(m[4] ?? 0) - frac.length;
  if (!Number.isSafeInteger(exp) || exp > 400) return undefined;
  if (exp >= 0) digits += "0".repeat(exp);
  else {
    const cut = digits.length + exp;
    if (/[1-9]/.test(digits.slice(Math.max(0, cut)))) return undefined; // not integral
    digits = digits.slice(0, Math.max(0, cut));
  }
  digits = digits.replace(/^0+(?=\d)/, "");
  return digits === "" ? undefined : sign + digits;
}

/**
 * A numeric cell's <v> text: a number when it is exact; text when it is not a number at all (the engine reports
 * it) or when it is beyond 2^53 (its own digits, so a report quotes what the file says).
 */
export function numberFromXml(text: string): number | string | null {
  const t = text.trim();
  if (t === "") return null;
  if (!NUMBER.test(t)) return t;
  const n = Number(t);
  if (!Number.isFinite(n)) return t;
  if (Math.abs(n) >= TWO_53 && !Number.isSafeInteger(n)) return exactIntegerDigits(t) ?? t;
  return n;
}

/** "AB12" → 0-based { row, col }; col -1 when the reference has no letters. Undefined when malformed. */
export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  const p = packedCellRef(ref);
  return p < 0 ? undefined : { row: Math.floor(p / COLS), col: p % COLS };
}

/** Columns a reference can name (three letters: up to ZZZ), the factor of packedCellRef. */
export const COLS = 26 * 26 * 26 + 26 * 26 + 26;

/** "AB12" → row * COLS + col (0-based), without an object per cell; -1 when malformed. */
export function packedCellRef(ref: string): number {
  let i = 0;
  let col = 0;
  const n = ref.length;
  while (i < n) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    i++;
    if (i > 3) return -1;
  }
  if (i === 0 || i === n) return -1;
  let row = 0;
  for (; i < n; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
    if (row > 1e8) return -1;
  }
  if (row === 0) return -1;
  return (row - 1) * COLS + (col - 1);
}

/** Column letters → 0-based index ("A" → 0), for column-only parts of references. */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula as seen from another cell of its range: relative references moved by the offset between the
 * two cells (what Excel shows in that cell; the same rule ExcelJS applies).
 */
export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _s: string | undefined, addr: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL_REF.exec(addr);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
    let col = columnIndex(letters);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += to.col - from.col;
    if (!m[3]) row += to.row - from.row;
    return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col)}${m[3] ?? ""}${row}`;
  });
}
