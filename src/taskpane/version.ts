// The add-in's version (package.json), set at build time by webpack's DefinePlugin; shown in the pane's Bantuan line
// so a planner can tell IT staff which version runs. Outside a webpack build (tests) it reads "pengembangan".
declare const __RENJA_VERSION__: string | undefined;

export const RENJA_VERSION: string = typeof __RENJA_VERSION__ === "string" ? __RENJA_VERSION__ : "pengembangan";
