// Which nomenclature list the task pane validates with: the built-in one (a chunk of its own, fetched on the
// first validation), a list the user loaded with "Muat daftar nomenklatur" (read from the picked file in the
// pane; nothing is sent anywhere), or none.
import type { ValidateOptions } from "../renja/engine";
import { buildNomenklaturIndex, type NomenklaturIndex } from "../renja/nomenklatur";

export type NomenklaturSource = { kind: "bawaan" } | { kind: "berkas"; index: NomenklaturIndex } | { kind: "tanpa" };

let source: NomenklaturSource = { kind: "bawaan" };

export function nomenklaturSource(): NomenklaturSource {
  return source;
}

export function setNomenklaturSource(next: NomenklaturSource): void {
  source = next;
}

/** The built-in list, imported on first use (webpack makes it the "nomenklatur" chunk). */
export async function builtinNomenklaturIndex(): Promise<NomenklaturIndex> {
  try {
    const m = await import(/* webpackChunkName: "nomenklatur" */ "../renja/nomenklatur-bawaan");
    return m.builtinNomenklatur();
  } catch {
    throw new Error("Daftar nomenklatur bawaan tidak dapat dimuat. Periksa sambungan ke server add-in, lalu validasi lagi.");
  }
}

/** The engine options for the current source. */
export async function nomenklaturOptions(): Promise<ValidateOptions> {
  if (source.kind === "tanpa") return {};
  const index = source.kind === "berkas" ? source.index : await builtinNomenklaturIndex();
  return { nomenklatur: index, nomenklaturName: index.name };
}

/**
 * Reads a list the user picked (.xlsx bytes) into an index and makes it the source. The reader is its own chunk
 * too. Throws, in Bahasa Indonesia, when the file is not a nomenclature list; the source is then unchanged.
 */
export async function loadNomenklaturFile(bytes: Uint8Array, fileName: string): Promise<NomenklaturIndex> {
  const { readXlsxValues } = await import(/* webpackChunkName: "nomenklatur-berkas" */ "./xlsx-values");
  const { index, problems } = buildNomenklaturIndex(readXlsxValues(bytes), fileName);
  if (index.size === 0) throw new Error(`${fileName} bukan daftar nomenklatur Kepmendagri yang dikenali. ${problems.join(" ")}`.trim());
  source = { kind: "berkas", index };
  return index;
}

/** What the pane says about the list in use. */
export function describeNomenklatur(s: NomenklaturSource = source): string {
  if (s.kind === "tanpa") return "Pemeriksaan nomenklatur dimatikan.";
  if (s.kind === "berkas") return `Daftar nomenklatur: ${s.index.name}${s.index.tahun ? ` (pemutakhiran ${s.index.tahun})` : ""}, ${s.index.size} kode.`;
  return "Daftar nomenklatur: bawaan, Kepmendagri pemutakhiran 2027.";
}
