// What a reader on a phone gets (issue 15, section 3), for the four ways an article
// reaches them: a published page, an article embedded in a host page with its fragment
// included (HTML first), the same host page without the fragment, and the app rendering
// the article itself. Every file is served brotli-compressed when it has a `.br` twin,
// as a CDN serves it. For each case: Lighthouse 12.2.3's mobile run (score, LCP, total
// blocking time), and the time from navigation to the article's title painted under
// the throttling of Lighthouse's mobile preset (4× CPU, slow 4G: 150 ms, 1.6 Mbit/s
// down, 750 kbit/s up), applied through the DevTools protocol: median of RUNS.
// Usage: node bench/phones.mjs [runs=10] [lighthouse runs=3]
// (after ./scripts/test.sh, or `trunk build --release --offline` and the publish steps
// of test.sh that write target/published and target/published-embed).
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { extname, join } from "node:path";
import os from "node:os";
import { launch, stats, titlePainted } from "./common.mjs";

const RUNS = Number(process.argv[2] ?? 10);
const LH_RUNS = Number(process.argv[3] ?? 3);
const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const published = join(root, "target/published");
const embedFragments = join(root, "target/published-embed");
for (const dir of [dist, published, embedFragments]) {
  if (!existsSync(dir)) {
    console.error(`${dir} is missing: run ./scripts/test.sh (or its build and publish steps) first`);
    process.exit(1);
  }
}
const SLUG = "cross-border-rail-gaps";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".png": "image/png",
};
const INCLUDE = /<!--#include virtual="\/folio\/([^"]*)" -->/g;

/** A file under `base` for a path, or a folder's index.html, else null. */
function fileFor(base, path) {
  const direct = join(base, path);
  if (/\.[a-z0-9]+$/i.test(path)) return existsSync(direct) ? direct : null;
  const own = join(direct, "index.html");
  return existsSync(own) ? own : null;
}

/** Where a path is on the host: published pages on /, host pages under /embed/, Folio's files under /folio/. */
function onHost(path) {
  if (path.startsWith("/embed/")) return fileFor(join(root, "examples/embed"), path.slice("/embed".length));
  if (path.startsWith("/folio/")) return fileFor(dist, path.slice("/folio".length));
  return fileFor(published, path) ?? join(published, "index.html");
}

/** The app alone, as `trunk build` makes it: files, else index.html (the app routes). */
const onApp = (path) => fileFor(dist, path) ?? (/\.[a-z0-9]+$/i.test(path) ? null : join(dist, "index.html"));

/** A host page with its includes done, as nginx's `ssi on` would. */
async function withIncludes(file) {
  let html = await readFile(file, "utf8");
  for (const m of [...html.matchAll(INCLUDE)]) {
    const included = fileFor(embedFragments, `/${m[1]}`);
    html = html.replace(m[0], included ? (await readFile(included, "utf8")).trimEnd() : "");
  }
  return html;
}

const handler = (locate) => async (req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  const file = locate(path);
  if (!file) return res.writeHead(404).end();
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  if (path.startsWith("/embed/") && file.endsWith(".html")) {
    return res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(await withIncludes(file));
  }
  const br = /\bbr\b/.test(req.headers["accept-encoding"] ?? "") && existsSync(`${file}.br`);
  res.writeHead(200, {
    "content-type": type,
    "cache-control": "no-store",
    ...(br ? { "content-encoding": "br", vary: "accept-encoding" } : {}),
  });
  res.end(await readFile(br ? `${file}.br` : file));
};
const servers = [];
async function start(locate) {
  const server = createServer(handler(locate));
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}
const [host, app] = [await start(onHost), await start(onApp)];

const CASES = [
  ["published article", `${host}/en/article/${SLUG}/`],
  ["embedded, with its fragment", `${host}/embed/article-fragment.html`],
  ["embedded, without a fragment", `${host}/embed/article.html`],
  ["client-rendered article", `${app}/en/article/${SLUG}`],
];

/** Lighthouse's mobile run (its defaults: simulated slow 4G, 4× CPU, a phone's screen). */
async function lighthouse(url) {
  const out = join(os.tmpdir(), `folio-phones-${process.pid}.json`);
  await promisify(execFile)(
    "npx",
    ["-y", "lighthouse@12.2.3", url, "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-dev-shm-usage"],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } },
  );
  const r = JSON.parse(readFileSync(out, "utf8"));
  const m = r.audits.metrics.details.items[0];
  return { score: r.categories.performance.score * 100, lcp: m.largestContentfulPaint, tbt: m.totalBlockingTime };
}

/** Navigation to the title's paint, cold, at a phone's size, under the mobile throttling. */
async function throttledTitle(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const painted = await titlePainted(page, 60000);
  await page.goto(url, { waitUntil: "commit" });
  const t = await painted();
  await context.close();
  return t;
}

const fmt = ({ median, min, max }, unit = " ms") => `${Math.round(median)}${unit} (${Math.round(min)}–${Math.round(max)})`;
const browser = await launch();
console.log(`Phones, ${new Date().toISOString().slice(0, 10)}, node bench/phones.mjs ${RUNS} ${LH_RUNS} on ${os.cpus().length} cores\n`);
console.log("| case | Lighthouse score | LCP (simulated) | total blocking time | title, throttled (median of " + RUNS + ") |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const [name, url] of CASES) {
  const titles = [];
  for (let i = 0; i < RUNS; i++) titles.push(await throttledTitle(browser, url));
  const lh = [];
  for (let i = 0; i < LH_RUNS; i++) lh.push(await lighthouse(url));
  const pick = (k) => stats(lh.map((r) => r[k]));
  console.log(`| ${name} | ${fmt(pick("score"), "")} | ${fmt(pick("lcp"))} | ${fmt(pick("tbt"))} | ${fmt(stats(titles))} |`);
}
await browser.close();
servers.forEach((s) => s.close());
