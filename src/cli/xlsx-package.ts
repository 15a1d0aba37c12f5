// Checks an .xlsx package before ExcelJS sees it: what the bytes really are (CSV, HTML, an encrypted OLE file,
// random bytes), an intact zip, and the limits of limits.ts — the central directory's declared sizes, and the
// real inflation of every part through a counting stream that stops at the declared size (a zip may lie).
import { createInflateRaw } from "node:zlib";
import { count, megabytes, type Limits } from "./limits";
import { InputError } from "./errors";

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface PackageReport {
  entries: ZipEntry[];
  /** Sheet names in workbook order, with their part path (xl/worksheets/sheet1.xml). */
  sheets: { name: string; part?: string }[];
  /** Row and cell records per worksheet part. */
  records: Map<string, { rows: number; cells: number }>;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UNREADABLE = "Berkas tidak dapat dibaca sebagai workbook Excel (.xlsx)";

/** What a file that is not a zip most likely is, for the message. */
function notZipMessage(bytes: Buffer, path: string): string {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    return `Berkas dilindungi kata sandi (terenkripsi) atau berformat Excel lama .xls, sehingga tidak dapat dibaca: ${path}. Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.`;
  }
  if (bytes.length === 0) return `${UNREADABLE} karena berkasnya kosong (0 byte): ${path}`;
  const head = bytes.subarray(0, 4096).toString("utf8").replace(/^\uFEFF/, "");
  if (/<(!doctype\s+html|html|table|head|body)\b/i.test(head)) {
    return `${UNREADABLE} karena isinya halaman HTML (mis. unduhan dari aplikasi web yang diberi akhiran .xlsx): ${path}. Buka di Excel lalu simpan sebagai .xlsx.`;
  }
  // Text: no NUL and almost no control bytes in the head. CSV/TSV when lines carry separators.
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9) || (b > 13 && b < 32)) control++;
  if (control === 0 && /[,;\t]/.test(head)) {
    return `${UNREADABLE} karena isinya teks CSV, bukan workbook: ${path}. Buka di Excel lalu simpan sebagai .xlsx.`;
  }
  return `${UNREADABLE}: ${path}`;
}

function corrupt(path: string, why: string): InputError {
  return new InputError(`${UNREADABLE} karena arsip zip-nya rusak (${why}): ${path}`);
}

function readU64(buf: Buffer, at: number): number {
  // Sizes beyond 2^53 are far beyond every limit anyway.
  return Number(buf.readBigUInt64LE(at));
}

/** Reads the zip central directory (ZIP64 included). Throws InputError on anything inconsistent. */
export function readCentralDirectory(buf: Buffer, path: string, limits: Limits): ZipEntry[] {
  const minEocd = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= minEocd; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(path, "direktori pusat tidak ditemukan");
  let total = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== 0x07064b50) throw corrupt(path, "penanda ZIP64 tidak ditemukan");
    const z = readU64(buf, loc + 8);
    if (z + 56 > buf.length || buf.readUInt32LE(z) !== 0x06064b50) throw corrupt(path, "catatan ZIP64 tidak utuh");
    total = readU64(buf, z + 32);
    cdSize = readU64(buf, z + 40);
    cdOffset = readU64(buf, z + 48);
  }
  if (total > limits.maxEntries) throw new InputError(`Berkas ditolak: arsip berisi ${count(total)} bagian, melebihi batas ${count(limits.maxEntries)} bagian: ${path}`);
  if (cdOffset + cdSize > buf.length) throw corrupt(path, "direktori pusat terpotong");

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < total; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt(path, "catatan direktori pusat tidak utuh");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > buf.length) throw corrupt(path, "catatan direktori pusat terpotong");
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    // ZIP64 extra field: the 64-bit values, in this order, for the fields saturated at 0xFFFFFFFF.
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = buf.readUInt16LE(e);
      const size = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + size) (uncompressedSize = readU64(buf, q)), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + size) (compressedSize = readU64(buf, q)), (q += 8);
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + size) localHeaderOffset = readU64(buf, q);
      }
      e += 4 + size;
    }
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(buf: Buffer, e: ZipEntry, path: string): Buffer {
  const h = e.localHeaderOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== 0x04034b50) throw corrupt(path, `kepala bagian ${e.name} tidak ditemukan`);
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  if (start + e.compressedSize > buf.length) throw corrupt(path, `bagian ${e.name} terpotong`);
  return buf.subarray(start, start + e.compressedSize);
}

const RECORD = /<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s>/]/g;

/**
 * Inflates one entry through a counting stream: stops as soon as more comes out than the entry declares
 * (so the declared sizes, already checked against the limits, really bound memory and time). `onText` sees
 * the inflated text chunk by chunk (latin1: only ASCII tags are looked for) and may throw to stop early.
 */
function inflateCounted(data: Buffer, e: ZipEntry, path: string, onText?: (s: string) => void, keep?: Buffer[]): Promise<number> {
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) return Promise.reject(corrupt(path, `ukuran bagian ${e.name} tidak cocok`));
    onText?.(data.toString("latin1"));
    keep?.push(data);
    return Promise.resolve(data.length);
  }
  if (e.method !== 8) return Promise.reject(corrupt(path, `metode kompresi ${e.method} pada bagian ${e.name} tidak dikenal`));
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let n = 0;
    let done = false;
    const fail = (err: unknown) => {
      if (done) return;
      done = true;
      inflate.destroy();
      reject(err instanceof InputError ? err : corrupt(path, `bagian ${e.name} tidak dapat diekstrak`));
    };
    inflate.on("data", (chunk: Buffer) => {
      if (done) return;
      n += chunk.length;
      if (n > e.uncompressedSize) {
        fail(new InputError(`Berkas ditolak: bagian ${e.name} mengembang melebihi ukuran yang tercatat di arsip zip (berkas rusak atau "zip bomb"): ${path}`));
        return;
      }
      try {
        onText?.(chunk.toString("latin1"));
      } catch (err) {
        fail(err);
        return;
      }
      keep?.push(chunk);
    });
    inflate.on("error", fail);
    inflate.on("end", () => {
      if (done) return;
      done = true;
      if (n !== e.uncompressedSize) reject(corrupt(path, `ukuran bagian ${e.name} tidak cocok`));
      else resolve(n);
    });
    inflate.end(data);
  });
}

function xmlDecode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, g: string) => {
    const k = g.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    const cp = k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? xmlDecode(m[2] ?? m[3] ?? "") : undefined;
}

/** Sheet names (workbook order) and their worksheet parts, from xl/workbook.xml and its relationships. */
function sheetsOf(workbookXml: string, relsXml: string): { name: string; part?: string }[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/"));
  }
  const out: { name: string; part?: string }[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name") ?? "";
    const rid = attr(m[0], "r:id") ?? attr(m[0], "[\\w]+:id");
    out.push({ name, part: rid ? targets.get(rid) : undefined });
  }
  return out;
}

/** Checks the package of an .xlsx held in `buf`; throws InputError with the reason when it must be refused. */
export async function inspectXlsxPackage(buf: Buffer, path: string, limits: Limits): Promise<PackageReport> {
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) {
    // An empty zip starts with its end record; anything else that is not a local header is not an .xlsx.
    if (buf.length >= 4 && buf.readUInt32LE(0) === 0x06054b50) throw new InputError(`${UNREADABLE} karena arsip zip-nya kosong: ${path}`);
    throw new InputError(notZipMessage(buf, path));
  }
  const entries = readCentralDirectory(buf, path, limits);
  if (entries.some((e) => e.encrypted)) throw new InputError(notZipMessage(OLE_MAGIC, path));

  let declared = 0;
  for (const e of entries) declared += e.uncompressedSize;
  if (declared > limits.maxUncompressedBytes) {
    throw new InputError(`Berkas ditolak: isi workbook setelah diekstrak ${megabytes(declared)}, melebihi batas ${megabytes(limits.maxUncompressedBytes)} (kemungkinan "zip bomb"): ${path}`);
  }
  for (const e of entries) {
    if (e.uncompressedSize >= limits.ratioCheckFromBytes && e.uncompressedSize > limits.maxCompressionRatio * Math.max(1, e.compressedSize)) {
      const ratio = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
      throw new InputError(`Berkas ditolak: bagian ${e.name} mengembang ${count(ratio)} kali lipat saat diekstrak (batas ${count(limits.maxCompressionRatio)} kali; kemungkinan "zip bomb"): ${path}`);
    }
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) throw new InputError(`${UNREADABLE} karena bagian xl/workbook.xml tidak ada (bukan workbook Excel): ${path}`);

  const texts = new Map<string, string>();
  const records = new Map<string, { rows: number; cells: number }>();
  let workbookCells = 0;
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const data = entryData(buf, e, path);
    if (e.name === "xl/workbook.xml" || e.name === "xl/_rels/workbook.xml.rels") {
      const chunks: Buffer[] = [];
      await inflateCounted(data, e, path, undefined, chunks);
      texts.set(e.name, Buffer.concat(chunks).toString("utf8"));
    } else if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) {
      const rec = { rows: 0, cells: 0 };
      records.set(e.name, rec);
      let tail = "";
      await inflateCounted(data, e, path, (s) => {
        // Tags may straddle chunks: scan the few carried-over bytes again, counting only matches that end in the new text.
        const text = tail + s;
        RECORD.lastIndex = 0;
        for (let m = RECORD.exec(text); m; m = RECORD.exec(text)) {
          if (m.index + m[0].length <= tail.length) continue;
          if (m[1] === "row") rec.rows++;
          else rec.cells++, workbookCells++;
        }
        tail = text.slice(-24);
        if (rec.rows > limits.maxRowRecordsPerSheet || rec.cells > limits.maxCellsPerSheet || workbookCells > limits.maxCellsPerWorkbook) throw new InputError("");
      }).catch((err: unknown) => {
        if (!(err instanceof InputError) || err.message !== "") throw err;
      });
      records.set(e.name, rec);
    } else {
      await inflateCounted(data, e, path);
    }
  }
  const sheets = sheetsOf(texts.get("xl/workbook.xml") ?? "", texts.get("xl/_rels/workbook.xml.rels") ?? "");
  const nameOf = (part: string) => sheets.find((s) => s.part === part)?.name ?? part;
  for (const [part, rec] of records) {
    if (rec.rows > limits.maxRowRecordsPerSheet) throw new InputError(`Lembar "${nameOf(part)}" berisi lebih dari ${count(limits.maxRowRecordsPerSheet)} baris (batas per lembar); berkas tidak diperiksa: ${path}`);
    if (rec.cells > limits.maxCellsPerSheet) throw new InputError(`Lembar "${nameOf(part)}" berisi lebih dari ${count(limits.maxCellsPerSheet)} sel (batas per lembar); berkas tidak diperiksa: ${path}`);
  }
  if (workbookCells > limits.maxCellsPerWorkbook) throw new InputError(`Workbook berisi lebih dari ${count(limits.maxCellsPerWorkbook)} sel (batas per workbook); berkas tidak diperiksa: ${path}`);

  for (const s of sheets) {
    // ExcelJS would drop such a sheet without a word: the planner must hear that a sheet is missing.
    if (s.part && !names.has(s.part)) throw new InputError(`Workbook rusak: isi lembar "${s.name}" (bagian ${s.part}) tidak ada di dalam berkas: ${path}`);
  }
  const seen = new Map<string, string>();
  for (const s of sheets) {
    const key = s.name.toUpperCase();
    const other = seen.get(key);
    if (other !== undefined) throw new InputError(`Workbook rusak: nama lembar "${other}" dan "${s.name}" sama bagi Excel (huruf besar/kecil tidak dibedakan): ${path}`);
    seen.set(key, s.name);
  }
  return { entries, sheets, records };
}
