// Sharing an article: exact links, Mastodon on the reader's server, copying, the native
// sheet, and no request to any other host.
import { test, expect } from "./guard.js";
import { sample, expectAccessible } from "./helpers.js";

const site = sample("site.json");
const slug = "cross-border-rail-gaps";
const article = sample(`en/articles/${slug}.json`);
const ORIGIN = "http://127.0.0.1:4173";
const url = `${ORIGIN}/en/article/${slug}`;
// RFC 3986 query-value encoding, as Folio does it.
const q = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());

test.beforeEach(async ({ page, context }) => {
  // Nothing may leave the machine: a popup to a network gets a stub page.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ body: "stub", contentType: "text/plain" }));
});

test("every share link is exact and opens safely", async ({ page }) => {
  await page.goto(`/en/article/${slug}`);
  const share = page.locator("section.folio-share");
  await expect(page.locator("#folio-share-heading")).toHaveText("Please share");
  const t = q(article.title);
  const expected = {
    email: `mailto:?subject=${t}&body=${q(article.summary)}%0A%0A${q(url)}`,
    x: `https://twitter.com/intent/tweet?text=${t}&url=${q(url)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`,
    whatsapp: `https://wa.me/?text=${t}%20${q(url)}`,
    telegram: `https://t.me/share/url?url=${q(url)}&text=${t}`,
    bluesky: `https://bsky.app/intent/compose?text=${t}%20${q(url)}`,
    reddit: `https://www.reddit.com/submit?url=${q(url)}&title=${t}`,
  };
  for (const [channel, href] of Object.entries(expected)) {
    const link = share.locator(`a.folio-share-${channel}`);
    await expect(link).toHaveAttribute("href", href);
    if (channel === "email") {
      await expect(link).not.toHaveAttribute("target", /./);
      await expect(link).toHaveAccessibleName("Share by email");
    } else {
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }
  }
  await expect(share.locator("a.folio-share-linkedin")).toHaveAccessibleName("Share on LinkedIn (opens in a new tab)");
  // The site's order, each control at least 24×24 px.
  const classes = await share.locator(".folio-share-list > li > :first-child").evaluateAll((els) =>
    els.map((e) => [...e.classList].find((c) => c.startsWith("folio-share-") && c !== "folio-share-button")),
  );
  const hasNative = await page.evaluate(() => typeof navigator.share === "function");
  const want = site.share.filter((c) => c !== "native" || hasNative).map((c) => `folio-share-${c}`);
  expect(classes).toEqual(want);
  for (const box of await share.locator(".folio-share-button").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
});

test("in German the controls are named in German", async ({ page }) => {
  await page.goto(`/de/article/grenzueberschreitende-bahnluecken`);
  await expect(page.locator("#folio-share-heading")).toHaveText("Bitte teilen");
  await expect(page.locator("a.folio-share-linkedin")).toHaveAccessibleName(/^Auf LinkedIn teilen/);
});

test("Mastodon: asks for the server, checks it, remembers it, and lets it change", async ({ page, context }) => {
  await page.goto(`/en/article/${slug}`);
  const button = page.locator("button.folio-share-mastodon");
  await button.click();
  const dialog = page.locator("dialog.folio-dialog");
  await expect(dialog).toBeVisible();
  const input = dialog.getByLabel("Your Mastodon server");
  await expect(input).toBeFocused();
  await expectAccessible(page);

  await input.fill("not a server");
  await dialog.getByRole("button", { name: "Share" }).click();
  await expect(dialog.locator(".folio-dialog-error")).toHaveText("Enter a server name such as mastodon.social.");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(dialog).toBeVisible();

  await input.fill("@ana@EuPolicy.Social");
  const [popup] = await Promise.all([context.waitForEvent("page"), dialog.getByRole("button", { name: "Share" }).click()]);
  expect(popup.url()).toBe(`https://eupolicy.social/share?text=${q(article.title)}%20${q(url)}`);
  await popup.close();
  await expect(dialog).toBeHidden();

  const link = page.locator("a.folio-share-mastodon");
  await expect(link).toHaveAttribute("href", `https://eupolicy.social/share?text=${q(article.title)}%20${q(url)}`);
  await page.reload();
  await expect(page.locator("a.folio-share-mastodon")).toHaveAttribute("href", /^https:\/\/eupolicy\.social\/share\?/);

  await page.getByRole("button", { name: "Change Mastodon server" }).click();
  await expect(input).toHaveValue("eupolicy.social");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Change Mastodon server" }).click();
  await input.fill("mastodon.social");
  const [second] = await Promise.all([context.waitForEvent("page"), input.press("Enter")]);
  expect(second.url()).toMatch(/^https:\/\/mastodon\.social\/share\?text=/);
  await second.close();
  await expect(page.locator("a.folio-share-mastodon")).toHaveAttribute("href", /^https:\/\/mastodon\.social\/share\?/);
});

test("Escape closes the Mastodon dialog and focus returns", async ({ page }) => {
  await page.goto(`/en/article/${slug}`);
  const button = page.locator("button.folio-share-mastodon");
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("dialog.folio-dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator("dialog.folio-dialog")).toBeHidden();
  await expect(button).toBeFocused();
});

test("copy puts the link on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  await page.goto(`/en/article/${slug}`);
  const copy = page.locator("button.folio-share-copy");
  await expect(copy).toHaveAccessibleName("Copy link");
  await copy.click();
  const status = page.locator(".folio-share-status");
  await expect(status).toHaveText("Link copied");
  await expect(status).toHaveAttribute("role", "status");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test("without a clipboard, the link is offered selected in a field", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
  await page.goto(`/en/article/${slug}`);
  await page.locator("button.folio-share-copy").click();
  const field = page.getByLabel("Copy this link:");
  await expect(field).toHaveValue(url);
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(url);
  await expectAccessible(page);
});

test("the native share button exists only with navigator.share, and shares title, text and url", async ({ page, browser }) => {
  await page.goto(`/en/article/${slug}`);
  await expect(page.locator("article h1")).toBeVisible();
  const native = await page.evaluate(() => typeof navigator.share === "function");
  await expect(page.locator(".folio-share-native")).toHaveCount(native ? 1 : 0);

  const phone = await browser.newPage();
  await phone.addInitScript(() => {
    navigator.share = async (data) => {
      window.__shared = data;
    };
  });
  await phone.goto(`/en/article/${slug}`);
  const button = phone.locator("button.folio-share-native");
  await expect(button).toHaveAccessibleName("Share…");
  await button.click();
  await expect.poll(() => phone.evaluate(() => window.__shared)).toEqual({ title: article.title, text: article.summary, url });
  await phone.close();
});

test("the site chooses the channels and their order; none hides the block", async ({ page }) => {
  await page.route("**/content/site.json", (route) => route.fulfill({ json: { ...site, share: ["copy", "reddit", "myspace", "email"] } }));
  await page.goto(`/en/article/${slug}`);
  await expect(page.locator(".folio-share-list > li")).toHaveCount(3);
  await expect(page.locator(".folio-share-list > li > :first-child")).toHaveClass([/folio-share-copy/, /folio-share-reddit/, /folio-share-email/]);
  await page.unroute("**/content/site.json");
  await page.route("**/content/site.json", (route) => route.fulfill({ json: { ...site, share: [] } }));
  await page.goto(`/en/article/${slug}`);
  await expect(page.locator("article h1")).toBeVisible();
  await expect(page.locator(".folio-share")).toHaveCount(0);
});

test("a whole visit asks no host but the app's own", async ({ page }) => {
  const hosts = new Set();
  page.on("request", (r) => hosts.add(new URL(r.url()).host));
  await page.goto("/");
  await page.locator(".folio-card-link").first().click();
  await expect(page.locator("article h1")).toBeVisible();
  await page.goto(`/en/article/${slug}`);
  await page.locator(".folio-share").scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 5000);
  await page.waitForLoadState("networkidle");
  expect([...hosts]).toEqual(["127.0.0.1:4173"]);
});
