// `--fix-out`: a corrected copy of the input. The input file itself is never written.
import ExcelJS from "exceljs";
import type { ValidationResult } from "../renja/engine";
import type { CellValue } from "../renja/grid";

function toExcelJs(v: CellValue): ExcelJS.CellValue {
  if (typeof v === "string" && v.startsWith("=")) return { formula: v.slice(1) } as ExcelJS.CellFormulaValue;
  return v;
}

/** Applies every proposed fix and the recomputed values of the plan; returns how many cells changed. */
export async function writeFixedCopy(input: string, output: string, result: ValidationResult): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  let n = 0;
  const writes = [
    ...result.findings.flatMap((f) => (f.fix ? [{ sheet: f.fix.sheet, cell: f.fix.cell, value: f.fix.value }] : [])),
    ...result.plan.cells.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.value })),
  ];
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    ws.getCell(w.cell).value = toExcelJs(w.value);
    n++;
  }
  await wb.xlsx.writeFile(output);
  return n;
}
