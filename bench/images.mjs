// Benchmark: `folio-cli images` on 500 photos (2,560 × 1,440 JPEG, 0.7–0.9 MB each,
// painted by crates/folio-cli/examples/photos.rs), each the lead image of one article.
// Usage: node bench/images.mjs [photos]
// Times, with peak memory where /usr/bin/time exists: the first run (every variant
// made), a second run (nothing changed), and a run after 10 photos were replaced.
// Prints a Markdown table for docs/benchmarks.md.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync, utimesSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { timed } from "./common.mjs";
import { imagesTree, photoName } from "./images-tree.mjs";

const PHOTOS = Number(process.argv[2] ?? 500);
const root = new URL("..", import.meta.url).pathname;
const tree = join(root, "target/images-bench");
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");

execFileSync("cargo", ["build", "--release", "--quiet", "--bin", "folio-cli", "--example", "photos"], { cwd: root, stdio: "inherit" });
const cli = join(target, "release/folio-cli");
const painter = join(target, "release/examples/photos");
const name = photoName;
const bytes = imagesTree(tree, PHOTOS, cli, painter);

/** One run of `images`: time, peak memory and the first line it said. */
function run() {
  const r = timed(cli, ["images", tree]);
  return { ...r, said: r.output.split("\n")[0].replace(/^.*?: /, "").replace(/ \(.*$/, "") };
}

const rows = [];
const step = (what) => {
  const r = run();
  rows.push({ what, ...r });
  console.log(`${what}: ${r.seconds.toFixed(1)} s${r.peak ? `, ${r.peak.toFixed(0)} MB` : ""}: ${r.said}`);
};
step("first run");
step("second run, nothing changed");
const later = new Date(Date.now() + 60_000);
for (let i = 1; i <= 10; i++) utimesSync(join(tree, "img", name(i)), later, later);
step("after 10 photos were replaced");

let variantBytes = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(dir, e.name));
    else variantBytes += statSync(join(dir, e.name)).size;
  }
};
walk(join(tree, "variants"));

const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
console.log(`\n${PHOTOS} photos (${mb(bytes)}) → variants ${mb(variantBytes)}; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB\n`);
console.log("| run | time | peak memory | what images said |\n| --- | ---: | ---: | --- |");
for (const r of rows) console.log(`| ${r.what} | ${r.seconds.toFixed(1)} s | ${r.peak ? `${r.peak.toFixed(0)} MB` : "–"} | ${r.said} |`);
