// Benchmark: the listing with a generated index of 5,000 cards, in headless Chromium.
// Usage: node bench/listing.mjs [runs]   (after `trunk build --release --offline`)
// Two rounds: "cold", a new browser context per run (nothing cached, as on a first
// visit), and "warm", one context reloaded per run with HTTP caching on (a returning
// reader: the browser reuses the wasm and its compiled code).
//
// It copies dist/ to target/bench-listing/, replaces the content with one language whose
// index.json has 5,000 generated cards, serves it on localhost, and measures per run
// (fresh page each time):
//   decode  – from the index's text in memory (mark "folio:fetched") to decoded
//             ("folio:decoded"), as marked by the app's loader;
//   render  – from decoded to the first page of cards painted;
//   total   – from the text in memory to painted (decode + filter + render + paint);
// then, on the loaded page, from a change to the next paint: a search typed, a kind
// filter chosen, page 2 opened.
import { cpSync, mkdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { launch, ms, serve, stats } from "./common.mjs";

const RUNS = Number(process.argv[2] ?? 10);
const CARDS = 5000;
const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const out = join(root, "target/bench-listing");
if (!existsSync(join(dist, "boot.js"))) {
  console.error("dist/ has no build: run `trunk build --release --offline` first");
  process.exit(1);
}

// Deterministic content: a small linear congruential generator.
let seed = 42;
const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const WORDS = "parliament water grid rail Zürich Łódź energy court budget trade ocean digital rights vote report youth jobs climate farmers health data border transport council agreement hearing".split(" ");
const KINDS = ["news", "press-release", "opinion", "event", "publication", "video"];
const TOPICS = ["water", "energy", "transport", "trade", "oceans", "digital-rights", "rule-of-law", "employment"];
const sentence = (n) => Array.from({ length: n }, () => WORDS[rand(WORDS.length)]).join(" ");
const cards = Array.from({ length: CARDS }, (_, i) => {
  const day = new Date(Date.UTC(2026, 0, 1) - i * 86400000 / 3);
  return {
    slug: `article-${i}`,
    kind: KINDS[rand(KINDS.length)],
    date: day.toISOString().slice(0, 10),
    title: `${sentence(6)} ${i}`,
    summary: sentence(24),
    image: { src: "img/rail-border-bridge.svg", alt: sentence(4), credit: "Bench" },
    topics: [TOPICS[rand(TOPICS.length)], TOPICS[rand(TOPICS.length)]],
  };
});

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(dist, out, { recursive: true });
rmSync(join(out, "content"), { recursive: true, force: true });
mkdirSync(join(out, "content/en"), { recursive: true });
cpSync(join(dist, "content/img"), join(out, "content/img"), { recursive: true });
writeFileSync(join(out, "content/site.json"), JSON.stringify({ version: 1, name: "Bench", default_language: "en", languages: ["en"] }));
const indexJson = JSON.stringify({ articles: cards });
writeFileSync(join(out, "content/en/index.json"), indexJson);

let warm = false;
const { base, server } = await serve(out, { cacheControl: () => (warm ? "max-age=3600" : "no-store") });
const browser = await launch();

// In the page: resolves with performance.now() at the first paint after `selector`
// matches and its content changed.
const PAINTED = `(selector, before) => new Promise((resolve) => {
  const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
  const ready = () => { const el = document.querySelector(selector); return el && el.innerText !== before; };
  if (ready()) return done();
  new MutationObserver((_, obs) => { if (ready()) { obs.disconnect(); done(); } })
    .observe(document.body, { childList: true, subtree: true, characterData: true });
})`;

async function measure(page, samples) {
  const painted = await page.evaluate(`(${PAINTED})(".folio-cards-listing .folio-card", null)`);
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType("mark").filter((m) => m.name.endsWith("en/index.json")).map((m) => [m.name.split(" ")[0], m.startTime])),
  );
  samples.decode.push(marks["folio:decoded"] - marks["folio:fetched"]);
  samples.render.push(painted - marks["folio:decoded"]);
  samples.total.push(painted - marks["folio:fetched"]);

  const change = async (label, act) => {
    const before = await page.locator(".folio-cards-listing").innerText();
    const t0 = await page.evaluate(act);
    const t1 = await page.evaluate(`(${PAINTED})(".folio-cards-listing", ${JSON.stringify(before)})`);
    samples[label].push(t1 - t0);
  };
  await change("search", () => {
    const input = document.querySelector("#folio-search");
    const t = performance.now();
    input.value = "zurich grid";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    return t;
  });
  await change("filter", () => {
    const select = document.querySelector("#folio-filter-kind");
    const t = performance.now();
    select.value = "opinion";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    return t;
  });
  await change("page", () => {
    const t = performance.now();
    document.querySelector("a[rel=next]").click();
    return t;
  });
}

const fresh = () => ({ decode: [], render: [], total: [], search: [], filter: [], page: [] });
const cold = fresh();
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/en/`);
  await measure(page, cold);
  await context.close();
}
warm = true;
const hot = fresh();
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (let run = -2; run < RUNS; run++) {
    await page.goto(`${base}/en/`);
    // The first two visits fill the HTTP cache and let V8 cache the compiled wasm.
    await measure(page, run < 0 ? fresh() : hot);
  }
  await context.close();
}
await browser.close();
server.close();

const rows = {
  decode: "decode 5,000 cards (serde_json, in wasm)",
  render: "filter, render page 1 and paint",
  total: "**index in memory → page painted**",
  search: "search typed (\"zurich grid\") → painted",
  filter: "kind filter chosen → painted",
  page: "page 2 opened → painted",
};
console.log(`Listing benchmark: ${CARDS} cards (${(indexJson.length / 1024).toFixed(0)} KB of JSON), ${RUNS} runs each, headless Chromium\n`);
console.log("| step | cold median | cold min–max | warm median | warm min–max |\n| --- | ---: | ---: | ---: | ---: |");
for (const [key, label] of Object.entries(rows)) {
  const c = stats(cold[key]);
  const h = stats(hot[key]);
  console.log(`| ${label} | ${ms(c.median)} | ${ms(c.min)}–${ms(c.max)} | ${ms(h.median)} | ${ms(h.min)}–${ms(h.max)} |`);
}
