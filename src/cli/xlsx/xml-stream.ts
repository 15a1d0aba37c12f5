// One package part streamed through saxes: inflated chunk by chunk (zip.ts), decoded as it comes, never held
// whole. Handlers see local names (a "x:" prefix stripped) and plain attribute strings. Malformed XML is refused.
import { SaxesParser } from "saxes";
import { InputError } from "../errors";
import { XML_LIMITS } from "../limits";
import { UNREADABLE, type ZipEntry, type ZipPackage } from "./zip";
import { FastPathUnsupported, XmlScanner } from "./xml-scan";

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  /** Text inside elements; handlers ignore what they do not collect. */
  text?(text: string): void;
}

const MAX_XML_DEPTH = XML_LIMITS.maxDepth;
const MAX_XML_ATTRIBUTES = XML_LIMITS.maxAttributes;

const localName = (name: string): string => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

/**
 * Reads a large part (worksheet, shared strings) with the fast scanner (xml-scan.ts) and, where the part leaves
 * the scanner's subset, again from the start with saxes: `read(fast)` must start from fresh state each time.
 */
export async function withFastXml<T>(read: (fast: boolean) => Promise<T>): Promise<T> {
  try {
    return await read(true);
  } catch (e) {
    if (!(e instanceof FastPathUnsupported)) throw e;
    return read(false);
  }
}

/** With `fast`, the part goes through XmlScanner, which throws FastPathUnsupported where saxes must decide. */
export async function parsePart(zip: ZipPackage, entry: ZipEntry, h: XmlHandlers, fast = false): Promise<void> {
  if (fast) return scanPart(zip, entry, h);
  const parser = new SaxesParser({ position: false });
  parser.on("error", (err) => {
    if (err instanceof InputError) throw err;
    throw new InputError(`${UNREADABLE}: ${zip.path} (XML bagian ${entry.name} rusak)`);
  });
  let depth = 0;
  let attributes = 0;
  const tooComplex = (what: string) => new InputError(`${UNREADABLE}: ${zip.path} (XML bagian ${entry.name} ${what}; berkas rusak atau dimanipulasi)`);
  parser.on("opentagstart", () => {
    attributes = 0;
    if (++depth > MAX_XML_DEPTH) throw tooComplex(`bersarang lebih dari ${MAX_XML_DEPTH} tingkat`);
  });
  parser.on("attribute", () => {
    if (++attributes > MAX_XML_ATTRIBUTES) throw tooComplex(`memuat elemen dengan lebih dari ${MAX_XML_ATTRIBUTES} atribut`);
  });
  parser.on("opentag", (tag) => h.open(localName(tag.name), tag.attributes as Record<string, string>));
  const close = h.close;
  parser.on("closetag", (tag) => {
    depth--;
    if (close) close(localName(tag.name));
  });
  const text = h.text;
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  let decoder: TextDecoder | undefined;
  await zip.inflate(entry, (chunk) => {
    if (!decoder) {
      // Excel writes UTF-8; a UTF-16 part announces itself with its byte order mark.
      const utf16 = chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
      decoder = new TextDecoder(utf16 ? (chunk[0] === 0xff ? "utf-16le" : "utf-16be") : "utf-8");
    }
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  if (decoder) parser.write(decoder.decode());
  parser.close();
}

/** Bytes held back waiting for the rest of their token; more is a text or tag no spreadsheet writes: saxes's. */
const MAX_CARRY = 1 << 20;

async function scanPart(zip: ZipPackage, entry: ZipEntry, h: XmlHandlers): Promise<void> {
  const scanner = new XmlScanner(h);
  // Each piece is decoded up to the last "<" of its chunk: that byte never occurs inside a UTF-8 sequence or a
  // tag, so every piece is whole characters and whole tokens, and decodes to one flat string (no string joins).
  const decoder = new TextDecoder("utf-8");
  let carry: Uint8Array = new Uint8Array(0);
  let first = true;
  let bytes = 0;
  try {
    await zip.inflate(entry, (chunk) => {
      bytes += chunk.length;
      // A UTF-16 part (byte order mark) is saxes's.
      if (first && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) throw new FastPathUnsupported();
      first = false;
      const lt = chunk.lastIndexOf(0x3c);
      if (lt < 0) {
        carry = concat(carry, chunk);
        if (carry.length > MAX_CARRY) throw new FastPathUnsupported();
        return;
      }
      const piece = carry.length === 0 ? chunk.subarray(0, lt) : concat(carry, chunk.subarray(0, lt));
      if (piece.length > 0) scanner.write(decoder.decode(piece));
      carry = chunk.slice(lt);
    });
    if (carry.length > 0) scanner.write(decoder.decode(carry));
    scanner.end();
  } catch (e) {
    // The part is read again from its start: its first pass does not count against the package's limit.
    if (e instanceof FastPathUnsupported) zip.forgetInflated(bytes);
    throw e;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Excel's escapes for characters XML cannot carry: "_x000D_" is a carriage return. */
export function decodeExcelEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
