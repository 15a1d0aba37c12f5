// The one set of labels a planner sees for categories and severities: task pane, CLI report and the
// "Hasil Validasi" sheet all use these, so a finding is called the same everywhere.
import type { Category, Severity } from "./finding";

export const CATEGORY_LABELS: Record<Category, string> = {
  kode: "Kode",
  nomenklatur: "Nomenklatur",
  satuan: "Satuan",
  angka: "Penulisan angka",
  capaian: "Capaian",
  pagu: "Pagu",
  rkpd: "Kesesuaian RKPD",
  triwulan: "Triwulan",
  rekonsiliasi: "Rekonsiliasi antartabel",
  struktur: "Struktur tabel",
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: "Galat", warning: "Peringatan", info: "Info" };

/** Severities from the most to the least serious (filters, marks, summaries). */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
