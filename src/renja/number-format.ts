// What a number format code says about its cell, read from the code alone (ECMA-376 18.8.31): whether Excel shows
// the number as a date or time. Excel stores a date as its serial number with such a format.

/** True when the format shows a date or time (d, m, y, h, s, AM/PM, [h] …) rather than a plain number. */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code || code === "General" || code === "@") return false;
  // Only the first section matters for positive numbers; quoted text, escapes, colours and locales are not codes.
  const first = code.split(";")[0];
  const bare = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[dmyhs]|AM\/PM|A\/P|\[[hms]+\]/i.test(bare) && !/^[#0.,%\sE+-]*$/i.test(bare);
}

// Excel keeps what a planner types as a value plus a format: "90%" is 0,9 with "0%", "15/01/2024" a serial day
// number with a date format. The engine reads such cells the way they are shown, through the helpers below.
/** What a number format makes of a number. "text" is "@": whatever is typed stays text. */
export type FormatKind = "general" | "number" | "percent" | "date" | "text";

const kinds = new Map<string, FormatKind>();

/**
 * The kind of a format code. Quoted literals ("Rp"), escaped characters (\x), padding (_x, *x) and bracketed
 * parts ([Red], [$Rp-421], [>=100]) are left out before looking for "%" or date/time letters. An elapsed-time
 * bracket ([h], [mm]) still makes a time.
 */
export function formatKind(code: string | null | undefined): FormatKind {
  if (code === null || code === undefined || code === "" || code === "General") return "general";
  const cached = kinds.get(code);
  if (cached !== undefined) return cached;
  let kind: FormatKind;
  if (code === "@") kind = "text";
  else {
    // The first section (positive numbers) decides what a number looks like.
    const first = stripLiterals(code).split(";")[0];
    if (/^\s*@\s*$/.test(first)) kind = "text";
    else if (first.includes("%")) kind = "percent";
    else if (isDateFormat(code)) kind = "date";
    else if (/general/i.test(first) && !/[0#?]/.test(first)) kind = "general";
    else kind = "number";
  }
  if (kinds.size > 1000) kinds.clear();
  kinds.set(code, kind);
  return kind;
}

function stripLiterals(code: string): string {
  let out = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = code.indexOf("]", i + 1);
      i = end < 0 ? code.length : end;
    } else out += ch;
  }
  return out;
}

/** A fraction as the percentage Excel shows (0,9 → 90), without the binary noise of × 100 (0,07 × 100 = 7,000…01). */
export function percentOf(fraction: number): number {
  return Number((fraction * 100).toPrecision(15));
}

/** The fraction Excel stores for a percentage (90 → 0,9). */
export function fractionOf(percent: number): number {
  return Number((percent / 100).toPrecision(15));
}

/** Excel's serial day number (1900 date system) as dd/mm/yyyy; days only, the time of day is left out. */
export function dateText(serial: number): string {
  const day = Math.floor(serial);
  // Excel's 1900 calendar (kept from Lotus 1-2-3) has a 29 February 1900 (serial 60) and a day 0 ("00/01/1900"):
  // before 1 March 1900 its serials are one day ahead of the real calendar.
  if (day === 60) return "29/02/1900";
  if (day === 0) return "00/01/1900";
  const ms = Math.round((day < 60 && day > 0 ? day + 1 - 25569 : day - 25569) * 86_400_000);
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return String(serial);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
