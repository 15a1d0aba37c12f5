// Money cells parsed once per validation: the angka, pagu, rkpd, triwulan and rekonsiliasi rules all read the
// same pagu columns, and parsing is the costly part on large workbooks. Cached per table and column, by row index.
import type { SheetView } from "../grid";
import type { TableModel } from "../model";
import { parseRupiah, type RupiahResult } from "../rupiah";

const parsed = new WeakMap<TableModel, Map<number, RupiahResult[]>>();

/** parseRupiah of each table row's cell in column `col`, indexed like table.rows. Results are shared: do not mutate. */
export function parsedMoneyColumn(table: TableModel, view: SheetView, col: number): readonly RupiahResult[] {
  let byCol = parsed.get(table);
  if (!byCol) {
    byCol = new Map();
    parsed.set(table, byCol);
  }
  let cells = byCol.get(col);
  if (!cells) {
    const rows = table.rows;
    cells = new Array<RupiahResult>(rows.length);
    for (let i = 0; i < rows.length; i++) cells[i] = parseRupiah(view.value(rows[i].r, col));
    byCol.set(col, cells);
  }
  return cells;
}
