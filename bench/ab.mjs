// A/B of two release builds: cold visits to the same article, alternating between the
// two, so both see the same machine load. For deciding whether a change pays; the
// report is bench/perf.mjs.
// Usage: node bench/ab.mjs DIST_A DIST_B [runs=15] [path=/en/article/cross-border-rail-gaps]
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

async function titlePainted(base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__title = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => e.identifier === "folio-title" && !window.__title && (window.__title = e.renderTime))).observe({ type: "element", buffered: true });
  });
  await page.goto(base + PATH);
  await page.waitForFunction(() => window.__title > 0, null, { timeout: 20000 });
  const t = await page.evaluate(() => window.__title);
  await context.close();
  return t;
}

const times = [[], []];
for (let i = 0; i < RUNS; i++) {
  // Alternate which goes first, so neither always follows the other.
  for (const k of i % 2 ? [1, 0] : [0, 1]) times[k].push(await titlePainted(servers[k].base));
}
for (const [k, name] of [[0, a], [1, b]]) {
  const s = stats(times[k]);
  console.log(`${name}: title painted median ${ms(s.median)} (${ms(s.min)}–${ms(s.max)}), ${RUNS} cold visits`);
}
await browser.close();
for (const s of servers) s.server.close();
