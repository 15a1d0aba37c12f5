// Sheet-qualified A1 addresses as Excel writes them ("'Tabel 4.2'!A1:C3"), for the adapter and the in-memory host.
import { columnIndex, columnLetters, type CellRange } from "../renja/grid";

/** Excel's sheet limits (xlsx). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Quotes a sheet name for an address when Excel would ('My Sheet' → "'My Sheet'", "it's" → "'it''s'"). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "Sheet1!A1:B2" / "'My Sheet'!A1" into sheet name (unquoted) and the local part. */
export function splitSheetAddress(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

/**
 * Parses the local part of an address: "B7", "A1:C3", whole columns "A:C", whole rows "2:5".
 * Returns undefined for anything else (named ranges, multiple areas).
 */
export function parseLocalAddress(local: string): CellRange | undefined {
  const parts = local.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return undefined;
  const [a, b = a] = parts;
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const col = /^([A-Z]{1,3})$/;
  const row = /^(\d{1,7})$/;
  let m1: RegExpExecArray | null;
  let m2: RegExpExecArray | null;
  let r: CellRange | undefined;
  if ((m1 = cell.exec(a)) && (m2 = cell.exec(b))) {
    r = { r1: Number(m1[2]) - 1, c1: columnIndex(m1[1]), r2: Number(m2[2]) - 1, c2: columnIndex(m2[1]) };
  } else if ((m1 = col.exec(a)) && (m2 = col.exec(b))) {
    r = { r1: 0, c1: columnIndex(m1[1]), r2: MAX_ROWS - 1, c2: columnIndex(m2[1]) };
  } else if ((m1 = row.exec(a)) && (m2 = row.exec(b))) {
    r = { r1: Number(m1[1]) - 1, c1: 0, r2: Number(m2[1]) - 1, c2: MAX_COLS - 1 };
  }
  if (!r) return undefined;
  const out = { r1: Math.min(r.r1, r.r2), c1: Math.min(r.c1, r.c2), r2: Math.max(r.r1, r.r2), c2: Math.max(r.c1, r.c2) };
  if (out.r1 < 0 || out.c1 < 0 || out.r2 >= MAX_ROWS || out.c2 >= MAX_COLS) return undefined;
  return out;
}

/** "A1" or "A1:C3" for a rectangle (no sheet). */
export function localAddress(r: CellRange): string {
  const s = `${columnLetters(r.c1)}${r.r1 + 1}`;
  const e = `${columnLetters(r.c2)}${r.r2 + 1}`;
  return s === e ? s : `${s}:${e}`;
}

/** "Sheet1!A1:C3", as Range.address reports it. */
export function sheetAddress(sheet: string, r: CellRange): string {
  return `${quoteSheetName(sheet)}!${localAddress(r)}`;
}

/**
 * Splits a multi-area address ("Sheet1!A1:B2,Sheet1!D4" as RangeAreas.address reports it) at the commas
 * that are outside quoted sheet names.
 */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
