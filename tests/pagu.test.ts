// Pagu roll-up: parents against their children's effective values, totals against the top rows, on small grids.
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { singleTable, type RowSpec } from "./helpers/grid-builder";

function pagu(rows: RowSpec[], kind: "T4.1" | "T2.3" | "T3.1" = "T4.1") {
  const { wb, layout } = singleTable(kind, rows);
  const result = validateWorkbook(wb);
  return { result, layout, findings: result.findings.filter((f) => f.category === "pagu") };
}

const clean: RowSpec[] = [
  { no: "1", kode: "1.06.01", nama: "PROGRAM PENUNJANG", pagu: 300_000 },
  { kode: "1.06.01.2.01", nama: "Perencanaan", indikator: "Persentase dokumen", pagu: "Rp 100.000,-" },
  { kode: "1.06.01.2.01.0001", nama: "Penyusunan Renstra", indikator: "Jumlah dokumen", pagu: 60_000 },
  { kode: "1.06.01.2.01.0002", nama: "Penyusunan Renja", indikator: "Jumlah dokumen", pagu: "40.000" },
  { kode: "1.06.01.2.02", nama: "Administrasi Keuangan", indikator: "Persentase layanan", pagu: 200_000 },
  { kode: "1.06.01.2.02.0001", nama: "Penyediaan Gaji", indikator: "Jumlah orang", pagu: 200_000 },
  { pagu: 300_000 },
];

describe("pagu roll-up", () => {
  test("a table whose sums agree raises nothing and plans nothing", () => {
    const { findings, result } = pagu(clean);
    expect(result.tables).toHaveLength(1);
    expect(findings).toEqual([]);
    expect(result.plan.cells).toEqual([]);
  });

  test("a kegiatan that differs from its sub kegiatan: error at its cell, the sum as fix and in the plan", () => {
    const rows = clean.map((r) => ({ ...r }));
    rows[3].pagu = 50_000; // 60.000 + 50.000 = 110.000 under a kegiatan of 100.000
    const { findings, layout, result } = pagu(rows);
    const f = findings.find((x) => x.cell === layout.cell(1, "pagu")) as Finding;
    expect(f).toBeDefined();
    expect(f.rule).toBe("pagu.jumlah-tidak-sesuai");
    expect(f.severity).toBe("error");
    expect(f.actual).toBe("100.000");
    expect(f.expected).toBe("110.000");
    expect(f.message).toContain("selisih 10.000");
    expect(f.fix?.value).toBe(110_000);
    expect(result.plan.cells).toContainEqual({ sheet: "Tabel 4.1", cell: layout.cell(1, "pagu"), value: 110_000, previous: { value: "Rp 100.000,-" } });
  });

  test("a total that differs from the sum of its programs is reported at the total row", () => {
    const rows = clean.map((r) => ({ ...r }));
    rows[6].pagu = 299_150;
    const { findings, layout } = pagu(rows);
    expect(findings).toHaveLength(1);
    expect(findings[0].cell).toBe(layout.cell(6, "pagu"));
    expect(findings[0].expected).toBe("300.000");
    expect(findings[0].message).toContain("selisih 850");
  });

  test("an unreadable child makes the parent's check an info, not a mismatch", () => {
    const rows = clean.map((r) => ({ ...r }));
    rows[3].pagu = "40.000.00"; // malformed thousands grouping, as "96.080.00" in the sample
    const { findings, layout } = pagu(rows);
    const atKegiatan = findings.filter((f) => f.cell === layout.cell(1, "pagu"));
    expect(atKegiatan).toHaveLength(1);
    expect(atKegiatan[0].rule).toBe("pagu.tidak-dapat-dihitung");
    expect(atKegiatan[0].severity).toBe("info");
    expect(atKegiatan[0].message).toContain(layout.cell(3, "pagu"));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a 0 over funded kegiatan is reported, and the total counts the kegiatan", () => {
    const rows: RowSpec[] = [
      { kode: "1.06.05", nama: "PROGRAM PERLINDUNGAN", pagu: 0 },
      { kode: "1.06.05.2.01", nama: "Pengelolaan Data", pagu: 500_000 },
      { kode: "1.06.05.2.01.0001", nama: "Fasilitasi Bantuan", pagu: 500_000 },
      { kode: "1.06.06", nama: "PROGRAM BENCANA", pagu: 100_000 },
      { kode: "1.06.06.2.01", nama: "Perlindungan Korban", pagu: 100_000 },
      { pagu: 600_000 },
    ];
    const { findings, layout } = pagu(rows);
    expect(findings.map((f) => [f.cell, f.rule, f.actual, f.expected])).toEqual([[layout.cell(0, "pagu"), "pagu.jumlah-tidak-sesuai", "0", "500.000"]]);
  });

  test("an empty program over funded kegiatan gets an info with the sum; its total is checked through it", () => {
    const rows = clean.map((r) => ({ ...r }));
    rows[0].pagu = null;
    rows[6].pagu = 310_000;
    const { findings, layout } = pagu(rows);
    const empty = findings.find((f) => f.cell === layout.cell(0, "pagu"));
    expect(empty?.rule).toBe("pagu.induk-kosong");
    expect(empty?.severity).toBe("info");
    expect(empty?.fix?.value).toBe(300_000);
    const total = findings.find((f) => f.cell === layout.cell(6, "pagu"));
    expect(total?.expected).toBe("300.000");
  });

  test("indikator continuation rows are not children", () => {
    const rows: RowSpec[] = [
      { kode: "1.06.01.2.01", nama: "Perencanaan", pagu: 60_000 },
      { kode: "1.06.01.2.01.0001", nama: "Penyusunan Renstra", indikator: "Jumlah dokumen", pagu: 60_000 },
      { indikator: "Jumlah laporan", pagu: 60_000 },
    ];
    const { findings, result } = pagu(rows);
    expect(result.tables[0].rows[2].level).toBe("indikator");
    expect(findings).toEqual([]);
  });

  test("without program rows the total is the sum of the kegiatan", () => {
    const rows: RowSpec[] = [
      { kode: "1.06.01.2.01", nama: "Perencanaan", pagu: 60_000 },
      { kode: "1.06.01.2.02", nama: "Keuangan", pagu: 40_000 },
      { pagu: 90_000 },
    ];
    const { findings, layout } = pagu(rows);
    expect(findings.map((f) => [f.cell, f.actual, f.expected])).toEqual([[layout.cell(2, "pagu"), "90.000", "100.000"]]);
  });

  test("Tabel 2.3 checks both money columns by numbering", () => {
    const rows: RowSpec[] = [
      { no: "I.", rkpdNama: "PROGRAM PENUNJANG", rkpdPagu: "8,220,950,000", kebutuhanNama: "PROGRAM PENUNJANG", kebutuhanDana: 150 },
      { no: "1.", rkpdNama: "Perencanaan", rkpdPagu: "7,800,000", kebutuhanNama: "Perencanaan", kebutuhanDana: 100 },
      { no: "2.", rkpdNama: "Keuangan", rkpdPagu: "8,215,300,000", kebutuhanNama: "Keuangan", kebutuhanDana: 50 },
      { rkpdNama: "T O T A L", rkpdPagu: "8.223.100.000", kebutuhanDana: 150 },
    ];
    const { findings, layout } = pagu(rows, "T2.3");
    expect(findings.map((f) => [f.cell, f.actual, f.expected])).toEqual([
      [layout.cell(0, "rkpdPagu"), "8.220.950.000", "8.223.100.000"],
      [layout.cell(3, "rkpdPagu"), "8.223.100.000", "8.220.950.000"],
    ]);
  });

  test("Tabel 3.1 checks the pagu prakiraan maju too", () => {
    const rows: RowSpec[] = [
      { kode: "1.06.01", nama: "PROGRAM PENUNJANG", pagu: 100, paguMaju: 7_647_371_874 },
      { kode: "1.06.01.2.01", nama: "Perencanaan", pagu: 100, paguMaju: 7_647_071_874 },
    ];
    const { findings, layout } = pagu(rows, "T3.1");
    expect(findings.map((f) => [f.cell, f.expected])).toEqual([[layout.cell(0, "paguMaju"), "7.647.071.874"]]);
  });
});

describe("pagu proposals applied together", () => {
  /** Writes the plan's values into the grid, as the add-in does on confirmation. */
  function apply(wb: ReturnType<typeof singleTable>["wb"], cells: { sheet: string; cell: string; value: unknown }[]): void {
    for (const c of cells) {
      const sheet = wb.sheets.find((s) => s.name === c.sheet);
      const m = /^([A-Z]+)(\d+)$/.exec(c.cell);
      if (!sheet || !m) throw new Error(`bad write ${c.cell}`);
      let col = 0;
      for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
      sheet.values[Number(m[2]) - 1][col - 1] = c.value as number;
    }
  }

  const nested: RowSpec[] = [
    { kode: "1.06.01", nama: "PROGRAM A", pagu: 1_000 }, // agrees with its kegiatan as written (600 + 400)
    { kode: "1.06.01.2.01", nama: "Kegiatan 1", pagu: 600 }, // its sub kegiatan say 650
    { kode: "1.06.01.2.01.0001", nama: "Sub 1", pagu: 650 },
    { kode: "1.06.01.2.02", nama: "Kegiatan 2", pagu: 400 },
    { kode: "1.06.01.2.02.0001", nama: "Sub 2", pagu: 400 },
    { kode: "1.06.02", nama: "PROGRAM B", pagu: 310 }, // wrong as written (300), right after kegiatan 3 is corrected
    { kode: "1.06.02.2.01", nama: "Kegiatan 3", pagu: 300 },
    { kode: "1.06.02.2.01.0001", nama: "Sub 3", pagu: 310 },
    { pagu: 1_300 },
  ];

  test("a parent right as written but not after its rows' corrections gets the corrected sum", () => {
    const { findings, layout } = pagu(nested);
    const a = findings.find((f) => f.cell === layout.cell(0, "pagu"));
    expect(a).toMatchObject({ rule: "pagu.ikut-perbaikan", severity: "info", actual: "1.000", expected: "1.050" });
    expect(a?.fix?.value).toBe(1_050);
  });

  test("a parent wrong as written but right after its rows' corrections is an info without a fix", () => {
    const { findings, layout } = pagu(nested);
    const b = findings.find((f) => f.cell === layout.cell(5, "pagu"));
    expect(b).toMatchObject({ rule: "pagu.sesuai-setelah-perbaikan", severity: "info", actual: "310", expected: "300" });
    expect(b?.fix).toBeUndefined();
  });

  test("the total proposes the sum after all corrections, and the whole plan leaves no pagu finding", () => {
    const { wb, layout } = singleTable("T4.1", nested);
    const first = validateWorkbook(wb);
    const total = first.findings.find((f) => f.category === "pagu" && f.cell === layout.cell(8, "pagu"));
    expect(total?.expected).toBe("1.310"); // 1.000 + 310 as written
    expect(total?.fix?.value).toBe(1_360); // 1.050 + 310 after the corrections
    apply(wb, first.plan.cells);
    expect(validateWorkbook(wb).findings.filter((f) => f.category === "pagu")).toEqual([]);
  });
});
