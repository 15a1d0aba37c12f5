// The task pane's sections; the ribbon buttons open the pane on one of them with ?section=….
export const SECTIONS = [
  { id: "validasi", label: "Validasi Renja" },
  { id: "hitung", label: "Hitung Ulang" },
  { id: "sisipkan", label: "Sisipkan Tabel" },
  { id: "triwulan", label: "Tabel 4.2" },
  { id: "grafik", label: "Grafik" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];

export function sectionFromSearch(search: string): SectionId {
  const wanted = new URLSearchParams(search).get("section");
  return SECTIONS.find((s) => s.id === wanted)?.id ?? "validasi";
}
