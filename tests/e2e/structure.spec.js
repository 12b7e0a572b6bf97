// Tables, galleries, code and nested lists as a reader meets them: the sample report's
// blocks in the app and on its published page (JavaScript on and off), a table wider
// than a phone that scrolls inside its own labelled region (reached and scrolled by
// keyboard) while the page itself never scrolls sideways, a gallery that reflows to one
// column, and a long table printed whole with its header row on every page.
import { test, expect } from "./guard.js";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { sample, expectAccessible, recordShifts, shifts, picturesSettled } from "./helpers.js";

const PUBLISHED = "http://127.0.0.1:4175";
const slug = "water-resilience-report";
const report = sample(`en/articles/${slug}.json`);
const table = report.body.find((b) => b.type === "table");
const gallery = report.body.find((b) => b.type === "gallery");
const code = report.body.find((b) => b.type === "code");

/** An article of our own, served in place of a file the app asks for. */
function wideArticle(rows) {
  const header = ["Region", ...Array.from({ length: 9 }, (_, i) => `Year ${2015 + i}`)];
  return {
    slug: "wide-table",
    language: "en",
    kind: "publication",
    date: "2020-05-01",
    title: "Leakage by region, year by year",
    body: [
      { type: "paragraph", text: ["Each region's share of water lost, as the utilities reported it."] },
      {
        type: "table",
        caption: "Share of water lost, by region and year",
        header_row: true,
        header_column: true,
        rows: [header, ...Array.from({ length: rows }, (_, r) => [`Region ${r + 1}:`, ...header.slice(1).map((_, c) => `${(r * 7 + c * 3) % 30} %`)])],
      },
      { type: "paragraph", text: ["The figures for the last year are provisional."] },
    ],
  };
}

async function serveWide(page, rows) {
  await page.route("**/content/en/articles/wide-table.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(wideArticle(rows)) }),
  );
}

/** How far the page itself scrolls sideways (0: it does not). */
const pageOverflow = (page) => page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));

for (const [how, base] of [["the app", ""], ["a published page", PUBLISHED]]) {
  test(`${how}: the report's table, gallery, code and nested list`, async ({ page }) => {
    await page.goto(`${base}/en/article/${slug}`);
    await expect(page.locator("#folio-prerender")).toHaveCount(0);
    const region = page.getByRole("region", { name: table.caption });
    await expect(region).toBeVisible();
    await expect(region.locator("caption")).toHaveText(table.caption);
    await expect(region.getByRole("columnheader")).toHaveText(table.rows[0]);
    await expect(region.getByRole("rowheader")).toHaveCount(table.rows.length - 1);
    await expect(region.locator("th[colspan='2']")).toHaveText(table.rows.at(-1)[0].text[0]);
    await expect(page.locator(".folio-gallery-grid img")).toHaveCount(gallery.images.length);
    await expect(page.locator(".folio-gallery > figcaption")).toHaveText(gallery.caption);
    expect(await page.locator(".folio-code pre").textContent()).toBe(code.text);
    await expect(page.locator(".folio-code-language")).toHaveText("CSV");
    await expect(page.locator(".folio-body > ul > li > ul > li")).toHaveCount(2);
    await expect(page.locator(".folio-body sub")).toHaveText("2");
    await expectAccessible(page);
  });
}

test("a published page with JavaScript off shows every picture of the gallery, and the table", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${PUBLISHED}/en/article/${slug}`);
  await expect(page.getByRole("region", { name: table.caption })).toBeVisible();
  const pictures = page.locator(".folio-gallery-grid img");
  await expect(pictures).toHaveCount(2);
  for (const img of await pictures.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth > 0)).toBe(true);
  }
  await context.close();
});

test("taking the published report over moves nothing at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await recordShifts(page);
  await page.goto(`${PUBLISHED}/en/article/${slug}`);
  await expect(page.locator("#folio-prerender")).toHaveCount(0);
  await page.locator(".folio-gallery").scrollIntoViewIfNeeded();
  await picturesSettled(page);
  expect(await shifts(page)).toEqual([]);
});

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test("a wide table scrolls inside its region, reached and scrolled by keyboard; the page does not", async ({ page }) => {
    await serveWide(page, 6);
    await page.goto("/en/article/wide-table");
    const region = page.getByRole("region", { name: "Share of water lost, by region and year" });
    await expect(region).toBeVisible();
    expect(await pageOverflow(page)).toBe(0);
    const { scroll, client } = await region.evaluate((r) => ({ scroll: r.scrollWidth, client: r.clientWidth }));
    expect(scroll).toBeGreaterThan(client);
    // Tab from the top of the page until the region has the focus.
    let focused = false;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await region.evaluate((r) => document.activeElement === r);
    }
    expect(focused).toBe(true);
    const outline = await region.evaluate((r) => getComputedStyle(r).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
    await page.keyboard.press("End");
    expect(await pageOverflow(page)).toBe(0);
    await expectAccessible(page);
  });

  test("the gallery is one column", async ({ page }) => {
    await page.goto(`/en/article/${slug}`);
    await expect(page.locator(".folio-gallery-grid > li")).toHaveCount(2);
    const boxes = await page.locator(".folio-gallery-grid > li").evaluateAll((lis) => lis.map((l) => l.getBoundingClientRect().toJSON()));
    expect(boxes).toHaveLength(2);
    expect(boxes[1].x).toBe(boxes[0].x);
    expect(boxes[1].y).toBeGreaterThanOrEqual(boxes[0].y + boxes[0].height);
    expect(await pageOverflow(page)).toBe(0);
  });
});

test("on a wide screen the gallery is two columns, each picture sharp for its box", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/en/article/${slug}`);
  const items = page.locator(".folio-gallery-grid > li");
  await expect(items).toHaveCount(2);
  const boxes = await items.evaluateAll((lis) => lis.map((l) => l.getBoundingClientRect().toJSON()));
  expect(boxes[1].y).toBe(boxes[0].y);
  expect(boxes[1].x).toBeGreaterThan(boxes[0].x);
  // The reservoir photo has variants: the file the browser took is at least as wide as its box.
  const photo = page.locator(".folio-gallery-grid img").nth(1);
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((i) => i.complete && i.naturalWidth > 0)).toBe(true);
  const { natural, box } = await photo.evaluate((i) => ({ natural: i.naturalWidth, box: i.getBoundingClientRect().width * devicePixelRatio }));
  expect(natural).toBeGreaterThanOrEqual(box);
});

test("a long table prints whole, its header row on every page", async ({ page }) => {
  await serveWide(page, 90);
  await page.goto("/en/article/wide-table");
  await expect(page.locator(".folio-table")).toBeVisible();
  const bytes = await page.pdf({ format: "A4", printBackground: false });
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  expect(doc.numPages).toBeGreaterThan(1);
  // pdf.js cuts words where the PDF placed its glyphs: compared without spaces.
  const rows = new Set();
  for (let n = 1; n <= doc.numPages; n++) {
    const text = (await (await doc.getPage(n)).getTextContent()).items.map((i) => i.str).join("").replace(/\s+/g, "");
    const here = [...text.matchAll(/Region(\d+):/g)].map((m) => Number(m[1]));
    if (here.length === 0) continue;
    expect(text, `page ${n} repeats the header row`).toContain("Year2015Year2016");
    here.forEach((r) => rows.add(r));
  }
  expect(rows.size, "every row printed").toBe(90);
});
