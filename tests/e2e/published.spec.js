// Pages published by `folio-cli publish` (served on the port after the content server,
// as a static host serves them): complete without JavaScript, and taken over by Folio
// with JavaScript, with nothing moving.
import { test, expect } from "./guard.js";
import { sample, expectAccessible, recordShifts, shifts } from "./helpers.js";

const HOST = "http://127.0.0.1:4175";
const site = sample("site.json");
const index = sample("en/index.json").articles;
const slug = "cross-border-rail-gaps";
const article = sample(`en/articles/${slug}.json`);
const germanSlug = article.translations.de;
const german = sample(`de/articles/${germanSlug}.json`);
// The article's own recommended cards first, filled from the index up to four.
const RECOMMENDED = 4;
const LINK_CHANNELS = ["email", "x", "facebook", "linkedin", "whatsapp", "telegram", "bluesky", "reddit"];

/** The boxes of an article page's parts, to compare the prerendered and app renders. */
async function layout(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [".folio-header", ".folio-meta", "h1", ".folio-subtitle", ".folio-lead-image", ".folio-body", ".folio-people", ".folio-share h2", ".folio-recommended", ".folio-cards"].map((s) => {
        const el = [...document.querySelectorAll(s)].find((e) => e.getClientRects().length > 0);
        const r = el?.getBoundingClientRect();
        return [s, r ? [r.x, r.y, r.width, r.height].map(Math.round) : null];
      }),
    ),
  );
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("an article page shows the whole article, and its links work", async ({ page }) => {
    await page.goto(`${HOST}/en/article/${slug}`);
    const a = page.locator("article.folio-article");
    await expect(a.locator("h1")).toHaveText(article.title);
    await expect(a.locator(".folio-meta time")).toHaveAttribute("datetime", article.date);
    await expect(a.locator(".folio-meta time")).toHaveText(/\d{4}/);
    await expect(a.locator(".folio-subtitle")).toHaveText(article.subtitle);
    const blocks = a.locator(".folio-body > *");
    await expect(blocks).toHaveCount(article.body.length);
    await expect(a.locator(".folio-person")).toHaveCount(article.people.length);
    await expect(a.locator(".folio-people h2")).toHaveText(site.people_heading.en);
    // Share: plain links, one per link channel of the site.
    const channels = (site.share ?? LINK_CHANNELS).filter((c) => LINK_CHANNELS.includes(c));
    await expect(a.locator(".folio-share-list a")).toHaveCount(channels.length);
    await expect(a.locator(".folio-share-list button")).toHaveCount(0);
    await expect(a.locator(".folio-share-x")).toHaveAttribute("href", /^https:\/\/(x|twitter)\.com\/intent\/tweet\?/);
    // Recommended: links to published pages.
    await expect(a.locator(".folio-recommended .folio-card-link")).toHaveCount(RECOMMENDED);
    await expect(page).toHaveTitle(`${article.title} – ${site.name}`);
    // The switcher opens without JavaScript and leads to the published translation.
    await page.locator("summary.folio-languages-button").click();
    await page.locator('.folio-language[hreflang="de"]').click();
    await expect(page).toHaveURL(`${HOST}/de/article/${germanSlug}`);
    await expect(page.locator("h1")).toHaveText(german.title);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    // A recommended card opens its article.
    await page.locator(".folio-card-link").first().click();
    await expect(page.locator("article h1")).not.toHaveText(german.title);
  });

  test("a listing page shows the newest twelve", async ({ page }) => {
    await page.goto(`${HOST}/en/`);
    await expect(page.locator("h1")).toHaveText("Articles");
    const links = page.locator(".folio-cards-listing .folio-card-link");
    await expect(links).toHaveCount(Math.min(12, index.length));
    await expect(links.first()).toHaveText(index[0].title);
  });
});

// axe needs scripts: here only Folio's own loader is kept from running.
test.describe("without Folio's script", () => {
  for (const path of [`/en/article/${slug}`, "/en/"]) {
    test(`the published page ${path} is accessible as it stands`, async ({ page, guard }) => {
      guard.expectFailure(/^net::ERR_FAILED .*\/boot\.js$/);
      await page.route("**/boot.js", (route) => route.abort());
      await page.goto(`${HOST}${path}`);
      await expect(page.locator("#folio-prerender")).toBeVisible();
      await expectAccessible(page);
    });
  }
});

test.describe("with JavaScript on", () => {

  for (const width of [1280, 320]) {
    test(`Folio takes over an article page without a layout shift (${width} px)`, async ({ page, browser }) => {
      const url = `${HOST}/en/article/${slug}`;
      const still = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const before = await still.newPage();
      await before.goto(url);
      await expect(before.locator("h1")).toHaveText(article.title);
      const prerendered = await layout(before);
      await still.close();

      await page.setViewportSize({ width, height: 900 });
      await recordShifts(page);
      await page.goto(url);
      await expect(page.locator("#folio-prerender")).toHaveCount(0);
      await expect(page.locator(".folio-recommended .folio-card-link")).toHaveCount(RECOMMENDED);
      await expect(page.locator(".folio-share-copy")).toBeVisible();
      expect(await layout(page)).toEqual(prerendered);
      expect(await shifts(page)).toEqual([]);
      // One set of head tags: the app's.
      await expect(page.locator("[data-folio-prerender]")).toHaveCount(0);
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
      await expect(page.locator("h1")).toHaveCount(1);
    });
  }

  test("after taking over, Folio behaves as usual", async ({ page }) => {
    await page.goto(`${HOST}/en/article/${slug}`);
    await expect(page.locator("#folio-prerender")).toHaveCount(0);
    // A card is followed inside the app (no new document), and Back returns.
    await page.evaluate(() => (window.__sameDocument = true));
    const card = page.locator(".folio-recommended .folio-card-link").first();
    const title = await card.getAttribute("title");
    await card.click();
    await expect(page.locator("h1")).toHaveText(title);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    await page.goBack();
    await expect(page.locator("h1")).toHaveText(article.title);
    // The switcher is the app's now (the same <details>), and switches in place.
    await page.locator(".folio-languages-button").click();
    await page.locator('.folio-language[hreflang="de"]').click();
    await expect(page.locator("h1")).toHaveText(german.title);
    await expectAccessible(page);
  });

  test("a published listing is taken over and searchable", async ({ page }) => {
    await recordShifts(page);
    await page.goto(`${HOST}/en/`);
    await expect(page.locator("#folio-prerender")).toHaveCount(0);
    await expect(page.locator(".folio-cards-listing .folio-card")).toHaveCount(Math.min(12, index.length));
    expect(await shifts(page)).toEqual([]);
    await page.locator("#folio-search").fill(index[1].title.split(" ")[0]);
    await expect(page).toHaveURL(/\?q=/);
    await expect(page.locator(".folio-cards-listing .folio-card").first()).toBeVisible();
  });

  test("an address that was not published falls back to the app", async ({ page, guard }) => {
    guard.expectFailure(/^404 .*\/content\/en\/articles\/never-published\.json$/);
    await page.goto(`${HOST}/en/article/never-published`);
    await expect(page.locator(".folio-error, .folio-notice")).toBeVisible();
    await expect(page.locator("#folio-prerender")).toHaveCount(0);
  });

  test("the sitemap and the feeds are served", async ({ request }) => {
    const sitemap = await request.get(`${HOST}/sitemap.xml`);
    expect(sitemap.ok()).toBe(true);
    expect(await sitemap.text()).toContain(`/en/article/${slug}</loc>`);
    for (const lang of site.languages) {
      const feed = await request.get(`${HOST}/${lang}/feed.xml`);
      expect(feed.ok()).toBe(true);
      expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    }
  });
});
