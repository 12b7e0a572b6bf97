// A/B of two release builds: cold visits to the same article, alternating between the
// two, so both see the same machine load. For deciding whether a change pays; the
// report is bench/perf.mjs.
// Usage: node bench/ab.mjs DIST_A DIST_B [runs=15] [path=/en/article/cross-border-rail-gaps]
//        MEASURE=card node bench/ab.mjs ...  (a recommended card: pointer rests 300 ms,
//        click → the new title painted)
import { launch, serve, stats, ms } from "./common.mjs";

const [a, b] = process.argv.slice(2, 4);
if (!a || !b) {
  console.error("usage: node bench/ab.mjs DIST_A DIST_B [runs] [path]");
  process.exit(2);
}
const RUNS = Number(process.argv[4] ?? 15);
const PATH = process.argv[5] ?? "/en/article/cross-border-rail-gaps";
const servers = [await serve(a), await serve(b)];
const browser = await launch();

// The title's paint time reaches Node through a binding, so Playwright evaluates nothing
// in the page (its injected script costs the main thread 10-20 ms) before the title.
async function titlePainted(base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let reported;
  const painted = new Promise((resolve) => (reported = resolve));
  await page.exposeBinding("__folioTitlePainted", (_, t) => reported(t));
  await page.addInitScript(() => {
    new PerformanceObserver((l, observer) =>
      l.getEntries().forEach((e) => {
        if (e.identifier === "folio-title") {
          observer.disconnect();
          window.__folioTitlePainted(e.renderTime);
        }
      }),
    ).observe({ type: "element", buffered: true });
  });
  await page.goto(base + PATH, { waitUntil: "commit" });
  const t = await Promise.race([painted, new Promise((_, fail) => setTimeout(() => fail(new Error("no title painted in 20 s")), 20000))]);
  await context.close();
  return t;
}

async function cardClick(base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__titles = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => e.identifier === "folio-title" && window.__titles.push([e.renderTime, e.element?.textContent]))).observe({ type: "element", buffered: true });
  });
  await page.goto(base + PATH);
  const link = page.locator(".folio-recommended a.folio-card-link").first();
  await link.waitFor();
  await page.waitForLoadState("networkidle");
  await link.hover();
  await page.waitForTimeout(300);
  const t = await page.evaluate(async () => {
    const before = document.querySelector("article h1")?.textContent;
    const t0 = performance.now();
    document.querySelector(".folio-recommended a.folio-card-link").click();
    const painted = () => window.__titles.find(([t, text]) => t > t0 && text !== before);
    await new Promise((r) => { const check = () => (painted() ? r() : setTimeout(check, 5)); check(); });
    return painted()[0] - t0;
  });
  await context.close();
  return t;
}

const measure = process.env.MEASURE === "card" ? cardClick : titlePainted;
const times = [[], []];
for (let i = 0; i < RUNS; i++) {
  // Alternate which goes first, so neither always follows the other.
  for (const k of i % 2 ? [1, 0] : [0, 1]) times[k].push(await measure(servers[k].base));
}
for (const [k, name] of [[0, a], [1, b]]) {
  const s = stats(times[k]);
  console.log(`${name}: ${process.env.MEASURE === "card" ? "card click → title painted" : "title painted"} median ${ms(s.median)} (${ms(s.min)}–${ms(s.max)}), ${RUNS} cold visits`);
}
await browser.close();
for (const s of servers) s.server.close();
