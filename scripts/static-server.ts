// The static HTTPS server behind `npm run serve`: the files of a built dist/ and nothing else. GET and HEAD only,
// no directory listing, no dotfiles, nothing outside the directory (".." segments, encoded slashes, symbolic links
// leading out), and the MIME types and cache headers of README's nginx example.
import * as fs from "fs";
import * as https from "https";
import type { IncomingMessage, ServerResponse } from "http";
import * as path from "path";

export const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Bundles carry a content hash in their name (taskpane.1a2b3c4d.js): they never change, so they are cached a year. */
const HASHED = /\.[0-9a-f]{8}\.js(\.map)?$/;

/** Hashed bundles: a year, immutable. Pages, the manifest and icons: revalidated on every load (ETag → 304). */
export function cacheControl(file: string): string {
  return HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache";
}

export type Resolved = { file: string } | { status: 400 | 404 };

/**
 * The file a request path names under `root`, or why it is refused: 400 for a path that tries to leave the
 * directory or is malformed, 404 for anything that is not a regular file inside it (directories included).
 * @param root real path of the served directory
 */
export function resolveRequest(root: string, url: string): Resolved {
  const raw = url.split("?")[0].split("#")[0];
  if (!raw.startsWith("/")) return { status: 400 };
  const segments: string[] = [];
  for (const part of raw.slice(1).split("/")) {
    let s: string;
    try {
      s = decodeURIComponent(part);
    } catch {
      return { status: 400 };
    }
    // An encoded separator or NUL, or a step up: never part of a real file's URL.
    if (s.includes("/") || s.includes("\\") || s.includes("\0") || s === "..") return { status: 400 };
    if (s === "" || s === ".") continue;
    if (s.startsWith(".")) return { status: 404 }; // dotfiles (.built, .git…) are not served
    segments.push(s);
  }
  if (segments.length === 0) return { status: 404 };
  const candidate = path.join(root, ...segments);
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return { status: 404 };
  }
  // A symbolic link inside the directory must not lead out of it.
  if (!real.startsWith(root + path.sep)) return { status: 404 };
  return fs.statSync(real).isFile() ? { file: real } : { status: 404 };
}

const TEXT: Record<number, string> = { 400: "Permintaan tidak sah.", 404: "Tidak ditemukan.", 405: "Metode tidak diizinkan." };

export interface StaticServerOptions {
  /** The directory served (a built dist/). */
  dir: string;
  cert: string | Buffer;
  key: string | Buffer;
  /** Called once per request with its outcome (for the access log). */
  log?: (line: string) => void;
}

export function createStaticServer({ dir, cert, key, log }: StaticServerOptions): https.Server {
  const root = fs.realpathSync(dir);
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const done = (status: number): void => log?.(`${new Date().toISOString()} ${status} ${req.method} ${req.url}`);
    const refuse = (status: number, headers: Record<string, string> = {}): void => {
      const body = `${TEXT[status] ?? ""}\n`;
      res.writeHead(status, { "Content-Type": MIME[".txt"], "Content-Length": Buffer.byteLength(body), "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
      done(status);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return refuse(405, { Allow: "GET, HEAD" });
    const r = resolveRequest(root, req.url ?? "/");
    if ("status" in r) return refuse(r.status);
    const st = fs.statSync(r.file);
    const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
    const headers: Record<string, string | number> = {
      "Content-Type": MIME[path.extname(r.file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": cacheControl(r.file),
      ETag: etag,
      "Last-Modified": st.mtime.toUTCString(),
      "X-Content-Type-Options": "nosniff",
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      res.end();
      return done(304);
    }
    res.writeHead(200, { ...headers, "Content-Length": st.size });
    if (req.method === "HEAD") {
      res.end();
      return done(200);
    }
    fs.createReadStream(r.file)
      .on("error", () => res.destroy())
      .pipe(res);
    done(200);
  };
  return https.createServer({ cert, key }, handle);
}
