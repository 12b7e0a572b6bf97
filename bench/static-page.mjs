// Renders an article's JSON as a static HTML page with the same markup and classes as
// Folio's article view and the same CSS: the baseline Folio's first paint is compared to.
export const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const safe = (url, base) => {
  try {
    const u = new URL(String(url).trim(), base);
    return /^(https?|mailto):$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
};

function inline(runs, base) {
  return (Array.isArray(runs) ? runs : [runs])
    .map((r) => {
      if (typeof r === "string") return esc(r);
      let h = esc(r.text);
      if (r.italic) h = `<em>${h}</em>`;
      if (r.bold) h = `<strong>${h}</strong>`;
      const href = r.link && safe(r.link, base);
      return href ? `<a href="${esc(href)}">${h}</a>` : h;
    })
    .join("");
}

function figure(img, base, lead) {
  const src = safe(img.src, base);
  if (!src) return "";
  const size = img.width ? ` width="${img.width}" height="${img.height}"` : "";
  const caption = img.caption || img.credit
    ? `<figcaption class="folio-caption">${img.caption ? `<span class="folio-caption-text">${esc(img.caption)}</span>` : ""}${img.credit ? `<span class="folio-credit">Photo: ${esc(img.credit)}</span>` : ""}</figcaption>`
    : "";
  return `<figure class="folio-figure${lead ? " folio-lead-image" : ""}"><img class="folio-image" src="${esc(src)}" alt="${esc(img.alt)}"${size} loading="${lead ? "eager" : "lazy"}" decoding="async">${caption}</figure>`;
}

function block(b, base) {
  switch (b.type) {
    case "paragraph": return `<p>${inline(b.text, base)}</p>`;
    case "heading": { const l = Math.min(6, Math.max(2, b.level ?? 2)); return `<h${l}>${inline(b.text, base)}</h${l}>`; }
    case "quote": return `<figure class="folio-quote"><blockquote><p>${inline(b.text, base)}</p></blockquote>${b.cite ? `<figcaption><cite>${esc(b.cite)}</cite></figcaption>` : ""}</figure>`;
    case "list": { const t = b.ordered ? "ol" : "ul"; return `<${t}>${b.items.map((i) => `<li>${inline(i, base)}</li>`).join("")}</${t}>`; }
    case "image": return figure(b.image, base, false);
    case "divider": return `<hr class="folio-divider">`;
    default: return "";
  }
}

/** The whole page; `css` are the stylesheet hrefs, `base` the endpoint URL. */
export function staticPage(site, a, css, base, kindLabel, date) {
  const people = (a.people ?? [])
    .map((p) => {
      const photo = p.photo && safe(p.photo.src, base);
      const url = p.url && safe(p.url, base);
      return `<li class="folio-person">${photo ? `<img class="folio-person-photo" src="${esc(photo)}" alt="${esc(p.photo.alt)}" width="96" height="96" loading="lazy">` : ""}<span class="folio-person-text">${url ? `<a class="folio-person-name" href="${esc(url)}">${esc(p.name)}</a>` : `<span class="folio-person-name">${esc(p.name)}</span>`}${p.role ? `<span class="folio-person-role">${esc(p.role)}</span>` : ""}</span></li>`;
    })
    .join("");
  return `<!DOCTYPE html><html lang="${esc(a.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)} – ${esc(site.name)}</title>${css.map((h) => `<link rel="stylesheet" href="${h}">`).join("")}</head>
<body><div class="folio"><header class="folio-header"><div class="folio-header-inner"><a class="folio-site-name" href="/">${esc(site.name)}</a></div></header>
<main class="folio-main" id="folio-main"><article class="folio-article" lang="${esc(a.language)}"><header class="folio-article-header">
<p class="folio-meta"><span class="folio-kind">${esc(kindLabel)}</span><span class="folio-meta-separator" aria-hidden="true"> | </span><time datetime="${esc(a.date)}">${esc(date)}</time></p>
<h1 class="folio-title" id="folio-title" elementtiming="folio-title">${esc(a.title)}</h1>${a.subtitle ? `<p class="folio-subtitle">${esc(a.subtitle)}</p>` : ""}</header>
${a.image ? figure(a.image, base, true) : ""}<div class="folio-body">${a.body.map((b) => block(b, base)).join("")}</div>
${people ? `<section class="folio-people"><h2>${esc(site.people_heading?.[a.language] ?? "People")}</h2><ul class="folio-people-list">${people}</ul></section>` : ""}
</article></main></div></body></html>`;
}
