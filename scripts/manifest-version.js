// `npm version …` runs this (package.json "version" script): manifest.xml's <Version> follows package.json's
// (0.2.0 → 0.2.0.0), so the admin center accepts the new manifest as an update (it must carry a higher version).
"use strict";
const fs = require("fs");
const path = require("path");
const { manifestVersion, withVersion } = require("./deployment");

const root = path.join(__dirname, "..");
const file = path.join(root, "manifest.xml");
const version = manifestVersion(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version);
fs.writeFileSync(file, withVersion(fs.readFileSync(file, "utf8"), version));
console.log(`manifest.xml: <Version>${version}</Version>`);
