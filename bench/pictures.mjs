// Benchmark: what pictures cost a reader, before and after `folio-cli images`, on the
// sample content (whose four photos are 2,560 × 1,440 JPEGs of 0.7–0.8 MB).
// Usage: node bench/pictures.mjs [lighthouse runs]   (after `trunk build --release --offline`)
// "Before" is the same content with every `variants` list taken out (each reader gets
// the file `src` names); "after" is the content as it is. For each, the app (dist/) and
// a published copy (folio-cli publish) are served, and:
// - the bytes of pictures a reader downloads for one article and for the listing, at
//   375 px (DPR 2) and 1280 px (DPR 1), scrolled to the end so lazy pictures load too;
// - Lighthouse 12.2.3's mobile run (simulated slow 4G, 4× CPU) at 375 px, DPR 2: LCP of
//   the published page and of the client-rendered one (median of the runs).
// Prints Markdown tables for docs/benchmarks.md.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, stats } from "./common.mjs";

const RUNS = Number(process.argv[2] ?? 3);
const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const work = join(root, "target/pictures-bench");
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const ARTICLE = "/en/article/grid-package-agreement";
const LISTING = "/en/";
if (!existsSync(join(dist, "boot.js"))) {
  console.error("dist/ has no build: run `trunk build --release --offline` first");
  process.exit(1);
}
execFileSync("cargo", ["build", "--release", "--quiet", "--bin", "folio-cli"], { cwd: root, stdio: "inherit" });
const cli = join(target, "release/folio-cli");

/** Every JSON file under `dir`, with `variants` lists removed. */
function dropVariants(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) dropVariants(path);
    else if (e.name.endsWith(".json")) {
      const strip = (v) => {
        if (Array.isArray(v)) v.forEach(strip);
        else if (v && typeof v === "object") {
          delete v.variants;
          Object.values(v).forEach(strip);
        }
      };
      const json = JSON.parse(readFileSync(path, "utf8"));
      strip(json);
      writeFileSync(path, JSON.stringify(json, null, 2));
    }
  }
}

/** The app and a published site over `content`, in `work/NAME-app` and `work/NAME-site`. */
function sites(name, content) {
  const app = join(work, `${name}-app`);
  const site = join(work, `${name}-site`);
  for (const d of [app, site]) {
    rmSync(d, { recursive: true, force: true });
    cpSync(dist, d, { recursive: true });
  }
  rmSync(join(app, "content"), { recursive: true, force: true });
  cpSync(content, join(app, "content"), { recursive: true });
  execFileSync(cli, ["publish", content, "--out", site, "--base-url", "https://bench.example.org"], { stdio: "ignore" });
  return { app, site };
}

rmSync(work, { recursive: true, force: true });
const beforeContent = join(work, "before-content");
cpSync(join(root, "public/content"), beforeContent, { recursive: true });
rmSync(join(beforeContent, "variants"), { recursive: true, force: true });
dropVariants(beforeContent);
const trees = { before: sites("before", beforeContent), after: sites("after", join(root, "public/content")) };
const servers = {};
for (const [when, t] of Object.entries(trees)) {
  servers[when] = { app: await serve(t.app), site: await serve(t.site) };
}

/** Bytes and count of pictures a reader of `url` downloads, scrolled to the end. */
async function pictureBytes(browser, url, width, dpr) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  const sizes = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() !== "image") return;
    try {
      sizes.push((await r.body()).length);
    } catch {
      /* a response cut off by the page's end counts nothing */
    }
  });
  await page.goto(url, { waitUntil: "networkidle" });
  for (let y = 0; y < 20; y++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  await context.close();
  return { bytes: sizes.reduce((a, b) => a + b, 0), count: sizes.length };
}

const browser = await launch();
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
console.log("\n| page | screen | before | after | saved |\n| --- | --- | ---: | ---: | ---: |");
for (const [what, path] of [["article", ARTICLE], ["listing", LISTING]]) {
  for (const [screen, width, dpr] of [["375 px, DPR 2", 375, 2], ["1280 px, DPR 1", 1280, 1]]) {
    const b = await pictureBytes(browser, servers.before.app.base + path, width, dpr);
    const a = await pictureBytes(browser, servers.after.app.base + path, width, dpr);
    const saved = (1 - a.bytes / b.bytes) * 100;
    console.log(`| ${what} | ${screen} | ${kb(b.bytes)} (${b.count} files) | ${kb(a.bytes)} (${a.count} files) | ${saved.toFixed(0)} % |`);
  }
}
await browser.close();

/**
 * Lighthouse's mobile run at 375 px, DPR 2: simulated and observed LCP in ms. (Run
 * without blocking: the servers are in this process.)
 */
async function lighthouse(url) {
  const out = join(work, "lh.json");
  await promisify(execFile)(
    "npx",
    [
      "-y", "lighthouse@12.2.3", url, "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet",
      "--screenEmulation.width=375", "--screenEmulation.height=667", "--screenEmulation.deviceScaleFactor=2", "--screenEmulation.mobile",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-dev-shm-usage",
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } },
  );
  const r = JSON.parse(readFileSync(out, "utf8"));
  const m = r.audits.metrics.details.items[0];
  return { lcp: m.largestContentfulPaint, observed: m.observedLargestContentfulPaint, score: r.categories.performance.score * 100 };
}

console.log(`\nLighthouse mobile at 375 px, DPR 2, ${RUNS} runs each (median; min–max):\n`);
console.log("| page | before: LCP | after: LCP | before: observed LCP | after: observed LCP | score before → after |\n| --- | ---: | ---: | ---: | ---: | --- |");
for (const [what, key] of [["published", "site"], ["client-rendered", "app"]]) {
  const runs = { before: [], after: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const when of ["before", "after"]) runs[when].push(await lighthouse(servers[when][key].base + ARTICLE));
  }
  const cell = (xs, f) => {
    const s = stats(xs.map(f));
    return `${(s.median / 1000).toFixed(2)} s (${(s.min / 1000).toFixed(2)}–${(s.max / 1000).toFixed(2)})`;
  };
  const score = (xs) => stats(xs.map((r) => r.score)).median.toFixed(0);
  console.log(
    `| ${what} | ${cell(runs.before, (r) => r.lcp)} | ${cell(runs.after, (r) => r.lcp)} | ${cell(runs.before, (r) => r.observed)} | ${cell(runs.after, (r) => r.observed)} | ${score(runs.before)} → ${score(runs.after)} |`,
  );
}
for (const s of Object.values(servers)) for (const x of Object.values(s)) x.server.close();
