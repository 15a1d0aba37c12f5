// How each Renja table is recognised and what its numbered columns hold (Permendagri 86/2017, lampiran Renja).
import type { ColumnRole, TableKind } from "../model";

export interface TableSpec {
  kind: TableKind;
  /** Header keywords (lower case, matched on folded header text); all of one group must be present. */
  keywords: string[][];
  /** Column number (as printed in the column-number row) → role. */
  numbered: Record<number, ColumnRole>;
  /** Whether rows carry a kode (3.1, 4.1, 4.2) or get their level from the numbering (2.1, 2.3). */
  hasKode: boolean;
}

const KODE_TABLE_BASE: Record<number, ColumnRole> = {
  1: "no",
  2: "kode",
  3: "nama",
  4: "indikator",
  5: "targetAkhirRenstra",
  6: "realisasiCapaianLalu",
  7: "prakiraanCapaian",
  8: "target",
  9: "pagu",
  10: "lokasi",
  11: "sumberDana",
  12: "prioritasNasional",
  13: "prioritasDaerah",
  14: "kelompokSasaran",
};

/** Ordered: the first spec whose keywords match wins, so the more specific tables come first. */
export const TABLE_SPECS: TableSpec[] = [
  {
    kind: "T4.2",
    keywords: [["triwulan", "kode"], ["tribulan", "kode"]],
    numbered: { ...KODE_TABLE_BASE, 15: "k1", 16: "rp1", 17: "k2", 18: "rp2", 19: "k3", 20: "rp3", 21: "k4", 22: "rp4", 23: "keterangan" },
    hasKode: true,
  },
  {
    kind: "T3.1",
    keywords: [["maju", "kode"]],
    numbered: { ...KODE_TABLE_BASE, 15: "targetMaju", 16: "paguMaju", 17: "penanggungJawab" },
    hasKode: true,
  },
  {
    kind: "T4.1",
    keywords: [["kode", "pagu"]],
    numbered: { ...KODE_TABLE_BASE, 15: "keterangan" },
    hasKode: true,
  },
  {
    kind: "T2.3",
    keywords: [["rancangan awal", "kebutuhan"], ["rkpd", "kebutuhan dana"]],
    numbered: {
      1: "no",
      2: "rkpdNama",
      3: "rkpdLokasi",
      4: "rkpdIndikator",
      5: "rkpdTarget",
      6: "rkpdPagu",
      7: "kebutuhanNama",
      8: "kebutuhanLokasi",
      9: "kebutuhanIndikator",
      10: "kebutuhanTarget",
      11: "kebutuhanDana",
      12: "catatan",
    },
    hasKode: false,
  },
  {
    kind: "T2.2",
    keywords: [["spm", "ikk"], ["standar pelayanan", "indikator"]],
    numbered: {
      1: "no",
      2: "indikator",
      3: "spm",
      4: "ikk",
      5: "targetTahun1",
      6: "targetTahun2",
      7: "targetTahun3",
      8: "targetTahun4",
      9: "realisasiTahun1",
      10: "realisasiTahun2",
      11: "proyeksiTahun1",
      12: "proyeksiTahun2",
      13: "catatan",
    },
    hasKode: false,
  },
  {
    kind: "T2.1",
    keywords: [["renstra", "realisasi", "indikator"]],
    numbered: {
      1: "no",
      2: "nama",
      3: "indikator",
      4: "targetRenstra",
      5: "realisasiSdLalu",
      6: "targetRenjaLalu",
      7: "realisasiRenjaLalu",
      8: "tingkatRealisasi",
      9: "targetRenjaBerjalan",
      10: "realisasiSdBerjalan",
      11: "tingkatCapaianRenstra",
      12: "penanggungJawab",
    },
    hasKode: false,
  },
];

/**
 * Tabel 2.4 has no column-number row in practice: its columns are found by header text alone. The sample's
 * variant names the proposer (Pengusul | Urusan | Usulan | Volume | Permasalahan | Alamat | Catatan); the official
 * form T-C.32 does not (No | Program/Kegiatan | Lokasi | Indikator Kinerja | Besaran/Volume | Catatan).
 */
export const USULAN_HEADERS: { role: ColumnRole; words: string[] }[] = [
  { role: "no", words: ["no"] },
  { role: "pengusul", words: ["pengusul"] },
  { role: "urusan", words: ["urusan"] },
  { role: "usulan", words: ["usulan", "program/kegiatan"] },
  { role: "volume", words: ["volume", "besaran/volume"] },
  { role: "indikator", words: ["indikator kinerja"] },
  { role: "permasalahan", words: ["permasalahan"] },
  { role: "alamat", words: ["alamat", "lokasi"] },
  { role: "catatan", words: ["catatan", "keterangan"] },
];

export function specOf(kind: TableKind): TableSpec | undefined {
  return TABLE_SPECS.find((s) => s.kind === kind);
}

/** Money columns of a table kind: the ones whose parents must equal the sum of their children. */
export const MONEY_ROLES: Partial<Record<TableKind, ColumnRole[]>> = {
  "T2.3": ["rkpdPagu", "kebutuhanDana"],
  "T3.1": ["pagu", "paguMaju"],
  "T4.1": ["pagu"],
  "T4.2": ["pagu", "rp1", "rp2", "rp3", "rp4"],
};
