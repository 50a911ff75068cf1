/** Interface text in Russian. Keys and placeholders as in ./en.ts; glossary in docs/translating.md. */
import type { Messages } from "./en.ts";

export const ru: Messages = {
  "site.name": "Captivity Ledger",
  "site.tagline":
    "Военнопленные в войне России против Украины: обмены, связь с семьями, задокументированное жестокое обращение.",
  "site.description":
    "Расследовательский сайт данных о военнопленных в войне России против Украины: обмены, которые возвращают их домой, могут ли они звонить и писать родным, и задокументированные случаи жестокого обращения с ними. Каждая цифра ведёт к строке данных, а каждая строка — к источнику.",
  "site.skipToContent": "Перейти к содержанию",
  "site.rssTitle": "{site}: материалы",

  "nav.label": "Основная навигация",
  "nav.stories": "Материалы",
  "nav.data": "Данные",
  "nav.sources": "Источники",
  "nav.methodology": "Методология",
  "nav.search": "Поиск",
  "nav.about": "О проекте",

  "language.label": "Язык",
  "language.current": "{language} (эта страница)",

  "footer.corrections": "Исправления",
  "footer.rss": "RSS-лента материалов",
  "footer.dataVersion": "Версия данных {version}",
  "footer.updated": "обновлено {date}",
  "footer.howWeCount": "Как мы считаем",
  "footer.privacy":
    "Никаких трекеров, никаких файлов cookie, никаких запросов к другим серверам: о вашем визите знает только хостинг этого сайта.",

  "notFound.title": "Страница не найдена",
  "notFound.description": "Такой страницы на Captivity Ledger нет.",
  "notFound.body": "По этому адресу страницы нет. Возможно, её перенесли или в ссылке ошибка.",
  "notFound.home": "На главную",
  "notFound.stories": "Читать материалы",
  "notFound.data": "Смотреть данные",
  "notFound.search": "Искать на сайте",

  "search.title": "Поиск",
  "search.description":
    "Поиск по материалам, источникам и наборам данных Captivity Ledger. Поиск работает в вашем браузере по индексу, который хранится на этом сайте.",
  "search.dek": "Ищите в материалах, источниках и наборах данных.",
  "search.noscript": "Для поиска нужен JavaScript, а в вашем браузере он отключён.",
  "search.noscriptReach": "Всё на этом сайте доступно и без него:",
  "search.allStories": "[все материалы], сначала новые;",
  "search.everySource": "[все источники], на которые мы опираемся;",
  "search.everyDataset": "[все наборы данных] с пояснением столбцов.",
  "search.noscriptHow":
    "Чтобы искать, включите JavaScript только для этого сайта. Скрипт поиска загружается с этого сайта и ничего никуда не отправляет: индекс берётся с этого сайта, а ищет ваш браузер.",
  "search.label": "Слова для поиска",
  "search.button": "Найти",

  "home.keyFigures": "Ключевые цифры",
  "home.keyFiguresNote":
    "Рассчитано по версии данных {version}, обновлённой {date}. Это разные показатели разных ведомств и организаций, поэтому их не складывают.",
  "home.latestStories": "Последние материалы",
  "home.allStories": "Все материалы",
  "home.charts": "Данные в трёх графиках",
  "home.allRows": "все строки",

  "stories.title": "Материалы",
  "stories.description":
    "Материалы о военнопленных в войне России против Украины; каждая цифра связана с данными и источниками.",
  "stories.none": "Материалы ещё не опубликованы. Страницы с данными ниже уже заполнены.",
  "stories.topics": "Темы",
  "stories.draft": "Черновик (не опубликован)",
  "stories.inEnglish": "на английском",

  "story.by": "Текст: {byline}",
  "story.published": "Опубликовано {date}",
  "story.updated": "Обновлено {date}",
  "story.contentNote": "Предупреждение о содержании",
  "story.sources": "Источники",
  "story.alsoConsulted": "Также использовано",
  "story.corrections": "Исправления",
  "story.correctionWhy": "Причина:",
  "story.translationOf": "Перевод с английского оригинала от {date}.",
  "story.translationOutdated":
    "Английский оригинал изменился после того, как был сделан этот перевод ({date}); эта версия может быть устаревшей.",
  "story.ourTranslation": "наш перевод",

  "data.column": "Столбец",
  "data.type": "Тип",
  "data.holds": "Что содержит",
  "data.allowed": "Допустимые значения",
  "data.missing": "Когда значения нет",
  "data.rows": {
    one: "{count} строка",
    few: "{count} строки",
    many: "{count} строк",
    other: "{count} строки",
  },
  "data.noChanges": "Изменений пока не записано.",
  "data.schema": "схема: Frictionless Data Package",

  "chart.showTable": "Показать данные таблицей",
  "chart.sources": "Источники",
  "chart.downloadCsv": "Скачать данные графика (CSV)",
};
