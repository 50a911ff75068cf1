/**
 * Everything the site says in Russian: the interface text (keys and placeholders as in
 * ./en.ts) and the data dictionary (see ../data.ts). Glossary: docs/translating.md.
 */
import type { Messages } from "./en.ts";
import type { DataTranslation } from "../data.ts";

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

  "language.name": "на русском",
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

  "search.loadFailed":
    "Не удалось загрузить поисковый индекс. Он создаётся при сборке сайта (npm run build).",
  "search.nothing": "По запросу «{query}» ничего не найдено.",
  "search.found": {
    one: "По запросу «{query}» найдена {count} страница",
    few: "По запросу «{query}» найдено {count} страницы",
    many: "По запросу «{query}» найдено {count} страниц",
    other: "По запросу «{query}» найдено {count} страницы",
  },
  "search.firstShown": "; показаны первые {max}",
  "search.type.Story": "Материал",
  "search.type.Source": "Источник",
  "search.type.Dataset": "Набор данных",
  "search.type.Page": "Страница",
  "home.intro":
    "Мы фиксируем каждый обмен пленными между Россией и Украиной, о котором сообщают открытые источники, правила и практику того, могут ли пленные звонить или писать домой, а также данные о жестоком обращении, которые опубликовали мониторинговые миссии и прокуроры. У каждой цифры сказано, что именно она считает и кто её посчитал, и есть ссылка на документ, из которого она взята. Когда стороны расходятся, на странице остаются оба числа.",
  "home.keyFigures": "Ключевые цифры",
  "home.keyFiguresNote":
    "Рассчитано по версии данных {version} (обновлена {date}). Это разные показатели разных ведомств и организаций, поэтому их не складывают.",
  "home.latestStories": "Последние материалы",
  "home.allStories": "Все материалы",
  "home.charts": "Данные в трёх графиках",
  "home.allRows": "все строки",
  "home.dataRow": "строка данных",

  "figures.source": "Источник",
  "figures.sourceOfLatest": "Источник о последнем обмене",
  "figures.total.label": "Последний официальный нарастающий итог. Показатель: {measure}",
  "figures.total.attribution": "Кто привёл цифру: {who}; по состоянию на {date}",
  "figures.exchanges.label": {
    one: "обмен записан в наших данных{stages}; период: {first} – {last}",
    few: "обмена записано в наших данных{stages}; период: {first} – {last}",
    many: "обменов записано в наших данных{stages}; период: {first} – {last}",
    other: "обмена записано в наших данных{stages}; период: {first} – {last}",
  },
  "figures.exchanges.stages": {
    one: ", а также {count} этап поэтапных обменов{withheld}",
    few: ", а также {count} этапа поэтапных обменов{withheld}",
    many: ", а также {count} этапов поэтапных обменов{withheld}",
    other: ", а также {count} этапа поэтапных обменов{withheld}",
  },
  "figures.exchanges.withheld": " (для {count} из них цифры не раскрыты)",
  "figures.exchanges.detail":
    "Это наш подсчёт по строкам таблицы обменов, а не официальная цифра; что в него не вошло, объясняет методология.",
  "figures.exchanges.attribution": "Последний обмен: {date}",
  "figures.executions.label": {
    one: "казнь {victims}, совершённая {forces}{period}: {verification}",
    few: "казни {victims}, совершённые {forces}{period}: {verification}",
    many: "казней {victims}, совершённых {forces}{period}: {verification}",
    other: "казни {victims}, совершённой {forces}{period}: {verification}",
  },
  "figures.victims.Ukrainian POWs": "украинских военнопленных",
  "figures.victims.Russian POWs": "российских военнопленных",
  "figures.victims.Ukrainian POWs' relatives": "родственников украинских военнопленных",
  "figures.victims.Russian POWs returned in exchanges":
    "российских военнопленных, возвращённых при обменах",
  "figures.victims.surrendering soldiers": "военных, сдававшихся в плен",
  "figures.forces.Russia": "российскими военными",
  "figures.forces.Ukraine": "украинскими военными",
  "figures.period.in": " ({date})",
  "figures.period.span": " ({start} – {end})",
  "figures.period.upTo": " (конец периода: {end})",
  "figures.verification.UN verified": "подтверждено ООН по её собственным стандартам",
  "figures.verification.UN recorded allegation": "заявления, зафиксированные ООН",
  "figures.verification.official national count": "официальный национальный подсчёт",
  "figures.abuse.attribution": "Кто сообщил: {body}; дата: {date}",
  "figures.shareOf": "{figure} из {denominator}",

  "stories.title": "Материалы",
  "stories.description":
    "Материалы о военнопленных в войне России против Украины; каждая цифра связана с данными и источниками.",
  "stories.none": "Материалы ещё не опубликованы. Страницы с данными ниже уже заполнены.",
  "topic.exchanges": "обмены",
  "topic.contact with families": "связь с семьями",
  "topic.abuses": "жестокое обращение",
  "topic.returned prisoners": "вернувшиеся из плена",
  "topic.surrender": "сдача в плен",
  "topic.law": "право",
  "stories.topics": "Темы",
  "stories.draft": "Черновик (не опубликован)",
  "stories.inEnglish": "На английском",

  "story.by": "Текст: {byline}",
  "story.published": "Опубликовано {date}",
  "story.updated": "Обновлено {date}",
  "story.contentNote": "Предупреждение о содержании",
  "story.sources": "Источники",
  "story.alsoConsulted": "Также использовано",
  "story.chartSources": "Источники данных графиков",
  "story.corrections": "Исправления",
  "story.correctionWhy": "Причина:",
  "story.translationOf": "Перевод с английского оригинала (сделан {date}).",
  "story.translationOutdated":
    "Английский оригинал изменился после того, как был сделан этот перевод ({date}); эта версия может быть устаревшей.",
  "story.ourTranslation": "наш перевод",
  "story.quotesTranslated": "Цитаты из источников на других языках приводятся в нашем переводе.",
  "story.quotedBy": "{person}; слова приводит {outlet}",
  "story.sourceNote": "Источник {n}: {outlet}",
  "story.sourceNoteBare": "Источник {n}",
  "story.reportingBy": "по материалам {outlet}",
  "story.dateNotStated": "дата не указана",
  "story.titleInLanguage": "Название по-русски: {title}",
  "story.availableIn": "На других языках: ",
  "callout.context": "Контекст",
  "callout.methodology": "Как считали эти цифры",
  "source.aggregator": "Агрегатор или зеркало: копия чужого материала; учитывайте это",
  "source.stateMedia":
    "Государственные СМИ: говорят от имени правительства; использованы только для заявлений этой стороны о себе",

  "sources.title": "Источники",
  "sources.description": "Все документы, на которые опираются данные и материалы сайта, по типам.",
  "sources.intro":
    "Каждая цифра на этом сайте взята из строки данных, а каждая строка называет документ, из которого она взята. Вот эти документы, всего {count}. На странице каждого сказано, что это за документ и какие факты из него взяты.",
  "sources.kind.news report": "Новостные материалы",
  "sources.kind.official statement": "Официальные заявления",
  "sources.kind.UN report": "Доклады ООН",
  "sources.kind.NGO report": "Доклады НКО",
  "sources.kind.prosecutor or court": "Прокуратура и суды",
  "sources.kind.treaty text": "Тексты договоров",
  "sources.kind.podcast or broadcast": "Подкасты и эфиры",
  "sources.kind.aggregator or mirror": "Агрегаторы и зеркала",
  "sources.kind.state media": "Государственные СМИ",
  "source.pageTitle": "Источник: {outlet}, {date}",
  "source.pageTitleOutlet": "Источник: {outlet}",
  "source.pageDescription":
    "Что это за документ, какие факты наши данные из него берут и какие материалы на него ссылаются.",
  "source.publishedBy": "Кто опубликовал",
  "source.originalReporting": "Первоисточник",
  "source.author": "Автор",
  "source.date": "Дата",
  "source.address": "Адрес",
  "source.language": "Язык",
  "source.summary": "Краткое содержание",
  "source.facts": "Какие факты из него взяты",
  "source.noRows": "Ни одна строка данных не опирается на этот источник.",
  "source.corroborating": "(дополнительный источник, подтверждающий эту строку)",
  "source.rows.exchanges": "Обмены пленными",
  "source.rows.exchange_claims": "Расходящиеся заявления об обменах",
  "source.rows.totals": "Официальные итоги",
  "source.rows.communication": "Правила и практика связи с семьями",
  "source.rows.abuses": "Задокументированное жестокое обращение",
  "source.stories": "Материалы, которые ссылаются на этот источник",
  "source.noStories": "Пока ни один материал не ссылается на этот источник.",

  "facts.exchange":
    "{date}: обмен{number}; возвращены в Украину: {ua} (по сообщению Украины); возвращены в Россию: {ru} (по сообщению России); {mediator}.",
  "facts.stage":
    "{date}: этап поэтапного обмена{number}; возвращены в Украину: {ua} (по сообщению Украины); возвращены в Россию: {ru} (по сообщению России); {mediator}.",
  "facts.aborted": "{date}: обмен, который не состоялся{number}.",
  "facts.bodies": "{date}: возвращение тел{number}.",
  "facts.number": " (обмен № {number})",
  "facts.mediatedBy": "посредничество: {mediators}",
  "facts.mediatorMissing": "посредник: {reason}",
  "facts.claim":
    "Обмен {exchange}: другое заявление о числе возвращённых {direction} — {figure} (кто заявил: {claimant}).",
  "facts.toUkraine": "в Украину",
  "facts.toRussia": "в Россию",
  "facts.total": "По состоянию на {date}: {figure}, {measure} (кто привёл цифру: {who}).",
  "facts.communication": "{regime}; {prisoners}; {channel}: {status} (начало: {start}).{limit}",
  "facts.limit": " Ограничение: {limit}.",
  "facts.abuse": "{body} ({verification}); {period}; {measure}: {figure}.",
  "facts.period": "период: {start} – {end}",
  "facts.periodOne": "период: {date}",

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
  "corrections.title": "Исправления",
  "corrections.description":
    "Все исправления в материалах и данных Captivity Ledger с датами: что изменилось и почему.",
  "corrections.dek":
    "Когда мы ошибаемся, мы исправляем ошибку и сообщаем об этом здесь: что было не так, что написано теперь и почему.",
  "corrections.dataNote":
    "Каждое изменение опубликованной строки данных приведено в разделе «Данные» — по журналу исправлений, который входит в сами данные; на странице каждой записи видна вся её история.",
  "corrections.report":
    "Нашли ошибку или вас назвали в материале и вы хотите ответить? Пишите нам на",
  "corrections.feed": "Следить за исправлениями через RSS",
  "corrections.feedTitle": "{site}: исправления",
  "corrections.stories": "Материалы и страницы",
  "corrections.storiesNone": "Исправлений в материалах и на страницах пока не было.",
  "corrections.story": "материал",
  "corrections.dataset": "набор данных",
  "corrections.row": "строка",
  "corrections.data": "Данные",
  "corrections.policy": "Наше правило",
  "corrections.policyText":
    "Опубликованное число, дату или имя мы никогда не меняем молча. Каждое исправление приведено здесь: что было не так, что написано теперь и почему; изменение в данных к тому же получает новую версию данных и запись в журнале изменений.",
  "corrections.inEnglish": "(на английском)",
  "correction.none": "Исправлений в данных пока не было.",
  "correction.version": "версия данных {version}",
  "correction.kind.corrected": "Исправлено",
  "correction.kind.changed": "Изменено",
  "correction.kind.removed": "Удалено",
  "correction.columns": "Столбцы",
  "correction.was": "Было",
  "correction.now": "Теперь",
  "correction.why": "Почему",
  "data.noChanges": "Изменений пока не записано.",
  "data.schema": "схема: Frictionless Data Package",

  "data.title": "Данные",
  "data.indexDescription": {
    one: "{count} набор данных, на котором основана каждая цифра на сайте {site}: обмены, расходящиеся заявления, общие итоги, правила связи с семьями и данные о жестоком обращении — вместе с источниками. Версия {version}.",
    few: "{count} набора данных, на которых основана каждая цифра на сайте {site}: обмены, расходящиеся заявления, общие итоги, правила связи с семьями и данные о жестоком обращении — вместе с источниками. Версия {version}.",
    many: "{count} наборов данных, на которых основана каждая цифра на сайте {site}: обмены, расходящиеся заявления, общие итоги, правила связи с семьями и данные о жестоком обращении — вместе с источниками. Версия {version}.",
    other:
      "{count} набора данных, на которых основана каждая цифра на сайте {site}: обмены, расходящиеся заявления, общие итоги, правила связи с семьями и данные о жестоком обращении — вместе с источниками. Версия {version}.",
  },
  "data.indexDek":
    "Каждая цифра на этом сайте взята из одной из этих таблиц, а каждая строка называет документ, из которого она взята. Скачивайте их, проверяйте, используйте повторно.",
  "data.version": "Версия",
  "data.lastUpdated": "Последнее обновление",
  "data.datasets": "Наборы данных",
  "data.tablesCaption": "Таблицы версии данных {version}",
  "data.dataset": "Набор данных",
  "data.rowsHeading": "Строки",
  "data.downloadEverything": "Скачать всё",
  "data.howToCite": "Как цитировать",
  "data.methodologyLink":
    "Как мы собираем данные и что именно считает каждый показатель, объяснено в [методологии].",
  "data.correctionsLink": "Ошибки, которые мы исправили, перечислены на странице [исправлений].",
  "data.inEnglish": "(на английском)",
  "data.ourTranslation": "(наш перевод с английского)",
  "data.citeDataset":
    "{site}. «{title}», в пакете данных {package}, версия {version} ({date}). {url}",
  "data.citePackage": "{site}. {package}, версия {version} ({date}). {url}",
  "data.citeRecord":
    "{site}. «{title}», запись {id}, в пакете данных {package}, версия {version} ({date}). {url}",

  "dataset.title": "{title}: набор данных",
  "dataset.description": "{description} {rows}, версия данных {version}.",
  "dataset.file": "Файл",
  "dataset.rowIdentifier": "Идентификатор строки",
  "dataset.dataVersion": "Версия данных",
  "dataset.sourcePages": "У каждого источника есть и своя страница: см. [список источников].",
  "dataset.download": "Скачать",
  "dataset.rowsIntro":
    "У каждой строки есть своя страница по адресу, который не меняется от версии к версии данных: все поля простыми словами, источники строки, её история и то, как её цитировать.",
  "dataset.rowsIntroTranslations":
    "У перевода нет своей страницы: каждая строка ведёт на страницу строки, которую она переводит, и там перевод показан на его языке.",
  "dataset.removedRows": "Удалённые строки",
  "dataset.removedUnavailable":
    "История этого набора данных недоступна в этой копии сайта ({reason}), поэтому строки, удалённые в прежних версиях, здесь не перечислены. Их называет журнал изменений ниже.",
  "dataset.noneRemoved": "Из этого набора данных не удалено ни одной строки.",
  "dataset.removedIn": "удалена в версии {version} ({date})",
  "dataset.dictionary": "Словарь данных",
  "dataset.dictionaryIntro":
    "Все столбцы файла {file}; это описание сгенерировано по схеме пакета. Отсутствующее число никогда не записывается как ноль: вместо него в ячейке указана причина.",
  "dataset.dictionaryMethodology": "Что означает каждая причина, объяснено в [методологии].",
  "dataset.columnsOf": "Столбцы файла {file}",
  "dataset.nameTheVersion":
    "Пожалуйста, указывайте версию: цифры меняются, когда источники исправляют, а журнал изменений объясняет, как именно.",
  "dataset.corrections": "Исправления в этом наборе данных",
  "dataset.noCorrections": "Пока никаких. Все исправления перечислены на [странице исправлений].",
  "dataset.correctionRow": "строка {row}",
  "dataset.correctionVersion": "версия {version}",
  "dataset.changelog": "Журнал изменений пакета данных",

  "rows.title": "{title}: строки, страница {page}",
  "rows.description":
    "Страница {page} строк файла {file}; каждая строка ведёт на собственную страницу записи.",
  "rows.none": "В файле {file} нет строк",
  "rows.caption": "Строки {first}–{last} из {total} в файле {file}",
  "rows.pages": "Страницы строк файла {file}",
  "rows.page": "Страница {page}",

  "record.title": "Запись",
  "record.removedTitle": "Удалённая запись",
  "record.removedNotice": "Эта строка удалена из данных {date} в версии {version}.",
  "record.removedLast":
    "Ниже — её последняя версия ({version}), сохранённая, чтобы прежние ссылки по-прежнему куда-то вели.",
  "record.why": "Причина:",
  "record.fields": "Поля",
  "record.fieldsLabel": "Поля записи {id}",
  "record.fieldsCaption": "Все столбцы этой строки в файле {file}, версия данных {version}",
  "record.field": "Поле",
  "record.value": "Значение",
  "record.sources": "Источники",
  "record.noSources": "Эта строка не называет ни одного источника.",
  "record.mainSource": "основной источник",
  "record.otherSource": "дополнительный источник",
  "record.shown": "Где сайт показывает эту строку",
  "record.notShown": "Ни график, ни материал, ни ключевая цифра не показывают эту строку отдельно.",
  "record.chart": "График:",
  "record.story": "Материал:",
  "record.storyKeyFigure": "(ключевая цифра, взятая из этой строки)",
  "record.keyFigure": "Ключевая цифра на [главной странице]",
  "record.history": "История",
  "record.historyUnavailable":
    "История этой строки недоступна в этой копии сайта ({reason}). Все версии данных перечислены в [журнале изменений].",
  "record.noVersion": "Этой строки ещё нет ни в одной опубликованной версии данных.",
  "record.added": "Добавлена в версии {version}",
  "record.changed": "Изменена в версии {version}",
  "record.removed": "Удалена в версии {version}",
  "record.noColumn": "(такого столбца не было)",
  "record.empty": "(пусто)",
  "record.cite": "Как цитировать эту запись",
  "record.citeNote":
    "Адрес не меняется от версии к версии данных; указывайте версию, потому что строку могут позже исправить, а её история выше покажет, как именно.",
  "record.csv": "Эта строка в формате CSV",
  "record.json": "Эта строка в формате JSON",
  "record.jsonNote":
    "Каждая ячейка точно так, как она записана в файле, включая причины отсутствия значений.",
  "record.summary": "{dataset}, запись {id}. {facts}.",
  "record.summaryBare": "Строка {id} файла {file}.",
  "record.summaryRemoved": "Строка {id} файла {file}, удалённая из данных в версии {version}.",

  "cell.noneGiven": "не заполнено",
  "cell.shareOf": "{figure} из {denominator}",
  "cell.dayUnknown": "{date} (день неизвестен)",
  "cell.yearOnly": "{date} (известен только год)",

  "dictionary.required": "обязательное: никогда не пустое",
  "dictionary.optional": "необязательное: может быть пустым",
  "dictionary.any": "любое значение типа «{type}»",
  "dictionary.references": "значение {field} из набора {dataset}",
  "dictionary.alwaysGiven": "всегда заполнено",
  "dictionary.leftBlank": "оставляют пустым",
  "dictionary.type.integer": "целое число",
  "dictionary.type.number": "число",
  "dictionary.type.list": "список (элементы разделены знаком «{delimiter}»)",
  "dictionary.type.date": "дата (ГГГГ-ММ-ДД)",
  "dictionary.type.partialDate": "дата (год, год и месяц или полная дата)",
  "dictionary.type.uri": "веб-адрес",
  "dictionary.type.text": "текст",
  "dictionary.rule.key": "уникальный идентификатор строки",
  "dictionary.rule.unique": "уникально в файле",
  "dictionary.rule.range": "от {min} до {max}",
  "dictionary.rule.min": "{min} или больше",
  "dictionary.rule.max": "{max} или меньше",
  "dictionary.rule.slug":
    "строчные латинские буквы и цифры, соединённые дефисами (например, ap-2024-05-27)",
  "dictionary.rule.pattern": "должно соответствовать шаблону {pattern}",
  "dictionary.side.ukraine": "сторона Украины",
  "dictionary.side.russia": "сторона России",
  "dictionary.side.none": "обе стороны или ни одна",
  "dictionary.counts": "единица подсчёта — {unit}",
  "dictionary.claim": "заявление, которое никогда не объединяют с цифрами других ведомств",
  "dictionary.unit.people": "люди",
  "dictionary.unit.exchanges": "обмены",
  "dictionary.seeMethodology": "См. методологию.",

  "downloads.bytes": {
    one: "{count} байт",
    few: "{count} байта",
    many: "{count} байт",
    other: "{count} байта",
  },
  "downloads.kb": "{size} КБ",
  "downloads.csv": "(CSV в кодировке UTF-8{size})",
  "downloads.package": "Весь пакет данных",
  "downloads.packageNote": "(ZIP: все CSV-файлы, схема и журнал изменений)",

  "changelog.heading": "Версия {version}, {date}",
  "changelog.inEnglish": "Журнал изменений мы ведём на английском.",

  "history.why.off": "история отключена для этой сборки сайта (CAPTIVITY_HISTORY=off)",
  "history.why.notGit": "папка с данными не входит в git-репозиторий (скачанная копия или архив)",
  "history.why.shallow": "git-копия неполная (shallow): нужна вся история (git fetch --unshallow)",
  "history.why.noCommits": "ни один коммит ещё не менял папку с данными",
  "history.why.noPackage": "ни один коммит не содержит читаемого файла data/datapackage.json",

  "chart.showTable": "Показать данные таблицей",
  "chart.sources": "Источники",
  "chart.downloadCsv": "Скачать данные графика (CSV)",

  // Charts (src/lib/charts/, src/components/charts/): shared words, then one group per chart.
  "chart.download": "Скачать данные (CSV)",
  "chart.downloadRows": {
    one: "({count} строка, {file})",
    few: "({count} строки, {file})",
    many: "({count} строк, {file})",
    other: "({count} строки, {file})",
  },
  "chart.legendLabel": "Условные обозначения",
  "chart.source": "Источник: ",
  "chart.sourcesInline": "Источники: ",
  "chart.sourcesSummary": "Источники: документов — {count}; издания: {outlets}",
  "chart.outletsMore": "{outlets} и ещё изданий: {count}",
  "chart.exchanges.title": "Кто вернулся домой при каждом обмене пленными",
  "chart.exchanges.subtitle":
    "Люди, возвращённые в Украину (над линией) и в Россию (под ней) при каждом обмене, по объявленным данным, и официальные нарастающие итоги",
  "chart.contact.title": "Звонки, письма и визиты: правила и практика",
  "chart.contact.subtitle":
    "Что требует Третья Женевская конвенция и что, по сообщениям, каждая сторона позволяет пленным, которых удерживает, — по каждому каналу связи во времени",
  "chart.abuses.title": "Задокументированные нарушения в отношении военнопленных",
  "chart.abuses.subtitle":
    "Числа по тому, кто и как их подсчитал: случаи, подтверждённые ООН, национальные подсчёты и доли опрошенных — никогда не складываются между собой",
  "chart.column.date": "Дата",
  "chart.column.what": "Что",
  "chart.column.figure": "Число",
  "chart.column.statedBy": "Кто сообщил",
  "chart.column.source": "Источник",
  "chart.exchanges.headingEach": "Люди, возвращённые при каждом обмене",
  "chart.exchanges.headingTotals": "Официальные нарастающие итоги",
  "chart.exchanges.headingCount": "{measures}: официальный подсчёт",
  "chart.exchanges.axis": "↑ возвращены в Украину · в Россию ↓",
  "chart.exchanges.axisShort": "↑ в Украину · в Россию ↓",
  "chart.exchanges.legendAnnounced": "число, объявленное правительством принимающей стороны",
  "chart.exchanges.legendClaim": "другое число от противоположной стороны",
  "chart.exchanges.legendUndisclosed": "не раскрыто (на линии; это не ноль)",
  "chart.exchanges.legendNotReported": "не сообщается ни в одном найденном источнике",
  "chart.exchanges.legendTotalExact": "нарастающий итог, как его сообщили (точное число)",
  "chart.exchanges.legendTotalApprox": "нарастающий итог, поданный как «более» или «около»",
  "chart.exchanges.noneInPeriod": "За этот период обменов нет.",
  "chart.exchanges.nExchanges": {
    one: "{count} обмен",
    few: "{count} обмена",
    many: "{count} обменов",
    other: "{count} обмена",
  },
  "chart.exchanges.nStages": {
    one: "{count} этап",
    few: "{count} этапа",
    many: "{count} этапов",
    other: "{count} этапа",
  },
  "chart.exchanges.eventsWithStages": "{exchanges} и {stages} поэтапных обменов",
  "chart.exchanges.showsIn": "{month}: на графике {events}.",
  "chart.exchanges.showsFromTo": "Период {start} – {end}: на графике {events}.",
  "chart.exchanges.announcedUkraine":
    "По объявлениям Украины, в {known} из них в Украину возвращено людей: {total}{approximate}{gaps}.",
  "chart.exchanges.announcedRussia":
    "По объявлениям Министерства обороны России, в {known} из них в Россию возвращено людей: {total}{approximate}{gaps}.",
  "chart.exchanges.approximate": " (некоторые числа приблизительные)",
  "chart.exchanges.gapsBoth":
    "; для {undisclosed} число не раскрыто, а для {unreported} — не сообщается",
  "chart.exchanges.gapsUndisclosed": "; для {undisclosed} число не раскрыто",
  "chart.exchanges.gapsUnreported": "; для {unreported} число не сообщается",
  "chart.exchanges.claimToUkraine": "{date}: {who} — {figure} возвращены в Украину",
  "chart.exchanges.claimToRussia": "{date}: {who} — {figure} возвращены в Россию",
  "chart.exchanges.claims": {
    one: "Для {count} обмена другая сторона объявила другое число: {list}{more}.",
    few: "Для {count} обменов другая сторона объявила другое число: {list}{more}.",
    many: "Для {count} обменов другая сторона объявила другое число: {list}{more}.",
    other: "Для {count} обмена другая сторона объявила другое число: {list}{more}.",
  },
  "chart.exchanges.moreClaims": {
    one: "; и ещё {count} заявление (см. таблицу)",
    few: "; и ещё {count} заявления (см. таблицу)",
    many: "; и ещё {count} заявлений (см. таблицу)",
    other: "; и ещё {count} заявления (см. таблицу)",
  },
  "chart.exchanges.totalsDescription":
    "Официальные нарастающие итоги, по линии на каждый показатель, никогда не складываются между собой. {lines}.",
  "chart.exchanges.totalOnce": "{measure}: {figure} по состоянию на {when} ({who})",
  "chart.exchanges.totalFromTo":
    "{measure}: от {first} по состоянию на {firstWhen} до {last} по состоянию на {lastWhen}, {statements}",
  "chart.exchanges.nStatements": {
    one: "{count} заявление",
    few: "{count} заявления",
    many: "{count} заявлений",
    other: "{count} заявления",
  },
  "chart.exchanges.returnedToUkraine": "возвращены в Украину",
  "chart.exchanges.returnedToRussia": "возвращены в Россию",
  "chart.exchanges.returnedToUkraineClaim": "возвращены в Украину (другое число)",
  "chart.exchanges.returnedToRussiaClaim": "возвращены в Россию (другое число)",
  "chart.exchanges.runningTotal": "нарастающий итог: {measure}",
  "chart.exchanges.caption":
    "Числа на графике: {figures} и {totals}. {aggregated}Сорванные обмены и возвращение тел не учтены.",
  "chart.exchanges.nMonthlyFigures": {
    one: "{count} месячное число",
    few: "{count} месячных числа",
    many: "{count} месячных чисел",
    other: "{count} месячного числа",
  },
  "chart.exchanges.nExchangeFigures": {
    one: "{count} число обмена",
    few: "{count} числа обменов",
    many: "{count} чисел обменов",
    other: "{count} числа обменов",
  },
  "chart.exchanges.nOfficialTotals": {
    one: "{count} официальный итог",
    few: "{count} официальных итога",
    many: "{count} официальных итогов",
    other: "{count} официального итога",
  },
  "chart.exchanges.captionAggregated":
    "Чисел {count}, поэтому график складывает их по месяцам и сторонам; нераскрытые числа считаются отдельно и никогда не прибавляются. ",
  "chart.exchanges.empty": "В пределах дат этого графика нет ни обменов, ни официальных итогов.",
  "chart.exchanges.pointTitle": "{date}: {direction}{many}: {what}. Источник: {source}",
  "chart.exchanges.titleToUkraine": "возвращены в Украину",
  "chart.exchanges.titleToRussia": "возвращены в Россию",
  "chart.exchanges.titleRows": {
    one: " ({count} обмен)",
    few: " ({count} обмена)",
    many: " ({count} обменов)",
    other: " ({count} обмена)",
  },
  "chart.exchanges.titleMissing": "число: {reason}",
  "chart.exchanges.titleClaimed": "{figure}, по заявлению: {who}",
  "chart.exchanges.titleAnnounced": "{figure}, по объявлению: {who}",
  "chart.exchanges.totalTitle": "{date}: {measure}: {figure} (сообщил: {who}). Источник: {source}",
  "chart.exchanges.facetLabel": "{measure}: последнее — {figure} ({date})",
  "chart.exchanges.monthlySum": "{who} (сумма за месяц)",
  "chart.exchanges.ukraine": "Украина",
  "chart.exchanges.russiaMoD": "Министерство обороны России",
  "chart.exchanges.seeTable": "см. таблицу",
  "chart.exchanges.severalSources": "несколько источников, показан первый",
  "chart.exchanges.noteFor": "{range}: {ua} в обмен на {ru}",
  "chart.exchanges.noteToUkraine": "{range}: {count} возвращены в Украину",
  "chart.exchanges.noteToRussia": "{range}: {count} возвращены в Россию",
  "chart.exchanges.noteNotDisclosed": "{range}: числа не раскрыты",
  "chart.exchanges.noteOverDays": {
    one: "{note} за {count} день",
    few: "{note} за {count} дня",
    many: "{note} за {count} дней",
    other: "{note} за {count} дня",
  },
  "chart.exchanges.noteStagesNotDisclosed": {
    one: "{range}: {count} этап, числа не раскрыты",
    few: "{range}: {count} этапа, числа не раскрыты",
    many: "{range}: {count} этапов, числа не раскрыты",
    other: "{range}: {count} этапа, числа не раскрыты",
  },
  "chart.contact.heading": "По каждому каналу связи",
  "chart.contact.regimeConvention": "Конвенция",
  "chart.contact.regimeUkraine": "Удерживает Украина",
  "chart.contact.regimeRussia": "Удерживает Россия",
  "chart.contact.regimeConventionLong": "Женевская конвенция",
  "chart.contact.regimeUkraineLong": "Украина (в отношении российских пленных, которых удерживает)",
  "chart.contact.regimeRussiaLong": "Россия (в отношении украинских пленных, которых удерживает)",
  "chart.contact.noneInPracticeWords":
    "на практике нет (по сообщениям, не происходит; правила не найдено)",
  "chart.contact.noneShort": "нет",
  "chart.contact.stillTheCase": "так и было на момент последнего сообщения",
  "chart.contact.stillInForce": "действует на момент последнего сообщения",
  "chart.contact.datesNotStated": "даты не указаны",
  "chart.contact.since": "начало: {start}",
  "chart.contact.fromOngoing": "начало: {start}; {end}",
  "chart.contact.fromTo": "период: {start} – {end}",
  "chart.contact.spanTitle": "{channel}: {regime}: {status}{limit}, {when}. Источник: {source}",
  "chart.contact.limitSeeTable": " (с ограничением — см. таблицу)",
  "chart.contact.statusUndated": "{status}: даты не указаны",
  "chart.contact.nothingInData": "в данных ничего нет",
  "chart.contact.phraseUndated": "{status}{limit}, даты не указаны",
  "chart.contact.phraseOngoing": "{status}{limit} (начало: {start}; {end})",
  "chart.contact.phraseFromTo": "{status}{limit} (период: {start} – {end})",
  "chart.contact.then": "; затем ",
  "chart.contact.regimePhrases": "{regime} — {phrases}",
  "chart.contact.regimeEarlier": {
    one: "{regime}: {count} более ранний период, затем {phrases}",
    few: "{regime}: {count} более ранних периода, затем {phrases}",
    many: "{regime}: {count} более ранних периодов, затем {phrases}",
    other: "{regime}: {count} более раннего периода, затем {phrases}",
  },
  "chart.contact.description":
    "Что требует Женевская конвенция и что, по сообщениям, позволяет каждая сторона, — по каналам связи. {parts}",
  "chart.contact.columnChannel": "Канал",
  "chart.contact.columnRegime": "Чьё правило или практика",
  "chart.contact.columnStatus": "Статус",
  "chart.contact.columnLimit": "Ограничение",
  "chart.contact.columnFrom": "С",
  "chart.contact.columnTo": "По",
  "chart.contact.legendRequired": "требует Конвенция (сплошная заливка)",
  "chart.contact.legendAllowed": "разрешено (сплошная заливка)",
  "chart.contact.legendRestricted": "ограничено или с условиями (редкая штриховка)",
  "chart.contact.legendBanned": "запрещено правилом или решением (густая штриховка)",
  "chart.contact.legendNoneInPractice":
    "на практике нет: по сообщениям, не происходит, правила не найдено (точки)",
  "chart.contact.legendNotReported": "не сообщается (пунктирный контур)",
  "chart.contact.nPeriods": {
    one: "{count} период",
    few: "{count} периода",
    many: "{count} периодов",
    other: "{count} периода",
  },
  "chart.contact.caption": "Правила и сообщаемая практика на графике: {rows}.",
  "chart.contact.captionMerged":
    "Правила и сообщаемая практика на графике: {periods}, объединены из таких строк: {rows} — там, где периоды с одним статусом соприкасаются (каждая строка сохраняет идентификатор и источник первой).",
  "chart.contact.empty":
    "Фильтрам этого графика не соответствует ни одно правило или сообщаемая практика.",
  "chart.abuses.byRussia": "Совершено силами России",
  "chart.abuses.byUkraine": "Совершено силами Украины",
  "chart.abuses.period": "{start} – {end}",
  "chart.abuses.shareOf": "{figure} из {denominator} ({share})",
  "chart.abuses.percentOf": "{percent} из {denominator}, количество не опубликовано",
  "chart.abuses.markTitle":
    "{date}: {what}; {victims}; кто совершил: {perpetrator}; {series}; период: {period}{more}. Источник: {source}",
  "chart.abuses.titleShare": "{measure}, доля опрошенных: {figure}",
  "chart.abuses.titleCount": "{measure} — {figure}",
  "chart.abuses.titleLatestOf": " (последнее из сообщений за месяц, всего: {count})",
  "chart.abuses.shortOhchr": "ООН (УВКПЧ)",
  "chart.abuses.shortProsecutor": "Офис Генпрокурора",
  "chart.abuses.shortOmbudsman": "Омбудсмен",
  "chart.abuses.shortHq": "Координационный штаб",
  "chart.abuses.shortSbu": "СБУ",
  "chart.abuses.shareRow": "{victims}, кто совершил: {perpetrator} · {body} · {date}",
  "chart.abuses.reportDateNotStated": "дата сообщения не указана",
  "chart.abuses.shareAxis": "доля опрошенных →",
  "chart.abuses.describeShare": "{measure}: доли опрошенных пленных.",
  "chart.abuses.describeCount":
    "{measure}: каждое число так, как его сообщили, с периодом, который оно охватывает; числа разных подсчётов не складываются.",
  "chart.abuses.describeSeries": "{series} — {items}{more}",
  "chart.abuses.describeItem": "{figure} ({victims}; дата сообщения: {date}; период: {period})",
  "chart.abuses.describeEarlier": {
    one: "; и ещё {count} более раннее число",
    few: "; и ещё {count} более ранних числа",
    many: "; и ещё {count} более ранних чисел",
    other: "; и ещё {count} более раннего числа",
  },
  "chart.abuses.describePerpetrator": "Кто совершил: {perpetrator}. {lines}.",
  "chart.abuses.columnReported": "Сообщено",
  "chart.abuses.columnPeriod": "Период",
  "chart.abuses.columnMeasure": "Показатель",
  "chart.abuses.columnVictims": "Пострадавшие",
  "chart.abuses.columnPerpetrator": "Кто совершил",
  "chart.abuses.columnCountedBy": "Кто подсчитал",
  "chart.abuses.columnVerification": "Проверка",
  "chart.abuses.legendVerified": "подтверждено мониторинговой миссией ООН (заполненный)",
  "chart.abuses.legendUnverified":
    "национальный подсчёт, заявление одной стороны, доклад НКО или СМИ (полый)",
  "chart.abuses.legendPeriod": "период, который охватывает число",
  "chart.abuses.headingShare": "{measure} (доля опрошенных)",
  "chart.abuses.undated": {
    one: "{count} строка без даты или числа приведена здесь, но не показана на графике.",
    few: "{count} строки без даты или числа приведены здесь, но не показаны на графике.",
    many: "{count} строк без даты или числа приведены здесь, но не показаны на графике.",
    other: "{count} строки без даты или числа приведены здесь, но не показаны на графике.",
  },
  "chart.abuses.aggregated":
    "Где на панели было более {count} чисел, график и эта таблица показывают последнее сообщение каждого подсчёта за месяц.",
  "chart.abuses.nMarks": {
    one: "на графике — {count} отметка",
    few: "на графике — {count} отметки",
    many: "на графике — {count} отметок",
    other: "на графике — {count} отметки",
  },
  "chart.abuses.caption": "Данные о нарушениях на графике: {rows} ({marks}). {notes}",
  "chart.abuses.empty": "Фильтрам этого графика не соответствует ни одно число о нарушениях.",
  "charts.title": "Все графики",
  "charts.description":
    "Все графики Captivity Ledger: обмены пленными, какая связь с семьями доступна пленным и задокументированные нарушения — каждый со своими источниками и данными.",
  "charts.intro":
    "Каждый график построен на опубликованных данных сайта. Под каждым можно увидеть его источники, скачать именно те строки, которые он показывает, и прочитать эти строки таблицей.",
};

// The data dictionary: titles and descriptions of datapackage.json's resources and fields.
const id = (what: string) => ({
  title: "Идентификатор",
  description: `Короткое постоянное название ${what}: строчные латинские буквы, цифры и дефисы.`,
});
const source = {
  title: "Источник",
  description: "Источник, на котором основана строка: идентификатор из sources.csv.",
};
const otherSources = {
  title: "Другие источники",
  description:
    "Дополнительные источники, подтверждающие строку: идентификаторы из sources.csv через точку с запятой.",
};
const notes = {
  title: "Примечания",
  description: "Наши замечания о сомнениях, определениях или контексте этой строки.",
};
const qualifier = (what: string) => ({
  title: what,
  description: "Точное ли это число или оно дано как «более», «около», «не менее» или «до».",
});

export const ruData: DataTranslation = {
  resources: {
    sources: {
      title: "Источники",
      description:
        "Каждый документ, на который опирается строка данных или материал: кто, когда и где его опубликовал.",
    },
    source_titles: {
      title: "Названия источников на других языках",
      description:
        "Название источника на одном из языков сайта, отличном от языка самого источника. Его перевели мы, чтобы читатель понимал, что это за документ; оригинальное название остаётся в sources.csv.",
    },
    exchanges: {
      title: "Обмены пленными",
      description:
        "Одна строка на каждый обмен пленными или на каждый этап поэтапного обмена: сколько людей получила каждая сторона, по её собственному сообщению.",
    },
    exchange_claims: {
      title: "Расходящиеся заявления об обменах",
      description:
        "Когда сторона, посредник или пресса назвали для обмена число, отличное от числа другой стороны, каждое такое заявление — отдельная строка с указанием, кто его сделал.",
    },
    totals: {
      title: "Общие итоги и заявления о числе пленных",
      description:
        "Официальные нарастающие итоги: сколько людей возвращено, сколько проведено обменов, сколько пленных удерживается; каждая строка точно говорит, что она считает, и разные показатели никогда не сводятся в одну линию.",
    },
    communication: {
      title: "Связь с семьями",
      description:
        "Что требует Третья Женевская конвенция и что, по сообщениям, каждая сторона разрешает пленным — по каждому каналу связи и во времени.",
    },
    abuses: {
      title: "Задокументированное жестокое обращение",
      description:
        "Данные о казнях, пытках, смертях в плену и другом жестоком обращении с пленными: кто считал и как; разные показатели и уровни проверки — разные ряды, и их никогда не складывают.",
    },
    corrections: {
      title: "Исправления данных",
      description:
        "Каждое исправление, изменение или удаление опубликованной строки — по одной записи на строку данных и версию: какие ячейки изменились, что в них было, что стоит теперь и почему. Из этого файла сайт строит страницу исправлений, историю записей и ленту исправлений.",
    },
    correction_texts: {
      title: "Исправления на других языках",
      description:
        "Причина каждого исправления из corrections.csv на других языках сайта, в нашем переводе, чтобы читатель украинской или русской версии видел на этом языке, почему строка изменилась.",
    },
    translations: {
      title: "Наши тексты в данных на других языках",
      description:
        "Наши переводы текстов, которые мы написали в других файлах (краткие содержания, примечания, условия правил связи, кто назвал цифру), по одной ячейке на строку, чтобы читатели украинской и русской версий читали их на своём языке. Каждая строка хранит английский текст, который переводит: когда эта ячейка меняется, перевод устаревает, и сайт показывает английский текст, пока его не переведут заново.",
    },
  },
  fields: {
    "sources.id": id("источника"),
    "sources.title": {
      title: "Название",
      description:
        "Заголовок страницы в опубликованном виде или наше описание, если заголовка мы не видели.",
    },
    "sources.title_note": {
      title: "Примечание к названию",
      description:
        "Объясняет, когда название восстановлено или описано нами, а не прочитано на странице.",
    },
    "sources.outlet": {
      title: "Издание",
      description: "Кто опубликовал страницу, которую мы читали.",
    },
    "sources.original_outlet": {
      title: "Первоисточник",
      description: "Кто подготовил материал, если страница перепечатывает работу другого издания.",
    },
    "sources.author": {
      title: "Автор",
      description:
        "Подпись автора в опубликованном виде; несколько имён разделены точкой с запятой.",
    },
    "sources.published": {
      title: "Опубликовано",
      description:
        "Дата публикации страницы — с точностью до дня, месяца или года, которую подтверждает страница.",
    },
    "sources.published_note": {
      title: "Примечание к дате",
      description: "Объясняет приблизительную или не указанную дату публикации.",
    },
    "sources.url": { title: "Адрес", description: "Веб-адрес страницы, которую мы читали." },
    "sources.language": { title: "Язык", description: "Язык страницы, двухбуквенным кодом." },
    "sources.kind": {
      title: "Тип источника",
      description:
        "Что это за документ; агрегаторы, зеркала и государственные СМИ помечены как таковые.",
    },
    "sources.seed_file": {
      title: "Файл исходного документа",
      description: "Для пяти исходных документов — имя файла нашей сохранённой копии.",
    },
    "sources.summary": {
      title: "Краткое содержание",
      description: "Что говорится в источнике из того, на что мы опираемся, нашими словами.",
    },

    "source_titles.id": {
      title: "Идентификатор",
      description:
        "Идентификатор источника и код языка через дефис (ap-2024-05-27-russian-pows-phone-calls-uk).",
    },
    "source_titles.source_id": {
      title: "Источник",
      description: "Источник, чьё название здесь приведено: идентификатор из sources.csv.",
    },
    "source_titles.language": {
      title: "Язык",
      description:
        "Язык этого названия, двухбуквенным кодом: один из языков сайта, но никогда не язык самого источника.",
    },
    "source_titles.title": {
      title: "Название",
      description: "Название источника на этом языке — наш перевод названия из sources.csv.",
    },
    "exchanges.id": {
      title: "Идентификатор",
      description: "Дата обмена, с суффиксом вроде -b для второго события в тот же день.",
    },
    "exchanges.date": {
      title: "Дата",
      description: "День обмена или месяц либо год, если день неизвестен.",
    },
    "exchanges.date_note": {
      title: "Примечание к дате",
      description: "Объясняет, как установлена дата, если источник называет её лишь косвенно.",
    },
    "exchanges.kind": {
      title: "Вид",
      description:
        "Был ли это целый обмен, один этап поэтапного обмена, сорванный обмен или возвращение тел.",
    },
    "exchanges.exchange_number": {
      title: "Номер обмена",
      description:
        "Порядковый номер, который источник даёт этому обмену (например, 50 для пятидесятого), — никогда не наш собственный подсчёт.",
    },
    "exchanges.returned_to_ukraine": {
      title: "Возвращены в Украину",
      description:
        "Сколько людей получила Украина, по сообщению Украины; для возвращения тел — число тел.",
    },
    "exchanges.returned_to_ukraine_qualifier": qualifier("Уточнение (Украина)"),
    "exchanges.ukraine_military": {
      title: "Военных возвращено в Украину",
      description: "Сколько из возвращённых в Украину были военными, если источник это указывает.",
    },
    "exchanges.ukraine_civilians": {
      title: "Гражданских возвращено в Украину",
      description:
        "Сколько из возвращённых в Украину были гражданскими, если источник это указывает.",
    },
    "exchanges.returned_to_russia": {
      title: "Возвращены в Россию",
      description:
        "Сколько людей получила Россия, по сообщению Министерства обороны России; для возвращения тел — число тел.",
    },
    "exchanges.returned_to_russia_qualifier": qualifier("Уточнение (Россия)"),
    "exchanges.russia_military": {
      title: "Военных возвращено в Россию",
      description: "Сколько из возвращённых в Россию были военными, если источник это указывает.",
    },
    "exchanges.russia_civilians": {
      title: "Гражданских возвращено в Россию",
      description:
        "Сколько из возвращённых в Россию были гражданскими, если источник это указывает.",
    },
    "exchanges.mediator": {
      title: "Посредник",
      description: "Страны, которые источник называет посредниками, через точку с запятой.",
    },
    "exchanges.source_id": source,
    "exchanges.other_source_ids": otherSources,
    "exchanges.notes": notes,

    "exchange_claims.id": id("заявления"),
    "exchange_claims.exchange_id": {
      title: "Обмен",
      description: "Обмен, о котором заявление: идентификатор из exchanges.csv.",
    },
    "exchange_claims.direction": {
      title: "Направление",
      description: "Считает ли число людей, возвращённых в Украину или в Россию.",
    },
    "exchange_claims.claimant": { title: "Кто заявил", description: "Кто сделал заявление." },
    "exchange_claims.figure": { title: "Число", description: "Заявленное число." },
    "exchange_claims.qualifier": qualifier("Уточнение"),
    "exchange_claims.source_id": source,
    "exchange_claims.notes": notes,

    "totals.id": id("итога"),
    "totals.as_of": {
      title: "По состоянию на",
      description:
        "Дата, к которой относится число, — с точностью до дня, месяца или года, которую подтверждает источник.",
    },
    "totals.measure": {
      title: "Показатель",
      description:
        "Что именно считает число; строки с разными показателями — разные ряды. Заявление о том, сколько украинцев удерживает Россия, — это «украинские военные в плену у России» или «украинские гражданские в плену у России», если заявление это уточняет, и «украинцы в плену у России», если нет.",
    },
    "totals.figure": { title: "Число", description: "Число в том виде, в каком его назвали." },
    "totals.qualifier": qualifier("Уточнение"),
    "totals.stated_by": {
      title: "Кто назвал",
      description: "Человек или ведомство, назвавшие число.",
    },
    "totals.source_id": source,
    "totals.other_source_ids": otherSources,
    "totals.notes": notes,

    "communication.id": id("правила или практики"),
    "communication.regime": {
      title: "Чьё правило",
      description:
        "Описывает ли строка Конвенцию или правило либо практику государства, удерживающего пленных.",
    },
    "communication.prisoners": {
      title: "Пленные",
      description: "К каким пленным относится правило или практика.",
    },
    "communication.channel": {
      title: "Канал",
      description: "Способ поддерживать связь или вернуться домой, о котором идёт речь в строке.",
    },
    "communication.status": {
      title: "Статус",
      description:
        "Обязателен ли канал, разрешён, ограничен или запрещён; «запрещено» значит, что его прекращает правило или решение, «на практике нет» — что источники сообщают, что этого не происходит, но правила не найдено, «не сообщается» — что ни один источник об этом не говорит. Строки Конвенции имеют статус «обязательно» или «разрешено».",
    },
    "communication.limit": {
      title: "Ограничение",
      description: "Любое ограничение или условие для канала, нашими словами.",
    },
    "communication.start": {
      title: "С",
      description: "Когда впервые сообщалось, что правило или практика действует.",
    },
    "communication.end": {
      title: "До",
      description:
        "Когда оно перестало действовать; «неприменимо» значит, что на момент последнего сообщения оно ещё действовало.",
    },
    "communication.legal_basis": {
      title: "Правовое основание",
      description: "Статья или указ, на которых основано правило.",
    },
    "communication.summary": {
      title: "Краткое содержание",
      description: "Что это за правило или практика, нашими словами.",
    },
    "communication.source_id": source,
    "communication.other_source_ids": otherSources,
    "communication.notes": notes,

    "abuses.id": id("показателя"),
    "abuses.report_date": { title: "Сообщено", description: "Когда число было опубликовано." },
    "abuses.period_start": {
      title: "Период с",
      description: "Начало периода, который охватывает число.",
    },
    "abuses.period_end": {
      title: "Период по",
      description: "Конец периода, который охватывает число.",
    },
    "abuses.reporting_body": {
      title: "Кто сообщил",
      description: "Организация, подготовившая это число.",
    },
    "abuses.verification": {
      title: "Проверка",
      description:
        "Насколько число проверено: подтверждено ООН, заявление, зафиксированное ООН, официальный национальный подсчёт, вывод НКО или СМИ либо свидетельство.",
    },
    "abuses.victims": { title: "Пострадавшие", description: "К кому относится число." },
    "abuses.perpetrator": {
      title: "Кто удерживал или причинил вред",
      description: "Государство, чьи силы или органы, по сообщениям, несут ответственность.",
    },
    "abuses.measure": {
      title: "Показатель",
      description: "Что считали; разные показатели — разные ряды.",
    },
    "abuses.figure": {
      title: "Число",
      description:
        "Число людей или случаев; для доли — число тех, кого это касается. «Не указано» — только для доли, опубликованной как процент известной группы («86% из 142»), с заполненными процентом и знаменателем.",
    },
    "abuses.figure_kind": {
      title: "Вид числа",
      description: "Точное ли число, граница или оценка либо доля известной группы.",
    },
    "abuses.denominator": {
      title: "Из",
      description: "Для доли — размер группы, от которой она посчитана.",
    },
    "abuses.percent": { title: "Процент", description: "Процент точно в опубликованном виде." },
    "abuses.summary": { title: "Краткое содержание", description: "Что считали, нашими словами." },
    "abuses.source_id": source,
    "abuses.other_source_ids": otherSources,
    "abuses.notes": notes,
    "corrections.id": {
      title: "Идентификатор",
      description:
        "Версия данных, название набора и идентификатор строки через дефис (1.2.0-communication-russia-phone-calls).",
    },
    "corrections.version": {
      title: "Версия данных",
      description:
        "Версия данных, в которой сделано изменение; для неё есть запись в CHANGELOG.md.",
    },
    "corrections.date": {
      title: "Дата",
      description: "Дата этой версии, как в её заголовке в CHANGELOG.md.",
    },
    "corrections.resource": {
      title: "Набор данных",
      description:
        "Набор, к которому относится строка, под его названием в datapackage.json (exchanges, sources…).",
    },
    "corrections.record_id": {
      title: "Строка",
      description:
        "Идентификатор исправленной строки в этом наборе; для удалённой — тот, что у неё был.",
    },
    "corrections.kind": {
      title: "Вид",
      description:
        "Что произошло со строкой, словами журнала изменений: опубликованный факт был неверен (исправлено), строку пересмотрели (изменено) или убрали (удалено).",
    },
    "corrections.fields": {
      title: "Столбцы",
      description: "Изменившиеся столбцы через точку с запятой; для удаления пусто.",
    },
    "corrections.was": {
      title: "Было",
      description:
        "Что было в изменённых ячейках, дословно, по строке на столбец («status: banned»); для удаления — ячейки всей строки.",
    },
    "corrections.now": {
      title: "Теперь",
      description: "Что стоит в тех же ячейках после изменения, в том же виде; для удаления пусто.",
    },
    "corrections.reason": {
      title: "Почему",
      description: "Что было не так или почему строка изменилась, нашими словами.",
    },
    "correction_texts.id": {
      title: "Идентификатор",
      description:
        "Идентификатор исправления и код языка через дефис (1.2.0-communication-russia-phone-calls-uk).",
    },
    "correction_texts.correction_id": {
      title: "Исправление",
      description: "Исправление, чья причина здесь приведена: идентификатор из corrections.csv.",
    },
    "correction_texts.language": {
      title: "Язык",
      description:
        "Язык этого текста, двухбуквенным кодом: один из языков сайта, кроме английского — языка corrections.csv.",
    },
    "correction_texts.reason": {
      title: "Почему",
      description: "Причина исправления на этом языке — наш перевод причины из corrections.csv.",
    },
    "translations.id": {
      title: "ID",
      description:
        "Файл, id строки, столбец и язык, соединённые косыми чертами (exchanges/2024-01-31/notes/ru).",
    },
    "translations.resource": {
      title: "Файл",
      description:
        "Файл, в котором стоит переведённая ячейка, по его названию в datapackage.json (exchanges, sources…).",
    },
    "translations.record_id": {
      title: "Строка",
      description: "Id строки, в которой стоит переведённая ячейка.",
    },
    "translations.field": {
      title: "Столбец",
      description:
        'Столбец переведённой ячейки: один из отмеченных "x-translate" в datapackage.json.',
    },
    "translations.language": {
      title: "Язык",
      description:
        "Язык перевода, двухбуквенным кодом: один из языков сайта, кроме английского, языка остальных файлов.",
    },
    "translations.english": {
      title: "По-английски",
      description:
        "Английская ячейка в том виде, в каком она была при переводе, скопированная дословно. Когда ячейка меняется, перевод устаревает и не показывается.",
    },
    "translations.text": {
      title: "Перевод",
      description:
        "Наш перевод ячейки: те же факты, цифры, оговорки и ссылки на источники, каждое число как в английском тексте.",
    },
  },
  values: {
    sources: "источники",
    exchanges: "обмены",
    exchange_claims: "заявления об обменах",
    totals: "общие итоги",
    communication: "связь с семьями",
    abuses: "жестокое обращение",
    en: "английский",
    uk: "украинский",
    ru: "русский",
    pl: "польский",
    de: "немецкий",
    fr: "французский",
    tr: "турецкий",
    ja: "японский",
    "news report": "новостной материал",
    "official statement": "официальное заявление",
    "UN report": "доклад ООН",
    "NGO report": "доклад НКО",
    "treaty text": "текст договора",
    "prosecutor or court": "прокуратура или суд",
    "aggregator or mirror": "агрегатор или зеркало",
    "state media": "государственные СМИ",
    "podcast or broadcast": "подкаст или эфир",
    exchange: "обмен",
    stage: "этап",
    aborted: "сорванный обмен",
    bodies: "возвращение тел",
    exact: "точно",
    "at least": "не менее",
    "more than": "более",
    about: "около",
    "up to": "до",
    share: "доля",
    UAE: "ОАЭ",
    Türkiye: "Турция",
    "Saudi Arabia": "Саудовская Аравия",
    US: "США",
    Vatican: "Ватикан",
    Qatar: "Катар",
    "to ukraine": "в Украину",
    "to russia": "в Россию",
    Ukraine: "Украина",
    Russia: "Россия",
    media: "СМИ",
    "returned to Ukraine, military only": "возвращены в Украину, только военные",
    "returned to Ukraine, military and civilians": "возвращены в Украину, военные и гражданские",
    "returned to Ukraine, including releases outside exchanges":
      "возвращены в Украину, включая освобождения вне обменов",
    "returned to Ukraine in the year": "возвращены в Украину за год",
    "returned to Ukraine in the stages of one exchange":
      "возвращены в Украину за этапы одного обмена",
    "exchanges held": "проведено обменов",
    "exchanged through UAE mediation": "обменяны при посредничестве ОАЭ",
    "Ukrainians held by Russia": "украинцы в плену у России",
    "Ukrainian military held by Russia": "украинские военные в плену у России",
    "Ukrainian civilians held by Russia": "украинские гражданские в плену у России",
    "Russians held by Ukraine": "россияне в плену у Украины",
    "Geneva Convention III": "Третья Женевская конвенция",
    "Ukraine (detaining)": "Украина (удерживает)",
    "Russia (detaining)": "Россия (удерживает)",
    "any POW": "любые военнопленные",
    "Russian POWs held by Ukraine": "российские военнопленные в Украине",
    "Ukrainian POWs held by Russia": "украинские военнопленные в России",
    "phone call": "телефонный звонок",
    letter: "письмо",
    "capture card": "карточка о взятии в плен",
    parcel: "посылка",
    "ICRC visit": "визит МККК",
    repatriation: "репатриация",
    required: "обязательно",
    allowed: "разрешено",
    restricted: "ограничено",
    banned: "запрещено",
    "none in practice": "на практике нет",
    "not reported": "не сообщается",
    OHCHR: "УВКПЧ ООН",
    "Prosecutor General of Ukraine": "Офис Генерального прокурора Украины",
    "Ukrainian Parliament Commissioner for Human Rights":
      "Уполномоченный Верховной Рады Украины по правам человека",
    "Coordination Headquarters": "Координационный штаб",
    "Human Rights Watch": "Human Rights Watch",
    "Security Service of Ukraine": "Служба безопасности Украины",
    "UN verified": "подтверждено ООН",
    "UN recorded allegation": "заявление, зафиксированное ООН",
    "official national count": "официальный национальный подсчёт",
    "NGO investigation": "расследование НКО",
    "media report": "сообщение СМИ",
    testimony: "свидетельство",
    "Ukrainian POWs": "украинские военнопленные",
    "Russian POWs": "российские военнопленные",
    "Ukrainian POWs' relatives": "родственники украинских военнопленных",
    "Russian POWs returned in exchanges": "российские военнопленные, возвращённые при обменах",
    "surrendering soldiers": "сдающиеся в плен военные",
    executions: "казни",
    "torture or ill-treatment reported": "сообщения о пытках или жестоком обращении",
    "deaths in captivity": "смерти в плену",
    "pressure on relatives": "давление на родственников",
    "prosecution for surrender": "преследование за сдачу в плен",
    "return to the front": "возвращение на фронт",
    interviews: "опросы",
    corrected: "исправлено",
    changed: "изменено",
    removed: "удалено",
  },
  missing: {
    "not applicable": { label: "неприменимо", meaning: "Поле не относится к этой строке." },
    "not disclosed": {
      label: "не раскрыто",
      meaning: "Число существует, но власти его не обнародовали.",
    },
    "not reported": {
      label: "не сообщается",
      meaning: "Ни один найденный нами источник этого не указывает.",
    },
    "not stated": { label: "не указано", meaning: "Документ-источник этого не говорит." },
  },
  fieldMeanings: {
    "abuses.figure:not stated": "Источник даёт только процент известной группы, а не число.",
  },
};
