// Hostile content in every field (tests/fixtures/hostile, written by its make.py):
// nothing executes, no markup or handler reaches the DOM, every text comes out as it
// went in, and nothing overflows the page; in the app, in article mode inside a host
// page, and (tests/fixtures/hostile-valid: the same words in a tree that validates)
// published by folio-cli, read with JavaScript off and taken over with it on.
import { test, expect } from "./guard.js";
import { readFileSync } from "node:fs";
import { picturesSettled, twoFrames } from "./helpers.js";
import { STRICT_CSP } from "./csp.mjs";

const DIR = new URL("../fixtures/hostile/", import.meta.url);
const read = (p) => readFileSync(new URL(p, DIR), "utf8");
const S = JSON.parse(read("strings.json"));
const article = JSON.parse(read("en/articles/hostile.json"));
const site = JSON.parse(read("site.json"));

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__calls = [];
    for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
      window[name] = (...args) => window.__calls.push([name, ...args]);
    }
  });
  await page.route("**/content/**", (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/content\//, "");
    try {
      return route.fulfill({ contentType: "application/json", body: read(path) });
    } catch {
      return route.fulfill({ status: 404, body: "missing" });
    }
  });
});

/**
 * Everything that must hold on a page showing hostile content, over the whole document,
 * head included: in the head only the page's own tags (meta without http-equiv, links of
 * known kinds, the module script from this origin, JSON-LD that parses whole); in the body
 * no such element at all; nowhere a handler, a style attribute or a refused scheme.
 */
async function expectHarmless(page, { host = false } = {}) {
  const report = await page.evaluate((host) => {
    const all = [...document.querySelectorAll("*")];
    const inHead = (e) => document.head.contains(e);
    const parses = (text) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const own = (e) => {
      if (!inHead(e)) return false;
      switch (e.tagName) {
        case "META":
          return !e.hasAttribute("http-equiv");
        case "LINK":
          return ["icon", "stylesheet", "modulepreload", "preload", "canonical", "alternate"].includes(e.rel);
        case "SCRIPT":
          return (e.type === "module" && /^\/[^/]/.test(e.getAttribute("src") ?? "") && e.textContent === "") || (e.type === "application/ld+json" && parses(e.textContent));
        default:
          return false;
      }
    };
    return {
      pwned: window.__pwned ?? null,
      calls: window.__calls ?? [], // none recorded with JavaScript off
      // A host page's own loader, in its body, is the host's.
      dangerous: all
        .filter((e) => !(host && e.tagName === "SCRIPT" && e.getAttribute("src") === "/folio/boot.js"))
        .filter((e) => /^(script|iframe|object|embed|frame|base|meta|link|style|noscript|template)$/i.test(e.tagName) && !own(e))
        .map((e) => e.outerHTML.slice(0, 120)),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
      styles: all.filter((e) => e.hasAttribute("style")).map((e) => e.tagName),
      urls: all
        .flatMap((e) => ["href", "src", "action", "formaction"].map((a) => e.getAttribute(a)).filter(Boolean))
        .filter((u) => !/^(https?:|mailto:|\/|#)/i.test(u)),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  }, host);
  expect(report).toEqual({ pwned: null, calls: [], dangerous: [], handlers: [], styles: [], urls: [], overflow: report.overflow });
  expect(report.overflow).toBeLessThanOrEqual(0);
}

for (const width of [320, 1280]) {
  test(`the hostile article at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/en/article/hostile");
    const a = page.locator("article.folio-article");
    await expect(a.locator("h1")).toHaveText(article.title);
    await expect(a.locator(".folio-subtitle")).toHaveText(article.subtitle);
    await expect(a.locator(".folio-kind")).toHaveText(S.H, { useInnerText: false });
    await expect(page.locator(".folio-site-name")).toHaveText(site.name);
    await expect(a.locator(".folio-people h2")).toHaveText(S.H);
    await expect(a.locator(".folio-person-name").first()).toHaveText(S.H);
    await expect(a.locator(".folio-quote cite")).toHaveText(S.H);
    // Refused URLs: links keep their text, images are gone.
    await expect(a.locator(".folio-lead-image")).toHaveCount(0);
    await expect(a.locator(".folio-body img")).toHaveCount(1);
    await expect(a.locator(".folio-body p").first()).toContainText(`link 0 ${S.H}`);
    await expect(a.locator(".folio-body strong").first()).toHaveText(S.WORD);
    await expect(a.locator(".folio-body em").first()).toHaveText(S.RTL);
    await expect(page.locator(".folio-recommended .folio-card")).toHaveCount(4);
    await expect(page.locator(".folio-recommended .folio-card-link").first()).toHaveText(`${S.H} ${S.TITLE} ${S.WORD}`);
    await expect(page).toHaveTitle(`${article.title} – ${site.name}`);
    await picturesSettled(page);
    await twoFrames(page);
    await expectHarmless(page);
  });

  test(`the hostile listing at ${width} px, searched`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/en/");
    await expect(page.locator(".folio-cards-listing .folio-card")).toHaveCount(5);
    await page.getByLabel("Search articles").fill("<script>");
    await expect(page.locator(".folio-cards-listing mark").first()).toHaveText("<script>");
    await page.getByLabel("Topic").selectOption("water");
    await expect(page.locator(".folio-cards-listing .folio-card")).toHaveCount(4); // the fifth has no topics
    await picturesSettled(page);
    await twoFrames(page);
    await expectHarmless(page);
  });
}

test("the hostile article in article mode, inside a host page", async ({ page }) => {
  await page.route("**/embed/hostile.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "content-security-policy": STRICT_CSP },
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
             <body><p id="host">Host content</p>
             <div id="folio" data-mode="article" data-article="hostile" data-endpoint="/content/"></div>
             <script type="module" src="/folio/boot.js"></script></body></html>`,
    }),
  );
  await page.goto("/embed/hostile.html");
  await expect(page.locator("article.folio-article h1")).toHaveText(article.title);
  await expect(page.locator(".folio-recommended .folio-card")).toHaveCount(4);
  await expect(page).toHaveTitle("Host");
  await expect(page.locator("#host")).toHaveText("Host content");
  await picturesSettled(page);
  await twoFrames(page);
  await expectHarmless(page, { host: true });
});

test.describe("published by folio-cli", () => {
  const HOST = "http://127.0.0.1:4179";
  const V = new URL("../fixtures/hostile-valid/", import.meta.url);
  const valid = JSON.parse(readFileSync(new URL("en/articles/hostile.json", V), "utf8"));
  const pages = ["/en/article/hostile/", "/de/article/hostile-de/", "/en/article/hostile-two/", "/en/", "/de/"];

  for (const path of pages) {
    test(`${path} with JavaScript off, then on`, async ({ browser, page, request }) => {
      // The published tree serves its own content (not the other fixture's, routed above).
      await page.unroute("**/content/**");
      // The JSON-LD block parses, and nothing in it can end its <script> early.
      const html = await (await request.get(`${HOST}${path}`)).text();
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(() => JSON.parse(json)).not.toThrow();
        expect(json).not.toMatch(/<\/|<!--/);
      }
      expect(html).not.toContain("<script>window.__pwned");

      const still = await browser.newContext({ javaScriptEnabled: false });
      const off = await still.newPage();
      await off.goto(`${HOST}${path}`);
      await expect(off.locator("h1").first()).toBeVisible();
      if (path.includes("/article/")) await expect(off.locator("article h1")).toHaveText(valid.title);
      await expectHarmless(off);
      await still.close();

      await page.goto(`${HOST}${path}`);
      await expect(page.locator("#folio-prerender")).toHaveCount(0);
      if (path.includes("/article/")) await expect(page.locator("article h1")).toHaveText(valid.title);
      await picturesSettled(page);
      await twoFrames(page);
      await expectHarmless(page);
    });
  }
});
