// xl/sharedStrings.xml: the texts cells refer to by index. Rich text runs are joined; phonetic guides (rPh) are
// not part of the text.
import { InputError } from "../errors";
import { count, type Limits } from "../limits";
import { decodeExcelEscapes, parsePart, withFastXml } from "./xml-stream";
import type { ZipEntry, ZipPackage } from "./zip";

export async function readSharedStrings(zip: ZipPackage, part: string | undefined, limits: Pick<Limits, "maxSharedStrings">): Promise<string[]> {
  const entry = part ? zip.entry(part) : undefined;
  if (!entry) return [];
  return withFastXml((fast) => readOnce(zip, entry, limits, fast));
}

async function readOnce(zip: ZipPackage, entry: ZipEntry, limits: Pick<Limits, "maxSharedStrings">, fast: boolean): Promise<string[]> {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let inPhonetic = 0;
  let parts: string[] = [];
  await parsePart(zip, entry, {
    open(name) {
      if (name === "si") {
        inSi = true;
        parts = [];
      } else if (name === "t" && inSi && inPhonetic === 0) inT = true;
      else if (name === "rPh") inPhonetic++;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") inPhonetic--;
      else if (name === "si") {
        inSi = false;
        out.push(decodeExcelEscapes(parts.length === 1 ? parts[0] : parts.join("")));
        if (out.length > limits.maxSharedStrings) throw new InputError(`Berkas ditolak: workbook memuat lebih dari ${count(limits.maxSharedStrings)} teks bersama (sharedStrings): ${zip.path}`);
      }
    },
    text(t) {
      if (inT) parts.push(t);
    },
  }, fast);
  return out;
}
