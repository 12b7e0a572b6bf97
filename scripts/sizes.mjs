// Prints the sizes of the built app code in dist/ (raw, gzip -9, brotli -11) as a
// Markdown table. Usage:
//   node scripts/sizes.mjs [dist] [--budget KB] [--budget-article KB]
// A build has two apps: the whole app (boot.js, folio-HASH.js and its wasm, the
// stylesheets) and, when present, the article-mode build that boot.js loads for
// `data-mode="article"` instead (folio-article-HASH.js and its wasm, with the same
// boot.js and folio-HASH.css; a host page has no use for page-HASH.css). The table's **total** row is the whole app's; a second row
// gives the article mode's. With --budget (whole app) or --budget-article, exits non-zero
// when that brotli total is over that many KB: sizes are deterministic, so CI can hold
// the line against growth.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : null;
};
const budget = option("--budget");
const articleBudget = option("--budget-article");
const dir = args[0] ?? "dist";
const files = readdirSync(dir).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
const isArticleBuild = (f) => f.startsWith("folio-article");
const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
const total = zero();
const article = zero();
const rows = [];
for (const f of files) {
  const data = readFileSync(join(dir, f));
  const size = {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  const whole = !isArticleBuild(f);
  // boot.js and Folio's stylesheet belong to both; each app's script and wasm to its own;
  // page.css (the standalone page's) to the whole app only.
  const shared = whole && !/^(folio(-[0-9a-f]+)?(\.js|_bg\.wasm)|page(-[0-9a-f]+)?\.css)$/.test(f);
  for (const k in total) {
    if (whole) total[k] += size[k];
    if (!whole || shared) article[k] += size[k];
  }
  rows.push([f.replace(/-[0-9a-f]{8,}/, "-HASH"), size]);
}
const hasArticleBuild = files.some(isArticleBuild);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("| file | raw | gzip | brotli |\n| --- | ---: | ---: | ---: |");
for (const [f, s] of rows) console.log(`| ${f} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
console.log(`| **total**${hasArticleBuild ? " (the whole app)" : ""} | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} |`);
if (hasArticleBuild) {
  console.log(`| **article mode** (boot.js, folio-article, folio.css) | ${kb(article.raw)} | ${kb(article.gzip)} | ${kb(article.brotli)} |`);
}
let over = false;
const check = (what, kbs, limit) => {
  if (limit === null) return;
  if (!(kbs <= limit)) {
    console.error(`${what} is ${kbs.toFixed(1)} KB brotli, over the budget of ${limit} KB`);
    over = true;
  } else console.log(`${what} within the budget: ${kbs.toFixed(1)} KB of ${limit} KB brotli`);
};
check("the whole app", total.brotli / 1024, budget);
if (articleBudget !== null && !hasArticleBuild) {
  console.error(`--budget-article: ${dir} has no article-mode build`);
  over = true;
}
if (hasArticleBuild) check("the article-mode build", article.brotli / 1024, articleBudget);
if (over) process.exit(1);
