// One renderer: a page published by `folio-cli publish` is drawn natively by the app's
// own components, so the app, taking it over, renders the same DOM. For every sample
// article in every language, and every listing, the published `.folio` markup (as the
// browser reads it with JavaScript off) and the app's markup after the takeover must be
// the same tree of elements, classes, attributes and text. Ignored: comments (Leptos's
// markers) and what exists only with JavaScript (buttons and their list items, the
// Mastodon dialog). A site in en-US proves that dates no longer drift.
import { test, expect } from "./guard.js";
import { readdirSync } from "node:fs";
import { sample, domTree as tree } from "./helpers.js";

const HOST = "http://127.0.0.1:4175";
const US_HOST = "http://127.0.0.1:4176";
const site = sample("site.json");


/** The published page's tree, read with JavaScript off. */
async function publishedTree(browser, url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const t = await page.evaluate(tree, "#folio-prerender");
  await context.close();
  return t;
}

/** The app's tree once it has taken the published page over and shows all of it. */
async function appTree(page, url, ready) {
  await page.goto(url);
  await expect(page.locator("#folio-prerender")).toHaveCount(0);
  await expect(page.locator(ready).first()).toBeVisible();
  await expect(page.locator(".folio-card-pending")).toHaveCount(0);
  return page.evaluate(tree, "body > .folio");
}

const articles = (lang) =>
  readdirSync(new URL(`../../public/content/${lang}/articles/`, import.meta.url)).map((f) => f.replace(/\.json$/, ""));

for (const lang of site.languages) {
  test(`every ${lang} article: the published page and the app render the same DOM`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    for (const slug of articles(lang)) {
      const url = `${HOST}/${lang}/article/${slug}`;
      const published = await publishedTree(browser, url);
      expect(published, url).not.toBeNull();
      const app = await appTree(page, url, ".folio-recommended .folio-cards");
      expect(app, url).toEqual(published);
    }
  });

  test(`the ${lang} listing: the published page and the app render the same DOM`, async ({ page, browser }) => {
    const url = `${HOST}/${lang}/`;
    const published = await publishedTree(browser, url);
    const app = await appTree(page, url, ".folio-cards-listing .folio-card");
    expect(app).toEqual(published);
  });
}

test("an en-US site: dates read the same before and after the takeover", async ({ page, browser }) => {
  const url = `${US_HOST}/en-US/article/ferry-timetable`;
  const published = await publishedTree(browser, url);
  const app = await appTree(page, url, ".folio-recommended .folio-cards");
  expect(app).toEqual(published);
  await expect(page.locator(".folio-meta time")).toHaveText("February 7, 2017");
  await expect(page.locator(".folio-recommended .folio-card-date time")).toHaveText(["January 15, 2017", "December 2, 2016"]);
});
