// Where a command may write its output. A government budget file must never be replaced by accident: the output
// is refused when it is one of the inputs (same device and inode, so also through a symbolic or hard link or any
// spelling of the path) and when it exists at all unless the user passed --timpa. The file is written beside its
// target under a temporary name and only then put in place, so a failed write never leaves half a workbook, and
// without --timpa a file that appears meanwhile is still not replaced (link() refuses an existing name).
import { accessSync, constants, copyFileSync, linkSync, lstatSync, realpathSync, renameSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** An output that may not or cannot be written; its message is for the planner, in Bahasa Indonesia. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}

export interface OutputRequest {
  /** The option that named the output, for the messages ("--out", "--fix-out"). */
  option: string;
  /** The files the command reads: never written. */
  inputs: string[];
  /** --timpa: an existing file (not an input) may be replaced. */
  overwrite: boolean;
  /** Added to the refusal of an output that is an input ("pakai --in-place …"). */
  sameInputHint?: string;
}

/** A checked output: where it really goes (links resolved) and whether a file is already there. */
export interface OutputTarget {
  /** As the user wrote it, for messages. */
  shown: string;
  /** The real path the file is put at (a symbolic link's target; its folder's links resolved). */
  path: string;
  overwrite: boolean;
}

function sameInode(a: string, b: string): boolean {
  const sa = statSync(a, { throwIfNoEntry: false });
  const sb = statSync(b, { throwIfNoEntry: false });
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** The Indonesian message for a failed write of `shown` (ENOENT, EACCES, EISDIR, ENOSPC, …). */
export function writeErrorMessage(shown: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return `Berkas keluaran ${shown} tidak dapat ditulis: folder ${dirname(shown)} tidak ada.`;
    case "EACCES":
    case "EPERM":
      return `Berkas keluaran ${shown} tidak dapat ditulis: tidak ada izin menulis di sana.`;
    case "EROFS":
      return `Berkas keluaran ${shown} tidak dapat ditulis: penyimpanannya hanya dapat dibaca.`;
    case "EISDIR":
      return `Berkas keluaran ${shown} adalah sebuah folder; berikan nama berkas .xlsx.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Berkas keluaran ${shown} tidak dapat ditulis: ruang penyimpanan penuh.`;
    case "EEXIST":
      return `Berkas keluaran ${shown} sudah ada dan tidak ditimpa (tambahkan --timpa bila memang ingin menggantinya).`;
    default:
      return `Berkas keluaran ${shown} tidak dapat ditulis${code ? ` (${code})` : ""}.`;
  }
}

/**
 * Checks `out` before anything is computed or written; throws OutputError with the planner's message. Links are
 * resolved: a symbolic link is followed to the file it names, and the folder must exist and be writable.
 */
export function checkOutput(out: string, req: OutputRequest): OutputTarget {
  const shown = out;
  if (out.trim() === "") throw new OutputError(`${req.option}: nama berkas keluaran kosong.`);
  for (const input of req.inputs) {
    if (resolve(out) === resolve(input) || sameInode(out, input)) {
      const hint = req.sameInputHint ? ` (${req.sameInputHint})` : "";
      throw new OutputError(`${req.option} tidak boleh sama dengan berkas masukan; berkas masukan tidak pernah ditimpa${hint}.`);
    }
  }
  let target = resolve(out);
  const link = lstatSync(target, { throwIfNoEntry: false });
  if (link?.isSymbolicLink()) {
    // A link whose target is missing would create a file wherever it points: refused.
    try {
      target = realpathSync(target);
    } catch {
      throw new OutputError(`${req.option}: ${shown} adalah tautan ke berkas yang tidak ada; berikan nama berkas biasa.`);
    }
  }
  const folder = dirname(target);
  const dir = statSync(folder, { throwIfNoEntry: false });
  if (!dir) throw new OutputError(`Berkas keluaran ${shown} tidak dapat ditulis: folder ${dirname(shown)} tidak ada.`);
  if (!dir.isDirectory()) throw new OutputError(`Berkas keluaran ${shown} tidak dapat ditulis: ${dirname(shown)} bukan folder.`);
  target = join(realpathSync(folder), basename(target));
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new OutputError(`Berkas keluaran ${shown} adalah sebuah folder; berikan nama berkas .xlsx.`);
  // A device, pipe or socket is never a workbook: replacing /dev/… by a file would break the system, not save a copy.
  if (existing && !existing.isFile()) throw new OutputError(`Berkas keluaran ${shown} bukan berkas biasa; berikan nama berkas .xlsx.`);
  if (existing && !req.overwrite) {
    throw new OutputError(`Berkas keluaran ${shown} sudah ada dan tidak ditimpa (tambahkan --timpa bila memang ingin menggantinya).`);
  }
  try {
    accessSync(dirname(target), constants.W_OK);
  } catch {
    throw new OutputError(`Berkas keluaran ${shown} tidak dapat ditulis: tidak ada izin menulis di folder ${dirname(shown)}.`);
  }
  return { shown, path: target, overwrite: req.overwrite };
}

/**
 * Writes the output through `write(tempPath)` and puts it in place: renamed over the target with --timpa, linked
 * to a name that must still be free without it. Any failure removes the temporary file and throws OutputError.
 */
export async function writeOutput(target: OutputTarget, write: (tempPath: string) => Promise<void>): Promise<void> {
  const temp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${Date.now()}.tmp`);
  const cleanup = () => {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
  };
  try {
    await write(temp);
  } catch (e) {
    cleanup();
    throw new OutputError(writeErrorMessage(target.shown, e));
  }
  try {
    if (target.overwrite) renameSync(temp, target.path);
    else {
      try {
        linkSync(temp, target.path);
      } catch (e) {
        // A file system without hard links: an exclusive copy still never replaces a file.
        if ((e as NodeJS.ErrnoException).code === "EEXIST") throw e;
        copyFileSync(temp, target.path, constants.COPYFILE_EXCL);
      }
      cleanup();
    }
  } catch (e) {
    cleanup();
    throw new OutputError(writeErrorMessage(target.shown, e));
  }
}
