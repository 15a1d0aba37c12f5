// .xlsx → the engine's grids. The file is read once (regular files only, bounded by the size limit) and every
// later step works from those bytes. Nothing Renja-specific here.
import type { WorkbookGrid } from "../renja/grid";
import { LIMITS, type Limits } from "./limits";
import { readXlsxBytes, type XlsxBook } from "./xlsx-package";
import { readInputFileWithStat } from "./xlsx/input-file";

/** Reads an .xlsx file: its bytes, package and grid; anything unreadable or beyond the limits is an InputError. */
export async function readXlsxBook(path: string, limits: Limits = LIMITS): Promise<XlsxBook> {
  const { bytes, stat } = readInputFileWithStat(path, limits, "workbook");
  return { ...(await readXlsxBytes(bytes, path, limits)), stat };
}

/**
 * Reads an .xlsx file into grids; anything unreadable or beyond the limits becomes an InputError with a plain
 * message (Bahasa Indonesia).
 */
export async function readXlsxGrid(path: string, limits: Limits = LIMITS): Promise<WorkbookGrid> {
  return (await readXlsxBook(path, limits)).grid;
}
