// The column roles a planner may name (CLI --kolom, the pane's "Kolom yang dikenali"), with what each means in
// Bahasa Indonesia. A Record over ColumnRole, so a new role cannot be added to the engine without its label here.
import type { ColumnRole } from "./model";
import type { ColumnOverride } from "./rules/context";

export const ROLE_LABELS: Record<ColumnRole, string> = {
  no: "Nomor urut",
  kode: "Kode",
  nama: "Nama urusan/program/kegiatan/sub kegiatan",
  indikator: "Indikator kinerja",
  lokasi: "Lokasi",
  sumberDana: "Sumber dana",
  prioritasNasional: "Prioritas nasional",
  prioritasDaerah: "Prioritas daerah",
  kelompokSasaran: "Kelompok sasaran",
  keterangan: "Keterangan/catatan",
  penanggungJawab: "Perangkat daerah penanggung jawab",
  targetRenstra: "Target Renstra s/d akhir periode",
  realisasiSdLalu: "Realisasi s/d tahun n-3",
  targetRenjaLalu: "Target Renja tahun n-2",
  realisasiRenjaLalu: "Realisasi Renja tahun n-2",
  tingkatRealisasi: "Tingkat realisasi (%)",
  targetRenjaBerjalan: "Target Renja tahun berjalan (n-1)",
  realisasiSdBerjalan: "Realisasi s/d tahun berjalan",
  tingkatCapaianRenstra: "Tingkat capaian target Renstra (%)",
  spm: "SPM/standar nasional",
  ikk: "IKK",
  targetTahun1: "Target Renstra tahun n-2",
  targetTahun2: "Target Renstra tahun n-1",
  targetTahun3: "Target Renstra tahun n",
  targetTahun4: "Target Renstra tahun n+1",
  realisasiTahun1: "Realisasi kinerja pelayanan tahun n-2",
  realisasiTahun2: "Realisasi kinerja pelayanan tahun n-1",
  proyeksiTahun1: "Proyeksi tahun n",
  proyeksiTahun2: "Proyeksi tahun n+1",
  catatan: "Catatan",
  rkpdNama: "Program/kegiatan rancangan awal RKPD",
  rkpdLokasi: "Lokasi rancangan awal RKPD",
  rkpdIndikator: "Indikator rancangan awal RKPD",
  rkpdTarget: "Target rancangan awal RKPD",
  rkpdPagu: "Pagu indikatif rancangan awal RKPD",
  kebutuhanNama: "Program/kegiatan hasil analisis kebutuhan",
  kebutuhanLokasi: "Lokasi hasil analisis kebutuhan",
  kebutuhanIndikator: "Indikator hasil analisis kebutuhan",
  kebutuhanTarget: "Target hasil analisis kebutuhan",
  kebutuhanDana: "Kebutuhan dana",
  pengusul: "Pengusul",
  urusan: "Urusan",
  usulan: "Usulan program/kegiatan",
  volume: "Besaran/volume",
  permasalahan: "Permasalahan",
  alamat: "Alamat/lokasi usulan",
  targetAkhirRenstra: "Target akhir periode Renstra",
  realisasiCapaianLalu: "Realisasi capaian Renja tahun n-2",
  prakiraanCapaian: "Prakiraan capaian tahun n-1",
  target: "Target tahun rencana",
  pagu: "Pagu indikatif tahun rencana",
  targetMaju: "Target prakiraan maju (n+1)",
  paguMaju: "Pagu prakiraan maju (n+1)",
  k1: "Triwulan I: K (%)",
  rp1: "Triwulan I: Rp",
  k2: "Triwulan II: K (%)",
  rp2: "Triwulan II: Rp",
  k3: "Triwulan III: K (%)",
  rp3: "Triwulan III: Rp",
  k4: "Triwulan IV: K (%)",
  rp4: "Triwulan IV: Rp",
  satuan: "Satuan target (kolom tersendiri)",
};

/** The user's choice to leave a column unread. */
export const ABAIKAN = "abaikan";
export const ABAIKAN_LABEL = "Abaikan kolom ini";

export type OverrideRole = ColumnOverride["role"];

export const COLUMN_ROLES = Object.keys(ROLE_LABELS) as ColumnRole[];

/** The role a planner typed: the role's name in any letter case ("sumberdana" → sumberDana), or "abaikan". */
export function roleByName(text: string): OverrideRole | undefined {
  const t = text.trim().toLowerCase();
  if (t === ABAIKAN) return ABAIKAN;
  return COLUMN_ROLES.find((r) => r.toLowerCase() === t);
}

export function roleLabel(role: OverrideRole): string {
  return role === ABAIKAN ? ABAIKAN_LABEL : ROLE_LABELS[role];
}

/** "Tabel 4.1" + "f" → "F"; undefined when the letters are no column (A … XFD). */
export function columnLettersOf(text: string): string | undefined {
  const t = text.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(t)) return undefined;
  if (t.length === 3 && t > "XFD") return undefined;
  return t;
}

/**
 * A column map as stored or given (the pane's settings, a --kolom-file): a list of { sheet, column, role }. The
 * first problem is returned as an Indonesian message; later entries for the same sheet and column win.
 */
export function checkColumnMap(raw: unknown): { ok: true; map: ColumnOverride[] } | { ok: false; message: string } {
  if (!Array.isArray(raw)) return { ok: false, message: 'peta kolom harus berupa daftar [{ "sheet": …, "column": …, "role": … }].' };
  const byKey = new Map<string, ColumnOverride>();
  for (const [i, item] of raw.entries()) {
    const o = item as Partial<Record<"sheet" | "column" | "role", unknown>> | null;
    if (!o || typeof o.sheet !== "string" || o.sheet.trim() === "" || typeof o.column !== "string" || typeof o.role !== "string") {
      return { ok: false, message: `butir ke-${i + 1} peta kolom harus memuat "sheet", "column" dan "role" berupa teks.` };
    }
    const column = columnLettersOf(o.column);
    if (!column) return { ok: false, message: `butir ke-${i + 1}: "${o.column}" bukan huruf kolom (mis. F).` };
    const role = roleByName(o.role);
    if (!role) return { ok: false, message: unknownRoleMessage(o.role) };
    byKey.set(`${o.sheet}\u0000${column}`, { sheet: o.sheet, column, role });
  }
  return { ok: true, map: [...byKey.values()] };
}

export function unknownRoleMessage(name: string): string {
  return `peran kolom "${name}" tidak dikenal; pilihan: ${[...COLUMN_ROLES, ABAIKAN].join(", ")}.`;
}
