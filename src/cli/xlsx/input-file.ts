// Reads one input file (workbook or nomenklatur list) into memory, once. Only regular files: a device such as
// /dev/zero has no size to check and never ends, a FIFO blocks until someone writes, a folder is not a file —
// each is refused by its type (fstat on the opened descriptor, so the checked file is the file read).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { InputError } from "../errors";
import { megabytes, type Limits } from "../limits";

export type InputKind = "workbook" | "nomenklatur";

const NOUN: Record<InputKind, string> = { workbook: "Berkas", nomenklatur: "Berkas nomenklatur" };

function typeOf(st: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (st.isDirectory()) return "melainkan folder";
  if (st.isFIFO()) return "melainkan pipa (FIFO)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "melainkan perangkat (device)";
  if (st.isSocket()) return "melainkan soket";
  return "bukan berkas biasa";
}

/**
 * The whole file as bytes, or an InputError with a plain message. O_NONBLOCK keeps open() of a FIFO from
 * waiting for a writer; the descriptor is checked before a single byte is read. The read stops at the size seen
 * by fstat (+1 byte to notice a file growing meanwhile), so a file cannot push memory past the limit.
 */
export function readInputFile(path: string, limits: Pick<Limits, "maxFileBytes">, kind: InputKind = "workbook"): Buffer {
  return readInputFileWithStat(path, limits, kind).bytes;
}

/** The bytes and the file's status as it was read (--in-place checks that the file is still the one read). */
export function readInputFileWithStat(path: string, limits: Pick<Limits, "maxFileBytes">, kind: InputKind = "workbook"): { bytes: Buffer; stat: Stats } {
  const noun = NOUN[kind];
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError(`${noun} tidak ditemukan: ${path}`);
    if (code === "EISDIR") throw new InputError(`Bukan berkas, melainkan folder: ${path}`);
    if (code === "EACCES" || code === "EPERM") throw new InputError(`${noun} tidak dapat dibuka (izin akses ditolak): ${path}`);
    throw new InputError(`${noun} tidak dapat dibuka: ${path}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputError(`Bukan berkas, ${typeOf(st)}: ${path}`);
    if (st.size > limits.maxFileBytes) throw new InputError(`${noun} terlalu besar (${megabytes(st.size)}; batas ${megabytes(limits.maxFileBytes)}): ${path}`);
    const buf = Buffer.allocUnsafe(st.size + 1);
    let n = 0;
    while (n < buf.length) {
      let got: number;
      try {
        got = readSync(fd, buf, n, buf.length - n, null);
      } catch {
        throw new InputError(`${noun} tidak dapat dibaca (kesalahan baca): ${path}`);
      }
      if (got === 0) break;
      n += got;
    }
    if (n > st.size) throw new InputError(`${noun} berubah selama dibaca (ukurannya bertambah); coba lagi setelah berkas selesai disimpan: ${path}`);
    return { bytes: buf.subarray(0, n), stat: st };
  } finally {
    closeSync(fd);
  }
}
