// One workbook read and validated: what `renja validate` does per file, in the main thread or in a worker.
import type { ValidationResult } from "../renja/engine";
import { validateWithFixPlan } from "../renja/fix-plan";
import type { NomenklaturIndex } from "../renja/nomenklatur";
import type { ColumnOverride } from "../renja/rules/context";
import { InputError } from "./errors";
import { readXlsxBook } from "./xlsx-grid";
import type { XlsxBook } from "./xlsx-package";

export interface FileOutcome {
  file: string;
  result?: ValidationResult;
  error?: string;
  /** Kept for --fix-out and --in-place, which patch these same bytes. */
  book?: XlsxBook;
}

export async function validateFile(file: string, nomenklatur: NomenklaturIndex | undefined, keepBook: boolean, columnMap?: ColumnOverride[]): Promise<FileOutcome> {
  try {
    const { grid, book } = await readForValidation(file, keepBook);
    // Fixes planned as a whole (the pane's planner too): what the report lists is what --fix-out writes.
    const planned = validateWithFixPlan(grid, { nomenklatur, nomenklaturName: nomenklatur?.name, ...(columnMap ? { columnMap } : {}) }).result;
    // The report and the writers read the findings, the summary and the plan, never the table models: those are
    // let go before the report is composed (on 100k sub kegiatan they are some 80 MB beside the findings).
    const result: ValidationResult = { ...planned, tables: [] };
    return { file, result, book };
  } catch (e) {
    return { file, error: e instanceof InputError ? e.message : `Berkas tidak dapat diproses: ${file}` };
  }
}

/** The grid, and the package only when fixes will be written: otherwise its bytes go before validation starts. */
async function readForValidation(file: string, keepBook: boolean): Promise<{ grid: XlsxBook["grid"]; book?: XlsxBook }> {
  const read = await readXlsxBook(file);
  return keepBook ? { grid: read.grid, book: read } : { grid: read.grid };
}
