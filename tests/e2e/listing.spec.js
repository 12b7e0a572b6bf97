// Leaving an article through its recommended cards, and browsing the listing: paging,
// filters, search, and the URL that holds them.
import { test, expect } from "./guard.js";
import { sample, expectAccessible } from "./helpers.js";

const site = sample("site.json");
const en = sample("en/index.json").articles;


test("an article without its own list gets four cards picked by topic, then newest", async ({ page }) => {
  await page.goto("/en/article/deep-sea-mining-hearing");
  // The links, not the cards: while the index loads, four grey placeholder cards hold the place.
  const links = page.locator(".folio-recommended .folio-card a.folio-card-link");
  await expect(links).toHaveCount(4);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual([
    "/en/article/offshore-grid-north-sea", // two shared topics
    "/en/article/grid-package-agreement", // one, newest
    "/en/article/oceans-not-a-dump", // one, older
    "/en/article/sponge-cities-summit", // none, newest
  ]);
  await expect(page.locator("#folio-recommended-heading")).toHaveText("Recommended");
});

test("an article's own recommended list comes first, and the index fills it up to four", async ({ page }) => {
  const a = sample("en/articles/cross-border-rail-gaps.json");
  expect(a.recommended.length).toBeLessThan(4);
  await page.goto("/en/article/cross-border-rail-gaps");
  const links = page.locator(".folio-recommended a.folio-card-link");
  await expect(links).toHaveCount(4);
  const titles = await links.allTextContents();
  expect(titles.slice(0, a.recommended.length)).toEqual(a.recommended.map((c) => c.title));
  // The rest from the index: never the article itself, never a card twice.
  const hrefs = await links.evaluateAll((as) => as.map((x) => x.getAttribute("href")));
  expect(new Set(hrefs).size).toBe(4);
  expect(hrefs).not.toContain("/en/article/cross-border-rail-gaps");
});

test("a card is one link named by its title, with kind, date, image and credit", async ({ page }) => {
  await page.goto("/en/article/deep-sea-mining-hearing");
  const card = page.locator(".folio-recommended .folio-card").first();
  const c = en.find((x) => x.slug === "offshore-grid-north-sea");
  await expect(card.locator("a")).toHaveCount(1);
  await expect(card.locator("a")).toHaveAccessibleName(c.title);
  await expect(card.locator("a")).toHaveAttribute("title", c.title);
  await expect(card.locator(".folio-card-kind")).toHaveText("News");
  await expect(card.locator("time")).toHaveAttribute("datetime", c.date);
  const img = card.locator("img");
  await expect(img).toHaveAttribute("loading", "lazy");
  await expect(img).toHaveAttribute("alt", c.image.alt);
  await expect(card.locator(".folio-card-credit")).toHaveText(`Photo: ${c.image.credit}`);
  // The title is clamped to two lines.
  const lines = await card.locator(".folio-card-title").evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
  expect(lines).toBeLessThanOrEqual(2);
  await expectAccessible(page);
});

test("a long title is clamped with an ellipsis but whole for screen readers", async ({ page }) => {
  const long = "A very long title that goes on and on about the many amendments to the regulation ".repeat(3).trim();
  await page.route("**/content/en/index.json", (route) =>
    route.fulfill({ json: { articles: [{ ...en[0], title: long }, ...en.slice(1)] } }),
  );
  await page.goto("/en/");
  const title = page.locator(".folio-cards-listing .folio-card-title").first();
  await expect(title.locator("a")).toHaveAccessibleName(long);
  const clamped = await title.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(clamped).toBe(true);
  expect(await title.evaluate((el) => getComputedStyle(el).webkitLineClamp)).toBe("2");
});

test("a card click opens its article and Back returns", async ({ page }) => {
  await page.goto("/en/article/deep-sea-mining-hearing");
  await page.locator(".folio-recommended a.folio-card-link").nth(1).click();
  await expect(page).toHaveURL(/\/en\/article\/grid-package-agreement$/);
  await expect(page.locator("article h1")).toHaveText(sample("en/articles/grid-package-agreement.json").title);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/article\/deep-sea-mining-hearing$/);
  await expect(page.locator("article h1")).toHaveText(sample("en/articles/deep-sea-mining-hearing.json").title);
});

test("the listing pages by twelve with a count and page links", async ({ page }) => {
  await page.goto("/en/");
  const cards = page.locator(".folio-cards-listing .folio-card");
  await expect(cards).toHaveCount(12);
  await expect(page.locator(".folio-results-count")).toHaveText(`Articles: ${en.length}`);
  await expect(page.locator(".folio-page-of")).toHaveText("Page 1 of 2");
  await expect(cards.first().locator("a")).toHaveText(en[0].title);
  await page.locator("a[rel=next]").click();
  await expect(page).toHaveURL(/\/en\/\?page=2$/);
  await expect(cards).toHaveCount(en.length - 12);
  await expect(cards.first().locator("a")).toHaveText(en[12].title);
  await expect(page.locator("a[rel=next]")).toHaveCount(0);
  await page.goBack();
  await expect(cards).toHaveCount(12);
  await page.goto("/en/?page=99");
  await expect(page.locator(".folio-page-of")).toHaveText("Page 2 of 2");
  await page.goto("/en/?page=abc");
  await expect(page.locator(".folio-page-of")).toHaveText("Page 1 of 2");
  await expectAccessible(page);
});

test("filters by kind and topic combine, live in the URL, and survive reload, Back and Forward", async ({ page }) => {
  await page.goto("/en/");
  const cards = page.locator(".folio-cards-listing .folio-card");
  await page.getByLabel("Kind").selectOption("press-release");
  await expect(page).toHaveURL(/\/en\/\?kind=press-release$/);
  const releases = en.filter((c) => c.kind === "press-release");
  await expect(cards).toHaveCount(releases.length);
  await page.getByLabel("Topic").selectOption("employment");
  await expect(page).toHaveURL(/\/en\/\?kind=press-release&topic=employment$/);
  const both = releases.filter((c) => c.topics.includes("employment"));
  await expect(cards).toHaveCount(both.length);
  await expect(cards.locator("a")).toHaveText(both.map((c) => c.title));
  await page.reload();
  await expect(cards).toHaveCount(both.length);
  await expect(page.getByLabel("Kind")).toHaveValue("press-release");
  await expect(page.getByLabel("Topic")).toHaveValue("employment");
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/\?kind=press-release$/);
  await expect(cards).toHaveCount(releases.length);
  await expect(page.getByLabel("Topic")).toHaveValue("");
  // And Forward brings the narrower filter back, controls and cards alike.
  await page.goForward();
  await expect(page).toHaveURL(/\/en\/\?kind=press-release&topic=employment$/);
  await expect(page.getByLabel("Topic")).toHaveValue("employment");
  await expect(cards.locator("a")).toHaveText(both.map((c) => c.title));
  await page.goBack();
  // Topic names come from site.json.
  await expect(page.getByLabel("Topic").locator("option[value=water]")).toHaveText(site.topics.water.en);
});

test("no match says so and offers to clear the filters", async ({ page }) => {
  await page.goto("/en/?kind=video");
  await expect(page.locator(".folio-no-results")).toContainText("No articles match these filters.");
  await expect(page.locator(".folio-results-count")).toHaveText("Articles: 0");
  await page.locator(".folio-no-results a").click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator(".folio-cards-listing .folio-card")).toHaveCount(12);
});

test("search finds any form of the word in the whole article, ignoring case and accents, and marks the words", async ({ page }) => {
  const fr = sample("fr/index.json").articles;
  const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  // Every card whose own text has the word is found (the search index reads the whole
  // article, so it may find more), and every card found has the word's stem somewhere.
  const inCards = (word) => fr.filter((c) => fold([c.title, c.summary ?? "", ...c.topics].join(" ")).includes(fold(word)));
  const found = async () =>
    (await page.locator(".folio-cards-listing a.folio-card-link").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
      .map((href) => href.split("/").pop());
  const mentions = (slug, stem) => fold(JSON.stringify(sample(`fr/articles/${slug}.json`))).includes(stem);
  await page.goto("/fr/");
  const search = page.getByLabel("Rechercher des articles");
  await search.pressSequentially("RESEAUX");
  await expect(page).toHaveURL(/\/fr\/\?q=RESEAUX$/);
  const cards = page.locator(".folio-cards-listing .folio-card");
  expect(inCards("reseaux").length).toBeGreaterThan(0);
  await expect(cards.first().locator("mark").first()).toBeVisible();
  await expect.poll(async () => (await found()).length).toBeGreaterThanOrEqual(inCards("reseaux").length);
  for (const slug of await found()) expect(mentions(slug, "reseau"), slug).toBe(true);
  for (const c of inCards("reseaux")) expect(await found()).toContain(c.slug);
  await expect(cards.first().locator(".folio-card-title mark").first()).toHaveText(/^réseaux?$/);
  await expect(search).toBeFocused();
  await search.fill("");
  await search.pressSequentially("ÉLECTRIQUE");
  await expect(page).toHaveURL(/q=%C3%89LECTRIQUE$/);
  await expect.poll(async () => (await found()).length).toBeGreaterThanOrEqual(inCards("electrique").length);
  const before = await found();
  for (const slug of before) expect(mentions(slug, "electri"), slug).toBe(true);
  await page.reload();
  await expect(page.getByLabel("Rechercher des articles")).toHaveValue("ÉLECTRIQUE");
  await expect.poll(found).toEqual(before);
  await expectAccessible(page);
});

test("search results can be ordered by relevance, and the order is in the URL", async ({ page }) => {
  await page.goto("/en/?q=rail");
  const order = page.getByLabel("Order");
  await expect(order).toHaveValue("");
  const titles = page.locator(".folio-cards-listing .folio-card-title");
  await expect(titles.first()).toBeVisible();
  await order.selectOption("relevance");
  await expect(page).toHaveURL(/\/en\/\?q=rail&sort=relevance$/);
  // The article with "rail" in its title comes first by relevance.
  await expect(titles.first()).toContainText(/rail/i);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/\?q=rail$/);
  await expect(order).toHaveValue("");
  await expectAccessible(page);
});

test("the listing works by keyboard and reflows at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/en/");
  await expect(page.locator(".folio-cards-listing .folio-card")).toHaveCount(12);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByLabel("Search articles").focus();
  await page.keyboard.type("rail");
  await expect(page).toHaveURL(/\?q=rail$/);
  await expect(page.locator(".folio-results-count")).not.toHaveAttribute("aria-busy", "true");
  await expect(page.locator(".folio-results-count")).toHaveText(/^Articles: [1-9]/);
  const first = page.locator(".folio-cards-listing a.folio-card-link").first();
  const href = await first.getAttribute("href");
  await page.keyboard.press("Tab"); // kind
  await page.keyboard.press("Tab"); // topic
  await page.keyboard.press("Tab"); // order
  await expect(page.getByLabel("Order")).toBeFocused();
  await page.keyboard.press("Tab"); // clear filters
  await page.keyboard.press("Tab"); // the first card
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
