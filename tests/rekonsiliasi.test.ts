// Cross-table reconciliation of pagu: by kode across 3.1/4.1/4.2, by nama path against Tabel 2.3.
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { namaKey } from "../src/renja/rules/rekonsiliasi";
import { buildTable, workbook, type RowSpec } from "./helpers/grid-builder";

function rows(programPagu: number, kegiatanPagu: number, subPagu: number): RowSpec[] {
  return [
    { kode: "1.06.01", nama: "PROGRAM PENUNJANG URUSAN", pagu: programPagu },
    { kode: "1.06.01.2.01", nama: "Perencanaan, Penganggaran", pagu: kegiatanPagu },
    { kode: "1.06.01.2.01.0001", nama: "Penyusunan Dokumen", pagu: subPagu },
  ];
}

const rekon = (wb: ReturnType<typeof workbook>): Finding[] => validateWorkbook(wb).findings.filter((f) => f.category === "rekonsiliasi");

describe("rekonsiliasi rule", () => {
  test("the same pagu in every table raises nothing", () => {
    const t31 = buildTable("T3.1", rows(100, 100, 100));
    const t41 = buildTable("T4.1", rows(100, 100, 100));
    const t42 = buildTable("T4.2", rows(100, 100, 100));
    expect(rekon(workbook(t31.sheet, t41.sheet, t42.sheet))).toEqual([]);
  });

  test("a different pagu is reported at the later table, naming the other table and cell", () => {
    const t31 = buildTable("T3.1", rows(100, 100, 100));
    const t41 = buildTable("T4.1", rows(100, 100, 120));
    const f = rekon(workbook(t41.sheet, t31.sheet)); // sheet order does not decide which table is "later"
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "Tabel 4.1", cell: t41.layout.cell(2, "pagu"), severity: "error", actual: "120", expected: "100" });
    expect(f[0].message).toContain(`Tabel 3.1 (lembar "Tabel 3.1", sel ${t31.layout.cell(2, "pagu")})`);
    expect(f[0].message).toContain("1.06.01.2.01.0001");
  });

  test("each table is compared with the nearest earlier one, so one wrong figure is reported once", () => {
    const t31 = buildTable("T3.1", rows(100, 100, 100));
    const t41 = buildTable("T4.1", rows(100, 100, 120));
    const t42 = buildTable("T4.2", rows(100, 100, 120));
    const f = rekon(workbook(t31.sheet, t41.sheet, t42.sheet));
    expect(f.map((x) => [x.sheet, x.cell])).toEqual([["Tabel 4.1", t41.layout.cell(2, "pagu")]]);
  });

  test("a kode that occurs twice in a table is not compared", () => {
    const t31 = buildTable("T3.1", rows(100, 100, 100));
    const t41 = buildTable("T4.1", [...rows(100, 100, 120), { kode: "1.06.01.2.01.0001", nama: "Penyusunan Dokumen", pagu: 100 }]);
    expect(rekon(workbook(t31.sheet, t41.sheet)).filter((f) => f.message.includes("0001"))).toEqual([]);
  });

  test("Tabel 2.3's kebutuhan dana is matched by nama within the same parent", () => {
    const t23 = buildTable("T2.3", [
      { no: "I.", rkpdNama: "PROGRAM PENUNJANG URUSAN", kebutuhanNama: "PROGRAM PENUNJANG URUSAN", kebutuhanDana: 100 },
      { no: "1.", rkpdNama: "Perencanaan,  Penganggaran", kebutuhanDana: 100 },
      { no: "1.1", rkpdNama: "Penyusunan Dokumen", kebutuhanDana: 90 },
      { no: "II.", rkpdNama: "PROGRAM LAIN", kebutuhanDana: 555 },
      { no: "2.", rkpdNama: "Perencanaan, Penganggaran", kebutuhanDana: 555 },
    ]);
    const t31 = buildTable("T3.1", rows(100, 100, 100));
    const f = rekon(workbook(t23.sheet, t31.sheet));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "Tabel 3.1", cell: t31.layout.cell(2, "pagu"), severity: "warning", actual: "100", expected: "90" });
    expect(f[0].message).toContain(`Tabel 2.3 (lembar "Tabel 2.3", sel ${t23.layout.cell(2, "kebutuhanDana")})`);
  });

  test("nama keys ignore case, spacing, punctuation and a leading 'program'", () => {
    expect(namaKey("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/ KOTA")).toBe(namaKey("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"));
    expect(namaKey("Penyediaan Sandang")).not.toBe(namaKey("Penyediaan Makanan"));
  });
});
