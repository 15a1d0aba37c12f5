// Each planted error causes exactly its findings: the planted cell and its listed consequences, with the expected
// values and fixes, and nothing else. A fault never spreads into a wrong fix: no total that is right is reported
// (or "fixed") because of a fault below it.
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { parseA1, SheetView } from "../src/renja/grid";
import { parseRupiah } from "../src/renja/rupiah";
import { Rng } from "./generator/prng";
import { plant, PLANT_KINDS, type ExpectedFinding, type PlantKind } from "./generator/plant";
import { cloneWorkbook, generateWorkbook, type GeneratedWorkbook } from "./generator/renja-generator";

const SEEDS = [101, 202, 303, 404];

const key = (f: Finding): string => `${f.rule}|${f.sheet}|${f.cell}|${f.message}`;
const rowOf = (sheet: string, cell: string): string => `${sheet}!${cell.replace(/^[A-Z]+/, "")}`;
const show = (f: Finding): string => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`;

function planted(seed: number, kind: PlantKind): { clean: GeneratedWorkbook; e: ExpectedFinding; added: Finding[] } {
  const clean = generateWorkbook({ seed });
  const before = new Set(validateWorkbook(clean.grid).findings.map(key));
  const gen = cloneWorkbook(clean);
  const e = plant(gen, kind, new Rng(seed * 100 + PLANT_KINDS.indexOf(kind)), new Set());
  return { clean, e, added: validateWorkbook(gen.grid).findings.filter((f) => !before.has(key(f))) };
}

/** Kinds whose only consequence is their own finding, at the planted cell. */
const ONLY_THE_CELL: PlantKind[] = ["kode-split", "kode-short", "kode-truncated", "kode-program-kegiatan", "kode-duplicate", "kode-level-digit", "satuan-unknown", "satuan-missing", "satuan-change", "capaian-kolom-8", "capaian-kolom-10", "capaian-kolom-11", "triwulan-k", "triwulan-rp", "struktur-ref"];

describe.each(SEEDS)("seed %i", (seed) => {
  test.each(ONLY_THE_CELL)("%s: exactly its finding(s) at the planted cell", (kind) => {
    const { e, added } = planted(seed, kind);
    const at = new Set(e.at.map((a) => `${a.sheet}!${a.cell}`));
    const rows = new Set(e.at.map((a) => rowOf(a.sheet, a.cell)));
    const listed = (f: Finding): boolean =>
      at.has(`${f.sheet}!${f.cell}`) ||
      // struktur-ref: the #REF! cell is also a money cell that can no longer be read (said as info there).
      (kind === "struktur-ref" && f.severity === "info") ||
      // kode-level-digit: the kode then names a kegiatan the table does not have (said on the same row).
      (kind === "kode-level-digit" && f.rule === "kode.induk-tidak-ada" && rows.has(rowOf(f.sheet, f.cell)));
    const stray = added.filter((f) => !listed(f));
    expect({ kind, stray: stray.map(show) }).toEqual({ kind, stray: [] });
    expect(added.some((f) => f.rule.startsWith(e.rule))).toBe(true);
  });

  test("kode-not-under-parent: the kode finding and one note on the row; no parent reported", () => {
    const { e, added } = planted(seed, "kode-not-under-parent");
    const row = rowOf(e.at[0].sheet, e.at[0].cell);
    expect(added.map((f) => [f.severity, f.rule, rowOf(f.sheet, f.cell)])).toEqual([
      ["error", "kode.tidak-di-bawah-induk", row],
      ["info", "pagu.letak-tidak-pasti", row],
    ]);
  });

  test.each(["pagu-parent", "pagu-total"] as PlantKind[])("%s: an error at the planted cell whose fix is the right total; right totals are not reported", (kind) => {
    const { clean, e, added } = planted(seed, kind);
    const cell = e.at[0];
    const wrong = added.filter((f) => f.rule === "pagu.jumlah-tidak-sesuai");
    expect(wrong.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${cell.sheet}!${cell.cell}`]);
    const at = parseA1(cell.cell)!;
    const right = parseRupiah(new SheetView(clean.grid.sheets.find((s) => s.name === cell.sheet)!).value(at.row, at.col));
    expect(right.ok).toBe(true);
    expect(wrong[0].fix?.value).toBe(right.ok ? right.value : NaN);
    // Other errors or warnings stay on the planted row (the same figure checked by the triwulan and rekonsiliasi rules).
    const row = rowOf(cell.sheet, cell.cell);
    expect(added.filter((f) => f.severity !== "info" && rowOf(f.sheet, f.cell) !== row).map(show)).toEqual([]);
  });

  test("no plant makes a right parent total an error", () => {
    const spread: string[] = [];
    for (const kind of PLANT_KINDS) {
      if (kind === "pagu-parent" || kind === "pagu-total" || kind === "rekonsiliasi-pagu") continue;
      const { e, added } = planted(seed, kind);
      const rows = new Set(e.at.map((a) => rowOf(a.sheet, a.cell)));
      for (const f of added) if (f.rule === "pagu.jumlah-tidak-sesuai" && !rows.has(rowOf(f.sheet, f.cell))) spread.push(`${kind}: ${show(f)}`);
    }
    expect(spread).toEqual([]);
  });
});

test("info findings are never phrased as a correction (no 'seharusnya'), on every plant", () => {
  const phrased: string[] = [];
  for (const kind of PLANT_KINDS) {
    const { added } = planted(101, kind);
    for (const f of added) if (f.severity === "info" && /seharusnya/i.test(f.message)) phrased.push(`${kind}: ${show(f)}: ${f.message}`);
  }
  expect(phrased).toEqual([]);
});
