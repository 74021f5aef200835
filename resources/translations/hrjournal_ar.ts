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
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
        <source>Every PDF and JSON file made from this journal. The panic wipe overwrites and deletes each of them; delete one yourself as soon as it has served.</source>
        <translation>كل ملفات PDF وJSON المُنشأة من هذه اليوميات. يكتب المحو الطارئ فوق كلٍّ منها ثم يحذفه؛ احذف أي ملف بنفسك حالما يؤدي غرضه.</translation>
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
    <name>template</name>
    <message>
        <source>Check-in protocol</source>
        <translation>بروتوكول الاطمئنان</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>إذا احتُجزت</translation>
    </message>
    <message>
        <source>Personal safety plan</source>
        <translation>خطة السلامة الشخصية</translation>
    </message>
    <message>
        <source>Travel safety plan</source>
        <translation>خطة السلامة أثناء السفر</translation>
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
