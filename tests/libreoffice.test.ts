// The written layouts and the generated Tabel 4.2 compute in a real spreadsheet: every formula's cached result is
// replaced by a sentinel, LibreOffice (headless, "recalculate on load: always") recomputes and saves, and the values
// it computed are checked against sums and shares worked out here from the constants.
import type ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseRange } from "../src/renja/grid";
import { layoutGeometry, layoutSpec } from "../src/renja/layouts";
import type { ColumnRole, TableKind } from "../src/renja/model";
import { TABEL42_SHEET } from "../src/renja/triwulan";
import { findSoffice, formulaOf, openWorkbook, poisonFormulaResults, recalcWithLibreOffice, shownValue } from "./helpers/libreoffice";

const ROOT = resolve(__dirname, "..");
const SEED = join(ROOT, "seeds", "renja-dinsos-malang-2024.xlsx");
/** A result no formula of these workbooks can compute. */
const SENTINEL = -424242.5;
const PROFILE = [6, 20.8, 39.8, 33.4];
const SOFFICE = findSoffice();
/** Under CI the recalculation must run: a missing LibreOffice fails instead of passing as a no-op. */
const REQUIRED = process.env.CI === "true" || process.env.CI === "1";

function renja(args: string[], cwd: string): void {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "renja.js"), ...args], { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`renja ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
}

/** Value of a 0-based cell. */
function at(ws: ExcelJS.Worksheet, r: number, c: number): string | number | boolean | null {
  return shownValue(ws.getCell(r + 1, c + 1));
}

function num(ws: ExcelJS.Worksheet, r: number, c: number): number {
  const v = at(ws, r, c);
  if (typeof v !== "number") throw new Error(`${ws.name}!R${r + 1}C${c + 1} is not a number: ${JSON.stringify(v)}`);
  return v;
}

function hasFormula(ws: ExcelJS.Worksheet, r: number, c: number): boolean {
  return formulaOf(ws.getCell(r + 1, c + 1)) !== null;
}

/** Every formula cell of a workbook with what it shows. */
function formulaCells(wb: ExcelJS.Workbook): { sheet: string; address: string; formula: string; value: unknown }[] {
  const out: { sheet: string; address: string; formula: string; value: unknown }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const f = formulaOf(cell);
        if (f !== null) out.push({ sheet: ws.name, address: cell.address, formula: f, value: shownValue(cell) });
      }),
    ),
  );
  return out;
}

/** 0-based rows named by a "SUM(M11,M13:M15)" formula in one column. */
function sumRows(formula: string): number[] {
  const m = /^SUM\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a SUM: ${formula}`);
  return m[1].split(",").flatMap((part) => {
    const r = parseRange(part);
    if (!r || r.c1 !== r.c2) throw new Error(`unexpected SUM argument ${part}`);
    return Array.from({ length: r.r2 - r.r1 + 1 }, (_, i) => r.r1 + i);
  });
}

/** ROUND(part/whole*100, 2) in exact integer arithmetic (half away from zero, as spreadsheets round). */
function share(part: number, whole: number): number {
  const p = BigInt(part) * 10000n;
  const w = BigInt(whole);
  return Number((2n * p + w) / (2n * w)) / 100;
}

if (!SOFFICE) {
  test("LibreOffice recalculation (needs soffice)", () => {
    if (REQUIRED) throw new Error("CI=true, but soffice (LibreOffice) is not on PATH");
    console.log("skipped: soffice (LibreOffice) not installed");
  });
} else {
  describe("LibreOffice recalculates the written workbooks", () => {
    let dir = "";
    const poisoned = { template: 0, tabel42: 0 };
    let template: ExcelJS.Workbook;
    let tabel42: ExcelJS.Workbook;
    let templateIn: ExcelJS.Workbook;
    let tabel42In: ExcelJS.Workbook;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "renja-lo-"));
      // The sample's variant, whose geometry (layoutGeometry's default) the checks below read.
      renja(["template", "--out", join(dir, "template.xlsx"), "--contoh", "--bentuk", "contoh-malang", "--tahun", "2025", "--opd", "Dinas Sosial Kabupaten Malang"], dir);
      renja(["triwulan", SEED, "--out", join(dir, "tabel42.xlsx"), "--profile", PROFILE.map((p) => String(p).replace(".", ",")).join(";"), "--bulat", "1000"], dir);
      poisoned.template = await poisonFormulaResults(join(dir, "template.xlsx"), join(dir, "in", "template.xlsx"), SENTINEL);
      poisoned.tabel42 = await poisonFormulaResults(join(dir, "tabel42.xlsx"), join(dir, "in", "tabel42.xlsx"), SENTINEL);
      templateIn = await openWorkbook(join(dir, "in", "template.xlsx"));
      tabel42In = await openWorkbook(join(dir, "in", "tabel42.xlsx"));
      const [t, q] = recalcWithLibreOffice(SOFFICE, [join(dir, "in", "template.xlsx"), join(dir, "in", "tabel42.xlsx")], join(dir, "out"));
      template = await openWorkbook(t);
      tabel42 = await openWorkbook(q);
    }, 60_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test("the inputs carry only wrong cached results; LibreOffice keeps every formula and replaces every one", () => {
      for (const [wbIn, wbOut, n] of [
        [templateIn, template, poisoned.template],
        [tabel42In, tabel42, poisoned.tabel42],
      ] as const) {
        const before = formulaCells(wbIn);
        expect(n).toBeGreaterThan(0);
        expect(before).toHaveLength(n);
        expect(before.filter((f) => f.value !== SENTINEL)).toEqual([]);
        const after = formulaCells(wbOut);
        expect(after.map((f) => `${f.sheet}!${f.address}`)).toEqual(before.map((f) => `${f.sheet}!${f.address}`));
        expect(after.filter((f) => f.value === SENTINEL || f.value === null || (typeof f.value === "string" && f.value.startsWith("#")))).toEqual([]);
      }
    });

    test("Tabel 2.1 examples: kolom 8 = 7/6×100, 10 = 5+7+9, 11 = 10/4×100", () => {
      const ws = template.getWorksheet("Tabel 2.1")!;
      const geo = layoutGeometry("T2.1");
      const c = (role: ColumnRole): number => geo.columns[role] as number;
      let rows = 0;
      for (let r = geo.dataStart; typeof at(ws, r, c("targetRenstra")) === "number"; r++) {
        rows++;
        for (const role of ["tingkatRealisasi", "realisasiSdBerjalan", "tingkatCapaianRenstra"] as ColumnRole[]) expect(hasFormula(ws, r, c(role))).toBe(true);
        const k = (role: ColumnRole) => num(ws, r, c(role));
        expect(k("tingkatRealisasi")).toBeCloseTo((k("realisasiRenjaLalu") / k("targetRenjaLalu")) * 100, 9);
        expect(k("realisasiSdBerjalan")).toBe(k("realisasiSdLalu") + k("realisasiRenjaLalu") + k("targetRenjaBerjalan"));
        expect(k("tingkatCapaianRenstra")).toBeCloseTo((k("realisasiSdBerjalan") / k("targetRenstra")) * 100, 9);
      }
      expect(rows).toBe(layoutSpec("T2.1").examples.length);
    });

    test.each([["T3.1"], ["T4.1"]] as [TableKind][])("%s examples: a parent's pagu is the sum of its children, JUMLAH the sum of the programs", (kind) => {
      const ws = template.getWorksheet(`Tabel ${kind.slice(1)}`)!;
      const geo = layoutGeometry(kind);
      const nama = geo.columns.nama as number;
      // Depth from the kode: program 3 segments, kegiatan 4, sub kegiatan 5.
      const depth = (r: number) => geo.kodeColumns.filter((c) => at(ws, r, c) !== null && at(ws, r, c) !== "").length;
      let last = geo.dataStart;
      while (at(ws, last, nama) !== "JUMLAH") last++;
      const dataRows = Array.from({ length: last - geo.dataStart }, (_, i) => geo.dataStart + i);
      const roles = layoutSpec(kind).sums ?? [];
      expect(roles).toContain("pagu");
      let parents = 0;
      for (const role of roles) {
        const c = geo.columns[role] as number;
        for (const r of dataRows) {
          const d = depth(r);
          if (d !== 3 && d !== 4) continue;
          const below: number[] = [];
          for (let k = r + 1; k < last && depth(k) > d; k++) below.push(k);
          const children = below.filter((k) => depth(k) === d + 1);
          const leaves = below.filter((k) => depth(k) === 5);
          expect(children.length).toBeGreaterThan(0);
          expect(hasFormula(ws, r, c)).toBe(true);
          expect(num(ws, r, c)).toBe(children.reduce((s, k) => s + num(ws, k, c), 0));
          expect(num(ws, r, c)).toBe(leaves.reduce((s, k) => s + num(ws, k, c), 0));
          parents++;
        }
        const programs = dataRows.filter((r) => depth(r) === 3);
        const leaves = dataRows.filter((r) => depth(r) === 5);
        expect(programs.length).toBeGreaterThan(1);
        expect(leaves.every((r) => !hasFormula(ws, r, c))).toBe(true);
        expect(num(ws, last, c)).toBe(programs.reduce((s, r) => s + num(ws, r, c), 0));
        expect(num(ws, last, c)).toBe(leaves.reduce((s, r) => s + num(ws, r, c), 0));
      }
      expect(parents).toBeGreaterThanOrEqual(4);
    });

    describe(`${TABEL42_SHEET} from the sample`, () => {
      const geo = layoutGeometry("T4.2");
      const pagu = geo.columns.pagu as number;
      const rp = (["rp1", "rp2", "rp3", "rp4"] as ColumnRole[]).map((r) => geo.columns[r] as number);
      const k = (["k1", "k2", "k3", "k4"] as ColumnRole[]).map((r) => geo.columns[r] as number);
      const sheet = () => tabel42.getWorksheet(TABEL42_SHEET)!;
      const totalRow = (ws: ExcelJS.Worksheet): number => {
        let r = geo.dataStart;
        while (at(ws, r, geo.columns.nama as number) !== "JUMLAH") {
          if (r > ws.rowCount) throw new Error("no JUMLAH row");
          r++;
        }
        return r;
      };
      /** Data rows with a numeric pagu, split into constants (sub kegiatan) and SUM rows (parents and the total). */
      const moneyRows = (ws: ExcelJS.Worksheet) => {
        const rows: number[] = [];
        for (let r = geo.dataStart; r <= totalRow(ws); r++) if (typeof at(ws, r, pagu) === "number") rows.push(r);
        return { leaves: rows.filter((r) => !hasFormula(ws, r, pagu)), sums: rows.filter((r) => hasFormula(ws, r, pagu)) };
      };

      test("every row's four Rp add up to its pagu", () => {
        const ws = sheet();
        const { leaves, sums } = moneyRows(ws);
        // The sample's 37 sub kegiatan less the 9 whose kode, place or pagu is uncertain (tests/own-output.test.ts).
        expect(leaves.length).toBe(28);
        expect(sums.length).toBeGreaterThanOrEqual(10);
        for (const r of [...leaves, ...sums]) expect([r + 1, rp.reduce((s, c) => s + num(ws, r, c), 0)]).toEqual([r + 1, num(ws, r, pagu)]);
      });

      test("each SUM row is the sum of the sub kegiatan under it; the total is the sum of the programs and of every sub kegiatan", () => {
        const ws = sheet();
        const { leaves } = moneyRows(ws);
        const total = totalRow(ws);
        for (const c of [pagu, ...rp]) {
          // Leaves under a row, following its SUM down to the constants; each leaf reached once from the total.
          const leavesOf = (r: number): number[] => {
            const f = formulaOf(ws.getCell(r + 1, c + 1));
            if (f === null) return [r];
            const named = sumRows(f);
            expect(named.every((k) => k > r || r === total)).toBe(true);
            return named.flatMap(leavesOf);
          };
          for (let r = geo.dataStart; r <= total; r++) {
            const f = formulaOf(ws.getCell(r + 1, c + 1));
            if (f === null) continue;
            expect([r + 1, num(ws, r, c)]).toEqual([r + 1, sumRows(f).reduce((s, q) => s + (typeof at(ws, q, c) === "number" ? num(ws, q, c) : 0), 0)]);
            expect([r + 1, num(ws, r, c)]).toEqual([r + 1, leavesOf(r).reduce((s, q) => s + (typeof at(ws, q, c) === "number" ? num(ws, q, c) : 0), 0)]);
          }
          const fromTotal = leavesOf(total).filter((q) => typeof at(ws, q, pagu) === "number");
          expect([...fromTotal].sort((a, b) => a - b)).toEqual(leaves);
          // The programs (numbered rows with a SUM) are all among the rows the total adds up.
          const programs = moneyRows(ws).sums.filter((r) => r !== total && at(ws, r, geo.columns.no as number) !== null);
          expect(programs.length).toBeGreaterThanOrEqual(4);
          const named = sumRows(formulaOf(ws.getCell(total + 1, c + 1)) as string);
          for (const p of programs) expect(named).toContain(p);
          expect(num(ws, total, c)).toBe(named.reduce((s, q) => s + num(ws, q, c), 0));
        }
        expect(num(ws, total, pagu)).toBe(leaves.reduce((s, r) => s + num(ws, r, pagu), 0));
        expect(num(ws, total, pagu)).toBeGreaterThan(0);
      });

      test("K: the profile on each sub kegiatan, the Rp share of the pagu (2 decimals, 0 without pagu) on SUM rows", () => {
        const ws = sheet();
        const { leaves, sums } = moneyRows(ws);
        for (const r of leaves) expect([r + 1, k.map((c) => num(ws, r, c))]).toEqual([r + 1, PROFILE]);
        let nonZero = 0;
        for (const r of sums) {
          const p = num(ws, r, pagu);
          const expected = rp.map((c) => (p === 0 ? 0 : share(num(ws, r, c), p)));
          k.forEach((c) => expect(hasFormula(ws, r, c)).toBe(true));
          expect([r + 1, k.map((c) => num(ws, r, c))]).toEqual([r + 1, expected]);
          if (p > 0) nonZero++;
        }
        expect(nonZero).toBeGreaterThanOrEqual(3);
      });
    });
  });
}
