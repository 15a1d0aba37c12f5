// Cells as Excel holds them: a typed "90%" is 0,9 with a percentage format, a typed date is a serial number with a
// date format. The engine reads them as shown, so the same Renja typed either way gives the same findings.
import * as path from "node:path";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { parseAngka } from "../src/renja/angka";
import { validateWorkbook } from "../src/renja/engine";
import { parseA1, type SheetGrid, type WorkbookGrid } from "../src/renja/grid";
import { dateText, formatKind, fractionOf, percentOf } from "../src/renja/number-format";
import { serialOfDate } from "./helpers/exceljs-grid";
import { parseTarget } from "../src/renja/satuan";

const SAMPLE = path.join(__dirname, "..", "seeds", "renja-dinsos-malang-2024.xlsx");

describe("number format codes", () => {
  test.each([
    ["General", "general"],
    [null, "general"],
    ["@", "text"],
    ["0%", "percent"],
    ["0.00%", "percent"],
    // A quoted "%" is a literal: Excel shows it but does not scale the value.
    ['#,##0.0"%"', "number"],
    ["#,##0", "number"],
    ["0.00E+00", "number"],
    ['_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', "number"],
    ['"Rp"#,##0', "number"],
    ["[$Rp-421]#,##0.00", "number"],
    ["[Red]#,##0;[Blue]-#,##0", "number"],
    ["m/d/yyyy", "date"],
    ["dd/mm/yyyy", "date"],
    ["[$-421]dd mmmm yyyy", "date"],
    ["mmm-yy", "date"],
    ["h:mm AM/PM", "date"],
    ["[h]:mm:ss", "date"],
  ])("%p is %p", (code, kind) => expect(formatKind(code)).toBe(kind));

  test("percentages without binary noise, dates as dd/mm/yyyy", () => {
    expect(percentOf(0.07)).toBe(7);
    expect(percentOf(0.852)).toBe(85.2);
    expect(fractionOf(85.2)).toBe(0.852);
    expect(dateText(45306)).toBe("15/01/2024");
    expect(serialOfDate(new Date(Date.UTC(2024, 0, 15)))).toBe(45306);
    expect(serialOfDate(new Date(Date.UTC(2024, 0, 15)), true)).toBe(45306 - 1462);
  });

  test("parseTarget and parseAngka read a number under its format", () => {
    expect(parseTarget(0.9, "0%")).toMatchObject({ ok: true, value: 90, unit: "%", percent: true });
    expect(parseTarget(0.9, "General")).toMatchObject({ ok: true, value: 0.9, unit: null, percent: false });
    expect(parseTarget(45306, "m/d/yyyy")).toMatchObject({ ok: false, message: "Sel berisi tanggal 15/01/2024 (format tanggal Excel), bukan angka target." });
    expect(parseAngka(0.852, "0.0%")).toEqual({ ok: true, value: 85.2, percent: true });
    expect(parseAngka(45306, "dd/mm/yyyy")).toEqual({ ok: false, kind: "malformed", text: "15/01/2024", message: "Sel berisi tanggal 15/01/2024 (format tanggal Excel), bukan angka." });
    // Text is read as typed whatever the format: "90%" is already a percentage.
    expect(parseTarget("90%", "0%")).toMatchObject({ value: 90, percent: true });
  });
});

/**
 * Tabel 2.1 of the sample as a planner would type it in Excel: every percentage ("100%", and the capaian columns
 * 8 and 11, which are percentages) typed with a "%" — Excel stores the fraction with a percentage format.
 */
function typedAsPercentages(grid: WorkbookGrid): { grid: WorkbookGrid; cells: Set<string> } {
  const out = structuredClone(grid);
  const g = out.sheets.find((s) => s.name === "Tabel 2.1") as SheetGrid;
  const result = validateWorkbook(grid);
  const table = result.tables.find((t) => t.sheet === "Tabel 2.1")!;
  const capaianCols = new Set([table.columns.tingkatRealisasi![0], table.columns.tingkatCapaianRenstra![0]]);
  const targetCols = new Set(["targetRenstra", "realisasiSdLalu", "targetRenjaLalu", "realisasiRenjaLalu", "targetRenjaBerjalan", "realisasiSdBerjalan"].map((r) => table.columns[r as "targetRenstra"]![0]));
  const cells = new Set<string>();
  for (const row of table.rows) {
    const i = row.r - g.origin.row;
    for (let j = 0; j < (g.values[i]?.length ?? 0); j++) {
      const col = j + g.origin.col;
      const v = g.values[i][j];
      let percent: number | undefined;
      if (capaianCols.has(col)) {
        const n = parseAngka(v);
        if (n.ok) percent = n.value;
      } else if (targetCols.has(col) && typeof v === "string") {
        const t = parseTarget(v);
        if (t.ok && t.percent && t.value !== null) percent = t.value;
      }
      if (percent === undefined) continue;
      g.values[i][j] = fractionOf(percent);
      g.numberFormats![i][j] = Number.isInteger(percent) ? "0%" : "0.0%";
      cells.add(`${String.fromCharCode(65 + col)}${row.r + 1}`);
    }
  }
  return { grid: out, cells };
}

test("the sample's Tabel 2.1 with its percentages typed as Excel stores them: the same findings, no false errors", async () => {
  const grid = await readXlsxGrid(SAMPLE);
  const { grid: typed, cells } = typedAsPercentages(grid);
  expect(cells.size).toBeGreaterThan(60);
  const key = (f: { rule: string; cell: string; severity: string; expected?: unknown }) => `${f.rule} ${f.cell} ${f.severity} ${String(f.expected)}`;
  const before = validateWorkbook(grid).findings.filter((f) => f.sheet === "Tabel 2.1");
  const after = validateWorkbook(typed).findings.filter((f) => f.sheet === "Tabel 2.1");
  expect(after.map(key)).toEqual(before.map(key));
  expect(after.filter((f) => f.severity === "error")).toEqual([]);
  // The capaian written as 25 in K45 now reads "25%"; its fix writes the fraction Excel holds for a percentage.
  const k45 = after.find((f) => f.cell === "K45" && f.rule === "capaian.tidak-sesuai")!;
  const k45Before = before.find((f) => f.cell === "K45" && f.rule === "capaian.tidak-sesuai")!;
  expect(k45.actual).toBe("25%");
  expect(typeof k45Before.fix!.value).toBe("number");
  expect(k45.fix!.value).toBe(fractionOf(k45Before.fix!.value as number));
  expect(cells.has("K45")).toBe(true);
  expect(parseA1("K45")).toBeDefined();
});
