// Accessibility beyond axe. The accessibility tree a screen reader gets, held whole as
// ARIA snapshots (a11y.spec.js-snapshots/: landmarks, heading levels, the names of every
// control and link) for the listing, an article, the not-found page and the open
// language menu; forced colours (Windows' high contrast): focus rings, the switcher,
// buttons and share links keep visible edges; 200 % text reflows without sideways
// scrolling or clipped text; and a reader who asks for less motion gets a still skeleton.
import { test, expect } from "./guard.js";
import { sample, twoFrames } from "./helpers.js";

const slug = "cross-border-rail-gaps";
const article = sample(`en/articles/${slug}.json`);

/** Waits until the page shows all it will: cards, recommended cards, pictures in. */
async function settled(page) {
  await expect(page.locator(".folio-card-pending, .folio-loading")).toHaveCount(0);
  await twoFrames(page);
}

test.describe("the accessibility tree, held whole", () => {
  test("the listing", async ({ page }) => {
    await page.goto("/en/");
    await expect(page.locator(".folio-cards-listing .folio-card")).not.toHaveCount(0);
    await settled(page);
    await expect(page.locator("body")).toMatchAriaSnapshot({ name: "listing.aria.yml" });
  });

  test("an article", async ({ page }) => {
    await page.goto(`/en/article/${slug}`);
    await expect(page.locator(".folio-recommended .folio-card-link")).toHaveCount(4);
    await settled(page);
    await expect(page.locator("body")).toMatchAriaSnapshot({ name: "article.aria.yml" });
  });

  test("the not-found page", async ({ page }) => {
    await page.goto("/en/nothing/here");
    await expect(page.locator(".folio-not-found h1")).toBeVisible();
    await expect(page.locator("body")).toMatchAriaSnapshot({ name: "not-found.aria.yml" });
  });

  test("the open language menu", async ({ page }) => {
    await page.goto(`/en/article/${slug}`);
    await page.locator(".folio-languages-button").click();
    await expect(page.locator(".folio-language-list")).toBeVisible();
    await expect(page.locator(".folio-header")).toMatchAriaSnapshot({ name: "language-menu.aria.yml" });
  });
});

test.describe("forced colours", () => {
  test.use({ colorScheme: "light" });

  test("focus rings, the switcher, buttons and share links keep visible edges", async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto(`/en/article/${slug}`);
    await expect(page.locator(".folio-share a.folio-share-email")).toBeVisible();
    expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
    const edges = await page.evaluate(() =>
      [".folio-languages-button", ".folio-share-button", ".folio-share a.folio-share-email", ".folio-share-copy"].map((s) => {
        const el = document.querySelector(s);
        const c = el && getComputedStyle(el);
        return { s, found: !!el, style: c?.borderTopStyle, width: parseFloat(c?.borderTopWidth ?? "0"), color: c?.borderTopColor };
      }),
    );
    for (const e of edges) {
      expect(e.found, e.s).toBe(true);
      expect(e.style, e.s).not.toBe("none");
      expect(e.width, e.s).toBeGreaterThan(0);
      expect(e.color, e.s).not.toBe("rgba(0, 0, 0, 0)");
    }
    // A focus ring drawn with a colour the mode keeps, not a background or a shadow.
    for (const selector of [".folio-site-name", ".folio-languages-button", ".folio-share a.folio-share-email"]) {
      await page.locator(selector).focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      const ring = await page.locator(selector).evaluate((el) => {
        const c = getComputedStyle(el);
        return { style: c.outlineStyle, width: parseFloat(c.outlineWidth) };
      });
      expect(ring.style, selector).not.toBe("none");
      expect(ring.width, selector).toBeGreaterThanOrEqual(2);
    }
  });
});

test.describe("200 % text", () => {
  for (const width of [1280, 640]) {
    test(`reflows without sideways scrolling or clipped text (${width} px wide)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [`/en/article/${slug}`, "/en/"]) {
        await page.goto(path);
        await expect(page.locator("h1")).toBeVisible();
        await settled(page);
        // Text zoom: every size in rem or em follows the root's.
        await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
        await twoFrames(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll("h1, h2, p, a, button, summary, label, figcaption, li")]
            .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
            .filter((el) => getComputedStyle(el).overflowX !== "visible")
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`),
        );
        expect(clipped, path).toEqual([]);
      }
    });
  }
});

test("a reader who asks for less motion gets a still skeleton", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(`**/content/en/articles/${slug}.json`, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(`/en/article/${slug}`);
  // Long enough to be a slow load, which pulses for everyone else (article.spec.js).
  await expect(page.locator(".folio-loading")).toHaveClass(/folio-loading-slow/);
  await expect(page.locator(".folio-skeleton-line").first()).toHaveCSS("animation-name", "none");
  release();
  await expect(page.locator("article h1")).toHaveText(article.title);
});
