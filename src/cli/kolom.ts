// --kolom "SHEET!F=pagu,G=sumberDana" (repeatable) and --kolom-file MAP.json: the user's column roles, which win
// over what the headers seem to say (ValidateOptions.columnMap).
import { readFileSync } from "node:fs";
import { checkColumnMap, columnLettersOf, roleByName, unknownRoleMessage } from "../renja/column-roles";
import type { ColumnOverride } from "../renja/rules/context";
import { InputError, UsageError } from "./errors";

const USAGE = 'tulis mis. --kolom "Tabel 4.1!F=pagu,G=sumberDana"';

/** One --kolom value: "SHEET!F=role", further "G=role" pairs on the same sheet, or another "SHEET!H=role". */
export function parseKolomOption(text: string): ColumnOverride[] {
  const out: ColumnOverride[] = [];
  let sheet: string | undefined;
  for (const part of text.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    const eq = part.lastIndexOf("=");
    if (eq < 0) throw new UsageError(`--kolom: "${part}" tidak memuat "=" (${USAGE}).`);
    const left = part.slice(0, eq);
    const name = part.slice(eq + 1);
    const bang = left.lastIndexOf("!");
    if (bang >= 0) sheet = left.slice(0, bang).trim().replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    if (!sheet) throw new UsageError(`--kolom: lembar untuk "${part}" tidak disebut (${USAGE}).`);
    const column = columnLettersOf(bang >= 0 ? left.slice(bang + 1) : left);
    if (!column) throw new UsageError(`--kolom: "${(bang >= 0 ? left.slice(bang + 1) : left).trim()}" bukan huruf kolom (${USAGE}).`);
    const role = roleByName(name);
    if (!role) throw new UsageError(`--kolom: ${unknownRoleMessage(name.trim())}`);
    out.push({ sheet, column, role });
  }
  if (out.length === 0) throw new UsageError(`--kolom: kosong (${USAGE}).`);
  return out;
}

/** A --kolom-file: JSON, a list of { "sheet", "column", "role" } (the form the task pane keeps in the workbook). */
export function loadKolomFile(path: string): ColumnOverride[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError(`--kolom-file: berkas tidak dapat dibaca: ${path}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new InputError(`--kolom-file: ${path} bukan JSON yang sah.`);
  }
  const checked = checkColumnMap(raw);
  if (!checked.ok) throw new InputError(`--kolom-file: ${checked.message}`);
  return checked.map;
}

/** The file's entries first, then each --kolom in order: a later word on the same column wins. */
export function columnMapOf(kolom: readonly string[] | undefined, kolomFile: string | undefined): ColumnOverride[] | undefined {
  const all = [...(kolomFile ? loadKolomFile(kolomFile) : []), ...(kolom ?? []).flatMap(parseKolomOption)];
  if (all.length === 0) return undefined;
  const byKey = new Map<string, ColumnOverride>();
  for (const o of all) {
    byKey.delete(`${o.sheet}\u0000${o.column}`);
    byKey.set(`${o.sheet}\u0000${o.column}`, o);
  }
  return [...byKey.values()];
}
