// A small built-in workbook for the preview when the sample grid (scripts/seed-to-grid.ts) is not there:
// one Tabel 4.1 laid out like the sample (kode over five columns), with a few typical mistakes to find.
import type { CellValue, WorkbookGrid } from "../renja/grid";

const header1: CellValue[] = ["No", "Kode", "", "", "", "", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program/Kegiatan/Sub Kegiatan", "Target Kinerja Capaian Akhir Renstra", "Realisasi Capaian s/d Tahun Lalu", "Prakiraan Capaian Tahun Berjalan", "Target", "Pagu Indikatif (Rp)", "Lokasi", "Sumber Dana", "Prioritas Nasional", "Prioritas Daerah", "Kelompok Sasaran", "Keterangan"];
const numbers: CellValue[] = [1, 2, "", "", "", "", 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
const row = (kode: string[], nama: string, indikator: string, target: CellValue, pagu: CellValue): CellValue[] => [
  "",
  ...[0, 1, 2, 3, 4].map((i) => kode[i] ?? ""),
  nama,
  indikator,
  "",
  "",
  "",
  target,
  pagu,
  "Kab. Malang",
  "APBD",
  "",
  "",
  "",
  "",
];

export const DEMO_GRID: WorkbookGrid = {
  sheets: [
    {
      name: "Tabel 4.1",
      origin: { row: 0, col: 0 },
      values: [
        ["Tabel 4.1"],
        ["Rencana Kerja dan Pendanaan Perangkat Daerah (contoh bawaan pratinjau)"],
        [],
        header1,
        numbers,
        row(["1", "06", "01"], "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase pemenuhan dukungan manajemen perangkat daerah", "100 %", 1_600_000),
        row(["1", "06", "01", "2.01"], "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen perencanaan yang tersusun", "3 Dokumen", 1_250_000),
        row(["1", "06", "01", "2.01", "0001"], "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan Perangkat Daerah", "2 Dokumen", 1_000_000),
        row(["1", "06", "01", "2.01", "00 02"], "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah Dokumen RKA-SKPD", "1 Dokumen", "250,000"),
        row(["1", "06", "01", "2.02"], "Administrasi Keuangan Perangkat Daerah", "Persentase pemenuhan layanan keuangan", "100 %", 300_000),
        row(["1", "06", "01", "2.02", "001"], "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "34", 300_000),
      ],
      merges: [
        { r1: 3, c1: 1, r2: 3, c2: 5 },
        { r1: 4, c1: 1, r2: 4, c2: 5 },
      ],
    },
  ],
};
