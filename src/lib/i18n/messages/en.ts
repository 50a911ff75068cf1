/**
 * Interface text in English, the original. Every other language's file must give every key
 * (the type check and tests/unit/i18n/messages.test.ts fail otherwise). `{name}` is filled in
 * by `t(...)`; an object of plural forms is chosen by the count's plural category in the
 * page's language (Intl.PluralRules): English uses one/other, Ukrainian and Russian
 * one/few/many/other. Square brackets mark the words that are a link: "[all stories], newest
 * first;" (see linkParts in ../index.ts), so a translation can move the link within its sentence.
 */
export const en = {
  "site.name": "Captivity Ledger",
  "site.tagline":
    "Prisoners of war in Russia's war on Ukraine: exchanges, contact with families, documented abuses.",
  "site.description":
    "An investigative data site on prisoners of war in Russia's war on Ukraine: the exchanges that bring them home, whether they may call or write to their families, and the abuses documented against them. Every figure traces to a data row and every row to a source.",
  "site.skipToContent": "Skip to content",
  "site.rssTitle": "{site}: stories",

  "nav.label": "Main",
  "nav.stories": "Stories",
  "nav.data": "Data",
  "nav.sources": "Sources",
  "nav.methodology": "Methodology",
  "nav.search": "Search",
  "nav.about": "About",

  "language.name": "English",
  "language.label": "Language",
  "language.current": "{language} (this page)",

  "footer.corrections": "Corrections",
  "footer.rss": "RSS feed of stories",
  "footer.dataVersion": "Data version {version}",
  "footer.updated": "updated {date}",
  "footer.howWeCount": "How we count",
  "footer.privacy":
    "No trackers, no cookies, no requests to any other server: your visit is known only to the host of this site.",

  "notFound.title": "Page not found",
  "notFound.description": "This page does not exist on Captivity Ledger.",
  "notFound.body":
    "There is no page at this address. It may have moved, or the link may be mistyped.",
  "notFound.home": "Go to the front page",
  "notFound.stories": "Read the stories",
  "notFound.data": "Browse the data",
  "notFound.search": "Search the site",

  "search.title": "Search",
  "search.description":
    "Search Captivity Ledger's stories, sources and datasets. The search runs in your browser on an index stored on this site.",
  "search.dek": "Search the stories, the sources and the datasets.",
  "search.noscript": "Search needs JavaScript, which is turned off in your browser.",
  "search.noscriptReach": "Everything on this site can be reached without it:",
  "search.allStories": "[all stories], newest first;",
  "search.everySource": "[every source] we rely on;",
  "search.everyDataset": "[every dataset], with its columns explained.",
  "search.noscriptHow":
    "To search, turn JavaScript on for this site only. The search script comes from this site and sends nothing anywhere: the index is downloaded from this site and searched in your browser.",
  "search.label": "Words to search for",
  "search.button": "Search",

  "search.loadFailed":
    "The search index could not be loaded. It is created when the site is built (npm run build).",
  "search.nothing": "Nothing found for “{query}”.",
  "search.found": {
    one: "{count} page found for “{query}”",
    other: "{count} pages found for “{query}”",
  },
  "search.firstShown": "; the first {max} are shown",
  "search.type.Story": "Story",
  "search.type.Source": "Source",
  "search.type.Dataset": "Dataset",
  "search.type.Page": "Page",
  "home.intro":
    "We record every prisoner exchange between Russia and Ukraine that public sources report, the rules and practice on whether prisoners may call or write home, and the abuse figures that monitors and prosecutors have published. Each figure says what it counts and who counted it, and links to the document it comes from. Where the two sides disagree, both numbers stay on the page.",
  "home.keyFigures": "Key figures",
  "home.keyFiguresNote":
    "Computed from data version {version}, updated {date}. These are different measures from different bodies: they are not added together.",
  "home.latestStories": "Latest stories",
  "home.allStories": "All stories",
  "home.charts": "The data in three charts",
  "home.allRows": "all rows",

  "stories.title": "Stories",
  "stories.description":
    "Reporting on prisoners of war in Russia's war on Ukraine, each figure traced to its data and sources.",
  "stories.none": "No stories are published yet. The data pages below are already complete.",
  "topic.exchanges": "exchanges",
  "topic.contact with families": "contact with families",
  "topic.abuses": "abuses",
  "topic.returned prisoners": "returned prisoners",
  "topic.surrender": "surrender",
  "topic.law": "law",
  "stories.topics": "Topics",
  "stories.draft": "Draft (not published)",
  "stories.inEnglish": "In English",

  "story.by": "By {byline}",
  "story.published": "Published {date}",
  "story.updated": "Updated {date}",
  "story.contentNote": "Content note",
  "story.sources": "Sources",
  "story.alsoConsulted": "Also consulted",
  "story.chartSources": "Sources of the charts' data",
  "story.corrections": "Corrections",
  "story.correctionWhy": "Why:",
  "story.translationOf": "Translated from the English original ({date}).",
  "story.translationOutdated":
    "The English original has changed since this translation was made ({date}); this version may be out of date.",
  "story.ourTranslation": "our translation",
  "story.quotesTranslated": "Quotations from sources in other languages are our translation.",
  "story.quotedBy": "{person}, quoted by {outlet}",
  "story.sourceNote": "Source {n}: {outlet}",
  "story.sourceNoteBare": "Source {n}",
  "story.reportingBy": "reporting by {outlet}",
  "story.dateNotStated": "date not stated",
  "story.titleInLanguage": "Title in English: {title}",
  "story.availableIn": "Also in: ",
  "callout.context": "Context",
  "callout.methodology": "How the figures were counted",
  "source.aggregator":
    "Aggregator or mirror: a copy of someone else's reporting; weigh it accordingly",
  "source.stateMedia": "State media: speaks for a government; used only for that side's own claims",

  "data.column": "Column",
  "data.type": "Type",
  "data.holds": "What it holds",
  "data.allowed": "Allowed values",
  "data.missing": "When a value is missing",
  "data.rows": { one: "{count} row", other: "{count} rows" },
  "data.noChanges": "No changes are recorded yet.",
  "data.schema": "the schema: a Frictionless Data Package",

  // The data pages (src/pages/[...locale]/data/): the index, each dataset, its row lists and
  // one page per row; their components (DataDictionary, Downloads, RowList, Changelog).
  "data.title": "Data",
  "data.indexDescription": {
    one: "The {count} dataset behind every figure on {site}: exchanges, claims, totals, contact rules and abuse figures, with their sources. Version {version}.",
    other:
      "The {count} datasets behind every figure on {site}: exchanges, claims, totals, contact rules and abuse figures, with their sources. Version {version}.",
  },
  "data.indexDek":
    "Every figure on this site comes from one of these tables, and every row names the document it comes from. Download them, check them, reuse them.",
  "data.version": "Version",
  "data.lastUpdated": "Last updated",
  "data.datasets": "Datasets",
  "data.tablesCaption": "The tables in data version {version}",
  "data.dataset": "Dataset",
  "data.rowsHeading": "Rows",
  "data.downloadEverything": "Download everything",
  "data.howToCite": "How to cite",
  "data.methodologyLink":
    "How the data is gathered, and what each count measures, is set out in the [methodology].",
  "data.correctionsLink": "Mistakes we have fixed are listed under [corrections].",
  "data.inEnglish": "(in English)",
  "data.citeDataset": '{site}. "{title}", in {package}, version {version} ({date}). {url}',
  "data.citePackage": "{site}. {package}, version {version} ({date}). {url}",
  "data.citeRecord":
    '{site}. "{title}", record {id}, in {package}, version {version} ({date}). {url}',

  "dataset.title": "{title}: dataset",
  "dataset.description": "{description} {rows}, data version {version}.",
  "dataset.file": "File",
  "dataset.rowIdentifier": "Row identifier",
  "dataset.dataVersion": "Data version",
  "dataset.sourcePages": "Every source also has its own page: see the [list of sources].",
  "dataset.download": "Download",
  "dataset.rowsIntro":
    "Each row has its own page, at an address that stays the same across data versions: every field in plain words, its sources, its history and how to cite it.",
  "dataset.removedRows": "Removed rows",
  "dataset.removedUnavailable":
    "The history of this dataset is unavailable in this copy of the site ({reason}), so rows removed in earlier versions are not listed here. The changelog below names them.",
  "dataset.noneRemoved": "No row has been removed from this dataset.",
  "dataset.removedIn": "removed in version {version} ({date})",
  "dataset.dictionary": "Data dictionary",
  "dataset.dictionaryIntro":
    "Each column of {file}, generated from the package's schema. A missing figure is never written as zero: the cell gives the reason instead.",
  "dataset.dictionaryMethodology": "See the [methodology] for what each reason means.",
  "dataset.columnsOf": "Columns of {file}",
  "dataset.nameTheVersion":
    "Please name the version: figures change as sources are corrected, and the changelog says how.",
  "dataset.corrections": "Corrections to this dataset",
  "dataset.noCorrections": "None so far. All corrections are listed on the [corrections page].",
  "dataset.correctionRow": "row {row}",
  "dataset.correctionVersion": "version {version}",
  "dataset.changelog": "Changelog of the data package",

  "rows.title": "{title}: rows, page {page}",
  "rows.description": "Page {page} of the rows of {file}, each linking to its own record page.",
  "rows.none": "No rows in {file}",
  "rows.caption": "Rows {first} to {last} of {total} in {file}",
  "rows.pages": "Pages of rows in {file}",
  "rows.page": "Page {page}",

  "record.title": "Record",
  "record.removedTitle": "Removed record",
  "record.removedNotice": "This row was removed from the data in version {version} on {date}.",
  "record.removedLast":
    "What follows is its last version ({version}), kept so that earlier citations still lead somewhere.",
  "record.removedWhy": "Why, from the changelog:",
  "record.fields": "Fields",
  "record.fieldsLabel": "Fields of record {id}",
  "record.fieldsCaption": "Every column of this row in {file}, data version {version}",
  "record.field": "Field",
  "record.value": "Value",
  "record.sources": "Sources",
  "record.noSources": "This row names no source.",
  "record.mainSource": "main source",
  "record.otherSource": "corroborating source",
  "record.shown": "Where the site shows it",
  "record.notShown": "No chart, story or key figure shows this row on its own.",
  "record.chart": "Chart:",
  "record.story": "Story:",
  "record.storyKeyFigure": "(a key figure read from this row)",
  "record.keyFigure": "Key figure on the [home page]",
  "record.history": "History",
  "record.historyUnavailable":
    "The history of this row is unavailable in this copy of the site ({reason}). The [changelog] lists every data version.",
  "record.noVersion": "This row is not yet in any published data version.",
  "record.added": "Added in version {version}",
  "record.changed": "Changed in version {version}",
  "record.removed": "Removed in version {version}",
  "record.fromChangelog": "From the changelog:",
  "record.noColumn": "(no such column)",
  "record.empty": "(empty)",
  "record.cite": "How to cite this record",
  "record.citeNote":
    "The address stays the same across data versions; name the version, since a row may be corrected later and its history above says how.",
  "record.csv": "This row as CSV",
  "record.json": "This row as JSON",
  "record.jsonNote": "Each cell exactly as written in the file, missing-value reasons included.",
  "record.summary": "{dataset}, record {id}. {facts}.",
  "record.summaryBare": "Row {id} of {file}.",
  "record.summaryRemoved": "Row {id} of {file}, removed from the data in version {version}.",

  "cell.noneGiven": "none given",
  "cell.shareOf": "{figure} of {denominator}",
  "cell.dayUnknown": "{date} (the day is not known)",
  "cell.yearOnly": "{date} (only the year is known)",

  "dictionary.required": "required: never blank",
  "dictionary.optional": "optional: may be blank",
  "dictionary.any": "any {type}",
  "dictionary.references": "an {field} in {dataset}",
  "dictionary.alwaysGiven": "always given",
  "dictionary.leftBlank": "left blank",
  "dictionary.type.integer": "whole number",
  "dictionary.type.number": "number",
  "dictionary.type.list": "list (items separated by “{delimiter}”)",
  "dictionary.type.date": "date (YYYY-MM-DD)",
  "dictionary.type.partialDate": "date (year, year-month or full date)",
  "dictionary.type.uri": "web address",
  "dictionary.type.text": "text",
  "dictionary.rule.key": "unique identifier of the row",
  "dictionary.rule.unique": "unique in the file",
  "dictionary.rule.range": "from {min} to {max}",
  "dictionary.rule.min": "{min} or more",
  "dictionary.rule.max": "{max} or less",
  "dictionary.rule.slug": "lowercase letters and digits, joined by hyphens (e.g. ap-2024-05-27)",
  "dictionary.rule.pattern": "must match the pattern {pattern}",
  "dictionary.side.ukraine": "Ukraine's side",
  "dictionary.side.russia": "Russia's side",
  "dictionary.side.none": "both sides or neither",
  "dictionary.counts": "counts {unit}",
  "dictionary.claim": "a claim, never joined with another body's figures",
  "dictionary.unit.people": "people",
  "dictionary.unit.exchanges": "exchanges",
  "dictionary.seeMethodology": "See the methodology.",

  "downloads.bytes": { one: "{count} byte", other: "{count} bytes" },
  "downloads.kb": "{size} KB",
  "downloads.csv": "(CSV, UTF-8{size})",
  "downloads.package": "The whole data package",
  "downloads.packageNote": "(ZIP: every CSV, the schema and the changelog)",

  "changelog.heading": "Version {version}, {date}",
  "changelog.inEnglish": "The changelog is written in English.",

  "history.why.off": "history was turned off for this build (CAPTIVITY_HISTORY=off)",
  "history.why.notGit": "the data folder is not in a git checkout (a download or tarball)",
  "history.why.shallow":
    "the git checkout is shallow: fetch the full history (git fetch --unshallow)",
  "history.why.noCommits": "no commit has touched the data folder yet",
  "history.why.noPackage": "no commit holds a readable data/datapackage.json",

  "chart.showTable": "Show the data as a table",
  "chart.sources": "Sources",
  "chart.downloadCsv": "Download the chart's data (CSV)",

  // Charts (src/lib/charts/, src/components/charts/): shared words, then one group per chart.
  "chart.download": "Download data (CSV)",
  "chart.downloadRows": { one: "({count} row, {file})", other: "({count} rows, {file})" },
  "chart.legendLabel": "Key",
  "chart.source": "Source: ",
  "chart.sourcesInline": "Sources: ",
  "chart.sourcesSummary": "Sources: {count} documents, from {outlets}",
  "chart.outletsMore": "{outlets} and {count} other outlets",
  "chart.exchanges.title": "Who came home in each prisoner exchange",
  "chart.exchanges.subtitle":
    "People returned to Ukraine (above the line) and to Russia (below) in each exchange, as announced, with the official running totals",
  "chart.contact.title": "Calls, letters and visits: the rules and the practice",
  "chart.contact.subtitle":
    "What the Third Geneva Convention requires, and what each side reportedly allows the prisoners it holds, channel by channel over time",
  "chart.abuses.title": "Documented abuse of prisoners of war",
  "chart.abuses.subtitle":
    "Figures by who counted them and how: UN-verified cases, national counts and shares of those interviewed, never added together",
  "chart.column.date": "Date",
  "chart.column.what": "What",
  "chart.column.figure": "Figure",
  "chart.column.statedBy": "Stated by",
  "chart.column.source": "Source",
  "chart.exchanges.headingEach": "People returned in each exchange",
  "chart.exchanges.headingTotals": "Official running totals",
  "chart.exchanges.headingCount": "{measures}: official count",
  "chart.exchanges.axis": "↑ people returned to Ukraine · to Russia ↓",
  "chart.exchanges.axisShort": "↑ to Ukraine · to Russia ↓",
  "chart.exchanges.legendAnnounced": "figure announced by the receiving side's government",
  "chart.exchanges.legendClaim": "the other side's different figure",
  "chart.exchanges.legendUndisclosed": "not disclosed (drawn at the line; not zero)",
  "chart.exchanges.legendNotReported": "not reported by any source found",
  "chart.exchanges.legendTotalExact": "running total as stated (exact figure)",
  "chart.exchanges.legendTotalApprox": "running total given as “more than” or “about”",
  "chart.exchanges.noneInPeriod": "No exchanges in this period.",
  "chart.exchanges.nExchanges": { one: "{count} exchange", other: "{count} exchanges" },
  "chart.exchanges.nStages": { one: "{count} stage", other: "{count} stages" },
  "chart.exchanges.eventsWithStages": "{exchanges} and {stages} of staged exchanges",
  "chart.exchanges.showsIn": "In {month}, the chart shows {events}.",
  "chart.exchanges.showsFromTo": "From {start} to {end}, the chart shows {events}.",
  "chart.exchanges.announcedUkraine":
    "Ukraine announced {total} people returned to Ukraine in {known} of them{approximate}{gaps}.",
  "chart.exchanges.announcedRussia":
    "Russia's defence ministry announced {total} people returned to Russia in {known} of them{approximate}{gaps}.",
  "chart.exchanges.approximate": " (some figures are approximate)",
  "chart.exchanges.gapsBoth":
    "; the figure was not disclosed for {undisclosed} and not reported for {unreported}",
  "chart.exchanges.gapsUndisclosed": "; the figure was not disclosed for {undisclosed}",
  "chart.exchanges.gapsUnreported": "; the figure was not reported for {unreported}",
  "chart.exchanges.claimToUkraine": "{date}, {who} said {figure} to Ukraine",
  "chart.exchanges.claimToRussia": "{date}, {who} said {figure} to Russia",
  "chart.exchanges.claims": {
    one: "For {count} exchange, another party announced a different figure: {list}{more}.",
    other: "For {count} exchanges, another party announced a different figure: {list}{more}.",
  },
  "chart.exchanges.moreClaims": {
    one: "; and {count} other claim (see the table)",
    other: "; and {count} other claims (see the table)",
  },
  "chart.exchanges.totalsDescription":
    "Official running totals, one line per measure, never combined. {lines}.",
  "chart.exchanges.totalOnce": "{measure}: {figure} {when} ({who})",
  "chart.exchanges.totalFromTo":
    "{measure}: from {first} {firstWhen} to {last} {lastWhen}, {statements}",
  "chart.exchanges.nStatements": { one: "{count} statement", other: "{count} statements" },
  "chart.exchanges.returnedToUkraine": "returned to Ukraine",
  "chart.exchanges.returnedToRussia": "returned to Russia",
  "chart.exchanges.returnedToUkraineClaim": "returned to Ukraine (differing claim)",
  "chart.exchanges.returnedToRussiaClaim": "returned to Russia (differing claim)",
  "chart.exchanges.runningTotal": "running total: {measure}",
  "chart.exchanges.caption":
    "Figures drawn in the chart: {figures} and {totals}. {aggregated}Aborted exchanges and returns of bodies are not included.",
  "chart.exchanges.nMonthlyFigures": {
    one: "{count} monthly figure",
    other: "{count} monthly figures",
  },
  "chart.exchanges.nExchangeFigures": {
    one: "{count} exchange figure",
    other: "{count} exchange figures",
  },
  "chart.exchanges.nOfficialTotals": {
    one: "{count} official total",
    other: "{count} official totals",
  },
  "chart.exchanges.captionAggregated":
    "With {count} figures, the chart adds them up by month and side; undisclosed figures are counted apart, never added in. ",
  "chart.exchanges.empty": "No exchanges or official totals fall within this chart's dates.",
  "chart.exchanges.pointTitle":
    "{date}: people returned {direction}{many}: {what}. Source: {source}",
  "chart.exchanges.titleToUkraine": "to Ukraine",
  "chart.exchanges.titleToRussia": "to Russia",
  "chart.exchanges.titleRows": { one: " ({count} exchange)", other: " ({count} exchanges)" },
  "chart.exchanges.titleMissing": "figure {reason}",
  "chart.exchanges.titleClaimed": "{figure}, as claimed by {who}",
  "chart.exchanges.titleAnnounced": "{figure}, as announced by {who}",
  "chart.exchanges.totalTitle": "{date}: {measure}: {figure} (stated by {who}). Source: {source}",
  "chart.exchanges.facetLabel": "{measure}: latest {figure} ({date})",
  "chart.exchanges.monthlySum": "{who} (monthly sum)",
  "chart.exchanges.ukraine": "Ukraine",
  "chart.exchanges.russiaMoD": "Russia's defence ministry",
  "chart.exchanges.seeTable": "see the table",
  "chart.exchanges.severalSources": "several sources, first shown",
  "chart.exchanges.noteFor": "{range}: {ua} for {ru}",
  "chart.exchanges.noteToUkraine": "{range}: {count} returned to Ukraine",
  "chart.exchanges.noteToRussia": "{range}: {count} returned to Russia",
  "chart.exchanges.noteNotDisclosed": "{range}: figures not disclosed",
  "chart.exchanges.noteOverDays": {
    one: "{note} over {count} day",
    other: "{note} over {count} days",
  },
  "chart.exchanges.noteStagesNotDisclosed": {
    one: "{range}: {count} stage, figures not disclosed",
    other: "{range}: {count} stages, figures not disclosed",
  },
  "chart.contact.heading": "Channel by channel",
  "chart.contact.regimeConvention": "Convention",
  "chart.contact.regimeUkraine": "Ukraine holds",
  "chart.contact.regimeRussia": "Russia holds",
  "chart.contact.regimeConventionLong": "the Geneva Convention",
  "chart.contact.regimeUkraineLong": "Ukraine (for the Russian prisoners it holds)",
  "chart.contact.regimeRussiaLong": "Russia (for the Ukrainian prisoners it holds)",
  "chart.contact.noneInPracticeWords": "none in practice (reported not to happen; no rule found)",
  "chart.contact.noneShort": "none",
  "chart.contact.stillTheCase": "still the case when last reported",
  "chart.contact.stillInForce": "still in force when last reported",
  "chart.contact.datesNotStated": "dates not stated",
  "chart.contact.since": "since {start}",
  "chart.contact.fromOngoing": "from {start}, {end}",
  "chart.contact.fromTo": "from {start} to {end}",
  "chart.contact.spanTitle": "{channel}: {regime}: {status}{limit}, {when}. Source: {source}",
  "chart.contact.limitSeeTable": " (a limit: see the table)",
  "chart.contact.statusUndated": "{status}: dates not stated",
  "chart.contact.nothingInData": "nothing in the data",
  "chart.contact.phraseUndated": "{status}{limit}, dates not stated",
  "chart.contact.phraseOngoing": "{status}{limit} from {start}, {end}",
  "chart.contact.phraseFromTo": "{status}{limit} from {start} to {end}",
  "chart.contact.then": "; then ",
  "chart.contact.regimePhrases": "{regime}: {phrases}",
  "chart.contact.regimeEarlier": {
    one: "{regime}: {count} earlier period, then {phrases}",
    other: "{regime}: {count} earlier periods, then {phrases}",
  },
  "chart.contact.description":
    "What the Geneva Convention requires and what each side reportedly allows, by channel. {parts}",
  "chart.contact.columnChannel": "Channel",
  "chart.contact.columnRegime": "Rule or practice of",
  "chart.contact.columnStatus": "Status",
  "chart.contact.columnLimit": "Limit",
  "chart.contact.columnFrom": "From",
  "chart.contact.columnTo": "To",
  "chart.contact.legendRequired": "required by the Convention (solid)",
  "chart.contact.legendAllowed": "allowed (solid)",
  "chart.contact.legendRestricted": "restricted or conditional (sparse hatching)",
  "chart.contact.legendBanned": "banned by a rule or decision (dense hatching)",
  "chart.contact.legendNoneInPractice":
    "none in practice: reported not to happen, no rule found (dots)",
  "chart.contact.legendNotReported": "not reported (dashed outline)",
  "chart.contact.nPeriods": { one: "{count} period", other: "{count} periods" },
  "chart.contact.caption": "Rules and reported practice drawn in the chart: {rows}.",
  "chart.contact.captionMerged":
    "Rules and reported practice drawn in the chart: {periods}, merged from {rows} where periods of one status touch (each row keeps the id and source of the first).",
  "chart.contact.empty": "No rules or reported practice match this chart's filters.",
  "chart.abuses.byRussia": "Committed by Russia's forces",
  "chart.abuses.byUkraine": "Committed by Ukraine's forces",
  "chart.abuses.period": "{start} to {end}",
  "chart.abuses.shareOf": "{figure} of {denominator} ({share})",
  "chart.abuses.percentOf": "{percent} of {denominator}, count not published",
  "chart.abuses.markTitle":
    "{date}: {what}; {victims}; perpetrator {perpetrator}; {series}; period {period}{more}. Source: {source}",
  "chart.abuses.titleShare": "{measure}, share of those interviewed: {figure}",
  "chart.abuses.titleCount": "{measure}: {figure}",
  "chart.abuses.titleLatestOf": " (latest of {count} reports that month)",
  "chart.abuses.shortOhchr": "UN (OHCHR)",
  "chart.abuses.shortProsecutor": "Prosecutor General",
  "chart.abuses.shortOmbudsman": "Ombudsman",
  "chart.abuses.shortHq": "Coordination HQ",
  "chart.abuses.shortSbu": "SBU",
  "chart.abuses.shareRow": "{victims}, perpetrator {perpetrator} · {body} · {date}",
  "chart.abuses.reportDateNotStated": "report date not stated",
  "chart.abuses.shareAxis": "share of those interviewed →",
  "chart.abuses.describeShare": "{measure}, as shares of the prisoners interviewed.",
  "chart.abuses.describeCount":
    "{measure}: each figure as reported, with the period it covers; figures from different counters are not added up.",
  "chart.abuses.describeSeries": "{series}: {items}{more}",
  "chart.abuses.describeItem": "{figure} ({victims}, reported {date}, period {period})",
  "chart.abuses.describeEarlier": {
    one: "; and {count} earlier figure",
    other: "; and {count} earlier figures",
  },
  "chart.abuses.describePerpetrator": "Perpetrator {perpetrator}. {lines}.",
  "chart.abuses.columnReported": "Reported",
  "chart.abuses.columnPeriod": "Period covered",
  "chart.abuses.columnMeasure": "Measure",
  "chart.abuses.columnVictims": "Victims",
  "chart.abuses.columnPerpetrator": "Perpetrator",
  "chart.abuses.columnCountedBy": "Counted by",
  "chart.abuses.columnVerification": "Verification",
  "chart.abuses.legendVerified": "verified by the UN monitoring mission (filled)",
  "chart.abuses.legendUnverified":
    "a national count, one side's claim, an NGO or media report (hollow)",
  "chart.abuses.legendPeriod": "the period a figure covers",
  "chart.abuses.headingShare": "{measure} (share of those interviewed)",
  "chart.abuses.undated": {
    one: "{count} row without a date or a figure is listed here but not drawn.",
    other: "{count} rows without a date or a figure are listed here but not drawn.",
  },
  "chart.abuses.aggregated":
    "Where a panel had more than {count} figures, the chart and this table show the latest report per counter and month.",
  "chart.abuses.nMarks": { one: "{count} mark", other: "{count} marks" },
  "chart.abuses.caption": "Abuse figures in the chart: {rows} ({marks} drawn). {notes}",
  "chart.abuses.empty": "No abuse figures match this chart's filters.",
  "charts.title": "All charts",
  "charts.description":
    "Every chart on Captivity Ledger: prisoner exchanges, what contact prisoners may have with their families, and documented abuse, each with its sources and data.",
  "charts.intro":
    "Each chart is drawn from the site's published data. Under each one you can see its sources, download exactly the rows it shows, and read the same rows as a table.",
} as const satisfies Record<string, Message>;

/** One interface string, or its plural forms. */
export type Message = string | PluralMessage;
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type MessageKey = keyof typeof en;
/** What every language's strings file must provide: every key, with a string or plural forms. */
export type Messages = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage;
};
