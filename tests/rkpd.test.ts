// RKPD review (Tabel 2.3): the gap between pagu indikatif RKPD and kebutuhan dana, per program and total.
import { validateWorkbook } from "../src/renja/engine";
import { singleTable, type RowSpec } from "./helpers/grid-builder";

function rkpd(rows: RowSpec[]) {
  const { wb, layout } = singleTable("T2.3", rows);
  const result = validateWorkbook(wb);
  return { result, layout, findings: result.findings.filter((f) => f.category === "rkpd") };
}

function program(no: string, nama: string, rkpdPagu: RowSpec["rkpdPagu"], kebutuhanDana: RowSpec["kebutuhanDana"]): RowSpec {
  return { no, rkpdNama: nama, rkpdPagu, kebutuhanNama: nama, kebutuhanDana };
}

describe("rkpd rule", () => {
  test("equal amounts raise nothing", () => {
    const { findings } = rkpd([program("I", "PROGRAM A", 1_000_000, "1.000.000"), { rkpdNama: "TOTAL", rkpdPagu: 1_000_000, kebutuhanDana: 1_000_000 }]);
    expect(findings).toEqual([]);
  });

  test("a kebutuhan above the pagu is a warning with the amount and the share of the pagu", () => {
    const { findings, layout } = rkpd([program("I", "PROGRAM A", 1_000_000, 1_500_000)]);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect([f.cell, f.rule, f.severity, f.actual, f.expected]).toEqual([layout.cell(0, "kebutuhanDana"), "rkpd.kebutuhan-melebihi-pagu", "warning", "1.500.000", "1.000.000"]);
    expect(f.message).toContain("sebesar 500.000 (50% dari pagu RKPD)");
  });

  test("a kebutuhan below the pagu is an info", () => {
    const { findings } = rkpd([program("I", "PROGRAM A", 1_000_000, 750_000)]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["rkpd.kebutuhan-di-bawah-pagu", "info"]]);
    expect(findings[0].message).toContain("sebesar 250.000 (25% dari pagu RKPD)");
  });

  test("a program written 0 over funded kegiatan counts its kegiatan, and says so", () => {
    const { findings } = rkpd([program("V", "PROGRAM V", 3_350_000_000, 0), { no: "13", rkpdNama: "Pengelolaan Data", rkpdPagu: 3_350_000_000, kebutuhanDana: 23_000_000_000 }]);
    const gap = findings.find((f) => f.rule === "rkpd.kebutuhan-melebihi-pagu");
    expect(gap?.actual).toBe("23.000.000.000");
    expect(gap?.message).toContain("jumlah kegiatan; tertulis 0");
  });

  test("an unreadable total falls back to the sum of the programs, naming the written text", () => {
    const { findings, layout } = rkpd([
      program("I", "PROGRAM A", 10_000_000_000, 6_822_934_850),
      program("II", "PROGRAM B", 8_032_750_000, 23_000_000_000),
      { rkpdNama: "T O T A L", rkpdPagu: "18.032.750.000", kebutuhanDana: "29,822,934.850" },
    ]);
    const total = findings.find((f) => f.cell === layout.cell(2, "kebutuhanDana"));
    expect(total?.severity).toBe("warning");
    expect(total?.actual).toBe("29.822.934.850");
    expect(total?.expected).toBe("18.032.750.000");
    expect(total?.message).toContain("sebesar 11.790.184.850 (65,38% dari pagu RKPD)");
    expect(total?.message).toContain('"29,822,934.850" tidak terbaca pasti');
  });

  test("a readable total is taken as written", () => {
    const { findings, layout } = rkpd([program("I", "PROGRAM A", 100, 100), { rkpdNama: "TOTAL", rkpdPagu: 100, kebutuhanDana: 120 }]);
    expect(findings.map((f) => [f.cell, f.actual])).toEqual([[layout.cell(1, "kebutuhanDana"), "120"]]);
  });
});
