// The add-in as an agency deploys it: `npm run build` for a URL (the real npm script, its offline manifest check and
// its instructions), then the production bundle served by `npm run serve` over HTTPS on 127.0.0.1 with a
// certificate made at test time, loaded in Debian's Chromium from its own origin. Office.js is the only other origin
// the pages may reach: its request is answered by a stand-in (no network here) that says "this is Excel".
// Checked: the pages' CSP is in force, every request stays on the origin except Office.js, the cache headers, and the
// version in Bantuan. Screenshots: test-output/serve/ (git-ignored).
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { checkBuiltManifest, packageManifestVersion } from "../../scripts/manifest-check";
import { hasOpenssl, makeCert, ROOT, startServe, type ServeProcess } from "../helpers/serve";

const CHROMIUM = "/usr/bin/chromium";
const OUT = path.join(ROOT, "test-output", "serve");
const DIST = path.join(OUT, "dist");
const STAMP = path.join(OUT, "build.log"); // the last build's output; its mtime says when it ran
/** The URL the test build is made for (.test is reserved for testing); the pages are loaded from the local server. */
const ADDIN_URL = "https://renja.pemda.test/addin";
const OFFICE = "https://appsforoffice.microsoft.com";
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

function newestInput(): number {
  let newest = 0;
  const walk = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ["src", "assets", "scripts", "manifest.xml", "webpack.config.js", "tsconfig.json", "package.json", "package-lock.json"]) walk(path.join(ROOT, p));
  return newest;
}

/** `npm run build` for ADDIN_URL into test-output/serve/dist, unless the last one is newer than every input. */
function build(): { status: number; out: string } {
  if (existsSync(STAMP) && existsSync(path.join(DIST, "taskpane.html")) && statSync(STAMP).mtimeMs > newestInput()) {
    return { status: 0, out: readFileSync(STAMP, "utf8") };
  }
  const r = spawnSync("npm", ["run", "--silent", "build", "--", "--output-path", DIST], {
    cwd: ROOT,
    env: { ...process.env, RENJA_ADDIN_URL: ADDIN_URL },
    encoding: "utf8",
    timeout: 600_000,
  });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status === 0) writeFileSync(STAMP, out);
  return { status: r.status ?? -1, out };
}

/** Stands in for Office.js: the host is Excel, ExcelApi up to 1.7; no workbook call is made in this test. */
const OFFICE_STUB = `window.Office = {
  HostType: { Excel: "Excel" },
  onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; if (cb) cb(info); return Promise.resolve(info); },
  context: { requirements: { isSetSupported: function (n, v) { return n === "ExcelApi" && Number(String(v || "1.1").split(".")[1]) <= 7; } } },
  actions: { associate: function () {} }
};
window.Excel = { run: function () { return Promise.reject(new Error("tanpa Excel")); } };`;

const hasChromium = existsSync(CHROMIUM);
const canServe = hasOpenssl();
let built: { status: number; out: string };
let served: ServeProcess | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  built = build();
  if (built.status !== 0 || !hasChromium || !canServe) return;
  const cert = makeCert(OUT);
  served = await startServe(["--dir", DIST, "--port", "0", "--host", "127.0.0.1", "--cert", cert.certFile, "--key", cert.keyFile, "--quiet"]);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // The certificate is self-signed for this test only.
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--ignore-certificate-errors"],
  });
}, 660_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

const skipped = (): boolean => {
  if (hasChromium && canServe) return false;
  expect(process.env.CI === "true" || process.env.CI === "1").toBe(false);
  console.log(`skipped: ${hasChromium ? "openssl" : CHROMIUM} not installed`);
  return true;
};

describe("npm run build for a URL", () => {
  test("finishes, prints where dist/ goes and which manifest to hand out", () => {
    if (built.status !== 0) throw new Error(`npm run build exited with ${built.status}:\n${built.out.slice(-3000)}`);
    const rel = path.relative(ROOT, DIST);
    expect(built.out).toContain(`[renja] Build produksi siap: Renja ${VERSION} (manifest ${packageManifestVersion()}) untuk ${ADDIN_URL}`);
    expect(built.out).toContain(`  1. Salin seluruh isi ${rel}/ ke server HTTPS sehingga ${ADDIN_URL}/taskpane.html dapat dibuka`);
    expect(built.out).toContain(`  2. Bagikan ${rel}/manifest.xml (bukan manifest.xml di akar proyek)`);
  });

  test("the core task-pane bundle stays within 200 KiB gzip; the nomenclature list and the later sections are chunks of their own", () => {
    const files = readdirSync(DIST).filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));
    const core = files.filter((f) => f.startsWith("taskpane."));
    expect(core).toHaveLength(1);
    const bytes = readFileSync(path.join(DIST, core[0]));
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(200 * 1024);
    for (const chunk of ["nomenklatur.", "sisipkan.", "triwulan.", "grafik."]) expect(files.some((f) => f.startsWith(chunk))).toBe(true);
    // The list's data (9 205 rows) is not in the core: its first kode and name are only in the lazy chunk.
    expect(bytes.toString("utf8")).not.toContain("PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI");
  });

  test("the manifest it leaves passes the offline checks against the build itself", () => {
    expect(checkBuiltManifest(DIST, ADDIN_URL, packageManifestVersion()).problems).toEqual([]);
    const xml = readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(xml).not.toContain("https://localhost");
    expect(xml).toContain(`<SourceLocation DefaultValue="${ADDIN_URL}/taskpane.html"/>`);
  });
});

describe("the production bundle served by npm run serve, in Chromium", () => {
  /** Opens a page of the served bundle, recording requests, responses, page errors and console messages. */
  async function open(pagePath: string): Promise<{ page: Page; requests: string[]; blocked: string[]; headers: Map<string, Record<string, string>>; problems: string[] }> {
    if (!browser || !served) throw new Error(`not started: npm run build exited with ${built.status}`);
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    const requests: string[] = [];
    const blocked: string[] = [];
    const headers = new Map<string, Record<string, string>>();
    const problems: string[] = [];
    // A request the CSP blocks is reported too, but never leaves the browser: kept apart.
    page.on("request", (r) => requests.push(r.url()));
    page.on("requestfailed", (r) => {
      if (r.failure()?.errorText === "csp") {
        blocked.push(r.url());
        requests.splice(requests.lastIndexOf(r.url()), 1);
      }
    });
    page.on("response", (r) => headers.set(r.url(), r.headers()));
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    await page.route(`${OFFICE}/**`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB }));
    await page.goto(`${served!.origin}${pagePath}`);
    return { page, requests, blocked, headers, problems };
  }

  const foreign = (requests: string[], allowed: string[]): string[] => requests.filter((u) => ![served!.origin, ...allowed].includes(new URL(u).origin));

  test("the task pane loads from its own origin with its CSP, reaches nothing but Office.js, and shows its version in Bantuan", async () => {
    if (skipped()) return;
    const { page, requests, blocked, headers, problems } = await open("/taskpane.html?section=validasi");
    await page.getByRole("tab", { name: "Validasi Renja" }).waitFor();
    const bantuan = page.getByTestId("bantuan");
    await expect(bantuan.textContent()).resolves.toBe(`Bantuan · Renja versi ${VERSION}`);
    await expect(bantuan.getByRole("link", { name: "Bantuan" }).getAttribute("href")).resolves.toBe("bantuan.html");
    await page.screenshot({ path: path.join(OUT, "01-taskpane-360.png"), fullPage: true });

    // The CSP of the page is in force: a script from elsewhere is refused before any request is made.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain(`script-src 'self' ${OFFICE}`);
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener("securitypolicyviolation", (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`));
          const s = document.createElement("script");
          s.src = "https://cdn.lain.test/x.js";
          document.head.appendChild(s);
        }),
    );
    expect(violated).toBe("script-src-elem https://cdn.lain.test/x.js");
    for (let i = 0; i < 100 && blocked.length === 0; i++) await page.waitForTimeout(50); // the failure event follows the violation
    expect(blocked).toEqual(["https://cdn.lain.test/x.js"]);

    // Only its own origin, and Office.js once.
    expect(foreign(requests, [OFFICE])).toEqual([]);
    expect(requests.filter((u) => u.startsWith(OFFICE))).toEqual([`${OFFICE}/lib/1/hosted/office.js`]);
    const bundle = requests.find((u) => /\/taskpane\.[0-9a-f]{8}\.js$/.test(u));
    expect(bundle).toBeDefined();
    expect(new URL(bundle!).origin).toBe(served!.origin);
    // Cache headers as served: the page revalidated, the hashed bundle immutable.
    expect(headers.get(`${served!.origin}/taskpane.html?section=validasi`)?.["cache-control"]).toBe("no-cache");
    expect(headers.get(bundle!)?.["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(headers.get(bundle!)?.["content-type"]).toBe("text/javascript; charset=utf-8");
    // The refused script is the only console error.
    expect(problems.filter((p) => !p.includes("cdn.lain.test"))).toEqual([]);
    await page.close();
  });

  test("bantuan.html names the version and loads nothing from elsewhere; commands.html loads cleanly", async () => {
    if (skipped()) return;
    const help = await open("/bantuan.html");
    await expect(help.page.getByTestId("versi").textContent()).resolves.toBe(VERSION);
    await help.page.screenshot({ path: path.join(OUT, "02-bantuan.png"), fullPage: true });
    expect(foreign(help.requests, [])).toEqual([]);
    expect(help.problems).toEqual([]);
    await help.page.close();

    const commands = await open("/commands.html");
    await commands.page.waitForLoadState("load");
    expect(foreign(commands.requests, [OFFICE])).toEqual([]);
    expect(commands.requests.some((u) => /\/commands\.[0-9a-f]{8}\.js$/.test(u))).toBe(true);
    expect(commands.problems).toEqual([]);
    await commands.page.close();
  });
});
