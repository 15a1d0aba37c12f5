// Lint of the add-in code (Office React template conventions): typescript-eslint's recommended rules plus
// eslint-plugin-office-addins' Office.js rules as errors (load before read, no context.sync in loops, …).
// Formatting is not linted (the team does not use prettier). The engine (src/renja) is linted by its owners.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const OFFICE_RULES = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts", "src/preview/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" } },
    rules: {
      ...OFFICE_RULES,
      "no-eval": "error",
      "@typescript-eslint/triple-slash-reference": "off", // `/// <reference types="office-js" />` is how the Office types come in
    },
  },
  {
    // The fake Excel API implements the proxies the rules reason about; its own getters are not client code.
    files: ["src/excel/memory/**/*.ts"],
    rules: Object.fromEntries(Object.keys(OFFICE_RULES).map((r) => [r, "off"])),
  },
  {
    files: ["scripts/**/*.js", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["scripts/**/*.ts"],
    languageOptions: { globals: globals.node },
  },
);
