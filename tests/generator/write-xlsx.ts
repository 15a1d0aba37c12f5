// Writes a WorkbookGrid to .xlsx with ExcelJS (values, number formats, merges), so the CLI can be run on
// generated workbooks. Error texts (#REF!, …) become real Excel error values, as a broken formula leaves them.
import ExcelJS from "exceljs";
import { isErrorValue, type WorkbookGrid } from "../../src/renja/grid";

export function gridToExcel(grid: WorkbookGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "renja-excel-addin tests/generator";
  wb.created = new Date("2024-01-01T00:00:00Z");
  wb.modified = wb.created;
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const { row: r0, col: c0 } = sheet.origin;
    sheet.values.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v === null || v === "") return;
        const cell = ws.getCell(r0 + i + 1, c0 + j + 1);
        cell.value = typeof v === "string" && isErrorValue(v) ? { error: v.trim().toUpperCase() as ExcelJS.CellErrorValue["error"] } : v;
        const fmt = sheet.numberFormats?.[i]?.[j];
        if (fmt) cell.numFmt = fmt;
      });
    });
    for (const m of sheet.merges ?? []) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  }
  return wb;
}

export async function writeWorkbookXlsx(grid: WorkbookGrid, file: string): Promise<void> {
  await gridToExcel(grid).xlsx.writeFile(file);
}
