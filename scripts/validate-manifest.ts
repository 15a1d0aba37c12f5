// `npm run validate`: the offline checks of manifest.xml, then Microsoft's validation service when reachable.
import { spawnSync } from "child_process";
import * as path from "path";
import { checkManifestFile } from "./manifest-check";

const root = path.join(__dirname, "..");
const { problems } = checkManifestFile(root);
if (problems.length > 0) {
  console.error("manifest.xml tidak lolos pemeriksaan / failed the offline checks:");
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log("manifest.xml lolos pemeriksaan offline / passed the offline checks.");

const online = spawnSync("npx", ["--no-install", "office-addin-manifest", "validate", "manifest.xml"], { cwd: root, encoding: "utf8" });
const out = `${online.stdout ?? ""}${online.stderr ?? ""}`;
if (/Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED/.test(out)) {
  console.log(
    "Layanan validasi Microsoft tidak dapat dihubungi (tanpa internet); hanya pemeriksaan offline yang dijalankan.\n" +
      "Microsoft's validation service is unreachable (offline); only the offline checks ran.",
  );
  process.exit(0);
}
process.stdout.write(out);
process.exit(online.status ?? 1);
