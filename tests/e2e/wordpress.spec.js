// A WordPress export imported by `folio-cli import-wordpress` (the fixture in
// tests/fixtures/wordpress/, with its uploads), published and served: the imported
// articles render in the app, images copied from the uploads load, and the language
// switcher leads from the English post to its German translation.
import { test, expect } from "./guard.js";
import { expectAccessible } from "./helpers.js";

const HOST = "http://127.0.0.1:4177";


test("an imported article renders, and switches to its translation", async ({ page }) => {
  await page.goto(`${HOST}/en/article/winter-ferries`);
  await expect(page.locator("#folio-prerender")).toHaveCount(0);
  await expect(page.locator("article h1")).toHaveText("Ferries & boats: the winter timetable");
  await expect(page.locator(".folio-kind")).toHaveText("Press release");
  await expect(page.locator(".folio-meta time")).toHaveText("7 February 2017");
  await expect(page.locator(".folio-body > h2")).toHaveText("Where to check");
  await expect(page.locator(".folio-body .folio-quote cite")).toHaveText("Harbour master");
  await expect(page.locator(".folio-body ul > li")).toHaveCount(3);
  await expect(page.locator(".folio-person-name")).toHaveText("Ana Kirk");
  // The featured image and the body's image were copied from the uploads: they load.
  const lead = page.locator(".folio-lead-image img");
  await expect(lead).toHaveAttribute("alt", "The pier with two ferries moored");
  await expect(lead).toHaveJSProperty("complete", true);
  expect(await lead.evaluate((img) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator(".folio-lead-image .folio-credit")).toHaveText("Photo: M. Osei");
  // Embeds with a caption or a title became two-click videos; nothing loads before a click.
  await expect(page.locator("button.folio-video-play")).toHaveText([
    /Play video: The new ferry on its first crossing — loads youtube-nocookie\.com/,
    /Play video: Harbour master on the timetable — loads player\.vimeo\.com/,
  ]);
  await expect(page.locator("iframe")).toHaveCount(0);
  await expectAccessible(page);

  await page.locator(".folio-languages-button").click();
  await page.locator('.folio-language[hreflang="de"]').click();
  await expect(page).toHaveURL(`${HOST}/de/article/fahren-im-winter`);
  await expect(page.locator("article h1")).toHaveText("Fähren im Winter");
  await expect(page.locator(".folio-kind")).toHaveText("Pressemitteilung");
  await expect(page.locator(".folio-body figure figcaption")).toContainText("Der Nordanleger");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test("the imported listing shows every imported English post", async ({ page }) => {
  await page.goto(`${HOST}/en/`);
  await expect(page.locator(".folio-cards-listing .folio-card")).toHaveCount(4);
  await expect(page.locator(".folio-cards-listing .folio-card-link").first()).toHaveText("Ferries & boats: the winter timetable");
});
