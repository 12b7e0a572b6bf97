// A reader's journey in Firefox ESR, through plain WebDriver (geckodriver; Playwright's
// own Firefox build cannot be installed here): the listing, a search, an article, the
// language switch, a recommended card, Back, the share links, all under the strict CSP
// (violations are reported to the test server, which must have none at the end; a
// canary violation first proves that Firefox reports them).
// Run: node tests/firefox/journey.mjs  (needs dist/, firefox-esr and geckodriver; test.sh
// provides them). GECKODRIVER and FIREFOX name the binaries when they are elsewhere.
import { spawn } from "node:child_process";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { WebDriver } from "./webdriver.mjs";

const PORT = 4280;
const DRIVER_PORT = 4444;
const BASE = `http://127.0.0.1:${PORT}`;
const root = new URL("../..", import.meta.url).pathname;
const sample = (path) => JSON.parse(readFileSync(`${root}public/content/${path}`, "utf8"));

/** Starts a process and waits until it prints `ready` (or fails). */
function start(command, args, ready) {
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    const seen = (data) => {
      if (ready.test(String(data))) resolve(child);
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.on("exit", (code) => reject(new Error(`${command} exited with ${code} before it was ready`)));
    setTimeout(() => reject(new Error(`${command} not ready after 20 s`)), 20_000);
  });
}

const reports = async () => (await fetch(`${BASE}/__csp-reports`)).json();

async function journey(wd) {
  const step = (what) => console.log(`  ${what}`);
  const index = sample("en/index.json").articles;
  const water = sample("en/articles/water-resilience-report.json");
  const waterDe = sample("de/articles/wasserresilienz-bericht.json");

  step("the canary: a picture the policy refuses is reported");
  await wd.go(`${BASE}/en/`);
  await wd.find(".folio-cards-listing .folio-card");
  await wd.script(`const i = document.createElement("img"); i.src = "http://canary.invalid/x.png"; document.body.append(i);`);
  const canary = await wd.until("the canary's report", async () => (await reports()).join(""), 5000);
  assert.match(canary, /canary\.invalid\/x\.png/);

  step("the listing: the newest articles, each a link");
  await wd.go(`${BASE}/en/`);
  const first = await wd.find(".folio-cards-listing .folio-card-link");
  assert.equal(await wd.text(first), index[0].title);
  assert.equal(await wd.text(await wd.find("h1")), "Articles");

  step("a search narrows the listing and goes into the address");
  await wd.type(await wd.find("#folio-search"), "reservoir");
  await wd.until("the search in the address", async () => (await wd.url()).includes("q=reservoir"));
  const found = await wd.until("one result", async () => {
    const links = await wd.all(".folio-cards-listing .folio-card-link");
    const texts = await Promise.all(links.map((l) => wd.text(l)));
    return texts.includes(water.title) && links[texts.indexOf(water.title)];
  });

  step("an article: its title, its language, its share links");
  await wd.click(found);
  await wd.until("the article", async () => (await wd.text(await wd.find("article h1"))) === water.title);
  assert.match(await wd.url(), /\/en\/article\/water-resilience-report$/);
  assert.equal(await wd.script("return document.documentElement.lang"), "en");
  const email = await wd.find("a.folio-share-email");
  assert.match(await wd.attribute(email, "href"), /^mailto:\?subject=/);
  const x = await wd.find("a.folio-share-x");
  const shared = encodeURIComponent(`${BASE}/en/article/water-resilience-report`);
  assert.match(await wd.attribute(x, "href"), /^https:\/\/twitter\.com\/intent\/tweet\?/);
  assert.ok((await wd.attribute(x, "href")).endsWith(`&url=${shared}`));
  assert.equal(await wd.attribute(x, "rel"), "noopener noreferrer");
  assert.equal((await wd.all("button.folio-video-play")).length, 1, "the video waits for a click");
  assert.equal((await wd.all("iframe")).length, 0);

  step("the language switch: the German version, in German");
  await wd.click(await wd.find(".folio-languages-button"));
  await wd.click(await wd.find(".folio-language-list a[hreflang=de]"));
  await wd.until("the German article", async () => (await wd.text(await wd.find("article h1"))) === waterDe.title);
  assert.match(await wd.url(), /\/de\/article\/wasserresilienz-bericht$/);
  assert.equal(await wd.script("return document.documentElement.lang"), "de");

  step("a recommended card, then Back");
  const card = await wd.find(".folio-recommended .folio-card-link");
  const cardTitle = await wd.text(card);
  await wd.click(card);
  await wd.until("the recommended article", async () => (await wd.text(await wd.find("article h1"))) === cardTitle);
  await wd.back();
  await wd.until("the German article again", async () => (await wd.text(await wd.find("article h1"))) === waterDe.title);

  step("no violation of the policy on the way");
  // A last canary: once its report is in, any report from before it would be too.
  await wd.script(`const i = document.createElement("img"); i.src = "http://canary.invalid/end.png"; document.body.append(i);`);
  const seen = [];
  await wd.until("the last canary's report", async () => {
    seen.push(...(await reports()));
    return seen.some((r) => r.includes("end.png"));
  });
  assert.deepEqual(seen.filter((r) => !r.includes("canary.invalid")), []);
}

const server = await start("node", ["tests/e2e/server.mjs", "dist", String(PORT)], /serving on/);
const geckodriver = process.env.GECKODRIVER ?? "geckodriver";
const driver = await start(geckodriver, ["--port", String(DRIVER_PORT)], /Listening on/);
const wd = new WebDriver(`http://127.0.0.1:${DRIVER_PORT}`);
let failed = false;
try {
  await wd.start({
    browserName: "firefox",
    "moz:firefoxOptions": { binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr", args: ["-headless"] },
  });
  console.log(`Firefox ${wd.capabilities.browserVersion}, through WebDriver:`);
  await journey(wd);
  console.log("the reader's journey passes in Firefox");
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await wd.quit().catch(() => {});
  driver.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
