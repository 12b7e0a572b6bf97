// Printing an article (the `@media print` rules of style/folio.css): Chromium prints the
// page to PDF, and the PDF's text (read by pdf.js) holds the article and its address,
// without the page's controls, share links or recommended cards.
import { test, expect } from "./guard.js";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { sample } from "./helpers.js";


const PUBLISHED = "http://127.0.0.1:4175";
const slug = "cross-border-rail-gaps";
const article = sample(`en/articles/${slug}.json`);

/** The text of every page of a PDF, and how many pages it has. */
async function pdfText(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => i.str + (i.hasEOL ? "\n" : "")).join("") + "\n";
  }
  return { text: text.replace(/\s+/g, " "), pages: doc.numPages };
}

/** Plain text of a rich-text run list, as the page writes it. */
const plain = (runs) => runs.map((r) => (typeof r === "string" ? r : r.text)).join("");

/** Lines that break inside a long word or URL leave spaces in the PDF's text. */
const squeezed = (s) => s.replace(/\s+/g, "");

for (const [how, base] of [["the app", ""], ["a published page", PUBLISHED]]) {
  test(`${how} prints the article, its credits, people and address, and no controls`, async ({ page }) => {
    await page.goto(`${base}/en/article/${slug}`);
    await expect(page.locator(".folio-recommended .folio-card-link")).toHaveCount(4);
    await expect(page.locator("#folio-prerender")).toHaveCount(0);
    // What the screen shows, to look for on paper.
    const onScreen = await page.evaluate(() => ({
      kind: document.querySelector(".folio-kind").textContent,
      date: document.querySelector(".folio-meta time").textContent,
      credit: document.querySelector(".folio-lead-image .folio-credit").textContent,
      share: document.querySelector(".folio-share h2").textContent,
      recommended: document.querySelector(".folio-recommended h2").textContent,
      skip: document.querySelector(".folio-skip").textContent,
      source: document.querySelector(".folio-print-source a").href,
    }));
    // The address is only for paper.
    await expect(page.locator(".folio-print-source")).toBeHidden();
    expect(onScreen.source).toMatch(new RegExp(`/en/article/${slug}$`));

    const { text, pages } = await pdfText(await page.pdf({ format: "A4", printBackground: false }));
    expect(pages).toBeGreaterThan(0);
    expect(text.toLowerCase()).toContain(onScreen.kind.toLowerCase()); // in capitals, as on screen
    for (const part of [onScreen.date, article.title, article.subtitle, onScreen.credit, ...article.people.map((p) => p.name)]) {
      expect(text).toContain(part);
    }
    const firstParagraph = article.body.find((b) => b.type === "paragraph");
    expect(text).toContain(plain(firstParagraph.text).slice(0, 60));
    // Links to other pages print their address; the article's own address comes last.
    expect(squeezed(text)).toContain(squeezed("(https://www.example.org/transport/missing-links)"));
    expect(squeezed(text)).toContain(squeezed(onScreen.source));
    // No controls, share links or cards.
    for (const part of [onScreen.share, onScreen.recommended, onScreen.skip, "Copy link"]) {
      expect(text).not.toContain(part);
    }
  });
}

test("on paper, figures, quotes and people are not cut across pages, and headings stay with their text", async ({ page }) => {
  await page.goto(`/en/article/${slug}`);
  await expect(page.locator(".folio-people")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const rules = await page.evaluate(() => {
    const style = (s, p) => getComputedStyle(document.querySelector(s))[p];
    return {
      figure: style(".folio-figure", "breakInside"),
      person: style(".folio-person", "breakInside"),
      heading: style(".folio-body h2", "breakAfter"),
      share: style(".folio-share", "display"),
      switcher: style(".folio-languages", "display"),
      source: style(".folio-print-source", "display"),
    };
  });
  expect(rules).toEqual({ figure: "avoid", person: "avoid", heading: "avoid", share: "none", switcher: "none", source: "block" });
});

for (const [how, base] of [["the app", ""], ["a published page", PUBLISHED]]) {
  test(`${how} prints a video as its title and address, and the documents, without the players' controls`, async ({ page }) => {
    await page.goto(`${base}/en/article/water-resilience-report`);
    await expect(page.locator("#folio-prerender")).toHaveCount(0);
    await expect(page.locator(".folio-documents-section")).toBeVisible();
    const { text } = await pdfText(await page.pdf({ format: "A4", printBackground: false }));
    expect(text).toContain("Presenting the water resilience report in committee");
    expect(squeezed(text)).toContain(squeezed("https://www.youtube.com/watch?v=Wq4fR2mZk7A"));
    expect(text).toContain("Documents");
    expect(text).toContain("Position paper: water that stays affordable (PDF, 2 KB)");
    expect(text).toContain("Positionspapier: Wasser, das bezahlbar bleibt (PDF, 2 KB, Deutsch)");
    expect(text).toContain("Audio statement: why water must stay affordable");
    for (const control of ["Play video", "Watch on YouTube", "Always load videos", "This video is hosted by"]) {
      expect(text).not.toContain(control);
    }
  });
}
