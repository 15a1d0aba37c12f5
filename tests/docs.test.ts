// The docs name files relative to the project, never by a path of the machine they were written on.
import { readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..");
const SKIP = new Set(["node_modules", "dist", "test-output", "coverage", ".git"]);

function docs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (SKIP.has(name)) return [];
    return statSync(p).isDirectory() ? docs(p) : /\.(md|html)$/.test(name) ? [p] : [];
  });
}

test("no document names an absolute path of a machine", () => {
  const files = docs(ROOT);
  expect(files.map((f) => path.relative(ROOT, f))).toEqual(expect.arrayContaining(["README.md", path.join("seeds", "README.md")]));
  const hits = files.flatMap((f) =>
    readFileSync(f, "utf8")
      .split("\n")
      .map((line, i) => ({ line, at: `${path.relative(ROOT, f)}:${i + 1}` }))
      .filter(({ line }) => /(^|[\s`("'])(\/work\/|\/home\/|\/root\/|\/Users\/|[A-Z]:\\Users\\)/.test(line))
      .map(({ at }) => at),
  );
  expect(hits).toEqual([]);
});
