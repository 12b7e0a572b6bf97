// Languages as a reader meets them: the first visit, the switcher on articles and
// listings, articles missing in a language, dates, and right-to-left sites.
import { test, expect } from "./guard.js";
import { sample, expectAccessible } from "./helpers.js";

const site = sample("site.json");
const rail = { en: "cross-border-rail-gaps", de: "grenzueberschreitende-bahnluecken", fr: "chainons-ferroviaires-manquants" };
const englishOnly = "sponge-cities-summit";


for (const [locale, want] of [["de-AT", "de"], ["fr-CA", "fr"], ["ja-JP", site.default_language], ["en-US", "en"]]) {
  test(`/ with a ${locale} browser goes to /${want}/`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${want}/$`));
    await expect(page.locator("html")).toHaveAttribute("lang", want);
    await context.close();
  });
}

test("switching on an article goes to its translation and updates the head", async ({ page }) => {
  await page.goto(`/en/article/${rail.en}`);
  await expect(page.locator("article h1")).toHaveText(sample(`en/articles/${rail.en}.json`).title);
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute("href", new RegExp(`/de/article/${rail.de}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", new RegExp(`/en/article/${rail.en}$`));
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(2);

  const button = page.locator(".folio-languages-button");
  const switcher = page.locator("details.folio-languages");
  await expect(button).toHaveAccessibleName("Language: en");
  await button.click();
  await expect(switcher).toHaveAttribute("open", "");
  const deutsch = page.locator(".folio-language-list a[hreflang=de]");
  await expect(deutsch).toHaveText("Deutsch");
  await expect(deutsch).toHaveAttribute("lang", "de");
  await expectAccessible(page);
  await deutsch.click();

  const de = sample(`de/articles/${rail.de}.json`);
  await expect(page).toHaveURL(new RegExp(`/de/article/${rail.de}$`));
  await expect(page.locator("article h1")).toHaveText(de.title);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page).toHaveTitle(`${de.title} – ${site.name}`);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`/en/article/${rail.en}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", new RegExp(`/en/article/${rail.en}$`));
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "de_DE");
  await expect(page.locator(".folio-meta time")).toHaveText("9. Februar 2017");
  await expect(page.locator("details.folio-languages")).not.toHaveAttribute("open");
});

test("a language without a translation is shown, but not as a link", async ({ page }) => {
  await page.goto(`/en/article/${englishOnly}`);
  await expect(page.locator("article h1")).toBeVisible();
  await page.locator(".folio-languages-button").click();
  const items = page.locator(".folio-language-list li");
  await expect(items).toHaveCount(site.languages.length);
  await expect(page.locator(".folio-language-list a")).toHaveCount(1);
  const unavailable = page.locator(".folio-language-unavailable");
  await expect(unavailable).toHaveCount(2);
  await expect(unavailable.first()).toHaveText("Deutsch – no translation of this article");
  await expect(unavailable.first().locator("a")).toHaveCount(0);
  await expectAccessible(page);
});

test("the switcher works with the keyboard alone", async ({ page }) => {
  await page.goto(`/en/article/${rail.en}`);
  await expect(page.locator("article h1")).toBeVisible();
  const button = page.locator(".folio-languages-button");
  const switcher = page.locator("details.folio-languages");
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab"); // site name
  await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(switcher).toHaveAttribute("open", "");
  await page.keyboard.press("Escape");
  await expect(switcher).not.toHaveAttribute("open");
  await expect(button).toBeFocused();
  await page.keyboard.press("ArrowDown");
  const links = page.locator(".folio-language-list a");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("End");
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(links.nth(2)).toHaveText("Français");
  await expect(links.nth(2)).toBeFocused();
  const outline = await links.nth(2).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/fr/article/${rail.fr}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("Tab out of the open list and a click outside both close it", async ({ page }) => {
  await page.goto(`/en/`);
  const button = page.locator(".folio-languages-button");
  await button.click();
  await expect(page.locator(".folio-language-list")).toBeVisible();
  await page.locator("h1").click();
  await expect(page.locator(".folio-language-list")).toBeHidden();
  await button.click();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.locator(".folio-language-list")).toBeHidden();
});

test("on a listing the switcher switches the listing, and the choice is remembered", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/en\/$/);
  await page.locator(".folio-languages-button").click();
  await page.locator(".folio-language-list a[hreflang=fr]").click();
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(page.locator(".folio-cards-listing .folio-card")).toHaveCount(sample("fr/index.json").articles.length);
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr\/$/);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();
});

test("an article address in a language it lacks links to the languages it has", async ({ page, guard }) => {
  // Each address is first tried as a French article, which does not exist.
  guard.expectFailure(new RegExp(`^404 .*/content/fr/articles/${englishOnly}\\.json$`));
  guard.expectFailure(new RegExp(`^404 .*/content/fr/articles/${rail.en}\\.json$`));
  await page.goto(`/fr/article/${englishOnly}`);
  const notice = page.locator(".folio-translation-notice");
  await expect(notice).toContainText("Cet article n’est pas disponible dans cette langue.");
  await expect(notice.locator("a[hreflang]")).toHaveCount(1);
  await expect(notice.locator("a[hreflang=en]")).toHaveAttribute("href", `/en/article/${englishOnly}`);
  await expectAccessible(page);

  await page.goto(`/fr/article/${rail.en}`);
  await expect(notice.locator("a[hreflang]")).toHaveText(["English", "Deutsch"]);
  await expect(notice.locator("a[hreflang=de]")).toHaveAttribute("href", `/de/article/${rail.de}`);
  await notice.locator("a[hreflang=de]").click();
  await expect(page.locator("article h1")).toHaveText(sample(`de/articles/${rail.de}.json`).title);
});

test("dates follow the reader's language, or the site's numeric style", async ({ page }) => {
  await page.goto(`/fr/article/${rail.fr}`);
  await expect(page.locator(".folio-meta time")).toHaveText("9 février 2017");
  await page.route("**/content/site.json", (route) => route.fulfill({ json: { ...site, date_style: "numeric" } }));
  await page.goto(`/fr/article/${rail.fr}`);
  await expect(page.locator(".folio-meta time")).toHaveText("09.02.2017");
  await expect(page.locator(".folio-meta time")).toHaveAttribute("datetime", "2017-02-09");
});

test("a right-to-left site language sets dir=rtl, and words fall back to English", async ({ page }) => {
  await page.route("**/content/site.json", (route) => route.fulfill({ json: { ...site, languages: [...site.languages, "ar"] } }));
  await page.route("**/content/ar/index.json", (route) =>
    route.fulfill({ json: { articles: [{ slug: "x", kind: "news", date: "2020-01-01", title: "عنوان" }] } }),
  );
  await page.goto("/ar/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator(".folio-listing h1")).toHaveText("Articles");
  await page.goto("/en/");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});

test("every language's switcher names each language in itself", async ({ page }) => {
  for (const lang of site.languages) {
    await page.goto(`/${lang}/`);
    await page.locator(".folio-languages-button").click();
    await expect(page.locator(".folio-language-list a")).toHaveText(["English", "Deutsch", "Français"]);
  }
});
