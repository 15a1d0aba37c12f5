// For the tests of `npm run serve`: a self-signed certificate for 127.0.0.1 made with openssl at test time, and the
// real `npm run serve` in its own process group, stopped by its id (bounded: it is killed if it does not start).
import { spawn, spawnSync, type ChildProcess } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");

export interface TestCert {
  cert: Buffer;
  key: Buffer;
  certFile: string;
  keyFile: string;
}

export const hasOpenssl = (): boolean => spawnSync("openssl", ["version"], { encoding: "utf8" }).status === 0;

/** A throw-away certificate for 127.0.0.1 and localhost, valid one day, in `dir`. */
export function makeCert(dir: string): TestCert {
  const certFile = path.join(dir, "uji.crt");
  const keyFile = path.join(dir, "uji.key");
  const r = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyFile, "-out", certFile, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
  return { cert: readFileSync(certFile), key: readFileSync(keyFile), certFile, keyFile };
}

export interface ServeProcess {
  origin: string;
  output: () => string;
  stop: () => Promise<void>;
  /** Resolves with the exit code when the server process ends. */
  exited: Promise<number | null>;
}

/** Runs `npm run serve -- …args` and waits (at most `timeoutMs`) for the line naming its URL. */
export function startServe(args: string[], timeoutMs = 60_000): Promise<ServeProcess> {
  // --stop-after: the server stops by itself even if the test runner dies before stopping it.
  const stopAfter = args.includes("--stop-after") ? [] : ["--stop-after", "900"];
  const child: ChildProcess = spawn("npm", ["run", "--silent", "serve", "--", ...args, ...stopAfter], { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let out = "";
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      try {
        process.kill(-child.pid!, "SIGTERM"); // the npm process group this test started, by its id
      } catch {
        resolve();
      }
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop().then(() => reject(new Error(`npm run serve did not start within ${timeoutMs} ms:\n${out}`)));
    }, timeoutMs);
    const onData = (b: Buffer): void => {
      out += b.toString();
      const m = /di https:\/\/(127\.0\.0\.1:\d+)\/.*\n(manifest.*\n)?/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ origin: `https://${m[1]}`, output: () => out, stop, exited });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run serve exited with ${code}:\n${out}`));
    });
  });
}

/** Runs `npm run serve -- …args` expecting it to refuse: its exit code and output. */
export function serveRefuses(args: string[]): { status: number | null; out: string } {
  const r = spawnSync("npm", ["run", "--silent", "serve", "--", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
