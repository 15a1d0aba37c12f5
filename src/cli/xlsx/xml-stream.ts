// One package part streamed through saxes: inflated chunk by chunk (zip.ts), decoded as it comes, never held
// whole. Handlers see local names (a "x:" prefix stripped) and plain attribute strings. Malformed XML is refused.
import { SaxesParser } from "saxes";
import { InputError } from "../errors";
import { XML_LIMITS } from "../limits";
import { UNREADABLE, type ZipEntry, type ZipPackage } from "./zip";

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

export async function parsePart(zip: ZipPackage, entry: ZipEntry, h: XmlHandlers): Promise<void> {
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

/** Excel's escapes for characters XML cannot carry: "_x000D_" is a carriage return. */
export function decodeExcelEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
