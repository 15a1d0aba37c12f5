// The user's word on what a column holds: it wins over what the headers seem to say. The CLI (--kolom) and the
// task pane (kept in the workbook's settings) hand these to the engine through ValidateOptions.columnMap.
import { columnIndex as indexOfLetters } from "../grid";
import type { ColumnRole } from "../model";

export interface ColumnOverride {
  sheet: string;
  /** Column letters, "F". */
  column: string;
  /** The role the column holds, or "abaikan" to leave it unread. */
  role: ColumnRole | "abaikan";
}

/** "F" → 5; undefined when it is not a column. */
export function columnIndex(letters: string): number | undefined {
  const t = letters.trim().toUpperCase();
  return /^[A-Z]{1,3}$/.test(t) ? indexOfLetters(t) : undefined;
}

/**
 * Applies the overrides for `sheet` to a role map in place; returns the columns the user set. A column keeps one
 * role: it leaves any role it had. "kode" may span several columns, so an override adds to it (kept in order).
 */
export function applyColumnMap(sheet: string, columns: Partial<Record<ColumnRole, number[]>>, map: ColumnOverride[]): Set<number> {
  const set = new Set<number>();
  for (const o of map) {
    if (o.sheet !== sheet) continue;
    const c = columnIndex(o.column);
    if (c === undefined) continue;
    set.add(c);
    for (const role of Object.keys(columns) as ColumnRole[]) {
      const list = columns[role] as number[];
      const i = list.indexOf(c);
      if (i < 0) continue;
      list.splice(i, 1);
      if (list.length === 0) delete columns[role];
    }
    if (o.role === "abaikan") continue;
    const list = o.role === "kode" || o.role === "indikator" || o.role === "target" || o.role === "satuan" ? (columns[o.role] ?? []) : [];
    list.push(c);
    list.sort((a, b) => a - b);
    columns[o.role] = list;
  }
  return set;
}
