// A small built-in workbook for the preview when the sample grid (scripts/seed-to-grid.ts) is not there.
import type { WorkbookGrid } from "../renja/grid";

export const DEMO_GRID: WorkbookGrid = {
  sheets: [
    {
      name: "Tabel 4.1",
      origin: { row: 0, col: 0 },
      values: [
        ["Tabel 4.1 Rencana Kerja dan Pendanaan Perangkat Daerah"],
        [],
        ["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Lokasi", "Target", "Satuan", "Pagu Indikatif (Rp)"],
        [1, 2, 3, 4, 5, 6, 7],
        ["1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase dokumen perencanaan tepat waktu", "Kab. Malang", 100, "Persen", "1.250.000"],
        ["1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Jumlah dokumen perencanaan", "Kab. Malang", 5, "Dokumen", 1250000],
      ],
    },
  ],
};
