// The JSON Schemas in schemas/ against the same cases as tests/schema_cases.rs (where
// folio-cli's checks must agree), and against every file of the sample and fixture trees.
// Run: node tests/schemas.mjs
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// IRIs are checked by Folio's own URL rules; the schemas only describe them.
ajv.addFormat("iri", true);
ajv.addFormat("iri-reference", true);
const validators = Object.fromEntries(
  ["site", "index", "article"].map((name) => [
    name,
    ajv.compile(JSON.parse(readFileSync(join(root, `schemas/${name}.schema.json`), "utf8"))),
  ]),
);

const failures = [];
const cases = JSON.parse(readFileSync(join(root, "tests/fixtures/schema-cases.json"), "utf8"));
for (const c of cases) {
  const valid = validators[c.file](c.doc);
  if (valid !== c.valid) failures.push(`${c.file}: ${c.why}: schema says ${valid ? "valid" : "invalid"}`);
}

/** Every content file of a tree, with the schema it follows. */
function* files(dir, rel = "") {
  for (const name of readdirSync(join(dir, rel))) {
    const path = join(rel, name);
    if (statSync(join(dir, path)).isDirectory()) yield* files(dir, path);
    else if (path === "site.json") yield [path, "site"];
    else if (/^[^/]+\/index(\.json|\/\d+\.json)$/.test(path)) yield [path, "index"];
    else if (/^[^/]+\/articles\/[^/]+\.json$/.test(path)) yield [path, "article"];
  }
}
let checked = 0;
for (const tree of ["public/content", "tests/fixtures/tree"]) {
  for (const [path, schema] of files(join(root, tree))) {
    const validate = validators[schema];
    if (!validate(JSON.parse(readFileSync(join(root, tree, path), "utf8")))) {
      failures.push(`${tree}/${path}: ${ajv.errorsText(validate.errors)}`);
    }
    checked++;
  }
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(`schemas: ${cases.length} cases agree with folio-cli; ${checked} content files valid`);
