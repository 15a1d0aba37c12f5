// `npm run licenses`: the packages that end up in the production add-in bundle, with their licenses.
// Walks `dependencies` (and installed optionalDependencies) transitively from package.json — devDependencies
// are never followed, so test-only packages (HyperFormula, GPL) are out. When dist/ holds source maps of a
// production build, the packages really bundled are read from them and listed too.
// Exit 1 on strong or library copyleft (GPL, AGPL, LGPL) in any production package (bundled or CLI-only);
// weak copyleft (MPL, EPL, CDDL) is reported but allowed, since it covers only the files of that package, which
// are shipped unmodified. "A OR B" counts as its most permissive choice (jszip: MIT OR GPL-3.0 → MIT).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface Pkg {
  name: string;
  version: string;
  license: string;
  dir: string;
}

const root = path.resolve(__dirname, "..");

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

/** node's resolution: node_modules next to the requiring package, then up the tree. */
function resolvePackage(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name, "package.json");
    if (existsSync(candidate)) return path.dirname(candidate);
    if (dir === path.dirname(dir) || dir.length < root.length) return undefined;
  }
}

function licenseOf(pj: Record<string, unknown>): string {
  const l = pj.license;
  if (typeof l === "string") return l;
  if (l && typeof l === "object" && "type" in l) return String((l as { type: unknown }).type);
  if (Array.isArray(pj.licenses)) return pj.licenses.map((x: { type?: string }) => x.type ?? "?").join(" OR ");
  return "UNKNOWN";
}

/** Transitive production dependencies of the project. */
export function productionPackages(): { packages: Map<string, Pkg>; missing: string[] } {
  const top = readJson(path.join(root, "package.json"));
  const packages = new Map<string, Pkg>();
  const missing: string[] = [];
  const queue: { name: string; from: string; optional: boolean }[] = Object.keys((top.dependencies as Record<string, string>) ?? {}).map((name) => ({ name, from: root, optional: false }));
  while (queue.length > 0) {
    const { name, from, optional } = queue.shift() as (typeof queue)[number];
    const dir = resolvePackage(name, from);
    if (!dir) {
      if (!optional) missing.push(name);
      continue;
    }
    if (packages.has(dir)) continue;
    const pj = readJson(path.join(dir, "package.json"));
    packages.set(dir, { name, version: String(pj.version ?? "?"), license: licenseOf(pj), dir });
    for (const dep of Object.keys((pj.dependencies as Record<string, string>) ?? {})) queue.push({ name: dep, from: dir, optional: false });
    for (const dep of Object.keys((pj.optionalDependencies as Record<string, string>) ?? {})) queue.push({ name: dep, from: dir, optional: true });
  }
  return { packages, missing };
}

/** Package names found in the source maps of dist/ (what webpack really put in the bundle). */
export function bundledPackages(): Set<string> | undefined {
  const dist = path.join(root, "dist");
  if (!existsSync(dist)) return undefined;
  const maps = readdirSync(dist).filter((f) => f.endsWith(".js.map"));
  if (maps.length === 0) return undefined;
  const names = new Set<string>();
  for (const m of maps) {
    const sources = (readJson(path.join(dist, m)).sources as string[] | undefined) ?? [];
    for (const s of sources) {
      const at = s.lastIndexOf("node_modules/");
      if (at < 0) continue;
      const rest = s.slice(at + "node_modules/".length).split("/");
      names.add(rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]);
    }
  }
  return names;
}

export type Verdict = "ok" | "weak-copyleft" | "copyleft" | "unknown";

/** Classifies an SPDX expression: with "OR" the most permissive choice counts, with "AND" the strictest. */
export function classify(license: string): Verdict {
  const rank: Record<Verdict, number> = { ok: 0, unknown: 1, "weak-copyleft": 2, copyleft: 3 };
  const one = (id: string): Verdict => {
    const t = id.replace(/[()]/g, "").trim();
    if (/^(UNKNOWN|UNLICENSED|SEE LICENSE IN .*)$/i.test(t) || t === "") return "unknown";
    if (/\b(A?GPL|LGPL)\b|^(A|L)?GPL-|^GPL/i.test(t)) return "copyleft";
    if (/^(MPL|EPL|CDDL)\b/i.test(t)) return "weak-copyleft";
    return "ok";
  };
  const alternatives = license.split(/\s+OR\s+/i).map((alt) => alt.split(/\s+AND\s+/i).map(one).reduce((a, b) => (rank[a] >= rank[b] ? a : b), "ok" as Verdict));
  return alternatives.reduce((a, b) => (rank[a] <= rank[b] ? a : b));
}

function main(): number {
  const { packages, missing } = productionPackages();
  const bundled = bundledPackages();
  const byName = new Map<string, Pkg[]>();
  for (const p of packages.values()) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  const names = [...byName.keys()].sort();

  console.log(`Paket produksi (dependencies dari package.json, transitif): ${packages.size} (${names.length} nama)`);
  if (bundled) console.log(`Paket di bundel dist/ (dari source map): ${bundled.size}`);
  else console.log("dist/ tanpa source map: daftar bundel tidak tersedia, hanya daftar dependencies.");
  const counts = new Map<string, number>();
  const problems: string[] = [];
  const weak: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    for (const p of byName.get(name) ?? []) {
      const v = classify(p.license);
      counts.set(p.license, (counts.get(p.license) ?? 0) + 1);
      const inBundle = bundled ? (bundled.has(name) ? "bundel" : "-") : "";
      console.log(`${v === "ok" ? "  " : v === "weak-copyleft" ? "~ " : "! "}${name}@${p.version}  ${p.license}${inBundle ? `  ${inBundle}` : ""}`);
      const label = `${name}@${p.version} (${p.license}${bundled && !bundled.has(name) ? ", tidak di bundel" : ""})`;
      if (v === "copyleft") problems.push(label);
      if (v === "weak-copyleft") weak.push(label);
      if (v === "unknown") unknown.push(label);
    }
  }
  // Bundled code that the dependency walk did not find (e.g. a devDependency imported by the add-in).
  const stray = bundled ? [...bundled].filter((n) => !byName.has(n)) : [];
  for (const n of stray) {
    const dir = resolvePackage(n, root);
    const license = dir ? licenseOf(readJson(path.join(dir, "package.json"))) : "UNKNOWN";
    console.log(`? ${n}  ${license}  di bundel tetapi bukan dependencies produksi`);
    if (classify(license) === "copyleft") problems.push(`${n} (${license}, di bundel)`);
    if (classify(license) === "unknown") unknown.push(`${n} (${license}, di bundel)`);
  }
  console.log("\nLisensi: " + [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(", "));
  if (missing.length > 0) console.log(`Tidak terpasang: ${missing.join(", ")} (jalankan npm ci)`);
  if (weak.length > 0) console.log(`Copyleft lemah (dilaporkan, diizinkan): ${weak.join(", ")}`);
  // No license field: reported for a manual look, not a failure (the text may sit in a README).
  if (unknown.length > 0) console.log(`Lisensi tidak tercantum di package.json (periksa manual): ${unknown.join(", ")}`);
  if (problems.length > 0) {
    console.log(`GAGAL: lisensi copyleft (GPL/AGPL/LGPL) pada paket produksi: ${problems.join(", ")}`);
    return 1;
  }
  console.log("OK: tidak ada lisensi copyleft (GPL/AGPL/LGPL) pada paket produksi.");
  return 0;
}

if (require.main === module) process.exitCode = main();
