// `npm start` / `npm stop`: sideload and debug in desktop Excel via office-addin-debugging where Excel exists
// (Windows, macOS). It is fetched on demand because it cannot be installed on Linux; there we explain instead.
"use strict";
const { spawnSync } = require("child_process");

const command = process.argv[2] === "stop" ? "stop" : "start";
if (process.platform !== "win32" && process.platform !== "darwin") {
  console.log(
    [
      "Excel desktop tidak tersedia di sistem ini, jadi add-in tidak dapat dipasang otomatis.",
      "  1. Jalankan `npm run dev-server` (https://localhost:3000), lalu pasang manifest.xml secara manual:",
      "     Excel di web → Beranda → Add-in → Add-in Saya → Unggah Add-in Saya → pilih manifest.xml.",
      "  2. Atau lihat panel tugas tanpa Excel: `npm run preview` (buku kerja contoh di memori).",
      "",
      "Desktop Excel is not available here, so the add-in cannot be sideloaded automatically.",
      "  1. Run `npm run dev-server` (https://localhost:3000), then sideload manifest.xml by hand:",
      "     Excel on the web → Home → Add-ins → My Add-ins → Upload My Add-in → choose manifest.xml.",
      "  2. Or try the task pane without Excel: `npm run preview` (sample workbook in memory).",
    ].join("\n"),
  );
  process.exit(0);
}
spawnSync("npx", ["--no-install", "office-addin-usage-data", "off"], { stdio: "ignore", shell: process.platform === "win32" });
const run = spawnSync("npx", ["--yes", "office-addin-debugging", command, "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
process.exit(run.status ?? 1);
