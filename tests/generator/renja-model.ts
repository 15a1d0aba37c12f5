// The plan behind a generated workbook: programs → kegiatan → sub kegiatan with kode, nama, indikator, satuan,
// targets and pagu that agree with each other (parents are the sums of their children, one unit per indikator).
// Rendering into sheets is renja-generator.ts; this module knows nothing about cells.
import type { Rng } from "./prng";

export type GenLevel = "program" | "kegiatan" | "subkegiatan";

/** Values of Tabel 2.1 for one indikator; null is written "-". */
export interface Evaluasi {
  renstra: number; // 4
  sdLalu: number | null; // 5
  targetLalu: number | null; // 6
  realisasiLalu: number | null; // 7
  targetBerjalan: number | null; // 9
}

export interface GenIndikator {
  text: string;
  persen: boolean;
  /** Canonical unit ("%" for percentages). */
  unit: string;
  /** The unit as this indikator writes it in every column ("Dokumen", "laporan", "ob"). */
  unitText: string;
  /** How a percentage is written: "100%", "100 %", "100 (%)" or a number cell. */
  percentStyle: "%" | " %" | " (%)" | "number";
  /** Thousands style of counts ≥ 1000: Indonesian "1.200" or English "1,200". */
  thousands: "id" | "en";
  // Tabel 3.1 / 4.1 / 4.2 columns 5–8 and 3.1 column 15.
  akhirRenstra: number;
  realisasiLalu: number;
  prakiraan: number;
  target: number;
  targetMaju: number;
  evaluasi: Evaluasi;
}

export interface GenNode {
  level: GenLevel;
  /** Five kode segments, "" below the node's level: ["1", "06", "01", "2.01", "0006"]. */
  kode: string[];
  nama: string;
  indikators: GenIndikator[];
  /** Integer Rupiah, multiples of 1000 (so 4.2 quarter shares of one decimal are exact). */
  pagu: number;
  paguMaju: number;
  /** Rancangan awal RKPD pagu (Tabel 2.3 column 6): at least the pagu, more only with a catatan. */
  paguRkpd: number;
  children: GenNode[];
}

export interface GenBidang {
  urusan: string;
  bidang: string;
  namaUrusan: string;
  namaBidang: string;
  programs: GenNode[];
}

export interface GenPlan {
  tahun: number;
  bidang: GenBidang[];
  /** 4.2 K shares (%), the same for every row so parents and the total are exact too. */
  kShares: [number, number, number, number];
  subkegiatanCount: number;
}

export interface PlanOptions {
  tahun: number;
  subkegiatan: number;
  kegiatanPerProgram: [number, number];
  subPerKegiatan: [number, number];
  /** At most this many programs per bidang urusan before the next bidang starts (the kode allows 99). */
  programsPerBidang: number;
}

const PROGRAM_NAMES = [
  "PEMBERDAYAAN SOSIAL",
  "REHABILITASI SOSIAL",
  "PERLINDUNGAN DAN JAMINAN SOSIAL",
  "PENANGANAN BENCANA",
  "PENGELOLAAN TAMAN MAKAM PAHLAWAN",
  "PENGEMBANGAN SUMBER DAYA MANUSIA",
  "PENGELOLAAN KEUANGAN DAERAH",
  "PENINGKATAN PELAYANAN PUBLIK",
];
const VERBS = ["Pengelolaan", "Penyediaan", "Pemberdayaan", "Rehabilitasi", "Perlindungan", "Penyelenggaraan", "Koordinasi", "Fasilitasi", "Pemeliharaan", "Pengembangan"];
const OBJECTS = [
  "Data Fakir Miskin",
  "Layanan Lanjut Usia",
  "Sarana Prasarana Panti Sosial",
  "Pemulangan Warga Negara Migran",
  "Bantuan Sosial",
  "Potensi Sumber Kesejahteraan Sosial",
  "Kawasan Rawan Bencana",
  "Pendamping Sosial",
  "Anak Terlantar",
  "Penyandang Disabilitas",
  "Jasa Penunjang Perkantoran",
  "Logistik Kantor",
  "Barang Milik Daerah",
  "Laporan Keuangan",
  "Pakaian Dinas",
];
const QUALIFIERS = ["", " Kabupaten/Kota", " Tingkat Kecamatan", " Berbasis Masyarakat", " Terpadu"];

/** Count indikators: the words before the object, and the unit as the nomenclature writes it. */
const COUNT_INDIKATORS: readonly (readonly [string, string])[] = [
  ["Jumlah Dokumen", "Dokumen"],
  ["Jumlah Laporan", "Laporan"],
  ["Jumlah Orang yang Menerima Layanan", "Orang"],
  ["Jumlah Paket", "Paket"],
  ["Jumlah Unit", "Unit"],
  ["Jumlah Keluarga Penerima Manfaat", "Keluarga"],
  ["Jumlah Kelompok", "Kelompok"],
  ["Jumlah Lembaga", "Lembaga"],
  ["Jumlah Stel Pakaian", "Stel"],
  ["Jumlah Eksemplar Bahan Bacaan", "Eksemplar"],
  ["Jumlah Pegawai Pelaksana", "Orang/Bulan"],
  ["Jumlah Kegiatan", "Kegiatan"],
  ["Jumlah Komponen", "Buah"],
];
const PERCENT_INDIKATORS = ["Persentase", "Persentase Pemenuhan", "Persentase Cakupan", "Cakupan Layanan"];

/** Names stay unique within a plan: tables without a kode (2.1, 2.3) are matched by nama. */
export class Names {
  private used = new Set<string>();
  unique(base: string): string {
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base} Tahap ${n}`;
    this.used.add(name);
    return name;
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export function roundTo1000(x: number): number {
  return Math.max(1000, Math.round(x / 1000) * 1000);
}

export function makeIndikator(rng: Rng, object: string, persen: boolean): GenIndikator {
  if (persen) {
    const realisasi = rng.int(80, 100);
    const text = `${rng.pick(PERCENT_INDIKATORS)} ${object}`;
    return {
      text: text.startsWith("Cakupan") ? `${text} (%)` : text,
      persen: true,
      unit: "%",
      unitText: "%",
      percentStyle: rng.weighted([["%", 3], [" (%)", 3], [" %", 1], ["number", 1]] as const),
      thousands: "id",
      akhirRenstra: 100,
      realisasiLalu: realisasi,
      prakiraan: rng.pick([95, 100]),
      target: 100,
      targetMaju: 100,
      evaluasi: { renstra: 100, sdLalu: null, targetLalu: 100, realisasiLalu: realisasi, targetBerjalan: null },
    };
  }
  const [words, unit] = rng.pick(COUNT_INDIKATORS);
  const scale = rng.weighted([[1, 6], [10, 2], [100, 1], [1000, 1]] as const);
  const target = rng.int(1, 60) * scale;
  const renstra = target * rng.int(3, 5);
  const targetLalu = target;
  const realisasiLalu = rng.chance(0.7) ? targetLalu : Math.max(1, targetLalu - rng.int(1, Math.max(1, Math.floor(targetLalu / 3))));
  const evaluasi: Evaluasi = rng.chance(0.2)
    ? { renstra, sdLalu: null, targetLalu: null, realisasiLalu: null, targetBerjalan: target }
    : { renstra, sdLalu: rng.chance(0.5) ? null : target, targetLalu, realisasiLalu, targetBerjalan: rng.chance(0.1) ? 0 : target };
  return {
    text: `${words} ${object}`,
    persen: false,
    unit,
    unitText: unit === "Orang/Bulan" && rng.chance(0.3) ? "ob" : rng.chance(0.25) ? unit.toLowerCase() : unit,
    percentStyle: "%",
    thousands: rng.chance(0.3) ? "en" : "id",
    akhirRenstra: renstra,
    realisasiLalu,
    prakiraan: target,
    target,
    targetMaju: target + rng.int(0, 3) * scale,
    evaluasi,
  };
}

function leaf(rng: Rng, names: Names, kode: string[]): GenNode {
  const object = `${rng.pick(OBJECTS)}${rng.pick(QUALIFIERS)}`;
  const nama = names.unique(`${rng.pick(VERBS)} ${object}`);
  const indikators = [makeIndikator(rng, object, rng.chance(0.1))];
  if (rng.chance(0.3)) indikators.push(makeIndikator(rng, `${object} yang Disediakan`, false));
  const pagu = rng.int(5_000, 900_000) * 1000;
  const paguMaju = roundTo1000((pagu * (100 + rng.int(-10, 15))) / 100);
  // The kebutuhan dana stays within the RKPD ceiling: asking for more is a finding (rkpd), not a clean row.
  const paguRkpd = rng.chance(0.75) ? pagu : roundTo1000((pagu * (100 + rng.pick([5, 10, 25]))) / 100);
  return { level: "subkegiatan", kode, nama, indikators, pagu, paguMaju, paguRkpd, children: [] };
}

export function parent(rng: Rng, level: GenLevel, kode: string[], nama: string, children: GenNode[], persen: number): GenNode {
  const object = nama.replace(/^PROGRAM /, "").toLowerCase().replace(/(^|\s)\S/g, (s) => s.toUpperCase());
  return {
    level,
    kode,
    nama,
    indikators: [makeIndikator(rng, object, rng.chance(persen))],
    pagu: children.reduce((s, c) => s + c.pagu, 0),
    paguMaju: children.reduce((s, c) => s + c.paguMaju, 0),
    paguRkpd: children.reduce((s, c) => s + c.paguRkpd, 0),
    children,
  };
}

export const K_PATTERNS: [number, number, number, number][] = [
  [25, 25, 25, 25],
  [10, 20, 30, 40],
  [12.5, 37.5, 25, 25],
  [20, 30, 30, 20],
  [15, 35, 30, 20],
];

export function buildPlan(rng: Rng, o: PlanOptions): GenPlan {
  const names = new Names();
  const bidang: GenBidang[] = [];
  let remaining = o.subkegiatan;
  for (let b = 0; remaining > 0; b++) {
    const urusan = String(1 + Math.floor(b / 12));
    if (Number(urusan) > 9) throw new Error("too many sub kegiatan for one plan");
    const bb = pad(((b + 5) % 12) + 1, 2);
    const programs: GenNode[] = [];
    for (let p = 1, n = 0; p <= 99 && n < o.programsPerBidang && remaining > 0; p += rng.int(1, 3), n++) {
      const kegiatan: GenNode[] = [];
      const nKeg = rng.int(o.kegiatanPerProgram[0], o.kegiatanPerProgram[1]);
      for (let k = 1, i = 0; i < nKeg && k <= 99 && remaining > 0; k += rng.int(1, 2), i++) {
        const subs: GenNode[] = [];
        const nSub = rng.int(o.subPerKegiatan[0], o.subPerKegiatan[1]);
        for (let s = rng.int(1, 3), j = 0; j < nSub && s <= 9999 && remaining > 0; s += rng.int(1, 3), j++) {
          subs.push(leaf(rng, names, [urusan, bb, pad(p, 2), `2.${pad(k, 2)}`, pad(s, 4)]));
          remaining--;
        }
        const kegNama = names.unique(`${rng.pick(VERBS)} ${rng.pick(OBJECTS)}${rng.pick(QUALIFIERS)}`);
        kegiatan.push(parent(rng, "kegiatan", [urusan, bb, pad(p, 2), `2.${pad(k, 2)}`, ""], kegNama, subs, 0.5));
      }
      const progNama = p === 1 ? "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" : `PROGRAM ${rng.pick(PROGRAM_NAMES)}`;
      programs.push(parent(rng, "program", [urusan, bb, pad(p, 2), "", ""], names.unique(progNama), kegiatan, 0.7));
    }
    bidang.push({ urusan, bidang: bb, namaUrusan: `URUSAN PEMERINTAHAN BIDANG ${urusan === "1" ? "SOSIAL" : `KE-${urusan}`}`, namaBidang: `BIDANG URUSAN ${bb === "06" ? "SOSIAL" : `PELAYANAN ${bb}`}`, programs });
  }
  return { tahun: o.tahun, bidang, kShares: rng.pick(K_PATTERNS), subkegiatanCount: o.subkegiatan };
}

/** All nodes depth-first (program, its kegiatan, each followed by its sub kegiatan). */
export function* walk(plan: GenPlan): Generator<{ node: GenNode; bidang: GenBidang; first: boolean }> {
  for (const b of plan.bidang) {
    let first = true;
    for (const p of b.programs) {
      yield { node: p, bidang: b, first };
      first = false;
      for (const k of p.children) {
        yield { node: k, bidang: b, first: false };
        for (const s of k.children) yield { node: s, bidang: b, first: false };
      }
    }
  }
}

/** The plan's total pagu (the JUMLAH row). */
export function totalPagu(plan: GenPlan, field: "pagu" | "paguMaju" | "paguRkpd" = "pagu"): number {
  let t = 0;
  for (const b of plan.bidang) for (const p of b.programs) t += p[field];
  return t;
}
