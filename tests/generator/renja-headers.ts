// Header blocks of the generated tables, copied from the sample workbook (seeds/renja-dinsos-malang-2024.xlsx):
// the same texts, merges and column-number rows, with the years following the plan's tahun.
import { parseRange, type CellRange } from "../../src/renja/grid";
import type { ColumnRole, TableKind } from "../../src/renja/model";
import type { LayoutFamily } from "./renja-generator";

export interface HeaderBlock {
  /** Rows top to bottom; the last one is the column-number row (except Tabel 2.4, which has none). */
  rows: string[][];
  /** Merged areas relative to the block (row 0 = its first row, column 0 = the table's first column). */
  merges: CellRange[];
}

function block(rows: string[][], merges: string[]): HeaderBlock {
  return { rows, merges: merges.map((m) => parseRange(m) as CellRange) };
}

/** The kode over `n` columns (1–4) instead of the five columns B–F: the columns after the n-th kode column go. */
export function withKodeColumns(h: HeaderBlock, n: number): HeaderBlock {
  const gone = 5 - n;
  const rows = h.rows.map((row) => row.filter((_, c) => c < 1 + n || c > 5));
  const merges: CellRange[] = [];
  for (const m of h.merges) {
    if (m.c1 === 1 && m.c2 === 5) {
      if (m.r2 > m.r1 || n > 1) merges.push({ ...m, c2: n });
      continue;
    }
    merges.push(m.c1 > 5 ? { r1: m.r1, r2: m.r2, c1: m.c1 - gone, c2: m.c2 - gone } : m);
  }
  return { rows, merges };
}

const KODE_NAMA = "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/ Sub Kegiatan";

export function headerBlock(kind: TableKind, y: number): HeaderBlock {
  switch (kind) {
    case "T2.1":
      return block(
        [
          ["No", "Urusan/Bidang Urusan Pemerintah Daerah/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program (outcomes)/ Kegiatan (output)/Sub Kegiatan", `Target Kinerja Capaian Program Renstra PD s/d Tahun ${y + 2}`, `Realisasi target Kinerja Hasil Program dan Keluaran kegiatan s/d Tahun ${y - 3}`, `Target & Realisasi Kinerja Program dan Keluaran Kegiatan, Sub Kegiatan Tahun ${y - 2}`, "", "", `Target Program, Kegiatan dan sub kegiatan Renja PD Tahun berjalan (Tahun ${y - 1})`, `Perkiraan Realisasi Capaian target Renstra Program/kegiatan Renstra PD s/d Tahun ${y - 1}`],
          ["", "", "", "", "", `Target Renja PD Tahun ${y - 2}`, `Realisasi Renja PD Tahun ${y - 2}`, "Tingkat Realisasi (%)", "", `Realisasi Capaian program, kegiatan dan sub kegiatan s/d tahun ${y - 1}`, "Tingkat Capaian realisasi target Renstra (%)"],
          ["1", "2", "3", "4", "5", "6", "7", "8 = (7/6)", "9", "10 = 5+7+9", "11 = 10/4"],
        ],
        ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:H1", "I1:I2", "J1:K1"],
      );
    case "T2.2":
      return block(
        [
          ["No.", "Indikator", "SPM/ Standar Nasional", "IKK", "Target Renstra SKPD ke-", "", "", "", "Realisasi Capaian Tahun ke-", "", "Proyeksi Tahun ke-", "", "Catatan Analisis"],
          ["", "", "", "", `${y - 2}`, `${y - 1}`, `${y}`, `${y + 1}`, `${y - 2}`, `${y - 1}`, `${y}`, `${y + 1}`],
          ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"],
        ],
        ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:H1", "I1:J1", "K1:L1", "M1:M2"],
      );
    case "T2.3":
      return block(
        [
          ["No", "Rancangan Awal RKPD", "", "", "", "", "Hasil Analisis Kebutuhan", "", "", "", "", "Catatan Penting"],
          ["", "Program/Kegiatan/ Sub Kegiatan", "Lokasi", "Indikator kinerja", "Target Capaian", "Pagu indikatif (Rp.)", "Program/Kegiatan/ Sub Kegiatan", "Lokasi", "Indikator kinerja", "Target Capaian", "Kebutuhan dana (Rp.)"],
          ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        ],
        ["A1:A2", "B1:F1", "G1:K1", "L1:L2"],
      );
    case "T2.4":
      return block([["NO", "PENGUSUL", "URUSAN", "USULAN", "VOLUME", "PERMASALAHAN", "ALAMAT", "CATATAN"]], []);
    case "T3.1":
      return block(
        [
          ["No", "Kode", "", "", "", "", KODE_NAMA, "Indikator Program/Kegiatan / Sub Kegiatan", `Target Akhir Periode Renstra OPD ${y - 2}`, `Realisasi Capaian Renja OPD Tahun ${y - 2}`, `Prakiraan Capaian Target Renja OPD Tahun ${y - 1}`, "Target Capaian Kinerja", "", "", "", "", "", "Kelompok", `Perkiraan Maju Rencana Tahun ${y + 1}`, "", "Perangkat Daerah Penanggung Jawab"],
          ["", "", "", "", "", "", "", "", "", "", "", `Target ${y}`, "Pagu Indikatif (Rp.)", "Lokasi", "Sumber Dana", "Prioritas", "", "", "Target", "Pagu Indikatif (Rp)"],
          ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "Nasional", "Daerah"],
          ["1", "2", "", "", "", "", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17"],
        ],
        ["A1:A3", "B1:F3", "G1:G3", "H1:H3", "I1:I3", "J1:J3", "K1:K3", "L1:Q1", "R1:R3", "S1:T1", "U1:U3", "L2:L3", "M2:M3", "N2:N3", "O2:O3", "P2:Q2", "S2:S3", "T2:T3", "B4:F4"],
      );
    case "T4.1":
      return block(
        [
          ["No", "Kode", "", "", "", "", KODE_NAMA, "Indikator Program/Kegiatan/ Sub Kegiatan", `Target Akhir Periode Renstra OPD ${y - 2}`, `Realisasi Capaian Renja OPD Tahun ${y - 2}`, `Prakiraan Capaian Target Renja OPD Tahun ${y - 1}`, "Capaian Kinerja dan Kerangka Pendanaan", "", "", "", "", "", "Kelompok sasaran", "Keterangan"],
          ["", "", "", "", "", "", "", "", "", "", "", `Target ${y}`, "Pagu Indikatif (Rp.)", "Lokasi", "Sumber Dana", "Prioritas"],
          ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "Nasional", "Daerah"],
          ["1", "2", "", "", "", "", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        ],
        ["A1:A3", "B1:F3", "G1:G3", "H1:H3", "I1:I3", "J1:J3", "K1:K3", "L1:Q1", "R1:R3", "S1:S3", "L2:L3", "M2:M3", "N2:N3", "O2:O3", "P2:Q2", "B4:F4"],
      );
    case "T4.2":
      return block(
        [
          ["No", "Kode", "", "", "", "", KODE_NAMA, "Indikator Program/Kegiatan/ Sub Kegiatan", "Target Akhir Periode Renstra OPD", `Realisasi Capaian Renja OPD Tahun ${y - 2}`, `Prakiraan Capaian Target Renja OPD Tahun ${y - 1}`, "Capaian Kinerja dan Kerangka Pendanaan", "", "", "", "", "", "Kelompok Sasaran", "Target Kinerja dan Penyerapan Anggaran Per Triwulan (%)", "", "", "", "", "", "", "", "Keterangan"],
          ["", "", "", "", "", "", "", "", "", "", "", `Target ${y}`, "Pagu Indikatif (Rp.)", "Lokasi", "Sumber Dana", "Prioritas", "", "", "I", "", "II", "", "III", "", "IV"],
          ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "Nasional", "Daerah", "", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
          ["1", "2", "", "", "", "", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"],
        ],
        ["A1:A3", "B1:F3", "G1:G3", "H1:H3", "I1:I3", "J1:J3", "K1:K3", "L1:Q1", "R1:R3", "S1:Z1", "AA1:AA3", "L2:L3", "M2:M3", "N2:N3", "O2:O3", "P2:Q2", "S2:T2", "U2:V2", "W2:X2", "Y2:Z2", "B4:F4"],
      );
  }
}

/** Title lines above each table, as the sample writes them. */
export function titleLines(kind: TableKind, y: number): string[] {
  switch (kind) {
    case "T2.1":
      return ["Tabel 2.1", `Rekapitulasi Evaluasi Hasil Pelaksanaan Rencana Kerja dan Pencapaian Rencana Strategis s/d Tahun ${y - 1}`, "Dinas Sosial Kabupaten Malang"];
    case "T2.2":
      return ["Tabel 2.2", "Pencapaian Kinerja Pelayanan Dinas Sosial Kabupaten Malang"];
    case "T2.3":
      return ["Tabel 2.3", `Review terhadap Rancangan Awal RKPD Tahun ${y}`];
    case "T2.4":
      return ["Tabel 2.4", `Usulan Program dan Kegiatan Masyarakat dari Para Pemangku Kepentingan Tahun ${y}`];
    case "T3.1":
      return ["Tabel 3.1", `Rumusan Rencana Program dan Kegiatan Tahun ${y} dan Perkiraan Maju Tahun ${y + 1}`, "Dinas Sosial Kabupaten Malang"];
    case "T4.1":
      return ["Tabel 4.1", `Rencana Kerja dan Pendanaan Dinas Sosial Tahun ${y}`];
    case "T4.2":
      return ["Tabel 4.2", `Rencana Penyerapan Anggaran Kas Dinas Sosial Tahun ${y}`];
  }
}

// ------------------------------------------------------------------ other layout families (issue 8)

/** One column of a family's layout: its role, the group header above it (if any) and its own header. */
export interface FamilyColumn {
  role: ColumnRole;
  group?: string;
  leaf: string;
}

const TRIWULAN = ["I", "II", "III", "IV"];

/** The kode tables' columns in each family, left to right ({n} and {n+1} are filled in by familyHeader). */
export function familyColumns(kind: TableKind, family: Exclude<LayoutFamily, "sampel">): FamilyColumn[] {
  const maju = kind === "T3.1";
  const tw = kind === "T4.2";
  const cols: FamilyColumn[] = [];
  const push = (role: ColumnRole, leaf: string, group?: string): void => {
    cols.push(group ? { role, group, leaf } : { role, leaf });
  };
  if (family === "resmi" || family === "resmi-tanpa-nomor") {
    push("kode", "Kode");
    push("nama", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan");
    push("indikator", "Indikator Kinerja Program/Kegiatan");
    push("lokasi", "Lokasi", "Rencana Tahun {n}");
    push("target", "Target Capaian Kinerja", "Rencana Tahun {n}");
    push("pagu", "Kebutuhan Dana/Pagu Indikatif", "Rencana Tahun {n}");
    push("sumberDana", "Sumber Dana", "Rencana Tahun {n}");
    push("keterangan", "Catatan Penting");
    if (maju) {
      push("targetMaju", "Target Capaian Kinerja", "Prakiraan Maju Rencana Tahun {n+1}");
      push("paguMaju", "Kebutuhan Dana/Pagu Indikatif", "Prakiraan Maju Rencana Tahun {n+1}");
    }
  } else if (family === "sipd") {
    push("kode", "Kode");
    push("nama", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan");
    push("indikator", "Tolok Ukur", "Indikator Kinerja");
    push("target", "Target Capaian Kinerja", "Indikator Kinerja");
    push("lokasi", "Lokasi Output Kegiatan");
    push("pagu", "Pagu Indikatif (Rp.)");
    push("sumberDana", "Sumber Dana");
    push("keterangan", "Catatan Penting");
    if (maju) {
      push("targetMaju", "Target", "Prakiraan Maju Rencana Tahun {n+1}");
      push("paguMaju", "Kebutuhan Dana (Rp.)", "Prakiraan Maju Rencana Tahun {n+1}");
    }
  } else {
    push("kode", "Kode");
    push("nama", "Program / Kegiatan / Sub Kegiatan");
    push("indikator", "Indikator Kinerja");
    push("target", "Target {n}");
    push("pagu", "Pagu {n} (Rp)");
    push("lokasi", "Lokasi");
    push("sumberDana", "Sumber Dana");
    if (maju) {
      push("targetMaju", "Target {n+1}");
      push("paguMaju", "Pagu {n+1} (Rp)");
    }
  }
  if (tw) {
    TRIWULAN.forEach((q, i) => {
      const k = `k${i + 1}` as ColumnRole;
      const rp = `rp${i + 1}` as ColumnRole;
      if (family === "perencana") {
        push(k, `K TW ${q}`);
        push(rp, `Rp TW ${q}`);
      } else {
        push(k, "K", `Triwulan ${q}`);
        push(rp, "Rp", `Triwulan ${q}`);
      }
    });
    if (family === "perencana") push("keterangan", "Keterangan");
  }
  return cols;
}

/**
 * The header block of a family's kode table: one row (perencana) or a group row over a leaf row, the kode over
 * `kodeWidth` columns under one "Kode" cell, and the column-number row in the official "(1) (2) …" form for "resmi".
 */
export function familyHeader(kind: TableKind, family: Exclude<LayoutFamily, "sampel">, y: number, kodeWidth: number): HeaderBlock {
  const cols = familyColumns(kind, family);
  const fill = (t: string): string => t.replace("{n+1}", String(y + 1)).replace("{n}", String(y));
  const grouped = family !== "perencana" && cols.some((c) => c.group);
  const top: string[] = [];
  const leaf: string[] = [];
  const numbers: string[] = [];
  const merges: CellRange[] = [];
  let c = 0;
  let n = 0;
  let groupStart = -1;
  let groupText = "";
  const closeGroup = (end: number): void => {
    if (groupStart >= 0 && end > groupStart) merges.push({ r1: 0, r2: 0, c1: groupStart, c2: end });
    groupStart = -1;
    groupText = "";
  };
  for (const col of cols) {
    const width = col.role === "kode" ? kodeWidth : 1;
    const g = col.group ? fill(col.group) : "";
    if (g !== groupText) closeGroup(c - 1);
    if (grouped && g) {
      if (groupStart < 0) {
        groupStart = c;
        groupText = g;
        top.push(g);
      } else top.push("");
      leaf.push(fill(col.leaf));
    } else {
      top.push(fill(col.leaf));
      leaf.push("");
      if (grouped) merges.push({ r1: 0, r2: 1, c1: c, c2: c + width - 1 });
      else if (width > 1) merges.push({ r1: 0, r2: 0, c1: c, c2: c + width - 1 });
    }
    n++;
    numbers.push(family === "resmi" ? `(${n})` : String(n));
    for (let k = 1; k < width; k++) {
      top.push("");
      leaf.push("");
      numbers.push("");
    }
    if (width > 1 && family === "resmi") merges.push({ r1: grouped ? 2 : 1, r2: grouped ? 2 : 1, c1: c, c2: c + width - 1 });
    c += width;
  }
  closeGroup(c - 1);
  const rows = grouped ? [top, leaf] : [top];
  if (family === "resmi") rows.push(numbers);
  return { rows, merges };
}
