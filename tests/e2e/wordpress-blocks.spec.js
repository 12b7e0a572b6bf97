// The WordPress fixtures of a post per core block and of the classic editor's every tag
// (tests/fixtures/wordpress/core-blocks.xml, classic.xml), imported by folio-cli with
// their pictures and published (port 4180, scripts/test.sh): every imported article
// renders in the app under the strict CSP without a console error or a failed request
// (the guard), reads whole with JavaScript off, and the pages with tables, galleries,
// code and social posts pass axe.
import { test, expect } from "./guard.js";
import { readFileSync } from "node:fs";
import { expectAccessible, picturesSettled } from "./helpers.js";

const HOST = "http://127.0.0.1:4180";
const TREE = new URL("../../target/wp-blocks-tree/", import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, TREE), "utf8"));
const cards = read("en-US/index.json").articles;

test("both fixtures were imported", () => {
  expect(cards.length).toBe(33);
});

for (const card of cards) {
  test(`${card.slug}: in the app, and with JavaScript off`, async ({ page, browser }) => {
    const url = `${HOST}/en-US/article/${card.slug}`;
    await page.goto(url);
    await expect(page.locator("#folio-prerender")).toHaveCount(0);
    await expect(page.locator("article h1")).toHaveText(card.title);
    await expect(page.locator(".folio-body > *")).not.toHaveCount(0);
    await picturesSettled(page);
    const shown = await page.locator(".folio-body > *").count();

    const off = await browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(url);
    await expect(still.locator("article h1")).toHaveText(card.title);
    // The same blocks as the app shows.
    expect(await still.locator(".folio-body > *").count()).toBe(shown);
    await off.close();
  });
}

for (const slug of ["winter-berths-and-ferry-times", "harbour-day-2022-pictures", "tide-times-widget", "ferry-timetable-tweet", "winter-fair-parking", "harbour-newsletter-june-2022"]) {
  test(`${slug} is accessible`, async ({ page }) => {
    await page.goto(`${HOST}/en-US/article/${slug}`);
    await expect(page.locator("#folio-prerender")).toHaveCount(0);
    await picturesSettled(page);
    await expectAccessible(page);
  });
}
