<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActionDoneDialog</name>
    <message>
        <source>Corrective action done</source>
        <translation>整改措施完成</translation>
    </message>
    <message>
        <source>{action}
Owner: {owner}; due on {due}.</source>
        <translation>{action}
責任人：{owner}；期限：{due}。</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>完成日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>標記完成(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
</context>
<context>
    <name>AddFloorDialog</name>
    <message>
        <source>Add a floor</source>
        <translation>新增樓層</translation>
    </message>
    <message>
        <source>&amp;Level (−1 = B1):</source>
        <translation>層號(&amp;L)（−1 = B1）：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>empty: as usual, e.g. 21F or B2</source>
        <translation>留空：依慣例，如 21F 或 B2</translation>
    </message>
    <message>
        <source>There is no floor 0.</source>
        <translation>沒有第 0 層。</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <source>Add a unit on {floor}</source>
        <translation>在 {floor} 新增單元</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>單元號(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>面積(&amp;A)（m²）：</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>使用者名稱(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Tell the new user this password; they choose their own at the first log-in.</source>
        <translation>請將此密碼告知新使用者；其首次登入時須自行設定新密碼。</translation>
    </message>
</context>
<context>
    <name>AdditionsModel</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>將新增的內容</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服務品質</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>收費價格</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司評價</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意見和建議</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>填表日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Not saved: type all three scores</source>
        <translation>未儲存：請填齊三項評分</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回覆</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5, not “{value}”.</source>
        <translation>評分須為 1 至 5 的整數，不能是「{value}」。</translation>
    </message>
</context>
<context>
    <name>AppraisalDialog</name>
    <message>
        <source>Appraisal of files past their retention</source>
        <translation>到期檔案鑑定</translation>
    </message>
    <message>
        <source>Retention run out by:</source>
        <translation>保管期限截至：</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>銷毀(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep longer…</source>
        <translation>延長保管(&amp;K)…</translation>
    </message>
    <message>
        <source>Appraisal opinion (鉴定意见)</source>
        <translation>鑑定意見</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>提交審批(&amp;S)</translation>
    </message>
    <message>
        <source>Due for appraisal</source>
        <translation>到期待鑑定</translation>
    </message>
    <message>
        <source>Manager &amp;signs here…</source>
        <translation>部門經理在此簽批(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Record destruction…</source>
        <translation>登記銷毀(&amp;R)…</translation>
    </message>
    <message>
        <source>Print &amp;form…</source>
        <translation>列印審批表(&amp;F)…</translation>
    </message>
    <message>
        <source>Print r&amp;egister…</source>
        <translation>列印銷毀清冊(&amp;E)…</translation>
    </message>
    <message>
        <source>Destruction lists</source>
        <translation>銷毀清冊</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) due, {boxes}</source>
        <translation>
            <numerusform>到期 %n 卷，其中整盒 {boxes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whole box(es)</source>
        <translation>
            <numerusform>%n 盒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destruction list {number} recorded: %n file(s), {scans} deleted.</source>
        <translation>
            <numerusform>銷毀清冊 {number} 已登記銷毀：%n 卷，刪除 {scans}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n 個掃描檔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) could not be deleted; Check lists them.</source>
        <translation>
            <numerusform>有 %n 個掃描檔未能刪除，「檢查」會列出它們。</numerusform>
        </translation>
    </message>
    <message>
        <source>Destruction approval form {number}</source>
        <translation>檔案資料銷毀審批表 {number}</translation>
    </message>
    <message>
        <source>Destruction register {number}</source>
        <translation>銷毀清冊 {number}</translation>
    </message>
</context>
<context>
    <name>ApprovalsWaitingWindow</name>
    <message>
        <source>Approvals waiting</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>&amp;Note (needed to refuse):</source>
        <translation>備註（不批准時必填）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>不批准(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for your decision.</source>
        <translation>
            <numerusform>有 %n 項申請等待您審批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision.</source>
        <translation>沒有等待您審批的申請。</translation>
    </message>
    <message>
        <source>To approve, type the list number {number}:</source>
        <translation>如同意，請輸入清冊編號 {number}：</translation>
    </message>
    <message>
        <source>Type the list number {number} to approve its destruction.</source>
        <translation>請輸入清冊編號 {number} 以批准銷毀。</translation>
    </message>
</context>
<context>
    <name>ArchiveBrowser</name>
    <message>
        <source>Archive browser</source>
        <translation>歸檔瀏覽</translation>
    </message>
    <message>
        <source>Company, former name, unit, file number, document title…</source>
        <translation>單位名稱、曾用名、單元、案卷號、文件題名…</translation>
    </message>
    <message>
        <source>&amp;Search the archive:</source>
        <translation>在歸檔中查找(&amp;S)：</translation>
    </message>
    <message>
        <source>Print box &amp;directory</source>
        <translation>列印案卷目錄(&amp;D)</translation>
    </message>
    <message>
        <source>Print box &amp;labels</source>
        <translation>列印檔案盒標籤(&amp;L)</translation>
    </message>
    <message>
        <source>Print &amp;box</source>
        <translation>列印整盒(&amp;B)</translation>
    </message>
    <message>
        <source>Print &amp;year</source>
        <translation>列印全年(&amp;Y)</translation>
    </message>
    <message>
        <source>Print year di&amp;rectory</source>
        <translation>列印年度盒目錄(&amp;R)</translation>
    </message>
    <message>
        <source>Print &amp;hand-over list…</source>
        <translation>列印移交清單(&amp;H)…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查找結果</translation>
    </message>
    <message>
        <source>No box chosen</source>
        <translation>未選擇檔案盒</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>盒脊</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>File numbers</source>
        <translation>案卷號</translation>
    </message>
    <message>
        <source>Boxed</source>
        <translation>裝盒</translation>
    </message>
    <message>
        <source>e.g. archive room, cabinet 3, shelf 2</source>
        <translation>例如：檔案室 3 號櫃 2 層</translation>
    </message>
    <message>
        <source>Sa&amp;ve place</source>
        <translation>儲存位置(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;helf location:</source>
        <translation>存放位置(&amp;H)：</translation>
    </message>
    <message>
        <source>Double-click a dossier to open it</source>
        <translation>雙擊案卷即可開啟</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>Found in the archive: “{text}”</source>
        <translation>歸檔查找結果：「{text}」</translation>
    </message>
    <message numerus="yes">
        <source>{number} — %n dossier(s)</source>
        <translation>
            <numerusform>{number} — %n 卷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{year} (%n box(es))</source>
        <translation>
            <numerusform>{year}（%n 盒）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es), {dossiers}</source>
        <translation>
            <numerusform>共 %n 盒，{dossiers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived dossier(s)</source>
        <translation>
            <numerusform>已歸檔 %n 卷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s), {documents}, {pages}</source>
        <translation>
            <numerusform>%n 卷，{documents}，{pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand-over list (%n box(es))</source>
        <translation>
            <numerusform>檔案移交清單（%n 盒）</numerusform>
        </translation>
    </message>
    <message>
        <source>No archive boxes yet: the annual archiving makes them (Archive ▸ Annual archiving…).</source>
        <translation>還沒有檔案盒：年度歸檔會產生檔案盒（歸檔 ▸ 年度歸檔…）。</translation>
    </message>
    <message>
        <source>Choose a box on the left</source>
        <translation>請在左側選擇檔案盒</translation>
    </message>
    <message>
        <source>Box {number}</source>
        <translation>檔案盒 {number}</translation>
    </message>
    <message>
        <source>{mm} mm, holds {capacity} pages</source>
        <translation>{mm} 毫米，容量 {capacity} 頁</translation>
    </message>
    <message>
        <source>{date} by {name}</source>
        <translation>{date}，{name}</translation>
    </message>
    <message>
        <source>{file_number} was destroyed on {date}; only its record remains.</source>
        <translation>{file_number} 已於 {date} 銷毀，僅保留其記錄。</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>找到：{count}</translation>
    </message>
    <message>
        <source>Nothing found in the archive</source>
        <translation>歸檔中沒有找到</translation>
    </message>
    <message>
        <source>Box directory {number}</source>
        <translation>案卷目錄 {number}</translation>
    </message>
    <message>
        <source>Box labels ({count})</source>
        <translation>檔案盒標籤（{count}）</translation>
    </message>
    <message>
        <source>Archive {year}</source>
        <translation>{year} 年度歸檔</translation>
    </message>
    <message>
        <source>Archive directory {year}</source>
        <translation>{year} 年度檔案盒目錄</translation>
    </message>
    <message>
        <source>Hand-over list {year}</source>
        <translation>{year}年度檔案移交清單</translation>
    </message>
</context>
<context>
    <name>ArchiveHitsModel</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>檔案盒</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>檔號</translation>
    </message>
    <message>
        <source>Unit(s)</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>匹配內容</translation>
    </message>
    <message>
        <source>Destroyed {date} (list {number})</source>
        <translation>已銷毀 {date}（銷毀清冊 {number}）</translation>
    </message>
</context>
<context>
    <name>ArchiveMenu</name>
    <message>
        <source>&amp;Archive</source>
        <translation>歸檔(&amp;A)</translation>
    </message>
    <message>
        <source>Annual &amp;archiving…</source>
        <translation>年度歸檔(&amp;A)…</translation>
    </message>
    <message>
        <source>Archive &amp;browser…</source>
        <translation>歸檔瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Archive &amp;settings (全宗, 档号)…</source>
        <translation>檔案設定（全宗、檔號）(&amp;S)…</translation>
    </message>
    <message>
        <source>A&amp;ppraisal…</source>
        <translation>到期鑑定(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ArchiveSettingsDialog</name>
    <message>
        <source>Archive settings</source>
        <translation>檔案設定</translation>
    </message>
    <message>
        <source>The fonds (全宗) is the organisation that keeps the record, such as the management company&apos;s customer-services department, not the building. A file&apos;s archival code (档号) is made from these settings when it is bound and never changes afterwards.</source>
        <translation>全宗是形成和保管檔案的組織，例如物業管理公司的客戶服務部，而不是大廈。案卷的檔號在裝訂時按這些設定產生，此後不再改變。</translation>
    </message>
    <message>
        <source>These are the defaults: the department manager has not confirmed them yet.</source>
        <translation>以下為預設設定：部門經理尚未確認。</translation>
    </message>
    <message>
        <source>Parts: {全宗号} {年度} {保管期限} {目录号} {案卷号:04}. {年度} and {案卷号} are needed; everything else is written as it is. The number counts within the fonds and year; per retention period when {保管期限} comes before {年度}.</source>
        <translation>可用部分：{全宗号} {年度} {保管期限} {目录号} {案卷号:04}。必須包含 {年度} 和 {案卷号}；其他文字按原樣寫入。案卷號在同一全宗、同一年度內連續編號；若 {保管期限} 位於 {年度} 之前，則每個保管期限分別編號。</translation>
    </message>
    <message>
        <source>Fonds &amp;name (全宗名称):</source>
        <translation>全宗名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Fonds &amp;code (全宗号):</source>
        <translation>全宗號(&amp;C)：</translation>
    </message>
    <message>
        <source>Catalo&amp;gue no. (目录号):</source>
        <translation>目錄號(&amp;G)：</translation>
    </message>
    <message>
        <source>Archival code &amp;pattern:</source>
        <translation>檔號格式(&amp;P)：</translation>
    </message>
    <message>
        <source>Retention codes:</source>
        <translation>保管期限代碼：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>範例：</translation>
    </message>
    <message>
        <source>&amp;Give old files their archival codes…</source>
        <translation>為舊案卷編製檔號(&amp;G)…</translation>
    </message>
    <message>
        <source>Only the department manager changes the archive settings.</source>
        <translation>只有部門經理可以修改檔案設定。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were bound before these settings existed and still have an old number; they get their archival code once, and keep the old one as 原编号.</source>
        <translation>
            <numerusform>有 %n 卷案卷在設定檔案參數之前裝訂，仍使用舊編號；可一次性為其編製檔號，舊編號保留為原編號。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWizard</name>
    <message>
        <source>Annual archiving</source>
        <translation>年度歸檔</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未作任何變更。</translation>
    </message>
    <message>
        <source>Archive {year}</source>
        <translation>{year} 年度歸檔</translation>
    </message>
    <message>
        <source>Box labels ({count})</source>
        <translation>檔案盒標籤（{count}）</translation>
    </message>
</context>
<context>
    <name>ArrearsModel</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>樓宇</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>{days} (¥)</source>
        <translation>{days}（元）</translation>
    </message>
    <message>
        <source>Total (¥)</source>
        <translation>合計（元）</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最早應繳日</translation>
    </message>
    <message>
        <source>Last chased</source>
        <translation>最近催款</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>ArrearsRegister</name>
    <message>
        <source>Arrears register</source>
        <translation>欠費登記表</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Print arrears &amp;notices…</source>
        <translation>列印催款通知單(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>截至(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>樓層(&amp;F)</translation>
    </message>
    <message>
        <source>O&amp;verdue more than</source>
        <translation>逾期超過(&amp;V)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message numerus="yes">
        <source>%n tenancy(ies) behind, ¥{total} overdue.</source>
        <translation>
            <numerusform>共 %n 戶欠費，逾期合計 ¥{total}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue more than %n day(s)</source>
        <translation>
            <numerusform>逾期超過 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditMenu</name>
    <message>
        <source>A&amp;udit log…</source>
        <translation>審計日誌(&amp;U)…</translation>
    </message>
    <message>
        <source>Read-only: views, prints and exports are not recorded in the audit log here.</source>
        <translation>唯讀：此處的查閱、列印和匯出不會記入審計日誌。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name}（{login}）</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Viewed</source>
        <translation>查閱</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>退租</translation>
    </message>
    <message>
        <source>Notice of moving out</source>
        <translation>退租通知</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>裝訂</translation>
    </message>
    <message>
        <source>Put into an archive box</source>
        <translation>裝入檔案盒</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Scans attached</source>
        <translation>附加掃描檔</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移至回收筒</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Refiled</source>
        <translation>重新歸檔</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>Locked after wrong passwords</source>
        <translation>密碼錯誤次數過多，已鎖定</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用帳戶</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>啟用帳戶</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解除鎖定</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>修改本人密碼</translation>
    </message>
    <message>
        <source>Masked value revealed</source>
        <translation>查看被遮蓋的資訊</translation>
    </message>
    <message>
        <source>Typo corrected</source>
        <translation>更正筆誤</translation>
    </message>
    <message>
        <source>Approval asked for</source>
        <translation>提交審批申請</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>撤回申請</translation>
    </message>
    <message>
        <source>Approval used</source>
        <translation>按批准辦理</translation>
    </message>
    <message>
        <source>Manager&apos;s own decision</source>
        <translation>經理直接決定</translation>
    </message>
    <message>
        <source>Approved and used by the manager</source>
        <translation>經理批准並辦理</translation>
    </message>
    <message>
        <source>Loan asked for</source>
        <translation>申請借閱</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Loan returned</source>
        <translation>借閱歸還</translation>
    </message>
    <message>
        <source>Proposed for destruction</source>
        <translation>提出銷毀</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已銷毀</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已改名</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>已改號</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Made by merging units</source>
        <translation>由單元合併而成</translation>
    </message>
    <message>
        <source>Made by splitting a unit</source>
        <translation>由單元拆分而成</translation>
    </message>
    <message>
        <source>Given its archival code (the old number kept)</source>
        <translation>編製檔號（保留原編號）</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Monthly charges generated</source>
        <translation>產生月度費用</translation>
    </message>
    <message>
        <source>Rate set</source>
        <translation>設定費率</translation>
    </message>
    <message>
        <source>Deposit received</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退還</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>扣留</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>紅沖</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Meter readings taken in</source>
        <translation>錄入抄表讀數</translation>
    </message>
    <message>
        <source>Payments taken in</source>
        <translation>批量錄入收款</translation>
    </message>
    <message>
        <source>Left the company</source>
        <translation>離職</translation>
    </message>
    <message>
        <source>Rejoined the company</source>
        <translation>重新到職</translation>
    </message>
    <message>
        <source>Card, key or permit linked</source>
        <translation>關聯門禁卡、鑰匙或停車證</translation>
    </message>
    <message>
        <source>Link undone</source>
        <translation>取消關聯</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已收回</translation>
    </message>
    <message>
        <source>Authority ended</source>
        <translation>授權終止</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Manager&apos;s note</source>
        <translation>經理意見</translation>
    </message>
    <message>
        <source>Signed at the desk</source>
        <translation>經理現場簽批</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>申請類別</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>申請事項</translation>
    </message>
    <message>
        <source>Unit number</source>
        <translation>單元號</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Floor name</source>
        <translation>樓層名稱</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>層號</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面積（m²）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>To</source>
        <translation>改為</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>合併自</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>併入</translation>
    </message>
    <message>
        <source>Split into</source>
        <translation>拆分為</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>程式視窗</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <source>the start-up self-test</source>
        <translation>啟動自檢</translation>
    </message>
    <message>
        <source>the benchmark</source>
        <translation>效能測試</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密碼錯誤</translation>
    </message>
    <message>
        <source>unknown login</source>
        <translation>無此使用者</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>帳戶已鎖定</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>帳戶已停用</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>租約</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>大廈</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Unit list</source>
        <translation>單元列表</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Dossier labels</source>
        <translation>檔案標牌</translation>
    </message>
    <message>
        <source>Archive box</source>
        <translation>檔案盒</translation>
    </message>
    <message>
        <source>Year&apos;s archive</source>
        <translation>年度歸檔</translation>
    </message>
    <message>
        <source>Move-in checklist</source>
        <translation>入住資料清單</translation>
    </message>
    <message>
        <source>Scans folder</source>
        <translation>掃描檔資料夾</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>列印件</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借閱</translation>
    </message>
    <message>
        <source>Loan list</source>
        <translation>借閱列表</translation>
    </message>
    <message>
        <source>Loan register</source>
        <translation>檔案借閱登記表</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>審批</translation>
    </message>
    <message>
        <source>Destruction list</source>
        <translation>銷毀清冊</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收費項目</translation>
    </message>
    <message>
        <source>Fee settings</source>
        <translation>收費設定</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>應收費用</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>抄表讀數</translation>
    </message>
    <message>
        <source>Arrears chase</source>
        <translation>催款記錄</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠費</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>滿意度調查</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>調查問卷</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Card, key or permit</source>
        <translation>門禁卡、鑰匙或停車證</translation>
    </message>
    <message>
        <source>Authorised signatory</source>
        <translation>授權人</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>印鑑樣本</translation>
    </message>
    <message>
        <source>the dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>the unit list</source>
        <translation>單元列表</translation>
    </message>
    <message>
        <source>dossier labels</source>
        <translation>檔案標牌</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <source>the year&apos;s archive</source>
        <translation>年度歸檔</translation>
    </message>
    <message>
        <source>an archive box</source>
        <translation>檔案盒</translation>
    </message>
    <message>
        <source>the loan list</source>
        <translation>借閱列表</translation>
    </message>
    <message>
        <source>the destruction approval form</source>
        <translation>檔案資料銷毀審批表</translation>
    </message>
    <message>
        <source>the destruction register</source>
        <translation>銷毀清冊</translation>
    </message>
    <message>
        <source>the files waiting for their archival codes</source>
        <translation>待編製檔號的案卷</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation>收款收據</translation>
    </message>
    <message>
        <source>a statement</source>
        <translation>對帳單</translation>
    </message>
    <message>
        <source>arrears notices</source>
        <translation>催款通知單</translation>
    </message>
    <message>
        <source>the month-end summary of fees</source>
        <translation>費用月末彙總表</translation>
    </message>
    <message>
        <source>the arrears list</source>
        <translation>欠費清單</translation>
    </message>
    <message>
        <source>the satisfaction survey</source>
        <translation>滿意度調查</translation>
    </message>
    <message>
        <source>the satisfaction survey report</source>
        <translation>滿意度調查報告</translation>
    </message>
    <message>
        <source>the return visits due</source>
        <translation>應回訪清單</translation>
    </message>
    <message>
        <source>the monthly visit plan</source>
        <translation>月度回訪計畫</translation>
    </message>
    <message>
        <source>a visit record form</source>
        <translation>回訪記錄表</translation>
    </message>
    <message>
        <source>the customer&apos;s staff</source>
        <translation>客戶的員工</translation>
    </message>
    <message>
        <source>the cards and keys to recover</source>
        <translation>待收回的門禁卡和鑰匙</translation>
    </message>
    <message>
        <source>What: {what}</source>
        <translation>內容：{what}</translation>
    </message>
    <message>
        <source>Rows: {rows}</source>
        <translation>行數：{rows}</translation>
    </message>
    <message>
        <source>Pages: {pages}</source>
        <translation>頁數：{pages}</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>狀態：{old} → {new}</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit log</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <source>number or file number</source>
        <translation>檔案編號或案卷號</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>操作人(&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>操作(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>檔案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>至(&amp;U)</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name}（{login}）</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Views, prints and exports</source>
        <translation>查閱、列印和匯出</translation>
    </message>
    <message>
        <source>The newest {shown} of {total} entries.</source>
        <translation>共 {total} 筆，顯示最新的 {shown} 筆。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>共 %n 筆。</numerusform>
        </translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
</context>
<context>
    <name>AveragesModel</name>
    <message>
        <source>Group</source>
        <translation>分組</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服務品質</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>收費價格</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司評價</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全體客戶</translation>
    </message>
    <message>
        <source>Floor {floor}</source>
        <translation>樓層 {floor}</translation>
    </message>
    <message>
        <source>Use: {use}</source>
        <translation>用途：{use}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登記</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Backup</source>
        <translation>備份(&amp;B)</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>立即備份(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation>備份設定(&amp;S)…</translation>
    </message>
    <message>
        <source>A server database is restored with the command line, into an empty server database.</source>
        <translation>伺服器資料庫要用命令列還原到一個空的伺服器資料庫中。</translation>
    </message>
    <message>
        <source>Scans on the &amp;server…</source>
        <translation>伺服器上的掃描檔(&amp;S)…</translation>
    </message>
    <message>
        <source>No backup folder chosen: Backup ▸ Backup settings…</source>
        <translation>尚未選擇備份資料夾：備份 ▸ 備份設定…</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached</source>
        <translation>無法存取備份資料夾 {folder}</translation>
    </message>
    <message>
        <source>No verified backup yet: Backup ▸ Back up now…</source>
        <translation>尚無經過驗證的備份：備份 ▸ 立即備份…</translation>
    </message>
    <message>
        <source>Last verified backup {date}: back up now</source>
        <translation>最近一次經驗證的備份：{date}，請立即備份</translation>
    </message>
    <message>
        <source>Choose the backup folder (another disk or a USB stick)</source>
        <translation>選擇備份資料夾（另一顆磁碟或隨身碟）</translation>
    </message>
    <message>
        <source>A backup is running already.</source>
        <translation>已有備份正在進行。</translation>
    </message>
    <message>
        <source>Backing up and verifying…</source>
        <translation>正在備份並驗證…</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>關閉前正在備份…</translation>
    </message>
    <message>
        <source>Automatic backup…</source>
        <translation>正在自動備份…</translation>
    </message>
    <message>
        <source>Automatic backup verified: {folder}</source>
        <translation>自動備份已完成並通過驗證：{folder}</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: {folder}

%n scan(s): {copied} copied, {there} already in the backup folder; {written} written in {seconds} s.</source>
        <translation>
            <numerusform>備份已通過驗證：{folder}

掃描檔 %n 個：新複製 {copied} 個，{there} 個已在備份資料夾中；{seconds} 秒內寫入 {written}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup folder setting was left as it is (an administrator or the department manager chooses it).</source>
        <translation>備份資料夾設定維持不變（由系統管理員或客務部經理選擇）。</translation>
    </message>
    <message>
        <source>Made with pg_dump, PostgreSQL&apos;s own copy of the server database.</source>
        <translation>使用 pg_dump（PostgreSQL 內建的伺服器資料庫備份工具）製作。</translation>
    </message>
    <message>
        <source>Made as Dossier Desk&apos;s own export of the server database, because pg_dump could not be used ({reason}). It restores into an empty server database or into a new file.</source>
        <translation>由於無法使用 pg_dump（{reason}），本備份是 Dossier Desk 自行匯出的伺服器資料庫副本。它可以還原到空的伺服器資料庫，也可以還原為新的資料庫檔案。</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>備份失敗：{error}</translation>
    </message>
    <message>
        <source>The backup before closing failed: {error}

Close all the same?</source>
        <translation>關閉前的備份失敗：{error}

仍要關閉嗎？</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Finishing the backup, then closing…</source>
        <translation>正在完成備份，隨後關閉…</translation>
    </message>
    <message>
        <source>Restored the backup made {date} by {name} as {file}, verified.</source>
        <translation>已將 {name} 於 {date} 建立的備份還原為 {file}，並已通過驗證。</translation>
    </message>
    <message>
        <source>The file it replaced was backed up first to {folder}.</source>
        <translation>被取代的檔案已先備份到 {folder}。</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>現在開啟嗎？</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>備份設定</translation>
    </message>
    <message>
        <source>e.g. E:\Dossier backups (a second disk or a USB stick)</source>
        <translation>例如 E:\檔案備份（另一顆磁碟或隨身碟）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>Back up &amp;automatically: on the first start of each day and on closing</source>
        <translation>自動備份(&amp;A)：每天首次啟動時及關閉時</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Every desk working on this file and the command line use these settings. Choose a folder on another disk than the database: a backup on the same disk is lost with it.</source>
        <translation>使用此檔案的每台電腦和命令列都採用這些設定。請選擇與資料庫不在同一磁碟上的資料夾：同一磁碟上的備份會隨磁碟一同遺失。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <source>{date} by {name}, in {folder}</source>
        <translation>{date}，由 {name} 建立，位於 {folder}</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>備份資料夾(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Warn after:</source>
        <translation>提醒期限(&amp;W)：</translation>
    </message>
    <message>
        <source>Last verified backup:</source>
        <translation>最近一次經驗證的備份：</translation>
    </message>
    <message>
        <source>Only an administrator or the department manager changes the backup settings.</source>
        <translation>只有系統管理員或客務部經理可以變更備份設定。</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>選擇備份資料夾</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>建立者</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元數</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>檔案數</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件數</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>掃描檔數</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source> (before a restore)</source>
        <translation>（還原前）</translation>
    </message>
</context>
<context>
    <name>BehindModel</name>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少的資料</translation>
    </message>
    <message>
        <source>Use and area</source>
        <translation>用途與面積</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報修時間</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
</context>
<context>
    <name>BehindWindow</name>
    <message>
        <source>Double-click a row to open its dossier.</source>
        <translation>雙擊一行開啟其檔案。</translation>
    </message>
    <message>
        <source>Moved in, {month}</source>
        <translation>{month} 入住</translation>
    </message>
    <message>
        <source>Moved out, {month}</source>
        <translation>{month} 退租</translation>
    </message>
    <message>
        <source>Repairs reported, {month}</source>
        <translation>{month} 報修</translation>
    </message>
    <message>
        <source>Complaints received, {month}</source>
        <translation>{month} 投訴</translation>
    </message>
    <message>
        <source>Repairs still open</source>
        <translation>未完成的報修</translation>
    </message>
    <message>
        <source>Complaints still open</source>
        <translation>未結的投訴</translation>
    </message>
    <message>
        <source>Dossiers missing move-in papers</source>
        <translation>缺少入住資料的檔案</translation>
    </message>
    <message>
        <source>Units used as “{use}”</source>
        <translation>用途為「{use}」的單元</translation>
    </message>
    <message>
        <source>Units of {area} m²</source>
        <translation>面積 {area} m² 的單元</translation>
    </message>
    <message>
        <source>Units without a recorded area</source>
        <translation>未登記面積的單元</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>共 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BindDialog</name>
    <message>
        <source>Bind dossier</source>
        <translation>裝訂檔案</translation>
    </message>
    <message>
        <source>Bind {title}?

Its documents are numbered oldest first with their pages, it gets the archival code shown, and afterwards it no longer changes (only the department manager adds a late paper).</source>
        <translation>裝訂{title}？

其文件按時間從早到晚編件號和頁號，並獲得下方所示的檔號；此後不再更改（只有部門經理可以補充遲到的材料）。</translation>
    </message>
    <message>
        <source>&amp;Retention period:</source>
        <translation>保管期限(&amp;R)：</translation>
    </message>
    <message>
        <source>Archival code (档号):</source>
        <translation>檔號：</translation>
    </message>
    <message>
        <source>It has no documents: bind it &amp;empty all the same</source>
        <translation>本卷沒有文件：仍然裝訂為空卷(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have no page count: bind them &amp;without page numbers</source>
        <translation>
            <numerusform>有 %n 件文件未登記頁數：不編頁號照樣裝訂(&amp;W)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>裝訂(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BoxEntriesModel</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>檔號</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案卷題名</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>BoxesPage</name>
    <message>
        <source>Boxes</source>
        <translation>裝盒</translation>
    </message>
    <message>
        <source>Bound dossiers go into boxes by floor, one retention period a box, filled up to the capacity.</source>
        <translation>已裝訂的檔案按樓層裝盒，每盒只放同一保管期限，裝滿容量為止。</translation>
    </message>
    <message>
        <source>{mm} mm</source>
        <translation>{mm} 毫米</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> 頁</translation>
    </message>
    <message>
        <source>e.g. archive room, cabinet 3, shelf 2</source>
        <translation>例如：檔案室 3 號櫃 2 層</translation>
    </message>
    <message>
        <source>&amp;Spine width:</source>
        <translation>盒脊厚度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;helf location:</source>
        <translation>存放位置(&amp;H)：</translation>
    </message>
    <message>
        <source>Box plan {year}</source>
        <translation>{year} 年度裝盒計劃</translation>
    </message>
    <message>
        <source>Box / dossier</source>
        <translation>檔案盒 / 案卷</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>卷數</translation>
    </message>
    <message>
        <source>Pages / capacity</source>
        <translation>頁數 / 容量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>over capacity: a dossier thicker than the box</source>
        <translation>超出容量：單卷比檔案盒還厚</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) for {dossiers}.</source>
        <translation>
            <numerusform>{dossiers}，共裝 %n 盒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bound dossier(s)</source>
        <translation>
            <numerusform>%n 卷已裝訂檔案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) hold more than their capacity.</source>
        <translation>
            <numerusform>有 %n 盒超出容量。</numerusform>
        </translation>
    </message>
    <message>
        <source>No bound dossier to box: go back and bind them.</source>
        <translation>沒有可裝盒的已裝訂檔案：請返回上一步先裝訂。</translation>
    </message>
</context>
<context>
    <name>BuildingEditor</name>
    <message>
        <source>Building editor</source>
        <translation>樓宇編輯</translation>
    </message>
    <message>
        <source>Show &amp;retired floors and units</source>
        <translation>顯示已停用的樓層和單元(&amp;R)</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>樓宇：</translation>
    </message>
    <message>
        <source>Add &amp;floor…</source>
        <translation>新增樓層(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;name floor…</source>
        <translation>樓層改名(&amp;N)…</translation>
    </message>
    <message>
        <source>Retire floo&amp;r</source>
        <translation>停用樓層(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>新增單元(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation>修改單元(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;tire unit</source>
        <translation>停用單元(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合併(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>拆分(&amp;S)…</translation>
    </message>
    <message>
        <source>A unit or floor that ever had a tenant is retired, never deleted: its dossiers keep its number. Units are merged or split only while vacant.</source>
        <translation>曾有租戶的單元或樓層只停用、不刪除：其檔案保留原編號。單元只能在空置時合併或拆分。</translation>
    </message>
    <message>
        <source>Choose a floor in use.</source>
        <translation>請選擇一個在用的樓層。</translation>
    </message>
    <message>
        <source>Only a floor whose units are all retired or merged away can be retired.</source>
        <translation>只有單元全部停用或已合併的樓層才能停用。</translation>
    </message>
    <message>
        <source>Choose one unit in use.</source>
        <translation>請選擇一個在用的單元。</translation>
    </message>
    <message>
        <source>Choose one vacant unit.</source>
        <translation>請選擇一個空置單元。</translation>
    </message>
    <message>
        <source>Choose two or more vacant units (Ctrl+click).</source>
        <translation>請選擇兩個或更多空置單元（Ctrl+按一下）。</translation>
    </message>
    <message>
        <source>Unit {unit} has a tenancy ({tenant}).</source>
        <translation>單元 {unit} 有租約（{tenant}）。</translation>
    </message>
    <message>
        <source>Retire unit {unit}? It leaves the floor plan; its dossiers and history stay under its number.</source>
        <translation>停用單元 {unit}？它將不再顯示在樓層圖上；其檔案和歷史記錄仍保留在原單元號下。</translation>
    </message>
    <message>
        <source>Remove unit {unit}? It never had a tenant, so it is deleted.</source>
        <translation>刪除單元 {unit}？它從未有過租戶，因此將被刪除。</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Retire floor {floor}? It leaves the floor tabs; what was filed under it stays.</source>
        <translation>停用樓層 {floor}？它將不再顯示為樓層標籤；歸在該層下的資料保留不變。</translation>
    </message>
</context>
<context>
    <name>BuildingMenu</name>
    <message>
        <source>&amp;Building editor…</source>
        <translation>樓宇編輯(&amp;B)…</translation>
    </message>
    <message>
        <source>Only the department manager or an administrator changes the building&apos;s floors and units.</source>
        <translation>只有部門經理或管理員可以修改樓宇的樓層和單元。</translation>
    </message>
</context>
<context>
    <name>BundlesModel</name>
    <message>
        <source>Scanned file</source>
        <translation>掃描檔案</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>{file} (part {n} of {of})</source>
        <translation>{file}（第 {n} 份，共 {of} 份）</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>無封面</translation>
    </message>
    <message>
        <source>Blank cover</source>
        <translation>空白封面</translation>
    </message>
    <message>
        <source>Choose the dossier</source>
        <translation>請選擇檔案</translation>
    </message>
    <message>
        <source>To file</source>
        <translation>待歸檔</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Unit(s)</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>案卷號</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Departed tenancies</source>
        <translation>退租客戶</translation>
    </message>
    <message>
        <source>&amp;Retention for binding:</source>
        <translation>裝訂保管期限(&amp;R)：</translation>
    </message>
    <message>
        <source>Bind &amp;all</source>
        <translation>全部裝訂(&amp;A)</translation>
    </message>
    <message>
        <source>Bind every dossier listed as not bound: documents numbered oldest first, a file number each</source>
        <translation>裝訂所有未裝訂的檔案：卷內文件從早到晚編號，每卷一個案卷號</translation>
    </message>
    <message>
        <source>&amp;Leave unbound dossiers for later</source>
        <translation>未裝訂的檔案留待以後(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Print in-file directory…</source>
        <translation>列印卷內目錄(&amp;P)…</translation>
    </message>
    <message>
        <source>Cover, in-file directory and reference sheet of the selected dossier</source>
        <translation>所選檔案的封面、卷內目錄和備考表</translation>
    </message>
    <message>
        <source>Departed tenancies {year}</source>
        <translation>{year} 年退租客戶</translation>
    </message>
    <message>
        <source>Print lis&amp;t…</source>
        <translation>列印清單(&amp;T)…</translation>
    </message>
    <message>
        <source>Tenancies that ended in {year} and are not in a box yet. Bind them before boxing.</source>
        <translation>{year} 年退租、尚未裝盒的客戶。裝盒前先裝訂。</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s): {unbound} not bound, {bound} bound.</source>
        <translation>
            <numerusform>共 %n 卷：未裝訂 {unbound} 卷，已裝訂 {bound} 卷。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) out on loan, not in the cabinet: {dossiers}. Take them back first.</source>
        <translation>
            <numerusform>有 %n 份檔案借出未還，不在櫃中：{dossiers}。請先收回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bind %n dossier(s) of {year}? Their documents get item and page numbers and a file number each, and they no longer change.</source>
        <translation>
            <numerusform>裝訂 {year} 年的 %n 卷檔案？卷內文件將編上件號和頁號，每卷給出案卷號，裝訂後不能再更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) have documents without a page count (or none) and are left out: record the pages, or bind each from its dossier as it is.</source>
        <translation>
            <numerusform>有 %n 卷檔案含未登記頁數的文件（或沒有文件），未裝訂：請先登記頁數，或在該檔案中逐卷按現狀裝訂。</numerusform>
        </translation>
    </message>
    <message>
        <source>Binding the year&apos;s dossiers…</source>
        <translation>正在裝訂本年度的檔案…</translation>
    </message>
    <message numerus="yes">
        <source>Bound %n dossier(s): file numbers {first} to {last}.</source>
        <translation>
            <numerusform>已裝訂 %n 卷：案卷號 {first} 至 {last}。</numerusform>
        </translation>
    </message>
    <message>
        <source>In-file directory {number}</source>
        <translation>卷內目錄 {number}</translation>
    </message>
    <message>
        <source>Bind all</source>
        <translation>全部裝訂</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>裝訂(&amp;B)</translation>
    </message>
</context>
<context>
    <name>CareMenu</name>
    <message>
        <source>Return &amp;visits due…</source>
        <translation>應回訪客戶(&amp;V)…</translation>
    </message>
    <message>
        <source>Customer contact &amp;plans…</source>
        <translation>客戶聯絡計畫(&amp;P)…</translation>
    </message>
    <message>
        <source>Customer &amp;grade…</source>
        <translation>客戶等級(&amp;G)…</translation>
    </message>
    <message>
        <source>Record return &amp;visit…</source>
        <translation>登記回訪(&amp;V)…</translation>
    </message>
    <message>
        <source>Print return visit r&amp;ecord…</source>
        <translation>列印回訪記錄表(&amp;E)…</translation>
    </message>
    <message>
        <source>No return visit has been recorded for this tenancy yet.</source>
        <translation>此租約尚無回訪記錄。</translation>
    </message>
    <message>
        <source>Return visit record</source>
        <translation>回訪記錄表</translation>
    </message>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份列印件仍在產生，請稍後再試。</translation>
    </message>
    <message>
        <source>Customer grade saved.</source>
        <translation>客戶等級已儲存。</translation>
    </message>
    <message>
        <source>Return visit recorded.</source>
        <translation>回訪已登記。</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <source>All documents</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source>Every document of the dossier, newest first</source>
        <translation>檔案內的全部文件，最新的在前</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>變更我的密碼</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>目前密碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <source>{name}, your password was set by an administrator. Choose your own before you start.</source>
        <translation>{name}，您的密碼由系統管理員設定。開始工作前，請設定您自己的密碼。</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name}（{login}）</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Add one-off charge</source>
        <translation>新增一次性收費</translation>
    </message>
    <message>
        <source>&amp;Fee item:</source>
        <translation>收費項目(&amp;F)：</translation>
    </message>
    <message>
        <source>The tenancy as a whole</source>
        <translation>整個租戶（不分單元）</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單元(&amp;U)：</translation>
    </message>
    <message>
        <source>An a&amp;mount</source>
        <translation>按金額(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Quantity × rate</source>
        <translation>數量 × 單價(&amp;Q)</translation>
    </message>
    <message>
        <source>Charged as:</source>
        <translation>計費方式：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金額（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 3 (hours, cards)</source>
        <translation>如 3（小時、張）</translation>
    </message>
    <message>
        <source>Qua&amp;ntity:</source>
        <translation>數量(&amp;N)：</translation>
    </message>
    <message>
        <source>yuan each, e.g. 150.00</source>
        <translation>每單位元數，如 150.00</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>單價(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Period (YYYY-MM):</source>
        <translation>所屬期間（年-月）(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. after-hours air conditioning 18:00–22:00</source>
        <translation>如 加班空調 18:00–22:00</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>說明(&amp;D)：</translation>
    </message>
    <message>
        <source>There is no one-off fee item yet; the department manager sets them up.</source>
        <translation>還沒有一次性收費項目，請部門經理設定。</translation>
    </message>
    <message>
        <source>Quantity and rate must be more than 0.</source>
        <translation>數量和單價須大於 0。</translation>
    </message>
    <message>
        <source>Comes to {amount}.</source>
        <translation>合計 {amount}。</translation>
    </message>
</context>
<context>
    <name>ChargesModel</name>
    <message>
        <source>Period</source>
        <translation>所屬期間</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>樓宇</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收費項目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>Paid (¥)</source>
        <translation>已收（元）</translation>
    </message>
    <message>
        <source>Open (¥)</source>
        <translation>未收（元）</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>應繳日期</translation>
    </message>
</context>
<context>
    <name>ChargesRegister</name>
    <message>
        <source>Charges register</source>
        <translation>應收登記表</translation>
    </message>
    <message>
        <source>All fee items</source>
        <translation>全部收費項目</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>樓層(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>從(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>項目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): charged ¥{amount}, paid ¥{paid}, open ¥{open}.</source>
        <translation>
            <numerusform>共 %n 筆：應收 ¥{amount}，已收 ¥{paid}，未收 ¥{open}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChaseDialog</name>
    <message>
        <source>Log a chase</source>
        <translation>記錄催款</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Whom the desk spoke to</source>
        <translation>聯絡到的人</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>聯絡人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>&amp;Promised to pay by:</source>
        <translation>承諾付款日期(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ChasesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承諾付款日</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記錄人</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Move-in checklist</source>
        <translation>入住資料清單</translation>
    </message>
    <message>
        <source>The papers every new dossier must hold. Untick “In use” to retire an item; it is kept.</source>
        <translation>每份新檔案都必須具備的資料。取消勾選「使用中」可停用某一項；該項仍會保留。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>新增項目(&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>New paper</source>
        <translation>新資料</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose the workbook</source>
        <translation>選擇活頁簿</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>檢查(&amp;C)</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) with the sheets 房间, 客户, 租户, 档案文件 and 费用 — any of them, in any order. It is checked first; nothing is written unless every row is right.</source>
        <translation>Excel 活頁簿（.xlsx），含工作表 房间、客户、租户、档案文件、费用——有哪些都可以，順序不限。先檢查，每一列都正確才寫入。</translation>
    </message>
    <message>
        <source>The .xlsx file to import</source>
        <translation>要匯入的 .xlsx 檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Workbook</source>
        <translation>活頁簿(&amp;W)</translation>
    </message>
    <message>
        <source>Save the import template…</source>
        <translation>儲存匯入範本…</translation>
    </message>
    <message>
        <source>Start from the import template: it has the sheets and headers the import reads, lists of the allowed categories and how to fill each column. Your own spreadsheets work too when their headers say the same; extra columns are left out and named in the preview.</source>
        <translation>建議從匯入範本開始：範本含匯入所讀取的工作表和表頭、可選類別的下拉清單以及每一欄的填寫說明。辦公室自己的表格只要表頭相同也可以匯入；多出來的欄不讀取，並在預覽中列出。</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>從 Excel 匯入</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel 活頁簿 (*.xlsx *.xlsm);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>CodeChangesModel</name>
    <message>
        <source>Old number (原编号)</source>
        <translation>原編號</translation>
    </message>
    <message>
        <source>Archival code (档号)</source>
        <translation>檔號</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
</context>
<context>
    <name>CodesDialog</name>
    <message>
        <source>Give old files their archival codes</source>
        <translation>為舊案卷編製檔號</translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) get the archival code shown. Their old number stays as 原编号: it is printed small and still finds the file. This is done once and cannot be undone.</source>
        <translation>
            <numerusform>以下 %n 卷案卷將獲得所示檔號。舊編號保留為原編號：以小字列印，仍可用來查找案卷。此操作只做一次，不能撤銷。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Give the codes</source>
        <translation>編製檔號(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>責任部門</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Archive puts the dossiers into their boxes, all at once or nothing.</source>
        <translation>「歸檔」一次把所有檔案裝入檔案盒，要麼全部完成，要麼什麼都不改。</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>歸檔(&amp;A)</translation>
    </message>
    <message>
        <source>Year: {year}</source>
        <translation>年度：{year}</translation>
    </message>
    <message numerus="yes">
        <source>%n bound dossier(s) into {boxes} on {floors} ({names}).</source>
        <translation>
            <numerusform>%n 卷已裝訂檔案裝入 {boxes}，涉及 {floors}（{names}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new box(es)</source>
        <translation>
            <numerusform>%n 個新檔案盒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n floor(s)</source>
        <translation>
            <numerusform>%n 個樓層</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) stay unbound, for a later run.</source>
        <translation>
            <numerusform>%n 卷仍未裝訂，留待下次歸檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shelf location: {place}</source>
        <translation>存放位置：{place}</translation>
    </message>
    <message>
        <source>Putting the dossiers into archive boxes…</source>
        <translation>正在將檔案裝入檔案盒…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Document: “{title}”</source>
        <translation>文件：「{title}」</translation>
    </message>
    <message>
        <source>What should change, and why (the manager reads this)</source>
        <translation>要改什麼、為什麼（經理會看到）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>The request for “{title}” waits in the department manager&apos;s list; the change can be made once it is approved.</source>
        <translation>「{title}」的申請已進入部門經理的待審批列表；批准後即可修改。</translation>
    </message>
    <message>
        <source>“{title}”: why? (kept with the record)</source>
        <translation>「{title}」：原因？（隨記錄保存）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Contact — {name}</source>
        <translation>聯絡人 — {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. office manager</source>
        <translation>例如：辦公室主任</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>職務(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手機(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>Call in an &amp;emergency</source>
        <translation>緊急情況時聯絡(&amp;E)</translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation>緊急聯絡人：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Give a phone or a mobile number.</source>
        <translation>請填寫電話或手機號碼。</translation>
    </message>
</context>
<context>
    <name>ContactPlansDialog</name>
    <message>
        <source>Contact plans</source>
        <translation>聯絡計畫</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>{grade}: every</source>
        <translation>{grade}：間隔</translation>
    </message>
    <message>
        <source>{grade}: by</source>
        <translation>{grade}：方式</translation>
    </message>
    <message>
        <source>First year: a visit every month; after it: every quarter. A more frequent plan wins.</source>
        <translation>入住第一年每月回訪一次，以後每季度一次；等級計畫更頻繁的，按等級計畫。</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急聯絡人</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CorrectiveActionDialog</name>
    <message>
        <source>Corrective action ({year})</source>
        <translation>整改措施（{year}年）</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>項目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>整改措施(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>責任人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>經理審批</translation>
    </message>
    <message>
        <source>{who} asks: {what}.</source>
        <translation>{who} 申請：{what}。</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;login:</source>
        <translation>經理登入名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>意見(&amp;N)：</translation>
    </message>
    <message>
        <source>To approve, type the list number {number}:</source>
        <translation>如同意，請輸入清冊編號 {number}：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>不批准(&amp;R)</translation>
    </message>
    <message>
        <source>Type the list number {number} to approve its destruction.</source>
        <translation>請輸入清冊編號 {number} 以批准銷毀。</translation>
    </message>
    <message>
        <source>{name} is not the department manager and cannot approve.</source>
        <translation>{name} 不是部門經理，不能審批。</translation>
    </message>
</context>
<context>
    <name>CoverSheetsDialog</name>
    <message>
        <source>Print scan cover sheets</source>
        <translation>列印掃描封面</translation>
    </message>
    <message>
        <source>Cover sheets for</source>
        <translation>封面用於</translation>
    </message>
    <message>
        <source>Every live dossier on this floor ({floor})</source>
        <translation>本樓層每份在用檔案（{floor}）</translation>
    </message>
    <message>
        <source>No dossier: blank sheets, the dossier is chosen when filing</source>
        <translation>不指定檔案：空白封面，歸檔時再選擇檔案</translation>
    </message>
    <message>
        <source>One sheet each: {categories}</source>
        <translation>各列印一張：{categories}</translation>
    </message>
    <message>
        <source>Empty: a line to write the title on</source>
        <translation>不填：留橫線手寫題名</translation>
    </message>
    <message>
        <source>None: a line to write the date on</source>
        <translation>不填：留橫線手寫日期</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>類別(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>題名(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;opies of each sheet:</source>
        <translation>每張份數(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>預覽(&amp;P)…</translation>
    </message>
    <message>
        <source>This dossier: {number} in {units}</source>
        <translation>本檔案：{number}（{units}）</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to print.</source>
        <translation>
            <numerusform>共 %n 頁待列印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan cover sheets</source>
        <translation>掃描封面</translation>
    </message>
</context>
<context>
    <name>CoversMenu</name>
    <message>
        <source>Print sc&amp;an cover sheets…</source>
        <translation>列印掃描封面(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>CustomerCare</name>
    <message>
        <source>Key</source>
        <translation>重點</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>零散</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未定級</translation>
    </message>
    <message>
        <source>{grade} customer, since {day}</source>
        <translation>{grade}客戶（自 {day} 起）</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit in person</source>
        <translation>上門拜訪</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本滿意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer — {name}</source>
        <translation>客戶 — {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>The day the new name took effect, e.g. the date of the new licence.</source>
        <translation>新名稱生效的日期，例如新營業執照的核發日期。</translation>
    </message>
    <message>
        <source>Name &amp;valid from:</source>
        <translation>名稱生效日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>How closely the desk keeps in touch: the contact plan of this grade.</source>
        <translation>櫃檯與客戶保持聯絡的頻率：依此等級的聯絡計畫。</translation>
    </message>
    <message>
        <source>Customer grade:</source>
        <translation>客戶等級：</translation>
    </message>
    <message>
        <source>Credit code or &amp;ID number:</source>
        <translation>統一社會信用代碼或身分證號碼(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>Registered &amp;capital:</source>
        <translation>註冊資本(&amp;C)：</translation>
    </message>
    <message>
        <source>Nature of &amp;business:</source>
        <translation>公司性質(&amp;B)：</translation>
    </message>
    <message>
        <source>Indu&amp;stry:</source>
        <translation>行業(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Con&amp;tact person:</source>
        <translation>聯繫人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>A new name: the current one moves to the name history.</source>
        <translation>改名時：目前名稱移入名稱變更記錄。</translation>
    </message>
    <message>
        <source>The live dossier&apos;s label follows the new name.</source>
        <translation>使用中檔案的標牌將隨新名稱更新。</translation>
    </message>
    <message>
        <source>This file is open read-only, so looking at the number cannot be recorded: it stays masked.</source>
        <translation>此檔案以唯讀方式開啟，無法記錄查看操作，號碼仍保持遮蔽。</translation>
    </message>
    <message>
        <source>Type the whole ID number, or reveal it first and then correct it.</source>
        <translation>請輸入完整的身分證號碼，或先顯示全部再修改。</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>這不是有效的電子郵件地址。</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>A new customer, or one already known (found by name, former name or credit code).</source>
        <translation>新客戶，或已登記的客戶（可依名稱、曾用名稱或統一社會信用代碼搜尋）。</translation>
    </message>
    <message>
        <source>E&amp;xisting customer</source>
        <translation>既有客戶(&amp;X)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>新客戶(&amp;W)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名稱(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>Credit code or &amp;ID number:</source>
        <translation>統一社會信用代碼或身分證號碼(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Part of the name, a former name or the credit code</source>
        <translation>名稱的一部分、曾用名稱或統一社會信用代碼</translation>
    </message>
    <message>
        <source>formerly {names}</source>
        <translation>曾用名稱：{names}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Reading the figures…</source>
        <translation>正在讀取資料…</translation>
    </message>
    <message>
        <source>&amp;Print monthly report…</source>
        <translation>列印月度簡報(&amp;P)…</translation>
    </message>
    <message>
        <source>Occupancy by floor (units)</source>
        <translation>各樓層入住情況（單元）</translation>
    </message>
    <message>
        <source>Move-ins and move-outs, last 12 months</source>
        <translation>近12個月入住與退租</translation>
    </message>
    <message>
        <source>Repairs and complaints, last 12 months</source>
        <translation>近12個月報修與投訴</translation>
    </message>
    <message>
        <source>Arrears by days overdue (¥)</source>
        <translation>欠費帳齡（按逾期天數，元）</translation>
    </message>
    <message>
        <source>Units by area (m²)</source>
        <translation>單元面積分佈（m²）</translation>
    </message>
    <message>
        <source>Satisfaction by year (average, 1–5)</source>
        <translation>歷年滿意度（平均分，1–5）</translation>
    </message>
    <message>
        <source>Return visits due this week</source>
        <translation>本週應回訪</translation>
    </message>
    <message>
        <source>No return visit is due this week.</source>
        <translation>本週沒有應回訪的客戶。</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>登記回訪(&amp;R)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>統計截至 {day}</translation>
    </message>
    <message numerus="yes">
        <source>occupied ({occupied} of %n unit(s))</source>
        <translation>
            <numerusform>出租率（%n 個單元中 {occupied} 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>moved in this month</source>
        <translation>本月入住</translation>
    </message>
    <message>
        <source>moved out this month</source>
        <translation>本月退租</translation>
    </message>
    <message>
        <source>repairs this month</source>
        <translation>本月報修</translation>
    </message>
    <message>
        <source>repairs open</source>
        <translation>未完成報修</translation>
    </message>
    <message>
        <source>complaints this month</source>
        <translation>本月投訴</translation>
    </message>
    <message>
        <source>complaints open</source>
        <translation>未結投訴</translation>
    </message>
    <message>
        <source>dossiers missing papers</source>
        <translation>缺件檔案</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>欠費</translation>
    </message>
    <message>
        <source>loans due back this week</source>
        <translation>本週應還的借閱</translation>
    </message>
    <message>
        <source>loans overdue</source>
        <translation>逾期未還的借閱</translation>
    </message>
    <message>
        <source>return visits due this week</source>
        <translation>本週應回訪</translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform>（逾期 %n 戶）</numerusform>
        </translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Fitting out</source>
        <translation>裝修中</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>退租</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>報修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>欠費</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未登記</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Satisfaction by year: no survey yet</source>
        <translation>歷年滿意度：尚無調查</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務品質</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>收費價格</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司印象</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度簡報</translation>
    </message>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份列印件仍在產生，請稍後再試。</translation>
    </message>
</context>
<context>
    <name>DepositDecisionDialog</name>
    <message>
        <source>Refund or retain deposit</source>
        <translation>退還或扣留押金</translation>
    </message>
    <message>
        <source>De&amp;posit:</source>
        <translation>押金(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>退還(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;tain</source>
        <translation>扣留(&amp;T)</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>處理：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金額（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Retaining needs the department manager&apos;s approval.</source>
        <translation>扣留押金須經部門經理審批。</translation>
    </message>
    <message>
        <source>{kind} {amount} (still held {held})</source>
        <translation>{kind} {amount}（尚存 {held}）</translation>
    </message>
    <message>
        <source>No deposit of this tenant still holds money.</source>
        <translation>該客戶沒有尚未處理的押金。</translation>
    </message>
    <message>
        <source>Retain {amount} of the {kind} ({held} held): {reason}</source>
        <translation>扣留{kind} {amount}（尚存 {held}）：{reason}</translation>
    </message>
    <message>
        <source>The retention waits in the department manager&apos;s list; it can be made once it is approved.</source>
        <translation>扣留押金的申請已在部門經理的待審批列表中等候；經批准後即可辦理。</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Record deposit</source>
        <translation>登記押金</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>押金類別(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金額（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收取日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;ceipt no.:</source>
        <translation>收據號(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>交款人(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>DepositsModel</name>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收取日期</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收據號</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退還</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>已扣留</translation>
    </message>
    <message>
        <source>Still held</source>
        <translation>尚存</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>{date} {what} {amount} by {who}{reason}</source>
        <translation>{date} {what} {amount}，經辦 {who}{reason}</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收取日期</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收據號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>Refunded (¥)</source>
        <translation>已退（元）</translation>
    </message>
    <message>
        <source>Retained (¥)</source>
        <translation>扣留（元）</translation>
    </message>
    <message>
        <source>Held (¥)</source>
        <translation>在押（元）</translation>
    </message>
</context>
<context>
    <name>DepositsRegister</name>
    <message>
        <source>Deposits register</source>
        <translation>押金登記表</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>樓層(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>%n deposit(s): ¥{amount} received; held ¥{held}, refunded ¥{refunded}, retained ¥{retained}.</source>
        <translation>
            <numerusform>共 %n 筆押金：收取 ¥{amount}；在押 ¥{held}，已退 ¥{refunded}，扣留 ¥{retained}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Choose scans</source>
        <translation>選擇掃描檔</translation>
    </message>
    <message>
        <source>Scans ({patterns})</source>
        <translation>掃描檔 ({patterns})</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>新增文件</translation>
    </message>
    <message>
        <source>Original document — {title}</source>
        <translation>原件 — {title}</translation>
    </message>
    <message>
        <source>Edit document — {title}</source>
        <translation>編輯文件 — {title}</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>類別(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>題名(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reference no.:</source>
        <translation>文號(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>責任者(&amp;I)：</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未計頁數</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>頁數(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Original (never changed afterwards)</source>
        <translation>原件(&amp;O)（錄入後不可更改）</translation>
    </message>
    <message>
        <source>why it changes (kept with the previous version)</source>
        <translation>修改原因（與上一版本一起保存）</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>修改原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Correct &amp;typo…</source>
        <translation>更正筆誤(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>版本歷史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every version of this document: who changed it, when and why</source>
        <translation>此文件的每個版本：誰、何時、為何修改</translation>
    </message>
    <message>
        <source>Originals are never changed. An obvious typo can be corrected with the department manager&apos;s approval.</source>
        <translation>原件不可更改；如有明顯筆誤，請經理批准更正。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>e.g. cabinet 3, shelf 2</source>
        <translation>例如：3 號櫃第 2 層</translation>
    </message>
    <message>
        <source>Paper &amp;location:</source>
        <translation>紙本存放位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Add &amp;scans…</source>
        <translation>新增掃描檔(&amp;S)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation>掃描檔：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Correct an obvious typo, with the department manager&apos;s approval; the present version is kept</source>
        <translation>經部門經理批准更正明顯筆誤；現有版本會保留</translation>
    </message>
    <message>
        <source>This dossier can no longer change here.</source>
        <translation>此檔案在這裡已不能更改。</translation>
    </message>
    <message>
        <source>Correct a typo — {title}</source>
        <translation>更正筆誤 — {title}</translation>
    </message>
    <message>
        <source>Correct only an obvious typo. The present version is kept and stays visible in the document&apos;s history; the department manager approves the correction.</source>
        <translation>只更正明顯筆誤。現有版本會保留，可在文件的版本歷史中查看；更正須經部門經理批准。</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>儲存更正</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{file} ({pages} p.)</source>
        <translation>{file}（{pages} 頁）</translation>
    </message>
</context>
<context>
    <name>DocumentHistoryDialog</name>
    <message>
        <source>History of “{title}”</source>
        <translation>「{title}」的版本歷史</translation>
    </message>
    <message>
        <source>Every version of this document, newest first: each earlier version with the change that replaced it, who made it, when and why.</source>
        <translation>此文件的每個版本，最新的在前：每個舊版本都註明替換它的修改、修改人、時間和原因。</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>文號</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Original / working copy</source>
        <translation>原件/工作件</translation>
    </message>
    <message>
        <source>Paper location</source>
        <translation>紙本存放位置</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>掃描檔</translation>
    </message>
    <message>
        <source>Item (pages)</source>
        <translation>件號（頁號）</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>工作件</translation>
    </message>
    <message>
        <source>{item} ({pages})</source>
        <translation>{item}（{pages}）</translation>
    </message>
    <message>
        <source>{item}, added later</source>
        <translation>{item}，補充</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>詳細資料(&amp;D)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移至回收筒(&amp;T)</translation>
    </message>
    <message>
        <source>Change category / &amp;location…</source>
        <translation>變更類別/存放位置(&amp;L)…</translation>
    </message>
    <message>
        <source>Attach &amp;scans…</source>
        <translation>附加掃描檔(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open scan</source>
        <translation>開啟掃描檔(&amp;O)</translation>
    </message>
    <message>
        <source>Open the scan with the system&apos;s own viewer</source>
        <translation>以系統內建的檢視器開啟掃描檔</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>回收筒(&amp;R)…</translation>
    </message>
    <message>
        <source>Documents moved to the trash, to restore them</source>
        <translation>已移至回收筒的文件，可從中還原</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>版本歷史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every version of the document: who changed it, when and why</source>
        <translation>文件的每個版本：誰、何時、為何修改</translation>
    </message>
    <message>
        <source>Scan p&amp;review</source>
        <translation>掃描檔預覽(&amp;R)</translation>
    </message>
    <message>
        <source>Show the selected document&apos;s scan beside the list</source>
        <translation>在清單旁顯示所選文件的掃描檔</translation>
    </message>
    <message>
        <source>Drop scans on the list to add a document, on a document to attach them.</source>
        <translation>將掃描檔拖放到清單空白處可新增文件，拖放到某份文件上可附加至該文件。</translation>
    </message>
    <message>
        <source>Originals are never changed; an obvious typo is corrected from Details… with the manager&apos;s approval.</source>
        <translation>原件不可更改；如有明顯筆誤，請在「詳情…」中經經理批准更正。</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>將「{title}」移至回收筒？</translation>
    </message>
    <message>
        <source>Move these {count} documents to the trash?</source>
        <translation>將這 {count} 份文件移至回收筒？</translation>
    </message>
    <message>
        <source>Nothing is erased: documents in the trash can be restored.</source>
        <translation>不會刪除任何內容：回收筒中的文件可以還原。</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移至回收筒</translation>
    </message>
    <message>
        <source>Attach {files} to “{title}”?</source>
        <translation>將 {files} 附加至「{title}」？</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>No program is set up to open {file}.</source>
        <translation>沒有設定可開啟 {file} 的程式。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added; nothing else was changed.</source>
        <translation>
            <numerusform>新增 %n 列，其他內容沒有改動。</numerusform>
        </translation>
    </message>
    <message>
        <source>{sheet}: {added} added, {skipped} already recorded</source>
        <translation>{sheet}：新增 {added} 列，已記錄 {skipped} 列</translation>
    </message>
    <message>
        <source>New buildings: {names}</source>
        <translation>新建樓棟：{names}</translation>
    </message>
    <message>
        <source>New floors: {count}</source>
        <translation>新建樓層：{count} 個</translation>
    </message>
    <message>
        <source>New fee items: {names}</source>
        <translation>新建費用項目：{names}</translation>
    </message>
    <message>
        <source>New dossiers: {count}</source>
        <translation>新建檔案：{count} 份</translation>
    </message>
    <message>
        <source>Importing the same file again adds nothing; a corrected or longer file adds only what is new.</source>
        <translation>同一個檔案再次匯入不會重複；改正後或補充後的檔案只加入新的內容。</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Open in own &amp;window</source>
        <translation>在獨立視窗中開啟(&amp;W)</translation>
    </message>
    <message>
        <source>Show this dossier in a window of its own, beside the floors</source>
        <translation>在樓層檢視之外的獨立視窗中顯示此檔案</translation>
    </message>
    <message>
        <source>&amp;Bind…</source>
        <translation>裝訂(&amp;B)…</translation>
    </message>
    <message>
        <source>Bind this departed tenant&apos;s dossier: a file number, then read-only</source>
        <translation>裝訂這位退租客戶的檔案：給出案卷號，此後唯讀</translation>
    </message>
    <message>
        <source>Print in-file &amp;directory…</source>
        <translation>列印卷內目錄(&amp;D)…</translation>
    </message>
    <message>
        <source>Cover, in-file directory (卷内目录) and reference sheet</source>
        <translation>封面、卷內目錄和卷內備考表</translation>
    </message>
    <message>
        <source>Scan c&amp;over sheets…</source>
        <translation>掃描封面(&amp;O)…</translation>
    </message>
    <message>
        <source>Print scan cover sheets: put one on top of this dossier&apos;s papers</source>
        <translation>列印掃描封面：放在本檔案文件的最上面一起掃描</translation>
    </message>
    <message>
        <source>Unit(s)</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>標牌文字</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Paper location</source>
        <translation>檔案存放位置</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>Fit-out until</source>
        <translation>裝修截止</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>檔號</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>檔案盒</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>Close dossier</source>
        <translation>關閉檔案</translation>
    </message>
    <message>
        <source>Documents of dossier {number}</source>
        <translation>檔案 {number} 文件清單</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>列印清單(&amp;P)…</translation>
    </message>
    <message>
        <source>Contacts of dossier {number}</source>
        <translation>檔案 {number} 聯絡人清單</translation>
    </message>
    <message>
        <source>History of dossier {number}</source>
        <translation>檔案 {number} 變更記錄</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Credit code or ID number</source>
        <translation>統一社會信用代碼或身分證號碼</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>註冊資本</translation>
    </message>
    <message>
        <source>Nature of business</source>
        <translation>公司性質</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯繫人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>編輯客戶(&amp;E)…</translation>
    </message>
    <message>
        <source>Name history</source>
        <translation>名稱變更紀錄</translation>
    </message>
    <message>
        <source>Move-in papers still missing</source>
        <translation>仍缺的入住資料</translation>
    </message>
    <message>
        <source>Units of the tenancy</source>
        <translation>本租期的單元</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>新增聯絡人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>編輯聯絡人(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print emergency-contact card…</source>
        <translation>列印緊急聯絡卡(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;registration form…</source>
        <translation>列印客戶檔案登記表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>聯絡人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>變更紀錄(&amp;H)</translation>
    </message>
    <message>
        <source>Loan {number}: {purpose}; due back {date}</source>
        <translation>借閱單 {number}：{purpose}；應還日期 {date}</translation>
    </message>
    <message>
        <source>&amp;Fees</source>
        <translation>費用(&amp;F)</translation>
    </message>
    <message>
        <source>Fi&amp;t-out</source>
        <translation>二裝(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Repairs &amp;&amp; complaints</source>
        <translation>報修與投訴(&amp;R)</translation>
    </message>
    <message>
        <source>Dossier {number} — unit {unit} — {customer}</source>
        <translation>檔案 {number} — 單元 {unit} — {customer}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>&amp;Documents ({count})</source>
        <translation>文件(&amp;D)（{count}）</translation>
    </message>
    <message>
        <source>&amp;Contacts ({count})</source>
        <translation>聯絡人(&amp;C)（{count}）</translation>
    </message>
    <message>
        <source>not boxed yet</source>
        <translation>尚未裝盒</translation>
    </message>
    <message>
        <source>Si&amp;gnatories &amp;&amp; seals</source>
        <translation>授權人與印章(&amp;G)</translation>
    </message>
    <message>
        <source>Emergency-contact card {number}</source>
        <translation>緊急聯絡卡 {number}</translation>
    </message>
    <message>
        <source>Customer registration form {number}</source>
        <translation>客戶檔案登記表 {number}</translation>
    </message>
    <message>
        <source>dossier {number} ({customer})</source>
        <translation>檔案 {number}（{customer}）</translation>
    </message>
    <message>
        <source>In-file directory {number}</source>
        <translation>卷內目錄 {number}</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>{dossier} — Dossier Desk</source>
        <translation>{dossier} — 客戶檔案台</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>File number</source>
        <translation>檔號</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案卷題名</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>盒號</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>處理意見</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>銷毀</translation>
    </message>
    <message>
        <source>Keep until {year}: {reason}</source>
        <translation>延長保管至 {year} 年：{reason}</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>應訪日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次回訪</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待訪</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未定級</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從未回訪</translation>
    </message>
</context>
<context>
    <name>EditUnitDialog</name>
    <message>
        <source>Edit unit {unit}</source>
        <translation>修改單元 {unit}</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>單元號(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>面積(&amp;A)（m²）：</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <source>This unit has had tenants: its number is on their papers and stays.</source>
        <translation>該單元曾有租戶：單元號已寫在其文件上，不能更改。</translation>
    </message>
</context>
<context>
    <name>EndAuthorityDialog</name>
    <message>
        <source>End the authority — {name}</source>
        <translation>終止授權 — {name}</translation>
    </message>
    <message>
        <source>From the day after, an application signed by {name} is flagged as not authorised.</source>
        <translation>自次日起，{name}簽署的申請將標為未獲授權。</translation>
    </message>
    <message>
        <source>&amp;Last day of the authority:</source>
        <translation>授權最後一天(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Import &amp;template…</source>
        <translation>匯入範本(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the workbook to fill in for an import, with its instructions</source>
        <translation>儲存供匯入填寫的活頁簿（含填寫說明）</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>從 Excel 匯入(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>Imported from {file}: %n row(s) added.</source>
        <translation>
            <numerusform>已從 {file} 匯入，新增 %n 列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeItemDialog</name>
    <message>
        <source>New fee item</source>
        <translation>新收費項目</translation>
    </message>
    <message>
        <source>Fee item {name}</source>
        <translation>收費項目 {name}</translation>
    </message>
    <message>
        <source>Every building</source>
        <translation>全部樓宇</translation>
    </message>
    <message>
        <source>Not charged during the fit-out free period</source>
        <translation>裝修免租期內不收</translation>
    </message>
    <message>
        <source>Charged (uncheck to stop charging it)</source>
        <translation>收取（取消勾選即停收）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>計費方式(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>錶計(&amp;M)</translation>
    </message>
    <message>
        <source>B&amp;uilding</source>
        <translation>樓宇(&amp;U)</translation>
    </message>
    <message>
        <source>Billing &amp;day</source>
        <translation>計費日(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;ue in days</source>
        <translation>繳費期限天數(&amp;U)</translation>
    </message>
</context>
<context>
    <name>FeeItemsDialog</name>
    <message>
        <source>Fee items</source>
        <translation>收費項目</translation>
    </message>
    <message>
        <source>Only the department manager changes fee items and rates; you can look.</source>
        <translation>只有部門經理可以更改收費項目和單價；您可以查看。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;rate from a date…</source>
        <translation>設定某日起的單價(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a fee item first.</source>
        <translation>請先選擇一個收費項目。</translation>
    </message>
</context>
<context>
    <name>FeeItemsModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>計費方式</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>錶計</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>樓宇</translation>
    </message>
    <message>
        <source>Billing day</source>
        <translation>計費日</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>繳費期限（天）</translation>
    </message>
    <message>
        <source>Free during fit-out</source>
        <translation>裝修期免收</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Current rate (¥)</source>
        <translation>現行單價（元）</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>單價記錄</translation>
    </message>
    <message>
        <source>Every building</source>
        <translation>全部樓宇</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FeePrintouts</name>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份列印件仍在產生中，請稍後再試。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收款收據</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>對帳單</translation>
    </message>
    <message>
        <source>Arrears notice</source>
        <translation>催款通知單</translation>
    </message>
    <message>
        <source>Arrears notices</source>
        <translation>催款通知單（批次）</translation>
    </message>
    <message>
        <source>Month-end summary {month}</source>
        <translation>月末彙總表 {month}</translation>
    </message>
</context>
<context>
    <name>FeeSettingsDialog</name>
    <message>
        <source>Fee settings</source>
        <translation>收費設定</translation>
    </message>
    <message>
        <source>&amp;Company (payee)</source>
        <translation>收款單位(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>開戶行(&amp;B)</translation>
    </message>
    <message>
        <source>Account &amp;number</source>
        <translation>帳號(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Receipt number prefix</source>
        <translation>收據號前綴(&amp;R)</translation>
    </message>
    <message>
        <source>Only the department manager changes the fee settings; you can look.</source>
        <translation>只有部門經理可以更改收費設定；您可以查看。</translation>
    </message>
</context>
<context>
    <name>FeesMenu</name>
    <message>
        <source>F&amp;ees</source>
        <translation>收費(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Generate monthly charges…</source>
        <translation>產生月度應收(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Registers</source>
        <translation>登記表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Charges…</source>
        <translation>應收(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Payments…</source>
        <translation>收款(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deposits…</source>
        <translation>押金(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Arrears…</source>
        <translation>欠費(&amp;A)…</translation>
    </message>
    <message>
        <source>Print arrears &amp;notices…</source>
        <translation>列印催款通知單(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Month-end summary…</source>
        <translation>月末彙總(&amp;M)…</translation>
    </message>
    <message>
        <source>Meter &amp;readings…</source>
        <translation>抄錶讀數(&amp;R)…</translation>
    </message>
    <message>
        <source>Fee &amp;items…</source>
        <translation>收費項目(&amp;I)…</translation>
    </message>
    <message>
        <source>Fee &amp;settings…</source>
        <translation>收費設定(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>FeesSection</name>
    <message>
        <source>Record &amp;payment…</source>
        <translation>記錄收款(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;verse payment…</source>
        <translation>沖銷收款(&amp;V)…</translation>
    </message>
    <message>
        <source>Add one-off ch&amp;arge…</source>
        <translation>新增一次性收費(&amp;A)…</translation>
    </message>
    <message>
        <source>Print rec&amp;eipt</source>
        <translation>列印收據(&amp;E)</translation>
    </message>
    <message>
        <source>Print &amp;statement</source>
        <translation>列印對帳單(&amp;S)</translation>
    </message>
    <message>
        <source>Print arrears &amp;notice</source>
        <translation>列印催款通知單(&amp;N)</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Record depos&amp;it…</source>
        <translation>登記押金(&amp;I)…</translation>
    </message>
    <message>
        <source>Refund / re&amp;tain deposit…</source>
        <translation>退還/扣留押金(&amp;T)…</translation>
    </message>
    <message>
        <source>Chasing log</source>
        <translation>催款紀錄</translation>
    </message>
    <message>
        <source>&amp;Log a chase…</source>
        <translation>記錄催款(&amp;L)…</translation>
    </message>
    <message>
        <source>balance {amount} owing</source>
        <translation>餘額 欠 {amount}</translation>
    </message>
    <message>
        <source>balance {amount} in credit</source>
        <translation>餘額 預存 {amount}</translation>
    </message>
    <message>
        <source>balance 0.00</source>
        <translation>餘額 0.00</translation>
    </message>
    <message>
        <source>Charged {charged} · paid {paid} · {balance} · deposits held {held}</source>
        <translation>應收 {charged} · 實收 {paid} · {balance} · 押金在存 {held}</translation>
    </message>
    <message>
        <source>Overdue {amount} since {date}</source>
        <translation>逾期欠費 {amount}，自 {date} 起</translation>
    </message>
</context>
<context>
    <name>FileEdit</name>
    <message>
        <source>Drop a scan here or browse</source>
        <translation>將掃描檔拖放到此處，或按一下瀏覽</translation>
    </message>
</context>
<context>
    <name>FileOpening</name>
    <message>
        <source>Opened read-only</source>
        <translation>已以唯讀方式開啟</translation>
    </message>
    <message>
        <source>{file} is on a network share, so it is opened read-only: SQLite, which keeps the dossiers, cannot share a file between PCs safely. Copy it to this PC to work on it, or keep one PC for changes; several desks working together need a database on a PostgreSQL server (File ▸ Connect to a server…).</source>
        <translation>{file} 位於網路共用資料夾中，因此以唯讀方式開啟：保存檔案的 SQLite 無法在多台電腦之間安全地共用一個檔案。如需修改，請將其複製到本機，或只在一台電腦上修改；多個櫃台一起工作需要使用資料庫伺服器上的資料庫（檔案 ▸ 連接伺服器…）。</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Still being written</source>
        <translation>正在寫入</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>Filed; to be moved out of the inbox</source>
        <translation>已歸檔，待移出收件匣</translation>
    </message>
</context>
<context>
    <name>FitOutDialog</name>
    <message>
        <source>Fit-out project</source>
        <translation>二裝項目</translation>
    </message>
    <message>
        <source>New fit-out project</source>
        <translation>新建二裝項目</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單元(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>申請日期(&amp;A)：</translation>
    </message>
    <message>
        <source>What is built: partitions, ceilings, wiring, floors…</source>
        <translation>裝修內容：隔牆、吊頂、線路、地面……</translation>
    </message>
    <message>
        <source>&amp;Works:</source>
        <translation>裝修內容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Contractor:</source>
        <translation>施工單位(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Person in charge:</source>
        <translation>現場負責人(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>聯繫電話(&amp;H)：</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚未確定</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>計劃開工(&amp;S)：</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>計劃完工(&amp;E)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>¥{amount} received {date}</source>
        <translation>¥{amount}，{date} 收取</translation>
    </message>
    <message>
        <source>Fit-out &amp;deposit:</source>
        <translation>裝修押金(&amp;D)：</translation>
    </message>
    <message>
        <source>The fit-out deposit is received and refunded under Fees; choose it here.</source>
        <translation>裝修押金在「收費」中收取和退還；此處選擇對應的押金。</translation>
    </message>
    <message>
        <source>The tenancy has no unit to fit out.</source>
        <translation>該租戶沒有可裝修的單元。</translation>
    </message>
    <message>
        <source>The planned end comes before the planned start.</source>
        <translation>計劃完工日期早於計劃開工日期。</translation>
    </message>
</context>
<context>
    <name>FitOutMenu</name>
    <message>
        <source>&amp;Services</source>
        <translation>服務(&amp;S)</translation>
    </message>
    <message>
        <source>Fit-out &amp;projects…</source>
        <translation>二裝項目(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>FitOutPapersModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>文號</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
</context>
<context>
    <name>FitOutProjectsModel</name>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工單位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>現場負責人</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開工日期</translation>
    </message>
    <message>
        <source>Due to end</source>
        <translation>應完工</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>驗收日期</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
</context>
<context>
    <name>FitOutProjectsWindow</name>
    <message>
        <source>Fit-out projects</source>
        <translation>二裝項目</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部樓宇</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Works going on</source>
        <translation>裝修進行中</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>僅逾期(&amp;O)</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>樓層(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <source>Applied &amp;from</source>
        <translation>申請日期從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部樓層</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>共 %n 個項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，逾期 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %n shown)</source>
        <translation>
            <numerusform>（顯示前 %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>僅逾期</translation>
    </message>
</context>
<context>
    <name>FitOutRowsModel</name>
    <message>
        <source>Building</source>
        <translation>樓宇</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工單位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>現場負責人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>計劃開工</translation>
    </message>
    <message>
        <source>Due to end</source>
        <translation>應完工</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>驗收日期</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
</context>
<context>
    <name>FitOutSection</name>
    <message>
        <source>&amp;New fit-out project…</source>
        <translation>新建二裝項目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit application…</source>
        <translation>修改申請(&amp;E)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>經過</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>二裝資料</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>違規</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>項目</translation>
    </message>
    <message numerus="yes">
        <source>Papers (%n)</source>
        <translation>
            <numerusform>二裝資料（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Violations (%n)</source>
        <translation>
            <numerusform>違規（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No fit-out project yet.</source>
        <translation>尚無二裝項目。</translation>
    </message>
    <message>
        <source>Unit {unit} · {state}</source>
        <translation>單元 {unit} · {state}</translation>
    </message>
    <message>
        <source>Works: {scope}</source>
        <translation>裝修內容：{scope}</translation>
    </message>
    <message>
        <source>Contractor: {contractor}; person in charge {person}, {phone}</source>
        <translation>施工單位：{contractor}；現場負責人 {person}，{phone}</translation>
    </message>
    <message>
        <source>Planned {start} – {end}</source>
        <translation>計劃工期 {start} – {end}</translation>
    </message>
    <message>
        <source>Extended to {date}</source>
        <translation>延期至 {date}</translation>
    </message>
    <message>
        <source>Works {start} – {end}</source>
        <translation>實際工期 {start} – {end}</translation>
    </message>
    <message>
        <source>Overdue: due to end on {date}</source>
        <translation>已逾期：應於 {date} 完工</translation>
    </message>
    <message>
        <source>Fit-out deposit ¥{amount}: {state}</source>
        <translation>裝修押金 ¥{amount}：{state}</translation>
    </message>
    <message>
        <source>No fit-out deposit</source>
        <translation>無裝修押金</translation>
    </message>
</context>
<context>
    <name>FitOutStepDialog</name>
    <message>
        <source>{action} — fit-out project of {unit}</source>
        <translation>{action} — {unit} 二裝項目</translation>
    </message>
    <message>
        <source>{customer}, unit {unit}: {state}</source>
        <translation>{customer}，單元 {unit}：{state}</translation>
    </message>
    <message>
        <source>Works &amp;started on:</source>
        <translation>開工日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Inspected on:</source>
        <translation>驗收日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;New end:</source>
        <translation>延期至(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>審批意見(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;What failed:</source>
        <translation>不合格項(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>The fit-out deposit must be refunded (or retained) under Fees first.</source>
        <translation>須先在「收費」中退還（或扣留）裝修押金。</translation>
    </message>
</context>
<context>
    <name>FitOutStepsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>之後狀態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
</context>
<context>
    <name>FitOutViolationsModel</name>
    <message>
        <source>Found on</source>
        <translation>發現日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>違規內容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>整改日期</translation>
    </message>
</context>
<context>
    <name>FloorsModel</name>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>retired {day}</source>
        <translation>{day} 停用</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>FloorsPage</name>
    <message>
        <source>&amp;Building:</source>
        <translation>大樓(&amp;B)：</translation>
    </message>
    <message numerus="yes">
        <source>{floor}: %n unit(s)</source>
        <translation>
            <numerusform>{floor}：%n 個單元</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no building yet.</source>
        <translation>此檔案庫中尚無大樓。</translation>
    </message>
    <message>
        <source>No floors.</source>
        <translation>沒有樓層。</translation>
    </message>
</context>
<context>
    <name>FormChoice</name>
    <message>
        <source>For</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>表單(&amp;F)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>顯示全部(&amp;R)</translation>
    </message>
    <message>
        <source>Show the whole number; the audit log records that you looked.</source>
        <translation>顯示完整號碼；稽核日誌會記錄您的查看。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Changed meanwhile at another desk to “{value}”; your entry is kept.</source>
        <translation>其間已在另一處改為「{value}」；已保留您的輸入。</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Date of the form</source>
        <translation>填表日期</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>e.g. 1201; empty for none</source>
        <translation>如 1201；無則留空</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>&amp;File it in the customer&apos;s dossier</source>
        <translation>歸入客戶檔案(&amp;F)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>FormRowsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>經辦人</translation>
    </message>
</context>
<context>
    <name>FormerNamesModel</name>
    <message>
        <source>Former name</source>
        <translation>曾用名稱</translation>
    </message>
    <message>
        <source>Used until</source>
        <translation>使用至</translation>
    </message>
</context>
<context>
    <name>FormsMenu</name>
    <message>
        <source>F&amp;orms</source>
        <translation>表單(&amp;O)</translation>
    </message>
    <message>
        <source>Form &amp;registers…</source>
        <translation>表單登記簿(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>填寫新表單(&amp;N)…</translation>
    </message>
    <message>
        <source>Print &amp;blank form…</source>
        <translation>打印空白表單(&amp;B)…</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>填寫新表單</translation>
    </message>
    <message>
        <source>Print blank form</source>
        <translation>打印空白表單</translation>
    </message>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份打印件仍在生成中，請稍後再試。</translation>
    </message>
    <message>
        <source>Fill in a &amp;form…</source>
        <translation>填寫表單(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>FormsRegister</name>
    <message>
        <source>Form registers</source>
        <translation>表單登記簿</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Part of a value, customer or unit</source>
        <translation>內容、客戶或單元的一部分</translation>
    </message>
    <message>
        <source>Form register</source>
        <translation>表單登記簿</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>表單(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>樓層(&amp;L)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>自(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查找(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>填寫新表單(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打開(&amp;O)…</translation>
    </message>
    <message>
        <source>Print &amp;form…</source>
        <translation>打印表單(&amp;F)…</translation>
    </message>
    <message>
        <source>Print &amp;blank form…</source>
        <translation>打印空白表單(&amp;B)…</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s).</source>
        <translation>
            <numerusform>共 %n 份表單。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateChargesDialog</name>
    <message>
        <source>Generate monthly charges</source>
        <translation>產生月度應收</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>產生(&amp;G)</translation>
    </message>
    <message>
        <source>Working out the month&apos;s charges…</source>
        <translation>正在計算本月應收…</translation>
    </message>
    <message>
        <source>Nothing new: every charge of {month} is already there ({lines} lines, ¥{total}).</source>
        <translation>沒有新內容：{month} 的應收已全部產生（{lines} 筆，¥{total}）。</translation>
    </message>
    <message>
        <source>{month}: {new} new lines and {adjustments} adjustments would add ¥{added}; the month comes to ¥{total}. {unchanged} lines are already right.</source>
        <translation>{month}：將新增 {new} 筆、調整 {adjustments} 筆，共 ¥{added}；本月應收合計 ¥{total}。已有 {unchanged} 筆無需更改。</translation>
    </message>
    <message>
        <source>Only the department manager or a supervisor may generate charges.</source>
        <translation>只有部門經理或主管可以產生應收。</translation>
    </message>
    <message>
        <source>Writing the month&apos;s charges…</source>
        <translation>正在寫入本月應收…</translation>
    </message>
    <message>
        <source>Nothing was written: every charge of {month} was already there.</source>
        <translation>未寫入任何內容：{month} 的應收已全部產生。</translation>
    </message>
    <message>
        <source>Written for {month}: {new} new lines and {adjustments} adjustments, ¥{added}.</source>
        <translation>已寫入 {month}：新增 {new} 筆、調整 {adjustments} 筆，共 ¥{added}。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未作任何更改。</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <source>Customer grade — {name}</source>
        <translation>客戶等級 — {name}</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等級(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>The visits due follow the grade&apos;s contact plan from this day on.</source>
        <translation>自該日起，應回訪日期按此等級的聯絡計畫計算。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide — Dossier Desk</source>
        <translation>使用說明 — 客戶檔案台</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>在說明中搜尋</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Document recorded</source>
        <translation>登記文件</translation>
    </message>
    <message>
        <source>Document edited</source>
        <translation>修改文件</translation>
    </message>
    <message>
        <source>Scans attached</source>
        <translation>附加掃描檔</translation>
    </message>
    <message>
        <source>Document moved to the trash</source>
        <translation>文件移至回收筒</translation>
    </message>
    <message>
        <source>Document restored from the trash</source>
        <translation>文件從回收筒還原</translation>
    </message>
    <message>
        <source>Document refiled</source>
        <translation>文件重新歸類</translation>
    </message>
    <message>
        <source>Typo in an original corrected</source>
        <translation>原件筆誤已更正</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Contact edited</source>
        <translation>修改聯絡人</translation>
    </message>
    <message>
        <source>Customer details changed</source>
        <translation>修改客戶資料</translation>
    </message>
    <message>
        <source>Masked ID number revealed</source>
        <translation>查看了遮蔽的身分證號碼</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>退租</translation>
    </message>
    <message>
        <source>Notice of moving out</source>
        <translation>退租通知</translation>
    </message>
    <message>
        <source>Dossier bound</source>
        <translation>檔案已裝訂</translation>
    </message>
    <message>
        <source>Put into an archive box</source>
        <translation>裝入檔案盒</translation>
    </message>
    <message>
        <source>Given its archival code (the old number kept)</source>
        <translation>編製檔號（保留原編號）</translation>
    </message>
    <message>
        <source>Archive box moved</source>
        <translation>檔案盒移位</translation>
    </message>
    <message>
        <source>Loan asked for</source>
        <translation>申請借閱</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Loan returned</source>
        <translation>借閱歸還</translation>
    </message>
    <message>
        <source>Manager&apos;s approval asked for</source>
        <translation>提交經理審批</translation>
    </message>
    <message>
        <source>Approved by the manager</source>
        <translation>經理批准</translation>
    </message>
    <message>
        <source>Refused by the manager</source>
        <translation>經理未批准</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>撤回申請</translation>
    </message>
    <message>
        <source>Done with the manager&apos;s approval</source>
        <translation>經批准辦理</translation>
    </message>
    <message>
        <source>The manager&apos;s own decision</source>
        <translation>經理直接決定</translation>
    </message>
    <message>
        <source>Approved and done by the manager</source>
        <translation>經理批准並辦理</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>收款已紅沖</translation>
    </message>
    <message>
        <source>One-off charge added</source>
        <translation>新增一次性費用</translation>
    </message>
    <message>
        <source>One-off charge cancelled</source>
        <translation>取消一次性費用</translation>
    </message>
    <message>
        <source>Deposit received</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>退還押金</translation>
    </message>
    <message>
        <source>Deposit retained</source>
        <translation>扣留押金</translation>
    </message>
    <message>
        <source>Arrears chased</source>
        <translation>催繳欠費</translation>
    </message>
    <message>
        <source>Form filled in</source>
        <translation>填寫登記表</translation>
    </message>
    <message>
        <source>Form changed</source>
        <translation>修改登記表</translation>
    </message>
    <message>
        <source>Satisfaction survey answered</source>
        <translation>填寫滿意度調查問卷</translation>
    </message>
    <message>
        <source>Satisfaction survey answers changed</source>
        <translation>修改滿意度調查問卷</translation>
    </message>
    <message>
        <source>Return visit recorded</source>
        <translation>登記回訪</translation>
    </message>
    <message>
        <source>Authorised signatory added</source>
        <translation>新增授權人</translation>
    </message>
    <message>
        <source>Authorised signatory changed</source>
        <translation>修改授權人</translation>
    </message>
    <message>
        <source>Signatory&apos;s authority ended</source>
        <translation>授權人授權終止</translation>
    </message>
    <message>
        <source>Seal specimen lodged</source>
        <translation>留存印章樣本</translation>
    </message>
    <message>
        <source>{action} ({record})</source>
        <translation>{action}（{record}）</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>掃描檔</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急聯絡人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>檔號</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Archive box</source>
        <translation>檔案盒</translation>
    </message>
    <message>
        <source>Place in the box</source>
        <translation>盒內順序</translation>
    </message>
    <message>
        <source>Shelf location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Tenancy ended</source>
        <translation>租期結束</translation>
    </message>
    <message>
        <source>Added after binding</source>
        <translation>裝訂後補充</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>件號</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Shown in full</source>
        <translation>完整顯示</translation>
    </message>
    <message>
        <source>Approval no.</source>
        <translation>審批編號</translation>
    </message>
    <message>
        <source>Read in the office only</source>
        <translation>僅限室內查閱</translation>
    </message>
    <message>
        <source>Came back complete</source>
        <translation>歸還時完好</translation>
    </message>
    <message>
        <source>What was missing</source>
        <translation>缺失情況</translation>
    </message>
    <message>
        <source>Manager&apos;s note</source>
        <translation>經理意見</translation>
    </message>
    <message>
        <source>Signed at the desk</source>
        <translation>經理現場簽批</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收據號</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Charges paid</source>
        <translation>所付費用筆數</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Promised payment date</source>
        <translation>承諾付款日期</translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation>收款編號</translation>
    </message>
    <message>
        <source>Charge no.</source>
        <translation>費用編號</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所屬期間</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收費項目</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>樓宇</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>筆數</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>調整筆數</translation>
    </message>
    <message>
        <source>Amount added</source>
        <translation>新增金額</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>讀數條數</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款筆數</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>計費方式</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表計</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>樓宇</translation>
    </message>
    <message>
        <source>Billing day</source>
        <translation>計費日</translation>
    </message>
    <message>
        <source>Days to pay</source>
        <translation>繳費期限（天）</translation>
    </message>
    <message>
        <source>Free during fit-out</source>
        <translation>裝修期免收</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>費率</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>開戶行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Receipt numbers begin with</source>
        <translation>收據號前綴</translation>
    </message>
    <message>
        <source>Filed in the dossier</source>
        <translation>已歸入檔案</translation>
    </message>
    <message>
        <source>Record it wrote</source>
        <translation>寫入的記錄</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答卷數</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退還</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>已扣留</translation>
    </message>
    <message>
        <source>None paid</source>
        <translation>未交押金</translation>
    </message>
    <message>
        <source>Held for the units kept</source>
        <translation>隨保留的房間繼續持有</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證號碼</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit in person</source>
        <translation>上門拜訪</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細內容</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>樓棟</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>匹配</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel</source>
        <translation>從 Excel 匯入</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消，沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>正在檢查活頁簿…</translation>
    </message>
    <message>
        <source>The record changed since the check: nothing was written. Check the workbook again.</source>
        <translation>檢查之後檔案庫有了變動，沒有寫入任何內容。請重新檢查活頁簿。</translation>
    </message>
    <message>
        <source>The error workbook is saved as {file}.</source>
        <translation>錯誤活頁簿已儲存為 {file}。</translation>
    </message>
</context>
<context>
    <name>InUseQuestion</name>
    <message>
        <source>File in use</source>
        <translation>檔案正在使用</translation>
    </message>
    <message>
        <source>{file} is open in Dossier Desk by {user} on {pc} since {since}.</source>
        <translation>{file} 已由 {user} 在 {pc} 上用客戶檔案台開啟（自 {since} 起）。</translation>
    </message>
    <message>
        <source>Open it read-only to look things up and print; to change anything, ask them to close it first. (If that program is no longer running, its note is recognised as stale within a day.)</source>
        <translation>可以唯讀方式開啟，用於查閱和列印；如需修改，請先請對方關閉該檔案。（如果對方的程式已不再執行，其佔用記錄最遲一天後會被識別為失效。）</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以唯讀方式開啟(&amp;R)</translation>
    </message>
</context>
<context>
    <name>InboxMenu</name>
    <message>
        <source>Scan &amp;inbox…</source>
        <translation>掃描收件匣(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>Scan &amp;inbox (%n bundle(s) waiting)…</source>
        <translation>
            <numerusform>掃描收件匣(&amp;I)（%n 份待歸檔）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) from the inbox filed by their cover sheets.</source>
        <translation>
            <numerusform>收件匣中 %n 份掃描件已按封面歸檔。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) wait in the scan inbox (Tools ▸ Scan inbox…).</source>
        <translation>
            <numerusform>掃描收件匣中有 %n 份掃描件待歸檔（工具 ▸ 掃描收件匣…）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxWatcher</name>
    <message>
        <source>The scan “{file}” is no longer in the inbox folder (moved, or the share is offline).</source>
        <translation>掃描件「{file}」已不在收件匣資料夾中（已被移走，或共用資料夾已中斷連線）。</translation>
    </message>
    <message>
        <source>The scan could not be filed: {problem}</source>
        <translation>掃描件未能歸檔：{problem}</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Scan inbox</source>
        <translation>掃描收件匣</translation>
    </message>
    <message>
        <source>&amp;Look now</source>
        <translation>立即查看(&amp;L)</translation>
    </message>
    <message>
        <source>Files not ready:</source>
        <translation>尚未就緒的檔案：</translation>
    </message>
    <message>
        <source>Double-click to read the pages in the PC&apos;s viewer</source>
        <translation>按兩下可在本機的檢視程式中閱讀各頁</translation>
    </message>
    <message>
        <source>dossier number, unit or customer</source>
        <translation>檔案號、單元或客戶名稱</translation>
    </message>
    <message>
        <source>Titles often given to this category</source>
        <translation>此類別常用的題名</translation>
    </message>
    <message>
        <source>&amp;Original (never changed afterwards)</source>
        <translation>原件(&amp;O)（此後不再修改）</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>檔案(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>類別(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>題名(&amp;T)：</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>性質：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>責任者(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>歸檔(&amp;F)</translation>
    </message>
    <message>
        <source>Put &amp;aside…</source>
        <translation>放到一邊(&amp;A)…</translation>
    </message>
    <message>
        <source>Not a dossier&apos;s paper: moved to the inbox&apos;s “unsorted” folder</source>
        <translation>不屬於任何檔案的文件：移到收件匣的「unsorted」資料夾</translation>
    </message>
    <message>
        <source>&amp;View pages</source>
        <translation>檢視各頁(&amp;V)</translation>
    </message>
    <message>
        <source>The pages to be filed, as one PDF in the PC&apos;s viewer</source>
        <translation>要歸檔的各頁，合為一個 PDF 在本機的檢視程式中開啟</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>開啟檔案(&amp;O)</translation>
    </message>
    <message>
        <source>No inbox folder is set. Choose the copier&apos;s scan folder in File ▸ Settings.</source>
        <translation>尚未設定收件匣資料夾。請在 檔案 ▸ 設定 中選擇影印機的掃描資料夾。</translation>
    </message>
    <message>
        <source>Inbox folder: {folder}</source>
        <translation>收件匣資料夾：{folder}</translation>
    </message>
    <message>
        <source>The inbox folder cannot be read now: {problem}</source>
        <translation>現在無法讀取收件匣資料夾：{problem}</translation>
    </message>
    <message>
        <source>Nothing to file: the inbox is empty.</source>
        <translation>沒有待歸檔的掃描件：收件匣是空的。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) to file</source>
        <translation>
            <numerusform>%n 份待歸檔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filed by themselves</source>
        <translation>
            <numerusform>%n 份已自動歸檔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) still being written</source>
        <translation>
            <numerusform>%n 個檔案正在寫入</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source> (looked at {time})</source>
        <translation>（{time} 查看）</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>第 {n} 頁</translation>
    </message>
    <message numerus="yes">
        <source>… %n more page(s)</source>
        <translation>
            <numerusform>……另有 %n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>Filing “{file}”…</source>
        <translation>正在歸檔「{file}」…</translation>
    </message>
    <message>
        <source>Filed in dossier {number}: {title}</source>
        <translation>已歸入檔案 {number}：{title}</translation>
    </message>
    <message>
        <source>Putting “{file}” aside…</source>
        <translation>正在把「{file}」放到一邊…</translation>
    </message>
    <message>
        <source>Put aside: {file}</source>
        <translation>已放到一邊：{file}</translation>
    </message>
    <message>
        <source>Put “{file}” aside? It is not filed in any dossier; its file is moved to the inbox&apos;s “unsorted” folder once nothing else in it waits.</source>
        <translation>把「{file}」放到一邊？它不歸入任何檔案；檔案中沒有其他待歸檔的內容後，檔案移到收件匣的「unsorted」資料夾。</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>放到一邊</translation>
    </message>
    <message>
        <source>No program is set up to open {file}.</source>
        <translation>沒有設定可開啟 {file} 的程式。</translation>
    </message>
    <message>
        <source>The pages cannot be shown: {problem}</source>
        <translation>無法顯示各頁：{problem}</translation>
    </message>
    <message>
        <source>Choose a dossier first.</source>
        <translation>請先選擇檔案。</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>收回日期</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Waiting for another job to finish…</source>
        <translation>正在等待另一項工作完成…</translation>
    </message>
</context>
<context>
    <name>KeepLongerDialog</name>
    <message>
        <source>Keep longer</source>
        <translation>延長保管</translation>
    </message>
    <message>
        <source>Kept until the end of:</source>
        <translation>保管至年底：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>KeyCount</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 把</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelCheckDialog</name>
    <message>
        <source>Label check</source>
        <translation>標牌核對</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Unit(s)</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Current name</source>
        <translation>目前名稱</translation>
    </message>
    <message>
        <source>Printed label</source>
        <translation>已列印的標牌</translation>
    </message>
    <message>
        <source>Print &amp;selected…</source>
        <translation>列印所選(&amp;S)…</translation>
    </message>
    <message>
        <source>Print &amp;all…</source>
        <translation>全部列印(&amp;A)…</translation>
    </message>
    <message>
        <source>never printed</source>
        <translation>從未列印</translation>
    </message>
    <message>
        <source>{text} (printed {date})</source>
        <translation>{text}（{date} 列印）</translation>
    </message>
    <message numerus="yes">
        <source>%n live dossier(s) whose label does not show the current name.</source>
        <translation>
            <numerusform>有 %n 份使用中檔案的標牌與目前名稱不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every live dossier&apos;s label shows the current name.</source>
        <translation>所有使用中檔案的標牌均與目前名稱一致。</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print dossier labels</source>
        <translation>列印檔案標牌</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>列印範圍</translation>
    </message>
    <message>
        <source>The chosen dossiers ({count})</source>
        <translation>所選檔案（{count}）</translation>
    </message>
    <message>
        <source>This unit</source>
        <translation>本單元</translation>
    </message>
    <message>
        <source>The selected cards ({count})</source>
        <translation>所選單元卡片（{count}）</translation>
    </message>
    <message>
        <source>This floor ({floor})</source>
        <translation>本樓層（{floor}）</translation>
    </message>
    <message>
        <source>Everything on the to-reprint list</source>
        <translation>待重印清單中的全部標牌</translation>
    </message>
    <message>
        <source>Label sheet (A4)</source>
        <translation>標牌紙（A4）</translation>
    </message>
    <message>
        <source>{columns} × {rows} — {width} × {height} mm</source>
        <translation>{columns} × {rows} — {width} × {height} mm</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>標牌紙(&amp;S)：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>列數：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>欄數：</translation>
    </message>
    <message>
        <source>Label width:</source>
        <translation>標牌寬度：</translation>
    </message>
    <message>
        <source>Label height:</source>
        <translation>標牌高度：</translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation>上邊界：</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>左邊界：</translation>
    </message>
    <message>
        <source>Gap across:</source>
        <translation>水平間距：</translation>
    </message>
    <message>
        <source>Gap down:</source>
        <translation>垂直間距：</translation>
    </message>
    <message>
        <source>right</source>
        <translation>向右</translation>
    </message>
    <message>
        <source>down</source>
        <translation>向下</translation>
    </message>
    <message>
        <source>Printer &amp;offset:</source>
        <translation>印表機位移(&amp;O)：</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 碼</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>條碼</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>條碼類型(&amp;C)：</translation>
    </message>
    <message>
        <source>Positions already used on a partly used sheet</source>
        <translation>標牌紙已部分用過時，略過已用掉的位置</translation>
    </message>
    <message>
        <source>S&amp;kip positions:</source>
        <translation>略過位置數(&amp;K)：</translation>
    </message>
    <message>
        <source>The labels count as printed (and leave the label check) once you print them or save the PDF.</source>
        <translation>列印或儲存 PDF 之後，這些標牌才算已列印（並從標牌核對清單中移除）。</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>預覽並列印(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n 張標牌</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the labels…</source>
        <translation>正在產生標牌…</translation>
    </message>
    <message>
        <source>Dossier labels</source>
        <translation>檔案標牌</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所屬期間</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>How worked out</source>
        <translation>計算方式</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收據號</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>應收</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>實收</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message numerus="yes">
        <source>{days}/%n days</source>
        <translation>
            <numerusform>{days}/%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>{area} m²</source>
        <translation>{area} m²</translation>
    </message>
    <message>
        <source>{rate} a month</source>
        <translation>每月 {rate}</translation>
    </message>
</context>
<context>
    <name>LinkItemDialog</name>
    <message>
        <source>Card, key or permit of {name}</source>
        <translation>{name} 持有的門禁卡、鑰匙或停車證</translation>
    </message>
    <message>
        <source>&amp;Held:</source>
        <translation>持有(&amp;H)：</translation>
    </message>
    <message>
        <source>The customer&apos;s filled forms of access cards, key custody and parking permits that nobody holds.</source>
        <translation>該客戶已填寫、尚無人持有的用戶身分卡、代保管鑰匙和停車證登記表。</translation>
    </message>
    <message>
        <source>Fill in the access card, key custody or parking permit form first; it is then offered here.</source>
        <translation>請先填寫用戶身分卡、代保管鑰匙或停車證登記表，之後即可在此選擇。</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>匯出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this list as an Excel workbook, every row, as it is shown</source>
        <translation>按目前顯示把這張清單的全部行另存為 Excel 活頁簿</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>匯出 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>正在匯出「{title}」…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved in {file}.</source>
        <translation>
            <numerusform>已將 %n 行儲存到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>開啟所在資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>The list could not be exported: {problem}</source>
        <translation>無法匯出清單：{problem}</translation>
    </message>
</context>
<context>
    <name>ListPrinter</name>
    <message>
        <source>Print &amp;list…</source>
        <translation>列印清單(&amp;L)…</translation>
    </message>
    <message>
        <source>Print this list as it is shown, every row</source>
        <translation>按目前顯示列印這張清單的全部行</translation>
    </message>
    <message>
        <source>Printed by {who} on {when}</source>
        <translation>列印：{who}&#x3000;{when}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>ListsModel</name>
    <message>
        <source>List</source>
        <translation>清冊編號</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>鑑定日期</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>銷毀</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>延長保管</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>銷毀日期</translation>
    </message>
</context>
<context>
    <name>LoanRequestDialog</name>
    <message>
        <source>New loan</source>
        <translation>新建借閱</translation>
    </message>
    <message>
        <source>Dossier number or unit, e.g. 0801</source>
        <translation>檔案編號或單元號，如 0801</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Read in the office only</source>
        <translation>僅限室內查閱</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>&amp;Borrower</source>
        <translation>借閱人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>借閱目的(&amp;P)</translation>
    </message>
    <message>
        <source>Return &amp;by</source>
        <translation>應還日期(&amp;B)</translation>
    </message>
    <message>
        <source>Ask the manager&apos;s &amp;approval</source>
        <translation>提交部門經理審批(&amp;A)</translation>
    </message>
</context>
<context>
    <name>LoansMenu</name>
    <message>
        <source>&amp;Loans…</source>
        <translation>檔案借閱(&amp;L)…</translation>
    </message>
    <message>
        <source>Approvals &amp;waiting…</source>
        <translation>待審批(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation>借閱(&amp;L)…</translation>
    </message>
    <message>
        <source>Loan {number}: {borrower} ({dossiers}), due back {date}</source>
        <translation>借閱單 {number}：{borrower}（{dossiers}），應還日期 {date}</translation>
    </message>
    <message>
        <source>… and {count} more: Tools ▸ Loans…</source>
        <translation>……另有 {count} 項：工具 ▸ 檔案借閱…</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) overdue:</source>
        <translation>
            <numerusform>%n 項借閱逾期未還：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoansModel</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>借閱日期</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>應還日期</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借閱人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>借閱目的</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>歸還日期</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>是否完好</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No: {missing}</source>
        <translation>否：{missing}</translation>
    </message>
</context>
<context>
    <name>LoansWindow</name>
    <message>
        <source>Loans</source>
        <translation>檔案借閱</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>全部借閱</translation>
    </message>
    <message>
        <source>Not back yet</source>
        <translation>未歸還</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>&amp;New loan…</source>
        <translation>新建借閱(&amp;N)…</translation>
    </message>
    <message>
        <source>The manager &amp;signs…</source>
        <translation>經理現場簽批(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Hand out</source>
        <translation>借出(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Take back…</source>
        <translation>歸還(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw request</source>
        <translation>撤回申請(&amp;W)</translation>
    </message>
    <message>
        <source>Print &amp;register…</source>
        <translation>列印借閱登記表(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s); {overdue} overdue.</source>
        <translation>
            <numerusform>共 %n 項借閱；{overdue} 項逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s); none overdue.</source>
        <translation>
            <numerusform>共 %n 項借閱；無逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loan {number} waits in the list of approvals; approve it there.</source>
        <translation>借閱單 {number} 已列入待審批，請在那裡批准。</translation>
    </message>
    <message>
        <source>Loan {number} is asked for and waits for the department manager&apos;s approval.

Is the manager here to sign now? Otherwise it waits in the manager&apos;s list.</source>
        <translation>借閱單 {number} 已提交，等待部門經理審批。

經理在場，現在簽批嗎？否則申請將留在經理的待審批列表中。</translation>
    </message>
    <message>
        <source>The manager &amp;signs now</source>
        <translation>經理現在簽批(&amp;S)</translation>
    </message>
    <message>
        <source>Withdraw the request for loan {number} ({borrower})? Its dossiers are free to lend again.</source>
        <translation>撤回借閱 {number}（{borrower}）的申請？其檔案可再次出借。</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — {file}</source>
        <translation>登入 — {file}</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>使用者名稱(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Log in to {file}.</source>
        <translation>登入 {file}。</translation>
    </message>
    <message>
        <source>Choose a new password to log in.</source>
        <translation>請設定新密碼後登入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{file} — Dossier Desk</source>
        <translation>{file} — 客戶檔案台</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>This file is on a network share: nothing can be changed here.</source>
        <translation>此檔案位於網路共用資料夾中：在這裡不能做任何修改。</translation>
    </message>
    <message>
        <source>This file is open read-only in this window: nothing can be changed here.</source>
        <translation>此檔案在本視窗中以唯讀方式開啟：在這裡不能做任何修改。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>連接伺服器(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切換使用者(&amp;W)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>變更我的密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quick find</source>
        <translation>快速搜尋(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go to floor</source>
        <translation>前往樓層(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next floor</source>
        <translation>下一層(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous floor</source>
        <translation>上一層(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用說明(&amp;U)</translation>
    </message>
    <message>
        <source>Open a dossier file</source>
        <translation>開啟檔案庫</translation>
    </message>
    <message>
        <source>Dossier Desk files (*.db);;All files (*)</source>
        <translation>客戶檔案台檔案 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>{file} is already open.</source>
        <translation>{file} 已開啟。</translation>
    </message>
    <message>
        <source>Connect to a server database</source>
        <translation>連接伺服器資料庫</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>檔案正在使用</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密碼已變更。</translation>
    </message>
    <message>
        <source>The new language is used when Dossier Desk is next started.</source>
        <translation>新語言將於下次啟動客戶檔案台時生效。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dossier Desk {version}&lt;/h3&gt;&lt;p&gt;One dossier per unit (一户一档) for the customer-services front desk.&lt;/p&gt;&lt;p&gt;File: {file}&lt;br&gt;Qt {qt}, PySide6 {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客戶檔案台 {version}&lt;/h3&gt;&lt;p&gt;客務部櫃檯「一戶一檔」客戶檔案管理。&lt;/p&gt;&lt;p&gt;檔案：{file}&lt;br&gt;Qt {qt}，PySide6 {pyside}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Dossier Desk</source>
        <translation>關於客戶檔案台</translation>
    </message>
    <message>
        <source>Show the &amp;floors</source>
        <translation>顯示樓層(&amp;F)</translation>
    </message>
    <message>
        <source>{file} (read-only) — Dossier Desk</source>
        <translation>{file}（唯讀）— 客戶檔案台</translation>
    </message>
    <message>
        <source>Logged in: {name} ({login}, {role})</source>
        <translation>目前使用者：{name}（{login}，{role}）</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>開啟檔案(&amp;O)</translation>
    </message>
    <message>
        <source>Open in new &amp;window</source>
        <translation>在新視窗中開啟(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Close dossier</source>
        <translation>關閉檔案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Dossier Desk</source>
        <translation>關於客戶檔案台(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
</context>
<context>
    <name>MergeUnitsDialog</name>
    <message>
        <source>Merge units</source>
        <translation>合併單元</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>新單元號(&amp;N)：</translation>
    </message>
    <message>
        <source>{area} m²</source>
        <translation>{area} m²</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>面積：</translation>
    </message>
    <message>
        <source>Units {units} become one. They are retired: their dossiers and history stay under their numbers.</source>
        <translation>單元 {units} 合併為一個。原單元停用：其檔案和歷史記錄仍保留在原單元號下。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
</context>
<context>
    <name>MeterReadingsDialog</name>
    <message>
        <source>Meter readings</source>
        <translation>抄錶讀數</translation>
    </message>
    <message>
        <source>or type a unit number</source>
        <translation>或輸入單元號</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>樓層(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>單元(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登記(&amp;R)</translation>
    </message>
    <message>
        <source>New reading</source>
        <translation>新讀數</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>錶計(&amp;M)</translation>
    </message>
    <message>
        <source>Meter &amp;no.</source>
        <translation>錶號(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>讀數(&amp;R)</translation>
    </message>
    <message>
        <source>Read &amp;on</source>
        <translation>抄錶日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Confirmed by</source>
        <translation>確認人(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>請先選擇單元。</translation>
    </message>
    <message>
        <source>Recorded: {meter} {reading} on {date}.</source>
        <translation>已登記：{date} {meter} {reading}。</translation>
    </message>
</context>
<context>
    <name>MissingReportDialog</name>
    <message>
        <source>Missing papers — {floor}</source>
        <translation>缺少的資料 — {floor}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Missing papers</source>
        <translation>缺少的資料</translation>
    </message>
    <message numerus="yes">
        <source>%n live dossier(s) on this floor lack move-in papers.</source>
        <translation>
            <numerusform>本樓層有 %n 份使用中檔案缺少入住資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every live dossier on this floor holds all its move-in papers.</source>
        <translation>本樓層所有使用中檔案的入住資料均已齊全。</translation>
    </message>
</context>
<context>
    <name>MoveInWizard</name>
    <message>
        <source>Move in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>&amp;Move in</source>
        <translation>辦理入住(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Move out — {customer} ({number})</source>
        <translation>退租 — {customer}（{number}）</translation>
    </message>
    <message>
        <source>&amp;Keys returned</source>
        <translation>鑰匙已交回(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Access cards returned</source>
        <translation>門禁卡已交回(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 12345.6</source>
        <translation>例如：12345.6</translation>
    </message>
    <message>
        <source>&amp;Refunded</source>
        <translation>已退還(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;tained</source>
        <translation>已扣留(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;No deposit</source>
        <translation>無押金(&amp;N)</translation>
    </message>
    <message>
        <source>Why the deposit is retained (required then)</source>
        <translation>扣留押金的原因（扣留時必填）</translation>
    </message>
    <message>
        <source>Refund / re&amp;tain deposit…</source>
        <translation>退還/扣留押金(&amp;T)…</translation>
    </message>
    <message>
        <source>Name and phone or address after the move</source>
        <translation>遷出後的聯絡人及電話或地址</translation>
    </message>
    <message>
        <source>Units given back:</source>
        <translation>交還單元：</translation>
    </message>
    <message>
        <source>Move-out &amp;date:</source>
        <translation>退租日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Final &amp;electricity reading in kWh:</source>
        <translation>電錶最後讀數(&amp;E)（度）：</translation>
    </message>
    <message>
        <source>Final &amp;water reading (m³):</source>
        <translation>水錶最後讀數(&amp;W)（m³）：</translation>
    </message>
    <message>
        <source>Deposits:</source>
        <translation>押金：</translation>
    </message>
    <message>
        <source>Deposit:</source>
        <translation>押金：</translation>
    </message>
    <message>
        <source>Reason retained:</source>
        <translation>扣留原因：</translation>
    </message>
    <message>
        <source>&amp;Forwarding contact:</source>
        <translation>遷出後聯絡方式(&amp;F)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Still missing: {items}</source>
        <translation>仍缺：{items}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{kind} {amount}: {state}, still held {held}</source>
        <translation>{kind} {amount}：{state}，尚存 {held}</translation>
    </message>
    <message>
        <source>{kind} {amount}: {state}</source>
        <translation>{kind} {amount}：{state}</translation>
    </message>
    <message>
        <source>Partial move-out: the tenant keeps the other units.</source>
        <translation>部分退租：客戶保留其他單元。</translation>
    </message>
    <message>
        <source>Last unit(s): the dossier becomes departed (read-only).</source>
        <translation>最後的單元：檔案將變為「已退租」（唯讀）。</translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation>請至少選擇一個單元。</translation>
    </message>
</context>
<context>
    <name>NewBuildingDialog</name>
    <message>
        <source>Dossier Desk files (*.db)</source>
        <translation>客戶檔案台檔案 (*.db)</translation>
    </message>
    <message>
        <source>New building</source>
        <translation>新增大樓</translation>
    </message>
    <message>
        <source>Where to save the new file</source>
        <translation>新檔案庫的儲存位置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Floor, then the unit in two digits</source>
        <translation>樓層 + 兩位單元序號</translation>
    </message>
    <message>
        <source>Floor, a dash, then the unit in two digits</source>
        <translation>樓層 - 兩位單元序號</translation>
    </message>
    <message>
        <source>Floor, then the unit in three digits</source>
        <translation>樓層 + 三位單元序號</translation>
    </message>
    <message>
        <source>Floor in two digits, then the unit in two digits</source>
        <translation>兩位樓層 + 兩位單元序號</translation>
    </message>
    <message>
        <source>Floor, a dash, then the unit</source>
        <translation>樓層 - 單元序號</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Building &amp;name:</source>
        <translation>大樓名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Lowest floor (−2 = B2):</source>
        <translation>最低樓層(&amp;L)（−2 = B2）：</translation>
    </message>
    <message>
        <source>&amp;Highest floor:</source>
        <translation>最高樓層(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Units per floor:</source>
        <translation>每層單元數(&amp;U)：</translation>
    </message>
    <message>
        <source>Unit &amp;numbering:</source>
        <translation>單元編號規則(&amp;N)：</translation>
    </message>
    <message>
        <source>Sample numbers:</source>
        <translation>編號範例：</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>管理員使用者名稱(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次輸入密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Below ground the floors are B1, B2 …: the numbers of their units start with B.</source>
        <translation>地下樓層記作 B1、B2……，其單元編號以 B 開頭。</translation>
    </message>
    <message>
        <source>New dossier file</source>
        <translation>新增檔案庫</translation>
    </message>
    <message>
        <source>The lowest floor is above the highest floor.</source>
        <translation>最低樓層高於最高樓層。</translation>
    </message>
    <message>
        <source>The building needs at least one floor (there is no floor 0).</source>
        <translation>大樓至少需要一個樓層（沒有第 0 層）。</translation>
    </message>
    <message>
        <source>Letters, digits and punctuation only, without spaces.</source>
        <translation>只能使用字母、數字和標點，不可有空格。</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>至少 {count} 個字元。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Record notice — {customer}</source>
        <translation>登記退租通知 — {customer}</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>單元：</translation>
    </message>
    <message>
        <source>Moving out &amp;on:</source>
        <translation>退租日期(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>NoticesChoice</name>
    <message>
        <source>Print arrears notices</source>
        <translation>列印催款通知單</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>樓層(&amp;F)</translation>
    </message>
    <message>
        <source>O&amp;verdue more than</source>
        <translation>逾期超過(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>預覽(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <source>Open a satisfaction survey</source>
        <translation>開始滿意度調查</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>開始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation>目標分(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>說明(&amp;N)：</translation>
    </message>
    <message>
        <source>The customers asked are those in the building on the day the survey starts. Scores are 1 to 5; an item whose average is under the target is marked in the report.</source>
        <translation>調查對象為調查開始之日在租的客戶。評分為 1 至 5 分；平均分低於目標分的項目在報告中標出。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開始(&amp;O)</translation>
    </message>
</context>
<context>
    <name>OverdueHoursDialog</name>
    <message>
        <source>When a repair is overdue</source>
        <translation>報修逾時設定</translation>
    </message>
    <message>
        <source>&amp;Emergency</source>
        <translation>特急(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>緊急(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>一般(&amp;N)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>A repair still reported or assigned after this long is shown in red.</source>
        <translation>報修在登記或派工後超過此時長仍未完成，即以紅色顯示。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PapersMenu</name>
    <message>
        <source>&amp;Missing papers on this floor…</source>
        <translation>本樓層缺少的資料(&amp;M)…</translation>
    </message>
    <message>
        <source>Move-in check&amp;list…</source>
        <translation>入住資料清單(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>Move-in papers</source>
        <translation>入住資料</translation>
    </message>
    <message>
        <source>Tick each paper received; a scan is optional (drop a file on its row).</source>
        <translation>逐項勾選已收到的資料；掃描檔可選（將檔案拖放到對應列即可）。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>掃描檔</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原件或工作件</translation>
    </message>
    <message>
        <source>Paper location</source>
        <translation>紙本存放位置</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a scan file</source>
        <translation>選擇掃描檔</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>工作件</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Choose a scan</source>
        <translation>選擇掃描檔</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>掃描檔 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>記錄收款</translation>
    </message>
    <message>
        <source>e.g. 3435.00</source>
        <translation>如 3435.00</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金額（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>收款日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>付款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>交款人(&amp;P)：</translation>
    </message>
    <message>
        <source>Left empty, the payment gets the next receipt number shown</source>
        <translation>留空則使用所示的下一個收據號</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>收據號(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Pay the o&amp;ldest charges first</source>
        <translation>先沖最早的欠費(&amp;L)</translation>
    </message>
    <message>
        <source>Pay the charges &amp;ticked below</source>
        <translation>沖下列勾選的費用(&amp;T)</translation>
    </message>
    <message>
        <source>Open charges (owed {owed}; credit held {credit}):</source>
        <translation>未結費用（欠 {owed}；預存 {credit}）：</translation>
    </message>
    <message>
        <source>{period} {item}{unit}: {open} owed of {amount}, due {due}</source>
        <translation>{period} {item}{unit}：應收 {amount}，尚欠 {open}，{due} 到期</translation>
    </message>
    <message>
        <source>Tick the charges this pays.</source>
        <translation>請勾選本次所付的費用。</translation>
    </message>
    <message numerus="yes">
        <source>{allocated} pays %n charge(s); {left} stays as the tenant&apos;s credit.</source>
        <translation>
            <numerusform>{allocated} 沖抵 %n 筆費用；{left} 作為客戶預存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Paid on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收據號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>紅沖</translation>
    </message>
    <message>
        <source>Reverses a payment</source>
        <translation>沖銷收款</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已紅沖</translation>
    </message>
</context>
<context>
    <name>PaymentsRegister</name>
    <message>
        <source>Payments register</source>
        <translation>收款登記表</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Show &amp;reversals</source>
        <translation>顯示紅沖(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>樓層(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>從(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s): received ¥{received}, reversed ¥{reversed}, net ¥{net}.</source>
        <translation>
            <numerusform>共 %n 筆收款：收取 ¥{received}，紅沖 ¥{reversed}，淨額 ¥{net}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleMenu</name>
    <message>
        <source>&amp;Users…</source>
        <translation>使用者(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <source>To recover</source>
        <translation>待收回</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Staff of {customer}</source>
        <translation>{customer} 的員工</translation>
    </message>
    <message>
        <source>{name} of {customer}</source>
        <translation>{customer} 的 {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部門(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>職務(&amp;P)：</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>到職日期(&amp;J)：</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>Setting the day they left files the resigned-staff form and lists their cards and keys to recover</source>
        <translation>填寫離職日期後，將登記辭職、辭退員工名單紀錄表，並把其門禁卡和鑰匙列入待收回清單</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>離職日期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;How they left:</source>
        <translation>離職方式(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>PictureInput</name>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>選擇圖片(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>PlaceChoice</name>
    <message>
        <source>All buildings</source>
        <translation>全部樓宇</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部樓層</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Every row is right: %n row(s) will be added. Press Import to add them.</source>
        <translation>
            <numerusform>每一列都正確：將新增 %n 列。按「匯入」加入這些內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 列</translation>
    </message>
    <message>
        <source>New buildings: {names}</source>
        <translation>新建樓棟：{names}</translation>
    </message>
    <message>
        <source>New floors: {count}</source>
        <translation>新建樓層：{count} 個</translation>
    </message>
    <message>
        <source>New fee items: {names}</source>
        <translation>新建費用項目：{names}</translation>
    </message>
    <message>
        <source>New dossiers: {count}</source>
        <translation>新建檔案：{count} 份</translation>
    </message>
    <message>
        <source>{sheet} column {column} ({header})</source>
        <translation>{sheet} 第 {column} 欄（{header}）</translation>
    </message>
    <message>
        <source>the whole sheet {sheet}</source>
        <translation>整個工作表 {sheet}</translation>
    </message>
    <message>
        <source>Columns not read: {columns}</source>
        <translation>未讀取的欄：{columns}</translation>
    </message>
    <message>
        <source>Importing the workbook…</source>
        <translation>正在匯入活頁簿…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>預覽列印 — {title}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>符合寬度(&amp;F)</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>整頁(&amp;G)</translation>
    </message>
    <message>
        <source>F&amp;irst</source>
        <translation>首頁(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>上一頁(&amp;R)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一頁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation>末頁(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>共 {count} 頁</translation>
    </message>
    <message>
        <source>Printing “{title}”…</source>
        <translation>正在列印「{title}」…</translation>
    </message>
    <message>
        <source>The pages could not be printed: {problem}</source>
        <translation>無法列印這些頁面：{problem}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintoutBuilder</name>
    <message>
        <source>Making the printout “{title}”…</source>
        <translation>正在產生列印件「{title}」…</translation>
    </message>
    <message>
        <source>The printout could not be made: {problem}</source>
        <translation>無法產生列印檔案：{problem}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表頭</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>填寫的值</translation>
    </message>
    <message>
        <source>What is wrong and how to fix it</source>
        <translation>錯誤及改正方法</translation>
    </message>
</context>
<context>
    <name>QuickFind</name>
    <message>
        <source>dossier number: {text}</source>
        <translation>檔案編號：{text}</translation>
    </message>
    <message>
        <source>unit: {text}</source>
        <translation>單元：{text}</translation>
    </message>
    <message>
        <source>name: {text}</source>
        <translation>名稱：{text}</translation>
    </message>
    <message>
        <source>former name: {text}</source>
        <translation>曾用名：{text}</translation>
    </message>
    <message>
        <source>contact: {text}</source>
        <translation>聯絡人：{text}</translation>
    </message>
    <message>
        <source>phone: {text}</source>
        <translation>電話：{text}</translation>
    </message>
    <message>
        <source>document: {text}</source>
        <translation>文件：{text}</translation>
    </message>
    <message>
        <source>dossier {number}</source>
        <translation>檔案 {number}</translation>
    </message>
    <message>
        <source>{unit} ({floor})  {customer}</source>
        <translation>{unit}（{floor}）  {customer}</translation>
    </message>
    <message>
        <source>Dossier {number}</source>
        <translation>檔案 {number}</translation>
    </message>
    <message>
        <source>Find company, former name, unit, contact, phone, document…</source>
        <translation>搜尋公司、曾用名稱、單元、聯絡人、電話、文件…</translation>
    </message>
    <message>
        <source>Quick find (Ctrl+F): type part of a name or its pinyin initials, a unit number, a phone number … Enter opens the dossier.</source>
        <translation>快速查找（Ctrl+F）：輸入名稱的一部分或其拼音首字母、單元號、電話號碼……按 Enter 開啟檔案。</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) — ↑↓ choose, Enter opens, Esc closes</source>
        <translation>
            <numerusform>%n 份檔案 — ↑↓ 選擇，Enter 開啟，Esc 關閉</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier matches “{text}”.</source>
        <translation>沒有符合「{text}」的檔案。</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Rate of {name}</source>
        <translation>{name} 的單價</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rate (¥)</source>
        <translation>單價（元）(&amp;R)</translation>
    </message>
    <message>
        <source>The rate holds from this day until the next rate&apos;s day. A month already charged is not changed here: generating it again adds an adjustment line for the difference.</source>
        <translation>此單價自該日起適用，直至下一單價的起始日。已產生應收的月份不在此更改：再次產生該月時，差額將記為一筆調整。</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <source>Read on</source>
        <translation>抄錶日期</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>錶計</translation>
    </message>
    <message>
        <source>Meter no.</source>
        <translation>錶號</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>讀數</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>確認人</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登記人</translation>
    </message>
</context>
<context>
    <name>ReceiveComplaintDialog</name>
    <message>
        <source>Receive a complaint</source>
        <translation>受理投訴</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空置）</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>單元(&amp;U)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>C&amp;omplaint</source>
        <translation>投訴內容(&amp;O)</translation>
    </message>
    <message>
        <source>Com&amp;plainant</source>
        <translation>投訴人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>Received &amp;at</source>
        <translation>受理時間(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>沒有最近開啟的檔案</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RecordDestructionDialog</name>
    <message>
        <source>Record destruction {number}</source>
        <translation>登記銷毀 {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with {documents} are destroyed for good: their scans are deleted from this computer and, at the next backup, from the backups. Their records stay, marked destroyed.</source>
        <translation>
            <numerusform>%n 卷（{documents}）將永久銷毀：其掃描檔從本機刪除，並在下一次備份時從備份中刪除。其記錄保留，標記為已銷毀。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The papers were destroyed before both witnesses</source>
        <translation>紙本檔案已在兩名監銷人監督下銷毀</translation>
    </message>
    <message>
        <source>First witness:</source>
        <translation>監銷人一：</translation>
    </message>
    <message>
        <source>Second witness:</source>
        <translation>監銷人二：</translation>
    </message>
    <message>
        <source>Record destruction</source>
        <translation>登記銷毀</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Repair {number}</source>
        <translation>報修 {number}</translation>
    </message>
    <message>
        <source>Complaint {number}</source>
        <translation>投訴 {number}</translation>
    </message>
    <message>
        <source>Violation {number}</source>
        <translation>違規 {number}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>History</source>
        <translation>處理記錄</translation>
    </message>
    <message>
        <source>Choose a record above to see it and take its next step.</source>
        <translation>請在上方選擇一筆記錄，查看詳情並辦理下一步。</translation>
    </message>
    <message>
        <source>No. {number} — {state}</source>
        <translation>第 {number} 號 — {state}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報修時間</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報修人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>報修內容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>用料</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投訴人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>責任部門</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>審批人</translation>
    </message>
    <message>
        <source>Fed back</source>
        <translation>回饋</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>發現日期</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>違規內容</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>整改通知</translation>
    </message>
    <message>
        <source>rectify by {date}</source>
        <translation>限 {date} 前整改</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回訪</translation>
    </message>
</context>
<context>
    <name>RecordViolationDialog</name>
    <message>
        <source>Record a violation</source>
        <translation>登記違規</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空置）</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>單元(&amp;U)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>&amp;Violation</source>
        <translation>違規內容(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>發現日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RecoverModel</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
</context>
<context>
    <name>RefileDialog</name>
    <message numerus="yes">
        <source>Refile %n document(s)</source>
        <translation>
            <numerusform>重新歸類 %n 份文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the &amp;category to:</source>
        <translation>將類別改為(&amp;C)：</translation>
    </message>
    <message>
        <source>Change the paper &amp;location to:</source>
        <translation>將紙本存放位置改為(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. cabinet 3, shelf 2</source>
        <translation>例如：3 號櫃第 2 層</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 份</translation>
    </message>
</context>
<context>
    <name>RegisterPeriodDialog</name>
    <message>
        <source>Print the loan register</source>
        <translation>列印檔案借閱登記表</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>截止日期早於起始日期。</translation>
    </message>
</context>
<context>
    <name>RenameFloorDialog</name>
    <message>
        <source>Rename floor {floor}</source>
        <translation>樓層 {floor} 改名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RepairsModel</name>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報修時間</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>What</source>
        <translation>報修內容</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>{state} (overdue)</source>
        <translation>{state}（逾時）</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Import problems: {file}</source>
        <translation>匯入錯誤：{file}</translation>
    </message>
    <message>
        <source>&amp;Save error workbook…</source>
        <translation>儲存錯誤活頁簿(&amp;S)…</translation>
    </message>
    <message>
        <source>The workbook&apos;s rows with a column saying what is wrong and the wrong cells marked, to correct</source>
        <translation>原表各列加一欄錯誤說明，並標出填錯的儲存格，方便改正</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <source>Check the workbook again after correcting it</source>
        <translation>改正活頁簿後重新檢查</translation>
    </message>
    <message>
        <source>Everything in this file is already recorded: there is nothing new to import.</source>
        <translation>這個檔案的內容都已記錄，沒有新內容。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n problem(s); nothing was written. Correct them in the workbook and check again.</source>
        <translation>
            <numerusform>發現 %n 處錯誤，沒有寫入任何內容。請在活頁簿中改正後重新檢查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save error workbook</source>
        <translation>儲存錯誤活頁簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{name} (errors)</source>
        <translation>{name}（錯誤）</translation>
    </message>
    <message>
        <source>Save the error workbook under another name: the original stays as it is.</source>
        <translation>請用另一個檔名儲存錯誤活頁簿，原檔案保持不變。</translation>
    </message>
    <message>
        <source>Writing the error workbook…</source>
        <translation>正在寫入錯誤活頁簿…</translation>
    </message>
</context>
<context>
    <name>ReportRepairDialog</name>
    <message>
        <source>Report a repair</source>
        <translation>登記報修</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空置）</translation>
    </message>
    <message>
        <source>e.g. the air conditioner in the meeting room leaks</source>
        <translation>例如：會議室空調漏水</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>單元(&amp;U)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>&amp;What needs repair</source>
        <translation>報修內容(&amp;W)</translation>
    </message>
    <message>
        <source>Wh&amp;ere in the unit</source>
        <translation>具體位置(&amp;E)</translation>
    </message>
    <message>
        <source>Reported &amp;by</source>
        <translation>報修人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>報修方式(&amp;C)</translation>
    </message>
    <message>
        <source>Ur&amp;gency</source>
        <translation>緊急程度(&amp;G)</translation>
    </message>
    <message>
        <source>Reported &amp;at</source>
        <translation>報修時間(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>重設 {name} 的密碼</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>{name} ({login}) must change this password at the next log-in.</source>
        <translation>{name}（{login}）下次登入時必須變更此密碼。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>1. The backup</source>
        <translation>1. 備份</translation>
    </message>
    <message>
        <source>As a &amp;new file:</source>
        <translation>還原為新檔案(&amp;N)：</translation>
    </message>
    <message>
        <source>{name}-restored-{date}</source>
        <translation>{name}-還原-{date}</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>選擇(&amp;O)…</translation>
    </message>
    <message>
        <source>In place of the open file {file} (it is backed up first; its dossiers close)</source>
        <translation>取代目前開啟的 {file}（會先備份；已開啟的各戶檔案將關閉）</translation>
    </message>
    <message>
        <source>2. Restore it</source>
        <translation>2. 還原到</translation>
    </message>
    <message>
        <source>3. An administrator of the backup</source>
        <translation>3. 備份中的系統管理員</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>使用者名稱(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a backup folder or one backup</source>
        <translation>選擇備份資料夾或其中一份備份</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>還原為</translation>
    </message>
    <message>
        <source>Dossier Desk files (*.db)</source>
        <translation>客戶檔案台檔案 (*.db)</translation>
    </message>
    <message>
        <source>There is no backup in this folder.</source>
        <translation>此資料夾中沒有備份。</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>請選擇資料夾。</translation>
    </message>
    <message numerus="yes">
        <source>Made {date} by {name} ({login}) with Dossier Desk {version} from {file}: %n building(s), {units}, {dossiers}, {documents}, {scans}, {size} in all.</source>
        <translation>
            <numerusform>由 {name}（{login}）於 {date} 以客戶檔案台 {version} 從 {file} 建立：%n 棟大樓、{units}、{dossiers}、{documents}、{scans}，共 {size}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 個單元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n 份檔案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n 個掃描檔</numerusform>
        </translation>
    </message>
    <message>
        <source>It was made by a newer version of Dossier Desk: update the program first.</source>
        <translation>它由較新版本的客戶檔案台建立：請先更新程式。</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>請選擇要還原的備份。</translation>
    </message>
    <message>
        <source>Name the new file with its full path, e.g. with Choose…</source>
        <translation>請填寫新檔案的完整路徑，例如按「選擇…」。</translation>
    </message>
    <message>
        <source>Enter the login and password of an administrator of the backup.</source>
        <translation>請輸入備份中系統管理員的使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>Replace the open file {file} with the backup made {date} by {name}?

The file is backed up first and its dossiers close; whatever was recorded after {date} is then only in that backup. Anyone else working on this file must close it first.</source>
        <translation>以 {name} 於 {date} 建立的備份取代目前開啟的 {file} 嗎？

該檔案會先備份，已開啟的各戶檔案將關閉；{date} 之後記錄的內容此後只保存在那份備份中。其他正在使用此檔案的人必須先將其關閉。</translation>
    </message>
    <message>
        <source>Restore the backup made {date} by {name} as the new file {file}?</source>
        <translation>將 {name} 於 {date} 建立的備份還原為新檔案 {file} 嗎？</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>Restoring and verifying the backup…</source>
        <translation>正在還原並驗證備份…</translation>
    </message>
    <message>
        <source>The restore failed: {error}</source>
        <translation>還原失敗：{error}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>&amp;Preview the year&apos;s archive…</source>
        <translation>預覽全年歸檔(&amp;P)…</translation>
    </message>
    <message>
        <source>Box directories, in-file directories and box labels of the year, in one PDF</source>
        <translation>全年的案卷目錄、卷內目錄和檔案盒標籤，合為一個 PDF</translation>
    </message>
    <message>
        <source>Print box &amp;labels…</source>
        <translation>列印檔案盒標籤(&amp;L)…</translation>
    </message>
    <message>
        <source>Open the archive &amp;browser</source>
        <translation>開啟歸檔瀏覽(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n dossier(s) archived into {boxes}.</source>
        <translation>
            <numerusform>{year} 年：%n 卷已歸檔，共 {boxes}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n 盒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departed dossier(s) are not bound yet and wait for a later run.</source>
        <translation>
            <numerusform>%n 卷退租檔案尚未裝訂，留待下次歸檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>Box</source>
        <translation>檔案盒</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>卷數</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>File numbers</source>
        <translation>案卷號</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>存放位置</translation>
    </message>
</context>
<context>
    <name>ReturnedDialog</name>
    <message>
        <source>Returned: {what}</source>
        <translation>已收回：{what}</translation>
    </message>
    <message>
        <source>{what}, held by {person}</source>
        <translation>{what}，持有人 {person}</translation>
    </message>
    <message>
        <source>&amp;Returned on:</source>
        <translation>收回日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>接收人(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ReversePaymentDialog</name>
    <message>
        <source>Reverse payment {number}</source>
        <translation>沖銷收款 {number}</translation>
    </message>
    <message>
        <source>{amount} received on {date} ({method}), receipt {number}. The reversal is a new line.</source>
        <translation>{date} 收款 {amount}（{method}），收據號 {number}。沖銷另記一筆紅字，不改原記錄。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>沖銷(&amp;V)</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of {name}</source>
        <translation>{name} 的角色</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name}（{login}）</translation>
    </message>
</context>
<context>
    <name>SafetyTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>ScanPlaceDialog</name>
    <message>
        <source>Scans on the server</source>
        <translation>伺服器上的掃描檔</translation>
    </message>
    <message>
        <source>Every desk working on this server database keeps its scans in the same place: in the database itself, or in a shared folder that every desk reaches (such as \\server\scans). The place cannot be changed once scans are kept there.</source>
        <translation>使用此伺服器資料庫的每台櫃台電腦都把掃描檔保存在同一個位置：資料庫本身，或每台櫃台電腦都能存取的共用資料夾（例如 \\檔案伺服器\掃描檔）。一旦保存了掃描檔，就不能再變更位置。</translation>
    </message>
    <message>
        <source>In the &amp;database</source>
        <translation>保存在資料庫中(&amp;D)</translation>
    </message>
    <message>
        <source>In a shared &amp;folder:</source>
        <translation>保存在共用資料夾中(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. \\server\scans</source>
        <translation>例如 \\檔案伺服器\掃描檔</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message numerus="yes">
        <source>The database keeps %n scan(s).</source>
        <translation>
            <numerusform>資料庫中保存了 %n 個掃描檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator changes where the scans are kept.</source>
        <translation>只有系統管理員可以變更掃描檔的保存位置。</translation>
    </message>
    <message>
        <source>Choose the shared scans folder</source>
        <translation>選擇共用的掃描檔資料夾</translation>
    </message>
</context>
<context>
    <name>ScanPreview</name>
    <message>
        <source>Open with system &amp;viewer</source>
        <translation>以系統檢視器開啟(&amp;V)</translation>
    </message>
    <message>
        <source>Select a document to see its scan.</source>
        <translation>選取一份文件以檢視其掃描檔。</translation>
    </message>
    <message>
        <source>This document has no scan. Drop PDF or image files on it to attach them.</source>
        <translation>此文件沒有掃描檔。將 PDF 或圖片檔拖放到該文件上即可附加。</translation>
    </message>
    <message>
        <source>This document has no scan.</source>
        <translation>此文件沒有掃描檔。</translation>
    </message>
    <message>
        <source>PDF · pages: {count}</source>
        <translation>PDF · 頁數：{count}</translation>
    </message>
    <message>
        <source>Reading the scan…</source>
        <translation>正在讀取掃描檔…</translation>
    </message>
    <message>
        <source>Image, {width} × {height}</source>
        <translation>圖片，{width} × {height}</translation>
    </message>
    <message>
        <source>page 1 of {count}</source>
        <translation>第 1 頁，共 {count} 頁</translation>
    </message>
    <message>
        <source>“{file}” cannot be shown here; try the system viewer.</source>
        <translation>無法在此顯示「{file}」，請改用系統檢視器開啟。</translation>
    </message>
</context>
<context>
    <name>ScanToOpen</name>
    <message>
        <source>Scanned “{number}”: no dossier has this number.</source>
        <translation>掃描到「{number}」：沒有此編號的檔案。</translation>
    </message>
    <message>
        <source>Scanned “{code}”: no archive box has this number.</source>
        <translation>掃描到「{code}」：沒有此編號的檔案盒。</translation>
    </message>
</context>
<context>
    <name>SealSpecimenDialog</name>
    <message>
        <source>Lodge a seal specimen</source>
        <translation>留存印章印模</translation>
    </message>
    <message>
        <source>&amp;Seal:</source>
        <translation>印章(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Lodged on:</source>
        <translation>留存日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Seal s&amp;pecimen:</source>
        <translation>印模掃描檔(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>SealsModel</name>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>留存日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Shown for comparison</source>
        <translation>用於核對</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No, replaced by a newer one</source>
        <translation>否，已由新印模取代</translation>
    </message>
</context>
<context>
    <name>SearchMenu</name>
    <message>
        <source>&amp;Search dossiers…</source>
        <translation>搜尋檔案(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search dossiers</source>
        <translation>搜尋檔案</translation>
    </message>
    <message>
        <source>Part of a name or its pinyin, a unit, a phone, a title…</source>
        <translation>名稱的一部分或拼音、房號、電話、文件題名…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>內容(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓棟(&amp;B)</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>樓層(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>狀態(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>截止(&amp;U)</translation>
    </message>
    <message>
        <source>Dossiers found</source>
        <translation>檔案搜尋結果</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部樓棟</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>在租</translation>
    </message>
    <message>
        <source>Departed (not yet boxed)</source>
        <translation>已退租（未裝盒）</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>Any (names, units, phones too)</source>
        <translation>全部（含名稱、房號、電話）</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部樓層</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>「{text}」</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>請輸入要查找的內容。</translation>
    </message>
    <message>
        <source>The dates are the wrong way round: “From” is after “Until”.</source>
        <translation>日期前後顛倒：「起始」晚於「截止」。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found. Double-click or Enter opens one.</source>
        <translation>
            <numerusform>找到 %n 份檔案。按兩下或按 Enter 鍵開啟。</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier matches.</source>
        <translation>沒有符合的檔案。</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server database</source>
        <translation>連接伺服器資料庫</translation>
    </message>
    <message>
        <source>Several front desks can share one dossier database on a PostgreSQL server. Its administrator gives you these details.</source>
        <translation>多個前台可以共用資料庫伺服器上的同一個檔案資料庫。以下資訊由伺服器管理員提供。</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>伺服器名稱或位址</translation>
    </message>
    <message>
        <source>empty: the one kept on this PC</source>
        <translation>留空：使用本機儲存的密碼</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this PC</source>
        <translation>在本機記住密碼(&amp;R)</translation>
    </message>
    <message>
        <source>Kept in this PC&apos;s password store (Windows Credential Manager), never in a file.</source>
        <translation>儲存在本機的系統密碼庫（Windows 認證管理員）中，不會寫入任何檔案。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連接(&amp;T)</translation>
    </message>
    <message>
        <source>Connecting to {location}…</source>
        <translation>正在連接 {location}…</translation>
    </message>
    <message>
        <source>Connected to {location}: it is a Dossier Desk database.</source>
        <translation>已連接到 {location}：這是客戶檔案台的資料庫。</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <source>Report &amp;repair…</source>
        <translation>報修(&amp;R)…</translation>
    </message>
    <message>
        <source>Receive com&amp;plaint…</source>
        <translation>受理投訴(&amp;P)…</translation>
    </message>
    <message>
        <source>Record &amp;violation…</source>
        <translation>登記違規(&amp;V)…</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>報修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>違規</translation>
    </message>
</context>
<context>
    <name>ServicesMenu</name>
    <message>
        <source>&amp;Services</source>
        <translation>服務(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Repairs…</source>
        <translation>報修登記(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Complaints…</source>
        <translation>投訴登記(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Violations…</source>
        <translation>違規登記(&amp;V)…</translation>
    </message>
    <message>
        <source>Repair &amp;overdue settings…</source>
        <translation>報修逾時設定(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;pair…</source>
        <translation>報修(&amp;P)…</translation>
    </message>
    <message>
        <source>Co&amp;mplaint…</source>
        <translation>投訴(&amp;M)…</translation>
    </message>
    <message>
        <source>Repair {number} recorded for {unit}.</source>
        <translation>已為 {unit} 登記報修 {number}。</translation>
    </message>
    <message>
        <source>Complaint {number} recorded for {unit}.</source>
        <translation>已為 {unit} 登記投訴 {number}。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The new language is used when Dossier Desk is next started.</source>
        <translation>新語言將於下次啟動客戶檔案台時生效。</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Unit &amp;card size:</source>
        <translation>單元卡片大小(&amp;C)：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>資料庫：</translation>
    </message>
    <message>
        <source>Archive settings (全宗, 档号)…</source>
        <translation>檔案設定（全宗、檔號）…</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Scan &amp;inbox:</source>
        <translation>掃描收件匣(&amp;I)：</translation>
    </message>
    <message>
        <source>The folder the copier scans to (none: no inbox)</source>
        <translation>影印機掃描存放的資料夾（留空：不使用收件匣）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>File scans with a readable cover by &amp;themselves</source>
        <translation>封面可辨識的掃描件自動歸檔(&amp;T)</translation>
    </message>
    <message>
        <source>Bundles whose cover names a dossier are filed as prefilled; the others wait in the Inbox list. Every desk on this database watches this folder.</source>
        <translation>封面註明檔案的掃描件按預填內容歸檔；其餘的留在收件匣清單中等待處理。使用本資料庫的每個櫃台都查看這個資料夾。</translation>
    </message>
    <message>
        <source>This file is open read-only in this window: nothing can be changed here.</source>
        <translation>此檔案在本視窗中以唯讀方式開啟：在這裡不能做任何修改。</translation>
    </message>
    <message>
        <source>Only an administrator, a supervisor or the department manager changes the scan inbox.</source>
        <translation>只有系統管理員、客務主管或客務部經理可以變更掃描收件匣的設定。</translation>
    </message>
    <message>
        <source>Choose the scan inbox folder</source>
        <translation>選擇掃描收件資料夾</translation>
    </message>
    <message>
        <source>A database on a server: {location}</source>
        <translation>伺服器上的資料庫：{location}</translation>
    </message>
    <message>
        <source>A file on this PC: {path}</source>
        <translation>本機上的檔案：{path}</translation>
    </message>
    <message>
        <source>Open a &amp;file…</source>
        <translation>開啟檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>連接伺服器(&amp;S)…</translation>
    </message>
    <message>
        <source>Several front desks share one database on a PostgreSQL server; its administrator gives the details.</source>
        <translation>多個櫃台共用資料庫伺服器上的同一個資料庫；連線資訊由伺服器管理員提供。</translation>
    </message>
    <message>
        <source>Dates and numbers: {date}, {number}</source>
        <translation>日期和數字：{date}，{number}</translation>
    </message>
</context>
<context>
    <name>SettingsNotice</name>
    <message>
        <source>Archive &amp;settings…</source>
        <translation>檔案設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Show the archive settings…</source>
        <translation>檢視檔案設定(&amp;S)…</translation>
    </message>
    <message>
        <source>The archive settings are not confirmed yet. Files bound now get archival codes like {example}, under the fonds “{name}” ({code}), and keep them for good: check the settings before the first archiving.</source>
        <translation>檔案設定尚未確認。現在裝訂的案卷將獲得類似 {example} 的檔號，歸入全宗「{name}」（{code}），並永久保持不變：請在首次歸檔前核對設定。</translation>
    </message>
    <message>
        <source>The department manager has not confirmed the archive settings yet. Files bound now get archival codes like {example}, under the fonds “{name}” ({code}), and keep them for good. You may go on with these defaults, or ask the department manager to confirm the settings first.</source>
        <translation>部門經理尚未確認檔案設定。現在裝訂的案卷將獲得類似 {example} 的檔號，歸入全宗「{name}」（{code}），並永久保持不變。您可以按這些預設設定繼續，也可以先請部門經理確認設定。</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>將新增</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>已記錄</translation>
    </message>
</context>
<context>
    <name>SignatoriesModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證號碼</translation>
    </message>
    <message>
        <source>Authorised from</source>
        <translation>授權起始日</translation>
    </message>
    <message>
        <source>Authorised until</source>
        <translation>授權截止日</translation>
    </message>
    <message>
        <source>Authority today</source>
        <translation>今日授權狀態</translation>
    </message>
    <message>
        <source>Signature specimen</source>
        <translation>簽名樣本</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已終止</translation>
    </message>
    <message>
        <source>Not yet begun</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>長期有效</translation>
    </message>
    <message>
        <source>none lodged</source>
        <translation>未留存</translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>New authorised signatory</source>
        <translation>新增授權人</translation>
    </message>
    <message>
        <source>Authorised signatory — {name}</source>
        <translation>授權人 — {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身分證號碼(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. office manager</source>
        <translation>例如：辦公室主任</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>職務(&amp;P)：</translation>
    </message>
    <message>
        <source>Authorised &amp;from:</source>
        <translation>授權起始日(&amp;F)：</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>長期有效</translation>
    </message>
    <message>
        <source>Authorised &amp;until:</source>
        <translation>授權截止日(&amp;U)：</translation>
    </message>
    <message>
        <source>Signature &amp;specimen:</source>
        <translation>簽名樣本(&amp;S)：</translation>
    </message>
    <message>
        <source>This file is open read-only, so looking at the number cannot be recorded: it stays masked.</source>
        <translation>此檔案以唯讀方式開啟，無法記錄查看操作，號碼仍保持遮蔽。</translation>
    </message>
    <message>
        <source>Type the whole ID number.</source>
        <translation>請輸入完整的身分證號碼。</translation>
    </message>
    <message>
        <source>The authority cannot end before it begins.</source>
        <translation>授權截止日不能早於起始日。</translation>
    </message>
</context>
<context>
    <name>SpecimenPicture</name>
    <message>
        <source>No specimen lodged</source>
        <translation>未留存樣本</translation>
    </message>
    <message>
        <source>The picture cannot be shown.</source>
        <translation>無法顯示該圖片。</translation>
    </message>
    <message>
        <source>No specimen chosen</source>
        <translation>尚未選擇樣本</translation>
    </message>
    <message>
        <source>Not shown: the scan is damaged or missing.</source>
        <translation>未顯示：掃描檔已損壞或遺失。</translation>
    </message>
</context>
<context>
    <name>SpecimensPanel</name>
    <message>
        <source>Not authorised: the authority ended on {date}.</source>
        <translation>未獲授權：授權已於{date}終止。</translation>
    </message>
    <message>
        <source>Not authorised yet: the authority begins on {date}.</source>
        <translation>尚未獲授權：授權自{date}起生效。</translation>
    </message>
    <message>
        <source>Authorised since {start}.</source>
        <translation>自{start}起獲授權。</translation>
    </message>
    <message>
        <source>Authorised from {start} to {end}.</source>
        <translation>授權期限：{start}至{end}。</translation>
    </message>
    <message>
        <source>Choose the scanned specimen</source>
        <translation>選擇樣本掃描檔</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Specimens for comparison</source>
        <translation>核對用樣本</translation>
    </message>
    <message>
        <source>Choose the unit: the specimens of its customer are shown here.</source>
        <translation>請選擇單元：此處顯示該單元客戶的樣本。</translation>
    </message>
    <message>
        <source>No signatories or seals are on record for {customer}.</source>
        <translation>{customer}尚無授權人或印章留存。</translation>
    </message>
    <message>
        <source>Authorised signatories</source>
        <translation>授權人</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>{seal}, lodged on {date}</source>
        <translation>{seal}，{date}留存</translation>
    </message>
    <message>
        <source>{name}, {position}</source>
        <translation>{name}，{position}</translation>
    </message>
    <message>
        <source>ID number: {number}</source>
        <translation>身分證號碼：{number}</translation>
    </message>
</context>
<context>
    <name>SpecimensSection</name>
    <message>
        <source>&amp;Add signatory…</source>
        <translation>新增授權人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit signatory…</source>
        <translation>編輯授權人(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;nd authority…</source>
        <translation>終止授權(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Lodge seal specimen…</source>
        <translation>留存印章印模(&amp;L)…</translation>
    </message>
    <message>
        <source>Authorised signatories of {customer}</source>
        <translation>{customer}的授權人</translation>
    </message>
    <message>
        <source>Authorised signatories</source>
        <translation>授權人</translation>
    </message>
    <message>
        <source>Seal specimens</source>
        <translation>印章留存</translation>
    </message>
    <message>
        <source>{seal}, lodged on {date}</source>
        <translation>{seal}，{date}留存</translation>
    </message>
</context>
<context>
    <name>SplitUnitDialog</name>
    <message>
        <source>Split unit {unit}</source>
        <translation>拆分單元 {unit}</translation>
    </message>
    <message>
        <source>&amp;Parts:</source>
        <translation>拆分數(&amp;P)：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>單元號</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面積（m²）</translation>
    </message>
    <message>
        <source>Part {n}</source>
        <translation>第 {n} 部分</translation>
    </message>
    <message>
        <source>{area} m²</source>
        <translation>{area} m²</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>面積未知</translation>
    </message>
    <message>
        <source>Unit {unit} ({area}) is retired: its dossiers and history stay under its number.</source>
        <translation>單元 {unit}（{area}）將停用：其檔案和歷史記錄仍保留在原單元號下。</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Every part needs a number.</source>
        <translation>每一部分都需要單元號。</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Cards and keys to &amp;recover…</source>
        <translation>待收回門禁卡和鑰匙(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>員工(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Staff of {customer}</source>
        <translation>{customer} 的員工</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>新增員工(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Change their details, or set the day they left</source>
        <translation>修改員工資料，或填寫離職日期</translation>
    </message>
    <message>
        <source>&amp;Card, key or permit…</source>
        <translation>門禁卡、鑰匙或停車證(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Returned…</source>
        <translation>已收回(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;To recover…</source>
        <translation>待收回(&amp;T)…</translation>
    </message>
    <message>
        <source>Cards, keys and permits of the person chosen:</source>
        <translation>所選員工持有的門禁卡、鑰匙和停車證：</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{step}: No. {number}</source>
        <translation>{step}：第 {number} 號</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Repairer</source>
        <translation>維修人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation>完工日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Work done</source>
        <translation>維修情況(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>用料(&amp;M)</translation>
    </message>
    <message>
        <source>Visited &amp;on</source>
        <translation>回訪日期(&amp;O)</translation>
    </message>
    <message>
        <source>Fed back &amp;on</source>
        <translation>回饋日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Spoke to</source>
        <translation>受訪人(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>滿意度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Customer&apos;s comment</source>
        <translation>客戶意見(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>處理結果(&amp;R)</translation>
    </message>
    <message>
        <source>Notice &amp;no.</source>
        <translation>通知編號(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>發出日期(&amp;I)</translation>
    </message>
    <message>
        <source>Rectify &amp;by</source>
        <translation>整改期限(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>跟進情況(&amp;F)</translation>
    </message>
    <message>
        <source>Rectified &amp;on</source>
        <translation>整改日期(&amp;O)</translation>
    </message>
    <message>
        <source>(ask the customer)</source>
        <translation>（請詢問客戶）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>錄入時間</translation>
    </message>
</context>
<context>
    <name>SummaryChoice</name>
    <message>
        <source>Month-end summary</source>
        <translation>月末彙總</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>預覽(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>“Move in” records everything at once, or nothing if something is wrong.</source>
        <translation>點擊「辦理入住」會一次記錄全部內容；若有錯誤，則什麼都不記錄。</translation>
    </message>
    <message>
        <source>Units: {units}</source>
        <translation>單元：{units}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客戶：{name}</translation>
    </message>
    <message>
        <source>(existing)</source>
        <translation>（既有）</translation>
    </message>
    <message>
        <source>Move-in date: {date}</source>
        <translation>入住日期：{date}</translation>
    </message>
    <message>
        <source>Dossier kept at: {place}</source>
        <translation>檔案存放位置：{place}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>Contacts: {count}</source>
        <translation>聯絡人：{count}</translation>
    </message>
    <message>
        <source>Papers received: {count}; still missing: {missing}</source>
        <translation>已收資料：{count}；仍缺：{missing}</translation>
    </message>
    <message>
        <source>Fit-out period: none</source>
        <translation>裝修期：無</translation>
    </message>
    <message>
        <source>Fit-out until: {date}</source>
        <translation>裝修截止：{date}</translation>
    </message>
</context>
<context>
    <name>SurveyMenu</name>
    <message>
        <source>&amp;Services</source>
        <translation>服務(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction survey…</source>
        <translation>客戶滿意度調查(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SurveyWindow</name>
    <message>
        <source>Satisfaction survey</source>
        <translation>客戶滿意度調查</translation>
    </message>
    <message>
        <source>&amp;Open a survey…</source>
        <translation>開始調查(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>問卷錄入(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>彙總(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Corrective actions</source>
        <translation>整改措施(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>列印報告(&amp;P)…</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>全部客戶</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回覆</translation>
    </message>
    <message>
        <source>New answers dated:</source>
        <translation>新問卷日期：</translation>
    </message>
    <message>
        <source>Type each score (1–5) in place; Enter moves on. A row is saved as soon as its three scores are in.</source>
        <translation>直接在表中輸入各項評分（1–5），按 Enter 鍵移到下一格；一列的三項評分填齊即自動儲存。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>標記完成(&amp;D)…</translation>
    </message>
    <message>
        <source>No satisfaction survey yet: the supervisor or the manager opens one.</source>
        <translation>尚無滿意度調查：由主管或部門經理開始調查。</translation>
    </message>
    <message>
        <source>Started on {day}; target score {target}.</source>
        <translation>開始日期 {day}；目標分 {target}。</translation>
    </message>
    <message>
        <source>{answered} of {asked} customers answered (response rate {rate}).</source>
        <translation>調查 {asked} 戶，回覆 {answered} 戶（回覆率 {rate}）。</translation>
    </message>
    <message>
        <source>{item}: score 1: {one}, 2: {two}, 3: {three}, 4: {four}, 5: {five}</source>
        <translation>{item}：1分 {one}，2分 {two}，3分 {three}，4分 {four}，5分 {five}</translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s); {overdue} overdue.</source>
        <translation>
            <numerusform>共 %n 項整改措施；逾期 {overdue} 項。</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>尚無回覆。</translation>
    </message>
    <message>
        <source>Every item reaches the target.</source>
        <translation>各項均達到目標。</translation>
    </message>
    <message>
        <source>Below target: {items}.</source>
        <translation>低於目標：{items}。</translation>
    </message>
    <message>
        <source>By floor: {items}.</source>
        <translation>按樓層：{items}。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) shown; {answered} answered, {waiting} not yet.</source>
        <translation>
            <numerusform>顯示 %n 戶客戶；已回覆 {answered} 戶，未回覆 {waiting} 戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction survey report {year}</source>
        <translation>客戶滿意度調查報告 {year}</translation>
    </message>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份列印件正在產生，請稍後再試。</translation>
    </message>
</context>
<context>
    <name>TableInput</name>
    <message>
        <source>&amp;Add row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>刪除一行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TakeBackDialog</name>
    <message>
        <source>Take back loan {number}</source>
        <translation>歸還借閱單 {number}</translation>
    </message>
    <message>
        <source>{borrower} returns: {dossiers}</source>
        <translation>{borrower} 歸還：{dossiers}</translation>
    </message>
    <message>
        <source>&amp;Complete: everything came back</source>
        <translation>完好(&amp;C)：全部歸還</translation>
    </message>
    <message>
        <source>&amp;Not complete</source>
        <translation>不完好(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;What was missing or damaged:</source>
        <translation>缺失或損壞的內容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>確認歸還(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TemplateSaver</name>
    <message>
        <source>import-template</source>
        <translation>匯入範本</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>儲存匯入範本</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the import template…</source>
        <translation>正在寫入匯入範本…</translation>
    </message>
    <message>
        <source>The import template is saved as {file}. Fill in its sheets, then use File ▸ Import from Excel….</source>
        <translation>匯入範本已儲存為 {file}。填好其中的工作表後，用 檔案 ▸ 從 Excel 匯入… 匯入。</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>開啟所在資料夾(&amp;F)</translation>
    </message>
</context>
<context>
    <name>TenancyMenu</name>
    <message>
        <source>Move &amp;in…</source>
        <translation>辦理入住(&amp;I)…</translation>
    </message>
    <message>
        <source>Move in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Move &amp;out…</source>
        <translation>辦理退租(&amp;O)…</translation>
    </message>
    <message>
        <source>Record &amp;notice…</source>
        <translation>登記退租通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation>列印標牌(&amp;L)…</translation>
    </message>
    <message>
        <source>Label &amp;check…</source>
        <translation>標牌核對(&amp;C)…</translation>
    </message>
    <message>
        <source>Moved in; dossier {number} created.</source>
        <translation>已辦理入住，已建立檔案 {number}。</translation>
    </message>
    <message>
        <source>Dossier {number} is created. Print its label now?</source>
        <translation>檔案 {number} 已建立。現在列印其標牌嗎？</translation>
    </message>
    <message>
        <source>&amp;Print label</source>
        <translation>列印標牌(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>The name on the label of dossier {numbers} has changed. Print the new label now?
Later: the label check lists it until the new one is printed.</source>
        <translation>
            <numerusform>檔案 {numbers} 的標牌名稱已變更。現在列印新標牌嗎？
稍後列印：在列印新標牌之前，標牌核對會一直列出它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print new label</source>
        <translation>
            <numerusform>列印新標牌(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier label</source>
        <translation>檔案標牌</translation>
    </message>
    <message numerus="yes">
        <source>Labels recorded as printed: %n dossier(s).</source>
        <translation>
            <numerusform>已記錄列印標牌：%n 個檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an occupied unit or open its dossier first.</source>
        <translation>請先選取一個已入住的單元，或開啟其檔案。</translation>
    </message>
    <message>
        <source>This tenant has already given back every unit.</source>
        <translation>該客戶已交還全部單元。</translation>
    </message>
    <message numerus="yes">
        <source>Units {units} given back; the dossier is departed.</source>
        <translation>
            <numerusform>單元 {units} 已交還；檔案已轉為「已退租」。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Units {units} given back; the tenant keeps {kept}.</source>
        <translation>
            <numerusform>單元 {units} 已交還；客戶仍保留 {kept}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenancyPage</name>
    <message>
        <source>Dates and contacts</source>
        <translation>日期和聯絡人</translation>
    </message>
    <message>
        <source>The emergency contact is required; the other contact is optional.</source>
        <translation>緊急聯絡人必填，其他聯絡人可選填。</translation>
    </message>
    <message>
        <source>Move-in &amp;date:</source>
        <translation>入住日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Fit-out &amp;until:</source>
        <translation>裝修期至(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. cabinet 3, shelf 2</source>
        <translation>例如：3 號櫃第 2 層</translation>
    </message>
    <message>
        <source>Dossier &amp;location:</source>
        <translation>檔案存放位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact&lt;/b&gt;</source>
        <translation>&lt;b&gt;聯絡人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Contact name:</source>
        <translation>聯絡人姓名(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Emergency contact name:</source>
        <translation>緊急聯絡人姓名(&amp;E)：</translation>
    </message>
    <message>
        <source>Emergency contact mob&amp;ile:</source>
        <translation>緊急聯絡人手機(&amp;I)：</translation>
    </message>
    <message>
        <source>Name this contact, or clear the role and mobile.</source>
        <translation>請填寫該聯絡人的姓名，或清空職務和手機。</translation>
    </message>
    <message>
        <source>Contact &amp;role:</source>
        <translation>聯絡人職務(&amp;R)：</translation>
    </message>
    <message>
        <source>Contact m&amp;obile:</source>
        <translation>聯絡人手機(&amp;O)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emergency contact&lt;/b&gt;</source>
        <translation>&lt;b&gt;緊急聯絡人&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TenancyUnitsModel</name>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>ToRecoverList</name>
    <message>
        <source>Cards and keys to recover</source>
        <translation>待收回門禁卡和鑰匙</translation>
    </message>
    <message>
        <source>&amp;Returned…</source>
        <translation>已收回(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Cards and keys to recover — {customer}</source>
        <translation>待收回門禁卡和鑰匙 — {customer}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to recover.</source>
        <translation>
            <numerusform>待收回物品 %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Fee item</source>
        <translation>收費項目</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>筆數</translation>
    </message>
    <message>
        <source>Month&apos;s total (¥)</source>
        <translation>本月合計（元）</translation>
    </message>
    <message>
        <source>This run adds (¥)</source>
        <translation>本次新增（元）</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash of this dossier</source>
        <translation>本檔案的回收筒</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收筒是空的。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>Documents moved to the trash are kept until you restore them.</source>
        <translation>移至回收筒的文件會一直保留，直到您將其還原。</translation>
    </message>
</context>
<context>
    <name>UnitCardModel</name>
    <message>
        <source>Papers missing</source>
        <translation>缺少資料</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>未登記位置</translation>
    </message>
    <message>
        <source>Out on loan</source>
        <translation>檔案借出</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>欠費</translation>
    </message>
    <message>
        <source>Move-in checklist papers missing: {count}</source>
        <translation>入住資料清單缺件：{count}</translation>
    </message>
    <message>
        <source>Documents without a paper location (not filed): {count}</source>
        <translation>未登記紙本存放位置的文件：{count}</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Overdue: ¥{amount} ({band})</source>
        <translation>逾期欠費：¥{amount}（{band}）</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>欠</translation>
    </message>
    <message>
        <source>Unit {number} ({floor})</source>
        <translation>單元 {number}（{floor}）</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>尚無客戶</translation>
    </message>
    <message>
        <source>Dossier {number}</source>
        <translation>檔案 {number}</translation>
    </message>
</context>
<context>
    <name>UnitHistoryList</name>
    <message>
        <source>Everyone who has occupied this unit; double-click opens their dossier.</source>
        <translation>曾入住本單元的所有客戶；按兩下可開啟其檔案。</translation>
    </message>
    <message>
        <source>Unit history</source>
        <translation>單元入住記錄</translation>
    </message>
    <message>
        <source>today</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面積（m²）</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>開啟檔案(&amp;O)</translation>
    </message>
    <message>
        <source>No unit selected</source>
        <translation>未選取單元</translation>
    </message>
    <message>
        <source>Unit {number} ({floor})</source>
        <translation>單元 {number}（{floor}）</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>入住紀錄：</translation>
    </message>
</context>
<context>
    <name>UnitUse</name>
    <message>
        <source>office</source>
        <translation>辦公</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>倉儲</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>商鋪</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面積（m²）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>retired {day}</source>
        <translation>{day} 停用</translation>
    </message>
    <message>
        <source>let: {tenant}</source>
        <translation>出租：{tenant}</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空置</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Tick the vacant units the customer moves into.</source>
        <translation>勾選客戶入住的空置單元。</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>樓層(&amp;F)：</translation>
    </message>
    <message>
        <source>No vacant unit on {floor}: choose another floor.</source>
        <translation>{floor} 沒有空置單元：請選擇其他樓層。</translation>
    </message>
    <message>
        <source>Chosen: {units}</source>
        <translation>已選：{units}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重設密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>啟用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>鎖定至</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>須變更密碼</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (disabled)</source>
        <translation>否（已停用）</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>修改類型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Why (approval)</source>
        <translation>原因（審批）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>文號</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>掃描件</translation>
    </message>
    <message>
        <source>{number} (current)</source>
        <translation>{number}（目前）</translation>
    </message>
    <message>
        <source>{reason} (no. {number})</source>
        <translation>{reason}（審批 {number} 號）</translation>
    </message>
</context>
<context>
    <name>ViolationsModel</name>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>發現日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>違規內容</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>通知編號</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Return visit — {name}</source>
        <translation>回訪 — {name}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Spoke to:</source>
        <translation>受訪人(&amp;S)：</translation>
    </message>
    <message>
        <source>What was &amp;discussed:</source>
        <translation>回訪內容(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Follow-ups:</source>
        <translation>後續事項(&amp;F)：</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未詢問</translation>
    </message>
    <message>
        <source>S&amp;atisfaction:</source>
        <translation>滿意程度(&amp;A)：</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;comment:</source>
        <translation>客戶意見(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>VisitsDueWindow</name>
    <message>
        <source>Return visits due</source>
        <translation>應回訪客戶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下月</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>登記回訪(&amp;R)…</translation>
    </message>
    <message>
        <source>Print visit &amp;plan</source>
        <translation>列印回訪計畫(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) due from {first} to {last}</source>
        <translation>
            <numerusform>{first} 至 {last} 應回訪 %n 戶次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，其中逾期 %n 戶次</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit plan {year}-{month:02d}</source>
        <translation>回訪計畫 {year}-{month:02d}</translation>
    </message>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份列印件仍在產生，請稍後再試。</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>What</source>
        <translation>申請事項</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Dossier Desk</source>
        <translation>歡迎使用客戶檔案台</translation>
    </message>
    <message>
        <source>Dossier Desk keeps one dossier per unit (一户一档), filed by floor. What would you like to do?</source>
        <translation>客戶檔案台依「一戶一檔」管理客戶檔案，並依樓層存放。請選擇要做的事：</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>開啟示範資料</translation>
    </message>
    <message>
        <source>A made-up building with tenants and documents, to try everything safely.</source>
        <translation>一棟虛構的大樓，含租戶和文件，可放心試用各項功能。</translation>
    </message>
    <message>
        <source>Set up a new building</source>
        <translation>新增大樓</translation>
    </message>
    <message>
        <source>Create a new dossier file: floors, unit numbers and the administrator.</source>
        <translation>建立新的檔案庫：樓層、單元編號和管理員。</translation>
    </message>
    <message>
        <source>Open an existing file</source>
        <translation>開啟現有檔案庫</translation>
    </message>
    <message>
        <source>A dossier file made earlier or copied from another PC.</source>
        <translation>先前建立或從其他電腦複製過來的檔案庫。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>A backup made by Dossier Desk, e.g. on the old PC or on a USB stick, as a new file on this PC.</source>
        <translation>用客戶檔案台做的備份（例如舊電腦上或隨身碟裡的），還原為本機上的新檔案庫。</translation>
    </message>
    <message>
        <source>Connect to a server database</source>
        <translation>連接伺服器資料庫</translation>
    </message>
    <message>
        <source>The office&apos;s shared database on a PostgreSQL server, used by several front desks at once.</source>
        <translation>辦公室放在資料庫伺服器上的共用資料庫，多個前台可同時使用。</translation>
    </message>
    <message>
        <source>Building the demo building…</source>
        <translation>正在產生示範大樓…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>示範</translation>
    </message>
    <message>
        <source>The demo could not be built: {error}</source>
        <translation>無法產生示範資料：{error}</translation>
    </message>
    <message>
        <source>Demo ready</source>
        <translation>示範資料已就緒</translation>
    </message>
    <message>
        <source>The demo is in {path}.

Accounts: {accounts}
Password (the same for all): {password}

Write the password down; you are now logged in as clerk.</source>
        <translation>示範資料位於 {path}。

帳號：{accounts}
密碼（所有帳號相同）：{password}

請記下密碼；現在已以 clerk（客務員）身分登入。</translation>
    </message>
    <message>
        <source>Open a dossier file</source>
        <translation>開啟檔案庫</translation>
    </message>
    <message>
        <source>The backup was restored as {file}, verified.

To work on it later, choose Open an existing file, then this file.</source>
        <translation>備份已還原為 {file}，並已通過驗證。

之後要使用它，請選擇「開啟現有檔案庫」，再選這個檔案。</translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Choose the year whose departed tenants&apos; dossiers go into file boxes.</source>
        <translation>選擇要把退租客戶檔案裝盒的年度。</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部大廈</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>大廈(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>{year}: {ended} ended — {departed} not bound, {bound} bound, {archived} archived</source>
        <translation>{year} 年：退租 {ended} 戶 — 未裝訂 {departed}，已裝訂 {bound}，已歸檔 {archived}</translation>
    </message>
    <message>
        <source>No tenancy has ended yet: there is nothing to archive.</source>
        <translation>還沒有客戶退租：沒有需要歸檔的檔案。</translation>
    </message>
    <message>
        <source>Every dossier of {year} is in a box already: nothing is left to archive.</source>
        <translation>{year} 年的檔案都已裝盒：沒有剩下需要歸檔的。</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) of {year} are not in a box yet: {departed} still to bind, {bound} bound.</source>
        <translation>
            <numerusform>{year} 年有 %n 卷尚未裝盒：待裝訂 {departed} 卷，已裝訂 {bound} 卷。</numerusform>
        </translation>
    </message>
    <message>
        <source>{year} has not ended yet: tenancies that end later this year will go into further boxes.</source>
        <translation>{year} 年尚未結束：今年稍後退租的客戶將裝入新的檔案盒。</translation>
    </message>
</context>
<context>
    <name>_AreaChecks</name>
    <message>
        <source>A number of square metres, like 85.5.</source>
        <translation>請填寫平方公尺數，如 85.5。</translation>
    </message>
</context>
<context>
    <name>_ConsentDialog</name>
    <message>
        <source>The department manager&apos;s approval</source>
        <translation>部門經理審批</translation>
    </message>
    <message>
        <source>&amp;Ask the manager now…</source>
        <translation>現在請經理簽批(&amp;A)…</translation>
    </message>
    <message>
        <source>The department manager signs in here and decides at once</source>
        <translation>部門經理在本機登入並當場決定</translation>
    </message>
    <message>
        <source>&amp;Send for approval</source>
        <translation>提交審批(&amp;S)</translation>
    </message>
    <message>
        <source>The request waits in the department manager&apos;s list</source>
        <translation>申請進入部門經理的待審批列表</translation>
    </message>
    <message>
        <source>The manager did not sign; the request waits in the manager&apos;s list.</source>
        <translation>經理未簽批；申請在經理的待審批列表中等待。</translation>
    </message>
    <message>
        <source>The manager refused: {note}</source>
        <translation>經理不同意：{note}</translation>
    </message>
</context>
<context>
    <name>_NewPassword</name>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再輸入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>至少 {count} 個字元。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>_ServiceList</name>
    <message>
        <source>Repairs</source>
        <translation>報修登記</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴登記</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>違規登記</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部樓宇</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>僅未辦結(&amp;O)</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>從(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>全部緊急程度</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>僅逾時(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>緊急程度(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>樓宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>樓層(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部樓層</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>共 {count} 筆</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>逾時 {count} 筆</translation>
    </message>
</context>
<context>
    <name>action</name>
    <message>
        <source>read dossiers</source>
        <translation>查閱檔案</translation>
    </message>
    <message>
        <source>set up buildings</source>
        <translation>設定大廈</translation>
    </message>
    <message>
        <source>move tenants in</source>
        <translation>辦理入住</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>修改客戶資料</translation>
    </message>
    <message>
        <source>record documents</source>
        <translation>登記文件</translation>
    </message>
    <message>
        <source>edit documents</source>
        <translation>修改文件</translation>
    </message>
    <message>
        <source>edit contacts</source>
        <translation>修改聯絡人</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理使用者</translation>
    </message>
    <message>
        <source>change a departed tenant&apos;s dossier</source>
        <translation>修改退租客戶的檔案</translation>
    </message>
    <message>
        <source>configure the move-in checklist</source>
        <translation>設定入住資料清單</translation>
    </message>
    <message>
        <source>move tenants out</source>
        <translation>辦理退租</translation>
    </message>
    <message>
        <source>print dossier labels</source>
        <translation>列印檔案標牌</translation>
    </message>
    <message>
        <source>bind departed dossiers</source>
        <translation>裝訂退租檔案</translation>
    </message>
    <message>
        <source>run the annual archiving</source>
        <translation>進行年度歸檔</translation>
    </message>
    <message>
        <source>add a late paper to a bound dossier</source>
        <translation>向已裝訂的檔案補充文件</translation>
    </message>
    <message>
        <source>print archive directories</source>
        <translation>列印歸檔目錄</translation>
    </message>
    <message>
        <source>move stray files out of the scans folder</source>
        <translation>將無關檔案移出掃描檔資料夾</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>進行備份</translation>
    </message>
    <message>
        <source>change the backup settings</source>
        <translation>變更備份設定</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>ask for the department manager&apos;s approval</source>
        <translation>申請部門經理審批</translation>
    </message>
    <message>
        <source>approve or refuse requests</source>
        <translation>審批申請</translation>
    </message>
    <message>
        <source>ask to borrow dossiers</source>
        <translation>申請借閱檔案</translation>
    </message>
    <message>
        <source>hand out lent dossiers</source>
        <translation>借出檔案</translation>
    </message>
    <message>
        <source>take back lent dossiers</source>
        <translation>收回借出的檔案</translation>
    </message>
    <message>
        <source>see persons&apos; ID numbers</source>
        <translation>查看個人身分證號碼</translation>
    </message>
    <message>
        <source>export personal mobile numbers</source>
        <translation>匯出個人手機號碼</translation>
    </message>
    <message>
        <source>reveal a masked ID number</source>
        <translation>顯示遮蔽的身分證號碼</translation>
    </message>
    <message>
        <source>correct a typo in an original document</source>
        <translation>更正原件中的筆誤</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看審計日誌</translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation>變更自己的密碼</translation>
    </message>
    <message>
        <source>see the user accounts</source>
        <translation>檢視使用者帳戶</translation>
    </message>
    <message>
        <source>propose dossiers past their retention for destruction</source>
        <translation>提出到期檔案的銷毀</translation>
    </message>
    <message>
        <source>record an approved destruction</source>
        <translation>登記已批准的銷毀</translation>
    </message>
    <message>
        <source>change the building&apos;s floors and units</source>
        <translation>修改樓宇的樓層和單元</translation>
    </message>
    <message>
        <source>change the archive settings</source>
        <translation>修改檔案設定</translation>
    </message>
    <message>
        <source>set up fee items, rates and the fee settings</source>
        <translation>設定收費項目、費率和收費設定</translation>
    </message>
    <message>
        <source>generate the monthly charges</source>
        <translation>產生每月應收費用</translation>
    </message>
    <message>
        <source>add or cancel one-off charges</source>
        <translation>新增或取消一次性收費</translation>
    </message>
    <message>
        <source>record payments</source>
        <translation>登記收款</translation>
    </message>
    <message>
        <source>reverse payments</source>
        <translation>沖銷收款</translation>
    </message>
    <message>
        <source>record, refund and retain deposits</source>
        <translation>登記、退還和扣留押金</translation>
    </message>
    <message>
        <source>record meter readings</source>
        <translation>登記水電錶讀數</translation>
    </message>
    <message>
        <source>record the chasing of arrears</source>
        <translation>登記催款記錄</translation>
    </message>
    <message>
        <source>record and follow up repairs</source>
        <translation>登記和跟進報修</translation>
    </message>
    <message>
        <source>record and follow up complaints</source>
        <translation>登記和跟進投訴</translation>
    </message>
    <message>
        <source>approve how a complaint was handled</source>
        <translation>審批投訴處理結果</translation>
    </message>
    <message>
        <source>record violations and their notices</source>
        <translation>登記違規及整改通知</translation>
    </message>
    <message>
        <source>record fit-out projects</source>
        <translation>登記二裝項目</translation>
    </message>
    <message>
        <source>approve fit-out projects and decide their inspections</source>
        <translation>審批二裝項目並作出驗收結論</translation>
    </message>
    <message>
        <source>record return visits</source>
        <translation>登記回訪</translation>
    </message>
    <message>
        <source>fill in registration forms</source>
        <translation>填寫登記表</translation>
    </message>
    <message>
        <source>record satisfaction-survey answers</source>
        <translation>錄入滿意度調查問卷</translation>
    </message>
    <message>
        <source>open survey rounds and plan corrective actions</source>
        <translation>開始滿意度調查並制定整改措施</translation>
    </message>
    <message>
        <source>change when repairs count as overdue</source>
        <translation>設定報修逾時時限</translation>
    </message>
    <message>
        <source>import an office&apos;s spreadsheets</source>
        <translation>匯入辦公室的試算表</translation>
    </message>
    <message>
        <source>choose where a server database keeps its scans</source>
        <translation>選擇伺服器資料庫的掃描檔保存位置</translation>
    </message>
    <message>
        <source>copy the whole record to a server or to a file</source>
        <translation>將全部檔案記錄複製到伺服器或資料庫檔案</translation>
    </message>
    <message>
        <source>grade customers</source>
        <translation>評定客戶等級</translation>
    </message>
    <message>
        <source>change the contact plan of each customer grade</source>
        <translation>修改各客戶等級的聯絡計畫</translation>
    </message>
    <message>
        <source>keep the authorised signatories and seal specimens</source>
        <translation>管理授權人與印章留存</translation>
    </message>
    <message>
        <source>keep customers&apos; staff and recover their cards and keys</source>
        <translation>登記客戶員工並收回其門禁卡和鑰匙</translation>
    </message>
    <message>
        <source>print scan cover sheets</source>
        <translation>列印掃描封面</translation>
    </message>
    <message>
        <source>file scans from the inbox folder</source>
        <translation>將收件資料夾中的掃描件歸檔</translation>
    </message>
    <message>
        <source>choose the scan inbox folder and whether it files by itself</source>
        <translation>設定掃描收件匣資料夾及是否自動歸檔</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The numbering pattern “{pattern}” is not valid ({problem}).</source>
        <translation>編號規則「{pattern}」無效（{problem}）。</translation>
    </message>
    <message>
        <source>The numbering pattern “{pattern}” must contain {{floor}} and {{unit}}, e.g. {{floor}}{{unit:02}}.</source>
        <translation>編號規則「{pattern}」必須包含 {{floor}} 和 {{unit}}，例如 {{floor}}{{unit:02}}。</translation>
    </message>
    <message>
        <source>The lowest floor ({low}) is above the highest floor ({high}).</source>
        <translation>最低樓層（{low}）高於最高樓層（{high}）。</translation>
    </message>
    <message>
        <source>The building needs at least one floor.</source>
        <translation>大樓至少需要一個樓層。</translation>
    </message>
    <message>
        <source>The numbering pattern gives unit numbers like {number}, longer than {limit} characters.</source>
        <translation>依此編號規則產生的單元編號（如 {number}）超過 {limit} 個字元。</translation>
    </message>
    <message>
        <source>The numbering pattern gives unit {number} twice (floors {first} and {second}).</source>
        <translation>依此編號規則，單元 {number} 出現兩次（{first} 和 {second}）。</translation>
    </message>
    <message>
        <source>There is already a building named “{name}”.</source>
        <translation>已有名為「{name}」的大樓。</translation>
    </message>
    <message>
        <source>There is no unit with id {id}.</source>
        <translation>沒有 ID 為 {id} 的單元。</translation>
    </message>
    <message>
        <source>Unit {unit} was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>單元 {unit} 其間已被他人修改，現已重新載入——請核對後再次儲存。</translation>
    </message>
    <message>
        <source>Unit {unit} was retired on {day}: it no longer changes.</source>
        <translation>單元 {unit} 已於 {day} 停用，不能再修改。</translation>
    </message>
    <message>
        <source>The area must be a number of square metres from 0 up, not “{area}”.</source>
        <translation>面積必須是不小於 0 的平方公尺數，而不是「{area}」。</translation>
    </message>
    <message>
        <source>There is no building with id {id}.</source>
        <translation>沒有 ID 為 {id} 的大樓。</translation>
    </message>
    <message>
        <source>There is no unit {number}{where}.</source>
        <translation>沒有單元 {number}{where}。</translation>
    </message>
    <message>
        <source>Unit {number} exists in several buildings ({buildings}); name the building.</source>
        <translation>多棟大樓中都有單元 {number}（{buildings}），請指明大樓。</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose a new name.</source>
        <translation>{path} 已有檔案，請換一個名稱。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} 是檔案，不是資料夾。</translation>
    </message>
    <message>
        <source>There is no building named “{name}”.</source>
        <translation>沒有名為「{name}」的大樓。</translation>
    </message>
    <message>
        <source>There is no floor {floor}.</source>
        <translation>沒有樓層 {floor}。</translation>
    </message>
    <message>
        <source>Floor {floor} exists in several buildings; name the building.</source>
        <translation>多棟大樓中都有樓層 {floor}，請指明大樓。</translation>
    </message>
    <message>
        <source>There is no archive box {number}.</source>
        <translation>沒有檔案盒 {number}。</translation>
    </message>
    <message>
        <source>Box {number} exists in several buildings; name the building.</source>
        <translation>多棟大廈都有檔案盒 {number}，請指明大廈。</translation>
    </message>
    <message>
        <source>Give a phone or mobile number for {name}.</source>
        <translation>請填寫 {name} 的電話或手機號碼。</translation>
    </message>
    <message>
        <source>The contact “{name}” was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>聯絡人「{name}」其間已被他人修改，現已重新載入——請核對後再次儲存。</translation>
    </message>
    <message>
        <source>There is no dossier with id {id}.</source>
        <translation>沒有 ID 為 {id} 的檔案。</translation>
    </message>
    <message>
        <source>Unknown retention period {retention}.</source>
        <translation>未知的保管期限 {retention}。</translation>
    </message>
    <message>
        <source>Dossier {number} is still live: only a departed tenant&apos;s dossier is bound.</source>
        <translation>檔案 {number} 仍在使用中：只有退租客戶的檔案才能裝訂。</translation>
    </message>
    <message>
        <source>Dossier {number} is already bound (file number {file_number}).</source>
        <translation>檔案 {number} 已經裝訂（案卷號 {file_number}）。</translation>
    </message>
    <message>
        <source>Dossier {number} has no documents: there is nothing to bind.</source>
        <translation>檔案 {number} 沒有文件：無可裝訂。</translation>
    </message>
    <message numerus="yes">
        <source>Dossier {number} has %n document(s) without a page count ({titles}): record their pages before binding, or bind it as it is.</source>
        <translation>
            <numerusform>檔案 {number} 有 %n 件文件未登記頁數（{titles}）：請先登記頁數再裝訂，或按現狀裝訂。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archival code {code} is longer than {limit} characters: shorten the archive settings.</source>
        <translation>檔號 {code} 超過 {limit} 個字元：請縮短檔案設定。</translation>
    </message>
    <message>
        <source>A box spine is 20, 30, 40 or 50 mm wide, not {value} mm.</source>
        <translation>檔案盒盒脊厚度只能是 20、30、40 或 50 毫米，不能是 {value} 毫米。</translation>
    </message>
    <message>
        <source>{year} has not come yet: no tenancy can have ended in it.</source>
        <translation>{year} 年還沒有到：不可能有租期在該年結束。</translation>
    </message>
    <message>
        <source>There is no archive box with id {id}.</source>
        <translation>沒有編號為 {id} 的檔案盒。</translation>
    </message>
    <message>
        <source>Box {number} was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>檔案盒 {number} 其間已被他人修改，現已重新載入——請核對後再次儲存。</translation>
    </message>
    <message>
        <source>Dossier {number} is bound; it can no longer change.</source>
        <translation>檔案 {number} 已裝訂，不能再更改。</translation>
    </message>
    <message>
        <source>Dossier {number} is archived in its box; it can no longer change.</source>
        <translation>檔案 {number} 已歸檔裝盒，不能再更改。</translation>
    </message>
    <message>
        <source>Dossier {number} was destroyed; it can no longer change.</source>
        <translation>檔案 {number} 已銷毀，不能再更改。</translation>
    </message>
    <message>
        <source>Dossier {number} belongs to a departed tenant: only the supervisor or the department manager may change it.</source>
        <translation>檔案 {number} 屬於已退租客戶：只有客務主管或客務部經理可以修改。</translation>
    </message>
    <message>
        <source>Dossier {number} is bound: only the department manager may add a late paper to it.</source>
        <translation>檔案 {number} 已裝訂：只有客務部經理可以補充文件。</translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation>沒有 ID 為 {id} 的聯絡人。</translation>
    </message>
    <message>
        <source>The customer kind must be company or person, not “{kind}”.</source>
        <translation>客戶類型必須是公司或個人，而不是「{kind}」。</translation>
    </message>
    <message>
        <source>The customer “{name}” was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>客戶「{name}」其間已被他人修改，現已重新載入——請核對後再次儲存。</translation>
    </message>
    <message>
        <source>Type the whole ID number, or reveal it first and then correct it.</source>
        <translation>請輸入完整的身分證號碼，或先顯示全部再修改。</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>「{email}」不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <source>There is no customer with id {id}.</source>
        <translation>沒有 ID 為 {id} 的客戶。</translation>
    </message>
    <message>
        <source>Log in first: this needs a user.</source>
        <translation>請先登入：此操作需要使用者身分。</translation>
    </message>
    <message>
        <source>Your password was set by an administrator: change it first, then you can carry on.</source>
        <translation>您的密碼由系統管理員設定：請先變更密碼，然後才能繼續。</translation>
    </message>
    <message>
        <source>{path} is on a network share; a dossier file must be kept on this PC&apos;s own disk (SQLite cannot share a file between PCs safely).</source>
        <translation>{path} 位於網路共用資料夾中；檔案庫檔案必須存放在本機硬碟上（SQLite 無法在多台電腦之間安全地共用一個檔案）。</translation>
    </message>
    <message>
        <source>{location} is not a server address (postgresql://user@host/database).</source>
        <translation>{location} 不是伺服器位址（postgresql://使用者@主機/資料庫）。</translation>
    </message>
    <message>
        <source>Your account was disabled; ask an administrator.</source>
        <translation>您的帳戶已被停用，請聯絡系統管理員。</translation>
    </message>
    <message>
        <source>A record was changed meanwhile by someone else; nothing was saved: reload it and try again.</source>
        <translation>一筆記錄其間已被他人修改，未儲存任何內容：請重新載入後再試。</translation>
    </message>
    <message>
        <source>{file} is on a network share, so it is open read-only: SQLite cannot share a file between PCs safely. Several desks working together need a database on a PostgreSQL server.</source>
        <translation>{file} 位於網路共用資料夾中，因此以唯讀方式開啟：SQLite 無法在多台電腦之間安全地共用一個檔案。多個櫃台一起工作需要使用資料庫伺服器上的資料庫。</translation>
    </message>
    <message>
        <source>{file} is open read-only here; nothing can be changed.</source>
        <translation>{file} 在此以唯讀方式開啟，不能做任何修改。</translation>
    </message>
    <message>
        <source>Another desk is saving; try again in a moment.</source>
        <translation>另一處正在儲存，請稍後再試。</translation>
    </message>
    <message>
        <source>The record refused this change ({rule}); nothing was saved.</source>
        <translation>記錄拒絕了此修改（{rule}）；未儲存任何內容。</translation>
    </message>
    <message>
        <source>{file} cannot be changed: the file or its folder is read-only.</source>
        <translation>無法修改 {file}：該檔案或其所在資料夾是唯讀的。</translation>
    </message>
    <message>
        <source>The server refused the user name or password for {location}; check them and try again.</source>
        <translation>伺服器拒絕了 {location} 的使用者名稱或密碼，請檢查後重試。</translation>
    </message>
    <message>
        <source>The server has no database {location}; ask its administrator to create it (createdb), or check the name.</source>
        <translation>伺服器上沒有資料庫 {location}：請讓伺服器管理員建立它（createdb），或檢查名稱。</translation>
    </message>
    <message>
        <source>The server for {location} cannot be reached ({detail}); check the address and that the server is running, then try again.</source>
        <translation>無法連線 {location} 所在的伺服器（{detail}）：請檢查位址並確認伺服器正在執行，然後重試。</translation>
    </message>
    <message>
        <source>The server database {location} cannot be used ({detail}).</source>
        <translation>伺服器資料庫 {location} 無法使用（{detail}）。</translation>
    </message>
    <message>
        <source>Another desk saved the same thing meanwhile; nothing was saved here: try again.</source>
        <translation>其間另一處已儲存了相同的內容；此處未儲存任何內容，請再試一次。</translation>
    </message>
    <message>
        <source>{location} is not a server address: write it as postgresql://user@host/database.</source>
        <translation>{location} 不是伺服器位址：請寫成 postgresql://使用者@主機/資料庫。</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>{path} 沒有資料庫檔案。</translation>
    </message>
    <message>
        <source>{path} is not a Dossier Desk database ({detail}).</source>
        <translation>{path} 不是客戶檔案台的資料庫（{detail}）。</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Dossier Desk ({detail}); update the program to open it.</source>
        <translation>{path} 由較新版本的客戶檔案台建立（{detail}），請先更新程式再開啟。</translation>
    </message>
    <message>
        <source>Upgrading {path} failed and was undone ({detail}).</source>
        <translation>升級 {path} 失敗，已復原（{detail}）。</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Dossier Desk ({detail}) and must be upgraded before it can be read here, which a read-only opening cannot do; open it for changes once.</source>
        <translation>{path} 由較舊版本的客戶檔案台建立（{detail}），須先升級才能在此讀取，而唯讀開啟無法升級；請先以可修改方式開啟一次。</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}), so it was not opened and nothing was saved into it. Restore the last good backup (Backup ▸ Restore…, or dossier-desk restore); dossier-desk check shows what is damaged.</source>
        <translation>{path} 已損毀（{detail}），因此沒有開啟，也沒有向其中儲存任何內容。請還原最近一次完好的備份（備份 ▸ 還原…，或 dossier-desk restore）；dossier-desk check 可顯示損毀之處。</translation>
    </message>
    <message>
        <source>{path} cannot be read just now ({detail}); nothing was changed.</source>
        <translation>{path} 暫時無法讀取（{detail}），未作任何變更。</translation>
    </message>
    <message>
        <source>The server database {path} already has tables ({detail}); a new dossier database needs an empty one.</source>
        <translation>伺服器資料庫 {path} 中已有資料表（{detail}）；新建檔案資料庫需要一個空的資料庫。</translation>
    </message>
    <message>
        <source>{path} was not upgraded: the copy made before upgrading could not be written ({detail}).</source>
        <translation>{path} 未升級：升級前的副本無法寫入（{detail}）。</translation>
    </message>
    <message>
        <source>“{file}” is not a readable file.</source>
        <translation>「{file}」不是可讀取的檔案。</translation>
    </message>
    <message>
        <source>“{file}” is not a PDF, JPG, PNG or TIFF scan.</source>
        <translation>「{file}」不是 PDF、JPG、PNG 或 TIFF 掃描檔。</translation>
    </message>
    <message>
        <source>“{file}” is damaged and cannot be read ({problem}).</source>
        <translation>「{file}」已損壞，無法讀取（{problem}）。</translation>
    </message>
    <message>
        <source>The move-in checklist was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>入住資料清單其間已被他人修改，現已重新載入——請核對後再次儲存。</translation>
    </message>
    <message>
        <source>“{category}” is not a document category.</source>
        <translation>「{category}」不是文件類別。</translation>
    </message>
    <message>
        <source>A late paper needs its page count: it is numbered on after the bound pages ({field}).</source>
        <translation>補充文件必須登記頁數：其頁號接在已裝訂的頁號之後（{field}）。</translation>
    </message>
    <message>
        <source>There is no document with id {id}.</source>
        <translation>沒有 ID 為 {id} 的文件。</translation>
    </message>
    <message>
        <source>“{code}” is not an item of the move-in checklist.</source>
        <translation>「{code}」不是入住資料清單中的項目。</translation>
    </message>
    <message>
        <source>“{title}” is an original document; originals are never changed. An obvious typo can be corrected with the department manager&apos;s approval (Correct typo…).</source>
        <translation>「{title}」是原件；原件不可更改。如有明顯筆誤，可經部門經理批准更正（更正筆誤…）。</translation>
    </message>
    <message>
        <source>“{title}” is a working copy: edit it instead of correcting it.</source>
        <translation>「{title}」是工作件：請直接修改，無需更正。</translation>
    </message>
    <message>
        <source>“{title}” stays an original: a correction fixes a typo, not what the paper is.</source>
        <translation>「{title}」仍是原件：更正只改筆誤，不改文件的性質。</translation>
    </message>
    <message>
        <source>The document “{title}” was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>文件「{title}」其間已被他人修改，現已重新載入——請核對後再次儲存。</translation>
    </message>
    <message>
        <source>A document&apos;s change is an edit, trashing or a typo correction.</source>
        <translation>文件的修改只能是編輯、移至回收筒或更正筆誤。</translation>
    </message>
    <message>
        <source>Choose at least one file to attach.</source>
        <translation>請至少選擇一個要附加的檔案。</translation>
    </message>
    <message>
        <source>“{title}” is an original document: its scans came with it, and no scan is added later.</source>
        <translation>「{title}」是原件：其掃描件隨原件錄入，之後不能再添加。</translation>
    </message>
    <message>
        <source>There is no scan with id {id}.</source>
        <translation>沒有 ID 為 {id} 的掃描檔。</translation>
    </message>
    <message>
        <source>The scan “{file}” was destroyed on {date} with the manager&apos;s approval; only its record remains.</source>
        <translation>掃描檔「{file}」已於 {date} 經部門經理批准銷毀，僅保留其記錄。</translation>
    </message>
    <message>
        <source>The record of the scan “{file}” is damaged (its SHA-256 fingerprint is malformed), so it was not opened. Restore the file from a backup; dossier-desk check lists every damaged record.</source>
        <translation>掃描檔「{file}」的記錄已損毀（其 SHA-256 指紋格式不正確），因此沒有開啟。請從備份還原該檔案；dossier-desk check 會列出所有損毀的記錄。</translation>
    </message>
    <message>
        <source>There is no authorised signatory with id {id}.</source>
        <translation>沒有編號為{id}的授權人。</translation>
    </message>
    <message>
        <source>There is no specimen with id {id}.</source>
        <translation>沒有編號為{id}的樣本。</translation>
    </message>
    <message>
        <source>The scan “{file}” in {folder} has been replaced by a link to another place, so it was not opened. Restore it from a backup.</source>
        <translation>{folder} 中的掃描檔「{file}」已被替換為指向別處的連結，因此沒有開啟。請從備份還原。</translation>
    </message>
    <message>
        <source>The scan “{file}” is missing from {folder}; restore it from a backup.</source>
        <translation>{folder} 中缺少掃描檔「{file}」，請從備份還原。</translation>
    </message>
    <message>
        <source>The scan “{file}” kept in {folder} is not what was stored (its SHA-256 fingerprint differs), so it was not opened. Restore it from a backup; dossier-desk check lists every damaged scan.</source>
        <translation>保存在 {folder} 中的掃描檔「{file}」與當初保存的內容不一致（其 SHA-256 指紋不同），因此沒有開啟。請從備份還原；dossier-desk check 會列出所有損毀的掃描檔。</translation>
    </message>
    <message>
        <source>The authority cannot end before it begins ({date}).</source>
        <translation>授權截止日不能早於起始日（{date}）。</translation>
    </message>
    <message>
        <source>“{file}” is not a PNG or JPG picture.</source>
        <translation>「{file}」不是 PNG 或 JPG 圖片。</translation>
    </message>
    <message>
        <source>“{file}” is larger than 20 MB: scan the specimen at a lower resolution.</source>
        <translation>「{file}」超過 20 MB：請以較低解析度掃描樣本。</translation>
    </message>
    <message>
        <source>Type the whole ID number.</source>
        <translation>請輸入完整的身分證號碼。</translation>
    </message>
    <message>
        <source>The authorised signatory “{name}” was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>授權人「{name}」已被他人修改，已重新載入——請核對後再儲存。</translation>
    </message>
    <message>
        <source>{name}&apos;s authority already ended on {date}.</source>
        <translation>{name}的授權已於{date}終止。</translation>
    </message>
    <message>
        <source>There is no seal “{seal}”; choose official, contract, finance or other.</source>
        <translation>沒有「{seal}」這種印章；請選擇公章、合約章、財務章或其他印章。</translation>
    </message>
    <message>
        <source>{field} cannot be in the future.</source>
        <translation>{field}不能晚於今天。</translation>
    </message>
    <message>
        <source>Unit {unit} has no dossier: nobody has moved in yet.</source>
        <translation>單元 {unit} 沒有檔案：尚無客戶入住。</translation>
    </message>
    <message>
        <source>There is no dossier numbered {number}.</source>
        <translation>沒有編號為 {number} 的檔案。</translation>
    </message>
    <message>
        <source>The move-out date {move_out} is not after the move-in date {move_in}.</source>
        <translation>退租日期 {move_out} 不晚於入住日期 {move_in}。</translation>
    </message>
    <message>
        <source>The fit-out end {date} is before the move-in date.</source>
        <translation>裝修結束日期 {date} 早於入住日期。</translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation>請至少選擇一個單元。</translation>
    </message>
    <message>
        <source>The same unit is chosen twice.</source>
        <translation>同一單元被選擇了兩次。</translation>
    </message>
    <message>
        <source>Unit {unit} was retired on {day}: no one moves in there.</source>
        <translation>單元 {unit} 已於 {day} 停用，不能辦理入住。</translation>
    </message>
    <message>
        <source>Unit {unit} was moved into meanwhile at another desk ({customer}, from {since}); nothing was saved. Choose another unit or date.</source>
        <translation>單元 {unit} 其間已在另一處辦理入住（{customer}，自 {since} 起）；未儲存任何內容。請另選單元或日期。</translation>
    </message>
    <message>
        <source>Unit {unit} is occupied by {customer} from {since} to {until} on that date.</source>
        <translation>單元 {unit} 在該日期由 {customer} 使用中（{since} 至 {until}）。</translation>
    </message>
    <message>
        <source>keys returned</source>
        <translation>鑰匙已交回</translation>
    </message>
    <message>
        <source>access cards returned</source>
        <translation>門禁卡已交回</translation>
    </message>
    <message>
        <source>final electricity meter reading</source>
        <translation>電錶最後讀數</translation>
    </message>
    <message>
        <source>final water meter reading</source>
        <translation>水錶最後讀數</translation>
    </message>
    <message>
        <source>deposit refunded, or retained with a reason</source>
        <translation>押金已退還，或已註明扣留原因</translation>
    </message>
    <message>
        <source>forwarding contact</source>
        <translation>遷出後聯絡方式</translation>
    </message>
    <message>
        <source>{field} must be a meter reading of 0 or more, not “{value}”.</source>
        <translation>{field}必須是不小於 0 的讀數，而不是「{value}」。</translation>
    </message>
    <message>
        <source>{field} must be water or electricity, not “{value}”.</source>
        <translation>{field}必須是水或電，而不是「{value}」。</translation>
    </message>
    <message>
        <source>This meter has a reading for {date} already.</source>
        <translation>該錶在 {date} 已有讀數。</translation>
    </message>
    <message>
        <source>{field} {value} is lower than the reading of {date} ({before}); for a new meter, give its number.</source>
        <translation>{field} {value} 低於 {date} 的讀數（{before}）；如為新換的錶，請填寫錶號。</translation>
    </message>
    <message>
        <source>{field} must be a whole number of days from 0 to 36500.</source>
        <translation>{field}必須是 0 到 36500 之間的整天數。</translation>
    </message>
    <message>
        <source>There is no tenancy with id {id}.</source>
        <translation>沒有 ID 為 {id} 的租期紀錄。</translation>
    </message>
    <message>
        <source>{field} is still to come ({date}).</source>
        <translation>{field}還未到（{date}）。</translation>
    </message>
    <message>
        <source>{field} must be phone, letter, visit, e-mail or text message, not “{value}”.</source>
        <translation>{field}必須是電話、信函、上門、電子郵件或簡訊，而不是「{value}」。</translation>
    </message>
    <message>
        <source>{field} is before the day of the call ({date}).</source>
        <translation>{field}早於催款當天（{date}）。</translation>
    </message>
    <message>
        <source>The tenancy of “{customer}” was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>「{customer}」的租期記錄其間已被他人修改，現已重新載入——請核對後再次儲存。</translation>
    </message>
    <message>
        <source>Unit id {id} is not one this tenant still occupies.</source>
        <translation>ID 為 {id} 的單元不在該客戶目前租用的單元之中。</translation>
    </message>
    <message>
        <source>This tenant has already given back every unit.</source>
        <translation>該客戶已交還全部單元。</translation>
    </message>
    <message>
        <source>A move-out is recorded on the day the keys come back ({date} is still to come); for a coming move-out, record the notice.</source>
        <translation>退租應於交還鑰匙當天登記（{date} 尚未到來）；若是即將退租，請登記退租通知。</translation>
    </message>
    <message>
        <source>The deposits still hold money not yet refunded or retained: {held}. Refund or retain them first (the dossier&apos;s Fees section).</source>
        <translation>押金尚未退還或扣留：{held}。請先在檔案的「費用」頁退還或扣留。</translation>
    </message>
    <message>
        <source>The move-out checklist is not complete; still missing: {items}.</source>
        <translation>退租清單尚未完成，仍缺：{items}。</translation>
    </message>
    <message>
        <source>A notice is for a day still to come, not {date}; record the move-out instead.</source>
        <translation>退租通知只能用於未來的日期，{date} 不行；請直接登記退租。</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>密碼至少需要 {count} 個字元。</translation>
    </message>
    <message>
        <source>A login name uses letters, digits and punctuation, without spaces: “{login}”.</source>
        <translation>使用者名稱只能使用字母、數字和標點，不可有空格：「{login}」。</translation>
    </message>
    <message>
        <source>There is already a user named “{login}”.</source>
        <translation>已有名為「{login}」的使用者。</translation>
    </message>
    <message>
        <source>This database already has users; log in as an administrator.</source>
        <translation>此資料庫已有使用者，請以管理員身分登入。</translation>
    </message>
    <message>
        <source>There is no user named “{login}”.</source>
        <translation>沒有名為「{login}」的使用者。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>此使用者已不存在。</translation>
    </message>
    <message>
        <source>The user “{login}” was changed meanwhile by someone else; look again.</source>
        <translation>使用者「{login}」已被他人修改，請重新檢視。</translation>
    </message>
    <message>
        <source>“{login}” is the last active administrator, so the account stays an active administrator; make another user an administrator first.</source>
        <translation>「{login}」是最後一個啟用中的系統管理員，因此該帳戶必須保持為啟用的系統管理員；請先將另一位使用者設為系統管理員。</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>目前密碼錯誤，未作任何變更。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密碼不能與目前密碼相同。</translation>
    </message>
    <message>
        <source>The account “{login}” is locked after too many wrong passwords, until {until}; try again then, or ask an administrator to unlock it.</source>
        <translation>帳戶「{login}」因密碼錯誤次數過多已被鎖定，至 {until}；請屆時再試，或請系統管理員解鎖。</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>The figure “{kind}” has a list window of its own.</source>
        <translation>「{kind}」這項資料有自己的列表視窗。</translation>
    </message>
    <message>
        <source>{field} must be a month written as YYYY-MM, such as 2026-03, not “{value}”.</source>
        <translation>{field}必須寫成 YYYY-MM 格式的月份，例如 2026-03，而不是「{value}」。</translation>
    </message>
    <message>
        <source>There is no fee item with id {id}.</source>
        <translation>沒有編號為 {id} 的收費項目。</translation>
    </message>
    <message>
        <source>“{item}” is charged by the monthly run, not by hand; choose a one-off item.</source>
        <translation>「{item}」由每月產生費用時自動計收，不能手工新增；請選擇一次性收費項目。</translation>
    </message>
    <message>
        <source>Unit id {id} is not one of this tenancy&apos;s units.</source>
        <translation>編號為 {id} 的房間不屬於該租戶。</translation>
    </message>
    <message>
        <source>There is no charge with id {id}.</source>
        <translation>沒有編號為 {id} 的應收費用。</translation>
    </message>
    <message>
        <source>{field} must not be empty.</source>
        <translation>{field}不可空白。</translation>
    </message>
    <message>
        <source>Only a one-off charge is cancelled by hand; a monthly charge follows the tenancy&apos;s dates.</source>
        <translation>只有一次性收費可以手工取消；每月費用按租期自動調整。</translation>
    </message>
    <message>
        <source>This charge has been cancelled already.</source>
        <translation>該筆費用已經取消。</translation>
    </message>
    <message>
        <source>This charge has been paid (in part): reverse the payment first.</source>
        <translation>該筆費用已（部分）收款：請先沖銷該筆收款。</translation>
    </message>
    <message>
        <source>The scans of a dossier file are always kept in the folder beside it; this setting is for a database on a server.</source>
        <translation>檔案資料庫檔案的掃描檔始終保存在檔案旁邊的資料夾中；此設定僅適用於伺服器上的資料庫。</translation>
    </message>
    <message>
        <source>Choose the shared folder the scans are to be kept in.</source>
        <translation>請選擇用來保存掃描檔的共用資料夾。</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {limit}).</source>
        <translation>{field}太長（{length} 個字元，最多 {limit} 個）。</translation>
    </message>
    <message>
        <source>The scans folder must be a full path every desk reaches (such as \\server\scans), not “{path}”.</source>
        <translation>掃描檔資料夾必須是每台櫃台電腦都能存取的完整路徑（例如 \\檔案伺服器\掃描檔），而不是「{path}」。</translation>
    </message>
    <message>
        <source>The folder {path} cannot be reached from this desk; every desk must reach the scans folder.</source>
        <translation>本機無法存取資料夾 {path}；每台櫃台電腦都必須能存取掃描檔資料夾。</translation>
    </message>
    <message>
        <source>The database already keeps scans ({count}); they would not be found in a folder, so the place was not changed. Moving scans is not something this version does.</source>
        <translation>資料庫中已保存掃描檔（{count} 個），改用資料夾後將找不到它們，因此未變更保存位置。此版本不能搬移掃描檔。</translation>
    </message>
    <message>
        <source>The scans folder {folder} cannot be reached from this desk, so it cannot be told whether it holds scans; the place was not changed.</source>
        <translation>本機無法存取掃描檔資料夾 {folder}，無法判斷其中是否有掃描檔；未變更保存位置。</translation>
    </message>
    <message>
        <source>The scans folder {folder} already holds scans ({count}); they would not be found in the new place, so the place was not changed. Moving scans is not something this version does.</source>
        <translation>掃描檔資料夾 {folder} 中已有掃描檔（{count} 個），改到新位置後將找不到它們，因此未變更保存位置。此版本不能搬移掃描檔。</translation>
    </message>
    <message>
        <source>{field} must be a full path (with its drive or starting at /), not “{path}”.</source>
        <translation>{field}必須是完整路徑（含磁碟代號，或以 / 開頭），而不是「{path}」。</translation>
    </message>
    <message>
        <source>{field} must not be inside the database&apos;s own scans folder {scans}.</source>
        <translation>{field}不能位於資料庫本身的掃描檔資料夾 {scans} 之內。</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}, not “{value}”.</source>
        <translation>{field}必須是 {low} 到 {high} 之間的整數，而不是「{value}」。</translation>
    </message>
    <message>
        <source>There is no complaint {number}.</source>
        <translation>沒有編號為 {number} 的投訴。</translation>
    </message>
    <message>
        <source>Complaint {number} was changed meanwhile; look at it again, then repeat the step.</source>
        <translation>投訴 {number} 已被他人修改；請重新查看後再辦理這一步。</translation>
    </message>
    <message>
        <source>{field} must be a date.</source>
        <translation>{field}必須是日期。</translation>
    </message>
    <message>
        <source>{field} is in the future ({value}).</source>
        <translation>{field}不能晚於現在（{value}）。</translation>
    </message>
    <message>
        <source>{field} must be a date written as YYYY-MM-DD, not “{value}”.</source>
        <translation>{field}必須是 YYYY-MM-DD 格式的日期，而不是「{value}」。</translation>
    </message>
    <message>
        <source>{field} must be a date from {first} to {last}, not {value}.</source>
        <translation>{field}必須是 {first} 到 {last} 之間的日期，而不是 {value}。</translation>
    </message>
    <message>
        <source>{rows} × {columns} labels of {width} × {height} mm do not fit on an A4 page with these margins.</source>
        <translation>依目前的邊界，{rows} × {columns} 個 {width} × {height} mm 的標牌無法排入一張 A4 紙。</translation>
    </message>
    <message>
        <source>The code on a label is “qr” or “barcode”, not “{code}”.</source>
        <translation>標牌上的條碼只能是「qr」（QR 碼）或「barcode」（條碼），而不是「{code}」。</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>沒有要列印的標牌。</translation>
    </message>
    <message>
        <source>There are no archive boxes for {year} yet: archive the year first.</source>
        <translation>{year} 年還沒有檔案盒：請先進行該年度歸檔。</translation>
    </message>
    <message>
        <source>Choose at least one archive box.</source>
        <translation>請至少選擇一個檔案盒。</translation>
    </message>
    <message>
        <source>A hand-over list is of a year or of chosen archive boxes: choose one of them.</source>
        <translation>移交清單按年度或按所選檔案盒列印：請選擇其中一種。</translation>
    </message>
    <message>
        <source>Your role, {role}, may not {action}.</source>
        <translation>您的角色（{role}）無權{action}。</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}); nothing more was saved into it. Restore the last good backup (Backup ▸ Restore…, or dossier-desk restore); dossier-desk check shows what is damaged.</source>
        <translation>資料庫檔案已損毀（{detail}），沒有再向其中儲存任何內容。請還原最近一次完好的備份（備份 ▸ 還原…，或 dossier-desk restore）；dossier-desk check 可顯示損毀之處。</translation>
    </message>
    <message>
        <source>The database file could not be read or written ({detail}); nothing more was saved.</source>
        <translation>無法讀寫資料庫檔案（{detail}），沒有再儲存任何內容。</translation>
    </message>
    <message>
        <source>{file} is open in Dossier Desk by {user} on {pc} since {since}.</source>
        <translation>{file} 已由 {user} 在 {pc} 上用客戶檔案台開啟（自 {since} 起）。</translation>
    </message>
    <message>
        <source>No backup folder is set yet; choose one, best on another disk or a USB stick.</source>
        <translation>尚未設定備份資料夾；請選擇一個，最好位於另一顆磁碟或隨身碟上。</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>還原已取消，未做任何變更。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing of it was kept.</source>
        <translation>備份已取消，未保留任何內容。</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached or made ({reason}).</source>
        <translation>無法存取或建立備份資料夾 {folder}（{reason}）。</translation>
    </message>
    <message>
        <source>Another backup into {folder} is running; try again when it has finished.</source>
        <translation>另一個備份正在寫入 {folder}；請待其完成後再試。</translation>
    </message>
    <message>
        <source>The database {path} could not be read ({detail}); run check on it.</source>
        <translation>無法讀取資料庫 {path}（{detail}）；請對其執行檢查（check）。</translation>
    </message>
    <message>
        <source>The scan {sha} is missing from {folder}; run check on {path}. Nothing of the backup was kept.</source>
        <translation>{folder} 中缺少掃描檔 {sha}；請對 {path} 執行檢查（check）。此次備份未保留任何內容。</translation>
    </message>
    <message>
        <source>The scan {sha} in {folder} no longer matches its SHA-256; run check on {path}. Nothing of the backup was kept.</source>
        <translation>{folder} 中的掃描檔 {sha} 已與其 SHA-256 不一致；請對 {path} 執行檢查（check）。此次備份未保留任何內容。</translation>
    </message>
    <message>
        <source>{path} is not a Dossier Desk database; it was not backed up.</source>
        <translation>{path} 不是客戶檔案台的資料庫，未備份。</translation>
    </message>
    <message>
        <source>{path} names a scan by a malformed hash ({detail}); run check on it.</source>
        <translation>{path} 中有掃描檔的雜湊值格式錯誤（{detail}）；請對其執行檢查（check）。</translation>
    </message>
    <message>
        <source>The copy of {path} failed SQLite&apos;s integrity check ({detail}); run check on the database.</source>
        <translation>{path} 的副本未通過 SQLite 完整性檢查（{detail}）；請對資料庫執行檢查（check）。</translation>
    </message>
    <message>
        <source>The copy of {path} does not hold the rows the database held; nothing was kept.</source>
        <translation>{path} 的副本與資料庫中的記錄不一致；未保留任何內容。</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not keep what is written to it intact; use another.</source>
        <translation>備份資料夾 {folder} 無法完好保存寫入的內容；請換一個。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; the restore stopped and {target} is unchanged.</source>
        <translation>{path} 所在磁碟已滿；還原已停止，{target} 未被變更。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; the backup stopped and nothing of it was kept.</source>
        <translation>{path} 所在磁碟已滿；備份已停止，未保留任何內容。</translation>
    </message>
    <message>
        <source>The restore could not use {path} ({reason}); {target} is unchanged.</source>
        <translation>還原無法使用 {path}（{reason}）；{target} 未被變更。</translation>
    </message>
    <message>
        <source>The backup could not use {path} ({reason}); nothing of it was kept.</source>
        <translation>備份無法使用 {path}（{reason}）；未保留任何內容。</translation>
    </message>
    <message>
        <source>{folder} is not a readable Dossier Desk backup ({detail}).</source>
        <translation>{folder} 不是可讀取的客戶檔案台備份（{detail}）。</translation>
    </message>
    <message>
        <source>{folder} was made by a newer version of Dossier Desk; update the program.</source>
        <translation>{folder} 由較新版本的客戶檔案台建立；請更新程式。</translation>
    </message>
    <message>
        <source>{folder} is a backup folder, not one backup; choose one of the dated folders inside it.</source>
        <translation>{folder} 是備份資料夾，而不是一份備份；請選擇其中一個以日期命名的資料夾。</translation>
    </message>
    <message>
        <source>There is no backup in {folder} (it has no manifest.json).</source>
        <translation>{folder} 中沒有備份（缺少 manifest.json）。</translation>
    </message>
    <message>
        <source>{path} is a pg_dump of a server database: restore it into an empty server database, then make a file of it with export-to-file.</source>
        <translation>{path} 是伺服器資料庫的 pg_dump 備份：請先把它還原到一個空的伺服器資料庫，再用 export-to-file 匯出為資料庫檔案。</translation>
    </message>
    <message>
        <source>The restore stopped ({detail}); {target} is unchanged.</source>
        <translation>還原已停止（{detail}）；{target} 未被變更。</translation>
    </message>
    <message>
        <source>{path} is open in Dossier Desk or another program; close it there first, then restore.</source>
        <translation>{path} 正在客戶檔案台或其他程式中開啟；請先在那裡關閉，再進行還原。</translation>
    </message>
    <message>
        <source>{path} is a folder; name the database file to restore to.</source>
        <translation>{path} 是資料夾；請指定要還原到的資料庫檔案。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name for the restored file.</source>
        <translation>{path} 已存在；請為還原的檔案另取一個名稱。</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose a new name, or replace it (it is backed up first).</source>
        <translation>{path} 已有檔案；請換一個名稱，或取代它（會先備份）。</translation>
    </message>
    <message>
        <source>{path} is not a Dossier Desk database; it is not replaced.</source>
        <translation>{path} 不是客戶檔案台的資料庫，不會被取代。</translation>
    </message>
    <message>
        <source>The restored scan {sha} did not read back as written; the disk of {folder} may be failing.</source>
        <translation>還原的掃描檔 {sha} 讀回的內容與寫入的不一致；{folder} 所在磁碟可能發生故障。</translation>
    </message>
    <message>
        <source>The backup {folder} is damaged ({detail}); restore another one.</source>
        <translation>備份 {folder} 已損壞（{detail}）；請還原另一份備份。</translation>
    </message>
    <message>
        <source>{file} cannot be written: the disk is read-only.</source>
        <translation>無法寫入 {file}：磁碟是唯讀的。</translation>
    </message>
    <message>
        <source>The name {file} is too long for the disk; choose a shorter name.</source>
        <translation>名稱 {file} 太長，磁碟無法儲存；請換一個較短的名稱。</translation>
    </message>
    <message>
        <source>{file} is a folder; give the name of a file.</source>
        <translation>{file} 是資料夾；請給出檔案名稱。</translation>
    </message>
    <message>
        <source>{file} cannot be written: a part of its path is a file, not a folder.</source>
        <translation>無法寫入 {file}：其路徑中有一部分是檔案，而不是資料夾。</translation>
    </message>
    <message>
        <source>{file} cannot be written: the folder {folder} does not exist.</source>
        <translation>無法寫入 {file}：資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <source>A file already exists at {file}; choose a new name.</source>
        <translation>{file} 已有檔案，請換一個名稱。</translation>
    </message>
    <message>
        <source>The disk failed while writing {file} ({problem}); check the disk or choose another one.</source>
        <translation>寫入 {file} 時磁碟出錯（{problem}）；請檢查磁碟或換一個磁碟。</translation>
    </message>
    <message>
        <source>The disk is full: {file} was not written. Free some space or choose another disk.</source>
        <translation>磁碟已滿：{file} 未寫入。請騰出空間或換一個磁碟。</translation>
    </message>
    <message>
        <source>{file} cannot be written: access is denied (a read-only place, or the file is open in another program).</source>
        <translation>無法寫入 {file}：存取被拒（唯讀位置，或檔案正被其他程式開啟）。</translation>
    </message>
    <message>
        <source>{file} is in use by another program; close it and try again.</source>
        <translation>{file} 正被其他程式使用；請關閉後重試。</translation>
    </message>
    <message>
        <source>{file} could not be written ({problem}).</source>
        <translation>無法寫入 {file}（{problem}）。</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>{file} cannot be read: access is denied.</source>
        <translation>無法讀取 {file}：存取被拒。</translation>
    </message>
    <message>
        <source>{file} could not be read ({problem}).</source>
        <translation>無法讀取 {file}（{problem}）。</translation>
    </message>
    <message>
        <source>It is recorded, but {file} could not be put in place ({problem}); the complete file is {partial}.</source>
        <translation>已記錄，但無法將 {file} 放到位（{problem}）；完整的檔案是 {partial}。</translation>
    </message>
    <message>
        <source>A folder {folder} is already beside {path}; move it away or choose a new name.</source>
        <translation>{path} 旁已有資料夾 {folder}；請將其移走或換一個名稱。</translation>
    </message>
    <message>
        <source>There is no kind of request called “{kind}”.</source>
        <translation>沒有名為「{kind}」的申請類別。</translation>
    </message>
    <message>
        <source>There is already a request for this waiting or approved ({what}); nothing new was asked.</source>
        <translation>此事已有待審批或已批准的申請（{what}），未重複申請。</translation>
    </message>
    <message>
        <source>There is no request number {number}.</source>
        <translation>沒有編號為 {number} 的申請。</translation>
    </message>
    <message>
        <source>Request number {number} was changed meanwhile; look at it again.</source>
        <translation>申請 {number} 剛被他人改動，請重新查看。</translation>
    </message>
    <message>
        <source>Request number {number} is no longer waiting: {status}.</source>
        <translation>申請 {number} 已不在待審批狀態：{status}。</translation>
    </message>
    <message>
        <source>Say why the request is refused: the person who asked will read it.</source>
        <translation>請寫明不批准的理由，申請人會看到。</translation>
    </message>
    <message>
        <source>Request number {number} can no longer be withdrawn: {status}.</source>
        <translation>申請 {number} 已不能撤回：{status}。</translation>
    </message>
    <message>
        <source>Only the person who asked, or the manager, can withdraw request number {number}.</source>
        <translation>只有申請人或部門經理可以撤回申請 {number}。</translation>
    </message>
    <message>
        <source>As the manager&apos;s own decision this needs a reason, kept with the record.</source>
        <translation>由經理直接決定時須寫明理由，理由將隨記錄保存。</translation>
    </message>
    <message>
        <source>The request for this ({what}) is still waiting for the department manager; it can be done once it is approved, or when the manager signs here.</source>
        <translation>此事的申請（{what}）仍在等待部門經理審批；批准後，或經理在此當場簽批後，才能辦理。</translation>
    </message>
    <message>
        <source>This needs the department manager&apos;s approval first ({what}): ask for it, or have the manager sign here.</source>
        <translation>此事須先經部門經理批准（{what}）：請提交申請，或請經理在此當場簽批。</translation>
    </message>
    <message>
        <source>{field} must be a month written as YYYY-MM, not “{value}”.</source>
        <translation>{field}須寫作 YYYY-MM 格式的月份，而不是「{value}」。</translation>
    </message>
    <message>
        <source>The payment with receipt {number} has not been reversed.</source>
        <translation>收據 {number} 的收款未被紅沖。</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it begins ({first}).</source>
        <translation>期間的截止日期（{last}）早於起始日期（{first}）。</translation>
    </message>
    <message>
        <source>Name at least one dossier to lend.</source>
        <translation>請至少指定一份要借閱的檔案。</translation>
    </message>
    <message>
        <source>Loan {id} has no request to decide.</source>
        <translation>借閱單 {id} 沒有待審批的申請。</translation>
    </message>
    <message>
        <source>There is no loan number {id}.</source>
        <translation>沒有編號為 {id} 的借閱單。</translation>
    </message>
    <message>
        <source>{field} cannot be before today ({today}).</source>
        <translation>{field}不能早於今天（{today}）。</translation>
    </message>
    <message>
        <source>One request lends at most {limit} dossiers.</source>
        <translation>一次申請最多借閱 {limit} 份檔案。</translation>
    </message>
    <message>
        <source>Dossier {number} was destroyed; it cannot be lent.</source>
        <translation>檔案 {number} 已銷毀，不能借閱。</translation>
    </message>
    <message>
        <source>Dossier {number} is out on loan to {borrower} since {since}.</source>
        <translation>檔案 {number} 自 {since} 起已借給 {borrower}。</translation>
    </message>
    <message>
        <source>Dossier {number} is already asked for by {borrower} (loan {loan}).</source>
        <translation>檔案 {number} 已由 {borrower} 申請借閱（借閱單 {loan}）。</translation>
    </message>
    <message>
        <source>Loan {id} was handed out already.</source>
        <translation>借閱單 {id} 已借出。</translation>
    </message>
    <message>
        <source>Loan {id} came back already.</source>
        <translation>借閱單 {id} 已歸還。</translation>
    </message>
    <message>
        <source>Loan {id} was refused; it cannot be handed out.</source>
        <translation>借閱單 {id} 未獲批准，不能借出。</translation>
    </message>
    <message>
        <source>Loan {id} was withdrawn; it cannot be handed out.</source>
        <translation>借閱 {id} 已撤回，不能借出。</translation>
    </message>
    <message>
        <source>Say what was missing or damaged when the dossiers did not come back complete.</source>
        <translation>檔案歸還不完好時，請註明缺失或損壞的內容。</translation>
    </message>
    <message>
        <source>Loan {id} was never handed out; there is nothing to take back.</source>
        <translation>借閱單 {id} 尚未借出，無需歸還。</translation>
    </message>
    <message>
        <source>Loan {id} was changed meanwhile by someone else; look at it again.</source>
        <translation>借閱單 {id} 已被他人修改，請重新查看。</translation>
    </message>
    <message>
        <source>{field} must be a month from 1 to 12, not “{value}”.</source>
        <translation>{field}須為 1 至 12 的月份，而不是「{value}」。</translation>
    </message>
    <message>
        <source>The day “until” ({until}) is before the day “since” ({since}).</source>
        <translation>截止日期（{until}）早於起始日期（{since}）。</translation>
    </message>
    <message>
        <source>There is no user “{login}”.</source>
        <translation>沒有使用者「{login}」。</translation>
    </message>
    <message>
        <source>Choose at least one dossier for the destruction list.</source>
        <translation>請至少選擇一卷檔案列入銷毀清冊。</translation>
    </message>
    <message>
        <source>A dossier is named twice in the destruction list.</source>
        <translation>銷毀清冊中有檔案重複列出。</translation>
    </message>
    <message>
        <source>Dossier {id} is not due for appraisal on {date}: its retention has not run out, it is already on a destruction list, or it was kept longer.</source>
        <translation>檔案 {id} 在 {date} 不需鑑定：保管期限未滿、已列入銷毀清冊，或已延長保管。</translation>
    </message>
    <message>
        <source>A file kept longer ({file_number}) is kept until a year from {first} to {last}.</source>
        <translation>延長保管的檔案（{file_number}）須保管至 {first} 年至 {last} 年之間的某一年。</translation>
    </message>
    <message>
        <source>Say why {file_number} is kept longer (延长保管的理由).</source>
        <translation>請填寫 {file_number} 延長保管的理由。</translation>
    </message>
    <message>
        <source>There is no destruction list {number}.</source>
        <translation>沒有銷毀清冊 {number}。</translation>
    </message>
    <message>
        <source>A destruction is witnessed by two people (监销人): name both.</source>
        <translation>銷毀須有兩名監銷人，請填寫兩人姓名。</translation>
    </message>
    <message>
        <source>The two witnesses (监销人) must be two different people.</source>
        <translation>兩名監銷人必須是不同的人。</translation>
    </message>
    <message>
        <source>Destruction list {number} was changed meanwhile; look at it again.</source>
        <translation>銷毀清冊 {number} 已被他人修改，請重新查看。</translation>
    </message>
    <message>
        <source>Destruction list {number} was already carried out.</source>
        <translation>銷毀清冊 {number} 已經執行銷毀。</translation>
    </message>
    <message>
        <source>Destruction list {number} is not approved by the department manager: nothing is destroyed.</source>
        <translation>銷毀清冊 {number} 未經部門經理批准，未銷毀任何檔案。</translation>
    </message>
    <message>
        <source>Dossier {number} is no longer bound or archived: nothing is destroyed.</source>
        <translation>檔案 {number} 已不是已裝訂或已歸檔狀態，未銷毀任何檔案。</translation>
    </message>
    <message>
        <source>There is no floor 0: basements are −1, −2 …, floors above ground 1, 2 …</source>
        <translation>沒有第 0 層：地下層為 −1、−2 …，地上層為 1、2 …</translation>
    </message>
    <message>
        <source>The building already has a floor at level {level} ({label}).</source>
        <translation>樓宇已有層號為 {level} 的樓層（{label}）。</translation>
    </message>
    <message>
        <source>Floor {floor} was changed meanwhile by someone else; it has been reloaded — check it and try again.</source>
        <translation>樓層 {floor} 已被他人修改，已重新讀取——請核對後重試。</translation>
    </message>
    <message>
        <source>Floor {floor} still has units in use ({units}): retire or merge them first.</source>
        <translation>樓層 {floor} 仍有在用單元（{units}）：請先停用或合併這些單元。</translation>
    </message>
    <message>
        <source>Unit {unit} has a tenancy ({customer}, from {since}): it cannot be retired.</source>
        <translation>單元 {unit} 有租約（{customer}，自 {since} 起），不能停用。</translation>
    </message>
    <message>
        <source>Choose at least two units to merge.</source>
        <translation>請至少選擇兩個單元進行合併。</translation>
    </message>
    <message>
        <source>Only units on one floor can be merged ({units} are on different floors).</source>
        <translation>只能合併同一樓層的單元（{units} 不在同一樓層）。</translation>
    </message>
    <message>
        <source>Unit {unit} has a tenancy ({customer}, from {since}): it cannot be merged.</source>
        <translation>單元 {unit} 有租約（{customer}，自 {since} 起），不能合併。</translation>
    </message>
    <message>
        <source>Unit {unit} has a tenancy ({customer}, from {since}): it cannot be split.</source>
        <translation>單元 {unit} 有租約（{customer}，自 {since} 起），不能拆分。</translation>
    </message>
    <message>
        <source>A unit is split into at least two parts.</source>
        <translation>單元至少要拆分為兩部分。</translation>
    </message>
    <message>
        <source>Unit number {number} is given twice.</source>
        <translation>單元號 {number} 重複。</translation>
    </message>
    <message>
        <source>The parts measure {total} m², more than unit {unit}&apos;s {area} m².</source>
        <translation>各部分合計 {total} m²，超過單元 {unit} 的 {area} m²。</translation>
    </message>
    <message>
        <source>There is no floor with id {id}.</source>
        <translation>沒有編號為 {id} 的樓層。</translation>
    </message>
    <message>
        <source>Floor {floor} was retired on {day}: it no longer changes.</source>
        <translation>樓層 {floor} 已於 {day} 停用，不能再修改。</translation>
    </message>
    <message>
        <source>The building already has a floor named {label}.</source>
        <translation>樓宇已有名為 {label} 的樓層。</translation>
    </message>
    <message>
        <source>Unit {number} existed on {floor} and was retired; its dossiers keep the number: choose another.</source>
        <translation>單元 {number} 曾在 {floor}，已停用；其檔案保留該單元號：請另選一個。</translation>
    </message>
    <message>
        <source>There is already a unit {number} on {floor}.</source>
        <translation>{floor} 已有單元 {number}。</translation>
    </message>
    <message>
        <source>Unit {unit} has had tenants: its number is on their papers and cannot change.</source>
        <translation>單元 {unit} 曾有租戶：單元號已寫在其文件上，不能更改。</translation>
    </message>
    <message>
        <source>The archive settings are not confirmed yet: save them before giving old files their archival codes.</source>
        <translation>檔案設定尚未確認：請先儲存設定，再為舊案卷編製檔號。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are waiting now, but the preview showed {expected}: look at the preview again.</source>
        <translation>
            <numerusform>現在有 %n 卷待編，但預覽顯示 {expected} 卷：請重新查看預覽。</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} has a “{brace}” that is not closed.</source>
        <translation>{field}中的「{brace}」沒有閉合。</translation>
    </message>
    <message>
        <source>{field} has a “{brace}” that was not opened.</source>
        <translation>{field}中的「{brace}」沒有對應的左括號。</translation>
    </message>
    <message>
        <source>{field} may not contain “{char}”: no spaces and no characters a file name cannot hold.</source>
        <translation>{field}不能包含「{char}」：不得有空格，也不得有檔案名稱中不允許的字元。</translation>
    </message>
    <message>
        <source>{field} must contain {part}: every archival code needs the year and number.</source>
        <translation>{field}必須包含 {part}：每個檔號都需要年度和案卷號。</translation>
    </message>
    <message>
        <source>{field} has an unknown part “{part}”: the parts are {parts}.</source>
        <translation>{field}中有未知的部分「{part}」：可用部分為 {parts}。</translation>
    </message>
    <message>
        <source>{field} has {part} twice.</source>
        <translation>{field}中 {part} 出現了兩次。</translation>
    </message>
    <message>
        <source>{field}: only the file&apos;s number takes a width, written like {example} (1 to 9 digits).</source>
        <translation>{field}：只有案卷號可以指定位數，寫法如 {example}（1 至 9 位）。</translation>
    </message>
    <message>
        <source>{field} must be letters and digits only (no spaces, dashes or other marks), not “{value}”.</source>
        <translation>{field}只能由字母和數字組成（不得有空格、連字號或其他符號），而不是「{value}」。</translation>
    </message>
    <message>
        <source>{field}: “{code}” stands for two retention periods; each period needs its own code.</source>
        <translation>{field}：「{code}」同時代表兩個保管期限；每個保管期限需要各自的代碼。</translation>
    </message>
    <message>
        <source>{field} makes codes of {length} characters, like “{example}”: at most {limit}.</source>
        <translation>按{field}產生的檔號長達 {length} 個字元，如「{example}」：最多 {limit} 個。</translation>
    </message>
    <message>
        <source>The archive settings were changed meanwhile at another desk; nothing was saved. They have been reloaded — check them and save again.</source>
        <translation>檔案設定其間已在另一處被修改；未儲存任何內容。設定已重新載入——請核對後再次儲存。</translation>
    </message>
    <message>
        <source>{field} must be three codes separated by commas (permanent, 30 years, 10 years), not “{value}”.</source>
        <translation>{field}必須是用逗號分隔的三個代碼（永久、30年、10年），而不是「{value}」。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) of history before {day} would begin before {first}.</source>
        <translation>
            <numerusform>{day} 之前 %n 年的歷史將早於 {first} 年開始。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates are the wrong way round: {start} is after {end}.</source>
        <translation>日期前後顛倒：{start} 晚於 {end}。</translation>
    </message>
    <message>
        <source>There is no document category “{code}”.</source>
        <translation>沒有文件類別「{code}」。</translation>
    </message>
    <message>
        <source>Cancelled: nothing of it was kept.</source>
        <translation>已取消：未保留任何結果。</translation>
    </message>
    <message>
        <source>There is no deposit with id {id}.</source>
        <translation>沒有編號為 {id} 的押金。</translation>
    </message>
    <message>
        <source>This deposit was changed meanwhile by someone else; check it again.</source>
        <translation>這筆押金剛被他人修改過，請重新核對。</translation>
    </message>
    <message>
        <source>{field} must be more than 0 and at most 10,000,000,000.00.</source>
        <translation>{field}必須大於 0 且不超過 10,000,000,000.00。</translation>
    </message>
    <message>
        <source>{field} must be one of the kinds of deposit, not “{value}”.</source>
        <translation>{field}必須是一種押金類別，而不是「{value}」。</translation>
    </message>
    <message>
        <source>Receipt number {number} has been used already.</source>
        <translation>收據號 {number} 已被使用。</translation>
    </message>
    <message>
        <source>Only {held} of this deposit is still held, not {amount}.</source>
        <translation>這筆押金只剩 {held} 未處理，不足 {amount}。</translation>
    </message>
    <message>
        <source>{field} is before the deposit was received ({date}).</source>
        <translation>{field}早於收取押金的日期（{date}）。</translation>
    </message>
    <message>
        <source>Say why the deposit is retained.</source>
        <translation>請說明扣留押金的原因。</translation>
    </message>
    <message>
        <source>The fee settings were changed meanwhile at another desk; nothing was saved: check them again.</source>
        <translation>收費設定其間已在另一處被修改；未儲存任何內容，請重新核對。</translation>
    </message>
    <message>
        <source>{field} may hold only letters, digits, - and _, not “{value}”.</source>
        <translation>{field}只能包含字母、數字、- 和 _，而不是「{value}」。</translation>
    </message>
    <message>
        <source>{field} must be one of the ways a fee is worked out, not “{value}”.</source>
        <translation>{field}必須是一種計費方式，而不是「{value}」。</translation>
    </message>
    <message>
        <source>A metered fee names its meter: water or electricity.</source>
        <translation>按錶計費的項目須指明水錶或電錶。</translation>
    </message>
    <message>
        <source>There is already a fee item called “{name}”.</source>
        <translation>已有名為「{name}」的收費項目。</translation>
    </message>
    <message>
        <source>The fee item “{name}” was changed meanwhile by someone else; check it again.</source>
        <translation>收費項目「{name}」剛被他人修改過，請重新核對。</translation>
    </message>
    <message>
        <source>“{name}” has been charged already, so how it is worked out stays as it is; make a new fee item and set this one inactive.</source>
        <translation>「{name}」已經計收過費用，計費方式不能再改；請新建一個收費項目，並把這個設為停用。</translation>
    </message>
    <message>
        <source>{field} must be a rate of 0 or more with at most four decimals, not “{value}”.</source>
        <translation>{field}必須是不小於 0、最多四位小數的費率，而不是「{value}」。</translation>
    </message>
    <message>
        <source>{field} must be an amount of money.</source>
        <translation>{field}必須是金額。</translation>
    </message>
    <message>
        <source>{field} must be an amount of money such as 1280.50, not “{value}”.</source>
        <translation>{field}必須是金額，例如 1280.50，而不是「{value}」。</translation>
    </message>
    <message>
        <source>{field} has more than two decimal places (fen): “{value}”.</source>
        <translation>{field}的小數超過兩位（分）：「{value}」。</translation>
    </message>
    <message>
        <source>{field} must be more than 0 and at most 10,000,000,000.00, not “{value}”.</source>
        <translation>{field}必須大於 0 且不超過 10,000,000,000.00，而不是「{value}」。</translation>
    </message>
    <message>
        <source>{field} is still to come ({date}); record a payment when it is received.</source>
        <translation>{field}還未到（{date}）；請在實際收到款項時再登記。</translation>
    </message>
    <message>
        <source>{field} must be one of the payment methods, not “{value}”.</source>
        <translation>{field}必須是一種付款方式，而不是「{value}」。</translation>
    </message>
    <message>
        <source>{field} may hold letters, digits, - / and _ (at most 30), not “{value}”.</source>
        <translation>{field}只能包含字母、數字、-、/ 和 _（最多 30 個），而不是「{value}」。</translation>
    </message>
    <message>
        <source>Charge {id} is not an open charge of this tenancy.</source>
        <translation>費用 {id} 不是該租戶的未結費用。</translation>
    </message>
    <message>
        <source>More is allocated to charge {id} than is still owed on it.</source>
        <translation>分配給費用 {id} 的金額超過了其未付金額。</translation>
    </message>
    <message>
        <source>The allocations come to more than the amount paid.</source>
        <translation>分配的合計超過了收款金額。</translation>
    </message>
    <message>
        <source>There is no payment with id {id}.</source>
        <translation>沒有編號為 {id} 的收款。</translation>
    </message>
    <message>
        <source>A reversal is not reversed; record the payment again.</source>
        <translation>沖銷記錄不能再沖銷；請重新登記收款。</translation>
    </message>
    <message>
        <source>The payment with receipt {number} has been reversed already.</source>
        <translation>收據號 {number} 的收款已被沖銷。</translation>
    </message>
    <message>
        <source>There is no payment with receipt number {number}.</source>
        <translation>沒有收據號為 {number} 的收款。</translation>
    </message>
    <message>
        <source>Unit {unit} has had no tenant: it has no fees.</source>
        <translation>單元 {unit} 從未有客戶入住，沒有費用。</translation>
    </message>
    <message>
        <source>Nobody chosen is in arrears on {date}: there is no notice to print.</source>
        <translation>截至 {date}，所選客戶均無欠費，沒有需要列印的催款通知單。</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed}, not “{value}”.</source>
        <translation>{field}必須是 {allowed} 之一，而不是「{value}」。</translation>
    </message>
    <message>
        <source>There is no customer {number}.</source>
        <translation>沒有編號為 {number} 的客戶。</translation>
    </message>
    <message>
        <source>{field} asks for too many rows at once (the most is {limit}).</source>
        <translation>{field}一次請求的列數過多（最多 {limit}）。</translation>
    </message>
    <message>
        <source>{field}: the period ends ({end}) before it starts ({start}).</source>
        <translation>{field}：期間的結束（{end}）早於開始（{start}）。</translation>
    </message>
    <message>
        <source>{month} has not begun yet: there is nothing to report.</source>
        <translation>{month} 尚未開始，沒有可報告的內容。</translation>
    </message>
    <message>
        <source>There is no form {code}.</source>
        <translation>沒有表單 {code}。</translation>
    </message>
    <message>
        <source>{field}: the filled form {id} is a {actual}, not a {code}.</source>
        <translation>{field}：已填表單 {id} 是 {actual}，不是 {code}。</translation>
    </message>
    <message>
        <source>{field}: the unit is not one of the tenancy&apos;s units.</source>
        <translation>{field}：該單元不屬於此租戶的租用單元。</translation>
    </message>
    <message>
        <source>{field}: a meter reading is of one unit; choose the unit.</source>
        <translation>{field}：抄表讀數屬於某一個單元，請選擇單元。</translation>
    </message>
    <message>
        <source>{field}: a form is filed in a customer&apos;s dossier; choose the customer&apos;s unit.</source>
        <translation>{field}：表單歸入客戶的檔案，請選擇客戶的單元。</translation>
    </message>
    <message>
        <source>Someone else changed this form meanwhile; it was reloaded. Save again.</source>
        <translation>其他人剛修改了這份表單，已重新載入。請再次保存。</translation>
    </message>
    <message>
        <source>{field}: a filled form stays the form it is ({code}).</source>
        <translation>{field}：已填表單不能改為其他表單（{code}）。</translation>
    </message>
    <message>
        <source>{field}: a recorded meter reading is not changed; fill in a new form for a new reading.</source>
        <translation>{field}：已登記的抄表讀數不能修改；新的讀數請填寫新表單。</translation>
    </message>
    <message>
        <source>There is no filled form with id {id}.</source>
        <translation>沒有編號為 {id} 的已填表單。</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>{field} must be a text.</source>
        <translation>{field}必須是文字。</translation>
    </message>
    <message>
        <source>{field} is too long (at most {max} characters).</source>
        <translation>{field}太長（最多 {max} 個字符）。</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not “{value}”.</source>
        <translation>{field}必須是“是”或“否”，不能是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be a date (YYYY-MM-DD), not “{value}”.</source>
        <translation>{field}必須是日期（YYYY-MM-DD），不能是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be a date between 1900 and 2200.</source>
        <translation>{field}必須是 1900 至 2200 年之間的日期。</translation>
    </message>
    <message>
        <source>{field} must be a number of 0 or more, not “{value}”.</source>
        <translation>{field}必須是不小於 0 的數字，不能是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not “{value}”.</source>
        <translation>{field}必須是整數，不能是“{value}”。</translation>
    </message>
    <message>
        <source>{field} has more than two decimals: “{value}”.</source>
        <translation>{field}的小數超過兩位：“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be an amount of 0 or more, not “{value}”.</source>
        <translation>{field}必須是不小於 0 的金額，不能是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be a list of rows.</source>
        <translation>{field}必須是若干行。</translation>
    </message>
    <message>
        <source>{field} has no column “{column}”.</source>
        <translation>{field}沒有“{column}”這一列。</translation>
    </message>
    <message>
        <source>{field} has more than {max} rows.</source>
        <translation>{field}超過 {max} 行。</translation>
    </message>
    <message>
        <source>{field} needs at least one row.</source>
        <translation>{field}至少需要一行。</translation>
    </message>
    <message>
        <source>Form {code} has no field “{key}”.</source>
        <translation>表單 {code} 沒有“{key}”這一欄。</translation>
    </message>
    <message>
        <source>There is no fit-out project with id {id}.</source>
        <translation>沒有編號為 {id} 的二裝項目。</translation>
    </message>
    <message>
        <source>This fit-out project was changed meanwhile by someone else; check it again.</source>
        <translation>此二裝項目已被他人修改，請重新核對。</translation>
    </message>
    <message>
        <source>The planned end ({end}) comes before the planned start ({start}).</source>
        <translation>計劃完工日期（{end}）早於計劃開工日期（{start}）。</translation>
    </message>
    <message>
        <source>Deposit {id} is not a fit-out deposit of this tenancy.</source>
        <translation>押金 {id} 不是該租戶的裝修押金。</translation>
    </message>
    <message>
        <source>The unit is not one of this tenancy&apos;s units.</source>
        <translation>該單元不屬於此租戶。</translation>
    </message>
    <message>
        <source>The tenant has moved out of this unit: there is no fit-out to apply for.</source>
        <translation>租戶已遷出該單元，不能再申請二裝。</translation>
    </message>
    <message>
        <source>The application can be changed only before the works start.</source>
        <translation>二裝申請只能在開工前修改。</translation>
    </message>
    <message>
        <source>The new end ({end}) must come after the current end ({current}).</source>
        <translation>新的完工日期（{end}）必須晚於目前的完工日期（{current}）。</translation>
    </message>
    <message>
        <source>The fit-out deposit still holds {amount} yuan not yet refunded: refund it (or retain it) under Fees first, then mark the project refunded.</source>
        <translation>裝修押金尚有 {amount} 元未退還：請先在「收費」中退還（或扣留），再將項目標記為押金已退。</translation>
    </message>
    <message>
        <source>The fit-out deposit is refunded only after the works have passed the inspection.</source>
        <translation>裝修驗收合格後才能退還裝修押金。</translation>
    </message>
    <message>
        <source>Works start only after the fit-out project was approved.</source>
        <translation>二裝項目審批通過後才能開工。</translation>
    </message>
    <message>
        <source>The return visit is made once the repair is done.</source>
        <translation>維修完工後才能回訪。</translation>
    </message>
    <message>
        <source>A complaint is closed only after its result has been fed back to the customer.</source>
        <translation>投訴須在處理結果回饋給客戶後才能結案。</translation>
    </message>
    <message>
        <source>The result goes back to the customer only after the supervisor or the manager approved it.</source>
        <translation>處理結果須經主管或部門經理審批後才能回饋給客戶。</translation>
    </message>
    <message>
        <source>A violation is closed only after it has been rectified.</source>
        <translation>違規須整改後才能結案。</translation>
    </message>
    <message>
        <source>There is no repair {number}.</source>
        <translation>沒有編號為 {number} 的報修。</translation>
    </message>
    <message>
        <source>Repair {number} was changed meanwhile; look at it again, then repeat the step.</source>
        <translation>報修 {number} 已被他人修改；請重新查看後再辦理這一步。</translation>
    </message>
    <message>
        <source>{field} ({day}) is before the repair was reported ({reported}).</source>
        <translation>{field}（{day}）早於報修時間（{reported}）。</translation>
    </message>
    <message>
        <source>{field} ({day}) is before the repair was done ({done}).</source>
        <translation>{field}（{day}）早於完工日期（{done}）。</translation>
    </message>
    <message>
        <source>{field} must be a score from 1 to 5, not “{value}”.</source>
        <translation>{field}須為 1 至 5 分，不能是「{value}」。</translation>
    </message>
    <message>
        <source>There is no satisfaction survey for {year}: open its round first.</source>
        <translation>{year}年尚無滿意度調查：請先開始該年度的調查。</translation>
    </message>
    <message>
        <source>{field} must be a day of {year}, not {value}.</source>
        <translation>{field}須為{year}年內的日期，不能是 {value}。</translation>
    </message>
    <message>
        <source>The satisfaction survey of {year} is already open: one round a year.</source>
        <translation>{year}年的滿意度調查已經開始：每年只做一次。</translation>
    </message>
    <message>
        <source>The survey of {year} was changed meanwhile; look again.</source>
        <translation>{year}年的調查已被他人修改，請重新查看。</translation>
    </message>
    <message>
        <source>{field} cannot be after today ({value}).</source>
        <translation>{field}不能晚於今天（{value}）。</translation>
    </message>
    <message>
        <source>There is no such customer (tenancy {id}).</source>
        <translation>沒有這個客戶（租戶 {id}）。</translation>
    </message>
    <message>
        <source>{customer} was not a customer in {year}: they cannot answer its survey.</source>
        <translation>{customer}在{year}年不是本大廈的客戶，不能填寫該年度的調查問卷。</translation>
    </message>
    <message>
        <source>{customer}&apos;s answers for {year} were removed meanwhile; look again.</source>
        <translation>{customer}的{year}年問卷已被他人刪除，請重新查看。</translation>
    </message>
    <message>
        <source>{customer} has already answered the survey of {year}: change that answer instead.</source>
        <translation>{customer}已填寫{year}年的調查問卷：請修改原問卷。</translation>
    </message>
    <message>
        <source>{customer}&apos;s answers for {year} were changed meanwhile by someone else; look again.</source>
        <translation>{customer}的{year}年問卷已被他人修改，請重新查看。</translation>
    </message>
    <message>
        <source>{field} must be one of the survey&apos;s items, not “{value}”.</source>
        <translation>{field}須為調查的項目之一，不能是「{value}」。</translation>
    </message>
    <message>
        <source>There is no corrective action {id}.</source>
        <translation>沒有整改措施 {id}。</translation>
    </message>
    <message>
        <source>The corrective action “{action}” was changed meanwhile by someone else; look again.</source>
        <translation>整改措施「{action}」已被他人修改，請重新查看。</translation>
    </message>
    <message>
        <source>This {record} is {state}: it cannot be “{action}” now.</source>
        <translation>此{record}目前為「{state}」，現在不能「{action}」。</translation>
    </message>
    <message>
        <source>There is no violation {number}.</source>
        <translation>沒有編號為 {number} 的違規記錄。</translation>
    </message>
    <message>
        <source>Violation {number} was changed meanwhile; look at it again, then repeat the step.</source>
        <translation>違規記錄 {number} 已被他人修改；請重新查看後再辦理這一步。</translation>
    </message>
    <message>
        <source>{field} ({day}) is before the violation was found ({found}).</source>
        <translation>{field}（{day}）早於發現違規的日期（{found}）。</translation>
    </message>
    <message>
        <source>Unit {unit} has no fit-out project {number}.</source>
        <translation>單元 {unit} 沒有編號為 {number} 的裝修項目。</translation>
    </message>
    <message>
        <source>{field} ({day}) is before the notice was issued ({issued}).</source>
        <translation>{field}（{day}）早於整改通知發出日期（{issued}）。</translation>
    </message>
    <message>
        <source>There is no unit {unit}.</source>
        <translation>沒有單元 {unit}。</translation>
    </message>
    <message>
        <source>There is no tenancy {tenancy}.</source>
        <translation>沒有編號為 {tenancy} 的租戶記錄。</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表頭</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>What is wrong and how to fix it</source>
        <translation>問題及改正方法</translation>
    </message>
    <message>
        <source>The workbook cannot be written in {folder}: {reason}</source>
        <translation>無法在 {folder} 寫入活頁簿：{reason}</translation>
    </message>
    <message>
        <source>The workbook {path} cannot be written: {reason}</source>
        <translation>無法寫入活頁簿 {path}：{reason}</translation>
    </message>
    <message>
        <source>Differs from what is recorded ({differences}): the import never overwrites. Correct the row to match, or change the record in the program first.</source>
        <translation>與已登記的不一致（{differences}）：匯入從不覆蓋既有記錄。請把這一列改成一致，或先在程式裡修改記錄。</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters here.</source>
        <translation>太長了：這裡最多 {limit} 個字元。</translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation>此儲存格不能為空。</translation>
    </message>
    <message>
        <source>Which building? There are several: fill in 楼栋 (building).</source>
        <translation>是哪一棟？有多棟樓：請填寫「楼栋」。</translation>
    </message>
    <message>
        <source>There is no building of this name, in the record or on the sheet 房间 (units).</source>
        <translation>記錄裡和「房间」工作表裡都沒有這個名稱的樓棟。</translation>
    </message>
    <message>
        <source>There is no unit of this number in building {building}, in the record or on the sheet 房间 (units): add it there.</source>
        <translation>{building} 裡沒有這個房號（記錄裡和「房间」工作表裡都沒有）：請在「房间」工作表中加上。</translation>
    </message>
    <message>
        <source>The record has no units yet: the workbook needs the sheet 房间 (units) with the building, floor and number of every unit.</source>
        <translation>記錄裡還沒有房間：活頁簿需要「房间」工作表，列出每個房間的樓棟、樓層和房號。</translation>
    </message>
    <message>
        <source>None of the template&apos;s sheets was found (房间, 客户, 租户, 档案文件, 费用): name the sheets as the template does, or give them the template&apos;s column headers.</source>
        <translation>沒有找到範本中的任何工作表（房间、客户、租户、档案文件、费用）：請依範本為工作表命名，或使用範本的欄名。</translation>
    </message>
    <message>
        <source>An area cannot be negative.</source>
        <translation>面積不能為負數。</translation>
    </message>
    <message>
        <source>This area is too large.</source>
        <translation>面積太大。</translation>
    </message>
    <message>
        <source>The same unit is on row {row} with other values.</source>
        <translation>第 {row} 列是同一房間，但內容不同。</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>這不是電子郵件地址。</translation>
    </message>
    <message>
        <source>A customer of this name is recorded with another credit code ({code}): one name, one customer — correct the code or the name.</source>
        <translation>已登記的同名客戶是另一個信用代碼（{code}）：一個名稱只對應一個客戶，請更正代碼或名稱。</translation>
    </message>
    <message>
        <source>This credit code belongs to another customer.</source>
        <translation>這個信用代碼屬於另一個客戶。</translation>
    </message>
    <message>
        <source>The same customer is on row {row} with other values.</source>
        <translation>第 {row} 列是同一客戶，但內容不同。</translation>
    </message>
    <message>
        <source>The move-out date is not after the move-in date {move_in}.</source>
        <translation>退租日期不在入住日期 {move_in} 之後。</translation>
    </message>
    <message>
        <source>This unit was retired on {day}: no one moves in there after that.</source>
        <translation>該房間已於 {day} 停用：此後不能再入住。</translation>
    </message>
    <message>
        <source>The same tenancy is on row {row} with another move-out date.</source>
        <translation>第 {row} 列是同一租期，但退租日期不同。</translation>
    </message>
    <message>
        <source>Unit {unit} is recorded as occupied by {customer} from {since} to {until}: the stays overlap.</source>
        <translation>記錄顯示 {unit} 從 {since} 到 {until} 由 {customer} 租用：租期重疊。</translation>
    </message>
    <message>
        <source>Overlaps row {row} ({customer} in unit {unit} from {since} to {until}): one unit, one tenant at a time.</source>
        <translation>與第 {row} 列重疊（{customer} 從 {since} 到 {until} 租用 {unit}）：同一時間一個房間只能有一個租戶。</translation>
    </message>
    <message>
        <source>This customer has no tenancy in unit {unit}, recorded or on the sheet 租户 (tenancies): add the tenancy there.</source>
        <translation>該客戶在 {unit} 沒有租住記錄（記錄裡和「租户」工作表裡都沒有）：請在「租户」工作表中加上。</translation>
    </message>
    <message>
        <source>This dossier is bound: a late paper is added in the dossier itself, by the manager, not by an import.</source>
        <translation>該檔案已裝訂：補充資料須由部門經理在檔案中新增，不能透過匯入。</translation>
    </message>
    <message>
        <source>An amount cannot be negative: a refund is recorded in the program.</source>
        <translation>金額不能為負數：退款請在程式裡登記。</translation>
    </message>
    <message>
        <source>More is paid than is due ({due}): record an overpayment in the program.</source>
        <translation>實收多於應收（{due}）：多收的款項請在程式裡登記。</translation>
    </message>
    <message>
        <source>A payment needs its receipt number and the day it was paid.</source>
        <translation>有實收就要填收據號和收款日期。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is recorded for another payment: one receipt number, one payment.</source>
        <translation>收據 {receipt} 已登記給另一筆收款：一個收據號只對應一筆收款。</translation>
    </message>
    <message>
        <source>The same receipt number is on row {row}.</source>
        <translation>第 {row} 列已有相同的收據號。</translation>
    </message>
    <message>
        <source>The same unit, fee item and month are on row {row}: give each its receipt number.</source>
        <translation>第 {row} 列已有相同的房間、費用項目和月份：請分別填寫收據號。</translation>
    </message>
    <message>
        <source>This category is not known: choose one of the list ({categories}).</source>
        <translation>沒有這個類別：請從清單中選擇（{categories}）。</translation>
    </message>
    <message>
        <source>The file {file} is not there.</source>
        <translation>找不到檔案 {file}。</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>無法讀取檔案 {file}：{reason}</translation>
    </message>
    <message>
        <source>The file {file} is empty: it holds no workbook.</source>
        <translation>檔案 {file} 是空的，裡面沒有活頁簿。</translation>
    </message>
    <message>
        <source>The workbook {file} is protected by a password: open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook) and save it, then import it again.</source>
        <translation>活頁簿 {file} 設有密碼保護：請用 Excel 或 WPS 開啟，取消密碼（檔案 ▸ 資訊 ▸ 保護活頁簿）並儲存，然後重新匯入。</translation>
    </message>
    <message>
        <source>{file} is in the old Excel 97–2003 (.xls) or WPS (.et) format: open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>{file} 是舊版 Excel 97–2003（.xls）或 WPS（.et）格式：請用 Excel 或 WPS 開啟，另存為 Excel 活頁簿（.xlsx）後再匯入。</translation>
    </message>
    <message>
        <source>{file} is an OpenDocument spreadsheet (.ods): open it in LibreOffice or WPS and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>{file} 是 OpenDocument 試算表（.ods）：請用 LibreOffice 或 WPS 開啟，另存為 Excel 活頁簿（.xlsx）後再匯入。</translation>
    </message>
    <message>
        <source>{file} is a text (CSV) file, not an Excel workbook: open it in Excel or WPS, save it as an Excel workbook (.xlsx) with the template&apos;s sheet names, then import that.</source>
        <translation>{file} 是文字（CSV）檔，不是 Excel 活頁簿：請用 Excel 或 WPS 開啟，依範本的工作表名稱另存為 Excel 活頁簿（.xlsx）後再匯入。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx): choose the workbook to import.</source>
        <translation>{file} 不是 Excel 活頁簿（.xlsx）：請選擇要匯入的活頁簿。</translation>
    </message>
    <message>
        <source>The workbook {file} is damaged or incomplete (perhaps not fully copied): open it in Excel or WPS, save it again, then import that.</source>
        <translation>活頁簿 {file} 已損壞或不完整（可能沒有複製完整）：請用 Excel 或 WPS 開啟後重新儲存，再匯入。</translation>
    </message>
    <message>
        <source>No header row found in the first {rows} rows: the sheet needs a row of column names such as {headers}.</source>
        <translation>前 {rows} 列裡找不到表頭：工作表需要一列欄名，例如 {headers}。</translation>
    </message>
    <message>
        <source>The column {header} is missing: add a column headed {header} (or {english}) to this sheet.</source>
        <translation>缺少「{header}」欄：請在此工作表中加一欄，表頭寫「{header}」（或 {english}）。</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>工作表 {sheet}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>工作表 {sheet} 第 {row} 列</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header})</source>
        <translation>工作表 {sheet} 第 {row} 列 {column} 欄（{header}）</translation>
    </message>
    <message>
        <source> (found “{value}”)</source>
        <translation>（實際內容「{value}」）</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another place for the workbook.</source>
        <translation>資料夾 {folder} 不存在：請為活頁簿另選位置。</translation>
    </message>
    <message>
        <source>This value is masked: type the whole number, not the one shown with stars.</source>
        <translation>這是打了星號的號碼：請填寫完整號碼，不要用顯示為星號的號碼。</translation>
    </message>
    <message>
        <source>This cell shows a formula&apos;s error ({error}): correct the formula, or type the value itself.</source>
        <translation>此儲存格顯示的是公式錯誤（{error}）：請改正公式，或直接輸入數值本身。</translation>
    </message>
    <message>
        <source>Excel kept only the first 15 digits of this number: format the column as text, type the whole number again, then import.</source>
        <translation>Excel 只保留了這個數字的前 15 位：請把該欄設定為文字格式，重新輸入完整號碼，然後再匯入。</translation>
    </message>
    <message>
        <source>This floor is not understood: write it as 8F, 8, 8楼 or B1.</source>
        <translation>看不懂這個樓層：請寫成 8F、8、8樓 或 B1。</translation>
    </message>
    <message>
        <source>There is no such day in the calendar: check the month and the day.</source>
        <translation>日曆上沒有這一天：請核對月份和日期。</translation>
    </message>
    <message>
        <source>This is not a date: write it as 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日 or 20230501.</source>
        <translation>這不是日期：請寫成 2023-05-01、2023/5/1、2023.5.1、2023年5月1日 或 20230501。</translation>
    </message>
    <message>
        <source>This is not a month: write it as 2023-05, 2023/5 or 2023年5月.</source>
        <translation>這不是月份：請寫成 2023-05、2023/5 或 2023年5月。</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>這不是數字。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金額最多兩位小數（到分）。</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>金額太大。</translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation>這裡應填整數。</translation>
    </message>
    <message>
        <source>This must be a whole number from 0 to 999999.</source>
        <translation>這裡應填 0 到 999999 之間的整數。</translation>
    </message>
    <message>
        <source>Write 原件 (original) or 工作件 (working copy).</source>
        <translation>請填寫「原件」或「工作件」。</translation>
    </message>
    <message>
        <source>Write 单位 (a company) or 个人 (a person).</source>
        <translation>請填寫「單位」或「個人」。</translation>
    </message>
    <message>
        <source>There is no export named “{name}”; the exports are: {names}.</source>
        <translation>沒有名為「{name}」的匯出；可匯出的有：{names}。</translation>
    </message>
    <message>
        <source>Archiving is being run at another desk; try again when it has finished. Nothing was changed here.</source>
        <translation>另一處正在進行歸檔，請等其完成後再試。此處未做任何變更。</translation>
    </message>
    <message>
        <source>Charges are being generated at another desk; try again when it has finished. Nothing was changed here.</source>
        <translation>另一處正在產生應收費用，請等其完成後再試。此處未做任何變更。</translation>
    </message>
    <message>
        <source>A destruction is being recorded at another desk; try again when it has finished. Nothing was changed here.</source>
        <translation>另一處正在登記銷毀，請等其完成後再試。此處未做任何變更。</translation>
    </message>
    <message>
        <source>pg_restore was not found to verify the dump; nothing of the backup was kept.</source>
        <translation>沒有找到用來驗證傾印檔的 pg_restore；這次備份沒有保留任何內容。</translation>
    </message>
    <message>
        <source>The dump {path} does not read back whole ({detail}); nothing of it was kept.</source>
        <translation>傾印檔 {path} 無法完整讀回（{detail}）；這次備份沒有保留任何內容。</translation>
    </message>
    <message>
        <source>This backup was made with pg_dump; restoring it needs pg_restore, which was not found.</source>
        <translation>此備份是用 pg_dump 製作的；還原它需要 pg_restore，但沒有找到該程式。</translation>
    </message>
    <message>
        <source>The server database {location} already has tables ({detail}); a backup is restored only into an empty one.</source>
        <translation>伺服器資料庫 {location} 中已有資料表（{detail}）；備份只能還原到空的資料庫中。</translation>
    </message>
    <message>
        <source>pg_restore refused the backup ({detail}); {location} is left empty.</source>
        <translation>pg_restore 拒絕了該備份（{detail}）；{location} 保持為空。</translation>
    </message>
    <message>
        <source>The restored {location} does not hold the rows the backup counted; it is left empty.</source>
        <translation>還原後的 {location} 與備份記錄的筆數不符；已將其重新清空。</translation>
    </message>
    <message>
        <source>The copy in {target} did not pass the check ({detail}); nothing was kept.</source>
        <translation>{target} 中的副本沒有通過檢查（{detail}）；沒有保留任何內容。</translation>
    </message>
    <message>
        <source>A scan is named by a malformed hash ({detail}); run check on the database. Nothing was kept.</source>
        <translation>有一個掃描檔的雜湊值格式不正確（{detail}）；請對資料庫執行 check。沒有保留任何內容。</translation>
    </message>
    <message>
        <source>The copy into {target} does not hold the rows {source} held; nothing was kept.</source>
        <translation>複製到 {target} 的資料與 {source} 中的記錄筆數不符；沒有保留任何內容。</translation>
    </message>
    <message>
        <source>The scan {sha} of {source} is missing or damaged; run check on it. Nothing was kept.</source>
        <translation>{source} 的掃描檔 {sha} 遺失或已損壞；請對它執行 check。沒有保留任何內容。</translation>
    </message>
    <message>
        <source>The scan {sha} did not arrive whole in {target}; nothing was kept.</source>
        <translation>掃描檔 {sha} 沒有完整地複製到 {target}；沒有保留任何內容。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name for the file.</source>
        <translation>{path} 已存在；請為資料庫檔案另取一個名稱。</translation>
    </message>
    <message>
        <source>It failed, and the server database {location} could not be emptied again ({detail}); drop its tables before trying again.</source>
        <translation>操作失敗，且伺服器資料庫 {location} 未能重新清空（{detail}）；請先刪除其中的資料表，再重試。</translation>
    </message>
    <message>
        <source>Do not put the password in the server address; store it in this PC&apos;s keyring with dossier-desk server-password --db {location}.</source>
        <translation>請不要把密碼寫在伺服器位址中；請用 dossier-desk server-password --db {location} 將密碼儲存到本機的系統密碼庫中。</translation>
    </message>
    <message>
        <source>{location} names no database: write it as postgresql://user@host/database.</source>
        <translation>{location} 中沒有資料庫名稱：請寫成 postgresql://使用者@主機/資料庫。</translation>
    </message>
    <message>
        <source>This PC&apos;s keyring cannot be used ({detail}).</source>
        <translation>無法使用本機的系統密碼庫（{detail}）。</translation>
    </message>
    <message>
        <source>{field} must be a month written as YYYY-MM.</source>
        <translation>{field}須寫成「年-月」（YYYY-MM）。</translation>
    </message>
    <message>
        <source>There is no tenancy {number}.</source>
        <translation>沒有編號為 {number} 的租約。</translation>
    </message>
    <message>
        <source>There is no return visit {number}.</source>
        <translation>沒有編號為 {number} 的回訪記錄。</translation>
    </message>
    <message>
        <source>There is no staff member with id {id}.</source>
        <translation>沒有編號為 {id} 的員工。</translation>
    </message>
    <message>
        <source>There is no held item with id {id}.</source>
        <translation>沒有編號為 {id} 的持有物品。</translation>
    </message>
    <message>
        <source>{field}: they left ({end}) before they joined ({start}).</source>
        <translation>{field}：離職日期（{end}）早於到職日期（{start}）。</translation>
    </message>
    <message>
        <source>Someone else changed this person meanwhile; it was reloaded. Save again.</source>
        <translation>別人剛剛修改了這名員工，已重新讀取。請再儲存一次。</translation>
    </message>
    <message>
        <source>{field}: a person holds access cards, keys and parking permits, not form {code}.</source>
        <translation>{field}：員工持有的只能是門禁卡、鑰匙和停車證，不能是表單 {code}。</translation>
    </message>
    <message>
        <source>{field}: that form is not of this person&apos;s company.</source>
        <translation>{field}：該表單不屬於此員工所在的公司。</translation>
    </message>
    <message>
        <source>{field}: {name} holds it already.</source>
        <translation>{field}：{name} 已持有該物品。</translation>
    </message>
    <message>
        <source>{field}: an item to be recovered or returned stays on record.</source>
        <translation>{field}：待收回或已收回的物品須留存紀錄，不能取消關聯。</translation>
    </message>
    <message>
        <source>Someone else changed this item meanwhile; it was reloaded. Save again.</source>
        <translation>別人剛剛修改了這件物品，已重新讀取。請再儲存一次。</translation>
    </message>
    <message>
        <source>{field}: it is not on the to-recover list.</source>
        <translation>{field}：該物品不在待收回清單上。</translation>
    </message>
    <message>
        <source>{field}: it cannot be returned ({end}) before its holder left ({start}).</source>
        <translation>{field}：收回日期（{end}）不能早於持有人離職日期（{start}）。</translation>
    </message>
    <message numerus="yes">
        <source>A title on a cover sheet has at most %n character(s).</source>
        <translation>
            <numerusform>掃描封面上的題名最多 %n 個字。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such dossier.</source>
        <translation>沒有這份檔案。</translation>
    </message>
    <message>
        <source>No live dossier is filed on this floor: there are no cover sheets to print.</source>
        <translation>本樓層沒有在用檔案，沒有可列印的掃描封面。</translation>
    </message>
    <message>
        <source>There are no cover sheets to print.</source>
        <translation>沒有可列印的掃描封面。</translation>
    </message>
    <message>
        <source>Copies of each cover sheet: from 1 to {limit}.</source>
        <translation>每張掃描封面的份數：1 至 {limit}。</translation>
    </message>
    <message>
        <source>The settle time must be from 0 to {most} seconds, not “{value}”.</source>
        <translation>等待時間必須在 0 到 {most} 秒之間，不能是「{value}」。</translation>
    </message>
    <message>
        <source>No inbox folder is saved: give one with --folder, or save it in Settings (Scan inbox) or with the inbox-settings command.</source>
        <translation>尚未儲存掃描收件資料夾：請用 --folder 指定，或在「設定」的「掃描收件匣」中儲存，或用 inbox-settings 命令儲存。</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>掃描收件資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Not every bundle could be filed; the list above says why.</source>
        <translation>有的掃描件未能歸檔，原因見上面的列表。</translation>
    </message>
    <message>
        <source>Choose the dossier for the scan “{file}”: it has no cover naming one.</source>
        <translation>請為掃描件「{file}」選擇檔案：它沒有註明檔案的掃描封面。</translation>
    </message>
    <message>
        <source>Choose the category for the scan “{file}”: it has no cover naming one.</source>
        <translation>請為掃描件「{file}」選擇類別：它沒有註明類別的掃描封面。</translation>
    </message>
    <message>
        <source>The scan “{file}” has no pages after its cover sheet.</source>
        <translation>掃描件「{file}」的掃描封面之後沒有任何頁面。</translation>
    </message>
    <message>
        <source>The scan “{file}” was filed before (here or at another desk); it is not filed twice.</source>
        <translation>掃描件「{file}」之前已歸檔（在本機或另一台電腦上），不會重複歸檔。</translation>
    </message>
    <message>
        <source>The scan “{file}” changed since it was read; look at the inbox again.</source>
        <translation>掃描件「{file}」在讀取後已被改動，請重新查看收件資料夾。</translation>
    </message>
</context>
<context>
    <name>approval</name>
    <message>
        <source>Dossier loan</source>
        <translation>檔案借閱</translation>
    </message>
    <message>
        <source>Change a working copy</source>
        <translation>修改工作件</translation>
    </message>
    <message>
        <source>Move a working copy to the trash</source>
        <translation>刪除工作件（移入回收站）</translation>
    </message>
    <message>
        <source>Correct a typo in an original</source>
        <translation>更正原件筆誤</translation>
    </message>
    <message>
        <source>Deposit decision</source>
        <translation>押金處理</translation>
    </message>
    <message>
        <source>Destruction list</source>
        <translation>銷毀清冊</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Approved and used</source>
        <translation>已批准並已辦理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <source>not bound yet</source>
        <translation>尚未裝訂</translation>
    </message>
    <message>
        <source>documents without a page count</source>
        <translation>有文件未登記頁數</translation>
    </message>
    <message>
        <source>no documents</source>
        <translation>沒有文件</translation>
    </message>
</context>
<context>
    <name>category</name>
    <message>
        <source>Move-in papers</source>
        <translation>入住資料</translation>
    </message>
    <message>
        <source>Fit-out files</source>
        <translation>二裝資料</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>往來函</translation>
    </message>
    <message>
        <source>Door lock application</source>
        <translation>門鎖申請</translation>
    </message>
    <message>
        <source>Telephone application</source>
        <translation>電話申請</translation>
    </message>
    <message>
        <source>Parking space application</source>
        <translation>車位申請</translation>
    </message>
    <message>
        <source>Signage application</source>
        <translation>水牌申請</translation>
    </message>
    <message>
        <source>After-hours use application</source>
        <translation>客戶加班申請</translation>
    </message>
    <message>
        <source>Other application forms</source>
        <translation>其他申請表</translation>
    </message>
    <message>
        <source>Fees and deposits</source>
        <translation>繳費與押金</translation>
    </message>
    <message>
        <source>Violations and arrears</source>
        <translation>違規與欠費</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>報修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>ID papers</source>
        <translation>證件資料</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>聯絡資料</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>緊急聯絡人</translation>
    </message>
    <message>
        <source>Staff changes</source>
        <translation>人事異動</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>destruction</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>Approved, not yet destroyed</source>
        <translation>已批准，待銷毀</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已銷毀</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>One row per unit: the building, its floor and the unit number.</source>
        <translation>每個房間一列：樓棟、樓層和房號。</translation>
    </message>
    <message>
        <source>One row per customer; a customer is known by its credit code, else by its name.</source>
        <translation>每個客戶一列；客戶以統一社會信用代碼識別，沒有代碼時以名稱識別。</translation>
    </message>
    <message>
        <source>One row per customer and unit; a blank move-out date means the customer is there now. Rows of one customer with the same move-in date are one tenancy of several units.</source>
        <translation>每個客戶每個房間一列；退租日期空著表示客戶仍在租。同一客戶入住日期相同的幾列是同一租期的多個房間。</translation>
    </message>
    <message>
        <source>One row per document, filed in the dossier of the customer&apos;s tenancy in that unit. A document is known by its unit, customer, date, title and 文号.</source>
        <translation>每份文件一列，歸入該客戶在該房間租期的檔案。文件以房號、客戶、日期、題名和文號識別。</translation>
    </message>
    <message>
        <source>One row per charge: what was due for a month and what was paid against it, with the receipt. A fee item the office does not charge yet is added, switched off, for the manager to set up.</source>
        <translation>每筆費用一列：某月應收多少、實收多少及收據。尚未設定的費用項目會以停用狀態加入，由部門經理設定。</translation>
    </message>
    <message>
        <source>Units (房间): building, floor, unit, area, use</source>
        <translation>房間：樓棟、樓層、房號、面積、用途</translation>
    </message>
    <message>
        <source>Customers (客户), ID numbers and mobiles as your role may export them</source>
        <translation>客戶（證件號碼和手機號按您的角色可匯出的範圍）</translation>
    </message>
    <message>
        <source>Tenancies (租户): one row per customer and unit, with its dates</source>
        <translation>租戶：每個客戶每個房間一行，含入住和退租日期</translation>
    </message>
    <message>
        <source>Documents (档案文件) of every dossier, neither trashed nor destroyed</source>
        <translation>各檔案的檔案文件（不含已刪除和已銷毀的）</translation>
    </message>
    <message>
        <source>Fees (费用): one row per charge, what is due and what was paid</source>
        <translation>費用：每筆應收一行，含應收和實收</translation>
    </message>
    <message>
        <source>Deposits (押金): received, refunded, retained, held</source>
        <translation>押金：已收、已退、已扣、餘額</translation>
    </message>
    <message>
        <source>Repairs (报修)</source>
        <translation>報修</translation>
    </message>
    <message>
        <source>Complaints (投诉)</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Violations (违规)</source>
        <translation>違規</translation>
    </message>
    <message>
        <source>Fit-out projects (二装)</source>
        <translation>二裝</translation>
    </message>
    <message>
        <source>Filled registration forms (表单), without their values</source>
        <translation>已填寫的登記表單（不含表單內容）</translation>
    </message>
    <message>
        <source>Loans (借阅): one row per dossier lent</source>
        <translation>借閱：每份借出的檔案一行</translation>
    </message>
    <message>
        <source>The audit log (审计日志): supervisor, manager or administrator</source>
        <translation>稽核日誌（主管、部門經理或系統管理員）</translation>
    </message>
    <message>
        <source>Archive boxes (档案盒)</source>
        <translation>檔案盒</translation>
    </message>
    <message>
        <source>Units, customers, tenancies, documents and fees in one workbook: an import file</source>
        <translation>房間、客戶、租戶、檔案文件和費用合為一個活頁簿：可直接匯入</translation>
    </message>
</context>
<context>
    <name>fees</name>
    <message>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>under ¥1,000</source>
        <translation>1,000 元以下</translation>
    </message>
    <message>
        <source>¥1,000–10,000</source>
        <translation>1,000–10,000 元</translation>
    </message>
    <message>
        <source>¥10,000 or more</source>
        <translation>10,000 元及以上</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上門</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Unit {unit} has no area recorded: “{item}” is not charged.</source>
        <translation>{unit} 房間未登記面積：未計收「{item}」。</translation>
    </message>
    <message>
        <source>“{item}” has no rate for {month}: it is not charged.</source>
        <translation>「{item}」在 {month} 沒有費率：未計收。</translation>
    </message>
    <message>
        <source>Unit {unit}: the {month} reading is the meter&apos;s first, so “{item}” starts from it next month.</source>
        <translation>{unit} 房間：{month} 的讀數是該錶的第一個讀數，「{item}」從下月起以此為底數計收。</translation>
    </message>
    <message>
        <source>Unit {unit}: the meter reading is lower than the one before it: “{item}” is not charged.</source>
        <translation>{unit} 房間：錶讀數低於上一次讀數：未計收「{item}」。</translation>
    </message>
    <message>
        <source>Unit {unit}: nobody occupied it on the reading&apos;s day: “{item}” is not charged.</source>
        <translation>{unit} 房間：抄錶當天無人入住：未計收「{item}」。</translation>
    </message>
    <message>
        <source>Fit-out deposit</source>
        <translation>裝修押金</translation>
    </message>
    <message>
        <source>Key deposit</source>
        <translation>鑰匙押金</translation>
    </message>
    <message>
        <source>Access-card deposit</source>
        <translation>門禁卡押金</translation>
    </message>
    <message>
        <source>Rental deposit</source>
        <translation>租賃押金</translation>
    </message>
    <message>
        <source>Other deposit</source>
        <translation>其他押金</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>部分退還</translation>
    </message>
    <message>
        <source>Partly retained, rest held</source>
        <translation>部分扣留，餘款暫存</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退還</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>已扣留</translation>
    </message>
    <message>
        <source>Per m² per month</source>
        <translation>按面積每月（元/m²）</translation>
    </message>
    <message>
        <source>Fixed per month</source>
        <translation>每月固定</translation>
    </message>
    <message>
        <source>Metered (reading × rate)</source>
        <translation>按錶計（用量 × 單價）</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>電</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>應收</translation>
    </message>
    <message>
        <source>One-off charge</source>
        <translation>一次性收費</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>沖銷</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>銀行卡</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Building</source>
        <translation>大樓</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>大樓名稱</translation>
    </message>
    <message>
        <source>Building address</source>
        <translation>大樓地址</translation>
    </message>
    <message>
        <source>Lowest floor</source>
        <translation>最低樓層</translation>
    </message>
    <message>
        <source>Highest floor</source>
        <translation>最高樓層</translation>
    </message>
    <message>
        <source>Units per floor</source>
        <translation>每層單元數</translation>
    </message>
    <message>
        <source>Unit numbering pattern</source>
        <translation>單元編號規則</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>面積</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <source>Company or person</source>
        <translation>公司或個人</translation>
    </message>
    <message>
        <source>Credit code or ID number</source>
        <translation>統一社會信用代碼或身分證號碼</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>註冊資本</translation>
    </message>
    <message>
        <source>Nature of business</source>
        <translation>公司性質</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Move-out date</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>Fit-out end</source>
        <translation>裝修結束日期</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Dossier location</source>
        <translation>檔案存放位置</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>文號</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Original or working copy</source>
        <translation>原件或工作件</translation>
    </message>
    <message>
        <source>Paper location</source>
        <translation>紙本存放位置</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>掃描檔</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>清單項目</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Keys returned</source>
        <translation>鑰匙交回</translation>
    </message>
    <message>
        <source>Access cards returned</source>
        <translation>門禁卡交回</translation>
    </message>
    <message>
        <source>Final electricity meter reading</source>
        <translation>電錶最後讀數</translation>
    </message>
    <message>
        <source>Final water meter reading</source>
        <translation>水錶最後讀數</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Forwarding contact</source>
        <translation>遷出後聯絡方式</translation>
    </message>
    <message>
        <source>Label sheet layout</source>
        <translation>標牌排版</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Archive box</source>
        <translation>檔案盒</translation>
    </message>
    <message>
        <source>Spine width</source>
        <translation>盒脊厚度</translation>
    </message>
    <message>
        <source>Box capacity (pages)</source>
        <translation>檔案盒容量（頁）</translation>
    </message>
    <message>
        <source>Shelf location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>聯絡人姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>目前密碼</translation>
    </message>
    <message>
        <source>User role</source>
        <translation>使用者角色</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>伺服器資料庫</translation>
    </message>
    <message>
        <source>Folder for the pieces</source>
        <translation>分冊資料夾</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜尋內容</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>文件日期起</translation>
    </message>
    <message>
        <source>Dated until</source>
        <translation>文件日期止</translation>
    </message>
    <message>
        <source>Hits per kind</source>
        <translation>每類結果數</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Date of the chase</source>
        <translation>催款日期</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Promised payment date</source>
        <translation>承諾付款日期</translation>
    </message>
    <message>
        <source>Deposit amount</source>
        <translation>押金金額</translation>
    </message>
    <message>
        <source>Kind of deposit</source>
        <translation>押金類別</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收據號</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>收取日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>計費方式</translation>
    </message>
    <message>
        <source>Billing day</source>
        <translation>計費日</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>應收費用</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Days to pay</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收費項目</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>錶類</translation>
    </message>
    <message>
        <source>Fee item name</source>
        <translation>收費項目名稱</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>費率</translation>
    </message>
    <message>
        <source>Rate valid from</source>
        <translation>費率生效日期</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>銀行帳號</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>開戶銀行</translation>
    </message>
    <message>
        <source>Kind of charge</source>
        <translation>應收類別</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <source>Overdue by more than (days)</source>
        <translation>逾期超過（天）</translation>
    </message>
    <message>
        <source>State of the deposit</source>
        <translation>押金狀態</translation>
    </message>
    <message>
        <source>Page of the list</source>
        <translation>清單分頁</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>公司電話</translation>
    </message>
    <message>
        <source>Receipt number prefix</source>
        <translation>收據號前綴</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>確認人</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation>錶號</translation>
    </message>
    <message>
        <source>Reading date</source>
        <translation>抄錶日期</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>讀數</translation>
    </message>
    <message>
        <source>Charges paid</source>
        <translation>所付費用</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>收款金額</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State of the fit-out project</source>
        <translation>二裝項目狀態</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>裝修內容</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工單位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>現場負責人</translation>
    </message>
    <message>
        <source>Contractor&apos;s phone</source>
        <translation>施工單位電話</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>計劃開工</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>計劃完工</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>延期至</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>實際開工</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>實際完工</translation>
    </message>
    <message>
        <source>Fit-out deposit</source>
        <translation>裝修押金</translation>
    </message>
    <message>
        <source>State of the repair</source>
        <translation>報修狀態</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>報修時間</translation>
    </message>
    <message>
        <source>Reported by (channel)</source>
        <translation>報修方式</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報修人</translation>
    </message>
    <message>
        <source>What needs repair</source>
        <translation>報修內容</translation>
    </message>
    <message>
        <source>Where in the unit</source>
        <translation>具體位置</translation>
    </message>
    <message>
        <source>Repairer</source>
        <translation>維修人</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>維修情況</translation>
    </message>
    <message>
        <source>Materials used</source>
        <translation>用料</translation>
    </message>
    <message>
        <source>Hours before a repair is overdue</source>
        <translation>報修逾時時限（小時）</translation>
    </message>
    <message>
        <source>State of the complaint</source>
        <translation>投訴狀態</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Received by (channel)</source>
        <translation>投訴渠道</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投訴人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>責任部門</translation>
    </message>
    <message>
        <source>Result of handling</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Fed back on</source>
        <translation>回饋日期</translation>
    </message>
    <message>
        <source>Fed back by (how)</source>
        <translation>回饋方式</translation>
    </message>
    <message>
        <source>State of the violation</source>
        <translation>違規狀態</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>發現日期</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>違規</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>通知編號</translation>
    </message>
    <message>
        <source>Notice issued on</source>
        <translation>通知發出日期</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進情況</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>回訪日期</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>溝通內容</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>後續事項</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客戶意見</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <source>Date of the form</source>
        <translation>填表日期</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Form record</source>
        <translation>表單記錄</translation>
    </message>
    <message>
        <source>Survey year</source>
        <translation>調查年度</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>目標分</translation>
    </message>
    <message>
        <source>Survey opened on</source>
        <translation>調查開始日期</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>填表日期</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服務品質</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>收費價格</translation>
    </message>
    <message>
        <source>Opinion of the company</source>
        <translation>對公司的總體評價</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意見和建議</translation>
    </message>
    <message>
        <source>Survey item</source>
        <translation>調查項目</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Text searched for</source>
        <translation>查找內容</translation>
    </message>
    <message>
        <source>Rows of the form register</source>
        <translation>表單登記簿的行數</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>報修</translation>
    </message>
    <message>
        <source>Fit-out project</source>
        <translation>裝修項目</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Note on the survey</source>
        <translation>調查說明</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>匯出內容</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <source>Grade from</source>
        <translation>等級生效日期</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>間隔（月）</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>應訪範圍</translation>
    </message>
    <message>
        <source>Authorised signatory</source>
        <translation>授權人</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>授權人姓名</translation>
    </message>
    <message>
        <source>Signatory&apos;s ID number</source>
        <translation>授權人身分證號碼</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Authorised from</source>
        <translation>授權起始日</translation>
    </message>
    <message>
        <source>Authorised until</source>
        <translation>授權截止日</translation>
    </message>
    <message>
        <source>Signature specimen</source>
        <translation>簽名樣本</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>留存日期</translation>
    </message>
    <message>
        <source>Seal specimen</source>
        <translation>印章印模</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>樣本</translation>
    </message>
    <message>
        <source>Shown in full</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>到職日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <source>How they left</source>
        <translation>離職方式</translation>
    </message>
    <message>
        <source>Card, key or permit</source>
        <translation>門禁卡、鑰匙或停車證</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>收回日期</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Copies of each sheet</source>
        <translation>每張份數</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>掃描收件資料夾</translation>
    </message>
    <message>
        <source>Files by itself</source>
        <translation>自動歸檔</translation>
    </message>
    <message>
        <source>Scanned file</source>
        <translation>掃描件</translation>
    </message>
    <message>
        <source>Settle time</source>
        <translation>等待時間</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>樓層</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>樓棟數</translation>
    </message>
    <message>
        <source>Years of history</source>
        <translation>歷史資料年數</translation>
    </message>
    <message>
        <source>Demo date</source>
        <translation>示範日期</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>測量次數</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Warn after (days)</source>
        <translation>提醒期限（天）</translation>
    </message>
    <message>
        <source>Restored file</source>
        <translation>還原的檔案</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>申請類別</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>申請事項</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Manager&apos;s note</source>
        <translation>經理意見</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借閱單</translation>
    </message>
    <message>
        <source>Dossiers to lend</source>
        <translation>借閱檔案</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借閱人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>借閱目的</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>應還日期</translation>
    </message>
    <message>
        <source>What was missing</source>
        <translation>缺失內容</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>記錄類型</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>對象類型</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>顯示行數</translation>
    </message>
    <message>
        <source>Destruction list</source>
        <translation>銷毀清冊</translation>
    </message>
    <message>
        <source>Appraisal date</source>
        <translation>鑑定日期</translation>
    </message>
    <message>
        <source>Appraisal opinion</source>
        <translation>鑑定意見</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>監銷人</translation>
    </message>
    <message>
        <source>Dossiers on the list</source>
        <translation>清冊中的檔案</translation>
    </message>
    <message>
        <source>Dossier on the list</source>
        <translation>清冊中的檔案</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保管至</translation>
    </message>
    <message>
        <source>Reason for keeping longer</source>
        <translation>延長保管的理由</translation>
    </message>
    <message>
        <source>Floor level</source>
        <translation>層號</translation>
    </message>
    <message>
        <source>Floor name</source>
        <translation>樓層名稱</translation>
    </message>
    <message>
        <source>Unit number</source>
        <translation>單元號</translation>
    </message>
    <message>
        <source>Fonds name</source>
        <translation>全宗名稱</translation>
    </message>
    <message>
        <source>Fonds code</source>
        <translation>全宗號</translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation>目錄號</translation>
    </message>
    <message>
        <source>Archival code pattern</source>
        <translation>檔號格式</translation>
    </message>
    <message>
        <source>Retention codes</source>
        <translation>保管期限代碼</translation>
    </message>
    <message>
        <source>Code for permanent</source>
        <translation>永久的代碼</translation>
    </message>
    <message>
        <source>Code for 30 years</source>
        <translation>30年的代碼</translation>
    </message>
    <message>
        <source>Code for 10 years</source>
        <translation>10年的代碼</translation>
    </message>
    <message>
        <source>Files previewed</source>
        <translation>預覽的案卷數</translation>
    </message>
    <message>
        <source>Old number</source>
        <translation>原編號</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>{caption}:</source>
        <translation>{caption}：</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Customer dossier registration</source>
        <translation>客戶檔案登記表</translation>
    </message>
    <message>
        <source>Nature of the organisation</source>
        <translation>單位性質</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事業單位</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>Sole trader</source>
        <translation>個體工商戶</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>統一社會信用代碼</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯繫人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面積（m²）</translation>
    </message>
    <message>
        <source>Number of staff</source>
        <translation>員工人數</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>經營範圍</translation>
    </message>
    <message>
        <source>Customer emergency contacts</source>
        <translation>客戶緊急聯絡表</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>緊急聯絡人</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>聯絡順序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation or position</source>
        <translation>關係/職務</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>座機</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Bicycle and e-bike plate registration</source>
        <translation>非機動車車牌辦理登記表</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>車主</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>車型</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>自行車</translation>
    </message>
    <message>
        <source>E-bike</source>
        <translation>電動自行車</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>摩托車</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Special event record</source>
        <translation>特殊事件記錄表</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>經過</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>處理措施</translation>
    </message>
    <message>
        <source>Handled on the spot by</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Parking spaces let or sold</source>
        <translation>停車位租售情況登記表</translation>
    </message>
    <message>
        <source>Space number</source>
        <translation>車位號</translation>
    </message>
    <message>
        <source>Let or sold</source>
        <translation>租/售</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>租</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終止日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>Parking permits issued</source>
        <translation>停車證發放登記表</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>停車證號</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>押金（元）</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>領取人</translation>
    </message>
    <message>
        <source>Telephone installation application</source>
        <translation>電話報裝申請表</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>數量（部）</translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>市話</translation>
    </message>
    <message>
        <source>Domestic long distance</source>
        <translation>國內長途</translation>
    </message>
    <message>
        <source>International</source>
        <translation>國際長途</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>寬帶</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>預約日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Telephone change</source>
        <translation>電話變更登記表</translation>
    </message>
    <message>
        <source>Old number</source>
        <translation>原號碼</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>變更內容</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>新號碼</translation>
    </message>
    <message>
        <source>Telephone numbers to let or sell</source>
        <translation>備租/售電話號碼登記表</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>To let</source>
        <translation>待租</translation>
    </message>
    <message>
        <source>To sell</source>
        <translation>待售</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>價格（元）</translation>
    </message>
    <message>
        <source>Telephone transfer</source>
        <translation>電話過戶登記表</translation>
    </message>
    <message>
        <source>Old holder</source>
        <translation>原戶名</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>新戶名</translation>
    </message>
    <message>
        <source>Foreign employees</source>
        <translation>境外僱員登記表</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <source>Passport or ID number</source>
        <translation>證件號</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Visa valid until</source>
        <translation>簽證有效期</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入職日期</translation>
    </message>
    <message>
        <source>Resident foreign organisations</source>
        <translation>涉外常駐單位登記表</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國別</translation>
    </message>
    <message>
        <source>Registration certificate number</source>
        <translation>登記證號</translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation>首席代表</translation>
    </message>
    <message>
        <source>User ID and access cards</source>
        <translation>用戶身份卡登記表</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>發卡日期</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>掛失</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Telephone relocation</source>
        <translation>移機電話統計表</translation>
    </message>
    <message>
        <source>Old place</source>
        <translation>原位置</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>新位置</translation>
    </message>
    <message>
        <source>Parking space application</source>
        <translation>車位申請登記表</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Kind of application</source>
        <translation>申請類型</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月租</translation>
    </message>
    <message>
        <source>Fixed space</source>
        <translation>固定車位</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>臨時</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>審批結果</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Resigned or dismissed staff</source>
        <translation>辭職、辭退員工名單記錄表</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <source>How they left</source>
        <translation>離職方式</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辭職</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>辭退</translation>
    </message>
    <message>
        <source>Items handed back</source>
        <translation>交回物品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Access card</source>
        <translation>門禁卡</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鑰匙</translation>
    </message>
    <message>
        <source>Parking permit</source>
        <translation>停車證</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>已交回</translation>
    </message>
    <message>
        <source>Handed back on</source>
        <translation>交回日期</translation>
    </message>
    <message>
        <source>Key custody application</source>
        <translation>代保管單元鑰匙申請表</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>鑰匙數量（把）</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>委託人</translation>
    </message>
    <message>
        <source>Principal&apos;s ID number</source>
        <translation>委託人證件號</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保管期限至</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>領取時間</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>歸還人</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>歸還時間</translation>
    </message>
    <message>
        <source>Water and electricity meter readings</source>
        <translation>水、電錶底數確認單</translation>
    </message>
    <message>
        <source>Water or electricity</source>
        <translation>水/電</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水錶</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>電錶</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation>表號</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>讀數</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>抄表日期</translation>
    </message>
    <message>
        <source>Confirmed by (customer)</source>
        <translation>客戶確認人</translation>
    </message>
</context>
<context>
    <name>loan</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已歸還</translation>
    </message>
</context>
<context>
    <name>loans</name>
    <message>
        <source>Lent: {name} since {date}</source>
        <translation>借出：{name} {date} 起</translation>
    </message>
    <message>
        <source>{state}, overdue</source>
        <translation>{state}，已逾期</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Dossier Desk</source>
        <translation>客戶檔案台</translation>
    </message>
</context>
<context>
    <name>registers</name>
    <message>
        <source>fit-out project</source>
        <translation>二裝項目</translation>
    </message>
    <message>
        <source>applied for</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>works in progress</source>
        <translation>施工中</translation>
    </message>
    <message>
        <source>awaiting inspection</source>
        <translation>待驗收</translation>
    </message>
    <message>
        <source>passed inspection</source>
        <translation>驗收合格</translation>
    </message>
    <message>
        <source>failed inspection</source>
        <translation>驗收不合格</translation>
    </message>
    <message>
        <source>deposit refunded</source>
        <translation>押金已退</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>Works started</source>
        <translation>開工</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Ask for inspection</source>
        <translation>申請驗收</translation>
    </message>
    <message>
        <source>Passed inspection</source>
        <translation>驗收合格</translation>
    </message>
    <message>
        <source>Failed inspection</source>
        <translation>驗收不合格</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金已退</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>報修</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>已回訪</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>result awaiting approval</source>
        <translation>結果待審批</translation>
    </message>
    <message>
        <source>result approved</source>
        <translation>結果已審批</translation>
    </message>
    <message>
        <source>fed back</source>
        <translation>已回饋</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>登記處理結果</translation>
    </message>
    <message>
        <source>Approve the result</source>
        <translation>審批結果</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回重辦</translation>
    </message>
    <message>
        <source>Feed back</source>
        <translation>回饋客戶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>結案</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>違規記錄</translation>
    </message>
    <message>
        <source>found</source>
        <translation>已發現</translation>
    </message>
    <message>
        <source>notice issued</source>
        <translation>已發整改通知</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Issue a notice</source>
        <translation>發整改通知</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登記</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>found by our staff</source>
        <translation>員工巡查發現</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>fairly satisfied</source>
        <translation>基本滿意</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>上門</translation>
    </message>
    <message>
        <source>by text message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>電子郵件</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>30 years</source>
        <translation>30年</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10年</translation>
    </message>
</context>
<context>
    <name>role</name>
    <message>
        <source>Clerk</source>
        <translation>客務員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>客務主管</translation>
    </message>
    <message>
        <source>Department manager</source>
        <translation>客務部經理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系統管理員</translation>
    </message>
</context>
<context>
    <name>seal</name>
    <message>
        <source>Official seal</source>
        <translation>公章</translation>
    </message>
    <message>
        <source>Contract seal</source>
        <translation>合約章</translation>
    </message>
    <message>
        <source>Finance seal</source>
        <translation>財務章</translation>
    </message>
    <message>
        <source>Other seal</source>
        <translation>其他印章</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>Access card</source>
        <translation>門禁卡</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>鑰匙</translation>
    </message>
    <message>
        <source>Parking permit</source>
        <translation>停車證</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>持有中</translation>
    </message>
    <message>
        <source>To recover</source>
        <translation>待收回</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已收回</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辭職</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>辭退</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Fitting out</source>
        <translation>裝修中</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>退租中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已退租</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>已裝訂</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已銷毀</translation>
    </message>
</context>
<context>
    <name>survey</name>
    <message>
        <source>Service quality</source>
        <translation>服務品質</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>收費價格</translation>
    </message>
    <message>
        <source>Opinion of the company</source>
        <translation>對公司的總體評價</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>version</name>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Typo corrected</source>
        <translation>已更正筆誤</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移至回收筒</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>從回收筒復原</translation>
    </message>
    <message>
        <source>Scans attached</source>
        <translation>添加了掃描件</translation>
    </message>
</context>
</TS>
