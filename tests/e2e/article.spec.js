// What a reader does with an article page: open it, see every part, follow links, and
// get a clear message when content is missing or broken.
import { test, expect } from "./guard.js";
import { sample, expectAccessible, fakeFile, recordShifts, shifts, picturesSettled, twoFrames } from "./helpers.js";

const site = sample("site.json");
const cards = Object.fromEntries(site.languages.map((l) => [l, sample(`${l}/index.json`).articles]));
const first = cards.en[0];


/** Checks the whole anatomy of an article page against its JSON. */
async function expectArticle(page, lang, slug) {
  const a = sample(`${lang}/articles/${slug}.json`);
  const article = page.locator("article.folio-article");
  await expect(article.locator("h1")).toHaveText(a.title);
  await expect(article).toHaveAttribute("lang", lang);
  await expect(article.locator(".folio-meta time")).toHaveAttribute("datetime", a.date);
  await expect(article.locator(".folio-meta .folio-kind")).not.toBeEmpty();
  if (a.subtitle) await expect(article.locator(".folio-subtitle")).toHaveText(a.subtitle);
  if (a.image) {
    await expect(article.locator(".folio-lead-image img")).toHaveAttribute("alt", a.image.alt);
    if (a.image.credit) await expect(article.locator(".folio-lead-image .folio-credit")).toContainText(a.image.credit);
  }
  const types = new Set(a.body.map((b) => b.type));
  const body = article.locator(".folio-body");
  if (types.has("paragraph")) await expect(body.locator("p").first()).toBeVisible();
  if (types.has("heading")) await expect(body.locator("h2, h3").first()).toBeVisible();
  if (types.has("quote")) await expect(body.locator(".folio-quote blockquote").first()).toBeVisible();
  if (types.has("list")) await expect(body.locator("ul, ol").first()).toBeVisible();
  if (types.has("image")) await expect(body.locator(".folio-figure img").first()).toBeVisible();
  if (types.has("divider")) await expect(body.locator("hr")).not.toHaveCount(0);
  if (a.people?.length) {
    await expect(article.locator(".folio-people h2")).toHaveText(site.people_heading?.[lang] ?? "People");
    await expect(article.locator(".folio-person")).toHaveCount(a.people.length);
  }
  await expect(page).toHaveTitle(`${a.title} – ${site.name}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", a.summary ?? a.title);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`/${lang}/article/${slug}$`),
  );
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

test("an article shows its whole anatomy, accessibly", async ({ page }) => {
  await page.goto(`/en/article/${first.slug}`);
  await expectArticle(page, "en", first.slug);
  const body = page.locator(".folio-body");
  await expect(body.locator("strong").first()).toBeVisible();
  await expect(body.locator("em").first()).toBeVisible();
  await expect(body.locator("a[href]").first()).toBeVisible();
  await expect(page.locator(".folio-header .folio-site-name")).toHaveText(site.name);
  await expectAccessible(page);
});

test("every sample article renders in every language", async ({ page }) => {
  for (const lang of site.languages) {
    for (const card of cards[lang]) {
      await page.goto(`/${lang}/article/${card.slug}`);
      await expectArticle(page, lang, card.slug);
    }
  }
});

test("/ goes to the default language's listing, and a listing link opens the article", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/${site.default_language}/$`));
  const items = page.locator(".folio-cards-listing .folio-card");
  await expect(items).toHaveCount(Math.min(12, cards.en.length));
  await expectAccessible(page);
  await items.first().locator("a").click();
  await expect(page).toHaveURL(new RegExp(`/en/article/${first.slug}$`));
  await expectArticle(page, "en", first.slug);
  await page.goBack();
  await expect(items).toHaveCount(Math.min(12, cards.en.length));
});

test("each language has its listing", async ({ page }) => {
  for (const lang of site.languages) {
    await page.goto(`/${lang}/`);
    await expect(page.locator(".folio-cards-listing .folio-card")).toHaveCount(Math.min(12, cards[lang].length));
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
  }
});

test("unknown addresses get a not-found page with a way back, without a request", async ({ page, guard }) => {
  // A language's index or article is asked for together with site.json, before the
  // language is known not to be the site's; a slug within the rule is asked for too.
  for (const missing of [/\/content\/xx\/index\.json$/, /\/content\/zz\/articles\/x\.json$/, /\/content\/%00\/articles\/x\.json$/, /\/articles\/a{201}\.json$/]) {
    guard.expectFailure(missing);
  }
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  for (const path of [
    "/en/nothing/here",
    "/xx/",
    "/en/article/Not_A_Slug",
    "/en/article/a--b",
    "/zz/article/x",
    "/en/article/%E0%A4%A",
    "/%00/article/x",
    "/en/article/" + "a".repeat(201),
    "/en/article/..%2F..%2Fsite",
  ]) {
    await page.goto(path);
    await expect(page.locator(".folio-not-found h1")).toHaveText("Page not found");
    await expect(page.locator(".folio-not-found a.folio-back")).toHaveAttribute("href", "/en/");
  }
  // Slugs outside the rule never reach the network.
  expect(requested.filter((p) => p.startsWith("/content/") && /Not_A_Slug|a--b/.test(p))).toEqual([]);
  await expectAccessible(page);
  await page.locator(".folio-not-found a.folio-back").click();
  await expect(page.locator(".folio-listing")).toBeVisible();
});

test("a missing article names its file", async ({ page, guard }) => {
  guard.expectFailure(/^404 .*\/content\/en\/articles\/no-such-article\.json$/);
  await page.goto("/en/article/no-such-article");
  await expect(page.locator(".folio-error h1")).toHaveText("Page not found");
  await expect(page.locator(".folio-error-message")).toHaveText("The file en/articles/no-such-article.json was not found.");
});

test("a server error shows its status and Retry loads the article", async ({ page, guard }) => {
  guard.expectFailure(new RegExp(`^500 .*/content/en/articles/${first.slug}\\.json$`));
  await fakeFile(page, `en/articles/${first.slug}.json`, 500, "oops");
  await page.goto(`/en/article/${first.slug}`);
  await expect(page.locator(".folio-error-message")).toHaveText(
    `The server answered with an error (500) for en/articles/${first.slug}.json.`,
  );
  await expect(page.locator(".folio-header .folio-site-name")).toHaveText(site.name);
  await expectAccessible(page);
  await page.unroute(`**/content/en/articles/${first.slug}.json`);
  await page.getByRole("button", { name: "Retry" }).click();
  await expectArticle(page, "en", first.slug);
});

test("a malformed file, an empty one and an HTML page are not valid content", async ({ page }) => {
  const file = `en/articles/${first.slug}.json`;
  for (const [body, type] of [['{"slug": "x", "title": ', "application/json"], ["", "application/json"], ["<!doctype html><p>Error</p>", "text/html"]]) {
    await page.unroute(`**/content/${file}`);
    await fakeFile(page, file, 200, body, type);
    await page.goto(`/en/article/${first.slug}`);
    await expect(page.locator(".folio-error-message")).toContainText(`The file ${file} is not valid content:`);
    await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  }
});

test("wrong types in required fields are reported with the field", async ({ page }) => {
  const a = sample(`en/articles/${first.slug}.json`);
  await fakeFile(page, `en/articles/${first.slug}.json`, 200, JSON.stringify({ ...a, title: 42 }));
  await page.goto(`/en/article/${first.slug}`);
  await expect(page.locator(".folio-error-message")).toContainText("invalid type: integer `42`, expected a string");
});

test("an unreachable or broken site.json is reported, and Retry recovers", async ({ page, guard }) => {
  guard.expectFailure(/^net::ERR_CONNECTION_REFUSED .*\/content\/site\.json$/);
  await page.route("**/content/site.json", (route) => route.abort("connectionrefused"));
  await page.goto(`/en/article/${first.slug}`);
  await expect(page.locator(".folio-error-message")).toHaveText(
    "The server could not be reached for site.json. Check your connection.",
  );
  await page.unroute("**/content/site.json");
  await page.getByRole("button", { name: "Retry" }).click();
  await expectArticle(page, "en", first.slug);
});

test("a reader at 320 px reads without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/en/article/${first.slug}`);
  await expect(page.locator("h1")).toHaveText(sample(`en/articles/${first.slug}.json`).title);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the skeleton holds the page while the article loads", async ({ page }) => {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(`**/content/en/articles/${first.slug}.json`, async (route) => {
    await gate;
    await route.continue();
  });
  // The class the skeleton has when it is put in the page.
  await page.addInitScript(() => {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.classList?.contains("folio-loading")) window.__skeletonClass ??= n.className;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`/en/article/${first.slug}`);
  await expect(page.locator(".folio-loading[role=status]")).toBeVisible();
  await expect(page.locator(".folio-loading")).toContainText("Loading…");
  // Still: a pulse from the start would hold back every fast first visit.
  expect(await page.evaluate(() => window.__skeletonClass)).toBe("folio-loading");
  // A load that takes a while pulses.
  await expect(page.locator(".folio-loading")).toHaveClass(/folio-loading-slow/);
  await expect(page.locator(".folio-skeleton-line").first()).toHaveCSS("animation-name", "folio-pulse");
  release();
  await expect(page.locator("article h1")).toBeVisible();
  await expect(page.locator(".folio-loading")).toHaveCount(0);
});

test("keyboard: skip link and visible focus", async ({ page }) => {
  await page.goto(`/en/article/${first.slug}`);
  await expect(page.locator("article h1")).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.locator(".folio-skip");
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  // Activated, it takes the reader to the main content: the next Tab lands inside it,
  // past the header's controls.
  await page.keyboard.press("Enter");
  await expect(page.locator("#folio-main")).toBeFocused();
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() => document.querySelector("#folio-main").contains(document.activeElement));
  expect(inMain).toBe(true);
  await expect(page.locator(".folio-languages-button")).not.toBeFocused();
});

test("a pointer passing over a card loads nothing; one resting on a card loads its article", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto("/en/");
  const links = page.locator(".folio-cards-listing a.folio-card-link");
  await expect(links.nth(1)).toBeVisible();
  const file = async (i) => `/content/en/articles/${(await links.nth(i).getAttribute("href")).split("/").pop()}.json`;
  const [passed, rested] = [await file(0), await file(1)];
  // Across the first card in one quick move, then to rest on the second, beside it: by
  // the time the second's article is asked for (65 ms after the pointer stops), the
  // first's would have been.
  const a = await links.nth(0).boundingBox();
  const c = await links.nth(1).boundingBox();
  await page.mouse.move(a.x - 20, a.y + a.height / 2);
  const loaded = page.waitForRequest((r) => new URL(r.url()).pathname === rested);
  await page.mouse.move(a.x + a.width + 20, a.y + a.height / 2, { steps: 2 });
  await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
  await loaded;
  expect(fetched).not.toContain(passed);
});

test("a touch on a card loads its article as the finger goes down", async ({ page }) => {
  await page.goto("/en/");
  const link = page.locator(".folio-cards-listing a.folio-card-link").nth(1);
  const slug = (await link.getAttribute("href")).split("/").pop();
  const loaded = page.waitForRequest((r) => new URL(r.url()).pathname === `/content/en/articles/${slug}.json`);
  await link.dispatchEvent("pointerdown", { pointerType: "touch", isPrimary: true, bubbles: true });
  await loaded;
  await expect(page).toHaveURL(/\/en\/$/); // only loaded: the tap has not happened
});

test("the translations of the article on screen load when the browser is idle", async ({ page }) => {
  const article = sample(`en/articles/${first.slug}.json`);
  const versions = Object.entries(article.translations).map(([lang, slug]) => `/content/${lang}/articles/${slug}.json`);
  expect(versions.length).toBeGreaterThan(0);
  const asked = versions.map((v) => page.waitForRequest((r) => new URL(r.url()).pathname === v));
  await page.goto(`/en/article/${first.slug}`);
  await Promise.all(asked); // with no input at all
  await expect(page.locator("article h1")).toHaveText(article.title);
});

test("going back shows the article again without fetching it again", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto("/en/");
  await page.locator(".folio-card-link").first().click();
  await expectArticle(page, "en", first.slug);
  await page.goBack();
  await expect(page.locator(".folio-listing")).toBeVisible();
  await page.goForward();
  await expectArticle(page, "en", first.slug);
  const count = (path) => fetched.filter((p) => p === `/content/${path}`).length;
  expect(count(`en/articles/${first.slug}.json`)).toBe(1);
  expect(count("en/index.json")).toBe(1);
  expect(count("site.json")).toBe(1);
});

test("a recommended card's article loads while the pointer rests on it, and the click uses it", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`/en/article/${first.slug}`);
  const link = page.locator(".folio-recommended a.folio-card-link").first();
  const slug = (await link.getAttribute("href")).split("/").pop();
  const file = `/content/en/articles/${slug}.json`;
  expect(fetched).not.toContain(file);
  const loaded = page.waitForRequest((r) => new URL(r.url()).pathname === file);
  await link.hover();
  await loaded;
  await page.waitForLoadState("networkidle");
  await link.click();
  await expectArticle(page, "en", slug);
  expect(fetched.filter((p) => p === file)).toHaveLength(1);
});

test("a card focused from the keyboard loads its article ahead of Enter", async ({ page }) => {
  await page.goto("/en/");
  const link = page.locator(".folio-cards-listing a.folio-card-link").first();
  const slug = (await link.getAttribute("href")).split("/").pop();
  const loaded = page.waitForRequest((r) => new URL(r.url()).pathname === `/content/en/articles/${slug}.json`);
  await link.focus();
  await loaded;
  await page.keyboard.press("Enter");
  await expectArticle(page, "en", slug);
});

test("the page does not shift when the article replaces the skeleton", async ({ page }) => {
  await recordShifts(page);
  await page.goto(`/en/article/${first.slug}`);
  await expect(page.locator("article h1")).toBeVisible();
  // Everything is in: the recommended cards, and every picture.
  await expect(page.locator(".folio-recommended .folio-card-link")).toHaveCount(4);
  await picturesSettled(page);
  await twoFrames(page);
  const cls = (await shifts(page)).reduce((a, b) => a + b, 0);
  expect(cls).toBe(0);
});

test("dark mode keeps every contrast", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/en/article/${first.slug}`);
  await expect(page.locator("article h1")).toBeVisible();
  await expectAccessible(page);
  const bg = await page.locator(".folio").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe("rgb(20, 23, 28)");
});
