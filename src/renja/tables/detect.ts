// Finds Renja tables on a sheet by their header texts and column-number row, wherever they start.
// Users paste tables from Word or PDF: titles above, blank rows, header blocks repeated at page breaks.
import { cellText, type CellValue, SheetView } from "../grid";
import type { ColumnInfo, ColumnRole, IndicatorPair, TableKind, TableModel, TableRow } from "../model";
import { TABLE_SPECS, USULAN_HEADERS, type TableSpec } from "./specs";
import { assignLevels } from "./levels";
import { applyColumnMap, type ColumnOverride } from "./column-map";
import { headerRoles, kindFromRoles, readHeaderColumns, type HeaderColumn, type HeaderRoles } from "./header-roles";
import { isEvaluasiHeaderCell, isHeaderContinuationCell, isKodelessHeader, isHeaderPhraseCell, isKodeHeaderCell } from "./vocabulary";

// Module-level: a regex literal in a function is a new object on every call, and these run for every row.
const TITLE = /^tabel\s+[0-9]/i;
const PENGUSUL = /pengusul/i;
// "1", "(1)", "8 = 7/6", "8(7/6)", "10(5+7+9)*": the column number, then perhaps how the column is computed.
const COLUMN_NUMBER = /^\s*\(?\s*(\d{1,5})\s*\)?\s*(?:[=(*].*)?$/;

/** Header blocks are at most this many rows above their column-number row. */
const MAX_HEADER_ROWS = 7;

interface NumberRow {
  r: number;
  /** column number → absolute sheet column */
  cols: Map<number, number>;
  max: number;
}

/** Lower case, single spaces, no punctuation noise: what header keywords are matched against. */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, " ")
    .trim();
}

/** "8 = (7/6)" → 8; "11 =10/4" → 11; numeric 3 → 3; anything else → undefined. */
function leadingColumnNumber(v: CellValue): number | undefined {
  // Up to Excel's 16 384 columns: a numbering row of any width is recognised, if only to end the table above it.
  if (typeof v === "number") return Number.isInteger(v) && v > 0 && v <= 16_384 ? v : undefined;
  if (typeof v !== "string") return undefined;
  const m = COLUMN_NUMBER.exec(v);
  return m ? Number(m[1]) : undefined;
}

/** A row whose non-empty cells read 1, 2, 3, … n (n ≥ 4) from left to right. */
function readNumberRow(view: SheetView, r: number): NumberRow | undefined {
  // Called for every row: reject on the first non-empty cell before allocating anything.
  for (let c = view.colStart; c < view.colEnd; c++) {
    const v = view.value(r, c);
    if (v === null || v === "") continue;
    if (leadingColumnNumber(v) !== 1) return undefined;
    break;
  }
  const cols = new Map<number, number>();
  let expected = 1;
  for (let c = view.colStart; c < view.colEnd; c++) {
    const v = view.value(r, c);
    if (v === null || v === "") continue;
    const n = leadingColumnNumber(v);
    if (n !== expected) return undefined;
    cols.set(n, c);
    expected++;
  }
  const max = expected - 1;
  return max >= 4 ? { r, cols, max } : undefined;
}

function rowIsBlank(view: SheetView, r: number): boolean {
  for (let c = view.colStart; c < view.colEnd; c++) {
    const v = view.value(r, c);
    if (v !== null && v !== "" && !(typeof v === "string" && v.trim() === "")) return false;
  }
  return true;
}

function nonEmptyTexts(view: SheetView, r: number, throughMerges: boolean): string[] {
  const out: string[] = [];
  for (let c = view.colStart; c < view.colEnd; c++) {
    const t = cellText(throughMerges ? view.shown(r, c) : view.value(r, c));
    if (t) out.push(t);
  }
  return out;
}

/** A title line such as "Tabel 4.1" or "Tabel 2.3 Review terhadap …": it starts a new table. */
function isTitleRow(view: SheetView, r: number): boolean {
  // Called for every row: stop at the second non-empty cell instead of collecting the row's texts.
  let only: CellValue = null;
  for (let c = view.colStart; c < view.colEnd; c++) {
    const v = view.value(r, c);
    if (v === null || v === "" || (typeof v === "string" && v.trim() === "")) continue;
    if (only !== null) return false;
    only = v;
  }
  return typeof only === "string" && TITLE.test(cellText(only));
}

/** Rows of the header block above a column-number row: up to the first blank or title row. */
function headerRowsAbove(view: SheetView, numberRow: number, floor: number): number[] {
  const rows: number[] = [];
  for (let r = numberRow - 1; r >= Math.max(floor, numberRow - MAX_HEADER_ROWS); r--) {
    if (rowIsBlank(view, r) || isTitleRow(view, r)) break;
    rows.unshift(r);
  }
  return rows;
}

function specFor(headerText: string): TableSpec | undefined {
  return TABLE_SPECS.find((s) => s.keywords.some((group) => group.every((k) => headerText.includes(k))));
}

function sameLayout(a: NumberRow, b: NumberRow): boolean {
  if (a.max !== b.max) return false;
  for (const [n, c] of a.cols) if (b.cols.get(n) !== c) return false;
  return true;
}

/** Absolute columns per role: the kode role spans from its numbered cell up to the next numbered one. */
/**
 * The official T-C.29 numbers its columns as the sample's Tabel 2.1 does, but its column 1 is "Kode" where the
 * sample has the row number: where the header says kode over the numbered "no" column, that column is the kode.
 */
function kodeInPlaceOfNo(numbered: Partial<Record<ColumnRole, number[]>>, roles: HeaderRoles | undefined): Partial<Record<ColumnRole, number[]>> {
  const no = numbered.no?.[0];
  const saysKode = roles?.columns.kode?.includes(no ?? -1) || roles?.headers.some((h) => h.col === no && /^\s*kode\b/i.test(h.path[0] ?? ""));
  if (no === undefined || numbered.kode || !saysKode) return numbered;
  const { no: _no, ...rest } = numbered;
  void _no;
  return { ...rest, kode: [no] };
}

function columnsOf(spec: TableSpec, nr: NumberRow): Partial<Record<ColumnRole, number[]>> {
  const columns: Partial<Record<ColumnRole, number[]>> = {};
  for (let n = 1; n <= nr.max; n++) {
    const role = spec.numbered[n];
    const c = nr.cols.get(n);
    if (!role || c === undefined) continue;
    if (role === "kode") {
      const next = nr.cols.get(n + 1) ?? c + 1;
      columns.kode = [];
      for (let k = c; k < next; k++) columns.kode.push(k);
    } else {
      columns[role] = [c];
    }
  }
  return columns;
}

interface Block {
  kind: TableKind;
  spec?: TableSpec;
  numberRow: NumberRow;
  headerTop: number;
  columns: Partial<Record<ColumnRole, number[]>>;
  headerTexts: Set<string>;
  headers?: HeaderColumn[];
  pairs?: IndicatorPair[];
  moneyScale?: Partial<Record<ColumnRole, number>>;
  mappedBy?: "nomor" | "judul";
  planYear?: number;
  overridden?: Set<number>;
}

/** A header block that looks like a Renja table's but whose columns could not be mapped to a table. */
export interface UnreadHeader {
  row: number;
  col: number;
  headers: string[];
}

/** Roles the rules read first: the meaning of the headers must agree on these for the numbered layout to stand. */
const KEY_ROLES: ColumnRole[] = ["kode", "nama", "indikator", "target", "pagu"];

function sameCols(a: number[] | undefined, b: number[] | undefined): boolean {
  if (!a || !b) return false;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The known layout's column numbers and the headers' meaning agree: every role both name sits in the same column,
 * and the key roles the headers name are where the numbers put them.
 */
function agrees(numbered: Partial<Record<ColumnRole, number[]>>, meant: Partial<Record<ColumnRole, number[]>>): boolean {
  for (const role of Object.keys(numbered) as ColumnRole[]) {
    const m = meant[role];
    if (!m) continue;
    if (role === "kode" ? !sameCols(m, numbered[role]) : m[0] !== numbered[role]?.[0]) return false;
  }
  for (const role of KEY_ROLES) {
    const m = meant[role];
    if (m && (role === "kode" ? !sameCols(m, numbered[role]) : m[0] !== numbered[role]?.[0])) return false;
  }
  return true;
}

/** Kode columns grow over the header-less columns right of them (kode split over up to six columns). */
function extendKode(view: SheetView, roles: HeaderRoles, nr: NumberRow | undefined): void {
  const kode = roles.columns.kode;
  if (!kode || kode.length === 0) return;
  const withHeader = new Set(roles.headers.map((h) => h.col));
  const numbered = new Set(nr ? [...nr.cols.values()] : []);
  let last = kode[kode.length - 1];
  while (kode.length < 6 && last + 1 < view.colEnd && !withHeader.has(last + 1) && !numbered.has(last + 1)) {
    last++;
    kode.push(last);
  }
}

function blockFromRoles(kind: TableKind, nr: NumberRow, headerTop: number, roles: HeaderRoles, headerTexts: Set<string>): Block {
  return {
    kind,
    spec: TABLE_SPECS.find((s) => s.kind === kind),
    numberRow: nr,
    headerTop,
    columns: roles.columns,
    headerTexts,
    headers: roles.headers,
    pairs: roles.pairs,
    moneyScale: roles.moneyScale,
    mappedBy: "judul",
    planYear: roles.planYear,
  };
}

/** The user's corrections for this sheet, applied to a block's roles before its kind is decided. */
function overridden(view: SheetView, roles: HeaderRoles, map: ColumnOverride[] | undefined): Set<number> | undefined {
  if (!map || map.length === 0) return undefined;
  const cols = applyColumnMap(view.name, roles.columns, map);
  if (cols.size === 0) return undefined;
  roles.kind = kindFromRoles(roles.columns) ?? roles.kind;
  return cols;
}

function headerTextSet(view: SheetView, rows: number[]): Set<string> {
  const set = new Set<string>();
  for (const r of rows) for (const t of nonEmptyTexts(view, r, true)) set.add(foldText(t));
  return set;
}

/** A row of a repeated header block: most of its texts are header texts of the table's first block. */
function isHeaderLike(view: SheetView, r: number, headerTexts: Set<string>): boolean {
  const texts = nonEmptyTexts(view, r, false).map(foldText);
  if (texts.length === 0) return false;
  let hits = 0;
  for (const t of texts) {
    if (headerTexts.has(t)) {
      hits++;
      continue;
    }
    // A value such as "1,500 kelompok" contains the header word "kelompok" but is data: only texts that do not
    // start with a digit may match a header text partially.
    const c0 = t.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) continue;
    for (const h of headerTexts) {
      if (t.length >= 4 && h.length >= 4 && (h.includes(t) || t.includes(h))) {
        hits++;
        break;
      }
    }
  }
  return hits / texts.length >= 0.6;
}

/** The longest header word of Tabel 2.4 ("permasalahan"). */
const USULAN_WORD_MAX = Math.max(...USULAN_HEADERS.flatMap((h) => h.words.map((w) => w.length)));

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Could the text fold to one header word? Not when it has more characters than the longest word, spaces and ".:" aside. */
function mayBeUsulanWord(v: string): boolean {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 46 || c === 58 || isSpaceCode(c)) continue;
    if (++n > USULAN_WORD_MAX) return false;
  }
  return n > 0;
}

// T-C.32's own header word: only the usulan form has a "Besaran/Volume" column.
const BESARAN_VOLUME = /^\s*besaran\s*\/\s*volume\s*$/i;

function findUsulanHeader(view: SheetView, r: number): Partial<Record<ColumnRole, number[]>> | undefined {
  // Called for every row: without a "pengusul" (or T-C.32's "besaran/volume") cell it cannot be the header, and
  // nothing is allocated.
  let hasKey = false;
  for (let c = view.colStart; c < view.colEnd && !hasKey; c++) {
    const v = view.value(r, c);
    hasKey = typeof v === "string" && v.length < 24 && (PENGUSUL.test(v) || BESARAN_VOLUME.test(v));
  }
  if (!hasKey) return undefined;
  const found: Partial<Record<ColumnRole, number[]>> = {};
  for (let c = view.colStart; c < view.colEnd; c++) {
    // Called for every cell of every row: fold only the texts short enough to be a header word.
    const v = view.value(r, c);
    if (typeof v !== "string" || !mayBeUsulanWord(v)) continue;
    const t = foldText(cellText(v)).replace(/[.:]/g, "");
    if (!t) continue;
    const h = USULAN_HEADERS.find((x) => x.words.includes(t));
    if (h && !found[h.role]) found[h.role] = [c];
  }
  // A real header names most of its eight columns; two stray words in a data row do not make one.
  const named = found.pengusul || (found.volume && found.indikator);
  return named && found.usulan && Object.keys(found).length >= 5 ? found : undefined;
}

/** A kode-headed block with no column-number row: the header rows from the "Kode" row down, or undefined. */
function vocabularyHeaderRows(view: SheetView, r: number): number[] | undefined {
  // Called for every row: a row without a short "Kode…" cell and a second header phrase, or without the three
  // phrases of an evaluation header (Tabel 2.1), is rejected at once.
  let kode = -1;
  let firstText: string | undefined;
  for (let c = view.colStart; c < view.colEnd && kode < 0; c++) {
    const v = view.value(r, c);
    if (typeof v !== "string" || v.length < 4 || v.length > 40) {
      if (firstText === undefined && v !== null && v !== "") firstText = typeof v === "string" ? v : "";
      continue;
    }
    firstText ??= v;
    // "Kode…": only texts starting with k (after spaces) are tested.
    const c0 = v.charCodeAt(0) | 32;
    if (c0 === 107 ? (v.charCodeAt(1) | 32) === 111 && isKodeHeaderCell(v) : (c0 === 32 || c0 === 41) && isKodeHeaderCell(v)) kode = c;
  }
  let found = false;
  if (kode >= 0) {
    for (let c = view.colStart; c < view.colEnd && !found; c++) found = c !== kode && isHeaderPhraseCell(view.value(r, c));
  } else if (firstText !== undefined && /^\s*(no|nomor)\.?\s*$/i.test(firstText)) {
    // Tables without kode (2.1, 2.3) start with their "No" column: only such rows are read further.
    let evaluasi = 0;
    for (let c = view.colStart; c < view.colEnd; c++) {
      const v = view.value(r, c);
      if (typeof v === "string") evaluasi |= 1 << isEvaluasiHeaderCell(v);
    }
    found = isKodelessHeader(evaluasi);
  }
  // A data row that happens to hold the word "Kode" carries kode values or amounts; a header row does not.
  if (!found || hasDataCell(view, r)) return undefined;
  const rows = [r];
  // Upwards: group rows whose merged cells reach down into the "Kode" row.
  for (let up = r - 1; up >= Math.max(view.rowStart, r - 4); up--) {
    if (rowIsBlank(view, up) || isTitleRow(view, up)) break;
    let reaches = false;
    for (let c = view.colStart; c < view.colEnd && !reaches; c++) reaches = view.isMergedAway(up + 1, c) && view.shown(up + 1, c) === view.shown(up, c) && view.value(up, c) !== null;
    if (!reaches) break;
    rows.unshift(up);
  }
  // Downwards: rows covered by the block's merges, or made of header words only, up to the first data row.
  for (let down = r + 1; down < Math.min(view.rowEnd, r + 6); down++) {
    if (readNumberRow(view, down)) return undefined; // a numbered block: read at its number row
    if (rowIsBlank(view, down) || !isHeaderContinuationRow(view, down, rows[rows.length - 1])) break;
    rows.push(down);
  }
  // A column-number row further down, before any data: the block is numbered after all (its leaves are long texts
  // and its merges unknown), and it is read at that row.
  for (let down = rows[rows.length - 1] + 1; down < Math.min(view.rowEnd, r + 7); down++) {
    if (readNumberRow(view, down)) return undefined;
    if (hasDataCell(view, down)) break;
  }
  return rows;
}

/** A number or a kode-like text: the row is data, not header. */
function hasDataCell(view: SheetView, r: number): boolean {
  for (let c = view.colStart; c < view.colEnd; c++) {
    const v = view.value(r, c);
    // A year typed as a number (a "2026" group header) is header, not data.
    if (typeof v === "number" ? !(Number.isInteger(v) && v >= 1950 && v <= 2150) : typeof v === "string" && KODE_LIKE.test(v) && !YEAR_TEXT.test(v)) return true;
  }
  return false;
}

const YEAR_TEXT = /^\s*(19|20|21)\d\d\s*$/;
const KODE_LIKE = /^\s*[\dX]{1,4}(\s*\.\s*[\dX]{1,4})*\s*$/;

/**
 * A further row of a header block: covered by the block's merges, or made of short header words only, or (merges
 * unknown) with every text under a group header of the row above (an empty cell, or a cell whose right neighbour
 * is empty) — a data row fills the columns whose headers stand alone.
 */
function isHeaderContinuationRow(view: SheetView, r: number, above: number): boolean {
  let covered = false;
  let words = true;
  let underGroups = true;
  let any = false;
  for (let c = view.colStart; c < view.colEnd; c++) {
    const v = view.value(r, c);
    if (typeof v === "number" || typeof v === "boolean") return false;
    if (view.isMergedAway(r, c)) covered = true;
    if (v === null || v === "") continue;
    if (KODE_LIKE.test(v) && !YEAR_TEXT.test(v)) return false;
    any = true;
    if (v.length > 40 || !isHeaderContinuationCell(v)) words = false;
    if (cellText(view.shown(above, c)) !== "" && (c + 1 >= view.colEnd || cellText(view.shown(above, c + 1)) !== "")) underGroups = false;
  }
  return any && (covered || words || underGroups);
}

export interface FoundTables {
  tables: TableModel[];
  /** Header blocks that look like a Renja table's but map to none. */
  unread: UnreadHeader[];
}

/** All Renja tables on one sheet, top to bottom. */
export function findTables(view: SheetView, columnMap?: ColumnOverride[]): TableModel[] {
  return findTablesWithNotes(view, columnMap).tables;
}

export function findTablesWithNotes(view: SheetView, columnMap?: ColumnOverride[]): FoundTables {
  const starts: Block[] = [];
  const repeats = new Map<number, Block>(); // number row → block it repeats
  let current: Block | undefined;
  const ends: number[] = []; // rows that end the current table (titles, foreign headers)
  const unread: UnreadHeader[] = [];

  for (let r = view.rowStart; r < view.rowEnd; r++) {
    const nr = readNumberRow(view, r);
    if (nr) {
      if (current && sameLayout(current.numberRow, nr)) {
        repeats.set(r, current);
        continue;
      }
      const headerRows = headerRowsAbove(view, r, view.rowStart);
      const headerText = foldText(headerRows.map((hr) => nonEmptyTexts(view, hr, true).join(" ")).join(" "));
      const spec = specFor(headerText);
      const roles = headerRows.length > 0 ? headerRoles(view, headerRows) : undefined;
      if (roles) extendKode(view, roles, nr);
      const over = roles ? overridden(view, roles, columnMap) : undefined;
      const headerTop = headerRows[0] ?? r;
      const headerTexts = headerTextSet(view, headerRows);
      const numbered = spec ? kodeInPlaceOfNo(columnsOf(spec, nr), roles) : undefined;
      if (spec && numbered && !over && (!roles?.kind || (roles.kind === spec.kind && agrees(numbered, roles.columns)))) {
        // The known layout, numbered as its form says: read by its numbers (the headers confirm them).
        current = { kind: spec.kind, spec, numberRow: nr, headerTop, columns: numbered, headerTexts, ...(roles ? { headers: roles.headers, planYear: roles.planYear } : {}), mappedBy: "nomor" };
        if (roles && Object.keys(roles.moneyScale).length > 0) current.moneyScale = roles.moneyScale;
        starts.push(current);
      } else if (roles?.kind) {
        current = blockFromRoles(roles.kind, nr, headerTop, roles, headerTexts);
        if (over) current.overridden = over;
        starts.push(current);
      } else {
        // A column-number row of some other layout: whatever it heads is not this table's data.
        if (roles && roles.headers.some((h) => h.meaning.role === "kode" || h.meaning.role === "pagu")) unread.push({ row: headerTop, col: roles.headers[0].col, headers: roles.headers.map((h) => h.text) });
        ends.push(r);
      }
      continue;
    }
    if (isTitleRow(view, r)) {
      ends.push(r);
      continue;
    }
    const vocabRows = vocabularyHeaderRows(view, r);
    if (vocabRows) {
      const last = vocabRows[vocabRows.length - 1];
      const headerTexts = headerTextSet(view, vocabRows);
      if (current?.mappedBy === "judul" && current.numberRow.max === 0 && sameTexts(current.headerTexts, headerTexts)) {
        // The same header again (a page break in a pasted table).
        repeats.set(last, current);
        r = last;
        continue;
      }
      const roles = headerRoles(view, vocabRows);
      extendKode(view, roles, undefined);
      if (current?.mappedBy === "judul" && current.numberRow.max === 0 && roles.kind === current.kind && sameKeyColumns(current.columns, roles.columns)) {
        // The header again with its texts retyped (a PDF paste spells each page's copy a little differently).
        repeats.set(last, current);
        r = last;
        continue;
      }
      const over = overridden(view, roles, columnMap);
      const pseudo: NumberRow = { r: last, cols: new Map(), max: 0 };
      if (roles.kind) {
        current = blockFromRoles(roles.kind, pseudo, vocabRows[0], roles, headerTexts);
        if (over) current.overridden = over;
        starts.push(current);
      } else {
        unread.push({ row: vocabRows[0], col: roles.headers[0]?.col ?? view.colStart, headers: roles.headers.map((h) => h.text) });
        ends.push(vocabRows[0]);
      }
      r = last;
      continue;
    }
    const usulan = findUsulanHeader(view, r);
    if (usulan) {
      if (current?.kind === "T2.4" && current.columns.pengusul?.[0] === usulan.pengusul?.[0]) {
        repeats.set(r, current);
        continue;
      }
      // A column-number row may follow the header (1 … 8); it belongs to the header.
      const next = readNumberRow(view, r + 1);
      current = {
        kind: "T2.4",
        numberRow: next ?? { r, cols: new Map(), max: 0 },
        headerTop: r,
        columns: usulan,
        headerTexts: headerTextSet(view, [r]),
        headers: readHeaderColumns(view, [r])
          .filter((h) => h.path.length > 0)
          .map((h) => ({ col: h.col, path: h.path, text: h.path.join(" / "), meaning: {} })),
        mappedBy: "judul", // Tabel 2.4 is read by its header words
      };
      starts.push(current);
      if (next) r++;
    }
  }

  const tables: TableModel[] = [];
  for (let i = 0; i < starts.length; i++) {
    const b = starts[i];
    const limit = i + 1 < starts.length ? starts[i + 1].headerTop : view.rowEnd;
    const stop = ends.find((e) => e > b.numberRow.r && e < limit) ?? limit;
    tables.push(buildTable(view, b, stop, repeats));
  }
  return { tables, unread };
}

/** Two header blocks that put the roles the rules read first in the same columns. */
function sameKeyColumns(a: Partial<Record<ColumnRole, number[]>>, b: Partial<Record<ColumnRole, number[]>>): boolean {
  for (const role of [...KEY_ROLES, "rkpdPagu", "kebutuhanDana", "targetRenstra", "realisasiRenjaLalu"] as ColumnRole[]) {
    const x = a[role];
    const y = b[role];
    if (x === undefined && y === undefined) continue;
    if (!sameCols(x, y)) return false;
  }
  return true;
}

function sameTexts(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const t of a) if (!b.has(t)) return false;
  return true;
}

/** The columns as read, for the summary: each header with its role, and roles without a header text. */
function columnInfoOf(b: Block): ColumnInfo[] {
  const roleOf = new Map<number, ColumnRole>();
  for (const [role, cols] of Object.entries(b.columns) as [ColumnRole, number[]][]) for (const c of cols) if (!roleOf.has(c)) roleOf.set(c, role);
  const out = new Map<number, ColumnInfo>();
  for (const h of b.headers ?? []) out.set(h.col, { col: h.col, header: h.text });
  for (const c of roleOf.keys()) if (!out.has(c)) out.set(c, { col: c, header: "" });
  for (const info of out.values()) {
    const role = roleOf.get(info.col);
    if (role) info.role = role;
    if (b.overridden?.has(info.col)) info.override = true;
  }
  return [...out.values()].sort((x, y) => x.col - y.col);
}

function buildTable(view: SheetView, b: Block, stop: number, repeats: Map<number, Block>): TableModel {
  const headerRows = new Set<number>();
  const repeatedHeaders: number[] = [];
  for (const [r, block] of repeats) {
    if (block !== b || r <= b.numberRow.r || r >= stop) continue;
    repeatedHeaders.push(r);
    headerRows.add(r);
    // A repeated block has at most as many header rows as the first one: a data row above it that happens to
    // read like a header ("Kode" typed in a cell) stays data.
    let left = b.numberRow.r - b.headerTop;
    for (let h = r - 1; left > 0 && h > b.numberRow.r && h >= r - MAX_HEADER_ROWS; h--) {
      if (rowIsBlank(view, h)) continue;
      if (!isHeaderLike(view, h, b.headerTexts)) break;
      headerRows.add(h);
      left--;
    }
  }
  repeatedHeaders.sort((x, y) => x - y);

  // A table runs to the next title or header block, or the sheet's end. Blank rows never end it: pasted pages
  // leave gaps of any length, and a table's findings must not depend on how many blank rows sit inside it.
  const rows: TableRow[] = [];
  let bottom = b.numberRow.r;
  for (let r = b.numberRow.r + 1; r < stop; r++) {
    if (headerRows.has(r) || rowIsBlank(view, r)) continue;
    rows.push(readRow(view, b, r));
    bottom = r;
  }
  // A table whose form numbers its rows (Tabel 2.1) has levels by kode where it has a kode column (T-C.29).
  assignLevels(rows, (b.spec?.hasKode ?? false) || (b.columns.kode?.length ?? 0) > 0);
  const table: TableModel = {
    kind: b.kind,
    sheet: view.name,
    headerTop: b.headerTop,
    numberRow: b.numberRow.r,
    columns: b.columns,
    rows,
    bottom,
    repeatedHeaders,
    columnInfo: columnInfoOf(b),
  };
  if (b.mappedBy) table.mappedBy = b.mappedBy;
  if (b.pairs && b.pairs.length > 0) table.indicatorPairs = b.pairs;
  if (b.moneyScale && Object.keys(b.moneyScale).length > 0) table.moneyScale = b.moneyScale;
  if (b.planYear !== undefined) table.planYear = b.planYear;
  return table;
}

function firstText(view: SheetView, r: number, cols: number[] | undefined): string {
  if (!cols) return "";
  return cellText(view.value(r, cols[0]));
}

function readRow(view: SheetView, b: Block, r: number): TableRow {
  const cols = b.columns;
  // Runs for every row: plain loops, no per-row closures.
  const kodeCols = cols.kode ?? [];
  const kodeParts: string[] = new Array<string>(kodeCols.length);
  let filled = 0;
  let kodeValues: CellValue[] | undefined;
  for (let i = 0; i < kodeCols.length; i++) {
    const v = view.value(r, kodeCols[i]);
    const part = typeof v === "string" ? v.trim() : cellText(v);
    kodeParts[i] = part;
    if (part !== "") filled++;
    // A segment typed as a number (6 for "06") is read as the number it is, so its lost zero can be restored.
    if (typeof v === "number" && kodeCols.length > 1) (kodeValues ??= kodeParts.slice(0, i))[i] = v;
    else if (kodeValues) kodeValues[i] = part;
  }
  // Joined once (a string built part by part is a chain of pieces, held by every row of a large table).
  const kodeText = filled === 0 ? "" : filled === kodeParts.length ? kodeParts.join(".") : kodeParts.filter((p) => p !== "").join(".");
  let nama = firstText(view, r, cols.nama);
  let indikator = firstText(view, r, cols.indikator);
  if (b.kind === "T2.3") {
    nama = firstText(view, r, cols.rkpdNama) || firstText(view, r, cols.kebutuhanNama);
    indikator = firstText(view, r, cols.rkpdIndikator) || firstText(view, r, cols.kebutuhanIndikator);
  } else if (b.kind === "T2.2") {
    nama = indikator;
  } else if (b.kind === "T2.4") {
    nama = firstText(view, r, cols.usulan);
  }
  return {
    r,
    level: "other",
    no: firstText(view, r, cols.no),
    kodeText,
    kodeParts,
    ...(kodeValues ? { kodeValues } : {}),
    nama,
    indikator,
  };
}
