// How Excel stores what arrives through Range.values / Range.formulas: the same parsing as typing into a cell.
// The memory host follows these rules so that a writer that forgets a prefix fails here the way it would in Excel:
// - A string starting with "=" is a formula; "+", "-" or "@" before something that is not a number also make
//   one (Excel answers #NAME? for "-abc"). A leading apostrophe makes the rest text and is not stored; reading
//   `formulas` gives such text back without its quote, exactly like `values` (office-js #6687).
// - In a cell formatted as Text ("@") whatever arrives is stored as text: a number, a boolean, a formula (Excel:
//   "Format numbers as text"; office-js #3611 and #1590 discuss what the API returns for such cells).
// - Otherwise Excel coerces: numbers ("1.1", "001" → 1, "1,234"), TRUE/FALSE, error codes ("#N/A" is the error),
//   percentages ("10%" → 0,1 with "0%"), currency ("$1,000", "Rp 1.000"), dates ("1/15/2024", "Jan-24",
//   "Mei 2024") and times become values, with a matching number format where the cell had General. Planners run
//   Excel in English and in Indonesian, so the host coerces what either locale would ("4,2", "1.234.567").
import { isErrorValue, type CellValue } from "../../renja/grid";
import type { MemoryCell } from "./state";

const MONTHS: Record<string, number> = {};
(
  [
    [1, "jan", "januari", "january"],
    [2, "feb", "febr", "februari", "february", "pebruari"],
    [3, "mar", "maret", "march"],
    [4, "apr", "april"],
    [5, "may", "mei"],
    [6, "jun", "juni", "june"],
    [7, "jul", "juli", "july"],
    [8, "aug", "agu", "agt", "agustus", "august"],
    [9, "sep", "sept", "september"],
    [10, "oct", "okt", "oktober", "october"],
    [11, "nov", "nop", "nopember", "november"],
    [12, "dec", "des", "desember", "december"],
  ] as [number, ...string[]][]
).forEach(([m, ...names]) => names.forEach((n) => (MONTHS[n] = m)));

/** The year Excel assumes for a date typed without one. Fixed, so tests are deterministic. */
const CURRENT_YEAR = 2024;

function serial(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const year = (s: string): number => (s.length <= 2 ? (Number(s) < 30 ? 2000 + Number(s) : 1900 + Number(s)) : Number(s));

/** A typed date as Excel's serial day number and the format Excel gives it; undefined when it is not a date. */
export function typedDate(text: string): { value: number; format: string } | undefined {
  const t = text.trim().toLowerCase();
  let m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const v = serial(year(m[3]), Number(m[1]), Number(m[2])) ?? serial(year(m[3]), Number(m[2]), Number(m[1]));
    return v === undefined ? undefined : { value: v, format: "m/d/yyyy" };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const v = serial(Number(m[1]), Number(m[2]), Number(m[3]));
    return v === undefined ? undefined : { value: v, format: "m/d/yyyy" };
  }
  m = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m) {
    const v = serial(CURRENT_YEAR, Number(m[1]), Number(m[2])) ?? serial(CURRENT_YEAR, Number(m[2]), Number(m[1]));
    return v === undefined ? undefined : { value: v, format: "d-mmm" };
  }
  m = /^(\p{L}+)\.?[-\s/](\d{2}|\d{4})$/u.exec(t);
  if (m && MONTHS[m[1]] !== undefined) {
    // "Jan-2024" and "Mei 2024": the month; "Jan-24": the 24th of January (as English Excel reads it).
    const v = m[2].length === 4 ? serial(Number(m[2]), MONTHS[m[1]], 1) : (serial(CURRENT_YEAR, MONTHS[m[1]], Number(m[2])) ?? serial(year(m[2]), MONTHS[m[1]], 1));
    return v === undefined ? undefined : { value: v, format: "mmm-yy" };
  }
  m = /^(\d{1,2})[-\s](\p{L}+)\.?(?:[-\s,]+(\d{2}|\d{4}))?$/u.exec(t);
  if (m && MONTHS[m[2]] !== undefined) {
    const v = serial(m[3] === undefined ? CURRENT_YEAR : year(m[3]), MONTHS[m[2]], Number(m[1]));
    return v === undefined ? undefined : { value: v, format: "d-mmm-yy" };
  }
  m = /^(\p{L}+)\.?\s(\d{1,2}),?\s(\d{4})$/u.exec(t);
  if (m && MONTHS[m[1]] !== undefined) {
    const v = serial(Number(m[3]), MONTHS[m[1]], Number(m[2]));
    return v === undefined ? undefined : { value: v, format: "d-mmm-yy" };
  }
  return undefined;
}

const EN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:e[+-]?\d+)?$/i;
const ID_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/** A typed number (English or Indonesian separators, Indonesian first when asked); undefined when it is not one. */
export function typedNumber(text: string, indonesianFirst = false): number | undefined {
  const t = text.trim();
  if (!/\d/.test(t)) return undefined;
  if (indonesianFirst && ID_NUMBER.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  if (EN_NUMBER.test(t)) {
    const n = Number(t.replace(/,/g, ""));
    if (Number.isFinite(n)) return n;
  }
  if (ID_NUMBER.test(t)) {
    const n = Number(t.replace(/\./g, "").replace(",", "."));
    if (Number.isFinite(n)) return n;
  }
  return undefined;
}

/** What Excel stores for a typed string: a value, maybe a formula, maybe the number format it chose. */
function typedString(v: string, cell: MemoryCell): { value: CellValue; formula?: string; format?: string; error?: true } {
  if (v === "") return { value: "" };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (cell.numberFormat === "@") return { value: v };
  const t = v.trim();
  // White space before "=" is treated as a formula start too: stricter than some builds, never kinder.
  if (t.startsWith("=") && t.length > 1) return { value: "", formula: t };
  const n = typedNumber(t);
  if (n !== undefined) return { value: n };
  if (/^[+\-@]/.test(v) && v.length > 1) return { value: "#NAME?", formula: `=${v.startsWith("@") ? v.slice(1) : v}` };
  if (isErrorValue(t)) return { value: t.toUpperCase(), error: true };
  if (/^(true|benar)$/i.test(t)) return { value: true };
  if (/^(false|salah)$/i.test(t)) return { value: false };
  const pct = /^(.*\d)\s*%$/.exec(t);
  if (pct) {
    const p = typedNumber(pct[1]);
    if (p !== undefined) return { value: Number((p / 100).toPrecision(15)), format: Number.isInteger(p) ? "0%" : "0.00%" };
  }
  const money = /^(\$|rp\.?)\s*(.*\d)(?:,-)?$/i.exec(t);
  if (money) {
    const x = typedNumber(money[2], money[1] !== "$");
    if (x !== undefined) return { value: x, format: money[1] === "$" ? "$#,##0" : '"Rp"#,##0' };
  }
  const date = typedDate(t);
  if (date) return { value: date.value, format: date.format };
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) return { value: (Number(time[1]) * 60 + Number(time[2])) / 1440, format: "h:mm" };
  return { value: v };
}

/** Stores `input` in `cell` the way Excel does when it arrives through Range.values or Range.formulas. */
export function typeIntoCell(input: CellValue, cell: MemoryCell): void {
  delete cell.formula;
  delete cell.error;
  if (input === null || input === undefined) {
    cell.value = "";
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    // A text cell keeps even a number as text (Excel's green-triangle "number stored as text").
    cell.value = cell.numberFormat === "@" ? (typeof input === "boolean" ? String(input).toUpperCase() : String(input)) : input;
    return;
  }
  const got = typedString(input, cell);
  cell.value = got.value;
  if (got.formula !== undefined) cell.formula = got.formula;
  if (got.error) cell.error = true;
  if (got.format !== undefined && (cell.numberFormat === undefined || cell.numberFormat === "General")) cell.numberFormat = got.format;
}
