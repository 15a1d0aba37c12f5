// The phrases Renja headers use in practice, and what each says about its column. Headers come from the
// Permendagri 86/2017 forms, SIPD printouts, older RKPD import forms and planners' own sheets; the same column is
// "Pagu Indikatif (Rp.)", "Kebutuhan Dana", "Anggaran" or just "Rp". A column's meaning is read from its whole
// header path (group headers above the leaf): "Target" under "Prakiraan Maju … 2027" is the n+1 target.
import type { ColumnRole } from "../model";

/** Lower case, punctuation as spaces (keeping "%" and "+"), single spaces. */
export function foldHeader(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%+]+/gu, " ")
    .trim();
}

const YEAR = /\b(19[5-9]\d|20\d\d|21\d\d)\b/g;

/** The years written in a header text ("Rencana Tahun 2026" → [2026]). */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR)) out.push(Number(m[1]));
  return out;
}

/**
 * The unit a money header states: "(Rp.000)", "(Ribuan Rupiah)", "dalam juta rupiah", "(Rp Miliar)".
 * 1 when it states none: values are then whole Rupiah.
 */
export function moneyScaleOf(rawHeader: string): number {
  const t = rawHeader.toLowerCase();
  if (/\b(miliar|milyar)\b/.test(t)) return 1_000_000_000;
  if (/\bjuta\b/.test(t) || /rp\.?\s*000\.000\b/.test(t)) return 1_000_000;
  if (/\bribu(an)?\b/.test(t) || /rp\.?\s*000\b/.test(t) || /\(\s*000\s*\)/.test(t)) return 1_000;
  return 1;
}

/** Label of an indikator/target pair, from the header path: program (capaian program), keluaran, hasil. */
export function pairLabelOf(folded: string): string | undefined {
  if (/\b(capaian program|outcome)\b/.test(folded)) return "program";
  if (/\b(keluaran|output)\b/.test(folded)) return "keluaran";
  if (/\bhasil\b/.test(folded) && !/\bhasil analisis\b/.test(folded)) return "hasil";
  return undefined;
}

/** 1–4 for a quarter named in a header path ("Triwulan II", "TW 3", a bare "III" under a triwulan group). */
export function quarterOf(parts: string[]): number | undefined {
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    const m = /\b(?:triwulan|tribulan|tw)\s*(iv|iii|ii|i|[1-4])\b/.exec(p) ?? /^(iv|iii|ii|i|[1-4])$/.exec(p);
    if (m) return ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[m[1]] ?? Number(m[1]);
  }
  return undefined;
}

const MONEY = /\b(pagu|kebutuhan dana|anggaran|rp|rupiah|dana|biaya|nilai|jumlah dana|keuangan|belanja)\b/;
const TARGET = /\b(target|volume|sasaran kinerja|capaian kinerja)\b/;
const INDIKATOR = /\b(indikator|tolok ukur|tolak ukur)\b/;
const NAMA = /\b(program|kegiatan|urusan|uraian|nomenklatur|nama)\b/;

export interface HeaderMeaning {
  role?: ColumnRole;
  /** Indikator/target pair label (program, keluaran, hasil), where the header names one. */
  pair?: string;
  /** The column is a unit column (Satuan) belonging to the target beside it. */
  satuan?: boolean;
  /** Money unit stated by the header (1 = Rupiah). */
  scale?: number;
  /** The column belongs to the year after the plan (prakiraan maju, n+1). */
  maju?: boolean;
}

/**
 * What a column holds, from its header path (top to bottom, folded and raw). `planYear` is the plan year when the
 * block states one, so a "Tahun 2027" group is recognised as n+1. Returns {} for a column with no known meaning.
 */
export function meaningOf(folded: string[], raw: string[], planYear: number | undefined): HeaderMeaning {
  const all = folded.join(" | ");
  const leaf = folded[folded.length - 1] ?? "";
  const group = folded.slice(0, -1).join(" | ");
  const rawAll = raw.join(" ");
  if (!leaf) return {};
  const years = yearsIn(rawAll);
  const maju = /\bmaju\b/.test(all) || /\bn\s*\+\s*1\b/.test(all) || (planYear !== undefined && years.includes(planYear + 1));

  if (/^(no|nomor|nomor urut|no urut)$/.test(leaf)) return { role: "no" };
  if (/\bkode\b/.test(all)) return { role: "kode" };

  // Per triwulan: K (target kinerja, %) and Rp of each quarter.
  if (/\b(triwulan|tribulan|tw)\b/.test(all)) {
    const q = quarterOf(folded);
    if (q !== undefined) {
      const kLeaf = /^(k|t|%|kinerja|fisik|target|target kinerja|capaian)\b/.test(leaf);
      const rpLeaf = /^(rp|keuangan|anggaran|pagu|dana|realisasi anggaran)\b/.test(leaf);
      const kind = kLeaf ? "k" : rpLeaf ? "rp" : MONEY.test(group) && !TARGET.test(group) ? "rp" : TARGET.test(group) && !MONEY.test(group) ? "k" : undefined;
      if (kind) return { role: `${kind}${q}` as ColumnRole, ...(kind === "rp" ? { scale: moneyScaleOf(rawAll) } : {}) };
    }
    if (!MONEY.test(leaf) && !TARGET.test(leaf)) return {};
  }

  // Tabel 2.3: the RKPD side and the kebutuhan side carry the same leaves under two group headers.
  const side = /\b(rancangan awal|rkpd)\b/.test(group) ? "rkpd" : /\b(analisis kebutuhan|hasil analisis)\b/.test(group) ? "kebutuhan" : undefined;
  if (side) {
    if (/\blokasi\b/.test(leaf)) return { role: side === "rkpd" ? "rkpdLokasi" : "kebutuhanLokasi" };
    if (INDIKATOR.test(leaf)) return { role: side === "rkpd" ? "rkpdIndikator" : "kebutuhanIndikator" };
    if (MONEY.test(leaf)) return { role: side === "rkpd" ? "rkpdPagu" : "kebutuhanDana", scale: moneyScaleOf(rawAll) };
    if (TARGET.test(leaf)) return { role: side === "rkpd" ? "rkpdTarget" : "kebutuhanTarget" };
    if (NAMA.test(leaf)) return { role: side === "rkpd" ? "rkpdNama" : "kebutuhanNama" };
  }

  if (/\bsumber dana\b/.test(all)) return { role: "sumberDana" };
  if (/^satuan\b/.test(leaf)) return { satuan: true, maju };
  if (/\blokasi\b/.test(leaf)) return { role: "lokasi" };
  if (/\bprioritas\b/.test(all)) return { role: /\bnasional\b/.test(all) ? "prioritasNasional" : "prioritasDaerah" };
  if (/\b(catatan|keterangan|ket)\b/.test(leaf)) return { role: "keterangan" };
  if (/\bpenanggung ?jawab\b/.test(all) || /^(perangkat daerah|opd|unit kerja|skpd)\b/.test(leaf)) return { role: "penanggungJawab" };
  if (/\bkelompok\b/.test(leaf) || /^sasaran$/.test(leaf)) return { role: "kelompokSasaran" };

  const pair = pairLabelOf(all);
  if (maju) {
    if (MONEY.test(leaf) || (MONEY.test(all) && !TARGET.test(leaf) && !INDIKATOR.test(leaf))) return { role: "paguMaju", maju, scale: moneyScaleOf(rawAll) };
    if (INDIKATOR.test(leaf)) return {}; // the n+1 indikator repeats the row's indikator
    if (TARGET.test(all)) return { role: "targetMaju", maju, ...(pair ? { pair } : {}) };
    return {};
  }
  if (/\brenstra\b/.test(all) && /\b(target|akhir periode)\b/.test(all)) return { role: "targetAkhirRenstra" };
  // "Prakiraan Capaian Target Renja Tahun n-1" (PDF pastes turn it into "Praktis Capaian …").
  if (/\b(prakiraan|perkiraan|praktis|praktik) capaian\b/.test(all) || /\bcapaian target renja\b/.test(all)) return { role: "prakiraanCapaian" };
  if (/\brealisasi\b/.test(all)) return { role: "realisasiCapaianLalu" };
  if (MONEY.test(leaf)) return { role: "pagu", scale: moneyScaleOf(rawAll) };
  if (INDIKATOR.test(leaf) || (pair && !TARGET.test(leaf))) return { role: "indikator", ...(pair ? { pair } : {}) };
  if (TARGET.test(leaf) || /^(capaian|kinerja)$/.test(leaf)) return { role: "target", ...(pair ? { pair } : {}) };
  if (NAMA.test(leaf)) return { role: "nama" };
  // A leaf that says nothing by itself ("2024") under a group that does ("Target", "Pagu Indikatif").
  if (MONEY.test(group) && !TARGET.test(group)) return { role: "pagu", scale: moneyScaleOf(rawAll) };
  if (TARGET.test(group)) return { role: "target", ...(pair ? { pair } : {}) };
  return {};
}

/**
 * A cheap test on a raw cell: could this be the "Kode" header of a table? Called on every cell of rows that pass
 * the string checks, so it only looks at short texts.
 */
export function isKodeHeaderCell(v: unknown): boolean {
  if (typeof v !== "string" || v.length > 40 || v.length < 4) return false;
  return /^\s*kode\b/i.test(v);
}

/** Header phrases a table's other columns use: a row with "Kode" and one of these heads a table. */
const HEADER_WORD = /\b(program|kegiatan|uraian|pagu|anggaran|indikator|tolok ukur|kebutuhan dana|target|nomenklatur)\b/i;

export function isHeaderPhraseCell(v: unknown): boolean {
  return typeof v === "string" && v.length <= 160 && HEADER_WORD.test(v);
}

/** Words a continuation row of a header block uses (group and leaf headers, quarters, years). */
const HEADER_CONTINUATION = /\b(kode|program|kegiatan|indikator|tolok|target|satuan|lokasi|pagu|dana|anggaran|rp|rencana|tahun|prakiraan|perkiraan|maju|triwulan|tw|k|i|ii|iii|iv|nasional|daerah|keterangan|catatan|capaian|keluaran|hasil|kinerja|prioritas|sasaran|kelompok|n|realisasi|urusan|bidang|sumber|kebutuhan|jumlah|volume|%)\b/i;

export function isHeaderContinuationCell(v: unknown): boolean {
  return typeof v === "string" && v.length <= 160 && (HEADER_CONTINUATION.test(v) || /^\s*(19|20)\d\d\s*$/.test(v));
}

/**
 * Tabel 2.1 (T-C.29, evaluasi): the Renstra target, realisasi up to n-3, target and realisasi of n-2 with their
 * tingkat, the target of the running year and the expected realisasi against the Renstra. Read when a block has
 * the words of an evaluation ("realisasi", "renstra") and no kode table's roles.
 */
export function meaningOf21(folded: string[]): HeaderMeaning {
  const all = folded.join(" | ");
  const leaf = folded[folded.length - 1] ?? "";
  const group = folded.slice(0, -1).join(" | ");
  if (!leaf) return {};
  if (/^(no|nomor|nomor urut|no urut)$/.test(leaf)) return { role: "no" };
  if (/\bkode\b/.test(all)) return {}; // Tabel 2.1 rows take their level from the numbering
  if (/\bpenanggung ?jawab\b/.test(all)) return { role: "penanggungJawab" };
  if (/^tingkat\b/.test(leaf)) return { role: /\b(renstra|capaian)\b/.test(leaf) ? "tingkatCapaianRenstra" : "tingkatRealisasi" };
  const sd = /\b(s d|sd|sampai|hingga)\b/;
  if (/\brealisasi capaian\b/.test(leaf) && sd.test(leaf) && /\b(berjalan|perkiraan|prakiraan)\b/.test(all)) return { role: "realisasiSdBerjalan" };
  if (/\brealisasi\b/.test(leaf) && sd.test(leaf)) return { role: "realisasiSdLalu" };
  if (/^target\b/.test(leaf) && /\brenstra\b/.test(leaf)) return { role: "targetRenstra" };
  if (/^target\b/.test(leaf)) return { role: /\brealisasi\b/.test(group) && !/\bberjalan\b/.test(leaf) ? "targetRenjaLalu" : "targetRenjaBerjalan" };
  if (/^realisasi\b/.test(leaf)) return { role: "realisasiRenjaLalu" };
  if (INDIKATOR.test(leaf)) return { role: "indikator" };
  if (NAMA.test(leaf)) return { role: "nama" };
  return {};
}

/**
 * Tabel 2.2 (T-C.30, kinerja pelayanan): the indikator, its SPM/standar nasional and IKK, then year columns under
 * three groups (Target Renstra, Realisasi Capaian, Proyeksi), which header-roles.ts numbers in column order.
 */
export function meaningOf22(folded: string[]): HeaderMeaning & { series?: "target" | "realisasi" | "proyeksi" } {
  const all = folded.join(" | ");
  const leaf = folded[folded.length - 1] ?? "";
  if (!leaf) return {};
  if (/^(no|nomor|nomor urut|no urut)$/.test(leaf)) return { role: "no" };
  if (/\b(spm|standar nasional|standar pelayanan)\b/.test(all)) return { role: "spm" };
  if (/\bikk\b/.test(all)) return { role: "ikk" };
  if (/\b(catatan|keterangan|analisis)\b/.test(leaf)) return { role: "catatan" };
  if (/\bproyeksi\b/.test(all)) return { series: "proyeksi" };
  if (/\brealisasi\b/.test(all)) return { series: "realisasi" };
  if (/\btarget\b/.test(all)) return { series: "target" };
  if (INDIKATOR.test(leaf)) return { role: "indikator" };
  return {};
}

/** A Tabel 2.1 header row without a column-number row: an indikator cell, a Renstra cell and a realisasi cell. */
const EVALUASI_WORD = /renstra|realisasi|indikator|rancangan|rkpd|kebutuhan/i;

/**
 * Header cells of the tables without kode, for blocks without a column-number row: 1 a Renstra target, 2 a
 * realisasi, 3 an indikator (Tabel 2.1 has all three); 4 the RKPD side, 5 the kebutuhan side (Tabel 2.3).
 */
export function isEvaluasiHeaderCell(v: string): 0 | 1 | 2 | 3 | 4 | 5 {
  // Called on every text cell of rows that are not headers: one test rejects nearly all of them.
  if (v.length > 160 || v.length < 4 || !EVALUASI_WORD.test(v)) return 0;
  if (/\brenstra\b/i.test(v) && /\btarget\b/i.test(v)) return 1;
  if (/\brealisasi\b/i.test(v)) return 2;
  if (/\bindikator\b/i.test(v)) return 3;
  if (/\b(rancangan awal|rkpd)\b/i.test(v)) return 4;
  if (/\b(hasil analisis kebutuhan|analisis kebutuhan)\b/i.test(v)) return 5;
  return 0;
}

/** Bits of isEvaluasiHeaderCell that make a header row: Tabel 2.1's three, or Tabel 2.3's two sides. */
export function isKodelessHeader(bits: number): boolean {
  return (bits & 0b1110) === 0b1110 || (bits & 0b110000) === 0b110000;
}
