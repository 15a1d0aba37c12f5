// Tabel 4.2 checks: K shares sum to 100, quarterly Rupiah sum to the pagu, the total row against Tabel 4.1.
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { sharesTolerance } from "../src/renja/rules/triwulan";
import { buildTable, singleTable, workbook, type RowSpec } from "./helpers/grid-builder";

function quarters(k: RowSpec["k1"][], rp: RowSpec["rp1"][]): RowSpec {
  return { k1: k[0], rp1: rp[0], k2: k[1], rp2: rp[1], k3: k[2], rp3: rp[2], k4: k[3], rp4: rp[3] };
}

function sub(kode: string, pagu: RowSpec["pagu"], k: RowSpec["k1"][], rp: RowSpec["rp1"][]): RowSpec {
  return { kode, nama: `Sub kegiatan ${kode}`, indikator: "Jumlah dokumen", pagu, ...quarters(k, rp) };
}

const triwulan = (findings: Finding[]): Finding[] => findings.filter((f) => f.category === "triwulan");

describe("triwulan rule", () => {
  test("clean rows and unfunded rows raise nothing", () => {
    const { wb } = singleTable("T4.2", [
      sub("1.06.01.2.01.0001", 100_000, [25, 25, 25, 25], [25_000, 25_000, 25_000, 25_000]),
      sub("1.06.01.2.01.0002", 90_000, ["33,33", "33,33", "33,34", 0], [30_000, 30_000, 30_000, 0]),
      sub("1.06.01.2.01.0003", 0, [0, 0, 0, 0], [0, 0, 0, 0]),
    ]);
    expect(triwulan(validateWorkbook(wb).findings)).toEqual([]);
  });

  test("shares that miss 100: error at K triwulan I with the sum", () => {
    const { wb, layout } = singleTable("T4.2", [sub("1.06.01.2.01.0001", 100_000, [25, 25, 25, 20], [25_000, 25_000, 25_000, 25_000])]);
    const f = triwulan(validateWorkbook(wb).findings);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: layout.cell(0, "k1"), rule: "triwulan.k-tidak-100", severity: "error", actual: "95%", expected: "100%" });
  });

  test("a funded row without shares is reported", () => {
    const { wb } = singleTable("T4.2", [sub("1.06.01.2.01.0001", 100_000, [0, 0, 0, 0], [25_000, 25_000, 25_000, 25_000])]);
    expect(triwulan(validateWorkbook(wb).findings).map((f) => f.rule)).toEqual(["triwulan.k-tidak-100"]);
  });

  test("quarterly Rupiah that miss the pagu: error at Rp triwulan I with the sum and the pagu", () => {
    const { wb, layout } = singleTable("T4.2", [sub("1.06.01.2.01.0001", 100_000, [25, 25, 25, 25], [25_000, 25_000, 25_000, "24.999"])]);
    const f = triwulan(validateWorkbook(wb).findings);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: layout.cell(0, "rp1"), rule: "triwulan.rp-tidak-sama-pagu", actual: "99.999", expected: "100.000" });
  });

  test("the total row without a pagu takes Tabel 4.1's recomputed total and names it", () => {
    const t41 = buildTable("T4.1", [
      { kode: "1.06.01", nama: "PROGRAM A", pagu: 100_000 },
      { kode: "1.06.02", nama: "PROGRAM B", pagu: 200_000 },
      { pagu: 290_000 }, // written total is wrong; the sum of programs is 300.000
    ]);
    const rows42 = (rp4: number): RowSpec[] => [
      { kode: "1.06.01", nama: "PROGRAM A", pagu: 100_000, ...quarters([25, 25, 25, 25], [25_000, 25_000, 25_000, 25_000]) },
      { ...quarters([20, 20, 30, 30], [60_000, 60_000, 90_000, rp4]) },
    ];
    const ok = buildTable("T4.2", rows42(90_000));
    expect(triwulan(validateWorkbook(workbook(t41.sheet, ok.sheet)).findings)).toEqual([]);

    const bad = buildTable("T4.2", rows42(100_000));
    const f = triwulan(validateWorkbook(workbook(t41.sheet, bad.sheet)).findings);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "Tabel 4.2", cell: bad.layout.cell(1, "rp1"), actual: "310.000", expected: "300.000" });
    expect(f[0].message).toContain('Tabel 4.1 pada lembar "Tabel 4.1"');
  });

  test("shares are accepted within the rounding of their decimals only", () => {
    expect(sharesTolerance([25, 25, 25, 25])).toBeCloseTo(2);
    expect(sharesTolerance([6, 20.08, 39.8, 20.1])).toBeCloseTo(0.02);
  });
});
