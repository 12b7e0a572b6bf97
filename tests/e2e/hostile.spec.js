// Hostile content in every field (tests/fixtures/hostile, written by its make.py):
// nothing executes, no markup or handler reaches the DOM, every text comes out as it
// went in, and nothing overflows the page.
import { test, expect } from "./guard.js";
import { readFileSync } from "node:fs";
import { picturesSettled, twoFrames } from "./helpers.js";

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
async function expectHarmless(page) {
  const report = await page.evaluate(() => {
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
      calls: window.__calls,
      dangerous: all
        .filter((e) => /^(script|iframe|object|embed|frame|base|meta|link|style|noscript|template)$/i.test(e.tagName) && !own(e))
        .map((e) => e.outerHTML.slice(0, 120)),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
      styles: all.filter((e) => e.hasAttribute("style")).map((e) => e.tagName),
      urls: all
        .flatMap((e) => ["href", "src", "action", "formaction"].map((a) => e.getAttribute(a)).filter(Boolean))
        .filter((u) => !/^(https?:|mailto:|\/|#)/i.test(u)),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
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
