<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاحظة (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>تاريخ الطلب (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>الموضوع (&amp;T):</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Request technical assistance</source>
        <translation>طلب المساعدة التقنية</translation>
    </message>
</context>
<context>
    <name>AssistanceModel</name>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
</context>
<context>
    <name>AssistancePanel</name>
    <message>
        <source>Re&amp;quest assistance…</source>
        <translation>طلب المساعدة (&amp;Q)…</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>الحالة (&amp;A):</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>المساعدة التقنية</translation>
    </message>
    <message numerus="yes">
        <source>Technical assistance ({count} open)</source>
        <translation>
            <numerusform>المساعدة التقنية ({count} طلب مفتوحة)</numerusform>
            <numerusform>المساعدة التقنية ({count} طلب مفتوحة)</numerusform>
            <numerusform>المساعدة التقنية ({count} طلبان مفتوحة)</numerusform>
            <numerusform>المساعدة التقنية ({count} طلبات مفتوحة)</numerusform>
            <numerusform>المساعدة التقنية ({count} طلبًا مفتوحة)</numerusform>
            <numerusform>المساعدة التقنية ({count} طلب مفتوحة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي الآن (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>استعادة (&amp;R)…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <source>Backup saved as {file}.</source>
        <translation>حُفظت النسخة الاحتياطية باسم {file}.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backups of the database, newest first, in {folder}. fwgdesk makes one each day the data changed and before every import, upgrade, restore and repair.</source>
        <translation>النسخ الاحتياطية لقاعدة البيانات، الأحدث أولًا، في {folder}. ينشئ fwgdesk نسخة كل يوم تتغير فيه البيانات وقبل كل استيراد وترقية واستعادة وإصلاح.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <source>Other work is still running; restore once it has ended.</source>
        <translation>لا يزال عمل آخر قيد التشغيل؛ استعد النسخة بعد انتهائه.</translation>
    </message>
    <message>
        <source>Replace the database with the backup made on {made} ({kind})?&lt;br&gt;&lt;br&gt;The current database is kept first, as a backup “{before}”, so it can be restored in turn. Changes made after {made} will no longer show.</source>
        <translation>هل تريد استبدال قاعدة البيانات بالنسخة الاحتياطية المنشأة في {made} ({kind})؟&lt;br&gt;&lt;br&gt;يُحتفظ بقاعدة البيانات الحالية أولًا كنسخة احتياطية «{before}»، بحيث يمكن استعادتها بدورها. لن تظهر التغييرات التي أُجريت بعد {made}.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>استعادة نسخة احتياطية؟</translation>
    </message>
    <message>
        <source>Restored from {file}. The database as it was is kept as {kept}.</source>
        <translation>تمت الاستعادة من {file}. يُحتفظ بقاعدة البيانات كما كانت باسم {kept}.</translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation>جارٍ استعادة {file}…</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>إظهار المجلد (&amp;F)</translation>
    </message>
    <message>
        <source>The database is shared on a server: backing it up and restoring it is the server administrator&apos;s job.</source>
        <translation>قاعدة البيانات مشتركة على خادم: نسخها احتياطيًا واستعادتها من مهام مسؤول الخادم.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>قبل ترقية</translation>
    </message>
    <message>
        <source>Before repairs</source>
        <translation>قبل الإصلاحات</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>قبل التراجع عن استيراد</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} ك.ب</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} م.ب</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Applied</source>
        <translation>تاريخ التطبيق</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>البيانات المضمنة</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Local edit</source>
        <translation>تعديل محلي</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الجهة الناشرة</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <source>States {n}</source>
        <translation>الدول: {n}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تاريخ التراجع</translation>
    </message>
    <message>
        <source>added {n}</source>
        <translation>المضافة: {n}</translation>
    </message>
    <message>
        <source>changed {n}</source>
        <translation>المعدَّلة: {n}</translation>
    </message>
    <message>
        <source>conflicts {n}</source>
        <translation>حالات التعارض: {n}</translation>
    </message>
    <message>
        <source>deleted {n}</source>
        <translation>المحذوفة: {n}</translation>
    </message>
    <message>
        <source>kept mine {n}</source>
        <translation>قيمي المُبقى عليها: {n}</translation>
    </message>
    <message>
        <source>not signed by a trusted key</source>
        <translation>غير موقَّع بمفتاح موثوق</translation>
    </message>
    <message>
        <source>recommendations {n}</source>
        <translation>التوصيات: {n}</translation>
    </message>
    <message>
        <source>unchanged {n}</source>
        <translation>دون تغيير: {n}</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Full text in</source>
        <translation>النص الكامل بـ</translation>
    </message>
    <message>
        <source>Protocol articles</source>
        <translation>مواد البروتوكول</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Withdrawn {date}</source>
        <translation>سُحبت في {date}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>All Protocol articles</source>
        <translation>جميع مواد البروتوكول</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>جميع الفروع</translation>
    </message>
    <message>
        <source>All source documents</source>
        <translation>جميع الوثائق المصدرية</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>جميع المواضيع</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>المادة {n}</translation>
    </message>
    <message>
        <source>Full text in:</source>
        <translation>النص الكامل بـ:</translation>
    </message>
    <message numerus="yes">
        <source>Linked by {n} States</source>
        <translation>
            <numerusform>ربطتها {n} دولة</numerusform>
            <numerusform>ربطتها {n} دولة</numerusform>
            <numerusform>ربطتها {n} دولتان</numerusform>
            <numerusform>ربطتها {n} دول</numerusform>
            <numerusform>ربطتها {n} دولةً</numerusform>
            <numerusform>ربطتها {n} دولة</numerusform>
        </translation>
    </message>
    <message>
        <source>No State links this recommendation.</source>
        <translation>لم تربط أي دولة هذه التوصية.</translation>
    </message>
    <message>
        <source>Search titles and full texts in any language, or codes…</source>
        <translation>ابحث في العناوين والنصوص الكاملة بأي لغة، أو في الرموز…</translation>
    </message>
    <message>
        <source>Select a recommendation to read its full text here.</source>
        <translation>اختر توصية لقراءة نصها الكامل هنا.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message numerus="yes">
        <source>{n} of {total} items</source>
        <translation>
            <numerusform>{n} من أصل {total} عنصر</numerusform>
            <numerusform>{n} من أصل {total} عنصر</numerusform>
            <numerusform>{n} من أصل {total} عنصرين</numerusform>
            <numerusform>{n} من أصل {total} عناصر</numerusform>
            <numerusform>{n} من أصل {total} عنصرًا</numerusform>
            <numerusform>{n} من أصل {total} عنصر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>&amp;Change stage</source>
        <translation>تغيير المرحلة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>المرحلة الجديدة (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>التاريخ (&amp;O):</translation>
    </message>
    <message>
        <source>Change the review&apos;s stage</source>
        <translation>تغيير مرحلة الاستعراض</translation>
    </message>
    <message>
        <source>Current stage:</source>
        <translation>المرحلة الحالية:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>ملاحظة (&amp;T):</translation>
    </message>
    <message>
        <source>Suspended &amp;because:</source>
        <translation>سبب التعليق (&amp;B):</translation>
    </message>
    <message>
        <source>Why the review is suspended</source>
        <translation>سبب تعليق الاستعراض</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <source>&amp;Reload (drop my edits)</source>
        <translation>إعادة ال&amp;تحميل (التخلي عن تعديلاتي)</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>إصلاح (&amp;R)</translation>
    </message>
    <message>
        <source>(to look at: not changed)</source>
        <translation>(للاطلاع: لم يُغيَّر)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>الفحص مرة أخرى (&amp;A)</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>جارٍ فحص قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يتم الفحص</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>الإصلاح</translation>
    </message>
    <message>
        <source>Repairing the database…</source>
        <translation>جارٍ إصلاح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity and foreign-key checks, then fwgdesk&apos;s own rules. Nothing is changed until you choose Repair: the repairs you tick are made in one go, after a backup.</source>
        <translation>فحوص SQLite للسلامة والمفاتيح الخارجية، ثم قواعد fwgdesk الخاصة. لا يُغيَّر شيء حتى تختار «إصلاح»: تُجرى الإصلاحات التي تؤشِّر عليها دفعة واحدة بعد نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Stays active</source>
        <translation>تبقى نشطة</translation>
    </message>
</context>
<context>
    <name>CountsTable</name>
    <message>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>المعدَّلة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>حالات التعارض</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>المحذوفة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>إعادة حساب الأرقام (F5)</translation>
    </message>
    <message>
        <source>Computed from the data at {0}</source>
        <translation>محسوبة من البيانات في الساعة {0}</translation>
    </message>
    <message>
        <source>Focal points by gender</source>
        <translation>جهات الوصل حسب نوع الجنس</translation>
    </message>
    <message>
        <source>In brackets: the share of the participating States (focal points) or of the group&apos;s reviews (stages). A State has a focal point when at least one active person holds that role.</source>
        <translation>بين قوسين: نسبة الدول المشاركة (جهات الوصل) أو نسبة استعراضات المجموعة (المراحل). ويكون للدولة جهة وصل عندما يشغل هذا الدور شخص نشط واحد على الأقل.</translation>
    </message>
    <message>
        <source>Mechanism figures per review group</source>
        <translation>أرقام الآلية حسب مجموعة الاستعراض</translation>
    </message>
    <message>
        <source>No review is recorded yet. The figures appear once reviews are imported (Imports) or recorded on a State&apos;s page (States).</source>
        <translation>لم يُسجَّل أي استعراض بعد. تظهر الأرقام بمجرد استيراد الاستعراضات (عمليات الاستيراد) أو تسجيلها في صفحة الدولة (الدول).</translation>
    </message>
    <message>
        <source>Open assistance requests by topic</source>
        <translation>طلبات المساعدة المفتوحة حسب الموضوع</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>الطلبات المفتوحة</translation>
    </message>
    <message>
        <source>Review Mechanism figures</source>
        <translation>أرقام آلية الاستعراض</translation>
    </message>
    <message>
        <source>Reviews by stage</source>
        <translation>الاستعراضات حسب المرحلة</translation>
    </message>
    <message>
        <source>The figures could not be computed: {0}</source>
        <translation>تعذّر حساب الأرقام: {0}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>Working languages of reviews</source>
        <translation>لغات عمل الاستعراضات</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي الآن (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>فحص قاعدة البيانات (&amp;C)…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>النسخ الاحتياطية (&amp;K)…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <source>Backup saved as {file}.</source>
        <translation>حُفظت النسخة الاحتياطية باسم {file}.</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>لم تُنشأ نسخة احتياطية</translation>
    </message>
    <message>
        <source>The database is shared on a server: backing it up and restoring it is the server administrator&apos;s job (for example with pg_dump).</source>
        <translation>قاعدة البيانات مشتركة على خادم: نسخها احتياطيًا واستعادتها من مهام مسؤول الخادم (مثلًا باستخدام pg_dump).</translation>
    </message>
</context>
<context>
    <name>DueDatesModel</name>
    <message>
        <source>By</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Due in {days} days</source>
        <translation>الأيام المتبقية: {days}</translation>
    </message>
    <message>
        <source>Met (date not recorded)</source>
        <translation>أُنجز (التاريخ غير مسجل)</translation>
    </message>
    <message>
        <source>Met late, on {date}</source>
        <translation>أُنجز متأخراً في {date}</translation>
    </message>
    <message>
        <source>Met on {date}</source>
        <translation>أُنجز في {date}</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>أيام التأخير: {days}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>EndDesignationDialog</name>
    <message>
        <source>&amp;Ended on:</source>
        <translation>تاريخ الانتهاء (&amp;E):</translation>
    </message>
    <message>
        <source>End &amp;designation</source>
        <translation>إنهاء التعيين (&amp;D)</translation>
    </message>
    <message>
        <source>End a designation</source>
        <translation>إنهاء تعيين</translation>
    </message>
    <message>
        <source>{name} stops being {role}. The row stays in the history.</source>
        <translation>لم يعد {name} يشغل دور {role}. ويبقى القيد في السجل التاريخي.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Everything (every State)</source>
        <translation>الكل (جميع الدول) (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;My State (not set in the settings)</source>
        <translation>دولتي (غير محددة في الإعدادات) (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;My State ({iso3})</source>
        <translation>دولتي ({iso3}) (&amp;M)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to export&lt;/b&gt;</source>
        <translation>&lt;b&gt;ما يُراد تصديره&lt;/b&gt;</translation>
    </message>
    <message>
        <source>C&amp;hosen States</source>
        <translation>الدول المختارة (&amp;H)</translation>
    </message>
    <message>
        <source>CSV files in a ZIP archive</source>
        <translation>ملفات CSV في أرشيف ZIP</translation>
    </message>
    <message>
        <source>CSV files in a folder</source>
        <translation>ملفات CSV في مجلد</translation>
    </message>
    <message>
        <source>Choose at least one State.</source>
        <translation>اختر دولة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>اختر مكان حفظ البيانات المصدَّرة.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>مصنف Excel (XLSX)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Filter by name or ISO3</source>
        <translation>التصفية حسب الاسم أو رمز ISO3</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>مجلد (*)</translation>
    </message>
    <message>
        <source>Include personal contact details (e-mail, &amp;phone)</source>
        <translation>تضمين بيانات الاتصال الشخصية (البريد الإلكتروني، الهاتف) (&amp;P)</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>ملف JSON</translation>
    </message>
    <message>
        <source>Name of the new folder for the CSV files</source>
        <translation>اسم المجلد الجديد لملفات CSV</translation>
    </message>
    <message>
        <source>States to export</source>
        <translation>الدول المراد تصديرها</translation>
    </message>
    <message>
        <source>Update files (*{suffix})</source>
        <translation>ملفات التحديث (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>كُتب {rows} قيد في {path}</numerusform>
            <numerusform>كُتب {rows} قيد في {path}</numerusform>
            <numerusform>كُتب {rows} قيدان في {path}</numerusform>
            <numerusform>كُتب {rows} قيود في {path}</numerusform>
            <numerusform>كُتب {rows} قيدًا في {path}</numerusform>
            <numerusform>كُتب {rows} قيد في {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Drafting observations</source>
        <translation>صياغة الملاحظات</translation>
    </message>
    <message>
        <source>Group {0}</source>
        <translation>المجموعة {0}</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>التشريعات</translation>
    </message>
    <message>
        <source>List of observations</source>
        <translation>قائمة الملاحظات</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Not started or suspended, no focal point</source>
        <translation>لم تبدأ أو معلَّقة، بلا جهة وصل</translation>
    </message>
    <message>
        <source>One</source>
        <translation>لغة واحدة</translation>
    </message>
    <message>
        <source>Operating RevMod</source>
        <translation>استخدام RevMod</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Participating States with at least one active person in the focal point role</source>
        <translation>الدول المشاركة التي يشغل فيها دور جهة الوصل شخص نشط واحد على الأقل</translation>
    </message>
    <message>
        <source>Preliminary consultation</source>
        <translation>المشاورات الأولية</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>الاستعراضات</translation>
    </message>
    <message>
        <source>Reviews completed</source>
        <translation>الاستعراضات المكتملة</translation>
    </message>
    <message>
        <source>Reviews in progress</source>
        <translation>الاستعراضات قيد التنفيذ</translation>
    </message>
    <message>
        <source>Reviews not started</source>
        <translation>الاستعراضات التي لم تبدأ</translation>
    </message>
    <message>
        <source>Reviews suspended</source>
        <translation>الاستعراضات المعلَّقة</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>التقييم الذاتي</translation>
    </message>
    <message>
        <source>Share of the reviews not started or suspended whose State under review has no active focal point</source>
        <translation>نسبة الاستعراضات التي لم تبدأ أو المعلَّقة التي ليس لدى الدولة المستعرَضة فيها جهة وصل نشطة</translation>
    </message>
    <message>
        <source>States participating</source>
        <translation>الدول المشاركة</translation>
    </message>
    <message>
        <source>States under review or reviewing in a review of the group</source>
        <translation>الدول المستعرَضة أو المستعرِضة في أحد استعراضات المجموعة</translation>
    </message>
    <message>
        <source>States with an active focal point</source>
        <translation>الدول التي لديها جهة وصل نشطة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلَّق</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>لغتان</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>غير مُفصَح عنه</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>التعليقات الكتابية</translation>
    </message>
</context>
<context>
    <name>FileExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>تصفح (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>الصيغة (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>الحفظ في (&amp;S):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>تصدير (&amp;X)</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>أُلغي التصدير: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>لم يُصدَّر: {error}</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>&amp;Designated on:</source>
        <translation>تاريخ التعيين (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>نوع الجنس (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>المؤسسة (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>اللغات (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>المسمى الوظيفي (&amp;T):</translation>
    </message>
    <message>
        <source>Add a designated person</source>
        <translation>إضافة شخص معيَّن</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>En&amp;ded on:</source>
        <translation>تاريخ الانتهاء (&amp;F):</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>ISO 639-1 codes, e.g. pt, de</source>
        <translation>رموز ISO 639-1، مثل pt وde</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Ot&amp;her languages:</source>
        <translation>لغات أخرى (&amp;H):</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>الدور (&amp;O):</translation>
    </message>
</context>
<context>
    <name>FocalPointsModel</name>
    <message>
        <source>Designated on</source>
        <translation>تاريخ التعيين</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>انتهى في {date}</translation>
    </message>
    <message>
        <source>Gender: {gender}</source>
        <translation>نوع الجنس: {gender}</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
</context>
<context>
    <name>FocalPointsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>إضافة (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Show ended designations</source>
        <translation>إظهار التعيينات المنتهية (&amp;S)</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>إضافة {name}</translation>
    </message>
    <message>
        <source>E&amp;nd designation…</source>
        <translation>إنهاء التعيين (&amp;N)…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>End the designation of {name}</source>
        <translation>إنهاء تعيين {name}</translation>
    </message>
    <message>
        <source>{active} active · {ended} ended</source>
        <translation>النشطة: {active} · المنتهية: {ended}</translation>
    </message>
    <message>
        <source>{name} is the active focal point (since {since}). A State has one: their designation ends when the new one begins.</source>
        <translation>{name} جهة الوصل النشطة (منذ {since}). للدولة جهة وصل واحدة: ينتهي تعيين الجهة السابقة عندما يبدأ تعيين الجهة الجديدة.</translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <source>&amp;Keep data of removed people:</source>
        <translation>الاحتفاظ ببيانات الأشخاص المحذوفين (&amp;K):</translation>
    </message>
    <message>
        <source>CSV file (for a spreadsheet)</source>
        <translation>ملف CSV (لجدول بيانات)</translation>
    </message>
    <message>
        <source>Choose where to save the history.</source>
        <translation>اختر مكان حفظ السجل.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <source>Export the history of {iso3}</source>
        <translation>تصدير سجل {iso3}</translation>
    </message>
    <message>
        <source>Export the history to</source>
        <translation>تصدير السجل إلى</translation>
    </message>
    <message>
        <source>History files (*{suffix})</source>
        <translation>ملفات السجل (*{suffix})</translation>
    </message>
    <message>
        <source>Include contact details (e-mail, &amp;phone)</source>
        <translation>تضمين بيانات الاتصال (البريد الإلكتروني، الهاتف) (&amp;P)</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>ملف JSON</translation>
    </message>
    <message>
        <source>Names only</source>
        <translation>الأسماء فقط</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Removed people are people an import deleted, or an undone import took back: their changes stay in the history. Unless you keep them, their name, title, institution, contact details, gender and languages are written as “[removed]”. Contact details of everyone else are written as “[withheld]” unless you include them. Role, State and dates are always written.</source>
        <translation>الأشخاص المحذوفون هم من حذفهم استيراد أو أزالهم استيراد تم التراجع عنه: تبقى تغييراتهم في السجل. ما لم تحتفظ بها، يُكتب اسمهم ولقبهم ومؤسستهم وبيانات الاتصال بهم وجنسهم ولغاتهم على شكل «[removed]». وتُكتب بيانات الاتصال لجميع الآخرين على شكل «[withheld]» ما لم تقم بتضمينها. ويُكتب الدور والدولة والتواريخ دائمًا.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Assistance request</source>
        <translation>طلب مساعدة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة الوصل</translation>
    </message>
    <message>
        <source>Import: {batch}</source>
        <translation>استيراد: {batch}</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Recommendation link</source>
        <translation>ربط توصية</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>استعراض</translation>
    </message>
    <message>
        <source>Review stage</source>
        <translation>مرحلة الاستعراض</translation>
    </message>
    <message>
        <source>Reviewing State</source>
        <translation>الدولة المستعرِضة</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>وثيقة مصدر</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>&amp;Export history…</source>
        <translation>تصدير السجل (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>تصفية (&amp;F):</translation>
    </message>
    <message>
        <source>Filter: a field, a value, a person&apos;s name…</source>
        <translation>تصفية: حقل، قيمة، اسم شخص…</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>صُدِّر السجل</translation>
    </message>
    <message>
        <source>Select a change to read it whole here.</source>
        <translation>اختر تغييراً لقراءته كاملاً هنا.</translation>
    </message>
    <message numerus="yes">
        <source>{entries} change(s) written to {path}.</source>
        <translation>
            <numerusform>كُتب {entries} تغيير في {path}.</numerusform>
            <numerusform>كُتب {entries} تغيير في {path}.</numerusform>
            <numerusform>كُتب {entries} تغييران في {path}.</numerusform>
            <numerusform>كُتب {entries} تغييرات في {path}.</numerusform>
            <numerusform>كُتب {entries} تغييرًا في {path}.</numerusform>
            <numerusform>كُتب {entries} تغيير في {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} changes</source>
        <translation>
            <numerusform>{shown} من أصل {total} تغيير</numerusform>
            <numerusform>{shown} من أصل {total} تغيير</numerusform>
            <numerusform>{shown} من أصل {total} تغييرين</numerusform>
            <numerusform>{shown} من أصل {total} تغييرات</numerusform>
            <numerusform>{shown} من أصل {total} تغييرًا</numerusform>
            <numerusform>{shown} من أصل {total} تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{withheld} personal value(s) were left out (contact details, and data of people no longer in the database).</source>
        <translation>
            <numerusform>لم تُدرج {withheld} قيمة شخصية (بيانات الاتصال، وبيانات أشخاص لم يعودوا في قاعدة البيانات).</numerusform>
            <numerusform>لم تُدرج {withheld} قيمة شخصية (بيانات الاتصال، وبيانات أشخاص لم يعودوا في قاعدة البيانات).</numerusform>
            <numerusform>لم تُدرج {withheld} قيمتان شخصيتان (بيانات الاتصال، وبيانات أشخاص لم يعودوا في قاعدة البيانات).</numerusform>
            <numerusform>لم تُدرج {withheld} قيم شخصية (بيانات الاتصال، وبيانات أشخاص لم يعودوا في قاعدة البيانات).</numerusform>
            <numerusform>لم تُدرج {withheld} قيمةً شخصية (بيانات الاتصال، وبيانات أشخاص لم يعودوا في قاعدة البيانات).</numerusform>
            <numerusform>لم تُدرج {withheld} قيمة شخصية (بيانات الاتصال، وبيانات أشخاص لم يعودوا في قاعدة البيانات).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Hide unchanged rows</source>
        <translation>إخفاء القيود التي لم تتغير (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>الإبقاء على قيمتي (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the update&apos;s</source>
        <translation>أخذ قيمة التحديث (&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older or repeated update&lt;/b&gt;&lt;br&gt;{problem}</source>
        <translation>&lt;b&gt;تحديث أقدم أو مكرَّر&lt;/b&gt;&lt;br&gt;{problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Published by {publisher}, sequence {sequence}&lt;br&gt;Data as of {as_of}, issued {issued}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;الجهة الناشرة: {publisher}، الرقم التسلسلي: {sequence}&lt;br&gt;البيانات حتى {as_of}، تاريخ الإصدار: {issued}</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>تطبيق (&amp;P)</translation>
    </message>
    <message>
        <source>Apply an&amp;yway (older or repeated update)</source>
        <translation>التطبيق رغم ذلك (تحديث أقدم أو مكرَّر) (&amp;Y)</translation>
    </message>
    <message>
        <source>Applying row {done} of {total}…</source>
        <translation>جارٍ تطبيق القيد {done} من أصل {total}…</translation>
    </message>
    <message>
        <source>Applying {file}…</source>
        <translation>جارٍ تطبيق {file}…</translation>
    </message>
    <message>
        <source>Backing up the database and applying the update…</source>
        <translation>جارٍ إنشاء نسخة احتياطية من قاعدة البيانات وتطبيق التحديث…</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>طي الكل (&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغي: لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Confirm above that you apply an older or repeated update.</source>
        <translation>أكِّد أعلاه أنك تطبق تحديثاً أقدم أو مكرَّراً.</translation>
    </message>
    <message>
        <source>Confirm above that you import it without a trusted signature.</source>
        <translation>أكِّد أعلاه أنك تستورده دون توقيع موثوق.</translation>
    </message>
    <message numerus="yes">
        <source>Decide {count} conflict(s) first.</source>
        <translation>
            <numerusform>يجب أولاً البت في {count} حالة تعارض.</numerusform>
            <numerusform>يجب أولاً البت في {count} حالة تعارض.</numerusform>
            <numerusform>يجب أولاً البت في {count} حالتي تعارض.</numerusform>
            <numerusform>يجب أولاً البت في {count} حالات تعارض.</numerusform>
            <numerusform>يجب أولاً البت في {count} حالةَ تعارض.</numerusform>
            <numerusform>يجب أولاً البت في {count} حالة تعارض.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>توسيع الكل (&amp;X)</translation>
    </message>
    <message>
        <source>I&amp;mport it although it is not signed by a trusted key</source>
        <translation>استيراده رغم أنه غير موقَّع بمفتاح موثوق (&amp;M)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>استيراد {file}</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>الإبقاء على جميع قيمي (&amp;A)</translation>
    </message>
    <message>
        <source>No conflicts with your local changes.</source>
        <translation>لا يوجد تعارض مع تغييراتك المحلية.</translation>
    </message>
    <message>
        <source>Not applied, nothing was changed: {error}</source>
        <translation>لم يُطبَّق، ولم يُغيَّر شيء: {error}</translation>
    </message>
    <message>
        <source>Not applied: nothing was changed.</source>
        <translation>لم يُطبَّق: لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this update.</source>
        <translation>لا يوجد ما يُغيَّر: قاعدة البيانات تتضمن هذا التحديث بالفعل.</translation>
    </message>
    <message>
        <source>Only &amp;conflicts</source>
        <translation>حالات التعارض فقط (&amp;C)</translation>
    </message>
    <message>
        <source>Take the update&apos;s fo&amp;r all</source>
        <translation>أخذ قيم التحديث للجميع (&amp;R)</translation>
    </message>
    <message>
        <source>The signature is invalid: this update cannot be applied.</source>
        <translation>التوقيع غير صالح: لا يمكن تطبيق هذا التحديث.</translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) with your local changes, {undecided} undecided</source>
        <translation>
            <numerusform>{count} حالة تعارض مع تغييراتك المحلية، لم يُبتّ في {undecided} منها</numerusform>
            <numerusform>{count} حالة تعارض مع تغييراتك المحلية، لم يُبتّ في {undecided} منها</numerusform>
            <numerusform>{count} حالتا تعارض مع تغييراتك المحلية، لم يُبتّ في {undecided} منها</numerusform>
            <numerusform>{count} حالات تعارض مع تغييراتك المحلية، لم يُبتّ في {undecided} منها</numerusform>
            <numerusform>{count} حالةَ تعارض مع تغييراتك المحلية، لم يُبتّ في {undecided} منها</numerusform>
            <numerusform>{count} حالة تعارض مع تغييراتك المحلية، لم يُبتّ في {undecided} منها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) shown</source>
        <translation>
            <numerusform>عُرض {count} قيد</numerusform>
            <numerusform>عُرض {count} قيد</numerusform>
            <numerusform>عُرض {count} قيدان</numerusform>
            <numerusform>عُرض {count} قيود</numerusform>
            <numerusform>عُرض {count} قيدًا</numerusform>
            <numerusform>عُرض {count} قيد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <source>&amp;Import update…</source>
        <translation>استيراد تحديث (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>التراجع عن آخر عملية استيراد (&amp;U)…</translation>
    </message>
    <message>
        <source>Backup: {backup}</source>
        <translation>النسخة الاحتياطية: {backup}</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير (&amp;X)…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>Folder of &amp;CSV files…</source>
        <translation>مجلد ملفات CSV (&amp;C)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import a folder of CSV files</source>
        <translation>استيراد مجلد ملفات CSV</translation>
    </message>
    <message>
        <source>Import an update</source>
        <translation>استيراد تحديث</translation>
    </message>
    <message>
        <source>Import applied</source>
        <translation>طُبِّق الاستيراد</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>تم التراجع عن الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>Import {batch} ({file}) was undone: {reverted} change(s) reverted.</source>
        <translation>
            <numerusform>تم التراجع عن الاستيراد {batch} ({file}): استُرجع {reverted} تغيير.</numerusform>
            <numerusform>تم التراجع عن الاستيراد {batch} ({file}): استُرجع {reverted} تغيير.</numerusform>
            <numerusform>تم التراجع عن الاستيراد {batch} ({file}): استُرجع {reverted} تغييران.</numerusform>
            <numerusform>تم التراجع عن الاستيراد {batch} ({file}): استُرجع {reverted} تغييرات.</numerusform>
            <numerusform>تم التراجع عن الاستيراد {batch} ({file}): استُرجع {reverted} تغييرًا.</numerusform>
            <numerusform>تم التراجع عن الاستيراد {batch} ({file}): استُرجع {reverted} تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لم يُستورَد</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>لم يتم التراجع</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this update.</source>
        <translation>لا يوجد ما يُغيَّر: قاعدة البيانات تتضمن هذا التحديث بالفعل.</translation>
    </message>
    <message>
        <source>Reading and checking {file}…</source>
        <translation>جارٍ قراءة {file} والتحقق منه…</translation>
    </message>
    <message>
        <source>The update was applied as import {batch}. A backup of the database before it was saved as {backup}.</source>
        <translation>طُبِّق التحديث بوصفه عملية الاستيراد {batch}. وحُفظت نسخة احتياطية من قاعدة البيانات قبل تطبيقه باسم {backup}.</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>جارٍ التراجع عن آخر عملية استيراد…</translation>
    </message>
    <message>
        <source>Update &amp;file (JSON, XLSX, CSV in a ZIP)…</source>
        <translation>ملف التحديث (JSON أو XLSX أو CSV في ملف ZIP) (&amp;F)…</translation>
    </message>
    <message>
        <source>Updates (*.json *.xlsx *.zip);;All files (*)</source>
        <translation>التحديثات (*.json *.xlsx *.zip);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Updates applied to this database: the bundled reference data and every import, with the file, its publisher and sequence, who signed it and what it changed.</source>
        <translation>التحديثات المطبقة على قاعدة البيانات هذه: البيانات المرجعية المضمنة وكل عملية استيراد، مع الملف والجهة الناشرة له ورقمه التسلسلي والجهة الموقِّعة عليه وما أجراه من تغييرات.</translation>
    </message>
    <message numerus="yes">
        <source>{count} local change(s) made after the import were kept (see the details).</source>
        <translation>
            <numerusform>أُبقي على {count} تغيير محلي أُجريت بعد الاستيراد (انظر التفاصيل).</numerusform>
            <numerusform>أُبقي على {count} تغيير محلي أُجريت بعد الاستيراد (انظر التفاصيل).</numerusform>
            <numerusform>أُبقي على {count} تغييرين محليين أُجريت بعد الاستيراد (انظر التفاصيل).</numerusform>
            <numerusform>أُبقي على {count} تغييرات محلية أُجريت بعد الاستيراد (انظر التفاصيل).</numerusform>
            <numerusform>أُبقي على {count} تغييرًا محليًا أُجريت بعد الاستيراد (انظر التفاصيل).</numerusform>
            <numerusform>أُبقي على {count} تغيير محلي أُجريت بعد الاستيراد (انظر التفاصيل).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>كُتب {rows} قيد في {path}</numerusform>
            <numerusform>كُتب {rows} قيد في {path}</numerusform>
            <numerusform>كُتب {rows} قيدان في {path}</numerusform>
            <numerusform>كُتب {rows} قيود في {path}</numerusform>
            <numerusform>كُتب {rows} قيدًا في {path}</numerusform>
            <numerusform>كُتب {rows} قيد في {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>&amp;Link chosen</source>
        <translation>ربط المختارة (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>بحث (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>الموضوع (&amp;T):</translation>
    </message>
    <message>
        <source>All source documents</source>
        <translation>جميع الوثائق المصدرية</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>جميع المواضيع</translation>
    </message>
    <message>
        <source>Already linked to this State</source>
        <translation>مرتبطة بالفعل بهذه الدولة</translation>
    </message>
    <message>
        <source>Link &amp;every item of this theme</source>
        <translation>ربط كل عناصر هذا الموضوع (&amp;E)</translation>
    </message>
    <message>
        <source>Link recommendations</source>
        <translation>ربط توصيات</translation>
    </message>
    <message>
        <source>Search titles and full texts in any language, or codes…</source>
        <translation>ابحث في العناوين والنصوص الكاملة بأي لغة، أو في الرموز…</translation>
    </message>
    <message numerus="yes">
        <source>{count} chosen of {shown} shown.</source>
        <translation>
            <numerusform>اختير {count} بند من أصل {shown} معروضة.</numerusform>
            <numerusform>اختير {count} بند من أصل {shown} معروضة.</numerusform>
            <numerusform>اختير {count} بندان من أصل {shown} معروضة.</numerusform>
            <numerusform>اختير {count} بنود من أصل {shown} معروضة.</numerusform>
            <numerusform>اختير {count} بندًا من أصل {shown} معروضة.</numerusform>
            <numerusform>اختير {count} بند من أصل {shown} معروضة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} items of “{theme}” will be linked (all not linked yet).</source>
        <translation>
            <numerusform>سيُربط {count} بند من الموضوع «{theme}» (جميع البنود غير المرتبطة بعد).</numerusform>
            <numerusform>سيُربط {count} بند من الموضوع «{theme}» (جميع البنود غير المرتبطة بعد).</numerusform>
            <numerusform>سيُربط {count} بندان من الموضوع «{theme}» (جميع البنود غير المرتبطة بعد).</numerusform>
            <numerusform>سيُربط {count} بنود من الموضوع «{theme}» (جميع البنود غير المرتبطة بعد).</numerusform>
            <numerusform>سيُربط {count} بندًا من الموضوع «{theme}» (جميع البنود غير المرتبطة بعد).</numerusform>
            <numerusform>سيُربط {count} بند من الموضوع «{theme}» (جميع البنود غير المرتبطة بعد).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>تاريخ التحديث</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>&amp;Accept checked</source>
        <translation>قبول العناصر المؤشَّر عليها (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss checked</source>
        <translation>رفض العناصر المؤشَّر عليها (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Link from the catalogue…</source>
        <translation>الربط من الفهرس (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlink selected</source>
        <translation>إلغاء ربط المحدد (&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>Accept {count} suggested links</source>
        <translation>
            <numerusform>قبول {count} رابط مقترحة</numerusform>
            <numerusform>قبول {count} رابط مقترحة</numerusform>
            <numerusform>قبول {count} رابطين مقترحة</numerusform>
            <numerusform>قبول {count} روابط مقترحة</numerusform>
            <numerusform>قبول {count} رابطًا مقترحة</numerusform>
            <numerusform>قبول {count} رابط مقترحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>التأشير على الكل (&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss {count} suggested links</source>
        <translation>
            <numerusform>رفض {count} رابط مقترحة</numerusform>
            <numerusform>رفض {count} رابط مقترحة</numerusform>
            <numerusform>رفض {count} رابطين مقترحة</numerusform>
            <numerusform>رفض {count} روابط مقترحة</numerusform>
            <numerusform>رفض {count} رابطًا مقترحة</numerusform>
            <numerusform>رفض {count} رابط مقترحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the link of {code}</source>
        <translation>تعديل ربط {code}</translation>
    </message>
    <message>
        <source>Filter the linked recommendations…</source>
        <translation>تصفية التوصيات المرتبطة…</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>النص الكامل</translation>
    </message>
    <message numerus="yes">
        <source>Link {count} recommendations</source>
        <translation>
            <numerusform>ربط {count} توصية</numerusform>
            <numerusform>ربط {count} توصية</numerusform>
            <numerusform>ربط {count} توصيتين</numerusform>
            <numerusform>ربط {count} توصيات</numerusform>
            <numerusform>ربط {count} توصيةً</numerusform>
            <numerusform>ربط {count} توصية</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked recommendations ({count})</source>
        <translation>التوصيات المرتبطة ({count})</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>Recommendations addressed by their text to this State (all States, or the Protocol&apos;s parties when it is one), neither linked nor dismissed.</source>
        <translation>توصيات موجهة بنصها إلى هذه الدولة (جميع الدول، أو الأطراف في البروتوكول إذا كانت طرفاً فيه)، لم تُربط ولم تُرفض.</translation>
    </message>
    <message>
        <source>Select a recommendation to read its full text here.</source>
        <translation>اختر توصية لقراءة نصها الكامل هنا.</translation>
    </message>
    <message>
        <source>Set &amp;status of selected</source>
        <translation>تحديد حالة الروابط المختارة (&amp;S)</translation>
    </message>
    <message>
        <source>Set the status of every selected link at once (one step to undo)</source>
        <translation>تحديد حالة جميع الروابط المختارة دفعة واحدة (يُلغى بخطوة واحدة)</translation>
    </message>
    <message numerus="yes">
        <source>Set the status of {count} links to {status}</source>
        <translation>
            <numerusform>تحديد الحالة «{status}» لـ{count} رابط</numerusform>
            <numerusform>تحديد الحالة «{status}» لـ{count} رابط</numerusform>
            <numerusform>تحديد الحالة «{status}» لـ{count} رابطين</numerusform>
            <numerusform>تحديد الحالة «{status}» لـ{count} روابط</numerusform>
            <numerusform>تحديد الحالة «{status}» لـ{count} رابطًا</numerusform>
            <numerusform>تحديد الحالة «{status}» لـ{count} رابط</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>Suggested links ({count})</source>
        <translation>الروابط المقترحة ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Unlink {count} recommendations</source>
        <translation>
            <numerusform>إلغاء ربط {count} توصية</numerusform>
            <numerusform>إلغاء ربط {count} توصية</numerusform>
            <numerusform>إلغاء ربط {count} توصيتين</numerusform>
            <numerusform>إلغاء ربط {count} توصيات</numerusform>
            <numerusform>إلغاء ربط {count} توصيةً</numerusform>
            <numerusform>إلغاء ربط {count} توصية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About fwgdesk</source>
        <translation>حول fwgdesk (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>إعادة {edit} (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>تراجع عن {edit} (&amp;U)</translation>
    </message>
    <message>
        <source>About fwgdesk</source>
        <translation>حول fwgdesk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>عمليات الاستيراد</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>States</source>
        <translation>الدول</translation>
    </message>
    <message>
        <source>fwgdesk {version}
Data folder: {folder}</source>
        <translation>fwgdesk {version}
مجلد البيانات: {folder}</translation>
    </message>
    <message>
        <source>fwgdesk — Firearms Protocol desk</source>
        <translation>fwgdesk — مكتب بروتوكول الأسلحة النارية</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>&amp;Cluster:</source>
        <translation>المجموعة المواضيعية (&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>إنشاء (&amp;R)</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>استعراض جديد</translation>
    </message>
    <message>
        <source>Review &amp;group:</source>
        <translation>مجموعة الاستعراض (&amp;G):</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>لا توجد وثيقة لعرضها.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>من {count}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Added</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <source>Already absent</source>
        <translation>غير موجود أصلاً</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>طلبات المساعدة</translation>
    </message>
    <message>
        <source>Catalogue items</source>
        <translation>بنود الفهرس</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>معدَّل</translation>
    </message>
    <message numerus="yes">
        <source>Changed · {count} field(s)</source>
        <translation>
            <numerusform>معدَّل · {count} حقل</numerusform>
            <numerusform>معدَّل · {count} حقل</numerusform>
            <numerusform>معدَّل · {count} حقلان</numerusform>
            <numerusform>معدَّل · {count} حقول</numerusform>
            <numerusform>معدَّل · {count} حقلًا</numerusform>
            <numerusform>معدَّل · {count} حقل</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>جهات الوصل</translation>
    </message>
    <message>
        <source>In the update</source>
        <translation>في التحديث</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>الاستعراضات</translation>
    </message>
    <message>
        <source>Row / field</source>
        <translation>القيد / الحقل</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>الوثائق المصدر</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>سجل المراحل</translation>
    </message>
    <message>
        <source>States</source>
        <translation>الدول</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Take the update&apos;s</source>
        <translation>أخذ قيمة التحديث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>لم يُبتّ فيه</translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) decided</source>
        <translation>
            <numerusform>حُسمت {count} حالة تعارض</numerusform>
            <numerusform>حُسمت {count} حالة تعارض</numerusform>
            <numerusform>حُسمت {count} حالتا تعارض</numerusform>
            <numerusform>حُسمت {count} حالات تعارض</numerusform>
            <numerusform>حُسمت {count} حالةَ تعارض</numerusform>
            <numerusform>حُسمت {count} حالة تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) to decide</source>
        <translation>
            <numerusform>{count} حالة تعارض يلزم البت فيها</numerusform>
            <numerusform>{count} حالة تعارض يلزم البت فيها</numerusform>
            <numerusform>{count} حالتا تعارض يلزم البت فيها</numerusform>
            <numerusform>{count} حالات تعارض يلزم البت فيها</numerusform>
            <numerusform>{count} حالةَ تعارض يلزم البت فيها</numerusform>
            <numerusform>{count} حالة تعارض يلزم البت فيها</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Check</source>
        <translation>⚠ تحقّق</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>&amp;Copy the list</source>
        <translation>نسخ القائمة (&amp;C)</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>رُفض التحديث</translation>
    </message>
    <message numerus="yes">
        <source>{file} was refused: {count} problem(s) found. Nothing was changed. Correct the file, or ask the Secretariat for a corrected one.</source>
        <translation>
            <numerusform>رُفض {file}: اكتُشفت {count} مشكلة. لم يُغيَّر شيء. صحِّح الملف أو اطلب من الأمانة ملفاً مصحَّحاً.</numerusform>
            <numerusform>رُفض {file}: اكتُشفت {count} مشكلة. لم يُغيَّر شيء. صحِّح الملف أو اطلب من الأمانة ملفاً مصحَّحاً.</numerusform>
            <numerusform>رُفض {file}: اكتُشفت {count} مشكلتان. لم يُغيَّر شيء. صحِّح الملف أو اطلب من الأمانة ملفاً مصحَّحاً.</numerusform>
            <numerusform>رُفض {file}: اكتُشفت {count} مشكلات. لم يُغيَّر شيء. صحِّح الملف أو اطلب من الأمانة ملفاً مصحَّحاً.</numerusform>
            <numerusform>رُفض {file}: اكتُشفت {count} مشكلةً. لم يُغيَّر شيء. صحِّح الملف أو اطلب من الأمانة ملفاً مصحَّحاً.</numerusform>
            <numerusform>رُفض {file}: اكتُشفت {count} مشكلة. لم يُغيَّر شيء. صحِّح الملف أو اطلب من الأمانة ملفاً مصحَّحاً.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Batch of status sheets</source>
        <translation>دفعة من بطاقات الحالة (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Mechanism overview</source>
        <translation>لمحة عامة عن الآلية (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;State status sheet</source>
        <translation>بطاقة حالة الدولة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Which States:</source>
        <translation>أي الدول (&amp;W):</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>جميع الدول</translation>
    </message>
    <message>
        <source>F&amp;ull text of recommendations, not titles</source>
        <translation>النص الكامل للتوصيات لا العناوين (&amp;U)</translation>
    </message>
    <message>
        <source>Include personal contact &amp;details</source>
        <translation>تضمين بيانات الاتصال الشخصية (&amp;D)</translation>
    </message>
    <message>
        <source>Name or ISO3 code</source>
        <translation>الاسم أو رمز ISO3</translation>
    </message>
    <message>
        <source>One file per State, &amp;into a folder</source>
        <translation>ملف لكل دولة في مجلد (&amp;I)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Review group {number}</source>
        <translation>فريق الاستعراض {number}</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>الدولة (&amp;T):</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>لغة البطاقة (&amp;L):</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>ما المطلوب طباعته</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Preview</source>
        <translation>معاينة (&amp;P)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغي: لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Choose a report, then press Preview: it is shown here to be saved or printed.</source>
        <translation>اختر تقريراً، ثم اضغط «معاينة»: يُعرض هنا لحفظه أو طباعته.</translation>
    </message>
    <message>
        <source>Folder for the status sheets</source>
        <translation>مجلد بطاقات الحالة</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>جارٍ إنشاء ملف PDF…</translation>
    </message>
    <message>
        <source>No font could draw these characters: {characters}</source>
        <translation>لا يوجد خط يمكنه رسم هذه الأحرف: {characters}</translation>
    </message>
    <message>
        <source>No report made</source>
        <translation>لم يُنشأ أي تقرير</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>لم تتم الطباعة</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>طباعة (&amp;R)…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>حفظ باسم (&amp;A)…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>حُفظ باسم {path}</translation>
    </message>
    <message>
        <source>Sheet {done} of {total}</source>
        <translation>البطاقة {done} من {total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s) saved in {folder}</source>
        <translation>
            <numerusform>حُفظ {count} ملف في {folder}</numerusform>
            <numerusform>حُفظ {count} ملف في {folder}</numerusform>
            <numerusform>حُفظ {count} ملفان في {folder}</numerusform>
            <numerusform>حُفظ {count} ملفات في {folder}</numerusform>
            <numerusform>حُفظ {count} ملفًا في {folder}</numerusform>
            <numerusform>حُفظ {count} ملف في {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s) sent to the printer.</source>
        <translation>
            <numerusform>أُرسلت {count} صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت {count} صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت {count} صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت {count} صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت {count} صفحةً إلى الطابعة.</numerusform>
            <numerusform>أُرسلت {count} صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s) shown.</source>
        <translation>
            <numerusform>عُرضت {count} بطاقة.</numerusform>
            <numerusform>عُرضت {count} بطاقة.</numerusform>
            <numerusform>عُرضت {count} بطاقتان.</numerusform>
            <numerusform>عُرضت {count} بطاقات.</numerusform>
            <numerusform>عُرضت {count} بطاقةً.</numerusform>
            <numerusform>عُرضت {count} بطاقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Edit the review&apos;s details</source>
        <translation>تعديل تفاصيل الاستعراض</translation>
    </message>
    <message>
        <source>Mark the assistance request {status}</source>
        <translation>تغيير حالة طلب المساعدة إلى «{status}»</translation>
    </message>
    <message>
        <source>Move the review to {stage}</source>
        <translation>نقل الاستعراض إلى مرحلة «{stage}»</translation>
    </message>
    <message>
        <source>New review: group {group}, cluster {cluster}</source>
        <translation>استعراض جديد: المجموعة {group}، المجموعة المواضيعية {cluster}</translation>
    </message>
    <message>
        <source>Request assistance: {topic}</source>
        <translation>طلب المساعدة: {topic}</translation>
    </message>
</context>
<context>
    <name>ReviewDetailsPanel</name>
    <message>
        <source>&amp;Reviewing States:</source>
        <translation>الدول المستعرِضة (&amp;R):</translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation>إضافة الدولة (&amp;S)</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليها</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Details (not saved)</source>
        <translation>التفاصيل (غير محفوظة)</translation>
    </message>
    <message>
        <source>ISO3 code or name</source>
        <translation>رمز ISO3 أو الاسم</translation>
    </message>
    <message>
        <source>Lan&amp;guages agreed:</source>
        <translation>الاتفاق على اللغات (&amp;G):</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>غير متفق عليها</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إزالة (&amp;M)</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>استرجاع (&amp;T)</translation>
    </message>
    <message>
        <source>Save detai&amp;ls</source>
        <translation>حفظ التفاصيل (&amp;L)</translation>
    </message>
    <message>
        <source>Self-assessment &amp;progress:</source>
        <translation>التقدم في التقييم الذاتي (&amp;P):</translation>
    </message>
    <message>
        <source>Self-assessment:</source>
        <translation>التقييم الذاتي:</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>Suspended beca&amp;use:</source>
        <translation>سبب التعليق (&amp;U):</translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation>لغات العمل:</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>&amp;Change stage…</source>
        <translation>تغيير المرحلة (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>المرحلة التالية (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next stage: {stage}</source>
        <translation>المرحلة التالية (&amp;N): {stage}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due dates&lt;/b&gt;</source>
        <translation>&lt;b&gt;المواعيد النهائية&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;التسلسل الزمني&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; since {since}</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt; منذ {since}</translation>
    </message>
    <message>
        <source>Group {group}, cluster {cluster}</source>
        <translation>المجموعة {group}، المجموعة المواضيعية {cluster}</translation>
    </message>
    <message>
        <source>New revie&amp;w…</source>
        <translation>استعراض جديد (&amp;W)…</translation>
    </message>
    <message>
        <source>No review is recorded for this State. Use “New review…” to record one.</source>
        <translation>لا يوجد استعراض مسجل لهذه الدولة. استخدم «استعراض جديد…» لتسجيل استعراض.</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>الاستعراض (&amp;V):</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>⚠ {count} overdue</source>
        <translation>⚠ متأخرة: {count}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Add key…</source>
        <translation>إضافة مفتاح (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>تصفح (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>مجلد البيانات (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>إزالة المفتاح (&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation>عنوان URL لقاعدة البيانات (&amp;B):</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>لغة الواجهة (&amp;L):</translation>
    </message>
    <message>
        <source>My &amp;State:</source>
        <translation>دولتي (&amp;S):</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>المفتاح العام</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub);;All files (*)</source>
        <translation>المفاتيح العامة (*.pem *.pub);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The data folder and database take effect the next time fwgdesk starts.</source>
        <translation>يسري مجلد البيانات وقاعدة البيانات عند تشغيل fwgdesk في المرة القادمة.</translation>
    </message>
    <message>
        <source>The data folder cannot be empty</source>
        <translation>لا يمكن ترك مجلد البيانات فارغاً</translation>
    </message>
    <message>
        <source>The database URL must start with sqlite:// or postgresql</source>
        <translation>يجب أن يبدأ عنوان URL لقاعدة البيانات بـ sqlite:// أو postgresql</translation>
    </message>
    <message>
        <source>Trusted signing &amp;keys:</source>
        <translation>مفاتيح التوقيع الموثوقة (&amp;K):</translation>
    </message>
    <message>
        <source>empty: the SQLite file in the data folder; or postgresql+psycopg://…</source>
        <translation>فارغ: ملف SQLite في مجلد البيانات؛ أو postgresql+psycopg://…</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Ask the Secretariat for the file again; nothing can be applied.</source>
        <translation>اطلب الملف من الأمانة مرة أخرى؛ لا يمكن تطبيق أي شيء.</translation>
    </message>
    <message>
        <source>Invalid signature: this update is refused</source>
        <translation>توقيع غير صالح: هذا التحديث مرفوض</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <source>Nothing proves who issued this file or that it was not changed since. Import it only if you know where it came from.</source>
        <translation>لا شيء يثبت الجهة التي أصدرت هذا الملف أو أنه لم يُغيَّر منذ ذلك الحين. لا تستورده إلا إذا كنت تعرف مصدره.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>موقَّع بمفتاح غير معروف</translation>
    </message>
    <message>
        <source>Signed by {signer}</source>
        <translation>موقَّع من {signer}</translation>
    </message>
    <message>
        <source>The file is exactly as the signer issued it.</source>
        <translation>الملف مطابق تماماً لما أصدره الموقِّع.</translation>
    </message>
    <message>
        <source>The key that signed it is not one of your trusted keys: nothing proves who issued it. Import it only if you know where it came from.</source>
        <translation>المفتاح الذي وقَّعه ليس من مفاتيحك الموثوقة: لا شيء يثبت الجهة التي أصدرته. لا تستورده إلا إذا كنت تعرف مصدره.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>تحذير: {0}</translation>
    </message>
</context>
<context>
    <name>StageEventsModel</name>
    <message>
        <source>As the review records it; no stage change recorded</source>
        <translation>كما هو مسجل في الاستعراض؛ لم يُسجَّل أي تغيير في المرحلة</translation>
    </message>
    <message>
        <source>As the review records it; not started yet</source>
        <translation>كما هو مسجل في الاستعراض؛ لم يبدأ بعد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
</context>
<context>
    <name>StageLadder</name>
    <message>
        <source>current stage</source>
        <translation>المرحلة الحالية</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>لم تُبلَغ بعد</translation>
    </message>
    <message>
        <source>passed over: no stage change recorded</source>
        <translation>تم تجاوزها: لم يُسجَّل أي تغيير في المرحلة</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>تم بلوغها</translation>
    </message>
    <message>
        <source>the review is suspended</source>
        <translation>الاستعراض معلَّق</translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Firearms Protocol: {status} {date}</source>
        <translation>بروتوكول الأسلحة النارية: {status} {date}</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>جهات الوصل</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>الاستعراض</translation>
    </message>
    <message>
        <source>← All States</source>
        <translation>→ جميع الدول</translation>
    </message>
</context>
<context>
    <name>StatesModel</name>
    <message>
        <source>Active people</source>
        <translation>الأشخاص النشطون</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>بروتوكول الأسلحة النارية</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (بالإنكليزية)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>المجموعة الإقليمية</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>مجموعة الاستعراض</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>{what}, since {date}</source>
        <translation>{what}، منذ {date}</translation>
    </message>
</context>
<context>
    <name>StatesTable</name>
    <message>
        <source>&amp;No focal point designated</source>
        <translation>لم تُعيَّن جهة وصل (&amp;N)</translation>
    </message>
    <message>
        <source>All regional groups</source>
        <translation>جميع المجموعات الإقليمية</translation>
    </message>
    <message>
        <source>All review groups</source>
        <translation>جميع مجموعات الاستعراض</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>جميع المراحل</translation>
    </message>
    <message numerus="yes">
        <source>All {total} States</source>
        <translation>
            <numerusform>جميع الدول ({total} دولة)</numerusform>
            <numerusform>جميع الدول ({total} دولة)</numerusform>
            <numerusform>جميع الدول ({total} دولتان)</numerusform>
            <numerusform>جميع الدول ({total} دول)</numerusform>
            <numerusform>جميع الدول ({total} دولةً)</numerusform>
            <numerusform>جميع الدول ({total} دولة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any Protocol status</source>
        <translation>أي وضع إزاء البروتوكول</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>المجموعة {n}</translation>
    </message>
    <message>
        <source>Search by name (any language) or code…</source>
        <translation>البحث بالاسم (بأي لغة) أو بالرمز…</translation>
    </message>
    <message>
        <source>Show &amp;all States</source>
        <translation>عرض جميع الدول (&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} States</source>
        <translation>
            <numerusform>{shown} من أصل {total} دولة</numerusform>
            <numerusform>{shown} من أصل {total} دولة</numerusform>
            <numerusform>{shown} من أصل {total} دولتين</numerusform>
            <numerusform>{shown} من أصل {total} دول</numerusform>
            <numerusform>{shown} من أصل {total} دولةً</numerusform>
            <numerusform>{shown} من أصل {total} دولة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>&amp;Undo import</source>
        <translation>التراجع عن الاستيراد (&amp;U)</translation>
    </message>
    <message>
        <source>Also undo fields &amp;changed locally since the import</source>
        <translation>التراجع أيضاً عن الحقول المعدَّلة محلياً منذ الاستيراد (&amp;C)</translation>
    </message>
    <message>
        <source>Off: your edits made after the import are kept and listed.</source>
        <translation>عند إلغاء التحديد: يُبقى على تعديلاتك التي أُجريت بعد الاستيراد وتُدرج في قائمة.</translation>
    </message>
    <message>
        <source>Undo the import of &lt;b&gt;{file}&lt;/b&gt; (from {publisher}, sequence {sequence}, applied {applied})?&lt;br&gt;Every value it changed returns to what it was before; rows it added are removed and rows it deleted come back. A backup of the database is made first.</source>
        <translation>هل تريد التراجع عن استيراد &lt;b&gt;{file}&lt;/b&gt; (من {publisher}، الرقم التسلسلي {sequence}، طُبِّق في {applied})؟&lt;br&gt;ستعود كل قيمة غيَّرها إلى ما كانت عليه من قبل؛ وستُحذف القيود التي أضافها وتُستعاد القيود التي حذفها. وتُنشأ أولاً نسخة احتياطية من قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>التراجع عن آخر عملية استيراد</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Read only: your database role may not change data</source>
        <translation>للقراءة فقط: لا يجوز لدور قاعدة البيانات الخاص بك تغيير البيانات</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>استعادة نسخة احتياطية؟</translation>
    </message>
    <message>
        <source>The database is damaged:
{problem}

Restore the newest good backup, {backup}? The damaged file is kept beside the backups.</source>
        <translation>قاعدة البيانات تالفة:
{problem}

هل تريد استعادة أحدث نسخة احتياطية سليمة، {backup}؟ يُحتفظ بالملف التالف بجانب النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Upgrade it now? Everyone who uses it will need this version of fwgdesk.</source>
        <translation>هل تريد ترقيتها الآن؟ سيحتاج كل من يستخدمها إلى هذا الإصدار من fwgdesk.</translation>
    </message>
    <message>
        <source>Upgrade the shared database?</source>
        <translation>هل تريد ترقية قاعدة البيانات المشتركة؟</translation>
    </message>
    <message>
        <source>fwgdesk cannot start</source>
        <translation>يتعذّر تشغيل fwgdesk</translation>
    </message>
    <message>
        <source>fwgdesk started with a warning</source>
        <translation>بدأ fwgdesk مع تحذير</translation>
    </message>
</context>
<context>
    <name>catalogue_text</name>
    <message>
        <source>Titles are short summaries written for this catalogue; the full text is the source document&apos;s own.</source>
        <translation>العناوين ملخصات قصيرة كُتبت لهذا الفهرس؛ أما النص الكامل فهو نص الوثيقة المصدر نفسها.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>سُحبت في {date}</translation>
    </message>
    <message>
        <source>{language} original</source>
        <translation>الأصل {language}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>none recorded</source>
        <translation>لا توجد بيانات مسجلة</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>A backup was made before the repairs: {file}</source>
        <translation>أُنشئت نسخة احتياطية قبل الإصلاحات: {file}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore a backup (File ▸ Backups…) or ask for help; SQLite found:</source>
        <translation>ملف قاعدة البيانات تالف. استعد نسخة احتياطية (ملف ◂ النسخ الاحتياطية…) أو اطلب المساعدة؛ وجد SQLite:</translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s) were gone by then and left as they were.</source>
        <translation>
            <numerusform>كانت {count} ملاحظة قد زالت في ذلك الحين وتُركت على حالها.</numerusform>
            <numerusform>كانت {count} ملاحظة قد زالت في ذلك الحين وتُركت على حالها.</numerusform>
            <numerusform>كانت {count} ملاحظتان قد زالت في ذلك الحين وتُركت على حالها.</numerusform>
            <numerusform>كانت {count} ملاحظات قد زالت في ذلك الحين وتُركت على حالها.</numerusform>
            <numerusform>كانت {count} ملاحظةً قد زالت في ذلك الحين وتُركت على حالها.</numerusform>
            <numerusform>كانت {count} ملاحظة قد زالت في ذلك الحين وتُركت على حالها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s), {repairable} with a repair. Nothing has been changed: tick the repairs to make and choose Repair.</source>
        <translation>
            <numerusform>{count} ملاحظة، منها {repairable} قابلة للإصلاح. لم يُغيَّر شيء: أشِّر على الإصلاحات المراد إجراؤها واختر «إصلاح».</numerusform>
            <numerusform>{count} ملاحظة، منها {repairable} قابلة للإصلاح. لم يُغيَّر شيء: أشِّر على الإصلاحات المراد إجراؤها واختر «إصلاح».</numerusform>
            <numerusform>{count} ملاحظتان، منها {repairable} قابلة للإصلاح. لم يُغيَّر شيء: أشِّر على الإصلاحات المراد إجراؤها واختر «إصلاح».</numerusform>
            <numerusform>{count} ملاحظات، منها {repairable} قابلة للإصلاح. لم يُغيَّر شيء: أشِّر على الإصلاحات المراد إجراؤها واختر «إصلاح».</numerusform>
            <numerusform>{count} ملاحظةً، منها {repairable} قابلة للإصلاح. لم يُغيَّر شيء: أشِّر على الإصلاحات المراد إجراؤها واختر «إصلاح».</numerusform>
            <numerusform>{count} ملاحظة، منها {repairable} قابلة للإصلاح. لم يُغيَّر شيء: أشِّر على الإصلاحات المراد إجراؤها واختر «إصلاح».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} repair(s) made.</source>
        <translation>
            <numerusform>أُجري {count} إصلاح.</numerusform>
            <numerusform>أُجري {count} إصلاح.</numerusform>
            <numerusform>أُجري {count} إصلاحان.</numerusform>
            <numerusform>أُجري {count} إصلاحات.</numerusform>
            <numerusform>أُجري {count} إصلاحًا.</numerusform>
            <numerusform>أُجري {count} إصلاح.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة التحميل (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>حفظ تغييراتي بدلًا من تغييراتهم (&amp;S)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>تغييرات أجراها شخص آخر</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Addressees</source>
        <translation>الجهات المخاطَبة</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>تاريخ التعيين</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>بروتوكول الأسلحة النارية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>رمز الأيزو</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>Language agreement</source>
        <translation>الاتفاق على اللغات</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Protocol status since</source>
        <translation>حالة البروتوكول منذ</translation>
    </message>
    <message>
        <source>Protocol status source</source>
        <translation>مصدر حالة البروتوكول</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>المجموعة الإقليمية</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>فريق الاستعراض</translation>
    </message>
    <message>
        <source>Reviewing State</source>
        <translation>الدولة المستعرِضة</translation>
    </message>
    <message>
        <source>Reviewing States</source>
        <translation>الدول المستعرِضة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>عنوان الفرع</translation>
    </message>
    <message>
        <source>Self-assessment progress</source>
        <translation>التقدم في التقييم الذاتي</translation>
    </message>
    <message>
        <source>Self-assessment submitted on</source>
        <translation>تاريخ تقديم التقييم الذاتي</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>الوثيقة المصدر</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>المرحلة منذ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Subsection heading</source>
        <translation>عنوان الفرع الفرعي</translation>
    </message>
    <message>
        <source>Suspended because</source>
        <translation>سبب التعليق</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Two-letter code</source>
        <translation>الرمز المكوَّن من حرفين</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>لغات العمل</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>A State reviewing itself</source>
        <translation>دولة تستعرض نفسها</translation>
    </message>
    <message>
        <source>A State with more than one active focal point</source>
        <translation>دولة لها أكثر من جهة وصل نشطة</translation>
    </message>
    <message>
        <source>A designation ending before it began</source>
        <translation>تعيين ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <source>A link to a recommendation or State that does not exist</source>
        <translation>ربط بتوصية أو دولة غير موجودة</translation>
    </message>
    <message>
        <source>A self-assessment submitted on a date in the future</source>
        <translation>تقييم ذاتي مقدَّم في تاريخ مستقبلي</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>الدول الأفريقية</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>جميع الدول</translation>
    </message>
    <message>
        <source>An assistance request dated in the future</source>
        <translation>طلب مساعدة مؤرخ في المستقبل</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>دول آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Background paper</source>
        <translation>ورقة معلومات خلفية</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>البيانات المضمنة</translation>
    </message>
    <message>
        <source>Chair&apos;s summary</source>
        <translation>موجز الرئيس</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Conference resolution</source>
        <translation>قرار المؤتمر</translation>
    </message>
    <message>
        <source>Drafting observations</source>
        <translation>صياغة الملاحظات</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>دول أوروبا الشرقية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Firearms contact point</source>
        <translation>جهة الاتصال المعنية بالأسلحة النارية</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة الوصل</translation>
    </message>
    <message>
        <source>Focal point designated</source>
        <translation>تعيين جهة الوصل</translation>
    </message>
    <message>
        <source>Focal point overdue</source>
        <translation>تأخر تعيين جهة الوصل</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Governmental expert</source>
        <translation>خبير حكومي</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>نُفِّذت</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>دول أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>التشريعات</translation>
    </message>
    <message>
        <source>List of observations</source>
        <translation>قائمة الملاحظات</translation>
    </message>
    <message>
        <source>Local edit</source>
        <translation>تعديل محلي</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>No regional group</source>
        <translation>بلا مجموعة إقليمية</translation>
    </message>
    <message>
        <source>Non-signatory</source>
        <translation>دولة غير موقِّعة</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم تُقيَّم</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>وثيقة أخرى</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>طرف</translation>
    </message>
    <message>
        <source>Preliminary consultation</source>
        <translation>المشاورات الأولية</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Review stage differing from its latest stage change</source>
        <translation>مرحلة استعراض تختلف عن آخر تغيير في مرحلته</translation>
    </message>
    <message>
        <source>Reviewers&apos; written feedback</source>
        <translation>التعليقات الكتابية للمستعرِضين</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>التقييم الذاتي</translation>
    </message>
    <message>
        <source>Self-assessment overdue</source>
        <translation>تأخر التقييم الذاتي</translation>
    </message>
    <message>
        <source>Self-assessment progress outside 0–100%</source>
        <translation>تقدّم التقييم الذاتي خارج النطاق 0–100%</translation>
    </message>
    <message>
        <source>Self-assessment questionnaire</source>
        <translation>استبيان التقييم الذاتي</translation>
    </message>
    <message>
        <source>Self-assessment submitted</source>
        <translation>تقديم التقييم الذاتي</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>دولة موقِّعة</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>States parties to the Protocol</source>
        <translation>الدول الأطراف في البروتوكول</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلَّق</translation>
    </message>
    <message>
        <source>Suspension reason on a review that is not suspended</source>
        <translation>سبب تعليق على استعراض غير معلّق</translation>
    </message>
    <message>
        <source>The Conference of the Parties</source>
        <translation>مؤتمر الأطراف</translation>
    </message>
    <message>
        <source>The Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>The Working Group</source>
        <translation>الفريق العامل</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>غير مُفصَح عنه</translation>
    </message>
    <message>
        <source>Using RevMod</source>
        <translation>استخدام RevMod</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>دول أوروبا الغربية ودول أخرى</translation>
    </message>
    <message>
        <source>Working Group report</source>
        <translation>تقرير الفريق العامل</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>التعليقات الكتابية</translation>
    </message>
    <message>
        <source>Written feedback overdue</source>
        <translation>تأخر التعليقات الكتابية</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>
  … and {count} more</source>
        <translation>
            <numerusform>
  … و{count} مشكلة أخرى</numerusform>
            <numerusform>
  … و{count} مشكلة أخرى</numerusform>
            <numerusform>
  … و{count} مشكلتان أخرى</numerusform>
            <numerusform>
  … و{count} مشكلات أخرى</numerusform>
            <numerusform>
  … و{count} مشكلةً أخرى</numerusform>
            <numerusform>
  … و{count} مشكلة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>  {item}</source>
        <translation>  {item}</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is not a cell reference</source>
        <translation>«{reference}» ليس مرجع خلية</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a boolean (0 or 1)</source>
        <translation>«{text}» ليس قيمة منطقية (0 أو 1)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a row number</source>
        <translation>«{text}» ليس رقم صف</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a style number</source>
        <translation>«{text}» ليس رقم نمط</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not the number of a shared string</source>
        <translation>«{text}» ليس رقم سلسلة مشتركة</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a catalogue code such as WG8-R12</source>
        <translation>«{value}» ليس رمزًا من رموز الفهرس مثل WG8-R12</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time with its time zone (RFC 3339: 2022-05-05T09:00:00Z)</source>
        <translation>«{value}» ليس تاريخًا ووقتًا مع منطقته الزمنية (RFC 3339: 2022-05-05T09:00:00Z)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» ليس رقمًا</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>«{value}» ليس رقم هاتف</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (digits, spaces, + ( ) - . /)</source>
        <translation>«{value}» ليس رقم هاتف (أرقام ومسافات و+ ( ) - . /)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a source code (letters, digits and &apos;.&apos;, at most 16, such as WG9)</source>
        <translation>&apos;{value}&apos; ليس رمز مصدر (حروف وأرقام و&apos;.&apos;، 16 على الأكثر، مثل WG9)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 alpha-3 code (three capital letters A-Z)</source>
        <translation>«{value}» ليس رمز ISO 3166 alpha-3 (ثلاثة أحرف لاتينية كبيرة A-Z)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«{value}» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {values}</source>
        <translation>«{value}» ليس من القيم التالية: {values}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not true or false</source>
        <translation>«{value}» ليس true ولا false</translation>
    </message>
    <message>
        <source>--name {name}: give a plain file name, without a folder</source>
        <translation>--name {name}: أدخل اسم ملف بسيطًا، دون مجلد</translation>
    </message>
    <message>
        <source>Choose a State by its name or ISO3 code.</source>
        <translation>اختر دولة باسمها أو برمز ISO3 الخاص بها.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>غير موقَّع</translation>
    </message>
    <message>
        <source>Signed by an unknown key {key_id}: not in your trusted keys</source>
        <translation>موقَّع بمفتاح غير معروف {key_id}: ليس من مفاتيحك الموثوقة</translation>
    </message>
    <message>
        <source>Signed by {signer} (key {key_id})</source>
        <translation>موقَّع من {signer} (المفتاح {key_id})</translation>
    </message>
    <message>
        <source>The folder cannot be checked against its signature: {problem}</source>
        <translation>يتعذّر التحقق من المجلد بمطابقته مع توقيعه: {problem}</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered after signing, or the signature is damaged</source>
        <translation>التوقيع لا يطابق الملف: عُدِّل الملف بعد التوقيع، أو التوقيع تالف</translation>
    </message>
    <message>
        <source>The signature file is not valid: {problem}</source>
        <translation>ملف التوقيع غير صالح: {problem}</translation>
    </message>
    <message>
        <source>XML in an unsupported encoding</source>
        <translation>XML بترميز غير مدعوم</translation>
    </message>
    <message>
        <source>XML in an unsupported encoding ({encoding})</source>
        <translation>XML بترميز غير مدعوم ({encoding})</translation>
    </message>
    <message>
        <source>XML with a document type or entity declarations (refused: entity attacks)</source>
        <translation>XML يتضمن إعلانًا عن نوع المستند أو عن كيانات (مرفوض: هجمات الكيانات)</translation>
    </message>
    <message>
        <source>a State cannot review itself</source>
        <translation>لا يجوز للدولة أن تستعرض نفسها</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>أرشيف ZIP</translation>
    </message>
    <message>
        <source>a cell of unknown type &apos;{kind}&apos;</source>
        <translation>خلية من نوع غير معروف «{kind}»</translation>
    </message>
    <message>
        <source>a cell that cannot be read: {reason}</source>
        <translation>خلية تتعذّر قراءتها: {reason}</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>a file name holding a line break cannot be signed or read</source>
        <translation>لا يمكن توقيع أو قراءة اسم ملف يحتوي على فاصل أسطر</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>a key file</source>
        <translation>ملف مفتاح</translation>
    </message>
    <message>
        <source>a key of {table} has exactly the columns {columns}</source>
        <translation>يتكون مفتاح {table} من الأعمدة {columns} تحديدًا</translation>
    </message>
    <message>
        <source>a link of {iso3} to the missing recommendation #{id}</source>
        <translation>ربط لـ {iso3} بالتوصية المفقودة رقم {id}</translation>
    </message>
    <message>
        <source>a name emptied (it was “{old}”)</source>
        <translation>اسم أُفرغ (كان «{old}»)</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>الاسم مطلوب</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>أنبوب مسمّى (FIFO)</translation>
    </message>
    <message>
        <source>a new catalogue item needs its {column}</source>
        <translation>يحتاج بند الفهرس الجديد إلى {column}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>a passphrase file</source>
        <translation>ملف عبارة مرور</translation>
    </message>
    <message>
        <source>a reviewing State is named twice</source>
        <translation>ذُكرت دولة مستعرِضة مرتين</translation>
    </message>
    <message>
        <source>a row beyond row {row}</source>
        <translation>صف بعد الصف {row}</translation>
    </message>
    <message>
        <source>a row must be an object {{…}}, not {kind}</source>
        <translation>يجب أن يكون القيد كائنًا {{…}}، لا {kind}</translation>
    </message>
    <message>
        <source>a row that cannot be read: {reason}</source>
        <translation>صف تتعذّر قراءته: {reason}</translation>
    </message>
    <message>
        <source>a second file for {table} ({other})</source>
        <translation>ملف ثانٍ لـ {table} ({other})</translation>
    </message>
    <message>
        <source>a second sheet for {table} ({other})</source>
        <translation>ورقة ثانية لـ {table} ({other})</translation>
    </message>
    <message>
        <source>a single CSV file is not an update: put manifest.csv and the &lt;table&gt;.csv files in a folder or a ZIP archive</source>
        <translation>ملف CSV منفرد ليس تحديثًا: ضع manifest.csv وملفات &lt;table&gt;.csv في مجلد أو في أرشيف ZIP</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>مقبس</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>ملف خاص</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>رابط رمزي</translation>
    </message>
    <message>
        <source>a value in column {column}, which has no name in the header row</source>
        <translation>قيمة في العمود {column} الذي ليس له اسم في صف العناوين</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>القيمة مطلوبة</translation>
    </message>
    <message>
        <source>a value with no key</source>
        <translation>قيمة بلا مفتاح</translation>
    </message>
    <message>
        <source>an XLSX workbook</source>
        <translation>مصنف XLSX</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>an assistance request of {iso3} dated {on}</source>
        <translation>طلب مساعدة من {iso3} مؤرخ في {on}</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>an update file</source>
        <translation>ملف تحديث</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <source>cannot connect to the database server {database}: it may not be running, its address may be wrong, or it refused the user name or password. Nothing was changed. The server said: {reason}</source>
        <translation>تعذّر الاتصال بخادم قاعدة البيانات {database}: ربما لا يعمل، أو عنوانه خاطئ، أو رفض اسم المستخدم أو كلمة المرور. لم يُغيَّر شيء. قال الخادم: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CSV folder {path}: a file of that name exists</source>
        <translation>لا يمكن كتابة مجلد CSV {path}: يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>cannot write the CSV folder {path}: it holds other files than CSV files; choose a new or empty folder</source>
        <translation>لا يمكن كتابة مجلد CSV {path}: يحتوي على ملفات غير ملفات CSV؛ اختر مجلدًا جديدًا أو فارغًا</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>لا يمكن كتابة {path}: إنه مجلد</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>لا يمكن كتابة {path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>لا يمكن كتابة {path}: {reason}</translation>
    </message>
    <message>
        <source>choose a review group or a regional group, not both</source>
        <translation>اختر مجموعة استعراض أو مجموعة إقليمية، لا كلتيهما</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>العمود {column}</translation>
    </message>
    <message>
        <source>compressed {ratio} to 1 (at most {most} to 1): refused as a possible zip bomb</source>
        <translation>نسبة الضغط {ratio} إلى 1 (الحد الأقصى {most} إلى 1): مرفوض لاحتمال أن يكون قنبلة ضغط</translation>
    </message>
    <message>
        <source>conflict with a local change of {row}: decide keep mine or take the incoming value</source>
        <translation>تعارض مع تغيير محلي في {row}: قرِّر الإبقاء على قيمتي أو اعتماد القيمة الواردة</translation>
    </message>
    <message>
        <source>conflicts with local changes: choose with --prefer local|incoming</source>
        <translation>تعارضات مع تغييرات محلية: اختر باستخدام --prefer local|incoming</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>end the designation on {on}, the day it began</source>
        <translation>إنهاء التعيين في {on}، وهو يوم بدئه</translation>
    </message>
    <message>
        <source>expected a list (&apos;{separator}&apos;-separated in a cell)</source>
        <translation>المتوقع قائمة (قيم تفصل بينها «{separator}» في خلية)</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>المتوقع رقم، والموجود {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>المتوقع نص، والموجود {found}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>الحقل {field}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>المجلد</translation>
    </message>
    <message numerus="yes">
        <source>it is empty, unreadable or larger than {most} bytes</source>
        <translation>
            <numerusform>فارغ أو تتعذّر قراءته أو يتجاوز {most} بايت</numerusform>
            <numerusform>فارغ أو تتعذّر قراءته أو يتجاوز {most} بايت</numerusform>
            <numerusform>فارغ أو تتعذّر قراءته أو يتجاوز {most} بايتين</numerusform>
            <numerusform>فارغ أو تتعذّر قراءته أو يتجاوز {most} بايتات</numerusform>
            <numerusform>فارغ أو تتعذّر قراءته أو يتجاوز {most} بايتًا</numerusform>
            <numerusform>فارغ أو تتعذّر قراءته أو يتجاوز {most} بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not UTF-8 JSON</source>
        <translation>ليس JSON بترميز UTF-8</translation>
    </message>
    <message>
        <source>it must hold a JSON object</source>
        <translation>يجب أن يحتوي على كائن JSON</translation>
    </message>
    <message>
        <source>item {item}</source>
        <translation>العنصر {item}</translation>
    </message>
    <message>
        <source>keep the focal point you choose active, and end the others&apos; designations on the day it began</source>
        <translation>الإبقاء على جهة الوصل التي تختارها نشطة، وإنهاء تعيينات الأخريات في يوم بدء تعيينها</translation>
    </message>
    <message>
        <source>key {key_id} is trusted through the settings ({source}); remove it from trusted_keys there</source>
        <translation>المفتاح {key_id} موثوق عن طريق الإعدادات ({source})؛ احذفه من trusted_keys هناك</translation>
    </message>
    <message>
        <source>key_id {found} is not 16 hexadecimal digits</source>
        <translation>key_id {found} ليس 16 رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>letters turned into question marks (“{old}” → “{new}”): was the file saved in another encoding than UTF-8?</source>
        <translation>حروف تحوّلت إلى علامات استفهام («{old}» ← «{new}»): هل حُفظ الملف بترميز غير UTF-8؟</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>السطر {line}</translation>
    </message>
    <message>
        <source>more lines are not UTF-8 text (not all shown)</source>
        <translation>توجد أسطر أخرى ليست نصًا بترميز UTF-8 (لم تُعرض كلها)</translation>
    </message>
    <message numerus="yes">
        <source>more than {count} columns</source>
        <translation>
            <numerusform>أكثر من {count} عمود</numerusform>
            <numerusform>أكثر من {count} عمود</numerusform>
            <numerusform>أكثر من {count} عمودين</numerusform>
            <numerusform>أكثر من {count} أعمدة</numerusform>
            <numerusform>أكثر من {count} عمودًا</numerusform>
            <numerusform>أكثر من {count} عمود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} lines</source>
        <translation>
            <numerusform>أكثر من {count} سطر</numerusform>
            <numerusform>أكثر من {count} سطر</numerusform>
            <numerusform>أكثر من {count} سطرين</numerusform>
            <numerusform>أكثر من {count} أسطر</numerusform>
            <numerusform>أكثر من {count} سطرًا</numerusform>
            <numerusform>أكثر من {count} سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} rows</source>
        <translation>
            <numerusform>أكثر من {count} قيد</numerusform>
            <numerusform>أكثر من {count} قيد</numerusform>
            <numerusform>أكثر من {count} قيدين</numerusform>
            <numerusform>أكثر من {count} قيود</numerusform>
            <numerusform>أكثر من {count} قيدًا</numerusform>
            <numerusform>أكثر من {count} قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {most} files in the folder</source>
        <translation>
            <numerusform>أكثر من {most} ملف في المجلد</numerusform>
            <numerusform>أكثر من {most} ملف في المجلد</numerusform>
            <numerusform>أكثر من {most} ملفين في المجلد</numerusform>
            <numerusform>أكثر من {most} ملفات في المجلد</numerusform>
            <numerusform>أكثر من {most} ملفًا في المجلد</numerusform>
            <numerusform>أكثر من {most} ملف في المجلد</numerusform>
        </translation>
    </message>
    <message>
        <source>must be &apos;{format}&apos;</source>
        <translation>يجب أن يكون «{format}»</translation>
    </message>
    <message>
        <source>must be an array of rows, not {kind}</source>
        <translation>يجب أن يكون مصفوفة من القيود، لا {kind}</translation>
    </message>
    <message>
        <source>no State is under review in review group {group}</source>
        <translation>لا توجد دولة مستعرَضة في مجموعة الاستعراض {group}</translation>
    </message>
    <message>
        <source>no assistance request with id {id}</source>
        <translation>لا يوجد طلب مساعدة بالمعرِّف {id}</translation>
    </message>
    <message>
        <source>no assistance request with key &apos;{key}&apos;</source>
        <translation>لا يوجد طلب مساعدة بالمفتاح «{key}»</translation>
    </message>
    <message>
        <source>no focal point with id {id}</source>
        <translation>لا توجد جهة وصل بالمعرِّف {id}</translation>
    </message>
    <message>
        <source>no focal point with key &apos;{key}&apos;</source>
        <translation>لا توجد جهة وصل بالمفتاح «{key}»</translation>
    </message>
    <message>
        <source>no review with id {id}</source>
        <translation>لا يوجد استعراض بالمعرِّف {id}</translation>
    </message>
    <message>
        <source>no sheet &apos;{sheet}&apos; (the update&apos;s header: columns {columns})</source>
        <translation>لا توجد ورقة «{sheet}» (ترويسة التحديث: الأعمدة {columns})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>no such review (state, group, cluster)</source>
        <translation>لا يوجد هذا الاستعراض (الدولة، المجموعة، المجموعة المواضيعية)</translation>
    </message>
    <message>
        <source>no trusted key {key}; `fwgdesk keys list` shows them</source>
        <translation>لا يوجد مفتاح موثوق {key}؛ يعرضها الأمر `fwgdesk keys list`</translation>
    </message>
    <message>
        <source>no {file} (the update&apos;s header: columns {columns})</source>
        <translation>لا يوجد {file} (ترويسة التحديث: الأعمدة {columns})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>not ISO 639-1 codes: {codes}</source>
        <translation>ليست رموز ISO 639-1: {codes}</translation>
    </message>
    <message>
        <source>not ISO 639-1 language codes (two small letters a-z): {codes}</source>
        <translation>ليست رموز لغات ISO 639-1 (حرفان لاتينيان صغيران a-z): {codes}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>ليس نصًا بترميز UTF-8 (البايت 0x{byte})؛ احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 text: the file holds NUL bytes; save it as UTF-8</source>
        <translation>ليس نصًا بترميز UTF-8: يحتوي الملف على بايتات NUL؛ احفظه بترميز UTF-8</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({reason})</source>
        <translation>ليس مصنف XLSX قابلًا للقراءة ({reason})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>not an XLSX workbook (an XLSX file is a ZIP archive; this is not one)</source>
        <translation>ليس مصنف XLSX (ملف XLSX هو أرشيف ZIP، وهذا الملف ليس كذلك)</translation>
    </message>
    <message>
        <source>not an update file: an update is a .json file, an .xlsx workbook, or CSV files in a folder or a .zip</source>
        <translation>ليس ملف تحديث: التحديث ملف .json أو مصنف .xlsx أو ملفات CSV في مجلد أو في ملف .zip</translation>
    </message>
    <message>
        <source>not theme codes (small letters, digits and _): {codes}</source>
        <translation>ليست رموز مواضيع (حروف صغيرة وأرقام و_): {codes}</translation>
    </message>
    <message>
        <source>not valid CSV ({reason})</source>
        <translation>ليس CSV صالحًا ({reason})</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>ليس JSON صالحًا: التداخل عميق أكثر من اللازم</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>ليس JSON صالحًا: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>ليس JSON صالحًا: {reason} (السطر {line}، العمود {column})</translation>
    </message>
    <message>
        <source>not {what}: damaged or truncated (no ZIP directory found)</source>
        <translation>ليس {what} صالحًا: الملف تالف أو مبتور (لم يُعثر على دليل ZIP)</translation>
    </message>
    <message>
        <source>not {what}: damaged or truncated ({reason})</source>
        <translation>ليس {what} صالحًا: الملف تالف أو مبتور ({reason})</translation>
    </message>
    <message>
        <source>put the review at its latest recorded stage change: {stage} since {on}</source>
        <translation>وضع الاستعراض في آخر تغيير مسجل في مرحلته: {stage} منذ {on}</translation>
    </message>
    <message>
        <source>record the missing stage change to {stage} on {on}</source>
        <translation>تسجيل تغيير المرحلة المفقود إلى {stage} في {on}</translation>
    </message>
    <message>
        <source>remove the link</source>
        <translation>حذف الربط</translation>
    </message>
    <message>
        <source>remove the suspension reason “{reason}”</source>
        <translation>حذف سبب التعليق «{reason}»</translation>
    </message>
    <message>
        <source>remove {iso3} from its own reviewers</source>
        <translation>إزالة {iso3} من الدول المستعرِضة في استعراضها الخاص</translation>
    </message>
    <message>
        <source>say which data to export: --state ISO3 (repeatable) or --all</source>
        <translation>حدِّد البيانات المراد تصديرها: --state ISO3 (يمكن تكراره) أو --all</translation>
    </message>
    <message>
        <source>section</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>sequence {sequence} of {publisher} is not above the last one applied ({last}): an older or repeated update</source>
        <translation>الرقم التسلسلي {sequence} لـ {publisher} ليس أعلى من آخر رقم طُبِّق ({last}): تحديث أقدم أو مكرَّر</translation>
    </message>
    <message>
        <source>set the progress to {value}</source>
        <translation>ضبط التقدم على {value}</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <source>shared string {index} is missing</source>
        <translation>السلسلة المشتركة {index} مفقودة</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>الورقة {sheet}</translation>
    </message>
    <message>
        <source>signature policy for {outcome}: {value} is not accept, confirm or refuse</source>
        <translation>سياسة التوقيع لـ {outcome}: {value} ليست accept أو confirm أو refuse</translation>
    </message>
    <message>
        <source>skipped (from the settings): {problem}</source>
        <translation>تم تخطيه (من الإعدادات): {problem}</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>تم تخطيه: {problem}</translation>
    </message>
    <message>
        <source>someone else changed the same data while this change was being saved; nothing was saved. Look at the data again and repeat the change.</source>
        <translation>غيَّر شخص آخر البيانات نفسها أثناء حفظ هذا التغيير؛ لم يُحفظ شيء. اطَّلع على البيانات مرة أخرى وكرِّر التغيير.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>table {table}</source>
        <translation>الجدول {table}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message numerus="yes">
        <source>text longer than {most} characters</source>
        <translation>
            <numerusform>نص يتجاوز {most} حرف</numerusform>
            <numerusform>نص يتجاوز {most} حرف</numerusform>
            <numerusform>نص يتجاوز {most} حرفين</numerusform>
            <numerusform>نص يتجاوز {most} أحرف</numerusform>
            <numerusform>نص يتجاوز {most} حرفًا</numerusform>
            <numerusform>نص يتجاوز {most} حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>that file is the database itself</source>
        <translation>هذا الملف هو قاعدة البيانات نفسها</translation>
    </message>
    <message>
        <source>the State {code} cannot be deleted while {rows} refer to it; delete them in the same update first</source>
        <translation>لا يمكن حذف الدولة {code} ما دامت {rows} تشير إليها؛ احذفها أولًا في التحديث نفسه</translation>
    </message>
    <message>
        <source>the ZIP archive holds no CSV files</source>
        <translation>لا يحتوي أرشيف ZIP على أي ملف CSV</translation>
    </message>
    <message>
        <source>the algorithm is {found}, not &quot;{expected}&quot;</source>
        <translation>الخوارزمية هي {found}، لا «{expected}»</translation>
    </message>
    <message>
        <source>the archive unpacks to {size} (at most {most} for {what}): refused as a possible zip bomb</source>
        <translation>ينتج عن فك ضغط الأرشيف حجم {size} (الحد الأقصى {most} لـ{what}): مرفوض لاحتمال أن يكون قنبلة ضغط</translation>
    </message>
    <message>
        <source>the cluster is 1 to 4</source>
        <translation>المجموعة المواضيعية من 1 إلى 4</translation>
    </message>
    <message>
        <source>the code {code} does not begin with its source&apos;s code {source}</source>
        <translation>الرمز {code} لا يبدأ برمز مصدره {source}</translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation>يرد العمود أكثر من مرة</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>يرد العمود مرتين</translation>
    </message>
    <message>
        <source>the connection to the database server {database} was lost: nothing was saved. Try again once the server runs.</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات {database}: لم يُحفظ شيء. أعد المحاولة حين يعمل الخادم.</translation>
    </message>
    <message>
        <source>the daily backup could not be made: {reason}</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية اليومية: {reason}</translation>
    </message>
    <message>
        <source>the database could not be upgraded ({reason})</source>
        <translation>تعذّرت ترقية قاعدة البيانات ({reason})</translation>
    </message>
    <message>
        <source>the database could not be upgraded ({reason}); it was restored from the backup made before.</source>
        <translation>تعذّرت ترقية قاعدة البيانات ({reason})؛ واستُعيدت من النسخة الاحتياطية المنشأة قبل ذلك.</translation>
    </message>
    <message>
        <source>the database on the server {database} was opened without a data folder to keep its backups in</source>
        <translation>فُتحت قاعدة البيانات على الخادم {database} دون مجلد بيانات تُحفظ فيه نسخها الاحتياطية</translation>
    </message>
    <message>
        <source>the database refused the update: {reason}</source>
        <translation>رفضت قاعدة البيانات التحديث: {reason}</translation>
    </message>
    <message>
        <source>the database role you use on {database} may not make this change (it may read only); nothing was changed. Ask the database&apos;s owner for an editor&apos;s role.</source>
        <translation>دور قاعدة البيانات الذي تستخدمه في {database} لا يجيز هذا التغيير (ربما للقراءة فقط)؛ لم يُغيَّر شيء. اطلب من مالك قاعدة البيانات دور محرِّر.</translation>
    </message>
    <message>
        <source>the database server {database} refused the user name or password: check them in Settings, or in --database. Nothing was changed.</source>
        <translation>رفض خادم قاعدة البيانات {database} اسم المستخدم أو كلمة المرور: تحقّق منهما في الإعدادات أو في --database. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>the database {database} cannot be written (the file or its folder is read-only); nothing was changed. Choose another data folder in Settings, or start fwgdesk with --data-dir.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات {database} (الملف أو مجلده للقراءة فقط)؛ لم يُغيَّر شيء. اختر مجلد بيانات آخر في الإعدادات، أو شغِّل fwgdesk باستخدام --data-dir.</translation>
    </message>
    <message>
        <source>the database {database} is being used by another program (another fwgdesk window, a backup or sync tool?). Close it and try again; nothing was changed.</source>
        <translation>يستخدم برنامج آخر قاعدة البيانات {database} (نافذة أخرى لـ fwgdesk، أو أداة نسخ احتياطي أو مزامنة؟). أغلقه وأعد المحاولة؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>the database {database} was upgraded by a newer version of fwgdesk (schema {revision}); this one knows schema {ours}: install the newer version</source>
        <translation>رُقّيت قاعدة البيانات {database} بإصدار أحدث من fwgdesk (المخطط {revision})؛ هذا الإصدار يعرف المخطط {ours}: ثبّت الإصدار الأحدث</translation>
    </message>
    <message>
        <source>the date is before the last stage change ({latest})</source>
        <translation>يسبق التاريخ آخر تغيير في المرحلة ({latest})</translation>
    </message>
    <message>
        <source>the designation of {name} ({iso3})</source>
        <translation>تعيين {name} ({iso3})</translation>
    </message>
    <message>
        <source>the designation of {name} would end on {ended_on}, before it began on {designated_on}</source>
        <translation>سينتهي تعيين {name} في {ended_on}، قبل أن يبدأ في {designated_on}</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: the {what} {path} could not be written and nothing was changed. Free some space on that disk and try again.</source>
        <translation>القرص الذي يحوي {folder} ممتلئ: تعذّرت كتابة {what} {path} ولم يُغيَّر شيء. أفرغ بعض المساحة على هذا القرص وأعد المحاولة.</translation>
    </message>
    <message>
        <source>the disk holding {place} is full: the database {database} could not be written and nothing was changed. Free some space on that disk and try again.</source>
        <translation>القرص الذي يحوي {place} ممتلئ: تعذّرت الكتابة في قاعدة البيانات {database} ولم يُغيَّر شيء. أفرغ بعض المساحة على هذا القرص وأعد المحاولة.</translation>
    </message>
    <message>
        <source>the end date is before the designation date</source>
        <translation>تاريخ الانتهاء يسبق تاريخ التعيين</translation>
    </message>
    <message>
        <source>the end date {until} is before the start date {since}</source>
        <translation>تاريخ الانتهاء {until} يسبق تاريخ البدء {since}</translation>
    </message>
    <message>
        <source>the entry is damaged ({reason})</source>
        <translation>الإدخال تالف ({reason})</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>الإدخال مشفَّر</translation>
    </message>
    <message>
        <source>the entry unpacks to more than its header declares</source>
        <translation>ينتج عن فك ضغط الإدخال أكثر مما تعلنه ترويسته</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>تتعذّر قراءة الملف ({reason})</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>الملف نص بترميز UTF-16؛ احفظه بترميز UTF-8 (في Excel: CSV UTF-8)</translation>
    </message>
    <message>
        <source>the file is too large ({size}; an update may be at most {cap})</source>
        <translation>الملف كبير جدًا ({size}؛ الحد الأقصى للتحديث {cap})</translation>
    </message>
    <message>
        <source>the file must hold one JSON object {{…}}, not {kind}</source>
        <translation>يجب أن يحتوي الملف على كائن JSON واحد {{…}}، لا {kind}</translation>
    </message>
    <message>
        <source>the first row of the manifest must name its two columns: {columns}</source>
        <translation>يجب أن يتضمن الصف الأول من البيان اسمَي عموديه: {columns}</translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason})</source>
        <translation>تتعذّر قراءة المجلد ({reason})</translation>
    </message>
    <message>
        <source>the folder holds no CSV files (manifest.csv and &lt;table&gt;.csv)</source>
        <translation>لا يحتوي المجلد على أي ملف CSV (manifest.csv و&lt;table&gt;.csv)</translation>
    </message>
    <message>
        <source>the folder holds too many CSV files (at most {most})</source>
        <translation>يحتوي المجلد على عدد مفرط من ملفات CSV (الحد الأقصى {most})</translation>
    </message>
    <message>
        <source>the item {code} belongs to the source {old}: an update cannot move it to {new}</source>
        <translation>البند {code} ينتمي إلى المصدر {old}: لا يمكن للتحديث نقله إلى {new}</translation>
    </message>
    <message numerus="yes">
        <source>the item {code} is linked to {count} State(s): withdraw it (withdrawn_on) instead of deleting it</source>
        <translation>
            <numerusform>البند {code} مرتبط بـ{count} دولة: اسحبه (withdrawn_on) بدلا من حذفه</numerusform>
            <numerusform>البند {code} مرتبط بـ{count} دولة: اسحبه (withdrawn_on) بدلا من حذفه</numerusform>
            <numerusform>البند {code} مرتبط بـ{count} دولتين: اسحبه (withdrawn_on) بدلا من حذفه</numerusform>
            <numerusform>البند {code} مرتبط بـ{count} دول: اسحبه (withdrawn_on) بدلا من حذفه</numerusform>
            <numerusform>البند {code} مرتبط بـ{count} دولةً: اسحبه (withdrawn_on) بدلا من حذفه</numerusform>
            <numerusform>البند {code} مرتبط بـ{count} دولة: اسحبه (withdrawn_on) بدلا من حذفه</numerusform>
        </translation>
    </message>
    <message>
        <source>the key ({key}) appears more than once</source>
        <translation>يرد المفتاح ({key}) أكثر من مرة</translation>
    </message>
    <message>
        <source>the key appears more than once</source>
        <translation>يرد المفتاح أكثر من مرة</translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation>يرد المفتاح مرتين</translation>
    </message>
    <message>
        <source>the key index</source>
        <translation>فهرس المفاتيح</translation>
    </message>
    <message>
        <source>the key is not valid JSON ({reason})</source>
        <translation>المفتاح ليس JSON صالحًا ({reason})</translation>
    </message>
    <message>
        <source>the key must be a JSON object or &apos;name=value;name=value&apos;</source>
        <translation>يجب أن يكون المفتاح كائن JSON أو «name=value;name=value»</translation>
    </message>
    <message>
        <source>the key {key_id} signs the updates of {owner}, not of {publisher}</source>
        <translation>المفتاح {key_id} يوقّع تحديثات {owner}، لا تحديثات {publisher}</translation>
    </message>
    <message>
        <source>the link of {code} to {state}</source>
        <translation>ربط {code} بـ{state}</translation>
    </message>
    <message>
        <source>the list names an item twice</source>
        <translation>تذكر القائمة بندًا مرتين</translation>
    </message>
    <message>
        <source>the manifest is empty</source>
        <translation>البيان فارغ</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; appears more than once</source>
        <translation>يرد الاسم «{name}» أكثر من مرة</translation>
    </message>
    <message>
        <source>the name of a trusted key cannot be empty</source>
        <translation>لا يمكن أن يكون اسم المفتاح الموثوق فارغًا</translation>
    </message>
    <message numerus="yes">
        <source>the name of a trusted key is limited to {most} characters</source>
        <translation>
            <numerusform>لا يتجاوز اسم المفتاح الموثوق {most} حرف</numerusform>
            <numerusform>لا يتجاوز اسم المفتاح الموثوق {most} حرف</numerusform>
            <numerusform>لا يتجاوز اسم المفتاح الموثوق {most} حرفين</numerusform>
            <numerusform>لا يتجاوز اسم المفتاح الموثوق {most} أحرف</numerusform>
            <numerusform>لا يتجاوز اسم المفتاح الموثوق {most} حرفًا</numerusform>
            <numerusform>لا يتجاوز اسم المفتاح الموثوق {most} حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>the part {part} is missing</source>
        <translation>الجزء {part} مفقود</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>عبارة المرور فارغة</translation>
    </message>
    <message>
        <source>the person #{id}</source>
        <translation>الشخص رقم {id}</translation>
    </message>
    <message>
        <source>the private and the public key need two different files</source>
        <translation>يحتاج المفتاح الخاص والمفتاح العام إلى ملفين مختلفين</translation>
    </message>
    <message>
        <source>the questionnaire&apos;s progress is a share from 0 to 1</source>
        <translation>التقدم في الاستبيان نسبة من 0 إلى 1</translation>
    </message>
    <message>
        <source>the request for assistance with {topic} of {on} ({state})</source>
        <translation>طلب المساعدة في «{topic}» المؤرخ {on} ({state})</translation>
    </message>
    <message>
        <source>the review #{id}</source>
        <translation>الاستعراض رقم {id}</translation>
    </message>
    <message>
        <source>the review group is 1, 2 or 3</source>
        <translation>مجموعة الاستعراض هي 1 أو 2 أو 3</translation>
    </message>
    <message>
        <source>the review is already at {stage}</source>
        <translation>الاستعراض في مرحلة {stage} بالفعل</translation>
    </message>
    <message>
        <source>the review of {state}, group {group}, cluster {cluster}</source>
        <translation>استعراض {state}، المجموعة {group}، المجموعة المواضيعية {cluster}</translation>
    </message>
    <message>
        <source>the review would be at this stage since {on}, before its latest stage change ({stage} on {latest_on}); give a later date, or delete that stage change in the same update</source>
        <translation>سيكون الاستعراض في هذه المرحلة منذ {on}، أي قبل آخر تغيير في مرحلته ({stage} في {latest_on})؛ أدخل تاريخًا لاحقًا، أو احذف تغيير المرحلة ذلك في التحديث نفسه</translation>
    </message>
    <message>
        <source>the review {review}</source>
        <translation>الاستعراض {review}</translation>
    </message>
    <message>
        <source>the review {review} is not suspended, but would keep a reason for a suspension</source>
        <translation>الاستعراض {review} غير معلَّق، ولكن سيبقى له سبب تعليق</translation>
    </message>
    <message>
        <source>the review {review} would be at the stage {stage} since {since} with no stage change recorded</source>
        <translation>سيكون الاستعراض {review} في المرحلة {stage} منذ {since} دون تسجيل أي تغيير في المرحلة</translation>
    </message>
    <message>
        <source>the review {review} would be at the stage {stage} since {since}, but its latest stage change is to {latest_stage} on {latest_on}</source>
        <translation>سيكون الاستعراض {review} في المرحلة {stage} منذ {since}، ولكن آخر تغيير في مرحلته هو إلى {latest_stage} في {latest_on}</translation>
    </message>
    <message>
        <source>the review {review}: self-assessment submitted on {on}</source>
        <translation>الاستعراض {review}: قُدِّم التقييم الذاتي في {on}</translation>
    </message>
    <message>
        <source>the schema of {database} is changed only by its owner role ({owner}); you connect as {role}. Ask the owner to run `fwgdesk db upgrade`; nothing was changed.</source>
        <translation>لا يغيّر مخطط {database} إلا دور مالكه ({owner})؛ أنت متصل بالدور {role}. اطلب من المالك تشغيل `fwgdesk db upgrade`؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>the search text is empty</source>
        <translation>نص البحث فارغ</translation>
    </message>
    <message>
        <source>the self-assessment progress of the review {review} would be {value}, outside 0 to 1</source>
        <translation>سيكون التقدم في التقييم الذاتي للاستعراض {review} هو {value}، خارج النطاق من 0 إلى 1</translation>
    </message>
    <message>
        <source>the server of {database}</source>
        <translation>خادم {database}</translation>
    </message>
    <message>
        <source>the shared database {database} has schema {revision}; this version of fwgdesk needs schema {ours}. Everyone using it must then use this version: upgrade it with `fwgdesk db upgrade`, or ask its owner.</source>
        <translation>قاعدة البيانات المشتركة {database} ذات المخطط {revision}؛ يحتاج هذا الإصدار من fwgdesk إلى المخطط {ours}. وعندئذ يجب على كل من يستخدمها استعمال هذا الإصدار: رقِّها بالأمر `fwgdesk db upgrade`، أو اطلب ذلك من مالكها.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has no part (no relationship &apos;{relationship}&apos;)</source>
        <translation>ليس للورقة «{sheet}» جزء (لا توجد علاقة «{relationship}»)</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has no part ({part})</source>
        <translation>ليس للورقة «{sheet}» جزء ({part})</translation>
    </message>
    <message numerus="yes">
        <source>the signature has {count} bytes; an Ed25519 signature has {expected}</source>
        <translation>
            <numerusform>يتكون التوقيع من {count} بايت؛ ويتكون توقيع Ed25519 من {expected}</numerusform>
            <numerusform>يتكون التوقيع من {count} بايت؛ ويتكون توقيع Ed25519 من {expected}</numerusform>
            <numerusform>يتكون التوقيع من {count} بايتين؛ ويتكون توقيع Ed25519 من {expected}</numerusform>
            <numerusform>يتكون التوقيع من {count} بايتات؛ ويتكون توقيع Ed25519 من {expected}</numerusform>
            <numerusform>يتكون التوقيع من {count} بايتًا؛ ويتكون توقيع Ed25519 من {expected}</numerusform>
            <numerusform>يتكون التوقيع من {count} بايت؛ ويتكون توقيع Ed25519 من {expected}</numerusform>
        </translation>
    </message>
    <message>
        <source>the signature is missing or not text</source>
        <translation>التوقيع مفقود أو ليس نصًا</translation>
    </message>
    <message>
        <source>the signature is not valid base64</source>
        <translation>التوقيع ليس base64 صالحًا</translation>
    </message>
    <message numerus="yes">
        <source>the source {code} still has {count} catalogue item(s): delete or move them first</source>
        <translation>
            <numerusform>لا يزال للمصدر {code} {count} بند في الفهرس: احذفها أو انقلها أولا</numerusform>
            <numerusform>لا يزال للمصدر {code} {count} بند في الفهرس: احذفها أو انقلها أولا</numerusform>
            <numerusform>لا يزال للمصدر {code} {count} بندان في الفهرس: احذفها أو انقلها أولا</numerusform>
            <numerusform>لا يزال للمصدر {code} {count} بنود في الفهرس: احذفها أو انقلها أولا</numerusform>
            <numerusform>لا يزال للمصدر {code} {count} بندًا في الفهرس: احذفها أو انقلها أولا</numerusform>
            <numerusform>لا يزال للمصدر {code} {count} بند في الفهرس: احذفها أو انقلها أولا</numerusform>
        </translation>
    </message>
    <message>
        <source>the text holds an unpaired surrogate (U+D800 to U+DFFF): not valid Unicode</source>
        <translation>يحتوي النص على بديل غير مقترن (U+D800 إلى U+DFFF): ليس Unicode صالحًا</translation>
    </message>
    <message>
        <source>the text holds control characters</source>
        <translation>يحتوي النص على أحرف تحكم</translation>
    </message>
    <message>
        <source>the update both writes and deletes this {table} row</source>
        <translation>يكتب التحديث قيد {table} هذا ويحذفه في آن واحد</translation>
    </message>
    <message>
        <source>the update deletes the State &apos;{code}&apos;</source>
        <translation>يحذف التحديث الدولة «{code}»</translation>
    </message>
    <message>
        <source>the update says it is from {publisher}, whose updates are signed with the key {keys}: {signature}</source>
        <translation>يذكر التحديث أنه من {publisher}، الذي تُوقَّع تحديثاته بالمفتاح {keys}: {signature}</translation>
    </message>
    <message>
        <source>the update says it is from {publisher}, whose updates are signed with the key {keys}; it is signed with another key</source>
        <translation>يذكر التحديث أنه من {publisher}، الذي تُوقَّع تحديثاته بالمفتاح {keys}؛ لكنه موقَّع بمفتاح آخر</translation>
    </message>
    <message numerus="yes">
        <source>the update was refused, {count} problem(s):
{problems}{more}</source>
        <translation>
            <numerusform>رُفض التحديث، {count} مشكلة:
{problems}{more}</numerusform>
            <numerusform>رُفض التحديث، {count} مشكلة:
{problems}{more}</numerusform>
            <numerusform>رُفض التحديث، {count} مشكلتان:
{problems}{more}</numerusform>
            <numerusform>رُفض التحديث، {count} مشكلات:
{problems}{more}</numerusform>
            <numerusform>رُفض التحديث، {count} مشكلةً:
{problems}{more}</numerusform>
            <numerusform>رُفض التحديث، {count} مشكلة:
{problems}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>the update would break a rule: {problem}</source>
        <translation>سيخالف التحديث قاعدة: {problem}</translation>
    </message>
    <message>
        <source>the {what} {path} cannot be written: the folder {folder} or the {what} is read-only; nothing was changed. Choose another folder.</source>
        <translation>لا يمكن الكتابة في {what} {path}: المجلد {folder} أو {what} للقراءة فقط؛ لم يُغيَّر شيء. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>the {what} {path} is open in another program (a spreadsheet, a PDF viewer, a backup or sync tool?). Close it and try again; nothing was changed.</source>
        <translation>يستخدم برنامج آخر {what} {path} (جدول بيانات، أو عارض PDF، أو أداة نسخ احتياطي أو مزامنة؟). أغلقه وأعد المحاولة؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>there is no import to undo</source>
        <translation>لا توجد عملية استيراد للتراجع عنها</translation>
    </message>
    <message>
        <source>these stage changes would leave the review {review} at {stage} while its latest stage change is to {latest}; give the review&apos;s new stage in the table reviews too</source>
        <translation>ستترك تغييرات المرحلة هذه الاستعراض {review} في المرحلة {stage} في حين أن آخر تغيير في مرحلته هو إلى {latest}؛ أدخل المرحلة الجديدة للاستعراض في الجدول reviews أيضًا</translation>
    </message>
    <message>
        <source>this column cannot be emptied: give a value, or leave the column out to keep the current one</source>
        <translation>لا يمكن إفراغ هذا العمود: أدخل قيمة، أو احذف العمود للإبقاء على القيمة الحالية</translation>
    </message>
    <message>
        <source>too many entries for {what} (at most {most})</source>
        <translation>عدد مفرط من الإدخالات في {what} (الحد الأقصى {most})</translation>
    </message>
    <message>
        <source>unknown State &apos;{iso3}&apos;</source>
        <translation>دولة غير معروفة «{iso3}»</translation>
    </message>
    <message>
        <source>unknown State &apos;{iso3}&apos; (an ISO 3166 alpha-3 code)</source>
        <translation>دولة غير معروفة «{iso3}» (رمز ISO 3166 alpha-3)</translation>
    </message>
    <message>
        <source>unknown State code &apos;{code}&apos;</source>
        <translation>رمز دولة غير معروف «{code}»</translation>
    </message>
    <message>
        <source>unknown State codes: {codes}</source>
        <translation>رموز دول غير معروفة: {codes}</translation>
    </message>
    <message>
        <source>unknown States: {codes}</source>
        <translation>دول غير معروفة: {codes}</translation>
    </message>
    <message>
        <source>unknown catalogue code &apos;{code}&apos;</source>
        <translation>رمز فهرس غير معروف «{code}»</translation>
    </message>
    <message>
        <source>unknown catalogue codes: {codes}</source>
        <translation>رموز فهرس غير معروفة: {codes}</translation>
    </message>
    <message>
        <source>unknown choice &apos;{keep}&apos; for what to keep of removed people (one of: {choices})</source>
        <translation>خيار غير معروف «{keep}» لما يُحتفظ به من بيانات الأشخاص المحذوفين (أحد الخيارات: {choices})</translation>
    </message>
    <message>
        <source>unknown column of {table}</source>
        <translation>عمود غير معروف في {table}</translation>
    </message>
    <message>
        <source>unknown format &apos;{container}&apos; (one of: {containers})</source>
        <translation>صيغة غير معروفة «{container}» (إحدى الصيغ: {containers})</translation>
    </message>
    <message>
        <source>unknown format &apos;{fmt}&apos; (one of: {formats})</source>
        <translation>صيغة غير معروفة «{fmt}» (إحدى الصيغ: {formats})</translation>
    </message>
    <message>
        <source>unknown key (not part of the update format)</source>
        <translation>مفتاح غير معروف (ليس جزءًا من صيغة التحديث)</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: choose one of {known}</source>
        <translation>لغة غير معروفة «{language}»: اختر إحدى اللغات التالية: {known}</translation>
    </message>
    <message>
        <source>unknown manifest key (the keys are: {keys})</source>
        <translation>مفتاح بيان غير معروف (المفاتيح هي: {keys})</translation>
    </message>
    <message>
        <source>unknown regional group &apos;{region}&apos;: choose one of {known}</source>
        <translation>مجموعة إقليمية غير معروفة «{region}»: اختر إحدى المجموعات التالية: {known}</translation>
    </message>
    <message>
        <source>unknown source document &apos;{code}&apos;: it must be in the database or in this update</source>
        <translation>وثيقة مصدر غير معروفة &apos;{code}&apos;: يجب أن تكون في قاعدة البيانات أو في هذا التحديث</translation>
    </message>
    <message>
        <source>unknown table &apos;{table}&apos;</source>
        <translation>جدول غير معروف «{table}»</translation>
    </message>
    <message>
        <source>unknown theme &apos;{code}&apos; (the catalogue&apos;s themes: {known})</source>
        <translation>موضوع غير معروف &apos;{code}&apos; (مواضيع الفهرس: {known})</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>مستخدم غير معروف</translation>
    </message>
    <message>
        <source>unknown {kind} &apos;{value}&apos;: choose one of {known}</source>
        <translation>قيمة غير معروفة لعامل التصفية «{kind}»: «{value}»؛ اختر إحدى القيم التالية: {known}</translation>
    </message>
    <message>
        <source>unsupported compression (method {method})</source>
        <translation>ضغط غير مدعوم (الطريقة {method})</translation>
    </message>
    <message>
        <source>version {version} is not supported (this fwgdesk reads version {supported})</source>
        <translation>الإصدار {version} غير مدعوم (يقرأ إصدار fwgdesk هذا الإصدار {supported})</translation>
    </message>
    <message>
        <source>you connect to {database} with a role that may only read: nothing can be changed here</source>
        <translation>أنت متصل بـ{database} بدور للقراءة فقط: لا يمكن تغيير أي شيء هنا</translation>
    </message>
    <message>
        <source>{change}</source>
        <translation>{change}</translation>
    </message>
    <message>
        <source>{code} is not linked to {iso3}</source>
        <translation>{code} غير مرتبطة بـ {iso3}</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{count} bytes</source>
        <translation>
            <numerusform>{count} بايت</numerusform>
            <numerusform>{count} بايت</numerusform>
            <numerusform>{count} بايتان</numerusform>
            <numerusform>{count} بايتات</numerusform>
            <numerusform>{count} بايتًا</numerusform>
            <numerusform>{count} بايت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} change(s) look like damage rather than news: look at them before applying</source>
        <translation>
            <numerusform>يبدو أن {count} تغيير تلف لا معلومات جديدة: راجعها قبل التطبيق</numerusform>
            <numerusform>يبدو أن {count} تغيير تلف لا معلومات جديدة: راجعها قبل التطبيق</numerusform>
            <numerusform>يبدو أن {count} تغييرين تلف لا معلومات جديدة: راجعها قبل التطبيق</numerusform>
            <numerusform>يبدو أن {count} تغييرات تلف لا معلومات جديدة: راجعها قبل التطبيق</numerusform>
            <numerusform>يبدو أن {count} تغييرًا تلف لا معلومات جديدة: راجعها قبل التطبيق</numerusform>
            <numerusform>يبدو أن {count} تغيير تلف لا معلومات جديدة: راجعها قبل التطبيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} others</source>
        <translation>
            <numerusform>{count} آخر</numerusform>
            <numerusform>{count} آخر</numerusform>
            <numerusform>{count} آخران</numerusform>
            <numerusform>{count} آخرين</numerusform>
            <numerusform>{count} آخرين</numerusform>
            <numerusform>{count} آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) of {table}</source>
        <translation>
            <numerusform>{count} صف من {table}</numerusform>
            <numerusform>{count} صف من {table}</numerusform>
            <numerusform>{count} صفان من {table}</numerusform>
            <numerusform>{count} صفوف من {table}</numerusform>
            <numerusform>{count} صفًا من {table}</numerusform>
            <numerusform>{count} صف من {table}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) point to rows that no longer exist ({problem}); run Check database (`fwgdesk db check`) to repair them</source>
        <translation>
            <numerusform>{count} قيد تشير إلى قيود لم تعد موجودة ({problem})؛ شغِّل «فحص قاعدة البيانات» (`fwgdesk db check`) لإصلاحها</numerusform>
            <numerusform>{count} قيد تشير إلى قيود لم تعد موجودة ({problem})؛ شغِّل «فحص قاعدة البيانات» (`fwgdesk db check`) لإصلاحها</numerusform>
            <numerusform>{count} قيدان تشير إلى قيود لم تعد موجودة ({problem})؛ شغِّل «فحص قاعدة البيانات» (`fwgdesk db check`) لإصلاحها</numerusform>
            <numerusform>{count} قيود تشير إلى قيود لم تعد موجودة ({problem})؛ شغِّل «فحص قاعدة البيانات» (`fwgdesk db check`) لإصلاحها</numerusform>
            <numerusform>{count} قيدًا تشير إلى قيود لم تعد موجودة ({problem})؛ شغِّل «فحص قاعدة البيانات» (`fwgdesk db check`) لإصلاحها</numerusform>
            <numerusform>{count} قيد تشير إلى قيود لم تعد موجودة ({problem})؛ شغِّل «فحص قاعدة البيانات» (`fwgdesk db check`) لإصلاحها</numerusform>
        </translation>
    </message>
    <message>
        <source>{database}: could not restore ({reason}); {kept} holds the database as it was</source>
        <translation>{database}: تعذّرت الاستعادة ({reason})؛ يحتوي {kept} على قاعدة البيانات كما كانت</translation>
    </message>
    <message>
        <source>{database}: not a usable fwgdesk database ({reason})</source>
        <translation>{database}: ليست قاعدة بيانات fwgdesk صالحة للاستخدام ({reason})</translation>
    </message>
    <message>
        <source>{database}: the database failed its check: {problem}.</source>
        <translation>{database}: لم تجتز قاعدة البيانات فحصها: {problem}.</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>{folder} is on a network share ({kind}). SQLite&apos;s write-ahead log does not work over a network: two computers writing at once can damage the database. Keep the data folder on a local disk, or let the office share one PostgreSQL database (Settings, or --database).</source>
        <translation>{folder} موجود على مورد مشترك في الشبكة ({kind}). لا يعمل سجل الكتابة المسبقة (write-ahead log) في SQLite عبر الشبكة: قد يؤدي قيام حاسوبين بالكتابة في الوقت نفسه إلى إتلاف قاعدة البيانات. أبقِ مجلد البيانات على قرص محلي، أو اجعل المكتب يتشارك قاعدة بيانات PostgreSQL واحدة (الإعدادات، أو --database).</translation>
    </message>
    <message>
        <source>{folder}: the data folder is read-only, so fwgdesk cannot keep its database there. Choose another data folder in Settings, or start fwgdesk with --data-dir.</source>
        <translation>{folder}: مجلد البيانات للقراءة فقط، لذا لا يمكن لـ fwgdesk الاحتفاظ بقاعدة بياناته فيه. اختر مجلد بيانات آخر في الإعدادات، أو شغِّل fwgdesk باستخدام --data-dir.</translation>
    </message>
    <message>
        <source>{iso3} already has a review in group {group}, cluster {cluster}</source>
        <translation>لـ {iso3} استعراض بالفعل في المجموعة {group}، المجموعة المواضيعية {cluster}</translation>
    </message>
    <message>
        <source>{iso3} has no review in group {group}, cluster {cluster}</source>
        <translation>ليس لـ {iso3} استعراض في المجموعة {group}، المجموعة المواضيعية {cluster}</translation>
    </message>
    <message>
        <source>{iso3} has several active focal points: {people}</source>
        <translation>لـ {iso3} عدة جهات وصل نشطة: {people}</translation>
    </message>
    <message>
        <source>{iso3} would have more than one active focal point: {people}; end the earlier designation (ended_on) in the same update</source>
        <translation>سيكون لـ {iso3} أكثر من جهة وصل نشطة: {people}؛ أنهِ التعيين الأسبق (ended_on) في التحديث نفسه</translation>
    </message>
    <message numerus="yes">
        <source>{iso3} would have {count} active focal points ({names}); end the designation of the earlier one first</source>
        <translation>
            <numerusform>سيكون لـ {iso3} {count} جهة وصل نشطة ({names})؛ أنهِ تعيين الأسبق أولًا</numerusform>
            <numerusform>سيكون لـ {iso3} {count} جهة وصل نشطة ({names})؛ أنهِ تعيين الأسبق أولًا</numerusform>
            <numerusform>سيكون لـ {iso3} {count} جهتا وصل نشطتان ({names})؛ أنهِ تعيين الأسبق أولًا</numerusform>
            <numerusform>سيكون لـ {iso3} {count} جهات وصل نشطة ({names})؛ أنهِ تعيين الأسبق أولًا</numerusform>
            <numerusform>سيكون لـ {iso3} {count} جهةَ وصل نشطة ({names})؛ أنهِ تعيين الأسبق أولًا</numerusform>
            <numerusform>سيكون لـ {iso3} {count} جهة وصل نشطة ({names})؛ أنهِ تعيين الأسبق أولًا</numerusform>
        </translation>
    </message>
    <message>
        <source>{iso3} would review itself in the review {review}</source>
        <translation>ستستعرض {iso3} نفسها في الاستعراض {review}</translation>
    </message>
    <message>
        <source>{key} is not a key id (16 hexadecimal digits, as `fwgdesk keys list` shows them)</source>
        <translation>{key} ليس معرِّف مفتاح (16 رقمًا ست عشريًا، كما يعرضها الأمر `fwgdesk keys list`)</translation>
    </message>
    <message>
        <source>{name} (since {since})</source>
        <translation>{name} (منذ {since})</translation>
    </message>
    <message>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <translation>{name} ليس رقم JSON</translation>
    </message>
    <message>
        <source>{name} is {iso3}&apos;s active focal point (since {since}); end that designation on a date to designate another</source>
        <translation>{name} جهة الوصل النشطة لـ {iso3} (منذ {since})؛ أنهِ هذا التعيين في تاريخ محدد لتعيين جهة أخرى</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>{part}: XML with a document type or entity declarations</source>
        <translation>{part}: XML يتضمن إعلانًا عن نوع المستند أو عن كيانات</translation>
    </message>
    <message>
        <source>{part}: not well-formed XML ({reason})</source>
        <translation>{part}: XML غير سليم البنية ({reason})</translation>
    </message>
    <message>
        <source>{path} is a file: --split writes one file per State into a folder</source>
        <translation>{path} ملف: يكتب --split ملفًا لكل دولة في مجلد</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .pdf</source>
        <translation>{path} مجلد: أدخل اسم ملف ينتهي بـ .pdf</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .pdf, or use --split</source>
        <translation>{path} مجلد: أدخل اسم ملف ينتهي بـ .pdf، أو استخدم --split</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a regular file: an update is read from regular files only</source>
        <translation>{path} هو {kind}، وليس ملفًا عاديًا: لا يُقرأ التحديث إلا من ملفات عادية</translation>
    </message>
    <message>
        <source>{path}: a file name holding a line break</source>
        <translation>{path}: اسم ملف يتضمن فاصل أسطر</translation>
    </message>
    <message>
        <source>{path}: a symbolic link in a signed folder</source>
        <translation>{path}: رابط رمزي في مجلد موقَّع</translation>
    </message>
    <message>
        <source>{path}: already exists; it is not overwritten</source>
        <translation>{path}: موجود بالفعل؛ ولا يُكتب فوقه</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <source>{path}: holds key {found}, not {expected}</source>
        <translation>{path}: يحتوي على المفتاح {found}، لا {expected}</translation>
    </message>
    <message>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}: مجلد وليس {what}</translation>
    </message>
    <message>
        <source>{path}: is a private key; trust the public key (.pub) and keep the private key secret</source>
        <translation>{path}: مفتاح خاص؛ ثِق بالمفتاح العام (.pub) واحتفظ بالمفتاح الخاص سرًّا</translation>
    </message>
    <message>
        <source>{path}: is a public key; signing needs the private key (.key)</source>
        <translation>{path}: مفتاح عام؛ يحتاج التوقيع إلى المفتاح الخاص (.key)</translation>
    </message>
    <message>
        <source>{path}: made by another version of fwgdesk (schema {revision})</source>
        <translation>{path}: أنشأه إصدار آخر من fwgdesk (المخطط {revision})</translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than {most} files</source>
        <translation>
            <numerusform>{path}: أكثر من {most} ملف</numerusform>
            <numerusform>{path}: أكثر من {most} ملف</numerusform>
            <numerusform>{path}: أكثر من {most} ملفين</numerusform>
            <numerusform>{path}: أكثر من {most} ملفات</numerusform>
            <numerusform>{path}: أكثر من {most} ملفًا</numerusform>
            <numerusform>{path}: أكثر من {most} ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: must hold a JSON object {{key_id: name}}</source>
        <translation>{path}: يجب أن يحتوي على كائن JSON {{key_id: name}}</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}: ملف النسخة الاحتياطية غير موجود</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: الملف غير موجود</translation>
    </message>
    <message>
        <source>{path}: not a PEM private key ({reason})</source>
        <translation>{path}: ليس مفتاحًا خاصًا بصيغة PEM ({reason})</translation>
    </message>
    <message>
        <source>{path}: not a PEM public key</source>
        <translation>{path}: ليس مفتاحًا عامًا بصيغة PEM</translation>
    </message>
    <message>
        <source>{path}: not a sound SQLite database ({reason})</source>
        <translation>{path}: ليست قاعدة بيانات SQLite سليمة ({reason})</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 key; update files are signed with Ed25519</source>
        <translation>{path}: ليس مفتاح Ed25519؛ تُوقَّع ملفات التحديث باستخدام Ed25519</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 public key; update files are signed with Ed25519</source>
        <translation>{path}: ليس مفتاحًا عامًا من نوع Ed25519؛ تُوقَّع ملفات التحديث باستخدام Ed25519</translation>
    </message>
    <message>
        <source>{path}: not an fwgdesk database ({reason})</source>
        <translation>{path}: ليست قاعدة بيانات fwgdesk ({reason})</translation>
    </message>
    <message>
        <source>{path}: the names of the trusted keys cannot be read; fix or delete it ({reason})</source>
        <translation>{path}: تتعذّر قراءة أسماء المفاتيح الموثوقة؛ أصلح هذا الملف أو احذفه ({reason})</translation>
    </message>
    <message>
        <source>{path}: the output file name must end in .pdf</source>
        <translation>{path}: يجب أن ينتهي اسم ملف الإخراج بـ .pdf</translation>
    </message>
    <message>
        <source>{path}: the passphrase file is empty</source>
        <translation>{path}: ملف عبارة المرور فارغ</translation>
    </message>
    <message>
        <source>{path}: the passphrase file is not UTF-8 text</source>
        <translation>{path}: ملف عبارة المرور ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>{path}: the private key is protected by a passphrase; give it with --passphrase-file</source>
        <translation>{path}: المفتاح الخاص محمي بعبارة مرور؛ أدخلها باستخدام --passphrase-file</translation>
    </message>
    <message>
        <source>{path}: the settings file cannot be read ({reason})</source>
        <translation>{path}: تتعذّر قراءة ملف الإعدادات ({reason})</translation>
    </message>
    <message>
        <source>{path}: the settings file must hold a JSON object</source>
        <translation>{path}: يجب أن يحتوي ملف الإعدادات على كائن JSON</translation>
    </message>
    <message numerus="yes">
        <source>{path}: too large for {what} (more than {most} bytes)</source>
        <translation>
            <numerusform>{path}: حجمه كبير جدًا بالنسبة إلى {what} (أكثر من {most} بايت)</numerusform>
            <numerusform>{path}: حجمه كبير جدًا بالنسبة إلى {what} (أكثر من {most} بايت)</numerusform>
            <numerusform>{path}: حجمه كبير جدًا بالنسبة إلى {what} (أكثر من {most} بايتين)</numerusform>
            <numerusform>{path}: حجمه كبير جدًا بالنسبة إلى {what} (أكثر من {most} بايتات)</numerusform>
            <numerusform>{path}: حجمه كبير جدًا بالنسبة إلى {what} (أكثر من {most} بايتًا)</numerusform>
            <numerusform>{path}: حجمه كبير جدًا بالنسبة إلى {what} (أكثر من {most} بايت)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: wrong passphrase, or the key file is damaged</source>
        <translation>{path}: عبارة مرور خاطئة، أو ملف المفتاح تالف</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{problem} It was restored from the backup made before.</source>
        <translation>{problem} واستُعيدت من النسخة الاحتياطية المنشأة قبل ذلك.</translation>
    </message>
    <message>
        <source>{problem} No good backup was found.</source>
        <translation>{problem} لم يُعثر على نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>{problem} The newest good backup is {backup}: restore it with `fwgdesk db restore {backup}`.</source>
        <translation>{problem} أحدث نسخة احتياطية سليمة هي {backup}: استعدها باستخدام `fwgdesk db restore {backup}`.</translation>
    </message>
    <message>
        <source>{row} (exists again)</source>
        <translation>{row} (موجود مرة أخرى)</translation>
    </message>
    <message>
        <source>{signature}</source>
        <translation>{signature}</translation>
    </message>
    <message>
        <source>{signature} — confirm to import it anyway</source>
        <translation>{signature} — أكِّد لاستيراده رغم ذلك</translation>
    </message>
    <message>
        <source>{signature}; run with --yes to import it anyway</source>
        <translation>{signature}؛ شغِّل الأمر مع --yes لاستيراده رغم ذلك</translation>
    </message>
    <message>
        <source>{size} GiB</source>
        <translation>{size} غ.ب</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} ك.ب</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} م.ب</translation>
    </message>
    <message>
        <source>{user} on {host}</source>
        <translation>{user} على {host}</translation>
    </message>
    <message>
        <source>{value} is above {maximum}</source>
        <translation>{value} أكبر من {maximum}</translation>
    </message>
    <message>
        <source>{value} is below {minimum}</source>
        <translation>{value} أصغر من {minimum}</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it; nothing was saved.
{changes}
Reload to see their change, or save yours over it.</source>
        <translation>أجرى شخص آخر تغييرات على {what} منذ أن فتحتَه؛ لم يُحفظ شيء.
{changes}
أعد التحميل لترى تغييراته، أو احفظ تغييراتك بدلًا منها.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing it:
{changes}
Saving will ask whether to keep their change or save yours over it.</source>
        <translation>غيّر شخص آخر {what} أثناء تعديلك له:
{changes}
عند الحفظ ستُسأل هل تُبقي على تغييره أم تحفظ تعديلاتك مكانه.</translation>
    </message>
    <message>
        <source>{what} was removed by someone else since you opened it; nothing was saved.</source>
        <translation>حذف شخص آخر {what} منذ أن فتحتَه؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>{what} was removed by someone else while you were editing it; it can no longer be saved.</source>
        <translation>حذف شخص آخر {what} أثناء تعديلك له؛ لم يعد من الممكن حفظه.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>• added ({who}, {at})</source>
        <translation>• إضافة ({who}، {at})</translation>
    </message>
    <message>
        <source>• {field}: {old} → {new} ({who}, {at})</source>
        <translation>• {field}: {old} → {new} ({who}، {at})</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{number}%</source>
        <translation>{number}%</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Assistance with {topic} ({state}), asked on {date}</source>
        <translation>المساعدة بشأن {topic} ({state})، طُلبت في {date}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
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
        <translation>{name} ({state})، {role}</translation>
    </message>
    <message>
        <source>{reviewer}, reviewing {review}</source>
        <translation>{reviewer}، الدولة المستعرِضة لـ {review}</translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence} {next}</translation>
    </message>
    <message>
        <source>{stage} on {date}: {review}</source>
        <translation>{stage} في {date}: {review}</translation>
    </message>
    <message>
        <source>{state}, group {group}, cluster {cluster}</source>
        <translation>{state}، المجموعة {group}، المجموعة المواضيعية {cluster}</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Could not redo</source>
        <translation>تعذّرت الإعادة</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>تعذّر التراجع</translation>
    </message>
</context>
</TS>
