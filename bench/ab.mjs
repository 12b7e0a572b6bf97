// A/B of two release builds: cold visits to the same article, alternating between the
// two, so both see the same machine load. For deciding whether a change pays; the
// report is bench/perf.mjs.
// Usage: node bench/ab.mjs DIST_A DIST_B [runs=15] [path=/en/article/cross-border-rail-gaps]
//        MEASURE=card node bench/ab.mjs ...  (a recommended card: pointer rests 300 ms,
//        click → the new title painted)
import { clickToNewTitle, launch, ms, serve, stats, titlePainted, watchTitles } from "./common.mjs";

const [a, b] = process.argv.slice(2, 4);
if (!a || !b) {
  console.error("usage: node bench/ab.mjs DIST_A DIST_B [runs] [path]");
  process.exit(2);
}
const RUNS = Number(process.argv[4] ?? 15);
const PATH = process.argv[5] ?? "/en/article/cross-border-rail-gaps";
const servers = [await serve(a), await serve(b)];
const browser = await launch();

async function coldTitle(base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const painted = await titlePainted(page, 20000);
  await page.goto(base + PATH, { waitUntil: "commit" });
  const t = await painted();
  await context.close();
  return t;
}

async function cardClick(base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await watchTitles(page);
  await page.goto(base + PATH);
  const link = page.locator(".folio-recommended a.folio-card-link").first();
  await link.waitFor();
  await page.waitForLoadState("networkidle");
  await link.hover();
  await page.waitForTimeout(300);
  const t = await clickToNewTitle(page, ".folio-recommended a.folio-card-link");
  await context.close();
  return t;
}

const card = process.env.MEASURE === "card";
const measure = card ? cardClick : coldTitle;
const times = [[], []];
for (let i = 0; i < RUNS; i++) {
  // Alternate which goes first, so neither always follows the other.
  for (const k of i % 2 ? [1, 0] : [0, 1]) times[k].push(await measure(servers[k].base));
}
for (const [k, name] of [[0, a], [1, b]]) {
  const s = stats(times[k]);
  console.log(`${name}: ${card ? "card click → title painted" : "title painted"} median ${ms(s.median)} (${ms(s.min)}–${ms(s.max)}), ${RUNS} cold visits`);
}
await browser.close();
for (const s of servers) s.server.close();
