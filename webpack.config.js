// Build of the Renja add-in (Office React task-pane template layout):
//   npm run build        production bundle in dist/ (manifest copied with the production URL)
//   npm run dev-server   https://localhost:3000 with office-addin-dev-certs (http when certificates are unavailable)
//   npm run preview      the task pane over the in-memory Excel host (webpack serve --env preview)
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000";
/** Where the add-in is deployed (https, no trailing slash); set RENJA_ADDIN_URL for a real deployment. */
const urlProd = (process.env.RENJA_ADDIN_URL || "https://renja-addin.example.org").replace(/\/+$/, "");
if (!urlProd.startsWith("https://")) throw new Error(`RENJA_ADDIN_URL must be an https URL (Office requires https): ${urlProd}`);

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
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule()] },
    performance: { hints: false }, // measured by `npm run size`
  };
}

function addinConfig(dev, devServerOptions) {
  return {
    ...common(dev),
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    plugins: [
      new ForbidModulesPlugin([/[\\/]node_modules[\\/]hyperformula[\\/]/]),
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
        templateParameters: { csp: csp({ office: false }) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
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
  if (!dev && !process.env.RENJA_ADDIN_URL) {
    console.warn(`[renja] RENJA_ADDIN_URL is not set: dist/manifest.xml points at ${urlProd}`);
  }
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return addinConfig(dev, serving ? await httpsOptions() : undefined);
};
