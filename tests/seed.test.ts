// The sample workbook seeds/renja-dinsos-malang-2024.xlsx: built from seeds/renja-dinsos-malang-2024.data.ts,
// it must read back with the document's tables, header blocks, merges and values (mistakes included).
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import { buildSeedWorkbook, MONEY_FORMAT, SEED_XLSX_PATH, seedCellValue } from "../seeds/build-seed";

type Own = string | number | null;

const SHEETS = ["Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 2.4", "Tabel 3.1", "Tabel 4.1", "Tabel 4.2"];

let wb: ExcelJS.Workbook;

beforeAll(async () => {
  // Through bytes and back, as a reader of the .xlsx sees it.
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await buildSeedWorkbook().xlsx.writeBuffer());
});

function sheet(name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The cell's own value: null for an empty cell and for the covered cells of a merge. */
function own(ws: ExcelJS.Worksheet, r: number, c: number | string): Own {
  const cell = ws.getCell(r, typeof c === "string" ? colNumber(c) : c);
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number") return v;
  throw new Error(`unexpected value at ${cell.address}: ${JSON.stringify(v)}`);
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function rowValues(ws: ExcelJS.Worksheet, r: number, width = ws.columnCount): Own[] {
  return Array.from({ length: width }, (_, i) => own(ws, r, i + 1));
}

/** Rows (1-based) whose own values match all the given column → value pairs. */
function rowsWhere(ws: ExcelJS.Worksheet, match: Record<string, Own>): number[] {
  const found: number[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    if (Object.entries(match).every(([col, v]) => own(ws, r, col) === v)) found.push(r);
  }
  return found;
}

function onlyRow(ws: ExcelJS.Worksheet, match: Record<string, Own>): number {
  const rows = rowsWhere(ws, match);
  if (rows.length !== 1) throw new Error(`${ws.name}: ${rows.length} rows match ${JSON.stringify(match)}`);
  return rows[0];
}

function merges(ws: ExcelJS.Worksheet): string[] {
  return (ws.model as unknown as { merges: string[] }).merges;
}

function isBold(ws: ExcelJS.Worksheet, r: number, col: string): boolean {
  return ws.getCell(r, colNumber(col)).font?.bold === true;
}

function moneyCell(ws: ExcelJS.Worksheet, r: number, col: string): number {
  const cell = ws.getCell(r, colNumber(col));
  expect(typeof cell.value).toBe("number");
  expect(cell.numFmt).toBe(MONEY_FORMAT);
  return cell.value as number;
}

/** Where each table's first header block is, what its first row says and its column-number row. */
const LAYOUT: Record<string, { title: string[]; top: number; first: string[]; numberRow?: Own[] }> = {
  "Tabel 2.1": {
    title: ["Tabel 2.1", "Rekapitulasi Evaluasi Hasil Pelaksanaan Rencana Kerja dan Pencapaian Rencana Strategis s/d Tahun 2023", "Dinas Sosial Kabupaten Malang"],
    top: 5,
    first: [
      "No",
      "Urusan/Bidang Urusan Pemerintah Daerah/Program/Kegiatan/Sub Kegiatan",
      "Indikator Kinerja Program (outcomes)/ Kegiatan (output)/Sub Kegiatan",
      "Target Kinerja Capaian Program Renstra PD s/d Tahun 2026",
      "Realisasi target Kinerja Hasil Program dan Keluaran kegiatan s/d Tahun 2021",
      "Target & Realisasi Kinerja Program dan Keluaran Kegiatan, Sub Kegiatan Tahun 2021 2022",
      "Target Program, Kegiatan dan sub kegiatan Renja PD Tahun berjalan (Tahun 2023)",
      "Perkiraan Realisasi Capaian target Renstra Program/kegiatan Renstra PD s/d Tahun 2023",
    ],
    // The first page writes "11 =10/4", the later ones "11 = 10/4".
    numberRow: ["1", "2", "3", "4", "5", "6", "7", "8 = (7/6)", "9", "10 = 5+7+9", "11 =10/4"],
  },
  "Tabel 2.2": {
    title: ["Tabel 2.2", "Pencapaian Kinerja Pelayanan Dinas Sosial Kabupaten Malang"],
    top: 4,
    first: ["No.", "Indikator", "SPM/ Standar Nasional", "IKK", "Target Renstra SKPD ke-", "Realisasi Capaian Tahun ke-", "Proyeksi Tahun ke-", "Catatan Analisis"],
    numberRow: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"],
  },
  "Tabel 2.3": {
    title: ["Tabel 2.3", "Review terhadap Rancangan Awal RKPD Tahun 2024"],
    top: 4,
    first: ["No", "Rancangan Awal RKPD", "Hasil Analisis Kebutuhan", "Cata tan Pen ting"],
    numberRow: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
  },
  "Tabel 2.4": {
    title: ["Tabel 2.4", "Usulan Program dan Kegiatan Masyarakat dari Para Pemangku Kepentingan Tahun 2024"],
    top: 4,
    first: ["NO", "PENGUSUL", "URUSAN", "USULAN", "VOLUME", "PERMASALAHAN", "ALAMAT", "CATATAN"],
  },
  "Tabel 3.1": {
    title: ["Tabel 3.1", "Rumusan Rencana Program dan Kegiatan Tahun 2024 dan Perkiraan Maju Tahun 2025", "Dinas Sosial Kabupaten Malang"],
    top: 5,
    first: [
      "No",
      "Kode",
      "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/ Sub Kegiatan",
      "Indikator Program/Kegiatan / Sub Kegiatan",
      "Target Akhir Periode Renstra OPD 2022",
      "Realisasi Capaian Renja OPD Tahun 2022",
      "Prakiraan Capaian Target Renja OPD Tahun 2023",
      "Target Capaian Kinerja",
      "Kelompok",
      "Perkiraan Maju Rencana Tahun 2025",
      "Perangkat Daerah Penanggung Jawab",
    ],
    numberRow: ["1", "2", null, null, null, null, "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17"],
  },
  "Tabel 4.1": {
    title: ["Tabel 4.1", "Rencana Kerja dan Pendanaan Dinas Sosial Tahun 2024"],
    top: 4,
    first: [
      "No",
      "Kode",
      "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/ Sub Kegiatan",
      "Indikator Program/Kegiatan/ Sub Kegiatan",
      "Target Akhir Periode Renstra OPD 2022",
      "Realisasi Capaian Renja OPD Tahun 2022",
      "Praktis Capaian Target Renja OPD Tahun 2023",
      "Capaian Kinerja dan Kerangka Pendanaan",
      "Kelompok sasaran",
      "Keterangan",
    ],
    numberRow: ["1", "2", null, null, null, null, "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
  },
  "Tabel 4.2": {
    title: ["Tabel 4.2", "Rencana Penyerapan Anggaran Kas Dinas Sosial Tahun 2024"],
    top: 4,
    first: [
      "No",
      "Kode",
      "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/ Sub Kegiatan",
      "Indikator Program/Kegiatan/ Sub Kegiatan",
      "Target Akhir Periode Renstra OPD",
      "Realisasi Capaian Renja OPD Tahun 2022",
      "Praktik Capaian Target Renja OPD Tahun 2023",
      "Capaian Kinerja dan Kerangka Pendanaan",
      "Kelompok Sasaran",
      "Target Kinerja dan Penyerapan Anggaran Per Triwulan (%)",
      "Ket erangan",
    ],
    numberRow: ["1", "2", null, null, null, null, ...Array.from({ length: 21 }, (_, i) => String(i + 3))],
  },
};

/** Header blocks per table: the first one and every repeat the document has after a page break. */
const HEADER_BLOCKS: Record<string, number> = {
  "Tabel 2.1": 12,
  "Tabel 2.2": 8,
  "Tabel 2.3": 12,
  "Tabel 2.4": 2,
  "Tabel 3.1": 13,
  "Tabel 4.1": 7,
  "Tabel 4.2": 2,
};

function headerTops(ws: ExcelJS.Worksheet): number[] {
  return [...rowsWhere(ws, { A: "No" }), ...rowsWhere(ws, { A: "No." }), ...rowsWhere(ws, { A: "NO" })].sort((a, b) => a - b);
}

describe("seed workbook layout", () => {
  test("has the seven Renja sheets in document order", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(SHEETS);
  });

  test.each(SHEETS)("%s: title lines, header texts and column-number row", (name) => {
    const ws = sheet(name);
    const layout = LAYOUT[name];
    layout.title.forEach((line, i) => expect(own(ws, i + 1, "A")).toBe(line));
    expect(rowValues(ws, layout.title.length + 1).every((v) => v === null)).toBe(true);
    expect(layout.top).toBe(layout.title.length + 2);
    expect(rowValues(ws, layout.top).filter((v) => v !== null)).toEqual(layout.first);
    if (layout.numberRow) {
      const numberRow = rowsWhere(ws, { A: "1" }).find((r) => r > layout.top);
      expect(numberRow).toBeDefined();
      expect(rowValues(ws, numberRow!)).toEqual(layout.numberRow);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: numberRow });
    } else {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: layout.top });
    }
    expect(ws.pageSetup.orientation).toBe("landscape");
  });

  test.each(SHEETS)("%s: header block repeated at each page break, blank rows only before a repeat", (name) => {
    const ws = sheet(name);
    const tops = headerTops(ws);
    expect(tops).toHaveLength(HEADER_BLOCKS[name]);
    const first = rowValues(ws, tops[0]);
    for (const top of tops.slice(1)) {
      // A repeat has the same shape (a few pages spell a header differently, e.g. "Rancangan Awal RKP").
      expect(rowValues(ws, top).map((v) => v !== null)).toEqual(first.map((v) => v !== null));
    }
    for (let r = LAYOUT[name].top; r <= ws.rowCount; r++) {
      if (rowValues(ws, r).every((v) => v === null)) expect(tops).toContain(r + 1);
    }
  });

  test.each(SHEETS)("%s: no markup left from the extraction", (name) => {
    const ws = sheet(name);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") expect(cell.value).not.toMatch(/<\/?[bi]>/);
      }),
    );
  });

  test("header cells are merged as in the document", () => {
    expect(merges(sheet("Tabel 2.1"))).toEqual(expect.arrayContaining(["A5:A6", "F5:H5", "I5:I6", "J5:K5"]));
    expect(merges(sheet("Tabel 2.2"))).toEqual(expect.arrayContaining(["E4:H4", "I4:J4", "K4:L4", "M4:M5"]));
    expect(merges(sheet("Tabel 2.3"))).toEqual(expect.arrayContaining(["B4:F4", "G4:K4", "L4:L5"]));
    expect(merges(sheet("Tabel 2.4"))).toEqual([]);
    // Kode spans its five columns over the three header rows, and its "2" over five columns in the number row.
    expect(merges(sheet("Tabel 3.1"))).toEqual(
      expect.arrayContaining(["A5:A7", "B5:F7", "G5:G7", "L5:Q5", "P6:Q6", "S5:T5", "U5:U7", "B8:F8"]),
    );
    expect(merges(sheet("Tabel 4.1"))).toEqual(expect.arrayContaining(["B4:F6", "L4:Q4", "P5:Q5", "R4:R6", "B7:F7"]));
    expect(merges(sheet("Tabel 4.2"))).toEqual(
      expect.arrayContaining(["B4:F6", "L4:Q4", "S4:Z4", "S5:T5", "Y5:Z5", "AA4:AA6", "B7:F7"]),
    );
    // Repeated blocks are merged too: every "Kode" header of Tabel 3.1 spans B:F.
    const ws = sheet("Tabel 3.1");
    for (const top of headerTops(ws)) expect(merges(ws)).toContain(`B${top}:F${top + 2}`);
  });
});

describe("seed workbook values", () => {
  test("Tabel 2.1: page-break fragments joined, capaian counts as numbers, mistakes kept", () => {
    const ws = sheet("Tabel 2.1");
    const program = onlyRow(ws, { A: "I." });
    expect(isBold(ws, program, "B")).toBe(true);
    expect(own(ws, program, "D")).toBe("100%");
    expect(own(ws, program, "H")).toBe(100);
    const r22 = onlyRow(ws, { A: "2.2" });
    expect(own(ws, r22, "B")).toBe("Penyediaan Administrasi Pelaksanaan Tugas ASN");
    expect(own(ws, r22, "C")).toBe("Jumlah pegawai pelaksana kegiatan dalam satu tahun (OB)");
    const gaji = onlyRow(ws, { C: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN" });
    expect(own(ws, gaji, "K")).toBe("85,2");
    expect(own(ws, gaji, "D")).toBe("34 Orang/Bulan");
    const bimbingan = onlyRow(ws, { D: "2800 Orang" });
    expect(own(ws, bimbingan, "K")).toBe("4,2");
    expect(own(ws, onlyRow(ws, { A: "15.1" }), "F")).toBe("10 dokume n");
    expect(own(ws, onlyRow(ws, { A: "13.3" }), "B")).toBe("Fasilitasi Pengembangan Masyarakat Bantuan Ekonomi");
    // Units change across years: the Renstra target of permakanan is in Paket, the 2024 rows count Orang.
    expect(own(ws, onlyRow(ws, { A: "14.1" }), "D")).toBe("245 Paket");
    // Missing pages: nothing between 6.3 and 8.1.
    expect(rowsWhere(ws, { A: "7" })).toEqual([]);
    expect(onlyRow(ws, { A: "8.1" })).toBeGreaterThan(onlyRow(ws, { A: "6.3" }));
  });

  test("Tabel 2.2: units as written", () => {
    const ws = sheet("Tabel 2.2");
    const r = onlyRow(ws, { A: "4.5" });
    expect(own(ws, r, "E")).toBe("15 Eksempla r");
    expect(own(ws, r, "I")).toBe("15 Eksempl ar");
    expect(rowsWhere(ws, { A: "1.1." })).toHaveLength(1);
    expect(rowsWhere(ws, { A: "10" })).toEqual([]);
  });

  test("Tabel 2.3: Indonesian money as numbers, English-form and malformed money as text", () => {
    const ws = sheet("Tabel 2.3");
    const total = onlyRow(ws, { B: "T O T A L" });
    expect(moneyCell(ws, total, "F")).toBe(18032750000);
    expect(own(ws, total, "K")).toBe("29,822,934.850");
    expect(isBold(ws, total, "F")).toBe(true);
    const jasa = onlyRow(ws, { A: "6.3" });
    expect(moneyCell(ws, jasa, "F")).toBe(82000000);
    expect(own(ws, jasa, "K")).toBe("53.600.0000");
    const gaji = onlyRow(ws, { A: "2.1" });
    expect(own(ws, gaji, "E")).toBe("34 Orang/Bula n");
    expect(own(ws, gaji, "F")).toBe("5,627,200,000");
    expect(moneyCell(ws, gaji, "K")).toBe(5928818262);
    expect(own(ws, onlyRow(ws, { A: "11.9" }), "F")).toBe("24,000,000");
    expect(moneyCell(ws, onlyRow(ws, { A: "11.10" }), "F")).toBe(29000000);
    expect(own(ws, onlyRow(ws, { A: "I." }), "E")).toBe("100 (%)");
    expect(own(ws, onlyRow(ws, { A: "11.2" }), "J")).toBe(0);
    // A continuation line at the top of a page completes the indikator of 2.2.
    expect(own(ws, onlyRow(ws, { A: "2.2" }), "D")).toBe("Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN");
  });

  test("Tabel 2.4: the six usulan, no column-number row", () => {
    const ws = sheet("Tabel 2.4");
    expect(["1", "2", "3", "4", "5", "6"].map((no) => rowsWhere(ws, { A: no }).length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(own(ws, onlyRow(ws, { A: "1" }), "B")).toBe("HOSEN");
    expect(own(ws, onlyRow(ws, { A: "6" }), "B")).toBe("ARIF SUJONO");
  });

  test("Tabel 3.1: kode segments as written, wrapped money as text", () => {
    const ws = sheet("Tabel 3.1");
    const rehab = onlyRow(ws, { G: "PROGRAM REHABILITASI SOSIAL" });
    expect(rowValues(ws, rehab).slice(0, 6)).toEqual(["3", "1", "06", "04", "2.0 1", null]);
    expect(isBold(ws, rehab, "G")).toBe(true);
    expect(moneyCell(ws, rehab, "T")).toBe(2531500000);
    expect(rowValues(ws, onlyRow(ws, { E: "2.0 9", F: "01 0" })).slice(6, 7)).toEqual([
      "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau",
    ]);
    expect(rowsWhere(ws, { E: "2.07", F: "010" })).toHaveLength(1);
    expect(rowsWhere(ws, { E: "2.0 1", F: "01" })).toHaveLength(1);
    const program1 = onlyRow(ws, { A: "1." });
    expect(moneyCell(ws, program1, "M")).toBe(6822934850);
    expect(own(ws, program1, "U")).toBe("Dims Sosial");
    expect(own(ws, onlyRow(ws, { E: "2.0 2", F: "00 04" }), "T")).toBe("24.999.8 00");
    expect(own(ws, onlyRow(ws, { A: "6" }), "T")).toBe("700.000 .000");
    const total = onlyRow(ws, { M: "29.822. 934.000" });
    expect(own(ws, total, "T")).toBe("38.077. 482.674");
    // The gap: program 01's last sub kegiatan is followed by 1.06.02.2.03.0004.
    expect(onlyRow(ws, { D: "02", F: "00 04" })).toBeGreaterThan(onlyRow(ws, { F: "01 0" }));
    expect(rowsWhere(ws, { D: "03" })).toEqual([]);
  });

  test("Tabel 4.1: total and split pagu as written", () => {
    const ws = sheet("Tabel 4.1");
    const total = rowsWhere(ws, { M: 29822934000 });
    expect(total).toHaveLength(1);
    expect(moneyCell(ws, total[0], "M")).toBe(29822934000);
    expect(rowValues(ws, total[0]).filter((v) => v !== null)).toEqual([29822934000]);
    const keuangan = onlyRow(ws, { D: "01", E: "2.0 2", F: null });
    expect(own(ws, keuangan, "G")).toBe("Administrasi Keuangan Perangkat Daerah");
    expect(own(ws, keuangan, "M")).toBe("6.726.8 54.850");
    expect(own(ws, keuangan, "L")).toBe("100 (%)");
    const rehab = onlyRow(ws, { G: "PROGRAM REHABILITASI SOSIAL" });
    expect(rowValues(ws, rehab).slice(0, 6)).toEqual(["3", "1", "06", "04", "2.01", null]);
    expect(own(ws, onlyRow(ws, { E: "2.08", F: null }), "M")).toBe("96.080.00");
    expect(rowsWhere(ws, { E: "2.0", F: "00" })).toHaveLength(4);
    expect(moneyCell(ws, onlyRow(ws, { D: "01", E: "2.0 2", F: "00 01" }), "M")).toBe(5928818262);
    expect(own(ws, onlyRow(ws, { A: "1." }), "S")).toBe("Dinas Sosial");
    // Realigned rows (the extraction lost an empty cell): the kegiatan's pagu sits in the pagu column.
    const fakirMiskin = onlyRow(ws, { D: "05", E: "2.0", F: null });
    expect(rowValues(ws, fakirMiskin).slice(10, 13)).toEqual(["3 Dokumen", "3 Dokumen", 23000000000]);
  });

  test("Tabel 4.2: quarterly shares and the wrapped total row as written", () => {
    const ws = sheet("Tabel 4.2");
    const total = onlyRow(ws, { S: 6 });
    expect(rowValues(ws, total).slice(18, 26)).toEqual([
      6,
      "1.9 14. 84 2.8 60",
      "20. 08",
      "1.7 97. 73 3.7 13",
      "39. 80",
      "24. 47 5.7 33. 71 3",
      "20. 10",
      "1.8 20. 73 3.7 13",
    ]);
    const jasa = onlyRow(ws, { E: "2.08", F: null });
    expect(own(ws, jasa, "S")).toBe(25);
    expect(moneyCell(ws, jasa, "T")).toBe(24020000);
    expect(moneyCell(ws, jasa, "M")).toBe(96080000);
    expect(rowsWhere(ws, { A: "6" })).toHaveLength(1);
    expect(rowsWhere(ws, { E: "2.06", F: "0008" })).toHaveLength(1);
  });

  test("cell typing rule", () => {
    const money = { moneyColumns: [1], countColumns: [2] };
    expect(seedCellValue("6.822.934.850", 1, money)).toBe(6822934850);
    expect(seedCellValue("0", 1, money)).toBe(0);
    expect(seedCellValue("53.600.0000", 1, money)).toBe("53.600.0000");
    expect(seedCellValue("24,000,000", 1, money)).toBe("24,000,000");
    expect(seedCellValue("96.080.00", 1, money)).toBe("96.080.00");
    expect(seedCellValue("100", 2, money)).toBe(100);
    expect(seedCellValue("85,2", 2, money)).toBe("85,2");
    expect(seedCellValue("06", 2, money)).toBe("06");
    expect(seedCellValue("6.822.934.850", 2, money)).toBe("6.822.934.850");
    expect(seedCellValue("100", 3, money)).toBe("100");
    expect(seedCellValue("", 1, money)).toBeNull();
  });
});

describe("committed workbook", () => {
  test("seeds/renja-dinsos-malang-2024.xlsx has the values of a fresh build (run `npm run seed`)", async () => {
    expect(fs.existsSync(SEED_XLSX_PATH)).toBe(true);
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(SEED_XLSX_PATH);
    expect(committed.worksheets.map((ws) => ws.name)).toEqual(wb.worksheets.map((ws) => ws.name));
    for (const fresh of wb.worksheets) {
      const old = committed.getWorksheet(fresh.name)!;
      expect([old.rowCount, old.columnCount]).toEqual([fresh.rowCount, fresh.columnCount]);
      expect([...merges(old)].sort()).toEqual([...merges(fresh)].sort());
      for (let r = 1; r <= fresh.rowCount; r++) {
        for (let c = 1; c <= fresh.columnCount; c++) {
          const a = old.getCell(r, c);
          const b = fresh.getCell(r, c);
          const where = `${fresh.name}!${b.address}`;
          expect([where, own(old, r, c), a.numFmt ?? null, a.font?.bold === true]).toEqual([
            where,
            own(fresh, r, c),
            b.numFmt ?? null,
            b.font?.bold === true,
          ]);
        }
      }
    }
  });
});
