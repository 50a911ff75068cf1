/**
 * Everything the site says in Ukrainian: the interface text (keys and placeholders as in
 * ./en.ts) and the data dictionary (see ../data.ts). Glossary: docs/translating.md.
 */
import type { Messages } from "./en.ts";
import type { DataTranslation } from "../data.ts";

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

  "language.name": "українською",
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

  "search.loadFailed":
    "Не вдалося завантажити пошуковий індекс. Його створюють під час збирання сайту (npm run build).",
  "search.nothing": "За запитом «{query}» нічого не знайдено.",
  "search.found": {
    one: "За запитом «{query}» знайдено {count} сторінку",
    few: "За запитом «{query}» знайдено {count} сторінки",
    many: "За запитом «{query}» знайдено {count} сторінок",
    other: "За запитом «{query}» знайдено {count} сторінки",
  },
  "search.firstShown": "; показано перші {max}",
  "search.type.Story": "Матеріал",
  "search.type.Source": "Джерело",
  "search.type.Dataset": "Набір даних",
  "search.type.Page": "Сторінка",
  "home.intro":
    "Ми фіксуємо кожен обмін полоненими між Росією та Україною, про який повідомляють відкриті джерела, правила й практику щодо того, чи можуть полонені телефонувати або писати додому, а також дані про жорстоке поводження, які оприлюднили моніторингові місії та прокурори. Біля кожної цифри сказано, що саме вона рахує і хто її порахував, і є посилання на документ, з якого вона взята. Коли сторони розходяться, на сторінці лишаються обидва числа.",
  "home.keyFigures": "Ключові цифри",
  "home.keyFiguresNote":
    "Обчислено за версією даних {version} (оновлено {date}). Це різні показники від різних установ, тож їх не додають один до одного.",
  "home.latestStories": "Останні матеріали",
  "home.allStories": "Усі матеріали",
  "home.charts": "Дані у трьох графіках",
  "home.allRows": "усі рядки",
  "home.dataRow": "рядок даних",

  "figures.source": "Джерело",
  "figures.sourceOfLatest": "Джерело про останній обмін",
  "figures.total.label": "Останній офіційний наростальний підсумок. Показник: {measure}",
  "figures.total.attribution": "Хто навів цифру: {who}; станом на {date}",
  "figures.exchanges.label": {
    one: "обмін записано в наших даних{stages}; період: {first} – {last}",
    few: "обміни записано в наших даних{stages}; період: {first} – {last}",
    many: "обмінів записано в наших даних{stages}; період: {first} – {last}",
    other: "обміну записано в наших даних{stages}; період: {first} – {last}",
  },
  "figures.exchanges.stages": {
    one: ", а також {count} етап поетапних обмінів{withheld}",
    few: ", а також {count} етапи поетапних обмінів{withheld}",
    many: ", а також {count} етапів поетапних обмінів{withheld}",
    other: ", а також {count} етапу поетапних обмінів{withheld}",
  },
  "figures.exchanges.withheld": " (для {count} з них цифри не оприлюднено)",
  "figures.exchanges.detail":
    "Це наш підрахунок за рядками таблиці обмінів, а не офіційна цифра; що до нього не ввійшло, пояснює методологія.",
  "figures.exchanges.attribution": "Останній обмін: {date}",
  "figures.executions.label": {
    one: "страта {victims}, скоєна {forces}{period}: {verification}",
    few: "страти {victims}, скоєні {forces}{period}: {verification}",
    many: "страт {victims}, скоєних {forces}{period}: {verification}",
    other: "страти {victims}, скоєної {forces}{period}: {verification}",
  },
  "figures.victims.Ukrainian POWs": "українських військовополонених",
  "figures.victims.Russian POWs": "російських військовополонених",
  "figures.victims.Ukrainian POWs' relatives": "родичів українських військовополонених",
  "figures.victims.Russian POWs returned in exchanges":
    "російських військовополонених, повернених під час обмінів",
  "figures.victims.surrendering soldiers": "військових, які здавалися в полон",
  "figures.forces.Russia": "російськими військовими",
  "figures.forces.Ukraine": "українськими військовими",
  "figures.period.in": " ({date})",
  "figures.period.span": " ({start} – {end})",
  "figures.period.upTo": " (кінець періоду: {end})",
  "figures.verification.UN verified": "верифіковано ООН за її власним стандартом",
  "figures.verification.UN recorded allegation": "заяви, зафіксовані ООН",
  "figures.verification.official national count": "офіційний національний підрахунок",
  "figures.abuse.attribution": "Хто повідомив: {body}; дата: {date}",
  "figures.shareOf": "{figure} з {denominator}",

  "stories.title": "Матеріали",
  "stories.description":
    "Матеріали про військовополонених у війні Росії проти України; кожна цифра пов'язана з даними та джерелами.",
  "stories.none": "Матеріалів ще не опубліковано. Сторінки з даними нижче вже повні.",
  "topic.exchanges": "обміни",
  "topic.contact with families": "зв'язок із родинами",
  "topic.abuses": "жорстоке поводження",
  "topic.returned prisoners": "повернені з полону",
  "topic.surrender": "здача в полон",
  "topic.law": "право",
  "stories.topics": "Теми",
  "stories.draft": "Чернетка (не опубліковано)",
  "stories.inEnglish": "Англійською",

  "story.by": "Текст: {byline}",
  "story.published": "Опубліковано {date}",
  "story.updated": "Оновлено {date}",
  "story.contentNote": "Попередження про зміст",
  "story.sources": "Джерела",
  "story.alsoConsulted": "Також використано",
  "story.chartSources": "Джерела даних графіків",
  "story.corrections": "Виправлення",
  "story.correctionWhy": "Причина:",
  "story.translationOf": "Переклад з англійського оригіналу (зроблено {date}).",
  "story.translationOutdated":
    "Англійський оригінал змінився після того, як було зроблено цей переклад ({date}); ця версія може бути застарілою.",
  "story.ourTranslation": "наш переклад",
  "story.quotesTranslated": "Цитати з іншомовних джерел подано в нашому перекладі.",
  "story.quotedBy": "{person}; слова наводить {outlet}",
  "story.sourceNote": "Джерело {n}: {outlet}",
  "story.sourceNoteBare": "Джерело {n}",
  "story.reportingBy": "за матеріалами {outlet}",
  "story.dateNotStated": "дату не вказано",
  "story.titleInLanguage": "Назва українською: {title}",
  "story.availableIn": "Іншими мовами: ",
  "callout.context": "Контекст",
  "callout.methodology": "Як рахували ці цифри",
  "source.aggregator": "Агрегатор або дзеркало: копія чужого матеріалу; зважайте на це",
  "source.stateMedia":
    "Державні медіа: говорять від імені уряду; використано лише для заяв цієї сторони про себе",

  "sources.title": "Джерела",
  "sources.description":
    "Усі документи, на які спираються дані й матеріали сайту, згруповані за типом.",
  "sources.intro":
    "Кожна цифра на цьому сайті походить із рядка даних, а кожен рядок називає документ, з якого її взято. Ось ці документи, усього {count}. На сторінці кожного сказано, що це за документ і які факти з нього взято.",
  "sources.kind.news report": "Новинні матеріали",
  "sources.kind.official statement": "Офіційні заяви",
  "sources.kind.UN report": "Доповіді ООН",
  "sources.kind.NGO report": "Звіти НУО",
  "sources.kind.prosecutor or court": "Прокуратура й суди",
  "sources.kind.treaty text": "Тексти договорів",
  "sources.kind.podcast or broadcast": "Подкасти й ефіри",
  "sources.kind.aggregator or mirror": "Агрегатори й дзеркала",
  "sources.kind.state media": "Державні медіа",
  "source.pageTitle": "Джерело: {outlet}, {date}",
  "source.pageTitleOutlet": "Джерело: {outlet}",
  "source.pageDescription":
    "Що це за документ, які факти наші дані з нього беруть і які матеріали на нього посилаються.",
  "source.publishedBy": "Хто опублікував",
  "source.originalReporting": "Першоджерело",
  "source.author": "Автор",
  "source.date": "Дата",
  "source.address": "Адреса",
  "source.language": "Мова",
  "source.summary": "Короткий зміст",
  "source.facts": "Які факти з нього взято",
  "source.noRows": "Жоден рядок даних не спирається на це джерело.",
  "source.corroborating": "(додаткове джерело, що підтверджує цей рядок)",
  "source.rows.exchanges": "Обміни полоненими",
  "source.rows.exchange_claims": "Розбіжні заяви про обміни",
  "source.rows.totals": "Офіційні підсумки",
  "source.rows.communication": "Правила й практика зв'язку з родинами",
  "source.rows.abuses": "Задокументоване жорстоке поводження",
  "source.stories": "Матеріали, що посилаються на це джерело",
  "source.noStories": "Поки що жоден матеріал не посилається на це джерело.",

  "facts.exchange":
    "{date}: обмін{number}; повернуто в Україну: {ua} (за повідомленням України); повернуто до Росії: {ru} (за повідомленням Росії); {mediator}.",
  "facts.stage":
    "{date}: етап поетапного обміну{number}; повернуто в Україну: {ua} (за повідомленням України); повернуто до Росії: {ru} (за повідомленням Росії); {mediator}.",
  "facts.aborted": "{date}: обмін, який не відбувся{number}.",
  "facts.bodies": "{date}: повернення тіл{number}.",
  "facts.number": " (обмін № {number})",
  "facts.mediatedBy": "посередництво: {mediators}",
  "facts.mediatorMissing": "посередник: {reason}",
  "facts.claim":
    "Обмін {exchange}: інша заява про кількість повернених {direction} — {figure} (хто заявив: {claimant}).",
  "facts.toUkraine": "в Україну",
  "facts.toRussia": "до Росії",
  "facts.total": "Станом на {date}: {figure}, {measure} (хто навів цифру: {who}).",
  "facts.communication": "{regime}; {prisoners}; {channel}: {status} (початок: {start}).{limit}",
  "facts.limit": " Обмеження: {limit}.",
  "facts.abuse": "{body} ({verification}); {period}; {measure}: {figure}.",
  "facts.period": "період: {start} – {end}",
  "facts.periodOne": "період: {date}",

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
  "corrections.title": "Виправлення",
  "corrections.description":
    "Усі виправлення в матеріалах і даних Captivity Ledger з датами: що змінилося й чому.",
  "corrections.dek":
    "Коли ми помиляємося, ми виправляємо помилку й повідомляємо про це тут: що було не так, що написано тепер і чому.",
  "corrections.dataNote":
    "Кожну зміну опублікованого рядка даних наведено в розділі «Дані» — за журналом виправлень, що входить до самих даних; на сторінці кожного запису видно всю його історію.",
  "corrections.report":
    "Знайшли помилку або вас названо в матеріалі й ви хочете відповісти? Пишіть нам на",
  "corrections.feed": "Стежити за виправленнями через RSS",
  "corrections.feedTitle": "{site}: виправлення",
  "corrections.stories": "Матеріали й сторінки",
  "corrections.storiesNone": "Виправлень у матеріалах і на сторінках поки не було.",
  "corrections.story": "матеріал",
  "corrections.dataset": "набір даних",
  "corrections.row": "рядок",
  "corrections.data": "Дані",
  "corrections.policy": "Наше правило",
  "corrections.policyText":
    "Опубліковане число, дату чи ім'я ми ніколи не змінюємо мовчки. Кожне виправлення наведено тут: що було не так, що написано тепер і чому; зміна в даних до того ж отримує нову версію даних і запис у журналі змін.",
  "corrections.inEnglish": "(англійською)",
  "correction.none": "Виправлень у даних поки не було.",
  "correction.version": "версія даних {version}",
  "correction.kind.corrected": "Виправлено",
  "correction.kind.changed": "Змінено",
  "correction.kind.removed": "Вилучено",
  "correction.columns": "Стовпці",
  "correction.was": "Було",
  "correction.now": "Тепер",
  "correction.why": "Чому",
  "data.noChanges": "Змін поки не записано.",
  "data.schema": "схема: Frictionless Data Package",

  "data.title": "Дані",
  "data.indexDescription": {
    one: "{count} набір даних, на якому ґрунтується кожна цифра на сайті {site}: обміни, розбіжні заяви, загальні підсумки, правила зв'язку з родинами та дані про жорстоке поводження — разом із джерелами. Версія {version}.",
    few: "{count} набори даних, на яких ґрунтується кожна цифра на сайті {site}: обміни, розбіжні заяви, загальні підсумки, правила зв'язку з родинами та дані про жорстоке поводження — разом із джерелами. Версія {version}.",
    many: "{count} наборів даних, на яких ґрунтується кожна цифра на сайті {site}: обміни, розбіжні заяви, загальні підсумки, правила зв'язку з родинами та дані про жорстоке поводження — разом із джерелами. Версія {version}.",
    other:
      "{count} набору даних, на яких ґрунтується кожна цифра на сайті {site}: обміни, розбіжні заяви, загальні підсумки, правила зв'язку з родинами та дані про жорстоке поводження — разом із джерелами. Версія {version}.",
  },
  "data.indexDek":
    "Кожна цифра на цьому сайті взята з однієї з цих таблиць, а кожен рядок називає документ, з якого він походить. Завантажуйте їх, перевіряйте, використовуйте повторно.",
  "data.version": "Версія",
  "data.lastUpdated": "Останнє оновлення",
  "data.datasets": "Набори даних",
  "data.tablesCaption": "Таблиці у версії даних {version}",
  "data.dataset": "Набір даних",
  "data.rowsHeading": "Рядки",
  "data.downloadEverything": "Завантажити все",
  "data.howToCite": "Як цитувати",
  "data.methodologyLink":
    "Як ми збираємо дані і що саме рахує кожен показник, пояснено в [методології].",
  "data.correctionsLink": "Помилки, які ми виправили, перелічено на сторінці [виправлень].",
  "data.inEnglish": "(англійською)",
  "data.ourTranslation": "(наш переклад з англійської)",
  "data.citeDataset":
    "{site}. «{title}», у пакеті даних {package}, версія {version} ({date}). {url}",
  "data.citePackage": "{site}. {package}, версія {version} ({date}). {url}",
  "data.citeRecord":
    "{site}. «{title}», запис {id}, у пакеті даних {package}, версія {version} ({date}). {url}",

  "dataset.title": "{title}: набір даних",
  "dataset.description": "{description} {rows}, версія даних {version}.",
  "dataset.file": "Файл",
  "dataset.rowIdentifier": "Ідентифікатор рядка",
  "dataset.dataVersion": "Версія даних",
  "dataset.sourcePages": "Кожне джерело має й власну сторінку: див. [список джерел].",
  "dataset.download": "Завантажити",
  "dataset.rowsIntro":
    "Кожен рядок має власну сторінку за адресою, яка не змінюється від версії до версії даних: усі поля простими словами, джерела рядка, його історія і те, як його цитувати.",
  "dataset.rowsIntroTranslations":
    "Переклад не має власної сторінки: кожен рядок веде на сторінку рядка, який він перекладає, і там переклад показано його мовою.",
  "dataset.removedRows": "Вилучені рядки",
  "dataset.removedUnavailable":
    "Історія цього набору даних недоступна в цій копії сайту ({reason}), тож рядки, вилучені в попередніх версіях, тут не перелічено. Їх називає журнал змін нижче.",
  "dataset.noneRemoved": "З цього набору даних не вилучено жодного рядка.",
  "dataset.removedIn": "вилучено у версії {version} ({date})",
  "dataset.dictionary": "Словник даних",
  "dataset.dictionaryIntro":
    "Усі стовпці файлу {file}; цей опис згенеровано зі схеми пакета. Відсутнє число ніколи не записують як нуль: замість нього в клітинці вказано причину.",
  "dataset.dictionaryMethodology": "Що означає кожна причина, пояснено в [методології].",
  "dataset.columnsOf": "Стовпці файлу {file}",
  "dataset.nameTheVersion":
    "Будь ласка, зазначайте версію: цифри змінюються, коли джерела виправляють, а журнал змін пояснює, як саме.",
  "dataset.corrections": "Виправлення в цьому наборі даних",
  "dataset.noCorrections": "Поки що жодних. Усі виправлення перелічено на [сторінці виправлень].",
  "dataset.correctionRow": "рядок {row}",
  "dataset.correctionVersion": "версія {version}",
  "dataset.changelog": "Журнал змін пакета даних",

  "rows.title": "{title}: рядки, сторінка {page}",
  "rows.description":
    "Сторінка {page} рядків файлу {file}; кожен рядок веде на власну сторінку запису.",
  "rows.none": "У файлі {file} немає рядків",
  "rows.caption": "Рядки {first}–{last} із {total} у файлі {file}",
  "rows.pages": "Сторінки рядків файлу {file}",
  "rows.page": "Сторінка {page}",

  "record.title": "Запис",
  "record.removedTitle": "Вилучений запис",
  "record.removedNotice": "Цей рядок вилучено з даних {date} у версії {version}.",
  "record.removedLast":
    "Нижче — його остання версія ({version}), збережена, щоб давніші посилання й далі кудись вели.",
  "record.why": "Причина:",
  "record.fields": "Поля",
  "record.fieldsLabel": "Поля запису {id}",
  "record.fieldsCaption": "Усі стовпці цього рядка у файлі {file}, версія даних {version}",
  "record.field": "Поле",
  "record.value": "Значення",
  "record.sources": "Джерела",
  "record.noSources": "Цей рядок не називає жодного джерела.",
  "record.mainSource": "основне джерело",
  "record.otherSource": "додаткове джерело",
  "record.shown": "Де сайт показує цей рядок",
  "record.notShown": "Жоден графік, матеріал чи ключова цифра не показує цей рядок окремо.",
  "record.chart": "Графік:",
  "record.story": "Матеріал:",
  "record.storyKeyFigure": "(ключова цифра, взята з цього рядка)",
  "record.keyFigure": "Ключова цифра на [головній сторінці]",
  "record.history": "Історія",
  "record.historyUnavailable":
    "Історія цього рядка недоступна в цій копії сайту ({reason}). Усі версії даних перелічено в [журналі змін].",
  "record.noVersion": "Цього рядка ще немає в жодній опублікованій версії даних.",
  "record.added": "Додано у версії {version}",
  "record.changed": "Змінено у версії {version}",
  "record.removed": "Вилучено у версії {version}",
  "record.noColumn": "(такого стовпця не було)",
  "record.empty": "(порожньо)",
  "record.cite": "Як цитувати цей запис",
  "record.citeNote":
    "Адреса не змінюється від версії до версії даних; зазначайте версію, бо рядок згодом можуть виправити, а його історія вище покаже, як саме.",
  "record.csv": "Цей рядок у форматі CSV",
  "record.json": "Цей рядок у форматі JSON",
  "record.jsonNote":
    "Кожна клітинка точно так, як її записано у файлі, включно з причинами відсутніх значень.",
  "record.summary": "{dataset}, запис {id}. {facts}.",
  "record.summaryBare": "Рядок {id} файлу {file}.",
  "record.summaryRemoved": "Рядок {id} файлу {file}, вилучений з даних у версії {version}.",

  "cell.noneGiven": "не заповнено",
  "cell.shareOf": "{figure} із {denominator}",
  "cell.dayUnknown": "{date} (день невідомий)",
  "cell.yearOnly": "{date} (відомий лише рік)",

  "dictionary.required": "обов'язкове: ніколи не порожнє",
  "dictionary.optional": "необов'язкове: може бути порожнім",
  "dictionary.any": "будь-яке значення типу «{type}»",
  "dictionary.references": "значення {field} з набору {dataset}",
  "dictionary.alwaysGiven": "завжди заповнено",
  "dictionary.leftBlank": "залишають порожнім",
  "dictionary.type.integer": "ціле число",
  "dictionary.type.number": "число",
  "dictionary.type.list": "список (елементи розділено знаком «{delimiter}»)",
  "dictionary.type.date": "дата (РРРР-ММ-ДД)",
  "dictionary.type.partialDate": "дата (рік, рік і місяць або повна дата)",
  "dictionary.type.uri": "вебадреса",
  "dictionary.type.text": "текст",
  "dictionary.rule.key": "унікальний ідентифікатор рядка",
  "dictionary.rule.unique": "унікальне у файлі",
  "dictionary.rule.range": "від {min} до {max}",
  "dictionary.rule.min": "{min} або більше",
  "dictionary.rule.max": "{max} або менше",
  "dictionary.rule.slug": "малі латинські літери й цифри, з'єднані дефісами (напр. ap-2024-05-27)",
  "dictionary.rule.pattern": "має відповідати шаблону {pattern}",
  "dictionary.side.ukraine": "сторона України",
  "dictionary.side.russia": "сторона Росії",
  "dictionary.side.none": "обидві сторони або жодна",
  "dictionary.counts": "одиниця підрахунку — {unit}",
  "dictionary.claim": "заява, яку ніколи не поєднують із числами інших установ",
  "dictionary.unit.people": "люди",
  "dictionary.unit.exchanges": "обміни",
  "dictionary.seeMethodology": "Див. методологію.",

  "downloads.bytes": {
    one: "{count} байт",
    few: "{count} байти",
    many: "{count} байтів",
    other: "{count} байта",
  },
  "downloads.kb": "{size} КБ",
  "downloads.csv": "(CSV у кодуванні UTF-8{size})",
  "downloads.package": "Увесь пакет даних",
  "downloads.packageNote": "(ZIP: усі CSV-файли, схема і журнал змін)",

  "changelog.heading": "Версія {version}, {date}",
  "changelog.inEnglish": "Журнал змін ведемо англійською.",

  "history.why.off": "історію вимкнено для цього збирання сайту (CAPTIVITY_HISTORY=off)",
  "history.why.notGit": "тека з даними не є частиною git-репозиторію (завантажена копія чи архів)",
  "history.why.shallow":
    "git-копія неповна (shallow): потрібна вся історія (git fetch --unshallow)",
  "history.why.noCommits": "жоден коміт ще не змінював теку з даними",
  "history.why.noPackage": "жоден коміт не містить придатного до читання data/datapackage.json",

  "chart.showTable": "Показати дані таблицею",
  "chart.sources": "Джерела",
  "chart.downloadCsv": "Завантажити дані графіка (CSV)",

  // Charts (src/lib/charts/, src/components/charts/): shared words, then one group per chart.
  "chart.download": "Завантажити дані (CSV)",
  "chart.downloadRows": {
    one: "({count} рядок, {file})",
    few: "({count} рядки, {file})",
    many: "({count} рядків, {file})",
    other: "({count} рядка, {file})",
  },
  "chart.legendLabel": "Умовні позначення",
  "chart.source": "Джерело: ",
  "chart.sourcesInline": "Джерела: ",
  "chart.sourcesSummary": "Джерела: документів — {count}; видання: {outlets}",
  "chart.outletsMore": "{outlets} та ще видань: {count}",
  "chart.exchanges.title": "Хто повернувся додому під час кожного обміну полоненими",
  "chart.exchanges.subtitle":
    "Люди, повернуті в Україну (над лінією) і до Росії (під нею) під час кожного обміну, за оголошеними даними, та офіційні наростальні підсумки",
  "chart.contact.title": "Дзвінки, листи й візити: правила і практика",
  "chart.contact.subtitle":
    "Чого вимагає Третя Женевська конвенція і що, за повідомленнями, кожна сторона дозволяє полоненим, яких утримує, — за кожним каналом зв’язку в часі",
  "chart.abuses.title": "Задокументовані порушення щодо військовополонених",
  "chart.abuses.subtitle":
    "Числа за тим, хто і як їх підрахував: випадки, верифіковані ООН, національні підрахунки та частки опитаних — ніколи не додаються між собою",
  "chart.column.date": "Дата",
  "chart.column.what": "Що",
  "chart.column.figure": "Число",
  "chart.column.statedBy": "Хто повідомив",
  "chart.column.source": "Джерело",
  "chart.exchanges.headingEach": "Люди, повернуті під час кожного обміну",
  "chart.exchanges.headingTotals": "Офіційні наростальні підсумки",
  "chart.exchanges.headingCount": "{measures}: офіційний підрахунок",
  "chart.exchanges.axis": "↑ повернуто в Україну · до Росії ↓",
  "chart.exchanges.axisShort": "↑ в Україну · до Росії ↓",
  "chart.exchanges.legendAnnounced": "число, оголошене урядом сторони, що приймає",
  "chart.exchanges.legendClaim": "інше число від протилежної сторони",
  "chart.exchanges.legendUndisclosed": "не розголошено (на лінії; це не нуль)",
  "chart.exchanges.legendNotReported": "не повідомлено в жодному знайденому джерелі",
  "chart.exchanges.legendTotalExact": "наростальний підсумок, як його подано (точне число)",
  "chart.exchanges.legendTotalApprox": "наростальний підсумок, поданий як «понад» або «близько»",
  "chart.exchanges.noneInPeriod": "За цей період обмінів немає.",
  "chart.exchanges.nExchanges": {
    one: "{count} обмін",
    few: "{count} обміни",
    many: "{count} обмінів",
    other: "{count} обміну",
  },
  "chart.exchanges.nStages": {
    one: "{count} етап",
    few: "{count} етапи",
    many: "{count} етапів",
    other: "{count} етапу",
  },
  "chart.exchanges.eventsWithStages": "{exchanges} та {stages} поетапних обмінів",
  "chart.exchanges.showsIn": "{month}: на графіку {events}.",
  "chart.exchanges.showsFromTo": "Період {start} – {end}: на графіку {events}.",
  "chart.exchanges.announcedUkraine":
    "За оголошеннями України, в {known} з них в Україну повернуто людей: {total}{approximate}{gaps}.",
  "chart.exchanges.announcedRussia":
    "За оголошеннями Міністерства оборони Росії, в {known} з них до Росії повернуто людей: {total}{approximate}{gaps}.",
  "chart.exchanges.approximate": " (деякі числа приблизні)",
  "chart.exchanges.gapsBoth":
    "; для {undisclosed} число не розголошено, а для {unreported} — не повідомлено",
  "chart.exchanges.gapsUndisclosed": "; для {undisclosed} число не розголошено",
  "chart.exchanges.gapsUnreported": "; для {unreported} число не повідомлено",
  "chart.exchanges.claimToUkraine": "{date}: {who} — {figure} повернуто в Україну",
  "chart.exchanges.claimToRussia": "{date}: {who} — {figure} повернуто до Росії",
  "chart.exchanges.claims": {
    one: "Для {count} обміну інша сторона оголосила інше число: {list}{more}.",
    few: "Для {count} обмінів інша сторона оголосила інше число: {list}{more}.",
    many: "Для {count} обмінів інша сторона оголосила інше число: {list}{more}.",
    other: "Для {count} обміну інша сторона оголосила інше число: {list}{more}.",
  },
  "chart.exchanges.moreClaims": {
    one: "; і ще {count} заява (див. таблицю)",
    few: "; і ще {count} заяви (див. таблицю)",
    many: "; і ще {count} заяв (див. таблицю)",
    other: "; і ще {count} заяви (див. таблицю)",
  },
  "chart.exchanges.totalsDescription":
    "Офіційні наростальні підсумки, по лінії на кожен показник, ніколи не додаються між собою. {lines}.",
  "chart.exchanges.totalOnce": "{measure}: {figure} станом на {when} ({who})",
  "chart.exchanges.totalFromTo":
    "{measure}: від {first} станом на {firstWhen} до {last} станом на {lastWhen}, {statements}",
  "chart.exchanges.nStatements": {
    one: "{count} заява",
    few: "{count} заяви",
    many: "{count} заяв",
    other: "{count} заяви",
  },
  "chart.exchanges.returnedToUkraine": "повернуто в Україну",
  "chart.exchanges.returnedToRussia": "повернуто до Росії",
  "chart.exchanges.returnedToUkraineClaim": "повернуто в Україну (інше число)",
  "chart.exchanges.returnedToRussiaClaim": "повернуто до Росії (інше число)",
  "chart.exchanges.runningTotal": "наростальний підсумок: {measure}",
  "chart.exchanges.caption":
    "Числа на графіку: {figures} і {totals}. {aggregated}Зірвані обміни та повернення тіл не враховано.",
  "chart.exchanges.nMonthlyFigures": {
    one: "{count} місячне число",
    few: "{count} місячні числа",
    many: "{count} місячних чисел",
    other: "{count} місячного числа",
  },
  "chart.exchanges.nExchangeFigures": {
    one: "{count} число обміну",
    few: "{count} числа обмінів",
    many: "{count} чисел обмінів",
    other: "{count} числа обмінів",
  },
  "chart.exchanges.nOfficialTotals": {
    one: "{count} офіційний підсумок",
    few: "{count} офіційні підсумки",
    many: "{count} офіційних підсумків",
    other: "{count} офіційного підсумку",
  },
  "chart.exchanges.captionAggregated":
    "Чисел {count}, тож графік додає їх за місяцями й сторонами; нерозголошені числа рахуються окремо й ніколи не додаються. ",
  "chart.exchanges.empty": "У межах дат цього графіка немає ні обмінів, ні офіційних підсумків.",
  "chart.exchanges.pointTitle": "{date}: {direction}{many}: {what}. Джерело: {source}",
  "chart.exchanges.titleToUkraine": "повернуто в Україну",
  "chart.exchanges.titleToRussia": "повернуто до Росії",
  "chart.exchanges.titleRows": {
    one: " ({count} обмін)",
    few: " ({count} обміни)",
    many: " ({count} обмінів)",
    other: " ({count} обміну)",
  },
  "chart.exchanges.titleMissing": "число: {reason}",
  "chart.exchanges.titleClaimed": "{figure}, за заявою: {who}",
  "chart.exchanges.titleAnnounced": "{figure}, за оголошенням: {who}",
  "chart.exchanges.totalTitle": "{date}: {measure}: {figure} (повідомив: {who}). Джерело: {source}",
  "chart.exchanges.facetLabel": "{measure}: останнє — {figure} ({date})",
  "chart.exchanges.monthlySum": "{who} (сума за місяць)",
  "chart.exchanges.ukraine": "Україна",
  "chart.exchanges.russiaMoD": "Міністерство оборони Росії",
  "chart.exchanges.seeTable": "див. таблицю",
  "chart.exchanges.severalSources": "кілька джерел, показано перше",
  "chart.exchanges.noteFor": "{range}: {ua} в обмін на {ru}",
  "chart.exchanges.noteToUkraine": "{range}: {count} повернуто в Україну",
  "chart.exchanges.noteToRussia": "{range}: {count} повернуто до Росії",
  "chart.exchanges.noteNotDisclosed": "{range}: числа не розголошено",
  "chart.exchanges.noteOverDays": {
    one: "{note} за {count} день",
    few: "{note} за {count} дні",
    many: "{note} за {count} днів",
    other: "{note} за {count} дня",
  },
  "chart.exchanges.noteStagesNotDisclosed": {
    one: "{range}: {count} етап, числа не розголошено",
    few: "{range}: {count} етапи, числа не розголошено",
    many: "{range}: {count} етапів, числа не розголошено",
    other: "{range}: {count} етапу, числа не розголошено",
  },
  "chart.contact.heading": "За кожним каналом зв’язку",
  "chart.contact.regimeConvention": "Конвенція",
  "chart.contact.regimeUkraine": "Утримує Україна",
  "chart.contact.regimeRussia": "Утримує Росія",
  "chart.contact.regimeConventionLong": "Женевська конвенція",
  "chart.contact.regimeUkraineLong": "Україна (щодо російських полонених, яких утримує)",
  "chart.contact.regimeRussiaLong": "Росія (щодо українських полонених, яких утримує)",
  "chart.contact.noneInPracticeWords":
    "на практиці немає (за повідомленнями, не відбувається; правила не знайдено)",
  "chart.contact.noneShort": "немає",
  "chart.contact.stillTheCase": "так і було на час останнього повідомлення",
  "chart.contact.stillInForce": "чинне на час останнього повідомлення",
  "chart.contact.datesNotStated": "дати не вказано",
  "chart.contact.since": "початок: {start}",
  "chart.contact.fromOngoing": "початок: {start}; {end}",
  "chart.contact.fromTo": "період: {start} – {end}",
  "chart.contact.spanTitle": "{channel}: {regime}: {status}{limit}, {when}. Джерело: {source}",
  "chart.contact.limitSeeTable": " (з обмеженням — див. таблицю)",
  "chart.contact.statusUndated": "{status}: дати не вказано",
  "chart.contact.nothingInData": "у даних нічого немає",
  "chart.contact.phraseUndated": "{status}{limit}, дати не вказано",
  "chart.contact.phraseOngoing": "{status}{limit} (початок: {start}; {end})",
  "chart.contact.phraseFromTo": "{status}{limit} (період: {start} – {end})",
  "chart.contact.then": "; потім ",
  "chart.contact.regimePhrases": "{regime} — {phrases}",
  "chart.contact.regimeEarlier": {
    one: "{regime}: {count} ранніший період, потім {phrases}",
    few: "{regime}: {count} ранніші періоди, потім {phrases}",
    many: "{regime}: {count} ранніших періодів, потім {phrases}",
    other: "{regime}: {count} ранішого періоду, потім {phrases}",
  },
  "chart.contact.description":
    "Чого вимагає Женевська конвенція і що, за повідомленнями, дозволяє кожна сторона, — за каналами зв’язку. {parts}",
  "chart.contact.columnChannel": "Канал",
  "chart.contact.columnRegime": "Чиє правило чи практика",
  "chart.contact.columnStatus": "Статус",
  "chart.contact.columnLimit": "Обмеження",
  "chart.contact.columnFrom": "Від",
  "chart.contact.columnTo": "До",
  "chart.contact.legendRequired": "вимагає Конвенція (суцільна заливка)",
  "chart.contact.legendAllowed": "дозволено (суцільна заливка)",
  "chart.contact.legendRestricted": "обмежено або з умовами (рідке штрихування)",
  "chart.contact.legendBanned": "заборонено правилом чи рішенням (густе штрихування)",
  "chart.contact.legendNoneInPractice":
    "на практиці немає: за повідомленнями, не відбувається, правила не знайдено (крапки)",
  "chart.contact.legendNotReported": "не повідомлено (пунктирний контур)",
  "chart.contact.nPeriods": {
    one: "{count} період",
    few: "{count} періоди",
    many: "{count} періодів",
    other: "{count} періоду",
  },
  "chart.contact.caption": "Правила й повідомлена практика на графіку: {rows}.",
  "chart.contact.captionMerged":
    "Правила й повідомлена практика на графіку: {periods}, об’єднані з таких рядків: {rows} — там, де періоди з одним статусом стикуються (кожен рядок зберігає ідентифікатор і джерело першого).",
  "chart.contact.empty":
    "Фільтрам цього графіка не відповідає жодне правило чи повідомлена практика.",
  "chart.abuses.byRussia": "Скоєно силами Росії",
  "chart.abuses.byUkraine": "Скоєно силами України",
  "chart.abuses.period": "{start} – {end}",
  "chart.abuses.shareOf": "{figure} із {denominator} ({share})",
  "chart.abuses.percentOf": "{percent} із {denominator}, кількість не опубліковано",
  "chart.abuses.markTitle":
    "{date}: {what}; {victims}; хто вчинив: {perpetrator}; {series}; період: {period}{more}. Джерело: {source}",
  "chart.abuses.titleShare": "{measure}, частка опитаних: {figure}",
  "chart.abuses.titleCount": "{measure} — {figure}",
  "chart.abuses.titleLatestOf": " (останнє з повідомлень за місяць, усього: {count})",
  "chart.abuses.shortOhchr": "ООН (УВКПЛ)",
  "chart.abuses.shortProsecutor": "Офіс Генпрокурора",
  "chart.abuses.shortOmbudsman": "Омбудсман",
  "chart.abuses.shortHq": "Координаційний штаб",
  "chart.abuses.shortSbu": "СБУ",
  "chart.abuses.shareRow": "{victims}, хто вчинив: {perpetrator} · {body} · {date}",
  "chart.abuses.reportDateNotStated": "дату повідомлення не вказано",
  "chart.abuses.shareAxis": "частка опитаних →",
  "chart.abuses.describeShare": "{measure}: частки опитаних полонених.",
  "chart.abuses.describeCount":
    "{measure}: кожне число так, як його повідомлено, з періодом, який воно охоплює; числа різних лічильників не додаються.",
  "chart.abuses.describeSeries": "{series} — {items}{more}",
  "chart.abuses.describeItem": "{figure} ({victims}; дата повідомлення: {date}; період: {period})",
  "chart.abuses.describeEarlier": {
    one: "; і ще {count} раніше число",
    few: "; і ще {count} раніші числа",
    many: "; і ще {count} раніших чисел",
    other: "; і ще {count} ранішого числа",
  },
  "chart.abuses.describePerpetrator": "Хто вчинив: {perpetrator}. {lines}.",
  "chart.abuses.columnReported": "Повідомлено",
  "chart.abuses.columnPeriod": "Період",
  "chart.abuses.columnMeasure": "Показник",
  "chart.abuses.columnVictims": "Постраждалі",
  "chart.abuses.columnPerpetrator": "Хто вчинив",
  "chart.abuses.columnCountedBy": "Хто підрахував",
  "chart.abuses.columnVerification": "Перевірка",
  "chart.abuses.legendVerified": "верифіковано моніторинговою місією ООН (заповнене)",
  "chart.abuses.legendUnverified":
    "національний підрахунок, заява однієї сторони, звіт НУО чи ЗМІ (порожнисте)",
  "chart.abuses.legendPeriod": "період, який охоплює число",
  "chart.abuses.headingShare": "{measure} (частка опитаних)",
  "chart.abuses.undated": {
    one: "{count} рядок без дати чи числа наведено тут, але не показано на графіку.",
    few: "{count} рядки без дати чи числа наведено тут, але не показано на графіку.",
    many: "{count} рядків без дати чи числа наведено тут, але не показано на графіку.",
    other: "{count} рядка без дати чи числа наведено тут, але не показано на графіку.",
  },
  "chart.abuses.aggregated":
    "Де на панелі було понад {count} чисел, графік і ця таблиця показують останнє повідомлення кожного лічильника за місяць.",
  "chart.abuses.nMarks": {
    one: "на графіку — {count} позначка",
    few: "на графіку — {count} позначки",
    many: "на графіку — {count} позначок",
    other: "на графіку — {count} позначки",
  },
  "chart.abuses.caption": "Дані про порушення на графіку: {rows} ({marks}). {notes}",
  "chart.abuses.empty": "Фільтрам цього графіка не відповідає жодне число про порушення.",
  "charts.title": "Усі графіки",
  "charts.description":
    "Усі графіки Captivity Ledger: обміни полоненими, який зв’язок із родинами можуть мати полонені та задокументовані порушення — кожен зі своїми джерелами й даними.",
  "charts.intro":
    "Кожен графік побудовано з опублікованих даних сайту. Під кожним можна побачити його джерела, завантажити саме ті рядки, які він показує, і прочитати ці рядки таблицею.",
};

// The data dictionary: titles and descriptions of datapackage.json's resources and fields.
const id = (what: string) => ({
  title: "Ідентифікатор",
  description: `Коротка стала назва ${what}: малі латинські літери, цифри й дефіси.`,
});
const source = {
  title: "Джерело",
  description: "Джерело, на якому ґрунтується рядок: ідентифікатор із sources.csv.",
};
const otherSources = {
  title: "Інші джерела",
  description:
    "Додаткові джерела, що підтверджують рядок: ідентифікатори з sources.csv через крапку з комою.",
};
const notes = {
  title: "Примітки",
  description: "Наші зауваги щодо сумнівів, визначень або контексту цього рядка.",
};
const qualifier = (what: string) => ({
  title: what,
  description: "Чи число точне, чи подане як «понад», «близько», «щонайменше» або «до».",
});

export const ukData: DataTranslation = {
  resources: {
    sources: {
      title: "Джерела",
      description:
        "Кожен документ, на який спирається рядок даних або матеріал: хто, коли й де його опублікував.",
    },
    source_titles: {
      title: "Назви джерел іншими мовами",
      description:
        "Назва джерела однією з мов сайту, відмінною від мови самого джерела. Її переклали ми, щоб читач розумів, що це за документ; оригінальна назва лишається в sources.csv.",
    },
    exchanges: {
      title: "Обміни полоненими",
      description:
        "Один рядок на кожен обмін полоненими або на кожен етап поетапного обміну: скільки людей отримала кожна сторона, за її власним повідомленням.",
    },
    exchange_claims: {
      title: "Розбіжні заяви про обміни",
      description:
        "Коли сторона, посередник або преса назвали для обміну число, відмінне від числа іншої сторони, кожна така заява — окремий рядок із зазначенням, хто її зробив.",
    },
    totals: {
      title: "Загальні підсумки та заяви про кількість полонених",
      description:
        "Офіційні наростальні підсумки повернених людей, проведених обмінів і утримуваних полонених; кожен рядок точно вказує, що саме він рахує, а різні показники ніколи не зводять в одну лінію.",
    },
    communication: {
      title: "Зв'язок із родинами",
      description:
        "Що вимагає Третя Женевська конвенція і що, за повідомленнями, кожна сторона дозволяє полоненим — за кожним каналом зв'язку і в часі.",
    },
    abuses: {
      title: "Задокументоване жорстоке поводження",
      description:
        "Дані про страти, катування, смерті в полоні та інше жорстоке поводження з полоненими: хто рахував і як; різні показники й рівні перевірки — різні ряди, їх ніколи не додають.",
    },
    corrections: {
      title: "Виправлення даних",
      description:
        "Кожне виправлення, зміна чи вилучення опублікованого рядка — по одному рядку на кожен рядок даних і версію: які клітинки змінилися, що в них було, що стоїть тепер і чому. З цього файлу сайт будує сторінку виправлень, історію записів і стрічку виправлень.",
    },
    correction_texts: {
      title: "Виправлення іншими мовами",
      description:
        "Причина кожного виправлення з corrections.csv іншими мовами сайту, у нашому перекладі, щоб читач української чи російської версії бачив цією мовою, чому рядок змінився.",
    },
    translations: {
      title: "Наші тексти в даних іншими мовами",
      description:
        "Наші переклади текстів, які ми написали в інших файлах (короткі змісти, примітки, умови правил зв'язку, хто назвав цифру), по одній клітинці на рядок, щоб читачі української та російської версій читали їх своєю мовою. Кожен рядок зберігає англійський текст, який перекладає: коли ця клітинка змінюється, переклад застаріває, і сайт показує англійський текст, доки його не перекладуть знову.",
    },
  },
  fields: {
    "sources.id": id("джерела"),
    "sources.title": {
      title: "Назва",
      description:
        "Заголовок сторінки в тому вигляді, як його опубліковано, або наш опис, якщо заголовка ми не бачили.",
    },
    "sources.title_note": {
      title: "Примітка до назви",
      description: "Пояснює, коли назву відтворено або описано нами, а не прочитано на сторінці.",
    },
    "sources.outlet": { title: "Видання", description: "Хто опублікував сторінку, яку ми читали." },
    "sources.original_outlet": {
      title: "Першоджерело",
      description: "Хто підготував матеріал, якщо сторінка передруковує роботу іншого видання.",
    },
    "sources.author": {
      title: "Автор",
      description: "Підпис автора, як його опубліковано; кілька імен розділено крапкою з комою.",
    },
    "sources.published": {
      title: "Опубліковано",
      description:
        "Дата публікації сторінки — з точністю до дня, місяця або року, яку підтверджує сторінка.",
    },
    "sources.published_note": {
      title: "Примітка до дати",
      description: "Пояснює приблизну або не вказану дату публікації.",
    },
    "sources.url": { title: "Адреса", description: "Вебадреса сторінки, яку ми читали." },
    "sources.language": {
      title: "Мова",
      description: "Мова сторінки, дволітерним кодом.",
    },
    "sources.kind": {
      title: "Тип джерела",
      description: "Що це за документ; агрегатори, дзеркала й державні медіа позначено як такі.",
    },
    "sources.seed_file": {
      title: "Файл першоджерела",
      description: "Для п'яти вихідних документів — назва файлу нашої збереженої копії.",
    },
    "sources.summary": {
      title: "Короткий зміст",
      description: "Що в джерелі сказано з того, на що ми спираємося, нашими словами.",
    },

    "source_titles.id": {
      title: "Ідентифікатор",
      description:
        "Ідентифікатор джерела й код мови через дефіс (ap-2024-05-27-russian-pows-phone-calls-uk).",
    },
    "source_titles.source_id": {
      title: "Джерело",
      description: "Джерело, чию назву тут подано: ідентифікатор із sources.csv.",
    },
    "source_titles.language": {
      title: "Мова",
      description:
        "Мова цієї назви, двобуквеним кодом: одна з мов сайту, але ніколи не мова самого джерела.",
    },
    "source_titles.title": {
      title: "Назва",
      description: "Назва джерела цією мовою — наш переклад назви з sources.csv.",
    },
    "exchanges.id": {
      title: "Ідентифікатор",
      description: "Дата обміну, з суфіксом на кшталт -b для другої події того самого дня.",
    },
    "exchanges.date": {
      title: "Дата",
      description: "День обміну або місяць чи рік, якщо день невідомий.",
    },
    "exchanges.date_note": {
      title: "Примітка до дати",
      description: "Пояснює, як дату встановлено, якщо джерело подає її лише опосередковано.",
    },
    "exchanges.kind": {
      title: "Вид",
      description:
        "Чи це був цілий обмін, один етап поетапного обміну, обмін, який зірвався, чи повернення тіл.",
    },
    "exchanges.exchange_number": {
      title: "Номер обміну",
      description:
        "Порядковий номер, який джерело дає цьому обміну (наприклад, 50 для п'ятдесятого), — ніколи не наш власний підрахунок.",
    },
    "exchanges.returned_to_ukraine": {
      title: "Повернуто в Україну",
      description:
        "Скільки людей отримала Україна, за повідомленням України; для повернення тіл — кількість тіл.",
    },
    "exchanges.returned_to_ukraine_qualifier": qualifier("Уточнення (Україна)"),
    "exchanges.ukraine_military": {
      title: "Військових повернуто в Україну",
      description: "Скільки з повернених в Україну були військовими, якщо джерело це вказує.",
    },
    "exchanges.ukraine_civilians": {
      title: "Цивільних повернуто в Україну",
      description: "Скільки з повернених в Україну були цивільними, якщо джерело це вказує.",
    },
    "exchanges.returned_to_russia": {
      title: "Повернуто до Росії",
      description:
        "Скільки людей отримала Росія, за повідомленням Міністерства оборони Росії; для повернення тіл — кількість тіл.",
    },
    "exchanges.returned_to_russia_qualifier": qualifier("Уточнення (Росія)"),
    "exchanges.russia_military": {
      title: "Військових повернуто до Росії",
      description: "Скільки з повернених до Росії були військовими, якщо джерело це вказує.",
    },
    "exchanges.russia_civilians": {
      title: "Цивільних повернуто до Росії",
      description: "Скільки з повернених до Росії були цивільними, якщо джерело це вказує.",
    },
    "exchanges.mediator": {
      title: "Посередник",
      description: "Країни, які джерело називає посередниками, через крапку з комою.",
    },
    "exchanges.source_id": source,
    "exchanges.other_source_ids": otherSources,
    "exchanges.notes": notes,

    "exchange_claims.id": id("заяви"),
    "exchange_claims.exchange_id": {
      title: "Обмін",
      description: "Обмін, якого стосується заява: ідентифікатор з exchanges.csv.",
    },
    "exchange_claims.direction": {
      title: "Напрямок",
      description: "Чи рахує число людей, повернених в Україну, чи до Росії.",
    },
    "exchange_claims.claimant": { title: "Хто заявив", description: "Хто зробив заяву." },
    "exchange_claims.figure": { title: "Число", description: "Заявлене число." },
    "exchange_claims.qualifier": qualifier("Уточнення"),
    "exchange_claims.source_id": source,
    "exchange_claims.notes": notes,

    "totals.id": id("підсумку"),
    "totals.as_of": {
      title: "Станом на",
      description:
        "Дата, до якої належить число, — з точністю до дня, місяця або року, яку підтверджує джерело.",
    },
    "totals.measure": {
      title: "Показник",
      description:
        "Що саме рахує число; рядки з різними показниками — різні ряди. Заява про те, скільки українців утримує Росія, — це «українські військові в полоні Росії» або «українські цивільні в полоні Росії», якщо заява це уточнює, і «українці в полоні Росії», якщо ні.",
    },
    "totals.figure": { title: "Число", description: "Число в тому вигляді, як його названо." },
    "totals.qualifier": qualifier("Уточнення"),
    "totals.stated_by": {
      title: "Хто назвав",
      description: "Особа або установа, що назвала число.",
    },
    "totals.source_id": source,
    "totals.other_source_ids": otherSources,
    "totals.notes": notes,

    "communication.id": id("правила чи практики"),
    "communication.regime": {
      title: "Чиє правило",
      description:
        "Чи рядок описує Конвенцію, чи правило або практику держави, що утримує полонених.",
    },
    "communication.prisoners": {
      title: "Полонені",
      description: "Яких полонених стосується правило чи практика.",
    },
    "communication.channel": {
      title: "Канал",
      description: "Спосіб підтримувати зв'язок або повернутися додому, про який ідеться в рядку.",
    },
    "communication.status": {
      title: "Статус",
      description:
        "Чи канал обов'язковий, дозволений, обмежений чи заборонений; «заборонено» означає, що його припиняє правило або рішення, «на практиці немає» — що джерела повідомляють, що цього не відбувається, але правила не знайдено, «не повідомлено» — що жодне джерело про це не каже. Рядки Конвенції мають статус «обов'язково» або «дозволено».",
    },
    "communication.limit": {
      title: "Обмеження",
      description: "Будь-яке обмеження чи умова для каналу, нашими словами.",
    },
    "communication.start": {
      title: "Від",
      description: "Коли вперше повідомлено, що правило чи практика діє.",
    },
    "communication.end": {
      title: "До",
      description:
        "Коли воно перестало діяти; «не застосовується» означає, що на час останнього повідомлення воно ще діяло.",
    },
    "communication.legal_basis": {
      title: "Правова підстава",
      description: "Стаття або указ, на яких ґрунтується правило.",
    },
    "communication.summary": {
      title: "Короткий зміст",
      description: "Що це за правило чи практика, нашими словами.",
    },
    "communication.source_id": source,
    "communication.other_source_ids": otherSources,
    "communication.notes": notes,

    "abuses.id": id("показника"),
    "abuses.report_date": { title: "Повідомлено", description: "Коли число було опубліковано." },
    "abuses.period_start": {
      title: "Період від",
      description: "Початок періоду, який охоплює число.",
    },
    "abuses.period_end": { title: "Період до", description: "Кінець періоду, який охоплює число." },
    "abuses.reporting_body": {
      title: "Хто повідомив",
      description: "Установа, яка підготувала це число.",
    },
    "abuses.verification": {
      title: "Перевірка",
      description:
        "Наскільки число перевірено: верифіковано ООН, заява, зафіксована ООН, офіційний національний підрахунок, висновок НУО чи ЗМІ або свідчення.",
    },
    "abuses.victims": { title: "Постраждалі", description: "Кого стосується число." },
    "abuses.perpetrator": {
      title: "Хто утримував або завдав шкоди",
      description: "Держава, чиї сили чи органи, за повідомленнями, відповідальні.",
    },
    "abuses.measure": {
      title: "Показник",
      description: "Що рахували; різні показники — різні ряди.",
    },
    "abuses.figure": {
      title: "Число",
      description:
        "Кількість людей або випадків; для частки — кількість тих, кого це стосується. «Не вказано» — лише для частки, опублікованої як відсоток відомої групи («86% зі 142»), із заповненими відсотком і знаменником.",
    },
    "abuses.figure_kind": {
      title: "Вид числа",
      description: "Чи число точне, чи це межа або оцінка, чи частка відомої групи.",
    },
    "abuses.denominator": {
      title: "Із",
      description: "Для частки — розмір групи, від якої її обчислено.",
    },
    "abuses.percent": {
      title: "Відсоток",
      description: "Відсоток точно так, як його опубліковано.",
    },
    "abuses.summary": { title: "Короткий зміст", description: "Що рахували, нашими словами." },
    "abuses.source_id": source,
    "abuses.other_source_ids": otherSources,
    "abuses.notes": notes,
    "corrections.id": {
      title: "Ідентифікатор",
      description:
        "Версія даних, назва набору й ідентифікатор рядка через дефіс (1.2.0-communication-russia-phone-calls).",
    },
    "corrections.version": {
      title: "Версія даних",
      description: "Версія даних, у якій зроблено зміну; для неї є запис у CHANGELOG.md.",
    },
    "corrections.date": {
      title: "Дата",
      description: "Дата цієї версії, як у її заголовку в CHANGELOG.md.",
    },
    "corrections.resource": {
      title: "Набір даних",
      description:
        "Набір, до якого належить рядок, під його назвою в datapackage.json (exchanges, sources…).",
    },
    "corrections.record_id": {
      title: "Рядок",
      description:
        "Ідентифікатор виправленого рядка в цьому наборі; для вилученого — той, який він мав.",
    },
    "corrections.kind": {
      title: "Вид",
      description:
        "Що сталося з рядком, словами журналу змін: опублікований факт був хибним (виправлено), рядок переглянуто (змінено) або його прибрано (вилучено).",
    },
    "corrections.fields": {
      title: "Стовпці",
      description: "Стовпці, що змінилися, через крапку з комою; для вилучення порожньо.",
    },
    "corrections.was": {
      title: "Було",
      description:
        "Що було в змінених клітинках, дослівно, по рядку на стовпець («status: banned»); для вилучення — клітинки всього рядка.",
    },
    "corrections.now": {
      title: "Тепер",
      description:
        "Що стоїть у тих самих клітинках після зміни, у тій самій формі; для вилучення порожньо.",
    },
    "corrections.reason": {
      title: "Чому",
      description: "Що було не так або чому рядок змінився, нашими словами.",
    },
    "correction_texts.id": {
      title: "Ідентифікатор",
      description:
        "Ідентифікатор виправлення й код мови через дефіс (1.2.0-communication-russia-phone-calls-uk).",
    },
    "correction_texts.correction_id": {
      title: "Виправлення",
      description: "Виправлення, причину якого тут подано: ідентифікатор із corrections.csv.",
    },
    "correction_texts.language": {
      title: "Мова",
      description:
        "Мова цього тексту, двобуквеним кодом: одна з мов сайту, крім англійської — мови corrections.csv.",
    },
    "correction_texts.reason": {
      title: "Чому",
      description: "Причина виправлення цією мовою — наш переклад причини з corrections.csv.",
    },
    "translations.id": {
      title: "ID",
      description:
        "Файл, id рядка, стовпець і мова, з'єднані скісними рисками (exchanges/2024-01-31/notes/uk).",
    },
    "translations.resource": {
      title: "Файл",
      description:
        "Файл, у якому стоїть перекладена клітинка, за його назвою в datapackage.json (exchanges, sources…).",
    },
    "translations.record_id": {
      title: "Рядок",
      description: "Id рядка, у якому стоїть перекладена клітинка.",
    },
    "translations.field": {
      title: "Стовпець",
      description:
        'Стовпець перекладеної клітинки: один із позначених "x-translate" у datapackage.json.',
    },
    "translations.language": {
      title: "Мова",
      description:
        "Мова перекладу, дволітерним кодом: одна з мов сайту, крім англійської, мови інших файлів.",
    },
    "translations.english": {
      title: "Англійською",
      description:
        "Англійська клітинка такою, якою вона була під час перекладу, скопійована дослівно. Коли клітинка змінюється, переклад застаріває і не показується.",
    },
    "translations.text": {
      title: "Переклад",
      description:
        "Наш переклад клітинки: ті самі факти, цифри, застереження й посилання на джерела, кожне число як в англійському тексті.",
    },
  },
  values: {
    sources: "джерела",
    exchanges: "обміни",
    exchange_claims: "заяви про обміни",
    totals: "загальні підсумки",
    communication: "зв'язок із родинами",
    abuses: "жорстоке поводження",
    en: "англійська",
    uk: "українська",
    ru: "російська",
    pl: "польська",
    de: "німецька",
    fr: "французька",
    tr: "турецька",
    ja: "японська",
    "news report": "новинний матеріал",
    "official statement": "офіційна заява",
    "UN report": "доповідь ООН",
    "NGO report": "звіт НУО",
    "treaty text": "текст договору",
    "prosecutor or court": "прокуратура або суд",
    "aggregator or mirror": "агрегатор або дзеркало",
    "state media": "державні медіа",
    "podcast or broadcast": "подкаст або ефір",
    exchange: "обмін",
    stage: "етап",
    aborted: "зірваний обмін",
    bodies: "повернення тіл",
    exact: "точно",
    "at least": "щонайменше",
    "more than": "понад",
    about: "близько",
    "up to": "до",
    share: "частка",
    UAE: "ОАЕ",
    Türkiye: "Туреччина",
    "Saudi Arabia": "Саудівська Аравія",
    US: "США",
    Vatican: "Ватикан",
    Qatar: "Катар",
    "to ukraine": "в Україну",
    "to russia": "до Росії",
    Ukraine: "Україна",
    Russia: "Росія",
    media: "ЗМІ",
    "returned to Ukraine, military only": "повернуто в Україну, лише військові",
    "returned to Ukraine, military and civilians": "повернуто в Україну, військові й цивільні",
    "returned to Ukraine, including releases outside exchanges":
      "повернуто в Україну, включно зі звільненнями поза обмінами",
    "returned to Ukraine in the year": "повернуто в Україну за рік",
    "returned to Ukraine in the stages of one exchange":
      "повернуто в Україну за етапи одного обміну",
    "exchanges held": "проведено обмінів",
    "exchanged through UAE mediation": "обміняно за посередництва ОАЕ",
    "Ukrainians held by Russia": "українці в полоні Росії",
    "Ukrainian military held by Russia": "українські військові в полоні Росії",
    "Ukrainian civilians held by Russia": "українські цивільні в полоні Росії",
    "Russians held by Ukraine": "росіяни в полоні України",
    "Geneva Convention III": "Третя Женевська конвенція",
    "Ukraine (detaining)": "Україна (утримує)",
    "Russia (detaining)": "Росія (утримує)",
    "any POW": "будь-які військовополонені",
    "Russian POWs held by Ukraine": "російські військовополонені в Україні",
    "Ukrainian POWs held by Russia": "українські військовополонені в Росії",
    "phone call": "телефонний дзвінок",
    letter: "лист",
    "capture card": "картка полону",
    parcel: "посилка",
    "ICRC visit": "візит МКЧХ",
    repatriation: "репатріація",
    required: "обов'язково",
    allowed: "дозволено",
    restricted: "обмежено",
    banned: "заборонено",
    "none in practice": "на практиці немає",
    "not reported": "не повідомлено",
    OHCHR: "УВКПЛ ООН",
    "Prosecutor General of Ukraine": "Офіс Генерального прокурора України",
    "Ukrainian Parliament Commissioner for Human Rights":
      "Уповноважений Верховної Ради України з прав людини",
    "Coordination Headquarters": "Координаційний штаб",
    "Human Rights Watch": "Human Rights Watch",
    "Security Service of Ukraine": "Служба безпеки України",
    "UN verified": "верифіковано ООН",
    "UN recorded allegation": "заява, зафіксована ООН",
    "official national count": "офіційний національний підрахунок",
    "NGO investigation": "розслідування НУО",
    "media report": "повідомлення ЗМІ",
    testimony: "свідчення",
    "Ukrainian POWs": "українські військовополонені",
    "Russian POWs": "російські військовополонені",
    "Ukrainian POWs' relatives": "родичі українських військовополонених",
    "Russian POWs returned in exchanges": "російські військовополонені, повернені під час обмінів",
    "surrendering soldiers": "військові, що здаються в полон",
    executions: "страти",
    "torture or ill-treatment reported": "повідомлення про катування чи жорстоке поводження",
    "deaths in captivity": "смерті в полоні",
    "pressure on relatives": "тиск на родичів",
    "prosecution for surrender": "переслідування за здачу в полон",
    "return to the front": "повернення на фронт",
    interviews: "опитування",
    corrected: "виправлено",
    changed: "змінено",
    removed: "вилучено",
  },
  missing: {
    "not applicable": { label: "не застосовується", meaning: "Поле не стосується цього рядка." },
    "not disclosed": {
      label: "не розголошено",
      meaning: "Число існує, але влада його не оприлюднила.",
    },
    "not reported": {
      label: "не повідомлено",
      meaning: "Жодне знайдене нами джерело цього не вказує.",
    },
    "not stated": { label: "не вказано", meaning: "Документ-джерело цього не каже." },
  },
  fieldMeanings: {
    "abuses.figure:not stated": "Джерело подає лише відсоток відомої групи, а не кількість.",
  },
};
