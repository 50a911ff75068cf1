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
  "corrections.title": "Corrections",
  "corrections.description":
    "Every correction made to Captivity Ledger's stories and data, dated, with what changed and why.",
  "corrections.dek":
    "When we get something wrong, we fix it and say so here: what was wrong, what it says now, and why it changed.",
  "corrections.dataNote":
    "Every change to a published row of the data is listed under Data, from the data's own record of corrections; each record's page shows its whole history.",
  "corrections.feed": "Follow the corrections by RSS",
  "corrections.feedTitle": "{site}: corrections",
  "corrections.stories": "Stories and pages",
  "corrections.storiesNone": "No corrections to stories or pages have been made so far.",
  "corrections.story": "story",
  "corrections.dataset": "dataset",
  "corrections.row": "row",
  "corrections.data": "Data",
  "corrections.policy": "Our rule",
  "corrections.policyText":
    "A published figure, date or name is never changed silently. Each correction is listed here with what was wrong, what it says now and why, and a change to the data also gets a new data version and a changelog entry.",
  "corrections.inEnglish": "(in English)",
  "correction.none": "No corrections to the data have been made so far.",
  "correction.version": "data version {version}",
  "correction.kind.corrected": "Corrected",
  "correction.kind.changed": "Changed",
  "correction.kind.removed": "Removed",
  "correction.columns": "Columns",
  "correction.was": "Before",
  "correction.now": "Now",
  "correction.why": "Why",
  "data.noChanges": "No changes are recorded yet.",
  "data.schema": "the schema: a Frictionless Data Package",

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
