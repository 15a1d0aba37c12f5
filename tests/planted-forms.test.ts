// Issue 9 item 7: planted errors in every form, with their exact findings. A kode split in each of its six parts
// (U, BB, PP, K, KK, SSSS), duplicates at every level (program, kegiatan, sub kegiatan), and errors one step beyond
// each tolerance (Rp 1 on a kegiatan, a quarter and across tables; a capaian 0,01; a K share 0,1), in workbooks whose
// kode stands in 5, 1, 2, 3 and 4 columns. Each plant's errors and warnings are exactly those the planter works out
// (cell, rule, expected value, fix or none), and fixing converges: no finding on a clean cell, fewer errors where one
// had a fix, nothing left to fix in a second round.
import { applyPlanToGrid } from "../src/renja/apply-grid";
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { planAllFixes, validateWithFixPlan } from "../src/renja/fix-plan";
import { Rng } from "./generator/prng";
import { plant, PLANT_KINDS, type ExactFinding, type PlantKind } from "./generator/plant";
import { cloneWorkbook, generateWorkbook, type GenOptions } from "./generator/renja-generator";

const FORMS: PlantKind[] = [
  "kode-split-urusan",
  "kode-split-bidang",
  "kode-split-program",
  "kode-split-level",
  "kode-split",
  "kode-split-sub",
  "kode-duplicate-program",
  "kode-duplicate-kegiatan",
  "kode-duplicate",
  "pagu-parent-rp1",
  "capaian-edge",
  "triwulan-k-edge",
  "triwulan-rp-rp1",
  "rekonsiliasi-rp1",
];
const SEEDS = [101, 202, 303];
/** Kode columns: the generator's default (five, one table per seed in one column), then 1–4 in every kode table. */
const LAYOUTS: [string, Omit<GenOptions, "seed">][] = [
  ["5 kolom", {}],
  ["1 kolom", { kodeColumns: 1 }],
  ["2 kolom", { kodeColumns: 2 }],
  ["3 kolom", { kodeColumns: 3 }],
  ["4 kolom", { kodeColumns: 4 }],
];

const key = (f: Finding): string => `${f.rule}|${f.sheet}|${f.cell}|${f.message}`;
const order = (a: ExactFinding, b: ExactFinding): number => `${a.sheet}!${a.cell.padStart(8)}|${a.rule}`.localeCompare(`${b.sheet}!${b.cell.padStart(8)}|${b.rule}`);

function exactOf(f: Finding): ExactFinding {
  const out: ExactFinding = { severity: f.severity as ExactFinding["severity"], rule: f.rule, sheet: f.sheet, cell: f.cell, fix: f.fix ? { cell: f.fix.cell, value: f.fix.value as string | number } : null };
  if (f.expected !== undefined) out.expected = f.expected;
  return out;
}

describe.each(LAYOUTS)("kode in %s", (_, layout) => {
  test.each(FORMS.map((k) => [k]))("%s: exactly the planted finding(s) and their consequences; fixing converges", (kind) => {
    for (const seed of SEEDS) {
      const clean = generateWorkbook({ seed, ...layout });
      const before = validateWorkbook(clean.grid);
      const known = new Set(before.findings.map(key));
      const gen = cloneWorkbook(clean);
      const e = plant(gen, kind, new Rng(seed * 100 + PLANT_KINDS.indexOf(kind)), new Set());
      const planted = validateWorkbook(gen.grid);
      const added = planted.findings.filter((f) => !known.has(key(f)));
      const serious = added.filter((f) => f.severity !== "info").map(exactOf).sort(order);
      expect({ seed, kind, note: e.note, findings: serious }).toEqual({ seed, kind, note: e.note, findings: [...(e.exact ?? [])].sort(order) });
      // A withheld fix says why in the finding.
      if (kind === "kode-duplicate") expect(added.find((f) => f.rule === "kode.duplikat")?.message).toMatch(/tidak diperbaiki otomatis karena tidak pasti baris mana yang salah\.$/);

      // Convergence: apply every planned fix, validate again.
      const plan = validateWithFixPlan(gen.grid);
      const fixed = applyPlanToGrid(gen.grid, { cells: plan.fixes.map((f) => ({ sheet: f.sheet, cell: f.cell, value: f.value })), sheets: [] });
      const after = validateWorkbook(fixed);
      const hadFinding = new Set(planted.findings.map((f) => `${f.sheet}!${f.cell}`));
      expect({ seed, kind, newFindings: after.findings.filter((f) => !hadFinding.has(`${f.sheet}!${f.cell}`)).map((f) => `${f.rule} ${f.sheet}!${f.cell}`) }).toEqual({ seed, kind, newFindings: [] });
      const errorFixed = plan.result.findings.some((f) => f.severity === "error" && f.fix);
      if (errorFixed) expect(after.summary.errors).toBeLessThan(planted.summary.errors);
      else expect(after.summary.errors).toBeLessThanOrEqual(planted.summary.errors);
      // Where the plant has a fix, applying it gives the clean workbook's findings back.
      if (e.exact?.every((x) => x.fix !== null)) expect(after.findings.filter((f) => f.severity !== "info").map(key)).toEqual(before.findings.filter((f) => f.severity !== "info").map(key));
      expect(planAllFixes(after, fixed, (g) => validateWorkbook(g)).fixes).toEqual([]);
    }
  });
});
