// Writes a package back: every unchanged part copied byte for byte from the original file (its local header, data
// and data descriptor, and its central directory record with only the offset moved), changed parts deflated anew.
// So macros (vbaProject.bin), pictures, comments, pivots and custom XML come out exactly as they went in.
import { crc32, deflateRawSync } from "node:zlib";
import type { ZipEntry, ZipPackage } from "./zip";

function centralRecordAt(buf: Buffer, p: number): { length: number; nameLen: number; extraLen: number; commentLen: number } {
  const nameLen = buf.readUInt16LE(p + 28);
  const extraLen = buf.readUInt16LE(p + 30);
  const commentLen = buf.readUInt16LE(p + 32);
  return { length: 46 + nameLen + extraLen + commentLen, nameLen, extraLen, commentLen };
}

/** Locates each entry's central directory record in the original (same order as zip.entries). */
function centralRecords(zip: ZipPackage): number[] {
  const buf = zip.bytes;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  let p = buf.readUInt32LE(eocd + 16);
  if (p === 0xffffffff) {
    const loc = eocd - 20;
    p = Number(buf.readBigUInt64LE(Number(buf.readBigUInt64LE(loc + 8)) + 48));
  }
  const out: number[] = [];
  for (let i = 0; i < zip.entries.length; i++) {
    out.push(p);
    p += centralRecordAt(buf, p).length;
  }
  return out;
}

/**
 * The package with `replaced` parts (by exact entry name) given new content and `dropped` ones left out. Entry order, names, timestamps,
 * attributes and comments are kept; an unchanged entry's bytes are copied from its local header up to the next
 * entry (so a data descriptor travels with it).
 */
export function rewriteZip(zip: ZipPackage, replaced: ReadonlyMap<string, Buffer>, dropped: ReadonlySet<string> = new Set(), added: ReadonlyMap<string, Buffer> = new Map()): Buffer {
  const buf = zip.bytes;
  const records = centralRecords(zip);
  const starts = zip.entries.map((e) => e.localHeaderOffset);
  const cdStart = records.length > 0 ? Math.min(...records) : buf.length;
  const sortedStarts = [...starts, cdStart].sort((a, b) => a - b);
  const spanEnd = (start: number) => sortedStarts.find((s) => s > start) ?? cdStart;

  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let kept = 0;
  zip.entries.forEach((e: ZipEntry, i) => {
    if (dropped.has(e.name)) return;
    kept++;
    const cd = records[i];
    const rec = centralRecordAt(buf, cd);
    const content = replaced.get(e.name);
    if (content === undefined) {
      const span = buf.subarray(e.localHeaderOffset, spanEnd(e.localHeaderOffset));
      const record = Buffer.from(buf.subarray(cd, cd + rec.length));
      if (record.readUInt32LE(42) !== 0xffffffff) record.writeUInt32LE(offset, 42);
      else patchZip64Offset(record, rec, offset);
      locals.push(span);
      central.push(record);
      offset += span.length;
      return;
    }
    const data = deflateRawSync(content);
    const name = buf.subarray(cd + 46, cd + 46 + rec.nameLen);
    const comment = buf.subarray(cd + 46 + rec.nameLen + rec.extraLen, cd + rec.length);
    const crc = crc32(content) >>> 0;
    const flags = buf.readUInt16LE(cd + 8) & 0x0800; // keep only "UTF-8 name": no descriptor, no encryption
    const time = buf.readUInt16LE(cd + 12);
    const date = buf.readUInt16LE(cd + 14);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const record = Buffer.alloc(46);
    buf.copy(record, 0, cd, cd + 46);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(content.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(0, 30);
    record.writeUInt16LE(comment.length, 32);
    record.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(record, name, comment);
    offset += 30 + name.length + data.length;
  });
  // New parts (a sheet added by `renja triwulan`) go last, deflated, stamped with the time they were written.
  const now = dosDateTime(new Date());
  for (const [partName, content] of added) {
    const name = Buffer.from(partName, "utf8");
    const data = deflateRawSync(content);
    const crc = crc32(content) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(now.time, 10);
    local.writeUInt16LE(now.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt16LE(now.time, 12);
    record.writeUInt16LE(now.date, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(content.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(record, name);
    offset += 30 + name.length + data.length;
    kept++;
  }
  const cdBuf = Buffer.concat(central);
  // The original end record's comment is kept; the counts and offsets are the new ones.
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  const comment = buf.subarray(eocd + 22, Math.min(buf.length, eocd + 22 + buf.readUInt16LE(eocd + 20)));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(kept, 8);
  end.writeUInt16LE(kept, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, cdBuf, end, comment]);
}

/** MS-DOS date and time fields of a zip entry (2-second resolution, local time as zip tools write it). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getFullYear());
  return { date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(), time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1) };
}

/** A record whose offset lives in its ZIP64 extra field (after the sizes that are saturated too). */
function patchZip64Offset(record: Buffer, rec: { nameLen: number; extraLen: number }, offset: number): void {
  for (let e = 46 + rec.nameLen; e + 4 <= 46 + rec.nameLen + rec.extraLen; ) {
    const id = record.readUInt16LE(e);
    const size = record.readUInt16LE(e + 2);
    if (id === 0x0001) {
      let q = e + 4;
      if (record.readUInt32LE(24) === 0xffffffff) q += 8;
      if (record.readUInt32LE(20) === 0xffffffff) q += 8;
      record.writeBigUInt64LE(BigInt(offset), q);
      return;
    }
    e += 4 + size;
  }
}
