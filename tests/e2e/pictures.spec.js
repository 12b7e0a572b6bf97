// Pictures at the size their place needs (folio-cli images, components/picture.rs): the
// browser takes a narrow variant on a phone and a wider one on a wide screen, WebP where
// it can, never the 2,560-pixel original; the lead image comes first and nothing moves
// when it arrives; a published page preloads the very file the picture then shows. The
// sample content's photos are made by examples/photos.rs.
import { test, expect } from "./guard.js";
import { readdirSync } from "node:fs";
import { sample, imageRequests, recordShifts, shifts } from "./helpers.js";

const PUBLISHED = "http://127.0.0.1:4175";
const slug = "grid-package-agreement";
const article = sample(`en/articles/${slug}.json`);
const picture = article.image.src; // img/grid-pylons.jpg
const widths = article.image.variants.filter((v) => v.type === "image/webp").map((v) => v.width);

/** The picture a selector shows: its file, the variant's width, and its box's width. */
function shown(page, selector) {
  return page.locator(selector).first().evaluate((img) => {
    const m = /\/variants\/.+\/(\d+)\.(webp|jpg|png)$/.exec(img.currentSrc);
    return {
      src: img.currentSrc,
      variant: m ? Number(m[1]) : null,
      type: m ? m[2] : null,
      box: img.getBoundingClientRect().width,
      dpr: window.devicePixelRatio,
    };
  });
}

/** Waits until the image under `selector` has loaded. */
async function loaded(page, selector) {
  const img = page.locator(selector).first();
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth > 0)).toBe(true);
}

/**
 * Expects the variant shown to be sharp enough for its box on this screen (Chromium
 * takes the next narrower file when it is within a few per cent of the density) and
 * not wastefully wide.
 */
function expectFitting(s) {
  const needed = s.box * s.dpr;
  expect(s.type).toBe("webp");
  expect(widths).toContain(s.variant);
  expect(s.variant).toBeGreaterThanOrEqual(needed * 0.8);
  expect(s.variant).toBeLessThan(needed * 2);
}

const SCREENS = [
  { name: "a phone, 375 px", width: 375, dpr: 1, lead: [320, 480] },
  { name: "a phone, 375 px at 2×", width: 375, dpr: 2, lead: [640, 960] },
  { name: "a wide screen, 1280 px", width: 1280, dpr: 1, lead: [640, 960] },
];

for (const screen of SCREENS) {
  test.describe(`on ${screen.name}`, () => {
    test.use({ viewport: { width: screen.width, height: 800 }, deviceScaleFactor: screen.dpr });

    for (const [how, base] of [["the app", ""], ["a published page", PUBLISHED]]) {
      test(`${how} shows the lead photo from a variant that fits, first and without a shift`, async ({ page }) => {
        const asked = imageRequests(page);
        await recordShifts(page);
        await page.goto(`${base}/en/article/${slug}`);
        // Measured once the app has taken a published page over: during the swap the
        // prerendered picture may already be gone and the app's not yet laid out.
        await expect(page.locator("#folio-prerender")).toHaveCount(0);
        const lead = ".folio-lead-image img";
        await loaded(page, lead);
        const s = await shown(page, lead);
        expectFitting(s);
        expect(screen.lead).toContain(s.variant);
        await expect(page.locator(lead)).toHaveAttribute("fetchpriority", "high");
        await expect(page.locator(lead)).toHaveAttribute("loading", "eager");
        await expect(page.locator(lead)).toHaveAttribute("decoding", "async");
        // One file of the lead photo, and never the original. (The test server sends
        // no-store, so the takeover may ask for the same file again while it loads.)
        const leadFiles = asked.filter((p) => p.includes("grid-pylons"));
        expect([...new Set(leadFiles)]).toEqual([new URL(s.src).pathname]);
        expect(asked.some((p) => p.endsWith(`/${picture}`))).toBe(false);
        expect(await shifts(page)).toEqual([]);
      });
    }

    test("the listing's cards show variants that fit their column", async ({ page }) => {
      await page.goto("/en/");
      const card = `.folio-card:has(a[href$="/${slug}"]) img`;
      await loaded(page, card);
      const s = await shown(page, card);
      expectFitting(s);
      // Cropped at the photo's focus (x 0.25, y 0.5), by class: no style attribute.
      expect(await page.locator(card).evaluate((i) => getComputedStyle(i).objectPosition)).toBe("25% 50%");
      await expect(page.locator(card)).toHaveAttribute("loading", "lazy");
    });
  });
}

test("the narrow screen takes a narrower lead variant than the wide one", async ({ browser }) => {
  const at = async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`/en/article/${slug}`);
    await loaded(page, ".folio-lead-image img");
    const s = await shown(page, ".folio-lead-image img");
    await context.close();
    return s.variant;
  };
  expect(await at(375)).toBeLessThan(await at(1280));
});

test.describe("a published page with JavaScript off", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });

  test("preloads the lead variant the picture then shows, the only file of it", async ({ page }) => {
    const asked = imageRequests(page);
    await page.goto(`${PUBLISHED}/en/article/${slug}`);
    const preload = page.locator('link[rel="preload"][as="image"]');
    await expect(preload).toHaveCount(1);
    await expect(preload).toHaveAttribute("fetchpriority", "high");
    await expect(preload).toHaveAttribute("imagesizes", /70ch/);
    await loaded(page, ".folio-lead-image img");
    const s = await shown(page, ".folio-lead-image img");
    expectFitting(s);
    expect(asked.filter((p) => p.includes("grid-pylons"))).toEqual([new URL(s.src).pathname]);
  });
});

test("every picture of every sample article and listing loads (naturalWidth above 0)", async ({ page }) => {
  test.setTimeout(120_000);
  const site = sample("site.json");
  const pages = site.languages.flatMap((lang) => [
    `/${lang}/`,
    ...readdirSync(new URL(`../../public/content/${lang}/articles/`, import.meta.url)).map(
      (f) => `/${lang}/article/${f.replace(/\.json$/, "")}`,
    ),
  ]);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator(".folio-article, .folio-listing").first()).toBeVisible();
    // An article's recommended cards come after its first paint; then its pictures.
    if (path.includes("/article/")) await expect(page.locator(".folio-recommended .folio-card-link")).not.toHaveCount(0);
    await expect(page.locator(".folio-card-pending")).toHaveCount(0);
    // Lazy pictures far down the page are asked for now rather than on scrolling; once
    // every picture has begun (a lazy one not yet asked for has no currentSrc, and counts
    // as complete) and finished, the ones without a picture, in the same look.
    const brokenOnceIn = () => {
      document.querySelectorAll("img[loading=lazy]").forEach((i) => (i.loading = "eager"));
      const images = [...document.images];
      if (!images.every((i) => i.currentSrc !== "" && i.complete)) return null;
      return images.filter((i) => i.naturalWidth === 0).map((i) => i.src);
    };
    let broken = null;
    await expect.poll(async () => (broken = await page.evaluate(brokenOnceIn)) !== null).toBe(true);
    expect(broken, path).toEqual([]);
    expect(await page.locator("img").count(), path).toBeGreaterThan(0);
  }
});
