// Benchmark: search on the published archive (bench/archive-publish.mjs wrote it into
// target/archive-dist: the app, 140,000 pages and the content with its search index),
// Folio's own index against Pagefind's, in headless Chromium under the strict CSP.
//
// Usage: node bench/archive-search.mjs [runs] [--no-pagefind] [--reuse-pagefind]
// (--reuse-pagefind: keep a Pagefind index an earlier run built, without timing it again)
// Pagefind (npm `pagefind`, installed into target/pagefind on first use, not a project
// dependency) indexes the published German article pages (`--root-selector article`)
// into target/archive-dist/pagefind/; its time and peak memory are measured. Then, per query
// (a rare word and a common one, from the tree's own list), per run, in a new browser
// context (nothing cached):
//   Folio     – the listing opened with ?q=WORD: from navigation start to the results'
//               count and first card on screen (checked every frame), the JSON files it
//               fetched, and their bytes brotli-compressed (each alone, Node's zlib);
//   search    – on a listing already shown, from the word typed to its results on screen;
//   Pagefind  – a probe page (bench/pagefind-probe.js, no inline script) that imports
//               /pagefind/pagefind.js, searches, loads the first 12 results' data and
//               shows their titles: from navigation start to the titles on screen, the
//               files fetched and their bytes (Pagefind's files are compressed already;
//               brotli is applied to them too, to compare like with like).
// "On screen" for Folio is the first change of the DOM (a MutationObserver's log) that
// shows the final count and first card; painting follows within a frame.
// Any CSP violation or page error fails the run. Writes the table into
// docs/benchmarks.md between the archive-search markers.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { launch, serve, stats } from "./common.mjs";

const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const withPagefind = !args.includes("--no-pagefind");
const reusePagefind = args.includes("--reuse-pagefind");
const root = new URL("..", import.meta.url).pathname;
const site = join(root, "target/archive-dist");
// publish keeps its manifest beside the output: target/.folio-publish/archive-dist.json.
if (!existsSync(join(root, "target/.folio-publish/archive-dist.json"))) {
  console.error("target/archive-dist has no published archive: run node bench/archive-publish.mjs first");
  process.exit(1);
}
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:; connect-src 'self'";
// [language, what, word]. Pagefind indexes the German pages only: on all 140,000 it
// ran out of this machine's 23 GB (see docs/benchmarks.md), so the two are compared on
// the tree's 20,000 German articles, and Folio alone on the 100,000 English ones.
const QUERIES = [
  ["en", "a rare word", "quillwort"],
  ["en", "a common word", "council"],
  ["de", "a rare word", "Quellwürzling"],
  ["de", "the same typed without its umlaut", "quellwurzling"],
  ["de", "a common word", "Rat"],
];
const PAGEFIND_LANGUAGE = "de";

let pagefindBuild = null;
if (withPagefind && !(reusePagefind && existsSync(join(site, "pagefind/pagefind.js")))) {
  const prefix = join(root, "target/pagefind");
  const bin = join(prefix, "node_modules/.bin/pagefind");
  if (!existsSync(bin)) {
    mkdirSync(prefix, { recursive: true });
    writeFileSync(join(prefix, "package.json"), '{"private":true}\n');
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "pagefind@1.6.0"], { cwd: prefix, stdio: "inherit" });
  }
  rmSync(join(site, "pagefind"), { recursive: true, force: true });
  const command = [bin, "--site", site, "--glob", `${PAGEFIND_LANGUAGE}/article/**/index.html`, "--root-selector", "article", "--quiet"];
  const timed = existsSync("/usr/bin/time") ? ["/usr/bin/time", "-f", "PEAK %M", ...command] : command;
  const t = process.hrtime.bigint();
  const r = spawnSync(timed[0], timed.slice(1), { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`pagefind failed: ${r.stderr}`);
  const peak = /PEAK (\d+)/.exec(r.stderr);
  pagefindBuild = { seconds: Number(process.hrtime.bigint() - t) / 1e9, peakMb: peak ? Number(peak[1]) / 1024 : null };
  const files = execFileSync("find", [join(site, "pagefind"), "-type", "f"], { encoding: "utf8", maxBuffer: 1 << 28 }).trim().split("\n");
  pagefindBuild.files = files.length;
  pagefindBuild.mb = Number(execFileSync("du", ["-sb", join(site, "pagefind")], { encoding: "utf8" }).split("\t")[0]) / 2 ** 20;
  console.log(`pagefind: ${pagefindBuild.seconds.toFixed(1)} s, ${pagefindBuild.peakMb?.toFixed(0)} MB peak, ${files.length} files`);
}
mkdirSync(join(site, "bench"), { recursive: true });
copyFileSync(join(root, "bench/pagefind-probe.js"), join(site, "bench/pagefind-probe.js"));
writeFileSync(
  join(site, "bench/pagefind.html"),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind probe</title><script type="module" src="/bench/pagefind-probe.js"></script></head><body><ol id="results"></ol></body></html>\n',
);

const { base, server } = await serve(site, { headers: { "content-security-policy": CSP } });
const browser = await launch();

/** Bytes of the files a page fetched under `prefix`, raw and brotli-compressed. */
function bytesOf(urls) {
  let raw = 0;
  let br = 0;
  for (const url of urls) {
    const file = join(site, decodeURIComponent(new URL(url).pathname));
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    raw += body.length;
    br += brotliCompressSync(body).length;
  }
  return { raw, br, files: urls.length };
}

/** In every page: a log of the listing's state at each change of the DOM, `[time,
 * count's text, first card's link]`, to find when the final results first showed. */
function logListing() {
  window.__listing = [];
  new MutationObserver(() => {
    const count = document.querySelector(".folio-results-count");
    const card = document.querySelector(".folio-cards-listing a.folio-card-link");
    window.__listing.push([performance.now(), count?.textContent ?? null, card?.getAttribute("href") ?? null]);
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function visit(url, ready, watch) {
  const context = await browser.newContext();
  await context.addInitScript(logListing);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => /Content Security Policy|Refused/.test(m.text()) && problems.push(m.text()));
  const fetched = [];
  page.on("request", (r) => watch(r.url()) && fetched.push(r.url()));
  await page.goto(url);
  await page.waitForFunction(ready, null, { polling: "raf", timeout: 60000 });
  const at = await page.evaluate(() => performance.now());
  if (problems.length) throw new Error(problems.join("\n"));
  return { page, context, at, fetched };
}

/** Once the listing has settled (nothing loading, nothing fetched for a while): its
 * count, and the time its final state first showed, after `since`. */
async function settled(page, since = 0) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(
    () => {
      const count = document.querySelector(".folio-results-count")?.textContent ?? "";
      return /\d/.test(count) && !/…/.test(count);
    },
    null,
    { polling: "raf", timeout: 60000 },
  );
  await page.waitForTimeout(300);
  return page.evaluate((since) => {
    const log = window.__listing;
    const [, count, card] = log[log.length - 1];
    const first = log.find(([t, c, h]) => t >= since && c === count && h === card);
    return { count, at: first[0] - since };
  }, since);
}

const json = (u) => u.endsWith(".json") && !u.endsWith("/site.json");
const folioReady = () => !!document.querySelector(".folio-results-count");
const rows = [];
for (const [lang, what, word] of QUERIES) {
  const q = encodeURIComponent(word);
  const folio = [];
  const typed = [];
  const pagefind = [];
  let folioBytes;
  let pagefindBytes;
  let found = "";
  for (let run = 0; run < RUNS; run++) {
    const v = await visit(`${base}/${lang}/?q=${q}`, folioReady, json);
    const opened = await settled(v.page);
    folio.push(opened.at);
    folioBytes = bytesOf(v.fetched);
    found = opened.count;
    await v.context.close();
    // On a listing already shown: type the word, wait for its results.
    const l = await visit(`${base}/${lang}/`, folioReady, () => false);
    await settled(l.page);
    const t0 = await l.page.evaluate(() => performance.now());
    await l.page.fill("#folio-search", word);
    const shown = await settled(l.page, t0);
    if (shown.count !== found) throw new Error(`typed "${word}": ${shown.count}, opened: ${found}`);
    typed.push(shown.at);
    await l.context.close();
    if (withPagefind && lang === PAGEFIND_LANGUAGE) {
      const p = await visit(`${base}/bench/pagefind.html?lang=${lang}&q=${q}`, () => document.body.dataset.done === "1", (u) => u.includes("/pagefind/"));
      pagefind.push(p.at);
      // Its runtime (the script and its wasm) apart from its index (the rest).
      const runtime = (u) => /pagefind\.js$|\.pagefind$|pagefind-entry\.json$/.test(u);
      pagefindBytes = bytesOf(p.fetched.filter((u) => !runtime(u)));
      pagefindBytes.runtime = bytesOf(p.fetched.filter(runtime));
      pagefindBytes.count = await p.page.evaluate(() => document.body.dataset.count);
      await p.context.close();
    }
  }
  rows.push({ lang, what, word, found, folio: stats(folio).median, typed: stats(typed).median, folioBytes, pagefind: pagefind.length ? stats(pagefind).median : null, pagefindBytes });
  console.log(rows.at(-1));
}
await browser.close();
server.close();

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const commit = execFileSync("git", ["log", "-1", "--format=%h %s"], { cwd: root, encoding: "utf8" }).trim().replace(/^(.{70}).+/, "$1…");
const table = rows
  .map((r) => {
    const f = `| ${r.lang}: ${r.what} ("${r.word}") | Folio | ${r.found} | ${r.folio.toFixed(0)} ms | ${r.typed.toFixed(0)} ms | ${r.folioBytes.files} | ${kb(r.folioBytes.br)} |`;
    const b = r.pagefindBytes;
    const p = r.pagefind === null ? "" : `\n| | Pagefind | ${b.count} results | ${r.pagefind.toFixed(0)} ms | – | ${b.files} + ${b.runtime.files} | ${kb(b.br)} + runtime ${kb(b.runtime.br)} |`;
    return f + p;
  })
  .join("\n");
const build = pagefindBuild
  ? `Pagefind 1.6.0 indexed the 20,000 published German article pages in ${pagefindBuild.seconds.toFixed(0)} s (peak ${pagefindBuild.peakMb?.toFixed(0) ?? "?"} MB): ${pagefindBuild.files.toLocaleString("en")} files, ${pagefindBuild.mb.toFixed(0)} MB.`
  : withPagefind
    ? "Pagefind's index from an earlier run (--reuse-pagefind: not timed again)."
    : "Pagefind not run (--no-pagefind).";
const section = `<!-- archive-search:start (written by bench/archive-search.mjs) -->
${new Date().toISOString().slice(0, 10)}, commit "${commit}", ${RUNS} runs (medians), headless Chromium, localhost, no throttling,
strict CSP, a new browser context per run. "Opened": from navigation start to results on
screen (the app's download and start included for Folio; Pagefind's probe page has no app).
"Typed": on the listing already shown, from the word typed to its results. Files and
bytes: the JSON (Folio; the app's own code aside, as the listing loads it anyway) or the
/pagefind/ files (Pagefind: its index, + its runtime, script and wasm) the visit fetched,
brotli-compressed (Pagefind's files are gzip inside: brotli gains little on them).
${build}

| query | index | results | opened | typed | files | bytes |
| --- | --- | --- | ---: | ---: | ---: | ---: |
${table}
<!-- archive-search:end -->`;
const docs = join(root, "docs/benchmarks.md");
const text = readFileSync(docs, "utf8");
writeFileSync(
  docs,
  text.includes("<!-- archive-search:start")
    ? text.replace(/<!-- archive-search:start[\s\S]*<!-- archive-search:end -->/, section)
    : `${text.trimEnd()}\n\n### Search on the archive: Folio's index and Pagefind\n\n\`\`\`sh\nnode bench/archive-publish.mjs && node bench/archive-search.mjs 5\n\`\`\`\n\n${section}\n`,
);
console.log(section);
