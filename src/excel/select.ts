// Moves Excel's selection to a finding's cell ("click a finding selects its cell").
/// <reference types="office-js" />
import { parseLocalAddress } from "./address";
import { RenjaExcelError } from "./errors";

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  if (!parseLocalAddress(cell)) throw new RenjaExcelError(`Alamat sel tidak valid: "${cell}".`, "InvalidReference");
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
