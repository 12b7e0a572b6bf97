// Benchmark: what folio-cli's safe writes cost (issue 29: a temporary file beside each
// target, flushed to the disk, renamed over it), two builds side by side on the same
// trees, in turns: a full `publish` of 15,000 articles (target/bench-tree, made by
// `node bench/publish.mjs`) into a fresh copy of dist/, and a first `images` run on 500
// photos (bench/images-tree.mjs).
// Usage: node bench/safe-writes.mjs BEFORE_CLI AFTER_CLI [publish runs] [photos] [image runs]
// Build the two folio-cli binaries first (release), for example:
//   git worktree add target/before REV && (cd target/before && cargo build --release --bin folio-cli)
//   cp "$CARGO_TARGET_DIR/release/folio-cli" target/folio-cli-before
// Before each timed run the disk is flushed (`sync`, not timed), so no run pays for the
// one before it; each is timed as the command alone, and as the command and then
// `sync` (until its files are on the disk: what the safe writes do themselves).
// Prints a Markdown table for docs/benchmarks.md.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { stats, timed } from "./common.mjs";
import { imagesTree } from "./images-tree.mjs";

const [before, after] = process.argv.slice(2, 4);
const PUBLISH_RUNS = Number(process.argv[4] ?? 5);
const PHOTOS = Number(process.argv[5] ?? 500);
const IMAGE_RUNS = Number(process.argv[6] ?? 1);
const root = new URL("..", import.meta.url).pathname;
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const tree = join(root, "target/bench-tree");
const out = join(root, "target/safe-writes-out");
if (!before || !after || !existsSync(before) || !existsSync(after)) {
  console.error("usage: node bench/safe-writes.mjs BEFORE_CLI AFTER_CLI [publish runs] [photos] [image runs]");
  process.exit(2);
}
if (!existsSync(join(root, "dist/boot.js")) || !existsSync(join(tree, "site.json"))) {
  console.error("needs dist/ (trunk build --release --offline) and target/bench-tree (node bench/publish.mjs 1)");
  process.exit(1);
}
const builds = [["before", before], ["after", after]];
const seconds = { publish: { before: [], after: [] }, images: { before: [], after: [] } };
const durable = { publish: { before: [], after: [] }, images: { before: [], after: [] } };

/** The command's time, and its time with a `sync` after it; the disk flushed first. */
function time(cli, args) {
  execFileSync("sync");
  const t = process.hrtime.bigint();
  const s = timed(cli, args).seconds;
  execFileSync("sync");
  return [s, Number(process.hrtime.bigint() - t) / 1e9];
}

/** A full publish into a fresh copy of dist/, with no manifest of either build. */
function publish(cli) {
  rmSync(out, { recursive: true, force: true });
  rmSync(join(root, "target/.folio-publish"), { recursive: true, force: true });
  cpSync(join(root, "dist"), out, { recursive: true });
  return time(cli, ["publish", tree, "--out", out]);
}

for (let r = 0; r < PUBLISH_RUNS; r++) {
  const order = r % 2 ? [...builds].reverse() : builds;
  for (const [name, cli] of order) {
    const [s, d] = publish(cli);
    seconds.publish[name].push(s);
    durable.publish[name].push(d);
    console.log(`publish, ${name}: ${s.toFixed(2)} s, ${d.toFixed(2)} s with sync`);
  }
}

execFileSync("cargo", ["build", "--release", "--quiet", "--example", "photos"], { cwd: root, stdio: "inherit" });
const painter = join(target, "release/examples/photos");
const photos = join(root, "target/images-bench");
for (let r = 0; r < IMAGE_RUNS; r++) {
  const order = r % 2 ? [...builds].reverse() : builds;
  for (const [name, cli] of order) {
    imagesTree(photos, PHOTOS, cli, painter);
    const [s, d] = time(cli, ["images", photos]);
    seconds.images[name].push(s);
    durable.images[name].push(d);
    console.log(`images, ${name}: ${s.toFixed(1)} s, ${d.toFixed(1)} s with sync`);
  }
}

const row = (label, what, runs, from) => {
  const b = stats(from[what].before);
  const a = stats(from[what].after);
  const f = (x) => `${x.median.toFixed(2)} s (${x.min.toFixed(2)}–${x.max.toFixed(2)})`;
  return `| ${label} | ${runs} | ${f(b)} | ${f(a)} | ${(a.median / b.median).toFixed(2)}× |`;
};
console.log(`\n${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; medians (min–max)\n`);
console.log("| command | runs each | before | after (safe writes) | after / before |\n| --- | ---: | ---: | ---: | ---: |");
console.log(row("publish, 15,000 articles, full", "publish", PUBLISH_RUNS, seconds));
console.log(row("the same, then `sync`", "publish", PUBLISH_RUNS, durable));
console.log(row(`images, ${PHOTOS} photos, first run`, "images", IMAGE_RUNS, seconds));
console.log(row("the same, then `sync`", "images", IMAGE_RUNS, durable));
