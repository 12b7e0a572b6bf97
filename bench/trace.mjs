// Where a cold visit's time goes before the title is painted: a Chromium trace of one
// visit per run, summarised as the renderer's main-thread tasks (with what they spent
// their time on) and the wasm functions compiled on first call. For finding what to
// cut; the figures to report come from bench/perf.mjs.
// Usage: trunk build --release --offline && node bench/trace.mjs [runs=3] [path] [root=dist]
// (`node bench/trace.mjs 5 /static/ target/bench-perf` traces perf.mjs's static twin.)
import { launch, serve, stats, titlePainted } from "./common.mjs";
import { resolve } from "node:path";

const RUNS = Number(process.argv[2] ?? 3);
const PATH = process.argv[3] ?? "/en/article/cross-border-rail-gaps";
const ROOT = resolve(new URL("..", import.meta.url).pathname, process.argv[4] ?? "dist");
const { base, server } = await serve(ROOT);
const browser = await launch();
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.wasm", "blink.user_timing", "toplevel"];
const summary = { title: [], lazyCount: [], lazyMs: [], busyMs: [] };

for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const painted = await titlePainted(page, 20000);
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(base + PATH, { waitUntil: "commit" });
  const title = await painted();
  await page.waitForTimeout(200);
  const { traceEvents: events } = JSON.parse((await browser.stopTracing()).toString());
  await context.close();

  // The page's main thread: the renderer thread that saw the navigation start.
  const start = events.find((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL?.startsWith("http"));
  const t0 = start.ts;
  const main = (e) => e.pid === start.pid && e.tid === start.tid;
  const at = (e) => (e.ts - t0) / 1000;
  const before = (e) => at(e) >= 0 && at(e) <= title;
  // Top-level slices of the main thread: each task, whatever the trace names it.
  const tasks = [];
  for (const e of events.filter((e) => main(e) && e.ph === "X" && before(e)).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const last = tasks[tasks.length - 1];
    if (!last || e.ts >= last.ts + last.dur) tasks.push(e);
  }
  const lazy = events.filter((e) => e.name === "wasm.CompileLazy" && before(e));
  summary.title.push(title);
  summary.lazyCount.push(lazy.length);
  summary.lazyMs.push(lazy.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000);
  summary.busyMs.push(tasks.reduce((s, e) => s + e.dur, 0) / 1000);

  console.log(`\nrun ${run + 1}: title painted at ${title.toFixed(0)} ms; main-thread tasks of 3 ms or more before it:`);
  for (const task of tasks.filter((t) => t.dur >= 3000)) {
    const inside = new Map();
    for (const e of events) {
      if (main(e) && e.ph === "X" && e !== task && !/RunTask|Receive mojo|OnHandleReady/.test(e.name) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur) {
        inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      }
    }
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, d]) => `${n} ${d.toFixed(0)}`).join(", ");
    console.log(`${at(task).toFixed(0).padStart(6)} ms  ${(task.dur / 1000).toFixed(1).padStart(6)} ms  ${top}`);
  }
}
const line = (name, xs, unit = " ms") => { const s = stats(xs); console.log(`${name}: median ${s.median.toFixed(1)}${unit} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`); };
console.log(`\n${RUNS} cold visits to ${PATH}, up to the title painted:`);
line("title painted", summary.title);
line("main thread busy", summary.busyMs);
line("wasm functions compiled on first call", summary.lazyCount, "");
line("time compiling them", summary.lazyMs);
await browser.close();
server.close();
