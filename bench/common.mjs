// What the benchmarks share: a static server for a copied dist/, headless Chromium with
// the flags this machine needs, and medians.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".jpg": "image/jpeg", ".png": "image/png", ".webp": "image/webp" };

/**
 * Serves `root` on a free localhost port as a static host with an SPA fallback does:
 * files by path, a folder's own `index.html` where it has one (a published page, a
 * static twin), else the root's `index.html`. `cacheControl()` is read per response;
 * `headers` are sent with every response (a Content-Security-Policy, for one).
 * Returns the base URL and the server.
 */
export async function serve(root, { cacheControl = () => "no-store", headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const own = join(root, path, "index.html");
    const file = /\.[a-z0-9_]+$/i.test(path) ? join(root, path) : existsSync(own) ? own : join(root, "index.html");
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": cacheControl() }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { base: `http://127.0.0.1:${server.address().port}`, server };
}

export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", ...extraArgs],
  });
}

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

export const ms = (x) => `${x.toFixed(1)} ms`;

/**
 * Returns a function that waits for the page's title (`elementtiming="folio-title"`) to
 * be painted and gives its paint time. Call before `goto`. The time reaches Node through a binding, so nothing of
 * Playwright's runs in the page before the title (its injected script would cost the
 * page's main thread 10–20 ms).
 */
export async function titlePainted(page, timeoutMs = 30000) {
  let reported;
  const painted = new Promise((resolve) => (reported = resolve));
  await page.exposeBinding("__folioTitlePainted", (_, t) => reported(t));
  await page.addInitScript(() => {
    new PerformanceObserver((list, observer) =>
      list.getEntries().forEach((e) => e.identifier === "folio-title" && (observer.disconnect(), window.__folioTitlePainted(e.renderTime))),
    ).observe({ type: "element", buffered: true });
  });
  return async () => {
    let timer;
    const late = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`no title painted in ${timeoutMs} ms`)), timeoutMs)));
    try {
      return await Promise.race([painted, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Records every paint of a title, for `clickToNewTitle`. Call before `goto`. */
export function watchTitles(page) {
  return page.addInitScript(() => {
    window.__titles = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => e.identifier === "folio-title" && window.__titles.push([e.renderTime, e.element?.textContent]))).observe({ type: "element", buffered: true });
  });
}

/** Clicks `selector` in the page; milliseconds from the click to a new title painted. */
export function clickToNewTitle(page, selector) {
  return page.evaluate(async (selector) => {
    const before = document.querySelector("article h1")?.textContent;
    const t0 = performance.now();
    document.querySelector(selector).click();
    const painted = () => window.__titles.find(([t, text]) => t > t0 && text !== before);
    await new Promise((r) => { const check = () => (painted() ? r() : setTimeout(check, 5)); check(); });
    return painted()[0] - t0;
  }, selector);
}

/**
 * Runs a program to its end: its wall time in seconds, its peak resident memory in MB
 * (from /usr/bin/time where it exists, else null) and its stdout. Throws, with its
 * output, if it fails.
 */
export function timed(program, args, { cwd } = {}) {
  const time = existsSync("/usr/bin/time") ? ["/usr/bin/time", "-f", "PEAK %M"] : [];
  const command = [...time, program, ...args];
  const t = process.hrtime.bigint();
  const r = spawnSync(command[0], command.slice(1), { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`${program} ${args.join(" ")} failed (${r.status}): ${r.stdout}${r.stderr}`);
  const peak = /PEAK (\d+)/.exec(r.stderr ?? "");
  return { seconds, peak: peak ? Number(peak[1]) / 1024 : null, output: r.stdout.trim() };
}
