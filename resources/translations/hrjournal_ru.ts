<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AffectedTable</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <source>Choose who was affected in row %1 of People affected, or remove that row.</source>
        <translation>Выберите пострадавшего в строке %1 таблицы «Пострадавшие» или удалите эту строку.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Attachment shown</source>
        <translation>Открытое вложение</translation>
    </message>
    <message>
        <source>Viewer message</source>
        <translation>Сообщение окна просмотра</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>Чтение вложения</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Stop reading the attachment</source>
        <translation>Прекратить чтение вложения</translation>
    </message>
    <message>
        <source>Reading the attachment…</source>
        <translation>Чтение вложения…</translation>
    </message>
    <message>
        <source>Picture or page</source>
        <translation>Изображение или страница</translation>
    </message>
    <message>
        <source>Picture or page, scrollable</source>
        <translation>Изображение или страница, с прокруткой</translation>
    </message>
    <message>
        <source>Text of the attachment</source>
        <translation>Текст вложения</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Сохранить копию вложения</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>У&amp;величить</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>По ра&amp;змеру окна</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Следующая страница</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Доказательство: %1</translation>
    </message>
    <message>
        <source>HR Journal is still busy with the last task; please wait.</source>
        <translation>HR Journal ещё выполняет предыдущую задачу; подождите, пожалуйста.</translation>
    </message>
    <message>
        <source>This PDF could not be opened here; it may be damaged or protected by a password.</source>
        <translation>Этот PDF не удалось открыть здесь: возможно, он повреждён или защищён паролем.</translation>
    </message>
    <message>
        <source>This type of file cannot be shown inside HR Journal. It is kept safely in the journal; if you need to open it in another program, save a copy first.</source>
        <translation>Файлы этого типа нельзя показать в HR Journal. Файл надёжно хранится в журнале; чтобы открыть его в другой программе, сначала сохраните копию.</translation>
    </message>
    <message>
        <source>This page could not be drawn.</source>
        <translation>Не удалось отобразить эту страницу.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>Дока&amp;зательства</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Evidence of this incident</source>
        <translation>Доказательства по этому инциденту</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>Add files as evidence</source>
        <translation>Добавить файлы как доказательства</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Просмотреть</translation>
    </message>
    <message>
        <source>View the selected evidence</source>
        <translation>Просмотреть выбранное доказательство</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Save a copy of the selected evidence</source>
        <translation>Сохранить копию выбранного доказательства</translation>
    </message>
    <message>
        <source>Writes the file outside the journal, unencrypted; the custody log notes it.</source>
        <translation>Файл записывается вне журнала, без шифрования; это отмечается в журнале цепочки хранения.</translation>
    </message>
    <message>
        <source>Progress of taking in the file</source>
        <translation>Ход добавления файла</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel taking in files</source>
        <translation>Отменить добавление файлов</translation>
    </message>
    <message>
        <source>Evidence message</source>
        <translation>Сообщение о доказательствах</translation>
    </message>
    <message>
        <source>Chain of c&amp;ustody of the selected file</source>
        <translation>&amp;Цепочка хранения выбранного файла</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (на основе %2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Добавить доказательства</translation>
    </message>
    <message>
        <source>Taking in %1…</source>
        <translation>Добавление %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Added %1; its SHA-256 fingerprint is %2.</source>
        <translation>Добавлен файл %1; его отпечаток SHA-256: %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not added, nor any file after it.</source>
        <translation>Отменено: файл %1 и все файлы после него не добавлены.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Сохранить копию файла %1</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>Сохранение копии файла %1…</translation>
    </message>
    <message>
        <source>Saved a copy as %1. It is not encrypted; delete it when you no longer need it.</source>
        <translation>Копия сохранена как %1. Она не зашифрована; удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1.</source>
        <translation>Не удалось записать копию: %1.</translation>
    </message>
    <message>
        <source>Add photos, documents or recordings as evidence of this incident.</source>
        <translation>Добавьте фотографии, документы или записи как доказательства по этому инциденту.</translation>
    </message>
    <message>
        <source>Save the incident first; then you can add evidence to it.</source>
        <translation>Сначала сохраните инцидент; после этого к нему можно будет добавить доказательства.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>The months not named had no incidents.</source>
        <translation>В остальных месяцах инцидентов не было.</translation>
    </message>
</context>
<context>
    <name>ChannelLine</name>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (предпочтительно)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy %1 for %2</source>
        <translation>Скопировать %1 (%2)</translation>
    </message>
    <message>
        <source>Copy to the clipboard; HR Journal empties the clipboard again soon after.</source>
        <translation>Скопировать в буфер обмена; вскоре HR Journal снова очистит буфер.</translation>
    </message>
</context>
<context>
    <name>ChannelTable</name>
    <message>
        <source>Ways to reach this contact</source>
        <translation>Способы связи с этим контактом</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Номер или адрес</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Предпочтительный</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Safety number or fingerprint</source>
        <translation>Код безопасности или отпечаток</translation>
    </message>
    <message>
        <source>&amp;Add a way to reach</source>
        <translation>&amp;Добавить способ связи</translation>
    </message>
    <message>
        <source>Add a way to reach this contact</source>
        <translation>Добавить способ связи с этим контактом</translation>
    </message>
    <message>
        <source>R&amp;emove the selected way</source>
        <translation>Удалить в&amp;ыбранный способ</translation>
    </message>
    <message>
        <source>Remove the selected way to reach</source>
        <translation>Удалить выбранный способ связи</translation>
    </message>
    <message>
        <source>Way to reach number %1 has no number or address; fill it in or remove that row.</source>
        <translation>В способе связи № %1 не указан номер или адрес; заполните его или удалите эту строку.</translation>
    </message>
    <message>
        <source>The date way to reach number %1 was verified is not a real date; write it as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>Дата проверки способа связи № %1 указана неправильно; запишите её как YYYY-MM-DD, например 2025-03-14.</translation>
    </message>
    <message>
        <source>Try this way first</source>
        <translation>Сначала пробовать этот способ</translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Check-in contact</source>
        <translation>Контакт для выхода на связь</translation>
    </message>
    <message>
        <source>When you check in</source>
        <translation>Когда вы выходите на связь</translation>
    </message>
    <message>
        <source>For example: every day at 09:00 and 21:00</source>
        <translation>Например: каждый день в 09:00 и 21:00</translation>
    </message>
    <message>
        <source>Check-in channel</source>
        <translation>Канал для выхода на связь</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>How long to wait before acting, in minutes</source>
        <translation>Сколько минут ждать, прежде чем действовать</translation>
    </message>
    <message>
        <source>Check-in &amp;contact:</source>
        <translation>&amp;Контакт для выхода на связь:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>К&amp;огда:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>Wait &amp;before acting:</source>
        <translation>&amp;Ждать перед действиями:</translation>
    </message>
    <message>
        <source>&amp;If a check-in is missed, in this order:</source>
        <translation>&amp;Если вы не вышли на связь, в таком порядке:</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>Через (мин)</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что происходит</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Кто действует</translation>
    </message>
    <message>
        <source>Steps when a check-in is missed</source>
        <translation>Шаги, если вы не вышли на связь</translation>
    </message>
    <message>
        <source>&amp;Add a step</source>
        <translation>&amp;Добавить шаг</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Remove this step</source>
        <translation>&amp;Удалить этот шаг</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>Переместить выбранный шаг вверх</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>Переместить выбранный шаг вниз</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Удалить выбранный шаг</translation>
    </message>
    <message>
        <source>Who acts at step %1</source>
        <translation>Кто действует на шаге %1</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Call number %1</source>
        <translation>Номер в порядке обзвона: %1</translation>
    </message>
    <message>
        <source>No way to reach them is written down.</source>
        <translation>Способы связи не указаны.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Доступность: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>What a PDF you share shows instead of the name, so the real name stays with you. For example: Lawyer A, or Friend in the capital.</source>
        <translation>Что будет показано вместо имени в PDF, которым вы делитесь, чтобы настоящее имя осталось только у вас. Например: Адвокат А или Друг в столице.</translation>
    </message>
    <message>
        <source>Shown instead of the name in shared documents</source>
        <translation>Показывается вместо имени в документах, которыми вы делитесь</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Человек или организация</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>For example: Arabic, French</source>
        <translation>Например: арабский, французский</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>For example: weekdays 9 to 18, any time</source>
        <translation>Например: по будням с 9 до 18, в любое время</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>Место в порядке обзвона</translation>
    </message>
    <message>
        <source>Not in the call order</source>
        <translation>Нет в порядке обзвона</translation>
    </message>
    <message>
        <source>1 is called first in an emergency; leave it at none to keep them off the list.</source>
        <translation>В экстренной ситуации первым звонят контакту с номером 1; чтобы не включать контакт в список, оставьте «Нет в порядке обзвона».</translation>
    </message>
    <message>
        <source>Documents this contact may receive</source>
        <translation>Документы, которые может получать этот контакт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>The last day you checked that these details still reach this person.</source>
        <translation>Когда вы в последний раз проверяли, что по этим данным ещё можно связаться с этим человеком.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Се&amp;годня</translation>
    </message>
    <message>
        <source>Set last verified to today</source>
        <translation>Отметить проверку сегодняшним числом</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>Со&amp;хранить контакт</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Сохранить контакт</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>&amp;Псевдоним:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Роли:</translation>
    </message>
    <message>
        <source>Ways to reac&amp;h:</source>
        <translation>&amp;Способы связи:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>Availa&amp;bility:</source>
        <translation>Дос&amp;тупность:</translation>
    </message>
    <message>
        <source>&amp;Call order:</source>
        <translation>Порядок &amp;обзвона:</translation>
    </message>
    <message>
        <source>&amp;May receive:</source>
        <translation>&amp;Может получать:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Замет&amp;ки:</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>Последняя про&amp;верка:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Please write the contact&apos;s name first.</source>
        <translation>Сначала укажите имя контакта.</translation>
    </message>
    <message>
        <source>The last verified date is not a real date; write it as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>Дата последней проверки указана неправильно; запишите её как YYYY-MM-DD, например 2025-03-14.</translation>
    </message>
</context>
<context>
    <name>ContactTreeEditor</name>
    <message>
        <source>The people to call, in this order, when something happens. The first person calls the next, and so on, so no one has to reach everyone.</source>
        <translation>Люди, которым нужно позвонить в этом порядке, если что-то случится. Первый звонит следующему и так далее, чтобы никому не пришлось обзванивать всех.</translation>
    </message>
    <message>
        <source>&amp;Call in this order:</source>
        <translation>&amp;Звонить в таком порядке:</translation>
    </message>
    <message>
        <source>Contact tree, in calling order</source>
        <translation>Цепочка оповещения в порядке обзвона</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Remove from the tree</source>
        <translation>&amp;Убрать из цепочки</translation>
    </message>
    <message>
        <source>Move the selected contact up</source>
        <translation>Переместить выбранный контакт вверх</translation>
    </message>
    <message>
        <source>Move the selected contact down</source>
        <translation>Переместить выбранный контакт вниз</translation>
    </message>
    <message>
        <source>Remove the selected contact from the tree</source>
        <translation>Убрать выбранный контакт из цепочки</translation>
    </message>
    <message>
        <source>Add a &amp;contact:</source>
        <translation>Добавить &amp;контакт:</translation>
    </message>
    <message>
        <source>Contact to add to the tree</source>
        <translation>Контакт для добавления в цепочку</translation>
    </message>
    <message>
        <source>&amp;Add to the tree</source>
        <translation>&amp;Добавить в цепочку</translation>
    </message>
    <message>
        <source>Add the chosen contact to the tree</source>
        <translation>Добавить выбранный контакт в цепочку</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Call order</source>
        <translation>Порядок обзвона</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>Поиск контактов (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <source>Who to call &amp;first</source>
        <translation>Кому звонить &amp;первым</translation>
    </message>
    <message>
        <source>Show who to call first, in order</source>
        <translation>Показать, кому звонить в первую очередь, по порядку</translation>
    </message>
    <message>
        <source>&amp;Print the emergency card…</source>
        <translation>&amp;Распечатать карточку экстренных контактов…</translation>
    </message>
    <message>
        <source>Make a printable PDF card of who to call first</source>
        <translation>Создать PDF-карточку для печати: кому звонить в первую очередь</translation>
    </message>
</context>
<context>
    <name>CreateView</name>
    <message>
        <source>&lt;h2&gt;Create your journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Создайте свой журнал&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything you write is encrypted with your passphrase. No one, not even the makers of HR Journal, can reset a forgotten passphrase: the recovery secret shown next is the only other way in.</source>
        <translation>Всё, что вы записываете, шифруется вашей парольной фразой. Никто, даже создатели HR Journal, не может сбросить забытую парольную фразу: ключ восстановления, который будет показан дальше, — единственный другой способ открыть журнал.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Tie the journal to this computer</source>
        <translation>Привязать журнал к этому компьютеру</translation>
    </message>
    <message>
        <source>A copy of the journal folder taken to another computer then cannot be opened with the passphrase alone. The recovery secret still opens it anywhere.</source>
        <translation>Тогда копию папки журнала на другом компьютере нельзя будет открыть одной только парольной фразой. Ключ восстановления по-прежнему откроет её где угодно.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Creating the journal</source>
        <translation>Создание журнала</translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation>&amp;Создать журнал</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Create again to use it anyway.</source>
        <translation>Эту парольную фразу легко подобрать тому, кто заберёт ваш ноутбук. Добавьте несколько не связанных между собой слов или снова нажмите «Создать журнал», чтобы всё равно использовать её.</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>Создание журнала…</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Chain of custody of the selected file</source>
        <translation>Цепочка хранения выбранного файла</translation>
    </message>
</context>
<context>
    <name>DraftsBar</name>
    <message>
        <source>Unsaved edits kept</source>
        <translation>Несохранённые правки отложены</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;Восстановить их</translation>
    </message>
    <message>
        <source>Restore the unsaved edits</source>
        <translation>Восстановить несохранённые правки</translation>
    </message>
    <message>
        <source>Throw them away</source>
        <translation>Удалить их</translation>
    </message>
    <message>
        <source>Throw the unsaved edits away</source>
        <translation>Удалить несохранённые правки</translation>
    </message>
    <message numerus="yes">
        <source>The journal locked while %n record(s) had unsaved edits; they were kept.</source>
        <translation>
            <numerusform>Журнал заблокировался, когда в %n записи оставались несохранённые правки; они отложены.</numerusform>
            <numerusform>Журнал заблокировался, когда в %n записях оставались несохранённые правки; они отложены.</numerusform>
            <numerusform>Журнал заблокировался, когда в %n записях оставались несохранённые правки; они отложены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Удалить тревожную парольную фразу</translation>
    </message>
    <message>
        <source>Set a duress passphrase</source>
        <translation>Задать тревожную парольную фразу</translation>
    </message>
    <message>
        <source>If someone forces you to unlock, type the duress passphrase: the journal seems to open normally but is empty, and your real journal is destroyed for good.</source>
        <translation>Если вас заставляют разблокировать журнал, введите тревожную парольную фразу: журнал откроется как обычно, но будет пустым, а ваш настоящий журнал будет уничтожен навсегда.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Тревожная парольная фраза</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Повторите тревожную парольную фразу</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>Сообщение о тревожной парольной фразе</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>&amp;Ваша парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase:</source>
        <translation>&amp;Тревожная парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Set it</source>
        <translation>&amp;Задать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>Type the duress passphrase you want.</source>
        <translation>Введите тревожную парольную фразу, которую хотите использовать.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>Тревожные парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>There is no duress passphrase now.</source>
        <translation>Теперь тревожной парольной фразы нет.</translation>
    </message>
    <message>
        <source>The duress passphrase is set.</source>
        <translation>Тревожная парольная фраза задана.</translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation>Выполняется… Это займёт немного времени.</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <source>Who to call first, in order</source>
        <translation>Кому звонить в первую очередь, по порядку</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>No one has a place in the call order yet. Open a contact and give them a number under Call order to see them here.</source>
        <translation>Пока ни у кого нет места в порядке обзвона. Откройте контакт и укажите номер в поле «Порядок обзвона», чтобы он появился здесь.</translation>
    </message>
</context>
<context>
    <name>ExportRegister</name>
    <message>
        <source>Files made from this journal</source>
        <translation>Файлы, созданные из этого журнала</translation>
    </message>
    <message>
        <source>Every PDF and JSON file made from this journal. The panic wipe overwrites and deletes each of them; delete one yourself as soon as it has served.</source>
        <translation>Все PDF- и JSON-файлы, созданные из этого журнала. Экстренное стирание перезаписывает и удаляет каждый из них; удаляйте файл сами, как только он больше не нужен.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>&amp;Удалить сейчас…</translation>
    </message>
    <message>
        <source>Overwrite and delete the selected file</source>
        <translation>Перезаписать и удалить выбранный файл</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Read the list of files again</source>
        <translation>Заново прочитать список файлов</translation>
    </message>
    <message>
        <source>Export register message</source>
        <translation>Сообщение реестра экспорта</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Полная</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Для передачи</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (отсутствует)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Удалить сейчас</translation>
    </message>
    <message>
        <source>Overwrite and delete %1? This cannot be undone.</source>
        <translation>Перезаписать и удалить %1? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Overwrite and &amp;delete</source>
        <translation>Перезаписать и &amp;удалить</translation>
    </message>
    <message>
        <source>Overwrote and deleted %1.</source>
        <translation>Файл %1 перезаписан и удалён.</translation>
    </message>
</context>
<context>
    <name>ExportsView</name>
    <message>
        <source>Take everything out</source>
        <translation>Экспорт всех данных</translation>
    </message>
    <message>
        <source>A JSON export is NOT encrypted: anyone who finds the file can read every incident, contact and plan in it. Save it only to an encrypted drive, and delete it when you no longer need it.</source>
        <translation>Экспорт в JSON НЕ зашифрован: любой, кто найдёт файл, сможет прочитать все инциденты, контакты и планы в нём. Сохраняйте его только на зашифрованный диск и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
        <source>&amp;Export everything as JSON…</source>
        <translation>&amp;Экспортировать всё в JSON…</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Экспортировать всё в JSON</translation>
    </message>
    <message>
        <source>Bring records in</source>
        <translation>Импорт записей</translation>
    </message>
    <message>
        <source>Import adds the contacts, incidents, plans and attachments of an HR Journal JSON file. If anything in the file is wrong, nothing is added.</source>
        <translation>Импорт добавляет контакты, инциденты, планы и вложения из JSON-файла HR Journal. Если в файле что-то не так, ничего не добавляется.</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Импортировать из JSON…</translation>
    </message>
    <message>
        <source>Import from a JSON file</source>
        <translation>Импортировать из JSON-файла</translation>
    </message>
    <message>
        <source>Export and import message</source>
        <translation>Сообщение об экспорте и импорте</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Импорт из JSON</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n export(s) older than %1 days.</source>
        <translation>
            <numerusform>Удалён %n экспортированный файл старше %1 дн.</numerusform>
            <numerusform>Удалено %n экспортированных файла старше %1 дн.</numerusform>
            <numerusform>Удалено %n экспортированных файлов старше %1 дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n old export(s): %1</source>
        <translation>
            <numerusform>Не удалось удалить %n старый экспортированный файл: %1</numerusform>
            <numerusform>Не удалось удалить %n старых экспортированных файла: %1</numerusform>
            <numerusform>Не удалось удалить %n старых экспортированных файлов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Импортировано: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Revisions</source>
        <translation>Р&amp;едакции</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Время сохранения</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Saved revisions</source>
        <translation>Сохранённые редакции</translation>
    </message>
    <message>
        <source>Saved &amp;content of the selected revision</source>
        <translation>Сохранённое &amp;содержимое выбранной редакции</translation>
    </message>
    <message>
        <source>Saved content of the selected revision</source>
        <translation>Сохранённое содержимое выбранной редакции</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Сообщение истории</translation>
    </message>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>История начинается с сохранения записи.</translation>
    </message>
    <message>
        <source>The history will show when HR Journal is done.</source>
        <translation>История появится, когда HR Journal закончит работу.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>First saved</source>
        <translation>Первое сохранение</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>Сохранено без изменений</translation>
    </message>
    <message>
        <source>The record was deleted in this revision.</source>
        <translation>В этой редакции запись была удалена.</translation>
    </message>
</context>
<context>
    <name>IncidentCount</name>
    <message>
        <source>1 incident</source>
        <translation>1 инцидент</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents</source>
        <translation>
            <numerusform>%Ln инцидент</numerusform>
            <numerusform>%Ln инцидента</numerusform>
            <numerusform>%Ln инцидентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Сохранить инцидент</translation>
    </message>
    <message>
        <source>Save the incident (Ctrl+S)</source>
        <translation>Сохранить инцидент (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the incident a title before saving; a few words will do.</source>
        <translation>Перед сохранением дайте инциденту название; хватит нескольких слов.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 must be a number such as 19.4326; it is now “%2”.</source>
        <translation>%1: нужно число, например 19.4326; сейчас указано «%2».</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Что произошло</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>S&amp;ources and actions</source>
        <translation>&amp;Источники и меры</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Доказательства</translation>
    </message>
    <message>
        <source>&amp;Assessment and notes</source>
        <translation>&amp;Оценка и заметки</translation>
    </message>
    <message>
        <source>&amp;Confidentiality</source>
        <translation>&amp;Конфиденциальность</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Исто&amp;рия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Given when you first save</source>
        <translation>Присваивается при первом сохранении</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Still &amp;going on</source>
        <translation>&amp;Продолжается</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>Продолжается</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Слова для поиска, через запятую</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>Типы инцидента</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>What happened, in order: who, what, when, where, how.</source>
        <translation>Что произошло, по порядку: кто, что, когда, где, как.</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Стат&amp;ус</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation>Н&amp;ачало</translation>
    </message>
    <message>
        <source>&amp;Ended</source>
        <translation>Окончани&amp;е</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Ме&amp;тки</translation>
    </message>
    <message>
        <source>Incident t&amp;ypes</source>
        <translation>Типы ин&amp;цидента</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Опи&amp;сание</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Place details</source>
        <translation>Подробности о месте</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Р&amp;егион</translation>
    </message>
    <message>
        <source>Town or ci&amp;ty</source>
        <translation>&amp;Населённый пункт</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>&amp;Kind of place</source>
        <translation>&amp;Тип места</translation>
    </message>
    <message>
        <source>Latit&amp;ude</source>
        <translation>&amp;Широта</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude</source>
        <translation>Дол&amp;гота</translation>
    </message>
    <message>
        <source>Coordinates are optional. They are never put in exported reports unless you choose to include them.</source>
        <translation>Координаты указывать не обязательно. Они попадают в экспортируемые отчёты, только если вы сами решите их включить.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>What it changed for you, your work, your family or others.</source>
        <translation>Что это изменило для вас, вашей работы, вашей семьи или других людей.</translation>
    </message>
    <message>
        <source>Pe&amp;rpetrators</source>
        <translation>&amp;Нарушители</translation>
    </message>
    <message>
        <source>People a&amp;ffected</source>
        <translation>&amp;Пострадавшие</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>По&amp;следствия</translation>
    </message>
    <message>
        <source>Sou&amp;rces: how you know</source>
        <translation>Источ&amp;ники: откуда вы это знаете</translation>
    </message>
    <message>
        <source>Ac&amp;tions taken</source>
        <translation>&amp;Принятые меры</translation>
    </message>
    <message>
        <source>Related i&amp;ncidents</source>
        <translation>&amp;Связанные инциденты</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Закономерность</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>Кто за этим стоит</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Осуществимость</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
    <message>
        <source>What is known for certain.</source>
        <translation>Что известно наверняка.</translation>
    </message>
    <message>
        <source>Is it part of a series? Is it escalating?</source>
        <translation>Это часть серии? Ситуация обостряется?</translation>
    </message>
    <message>
        <source>What do they want to achieve?</source>
        <translation>Чего они хотят добиться?</translation>
    </message>
    <message>
        <source>Who may be behind it, and why.</source>
        <translation>Кто может за этим стоять и почему.</translation>
    </message>
    <message>
        <source>Could they carry out the threat?</source>
        <translation>Могут ли они осуществить угрозу?</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Факты</translation>
    </message>
    <message>
        <source>Pa&amp;ttern</source>
        <translation>&amp;Закономерность</translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation>&amp;Цель</translation>
    </message>
    <message>
        <source>Who is behin&amp;d it</source>
        <translation>Кто за &amp;этим стоит</translation>
    </message>
    <message>
        <source>F&amp;easibility</source>
        <translation>Ос&amp;уществимость</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>Оценка угрозы</translation>
    </message>
    <message>
        <source>P&amp;rivate notes (only for you)</source>
        <translation>Личн&amp;ые заметки (только для вас)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Who may see each part when you share a report. Restricted parts go only to people you trust; confidential parts stay with you unless you choose otherwise.</source>
        <translation>Кто может видеть каждую часть, когда вы делитесь отчётом. Части с ограниченным доступом получают только люди, которым вы доверяете; конфиденциальные части остаются у вас, если вы не решите иначе.</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <source>Search incidents (Ctrl+F)</source>
        <translation>Поиск инцидентов (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Поиск инцидентов</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Показать &amp;все</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Отчёт…</translation>
    </message>
    <message>
        <source>Make a PDF report of the open incident</source>
        <translation>Создать PDF-отчёт об открытом инциденте</translation>
    </message>
    <message>
        <source>Su&amp;mmary…</source>
        <translation>&amp;Сводка…</translation>
    </message>
    <message>
        <source>Make a PDF summary of the incidents in the list</source>
        <translation>Создать PDF-сводку по инцидентам из списка</translation>
    </message>
    <message>
        <source>No incident matches the filters: there is nothing to sum up.</source>
        <translation>Ни один инцидент не подходит под фильтры: сводить нечего.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Метка: %1</translation>
    </message>
    <message>
        <source>Happened on or after %1</source>
        <translation>Произошло %1 или позже</translation>
    </message>
    <message>
        <source>Happened on or before %1</source>
        <translation>Произошло %1 или раньше</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» — не дата; запишите дату как YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No incident matches.</source>
        <translation>Подходящих инцидентов нет.</translation>
    </message>
</context>
<context>
    <name>InterventionsTable</name>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>Связанный контакт</translation>
    </message>
    <message>
        <source>Told or asked</source>
        <translation>К кому обратились</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>О чём просили</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Actions taken, row %1: %2</source>
        <translation>Принятые меры, строка %1: %2</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Отменить текущую операцию</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Планы безопасности</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Закономерности</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>Заблокировать журнал (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Заблокировать журнал</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Идёт работа</translation>
    </message>
    <message>
        <source>Working… The journal is busy for a moment.</source>
        <translation>Выполняется… Журнал ненадолго занят.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>LanguageView</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>Экстренное стирание</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>HR Journal</source>
        <translation>HR Journal</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>Журнал заблокирован.</translation>
    </message>
    <message>
        <source>HR Journal hit an internal error (%1) and locked the journal; please report it.</source>
        <translation>В HR Journal произошла внутренняя ошибка (%1), и журнал заблокирован; пожалуйста, сообщите о ней.</translation>
    </message>
    <message>
        <source>Copied; cleared from the clipboard in %1 seconds.</source>
        <translation>Скопировано; буфер обмена будет очищен через %1 с.</translation>
    </message>
    <message>
        <source>Please wait a moment: HR Journal is working.</source>
        <translation>Подождите немного: HR Journal выполняет работу.</translation>
    </message>
</context>
<context>
    <name>PanicButton</name>
    <message>
        <source>Panic wipe</source>
        <translation>Экстренное стирание</translation>
    </message>
    <message>
        <source>Panic wipe: destroy the journal and its exports</source>
        <translation>Экстренное стирание: уничтожить журнал и экспортированные из него файлы</translation>
    </message>
    <message>
        <source>Destroy the journal and every file exported from it, after a short countdown you can stop (Ctrl+Shift+Del).</source>
        <translation>Уничтожает журнал и все экспортированные из него файлы после короткого обратного отсчёта, который можно остановить (Ctrl+Shift+Del).</translation>
    </message>
</context>
<context>
    <name>PanicCountdown</name>
    <message>
        <source>Panic wipe</source>
        <translation>Экстренное стирание</translation>
    </message>
    <message>
        <source>Panic wipe countdown</source>
        <translation>Обратный отсчёт до экстренного стирания</translation>
    </message>
    <message>
        <source>Time before the wipe</source>
        <translation>Время до стирания</translation>
    </message>
    <message>
        <source>Press any key or click to cancel.</source>
        <translation>Нажмите любую клавишу или щёлкните мышью, чтобы отменить.</translation>
    </message>
    <message>
        <source>Cancel the wipe</source>
        <translation>Отменить стирание</translation>
    </message>
    <message numerus="yes">
        <source>Wiping the journal in %n…</source>
        <translation>
            <numerusform>Журнал будет стёрт через %n секунду…</numerusform>
            <numerusform>Журнал будет стёрт через %n секунды…</numerusform>
            <numerusform>Журнал будет стёрт через %n секунд…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicSettings</name>
    <message>
        <source>In an emergency</source>
        <translation>В экстренной ситуации</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Сразу</translation>
    </message>
    <message>
        <source>Panic countdown in seconds</source>
        <translation>Обратный отсчёт экстренного стирания, в секундах</translation>
    </message>
    <message>
        <source>After the panic button or Ctrl+Shift+Del, the seconds left to cancel the wipe by pressing any key.</source>
        <translation>После кнопки экстренного стирания или Ctrl+Shift+Del — сколько секунд остаётся, чтобы отменить стирание нажатием любой клавиши.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Wipe the journal after this many wrong passphrases</source>
        <translation>Стереть журнал после стольких неверных парольных фраз</translation>
    </message>
    <message>
        <source>The count of wrong passphrases is kept beside the journal, unencrypted; a wipe cannot be undone.</source>
        <translation>Счётчик неверных парольных фраз хранится рядом с журналом в незашифрованном виде; стирание нельзя отменить.</translation>
    </message>
    <message>
        <source>Save e&amp;mergency settings</source>
        <translation>Сохранить &amp;экстренные настройки</translation>
    </message>
    <message>
        <source>Emergency settings message</source>
        <translation>Сообщение экстренных настроек</translation>
    </message>
    <message>
        <source>Set a &amp;duress passphrase…</source>
        <translation>Задать &amp;тревожную парольную фразу…</translation>
    </message>
    <message>
        <source>Remove the duress passphrase…</source>
        <translation>Удалить тревожную парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Practise a wipe…</source>
        <translation>&amp;Пробное стирание…</translation>
    </message>
    <message>
        <source>Panic cou&amp;ntdown:</source>
        <translation>Обратный &amp;отсчёт:</translation>
    </message>
    <message>
        <source>&amp;Wipe after wrong passphrases:</source>
        <translation>&amp;Стереть после неверных фраз:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <source>The system refused (%1).</source>
        <translation>Система отказала (%1).</translation>
    </message>
</context>
<context>
    <name>PartialDateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write what you know: a year (2024), a month (2024-03), a day (2024-03-05), or a day and time (2024-03-05T14:30).</source>
        <translation>Укажите то, что знаете: год (2024), месяц (2024-03), день (2024-03-05) или день и время (2024-03-05T14:30).</translation>
    </message>
    <message>
        <source>%1: how sure</source>
        <translation>%1: точность даты</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>&lt;h2&gt;Patterns&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Закономерности&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you record incidents with a start date or a type, this page shows when they happened and what kinds they were.</source>
        <translation>Пока показывать нечего. Когда вы запишете инциденты с датой начала или типом, здесь будет видно, когда они произошли и какого они были типа.</translation>
    </message>
    <message>
        <source>No patterns yet</source>
        <translation>Закономерностей пока нет</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Инциденты по месяцам</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Инциденты по типам</translation>
    </message>
    <message>
        <source>Click a mark to open the incident. Hollow marks are incidents known only to the month or year, placed in the middle of that time.</source>
        <translation>Нажмите на отметку, чтобы открыть инцидент. Полые отметки — инциденты, у которых известны только месяц или год; они стоят в середине этого периода.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Incidents by &amp;month</source>
        <translation>Инциденты по &amp;месяцам</translation>
    </message>
    <message>
        <source>Incidents dated only to a year are not counted here.</source>
        <translation>Инциденты, у которых известен только год, здесь не учитываются.</translation>
    </message>
    <message>
        <source>Incidents by t&amp;ype</source>
        <translation>Инциденты по &amp;типам</translation>
    </message>
    <message>
        <source>An incident of several types is counted under each.</source>
        <translation>Инцидент нескольких типов учитывается в каждом из них.</translation>
    </message>
    <message>
        <source>1 incident has a start date.</source>
        <translation>С датой начала — 1 инцидент.</translation>
    </message>
    <message>
        <source>%1 have a start date.</source>
        <translation>С датой начала — %1.</translation>
    </message>
    <message>
        <source>One of them is dated only to a year.</source>
        <translation>Один из них датирован только годом.</translation>
    </message>
    <message>
        <source>%1 of them are dated only to a year.</source>
        <translation>%1 из них датированы только годом.</translation>
    </message>
    <message>
        <source>The busiest months had %1 each; there were %2 of them.</source>
        <translation>Месяцев с наибольшим числом инцидентов — %2, в каждом — %1.</translation>
    </message>
    <message>
        <source>The busiest month was %1, with %2.</source>
        <translation>Месяц с наибольшим числом инцидентов — %1: %2.</translation>
    </message>
    <message>
        <source>The busiest months were %1, with %2 each.</source>
        <translation>Месяцы с наибольшим числом инцидентов — %1: в каждом %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Incidents without a start date are not on the timeline.</source>
        <translation>Инциденты без даты начала на хронологии не показаны.</translation>
    </message>
</context>
<context>
    <name>PerpetratorsTable</name>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Причастность</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>Связанный контакт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>Как установлено</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <source>Me (the keeper of this journal)</source>
        <translation>Я (владелец этого журнала)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Review reminder</source>
        <translation>Напоминание о пересмотре</translation>
    </message>
    <message>
        <source>Problem with this plan</source>
        <translation>Проблема с этим планом</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>Разделы плана</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>Со&amp;хранить план</translation>
    </message>
    <message>
        <source>Save the safety plan</source>
        <translation>Сохранить план безопасности</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>Об этом плане</translation>
    </message>
    <message>
        <source>Each risk is scored likelihood times impact, each from 1 (very low) to 5 (very high). The risk level follows from the score.</source>
        <translation>Балл каждого риска — это вероятность, умноженная на последствия; каждый показатель оценивается от 1 (очень низко) до 5 (очень высоко). Уровень риска определяется по баллу.</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Реестр рисков</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>Протокол выхода на связь</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>Цепочка оповещения</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Журнал пересмотров</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Название плана</translation>
    </message>
    <message>
        <source>Whose plan this is</source>
        <translation>Чей это план</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Дата последнего пересмотра</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>Дата следующего пересмотра</translation>
    </message>
    <message>
        <source>When to review the plan sooner</source>
        <translation>Когда пересмотреть план раньше срока</translation>
    </message>
    <message>
        <source>Events that mean this plan must be read again, such as a new threat.</source>
        <translation>События, после которых план нужно перечитать, например новая угроза.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>В&amp;ерсия:</translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation>&amp;Последний пересмотр:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>&amp;Следующий пересмотр:</translation>
    </message>
    <message>
        <source>Review soone&amp;r if:</source>
        <translation>Пересмотреть &amp;раньше, если:</translation>
    </message>
    <message>
        <source>These kept edits could not be read back.</source>
        <translation>Не удалось прочитать эти отложенные правки.</translation>
    </message>
    <message>
        <source>Give the plan a title before saving it.</source>
        <translation>Перед сохранением дайте плану название.</translation>
    </message>
    <message>
        <source>The last review date</source>
        <translation>Дата последнего пересмотра</translation>
    </message>
    <message>
        <source>The next review date</source>
        <translation>Дата следующего пересмотра</translation>
    </message>
    <message>
        <source>%1 is not a real date; write it as YYYY-MM-DD.</source>
        <translation>%1 указана неправильно; запишите её как YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This plan was due for review on %1. Read it through, change what is no longer true and add a line to the review log.</source>
        <translation>Срок пересмотра этого плана — %1. Перечитайте его, исправьте то, что уже не соответствует действительности, и добавьте запись в журнал пересмотров.</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (пора пересмотреть)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Планы безопасности</translation>
    </message>
    <message>
        <source>New safety plan from the chosen template</source>
        <translation>Новый план безопасности по выбранному шаблону</translation>
    </message>
    <message>
        <source>Template for a new plan</source>
        <translation>Шаблон для нового плана</translation>
    </message>
    <message>
        <source>New plans start from:</source>
        <translation>Новые планы создаются на основе:</translation>
    </message>
    <message>
        <source>Review reminder</source>
        <translation>Напоминание о пересмотре</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Отчёт…</translation>
    </message>
    <message>
        <source>Make a PDF of the open safety plan</source>
        <translation>Создать PDF открытого плана безопасности</translation>
    </message>
    <message>
        <source>Time to review: %1. Plans work only while they match your situation.</source>
        <translation>Пора пересмотреть: %1. План работает, только пока соответствует вашей ситуации.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>У вас есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>&amp;Save them</source>
        <translation>&amp;Сохранить их</translation>
    </message>
    <message>
        <source>&amp;Throw them away</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить редактирование</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>&amp;New</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation>Создать новую запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <source>List message</source>
        <translation>Сообщение списка</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete this record and empty its history? This cannot be undone.</source>
        <translation>Удалить эту запись и очистить её историю? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Добавить строку в таблицу «%1»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the chosen row from %1</source>
        <translation>Удалить выбранную строку из таблицы «%1»</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, строка %2</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>&lt;h2&gt;Write down your recovery secret&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Запишите ключ восстановления&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>It opens the journal if you forget your passphrase. It is shown only now. Write it on paper and keep it away from this computer.</source>
        <translation>Он откроет журнал, если вы забудете парольную фразу. Он показывается только сейчас. Запишите его на бумаге и храните отдельно от этого компьютера.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>The group of the recovery secret asked for</source>
        <translation>Запрошенная группа ключа восстановления</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>When it is written down, type group %1 of %2 from your paper:</source>
        <translation>Когда запишете, введите группу %1 из %2 со своего листа:</translation>
    </message>
    <message>
        <source>That is not group %1; check your paper.</source>
        <translation>Это не группа %1; проверьте свою запись.</translation>
    </message>
</context>
<context>
    <name>RelatedIncidentsTable</name>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>How it is related</source>
        <translation>Как связан</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>Связанные инциденты</translation>
    </message>
    <message>
        <source>Choose the incident and how it is related in row %1 of Related incidents, or remove that row.</source>
        <translation>Выберите инцидент и тип связи в строке %1 таблицы «Связанные инциденты» или удалите эту строку.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>What the report is about</source>
        <translation>О чём отчёт</translation>
    </message>
    <message>
        <source>Show &amp;images of the evidence</source>
        <translation>Показывать &amp;изображения доказательств</translation>
    </message>
    <message>
        <source>Show images of the evidence</source>
        <translation>Показывать изображения доказательств</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Сообщение об отчёте</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Сохранить отчёт в PDF-файл</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Закр&amp;ыть</translation>
    </message>
    <message>
        <source>Close the report window</source>
        <translation>Закрыть окно отчёта</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Отчёт об инциденте</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Сводка инцидентов</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>План безопасности</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>Карточка экстренных контактов</translation>
    </message>
    <message>
        <source>The people in your call order, and how to reach them.</source>
        <translation>Люди из вашего порядка обзвона и как с ними связаться.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>All the incidents in the journal.</source>
        <translation>Все инциденты журнала.</translation>
    </message>
    <message>
        <source>The incidents chosen by: %1</source>
        <translation>Инциденты, выбранные по условиям: %1</translation>
    </message>
    <message>
        <source>Who is this copy for?</source>
        <translation>Для кого эта копия?</translation>
    </message>
    <message>
        <source>&amp;Share (redacted, for other people)</source>
        <translation>Для &amp;передачи (с сокрытием данных, для других людей)</translation>
    </message>
    <message>
        <source>Share: redacted, for other people</source>
        <translation>Для передачи: с сокрытием данных, для других людей</translation>
    </message>
    <message>
        <source>&amp;Full (everything, for yourself)</source>
        <translation>По&amp;лная (всё, для себя)</translation>
    </message>
    <message>
        <source>Full: everything, for yourself</source>
        <translation>Полная: всё, для себя</translation>
    </message>
    <message>
        <source>A safety plan is only made in full: it tells whoever reads it when you would be missed and what you would do. Protect it with a password.</source>
        <translation>План безопасности создаётся только полностью: из него видно, когда вас хватятся и что вы будете делать. Защитите его паролем.</translation>
    </message>
    <message>
        <source>Why a safety plan is only made in full</source>
        <translation>Почему план безопасности создаётся только полностью</translation>
    </message>
    <message>
        <source>What this copy leaves out</source>
        <translation>Что не попадёт в эту копию</translation>
    </message>
    <message>
        <source>What is kept as you wrote it</source>
        <translation>Что остаётся так, как вы написали</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Protect the PDF with a password</source>
        <translation>&amp;Защитить PDF паролем</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Защитить PDF паролем</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Пароль PDF</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>Повторите пароль PDF</translation>
    </message>
    <message>
        <source>The password is never stored. Give it to the reader another way than the file: in person, by phone or in a different app.</source>
        <translation>Пароль нигде не сохраняется. Передайте его получателю не тем же путём, что и файл: лично, по телефону или в другом приложении.</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>О пароле</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Сообщение о пароле</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Ещё р&amp;аз:</translation>
    </message>
    <message>
        <source>Names of people and organisations: their aliases are shown instead.</source>
        <translation>Имена людей и названия организаций: вместо них показываются псевдонимы.</translation>
    </message>
    <message>
        <source>Sources and witnesses.</source>
        <translation>Источники и свидетели.</translation>
    </message>
    <message>
        <source>Private notes.</source>
        <translation>Личные заметки.</translation>
    </message>
    <message>
        <source>The threat assessment.</source>
        <translation>Оценка угрозы.</translation>
    </message>
    <message>
        <source>Phone numbers, addresses, accounts and fingerprints.</source>
        <translation>Номера телефонов, адреса, учётные записи и отпечатки ключей.</translation>
    </message>
    <message>
        <source>Map coordinates.</source>
        <translation>Координаты на карте.</translation>
    </message>
    <message>
        <source>Place details: only the town and the country are kept.</source>
        <translation>Подробности места: остаются только населённый пункт и страна.</translation>
    </message>
    <message>
        <source>The original names of evidence files.</source>
        <translation>Исходные имена файлов с доказательствами.</translation>
    </message>
    <message>
        <source>The custody log of evidence.</source>
        <translation>Журнал цепочки хранения доказательств.</translation>
    </message>
    <message>
        <source>Every part of an incident marked confidential.</source>
        <translation>Все части инцидента, отмеченные как конфиденциальные.</translation>
    </message>
    <message>
        <source>The whole plan: a safety plan is only exported in full.</source>
        <translation>Весь план: план безопасности экспортируется только полностью.</translation>
    </message>
    <message>
        <source>Notes about contacts.</source>
        <translation>Заметки о контактах.</translation>
    </message>
    <message>
        <source>Text you wrote yourself (titles, descriptions, plan sections) is kept as written: read it for names before you share.</source>
        <translation>Текст, который вы написали сами (заголовки, описания, разделы плана), остаётся как есть: перед передачей проверьте, нет ли в нём имён.</translation>
    </message>
    <message>
        <source>Nothing is removed: this copy holds every detail, names and contact details included.</source>
        <translation>Ничего не убирается: в этой копии есть все подробности, включая имена и контактные данные.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Два пароля не совпадают.</translation>
    </message>
    <message>
        <source>A PDF password needs at least %1 characters; a short one is guessed in minutes.</source>
        <translation>Пароль PDF должен содержать не меньше %1 символов: короткий подбирается за минуты.</translation>
    </message>
    <message>
        <source>Matching a search (its words are left out of shared copies)</source>
        <translation>Найденные поиском (слова поиска не попадают в копии для передачи)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 уже существует. Заменить его этим отчётом?</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Создание отчёта…</translation>
    </message>
    <message>
        <source>Saved %1 (%2). It is in the export register; the panic wipe will destroy it.</source>
        <translation>Сохранено: %1 (%2). Файл внесён в реестр экспорта; экстренное стирание его уничтожит.</translation>
    </message>
    <message>
        <source>It has no password: anyone who gets the file can read it.</source>
        <translation>Пароля нет: любой, кто получит файл, сможет его прочитать.</translation>
    </message>
</context>
<context>
    <name>ReviewLogEditor</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Кто пересматривал</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Журнал пересмотров</translation>
    </message>
    <message>
        <source>&amp;Add a review</source>
        <translation>&amp;Добавить пересмотр</translation>
    </message>
    <message>
        <source>Add a review dated today</source>
        <translation>Добавить пересмотр с сегодняшней датой</translation>
    </message>
    <message>
        <source>&amp;Remove this review</source>
        <translation>&amp;Удалить этот пересмотр</translation>
    </message>
    <message>
        <source>Remove the selected review</source>
        <translation>Удалить выбранный пересмотр</translation>
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Вероятность (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Последствия (1-5)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>Who or what is behind it</source>
        <translation>Кто или что за этим стоит</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Уязвимости</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Предотвращение</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Если это случится</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Кто действует</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Реестр рисков</translation>
    </message>
    <message>
        <source>&amp;Add a risk</source>
        <translation>&amp;Добавить риск</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Добавить риск</translation>
    </message>
    <message>
        <source>&amp;Remove this risk</source>
        <translation>&amp;Удалить этот риск</translation>
    </message>
    <message>
        <source>Remove the selected risk</source>
        <translation>Удалить выбранный риск</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings message</source>
        <translation>Сообщение настроек</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Блокировать после стольких минут бездействия</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Блокировать при сворачивании окна</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Clear copied text after this many seconds</source>
        <translation>Очищать скопированный текст через столько секунд</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Delete exports after this many days</source>
        <translation>Удалять экспортированные файлы через столько дней</translation>
    </message>
    <message>
        <source>Each time you unlock the journal, PDF and JSON files made from it longer ago than this are overwritten and deleted.</source>
        <translation>При каждой разблокировке журнала PDF- и JSON-файлы, созданные из него раньше этого срока, перезаписываются и удаляются.</translation>
    </message>
    <message>
        <source>Screenshots and screen sharing leave HR Journal&apos;s windows out.</source>
        <translation>Окна HR Journal не попадают на снимки экрана и в демонстрацию экрана.</translation>
    </message>
    <message>
        <source>This system cannot keep HR Journal&apos;s windows out of screenshots or screen sharing; lock the journal before sharing your screen.</source>
        <translation>Эта система не может скрыть окна HR Journal от снимков экрана и демонстрации экрана; заблокируйте журнал, прежде чем показывать свой экран.</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Захват экрана</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Со&amp;хранить настройки</translation>
    </message>
    <message>
        <source>Save the protection settings</source>
        <translation>Сохранить настройки защиты</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Блокировать после бездействия:</translation>
    </message>
    <message>
        <source>Clear &amp;copied text after:</source>
        <translation>О&amp;чищать скопированное через:</translation>
    </message>
    <message>
        <source>Delete &amp;exports after (days):</source>
        <translation>Удалять &amp;экспорт через (дней):</translation>
    </message>
    <message>
        <source>Language and discretion</source>
        <translation>Язык и незаметность</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Discreet mode: a neutral window title and icon</source>
        <translation>Незаметный режим: нейтральные заголовок окна и значок</translation>
    </message>
    <message>
        <source>Save &amp;language and discretion</source>
        <translation>Сохранить язык и &amp;незаметность</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Current passphrase or recovery secret</source>
        <translation>Текущая парольная фраза или ключ восстановления</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Изменить парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>Сообщение о парольной фразе</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Текущая:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Новая:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Saved. The new language is used from the next start of HR Journal.</source>
        <translation>Сохранено. Новый язык будет использоваться при следующем запуске HR Journal.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Change again to use it anyway.</source>
        <translation>Эту парольную фразу легко угадает тот, кто заберёт ваш ноутбук. Добавьте несколько не связанных между собой слов или нажмите «Изменить» ещё раз, чтобы всё же использовать её.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
    <message>
        <source>The passphrase is changed; use the new one from now on.</source>
        <translation>Парольная фраза изменена; теперь используйте новую.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Linked contact</source>
        <translation>Связанный контакт</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Связь с событием</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>Очень слабая: легко подобрать</translation>
    </message>
    <message>
        <source>Weak: add more words</source>
        <translation>Слабая: добавьте ещё слов</translation>
    </message>
    <message>
        <source>Fair: one or two more words would help</source>
        <translation>Средняя: стоит добавить ещё одно-два слова</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of incidents</source>
        <translation>Хронология инцидентов</translation>
    </message>
    <message>
        <source>1 incident: %1. Press Enter to open it.</source>
        <translation>1 инцидент: %1. Нажмите Enter, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3. Use the arrow keys to go from one to the next.</source>
        <translation>%1, с %2 по %3. Переходите от одного к другому клавишами со стрелками.</translation>
    </message>
    <message>
        <source>Selected: %1. Press Enter to open it.</source>
        <translation>Выбран: %1. Нажмите Enter, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>&lt;h2&gt;Unlock your journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Разблокируйте журнал&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your passphrase, or your recovery secret:</source>
        <translation>Ваша парольная фраза или ключ восстановления:</translation>
    </message>
    <message>
        <source>Passphrase or recovery secret</source>
        <translation>Парольная фраза или ключ восстановления</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
</context>
<context>
    <name>WipeRehearsal</name>
    <message>
        <source>Practise a wipe</source>
        <translation>Пробное стирание</translation>
    </message>
    <message>
        <source>This is only a practice: nothing is destroyed. A real panic wipe would destroy the following.</source>
        <translation>Это только проба: ничего не уничтожается. Настоящее экстренное стирание уничтожило бы следующее.</translation>
    </message>
    <message>
        <source>What a panic wipe would destroy</source>
        <translation>Что уничтожит экстренное стирание</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Закр&amp;ыть</translation>
    </message>
    <message>
        <source>Close the practice</source>
        <translation>Закрыть пробу</translation>
    </message>
    <message>
        <source>Looking at the journal&apos;s files…</source>
        <translation>Просмотр файлов журнала…</translation>
    </message>
    <message>
        <source>First the journal&apos;s key: from that moment nothing of the journal can be opened, not even with the passphrase or the recovery secret.</source>
        <translation>Сначала ключ журнала: с этого момента ничего из журнала открыть нельзя, даже с парольной фразой или ключом восстановления.</translation>
    </message>
    <message>
        <source>Then the secret in the system keyring that ties the journal to this computer.</source>
        <translation>Затем секрет в системном хранилище ключей, привязывающий журнал к этому компьютеру.</translation>
    </message>
    <message numerus="yes">
        <source>Then the exported files (%n):</source>
        <translation>
            <numerusform>Затем экспортированные файлы (%n):</numerusform>
            <numerusform>Затем экспортированные файлы (%n):</numerusform>
            <numerusform>Затем экспортированные файлы (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>уже удалён</translation>
    </message>
    <message numerus="yes">
        <source>Then the journal&apos;s own files (%n):</source>
        <translation>
            <numerusform>Затем файлы самого журнала (%n):</numerusform>
            <numerusform>Затем файлы самого журнала (%n):</numerusform>
            <numerusform>Затем файлы самого журнала (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would leave these alone, although the export register names them (%n):</source>
        <translation>
            <numerusform>Это осталось бы нетронутым, хотя реестр экспорта это называет (%n):</numerusform>
            <numerusform>Это осталось бы нетронутым, хотя реестр экспорта это называет (%n):</numerusform>
            <numerusform>Это осталось бы нетронутым, хотя реестр экспорта это называет (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1.</source>
        <translation>Всего: %1.</translation>
    </message>
    <message>
        <source>How long the rest would take could not be measured here.</source>
        <translation>Сколько займёт остальное, здесь измерить не удалось.</translation>
    </message>
    <message>
        <source>Destroying the key takes well under a second; everything would be gone in about %1 seconds.</source>
        <translation>Уничтожение ключа занимает намного меньше секунды; всё исчезло бы примерно за %1 с.</translation>
    </message>
</context>
<context>
    <name>WipeReportWindow</name>
    <message>
        <source>Panic wipe</source>
        <translation>Экстренное стирание</translation>
    </message>
    <message>
        <source>Panic wipe report</source>
        <translation>Отчёт об экстренном стирании</translation>
    </message>
    <message>
        <source>Wiping the journal…</source>
        <translation>Журнал стирается…</translation>
    </message>
    <message>
        <source>Wipe status</source>
        <translation>Состояние стирания</translation>
    </message>
    <message>
        <source>Wipe progress</source>
        <translation>Ход стирания</translation>
    </message>
    <message>
        <source>What the wipe did</source>
        <translation>Что сделало стирание</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Закр&amp;ыть</translation>
    </message>
    <message>
        <source>Close HR Journal</source>
        <translation>Закрыть HR Journal</translation>
    </message>
    <message>
        <source>The wipe is over, but some files could not be destroyed: they are listed below.</source>
        <translation>Стирание закончено, но некоторые файлы уничтожить не удалось: они перечислены ниже.</translation>
    </message>
    <message>
        <source>There was no journal here to wipe.</source>
        <translation>Здесь не было журнала, который нужно стереть.</translation>
    </message>
    <message>
        <source>The journal is wiped.</source>
        <translation>Журнал стёрт.</translation>
    </message>
    <message>
        <source>The wipe could not finish.</source>
        <translation>Стирание не удалось завершить.</translation>
    </message>
</context>
<context>
    <name>country</name>
    <message>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Албания</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Алжир</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Американские Самоа</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Андорра</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Ангола</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Ангвилла</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Антарктика</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Антигуа и Барбуда</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Аргентина</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Аруба</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Австралия</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Багамы</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Бахрейн</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Бангладеш</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Барбадос</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Белиз</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Бенин</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Бермуды</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Бутан</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Боливия</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Бонайре, Синт-Эстатиус и Саба</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Босния и Герцеговина</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Ботсвана</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Остров Буве</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Бразилия</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Британская территория Индийского океана</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Бруней Даруссалам</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгария</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Буркина-Фасо</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Бурунди</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Кабо-Верде</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Камбоджа</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Камерун</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Каймановы острова</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Центрально-африканская республика</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Чад</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Чили</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Остров Рождества</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Кокосовые острова</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Колумбия</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Коморы</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Конго</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Демократическая Республика Конго</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Острова Кука</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Коста-Рика</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Хорватия</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Куба</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Кюрасао</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Кипр</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Кот-д&apos;Ивуар</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Дания</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Джибути</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Доминика</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Доминиканская республика</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Эквадор</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Египет</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Сальвадор</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Экваториальная Гвинея</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Эритрея</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Эсватини</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Эфиопия</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Фолклендские (Мальвинские) острова</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Фарерские острова</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Фиджи</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Французская Гвиана</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Французская Полинезия</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Французские южные территории</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Габон</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Гамбия</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Гана</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Гибралтар</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Греция</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Гренландия</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Гренада</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Гваделупа</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Гуам</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Гватемала</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Гернси</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Гвинея</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Гвинея-Бисау</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Гайана</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Гаити</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Остров Херд и острова МакДональд</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Государство-город Ватикан</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Гондурас</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Гонконг</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Исландия</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Индонезия</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Ирак</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Остров Мэн</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Израиль</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Ямайка</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Джерси</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Иордания</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Кения</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Кирибати</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Кувейт</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Лаос</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Ливан</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Лесото</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Либерия</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Ливия</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Лихтенштейн</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Люксембург</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Макао</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Мадагаскар</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Малави</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Малайзия</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Мальдивы</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Мали</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Мальта</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Маршалловы острова</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Мартиника</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Мавритания</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Маврикий</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Майот</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Мексика</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Федеративные Штаты Микронезии</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдавия</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Монако</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Черногория</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Монтсеррат</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Марокко</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Мозамбик</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Мьянма</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Намибия</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Науру</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Непал</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Новая Каледония</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Новая Зеландия</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Никарагуа</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Нигер</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Нигерия</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Ниуэ</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Остров Норфолк</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Северная Корея</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Северная Македония</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Острова северной Марианы</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Оман</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Палау</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Палестина</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Панама</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Папуа — Новая Гвинея</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Парагвай</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Перу</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Филиппины</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Питкэрн</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Португалия</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Пуэрто-Рико</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Катар</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Российская Федерация</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Руанда</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Реюньон</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Сен-Бартельми</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Остров Святой Елены, Остров Вознесения и Тристан-да-Кунья</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Сент-Китс и Невис</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Сент-Люсия</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Сен-Мартен (Франция)</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Сен-Пьер и Микелон</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Сент-Винсент и Гренадины</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Самоа</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Сан-Марино</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Сан-Томе и Принсипи</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Сенегал</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сербия</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Сейшелы</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Сьерра-Леоне</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Сингапур</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Синт-Мартен (голландская часть)</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Словения</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Соломоновы Острова</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Сомали</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Южная Африка</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Южная Джорджия и Южные Сандвичевы острова</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Южная Корея</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Южный Судан</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Шри-Ланка</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Судан</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Суринам</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Шпицберген и Ян-Майен</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сирия</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Тайвань</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Танзания</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Таиланд</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Восточный Тимор</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Того</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Токелау</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Тонга</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Тринидад и Тобаго</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Тунис</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Острова Туркс и Каикос</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Тувалу</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Уганда</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Объединённые Арабские Эмираты</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Соединённое Королевство</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Соединённые штаты</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Соединенные штаты Малых Удаленных островов</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Уругвай</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Вануату</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Венесуэла</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Вьетнам</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Виргинские острова (Британия)</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Виргинские острова (США)</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Уоллес и Футана</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Западная Сахара</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Йемен</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Замбия</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Зимбабве</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Аландские острова</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>%1, item %2</source>
        <translation>%1, элемент %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>Через (мин)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто пересматривал</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Способы связи</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Выход на связь</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>План связи</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Связь с событием</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>Цепочка оповещения</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Context and actors</source>
        <translation>Контекст и действующие лица</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Если это случится</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Шаги, если вы не вышли на связь</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Осуществимость</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Код безопасности или отпечаток</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Grace period (minutes)</source>
        <translation>Ждать перед действиями (мин)</translation>
    </message>
    <message>
        <source>How exact the start date is</source>
        <translation>Точность даты начала</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Как установлено</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>Если меня задержат</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>Типы инцидента</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Причастность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Последний пересмотр</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>К кому обратились</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Закономерность</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>Место в порядке обзвона</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Предпочтительный</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Предотвращение</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связанные инциденты</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Как связан</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>О чём просили</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Журнал пересмотров</translation>
    </message>
    <message>
        <source>Review triggers</source>
        <translation>Пересмотреть раньше, если</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Реестр рисков</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Планы безопасности</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Кто или что за этим стоит</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>Оценка угрозы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Номер или адрес</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Уязвимости</translation>
    </message>
    <message>
        <source>What they may receive</source>
        <translation>Может получать</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>Кто за этим стоит</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>Check-in protocol</source>
        <translation>Протокол выхода на связь</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>На случай задержания</translation>
    </message>
    <message>
        <source>Personal safety plan</source>
        <translation>Личный план безопасности</translation>
    </message>
    <message>
        <source>Travel safety plan</source>
        <translation>План безопасности для поездки</translation>
    </message>
    <message>
        <source>Use this before a trip to a risky area or abroad, such as a field visit, a hearing or a conference.</source>
        <translation>Используйте этот шаблон перед поездкой в опасный район или за границу, например для работы на месте, на судебное заседание или на конференцию.</translation>
    </message>
    <message>
        <source>Use this for one overall plan for your own safety: your work, home, devices, health and the people who depend on you.</source>
        <translation>Используйте этот шаблон для единого общего плана вашей личной безопасности: работа, дом, устройства, здоровье и люди, которые от вас зависят.</translation>
    </message>
    <message>
        <source>Use this to agree regular check-ins with a trusted person, and exactly what they do if you miss one.</source>
        <translation>Используйте этот шаблон, чтобы договориться с доверенным человеком о регулярном выходе на связь и о том, что именно он сделает, если вы не выйдете на связь.</translation>
    </message>
    <message>
        <source>Use this to prepare for arrest or detention, so you and the people around you know what to do before, during and after.</source>
        <translation>Используйте этот шаблон, чтобы подготовиться к аресту или задержанию и чтобы вы и люди вокруг вас знали, что делать до, во время и после него.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Abduction or kidnapping</source>
        <translation>Похищение</translation>
    </message>
    <message>
        <source>Account taken over</source>
        <translation>Захват аккаунта</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Почти наверняка</translation>
    </message>
    <message>
        <source>Armed opposition</source>
        <translation>Вооружённая оппозиция</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Арест</translation>
    </message>
    <message>
        <source>Assault or beating</source>
        <translation>Нападение или избиение</translation>
    </message>
    <message>
        <source>Attempted killing</source>
        <translation>Покушение на убийство</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Аудиозапись</translation>
    </message>
    <message>
        <source>Being watched or followed</source>
        <translation>Наружное наблюдение или слежка</translation>
    </message>
    <message>
        <source>Border or checkpoint</source>
        <translation>Граница или КПП</translation>
    </message>
    <message>
        <source>Business or company</source>
        <translation>Бизнес или компания</translation>
    </message>
    <message>
        <source>Carried it out</source>
        <translation>Непосредственное совершение</translation>
    </message>
    <message>
        <source>Censorship</source>
        <translation>Цензура</translation>
    </message>
    <message>
        <source>Charges or prosecution</source>
        <translation>Обвинение или уголовное преследование</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Собрано</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>План связи</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation>Член местного сообщества</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Confiscation</source>
        <translation>Конфискация</translation>
    </message>
    <message>
        <source>Consequence of</source>
        <translation>Является следствием</translation>
    </message>
    <message>
        <source>Context and actors</source>
        <translation>Контекст и действующие лица</translation>
    </message>
    <message>
        <source>Continuity and family</source>
        <translation>Непрерывность работы и семья</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Courts (judiciary)</source>
        <translation>Суды (судебная власть)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Crowd or mob</source>
        <translation>Толпа</translation>
    </message>
    <message>
        <source>Day unknown</source>
        <translation>День неизвестен</translation>
    </message>
    <message>
        <source>Death threat</source>
        <translation>Угроза убийством</translation>
    </message>
    <message>
        <source>Defamation</source>
        <translation>Диффамация</translation>
    </message>
    <message>
        <source>Denied a lawyer or legal help</source>
        <translation>Отказ в доступе к адвокату или юридической помощи</translation>
    </message>
    <message>
        <source>Deprivation of liberty</source>
        <translation>Лишение свободы</translation>
    </message>
    <message>
        <source>Derived copy</source>
        <translation>Производная копия</translation>
    </message>
    <message>
        <source>Detention or imprisonment</source>
        <translation>Содержание под стражей или заключение</translation>
    </message>
    <message>
        <source>Digital attack</source>
        <translation>Цифровая атака</translation>
    </message>
    <message>
        <source>Digital security</source>
        <translation>Цифровая безопасность</translation>
    </message>
    <message>
        <source>Digital security helpline</source>
        <translation>Горячая линия по цифровой безопасности</translation>
    </message>
    <message>
        <source>Digital surveillance</source>
        <translation>Цифровая слежка</translation>
    </message>
    <message>
        <source>Diplomatic contact</source>
        <translation>Обращение к дипломатам</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Врач</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Сомнительно</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Embassy or diplomat</source>
        <translation>Посольство или дипломат</translation>
    </message>
    <message>
        <source>Emergency card</source>
        <translation>Карточка на экстренный случай</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Контакт на экстренный случай</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Encrypted email (PGP)</source>
        <translation>Зашифрованная почта (PGP)</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Насильственное исчезновение</translation>
    </message>
    <message>
        <source>Estimated date</source>
        <translation>Приблизительная дата</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>Выселение</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Точная дата</translation>
    </message>
    <message>
        <source>Exile</source>
        <translation>Изгнание</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <source>Expression and association</source>
        <translation>Свобода выражения и объединений</translation>
    </message>
    <message>
        <source>Failed to protect</source>
        <translation>Неисполнение обязанности защищать</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>Свобода передвижения</translation>
    </message>
    <message>
        <source>Full incident report</source>
        <translation>Полный отчёт об инциденте</translation>
    </message>
    <message>
        <source>Gave the order</source>
        <translation>Отдача приказа</translation>
    </message>
    <message>
        <source>Government (executive)</source>
        <translation>Правительство (исполнительная власть)</translation>
    </message>
    <message>
        <source>Group or organisation banned</source>
        <translation>Запрет группы или организации</translation>
    </message>
    <message>
        <source>Happened after</source>
        <translation>Произошло позже</translation>
    </message>
    <message>
        <source>Happened before</source>
        <translation>Произошло раньше</translation>
    </message>
    <message>
        <source>Heard from others</source>
        <translation>Со слов других</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Дом</translation>
    </message>
    <message>
        <source>Home, office and travel</source>
        <translation>Дом, офис и поездки</translation>
    </message>
    <message>
        <source>House arrest</source>
        <translation>Домашний арест</translation>
    </message>
    <message>
        <source>How and when you check in with trusted people, and what happens if you do not.</source>
        <translation>Как и когда вы выходите на связь с доверенными людьми и что происходит, если вы этого не делаете.</translation>
    </message>
    <message>
        <source>How you look after your body and mind under stress.</source>
        <translation>Как вы заботитесь о теле и психике в условиях стресса.</translation>
    </message>
    <message>
        <source>How you protect your phone, computer, accounts and data.</source>
        <translation>Как вы защищаете телефон, компьютер, учётные записи и данные.</translation>
    </message>
    <message>
        <source>How you stay safer at home, at work and when moving around.</source>
        <translation>Как вы обеспечиваете безопасность дома, на работе и в поездках.</translation>
    </message>
    <message>
        <source>If I am detained</source>
        <translation>Если меня задержат</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Выдача себя за другого</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Краткое описание инцидента</translation>
    </message>
    <message>
        <source>Intelligence or secret service</source>
        <translation>Разведка или спецслужбы</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>Судебное преследование</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Legal action</source>
        <translation>Юридические действия</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Вероятно</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Серьёзные</translation>
    </message>
    <message>
        <source>Malware or spyware</source>
        <translation>Вредоносное или шпионское ПО</translation>
    </message>
    <message>
        <source>Media or journalist</source>
        <translation>СМИ или журналист</translation>
    </message>
    <message>
        <source>Media or publicity</source>
        <translation>СМИ или огласка</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Медицинский документ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Meeting or protest banned</source>
        <translation>Запрет собрания или акции протеста</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Военные</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Небольшие</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Умеренные</translation>
    </message>
    <message>
        <source>Month and day unknown</source>
        <translation>Месяц и день неизвестны</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Требует дальнейших действий</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Незначительные</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>Сообщение СМИ</translation>
    </message>
    <message>
        <source>Non-state armed or organised group</source>
        <translation>Негосударственная вооружённая или организованная группа</translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>Office closed</source>
        <translation>Закрытие офиса</translation>
    </message>
    <message>
        <source>Office or workplace</source>
        <translation>Офис или место работы</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>Официальный документ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В интернете</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>Травля в интернете</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Parliament (legislative)</source>
        <translation>Парламент (законодательная власть)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Является частью</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Personal details published (doxxing)</source>
        <translation>Публикация личных данных (доксинг)</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Фишинг</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <source>Phone or computer seized</source>
        <translation>Изъятие телефона или компьютера</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Физическое нападение</translation>
    </message>
    <message>
        <source>Planned it</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Отделение полиции</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Возможно</translation>
    </message>
    <message>
        <source>Prison or detention centre</source>
        <translation>Тюрьма или место содержания под стражей</translation>
    </message>
    <message>
        <source>Private individuals</source>
        <translation>Частные лица</translation>
    </message>
    <message>
        <source>Private security guards</source>
        <translation>Частная охрана</translation>
    </message>
    <message>
        <source>Pro-government group</source>
        <translation>Проправительственная группа</translation>
    </message>
    <message>
        <source>Protection organisation</source>
        <translation>Организация по защите правозащитников</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психосоциальная поддержка</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Общедоступно</translation>
    </message>
    <message>
        <source>Public event or meeting</source>
        <translation>Публичное мероприятие или собрание</translation>
    </message>
    <message>
        <source>Raid or search</source>
        <translation>Обыск или рейд</translation>
    </message>
    <message>
        <source>Raids and property</source>
        <translation>Обыски и имущество</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Редко</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Лист восстановления</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Данные скрыты</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Достоверно</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Релокация</translation>
    </message>
    <message>
        <source>Request for protection</source>
        <translation>Запрос о защите</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>План безопасности</translation>
    </message>
    <message>
        <source>Saw it happen</source>
        <translation>Очевидец</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Тяжёлые</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Сексуальные домогательства</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуальное насилие</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Smear campaign</source>
        <translation>Кампания по дискредитации</translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation>Публикация в соцсетях</translation>
    </message>
    <message>
        <source>Spoken lies (slander)</source>
        <translation>Устная клевета</translation>
    </message>
    <message>
        <source>Stalking or being followed</source>
        <translation>Навязчивое преследование (сталкинг)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Street or public place</source>
        <translation>Улица или общественное место</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Слежка</translation>
    </message>
    <message>
        <source>Surveillance of the organisation</source>
        <translation>Слежка за организацией</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Подозрение в причастности</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Theft or looting</source>
        <translation>Кража или мародёрство</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Threats and harassment</source>
        <translation>Угрозы и преследование</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>Пытки</translation>
    </message>
    <message>
        <source>Travel ban</source>
        <translation>Запрет на выезд</translation>
    </message>
    <message>
        <source>Trusted contact</source>
        <translation>Доверенное лицо</translation>
    </message>
    <message>
        <source>UN or regional body</source>
        <translation>ООН или региональный орган</translation>
    </message>
    <message>
        <source>Unfair trial</source>
        <translation>Несправедливый суд</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Маловероятно</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>Срочное обращение</translation>
    </message>
    <message>
        <source>Vandalism or damage</source>
        <translation>Вандализм или порча имущества</translation>
    </message>
    <message>
        <source>Vehicle or transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Was present</source>
        <translation>Присутствие на месте</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <source>Website attacked</source>
        <translation>Атака на сайт</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Благополучие</translation>
    </message>
    <message>
        <source>What to do, and who to alert, if you are arrested or taken.</source>
        <translation>Что делать и кого предупредить, если вас задержат или похитят.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Where you can go and how to get there if you must leave quickly.</source>
        <translation>Куда вы можете уехать и как туда добраться, если придётся быстро уходить.</translation>
    </message>
    <message>
        <source>Who and what puts you at risk, and who can help.</source>
        <translation>Кто и что подвергает вас риску и кто может помочь.</translation>
    </message>
    <message>
        <source>Who takes care of your work and your family if you cannot.</source>
        <translation>Кто позаботится о вашей работе и семье, если вы не сможете.</translation>
    </message>
    <message>
        <source>Written lies (libel)</source>
        <translation>Письменная клевета</translation>
    </message>
</context>
</TS>
