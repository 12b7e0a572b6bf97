// The guard's canary: a throwaway page breaks every rule on purpose, in the test's own
// context and in one it opens, and the guard must have seen each break. (The breaks are
// then forgotten, so that this test passes; if the guard stops hearing any of them, this
// test fails, and so does the suite.)
import { test, expect } from "./guard.js";

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
