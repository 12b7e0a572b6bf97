// Shared helpers for the end-to-end tests.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect } from "@playwright/test";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const CONTENT = new URL("../../public/content/", import.meta.url);

/** A file of the sample content, parsed. */
export function sample(path) {
  return JSON.parse(readFileSync(new URL(path, CONTENT), "utf8"));
}

/** Runs axe-core on the page (WCAG 2.x A and AA) and expects no violation. */
export async function expectAccessible(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  expect(violations).toEqual([]);
}

/** Serves one content file with a given status and body instead of the real one. */
export async function fakeFile(page, path, status, body, contentType = "application/json") {
  await page.route(`**/content/${path}`, (route) => route.fulfill({ status, body, contentType }));
}

/**
 * The normalised DOM under `selector`, for comparing what Folio renders in two ways (runs
 * in the page): elements, sorted classes, attributes and text; comments (Leptos's
 * markers) and what exists only with JavaScript (buttons, their list items, dialogs, a
 * video's play control) left out.
 */
export function domTree(selector) {
  const scriptOnly = (el) =>
    el.tagName === "BUTTON" ||
    // A video's play control: a link to the video without JavaScript, a button with it.
    el.classList.contains("folio-video-play") ||
    el.tagName === "DIALOG" ||
    (el.tagName === "LI" && el.children.length > 0 && [...el.children].every((c) => c.tagName === "BUTTON"));
  const walk = (node) => {
    const out = [];
    let text = "";
    const flush = () => {
      if (text !== "") out.push(text);
      text = "";
    };
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE && !scriptOnly(child)) {
        flush();
        const attrs = [...child.attributes]
          .map((a) => `${a.name}=${a.name === "class" ? a.value.split(/\s+/).filter(Boolean).sort().join(" ") : a.value}`)
          .sort();
        out.push({ tag: child.tagName.toLowerCase(), attrs, children: walk(child) });
      }
    }
    flush();
    return out;
  };
  const root = document.querySelector(selector);
  return root ? walk(root) : null;
}

/**
 * Records layout shifts from the first paint on (call before `goto`); `shifts(page)`
 * gives them. Shifts right after an input are left out, as CLS leaves them.
 */
export async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The layout shifts `recordShifts` saw so far. */
export function shifts(page) {
  return page.evaluate(() => window.__shifts);
}

/**
 * Waits until every picture the browser has begun to load has loaded or failed (a lazy
 * picture far below the screen, not begun, has no `currentSrc` yet).
 */
export async function picturesSettled(page) {
  await expect
    .poll(() => page.evaluate(() => [...document.images].every((i) => i.complete || (i.loading === "lazy" && i.currentSrc === ""))))
    .toBe(true);
}

/** Waits for two animation frames: what a change queued has been laid out and painted. */
export function twoFrames(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The paths of every picture the page asks for, as it asks (call before `goto`). */
export function imageRequests(page) {
  const asked = [];
  page.on("request", (r) => {
    if (r.resourceType() === "image") asked.push(new URL(r.url()).pathname);
  });
  return asked;
}
