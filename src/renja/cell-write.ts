// The one cell writer's decisions. Every writer (the Excel adapter, the ExcelJS writers of the CLI, the .xlsx patcher,
// the in-memory grid) asks here what a planned value becomes in a cell, so that a formula is written only where the
// add-in composed it and text stays text, whatever it starts with (= + - @, a tab or carriage return before one, "'").
import type { CellValue } from "./grid";
import { isComposedFormula, type WriteValue } from "./plan";

/** What a writer stores: exactly one of these. */
export type CellContent =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; formula: string };

/** The content a planned value stands for. Non-finite numbers are not cell values: they are written as text. */
export function cellContent(v: WriteValue): CellContent {
  if (isComposedFormula(v)) return { kind: "formula", formula: v.formula };
  if (v === null || v === "") return { kind: "empty" };
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "text", text: String(v) };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  return { kind: "text", text: v };
}

/**
 * Text that Excel would not keep as typed when it arrives through `Range.values`/`formulas`: a formula start
 * (= + - @, also after white space such as a tab or carriage return), a leading apostrophe (Excel takes it as the
 * prefix), anything Excel parses as a number, percentage, currency, date, time, boolean or error value. Plain words
 * (a letter first, no digit, not a boolean) are safe; anything else gets the prefix, which costs nothing.
 */
export function excelWouldCoerce(text: string): boolean {
  if (text === "") return false;
  if (/^\s/.test(text)) return true;
  if (/^[=+\-@'#]/.test(text)) return true;
  if (/^(true|false|benar|salah)$/i.test(text)) return true;
  // A letter first and no digit: a name, a unit, a label. Everything else may be read as a number or date.
  return !/^\p{L}[^\d]*$/u.test(text);
}

/**
 * The input to send through the Excel API (`Range.formulas`) for a planned value: exactly one "'" prefix where Excel
 * would otherwise turn the text into something else. In a text-formatted cell ("@") Excel stores what it gets, so
 * no prefix is added there.
 */
export function officeInput(v: WriteValue, numberFormat?: string | null): string | number | boolean {
  const c = cellContent(v);
  switch (c.kind) {
    case "empty":
      return "";
    case "formula":
      return c.formula;
    case "number":
    case "boolean":
      return c.value;
    case "text":
      return numberFormat !== "@" && excelWouldCoerce(c.text) ? `'${c.text}` : c.text;
  }
}

/**
 * True when `officeInput` sends the text without its prefix only because the cell is text-formatted ("@"): the
 * writer must then set "@" in the same batch, so that a format changed since the read can never make it live.
 */
export function reliesOnTextFormat(v: WriteValue, numberFormat?: string | null): boolean {
  const c = cellContent(v);
  return c.kind === "text" && numberFormat === "@" && excelWouldCoerce(c.text);
}

/** The value a grid holds after the write (the in-memory view used for previews and re-validation). */
export function gridValue(v: WriteValue): { value: CellValue; formula: string | null } {
  const c = cellContent(v);
  switch (c.kind) {
    case "empty":
      return { value: null, formula: null };
    case "formula":
      return { value: null, formula: c.formula };
    case "text":
      return { value: c.text, formula: null };
    default:
      return { value: c.value, formula: null };
  }
}
