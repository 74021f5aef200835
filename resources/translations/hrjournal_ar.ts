<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AffectedTable</name>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>المتضررون</translation>
    </message>
    <message>
        <source>Choose who was affected in row %1 of People affected, or remove that row.</source>
        <translation>يُرجى اختيار الشخص المتضرر في الصف %1 من «المتضررون»، أو حذف ذلك الصف.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Attachment shown</source>
        <translation>المرفق المعروض</translation>
    </message>
    <message>
        <source>Viewer message</source>
        <translation>رسالة العارض</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>قراءة المرفق</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <source>Stop reading the attachment</source>
        <translation>إيقاف قراءة المرفق</translation>
    </message>
    <message>
        <source>Reading the attachment…</source>
        <translation>جارٍ قراءة المرفق…</translation>
    </message>
    <message>
        <source>Picture or page</source>
        <translation>الصورة أو الصفحة</translation>
    </message>
    <message>
        <source>Picture or page, scrollable</source>
        <translation>الصورة أو الصفحة، قابلة للتمرير</translation>
    </message>
    <message>
        <source>Text of the attachment</source>
        <translation>نص المرفق</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>حفظ نسخة من المرفق</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;ملاءمة النافذة</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>الصفحة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>رقم الصفحة</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>الدليل: %1</translation>
    </message>
    <message>
        <source>HR Journal is still busy with the last task; please wait.</source>
        <translation>لا يزال HR Journal منشغلًا بالمهمة السابقة؛ يُرجى الانتظار.</translation>
    </message>
    <message>
        <source>This PDF could not be opened here; it may be damaged or protected by a password.</source>
        <translation>تعذّر فتح ملف PDF هذا هنا؛ ربما يكون تالفًا أو محميًا بكلمة مرور.</translation>
    </message>
    <message>
        <source>This type of file cannot be shown inside HR Journal. It is kept safely in the journal; if you need to open it in another program, save a copy first.</source>
        <translation>لا يمكن عرض هذا النوع من الملفات داخل HR Journal. الملف محفوظ بأمان في اليوميات؛ وإذا احتجت إلى فتحه في برنامج آخر، فاحفظ نسخة منه أولًا.</translation>
    </message>
    <message>
        <source>This page could not be drawn.</source>
        <translation>تعذّر عرض هذه الصفحة.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>الأ&amp;دلة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>وقت الإضافة</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Evidence of this incident</source>
        <translation>أدلة هذه الحادثة</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <source>Add files as evidence</source>
        <translation>إضافة ملفات كأدلة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>View the selected evidence</source>
        <translation>عرض الدليل المحدد</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>Save a copy of the selected evidence</source>
        <translation>حفظ نسخة من الدليل المحدد</translation>
    </message>
    <message>
        <source>Writes the file outside the journal, unencrypted; the custody log notes it.</source>
        <translation>يكتب الملف خارج اليوميات دون تشفير؛ ويُدوَّن ذلك في سجل العهدة.</translation>
    </message>
    <message>
        <source>Progress of taking in the file</source>
        <translation>تقدّم إضافة الملف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel taking in files</source>
        <translation>إلغاء إضافة الملفات</translation>
    </message>
    <message>
        <source>Evidence message</source>
        <translation>رسالة الأدلة</translation>
    </message>
    <message>
        <source>Chain of c&amp;ustody of the selected file</source>
        <translation>سلسلة ال&amp;عهدة للملف المحدد</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (من %2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>إضافة أدلة</translation>
    </message>
    <message>
        <source>Taking in %1…</source>
        <translation>جارٍ إضافة %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Added %1; its SHA-256 fingerprint is %2.</source>
        <translation>أُضيف %1؛ بصمته SHA-256 هي %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not added, nor any file after it.</source>
        <translation>أُلغيت العملية: لم يُضَف %1، ولا أي ملف بعده.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>حفظ نسخة من %1</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>جارٍ حفظ نسخة من %1…</translation>
    </message>
    <message>
        <source>Saved a copy as %1. It is not encrypted; delete it when you no longer need it.</source>
        <translation>حُفظت نسخة باسم %1. هذه النسخة غير مشفَّرة؛ احذفها عندما لا تعود بحاجة إليها.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1.</source>
        <translation>تعذّرت كتابة النسخة: %1.</translation>
    </message>
    <message>
        <source>Add photos, documents or recordings as evidence of this incident.</source>
        <translation>يمكنك إضافة صور أو وثائق أو تسجيلات كأدلة على هذه الحادثة.</translation>
    </message>
    <message>
        <source>Save the incident first; then you can add evidence to it.</source>
        <translation>يجب حفظ الحادثة أولًا؛ بعد ذلك يمكنك إضافة أدلة إليها.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the journal</source>
        <translation>نسخ اليوميات احتياطيًا</translation>
    </message>
    <message>
        <source>A backup is the whole journal in one encrypted file; keep it away from this laptop. Your passphrase is needed to seal it.</source>
        <translation>النسخة الاحتياطية هي اليوميات كاملةً في ملف واحد مشفّر؛ احفظها بعيدًا عن هذا الحاسوب. عبارة المرور لازمة لختمها.</translation>
    </message>
    <message>
        <source>The backup always opens with your recovery secret; a backup passphrase lets it open without it too.</source>
        <translation>تُفتح النسخة الاحتياطية دائمًا برمز الاسترداد؛ وتتيح عبارة مرور خاصة بالنسخة الاحتياطية فتحها من دونه أيضًا.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارة المرور الخاصة بك</translation>
    </message>
    <message>
        <source>Backup passphrase, if you want one</source>
        <translation>عبارة مرور النسخة الاحتياطية، إن أردت واحدة</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>عبارة مرور النسخة الاحتياطية مرة أخرى</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>رسالة النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>عبارة &amp;المرور الخاصة بك:</translation>
    </message>
    <message>
        <source>&amp;Backup passphrase (optional):</source>
        <translation>عبارة مرور ال&amp;نسخة الاحتياطية (اختيارية):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>&amp;Save the backup…</source>
        <translation>&amp;حفظ النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>اختيار مكان حفظ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>حفظ النسخة الاحتياطية باسم</translation>
    </message>
    <message>
        <source>HR Journal backups (*.hrjb)</source>
        <translation>نسخ HR Journal الاحتياطية (*.hrjb)</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>يُرجى كتابة عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>عبارتا مرور النسخة الاحتياطية غير متطابقتين.</translation>
    </message>
    <message>
        <source>The journal is backed up to %1 (%2); keep that file safe, away from this laptop.</source>
        <translation>نُسخت اليوميات احتياطيًا إلى %1 (%2)؛ احفظ هذا الملف في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Backing up… a large journal can take a minute.</source>
        <translation>جارٍ النسخ الاحتياطي… قد تستغرق اليوميات الكبيرة دقيقة.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>When the last backup was made</source>
        <translation>تاريخ آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Back up the journal…</source>
        <translation>&amp;نسخ اليوميات احتياطيًا…</translation>
    </message>
    <message>
        <source>Back up the journal</source>
        <translation>نسخ اليوميات احتياطيًا</translation>
    </message>
    <message>
        <source>Save the whole journal in one encrypted file, to keep away from this laptop.</source>
        <translation>حفظ اليوميات كاملةً في ملف واحد مشفّر، لتحفظه بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>آخر نسخة احتياطية: %1.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>لا توجد نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>You have no backup yet; make one on the Exports screen.</source>
        <translation>ليست لديك نسخة احتياطية بعد؛ أنشئ واحدة في شاشة التصدير.</translation>
    </message>
    <message>
        <source>Your last backup is a day old; make one on the Exports screen.</source>
        <translation>عمر آخر نسخة احتياطية لديك يوم واحد؛ أنشئ نسخة جديدة في شاشة التصدير.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup is %n days old; make one on the Exports screen.</source>
        <translation>
            <numerusform>عمر آخر نسخة احتياطية لديك %n يوم؛ أنشئ نسخة جديدة في شاشة التصدير.</numerusform>
            <numerusform>عمر آخر نسخة احتياطية لديك %n يوم؛ أنشئ نسخة جديدة في شاشة التصدير.</numerusform>
            <numerusform>عمر آخر نسخة احتياطية لديك %n يومان؛ أنشئ نسخة جديدة في شاشة التصدير.</numerusform>
            <numerusform>عمر آخر نسخة احتياطية لديك %n أيام؛ أنشئ نسخة جديدة في شاشة التصدير.</numerusform>
            <numerusform>عمر آخر نسخة احتياطية لديك %n يومًا؛ أنشئ نسخة جديدة في شاشة التصدير.</numerusform>
            <numerusform>عمر آخر نسخة احتياطية لديك %n يوم؛ أنشئ نسخة جديدة في شاشة التصدير.</numerusform>
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
        <translation>؛ </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>The months not named had no incidents.</source>
        <translation>لم تقع أي حوادث في الأشهر غير المذكورة.</translation>
    </message>
</context>
<context>
    <name>ChannelLine</name>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (المفضّلة)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy %1 for %2</source>
        <translation>نسخ %1 الخاص بـ%2</translation>
    </message>
    <message>
        <source>Copy to the clipboard; HR Journal empties the clipboard again soon after.</source>
        <translation>النسخ إلى الحافظة؛ يُفرغ HR Journal الحافظة مجددًا بعد وقت قصير.</translation>
    </message>
</context>
<context>
    <name>ChannelTable</name>
    <message>
        <source>Ways to reach this contact</source>
        <translation>وسائل التواصل مع جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>الرقم أو العنوان</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>مفضّلة</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <source>Safety number or fingerprint</source>
        <translation>رقم الأمان أو البصمة</translation>
    </message>
    <message>
        <source>&amp;Add a way to reach</source>
        <translation>إ&amp;ضافة وسيلة تواصل</translation>
    </message>
    <message>
        <source>Add a way to reach this contact</source>
        <translation>إضافة وسيلة للتواصل مع جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>R&amp;emove the selected way</source>
        <translation>إ&amp;زالة الوسيلة المحددة</translation>
    </message>
    <message>
        <source>Remove the selected way to reach</source>
        <translation>إزالة وسيلة التواصل المحددة</translation>
    </message>
    <message>
        <source>Way to reach number %1 has no number or address; fill it in or remove that row.</source>
        <translation>وسيلة التواصل رقم %1 ليس لها رقم أو عنوان؛ يُرجى إدخاله أو حذف ذلك الصف.</translation>
    </message>
    <message>
        <source>The date way to reach number %1 was verified is not a real date; write it as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>تاريخ التحقق من وسيلة التواصل رقم %1 ليس تاريخًا صحيحًا؛ يُرجى كتابته بالصيغة YYYY-MM-DD، مثل 2025-03-14.</translation>
    </message>
    <message>
        <source>Try this way first</source>
        <translation>تُجرَّب هذه الوسيلة أولًا</translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Check-in contact</source>
        <translation>جهة الاتصال للاطمئنان</translation>
    </message>
    <message>
        <source>When you check in</source>
        <translation>مواعيد الاطمئنان</translation>
    </message>
    <message>
        <source>For example: every day at 09:00 and 21:00</source>
        <translation>مثلًا: كل يوم الساعة 09:00 و21:00</translation>
    </message>
    <message>
        <source>Check-in channel</source>
        <translation>وسيلة التواصل للاطمئنان</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>How long to wait before acting, in minutes</source>
        <translation>مدة الانتظار قبل التحرك، بالدقائق</translation>
    </message>
    <message>
        <source>Check-in &amp;contact:</source>
        <translation>&amp;جهة الاتصال للاطمئنان:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;متى:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>ال&amp;وسيلة:</translation>
    </message>
    <message>
        <source>Wait &amp;before acting:</source>
        <translation>م&amp;هلة الانتظار قبل التحرك:</translation>
    </message>
    <message>
        <source>&amp;If a check-in is missed, in this order:</source>
        <translation>إ&amp;ذا فات موعد الاطمئنان، بهذا الترتيب:</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>بعد (بالدقائق)</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما يحدث</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>مَن يتصرّف</translation>
    </message>
    <message>
        <source>Steps when a check-in is missed</source>
        <translation>الخطوات عند فوات موعد الاطمئنان</translation>
    </message>
    <message>
        <source>&amp;Add a step</source>
        <translation>إ&amp;ضافة خطوة</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>&amp;Remove this step</source>
        <translation>إ&amp;زالة هذه الخطوة</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>إضافة خطوة</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>نقل الخطوة المحددة لأعلى</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>نقل الخطوة المحددة لأسفل</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>إزالة الخطوة المحددة</translation>
    </message>
    <message>
        <source>Who acts at step %1</source>
        <translation>مَن يتصرّف في الخطوة %1</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Call number %1</source>
        <translation>رقم %1 في ترتيب الاتصال</translation>
    </message>
    <message>
        <source>No way to reach them is written down.</source>
        <translation>لم تُسجَّل أي وسيلة للتواصل مع جهة الاتصال هذه.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>أوقات التوفر: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>اللغات: %1</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>What a PDF you share shows instead of the name, so the real name stays with you. For example: Lawyer A, or Friend in the capital.</source>
        <translation>ما يظهر بدلًا من الاسم في ملفات PDF التي تشاركها، ليبقى الاسم الحقيقي معك وحدك. مثلًا: المحامي أ، أو صديق في العاصمة.</translation>
    </message>
    <message>
        <source>Shown instead of the name in shared documents</source>
        <translation>يظهر بدلًا من الاسم في الوثائق المُشارَكة</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>شخص أو منظمة</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>For example: Arabic, French</source>
        <translation>مثلًا: العربية، الفرنسية</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>أوقات التوفر</translation>
    </message>
    <message>
        <source>For example: weekdays 9 to 18, any time</source>
        <translation>مثلًا: أيام العمل من 9 إلى 18، أو في أي وقت</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>الترتيب في قائمة الاتصال</translation>
    </message>
    <message>
        <source>Not in the call order</source>
        <translation>غير مدرج في ترتيب الاتصال</translation>
    </message>
    <message>
        <source>1 is called first in an emergency; leave it at none to keep them off the list.</source>
        <translation>يُتَّصل بصاحب الرقم 1 أولًا في حالات الطوارئ؛ اترك القيمة «غير مدرج» لإبقاء جهة الاتصال خارج القائمة.</translation>
    </message>
    <message>
        <source>Documents this contact may receive</source>
        <translation>الوثائق التي يجوز أن تتلقاها جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>The last day you checked that these details still reach this person.</source>
        <translation>آخر يوم تحققت فيه من أن هذه البيانات لا تزال توصلك إلى هذا الشخص.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;اليوم</translation>
    </message>
    <message>
        <source>Set last verified to today</source>
        <translation>تعيين تاريخ آخر تحقق إلى اليوم</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;حفظ جهة الاتصال</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>حفظ جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>الاسم ال&amp;مستعار:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>الأ&amp;دوار:</translation>
    </message>
    <message>
        <source>Ways to reac&amp;h:</source>
        <translation>&amp;وسائل التواصل:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>ال&amp;لغات:</translation>
    </message>
    <message>
        <source>Availa&amp;bility:</source>
        <translation>أوقات التو&amp;فر:</translation>
    </message>
    <message>
        <source>&amp;Call order:</source>
        <translation>&amp;ترتيب الاتصال:</translation>
    </message>
    <message>
        <source>&amp;May receive:</source>
        <translation>&amp;يجوز أن يتلقى:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملاح&amp;ظات:</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>آخر تحق&amp;ق:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Please write the contact&apos;s name first.</source>
        <translation>يُرجى كتابة اسم جهة الاتصال أولًا.</translation>
    </message>
    <message>
        <source>The last verified date is not a real date; write it as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>تاريخ آخر تحقق ليس تاريخًا صحيحًا؛ يُرجى كتابته بالصيغة YYYY-MM-DD، مثل 2025-03-14.</translation>
    </message>
</context>
<context>
    <name>ContactTreeEditor</name>
    <message>
        <source>The people to call, in this order, when something happens. The first person calls the next, and so on, so no one has to reach everyone.</source>
        <translation>الأشخاص الذين يُتَّصل بهم، بهذا الترتيب، عند وقوع أمر ما. يتصل الشخص الأول بالتالي، وهكذا، فلا يضطر أحد إلى التواصل مع الجميع.</translation>
    </message>
    <message>
        <source>&amp;Call in this order:</source>
        <translation>الا&amp;تصال بهذا الترتيب:</translation>
    </message>
    <message>
        <source>Contact tree, in calling order</source>
        <translation>شجرة الاتصال، حسب ترتيب الاتصال</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>&amp;Remove from the tree</source>
        <translation>إ&amp;زالة من الشجرة</translation>
    </message>
    <message>
        <source>Move the selected contact up</source>
        <translation>نقل جهة الاتصال المحددة لأعلى</translation>
    </message>
    <message>
        <source>Move the selected contact down</source>
        <translation>نقل جهة الاتصال المحددة لأسفل</translation>
    </message>
    <message>
        <source>Remove the selected contact from the tree</source>
        <translation>إزالة جهة الاتصال المحددة من الشجرة</translation>
    </message>
    <message>
        <source>Add a &amp;contact:</source>
        <translation>إضافة &amp;جهة اتصال:</translation>
    </message>
    <message>
        <source>Contact to add to the tree</source>
        <translation>جهة الاتصال المراد إضافتها إلى الشجرة</translation>
    </message>
    <message>
        <source>&amp;Add to the tree</source>
        <translation>إ&amp;ضافة إلى الشجرة</translation>
    </message>
    <message>
        <source>Add the chosen contact to the tree</source>
        <translation>إضافة جهة الاتصال المختارة إلى الشجرة</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Call order</source>
        <translation>ترتيب الاتصال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>البحث في جهات الاتصال (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Who to call &amp;first</source>
        <translation>مَن يُتَّصل به أ&amp;ولًا</translation>
    </message>
    <message>
        <source>Show who to call first, in order</source>
        <translation>عرض مَن يُتَّصل به أولًا، بالترتيب</translation>
    </message>
    <message>
        <source>&amp;Print the emergency card…</source>
        <translation>&amp;طباعة بطاقة الطوارئ…</translation>
    </message>
    <message>
        <source>Make a printable PDF card of who to call first</source>
        <translation>إنشاء بطاقة PDF قابلة للطباعة بمن يُتَّصل به أولًا</translation>
    </message>
</context>
<context>
    <name>CreateView</name>
    <message>
        <source>&lt;h2&gt;Create your journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;إنشاء يومياتك&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything you write is encrypted with your passphrase. No one, not even the makers of HR Journal, can reset a forgotten passphrase: the recovery secret shown next is the only other way in.</source>
        <translation>كل ما تكتبه يُشفَّر بعبارة المرور الخاصة بك. لا يستطيع أحد، ولا حتى صانعو HR Journal، إعادة تعيين عبارة مرور منسية: رمز الاسترداد الذي سيُعرض بعد قليل هو الطريقة الوحيدة الأخرى للدخول.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Tie the journal to this computer</source>
        <translation>ربط اليوميات بهذا الحاسوب</translation>
    </message>
    <message>
        <source>A copy of the journal folder taken to another computer then cannot be opened with the passphrase alone. The recovery secret still opens it anywhere.</source>
        <translation>عندها لا يمكن فتح نسخة من مجلد اليوميات نُقلت إلى حاسوب آخر بعبارة المرور وحدها. أما رمز الاسترداد فيظل يفتحها في أي مكان.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Creating the journal</source>
        <translation>إنشاء اليوميات</translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation>إ&amp;نشاء اليوميات</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Create again to use it anyway.</source>
        <translation>يسهل تخمين عبارة المرور هذه على من يستولي على حاسوبك المحمول. يمكنك إضافة بضع كلمات لا رابط بينها، أو النقر على «إنشاء اليوميات» مرة أخرى لاستخدامها على أي حال.</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>جارٍ إنشاء اليوميات…</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Chain of custody of the selected file</source>
        <translation>سلسلة العهدة للملف المحدد</translation>
    </message>
</context>
<context>
    <name>DraftsBar</name>
    <message>
        <source>Unsaved edits kept</source>
        <translation>احتُفظ بتعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>ا&amp;ستعادتها</translation>
    </message>
    <message>
        <source>Restore the unsaved edits</source>
        <translation>استعادة التعديلات غير المحفوظة</translation>
    </message>
    <message>
        <source>Throw them away</source>
        <translation>التخلص منها</translation>
    </message>
    <message>
        <source>Throw the unsaved edits away</source>
        <translation>التخلص من التعديلات غير المحفوظة</translation>
    </message>
    <message numerus="yes">
        <source>The journal locked while %n record(s) had unsaved edits; they were kept.</source>
        <translation>
            <numerusform>أُقفلت اليوميات وفيها تعديلات غير محفوظة في %n سجل؛ وقد احتُفظ بها.</numerusform>
            <numerusform>أُقفلت اليوميات وفيها تعديلات غير محفوظة في %n سجل؛ وقد احتُفظ بها.</numerusform>
            <numerusform>أُقفلت اليوميات وفيها تعديلات غير محفوظة في %n سجلين؛ وقد احتُفظ بها.</numerusform>
            <numerusform>أُقفلت اليوميات وفيها تعديلات غير محفوظة في %n سجلات؛ وقد احتُفظ بها.</numerusform>
            <numerusform>أُقفلت اليوميات وفيها تعديلات غير محفوظة في %n سجلًا؛ وقد احتُفظ بها.</numerusform>
            <numerusform>أُقفلت اليوميات وفيها تعديلات غير محفوظة في %n سجل؛ وقد احتُفظ بها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>إزالة عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Set a duress passphrase</source>
        <translation>تعيين عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>If someone forces you to unlock, type the duress passphrase: the journal seems to open normally but is empty, and your real journal is destroyed for good.</source>
        <translation>إذا أجبرك أحدٌ على فتح القفل، فاكتب عبارة مرور الإكراه: ستبدو اليوميات وكأنها تُفتح كالمعتاد لكنها فارغة، وتُتلف يومياتك الحقيقية نهائيًا.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارة المرور الخاصة بك</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>عبارة مرور الإكراه مرة أخرى</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>رسالة عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>عبارة &amp;المرور الخاصة بك:</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase:</source>
        <translation>عبارة مرور الإ&amp;كراه:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;إزالتها</translation>
    </message>
    <message>
        <source>&amp;Set it</source>
        <translation>&amp;تعيينها</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>يُرجى كتابة عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>Type the duress passphrase you want.</source>
        <translation>يُرجى كتابة عبارة مرور الإكراه التي تريدها.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>عبارتا مرور الإكراه غير متطابقتين.</translation>
    </message>
    <message>
        <source>There is no duress passphrase now.</source>
        <translation>لا توجد الآن عبارة مرور إكراه.</translation>
    </message>
    <message>
        <source>The duress passphrase is set.</source>
        <translation>تم تعيين عبارة مرور الإكراه.</translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation>جارٍ العمل… يستغرق هذا لحظة.</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <source>Who to call first, in order</source>
        <translation>مَن يُتَّصل به أولًا، بالترتيب</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>No one has a place in the call order yet. Open a contact and give them a number under Call order to see them here.</source>
        <translation>لا أحد في ترتيب الاتصال بعد. يمكنك فتح جهة اتصال وإعطاؤها رقمًا في خانة «ترتيب الاتصال» لتظهر هنا.</translation>
    </message>
</context>
<context>
    <name>ExportRegister</name>
    <message>
        <source>Files made from this journal</source>
        <translation>الملفات المُنشأة من هذه اليوميات</translation>
    </message>
    <message>
        <source>Every file made from this journal: PDF reports and cards, JSON and Uwazi exports, and backups. The panic wipe overwrites and deletes each one it can reach; delete one yourself as soon as it has served.</source>
        <translation>كل ملف أُنشئ من هذه اليوميات: تقارير PDF والبطاقات، وملفات JSON وUwazi المُصدَّرة، والنسخ الاحتياطية. يكتب المحو الطارئ فوق كل ملف يصل إليه ثم يحذفه؛ احذف أي ملف بنفسك حالما يؤدي غرضه.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نوع النسخة</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>&amp;حذف الآن…</translation>
    </message>
    <message>
        <source>Overwrite and delete the selected file</source>
        <translation>الكتابة فوق الملف المحدد ثم حذفه</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Read the list of files again</source>
        <translation>إعادة قراءة قائمة الملفات</translation>
    </message>
    <message>
        <source>Export register message</source>
        <translation>رسالة سجل الملفات المُصدَّرة</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>كاملة</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>للمشاركة</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (غير موجود)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>الحذف الآن</translation>
    </message>
    <message>
        <source>Overwrite and delete %1? This cannot be undone.</source>
        <translation>هل تريد الكتابة فوق %1 ثم حذفه؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Overwrite and &amp;delete</source>
        <translation>الكتابة فوقه و&amp;حذفه</translation>
    </message>
    <message>
        <source>Overwrote and deleted %1.</source>
        <translation>كُتب فوق %1 ثم حُذف.</translation>
    </message>
</context>
<context>
    <name>ExportsView</name>
    <message>
        <source>Take everything out</source>
        <translation>إخراج كل البيانات</translation>
    </message>
    <message>
        <source>A JSON export is NOT encrypted: anyone who finds the file can read every incident, contact and plan in it. Save it only to an encrypted drive, and delete it when you no longer need it.</source>
        <translation>ملف التصدير بصيغة JSON غير مشفَّر على الإطلاق: يستطيع أي شخص يعثر على الملف قراءة كل حادثة وجهة اتصال وخطة فيه. لا تحفظه إلا على قرص مشفَّر، واحذفه عندما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>&amp;Export everything as JSON…</source>
        <translation>&amp;تصدير كل شيء بصيغة JSON…</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>تصدير كل شيء بصيغة JSON</translation>
    </message>
    <message>
        <source>Bring records in</source>
        <translation>إدخال السجلات</translation>
    </message>
    <message>
        <source>Import adds the contacts, incidents, plans and attachments of an HR Journal JSON file. If anything in the file is wrong, nothing is added.</source>
        <translation>يضيف الاستيراد جهات الاتصال والحوادث والخطط والمرفقات الموجودة في ملف JSON من HR Journal. إذا كان في الملف أي خطأ، فلن يُضاف أي شيء.</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>ا&amp;ستيراد من JSON…</translation>
    </message>
    <message>
        <source>Import from a JSON file</source>
        <translation>استيراد من ملف JSON</translation>
    </message>
    <message>
        <source>Export and import message</source>
        <translation>رسالة التصدير والاستيراد</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>استيراد من JSON</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>تم التصدير: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n export(s) older than %1 days.</source>
        <translation>
            <numerusform>عدد الملفات المُصدَّرة التي حُذفت لأنها أقدم من %1 يوم: %n.</numerusform>
            <numerusform>عدد الملفات المُصدَّرة التي حُذفت لأنها أقدم من %1 يوم: %n.</numerusform>
            <numerusform>عدد الملفات المُصدَّرة التي حُذفت لأنها أقدم من %1 يوم: %n.</numerusform>
            <numerusform>عدد الملفات المُصدَّرة التي حُذفت لأنها أقدم من %1 يوم: %n.</numerusform>
            <numerusform>عدد الملفات المُصدَّرة التي حُذفت لأنها أقدم من %1 يوم: %n.</numerusform>
            <numerusform>عدد الملفات المُصدَّرة التي حُذفت لأنها أقدم من %1 يوم: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n old export(s): %1</source>
        <translation>
            <numerusform>عدد الملفات المُصدَّرة القديمة التي تعذّر حذفها: %n. %1</numerusform>
            <numerusform>عدد الملفات المُصدَّرة القديمة التي تعذّر حذفها: %n. %1</numerusform>
            <numerusform>عدد الملفات المُصدَّرة القديمة التي تعذّر حذفها: %n. %1</numerusform>
            <numerusform>عدد الملفات المُصدَّرة القديمة التي تعذّر حذفها: %n. %1</numerusform>
            <numerusform>عدد الملفات المُصدَّرة القديمة التي تعذّر حذفها: %n. %1</numerusform>
            <numerusform>عدد الملفات المُصدَّرة القديمة التي تعذّر حذفها: %n. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>تم الاستيراد: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>إغلاق المساعدة</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help page</source>
        <translation>صفحة المساعدة</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Back to the previous help page</source>
        <translation>الرجوع إلى صفحة المساعدة السابقة</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>ال&amp;محتويات</translation>
    </message>
    <message>
        <source>All help topics</source>
        <translation>كل موضوعات المساعدة</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Revisions</source>
        <translation>ال&amp;إصدارات</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>وقت الحفظ</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Saved revisions</source>
        <translation>الإصدارات المحفوظة</translation>
    </message>
    <message>
        <source>Saved &amp;content of the selected revision</source>
        <translation>ال&amp;محتوى المحفوظ للإصدار المحدد</translation>
    </message>
    <message>
        <source>Saved content of the selected revision</source>
        <translation>المحتوى المحفوظ للإصدار المحدد</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>رسالة تاريخ التعديلات</translation>
    </message>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>يبدأ تاريخ التعديلات عند حفظ السجل.</translation>
    </message>
    <message>
        <source>The history will show when HR Journal is done.</source>
        <translation>سيظهر تاريخ التعديلات عندما ينتهي HR Journal من عمله.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>First saved</source>
        <translation>أول حفظ</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>حُفظ دون تغييرات</translation>
    </message>
    <message>
        <source>The record was deleted in this revision.</source>
        <translation>حُذف السجل في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>IncidentCount</name>
    <message>
        <source>1 incident</source>
        <translation>حادثة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents</source>
        <translation>
            <numerusform>%Ln حادثة</numerusform>
            <numerusform>%Ln حادثة</numerusform>
            <numerusform>%Ln حادثتان</numerusform>
            <numerusform>%Ln حوادث</numerusform>
            <numerusform>%Ln حادثةً</numerusform>
            <numerusform>%Ln حادثة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>حفظ الحادثة</translation>
    </message>
    <message>
        <source>Save the incident (Ctrl+S)</source>
        <translation>حفظ الحادثة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the incident a title before saving; a few words will do.</source>
        <translation>يُرجى إعطاء الحادثة عنوانًا قبل الحفظ؛ تكفي بضع كلمات.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 must be a number such as 19.4326; it is now “%2”.</source>
        <translation>يجب أن يكون %1 رقمًا مثل 19.4326؛ القيمة الحالية هي «%2».</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;ماذا حدث</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;المكان</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
        <source>S&amp;ources and actions</source>
        <translation>المصادر والإ&amp;جراءات</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>الأ&amp;دلة</translation>
    </message>
    <message>
        <source>&amp;Assessment and notes</source>
        <translation>ال&amp;تقييم والملاحظات</translation>
    </message>
    <message>
        <source>&amp;Confidentiality</source>
        <translation>ال&amp;سرية</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>تا&amp;ريخ التعديلات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Given when you first save</source>
        <translation>يُعطى عند الحفظ الأول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Still &amp;going on</source>
        <translation>لا تزال م&amp;ستمرة</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>لا تزال مستمرة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>كلمات يُعثر بها عليها، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>أنواع الحادثة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>What happened, in order: who, what, when, where, how.</source>
        <translation>ما حدث، بالترتيب: مَن، وماذا، ومتى، وأين، وكيف.</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation>تاريخ ال&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Ended</source>
        <translation>تاريخ الان&amp;تهاء</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>ال&amp;وسوم</translation>
    </message>
    <message>
        <source>Incident t&amp;ypes</source>
        <translation>أ&amp;نواع الحادثة</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>الو&amp;صف</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>البلدة أو المدينة</translation>
    </message>
    <message>
        <source>Place details</source>
        <translation>تفاصيل المكان</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>نوع المكان</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>البل&amp;د</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>ال&amp;منطقة</translation>
    </message>
    <message>
        <source>Town or ci&amp;ty</source>
        <translation>ال&amp;بلدة أو المدينة</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>&amp;Kind of place</source>
        <translation>&amp;نوع المكان</translation>
    </message>
    <message>
        <source>Latit&amp;ude</source>
        <translation>خط ال&amp;عرض</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude</source>
        <translation>خط ال&amp;طول</translation>
    </message>
    <message>
        <source>Coordinates are optional. They are never put in exported reports unless you choose to include them.</source>
        <translation>الإحداثيات اختيارية. لا تُدرج أبدًا في التقارير المُصدَّرة إلا إذا اخترت تضمينها.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>What it changed for you, your work, your family or others.</source>
        <translation>ما الذي غيّرته الحادثة بالنسبة إليك أو إلى عملك أو عائلتك أو غيرهم.</translation>
    </message>
    <message>
        <source>Pe&amp;rpetrators</source>
        <translation>مرتكبو الان&amp;تهاك</translation>
    </message>
    <message>
        <source>People a&amp;ffected</source>
        <translation>ال&amp;متضررون</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>الأ&amp;ثر</translation>
    </message>
    <message>
        <source>Sou&amp;rces: how you know</source>
        <translation>ال&amp;مصادر: كيف عرفت</translation>
    </message>
    <message>
        <source>Ac&amp;tions taken</source>
        <translation>الإ&amp;جراءات المتخذة</translation>
    </message>
    <message>
        <source>Related i&amp;ncidents</source>
        <translation>ال&amp;حوادث المرتبطة</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>النمط</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>مَن يقف وراءها</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>إمكانية التنفيذ</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>What is known for certain.</source>
        <translation>ما هو معروف على وجه اليقين.</translation>
    </message>
    <message>
        <source>Is it part of a series? Is it escalating?</source>
        <translation>هل هي جزء من سلسلة؟ هل تتصاعد؟</translation>
    </message>
    <message>
        <source>What do they want to achieve?</source>
        <translation>ما الذي يريدون تحقيقه؟</translation>
    </message>
    <message>
        <source>Who may be behind it, and why.</source>
        <translation>مَن قد يقف وراءها، ولماذا.</translation>
    </message>
    <message>
        <source>Could they carry out the threat?</source>
        <translation>هل يستطيعون تنفيذ التهديد؟</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>ال&amp;وقائع</translation>
    </message>
    <message>
        <source>Pa&amp;ttern</source>
        <translation>ال&amp;نمط</translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation>ال&amp;هدف</translation>
    </message>
    <message>
        <source>Who is behin&amp;d it</source>
        <translation>مَن ي&amp;قف وراءها</translation>
    </message>
    <message>
        <source>F&amp;easibility</source>
        <translation>إ&amp;مكانية التنفيذ</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>تقييم التهديد</translation>
    </message>
    <message>
        <source>P&amp;rivate notes (only for you)</source>
        <translation>ملاحظات &amp;خاصة (لك وحدك)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>مرتكبو الانتهاك</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>المتضررون</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>الإجراءات المتخذة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Who may see each part when you share a report. Restricted parts go only to people you trust; confidential parts stay with you unless you choose otherwise.</source>
        <translation>مَن يحق له رؤية كل جزء عند مشاركة تقرير. الأجزاء المقيَّدة لا تُرسل إلا إلى من تثق بهم؛ والأجزاء السرية تبقى معك ما لم تختر غير ذلك.</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>Search incidents (Ctrl+F)</source>
        <translation>البحث في الحوادث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>البحث في الحوادث</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>التصفية حسب الوسم</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>عرض ال&amp;كل</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;تقرير…</translation>
    </message>
    <message>
        <source>Make a PDF report of the open incident</source>
        <translation>إنشاء تقرير PDF عن الحادثة المفتوحة</translation>
    </message>
    <message>
        <source>Su&amp;mmary…</source>
        <translation>&amp;ملخص…</translation>
    </message>
    <message>
        <source>Make a PDF summary of the incidents in the list</source>
        <translation>إنشاء ملخص PDF للحوادث الظاهرة في القائمة</translation>
    </message>
    <message>
        <source>No incident matches the filters: there is nothing to sum up.</source>
        <translation>لا توجد حادثة تطابق عوامل التصفية: لا يوجد ما يُلخَّص.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>الوسم: %1</translation>
    </message>
    <message>
        <source>Happened on or after %1</source>
        <translation>وقعت في %1 أو بعده</translation>
    </message>
    <message>
        <source>Happened on or before %1</source>
        <translation>وقعت في %1 أو قبله</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1 ليس تاريخًا؛ يُرجى كتابته بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No incident matches.</source>
        <translation>لا توجد حادثة مطابقة.</translation>
    </message>
</context>
<context>
    <name>InterventionsTable</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>جهة الاتصال المرتبطة</translation>
    </message>
    <message>
        <source>Told or asked</source>
        <translation>مَن أُبلغ أو طُلب منه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>ما الذي طُلب</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>الإجراءات المتخذة</translation>
    </message>
    <message>
        <source>Actions taken, row %1: %2</source>
        <translation>الإجراءات المتخذة، الصف %1: %2</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>إلغاء العمل الجاري</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>خطط السلامة</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>الأنماط</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>قفل اليوميات (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>قفل اليوميات</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>عمل قيد التنفيذ</translation>
    </message>
    <message>
        <source>Working… The journal is busy for a moment.</source>
        <translation>جارٍ العمل… اليوميات مشغولة للحظات.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>LanguageView</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>م&amp;تابعة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>المحو الطارئ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>HR Journal</source>
        <translation>HR Journal</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>اليوميات مقفلة.</translation>
    </message>
    <message>
        <source>HR Journal hit an internal error (%1) and locked the journal; please report it.</source>
        <translation>واجه HR Journal خطأً داخليًا (%1) وأقفل اليوميات؛ يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>Copied; cleared from the clipboard in %1 seconds.</source>
        <translation>نُسخ؛ وسيُمسح من الحافظة بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>Please wait a moment: HR Journal is working.</source>
        <translation>يُرجى الانتظار قليلًا: HR Journal قيد العمل.</translation>
    </message>
</context>
<context>
    <name>PanicButton</name>
    <message>
        <source>Panic wipe</source>
        <translation>المحو الطارئ</translation>
    </message>
    <message>
        <source>Panic wipe: destroy the journal and its exports</source>
        <translation>المحو الطارئ: إتلاف اليوميات وملفاتها المُصدَّرة</translation>
    </message>
    <message>
        <source>Destroy the journal and every file exported from it, after a short countdown you can stop (Ctrl+Shift+Del).</source>
        <translation>إتلاف اليوميات وكل ملف صُدِّر منها، بعد عدّ تنازلي قصير يمكنك إيقافه (Ctrl+Shift+Del).</translation>
    </message>
</context>
<context>
    <name>PanicCountdown</name>
    <message>
        <source>Panic wipe</source>
        <translation>المحو الطارئ</translation>
    </message>
    <message>
        <source>Panic wipe countdown</source>
        <translation>العدّ التنازلي للمحو الطارئ</translation>
    </message>
    <message>
        <source>Time before the wipe</source>
        <translation>الوقت المتبقي قبل المحو</translation>
    </message>
    <message>
        <source>Press any key or click to cancel.</source>
        <translation>اضغط أي مفتاح أو انقر للإلغاء.</translation>
    </message>
    <message>
        <source>Cancel the wipe</source>
        <translation>إلغاء المحو</translation>
    </message>
    <message numerus="yes">
        <source>Wiping the journal in %n…</source>
        <translation>
            <numerusform>ستُمحى اليوميات خلال %n ثانية…</numerusform>
            <numerusform>ستُمحى اليوميات خلال %n ثانية…</numerusform>
            <numerusform>ستُمحى اليوميات خلال %n ثانيتين…</numerusform>
            <numerusform>ستُمحى اليوميات خلال %n ثوانٍ…</numerusform>
            <numerusform>ستُمحى اليوميات خلال %n ثانية…</numerusform>
            <numerusform>ستُمحى اليوميات خلال %n ثانية…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicSettings</name>
    <message>
        <source>In an emergency</source>
        <translation>في حالة الطوارئ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>فورًا</translation>
    </message>
    <message>
        <source>Panic countdown in seconds</source>
        <translation>العدّ التنازلي للمحو الطارئ بالثواني</translation>
    </message>
    <message>
        <source>After the panic button or Ctrl+Shift+Del, the seconds left to cancel the wipe by pressing any key.</source>
        <translation>بعد زر المحو الطارئ أو Ctrl+Shift+Del، الثواني المتاحة لإلغاء المحو بالضغط على أي مفتاح.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Wipe the journal after this many wrong passphrases</source>
        <translation>محو اليوميات بعد هذا العدد من عبارات المرور الخاطئة</translation>
    </message>
    <message>
        <source>The count of wrong passphrases is kept beside the journal, unencrypted; a wipe cannot be undone.</source>
        <translation>يُحفظ عدد عبارات المرور الخاطئة بجانب اليوميات دون تشفير؛ ولا يمكن التراجع عن المحو.</translation>
    </message>
    <message>
        <source>Save e&amp;mergency settings</source>
        <translation>حفظ إعدادات ال&amp;طوارئ</translation>
    </message>
    <message>
        <source>Emergency settings message</source>
        <translation>رسالة إعدادات الطوارئ</translation>
    </message>
    <message>
        <source>Set a &amp;duress passphrase…</source>
        <translation>تعيين عبارة مرور إ&amp;كراه…</translation>
    </message>
    <message>
        <source>Remove the duress passphrase…</source>
        <translation>إزالة عبارة مرور الإكراه…</translation>
    </message>
    <message>
        <source>&amp;Practise a wipe…</source>
        <translation>&amp;تدرّب على المحو…</translation>
    </message>
    <message>
        <source>Panic cou&amp;ntdown:</source>
        <translation>العدّ ال&amp;تنازلي للمحو الطارئ:</translation>
    </message>
    <message>
        <source>&amp;Wipe after wrong passphrases:</source>
        <translation>&amp;المحو بعد عبارات مرور خاطئة:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <source>The system refused (%1).</source>
        <translation>رفض النظام ذلك (%1).</translation>
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
        <translation>يكفي أن تكتب ما تعرفه: سنة (2024)، أو شهرًا (2024-03)، أو يومًا (2024-03-05)، أو يومًا ووقتًا (2024-03-05T14:30).</translation>
    </message>
    <message>
        <source>%1: how sure</source>
        <translation>%1: مدى الدقة</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>&lt;h2&gt;Patterns&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الأنماط&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you record incidents with a start date or a type, this page shows when they happened and what kinds they were.</source>
        <translation>لا يوجد ما يُعرض بعد. بعد أن تسجّل حوادث لها تاريخ بدء أو نوع، ستعرض هذه الصفحة متى وقعت وما أنواعها.</translation>
    </message>
    <message>
        <source>No patterns yet</source>
        <translation>لا توجد أنماط بعد</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>الحوادث حسب الشهر</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>الحوادث حسب النوع</translation>
    </message>
    <message>
        <source>Click a mark to open the incident. Hollow marks are incidents known only to the month or year, placed in the middle of that time.</source>
        <translation>يؤدي النقر على علامة إلى فتح الحادثة. العلامات المفرغة حوادث لا يُعرف من تاريخها إلا الشهر أو السنة، وتوضع في منتصف تلك الفترة.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>ال&amp;خط الزمني</translation>
    </message>
    <message>
        <source>Incidents by &amp;month</source>
        <translation>الحوادث حسب ال&amp;شهر</translation>
    </message>
    <message>
        <source>Incidents dated only to a year are not counted here.</source>
        <translation>لا تُحتسب هنا الحوادث التي لا يُعرف من تاريخها إلا السنة.</translation>
    </message>
    <message>
        <source>Incidents by t&amp;ype</source>
        <translation>الحوادث حسب ال&amp;نوع</translation>
    </message>
    <message>
        <source>An incident of several types is counted under each.</source>
        <translation>الحادثة التي لها عدة أنواع تُحتسب تحت كل نوع منها.</translation>
    </message>
    <message>
        <source>1 incident has a start date.</source>
        <translation>لحادثة واحدة تاريخ بدء.</translation>
    </message>
    <message>
        <source>%1 have a start date.</source>
        <translation>%1 لها تاريخ بدء.</translation>
    </message>
    <message>
        <source>One of them is dated only to a year.</source>
        <translation>إحداها لا يُعرف من تاريخها إلا السنة.</translation>
    </message>
    <message>
        <source>%1 of them are dated only to a year.</source>
        <translation>%1 منها لا يُعرف من تاريخها إلا السنة.</translation>
    </message>
    <message>
        <source>The busiest months had %1 each; there were %2 of them.</source>
        <translation>وقعت في كلٍّ من أكثر الأشهر نشاطًا %1؛ وعدد هذه الأشهر %2.</translation>
    </message>
    <message>
        <source>The busiest month was %1, with %2.</source>
        <translation>كان أكثر الأشهر نشاطًا %1، وفيه %2.</translation>
    </message>
    <message>
        <source>The busiest months were %1, with %2 each.</source>
        <translation>كانت أكثر الأشهر نشاطًا %1، وفي كلٍّ منها %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Incidents without a start date are not on the timeline.</source>
        <translation>الحوادث التي ليس لها تاريخ بدء لا تظهر على الخط الزمني.</translation>
    </message>
</context>
<context>
    <name>PerpetratorsTable</name>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>درجة التورط</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>جهة الاتصال المرتبطة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>كيف حُدِّدت هويته</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>مرتكبو الانتهاك</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <source>Me (the keeper of this journal)</source>
        <translation>أنا (مَن يحتفظ بهذه اليوميات)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Review reminder</source>
        <translation>تذكير بالمراجعة</translation>
    </message>
    <message>
        <source>Problem with this plan</source>
        <translation>مشكلة في هذه الخطة</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>أجزاء الخطة</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;حفظ الخطة</translation>
    </message>
    <message>
        <source>Save the safety plan</source>
        <translation>حفظ خطة السلامة</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>عن هذه الخطة</translation>
    </message>
    <message>
        <source>Each risk is scored likelihood times impact, each from 1 (very low) to 5 (very high). The risk level follows from the score.</source>
        <translation>درجة كل خطر هي حاصل ضرب الاحتمال في الأثر، ويُقدَّر كلٌّ منهما من 1 (منخفض جدًا) إلى 5 (مرتفع جدًا). ويُحدَّد مستوى الخطر بناءً على الدرجة.</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>سجل المخاطر</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>بروتوكول الاطمئنان</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>شجرة الاتصال</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>سجل المراجعات</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>عنوان الخطة</translation>
    </message>
    <message>
        <source>Whose plan this is</source>
        <translation>لمن هذه الخطة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>تاريخ آخر مراجعة</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>تاريخ المراجعة التالية</translation>
    </message>
    <message>
        <source>When to review the plan sooner</source>
        <translation>متى تُراجَع الخطة قبل موعدها</translation>
    </message>
    <message>
        <source>Events that mean this plan must be read again, such as a new threat.</source>
        <translation>أحداث تستوجب إعادة قراءة هذه الخطة، مثل تهديد جديد.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>ال&amp;مالك:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>الإ&amp;صدار:</translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation>&amp;آخر مراجعة:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>المراجعة ال&amp;تالية:</translation>
    </message>
    <message>
        <source>Review soone&amp;r if:</source>
        <translation>المراجعة &amp;قبل الموعد إذا:</translation>
    </message>
    <message>
        <source>These kept edits could not be read back.</source>
        <translation>تعذّرت قراءة هذه التعديلات المحتفظ بها.</translation>
    </message>
    <message>
        <source>Give the plan a title before saving it.</source>
        <translation>يُرجى إعطاء الخطة عنوانًا قبل حفظها.</translation>
    </message>
    <message>
        <source>The last review date</source>
        <translation>تاريخ آخر مراجعة</translation>
    </message>
    <message>
        <source>The next review date</source>
        <translation>تاريخ المراجعة التالية</translation>
    </message>
    <message>
        <source>%1 is not a real date; write it as YYYY-MM-DD.</source>
        <translation>%1 ليس تاريخًا صحيحًا؛ يُرجى كتابته بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This plan was due for review on %1. Read it through, change what is no longer true and add a line to the review log.</source>
        <translation>كان موعد مراجعة هذه الخطة في %1. يُرجى قراءتها كاملة، وتعديل ما لم يعد صحيحًا، وإضافة سطر إلى سجل المراجعات.</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (حان موعدها)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة القادمة</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>خطط السلامة</translation>
    </message>
    <message>
        <source>New safety plan from the chosen template</source>
        <translation>خطة سلامة جديدة من القالب المختار</translation>
    </message>
    <message>
        <source>Template for a new plan</source>
        <translation>قالب الخطة الجديدة</translation>
    </message>
    <message>
        <source>New plans start from:</source>
        <translation>تبدأ الخطط الجديدة من:</translation>
    </message>
    <message>
        <source>Review reminder</source>
        <translation>تذكير بالمراجعة</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;تقرير…</translation>
    </message>
    <message>
        <source>Make a PDF of the open safety plan</source>
        <translation>إنشاء ملف PDF لخطة السلامة المفتوحة</translation>
    </message>
    <message>
        <source>Time to review: %1. Plans work only while they match your situation.</source>
        <translation>حان وقت المراجعة: %1. لا تنفع الخطط إلا ما دامت تطابق وضعك.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>لديك تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>&amp;Save them</source>
        <translation>&amp;حفظها</translation>
    </message>
    <message>
        <source>&amp;Throw them away</source>
        <translation>ال&amp;تخلص منها</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;متابعة التعديل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation>بدء سجل جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>حذف السجل المحدد</translation>
    </message>
    <message>
        <source>List message</source>
        <translation>رسالة القائمة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this record and empty its history? This cannot be undone.</source>
        <translation>هل تريد حذف هذا السجل وإفراغ تاريخ تعديلاته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;حذف السجل</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>إضافة صف إلى %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the chosen row from %1</source>
        <translation>إزالة الصف المختار من %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1، الصف %2</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>&lt;h2&gt;Write down your recovery secret&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;تدوين رمز الاسترداد&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>It opens the journal if you forget your passphrase. It is shown only now. Write it on paper and keep it away from this computer.</source>
        <translation>يفتح هذا الرمز اليوميات إذا نسيت عبارة المرور. لن يُعرض إلا الآن. يُرجى كتابته على ورقة وحفظها بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>The group of the recovery secret asked for</source>
        <translation>المجموعة المطلوبة من رمز الاسترداد</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <source>When it is written down, type group %1 of %2 from your paper:</source>
        <translation>بعد تدوينه، يُرجى كتابة المجموعة %1 من %2 كما هي في ورقتك:</translation>
    </message>
    <message>
        <source>That is not group %1; check your paper.</source>
        <translation>هذه ليست المجموعة %1؛ يُرجى مراجعة ورقتك.</translation>
    </message>
</context>
<context>
    <name>RelatedIncidentsTable</name>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>How it is related</source>
        <translation>نوع الارتباط</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>الحوادث المرتبطة</translation>
    </message>
    <message>
        <source>Choose the incident and how it is related in row %1 of Related incidents, or remove that row.</source>
        <translation>يُرجى اختيار الحادثة ونوع ارتباطها في الصف %1 من «الحوادث المرتبطة»، أو حذف ذلك الصف.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>What the report is about</source>
        <translation>موضوع التقرير</translation>
    </message>
    <message>
        <source>Show &amp;images of the evidence</source>
        <translation>عرض &amp;صور الأدلة</translation>
    </message>
    <message>
        <source>Show images of the evidence</source>
        <translation>عرض صور الأدلة</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>رسالة التقرير</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>حفظ التقرير كملف PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close the report window</source>
        <translation>إغلاق نافذة التقرير</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>تقرير حادثة</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>ملخص الحوادث</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>خطة السلامة</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>بطاقة جهات الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>The people in your call order, and how to reach them.</source>
        <translation>الأشخاص في ترتيب الاتصال لديك، وكيفية الوصول إليهم.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>البحث: %1</translation>
    </message>
    <message>
        <source>All the incidents in the journal.</source>
        <translation>كل الحوادث في اليوميات.</translation>
    </message>
    <message>
        <source>The incidents chosen by: %1</source>
        <translation>الحوادث المختارة حسب: %1</translation>
    </message>
    <message>
        <source>Who is this copy for?</source>
        <translation>لمن هذه النسخة؟</translation>
    </message>
    <message>
        <source>&amp;Share (redacted, for other people)</source>
        <translation>لل&amp;مشاركة (مع إخفاء البيانات، لأشخاص آخرين)</translation>
    </message>
    <message>
        <source>Share: redacted, for other people</source>
        <translation>للمشاركة: مع إخفاء البيانات، لأشخاص آخرين</translation>
    </message>
    <message>
        <source>&amp;Full (everything, for yourself)</source>
        <translation>&amp;كاملة (كل شيء، لك وحدك)</translation>
    </message>
    <message>
        <source>Full: everything, for yourself</source>
        <translation>كاملة: كل شيء، لك وحدك</translation>
    </message>
    <message>
        <source>A safety plan is only made in full: it tells whoever reads it when you would be missed and what you would do. Protect it with a password.</source>
        <translation>لا تُنشأ خطة السلامة إلا كاملة: فهي تخبر من يقرؤها متى سيُلاحَظ غيابك وماذا ستفعل. احمِها بكلمة مرور.</translation>
    </message>
    <message>
        <source>Why a safety plan is only made in full</source>
        <translation>لماذا لا تُنشأ خطة السلامة إلا كاملة</translation>
    </message>
    <message>
        <source>What this copy leaves out</source>
        <translation>ما تستبعده هذه النسخة</translation>
    </message>
    <message>
        <source>What is kept as you wrote it</source>
        <translation>ما يبقى كما كتبته</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Protect the PDF with a password</source>
        <translation>&amp;حماية ملف PDF بكلمة مرور</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>حماية ملف PDF بكلمة مرور</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>كلمة مرور ملف PDF</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>كلمة مرور ملف PDF مرة أخرى</translation>
    </message>
    <message>
        <source>The password is never stored. Give it to the reader another way than the file: in person, by phone or in a different app.</source>
        <translation>لا تُحفظ كلمة المرور أبدًا. أعطها للقارئ بطريقة غير الطريقة التي ترسل بها الملف: شخصيًا، أو بالهاتف، أو عبر تطبيق آخر.</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>حول كلمة المرور</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>رسالة كلمة المرور</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>كلمة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>مرة &amp;أخرى:</translation>
    </message>
    <message>
        <source>Names of people and organisations: their aliases are shown instead.</source>
        <translation>أسماء الأشخاص والمنظمات: تظهر أسماؤهم المستعارة بدلًا منها.</translation>
    </message>
    <message>
        <source>Sources and witnesses.</source>
        <translation>المصادر والشهود.</translation>
    </message>
    <message>
        <source>Private notes.</source>
        <translation>الملاحظات الخاصة.</translation>
    </message>
    <message>
        <source>The threat assessment.</source>
        <translation>تقييم التهديد.</translation>
    </message>
    <message>
        <source>Phone numbers, addresses, accounts and fingerprints.</source>
        <translation>أرقام الهواتف والعناوين والحسابات وبصمات المفاتيح.</translation>
    </message>
    <message>
        <source>Map coordinates.</source>
        <translation>إحداثيات الخريطة.</translation>
    </message>
    <message>
        <source>Place details: only the town and the country are kept.</source>
        <translation>تفاصيل المكان: لا تبقى إلا المدينة والبلد.</translation>
    </message>
    <message>
        <source>The original names of evidence files.</source>
        <translation>الأسماء الأصلية لملفات الأدلة.</translation>
    </message>
    <message>
        <source>The custody log of evidence.</source>
        <translation>سجل العهدة الخاص بالأدلة.</translation>
    </message>
    <message>
        <source>Every part of an incident marked confidential.</source>
        <translation>كل جزء من الحادثة مُعلَّم بأنه سري.</translation>
    </message>
    <message>
        <source>The whole plan: a safety plan is only exported in full.</source>
        <translation>الخطة كلها: لا تُصدَّر خطة السلامة إلا كاملة.</translation>
    </message>
    <message>
        <source>Notes about contacts.</source>
        <translation>الملاحظات عن جهات الاتصال.</translation>
    </message>
    <message>
        <source>Text you wrote yourself (titles, descriptions, plan sections) is kept as written: read it for names before you share.</source>
        <translation>النص الذي كتبته بنفسك (العناوين والأوصاف وأقسام الخطة) يبقى كما كتبته: اقرأه بحثًا عن الأسماء قبل المشاركة.</translation>
    </message>
    <message>
        <source>Nothing is removed: this copy holds every detail, names and contact details included.</source>
        <translation>لا يُحذف شيء: تحتوي هذه النسخة على كل التفاصيل، بما فيها الأسماء وبيانات الاتصال.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>A PDF password needs at least %1 characters; a short one is guessed in minutes.</source>
        <translation>تحتاج كلمة مرور ملف PDF إلى %1 أحرف على الأقل؛ فالكلمة القصيرة تُخمَّن في دقائق.</translation>
    </message>
    <message>
        <source>A PDF password can be at most %1 bytes long (about 60 letters of a non-Latin script), or some readers will not open the PDF.</source>
        <translation>يمكن أن تكون كلمة مرور ملف PDF بطول %1 بايت على الأكثر (نحو 60 حرفًا من أبجدية غير لاتينية)، وإلا فلن تفتح بعض برامج القراءة الملف.</translation>
    </message>
    <message>
        <source>This PDF password holds a character that PDF readers do not all read alike (an invisible or unusual character or space); choose another.</source>
        <translation>تحتوي كلمة مرور ملف PDF هذه على حرف لا تقرؤه كل برامج قراءة PDF بالطريقة نفسها (حرف أو مسافة غير مرئية أو غير معتادة)؛ اختر كلمة أخرى.</translation>
    </message>
    <message>
        <source>Matching a search (its words are left out of shared copies)</source>
        <translation>مطابقة لعملية بحث (لا تظهر كلمات البحث في النسخ المُعدّة للمشاركة)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>الملف %1 موجود مسبقًا. هل تريد استبداله بهذا التقرير؟</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;استبداله</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>جارٍ إنشاء التقرير…</translation>
    </message>
    <message>
        <source>Saved %1 (%2). It is in the export register; the panic wipe will destroy it.</source>
        <translation>حُفظ %1 (%2). وهو مُدرج في سجل الملفات المُصدَّرة؛ وسيتلفه المحو الطارئ.</translation>
    </message>
    <message>
        <source>It has no password: anyone who gets the file can read it.</source>
        <translation>ليست له كلمة مرور: يستطيع أي شخص يحصل على الملف قراءته.</translation>
    </message>
</context>
<context>
    <name>ReviewLogEditor</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>سجل المراجعات</translation>
    </message>
    <message>
        <source>&amp;Add a review</source>
        <translation>إ&amp;ضافة مراجعة</translation>
    </message>
    <message>
        <source>Add a review dated today</source>
        <translation>إضافة مراجعة بتاريخ اليوم</translation>
    </message>
    <message>
        <source>&amp;Remove this review</source>
        <translation>إ&amp;زالة هذه المراجعة</translation>
    </message>
    <message>
        <source>Remove the selected review</source>
        <translation>إزالة المراجعة المحددة</translation>
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message>
        <source>Threat</source>
        <translation>التهديد</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>الاحتمال (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>الأثر (1-5)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <source>Who or what is behind it</source>
        <translation>مَن أو ما يقف وراءه</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>نقاط الضعف</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>القدرات</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>الوقاية</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>إذا وقع</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>مَن يتصرّف</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>سجل المخاطر</translation>
    </message>
    <message>
        <source>&amp;Add a risk</source>
        <translation>إ&amp;ضافة خطر</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>إضافة خطر</translation>
    </message>
    <message>
        <source>&amp;Remove this risk</source>
        <translation>إ&amp;زالة هذا الخطر</translation>
    </message>
    <message>
        <source>Remove the selected risk</source>
        <translation>إزالة الخطر المحدد</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings message</source>
        <translation>رسالة الإعدادات</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>القفل بعد هذا العدد من الدقائق دون استخدام</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>القفل عند تصغير النافذة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Clear copied text after this many seconds</source>
        <translation>مسح النص المنسوخ بعد هذا العدد من الثواني</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Delete exports after this many days</source>
        <translation>حذف الملفات المُصدَّرة بعد هذا العدد من الأيام</translation>
    </message>
    <message>
        <source>Each time you unlock the journal, PDF and JSON files made from it longer ago than this are overwritten and deleted.</source>
        <translation>في كل مرة تفتح فيها قفل اليوميات، يُكتب فوق ملفات PDF وJSON المُنشأة منها قبل هذه المدة ثم تُحذف.</translation>
    </message>
    <message>
        <source>Remind me to back up after this many days</source>
        <translation>ذكّرني بالنسخ الاحتياطي بعد هذا العدد من الأيام</translation>
    </message>
    <message>
        <source>Each time you unlock the journal, HR Journal says so if the last backup is older than this, or if there is none yet.</source>
        <translation>في كل مرة تفتح فيها اليوميات، ينبّهك HR Journal إذا كانت آخر نسخة احتياطية أقدم من ذلك، أو إذا لم توجد أي نسخة بعد.</translation>
    </message>
    <message>
        <source>Screenshots and screen sharing leave HR Journal&apos;s windows out.</source>
        <translation>لا تظهر نوافذ HR Journal في لقطات الشاشة ولا عند مشاركة الشاشة.</translation>
    </message>
    <message>
        <source>This system cannot keep HR Journal&apos;s windows out of screenshots or screen sharing; lock the journal before sharing your screen.</source>
        <translation>لا يستطيع هذا النظام إخفاء نوافذ HR Journal من لقطات الشاشة أو من مشاركة الشاشة؛ يُرجى قفل اليوميات قبل مشاركة شاشتك.</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>التقاط الشاشة</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Save the protection settings</source>
        <translation>حفظ إعدادات الحماية</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>ال&amp;قفل بعد عدم الاستخدام:</translation>
    </message>
    <message>
        <source>Clear &amp;copied text after:</source>
        <translation>مسح النص ال&amp;منسوخ بعد:</translation>
    </message>
    <message>
        <source>Delete &amp;exports after (days):</source>
        <translation>حذف ال&amp;ملفات المُصدَّرة بعد (بالأيام):</translation>
    </message>
    <message>
        <source>Remind me to &amp;back up after (days):</source>
        <translation>&amp;تذكير بالنسخ الاحتياطي بعد (بالأيام):</translation>
    </message>
    <message>
        <source>Language and discretion</source>
        <translation>اللغة والتكتّم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Discreet mode: a neutral window title and icon</source>
        <translation>الوضع المتكتّم: عنوان وأيقونة محايدان للنافذة</translation>
    </message>
    <message>
        <source>Save &amp;language and discretion</source>
        <translation>حفظ اللغة وال&amp;تكتّم</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Current passphrase or recovery secret</source>
        <translation>عبارة المرور الحالية أو رمز الاسترداد</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>تغيير &amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>رسالة عبارة المرور</translation>
    </message>
    <message>
        <source>Share the recovery secret with &amp;trusted contacts…</source>
        <translation>مشاركة رمز الاسترداد مع جهات اتصال موثو&amp;قة…</translation>
    </message>
    <message>
        <source>Share the recovery secret with trusted contacts</source>
        <translation>مشاركة رمز الاسترداد مع جهات اتصال موثوقة</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>الحالية:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>الجديدة:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Saved. The new language is used from the next start of HR Journal.</source>
        <translation>تم الحفظ. ستُستخدم اللغة الجديدة بدءًا من التشغيل التالي لـ HR Journal.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>عبارتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Change again to use it anyway.</source>
        <translation>سيكون من السهل على من يأخذ حاسوبك تخمين عبارة المرور هذه. أضف بضع كلمات غير مترابطة، أو انقر على «تغيير» مرة أخرى لاستخدامها على أي حال.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>The passphrase is changed; use the new one from now on.</source>
        <translation>تم تغيير عبارة المرور؛ يُرجى استخدام العبارة الجديدة من الآن فصاعدًا.</translation>
    </message>
</context>
<context>
    <name>ShareCardsDialog</name>
    <message>
        <source>Share the recovery secret with trusted contacts</source>
        <translation>مشاركة رمز الاسترداد مع جهات اتصال موثوقة</translation>
    </message>
    <message>
        <source>Making the cards</source>
        <translation>جارٍ إعداد البطاقات</translation>
    </message>
    <message>
        <source>Share cards message</source>
        <translation>رسالة بطاقات الأجزاء</translation>
    </message>
    <message>
        <source>&amp;Make the cards</source>
        <translation>إ&amp;عداد البطاقات</translation>
    </message>
    <message>
        <source>Make the share cards</source>
        <translation>إعداد بطاقات الأجزاء</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارة المرور الخاصة بك</translation>
    </message>
    <message>
        <source>Keepers of the cards</source>
        <translation>حفَظة البطاقات</translation>
    </message>
    <message>
        <source>Check each contact who keeps one card; the cards are numbered in this order.</source>
        <translation>حدّد كل جهة اتصال ستحفظ بطاقة واحدة؛ تُرقَّم البطاقات بهذا الترتيب.</translation>
    </message>
    <message>
        <source>Cards needed to rebuild the recovery secret</source>
        <translation>عدد البطاقات اللازمة لإعادة بناء رمز الاسترداد</translation>
    </message>
    <message>
        <source>Language of the cards</source>
        <translation>لغة البطاقات</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>مجلد البطاقات</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the folder for the cards</source>
        <translation>اختيار مجلد البطاقات</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>عبارة &amp;المرور الخاصة بك:</translation>
    </message>
    <message>
        <source>&amp;Keepers:</source>
        <translation>ال&amp;حفظة:</translation>
    </message>
    <message>
        <source>Cards &amp;needed:</source>
        <translation>عدد البطاقات ال&amp;مطلوبة:</translation>
    </message>
    <message>
        <source>&amp;Language of the cards:</source>
        <translation>&amp;لغة البطاقات:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>المجلّ&amp;د:</translation>
    </message>
    <message>
        <source>This makes a NEW recovery secret: the one you wrote down stops working. Each card goes to one keeper; any %1 of them rebuild it.</source>
        <translation>يُنشئ هذا رمز استرداد جديدًا: الرمز الذي كتبته سيتوقف عن العمل. تذهب كل بطاقة إلى حافظ واحد؛ وأي %1 منها تعيد بناءه.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>يُرجى كتابة عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>Check at least two contacts to keep the cards.</source>
        <translation>حدّد جهتي اتصال على الأقل لحفظ البطاقات.</translation>
    </message>
    <message>
        <source>At most %1 cards can be made; check fewer contacts.</source>
        <translation>يمكن إعداد %1 بطاقة على الأكثر؛ حدّد جهات اتصال أقل.</translation>
    </message>
    <message>
        <source>Choose the folder for the cards first.</source>
        <translation>اختر مجلد البطاقات أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>The cards are in %1 (%n of them): print each one, hand it to its keeper in person, then delete the files on the Exports screen.</source>
        <translation>
            <numerusform>البطاقات في %1 (عددها %n): اطبع كل واحدة منها، وسلّمها إلى حافظها شخصيًا، ثم احذف الملفات من شاشة التصدير.</numerusform>
            <numerusform>البطاقات في %1 (عددها %n): اطبع كل واحدة منها، وسلّمها إلى حافظها شخصيًا، ثم احذف الملفات من شاشة التصدير.</numerusform>
            <numerusform>البطاقات في %1 (عددها %n): اطبع كل واحدة منها، وسلّمها إلى حافظها شخصيًا، ثم احذف الملفات من شاشة التصدير.</numerusform>
            <numerusform>البطاقات في %1 (عددها %n): اطبع كل واحدة منها، وسلّمها إلى حافظها شخصيًا، ثم احذف الملفات من شاشة التصدير.</numerusform>
            <numerusform>البطاقات في %1 (عددها %n): اطبع كل واحدة منها، وسلّمها إلى حافظها شخصيًا، ثم احذف الملفات من شاشة التصدير.</numerusform>
            <numerusform>البطاقات في %1 (عددها %n): اطبع كل واحدة منها، وسلّمها إلى حافظها شخصيًا، ثم احذف الملفات من شاشة التصدير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the cards… this takes a moment.</source>
        <translation>جارٍ إعداد البطاقات… يستغرق ذلك لحظة.</translation>
    </message>
</context>
<context>
    <name>SharesRecoveryDialog</name>
    <message>
        <source>Set a new passphrase with recovery shares</source>
        <translation>تعيين عبارة مرور جديدة بأجزاء رمز الاسترداد</translation>
    </message>
    <message>
        <source>Type the words of each card you have from your trusted contacts, as printed, separated by spaces. The cards say how many of them are needed.</source>
        <translation>اكتب كلمات كل بطاقة لديك من جهات اتصالك الموثوقة، كما هي مطبوعة، مفصولةً بمسافات. تذكر البطاقات عدد ما يلزم منها.</translation>
    </message>
    <message>
        <source>&amp;Add another share</source>
        <translation>إ&amp;ضافة جزء آخر</translation>
    </message>
    <message>
        <source>Add a box for another share</source>
        <translation>إضافة خانة لجزء آخر</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Setting the new passphrase</source>
        <translation>جارٍ تعيين عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Recovery shares message</source>
        <translation>رسالة أجزاء رمز الاسترداد</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>مرة &amp;أخرى:</translation>
    </message>
    <message>
        <source>&amp;Set the new passphrase</source>
        <translation>&amp;تعيين عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Set the new passphrase with these shares</source>
        <translation>تعيين عبارة المرور الجديدة بهذه الأجزاء</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>الجزء %1</translation>
    </message>
    <message>
        <source>Share %1:</source>
        <translation>الجزء %1:</translation>
    </message>
    <message>
        <source>Type the words of your shares first.</source>
        <translation>اكتب كلمات أجزائك أولًا.</translation>
    </message>
    <message>
        <source>Type the new passphrase you want.</source>
        <translation>اكتب عبارة المرور الجديدة التي تريدها.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>عبارتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Set again to use it anyway.</source>
        <translation>سيكون من السهل على من يأخذ حاسوبك تخمين عبارة المرور هذه. أضف بضع كلمات غير مترابطة، أو انقر على «تعيين» مرة أخرى لاستخدامها على أي حال.</translation>
    </message>
    <message>
        <source>The new passphrase is set; unlock with it now.</source>
        <translation>تم تعيين عبارة المرور الجديدة؛ افتح القفل بها الآن.</translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation>جارٍ العمل… يستغرق هذا لحظة.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Linked contact</source>
        <translation>جهة الاتصال المرتبطة</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الصلة بالمعلومات</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>نوع المادة</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>ضعيفة جدًا: يسهل تخمينها</translation>
    </message>
    <message>
        <source>Weak: add more words</source>
        <translation>ضعيفة: تحتاج إلى مزيد من الكلمات</translation>
    </message>
    <message>
        <source>Fair: one or two more words would help</source>
        <translation>مقبولة: كلمة أو كلمتان إضافيتان ستفيدان</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of incidents</source>
        <translation>الخط الزمني للحوادث</translation>
    </message>
    <message>
        <source>1 incident: %1. Press Enter to open it.</source>
        <translation>حادثة واحدة: %1. يمكنك الضغط على Enter لفتحها.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3. Use the arrow keys to go from one to the next.</source>
        <translation>%1، من %2 إلى %3. يمكنك استخدام مفاتيح الأسهم للانتقال من حادثة إلى التالية.</translation>
    </message>
    <message>
        <source>Selected: %1. Press Enter to open it.</source>
        <translation>المحددة: %1. يمكنك الضغط على Enter لفتحها.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING JOURNAL: every record here is fictional. Never enter real information in it.</source>
        <translation>يوميات تدريبية: كل السجلات هنا وهمية. لا تُدخل فيها أي معلومات حقيقية أبدًا.</translation>
    </message>
    <message>
        <source>Training journal</source>
        <translation>يوميات تدريبية</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>&lt;h2&gt;Unlock your journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;فتح قفل يومياتك&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your passphrase, or your recovery secret:</source>
        <translation>عبارة المرور، أو رمز الاسترداد:</translation>
    </message>
    <message>
        <source>Passphrase or recovery secret</source>
        <translation>عبارة المرور أو رمز الاسترداد</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>الم&amp;ساعدة</translation>
    </message>
    <message>
        <source>Open the help</source>
        <translation>فتح المساعدة</translation>
    </message>
    <message>
        <source>How HR Journal works, without the internet (F1)</source>
        <translation>كيف يعمل HR Journal، من دون إنترنت (F1)</translation>
    </message>
    <message>
        <source>Lost your passphrase? Use recovery &amp;shares…</source>
        <translation>نسيت عبارة المرور؟ استخدم أجزاء &amp;رمز الاسترداد…</translation>
    </message>
    <message>
        <source>Lost your passphrase? Set a new one with recovery shares</source>
        <translation>نسيت عبارة المرور؟ عيّن عبارة جديدة بأجزاء رمز الاسترداد</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>يُرجى كتابة عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
</context>
<context>
    <name>WipeRehearsal</name>
    <message>
        <source>Practise a wipe</source>
        <translation>التدرّب على المحو</translation>
    </message>
    <message>
        <source>This is only a practice: nothing is destroyed. A real panic wipe would destroy the following.</source>
        <translation>هذا مجرد تدريب: لن يُتلف شيء. أما المحو الطارئ الحقيقي فسيُتلف ما يلي.</translation>
    </message>
    <message>
        <source>What a panic wipe would destroy</source>
        <translation>ما سيُتلفه المحو الطارئ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close the practice</source>
        <translation>إغلاق التدريب</translation>
    </message>
    <message>
        <source>Looking at the journal&apos;s files…</source>
        <translation>جارٍ فحص ملفات اليوميات…</translation>
    </message>
    <message>
        <source>First the journal&apos;s key: from that moment nothing of the journal can be opened, not even with the passphrase or the recovery secret.</source>
        <translation>أولًا مفتاح اليوميات: من تلك اللحظة لا يمكن فتح أي شيء من اليوميات، ولا حتى بعبارة المرور أو رمز الاسترداد.</translation>
    </message>
    <message>
        <source>Then the secret in the system keyring that ties the journal to this computer.</source>
        <translation>ثم السرّ المحفوظ في سلسلة مفاتيح النظام الذي يربط اليوميات بهذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <source>Then the exported files (%n):</source>
        <translation>
            <numerusform>ثم الملفات المُصدَّرة (%n):</numerusform>
            <numerusform>ثم الملفات المُصدَّرة (%n):</numerusform>
            <numerusform>ثم الملفات المُصدَّرة (%n):</numerusform>
            <numerusform>ثم الملفات المُصدَّرة (%n):</numerusform>
            <numerusform>ثم الملفات المُصدَّرة (%n):</numerusform>
            <numerusform>ثم الملفات المُصدَّرة (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>لم يعد موجودًا</translation>
    </message>
    <message numerus="yes">
        <source>Then the journal&apos;s own files (%n):</source>
        <translation>
            <numerusform>ثم ملفات اليوميات نفسها (%n):</numerusform>
            <numerusform>ثم ملفات اليوميات نفسها (%n):</numerusform>
            <numerusform>ثم ملفات اليوميات نفسها (%n):</numerusform>
            <numerusform>ثم ملفات اليوميات نفسها (%n):</numerusform>
            <numerusform>ثم ملفات اليوميات نفسها (%n):</numerusform>
            <numerusform>ثم ملفات اليوميات نفسها (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would leave these alone, although the export register names them (%n):</source>
        <translation>
            <numerusform>وسيترك هذه كما هي، مع أن سجل الملفات المُصدَّرة يذكرها (%n):</numerusform>
            <numerusform>وسيترك هذه كما هي، مع أن سجل الملفات المُصدَّرة يذكرها (%n):</numerusform>
            <numerusform>وسيترك هذه كما هي، مع أن سجل الملفات المُصدَّرة يذكرها (%n):</numerusform>
            <numerusform>وسيترك هذه كما هي، مع أن سجل الملفات المُصدَّرة يذكرها (%n):</numerusform>
            <numerusform>وسيترك هذه كما هي، مع أن سجل الملفات المُصدَّرة يذكرها (%n):</numerusform>
            <numerusform>وسيترك هذه كما هي، مع أن سجل الملفات المُصدَّرة يذكرها (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1.</source>
        <translation>المجموع: %1.</translation>
    </message>
    <message>
        <source>How long the rest would take could not be measured here.</source>
        <translation>تعذّر هنا قياس المدة التي سيستغرقها الباقي.</translation>
    </message>
    <message>
        <source>Destroying the key takes well under a second; everything would be gone in about %1 seconds.</source>
        <translation>يستغرق إتلاف المفتاح أقل من ثانية بكثير؛ وسيزول كل شيء في نحو %1 ثانية.</translation>
    </message>
</context>
<context>
    <name>WipeReportWindow</name>
    <message>
        <source>Panic wipe</source>
        <translation>المحو الطارئ</translation>
    </message>
    <message>
        <source>Panic wipe report</source>
        <translation>تقرير المحو الطارئ</translation>
    </message>
    <message>
        <source>Wiping the journal…</source>
        <translation>جارٍ محو اليوميات…</translation>
    </message>
    <message>
        <source>Wipe status</source>
        <translation>حالة المحو</translation>
    </message>
    <message>
        <source>Wipe progress</source>
        <translation>تقدّم المحو</translation>
    </message>
    <message>
        <source>What the wipe did</source>
        <translation>ما فعله المحو</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close HR Journal</source>
        <translation>إغلاق HR Journal</translation>
    </message>
    <message>
        <source>The wipe is over, but some files could not be destroyed: they are listed below.</source>
        <translation>انتهى المحو، لكن تعذّر إتلاف بعض الملفات: وهي مذكورة أدناه.</translation>
    </message>
    <message>
        <source>There was no journal here to wipe.</source>
        <translation>لم تكن هنا يوميات لمحوها.</translation>
    </message>
    <message>
        <source>The journal is wiped.</source>
        <translation>تم محو اليوميات.</translation>
    </message>
    <message>
        <source>The journal&apos;s key was destroyed after %1 s: the journal can no longer be opened, not even with the passphrase or the recovery secret.</source>
        <translation>أُتلِف مفتاح اليوميات بعد %1 ثانية: لم يعد من الممكن فتح اليوميات، ولا حتى بعبارة المرور أو رمز الاسترداد.</translation>
    </message>
    <message>
        <source>The journal&apos;s key could not be destroyed (see below): the journal can still be opened with the passphrase.</source>
        <translation>تعذّر إتلاف مفتاح اليوميات (انظر أدناه): لا يزال من الممكن فتح اليوميات بعبارة المرور.</translation>
    </message>
    <message>
        <source>There was no key header to destroy here.</source>
        <translation>لم يكن هنا ملف مفتاح لإتلافه.</translation>
    </message>
    <message>
        <source>Exported files destroyed: %1 of %2.</source>
        <translation>الملفات المُصدَّرة التي أُتلِفت: %1 من %2.</translation>
    </message>
    <message>
        <source>Files of the journal destroyed: %1.</source>
        <translation>ملفات اليوميات التي أُتلِفت: %1.</translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation>تعذّر إتلاف %1: %2.</translation>
    </message>
    <message>
        <source>The wipe took %1 s.</source>
        <translation>استغرق المحو %1 ثانية.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>الملف قيد الاستخدام</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>أبلغ القرص عن خطأ</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>not destroyed: a folder that is not an export&apos;s</source>
        <translation>لم يُتلَف: مجلد لا يخص ملفًا مُصدَّرًا</translation>
    </message>
    <message>
        <source>not destroyed: a file that belongs to another user</source>
        <translation>لم يُتلَف: ملف يخص مستخدمًا آخر</translation>
    </message>
    <message>
        <source>The wipe could not finish.</source>
        <translation>تعذّر إكمال المحو.</translation>
    </message>
</context>
<context>
    <name>country</name>
    <message>
        <source>Afghanistan</source>
        <translation>أفغانستان</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>ألبانيا</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>الجزائر</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>صاموا الأمريكيّة</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>أندورا</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>أنغولا</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>أنغويلا</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>القطب الجنوبي</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>أنتيغوا و باربودا</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>الأرجنتين</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>أرمينيا</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>أروبا</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>أستراليا</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>النّمسا</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>أذربيجان</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>جزر البهاما</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>البحرين</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>بنغلادش</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>بربادوس</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>روسيا البيضاء</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>بلجيكا</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>بيليز</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>بنين</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>برمودا</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>بوتان</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>بوليفيا</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>بونير وسانت يوستاتيوس وسابا</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>البوسنة و الهرسك</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>بوتسوانا</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>جزيرة بوفي</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>البرازيل</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>مقاطعة المحيط الهندي البريطانيّة</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>بروناي دار السّلام</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>بلغاريا</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>بوركينا فاصو</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>بوروندي</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>الرأس الأخضر</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>كمبوديا</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>الكاميرون</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>جزر الكيمان</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>جمهورية إفريقيّا الوسطى</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>تشاد</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>تشيلي</translation>
    </message>
    <message>
        <source>China</source>
        <translation>الصّين</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>جزر الكريسماس</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>جزر الكوكوس</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>كولومبيا</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>جزر القمر</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>الكونغو</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>الكونغو، جمهوريّة الكونغو الدّيموقراطيّة</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>جزر كوك</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>كوستاريكا</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>كرواتيا</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>كوبا</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>جزر كوراكاو</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>قبرص</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>التشيك</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>ساحل العاج</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>الدّنمارك</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>جيبوتي</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>دومينيكا</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>جمهوريّة الدّومينيكان</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>الإكوادور</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>السّلفادور</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>غينيا الاستوائيّة</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>إريتريا</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>إستونيا</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>إسواتيني</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>إثيوبيا</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>جزر فولكلاند (مالفيناس)</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>جزر الفارو</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>فيجي</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>فنلندا</translation>
    </message>
    <message>
        <source>France</source>
        <translation>فرنسا</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>غيانا الفرنسيّة</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>بولينيسيا الفرنسيّة</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>المقاطعات الفرنسيّة الجنوبيّة</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>الغابون</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>غامبيا</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>جورجيا</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>غانا</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>جبل طارق</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>اليونان</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>غرينلاند</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>غرينادا</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>جوادالوبّي</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>جوام</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>غواتيمالا</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>جزيرة جويرزني</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>غينيا</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>غينيا بيساو</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>غويانا</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>هايتي</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>جزيرة هيرد وجزر مَكْدونالد</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>المقعد المقدّس (ولاية مدينة الفاتيكان)</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>هندوراس</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>هونغ كونغ</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>المجر (هنغاريا)</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>آيسلندا</translation>
    </message>
    <message>
        <source>India</source>
        <translation>الهند</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>إندونيسيا</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>إيران</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>أيرلندا</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>آيزل أف مان</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>إسرائيل</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>إيطاليا</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>جامايكا</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>اليابان</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>جيرسي</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>كازاخستان</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>كينيا</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>كيريباتي</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>قيرغزستان</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>لاوس</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>لاتفيا</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>لبنان</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>ليسوتو</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>ليبيريا</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>ليبيا</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>ليشتنشتاين</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>لثوانيا</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>لوكسمبورغ</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>مكّاو</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>مدغشقر</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>ملاوي</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>ماليزيا</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>جزر المالديف</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>مالي</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>مالطة</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>جزر المارشال</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>مارتينيك</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>موريتانيا</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>موريشيوس</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>مايوت</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>المكسيك</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>ميكرونيزيا، ولايات ميكرونيزيا الموحّدة</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>المالديف</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>موناكو</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>منغوليا</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>المنتنيغرو</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>مونتسيرات</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>المغرب</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>موزمبيق</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>ميانمار</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>ناميبيا</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>ناورو</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>نيبال</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>هولندا</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>نيو قلدونيا</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>نيوزيلاندا</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>نيكاراجوا</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>النّيجر</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>نيجيريا</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>نيوي</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>جزيرة نورفولك</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>كوريا الشمالية</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>مقدونيا الشمالية</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>جزر ماريانا الشّماليّة</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>النّرويج</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>عمان</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>باكستان</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>بالاو</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>دولة فلسطين</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>بنما</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>بابوا غينيا الجديدة</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>الباراغواي</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>البيرو</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>الفلبّين</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>بتكيرن</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>بولندا</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>البرتغال</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>بورتوريكو</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>رومانيا</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>الاتّحاد الرّوسي</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>رواندا</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>ريونيون</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>سان بارتليمي</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>ساينت هيلينا، تريستان دا كونا</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>سانت كيتس و نيفس</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>سانت لوسيا</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>سانت مارتين (القطاع الفرنسي)</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>سانت بيير و ميكيلون</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>سانت فنسنت و جزر الغرينادين</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>صاموا</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>سان مارينو</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>ساو تومي و برنسبي</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>السّعوديّة</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>السّنغال</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>صربية</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>السّيشل</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>سيراليون</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>سنغافورة</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>سانت مارتن (الجزء الهولندي)</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>سلوفاكيا</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>سلوفينيا</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>جزر سولومن</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>الصّومال</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>جنوب إفريقيا</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>جورجيا الجنوبيّة و جزر ساندويتش الجنوبيّة</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>كوريا الجنوبية</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>جنوب السّودان</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>إسبانيا</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>سريلانكا</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>السّودان</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>سورينام</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>سفالبارد و جان ماين</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>السّويد</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>سويسرا</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>تايوان</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>طاجيكستان</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>تنزانيا</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>تايلاند</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>تيمور-ليستي</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>توغو</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>جزر توكيلو</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>تونغا</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>ترينيداد و توباغو</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>تونس</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>تركمانستان</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>جزر التّرك و الكايكوس</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>توفالو</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>أوغندا</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>أوكرانيا</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>الإمارات العربيّة المتحدّة</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتّحدة</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>الولايات المتّحدة</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>جزر الولايات المتّحدة الصّغرى النّائية</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>الأوروغواي</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>أوزبكستان</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>فانواتو</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>فنزويلّا</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>الفيتنام</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>فيرجن، جزر فيرجن البريطانيّة</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>فيرجن، جزر فيرجن الأميركيّة</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>واليس و فوتونا</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>الصّحراء الغربيّة</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>اليمن</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>زامبيا</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>زمبابوي</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>جزر آلاند</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>%1, item %2</source>
        <translation>%1، العنصر %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>بعد (بالدقائق)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>At</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>أوقات التوفر</translation>
    </message>
    <message>
        <source>By</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>القدرات</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>وسائل التواصل</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>بروتوكول الاطمئنان</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>خطة التواصل</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الصلة بالمعلومات</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>شجرة الاتصال</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Context and actors</source>
        <translation>السياق والأطراف الفاعلة</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>إذا وقع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>سلسلة العهدة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>الخطوات عند فوات موعد الاطمئنان</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>إمكانية التنفيذ</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>رقم الأمان أو البصمة</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Grace period (minutes)</source>
        <translation>مهلة الانتظار قبل التحرك (بالدقائق)</translation>
    </message>
    <message>
        <source>How exact the start date is</source>
        <translation>مدى دقة تاريخ البدء</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>كيف حُدِّدت هويته</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>إذا احتُجزت</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>أنواع الحادثة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>الإجراءات المتخذة</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>درجة التورط</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>آخر مراجعة</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>البلدة أو المدينة</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>نوع المادة</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة التالية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>مَن أُبلغ أو طُلب منه</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>النمط</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>المتضررون</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>مرتكبو الانتهاك</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>الترتيب في قائمة الاتصال</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>مفضّلة</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>الوقاية</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>الحوادث المرتبطة</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>نوع الارتباط</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>ما الذي طُلب</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>سجل المراجعات</translation>
    </message>
    <message>
        <source>Review triggers</source>
        <translation>متى تُراجَع الخطة قبل موعدها</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>سجل المخاطر</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>خطط السلامة</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>مواعيد الاطمئنان</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>أجزاء الخطة</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مَن أو ما يقف وراءه</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>التهديد</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>تقييم التهديد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>الرقم أو العنوان</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>نقاط الضعف</translation>
    </message>
    <message>
        <source>What they may receive</source>
        <translation>ما يجوز أن يتلقاه</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>مَن يقف وراءها</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>After {minutes} minutes</source>
        <translation>بعد {minutes} دقيقة</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>كل الحوادث</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: for the people it was given to; do not forward or publish</source>
        <translation>سرّي: للأشخاص الذين سُلِّم إليهم فقط؛ لا تُعِد إرساله ولا تنشره</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>القدرات</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>بروتوكول الاطمئنان</translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation>معايير الاختيار</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الصلة بالمعلومات</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>شجرة الاتصال</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>إذا وقع</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>سلسلة العهدة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>بطاقة جهات الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Evidence referenced</source>
        <translation>الأدلة المشار إليها</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>إمكانية التنفيذ</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>إلى {name}</translation>
    </message>
    <message>
        <source>Give the words only to the journal&apos;s owner, when they ask you in person or through the channel you agreed on. If anyone else asks, even in the owner&apos;s name, do not give them.</source>
        <translation>لا تُعطِ الكلمات إلا لصاحب اليوميات، عندما يطلبها منك بنفسه وجهًا لوجه أو عبر وسيلة الاتصال التي اتفقتما عليها. وإذا طلبها أي شخص آخر، حتى لو كان ذلك باسم صاحب اليوميات، فلا تُعطِه إياها.</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>مهلة الانتظار قبل التحرك</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>كيف حُدِّدت هويته</translation>
    </message>
    <message>
        <source>How the owner uses the shares</source>
        <translation>كيف يستخدم صاحب اليوميات الأجزاء</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <source>If a check-in is missed</source>
        <translation>إذا فات موعد الاطمئنان</translation>
    </message>
    <message>
        <source>If this page is lost, or someone else may have seen it, tell the owner: they can make new shares, and then this set stops working.</source>
        <translation>إذا ضاعت هذه الورقة، أو احتُمل أن يكون شخص آخر قد رآها، فأخبر صاحب اليوميات: يمكنه إنشاء أجزاء جديدة، وعندها تتوقف هذه المجموعة عن العمل.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>In the app: unlock with recovery shares, and type the words of each share.</source>
        <translation>في التطبيق: اختر فتح القفل بأجزاء رمز الاسترداد، ثم اكتب كلمات كل جزء.</translation>
    </message>
    <message>
        <source>In this order</source>
        <translation>بهذا الترتيب</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>تقرير حادثة</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>ملخص الحوادث</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>الحوادث حسب الشهر</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>الحوادث حسب النوع</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>الإجراءات المتخذة</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>درجة التورط</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private, away from the journal&apos;s computer.</source>
        <translation>احفظ هذه الورقة في مكان آمن وخاص، بعيدًا عن الحاسوب الذي توجد عليه اليوميات.</translation>
    </message>
    <message>
        <source>Keeping this share</source>
        <translation>حفظ هذا الجزء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>نوع المكان</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>آخر مراجعة</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>الاحتمال × الأثر</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>نوع المادة</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Me (the defender)</source>
        <translation>أنا (المدافع/ة عن حقوق الإنسان)</translation>
    </message>
    <message>
        <source>Never photograph, scan or copy it, and never type its words into a phone, a website or any other program.</source>
        <translation>لا تصوّرها ولا تمسحها ضوئيًا ولا تنسخها أبدًا، ولا تكتب كلماتها أبدًا في هاتف أو موقع إلكتروني أو أي برنامج آخر.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة التالية</translation>
    </message>
    <message>
        <source>No contact has a call order or an emergency role.</source>
        <translation>لا توجد جهة اتصال لها ترتيب في الاتصال أو دور في الطوارئ.</translation>
    </message>
    <message>
        <source>No dated incidents.</source>
        <translation>لا توجد حوادث مؤرَّخة.</translation>
    </message>
    <message>
        <source>No incident has a type.</source>
        <translation>لم يُحدَّد نوع أي حادثة.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>On the command line: {command}</source>
        <translation>في سطر الأوامر: {command}</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>أنواع أخرى</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>النمط</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>الأنماط</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>المتضررون</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>مرتكبو الانتهاك</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>الوقاية</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>Profile: full (not redacted)</source>
        <translation>النسخة: كاملة (دون إخفاء البيانات)</translation>
    </message>
    <message>
        <source>Profile: share (redacted)</source>
        <translation>النسخة: للمشاركة (مع إخفاء البيانات)</translation>
    </message>
    <message>
        <source>Recovery share card</source>
        <translation>بطاقة جزء من رمز الاسترداد</translation>
    </message>
    <message>
        <source>Recovery share {number} of {count}</source>
        <translation>الجزء {number} من {count} من رمز الاسترداد</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>الحوادث المرتبطة</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>ما الذي طُلب</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>سجل المراجعات</translation>
    </message>
    <message>
        <source>Review when</source>
        <translation>متى تُراجَع الخطة</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>سجل المخاطر</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Safety number or fingerprint</source>
        <translation>رقم الأمان أو البصمة</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>خطة السلامة</translation>
    </message>
    <message>
        <source>Safety plan, version {version}</source>
        <translation>خطة السلامة، الإصدار {version}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مَن أو ما يقف وراءه</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>TRAINING - FICTIONAL DATA</source>
        <translation>تدريب - بيانات وهمية</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>وقت الإضافة</translation>
    </message>
    <message>
        <source>The owner gathers any {threshold} shares, types their words into HR Journal and chooses a new passphrase for the journal.</source>
        <translation>يجمع صاحب اليوميات أي {threshold} من الأجزاء، ويكتب كلماتها في HR Journal، ثم يختار عبارة مرور جديدة لليوميات.</translation>
    </message>
    <message>
        <source>The words are typed in this order. The first {common} words are the same on every share of this set; shares made at another time begin differently and cannot be mixed with these.</source>
        <translation>تُكتب الكلمات بهذا الترتيب. أول {common} من الكلمات هي نفسها في كل أجزاء هذه المجموعة؛ أما الأجزاء التي أُنشئت في وقت آخر فتبدأ بكلمات مختلفة ولا يمكن خلطها بهذه الأجزاء.</translation>
    </message>
    <message>
        <source>The words of this share</source>
        <translation>كلمات هذا الجزء</translation>
    </message>
    <message>
        <source>This page holds one of {count} shares of the recovery secret of an HR Journal journal. Any {threshold} of the shares together rebuild the recovery secret; fewer reveal nothing about it, and no share is of any use without the journal&apos;s own files.</source>
        <translation>تحمل هذه الورقة جزءًا واحدًا من أصل {count} من أجزاء رمز الاسترداد الخاص بيوميات في HR Journal. أي {threshold} من هذه الأجزاء معًا تعيد بناء رمز الاسترداد؛ وأي عدد أقل لا يكشف عنه شيئًا، ولا فائدة من أي جزء دون ملفات اليوميات نفسها.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>التهديد</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>تقييم التهديد</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type and size</source>
        <translation>النوع والحجم</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>نقاط الضعف</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>When available</source>
        <translation>أوقات التوفر</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>مَن يقف وراءها</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>بمن تتصل أولًا</translation>
    </message>
    <message>
        <source>Who to check in with</source>
        <translation>جهة الاتصال للاطمئنان</translation>
    </message>
    <message>
        <source>Who was told or asked</source>
        <translation>مَن أُبلغ أو طُلب منه</translation>
    </message>
    <message>
        <source>Who, by when</source>
        <translation>مَن، وبحلول متى</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>بايت</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>أُنشئ في</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>مستمرة</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>مفضّلة</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>عدد الحوادث: {count}</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} دقيقة</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>- Carry on paper, and memorise, the number of [name of your lawyer] and of a local lawyer: [name].
- If you are abroad, ask to contact your embassy or consulate.
- Decide before you go what you will say if questioned. See the &apos;If detained&apos; template.</source>
        <translation>- احمل على ورقة رقمَ [اسم محاميك] ورقمَ محامٍ محلي: [الاسم]، واحفظهما عن ظهر قلب.
- إذا كنت في الخارج، فاطلب التواصل مع سفارتك أو قنصليتك.
- قرّر قبل السفر ما ستقوله إذا استُجوبت. راجع قالب «إذا احتُجزت».</translation>
    </message>
    <message>
        <source>- Check-in contact at home: [name]. Backup: [name].
- Trusted local contact at the destination: [name].
- Give your check-in contact your route, where you sleep and, in safe form, whom you meet.
- Code word for &apos;in danger&apos;: [word]. Code phrase for &apos;cannot talk freely&apos;: [phrase].
- Check in when you leave, at each stop and when you arrive.
- Areas without signal: tell your contact in advance, and agree the latest time you will check in: [time].</source>
        <translation>- جهة الاتصال للاطمئنان في مكان إقامتك: [الاسم]. الجهة الاحتياطية: [الاسم].
- جهة اتصال محلية موثوقة في وجهتك: [الاسم].
- أعطِ جهة الاتصال للاطمئنان خط سيرك ومكان مبيتك، وبصيغة آمنة، مَن ستلتقي بهم.
- كلمة رمزية تعني «أنا في خطر»: [الكلمة]. عبارة رمزية تعني «لا أستطيع الكلام بحرية»: [العبارة].
- أرسل رسالة الاطمئنان عند المغادرة، وفي كل محطة، وعند الوصول.
- المناطق التي لا تغطيها الشبكة: أخبر جهة اتصالك بها مسبقًا، واتفقا على آخر موعد سترسل فيه رسالة الاطمئنان: [الوقت].</translation>
    </message>
    <message>
        <source>- Checking in every day can feel heavy, for you and your contact. Talk about it openly.
- Share the load: a backup contact lets the main one rest.
- Agree when the check-in period ends, and mark it.</source>
        <translation>- قد يكون الاطمئنان اليومي عبئًا ثقيلًا عليك وعلى جهة اتصالك. تحدّثا عن ذلك بصراحة.
- تقاسما العبء: وجود جهة اتصال احتياطية يتيح للجهة الرئيسية أن ترتاح.
- اتفقا على موعد انتهاء فترة الاطمئنان، وأعلنا انتهاءها بوضوح.</translation>
    </message>
    <message>
        <source>- Detention is frightening. Fear, anger or numbness are normal reactions.
- In custody: keep a routine, eat and drink what you can, count the days, think of the people supporting you.
- After release: see a doctor and, if you wish, a counsellor: [name or service].
- Your family and colleagues also need support while you are held.
- Take time before returning to full work.</source>
        <translation>- الاحتجاز تجربة مخيفة. والخوف أو الغضب أو التبلّد ردود فعل طبيعية.
- أثناء الاحتجاز: حافظ على روتين يومي، وكُل واشرب ما تستطيع، وعُدّ الأيام، وفكّر في الأشخاص الذين يساندونك.
- بعد الإفراج: راجع طبيبًا، وإن شئت مستشارًا نفسيًا: [الاسم أو الجهة].
- عائلتك وزملاؤك يحتاجون أيضًا إلى الدعم طوال فترة احتجازك.
- خذ وقتك قبل العودة إلى العمل بكامل طاقتك.</translation>
    </message>
    <message>
        <source>- If arrest seems close, or after release, could you or your family stay somewhere else for a while? [place], [person].
- Would leaving the city or country be an option? Talk to your lawyer first: leaving may break bail or release conditions.</source>
        <translation>- إذا بدا القبض عليك وشيكًا، أو بعد الإفراج عنك، هل يمكنك أنت أو عائلتك الإقامة في مكان آخر لفترة؟ [المكان]، [الشخص].
- هل مغادرة المدينة أو البلد خيار ممكن؟ تحدّث إلى محاميك أولًا: فقد تُخالف المغادرةُ شروط الكفالة أو الإفراج.</translation>
    </message>
    <message>
        <source>- If the escalation reaches your lawyer, what should they do first? [instructions].
- For a full plan, use the &apos;If detained&apos; template.</source>
        <translation>- إذا وصلت خطوات التصعيد إلى محاميك، فما أول ما يجب أن يفعله؟ [التعليمات].
- لخطة كاملة، استخدم قالب «إذا احتُجزت».</translation>
    </message>
    <message>
        <source>- If you send the danger code, where should your contact expect you to go? [safe place].
- Who can collect you from there? [name].</source>
        <translation>- إذا أرسلت رمز الخطر، فإلى أين تتوقع جهة اتصالك أن تذهب؟ [المكان الآمن].
- مَن يستطيع أن يأخذك من هناك؟ [الاسم].</translation>
    </message>
    <message>
        <source>- List your devices: phone, laptop, tablet. Is each one locked with a strong PIN or passphrase, and encrypted?
- Are your system and apps up to date?
- Use a password manager, and two-step login on email and social media.
- Which accounts would hurt most if someone got into them? Secure those first.
- What sensitive data is on your phone? Delete what you do not need. Back up what you need, encrypted, in a place you control.
- Turn off location sharing. Check which apps can see your contacts and location.
- Who can help if you are hacked? [trusted tech person or digital security helpline].</source>
        <translation>- اكتب قائمة بأجهزتك: الهاتف، والحاسوب المحمول، والجهاز اللوحي. هل كل جهاز مقفل برمز PIN قوي أو بعبارة مرور، ومشفَّر؟
- هل نظام التشغيل والتطبيقات محدَّثة؟
- استخدم مدير كلمات مرور، وفعّل التحقق بخطوتين في البريد الإلكتروني ووسائل التواصل الاجتماعي.
- ما الحسابات التي سيكون اختراقها الأشد ضررًا؟ أمّنها أولًا.
- ما البيانات الحساسة الموجودة على هاتفك؟ احذف ما لا تحتاج إليه. واحتفظ بنسخة احتياطية مشفّرة مما تحتاج إليه في مكان تتحكم فيه.
- أوقف مشاركة الموقع. وتحقق من التطبيقات التي يمكنها الاطلاع على جهات اتصالك وموقعك.
- مَن يستطيع المساعدة إذا تعرّضت للاختراق؟ [شخص موثوق خبير بالتقنية أو خط مساعدة للأمن الرقمي].</translation>
    </message>
    <message>
        <source>- Lock every device with a strong passphrase, not fingerprint or face. Turn on encryption.
- Keep little on your phone: delete old chats, photos and contacts you do not need. Use disappearing messages.
- Keep a list of your accounts so [name] can secure them: email, social media, cloud.
- If you are arrested, [name] changes shared passwords and signs out your sessions where possible.
- After release, do not trust returned devices. Have them checked or replace them. Change all passwords from a clean device.</source>
        <translation>- اقفل كل جهاز بعبارة مرور قوية، لا ببصمة الإصبع أو الوجه. وفعّل التشفير.
- أبقِ على هاتفك أقل ما يمكن: احذف المحادثات القديمة والصور وجهات الاتصال التي لا تحتاج إليها. واستخدم الرسائل ذاتية الاختفاء.
- احتفظ بقائمة بحساباتك كي يتمكن [الاسم] من تأمينها: البريد الإلكتروني، ووسائل التواصل الاجتماعي، والتخزين السحابي.
- إذا قُبض عليك، يغيّر [الاسم] كلمات المرور المشتركة ويُنهي جلساتك المفتوحة حيثما أمكن.
- بعد الإفراج، لا تثق بالأجهزة التي تُعاد إليك. اطلب فحصها أو استبدلها. وغيّر كل كلمات المرور من جهاز سليم.</translation>
    </message>
    <message>
        <source>- Police may search your home or office. Keep sensitive papers and devices elsewhere, or locked away.
- In a search, ask to see the warrant, ask for a witness or your lawyer, and note everything taken.
- Keep copies of key documents away from home: [place].</source>
        <translation>- قد تفتّش الشرطة منزلك أو مكتبك. احتفظ بالأوراق والأجهزة الحساسة في مكان آخر، أو في مكان مقفل.
- أثناء التفتيش، اطلب الاطلاع على إذن التفتيش، واطلب حضور شاهد أو محاميك، ودوّن كل ما يُؤخذ.
- احتفظ بنسخ من الوثائق المهمة بعيدًا عن المنزل: [المكان].</translation>
    </message>
    <message>
        <source>- Signs that mean you should leave home for a while. Example: a direct threat naming your address, a raid on a colleague.
- Where could you stay for a few days at short notice? [place], [person who would host you].
- How would you get there without being followed?
- Keep a small bag ready: ID, medicines, charger, cash, copies of key documents.
- Who looks after your home, pets or plants while you are away? [name].</source>
        <translation>- العلامات التي تعني أن عليك مغادرة منزلك لفترة. مثال: تهديد مباشر يذكر عنوانك، أو مداهمة تطال أحد زملائك.
- أين يمكنك الإقامة بضعة أيام في مهلة قصيرة؟ [المكان]، [الشخص الذي سيستضيفك].
- كيف ستصل إلى هناك دون أن يتبعك أحد؟
- أبقِ حقيبة صغيرة جاهزة: بطاقة الهوية، والأدوية، والشاحن، والنقود، ونسخ من الوثائق المهمة.
- مَن يعتني بمنزلك أو حيواناتك الأليفة أو نباتاتك أثناء غيابك؟ [الاسم].</translation>
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
        <translation>- لا تأخذ إلا الأجهزة التي تحتاج إليها. والأفضل هاتف أو حاسوب محمول نظيف مخصص للسفر.
- قبل المغادرة: أنشئ نسخة احتياطية مشفّرة في المنزل، ثم احذف الملفات والمحادثات والصور التي لا تحتاج إليها في الرحلة.
- سجّل الخروج من الحسابات التي لن تستخدمها. واحذف التطبيقات التي تكشف عملك أو جهات اتصالك.
- اقفل الأجهزة بعبارة مرور قوية. وأوقف فتح القفل بالبصمة والوجه قبل الحدود ونقاط التفتيش.
- تأكد من تفعيل تشفير القرص. وأطفئ الأجهزة قبل العبور.
- اعرف ما إذا كان يحق للمسؤولين في وجهتك مطالبتك بكلمات المرور. وقرّر من الآن ما ستفعله.
- اعتبر شبكات Wi-Fi في الفنادق والأماكن العامة مراقَبة. استخدم VPN أو Tor حيثما كان ذلك آمنًا ومسموحًا.
- أبقِ هذه اليوميات مغلقة حين لا تستخدمها.
- إذا غاب جهاز عن نظرك، فاعتبره مُخترَقًا. غيّر كلمات المرور من جهاز آمن، واطلب من [شخص موثوق خبير بالتقنية] فحصه قبل استخدامه مجددًا.</translation>
    </message>
    <message>
        <source>- Travel is tiring. Plan time to sleep and rest.
- Meeting victims and witnesses can be upsetting. Who can you talk to afterwards? [name].
- Eat and drink regularly. Avoid alcohol in risky settings.
- After you return, take a day off before going back to full work.</source>
        <translation>- السفر مُتعِب. خصّص وقتًا للنوم والراحة.
- قد يكون لقاء الضحايا والشهود مؤلمًا. مع مَن يمكنك التحدث بعد ذلك؟ [الاسم].
- كُل واشرب بانتظام. وتجنّب الكحول في الأوضاع الخطرة.
- بعد عودتك، خذ يوم راحة قبل العودة إلى العمل بكامل طاقتك.</translation>
    </message>
    <message>
        <source>- Use an end-to-end encrypted app for check-ins, with disappearing messages on.
- Do not write exact locations in clear text. Agree simple names for places you visit often.
- Lock your phone with a passphrase. Check your contact&apos;s phone is locked too.</source>
        <translation>- استخدم تطبيقًا مشفّرًا تشفيرًا تامًا بين الطرفين لرسائل الاطمئنان، مع تفعيل الرسائل ذاتية الاختفاء.
- لا تكتب المواقع الدقيقة بنص صريح. واتفقا على أسماء بسيطة للأماكن التي تتردد عليها كثيرًا.
- اقفل هاتفك بعبارة مرور. وتأكد من أن هاتف جهة اتصالك مقفل أيضًا.</translation>
    </message>
    <message>
        <source>- Which family member should your contact call, and at what step? [name].
- What may they be told, and what not?
- Who cares for dependants if you do not come home? [name].</source>
        <translation>- بأي فرد من عائلتك يجب أن تتصل جهة اتصالك، وفي أي خطوة؟ [الاسم].
- ما الذي يجوز إخباره به، وما الذي لا يجوز؟
- مَن يرعى من تعولهم إذا لم تعد إلى المنزل؟ [الاسم].</translation>
    </message>
    <message>
        <source>- Who at home knows your dates and how to reach your check-in contact? [name].
- Who cares for dependants while you are away? [name].
- Who can take over urgent work if you are delayed? [name].</source>
        <translation>- مَن في مكان إقامتك يعرف مواعيد سفرك وكيف يصل إلى جهة الاتصال للاطمئنان؟ [الاسم].
- مَن يرعى من تعولهم أثناء غيابك؟ [الاسم].
- مَن يستطيع تولّي الأعمال العاجلة إذا تأخرت؟ [الاسم].</translation>
    </message>
    <message>
        <source>- Who could arrest you, and on what likely charges? Example: [police unit], for [charge used against others].
- What happened to others arrested recently: how long, where, how treated?
- Which laws are used against defenders here?
- Who helped others get released? Example: [lawyers], [networks], [embassies].</source>
        <translation>- مَن قد يقبض عليك، وبأي تهم محتملة؟ مثال: [وحدة الشرطة]، بتهمة [تهمة استُخدمت ضد آخرين].
- ماذا حدث لآخرين قُبض عليهم مؤخرًا: كم دام احتجازهم، وأين، وكيف عوملوا؟
- ما القوانين التي تُستخدم ضد المدافعين عن حقوق الإنسان هنا؟
- مَن ساعد الآخرين على نيل الإفراج؟ مثال: [محامون]، [شبكات]، [سفارات].</translation>
    </message>
    <message>
        <source>- Who depends on you? Children, parents, others.
- Who would care for them if you could not, for days or months? [name]. Have you asked them?
- Does your family know the basics of this plan, without details that would put them at risk?
- Where are key documents kept: IDs, birth certificates, property papers, power of attorney? [place].
- Who can take over urgent work, cases or files if you are away? [name].
- Who can reach money for rent and bills? Is there some emergency money set aside?</source>
        <translation>- مَن يعتمد عليك؟ الأطفال، والوالدان، وغيرهم.
- مَن سيرعاهم إذا لم تستطع ذلك، لأيام أو أشهر؟ [الاسم]. هل طلبت منه ذلك؟
- هل تعرف عائلتك أساسيات هذه الخطة، دون تفاصيل قد تعرّضها للخطر؟
- أين تُحفظ الوثائق المهمة: بطاقات الهوية، وشهادات الميلاد، وأوراق الملكية، والتوكيل الرسمي؟ [المكان].
- مَن يستطيع تولّي الأعمال أو القضايا أو الملفات العاجلة أثناء غيابك؟ [الاسم].
- مَن يستطيع الوصول إلى المال لدفع الإيجار والفواتير؟ هل هناك مبلغ مُدّخر للطوارئ؟</translation>
    </message>
    <message>
        <source>- Why do you need check-ins now? Name the main threat and the time period. Example: during the trial of [case], because [actor] has threatened you.
- Who could harm you, and where are you most exposed? Example: on the way home, at hearings, in [area].</source>
        <translation>- لماذا تحتاج إلى الاطمئنان الآن؟ حدّد التهديد الرئيسي والفترة الزمنية. مثال: خلال محاكمة [القضية]، لأن [الطرف] هدّدك.
- مَن قد يؤذيك، وأين تكون أكثر عرضة للخطر؟ مثال: في طريق العودة إلى المنزل، أو في الجلسات، أو في [المنطقة].</translation>
    </message>
    <message>
        <source>- Why this trip, and who could be unhappy about it? List people, groups, institutions at the destination and on the way.
- What happened recently to others who went there for similar work?
- Who there can protect or support you? Example: [local organisation], [community leader].</source>
        <translation>- ما سبب هذه الرحلة، ومَن قد يستاء منها؟ اذكر الأشخاص والجماعات والمؤسسات في وجهتك وعلى الطريق.
- ماذا حدث مؤخرًا لآخرين ذهبوا إلى هناك لعمل مشابه؟
- مَن يستطيع هناك حمايتك أو دعمك؟ مثال: [منظمة محلية]، [أحد قادة المجتمع المحلي].</translation>
    </message>
    <message>
        <source>- Write down the places you go most often and the usual routes, so your contact knows where to start looking: [home], [office], [court].
- When travelling, check in at departure, at each stop and on arrival.</source>
        <translation>- دوّن الأماكن التي تتردد عليها أكثر من غيرها وطرقك المعتادة، كي تعرف جهة اتصالك من أين تبدأ البحث: [المنزل]، [المكتب]، [المحكمة].
- عند السفر، أرسل رسالة الاطمئنان عند المغادرة، وفي كل محطة، وعند الوصول.</translation>
    </message>
    <message>
        <source>- Your lawyer: [name of your lawyer], [how to reach them]. Memorise the number.
- Who is called first if you are arrested? [name].
- Your basic rights: to stay silent, to see a lawyer, to tell someone where you are, to medical care.
- For a full plan, use the &apos;If detained&apos; template.</source>
        <translation>- محاميك: [اسم محاميك]، [طريقة التواصل معه]. احفظ الرقم عن ظهر قلب.
- بمن يُتَّصل أولًا إذا قُبض عليك؟ [الاسم].
- حقوقك الأساسية: التزام الصمت، ومقابلة محامٍ، وإبلاغ شخص ما بمكانك، والحصول على الرعاية الطبية.
- لخطة كاملة، استخدم قالب «إذا احتُجزت».</translation>
    </message>
    <message>
        <source>- Your two or three most trusted contacts: [name], [name]. Do they know they are in your plan?
- Which channel for what? Example: Signal for sensitive talk, normal calls for everyday matters.
- A code word that means &apos;I am in danger, act now&apos;: [word].
- A code phrase that means &apos;I cannot talk freely&apos;: [phrase].
- Who speaks to the press or the public if something happens to you? [name].
- Who should never be told the details of this plan?
- Keep a short list of key numbers on paper, in a safe place, in case your phone is taken.</source>
        <translation>- أكثر شخصين أو ثلاثة تثق بهم: [الاسم]، [الاسم]. هل يعلمون أنهم مذكورون في خطتك؟
- أي وسيلة تواصل لأي غرض؟ مثال: Signal للأحاديث الحساسة، والمكالمات العادية للأمور اليومية.
- كلمة رمزية تعني «أنا في خطر، تحرّكوا الآن»: [الكلمة].
- عبارة رمزية تعني «لا أستطيع الكلام بحرية»: [العبارة].
- مَن يتحدث إلى الصحافة أو الجمهور إذا أصابك مكروه؟ [الاسم].
- مَن يجب ألّا يطّلع أبدًا على تفاصيل هذه الخطة؟
- احتفظ بقائمة قصيرة بالأرقام المهمة على ورق، في مكان آمن، تحسّبًا لمصادرة هاتفك.</translation>
    </message>
    <message>
        <source>- a summons, a search, or an investigation opened against you
- the arrest of a colleague or someone in your network
- new laws on protest, terrorism, &apos;foreign agents&apos; or cybercrime
- planned protests, trials or publications that may lead to arrests
- a change of lawyer, of emergency contacts, or of who cares for your dependants
- at least every six months</source>
        <translation>- استدعاء أو تفتيش أو فتح تحقيق ضدك
- القبض على زميل أو على شخص في شبكتك
- قوانين جديدة بشأن الاحتجاج أو الإرهاب أو «العملاء الأجانب» أو الجرائم الإلكترونية
- احتجاجات أو محاكمات أو منشورات مقررة قد تؤدي إلى اعتقالات
- تغيير المحامي أو جهات الاتصال في الطوارئ أو مَن يرعى من تعولهم
- مرة كل ستة أشهر على الأقل</translation>
    </message>
    <message>
        <source>- before you book, and again the day before you leave
- any change of route, dates, hosts or transport
- news of unrest, new checkpoints, curfews or arrests at the destination
- a threat linked to the trip or to the people you will meet
- a border incident, device search or questioning
- after you return: note what worked and what did not</source>
        <translation>- قبل الحجز، ثم مرة أخرى في اليوم السابق للمغادرة
- أي تغيير في خط السير أو المواعيد أو المضيفين أو وسيلة النقل
- أخبار عن اضطرابات أو نقاط تفتيش جديدة أو حظر تجول أو اعتقالات في وجهتك
- تهديد مرتبط بالرحلة أو بالأشخاص الذين ستلتقي بهم
- حادثة على الحدود، أو تفتيش للأجهزة، أو استجواب
- بعد عودتك: دوّن ما نجح وما لم ينجح</translation>
    </message>
    <message>
        <source>A backup channel. Code words. A paper list of numbers.</source>
        <translation>وسيلة تواصل احتياطية. كلمات رمزية. قائمة أرقام مكتوبة على ورق.</translation>
    </message>
    <message>
        <source>A backup contact. Phone reminders. A power bank.</source>
        <translation>جهة اتصال احتياطية. تذكيرات على الهاتف. بطارية متنقلة.</translation>
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
        <translation>رسالة الاطمئنان رسالة قصيرة تُرسَل في موعد متفق عليه وتقول «أنا بخير». إذا لم تصل، تتصرف جهة اتصالك وفق خطة اتفقتما عليها مسبقًا.
اتفق مع جهة اتصالك على ما يلي
- مَن: جهة اتصال رئيسية واحدة [الاسم] وجهة احتياطية واحدة [الاسم]. كلتاهما وافقت ولديها نسخة من هذه الخطة.
- متى: مواعيد ثابتة. مثال: كل يوم الساعة 09:00 و21:00، أو قبل الاجتماع وبعده.
- كيف: وسيلة تواصل رئيسية واحدة ووسيلة احتياطية واحدة. مثال: Signal، ثم الرسائل النصية (SMS).
- ماذا: رسالة قصيرة تبدو عادية. مثال: «كل شيء على ما يرام، نتحدث لاحقًا».
- رمز الخطر: كلمة تعني «أنا في ورطة، ابدأوا الآن»: [الكلمة].
- رمز عدم القدرة على الكلام: عبارة تعني «هناك أحد معي، لا أستطيع الكلام»: [العبارة].
- مهلة الانتظار: المدة التي تنتظرها جهة اتصالك قبل التحرك.
تحتفظ جهة اتصالك، في مكان آمن، بما يلي
- اسمك الكامل، وصورة حديثة لك، وتاريخ ميلادك، ورقم هويتك
- خططك لليوم: أين، ومع مَن، وكيف تتنقل
- [اسم محاميك] وطريقة التواصل معه
- بأي فرد من العائلة يُتَّصل، وما الذي يجوز إخباره به
- احتياجاتك الطبية
القواعد
- لا تتخطَّ موعد اطمئنان عمدًا أبدًا. وإذا كنت ستتأخر، فأخبر جهة اتصالك مبكرًا.
- أنهِ الاطمئنان بوضوح: «عدتُ، أوقفوا المتابعة».
- الإنذارات الكاذبة تحدث. اشكر جهة اتصالك، وعالج السبب، واستمر.</translation>
    </message>
    <message>
        <source>A consequence of your detention</source>
        <translation>نتيجة لاحتجازك</translation>
    </message>
    <message>
        <source>A lawyer agreed in advance. An emergency contact. A network ready to respond.</source>
        <translation>محامٍ متفق معه مسبقًا. جهة اتصال للطوارئ. شبكة مستعدة للتحرك.</translation>
    </message>
    <message>
        <source>A local lawyer identified in advance. Regular check-ins. Embassy support if abroad.</source>
        <translation>محامٍ محلي محدَّد مسبقًا. رسائل اطمئنان منتظمة. دعم السفارة إذا كنت في الخارج.</translation>
    </message>
    <message>
        <source>A network of lawyers. Clear records of funding and activities.</source>
        <translation>شبكة من المحامين. سجلات واضحة للتمويل والأنشطة.</translation>
    </message>
    <message>
        <source>A publicly visible role. No lawyer reachable at night.</source>
        <translation>دور ظاهر للعلن. لا يوجد محامٍ يمكن الوصول إليه ليلًا.</translation>
    </message>
    <message>
        <source>A reliable driver. Travel insurance. First aid kit. Local advice.</source>
        <translation>سائق موثوق. تأمين سفر. حقيبة إسعافات أولية. نصائح من أهل المنطقة.</translation>
    </message>
    <message>
        <source>A travel phone. An encrypted backup at home. Knowing your rights at the border.</source>
        <translation>هاتف مخصص للسفر. نسخة احتياطية مشفّرة في المنزل. معرفة حقوقك على الحدود.</translation>
    </message>
    <message>
        <source>A trusted contact reachable day and night. A lawyer ready to act.</source>
        <translation>جهة اتصال موثوقة يمكن الوصول إليها ليلًا ونهارًا. محامٍ مستعد للتحرك.</translation>
    </message>
    <message>
        <source>A trusted local contact. A simple, true reason for your visit.</source>
        <translation>جهة اتصال محلية موثوقة. سبب بسيط وصادق لزيارتك.</translation>
    </message>
    <message>
        <source>After a false alarm, talk calmly, find the cause, adjust times or channels, and continue.</source>
        <translation>بعد أي إنذار كاذب، تحدّثا بهدوء، وحدّدا السبب، وعدّلا المواعيد أو وسائل التواصل، ثم استمرا.</translation>
    </message>
    <message>
        <source>Agree a backup channel. Use encrypted apps with disappearing messages. Use agreed place names instead of addresses.</source>
        <translation>اتفقا على وسيلة تواصل احتياطية. استخدما تطبيقات مشفّرة مع الرسائل ذاتية الاختفاء. استخدما أسماء متفقًا عليها للأماكن بدلًا من العناوين.</translation>
    </message>
    <message>
        <source>Agree a carer now, sign an authorisation, and set aside emergency money.</source>
        <translation>اتفق الآن مع مقدّم رعاية، ووقّع له تفويضًا، وادّخر مبلغًا للطوارئ.</translation>
    </message>
    <message>
        <source>Arbitrary arrest at a protest, at home or at a checkpoint</source>
        <translation>القبض التعسفي في احتجاج أو في المنزل أو عند نقطة تفتيش</translation>
    </message>
    <message>
        <source>Arrest or detention during the trip</source>
        <translation>القبض أو الاحتجاز أثناء الرحلة</translation>
    </message>
    <message>
        <source>At departure, at each stop, on arrival, and every evening at 20:00 while away</source>
        <translation>عند المغادرة، وفي كل محطة، وعند الوصول، وكل مساء الساعة 20:00 طوال فترة الغياب</translation>
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
        <translation>قبل ذلك
- احفظ رقم محاميك عن ظهر قلب: [اسم محاميك].
- اكتب حقوقك على بطاقة باللغة المحلية.
- أبقِ أدويتك وملاحظة طبية قصيرة جاهزة.
- قرّر ما ستقوله: بيانات هويتك، وأنك تريد محاميك. لا أكثر.
أثناء القبض عليك
- حافظ على هدوئك. لا تقاوم ولا تهرب.
- انتبه إلى الوقت والمكان وأسماء العناصر وأرقام شاراتهم والمركبة، واحفظها.
- إن استطعت، أرسل رمز الخطر إلى [الاسم]، أو قل اسمك واسم محاميك بصوت عالٍ ليسمعه من حولك.
- اسأل: «هل أنا موقوف؟ لماذا؟ إلى أين تأخذونني؟»
أثناء الاحتجاز
- قل: «سألتزم الصمت حتى يحضر محاميّ.»
- اطلب إبلاغ [الاسم] أو عائلتك.
- اطلب طبيبًا وأدويتك، ومترجمًا إن لزم الأمر.
- لا توقّع أي شيء دون حضور محاميك، ولا أي شيء لا تفهمه.
- لا تفتح قفل أجهزتك ولا تُعطِ كلمات المرور. [دوّن ما ينص عليه القانون هنا وما تقرّره.]
- لا تناقش قضيتك مع زملائك في الزنزانة.
بعد الإفراج
- دوّن كل ما حدث في أقرب وقت ممكن.
- راجع طبيبًا واحتفظ بتقريره.
- اعتبر الأجهزة التي أُعيدت إليك مُخترَقة.
- خذ قسطًا من الراحة، وتحدّث إلى شخص تثق به.</translation>
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
        <translation>قبل السفر
- مَن يعرف بالرحلة؟ لا تُخبر إلا من يحتاج إلى المعرفة: [القائمة].
- خط السير ووسيلة النقل والجدول الزمني: [التفاصيل]. هل هناك خيار أكثر أمانًا، حتى لو كان أبطأ؟
- مكان الإقامة: [المكان]. فضّل مكانًا يعرف فيه آخرون أنك موجود. وتحقق من المخارج.
- المخاطر في وجهتك: نقاط التفتيش، وحظر التجول، والجريمة، والمناطق التي يجب تجنبها.
- الوثائق: جواز السفر، وبطاقة الهوية، والتأشيرة، وخطاب الدعوة. احتفظ بنسخ ورقية بعيدًا عن الأصول.
- المال: نقود بالعملة المحلية، موزّعة في مكانين.
- الصحة: أدوية تكفي الرحلة كلها مع أيام إضافية، وتأمين، وحقيبة إسعافات أولية صغيرة.
على الطريق
- لا تلفت الانتباه. لا تتحدث عن عملك في سيارات الأجرة أو الأماكن العامة.
- تجنّب الطرق الخطرة ليلًا.
- التقِ بالناس في أماكن تحققت منها مسبقًا.
- إذا شعرت بأن أحدًا يتبعك، فاذهب إلى مكان مزدحم وأرسل رسالة الاطمئنان مبكرًا.
على الحدود وعند نقاط التفتيش
- حافظ على هدوئك وتهذيبك. قدّم إجابات بسيطة ومتسقة.
- لا تحمل إلا ما تقبل أن يُفتَّش.
أثناء غيابك
- مَن يراقب منزلك ومكتبك؟ [الاسم].
- ضع الأوراق الحساسة في مكان مقفل أو انقلها قبل المغادرة.</translation>
    </message>
    <message>
        <source>Being followed or questioned about meetings with victims or witnesses</source>
        <translation>التعرّض للتتبّع أو الاستجواب بشأن لقاءات مع ضحايا أو شهود</translation>
    </message>
    <message>
        <source>Being watched and followed on the way to work or meetings</source>
        <translation>التعرّض للمراقبة والتتبّع في الطريق إلى العمل أو الاجتماعات</translation>
    </message>
    <message>
        <source>Check in on time. Share your daily plans with your contact. Your contact keeps your lawyer&apos;s details at hand.</source>
        <translation>أرسل رسائل الاطمئنان في مواعيدها. شارك خططك اليومية مع جهة اتصالك. تُبقي جهة اتصالك بيانات محاميك في متناول يدها.</translation>
    </message>
    <message>
        <source>Check-in channel is watched, blocked or your phone is taken</source>
        <translation>وسيلة التواصل للاطمئنان مراقَبة أو محجوبة، أو يُصادَر هاتفك</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>بروتوكول الاطمئنان</translation>
    </message>
    <message>
        <source>Colleagues who can come along. Good knowledge of the area. Other transport options.</source>
        <translation>زملاء يمكنهم مرافقتك. معرفة جيدة بالمنطقة. خيارات نقل أخرى.</translation>
    </message>
    <message>
        <source>Contacts, case files and chats on the phone. Phone opens with a fingerprint.</source>
        <translation>جهات الاتصال وملفات القضايا والمحادثات موجودة على الهاتف. الهاتف يُفتح ببصمة الإصبع.</translation>
    </message>
    <message>
        <source>Criminal charges or a lawsuit meant to stop your work</source>
        <translation>تهم جنائية أو دعوى قضائية تهدف إلى إيقاف عملك</translation>
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
        <translation>مَن تعولهم
- مَن يرعى أطفالك أو غيرهم ممن يعتمدون عليك، فورًا ولأشهر؟ [الاسم]. هل وافق على ذلك؟
- أين وثائقهم، وبيانات مدرستهم، وطبيبهم، وأدويتهم؟ [المكان].
- تفويض موقَّع أو توكيل رسمي باسم [الاسم]، محفوظ في [المكان].
- ماذا سيُقال للأطفال، ومَن سيقوله؟ استخدم كلمات بسيطة وصادقة تناسب أعمارهم.
المال
- مَن يدفع الإيجار والفواتير وأتعاب المحاماة؟ [الاسم]. من أي حساب أو صندوق طوارئ؟
- احتفظ ببعض النقود لدى شخص موثوق.
العمل
- مَن يتولى القضايا العاجلة والمواعيد النهائية والمصادر؟ [الاسم].
- مَن يُبلغ الشركاء والجهات المانحة؟
الأجهزة وهذه اليوميات
- قرّر الآن ما سيحدث لأجهزتك وحساباتك إذا قُبض عليك، ومَن سيتولى ذلك: [الاسم].
- هذه اليوميات مشفّرة. لا تُعطِ عبارة المرور لأي شخص قد يُجبَر على كشفها.
- مَن يحتفظ بنسخة احتياطية مشفّرة، وأين؟ [الاسم]، [المكان].
أثناء الاحتجاز
- مَن يُحضر الطعام والملابس والأدوية؟ مَن يزورك؟ مَن يساند عائلتك؟</translation>
    </message>
    <message>
        <source>Dependants left without care or money</source>
        <translation>بقاء من تعولهم دون رعاية أو مال</translation>
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
        <translation>صِف وضعك في بضعة أسطر قصيرة.
- ما طبيعة عملك؟ وأي جزء منه يُزعج أصحاب النفوذ؟
- مَن قد يرغب في إيقاف عملك، ولماذا؟ اذكر الأشخاص والجماعات والمؤسسات. مثال: [مسؤول محلي]، [موظفو أمن شركة]، [جماعة مسلحة].
- ما الذي يستطيع كلٌّ منهم فعله حقًا؟ مثال: تتبّعك، أو مقاضاتك، أو تشويه سمعتك على الإنترنت، أو القبض عليك.
- مَن يساندك أو يحميك؟ مثال: [زميل]، [منظمة]، [اسم محاميك]، [صحفي تثق به].
- مَن هو محايد ولكن يمكن كسبه إلى صفك؟ مثال: [قائد الشرطة المحلية]، [زعيم ديني].
- ماذا حدث خلال العام الماضي لآخرين يقومون بعمل مشابه هنا؟
- التهديدات التي تلقيتها: دوّن لكل منها التاريخ، وكيف وصل، وكلماته بالضبط، ومَن تظن أنه أرسله.
تذكّر: الخطر = التهديدات × نقاط الضعف / القدرات. حتى حين لا تستطيع إيقاف تهديد ما، يمكنك تقليل الخطر الذي تواجهه بالحد من نقاط الضعف وبناء القدرات.</translation>
    </message>
    <message>
        <source>Devices searched and data taken at a border or checkpoint</source>
        <translation>تفتيش الأجهزة والاستيلاء على البيانات على الحدود أو عند نقطة تفتيش</translation>
    </message>
    <message>
        <source>Disappearance or detention without anyone knowing for hours</source>
        <translation>الاختفاء أو الاحتجاز دون أن يعلم أحد لساعات</translation>
    </message>
    <message>
        <source>Do not answer a summons or questions without your lawyer. Inform your network. Start the &apos;If detained&apos; plan if arrest seems likely.</source>
        <translation>لا تستجب لأي استدعاء ولا تُجب عن أي أسئلة دون حضور محاميك. أبلغ شبكتك. ابدأ بتنفيذ خطة «إذا احتُجزت» إذا بدا القبض عليك مرجَّحًا.</translation>
    </message>
    <message>
        <source>Do not reply in anger. Save screenshots and links with dates. Report the accounts to the platform. Ask [ally] for a public statement if needed. Step back from social media for a few days.</source>
        <translation>لا تردّ بغضب. احفظ لقطات الشاشة والروابط مع تواريخها. أبلغ المنصة عن الحسابات. اطلب من [حليف] إصدار بيان علني إن لزم الأمر. ابتعد عن وسائل التواصل الاجتماعي بضعة أيام.</translation>
    </message>
    <message>
        <source>Encryption. Strong passphrases. A trusted person who can change shared passwords.</source>
        <translation>التشفير. عبارات مرور قوية. شخص موثوق يستطيع تغيير كلمات المرور المشتركة.</translation>
    </message>
    <message>
        <source>Every day at 09:00 and 21:00, and within 30 minutes after each sensitive meeting</source>
        <translation>كل يوم الساعة 09:00 و21:00، وخلال 30 دقيقة بعد كل اجتماع حساس</translation>
    </message>
    <message>
        <source>Every day at 20:00 during times of high arrest risk, and before and after protests, hearings or a police summons</source>
        <translation>كل يوم الساعة 20:00 في فترات ارتفاع خطر القبض، وقبل الاحتجاجات أو الجلسات أو الاستدعاءات من الشرطة وبعدها</translation>
    </message>
    <message>
        <source>False alarms or tiredness lead to the protocol being dropped</source>
        <translation>الإنذارات الكاذبة أو الإرهاق تؤدي إلى التخلي عن البروتوكول</translation>
    </message>
    <message>
        <source>Family and friends. An emergency fund. Your organisation.</source>
        <translation>العائلة والأصدقاء. صندوق للطوارئ. منظمتك.</translation>
    </message>
    <message>
        <source>Find a local lawyer before you travel. Carry invitation letters. Check in at every stage.</source>
        <translation>ابحث عن محامٍ محلي قبل السفر. احمل خطابات الدعوة معك. أرسل رسالة الاطمئنان في كل مرحلة.</translation>
    </message>
    <message>
        <source>Get to safety first, then check in. Use insurance and the local contact. Change the plan or end the trip if unrest grows.</source>
        <translation>انتقل إلى مكان آمن أولًا، ثم أرسل رسالة الاطمئنان. استعن بالتأمين وبجهة الاتصال المحلية. غيّر الخطة أو أنهِ الرحلة إذا تصاعدت الاضطرابات.</translation>
    </message>
    <message>
        <source>Go and stay with [friend] for a few days. Tell your organisation and protection networks. Write down everything that happened. Review this plan.</source>
        <translation>اذهب وأقِم لدى [صديق] بضعة أيام. أبلغ منظمتك وشبكات الحماية. دوّن كل ما حدث. راجع هذه الخطة.</translation>
    </message>
    <message>
        <source>Going alone to meetings. Family does not know whom to call.</source>
        <translation>الذهاب إلى الاجتماعات بمفردك. العائلة لا تعرف بمن تتصل.</translation>
    </message>
    <message>
        <source>Good relations with neighbours. A place to stay with [friend].</source>
        <translation>علاقات جيدة مع الجيران. مكان للإقامة لدى [صديق].</translation>
    </message>
    <message>
        <source>Held without a lawyer. A health condition that needs regular medicine.</source>
        <translation>الاحتجاز دون محامٍ. حالة صحية تتطلب دواءً منتظمًا.</translation>
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
        <translation>المنزل
- مَن لديه مفاتيح؟ غيّر الأقفال إن لم تكن متأكدًا.
- ما أضعف نقطة: باب، أم نافذة، أم إضاءة ضعيفة؟ كيف يمكنك تحسينها؟
- هل يستطيع الجيران تنبيهك إلى وجود غرباء أو سيارات غير مألوفة؟
- احتفظ بالأوراق الحساسة خارج المنزل، أو في مكان مقفل.
المكتب
- مَن يستطيع الدخول، وكيف يُتحقق من الزوار؟
- ماذا يحدث للملفات والحواسيب ليلًا، أو عند المداهمة؟
- هل يوجد مخرج ثانٍ؟
التنقل اليومي
- نوّع طرقك ومواعيدك قدر المستطاع.
- انتبه إذا ظهر الشخص نفسه أو السيارة نفسها أو الدراجة النارية نفسها أكثر من مرة. دوّن التاريخ والوقت والمكان ووصفًا لما رأيت.
- بعد أي تهديد، تجنّب البقاء وحدك في أماكن معزولة، خاصة ليلًا.
- أخبر أحدًا قبل أي اجتماع حساس، ثم مرة أخرى عند عودتك.
السفر
- للرحلات الخطرة، استخدم قالب «خطة السلامة أثناء السفر».</translation>
    </message>
    <message>
        <source>Home address widely known. Poor lighting. Living alone.</source>
        <translation>عنوان المنزل معروف على نطاق واسع. إضاءة ضعيفة. العيش بمفردك.</translation>
    </message>
    <message>
        <source>Home area and family photos visible online. Weak or reused passwords on some accounts.</source>
        <translation>منطقة السكن وصور العائلة ظاهرة على الإنترنت. كلمات مرور ضعيفة أو مكررة في بعض الحسابات.</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>إذا احتُجزت</translation>
    </message>
    <message>
        <source>If followed, go to a busy public place, not home. Send the danger code to [trusted contact]. Share the log with your organisation and your lawyer.</source>
        <translation>إذا تبعك أحد، فاذهب إلى مكان عام مزدحم، لا إلى المنزل. أرسل رمز الخطر إلى [جهة الاتصال الموثوقة]. شارك السجل مع منظمتك ومحاميك.</translation>
    </message>
    <message>
        <source>If you are abroad, your contact calls your embassy or consulate. Protection networks are alerted. The &apos;If detained&apos; plan starts.</source>
        <translation>إذا كنت في الخارج، تتصل جهة اتصالك بسفارتك أو قنصليتك. وتُنبَّه شبكات الحماية. ويبدأ تنفيذ خطة «إذا احتُجزت».</translation>
    </message>
    <message>
        <source>Ill-treatment or pressure to confess in custody</source>
        <translation>سوء المعاملة أو الضغط للاعتراف أثناء الاحتجاز</translation>
    </message>
    <message>
        <source>Improve locks and lighting. Ask neighbours to tell you about strangers. Keep a bag ready to leave.</source>
        <translation>حسّن الأقفال والإضاءة. اطلب من الجيران إخبارك بوجود غرباء. أبقِ حقيبة جاهزة للمغادرة.</translation>
    </message>
    <message>
        <source>Keep registration, tax and funding records in order and backed up. Agree now with [name of your lawyer] that they will act for you.</source>
        <translation>حافظ على سجلات التسجيل والضرائب والتمويل منظَّمة واحتفظ بنسخ احتياطية منها. اتفق الآن مع [اسم محاميك] على أن يتولى الدفاع عنك.</translation>
    </message>
    <message>
        <source>Knowing your rights. A fast legal and public response. A prepared medical note.</source>
        <translation>معرفة حقوقك. استجابة قانونية وعلنية سريعة. ملاحظة طبية مُعدّة مسبقًا.</translation>
    </message>
    <message>
        <source>Long check-in periods. One contact carrying all the load.</source>
        <translation>فترات اطمئنان تمتد طويلًا. جهة اتصال واحدة تتحمل العبء كله.</translation>
    </message>
    <message>
        <source>Long stress wears down health and judgement. Caring for yourself is part of your security.
- Your early signs of too much stress. Example: poor sleep, anger, drinking more, forgetting things.
- What helps you recover? Example: walking, prayer, time with friends, sport.
- Who can you talk to honestly? [name or counsellor].
- Set limits: how many hours do you work? When are you off?
- After a threat or an attack, rest and talk it through. Strong reactions are normal, not weakness.
- Plan one small thing each week that is only for you.</source>
        <translation>الضغط المستمر يُنهك الصحة ويُضعف القدرة على التقدير. والعناية بنفسك جزء من أمنك.
- علاماتك المبكرة على الضغط الزائد. مثال: قلة النوم، أو الغضب، أو الإفراط في الشرب، أو النسيان.
- ما الذي يساعدك على التعافي؟ مثال: المشي، أو الصلاة، أو قضاء الوقت مع الأصدقاء، أو الرياضة.
- مع مَن يمكنك التحدث بصراحة؟ [الاسم أو المستشار النفسي].
- ضع حدودًا: كم ساعة تعمل؟ ومتى تأخذ إجازة؟
- بعد أي تهديد أو اعتداء، استرح وتحدّث عمّا جرى. ردود الفعل القوية طبيعية، وليست ضعفًا.
- خطّط كل أسبوع لشيء صغير واحد لك وحدك.</translation>
    </message>
    <message>
        <source>Memorise your lawyer&apos;s number. Tell your contact before protests. Go with others, not alone.</source>
        <translation>احفظ رقم محاميك عن ظهر قلب. أخبر جهة اتصالك قبل المشاركة في الاحتجاجات. اذهب مع آخرين، لا بمفردك.</translation>
    </message>
    <message>
        <source>My check-in protocol</source>
        <translation>بروتوكول الاطمئنان الخاص بي</translation>
    </message>
    <message>
        <source>My personal safety plan</source>
        <translation>خطة سلامتي الشخصية</translation>
    </message>
    <message>
        <source>My plan if I am detained</source>
        <translation>خطتي إذا احتُجزت</translation>
    </message>
    <message>
        <source>Not an outside actor: routine, tiredness, flat batteries, no signal</source>
        <translation>ليس طرفًا خارجيًا: الروتين، والإرهاق، ونفاد البطارية، وانقطاع الإشارة</translation>
    </message>
    <message>
        <source>Online smear campaign and threats on social media</source>
        <translation>حملة تشويه سمعة عبر الإنترنت وتهديدات على وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Only in times of higher risk: before and after sensitive meetings, or every evening at 21:00 after a new threat</source>
        <translation>في فترات ارتفاع الخطر فقط: قبل الاجتماعات الحساسة وبعدها، أو كل مساء الساعة 21:00 بعد أي تهديد جديد</translation>
    </message>
    <message>
        <source>Only one channel agreed. Locations sent in clear text.</source>
        <translation>وسيلة تواصل واحدة فقط متفق عليها. المواقع تُرسَل بنص صريح.</translation>
    </message>
    <message>
        <source>Personal safety plan</source>
        <translation>خطة السلامة الشخصية</translation>
    </message>
    <message>
        <source>Phone opens with a fingerprint. Sensitive chats kept for years.</source>
        <translation>الهاتف يُفتح ببصمة الإصبع. محادثات حساسة محفوظة منذ سنوات.</translation>
    </message>
    <message>
        <source>Physical attack at or near your home</source>
        <translation>اعتداء جسدي في منزلك أو بالقرب منه</translation>
    </message>
    <message>
        <source>Plan how to leave early if things go wrong.
- Signs that mean you end the trip. Example: your name in local media, a host arrested, police asking about you at your lodging.
- A safe place nearby for a few hours or days: [place], [person].
- Exit routes: [road], [bus], [flight]. Keep enough money for a last-minute ticket.
- If abroad, the embassy or consulate that could help: [embassy], [how to reach it].
- Who decides with you that it is time to leave? [name].
- If you must leave fast, what do you take, and what do you leave or delete?</source>
        <translation>خطّط لكيفية المغادرة مبكرًا إذا ساءت الأمور.
- العلامات التي تعني أن عليك إنهاء الرحلة. مثال: ظهور اسمك في وسائل الإعلام المحلية، أو القبض على أحد مضيفيك، أو سؤال الشرطة عنك في مكان إقامتك.
- مكان آمن قريب لبضع ساعات أو أيام: [المكان]، [الشخص].
- طرق الخروج: [الطريق]، [الحافلة]، [الرحلة الجوية]. احتفظ بما يكفي من المال لشراء تذكرة في اللحظة الأخيرة.
- إذا كنت في الخارج، السفارة أو القنصلية التي يمكن أن تساعدك: [السفارة]، [طريقة التواصل معها].
- مَن يقرر معك أن الوقت قد حان للمغادرة؟ [الاسم].
- إذا اضطررت إلى المغادرة بسرعة، فماذا تأخذ، وماذا تترك أو تحذف؟</translation>
    </message>
    <message>
        <source>Prepare and practise what you will say: identity details and a request for your lawyer. Keep a medical note ready.</source>
        <translation>حضّر ما ستقوله وتدرّب عليه: بيانات هويتك وطلب حضور محاميك. أبقِ ملاحظة طبية جاهزة.</translation>
    </message>
    <message>
        <source>Protection networks are alerted. Your lawyer, family and contact decide on public action, following your wishes.</source>
        <translation>تُنبَّه شبكات الحماية. ويقرر محاميك وعائلتك وجهة اتصالك بشأن التحرك العلني، وفقًا لرغباتك.</translation>
    </message>
    <message>
        <source>Registration, tax or funding papers not fully in order. No lawyer ready to act.</source>
        <translation>أوراق التسجيل أو الضرائب أو التمويل ليست مستوفاة تمامًا. لا يوجد محامٍ مستعد للتحرك.</translation>
    </message>
    <message>
        <source>Remove your address and family photos from public profiles. Use strong, unique passwords and two-step login. Ask [colleague] to watch for attacks.</source>
        <translation>احذف عنوانك وصور عائلتك من ملفاتك الشخصية العامة. استخدم كلمات مرور قوية وفريدة والتحقق بخطوتين. اطلب من [زميل] رصد أي هجمات.</translation>
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
        <translation>راجع هذه الخطة مرة كل ثلاثة أشهر على الأقل، وفورًا بعد أي مما يلي:
- تهديد جديد أو تحذير أو علامة على أنك مراقَب
- اعتداء أو قبض أو مداهمة يطالك أو يطال شخصًا في شبكتك
- تغيير في عملك، أو قضية جديدة، أو تصريح علني يلفت الانتباه
- انتقال المنزل أو المكتب، أو تغيير في عائلتك
- رحلة مقررة إلى مكان خطر
- قانون جديد، أو انتخابات، أو احتجاجات، أو أي تغيير سياسي آخر
- فقدان جهاز أو سرقته أو مصادرته</translation>
    </message>
    <message>
        <source>Review this protocol:
- before each time of higher risk: a trial, a protest, a trip, a publication
- when your check-in contact changes, travels or becomes unavailable
- after every missed check-in, real or false alarm
- when a channel stops working or may be watched
- after an arrest or attack in your network
- at least every three months</source>
        <translation>راجع هذا البروتوكول:
- قبل كل فترة يرتفع فيها الخطر: محاكمة، أو احتجاج، أو رحلة، أو نشر
- عند تغيير جهة الاتصال للاطمئنان، أو سفرها، أو تعذّر الوصول إليها
- بعد كل موعد اطمئنان فائت، سواء كان الإنذار حقيقيًا أو كاذبًا
- عندما تتوقف وسيلة تواصل عن العمل أو قد تكون مراقَبة
- بعد أي قبض أو اعتداء في شبكتك
- مرة كل ثلاثة أشهر على الأقل</translation>
    </message>
    <message>
        <source>Road accident, crime or sudden unrest</source>
        <translation>حادث طريق أو جريمة أو اضطرابات مفاجئة</translation>
    </message>
    <message>
        <source>Same route and times every day. Meetings announced in open chat groups.</source>
        <translation>الطريق والمواعيد نفسها كل يوم. اجتماعات يُعلَن عنها في مجموعات محادثة مفتوحة.</translation>
    </message>
    <message>
        <source>Seized devices expose contacts, sources and this journal</source>
        <translation>الأجهزة المصادَرة تكشف جهات الاتصال والمصادر وهذه اليوميات</translation>
    </message>
    <message>
        <source>Set a reminder alarm before each check-in. Carry a charged power bank. Share the task between two contacts. Review after the first week.</source>
        <translation>اضبط منبّهًا للتذكير قبل كل موعد اطمئنان. احمل بطارية متنقلة مشحونة. وزّع المهمة بين جهتي اتصال. راجع الترتيب بعد الأسبوع الأول.</translation>
    </message>
    <message>
        <source>Single carer. No savings. No written authorisation for another carer.</source>
        <translation>مقدّم رعاية وحيد. لا مدخرات. لا يوجد تفويض مكتوب لمقدّم رعاية آخر.</translation>
    </message>
    <message>
        <source>Stay calm. Ask for a written record of what is taken. Afterwards, warn contacts who may be exposed, change passwords, and treat the device as compromised.</source>
        <translation>حافظ على هدوئك. اطلب محضرًا مكتوبًا بما يُؤخذ. بعد ذلك، حذّر جهات الاتصال التي قد تكون انكشفت، وغيّر كلمات المرور، واعتبر الجهاز مُخترَقًا.</translation>
    </message>
    <message>
        <source>Stop meetings, check in early and move to the safe place. Warn the people you met if they may be at risk.</source>
        <translation>أوقف اللقاءات، وأرسل رسالة الاطمئنان مبكرًا، وانتقل إلى المكان الآمن. حذّر الأشخاص الذين التقيت بهم إذا كانوا قد يتعرضون للخطر.</translation>
    </message>
    <message>
        <source>Supportive networks and journalists. A colleague who can help save evidence.</source>
        <translation>شبكات وصحفيون داعمون. زميل يستطيع المساعدة في حفظ الأدلة.</translation>
    </message>
    <message>
        <source>Switch to the backup channel. If both fail, your contact treats it as a missed check-in and starts escalation.</source>
        <translation>انتقل إلى وسيلة التواصل الاحتياطية. إذا تعطّلت الوسيلتان، تعدّ جهة اتصالك ذلك موعد اطمئنان فائتًا وتبدأ خطوات التصعيد.</translation>
    </message>
    <message>
        <source>The carer takes the children at once. Your organisation or network helps with emergency funds.</source>
        <translation>يتولى مقدّم الرعاية أمر الأطفال فورًا. وتساعد منظمتك أو شبكتك بأموال الطوارئ.</translation>
    </message>
    <message>
        <source>Travel at night on unknown roads. Carrying all money and documents in one bag.</source>
        <translation>السفر ليلًا على طرق غير مألوفة. حمل كل المال والوثائق في حقيبة واحدة.</translation>
    </message>
    <message>
        <source>Travel in daylight with a reliable driver. Split money and documents. Ask local contacts about the situation each day.</source>
        <translation>سافر في النهار مع سائق موثوق. وزّع المال والوثائق. اسأل جهات الاتصال المحلية عن الوضع كل يوم.</translation>
    </message>
    <message>
        <source>Travel plan: [destination, dates]</source>
        <translation>خطة السفر: [الوجهة، التواريخ]</translation>
    </message>
    <message>
        <source>Travel safety plan</source>
        <translation>خطة السلامة أثناء السفر</translation>
    </message>
    <message>
        <source>Travel with as little data as possible. Use a passphrase and switch devices off before crossing. Leave sensitive files in the encrypted backup at home.</source>
        <translation>سافر بأقل قدر ممكن من البيانات. استخدم عبارة مرور وأطفئ الأجهزة قبل العبور. اترك الملفات الحساسة في النسخة الاحتياطية المشفّرة في المنزل.</translation>
    </message>
    <message>
        <source>Unfamiliar legal system. No local lawyer. No one nearby knows you.</source>
        <translation>نظام قانوني غير مألوف. لا يوجد محامٍ محلي. لا أحد في المكان يعرفك.</translation>
    </message>
    <message>
        <source>Use passphrases, encryption, little stored data and disappearing messages. Keep regular encrypted backups elsewhere.</source>
        <translation>استخدم عبارات المرور والتشفير، وأقلّ قدر من البيانات المخزنة، والرسائل ذاتية الاختفاء. احتفظ بنسخ احتياطية مشفّرة منتظمة في مكان آخر.</translation>
    </message>
    <message>
        <source>Use this before a trip to a risky area or abroad, such as a field visit, a hearing or a conference.</source>
        <translation>استخدم هذا القالب قبل السفر إلى منطقة خطرة أو إلى الخارج، مثل زيارة ميدانية أو جلسة استماع أو مؤتمر.</translation>
    </message>
    <message>
        <source>Use this for one overall plan for your own safety: your work, home, devices, health and the people who depend on you.</source>
        <translation>استخدم هذا القالب لوضع خطة شاملة واحدة لسلامتك الشخصية: عملك ومنزلك وأجهزتك وصحتك والأشخاص الذين يعتمدون عليك.</translation>
    </message>
    <message>
        <source>Use this to agree regular check-ins with a trusted person, and exactly what they do if you miss one.</source>
        <translation>استخدم هذا القالب للاتفاق مع شخص موثوق على مواعيد اطمئنان منتظمة، وعلى ما يفعله بالضبط إذا فاتك أحدها.</translation>
    </message>
    <message>
        <source>Use this to prepare for arrest or detention, so you and the people around you know what to do before, during and after.</source>
        <translation>استخدم هذا القالب للاستعداد لاحتمال القبض عليك أو احتجازك، حتى تعرف أنت والمحيطون بك ما يجب فعله قبل ذلك وأثناءه وبعده.</translation>
    </message>
    <message>
        <source>Vary meeting places and check them first. Few people know the schedule. Do not write names of the people you meet in your notes.</source>
        <translation>نوّع أماكن اللقاء وتحقّق منها مسبقًا. لا يعرف الجدول الزمني إلا قلة من الناس. لا تكتب أسماء من تلتقي بهم في ملاحظاتك.</translation>
    </message>
    <message>
        <source>Vary routes and times. Arrange sensitive meetings only over secure channels. Log each suspicious sighting with date, time, place and description.</source>
        <translation>نوّع الطرق والمواعيد. رتّب الاجتماعات الحساسة عبر وسائل تواصل آمنة فقط. سجّل كل مشاهدة مريبة مع التاريخ والوقت والمكان والوصف.</translation>
    </message>
    <message>
        <source>Visitors from outside stand out. Your host is well known locally.</source>
        <translation>الزوار من خارج المنطقة يلفتون الانتباه. مضيفك معروف محليًا.</translation>
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
        <translation>مَن يُتَّصل بهم، بهذا الترتيب. تحتفظ جهات اتصالك بهذه القائمة على ورق أيضًا.
1. [الاسم]، جهة الاتصال في الطوارئ: تبدأ تنفيذ هذه الخطة وتسجّل كل إجراء مع وقته.
2. [اسم محاميك]: يحدد مكان احتجازك، ويطلب مقابلتك، ويطمئن على صحتك.
3. [أحد أفراد العائلة]: يرعى من تعولهم، ويُحضر الأدوية والملابس.
4. [اسم شخص في منظمتك]: يؤمّن الملفات والحسابات، ويوقف الأعمال الخطرة مؤقتًا.
5. [شبكة حماية أو منظمة حقوقية موثوقة]: نداء عاجل، ورصد ومتابعة.
6. فقط إذا اتُّفق على ذلك مسبقًا: [صحفي]، [سفارة]، [هيئة أممية أو إقليمية لحقوق الإنسان].
اتفق مسبقًا على ما يلي
- رمز الخطر الخاص بك: [الكلمة].
- هل تريد أن يُعلَن عن احتجازك، وبأي سرعة؟ بعض الناس يريدون الإعلان فورًا، وآخرون يفضّلون التحرك بهدوء أولًا. اختيارك: [الاختيار].
- مَن يتحدث باسمك علنًا: [الاسم]. ويُحيل الجميع إليه.
- ما لا يجب مشاركته أبدًا: [مثال: أسماء المصادر، تفاصيل حالتك الصحية].</translation>
    </message>
    <message>
        <source>With your family and lawyer, your contact decides on public action, following your wishes. Everyone keeps a log of each action and its time.</source>
        <translation>تقرر جهة اتصالك، بالتشاور مع عائلتك ومحاميك، بشأن التحرك العلني، وفقًا لرغباتك. ويحتفظ الجميع بسجل لكل إجراء ووقته.</translation>
    </message>
    <message>
        <source>With your lawyer and family, your contact decides on public action, following your wishes. Everyone keeps a written log of each action and its time.</source>
        <translation>تقرر جهة اتصالك، بالتشاور مع محاميك وعائلتك، بشأن التحرك العلني، وفقًا لرغباتك. ويحتفظ الجميع بسجل مكتوب لكل إجراء ووقته.</translation>
    </message>
    <message>
        <source>Your check-in contact starts escalation. Lawyers and, if abroad, the embassy are contacted. The &apos;If detained&apos; plan starts.</source>
        <translation>تبدأ جهة الاتصال للاطمئنان خطوات التصعيد. ويُتَّصل بالمحامين، وبالسفارة إذا كنت في الخارج. ويبدأ تنفيذ خطة «إذا احتُجزت».</translation>
    </message>
    <message>
        <source>Your contact alerts protection networks and trusted human rights organisations. Your organisation secures shared accounts and files. The &apos;If detained&apos; plan starts.</source>
        <translation>تُنبّه جهة اتصالك شبكات الحماية ومنظمات حقوق الإنسان الموثوقة. وتؤمّن منظمتك الحسابات والملفات المشتركة. ويبدأ تنفيذ خطة «إذا احتُجزت».</translation>
    </message>
    <message>
        <source>Your contact calls [family member] and [name of your lawyer], and informs your organisation.</source>
        <translation>تتصل جهة اتصالك بـ[أحد أفراد العائلة] و[اسم محاميك]، وتُبلغ منظمتك.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer] and the local lawyer, who check police stations and hospitals along your route. Your organisation is informed.</source>
        <translation>تتصل جهة اتصالك بـ[اسم محاميك] وبالمحامي المحلي، فيتحققان من مراكز الشرطة والمستشفيات على طول خط سيرك. وتُبلَّغ منظمتك.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer], who checks police stations and hospitals. Your organisation is informed.</source>
        <translation>تتصل جهة اتصالك بـ[اسم محاميك]، الذي يتحقق من مراكز الشرطة والمستشفيات. وتُبلَّغ منظمتك.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer], who checks police stations. [family member] is informed.</source>
        <translation>تتصل جهة اتصالك بـ[اسم محاميك]، الذي يتحقق من مراكز الشرطة. ويُبلَّغ [أحد أفراد العائلة].</translation>
    </message>
    <message>
        <source>Your contact calls and messages you on the main and backup channels, and asks the people you were meeting.</source>
        <translation>تتصل بك جهة اتصالك وتراسلك عبر الوسيلة الرئيسية والوسيلة الاحتياطية، وتسأل الأشخاص الذين كنت تلتقي بهم.</translation>
    </message>
    <message>
        <source>Your contact calls and messages you on the main and backup channels, then calls the people you were meeting if known.</source>
        <translation>تتصل بك جهة اتصالك وتراسلك عبر الوسيلة الرئيسية والوسيلة الاحتياطية، ثم تتصل بالأشخاص الذين كنت تلتقي بهم إن كانوا معروفين.</translation>
    </message>
    <message>
        <source>Your contact calls the backup contact and [family member], and checks your last known location and plans.</source>
        <translation>تتصل جهة اتصالك بجهة الاتصال الاحتياطية وبـ[أحد أفراد العائلة]، وتتحقق من آخر مكان معروف لك ومن خططك.</translation>
    </message>
    <message>
        <source>Your contact calls your host or lodging and the backup contact, and checks your last known location and plans.</source>
        <translation>تتصل جهة اتصالك بمضيفك أو بمكان إقامتك وبجهة الاتصال الاحتياطية، وتتحقق من آخر مكان معروف لك ومن خططك.</translation>
    </message>
    <message>
        <source>Your contact changes shared passwords and warns people who may be exposed. After release, treat devices as compromised.</source>
        <translation>تغيّر جهة اتصالك كلمات المرور المشتركة وتحذّر الأشخاص الذين قد يكونون انكشفوا. بعد الإفراج، اعتبر الأجهزة مُخترَقة.</translation>
    </message>
    <message>
        <source>Your contact follows the escalation steps without delay. The lawyer checks police stations. The network is alerted within hours.</source>
        <translation>تتبع جهة اتصالك خطوات التصعيد دون تأخير. ويتحقق المحامي من مراكز الشرطة. وتُنبَّه الشبكة في غضون ساعات.</translation>
    </message>
    <message>
        <source>Your contact tries all channels and calls the people you were with.</source>
        <translation>تحاول جهة اتصالك الوصول إليك عبر كل الوسائل، وتتصل بالأشخاص الذين كنت معهم.</translation>
    </message>
    <message>
        <source>Your contact tries you on the main and backup channels, then calls the local contact [name] at the destination.</source>
        <translation>تحاول جهة اتصالك الوصول إليك عبر الوسيلة الرئيسية والوسيلة الاحتياطية، ثم تتصل بجهة الاتصال المحلية [الاسم] في وجهتك.</translation>
    </message>
    <message>
        <source>Your emergency contact starts the call list. Your lawyer finds where you are held. The network is alerted.</source>
        <translation>تبدأ جهة الاتصال في الطوارئ بالاتصالات وفق القائمة. ويحدد محاميك مكان احتجازك. وتُنبَّه الشبكة.</translation>
    </message>
    <message>
        <source>Your lawyer checks police stations and hospitals. Your contact alerts protection networks and starts the &apos;If detained&apos; plan.</source>
        <translation>يتحقق محاميك من مراكز الشرطة والمستشفيات. وتُنبّه جهة اتصالك شبكات الحماية وتبدأ تنفيذ خطة «إذا احتُجزت».</translation>
    </message>
    <message>
        <source>Your lawyer demands access and a medical exam. After release, document injuries with a doctor. Report to protection networks and complaint bodies.</source>
        <translation>يطالب محاميك بمقابلتك وبإجراء فحص طبي لك. بعد الإفراج، وثّق الإصابات لدى طبيب. وأبلغ شبكات الحماية وهيئات تلقي الشكاوى.</translation>
    </message>
    <message>
        <source>Your organisation secures shared accounts and files. The carer gets ready to take your dependants.</source>
        <translation>تؤمّن منظمتك الحسابات والملفات المشتركة. ويستعد مقدّم الرعاية لتولي رعاية من تعولهم.</translation>
    </message>
    <message>
        <source>[border police], [soldiers at a checkpoint]</source>
        <translation>[شرطة الحدود]، [جنود عند نقطة تفتيش]</translation>
    </message>
    <message>
        <source>[general crime], [unrest in the area]</source>
        <translation>[الجريمة العامة]، [اضطرابات في المنطقة]</translation>
    </message>
    <message>
        <source>[interrogators], [prison staff]</source>
        <translation>[المحققون]، [موظفو السجن]</translation>
    </message>
    <message>
        <source>[local intelligence], [local authorities]</source>
        <translation>[الاستخبارات المحلية]، [السلطات المحلية]</translation>
    </message>
    <message>
        <source>[local police]</source>
        <translation>[الشرطة المحلية]</translation>
    </message>
    <message>
        <source>[online accounts linked to opponents]</source>
        <translation>[حسابات على الإنترنت مرتبطة بالخصوم]</translation>
    </message>
    <message>
        <source>[police unit]</source>
        <translation>[وحدة الشرطة]</translation>
    </message>
    <message>
        <source>[police], [intelligence service]</source>
        <translation>[الشرطة]، [جهاز الاستخبارات]</translation>
    </message>
    <message>
        <source>[police], [unknown group]</source>
        <translation>[الشرطة]، [جماعة مجهولة]</translation>
    </message>
    <message>
        <source>[prosecutor&apos;s office], [company]</source>
        <translation>[النيابة العامة]، [شركة]</translation>
    </message>
    <message>
        <source>[state security agency] or [private security staff]</source>
        <translation>[جهاز أمن الدولة] أو [موظفو أمن خاص]</translation>
    </message>
    <message>
        <source>[telecom provider under state pressure], [police]</source>
        <translation>[مزوّد اتصالات يخضع لضغط الدولة]، [الشرطة]</translation>
    </message>
    <message>
        <source>[unknown persons], [armed group]</source>
        <translation>[أشخاص مجهولون]، [جماعة مسلحة]</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Abduction or kidnapping</source>
        <translation>اختطاف</translation>
    </message>
    <message>
        <source>Account taken over</source>
        <translation>الاستيلاء على حساب</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>شبه مؤكد</translation>
    </message>
    <message>
        <source>Armed opposition</source>
        <translation>معارضة مسلحة</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>إلقاء القبض</translation>
    </message>
    <message>
        <source>Assault or beating</source>
        <translation>اعتداء أو ضرب</translation>
    </message>
    <message>
        <source>Attempted killing</source>
        <translation>محاولة قتل</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <source>Being watched or followed</source>
        <translation>مراقبة ميدانية أو تتبّع</translation>
    </message>
    <message>
        <source>Border or checkpoint</source>
        <translation>حدود أو نقطة تفتيش</translation>
    </message>
    <message>
        <source>Business or company</source>
        <translation>شركة أو مؤسسة تجارية</translation>
    </message>
    <message>
        <source>Carried it out</source>
        <translation>نفّذه</translation>
    </message>
    <message>
        <source>Censorship</source>
        <translation>رقابة</translation>
    </message>
    <message>
        <source>Charges or prosecution</source>
        <translation>توجيه اتهامات أو ملاحقة قضائية</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>زميل</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>تم الجمع</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>خطة التواصل</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation>فرد من المجتمع المحلي</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Confiscation</source>
        <translation>مصادرة</translation>
    </message>
    <message>
        <source>Consequence of</source>
        <translation>نتيجة لـ</translation>
    </message>
    <message>
        <source>Context and actors</source>
        <translation>السياق والأطراف الفاعلة</translation>
    </message>
    <message>
        <source>Continuity and family</source>
        <translation>استمرارية العمل والعائلة</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>محكمة</translation>
    </message>
    <message>
        <source>Courts (judiciary)</source>
        <translation>المحاكم (السلطة القضائية)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <source>Crowd or mob</source>
        <translation>حشد أو غوغاء</translation>
    </message>
    <message>
        <source>Day unknown</source>
        <translation>اليوم غير معروف</translation>
    </message>
    <message>
        <source>Death threat</source>
        <translation>تهديد بالقتل</translation>
    </message>
    <message>
        <source>Defamation</source>
        <translation>التشهير</translation>
    </message>
    <message>
        <source>Denied a lawyer or legal help</source>
        <translation>الحرمان من محامٍ أو من المساعدة القانونية</translation>
    </message>
    <message>
        <source>Deprivation of liberty</source>
        <translation>الحرمان من الحرية</translation>
    </message>
    <message>
        <source>Derived copy</source>
        <translation>نسخة مشتقة</translation>
    </message>
    <message>
        <source>Detention or imprisonment</source>
        <translation>احتجاز أو سجن</translation>
    </message>
    <message>
        <source>Digital attack</source>
        <translation>الهجوم الرقمي</translation>
    </message>
    <message>
        <source>Digital security</source>
        <translation>الأمن الرقمي</translation>
    </message>
    <message>
        <source>Digital security helpline</source>
        <translation>خط مساعدة للأمن الرقمي</translation>
    </message>
    <message>
        <source>Digital surveillance</source>
        <translation>مراقبة رقمية</translation>
    </message>
    <message>
        <source>Diplomatic contact</source>
        <translation>تواصل دبلوماسي</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>طبيب</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>مشكوك فيه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Embassy or diplomat</source>
        <translation>سفارة أو دبلوماسي</translation>
    </message>
    <message>
        <source>Emergency card</source>
        <translation>بطاقة الطوارئ</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>جهة اتصال للطوارئ</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <source>Encrypted email (PGP)</source>
        <translation>بريد إلكتروني مشفَّر (PGP)</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>اختفاء قسري</translation>
    </message>
    <message>
        <source>Estimated date</source>
        <translation>تاريخ تقريبي</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>إخلاء قسري</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>تاريخ دقيق</translation>
    </message>
    <message>
        <source>Exile</source>
        <translation>نفي</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تم التصدير</translation>
    </message>
    <message>
        <source>Expression and association</source>
        <translation>التعبير وتكوين الجمعيات</translation>
    </message>
    <message>
        <source>Failed to protect</source>
        <translation>تقاعس عن الحماية</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>فرد من العائلة</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>حرية التنقل</translation>
    </message>
    <message>
        <source>Full incident report</source>
        <translation>تقرير الحادثة الكامل</translation>
    </message>
    <message>
        <source>Gave the order</source>
        <translation>أصدر الأمر</translation>
    </message>
    <message>
        <source>Government (executive)</source>
        <translation>الحكومة (السلطة التنفيذية)</translation>
    </message>
    <message>
        <source>Group or organisation banned</source>
        <translation>حظر جماعة أو منظمة</translation>
    </message>
    <message>
        <source>Happened after</source>
        <translation>وقعت بعد</translation>
    </message>
    <message>
        <source>Happened before</source>
        <translation>وقعت قبل</translation>
    </message>
    <message>
        <source>Heard from others</source>
        <translation>سمع من آخرين</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>Home, office and travel</source>
        <translation>المنزل والمكتب والتنقل</translation>
    </message>
    <message>
        <source>House arrest</source>
        <translation>إقامة جبرية</translation>
    </message>
    <message>
        <source>How and when you check in with trusted people, and what happens if you do not.</source>
        <translation>كيف ومتى تطمئن الأشخاص الموثوقين عليك، وماذا يحدث إن لم تفعل.</translation>
    </message>
    <message>
        <source>How you look after your body and mind under stress.</source>
        <translation>كيف تعتني بجسدك ونفسك تحت الضغط.</translation>
    </message>
    <message>
        <source>How you protect your phone, computer, accounts and data.</source>
        <translation>كيف تحمي هاتفك وحاسوبك وحساباتك وبياناتك.</translation>
    </message>
    <message>
        <source>How you stay safer at home, at work and when moving around.</source>
        <translation>كيف تبقى أكثر أمانًا في المنزل وفي العمل وأثناء التنقل.</translation>
    </message>
    <message>
        <source>If I am detained</source>
        <translation>إذا احتُجزت</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>انتحال شخصية</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>وجهًا لوجه</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>ملخص الحادثة</translation>
    </message>
    <message>
        <source>Intelligence or secret service</source>
        <translation>الاستخبارات أو الأجهزة الأمنية السرية</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>صحفي</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>المضايقة القضائية</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>محامٍ</translation>
    </message>
    <message>
        <source>Legal action</source>
        <translation>إجراء قانوني</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>مرجَّح</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Malware or spyware</source>
        <translation>برمجيات خبيثة أو تجسسية</translation>
    </message>
    <message>
        <source>Media or journalist</source>
        <translation>وسيلة إعلام أو صحفي</translation>
    </message>
    <message>
        <source>Media or publicity</source>
        <translation>الإعلام أو النشر العلني</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>سجل طبي</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Meeting or protest banned</source>
        <translation>حظر اجتماع أو احتجاج</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>الجيش</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>طفيف</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>معتدل</translation>
    </message>
    <message>
        <source>Month and day unknown</source>
        <translation>الشهر واليوم غير معروفين</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>تحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>ضئيل</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>تقرير إخباري</translation>
    </message>
    <message>
        <source>Non-state armed or organised group</source>
        <translation>جماعة مسلحة أو منظَّمة من غير الدول</translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation>لم يُتحقق منه بعد</translation>
    </message>
    <message>
        <source>Office closed</source>
        <translation>إغلاق مكتب</translation>
    </message>
    <message>
        <source>Office or workplace</source>
        <translation>مكتب أو مكان عمل</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>مسؤول رسمي</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>سجل رسمي</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>مضايقة عبر الإنترنت</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>أصلي</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Parliament (legislative)</source>
        <translation>البرلمان (السلطة التشريعية)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Personal details published (doxxing)</source>
        <translation>نشر بيانات شخصية (دوكسينغ)</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>تصيّد احتيالي</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Phone or computer seized</source>
        <translation>حجز هاتف أو حاسوب</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>صورة فوتوغرافية</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>الاعتداء الجسدي</translation>
    </message>
    <message>
        <source>Planned it</source>
        <translation>خطّط له</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>مركز شرطة</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>ممكن</translation>
    </message>
    <message>
        <source>Prison or detention centre</source>
        <translation>سجن أو مركز احتجاز</translation>
    </message>
    <message>
        <source>Private individuals</source>
        <translation>أفراد عاديون</translation>
    </message>
    <message>
        <source>Private security guards</source>
        <translation>حراس أمن خاص</translation>
    </message>
    <message>
        <source>Pro-government group</source>
        <translation>جماعة موالية للحكومة</translation>
    </message>
    <message>
        <source>Protection organisation</source>
        <translation>منظمة حماية</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>دعم نفسي اجتماعي</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Public event or meeting</source>
        <translation>فعالية أو اجتماع عام</translation>
    </message>
    <message>
        <source>Raid or search</source>
        <translation>مداهمة أو تفتيش</translation>
    </message>
    <message>
        <source>Raids and property</source>
        <translation>المداهمات والممتلكات</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>نادر</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>ورقة الاسترداد</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>تم الحجب</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>أحد الأقارب</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>الانتقال إلى مكان آمن</translation>
    </message>
    <message>
        <source>Request for protection</source>
        <translation>طلب حماية</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>مقيَّد</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية (SMS)</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>خطة السلامة</translation>
    </message>
    <message>
        <source>Saw it happen</source>
        <translation>شاهد عيان</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شديد</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>تحرش جنسي</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>عنف جنسي</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>تمت المشاركة</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Smear campaign</source>
        <translation>حملة تشويه سمعة</translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation>منشور على وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Spoken lies (slander)</source>
        <translation>أكاذيب شفهية (قذف شفهي)</translation>
    </message>
    <message>
        <source>Stalking or being followed</source>
        <translation>مطاردة أو ملاحقة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Street or public place</source>
        <translation>شارع أو مكان عام</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>المراقبة</translation>
    </message>
    <message>
        <source>Surveillance of the organisation</source>
        <translation>مراقبة المنظمة</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>مشتبه به</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>Theft or looting</source>
        <translation>سرقة أو نهب</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>تهديد</translation>
    </message>
    <message>
        <source>Threats and harassment</source>
        <translation>التهديدات والمضايقات</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>تعذيب</translation>
    </message>
    <message>
        <source>Travel ban</source>
        <translation>منع من السفر</translation>
    </message>
    <message>
        <source>Trusted contact</source>
        <translation>جهة اتصال موثوقة</translation>
    </message>
    <message>
        <source>UN or regional body</source>
        <translation>الأمم المتحدة أو هيئة إقليمية</translation>
    </message>
    <message>
        <source>Unfair trial</source>
        <translation>محاكمة غير عادلة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>غير مرجَّح</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>نداء عاجل</translation>
    </message>
    <message>
        <source>Vandalism or damage</source>
        <translation>تخريب أو إتلاف</translation>
    </message>
    <message>
        <source>Vehicle or transport</source>
        <translation>مركبة أو وسيلة نقل</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>الضحية</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Was present</source>
        <translation>كان حاضرًا</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>نموذج على الويب</translation>
    </message>
    <message>
        <source>Website attacked</source>
        <translation>هجوم على موقع إلكتروني</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>الرفاه النفسي والجسدي</translation>
    </message>
    <message>
        <source>What to do, and who to alert, if you are arrested or taken.</source>
        <translation>ما الذي يجب فعله، ومن يجب تنبيهه، إذا قُبض عليك أو اختُطفت.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Where you can go and how to get there if you must leave quickly.</source>
        <translation>إلى أين يمكنك الذهاب وكيف تصل إلى هناك إذا اضطررت إلى المغادرة بسرعة.</translation>
    </message>
    <message>
        <source>Who and what puts you at risk, and who can help.</source>
        <translation>من وما الذي يعرّضك للخطر، ومن يمكنه المساعدة.</translation>
    </message>
    <message>
        <source>Who takes care of your work and your family if you cannot.</source>
        <translation>من يتولى عملك ويرعى عائلتك إذا لم تستطع.</translation>
    </message>
    <message>
        <source>Written lies (libel)</source>
        <translation>أكاذيب مكتوبة (قذف كتابي)</translation>
    </message>
</context>
</TS>
