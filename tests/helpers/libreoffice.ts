// Test-only: recalculates workbooks in a real spreadsheet (LibreOffice headless) and reads the results back.
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** The `soffice` executable on PATH, or null. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, "soffice");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/**
 * LibreOffice keeps the cached results of an .xlsx by default; "recalculation on file load: always" (0) for both
 * OOXML and ODF makes every formula compute. Written into a throwaway user profile, never the real one.
 */
const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface RecalcOptions {
  /** Write the "always recalculate" setting into the profile (default true); false shows LibreOffice's default. */
  recalcAlways?: boolean;
  timeoutMs?: number;
}

/**
 * Opens each file in LibreOffice (isolated profile), recalculates and saves it as .xlsx into `outDir` (which must not
 * be the files' own directory: the names stay the same). Returns the paths written, in the order given.
 */
export function recalcWithLibreOffice(soffice: string, files: string[], outDir: string, opts: RecalcOptions = {}): string[] {
  const profile = mkdtempSync(join(tmpdir(), "renja-lo-profile-"));
  try {
    if (opts.recalcAlways ?? true) {
      mkdirSync(join(profile, "user"), { recursive: true });
      writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS_XCU);
    }
    mkdirSync(outDir, { recursive: true });
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, ...files],
      { encoding: "utf8", timeout: opts.timeoutMs ?? 50_000, env: { ...process.env, HOME: profile } },
    );
    if (r.status !== 0) throw new Error(`soffice failed (status ${r.status}, ${r.error?.message ?? ""}): ${r.stderr}${r.stdout}`);
    return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, ".xlsx")));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Copies `from` to `to` with every formula's cached result replaced by `sentinel`: a spreadsheet that shows the
 * right numbers afterwards must have computed them. Returns how many formula cells were changed.
 */
export async function poisonFormulaResults(from: string, to: string, sentinel: number): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  let n = 0;
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (v && typeof v === "object" && "formula" in v && typeof v.formula === "string") {
          cell.value = { formula: v.formula, result: sentinel, date1904: false };
          n++;
        }
      });
    });
  });
  mkdirSync(dirname(to), { recursive: true });
  await wb.xlsx.writeFile(to);
  return n;
}

/** What a cell shows: a constant, or the cached result of its formula; null when empty. */
export function shownValue(cell: ExcelJS.Cell): string | number | boolean | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && "formula" in v) {
    // ExcelJS's `value.result` drops a result of 0; the cell's own `result` keeps it.
    const r = (cell as unknown as { result?: unknown }).result;
    if (typeof r === "number" || typeof r === "string" || typeof r === "boolean") return r;
    if (r && typeof r === "object" && "error" in r) return String((r as { error: unknown }).error);
    return null;
  }
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  return String(v);
}

/** Formula text of a cell (without "="), or null. */
export function formulaOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  return v && typeof v === "object" && "formula" in v && typeof v.formula === "string" ? v.formula : null;
}

export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
