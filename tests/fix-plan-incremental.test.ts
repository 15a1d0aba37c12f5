// The fix planner's rounds are incremental (sheets no fix writes are taken over from the validation before, a
// finding raised on an untouched row is traced from the fixes whose rows moved in their table): the plan must be
// exactly the one of the former planner, which validated the whole workbook in every round
// (tests/helpers/full-fix-plan.ts, kept as the oracle), in fewer validations.
import fc from "fast-check";
import path from "node:path";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { applyPlanToGrid } from "../src/renja/apply-grid";
import { createValidationMemo, validateWorkbook, type ValidateOptions } from "../src/renja/engine";
import { validateWithFixPlan, type FixPlan } from "../src/renja/fix-plan";
import { a1, type WorkbookGrid } from "../src/renja/grid";
import type { NomenklaturIndex } from "../src/renja/nomenklatur";
import { builtinNomenklatur } from "../src/renja/nomenklatur-bawaan";
import { NOMENKLATUR_DATA_FORMAT, nomenklaturFromData, type NomenklaturDataRow } from "../src/renja/nomenklatur-data";
import { validateWithFullFixPlan } from "./helpers/full-fix-plan";
import { plant, PLANT_KINDS } from "./generator/plant";
import { Rng } from "./generator/prng";
import { cloneWorkbook, generateWorkbook } from "./generator/renja-generator";
import { kodeBlockSheet, officialTC33, olderImportForm, plannerSheet, sipdPrintout } from "./layouts/families";

const SAMPLE = path.resolve(__dirname, "../seeds/renja-dinsos-malang-2024.xlsx");

/** Everything a plan answers, as plain data (the JSON the CLI prints, the cells --fix-out writes). */
function planned(p: FixPlan): unknown {
  const { fixes, withheld, result } = p;
  return JSON.parse(JSON.stringify({ fixes, withheld, findings: result.findings, cells: result.plan.cells, summary: result.summary }));
}

/** Both planners on one workbook: the same plan, and the incremental one never in more validations. */
function compare(wb: WorkbookGrid, options: ValidateOptions = {}): { plan: FixPlan; oracle: FixPlan } {
  const oracle = validateWithFullFixPlan(wb, options);
  const plan = validateWithFixPlan(wb, options);
  expect(planned(plan)).toEqual(planned(oracle));
  expect(plan.rounds).toBeLessThanOrEqual(oracle.rounds);
  return { plan, oracle };
}

/**
 * A list made from a workbook's own rows (sound kode, level program to sub kegiatan), with another nama for every
 * `every`-th row, so that those rows get a nama fix; `rename` gives chosen kode a nama of their own.
 */
function listOf(wb: WorkbookGrid, every: number, rename: Map<string, string> = new Map()): NomenklaturIndex {
  const rows: NomenklaturDataRow[] = [];
  const seen = new Set<string>();
  let n = 0;
  for (const t of validateWorkbook(wb).tables) {
    for (const row of t.rows) {
      const kode = row.kode;
      if (!kode || kode.problems.length > 0 || !kode.level || !["program", "kegiatan", "subkegiatan"].includes(kode.level) || seen.has(kode.text)) continue;
      seen.add(kode.text);
      n++;
      rows.push([kode.text, rename.get(kode.text) ?? (n % every === 0 ? `Nama Resmi ${n} ${row.nama}` : row.nama)]);
    }
  }
  return nomenklaturFromData({ format: NOMENKLATUR_DATA_FORMAT, judul: "Daftar uji", sumber: "daftar-uji.xlsx", tahun: 2024, satuan: [], rows });
}

describe("the incremental planner gives the full planner's plan", () => {
  test("the sample workbook, with the built-in list and without one", async () => {
    const wb = await readXlsxGrid(SAMPLE);
    const without = compare(wb);
    expect(without.plan.fixes.length).toBeGreaterThan(100);
    const withList = compare(wb, { nomenklatur: builtinNomenklatur() });
    expect(withList.plan.fixes.length).toBeGreaterThan(without.plan.fixes.length);
  });

  test("every layout family", () => {
    for (const sheet of [officialTC33({ numberRow: true }), officialTC33({ numberRow: false }), sipdPrintout(), olderImportForm(), kodeBlockSheet(), plannerSheet()]) compare({ sheets: [sheet] });
  });

  test("generated workbooks with planted errors of random kinds, with and without a list (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.subarray([...PLANT_KINDS], { minLength: 1, maxLength: 6 }), fc.boolean(), (seed, kinds, withList) => {
        const gen = cloneWorkbook(generateWorkbook({ seed, subkegiatan: 40 }));
        const rng = new Rng(seed);
        const used = new Set<string>();
        for (const kind of kinds) plant(gen, kind, rng, used);
        compare(gen.grid, withList ? { nomenklatur: listOf(gen.grid, 5) } : {});
      }),
      { numRuns: 12, seed: 10 },
    );
  });

  test("a nama fix that turns a kegiatan row into an urusan row is withheld for the findings it raises elsewhere, in fewer validations", () => {
    const gen = generateWorkbook({ seed: 2024, subkegiatan: 300, tables: ["T4.1"] });
    const kegiatan = validateWorkbook(gen.grid).tables[0].rows.filter((r) => r.level === "kegiatan");
    const target = kegiatan[Math.floor(kegiatan.length / 2)];
    const kode = target.kode?.text ?? "";
    // The list's nama for this kegiatan reads as an urusan row ("Urusan …"): written, the row leaves the hierarchy.
    const options = { nomenklatur: listOf(gen.grid, 3, new Map([[kode, "Urusan Penyelenggaraan PSU Perumahan"]])) };
    const { plan, oracle } = compare(gen.grid, options);
    const nama = validateWorkbook(gen.grid, options).findings.find((f) => f.rule === "nomenklatur.nama-berbeda" && f.actual === target.nama);
    expect(nama?.fix?.value).toBe("Urusan Penyelenggaraan PSU Perumahan");
    const withheld = plan.withheld.find((w) => w.cell === nama?.cell);
    expect(withheld?.reason).toMatch(/^Tidak ada perbaikan otomatis: menulis "Urusan Penyelenggaraan PSU Perumahan" di sel ini menimbulkan temuan baru di Tabel 4\.1!/);
    expect(plan.fixes.length).toBeGreaterThan(30);
    // The former planner halved every candidate to find it; the suspects (rows whose place changed) hold it alone.
    expect(oracle.rounds - plan.rounds).toBeGreaterThanOrEqual(4);
  });
});

describe("ValidationMemo", () => {
  test("a version of the workbook validated with the memo gives what it gives without: written sheets read again, the others taken over", () => {
    const gen = generateWorkbook({ seed: 31, subkegiatan: 60 });
    const options: ValidateOptions = {};
    const memo = createValidationMemo(options);
    const first = validateWorkbook(gen.grid, options, memo);
    expect(JSON.parse(JSON.stringify(first))).toEqual(JSON.parse(JSON.stringify(validateWorkbook(gen.grid))));
    // A pagu written on Tabel 4.1: that sheet is validated again, every other one taken over as it was.
    const t41 = first.tables.find((t) => t.kind === "T4.1")!;
    const row = t41.rows.find((r) => r.level === "subkegiatan")!;
    const cell = a1(row.r, t41.columns.pagu![0]);
    const changed = applyPlanToGrid(gen.grid, { cells: [{ sheet: t41.sheet, cell, value: 123 }], sheets: [] });
    const again = validateWorkbook(changed, options, memo);
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(validateWorkbook(changed))));
    expect(again.findings.some((f) => f.sheet === t41.sheet && f.cell === cell)).toBe(true);
    const other = first.tables.find((t) => t.sheet !== t41.sheet)!;
    expect(again.tables.find((t) => t.sheet === other.sheet)).toBe(other);
    expect(again.tables.find((t) => t.sheet === t41.sheet)).not.toBe(t41);
  });

  test("a memo serves only the options it was made for", () => {
    const memo = createValidationMemo({});
    expect(() => validateWorkbook({ sheets: [] }, {}, memo)).toThrow("memo made for other options");
  });
});
