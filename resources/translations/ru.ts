<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>Дата &amp;запроса:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
    <message>
        <source>Request technical assistance</source>
        <translation>Запрос технической помощи</translation>
    </message>
</context>
<context>
    <name>AssistanceModel</name>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>AssistancePanel</name>
    <message>
        <source>Re&amp;quest assistance…</source>
        <translation>&amp;Запросить помощь…</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Техническая помощь</translation>
    </message>
    <message numerus="yes">
        <source>Technical assistance ({count} open)</source>
        <translation>
            <numerusform>Техническая помощь ({count} открытый запрос)</numerusform>
            <numerusform>Техническая помощь ({count} открытых запроса)</numerusform>
            <numerusform>Техническая помощь ({count} открытых запросов)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Создание резервной копии базы данных…</translation>
    </message>
    <message>
        <source>Backup saved as {file}.</source>
        <translation>Резервная копия сохранена как {file}.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Backups of the database, newest first, in {folder}. fwgdesk makes one each day the data changed and before every import, upgrade, restore and repair.</source>
        <translation>Резервные копии базы данных, сначала самые новые, в папке {folder}. fwgdesk создаёт копию каждый день, когда данные изменились, а также перед каждым импортом, обновлением, восстановлением и исправлением.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Other work is still running; restore once it has ended.</source>
        <translation>Ещё выполняется другая работа; восстановите копию, когда она завершится.</translation>
    </message>
    <message>
        <source>Replace the database with the backup made on {made} ({kind})?&lt;br&gt;&lt;br&gt;The current database is kept first, as a backup “{before}”, so it can be restored in turn. Changes made after {made} will no longer show.</source>
        <translation>Заменить базу данных резервной копией от {made} ({kind})?&lt;br&gt;&lt;br&gt;Текущая база данных сначала сохраняется как копия «{before}», чтобы её можно было восстановить в свою очередь. Изменения, сделанные после {made}, больше не будут видны.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Восстановить резервную копию?</translation>
    </message>
    <message>
        <source>Restored from {file}. The database as it was is kept as {kept}.</source>
        <translation>Восстановлено из {file}. База данных в прежнем виде сохранена как {kept}.</translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation>Восстановление {file}…</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Показать &amp;папку</translation>
    </message>
    <message>
        <source>The database is shared on a server: backing it up and restoring it is the server administrator&apos;s job.</source>
        <translation>База данных общая и находится на сервере: её резервное копирование и восстановление — задача администратора сервера.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Before repairs</source>
        <translation>Перед исправлениями</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Перед отменой импорта</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Создана вручную</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Applied</source>
        <translation>Применено</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>Встроенные данные</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Local edit</source>
        <translation>Локальное изменение</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>States {n}</source>
        <translation>государства: {n}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>added {n}</source>
        <translation>добавлено: {n}</translation>
    </message>
    <message>
        <source>changed {n}</source>
        <translation>изменено: {n}</translation>
    </message>
    <message>
        <source>conflicts {n}</source>
        <translation>конфликты: {n}</translation>
    </message>
    <message>
        <source>deleted {n}</source>
        <translation>удалено: {n}</translation>
    </message>
    <message>
        <source>kept mine {n}</source>
        <translation>оставлено моих значений: {n}</translation>
    </message>
    <message>
        <source>not signed by a trusted key</source>
        <translation>не подписано доверенным ключом</translation>
    </message>
    <message>
        <source>recommendations {n}</source>
        <translation>рекомендации: {n}</translation>
    </message>
    <message>
        <source>unchanged {n}</source>
        <translation>без изменений: {n}</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Full text in</source>
        <translation>Полный текст на</translation>
    </message>
    <message>
        <source>Protocol articles</source>
        <translation>Статьи Протокола</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Withdrawn {date}</source>
        <translation>Отозвана {date}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>All Protocol articles</source>
        <translation>Все статьи Протокола</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <source>All source documents</source>
        <translation>Все исходные документы</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>Статья {n}</translation>
    </message>
    <message>
        <source>Full text in:</source>
        <translation>Полный текст на:</translation>
    </message>
    <message numerus="yes">
        <source>Linked by {n} States</source>
        <translation>
            <numerusform>Связана {n} государством</numerusform>
            <numerusform>Связана {n} государствами</numerusform>
            <numerusform>Связана {n} государствами</numerusform>
        </translation>
    </message>
    <message>
        <source>No State links this recommendation.</source>
        <translation>Ни одно государство не связано с этой рекомендацией.</translation>
    </message>
    <message>
        <source>Search titles and full texts in any language, or codes…</source>
        <translation>Поиск по заголовкам и полным текстам на любом языке или по кодам…</translation>
    </message>
    <message>
        <source>Select a recommendation to read its full text here.</source>
        <translation>Выберите рекомендацию, чтобы прочитать здесь её полный текст.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message numerus="yes">
        <source>{n} of {total} items</source>
        <translation>
            <numerusform>{n} из {total} элемента</numerusform>
            <numerusform>{n} из {total} элементов</numerusform>
            <numerusform>{n} из {total} элементов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>&amp;Change stage</source>
        <translation>&amp;Сменить этап</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>&amp;Новый этап:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Change the review&apos;s stage</source>
        <translation>Смена этапа обзора</translation>
    </message>
    <message>
        <source>Current stage:</source>
        <translation>Текущий этап:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Прим&amp;ечание:</translation>
    </message>
    <message>
        <source>Suspended &amp;because:</source>
        <translation>&amp;Причина приостановления:</translation>
    </message>
    <message>
        <source>Why the review is suspended</source>
        <translation>Причина приостановления обзора</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <source>&amp;Reload (drop my edits)</source>
        <translation>&amp;Загрузить заново (отменить мои правки)</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Исправить</translation>
    </message>
    <message>
        <source>(to look at: not changed)</source>
        <translation>(требует внимания: не изменено)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Repairing the database…</source>
        <translation>Исправление базы данных…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity and foreign-key checks, then fwgdesk&apos;s own rules. Nothing is changed until you choose Repair: the repairs you tick are made in one go, after a backup.</source>
        <translation>Проверки целостности и внешних ключей SQLite, затем собственные правила fwgdesk. Ничего не изменяется, пока вы не выберете «Исправить»: отмеченные исправления выполняются за один раз после резервного копирования.</translation>
    </message>
    <message>
        <source>Stays active</source>
        <translation>Остаётся действующим</translation>
    </message>
</context>
<context>
    <name>CountsTable</name>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Пересчитать показатели (F5)</translation>
    </message>
    <message>
        <source>Computed from the data at {0}</source>
        <translation>Рассчитано по данным на {0}</translation>
    </message>
    <message>
        <source>Focal points by gender</source>
        <translation>Координаторы в разбивке по полу</translation>
    </message>
    <message>
        <source>In brackets: the share of the participating States (focal points) or of the group&apos;s reviews (stages). A State has a focal point when at least one active person holds that role.</source>
        <translation>В скобках: доля участвующих государств (координаторы) или обзоров группы (этапы). Государство имеет координатора, если эту роль выполняет хотя бы одно действующее лицо.</translation>
    </message>
    <message>
        <source>Mechanism figures per review group</source>
        <translation>Показатели Механизма по группам обзора</translation>
    </message>
    <message>
        <source>No review is recorded yet. The figures appear once reviews are imported (Imports) or recorded on a State&apos;s page (States).</source>
        <translation>Обзоры ещё не записаны. Показатели появятся, как только обзоры будут импортированы (Импорт) или записаны на странице государства (Государства).</translation>
    </message>
    <message>
        <source>Open assistance requests by topic</source>
        <translation>Открытые запросы о помощи в разбивке по темам</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Открытые запросы</translation>
    </message>
    <message>
        <source>Review Mechanism figures</source>
        <translation>Показатели Механизма обзора</translation>
    </message>
    <message>
        <source>Reviews by stage</source>
        <translation>Обзоры в разбивке по этапам</translation>
    </message>
    <message>
        <source>The figures could not be computed: {0}</source>
        <translation>Не удалось рассчитать показатели: {0}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Working languages of reviews</source>
        <translation>Рабочие языки обзоров</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Проверить базу данных…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Резервные &amp;копии…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Создание резервной копии базы данных…</translation>
    </message>
    <message>
        <source>Backup saved as {file}.</source>
        <translation>Резервная копия сохранена как {file}.</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>The database is shared on a server: backing it up and restoring it is the server administrator&apos;s job (for example with pg_dump).</source>
        <translation>База данных общая и находится на сервере: её резервное копирование и восстановление — задача администратора сервера (например, с помощью pg_dump).</translation>
    </message>
</context>
<context>
    <name>DueDatesModel</name>
    <message>
        <source>By</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <source>Due in {days} days</source>
        <translation>Осталось дней: {days}</translation>
    </message>
    <message>
        <source>Met (date not recorded)</source>
        <translation>Выполнено (дата не указана)</translation>
    </message>
    <message>
        <source>Met late, on {date}</source>
        <translation>Выполнено с опозданием: {date}</translation>
    </message>
    <message>
        <source>Met on {date}</source>
        <translation>Выполнено: {date}</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>Дней просрочки: {days}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>EndDesignationDialog</name>
    <message>
        <source>&amp;Ended on:</source>
        <translation>Дата &amp;окончания:</translation>
    </message>
    <message>
        <source>End &amp;designation</source>
        <translation>&amp;Прекратить назначение</translation>
    </message>
    <message>
        <source>End a designation</source>
        <translation>Прекращение назначения</translation>
    </message>
    <message>
        <source>{name} stops being {role}. The row stays in the history.</source>
        <translation>{name} больше не выполняет роль «{role}». Запись сохраняется в истории.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Everything (every State)</source>
        <translation>&amp;Всё (все государства)</translation>
    </message>
    <message>
        <source>&amp;My State (not set in the settings)</source>
        <translation>&amp;Моё государство (не задано в настройках)</translation>
    </message>
    <message>
        <source>&amp;My State ({iso3})</source>
        <translation>&amp;Моё государство ({iso3})</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to export&lt;/b&gt;</source>
        <translation>&lt;b&gt;Что экспортировать&lt;/b&gt;</translation>
    </message>
    <message>
        <source>C&amp;hosen States</source>
        <translation>В&amp;ыбранные государства</translation>
    </message>
    <message>
        <source>CSV files in a ZIP archive</source>
        <translation>Файлы CSV в архиве ZIP</translation>
    </message>
    <message>
        <source>CSV files in a folder</source>
        <translation>Файлы CSV в папке</translation>
    </message>
    <message>
        <source>Choose at least one State.</source>
        <translation>Выберите хотя бы одно государство.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Выберите, куда сохранить экспорт.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Экспорт данных</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Filter by name or ISO3</source>
        <translation>Фильтр по названию или коду ISO3</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Папка (*)</translation>
    </message>
    <message>
        <source>Include personal contact details (e-mail, &amp;phone)</source>
        <translation>Включить личные контактные данные (эл. почта, &amp;телефон)</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Файл JSON</translation>
    </message>
    <message>
        <source>Name of the new folder for the CSV files</source>
        <translation>Имя новой папки для файлов CSV</translation>
    </message>
    <message>
        <source>States to export</source>
        <translation>Государства для экспорта</translation>
    </message>
    <message>
        <source>Update files (*{suffix})</source>
        <translation>Файлы обновлений (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>{rows} запись сохранена в {path}</numerusform>
            <numerusform>{rows} записи сохранены в {path}</numerusform>
            <numerusform>{rows} записей сохранено в {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Drafting observations</source>
        <translation>Подготовка замечаний</translation>
    </message>
    <message>
        <source>Group {0}</source>
        <translation>Группа {0}</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <source>List of observations</source>
        <translation>Перечень замечаний</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Not started or suspended, no focal point</source>
        <translation>Не начаты или приостановлены, без координатора</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Один</translation>
    </message>
    <message>
        <source>Operating RevMod</source>
        <translation>Работа с RevMod</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Participating States with at least one active person in the focal point role</source>
        <translation>Участвующие государства, в которых роль координатора выполняет хотя бы одно действующее лицо</translation>
    </message>
    <message>
        <source>Preliminary consultation</source>
        <translation>Предварительная консультация</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Обзоры</translation>
    </message>
    <message>
        <source>Reviews completed</source>
        <translation>Завершённые обзоры</translation>
    </message>
    <message>
        <source>Reviews in progress</source>
        <translation>Обзоры в процессе</translation>
    </message>
    <message>
        <source>Reviews not started</source>
        <translation>Не начатые обзоры</translation>
    </message>
    <message>
        <source>Reviews suspended</source>
        <translation>Приостановленные обзоры</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Share of the reviews not started or suspended whose State under review has no active focal point</source>
        <translation>Доля не начатых или приостановленных обзоров, в которых у государства, в отношении которого проводится обзор, нет действующего координатора</translation>
    </message>
    <message>
        <source>States participating</source>
        <translation>Участвующие государства</translation>
    </message>
    <message>
        <source>States under review or reviewing in a review of the group</source>
        <translation>Государства, в отношении которых проводится обзор или которые проводят обзор, в одном из обзоров группы</translation>
    </message>
    <message>
        <source>States with an active focal point</source>
        <translation>Государства с действующим координатором</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Два</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>Письменные отзывы</translation>
    </message>
</context>
<context>
    <name>FileExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Сохранить в:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>Не экспортировано: {error}</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>&amp;Designated on:</source>
        <translation>Дата &amp;назначения:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Add a designated person</source>
        <translation>Добавление назначенного лица</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменить: {name}</translation>
    </message>
    <message>
        <source>En&amp;ded on:</source>
        <translation>Дата &amp;окончания:</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>ISO 639-1 codes, e.g. pt, de</source>
        <translation>Коды ISO 639-1, например pt, de</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
    <message>
        <source>Ot&amp;her languages:</source>
        <translation>Дру&amp;гие языки:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
</context>
<context>
    <name>FocalPointsModel</name>
    <message>
        <source>Designated on</source>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>Дата окончания: {date}</translation>
    </message>
    <message>
        <source>Gender: {gender}</source>
        <translation>Пол: {gender}</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
</context>
<context>
    <name>FocalPointsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Show ended designations</source>
        <translation>&amp;Показывать завершённые назначения</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Добавить: {name}</translation>
    </message>
    <message>
        <source>E&amp;nd designation…</source>
        <translation>П&amp;рекратить назначение…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменить: {name}</translation>
    </message>
    <message>
        <source>End the designation of {name}</source>
        <translation>Прекратить назначение: {name}</translation>
    </message>
    <message>
        <source>{active} active · {ended} ended</source>
        <translation>Действующие: {active} · Завершённые: {ended}</translation>
    </message>
    <message>
        <source>{name} is the active focal point (since {since}). A State has one: their designation ends when the new one begins.</source>
        <translation>{name} — действующий координатор (с {since}). У государства один координатор: его назначение прекращается, когда начинается назначение нового.</translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <source>&amp;Keep data of removed people:</source>
        <translation>&amp;Оставить данные удалённых лиц:</translation>
    </message>
    <message>
        <source>CSV file (for a spreadsheet)</source>
        <translation>Файл CSV (для электронной таблицы)</translation>
    </message>
    <message>
        <source>Choose where to save the history.</source>
        <translation>Выберите, куда сохранить историю.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Export the history of {iso3}</source>
        <translation>Экспорт истории {iso3}</translation>
    </message>
    <message>
        <source>Export the history to</source>
        <translation>Экспортировать историю в</translation>
    </message>
    <message>
        <source>History files (*{suffix})</source>
        <translation>Файлы истории (*{suffix})</translation>
    </message>
    <message>
        <source>Include contact details (e-mail, &amp;phone)</source>
        <translation>Включить контактные данные (эл. почта, &amp;телефон)</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Файл JSON</translation>
    </message>
    <message>
        <source>Names only</source>
        <translation>Только имена</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ничего</translation>
    </message>
    <message>
        <source>Removed people are people an import deleted, or an undone import took back: their changes stay in the history. Unless you keep them, their name, title, institution, contact details, gender and languages are written as “[removed]”. Contact details of everyone else are written as “[withheld]” unless you include them. Role, State and dates are always written.</source>
        <translation>Удалённые лица — это люди, которых удалил импорт или убрала отмена импорта: их изменения остаются в истории. Если вы их не оставите, их имя, должность, учреждение, контактные данные, пол и языки записываются как «[removed]». Контактные данные всех остальных записываются как «[withheld]», если вы их не включите. Роль, государство и даты записываются всегда.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Assistance request</source>
        <translation>Запрос о помощи</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Import: {batch}</source>
        <translation>Импорт: {batch}</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Прежнее значение</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Recommendation link</source>
        <translation>Связь с рекомендацией</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Review stage</source>
        <translation>Этап обзора</translation>
    </message>
    <message>
        <source>Reviewing State</source>
        <translation>Проводящее обзор государство</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Исходный документ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Экспортировать историю…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>Filter: a field, a value, a person&apos;s name…</source>
        <translation>Фильтр: поле, значение, имя человека…</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>История экспортирована</translation>
    </message>
    <message>
        <source>Select a change to read it whole here.</source>
        <translation>Выберите изменение, чтобы прочитать его здесь полностью.</translation>
    </message>
    <message numerus="yes">
        <source>{entries} change(s) written to {path}.</source>
        <translation>
            <numerusform>{entries} изменение записано в {path}.</numerusform>
            <numerusform>{entries} изменения записаны в {path}.</numerusform>
            <numerusform>{entries} изменений записано в {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} changes</source>
        <translation>
            <numerusform>{shown} из {total} изменения</numerusform>
            <numerusform>{shown} из {total} изменений</numerusform>
            <numerusform>{shown} из {total} изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{withheld} personal value(s) were left out (contact details, and data of people no longer in the database).</source>
        <translation>
            <numerusform>Не записано {withheld} личное значение (контактные данные и данные людей, которых больше нет в базе данных).</numerusform>
            <numerusform>Не записано {withheld} личных значения (контактные данные и данные людей, которых больше нет в базе данных).</numerusform>
            <numerusform>Не записано {withheld} личных значений (контактные данные и данные людей, которых больше нет в базе данных).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Hide unchanged rows</source>
        <translation>&amp;Скрыть записи без изменений</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить моё значение</translation>
    </message>
    <message>
        <source>&amp;Take the update&apos;s</source>
        <translation>&amp;Взять из обновления</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older or repeated update&lt;/b&gt;&lt;br&gt;{problem}</source>
        <translation>&lt;b&gt;Более старое или повторное обновление&lt;/b&gt;&lt;br&gt;{problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Published by {publisher}, sequence {sequence}&lt;br&gt;Data as of {as_of}, issued {issued}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Издатель: {publisher}, порядковый номер: {sequence}&lt;br&gt;Данные на {as_of}, дата выпуска: {issued}</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Приме&amp;нить</translation>
    </message>
    <message>
        <source>Apply an&amp;yway (older or repeated update)</source>
        <translation>&amp;Всё равно применить (более старое или повторное обновление)</translation>
    </message>
    <message>
        <source>Applying row {done} of {total}…</source>
        <translation>Применение записи {done} из {total}…</translation>
    </message>
    <message>
        <source>Applying {file}…</source>
        <translation>Применение {file}…</translation>
    </message>
    <message>
        <source>Backing up the database and applying the update…</source>
        <translation>Резервное копирование базы данных и применение обновления…</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Св&amp;ернуть все</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Confirm above that you apply an older or repeated update.</source>
        <translation>Подтвердите выше, что применяете более старое или повторное обновление.</translation>
    </message>
    <message>
        <source>Confirm above that you import it without a trusted signature.</source>
        <translation>Подтвердите выше, что импортируете его без доверенной подписи.</translation>
    </message>
    <message numerus="yes">
        <source>Decide {count} conflict(s) first.</source>
        <translation>
            <numerusform>Сначала примите решение по {count} конфликту.</numerusform>
            <numerusform>Сначала примите решение по {count} конфликтам.</numerusform>
            <numerusform>Сначала примите решение по {count} конфликтам.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>&amp;Развернуть все</translation>
    </message>
    <message>
        <source>I&amp;mport it although it is not signed by a trusted key</source>
        <translation>&amp;Импортировать, хотя обновление не подписано доверенным ключом</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Импорт: {file}</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>Оставить все &amp;мои значения</translation>
    </message>
    <message>
        <source>No conflicts with your local changes.</source>
        <translation>Конфликтов с вашими локальными изменениями нет.</translation>
    </message>
    <message>
        <source>Not applied, nothing was changed: {error}</source>
        <translation>Не применено, ничего не изменено: {error}</translation>
    </message>
    <message>
        <source>Not applied: nothing was changed.</source>
        <translation>Не применено: ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this update.</source>
        <translation>Изменять нечего: база данных уже содержит это обновление.</translation>
    </message>
    <message>
        <source>Only &amp;conflicts</source>
        <translation>Только &amp;конфликты</translation>
    </message>
    <message>
        <source>Take the update&apos;s fo&amp;r all</source>
        <translation>Взять из обновления для &amp;всех</translation>
    </message>
    <message>
        <source>The signature is invalid: this update cannot be applied.</source>
        <translation>Подпись недействительна: это обновление нельзя применить.</translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) with your local changes, {undecided} undecided</source>
        <translation>
            <numerusform>{count} конфликт с вашими локальными изменениями, нерешённых: {undecided}</numerusform>
            <numerusform>{count} конфликта с вашими локальными изменениями, нерешённых: {undecided}</numerusform>
            <numerusform>{count} конфликтов с вашими локальными изменениями, нерешённых: {undecided}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) shown</source>
        <translation>
            <numerusform>Показана {count} запись</numerusform>
            <numerusform>Показаны {count} записи</numerusform>
            <numerusform>Показано {count} записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <source>&amp;Import update…</source>
        <translation>&amp;Импортировать обновление…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>Отменить &amp;последний импорт…</translation>
    </message>
    <message>
        <source>Backup: {backup}</source>
        <translation>Резервная копия: {backup}</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт выполнен</translation>
    </message>
    <message>
        <source>Folder of &amp;CSV files…</source>
        <translation>Папка с файлами &amp;CSV…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import a folder of CSV files</source>
        <translation>Импорт папки с файлами CSV</translation>
    </message>
    <message>
        <source>Import an update</source>
        <translation>Импорт обновления</translation>
    </message>
    <message>
        <source>Import applied</source>
        <translation>Импорт применён</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Импорт отменён</translation>
    </message>
    <message numerus="yes">
        <source>Import {batch} ({file}) was undone: {reverted} change(s) reverted.</source>
        <translation>
            <numerusform>Импорт {batch} ({file}) отменён: отменено {reverted} изменение.</numerusform>
            <numerusform>Импорт {batch} ({file}) отменён: отменено {reverted} изменения.</numerusform>
            <numerusform>Импорт {batch} ({file}) отменён: отменено {reverted} изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this update.</source>
        <translation>Изменять нечего: база данных уже содержит это обновление.</translation>
    </message>
    <message>
        <source>Reading and checking {file}…</source>
        <translation>Чтение и проверка {file}…</translation>
    </message>
    <message>
        <source>The update was applied as import {batch}. A backup of the database before it was saved as {backup}.</source>
        <translation>Обновление применено как импорт {batch}. Резервная копия базы данных до его применения сохранена как {backup}.</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>Отмена последнего импорта…</translation>
    </message>
    <message>
        <source>Update &amp;file (JSON, XLSX, CSV in a ZIP)…</source>
        <translation>&amp;Файл обновления (JSON, XLSX, CSV в ZIP)…</translation>
    </message>
    <message>
        <source>Updates (*.json *.xlsx *.zip);;All files (*)</source>
        <translation>Обновления (*.json *.xlsx *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Updates applied to this database: the bundled reference data and every import, with the file, its publisher and sequence, who signed it and what it changed.</source>
        <translation>Обновления, применённые к этой базе данных: встроенные справочные данные и каждый импорт с указанием файла, его издателя и порядкового номера, подписавшего лица и внесённых изменений.</translation>
    </message>
    <message numerus="yes">
        <source>{count} local change(s) made after the import were kept (see the details).</source>
        <translation>
            <numerusform>Сохранено {count} локальное изменение, внесённое после импорта (см. подробности).</numerusform>
            <numerusform>Сохранены {count} локальных изменения, внесённых после импорта (см. подробности).</numerusform>
            <numerusform>Сохранено {count} локальных изменений, внесённых после импорта (см. подробности).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>{rows} запись сохранена в {path}</numerusform>
            <numerusform>{rows} записи сохранены в {path}</numerusform>
            <numerusform>{rows} записей сохранено в {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>&amp;Link chosen</source>
        <translation>&amp;Связать выбранные</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>All source documents</source>
        <translation>Все исходные документы</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>Already linked to this State</source>
        <translation>Уже связана с этим государством</translation>
    </message>
    <message>
        <source>Link &amp;every item of this theme</source>
        <translation>Связать &amp;все элементы этой темы</translation>
    </message>
    <message>
        <source>Link recommendations</source>
        <translation>Связать рекомендации</translation>
    </message>
    <message>
        <source>Search titles and full texts in any language, or codes…</source>
        <translation>Поиск по заголовкам и полным текстам на любом языке или по кодам…</translation>
    </message>
    <message numerus="yes">
        <source>{count} chosen of {shown} shown.</source>
        <translation>
            <numerusform>Выбрана {count} из {shown} показанных.</numerusform>
            <numerusform>Выбраны {count} из {shown} показанных.</numerusform>
            <numerusform>Выбрано {count} из {shown} показанных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} items of “{theme}” will be linked (all not linked yet).</source>
        <translation>
            <numerusform>Будет связан {count} элемент темы «{theme}» (все ещё не связанные).</numerusform>
            <numerusform>Будут связаны {count} элемента темы «{theme}» (все ещё не связанные).</numerusform>
            <numerusform>Будут связаны {count} элементов темы «{theme}» (все ещё не связанные).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Дата обновления</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>&amp;Accept checked</source>
        <translation>&amp;Принять отмеченные</translation>
    </message>
    <message>
        <source>&amp;Dismiss checked</source>
        <translation>&amp;Отклонить отмеченные</translation>
    </message>
    <message>
        <source>&amp;Link from the catalogue…</source>
        <translation>&amp;Связать из каталога…</translation>
    </message>
    <message>
        <source>&amp;Unlink selected</source>
        <translation>&amp;Убрать связь с выбранными</translation>
    </message>
    <message numerus="yes">
        <source>Accept {count} suggested links</source>
        <translation>
            <numerusform>Принять {count} предлагаемую связь</numerusform>
            <numerusform>Принять {count} предлагаемые связи</numerusform>
            <numerusform>Принять {count} предлагаемых связей</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>Отметить &amp;все</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss {count} suggested links</source>
        <translation>
            <numerusform>Отклонить {count} предлагаемую связь</numerusform>
            <numerusform>Отклонить {count} предлагаемые связи</numerusform>
            <numerusform>Отклонить {count} предлагаемых связей</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the link of {code}</source>
        <translation>Изменить связь с {code}</translation>
    </message>
    <message>
        <source>Filter the linked recommendations…</source>
        <translation>Фильтр связанных рекомендаций…</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Полный текст</translation>
    </message>
    <message numerus="yes">
        <source>Link {count} recommendations</source>
        <translation>
            <numerusform>Связать {count} рекомендацию</numerusform>
            <numerusform>Связать {count} рекомендации</numerusform>
            <numerusform>Связать {count} рекомендаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked recommendations ({count})</source>
        <translation>Связанные рекомендации ({count})</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <source>Recommendations addressed by their text to this State (all States, or the Protocol&apos;s parties when it is one), neither linked nor dismissed.</source>
        <translation>Рекомендации, которые по своему тексту адресованы этому государству (всем государствам или участникам Протокола, если оно является участником) и которые не связаны и не отклонены.</translation>
    </message>
    <message>
        <source>Select a recommendation to read its full text here.</source>
        <translation>Выберите рекомендацию, чтобы прочитать здесь её полный текст.</translation>
    </message>
    <message>
        <source>Set &amp;status of selected</source>
        <translation>Задать &amp;статус выбранных</translation>
    </message>
    <message>
        <source>Set the status of every selected link at once (one step to undo)</source>
        <translation>Задать статус всех выбранных связей сразу (отменяется одним действием)</translation>
    </message>
    <message numerus="yes">
        <source>Set the status of {count} links to {status}</source>
        <translation>
            <numerusform>Задать статус «{status}» для {count} связи</numerusform>
            <numerusform>Задать статус «{status}» для {count} связей</numerusform>
            <numerusform>Задать статус «{status}» для {count} связей</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Suggested links ({count})</source>
        <translation>Предлагаемые связи ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Unlink {count} recommendations</source>
        <translation>
            <numerusform>Убрать связь с {count} рекомендацией</numerusform>
            <numerusform>Убрать связь с {count} рекомендациями</numerusform>
            <numerusform>Убрать связь с {count} рекомендациями</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About fwgdesk</source>
        <translation>&amp;О программе fwgdesk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Повторить: {edit}</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Отменить: {edit}</translation>
    </message>
    <message>
        <source>About fwgdesk</source>
        <translation>О программе fwgdesk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель показателей</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <source>fwgdesk {version}
Data folder: {folder}</source>
        <translation>fwgdesk {version}
Папка данных: {folder}</translation>
    </message>
    <message>
        <source>fwgdesk — Firearms Protocol desk</source>
        <translation>fwgdesk — рабочее место по Протоколу об огнестрельном оружии</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Тематический блок:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Новый обзор</translation>
    </message>
    <message>
        <source>Review &amp;group:</source>
        <translation>&amp;Группа обзора:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>Нет документа для показа.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Вся страница</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>из {count}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <source>Already absent</source>
        <translation>Уже отсутствует</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>Запросы о помощи</translation>
    </message>
    <message>
        <source>Catalogue items</source>
        <translation>Элементы каталога</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменена</translation>
    </message>
    <message numerus="yes">
        <source>Changed · {count} field(s)</source>
        <translation>
            <numerusform>Изменена · {count} поле</numerusform>
            <numerusform>Изменена · {count} поля</numerusform>
            <numerusform>Изменена · {count} полей</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <source>In the update</source>
        <translation>В обновлении</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>В этой базе данных</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё значение</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Обзоры</translation>
    </message>
    <message>
        <source>Row / field</source>
        <translation>Запись / поле</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Исходные документы</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Take the update&apos;s</source>
        <translation>Взять из обновления</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Не решено</translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) decided</source>
        <translation>
            <numerusform>{count} конфликт решён</numerusform>
            <numerusform>{count} конфликта решены</numerusform>
            <numerusform>{count} конфликтов решено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) to decide</source>
        <translation>
            <numerusform>{count} конфликт ждёт решения</numerusform>
            <numerusform>{count} конфликта ждут решения</numerusform>
            <numerusform>{count} конфликтов ждут решения</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Check</source>
        <translation>⚠ Проверить</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Копировать список</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Обновление отклонено</translation>
    </message>
    <message numerus="yes">
        <source>{file} was refused: {count} problem(s) found. Nothing was changed. Correct the file, or ask the Secretariat for a corrected one.</source>
        <translation>
            <numerusform>Файл {file} отклонён: обнаружена {count} проблема. Ничего не изменено. Исправьте файл или запросите исправленный файл у Секретариата.</numerusform>
            <numerusform>Файл {file} отклонён: обнаружены {count} проблемы. Ничего не изменено. Исправьте файл или запросите исправленный файл у Секретариата.</numerusform>
            <numerusform>Файл {file} отклонён: обнаружено {count} проблем. Ничего не изменено. Исправьте файл или запросите исправленный файл у Секретариата.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Batch of status sheets</source>
        <translation>Па&amp;кет справок о положении</translation>
    </message>
    <message>
        <source>&amp;Mechanism overview</source>
        <translation>&amp;Обзор Механизма</translation>
    </message>
    <message>
        <source>&amp;State status sheet</source>
        <translation>Справка о положении &amp;государства</translation>
    </message>
    <message>
        <source>&amp;Which States:</source>
        <translation>&amp;Выбор государств:</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <source>F&amp;ull text of recommendations, not titles</source>
        <translation>Полны&amp;й текст рекомендаций, а не названия</translation>
    </message>
    <message>
        <source>Include personal contact &amp;details</source>
        <translation>Включить &amp;личные контактные данные</translation>
    </message>
    <message>
        <source>Name or ISO3 code</source>
        <translation>Название или код ISO3</translation>
    </message>
    <message>
        <source>One file per State, &amp;into a folder</source>
        <translation>Отдельные файлы, в п&amp;апке</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Review group {number}</source>
        <translation>Группа обзора {number}</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Госуда&amp;рство:</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>&amp;Язык справки:</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Что печатать</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Preview</source>
        <translation>Прос&amp;мотр</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <source>Choose a report, then press Preview: it is shown here to be saved or printed.</source>
        <translation>Выберите отчёт и нажмите «Просмотр»: он появится здесь, чтобы его сохранить или напечатать.</translation>
    </message>
    <message>
        <source>Folder for the status sheets</source>
        <translation>Папка для справок о положении</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Создание PDF…</translation>
    </message>
    <message>
        <source>No font could draw these characters: {characters}</source>
        <translation>Ни один шрифт не может отобразить эти символы: {characters}</translation>
    </message>
    <message>
        <source>No report made</source>
        <translation>Отчёт не создан</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Со&amp;хранить как…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сохранено как {path}</translation>
    </message>
    <message>
        <source>Sheet {done} of {total}</source>
        <translation>Справка {done} из {total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s) saved in {folder}</source>
        <translation>
            <numerusform>{count} файл сохранён в {folder}</numerusform>
            <numerusform>{count} файла сохранены в {folder}</numerusform>
            <numerusform>{count} файлов сохранено в {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s) sent to the printer.</source>
        <translation>
            <numerusform>{count} страница отправлена на принтер.</numerusform>
            <numerusform>{count} страницы отправлены на принтер.</numerusform>
            <numerusform>{count} страниц отправлено на принтер.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s) shown.</source>
        <translation>
            <numerusform>Показана {count} справка.</numerusform>
            <numerusform>Показаны {count} справки.</numerusform>
            <numerusform>Показано {count} справок.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Edit the review&apos;s details</source>
        <translation>Изменение сведений об обзоре</translation>
    </message>
    <message>
        <source>Mark the assistance request {status}</source>
        <translation>Присвоение запросу о помощи статуса «{status}»</translation>
    </message>
    <message>
        <source>Move the review to {stage}</source>
        <translation>Перевод обзора на этап «{stage}»</translation>
    </message>
    <message>
        <source>New review: group {group}, cluster {cluster}</source>
        <translation>Новый обзор: группа {group}, тематический блок {cluster}</translation>
    </message>
    <message>
        <source>Request assistance: {topic}</source>
        <translation>Запрос помощи: {topic}</translation>
    </message>
</context>
<context>
    <name>ReviewDetailsPanel</name>
    <message>
        <source>&amp;Reviewing States:</source>
        <translation>Государства, &amp;проводящие обзор:</translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation>&amp;Добавить государство</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласованы</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Details (not saved)</source>
        <translation>Сведения (не сохранены)</translation>
    </message>
    <message>
        <source>ISO3 code or name</source>
        <translation>Код ISO3 или название</translation>
    </message>
    <message>
        <source>Lan&amp;guages agreed:</source>
        <translation>&amp;Языки согласованы:</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Не согласованы</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Save detai&amp;ls</source>
        <translation>&amp;Сохранить сведения</translation>
    </message>
    <message>
        <source>Self-assessment &amp;progress:</source>
        <translation>&amp;Ход самооценки:</translation>
    </message>
    <message>
        <source>Self-assessment:</source>
        <translation>Самооценка:</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Представлена</translation>
    </message>
    <message>
        <source>Suspended beca&amp;use:</source>
        <translation>Причина п&amp;риостановления:</translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation>Рабочие языки:</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>&amp;Change stage…</source>
        <translation>&amp;Сменить этап…</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>С&amp;ледующий этап</translation>
    </message>
    <message>
        <source>&amp;Next stage: {stage}</source>
        <translation>С&amp;ледующий этап: {stage}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due dates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сроки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Хронология&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; since {since}</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt;, начало этапа: {since}</translation>
    </message>
    <message>
        <source>Group {group}, cluster {cluster}</source>
        <translation>Группа {group}, тематический блок {cluster}</translation>
    </message>
    <message>
        <source>New revie&amp;w…</source>
        <translation>&amp;Новый обзор…</translation>
    </message>
    <message>
        <source>No review is recorded for this State. Use “New review…” to record one.</source>
        <translation>Для этого государства обзор не зарегистрирован. Чтобы зарегистрировать его, используйте «Новый обзор…».</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>&amp;Обзор:</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>⚠ {count} overdue</source>
        <translation>⚠ Просрочено: {count}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Add key…</source>
        <translation>&amp;Добавить ключ…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Папка данных:</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Удалить ключ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation>URL &amp;базы данных:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>My &amp;State:</source>
        <translation>&amp;Моё государство:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Открытый ключ</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub);;All files (*)</source>
        <translation>Открытые ключи (*.pem *.pub);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The data folder and database take effect the next time fwgdesk starts.</source>
        <translation>Изменения папки данных и базы данных вступят в силу при следующем запуске fwgdesk.</translation>
    </message>
    <message>
        <source>The data folder cannot be empty</source>
        <translation>Папка данных должна быть указана</translation>
    </message>
    <message>
        <source>The database URL must start with sqlite:// or postgresql</source>
        <translation>URL базы данных должен начинаться с sqlite:// или postgresql</translation>
    </message>
    <message>
        <source>Trusted signing &amp;keys:</source>
        <translation>Доверенные &amp;ключи подписи:</translation>
    </message>
    <message>
        <source>empty: the SQLite file in the data folder; or postgresql+psycopg://…</source>
        <translation>пусто: файл SQLite в папке данных; или postgresql+psycopg://…</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Ask the Secretariat for the file again; nothing can be applied.</source>
        <translation>Запросите файл у Секретариата повторно; ничего применить нельзя.</translation>
    </message>
    <message>
        <source>Invalid signature: this update is refused</source>
        <translation>Недействительная подпись: это обновление отклонено</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <source>Nothing proves who issued this file or that it was not changed since. Import it only if you know where it came from.</source>
        <translation>Ничто не подтверждает, кто выпустил этот файл и что он с тех пор не изменялся. Импортируйте его, только если знаете, откуда он получен.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>Подписано неизвестным ключом</translation>
    </message>
    <message>
        <source>Signed by {signer}</source>
        <translation>Подписано: {signer}</translation>
    </message>
    <message>
        <source>The file is exactly as the signer issued it.</source>
        <translation>Файл в точности такой, каким его выпустил подписавший.</translation>
    </message>
    <message>
        <source>The key that signed it is not one of your trusted keys: nothing proves who issued it. Import it only if you know where it came from.</source>
        <translation>Ключ, которым он подписан, не входит в число ваших доверенных ключей: ничто не подтверждает, кто его выпустил. Импортируйте его, только если знаете, откуда он получен.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Предупреждение: {0}</translation>
    </message>
</context>
<context>
    <name>StageEventsModel</name>
    <message>
        <source>As the review records it; no stage change recorded</source>
        <translation>Как указано в обзоре; смена этапа не зарегистрирована</translation>
    </message>
    <message>
        <source>As the review records it; not started yet</source>
        <translation>Как указано в обзоре; ещё не начат</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
</context>
<context>
    <name>StageLadder</name>
    <message>
        <source>current stage</source>
        <translation>текущий этап</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>не достигнут</translation>
    </message>
    <message>
        <source>passed over: no stage change recorded</source>
        <translation>пропущен: смена этапа не зарегистрирована</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>пройден</translation>
    </message>
    <message>
        <source>the review is suspended</source>
        <translation>обзор приостановлен</translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Firearms Protocol: {status} {date}</source>
        <translation>Протокол об огнестрельном оружии: {status} {date}</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Координаторы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>← All States</source>
        <translation>← Все государства</translation>
    </message>
</context>
<context>
    <name>StatesModel</name>
    <message>
        <source>Active people</source>
        <translation>Активные участники</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Протокол об огнестрельном оружии</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Региональная группа</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>Группа обзора</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>{what}, since {date}</source>
        <translation>{what}, с {date}</translation>
    </message>
</context>
<context>
    <name>StatesTable</name>
    <message>
        <source>&amp;No focal point designated</source>
        <translation>&amp;Координатор не назначен</translation>
    </message>
    <message>
        <source>All regional groups</source>
        <translation>Все региональные группы</translation>
    </message>
    <message>
        <source>All review groups</source>
        <translation>Все группы обзора</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message numerus="yes">
        <source>All {total} States</source>
        <translation>
            <numerusform>Все {total} государство</numerusform>
            <numerusform>Все {total} государства</numerusform>
            <numerusform>Все {total} государств</numerusform>
        </translation>
    </message>
    <message>
        <source>Any Protocol status</source>
        <translation>Любой статус в отношении Протокола</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Группа {n}</translation>
    </message>
    <message>
        <source>Search by name (any language) or code…</source>
        <translation>Поиск по названию (на любом языке) или коду…</translation>
    </message>
    <message>
        <source>Show &amp;all States</source>
        <translation>Показать &amp;все государства</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} States</source>
        <translation>
            <numerusform>{shown} из {total} государства</numerusform>
            <numerusform>{shown} из {total} государств</numerusform>
            <numerusform>{shown} из {total} государств</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Also undo fields &amp;changed locally since the import</source>
        <translation>Отменить также поля, &amp;изменённые локально после импорта</translation>
    </message>
    <message>
        <source>Off: your edits made after the import are kept and listed.</source>
        <translation>Если флажок снят, ваши изменения, внесённые после импорта, сохраняются и перечисляются.</translation>
    </message>
    <message>
        <source>Undo the import of &lt;b&gt;{file}&lt;/b&gt; (from {publisher}, sequence {sequence}, applied {applied})?&lt;br&gt;Every value it changed returns to what it was before; rows it added are removed and rows it deleted come back. A backup of the database is made first.</source>
        <translation>Отменить импорт &lt;b&gt;{file}&lt;/b&gt; (издатель: {publisher}, порядковый номер: {sequence}, применён: {applied})?&lt;br&gt;Все изменённые им значения вернутся к прежним; добавленные им записи будут удалены, а удалённые — восстановлены. Сначала будет создана резервная копия базы данных.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Отмена последнего импорта</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Read only: your database role may not change data</source>
        <translation>Только чтение: ваша роль базы данных не может изменять данные</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Восстановить резервную копию?</translation>
    </message>
    <message>
        <source>The database is damaged:
{problem}

Restore the newest good backup, {backup}? The damaged file is kept beside the backups.</source>
        <translation>База данных повреждена:
{problem}

Восстановить последнюю исправную резервную копию, {backup}? Повреждённый файл сохраняется рядом с резервными копиями.</translation>
    </message>
    <message>
        <source>Upgrade it now? Everyone who uses it will need this version of fwgdesk.</source>
        <translation>Обновить её сейчас? Всем, кто ею пользуется, понадобится эта версия fwgdesk.</translation>
    </message>
    <message>
        <source>Upgrade the shared database?</source>
        <translation>Обновить общую базу данных?</translation>
    </message>
    <message>
        <source>fwgdesk cannot start</source>
        <translation>Не удаётся запустить fwgdesk</translation>
    </message>
    <message>
        <source>fwgdesk started with a warning</source>
        <translation>fwgdesk запущен с предупреждением</translation>
    </message>
</context>
<context>
    <name>catalogue_text</name>
    <message>
        <source>Titles are short summaries written for this catalogue; the full text is the source document&apos;s own.</source>
        <translation>Заголовки — краткие резюме, составленные для этого каталога; полный текст — текст самого исходного документа.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>Отозвана {date}</translation>
    </message>
    <message>
        <source>{language} original</source>
        <translation>оригинал: {language}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>none recorded</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>A backup was made before the repairs: {file}</source>
        <translation>Перед исправлениями создана резервная копия: {file}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore a backup (File ▸ Backups…) or ask for help; SQLite found:</source>
        <translation>Файл базы данных повреждён. Восстановите резервную копию (Файл ▸ Резервные копии…) или обратитесь за помощью; SQLite обнаружил:</translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s) were gone by then and left as they were.</source>
        <translation>
            <numerusform>{count} проблемы к тому времени уже не было, она оставлена без изменений.</numerusform>
            <numerusform>{count} проблем к тому времени уже не было, они оставлены без изменений.</numerusform>
            <numerusform>{count} проблем к тому времени уже не было, они оставлены без изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s), {repairable} with a repair. Nothing has been changed: tick the repairs to make and choose Repair.</source>
        <translation>
            <numerusform>Найдена {count} проблема, из них можно исправить: {repairable}. Ничего не изменено: отметьте нужные исправления и выберите «Исправить».</numerusform>
            <numerusform>Найдены {count} проблемы, из них можно исправить: {repairable}. Ничего не изменено: отметьте нужные исправления и выберите «Исправить».</numerusform>
            <numerusform>Найдено {count} проблем, из них можно исправить: {repairable}. Ничего не изменено: отметьте нужные исправления и выберите «Исправить».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} repair(s) made.</source>
        <translation>
            <numerusform>Выполнено {count} исправление.</numerusform>
            <numerusform>Выполнено {count} исправления.</numerusform>
            <numerusform>Выполнено {count} исправлений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Сохранить мои изменения поверх чужих</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Тематический блок</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Протокол об огнестрельном оружии</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Код ISO</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Language agreement</source>
        <translation>Согласие о языках</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Protocol status since</source>
        <translation>Статус в отношении Протокола с</translation>
    </message>
    <message>
        <source>Protocol status source</source>
        <translation>Источник сведений о статусе</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Региональная группа</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>Группа обзора</translation>
    </message>
    <message>
        <source>Reviewing State</source>
        <translation>Проводящее обзор государство</translation>
    </message>
    <message>
        <source>Reviewing States</source>
        <translation>Проводящие обзор государства</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Заголовок раздела</translation>
    </message>
    <message>
        <source>Self-assessment progress</source>
        <translation>Ход самооценки</translation>
    </message>
    <message>
        <source>Self-assessment submitted on</source>
        <translation>Дата представления самооценки</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Исходный документ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>Этап с</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Subsection heading</source>
        <translation>Заголовок подраздела</translation>
    </message>
    <message>
        <source>Suspended because</source>
        <translation>Причина приостановки</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Условное обозначение</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Two-letter code</source>
        <translation>Двухбуквенный код</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Дата обновления</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Рабочие языки</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>A State reviewing itself</source>
        <translation>Государство, проводящее обзор самого себя</translation>
    </message>
    <message>
        <source>A State with more than one active focal point</source>
        <translation>Государство с несколькими действующими координаторами</translation>
    </message>
    <message>
        <source>A designation ending before it began</source>
        <translation>Назначение, завершающееся раньше, чем оно началось</translation>
    </message>
    <message>
        <source>A link to a recommendation or State that does not exist</source>
        <translation>Связь с несуществующей рекомендацией или государством</translation>
    </message>
    <message>
        <source>A self-assessment submitted on a date in the future</source>
        <translation>Самооценка, представленная будущей датой</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавление</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>Государства Африки</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <source>An assistance request dated in the future</source>
        <translation>Запрос о помощи, датированный будущим числом</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>Государства Азиатско-Тихоокеанского региона</translation>
    </message>
    <message>
        <source>Background paper</source>
        <translation>Справочный документ</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>Встроенные данные</translation>
    </message>
    <message>
        <source>Chair&apos;s summary</source>
        <translation>Резюме Председателя</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Conference resolution</source>
        <translation>Резолюция Конференции</translation>
    </message>
    <message>
        <source>Drafting observations</source>
        <translation>Подготовка замечаний</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>Государства Восточной Европы</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Firearms contact point</source>
        <translation>Контактное лицо по огнестрельному оружию</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Focal point designated</source>
        <translation>Назначение координатора</translation>
    </message>
    <message>
        <source>Focal point overdue</source>
        <translation>Назначение координатора просрочено</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <source>Governmental expert</source>
        <translation>Правительственный эксперт</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>Государства Латинской Америки и Карибского бассейна</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <source>List of observations</source>
        <translation>Перечень замечаний</translation>
    </message>
    <message>
        <source>Local edit</source>
        <translation>Локальное изменение</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <source>No regional group</source>
        <translation>Вне региональных групп</translation>
    </message>
    <message>
        <source>Non-signatory</source>
        <translation>Не подписавшее государство</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценена</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Preliminary consultation</source>
        <translation>Предварительная консультация</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Review stage differing from its latest stage change</source>
        <translation>Этап обзора не совпадает с его последней сменой этапа</translation>
    </message>
    <message>
        <source>Reviewers&apos; written feedback</source>
        <translation>Письменные отзывы проводящих обзор государств</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Self-assessment overdue</source>
        <translation>Самооценка просрочена</translation>
    </message>
    <message>
        <source>Self-assessment progress outside 0–100%</source>
        <translation>Ход самооценки вне диапазона 0–100 %</translation>
    </message>
    <message>
        <source>Self-assessment questionnaire</source>
        <translation>Вопросник для самооценки</translation>
    </message>
    <message>
        <source>Self-assessment submitted</source>
        <translation>Представление самооценки</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписавшее государство</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <source>States parties to the Protocol</source>
        <translation>Государства — участники Протокола</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Suspension reason on a review that is not suspended</source>
        <translation>Причина приостановления у обзора, который не приостановлен</translation>
    </message>
    <message>
        <source>The Conference of the Parties</source>
        <translation>Конференция участников</translation>
    </message>
    <message>
        <source>The Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>The Working Group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Using RevMod</source>
        <translation>Работа с RevMod</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>Государства Западной Европы и другие государства</translation>
    </message>
    <message>
        <source>Working Group report</source>
        <translation>Доклад Рабочей группы</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>Письменные отзывы</translation>
    </message>
    <message>
        <source>Written feedback overdue</source>
        <translation>Письменные отзывы просрочены</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>
  … and {count} more</source>
        <translation>
            <numerusform>
  … и ещё {count}</numerusform>
            <numerusform>
  … и ещё {count}</numerusform>
            <numerusform>
  … и ещё {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>  {item}</source>
        <translation>  {item}</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is not a cell reference</source>
        <translation>«{reference}» не является ссылкой на ячейку</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a boolean (0 or 1)</source>
        <translation>«{text}» не является логическим значением (0 или 1)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a row number</source>
        <translation>«{text}» не является номером строки</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a style number</source>
        <translation>«{text}» не является номером стиля</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not the number of a shared string</source>
        <translation>«{text}» не является номером общей строки</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a catalogue code such as WG8-R12</source>
        <translation>«{value}» не является кодом каталога (например, WG8-R12)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time with its time zone (RFC 3339: 2022-05-05T09:00:00Z)</source>
        <translation>«{value}» не является датой и временем с часовым поясом (RFC 3339: 2022-05-05T09:00:00Z)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» не является числом</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>«{value}» не является номером телефона</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (digits, spaces, + ( ) - . /)</source>
        <translation>«{value}» не является номером телефона (цифры, пробелы, + ( ) - . /)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a source code (letters, digits and &apos;.&apos;, at most 16, such as WG9)</source>
        <translation>&apos;{value}&apos; — не код источника (буквы, цифры и &apos;.&apos;, не более 16, например WG9)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» не является целым числом</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 alpha-3 code (three capital letters A-Z)</source>
        <translation>«{value}» не является кодом ISO 3166 alpha-3 (три заглавные латинские буквы A-Z)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«{value}» не является адресом электронной почты</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {values}</source>
        <translation>«{value}» не входит в число допустимых значений: {values}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not true or false</source>
        <translation>«{value}» не является значением true или false</translation>
    </message>
    <message>
        <source>--name {name}: give a plain file name, without a folder</source>
        <translation>--name {name}: укажите простое имя файла, без папки</translation>
    </message>
    <message>
        <source>Choose a State by its name or ISO3 code.</source>
        <translation>Выберите государство по названию или коду ISO3.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <source>Signed by an unknown key {key_id}: not in your trusted keys</source>
        <translation>Подписано неизвестным ключом {key_id}: его нет среди ваших доверенных ключей</translation>
    </message>
    <message>
        <source>Signed by {signer} (key {key_id})</source>
        <translation>Подписано: {signer} (ключ {key_id})</translation>
    </message>
    <message>
        <source>The folder cannot be checked against its signature: {problem}</source>
        <translation>Не удаётся проверить папку по её подписи: {problem}</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered after signing, or the signature is damaged</source>
        <translation>Подпись не соответствует файлу: файл изменён после подписания или подпись повреждена</translation>
    </message>
    <message>
        <source>The signature file is not valid: {problem}</source>
        <translation>Файл подписи недействителен: {problem}</translation>
    </message>
    <message>
        <source>XML in an unsupported encoding</source>
        <translation>XML в неподдерживаемой кодировке</translation>
    </message>
    <message>
        <source>XML in an unsupported encoding ({encoding})</source>
        <translation>XML в неподдерживаемой кодировке ({encoding})</translation>
    </message>
    <message>
        <source>XML with a document type or entity declarations (refused: entity attacks)</source>
        <translation>XML с объявлением типа документа или сущностей (отклонено: атаки через сущности)</translation>
    </message>
    <message>
        <source>a State cannot review itself</source>
        <translation>государство не может проводить обзор самого себя</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>архив ZIP</translation>
    </message>
    <message>
        <source>a cell of unknown type &apos;{kind}&apos;</source>
        <translation>ячейка неизвестного типа «{kind}»</translation>
    </message>
    <message>
        <source>a cell that cannot be read: {reason}</source>
        <translation>ячейка, которую не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>a file name holding a line break cannot be signed or read</source>
        <translation>имя файла с переводом строки нельзя подписать или прочитать</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>a key file</source>
        <translation>файл ключа</translation>
    </message>
    <message>
        <source>a key of {table} has exactly the columns {columns}</source>
        <translation>ключ таблицы {table} состоит ровно из столбцов {columns}</translation>
    </message>
    <message>
        <source>a link of {iso3} to the missing recommendation #{id}</source>
        <translation>связь {iso3} с отсутствующей рекомендацией № {id}</translation>
    </message>
    <message>
        <source>a name emptied (it was “{old}”)</source>
        <translation>имя стёрто (было «{old}»)</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>необходимо указать имя</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>a new catalogue item needs its {column}</source>
        <translation>новому элементу каталога нужно поле {column}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a passphrase file</source>
        <translation>файл парольной фразы</translation>
    </message>
    <message>
        <source>a reviewing State is named twice</source>
        <translation>проводящее обзор государство указано дважды</translation>
    </message>
    <message>
        <source>a row beyond row {row}</source>
        <translation>строка после строки {row}</translation>
    </message>
    <message>
        <source>a row must be an object {{…}}, not {kind}</source>
        <translation>запись должна быть объектом {{…}}, а не: {kind}</translation>
    </message>
    <message>
        <source>a row that cannot be read: {reason}</source>
        <translation>строка, которую не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>a second file for {table} ({other})</source>
        <translation>второй файл для таблицы {table} ({other})</translation>
    </message>
    <message>
        <source>a second sheet for {table} ({other})</source>
        <translation>второй лист для таблицы {table} ({other})</translation>
    </message>
    <message>
        <source>a single CSV file is not an update: put manifest.csv and the &lt;table&gt;.csv files in a folder or a ZIP archive</source>
        <translation>отдельный файл CSV не является обновлением: поместите manifest.csv и файлы &lt;table&gt;.csv в папку или архив ZIP</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>специальный файл</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>символическая ссылка</translation>
    </message>
    <message>
        <source>a value in column {column}, which has no name in the header row</source>
        <translation>значение в столбце {column}, у которого нет имени в строке заголовка</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>необходимо указать значение</translation>
    </message>
    <message>
        <source>a value with no key</source>
        <translation>значение без ключа</translation>
    </message>
    <message>
        <source>an XLSX workbook</source>
        <translation>книга XLSX</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an assistance request of {iso3} dated {on}</source>
        <translation>запрос о помощи от {iso3}, датированный {on}</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>an update file</source>
        <translation>файл обновления</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>cannot connect to the database server {database}: it may not be running, its address may be wrong, or it refused the user name or password. Nothing was changed. The server said: {reason}</source>
        <translation>не удаётся подключиться к серверу базы данных {database}: возможно, он не запущен, его адрес неверен или он отклонил имя пользователя или пароль. Ничего не изменено. Сервер ответил: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CSV folder {path}: a file of that name exists</source>
        <translation>не удаётся записать папку CSV {path}: существует файл с таким именем</translation>
    </message>
    <message>
        <source>cannot write the CSV folder {path}: it holds other files than CSV files; choose a new or empty folder</source>
        <translation>не удаётся записать папку CSV {path}: в ней есть файлы, отличные от файлов CSV; выберите новую или пустую папку</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>не удаётся записать {path}: это папка</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>не удаётся записать {path}: папка {folder} не существует</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>choose a review group or a regional group, not both</source>
        <translation>выберите группу обзора или региональную группу, но не обе</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <source>compressed {ratio} to 1 (at most {most} to 1): refused as a possible zip bomb</source>
        <translation>степень сжатия {ratio} к 1 (не более {most} к 1): отклонено как возможная ZIP-бомба</translation>
    </message>
    <message>
        <source>conflict with a local change of {row}: decide keep mine or take the incoming value</source>
        <translation>конфликт с локальным изменением записи {row}: решите, оставить своё значение или принять входящее</translation>
    </message>
    <message>
        <source>conflicts with local changes: choose with --prefer local|incoming</source>
        <translation>конфликты с локальными изменениями: выберите с помощью --prefer local|incoming</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>папка данных</translation>
    </message>
    <message>
        <source>end the designation on {on}, the day it began</source>
        <translation>прекратить назначение {on}, в день его начала</translation>
    </message>
    <message>
        <source>expected a list (&apos;{separator}&apos;-separated in a cell)</source>
        <translation>ожидался список (значения в ячейке, разделённые знаком «{separator}»)</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>ожидалось число, найдено: {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>ожидался текст, найдено: {found}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>поле {field}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message numerus="yes">
        <source>it is empty, unreadable or larger than {most} bytes</source>
        <translation>
            <numerusform>он пуст, не читается или больше {most} байта</numerusform>
            <numerusform>он пуст, не читается или больше {most} байт</numerusform>
            <numerusform>он пуст, не читается или больше {most} байт</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not UTF-8 JSON</source>
        <translation>это не JSON в кодировке UTF-8</translation>
    </message>
    <message>
        <source>it must hold a JSON object</source>
        <translation>он должен содержать объект JSON</translation>
    </message>
    <message>
        <source>item {item}</source>
        <translation>элемент {item}</translation>
    </message>
    <message>
        <source>keep the focal point you choose active, and end the others&apos; designations on the day it began</source>
        <translation>оставить действующим выбранного вами координатора, а назначения остальных прекратить в день начала его назначения</translation>
    </message>
    <message>
        <source>key {key_id} is trusted through the settings ({source}); remove it from trusted_keys there</source>
        <translation>ключ {key_id} объявлен доверенным в настройках ({source}); удалите его оттуда из trusted_keys</translation>
    </message>
    <message>
        <source>key_id {found} is not 16 hexadecimal digits</source>
        <translation>key_id {found} не состоит из 16 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>letters turned into question marks (“{old}” → “{new}”): was the file saved in another encoding than UTF-8?</source>
        <translation>буквы превратились в вопросительные знаки («{old}» → «{new}»): не сохранён ли файл в кодировке, отличной от UTF-8?</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <source>more lines are not UTF-8 text (not all shown)</source>
        <translation>другие строки тоже не являются текстом UTF-8 (показаны не все)</translation>
    </message>
    <message numerus="yes">
        <source>more than {count} columns</source>
        <translation>
            <numerusform>более {count} столбца</numerusform>
            <numerusform>более {count} столбцов</numerusform>
            <numerusform>более {count} столбцов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} lines</source>
        <translation>
            <numerusform>более {count} строки</numerusform>
            <numerusform>более {count} строк</numerusform>
            <numerusform>более {count} строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} rows</source>
        <translation>
            <numerusform>более {count} записи</numerusform>
            <numerusform>более {count} записей</numerusform>
            <numerusform>более {count} записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {most} files in the folder</source>
        <translation>
            <numerusform>в папке больше {most} файла</numerusform>
            <numerusform>в папке больше {most} файлов</numerusform>
            <numerusform>в папке больше {most} файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>must be &apos;{format}&apos;</source>
        <translation>должно быть «{format}»</translation>
    </message>
    <message>
        <source>must be an array of rows, not {kind}</source>
        <translation>должен быть массив записей, а не: {kind}</translation>
    </message>
    <message>
        <source>no State is under review in review group {group}</source>
        <translation>в группе обзора {group} нет государств, в отношении которых проводится обзор</translation>
    </message>
    <message>
        <source>no assistance request with id {id}</source>
        <translation>нет запроса о помощи с идентификатором {id}</translation>
    </message>
    <message>
        <source>no assistance request with key &apos;{key}&apos;</source>
        <translation>нет запроса о помощи с ключом «{key}»</translation>
    </message>
    <message>
        <source>no focal point with id {id}</source>
        <translation>нет координатора с идентификатором {id}</translation>
    </message>
    <message>
        <source>no focal point with key &apos;{key}&apos;</source>
        <translation>нет координатора с ключом «{key}»</translation>
    </message>
    <message>
        <source>no review with id {id}</source>
        <translation>нет обзора с идентификатором {id}</translation>
    </message>
    <message>
        <source>no sheet &apos;{sheet}&apos; (the update&apos;s header: columns {columns})</source>
        <translation>нет листа «{sheet}» (заголовок обновления: столбцы {columns})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>no such review (state, group, cluster)</source>
        <translation>такого обзора нет (государство, группа, тематический блок)</translation>
    </message>
    <message>
        <source>no trusted key {key}; `fwgdesk keys list` shows them</source>
        <translation>нет доверенного ключа {key}; их список выводит `fwgdesk keys list`</translation>
    </message>
    <message>
        <source>no {file} (the update&apos;s header: columns {columns})</source>
        <translation>нет файла {file} (заголовок обновления: столбцы {columns})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not ISO 639-1 codes: {codes}</source>
        <translation>не коды ISO 639-1: {codes}</translation>
    </message>
    <message>
        <source>not ISO 639-1 language codes (two small letters a-z): {codes}</source>
        <translation>не коды языков ISO 639-1 (две строчные латинские буквы a-z): {codes}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>не текст UTF-8 (байт 0x{byte}); сохраните файл в кодировке UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 text: the file holds NUL bytes; save it as UTF-8</source>
        <translation>не текст UTF-8: файл содержит байты NUL; сохраните его в кодировке UTF-8</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({reason})</source>
        <translation>не удаётся прочитать книгу XLSX ({reason})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>not an XLSX workbook (an XLSX file is a ZIP archive; this is not one)</source>
        <translation>это не книга XLSX (файл XLSX является архивом ZIP, а этот файл — нет)</translation>
    </message>
    <message>
        <source>not an update file: an update is a .json file, an .xlsx workbook, or CSV files in a folder or a .zip</source>
        <translation>это не файл обновления: обновление — это файл .json, книга .xlsx или файлы CSV в папке или в архиве .zip</translation>
    </message>
    <message>
        <source>not theme codes (small letters, digits and _): {codes}</source>
        <translation>не коды тем (строчные буквы, цифры и _): {codes}</translation>
    </message>
    <message>
        <source>not valid CSV ({reason})</source>
        <translation>недопустимый CSV ({reason})</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>недопустимый JSON: слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>недопустимый JSON: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>недопустимый JSON: {reason} (строка {line}, столбец {column})</translation>
    </message>
    <message>
        <source>not {what}: damaged or truncated (no ZIP directory found)</source>
        <translation>это не {what}: файл повреждён или усечён (каталог ZIP не найден)</translation>
    </message>
    <message>
        <source>not {what}: damaged or truncated ({reason})</source>
        <translation>это не {what}: файл повреждён или усечён ({reason})</translation>
    </message>
    <message>
        <source>put the review at its latest recorded stage change: {stage} since {on}</source>
        <translation>установить для обзора его последнюю зарегистрированную смену этапа: {stage} с {on}</translation>
    </message>
    <message>
        <source>record the missing stage change to {stage} on {on}</source>
        <translation>зарегистрировать недостающую смену этапа на «{stage}» {on}</translation>
    </message>
    <message>
        <source>remove the link</source>
        <translation>удалить связь</translation>
    </message>
    <message>
        <source>remove the suspension reason “{reason}”</source>
        <translation>удалить причину приостановления «{reason}»</translation>
    </message>
    <message>
        <source>remove {iso3} from its own reviewers</source>
        <translation>исключить {iso3} из числа государств, проводящих обзор в отношении него самого</translation>
    </message>
    <message>
        <source>say which data to export: --state ISO3 (repeatable) or --all</source>
        <translation>укажите, какие данные экспортировать: --state ISO3 (можно повторять) или --all</translation>
    </message>
    <message>
        <source>section</source>
        <translation>раздел</translation>
    </message>
    <message>
        <source>sequence {sequence} of {publisher} is not above the last one applied ({last}): an older or repeated update</source>
        <translation>порядковый номер {sequence} издателя {publisher} не больше последнего применённого ({last}): это более старое или повторное обновление</translation>
    </message>
    <message>
        <source>set the progress to {value}</source>
        <translation>установить ход самооценки: {value}</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>файл настроек</translation>
    </message>
    <message>
        <source>shared string {index} is missing</source>
        <translation>отсутствует общая строка {index}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>лист {sheet}</translation>
    </message>
    <message>
        <source>signature policy for {outcome}: {value} is not accept, confirm or refuse</source>
        <translation>политика подписи для {outcome}: {value} не является значением accept, confirm или refuse</translation>
    </message>
    <message>
        <source>skipped (from the settings): {problem}</source>
        <translation>пропущен (из настроек): {problem}</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>пропущен: {problem}</translation>
    </message>
    <message>
        <source>someone else changed the same data while this change was being saved; nothing was saved. Look at the data again and repeat the change.</source>
        <translation>кто-то другой изменил те же данные, пока сохранялось это изменение; ничего не сохранено. Просмотрите данные ещё раз и повторите изменение.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>table {table}</source>
        <translation>таблица {table}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message numerus="yes">
        <source>text longer than {most} characters</source>
        <translation>
            <numerusform>текст длиннее {most} символа</numerusform>
            <numerusform>текст длиннее {most} символов</numerusform>
            <numerusform>текст длиннее {most} символов</numerusform>
        </translation>
    </message>
    <message>
        <source>that file is the database itself</source>
        <translation>этот файл и есть сама база данных</translation>
    </message>
    <message>
        <source>the State {code} cannot be deleted while {rows} refer to it; delete them in the same update first</source>
        <translation>государство {code} нельзя удалить, пока на него ссылаются {rows}; сначала удалите их в том же обновлении</translation>
    </message>
    <message>
        <source>the ZIP archive holds no CSV files</source>
        <translation>архив ZIP не содержит файлов CSV</translation>
    </message>
    <message>
        <source>the algorithm is {found}, not &quot;{expected}&quot;</source>
        <translation>алгоритм: {found}, а не «{expected}»</translation>
    </message>
    <message>
        <source>the archive unpacks to {size} (at most {most} for {what}): refused as a possible zip bomb</source>
        <translation>после распаковки архив занимает {size} ({what}: не более {most}); отклонено как возможная ZIP-бомба</translation>
    </message>
    <message>
        <source>the cluster is 1 to 4</source>
        <translation>тематический блок — от 1 до 4</translation>
    </message>
    <message>
        <source>the code {code} does not begin with its source&apos;s code {source}</source>
        <translation>код {code} не начинается с кода своего источника {source}</translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation>столбец встречается более одного раза</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>столбец встречается дважды</translation>
    </message>
    <message>
        <source>the connection to the database server {database} was lost: nothing was saved. Try again once the server runs.</source>
        <translation>соединение с сервером базы данных {database} потеряно: ничего не сохранено. Повторите попытку, когда сервер заработает.</translation>
    </message>
    <message>
        <source>the daily backup could not be made: {reason}</source>
        <translation>не удалось создать ежедневную резервную копию: {reason}</translation>
    </message>
    <message>
        <source>the database could not be upgraded ({reason})</source>
        <translation>не удалось обновить базу данных ({reason})</translation>
    </message>
    <message>
        <source>the database could not be upgraded ({reason}); it was restored from the backup made before.</source>
        <translation>не удалось обновить базу данных ({reason}); она восстановлена из резервной копии, созданной перед этим.</translation>
    </message>
    <message>
        <source>the database on the server {database} was opened without a data folder to keep its backups in</source>
        <translation>база данных на сервере {database} открыта без папки данных для её резервных копий</translation>
    </message>
    <message>
        <source>the database refused the update: {reason}</source>
        <translation>база данных отклонила обновление: {reason}</translation>
    </message>
    <message>
        <source>the database role you use on {database} may not make this change (it may read only); nothing was changed. Ask the database&apos;s owner for an editor&apos;s role.</source>
        <translation>роль базы данных, которую вы используете в {database}, не может внести это изменение (возможно, она только для чтения); ничего не изменено. Попросите владельца базы данных о роли редактора.</translation>
    </message>
    <message>
        <source>the database server {database} refused the user name or password: check them in Settings, or in --database. Nothing was changed.</source>
        <translation>сервер базы данных {database} отклонил имя пользователя или пароль: проверьте их в настройках или в --database. Ничего не изменено.</translation>
    </message>
    <message>
        <source>the database {database} cannot be written (the file or its folder is read-only); nothing was changed. Choose another data folder in Settings, or start fwgdesk with --data-dir.</source>
        <translation>запись в базу данных {database} невозможна (файл или его папка доступны только для чтения); ничего не изменено. Выберите другую папку данных в настройках или запустите fwgdesk с параметром --data-dir.</translation>
    </message>
    <message>
        <source>the database {database} is being used by another program (another fwgdesk window, a backup or sync tool?). Close it and try again; nothing was changed.</source>
        <translation>база данных {database} используется другой программой (другим окном fwgdesk, средством резервного копирования или синхронизации?). Закройте эту программу и повторите попытку; ничего не изменено.</translation>
    </message>
    <message>
        <source>the database {database} was upgraded by a newer version of fwgdesk (schema {revision}); this one knows schema {ours}: install the newer version</source>
        <translation>база данных {database} обновлена более новой версией fwgdesk (схема {revision}); эта версия знает схему {ours}: установите более новую версию</translation>
    </message>
    <message>
        <source>the date is before the last stage change ({latest})</source>
        <translation>дата предшествует последней смене этапа ({latest})</translation>
    </message>
    <message>
        <source>the designation of {name} ({iso3})</source>
        <translation>назначение {name} ({iso3})</translation>
    </message>
    <message>
        <source>the designation of {name} would end on {ended_on}, before it began on {designated_on}</source>
        <translation>назначение {name} завершилось бы {ended_on}, раньше, чем оно началось ({designated_on})</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: the {what} {path} could not be written and nothing was changed. Free some space on that disk and try again.</source>
        <translation>диск, на котором находится {folder}, заполнен: запись не выполнена ({what} {path}), ничего не изменено. Освободите место на этом диске и повторите попытку.</translation>
    </message>
    <message>
        <source>the disk holding {place} is full: the database {database} could not be written and nothing was changed. Free some space on that disk and try again.</source>
        <translation>диск, на котором находится {place}, заполнен: запись в базу данных {database} не выполнена, ничего не изменено. Освободите место на этом диске и повторите попытку.</translation>
    </message>
    <message>
        <source>the end date is before the designation date</source>
        <translation>дата окончания предшествует дате назначения</translation>
    </message>
    <message>
        <source>the end date {until} is before the start date {since}</source>
        <translation>дата окончания {until} предшествует дате начала {since}</translation>
    </message>
    <message>
        <source>the entry is damaged ({reason})</source>
        <translation>элемент повреждён ({reason})</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>элемент зашифрован</translation>
    </message>
    <message>
        <source>the entry unpacks to more than its header declares</source>
        <translation>элемент после распаковки больше, чем указано в его заголовке</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>не удаётся прочитать файл ({reason})</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>файл содержит текст в кодировке UTF-16; сохраните его в UTF-8 (в Excel: CSV UTF-8)</translation>
    </message>
    <message>
        <source>the file is too large ({size}; an update may be at most {cap})</source>
        <translation>файл слишком велик ({size}; размер обновления — не более {cap})</translation>
    </message>
    <message>
        <source>the file must hold one JSON object {{…}}, not {kind}</source>
        <translation>файл должен содержать один объект JSON {{…}}, а не: {kind}</translation>
    </message>
    <message>
        <source>the first row of the manifest must name its two columns: {columns}</source>
        <translation>в первой строке манифеста должны быть названы два его столбца: {columns}</translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason})</source>
        <translation>не удаётся прочитать папку ({reason})</translation>
    </message>
    <message>
        <source>the folder holds no CSV files (manifest.csv and &lt;table&gt;.csv)</source>
        <translation>в папке нет файлов CSV (manifest.csv и &lt;table&gt;.csv)</translation>
    </message>
    <message>
        <source>the folder holds too many CSV files (at most {most})</source>
        <translation>в папке слишком много файлов CSV (не более {most})</translation>
    </message>
    <message>
        <source>the item {code} belongs to the source {old}: an update cannot move it to {new}</source>
        <translation>элемент {code} относится к источнику {old}: обновление не может перенести его в {new}</translation>
    </message>
    <message numerus="yes">
        <source>the item {code} is linked to {count} State(s): withdraw it (withdrawn_on) instead of deleting it</source>
        <translation>
            <numerusform>элемент {code} связан с {count} государством: отзовите его (withdrawn_on), а не удаляйте</numerusform>
            <numerusform>элемент {code} связан с {count} государствами: отзовите его (withdrawn_on), а не удаляйте</numerusform>
            <numerusform>элемент {code} связан с {count} государствами: отзовите его (withdrawn_on), а не удаляйте</numerusform>
        </translation>
    </message>
    <message>
        <source>the key ({key}) appears more than once</source>
        <translation>ключ ({key}) встречается более одного раза</translation>
    </message>
    <message>
        <source>the key appears more than once</source>
        <translation>ключ встречается более одного раза</translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation>ключ встречается дважды</translation>
    </message>
    <message>
        <source>the key index</source>
        <translation>индекс ключей</translation>
    </message>
    <message>
        <source>the key is not valid JSON ({reason})</source>
        <translation>ключ не является допустимым JSON ({reason})</translation>
    </message>
    <message>
        <source>the key must be a JSON object or &apos;name=value;name=value&apos;</source>
        <translation>ключ должен быть объектом JSON или строкой вида «name=value;name=value»</translation>
    </message>
    <message>
        <source>the key {key_id} signs the updates of {owner}, not of {publisher}</source>
        <translation>ключ {key_id} подписывает обновления {owner}, а не {publisher}</translation>
    </message>
    <message>
        <source>the link of {code} to {state}</source>
        <translation>связь {code} с государством {state}</translation>
    </message>
    <message>
        <source>the list names an item twice</source>
        <translation>в списке элемент назван дважды</translation>
    </message>
    <message>
        <source>the manifest is empty</source>
        <translation>манифест пуст</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; appears more than once</source>
        <translation>имя «{name}» встречается более одного раза</translation>
    </message>
    <message>
        <source>the name of a trusted key cannot be empty</source>
        <translation>имя доверенного ключа не может быть пустым</translation>
    </message>
    <message numerus="yes">
        <source>the name of a trusted key is limited to {most} characters</source>
        <translation>
            <numerusform>имя доверенного ключа не может быть длиннее {most} символа</numerusform>
            <numerusform>имя доверенного ключа не может быть длиннее {most} символов</numerusform>
            <numerusform>имя доверенного ключа не может быть длиннее {most} символов</numerusform>
        </translation>
    </message>
    <message>
        <source>the part {part} is missing</source>
        <translation>отсутствует часть {part}</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>парольная фраза пуста</translation>
    </message>
    <message>
        <source>the person #{id}</source>
        <translation>запись о человеке № {id}</translation>
    </message>
    <message>
        <source>the private and the public key need two different files</source>
        <translation>закрытому и открытому ключам нужны два разных файла</translation>
    </message>
    <message>
        <source>the questionnaire&apos;s progress is a share from 0 to 1</source>
        <translation>ход заполнения вопросника — это доля от 0 до 1</translation>
    </message>
    <message>
        <source>the request for assistance with {topic} of {on} ({state})</source>
        <translation>запрос о помощи «{topic}» от {on} ({state})</translation>
    </message>
    <message>
        <source>the review #{id}</source>
        <translation>обзор № {id}</translation>
    </message>
    <message>
        <source>the review group is 1, 2 or 3</source>
        <translation>группа обзора — 1, 2 или 3</translation>
    </message>
    <message>
        <source>the review is already at {stage}</source>
        <translation>обзор уже находится на этапе «{stage}»</translation>
    </message>
    <message>
        <source>the review of {state}, group {group}, cluster {cluster}</source>
        <translation>обзор государства {state}, группа {group}, тематический блок {cluster}</translation>
    </message>
    <message>
        <source>the review would be at this stage since {on}, before its latest stage change ({stage} on {latest_on}); give a later date, or delete that stage change in the same update</source>
        <translation>обзор находился бы на этом этапе с {on}, то есть до своей последней смены этапа («{stage}» {latest_on}); укажите более позднюю дату или удалите эту смену этапа в том же обновлении</translation>
    </message>
    <message>
        <source>the review {review}</source>
        <translation>обзор {review}</translation>
    </message>
    <message>
        <source>the review {review} is not suspended, but would keep a reason for a suspension</source>
        <translation>обзор {review} не приостановлен, но у него осталась бы причина приостановления</translation>
    </message>
    <message>
        <source>the review {review} would be at the stage {stage} since {since} with no stage change recorded</source>
        <translation>обзор {review} находился бы на этапе «{stage}» с {since}, но смена этапа не зарегистрирована</translation>
    </message>
    <message>
        <source>the review {review} would be at the stage {stage} since {since}, but its latest stage change is to {latest_stage} on {latest_on}</source>
        <translation>обзор {review} находился бы на этапе «{stage}» с {since}, но его последняя смена этапа — на «{latest_stage}» {latest_on}</translation>
    </message>
    <message>
        <source>the review {review}: self-assessment submitted on {on}</source>
        <translation>обзор {review}: самооценка представлена {on}</translation>
    </message>
    <message>
        <source>the schema of {database} is changed only by its owner role ({owner}); you connect as {role}. Ask the owner to run `fwgdesk db upgrade`; nothing was changed.</source>
        <translation>схему {database} изменяет только роль-владелец ({owner}); вы подключены как {role}. Попросите владельца выполнить `fwgdesk db upgrade`; ничего не изменено.</translation>
    </message>
    <message>
        <source>the search text is empty</source>
        <translation>текст для поиска пуст</translation>
    </message>
    <message>
        <source>the self-assessment progress of the review {review} would be {value}, outside 0 to 1</source>
        <translation>ход самооценки в обзоре {review} составил бы {value}, что выходит за пределы от 0 до 1</translation>
    </message>
    <message>
        <source>the server of {database}</source>
        <translation>сервер {database}</translation>
    </message>
    <message>
        <source>the shared database {database} has schema {revision}; this version of fwgdesk needs schema {ours}. Everyone using it must then use this version: upgrade it with `fwgdesk db upgrade`, or ask its owner.</source>
        <translation>общая база данных {database} имеет схему {revision}; этой версии fwgdesk нужна схема {ours}. После этого все, кто ею пользуется, должны будут работать с этой версией: обновите её командой `fwgdesk db upgrade` или обратитесь к её владельцу.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has no part (no relationship &apos;{relationship}&apos;)</source>
        <translation>у листа «{sheet}» нет части (нет связи «{relationship}»)</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has no part ({part})</source>
        <translation>у листа «{sheet}» нет части ({part})</translation>
    </message>
    <message numerus="yes">
        <source>the signature has {count} bytes; an Ed25519 signature has {expected}</source>
        <translation>
            <numerusform>подпись содержит {count} байт; подпись Ed25519 содержит {expected}</numerusform>
            <numerusform>подпись содержит {count} байта; подпись Ed25519 содержит {expected}</numerusform>
            <numerusform>подпись содержит {count} байт; подпись Ed25519 содержит {expected}</numerusform>
        </translation>
    </message>
    <message>
        <source>the signature is missing or not text</source>
        <translation>подпись отсутствует или не является текстом</translation>
    </message>
    <message>
        <source>the signature is not valid base64</source>
        <translation>подпись не является допустимой строкой base64</translation>
    </message>
    <message numerus="yes">
        <source>the source {code} still has {count} catalogue item(s): delete or move them first</source>
        <translation>
            <numerusform>у источника {code} ещё есть {count} элемент каталога: сначала удалите или перенесите его</numerusform>
            <numerusform>у источника {code} ещё есть {count} элемента каталога: сначала удалите или перенесите их</numerusform>
            <numerusform>у источника {code} ещё есть {count} элементов каталога: сначала удалите или перенесите их</numerusform>
        </translation>
    </message>
    <message>
        <source>the text holds an unpaired surrogate (U+D800 to U+DFFF): not valid Unicode</source>
        <translation>текст содержит непарный суррогат (U+D800–U+DFFF): недопустимый Unicode</translation>
    </message>
    <message>
        <source>the text holds control characters</source>
        <translation>текст содержит управляющие символы</translation>
    </message>
    <message>
        <source>the update both writes and deletes this {table} row</source>
        <translation>обновление одновременно записывает и удаляет эту запись таблицы {table}</translation>
    </message>
    <message>
        <source>the update deletes the State &apos;{code}&apos;</source>
        <translation>обновление удаляет государство «{code}»</translation>
    </message>
    <message>
        <source>the update says it is from {publisher}, whose updates are signed with the key {keys}: {signature}</source>
        <translation>обновление указывает отправителем {publisher}, чьи обновления подписываются ключом {keys}: {signature}</translation>
    </message>
    <message>
        <source>the update says it is from {publisher}, whose updates are signed with the key {keys}; it is signed with another key</source>
        <translation>обновление указывает отправителем {publisher}, чьи обновления подписываются ключом {keys}; оно подписано другим ключом</translation>
    </message>
    <message numerus="yes">
        <source>the update was refused, {count} problem(s):
{problems}{more}</source>
        <translation>
            <numerusform>обновление отклонено, {count} проблема:
{problems}{more}</numerusform>
            <numerusform>обновление отклонено, {count} проблемы:
{problems}{more}</numerusform>
            <numerusform>обновление отклонено, {count} проблем:
{problems}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>the update would break a rule: {problem}</source>
        <translation>обновление нарушило бы правило: {problem}</translation>
    </message>
    <message>
        <source>the {what} {path} cannot be written: the folder {folder} or the {what} is read-only; nothing was changed. Choose another folder.</source>
        <translation>запись невозможна ({what} {path}): папка {folder} или {what} доступны только для чтения; ничего не изменено. Выберите другую папку.</translation>
    </message>
    <message>
        <source>the {what} {path} is open in another program (a spreadsheet, a PDF viewer, a backup or sync tool?). Close it and try again; nothing was changed.</source>
        <translation>{what} {path} используется другой программой (электронной таблицей, программой просмотра PDF, средством резервного копирования или синхронизации?). Закройте эту программу и повторите попытку; ничего не изменено.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>there is no import to undo</source>
        <translation>нет импорта для отмены</translation>
    </message>
    <message>
        <source>these stage changes would leave the review {review} at {stage} while its latest stage change is to {latest}; give the review&apos;s new stage in the table reviews too</source>
        <translation>эти смены этапа оставили бы обзор {review} на этапе «{stage}», тогда как его последняя смена этапа — на «{latest}»; укажите новый этап обзора также в таблице reviews</translation>
    </message>
    <message>
        <source>this column cannot be emptied: give a value, or leave the column out to keep the current one</source>
        <translation>этот столбец нельзя очистить: укажите значение или уберите столбец, чтобы сохранить текущее</translation>
    </message>
    <message>
        <source>too many entries for {what} (at most {most})</source>
        <translation>слишком много элементов ({what}: не более {most})</translation>
    </message>
    <message>
        <source>unknown State &apos;{iso3}&apos;</source>
        <translation>неизвестное государство «{iso3}»</translation>
    </message>
    <message>
        <source>unknown State &apos;{iso3}&apos; (an ISO 3166 alpha-3 code)</source>
        <translation>неизвестное государство «{iso3}» (код ISO 3166 alpha-3)</translation>
    </message>
    <message>
        <source>unknown State code &apos;{code}&apos;</source>
        <translation>неизвестный код государства «{code}»</translation>
    </message>
    <message>
        <source>unknown State codes: {codes}</source>
        <translation>неизвестные коды государств: {codes}</translation>
    </message>
    <message>
        <source>unknown States: {codes}</source>
        <translation>неизвестные государства: {codes}</translation>
    </message>
    <message>
        <source>unknown catalogue code &apos;{code}&apos;</source>
        <translation>неизвестный код каталога «{code}»</translation>
    </message>
    <message>
        <source>unknown catalogue codes: {codes}</source>
        <translation>неизвестные коды каталога: {codes}</translation>
    </message>
    <message>
        <source>unknown choice &apos;{keep}&apos; for what to keep of removed people (one of: {choices})</source>
        <translation>неизвестный вариант «{keep}» того, что сохранить из данных удалённых лиц (допустимые варианты: {choices})</translation>
    </message>
    <message>
        <source>unknown column of {table}</source>
        <translation>неизвестный столбец таблицы {table}</translation>
    </message>
    <message>
        <source>unknown format &apos;{container}&apos; (one of: {containers})</source>
        <translation>неизвестный формат «{container}» (допустимые форматы: {containers})</translation>
    </message>
    <message>
        <source>unknown format &apos;{fmt}&apos; (one of: {formats})</source>
        <translation>неизвестный формат «{fmt}» (допустимые форматы: {formats})</translation>
    </message>
    <message>
        <source>unknown key (not part of the update format)</source>
        <translation>неизвестный ключ (не входит в формат обновления)</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: choose one of {known}</source>
        <translation>неизвестный язык «{language}»: выберите один из следующих: {known}</translation>
    </message>
    <message>
        <source>unknown manifest key (the keys are: {keys})</source>
        <translation>неизвестный ключ манифеста (допустимые ключи: {keys})</translation>
    </message>
    <message>
        <source>unknown regional group &apos;{region}&apos;: choose one of {known}</source>
        <translation>неизвестная региональная группа «{region}»: выберите одну из следующих: {known}</translation>
    </message>
    <message>
        <source>unknown source document &apos;{code}&apos;: it must be in the database or in this update</source>
        <translation>неизвестный исходный документ &apos;{code}&apos;: он должен быть в базе данных или в этом обновлении</translation>
    </message>
    <message>
        <source>unknown table &apos;{table}&apos;</source>
        <translation>неизвестная таблица «{table}»</translation>
    </message>
    <message>
        <source>unknown theme &apos;{code}&apos; (the catalogue&apos;s themes: {known})</source>
        <translation>неизвестная тема &apos;{code}&apos; (темы каталога: {known})</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <source>unknown {kind} &apos;{value}&apos;: choose one of {known}</source>
        <translation>неизвестное значение фильтра «{kind}»: «{value}»; выберите одно из следующих: {known}</translation>
    </message>
    <message>
        <source>unsupported compression (method {method})</source>
        <translation>неподдерживаемый метод сжатия ({method})</translation>
    </message>
    <message>
        <source>version {version} is not supported (this fwgdesk reads version {supported})</source>
        <translation>версия {version} не поддерживается (эта версия fwgdesk читает версию {supported})</translation>
    </message>
    <message>
        <source>you connect to {database} with a role that may only read: nothing can be changed here</source>
        <translation>вы подключены к {database} с ролью только для чтения: здесь ничего нельзя изменить</translation>
    </message>
    <message>
        <source>{change}</source>
        <translation>{change}</translation>
    </message>
    <message>
        <source>{code} is not linked to {iso3}</source>
        <translation>рекомендация {code} не связана с {iso3}</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{count} bytes</source>
        <translation>
            <numerusform>{count} байт</numerusform>
            <numerusform>{count} байта</numerusform>
            <numerusform>{count} байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} change(s) look like damage rather than news: look at them before applying</source>
        <translation>
            <numerusform>{count} изменение похоже скорее на повреждение, чем на новые сведения: просмотрите его перед применением</numerusform>
            <numerusform>{count} изменения похожи скорее на повреждение, чем на новые сведения: просмотрите их перед применением</numerusform>
            <numerusform>{count} изменений похожи скорее на повреждение, чем на новые сведения: просмотрите их перед применением</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} others</source>
        <translation>
            <numerusform>ещё {count}</numerusform>
            <numerusform>ещё {count}</numerusform>
            <numerusform>ещё {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) of {table}</source>
        <translation>
            <numerusform>{count} строка таблицы {table}</numerusform>
            <numerusform>{count} строки таблицы {table}</numerusform>
            <numerusform>{count} строк таблицы {table}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) point to rows that no longer exist ({problem}); run Check database (`fwgdesk db check`) to repair them</source>
        <translation>
            <numerusform>{count} запись ссылается на уже не существующие записи ({problem}); запустите проверку базы данных (`fwgdesk db check`), чтобы исправить её</numerusform>
            <numerusform>{count} записи ссылаются на уже не существующие записи ({problem}); запустите проверку базы данных (`fwgdesk db check`), чтобы исправить их</numerusform>
            <numerusform>{count} записей ссылаются на уже не существующие записи ({problem}); запустите проверку базы данных (`fwgdesk db check`), чтобы исправить их</numerusform>
        </translation>
    </message>
    <message>
        <source>{database}: could not restore ({reason}); {kept} holds the database as it was</source>
        <translation>{database}: не удалось восстановить ({reason}); {kept} содержит базу данных в прежнем виде</translation>
    </message>
    <message>
        <source>{database}: not a usable fwgdesk database ({reason})</source>
        <translation>{database}: непригодная для использования база данных fwgdesk ({reason})</translation>
    </message>
    <message>
        <source>{database}: the database failed its check: {problem}.</source>
        <translation>{database}: база данных не прошла проверку: {problem}.</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>{folder} is on a network share ({kind}). SQLite&apos;s write-ahead log does not work over a network: two computers writing at once can damage the database. Keep the data folder on a local disk, or let the office share one PostgreSQL database (Settings, or --database).</source>
        <translation>{folder} находится в сетевой папке ({kind}). Журнал упреждающей записи (write-ahead log) SQLite не работает по сети: два компьютера, одновременно выполняющие запись, могут повредить базу данных. Храните папку данных на локальном диске или используйте в офисе одну общую базу данных PostgreSQL (настройки или --database).</translation>
    </message>
    <message>
        <source>{folder}: the data folder is read-only, so fwgdesk cannot keep its database there. Choose another data folder in Settings, or start fwgdesk with --data-dir.</source>
        <translation>{folder}: папка данных доступна только для чтения, поэтому fwgdesk не может хранить в ней свою базу данных. Выберите другую папку данных в настройках или запустите fwgdesk с параметром --data-dir.</translation>
    </message>
    <message>
        <source>{iso3} already has a review in group {group}, cluster {cluster}</source>
        <translation>в отношении {iso3} уже есть обзор в группе {group}, тематический блок {cluster}</translation>
    </message>
    <message>
        <source>{iso3} has no review in group {group}, cluster {cluster}</source>
        <translation>в отношении {iso3} нет обзора в группе {group}, тематический блок {cluster}</translation>
    </message>
    <message>
        <source>{iso3} has several active focal points: {people}</source>
        <translation>у {iso3} несколько действующих координаторов: {people}</translation>
    </message>
    <message>
        <source>{iso3} would have more than one active focal point: {people}; end the earlier designation (ended_on) in the same update</source>
        <translation>у {iso3} было бы более одного действующего координатора: {people}; прекратите более раннее назначение (ended_on) в том же обновлении</translation>
    </message>
    <message numerus="yes">
        <source>{iso3} would have {count} active focal points ({names}); end the designation of the earlier one first</source>
        <translation>
            <numerusform>у {iso3} был бы {count} действующий координатор ({names}); сначала прекратите назначение более раннего</numerusform>
            <numerusform>у {iso3} было бы {count} действующих координатора ({names}); сначала прекратите назначение более раннего</numerusform>
            <numerusform>у {iso3} было бы {count} действующих координаторов ({names}); сначала прекратите назначение более раннего</numerusform>
        </translation>
    </message>
    <message>
        <source>{iso3} would review itself in the review {review}</source>
        <translation>{iso3} проводило бы обзор самого себя в обзоре {review}</translation>
    </message>
    <message>
        <source>{key} is not a key id (16 hexadecimal digits, as `fwgdesk keys list` shows them)</source>
        <translation>{key} не является идентификатором ключа (16 шестнадцатеричных цифр, как их выводит `fwgdesk keys list`)</translation>
    </message>
    <message>
        <source>{name} (since {since})</source>
        <translation>{name} (с {since})</translation>
    </message>
    <message>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <translation>{name} не является числом JSON</translation>
    </message>
    <message>
        <source>{name} is {iso3}&apos;s active focal point (since {since}); end that designation on a date to designate another</source>
        <translation>{name} — действующий координатор {iso3} (с {since}); чтобы назначить другого, прекратите это назначение с определённой даты</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>{part}: XML with a document type or entity declarations</source>
        <translation>{part}: XML с объявлением типа документа или сущностей</translation>
    </message>
    <message>
        <source>{part}: not well-formed XML ({reason})</source>
        <translation>{part}: XML с нарушением формата ({reason})</translation>
    </message>
    <message>
        <source>{path} is a file: --split writes one file per State into a folder</source>
        <translation>{path} — это файл: --split записывает по одному файлу на государство в папку</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .pdf</source>
        <translation>{path} — это папка: укажите имя файла с расширением .pdf</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .pdf, or use --split</source>
        <translation>{path} — это папка: укажите имя файла с расширением .pdf или используйте --split</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a regular file: an update is read from regular files only</source>
        <translation>{path} — {kind}, а не обычный файл: обновление читается только из обычных файлов</translation>
    </message>
    <message>
        <source>{path}: a file name holding a line break</source>
        <translation>{path}: имя файла содержит разрыв строки</translation>
    </message>
    <message>
        <source>{path}: a symbolic link in a signed folder</source>
        <translation>{path}: символическая ссылка в подписанной папке</translation>
    </message>
    <message>
        <source>{path}: already exists; it is not overwritten</source>
        <translation>{path}: уже существует и не перезаписывается</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>{path}: holds key {found}, not {expected}</source>
        <translation>{path}: содержит ключ {found}, а не {expected}</translation>
    </message>
    <message>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}: это папка, а не {what}</translation>
    </message>
    <message>
        <source>{path}: is a private key; trust the public key (.pub) and keep the private key secret</source>
        <translation>{path}: это закрытый ключ; доверять следует открытому ключу (.pub), а закрытый ключ храните в тайне</translation>
    </message>
    <message>
        <source>{path}: is a public key; signing needs the private key (.key)</source>
        <translation>{path}: это открытый ключ; для подписания нужен закрытый ключ (.key)</translation>
    </message>
    <message>
        <source>{path}: made by another version of fwgdesk (schema {revision})</source>
        <translation>{path}: создан другой версией fwgdesk (схема {revision})</translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than {most} files</source>
        <translation>
            <numerusform>{path}: более {most} файла</numerusform>
            <numerusform>{path}: более {most} файлов</numerusform>
            <numerusform>{path}: более {most} файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: must hold a JSON object {{key_id: name}}</source>
        <translation>{path}: должен содержать объект JSON {{key_id: name}}</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}: такой файл резервной копии не найден</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: файл не найден</translation>
    </message>
    <message>
        <source>{path}: not a PEM private key ({reason})</source>
        <translation>{path}: не закрытый ключ PEM ({reason})</translation>
    </message>
    <message>
        <source>{path}: not a PEM public key</source>
        <translation>{path}: не открытый ключ PEM</translation>
    </message>
    <message>
        <source>{path}: not a sound SQLite database ({reason})</source>
        <translation>{path}: не исправная база данных SQLite ({reason})</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 key; update files are signed with Ed25519</source>
        <translation>{path}: не ключ Ed25519; файлы обновлений подписываются с помощью Ed25519</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 public key; update files are signed with Ed25519</source>
        <translation>{path}: не открытый ключ Ed25519; файлы обновлений подписываются с помощью Ed25519</translation>
    </message>
    <message>
        <source>{path}: not an fwgdesk database ({reason})</source>
        <translation>{path}: не база данных fwgdesk ({reason})</translation>
    </message>
    <message>
        <source>{path}: the names of the trusted keys cannot be read; fix or delete it ({reason})</source>
        <translation>{path}: не удаётся прочитать имена доверенных ключей; исправьте или удалите этот файл ({reason})</translation>
    </message>
    <message>
        <source>{path}: the output file name must end in .pdf</source>
        <translation>{path}: имя выходного файла должно иметь расширение .pdf</translation>
    </message>
    <message>
        <source>{path}: the passphrase file is empty</source>
        <translation>{path}: файл парольной фразы пуст</translation>
    </message>
    <message>
        <source>{path}: the passphrase file is not UTF-8 text</source>
        <translation>{path}: файл парольной фразы не является текстом UTF-8</translation>
    </message>
    <message>
        <source>{path}: the private key is protected by a passphrase; give it with --passphrase-file</source>
        <translation>{path}: закрытый ключ защищён парольной фразой; укажите её с помощью --passphrase-file</translation>
    </message>
    <message>
        <source>{path}: the settings file cannot be read ({reason})</source>
        <translation>{path}: не удаётся прочитать файл настроек ({reason})</translation>
    </message>
    <message>
        <source>{path}: the settings file must hold a JSON object</source>
        <translation>{path}: файл настроек должен содержать объект JSON</translation>
    </message>
    <message numerus="yes">
        <source>{path}: too large for {what} (more than {most} bytes)</source>
        <translation>
            <numerusform>{path}: слишком большой размер для объекта «{what}» (более {most} байта)</numerusform>
            <numerusform>{path}: слишком большой размер для объекта «{what}» (более {most} байт)</numerusform>
            <numerusform>{path}: слишком большой размер для объекта «{what}» (более {most} байт)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: wrong passphrase, or the key file is damaged</source>
        <translation>{path}: неверная парольная фраза, или файл ключа повреждён</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{problem} It was restored from the backup made before.</source>
        <translation>{problem} Она восстановлена из резервной копии, созданной перед этим.</translation>
    </message>
    <message>
        <source>{problem} No good backup was found.</source>
        <translation>{problem} Исправная резервная копия не найдена.</translation>
    </message>
    <message>
        <source>{problem} The newest good backup is {backup}: restore it with `fwgdesk db restore {backup}`.</source>
        <translation>{problem} Последняя исправная резервная копия — {backup}: восстановите её командой `fwgdesk db restore {backup}`.</translation>
    </message>
    <message>
        <source>{row} (exists again)</source>
        <translation>{row} (снова существует)</translation>
    </message>
    <message>
        <source>{signature}</source>
        <translation>{signature}</translation>
    </message>
    <message>
        <source>{signature} — confirm to import it anyway</source>
        <translation>{signature} — подтвердите, чтобы всё равно импортировать его</translation>
    </message>
    <message>
        <source>{signature}; run with --yes to import it anyway</source>
        <translation>{signature}; запустите с --yes, чтобы всё равно импортировать его</translation>
    </message>
    <message>
        <source>{size} GiB</source>
        <translation>{size} ГиБ</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} КиБ</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} МиБ</translation>
    </message>
    <message>
        <source>{user} on {host}</source>
        <translation>{user} на {host}</translation>
    </message>
    <message>
        <source>{value} is above {maximum}</source>
        <translation>{value} больше {maximum}</translation>
    </message>
    <message>
        <source>{value} is below {minimum}</source>
        <translation>{value} меньше {minimum}</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it; nothing was saved.
{changes}
Reload to see their change, or save yours over it.</source>
        <translation>{what}: с момента открытия эти данные изменил другой пользователь; ничего не сохранено.
{changes}
Загрузите данные заново, чтобы увидеть его изменения, или сохраните свои поверх них.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing it:
{changes}
Saving will ask whether to keep their change or save yours over it.</source>
        <translation>Пока вы редактировали {what}, другой пользователь изменил эти данные:
{changes}
При сохранении вам будет предложено оставить его изменения или записать ваши поверх них.</translation>
    </message>
    <message>
        <source>{what} was removed by someone else since you opened it; nothing was saved.</source>
        <translation>{what}: с момента открытия эти данные удалил другой пользователь; ничего не сохранено.</translation>
    </message>
    <message>
        <source>{what} was removed by someone else while you were editing it; it can no longer be saved.</source>
        <translation>Пока вы редактировали {what}, другой пользователь удалил эту запись; сохранить её больше нельзя.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>• added ({who}, {at})</source>
        <translation>• добавлено ({who}, {at})</translation>
    </message>
    <message>
        <source>• {field}: {old} → {new} ({who}, {at})</source>
        <translation>• {field}: {old} → {new} ({who}, {at})</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Assistance with {topic} ({state}), asked on {date}</source>
        <translation>Помощь: {topic} ({state}), запрошена {date}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>{code} ({state})</source>
        <translation>{code} ({state})</translation>
    </message>
    <message>
        <source>{field} ({language})</source>
        <translation>{field} ({language})</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>{name} ({state}), {role}</source>
        <translation>{name} ({state}), {role}</translation>
    </message>
    <message>
        <source>{reviewer}, reviewing {review}</source>
        <translation>{reviewer}, проводит обзор: {review}</translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence} {next}</translation>
    </message>
    <message>
        <source>{stage} on {date}: {review}</source>
        <translation>{stage}, {date}: {review}</translation>
    </message>
    <message>
        <source>{state}, group {group}, cluster {cluster}</source>
        <translation>{state}, группа {group}, тематический блок {cluster}</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Could not redo</source>
        <translation>Не удалось повторить</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Не удалось отменить</translation>
    </message>
</context>
</TS>
