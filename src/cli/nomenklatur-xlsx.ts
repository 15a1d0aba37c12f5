// Reads a Kepmendagri nomenclature list (.xlsx, as downloaded) into the engine's index. The list is large
// (thousands of rows with long definitions), so it is streamed: values only, no styles or merges; its header
// and kode are found by text, which needs neither.
import ExcelJS from "exceljs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { CellValue, SheetGrid } from "../renja/grid";
import { buildNomenklaturIndex, type NomenklaturIndex } from "../renja/nomenklatur";
import { InputError } from "./errors";
import { excelJsValue } from "./xlsx-grid";

async function readGrids(path: string): Promise<SheetGrid[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", entries: "ignore" });
  const grids: SheetGrid[] = [];
  for await (const ws of reader) {
    const values: CellValue[][] = [];
    for await (const row of ws) {
      const r = row.number - 1;
      while (values.length <= r) values.push([]);
      const cells = values[r];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        while (cells.length < col - 1) cells.push(null);
        cells[col - 1] = excelJsValue(cell.value);
      });
    }
    const name = (ws as unknown as { name?: string }).name ?? `Sheet${grids.length + 1}`;
    grids.push({ name, origin: { row: 0, col: 0 }, values });
  }
  return grids;
}

/** Loads the list; its file name becomes the index's name, which findings quote. */
export async function loadNomenklaturXlsx(path: string): Promise<NomenklaturIndex> {
  let grids: SheetGrid[];
  try {
    // The stream reader reports a missing file as an unhandled stream error, so it is checked first.
    if (!(await stat(path)).isFile()) throw new InputError(`Berkas nomenklatur yang diberikan bukan berkas: ${path}`);
    grids = await readGrids(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new InputError(`Berkas nomenklatur tidak ditemukan: ${path}`);
    throw new InputError(`Berkas nomenklatur tidak dapat dibaca sebagai workbook Excel (.xlsx): ${path}`);
  }
  const { index, problems } = buildNomenklaturIndex(grids, basename(path));
  if (index.size === 0) {
    throw new InputError(`${path} bukan daftar nomenklatur Kepmendagri yang dikenali. ${problems.join(" ")}`.trim());
  }
  return index;
}
