// The triwulan profile as a planner types it, read the same way by the task pane and the command line:
// "25%" (each quarter), "25,25,25,25", "25;25;25;25", "6;20,8;39,8;33,4", "6 / 20,8 / 39,8 / 33,4",
// "25% 25% 25% 25%", or four separate fields. Four non-negative percentages summing to 100.
import { parseAngka } from "./angka";
import { profileWeights, TriwulanError } from "./triwulan";

export type ProfileParse = { ok: true; profile: number[] } | { ok: false; message: string };

/** Four typed shares ("20,8", "20.8" and "39,8 %" all read); the sum and signs checked as the generator needs. */
export function parseProfileParts(texts: readonly string[]): ProfileParse {
  if (texts.length !== 4) return { ok: false, message: `Profil triwulan harus berisi 4 persentase, bukan ${texts.length}.` };
  const profile: number[] = [];
  for (let i = 0; i < 4; i++) {
    const t = texts[i].trim();
    if (t === "") return { ok: false, message: `Persentase triwulan ${i + 1} belum diisi.` };
    const p = parseAngka(t);
    if (!p.ok) return { ok: false, message: `Persentase triwulan ${i + 1} ("${t}") bukan angka${p.message ? `: ${p.message}` : "."}` };
    profile.push(p.value);
  }
  try {
    profileWeights(profile);
  } catch (e) {
    if (e instanceof TriwulanError) return { ok: false, message: e.message };
    throw e;
  }
  return { ok: true, profile };
}

/**
 * A whole profile in one text. With ";" or "/" between the shares a decimal comma is free ("6;20,8;39,8;33,4");
 * with "," between them decimals take a point ("6,20.8,39.8,33.4"). One share alone applies to every quarter.
 */
export function splitProfileText(text: string): string[] {
  const t = text.trim().replace(/\s+%/g, "%");
  if (t === "") return [];
  let parts: string[];
  if (t.includes(";")) parts = t.split(";");
  else if (t.includes("/")) parts = t.split("/");
  else if (/\s/.test(t)) parts = t.split(/\s+/);
  else if (t.includes(",")) parts = t.split(",");
  else parts = [t];
  parts = parts.map((p) => p.trim());
  return parts.length === 1 ? [parts[0], parts[0], parts[0], parts[0]] : parts;
}

export function parseProfileText(text: string): ProfileParse {
  const parts = splitProfileText(text);
  if (parts.length === 0) return { ok: false, message: "Profil triwulan belum diisi." };
  return parseProfileParts(parts);
}

/**
 * The pane's four fields: a whole profile typed or pasted into one field with the others empty ("25%",
 * "6;20,8;39,8;33,4") reads as the command line's --profile does; otherwise one share per field.
 */
export function parseProfileFields(texts: readonly string[]): ProfileParse {
  const filled = texts.filter((t) => t.trim() !== "");
  if (filled.length === 1 && texts.length === 4) return parseProfileText(filled[0]);
  return parseProfileParts(texts);
}
