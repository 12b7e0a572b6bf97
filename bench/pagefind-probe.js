// The Pagefind side of bench/archive-search.mjs: a page that searches the published
// archive with Pagefind's own browser runtime (/pagefind/pagefind.js), loads the first
// 12 results' data and shows their titles, as a results list would. No inline script:
// it runs under the same strict CSP as Folio. Sets body[data-done] when shown.
const params = new URLSearchParams(location.search);
const q = params.get("q") ?? "";
// Pagefind picks its index by the page's language.
document.documentElement.lang = params.get("lang") ?? "en";
const pagefind = await import("/pagefind/pagefind.js");
await pagefind.init();
const search = await pagefind.search(q);
const first = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
const list = document.getElementById("results");
for (const page of first) {
  const item = document.createElement("li");
  item.textContent = page.meta?.title ?? page.url;
  list.append(item);
}
document.body.dataset.count = String(search.results.length);
document.body.dataset.done = "1";
