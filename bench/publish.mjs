// Benchmark: folio-cli on a large tree: 5,000 articles in each of 3 languages (15,000
// article files, each with 12 body blocks, people, topics and reciprocal translations).
// Usage: node bench/publish.mjs [runs]   (after `trunk build --release --offline`)
// Builds folio-cli in release, generates the tree (deterministic) in target/bench-tree/,
// then times, per run, `validate`, `index` and `publish` into a fresh copy of dist/,
// and writes the medians into docs/benchmarks.md.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { ms, stats } from "./common.mjs";

const RUNS = Number(process.argv[2] ?? 5);
const PER_LANGUAGE = 5000;
const LANGS = ["en", "de", "fr"];
const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const tree = join(root, "target/bench-tree");
const out = join(root, "target/bench-published");
if (!existsSync(join(dist, "boot.js"))) {
  console.error("dist/ has no build: run `trunk build --release --offline` first");
  process.exit(1);
}

execFileSync("cargo", ["build", "--release", "--quiet", "--bin", "folio-cli"], { cwd: root, stdio: "inherit" });
const cli = join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "release/folio-cli");

let seed = 7;
const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const WORDS = "harbour council water grid rail Zürich Łódź energy court budget trade ocean digital rights vote report youth jobs climate farmers health data border transport agreement hearing".split(" ");
const KINDS = ["news", "press-release", "opinion", "event", "publication", "video"];
const TOPICS = ["water", "energy", "transport", "trade", "oceans", "digital-rights"];
const words = (n) => Array.from({ length: n }, () => WORDS[rand(WORDS.length)]).join(" ");
const slug = (lang, i) => `${lang}-story-${i}`;

rmSync(tree, { recursive: true, force: true });
mkdirSync(join(tree, "img"), { recursive: true });
cpSync(join(root, "public/content/img/rail-border-bridge.svg"), join(tree, "img/lead.svg"));
writeFileSync(
  join(tree, "site.json"),
  JSON.stringify({ version: 1, name: "Bench Weekly", default_language: "en", languages: LANGS, canonical_base: "https://bench.example.org" }),
);
const started = Date.now();
for (const lang of LANGS) {
  mkdirSync(join(tree, lang, "articles"), { recursive: true });
  for (let i = 0; i < PER_LANGUAGE; i++) {
    const date = new Date(Date.UTC(2026, 0, 1) - i * 86400000 / 4).toISOString().slice(0, 10);
    const body = [];
    for (let b = 0; b < 12; b++) {
      if (b % 4 === 1) body.push({ type: "heading", level: 2, text: [words(5)] });
      else if (b === 6) body.push({ type: "quote", text: [words(20)], cite: words(2) });
      else if (b === 9) body.push({ type: "list", ordered: false, items: [[words(6)], [words(7)], [words(5)]] });
      else body.push({ type: "paragraph", text: [words(30), { text: words(2), bold: true }, " ", { text: words(3), link: "https://example.org/a" }, ". ", words(25)] });
    }
    const translations = Object.fromEntries(LANGS.filter((l) => l !== lang).map((l) => [l, slug(l, i)]));
    const article = {
      slug: slug(lang, i), language: lang, kind: KINDS[i % KINDS.length], date,
      title: `${words(7)} ${i}`, subtitle: words(10), summary: words(28),
      image: { src: "img/lead.svg", alt: words(5), credit: "Bench", width: 1200, height: 675 },
      body, people: [{ name: words(2), role: words(3) }], translations,
      topics: [TOPICS[i % TOPICS.length], TOPICS[(i * 7) % TOPICS.length]],
    };
    writeFileSync(join(tree, lang, "articles", `${article.slug}.json`), JSON.stringify(article));
  }
}
const generated = (Date.now() - started) / 1000;

function time(args) {
  const t = process.hrtime.bigint();
  const output = execFileSync(cli, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return [Number(process.hrtime.bigint() - t) / 1e6, output.trim()];
}

const rows = { index: [], validate: [], publish: [] };
let lastPublish = "";
for (let run = 0; run < RUNS; run++) {
  rows.index.push(time(["index", tree])[0]);
  rows.validate.push(time(["validate", tree])[0]);
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const [t, output] = time(["publish", tree, "--out", out]);
  rows.publish.push(t);
  lastPublish = output;
  console.log(`run ${run + 1}: index ${ms(rows.index.at(-1))}, validate ${ms(rows.validate.at(-1))}, publish ${ms(rows.publish.at(-1))}`);
}
const pages = execFileSync("find", [out, "-name", "index.html"], { encoding: "utf8" }).trim().split("\n").length;
const bytes = Number(execFileSync("du", ["-sb", out], { encoding: "utf8" }).split("\t")[0]);

const sec = (x) => `${(x / 1000).toFixed(2)} s`;
const row = (name, xs) => {
  const s = stats(xs);
  return `| ${name} | ${sec(s.median)} | ${sec(s.min)}–${sec(s.max)} |`;
};
const commit = execFileSync("git", ["log", "-1", "--format=%h %s"], { cwd: root, encoding: "utf8" }).trim();
const section = `<!-- publish:start (written by bench/publish.mjs) -->
${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0].model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, release build of
\`folio-cli\` at commit "${commit}"; ${RUNS} runs each. The tree: ${LANGS.length} languages × ${PER_LANGUAGE.toLocaleString("en")}
articles (${(LANGS.length * PER_LANGUAGE).toLocaleString("en")} files of 12 blocks each, reciprocal translations), generated in ${generated.toFixed(1)} s.

| command | median | min–max |
| --- | ---: | ---: |
${row("`index` (reads and checks every article, writes 3 indexes)", rows.index)}
${row("`validate` (every check, every file)", rows.validate)}
${row("**`publish`** (checks, then writes every page, listing, feed and the sitemap)", rows.publish)}

\`publish\` wrote ${pages.toLocaleString("en")} pages (${(bytes / 2 ** 20).toFixed(0)} MiB with the app and the copied content): "${lastPublish.replace(/^.*?: /, "")}".
<!-- publish:end -->`;
const docs = join(root, "docs/benchmarks.md");
const text = readFileSync(docs, "utf8");
const updated = text.includes("<!-- publish:start")
  ? text.replace(/<!-- publish:start[\s\S]*<!-- publish:end -->/, section)
  : `${text.trimEnd()}\n\n## Publishing a large tree (issue 8)\n\n\`\`\`sh\ntrunk build --release --offline && node bench/publish.mjs 5\n\`\`\`\n\n${section}\n`;
writeFileSync(docs, updated);
console.log(section);
