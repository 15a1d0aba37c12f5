// How much room a text needs in a cell: lines at a column width, the row height in points, the width that keeps a
// word or a number whole. Excel does not autofit rows that hold merged cells and never autofits a row on load, so
// the writers set heights themselves; the same numbers for the Office adapter and the .xlsx writers.
// Widths are Excel's column units: the width of "0" in the default font (Calibri 11: 7 px, 96 px = 72 pt).

/** Excel's default font size and the row height Excel gives one line of it. */
export const DEFAULT_FONT_PT = 11;
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel refuses taller rows. */
export const MAX_ROW_HEIGHT = 409;
/** Excel's default column width, where a sheet sets none. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * Advance widths of Calibri (Carlito, its metric twin), regular and bold, relative to "0", for the printable ASCII
 * characters from " " on; measured from the fonts' hmtx tables. Other characters count as a digit.
 */
const REGULAR: readonly number[] = [
  0.45, 0.64, 0.79, 0.98, 1, 1.41, 1.35, 0.44, 0.6, 0.6, 0.98, 0.98, 0.49, 0.6, 0.5, 0.76,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.53, 0.53, 0.98, 0.98, 0.98, 0.91,
  1.76, 1.14, 1.07, 1.05, 1.21, 0.96, 0.91, 1.24, 1.23, 0.5, 0.63, 1.03, 0.83, 1.69, 1.27, 1.31,
  1.02, 1.33, 1.07, 0.91, 0.96, 1.27, 1.12, 1.76, 1.02, 0.96, 0.92, 0.61, 0.76, 0.61, 0.98, 0.98,
  0.57, 0.95, 1.04, 0.83, 1.04, 0.98, 0.6, 0.93, 1.04, 0.45, 0.47, 0.9, 0.45, 1.58, 1.04, 1.04,
  1.04, 1.04, 0.69, 0.77, 0.66, 1.04, 0.89, 1.41, 0.85, 0.89, 0.78, 0.62, 0.91, 0.62, 0.98,
];
const BOLD: readonly number[] = [
  0.45, 0.64, 0.87, 0.98, 1, 1.44, 1.39, 0.46, 0.61, 0.61, 0.98, 0.98, 0.51, 0.6, 0.53, 0.85,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.54, 0.54, 0.98, 0.98, 0.98, 0.91,
  1.77, 1.2, 1.11, 1.04, 1.24, 0.96, 0.91, 1.26, 1.24, 0.53, 0.65, 1.08, 0.83, 1.72, 1.3, 1.33,
  1.05, 1.35, 1.11, 0.93, 0.98, 1.29, 1.17, 1.79, 1.09, 1.03, 0.94, 0.64, 0.85, 0.64, 0.98, 0.98,
  0.59, 0.97, 1.06, 0.83, 1.06, 0.99, 0.62, 0.94, 1.06, 0.48, 0.5, 0.95, 0.48, 1.61, 1.06, 1.06,
  1.06, 1.06, 0.7, 0.79, 0.68, 1.06, 0.93, 1.47, 0.91, 0.93, 0.78, 0.68, 0.94, 0.68, 0.98,
];
/** "0" is 7.43 px at 11 pt while a column unit is 7 px: a unit holds 0.94 of a digit. */
const DIGIT_PER_UNIT = 7 / 7.43;
/**
 * What a cell's margins take from its width, in column units. Excel makes a column of width w units w × 7 + 5 px
 * wide and keeps about 5 px for the margins and the grid line, so text has w × 7 px; a little kept in hand.
 */
const PADDING_UNITS = 0.25;

export interface TextStyle {
  bold?: boolean;
  /** Font size in points (default 11). */
  fontPt?: number;
}

function charWeight(ch: string, bold: boolean): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code < 32 + REGULAR.length) return (bold ? BOLD : REGULAR)[code - 32];
  if (ch === "—" || ch === "…") return 1.8;
  if (code < 32) return 0;
  return 1;
}

/** Width of `text` on one line, in column units at 11 pt (bold and other sizes scaled). */
export function textWidth(text: string, style: TextStyle = {}): number {
  let w = 0;
  const bold = style.bold ?? false;
  for (const ch of text) w += charWeight(ch, bold);
  const scale = (style.fontPt ?? DEFAULT_FONT_PT) / DEFAULT_FONT_PT;
  return (w * scale) / DIGIT_PER_UNIT;
}

/** What a column of `width` units leaves for text. */
function room(width: number): number {
  return Math.max(0.5, width - PADDING_UNITS);
}

/**
 * Lines `text` takes in a wrapped cell `width` units wide: explicit newlines kept, words wrapped at spaces and after
 * a hyphen between letters ("Umum-Dana"), a word longer than the line broken where it runs out (as Excel and
 * LibreOffice do). Any other break a renderer may find only saves lines: the count never falls short.
 */
export function textLines(text: string, width: number, style: TextStyle = {}): number {
  const max = room(width);
  // Most cells hold one short line: measured whole, nothing to wrap.
  if (!/[\r\n]/.test(text) && textWidth(text, style) <= max) return 1;
  const space = textWidth(" ", style);
  let lines = 0;
  for (const para of text.split(/\r\n|\r|\n/)) {
    lines++;
    let used = 0;
    for (const word of para.split(" ")) {
      (word.includes("-") ? word.split(/(?<=\p{L}-)(?=\p{L})/u) : [word]).forEach((piece, k) => {
        let w = textWidth(piece, style);
        const gap = k === 0 && used > 0 ? space : 0;
        if (used + gap + w <= max) {
          used += gap + w;
          return;
        }
        if (used > 0) {
          lines++;
          used = 0;
        }
        // A piece wider than the whole line: broken into full lines and a rest.
        while (w > max) {
          lines++;
          w -= max;
        }
        used = w;
      });
    }
  }
  return lines;
}

/** Points one line of text takes in a row (15 pt at 11 pt). */
export function lineHeight(fontPt: number = DEFAULT_FONT_PT): number {
  return (DEFAULT_ROW_HEIGHT * fontPt) / DEFAULT_FONT_PT;
}

/** The row height that shows `lines` lines, within Excel's limit. */
export function heightForLines(lines: number, fontPt: number = DEFAULT_FONT_PT): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * lineHeight(fontPt));
}

/** The row height a wrapped text needs in a cell `width` units wide. */
export function textHeight(text: string, width: number, style: TextStyle = {}): number {
  return heightForLines(textLines(text, width, style), style.fontPt);
}

/** Column width (units, rounded up to a quarter) that shows `text` on one line. */
export function widthForText(text: string, style: TextStyle = {}): number {
  return Math.ceil((textWidth(text, style) + PADDING_UNITS) * 4) / 4;
}

/** The longest word of a text (what a wrapped cell cannot break without splitting it). */
export function longestWord(text: string): string {
  let best = "";
  for (const w of text.split(/\s+/)) if (w.length > best.length) best = w;
  return best;
}
