// Number formats of xl/styles.xml: the format code of every cell style (cellXfs), from the part's own numFmts or
// Excel's built-in ids. The engine reads % and date formats from these codes, so they are kept exactly.
import { InputError } from "../errors";
import { count, type Limits } from "../limits";
import { parsePart } from "./xml-stream";
import type { ZipPackage } from "./zip";

/** Excel's built-in number formats (ECMA-376 part 1, 18.8.30), as ExcelJS names them. Id 0 (General) is "no format". */
const BUILTIN: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
  21: "h:mm:ss", 22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

export interface Styles {
  /** The number format code of cell style `s`; null for General or an unknown style. */
  formatOf(s: number): string | null;
  /** numFmtId of each cellXfs entry (the patch writer looks formats up by id). */
  readonly xfNumFmtIds: readonly number[];
  readonly numFmts: ReadonlyMap<number, string>;
  /** How style `s` shows text: wrapped, bold, font size (the default style where `s` is unknown). */
  textStyleOf(s: number): CellTextStyle;
}

export interface CellTextStyle {
  wrap: boolean;
  bold: boolean;
  fontPt: number;
}

export async function readStyles(zip: ZipPackage, part: string | undefined, limits: Pick<Limits, "maxStyles">): Promise<Styles> {
  const numFmts = new Map<number, string>();
  const xfNumFmtIds: number[] = [];
  // Fonts (bold, size) and each cell style's font and wrapping, for the row heights of fixed text (patch.ts).
  const fonts: { bold: boolean; fontPt: number }[] = [];
  const xfText: { fontId: number; wrap: boolean }[] = [];
  const entry = part ? zip.entry(part) : undefined;
  if (entry) {
    let inCellXfs = false;
    let inFonts = false;
    await parsePart(zip, entry, {
      open(name, a) {
        if (name === "fonts") inFonts = true;
        else if (name === "font" && inFonts) fonts.push({ bold: false, fontPt: 11 });
        else if (inFonts && fonts.length > 0 && name === "b") fonts[fonts.length - 1].bold = a.val === undefined || a.val === "1" || a.val === "true";
        else if (inFonts && fonts.length > 0 && name === "sz" && Number(a.val) > 0) fonts[fonts.length - 1].fontPt = Number(a.val);
        else if (name === "alignment" && inCellXfs && xfText.length > 0) xfText[xfText.length - 1].wrap = a.wrapText === "1" || a.wrapText === "true";
        if (name === "numFmt") {
          const id = Number(a.numFmtId);
          if (Number.isInteger(id) && a.formatCode !== undefined) numFmts.set(id, a.formatCode);
          if (numFmts.size > limits.maxStyles) throw tooMany(zip.path, limits.maxStyles);
        } else if (name === "cellXfs") {
          inCellXfs = true;
        } else if (name === "xf" && inCellXfs) {
          const id = Number(a.numFmtId ?? 0);
          xfNumFmtIds.push(Number.isInteger(id) ? id : 0);
          xfText.push({ fontId: Number(a.fontId ?? 0) || 0, wrap: false });
          if (xfNumFmtIds.length > limits.maxStyles) throw tooMany(zip.path, limits.maxStyles);
        }
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
        else if (name === "fonts") inFonts = false;
      },
    });
  }
  const codes = xfNumFmtIds.map((id) => (id === 0 ? null : (numFmts.get(id) ?? BUILTIN[id] ?? null)));
  const textStyleOf = (s: number): CellTextStyle => {
    const xf = xfText[s] ?? xfText[0];
    const font = fonts[xf?.fontId ?? 0] ?? fonts[0];
    return { wrap: xf?.wrap ?? false, bold: font?.bold ?? false, fontPt: font?.fontPt ?? 11 };
  };
  return { formatOf: (s) => codes[s] ?? null, xfNumFmtIds, numFmts, textStyleOf };
}

export function builtinFormatId(code: string): number | undefined {
  for (const [id, c] of Object.entries(BUILTIN)) if (c === code) return Number(id);
  return code === "General" ? 0 : undefined;
}

function tooMany(path: string, max: number): InputError {
  return new InputError(`Berkas ditolak: workbook memuat lebih dari ${count(max)} gaya sel atau format angka: ${path}`);
}
