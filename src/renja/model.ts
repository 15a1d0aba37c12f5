// The engine's model of the Renja tables it found on a workbook's sheets.
import type { CellValue } from "./grid";
import type { Kode } from "./kode";

/** Tables of Permendagri 86/2017 (lampiran Renja) that the engine reads. */
export type TableKind = "T2.1" | "T2.2" | "T2.3" | "T2.4" | "T3.1" | "T4.1" | "T4.2";

export const TABLE_TITLES: Record<TableKind, string> = {
  "T2.1": "Tabel 2.1 (T-C.29) Evaluasi Hasil Pelaksanaan Renja dan Capaian Renstra",
  "T2.2": "Tabel 2.2 (T-C.30) Pencapaian Kinerja Pelayanan",
  "T2.3": "Tabel 2.3 (T-C.31) Review terhadap Rancangan Awal RKPD",
  "T2.4": "Tabel 2.4 (T-C.32) Usulan Program dan Kegiatan dari Para Pemangku Kepentingan",
  "T3.1": "Tabel 3.1 (T-C.33) Rumusan Rencana Program dan Kegiatan dan Prakiraan Maju",
  "T4.1": "Tabel 4.1 (T-C.33) Rencana Kerja dan Pendanaan",
  "T4.2": "Tabel 4.2 Target Kinerja dan Penyerapan Anggaran per Triwulan",
};

/**
 * What a column holds. The column-number row (1, 2, 3, …) of each table kind maps to these roles
 * (see tables/specs.ts); a role may span several sheet columns (kode split over five).
 */
export type ColumnRole =
  | "no"
  | "kode"
  | "nama"
  | "indikator"
  | "lokasi"
  | "sumberDana"
  | "prioritasNasional"
  | "prioritasDaerah"
  | "kelompokSasaran"
  | "keterangan"
  | "penanggungJawab"
  // Tabel 2.1
  | "targetRenstra" // 4: target kinerja capaian program Renstra s/d akhir periode
  | "realisasiSdLalu" // 5: realisasi s/d tahun n-3
  | "targetRenjaLalu" // 6: target Renja tahun n-2
  | "realisasiRenjaLalu" // 7: realisasi Renja tahun n-2
  | "tingkatRealisasi" // 8 = 7/6
  | "targetRenjaBerjalan" // 9: target Renja tahun berjalan (n-1)
  | "realisasiSdBerjalan" // 10 = 5+7+9
  | "tingkatCapaianRenstra" // 11 = 10/4
  // Tabel 2.2
  | "spm"
  | "ikk"
  | "targetTahun1"
  | "targetTahun2"
  | "targetTahun3"
  | "targetTahun4"
  | "realisasiTahun1"
  | "realisasiTahun2"
  | "proyeksiTahun1"
  | "proyeksiTahun2"
  | "catatan"
  // Tabel 2.3 (rancangan awal RKPD | hasil analisis kebutuhan)
  | "rkpdNama"
  | "rkpdLokasi"
  | "rkpdIndikator"
  | "rkpdTarget"
  | "rkpdPagu"
  | "kebutuhanNama"
  | "kebutuhanLokasi"
  | "kebutuhanIndikator"
  | "kebutuhanTarget"
  | "kebutuhanDana"
  // Tabel 2.4
  | "pengusul"
  | "urusan"
  | "usulan"
  | "volume"
  | "permasalahan"
  | "alamat"
  // Tabel 3.1 / 4.1 / 4.2
  | "targetAkhirRenstra" // 5
  | "realisasiCapaianLalu" // 6
  | "prakiraanCapaian" // 7
  | "target" // 8: target tahun rencana
  | "pagu" // 9: pagu indikatif tahun rencana
  | "targetMaju" // 3.1 col 15
  | "paguMaju" // 3.1 col 16
  | "k1"
  | "rp1"
  | "k2"
  | "rp2"
  | "k3"
  | "rp3"
  | "k4"
  | "rp4"
  // A unit column beside a target (planners' own sheets): read with its target (TableModel.indicatorPairs).
  | "satuan";

/** Hierarchy level of a table row. "indikator" is a continuation row: another indikator of the row above. */
/** "unit": a SIPD unit / sub-unit row (kode "1.06.0.00.0.00.01.0000"), the agency itself, not a plan item. */
export type RowLevel = "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan" | "indikator" | "total" | "unit" | "other";

export const LEVEL_DEPTH: Record<"urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan", number> = {
  urusan: 1,
  bidang: 2,
  program: 3,
  kegiatan: 4,
  subkegiatan: 5,
};

export interface TableRow {
  /** Absolute 0-based sheet row. */
  r: number;
  level: RowLevel;
  /** The "No" column as written (I., 1., 1.1, 3). */
  no: string;
  /** Kode as found (joined from its columns with "."), "" where the table has none. */
  kodeText: string;
  /** Kode segments as written, one per kode column (or split from one column). */
  kodeParts: string[];
  /** The kode cells as typed, where one of them is a number (6 for "06"); kodeParts holds their texts. */
  kodeValues?: CellValue[];
  /** Kode over 2–4 or 6 columns: per kode segment (urusan … sub kegiatan), the index of the kode column it is in. */
  kodeSegmentPart?: number[];
  /** The parsed kode (segments, level, problems), where the row has one. */
  kode?: Kode;
  nama: string;
  indikator: string;
  /** Index in TableModel.rows of the parent row (program for a kegiatan, …), when known. */
  parent?: number;
  /** Where a sound kode names another parent than the row's position does: the index of the row it sits under. */
  placedUnder?: number;
  /**
   * Set where the kode names one parent row and the position another of the same level: which one the row
   * belongs to is uncertain, so totals leave it out (and neither parent's sum is checked).
   */
  uncertainPlace?: boolean;
}

/** One indikator with its own target (and unit column): SIPD's capaian program / keluaran / hasil, or n+1. */
export interface IndicatorPair {
  /** Absolute sheet columns. */
  indikator: number;
  target: number;
  /** A separate Satuan column read with the target. */
  satuan?: number;
  /** "program", "keluaran", "hasil", or "indikator" where the header names none. */
  label: string;
  /** The target of the year after the plan (prakiraan maju). */
  maju?: boolean;
}

/** A column of a table as read: its role (none when unmapped) and the header text it came from. */
export interface ColumnInfo {
  col: number;
  role?: ColumnRole;
  /** The header path, "Rencana Tahun 2026 / Pagu Indikatif (Rp.)"; "" where the column has no header text. */
  header: string;
  /** The user said what this column holds (ValidateOptions.columnMap). */
  override?: boolean;
}

export interface TableModel {
  kind: TableKind;
  sheet: string;
  /** First header row (absolute, 0-based). */
  headerTop: number;
  /** The column-number row (absolute), or the last header row where a table has none (Tabel 2.4). */
  numberRow: number;
  /** Absolute sheet columns of each role, left to right. */
  columns: Partial<Record<ColumnRole, number[]>>;
  /** Data rows, top to bottom; repeated header blocks and blank rows are left out. */
  rows: TableRow[];
  /** Last absolute row that belongs to the table. */
  bottom: number;
  /** Rows where a repeated header block (a pasted page break) was skipped. */
  repeatedHeaders: number[];
  /** Each indikator with its own target, where the headers say which target belongs to which indikator. */
  indicatorPairs?: IndicatorPair[];
  /** Money columns whose header states a unit ("(Rp.000)" → 1000); absent roles are whole Rupiah. */
  moneyScale?: Partial<Record<ColumnRole, number>>;
  /** Every column with a header or a role, left to right. */
  columnInfo?: ColumnInfo[];
  /** How the columns were read: by the column-number row of the known layout, or by what the headers say. */
  mappedBy?: "nomor" | "judul";
  /** Plan year stated by the header block ("Rencana Tahun 2026", "Target 2026"). */
  planYear?: number;
}

export type { CellValue };
