// `--fix-out`: a corrected copy of the input; the input file itself is never written.
// `--in-place`: the fixes written into the input, after a byte-exact backup FILE.bak.xlsx that is never overwritten.
// Both patch the bytes read for the report (never a second read of the path) and change only the fixed cells:
// every other part of the package (macros, comments, charts, pivots, validations, formats) is copied as it was.
import { chmodSync, chownSync, closeSync, constants, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { InputError } from "./errors";
import type { ValidationResult } from "../renja/engine";
import { plannedFixes } from "../renja/fix-plan";
import type { XlsxBook } from "./xlsx-package";
import { patchWorkbook, type PatchWrite, type RowHeightChange } from "./xlsx/patch";

/**
 * The planned fixes (src/renja/fix-plan.ts), one per cell: the same list the pane's "Perbaiki semua" applies, each
 * with the number format a General cell takes.
 */
function fixWrites(result: ValidationResult): PatchWrite[] {
  return plannedFixes(result).map((f) => ({ sheet: f.sheet, cell: f.cell, value: f.value, ...(f.numberFormat !== undefined ? { numberFormat: f.numberFormat } : {}) }));
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

/** The patched package, how many cells it changes and the rows it made taller for a fixed text. */
async function fixedBytes(book: XlsxBook, result: ValidationResult): Promise<{ bytes: Buffer; changes: number; taller: RowHeightChange[] }> {
  const { bytes, written, taller } = await patchWorkbook(book, fixWrites(result));
  return { bytes, changes: new Set(written).size, taller };
}

/** What the command line says about rows a fix made taller (the one change to the planner's layout). */
export function tallerRowsText(taller: readonly RowHeightChange[]): string | undefined {
  if (taller.length === 0) return undefined;
  const pt = (n: number): string => String(n).replace(".", ",");
  const list = taller.map((t) => `${t.sheet}!${t.cell} (baris ${t.row}: ${pt(t.from)} → ${pt(t.to)} pt)`).join(", ");
  return `${taller.length} baris dibuat lebih tinggi agar teks perbaikannya terlihat utuh: ${list}`;
}

/**
 * Writes the corrected copy of the workbook read in `book` to `output`; returns how many cells changed. The rows
 * made taller for a fixed text are added to `taller` when given.
 */
export async function writeFixedCopy(book: XlsxBook, output: string, result: ValidationResult, taller?: RowHeightChange[]): Promise<number> {
  const { bytes, changes, taller: raised } = await fixedBytes(book, result);
  taller?.push(...raised);
  try {
    writeFileSync(output, bytes);
  } catch {
    throw new InputError(`Berkas keluaran tidak dapat ditulis: ${output}`);
  }
  return changes;
}

/**
 * `--in-place`: refuses a read-only file and a file changed since it was read; writes the byte-exact backup from
 * the bytes read (refusing to overwrite an existing one: it may be the only original left); then writes the fixed
 * package through a symlink to its target, keeping the file's mode and owner — as a temporary file in the same
 * folder renamed over it, or, for a file with hard links, into the file itself so every link sees the fix.
 * Nothing is written when there is nothing to fix.
 */
export async function writeFixesInPlace(book: XlsxBook, result: ValidationResult): Promise<{ changes: number; backup?: string; taller?: RowHeightChange[] }> {
  const input = book.path;
  const writes = fixWrites(result);
  if (writes.length === 0) return { changes: 0 };
  let target: string;
  try {
    target = realpathSync(input);
  } catch {
    throw new InputError(`Berkas ${input} tidak ditemukan lagi; tidak ada yang ditulis.`);
  }
  const st = statSync(target);
  if ((st.mode & 0o222) === 0) throw new InputError(`Berkas ${input} hanya-baca; perbaikan tidak ditulis dan berkas tidak diubah (ubah izinnya atau pakai --fix-out).`);
  const was = book.stat;
  if (was && (was.dev !== st.dev || was.ino !== st.ino || was.size !== st.size || was.mtimeMs !== st.mtimeMs)) {
    throw new InputError(`Berkas ${input} berubah sejak dibaca; perbaikan tidak ditulis. Jalankan lagi.`);
  }
  const { bytes, changes, taller } = await fixedBytes(book, result);

  const backup = backupPath(input);
  try {
    writeFileSync(backup, book.bytes, { flag: "wx", mode: st.mode & 0o666 });
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === "EEXIST";
    throw new InputError(exists ? `Cadangan ${backup} sudah ada; pindahkan atau hapus dulu (tidak pernah ditimpa). Berkas masukan tidak diubah.` : `Cadangan ${backup} tidak dapat dibuat; berkas masukan tidak diubah.`);
  }
  if (!readFileSync(backup).equals(book.bytes)) {
    unlinkSync(backup);
    throw new InputError(`Cadangan ${backup} tidak sama dengan berkas masukan; berkas masukan tidak diubah.`);
  }

  if (st.nlink > 1) {
    // A rename would give this name a new file and leave the other links on the old one.
    try {
      overwrite(target, bytes);
    } catch {
      try {
        overwrite(target, book.bytes);
      } catch {
        // the backup holds the original
      }
      throw new InputError(`Perbaikan tidak dapat ditulis ke ${input}; isi aslinya ada di cadangan ${backup}.`);
    }
    return { changes, backup, taller };
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp${extname(target)}`);
  try {
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, st.mode & 0o7777);
    try {
      writeAll(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, st.mode & 0o7777); // the umask may have narrowed it
    try {
      chownSync(temp, st.uid, st.gid);
    } catch {
      // only the owner's own files can be given away; the mode is kept either way
    }
    renameSync(temp, target);
    return { changes, backup, taller };
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
    throw new InputError(`Perbaikan tidak dapat ditulis ke ${input}; berkas tidak diubah (cadangan: ${backup}).`);
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let n = 0; n < bytes.length; ) n += writeSync(fd, bytes, n, bytes.length - n);
}

function overwrite(file: string, bytes: Buffer): void {
  const fd = openSync(file, constants.O_WRONLY);
  try {
    writeAll(fd, bytes);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
