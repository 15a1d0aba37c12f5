// `npm run serve`: serves a built dist/ over HTTPS for an agency without another web server.
//   npm run serve -- --cert /etc/ssl/renja.crt --key /etc/ssl/renja.key --port 443
//   npm run serve                      (a trial on https://localhost:8443 with the office-addin-dev-certs certificate)
import { Command } from "commander";
import * as fs from "fs";
import type { AddressInfo } from "net";
import * as path from "path";
import { createStaticServer } from "./static-server";

const REPO = path.join(__dirname, "..");

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The task pane's URL the manifest in `dir` names (where planners' Excel will look), if it can be read. */
function manifestTarget(dir: string): string | undefined {
  const xml = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
  return /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
}

async function devCertificate(): Promise<{ cert: string | Buffer; key: string | Buffer }> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional: only for a trial without a certificate
    const devCerts = require("office-addin-dev-certs") as { getHttpsServerOptions(): Promise<{ cert: string | Buffer; key: string | Buffer }> };
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    return fail(
      `Sertifikat pengembangan tidak tersedia (${(e as Error).message}). Berikan sertifikat server: --cert FILE --key FILE.\n` +
        "Development certificate unavailable; pass the server's certificate with --cert FILE --key FILE.",
    );
  }
}

async function main(): Promise<void> {
  const program = new Command()
    .name("npm run serve --")
    .description("Melayani isi dist/ lewat HTTPS (berkas statis saja). / Serves dist/ over HTTPS (static files only).")
    .option("--dir <DIR>", "folder build produksi / the production build", path.join(REPO, "dist"))
    .option("--port <PORT>", "port HTTPS", "8443")
    .option("--host <HOST>", "alamat yang didengarkan / address to listen on (default: 0.0.0.0 with --cert, localhost without)")
    .option("--cert <FILE>", "sertifikat server (PEM, dengan rantai CA) / server certificate chain (PEM)")
    .option("--key <FILE>", "kunci privat sertifikat (PEM) / its private key (PEM)")
    .option("--quiet", "tanpa log akses / no access log")
    .option("--stop-after <SECONDS>", "berhenti sendiri setelah sekian detik (uji coba, tes) / stop by itself after this long")
    .parse(process.argv);
  const o = program.opts<{ dir: string; port: string; host?: string; cert?: string; key?: string; quiet?: boolean; stopAfter?: string }>();

  const dir = path.resolve(o.dir);
  if (!fs.existsSync(path.join(dir, "taskpane.html")) || !fs.existsSync(path.join(dir, "manifest.xml"))) {
    fail(
      `${dir} belum berisi build produksi (taskpane.html dan manifest.xml). Jalankan dahulu: RENJA_ADDIN_URL=https://… npm run build\n` +
        `${dir} holds no production build; run RENJA_ADDIN_URL=https://… npm run build first.`,
    );
  }
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Port tidak sah / invalid port: ${o.port}`);
  const stopAfter = o.stopAfter === undefined ? undefined : Number(o.stopAfter);
  if (stopAfter !== undefined && !(stopAfter > 0)) fail(`--stop-after tidak sah / invalid: ${o.stopAfter}`);
  if (Boolean(o.cert) !== Boolean(o.key)) fail("Berikan --cert dan --key bersama-sama. / Pass --cert and --key together.");

  let tls: { cert: string | Buffer; key: string | Buffer };
  if (o.cert && o.key) {
    const read = (file: string, what: string): Buffer => {
      try {
        return fs.readFileSync(file);
      } catch (e) {
        return fail(`${what} tidak dapat dibaca / cannot be read: ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
    };
    tls = { cert: read(o.cert, "Sertifikat"), key: read(o.key, "Kunci privat") };
  } else {
    console.log("Tanpa --cert/--key: sertifikat pengembangan office-addin-dev-certs (hanya untuk uji coba di komputer ini).");
    tls = await devCertificate();
  }
  const host = o.host ?? (o.cert ? "0.0.0.0" : "localhost");

  let server;
  try {
    server = createStaticServer({ dir, ...tls, log: o.quiet ? undefined : (line) => console.log(line) });
  } catch (e) {
    return fail(`Sertifikat atau kunci tidak sah / invalid certificate or key: ${(e as Error).message}`);
  }
  server.on("error", (e: NodeJS.ErrnoException) =>
    fail(e.code === "EADDRINUSE" ? `Port ${port} sudah dipakai / is in use.` : e.code === "EACCES" ? `Tidak berhak membuka port ${port} / not allowed to listen on port ${port}.` : e.message),
  );
  server.listen(port, host, () => {
    const actual = (server.address() as AddressInfo).port;
    const shown = host === "0.0.0.0" || host === "::" ? "<nama-server>" : host.includes(":") ? `[${host}]` : host;
    const target = manifestTarget(dir);
    console.log(
      `Renja dilayani dari ${dir} di https://${shown}:${actual}/ (Ctrl+C untuk berhenti). / Serving ${dir} on https://${shown}:${actual}/` +
        (target ? `\nmanifest.xml menunjuk ke / points at: ${target}` : ""),
    );
  });
  const stop = (): void => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  if (stopAfter !== undefined) setTimeout(stop, stopAfter * 1000).unref();
}

void main();
