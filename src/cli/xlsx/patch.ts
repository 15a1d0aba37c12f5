// Writes planned cells into an .xlsx by patching only what changes: the <c> elements of the named cells in their
// sheet XML (text as inline strings, so the shared-strings part stays as it is), a cellXfs entry only where a
// number format must be added, and the calculation chain dropped only when a formula was replaced. Every other
// part is copied byte for byte (zip-write.ts).
import { cellContent, cellWriteSteps } from "../../renja/cell-write";
import { a1, parseA1, parseRange, type CellRange } from "../../renja/grid";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, MAX_ROW_HEIGHT, textHeight } from "../../renja/row-height";
import type { CellWriteValue } from "../../renja/plan";
import type { XlsxBook } from "../xlsx-package";
import { slideFormula } from "./cell-text";
import { builtinFormatId, type CellTextStyle } from "./styles";
import { relsPartOf, sheetNameKey } from "./workbook-part";
import { rewriteZip } from "./zip-write";

export interface PatchWrite {
  sheet: string;
  /** A1 address. */
  cell: string;
  value: CellWriteValue;
  numberFormat?: string;
}

/** A row made taller so that a fixed text shows whole (the only change to the planner's layout a fix makes). */
export interface RowHeightChange {
  sheet: string;
  /** 1-based, as Excel numbers rows. */
  row: number;
  /** Points before and after. */
  from: number;
  to: number;
  /** The fixed cell that needed it. */
  cell: string;
}

export interface PatchResult {
  bytes: Buffer;
  /** Rows raised for a fixed text that wraps in its cell and needed more lines than the row showed. */
  taller: RowHeightChange[];
  /** The cells written, as "Sheet!A1", in the order given (a later write to the same cell wins). */
  written: string[];
  /** Writes whose sheet is not in the workbook. */
  skipped: PatchWrite[];
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Text as SpreadsheetML carries it: XML-escaped, with characters XML 1.0 cannot hold written as Excel's _xHHHH_
 * escapes, and a literal "_xHHHH_" protected by escaping its underscore (so reading gives back the same text).
 */
export function xmlText(s: string): string {
  return esc(s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Attribute value of `name` in one start tag's text. */
function attrOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Index just past the '>' ending the tag that starts at `i` (quotes respected). */
function tagEnd(xml: string, i: number): number {
  let q = 0;
  for (let k = i + 1; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (q !== 0) {
      if (c === q) q = 0;
    } else if (c === 34 || c === 39) q = c;
    else if (c === 62) return k + 1;
  }
  return xml.length;
}

interface Target {
  col: number;
  write: PatchWrite;
}

/** The cell styles part, grown by one cellXfs entry per (base style, number format) a write needs. */
class StylesPatch {
  private xml: string | undefined;
  private readonly made = new Map<string, number>();
  changed = false;

  constructor(xml: string | undefined, private readonly book: XlsxBook) {
    this.xml = xml;
  }

  formatOf(s: number): string | null {
    return this.book.styles.formatOf(s);
  }

  textStyleOf(s: number): CellTextStyle {
    return this.book.styles.textStyleOf(s);
  }

  /** The style index showing `code` and otherwise like style `base`; undefined without a styles part. */
  ensure(base: number, code: string): number | undefined {
    if ((this.formatOf(base) ?? "General") === code) return base;
    const key = `${base}\u0000${code}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    if (this.xml === undefined) return undefined;
    const xfsOpen = /<((?:\w+:)?)cellXfs\b[^>]*>/.exec(this.xml);
    if (!xfsOpen) return undefined;
    const p = xfsOpen[1];
    const close = this.xml.indexOf(`</${p}cellXfs>`, xfsOpen.index);
    if (close < 0) return undefined;
    const body = this.xml.slice(xfsOpen.index + xfsOpen[0].length, close);
    const xfs = [...body.matchAll(new RegExp(`<${p}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}xf>)`, "g"))].map((m) => m[0]);
    const id = this.numFmtId(code);
    const baseXf = xfs[base] ?? xfs[0] ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const xf = baseXf
      .replace(/\snumFmtId\s*=\s*"[^"]*"/, "")
      .replace(/\sapplyNumberFormat\s*=\s*"[^"]*"/, "")
      .replace(new RegExp(`^<${p}xf`), `<${p}xf numFmtId="${id}" applyNumberFormat="1"`);
    const index = xfs.length;
    const open = xfsOpen[0].replace(/\scount\s*=\s*"\d+"/, ` count="${index + 1}"`);
    this.xml = this.xml.slice(0, xfsOpen.index) + open + body + xf + this.xml.slice(close);
    this.made.set(key, index);
    this.changed = true;
    return index;
  }

  private numFmtId(code: string): number {
    const builtin = builtinFormatId(code);
    if (builtin !== undefined) return builtin;
    for (const [id, c] of this.book.styles.numFmts) if (c === code) return id;
    const xml = this.xml as string;
    const ids = [...xml.matchAll(/numFmtId\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
    const id = Math.max(163, ...ids) + 1;
    const el = `numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`;
    const open = /<((?:\w+:)?)numFmts\b[^>]*?(\/?)>/.exec(xml);
    if (open && open[2] !== "/") {
      const p = open[1];
      const close = xml.indexOf(`</${p}numFmts>`, open.index);
      const count = (xml.slice(open.index, close).match(new RegExp(`<${p}numFmt\\b`, "g")) ?? []).length + 1;
      this.xml = xml.slice(0, open.index) + open[0].replace(/\scount\s*=\s*"\d+"/, ` count="${count}"`) + xml.slice(open.index + open[0].length, close) + `<${p}${el}` + xml.slice(close);
    } else if (open) {
      const p = open[1];
      this.xml = xml.slice(0, open.index) + `<${p}numFmts count="1"><${p}${el}</${p}numFmts>` + xml.slice(open.index + open[0].length);
    } else {
      // numFmts is the first child of styleSheet.
      const sheet = /<((?:\w+:)?)styleSheet\b[^>]*>/.exec(xml) as RegExpExecArray;
      const p = sheet[1];
      const at = sheet.index + sheet[0].length;
      this.xml = xml.slice(0, at) + `<${p}numFmts count="1"><${p}${el}</${p}numFmts>` + xml.slice(at);
    }
    return id;
  }

  result(): string | undefined {
    return this.xml;
  }
}

/** One <c> element for a write; `s` is the style attribute to keep or set. */
function cellXml(p: string, ref: string, s: number | string | undefined, value: CellWriteValue): string {
  const style = s === undefined ? "" : ` s="${s}"`;
  const c = cellContent(value);
  switch (c.kind) {
    case "empty":
      return `<${p}c r="${ref}"${style}/>`;
    case "number":
      return `<${p}c r="${ref}"${style}><${p}v>${c.value}</${p}v></${p}c>`;
    case "boolean":
      return `<${p}c r="${ref}"${style} t="b"><${p}v>${c.value ? 1 : 0}</${p}v></${p}c>`;
    case "text":
      return `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t xml:space="preserve">${xmlText(c.text)}</${p}t></${p}is></${p}c>`;
    case "formula":
      return `<${p}c r="${ref}"${style}><${p}f>${esc(c.formula.replace(/^=/, ""))}</${p}f></${p}c>`;
    case "error":
      // An error value typed as a constant (a restore of "#N/A"): Excel's error cell type.
      return `<${p}c r="${ref}"${style} t="e"><${p}v>${esc(c.code)}</${p}v></${p}c>`;
  }
}

interface SheetPatchOutcome {
  xml: string;
  /** Rows raised for a fixed text (sheet name left to the caller). */
  taller: Omit<RowHeightChange, "sheet">[];
  /** A formula was replaced (the calculation chain must go) or written (Excel must calculate on load). */
  removedFormula: boolean;
  wroteFormula: boolean;
}

/** A shared formula whose master cell is overwritten: its other cells get the formula written out in full. */
interface Orphan {
  si: string;
  formula: string;
  at: { row: number; col: number };
  r2: number;
}

/** What a row height for a fixed text depends on in a sheet: column widths, the default row height, merges. */
class SheetGeometry {
  private readonly widths = new Map<number, number>();
  private readonly defaultWidth: number;
  readonly defaultHeight: number;
  private readonly merges: CellRange[];

  constructor(xml: string, dataStart: number, dataEnd: number) {
    const head = xml.slice(0, dataStart);
    const format = /<(?:\w+:)?sheetFormatPr\b[^>]*>/.exec(head)?.[0] ?? "";
    const num = (tag: string, name: string): number | undefined => {
      const v = Number(attrOf(tag, name));
      return Number.isFinite(v) && v > 0 ? v : undefined;
    };
    this.defaultWidth = num(format, "defaultColWidth") ?? DEFAULT_COLUMN_WIDTH;
    this.defaultHeight = num(format, "defaultRowHeight") ?? DEFAULT_ROW_HEIGHT;
    for (const m of head.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
      const min = num(m[0], "min");
      const max = num(m[0], "max");
      const width = num(m[0], "width");
      // A <col> over the whole sheet (max 16384) only sets a default: cap the loop at what a fix can reach.
      if (min !== undefined && max !== undefined && width !== undefined) for (let c = min; c <= Math.min(max, min + 1024); c++) this.widths.set(c - 1, width);
    }
    this.merges = [...xml.slice(dataEnd).matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)].map((m) => parseRange(attrOf(m[0], "ref") ?? "")).filter((m): m is CellRange => m !== undefined);
  }

  /** Width in column units of the cell (a merge over one row: its columns together); undefined under a taller merge. */
  widthAt(row: number, col: number): number | undefined {
    const m = this.merges.find((x) => x.r1 <= row && row <= x.r2 && x.c1 <= col && col <= x.c2);
    if (m && (m.r2 > m.r1 || m.r1 !== row || m.c1 !== col)) return undefined;
    let w = 0;
    for (let c = m?.c1 ?? col; c <= (m?.c2 ?? col); c++) w += this.widths.get(c) ?? this.defaultWidth;
    return w;
  }
}

/**
 * A row head with the height a fixed text needs: never lowered, and only where a written text wraps (its style
 * says so) and needs more lines than the row shows. Returns the head unchanged otherwise.
 */
function raiseRow(head: string, row: number, written: { col: number; s: number | undefined; value: CellWriteValue }[], styles: StylesPatch, geometry: SheetGeometry, taller: SheetPatchOutcome["taller"]): string {
  const ht = Number(attrOf(head, "ht"));
  const have = Number.isFinite(ht) && ht > 0 ? ht : geometry.defaultHeight;
  let need = 0;
  let cell = "";
  for (const w of written) {
    const content = cellContent(w.value);
    if (content.kind !== "text" || w.s === undefined) continue;
    const style = styles.textStyleOf(w.s);
    const width = geometry.widthAt(row, w.col);
    if (!style.wrap || width === undefined) continue;
    const h = textHeight(content.text, width, { bold: style.bold, fontPt: style.fontPt });
    if (h > need) {
      need = h;
      cell = a1(row, w.col);
    }
  }
  if (need <= have || have >= MAX_ROW_HEIGHT) return head;
  taller.push({ row: row + 1, from: have, to: need, cell });
  const attrs = head.replace(/\s(?:ht|customHeight)\s*=\s*(?:"[^"]*"|'[^']*')/g, "");
  return attrs.replace(/\s*(\/?)>$/, ` ht="${need}" customHeight="1"$1>`);
}

/**
 * Patches one worksheet's XML: the target cells replaced or inserted (rows too) in column and row order; every
 * byte outside the touched <c> elements (and the few rows that gain cells) stays as it was.
 */
export function patchSheetXml(xml: string, targets: Map<number, Target[]>, styles: StylesPatch): SheetPatchOutcome {
  const open = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) return { xml, removedFormula: false, wroteFormula: false, taller: [] };
  const taller: SheetPatchOutcome["taller"] = [];
  const p = open[1];
  let removedFormula = false;
  let wroteFormula = false;
  const pending = [...targets.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  const orphans: Orphan[] = [];

  // Written cells of the row being patched, with their style: a text that wraps may need the row taller.
  let rowWritten: { col: number; s: number | undefined; value: CellWriteValue }[] = [];
  const build = (t: Target, oldS: string | undefined, row: number): string => {
    let s: number | string | undefined = oldS;
    // The add-in's steps (cell-write.ts): the planned format, or "General" for a number going into a "@" cell.
    const base = oldS === undefined ? 0 : Number(oldS);
    const steps = cellWriteSteps(t.write.value, t.write.numberFormat, styles.formatOf(base) ?? "General");
    const format = steps.after ?? steps.before;
    if (format !== undefined) s = styles.ensure(base, format) ?? oldS;
    if (cellContent(t.write.value).kind === "formula") wroteFormula = true;
    // The cell's own style tells whether it wraps (a style added for a number format copies its alignment).
    rowWritten.push({ col: t.col, s: oldS === undefined ? undefined : Number(oldS), value: t.write.value });
    return cellXml(p, a1(row, t.col), s, t.write.value);
  };
  const newRow = (row: number): string => {
    const cells = lastPerColumn(targets.get(row) ?? []);
    return `<${p}row r="${row + 1}">${cells.map((t) => build(t, undefined, row)).join("")}</${p}row>`;
  };

  if (open[2] === "/") {
    const rows = pending.map(newRow).join("");
    return { xml: xml.slice(0, open.index) + `<${p}sheetData>${rows}</${p}sheetData>` + xml.slice(open.index + open[0].length), removedFormula, wroteFormula, taller };
  }
  const dataStart = open.index + open[0].length;
  const dataEnd = xml.indexOf(`</${p}sheetData>`, dataStart);
  const geometry = new SheetGeometry(xml, dataStart, dataEnd);
  out.push(xml.slice(0, dataStart));
  let pos = dataStart;
  let lastRow = -1;
  const rowOpen = `<${p}row`;
  while (pos < dataEnd) {
    let at = xml.indexOf(rowOpen, pos);
    while (at >= 0 && at < dataEnd && !/[\s/>]/.test(xml[at + rowOpen.length])) at = xml.indexOf(rowOpen, at + 1);
    if (at < 0 || at >= dataEnd) break;
    const headEnd = tagEnd(xml, at);
    const head = xml.slice(at, headEnd);
    const selfClosing = head.endsWith("/>");
    const rAttr = attrOf(head, "r");
    const row = rAttr !== undefined && Number(rAttr) >= 1 ? Number(rAttr) - 1 : lastRow + 1;
    lastRow = row;
    const end = selfClosing ? headEnd : xml.indexOf(`</${p}row>`, headEnd) + `</${p}row>`.length;
    // Rows to create before this one.
    let inserted = "";
    while (next < pending.length && pending[next] < row) inserted += newRow(pending[next++]);
    out.push(xml.slice(pos, at), inserted);
    const mine = next < pending.length && pending[next] === row ? targets.get(pending[next++]) : undefined;
    const orphaned = orphans.some((o) => row <= o.r2);
    if (!mine && !orphaned) {
      out.push(xml.slice(at, end));
      pos = end;
      continue;
    }
    const innerStart = headEnd;
    const innerEnd = selfClosing ? headEnd : end - `</${p}row>`.length;
    const rowTargets = lastPerColumn(mine ?? []);
    rowWritten = [];
    let ti = 0;
    let q = innerStart;
    let lastCol = -1;
    const parts: string[] = [selfClosing ? head.replace(/\/>$/, ">") : head];
    const cellOpen = `<${p}c`;
    while (q < innerEnd) {
      let c = xml.indexOf(cellOpen, q);
      while (c >= 0 && c < innerEnd && !/[\s/>]/.test(xml[c + cellOpen.length])) c = xml.indexOf(cellOpen, c + 1);
      if (c < 0 || c >= innerEnd) break;
      const cHeadEnd = tagEnd(xml, c);
      const cHead = xml.slice(c, cHeadEnd);
      const cEnd = cHead.endsWith("/>") ? cHeadEnd : xml.indexOf(`</${p}c>`, cHeadEnd) + `</${p}c>`.length;
      const ref = attrOf(cHead, "r");
      const col = ref !== undefined ? (parseA1(ref)?.col ?? lastCol + 1) : lastCol + 1;
      lastCol = col;
      // New cells that come before this one.
      let before = "";
      while (ti < rowTargets.length && rowTargets[ti].col < col) before += build(rowTargets[ti++], undefined, row);
      parts.push(xml.slice(q, c), before);
      const element = xml.slice(c, cEnd);
      if (ti < rowTargets.length && rowTargets[ti].col === col) {
        const t = rowTargets[ti++];
        const f = /<(?:\w+:)?f\b([^>]*?)(\/?)>/.exec(element);
        if (f) {
          removedFormula = true;
          const si = attrOf(f[0], "si");
          const fRef = attrOf(f[0], "ref");
          if (attrOf(f[0], "t") === "shared" && si !== undefined && fRef !== undefined && f[2] !== "/") {
            const text = /<(?:\w+:)?f\b[^>]*>([\s\S]*?)<\/(?:\w+:)?f>/.exec(element)?.[1];
            const range = fRef.split(":");
            const r2 = parseA1(range[1] ?? range[0])?.row ?? row;
            if (text) orphans.push({ si, formula: unesc(text), at: { row, col }, r2 });
          }
        }
        parts.push(build(t, attrOf(cHead, "s"), row));
      } else {
        parts.push(orphanFix(element, orphans, row, col, p));
      }
      q = cEnd;
    }
    let tail = "";
    while (ti < rowTargets.length) tail += build(rowTargets[ti++], undefined, row);
    parts.push(xml.slice(q, innerEnd), tail, `</${p}row>`);
    parts[0] = raiseRow(parts[0], row, rowWritten, styles, geometry, taller);
    out.push(parts.join(""));
    pos = end;
  }
  let rest = "";
  while (next < pending.length) rest += newRow(pending[next++]);
  out.push(xml.slice(pos, dataEnd), rest, xml.slice(dataEnd));
  return { xml: out.join(""), removedFormula, wroteFormula, taller };
}

function unesc(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] as string);
}

/** One write per column, in column order; a later write to the same cell wins. */
function lastPerColumn(list: Target[]): Target[] {
  const byCol = new Map<number, Target>();
  for (const t of list) byCol.set(t.col, t);
  return [...byCol.values()].sort((a, b) => a.col - b.col);
}

/** A cell that shared a formula with an overwritten master: its formula is written out in full. */
function orphanFix(element: string, orphans: Orphan[], row: number, col: number, p: string): string {
  if (orphans.length === 0) return element;
  const f = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>\s*<\/(?:\w+:)?f>)/.exec(element);
  if (!f) return element;
  const si = attrOf(f[0], "si");
  const o = orphans.find((x) => x.si === si && row <= x.r2);
  if (!o || attrOf(f[0], "t") !== "shared") return element;
  return element.replace(f[0], `<${p}f>${esc(slideFormula(o.formula, o.at, { row, col }))}</${p}f>`);
}

/**
 * Applies `writes` to the workbook read in `book` and returns the new package. Cells of one sheet are patched in
 * one pass over its XML; a sheet is found by its name as Excel compares names.
 */
export async function patchWorkbook(book: XlsxBook, writes: PatchWrite[]): Promise<PatchResult> {
  const bySheet = new Map<string, Map<number, Target[]>>();
  const sheetOfPart = new Map<string, string>();
  const taller: RowHeightChange[] = [];
  const written: string[] = [];
  const skipped: PatchWrite[] = [];
  for (const w of writes) {
    const ref = book.workbook.sheets.find((s) => s.name === w.sheet) ?? book.workbook.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(w.sheet));
    const at = parseA1(w.cell);
    if (!ref?.part || !ref.worksheet || !at || !book.zip.entry(ref.part)) {
      skipped.push(w);
      continue;
    }
    const part = (book.zip.entry(ref.part) as { name: string }).name;
    sheetOfPart.set(part, ref.name);
    let rows = bySheet.get(part);
    if (!rows) bySheet.set(part, (rows = new Map()));
    const list = rows.get(at.row) ?? [];
    list.push({ col: at.col, write: w });
    rows.set(at.row, list);
    written.push(`${ref.name}!${a1(at.row, at.col)}`);
  }
  const replaced = new Map<string, Buffer>();
  const stylesEntry = book.workbook.styles ? book.zip.entry(book.workbook.styles) : undefined;
  const styles = new StylesPatch(stylesEntry ? (await book.zip.bytesOf(stylesEntry)).toString("utf8") : undefined, book);
  let removedFormula = false;
  let wroteFormula = false;
  for (const [part, rows] of bySheet) {
    const entry = book.zip.entry(part);
    if (!entry) continue;
    const xml = (await book.zip.bytesOf(entry)).toString("utf8");
    const r = patchSheetXml(xml, rows, styles);
    for (const t of r.taller) taller.push({ sheet: sheetOfPart.get(part) ?? part, ...t });
    removedFormula ||= r.removedFormula;
    wroteFormula ||= r.wroteFormula;
    replaced.set(entry.name, Buffer.from(r.xml, "utf8"));
  }
  if (styles.changed && stylesEntry) replaced.set(stylesEntry.name, Buffer.from(styles.result() as string, "utf8"));
  const dropped = new Set<string>();
  if (removedFormula || wroteFormula) await recalcOnOpen(book, replaced, dropped);
  return { bytes: rewriteZip(book.zip, replaced, dropped), taller, written, skipped };
}

/** The workbook part marked to calculate fully when opened (its calcPr, added after the sheets or defined names). */
export function withFullCalcOnLoad(xml: string): string {
  const calc = /<((?:\w+:)?)calcPr\b([^>]*?)\/?>/.exec(xml);
  if (calc) {
    const attrs = calc[2].replace(/\sfullCalcOnLoad\s*=\s*"[^"]*"/, "");
    return xml.replace(calc[0], `<${calc[1]}calcPr${attrs} fullCalcOnLoad="1"/>`);
  }
  const sheets = /<\/((?:\w+:)?)sheets>/.exec(xml);
  const names = /<\/((?:\w+:)?)definedNames>/.exec(xml);
  const after = names ?? sheets;
  if (!after) return xml;
  return xml.slice(0, after.index + after[0].length) + `<${after[1]}calcPr fullCalcOnLoad="1"/>` + xml.slice(after.index + after[0].length);
}

/**
 * After formulas are replaced or written, Excel's calculation chain (xl/calcChain.xml) no longer matches the cells
 * and Excel would offer to "repair" the file: the chain is dropped (Excel rebuilds it), and the workbook is marked
 * to calculate fully when opened, so written formulas show their results.
 */
async function recalcOnOpen(book: XlsxBook, replaced: Map<string, Buffer>, dropped: Set<string>): Promise<void> {
  const wbEntry = book.zip.entry(book.workbook.part);
  if (wbEntry) replaced.set(wbEntry.name, Buffer.from(withFullCalcOnLoad((await book.zip.bytesOf(wbEntry)).toString("utf8")), "utf8"));
  const chain = book.zip.entries.find((e) => /(^|\/)calcChain\.xml$/i.test(e.name));
  if (!chain) return;
  dropped.add(chain.name);
  const relsEntry = book.zip.entry(relsPartOf(book.workbook.part));
  if (relsEntry) {
    const rels = (await book.zip.bytesOf(relsEntry)).toString("utf8").replace(/<(?:\w+:)?Relationship\b[^>]*\/calcChain"[^>]*\/>/g, "");
    replaced.set(relsEntry.name, Buffer.from(rels, "utf8"));
  }
  const types = book.zip.entry("[Content_Types].xml");
  if (types) {
    const xml = (await book.zip.bytesOf(types)).toString("utf8").replace(/<(?:\w+:)?Override\b[^>]*calcChain[^>]*\/>/gi, "");
    replaced.set(types.name, Buffer.from(xml, "utf8"));
  }
}
