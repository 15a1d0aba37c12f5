// A fast path for the two large parts of a workbook (worksheets, shared strings): saxes spends 1,0 s of CPU on
// the 70 MB of XML of a 100k-row workbook before any handler runs, a third of the command's whole budget. What
// spreadsheet writers emit is a small, regular subset of XML: elements, attributes in quotes, text, the five
// predefined entities and character references, one XML declaration. This scanner accepts exactly that subset,
// checks it as strictly as saxes does (names, nesting, one root, whitespace between attributes, no duplicate
// attribute, only allowed characters, the same depth and attribute limits) and gives up on anything else — a
// comment, CDATA, a DOCTYPE, a processing instruction, an unknown entity, a malformed tag — by throwing
// FastPathUnsupported. The caller then reads the part again from its start with saxes, which accepts or refuses
// it with its own message (xml-stream.ts parsePartFastOrSaxes). So no input is accepted here that saxes would
// refuse, and the events are the ones saxes would give (tests/xml-scan.test.ts compares them on random XML).
import { InputError } from "../errors";
import { XML_LIMITS } from "../limits";
import type { XmlHandlers } from "./xml-stream";

/** Thrown when the input leaves the subset: the part is read again with saxes. Never reaches the user. */
export class FastPathUnsupported extends InputError {
  constructor() {
    super("Bagian XML dibaca ulang dengan pengurai lengkap.");
  }
}

// Characters XML 1.0 forbids (saxes: "disallowed character") are caught where they can occur: in a text, an
// attribute value (below), or anywhere else as a character that is neither a name, whitespace nor markup.
const MAX_DEPTH = XML_LIMITS.maxDepth;
const MAX_ATTRIBUTES = XML_LIMITS.maxAttributes;
/** A text or a tag longer than this (a cell holds at most 32 767 characters) is left to saxes. */
const MAX_PENDING = 1 << 20;
const DECLARATION = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/;
const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;

const unsupported = (): never => {
  throw new FastPathUnsupported();
};

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || c === 58;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** The predefined entities and character references; anything else leaves the subset. */
export function decodeEntities(t: string): string {
  let out = "";
  let from = 0;
  let amp = t.indexOf("&");
  while (amp >= 0) {
    const semi = t.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) unsupported();
    const ent = t.slice(amp + 1, semi);
    let ch: string;
    if (ent === "amp") ch = "&";
    else if (ent === "lt") ch = "<";
    else if (ent === "gt") ch = ">";
    else if (ent === "quot") ch = '"';
    else if (ent === "apos") ch = "'";
    else if (/^#[0-9]+$/.test(ent) || /^#x[0-9A-Fa-f]+$/.test(ent)) {
      const code = ent.charCodeAt(1) === 120 ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      if (!isXmlChar(code)) unsupported();
      ch = String.fromCodePoint(code);
    } else return unsupported();
    out += t.slice(from, amp) + ch;
    from = semi + 1;
    amp = t.indexOf("&", from);
  }
  return out + t.slice(from);
}

export class XmlScanner {
  private pending = "";
  private readonly stack: string[] = [];
  /** The local name of each open element (stack), for its close event. */
  private readonly locals: string[] = [];
  /** The names of the open tag's attributes so far (duplicates are malformed). */
  private readonly attrNames: string[] = [];
  private started = false;
  private rootDone = false;
  private readonly close: ((name: string) => void) | undefined;
  private readonly text: ((text: string) => void) | undefined;

  constructor(private readonly h: XmlHandlers) {
    this.close = h.close;
    this.text = h.text;
  }

  write(chunk: string): void {
    let s = this.pending.length > 0 ? this.pending + chunk : chunk;
    let i = 0;
    if (!this.started) {
      if (s.length < 6 && "<?xml ".startsWith(s)) {
        this.pending = s;
        return;
      }
      if (s.startsWith("<?")) {
        const end = s.indexOf("?>");
        if (end < 0) {
          if (s.length > 1024) unsupported();
          this.pending = s;
          return;
        }
        const m = DECLARATION.exec(s);
        if (!m || m[0].length !== end + 2) unsupported();
        i = end + 2;
      }
      this.started = true;
    }
    const n = s.length;
    while (i < n) {
      const lt = s.charCodeAt(i) === 60 ? i : s.indexOf("<", i);
      if (lt < 0) break;
      if (lt > i) this.chars(s, i, lt);
      const end = this.tag(s, lt);
      if (end < 0) {
        i = lt;
        break;
      }
      i = end;
    }
    s = i === 0 ? s : s.slice(i);
    if (s.length > MAX_PENDING) unsupported();
    this.pending = s;
  }

  /** The end of the part: one root, every element closed, nothing but whitespace after it. */
  end(): void {
    if (!this.started || this.stack.length > 0 || !this.rootDone) unsupported();
    for (let i = 0; i < this.pending.length; i++) if (!isSpace(this.pending.charCodeAt(i))) unsupported();
  }

  private chars(s: string, from: number, to: number): void {
    if (this.stack.length === 0) {
      // Outside the root only whitespace (saxes gives no event for it before the root, and handlers ignore it after).
      for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) unsupported();
      return;
    }
    let t = s.slice(from, to);
    // One pass for what needs a closer look (most texts are a number or a shared-string index).
    let gt = false;
    let cr = false;
    let amp = false;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c < 32) {
        if (c === 13) cr = true;
        else if (c !== 10 && c !== 9) unsupported();
      } else if (c === 62) gt = true;
      else if (c === 38) amp = true;
      else if (c >= 0xfffe) unsupported();
    }
    if (gt && t.indexOf("]]>") >= 0) unsupported();
    // End-of-line handling (XML 1.0, 2.11), before references: "&#13;" stays a carriage return.
    if (cr) t = t.replace(/\r\n?/g, "\n");
    if (amp) t = decodeEntities(t);
    if (this.text) this.text(t);
  }

  /** One tag starting at `lt`: the index after its ">", or -1 when the chunk ends inside it. */
  private tag(s: string, lt: number): number {
    const n = s.length;
    if (lt + 1 >= n) return -1;
    const first = s.charCodeAt(lt + 1);
    if (first === 47) {
      // </name>, whitespace allowed before ">"
      let j = lt + 2;
      while (j < n && isNameChar(s.charCodeAt(j))) j++;
      const name = s.slice(lt + 2, j);
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      if (s.charCodeAt(j) !== 62 || this.stack.length === 0 || this.stack[this.stack.length - 1] !== name) unsupported();
      this.stack.pop();
      const local = this.locals.pop() as string;
      if (this.stack.length === 0) this.rootDone = true;
      if (this.close) this.close(local);
      return j + 1;
    }
    if (!isNameStart(first) || this.rootDone) unsupported();
    let j = lt + 1;
    const end = nameEnd(s, j);
    if (end < 0) return -1;
    const name = nameAt(s, j, end);
    const local = nameColon < 0 ? name : s.slice(nameColon + 1, end);
    j = end;
    let attrs = EMPTY;
    let count = 0;
    for (;;) {
      let space = false;
      while (j < n && isSpace(s.charCodeAt(j))) {
        j++;
        space = true;
      }
      if (j >= n) return -1;
      const c = s.charCodeAt(j);
      if (c === 62 || c === 47) {
        let selfClosing = false;
        if (c === 47) {
          if (j + 1 >= n) return -1;
          if (s.charCodeAt(j + 1) !== 62) unsupported();
          selfClosing = true;
          j++;
        }
        if (this.stack.length + 1 > MAX_DEPTH) unsupported();
        this.h.open(local, attrs);
        if (selfClosing) {
          if (this.stack.length === 0) this.rootDone = true;
          if (this.close) this.close(local);
        } else {
          this.stack.push(name);
          this.locals.push(local);
        }
        return j + 1;
      }
      // An attribute: name, "=", a quoted value; whitespace before it is required.
      if (!space || !isNameStart(c)) unsupported();
      const a0 = j;
      j = nameEnd(s, j);
      if (j < 0) return -1;
      const attr = nameAt(s, a0, j);
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      if (s.charCodeAt(j) !== 61) unsupported();
      j++;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const q = s.charCodeAt(j);
      if (q !== 34 && q !== 39) unsupported();
      // The value up to its quote. "<" is not allowed in it; tabs and newlines are normalised to spaces by a
      // conforming parser: saxes does that.
      let k = j + 1;
      let amp = false;
      for (; k < n; k++) {
        const v = s.charCodeAt(k);
        if (v === q) break;
        if (v < 32 || v === 60 || v >= 0xfffe) unsupported();
        if (v === 38) amp = true;
      }
      if (k >= n) return -1;
      let value = s.slice(j + 1, k);
      if (amp) value = decodeEntities(value);
      if (attrs === EMPTY) attrs = {};
      else for (let d = 0; d < count; d++) if (this.attrNames[d] === attr) unsupported();
      if (count >= MAX_ATTRIBUTES) unsupported();
      this.attrNames[count++] = attr;
      attrs[attr] = value;
      j = k + 1;
    }
  }
}

/** Where the name starting at `from` ends; -1 when the chunk ends first. Checks the colon rule on the way. */
/** Where the last name read by nameEnd had its colon (-1: none). */
let nameColon = -1;

function nameEnd(s: string, from: number): number {
  const n = s.length;
  let colon = -1;
  let j = from;
  for (; j < n; j++) {
    const c = s.charCodeAt(j);
    if (!isNameChar(c)) break;
    if (c === 58) {
      // At most one colon, followed by a name start.
      if (colon >= 0) unsupported();
      colon = j;
    } else if (colon >= 0 && colon === j - 1 && !isNameStart(c)) unsupported();
  }
  if (j >= n) return -1;
  if (colon === j - 1) unsupported();
  nameColon = colon;
  return j;
}

/** One-letter names (c, v, f, t, r, s) as constants: no new string per cell. */
const LETTERS: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

function nameAt(s: string, from: number, to: number): string {
  return to === from + 1 ? LETTERS[s.charCodeAt(from)] : s.slice(from, to);
}
