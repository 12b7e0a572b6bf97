// HTML first for embedded articles: a host page holds the article's fragment (written by
// `folio-cli publish`, included server-side) inside its #folio element. Without
// JavaScript it reads as the article; with it, Folio takes over with nothing moving, the
// host's address, title, language and head tags untouched, and no image asked for twice.
import { test, expect } from "./guard.js";
import { sample, expectAccessible, domTree, imageRequests, recordShifts, shifts } from "./helpers.js";

const PAGE = "/embed/article-fragment.html";
const rail = sample("en/articles/cross-border-rail-gaps.json");


/** Boxes of the article's parts and of the host's, to compare before and after. */
async function layout(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      ["#host-title", "#host-intro", ".host-aside", ".folio-widget .folio-meta", ".folio-widget h1", ".folio-lead-image", ".folio-body", ".folio-people", ".folio-share h2", ".folio-recommended", ".folio-cards"].map((s) => {
        const el = [...document.querySelectorAll(s)].find((e) => e.getClientRects().length > 0);
        const r = el?.getBoundingClientRect();
        return [s, r ? [r.x, r.y, r.width, r.height].map(Math.round) : null];
      }),
    ),
  );
}

/** What of the host's head Folio must leave alone: every element but Folio's own files. */
const hostHead = (page) =>
  page.evaluate(() =>
    [...document.head.children]
      .filter((e) => !(e.getAttribute("href") ?? e.getAttribute("src") ?? "").includes("/folio/") || e.rel === "stylesheet")
      .map((e) => e.outerHTML),
  );

test("with JavaScript off, the fragment reads as the article, with plain links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const widget = page.locator("#folio > .folio-widget");
  await expect(widget.locator("article h1")).toHaveText(rail.title);
  await expect(widget).toHaveAttribute("lang", "en");
  await expect(widget.locator(".folio-body > *")).toHaveCount(rail.body.length);
  await expect(widget.locator(".folio-share-list a").first()).toBeVisible();
  await expect(widget.locator("button")).toHaveCount(0);
  await expect(widget.locator(".folio-recommended .folio-card-link")).toHaveCount(4);
  // The head tags the host copied from fragment-head.html.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", rail.title);
  await context.close();
});

for (const width of [1280, 320]) {
  test(`Folio takes over the fragment without moving anything (${width} px)`, async ({ page, browser }) => {
    const still = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const before = await still.newPage();
    await before.goto(PAGE);
    await expect(before.locator(".folio-widget h1")).toHaveText(rail.title);
    const prerendered = await layout(before);
    const head = await hostHead(before);
    const fragmentDom = await before.evaluate(domTree, "#folio-prerender");
    await still.close();

    await page.setViewportSize({ width, height: 900 });
    await recordShifts(page);
    const images = imageRequests(page);
    await page.goto(PAGE);
    await expect(page.locator("#folio-prerender")).toHaveCount(0);
    await expect(page.locator(".folio-widget .folio-share-copy")).toBeVisible();
    await expect(page.locator(".folio-widget .folio-recommended .folio-card-link")).toHaveCount(4);
    expect(await layout(page)).toEqual(prerendered);
    // One renderer: the fragment is the widget's own markup (addresses aside: on the
    // host page the share links and the printed address are the host's, in the fragment
    // the article's).
    const hasClass = (n, c) => n.attrs.some((a) => a.startsWith("class=") && a.includes(c));
    const withoutAddresses = (tree) =>
      tree.map((n) =>
        typeof n === "string"
          ? n
          : {
              ...n,
              attrs: hasClass(n, "folio-share-button") ? n.attrs.filter((a) => !a.startsWith("href=")) : n.attrs,
              children: hasClass(n, "folio-print-source") ? [] : withoutAddresses(n.children),
            },
      );
    expect(withoutAddresses(await page.evaluate(domTree, "#folio > .folio-widget"))).toEqual(withoutAddresses(fragmentDom));
    expect(await shifts(page)).toEqual([]);
    // The host is the host's: address, title, language, head.
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
    await expect(page).toHaveTitle("Host site – a page with a Folio article, HTML first");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await hostHead(page)).toEqual(head);
    await expect(page.locator("#folio > .folio-widget")).toHaveCount(1);
    // What was on screen is not asked for again.
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((p, i) => images.indexOf(p) !== i)).toEqual([]);
  });
}

test("after taking over the fragment, the widget works as usual", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator("#folio-prerender")).toHaveCount(0);
  const widget = page.locator("#folio > .folio-widget");
  const card = widget.locator(".folio-recommended a.folio-card-link").first();
  await card.click();
  await expect(widget.locator("article h1")).toHaveText(rail.recommended[0].title);
  await expect(widget.locator("#folio-title")).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expectAccessible(page);
});
