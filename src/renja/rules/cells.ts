// Small readers shared by the rules: where a role's cell is on a row, and its value.
import { a1, type CellValue, type SheetView } from "../grid";
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
