// The guard every end-to-end test runs under: `test` here is Playwright's, with an
// automatic fixture that watches every page of every browser context the test opens (the
// default one and any from `browser.newContext()` or `browser.newPage()`) for what must
// never happen: a CSP violation, an uncaught error, a console error, a dialog (alert,
// confirm, prompt), a request that fails (an HTTP status of 400 or more, or a network
// error) and a picture on screen that did not load (`naturalWidth` 0). A test that
// provokes a failure on purpose names it first, `guard.expectFailure(/pattern/)`, and
// then that failure must happen; any other still fails the test. The test fails at its
// end if anything was seen. The fixture's value, `guard`, is the list of what was seen
// (tests/e2e/guard.spec.js checks it catches each kind).
import { test as base, expect } from "@playwright/test";

/** Reports every CSP violation to the console, where the guard hears it. */
function reportViolations() {
  document.addEventListener("securitypolicyviolation", (e) => {
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
  });
}

/** Pictures that finished without a picture: failed, or not an image at all. */
export function brokenPictures() {
  return [...document.images].filter((i) => i.complete && i.currentSrc !== "" && i.naturalWidth === 0).map((i) => i.currentSrc);
}

/** Watches one page: what happens in it, and the requests it makes. */
function watchPage(page, seen, pages) {
  pages.push(page);
  page.on("pageerror", (e) => seen.problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    // A failed load is reported by the request events below, with its address.
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) seen.problems.push(`console: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    seen.problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  page.on("response", (r) => {
    if (r.status() >= 400) seen.failures.push(`${r.status()} ${r.url()}`);
  });
  page.on("requestfailed", (r) => {
    const error = r.failure()?.errorText ?? "failed";
    // Aborted: the page went on (a navigation, a fetch Folio cancels, a lazy picture
    // no longer needed), not a failure of the request itself; refused by the CSP: the
    // violation is reported above.
    if (error !== "net::ERR_ABORTED" && error !== "csp") seen.failures.push(`${error} ${r.url()}`);
  });
}

/** Watches a context: its pages now and those it opens later. */
async function watchContext(context, seen, pages) {
  await context.addInitScript(reportViolations);
  for (const page of context.pages()) watchPage(page, seen, pages);
  context.on("page", (page) => watchPage(page, seen, pages));
}

/** What the guard makes of the failures: unexpected ones, and expected ones that never came. */
export function judgeFailures(failures, expected) {
  const problems = failures
    .filter((f) => !expected.some((e) => e.test(f)))
    .map((f) => `failed request: ${f}`);
  for (const e of expected) {
    if (!failures.some((f) => e.test(f))) problems.push(`expected a failed request matching ${e}, and none came`);
  }
  return problems;
}

export const test = base.extend({
  guard: [
    async ({ browser, context }, use) => {
      const problems = [];
      const expected = [];
      const seen = { problems, failures: [] };
      const pages = [];
      problems.expectFailure = (pattern) => expected.push(pattern);
      problems.failures = seen.failures;
      await watchContext(context, seen, pages);
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const made = await newContext.apply(browser, args);
        await watchContext(made, seen, pages);
        return made;
      };
      try {
        await use(problems);
      } finally {
        browser.newContext = newContext;
      }
      for (const page of pages.filter((p) => !p.isClosed())) {
        const broken = await page.evaluate(brokenPictures).catch(() => []);
        problems.push(...broken.map((src) => `picture not loaded: ${src}`));
      }
      problems.push(...judgeFailures(seen.failures, expected));
      expect([...problems], "what the guard saw in the test's pages").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
