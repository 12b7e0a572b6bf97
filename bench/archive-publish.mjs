// Benchmark: `folio-cli index` and `publish` on the large archive (bench/archive-tree.mjs:
// 100,000 + 20,000 + 20,000 articles), full and incremental. Times each command's wall
// clock and, where /usr/bin/time exists, its peak memory; writes the table into
// docs/benchmarks.md (between the archive-publish markers).
//
// Usage: node bench/archive-publish.mjs [TREE]   (after `trunk build --release --offline`)
//   TREE  the generated tree (default target/archive-tree; made with --scale 1 if missing).
// Publishes into target/archive-dist (a fresh copy of dist/). The steps, in order:
//   1. `index` (full) and `publish --full`;
//   2. `publish` with nothing changed;
//   3. one article's body changed: `index`, `publish`;
//   4. the newest article's title changed: `index`, `publish`;
//   5. a new newest article: `index`, `publish`;
//   6. an old article deleted: `index`, `publish`.
// Each change is undone at the end (then `index` and `publish` once more), so the tree
// is left as it was.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { timed } from "./common.mjs";

const root = new URL("..", import.meta.url).pathname;
const tree = resolve(process.argv[2] ?? join(root, "target/archive-tree"));
const out = join(root, "target/archive-dist");
const dist = join(root, "dist");
if (!existsSync(join(dist, "boot.js"))) {
  console.error("dist/ has no build: run `trunk build --release --offline` first");
  process.exit(1);
}
if (!existsSync(join(tree, "site.json"))) {
  execFileSync("node", [join(root, "bench/archive-tree.mjs"), tree], { stdio: ["ignore", "ignore", "inherit"] });
}
execFileSync("cargo", ["build", "--release", "--quiet", "--bin", "folio-cli"], { cwd: root, stdio: "inherit" });
const cli = join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "release/folio-cli");

/** Runs folio-cli; its wall time in seconds, peak memory in MB (or null) and stdout. */
const run = (args) => timed(cli, args, { cwd: root });

const rows = [];
function step(what, command, args) {
  const r = run(args);
  const said = command === "publish" ? r.output.replace(/^.*?: /, "").replace(/ \(.*$/, "") : "";
  rows.push({ what, command, ...r, said });
  console.log(`${what}: ${command} ${r.seconds.toFixed(2)} s${r.peak ? `, ${r.peak.toFixed(0)} MB` : ""} ${said}`);
}
const index = (what) => step(what, "index", ["index", tree]);
const publish = (what, ...extra) => step(what, "publish", ["publish", tree, "--out", out, ...extra]);

const articles = join(tree, "en/articles");
const read = (slug) => JSON.parse(readFileSync(join(articles, `${slug}.json`), "utf8"));
const save = (a) => writeFileSync(join(articles, `${a.slug}.json`), JSON.stringify(a));
const head = JSON.parse(readFileSync(join(tree, "en/index.json"), "utf8")).articles;
const newest = head[0].slug;
const names = readdirSync(articles).sort();
const middle = names[Math.floor(names.length / 2)].replace(/\.json$/, "");
const old = names.find((n) => n !== `${newest}.json` && !n.startsWith(middle) && !JSON.parse(readFileSync(join(articles, n), "utf8")).translations)?.replace(/\.json$/, "");
const originals = new Map([newest, middle, old].map((s) => [s, readFileSync(join(articles, `${s}.json`), "utf8")]));

rmSync(out, { recursive: true, force: true });
cpSync(dist, out, { recursive: true, filter: (src) => !src.startsWith(join(dist, "content")) });

index("1. everything");
publish("1. everything", "--full");
publish("2. nothing changed");

const body = read(middle);
body.body.push({ type: "paragraph", text: ["A paragraph added by the benchmark."] });
save(body);
index("3. one article's body changed");
publish("3. one article's body changed");

const titled = read(newest);
titled.title = `${titled.title} (updated)`;
save(titled);
index("4. the newest article's title changed");
publish("4. the newest article's title changed");

const added = { ...read(newest), slug: "bench-added-article", title: "An article added by the benchmark", translations: undefined, recommended: undefined };
added.date = "2026-11-02";
save(added);
index("5. a new newest article");
publish("5. a new newest article");

rmSync(join(articles, `${old}.json`));
index("6. an old article deleted");
publish("6. an old article deleted");

for (const [slug, text] of originals) writeFileSync(join(articles, `${slug}.json`), text);
rmSync(join(articles, "bench-added-article.json"));
index("the tree put back");
publish("the tree put back");

const mb = (r) => (r.peak ? `${r.peak.toFixed(0)} MB` : "–");
const commit = execFileSync("git", ["log", "-1", "--format=%h %s"], { cwd: root, encoding: "utf8" }).trim().replace(/^(.{70}).+/, "$1…");
const section = `<!-- archive-publish:start (written by bench/archive-publish.mjs) -->
${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, release build of \`folio-cli\` at commit
"${commit}". The tree of \`bench/archive-tree.mjs\` (140,000 articles); \`publish\` into a copy of \`dist/\`
with the content copied beside it (\`content/\`, 1.4 GB). Wall clock; peak resident memory from \`/usr/bin/time\`.

| step | command | time | peak memory | what publish wrote |
| --- | --- | ---: | ---: | --- |
${rows.map((r) => `| ${r.what} | \`${r.command}\` | ${r.seconds.toFixed(2)} s | ${mb(r)} | ${r.said} |`).join("\n")}
<!-- archive-publish:end -->`;
const docs = join(root, "docs/benchmarks.md");
const text = readFileSync(docs, "utf8");
const updated = text.includes("<!-- archive-publish:start")
  ? text.replace(/<!-- archive-publish:start[\s\S]*<!-- archive-publish:end -->/, section)
  : `${text.trimEnd()}\n\n### Indexing and publishing the archive\n\n\`\`\`sh\ntrunk build --release --offline && node bench/archive-publish.mjs\n\`\`\`\n\n${section}\n`;
writeFileSync(docs, updated);
console.log(section);
