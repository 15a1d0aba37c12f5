// What a deployment of the add-in is made of, shared by webpack.config.js, `npm version`, the build check and tests:
// the https URL where dist/ is hosted (RENJA_ADDIN_URL) and the manifest version taken from package.json.
"use strict";

/** The dev server's URL: what manifest.xml in the repository points at. */
const DEV_URL = "https://localhost:3000";

const HOW =
  "Contoh / example:\n" +
  "  RENJA_ADDIN_URL=https://renja.namadaerah.go.id npm run build\n" +
  "Untuk mencoba tanpa server, pakai `npm run dev-server` atau `npm run preview`.";

/**
 * Checks RENJA_ADDIN_URL for a production build: an https URL without query, fragment or credentials, not an
 * example domain. Returns the URL without a trailing slash, or an error in Bahasa Indonesia (with an English line).
 * @param {string | undefined} raw
 * @returns {{ url: string } | { error: string }}
 */
function addinUrl(raw) {
  const value = (raw ?? "").trim();
  if (!value) {
    return {
      error:
        "RENJA_ADDIN_URL belum diisi: build produksi harus tahu alamat HTTPS tempat isi dist/ dipasang.\n" +
        "RENJA_ADDIN_URL is not set: a production build needs the https URL where dist/ will be hosted.\n" +
        HOW,
    };
  }
  let u;
  try {
    u = new URL(value);
  } catch {
    return { error: `RENJA_ADDIN_URL bukan alamat yang sah / is not a valid URL: ${value}\n${HOW}` };
  }
  if (u.protocol !== "https:") {
    return {
      error:
        `RENJA_ADDIN_URL harus berawalan https:// karena Office hanya memuat add-in lewat HTTPS: ${value}\n` +
        `RENJA_ADDIN_URL must be an https URL (Office loads add-ins over HTTPS only).\n${HOW}`,
    };
  }
  if (u.search || u.hash || u.username || u.password || value.includes("?") || value.includes("#")) {
    return { error: `RENJA_ADDIN_URL tidak boleh memuat ?…, #… atau nama pengguna/sandi / must not carry a query, fragment or credentials: ${value}` };
  }
  // RFC 2606 example domains: a manifest pointing there reaches nobody.
  if (/(^|\.)example(\.(com|org|net))?$/.test(u.hostname)) {
    return { error: `RENJA_ADDIN_URL masih alamat contoh (${u.hostname}); isi dengan alamat server instansi Anda / is still an example domain.\n${HOW}` };
  }
  return { url: u.origin + u.pathname.replace(/\/+$/, "") };
}

/**
 * The manifest's <Version> from package.json's: "0.1.0" → "0.1.0.0" (Office wants up to four numbers of at most
 * five digits). A pre-release ("0.2.0-beta.1") has no such form and is refused.
 * @param {string} version
 * @returns {string}
 */
function manifestVersion(version) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(version);
  if (!m) {
    throw new Error(
      `Versi package.json "${version}" tidak dapat menjadi versi manifest (tiga angka, mis. 0.1.0 → 0.1.0.0). / ` +
        `package.json version "${version}" cannot become a manifest version (three numbers, e.g. 0.1.0 → 0.1.0.0).`,
    );
  }
  return [m[1], m[2], m[3], "0"].map(Number).join(".");
}

/**
 * Sets the manifest's top-level <Version> (there is exactly one).
 * @param {string} xml
 * @param {string} version four-part manifest version
 */
function withVersion(xml, version) {
  const re = /<Version>[^<]*<\/Version>/g;
  const found = xml.match(re) ?? [];
  if (found.length !== 1) throw new Error(`manifest.xml must hold exactly one <Version> (found ${found.length})`);
  return xml.replace(re, `<Version>${version}</Version>`);
}

/**
 * The manifest handed out for a deployment: every dev-server URL replaced by the add-in's URL, version set.
 * @param {string} xml manifest.xml of the repository
 * @param {string} url result of addinUrl
 * @param {string} version four-part manifest version
 */
function productionManifest(xml, url, version) {
  if (!xml.includes(DEV_URL)) throw new Error(`manifest.xml no longer points at ${DEV_URL}; the production URL cannot be set`);
  return withVersion(xml.split(DEV_URL).join(url), version);
}

module.exports = { DEV_URL, addinUrl, manifestVersion, withVersion, productionManifest };
