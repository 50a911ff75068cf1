// Search page: runs Pagefind's index (built into /pagefind/ after the site build) in the
// browser. Nothing leaves this origin. Plain ES module, no framework: the only script on the site.
const form = document.getElementById("search-form");
const input = document.getElementById("search-input");
const statusLine = document.getElementById("search-status");
const list = document.getElementById("search-results");
const MAX_RESULTS = 20;
// The page's language and its words, written into the form by src/pages/[...locale]/search.astro.
const locale = form.dataset.locale || document.documentElement.lang || "en";
const strings = JSON.parse(form.dataset.strings || "{}");
const plural = new Intl.PluralRules(locale);
const number = new Intl.NumberFormat(locale);
function fill(template, params) {
  return String(template).replace(/\{(\w+)\}/g, (_, name) =>
    typeof params[name] === "number" ? number.format(params[name]) : String(params[name] ?? ""),
  );
}
// Pagefind has no Ukrainian stemmer, but it matches the start of a word: so a Ukrainian query
// word loses its inflectional ending before the search ("дзвінкам" -> "дзвінк" finds "дзвінки",
// "дзвінків"). docs/translating.md, "Search in each language".
const UK_ENDINGS = [
  "ями",
  "ами",
  "ів",
  "їв",
  "ах",
  "ям",
  "ам",
  "ою",
  "ею",
  "ої",
  "ий",
  "ій",
  "ого",
  "ому",
  "им",
  "их",
  "ім",
  "і",
  "у",
  "ю",
  "а",
  "я",
  "и",
  "е",
  "о",
];
function stemQuery(query) {
  if (locale !== "uk") return query;
  return query
    .split(/\s+/)
    .map((word) => {
      const lower = word.toLowerCase();
      const ending = UK_ENDINGS.find((e) => lower.endsWith(e) && lower.length - e.length >= 4);
      return ending ? lower.slice(0, -ending.length) : word;
    })
    .join(" ");
}
function pluralText(forms, count, params) {
  const form = typeof forms === "string" ? forms : (forms[plural.select(count)] ?? forms.other);
  return fill(form, { ...params, count });
}

let engine = null;
async function pagefind() {
  if (!engine) {
    engine = await import("/pagefind/pagefind.js");
    await engine.options({ excerptLength: 24 });
  }
  return engine;
}

/** Pagefind excerpts are HTML with <mark> around matches: keep the text and the marks only. */
function excerptNodes(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const out = [];
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ""));
    }
  }
  return out;
}

let latest = 0;
async function run(query) {
  const ticket = ++latest;
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (!query.trim()) {
    list.replaceChildren();
    statusLine.textContent = "";
    return;
  }
  let search;
  let stories;
  try {
    const engine = await pagefind();
    const words = stemQuery(query);
    // Stories first, then every other page in Pagefind's order: the short data pages (hundreds
    // of records whose notes say "exchange") would otherwise push the reporting off the list.
    [stories, search] = await Promise.all([
      engine.search(words, { filters: { type: "Story" } }),
      engine.search(words),
    ]);
  } catch {
    statusLine.textContent = strings.loadFailed;
    return;
  }
  if (ticket !== latest || !search || !stories) return;
  const first = new Set(stories.results.map((r) => r.id));
  const ordered = [...stories.results, ...search.results.filter((r) => !first.has(r.id))];
  const results = await Promise.all(ordered.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (ticket !== latest) return;
  const items = results.map((result) => {
    const item = document.createElement("li");
    const kind = document.createElement("span");
    kind.className = "label";
    const type = result.filters?.type?.[0] ?? "Page";
    kind.textContent = `${strings.types?.[type] ?? type}: `;
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.meta?.title ?? result.url;
    const excerpt = document.createElement("p");
    excerpt.append(...excerptNodes(result.excerpt ?? ""));
    item.append(kind, link, excerpt);
    return item;
  });
  list.replaceChildren(...items);
  const total = search.results.length;
  statusLine.textContent =
    total === 0
      ? fill(strings.nothing, { query })
      : `${pluralText(strings.found, total, { query })}${total > MAX_RESULTS ? fill(strings.firstShown, { max: MAX_RESULTS }) : ""}.`;
}

let timer;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(input.value), 200);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  run(input.value);
});

form.hidden = false;
const initial = new URL(location.href).searchParams.get("q");
if (initial) {
  input.value = initial;
  run(initial);
}
