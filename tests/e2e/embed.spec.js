// Folio inside other sites: article and site mode, the host page left alone, a remote
// endpoint, bad settings, and every way a content server can fail.
import { test, expect } from "./guard.js";
import { readFileSync } from "node:fs";
import { STRICT_CSP } from "./csp.mjs";
import { sample, expectAccessible, twoFrames } from "./helpers.js";

const rail = sample("en/articles/cross-border-rail-gaps.json");
const REMOTE = "http://127.0.0.1:4174";


/** A host page with given #folio attributes and, optionally, its own CSP. */
async function hostPage(page, path, attributes, csp) {
  const attrs = Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(" ");
  const headers = { "content-security-policy": csp ?? STRICT_CSP };
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: "text/html",
      headers,
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
             <body><p id="host">Host content</p><div id="folio" ${attrs}></div>
             <script type="module" src="/folio/boot.js"></script></body></html>`,
    }),
  );
}

test.describe("article mode", () => {
  test("renders one article and leaves the host's URL, title, head and history alone", async ({ page }) => {
    await page.goto("/embed/article.html");
    const widget = page.locator("#folio > .folio-widget");
    await expect(widget.locator("article h1")).toHaveText(rail.title);
    await expect(widget).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle("Host site – a page with a Folio article");
    await expect(page.locator('link[rel="canonical"], meta[name="description"]')).toHaveCount(0);
    await expect(page.locator(".folio-header")).toHaveCount(0);
    const history = await page.evaluate(() => history.length);

    const card = widget.locator(".folio-recommended a.folio-card-link").first();
    const next = rail.recommended[0];
    await card.click();
    await expect(widget.locator("article h1")).toHaveText(next.title);
    await expect(widget.locator("#folio-title")).toBeFocused();
    await expect(page).toHaveURL(/\/embed\/article\.html$/);
    expect(await page.evaluate(() => history.length)).toBe(history);
    await expect(page).toHaveTitle("Host site – a page with a Folio article");
    // Share links point at the host page, the article having no address of its own here.
    await expect(widget.locator("a.folio-share-facebook")).toHaveAttribute("href", /u=http%3A%2F%2F127\.0\.0\.1%3A4173%2Fembed%2Farticle\.html$/);
    await expectAccessible(page);
  });

  test("loads the article-mode build, not the whole app; site mode loads the whole app", async ({ page }) => {
    const modules = [];
    page.on("request", (r) => /\.(wasm|js)$/.test(new URL(r.url()).pathname) && modules.push(new URL(r.url()).pathname));
    await page.goto("/embed/article.html");
    await expect(page.locator("#folio > .folio-widget article h1")).toHaveText(rail.title);
    const wasm = modules.filter((m) => m.endsWith(".wasm"));
    expect(wasm).toEqual([expect.stringMatching(/^\/folio\/folio-article-[0-9a-f]{16}_bg\.wasm$/)]);
    expect(modules.filter((m) => /\/folio-[0-9a-f]+\.js$/.test(m))).toEqual([]);
    expect(modules).toContainEqual(expect.stringMatching(/^\/folio\/folio-article-[0-9a-f]{16}\.js$/));

    modules.length = 0;
    await page.goto("/news/de/");
    await expect(page.locator("#folio .folio-header")).toBeVisible();
    expect(modules.filter((m) => m.endsWith(".wasm"))).toEqual([expect.stringMatching(/^\/folio\/folio-[0-9a-f]+_bg\.wasm$/)]);
    expect(modules.filter((m) => m.includes("folio-article"))).toEqual([]);
  });

  test("a German article on an English host page leaves <html lang> and dir alone", async ({ page }) => {
    const german = sample(`de/articles/${rail.translations.de}.json`);
    await hostPage(page, "/de-host/host.html", {
      "data-endpoint": "/folio/content/",
      "data-lang": "de",
      "data-mode": "article",
      "data-article": rail.translations.de,
    });
    await page.goto("/de-host/host.html");
    const widget = page.locator("#folio > .folio-widget");
    await expect(widget.locator("article h1")).toHaveText(german.title);
    await expect(widget).toHaveAttribute("lang", "de");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).not.toHaveAttribute("dir", /./);
    await expect(page).toHaveTitle("Host");
  });

  test("the host's styles stay the host's, and Folio looks as it does on its own", async ({ page }) => {
    const probe = () => {
      const css = (sel, props) => {
        const el = document.querySelector(sel);
        const s = getComputedStyle(el);
        return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
      };
      return {
        title: css(".folio-title", ["font-family", "font-size", "text-transform", "letter-spacing", "color"]),
        paragraph: css(".folio-body p", ["text-indent", "line-height", "font-family", "font-size"]),
        list: css(".folio-body :is(ul, ol)", ["list-style-type", "padding-inline-start"]),
        lead: css(".folio-lead-image img", ["border-top-width", "width"]),
        share: css(".folio-share-button", ["width", "height", "border-radius"]),
        person: css(".folio-person-name", ["font-weight", "text-decoration-line"]),
        card: css(".folio-card", ["display", "border-top-width"]),
      };
    };
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto("/en/article/cross-border-rail-gaps");
    await expect(page.locator("article h1")).toBeVisible();
    await expect(page.locator(".folio-recommended .folio-card")).not.toHaveCount(0);
    const alone = await page.evaluate(probe);

    await page.goto("/embed/article.html");
    await expect(page.locator("article h1")).toBeVisible();
    await expect(page.locator(".folio-recommended .folio-card")).not.toHaveCount(0);
    const embedded = await page.evaluate(probe);
    expect({ ...embedded, lead: { ...embedded.lead, width: "-" } }).toEqual({ ...alone, lead: { ...alone.lead, width: "-" } });

    const host = await page.evaluate(() => {
      const s = (sel) => getComputedStyle(document.querySelector(sel));
      return {
        title: [s("#host-title").fontFamily, s("#host-title").textTransform],
        nav: s("#host-nav a").color,
        intro: s("#host-intro").textIndent,
        item: s("#host-item").listStyleType,
        body: [s("body").fontFamily, s("body").backgroundColor],
      };
    });
    expect(host).toEqual({
      title: ['Impact, "Arial Narrow", sans-serif', "uppercase"],
      nav: "rgb(255, 210, 122)",
      intro: "36px",
      item: "square",
      body: ['Georgia, "Times New Roman", serif', "rgba(0, 0, 0, 0)"],
    });
  });
});

test.describe("site mode under a base path", () => {
  test("Folio owns /news, starts in data-lang, and leaves other links to the host", async ({ page }) => {
    await page.goto("/news/");
    await expect(page).toHaveURL(/\/news\/de\/$/);
    const first = sample("de/index.json").articles[0];
    const link = page.locator(".folio-cards-listing a.folio-card-link").first();
    await expect(link).toHaveAttribute("href", `/news/de/article/${first.slug}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/news/de/article/${first.slug}$`));
    await expect(page.locator("article h1")).toHaveText(sample(`de/articles/${first.slug}.json`).title);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `http://127.0.0.1:4173/news/de/article/${first.slug}`);
    await page.goBack();
    await expect(page).toHaveURL(/\/news\/de\/$/);
    // The host's own link is a real navigation to the host's page.
    await page.locator("#host-home").click();
    await expect(page).toHaveTitle("Host site – a page with a Folio article");
  });
});

test.describe("settings", () => {
  for (const [attrs, message] of [
    [{ "data-mode": "widget" }, 'data-mode: "widget" is neither "site" nor "article"'],
    [{ "data-mode": "article" }, "data-article"],
    [{ "data-endpoint": "javascript:alert(1)" }, "data-endpoint"],
    [{ "data-lang": "english" }, "data-lang"],
    [{ "data-base-path": "news" }, "data-base-path"],
    [{ "data-timeout": "never" }, "data-timeout"],
  ]) {
    test(`a wrong setting is named in place of the app: ${JSON.stringify(attrs)}`, async ({ page }) => {
      await hostPage(page, "/bad/host.html", attrs);
      await page.goto("/bad/host.html");
      const error = page.locator("#folio .folio-error");
      await expect(error).toContainText("Folio cannot start.");
      await expect(error).toContainText(message);
      await expect(page.locator("#host")).toHaveText("Host content");
    });
  }
});

test("an endpoint on another origin, with CORS and the host's CSP naming it", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => fetched.push(r.url()));
  await page.goto("/remote/");
  await expect(page.locator("article h1")).toHaveText(rail.title);
  await expect(page.locator(".folio-lead-image img")).toHaveAttribute("src", `${REMOTE}/content/${rail.image.src}`);
  expect(fetched).toContain(`${REMOTE}/content/en/articles/cross-border-rail-gaps.json`);
  expect(fetched).toContain(`${REMOTE}/content/site.json`);
});

test("the app's own page has no inline script or style, and is served under the strict CSP", async ({ page, request }) => {
  const html = readFileSync(new URL("../../dist/index.html", import.meta.url), "utf8");
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
  const response = await request.get("/en/");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective));
  });
  await page.goto("/en/article/cross-border-rail-gaps");
  await expect(page.locator("article h1")).toBeVisible();
  await page.locator(".folio-languages-button").click();
  await page.locator("button.folio-share-mastodon").click();
  await page.keyboard.press("Escape");
  await page.goto("/en/?q=grid");
  await expect(page.locator(".folio-cards-listing .folio-card")).not.toHaveCount(0);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test("a late answer never replaces a newer page", async ({ page }) => {
  const slow = "oceans-not-a-dump";
  // The slow article's answer is held until the newer page is on screen.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(`**/content/en/articles/${slow}.json`, async (route) => {
    await held;
    await route.continue().catch(() => {}); // the app may have given up on it
  });
  await page.goto("/en/");
  await page.locator(`a.folio-card-link[href="/en/article/${slow}"]`).click();
  await page.goBack();
  await page.locator('a.folio-card-link[href="/en/article/grid-package-agreement"]').click();
  const fast = sample("en/articles/grid-package-agreement.json").title;
  await expect(page.locator("article h1")).toHaveText(fast);
  const answered = new Promise((resolve) => {
    const done = (r) => r.url().endsWith(`/${slow}.json`) && resolve();
    page.on("requestfinished", done);
    page.on("requestfailed", done);
  });
  release();
  await answered;
  await twoFrames(page);
  await expect(page.locator("article h1")).toHaveText(fast);
  await expect(page).toHaveURL(/grid-package-agreement$/);
});

// Every file, every way it can fail: a message naming it, a Retry, and the header kept
// where the site is known.
const SLUG = "deep-sea-mining-hearing";
const FILES = {
  "site.json": { page: `/t/en/article/${SLUG}`, wrongTypes: { name: 5, default_language: "en", languages: "en" } },
  "en/index.json": { page: "/t/en/", wrongTypes: { articles: "none" } },
  [`en/articles/${SLUG}.json`]: { page: `/t/en/article/${SLUG}`, wrongTypes: { slug: SLUG, language: "en", kind: "news", date: "2020-01-01", title: 42, body: [] } },
};
const FAILURES = {
  "404": [{ status: 404, body: "gone" }, "was not found."],
  "500": [{ status: 500, body: "boom" }, "answered with an error (500)"],
  hang: ["hang", "took too long to answer"],
  truncated: [{ status: 200, body: '{"articles": [{"slug": "a", "ti' }, "is not valid content: EOF"],
  "wrong types": ["wrong", "is not valid content: invalid type"],
  empty: [{ status: 200, body: "" }, "is not valid content: EOF"],
  "HTML with 200": [{ status: 200, body: "<!doctype html><h1>Error</h1>", contentType: "text/html" }, "is not valid content: expected value"],
};

for (const [file, { page: path, wrongTypes }] of Object.entries(FILES)) {
  for (const [name, [answer, message]] of Object.entries(FAILURES)) {
    test(`${file}: ${name}`, async ({ page, guard }) => {
      if (typeof answer === "object" && answer.status >= 400) {
        guard.expectFailure(new RegExp(`^${answer.status} .*/folio/content/${file.replace(/\./g, "\\.")}$`));
      }
      await page.route(`**/folio/content/${file}`, async (route) => {
        if (answer === "hang") return; // never answered: the 1.5 s timeout must end it
        if (answer === "wrong") return route.fulfill({ json: wrongTypes });
        return route.fulfill({ contentType: "application/json", ...answer });
      });
      await page.goto(path);
      const error = page.locator(".folio-error-message");
      await expect(error).toContainText(file, { timeout: 8000 });
      await expect(error).toContainText(message);
      await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
      if (file !== "site.json") await expect(page.locator(".folio-languages-button")).toBeVisible();
      await page.unroute(`**/folio/content/${file}`);
      await page.getByRole("button", { name: "Retry" }).click();
      await expect(page.locator(".folio-error-message")).toHaveCount(0);
      await expect(page.locator(path.includes("/article/") ? "article h1" : ".folio-cards-listing .folio-card").first()).toBeVisible();
    });
  }
}
