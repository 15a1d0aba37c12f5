// The one cell writer's decisions. Every writer (the Excel adapter, the ExcelJS writers of the CLI, the .xlsx patcher,
// the in-memory grid) asks here what a planned value becomes in a cell, so that a formula is written only where the
// add-in composed it and text stays text, whatever it starts with (= + - @, a tab or carriage return before one, "'").
import type { CellValue } from "./grid";
import { isComposedFormula, isErrorConstant, type CellWriteValue } from "./plan";

/** What a writer stores: exactly one of these. */
export type CellContent =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; code: string }
  | { kind: "formula"; formula: string };

/** The content a planned value stands for. Non-finite numbers are not cell values: they are written as text. */
export function cellContent(v: CellWriteValue): CellContent {
  if (isComposedFormula(v)) return { kind: "formula", formula: v.formula };
  if (isErrorConstant(v)) return { kind: "error", code: v.error };
  if (v === null || v === "") return { kind: "empty" };
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "text", text: String(v) };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  return { kind: "text", text: v };
}

/**
 * Text that Excel would not keep as typed when it arrives through `Range.values`/`formulas`: a formula start
 * (= + - @, also after white space such as a tab or carriage return), a leading apostrophe (Excel takes it as the
 * prefix), anything Excel parses as a number, percentage, currency ("Rp 1.000"), date ("Jan-24", "Mei 2024"),
 * time, boolean or error value ("#N/A"), in an English or an Indonesian Excel. Plain words (a letter first, no
 * digit, not a boolean) are safe; anything else gets the prefix, which costs nothing.
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
 * no prefix is added there, except before a leading apostrophe, which Excel takes as the prefix in any cell.
 */
export function officeInput(v: CellWriteValue, numberFormat?: string | null): string | number | boolean {
  const c = cellContent(v);
  switch (c.kind) {
    case "empty":
      return "";
    case "formula":
      return c.formula;
    case "error":
      // Unprefixed, Excel turns the typed code into its error value.
      return c.code;
    case "number":
    case "boolean":
      return c.value;
    case "text":
      if (numberFormat === "@") return c.text.startsWith("'") ? `'${c.text}` : c.text;
      return excelWouldCoerce(c.text) ? `'${c.text}` : c.text;
  }
}

/**
 * True when `officeInput` sends the text without its prefix only because the cell is text-formatted ("@"): the
 * writer must then set "@" in the same batch, so that a format changed since the read can never make it live.
 */
export function reliesOnTextFormat(v: CellWriteValue, numberFormat?: string | null): boolean {
  const c = cellContent(v);
  return c.kind === "text" && numberFormat === "@" && excelWouldCoerce(c.text);
}

/**
 * How to write one cell so that Excel holds exactly the planned content: the number format to set before the
 * content, the input, and a number format to set after it. In a text-formatted cell ("@") Excel keeps a number,
 * a boolean or a formula as text, so such content goes in under "General"; a restore then puts "@" back (Excel
 * keeps content already there when only the format changes). `numberFormat`: the format the plan asks for;
 * `current`: the cell's format now (a fix keeps it where it can).
 */
export function cellWriteSteps(
  v: CellWriteValue,
  numberFormat: string | null | undefined,
  current: string | null | undefined,
): { before?: string; input: string | number | boolean; after?: string } {
  const c = cellContent(v);
  const final = numberFormat ?? current ?? null;
  const nonText = c.kind === "number" || c.kind === "boolean" || c.kind === "formula" || c.kind === "error";
  if (final === "@" && nonText) {
    const steps: { before?: string; input: string | number | boolean; after?: string } = { before: "General", input: officeInput(v, "General") };
    if (numberFormat === "@") steps.after = "@";
    return steps;
  }
  const steps: { before?: string; input: string | number | boolean } = { input: officeInput(v, final) };
  if (numberFormat !== undefined && numberFormat !== null) steps.before = numberFormat;
  // Text kept as typed by its "@" format gets that format again in the same batch (never live if it changed since).
  else if (reliesOnTextFormat(v, final)) steps.before = "@";
  return steps;
}

/** The value a grid holds after the write (the in-memory view used for previews and re-validation). */
export function gridValue(v: CellWriteValue): { value: CellValue; formula: string | null } {
  const c = cellContent(v);
  switch (c.kind) {
    case "empty":
      return { value: null, formula: null };
    case "formula":
      return { value: null, formula: c.formula };
    case "text":
      return { value: c.text, formula: null };
    case "error":
      // Grids hold error values as their text.
      return { value: c.code, formula: null };
    default:
      return { value: c.value, formula: null };
  }
}
