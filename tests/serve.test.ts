// `npm run serve`: the files of a built dist/ over HTTPS and nothing else. A dist/ and a certificate are made at test
// time; the server listens on 127.0.0.1 only and is closed at the end.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "fs";
import * as https from "https";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import * as path from "path";
import { createStaticServer } from "../scripts/static-server";
import { hasOpenssl, makeCert, ROOT, serveRefuses, startServe, type TestCert } from "./helpers/serve";

const available = hasOpenssl();
const work = mkdtempSync(path.join(tmpdir(), "renja-serve-"));
const dist = path.join(work, "dist");
const SECRET = "RAHASIA-DI-LUAR-DIST";
let cert: TestCert;
let server: https.Server | undefined;
let origin = "";

beforeAll(async () => {
  if (!available) return;
  cert = makeCert(work);
  mkdirSync(path.join(dist, "assets"), { recursive: true });
  writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html><title>Renja</title>");
  writeFileSync(path.join(dist, "taskpane.1a2b3c4d.js"), "console.log(1);");
  writeFileSync(path.join(dist, "taskpane.1a2b3c4d.js.map"), "{}");
  writeFileSync(path.join(dist, "manifest.xml"), '<?xml version="1.0"?><OfficeApp><DefaultSettings><SourceLocation DefaultValue="https://127.0.0.1/taskpane.html"/></DefaultSettings></OfficeApp>');
  copyFileSync(path.join(ROOT, "assets", "icon-16.png"), path.join(dist, "assets", "icon-16.png"));
  writeFileSync(path.join(dist, ".built"), "stamp");
  writeFileSync(path.join(work, "rahasia.txt"), SECRET);
  symlinkSync(path.join(work, "rahasia.txt"), path.join(dist, "keluar.txt"));
  server = createStaticServer({ dir: dist, cert: cert.cert, key: cert.key });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(work, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the raw path as given (no normalisation), the test certificate trusted. */
function request(at: string, rawPath: string, method = "GET", headers: Record<string, string> = {}): Promise<Reply> {
  const u = new URL(at);
  return new Promise((resolve, reject) => {
    const req = https.request({ host: u.hostname, port: u.port, path: rawPath, method, headers, ca: cert.cert, agent: false, timeout: 10_000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

const skipped = (): boolean => {
  if (available) return false;
  expect(process.env.CI === "true" || process.env.CI === "1").toBe(false);
  console.log("skipped: openssl not installed");
  return true;
};

describe("the static server", () => {
  test.each([
    ["/taskpane.html", "text/html; charset=utf-8", "no-cache"],
    ["/taskpane.html?section=validasi", "text/html; charset=utf-8", "no-cache"],
    ["/manifest.xml", "application/xml; charset=utf-8", "no-cache"],
    ["/assets/icon-16.png", "image/png", "no-cache"],
    ["/taskpane.1a2b3c4d.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"],
    ["/taskpane.1a2b3c4d.js.map", "application/json; charset=utf-8", "public, max-age=31536000, immutable"],
  ])("GET %s: 200, %s, Cache-Control %s", async (p, type, cache) => {
    if (skipped()) return;
    const r = await request(origin, p);
    expect([r.status, r.headers["content-type"], r.headers["cache-control"], r.headers["x-content-type-options"]]).toEqual([200, type, cache, "nosniff"]);
    expect(r.headers["access-control-allow-origin"]).toBeUndefined();
  });

  test("the body is the file; HEAD sends the headers only; a matching ETag gets 304", async () => {
    if (skipped()) return;
    const get = await request(origin, "/taskpane.1a2b3c4d.js");
    expect(get.body).toBe("console.log(1);");
    expect(get.headers["content-length"]).toBe("15");
    const head = await request(origin, "/taskpane.1a2b3c4d.js", "HEAD");
    expect([head.status, head.body, head.headers["content-length"], head.headers.etag]).toEqual([200, "", "15", get.headers.etag]);
    const again = await request(origin, "/taskpane.html", "GET", { "If-None-Match": String((await request(origin, "/taskpane.html")).headers.etag) });
    expect([again.status, again.body]).toEqual([304, ""]);
  });

  test.each([
    ["/", 404],
    ["/assets", 404],
    ["/assets/", 404],
    ["/tidak-ada.js", 404],
    ["/.built", 404],
    ["/keluar.txt", 404],
    ["/../rahasia.txt", 400],
    ["/assets/../../rahasia.txt", 400],
    ["/%2e%2e/rahasia.txt", 400],
    ["/assets/.%2e/.%2E/rahasia.txt", 400],
    ["/..%2frahasia.txt", 400],
    ["/assets%2f..%2f..%2frahasia.txt", 400],
    ["/..%5crahasia.txt", 400],
    ["/taskpane.html%00.png", 400],
    ["/%zz", 400],
  ])("GET %s is refused with %i, never a listing nor a file outside dist/", async (p, status) => {
    if (skipped()) return;
    const r = await request(origin, p);
    expect(r.status).toBe(status);
    expect(r.body).toBe(status === 404 ? "Tidak ditemukan.\n" : "Permintaan tidak sah.\n");
    expect(r.headers["content-type"]).toBe("text/plain; charset=utf-8");
  });

  test.each(["POST", "PUT", "DELETE", "OPTIONS"])("%s is refused with 405, Allow: GET, HEAD", async (method) => {
    if (skipped()) return;
    const r = await request(origin, "/taskpane.html", method);
    expect([r.status, r.headers.allow, r.body]).toEqual([405, "GET, HEAD", "Metode tidak diizinkan.\n"]);
  });
});

describe("npm run serve", () => {
  test("serves a directory on the port and certificate given, names the manifest's URL, stops on SIGTERM", async () => {
    if (skipped()) return;
    const s = await startServe(["--dir", dist, "--port", "0", "--host", "127.0.0.1", "--cert", cert.certFile, "--key", cert.keyFile]);
    try {
      expect(s.output()).toContain(`Renja dilayani dari ${dist} di ${s.origin}/`);
      expect(s.output()).toContain("manifest.xml menunjuk ke / points at: https://127.0.0.1/taskpane.html");
      const r = await request(s.origin, "/taskpane.html");
      expect([r.status, r.body]).toEqual([200, "<!doctype html><title>Renja</title>"]);
      expect((await request(s.origin, "/../rahasia.txt")).status).toBe(400);
      // The access log: one line per request (written by the other process: wait for it, boundedly).
      for (let i = 0; i < 100 && !/Z 400 GET/.test(s.output()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(s.output()).toMatch(/Z 200 GET \/taskpane\.html\n/);
      expect(s.output()).toMatch(/Z 400 GET \/\.\.\/rahasia\.txt\n/);
    } finally {
      await s.stop();
    }
  });

  test("--stop-after: the server stops by itself (exit 0)", async () => {
    if (skipped()) return;
    const s = await startServe(["--dir", dist, "--port", "0", "--host", "127.0.0.1", "--cert", cert.certFile, "--key", cert.keyFile, "--quiet", "--stop-after", "1"]);
    const bounded = new Promise<string>((resolve) => setTimeout(() => resolve("still running after 30 s"), 30_000).unref());
    try {
      await expect(Promise.race([s.exited, bounded])).resolves.toBe(0);
    } finally {
      await s.stop();
    }
  });

  test.each([
    ["a directory without a build", ["--dir", path.join(ROOT, "tidak-ada")], "belum berisi build produksi"],
    ["a certificate without its key", ["--cert", "x.crt"], "Berikan --cert dan --key bersama-sama."],
    ["an unreadable certificate", ["--cert", "tidak-ada.crt", "--key", "tidak-ada.key"], "Sertifikat tidak dapat dibaca / cannot be read: tidak-ada.crt (ENOENT)"],
    ["a port out of range", ["--port", "70000"], "Port tidak sah / invalid port: 70000"],
  ])("refuses %s: exit 2 and the reason", (_name, args, message) => {
    if (skipped()) return;
    const dirArgs = args.includes("--dir") ? [] : ["--dir", dist];
    const r = serveRefuses([...dirArgs, ...args]);
    expect(r.status).toBe(2);
    expect(r.out).toContain(message);
  });
});
