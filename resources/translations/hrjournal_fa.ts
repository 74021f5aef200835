<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AffectedTable</name>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>افراد آسیب‌دیده</translation>
    </message>
    <message>
        <source>Choose who was affected in row %1 of People affected, or remove that row.</source>
        <translation>در ردیف %1 از «افراد آسیب‌دیده» مشخص کنید چه کسی آسیب دیده است، یا آن ردیف را حذف کنید.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Evidence</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <source>Attachment shown</source>
        <translation>پیوست نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Viewer message</source>
        <translation>پیام نمایشگر</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>در حال خواندن پیوست</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;لغو</translation>
    </message>
    <message>
        <source>Stop reading the attachment</source>
        <translation>توقف خواندن پیوست</translation>
    </message>
    <message>
        <source>Reading the attachment…</source>
        <translation>در حال خواندن پیوست…</translation>
    </message>
    <message>
        <source>Picture or page</source>
        <translation>تصویر یا صفحه</translation>
    </message>
    <message>
        <source>Picture or page, scrollable</source>
        <translation>تصویر یا صفحه، قابل پیمایش</translation>
    </message>
    <message>
        <source>Text of the attachment</source>
        <translation>متن پیوست</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>ذخیره یک &amp;رونوشت…</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>ذخیره یک رونوشت از پیوست</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;اندازه واقعی</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;متناسب با پنجره</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>صفحه &amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;صفحه بعدی</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>شماره صفحه</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>مدرک: %1</translation>
    </message>
    <message>
        <source>HR Journal is still busy with the last task; please wait.</source>
        <translation>HR Journal هنوز مشغول کار قبلی است؛ لطفاً صبر کنید.</translation>
    </message>
    <message>
        <source>This PDF could not be opened here; it may be damaged or protected by a password.</source>
        <translation>این PDF اینجا باز نشد؛ ممکن است آسیب دیده باشد یا با گذرواژه محافظت شده باشد.</translation>
    </message>
    <message>
        <source>This type of file cannot be shown inside HR Journal. It is kept safely in the journal; if you need to open it in another program, save a copy first.</source>
        <translation>این نوع فایل را نمی‌توان در HR Journal نمایش داد. فایل به‌طور امن در دفترچه نگهداری می‌شود؛ اگر لازم است آن را با برنامه دیگری باز کنید، ابتدا یک رونوشت از آن ذخیره کنید.</translation>
    </message>
    <message>
        <source>This page could not be drawn.</source>
        <translation>نمایش این صفحه ممکن نشد.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;فهرست مدارک</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>زمان افزودن</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>منشأ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Evidence of this incident</source>
        <translation>مدارک این رخداد</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;افزودن فایل‌ها…</translation>
    </message>
    <message>
        <source>Add files as evidence</source>
        <translation>افزودن فایل‌ها به‌عنوان مدرک</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;پیش‌نمایش</translation>
    </message>
    <message>
        <source>View the selected evidence</source>
        <translation>نمایش مدرک انتخاب‌شده</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>ذخیره یک &amp;رونوشت…</translation>
    </message>
    <message>
        <source>Save a copy of the selected evidence</source>
        <translation>ذخیره یک رونوشت از مدرک انتخاب‌شده</translation>
    </message>
    <message>
        <source>Writes the file outside the journal, unencrypted; the custody log notes it.</source>
        <translation>فایل را بیرون از دفترچه و بدون رمزگذاری ذخیره می‌کند؛ این کار در سابقه زنجیره نگهداری ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Progress of taking in the file</source>
        <translation>پیشرفت افزودن فایل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancel taking in files</source>
        <translation>لغو افزودن فایل‌ها</translation>
    </message>
    <message>
        <source>Evidence message</source>
        <translation>پیام مدارک</translation>
    </message>
    <message>
        <source>Chain of c&amp;ustody of the selected file</source>
        <translation>&amp;زنجیره نگهداری فایل انتخاب‌شده</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (از %2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>افزودن مدرک</translation>
    </message>
    <message>
        <source>Taking in %1…</source>
        <translation>در حال افزودن %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Added %1; its SHA-256 fingerprint is %2.</source>
        <translation>%1 افزوده شد؛ اثر انگشت SHA-256 آن %2 است.</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not added, nor any file after it.</source>
        <translation>لغو شد: %1 و هیچ‌یک از فایل‌های بعد از آن افزوده نشدند.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>ذخیره یک رونوشت از %1</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>در حال ذخیره یک رونوشت از %1…</translation>
    </message>
    <message>
        <source>Saved a copy as %1. It is not encrypted; delete it when you no longer need it.</source>
        <translation>یک رونوشت با نام %1 ذخیره شد. این رونوشت رمزگذاری نشده است؛ وقتی دیگر به آن نیاز ندارید، آن را حذف کنید.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1.</source>
        <translation>رونوشت ذخیره نشد: %1.</translation>
    </message>
    <message>
        <source>Add photos, documents or recordings as evidence of this incident.</source>
        <translation>عکس، سند یا فایل ضبط‌شده را به‌عنوان مدرک این رخداد اضافه کنید.</translation>
    </message>
    <message>
        <source>Save the incident first; then you can add evidence to it.</source>
        <translation>ابتدا رخداد را ذخیره کنید؛ سپس می‌توانید به آن مدرک اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the journal</source>
        <translation>پشتیبان‌گیری از دفترچه</translation>
    </message>
    <message>
        <source>A backup is the whole journal in one encrypted file; keep it away from this laptop. Your passphrase is needed to seal it.</source>
        <translation>نسخه پشتیبان کل دفترچه در یک فایل رمزگذاری‌شده است؛ آن را دور از این رایانه نگه دارید. برای مهر و موم کردن آن به عبارت عبور شما نیاز است.</translation>
    </message>
    <message>
        <source>The backup always opens with your recovery secret; a backup passphrase lets it open without it too.</source>
        <translation>نسخه پشتیبان همیشه با کد بازیابی شما باز می‌شود؛ عبارت عبور پشتیبان اجازه می‌دهد بدون آن هم باز شود.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارت عبور شما</translation>
    </message>
    <message>
        <source>Backup passphrase, if you want one</source>
        <translation>عبارت عبور پشتیبان، اگر می‌خواهید</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>تکرار عبارت عبور پشتیبان</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>در حال پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>پیام پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>&amp;عبارت عبور شما:</translation>
    </message>
    <message>
        <source>&amp;Backup passphrase (optional):</source>
        <translation>عبارت عبور &amp;پشتیبان (اختیاری):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <source>&amp;Save the backup…</source>
        <translation>&amp;ذخیره نسخه پشتیبان…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>انتخاب محل ذخیره نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>ذخیره نسخه پشتیبان با نام</translation>
    </message>
    <message>
        <source>HR Journal backups (*.hrjb)</source>
        <translation>نسخه‌های پشتیبان HR Journal (*.hrjb)</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>ابتدا عبارت عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>دو عبارت عبور پشتیبان یکسان نیستند.</translation>
    </message>
    <message>
        <source>The journal is backed up to %1 (%2); keep that file safe, away from this laptop.</source>
        <translation>از دفترچه در %1 (%2) پشتیبان گرفته شد؛ این فایل را در جای امنی دور از این رایانه نگه دارید.</translation>
    </message>
    <message>
        <source>Backing up… a large journal can take a minute.</source>
        <translation>در حال پشتیبان‌گیری… برای دفترچه بزرگ ممکن است یک دقیقه طول بکشد.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>When the last backup was made</source>
        <translation>زمان آخرین پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>&amp;Back up the journal…</source>
        <translation>&amp;پشتیبان‌گیری از دفترچه…</translation>
    </message>
    <message>
        <source>Back up the journal</source>
        <translation>پشتیبان‌گیری از دفترچه</translation>
    </message>
    <message>
        <source>Save the whole journal in one encrypted file, to keep away from this laptop.</source>
        <translation>کل دفترچه را در یک فایل رمزگذاری‌شده ذخیره کنید تا دور از این رایانه نگه دارید.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>آخرین پشتیبان: %1.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>هنوز هیچ نسخه پشتیبانی وجود ندارد.</translation>
    </message>
    <message>
        <source>You have no backup yet; make one on the Exports screen.</source>
        <translation>هنوز هیچ نسخه پشتیبانی ندارید؛ در صفحه «خروجی‌ها» یکی بسازید.</translation>
    </message>
    <message>
        <source>Your last backup is a day old; make one on the Exports screen.</source>
        <translation>آخرین نسخه پشتیبان شما یک روز پیش ساخته شده است؛ در صفحه «خروجی‌ها» یکی بسازید.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup is %n days old; make one on the Exports screen.</source>
        <translation>
            <numerusform>آخرین نسخه پشتیبان شما %n روز پیش ساخته شده است؛ در صفحه «خروجی‌ها» یکی بسازید.</numerusform>
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
        <translation>ماه‌هایی که نامشان نیامده، رخدادی نداشتند.</translation>
    </message>
</context>
<context>
    <name>ChannelLine</name>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (ترجیحی)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Copy %1 for %2</source>
        <translation>کپی %1 مربوط به %2</translation>
    </message>
    <message>
        <source>Copy to the clipboard; HR Journal empties the clipboard again soon after.</source>
        <translation>در کلیپ‌بورد کپی می‌شود؛ HR Journal کمی بعد کلیپ‌بورد را دوباره خالی می‌کند.</translation>
    </message>
</context>
<context>
    <name>ChannelTable</name>
    <message>
        <source>Ways to reach this contact</source>
        <translation>راه‌های تماس با این مخاطب</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>روش تماس</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>شماره یا نشانی</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>ترجیحی</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>تاریخ تأیید</translation>
    </message>
    <message>
        <source>Safety number or fingerprint</source>
        <translation>شماره ایمنی یا اثر انگشت</translation>
    </message>
    <message>
        <source>&amp;Add a way to reach</source>
        <translation>&amp;افزودن روش تماس</translation>
    </message>
    <message>
        <source>Add a way to reach this contact</source>
        <translation>افزودن یک روش تماس برای این مخاطب</translation>
    </message>
    <message>
        <source>R&amp;emove the selected way</source>
        <translation>&amp;حذف روش انتخاب‌شده</translation>
    </message>
    <message>
        <source>Remove the selected way to reach</source>
        <translation>حذف روش تماس انتخاب‌شده</translation>
    </message>
    <message>
        <source>Way to reach number %1 has no number or address; fill it in or remove that row.</source>
        <translation>روش تماس شماره %1 شماره یا نشانی ندارد؛ آن را پر کنید یا آن ردیف را حذف کنید.</translation>
    </message>
    <message>
        <source>The date way to reach number %1 was verified is not a real date; write it as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>تاریخ تأیید روش تماس شماره %1 تاریخ معتبری نیست؛ آن را به شکل YYYY-MM-DD (میلادی، با ارقام انگلیسی) بنویسید، مثلاً 2025-03-14.</translation>
    </message>
    <message>
        <source>Try this way first</source>
        <translation>اول این روش را امتحان کنید</translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Check-in contact</source>
        <translation>مخاطب اعلام وضعیت</translation>
    </message>
    <message>
        <source>When you check in</source>
        <translation>زمان اعلام وضعیت</translation>
    </message>
    <message>
        <source>For example: every day at 09:00 and 21:00</source>
        <translation>مثلاً: هر روز ساعت ۰۹:۰۰ و ۲۱:۰۰</translation>
    </message>
    <message>
        <source>Check-in channel</source>
        <translation>روش اعلام وضعیت</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>How long to wait before acting, in minutes</source>
        <translation>چند دقیقه پیش از اقدام صبر شود</translation>
    </message>
    <message>
        <source>Check-in &amp;contact:</source>
        <translation>&amp;مخاطب اعلام وضعیت:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;زمان:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;روش:</translation>
    </message>
    <message>
        <source>Wait &amp;before acting:</source>
        <translation>&amp;صبر پیش از اقدام:</translation>
    </message>
    <message>
        <source>&amp;If a check-in is missed, in this order:</source>
        <translation>اگر اعلام وضعیت انجام &amp;نشد، به این ترتیب:</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>پس از (دقیقه)</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>چه کاری انجام شود</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>چه کسی اقدام می‌کند</translation>
    </message>
    <message>
        <source>Steps when a check-in is missed</source>
        <translation>گام‌ها در صورت انجام نشدن اعلام وضعیت</translation>
    </message>
    <message>
        <source>&amp;Add a step</source>
        <translation>&amp;افزودن گام</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>انتقال به &amp;بالا</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>انتقال به &amp;پایین</translation>
    </message>
    <message>
        <source>&amp;Remove this step</source>
        <translation>&amp;حذف این گام</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>افزودن گام</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>انتقال گام انتخاب‌شده به بالا</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>انتقال گام انتخاب‌شده به پایین</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>حذف گام انتخاب‌شده</translation>
    </message>
    <message>
        <source>Who acts at step %1</source>
        <translation>چه کسی در گام %1 اقدام می‌کند</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Call number %1</source>
        <translation>تماس با شماره %1</translation>
    </message>
    <message>
        <source>No way to reach them is written down.</source>
        <translation>هیچ راه تماسی برای این فرد ثبت نشده است.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>در دسترس: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>زبان‌ها: %1</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>What a PDF you share shows instead of the name, so the real name stays with you. For example: Lawyer A, or Friend in the capital.</source>
        <translation>آنچه در PDFهایی که به اشتراک می‌گذارید به‌جای نام نشان داده می‌شود، تا نام واقعی فقط نزد شما بماند. مثلاً: وکیل الف، یا دوستی در پایتخت.</translation>
    </message>
    <message>
        <source>Shown instead of the name in shared documents</source>
        <translation>در اسنادی که به اشتراک گذاشته می‌شوند، به‌جای نام نشان داده می‌شود</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>فرد یا سازمان</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>For example: Arabic, French</source>
        <translation>مثلاً: عربی، فرانسوی</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>ساعات در دسترس بودن</translation>
    </message>
    <message>
        <source>For example: weekdays 9 to 18, any time</source>
        <translation>مثلاً: روزهای کاری ۹ تا ۱۸، هر ساعتی</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>جایگاه در ترتیب تماس</translation>
    </message>
    <message>
        <source>Not in the call order</source>
        <translation>خارج از ترتیب تماس</translation>
    </message>
    <message>
        <source>1 is called first in an emergency; leave it at none to keep them off the list.</source>
        <translation>در شرایط اضطراری اول با شماره ۱ تماس گرفته می‌شود؛ برای اینکه این فرد در فهرست نباشد، آن را روی «خارج از ترتیب تماس» بگذارید.</translation>
    </message>
    <message>
        <source>Documents this contact may receive</source>
        <translation>اسنادی که این مخاطب می‌تواند دریافت کند</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>آخرین تأیید</translation>
    </message>
    <message>
        <source>The last day you checked that these details still reach this person.</source>
        <translation>آخرین روزی که بررسی کردید این اطلاعات تماس هنوز شما را به این فرد می‌رساند.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;امروز</translation>
    </message>
    <message>
        <source>Set last verified to today</source>
        <translation>تنظیم آخرین تأیید روی امروز</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;ذخیره مخاطب</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>ذخیره مخاطب</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>نام &amp;مستعار:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>نو&amp;ع:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>نقش‌&amp;ها:</translation>
    </message>
    <message>
        <source>Ways to reac&amp;h:</source>
        <translation>&amp;راه‌های تماس:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;زبان‌ها:</translation>
    </message>
    <message>
        <source>Availa&amp;bility:</source>
        <translation>&amp;ساعات در دسترس:</translation>
    </message>
    <message>
        <source>&amp;Call order:</source>
        <translation>&amp;ترتیب تماس:</translation>
    </message>
    <message>
        <source>&amp;May receive:</source>
        <translation>&amp;دریافت اسناد:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>&amp;آخرین تأیید:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Please write the contact&apos;s name first.</source>
        <translation>لطفاً ابتدا نام مخاطب را بنویسید.</translation>
    </message>
    <message>
        <source>The last verified date is not a real date; write it as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>تاریخ آخرین تأیید، تاریخ معتبری نیست؛ آن را به شکل YYYY-MM-DD (میلادی، با ارقام انگلیسی) بنویسید، مثلاً 2025-03-14.</translation>
    </message>
</context>
<context>
    <name>ContactTreeEditor</name>
    <message>
        <source>The people to call, in this order, when something happens. The first person calls the next, and so on, so no one has to reach everyone.</source>
        <translation>افرادی که وقتی اتفاقی می‌افتد، به این ترتیب با آن‌ها تماس گرفته می‌شود. نفر اول با نفر بعدی تماس می‌گیرد و به همین ترتیب، تا لازم نباشد یک نفر با همه تماس بگیرد.</translation>
    </message>
    <message>
        <source>&amp;Call in this order:</source>
        <translation>تماس به این &amp;ترتیب:</translation>
    </message>
    <message>
        <source>Contact tree, in calling order</source>
        <translation>زنجیره تماس، به ترتیب تماس</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>انتقال به &amp;بالا</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>انتقال به &amp;پایین</translation>
    </message>
    <message>
        <source>&amp;Remove from the tree</source>
        <translation>&amp;حذف از زنجیره</translation>
    </message>
    <message>
        <source>Move the selected contact up</source>
        <translation>انتقال مخاطب انتخاب‌شده به بالا</translation>
    </message>
    <message>
        <source>Move the selected contact down</source>
        <translation>انتقال مخاطب انتخاب‌شده به پایین</translation>
    </message>
    <message>
        <source>Remove the selected contact from the tree</source>
        <translation>حذف مخاطب انتخاب‌شده از زنجیره</translation>
    </message>
    <message>
        <source>Add a &amp;contact:</source>
        <translation>افزودن &amp;مخاطب:</translation>
    </message>
    <message>
        <source>Contact to add to the tree</source>
        <translation>مخاطبی که به زنجیره افزوده می‌شود</translation>
    </message>
    <message>
        <source>&amp;Add to the tree</source>
        <translation>&amp;افزودن به زنجیره</translation>
    </message>
    <message>
        <source>Add the chosen contact to the tree</source>
        <translation>افزودن مخاطب انتخاب‌شده به زنجیره</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Call order</source>
        <translation>ترتیب تماس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>جستجوی مخاطبان (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>جستجوی مخاطبان</translation>
    </message>
    <message>
        <source>Who to call &amp;first</source>
        <translation>&amp;اول با چه کسی تماس بگیرید</translation>
    </message>
    <message>
        <source>Show who to call first, in order</source>
        <translation>نمایش اینکه به ترتیب، اول با چه کسانی تماس بگیرید</translation>
    </message>
    <message>
        <source>&amp;Print the emergency card…</source>
        <translation>&amp;چاپ کارت اضطراری…</translation>
    </message>
    <message>
        <source>Make a printable PDF card of who to call first</source>
        <translation>ساختن کارت PDF چاپی از اینکه اول با چه کسی تماس بگیرید</translation>
    </message>
</context>
<context>
    <name>CreateView</name>
    <message>
        <source>&lt;h2&gt;Create your journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;دفترچه خود را بسازید&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything you write is encrypted with your passphrase. No one, not even the makers of HR Journal, can reset a forgotten passphrase: the recovery secret shown next is the only other way in.</source>
        <translation>هر چیزی که می‌نویسید با عبارت عبور شما رمزگذاری می‌شود. هیچ‌کس، حتی سازندگان HR Journal، نمی‌تواند عبارت عبور فراموش‌شده را بازنشانی کند: کد بازیابی که در مرحله بعد نشان داده می‌شود، تنها راه دیگر ورود است.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>تکرار عبارت عبور</translation>
    </message>
    <message>
        <source>Tie the journal to this computer</source>
        <translation>وابسته کردن دفترچه به این رایانه</translation>
    </message>
    <message>
        <source>A copy of the journal folder taken to another computer then cannot be opened with the passphrase alone. The recovery secret still opens it anywhere.</source>
        <translation>در این صورت، رونوشتی از پوشه دفترچه که به رایانه دیگری برده شود، فقط با عبارت عبور باز نمی‌شود. کد بازیابی همچنان آن را در هر جایی باز می‌کند.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Creating the journal</source>
        <translation>در حال ساختن دفترچه</translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation>&amp;ساختن دفترچه</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارت عبور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>دو عبارت عبور یکسان نیستند.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Create again to use it anyway.</source>
        <translation>حدس زدن این عبارت عبور برای کسی که لپ‌تاپ شما را بردارد آسان است. چند کلمه نامرتبط به آن اضافه کنید، یا اگر باز هم می‌خواهید از آن استفاده کنید، دوباره روی «ساختن دفترچه» کلیک کنید.</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>در حال ساختن دفترچه…</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Chain of custody of the selected file</source>
        <translation>زنجیره نگهداری فایل انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>DraftsBar</name>
    <message>
        <source>Unsaved edits kept</source>
        <translation>ویرایش‌های ذخیره‌نشده نگه داشته شد</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;بازگرداندن آن‌ها</translation>
    </message>
    <message>
        <source>Restore the unsaved edits</source>
        <translation>بازگرداندن ویرایش‌های ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Throw them away</source>
        <translation>دور انداختن آن‌ها</translation>
    </message>
    <message>
        <source>Throw the unsaved edits away</source>
        <translation>دور انداختن ویرایش‌های ذخیره‌نشده</translation>
    </message>
    <message numerus="yes">
        <source>The journal locked while %n record(s) had unsaved edits; they were kept.</source>
        <translation>
            <numerusform>دفترچه در حالی قفل شد که %n مورد ویرایش ذخیره‌نشده داشت؛ این ویرایش‌ها نگه داشته شدند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>حذف عبارت عبور تحت فشار</translation>
    </message>
    <message>
        <source>Set a duress passphrase</source>
        <translation>تعیین عبارت عبور تحت فشار</translation>
    </message>
    <message>
        <source>If someone forces you to unlock, type the duress passphrase: the journal seems to open normally but is empty, and your real journal is destroyed for good.</source>
        <translation>اگر کسی شما را مجبور به باز کردن قفل کرد، عبارت عبور تحت فشار را وارد کنید: دفترچه ظاهراً به طور عادی باز می‌شود اما خالی است، و دفترچهٔ واقعی شما برای همیشه از بین می‌رود.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارت عبور شما</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>عبارت عبور تحت فشار</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>تکرار عبارت عبور تحت فشار</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>پیام عبارت عبور تحت فشار</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>&amp;عبارت عبور شما:</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase:</source>
        <translation>عبارت عبور &amp;تحت فشار:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Set it</source>
        <translation>&amp;تعیین</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>ابتدا عبارت عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Type the duress passphrase you want.</source>
        <translation>عبارت عبور تحت فشار مورد نظر خود را وارد کنید.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>دو عبارت عبور تحت فشار یکسان نیستند.</translation>
    </message>
    <message>
        <source>There is no duress passphrase now.</source>
        <translation>اکنون هیچ عبارت عبور تحت فشاری وجود ندارد.</translation>
    </message>
    <message>
        <source>The duress passphrase is set.</source>
        <translation>عبارت عبور تحت فشار تعیین شد.</translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation>در حال کار… این کار لحظه‌ای طول می‌کشد.</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <source>Who to call first, in order</source>
        <translation>اول با چه کسی تماس بگیرید، به ترتیب</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>No one has a place in the call order yet. Open a contact and give them a number under Call order to see them here.</source>
        <translation>هنوز کسی در ترتیب تماس جایی ندارد. یک مخاطب را باز کنید و در قسمت «ترتیب تماس» به او شماره‌ای بدهید تا اینجا نشان داده شود.</translation>
    </message>
</context>
<context>
    <name>ExportRegister</name>
    <message>
        <source>Files made from this journal</source>
        <translation>فایل‌های ساخته‌شده از این دفترچه</translation>
    </message>
    <message>
        <source>Every file made from this journal: PDF reports and cards, JSON and Uwazi exports, and backups. The panic wipe overwrites and deletes each one it can reach; delete one yourself as soon as it has served.</source>
        <translation>همه فایل‌هایی که از این دفترچه ساخته شده‌اند: گزارش‌ها و کارت‌های PDF، خروجی‌های JSON و Uwazi، و نسخه‌های پشتیبان. پاک‌سازی اضطراری روی هر فایلی که به آن دسترسی داشته باشد بازنویسی می‌کند و حذفش می‌کند؛ هر فایل را به محض اینکه کارش تمام شد، خودتان حذف کنید.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>محتوا</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نوع نسخه</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>&amp;حذف همین حالا…</translation>
    </message>
    <message>
        <source>Overwrite and delete the selected file</source>
        <translation>بازنویسی و حذف فایل انتخاب‌شده</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>Read the list of files again</source>
        <translation>خواندن دوباره فهرست فایل‌ها</translation>
    </message>
    <message>
        <source>Export register message</source>
        <translation>پیام فهرست خروجی‌ها</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>کامل</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>برای اشتراک</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (پیدا نشد)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>حذف همین حالا</translation>
    </message>
    <message>
        <source>Overwrite and delete %1? This cannot be undone.</source>
        <translation>%1 بازنویسی و حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Overwrite and &amp;delete</source>
        <translation>بازنویسی و &amp;حذف</translation>
    </message>
    <message>
        <source>Overwrote and deleted %1.</source>
        <translation>%1 بازنویسی و حذف شد.</translation>
    </message>
</context>
<context>
    <name>ExportsView</name>
    <message>
        <source>Take everything out</source>
        <translation>خروجی گرفتن از همه‌چیز</translation>
    </message>
    <message>
        <source>A JSON export is NOT encrypted: anyone who finds the file can read every incident, contact and plan in it. Save it only to an encrypted drive, and delete it when you no longer need it.</source>
        <translation>خروجی JSON به‌هیچ‌وجه رمزگذاری نمی‌شود: هر کسی که این فایل را پیدا کند، می‌تواند همه رخدادها، مخاطبان و برنامه‌های درون آن را بخواند. آن را فقط روی یک درایو رمزگذاری‌شده ذخیره کنید و وقتی دیگر به آن نیاز ندارید، حذفش کنید.</translation>
    </message>
    <message>
        <source>&amp;Export everything as JSON…</source>
        <translation>&amp;خروجی گرفتن از همه‌چیز به‌صورت JSON…</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>خروجی گرفتن از همه‌چیز به‌صورت JSON</translation>
    </message>
    <message>
        <source>Bring records in</source>
        <translation>وارد کردن موارد</translation>
    </message>
    <message>
        <source>Import adds the contacts, incidents, plans and attachments of an HR Journal JSON file. If anything in the file is wrong, nothing is added.</source>
        <translation>با وارد کردن، مخاطبان، رخدادها، برنامه‌ها و پیوست‌های یک فایل JSON از HR Journal افزوده می‌شوند. اگر چیزی در فایل نادرست باشد، هیچ چیزی افزوده نمی‌شود.</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;وارد کردن از JSON…</translation>
    </message>
    <message>
        <source>Import from a JSON file</source>
        <translation>وارد کردن از یک فایل JSON</translation>
    </message>
    <message>
        <source>Export and import message</source>
        <translation>پیام خروجی و ورودی</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>فایل‌های JSON (*.json)</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>وارد کردن از JSON</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>خروجی گرفته شد: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n export(s) older than %1 days.</source>
        <translation>
            <numerusform>%n فایل خروجی قدیمی‌تر از %1 روز حذف شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n old export(s): %1</source>
        <translation>
            <numerusform>حذف %n فایل خروجی قدیمی ممکن نشد: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>وارد شد: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>بستن راهنما</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help page</source>
        <translation>صفحهٔ راهنما</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;بازگشت</translation>
    </message>
    <message>
        <source>Back to the previous help page</source>
        <translation>بازگشت به صفحهٔ قبلی راهنما</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;فهرست مطالب</translation>
    </message>
    <message>
        <source>All help topics</source>
        <translation>همهٔ موضوع‌های راهنما</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Revisions</source>
        <translation>&amp;فهرست نسخه‌ها</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>زمان ذخیره</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>چه چیزی تغییر کرد</translation>
    </message>
    <message>
        <source>Saved revisions</source>
        <translation>نسخه‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>Saved &amp;content of the selected revision</source>
        <translation>محتوای ذخیره‌شده نسخه &amp;انتخاب‌شده</translation>
    </message>
    <message>
        <source>Saved content of the selected revision</source>
        <translation>محتوای ذخیره‌شده نسخه انتخاب‌شده</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>پیام تاریخچه</translation>
    </message>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>تاریخچه از زمانی شروع می‌شود که این مورد ذخیره شود.</translation>
    </message>
    <message>
        <source>The history will show when HR Journal is done.</source>
        <translation>وقتی کار HR Journal تمام شود، تاریخچه نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>First saved</source>
        <translation>نخستین ذخیره</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>بدون تغییر ذخیره شد</translation>
    </message>
    <message>
        <source>The record was deleted in this revision.</source>
        <translation>این مورد در این نسخه حذف شد.</translation>
    </message>
</context>
<context>
    <name>IncidentCount</name>
    <message>
        <source>1 incident</source>
        <translation>یک رخداد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents</source>
        <translation>
            <numerusform>%Ln رخداد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>ذخیره رخداد</translation>
    </message>
    <message>
        <source>Save the incident (Ctrl+S)</source>
        <translation>ذخیره رخداد (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the incident a title before saving; a few words will do.</source>
        <translation>پیش از ذخیره، برای رخداد عنوانی بنویسید؛ چند کلمه کافی است.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 must be a number such as 19.4326; it is now “%2”.</source>
        <translation>%1 باید عددی مانند 19.4326 باشد؛ اکنون «%2» است.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Incident</source>
        <translation>رخداد</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;مکان</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>افرا&amp;د</translation>
    </message>
    <message>
        <source>S&amp;ources and actions</source>
        <translation>منا&amp;بع و اقدامات</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>مدار&amp;ک</translation>
    </message>
    <message>
        <source>&amp;Assessment and notes</source>
        <translation>ارزیابی و &amp;یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Confidentiality</source>
        <translation>محرما&amp;نگی</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;تاریخچه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شماره مرجع</translation>
    </message>
    <message>
        <source>Given when you first save</source>
        <translation>هنگام نخستین ذخیره تعیین می‌شود</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Still &amp;going on</source>
        <translation>هنوز &amp;ادامه دارد</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>هنوز ادامه دارد</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>کلماتی برای پیدا کردن آن، جداشده با ویرگول</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>انواع رخداد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>What happened, in order: who, what, when, where, how.</source>
        <translation>آنچه رخ داد، به ترتیب: چه کسی، چه چیزی، کی، کجا، چگونه.</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>و&amp;ضعیت</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation>&amp;آغاز</translation>
    </message>
    <message>
        <source>&amp;Ended</source>
        <translation>&amp;پایان</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>برچسب‌&amp;ها</translation>
    </message>
    <message>
        <source>Incident t&amp;ypes</source>
        <translation>انواع &amp;رخداد</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;شرح</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان یا منطقه</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>شهر یا شهرک</translation>
    </message>
    <message>
        <source>Place details</source>
        <translation>جزئیات مکان</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>نوع مکان</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>کشو&amp;ر</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;استان یا منطقه</translation>
    </message>
    <message>
        <source>Town or ci&amp;ty</source>
        <translation>&amp;شهر یا شهرک</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;جزئیات</translation>
    </message>
    <message>
        <source>&amp;Kind of place</source>
        <translation>نو&amp;ع مکان</translation>
    </message>
    <message>
        <source>Latit&amp;ude</source>
        <translation>عر&amp;ض جغرافیایی</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude</source>
        <translation>&amp;طول جغرافیایی</translation>
    </message>
    <message>
        <source>Coordinates are optional. They are never put in exported reports unless you choose to include them.</source>
        <translation>وارد کردن مختصات اختیاری است. مختصات هرگز در گزارش‌های خروجی قرار نمی‌گیرد، مگر اینکه خودتان افزودن آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>پیامدها</translation>
    </message>
    <message>
        <source>What it changed for you, your work, your family or others.</source>
        <translation>این رخداد چه تغییری برای شما، کارتان، خانواده‌تان یا دیگران ایجاد کرد.</translation>
    </message>
    <message>
        <source>Pe&amp;rpetrators</source>
        <translation>&amp;عاملان</translation>
    </message>
    <message>
        <source>People a&amp;ffected</source>
        <translation>&amp;افراد آسیب‌دیده</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;پیامدها</translation>
    </message>
    <message>
        <source>Sou&amp;rces: how you know</source>
        <translation>منابع: از کجا &amp;خبر دارید</translation>
    </message>
    <message>
        <source>Ac&amp;tions taken</source>
        <translation>&amp;اقدامات انجام‌شده</translation>
    </message>
    <message>
        <source>Related i&amp;ncidents</source>
        <translation>&amp;رخدادهای مرتبط</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>واقعیت‌ها</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>چه کسی پشت آن است</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>عملی بودن</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>یادداشت‌های خصوصی</translation>
    </message>
    <message>
        <source>What is known for certain.</source>
        <translation>آنچه به‌طور قطعی معلوم است.</translation>
    </message>
    <message>
        <source>Is it part of a series? Is it escalating?</source>
        <translation>آیا بخشی از یک سلسله رخداد است؟ آیا در حال تشدید است؟</translation>
    </message>
    <message>
        <source>What do they want to achieve?</source>
        <translation>به دنبال رسیدن به چه هدفی هستند؟</translation>
    </message>
    <message>
        <source>Who may be behind it, and why.</source>
        <translation>چه کسی ممکن است پشت آن باشد، و چرا.</translation>
    </message>
    <message>
        <source>Could they carry out the threat?</source>
        <translation>آیا می‌توانند تهدید را عملی کنند؟</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;واقعیت‌ها</translation>
    </message>
    <message>
        <source>Pa&amp;ttern</source>
        <translation>&amp;الگو</translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation>&amp;هدف</translation>
    </message>
    <message>
        <source>Who is behin&amp;d it</source>
        <translation>چه کسی &amp;پشت آن است</translation>
    </message>
    <message>
        <source>F&amp;easibility</source>
        <translation>&amp;عملی بودن</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>ارزیابی تهدید</translation>
    </message>
    <message>
        <source>P&amp;rivate notes (only for you)</source>
        <translation>یادداشت‌های &amp;خصوصی (فقط برای شما)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>عاملان</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>افراد آسیب‌دیده</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>اقدامات انجام‌شده</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Who may see each part when you share a report. Restricted parts go only to people you trust; confidential parts stay with you unless you choose otherwise.</source>
        <translation>وقتی گزارشی را به اشتراک می‌گذارید، چه کسی می‌تواند هر بخش را ببیند. بخش‌های محدود فقط به افراد مورد اعتماد شما می‌رسد؛ بخش‌های محرمانه نزد خودتان می‌ماند، مگر اینکه خودتان چیز دیگری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>New incident</source>
        <translation>رخداد جدید</translation>
    </message>
    <message>
        <source>Search incidents (Ctrl+F)</source>
        <translation>جستجوی رخدادها (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>جستجوی رخدادها</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>فیلتر بر اساس نوع</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>فیلتر بر اساس وضعیت</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>فیلتر بر اساس برچسب</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>نمایش &amp;همه</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;گزارش…</translation>
    </message>
    <message>
        <source>Make a PDF report of the open incident</source>
        <translation>ساختن گزارش PDF از رخداد باز</translation>
    </message>
    <message>
        <source>Su&amp;mmary…</source>
        <translation>&amp;خلاصه…</translation>
    </message>
    <message>
        <source>Make a PDF summary of the incidents in the list</source>
        <translation>ساختن خلاصه PDF از رخدادهای فهرست</translation>
    </message>
    <message>
        <source>No incident matches the filters: there is nothing to sum up.</source>
        <translation>هیچ رخدادی با فیلترها جور نیست: چیزی برای خلاصه کردن نیست.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>نوع: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>وضعیت: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>برچسب: %1</translation>
    </message>
    <message>
        <source>Happened on or after %1</source>
        <translation>رخ‌داده در %1 یا پس از آن</translation>
    </message>
    <message>
        <source>Happened on or before %1</source>
        <translation>رخ‌داده در %1 یا پیش از آن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شماره مرجع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>رخدادها</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1 تاریخ نیست؛ آن را به شکل YYYY-MM-DD (میلادی، با ارقام انگلیسی) بنویسید.</translation>
    </message>
    <message>
        <source>No incident matches.</source>
        <translation>هیچ رخدادی مطابقت ندارد.</translation>
    </message>
</context>
<context>
    <name>InterventionsTable</name>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>مخاطب مرتبط</translation>
    </message>
    <message>
        <source>Told or asked</source>
        <translation>خطاب به</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>چه درخواستی شد</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>اقدامات انجام‌شده</translation>
    </message>
    <message>
        <source>Actions taken, row %1: %2</source>
        <translation>اقدامات انجام‌شده، ردیف %1: %2</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>لغو کار در حال انجام</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Incidents</source>
        <translation>رخدادها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>برنامه‌های ایمنی</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>الگوها</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>خروجی‌ها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>قفل کردن دفترچه (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>قفل کردن دفترچه</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>در حال کار</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>کار در حال انجام</translation>
    </message>
    <message>
        <source>Working… The journal is busy for a moment.</source>
        <translation>در حال کار… دفترچه برای لحظه‌ای مشغول است.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
</context>
<context>
    <name>LanguageView</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;ادامه</translation>
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
        <translation>پاک‌سازی اضطراری</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>HR Journal</source>
        <translation>HR Journal</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>دفترچه قفل است.</translation>
    </message>
    <message>
        <source>HR Journal hit an internal error (%1) and locked the journal; please report it.</source>
        <translation>HR Journal با خطای داخلی (%1) روبه‌رو شد و دفترچه را قفل کرد؛ لطفاً آن را گزارش کنید.</translation>
    </message>
    <message>
        <source>Copied; cleared from the clipboard in %1 seconds.</source>
        <translation>کپی شد؛ پس از %1 ثانیه از کلیپ‌بورد پاک می‌شود.</translation>
    </message>
    <message>
        <source>Please wait a moment: HR Journal is working.</source>
        <translation>لطفاً کمی صبر کنید: HR Journal در حال کار است.</translation>
    </message>
</context>
<context>
    <name>PanicButton</name>
    <message>
        <source>Panic wipe</source>
        <translation>پاک‌سازی اضطراری</translation>
    </message>
    <message>
        <source>Panic wipe: destroy the journal and its exports</source>
        <translation>پاک‌سازی اضطراری: از بین بردن دفترچه و خروجی‌های آن</translation>
    </message>
    <message>
        <source>Destroy the journal and every file exported from it, after a short countdown you can stop (Ctrl+Shift+Del).</source>
        <translation>دفترچه و همهٔ فایل‌هایی را که از آن خروجی گرفته شده‌اند، پس از شمارش معکوس کوتاهی که می‌توانید متوقفش کنید، از بین می‌برد (Ctrl+Shift+Del).</translation>
    </message>
</context>
<context>
    <name>PanicCountdown</name>
    <message>
        <source>Panic wipe</source>
        <translation>پاک‌سازی اضطراری</translation>
    </message>
    <message>
        <source>Panic wipe countdown</source>
        <translation>شمارش معکوس پاک‌سازی اضطراری</translation>
    </message>
    <message>
        <source>Time before the wipe</source>
        <translation>زمان باقی‌مانده تا پاک‌سازی</translation>
    </message>
    <message>
        <source>Press any key or click to cancel.</source>
        <translation>برای لغو، هر کلیدی را فشار دهید یا کلیک کنید.</translation>
    </message>
    <message>
        <source>Cancel the wipe</source>
        <translation>لغو پاک‌سازی</translation>
    </message>
    <message numerus="yes">
        <source>Wiping the journal in %n…</source>
        <translation>
            <numerusform>دفترچه تا %n ثانیهٔ دیگر پاک می‌شود…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicSettings</name>
    <message>
        <source>In an emergency</source>
        <translation>در شرایط اضطراری</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>بی‌درنگ</translation>
    </message>
    <message>
        <source>Panic countdown in seconds</source>
        <translation>شمارش معکوس پاک‌سازی اضطراری به ثانیه</translation>
    </message>
    <message>
        <source>After the panic button or Ctrl+Shift+Del, the seconds left to cancel the wipe by pressing any key.</source>
        <translation>پس از زدن دکمهٔ پاک‌سازی اضطراری یا Ctrl+Shift+Del، ثانیه‌هایی که برای لغو پاک‌سازی با فشردن هر کلیدی فرصت دارید.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Wipe the journal after this many wrong passphrases</source>
        <translation>پاک‌سازی دفترچه پس از این تعداد عبارت عبور نادرست</translation>
    </message>
    <message>
        <source>The count of wrong passphrases is kept beside the journal, unencrypted; a wipe cannot be undone.</source>
        <translation>تعداد عبارت‌های عبور نادرست در کنار دفترچه و بدون رمزگذاری نگه داشته می‌شود؛ پاک‌سازی بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Save e&amp;mergency settings</source>
        <translation>ذخیرهٔ تنظیمات &amp;اضطراری</translation>
    </message>
    <message>
        <source>Emergency settings message</source>
        <translation>پیام تنظیمات اضطراری</translation>
    </message>
    <message>
        <source>Set a &amp;duress passphrase…</source>
        <translation>تعیین عبارت عبور &amp;تحت فشار…</translation>
    </message>
    <message>
        <source>Remove the duress passphrase…</source>
        <translation>حذف عبارت عبور تحت فشار…</translation>
    </message>
    <message>
        <source>&amp;Practise a wipe…</source>
        <translation>&amp;تمرین پاک‌سازی…</translation>
    </message>
    <message>
        <source>Panic cou&amp;ntdown:</source>
        <translation>&amp;شمارش معکوس پاک‌سازی:</translation>
    </message>
    <message>
        <source>&amp;Wipe after wrong passphrases:</source>
        <translation>پاک‌سازی پس از عبارت‌های &amp;نادرست:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <source>The system refused (%1).</source>
        <translation>سیستم اجازه نداد (%1).</translation>
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
        <translation>آنچه را می‌دانید به تاریخ میلادی و با ارقام انگلیسی بنویسید: یک سال (2024)، یک ماه (2024-03)، یک روز (2024-03-05)، یا یک روز و ساعت (2024-03-05T14:30).</translation>
    </message>
    <message>
        <source>%1: how sure</source>
        <translation>%1: میزان اطمینان</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>&lt;h2&gt;Patterns&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الگوها&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you record incidents with a start date or a type, this page shows when they happened and what kinds they were.</source>
        <translation>هنوز چیزی برای نمایش نیست. وقتی رخدادهایی با تاریخ آغاز یا نوع ثبت کنید، این صفحه نشان می‌دهد که کی رخ داده‌اند و از چه نوعی بوده‌اند.</translation>
    </message>
    <message>
        <source>No patterns yet</source>
        <translation>هنوز الگویی نیست</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>رخدادها بر اساس ماه</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>رخدادها بر اساس نوع</translation>
    </message>
    <message>
        <source>Click a mark to open the incident. Hollow marks are incidents known only to the month or year, placed in the middle of that time.</source>
        <translation>برای باز کردن هر رخداد، روی نشانه آن کلیک کنید. نشانه‌های توخالی رخدادهایی هستند که تاریخشان فقط در حد ماه یا سال معلوم است و در میانه همان بازه قرار گرفته‌اند.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;خط زمانی</translation>
    </message>
    <message>
        <source>Incidents by &amp;month</source>
        <translation>رخدادها بر اساس &amp;ماه</translation>
    </message>
    <message>
        <source>Incidents dated only to a year are not counted here.</source>
        <translation>رخدادهایی که تاریخشان فقط در حد سال معلوم است، اینجا شمرده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Incidents by t&amp;ype</source>
        <translation>رخدادها بر اساس &amp;نوع</translation>
    </message>
    <message>
        <source>An incident of several types is counted under each.</source>
        <translation>رخدادی که چند نوع دارد، زیر هر یک از آن نوع‌ها شمرده می‌شود.</translation>
    </message>
    <message>
        <source>1 incident has a start date.</source>
        <translation>یک رخداد تاریخ آغاز دارد.</translation>
    </message>
    <message>
        <source>%1 have a start date.</source>
        <translation>%1 تاریخ آغاز دارند.</translation>
    </message>
    <message>
        <source>One of them is dated only to a year.</source>
        <translation>تاریخ یکی از آن‌ها فقط در حد سال معلوم است.</translation>
    </message>
    <message>
        <source>%1 of them are dated only to a year.</source>
        <translation>تاریخ %1 مورد از آن‌ها فقط در حد سال معلوم است.</translation>
    </message>
    <message>
        <source>The busiest months had %1 each; there were %2 of them.</source>
        <translation>پررخدادترین ماه‌ها هر کدام %1 داشتند؛ تعداد این ماه‌ها %2 بود.</translation>
    </message>
    <message>
        <source>The busiest month was %1, with %2.</source>
        <translation>پررخدادترین ماه %1 بود، با %2.</translation>
    </message>
    <message>
        <source>The busiest months were %1, with %2 each.</source>
        <translation>پررخدادترین ماه‌ها %1 بودند، هر کدام با %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Incidents without a start date are not on the timeline.</source>
        <translation>رخدادهای بدون تاریخ آغاز در خط زمانی نیستند.</translation>
    </message>
</context>
<context>
    <name>PerpetratorsTable</name>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>نوع دخالت</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>مخاطب مرتبط</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>روش شناسایی</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>عاملان</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <source>Me (the keeper of this journal)</source>
        <translation>خودم (صاحب این دفترچه)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Review reminder</source>
        <translation>یادآوری بازبینی</translation>
    </message>
    <message>
        <source>Problem with this plan</source>
        <translation>مشکل در این برنامه</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>بخش‌های برنامه</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;ذخیره برنامه</translation>
    </message>
    <message>
        <source>Save the safety plan</source>
        <translation>ذخیره برنامه ایمنی</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>درباره این برنامه</translation>
    </message>
    <message>
        <source>Each risk is scored likelihood times impact, each from 1 (very low) to 5 (very high). The risk level follows from the score.</source>
        <translation>امتیاز هر خطر از ضرب احتمال در پیامد به دست می‌آید؛ هر یک از ۱ (بسیار کم) تا ۵ (بسیار زیاد). سطح خطر از روی امتیاز تعیین می‌شود.</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>فهرست خطرها</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>پروتکل اعلام وضعیت</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>زنجیره تماس</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>سابقه بازبینی</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>عنوان برنامه</translation>
    </message>
    <message>
        <source>Whose plan this is</source>
        <translation>این برنامه متعلق به چه کسی است</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>تاریخ آخرین بازبینی</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>تاریخ بازبینی بعدی</translation>
    </message>
    <message>
        <source>When to review the plan sooner</source>
        <translation>چه زمانی برنامه زودتر بازبینی شود</translation>
    </message>
    <message>
        <source>Events that mean this plan must be read again, such as a new threat.</source>
        <translation>رویدادهایی که نشان می‌دهند این برنامه باید دوباره خوانده شود، مثلاً یک تهدید جدید.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;صاحب برنامه:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;نسخه:</translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation>&amp;آخرین بازبینی:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>بازبینی &amp;بعدی:</translation>
    </message>
    <message>
        <source>Review soone&amp;r if:</source>
        <translation>&amp;زودتر بازبینی شود اگر:</translation>
    </message>
    <message>
        <source>These kept edits could not be read back.</source>
        <translation>این ویرایش‌های نگه‌داشته‌شده را نمی‌توان دوباره خواند.</translation>
    </message>
    <message>
        <source>Give the plan a title before saving it.</source>
        <translation>پیش از ذخیره، برای برنامه عنوانی بنویسید.</translation>
    </message>
    <message>
        <source>The last review date</source>
        <translation>تاریخ آخرین بازبینی</translation>
    </message>
    <message>
        <source>The next review date</source>
        <translation>تاریخ بازبینی بعدی</translation>
    </message>
    <message>
        <source>%1 is not a real date; write it as YYYY-MM-DD.</source>
        <translation>%1 تاریخ معتبری نیست؛ آن را به شکل YYYY-MM-DD (میلادی، با ارقام انگلیسی) بنویسید.</translation>
    </message>
    <message>
        <source>This plan was due for review on %1. Read it through, change what is no longer true and add a line to the review log.</source>
        <translation>موعد بازبینی این برنامه %1 بود. آن را کامل بخوانید، آنچه را دیگر درست نیست تغییر دهید و یک خط به سابقه بازبینی اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (موعد بازبینی)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>بازبینی بعدی</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>برنامه‌های ایمنی</translation>
    </message>
    <message>
        <source>New safety plan from the chosen template</source>
        <translation>برنامه ایمنی جدید از قالب انتخاب‌شده</translation>
    </message>
    <message>
        <source>Template for a new plan</source>
        <translation>قالب برای برنامه جدید</translation>
    </message>
    <message>
        <source>New plans start from:</source>
        <translation>برنامه‌های جدید از این قالب شروع می‌شوند:</translation>
    </message>
    <message>
        <source>Review reminder</source>
        <translation>یادآوری بازبینی</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;گزارش…</translation>
    </message>
    <message>
        <source>Make a PDF of the open safety plan</source>
        <translation>ساختن PDF از برنامه ایمنی باز</translation>
    </message>
    <message>
        <source>Time to review: %1. Plans work only while they match your situation.</source>
        <translation>زمان بازبینی: %1. برنامه‌ها فقط تا وقتی کارآمدند که با وضعیت شما همخوانی داشته باشند.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>تغییراتی دارید که هنوز ذخیره نشده‌اند.</translation>
    </message>
    <message>
        <source>&amp;Save them</source>
        <translation>&amp;ذخیره کردن آن‌ها</translation>
    </message>
    <message>
        <source>&amp;Throw them away</source>
        <translation>&amp;دور انداختن آن‌ها</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;ادامه ویرایش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جدید</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>مورد جدید</translation>
    </message>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation>شروع یک مورد جدید (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>حذف مورد انتخاب‌شده</translation>
    </message>
    <message>
        <source>List message</source>
        <translation>پیام فهرست</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this record and empty its history? This cannot be undone.</source>
        <translation>این مورد حذف و تاریخچه‌اش پاک شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;حذف شود</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>افزودن یک ردیف به %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove the chosen row from %1</source>
        <translation>حذف ردیف انتخاب‌شده از %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1، ردیف %2</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>&lt;h2&gt;Write down your recovery secret&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;کد بازیابی خود را یادداشت کنید&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>It opens the journal if you forget your passphrase. It is shown only now. Write it on paper and keep it away from this computer.</source>
        <translation>اگر عبارت عبور خود را فراموش کنید، این کد دفترچه را باز می‌کند. فقط همین حالا نشان داده می‌شود. آن را روی کاغذ بنویسید و دور از این رایانه نگه دارید.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <source>The group of the recovery secret asked for</source>
        <translation>گروه درخواست‌شده از کد بازیابی</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;ادامه</translation>
    </message>
    <message>
        <source>When it is written down, type group %1 of %2 from your paper:</source>
        <translation>پس از یادداشت کردن، گروه %1 از %2 گروه را از روی کاغذ خود تایپ کنید:</translation>
    </message>
    <message>
        <source>That is not group %1; check your paper.</source>
        <translation>این گروه %1 نیست؛ کاغذ خود را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>RelatedIncidentsTable</name>
    <message>
        <source>Incident</source>
        <translation>رخداد</translation>
    </message>
    <message>
        <source>How it is related</source>
        <translation>نوع ارتباط</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>رخدادهای مرتبط</translation>
    </message>
    <message>
        <source>Choose the incident and how it is related in row %1 of Related incidents, or remove that row.</source>
        <translation>در ردیف %1 از «رخدادهای مرتبط»، رخداد و نوع ارتباط آن را انتخاب کنید، یا آن ردیف را حذف کنید.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>What the report is about</source>
        <translation>موضوع گزارش</translation>
    </message>
    <message>
        <source>Show &amp;images of the evidence</source>
        <translation>نمایش &amp;تصاویر مدارک</translation>
    </message>
    <message>
        <source>Show images of the evidence</source>
        <translation>نمایش تصاویر مدارک</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>پیام گزارش</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>ذخیره &amp;به‌عنوان…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>ذخیره گزارش به‌صورت فایل PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close the report window</source>
        <translation>بستن پنجره گزارش</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>گزارش رخداد</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>خلاصه رخدادها</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>برنامه ایمنی</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>کارت مخاطبان اضطراری</translation>
    </message>
    <message>
        <source>The people in your call order, and how to reach them.</source>
        <translation>افرادی که در ترتیب تماس شما هستند و راه تماس با آن‌ها.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>جستجو: %1</translation>
    </message>
    <message>
        <source>All the incidents in the journal.</source>
        <translation>همه رخدادهای دفترچه.</translation>
    </message>
    <message>
        <source>The incidents chosen by: %1</source>
        <translation>رخدادهایی که بر این اساس انتخاب شده‌اند: %1</translation>
    </message>
    <message>
        <source>Who is this copy for?</source>
        <translation>این نسخه برای چه کسی است؟</translation>
    </message>
    <message>
        <source>&amp;Share (redacted, for other people)</source>
        <translation>برای &amp;اشتراک (با پنهان‌سازی، برای دیگران)</translation>
    </message>
    <message>
        <source>Share: redacted, for other people</source>
        <translation>برای اشتراک: با پنهان‌سازی، برای دیگران</translation>
    </message>
    <message>
        <source>&amp;Full (everything, for yourself)</source>
        <translation>&amp;کامل (همه‌چیز، برای خودتان)</translation>
    </message>
    <message>
        <source>Full: everything, for yourself</source>
        <translation>کامل: همه‌چیز، برای خودتان</translation>
    </message>
    <message>
        <source>A safety plan is only made in full: it tells whoever reads it when you would be missed and what you would do. Protect it with a password.</source>
        <translation>برنامه ایمنی فقط به‌صورت کامل ساخته می‌شود: به خواننده‌اش می‌گوید کی نبودن شما احساس می‌شود و چه خواهید کرد. با گذرواژه از آن محافظت کنید.</translation>
    </message>
    <message>
        <source>Why a safety plan is only made in full</source>
        <translation>چرا برنامه ایمنی فقط به‌صورت کامل ساخته می‌شود</translation>
    </message>
    <message>
        <source>What this copy leaves out</source>
        <translation>آنچه این نسخه کنار می‌گذارد</translation>
    </message>
    <message>
        <source>What is kept as you wrote it</source>
        <translation>آنچه همان‌طور که نوشته‌اید می‌ماند</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>&amp;Protect the PDF with a password</source>
        <translation>&amp;محافظت از PDF با گذرواژه</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>محافظت از PDF با گذرواژه</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>گذرواژه PDF</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>تکرار گذرواژه PDF</translation>
    </message>
    <message>
        <source>The password is never stored. Give it to the reader another way than the file: in person, by phone or in a different app.</source>
        <translation>گذرواژه هرگز ذخیره نمی‌شود. آن را از راهی جدا از خود فایل به خواننده بدهید: حضوری، تلفنی یا در یک برنامه دیگر.</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>درباره گذرواژه</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>پیام گذرواژه</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <source>Names of people and organisations: their aliases are shown instead.</source>
        <translation>نام افراد و سازمان‌ها: به‌جای آن‌ها نام مستعارشان نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Sources and witnesses.</source>
        <translation>منابع و شاهدان.</translation>
    </message>
    <message>
        <source>Private notes.</source>
        <translation>یادداشت‌های خصوصی.</translation>
    </message>
    <message>
        <source>The threat assessment.</source>
        <translation>ارزیابی تهدید.</translation>
    </message>
    <message>
        <source>Phone numbers, addresses, accounts and fingerprints.</source>
        <translation>شماره تلفن‌ها، نشانی‌ها، حساب‌ها و اثر انگشت کلیدها.</translation>
    </message>
    <message>
        <source>Map coordinates.</source>
        <translation>مختصات نقشه.</translation>
    </message>
    <message>
        <source>Place details: only the town and the country are kept.</source>
        <translation>جزئیات مکان: فقط شهر و کشور می‌ماند.</translation>
    </message>
    <message>
        <source>The original names of evidence files.</source>
        <translation>نام‌های اصلی فایل‌های مدرک.</translation>
    </message>
    <message>
        <source>The custody log of evidence.</source>
        <translation>سابقه زنجیره نگهداری مدارک.</translation>
    </message>
    <message>
        <source>Every part of an incident marked confidential.</source>
        <translation>هر بخشی از رخداد که محرمانه علامت خورده است.</translation>
    </message>
    <message>
        <source>The whole plan: a safety plan is only exported in full.</source>
        <translation>کل برنامه: برنامه ایمنی فقط به‌صورت کامل خروجی گرفته می‌شود.</translation>
    </message>
    <message>
        <source>Notes about contacts.</source>
        <translation>یادداشت‌های مربوط به مخاطبان.</translation>
    </message>
    <message>
        <source>Text you wrote yourself (titles, descriptions, plan sections) is kept as written: read it for names before you share.</source>
        <translation>متنی که خودتان نوشته‌اید (عنوان‌ها، شرح‌ها، بخش‌های برنامه) همان‌طور که نوشته شده می‌ماند: پیش از اشتراک‌گذاری، آن را از نظر وجود نام‌ها بخوانید.</translation>
    </message>
    <message>
        <source>Nothing is removed: this copy holds every detail, names and contact details included.</source>
        <translation>چیزی حذف نمی‌شود: این نسخه همه جزئیات را دارد، از جمله نام‌ها و اطلاعات تماس.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message>
        <source>A PDF password needs at least %1 characters; a short one is guessed in minutes.</source>
        <translation>گذرواژه PDF دست‌کم %1 نویسه لازم دارد؛ گذرواژه کوتاه در چند دقیقه حدس زده می‌شود.</translation>
    </message>
    <message>
        <source>A PDF password can be at most %1 bytes long (about 60 letters of a non-Latin script), or some readers will not open the PDF.</source>
        <translation>گذرواژهٔ PDF حداکثر می‌تواند %1 بایت باشد (حدود ۶۰ حرف از یک خط غیرلاتین)؛ وگرنه برخی برنامه‌های خواندن، PDF را باز نمی‌کنند.</translation>
    </message>
    <message>
        <source>This PDF password holds a character that PDF readers do not all read alike (an invisible or unusual character or space); choose another.</source>
        <translation>این گذرواژهٔ PDF نویسه‌ای دارد که همهٔ برنامه‌های خواندن PDF آن را یکسان نمی‌خوانند (نویسه یا فاصله‌ای نامرئی یا غیرمعمول)؛ گذرواژهٔ دیگری برگزینید.</translation>
    </message>
    <message>
        <source>Matching a search (its words are left out of shared copies)</source>
        <translation>مطابق یک جستجو (واژه‌های جستجو در نسخه‌های اشتراکی نمی‌آیند)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>ذخیره گزارش با نام</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>فایل جایگزین شود؟</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 از قبل وجود دارد. با این گزارش جایگزین شود؟</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;جایگزین شود</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>در حال ساختن گزارش…</translation>
    </message>
    <message>
        <source>Saved %1 (%2). It is in the export register; the panic wipe will destroy it.</source>
        <translation>%1 ذخیره شد (%2). این فایل در فهرست خروجی‌ها ثبت است؛ پاک‌سازی اضطراری آن را از بین می‌برد.</translation>
    </message>
    <message>
        <source>It has no password: anyone who gets the file can read it.</source>
        <translation>گذرواژه ندارد: هر کسی که فایل به دستش برسد می‌تواند آن را بخواند.</translation>
    </message>
</context>
<context>
    <name>ReviewLogEditor</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>بازبینی‌کننده</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>چه چیزی تغییر کرد</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>سابقه بازبینی</translation>
    </message>
    <message>
        <source>&amp;Add a review</source>
        <translation>&amp;افزودن بازبینی</translation>
    </message>
    <message>
        <source>Add a review dated today</source>
        <translation>افزودن یک بازبینی با تاریخ امروز</translation>
    </message>
    <message>
        <source>&amp;Remove this review</source>
        <translation>&amp;حذف این بازبینی</translation>
    </message>
    <message>
        <source>Remove the selected review</source>
        <translation>حذف بازبینی انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message>
        <source>Threat</source>
        <translation>تهدید</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>احتمال (۱ تا ۵)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>پیامد (۱ تا ۵)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>سطح خطر</translation>
    </message>
    <message>
        <source>Who or what is behind it</source>
        <translation>چه کسی یا چه چیزی پشت آن است</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>آسیب‌پذیری‌ها</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>ظرفیت‌ها</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>پیشگیری</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>اگر رخ دهد</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>چه کسی اقدام می‌کند</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>فهرست خطرها</translation>
    </message>
    <message>
        <source>&amp;Add a risk</source>
        <translation>&amp;افزودن خطر</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>افزودن خطر</translation>
    </message>
    <message>
        <source>&amp;Remove this risk</source>
        <translation>&amp;حذف این خطر</translation>
    </message>
    <message>
        <source>Remove the selected risk</source>
        <translation>حذف خطر انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings message</source>
        <translation>پیام تنظیمات</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>حفاظت</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>قفل شدن پس از این تعداد دقیقه بدون استفاده</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>قفل شدن هنگام کوچک کردن پنجره</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>Clear copied text after this many seconds</source>
        <translation>پاک کردن متن کپی‌شده پس از این تعداد ثانیه</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Delete exports after this many days</source>
        <translation>حذف خروجی‌ها پس از این تعداد روز</translation>
    </message>
    <message>
        <source>Each time you unlock the journal, PDF and JSON files made from it longer ago than this are overwritten and deleted.</source>
        <translation>هر بار که قفل دفترچه را باز می‌کنید، فایل‌های PDF و JSON که پیش از این مدت از آن ساخته شده‌اند بازنویسی و حذف می‌شوند.</translation>
    </message>
    <message>
        <source>Remind me to back up after this many days</source>
        <translation>یادآوری پشتیبان‌گیری پس از این تعداد روز</translation>
    </message>
    <message>
        <source>Each time you unlock the journal, HR Journal says so if the last backup is older than this, or if there is none yet.</source>
        <translation>هر بار که دفترچه را باز می‌کنید، اگر آخرین نسخه پشتیبان قدیمی‌تر از این باشد یا هنوز هیچ نسخه‌ای نباشد، HR Journal به شما می‌گوید.</translation>
    </message>
    <message>
        <source>Screenshots and screen sharing leave HR Journal&apos;s windows out.</source>
        <translation>پنجره‌های HR Journal در عکس صفحه و اشتراک‌گذاری صفحه دیده نمی‌شوند.</translation>
    </message>
    <message>
        <source>This system cannot keep HR Journal&apos;s windows out of screenshots or screen sharing; lock the journal before sharing your screen.</source>
        <translation>این سیستم نمی‌تواند پنجره‌های HR Journal را از عکس صفحه یا اشتراک‌گذاری صفحه بیرون نگه دارد؛ پیش از اشتراک‌گذاری صفحه، دفترچه را قفل کنید.</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>ضبط صفحه</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;ذخیره تنظیمات</translation>
    </message>
    <message>
        <source>Save the protection settings</source>
        <translation>ذخیره تنظیمات حفاظت</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;قفل پس از بیکاری:</translation>
    </message>
    <message>
        <source>Clear &amp;copied text after:</source>
        <translation>&amp;پاک کردن متن کپی‌شده پس از:</translation>
    </message>
    <message>
        <source>Delete &amp;exports after (days):</source>
        <translation>حذف &amp;خروجی‌ها پس از (روز):</translation>
    </message>
    <message>
        <source>Remind me to &amp;back up after (days):</source>
        <translation>یادآوری پشتیبان‌&amp;گیری پس از (روز):</translation>
    </message>
    <message>
        <source>Language and discretion</source>
        <translation>زبان و حالت نامحسوس</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <source>Discreet mode: a neutral window title and icon</source>
        <translation>حالت نامحسوس: عنوان و نماد خنثی برای پنجره</translation>
    </message>
    <message>
        <source>Save &amp;language and discretion</source>
        <translation>ذخیره زبان و &amp;حالت نامحسوس</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>Current passphrase or recovery secret</source>
        <translation>عبارت عبور فعلی یا کد بازیابی</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت عبور جدید</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>تکرار عبارت عبور جدید</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;تغییر عبارت عبور</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>پیام عبارت عبور</translation>
    </message>
    <message>
        <source>Share the recovery secret with &amp;trusted contacts…</source>
        <translation>اشتراک‌گذاری کد بازیابی با مخاطبان &amp;مورد اعتماد…</translation>
    </message>
    <message>
        <source>Share the recovery secret with trusted contacts</source>
        <translation>اشتراک‌گذاری کد بازیابی با مخاطبان مورد اعتماد</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>فعلی:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>جدید:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>تکرار:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Saved. The new language is used from the next start of HR Journal.</source>
        <translation>ذخیره شد. زبان جدید از دفعه بعد که HR Journal را باز کنید به کار می‌رود.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>دو عبارت عبور جدید یکسان نیستند.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Change again to use it anyway.</source>
        <translation>حدس زدن این عبارت عبور برای کسی که رایانه شما را بردارد آسان است. چند واژه نامرتبط اضافه کنید، یا برای استفاده از همین عبارت دوباره روی «تغییر» بزنید.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>در حال تغییر عبارت عبور…</translation>
    </message>
    <message>
        <source>The passphrase is changed; use the new one from now on.</source>
        <translation>عبارت عبور تغییر کرد؛ از این پس از عبارت جدید استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>ShareCardsDialog</name>
    <message>
        <source>Share the recovery secret with trusted contacts</source>
        <translation>اشتراک‌گذاری کد بازیابی با مخاطبان مورد اعتماد</translation>
    </message>
    <message>
        <source>Making the cards</source>
        <translation>در حال ساخت کارت‌ها</translation>
    </message>
    <message>
        <source>Share cards message</source>
        <translation>پیام کارت‌های بخش</translation>
    </message>
    <message>
        <source>&amp;Make the cards</source>
        <translation>&amp;ساخت کارت‌ها</translation>
    </message>
    <message>
        <source>Make the share cards</source>
        <translation>ساخت کارت‌های بخش</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارت عبور شما</translation>
    </message>
    <message>
        <source>Keepers of the cards</source>
        <translation>نگهدارندگان کارت‌ها</translation>
    </message>
    <message>
        <source>Check each contact who keeps one card; the cards are numbered in this order.</source>
        <translation>هر مخاطبی را که یک کارت نگه می‌دارد علامت بزنید؛ کارت‌ها به همین ترتیب شماره‌گذاری می‌شوند.</translation>
    </message>
    <message>
        <source>Cards needed to rebuild the recovery secret</source>
        <translation>تعداد کارت‌های لازم برای بازسازی کد بازیابی</translation>
    </message>
    <message>
        <source>Language of the cards</source>
        <translation>زبان کارت‌ها</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>پوشه کارت‌ها</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>انت&amp;خاب…</translation>
    </message>
    <message>
        <source>Choose the folder for the cards</source>
        <translation>انتخاب پوشه کارت‌ها</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>&amp;عبارت عبور شما:</translation>
    </message>
    <message>
        <source>&amp;Keepers:</source>
        <translation>&amp;نگهدارندگان:</translation>
    </message>
    <message>
        <source>Cards &amp;needed:</source>
        <translation>کارت‌های &amp;لازم:</translation>
    </message>
    <message>
        <source>&amp;Language of the cards:</source>
        <translation>&amp;زبان کارت‌ها:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;پوشه:</translation>
    </message>
    <message>
        <source>This makes a NEW recovery secret: the one you wrote down stops working. Each card goes to one keeper; any %1 of them rebuild it.</source>
        <translation>این کار یک کد بازیابی جدید می‌سازد: کدی که یادداشت کرده‌اید دیگر کار نمی‌کند. هر کارت به یک نگهدارنده داده می‌شود؛ هر %1 کارت از آن‌ها کد را بازسازی می‌کنند.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>ابتدا عبارت عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Check at least two contacts to keep the cards.</source>
        <translation>دست‌کم دو مخاطب را برای نگهداری کارت‌ها علامت بزنید.</translation>
    </message>
    <message>
        <source>At most %1 cards can be made; check fewer contacts.</source>
        <translation>حداکثر %1 کارت می‌توان ساخت؛ مخاطبان کمتری را علامت بزنید.</translation>
    </message>
    <message>
        <source>Choose the folder for the cards first.</source>
        <translation>ابتدا پوشه کارت‌ها را انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>The cards are in %1 (%n of them): print each one, hand it to its keeper in person, then delete the files on the Exports screen.</source>
        <translation>
            <numerusform>کارت‌ها در %1 هستند (%n کارت): هر کدام را چاپ کنید، حضوری به نگهدارنده‌اش بدهید، سپس فایل‌ها را در صفحه «خروجی‌ها» حذف کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the cards… this takes a moment.</source>
        <translation>در حال ساخت کارت‌ها… کمی طول می‌کشد.</translation>
    </message>
</context>
<context>
    <name>SharesRecoveryDialog</name>
    <message>
        <source>Set a new passphrase with recovery shares</source>
        <translation>تعیین عبارت عبور جدید با بخش‌های کد بازیابی</translation>
    </message>
    <message>
        <source>Type the words of each card you have from your trusted contacts, as printed, separated by spaces. The cards say how many of them are needed.</source>
        <translation>واژه‌های هر کارتی را که از مخاطبان مورد اعتمادتان دارید، همان‌طور که چاپ شده، با فاصله از هم وارد کنید. روی کارت‌ها نوشته شده که چند تا از آن‌ها لازم است.</translation>
    </message>
    <message>
        <source>&amp;Add another share</source>
        <translation>&amp;افزودن بخش دیگر</translation>
    </message>
    <message>
        <source>Add a box for another share</source>
        <translation>افزودن کادر برای بخشی دیگر</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت عبور جدید</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>تکرار عبارت عبور جدید</translation>
    </message>
    <message>
        <source>Setting the new passphrase</source>
        <translation>در حال تعیین عبارت عبور جدید</translation>
    </message>
    <message>
        <source>Recovery shares message</source>
        <translation>پیام بخش‌های کد بازیابی</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارت عبور &amp;جدید:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <source>&amp;Set the new passphrase</source>
        <translation>ت&amp;عیین عبارت عبور جدید</translation>
    </message>
    <message>
        <source>Set the new passphrase with these shares</source>
        <translation>تعیین عبارت عبور جدید با این بخش‌ها</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>بخش %1</translation>
    </message>
    <message>
        <source>Share %1:</source>
        <translation>بخش %1:</translation>
    </message>
    <message>
        <source>Type the words of your shares first.</source>
        <translation>ابتدا واژه‌های بخش‌هایتان را وارد کنید.</translation>
    </message>
    <message>
        <source>Type the new passphrase you want.</source>
        <translation>عبارت عبور جدیدی را که می‌خواهید وارد کنید.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>دو عبارت عبور جدید یکسان نیستند.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Set again to use it anyway.</source>
        <translation>حدس زدن این عبارت عبور برای کسی که رایانه شما را بردارد آسان است. چند واژه نامرتبط اضافه کنید، یا برای استفاده از همین عبارت دوباره روی «تعیین» بزنید.</translation>
    </message>
    <message>
        <source>The new passphrase is set; unlock with it now.</source>
        <translation>عبارت عبور جدید تعیین شد؛ اکنون با آن قفل را باز کنید.</translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation>در حال کار… این کار لحظه‌ای طول می‌کشد.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Linked contact</source>
        <translation>مخاطب مرتبط</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>نسبت با رخداد</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>نوع منبع</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>میزان اعتبار</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>قدرت عبارت عبور</translation>
    </message>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>بسیار ضعیف: حدس زدنش آسان است</translation>
    </message>
    <message>
        <source>Weak: add more words</source>
        <translation>ضعیف: کلمات بیشتری اضافه کنید</translation>
    </message>
    <message>
        <source>Fair: one or two more words would help</source>
        <translation>متوسط: یکی دو کلمه بیشتر کمک می‌کند</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوی</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>بسیار قوی</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of incidents</source>
        <translation>خط زمانی رخدادها</translation>
    </message>
    <message>
        <source>1 incident: %1. Press Enter to open it.</source>
        <translation>یک رخداد: %1. برای باز کردن آن، Enter را بزنید.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3. Use the arrow keys to go from one to the next.</source>
        <translation>%1، از %2 تا %3. برای رفتن از یکی به بعدی، از کلیدهای جهت‌نما استفاده کنید.</translation>
    </message>
    <message>
        <source>Selected: %1. Press Enter to open it.</source>
        <translation>انتخاب‌شده: %1. برای باز کردن آن، Enter را بزنید.</translation>
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
        <translation>دفترچه آموزشی: همه موارد این دفترچه ساختگی است. هرگز اطلاعات واقعی در آن وارد نکنید.</translation>
    </message>
    <message>
        <source>Training journal</source>
        <translation>دفترچه آموزشی</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>&lt;h2&gt;Unlock your journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;قفل دفترچه خود را باز کنید&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your passphrase, or your recovery secret:</source>
        <translation>عبارت عبور یا کد بازیابی شما:</translation>
    </message>
    <message>
        <source>Passphrase or recovery secret</source>
        <translation>عبارت عبور یا کد بازیابی</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>در حال باز کردن قفل</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Open the help</source>
        <translation>باز کردن راهنما</translation>
    </message>
    <message>
        <source>How HR Journal works, without the internet (F1)</source>
        <translation>HR Journal چگونه کار می‌کند، بدون اینترنت (F1)</translation>
    </message>
    <message>
        <source>Lost your passphrase? Use recovery &amp;shares…</source>
        <translation>عبارت عبور را گم کرده‌اید؟ از بخش‌های کد بازیابی استفاده &amp;کنید…</translation>
    </message>
    <message>
        <source>Lost your passphrase? Set a new one with recovery shares</source>
        <translation>عبارت عبور را گم کرده‌اید؟ با بخش‌های کد بازیابی عبارت جدیدی تعیین کنید</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>ابتدا عبارت عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>در حال باز کردن قفل…</translation>
    </message>
</context>
<context>
    <name>WipeRehearsal</name>
    <message>
        <source>Practise a wipe</source>
        <translation>تمرین پاک‌سازی</translation>
    </message>
    <message>
        <source>This is only a practice: nothing is destroyed. A real panic wipe would destroy the following.</source>
        <translation>این فقط یک تمرین است: چیزی از بین نمی‌رود. یک پاک‌سازی اضطراری واقعی موارد زیر را از بین می‌برد.</translation>
    </message>
    <message>
        <source>What a panic wipe would destroy</source>
        <translation>آنچه پاک‌سازی اضطراری از بین می‌برد</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close the practice</source>
        <translation>بستن تمرین</translation>
    </message>
    <message>
        <source>Looking at the journal&apos;s files…</source>
        <translation>در حال بررسی فایل‌های دفترچه…</translation>
    </message>
    <message>
        <source>First the journal&apos;s key: from that moment nothing of the journal can be opened, not even with the passphrase or the recovery secret.</source>
        <translation>نخست کلید دفترچه: از آن لحظه هیچ بخشی از دفترچه باز نمی‌شود، حتی با عبارت عبور یا کد بازیابی.</translation>
    </message>
    <message>
        <source>Then the secret in the system keyring that ties the journal to this computer.</source>
        <translation>سپس رمزی در جاکلیدی سیستم که دفترچه را به این رایانه پیوند می‌دهد.</translation>
    </message>
    <message numerus="yes">
        <source>Then the exported files (%n):</source>
        <translation>
            <numerusform>سپس فایل‌های خروجی (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>دیگر وجود ندارد</translation>
    </message>
    <message numerus="yes">
        <source>Then the journal&apos;s own files (%n):</source>
        <translation>
            <numerusform>سپس فایل‌های خود دفترچه (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would leave these alone, although the export register names them (%n):</source>
        <translation>
            <numerusform>این موارد را دست‌نخورده می‌گذارد، هرچند در فهرست خروجی‌ها نام برده شده‌اند (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1.</source>
        <translation>روی هم: %1.</translation>
    </message>
    <message>
        <source>How long the rest would take could not be measured here.</source>
        <translation>مدت زمان لازم برای بقیه در اینجا قابل اندازه‌گیری نبود.</translation>
    </message>
    <message>
        <source>Destroying the key takes well under a second; everything would be gone in about %1 seconds.</source>
        <translation>از بین بردن کلید بسیار کمتر از یک ثانیه طول می‌کشد؛ همه چیز در حدود %1 ثانیه از بین می‌رود.</translation>
    </message>
</context>
<context>
    <name>WipeReportWindow</name>
    <message>
        <source>Panic wipe</source>
        <translation>پاک‌سازی اضطراری</translation>
    </message>
    <message>
        <source>Panic wipe report</source>
        <translation>گزارش پاک‌سازی اضطراری</translation>
    </message>
    <message>
        <source>Wiping the journal…</source>
        <translation>در حال پاک‌سازی دفترچه…</translation>
    </message>
    <message>
        <source>Wipe status</source>
        <translation>وضعیت پاک‌سازی</translation>
    </message>
    <message>
        <source>Wipe progress</source>
        <translation>پیشرفت پاک‌سازی</translation>
    </message>
    <message>
        <source>What the wipe did</source>
        <translation>آنچه پاک‌سازی انجام داد</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close HR Journal</source>
        <translation>بستن HR Journal</translation>
    </message>
    <message>
        <source>The wipe is over, but some files could not be destroyed: they are listed below.</source>
        <translation>پاک‌سازی تمام شد، اما برخی فایل‌ها از بین نرفتند: فهرست آن‌ها در زیر آمده است.</translation>
    </message>
    <message>
        <source>There was no journal here to wipe.</source>
        <translation>اینجا دفترچه‌ای برای پاک‌سازی نبود.</translation>
    </message>
    <message>
        <source>The journal is wiped.</source>
        <translation>دفترچه پاک شد.</translation>
    </message>
    <message>
        <source>The journal&apos;s key was destroyed after %1 s: the journal can no longer be opened, not even with the passphrase or the recovery secret.</source>
        <translation>کلید دفترچه پس از %1 ثانیه نابود شد: دفترچه دیگر باز نمی‌شود، حتی با عبارت عبور یا کد بازیابی.</translation>
    </message>
    <message>
        <source>The journal&apos;s key could not be destroyed (see below): the journal can still be opened with the passphrase.</source>
        <translation>کلید دفترچه نابود نشد (پایین را ببینید): دفترچه هنوز با عبارت عبور باز می‌شود.</translation>
    </message>
    <message>
        <source>There was no key header to destroy here.</source>
        <translation>اینجا فایل کلیدی برای نابودکردن نبود.</translation>
    </message>
    <message>
        <source>Exported files destroyed: %1 of %2.</source>
        <translation>فایل‌های صادرشدهٔ نابودشده: %1 از %2.</translation>
    </message>
    <message>
        <source>Files of the journal destroyed: %1.</source>
        <translation>فایل‌های نابودشدهٔ دفترچه: %1.</translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation>نابودکردن %1 ممکن نشد: %2.</translation>
    </message>
    <message>
        <source>The wipe took %1 s.</source>
        <translation>پاک‌سازی %1 ثانیه طول کشید.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>اجازهٔ دسترسی داده نشد</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>دیسک فقط‌خواندنی است</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>فایل در حال استفاده است</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>دیسک خطا گزارش کرد</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>دیسک پر است</translation>
    </message>
    <message>
        <source>not destroyed: a folder that is not an export&apos;s</source>
        <translation>نابود نشد: پوشه‌ای که به یک خروجی تعلق ندارد</translation>
    </message>
    <message>
        <source>not destroyed: a file that belongs to another user</source>
        <translation>نابود نشد: فایلی که متعلق به کاربر دیگری است</translation>
    </message>
    <message>
        <source>The wipe could not finish.</source>
        <translation>پاک‌سازی نتوانست تمام شود.</translation>
    </message>
</context>
<context>
    <name>country</name>
    <message>
        <source>Afghanistan</source>
        <translation>افغانستان</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>آلبانی</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>الجزایر</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>ساموآی آمریکایی</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>آندورا</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>آنگولا</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>آنگیل</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>جنوبگان</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>آنتیگوا و باربودا</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>آرژانتین</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>ارمنستان</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>آروبا</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>استرالیا</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>اتریش</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>آذربایجان</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>باهاما</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>بحرین</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>بنگلادش</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>باربادوس</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>بلاروس</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>بلژیک</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>بلیز</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>بنین</translation>
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
        <translation>بولیوی</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>بنیر، سنت یوستتیوس</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>بوسنی و هرزگوین</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>بوتسوانا</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>جزیرهٔ بووت</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>برزیل</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>مستعمره‌های انگلستان در اقیانوس هند</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>برونئی دارالسلام</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>بلغارستان</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>بورکینافاسو</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>بوروندی</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>کیپ‌ورد</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>کامبوج</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>کامرون</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>کانادا</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>جزایر کِیمن</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>جمهوری آفریقای مرکزی</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>چاد</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>شیلی</translation>
    </message>
    <message>
        <source>China</source>
        <translation>چین</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>جزیرهٔ کریسمس</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>جزایر کوکوس</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>کلمبیا</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>کومورو</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>کونگو</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>جمهوری دموکراتیک کنگو</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>جزایر کوک</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>کاستاریکا</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>کرواسی</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>کوبا</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>کوراسائو</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>قبرس</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>چک</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>ساحل عاج</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>دانمارک</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>جیبوتی</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>دومینیکا</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>جمهوری دومینیکن</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>اکوادور</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>السالوادور</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>گینهٔ استوایی</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>اریتره</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>استونی</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>پادشاهی سوازیلند</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>اتیوپی</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>جزایر فالکلند(مالویناس)</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>جزایر فارو</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>فیجی</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>فنلاند</translation>
    </message>
    <message>
        <source>France</source>
        <translation>فرانسه</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>گویان فرانسه</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>پلی‌نزی فرانسه</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>مستعمره‌های جنوبی فرانسه</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>گابون</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>گامبیا</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>گرجستان</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>آلمان</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>غنا</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>گیبرالتار</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>یونان</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>گروئنلند</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>گرانادا</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>گوادلوپ</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>گوام</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>گواتمالا</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>گرنزی</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>گینه</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>گینهٔ بیسائو</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>گویان</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>هاییتی</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>جزیرهٔ هرد و جزایر مک‌دونالد</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>دولت شهر واتیکان</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>هندوراس</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>هنگ کنگ</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>مجارستان</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>ایسلند</translation>
    </message>
    <message>
        <source>India</source>
        <translation>هندوستان</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>اندونزی</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>ایران</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>عراق</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>ایرلند</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>جزیره من</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>اسراییل</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>ایتالیا</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>جاماییکا</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>ژاپن</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>جرسی</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>اردن</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>قزاقستان</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>کنیا</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>کیریباتی</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>کویت</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>قرقیزستان</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>لائوس</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>لتونی</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>لبنان</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>لسوتو</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>لیبریا</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>لیبی</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>لیختن‌اشتاین</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>لیتوانی</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>لوگزامبورگ</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>ماکائو</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>ماداگاسکار</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>مالاوی</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>مالزی</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>مالدیو</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>مالی</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>جزیره مالت</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>جزایر مارشال</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>مارتینیک</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>موریتانی</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>موریتیوس</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>مایوت</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>مکزیک</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>میکرونزی، ایالات فدرال</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>مولداوی</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>موناکو</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>مغولستان</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>مونته نگرو</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>مونت‌سرات</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>مراکش</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>موزامبیک</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>میانمار</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>نامیبیا</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>نائورو</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>نپال</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>هلند</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>کالدونیای جدید</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>نیوزیلند</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>نیکاراگوئه</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>نیجر</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>نیجریه</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>نیوئه</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>جزیرهٔ نورفولک</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>کره شمالی</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>مقدونیه شمالی</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>جزایر ماریانای شمالی</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>نروژ</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>عمان</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>پاکستان</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>پالائو</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>فلسطین</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>پاناما</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>پاپوا گینهٔ نو</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>پاراگوئه</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>پرو</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>فیلیپین</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>پیتکایرن</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>لهستان</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>پرتغال</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>پورتو ریکو</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>رومانی</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>روسیه فدرال</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>رواندا</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>رئونیون</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>سنت بارتلمی</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>سنت هلنا, Ascension و Tristan da Cunha</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>سن کیتس و نویس</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>سن لوسیا</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>سنت مارتین (بخش فرانسوی)</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>سنت پیر و میکلون</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>سن وینسنت و گرنادین</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>ساموا</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>سان مارینو</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>سائو تومه و پرینسیپه</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>عربستان سعودی</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>سنگال</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>صربستان</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>سیشل</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>سیرالئون</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>سنگاپور</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>سنت مارتین (بخش آلمانی)</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>اسلواکی</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>اسلوونی</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>جزایر سلیمان</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>سومالی</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>آفریقای جنوبی</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>جورجیای جنوبی و جزایر ساندویچ جنوبی</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>کره جنوبی</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>سودان جنوبی</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>اسپانیا</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>سری‌لانکا</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>سودان</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>سورینام</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>اسوالبارد و جان ماین</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>سوئد</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>سوئیس</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>سوریه</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>تایوان</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>تاجیکستان</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>تانزانیا</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>تایلند</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>تیمور شرقی</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>توگو</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>توکلائو</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>تونگا</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>ترینیداد و تُباگو</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>تونس</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>ترکمنستان</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>جزایر ترک و کایکوس</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>تووالو</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>ترکیه</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>اوگاندا</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>اکراین</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>امارات متحده عربی</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>انگلستان</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>ایالات متحدهٔ آمریکا</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>جزایر کوچک دورافتادهٔ ایالات متحده</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>اروگوئه</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>ازبکستان</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>وانواتو</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>ونزوئلا</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>ویتنام</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>جزایر ویرجین ، بریتانیا</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>جزایر ویرجین ایالات متحده</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>والیس و فیوتونا</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>صحرای غربی</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>یمن</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>زامبیا</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>زیمبابوه</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>جزایر آلند</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>%1, item %2</source>
        <translation>%1، مورد %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>پس از (دقیقه)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>At</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>ساعات در دسترس بودن</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بازبینی‌کننده</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>ظرفیت‌ها</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>راه تماس</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>راه‌های تماس</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>اعلام وضعیت</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>برنامه ارتباطی</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>محرمانگی</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>نسبت با رخداد</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>زنجیره تماس</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Context and actors</source>
        <translation>زمینه و بازیگران</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>اگر رخ دهد</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>زنجیره نگهداری</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>گام‌ها در صورت انجام نشدن اعلام وضعیت</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>واقعیت‌ها</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>عملی بودن</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>نام فایل</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>شماره ایمنی یا اثر انگشت</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>فرمت</translation>
    </message>
    <message>
        <source>Grace period (minutes)</source>
        <translation>صبر پیش از اقدام (دقیقه)</translation>
    </message>
    <message>
        <source>How exact the start date is</source>
        <translation>میزان اطمینان از تاریخ آغاز</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>چگونه شناسایی شد</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>اگر بازداشت شوم</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>پیامدها</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>رخداد</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>انواع رخداد</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>رخدادها</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>اقدامات انجام‌شده</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>نوع دخالت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>آخرین بازبینی</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>آخرین تأیید</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>شهر یا روستا</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>نوع منبع</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>نوع فایل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>بازبینی بعدی</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>خطاب به</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>افراد آسیب‌دیده</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>عاملان</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>جایگاه در ترتیب تماس</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>ترجیحی</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>پیشگیری</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>یادداشت‌های خصوصی</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان یا منطقه</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>رخدادهای مرتبط</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>نوع ارتباط</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>میزان اعتبار</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>چه درخواستی شد</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>سابقه بازبینی</translation>
    </message>
    <message>
        <source>Review triggers</source>
        <translation>چه زمانی برنامه زودتر بازبینی شود</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>فهرست خطرها</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>برنامه‌های ایمنی</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>زمان اعلام وضعیت</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>چه کسی یا چه چیزی پشت آن است</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاریخ آغاز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>تهدید</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>ارزیابی تهدید</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>شماره یا نشانی</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تاریخ تأیید</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>آسیب‌پذیری‌ها</translation>
    </message>
    <message>
        <source>What they may receive</source>
        <translation>اسنادی که این مخاطب می‌تواند دریافت کند</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>چه کسی پشت آن است</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>After {minutes} minutes</source>
        <translation>پس از {minutes} دقیقه</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>همه رخدادها</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: for the people it was given to; do not forward or publish</source>
        <translation>محرمانه: فقط برای کسانی که این سند به آن‌ها داده شده است؛ آن را برای دیگران نفرستید و منتشر نکنید</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>ظرفیت‌ها</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>پروتکل اعلام وضعیت</translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation>معیار انتخاب</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>نسبت با رخداد</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>زنجیره تماس</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>اگر رخ دهد</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>زنجیره نگهداری</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>کارت مخاطبان اضطراری</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Evidence referenced</source>
        <translation>مدارک ذکرشده</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>واقعیت‌ها</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>عملی بودن</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>برای {name}</translation>
    </message>
    <message>
        <source>Give the words only to the journal&apos;s owner, when they ask you in person or through the channel you agreed on. If anyone else asks, even in the owner&apos;s name, do not give them.</source>
        <translation>کلمات را فقط به صاحب دفترچه بدهید، آن هم وقتی که خودش حضوری یا از راه ارتباطی که با هم توافق کرده‌اید از شما بخواهد. اگر کس دیگری آن‌ها را خواست، حتی به نام صاحب دفترچه، به او ندهید.</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>صبر پیش از اقدام</translation>
    </message>
    <message>
        <source>How</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>روش شناسایی</translation>
    </message>
    <message>
        <source>How the owner uses the shares</source>
        <translation>صاحب دفترچه چگونه از بخش‌ها استفاده می‌کند</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>روش تماس</translation>
    </message>
    <message>
        <source>If a check-in is missed</source>
        <translation>اگر اعلام وضعیت انجام نشد</translation>
    </message>
    <message>
        <source>If this page is lost, or someone else may have seen it, tell the owner: they can make new shares, and then this set stops working.</source>
        <translation>اگر این برگه گم شد، یا ممکن است کس دیگری آن را دیده باشد، به صاحب دفترچه خبر دهید: او می‌تواند بخش‌های تازه بسازد، و آن‌وقت این مجموعه دیگر کار نمی‌کند.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>پیامدها</translation>
    </message>
    <message>
        <source>In the app: unlock with recovery shares, and type the words of each share.</source>
        <translation>در برنامه: باز کردن قفل با بخش‌های کد بازیابی را انتخاب کنید و کلمات هر بخش را وارد کنید.</translation>
    </message>
    <message>
        <source>In this order</source>
        <translation>به این ترتیب</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>رخداد</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>گزارش رخداد</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>خلاصه رخدادها</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>رخدادها</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>رخدادها بر اساس ماه</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>رخدادها بر اساس نوع</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>اقدامات انجام‌شده</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>نوع دخالت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private, away from the journal&apos;s computer.</source>
        <translation>این برگه را در جایی امن و خصوصی نگه دارید، دور از رایانه‌ای که دفترچه روی آن است.</translation>
    </message>
    <message>
        <source>Keeping this share</source>
        <translation>نگهداری این بخش</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>نوع مکان</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>آخرین بازبینی</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>احتمال × پیامد</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>نوع منبع</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>خودم</translation>
    </message>
    <message>
        <source>Me (the defender)</source>
        <translation>خودم (مدافع حقوق بشر)</translation>
    </message>
    <message>
        <source>Never photograph, scan or copy it, and never type its words into a phone, a website or any other program.</source>
        <translation>هرگز از آن عکس نگیرید، آن را اسکن نکنید و از آن رونوشت برندارید، و هرگز کلمات آن را در تلفن، وب‌سایت یا هیچ برنامه دیگری وارد نکنید.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>بازبینی بعدی</translation>
    </message>
    <message>
        <source>No contact has a call order or an emergency role.</source>
        <translation>هیچ مخاطبی جایگاهی در ترتیب تماس یا نقشی اضطراری ندارد.</translation>
    </message>
    <message>
        <source>No dated incidents.</source>
        <translation>هیچ رخدادی تاریخ ندارد.</translation>
    </message>
    <message>
        <source>No incident has a type.</source>
        <translation>برای هیچ رخدادی نوعی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>On the command line: {command}</source>
        <translation>در خط فرمان: {command}</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>منشأ</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>سایر انواع</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>صاحب برنامه</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحه {page} از {pages}</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>الگوها</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>افراد آسیب‌دیده</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>عاملان</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>پیشگیری</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>یادداشت‌های خصوصی</translation>
    </message>
    <message>
        <source>Profile: full (not redacted)</source>
        <translation>نوع نسخه: کامل (بدون پنهان‌سازی)</translation>
    </message>
    <message>
        <source>Profile: share (redacted)</source>
        <translation>نوع نسخه: برای اشتراک (با پنهان‌سازی)</translation>
    </message>
    <message>
        <source>Recovery share card</source>
        <translation>کارت بخش کد بازیابی</translation>
    </message>
    <message>
        <source>Recovery share {number} of {count}</source>
        <translation>بخش {number} از {count} کد بازیابی</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شماره مرجع</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>رخدادهای مرتبط</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>میزان اعتبار</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>چه درخواستی شد</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>سابقه بازبینی</translation>
    </message>
    <message>
        <source>Review when</source>
        <translation>چه زمانی زودتر بازبینی شود</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>فهرست خطرها</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Safety number or fingerprint</source>
        <translation>شماره ایمنی یا اثر انگشت</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>برنامه ایمنی</translation>
    </message>
    <message>
        <source>Safety plan, version {version}</source>
        <translation>برنامه ایمنی، نسخه {version}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>چه کسی یا چه چیزی پشت آن است</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>TRAINING - FICTIONAL DATA</source>
        <translation>آموزشی - داده‌های ساختگی</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>زمان افزودن</translation>
    </message>
    <message>
        <source>The owner gathers any {threshold} shares, types their words into HR Journal and chooses a new passphrase for the journal.</source>
        <translation>صاحب دفترچه هر {threshold} بخش از این بخش‌ها را جمع می‌کند، کلمات آن‌ها را در HR Journal وارد می‌کند و یک عبارت عبور تازه برای دفترچه انتخاب می‌کند.</translation>
    </message>
    <message>
        <source>The words are typed in this order. The first {common} words are the same on every share of this set; shares made at another time begin differently and cannot be mixed with these.</source>
        <translation>کلمات به همین ترتیب وارد می‌شوند. {common} کلمه اول در همه بخش‌های این مجموعه یکسان است؛ بخش‌هایی که در زمان دیگری ساخته شده‌اند، طور دیگری شروع می‌شوند و نمی‌توان آن‌ها را همراه این بخش‌ها به کار برد.</translation>
    </message>
    <message>
        <source>The words of this share</source>
        <translation>کلمات این بخش</translation>
    </message>
    <message>
        <source>This page holds one of {count} shares of the recovery secret of an HR Journal journal. Any {threshold} of the shares together rebuild the recovery secret; fewer reveal nothing about it, and no share is of any use without the journal&apos;s own files.</source>
        <translation>این برگه یکی از {count} بخش کد بازیابی یک دفترچه HR Journal را در خود دارد. هر {threshold} بخش از این بخش‌ها با هم کد بازیابی را دوباره می‌سازند؛ تعداد کمتر هیچ چیزی از آن را آشکار نمی‌کند، و هیچ بخشی بدون فایل‌های خود دفترچه به کاری نمی‌آید.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>تهدید</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>ارزیابی تهدید</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Type and size</source>
        <translation>نوع و اندازه</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>آسیب‌پذیری‌ها</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>When available</source>
        <translation>ساعات در دسترس بودن</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>چه کسی پشت آن است</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>اول با چه کسی تماس بگیرید</translation>
    </message>
    <message>
        <source>Who to check in with</source>
        <translation>مخاطب اعلام وضعیت</translation>
    </message>
    <message>
        <source>Who was told or asked</source>
        <translation>به چه کسی اطلاع داده شد یا از چه کسی درخواست شد</translation>
    </message>
    <message>
        <source>Who, by when</source>
        <translation>چه کسی، تا چه زمانی</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>بایت</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>تهیه‌شده در</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ادامه دارد</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>ترجیحی</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>{count} رخداد</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} دقیقه</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>- Carry on paper, and memorise, the number of [name of your lawyer] and of a local lawyer: [name].
- If you are abroad, ask to contact your embassy or consulate.
- Decide before you go what you will say if questioned. See the &apos;If detained&apos; template.</source>
        <translation>- شماره [نام وکیل شما] و شماره یک وکیل محلی را روی کاغذ همراه داشته باشید و به خاطر بسپارید: [نام].
- اگر خارج از کشور هستید، درخواست کنید با سفارت یا کنسولگری کشورتان تماس بگیرید.
- پیش از رفتن تصمیم بگیرید اگر از شما بازجویی شد چه خواهید گفت. قالب «در صورت بازداشت» را ببینید.</translation>
    </message>
    <message>
        <source>- Check-in contact at home: [name]. Backup: [name].
- Trusted local contact at the destination: [name].
- Give your check-in contact your route, where you sleep and, in safe form, whom you meet.
- Code word for &apos;in danger&apos;: [word]. Code phrase for &apos;cannot talk freely&apos;: [phrase].
- Check in when you leave, at each stop and when you arrive.
- Areas without signal: tell your contact in advance, and agree the latest time you will check in: [time].</source>
        <translation>- مخاطب اعلام وضعیت در شهر خودتان: [نام]. جایگزین: [نام].
- مخاطب محلی مورد اعتماد در مقصد: [نام].
- مسیر سفر، جایی که شب را می‌گذرانید و، به شکلی امن، افرادی را که ملاقات می‌کنید به مخاطب اعلام وضعیت خود بگویید.
- کلمه رمز برای «در خطرم»: [کلمه]. عبارت رمز برای «نمی‌توانم آزادانه حرف بزنم»: [عبارت].
- هنگام حرکت، در هر توقف و هنگام رسیدن، وضعیت خود را اعلام کنید.
- مناطق بدون آنتن: از پیش به مخاطبتان بگویید و بر سر دیرترین زمانی که وضعیت خود را اعلام می‌کنید توافق کنید: [زمان].</translation>
    </message>
    <message>
        <source>- Checking in every day can feel heavy, for you and your contact. Talk about it openly.
- Share the load: a backup contact lets the main one rest.
- Agree when the check-in period ends, and mark it.</source>
        <translation>- اعلام وضعیت هر روزه ممکن است برای شما و مخاطبتان سنگین باشد. درباره آن صریح با هم صحبت کنید.
- بار را تقسیم کنید: یک مخاطب جایگزین به مخاطب اصلی امکان استراحت می‌دهد.
- توافق کنید دوره اعلام وضعیت چه زمانی تمام می‌شود، و پایان آن را روشن اعلام کنید.</translation>
    </message>
    <message>
        <source>- Detention is frightening. Fear, anger or numbness are normal reactions.
- In custody: keep a routine, eat and drink what you can, count the days, think of the people supporting you.
- After release: see a doctor and, if you wish, a counsellor: [name or service].
- Your family and colleagues also need support while you are held.
- Take time before returning to full work.</source>
        <translation>- بازداشت ترسناک است. ترس، خشم یا بی‌حسی واکنش‌هایی طبیعی‌اند.
- در بازداشت: برنامه روزانه منظمی داشته باشید، هر چه می‌توانید بخورید و بنوشید، روزها را بشمارید و به کسانی فکر کنید که از شما حمایت می‌کنند.
- پس از آزادی: به پزشک و، اگر خواستید، به مشاور مراجعه کنید: [نام یا مرکز خدمات].
- خانواده و همکارانتان نیز در مدتی که در بازداشت هستید به حمایت نیاز دارند.
- پیش از بازگشت کامل به کار، به خودتان فرصت بدهید.</translation>
    </message>
    <message>
        <source>- If arrest seems close, or after release, could you or your family stay somewhere else for a while? [place], [person].
- Would leaving the city or country be an option? Talk to your lawyer first: leaving may break bail or release conditions.</source>
        <translation>- اگر دستگیری نزدیک به نظر می‌رسد، یا پس از آزادی، آیا شما یا خانواده‌تان می‌توانید مدتی جای دیگری بمانید؟ [مکان]، [شخص].
- آیا ترک شهر یا کشور یک گزینه است؟ اول با وکیلتان صحبت کنید: رفتن ممکن است شرایط وثیقه یا آزادی را نقض کند.</translation>
    </message>
    <message>
        <source>- If the escalation reaches your lawyer, what should they do first? [instructions].
- For a full plan, use the &apos;If detained&apos; template.</source>
        <translation>- اگر کار در گام‌های اقدام به وکیلتان برسد، او اول چه باید بکند؟ [دستورالعمل‌ها].
- برای یک برنامه کامل، از قالب «در صورت بازداشت» استفاده کنید.</translation>
    </message>
    <message>
        <source>- If you send the danger code, where should your contact expect you to go? [safe place].
- Who can collect you from there? [name].</source>
        <translation>- اگر رمز خطر را فرستادید، مخاطبتان باید انتظار داشته باشد به کجا بروید؟ [مکان امن].
- چه کسی می‌تواند به آنجا بیاید و شما را ببرد؟ [نام].</translation>
    </message>
    <message>
        <source>- List your devices: phone, laptop, tablet. Is each one locked with a strong PIN or passphrase, and encrypted?
- Are your system and apps up to date?
- Use a password manager, and two-step login on email and social media.
- Which accounts would hurt most if someone got into them? Secure those first.
- What sensitive data is on your phone? Delete what you do not need. Back up what you need, encrypted, in a place you control.
- Turn off location sharing. Check which apps can see your contacts and location.
- Who can help if you are hacked? [trusted tech person or digital security helpline].</source>
        <translation>- دستگاه‌هایتان را فهرست کنید: تلفن، لپ‌تاپ، تبلت. آیا هر کدام با یک PIN یا عبارت عبور قوی قفل شده و رمزگذاری شده است؟
- آیا سیستم‌عامل و برنامه‌هایتان به‌روز هستند؟
- از یک برنامه مدیریت گذرواژه، و برای ایمیل و شبکه‌های اجتماعی از ورود دومرحله‌ای استفاده کنید.
- نفوذ به کدام حساب‌ها بیشترین آسیب را می‌زند؟ اول همان‌ها را ایمن کنید.
- چه داده‌های حساسی روی تلفن شماست؟ آنچه را لازم ندارید پاک کنید. از آنچه لازم دارید نسخه پشتیبان رمزگذاری‌شده در جایی که در اختیار خودتان است تهیه کنید.
- اشتراک‌گذاری موقعیت مکانی را خاموش کنید. بررسی کنید کدام برنامه‌ها به مخاطبان و موقعیت مکانی شما دسترسی دارند.
- اگر هک شدید، چه کسی می‌تواند کمک کند؟ [فرد فنی مورد اعتماد یا خط کمک امنیت دیجیتال].</translation>
    </message>
    <message>
        <source>- Lock every device with a strong passphrase, not fingerprint or face. Turn on encryption.
- Keep little on your phone: delete old chats, photos and contacts you do not need. Use disappearing messages.
- Keep a list of your accounts so [name] can secure them: email, social media, cloud.
- If you are arrested, [name] changes shared passwords and signs out your sessions where possible.
- After release, do not trust returned devices. Have them checked or replace them. Change all passwords from a clean device.</source>
        <translation>- همه دستگاه‌ها را با عبارت عبور قوی قفل کنید، نه با اثر انگشت یا تشخیص چهره. رمزگذاری را روشن کنید.
- چیز زیادی روی تلفنتان نگه ندارید: گفت‌وگوها، عکس‌ها و مخاطبان قدیمی‌ای را که لازم ندارید پاک کنید. از پیام‌های ناپدیدشونده استفاده کنید.
- فهرستی از حساب‌هایتان نگه دارید تا [نام] بتواند آن‌ها را ایمن کند: ایمیل، شبکه‌های اجتماعی، فضای ابری.
- اگر دستگیر شدید، [نام] گذرواژه‌های مشترک را تغییر می‌دهد و در صورت امکان، حساب‌های شما را از همه دستگاه‌ها خارج می‌کند.
- پس از آزادی، به دستگاه‌هایی که به شما پس داده می‌شود اعتماد نکنید. آن‌ها را برای بررسی به یک فرد متخصص بدهید یا جایگزینشان کنید. همه گذرواژه‌ها را از یک دستگاه سالم و مطمئن تغییر دهید.</translation>
    </message>
    <message>
        <source>- Police may search your home or office. Keep sensitive papers and devices elsewhere, or locked away.
- In a search, ask to see the warrant, ask for a witness or your lawyer, and note everything taken.
- Keep copies of key documents away from home: [place].</source>
        <translation>- پلیس ممکن است خانه یا دفتر شما را بازرسی کند. اسناد و دستگاه‌های حساس را جای دیگری یا در جایی قفل‌دار نگه دارید.
- هنگام بازرسی، بخواهید حکم بازرسی را ببینید، حضور یک شاهد یا وکیلتان را درخواست کنید، و هر چه را برده می‌شود یادداشت کنید.
- رونوشت اسناد مهم را بیرون از خانه نگه دارید: [مکان].</translation>
    </message>
    <message>
        <source>- Signs that mean you should leave home for a while. Example: a direct threat naming your address, a raid on a colleague.
- Where could you stay for a few days at short notice? [place], [person who would host you].
- How would you get there without being followed?
- Keep a small bag ready: ID, medicines, charger, cash, copies of key documents.
- Who looks after your home, pets or plants while you are away? [name].</source>
        <translation>- نشانه‌هایی که یعنی باید مدتی خانه را ترک کنید. مثلاً: تهدیدی مستقیم که نشانی شما را ذکر کند، یورش به خانه یا دفتر یکی از همکاران.
- اگر ناگهان لازم شود، چند روز کجا می‌توانید بمانید؟ [مکان]، [کسی که میزبان شما می‌شود].
- چگونه بدون اینکه تعقیب شوید به آنجا می‌روید؟
- یک کیف کوچک آماده نگه دارید: کارت شناسایی، داروها، شارژر، پول نقد، رونوشت اسناد مهم.
- وقتی نیستید، چه کسی از خانه، حیوانات خانگی یا گیاهانتان مراقبت می‌کند؟ [نام].</translation>
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
        <translation>- فقط دستگاه‌هایی را که لازم دارید همراه ببرید. بهترین گزینه یک تلفن یا لپ‌تاپ پاک و مخصوص سفر است.
- پیش از حرکت: در خانه یک نسخه پشتیبان رمزگذاری‌شده تهیه کنید، سپس فایل‌ها، گفت‌وگوها و عکس‌هایی را که در سفر لازم ندارید از دستگاه پاک کنید.
- از حساب‌هایی که استفاده نخواهید کرد خارج شوید. برنامه‌هایی را که کار یا مخاطبان شما را آشکار می‌کنند حذف کنید.
- دستگاه‌ها را با عبارت عبور قوی قفل کنید. پیش از رسیدن به مرز و ایست بازرسی، باز کردن قفل با اثر انگشت و چهره را خاموش کنید.
- مطمئن شوید رمزگذاری دیسک روشن است. پیش از عبور، دستگاه‌ها را کاملاً خاموش کنید.
- بررسی کنید آیا مأموران در آنجا می‌توانند گذرواژه‌های شما را مطالبه کنند. از همین حالا تصمیم بگیرید چه خواهید کرد.
- فرض کنید وای‌فای هتل و وای‌فای عمومی زیر نظر است. در جایی که امن و مجاز است، از VPN یا Tor استفاده کنید.
- وقتی از این دفترچه استفاده نمی‌کنید، آن را بسته نگه دارید.
- اگر دستگاهی از جلوی چشمتان دور شد، آن را ناامن و احتمالاً دستکاری‌شده بدانید. گذرواژه‌ها را از یک دستگاه امن تغییر دهید و پیش از استفاده دوباره، بدهید [فرد فنی مورد اعتماد] آن را بررسی کند.</translation>
    </message>
    <message>
        <source>- Travel is tiring. Plan time to sleep and rest.
- Meeting victims and witnesses can be upsetting. Who can you talk to afterwards? [name].
- Eat and drink regularly. Avoid alcohol in risky settings.
- After you return, take a day off before going back to full work.</source>
        <translation>- سفر خسته‌کننده است. برای خواب و استراحت وقت بگذارید.
- دیدار با قربانیان و شاهدان می‌تواند از نظر روحی سنگین باشد. پس از آن با چه کسی می‌توانید صحبت کنید؟ [نام].
- به‌طور منظم غذا بخورید و آب بنوشید. در موقعیت‌های پرخطر از نوشیدن الکل پرهیز کنید.
- پس از بازگشت، پیش از بازگشت کامل به کار، یک روز استراحت کنید.</translation>
    </message>
    <message>
        <source>- Use an end-to-end encrypted app for check-ins, with disappearing messages on.
- Do not write exact locations in clear text. Agree simple names for places you visit often.
- Lock your phone with a passphrase. Check your contact&apos;s phone is locked too.</source>
        <translation>- برای اعلام وضعیت از یک برنامه با رمزگذاری سرتاسری استفاده کنید و پیام‌های ناپدیدشونده را روشن کنید.
- مکان دقیق را به‌صورت متن آشکار ننویسید. برای جاهایی که زیاد به آن‌ها می‌روید، بر سر نام‌های ساده‌ای توافق کنید.
- تلفنتان را با عبارت عبور قفل کنید. مطمئن شوید تلفن مخاطبتان هم قفل است.</translation>
    </message>
    <message>
        <source>- Which family member should your contact call, and at what step? [name].
- What may they be told, and what not?
- Who cares for dependants if you do not come home? [name].</source>
        <translation>- مخاطبتان با کدام عضو خانواده و در کدام گام باید تماس بگیرد؟ [نام].
- چه چیزی را می‌توان به آن‌ها گفت و چه چیزی را نه؟
- اگر به خانه برنگشتید، چه کسی از افراد تحت تکفل شما مراقبت می‌کند؟ [نام].</translation>
    </message>
    <message>
        <source>- Who at home knows your dates and how to reach your check-in contact? [name].
- Who cares for dependants while you are away? [name].
- Who can take over urgent work if you are delayed? [name].</source>
        <translation>- چه کسی در خانه تاریخ‌های سفر شما و راه تماس با مخاطب اعلام وضعیتتان را می‌داند؟ [نام].
- در مدتی که نیستید، چه کسی از افراد تحت تکفل شما مراقبت می‌کند؟ [نام].
- اگر بازگشتتان به تأخیر افتاد، چه کسی می‌تواند کارهای فوری را بر عهده بگیرد؟ [نام].</translation>
    </message>
    <message>
        <source>- Who could arrest you, and on what likely charges? Example: [police unit], for [charge used against others].
- What happened to others arrested recently: how long, where, how treated?
- Which laws are used against defenders here?
- Who helped others get released? Example: [lawyers], [networks], [embassies].</source>
        <translation>- چه کسی ممکن است شما را دستگیر کند و به چه اتهاماتی؟ مثلاً: [واحد پلیس]، به اتهام [اتهامی که علیه دیگران به کار رفته است].
- بر سر دیگرانی که اخیراً دستگیر شدند چه آمد: چه مدت، کجا، با چه رفتاری؟
- در اینجا از کدام قوانین علیه مدافعان حقوق بشر استفاده می‌شود؟
- چه کسانی به آزادی دیگران کمک کردند؟ مثلاً: [وکلا]، [شبکه‌ها]، [سفارتخانه‌ها].</translation>
    </message>
    <message>
        <source>- Who depends on you? Children, parents, others.
- Who would care for them if you could not, for days or months? [name]. Have you asked them?
- Does your family know the basics of this plan, without details that would put them at risk?
- Where are key documents kept: IDs, birth certificates, property papers, power of attorney? [place].
- Who can take over urgent work, cases or files if you are away? [name].
- Who can reach money for rent and bills? Is there some emergency money set aside?</source>
        <translation>- چه کسانی به شما وابسته‌اند؟ فرزندان، والدین، دیگران.
- اگر شما نتوانید، چه کسی چند روز یا چند ماه از آن‌ها مراقبت می‌کند؟ [نام]. آیا از او پرسیده‌اید؟
- آیا خانواده‌تان کلیات این برنامه را می‌دانند، بدون جزئیاتی که آن‌ها را در معرض خطر قرار دهد؟
- اسناد مهم کجا نگهداری می‌شوند: کارت‌های شناسایی، شناسنامه‌ها، اسناد ملک، وکالت‌نامه؟ [مکان].
- اگر نباشید، چه کسی می‌تواند کارها، پرونده‌ها یا فایل‌های فوری را بر عهده بگیرد؟ [نام].
- چه کسی به پول اجاره و قبض‌ها دسترسی دارد؟ آیا مقداری پول برای شرایط اضطراری کنار گذاشته شده است؟</translation>
    </message>
    <message>
        <source>- Why do you need check-ins now? Name the main threat and the time period. Example: during the trial of [case], because [actor] has threatened you.
- Who could harm you, and where are you most exposed? Example: on the way home, at hearings, in [area].</source>
        <translation>- چرا اکنون به اعلام وضعیت نیاز دارید؟ تهدید اصلی و بازه زمانی را مشخص کنید. مثلاً: در دوره رسیدگی دادگاه به [پرونده]، چون [عامل] شما را تهدید کرده است.
- چه کسی ممکن است به شما آسیب بزند، و کجا بیشتر در معرض خطرید؟ مثلاً: در راه خانه، در جلسات دادگاه، در [منطقه].</translation>
    </message>
    <message>
        <source>- Why this trip, and who could be unhappy about it? List people, groups, institutions at the destination and on the way.
- What happened recently to others who went there for similar work?
- Who there can protect or support you? Example: [local organisation], [community leader].</source>
        <translation>- هدف این سفر چیست و چه کسی ممکن است از آن ناخشنود باشد؟ افراد، گروه‌ها و نهادهای مقصد و مسیر را فهرست کنید.
- اخیراً بر سر دیگرانی که برای کاری مشابه به آنجا رفته‌اند چه آمده است؟
- چه کسی در آنجا می‌تواند از شما محافظت یا حمایت کند؟ مثلاً: [سازمان محلی]، [معتمد محلی].</translation>
    </message>
    <message>
        <source>- Write down the places you go most often and the usual routes, so your contact knows where to start looking: [home], [office], [court].
- When travelling, check in at departure, at each stop and on arrival.</source>
        <translation>- جاهایی را که بیشتر به آن‌ها می‌روید و مسیرهای همیشگی را بنویسید تا مخاطبتان بداند جستجو را از کجا شروع کند: [خانه]، [دفتر]، [دادگاه].
- در سفر، هنگام حرکت، در هر توقف و هنگام رسیدن، وضعیت خود را اعلام کنید.</translation>
    </message>
    <message>
        <source>- Your lawyer: [name of your lawyer], [how to reach them]. Memorise the number.
- Who is called first if you are arrested? [name].
- Your basic rights: to stay silent, to see a lawyer, to tell someone where you are, to medical care.
- For a full plan, use the &apos;If detained&apos; template.</source>
        <translation>- وکیل شما: [نام وکیل شما]، [راه تماس با او]. شماره را به خاطر بسپارید.
- اگر دستگیر شدید، اول با چه کسی تماس گرفته می‌شود؟ [نام].
- حقوق اساسی شما: حق سکوت، حق دیدار با وکیل، حق اینکه به کسی خبر دهید کجا هستید، حق مراقبت پزشکی.
- برای یک برنامه کامل، از قالب «در صورت بازداشت» استفاده کنید.</translation>
    </message>
    <message>
        <source>- Your two or three most trusted contacts: [name], [name]. Do they know they are in your plan?
- Which channel for what? Example: Signal for sensitive talk, normal calls for everyday matters.
- A code word that means &apos;I am in danger, act now&apos;: [word].
- A code phrase that means &apos;I cannot talk freely&apos;: [phrase].
- Who speaks to the press or the public if something happens to you? [name].
- Who should never be told the details of this plan?
- Keep a short list of key numbers on paper, in a safe place, in case your phone is taken.</source>
        <translation>- دو یا سه مخاطبی که بیش از همه به آن‌ها اعتماد دارید: [نام]، [نام]. آیا می‌دانند که در برنامه شما هستند؟
- کدام راه تماس برای چه کاری؟ مثلاً: Signal برای گفت‌وگوهای حساس، تماس تلفنی معمولی برای کارهای روزمره.
- کلمه رمزی به معنای «در خطرم، همین حالا اقدام کنید»: [کلمه].
- عبارت رمزی به معنای «نمی‌توانم آزادانه حرف بزنم»: [عبارت].
- اگر اتفاقی برای شما بیفتد، چه کسی با رسانه‌ها یا مردم صحبت می‌کند؟ [نام].
- جزئیات این برنامه هرگز نباید به چه کسانی گفته شود؟
- برای وقتی که تلفنتان گرفته شود، فهرست کوتاهی از شماره‌های مهم را روی کاغذ، در جایی امن نگه دارید.</translation>
    </message>
    <message>
        <source>- a summons, a search, or an investigation opened against you
- the arrest of a colleague or someone in your network
- new laws on protest, terrorism, &apos;foreign agents&apos; or cybercrime
- planned protests, trials or publications that may lead to arrests
- a change of lawyer, of emergency contacts, or of who cares for your dependants
- at least every six months</source>
        <translation>- احضاریه، بازرسی، یا گشوده شدن پرونده تحقیقاتی علیه شما
- دستگیری یک همکار یا کسی در شبکه شما
- قوانین جدید درباره اعتراض، تروریسم، «عوامل خارجی» یا جرائم رایانه‌ای
- اعتراض‌ها، دادگاه‌ها یا انتشاراتی که برنامه‌ریزی شده‌اند و ممکن است به دستگیری بینجامند
- تغییر وکیل، تغییر مخاطبان اضطراری، یا تغییر کسی که از افراد تحت تکفل شما مراقبت می‌کند
- دست‌کم هر شش ماه یک بار</translation>
    </message>
    <message>
        <source>- before you book, and again the day before you leave
- any change of route, dates, hosts or transport
- news of unrest, new checkpoints, curfews or arrests at the destination
- a threat linked to the trip or to the people you will meet
- a border incident, device search or questioning
- after you return: note what worked and what did not</source>
        <translation>- پیش از رزرو، و دوباره یک روز پیش از حرکت
- هر تغییری در مسیر، تاریخ‌ها، میزبانان یا وسیله سفر
- خبر ناآرامی، ایست‌های بازرسی جدید، منع رفت‌وآمد یا دستگیری‌ها در مقصد
- تهدیدی مرتبط با سفر یا با افرادی که ملاقات خواهید کرد
- رخدادی در مرز، بازرسی دستگاه‌ها یا بازجویی
- پس از بازگشت: یادداشت کنید چه چیزی جواب داد و چه چیزی نه</translation>
    </message>
    <message>
        <source>A backup channel. Code words. A paper list of numbers.</source>
        <translation>یک راه تماس جایگزین. کلمه‌های رمز. فهرست کاغذی شماره‌ها.</translation>
    </message>
    <message>
        <source>A backup contact. Phone reminders. A power bank.</source>
        <translation>یک مخاطب جایگزین. یادآورهای تلفن. پاوربانک.</translation>
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
        <translation>اعلام وضعیت پیامی کوتاه در زمانی توافق‌شده است که می‌گوید «حالم خوب است». اگر این پیام نرسد، مخاطب شما طبق برنامه‌ای که از پیش توافق کرده‌اید اقدام می‌کند.
با مخاطبتان توافق کنید
- چه کسی: یک مخاطب اصلی [نام] و یک مخاطب جایگزین [نام]. هر دو موافقت کرده‌اند و این برنامه را دارند.
- چه زمانی: ساعت‌های ثابت. مثلاً: هر روز ساعت ۰۹:۰۰ و ۲۱:۰۰، یا پیش و پس از یک جلسه.
- چگونه: یک راه تماس اصلی و یک راه جایگزین. مثلاً: Signal، و بعد پیامک.
- چه پیامی: پیامی کوتاه که عادی به نظر برسد. مثلاً: «همه‌چیز خوب است، بعداً صحبت می‌کنیم».
- رمز خطر: کلمه‌ای به معنای «به دردسر افتاده‌ام، همین حالا شروع کنید»: [کلمه].
- رمز «آزاد نیستم»: عبارتی به معنای «کسی کنار من است، نمی‌توانم حرف بزنم»: [عبارت].
- صبر پیش از اقدام: مخاطبتان چه مدت پیش از اقدام صبر می‌کند.
مخاطبتان این اطلاعات را در جایی امن نگه می‌دارد
- نام کامل، یک عکس جدید، تاریخ تولد و شماره کارت شناسایی شما
- برنامه‌های روزانه شما: کجا، با چه کسی، با چه وسیله‌ای رفت‌وآمد می‌کنید
- [نام وکیل شما] و راه تماس با او
- با کدام عضو خانواده تماس بگیرد و چه چیزی را می‌توان به آن‌ها گفت
- نیازهای پزشکی شما
قواعد
- هرگز عمداً اعلام وضعیت را جا نیندازید. اگر دیر می‌کنید، زودتر خبر بدهید.
- پایان را روشن اعلام کنید: «برگشتم، دیگر پیگیری لازم نیست».
- هشدار اشتباه پیش می‌آید. از مخاطبتان تشکر کنید، علت را برطرف کنید و ادامه دهید.</translation>
    </message>
    <message>
        <source>A consequence of your detention</source>
        <translation>پیامد بازداشت شما</translation>
    </message>
    <message>
        <source>A lawyer agreed in advance. An emergency contact. A network ready to respond.</source>
        <translation>وکیلی که از پیش با او توافق شده است. یک مخاطب اضطراری. شبکه‌ای آماده واکنش.</translation>
    </message>
    <message>
        <source>A local lawyer identified in advance. Regular check-ins. Embassy support if abroad.</source>
        <translation>وکیل محلی‌ای که از پیش شناسایی شده است. اعلام وضعیت منظم. حمایت سفارت اگر خارج از کشور هستید.</translation>
    </message>
    <message>
        <source>A network of lawyers. Clear records of funding and activities.</source>
        <translation>شبکه‌ای از وکلا. سوابق روشن از منابع مالی و فعالیت‌ها.</translation>
    </message>
    <message>
        <source>A publicly visible role. No lawyer reachable at night.</source>
        <translation>نقشی که در دید عموم است. هیچ وکیلی شب‌ها در دسترس نیست.</translation>
    </message>
    <message>
        <source>A reliable driver. Travel insurance. First aid kit. Local advice.</source>
        <translation>راننده‌ای قابل اعتماد. بیمه سفر. جعبه کمک‌های اولیه. مشورت با افراد محلی.</translation>
    </message>
    <message>
        <source>A travel phone. An encrypted backup at home. Knowing your rights at the border.</source>
        <translation>تلفن مخصوص سفر. نسخه پشتیبان رمزگذاری‌شده در خانه. آگاهی از حقوق خود در مرز.</translation>
    </message>
    <message>
        <source>A trusted contact reachable day and night. A lawyer ready to act.</source>
        <translation>مخاطبی مورد اعتماد که شب و روز در دسترس است. وکیلی آماده اقدام.</translation>
    </message>
    <message>
        <source>A trusted local contact. A simple, true reason for your visit.</source>
        <translation>مخاطب محلی مورد اعتماد. دلیلی ساده و واقعی برای سفرتان.</translation>
    </message>
    <message>
        <source>After a false alarm, talk calmly, find the cause, adjust times or channels, and continue.</source>
        <translation>پس از هشدار اشتباه، آرام صحبت کنید، علت را پیدا کنید، زمان‌ها یا راه‌های تماس را تنظیم کنید و ادامه دهید.</translation>
    </message>
    <message>
        <source>Agree a backup channel. Use encrypted apps with disappearing messages. Use agreed place names instead of addresses.</source>
        <translation>بر سر یک راه تماس جایگزین توافق کنید. از برنامه‌های رمزگذاری‌شده با پیام‌های ناپدیدشونده استفاده کنید. به‌جای نشانی‌ها از نام‌های توافق‌شده برای مکان‌ها استفاده کنید.</translation>
    </message>
    <message>
        <source>Agree a carer now, sign an authorisation, and set aside emergency money.</source>
        <translation>همین حالا با یک مراقب جایگزین توافق کنید، اجازه‌نامه‌ای امضا کنید و پولی برای شرایط اضطراری کنار بگذارید.</translation>
    </message>
    <message>
        <source>Arbitrary arrest at a protest, at home or at a checkpoint</source>
        <translation>دستگیری خودسرانه در اعتراض، در خانه یا در ایست بازرسی</translation>
    </message>
    <message>
        <source>Arrest or detention during the trip</source>
        <translation>دستگیری یا بازداشت در طول سفر</translation>
    </message>
    <message>
        <source>At departure, at each stop, on arrival, and every evening at 20:00 while away</source>
        <translation>هنگام حرکت، در هر توقف، هنگام رسیدن، و در مدت سفر هر شب ساعت ۲۰:۰۰</translation>
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
        <translation>پیش از آن
- شماره وکیلتان را به خاطر بسپارید: [نام وکیل شما].
- حقوق خود را به زبان محلی روی یک کارت بنویسید.
- داروها و یک یادداشت کوتاه پزشکی را آماده نگه دارید.
- تصمیم بگیرید چه خواهید گفت: مشخصات هویتی‌تان، و اینکه وکیلتان را می‌خواهید. نه بیشتر.
هنگام دستگیری
- آرام بمانید. مقاومت نکنید و فرار نکنید.
- زمان، مکان، نام مأموران، شماره نشان آن‌ها و وسیله نقلیه را به خاطر بسپارید.
- اگر می‌توانید، رمز خطر را برای [نام] بفرستید، یا نام خود و نام وکیلتان را با صدای بلند به اطرافیان بگویید.
- بپرسید: «آیا بازداشت هستم؟ چرا؟ مرا کجا می‌برید؟»
در بازداشت
- بگویید: «تا وکیلم حاضر نشود، سکوت می‌کنم.»
- بخواهید به [نام] یا خانواده‌تان خبر داده شود.
- پزشک، داروهایتان و در صورت نیاز، مترجم درخواست کنید.
- هیچ چیزی را بدون وکیلتان امضا نکنید، و هیچ چیزی را که نمی‌فهمید امضا نکنید.
- قفل دستگاه‌ها را باز نکنید و گذرواژه ندهید. [بنویسید قانون اینجا چه می‌گوید و شما چه تصمیمی می‌گیرید.]
- درباره پرونده‌تان با هم‌بندی‌ها صحبت نکنید.
پس از آزادی
- هر چه رخ داد را هر چه زودتر بنویسید.
- به پزشک مراجعه کنید و گزارش او را نگه دارید.
- دستگاه‌هایی را که به شما پس داده شده، ناامن و احتمالاً دستکاری‌شده بدانید.
- استراحت کنید و با کسی که به او اعتماد دارید صحبت کنید.</translation>
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
        <translation>پیش از حرکت
- چه کسانی از سفر خبر دارند؟ فقط به کسانی بگویید که لازم است بدانند: [فهرست].
- مسیر، وسیله سفر، زمان‌بندی: [جزئیات]. آیا گزینه امن‌تری هست، حتی اگر کندتر باشد؟
- محل اقامت: [مکان]. جایی را ترجیح دهید که دیگران بدانند شما آنجا هستید. راه‌های خروج را بررسی کنید.
- خطرهای مقصد: ایست‌های بازرسی، منع رفت‌وآمد، جرم و جنایت، مناطقی که باید از آن‌ها دوری کرد.
- اسناد سفر: گذرنامه، کارت شناسایی، روادید، دعوت‌نامه. رونوشت‌های کاغذی را جدا از اصل اسناد نگه دارید.
- پول: پول نقد به واحد پول محلی، در دو جای جداگانه.
- سلامت: دارو برای کل سفر به‌علاوه چند روز اضافه، بیمه، یک جعبه کوچک کمک‌های اولیه.
در راه
- کمتر جلب توجه کنید. در تاکسی یا مکان‌های عمومی درباره کارتان صحبت نکنید.
- شب‌ها از جاده‌های پرخطر دوری کنید.
- افراد را در جاهایی ملاقات کنید که از قبل بررسی کرده‌اید.
- اگر احساس کردید تعقیب می‌شوید، به یک مکان شلوغ بروید و زودتر از موعد وضعیت خود را اعلام کنید.
در مرز و ایست بازرسی
- آرام و مؤدب بمانید. پاسخ‌های ساده و یکسان بدهید.
- فقط چیزهایی را همراه داشته باشید که اگر بازرسی شوند، مشکلی پیش نمی‌آید.
در مدتی که نیستید
- چه کسی حواسش به خانه و دفترتان است؟ [نام].
- پیش از حرکت، اسناد حساس را در جایی قفل‌دار بگذارید یا از آنجا ببرید.</translation>
    </message>
    <message>
        <source>Being followed or questioned about meetings with victims or witnesses</source>
        <translation>تعقیب شدن یا بازجویی درباره دیدار با قربانیان یا شاهدان</translation>
    </message>
    <message>
        <source>Being watched and followed on the way to work or meetings</source>
        <translation>زیر نظر بودن و تعقیب شدن در راه محل کار یا جلسات</translation>
    </message>
    <message>
        <source>Check in on time. Share your daily plans with your contact. Your contact keeps your lawyer&apos;s details at hand.</source>
        <translation>به‌موقع وضعیت خود را اعلام کنید. برنامه‌های روزانه‌تان را با مخاطبتان در میان بگذارید. مخاطبتان اطلاعات وکیل شما را دم دست نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Check-in channel is watched, blocked or your phone is taken</source>
        <translation>راه تماس اعلام وضعیت زیر نظر است یا مسدود شده، یا تلفن شما گرفته شده است</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>پروتکل اعلام وضعیت</translation>
    </message>
    <message>
        <source>Colleagues who can come along. Good knowledge of the area. Other transport options.</source>
        <translation>همکارانی که می‌توانند همراهتان بیایند. شناخت خوب از منطقه. گزینه‌های دیگر برای رفت‌وآمد.</translation>
    </message>
    <message>
        <source>Contacts, case files and chats on the phone. Phone opens with a fingerprint.</source>
        <translation>مخاطبان، پرونده‌ها و گفت‌وگوها روی تلفن است. قفل تلفن با اثر انگشت باز می‌شود.</translation>
    </message>
    <message>
        <source>Criminal charges or a lawsuit meant to stop your work</source>
        <translation>اتهام کیفری یا شکایتی که برای متوقف کردن کار شما طرح می‌شود</translation>
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
        <translation>افراد تحت تکفل
- چه کسی بی‌درنگ و برای ماه‌ها از فرزندانتان یا دیگرانی که به شما وابسته‌اند مراقبت می‌کند؟ [نام]. آیا موافقت کرده است؟
- مدارک آن‌ها، اطلاعات مدرسه، پزشک و داروهایشان کجاست؟ [مکان].
- اجازه‌نامه یا وکالت‌نامه امضاشده برای [نام]، که در [مکان] نگهداری می‌شود.
- به بچه‌ها چه گفته می‌شود و چه کسی می‌گوید؟ از کلماتی ساده، صادقانه و متناسب با سنشان استفاده کنید.
پول
- چه کسی اجاره، قبض‌ها و هزینه‌های حقوقی را می‌پردازد؟ [نام]. از کدام حساب یا صندوق اضطراری؟
- مقداری پول نقد نزد یک فرد مورد اعتماد نگه دارید.
کار
- چه کسی پرونده‌های فوری، مهلت‌ها و منابع را بر عهده می‌گیرد؟ [نام].
- چه کسی به سازمان‌های همکار و حامیان مالی خبر می‌دهد؟
دستگاه‌ها و این دفترچه
- از همین حالا تصمیم بگیرید اگر دستگیر شدید چه بر سر دستگاه‌ها و حساب‌هایتان بیاید، و چه کسی این کار را انجام دهد: [نام].
- این دفترچه رمزگذاری شده است. عبارت عبور خود را به کسی که ممکن است مجبور به فاش کردن آن شود ندهید.
- چه کسی یک نسخه پشتیبان رمزگذاری‌شده نگه می‌دارد، و کجا؟ [نام]، [مکان].
در مدت بازداشت
- چه کسی غذا، لباس و دارو می‌آورد؟ چه کسی به ملاقات می‌آید؟ چه کسی از خانواده‌تان حمایت می‌کند؟</translation>
    </message>
    <message>
        <source>Dependants left without care or money</source>
        <translation>بی‌سرپرست و بی‌پول ماندن افراد تحت تکفل</translation>
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
        <translation>وضعیت خود را در چند خط کوتاه شرح دهید.
- کار شما چیست؟ کدام بخش آن صاحبان قدرت را ناراحت می‌کند؟
- چه کسی ممکن است بخواهد جلوی کار شما را بگیرد، و چرا؟ افراد، گروه‌ها و نهادها را فهرست کنید. مثلاً: [مقام محلی]، [نیروهای حراست شرکت]، [گروه مسلح].
- هر کدام از آن‌ها در عمل چه کاری می‌توانند بکنند؟ مثلاً: شما را تعقیب کنند، از شما شکایت کنند، در فضای آنلاین از شما چهره‌ای بد بسازند، شما را دستگیر کنند.
- چه کسی از شما حمایت یا محافظت می‌کند؟ مثلاً: [همکار]، [سازمان]، [نام وکیل شما]، [روزنامه‌نگاری که به او اعتماد دارید].
- چه کسی بی‌طرف است اما می‌توان او را همراه کرد؟ مثلاً: [رئیس پلیس محلی]، [رهبر مذهبی].
- در سال گذشته بر سر دیگرانی که اینجا کار مشابهی می‌کنند چه آمده است؟
- تهدیدهایی که دریافت کرده‌اید: برای هر کدام تاریخ، راه رسیدن آن، کلمات دقیق و کسی را که فکر می‌کنید فرستاده است یادداشت کنید.
به یاد داشته باشید: خطر = تهدیدها × آسیب‌پذیری‌ها ÷ ظرفیت‌ها. حتی وقتی نمی‌توانید جلوی تهدیدی را بگیرید، می‌توانید با کاهش آسیب‌پذیری‌ها و افزایش ظرفیت‌ها خطر را کمتر کنید.</translation>
    </message>
    <message>
        <source>Devices searched and data taken at a border or checkpoint</source>
        <translation>بازرسی دستگاه‌ها و برداشتن داده‌ها در مرز یا ایست بازرسی</translation>
    </message>
    <message>
        <source>Disappearance or detention without anyone knowing for hours</source>
        <translation>ناپدید شدن یا بازداشت بدون اینکه کسی تا چند ساعت خبردار شود</translation>
    </message>
    <message>
        <source>Do not answer a summons or questions without your lawyer. Inform your network. Start the &apos;If detained&apos; plan if arrest seems likely.</source>
        <translation>بدون وکیل به احضاریه یا پرسش‌ها پاسخ ندهید. به شبکه خود خبر دهید. اگر احتمال دستگیری هست، برنامه «در صورت بازداشت» را آغاز کنید.</translation>
    </message>
    <message>
        <source>Do not reply in anger. Save screenshots and links with dates. Report the accounts to the platform. Ask [ally] for a public statement if needed. Step back from social media for a few days.</source>
        <translation>با خشم پاسخ ندهید. از صفحه‌ها تصویر بگیرید و پیوندها را همراه با تاریخ ذخیره کنید. حساب‌ها را به پلتفرم گزارش دهید. در صورت نیاز از [حامی] بخواهید بیانیه‌ای عمومی بدهد. چند روز از شبکه‌های اجتماعی فاصله بگیرید.</translation>
    </message>
    <message>
        <source>Encryption. Strong passphrases. A trusted person who can change shared passwords.</source>
        <translation>رمزگذاری. عبارت‌های عبور قوی. فردی مورد اعتماد که بتواند گذرواژه‌های مشترک را تغییر دهد.</translation>
    </message>
    <message>
        <source>Every day at 09:00 and 21:00, and within 30 minutes after each sensitive meeting</source>
        <translation>هر روز ساعت ۰۹:۰۰ و ۲۱:۰۰، و تا ۳۰ دقیقه پس از هر جلسه حساس</translation>
    </message>
    <message>
        <source>Every day at 20:00 during times of high arrest risk, and before and after protests, hearings or a police summons</source>
        <translation>در دوره‌هایی که خطر دستگیری بالاست هر روز ساعت ۲۰:۰۰، و پیش و پس از اعتراض‌ها، جلسات دادگاه یا احضار به پلیس</translation>
    </message>
    <message>
        <source>False alarms or tiredness lead to the protocol being dropped</source>
        <translation>هشدارهای اشتباه یا خستگی باعث کنار گذاشتن پروتکل می‌شود</translation>
    </message>
    <message>
        <source>Family and friends. An emergency fund. Your organisation.</source>
        <translation>خانواده و دوستان. صندوق اضطراری. سازمان شما.</translation>
    </message>
    <message>
        <source>Find a local lawyer before you travel. Carry invitation letters. Check in at every stage.</source>
        <translation>پیش از سفر یک وکیل محلی پیدا کنید. دعوت‌نامه‌ها را همراه داشته باشید. در هر مرحله وضعیت خود را اعلام کنید.</translation>
    </message>
    <message>
        <source>Get to safety first, then check in. Use insurance and the local contact. Change the plan or end the trip if unrest grows.</source>
        <translation>اول خود را به جای امن برسانید، بعد وضعیت خود را اعلام کنید. از بیمه و مخاطب محلی کمک بگیرید. اگر ناآرامی بیشتر شد، برنامه را تغییر دهید یا سفر را تمام کنید.</translation>
    </message>
    <message>
        <source>Go and stay with [friend] for a few days. Tell your organisation and protection networks. Write down everything that happened. Review this plan.</source>
        <translation>چند روز پیش [دوست] بروید و بمانید. به سازمانتان و شبکه‌های حمایتی خبر دهید. هر چه رخ داد را بنویسید. این برنامه را بازبینی کنید.</translation>
    </message>
    <message>
        <source>Going alone to meetings. Family does not know whom to call.</source>
        <translation>تنها رفتن به جلسات. خانواده نمی‌داند با چه کسی تماس بگیرد.</translation>
    </message>
    <message>
        <source>Good relations with neighbours. A place to stay with [friend].</source>
        <translation>رابطه خوب با همسایه‌ها. جایی برای ماندن نزد [دوست].</translation>
    </message>
    <message>
        <source>Held without a lawyer. A health condition that needs regular medicine.</source>
        <translation>نگهداری بدون دسترسی به وکیل. بیماری‌ای که به داروی منظم نیاز دارد.</translation>
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
        <translation>خانه
- چه کسانی کلید دارند؟ اگر مطمئن نیستید، قفل‌ها را عوض کنید.
- ضعیف‌ترین نقطه کجاست: در، پنجره، نور کم؟ چگونه می‌توانید آن را بهتر کنید؟
- آیا همسایه‌ها می‌توانند درباره غریبه‌ها یا خودروهای غیرعادی به شما هشدار دهند؟
- اسناد حساس را بیرون از خانه یا در جای قفل‌دار نگه دارید.
دفتر
- چه کسانی می‌توانند وارد شوند، و مراجعه‌کنندگان چگونه بررسی می‌شوند؟
- شب‌ها یا هنگام یورش، چه بر سر فایل‌ها و رایانه‌ها می‌آید؟
- آیا راه خروج دومی وجود دارد؟
رفت‌وآمد روزانه
- تا جایی که می‌توانید، مسیرها و ساعت‌های رفت‌وآمد را تغییر دهید.
- دقت کنید آیا همان فرد، خودرو یا موتورسیکلت بیش از یک بار دیده می‌شود. تاریخ، ساعت، مکان و توصیفی از آن را بنویسید.
- پس از یک تهدید، از تنها ماندن در جاهای خلوت، به‌ویژه در شب، پرهیز کنید.
- پیش از یک جلسه حساس به کسی خبر دهید، و دوباره وقتی برگشتید.
سفر
- برای سفرهای پرخطر، از قالب «برنامه ایمنی سفر» استفاده کنید.</translation>
    </message>
    <message>
        <source>Home address widely known. Poor lighting. Living alone.</source>
        <translation>نشانی خانه را افراد زیادی می‌دانند. نور کم. تنها زندگی کردن.</translation>
    </message>
    <message>
        <source>Home area and family photos visible online. Weak or reused passwords on some accounts.</source>
        <translation>محله محل زندگی و عکس‌های خانوادگی در اینترنت پیداست. گذرواژه‌های ضعیف یا تکراری در برخی حساب‌ها.</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>در صورت بازداشت</translation>
    </message>
    <message>
        <source>If followed, go to a busy public place, not home. Send the danger code to [trusted contact]. Share the log with your organisation and your lawyer.</source>
        <translation>اگر تعقیب شدید، به یک مکان عمومی شلوغ بروید، نه به خانه. رمز خطر را برای [مخاطب مورد اعتماد] بفرستید. فهرست موارد مشکوک ثبت‌شده را با سازمانتان و وکیلتان در میان بگذارید.</translation>
    </message>
    <message>
        <source>If you are abroad, your contact calls your embassy or consulate. Protection networks are alerted. The &apos;If detained&apos; plan starts.</source>
        <translation>اگر خارج از کشور هستید، مخاطبتان با سفارت یا کنسولگری کشورتان تماس می‌گیرد. به شبکه‌های حمایتی خبر داده می‌شود. برنامه «در صورت بازداشت» آغاز می‌شود.</translation>
    </message>
    <message>
        <source>Ill-treatment or pressure to confess in custody</source>
        <translation>بدرفتاری یا فشار برای اعتراف در بازداشت</translation>
    </message>
    <message>
        <source>Improve locks and lighting. Ask neighbours to tell you about strangers. Keep a bag ready to leave.</source>
        <translation>قفل‌ها و نور را بهتر کنید. از همسایه‌ها بخواهید درباره غریبه‌ها به شما خبر دهند. یک کیف برای ترک خانه آماده نگه دارید.</translation>
    </message>
    <message>
        <source>Keep registration, tax and funding records in order and backed up. Agree now with [name of your lawyer] that they will act for you.</source>
        <translation>سوابق ثبت، مالیات و منابع مالی را مرتب نگه دارید و از آن‌ها نسخه پشتیبان داشته باشید. از همین حالا با [نام وکیل شما] توافق کنید که وکالت شما را بر عهده بگیرد.</translation>
    </message>
    <message>
        <source>Knowing your rights. A fast legal and public response. A prepared medical note.</source>
        <translation>آگاهی از حقوق خود. واکنش سریع حقوقی و عمومی. یادداشت پزشکی آماده.</translation>
    </message>
    <message>
        <source>Long check-in periods. One contact carrying all the load.</source>
        <translation>فاصله‌های طولانی میان اعلام وضعیت‌ها. یک مخاطب که همه بار را به دوش می‌کشد.</translation>
    </message>
    <message>
        <source>Long stress wears down health and judgement. Caring for yourself is part of your security.
- Your early signs of too much stress. Example: poor sleep, anger, drinking more, forgetting things.
- What helps you recover? Example: walking, prayer, time with friends, sport.
- Who can you talk to honestly? [name or counsellor].
- Set limits: how many hours do you work? When are you off?
- After a threat or an attack, rest and talk it through. Strong reactions are normal, not weakness.
- Plan one small thing each week that is only for you.</source>
        <translation>فشار روانی طولانی سلامت و قدرت قضاوت را فرسوده می‌کند. مراقبت از خود بخشی از امنیت شماست.
- نشانه‌های اولیه فشار بیش از حد در شما. مثلاً: خواب بد، خشم، مصرف بیشتر الکل، فراموشی.
- چه چیزی به بهبود حالتان کمک می‌کند؟ مثلاً: پیاده‌روی، نیایش، وقت گذراندن با دوستان، ورزش.
- با چه کسی می‌توانید صادقانه صحبت کنید؟ [نام یا مشاور].
- برای خود حد تعیین کنید: چند ساعت کار می‌کنید؟ چه زمانی استراحت دارید؟
- پس از یک تهدید یا حمله، استراحت کنید و درباره‌اش صحبت کنید. واکنش‌های شدید طبیعی‌اند، نه نشانه ضعف.
- هر هفته یک کار کوچک را فقط برای خودتان برنامه‌ریزی کنید.</translation>
    </message>
    <message>
        <source>Memorise your lawyer&apos;s number. Tell your contact before protests. Go with others, not alone.</source>
        <translation>شماره وکیلتان را به خاطر بسپارید. پیش از اعتراض‌ها به مخاطبتان خبر دهید. با دیگران بروید، نه تنها.</translation>
    </message>
    <message>
        <source>My check-in protocol</source>
        <translation>پروتکل اعلام وضعیت من</translation>
    </message>
    <message>
        <source>My personal safety plan</source>
        <translation>برنامه ایمنی شخصی من</translation>
    </message>
    <message>
        <source>My plan if I am detained</source>
        <translation>برنامه من در صورت بازداشت</translation>
    </message>
    <message>
        <source>Not an outside actor: routine, tiredness, flat batteries, no signal</source>
        <translation>عامل بیرونی نیست: روزمرگی، خستگی، باتری خالی، نبود آنتن</translation>
    </message>
    <message>
        <source>Online smear campaign and threats on social media</source>
        <translation>کارزار تخریب آنلاین و تهدید در شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Only in times of higher risk: before and after sensitive meetings, or every evening at 21:00 after a new threat</source>
        <translation>فقط در دوره‌های پرخطرتر: پیش و پس از جلسات حساس، یا پس از یک تهدید جدید هر شب ساعت ۲۱:۰۰</translation>
    </message>
    <message>
        <source>Only one channel agreed. Locations sent in clear text.</source>
        <translation>فقط یک راه تماس توافق شده است. مکان‌ها به‌صورت متن آشکار فرستاده می‌شوند.</translation>
    </message>
    <message>
        <source>Personal safety plan</source>
        <translation>برنامه ایمنی شخصی</translation>
    </message>
    <message>
        <source>Phone opens with a fingerprint. Sensitive chats kept for years.</source>
        <translation>قفل تلفن با اثر انگشت باز می‌شود. گفت‌وگوهای حساس سال‌ها نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Physical attack at or near your home</source>
        <translation>حمله فیزیکی در خانه یا نزدیک آن</translation>
    </message>
    <message>
        <source>Plan how to leave early if things go wrong.
- Signs that mean you end the trip. Example: your name in local media, a host arrested, police asking about you at your lodging.
- A safe place nearby for a few hours or days: [place], [person].
- Exit routes: [road], [bus], [flight]. Keep enough money for a last-minute ticket.
- If abroad, the embassy or consulate that could help: [embassy], [how to reach it].
- Who decides with you that it is time to leave? [name].
- If you must leave fast, what do you take, and what do you leave or delete?</source>
        <translation>برنامه‌ریزی کنید که اگر اوضاع بد شد، چگونه زودتر برگردید.
- نشانه‌هایی که یعنی باید سفر را تمام کنید. مثلاً: نام شما در رسانه‌های محلی، دستگیری یک میزبان، پرس‌وجوی پلیس درباره شما در محل اقامتتان.
- یک جای امن در همان نزدیکی برای چند ساعت یا چند روز: [مکان]، [شخص].
- راه‌های خروج: [جاده]، [اتوبوس]، [پرواز]. پول کافی برای خرید بلیت در لحظه آخر نگه دارید.
- اگر خارج از کشور هستید، سفارت یا کنسولگری‌ای که می‌تواند کمک کند: [سفارت]، [راه تماس با آن].
- چه کسی همراه شما تصمیم می‌گیرد که وقت رفتن است؟ [نام].
- اگر مجبور شدید سریع بروید، چه چیزی را با خود می‌برید، و چه چیزی را جا می‌گذارید یا پاک می‌کنید؟</translation>
    </message>
    <message>
        <source>Prepare and practise what you will say: identity details and a request for your lawyer. Keep a medical note ready.</source>
        <translation>آنچه را خواهید گفت آماده و تمرین کنید: مشخصات هویتی و درخواست حضور وکیل. یک یادداشت پزشکی آماده نگه دارید.</translation>
    </message>
    <message>
        <source>Protection networks are alerted. Your lawyer, family and contact decide on public action, following your wishes.</source>
        <translation>به شبکه‌های حمایتی خبر داده می‌شود. وکیل، خانواده و مخاطب شما مطابق خواسته شما درباره اقدام عمومی تصمیم می‌گیرند.</translation>
    </message>
    <message>
        <source>Registration, tax or funding papers not fully in order. No lawyer ready to act.</source>
        <translation>مدارک ثبت، مالیات یا منابع مالی به‌طور کامل مرتب نیست. وکیلی آماده اقدام وجود ندارد.</translation>
    </message>
    <message>
        <source>Remove your address and family photos from public profiles. Use strong, unique passwords and two-step login. Ask [colleague] to watch for attacks.</source>
        <translation>نشانی خود و عکس‌های خانوادگی را از نمایه‌های عمومی حذف کنید. از گذرواژه‌های قوی و منحصربه‌فرد و ورود دومرحله‌ای استفاده کنید. از [همکار] بخواهید حمله‌ها را زیر نظر داشته باشد.</translation>
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
        <translation>این برنامه را دست‌کم هر سه ماه یک بار، و بلافاصله پس از هر یک از این موارد بازبینی کنید:
- تهدید یا هشدار جدید، یا نشانه‌ای از اینکه زیر نظر هستید
- حمله، دستگیری یا یورشی که شما یا کسی در شبکه‌تان را درگیر کند
- تغییر در کارتان، پرونده جدید، یا اظهارنظر عمومی‌ای که توجه‌ها را جلب کند
- جابه‌جایی خانه یا دفتر، یا تغییری در خانواده‌تان
- برنامه سفر به جایی پرخطر
- قانون جدید، انتخابات، اعتراض‌ها یا دیگر تغییرات سیاسی
- دستگاهی که گم، دزدیده یا توقیف شده است</translation>
    </message>
    <message>
        <source>Review this protocol:
- before each time of higher risk: a trial, a protest, a trip, a publication
- when your check-in contact changes, travels or becomes unavailable
- after every missed check-in, real or false alarm
- when a channel stops working or may be watched
- after an arrest or attack in your network
- at least every three months</source>
        <translation>این پروتکل را بازبینی کنید:
- پیش از هر دوره پرخطرتر: دادگاه، اعتراض، سفر، انتشار مطلب
- وقتی مخاطب اعلام وضعیت شما تغییر می‌کند، به سفر می‌رود یا در دسترس نیست
- پس از هر اعلام وضعیتِ انجام‌نشده، چه خطر واقعی در کار بوده باشد چه هشدار اشتباه
- وقتی یک راه تماس از کار می‌افتد یا ممکن است زیر نظر باشد
- پس از دستگیری یا حمله در شبکه شما
- دست‌کم هر سه ماه یک بار</translation>
    </message>
    <message>
        <source>Road accident, crime or sudden unrest</source>
        <translation>تصادف جاده‌ای، جرم و جنایت یا ناآرامی ناگهانی</translation>
    </message>
    <message>
        <source>Same route and times every day. Meetings announced in open chat groups.</source>
        <translation>مسیر و ساعت‌های یکسان در هر روز. اعلام جلسات در گروه‌های گفت‌وگوی باز.</translation>
    </message>
    <message>
        <source>Seized devices expose contacts, sources and this journal</source>
        <translation>دستگاه‌های توقیف‌شده مخاطبان، منابع و این دفترچه را آشکار می‌کنند</translation>
    </message>
    <message>
        <source>Set a reminder alarm before each check-in. Carry a charged power bank. Share the task between two contacts. Review after the first week.</source>
        <translation>پیش از هر اعلام وضعیت یک هشدار یادآور تنظیم کنید. یک پاوربانک شارژشده همراه داشته باشید. این کار را میان دو مخاطب تقسیم کنید. پس از هفته اول بازبینی کنید.</translation>
    </message>
    <message>
        <source>Single carer. No savings. No written authorisation for another carer.</source>
        <translation>تنها یک مراقب. بدون پس‌انداز. بدون اجازه‌نامه کتبی برای مراقب دیگر.</translation>
    </message>
    <message>
        <source>Stay calm. Ask for a written record of what is taken. Afterwards, warn contacts who may be exposed, change passwords, and treat the device as compromised.</source>
        <translation>آرام بمانید. صورت‌جلسه کتبی از آنچه برداشته می‌شود درخواست کنید. پس از آن، به مخاطبانی که ممکن است در معرض خطر باشند هشدار دهید، گذرواژه‌ها را تغییر دهید، و دستگاه را ناامن و احتمالاً دستکاری‌شده بدانید.</translation>
    </message>
    <message>
        <source>Stop meetings, check in early and move to the safe place. Warn the people you met if they may be at risk.</source>
        <translation>جلسات را متوقف کنید، زودتر از موعد وضعیت خود را اعلام کنید و به مکان امن بروید. اگر افرادی که ملاقات کرده‌اید ممکن است در خطر باشند، به آن‌ها هشدار دهید.</translation>
    </message>
    <message>
        <source>Supportive networks and journalists. A colleague who can help save evidence.</source>
        <translation>شبکه‌های حامی و روزنامه‌نگاران. همکاری که می‌تواند در حفظ مدارک کمک کند.</translation>
    </message>
    <message>
        <source>Switch to the backup channel. If both fail, your contact treats it as a missed check-in and starts escalation.</source>
        <translation>به راه تماس جایگزین بروید. اگر هر دو کار نکرد، مخاطبتان آن را اعلام وضعیتِ انجام‌نشده به حساب می‌آورد و گام‌های اقدام را آغاز می‌کند.</translation>
    </message>
    <message>
        <source>The carer takes the children at once. Your organisation or network helps with emergency funds.</source>
        <translation>مراقب جایگزین بی‌درنگ نگهداری بچه‌ها را بر عهده می‌گیرد. سازمان یا شبکه شما با صندوق اضطراری کمک می‌کند.</translation>
    </message>
    <message>
        <source>Travel at night on unknown roads. Carrying all money and documents in one bag.</source>
        <translation>سفر در شب در جاده‌های ناآشنا. همراه داشتن همه پول و مدارک در یک کیف.</translation>
    </message>
    <message>
        <source>Travel in daylight with a reliable driver. Split money and documents. Ask local contacts about the situation each day.</source>
        <translation>در روشنایی روز و با راننده‌ای قابل اعتماد سفر کنید. پول و مدارک را در چند جا تقسیم کنید. هر روز از مخاطبان محلی درباره اوضاع بپرسید.</translation>
    </message>
    <message>
        <source>Travel plan: [destination, dates]</source>
        <translation>برنامه سفر: [مقصد، تاریخ‌ها]</translation>
    </message>
    <message>
        <source>Travel safety plan</source>
        <translation>برنامه ایمنی سفر</translation>
    </message>
    <message>
        <source>Travel with as little data as possible. Use a passphrase and switch devices off before crossing. Leave sensitive files in the encrypted backup at home.</source>
        <translation>با کمترین داده ممکن سفر کنید. از عبارت عبور استفاده کنید و پیش از عبور از مرز دستگاه‌ها را خاموش کنید. فایل‌های حساس را در نسخه پشتیبان رمزگذاری‌شده در خانه بگذارید.</translation>
    </message>
    <message>
        <source>Unfamiliar legal system. No local lawyer. No one nearby knows you.</source>
        <translation>نظام حقوقی ناآشنا. نبود وکیل محلی. کسی در آن نزدیکی شما را نمی‌شناسد.</translation>
    </message>
    <message>
        <source>Use passphrases, encryption, little stored data and disappearing messages. Keep regular encrypted backups elsewhere.</source>
        <translation>از عبارت عبور، رمزگذاری، کمترین داده ذخیره‌شده و پیام‌های ناپدیدشونده استفاده کنید. به‌طور منظم نسخه پشتیبان رمزگذاری‌شده در جای دیگری نگه دارید.</translation>
    </message>
    <message>
        <source>Use this before a trip to a risky area or abroad, such as a field visit, a hearing or a conference.</source>
        <translation>پیش از سفر به منطقه‌ای پرخطر یا خارج از کشور، مانند بازدید میدانی، جلسه دادگاه یا یک همایش، از این قالب استفاده کنید.</translation>
    </message>
    <message>
        <source>Use this for one overall plan for your own safety: your work, home, devices, health and the people who depend on you.</source>
        <translation>برای یک برنامه کلی برای ایمنی خودتان از این قالب استفاده کنید: کار، خانه، دستگاه‌ها، سلامت و کسانی که به شما وابسته‌اند.</translation>
    </message>
    <message>
        <source>Use this to agree regular check-ins with a trusted person, and exactly what they do if you miss one.</source>
        <translation>با این قالب با یک فرد مورد اعتماد بر سر اعلام وضعیت منظم توافق کنید و دقیقاً مشخص کنید اگر یک بار اعلام وضعیت نکردید، او چه کند.</translation>
    </message>
    <message>
        <source>Use this to prepare for arrest or detention, so you and the people around you know what to do before, during and after.</source>
        <translation>با این قالب برای دستگیری یا بازداشت آماده شوید تا شما و اطرافیانتان بدانید پیش، در حین و پس از آن چه باید کرد.</translation>
    </message>
    <message>
        <source>Vary meeting places and check them first. Few people know the schedule. Do not write names of the people you meet in your notes.</source>
        <translation>محل جلسات را تغییر دهید و از قبل آن‌ها را بررسی کنید. افراد کمی از زمان‌بندی خبر داشته باشند. نام افرادی را که ملاقات می‌کنید در یادداشت‌هایتان ننویسید.</translation>
    </message>
    <message>
        <source>Vary routes and times. Arrange sensitive meetings only over secure channels. Log each suspicious sighting with date, time, place and description.</source>
        <translation>مسیرها و ساعت‌ها را تغییر دهید. جلسات حساس را فقط از راه‌های ارتباطی امن هماهنگ کنید. هر مورد مشکوکی را که می‌بینید با تاریخ، ساعت، مکان و توصیف ثبت کنید.</translation>
    </message>
    <message>
        <source>Visitors from outside stand out. Your host is well known locally.</source>
        <translation>افراد غیربومی به چشم می‌آیند. میزبان شما در محل به‌خوبی شناخته‌شده است.</translation>
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
        <translation>با چه کسانی، به این ترتیب، تماس گرفته می‌شود. مخاطبانتان این فهرست را روی کاغذ هم نگه می‌دارند.
۱. [نام]، مخاطب اضطراری: این برنامه را آغاز می‌کند و هر اقدام را با زمان آن ثبت می‌کند.
۲. [نام وکیل شما]: پیدا می‌کند کجا نگهداری می‌شوید، درخواست دیدار با شما را می‌دهد، وضعیت سلامت شما را بررسی می‌کند.
۳. [عضو خانواده]: از افراد تحت تکفل مراقبت می‌کند، دارو و لباس می‌آورد.
۴. [نام فردی در سازمان شما]: فایل‌ها و حساب‌ها را ایمن می‌کند، کارهای پرخطر را موقتاً متوقف می‌کند.
۵. [شبکه حمایتی یا سازمان حقوق بشری مورد اعتماد]: درخواست فوری، پیگیری و نظارت.
۶. فقط اگر از پیش توافق شده باشد: [روزنامه‌نگار]، [سفارت]، [نهاد حقوق بشری سازمان ملل یا منطقه‌ای].
از پیش توافق کنید
- رمز خطر شما: [کلمه].
- آیا می‌خواهید بازداشتتان علنی شود، و با چه سرعتی؟ برخی می‌خواهند بی‌درنگ خبر منتشر شود، برخی دیگر ترجیح می‌دهند ابتدا بی‌سروصدا اقدام شود. انتخاب شما: [انتخاب].
- چه کسی از طرف شما در برابر عموم صحبت می‌کند: [نام]. دیگران همه را به او ارجاع می‌دهند.
- چه چیزی هرگز نباید با کسی در میان گذاشته شود: [مثلاً: نام منابع، اطلاعات سلامت شما].</translation>
    </message>
    <message>
        <source>With your family and lawyer, your contact decides on public action, following your wishes. Everyone keeps a log of each action and its time.</source>
        <translation>مخاطب شما همراه با خانواده و وکیلتان، مطابق خواسته شما، درباره اقدام عمومی تصمیم می‌گیرد. همه هر اقدام را با زمان آن ثبت می‌کنند.</translation>
    </message>
    <message>
        <source>With your lawyer and family, your contact decides on public action, following your wishes. Everyone keeps a written log of each action and its time.</source>
        <translation>مخاطب شما همراه با وکیل و خانواده‌تان، مطابق خواسته شما، درباره اقدام عمومی تصمیم می‌گیرد. همه هر اقدام را با زمان آن به‌صورت کتبی ثبت می‌کنند.</translation>
    </message>
    <message>
        <source>Your check-in contact starts escalation. Lawyers and, if abroad, the embassy are contacted. The &apos;If detained&apos; plan starts.</source>
        <translation>مخاطب اعلام وضعیت شما گام‌های اقدام را آغاز می‌کند. با وکلا و، اگر خارج از کشور هستید، با سفارت تماس گرفته می‌شود. برنامه «در صورت بازداشت» آغاز می‌شود.</translation>
    </message>
    <message>
        <source>Your contact alerts protection networks and trusted human rights organisations. Your organisation secures shared accounts and files. The &apos;If detained&apos; plan starts.</source>
        <translation>مخاطب شما به شبکه‌های حمایتی و سازمان‌های حقوق بشری مورد اعتماد خبر می‌دهد. سازمان شما حساب‌ها و فایل‌های مشترک را ایمن می‌کند. برنامه «در صورت بازداشت» آغاز می‌شود.</translation>
    </message>
    <message>
        <source>Your contact calls [family member] and [name of your lawyer], and informs your organisation.</source>
        <translation>مخاطب شما با [عضو خانواده] و [نام وکیل شما] تماس می‌گیرد و به سازمانتان خبر می‌دهد.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer] and the local lawyer, who check police stations and hospitals along your route. Your organisation is informed.</source>
        <translation>مخاطب شما با [نام وکیل شما] و وکیل محلی تماس می‌گیرد و آن‌ها کلانتری‌ها و بیمارستان‌های مسیر شما را بررسی می‌کنند. به سازمانتان خبر داده می‌شود.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer], who checks police stations and hospitals. Your organisation is informed.</source>
        <translation>مخاطب شما با [نام وکیل شما] تماس می‌گیرد و او کلانتری‌ها و بیمارستان‌ها را بررسی می‌کند. به سازمانتان خبر داده می‌شود.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer], who checks police stations. [family member] is informed.</source>
        <translation>مخاطب شما با [نام وکیل شما] تماس می‌گیرد و او کلانتری‌ها را بررسی می‌کند. به [عضو خانواده] خبر داده می‌شود.</translation>
    </message>
    <message>
        <source>Your contact calls and messages you on the main and backup channels, and asks the people you were meeting.</source>
        <translation>مخاطب شما از راه تماس اصلی و جایگزین به شما زنگ می‌زند و پیام می‌دهد، و از افرادی که با آن‌ها جلسه داشتید پرس‌وجو می‌کند.</translation>
    </message>
    <message>
        <source>Your contact calls and messages you on the main and backup channels, then calls the people you were meeting if known.</source>
        <translation>مخاطب شما از راه تماس اصلی و جایگزین به شما زنگ می‌زند و پیام می‌دهد، سپس اگر بداند با چه کسانی جلسه داشتید، با آن‌ها تماس می‌گیرد.</translation>
    </message>
    <message>
        <source>Your contact calls the backup contact and [family member], and checks your last known location and plans.</source>
        <translation>مخاطب شما با مخاطب جایگزین و [عضو خانواده] تماس می‌گیرد و آخرین مکان شناخته‌شده و برنامه‌های شما را بررسی می‌کند.</translation>
    </message>
    <message>
        <source>Your contact calls your host or lodging and the backup contact, and checks your last known location and plans.</source>
        <translation>مخاطب شما با میزبان یا محل اقامت شما و مخاطب جایگزین تماس می‌گیرد و آخرین مکان شناخته‌شده و برنامه‌های شما را بررسی می‌کند.</translation>
    </message>
    <message>
        <source>Your contact changes shared passwords and warns people who may be exposed. After release, treat devices as compromised.</source>
        <translation>مخاطب شما گذرواژه‌های مشترک را تغییر می‌دهد و به کسانی که ممکن است در معرض خطر باشند هشدار می‌دهد. پس از آزادی، دستگاه‌ها را ناامن و احتمالاً دستکاری‌شده بدانید.</translation>
    </message>
    <message>
        <source>Your contact follows the escalation steps without delay. The lawyer checks police stations. The network is alerted within hours.</source>
        <translation>مخاطب شما بی‌درنگ گام‌های اقدام را دنبال می‌کند. وکیل کلانتری‌ها را بررسی می‌کند. ظرف چند ساعت به شبکه خبر داده می‌شود.</translation>
    </message>
    <message>
        <source>Your contact tries all channels and calls the people you were with.</source>
        <translation>مخاطب شما همه راه‌های تماس را امتحان می‌کند و با افرادی که با آن‌ها بودید تماس می‌گیرد.</translation>
    </message>
    <message>
        <source>Your contact tries you on the main and backup channels, then calls the local contact [name] at the destination.</source>
        <translation>مخاطب شما از راه تماس اصلی و جایگزین با شما تماس می‌گیرد، سپس با مخاطب محلی [نام] در مقصد تماس می‌گیرد.</translation>
    </message>
    <message>
        <source>Your emergency contact starts the call list. Your lawyer finds where you are held. The network is alerted.</source>
        <translation>مخاطب اضطراری شما تماس با افراد فهرست را آغاز می‌کند. وکیلتان پیدا می‌کند کجا نگهداری می‌شوید. به شبکه خبر داده می‌شود.</translation>
    </message>
    <message>
        <source>Your lawyer checks police stations and hospitals. Your contact alerts protection networks and starts the &apos;If detained&apos; plan.</source>
        <translation>وکیلتان کلانتری‌ها و بیمارستان‌ها را بررسی می‌کند. مخاطبتان به شبکه‌های حمایتی خبر می‌دهد و برنامه «در صورت بازداشت» را آغاز می‌کند.</translation>
    </message>
    <message>
        <source>Your lawyer demands access and a medical exam. After release, document injuries with a doctor. Report to protection networks and complaint bodies.</source>
        <translation>وکیلتان خواستار دسترسی به شما و معاینه پزشکی می‌شود. پس از آزادی، آسیب‌ها را نزد پزشک مستند کنید. به شبکه‌های حمایتی و نهادهای رسیدگی به شکایت گزارش دهید.</translation>
    </message>
    <message>
        <source>Your organisation secures shared accounts and files. The carer gets ready to take your dependants.</source>
        <translation>سازمان شما حساب‌ها و فایل‌های مشترک را ایمن می‌کند. مراقب جایگزین آماده می‌شود تا نگهداری افراد تحت تکفل شما را بر عهده بگیرد.</translation>
    </message>
    <message>
        <source>[border police], [soldiers at a checkpoint]</source>
        <translation>[پلیس مرزی]، [سربازان در ایست بازرسی]</translation>
    </message>
    <message>
        <source>[general crime], [unrest in the area]</source>
        <translation>[جرم و جنایت عمومی]، [ناآرامی در منطقه]</translation>
    </message>
    <message>
        <source>[interrogators], [prison staff]</source>
        <translation>[بازجوها]، [کارکنان زندان]</translation>
    </message>
    <message>
        <source>[local intelligence], [local authorities]</source>
        <translation>[نهاد اطلاعاتی محلی]، [مقامات محلی]</translation>
    </message>
    <message>
        <source>[local police]</source>
        <translation>[پلیس محلی]</translation>
    </message>
    <message>
        <source>[online accounts linked to opponents]</source>
        <translation>[حساب‌های آنلاین مرتبط با مخالفان شما]</translation>
    </message>
    <message>
        <source>[police unit]</source>
        <translation>[واحد پلیس]</translation>
    </message>
    <message>
        <source>[police], [intelligence service]</source>
        <translation>[پلیس]، [نهاد اطلاعاتی]</translation>
    </message>
    <message>
        <source>[police], [unknown group]</source>
        <translation>[پلیس]، [گروه ناشناس]</translation>
    </message>
    <message>
        <source>[prosecutor&apos;s office], [company]</source>
        <translation>[دادسرا]، [شرکت]</translation>
    </message>
    <message>
        <source>[state security agency] or [private security staff]</source>
        <translation>[نهاد امنیتی دولتی] یا [نیروهای امنیتی خصوصی]</translation>
    </message>
    <message>
        <source>[telecom provider under state pressure], [police]</source>
        <translation>[شرکت مخابراتی تحت فشار حکومت]، [پلیس]</translation>
    </message>
    <message>
        <source>[unknown persons], [armed group]</source>
        <translation>[افراد ناشناس]، [گروه مسلح]</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Abduction or kidnapping</source>
        <translation>ربودن یا آدم‌ربایی</translation>
    </message>
    <message>
        <source>Account taken over</source>
        <translation>تصاحب حساب کاربری</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>تقریباً قطعی</translation>
    </message>
    <message>
        <source>Armed opposition</source>
        <translation>مخالفان مسلح</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>دستگیری</translation>
    </message>
    <message>
        <source>Assault or beating</source>
        <translation>حمله یا ضرب و شتم</translation>
    </message>
    <message>
        <source>Attempted killing</source>
        <translation>اقدام به قتل</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>فایل صوتی</translation>
    </message>
    <message>
        <source>Being watched or followed</source>
        <translation>زیر نظر بودن یا تعقیب شدن</translation>
    </message>
    <message>
        <source>Border or checkpoint</source>
        <translation>مرز یا ایست بازرسی</translation>
    </message>
    <message>
        <source>Business or company</source>
        <translation>کسب‌وکار یا شرکت</translation>
    </message>
    <message>
        <source>Carried it out</source>
        <translation>اجرا کرد</translation>
    </message>
    <message>
        <source>Censorship</source>
        <translation>سانسور</translation>
    </message>
    <message>
        <source>Charges or prosecution</source>
        <translation>اتهام یا تعقیب قضایی</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>همکار</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>گردآوری شد</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>برنامه ارتباطی</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation>عضو جامعه محلی</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>محرمانه</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Confiscation</source>
        <translation>مصادره</translation>
    </message>
    <message>
        <source>Consequence of</source>
        <translation>پیامدِ</translation>
    </message>
    <message>
        <source>Context and actors</source>
        <translation>زمینه و بازیگران</translation>
    </message>
    <message>
        <source>Continuity and family</source>
        <translation>تداوم کار و خانواده</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>رونوشت گرفته شد</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>دادگاه</translation>
    </message>
    <message>
        <source>Courts (judiciary)</source>
        <translation>دادگاه‌ها (قوه قضائیه)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>بحرانی</translation>
    </message>
    <message>
        <source>Crowd or mob</source>
        <translation>جمعیت یا اوباش</translation>
    </message>
    <message>
        <source>Day unknown</source>
        <translation>روز نامعلوم</translation>
    </message>
    <message>
        <source>Death threat</source>
        <translation>تهدید به مرگ</translation>
    </message>
    <message>
        <source>Defamation</source>
        <translation>هتک حیثیت</translation>
    </message>
    <message>
        <source>Denied a lawyer or legal help</source>
        <translation>محرومیت از وکیل یا کمک حقوقی</translation>
    </message>
    <message>
        <source>Deprivation of liberty</source>
        <translation>سلب آزادی</translation>
    </message>
    <message>
        <source>Derived copy</source>
        <translation>رونوشت برگرفته</translation>
    </message>
    <message>
        <source>Detention or imprisonment</source>
        <translation>بازداشت یا زندان</translation>
    </message>
    <message>
        <source>Digital attack</source>
        <translation>حمله دیجیتال</translation>
    </message>
    <message>
        <source>Digital security</source>
        <translation>امنیت دیجیتال</translation>
    </message>
    <message>
        <source>Digital security helpline</source>
        <translation>خط کمک امنیت دیجیتال</translation>
    </message>
    <message>
        <source>Digital surveillance</source>
        <translation>نظارت دیجیتال</translation>
    </message>
    <message>
        <source>Diplomatic contact</source>
        <translation>تماس دیپلماتیک</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>پزشک</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>مورد تردید</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Embassy or diplomat</source>
        <translation>سفارت یا دیپلمات</translation>
    </message>
    <message>
        <source>Emergency card</source>
        <translation>کارت اضطراری</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>مخاطب اضطراری</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>کارفرما</translation>
    </message>
    <message>
        <source>Encrypted email (PGP)</source>
        <translation>ایمیل رمزگذاری‌شده (PGP)</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>ناپدیدسازی قهری</translation>
    </message>
    <message>
        <source>Estimated date</source>
        <translation>تاریخ تقریبی</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>تخلیه اجباری</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>تاریخ دقیق</translation>
    </message>
    <message>
        <source>Exile</source>
        <translation>تبعید</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>خروجی گرفته شد</translation>
    </message>
    <message>
        <source>Expression and association</source>
        <translation>آزادی بیان و تشکل</translation>
    </message>
    <message>
        <source>Failed to protect</source>
        <translation>در حمایت کوتاهی کرد</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خانواده</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>عضو خانواده</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>آزادی رفت‌وآمد</translation>
    </message>
    <message>
        <source>Full incident report</source>
        <translation>گزارش کامل رخداد</translation>
    </message>
    <message>
        <source>Gave the order</source>
        <translation>دستور داد</translation>
    </message>
    <message>
        <source>Government (executive)</source>
        <translation>دولت (قوه مجریه)</translation>
    </message>
    <message>
        <source>Group or organisation banned</source>
        <translation>ممنوعیت گروه یا سازمان</translation>
    </message>
    <message>
        <source>Happened after</source>
        <translation>پس از آن رخ داد</translation>
    </message>
    <message>
        <source>Happened before</source>
        <translation>پیش از آن رخ داد</translation>
    </message>
    <message>
        <source>Heard from others</source>
        <translation>از دیگران شنیده</translation>
    </message>
    <message>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Home, office and travel</source>
        <translation>خانه، محل کار و سفر</translation>
    </message>
    <message>
        <source>House arrest</source>
        <translation>حبس خانگی</translation>
    </message>
    <message>
        <source>How and when you check in with trusted people, and what happens if you do not.</source>
        <translation>چگونه و چه زمانی وضعیت خود را به افراد مورد اعتماد اعلام می‌کنید و اگر نکنید چه می‌شود.</translation>
    </message>
    <message>
        <source>How you look after your body and mind under stress.</source>
        <translation>چگونه در شرایط فشار از جسم و روان خود مراقبت می‌کنید.</translation>
    </message>
    <message>
        <source>How you protect your phone, computer, accounts and data.</source>
        <translation>چگونه از تلفن، رایانه، حساب‌ها و داده‌های خود محافظت می‌کنید.</translation>
    </message>
    <message>
        <source>How you stay safer at home, at work and when moving around.</source>
        <translation>چگونه در خانه، محل کار و هنگام رفت‌وآمد ایمن‌تر می‌مانید.</translation>
    </message>
    <message>
        <source>If I am detained</source>
        <translation>اگر بازداشت شوم</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>جعل هویت</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>خلاصه رخداد</translation>
    </message>
    <message>
        <source>Intelligence or secret service</source>
        <translation>نهاد اطلاعاتی یا امنیتی</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>روزنامه‌نگار</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>آزار قضایی</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>وکیل</translation>
    </message>
    <message>
        <source>Legal action</source>
        <translation>اقدام حقوقی</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>محتمل</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>عمده</translation>
    </message>
    <message>
        <source>Malware or spyware</source>
        <translation>بدافزار یا جاسوس‌افزار</translation>
    </message>
    <message>
        <source>Media or journalist</source>
        <translation>رسانه یا روزنامه‌نگار</translation>
    </message>
    <message>
        <source>Media or publicity</source>
        <translation>رسانه یا اطلاع‌رسانی عمومی</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>پرونده پزشکی</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Meeting or protest banned</source>
        <translation>ممنوعیت تجمع یا اعتراض</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>نیروهای نظامی</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>جزئی</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Month and day unknown</source>
        <translation>ماه و روز نامعلوم</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>نیازمند پیگیری</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>ناچیز</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>گزارش خبری</translation>
    </message>
    <message>
        <source>Non-state armed or organised group</source>
        <translation>گروه مسلح یا سازمان‌یافته غیردولتی</translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation>هنوز بررسی نشده</translation>
    </message>
    <message>
        <source>Office closed</source>
        <translation>بسته شدن دفتر</translation>
    </message>
    <message>
        <source>Office or workplace</source>
        <translation>دفتر یا محل کار</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>مقام رسمی</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>سند رسمی</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>آزار آنلاین</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>اصل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Parliament (legislative)</source>
        <translation>مجلس (قوه مقننه)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>بخشی از</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Personal details published (doxxing)</source>
        <translation>انتشار اطلاعات شخصی (داکسینگ)</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>فیشینگ</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <source>Phone or computer seized</source>
        <translation>توقیف تلفن یا رایانه</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>حمله فیزیکی</translation>
    </message>
    <message>
        <source>Planned it</source>
        <translation>برنامه‌ریزی کرد</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>پلیس</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>کلانتری</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>ممکن</translation>
    </message>
    <message>
        <source>Prison or detention centre</source>
        <translation>زندان یا بازداشتگاه</translation>
    </message>
    <message>
        <source>Private individuals</source>
        <translation>اشخاص خصوصی</translation>
    </message>
    <message>
        <source>Private security guards</source>
        <translation>نیروهای امنیتی خصوصی</translation>
    </message>
    <message>
        <source>Pro-government group</source>
        <translation>گروه حامی حکومت</translation>
    </message>
    <message>
        <source>Protection organisation</source>
        <translation>سازمان حمایتی</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>حمایت روانی‌اجتماعی</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Public event or meeting</source>
        <translation>رویداد یا گردهمایی عمومی</translation>
    </message>
    <message>
        <source>Raid or search</source>
        <translation>یورش یا بازرسی</translation>
    </message>
    <message>
        <source>Raids and property</source>
        <translation>یورش و اموال</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>نادر</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>برگه بازیابی</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>اطلاعات حساس پوشانده شد</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>خویشاوند</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>قابل اعتماد</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>جابه‌جایی</translation>
    </message>
    <message>
        <source>Request for protection</source>
        <translation>درخواست حمایت</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>محدود</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>برنامه ایمنی</translation>
    </message>
    <message>
        <source>Saw it happen</source>
        <translation>شاهد ماجرا بود</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شدید</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>آزار جنسی</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>خشونت جنسی</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>به اشتراک گذاشته شد</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Smear campaign</source>
        <translation>کارزار تخریب</translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation>پست در شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Spoken lies (slander)</source>
        <translation>دروغ‌های گفتاری (افترا)</translation>
    </message>
    <message>
        <source>Stalking or being followed</source>
        <translation>تعقیب آزارگرانه یا دنبال شدن</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حکومت</translation>
    </message>
    <message>
        <source>Street or public place</source>
        <translation>خیابان یا مکان عمومی</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>نظارت</translation>
    </message>
    <message>
        <source>Surveillance of the organisation</source>
        <translation>نظارت بر سازمان</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>مظنون</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>شهادت</translation>
    </message>
    <message>
        <source>Theft or looting</source>
        <translation>سرقت یا غارت</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>تهدید</translation>
    </message>
    <message>
        <source>Threats and harassment</source>
        <translation>تهدید و آزار</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>شکنجه</translation>
    </message>
    <message>
        <source>Travel ban</source>
        <translation>ممنوعیت سفر</translation>
    </message>
    <message>
        <source>Trusted contact</source>
        <translation>مخاطب مورد اعتماد</translation>
    </message>
    <message>
        <source>UN or regional body</source>
        <translation>سازمان ملل یا نهاد منطقه‌ای</translation>
    </message>
    <message>
        <source>Unfair trial</source>
        <translation>دادرسی ناعادلانه</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>بعید</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>درخواست فوری</translation>
    </message>
    <message>
        <source>Vandalism or damage</source>
        <translation>تخریب یا خسارت</translation>
    </message>
    <message>
        <source>Vehicle or transport</source>
        <translation>خودرو یا وسیله نقلیه</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>راستی‌آزمایی شد</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>قربانی</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویدیو</translation>
    </message>
    <message>
        <source>Was present</source>
        <translation>حضور داشت</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>فرم وب</translation>
    </message>
    <message>
        <source>Website attacked</source>
        <translation>حمله به وب‌سایت</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>سلامت جسم و روان</translation>
    </message>
    <message>
        <source>What to do, and who to alert, if you are arrested or taken.</source>
        <translation>اگر دستگیر یا ربوده شدید، چه باید کرد و به چه کسی باید خبر داد.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Where you can go and how to get there if you must leave quickly.</source>
        <translation>اگر ناچار شدید سریع بروید، کجا می‌توانید بروید و چگونه به آنجا برسید.</translation>
    </message>
    <message>
        <source>Who and what puts you at risk, and who can help.</source>
        <translation>چه کسی و چه چیزی شما را در معرض خطر قرار می‌دهد و چه کسی می‌تواند کمک کند.</translation>
    </message>
    <message>
        <source>Who takes care of your work and your family if you cannot.</source>
        <translation>اگر نتوانید، چه کسی کار و خانواده‌تان را بر عهده می‌گیرد.</translation>
    </message>
    <message>
        <source>Written lies (libel)</source>
        <translation>دروغ‌های نوشتاری (نشر اکاذیب)</translation>
    </message>
</context>
</TS>
