// Limits on what `renja` reads from one .xlsx: a hostile or broken file must end in a plain message, never in a
// crash, a hang or memory without bound. A real Renja workbook (7 tables, a few thousand rows, ≤ 30 columns,
// a few MB) stays far below every one of them. README "Limits" states them for users.
import { formatAngka } from "../renja/angka";

export interface Limits {
  /** Size of the file on disk. */
  maxFileBytes: number;
  /** Parts (entries) in the zip package. */
  maxEntries: number;
  /** Sum of the uncompressed sizes of all parts: declared in the central directory, and again as really inflated. */
  maxUncompressedBytes: number;
  /** Largest inflation ratio (uncompressed / compressed) of a part bigger than `ratioCheckFromBytes`. */
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
  /** Row records (<row>) in one worksheet; more is refused before the workbook is parsed. */
  maxRowRecordsPerSheet: number;
  /** Cell records (<c>) in one worksheet and in the whole workbook; more is refused before parsing. */
  maxCellsPerSheet: number;
  maxCellsPerWorkbook: number;
  /** Rows and columns read from each sheet (from A1). Values beyond are not checked: a struktur warning says so. */
  maxRows: number;
  maxColumns: number;
  /** Merged areas (<mergeCell>) in one sheet; each is kept as a range, never expanded. */
  maxMergesPerSheet: number;
  /** Cell visits spent clearing values hidden under merges, per sheet (only overlapping merges come near it). */
  maxMergeWork: number;
  /** Texts in the shared-strings part. */
  maxSharedStrings: number;
  /** Cell styles (cellXfs) and number formats (numFmts) in the styles part. */
  maxStyles: number;
}

export const LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 5_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 500,
  ratioCheckFromBytes: 1024 * 1024,
  maxRowRecordsPerSheet: 200_000,
  maxCellsPerSheet: 4_000_000,
  maxCellsPerWorkbook: 8_000_000,
  maxRows: 200_000,
  maxColumns: 256,
  maxMergesPerSheet: 200_000,
  maxMergeWork: 20_000_000,
  maxSharedStrings: 8_000_000,
  maxStyles: 100_000,
});

/**
 * Every XML part read: SpreadsheetML nests a few levels deep and gives an element a handful of attributes. Far
 * more is a file built to make the parser's own bookkeeping (its element stack, an attribute object) grow.
 */
export const XML_LIMITS = Object.freeze({ maxDepth: 64, maxAttributes: 256 });

/** Bytes as whole MB for messages ("200 MB"); at least 1 decimal below 10 MB so small test limits read sensibly. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${(Math.round(mb * 10) / 10).toString().replace(".", ",")} MB`;
}

/** 20000 → "20.000": whole numbers as every report writes them (angka.ts). */
export function count(n: number): string {
  return formatAngka(Math.trunc(n), 0);
}
