/** Interface text in Ukrainian. Keys and placeholders as in ./en.ts; glossary in docs/translating.md. */
import type { Messages } from "./en.ts";

export const uk: Messages = {
  "site.name": "Captivity Ledger",
  "site.tagline":
    "Військовополонені у війні Росії проти України: обміни, зв'язок із родинами, задокументоване жорстоке поводження.",
  "site.description":
    "Розслідувальний сайт даних про військовополонених у війні Росії проти України: обміни, що повертають їх додому, чи можуть вони телефонувати й писати рідним, і задокументовані випадки жорстокого поводження з ними. Кожна цифра веде до рядка даних, а кожен рядок — до джерела.",
  "site.skipToContent": "Перейти до змісту",
  "site.rssTitle": "{site}: матеріали",

  "nav.label": "Основна навігація",
  "nav.stories": "Матеріали",
  "nav.data": "Дані",
  "nav.sources": "Джерела",
  "nav.methodology": "Методологія",
  "nav.search": "Пошук",
  "nav.about": "Про проєкт",

  "language.label": "Мова",
  "language.current": "{language} (ця сторінка)",

  "footer.corrections": "Виправлення",
  "footer.rss": "RSS-стрічка матеріалів",
  "footer.dataVersion": "Версія даних {version}",
  "footer.updated": "оновлено {date}",
  "footer.howWeCount": "Як ми рахуємо",
  "footer.privacy":
    "Жодних трекерів, жодних файлів cookie, жодних запитів до інших серверів: про ваш візит знає лише хостинг цього сайту.",

  "notFound.title": "Сторінку не знайдено",
  "notFound.description": "Такої сторінки на Captivity Ledger немає.",
  "notFound.body":
    "За цією адресою сторінки немає. Можливо, її перенесли, або в посиланні помилка.",
  "notFound.home": "Перейти на головну",
  "notFound.stories": "Читати матеріали",
  "notFound.data": "Переглянути дані",
  "notFound.search": "Шукати на сайті",

  "search.title": "Пошук",
  "search.description":
    "Пошук у матеріалах, джерелах і наборах даних Captivity Ledger. Пошук працює у вашому браузері за індексом, що зберігається на цьому сайті.",
  "search.dek": "Шукайте в матеріалах, джерелах і наборах даних.",
  "search.noscript": "Для пошуку потрібен JavaScript, а у вашому браузері його вимкнено.",
  "search.noscriptReach": "Усе на цьому сайті доступне й без нього:",
  "search.allStories": "[усі матеріали], від найновіших;",
  "search.everySource": "[кожне джерело], на яке ми спираємося;",
  "search.everyDataset": "[кожен набір даних] із поясненням стовпців.",
  "search.noscriptHow":
    "Щоб шукати, увімкніть JavaScript лише для цього сайту. Скрипт пошуку надходить із цього сайту й нікуди нічого не надсилає: індекс завантажується з цього сайту, а шукає ваш браузер.",
  "search.label": "Слова для пошуку",
  "search.button": "Шукати",

  "home.keyFigures": "Ключові цифри",
  "home.keyFiguresNote":
    "Обчислено за версією даних {version}, оновленою {date}. Це різні показники від різних установ, тож їх не додають один до одного.",
  "home.latestStories": "Останні матеріали",
  "home.allStories": "Усі матеріали",
  "home.charts": "Дані у трьох графіках",
  "home.allRows": "усі рядки",

  "stories.title": "Матеріали",
  "stories.description":
    "Матеріали про військовополонених у війні Росії проти України; кожна цифра пов'язана з даними та джерелами.",
  "stories.none": "Матеріалів ще не опубліковано. Сторінки з даними нижче вже повні.",
  "stories.topics": "Теми",
  "stories.draft": "Чернетка (не опубліковано)",
  "stories.inEnglish": "англійською",

  "story.by": "Текст: {byline}",
  "story.published": "Опубліковано {date}",
  "story.updated": "Оновлено {date}",
  "story.contentNote": "Попередження про зміст",
  "story.sources": "Джерела",
  "story.alsoConsulted": "Також використано",
  "story.corrections": "Виправлення",
  "story.correctionWhy": "Причина:",
  "story.translationOf": "Переклад з англійського оригіналу від {date}.",
  "story.translationOutdated":
    "Англійський оригінал змінився після того, як було зроблено цей переклад ({date}); ця версія може бути застарілою.",
  "story.ourTranslation": "наш переклад",

  "data.column": "Стовпець",
  "data.type": "Тип",
  "data.holds": "Що містить",
  "data.allowed": "Допустимі значення",
  "data.missing": "Коли значення немає",
  "data.rows": {
    one: "{count} рядок",
    few: "{count} рядки",
    many: "{count} рядків",
    other: "{count} рядка",
  },
  "data.noChanges": "Змін поки не записано.",
  "data.schema": "схема: Frictionless Data Package",

  "chart.showTable": "Показати дані таблицею",
  "chart.sources": "Джерела",
  "chart.downloadCsv": "Завантажити дані графіка (CSV)",
};
