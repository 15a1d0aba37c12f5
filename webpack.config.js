// Build of the Renja add-in (Office React task-pane template layout):
//   npm run build        production bundle in dist/ for RENJA_ADDIN_URL (required, https); the built manifest is
//                        checked offline and the build says where dist/ goes and which manifest to hand out
//   webpack --mode development   the same pages for https://localhost:3000 (no URL needed)
//   npm run dev-server   https://localhost:3000 with office-addin-dev-certs (http when certificates are unavailable)
//   npm run preview      the task pane over the in-memory Excel host (webpack serve --env preview)
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { DEV_URL, addinUrl, manifestVersion, productionManifest, withVersion } = require("./scripts/deployment");
const pkg = require("./package.json");

/** The version the pane shows in Bantuan and the manifest carries (0.1.0 → 0.1.0.0). */
const VERSION = pkg.version;
const MANIFEST_VERSION = manifestVersion(VERSION);

const OFFICE_JS = "https://appsforoffice.microsoft.com";
/**
 * Strict Content-Security-Policy for every page: scripts only from the add-in and Office.js's CDN, no eval.
 * Styles allow inline <style> because Fluent UI (Griffel) inserts its CSS rules at run time.
 */
function csp({ office }) {
  const scripts = office ? `'self' ${OFFICE_JS}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${office ? ` ${OFFICE_JS}` : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** HyperFormula (GPL) is a test-only formula evaluator: fail any bundle that pulls it in. */
class ForbidModulesPlugin {
  constructor(patterns) {
    this.patterns = patterns;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("ForbidModulesPlugin", (compilation) => {
      compilation.hooks.finishModules.tap("ForbidModulesPlugin", (modules) => {
        const found = [...modules].map((m) => m.resource || "").filter((r) => this.patterns.some((p) => p.test(r)));
        if (found.length > 0) {
          compilation.errors.push(new Error(`Forbidden module in the bundle (HyperFormula is for tests only): ${found[0]} and ${found.length - 1} more`));
        }
      });
    });
  }
}

/**
 * The offline checks are the TypeScript module `npm run validate` and the tests use: tsx compiles it for webpack;
 * under jest (which compiles TypeScript itself and owns `require`) it is required directly.
 */
function manifestCheck() {
  // jest hands every module it loads a `jest` variable; a child process a test starts has none.
  if (typeof jest !== "undefined") return require("./scripts/manifest-check.ts");
  return require("tsx/cjs/api").require("./scripts/manifest-check.ts", __filename);
}

/**
 * After a production build: checks dist/manifest.xml offline (https URLs under the add-in's URL or its AppDomains,
 * icons in the output at the sizes named, the pages present, the version set) and fails the build on a problem;
 * otherwise says where dist/ goes and which manifest to hand out.
 */
class DeploymentCheckPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("DeploymentCheckPlugin", (compilation) => {
      if (compilation.errors.length > 0) return;
      const { checkBuiltManifest } = manifestCheck();
      const { problems } = checkBuiltManifest(compiler.outputPath, this.url, MANIFEST_VERSION);
      for (const p of problems) compilation.errors.push(new Error(`[renja] dist/manifest.xml: ${p}`));
    });
    compiler.hooks.afterDone.tap("DeploymentCheckPlugin", (stats) => {
      // afterDone: after webpack-cli has printed its stats, so these lines come last.
      if (stats.hasErrors()) return;
      const rel = path.relative(process.cwd(), compiler.outputPath);
      const out = !rel ? "." : rel.startsWith("..") ? compiler.outputPath : rel;
      const manifest = path.join(out, "manifest.xml");
      console.log(
        [
          "",
          `[renja] Build produksi siap: Renja ${VERSION} (manifest ${MANIFEST_VERSION}) untuk ${this.url}`,
          `  1. Salin seluruh isi ${out}/ ke server HTTPS sehingga ${this.url}/taskpane.html dapat dibuka`,
          "     (nginx/IIS/Apache, atau `npm run serve -- --cert … --key …` di server itu).",
          `  2. Bagikan ${manifest} (bukan manifest.xml di akar proyek): Microsoft 365 admin center → Integrated apps,`,
          "     folder katalog bersama, atau Unggah Add-in Saya di Excel di web.",
          '  Rincian: README, bagian "Memasang untuk instansi".',
          `[renja] Production build ready: copy ${out}/ to ${this.url}/ and hand out ${manifest} (README: "Deploying for an agency").`,
        ].join("\n"),
      );
    });
  }
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const o = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
  } catch (err) {
    console.warn(
      "[renja] Sertifikat pengembangan tidak tersedia (" + String(err && err.message ? err.message : err).trim() + "); server berjalan dengan http.\n" +
        "[renja] Development certificates unavailable; serving over http (Office needs https: run `npx office-addin-dev-certs install`).",
    );
    return { type: "http" };
  }
}

function tsRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        // Only the files the bundle imports (tests and the CLI are checked by `tsc --noEmit`).
        onlyCompileBundledFiles: true,
        compilerOptions: { module: "esnext", noEmit: false, sourceMap: true },
      },
    },
  };
}

function common(dev) {
  return {
    devtool: "source-map", // never eval: the pages' CSP forbids it
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // Lazy chunks (the built-in nomenclature list, the list file reader) named like the entries.
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule()] },
    performance: { hints: false }, // measured by `npm run size`
  };
}

/**
 * @param dev development mode (manifest keeps the dev server's URL)
 * @param url production: the add-in's URL (RENJA_ADDIN_URL, checked)
 */
function addinConfig(dev, url, devServerOptions) {
  return {
    ...common(dev),
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    plugins: [
      new ForbidModulesPlugin([/[\\/]node_modules[\\/]hyperformula[\\/]/]),
      new DefinePlugin({ __RENJA_VERSION__: JSON.stringify(VERSION) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { csp: csp({ office: true }) },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { csp: csp({ office: true }) },
      }),
      new HtmlWebpackPlugin({
        filename: "bantuan.html",
        template: "./src/taskpane/bantuan.html",
        chunks: [],
        templateParameters: { csp: csp({ office: false }), version: VERSION },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              const xml = content.toString();
              return dev ? withVersion(xml, MANIFEST_VERSION) : productionManifest(xml, url, MANIFEST_VERSION);
            },
          },
        ],
      }),
      ...(dev ? [] : [new DeploymentCheckPlugin(url)]),
    ],
    devServer: devServerOptions && {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devServerOptions,
      host: "localhost",
      static: false,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: true,
    },
  };
}

function previewConfig(dev) {
  const data = path.resolve(__dirname, "dist", "preview-data");
  require("fs").mkdirSync(data, { recursive: true });
  return {
    ...common(dev),
    output: { ...common(dev).output, path: path.resolve(__dirname, "dist", "preview") },
    entry: { preview: "./src/preview/index.tsx" },
    plugins: [
      new ForbidModulesPlugin([/[\\/]node_modules[\\/]hyperformula[\\/]/]),
      new DefinePlugin({ __RENJA_VERSION__: JSON.stringify(VERSION) }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        templateParameters: { csp: csp({ office: false }) },
      }),
    ],
    devServer: {
      // The sample grid is generated by scripts/seed-to-grid.ts into dist/preview-data (not part of the bundle).
      static: [{ directory: data, publicPath: "/data" }],
      host: "localhost",
      port: Number(process.env.RENJA_PREVIEW_PORT || 3001),
      hot: true,
    },
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  if (env && env.preview) return previewConfig(dev);
  const serving = Boolean(env && env.WEBPACK_SERVE);
  if (dev) return addinConfig(dev, DEV_URL, serving ? await httpsOptions() : undefined);
  // A production manifest must point at the agency's own https server: no default that would reach nobody.
  const checked = addinUrl(process.env.RENJA_ADDIN_URL);
  if ("error" in checked) {
    // From webpack-cli (its argv carries env): the message alone and exit 1, no stack trace. Called from code: throw.
    if (options && options.env) {
      console.error(`[renja] ${checked.error}`);
      process.exit(1);
    }
    throw new Error(checked.error);
  }
  return addinConfig(dev, checked.url, serving ? await httpsOptions() : undefined);
};
