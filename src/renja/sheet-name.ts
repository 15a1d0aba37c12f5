// A name for a new sheet that takes no one's place: Excel compares sheet names without regard to case, and a name
// holds at most 31 characters. "Tabel 4.2 (otomatis)" is taken (also as "TABEL 4.2 (OTOMATIS)") → "Tabel 4.2 (otomatis) 2".
export const SHEET_NAME_MAX = 31;

export function freeSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const first = base.slice(0, SHEET_NAME_MAX);
  if (!used.has(first.toLowerCase())) return first;
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const name = `${base.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
