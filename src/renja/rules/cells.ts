// Small readers shared by the rules: where a role's cell is on a row, and its value.
import { formatAngka, parseAngka, type AngkaResult } from "../angka";
import { a1, cellText, type CellValue, type SheetView } from "../grid";
import { dateText, formatKind, percentOf } from "../number-format";
import { parseTarget, type Target } from "../satuan";
import type { ColumnRole, TableModel } from "../model";

export function roleCol(table: TableModel, role: ColumnRole, index = 0): number | undefined {
  return table.columns[role]?.[index];
}

export function roleValue(view: SheetView, table: TableModel, r: number, role: ColumnRole): CellValue {
  const c = roleCol(table, role);
  return c === undefined ? null : view.value(r, c);
}

/** A1 of a role's cell on a row; falls back to the sheet's first column when the table lacks the role. */
export function roleCell(table: TableModel, view: SheetView, r: number, role: ColumnRole, index = 0): string {
  return a1(r, roleCol(table, role, index) ?? view.colStart);
}

/** A target cell read as Excel shows it (0,9 under "0%" is 90 %): the one reading every target rule uses. */
export function readTarget(view: SheetView, r: number, c: number): Target {
  const v = view.value(r, c);
  return typeof v === "number" ? parseTarget(v, view.numberFormat(r, c)) : parseTarget(v);
}

/** A number cell read as Excel shows it (percentages in %, dates not numbers). */
export function readAngka(view: SheetView, r: number, c: number): AngkaResult {
  const v = view.value(r, c);
  return typeof v === "number" ? parseAngka(v, view.numberFormat(r, c)) : parseAngka(v);
}

/** The text of a cell as a planner sees it: "90%" for 0,9 under a percentage format, dates as dd/mm/yyyy. */
export function shownText(view: SheetView, r: number, c: number): string {
  const v = view.value(r, c);
  return typeof v === "number" ? shownNumber(v, view.numberFormat(r, c)) : cellText(v);
}

/** A number under its format as shown: "90%", "15/01/2024", else the number as Excel reports it. */
export function shownNumber(v: number, code: string | null | undefined): string {
  switch (formatKind(code)) {
    case "percent": {
      const p = percentOf(v);
      const s = String(p);
      const dot = s.indexOf(".");
      return `${formatAngka(p, dot < 0 || s.includes("e") ? 0 : Math.min(s.length - dot - 1, 6))}%`;
    }
    case "date":
      return dateText(v);
    default:
      return String(v);
  }
}
