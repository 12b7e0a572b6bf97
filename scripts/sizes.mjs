// Prints the sizes of the built app code in dist/ (raw, gzip -9, brotli -11) as a
// Markdown table. Usage: node scripts/sizes.mjs [dist] [--budget KB]
// With --budget, exits non-zero when the brotli total is over that many KB: sizes are
// deterministic, so CI can hold the line against growth.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const at = args.indexOf("--budget");
const budget = at >= 0 ? Number(args.splice(at, 2)[1]) : null;
const dir = args[0] ?? "dist";
const files = readdirSync(dir).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
const rows = [];
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const f of files) {
  const data = readFileSync(join(dir, f));
  const size = {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const k in total) total[k] += size[k];
  rows.push([f.replace(/-[0-9a-f]{8,}/, "-HASH"), size]);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("| file | raw | gzip | brotli |\n| --- | ---: | ---: | ---: |");
for (const [f, s] of rows) console.log(`| ${f} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
console.log(`| **total** | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} |`);
if (budget !== null) {
  const total = total_brotli_kb();
  if (!(total <= budget)) {
    console.error(`app code is ${total.toFixed(1)} KB brotli, over the budget of ${budget} KB`);
    process.exit(1);
  }
  console.log(`within the budget: ${total.toFixed(1)} KB of ${budget} KB brotli`);
}

function total_brotli_kb() {
  return total.brotli / 1024;
}
