// An .xlsx package read from bytes already in memory: the zip checked (xlsx/zip.ts), the workbook part, styles,
// shared strings and every worksheet streamed into the engine's grid, and every other part inflated once so a
// damaged part (bad CRC, wrong size) is refused before anything is reported or written back.
import type { Stats } from "node:fs";
import { InputError } from "./errors";
import type { Limits } from "./limits";
import type { WorkbookGrid } from "../renja/grid";
import { readSharedStrings } from "./xlsx/shared-strings";
import { readSheet, type WorkbookCounter } from "./xlsx/sheet-reader";
import { readStyles, type Styles } from "./xlsx/styles";
import { readWorkbookPart, sheetNameKey, type WorkbookPart } from "./xlsx/workbook-part";
import { openZip, type ZipPackage } from "./xlsx/zip";

export { readCentralDirectory, type ZipEntry } from "./xlsx/zip";

/** Everything later steps need: the bytes (report, --fix-out and --in-place all use these), the package and the grid. */
export interface XlsxBook {
  path: string;
  bytes: Buffer;
  zip: ZipPackage;
  workbook: WorkbookPart;
  styles: Styles;
  grid: WorkbookGrid;
  /** The file's status when it was read (absent for bytes that came from elsewhere). */
  stat?: Stats;
}

export async function readXlsxBytes(bytes: Buffer, path: string, limits: Limits): Promise<XlsxBook> {
  const zip = openZip(bytes, path, limits);
  const workbook = await readWorkbookPart(zip);
  for (const s of workbook.sheets) {
    // A sheet whose part is missing would otherwise vanish without a word: the planner must hear of it.
    if (s.part && !zip.entry(s.part)) throw new InputError(`Workbook rusak: isi lembar "${s.name}" (bagian ${s.part}) tidak ada di dalam berkas: ${path}`);
  }
  const seen = new Map<string, string>();
  for (const s of workbook.sheets) {
    const key = sheetNameKey(s.name);
    const other = seen.get(key);
    if (other !== undefined) throw new InputError(`Workbook rusak: nama lembar "${other}" dan "${s.name}" sama bagi Excel (huruf besar/kecil tidak dibedakan): ${path}`);
    seen.set(key, s.name);
  }
  const read = new Set<string>([workbook.part]);
  const styles = await readStyles(zip, workbook.styles, limits);
  if (workbook.styles) read.add(workbook.styles);
  const sst = await readSharedStrings(zip, workbook.sharedStrings, limits);
  if (workbook.sharedStrings) read.add(workbook.sharedStrings);
  const counter: WorkbookCounter = { cells: 0 };
  const grid: WorkbookGrid = { sheets: [] };
  for (const s of workbook.sheets) {
    const entry = s.part && s.worksheet ? zip.entry(s.part) : undefined;
    if (!entry) continue;
    grid.sheets.push(await readSheet(zip, entry, s.name, s.visibility, sst, styles, limits, counter));
    read.add(entry.name);
  }
  for (const e of zip.entries) {
    if (!e.name.endsWith("/") && !read.has(e.name)) await zip.inflate(e, () => undefined);
  }
  return { path, bytes, zip, workbook, styles, grid };
}
