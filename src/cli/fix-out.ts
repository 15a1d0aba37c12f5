// `--fix-out`: a corrected copy of the input; the input file itself is never written.
// `--in-place`: the fixes written into the input, after a byte-exact backup FILE.bak.xlsx that is never overwritten.
import ExcelJS from "exceljs";
import { constants, copyFileSync, readFileSync, renameSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { InputError } from "./errors";
import type { ValidationResult } from "../renja/engine";
import type { WriteValue } from "../renja/plan";
import { excelJsValue } from "./xlsx-write";

function fixWrites(result: ValidationResult): { sheet: string; cell: string; value: WriteValue }[] {
  return [
    ...result.findings.flatMap((f) => (f.fix ? [{ sheet: f.fix.sheet, cell: f.fix.cell, value: f.fix.value }] : [])),
    ...result.plan.cells.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.value })),
  ];
}

/** True when both paths name the same file (also through symlinks, hard links, `./` or case on such file systems). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const sa = statSync(a, { throwIfNoEntry: false });
  const sb = statSync(b, { throwIfNoEntry: false });
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** "renja.xlsx" → "renja.bak.xlsx", next to it. */
export function backupPath(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.bak${ext || ".xlsx"}`);
}

/** Applies every proposed fix and the recomputed values of the plan; returns how many cells changed. */
export async function writeFixedCopy(input: string, output: string, result: ValidationResult): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  let n = 0;
  const writes = fixWrites(result);
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    ws.getCell(w.cell).value = excelJsValue(w.value);
    n++;
  }
  await wb.xlsx.writeFile(output);
  return n;
}

/**
 * `--in-place`: copies the input to its backup (refusing to overwrite an existing one: it may be the only
 * original left), checks the copy byte for byte, writes the fixed workbook to a temporary file beside the input
 * and renames it over the input, so a failure at any step leaves the input as it was. Nothing is written when
 * there is nothing to fix.
 */
export async function writeFixesInPlace(input: string, result: ValidationResult): Promise<{ changes: number; backup?: string }> {
  if (fixWrites(result).length === 0) return { changes: 0 };
  const backup = backupPath(input);
  try {
    copyFileSync(input, backup, constants.COPYFILE_EXCL);
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === "EEXIST";
    throw new InputError(exists ? `Cadangan ${backup} sudah ada; pindahkan atau hapus dulu (tidak pernah ditimpa). Berkas masukan tidak diubah.` : `Cadangan ${backup} tidak dapat dibuat; berkas masukan tidak diubah.`);
  }
  if (!readFileSync(backup).equals(readFileSync(input))) {
    unlinkSync(backup);
    throw new InputError(`Cadangan ${backup} tidak sama dengan berkas masukan; berkas masukan tidak diubah.`);
  }
  const temp = join(dirname(input), `.${basename(input)}.${process.pid}.tmp.xlsx`);
  try {
    const changes = await writeFixedCopy(input, temp, result);
    renameSync(temp, input);
    return { changes, backup };
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
    throw new InputError(`Perbaikan tidak dapat ditulis ke ${input}; berkas tidak diubah (cadangan: ${backup}).`);
  }
}
