// Video, audio and documents (components/video.rs, audio.rs, documents.rs): a video from
// a provider is the publisher's poster and a play button until the reader asks for it;
// nothing is requested from the provider before the click, and after it the player comes
// from the privacy-friendly address, with the focus on it. Players are stand-ins served
// by the test (no test reaches the internet); the page is served under the strict CSP
// with the `frame-src` a host adds for these providers (docs/contract.md, section 15).
import { test, expect } from "./guard.js";
import { expectAccessible, recordShifts, shifts, picturesSettled, twoFrames, sample } from "./helpers.js";
import { STRICT_CSP } from "./csp.mjs";

const PUBLISHED = "http://127.0.0.1:4175";
const PLAYERS = {
  youtube: "https://www.youtube-nocookie.com",
  vimeo: "https://player.vimeo.com",
  dailymotion: "https://www.dailymotion.com",
  peertube: "https://tube.example.eu",
};
const FRAME_SRC = `frame-src ${Object.values(PLAYERS).join(" ")}`;

const poster = sample("en/articles/water-resilience-report.json").image;
const VIDEOS = [
  {
    provider: "youtube",
    name: "YouTube",
    block: { provider: "youtube", id: "Ab3dE6gH9jK", title: "Plenary speech", start: 12, poster },
    host: "youtube-nocookie.com",
    player: "https://www.youtube-nocookie.com/embed/Ab3dE6gH9jK?autoplay=1&start=12",
  },
  {
    provider: "vimeo",
    name: "Vimeo",
    block: { provider: "vimeo", id: "76979871", title: "Committee vote" },
    host: "player.vimeo.com",
    player: "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1",
  },
  {
    provider: "dailymotion",
    name: "Dailymotion",
    block: { provider: "dailymotion", id: "x8abc12", title: "Press conference" },
    host: "dailymotion.com",
    player: "https://www.dailymotion.com/embed/video/x8abc12?autoplay=1",
  },
  {
    provider: "peertube",
    name: "tube.example.eu",
    block: { provider: "peertube", origin: "https://tube.example.eu", id: "kkGMgK9ZtnKfYAgnEtQxbv", title: "Hearing" },
    host: "tube.example.eu",
    player: "https://tube.example.eu/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?autoplay=1",
  },
];

/** Blocks every rule refuses: each is skipped with a warning, the rest renders. */
const HOSTILE = [
  { provider: "youtube", id: 'x" onload="alert(1)', title: "Quote in the id" },
  { provider: "vimeo", id: "12/../34", title: "Slash in the id" },
  { provider: "peertube", origin: "http://tube.example.eu", id: "abc", title: "Not https" },
  { provider: "peertube", origin: "javascript:alert(1)//", id: "abc", title: "Script origin" },
  { provider: "peertube", origin: "https://tube.example.eu@evil.example", id: "abc", title: "User in the origin" },
  { provider: "peertube", origin: "https://tube.exаmple.eu", id: "abc", title: "Look-alike letter" },
  { provider: "file", src: " JaVa\tScRiPt:alert(1)", title: "Script file" },
];

const article = (blocks) => ({
  slug: "players",
  language: "en",
  kind: "video",
  date: "2026-06-10",
  title: "Players",
  body: [{ type: "paragraph", text: "Before the videos." }, ...blocks, { type: "paragraph", text: "After the videos." }],
  recommended: [],
});

/**
 * Serves the page under the strict CSP plus the players' `frame-src`, the article
 * `players` with the given blocks, and a stand-in for every provider; returns the list
 * of requests that left 127.0.0.1.
 */
async function players(page, blocks) {
  const outside = [];
  page.on("request", (r) => {
    if (new URL(r.url()).hostname !== "127.0.0.1") outside.push(r.url());
  });
  await page.route("**/content/en/articles/players.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(article(blocks)) }),
  );
  await page.route("http://127.0.0.1:*/en/article/players", async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), "content-security-policy": `${STRICT_CSP}; ${FRAME_SRC}` };
    await route.fulfill({ response, headers });
  });
  for (const origin of Object.values(PLAYERS)) {
    await page.route(`${origin}/**`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Stand-in player</title><p>Playing</p>" }),
    );
  }
  return outside;
}

const video = (v) => ({ type: "video", ...v });

for (const v of VIDEOS) {
  test(`a ${v.provider} video loads nothing from ${v.host} before the click, then its player`, async ({ page }) => {
    const outside = await players(page, [video(v.block)]);
    await page.goto("/en/article/players");
    const play = page.getByRole("button", { name: `Play video: ${v.block.title} — loads ${v.host}` });
    await expect(play).toBeVisible();
    await expect(page.locator(".folio-video-notice")).toContainText(`This video is hosted by ${v.name}.`);
    await expect(page.locator("iframe")).toHaveCount(0);
    await picturesSettled(page);
    expect(outside, "no request to the provider before the click").toEqual([]);

    // By keyboard: Tab from the top of the page to the button, then Enter.
    for (let i = 0; i < 40 && !(await play.evaluate((b) => b === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(play).toBeFocused();
    await page.keyboard.press("Enter");
    const frame = page.locator("iframe.folio-video-player");
    await expect(frame).toHaveAttribute("src", v.player);
    await expect(frame).toHaveAttribute("title", `Video: ${v.block.title}`);
    await expect(frame).toHaveAttribute("allow", "autoplay; fullscreen; picture-in-picture; encrypted-media");
    await expect(frame).toHaveAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    await expect(frame).toBeFocused();
    await expect(page.frameLocator("iframe.folio-video-player").locator("p")).toHaveText("Playing");
    expect(outside, "the player, and only it").toEqual([v.player]);
    await expect(page.locator(".folio-body p").last()).toHaveText("After the videos.");
  });
}

test("every provider on one page: accessible before and after playing, and no overflow at 320 px", async ({ page }) => {
  await players(page, VIDEOS.map((v) => video(v.block)));
  await page.goto("/en/article/players");
  await expect(page.locator("button.folio-video-play")).toHaveCount(4);
  await expectAccessible(page);
  await page.locator("button.folio-video-play").first().click();
  await expect(page.locator("iframe")).toHaveCount(1);
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await twoFrames(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Targets of at least 24 × 24 px: the play buttons, and each checkbox's label (which
  // toggles it); the privacy link sits inside a sentence, which WCAG 2.5.8 exempts.
  for (const target of await page.locator(".folio-video-play, .folio-video-always").all()) {
    const box = await target.boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
});

test("hostile video blocks are skipped with a warning each, and the rest renders", async ({ page }) => {
  const outside = await players(page, [...HOSTILE.map(video), video(VIDEOS[0].block)]);
  const warnings = [];
  page.on("console", (m) => {
    if (m.type() === "warning" && m.text().startsWith("Folio skipped")) warnings.push(m.text());
  });
  await page.goto("/en/article/players");
  await expect(page.locator(".folio-body p").last()).toHaveText("After the videos.");
  await expect(page.locator(".folio-video")).toHaveCount(1);
  await expect(page.getByRole("button", { name: /^Play video: Plenary speech/ })).toBeVisible();
  expect(warnings.length).toBeGreaterThanOrEqual(HOSTILE.length);
  expect(warnings.join("\n")).toContain("is not a youtube id");
  expect(warnings.join("\n")).toContain("is not an https:// server address");
  const html = await page.content();
  for (const bad of ["onload", "javascript:", "evil.example", "http://tube"]) expect(html).not.toContain(bad);
  await picturesSettled(page);
  expect(outside).toEqual([]);
});

test("a self-hosted video plays in the browser's own player, which asks for nothing before play", async ({ page }) => {
  const asked = [];
  page.on("request", (r) => asked.push(new URL(r.url()).pathname));
  await players(page, [
    video({
      provider: "file",
      src: "media/clip.webm",
      title: "Our own clip",
      poster,
      captions: [{ src: "media/clip.en.vtt", lang: "en", label: "English" }],
    }),
  ]);
  await page.goto("/en/article/players");
  const player = page.locator("video.folio-video-file");
  await expect(player).toHaveAttribute("preload", "none");
  await expect(player).toHaveAttribute("controls", "");
  await expect(player).toHaveAttribute("aria-label", "Our own clip");
  await expect(player.locator("track")).toHaveAttribute("srclang", "en");
  await expect(page.locator(".folio-video .folio-media-download a")).toHaveAttribute("href", "/content/media/clip.webm");
  await expect(page.locator("button.folio-video-play, iframe, .folio-video-notice")).toHaveCount(0);
  await picturesSettled(page);
  await twoFrames(page);
  expect(asked.filter((p) => p.startsWith("/content/media/"))).toEqual([]);
  await expectAccessible(page);
});

test("always loading a provider's videos is the reader's choice, and can be taken back", async ({ page }) => {
  const outside = await players(page, [video(VIDEOS[0].block)]);
  await page.goto("/en/article/players");
  await page.getByLabel("Always load videos from YouTube").check();
  await page.getByRole("button", { name: /^Play video/ }).click();
  await expect(page.locator("iframe")).toHaveAttribute("src", VIDEOS[0].player);

  await page.reload();
  const frame = page.locator("iframe.folio-video-player");
  await expect(frame).toHaveAttribute("src", VIDEOS[0].player.replace("autoplay=1", "autoplay=0"));
  await expect(frame).not.toBeFocused();
  await page.getByRole("button", { name: "Ask again before loading videos from YouTube" }).click();
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Play video/ }), "the focus goes back to the button").toBeFocused();

  outside.length = 0;
  await page.reload();
  await expect(page.getByRole("button", { name: /^Play video/ })).toBeVisible();
  await picturesSettled(page);
  expect(outside, "asked again: nothing loads before the click").toEqual([]);
});

test.describe("the sample article", () => {
  const slug = "water-resilience-report";

  test("audio and documents: nothing of the recording loads before it is played; sizes in the page's words", async ({ page }) => {
    const asked = [];
    page.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`/en/article/${slug}`);
    const audio = page.locator("audio.folio-audio-player");
    await expect(audio).toHaveAttribute("preload", "none");
    await expect(page.locator(".folio-audio .folio-media-download a")).toHaveAttribute(
      "href",
      "/content/media/water-statement.wav",
    );
    await page.getByText("Transcript").click();
    await expect(page.locator(".folio-transcript p")).toContainText("Water is not a luxury");
    const docs = page.locator(".folio-documents-section .folio-document-link");
    await expect(docs).toHaveText([
      "Position paper: water that stays affordable (PDF, 2 KB)",
      "Positionspapier: Wasser, das bezahlbar bleibt (PDF, 2 KB, Deutsch)",
    ]);
    await expect(docs.nth(1)).toHaveAttribute("hreflang", "de");
    const pdf = await page.request.get(await docs.first().getAttribute("href"));
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await picturesSettled(page);
    expect(asked.filter((p) => p.includes("/media/"))).toEqual([]);
    await expectAccessible(page);
  });

  test("in German: the words, the numbers and the language named", async ({ page }) => {
    await page.goto("/de/article/wasserresilienz-bericht");
    await expect(page.getByRole("button", { name: /^Video abspielen: .* — wird von youtube-nocookie\.com geladen$/ })).toBeVisible();
    await expect(page.locator(".folio-documents-section h2")).toHaveText("Dokumente");
    await expect(page.locator(".folio-documents-section .folio-document-link").first()).toHaveText(
      "Position paper: water that stays affordable (PDF, 2 KB, English)",
    );
  });

  test("a published page without JavaScript: each block is a link to the video, the audio or the file", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${PUBLISHED}/en/article/${slug}/`);
    await expect(page.locator("a.folio-video-play")).toHaveAttribute("href", "https://www.youtube.com/watch?v=Wq4fR2mZk7A");
    await expect(page.locator("a.folio-video-play")).toHaveText(/Watch on YouTube: Presenting the water resilience report/);
    await expect(page.locator(".folio-audio .folio-media-download a")).toHaveAttribute("href", /water-statement\.wav$/);
    await expect(page.locator(".folio-documents-section a")).toHaveCount(2);
    await expect(page.locator("iframe")).toHaveCount(0);
    await expect(page.locator(".folio-video-choice")).toBeHidden();
    await context.close();
  });

  test("a published page: the takeover moves nothing, and then the button plays", async ({ page }) => {
    await recordShifts(page);
    await page.goto(`${PUBLISHED}/en/article/${slug}/`);
    await expect(page.locator("button.folio-video-play")).toBeVisible();
    await picturesSettled(page);
    await twoFrames(page);
    expect((await shifts(page)).reduce((a, b) => a + b, 0)).toBe(0);
    await expect(page.getByLabel("Always load videos from YouTube")).toBeVisible();
  });
});
