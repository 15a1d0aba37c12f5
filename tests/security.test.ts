// What the add-in's code may never do: evaluate strings as code, inject HTML, or load from anywhere but itself
// and Office.js. Checked on the sources of everything that ships, and on the pages' Content-Security-Policy.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const SHIPPED = ["src/renja", "src/excel", "src/taskpane", "src/commands"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|html)$/.test(name) ? [p] : [];
  });
}

const sources = SHIPPED.flatMap((d) => files(path.join(ROOT, d)));

test.each([
  ["eval(", /\beval\s*\(/],
  ["new Function", /\bnew\s+Function\s*\(/],
  ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
  ["innerHTML", /\.innerHTML\s*=/],
  ["document.write", /document\.write\s*\(/],
  ["fetch or XMLHttpRequest", /\bfetch\s*\(|XMLHttpRequest/],
])("no %s in the add-in's sources", (_name, pattern) => {
  expect(sources.length).toBeGreaterThan(30);
  const hits = sources.filter((f) => pattern.test(readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));
  expect(hits).toEqual([]);
});

test("the pages carry a Content-Security-Policy without unsafe-eval, scripts only from itself and Office.js", () => {
  const pages = ["src/taskpane/taskpane.html", "src/commands/commands.html"].map((p) => readFileSync(path.join(ROOT, p), "utf8"));
  for (const page of pages) expect(page).toMatch(/http-equiv="Content-Security-Policy"/);
  // The policy text is built in webpack.config.js; evaluate the function's output through the config module.
  const config = readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
  const body = /function csp\(\{ office \}\) \{([\s\S]*?)\n\}/.exec(config)?.[1] ?? "";
  expect(body).toContain("script-src");
  expect(body).not.toMatch(/unsafe-eval/);
  expect(body).toMatch(/object-src 'none'/);
  expect(body).toMatch(/default-src 'self'/);
  expect(config).not.toMatch(/devtool:\s*"eval/);
});

test("HyperFormula (GPL) is imported by tests only, never by shipped code", () => {
  const imports = /from\s+["']hyperformula["']|require\(["']hyperformula/;
  // The pattern does find the test-only import, so an empty result below means something.
  expect(imports.test(readFileSync(path.join(ROOT, "tests/helpers/hyperformula-evaluator.ts"), "utf8"))).toBe(true);
  const hits = sources.filter((f) => imports.test(readFileSync(f, "utf8")));
  expect(hits.map((f) => path.relative(ROOT, f))).toEqual([]);
});
