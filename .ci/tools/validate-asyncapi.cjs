// Validates AsyncAPI documents with the AsyncAPI Initiative's own parser; fails on any error diagnostic.
// Usage: node .ci/tools/validate-asyncapi.cjs <file>...
"use strict";
const fs = require("fs");
const { Parser } = require("@asyncapi/parser");

const SEVERITY = ["error", "warning", "info", "hint"];

async function validate(file) {
  const { document, diagnostics } = await new Parser().parse(fs.readFileSync(file, "utf8"), { source: file });
  diagnostics.forEach((d) => console.log(`${file}: ${SEVERITY[d.severity]} ${d.code} at ${d.path.join(".")}: ${d.message}`));
  const errors = diagnostics.filter((d) => d.severity === 0).length;
  const warnings = diagnostics.filter((d) => d.severity === 1).length;
  console.log(`${file}: AsyncAPI ${document ? document.version() : "?"}, ${errors} errors, ${warnings} warnings`);
  return document !== undefined && errors === 0;
}

(async () => {
  let ok = true;
  for (const file of process.argv.slice(2)) ok = (await validate(file)) && ok;
  process.exit(ok ? 0 : 1);
})();
