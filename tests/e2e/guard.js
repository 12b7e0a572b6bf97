// The guard every end-to-end test runs under: `test` here is Playwright's, with an
// automatic fixture that watches every page of every browser context the test opens (the
// default one and any from `browser.newContext()` or `browser.newPage()`) for what must
// never happen: a CSP violation, an uncaught error, a console error, a dialog (alert,
// confirm, prompt). The test fails at its end if anything was seen. The fixture's value,
// `guard`, is the list of what was seen (tests/e2e/guard.spec.js checks it catches).
import { test as base, expect } from "@playwright/test";

/** Reports every CSP violation to the console, where the guard hears it. */
function reportViolations() {
  document.addEventListener("securitypolicyviolation", (e) => {
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
  });
}

/** Watches one page. */
function watchPage(page, problems) {
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
}

/** Watches a context: its pages now and those it opens later. */
async function watchContext(context, problems) {
  await context.addInitScript(reportViolations);
  for (const page of context.pages()) watchPage(page, problems);
  context.on("page", (page) => watchPage(page, problems));
}

export const test = base.extend({
  guard: [
    async ({ browser, context }, use) => {
      const problems = [];
      await watchContext(context, problems);
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const made = await newContext.apply(browser, args);
        await watchContext(made, problems);
        return made;
      };
      try {
        await use(problems);
      } finally {
        browser.newContext = newContext;
      }
      expect(problems, "what the guard saw in the test's pages").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
