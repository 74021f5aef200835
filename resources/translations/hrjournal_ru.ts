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
    <name>BackupDialog</name>
    <message>
        <source>Back up the journal</source>
        <translation>Создать резервную копию журнала</translation>
    </message>
    <message>
        <source>A backup is the whole journal in one encrypted file; keep it away from this laptop. Your passphrase is needed to seal it.</source>
        <translation>Резервная копия — это весь журнал в одном зашифрованном файле; храните её отдельно от этого ноутбука. Чтобы запечатать её, нужна ваша парольная фраза.</translation>
    </message>
    <message>
        <source>The backup always opens with your recovery secret; a backup passphrase lets it open without it too.</source>
        <translation>Резервная копия всегда открывается ключом восстановления; парольная фраза копии позволяет открыть её и без него.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>Backup passphrase, if you want one</source>
        <translation>Парольная фраза копии, если она нужна</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Парольная фраза копии ещё раз</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Создание резервной копии</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Сообщение о резервной копии</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>&amp;Ваша парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Backup passphrase (optional):</source>
        <translation>Парольная фраза &amp;копии (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>&amp;Save the backup…</source>
        <translation>Со&amp;хранить копию…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>Выбрать, куда сохранить резервную копию</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Сохранить резервную копию как</translation>
    </message>
    <message>
        <source>HR Journal backups (*.hrjb)</source>
        <translation>Резервные копии HR Journal (*.hrjb)</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>Парольные фразы копии не совпадают.</translation>
    </message>
    <message>
        <source>The journal is backed up to %1 (%2); keep that file safe, away from this laptop.</source>
        <translation>Резервная копия журнала сохранена в %1 (%2); храните этот файл в надёжном месте, отдельно от этого ноутбука.</translation>
    </message>
    <message>
        <source>Backing up… a large journal can take a minute.</source>
        <translation>Создание копии… для большого журнала это может занять минуту.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>When the last backup was made</source>
        <translation>Когда была сделана последняя резервная копия</translation>
    </message>
    <message>
        <source>&amp;Back up the journal…</source>
        <translation>Создать &amp;резервную копию журнала…</translation>
    </message>
    <message>
        <source>Back up the journal</source>
        <translation>Создать резервную копию журнала</translation>
    </message>
    <message>
        <source>Save the whole journal in one encrypted file, to keep away from this laptop.</source>
        <translation>Сохранить весь журнал в одном зашифрованном файле, чтобы хранить его отдельно от этого ноутбука.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Последняя резервная копия: %1.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>You have no backup yet; make one on the Exports screen.</source>
        <translation>У вас ещё нет резервной копии; создайте её на экране «Экспорт».</translation>
    </message>
    <message>
        <source>Your last backup is a day old; make one on the Exports screen.</source>
        <translation>Вашей последней резервной копии один день; создайте новую на экране «Экспорт».</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup is %n days old; make one on the Exports screen.</source>
        <translation>
            <numerusform>Вашей последней резервной копии %n день; создайте новую на экране «Экспорт».</numerusform>
            <numerusform>Вашей последней резервной копии %n дня; создайте новую на экране «Экспорт».</numerusform>
            <numerusform>Вашей последней резервной копии %n дней; создайте новую на экране «Экспорт».</numerusform>
        </translation>
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
        <source>Every file made from this journal: PDF reports and cards, JSON and Uwazi exports, and backups. The panic wipe overwrites and deletes each one it can reach; delete one yourself as soon as it has served.</source>
        <translation>Все файлы, созданные из этого журнала: PDF-отчёты и карточки, экспорт в JSON и Uwazi, а также резервные копии. Экстренное стирание перезаписывает и удаляет каждый из них, до которого может добраться; удаляйте файл сами, как только он больше не нужен.</translation>
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
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Закрыть справку</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help page</source>
        <translation>Страница справки</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the previous help page</source>
        <translation>Вернуться к предыдущей странице справки</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>All help topics</source>
        <translation>Все темы справки</translation>
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
        <source>Help</source>
        <translation>Справка</translation>
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
        <source>A PDF password can be at most %1 bytes long (about 60 letters of a non-Latin script), or some readers will not open the PDF.</source>
        <translation>Пароль PDF может занимать не больше %1 байт (около 60 букв нелатинского алфавита), иначе некоторые программы не откроют PDF.</translation>
    </message>
    <message>
        <source>This PDF password holds a character that PDF readers do not all read alike (an invisible or unusual character or space); choose another.</source>
        <translation>В этом пароле PDF есть символ, который не все программы для чтения PDF читают одинаково (невидимый или необычный символ или пробел); выберите другой пароль.</translation>
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
        <source>Remind me to back up after this many days</source>
        <translation>Напоминать о резервной копии через столько дней</translation>
    </message>
    <message>
        <source>Each time you unlock the journal, HR Journal says so if the last backup is older than this, or if there is none yet.</source>
        <translation>При каждой разблокировке журнала HR Journal сообщит, если последняя резервная копия старше этого срока или её ещё нет.</translation>
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
        <source>Remind me to &amp;back up after (days):</source>
        <translation>Напоминать о &amp;резервной копии через (дней):</translation>
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
        <source>Share the recovery secret with &amp;trusted contacts…</source>
        <translation>Разделить ключ восстановления между &amp;доверенными контактами…</translation>
    </message>
    <message>
        <source>Share the recovery secret with trusted contacts</source>
        <translation>Разделить ключ восстановления между доверенными контактами</translation>
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
    <name>ShareCardsDialog</name>
    <message>
        <source>Share the recovery secret with trusted contacts</source>
        <translation>Разделить ключ восстановления между доверенными контактами</translation>
    </message>
    <message>
        <source>Making the cards</source>
        <translation>Создание карточек</translation>
    </message>
    <message>
        <source>Share cards message</source>
        <translation>Сообщение о карточках частей</translation>
    </message>
    <message>
        <source>&amp;Make the cards</source>
        <translation>&amp;Создать карточки</translation>
    </message>
    <message>
        <source>Make the share cards</source>
        <translation>Создать карточки частей</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>Keepers of the cards</source>
        <translation>Хранители карточек</translation>
    </message>
    <message>
        <source>Check each contact who keeps one card; the cards are numbered in this order.</source>
        <translation>Отметьте каждого, кто будет хранить одну карточку; карточки нумеруются в этом порядке.</translation>
    </message>
    <message>
        <source>Cards needed to rebuild the recovery secret</source>
        <translation>Сколько карточек нужно, чтобы восстановить ключ</translation>
    </message>
    <message>
        <source>Language of the cards</source>
        <translation>Язык карточек</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>Папка для карточек</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose the folder for the cards</source>
        <translation>Выбрать папку для карточек</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>&amp;Ваша парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Keepers:</source>
        <translation>&amp;Хранители:</translation>
    </message>
    <message>
        <source>Cards &amp;needed:</source>
        <translation>&amp;Нужно карточек:</translation>
    </message>
    <message>
        <source>&amp;Language of the cards:</source>
        <translation>&amp;Язык карточек:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>This makes a NEW recovery secret: the one you wrote down stops working. Each card goes to one keeper; any %1 of them rebuild it.</source>
        <translation>Это создаёт НОВЫЙ ключ восстановления: тот, что вы записали, перестанет действовать. Каждая карточка достаётся одному хранителю; любые %1 из них восстанавливают ключ.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>Check at least two contacts to keep the cards.</source>
        <translation>Отметьте хотя бы два контакта, чтобы хранить карточки.</translation>
    </message>
    <message>
        <source>At most %1 cards can be made; check fewer contacts.</source>
        <translation>Можно создать не больше %1 карточек; отметьте меньше контактов.</translation>
    </message>
    <message>
        <source>Choose the folder for the cards first.</source>
        <translation>Сначала выберите папку для карточек.</translation>
    </message>
    <message numerus="yes">
        <source>The cards are in %1 (%n of them): print each one, hand it to its keeper in person, then delete the files on the Exports screen.</source>
        <translation>
            <numerusform>Карточки в папке %1 (всего %n): распечатайте каждую, лично передайте её хранителю, затем удалите файлы на экране «Экспорт».</numerusform>
            <numerusform>Карточки в папке %1 (всего %n): распечатайте каждую, лично передайте её хранителю, затем удалите файлы на экране «Экспорт».</numerusform>
            <numerusform>Карточки в папке %1 (всего %n): распечатайте каждую, лично передайте её хранителю, затем удалите файлы на экране «Экспорт».</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the cards… this takes a moment.</source>
        <translation>Создание карточек… это займёт немного времени.</translation>
    </message>
</context>
<context>
    <name>SharesRecoveryDialog</name>
    <message>
        <source>Set a new passphrase with recovery shares</source>
        <translation>Задать новую парольную фразу по частям ключа восстановления</translation>
    </message>
    <message>
        <source>Type the words of each card you have from your trusted contacts, as printed, separated by spaces. The cards say how many of them are needed.</source>
        <translation>Введите слова каждой карточки, полученной от доверенных контактов, как они напечатаны, через пробел. На карточках указано, сколько их нужно.</translation>
    </message>
    <message>
        <source>&amp;Add another share</source>
        <translation>&amp;Добавить ещё одну часть</translation>
    </message>
    <message>
        <source>Add a box for another share</source>
        <translation>Добавить поле для ещё одной части</translation>
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
        <source>Setting the new passphrase</source>
        <translation>Установка новой парольной фразы</translation>
    </message>
    <message>
        <source>Recovery shares message</source>
        <translation>Сообщение о частях ключа восстановления</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Ещё р&amp;аз:</translation>
    </message>
    <message>
        <source>&amp;Set the new passphrase</source>
        <translation>&amp;Задать новую парольную фразу</translation>
    </message>
    <message>
        <source>Set the new passphrase with these shares</source>
        <translation>Задать новую парольную фразу по этим частям</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Часть %1</translation>
    </message>
    <message>
        <source>Share %1:</source>
        <translation>Часть %1:</translation>
    </message>
    <message>
        <source>Type the words of your shares first.</source>
        <translation>Сначала введите слова ваших частей.</translation>
    </message>
    <message>
        <source>Type the new passphrase you want.</source>
        <translation>Введите новую парольную фразу.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Set again to use it anyway.</source>
        <translation>Эту парольную фразу легко угадает тот, кто заберёт ваш ноутбук. Добавьте несколько не связанных между собой слов или нажмите «Задать» ещё раз, чтобы всё же использовать её.</translation>
    </message>
    <message>
        <source>The new passphrase is set; unlock with it now.</source>
        <translation>Новая парольная фраза задана; разблокируйте журнал с её помощью.</translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation>Выполняется… Это займёт немного времени.</translation>
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
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING JOURNAL: every record here is fictional. Never enter real information in it.</source>
        <translation>УЧЕБНЫЙ ЖУРНАЛ: все записи здесь вымышлены. Никогда не вносите в него настоящие сведения.</translation>
    </message>
    <message>
        <source>Training journal</source>
        <translation>Учебный журнал</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Open the help</source>
        <translation>Открыть справку</translation>
    </message>
    <message>
        <source>How HR Journal works, without the internet (F1)</source>
        <translation>Как работает HR Journal, без интернета (F1)</translation>
    </message>
    <message>
        <source>Lost your passphrase? Use recovery &amp;shares…</source>
        <translation>Забыли парольную фразу? Используйте &amp;части ключа восстановления…</translation>
    </message>
    <message>
        <source>Lost your passphrase? Set a new one with recovery shares</source>
        <translation>Забыли парольную фразу? Задайте новую по частям ключа восстановления</translation>
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
        <source>The journal&apos;s key was destroyed after %1 s: the journal can no longer be opened, not even with the passphrase or the recovery secret.</source>
        <translation>Ключ журнала уничтожен через %1 с: журнал больше нельзя открыть, даже парольной фразой или ключом восстановления.</translation>
    </message>
    <message>
        <source>The journal&apos;s key could not be destroyed (see below): the journal can still be opened with the passphrase.</source>
        <translation>Ключ журнала не удалось уничтожить (см. ниже): журнал всё ещё можно открыть парольной фразой.</translation>
    </message>
    <message>
        <source>There was no key header to destroy here.</source>
        <translation>Здесь не было файла ключа, который нужно уничтожить.</translation>
    </message>
    <message>
        <source>Exported files destroyed: %1 of %2.</source>
        <translation>Уничтожено экспортированных файлов: %1 из %2.</translation>
    </message>
    <message>
        <source>Files of the journal destroyed: %1.</source>
        <translation>Уничтожено файлов журнала: %1.</translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation>Не удалось уничтожить %1: %2.</translation>
    </message>
    <message>
        <source>The wipe took %1 s.</source>
        <translation>Стирание заняло %1 с.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>файл используется</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>диск сообщил об ошибке</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>not destroyed: a folder that is not an export&apos;s</source>
        <translation>не уничтожено: папка, не относящаяся к экспорту</translation>
    </message>
    <message>
        <source>not destroyed: a file that belongs to another user</source>
        <translation>не уничтожено: файл принадлежит другому пользователю</translation>
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
    <name>pdf</name>
    <message>
        <source>After {minutes} minutes</source>
        <translation>Через {minutes} мин</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Все инциденты</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: for the people it was given to; do not forward or publish</source>
        <translation>КОНФИДЕНЦИАЛЬНО: только для тех, кому передан этот документ; не пересылайте и не публикуйте</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>Протокол выхода на связь</translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation>Условия отбора</translation>
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
        <source>Contingency</source>
        <translation>Если это случится</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>Карточка экстренных контактов</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Evidence referenced</source>
        <translation>Упомянутые доказательства</translation>
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
        <source>For {name}</source>
        <translation>Кому передана: {name}</translation>
    </message>
    <message>
        <source>Give the words only to the journal&apos;s owner, when they ask you in person or through the channel you agreed on. If anyone else asks, even in the owner&apos;s name, do not give them.</source>
        <translation>Сообщайте слова только владельцу журнала, когда он сам попросит вас об этом лично или через канал связи, о котором вы договорились. Если их попросит кто-то другой, даже от имени владельца, не сообщайте их.</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Время ожидания</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>Как установлено</translation>
    </message>
    <message>
        <source>How the owner uses the shares</source>
        <translation>Как владелец журнала использует части</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <source>If a check-in is missed</source>
        <translation>Если вы не вышли на связь</translation>
    </message>
    <message>
        <source>If this page is lost, or someone else may have seen it, tell the owner: they can make new shares, and then this set stops working.</source>
        <translation>Если этот лист потерян или его мог увидеть кто-то другой, сообщите владельцу журнала: он может создать новые части, и тогда этот набор перестанет действовать.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>In the app: unlock with recovery shares, and type the words of each share.</source>
        <translation>В приложении: выберите разблокировку с помощью частей ключа восстановления и введите слова каждой части.</translation>
    </message>
    <message>
        <source>In this order</source>
        <translation>В этом порядке</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
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
        <source>Incidents</source>
        <translation>Инциденты</translation>
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
        <source>Interventions</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Причастность</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private, away from the journal&apos;s computer.</source>
        <translation>Храните этот лист в надёжном месте, где его никто не увидит, отдельно от компьютера, на котором находится журнал.</translation>
    </message>
    <message>
        <source>Keeping this share</source>
        <translation>Хранение этой части</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Тип места</translation>
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
        <source>Likelihood × impact</source>
        <translation>Вероятность × последствия</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>Me (the defender)</source>
        <translation>Я (правозащитник)</translation>
    </message>
    <message>
        <source>Never photograph, scan or copy it, and never type its words into a phone, a website or any other program.</source>
        <translation>Никогда не фотографируйте, не сканируйте и не копируйте его и никогда не вводите эти слова ни в телефоне, ни на сайте, ни в какой-либо другой программе.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>No contact has a call order or an emergency role.</source>
        <translation>Ни у одного контакта нет места в порядке обзвона или роли на экстренный случай.</translation>
    </message>
    <message>
        <source>No dated incidents.</source>
        <translation>Нет инцидентов с датой.</translation>
    </message>
    <message>
        <source>No incident has a type.</source>
        <translation>Ни у одного инцидента не указан тип.</translation>
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
        <source>On the command line: {command}</source>
        <translation>В командной строке: {command}</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Другие типы</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Закономерность</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Закономерности</translation>
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
        <source>Prevention</source>
        <translation>Предотвращение</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
    <message>
        <source>Profile: full (not redacted)</source>
        <translation>Данные не скрыты</translation>
    </message>
    <message>
        <source>Profile: share (redacted)</source>
        <translation>Данные скрыты</translation>
    </message>
    <message>
        <source>Recovery share card</source>
        <translation>Карточка части ключа восстановления</translation>
    </message>
    <message>
        <source>Recovery share {number} of {count}</source>
        <translation>Часть ключа восстановления {number} из {count}</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>Связанные инциденты</translation>
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
        <source>Review when</source>
        <translation>Когда пересматривать</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Реестр рисков</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Safety number or fingerprint</source>
        <translation>Код безопасности или отпечаток</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>План безопасности</translation>
    </message>
    <message>
        <source>Safety plan, version {version}</source>
        <translation>План безопасности, версия {version}</translation>
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
        <source>TRAINING - FICTIONAL DATA</source>
        <translation>УЧЕБНЫЕ ДАННЫЕ - ВЫМЫШЛЕНЫ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>The owner gathers any {threshold} shares, types their words into HR Journal and chooses a new passphrase for the journal.</source>
        <translation>Владелец журнала собирает любые {threshold} из этих частей, вводит их слова в HR Journal и задаёт новую парольную фразу для журнала.</translation>
    </message>
    <message>
        <source>The words are typed in this order. The first {common} words are the same on every share of this set; shares made at another time begin differently and cannot be mixed with these.</source>
        <translation>Слова вводятся в этом порядке. Первые {common} из них одинаковы на всех частях этого набора; части, созданные в другой раз, начинаются иначе, и их нельзя смешивать с этими.</translation>
    </message>
    <message>
        <source>The words of this share</source>
        <translation>Слова этой части</translation>
    </message>
    <message>
        <source>This page holds one of {count} shares of the recovery secret of an HR Journal journal. Any {threshold} of the shares together rebuild the recovery secret; fewer reveal nothing about it, and no share is of any use without the journal&apos;s own files.</source>
        <translation>На этом листе — одна из {count} частей ключа восстановления журнала HR Journal. Любые {threshold} из этих частей вместе позволяют восстановить ключ; меньшее число частей ничего о нём не раскрывает, а без файлов самого журнала ни одна часть не имеет никакой ценности.</translation>
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
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type and size</source>
        <translation>Тип и размер</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Уязвимости</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>When available</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>Кто за этим стоит</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>Кому звонить в первую очередь</translation>
    </message>
    <message>
        <source>Who to check in with</source>
        <translation>С кем выходить на связь</translation>
    </message>
    <message>
        <source>Who was told or asked</source>
        <translation>Кому сообщили или к кому обратились</translation>
    </message>
    <message>
        <source>Who, by when</source>
        <translation>Кто и к какому сроку</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>байт</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>от</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>продолжается</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>предпочтительно</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>Инцидентов: {count}</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} мин</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>- Carry on paper, and memorise, the number of [name of your lawyer] and of a local lawyer: [name].
- If you are abroad, ask to contact your embassy or consulate.
- Decide before you go what you will say if questioned. See the &apos;If detained&apos; template.</source>
        <translation>- Запишите на бумаге и запомните номера телефонов вашего адвоката [имя вашего адвоката] и местного адвоката [имя].
- Если вы за границей, попросите разрешения связаться с вашим посольством или консульством.
- Ещё до поездки решите, что вы будете говорить, если вас станут допрашивать. См. шаблон «На случай задержания».</translation>
    </message>
    <message>
        <source>- Check-in contact at home: [name]. Backup: [name].
- Trusted local contact at the destination: [name].
- Give your check-in contact your route, where you sleep and, in safe form, whom you meet.
- Code word for &apos;in danger&apos;: [word]. Code phrase for &apos;cannot talk freely&apos;: [phrase].
- Check in when you leave, at each stop and when you arrive.
- Areas without signal: tell your contact in advance, and agree the latest time you will check in: [time].</source>
        <translation>- Контактное лицо для выхода на связь дома: [имя]. Резервное: [имя].
- Доверенное контактное лицо в месте назначения: [имя].
- Сообщите контактному лицу для выхода на связь свой маршрут, где вы ночуете и — в безопасной форме — с кем встречаетесь.
- Кодовое слово для «я в опасности»: [слово]. Кодовая фраза для «не могу говорить свободно»: [фраза].
- Выходите на связь при отъезде, на каждой остановке и по прибытии.
- Места без связи: заранее предупредите контактное лицо и договоритесь, до какого времени вы точно выйдете на связь: [время].</translation>
    </message>
    <message>
        <source>- Checking in every day can feel heavy, for you and your contact. Talk about it openly.
- Share the load: a backup contact lets the main one rest.
- Agree when the check-in period ends, and mark it.</source>
        <translation>- Выходить на связь каждый день бывает тяжело и вам, и вашему контактному лицу. Говорите об этом открыто.
- Распределите нагрузку: резервное контактное лицо даёт основному отдохнуть.
- Договоритесь, когда заканчивается период выхода на связь, и отметьте это.</translation>
    </message>
    <message>
        <source>- Detention is frightening. Fear, anger or numbness are normal reactions.
- In custody: keep a routine, eat and drink what you can, count the days, think of the people supporting you.
- After release: see a doctor and, if you wish, a counsellor: [name or service].
- Your family and colleagues also need support while you are held.
- Take time before returning to full work.</source>
        <translation>- Задержание — это страшно. Страх, гнев или оцепенение — нормальные реакции.
- Под стражей: соблюдайте распорядок дня, ешьте и пейте, что можете, считайте дни, думайте о людях, которые вас поддерживают.
- После освобождения: обратитесь к врачу и, если хотите, к психологу: [имя или служба].
- Вашей семье и коллегам тоже нужна поддержка, пока вы под стражей.
- Не торопитесь сразу возвращаться к работе в полную силу.</translation>
    </message>
    <message>
        <source>- If arrest seems close, or after release, could you or your family stay somewhere else for a while? [place], [person].
- Would leaving the city or country be an option? Talk to your lawyer first: leaving may break bail or release conditions.</source>
        <translation>- Если арест кажется близким или после освобождения: можете ли вы или ваша семья какое-то время пожить в другом месте? [место], [человек].
- Можно ли уехать из города или из страны? Сначала поговорите с адвокатом: отъезд может нарушить условия залога или освобождения.</translation>
    </message>
    <message>
        <source>- If the escalation reaches your lawyer, what should they do first? [instructions].
- For a full plan, use the &apos;If detained&apos; template.</source>
        <translation>- Если после пропущенного выхода на связь дело дойдёт до вашего адвоката, что он должен сделать в первую очередь? [указания].
- Для полного плана используйте шаблон «На случай задержания».</translation>
    </message>
    <message>
        <source>- If you send the danger code, where should your contact expect you to go? [safe place].
- Who can collect you from there? [name].</source>
        <translation>- Если вы отправите код опасности, куда вы направитесь? Контактное лицо должно это знать: [безопасное место].
- Кто может забрать вас оттуда? [имя].</translation>
    </message>
    <message>
        <source>- List your devices: phone, laptop, tablet. Is each one locked with a strong PIN or passphrase, and encrypted?
- Are your system and apps up to date?
- Use a password manager, and two-step login on email and social media.
- Which accounts would hurt most if someone got into them? Secure those first.
- What sensitive data is on your phone? Delete what you do not need. Back up what you need, encrypted, in a place you control.
- Turn off location sharing. Check which apps can see your contacts and location.
- Who can help if you are hacked? [trusted tech person or digital security helpline].</source>
        <translation>- Перечислите свои устройства: телефон, ноутбук, планшет. Заблокировано ли каждое из них надёжным PIN-кодом или парольной фразой и зашифровано ли оно?
- Обновлены ли система и приложения?
- Используйте менеджер паролей и двухэтапный вход в почту и соцсети.
- Взлом каких учётных записей навредил бы вам больше всего? Защитите их в первую очередь.
- Какие чувствительные данные есть на вашем телефоне? Удалите то, что не нужно. То, что нужно, сохраните в зашифрованной резервной копии в месте, которое вы контролируете.
- Отключите передачу геоданных. Проверьте, каким приложениям доступны ваши контакты и местоположение.
- Кто поможет, если вас взломают? [доверенный технический специалист или горячая линия по цифровой безопасности].</translation>
    </message>
    <message>
        <source>- Lock every device with a strong passphrase, not fingerprint or face. Turn on encryption.
- Keep little on your phone: delete old chats, photos and contacts you do not need. Use disappearing messages.
- Keep a list of your accounts so [name] can secure them: email, social media, cloud.
- If you are arrested, [name] changes shared passwords and signs out your sessions where possible.
- After release, do not trust returned devices. Have them checked or replace them. Change all passwords from a clean device.</source>
        <translation>- Блокируйте каждое устройство надёжной парольной фразой, а не отпечатком пальца или лицом. Включите шифрование.
- Храните на телефоне как можно меньше: удаляйте старые переписки, фотографии и ненужные контакты. Используйте исчезающие сообщения.
- Ведите список своих учётных записей (почта, соцсети, облако): по нему [имя] сможет их защитить.
- Если вас арестуют, [имя] меняет общие пароли и, где возможно, завершает ваши сеансы.
- После освобождения не доверяйте возвращённым устройствам. Отдайте их на проверку или замените. Смените все пароли с чистого устройства.</translation>
    </message>
    <message>
        <source>- Police may search your home or office. Keep sensitive papers and devices elsewhere, or locked away.
- In a search, ask to see the warrant, ask for a witness or your lawyer, and note everything taken.
- Keep copies of key documents away from home: [place].</source>
        <translation>- Полиция может провести обыск у вас дома или в офисе. Храните конфиденциальные документы и устройства в другом месте или под замком.
- При обыске попросите показать ордер или постановление на обыск, попросите пригласить свидетеля или вашего адвоката и запишите всё, что изъяли.
- Храните копии важных документов не дома: [место].</translation>
    </message>
    <message>
        <source>- Signs that mean you should leave home for a while. Example: a direct threat naming your address, a raid on a colleague.
- Where could you stay for a few days at short notice? [place], [person who would host you].
- How would you get there without being followed?
- Keep a small bag ready: ID, medicines, charger, cash, copies of key documents.
- Who looks after your home, pets or plants while you are away? [name].</source>
        <translation>- Признаки того, что вам стоит на время уехать из дома. Например: прямая угроза с упоминанием вашего адреса, обыск у коллеги.
- Где вы могли бы срочно пожить несколько дней? [место], [кто вас приютит].
- Как вы доберётесь туда так, чтобы за вами не проследили?
- Держите наготове небольшую сумку: удостоверение личности, лекарства, зарядное устройство, наличные, копии важных документов.
- Кто присмотрит за домом, животными или растениями, пока вас нет? [имя].</translation>
    </message>
    <message>
        <source>- Take only the devices you need. A clean travel phone or laptop is best.
- Before leaving: make an encrypted backup at home, then remove files, chats and photos you do not need on the trip.
- Log out of accounts you will not use. Remove apps that reveal your work or contacts.
- Lock devices with a strong passphrase. Turn off fingerprint and face unlock before borders and checkpoints.
- Check that disk encryption is on. Switch devices off before a crossing.
- Find out if officials here can demand your passwords. Decide now what you will do.
- Treat hotel and public Wi-Fi as watched. Use a VPN or Tor where it is safe and allowed.
- Keep this journal closed when you are not using it.
- If a device leaves your sight, treat it as compromised. Change passwords from a safe device and have it checked by [trusted tech person] before using it again.</source>
        <translation>- Берите только нужные устройства. Лучше всего — отдельный чистый телефон или ноутбук для поездок.
- Перед отъездом: сделайте дома зашифрованную резервную копию, затем удалите файлы, переписки и фотографии, которые не нужны в поездке.
- Выйдите из учётных записей, которыми не будете пользоваться. Удалите приложения, которые выдают вашу работу или контакты.
- Блокируйте устройства надёжной парольной фразой. Перед границами и КПП отключите разблокировку по отпечатку пальца и по лицу.
- Проверьте, что шифрование диска включено. Перед пересечением границы выключайте устройства.
- Узнайте, могут ли власти там, куда вы едете, требовать ваши пароли. Решите заранее, как вы поступите.
- Считайте, что Wi-Fi в гостиницах и общественных местах прослушивается. Используйте VPN или Tor там, где это безопасно и разрешено.
- Держите этот журнал закрытым, когда не пользуетесь им.
- Если устройство побывало вне поля вашего зрения, считайте его скомпрометированным. Смените пароли с безопасного устройства и, прежде чем снова им пользоваться, отдайте его на проверку: [доверенный технический специалист].</translation>
    </message>
    <message>
        <source>- Travel is tiring. Plan time to sleep and rest.
- Meeting victims and witnesses can be upsetting. Who can you talk to afterwards? [name].
- Eat and drink regularly. Avoid alcohol in risky settings.
- After you return, take a day off before going back to full work.</source>
        <translation>- Поездки утомляют. Заложите время на сон и отдых.
- Встречи с пострадавшими и свидетелями могут тяжело даваться. С кем вы сможете потом поговорить? [имя].
- Ешьте и пейте регулярно. В рискованной обстановке не пейте алкоголь.
- После возвращения возьмите день отдыха, прежде чем вернуться к работе в полную силу.</translation>
    </message>
    <message>
        <source>- Use an end-to-end encrypted app for check-ins, with disappearing messages on.
- Do not write exact locations in clear text. Agree simple names for places you visit often.
- Lock your phone with a passphrase. Check your contact&apos;s phone is locked too.</source>
        <translation>- Для выхода на связь используйте приложение со сквозным шифрованием и включёнными исчезающими сообщениями.
- Не пишите точное местоположение открытым текстом. Договоритесь о простых условных названиях мест, где вы часто бываете.
- Заблокируйте телефон парольной фразой. Убедитесь, что телефон вашего контактного лица тоже заблокирован.</translation>
    </message>
    <message>
        <source>- Which family member should your contact call, and at what step? [name].
- What may they be told, and what not?
- Who cares for dependants if you do not come home? [name].</source>
        <translation>- Какому члену семьи должно позвонить ваше контактное лицо и на каком шаге? [имя].
- Что им можно сообщить, а что нельзя?
- Кто позаботится о тех, кто от вас зависит, если вы не вернётесь домой? [имя].</translation>
    </message>
    <message>
        <source>- Who at home knows your dates and how to reach your check-in contact? [name].
- Who cares for dependants while you are away? [name].
- Who can take over urgent work if you are delayed? [name].</source>
        <translation>- Кто дома знает даты вашей поездки и как связаться с вашим контактным лицом для выхода на связь? [имя].
- Кто позаботится о тех, кто от вас зависит, пока вас нет? [имя].
- Кто может взять на себя срочную работу, если вы задержитесь? [имя].</translation>
    </message>
    <message>
        <source>- Who could arrest you, and on what likely charges? Example: [police unit], for [charge used against others].
- What happened to others arrested recently: how long, where, how treated?
- Which laws are used against defenders here?
- Who helped others get released? Example: [lawyers], [networks], [embassies].</source>
        <translation>- Кто может вас арестовать и по каким вероятным обвинениям? Например: [подразделение полиции], по [обвинение, которое предъявляли другим].
- Что случилось с другими, кого недавно арестовали: как долго их держали, где, как с ними обращались?
- Какие законы здесь применяют против правозащитников?
- Кто помог другим выйти на свободу? Например: [адвокаты], [сети поддержки], [посольства].</translation>
    </message>
    <message>
        <source>- Who depends on you? Children, parents, others.
- Who would care for them if you could not, for days or months? [name]. Have you asked them?
- Does your family know the basics of this plan, without details that would put them at risk?
- Where are key documents kept: IDs, birth certificates, property papers, power of attorney? [place].
- Who can take over urgent work, cases or files if you are away? [name].
- Who can reach money for rent and bills? Is there some emergency money set aside?</source>
        <translation>- Кто от вас зависит? Дети, родители, другие люди.
- Кто позаботится о них, если вы не сможете, — на несколько дней или месяцев? [имя]. Вы спросили этого человека?
- Знает ли ваша семья основное об этом плане — без подробностей, которые подвергли бы её риску?
- Где хранятся важные документы: удостоверения личности, свидетельства о рождении, документы на имущество, доверенность? [место].
- Кто может взять на себя срочную работу, дела или документы, если вас не будет? [имя].
- Кто сможет получить деньги на аренду жилья и оплату счетов? Отложены ли деньги на экстренный случай?</translation>
    </message>
    <message>
        <source>- Why do you need check-ins now? Name the main threat and the time period. Example: during the trial of [case], because [actor] has threatened you.
- Who could harm you, and where are you most exposed? Example: on the way home, at hearings, in [area].</source>
        <translation>- Зачем вам сейчас нужен выход на связь? Назовите главную угрозу и период времени. Например: во время суда по делу [дело], потому что вам угрожает [действующее лицо].
- Кто может причинить вам вред и где вы наиболее уязвимы? Например: по дороге домой, на судебных заседаниях, в [район].</translation>
    </message>
    <message>
        <source>- Why this trip, and who could be unhappy about it? List people, groups, institutions at the destination and on the way.
- What happened recently to others who went there for similar work?
- Who there can protect or support you? Example: [local organisation], [community leader].</source>
        <translation>- Зачем эта поездка и кому она может не понравиться? Перечислите людей, группы, учреждения в месте назначения и по пути.
- Что недавно случилось с другими, кто ездил туда с похожей работой?
- Кто там может защитить или поддержать вас? Например: [местная организация], [лидер местного сообщества].</translation>
    </message>
    <message>
        <source>- Write down the places you go most often and the usual routes, so your contact knows where to start looking: [home], [office], [court].
- When travelling, check in at departure, at each stop and on arrival.</source>
        <translation>- Запишите места, где вы бываете чаще всего, и обычные маршруты, чтобы контактное лицо знало, откуда начинать поиски: [дом], [офис], [суд].
- В поездках выходите на связь при отъезде, на каждой остановке и по прибытии.</translation>
    </message>
    <message>
        <source>- Your lawyer: [name of your lawyer], [how to reach them]. Memorise the number.
- Who is called first if you are arrested? [name].
- Your basic rights: to stay silent, to see a lawyer, to tell someone where you are, to medical care.
- For a full plan, use the &apos;If detained&apos; template.</source>
        <translation>- Ваш адвокат: [имя вашего адвоката], [как с ним связаться]. Запомните номер.
- Кому звонят первым, если вас арестуют? [имя].
- Ваши основные права: хранить молчание, встретиться с адвокатом, сообщить кому-то, где вы находитесь, получить медицинскую помощь.
- Для полного плана используйте шаблон «На случай задержания».</translation>
    </message>
    <message>
        <source>- Your two or three most trusted contacts: [name], [name]. Do they know they are in your plan?
- Which channel for what? Example: Signal for sensitive talk, normal calls for everyday matters.
- A code word that means &apos;I am in danger, act now&apos;: [word].
- A code phrase that means &apos;I cannot talk freely&apos;: [phrase].
- Who speaks to the press or the public if something happens to you? [name].
- Who should never be told the details of this plan?
- Keep a short list of key numbers on paper, in a safe place, in case your phone is taken.</source>
        <translation>- Два-три человека, которым вы доверяете больше всего: [имя], [имя]. Знают ли они, что включены в ваш план?
- Какой канал для чего? Например: Signal для конфиденциальных разговоров, обычные звонки для повседневных дел.
- Кодовое слово, которое означает «я в опасности, действуйте немедленно»: [слово].
- Кодовая фраза, которая означает «я не могу говорить свободно»: [фраза].
- Кто будет говорить с прессой или общественностью, если с вами что-то случится? [имя].
- Кому никогда нельзя сообщать подробности этого плана?
- Держите короткий список важных номеров на бумаге, в надёжном месте, на случай если у вас отберут телефон.</translation>
    </message>
    <message>
        <source>- a summons, a search, or an investigation opened against you
- the arrest of a colleague or someone in your network
- new laws on protest, terrorism, &apos;foreign agents&apos; or cybercrime
- planned protests, trials or publications that may lead to arrests
- a change of lawyer, of emergency contacts, or of who cares for your dependants
- at least every six months</source>
        <translation>- повестка, обыск или расследование, начатое против вас
- арест коллеги или кого-то из вашего окружения
- новые законы о протестах, терроризме, «иностранных агентах» или киберпреступлениях
- запланированные акции протеста, суды или публикации, которые могут привести к арестам
- смена адвоката, контактов на экстренный случай или того, кто заботится о зависящих от вас людях
- не реже чем раз в шесть месяцев</translation>
    </message>
    <message>
        <source>- before you book, and again the day before you leave
- any change of route, dates, hosts or transport
- news of unrest, new checkpoints, curfews or arrests at the destination
- a threat linked to the trip or to the people you will meet
- a border incident, device search or questioning
- after you return: note what worked and what did not</source>
        <translation>- перед бронированием и ещё раз накануне отъезда
- любое изменение маршрута, дат, принимающей стороны или транспорта
- новости о беспорядках, новых КПП, комендантском часе или арестах в месте назначения
- угроза, связанная с поездкой или с людьми, с которыми вы встретитесь
- инцидент на границе, досмотр устройств или допрос
- после возвращения: запишите, что сработало, а что нет</translation>
    </message>
    <message>
        <source>A backup channel. Code words. A paper list of numbers.</source>
        <translation>Резервный канал. Кодовые слова. Бумажный список номеров.</translation>
    </message>
    <message>
        <source>A backup contact. Phone reminders. A power bank.</source>
        <translation>Резервное контактное лицо. Напоминания в телефоне. Внешний аккумулятор.</translation>
    </message>
    <message>
        <source>A check-in is a short message at an agreed time that says &apos;I am safe&apos;. If it does not come, your contact acts on a plan you agreed in advance.
Agree with your contact
- Who: one main contact [name] and one backup [name]. Both have agreed and have this plan.
- When: fixed times. Example: every day at 09:00 and 21:00, or before and after a meeting.
- How: one main channel and one backup. Example: Signal, then SMS.
- What: a short, normal-looking message. Example: &apos;All fine, talk later&apos;.
- Danger code: a word that means &apos;I am in trouble, start now&apos;: [word].
- Not-free code: a phrase that means &apos;someone is with me, I cannot talk&apos;: [phrase].
- Grace time: how long your contact waits before acting.
Your contact keeps, safely stored
- your full name, a recent photo, date of birth, ID number
- your plans for the day: where, with whom, how you travel
- [name of your lawyer] and how to reach them
- which family member to call, and what they may be told
- your medical needs
Rules
- Never skip a check-in on purpose. If you will be late, say so early.
- End clearly: &apos;I am back, stop checking&apos;.
- False alarms happen. Thank your contact, fix the cause, and keep going.</source>
        <translation>Выход на связь — это короткое сообщение в условленное время, которое означает «я в безопасности». Если оно не пришло, ваше контактное лицо действует по плану, о котором вы договорились заранее.
Договоритесь с контактным лицом
- Кто: одно основное контактное лицо [имя] и одно резервное [имя]. Оба согласились, и у обоих есть этот план.
- Когда: в определённое время. Например: каждый день в 09:00 и 21:00 или до и после встречи.
- Как: один основной канал и один резервный. Например: Signal, затем SMS.
- Что: короткое сообщение, которое выглядит обычным. Например: «Всё хорошо, поговорим позже».
- Код опасности: слово, которое означает «у меня проблемы, начинайте действовать»: [слово].
- Код «не могу говорить»: фраза, которая означает «рядом кто-то есть, я не могу говорить»: [фраза].
- Время ожидания: сколько контактное лицо ждёт, прежде чем начать действовать.
Контактное лицо хранит в надёжном месте
- ваше полное имя, недавнюю фотографию, дату рождения, номер удостоверения личности
- ваши планы на день: где, с кем, как вы передвигаетесь
- [имя вашего адвоката] и как с ним связаться
- какому члену семьи звонить и что ему можно сообщить
- сведения о ваших медицинских потребностях
Правила
- Никогда не пропускайте выход на связь намеренно. Если опаздываете, предупредите заранее.
- Завершайте чётко: «Я снова в безопасности, проверки больше не нужны».
- Ложные тревоги случаются. Поблагодарите контактное лицо, устраните причину и продолжайте.</translation>
    </message>
    <message>
        <source>A consequence of your detention</source>
        <translation>Последствие вашего задержания</translation>
    </message>
    <message>
        <source>A lawyer agreed in advance. An emergency contact. A network ready to respond.</source>
        <translation>Адвокат, с которым вы договорились заранее. Контакт на экстренный случай. Сеть поддержки, готовая действовать.</translation>
    </message>
    <message>
        <source>A local lawyer identified in advance. Regular check-ins. Embassy support if abroad.</source>
        <translation>Местный адвокат, найденный заранее. Регулярный выход на связь. Поддержка посольства, если вы за границей.</translation>
    </message>
    <message>
        <source>A network of lawyers. Clear records of funding and activities.</source>
        <translation>Сеть адвокатов. Чёткий учёт финансирования и деятельности.</translation>
    </message>
    <message>
        <source>A publicly visible role. No lawyer reachable at night.</source>
        <translation>Заметная публичная роль. Ночью нет доступа к адвокату.</translation>
    </message>
    <message>
        <source>A reliable driver. Travel insurance. First aid kit. Local advice.</source>
        <translation>Надёжный водитель. Страховка на время поездки. Аптечка. Советы местных жителей.</translation>
    </message>
    <message>
        <source>A travel phone. An encrypted backup at home. Knowing your rights at the border.</source>
        <translation>Отдельный телефон для поездок. Зашифрованная резервная копия дома. Знание своих прав на границе.</translation>
    </message>
    <message>
        <source>A trusted contact reachable day and night. A lawyer ready to act.</source>
        <translation>Доверенный человек, с которым можно связаться днём и ночью. Адвокат, готовый действовать.</translation>
    </message>
    <message>
        <source>A trusted local contact. A simple, true reason for your visit.</source>
        <translation>Доверенное контактное лицо на месте. Простая и правдивая причина вашего визита.</translation>
    </message>
    <message>
        <source>After a false alarm, talk calmly, find the cause, adjust times or channels, and continue.</source>
        <translation>После ложной тревоги спокойно поговорите, найдите причину, измените время или каналы и продолжайте.</translation>
    </message>
    <message>
        <source>Agree a backup channel. Use encrypted apps with disappearing messages. Use agreed place names instead of addresses.</source>
        <translation>Договоритесь о резервном канале. Используйте зашифрованные приложения с исчезающими сообщениями. Вместо адресов используйте условные названия мест.</translation>
    </message>
    <message>
        <source>Agree a carer now, sign an authorisation, and set aside emergency money.</source>
        <translation>Уже сейчас договоритесь с человеком, который позаботится о ваших близких, подпишите доверенность и отложите деньги на экстренный случай.</translation>
    </message>
    <message>
        <source>Arbitrary arrest at a protest, at home or at a checkpoint</source>
        <translation>Произвольный арест на акции протеста, дома или на КПП</translation>
    </message>
    <message>
        <source>Arrest or detention during the trip</source>
        <translation>Арест или задержание во время поездки</translation>
    </message>
    <message>
        <source>At departure, at each stop, on arrival, and every evening at 20:00 while away</source>
        <translation>При отъезде, на каждой остановке, по прибытии и каждый вечер в 20:00, пока вы в поездке</translation>
    </message>
    <message>
        <source>Before
- Memorise your lawyer&apos;s number: [name of your lawyer].
- Write your rights on a card in the local language.
- Keep medicines and a short medical note ready.
- Decide what you will say: your identity details, and that you want your lawyer. Nothing more.
During arrest
- Stay calm. Do not resist or run.
- Note time, place, officers&apos; names, badge numbers, vehicle.
- If you can, send your danger code to [name], or call out your name and your lawyer&apos;s name to people nearby.
- Ask: &apos;Am I under arrest? Why? Where are you taking me?&apos;
In custody
- Say: &apos;I will stay silent until my lawyer is present.&apos;
- Ask to inform [name] or your family.
- Ask for a doctor, your medicines and, if needed, an interpreter.
- Do not sign anything without your lawyer, or anything you do not understand.
- Do not unlock devices or give passwords. [Note what the law here says and what you decide.]
- Do not discuss your case with cellmates.
After release
- Write down everything that happened, as soon as you can.
- See a doctor and keep the report.
- Treat returned devices as compromised.
- Rest, and talk to someone you trust.</source>
        <translation>До ареста
- Запомните номер вашего адвоката: [имя вашего адвоката].
- Запишите свои права на карточке на местном языке.
- Держите наготове лекарства и короткую медицинскую справку.
- Решите, что вы будете говорить: ваши личные данные и то, что вам нужен ваш адвокат. Больше ничего.
Во время ареста
- Сохраняйте спокойствие. Не сопротивляйтесь и не убегайте.
- Запомните время, место, имена сотрудников, номера жетонов, машину.
- Если можете, отправьте код опасности контактному лицу [имя] или громко назовите людям рядом своё имя и имя своего адвоката.
- Спросите: «Меня задерживают? На каком основании? Куда вы меня везёте?»
Под стражей
- Скажите: «Я буду хранить молчание до прихода моего адвоката».
- Попросите сообщить о вашем задержании [имя] или вашей семье.
- Попросите врача, ваши лекарства и, если нужно, переводчика.
- Ничего не подписывайте без адвоката и не подписывайте то, чего не понимаете.
- Не разблокируйте устройства и не сообщайте пароли. [Запишите, что говорит об этом местный закон и что вы решили.]
- Не обсуждайте своё дело с сокамерниками.
После освобождения
- Как можно скорее запишите всё, что произошло.
- Обратитесь к врачу и сохраните его заключение.
- Считайте возвращённые устройства скомпрометированными.
- Отдохните и поговорите с человеком, которому доверяете.</translation>
    </message>
    <message>
        <source>Before you go
- Who knows about the trip? Tell only those who need to know: [list].
- Route, transport, timetable: [details]. Is there a safer option, even if slower?
- Where you stay: [place]. Prefer a place where others know you are there. Check the exits.
- Risks at the destination: checkpoints, curfews, crime, areas to avoid.
- Documents: passport, ID, visa, invitation letter. Keep paper copies apart from the originals.
- Money: cash in local currency, kept in two places.
- Health: medicines for the whole trip plus extra days, insurance, small first aid kit.
On the road
- Keep a low profile. Do not talk about your work in taxis or public places.
- Avoid risky roads at night.
- Meet people in places you have checked.
- If you feel followed, go to a busy place and check in early.
At borders and checkpoints
- Stay calm and polite. Give simple, consistent answers.
- Carry only what you are willing to have searched.
While you are away
- Who keeps an eye on your home and office? [name].
- Lock away or remove sensitive papers before leaving.</source>
        <translation>Перед отъездом
- Кто знает о поездке? Говорите только тем, кому нужно знать: [список].
- Маршрут, транспорт, расписание: [подробности]. Есть ли более безопасный вариант, пусть и более медленный?
- Где вы остановитесь: [место]. Выбирайте место, где другие знают о вашем пребывании. Проверьте, где выходы.
- Риски в месте назначения: КПП, комендантский час, преступность, районы, которых лучше избегать.
- Документы: паспорт, удостоверение личности, виза, письмо-приглашение. Храните бумажные копии отдельно от оригиналов.
- Деньги: наличные в местной валюте, разложенные в два разных места.
- Здоровье: лекарства на всю поездку и на несколько дней сверх того, страховка, небольшая аптечка.
В пути
- Не привлекайте к себе внимания. Не говорите о своей работе в такси и общественных местах.
- Не ездите ночью по опасным дорогам.
- Встречайтесь с людьми в местах, которые вы проверили.
- Если вам кажется, что за вами следят, идите в людное место и выйдите на связь раньше срока.
На границах и КПП
- Сохраняйте спокойствие и вежливость. Отвечайте просто и последовательно.
- Везите с собой только то, что вы готовы показать при досмотре.
Пока вас нет
- Кто присмотрит за вашим домом и офисом? [имя].
- Перед отъездом уберите под замок или вывезите конфиденциальные документы.</translation>
    </message>
    <message>
        <source>Being followed or questioned about meetings with victims or witnesses</source>
        <translation>Слежка или допросы о встречах с пострадавшими или свидетелями</translation>
    </message>
    <message>
        <source>Being watched and followed on the way to work or meetings</source>
        <translation>Наблюдение и слежка по дороге на работу или на встречи</translation>
    </message>
    <message>
        <source>Check in on time. Share your daily plans with your contact. Your contact keeps your lawyer&apos;s details at hand.</source>
        <translation>Выходите на связь вовремя. Сообщайте контактному лицу свои планы на день. У контактного лица под рукой данные вашего адвоката.</translation>
    </message>
    <message>
        <source>Check-in channel is watched, blocked or your phone is taken</source>
        <translation>Канал для выхода на связь отслеживается или заблокирован либо у вас отобрали телефон</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>Протокол выхода на связь</translation>
    </message>
    <message>
        <source>Colleagues who can come along. Good knowledge of the area. Other transport options.</source>
        <translation>Коллеги, которые могут поехать с вами. Хорошее знание местности. Другие варианты транспорта.</translation>
    </message>
    <message>
        <source>Contacts, case files and chats on the phone. Phone opens with a fingerprint.</source>
        <translation>На телефоне контакты, материалы дел и переписки. Телефон разблокируется отпечатком пальца.</translation>
    </message>
    <message>
        <source>Criminal charges or a lawsuit meant to stop your work</source>
        <translation>Уголовные обвинения или иск, цель которых — остановить вашу работу</translation>
    </message>
    <message>
        <source>Dependants
- Who cares for your children or others who depend on you, at once and for months? [name]. Have they agreed?
- Where are their documents, school details, doctor, medicines? [place].
- A signed authorisation or power of attorney for [name], kept at [place].
- What will the children be told, and by whom? Use simple, honest words suited to their age.
Money
- Who pays rent, bills and legal fees? [name]. From which account or emergency fund?
- Keep some cash with a trusted person.
Work
- Who takes over urgent cases, deadlines and sources? [name].
- Who informs partners and donors?
Devices and this journal
- Decide now what happens to your devices and accounts if you are arrested, and who does it: [name].
- This journal is encrypted. Do not give your passphrase to anyone who could be forced to reveal it.
- Who keeps an encrypted backup, and where? [name], [place].
During detention
- Who brings food, clothes and medicines? Who visits? Who supports your family?</source>
        <translation>Те, кто от вас зависит
- Кто позаботится о ваших детях или других людях, которые от вас зависят, — сразу и в течение месяцев? [имя]. Этот человек согласился?
- Где их документы, сведения о школе, врач, лекарства? [место].
- Подписанное разрешение или доверенность на имя [имя], хранится: [место].
- Что скажут детям и кто? Используйте простые и честные слова, понятные в их возрасте.
Деньги
- Кто оплачивает аренду, счета и услуги адвоката? [имя]. С какого счёта или из какого резервного фонда?
- Оставьте немного наличных у доверенного человека.
Работа
- Кто возьмёт на себя срочные дела, сроки и источники? [имя].
- Кто сообщит партнёрам и донорам?
Устройства и этот журнал
- Решите уже сейчас, что будет с вашими устройствами и учётными записями, если вас арестуют, и кто этим займётся: [имя].
- Этот журнал зашифрован. Не сообщайте свою парольную фразу тому, кого могут заставить её выдать.
- Кто хранит зашифрованную резервную копию и где? [имя], [место].
Во время задержания
- Кто приносит еду, одежду и лекарства? Кто навещает вас? Кто поддерживает вашу семью?</translation>
    </message>
    <message>
        <source>Dependants left without care or money</source>
        <translation>Зависящие от вас люди остаются без ухода или денег</translation>
    </message>
    <message>
        <source>Describe your situation in a few short lines.
- What is your work? Which part of it makes powerful people uncomfortable?
- Who could want to stop your work, and why? List people, groups, institutions. Example: [local official], [company security staff], [armed group].
- What can each of them actually do? Example: follow you, sue you, smear you online, arrest you.
- Who supports or protects you? Example: [colleague], [organisation], [name of your lawyer], [journalist you trust].
- Who is neutral but could be won over? Example: [local police chief], [religious leader].
- What happened to others doing similar work here in the last year?
- Threats you received: for each one note the date, how it came, the exact words, and who you think sent it.
Remember: risk = threats x vulnerabilities / capacities. Even when you cannot stop a threat, you can lower your risk by reducing vulnerabilities and building capacities.</source>
        <translation>Опишите свою ситуацию в нескольких коротких строках.
- Чем вы занимаетесь? Какая часть вашей работы мешает влиятельным людям?
- Кто может хотеть остановить вашу работу и почему? Перечислите людей, группы, учреждения. Например: [местный чиновник], [служба безопасности компании], [вооружённая группа].
- Что каждый из них реально может сделать? Например: следить за вами, подать на вас в суд, порочить вас в интернете, арестовать вас.
- Кто вас поддерживает или защищает? Например: [коллега], [организация], [имя вашего адвоката], [журналист, которому вы доверяете].
- Кто нейтрален, но может стать союзником? Например: [начальник местной полиции], [религиозный лидер].
- Что случилось за последний год с другими, кто занимается здесь похожей работой?
- Полученные угрозы: для каждой запишите дату, как она поступила, точные слова и кто, по-вашему, её отправил.
Помните: риск = угрозы x уязвимости / возможности. Даже если вы не можете остановить угрозу, вы можете снизить риск: уменьшить уязвимости и нарастить возможности.</translation>
    </message>
    <message>
        <source>Devices searched and data taken at a border or checkpoint</source>
        <translation>Досмотр устройств и изъятие данных на границе или КПП</translation>
    </message>
    <message>
        <source>Disappearance or detention without anyone knowing for hours</source>
        <translation>Исчезновение или задержание, о котором несколько часов никто не знает</translation>
    </message>
    <message>
        <source>Do not answer a summons or questions without your lawyer. Inform your network. Start the &apos;If detained&apos; plan if arrest seems likely.</source>
        <translation>Не являйтесь по повестке и не отвечайте на вопросы без адвоката. Предупредите свою сеть поддержки. Если арест кажется вероятным, запустите план «На случай задержания».</translation>
    </message>
    <message>
        <source>Do not reply in anger. Save screenshots and links with dates. Report the accounts to the platform. Ask [ally] for a public statement if needed. Step back from social media for a few days.</source>
        <translation>Не отвечайте в гневе. Сохраняйте скриншоты и ссылки с датами. Пожалуйтесь на эти аккаунты администрации платформы. При необходимости попросите [союзник] выступить с публичным заявлением. На несколько дней отойдите от соцсетей.</translation>
    </message>
    <message>
        <source>Encryption. Strong passphrases. A trusted person who can change shared passwords.</source>
        <translation>Шифрование. Надёжные парольные фразы. Доверенный человек, который может сменить общие пароли.</translation>
    </message>
    <message>
        <source>Every day at 09:00 and 21:00, and within 30 minutes after each sensitive meeting</source>
        <translation>Каждый день в 09:00 и 21:00, а также в течение 30 минут после каждой конфиденциальной встречи</translation>
    </message>
    <message>
        <source>Every day at 20:00 during times of high arrest risk, and before and after protests, hearings or a police summons</source>
        <translation>Каждый день в 20:00 в периоды высокого риска ареста, а также до и после акций протеста, судебных заседаний или вызова в полицию</translation>
    </message>
    <message>
        <source>False alarms or tiredness lead to the protocol being dropped</source>
        <translation>Из-за ложных тревог или усталости протокол перестают соблюдать</translation>
    </message>
    <message>
        <source>Family and friends. An emergency fund. Your organisation.</source>
        <translation>Семья и друзья. Деньги на экстренный случай. Ваша организация.</translation>
    </message>
    <message>
        <source>Find a local lawyer before you travel. Carry invitation letters. Check in at every stage.</source>
        <translation>Найдите местного адвоката до поездки. Возьмите с собой письма-приглашения. Выходите на связь на каждом этапе.</translation>
    </message>
    <message>
        <source>Get to safety first, then check in. Use insurance and the local contact. Change the plan or end the trip if unrest grows.</source>
        <translation>Сначала доберитесь до безопасного места, затем выйдите на связь. Воспользуйтесь страховкой и помощью местного контактного лица. Если беспорядки усиливаются, измените план или прервите поездку.</translation>
    </message>
    <message>
        <source>Go and stay with [friend] for a few days. Tell your organisation and protection networks. Write down everything that happened. Review this plan.</source>
        <translation>Поживите несколько дней у [имя друга]. Сообщите своей организации и сетям защиты правозащитников. Запишите всё, что произошло. Пересмотрите этот план.</translation>
    </message>
    <message>
        <source>Going alone to meetings. Family does not know whom to call.</source>
        <translation>Вы ходите на встречи в одиночку. Семья не знает, кому звонить.</translation>
    </message>
    <message>
        <source>Good relations with neighbours. A place to stay with [friend].</source>
        <translation>Хорошие отношения с соседями. Возможность пожить у [имя друга].</translation>
    </message>
    <message>
        <source>Held without a lawyer. A health condition that needs regular medicine.</source>
        <translation>Содержание под стражей без адвоката. Заболевание, при котором нужно регулярно принимать лекарства.</translation>
    </message>
    <message>
        <source>Home
- Who has keys? Change the locks if you are unsure.
- What is the weakest point: a door, a window, poor lighting? How can you improve it?
- Can neighbours warn you about strangers or unusual cars?
- Keep sensitive papers out of the home, or locked away.
Office
- Who can enter, and how are visitors checked?
- What happens to files and computers at night, or in a raid?
- Is there a second way out?
Daily movement
- Vary your routes and times where you can.
- Notice if the same person, car or motorbike appears more than once. Write down the date, time, place and a description.
- After a threat, avoid being alone in isolated places, especially at night.
- Tell someone before a sensitive meeting, and again when you are back.
Travel
- For risky trips, use the &apos;Travel&apos; template.</source>
        <translation>Дом
- У кого есть ключи? Если не уверены, смените замки.
- Какое место самое уязвимое: дверь, окно, плохое освещение? Как это исправить?
- Могут ли соседи предупредить вас о незнакомцах или необычных машинах?
- Храните конфиденциальные документы не дома или под замком.
Офис
- Кто может войти и как проверяют посетителей?
- Что происходит с документами и компьютерами ночью или при обыске?
- Есть ли второй выход?
Ежедневные передвижения
- По возможности меняйте маршруты и время.
- Замечайте, если один и тот же человек, машина или мотоцикл появляется больше одного раза. Записывайте дату, время, место и описание.
- После угрозы не оставайтесь одни в безлюдных местах, особенно ночью.
- Предупреждайте кого-нибудь перед конфиденциальной встречей и ещё раз — когда вернётесь.
Поездки
- Для поездок, связанных с риском, используйте шаблон «План безопасности для поездки».</translation>
    </message>
    <message>
        <source>Home address widely known. Poor lighting. Living alone.</source>
        <translation>Домашний адрес известен многим. Плохое освещение. Вы живёте в одиночку.</translation>
    </message>
    <message>
        <source>Home area and family photos visible online. Weak or reused passwords on some accounts.</source>
        <translation>Район, где вы живёте, и семейные фотографии видны в интернете. Слабые или повторяющиеся пароли в некоторых учётных записях.</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>На случай задержания</translation>
    </message>
    <message>
        <source>If followed, go to a busy public place, not home. Send the danger code to [trusted contact]. Share the log with your organisation and your lawyer.</source>
        <translation>Если за вами следят, идите в людное общественное место, а не домой. Отправьте код опасности доверенному человеку: [доверенный контакт]. Передайте свои записи о слежке своей организации и адвокату.</translation>
    </message>
    <message>
        <source>If you are abroad, your contact calls your embassy or consulate. Protection networks are alerted. The &apos;If detained&apos; plan starts.</source>
        <translation>Если вы за границей, ваше контактное лицо звонит в ваше посольство или консульство. Оповещаются сети защиты правозащитников. Запускается план «На случай задержания».</translation>
    </message>
    <message>
        <source>Ill-treatment or pressure to confess in custody</source>
        <translation>Жестокое обращение или принуждение к признанию под стражей</translation>
    </message>
    <message>
        <source>Improve locks and lighting. Ask neighbours to tell you about strangers. Keep a bag ready to leave.</source>
        <translation>Поставьте более надёжные замки и улучшите освещение. Попросите соседей сообщать вам о незнакомцах. Держите наготове сумку на случай отъезда.</translation>
    </message>
    <message>
        <source>Keep registration, tax and funding records in order and backed up. Agree now with [name of your lawyer] that they will act for you.</source>
        <translation>Держите документы о регистрации, налогах и финансировании в порядке и храните их резервные копии. Уже сейчас договоритесь с [имя вашего адвоката], что адвокат будет представлять ваши интересы.</translation>
    </message>
    <message>
        <source>Knowing your rights. A fast legal and public response. A prepared medical note.</source>
        <translation>Знание своих прав. Быстрая юридическая и публичная реакция. Заранее подготовленная медицинская справка.</translation>
    </message>
    <message>
        <source>Long check-in periods. One contact carrying all the load.</source>
        <translation>Длинные промежутки между выходами на связь. Вся нагрузка на одном контактном лице.</translation>
    </message>
    <message>
        <source>Long stress wears down health and judgement. Caring for yourself is part of your security.
- Your early signs of too much stress. Example: poor sleep, anger, drinking more, forgetting things.
- What helps you recover? Example: walking, prayer, time with friends, sport.
- Who can you talk to honestly? [name or counsellor].
- Set limits: how many hours do you work? When are you off?
- After a threat or an attack, rest and talk it through. Strong reactions are normal, not weakness.
- Plan one small thing each week that is only for you.</source>
        <translation>Длительный стресс подрывает здоровье и способность здраво судить. Забота о себе — часть вашей безопасности.
- Ваши первые признаки перенапряжения. Например: плохой сон, вспышки гнева, больше алкоголя, забывчивость.
- Что помогает вам восстановиться? Например: прогулки, молитва, время с друзьями, спорт.
- С кем вы можете говорить откровенно? [имя или психолог].
- Установите границы: сколько часов вы работаете? Когда вы отдыхаете?
- После угрозы или нападения отдохните и обсудите случившееся. Сильные реакции — это нормально, а не слабость.
- Каждую неделю планируйте одно небольшое дело только для себя.</translation>
    </message>
    <message>
        <source>Memorise your lawyer&apos;s number. Tell your contact before protests. Go with others, not alone.</source>
        <translation>Запомните номер своего адвоката. Предупреждайте контактное лицо перед акциями протеста. Ходите вместе с другими, а не в одиночку.</translation>
    </message>
    <message>
        <source>My check-in protocol</source>
        <translation>Мой протокол выхода на связь</translation>
    </message>
    <message>
        <source>My personal safety plan</source>
        <translation>Мой личный план безопасности</translation>
    </message>
    <message>
        <source>My plan if I am detained</source>
        <translation>Мой план на случай задержания</translation>
    </message>
    <message>
        <source>Not an outside actor: routine, tiredness, flat batteries, no signal</source>
        <translation>Никто извне: рутина, усталость, севшие батареи, нет связи</translation>
    </message>
    <message>
        <source>Online smear campaign and threats on social media</source>
        <translation>Кампания по дискредитации в интернете и угрозы в соцсетях</translation>
    </message>
    <message>
        <source>Only in times of higher risk: before and after sensitive meetings, or every evening at 21:00 after a new threat</source>
        <translation>Только в периоды повышенного риска: до и после конфиденциальных встреч или каждый вечер в 21:00 после новой угрозы</translation>
    </message>
    <message>
        <source>Only one channel agreed. Locations sent in clear text.</source>
        <translation>Договорились только об одном канале. Местоположение отправляется открытым текстом.</translation>
    </message>
    <message>
        <source>Personal safety plan</source>
        <translation>Личный план безопасности</translation>
    </message>
    <message>
        <source>Phone opens with a fingerprint. Sensitive chats kept for years.</source>
        <translation>Телефон разблокируется отпечатком пальца. Конфиденциальные переписки хранятся годами.</translation>
    </message>
    <message>
        <source>Physical attack at or near your home</source>
        <translation>Физическое нападение дома или рядом с домом</translation>
    </message>
    <message>
        <source>Plan how to leave early if things go wrong.
- Signs that mean you end the trip. Example: your name in local media, a host arrested, police asking about you at your lodging.
- A safe place nearby for a few hours or days: [place], [person].
- Exit routes: [road], [bus], [flight]. Keep enough money for a last-minute ticket.
- If abroad, the embassy or consulate that could help: [embassy], [how to reach it].
- Who decides with you that it is time to leave? [name].
- If you must leave fast, what do you take, and what do you leave or delete?</source>
        <translation>Продумайте, как досрочно уехать, если что-то пойдёт не так.
- Признаки того, что поездку нужно прервать. Например: ваше имя в местных СМИ, арест принимающей стороны, полиция расспрашивает о вас там, где вы остановились.
- Безопасное место поблизости на несколько часов или дней: [место], [человек].
- Пути отъезда: [дорога], [автобус], [рейс]. Держите достаточно денег на билет в последний момент.
- Если вы за границей — посольство или консульство, которое может помочь: [посольство], [как с ним связаться].
- Кто вместе с вами решает, что пора уезжать? [имя].
- Если придётся уезжать быстро, что вы возьмёте, а что оставите или удалите?</translation>
    </message>
    <message>
        <source>Prepare and practise what you will say: identity details and a request for your lawyer. Keep a medical note ready.</source>
        <translation>Подготовьте и отрепетируйте, что вы скажете: ваши личные данные и просьбу пригласить вашего адвоката. Держите наготове медицинскую справку.</translation>
    </message>
    <message>
        <source>Protection networks are alerted. Your lawyer, family and contact decide on public action, following your wishes.</source>
        <translation>Оповещаются сети защиты правозащитников. Ваш адвокат, семья и контактное лицо решают, нужны ли публичные действия, в соответствии с вашими пожеланиями.</translation>
    </message>
    <message>
        <source>Registration, tax or funding papers not fully in order. No lawyer ready to act.</source>
        <translation>Документы о регистрации, налогах или финансировании не в полном порядке. Нет адвоката, готового действовать.</translation>
    </message>
    <message>
        <source>Remove your address and family photos from public profiles. Use strong, unique passwords and two-step login. Ask [colleague] to watch for attacks.</source>
        <translation>Удалите свой адрес и семейные фотографии из публичных профилей. Используйте надёжные уникальные пароли и двухэтапный вход. Попросите [коллега] следить за атаками.</translation>
    </message>
    <message>
        <source>Review this plan at least every three months, and straight away after any of these:
- a new threat, warning or sign that you are watched
- an attack, arrest or raid affecting you or someone in your network
- a change in your work, a new case, or a public statement that draws attention
- a move of home or office, or a change in your family
- a planned trip to a risky place
- a new law, an election, protests or other political change
- a lost, stolen or seized device</source>
        <translation>Пересматривайте этот план не реже раза в три месяца и сразу же после любого из этих событий:
- новая угроза, предупреждение или признак того, что за вами следят
- нападение, арест или обыск, затронувшие вас или кого-то из вашего окружения
- перемены в работе, новое дело или публичное заявление, которое привлекает внимание
- переезд дома или офиса либо перемены в семье
- запланированная поездка в опасное место
- новый закон, выборы, протесты или другие политические перемены
- потерянное, украденное или изъятое устройство</translation>
    </message>
    <message>
        <source>Review this protocol:
- before each time of higher risk: a trial, a protest, a trip, a publication
- when your check-in contact changes, travels or becomes unavailable
- after every missed check-in, real or false alarm
- when a channel stops working or may be watched
- after an arrest or attack in your network
- at least every three months</source>
        <translation>Пересматривайте этот протокол:
- перед каждым периодом повышенного риска: суд, акция протеста, поездка, публикация
- когда ваше контактное лицо для выхода на связь меняется, уезжает или становится недоступным
- после каждого пропущенного выхода на связь, будь то реальная или ложная тревога
- когда канал перестаёт работать или может отслеживаться
- после ареста или нападения в вашем окружении
- не реже раза в три месяца</translation>
    </message>
    <message>
        <source>Road accident, crime or sudden unrest</source>
        <translation>ДТП, преступление или внезапные беспорядки</translation>
    </message>
    <message>
        <source>Same route and times every day. Meetings announced in open chat groups.</source>
        <translation>Каждый день один и тот же маршрут и время. Встречи объявляются в открытых групповых чатах.</translation>
    </message>
    <message>
        <source>Seized devices expose contacts, sources and this journal</source>
        <translation>Изъятые устройства раскрывают контакты, источники и этот журнал</translation>
    </message>
    <message>
        <source>Set a reminder alarm before each check-in. Carry a charged power bank. Share the task between two contacts. Review after the first week.</source>
        <translation>Ставьте напоминание перед каждым выходом на связь. Носите с собой заряженный внешний аккумулятор. Распределите задачу между двумя контактными лицами. Пересмотрите протокол после первой недели.</translation>
    </message>
    <message>
        <source>Single carer. No savings. No written authorisation for another carer.</source>
        <translation>Кроме вас, о близких некому позаботиться. Нет сбережений. Нет письменной доверенности на другого человека, который мог бы о них позаботиться.</translation>
    </message>
    <message>
        <source>Stay calm. Ask for a written record of what is taken. Afterwards, warn contacts who may be exposed, change passwords, and treat the device as compromised.</source>
        <translation>Сохраняйте спокойствие. Попросите письменный протокол изъятия. После этого предупредите контакты, которые могут оказаться под угрозой, смените пароли и считайте устройство скомпрометированным.</translation>
    </message>
    <message>
        <source>Stop meetings, check in early and move to the safe place. Warn the people you met if they may be at risk.</source>
        <translation>Прекратите встречи, выйдите на связь раньше срока и переберитесь в безопасное место. Предупредите людей, с которыми вы встречались, если им может грозить опасность.</translation>
    </message>
    <message>
        <source>Supportive networks and journalists. A colleague who can help save evidence.</source>
        <translation>Сети поддержки и журналисты. Коллега, который может помочь сохранить доказательства.</translation>
    </message>
    <message>
        <source>Switch to the backup channel. If both fail, your contact treats it as a missed check-in and starts escalation.</source>
        <translation>Перейдите на резервный канал. Если не работают оба, контактное лицо считает, что вы не вышли на связь, и начинает действовать по согласованным шагам.</translation>
    </message>
    <message>
        <source>The carer takes the children at once. Your organisation or network helps with emergency funds.</source>
        <translation>Человек, который согласился позаботиться о детях, сразу забирает их. Ваша организация или сеть поддержки помогает деньгами из фонда на экстренный случай.</translation>
    </message>
    <message>
        <source>Travel at night on unknown roads. Carrying all money and documents in one bag.</source>
        <translation>Поездки ночью по незнакомым дорогам. Все деньги и документы в одной сумке.</translation>
    </message>
    <message>
        <source>Travel in daylight with a reliable driver. Split money and documents. Ask local contacts about the situation each day.</source>
        <translation>Ездите в светлое время суток с надёжным водителем. Разделите деньги и документы. Каждый день узнавайте у местных контактов, какая обстановка.</translation>
    </message>
    <message>
        <source>Travel plan: [destination, dates]</source>
        <translation>План поездки: [место назначения, даты]</translation>
    </message>
    <message>
        <source>Travel safety plan</source>
        <translation>План безопасности для поездки</translation>
    </message>
    <message>
        <source>Travel with as little data as possible. Use a passphrase and switch devices off before crossing. Leave sensitive files in the encrypted backup at home.</source>
        <translation>Берите с собой как можно меньше данных. Используйте парольную фразу и выключайте устройства перед пересечением границы. Оставьте конфиденциальные файлы в зашифрованной резервной копии дома.</translation>
    </message>
    <message>
        <source>Unfamiliar legal system. No local lawyer. No one nearby knows you.</source>
        <translation>Незнакомая правовая система. Нет местного адвоката. Никто поблизости вас не знает.</translation>
    </message>
    <message>
        <source>Use passphrases, encryption, little stored data and disappearing messages. Keep regular encrypted backups elsewhere.</source>
        <translation>Используйте парольные фразы и шифрование, храните как можно меньше данных, включите исчезающие сообщения. Регулярно делайте зашифрованные резервные копии и храните их в другом месте.</translation>
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
    <message>
        <source>Vary meeting places and check them first. Few people know the schedule. Do not write names of the people you meet in your notes.</source>
        <translation>Меняйте места встреч и заранее проверяйте их. Расписание знают немногие. Не записывайте в заметках имена людей, с которыми встречаетесь.</translation>
    </message>
    <message>
        <source>Vary routes and times. Arrange sensitive meetings only over secure channels. Log each suspicious sighting with date, time, place and description.</source>
        <translation>Меняйте маршруты и время. Договаривайтесь о конфиденциальных встречах только по защищённым каналам. Записывайте каждый подозрительный случай: дату, время, место и описание.</translation>
    </message>
    <message>
        <source>Visitors from outside stand out. Your host is well known locally.</source>
        <translation>Приезжие заметны. Принимающего вас человека хорошо знают на месте.</translation>
    </message>
    <message>
        <source>Who is called, in this order. Your contacts keep this list on paper too.
1. [name], emergency contact: starts this plan and logs each action with its time.
2. [name of your lawyer]: finds where you are held, asks to see you, checks your health.
3. [family member]: cares for dependants, brings medicines and clothes.
4. [name at your organisation]: secures files and accounts, pauses risky work.
5. [protection network or trusted human rights organisation]: urgent appeal, monitoring.
6. Only if agreed in advance: [journalist], [embassy], [UN or regional human rights body].
Agree in advance
- Your danger code: [word].
- Do you want your detention made public, and how fast? Some want publicity at once, others quiet action first. Your choice: [choice].
- Who speaks for you in public: [name]. Everyone else refers to them.
- What must never be shared: [example: names of sources, your health details].</source>
        <translation>Кому звонят, в таком порядке. Ваши контакты хранят этот список и на бумаге.
1. [имя], контакт на экстренный случай: запускает этот план и записывает каждое действие с указанием времени.
2. [имя вашего адвоката]: выясняет, где вас содержат, добивается встречи с вами, проверяет состояние вашего здоровья.
3. [член семьи]: заботится о тех, кто от вас зависит, приносит лекарства и одежду.
4. [имя сотрудника вашей организации]: защищает файлы и учётные записи, приостанавливает рискованную работу.
5. [сеть защиты правозащитников или доверенная правозащитная организация]: срочное обращение, мониторинг.
6. Только если договорились заранее: [журналист], [посольство], [правозащитный орган ООН или региональный правозащитный орган].
Договоритесь заранее
- Ваш код опасности: [слово].
- Хотите ли вы, чтобы о вашем задержании сообщили публично, и как быстро? Одни хотят огласки сразу, другие — сначала действий без огласки. Ваш выбор: [выбор].
- Кто публично говорит от вашего имени: [имя]. Все остальные направляют вопросы к этому человеку.
- Что нельзя разглашать ни при каких условиях: [например: имена источников, сведения о вашем здоровье].</translation>
    </message>
    <message>
        <source>With your family and lawyer, your contact decides on public action, following your wishes. Everyone keeps a log of each action and its time.</source>
        <translation>Вместе с вашей семьёй и адвокатом контактное лицо решает, нужны ли публичные действия, в соответствии с вашими пожеланиями. Каждый записывает все свои действия с указанием времени.</translation>
    </message>
    <message>
        <source>With your lawyer and family, your contact decides on public action, following your wishes. Everyone keeps a written log of each action and its time.</source>
        <translation>Вместе с вашим адвокатом и семьёй контактное лицо решает, нужны ли публичные действия, в соответствии с вашими пожеланиями. Каждый ведёт письменный журнал всех своих действий с указанием времени.</translation>
    </message>
    <message>
        <source>Your check-in contact starts escalation. Lawyers and, if abroad, the embassy are contacted. The &apos;If detained&apos; plan starts.</source>
        <translation>Ваше контактное лицо для выхода на связь начинает действовать по согласованным шагам. Связываются с адвокатами и, если вы за границей, с посольством. Запускается план «На случай задержания».</translation>
    </message>
    <message>
        <source>Your contact alerts protection networks and trusted human rights organisations. Your organisation secures shared accounts and files. The &apos;If detained&apos; plan starts.</source>
        <translation>Ваше контактное лицо оповещает сети защиты правозащитников и доверенные правозащитные организации. Ваша организация защищает общие учётные записи и файлы. Запускается план «На случай задержания».</translation>
    </message>
    <message>
        <source>Your contact calls [family member] and [name of your lawyer], and informs your organisation.</source>
        <translation>Ваше контактное лицо звонит [член семьи] и [имя вашего адвоката] и сообщает вашей организации.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer] and the local lawyer, who check police stations and hospitals along your route. Your organisation is informed.</source>
        <translation>Ваше контактное лицо звонит [имя вашего адвоката] и местному адвокату; они проверяют отделения полиции и больницы по вашему маршруту. Вашу организацию ставят в известность.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer], who checks police stations and hospitals. Your organisation is informed.</source>
        <translation>Ваше контактное лицо звонит [имя вашего адвоката]; адвокат проверяет отделения полиции и больницы. Вашу организацию ставят в известность.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer], who checks police stations. [family member] is informed.</source>
        <translation>Ваше контактное лицо звонит [имя вашего адвоката]; адвокат проверяет отделения полиции. В известность ставят также: [член семьи].</translation>
    </message>
    <message>
        <source>Your contact calls and messages you on the main and backup channels, and asks the people you were meeting.</source>
        <translation>Ваше контактное лицо звонит и пишет вам по основному и резервному каналам и расспрашивает людей, с которыми вы встречались.</translation>
    </message>
    <message>
        <source>Your contact calls and messages you on the main and backup channels, then calls the people you were meeting if known.</source>
        <translation>Ваше контактное лицо звонит и пишет вам по основному и резервному каналам, затем звонит людям, с которыми вы встречались, если они известны.</translation>
    </message>
    <message>
        <source>Your contact calls the backup contact and [family member], and checks your last known location and plans.</source>
        <translation>Ваше контактное лицо звонит резервному контактному лицу и [член семьи] и проверяет, где вас видели в последний раз и какие у вас были планы.</translation>
    </message>
    <message>
        <source>Your contact calls your host or lodging and the backup contact, and checks your last known location and plans.</source>
        <translation>Ваше контактное лицо звонит принимающей стороне или туда, где вы остановились, а также резервному контактному лицу и проверяет, где вас видели в последний раз и какие у вас были планы.</translation>
    </message>
    <message>
        <source>Your contact changes shared passwords and warns people who may be exposed. After release, treat devices as compromised.</source>
        <translation>Ваше контактное лицо меняет общие пароли и предупреждает людей, которые могут оказаться под угрозой. После освобождения считайте устройства скомпрометированными.</translation>
    </message>
    <message>
        <source>Your contact follows the escalation steps without delay. The lawyer checks police stations. The network is alerted within hours.</source>
        <translation>Ваше контактное лицо без промедления выполняет согласованные шаги. Адвокат проверяет отделения полиции. Сеть поддержки оповещают в течение нескольких часов.</translation>
    </message>
    <message>
        <source>Your contact tries all channels and calls the people you were with.</source>
        <translation>Ваше контактное лицо пробует все каналы и звонит людям, с которыми вы были.</translation>
    </message>
    <message>
        <source>Your contact tries you on the main and backup channels, then calls the local contact [name] at the destination.</source>
        <translation>Ваше контактное лицо пытается связаться с вами по основному и резервному каналам, затем звонит местному контактному лицу [имя] в месте назначения.</translation>
    </message>
    <message>
        <source>Your emergency contact starts the call list. Your lawyer finds where you are held. The network is alerted.</source>
        <translation>Ваш контакт на экстренный случай начинает обзвон по списку. Ваш адвокат выясняет, где вас содержат. Сеть поддержки оповещают.</translation>
    </message>
    <message>
        <source>Your lawyer checks police stations and hospitals. Your contact alerts protection networks and starts the &apos;If detained&apos; plan.</source>
        <translation>Ваш адвокат проверяет отделения полиции и больницы. Ваше контактное лицо оповещает сети защиты правозащитников и запускает план «На случай задержания».</translation>
    </message>
    <message>
        <source>Your lawyer demands access and a medical exam. After release, document injuries with a doctor. Report to protection networks and complaint bodies.</source>
        <translation>Ваш адвокат добивается доступа к вам и медицинского осмотра. После освобождения зафиксируйте травмы у врача. Сообщите в сети защиты правозащитников и в органы, принимающие жалобы.</translation>
    </message>
    <message>
        <source>Your organisation secures shared accounts and files. The carer gets ready to take your dependants.</source>
        <translation>Ваша организация защищает общие учётные записи и файлы. Человек, который согласился позаботиться о ваших близких, готовится взять их к себе.</translation>
    </message>
    <message>
        <source>[border police], [soldiers at a checkpoint]</source>
        <translation>[пограничная полиция], [военные на КПП]</translation>
    </message>
    <message>
        <source>[general crime], [unrest in the area]</source>
        <translation>[обычная преступность], [беспорядки в районе]</translation>
    </message>
    <message>
        <source>[interrogators], [prison staff]</source>
        <translation>[следователи], [сотрудники тюрьмы]</translation>
    </message>
    <message>
        <source>[local intelligence], [local authorities]</source>
        <translation>[местные спецслужбы], [местные власти]</translation>
    </message>
    <message>
        <source>[local police]</source>
        <translation>[местная полиция]</translation>
    </message>
    <message>
        <source>[online accounts linked to opponents]</source>
        <translation>[аккаунты в интернете, связанные с противниками]</translation>
    </message>
    <message>
        <source>[police unit]</source>
        <translation>[подразделение полиции]</translation>
    </message>
    <message>
        <source>[police], [intelligence service]</source>
        <translation>[полиция], [спецслужба]</translation>
    </message>
    <message>
        <source>[police], [unknown group]</source>
        <translation>[полиция], [неизвестная группа]</translation>
    </message>
    <message>
        <source>[prosecutor&apos;s office], [company]</source>
        <translation>[прокуратура], [компания]</translation>
    </message>
    <message>
        <source>[state security agency] or [private security staff]</source>
        <translation>[орган госбезопасности] или [частная охрана]</translation>
    </message>
    <message>
        <source>[telecom provider under state pressure], [police]</source>
        <translation>[оператор связи под давлением государства], [полиция]</translation>
    </message>
    <message>
        <source>[unknown persons], [armed group]</source>
        <translation>[неизвестные лица], [вооружённая группа]</translation>
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
