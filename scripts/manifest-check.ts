// Offline checks of manifest.xml (Microsoft's validation service needs the network): a minimal XML reader
// and the rules this add-in's manifest must keep. Used by tests/manifest.test.ts and `npm run validate`.
import * as fs from "fs";
import * as path from "path";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "&") {
      out += s[i];
      continue;
    }
    const end = s.indexOf(";", i);
    const name = end > i ? s.slice(i + 1, end) : "";
    if (name.startsWith("#x")) out += String.fromCodePoint(parseInt(name.slice(2), 16));
    else if (name.startsWith("#")) out += String.fromCodePoint(parseInt(name.slice(1), 10));
    else if (name in ENTITIES) out += ENTITIES[name];
    else throw new Error(`Unknown XML entity &${name};`);
    i = end;
  }
  return out;
}

const isSpace = (c: string): boolean => c === " " || c === "\n" || c === "\r" || c === "\t";
const isNameChar = (c: string): boolean => !isSpace(c) && c !== "/" && c !== ">" && c !== "=" && c !== undefined;

/** Parses well-formed XML (elements, attributes, text, comments, declarations); throws on malformed input. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const expect = (s: string): void => {
    if (!xml.startsWith(s, i)) throw new Error(`XML: expected "${s}" at ${i}`);
    i += s.length;
  };
  while (i < xml.length) {
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i);
      if (end < 0) throw new Error("XML: unterminated comment");
      i = end + 3;
    } else if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i);
      if (end < 0) throw new Error("XML: unterminated declaration");
      i = end + 2;
    } else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end < 0 || stack.length === 0) throw new Error("XML: bad CDATA");
      stack[stack.length - 1].text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith("</", i)) {
      i += 2;
      let name = "";
      while (isNameChar(xml[i])) name += xml[i++];
      while (isSpace(xml[i])) i++;
      expect(">");
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`XML: </${name}> does not close <${open?.name ?? ""}>`);
      if (stack.length === 0) root = open;
    } else if (xml[i] === "<") {
      i++;
      let name = "";
      while (isNameChar(xml[i])) name += xml[i++];
      if (!name) throw new Error(`XML: empty tag name at ${i}`);
      const el: XmlElement = { name, attrs: {}, children: [], text: "" };
      for (;;) {
        while (isSpace(xml[i])) i++;
        if (xml[i] === ">" || xml.startsWith("/>", i)) break;
        let attr = "";
        while (isNameChar(xml[i])) attr += xml[i++];
        while (isSpace(xml[i])) i++;
        expect("=");
        while (isSpace(xml[i])) i++;
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") throw new Error(`XML: unquoted attribute ${attr}`);
        const end = xml.indexOf(quote, i + 1);
        if (end < 0) throw new Error(`XML: unterminated attribute ${attr}`);
        if (attr in el.attrs) throw new Error(`XML: duplicate attribute ${attr} on <${name}>`);
        el.attrs[attr] = decode(xml.slice(i + 1, end));
        i = end + 1;
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) throw new Error("XML: more than one root element");
      if (xml.startsWith("/>", i)) {
        i += 2;
        if (stack.length === 0) root = el;
      } else {
        i++;
        stack.push(el);
      }
    } else {
      const end = xml.indexOf("<", i);
      const text = xml.slice(i, end < 0 ? xml.length : end);
      if (stack.length > 0) stack[stack.length - 1].text += decode(text);
      else if (text.trim()) throw new Error("XML: text outside the root element");
      i = end < 0 ? xml.length : end;
    }
  }
  if (stack.length > 0) throw new Error(`XML: <${stack[stack.length - 1].name}> is not closed`);
  if (!root) throw new Error("XML: no root element");
  return root;
}

/** Every element below (and including) `el`, depth first. */
export function descendants(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(descendants)];
}

const local = (name: string): string => name.slice(name.indexOf(":") + 1);
export const byName = (el: XmlElement, name: string): XmlElement[] => descendants(el).filter((e) => local(e.name) === name);

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || signature.some((x, k) => b[k] !== x) || b.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

export interface ManifestFacts {
  requirements: { name: string; minVersion: string }[];
  /** Ribbon buttons: label text → resolved action URL or function name. */
  buttons: { id: string; label: string; action: string; target: string }[];
  urls: string[];
  /** The top-level <Version>. */
  version: string;
}

/** Where the resid of each referencing element must be defined (manifest schema). */
const RESOURCE_KIND: Record<string, "Images" | "Urls" | "ShortStrings" | "LongStrings"> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
const MAX_LENGTH = { ShortStrings: 125, LongStrings: 250 };

export interface ManifestCheckOptions {
  /**
   * The add-in's URL (no trailing slash): every URL must lie under it or at an origin listed in <AppDomains>, and
   * files are looked up under `root` by their path below it. Without it, files are looked up by URL path.
   */
  base?: string;
  /** The <Version> the manifest must carry. */
  version?: string;
  /** Also require every page the manifest names (task pane, function file, help) to exist under `root`. */
  pages?: boolean;
}

/** Four numbers at most, each of at most five digits (the manifest schema's version type). */
const VERSION_FORM = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/;

/**
 * Checks the manifest text; returns the problems found (empty when it is fine) and facts for tests.
 * @param root where the files the URLs name are looked up (the repository root for icons, or a built dist/).
 * @param commandsSource source of the function file, to match ExecuteFunction names.
 */
export function checkManifestXml(xml: string, root: string, commandsSource: string, options: ManifestCheckOptions = {}): { problems: string[]; facts: ManifestFacts } {
  const problems: string[] = [];
  const doc = parseXml(xml);
  const facts: ManifestFacts = { requirements: [], buttons: [], urls: [], version: "" };

  const versions = byName(doc, "Version").filter((v) => v.children.length === 0);
  facts.version = versions.length === 1 ? versions[0].text.trim() : "";
  if (versions.length !== 1) problems.push(`<Version> must appear exactly once (found ${versions.length})`);
  else if (!VERSION_FORM.test(facts.version)) problems.push(`<Version> "${facts.version}" is not a version of up to four numbers`);
  else if (options.version !== undefined && facts.version !== options.version) problems.push(`<Version> is ${facts.version}, package.json says ${options.version}`);

  if (local(doc.name) !== "OfficeApp" || doc.attrs["xsi:type"] !== "TaskPaneApp") problems.push("root must be <OfficeApp xsi:type=\"TaskPaneApp\">");
  const hosts = byName(doc, "Host").filter((h) => h.attrs.Name !== undefined).map((h) => h.attrs.Name);
  if (hosts.join() !== "Workbook") problems.push(`Hosts must be exactly Workbook (found ${hosts.join(", ")})`);
  const permissions = byName(doc, "Permissions").map((p) => p.text.trim());
  if (permissions.join() !== "ReadWriteDocument") problems.push(`Permissions must be ReadWriteDocument (found ${permissions.join(", ")})`);

  const requirements = byName(doc, "Requirements");
  facts.requirements = requirements.flatMap((r) => byName(r, "Set")).map((s) => ({ name: s.attrs.Name, minVersion: s.attrs.MinVersion }));
  if (facts.requirements.length !== 1 || facts.requirements[0].name !== "ExcelApi" || facts.requirements[0].minVersion !== "1.7") {
    problems.push(`Requirements must be exactly ExcelApi 1.7 (found ${facts.requirements.map((r) => `${r.name} ${r.minVersion}`).join(", ") || "none"})`);
  }

  // Resources by kind.
  const resources = new Map<string, { kind: string; value: string; el: XmlElement }>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
    for (const group of byName(doc, kind)) {
      for (const r of group.children) {
        const id = r.attrs.id;
        if (!id) continue;
        if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
        resources.set(id, { kind, value: r.attrs.DefaultValue ?? "", el: r });
        if (kind === "ShortStrings" || kind === "LongStrings") {
          if (!r.attrs.DefaultValue) problems.push(`string "${id}" has no DefaultValue`);
          else if (r.attrs.DefaultValue.length > MAX_LENGTH[kind]) problems.push(`string "${id}" is longer than ${MAX_LENGTH[kind]} characters`);
        }
      }
    }
  }
  for (const el of descendants(doc)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const want = RESOURCE_KIND[local(el.name)];
    const got = resources.get(resid);
    if (!got) problems.push(`resid "${resid}" (<${el.name}>) is not defined in Resources`);
    else if (want && got.kind !== want) problems.push(`resid "${resid}" of <${el.name}> must be in ${want}, is in ${got.kind}`);
  }

  // URLs: all https; icons exist with their declared size.
  const urls: string[] = [];
  for (const el of descendants(doc)) {
    for (const [k, v] of Object.entries(el.attrs)) if (k !== "xmlns" && !k.startsWith("xmlns:") && v.includes("://")) urls.push(v);
    if (el.children.length === 0 && el.text.includes("://")) urls.push(el.text.trim());
  }
  facts.urls = urls;
  for (const u of urls) if (!u.startsWith("https://")) problems.push(`URL is not https: ${u}`);
  const appDomains = new Set(
    byName(doc, "AppDomain").flatMap((d) => {
      try {
        return [new URL(d.text.trim()).origin];
      } catch {
        problems.push(`<AppDomain> is not a URL: ${d.text.trim()}`);
        return [];
      }
    }),
  );
  const base = options.base;
  /** The file a URL names under root, or undefined when it lies outside the add-in's URL. */
  const fileFor = (url: string): string | undefined => {
    const u = new URL(url);
    if (base === undefined) return path.join(root, decodeURIComponent(u.pathname));
    const below = `${u.origin}${u.pathname}`;
    return below.startsWith(`${base}/`) ? path.join(root, decodeURIComponent(below.slice(base.length + 1))) : undefined;
  };
  if (base !== undefined) {
    for (const u of urls) {
      let file: string | undefined;
      try {
        file = fileFor(u);
      } catch {
        problems.push(`bad URL ${u}`);
        continue;
      }
      if (file === undefined && !appDomains.has(new URL(u).origin)) problems.push(`URL is neither under the add-in's URL ${base}/ nor in <AppDomains>: ${u}`);
      if (options.pages && file !== undefined && /\.html$/.test(file) && !fs.existsSync(file)) problems.push(`page ${path.relative(root, file)} named by ${u} does not exist`);
    }
  }
  const checkIcon = (url: string, size: number, what: string): void => {
    let file: string | undefined;
    try {
      file = fileFor(url);
    } catch {
      problems.push(`${what}: bad URL ${url}`);
      return;
    }
    if (file === undefined) return;
    if (!fs.existsSync(file)) {
      problems.push(`${what}: ${path.relative(root, file)} does not exist`);
      return;
    }
    try {
      const s = pngSize(file);
      if (s.width !== size || s.height !== size) problems.push(`${what}: ${path.relative(root, file)} is ${s.width}×${s.height}, declared ${size}×${size}`);
    } catch (e) {
      problems.push(`${what}: ${(e as Error).message}`);
    }
  };
  for (const img of byName(doc, "Image")) {
    if (img.attrs.size === undefined || img.attrs.resid === undefined) continue;
    const r = resources.get(img.attrs.resid);
    if (r) checkIcon(r.value, Number(img.attrs.size), `icon ${img.attrs.resid}`);
  }
  for (const [name, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
    const el = byName(doc, name)[0];
    if (!el) problems.push(`<${name}> is missing`);
    else checkIcon(el.attrs.DefaultValue, size, name);
  }

  // Buttons and their actions; ExecuteFunction names must be registered by the function file.
  for (const control of byName(doc, "Control")) {
    const label = resources.get(byName(control, "Label")[0]?.attrs.resid ?? "")?.value ?? "";
    const action = byName(control, "Action")[0];
    const type = action?.attrs["xsi:type"] ?? "";
    let target = "";
    if (type === "ShowTaskpane") target = resources.get(byName(action, "SourceLocation")[0]?.attrs.resid ?? "")?.value ?? "";
    else if (type === "ExecuteFunction") {
      target = byName(action, "FunctionName")[0]?.text.trim() ?? "";
      if (!commandsSource.includes(`Office.actions.associate("${target}"`)) problems.push(`ExecuteFunction "${target}" is not registered with Office.actions.associate in the function file`);
    } else problems.push(`control ${control.attrs.id} has no supported action`);
    facts.buttons.push({ id: control.attrs.id, label, action: type, target });
  }
  const ids = descendants(doc).filter((e) => ["Control", "Group"].includes(local(e.name))).map((e) => e.attrs.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`control id "${id}" is used twice`);
  return { problems, facts };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS module webpack.config.js shares
const deployment = require("./deployment") as { DEV_URL: string; manifestVersion(v: string): string };

const REPO = path.join(__dirname, "..");
const commandsSource = (): string => fs.readFileSync(path.join(REPO, "src", "commands", "commands.ts"), "utf8");

/** The version package.json gives the manifest (0.1.0 → 0.1.0.0). */
export function packageManifestVersion(root = REPO): string {
  return deployment.manifestVersion((JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version);
}

/** The repository's manifest.xml: URLs on the dev server, icons under assets/, version from package.json. */
export function checkManifestFile(root: string): { problems: string[]; facts: ManifestFacts } {
  const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  return checkManifestXml(xml, root, commandsSource(), { base: deployment.DEV_URL, version: packageManifestVersion(root) });
}

/**
 * A built dist/manifest.xml, as handed out: every URL https and under `url` (or an AppDomain), the icons in `dist`
 * at the sizes named, the pages present, the version `version`.
 */
export function checkBuiltManifest(dist: string, url: string, version: string): { problems: string[]; facts: ManifestFacts } {
  const file = path.join(dist, "manifest.xml");
  if (!fs.existsSync(file)) return { problems: [`${file} does not exist`], facts: { requirements: [], buttons: [], urls: [], version: "" } };
  return checkManifestXml(fs.readFileSync(file, "utf8"), dist, commandsSource(), { base: url, version, pages: true });
}
