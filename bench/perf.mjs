// The performance benchmark (issue 7): sizes, and in headless Chromium on localhost with
// a cold cache, Folio's article page against a static HTML page of the same article (same
// JSON, same CSS, generated here), a language switch, a 10,000-block article, memory
// after 200 navigations, and bench/floor's two apps (with and without Leptos) against a
// static page of their markup, when built. Writes the tables into docs/benchmarks.md.
// Usage: ./scripts/bench.sh [runs=10], or trunk build --release --offline && node bench/perf.mjs [runs=10]
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import os from "node:os";
import { clickToNewTitle, launch, ms, serve, stats, titlePainted, watchTitles } from "./common.mjs";
import { staticPage } from "./static-page.mjs";
import { floorSite } from "./floor-site.mjs";

const RUNS = Number(process.argv[2] ?? 10);
const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const out = join(root, "target/bench-perf");
if (!existsSync(join(dist, "boot.js"))) {
  console.error("dist/ has no build: run `trunk build --release --offline` first");
  process.exit(1);
}
const SLUG = "cross-border-rail-gaps";
const json = (p) => JSON.parse(readFileSync(join(dist, "content", p), "utf8"));
const site = json("site.json");
const article = json(`en/articles/${SLUG}.json`);

// The static twin, with the app's own stylesheets.
rmSync(out, { recursive: true, force: true });
cpSync(dist, out, { recursive: true });
const css = readdirSync(dist).filter((f) => /^(folio|page)-[0-9a-f]+\.css$/.test(f)).sort().map((f) => `/${f}`);
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(article.date));
mkdirSync(join(out, "static"), { recursive: true });

// A 10,000-block article.
const huge = { ...article, slug: "bench-huge", recommended: [], body: [] };
for (let i = 0; i < 10000; i++) huge.body.push(article.body[i % article.body.length]);
writeFileSync(join(out, "content/en/articles/bench-huge.json"), JSON.stringify(huge));

const { base, server } = await serve(out);
// The static page's images resolve against the same server.
writeFileSync(join(out, "static/index.html"), staticPage(site, article, css, `${base}/content/`, "News", date));

// The same article published by folio-cli: the page's HTML holds the article, and the
// app takes over once it has rendered the same page.
const published = join(root, "target/bench-perf-published");
rmSync(published, { recursive: true, force: true });
cpSync(dist, published, { recursive: true });
execFileSync("cargo", ["run", "--release", "--quiet", "--bin", "folio-cli", "--", "publish", join(root, "public/content"), "--out", published, "--base-url", "http://127.0.0.1"], { cwd: root, stdio: "inherit" });
// An article embedded in a host page (data-mode="article"), with the fragment folio-cli
// wrote for it included in the page (as nginx's SSI would), and without it.
const fragmentDir = join(published, "en/article", SLUG);
const hostPage = (withFragment) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>
${readFileSync(join(fragmentDir, "fragment-head.html"), "utf8").trim()}
</head><body><main><div id="folio" data-endpoint="/content/" data-lang="en" data-mode="article" data-article="${SLUG}">${withFragment ? readFileSync(join(fragmentDir, "fragment.html"), "utf8").trim() : ""}</div></main>
<script type="module" src="/boot.js"></script></body></html>`;
// Each HTML-first page's own static twin: the same markup without Folio's script (what
// the page would cost if it were only HTML; the static article page above holds less:
// no header, people, share links, cards or head tags).
const BOOT = '<script type="module" src="/boot.js"></script>';
const pubPage = readFileSync(join(fragmentDir, "index.html"), "utf8");
const pages = [["host-fragment", hostPage(true)], ["host-plain", hostPage(false)], ["host-fragment-twin", hostPage(true).replace(BOOT, "")], ["published-twin", pubPage.replace(BOOT, "")]];
for (const [folder, html] of pages) {
  mkdirSync(join(published, folder), { recursive: true });
  writeFileSync(join(published, folder, "index.html"), html);
}
const pub = await serve(published);

// The stack's floor (bench/floor, built by scripts/bench.sh) and its static twin.
const floorOut = join(root, "target/bench-floor");
const floor = floorSite(floorOut, join(root, "target/floor/out"), dist, article) ? await serve(floorOut) : null;
if (!floor) console.error("bench/floor is not built (./scripts/bench.sh builds it): its rows are left out");
// The same page without Leptos (bench/floor/src/bin/floor-dom.rs), same static twin.
const floorDomOut = join(root, "target/bench-floor-dom");
const floorDom = floor && floorSite(floorDomOut, join(root, "target/floor/out"), dist, article, "floor_dom") ? await serve(floorDomOut) : null;

const browser = await launch(["--enable-precise-memory-info", "--js-flags=--expose-gc"]);
const OBSERVE = () => {
  window.__lcp = 0;
  window.__cls = 0;
  window.__takeover = 0;
  // A published page: when the app removed the prerendered page.
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.removedNodes) if (n.id === "folio-prerender") window.__takeover = performance.now();
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__lcp = e.renderTime || e.startTime))).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (window.__cls += e.value))).observe({ type: "layout-shift", buffered: true });
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      window.__wasmMemory = (result.instance ?? result).exports.memory;
      return result;
    };
  }
};

// `observe`: LCP, CLS and takeover observers in the page. They cost the page's main thread
// time of their own (a static page's parser insertions feed the mutation observer too),
// so title times come from visits without them, where only the title's element timing runs.
// `last`: the selector of the page's last part; the time from the title's paint to the
// first frame with it in the page.
async function coldVisit(url, { takeover = false, observe = true, last = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (observe) await page.addInitScript(OBSERVE);
  const painted = await titlePainted(page);
  await page.goto(url, { waitUntil: "commit" });
  const title = await painted();
  const lastPart = last
    ? (await page.evaluate(
        (sel) => new Promise((r) => { const check = () => (document.querySelector(sel) ? requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)) : requestAnimationFrame(check)); check(); }),
        last,
      )) - title
    : null;
  if (takeover) await page.waitForFunction(() => window.__takeover > 0);
  await page.waitForTimeout(600);
  const r = observe ? await page.evaluate(() => ({ lcp: window.__lcp, cls: window.__cls, takeover: window.__takeover })) : {};
  await context.close();
  return { title, lastPart, ...r };
}

// The last part of each page: Folio's recommended cards (built a frame after the
// article's first screen), the floor's last paragraph (drawn with its title).
const FOLIO_LAST = ".folio-recommended a.folio-card-link";
const FLOOR_LAST = ".folio-body > p:last-child";

const samples = { folioLast: [], floorLast: [], fragmentTitle: [], fragmentTwinTitle: [], pubTwinTitle: [], hostPlainTitle: [], folioTitle: [], staticTitle: [], folioLcp: [], staticLcp: [], cls: [], pubTitle: [], pubLcp: [], pubCls: [], pubTakeover: [], floorTitle: [], floorStaticTitle: [], floorDomTitle: [], switch: [], card: [], hugeDecode: [], hugeRender: [], hugeComplete: [] };
for (let i = 0; i < RUNS; i++) {
  // Titles: each page in turn, so all see the same machine.
  const folio = await coldVisit(`${base}/en/article/${SLUG}`, { observe: false, last: FOLIO_LAST });
  samples.folioTitle.push(folio.title);
  samples.folioLast.push(folio.lastPart);
  samples.staticTitle.push((await coldVisit(`${base}/static/`, { observe: false })).title);
  samples.pubTitle.push((await coldVisit(`${pub.base}/en/article/${SLUG}`, { observe: false })).title);
  samples.fragmentTitle.push((await coldVisit(`${pub.base}/host-fragment/`, { observe: false })).title);
  samples.hostPlainTitle.push((await coldVisit(`${pub.base}/host-plain/`, { observe: false })).title);
  samples.pubTwinTitle.push((await coldVisit(`${pub.base}/published-twin/`, { observe: false })).title);
  samples.fragmentTwinTitle.push((await coldVisit(`${pub.base}/host-fragment-twin/`, { observe: false })).title);
  if (floor) {
    const f = await coldVisit(`${floor.base}/${SLUG}`, { observe: false, last: FLOOR_LAST });
    samples.floorTitle.push(f.title);
    samples.floorLast.push(f.lastPart);
    samples.floorStaticTitle.push((await coldVisit(`${floor.base}/static/`, { observe: false })).title);
  }
  if (floorDom) samples.floorDomTitle.push((await coldVisit(`${floorDom.base}/${SLUG}`, { observe: false })).title);
  // LCP, CLS and the takeover, observed.
  const f = await coldVisit(`${base}/en/article/${SLUG}`);
  const s = await coldVisit(`${base}/static/`);
  samples.folioLcp.push(f.lcp);
  samples.staticLcp.push(s.lcp);
  samples.cls.push(f.cls);
  const p = await coldVisit(`${pub.base}/en/article/${SLUG}`, { takeover: true });
  samples.pubLcp.push(p.lcp);
  samples.pubCls.push(p.cls);
  samples.pubTakeover.push(p.takeover);
}

// Language switch, from the click to the translation's title painted (element timing on
// the new title), a moment after the article has loaded.
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await watchTitles(page);
  await page.goto(`${base}/en/article/${SLUG}`);
  await page.locator("article h1").waitFor();
  // A reader reads before switching: by then the idle prefetch of translations is done.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  await page.locator(".folio-languages-button").click();
  samples.switch.push(await clickToNewTitle(page, ".folio-language-list a[hreflang=de]"));
  await context.close();
}

// A recommended card: the pointer rests on it 300 ms (a reader aiming), then the click,
// to the new article's title painted (element timing).
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await watchTitles(page);
  await page.goto(`${base}/en/article/${SLUG}`);
  const link = page.locator(".folio-recommended a.folio-card-link").first();
  await link.waitFor();
  await page.waitForLoadState("networkidle");
  await link.hover();
  await page.waitForTimeout(300);
  samples.card.push(await clickToNewTitle(page, ".folio-recommended a.folio-card-link"));
  await context.close();
}

// A 10,000-block article: from its text in memory to painted.
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const titlePaint = await titlePainted(page, 60000);
  await page.goto(`${base}/en/article/bench-huge`, { waitUntil: "commit" });
  const painted = await titlePaint();
  // A long body arrives in chunks after the first screen: time until all of it is there.
  const complete = await page.evaluate(
    (n) => new Promise((r) => { const check = () => (document.querySelectorAll(".folio-body > :not(script)").length >= n ? requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)) : requestAnimationFrame(check)); check(); }),
    huge.body.length,
  );
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").filter((m) => m.name.includes("bench-huge")).map((m) => [m.name.split(" ")[0], m.startTime])));
  samples.hugeDecode.push(marks["folio:decoded"] - marks["folio:fetched"]);
  samples.hugeRender.push(painted - marks["folio:decoded"]);
  samples.hugeComplete.push(complete - marks["folio:decoded"]);
  await context.close();
}

// Memory after the first article and after 200 more navigations (recommended cards).
const memory = await (async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(`${base}/en/article/${SLUG}`);
  await page.locator(".folio-recommended .folio-card-link").first().waitFor();
  const measure = () => page.evaluate(() => { gc(); return { js: performance.memory.usedJSHeapSize, wasm: window.__wasmMemory.buffer.byteLength }; });
  const first = await measure();
  for (let i = 0; i < 200; i++) {
    const before = await page.locator("article h1").textContent();
    await page.locator(".folio-recommended .folio-card-link").first().click();
    await page.waitForFunction((b) => document.querySelector("article h1")?.textContent !== b, before);
    await page.locator(".folio-recommended .folio-card-link").first().waitFor();
  }
  const last = await measure();
  await context.close();
  return { first, last };
})();
const chromeVersion = browser.version();
await browser.close();
server.close();
pub.server.close();
floor?.server.close();
floorDom?.server.close();

const row = (label, xs) => { const s = stats(xs); return `| ${label} | ${ms(s.median)} | ${ms(s.min)}–${ms(s.max)} |`; };
const mb = (b) => `${(b / 1048576).toFixed(2)} MB`;
const ratio = (a, b) => (stats(a).median / stats(b).median).toFixed(2);
const sizesOf = (folder) => execFileSync("node", [join(root, "scripts/sizes.mjs"), folder], { encoding: "utf8" }).trim();
const sizes = sizesOf(dist);
const floorSizes = floor ? sizesOf(floorOut) : "";
/** A brotli total of a sizes table (the row that starts with **label**), in KB. */
const totalOf = (label) => (table) => Number(new RegExp(`^\\| \\*\\*${label}\\*\\*.*\\|\\s*([\\d.]+) KB \\|\\s*$`, "m").exec(table)?.[1] ?? NaN);
const brotliTotal = totalOf("total");
const articleTotal = totalOf("article mode");
const floorDomSizes = floorDom ? sizesOf(floorDomOut) : "";

const report = `<!-- perf:start (written by bench/perf.mjs) -->
## Article page against static HTML (issue 7)

\`./scripts/bench.sh ${RUNS}\` (the release build, then \`node bench/perf.mjs ${RUNS}\`) on ${new Date().toISOString().slice(0, 10)}:
${os.cpus().length} × ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${chromeVersion} headless, localhost, 1280×900, cold cache (a new browser context per run), ${RUNS} runs each.

### Size of the app code in dist/

${sizes}
${floor ? `
The stack's floor (\`bench/floor\`: Leptos, its router, one resource, \`gloo-net\`, \`serde_json\`, the same release profile and flags, with Folio's stylesheets):

${floorSizes}
` : ""}${floorDom ? `
The same page without Leptos (\`bench/floor/src/bin/floor-dom.rs\`: \`web-sys\` DOM calls, \`gloo-net\`, \`serde_json\`):

${floorDomSizes}
` : ""}
### Time

| measure | median | min–max |
| --- | ---: | ---: |
${row("Folio: navigation → title painted (element timing)", samples.folioTitle)}
${row("static HTML: navigation → title painted", samples.staticTitle)}
${row("Folio: Largest Contentful Paint", samples.folioLcp)}
${row("static HTML: Largest Contentful Paint", samples.staticLcp)}
${row("Folio, published page (folio-cli): navigation → title painted", samples.pubTitle)}
${row("Folio, published page: Largest Contentful Paint", samples.pubLcp)}
${row("Folio, published page: navigation → the app has taken over", samples.pubTakeover)}
${row("Folio embedded in a host page with its fragment: navigation → title painted", samples.fragmentTitle)}
${row("the published page's own markup without Folio's script: navigation → title painted", samples.pubTwinTitle)}
${row("the host page with the fragment, without Folio's script: navigation → title painted", samples.fragmentTwinTitle)}
${row("Folio embedded in a host page without a fragment (article-mode build): navigation → title painted", samples.hostPlainTitle)}
${row("Folio: title painted → the page's last part (recommended cards) in a frame", samples.folioLast)}
${floor ? `${row("the stack's floor (bench/floor, Leptos alone): navigation → title painted", samples.floorTitle)}
${row("the floor's static twin: navigation → title painted", samples.floorStaticTitle)}
${row("the floor: title painted → its last paragraph in a frame", samples.floorLast)}
` : ""}${floorDom ? `${row("the same page without Leptos (bench/floor, floor-dom): navigation → title painted", samples.floorDomTitle)}
` : ""}${row("language switch: click → translation's title painted", samples.switch)}
${row("recommended card: pointer rests 300 ms, click → its title painted", samples.card)}
${row("10,000-block article: decode", samples.hugeDecode)}
${row("10,000-block article: first screen painted", samples.hugeRender)}
${row("10,000-block article: all blocks in the page", samples.hugeComplete)}

Folio (client-rendered) / static, title painted: **${ratio(samples.folioTitle, samples.staticTitle)}×**; LCP: **${ratio(samples.folioLcp, samples.staticLcp)}×**.
Folio published page / static, title painted: **${ratio(samples.pubTitle, samples.staticTitle)}×** (target 1.1×); LCP: **${ratio(samples.pubLcp, samples.staticLcp)}×**.
Folio embedded with its fragment / static, title painted: **${ratio(samples.fragmentTitle, samples.staticTitle)}×** (target 1.1×); embedded without a fragment / static: **${ratio(samples.hostPlainTitle, samples.staticTitle)}×**.
Against their own markup without Folio's script (what the app's presence costs the title): published page **${ratio(samples.pubTitle, samples.pubTwinTitle)}×**, host page with the fragment **${ratio(samples.fragmentTitle, samples.fragmentTwinTitle)}×**; those static twins against the static article page: **${ratio(samples.pubTwinTitle, samples.staticTitle)}×** and **${ratio(samples.fragmentTwinTitle, samples.staticTitle)}×** (more markup: header, people, share links, cards, head tags).
${floor ? `**Folio against the stack's floor, in this run** (issue 15's yardstick): app code **${(brotliTotal(sizes) / brotliTotal(floorSizes)).toFixed(2)}×** (${brotliTotal(sizes)} / ${brotliTotal(floorSizes)} KB brotli; target 1.75×), the article-mode build **${(articleTotal(sizes) / brotliTotal(floorSizes)).toFixed(2)}×** (${articleTotal(sizes)} KB); cold title, client-rendered, **${ratio(samples.folioTitle, samples.floorTitle)}×** (${stats(samples.folioTitle).median.toFixed(0)} / ${stats(samples.floorTitle).median.toFixed(0)} ms; target 1.15×), embedded without a fragment **${ratio(samples.hostPlainTitle, samples.floorTitle)}×**; title → the page's last part **${ratio(samples.folioLast, samples.floorLast)}×** (${stats(samples.folioLast).median.toFixed(0)} / ${stats(samples.floorLast).median.toFixed(0)} ms: the floor draws its paragraphs with its title, Folio its people, share links and cards a frame after the article's first screen).
The stack's floor / its static twin, title painted: **${ratio(samples.floorTitle, samples.floorStaticTitle)}×** (the smallest Leptos app that loads the article's JSON and renders its title and paragraphs, against a static page of the same markup).
` : ""}${floorDom ? `The same page without Leptos / the static twin: **${ratio(samples.floorDomTitle, samples.floorStaticTitle)}×**.
` : ""}Title times come from visits with nothing in the page but the title's element timing;
LCP and CLS from separate visits with observers (which cost the page time of their own).
Cumulative Layout Shift, max over ${RUNS} runs: client-rendered ${Math.max(...samples.cls).toFixed(4)}; published page, takeover included, ${Math.max(...samples.pubCls).toFixed(4)}.

### Memory after 200 article navigations

| | after the first article | after 200 more | growth |
| --- | ---: | ---: | ---: |
| JS heap (after GC) | ${mb(memory.first.js)} | ${mb(memory.last.js)} | ${mb(memory.last.js - memory.first.js)} |
| wasm linear memory | ${mb(memory.first.wasm)} | ${mb(memory.last.wasm)} | ${mb(memory.last.wasm - memory.first.wasm)} |
<!-- perf:end -->`;

console.log(report);
const docs = join(root, "docs/benchmarks.md");
const current = readFileSync(docs, "utf8");
const updated = current.includes("<!-- perf:start")
  ? current.replace(/<!-- perf:start[\s\S]*<!-- perf:end -->/, report)
  : `${current.trimEnd()}\n\n${report}\n`;
writeFileSync(docs, updated);
