// The guard's canary: a throwaway page breaks every rule on purpose, in the test's own
// context and in one it opens, and the guard must have seen each break. (The breaks are
// then forgotten, so that this test passes; if the guard stops hearing any of them, this
// test fails, and so does the suite.)
import { test, expect, judgeFailures, brokenPictures } from "./guard.js";

/** Breaks the rules in `page`: an image the strict CSP refuses, a console error, an uncaught error. */
async function misbehave(page, tag) {
  await page.goto("/en/");
  await expect(page.locator("h1")).toBeVisible();
  await page.evaluate((tag) => {
    const img = document.createElement("img");
    img.src = `http://canary.invalid/${tag}.png`;
    document.body.append(img);
    console.error(`canary console ${tag}`);
    setTimeout(() => {
      throw new Error(`canary thrown ${tag}`);
    });
  }, tag);
}

test("the guard hears a CSP violation, a console error and an uncaught error in every context", async ({ page, browser, guard }) => {
  await misbehave(page, "own");
  const context = await browser.newContext();
  await misbehave(await context.newPage(), "other");
  for (const tag of ["own", "other"]) {
    await expect
      .poll(() => guard.join("\n"))
      .toMatch(new RegExp(`CSP violation: img-src http://canary.invalid/${tag}.png`));
    expect(guard).toContain(`console: canary console ${tag}`);
    await expect.poll(() => guard).toContain(`page error: canary thrown ${tag}`);
  }
  await context.close();
  // The refused canary picture would fail the guard's own end check too.
  await page.evaluate(() => document.querySelectorAll('img[src^="http://canary.invalid"]').forEach((i) => i.remove()));
  guard.length = 0;
});

test("a page from browser.newPage is watched too", async ({ browser, guard }) => {
  const page = await browser.newPage();
  await page.goto("/en/");
  await page.evaluate(() => console.error("canary from newPage"));
  await expect.poll(() => guard).toContain("console: canary from newPage");
  await page.close();
  guard.length = 0;
});

test("the guard hears a failed request and a picture that did not load, unless the test expected it", async ({ page, guard }) => {
  await page.route("**/content/canary-missing.json", (route) => route.fulfill({ status: 404, body: "missing" }));
  await page.route("**/content/canary.png", (route) => route.fulfill({ contentType: "image/png", body: "not a picture" }));
  await page.goto("/en/");
  await expect(page.locator("h1")).toBeVisible();
  await page.evaluate(async () => {
    await fetch("/content/canary-missing.json");
    const img = document.createElement("img");
    img.src = "/content/canary.png";
    document.body.append(img);
    await new Promise((r) => img.addEventListener("error", r));
  });
  await expect.poll(() => guard.failures.join("\n")).toContain("404 http://127.0.0.1");
  expect(guard.failures.join("\n")).toContain("/content/canary-missing.json");
  expect((await page.evaluate(brokenPictures)).join()).toContain("/content/canary.png");
  // How the guard judges at the end: the failure unexpected, expected, expected and absent.
  const failure = guard.failures.find((f) => f.includes("canary-missing"));
  expect(judgeFailures([failure], [])).toEqual([`failed request: ${failure}`]);
  expect(judgeFailures([failure], [/canary-missing/])).toEqual([]);
  expect(judgeFailures([], [/canary-missing/])).toEqual(["expected a failed request matching /canary-missing/, and none came"]);
  // Expected, the 404 passes; the picture is removed so that its breakage does too.
  guard.expectFailure(/\/content\/canary-missing\.json$/);
  await page.evaluate(() => document.querySelector('img[src="/content/canary.png"]').remove());
});
