<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>请求日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Request technical assistance</source>
        <translation>请求技术援助</translation>
    </message>
</context>
<context>
    <name>AssistanceModel</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>请求日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>AssistancePanel</name>
    <message>
        <source>Re&amp;quest assistance…</source>
        <translation>请求援助(&amp;Q)…</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>技术援助</translation>
    </message>
    <message numerus="yes">
        <source>Technical assistance ({count} open)</source>
        <translation>
            <numerusform>技术援助（{count} 项未结）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backup saved as {file}.</source>
        <translation>备份已保存为 {file}。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backups of the database, newest first, in {folder}. fwgdesk makes one each day the data changed and before every import, upgrade, restore and repair.</source>
        <translation>数据库的备份（最新的在前），位于 {folder}。数据有变化的日子，fwgdesk 每天备份一次；每次导入、升级、恢复和修复之前也会备份。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Other work is still running; restore once it has ended.</source>
        <translation>其他工作仍在进行；请在其结束后再恢复。</translation>
    </message>
    <message>
        <source>Replace the database with the backup made on {made} ({kind})?&lt;br&gt;&lt;br&gt;The current database is kept first, as a backup “{before}”, so it can be restored in turn. Changes made after {made} will no longer show.</source>
        <translation>用 {made} 的备份（{kind}）替换数据库？&lt;br&gt;&lt;br&gt;当前数据库会先保存为“{before}”备份，以便日后可以恢复。{made} 之后所做的更改将不再显示。</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>恢复备份？</translation>
    </message>
    <message>
        <source>Restored from {file}. The database as it was is kept as {kept}.</source>
        <translation>已从 {file} 恢复。原来的数据库保存为 {kept}。</translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation>正在恢复 {file}…</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>The database is shared on a server: backing it up and restoring it is the server administrator&apos;s job.</source>
        <translation>数据库共享于服务器上：备份和恢复由服务器管理员负责。</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before repairs</source>
        <translation>修复前</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>撤销导入前</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Applied</source>
        <translation>应用时间</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>内置数据</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Local edit</source>
        <translation>本地编辑</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>States {n}</source>
        <translation>国家 {n}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>added {n}</source>
        <translation>新增 {n}</translation>
    </message>
    <message>
        <source>changed {n}</source>
        <translation>已更改 {n}</translation>
    </message>
    <message>
        <source>conflicts {n}</source>
        <translation>冲突 {n}</translation>
    </message>
    <message>
        <source>deleted {n}</source>
        <translation>已删除 {n}</translation>
    </message>
    <message>
        <source>kept mine {n}</source>
        <translation>保留我的值 {n}</translation>
    </message>
    <message>
        <source>not signed by a trusted key</source>
        <translation>未由受信任的密钥签名</translation>
    </message>
    <message>
        <source>recommendations {n}</source>
        <translation>建议 {n}</translation>
    </message>
    <message>
        <source>unchanged {n}</source>
        <translation>未更改 {n}</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Full text in</source>
        <translation>全文语种</translation>
    </message>
    <message>
        <source>Protocol articles</source>
        <translation>议定书条款</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Withdrawn {date}</source>
        <translation>已于 {date} 撤回</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>All Protocol articles</source>
        <translation>所有议定书条款</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>所有章节</translation>
    </message>
    <message>
        <source>All source documents</source>
        <translation>所有来源文件</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>第{n}条</translation>
    </message>
    <message>
        <source>Full text in:</source>
        <translation>全文语种：</translation>
    </message>
    <message numerus="yes">
        <source>Linked by {n} States</source>
        <translation>
            <numerusform>已有 {n} 个国家关联</numerusform>
        </translation>
    </message>
    <message>
        <source>No State links this recommendation.</source>
        <translation>没有国家关联此建议。</translation>
    </message>
    <message>
        <source>Search titles and full texts in any language, or codes…</source>
        <translation>搜索任一语言的标题和全文，或代码…</translation>
    </message>
    <message>
        <source>Select a recommendation to read its full text here.</source>
        <translation>选择一项建议，在此阅读其全文。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message numerus="yes">
        <source>{n} of {total} items</source>
        <translation>
            <numerusform>共 {total} 个条目，显示 {n} 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>&amp;Change stage</source>
        <translation>更改阶段(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>新阶段(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Change the review&apos;s stage</source>
        <translation>更改审议阶段</translation>
    </message>
    <message>
        <source>Current stage:</source>
        <translation>当前阶段：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Suspended &amp;because:</source>
        <translation>暂停原因(&amp;B)：</translation>
    </message>
    <message>
        <source>Why the review is suspended</source>
        <translation>审议暂停的原因</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <source>&amp;Reload (drop my edits)</source>
        <translation>重新加载（放弃我的修改）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>修复(&amp;R)</translation>
    </message>
    <message>
        <source>(to look at: not changed)</source>
        <translation>（待查看：未更改）</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再次检查(&amp;A)</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Repairing the database…</source>
        <translation>正在修复数据库…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity and foreign-key checks, then fwgdesk&apos;s own rules. Nothing is changed until you choose Repair: the repairs you tick are made in one go, after a backup.</source>
        <translation>先进行 SQLite 的完整性和外键检查，再检查 fwgdesk 自身的规则。在您选择“修复”之前不会作任何更改：您勾选的修复将在备份后一次性完成。</translation>
    </message>
    <message>
        <source>Stays active</source>
        <translation>保持在任</translation>
    </message>
</context>
<context>
    <name>CountsTable</name>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>重新计算数据 (F5)</translation>
    </message>
    <message>
        <source>Computed from the data at {0}</source>
        <translation>根据 {0} 时的数据计算</translation>
    </message>
    <message>
        <source>Focal points by gender</source>
        <translation>按性别分列的联络人</translation>
    </message>
    <message>
        <source>In brackets: the share of the participating States (focal points) or of the group&apos;s reviews (stages). A State has a focal point when at least one active person holds that role.</source>
        <translation>括号内为所占比例：参与国（联络人）或该组审议（阶段）。至少有一名在任人员担任联络人角色的国家即视为有联络人。</translation>
    </message>
    <message>
        <source>Mechanism figures per review group</source>
        <translation>按审议组分列的机制数据</translation>
    </message>
    <message>
        <source>No review is recorded yet. The figures appear once reviews are imported (Imports) or recorded on a State&apos;s page (States).</source>
        <translation>尚未记录任何审议。导入审议（导入）或在某国页面上记录审议（国家）后，即会显示数据。</translation>
    </message>
    <message>
        <source>Open assistance requests by topic</source>
        <translation>按主题分列的未结援助请求</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未结请求</translation>
    </message>
    <message>
        <source>Review Mechanism figures</source>
        <translation>审议机制数据</translation>
    </message>
    <message>
        <source>Reviews by stage</source>
        <translation>按阶段分列的审议</translation>
    </message>
    <message>
        <source>The figures could not be computed: {0}</source>
        <translation>无法计算数据：{0}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Working languages of reviews</source>
        <translation>审议工作语言</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>检查数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>备份(&amp;K)…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backup saved as {file}.</source>
        <translation>备份已保存为 {file}。</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <source>The database is shared on a server: backing it up and restoring it is the server administrator&apos;s job (for example with pg_dump).</source>
        <translation>数据库共享于服务器上：备份和恢复由服务器管理员负责（例如使用 pg_dump）。</translation>
    </message>
</context>
<context>
    <name>DueDatesModel</name>
    <message>
        <source>By</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应完成事项</translation>
    </message>
    <message>
        <source>Due in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <source>Met (date not recorded)</source>
        <translation>已完成（日期未记录）</translation>
    </message>
    <message>
        <source>Met late, on {date}</source>
        <translation>已于 {date} 逾期完成</translation>
    </message>
    <message>
        <source>Met on {date}</source>
        <translation>已于 {date} 完成</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>EndDesignationDialog</name>
    <message>
        <source>&amp;Ended on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>End &amp;designation</source>
        <translation>结束指定(&amp;D)</translation>
    </message>
    <message>
        <source>End a designation</source>
        <translation>结束一项指定</translation>
    </message>
    <message>
        <source>{name} stops being {role}. The row stays in the history.</source>
        <translation>{name} 不再担任{role}。该记录仍保留在历史记录中。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Everything (every State)</source>
        <translation>全部（所有国家）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;My State (not set in the settings)</source>
        <translation>本国（未在设置中指定）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;My State ({iso3})</source>
        <translation>本国（{iso3}）(&amp;M)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to export&lt;/b&gt;</source>
        <translation>&lt;b&gt;导出内容&lt;/b&gt;</translation>
    </message>
    <message>
        <source>C&amp;hosen States</source>
        <translation>所选国家(&amp;H)</translation>
    </message>
    <message>
        <source>CSV files in a ZIP archive</source>
        <translation>ZIP 压缩包中的 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files in a folder</source>
        <translation>文件夹中的 CSV 文件</translation>
    </message>
    <message>
        <source>Choose at least one State.</source>
        <translation>请至少选择一个国家。</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Filter by name or ISO3</source>
        <translation>按名称或 ISO3 代码筛选</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>文件夹 (*)</translation>
    </message>
    <message>
        <source>Include personal contact details (e-mail, &amp;phone)</source>
        <translation>包括个人联系方式（电子邮件、电话）(&amp;P)</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <source>Name of the new folder for the CSV files</source>
        <translation>用于存放 CSV 文件的新文件夹名称</translation>
    </message>
    <message>
        <source>States to export</source>
        <translation>要导出的国家</translation>
    </message>
    <message>
        <source>Update files (*{suffix})</source>
        <translation>更新文件 (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>已向 {path} 写入 {rows} 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Drafting observations</source>
        <translation>起草意见</translation>
    </message>
    <message>
        <source>Group {0}</source>
        <translation>第{0}组</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>立法</translation>
    </message>
    <message>
        <source>List of observations</source>
        <translation>意见清单</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Not started or suspended, no focal point</source>
        <translation>未开始或已暂停且无联络人</translation>
    </message>
    <message>
        <source>One</source>
        <translation>一种</translation>
    </message>
    <message>
        <source>Operating RevMod</source>
        <translation>使用 RevMod</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Participating States with at least one active person in the focal point role</source>
        <translation>至少有一名在任人员担任联络人角色的参与国</translation>
    </message>
    <message>
        <source>Preliminary consultation</source>
        <translation>初步协商</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审议</translation>
    </message>
    <message>
        <source>Reviews completed</source>
        <translation>已完成的审议</translation>
    </message>
    <message>
        <source>Reviews in progress</source>
        <translation>进行中的审议</translation>
    </message>
    <message>
        <source>Reviews not started</source>
        <translation>未开始的审议</translation>
    </message>
    <message>
        <source>Reviews suspended</source>
        <translation>已暂停的审议</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Share of the reviews not started or suspended whose State under review has no active focal point</source>
        <translation>在未开始或已暂停的审议中，被审议国没有在任联络人的审议所占比例</translation>
    </message>
    <message>
        <source>States participating</source>
        <translation>参与国</translation>
    </message>
    <message>
        <source>States under review or reviewing in a review of the group</source>
        <translation>在该组某项审议中作为被审议国或审议国的国家</translation>
    </message>
    <message>
        <source>States with an active focal point</source>
        <translation>有在任联络人的国家</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>两种</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>未披露</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>书面反馈</translation>
    </message>
</context>
<context>
    <name>FileExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>导出已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>未导出：{error}</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>&amp;Designated on:</source>
        <translation>指定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>Add a designated person</source>
        <translation>添加一名指定人员</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>En&amp;ded on:</source>
        <translation>结束日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>ISO 639-1 codes, e.g. pt, de</source>
        <translation>ISO 639-1 代码，例如 pt、de</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Ot&amp;her languages:</source>
        <translation>其他语言(&amp;H)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>FocalPointsModel</name>
    <message>
        <source>Designated on</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>结束于 {date}</translation>
    </message>
    <message>
        <source>Gender: {gender}</source>
        <translation>性别：{gender}</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>FocalPointsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Show ended designations</source>
        <translation>显示已结束的指定(&amp;S)</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message>
        <source>E&amp;nd designation…</source>
        <translation>结束指定(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>End the designation of {name}</source>
        <translation>结束 {name} 的指定</translation>
    </message>
    <message>
        <source>{active} active · {ended} ended</source>
        <translation>有效 {active} 项 · 已结束 {ended} 项</translation>
    </message>
    <message>
        <source>{name} is the active focal point (since {since}). A State has one: their designation ends when the new one begins.</source>
        <translation>{name} 是在任联络人（自 {since} 起）。一个国家只有一名联络人：新联络人的指定开始时，其指定即告结束。</translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <source>&amp;Keep data of removed people:</source>
        <translation>保留已删除人员的数据(&amp;K)：</translation>
    </message>
    <message>
        <source>CSV file (for a spreadsheet)</source>
        <translation>CSV 文件（用于电子表格）</translation>
    </message>
    <message>
        <source>Choose where to save the history.</source>
        <translation>请选择历史记录的保存位置。</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Export the history of {iso3}</source>
        <translation>导出 {iso3} 的历史记录</translation>
    </message>
    <message>
        <source>Export the history to</source>
        <translation>将历史记录导出到</translation>
    </message>
    <message>
        <source>History files (*{suffix})</source>
        <translation>历史记录文件 (*{suffix})</translation>
    </message>
    <message>
        <source>Include contact details (e-mail, &amp;phone)</source>
        <translation>包括联系方式（电子邮件、电话）(&amp;P)</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <source>Names only</source>
        <translation>仅姓名</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>不保留</translation>
    </message>
    <message>
        <source>Removed people are people an import deleted, or an undone import took back: their changes stay in the history. Unless you keep them, their name, title, institution, contact details, gender and languages are written as “[removed]”. Contact details of everyone else are written as “[withheld]” unless you include them. Role, State and dates are always written.</source>
        <translation>已删除人员是指被导入删除、或被撤销的导入移除的人员：他们的更改仍保留在历史记录中。除非您选择保留，他们的姓名、职务、机构、联系方式、性别和语言将写为“[removed]”。其他所有人的联系方式将写为“[withheld]”，除非您选择包括。角色、国家和日期始终写入。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Assistance request</source>
        <translation>援助请求</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Import: {batch}</source>
        <translation>导入：{batch}</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Recommendation link</source>
        <translation>建议关联</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审议</translation>
    </message>
    <message>
        <source>Review stage</source>
        <translation>审议阶段</translation>
    </message>
    <message>
        <source>Reviewing State</source>
        <translation>审议国</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>&amp;Export history…</source>
        <translation>导出历史记录(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter: a field, a value, a person&apos;s name…</source>
        <translation>筛选：字段、值、人名…</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>历史记录已导出</translation>
    </message>
    <message>
        <source>Select a change to read it whole here.</source>
        <translation>选择一项更改，在此阅读其全文。</translation>
    </message>
    <message numerus="yes">
        <source>{entries} change(s) written to {path}.</source>
        <translation>
            <numerusform>已将 {entries} 项更改写入 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} changes</source>
        <translation>
            <numerusform>共 {total} 项更改，显示 {shown} 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{withheld} personal value(s) were left out (contact details, and data of people no longer in the database).</source>
        <translation>
            <numerusform>有 {withheld} 个个人信息值未写入（联系方式，以及已不在数据库中的人员的数据）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Hide unchanged rows</source>
        <translation>隐藏未更改的记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the update&apos;s</source>
        <translation>采用更新中的值(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older or repeated update&lt;/b&gt;&lt;br&gt;{problem}</source>
        <translation>&lt;b&gt;较旧或重复的更新&lt;/b&gt;&lt;br&gt;{problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Published by {publisher}, sequence {sequence}&lt;br&gt;Data as of {as_of}, issued {issued}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;发布方：{publisher}，序号：{sequence}&lt;br&gt;数据截至 {as_of}，发布于 {issued}</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Apply an&amp;yway (older or repeated update)</source>
        <translation>仍然应用（较旧或重复的更新）(&amp;Y)</translation>
    </message>
    <message>
        <source>Applying row {done} of {total}…</source>
        <translation>正在应用第 {done} 条记录，共 {total} 条…</translation>
    </message>
    <message>
        <source>Applying {file}…</source>
        <translation>正在应用 {file}…</translation>
    </message>
    <message>
        <source>Backing up the database and applying the update…</source>
        <translation>正在备份数据库并应用更新…</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>全部折叠(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未作任何更改。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Confirm above that you apply an older or repeated update.</source>
        <translation>请在上方确认您要应用较旧或重复的更新。</translation>
    </message>
    <message>
        <source>Confirm above that you import it without a trusted signature.</source>
        <translation>请在上方确认您要在没有受信任签名的情况下导入。</translation>
    </message>
    <message numerus="yes">
        <source>Decide {count} conflict(s) first.</source>
        <translation>
            <numerusform>请先决定 {count} 个冲突。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>全部展开(&amp;X)</translation>
    </message>
    <message>
        <source>I&amp;mport it although it is not signed by a trusted key</source>
        <translation>导入该更新，尽管其未由受信任的密钥签名(&amp;M)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>全部保留我的值(&amp;A)</translation>
    </message>
    <message>
        <source>No conflicts with your local changes.</source>
        <translation>与您的本地更改没有冲突。</translation>
    </message>
    <message>
        <source>Not applied, nothing was changed: {error}</source>
        <translation>未应用，未作任何更改：{error}</translation>
    </message>
    <message>
        <source>Not applied: nothing was changed.</source>
        <translation>未应用：未作任何更改。</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this update.</source>
        <translation>无需更改：数据库已包含此更新。</translation>
    </message>
    <message>
        <source>Only &amp;conflicts</source>
        <translation>仅显示冲突(&amp;C)</translation>
    </message>
    <message>
        <source>Take the update&apos;s fo&amp;r all</source>
        <translation>全部采用更新中的值(&amp;R)</translation>
    </message>
    <message>
        <source>The signature is invalid: this update cannot be applied.</source>
        <translation>签名无效：无法应用此更新。</translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) with your local changes, {undecided} undecided</source>
        <translation>
            <numerusform>与您的本地更改有 {count} 个冲突，其中 {undecided} 个未决定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) shown</source>
        <translation>
            <numerusform>显示 {count} 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <source>&amp;Import update…</source>
        <translation>导入更新(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>撤销上次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Backup: {backup}</source>
        <translation>备份：{backup}</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Folder of &amp;CSV files…</source>
        <translation>CSV 文件文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import a folder of CSV files</source>
        <translation>导入 CSV 文件文件夹</translation>
    </message>
    <message>
        <source>Import an update</source>
        <translation>导入更新</translation>
    </message>
    <message>
        <source>Import applied</source>
        <translation>导入已应用</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>导入已撤销</translation>
    </message>
    <message numerus="yes">
        <source>Import {batch} ({file}) was undone: {reverted} change(s) reverted.</source>
        <translation>
            <numerusform>导入 {batch}（{file}）已撤销：还原了 {reverted} 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this update.</source>
        <translation>无需更改：数据库已包含此更新。</translation>
    </message>
    <message>
        <source>Reading and checking {file}…</source>
        <translation>正在读取并检查 {file}…</translation>
    </message>
    <message>
        <source>The update was applied as import {batch}. A backup of the database before it was saved as {backup}.</source>
        <translation>更新已作为导入 {batch} 应用。应用前的数据库备份已保存为 {backup}。</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>正在撤销上次导入…</translation>
    </message>
    <message>
        <source>Update &amp;file (JSON, XLSX, CSV in a ZIP)…</source>
        <translation>更新文件（JSON、XLSX、ZIP 中的 CSV）(&amp;F)…</translation>
    </message>
    <message>
        <source>Updates (*.json *.xlsx *.zip);;All files (*)</source>
        <translation>更新 (*.json *.xlsx *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Updates applied to this database: the bundled reference data and every import, with the file, its publisher and sequence, who signed it and what it changed.</source>
        <translation>已应用于本数据库的更新：内置参考数据和每次导入，包括文件、其发布方和序号、签署人以及所作更改。</translation>
    </message>
    <message numerus="yes">
        <source>{count} local change(s) made after the import were kept (see the details).</source>
        <translation>
            <numerusform>导入后所作的 {count} 项本地更改已保留（见详细信息）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>已向 {path} 写入 {rows} 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>&amp;Link chosen</source>
        <translation>关联所选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>All source documents</source>
        <translation>所有来源文件</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>Already linked to this State</source>
        <translation>已与该国关联</translation>
    </message>
    <message>
        <source>Link &amp;every item of this theme</source>
        <translation>关联此主题的所有条目(&amp;E)</translation>
    </message>
    <message>
        <source>Link recommendations</source>
        <translation>关联建议</translation>
    </message>
    <message>
        <source>Search titles and full texts in any language, or codes…</source>
        <translation>搜索任一语言的标题和全文，或代码…</translation>
    </message>
    <message numerus="yes">
        <source>{count} chosen of {shown} shown.</source>
        <translation>
            <numerusform>已选 {count} 项，共显示 {shown} 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} items of “{theme}” will be linked (all not linked yet).</source>
        <translation>
            <numerusform>将关联“{theme}”的 {count} 个条目（所有尚未关联的条目）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>更新日期</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>&amp;Accept checked</source>
        <translation>接受已勾选项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss checked</source>
        <translation>忽略已勾选项(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Link from the catalogue…</source>
        <translation>从目录中关联(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlink selected</source>
        <translation>取消关联所选项(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>Accept {count} suggested links</source>
        <translation>
            <numerusform>接受建议的关联（{count} 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>全部勾选(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss {count} suggested links</source>
        <translation>
            <numerusform>忽略建议的关联（{count} 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the link of {code}</source>
        <translation>编辑 {code} 的关联</translation>
    </message>
    <message>
        <source>Filter the linked recommendations…</source>
        <translation>筛选已关联的建议…</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message numerus="yes">
        <source>Link {count} recommendations</source>
        <translation>
            <numerusform>关联建议（{count} 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked recommendations ({count})</source>
        <translation>已关联的建议（{count}）</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Recommendations addressed by their text to this State (all States, or the Protocol&apos;s parties when it is one), neither linked nor dismissed.</source>
        <translation>按其案文针对本国（所有国家，或在本国为缔约国时针对议定书缔约国）、既未关联也未被忽略的建议。</translation>
    </message>
    <message>
        <source>Select a recommendation to read its full text here.</source>
        <translation>选择一项建议，即可在此阅读其全文。</translation>
    </message>
    <message>
        <source>Set &amp;status of selected</source>
        <translation>设置所选链接的状态(&amp;S)</translation>
    </message>
    <message>
        <source>Set the status of every selected link at once (one step to undo)</source>
        <translation>一次设置所有所选链接的状态（一步即可撤销）</translation>
    </message>
    <message numerus="yes">
        <source>Set the status of {count} links to {status}</source>
        <translation>
            <numerusform>将链接（{count} 个）的状态设为“{status}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Suggested links ({count})</source>
        <translation>建议的关联（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>Unlink {count} recommendations</source>
        <translation>
            <numerusform>取消关联建议（{count} 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About fwgdesk</source>
        <translation>关于 fwgdesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>重做 {edit}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>撤销 {edit}(&amp;U)</translation>
    </message>
    <message>
        <source>About fwgdesk</source>
        <translation>关于 fwgdesk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>States</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>fwgdesk {version}
Data folder: {folder}</source>
        <translation>fwgdesk {version}
数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>fwgdesk — Firearms Protocol desk</source>
        <translation>fwgdesk — 枪支议定书工作台</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>&amp;Cluster:</source>
        <translation>专题组(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>新建审议</translation>
    </message>
    <message>
        <source>Review &amp;group:</source>
        <translation>审议组(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>没有可显示的文档。</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Already absent</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>援助请求</translation>
    </message>
    <message>
        <source>Catalogue items</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message numerus="yes">
        <source>Changed · {count} field(s)</source>
        <translation>
            <numerusform>已更改 · {count} 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>In the update</source>
        <translation>更新中</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>本数据库中</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的值</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审议</translation>
    </message>
    <message>
        <source>Row / field</source>
        <translation>记录 / 字段</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>States</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Take the update&apos;s</source>
        <translation>采用更新中的值</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未决定</translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) decided</source>
        <translation>
            <numerusform>已决定 {count} 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) to decide</source>
        <translation>
            <numerusform>{count} 个冲突待决定</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Check</source>
        <translation>⚠ 请核对</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>&amp;Copy the list</source>
        <translation>复制列表(&amp;C)</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>更新被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>{file} was refused: {count} problem(s) found. Nothing was changed. Correct the file, or ask the Secretariat for a corrected one.</source>
        <translation>
            <numerusform>{file} 被拒绝：发现 {count} 个问题。未作任何更改。请更正该文件，或向秘书处索取更正后的文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Batch of status sheets</source>
        <translation>批量情况简报(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Mechanism overview</source>
        <translation>机制概况(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;State status sheet</source>
        <translation>国家情况简报(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Which States:</source>
        <translation>哪些国家(&amp;W)：</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>F&amp;ull text of recommendations, not titles</source>
        <translation>建议全文而非标题(&amp;U)</translation>
    </message>
    <message>
        <source>Include personal contact &amp;details</source>
        <translation>包括个人联系方式(&amp;D)</translation>
    </message>
    <message>
        <source>Name or ISO3 code</source>
        <translation>名称或 ISO3 代码</translation>
    </message>
    <message>
        <source>One file per State, &amp;into a folder</source>
        <translation>每个国家一个文件，存入文件夹(&amp;I)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Review group {number}</source>
        <translation>第 {number} 审议组</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>国家(&amp;T)：</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>简报语言(&amp;L)：</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>打印内容</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Choose a report, then press Preview: it is shown here to be saved or printed.</source>
        <translation>选择一份报告，然后按“预览”：报告将显示在此处，供保存或打印。</translation>
    </message>
    <message>
        <source>Folder for the status sheets</source>
        <translation>情况简报的文件夹</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>No font could draw these characters: {characters}</source>
        <translation>没有字体能绘制这些字符：{characters}</translation>
    </message>
    <message>
        <source>No report made</source>
        <translation>未生成报告</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已另存为 {path}</translation>
    </message>
    <message>
        <source>Sheet {done} of {total}</source>
        <translation>第 {done} 份，共 {total} 份</translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s) saved in {folder}</source>
        <translation>
            <numerusform>已在 {folder} 中保存 {count} 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s) sent to the printer.</source>
        <translation>
            <numerusform>已向打印机发送 {count} 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s) shown.</source>
        <translation>
            <numerusform>已显示 {count} 份简报。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Edit the review&apos;s details</source>
        <translation>编辑审议详细信息</translation>
    </message>
    <message>
        <source>Mark the assistance request {status}</source>
        <translation>将援助请求标记为“{status}”</translation>
    </message>
    <message>
        <source>Move the review to {stage}</source>
        <translation>将审议转入“{stage}”阶段</translation>
    </message>
    <message>
        <source>New review: group {group}, cluster {cluster}</source>
        <translation>新建审议：第{group}组，专题组 {cluster}</translation>
    </message>
    <message>
        <source>Request assistance: {topic}</source>
        <translation>请求援助：{topic}</translation>
    </message>
</context>
<context>
    <name>ReviewDetailsPanel</name>
    <message>
        <source>&amp;Reviewing States:</source>
        <translation>审议国(&amp;R)：</translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation>添加国家(&amp;S)</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Details (not saved)</source>
        <translation>详细信息（未保存）</translation>
    </message>
    <message>
        <source>ISO3 code or name</source>
        <translation>ISO3 代码或名称</translation>
    </message>
    <message>
        <source>Lan&amp;guages agreed:</source>
        <translation>语言是否已商定(&amp;G)：</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>未商定</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>还原(&amp;T)</translation>
    </message>
    <message>
        <source>Save detai&amp;ls</source>
        <translation>保存详细信息(&amp;L)</translation>
    </message>
    <message>
        <source>Self-assessment &amp;progress:</source>
        <translation>自评进度(&amp;P)：</translation>
    </message>
    <message>
        <source>Self-assessment:</source>
        <translation>自评：</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Suspended beca&amp;use:</source>
        <translation>暂停原因(&amp;U)：</translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation>工作语言：</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>&amp;Change stage…</source>
        <translation>更改阶段(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>下一阶段(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next stage: {stage}</source>
        <translation>下一阶段(&amp;N)：{stage}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due dates&lt;/b&gt;</source>
        <translation>&lt;b&gt;截止日期&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;时间线&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; since {since}</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt;（开始日期：{since}）</translation>
    </message>
    <message>
        <source>Group {group}, cluster {cluster}</source>
        <translation>第{group}组，专题组 {cluster}</translation>
    </message>
    <message>
        <source>New revie&amp;w…</source>
        <translation>新建审议(&amp;W)…</translation>
    </message>
    <message>
        <source>No review is recorded for this State. Use “New review…” to record one.</source>
        <translation>该国尚无审议记录。请使用“新建审议…”进行记录。</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>审议(&amp;V)：</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>⚠ {count} overdue</source>
        <translation>⚠ {count} 项逾期</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Add key…</source>
        <translation>添加密钥(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>移除密钥(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation>数据库 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>My &amp;State:</source>
        <translation>本国(&amp;S)：</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub);;All files (*)</source>
        <translation>公钥 (*.pem *.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The data folder and database take effect the next time fwgdesk starts.</source>
        <translation>数据文件夹和数据库将在下次启动 fwgdesk 时生效。</translation>
    </message>
    <message>
        <source>The data folder cannot be empty</source>
        <translation>数据文件夹不能为空</translation>
    </message>
    <message>
        <source>The database URL must start with sqlite:// or postgresql</source>
        <translation>数据库 URL 必须以 sqlite:// 或 postgresql 开头</translation>
    </message>
    <message>
        <source>Trusted signing &amp;keys:</source>
        <translation>受信任的签名密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>empty: the SQLite file in the data folder; or postgresql+psycopg://…</source>
        <translation>留空：使用数据文件夹中的 SQLite 文件；或 postgresql+psycopg://…</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Ask the Secretariat for the file again; nothing can be applied.</source>
        <translation>请向秘书处重新索取该文件；无法应用任何内容。</translation>
    </message>
    <message>
        <source>Invalid signature: this update is refused</source>
        <translation>签名无效：此更新被拒绝</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Nothing proves who issued this file or that it was not changed since. Import it only if you know where it came from.</source>
        <translation>无法证明此文件由谁发布，也无法证明其此后未被更改。仅在您知道其来源时才导入。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>由未知密钥签名</translation>
    </message>
    <message>
        <source>Signed by {signer}</source>
        <translation>签署人：{signer}</translation>
    </message>
    <message>
        <source>The file is exactly as the signer issued it.</source>
        <translation>该文件与签署人发布时完全一致。</translation>
    </message>
    <message>
        <source>The key that signed it is not one of your trusted keys: nothing proves who issued it. Import it only if you know where it came from.</source>
        <translation>签署该文件的密钥不在您的受信任密钥之列：无法证明其由谁发布。仅在您知道其来源时才导入。</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>警告：{0}</translation>
    </message>
</context>
<context>
    <name>StageEventsModel</name>
    <message>
        <source>As the review records it; no stage change recorded</source>
        <translation>按审议记录；未记录阶段变更</translation>
    </message>
    <message>
        <source>As the review records it; not started yet</source>
        <translation>按审议记录；尚未开始</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
</context>
<context>
    <name>StageLadder</name>
    <message>
        <source>current stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>尚未到达</translation>
    </message>
    <message>
        <source>passed over: no stage change recorded</source>
        <translation>已跳过：未记录阶段变更</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>the review is suspended</source>
        <translation>审议已暂停</translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Firearms Protocol: {status} {date}</source>
        <translation>枪支议定书：{status} {date}</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审议</translation>
    </message>
    <message>
        <source>← All States</source>
        <translation>← 所有国家</translation>
    </message>
</context>
<context>
    <name>StatesModel</name>
    <message>
        <source>Active people</source>
        <translation>在任人员</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>枪支议定书</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>区域组</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>审议组</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>{what}, since {date}</source>
        <translation>{what}，自 {date} 起</translation>
    </message>
</context>
<context>
    <name>StatesTable</name>
    <message>
        <source>&amp;No focal point designated</source>
        <translation>未指定联络人(&amp;N)</translation>
    </message>
    <message>
        <source>All regional groups</source>
        <translation>所有区域组</translation>
    </message>
    <message>
        <source>All review groups</source>
        <translation>所有审议组</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message numerus="yes">
        <source>All {total} States</source>
        <translation>
            <numerusform>全部国家（{total} 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Any Protocol status</source>
        <translation>任何议定书状态</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>第{n}组</translation>
    </message>
    <message>
        <source>Search by name (any language) or code…</source>
        <translation>按名称（任何语言）或代码搜索…</translation>
    </message>
    <message>
        <source>Show &amp;all States</source>
        <translation>显示全部国家(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} States</source>
        <translation>
            <numerusform>共 {total} 个国家，显示 {shown} 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>&amp;Undo import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <source>Also undo fields &amp;changed locally since the import</source>
        <translation>同时撤销导入后在本地更改的字段(&amp;C)</translation>
    </message>
    <message>
        <source>Off: your edits made after the import are kept and listed.</source>
        <translation>不勾选时：保留您在导入后所作的编辑并列出。</translation>
    </message>
    <message>
        <source>Undo the import of &lt;b&gt;{file}&lt;/b&gt; (from {publisher}, sequence {sequence}, applied {applied})?&lt;br&gt;Every value it changed returns to what it was before; rows it added are removed and rows it deleted come back. A backup of the database is made first.</source>
        <translation>撤销对 &lt;b&gt;{file}&lt;/b&gt; 的导入（发布方：{publisher}，序号：{sequence}，应用于 {applied}）？&lt;br&gt;其更改的每个值都将恢复为原值；其添加的记录将被删除，其删除的记录将被恢复。撤销前将先备份数据库。</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>撤销上次导入</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Read only: your database role may not change data</source>
        <translation>只读：您的数据库角色不能更改数据</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>恢复备份？</translation>
    </message>
    <message>
        <source>The database is damaged:
{problem}

Restore the newest good backup, {backup}? The damaged file is kept beside the backups.</source>
        <translation>数据库已损坏：
{problem}

是否恢复最新的完好备份 {backup}？损坏的文件保存在备份旁边。</translation>
    </message>
    <message>
        <source>Upgrade it now? Everyone who uses it will need this version of fwgdesk.</source>
        <translation>现在升级吗？所有使用它的人都将需要此版本的 fwgdesk。</translation>
    </message>
    <message>
        <source>Upgrade the shared database?</source>
        <translation>升级共享数据库？</translation>
    </message>
    <message>
        <source>fwgdesk cannot start</source>
        <translation>fwgdesk 无法启动</translation>
    </message>
    <message>
        <source>fwgdesk started with a warning</source>
        <translation>fwgdesk 启动时出现警告</translation>
    </message>
</context>
<context>
    <name>catalogue_text</name>
    <message>
        <source>Titles are short summaries written for this catalogue; the full text is the source document&apos;s own.</source>
        <translation>标题是为本目录撰写的简短摘要；全文以来源文件本身为准。</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>已于 {date} 撤回</translation>
    </message>
    <message>
        <source>{language} original</source>
        <translation>{language}原文</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>A backup was made before the repairs: {file}</source>
        <translation>修复前已创建备份：{file}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore a backup (File ▸ Backups…) or ask for help; SQLite found:</source>
        <translation>数据库文件已损坏。请恢复备份（文件 ▸ 备份…）或寻求帮助；SQLite 发现：</translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s) were gone by then and left as they were.</source>
        <translation>
            <numerusform>有 {count} 项发现届时已不存在，保持原样。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s), {repairable} with a repair. Nothing has been changed: tick the repairs to make and choose Repair.</source>
        <translation>
            <numerusform>共 {count} 项发现，其中 {repairable} 项可修复。未作任何更改：请勾选要进行的修复，然后选择“修复”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} repair(s) made.</source>
        <translation>
            <numerusform>已完成 {count} 项修复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>用我的更改覆盖对方的更改(&amp;S)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Addressees</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>枪支议定书</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO 代码</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Language agreement</source>
        <translation>语文协议</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Protocol status since</source>
        <translation>议定书状况起始日期</translation>
    </message>
    <message>
        <source>Protocol status source</source>
        <translation>议定书状况来源</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>区域组</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>请求日期</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>审议组</translation>
    </message>
    <message>
        <source>Reviewing State</source>
        <translation>审议国</translation>
    </message>
    <message>
        <source>Reviewing States</source>
        <translation>审议国</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>节标题</translation>
    </message>
    <message>
        <source>Self-assessment progress</source>
        <translation>自评进度</translation>
    </message>
    <message>
        <source>Self-assessment submitted on</source>
        <translation>自评提交日期</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>阶段起始日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subsection heading</source>
        <translation>小节标题</translation>
    </message>
    <message>
        <source>Suspended because</source>
        <translation>暂停原因</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Two-letter code</source>
        <translation>两字母代码</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>工作语文</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>A State reviewing itself</source>
        <translation>国家审议自身</translation>
    </message>
    <message>
        <source>A State with more than one active focal point</source>
        <translation>一个国家有多名在任联络人</translation>
    </message>
    <message>
        <source>A designation ending before it began</source>
        <translation>指定的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>A link to a recommendation or State that does not exist</source>
        <translation>指向不存在的建议或国家的关联</translation>
    </message>
    <message>
        <source>A self-assessment submitted on a date in the future</source>
        <translation>提交日期在未来的自评</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>非洲国家</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>An assistance request dated in the future</source>
        <translation>日期在未来的援助请求</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>亚洲－太平洋国家</translation>
    </message>
    <message>
        <source>Background paper</source>
        <translation>背景文件</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>内置数据</translation>
    </message>
    <message>
        <source>Chair&apos;s summary</source>
        <translation>主席摘要</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Conference resolution</source>
        <translation>缔约方会议决议</translation>
    </message>
    <message>
        <source>Drafting observations</source>
        <translation>起草意见</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>东欧国家</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Firearms contact point</source>
        <translation>枪支问题联络点</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Focal point designated</source>
        <translation>指定联络人</translation>
    </message>
    <message>
        <source>Focal point overdue</source>
        <translation>指定联络人逾期</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <source>Governmental expert</source>
        <translation>政府专家</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>拉丁美洲和加勒比国家</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>立法</translation>
    </message>
    <message>
        <source>List of observations</source>
        <translation>意见清单</translation>
    </message>
    <message>
        <source>Local edit</source>
        <translation>本地编辑</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>No regional group</source>
        <translation>无区域组</translation>
    </message>
    <message>
        <source>Non-signatory</source>
        <translation>非签署国</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>缔约国</translation>
    </message>
    <message>
        <source>Preliminary consultation</source>
        <translation>初步协商</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Review stage differing from its latest stage change</source>
        <translation>审议阶段与其最近一次阶段变更不一致</translation>
    </message>
    <message>
        <source>Reviewers&apos; written feedback</source>
        <translation>审议方的书面反馈</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Self-assessment overdue</source>
        <translation>自评逾期</translation>
    </message>
    <message>
        <source>Self-assessment progress outside 0–100%</source>
        <translation>自评进度超出 0–100%</translation>
    </message>
    <message>
        <source>Self-assessment questionnaire</source>
        <translation>自评问卷</translation>
    </message>
    <message>
        <source>Self-assessment submitted</source>
        <translation>提交自评</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署国</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>States parties to the Protocol</source>
        <translation>议定书缔约国</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Suspension reason on a review that is not suspended</source>
        <translation>未暂停的审议带有暂停原因</translation>
    </message>
    <message>
        <source>The Conference of the Parties</source>
        <translation>缔约方会议</translation>
    </message>
    <message>
        <source>The Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>The Working Group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>未披露</translation>
    </message>
    <message>
        <source>Using RevMod</source>
        <translation>使用 RevMod</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>西欧和其他国家</translation>
    </message>
    <message>
        <source>Working Group report</source>
        <translation>工作组报告</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>书面反馈</translation>
    </message>
    <message>
        <source>Written feedback overdue</source>
        <translation>书面反馈逾期</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>
  … and {count} more</source>
        <translation>
            <numerusform>
  … 另有 {count} 项</numerusform>
        </translation>
    </message>
    <message>
        <source>  {item}</source>
        <translation>  {item}</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is not a cell reference</source>
        <translation>“{reference}”不是单元格引用</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a boolean (0 or 1)</source>
        <translation>“{text}”不是布尔值（0 或 1）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a row number</source>
        <translation>“{text}”不是行号</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a style number</source>
        <translation>“{text}”不是样式编号</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not the number of a shared string</source>
        <translation>“{text}”不是共享字符串的编号</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a catalogue code such as WG8-R12</source>
        <translation>“{value}”不是 WG8-R12 这样的目录编号</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“{value}”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time with its time zone (RFC 3339: 2022-05-05T09:00:00Z)</source>
        <translation>“{value}”不是带时区的日期和时间（RFC 3339：2022-05-05T09:00:00Z）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>“{value}”不是电话号码</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (digits, spaces, + ( ) - . /)</source>
        <translation>“{value}”不是电话号码（只能包含数字、空格和 + ( ) - . /）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a source code (letters, digits and &apos;.&apos;, at most 16, such as WG9)</source>
        <translation>&apos;{value}&apos; 不是来源代码（字母、数字和 &apos;.&apos;，最多 16 个，例如 WG9）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 alpha-3 code (three capital letters A-Z)</source>
        <translation>“{value}”不是 ISO 3166 alpha-3 代码（三个大写字母 A-Z）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>“{value}”不是电子邮件地址</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {values}</source>
        <translation>“{value}”不是下列值之一：{values}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not true or false</source>
        <translation>“{value}”不是 true 或 false</translation>
    </message>
    <message>
        <source>--name {name}: give a plain file name, without a folder</source>
        <translation>--name {name}：请给出不含文件夹的纯文件名</translation>
    </message>
    <message>
        <source>Choose a State by its name or ISO3 code.</source>
        <translation>请按名称或 ISO3 代码选择一个国家。</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Signed by an unknown key {key_id}: not in your trusted keys</source>
        <translation>由未知密钥 {key_id} 签名：不在您的受信任密钥之列</translation>
    </message>
    <message>
        <source>Signed by {signer} (key {key_id})</source>
        <translation>签署人：{signer}（密钥 {key_id}）</translation>
    </message>
    <message>
        <source>The folder cannot be checked against its signature: {problem}</source>
        <translation>无法根据签名检查该文件夹：{problem}</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered after signing, or the signature is damaged</source>
        <translation>签名与文件不符：文件在签名后被改动，或签名已损坏</translation>
    </message>
    <message>
        <source>The signature file is not valid: {problem}</source>
        <translation>签名文件无效：{problem}</translation>
    </message>
    <message>
        <source>XML in an unsupported encoding</source>
        <translation>采用不受支持的编码的 XML</translation>
    </message>
    <message>
        <source>XML in an unsupported encoding ({encoding})</source>
        <translation>采用不受支持的编码（{encoding}）的 XML</translation>
    </message>
    <message>
        <source>XML with a document type or entity declarations (refused: entity attacks)</source>
        <translation>含有文档类型或实体声明的 XML（已拒绝：实体攻击）</translation>
    </message>
    <message>
        <source>a State cannot review itself</source>
        <translation>国家不能审议自身</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>a cell of unknown type &apos;{kind}&apos;</source>
        <translation>类型未知（“{kind}”）的单元格</translation>
    </message>
    <message>
        <source>a cell that cannot be read: {reason}</source>
        <translation>无法读取的单元格：{reason}</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>一个设备</translation>
    </message>
    <message>
        <source>a file name holding a line break cannot be signed or read</source>
        <translation>含有换行符的文件名无法签名或读取</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>a key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>a key of {table} has exactly the columns {columns}</source>
        <translation>{table} 的键正好由 {columns} 列组成</translation>
    </message>
    <message>
        <source>a link of {iso3} to the missing recommendation #{id}</source>
        <translation>{iso3} 指向缺失建议 #{id} 的关联</translation>
    </message>
    <message>
        <source>a name emptied (it was “{old}”)</source>
        <translation>名称被清空（原为“{old}”）</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>姓名为必填项</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>一个命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a new catalogue item needs its {column}</source>
        <translation>新的目录条目需要 {column}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a passphrase file</source>
        <translation>密码短语文件</translation>
    </message>
    <message>
        <source>a reviewing State is named twice</source>
        <translation>同一审议国被列出两次</translation>
    </message>
    <message>
        <source>a row beyond row {row}</source>
        <translation>第 {row} 行之后的行</translation>
    </message>
    <message>
        <source>a row must be an object {{…}}, not {kind}</source>
        <translation>记录必须是对象 {{…}}，而不是{kind}</translation>
    </message>
    <message>
        <source>a row that cannot be read: {reason}</source>
        <translation>无法读取的行：{reason}</translation>
    </message>
    <message>
        <source>a second file for {table} ({other})</source>
        <translation>{table} 的第二个文件（{other}）</translation>
    </message>
    <message>
        <source>a second sheet for {table} ({other})</source>
        <translation>{table} 的第二个工作表（{other}）</translation>
    </message>
    <message>
        <source>a single CSV file is not an update: put manifest.csv and the &lt;table&gt;.csv files in a folder or a ZIP archive</source>
        <translation>单个 CSV 文件不是更新：请将 manifest.csv 和 &lt;table&gt;.csv 文件放入文件夹或 ZIP 压缩包</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>一个特殊文件</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>一个符号链接</translation>
    </message>
    <message>
        <source>a value in column {column}, which has no name in the header row</source>
        <translation>第 {column} 列中有值，但该列在标题行中没有名称</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>值为必填项</translation>
    </message>
    <message>
        <source>a value with no key</source>
        <translation>没有键的值</translation>
    </message>
    <message>
        <source>an XLSX workbook</source>
        <translation>XLSX 工作簿</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an assistance request of {iso3} dated {on}</source>
        <translation>{iso3} 日期为 {on} 的援助请求</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an update file</source>
        <translation>更新文件</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>cannot connect to the database server {database}: it may not be running, its address may be wrong, or it refused the user name or password. Nothing was changed. The server said: {reason}</source>
        <translation>无法连接数据库服务器 {database}：它可能未运行、地址可能有误，或拒绝了用户名或密码。未做任何更改。服务器返回：{reason}</translation>
    </message>
    <message>
        <source>cannot write the CSV folder {path}: a file of that name exists</source>
        <translation>无法写入 CSV 文件夹 {path}：已存在同名文件</translation>
    </message>
    <message>
        <source>cannot write the CSV folder {path}: it holds other files than CSV files; choose a new or empty folder</source>
        <translation>无法写入 CSV 文件夹 {path}：其中含有 CSV 文件以外的文件；请选择新的或空的文件夹</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>无法写入 {path}：这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>choose a review group or a regional group, not both</source>
        <translation>请选择审议组或区域组，不能同时选择两者</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>第 {column} 列</translation>
    </message>
    <message>
        <source>compressed {ratio} to 1 (at most {most} to 1): refused as a possible zip bomb</source>
        <translation>压缩比为 {ratio}:1（最多 {most}:1）：可能是压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <source>conflict with a local change of {row}: decide keep mine or take the incoming value</source>
        <translation>与 {row} 的本地更改冲突：请决定保留我的值还是采用传入的值</translation>
    </message>
    <message>
        <source>conflicts with local changes: choose with --prefer local|incoming</source>
        <translation>与本地更改冲突：请用 --prefer local|incoming 选择</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>end the designation on {on}, the day it began</source>
        <translation>将指定结束日期设为开始当天 {on}</translation>
    </message>
    <message>
        <source>expected a list (&apos;{separator}&apos;-separated in a cell)</source>
        <translation>应为列表（单元格中以“{separator}”分隔）</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>应为数字，实际为{found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>应为文本，实际为{found}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>字段 {field}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message numerus="yes">
        <source>it is empty, unreadable or larger than {most} bytes</source>
        <translation>
            <numerusform>其为空、无法读取或大于 {most} 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not UTF-8 JSON</source>
        <translation>不是 UTF-8 编码的 JSON</translation>
    </message>
    <message>
        <source>it must hold a JSON object</source>
        <translation>必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>item {item}</source>
        <translation>第 {item} 项</translation>
    </message>
    <message>
        <source>keep the focal point you choose active, and end the others&apos; designations on the day it began</source>
        <translation>保留您选择的联络人为在任，并将其他人的指定在其开始当天结束</translation>
    </message>
    <message>
        <source>key {key_id} is trusted through the settings ({source}); remove it from trusted_keys there</source>
        <translation>密钥 {key_id} 是通过设置（{source}）受信任的；请在该处将其从 trusted_keys 中删除</translation>
    </message>
    <message>
        <source>key_id {found} is not 16 hexadecimal digits</source>
        <translation>key_id {found} 不是 16 位十六进制数字</translation>
    </message>
    <message>
        <source>letters turned into question marks (“{old}” → “{new}”): was the file saved in another encoding than UTF-8?</source>
        <translation>字母变成了问号（“{old}” → “{new}”）：文件是否以 UTF-8 以外的编码保存？</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>more lines are not UTF-8 text (not all shown)</source>
        <translation>还有其他行不是 UTF-8 文本（未全部显示）</translation>
    </message>
    <message numerus="yes">
        <source>more than {count} columns</source>
        <translation>
            <numerusform>超过 {count} 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} lines</source>
        <translation>
            <numerusform>超过 {count} 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} rows</source>
        <translation>
            <numerusform>超过 {count} 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {most} files in the folder</source>
        <translation>
            <numerusform>文件夹中的文件超过 {most} 个</numerusform>
        </translation>
    </message>
    <message>
        <source>must be &apos;{format}&apos;</source>
        <translation>必须为“{format}”</translation>
    </message>
    <message>
        <source>must be an array of rows, not {kind}</source>
        <translation>必须是记录数组，而不是{kind}</translation>
    </message>
    <message>
        <source>no State is under review in review group {group}</source>
        <translation>第 {group} 审议组中没有被审议国</translation>
    </message>
    <message>
        <source>no assistance request with id {id}</source>
        <translation>没有 ID 为 {id} 的援助请求</translation>
    </message>
    <message>
        <source>no assistance request with key &apos;{key}&apos;</source>
        <translation>没有键为“{key}”的援助请求</translation>
    </message>
    <message>
        <source>no focal point with id {id}</source>
        <translation>没有 ID 为 {id} 的联络人</translation>
    </message>
    <message>
        <source>no focal point with key &apos;{key}&apos;</source>
        <translation>没有键为“{key}”的联络人</translation>
    </message>
    <message>
        <source>no review with id {id}</source>
        <translation>没有 ID 为 {id} 的审议</translation>
    </message>
    <message>
        <source>no sheet &apos;{sheet}&apos; (the update&apos;s header: columns {columns})</source>
        <translation>没有工作表“{sheet}”（更新的标头：{columns} 列）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有此文件</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>no such review (state, group, cluster)</source>
        <translation>没有此审议（国家、组、专题组）</translation>
    </message>
    <message>
        <source>no trusted key {key}; `fwgdesk keys list` shows them</source>
        <translation>没有受信任的密钥 {key}；`fwgdesk keys list` 可列出这些密钥</translation>
    </message>
    <message>
        <source>no {file} (the update&apos;s header: columns {columns})</source>
        <translation>没有 {file}（更新的标头：{columns} 列）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not ISO 639-1 codes: {codes}</source>
        <translation>不是 ISO 639-1 代码：{codes}</translation>
    </message>
    <message>
        <source>not ISO 639-1 language codes (two small letters a-z): {codes}</source>
        <translation>不是 ISO 639-1 语言代码（两个小写字母 a-z）：{codes}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>不是 UTF-8 文本（字节 0x{byte}）；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 text: the file holds NUL bytes; save it as UTF-8</source>
        <translation>不是 UTF-8 文本：文件含有 NUL 字节；请将其另存为 UTF-8</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({reason})</source>
        <translation>不是可读的 XLSX 工作簿（{reason}）</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是常规文件</translation>
    </message>
    <message>
        <source>not an XLSX workbook (an XLSX file is a ZIP archive; this is not one)</source>
        <translation>不是 XLSX 工作簿（XLSX 文件是 ZIP 压缩包，而此文件不是）</translation>
    </message>
    <message>
        <source>not an update file: an update is a .json file, an .xlsx workbook, or CSV files in a folder or a .zip</source>
        <translation>不是更新文件：更新是一个 .json 文件、一个 .xlsx 工作簿，或文件夹或 .zip 中的 CSV 文件</translation>
    </message>
    <message>
        <source>not theme codes (small letters, digits and _): {codes}</source>
        <translation>不是主题代码（小写字母、数字和 _）：{codes}</translation>
    </message>
    <message>
        <source>not valid CSV ({reason})</source>
        <translation>不是有效的 CSV（{reason}）</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>不是有效的 JSON：嵌套过深</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>不是有效的 JSON：{reason}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>not {what}: damaged or truncated (no ZIP directory found)</source>
        <translation>不是有效的 {what}：已损坏或被截断（未找到 ZIP 目录）</translation>
    </message>
    <message>
        <source>not {what}: damaged or truncated ({reason})</source>
        <translation>不是有效的 {what}：已损坏或被截断（{reason}）</translation>
    </message>
    <message>
        <source>put the review at its latest recorded stage change: {stage} since {on}</source>
        <translation>将审议设为其最近记录的阶段变更：自 {on} 起处于“{stage}”</translation>
    </message>
    <message>
        <source>record the missing stage change to {stage} on {on}</source>
        <translation>记录缺失的阶段变更：于 {on} 转入“{stage}”</translation>
    </message>
    <message>
        <source>remove the link</source>
        <translation>删除该关联</translation>
    </message>
    <message>
        <source>remove the suspension reason “{reason}”</source>
        <translation>删除暂停原因“{reason}”</translation>
    </message>
    <message>
        <source>remove {iso3} from its own reviewers</source>
        <translation>将 {iso3} 从其自身的审议国中移除</translation>
    </message>
    <message>
        <source>say which data to export: --state ISO3 (repeatable) or --all</source>
        <translation>请说明要导出哪些数据：--state ISO3（可重复）或 --all</translation>
    </message>
    <message>
        <source>section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>sequence {sequence} of {publisher} is not above the last one applied ({last}): an older or repeated update</source>
        <translation>{publisher} 的序号 {sequence} 不大于最近应用的序号（{last}）：这是较旧或重复的更新</translation>
    </message>
    <message>
        <source>set the progress to {value}</source>
        <translation>将进度设为 {value}</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>shared string {index} is missing</source>
        <translation>缺少共享字符串 {index}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>工作表 {sheet}</translation>
    </message>
    <message>
        <source>signature policy for {outcome}: {value} is not accept, confirm or refuse</source>
        <translation>{outcome} 的签名策略：{value} 不是 accept、confirm 或 refuse</translation>
    </message>
    <message>
        <source>skipped (from the settings): {problem}</source>
        <translation>已跳过（来自设置）：{problem}</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>已跳过：{problem}</translation>
    </message>
    <message>
        <source>someone else changed the same data while this change was being saved; nothing was saved. Look at the data again and repeat the change.</source>
        <translation>在保存此更改期间，他人更改了相同的数据；未保存任何内容。请重新查看数据并再次进行更改。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>table {table}</source>
        <translation>表 {table}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message numerus="yes">
        <source>text longer than {most} characters</source>
        <translation>
            <numerusform>文本超过 {most} 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>that file is the database itself</source>
        <translation>该文件就是数据库本身</translation>
    </message>
    <message>
        <source>the State {code} cannot be deleted while {rows} refer to it; delete them in the same update first</source>
        <translation>仍有 {rows} 引用国家 {code}，无法删除；请先在同一更新中删除这些行</translation>
    </message>
    <message>
        <source>the ZIP archive holds no CSV files</source>
        <translation>ZIP 压缩包中没有 CSV 文件</translation>
    </message>
    <message>
        <source>the algorithm is {found}, not &quot;{expected}&quot;</source>
        <translation>算法为{found}，而不是“{expected}”</translation>
    </message>
    <message>
        <source>the archive unpacks to {size} (at most {most} for {what}): refused as a possible zip bomb</source>
        <translation>压缩包解压后为 {size}（{what}最多 {most}）：可能是压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <source>the cluster is 1 to 4</source>
        <translation>专题组为 1 至 4</translation>
    </message>
    <message>
        <source>the code {code} does not begin with its source&apos;s code {source}</source>
        <translation>代码 {code} 不以其来源代码 {source} 开头</translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation>该列出现不止一次</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>该列出现两次</translation>
    </message>
    <message>
        <source>the connection to the database server {database} was lost: nothing was saved. Try again once the server runs.</source>
        <translation>与数据库服务器 {database} 的连接已断开：未保存任何内容。请在服务器运行后重试。</translation>
    </message>
    <message>
        <source>the daily backup could not be made: {reason}</source>
        <translation>无法进行每日备份：{reason}</translation>
    </message>
    <message>
        <source>the database could not be upgraded ({reason})</source>
        <translation>无法升级数据库（{reason}）</translation>
    </message>
    <message>
        <source>the database could not be upgraded ({reason}); it was restored from the backup made before.</source>
        <translation>无法升级数据库（{reason}）；已从升级前所作的备份恢复。</translation>
    </message>
    <message>
        <source>the database on the server {database} was opened without a data folder to keep its backups in</source>
        <translation>服务器上的数据库 {database} 打开时没有可保存其备份的数据文件夹</translation>
    </message>
    <message>
        <source>the database refused the update: {reason}</source>
        <translation>数据库拒绝了更新：{reason}</translation>
    </message>
    <message>
        <source>the database role you use on {database} may not make this change (it may read only); nothing was changed. Ask the database&apos;s owner for an editor&apos;s role.</source>
        <translation>您在 {database} 上使用的数据库角色无权进行此更改（可能只能读取）；未做任何更改。请向数据库所有者申请编辑者角色。</translation>
    </message>
    <message>
        <source>the database server {database} refused the user name or password: check them in Settings, or in --database. Nothing was changed.</source>
        <translation>数据库服务器 {database} 拒绝了用户名或密码：请在“设置”或 --database 中检查。未做任何更改。</translation>
    </message>
    <message>
        <source>the database {database} cannot be written (the file or its folder is read-only); nothing was changed. Choose another data folder in Settings, or start fwgdesk with --data-dir.</source>
        <translation>无法写入数据库 {database}（文件或其所在文件夹为只读）；未作任何更改。请在“设置”中选择其他数据文件夹，或使用 --data-dir 启动 fwgdesk。</translation>
    </message>
    <message>
        <source>the database {database} is being used by another program (another fwgdesk window, a backup or sync tool?). Close it and try again; nothing was changed.</source>
        <translation>数据库 {database} 正被另一程序使用（另一个 fwgdesk 窗口、备份或同步工具？）。请将其关闭后重试；未作任何更改。</translation>
    </message>
    <message>
        <source>the database {database} was upgraded by a newer version of fwgdesk (schema {revision}); this one knows schema {ours}: install the newer version</source>
        <translation>数据库 {database} 已被较新版本的 fwgdesk 升级（架构 {revision}）；此版本只认识架构 {ours}：请安装较新版本</translation>
    </message>
    <message>
        <source>the date is before the last stage change ({latest})</source>
        <translation>该日期早于上一次阶段变更（{latest}）</translation>
    </message>
    <message>
        <source>the designation of {name} ({iso3})</source>
        <translation>{name}（{iso3}）的指定</translation>
    </message>
    <message>
        <source>the designation of {name} would end on {ended_on}, before it began on {designated_on}</source>
        <translation>{name} 的指定将于 {ended_on} 结束，早于其开始日期 {designated_on}</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: the {what} {path} could not be written and nothing was changed. Free some space on that disk and try again.</source>
        <translation>{folder} 所在的磁盘已满：无法写入{what} {path}，未作任何更改。请释放该磁盘上的空间后重试。</translation>
    </message>
    <message>
        <source>the disk holding {place} is full: the database {database} could not be written and nothing was changed. Free some space on that disk and try again.</source>
        <translation>{place} 所在的磁盘已满：无法写入数据库 {database}，未作任何更改。请释放该磁盘上的空间后重试。</translation>
    </message>
    <message>
        <source>the end date is before the designation date</source>
        <translation>结束日期早于指定日期</translation>
    </message>
    <message>
        <source>the end date {until} is before the start date {since}</source>
        <translation>结束日期 {until} 早于开始日期 {since}</translation>
    </message>
    <message>
        <source>the entry is damaged ({reason})</source>
        <translation>条目已损坏（{reason}）</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>条目已加密</translation>
    </message>
    <message>
        <source>the entry unpacks to more than its header declares</source>
        <translation>条目解压后的大小超过其标头声明的大小</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>该文件为 UTF-16 文本；请将其另存为 UTF-8（在 Excel 中：CSV UTF-8）</translation>
    </message>
    <message>
        <source>the file is too large ({size}; an update may be at most {cap})</source>
        <translation>文件过大（{size}；更新最多为 {cap}）</translation>
    </message>
    <message>
        <source>the file must hold one JSON object {{…}}, not {kind}</source>
        <translation>文件必须包含一个 JSON 对象 {{…}}，而不是{kind}</translation>
    </message>
    <message>
        <source>the first row of the manifest must name its two columns: {columns}</source>
        <translation>清单的第一行必须列出其两列的名称：{columns}</translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason})</source>
        <translation>无法读取文件夹（{reason}）</translation>
    </message>
    <message>
        <source>the folder holds no CSV files (manifest.csv and &lt;table&gt;.csv)</source>
        <translation>文件夹中没有 CSV 文件（manifest.csv 和 &lt;table&gt;.csv）</translation>
    </message>
    <message>
        <source>the folder holds too many CSV files (at most {most})</source>
        <translation>文件夹中的 CSV 文件过多（最多 {most} 个）</translation>
    </message>
    <message>
        <source>the item {code} belongs to the source {old}: an update cannot move it to {new}</source>
        <translation>条目 {code} 属于来源 {old}：更新不能将其移至 {new}</translation>
    </message>
    <message numerus="yes">
        <source>the item {code} is linked to {count} State(s): withdraw it (withdrawn_on) instead of deleting it</source>
        <translation>
            <numerusform>条目 {code} 已与 {count} 个国家关联：请撤回（withdrawn_on）而不要删除</numerusform>
        </translation>
    </message>
    <message>
        <source>the key ({key}) appears more than once</source>
        <translation>键（{key}）出现不止一次</translation>
    </message>
    <message>
        <source>the key appears more than once</source>
        <translation>该键出现不止一次</translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation>该键出现两次</translation>
    </message>
    <message>
        <source>the key index</source>
        <translation>密钥索引</translation>
    </message>
    <message>
        <source>the key is not valid JSON ({reason})</source>
        <translation>该键不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <source>the key must be a JSON object or &apos;name=value;name=value&apos;</source>
        <translation>键必须是 JSON 对象或“name=value;name=value”</translation>
    </message>
    <message>
        <source>the key {key_id} signs the updates of {owner}, not of {publisher}</source>
        <translation>密钥 {key_id} 签署的是 {owner} 的更新，而不是 {publisher} 的</translation>
    </message>
    <message>
        <source>the link of {code} to {state}</source>
        <translation>{code} 与{state}的关联</translation>
    </message>
    <message>
        <source>the list names an item twice</source>
        <translation>列表中有重复项</translation>
    </message>
    <message>
        <source>the manifest is empty</source>
        <translation>清单为空</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; appears more than once</source>
        <translation>名称“{name}”出现不止一次</translation>
    </message>
    <message>
        <source>the name of a trusted key cannot be empty</source>
        <translation>受信任密钥的名称不能为空</translation>
    </message>
    <message numerus="yes">
        <source>the name of a trusted key is limited to {most} characters</source>
        <translation>
            <numerusform>受信任密钥的名称最多 {most} 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>the part {part} is missing</source>
        <translation>缺少部件 {part}</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>密码短语为空</translation>
    </message>
    <message>
        <source>the person #{id}</source>
        <translation>人员 #{id}</translation>
    </message>
    <message>
        <source>the private and the public key need two different files</source>
        <translation>私钥和公钥需要两个不同的文件</translation>
    </message>
    <message>
        <source>the questionnaire&apos;s progress is a share from 0 to 1</source>
        <translation>问卷进度是 0 到 1 之间的比例</translation>
    </message>
    <message>
        <source>the request for assistance with {topic} of {on} ({state})</source>
        <translation>{on}关于“{topic}”的援助请求（{state}）</translation>
    </message>
    <message>
        <source>the review #{id}</source>
        <translation>审议 #{id}</translation>
    </message>
    <message>
        <source>the review group is 1, 2 or 3</source>
        <translation>审议组为 1、2 或 3</translation>
    </message>
    <message>
        <source>the review is already at {stage}</source>
        <translation>审议已处于“{stage}”阶段</translation>
    </message>
    <message>
        <source>the review of {state}, group {group}, cluster {cluster}</source>
        <translation>{state}的审议，第{group}组，专题组 {cluster}</translation>
    </message>
    <message>
        <source>the review would be at this stage since {on}, before its latest stage change ({stage} on {latest_on}); give a later date, or delete that stage change in the same update</source>
        <translation>审议将自 {on} 起处于该阶段，早于其最近一次阶段变更（{latest_on} 转入“{stage}”）；请给出更晚的日期，或在同一更新中删除该阶段变更</translation>
    </message>
    <message>
        <source>the review {review}</source>
        <translation>审议 {review}</translation>
    </message>
    <message>
        <source>the review {review} is not suspended, but would keep a reason for a suspension</source>
        <translation>审议 {review} 未暂停，但会保留暂停原因</translation>
    </message>
    <message>
        <source>the review {review} would be at the stage {stage} since {since} with no stage change recorded</source>
        <translation>审议 {review} 将自 {since} 起处于“{stage}”阶段，但没有记录阶段变更</translation>
    </message>
    <message>
        <source>the review {review} would be at the stage {stage} since {since}, but its latest stage change is to {latest_stage} on {latest_on}</source>
        <translation>审议 {review} 将自 {since} 起处于“{stage}”阶段，但其最近一次阶段变更是于 {latest_on} 转入“{latest_stage}”</translation>
    </message>
    <message>
        <source>the review {review}: self-assessment submitted on {on}</source>
        <translation>审议 {review}：自评于 {on} 提交</translation>
    </message>
    <message>
        <source>the schema of {database} is changed only by its owner role ({owner}); you connect as {role}. Ask the owner to run `fwgdesk db upgrade`; nothing was changed.</source>
        <translation>{database} 的架构只能由其所有者角色（{owner}）更改；您以 {role} 身份连接。请让所有者运行 `fwgdesk db upgrade`；未做任何更改。</translation>
    </message>
    <message>
        <source>the search text is empty</source>
        <translation>搜索文本为空</translation>
    </message>
    <message>
        <source>the self-assessment progress of the review {review} would be {value}, outside 0 to 1</source>
        <translation>审议 {review} 的自评进度将为 {value}，超出 0 到 1 的范围</translation>
    </message>
    <message>
        <source>the server of {database}</source>
        <translation>{database} 的服务器</translation>
    </message>
    <message>
        <source>the shared database {database} has schema {revision}; this version of fwgdesk needs schema {ours}. Everyone using it must then use this version: upgrade it with `fwgdesk db upgrade`, or ask its owner.</source>
        <translation>共享数据库 {database} 的架构为 {revision}；此版本的 fwgdesk 需要架构 {ours}。升级后所有使用者都必须使用此版本：请用 `fwgdesk db upgrade` 升级，或联系其所有者。</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has no part (no relationship &apos;{relationship}&apos;)</source>
        <translation>工作表“{sheet}”没有部件（没有关系“{relationship}”）</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has no part ({part})</source>
        <translation>工作表“{sheet}”没有部件（{part}）</translation>
    </message>
    <message numerus="yes">
        <source>the signature has {count} bytes; an Ed25519 signature has {expected}</source>
        <translation>
            <numerusform>签名有 {count} 个字节；Ed25519 签名应有 {expected} 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>the signature is missing or not text</source>
        <translation>签名缺失或不是文本</translation>
    </message>
    <message>
        <source>the signature is not valid base64</source>
        <translation>签名不是有效的 base64</translation>
    </message>
    <message numerus="yes">
        <source>the source {code} still has {count} catalogue item(s): delete or move them first</source>
        <translation>
            <numerusform>来源 {code} 仍有 {count} 个目录条目：请先删除或移走它们</numerusform>
        </translation>
    </message>
    <message>
        <source>the text holds an unpaired surrogate (U+D800 to U+DFFF): not valid Unicode</source>
        <translation>文本含有未配对的代理项（U+D800 至 U+DFFF）：不是有效的 Unicode</translation>
    </message>
    <message>
        <source>the text holds control characters</source>
        <translation>文本含有控制字符</translation>
    </message>
    <message>
        <source>the update both writes and deletes this {table} row</source>
        <translation>更新既写入又删除这条 {table} 记录</translation>
    </message>
    <message>
        <source>the update deletes the State &apos;{code}&apos;</source>
        <translation>该更新删除了国家“{code}”</translation>
    </message>
    <message>
        <source>the update says it is from {publisher}, whose updates are signed with the key {keys}: {signature}</source>
        <translation>该更新声称来自 {publisher}，其更新使用密钥 {keys} 签名：{signature}</translation>
    </message>
    <message>
        <source>the update says it is from {publisher}, whose updates are signed with the key {keys}; it is signed with another key</source>
        <translation>该更新声称来自 {publisher}，其更新使用密钥 {keys} 签名；但它是用另一个密钥签名的</translation>
    </message>
    <message numerus="yes">
        <source>the update was refused, {count} problem(s):
{problems}{more}</source>
        <translation>
            <numerusform>更新被拒绝，发现 {count} 个问题：
{problems}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>the update would break a rule: {problem}</source>
        <translation>更新将违反一条规则：{problem}</translation>
    </message>
    <message>
        <source>the {what} {path} cannot be written: the folder {folder} or the {what} is read-only; nothing was changed. Choose another folder.</source>
        <translation>无法写入{what} {path}：文件夹 {folder} 或该{what}为只读；未作任何更改。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>the {what} {path} is open in another program (a spreadsheet, a PDF viewer, a backup or sync tool?). Close it and try again; nothing was changed.</source>
        <translation>{what} {path} 已在另一程序中打开（电子表格、PDF 查看器、备份或同步工具？）。请将其关闭后重试；未作任何更改。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>there is no import to undo</source>
        <translation>没有可撤销的导入</translation>
    </message>
    <message>
        <source>these stage changes would leave the review {review} at {stage} while its latest stage change is to {latest}; give the review&apos;s new stage in the table reviews too</source>
        <translation>这些阶段变更将使审议 {review} 处于“{stage}”阶段，而其最近一次阶段变更是转入“{latest}”；请同时在 reviews 表中给出审议的新阶段</translation>
    </message>
    <message>
        <source>this column cannot be emptied: give a value, or leave the column out to keep the current one</source>
        <translation>此列不能为空：请提供一个值，或省略此列以保留当前值</translation>
    </message>
    <message>
        <source>too many entries for {what} (at most {most})</source>
        <translation>{what}中的条目过多（最多 {most} 个）</translation>
    </message>
    <message>
        <source>unknown State &apos;{iso3}&apos;</source>
        <translation>未知国家“{iso3}”</translation>
    </message>
    <message>
        <source>unknown State &apos;{iso3}&apos; (an ISO 3166 alpha-3 code)</source>
        <translation>未知国家“{iso3}”（应为 ISO 3166 alpha-3 代码）</translation>
    </message>
    <message>
        <source>unknown State code &apos;{code}&apos;</source>
        <translation>未知国家代码“{code}”</translation>
    </message>
    <message>
        <source>unknown State codes: {codes}</source>
        <translation>未知国家代码：{codes}</translation>
    </message>
    <message>
        <source>unknown States: {codes}</source>
        <translation>未知国家：{codes}</translation>
    </message>
    <message>
        <source>unknown catalogue code &apos;{code}&apos;</source>
        <translation>未知目录编号“{code}”</translation>
    </message>
    <message>
        <source>unknown catalogue codes: {codes}</source>
        <translation>未知目录编号：{codes}</translation>
    </message>
    <message>
        <source>unknown choice &apos;{keep}&apos; for what to keep of removed people (one of: {choices})</source>
        <translation>对已删除人员保留哪些数据的选项“{keep}”未知（可选：{choices}）</translation>
    </message>
    <message>
        <source>unknown column of {table}</source>
        <translation>{table} 的未知列</translation>
    </message>
    <message>
        <source>unknown format &apos;{container}&apos; (one of: {containers})</source>
        <translation>未知格式“{container}”（可选：{containers}）</translation>
    </message>
    <message>
        <source>unknown format &apos;{fmt}&apos; (one of: {formats})</source>
        <translation>未知格式“{fmt}”（可选：{formats}）</translation>
    </message>
    <message>
        <source>unknown key (not part of the update format)</source>
        <translation>未知的键（不属于更新格式）</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: choose one of {known}</source>
        <translation>未知语言“{language}”：请从以下选择：{known}</translation>
    </message>
    <message>
        <source>unknown manifest key (the keys are: {keys})</source>
        <translation>未知的清单键（有效的键为：{keys}）</translation>
    </message>
    <message>
        <source>unknown regional group &apos;{region}&apos;: choose one of {known}</source>
        <translation>未知区域组“{region}”：请从以下选择：{known}</translation>
    </message>
    <message>
        <source>unknown source document &apos;{code}&apos;: it must be in the database or in this update</source>
        <translation>未知来源文件 &apos;{code}&apos;：它必须在数据库或本更新中</translation>
    </message>
    <message>
        <source>unknown table &apos;{table}&apos;</source>
        <translation>未知表“{table}”</translation>
    </message>
    <message>
        <source>unknown theme &apos;{code}&apos; (the catalogue&apos;s themes: {known})</source>
        <translation>未知主题 &apos;{code}&apos;（目录主题：{known}）</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>unknown {kind} &apos;{value}&apos;: choose one of {known}</source>
        <translation>未知的{kind}“{value}”：请从以下选择：{known}</translation>
    </message>
    <message>
        <source>unsupported compression (method {method})</source>
        <translation>不受支持的压缩方法（{method}）</translation>
    </message>
    <message>
        <source>version {version} is not supported (this fwgdesk reads version {supported})</source>
        <translation>不支持版本 {version}（此版本的 fwgdesk 读取版本 {supported}）</translation>
    </message>
    <message>
        <source>you connect to {database} with a role that may only read: nothing can be changed here</source>
        <translation>您以只读角色连接到 {database}：此处无法进行任何更改</translation>
    </message>
    <message>
        <source>{change}</source>
        <translation>{change}</translation>
    </message>
    <message>
        <source>{code} is not linked to {iso3}</source>
        <translation>{code} 未与 {iso3} 关联</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>{count} bytes</source>
        <translation>
            <numerusform>{count} 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} change(s) look like damage rather than news: look at them before applying</source>
        <translation>
            <numerusform>有 {count} 处更改看起来像是损坏而非新信息：请在应用前查看</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} others</source>
        <translation>
            <numerusform>其他 {count} 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) of {table}</source>
        <translation>
            <numerusform>{table} 中的 {count} 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) point to rows that no longer exist ({problem}); run Check database (`fwgdesk db check`) to repair them</source>
        <translation>
            <numerusform>有 {count} 条记录指向已不存在的记录（{problem}）；请运行“检查数据库”（`fwgdesk db check`）进行修复</numerusform>
        </translation>
    </message>
    <message>
        <source>{database}: could not restore ({reason}); {kept} holds the database as it was</source>
        <translation>{database}：无法恢复（{reason}）；{kept} 中保存着原来的数据库</translation>
    </message>
    <message>
        <source>{database}: not a usable fwgdesk database ({reason})</source>
        <translation>{database}：不是可用的 fwgdesk 数据库（{reason}）</translation>
    </message>
    <message>
        <source>{database}: the database failed its check: {problem}.</source>
        <translation>{database}：数据库未通过检查：{problem}。</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>{folder} is on a network share ({kind}). SQLite&apos;s write-ahead log does not work over a network: two computers writing at once can damage the database. Keep the data folder on a local disk, or let the office share one PostgreSQL database (Settings, or --database).</source>
        <translation>{folder} 位于网络共享上（{kind}）。SQLite 的预写日志（write-ahead log）无法通过网络工作：两台计算机同时写入可能损坏数据库。请将数据文件夹放在本地磁盘上，或让办公室共用一个 PostgreSQL 数据库（“设置”或 --database）。</translation>
    </message>
    <message>
        <source>{folder}: the data folder is read-only, so fwgdesk cannot keep its database there. Choose another data folder in Settings, or start fwgdesk with --data-dir.</source>
        <translation>{folder}：数据文件夹为只读，fwgdesk 无法在其中保存数据库。请在“设置”中选择其他数据文件夹，或使用 --data-dir 启动 fwgdesk。</translation>
    </message>
    <message>
        <source>{iso3} already has a review in group {group}, cluster {cluster}</source>
        <translation>{iso3} 在第 {group} 组、专题组 {cluster} 中已有一项审议</translation>
    </message>
    <message>
        <source>{iso3} has no review in group {group}, cluster {cluster}</source>
        <translation>{iso3} 在第 {group} 组、专题组 {cluster} 中没有审议</translation>
    </message>
    <message>
        <source>{iso3} has several active focal points: {people}</source>
        <translation>{iso3} 有多名在任联络人：{people}</translation>
    </message>
    <message>
        <source>{iso3} would have more than one active focal point: {people}; end the earlier designation (ended_on) in the same update</source>
        <translation>{iso3} 将有不止一名在任联络人：{people}；请在同一更新中结束较早的指定（ended_on）</translation>
    </message>
    <message numerus="yes">
        <source>{iso3} would have {count} active focal points ({names}); end the designation of the earlier one first</source>
        <translation>
            <numerusform>{iso3} 将有 {count} 名在任联络人（{names}）；请先结束较早一名的指定</numerusform>
        </translation>
    </message>
    <message>
        <source>{iso3} would review itself in the review {review}</source>
        <translation>{iso3} 将在审议 {review} 中审议自身</translation>
    </message>
    <message>
        <source>{key} is not a key id (16 hexadecimal digits, as `fwgdesk keys list` shows them)</source>
        <translation>{key} 不是密钥 ID（应为 16 位十六进制数字，如 `fwgdesk keys list` 所示）</translation>
    </message>
    <message>
        <source>{name} (since {since})</source>
        <translation>{name}（自 {since} 起）</translation>
    </message>
    <message>
        <source>{name} ({state})</source>
        <translation>{name}（{state}）</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <translation>{name} 不是 JSON 数字</translation>
    </message>
    <message>
        <source>{name} is {iso3}&apos;s active focal point (since {since}); end that designation on a date to designate another</source>
        <translation>{name} 是 {iso3} 的在任联络人（自 {since} 起）；要指定另一人，请为该指定设定结束日期</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>{part}: XML with a document type or entity declarations</source>
        <translation>{part}：含有文档类型或实体声明的 XML</translation>
    </message>
    <message>
        <source>{part}: not well-formed XML ({reason})</source>
        <translation>{part}：格式不正确的 XML（{reason}）</translation>
    </message>
    <message>
        <source>{path} is a file: --split writes one file per State into a folder</source>
        <translation>{path} 是文件：--split 会将每个国家的文件分别写入一个文件夹</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .pdf</source>
        <translation>{path} 是文件夹：请给出以 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .pdf, or use --split</source>
        <translation>{path} 是文件夹：请给出以 .pdf 结尾的文件名，或使用 --split</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a regular file: an update is read from regular files only</source>
        <translation>{path} 是{kind}，不是普通文件：更新只能从普通文件读取</translation>
    </message>
    <message>
        <source>{path}: a file name holding a line break</source>
        <translation>{path}：文件名中含有换行符</translation>
    </message>
    <message>
        <source>{path}: a symbolic link in a signed folder</source>
        <translation>{path}：已签名文件夹中的符号链接</translation>
    </message>
    <message>
        <source>{path}: already exists; it is not overwritten</source>
        <translation>{path}：已存在；不会覆盖</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: holds key {found}, not {expected}</source>
        <translation>{path}：包含密钥 {found}，而不是 {expected}</translation>
    </message>
    <message>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}：是文件夹，而不是{what}</translation>
    </message>
    <message>
        <source>{path}: is a private key; trust the public key (.pub) and keep the private key secret</source>
        <translation>{path}：是私钥；请信任公钥（.pub），并对私钥保密</translation>
    </message>
    <message>
        <source>{path}: is a public key; signing needs the private key (.key)</source>
        <translation>{path}：是公钥；签名需要私钥（.key）</translation>
    </message>
    <message>
        <source>{path}: made by another version of fwgdesk (schema {revision})</source>
        <translation>{path}：由其他版本的 fwgdesk 创建（架构 {revision}）</translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than {most} files</source>
        <translation>
            <numerusform>{path}：超过 {most} 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: must hold a JSON object {{key_id: name}}</source>
        <translation>{path}：必须包含 JSON 对象 {{key_id: name}}</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}：没有此备份文件</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：没有此文件</translation>
    </message>
    <message>
        <source>{path}: not a PEM private key ({reason})</source>
        <translation>{path}：不是 PEM 私钥（{reason}）</translation>
    </message>
    <message>
        <source>{path}: not a PEM public key</source>
        <translation>{path}：不是 PEM 公钥</translation>
    </message>
    <message>
        <source>{path}: not a sound SQLite database ({reason})</source>
        <translation>{path}：不是完好的 SQLite 数据库（{reason}）</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 key; update files are signed with Ed25519</source>
        <translation>{path}：不是 Ed25519 密钥；更新文件使用 Ed25519 签名</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 public key; update files are signed with Ed25519</source>
        <translation>{path}：不是 Ed25519 公钥；更新文件使用 Ed25519 签名</translation>
    </message>
    <message>
        <source>{path}: not an fwgdesk database ({reason})</source>
        <translation>{path}：不是 fwgdesk 数据库（{reason}）</translation>
    </message>
    <message>
        <source>{path}: the names of the trusted keys cannot be read; fix or delete it ({reason})</source>
        <translation>{path}：无法读取受信任密钥的名称；请修正或删除该文件（{reason}）</translation>
    </message>
    <message>
        <source>{path}: the output file name must end in .pdf</source>
        <translation>{path}：输出文件名必须以 .pdf 结尾</translation>
    </message>
    <message>
        <source>{path}: the passphrase file is empty</source>
        <translation>{path}：密码短语文件为空</translation>
    </message>
    <message>
        <source>{path}: the passphrase file is not UTF-8 text</source>
        <translation>{path}：密码短语文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{path}: the private key is protected by a passphrase; give it with --passphrase-file</source>
        <translation>{path}：私钥受密码短语保护；请用 --passphrase-file 提供</translation>
    </message>
    <message>
        <source>{path}: the settings file cannot be read ({reason})</source>
        <translation>{path}：无法读取设置文件（{reason}）</translation>
    </message>
    <message>
        <source>{path}: the settings file must hold a JSON object</source>
        <translation>{path}：设置文件必须包含一个 JSON 对象</translation>
    </message>
    <message numerus="yes">
        <source>{path}: too large for {what} (more than {most} bytes)</source>
        <translation>
            <numerusform>{path}：对于{what}而言过大（超过 {most} 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: wrong passphrase, or the key file is damaged</source>
        <translation>{path}：密码短语错误，或密钥文件已损坏</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{problem} It was restored from the backup made before.</source>
        <translation>{problem}数据库已从之前所作的备份恢复。</translation>
    </message>
    <message>
        <source>{problem} No good backup was found.</source>
        <translation>{problem}未找到完好的备份。</translation>
    </message>
    <message>
        <source>{problem} The newest good backup is {backup}: restore it with `fwgdesk db restore {backup}`.</source>
        <translation>{problem}最新的完好备份为 {backup}：请用 `fwgdesk db restore {backup}` 恢复。</translation>
    </message>
    <message>
        <source>{row} (exists again)</source>
        <translation>{row}（再次存在）</translation>
    </message>
    <message>
        <source>{signature}</source>
        <translation>{signature}</translation>
    </message>
    <message>
        <source>{signature} — confirm to import it anyway</source>
        <translation>{signature} — 确认后仍将导入</translation>
    </message>
    <message>
        <source>{signature}; run with --yes to import it anyway</source>
        <translation>{signature}；使用 --yes 运行以仍然导入</translation>
    </message>
    <message>
        <source>{size} GiB</source>
        <translation>{size} GiB</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} KiB</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>{user} on {host}</source>
        <translation>{host} 上的 {user}</translation>
    </message>
    <message>
        <source>{value} is above {maximum}</source>
        <translation>{value} 大于 {maximum}</translation>
    </message>
    <message>
        <source>{value} is below {minimum}</source>
        <translation>{value} 小于 {minimum}</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it; nothing was saved.
{changes}
Reload to see their change, or save yours over it.</source>
        <translation>自您打开{what}以来，他人已对其作了更改；未保存任何内容。
{changes}
请重新加载以查看他人的更改，或用您的更改覆盖。</translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing it:
{changes}
Saving will ask whether to keep their change or save yours over it.</source>
        <translation>在您编辑{what}期间，其他人修改了它：
{changes}
保存时将询问您是保留对方的修改，还是用您的修改覆盖。</translation>
    </message>
    <message>
        <source>{what} was removed by someone else since you opened it; nothing was saved.</source>
        <translation>自您打开{what}以来，他人已将其删除；未保存任何内容。</translation>
    </message>
    <message>
        <source>{what} was removed by someone else while you were editing it; it can no longer be saved.</source>
        <translation>在您编辑{what}期间，其他人删除了它；已无法保存。</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>• added ({who}, {at})</source>
        <translation>• 新增（{who}，{at}）</translation>
    </message>
    <message>
        <source>• {field}: {old} → {new} ({who}, {at})</source>
        <translation>• {field}：{old} → {new}（{who}，{at}）</translation>
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
        <translation>；</translation>
    </message>
    <message>
        <source>Assistance with {topic} ({state}), asked on {date}</source>
        <translation>援助：{topic}（{state}），请求日期 {date}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>{code} ({state})</source>
        <translation>{code}（{state}）</translation>
    </message>
    <message>
        <source>{field} ({language})</source>
        <translation>{field}（{language}）</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>{name} ({state}), {role}</source>
        <translation>{name}（{state}），{role}</translation>
    </message>
    <message>
        <source>{reviewer}, reviewing {review}</source>
        <translation>{reviewer}，审议 {review}</translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence}{next}</translation>
    </message>
    <message>
        <source>{stage} on {date}: {review}</source>
        <translation>{stage}，{date}：{review}</translation>
    </message>
    <message>
        <source>{state}, group {group}, cluster {cluster}</source>
        <translation>{state}，第{group}组，专题组 {cluster}</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Could not redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>无法撤销</translation>
    </message>
</context>
</TS>
