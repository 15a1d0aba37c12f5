// Values of every sheet of an .xlsx, read in the task pane from the bytes of a file the user picked (the file
// never leaves the machine). Values only: no styles, formulas or merges; enough for a nomenclature list, whose
// header and kode are found by text. fflate unzips; the few XML elements needed are scanned directly.
import { strFromU8, unzipSync } from "fflate";
import { columnIndex, type CellValue, type SheetGrid } from "../renja/grid";

/** Parts larger than this (uncompressed) are refused: a list of ten thousand rows is a few MB. */
const MAX_PART_BYTES = 100 * 1024 * 1024;

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : NAMED[name as string],
  );
}

/** The text of every <t> inside a fragment (rich text runs joined; phonetic runs left out). */
function textOf(fragment: string): string {
  let out = "";
  for (const m of fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1];
  return unescapeXml(out);
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function readSheet(xml: string, shared: string[], name: string): SheetGrid {
  const values: CellValue[][] = [];
  let nextRow = 0;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rAttr = attr(row[1], "r");
    const r = rAttr ? Number(rAttr) - 1 : nextRow;
    nextRow = r + 1;
    let nextCol = 0;
    for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(cell[1], "r");
      const c = ref ? columnIndex(/^[A-Z]*/.exec(ref)![0]) : nextCol;
      nextCol = c + 1;
      const body = cell[2] ?? "";
      const type = attr(cell[1], "t");
      let v: CellValue = null;
      if (type === "inlineStr") v = textOf(body);
      else {
        const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        if (raw === undefined) continue;
        if (type === "s") v = shared[Number(raw)] ?? null;
        else if (type === "str" || type === "e") v = unescapeXml(raw);
        else if (type === "b") v = raw === "1";
        else v = Number.isFinite(Number(raw)) ? Number(raw) : unescapeXml(raw);
      }
      while (values.length <= r) values.push([]);
      const cells = values[r];
      while (cells.length < c) cells.push(null);
      cells[c] = v;
    }
  }
  return { name, origin: { row: 0, col: 0 }, values };
}

/** Every sheet's values, in workbook order. Throws (in Bahasa Indonesia) when the bytes are not an .xlsx. */
export function readXlsxValues(bytes: Uint8Array): SheetGrid[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.originalSize <= MAX_PART_BYTES && /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(f.name) });
  } catch {
    throw new Error("Berkas ini bukan workbook Excel (.xlsx).");
  }
  const workbook = files["xl/workbook.xml"];
  if (!workbook) throw new Error("Berkas ini bukan workbook Excel (.xlsx).");
  const shared = files["xl/sharedStrings.xml"] ? [...strFromU8(files["xl/sharedStrings.xml"]).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1])) : [];
  const rels = new Map<string, string>();
  const relsXml = files["xl/_rels/workbook.xml.rels"] ? strFromU8(files["xl/_rels/workbook.xml.rels"]) : "";
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target) rels.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const grids: SheetGrid[] = [];
  for (const m of strFromU8(workbook).matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = unescapeXml(attr(m[1], "name") ?? `Sheet${grids.length + 1}`);
    const target = rels.get(attr(m[1], "r:id") ?? "");
    const part = target ? files[target] : undefined;
    if (part) grids.push(readSheet(strFromU8(part), shared, name));
  }
  return grids;
}
