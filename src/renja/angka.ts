// Numbers as planners type them: Indonesian (1.234.567,5), English (1,234,567.5), percentages, and numbers
// broken by a wrapped PDF cell ("24.999.8 00"). Anything that cannot be read one way only is "malformed":
// the engine reports it instead of guessing. Runs on every cell of large sheets, so it scans characters
// instead of using regular expressions.

import { isErrorValue, type CellValue } from "./grid";
import { dateText, formatKind, percentOf } from "./number-format";

export type AngkaResult =
  | {
      ok: true;
      value: number;
      percent: boolean;
      /** set when accepted after a safe repair, e.g. "24.999.8 00" → "24.999.800" */
      repaired?: string;
    }
  | {
      ok: false;
      kind: "empty" | "dash" | "malformed";
      text: string;
      /** Bahasa Indonesia */
      message?: string;
    };

/**
 * The digits of a number as written, before conversion; shared by parseAngka and parseRupiah so both read
 * separators the same way (parseRupiah needs the exact fraction digits, which a float would lose).
 */
export type AngkaScan =
  | {
      ok: true;
      negative: boolean;
      /** Integer digits without separators, e.g. "1234567" (may carry leading zeros). */
      intDigits: string;
      /** Fraction digits as written, "" when none. */
      fracDigits: string;
      percent: boolean;
      repaired?: string;
    }
  | { ok: false; kind: "empty" | "dash" | "malformed"; text: string; message?: string };

const C_0 = 48;
const C_9 = 57;
const C_DOT = 46;
const C_COMMA = 44;

function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}

/** White space as String.prototype.trim sees it (space, tab, line breaks, NBSP, other Unicode spaces). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isDash(s: string): boolean {
  return s === "-" || s === "–" || s === "—" || s === "−";
}

type Core = { ok: true; intDigits: string; fracDigits: string } | { ok: false; message: string };

function bad(message: string): Core {
  return { ok: false, message };
}

/** A thousands group list is valid when the first group has 1-3 digits (no leading zero) and the rest exactly 3. */
function groupingProblem(groups: string[], count: number, sep: string): string | undefined {
  const first = groups[0];
  if (first.length > 3) return `Kelompok angka "${first}" berisi ${first.length} digit sebelum pemisah ribuan "${sep}"; seharusnya paling banyak 3 digit.`;
  if (first.length > 1 && first.charCodeAt(0) === C_0) return `Kelompok angka "${first}" diawali nol sebelum pemisah ribuan "${sep}".`;
  for (let i = 1; i < count; i++) {
    const g = groups[i];
    if (g.length !== 3) return `Kelompok angka "${g}" berisi ${g.length} digit; pemisah ribuan "${sep}" harus memisahkan tiap 3 digit.`;
  }
  return undefined;
}

/** Reads a run of digits, dots and commas (no white space, no sign). */
function readCore(body: string): Core {
  const n = body.length;
  if (n === 0) return bad("Tidak ada angka.");
  const first = body.charCodeAt(0);
  const last = body.charCodeAt(n - 1);
  if (!isDigit(first)) return bad(`Angka diawali pemisah "${body[0]}".`);
  if (!isDigit(last)) return bad(`Angka diakhiri pemisah "${body[n - 1]}".`);

  const groups: string[] = [];
  const seps: number[] = [];
  let start = 0;
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (c === C_DOT || c === C_COMMA) {
      if (i === start) return bad("Dua pemisah berurutan di dalam angka.");
      groups.push(body.slice(start, i));
      seps.push(c);
      if (c === C_DOT) dots++;
      else commas++;
      start = i + 1;
    }
  }
  if (seps.length === 0) return { ok: true, intDigits: body, fracDigits: "" };
  groups.push(body.slice(start));

  if (dots === 0 || commas === 0) {
    const sep = dots > 0 ? "." : ",";
    if (seps.length === 1) {
      const [a, b] = groups;
      // One separator followed by exactly 3 digits means thousands in this domain ("1.234", "1,234"),
      // except after a lone zero, where both readings agree on a decimal ("0,125").
      if (b.length === 3 && a !== "0") {
        if (a.length > 3) return bad(`"${body}" ambigu: tiga digit setelah "${sep}" dibaca sebagai ribuan, tetapi "${a}" di depannya lebih dari 3 digit.`);
        const problem = groupingProblem(groups, 2, sep);
        if (problem) return bad(problem);
        return { ok: true, intDigits: a + b, fracDigits: "" };
      }
      return { ok: true, intDigits: a, fracDigits: b }; // "4,2" (Indonesian) or "4.2" (English)
    }
    const problem = groupingProblem(groups, groups.length, sep);
    if (problem) return bad(problem);
    return { ok: true, intDigits: groups.join(""), fracDigits: "" };
  }

  // Both separators: the last one is the decimal mark, used once, after groups marked by the other one.
  const decimal = seps[seps.length - 1];
  for (let i = 0; i < seps.length - 1; i++) {
    if (seps[i] === decimal) return bad(`Pemisah titik dan koma bercampur tidak konsisten di "${body}".`);
  }
  const thousandsSep = decimal === C_DOT ? "," : ".";
  const intGroups = groups.length - 1;
  const problem = groupingProblem(groups, intGroups, thousandsSep);
  if (problem) return bad(problem);
  const frac = groups[intGroups];
  // "1.234,567" is plain Indonesian. "29,822,934.850" is not: in an Indonesian document a dot followed by
  // three digits may just as well be one more thousands group.
  if (decimal === C_DOT && frac.length === 3) {
    const head = groups.slice(0, intGroups).join(".");
    let e = 3;
    while (e > 0 && frac.charCodeAt(e - 1) === C_0) e--;
    const asDecimal = e === 0 ? head : `${head},${frac.slice(0, e)}`;
    return bad(`"${body}" ambigu: bisa dibaca ${asDecimal} (desimal) atau ${head}.${frac} (ribuan). Tulis ulang dengan format Indonesia, misalnya 1.234.567,89.`);
  }
  return { ok: true, intDigits: groups.slice(0, intGroups).join(""), fracDigits: frac };
}

/** Splits sign, percent mark and number body, and reads the body (joining a body broken by white space). */
export function scanAngka(raw: string): AngkaScan {
  const text = raw.trim();
  if (text === "") return { ok: false, kind: "empty", text: raw };
  if (isDash(text)) return { ok: false, kind: "dash", text: raw };
  if (text.charCodeAt(0) === 35 /* # */ && isErrorValue(text)) return { ok: false, kind: "malformed", text: raw, message: `Sel berisi galat Excel ${text.toUpperCase()}, bukan angka.` };

  let end = text.length;
  let percent = false;
  if (text.endsWith("(%)")) {
    percent = true;
    end -= 3;
  } else if (text.charCodeAt(end - 1) === 37 /* % */) {
    percent = true;
    end -= 1;
  }
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;

  let begin = 0;
  let negative = false;
  const c0 = text.charCodeAt(0);
  if (c0 === 45 /* - */ || c0 === 0x2212 /* − */ || c0 === 43 /* + */) {
    negative = c0 !== 43;
    begin = 1;
  }
  if (begin >= end) return { ok: false, kind: "malformed", text: raw, message: `"${text}" tidak berisi angka.` };

  let hasSpace = false;
  for (let i = begin; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || c === C_DOT || c === C_COMMA) continue;
    if (isSpace(c)) {
      if (i === begin) return { ok: false, kind: "malformed", text: raw, message: `Ada spasi antara tanda dan angka di "${text}".` };
      hasSpace = true;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
    return { ok: false, kind: "malformed", text: raw, message: `"${text}" mengandung karakter bukan angka ("${ch}").` };
  }

  let body = text.slice(begin, end);
  if (hasSpace) {
    // A wrapped cell leaves spaces inside one number; joining is safe only when the result reads cleanly.
    let joined = "";
    for (let i = 0; i < body.length; i++) if (!isSpace(body.charCodeAt(i))) joined += body[i];
    const core = readCore(joined);
    if (!core.ok) return { ok: false, kind: "malformed", text: raw, message: `Angka "${text}" terpotong spasi; setelah digabung menjadi "${joined}" tetap tidak valid: ${core.message}` };
    body = joined;
    const repaired = (negative ? "-" : "") + joined + (percent ? "%" : "");
    return { ok: true, negative, intDigits: core.intDigits, fracDigits: core.fracDigits, percent, repaired };
  }
  const core = readCore(body);
  if (!core.ok) return { ok: false, kind: "malformed", text: raw, message: core.message };
  return { ok: true, negative, intDigits: core.intDigits, fracDigits: core.fracDigits, percent };
}

/**
 * Reads a cell value as a number. With the cell's number format, a number reads as Excel shows it: under a
 * percentage format 0,9 is 90 (%), under a date format it is a date, not a number.
 */
export function parseAngka(v: CellValue, numberFormat?: string | null): AngkaResult {
  if (v === null || v === undefined) return { ok: false, kind: "empty", text: "" };
  if (typeof v === "number") {
    if (numberFormat !== undefined && numberFormat !== null && Number.isFinite(v)) {
      const kind = formatKind(numberFormat);
      if (kind === "percent") return { ok: true, value: percentOf(v), percent: true };
      if (kind === "date") return { ok: false, kind: "malformed", text: dateText(v), message: `Sel berisi tanggal ${dateText(v)} (format tanggal Excel), bukan angka.` };
    }
    if (Number.isFinite(v)) return { ok: true, value: v === 0 ? 0 : v, percent: false };
    return { ok: false, kind: "malformed", text: String(v), message: "Nilai bukan angka yang terhingga." };
  }
  if (typeof v === "boolean") return { ok: false, kind: "malformed", text: String(v), message: `Nilai logika (${v ? "TRUE" : "FALSE"}), bukan angka.` };
  if (typeof v !== "string") return { ok: false, kind: "malformed", text: String(v), message: "Nilai bukan angka." };
  const s = scanAngka(v);
  if (!s.ok) return s;
  const magnitude = Number(s.fracDigits === "" ? s.intDigits : `${s.intDigits}.${s.fracDigits}`);
  const value = s.negative && magnitude !== 0 ? -magnitude : magnitude;
  return s.repaired === undefined ? { ok: true, value, percent: s.percent } : { ok: true, value, percent: s.percent, repaired: s.repaired };
}

/** Inserts "." every three digits from the right. */
function groupThousands(digits: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  let head = n % 3 || 3;
  let out = digits.slice(0, head);
  for (; head < n; head += 3) out += "." + digits.slice(head, head + 3);
  return out;
}

/**
 * Indonesian form: "1.234.567,5", "85,2". With `decimals`, exactly that many decimals; without, at most two,
 * trailing zeros dropped. Non-finite input gives "".
 * Note: below 1000 with exactly three decimals ("1,234") the text reads back as thousands (the domain rule).
 */
export function formatAngka(n: number, decimals?: number): string {
  if (typeof n !== "number" || !Number.isFinite(n)) return "";
  const fixed = decimals !== undefined && Number.isFinite(decimals);
  const d = fixed ? Math.min(20, Math.max(0, Math.trunc(decimals as number))) : 2;
  const abs = Math.abs(n);
  // toFixed switches to exponent notation from 1e21; such doubles are integers, BigInt prints their digits.
  const s = abs >= 1e21 ? BigInt(abs).toString() + (d > 0 ? "." + "0".repeat(d) : "") : abs.toFixed(d);
  const dot = s.indexOf(".");
  const intDigits = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? "" : s.slice(dot + 1);
  if (!fixed) {
    let e = frac.length;
    while (e > 0 && frac.charCodeAt(e - 1) === C_0) e--;
    frac = frac.slice(0, e);
  }
  let zero = true;
  for (let i = 0; i < s.length && zero; i++) {
    const c = s.charCodeAt(i);
    if (c > C_0 && c <= C_9) zero = false;
  }
  const sign = n < 0 && !zero ? "-" : "";
  return sign + groupThousands(intDigits) + (frac === "" ? "" : "," + frac);
}
