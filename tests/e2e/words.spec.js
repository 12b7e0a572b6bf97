// The interface's words on demand (src/i18n/installed.rs, src/browser/words.rs): English
// is built into the app, the other languages' words are files beside boot.js, fetched
// before a page in that language shows, and never shown mixed with another language's.
import { test, expect } from "./guard.js";
import { sample } from "./helpers.js";
import { STRICT_CSP } from "./csp.mjs";

const rail = { en: "cross-border-rail-gaps", de: "grenzueberschreitende-bahnluecken", fr: "chainons-ferroviaires-manquants" };
const de = sample(`de/articles/${rail.de}.json`);
const fr = sample(`fr/articles/${rail.fr}.json`);

/** Every request for a words file, by file name. */
function wordRequests(page) {
  const seen = [];
  page.on("request", (r) => {
    const m = /\/folio-words\/([a-z]+\.json)$/.exec(new URL(r.url()).pathname);
    if (m) seen.push(m[1]);
  });
  return seen;
}

test("an English page loads no words file until it is idle; a German page its own, first", async ({ page }) => {
  const seen = wordRequests(page);
  await page.goto(`/de/article/${rail.de}`);
  await expect(page.locator("article h1")).toHaveText(de.title);
  expect(seen[0]).toBe("de.json");
  await expect(page.locator("#folio-share-heading")).toHaveText("Bitte teilen");
  await expect(page.locator(".folio-languages-button")).toHaveAccessibleName("Sprache: de");
  await expect(page.locator(".folio-skip")).toHaveText("Zum Inhalt springen");

  // English is built in: a fresh English page asks for nothing before its article shows.
  // The moment the title is in the page is taken in the page itself (a mutation observer
  // runs before any idle callback), not when the test next looks: on a busy machine the
  // page may be idle, and fetch the other words, before the test's next look.
  const fresh = await page.context().newPage();
  await fresh.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector("article h1")) {
        window.__titleAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await fresh.goto(`/en/article/${rail.en}`, { waitUntil: "commit" });
  await expect(fresh.locator("article h1")).toHaveText(sample(`en/articles/${rail.en}.json`).title);
  expect(await fresh.evaluate(() => typeof window.__titleAt)).toBe("number");
  const before = await fresh.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => e.name.includes("/folio-words/") && e.startTime < window.__titleAt)
      .map((e) => e.name),
  );
  expect(before).toEqual([]);
  await fresh.close();
});

test("switching to a language whose words are slow: no frame shows its article with another's words", async ({ page }) => {
  // The French words take 800 ms (the idle prefetch asks for them too): the page waits.
  await page.route("**/folio-words/fr.json", async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto(`/en/article/${rail.en}`);
  await expect(page.locator("#folio-share-heading")).toHaveText("Please share");
  // Watch every frame from now on: the French title must never stand with English words.
  await page.evaluate((title) => {
    window.__mixed = [];
    const look = () => {
      const h1 = document.querySelector("article h1")?.textContent;
      const share = document.querySelector("#folio-share-heading")?.textContent;
      const label = document.querySelector(".folio-languages-button")?.textContent ?? "";
      if (h1 === title && (share === "Please share" || label.startsWith("Language"))) window.__mixed.push({ share, label });
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, fr.title);
  await page.locator(".folio-languages-button").click();
  await page.locator(".folio-language-list a[hreflang=fr]").click();
  await expect(page.locator("article h1")).toHaveText(fr.title);
  await expect(page.locator("#folio-share-heading")).not.toHaveText("Please share");
  await expect(page.locator(".folio-languages-button")).toHaveAccessibleName(/^Langue/);
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.__mixed)).toEqual([]);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

for (const [what, reply, said] of [
  ["is missing", { status: 404, body: "" }, "was not found"],
  ["is not a words file", { status: 200, contentType: "application/json", body: '{"language_name": "Deutsch"}' }, "is not a words file"],
]) {
  test(`a words file that ${what} leaves English words, says so, and loses nothing else`, async ({ page, guard }) => {
    if (reply.status === 404) guard.expectFailure(/folio-words\/de\.json/);
    await page.route("**/folio-words/de.json", (route) => route.fulfill(reply));
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.goto(`/de/article/${rail.de}`);
    await expect(page.locator("article h1")).toHaveText(de.title);
    await expect(page.locator(".folio-body p").first()).toBeVisible();
    await expect(page.locator("#folio-share-heading")).toHaveText("Please share");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    // The header shows too, its words in English.
    await expect(page.locator(".folio-languages-button")).toHaveAccessibleName("Language: de");
    await expect(page.locator(".folio-recommended a.folio-card-link").first()).toBeVisible();
    expect(warnings.some((w) => w.includes("/folio-words/de.json") && w.includes(said) && w.includes('"de"'))).toBe(true);
  });
}

test("an embedded German article shows German words from the article-mode build", async ({ page }) => {
  const seen = wordRequests(page);
  await page.route("**/de-words/host.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "content-security-policy": STRICT_CSP },
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
             <body><div id="folio" data-endpoint="/folio/content/" data-mode="article" data-lang="de" data-article="${rail.de}"></div>
             <script type="module" src="/folio/boot.js"></script></body></html>`,
    }),
  );
  await page.goto("/de-words/host.html");
  const widget = page.locator("#folio > .folio-widget");
  await expect(widget.locator("article h1")).toHaveText(de.title);
  await expect(widget.locator("#folio-share-heading")).toHaveText("Bitte teilen");
  expect(seen[0]).toBe("de.json");
});
