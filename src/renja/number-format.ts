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
