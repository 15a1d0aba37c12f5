// A SheetWrite as the grid a workbook reader would produce after Excel computed it: formula cells show their
// cached results. Lets tests and generators run the engine on what a plan will write.
import { parseA1, parseRange, type CellRange, type CellValue, type SheetGrid, type WorkbookGrid } from "../grid";
import { isComposedFormula, type SheetWrite } from "../plan";

export function sheetWriteToGrid(w: SheetWrite): SheetGrid {
  const origin = parseA1(w.start) ?? { row: 0, col: 0 };
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  w.rows.forEach((row, i) => {
    values.push(row.map((v, j) => (isComposedFormula(v) ? (w.results?.[i]?.[j] ?? null) : v)));
    formulas.push(row.map((v) => (isComposedFormula(v) ? v.formula : null)));
  });
  const merges = (w.merges ?? []).map((m) => parseRange(m)).filter((m): m is CellRange => m !== undefined);
  return { name: w.sheet, origin, values, formulas, numberFormats: w.numberFormats?.map((r) => [...r]), merges, visibility: "visible" };
}

export function sheetWritesToWorkbook(writes: SheetWrite[]): WorkbookGrid {
  return { sheets: writes.map(sheetWriteToGrid) };
}
