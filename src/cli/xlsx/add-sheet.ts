// Adds one worksheet, written by ExcelJS into a workbook of its own (the "donor"), to a user's package without
// loading that package into ExcelJS: the sheet part is grafted in, its styles appended to the workbook's styles
// (fonts, fills, borders, number formats and cell formats, with the sheet's style indexes moved to match), its
// shared strings turned into inline strings, and the workbook part, its relationships, the content types and the
// sheet's print titles told about it. Every other part is copied byte for byte (zip-write.ts), so what ExcelJS does
// not model (macros, pivots, comments, charts) is never at risk. `renja triwulan` writes its Tabel 4.2 this way.
import { InputError } from "../errors";
import { LIMITS, type Limits } from "../limits";
import type { XlsxBook } from "../xlsx-package";
import { withFullCalcOnLoad, xmlText } from "./patch";
import { readSharedStrings } from "./shared-strings";
import { readWorkbookPart, relsPartOf, sheetNameKey, type WorkbookPart } from "./workbook-part";
import { openZip, type ZipPackage } from "./zip";
import { rewriteZip } from "./zip-write";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_WORKSHEET = `${REL_NS}/worksheet`;
const REL_STYLES = `${REL_NS}/styles`;
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

const text = async (book: { zip: ZipPackage }, part: string | undefined): Promise<string | undefined> => {
  const e = part ? book.zip.entry(part) : undefined;
  return e ? (await book.zip.bytesOf(e)).toString("utf8") : undefined;
};

/** The donor is this program's own output, opened without being read into a grid: bounded by memory, not by the
 * limits for a user's file (a Tabel 4.2 of 100 000 sub kegiatan is several hundred MB of XML). */
const DONOR_LIMITS: Limits = { ...LIMITS, maxUncompressedBytes: 4 * 1024 * 1024 * 1024, maxCompressionRatio: Number.MAX_SAFE_INTEGER };

const escAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The element prefix ("" or "x:") the part's root element uses. */
function prefixOf(xml: string, root: string): string {
  const m = new RegExp(`<(\\w+:)?${root}[\\s>]`).exec(xml);
  return m?.[1] ?? "";
}

/** A section (`<fonts>…</fonts>`) of a styles part: where it is and its child elements as written. */
interface Section {
  start: number;
  end: number;
  open: string;
  items: string[];
}

function section(xml: string, p: string, name: string, child: string): Section | undefined {
  const open = new RegExp(`<${p}${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  if (open[1] === "/") return { start: open.index, end: open.index + open[0].length, open: open[0].replace(/\s*\/>$/, ">"), items: [] };
  const close = xml.indexOf(`</${p}${name}>`, open.index);
  if (close < 0) return undefined;
  const body = xml.slice(open.index + open[0].length, close);
  return { start: open.index, end: close + `</${p}${name}>`.length, open: open[0], items: children(body, `${p}${child}`) };
}

/** The direct children named `tag` of a section body (self-closing or with content; never nested in themselves). */
function children(body: string, tag: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${tag}\\b[^>]*?(/?)>`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m[1] === "/") {
      out.push(m[0]);
      continue;
    }
    const close = body.indexOf(`</${tag}>`, re.lastIndex);
    if (close < 0) break;
    out.push(body.slice(m.index, close + tag.length + 3));
    re.lastIndex = close + tag.length + 3;
  }
  return out;
}

const withCount = (open: string, n: number): string => (/\scount\s*=/.test(open) ? open.replace(/\scount\s*=\s*"[^"]*"/, ` count="${n}"`) : open.replace(/>$/, ` count="${n}">`));

/** Element names of the donor's (unprefixed) XML given the target part's prefix. */
const prefixed = (xml: string, p: string): string => (p === "" ? xml : xml.replace(/<(\/?)(\w+)(?=[\s/>])/g, `<$1${p}$2`));

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
const setAttr = (tag: string, name: string, value: string | number): string => tag.replace(new RegExp(`(\\s${name}\\s*=\\s*)"[^"]*"`), `$1"${value}"`);

/**
 * The workbook's styles with the donor's appended; `xfBase` is where the donor's cell formats start. Sections the
 * workbook lacks are added in the schema's order.
 */
function mergeStyles(target: string, donor: string): { xml: string; xfBase: number } {
  const p = prefixOf(target, "styleSheet");
  const d = (name: string, child: string) => section(donor, "", name, child)?.items ?? [];
  // numFmts: reuse a code the workbook already has, otherwise a fresh id above every id in use (custom ids start at 164).
  const numFmtMap = new Map<number, number>();
  const targetFmts = section(target, p, "numFmts", "numFmt");
  const codes = new Map<string, number>();
  let nextId = 164;
  for (const f of targetFmts?.items ?? []) {
    const id = Number(attr(f, "numFmtId"));
    const code = attr(f, "formatCode");
    if (Number.isInteger(id)) {
      nextId = Math.max(nextId, id + 1);
      if (code !== undefined) codes.set(code, id);
    }
  }
  const newFmts: string[] = [];
  for (const f of d("numFmts", "numFmt")) {
    const id = Number(attr(f, "numFmtId"));
    const code = attr(f, "formatCode") ?? "";
    const have = codes.get(code);
    if (have !== undefined) numFmtMap.set(id, have);
    else {
      numFmtMap.set(id, nextId);
      codes.set(code, nextId);
      newFmts.push(setAttr(f, "numFmtId", nextId++));
    }
  }
  const fonts = section(target, p, "fonts", "font");
  const fills = section(target, p, "fills", "fill");
  const borders = section(target, p, "borders", "border");
  const xfs = section(target, p, "cellXfs", "xf");
  const base = { font: fonts?.items.length ?? 0, fill: fills?.items.length ?? 0, border: borders?.items.length ?? 0, xf: xfs?.items.length ?? 0 };
  const donorXfs = d("cellXfs", "xf").map((xf) => {
    const open = /^<xf\b[^>]*?\/?>/.exec(xf)?.[0] ?? "<xf>";
    let tag = open;
    const fmt = Number(attr(tag, "numFmtId") ?? 0);
    if (numFmtMap.has(fmt)) tag = setAttr(tag, "numFmtId", numFmtMap.get(fmt) as number);
    for (const [key, off] of [["fontId", base.font], ["fillId", base.fill], ["borderId", base.border]] as const) {
      const v = attr(tag, key);
      if (v !== undefined) tag = setAttr(tag, key, Number(v) + off);
    }
    return tag + xf.slice(open.length);
  });
  // Replaced from the last section to the first, so earlier positions stay valid.
  const edits: { at: Section | undefined; name: string; items: string[]; before: string[] }[] = [
    { at: targetFmts, name: "numFmts", items: newFmts, before: ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"] },
    { at: fonts, name: "fonts", items: d("fonts", "font"), before: ["fills", "borders", "cellStyleXfs", "cellXfs"] },
    { at: fills, name: "fills", items: d("fills", "fill"), before: ["borders", "cellStyleXfs", "cellXfs"] },
    { at: borders, name: "borders", items: d("borders", "border"), before: ["cellStyleXfs", "cellXfs"] },
    { at: xfs, name: "cellXfs", items: donorXfs, before: ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"] },
  ];
  let xml = target;
  for (const e of [...edits].reverse()) {
    if (e.items.length === 0) continue;
    const items = e.items.map((i) => prefixed(i, p));
    if (e.at) {
      const all = e.at.items.length + items.length;
      const body = xml.slice(e.at.start, e.at.end);
      const inner = body.endsWith("/>") ? "" : body.slice(e.at.open.length, body.length - `</${p}${e.name}>`.length);
      xml = xml.slice(0, e.at.start) + withCount(e.at.open, all) + inner + items.join("") + `</${p}${e.name}>` + xml.slice(e.at.end);
    } else {
      // Before the first later section present, else before the end of the style sheet.
      const later = e.before.map((n) => new RegExp(`<${p}${n}[\\s/>]`).exec(xml)?.index).filter((i): i is number => i !== undefined);
      const at = later.length > 0 ? Math.min(...later) : xml.lastIndexOf(`</${p}styleSheet>`);
      if (at < 0) throw new Error("styles part without a styleSheet element");
      xml = xml.slice(0, at) + `<${p}${e.name} count="${items.length}">${items.join("")}</${p}${e.name}>` + xml.slice(at);
    }
  }
  return { xml, xfBase: base.xf };
}

/** The donor's sheet XML as the new part: style indexes moved by `xfBase`, shared strings inline, not selected. */
function graftSheetXml(xml: string, sst: readonly string[], xfBase: number): string {
  let out = xml.replace(/<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, i: string) => `<c${a} t="inlineStr"${b}><is><t xml:space="preserve">${xmlText(sst[Number(i)] ?? "")}</t></is></c>`);
  if (xfBase > 0) {
    out = out.replace(/<(c|row)\b[^>]*>/g, (tag) => tag.replace(/(\ss\s*=\s*)"(\d+)"/, (_m, pre: string, n: string) => `${pre}"${Number(n) + xfBase}"`));
    out = out.replace(/<col\b[^>]*>/g, (tag) => tag.replace(/(\sstyle\s*=\s*)"(\d+)"/, (_m, pre: string, n: string) => `${pre}"${Number(n) + xfBase}"`));
  }
  // The donor's only sheet was its selected tab; here another sheet is.
  return out.replace(/\stabSelected\s*=\s*"(1|true)"/g, "");
}

/** A part name not yet in the package (case-insensitively), "xl/worksheets/sheet9.xml". */
function freePart(book: XlsxBook, folder: string, stem: string): string {
  for (let i = 1; ; i++) {
    const name = `${folder}${stem}${i}.xml`;
    if (!book.zip.entry(name)) return name;
  }
}

/**
 * `book` with the donor's single worksheet added right after the sheet named `after` (last when absent), named
 * `name` (already free in `book`). Returns the new package's bytes.
 */
export async function addSheet(book: XlsxBook, donorBytes: Buffer, name: string, after: string | undefined): Promise<Buffer> {
  const zip = openZip(donorBytes, "(lembar baru)", DONOR_LIMITS);
  const donor: { zip: ZipPackage; workbook: WorkbookPart } = { zip, workbook: await readWorkbookPart(zip) };
  const donorSheet = donor.workbook.sheets[0];
  const donorXml = await text(donor, donorSheet?.part);
  if (!donorSheet || donorXml === undefined) throw new Error("the donor workbook has no worksheet");
  // A sheet with parts of its own (comments, drawings, hyperlinks) would need them grafted too: none is written here.
  const donorSheetRels = await text(donor, relsPartOf(donorSheet.part as string));
  if (donorSheetRels !== undefined && /<Relationship\b/.test(donorSheetRels)) throw new Error("the donor worksheet has relationships of its own");
  const sst = await readSharedStrings(donor.zip, donor.workbook.sharedStrings, DONOR_LIMITS);

  const replaced = new Map<string, Buffer>();
  const added = new Map<string, Buffer>();
  const wbPart = book.workbook.part;
  const folder = wbPart.includes("/") ? wbPart.slice(0, wbPart.lastIndexOf("/") + 1) : "";
  const relsPart = relsPartOf(wbPart);
  let rels = (await text(book, relsPart)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let types = await text(book, "[Content_Types].xml");
  if (types === undefined) throw new InputError(`Workbook rusak: bagian [Content_Types].xml tidak ada: ${book.path}`);
  const relIds = new Set([...rels.matchAll(/\sId\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
  const freeRelId = () => {
    let i = 1;
    while (relIds.has(`rIdRenja${i}`)) i++;
    relIds.add(`rIdRenja${i}`);
    return `rIdRenja${i}`;
  };
  const relsPrefix = prefixOf(rels, "Relationships");
  const typesPrefix = prefixOf(types, "Types");
  const addRel = (type: string, target: string): string => {
    const id = freeRelId();
    rels = rels.replace(`</${relsPrefix}Relationships>`, `<${relsPrefix}Relationship Id="${id}" Type="${type}" Target="${escAttr(target)}"/></${relsPrefix}Relationships>`);
    return id;
  };
  const addType = (part: string, type: string) => {
    types = (types as string).replace(`</${typesPrefix}Types>`, `<${typesPrefix}Override PartName="/${escAttr(part)}" ContentType="${type}"/></${typesPrefix}Types>`);
  };

  // Styles: appended to the workbook's, or the donor's as the workbook's first styles part.
  const donorStyles = await text(donor, donor.workbook.styles);
  let xfBase = 0;
  if (donorStyles !== undefined) {
    const own = await text(book, book.workbook.styles);
    if (own !== undefined && book.workbook.styles) {
      const merged = mergeStyles(own, donorStyles);
      xfBase = merged.xfBase;
      replaced.set((book.zip.entry(book.workbook.styles) as { name: string }).name, Buffer.from(merged.xml, "utf8"));
    } else {
      const part = freePart(book, folder, "styles");
      added.set(part, Buffer.from(donorStyles, "utf8"));
      addRel(REL_STYLES, part.slice(folder.length));
      addType(part, CT_STYLES);
    }
  }

  const sheetPart = freePart(book, `${folder}worksheets/`, "sheet");
  added.set(sheetPart, Buffer.from(graftSheetXml(donorXml, sst, xfBase), "utf8"));
  const rid = addRel(REL_WORKSHEET, sheetPart.slice(folder.length));
  addType(sheetPart, CT_WORKSHEET);

  // The workbook part: the <sheet> after `after`, sheet-local defined names and tab indexes moved past it.
  let wb = (await text(book, wbPart)) as string;
  const p = prefixOf(wb, "workbook");
  const sheetTags = [...wb.matchAll(new RegExp(`<${p}sheet\\b[^>]*?/>`, "g"))];
  const afterIndex = after === undefined ? -1 : book.workbook.sheets.findIndex((s) => sheetNameKey(s.name) === sheetNameKey(after));
  const index = afterIndex >= 0 && afterIndex < sheetTags.length ? afterIndex + 1 : sheetTags.length;
  const sheetId = Math.max(0, ...sheetTags.map((m) => Number(attr(m[0], "sheetId")) || 0)) + 1;
  const tag = `<${p}sheet xmlns:r="${REL_NS}" name="${escAttr(name)}" sheetId="${sheetId}" r:id="${rid}"/>`;
  const shift = (xml: string, re: RegExp, key: string) => xml.replace(re, (t) => {
    const v = Number(attr(t, key));
    return Number.isInteger(v) && v >= index ? setAttr(t, key, v + 1) : t;
  });
  wb = shift(wb, new RegExp(`<${p}definedName\\b[^>]*>`, "g"), "localSheetId");
  wb = shift(wb, new RegExp(`<${p}workbookView\\b[^>]*>`, "g"), "activeTab");
  wb = shift(wb, new RegExp(`<${p}workbookView\\b[^>]*>`, "g"), "firstSheet");
  if (index < sheetTags.length) {
    const at = sheetTags[index].index as number;
    wb = wb.slice(0, at) + tag + wb.slice(at);
  } else {
    const close = wb.indexOf(`</${p}sheets>`);
    if (close < 0) throw new InputError(`Workbook rusak: daftar lembar (sheets) tidak ada di ${wbPart}: ${book.path}`);
    wb = wb.slice(0, close) + tag + wb.slice(close);
  }
  // The donor's names of its sheet (print titles), now local to the new sheet's index.
  const donorWb = (await text(donor, donor.workbook.part)) ?? "";
  const names = [...donorWb.matchAll(/<definedName\b[^>]*\slocalSheetId\s*=\s*"0"[^>]*>[\s\S]*?<\/definedName>/g)].map((m) => prefixed(setAttr(m[0], "localSheetId", index), p));
  if (names.length > 0) {
    const close = wb.indexOf(`</${p}definedNames>`);
    if (close >= 0) wb = wb.slice(0, close) + names.join("") + wb.slice(close);
    else {
      const self = new RegExp(`<${p}definedNames\\s*/>`).exec(wb);
      if (self) wb = wb.replace(self[0], `<${p}definedNames>${names.join("")}</${p}definedNames>`);
      else {
        const end = wb.indexOf(`</${p}sheets>`) + `</${p}sheets>`.length;
        wb = wb.slice(0, end) + `<${p}definedNames>${names.join("")}</${p}definedNames>` + wb.slice(end);
      }
    }
  }
  // The new sheet's formulas (parent totals as =SUM) are computed by Excel when the copy is opened.
  wb = withFullCalcOnLoad(wb);
  replaced.set((book.zip.entry(wbPart) as { name: string }).name, Buffer.from(wb, "utf8"));
  const relsEntry = book.zip.entry(relsPart);
  if (relsEntry) replaced.set(relsEntry.name, Buffer.from(rels, "utf8"));
  else added.set(relsPart, Buffer.from(rels, "utf8"));
  replaced.set((book.zip.entry("[Content_Types].xml") as { name: string }).name, Buffer.from(types, "utf8"));
  return rewriteZip(book.zip, replaced, new Set(), added);
}
