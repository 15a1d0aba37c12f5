// xl/workbook.xml and its relationships: the sheets in workbook order (name, visibility, part), and where the
// shared strings and styles are. Defined names and everything else stay unread: never expanded.
import { InputError } from "../errors";
import { parsePart } from "./xml-stream";
import { UNREADABLE, type ZipPackage } from "./zip";
import type { SheetVisibility } from "../../renja/grid";

export interface SheetRef {
  name: string;
  visibility: SheetVisibility;
  /** Worksheet part path ("xl/worksheets/sheet1.xml"); undefined for a chart sheet or a dangling relationship. */
  part?: string;
  /** True when the relationship names a worksheet (not a chartsheet or dialog sheet). */
  worksheet: boolean;
}

export interface WorkbookPart {
  /** The workbook part's own path (normally xl/workbook.xml). */
  part: string;
  sheets: SheetRef[];
  sharedStrings?: string;
  styles?: string;
}

/** Resolves a relationship target against the folder of the part that owns it ("/xl/x.xml" is absolute). */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = ownerPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

async function readRels(zip: ZipPackage, ownerPart: string): Promise<Map<string, { type: string; target: string; external: boolean }>> {
  const rels = new Map<string, { type: string; target: string; external: boolean }>();
  const entry = zip.entry(relsPartOf(ownerPart));
  if (!entry) return rels;
  await parsePart(zip, entry, {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target !== undefined) rels.set(a.Id, { type: a.Type ?? "", target: a.Target, external: a.TargetMode === "External" });
    },
  });
  return rels;
}

export async function readWorkbookPart(zip: ZipPackage): Promise<WorkbookPart> {
  // The package root relationship names the workbook part; xl/workbook.xml is what every Excel writes.
  let part = "xl/workbook.xml";
  const root = await readRels(zip, "");
  for (const r of root.values()) if (r.type.endsWith("/officeDocument") && !r.external) part = resolveTarget("", r.target);
  const entry = zip.entry(part) ?? zip.entry("xl/workbook.xml");
  if (!entry) throw new InputError(`${UNREADABLE} karena bagian xl/workbook.xml tidak ada (bukan workbook Excel): ${zip.path}`);
  part = entry.name;
  const rels = await readRels(zip, part);
  const sheets: SheetRef[] = [];
  await parsePart(zip, entry, {
    open(name, a) {
      if (name !== "sheet") return;
      const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
      const rel = rid ? rels.get(rid) : undefined;
      const state = a.state === "hidden" ? "hidden" : a.state === "veryHidden" ? "veryHidden" : "visible";
      const worksheet = rel ? rel.type.endsWith("/worksheet") : false;
      sheets.push({ name: a.name ?? "", visibility: state, part: rel && !rel.external ? resolveTarget(part, rel.target) : undefined, worksheet });
    },
  });
  let sharedStrings: string | undefined;
  let styles: string | undefined;
  for (const r of rels.values()) {
    if (r.external) continue;
    if (r.type.endsWith("/sharedStrings")) sharedStrings = resolveTarget(part, r.target);
    else if (r.type.endsWith("/styles")) styles = resolveTarget(part, r.target);
  }
  return { part, sheets, sharedStrings, styles };
}

/**
 * Sheet names as Excel compares them: case-insensitively, character by character (simple case folding), so
 * "Renja" and "RENJA" collide while "Straße" and "STRASSE" do not ("ß" has no single-letter capital).
 */
export function sheetNameKey(name: string): string {
  let out = "";
  for (const ch of name) {
    const up = ch.toUpperCase();
    out += up.length === ch.length ? up : ch;
  }
  return out;
}
