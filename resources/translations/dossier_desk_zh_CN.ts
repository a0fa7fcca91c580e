<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
责任人：{owner}；期限：{due}。</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>完成日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>标记完成(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
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
        <translation>状态</translation>
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
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>AddFloorDialog</name>
    <message>
        <source>Add a floor</source>
        <translation>添加楼层</translation>
    </message>
    <message>
        <source>&amp;Level (−1 = B1):</source>
        <translation>层号(&amp;L)（−1 = B1）：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>empty: as usual, e.g. 21F or B2</source>
        <translation>留空：按惯例，如 21F 或 B2</translation>
    </message>
    <message>
        <source>There is no floor 0.</source>
        <translation>没有第 0 层。</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <source>Add a unit on {floor}</source>
        <translation>在 {floor} 添加单元</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>单元号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>面积(&amp;A)（m²）：</translation>
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
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>用户名(&amp;L)：</translation>
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
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Tell the new user this password; they choose their own at the first log-in.</source>
        <translation>请把此密码告诉新用户；其首次登录时须自行设置新密码。</translation>
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
        <translation>行</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>将新增的内容</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>收费价格</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司评价</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见和建议</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>填表日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not saved: type all three scores</source>
        <translation>未保存：请填齐三项评分</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回复</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5, not “{value}”.</source>
        <translation>评分须为 1 至 5 的整数，不能是“{value}”。</translation>
    </message>
</context>
<context>
    <name>AppraisalDialog</name>
    <message>
        <source>Appraisal of files past their retention</source>
        <translation>到期档案鉴定</translation>
    </message>
    <message>
        <source>Retention run out by:</source>
        <translation>保管期限截至：</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>销毁(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep longer…</source>
        <translation>延长保管(&amp;K)…</translation>
    </message>
    <message>
        <source>Appraisal opinion (鉴定意见)</source>
        <translation>鉴定意见</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>提交审批(&amp;S)</translation>
    </message>
    <message>
        <source>Due for appraisal</source>
        <translation>到期待鉴定</translation>
    </message>
    <message>
        <source>Manager &amp;signs here…</source>
        <translation>部门经理在此签批(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Record destruction…</source>
        <translation>登记销毁(&amp;R)…</translation>
    </message>
    <message>
        <source>Print &amp;form…</source>
        <translation>打印审批表(&amp;F)…</translation>
    </message>
    <message>
        <source>Print r&amp;egister…</source>
        <translation>打印销毁清册(&amp;E)…</translation>
    </message>
    <message>
        <source>Destruction lists</source>
        <translation>销毁清册</translation>
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
            <numerusform>销毁清册 {number} 已登记销毁：%n 卷，删除 {scans}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n 个扫描件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) could not be deleted; Check lists them.</source>
        <translation>
            <numerusform>有 %n 个扫描件未能删除，“检查”会列出它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Destruction approval form {number}</source>
        <translation>档案资料销毁审批表 {number}</translation>
    </message>
    <message>
        <source>Destruction register {number}</source>
        <translation>销毁清册 {number}</translation>
    </message>
</context>
<context>
    <name>ApprovalsWaitingWindow</name>
    <message>
        <source>Approvals waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>&amp;Note (needed to refuse):</source>
        <translation>备注（不批准时必填）(&amp;N)：</translation>
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
            <numerusform>有 %n 项申请等待您审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision.</source>
        <translation>没有等待您审批的申请。</translation>
    </message>
    <message>
        <source>To approve, type the list number {number}:</source>
        <translation>如同意，请输入清册编号 {number}：</translation>
    </message>
    <message>
        <source>Type the list number {number} to approve its destruction.</source>
        <translation>请输入清册编号 {number} 以批准销毁。</translation>
    </message>
</context>
<context>
    <name>ArchiveBrowser</name>
    <message>
        <source>Archive browser</source>
        <translation>归档浏览</translation>
    </message>
    <message>
        <source>Company, former name, unit, file number, document title…</source>
        <translation>单位名称、曾用名、单元、案卷号、文件题名…</translation>
    </message>
    <message>
        <source>&amp;Search the archive:</source>
        <translation>在归档中查找(&amp;S)：</translation>
    </message>
    <message>
        <source>Print box &amp;directory</source>
        <translation>打印案卷目录(&amp;D)</translation>
    </message>
    <message>
        <source>Print box &amp;labels</source>
        <translation>打印档案盒标签(&amp;L)</translation>
    </message>
    <message>
        <source>Print &amp;box</source>
        <translation>打印整盒(&amp;B)</translation>
    </message>
    <message>
        <source>Print &amp;year</source>
        <translation>打印全年(&amp;Y)</translation>
    </message>
    <message>
        <source>Print year di&amp;rectory</source>
        <translation>打印年度盒目录(&amp;R)</translation>
    </message>
    <message>
        <source>Print &amp;hand-over list…</source>
        <translation>打印移交清单(&amp;H)…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>No box chosen</source>
        <translation>未选择档案盒</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
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
        <translation>内容</translation>
    </message>
    <message>
        <source>File numbers</source>
        <translation>案卷号</translation>
    </message>
    <message>
        <source>Boxed</source>
        <translation>装盒</translation>
    </message>
    <message>
        <source>e.g. archive room, cabinet 3, shelf 2</source>
        <translation>例如：档案室 3 号柜 2 层</translation>
    </message>
    <message>
        <source>Sa&amp;ve place</source>
        <translation>保存位置(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;helf location:</source>
        <translation>存放位置(&amp;H)：</translation>
    </message>
    <message>
        <source>Double-click a dossier to open it</source>
        <translation>双击案卷即可打开</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Found in the archive: “{text}”</source>
        <translation>归档查找结果：“{text}”</translation>
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
            <numerusform>已归档 %n 卷</numerusform>
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
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand-over list (%n box(es))</source>
        <translation>
            <numerusform>档案移交清单（%n 盒）</numerusform>
        </translation>
    </message>
    <message>
        <source>No archive boxes yet: the annual archiving makes them (Archive ▸ Annual archiving…).</source>
        <translation>还没有档案盒：年度归档会生成档案盒（归档 ▸ 年度归档…）。</translation>
    </message>
    <message>
        <source>Choose a box on the left</source>
        <translation>请在左侧选择档案盒</translation>
    </message>
    <message>
        <source>Box {number}</source>
        <translation>档案盒 {number}</translation>
    </message>
    <message>
        <source>{mm} mm, holds {capacity} pages</source>
        <translation>{mm} 毫米，容量 {capacity} 页</translation>
    </message>
    <message>
        <source>{date} by {name}</source>
        <translation>{date}，{name}</translation>
    </message>
    <message>
        <source>{file_number} was destroyed on {date}; only its record remains.</source>
        <translation>{file_number} 已于 {date} 销毁，仅保留其记录。</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>找到：{count}</translation>
    </message>
    <message>
        <source>Nothing found in the archive</source>
        <translation>归档中没有找到</translation>
    </message>
    <message>
        <source>Box directory {number}</source>
        <translation>案卷目录 {number}</translation>
    </message>
    <message>
        <source>Box labels ({count})</source>
        <translation>档案盒标签（{count}）</translation>
    </message>
    <message>
        <source>Archive {year}</source>
        <translation>{year} 年度归档</translation>
    </message>
    <message>
        <source>Archive directory {year}</source>
        <translation>{year} 年度档案盒目录</translation>
    </message>
    <message>
        <source>Hand-over list {year}</source>
        <translation>{year}年度档案移交清单</translation>
    </message>
</context>
<context>
    <name>ArchiveHitsModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>档案盒</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Unit(s)</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <source>Destroyed {date} (list {number})</source>
        <translation>已销毁 {date}（销毁清册 {number}）</translation>
    </message>
</context>
<context>
    <name>ArchiveMenu</name>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Annual &amp;archiving…</source>
        <translation>年度归档(&amp;A)…</translation>
    </message>
    <message>
        <source>Archive &amp;browser…</source>
        <translation>归档浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Archive &amp;settings (全宗, 档号)…</source>
        <translation>档案设置（全宗、档号）(&amp;S)…</translation>
    </message>
    <message>
        <source>A&amp;ppraisal…</source>
        <translation>到期鉴定(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ArchiveSettingsDialog</name>
    <message>
        <source>Archive settings</source>
        <translation>档案设置</translation>
    </message>
    <message>
        <source>The fonds (全宗) is the organisation that keeps the record, such as the management company&apos;s customer-services department, not the building. A file&apos;s archival code (档号) is made from these settings when it is bound and never changes afterwards.</source>
        <translation>全宗是形成和保管档案的组织，例如物业管理公司的客户服务部，而不是大厦。案卷的档号在装订时按这些设置生成，此后不再改变。</translation>
    </message>
    <message>
        <source>These are the defaults: the department manager has not confirmed them yet.</source>
        <translation>以下为默认设置：部门经理尚未确认。</translation>
    </message>
    <message>
        <source>Parts: {全宗号} {年度} {保管期限} {目录号} {案卷号:04}. {年度} and {案卷号} are needed; everything else is written as it is. The number counts within the fonds and year; per retention period when {保管期限} comes before {年度}.</source>
        <translation>可用部分：{全宗号} {年度} {保管期限} {目录号} {案卷号:04}。必须包含 {年度} 和 {案卷号}；其他文字按原样写入。案卷号在同一全宗、同一年度内连续编号；若 {保管期限} 位于 {年度} 之前，则每个保管期限分别编号。</translation>
    </message>
    <message>
        <source>Fonds &amp;name (全宗名称):</source>
        <translation>全宗名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Fonds &amp;code (全宗号):</source>
        <translation>全宗号(&amp;C)：</translation>
    </message>
    <message>
        <source>Catalo&amp;gue no. (目录号):</source>
        <translation>目录号(&amp;G)：</translation>
    </message>
    <message>
        <source>Archival code &amp;pattern:</source>
        <translation>档号格式(&amp;P)：</translation>
    </message>
    <message>
        <source>Retention codes:</source>
        <translation>保管期限代码：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>&amp;Give old files their archival codes…</source>
        <translation>为旧案卷编制档号(&amp;G)…</translation>
    </message>
    <message>
        <source>Only the department manager changes the archive settings.</source>
        <translation>只有部门经理可以修改档案设置。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were bound before these settings existed and still have an old number; they get their archival code once, and keep the old one as 原编号.</source>
        <translation>
            <numerusform>有 %n 卷案卷在设置档案参数之前装订，仍使用旧编号；可一次性为其编制档号，旧编号保留为原编号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWizard</name>
    <message>
        <source>Annual archiving</source>
        <translation>年度归档</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未作任何更改。</translation>
    </message>
    <message>
        <source>Archive {year}</source>
        <translation>{year} 年度归档</translation>
    </message>
    <message>
        <source>Box labels ({count})</source>
        <translation>档案盒标签（{count}）</translation>
    </message>
</context>
<context>
    <name>ArrearsModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>{days} (¥)</source>
        <translation>{days}（元）</translation>
    </message>
    <message>
        <source>Total (¥)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最早应缴日</translation>
    </message>
    <message>
        <source>Last chased</source>
        <translation>最近催款</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ArrearsRegister</name>
    <message>
        <source>Arrears register</source>
        <translation>欠费登记表</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Print arrears &amp;notices…</source>
        <translation>打印催款通知单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>截至(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>O&amp;verdue more than</source>
        <translation>逾期超过(&amp;V)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>%n tenancy(ies) behind, ¥{total} overdue.</source>
        <translation>
            <numerusform>共 %n 户欠费，逾期合计 ¥{total}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue more than %n day(s)</source>
        <translation>
            <numerusform>逾期超过 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditMenu</name>
    <message>
        <source>A&amp;udit log…</source>
        <translation>审计日志(&amp;U)…</translation>
    </message>
    <message>
        <source>Read-only: views, prints and exports are not recorded in the audit log here.</source>
        <translation>只读：此处的查阅、打印和导出不会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
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
        <translation>对象</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
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
        <translation>查阅</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
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
        <translation>装订</translation>
    </message>
    <message>
        <source>Put into an archive box</source>
        <translation>装入档案盒</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Scans attached</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Refiled</source>
        <translation>重新归档</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Locked after wrong passwords</source>
        <translation>密码错误次数过多，已锁定</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Masked value revealed</source>
        <translation>查看被遮盖的信息</translation>
    </message>
    <message>
        <source>Typo corrected</source>
        <translation>更正笔误</translation>
    </message>
    <message>
        <source>Approval asked for</source>
        <translation>提交审批申请</translation>
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
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Approval used</source>
        <translation>按批准办理</translation>
    </message>
    <message>
        <source>Manager&apos;s own decision</source>
        <translation>经理直接决定</translation>
    </message>
    <message>
        <source>Approved and used by the manager</source>
        <translation>经理批准并办理</translation>
    </message>
    <message>
        <source>Loan asked for</source>
        <translation>申请借阅</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Loan returned</source>
        <translation>借阅归还</translation>
    </message>
    <message>
        <source>Proposed for destruction</source>
        <translation>提出销毁</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已改名</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>已改号</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Made by merging units</source>
        <translation>由单元合并而成</translation>
    </message>
    <message>
        <source>Made by splitting a unit</source>
        <translation>由单元拆分而成</translation>
    </message>
    <message>
        <source>Given its archival code (the old number kept)</source>
        <translation>编制档号（保留原编号）</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Monthly charges generated</source>
        <translation>生成月度费用</translation>
    </message>
    <message>
        <source>Rate set</source>
        <translation>设定费率</translation>
    </message>
    <message>
        <source>Deposit received</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>扣留</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>红冲</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Meter readings taken in</source>
        <translation>录入抄表读数</translation>
    </message>
    <message>
        <source>Payments taken in</source>
        <translation>批量录入收款</translation>
    </message>
    <message>
        <source>Left the company</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Rejoined the company</source>
        <translation>重新入职</translation>
    </message>
    <message>
        <source>Card, key or permit linked</source>
        <translation>关联门禁卡、钥匙或停车证</translation>
    </message>
    <message>
        <source>Link undone</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已收回</translation>
    </message>
    <message>
        <source>Authority ended</source>
        <translation>授权终止</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Manager&apos;s note</source>
        <translation>经理意见</translation>
    </message>
    <message>
        <source>Signed at the desk</source>
        <translation>经理现场签批</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>申请类别</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Unit number</source>
        <translation>单元号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Floor name</source>
        <translation>楼层名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层号</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>To</source>
        <translation>改为</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>合并自</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>并入</translation>
    </message>
    <message>
        <source>Split into</source>
        <translation>拆分为</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>程序窗口</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>the start-up self-test</source>
        <translation>启动自检</translation>
    </message>
    <message>
        <source>the benchmark</source>
        <translation>性能测试</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>unknown login</source>
        <translation>无此用户</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>大厦</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Unit list</source>
        <translation>单元列表</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Dossier labels</source>
        <translation>档案标牌</translation>
    </message>
    <message>
        <source>Archive box</source>
        <translation>档案盒</translation>
    </message>
    <message>
        <source>Year&apos;s archive</source>
        <translation>年度归档</translation>
    </message>
    <message>
        <source>Move-in checklist</source>
        <translation>入住资料清单</translation>
    </message>
    <message>
        <source>Scans folder</source>
        <translation>扫描件文件夹</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>打印件</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>Loan list</source>
        <translation>借阅列表</translation>
    </message>
    <message>
        <source>Loan register</source>
        <translation>档案借阅登记表</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Destruction list</source>
        <translation>销毁清册</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Fee settings</source>
        <translation>收费设置</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>应收费用</translation>
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
        <translation>抄表读数</translation>
    </message>
    <message>
        <source>Arrears chase</source>
        <translation>催款记录</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>调查问卷</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Card, key or permit</source>
        <translation>门禁卡、钥匙或停车证</translation>
    </message>
    <message>
        <source>Authorised signatory</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>印鉴样本</translation>
    </message>
    <message>
        <source>the dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>the unit list</source>
        <translation>单元列表</translation>
    </message>
    <message>
        <source>dossier labels</source>
        <translation>档案标牌</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>the year&apos;s archive</source>
        <translation>年度归档</translation>
    </message>
    <message>
        <source>an archive box</source>
        <translation>档案盒</translation>
    </message>
    <message>
        <source>the loan list</source>
        <translation>借阅列表</translation>
    </message>
    <message>
        <source>the destruction approval form</source>
        <translation>档案资料销毁审批表</translation>
    </message>
    <message>
        <source>the destruction register</source>
        <translation>销毁清册</translation>
    </message>
    <message>
        <source>the files waiting for their archival codes</source>
        <translation>待编制档号的案卷</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation>收款收据</translation>
    </message>
    <message>
        <source>a statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>arrears notices</source>
        <translation>催款通知单</translation>
    </message>
    <message>
        <source>the month-end summary of fees</source>
        <translation>费用月末汇总表</translation>
    </message>
    <message>
        <source>the arrears list</source>
        <translation>欠费清单</translation>
    </message>
    <message>
        <source>the satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>the satisfaction survey report</source>
        <translation>满意度调查报告</translation>
    </message>
    <message>
        <source>the return visits due</source>
        <translation>应回访清单</translation>
    </message>
    <message>
        <source>the monthly visit plan</source>
        <translation>月度回访计划</translation>
    </message>
    <message>
        <source>a visit record form</source>
        <translation>回访记录表</translation>
    </message>
    <message>
        <source>the customer&apos;s staff</source>
        <translation>客户的员工</translation>
    </message>
    <message>
        <source>the cards and keys to recover</source>
        <translation>待收回的门禁卡和钥匙</translation>
    </message>
    <message>
        <source>What: {what}</source>
        <translation>内容：{what}</translation>
    </message>
    <message>
        <source>Rows: {rows}</source>
        <translation>行数：{rows}</translation>
    </message>
    <message>
        <source>Pages: {pages}</source>
        <translation>页数：{pages}</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>状态：{old} → {new}</translation>
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
        <translation>审计日志</translation>
    </message>
    <message>
        <source>number or file number</source>
        <translation>档案编号或案卷号</translation>
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
        <translation>档案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
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
        <translation>查阅、打印和导出</translation>
    </message>
    <message>
        <source>The newest {shown} of {total} entries.</source>
        <translation>共 {total} 条，显示最新的 {shown} 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>共 %n 条。</numerusform>
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
        <translation>档案</translation>
    </message>
</context>
<context>
    <name>AveragesModel</name>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>收费价格</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司评价</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全体客户</translation>
    </message>
    <message>
        <source>Floor {floor}</source>
        <translation>楼层 {floor}</translation>
    </message>
    <message>
        <source>Use: {use}</source>
        <translation>用途：{use}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Backup</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>立即备份(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation>备份设置(&amp;S)…</translation>
    </message>
    <message>
        <source>A server database is restored with the command line, into an empty server database.</source>
        <translation>服务器数据库要用命令行恢复到一个空的服务器数据库中。</translation>
    </message>
    <message>
        <source>Scans on the &amp;server…</source>
        <translation>服务器上的扫描件(&amp;S)…</translation>
    </message>
    <message>
        <source>No backup folder chosen: Backup ▸ Backup settings…</source>
        <translation>尚未选择备份文件夹：备份 ▸ 备份设置…</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached</source>
        <translation>无法访问备份文件夹 {folder}</translation>
    </message>
    <message>
        <source>No verified backup yet: Backup ▸ Back up now…</source>
        <translation>尚无经过验证的备份：备份 ▸ 立即备份…</translation>
    </message>
    <message>
        <source>Last verified backup {date}: back up now</source>
        <translation>最近一次经验证的备份：{date}，请立即备份</translation>
    </message>
    <message>
        <source>Choose the backup folder (another disk or a USB stick)</source>
        <translation>选择备份文件夹（另一块磁盘或 U 盘）</translation>
    </message>
    <message>
        <source>A backup is running already.</source>
        <translation>已有备份正在进行。</translation>
    </message>
    <message>
        <source>Backing up and verifying…</source>
        <translation>正在备份并验证…</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
    <message>
        <source>Automatic backup…</source>
        <translation>正在自动备份…</translation>
    </message>
    <message>
        <source>Automatic backup verified: {folder}</source>
        <translation>自动备份已完成并通过验证：{folder}</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: {folder}

%n scan(s): {copied} copied, {there} already in the backup folder; {written} written in {seconds} s.</source>
        <translation>
            <numerusform>备份已通过验证：{folder}

扫描件 %n 个：新复制 {copied} 个，{there} 个已在备份文件夹中；{seconds} 秒内写入 {written}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup folder setting was left as it is (an administrator or the department manager chooses it).</source>
        <translation>备份文件夹设置保持不变（由系统管理员或客务部经理选择）。</translation>
    </message>
    <message>
        <source>Made with pg_dump, PostgreSQL&apos;s own copy of the server database.</source>
        <translation>使用 pg_dump（PostgreSQL 自带的服务器数据库备份工具）制作。</translation>
    </message>
    <message>
        <source>Made as Dossier Desk&apos;s own export of the server database, because pg_dump could not be used ({reason}). It restores into an empty server database or into a new file.</source>
        <translation>由于无法使用 pg_dump（{reason}），本备份是 Dossier Desk 自行导出的服务器数据库副本。它可以恢复到空的服务器数据库，也可以恢复为新的数据库文件。</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
    <message>
        <source>The backup before closing failed: {error}

Close all the same?</source>
        <translation>关闭前的备份失败：{error}

仍然关闭吗？</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Finishing the backup, then closing…</source>
        <translation>正在完成备份，随后关闭…</translation>
    </message>
    <message>
        <source>Restored the backup made {date} by {name} as {file}, verified.</source>
        <translation>已将 {name} 于 {date} 创建的备份恢复为 {file}，并已通过验证。</translation>
    </message>
    <message>
        <source>The file it replaced was backed up first to {folder}.</source>
        <translation>被替换的文件已先备份到 {folder}。</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>现在打开吗？</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>e.g. E:\Dossier backups (a second disk or a USB stick)</source>
        <translation>例如 E:\档案备份（另一块磁盘或 U 盘）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Back up &amp;automatically: on the first start of each day and on closing</source>
        <translation>自动备份(&amp;A)：每天首次启动时及关闭时</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Every desk working on this file and the command line use these settings. Choose a folder on another disk than the database: a backup on the same disk is lost with it.</source>
        <translation>使用此文件的每台电脑和命令行都采用这些设置。请选择与数据库不在同一磁盘上的文件夹：同一磁盘上的备份会随磁盘一同丢失。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>{date} by {name}, in {folder}</source>
        <translation>{date}，由 {name} 创建，位于 {folder}</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Warn after:</source>
        <translation>提醒期限(&amp;W)：</translation>
    </message>
    <message>
        <source>Last verified backup:</source>
        <translation>最近一次经验证的备份：</translation>
    </message>
    <message>
        <source>Only an administrator or the department manager changes the backup settings.</source>
        <translation>只有系统管理员或客务部经理可以更改备份设置。</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>档案数</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source> (before a restore)</source>
        <translation>（恢复前）</translation>
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
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少的资料</translation>
    </message>
    <message>
        <source>Use and area</source>
        <translation>用途与面积</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
</context>
<context>
    <name>BehindWindow</name>
    <message>
        <source>Double-click a row to open its dossier.</source>
        <translation>双击一行打开其档案。</translation>
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
        <translation>{month} 报修</translation>
    </message>
    <message>
        <source>Complaints received, {month}</source>
        <translation>{month} 投诉</translation>
    </message>
    <message>
        <source>Repairs still open</source>
        <translation>未完成的报修</translation>
    </message>
    <message>
        <source>Complaints still open</source>
        <translation>未结的投诉</translation>
    </message>
    <message>
        <source>Dossiers missing move-in papers</source>
        <translation>缺少入住资料的档案</translation>
    </message>
    <message>
        <source>Units used as “{use}”</source>
        <translation>用途为“{use}”的单元</translation>
    </message>
    <message>
        <source>Units of {area} m²</source>
        <translation>面积 {area} m² 的单元</translation>
    </message>
    <message>
        <source>Units without a recorded area</source>
        <translation>未登记面积的单元</translation>
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
        <translation>装订档案</translation>
    </message>
    <message>
        <source>Bind {title}?

Its documents are numbered oldest first with their pages, it gets the archival code shown, and afterwards it no longer changes (only the department manager adds a late paper).</source>
        <translation>装订{title}？

其文件按时间从早到晚编件号和页号，并获得下方所示的档号；此后不再更改（只有部门经理可以补充迟到的材料）。</translation>
    </message>
    <message>
        <source>&amp;Retention period:</source>
        <translation>保管期限(&amp;R)：</translation>
    </message>
    <message>
        <source>Archival code (档号):</source>
        <translation>档号：</translation>
    </message>
    <message>
        <source>It has no documents: bind it &amp;empty all the same</source>
        <translation>本卷没有文件：仍然装订为空卷(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have no page count: bind them &amp;without page numbers</source>
        <translation>
            <numerusform>有 %n 件文件未登记页数：不编页号照样装订(&amp;W)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>装订(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BoxEntriesModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案卷题名</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BoxesPage</name>
    <message>
        <source>Boxes</source>
        <translation>装盒</translation>
    </message>
    <message>
        <source>Bound dossiers go into boxes by floor, one retention period a box, filled up to the capacity.</source>
        <translation>已装订的档案按楼层装盒，每盒只放同一保管期限，装满容量为止。</translation>
    </message>
    <message>
        <source>{mm} mm</source>
        <translation>{mm} 毫米</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> 页</translation>
    </message>
    <message>
        <source>e.g. archive room, cabinet 3, shelf 2</source>
        <translation>例如：档案室 3 号柜 2 层</translation>
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
        <translation>{year} 年度装盒计划</translation>
    </message>
    <message>
        <source>Box / dossier</source>
        <translation>档案盒 / 案卷</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>卷数</translation>
    </message>
    <message>
        <source>Pages / capacity</source>
        <translation>页数 / 容量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>over capacity: a dossier thicker than the box</source>
        <translation>超出容量：单卷比档案盒还厚</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) for {dossiers}.</source>
        <translation>
            <numerusform>{dossiers}，共装 %n 盒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bound dossier(s)</source>
        <translation>
            <numerusform>%n 卷已装订档案</numerusform>
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
        <translation>没有可装盒的已装订档案：请返回上一步先装订。</translation>
    </message>
</context>
<context>
    <name>BuildingEditor</name>
    <message>
        <source>Building editor</source>
        <translation>楼宇编辑</translation>
    </message>
    <message>
        <source>Show &amp;retired floors and units</source>
        <translation>显示已停用的楼层和单元(&amp;R)</translation>
    </message>
    <message>
        <source>Building:</source>
        <translation>楼宇：</translation>
    </message>
    <message>
        <source>Add &amp;floor…</source>
        <translation>添加楼层(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;name floor…</source>
        <translation>楼层改名(&amp;N)…</translation>
    </message>
    <message>
        <source>Retire floo&amp;r</source>
        <translation>停用楼层(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>添加单元(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation>修改单元(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;tire unit</source>
        <translation>停用单元(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>拆分(&amp;S)…</translation>
    </message>
    <message>
        <source>A unit or floor that ever had a tenant is retired, never deleted: its dossiers keep its number. Units are merged or split only while vacant.</source>
        <translation>曾有租户的单元或楼层只停用、不删除：其档案保留原编号。单元只能在空置时合并或拆分。</translation>
    </message>
    <message>
        <source>Choose a floor in use.</source>
        <translation>请选择一个在用的楼层。</translation>
    </message>
    <message>
        <source>Only a floor whose units are all retired or merged away can be retired.</source>
        <translation>只有单元全部停用或已合并的楼层才能停用。</translation>
    </message>
    <message>
        <source>Choose one unit in use.</source>
        <translation>请选择一个在用的单元。</translation>
    </message>
    <message>
        <source>Choose one vacant unit.</source>
        <translation>请选择一个空置单元。</translation>
    </message>
    <message>
        <source>Choose two or more vacant units (Ctrl+click).</source>
        <translation>请选择两个或更多空置单元（Ctrl+单击）。</translation>
    </message>
    <message>
        <source>Unit {unit} has a tenancy ({tenant}).</source>
        <translation>单元 {unit} 有租约（{tenant}）。</translation>
    </message>
    <message>
        <source>Retire unit {unit}? It leaves the floor plan; its dossiers and history stay under its number.</source>
        <translation>停用单元 {unit}？它将不再显示在楼层图上；其档案和历史记录仍保留在原单元号下。</translation>
    </message>
    <message>
        <source>Remove unit {unit}? It never had a tenant, so it is deleted.</source>
        <translation>删除单元 {unit}？它从未有过租户，因此将被删除。</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Retire floor {floor}? It leaves the floor tabs; what was filed under it stays.</source>
        <translation>停用楼层 {floor}？它将不再显示为楼层标签；归在该层下的资料保留不变。</translation>
    </message>
</context>
<context>
    <name>BuildingMenu</name>
    <message>
        <source>&amp;Building editor…</source>
        <translation>楼宇编辑(&amp;B)…</translation>
    </message>
    <message>
        <source>Only the department manager or an administrator changes the building&apos;s floors and units.</source>
        <translation>只有部门经理或管理员可以修改楼宇的楼层和单元。</translation>
    </message>
</context>
<context>
    <name>BundlesModel</name>
    <message>
        <source>Scanned file</source>
        <translation>扫描文件</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{file} (part {n} of {of})</source>
        <translation>{file}（第 {n} 份，共 {of} 份）</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>无封面</translation>
    </message>
    <message>
        <source>Blank cover</source>
        <translation>空白封面</translation>
    </message>
    <message>
        <source>Choose the dossier</source>
        <translation>请选择档案</translation>
    </message>
    <message>
        <source>To file</source>
        <translation>待归档</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit(s)</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位名称</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>案卷号</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
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
        <translation>退租客户</translation>
    </message>
    <message>
        <source>&amp;Retention for binding:</source>
        <translation>装订保管期限(&amp;R)：</translation>
    </message>
    <message>
        <source>Bind &amp;all</source>
        <translation>全部装订(&amp;A)</translation>
    </message>
    <message>
        <source>Bind every dossier listed as not bound: documents numbered oldest first, a file number each</source>
        <translation>装订所有未装订的档案：卷内文件从早到晚编号，每卷一个案卷号</translation>
    </message>
    <message>
        <source>&amp;Leave unbound dossiers for later</source>
        <translation>未装订的档案留待以后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Print in-file directory…</source>
        <translation>打印卷内目录(&amp;P)…</translation>
    </message>
    <message>
        <source>Cover, in-file directory and reference sheet of the selected dossier</source>
        <translation>所选档案的封面、卷内目录和备考表</translation>
    </message>
    <message>
        <source>Departed tenancies {year}</source>
        <translation>{year} 年退租客户</translation>
    </message>
    <message>
        <source>Print lis&amp;t…</source>
        <translation>打印清单(&amp;T)…</translation>
    </message>
    <message>
        <source>Tenancies that ended in {year} and are not in a box yet. Bind them before boxing.</source>
        <translation>{year} 年退租、尚未装盒的客户。装盒前先装订。</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s): {unbound} not bound, {bound} bound.</source>
        <translation>
            <numerusform>共 %n 卷：未装订 {unbound} 卷，已装订 {bound} 卷。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) out on loan, not in the cabinet: {dossiers}. Take them back first.</source>
        <translation>
            <numerusform>有 %n 份档案借出未还，不在柜中：{dossiers}。请先收回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bind %n dossier(s) of {year}? Their documents get item and page numbers and a file number each, and they no longer change.</source>
        <translation>
            <numerusform>装订 {year} 年的 %n 卷档案？卷内文件将编上件号和页号，每卷给出案卷号，装订后不能再更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) have documents without a page count (or none) and are left out: record the pages, or bind each from its dossier as it is.</source>
        <translation>
            <numerusform>有 %n 卷档案含未登记页数的文件（或没有文件），未装订：请先登记页数，或在该档案中逐卷按现状装订。</numerusform>
        </translation>
    </message>
    <message>
        <source>Binding the year&apos;s dossiers…</source>
        <translation>正在装订本年度的档案…</translation>
    </message>
    <message numerus="yes">
        <source>Bound %n dossier(s): file numbers {first} to {last}.</source>
        <translation>
            <numerusform>已装订 %n 卷：案卷号 {first} 至 {last}。</numerusform>
        </translation>
    </message>
    <message>
        <source>In-file directory {number}</source>
        <translation>卷内目录 {number}</translation>
    </message>
    <message>
        <source>Bind all</source>
        <translation>全部装订</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>装订(&amp;B)</translation>
    </message>
</context>
<context>
    <name>CareMenu</name>
    <message>
        <source>Return &amp;visits due…</source>
        <translation>应回访客户(&amp;V)…</translation>
    </message>
    <message>
        <source>Customer contact &amp;plans…</source>
        <translation>客户联络计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Customer &amp;grade…</source>
        <translation>客户等级(&amp;G)…</translation>
    </message>
    <message>
        <source>Record return &amp;visit…</source>
        <translation>登记回访(&amp;V)…</translation>
    </message>
    <message>
        <source>Print return visit r&amp;ecord…</source>
        <translation>打印回访记录表(&amp;E)…</translation>
    </message>
    <message>
        <source>No return visit has been recorded for this tenancy yet.</source>
        <translation>此租约尚无回访记录。</translation>
    </message>
    <message>
        <source>Return visit record</source>
        <translation>回访记录表</translation>
    </message>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份打印件仍在生成，请稍后再试。</translation>
    </message>
    <message>
        <source>Customer grade saved.</source>
        <translation>客户等级已保存。</translation>
    </message>
    <message>
        <source>Return visit recorded.</source>
        <translation>回访已登记。</translation>
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
        <translation>档案内的全部文件，最新的在前</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>{name}, your password was set by an administrator. Choose your own before you start.</source>
        <translation>{name}，您的密码由系统管理员设置。开始工作前，请设置您自己的密码。</translation>
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
        <translation>新增一次性收费</translation>
    </message>
    <message>
        <source>&amp;Fee item:</source>
        <translation>收费项目(&amp;F)：</translation>
    </message>
    <message>
        <source>The tenancy as a whole</source>
        <translation>整个租户（不分单元）</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <source>An a&amp;mount</source>
        <translation>按金额(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Quantity × rate</source>
        <translation>数量 × 单价(&amp;Q)</translation>
    </message>
    <message>
        <source>Charged as:</source>
        <translation>计费方式：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 3 (hours, cards)</source>
        <translation>如 3（小时、张）</translation>
    </message>
    <message>
        <source>Qua&amp;ntity:</source>
        <translation>数量(&amp;N)：</translation>
    </message>
    <message>
        <source>yuan each, e.g. 150.00</source>
        <translation>每单位元数，如 150.00</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>单价(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Period (YYYY-MM):</source>
        <translation>所属期间（年-月）(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. after-hours air conditioning 18:00–22:00</source>
        <translation>如 加班空调 18:00–22:00</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>There is no one-off fee item yet; the department manager sets them up.</source>
        <translation>还没有一次性收费项目，请部门经理设置。</translation>
    </message>
    <message>
        <source>Quantity and rate must be more than 0.</source>
        <translation>数量和单价须大于 0。</translation>
    </message>
    <message>
        <source>Comes to {amount}.</source>
        <translation>合计 {amount}。</translation>
    </message>
</context>
<context>
    <name>ChargesModel</name>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
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
        <translation>应缴日期</translation>
    </message>
</context>
<context>
    <name>ChargesRegister</name>
    <message>
        <source>Charges register</source>
        <translation>应收登记表</translation>
    </message>
    <message>
        <source>All fee items</source>
        <translation>全部收费项目</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>从(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): charged ¥{amount}, paid ¥{paid}, open ¥{open}.</source>
        <translation>
            <numerusform>共 %n 笔：应收 ¥{amount}，已收 ¥{paid}，未收 ¥{open}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChaseDialog</name>
    <message>
        <source>Log a chase</source>
        <translation>记录催款</translation>
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
        <translation>联络到的人</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联络人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Promised to pay by:</source>
        <translation>承诺付款日期(&amp;P)：</translation>
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
        <translation>联络人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺付款日</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Move-in checklist</source>
        <translation>入住资料清单</translation>
    </message>
    <message>
        <source>The papers every new dossier must hold. Untick “In use” to retire an item; it is kept.</source>
        <translation>每份新档案都必须具备的资料。取消勾选“使用中”可停用某一项；该项仍会保留。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
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
        <translation>新资料</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose the workbook</source>
        <translation>选择工作簿</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) with the sheets 房间, 客户, 租户, 档案文件 and 费用 — any of them, in any order. It is checked first; nothing is written unless every row is right.</source>
        <translation>Excel 工作簿（.xlsx），含工作表 房间、客户、租户、档案文件、费用——有哪些都可以，顺序不限。先检查，每一行都正确才写入。</translation>
    </message>
    <message>
        <source>The .xlsx file to import</source>
        <translation>要导入的 .xlsx 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Workbook</source>
        <translation>工作簿(&amp;W)</translation>
    </message>
    <message>
        <source>Save the import template…</source>
        <translation>保存导入模板…</translation>
    </message>
    <message>
        <source>Start from the import template: it has the sheets and headers the import reads, lists of the allowed categories and how to fill each column. Your own spreadsheets work too when their headers say the same; extra columns are left out and named in the preview.</source>
        <translation>建议从导入模板开始：模板含导入所读取的工作表和表头、可选类别的下拉列表以及每一列的填写说明。办公室自己的表格只要表头相同也可以导入；多出来的列不读取，并在预览中列出。</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CodeChangesModel</name>
    <message>
        <source>Old number (原编号)</source>
        <translation>原编号</translation>
    </message>
    <message>
        <source>Archival code (档号)</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>CodesDialog</name>
    <message>
        <source>Give old files their archival codes</source>
        <translation>为旧案卷编制档号</translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) get the archival code shown. Their old number stays as 原编号: it is printed small and still finds the file. This is done once and cannot be undone.</source>
        <translation>
            <numerusform>以下 %n 卷案卷将获得所示档号。旧编号保留为原编号：以小字打印，仍可用来查找案卷。此操作只做一次，不能撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Give the codes</source>
        <translation>编制档号(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Archive puts the dossiers into their boxes, all at once or nothing.</source>
        <translation>“归档”一次把所有档案装入档案盒，要么全部完成，要么什么都不改。</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Year: {year}</source>
        <translation>年度：{year}</translation>
    </message>
    <message numerus="yes">
        <source>%n bound dossier(s) into {boxes} on {floors} ({names}).</source>
        <translation>
            <numerusform>%n 卷已装订档案装入 {boxes}，涉及 {floors}（{names}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new box(es)</source>
        <translation>
            <numerusform>%n 个新档案盒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n floor(s)</source>
        <translation>
            <numerusform>%n 个楼层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) stay unbound, for a later run.</source>
        <translation>
            <numerusform>%n 卷仍未装订，留待下次归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shelf location: {place}</source>
        <translation>存放位置：{place}</translation>
    </message>
    <message>
        <source>Putting the dossiers into archive boxes…</source>
        <translation>正在将档案装入档案盒…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Document: “{title}”</source>
        <translation>文件：“{title}”</translation>
    </message>
    <message>
        <source>What should change, and why (the manager reads this)</source>
        <translation>要改什么、为什么（经理会看到）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>The request for “{title}” waits in the department manager&apos;s list; the change can be made once it is approved.</source>
        <translation>“{title}”的申请已进入部门经理的待审批列表；批准后即可修改。</translation>
    </message>
    <message>
        <source>“{title}”: why? (kept with the record)</source>
        <translation>“{title}”：原因？（随记录保存）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>新建联络人</translation>
    </message>
    <message>
        <source>Contact — {name}</source>
        <translation>联络人 — {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. office manager</source>
        <translation>例如：办公室主任</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>Call in an &amp;emergency</source>
        <translation>紧急情况时联系(&amp;E)</translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation>紧急联络人：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Give a phone or a mobile number.</source>
        <translation>请填写电话或手机号码。</translation>
    </message>
</context>
<context>
    <name>ContactPlansDialog</name>
    <message>
        <source>Contact plans</source>
        <translation>联络计划</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>{grade}: every</source>
        <translation>{grade}：间隔</translation>
    </message>
    <message>
        <source>{grade}: by</source>
        <translation>{grade}：方式</translation>
    </message>
    <message>
        <source>First year: a visit every month; after it: every quarter. A more frequent plan wins.</source>
        <translation>入住第一年每月回访一次，以后每季度一次；等级计划更频繁的，按等级计划。</translation>
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
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联络人</translation>
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
        <translation>项目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>整改措施(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O)：</translation>
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
        <translation>经理审批</translation>
    </message>
    <message>
        <source>{who} asks: {what}.</source>
        <translation>{who} 申请：{what}。</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;login:</source>
        <translation>经理登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>意见(&amp;N)：</translation>
    </message>
    <message>
        <source>To approve, type the list number {number}:</source>
        <translation>如同意，请输入清册编号 {number}：</translation>
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
        <translation>请输入清册编号 {number} 以批准销毁。</translation>
    </message>
    <message>
        <source>{name} is not the department manager and cannot approve.</source>
        <translation>{name} 不是部门经理，不能审批。</translation>
    </message>
</context>
<context>
    <name>CoverSheetsDialog</name>
    <message>
        <source>Print scan cover sheets</source>
        <translation>打印扫描封面</translation>
    </message>
    <message>
        <source>Cover sheets for</source>
        <translation>封面用于</translation>
    </message>
    <message>
        <source>Every live dossier on this floor ({floor})</source>
        <translation>本楼层每份在用档案（{floor}）</translation>
    </message>
    <message>
        <source>No dossier: blank sheets, the dossier is chosen when filing</source>
        <translation>不指定档案：空白封面，归档时再选择档案</translation>
    </message>
    <message>
        <source>One sheet each: {categories}</source>
        <translation>各打印一张：{categories}</translation>
    </message>
    <message>
        <source>Empty: a line to write the title on</source>
        <translation>不填：留横线手写题名</translation>
    </message>
    <message>
        <source>None: a line to write the date on</source>
        <translation>不填：留横线手写日期</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>题名(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;opies of each sheet:</source>
        <translation>每张份数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>This dossier: {number} in {units}</source>
        <translation>本档案：{number}（{units}）</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to print.</source>
        <translation>
            <numerusform>共 %n 页待打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan cover sheets</source>
        <translation>扫描封面</translation>
    </message>
</context>
<context>
    <name>CoversMenu</name>
    <message>
        <source>Print sc&amp;an cover sheets…</source>
        <translation>打印扫描封面(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>CustomerCare</name>
    <message>
        <source>Key</source>
        <translation>重点</translation>
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
        <translation>未定级</translation>
    </message>
    <message>
        <source>{grade} customer, since {day}</source>
        <translation>{grade}客户（自 {day} 起）</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit in person</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer — {name}</source>
        <translation>客户 — {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The day the new name took effect, e.g. the date of the new licence.</source>
        <translation>新名称生效的日期，例如新营业执照的签发日期。</translation>
    </message>
    <message>
        <source>Name &amp;valid from:</source>
        <translation>名称生效日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>How closely the desk keeps in touch: the contact plan of this grade.</source>
        <translation>前台与客户保持联络的频率：按此等级的联络计划。</translation>
    </message>
    <message>
        <source>Customer grade:</source>
        <translation>客户等级：</translation>
    </message>
    <message>
        <source>Credit code or &amp;ID number:</source>
        <translation>统一社会信用代码或身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>Registered &amp;capital:</source>
        <translation>注册资本(&amp;C)：</translation>
    </message>
    <message>
        <source>Nature of &amp;business:</source>
        <translation>公司性质(&amp;B)：</translation>
    </message>
    <message>
        <source>Indu&amp;stry:</source>
        <translation>行业(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Con&amp;tact person:</source>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>A new name: the current one moves to the name history.</source>
        <translation>改名时：当前名称移入名称变更记录。</translation>
    </message>
    <message>
        <source>The live dossier&apos;s label follows the new name.</source>
        <translation>在用档案的标牌将随新名称更新。</translation>
    </message>
    <message>
        <source>This file is open read-only, so looking at the number cannot be recorded: it stays masked.</source>
        <translation>此文件以只读方式打开，无法记录查看操作，号码仍保持遮蔽。</translation>
    </message>
    <message>
        <source>Type the whole ID number, or reveal it first and then correct it.</source>
        <translation>请输入完整的身份证号，或先显示全部再修改。</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>这不是有效的电子邮箱地址。</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>A new customer, or one already known (found by name, former name or credit code).</source>
        <translation>新客户，或已登记的客户（可按名称、曾用名或统一社会信用代码查找）。</translation>
    </message>
    <message>
        <source>E&amp;xisting customer</source>
        <translation>已有客户(&amp;X)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>新客户(&amp;W)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Credit code or &amp;ID number:</source>
        <translation>统一社会信用代码或身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Part of the name, a former name or the credit code</source>
        <translation>名称的一部分、曾用名或统一社会信用代码</translation>
    </message>
    <message>
        <source>formerly {names}</source>
        <translation>曾用名：{names}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>&amp;Print monthly report…</source>
        <translation>打印月度简报(&amp;P)…</translation>
    </message>
    <message>
        <source>Occupancy by floor (units)</source>
        <translation>各楼层入住情况（单元）</translation>
    </message>
    <message>
        <source>Move-ins and move-outs, last 12 months</source>
        <translation>近12个月入住与退租</translation>
    </message>
    <message>
        <source>Repairs and complaints, last 12 months</source>
        <translation>近12个月报修与投诉</translation>
    </message>
    <message>
        <source>Arrears by days overdue (¥)</source>
        <translation>欠费账龄（按逾期天数，元）</translation>
    </message>
    <message>
        <source>Units by area (m²)</source>
        <translation>单元面积分布（m²）</translation>
    </message>
    <message>
        <source>Satisfaction by year (average, 1–5)</source>
        <translation>历年满意度（平均分，1–5）</translation>
    </message>
    <message>
        <source>Return visits due this week</source>
        <translation>本周应回访</translation>
    </message>
    <message>
        <source>No return visit is due this week.</source>
        <translation>本周没有应回访的客户。</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>登记回访(&amp;R)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>统计截至 {day}</translation>
    </message>
    <message numerus="yes">
        <source>occupied ({occupied} of %n unit(s))</source>
        <translation>
            <numerusform>出租率（%n 个单元中 {occupied} 个）</numerusform>
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
        <translation>本月报修</translation>
    </message>
    <message>
        <source>repairs open</source>
        <translation>未完成报修</translation>
    </message>
    <message>
        <source>complaints this month</source>
        <translation>本月投诉</translation>
    </message>
    <message>
        <source>complaints open</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>dossiers missing papers</source>
        <translation>缺件档案</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>loans due back this week</source>
        <translation>本周应还的借阅</translation>
    </message>
    <message>
        <source>loans overdue</source>
        <translation>逾期未还的借阅</translation>
    </message>
    <message>
        <source>return visits due this week</source>
        <translation>本周应回访</translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform>（逾期 %n 户）</numerusform>
        </translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Fitting out</source>
        <translation>装修中</translation>
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
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Satisfaction by year: no survey yet</source>
        <translation>历年满意度：尚无调查</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>收费价格</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司印象</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度简报</translation>
    </message>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份打印件仍在生成，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>DepositDecisionDialog</name>
    <message>
        <source>Refund or retain deposit</source>
        <translation>退还或扣留押金</translation>
    </message>
    <message>
        <source>De&amp;posit:</source>
        <translation>押金(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>退还(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;tain</source>
        <translation>扣留(&amp;T)</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>处理：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
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
        <translation>扣留押金须经部门经理审批。</translation>
    </message>
    <message>
        <source>{kind} {amount} (still held {held})</source>
        <translation>{kind} {amount}（尚存 {held}）</translation>
    </message>
    <message>
        <source>No deposit of this tenant still holds money.</source>
        <translation>该客户没有尚未处理的押金。</translation>
    </message>
    <message>
        <source>Retain {amount} of the {kind} ({held} held): {reason}</source>
        <translation>扣留{kind} {amount}（尚存 {held}）：{reason}</translation>
    </message>
    <message>
        <source>The retention waits in the department manager&apos;s list; it can be made once it is approved.</source>
        <translation>扣留押金的申请已在部门经理的待审批列表中等候；经批准后即可办理。</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Record deposit</source>
        <translation>登记押金</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>押金类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收取日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;ceipt no.:</source>
        <translation>收据号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>交款人(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>DepositsModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收取日期</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退还</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>{date} {what} {amount} by {who}{reason}</source>
        <translation>{date} {what} {amount}，经办 {who}{reason}</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收取日期</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
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
        <translation>押金登记表</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>%n deposit(s): ¥{amount} received; held ¥{held}, refunded ¥{refunded}, retained ¥{retained}.</source>
        <translation>
            <numerusform>共 %n 笔押金：收取 ¥{amount}；在押 ¥{held}，已退 ¥{refunded}，扣留 ¥{retained}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Choose scans</source>
        <translation>选择扫描件</translation>
    </message>
    <message>
        <source>Scans ({patterns})</source>
        <translation>扫描件 ({patterns})</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>Original document — {title}</source>
        <translation>原件 — {title}</translation>
    </message>
    <message>
        <source>Edit document — {title}</source>
        <translation>编辑文件 — {title}</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>题名(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reference no.:</source>
        <translation>文号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>责任者(&amp;I)：</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未计页数</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>页数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Original (never changed afterwards)</source>
        <translation>原件(&amp;O)（录入后不可更改）</translation>
    </message>
    <message>
        <source>why it changes (kept with the previous version)</source>
        <translation>修改原因（与上一版本一起保存）</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>修改原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Correct &amp;typo…</source>
        <translation>更正笔误(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>版本历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every version of this document: who changed it, when and why</source>
        <translation>此文件的每个版本：谁、何时、为何修改</translation>
    </message>
    <message>
        <source>Originals are never changed. An obvious typo can be corrected with the department manager&apos;s approval.</source>
        <translation>原件不可更改；如有明显笔误，请经理批准更正。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>e.g. cabinet 3, shelf 2</source>
        <translation>例如：3 号柜第 2 层</translation>
    </message>
    <message>
        <source>Paper &amp;location:</source>
        <translation>纸质存放位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Add &amp;scans…</source>
        <translation>添加扫描件(&amp;S)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation>扫描件：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Correct an obvious typo, with the department manager&apos;s approval; the present version is kept</source>
        <translation>经部门经理批准更正明显笔误；现有版本会保留</translation>
    </message>
    <message>
        <source>This dossier can no longer change here.</source>
        <translation>此档案在这里已不能更改。</translation>
    </message>
    <message>
        <source>Correct a typo — {title}</source>
        <translation>更正笔误 — {title}</translation>
    </message>
    <message>
        <source>Correct only an obvious typo. The present version is kept and stays visible in the document&apos;s history; the department manager approves the correction.</source>
        <translation>只更正明显笔误。现有版本会保留，可在文件的版本历史中查看；更正须经部门经理批准。</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{file} ({pages} p.)</source>
        <translation>{file}（{pages} 页）</translation>
    </message>
</context>
<context>
    <name>DocumentHistoryDialog</name>
    <message>
        <source>History of “{title}”</source>
        <translation>“{title}”的版本历史</translation>
    </message>
    <message>
        <source>Every version of this document, newest first: each earlier version with the change that replaced it, who made it, when and why.</source>
        <translation>此文件的每个版本，最新的在前：每个旧版本都注明替换它的修改、修改人、时间和原因。</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Original / working copy</source>
        <translation>原件/工作件</translation>
    </message>
    <message>
        <source>Paper location</source>
        <translation>纸质存放位置</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Item (pages)</source>
        <translation>件号（页号）</translation>
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
        <translation>{item}，补充</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>Change category / &amp;location…</source>
        <translation>更改类别/存放位置(&amp;L)…</translation>
    </message>
    <message>
        <source>Attach &amp;scans…</source>
        <translation>附加扫描件(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open scan</source>
        <translation>打开扫描件(&amp;O)</translation>
    </message>
    <message>
        <source>Open the scan with the system&apos;s own viewer</source>
        <translation>用系统自带的查看器打开扫描件</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
        <source>Documents moved to the trash, to restore them</source>
        <translation>已移到回收站的文件，可从中恢复</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>版本历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every version of the document: who changed it, when and why</source>
        <translation>文件的每个版本：谁、何时、为何修改</translation>
    </message>
    <message>
        <source>Scan p&amp;review</source>
        <translation>扫描件预览(&amp;R)</translation>
    </message>
    <message>
        <source>Show the selected document&apos;s scan beside the list</source>
        <translation>在列表旁显示所选文件的扫描件</translation>
    </message>
    <message>
        <source>Drop scans on the list to add a document, on a document to attach them.</source>
        <translation>将扫描件拖到列表空白处可新建文件，拖到某个文件上可附加到该文件。</translation>
    </message>
    <message>
        <source>Originals are never changed; an obvious typo is corrected from Details… with the manager&apos;s approval.</source>
        <translation>原件不可更改；如有明显笔误，请在“详情…”中经经理批准更正。</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash?</source>
        <translation>将“{title}”移到回收站？</translation>
    </message>
    <message>
        <source>Move these {count} documents to the trash?</source>
        <translation>将这 {count} 份文件移到回收站？</translation>
    </message>
    <message>
        <source>Nothing is erased: documents in the trash can be restored.</source>
        <translation>不会删除任何内容：回收站中的文件可以恢复。</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Attach {files} to “{title}”?</source>
        <translation>将 {files} 附加到“{title}”？</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>No program is set up to open {file}.</source>
        <translation>没有可以打开 {file} 的程序。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added; nothing else was changed.</source>
        <translation>
            <numerusform>新增 %n 行，其他内容没有改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>{sheet}: {added} added, {skipped} already recorded</source>
        <translation>{sheet}：新增 {added} 行，已记录 {skipped} 行</translation>
    </message>
    <message>
        <source>New buildings: {names}</source>
        <translation>新建楼栋：{names}</translation>
    </message>
    <message>
        <source>New floors: {count}</source>
        <translation>新建楼层：{count} 个</translation>
    </message>
    <message>
        <source>New fee items: {names}</source>
        <translation>新建费用项目：{names}</translation>
    </message>
    <message>
        <source>New dossiers: {count}</source>
        <translation>新建档案：{count} 份</translation>
    </message>
    <message>
        <source>Importing the same file again adds nothing; a corrected or longer file adds only what is new.</source>
        <translation>同一个文件再次导入不会重复；改正后或补充后的文件只加入新的内容。</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Open in own &amp;window</source>
        <translation>在独立窗口中打开(&amp;W)</translation>
    </message>
    <message>
        <source>Show this dossier in a window of its own, beside the floors</source>
        <translation>在楼层视图之外的独立窗口中显示此档案</translation>
    </message>
    <message>
        <source>&amp;Bind…</source>
        <translation>装订(&amp;B)…</translation>
    </message>
    <message>
        <source>Bind this departed tenant&apos;s dossier: a file number, then read-only</source>
        <translation>装订这位退租客户的档案：给出案卷号，此后只读</translation>
    </message>
    <message>
        <source>Print in-file &amp;directory…</source>
        <translation>打印卷内目录(&amp;D)…</translation>
    </message>
    <message>
        <source>Cover, in-file directory (卷内目录) and reference sheet</source>
        <translation>封面、卷内目录和卷内备考表</translation>
    </message>
    <message>
        <source>Scan c&amp;over sheets…</source>
        <translation>扫描封面(&amp;O)…</translation>
    </message>
    <message>
        <source>Print scan cover sheets: put one on top of this dossier&apos;s papers</source>
        <translation>打印扫描封面：放在本档案文件的最上面一起扫描</translation>
    </message>
    <message>
        <source>Unit(s)</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>标牌文字</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paper location</source>
        <translation>档案存放位置</translation>
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
        <translation>装修截止</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>档案盒</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>Close dossier</source>
        <translation>关闭档案</translation>
    </message>
    <message>
        <source>Documents of dossier {number}</source>
        <translation>档案 {number} 文件清单</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>打印清单(&amp;P)…</translation>
    </message>
    <message>
        <source>Contacts of dossier {number}</source>
        <translation>档案 {number} 联络人清单</translation>
    </message>
    <message>
        <source>History of dossier {number}</source>
        <translation>档案 {number} 变更记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Credit code or ID number</source>
        <translation>统一社会信用代码或身份证号</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Nature of business</source>
        <translation>公司性质</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Name history</source>
        <translation>名称变更记录</translation>
    </message>
    <message>
        <source>Move-in papers still missing</source>
        <translation>仍缺的入住资料</translation>
    </message>
    <message>
        <source>Units of the tenancy</source>
        <translation>本租期的单元</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>添加联络人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>编辑联络人(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print emergency-contact card…</source>
        <translation>打印紧急联络卡(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;registration form…</source>
        <translation>打印客户档案登记表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联络人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>变更记录(&amp;H)</translation>
    </message>
    <message>
        <source>Loan {number}: {purpose}; due back {date}</source>
        <translation>借阅单 {number}：{purpose}；应还日期 {date}</translation>
    </message>
    <message>
        <source>&amp;Fees</source>
        <translation>费用(&amp;F)</translation>
    </message>
    <message>
        <source>Fi&amp;t-out</source>
        <translation>二装(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Repairs &amp;&amp; complaints</source>
        <translation>报修与投诉(&amp;R)</translation>
    </message>
    <message>
        <source>Dossier {number} — unit {unit} — {customer}</source>
        <translation>档案 {number} — 单元 {unit} — {customer}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>&amp;Documents ({count})</source>
        <translation>文件(&amp;D)（{count}）</translation>
    </message>
    <message>
        <source>&amp;Contacts ({count})</source>
        <translation>联络人(&amp;C)（{count}）</translation>
    </message>
    <message>
        <source>not boxed yet</source>
        <translation>尚未装盒</translation>
    </message>
    <message>
        <source>Si&amp;gnatories &amp;&amp; seals</source>
        <translation>授权人与印章(&amp;G)</translation>
    </message>
    <message>
        <source>Emergency-contact card {number}</source>
        <translation>紧急联络卡 {number}</translation>
    </message>
    <message>
        <source>Customer registration form {number}</source>
        <translation>客户档案登记表 {number}</translation>
    </message>
    <message>
        <source>dossier {number} ({customer})</source>
        <translation>档案 {number}（{customer}）</translation>
    </message>
    <message>
        <source>In-file directory {number}</source>
        <translation>卷内目录 {number}</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{dossier} — Dossier Desk</source>
        <translation>{dossier} — 客户档案台</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>File number</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案卷题名</translation>
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
        <translation>件数</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>盒号</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Keep until {year}: {reason}</source>
        <translation>延长保管至 {year} 年：{reason}</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应访日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次回访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待访</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未回访</translation>
    </message>
</context>
<context>
    <name>EditUnitDialog</name>
    <message>
        <source>Edit unit {unit}</source>
        <translation>修改单元 {unit}</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>单元号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>面积(&amp;A)（m²）：</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <source>This unit has had tenants: its number is on their papers and stays.</source>
        <translation>该单元曾有租户：单元号已写在其文件上，不能更改。</translation>
    </message>
</context>
<context>
    <name>EndAuthorityDialog</name>
    <message>
        <source>End the authority — {name}</source>
        <translation>终止授权 — {name}</translation>
    </message>
    <message>
        <source>From the day after, an application signed by {name} is flagged as not authorised.</source>
        <translation>自次日起，{name}签署的申请将标为未获授权。</translation>
    </message>
    <message>
        <source>&amp;Last day of the authority:</source>
        <translation>授权最后一天(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Import &amp;template…</source>
        <translation>导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the workbook to fill in for an import, with its instructions</source>
        <translation>保存供导入填写的工作簿（含填写说明）</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>Imported from {file}: %n row(s) added.</source>
        <translation>
            <numerusform>已从 {file} 导入，新增 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeItemDialog</name>
    <message>
        <source>New fee item</source>
        <translation>新收费项目</translation>
    </message>
    <message>
        <source>Fee item {name}</source>
        <translation>收费项目 {name}</translation>
    </message>
    <message>
        <source>Every building</source>
        <translation>全部楼宇</translation>
    </message>
    <message>
        <source>Not charged during the fit-out free period</source>
        <translation>装修免租期内不收</translation>
    </message>
    <message>
        <source>Charged (uncheck to stop charging it)</source>
        <translation>收取（取消勾选即停收）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>计费方式(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>表计(&amp;M)</translation>
    </message>
    <message>
        <source>B&amp;uilding</source>
        <translation>楼宇(&amp;U)</translation>
    </message>
    <message>
        <source>Billing &amp;day</source>
        <translation>计费日(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;ue in days</source>
        <translation>缴费期限天数(&amp;U)</translation>
    </message>
</context>
<context>
    <name>FeeItemsDialog</name>
    <message>
        <source>Fee items</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Only the department manager changes fee items and rates; you can look.</source>
        <translation>只有部门经理可以更改收费项目和单价；您可以查看。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;rate from a date…</source>
        <translation>设定某日起的单价(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a fee item first.</source>
        <translation>请先选择一个收费项目。</translation>
    </message>
</context>
<context>
    <name>FeeItemsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Billing day</source>
        <translation>计费日</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>缴费期限（天）</translation>
    </message>
    <message>
        <source>Free during fit-out</source>
        <translation>装修期免收</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Current rate (¥)</source>
        <translation>现行单价（元）</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>单价记录</translation>
    </message>
    <message>
        <source>Every building</source>
        <translation>全部楼宇</translation>
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
        <translation>另一份打印件仍在生成中，请稍后再试。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收款收据</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>Arrears notice</source>
        <translation>催款通知单</translation>
    </message>
    <message>
        <source>Arrears notices</source>
        <translation>催款通知单（批量）</translation>
    </message>
    <message>
        <source>Month-end summary {month}</source>
        <translation>月末汇总表 {month}</translation>
    </message>
</context>
<context>
    <name>FeeSettingsDialog</name>
    <message>
        <source>Fee settings</source>
        <translation>收费设置</translation>
    </message>
    <message>
        <source>&amp;Company (payee)</source>
        <translation>收款单位(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>开户行(&amp;B)</translation>
    </message>
    <message>
        <source>Account &amp;number</source>
        <translation>账号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Receipt number prefix</source>
        <translation>收据号前缀(&amp;R)</translation>
    </message>
    <message>
        <source>Only the department manager changes the fee settings; you can look.</source>
        <translation>只有部门经理可以更改收费设置；您可以查看。</translation>
    </message>
</context>
<context>
    <name>FeesMenu</name>
    <message>
        <source>F&amp;ees</source>
        <translation>收费(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Generate monthly charges…</source>
        <translation>生成月度应收(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Registers</source>
        <translation>登记表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Charges…</source>
        <translation>应收(&amp;C)…</translation>
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
        <translation>欠费(&amp;A)…</translation>
    </message>
    <message>
        <source>Print arrears &amp;notices…</source>
        <translation>打印催款通知单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Month-end summary…</source>
        <translation>月末汇总(&amp;M)…</translation>
    </message>
    <message>
        <source>Meter &amp;readings…</source>
        <translation>抄表读数(&amp;R)…</translation>
    </message>
    <message>
        <source>Fee &amp;items…</source>
        <translation>收费项目(&amp;I)…</translation>
    </message>
    <message>
        <source>Fee &amp;settings…</source>
        <translation>收费设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>FeesSection</name>
    <message>
        <source>Record &amp;payment…</source>
        <translation>记录收款(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;verse payment…</source>
        <translation>冲销收款(&amp;V)…</translation>
    </message>
    <message>
        <source>Add one-off ch&amp;arge…</source>
        <translation>新增一次性收费(&amp;A)…</translation>
    </message>
    <message>
        <source>Print rec&amp;eipt</source>
        <translation>打印收据(&amp;E)</translation>
    </message>
    <message>
        <source>Print &amp;statement</source>
        <translation>打印对账单(&amp;S)</translation>
    </message>
    <message>
        <source>Print arrears &amp;notice</source>
        <translation>打印催款通知单(&amp;N)</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Record depos&amp;it…</source>
        <translation>登记押金(&amp;I)…</translation>
    </message>
    <message>
        <source>Refund / re&amp;tain deposit…</source>
        <translation>退还/扣留押金(&amp;T)…</translation>
    </message>
    <message>
        <source>Chasing log</source>
        <translation>催款记录</translation>
    </message>
    <message>
        <source>&amp;Log a chase…</source>
        <translation>记录催款(&amp;L)…</translation>
    </message>
    <message>
        <source>balance {amount} owing</source>
        <translation>余额 欠 {amount}</translation>
    </message>
    <message>
        <source>balance {amount} in credit</source>
        <translation>余额 预存 {amount}</translation>
    </message>
    <message>
        <source>balance 0.00</source>
        <translation>余额 0.00</translation>
    </message>
    <message>
        <source>Charged {charged} · paid {paid} · {balance} · deposits held {held}</source>
        <translation>应收 {charged} · 实收 {paid} · {balance} · 押金在存 {held}</translation>
    </message>
    <message>
        <source>Overdue {amount} since {date}</source>
        <translation>逾期欠费 {amount}，自 {date} 起</translation>
    </message>
</context>
<context>
    <name>FileEdit</name>
    <message>
        <source>Drop a scan here or browse</source>
        <translation>将扫描件拖到此处，或点击浏览</translation>
    </message>
</context>
<context>
    <name>FileOpening</name>
    <message>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>{file} is on a network share, so it is opened read-only: SQLite, which keeps the dossiers, cannot share a file between PCs safely. Copy it to this PC to work on it, or keep one PC for changes; several desks working together need a database on a PostgreSQL server (File ▸ Connect to a server…).</source>
        <translation>{file} 位于网络共享文件夹中，因此以只读方式打开：保存档案的 SQLite 无法在多台电脑之间安全地共用一个文件。如需修改，请将其复制到本机，或只在一台电脑上修改；多个前台一起工作需要使用数据库服务器上的数据库（文件 ▸ 连接服务器…）。</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Still being written</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Filed; to be moved out of the inbox</source>
        <translation>已归档，待移出收件箱</translation>
    </message>
</context>
<context>
    <name>FitOutDialog</name>
    <message>
        <source>Fit-out project</source>
        <translation>二装项目</translation>
    </message>
    <message>
        <source>New fit-out project</source>
        <translation>新建二装项目</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>申请日期(&amp;A)：</translation>
    </message>
    <message>
        <source>What is built: partitions, ceilings, wiring, floors…</source>
        <translation>装修内容：隔墙、吊顶、线路、地面……</translation>
    </message>
    <message>
        <source>&amp;Works:</source>
        <translation>装修内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Contractor:</source>
        <translation>施工单位(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Person in charge:</source>
        <translation>现场负责人(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>计划开工(&amp;S)：</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>计划完工(&amp;E)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>¥{amount} received {date}</source>
        <translation>¥{amount}，{date} 收取</translation>
    </message>
    <message>
        <source>Fit-out &amp;deposit:</source>
        <translation>装修押金(&amp;D)：</translation>
    </message>
    <message>
        <source>The fit-out deposit is received and refunded under Fees; choose it here.</source>
        <translation>装修押金在“收费”中收取和退还；此处选择对应的押金。</translation>
    </message>
    <message>
        <source>The tenancy has no unit to fit out.</source>
        <translation>该租户没有可装修的单元。</translation>
    </message>
    <message>
        <source>The planned end comes before the planned start.</source>
        <translation>计划完工日期早于计划开工日期。</translation>
    </message>
</context>
<context>
    <name>FitOutMenu</name>
    <message>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>Fit-out &amp;projects…</source>
        <translation>二装项目(&amp;P)…</translation>
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
        <translation>题名</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
</context>
<context>
    <name>FitOutProjectsModel</name>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>Due to end</source>
        <translation>应完工</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>验收日期</translation>
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
        <translation>二装项目</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼宇</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Works going on</source>
        <translation>装修进行中</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅逾期(&amp;O)</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Applied &amp;from</source>
        <translation>申请日期从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>共 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，逾期 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %n shown)</source>
        <translation>
            <numerusform>（显示前 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>仅逾期</translation>
    </message>
</context>
<context>
    <name>FitOutRowsModel</name>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <source>Due to end</source>
        <translation>应完工</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>验收日期</translation>
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
        <translation>新建二装项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit application…</source>
        <translation>修改申请(&amp;E)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>二装资料</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message numerus="yes">
        <source>Papers (%n)</source>
        <translation>
            <numerusform>二装资料（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Violations (%n)</source>
        <translation>
            <numerusform>违规（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No fit-out project yet.</source>
        <translation>尚无二装项目。</translation>
    </message>
    <message>
        <source>Unit {unit} · {state}</source>
        <translation>单元 {unit} · {state}</translation>
    </message>
    <message>
        <source>Works: {scope}</source>
        <translation>装修内容：{scope}</translation>
    </message>
    <message>
        <source>Contractor: {contractor}; person in charge {person}, {phone}</source>
        <translation>施工单位：{contractor}；现场负责人 {person}，{phone}</translation>
    </message>
    <message>
        <source>Planned {start} – {end}</source>
        <translation>计划工期 {start} – {end}</translation>
    </message>
    <message>
        <source>Extended to {date}</source>
        <translation>延期至 {date}</translation>
    </message>
    <message>
        <source>Works {start} – {end}</source>
        <translation>实际工期 {start} – {end}</translation>
    </message>
    <message>
        <source>Overdue: due to end on {date}</source>
        <translation>已逾期：应于 {date} 完工</translation>
    </message>
    <message>
        <source>Fit-out deposit ¥{amount}: {state}</source>
        <translation>装修押金 ¥{amount}：{state}</translation>
    </message>
    <message>
        <source>No fit-out deposit</source>
        <translation>无装修押金</translation>
    </message>
</context>
<context>
    <name>FitOutStepDialog</name>
    <message>
        <source>{action} — fit-out project of {unit}</source>
        <translation>{action} — {unit} 二装项目</translation>
    </message>
    <message>
        <source>{customer}, unit {unit}: {state}</source>
        <translation>{customer}，单元 {unit}：{state}</translation>
    </message>
    <message>
        <source>Works &amp;started on:</source>
        <translation>开工日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Inspected on:</source>
        <translation>验收日期(&amp;I)：</translation>
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
        <translation>审批意见(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;What failed:</source>
        <translation>不合格项(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The fit-out deposit must be refunded (or retained) under Fees first.</source>
        <translation>须先在“收费”中退还（或扣留）装修押金。</translation>
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
        <translation>步骤</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>之后状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>FitOutViolationsModel</name>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>违规内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>楼层</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>楼宇(&amp;B)：</translation>
    </message>
    <message numerus="yes">
        <source>{floor}: %n unit(s)</source>
        <translation>
            <numerusform>{floor}：%n 个单元</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no building yet.</source>
        <translation>此档案库中还没有楼宇。</translation>
    </message>
    <message>
        <source>No floors.</source>
        <translation>没有楼层。</translation>
    </message>
</context>
<context>
    <name>FormChoice</name>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>表单(&amp;F)</translation>
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
        <translation>显示全部(&amp;R)</translation>
    </message>
    <message>
        <source>Show the whole number; the audit log records that you looked.</source>
        <translation>显示完整号码；审计日志会记录您的查看。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Changed meanwhile at another desk to “{value}”; your entry is kept.</source>
        <translation>其间已在另一处改为“{value}”；已保留您的输入。</translation>
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
        <translation>经办人</translation>
    </message>
    <message>
        <source>e.g. 1201; empty for none</source>
        <translation>如 1201；无则留空</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>&amp;File it in the customer&apos;s dossier</source>
        <translation>归入客户档案(&amp;F)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
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
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>FormerNamesModel</name>
    <message>
        <source>Former name</source>
        <translation>曾用名</translation>
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
        <translation>表单(&amp;O)</translation>
    </message>
    <message>
        <source>Form &amp;registers…</source>
        <translation>表单登记簿(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>填写新表单(&amp;N)…</translation>
    </message>
    <message>
        <source>Print &amp;blank form…</source>
        <translation>打印空白表单(&amp;B)…</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>填写新表单</translation>
    </message>
    <message>
        <source>Print blank form</source>
        <translation>打印空白表单</translation>
    </message>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份打印件仍在生成中，请稍后再试。</translation>
    </message>
    <message>
        <source>Fill in a &amp;form…</source>
        <translation>填写表单(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>FormsRegister</name>
    <message>
        <source>Form registers</source>
        <translation>表单登记簿</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Part of a value, customer or unit</source>
        <translation>内容、客户或单元的一部分</translation>
    </message>
    <message>
        <source>Form register</source>
        <translation>表单登记簿</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>表单(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>楼层(&amp;L)</translation>
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
        <translation>填写新表单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Print &amp;form…</source>
        <translation>打印表单(&amp;F)…</translation>
    </message>
    <message>
        <source>Print &amp;blank form…</source>
        <translation>打印空白表单(&amp;B)…</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s).</source>
        <translation>
            <numerusform>共 %n 份表单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateChargesDialog</name>
    <message>
        <source>Generate monthly charges</source>
        <translation>生成月度应收</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Working out the month&apos;s charges…</source>
        <translation>正在计算本月应收…</translation>
    </message>
    <message>
        <source>Nothing new: every charge of {month} is already there ({lines} lines, ¥{total}).</source>
        <translation>没有新内容：{month} 的应收已全部生成（{lines} 笔，¥{total}）。</translation>
    </message>
    <message>
        <source>{month}: {new} new lines and {adjustments} adjustments would add ¥{added}; the month comes to ¥{total}. {unchanged} lines are already right.</source>
        <translation>{month}：将新增 {new} 笔、调整 {adjustments} 笔，共 ¥{added}；本月应收合计 ¥{total}。已有 {unchanged} 笔无需更改。</translation>
    </message>
    <message>
        <source>Only the department manager or a supervisor may generate charges.</source>
        <translation>只有部门经理或主管可以生成应收。</translation>
    </message>
    <message>
        <source>Writing the month&apos;s charges…</source>
        <translation>正在写入本月应收…</translation>
    </message>
    <message>
        <source>Nothing was written: every charge of {month} was already there.</source>
        <translation>未写入任何内容：{month} 的应收已全部生成。</translation>
    </message>
    <message>
        <source>Written for {month}: {new} new lines and {adjustments} adjustments, ¥{added}.</source>
        <translation>已写入 {month}：新增 {new} 笔、调整 {adjustments} 笔，共 ¥{added}。</translation>
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
        <translation>客户等级 — {name}</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>The visits due follow the grade&apos;s contact plan from this day on.</source>
        <translation>自该日起，应回访日期按此等级的联络计划计算。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide — Dossier Desk</source>
        <translation>使用说明 — 客户档案台</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>在说明中查找</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Document recorded</source>
        <translation>登记文件</translation>
    </message>
    <message>
        <source>Document edited</source>
        <translation>修改文件</translation>
    </message>
    <message>
        <source>Scans attached</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <source>Document moved to the trash</source>
        <translation>文件移到回收站</translation>
    </message>
    <message>
        <source>Document restored from the trash</source>
        <translation>文件从回收站恢复</translation>
    </message>
    <message>
        <source>Document refiled</source>
        <translation>文件重新归类</translation>
    </message>
    <message>
        <source>Typo in an original corrected</source>
        <translation>原件笔误已更正</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>添加联络人</translation>
    </message>
    <message>
        <source>Contact edited</source>
        <translation>修改联络人</translation>
    </message>
    <message>
        <source>Customer details changed</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>Masked ID number revealed</source>
        <translation>查看了遮蔽的身份证号</translation>
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
        <translation>档案已装订</translation>
    </message>
    <message>
        <source>Put into an archive box</source>
        <translation>装入档案盒</translation>
    </message>
    <message>
        <source>Given its archival code (the old number kept)</source>
        <translation>编制档号（保留原编号）</translation>
    </message>
    <message>
        <source>Archive box moved</source>
        <translation>档案盒移位</translation>
    </message>
    <message>
        <source>Loan asked for</source>
        <translation>申请借阅</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Loan returned</source>
        <translation>借阅归还</translation>
    </message>
    <message>
        <source>Manager&apos;s approval asked for</source>
        <translation>提交经理审批</translation>
    </message>
    <message>
        <source>Approved by the manager</source>
        <translation>经理批准</translation>
    </message>
    <message>
        <source>Refused by the manager</source>
        <translation>经理未批准</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Done with the manager&apos;s approval</source>
        <translation>经批准办理</translation>
    </message>
    <message>
        <source>The manager&apos;s own decision</source>
        <translation>经理直接决定</translation>
    </message>
    <message>
        <source>Approved and done by the manager</source>
        <translation>经理批准并办理</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>收款已红冲</translation>
    </message>
    <message>
        <source>One-off charge added</source>
        <translation>新增一次性费用</translation>
    </message>
    <message>
        <source>One-off charge cancelled</source>
        <translation>取消一次性费用</translation>
    </message>
    <message>
        <source>Deposit received</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Deposit retained</source>
        <translation>扣留押金</translation>
    </message>
    <message>
        <source>Arrears chased</source>
        <translation>催缴欠费</translation>
    </message>
    <message>
        <source>Form filled in</source>
        <translation>填写登记表</translation>
    </message>
    <message>
        <source>Form changed</source>
        <translation>修改登记表</translation>
    </message>
    <message>
        <source>Satisfaction survey answered</source>
        <translation>填写满意度调查问卷</translation>
    </message>
    <message>
        <source>Satisfaction survey answers changed</source>
        <translation>修改满意度调查问卷</translation>
    </message>
    <message>
        <source>Return visit recorded</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Authorised signatory added</source>
        <translation>新增授权人</translation>
    </message>
    <message>
        <source>Authorised signatory changed</source>
        <translation>修改授权人</translation>
    </message>
    <message>
        <source>Signatory&apos;s authority ended</source>
        <translation>授权人授权终止</translation>
    </message>
    <message>
        <source>Seal specimen lodged</source>
        <translation>留存印章样本</translation>
    </message>
    <message>
        <source>{action} ({record})</source>
        <translation>{action}（{record}）</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联络人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Archive box</source>
        <translation>档案盒</translation>
    </message>
    <message>
        <source>Place in the box</source>
        <translation>盒内顺序</translation>
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
        <translation>租期结束</translation>
    </message>
    <message>
        <source>Added after binding</source>
        <translation>装订后补充</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>件号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Shown in full</source>
        <translation>完整显示</translation>
    </message>
    <message>
        <source>Approval no.</source>
        <translation>审批编号</translation>
    </message>
    <message>
        <source>Read in the office only</source>
        <translation>仅限室内查阅</translation>
    </message>
    <message>
        <source>Came back complete</source>
        <translation>归还时完好</translation>
    </message>
    <message>
        <source>What was missing</source>
        <translation>缺失情况</translation>
    </message>
    <message>
        <source>Manager&apos;s note</source>
        <translation>经理意见</translation>
    </message>
    <message>
        <source>Signed at the desk</source>
        <translation>经理现场签批</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Charges paid</source>
        <translation>所付费用笔数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Promised payment date</source>
        <translation>承诺付款日期</translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation>收款编号</translation>
    </message>
    <message>
        <source>Charge no.</source>
        <translation>费用编号</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整笔数</translation>
    </message>
    <message>
        <source>Amount added</source>
        <translation>新增金额</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数条数</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款笔数</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Billing day</source>
        <translation>计费日</translation>
    </message>
    <message>
        <source>Days to pay</source>
        <translation>缴费期限（天）</translation>
    </message>
    <message>
        <source>Free during fit-out</source>
        <translation>装修期免收</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
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
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Receipt numbers begin with</source>
        <translation>收据号前缀</translation>
    </message>
    <message>
        <source>Filed in the dossier</source>
        <translation>已归入档案</translation>
    </message>
    <message>
        <source>Record it wrote</source>
        <translation>写入的记录</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退还</translation>
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
        <translation>随保留的房间继续持有</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit in person</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>正在检查工作簿…</translation>
    </message>
    <message>
        <source>The record changed since the check: nothing was written. Check the workbook again.</source>
        <translation>检查之后档案库有了变动，没有写入任何内容。请重新检查工作簿。</translation>
    </message>
    <message>
        <source>The error workbook is saved as {file}.</source>
        <translation>错误工作簿已保存为 {file}。</translation>
    </message>
</context>
<context>
    <name>InUseQuestion</name>
    <message>
        <source>File in use</source>
        <translation>文件正在使用</translation>
    </message>
    <message>
        <source>{file} is open in Dossier Desk by {user} on {pc} since {since}.</source>
        <translation>{file} 已由 {user} 在 {pc} 上用客户档案台打开（自 {since} 起）。</translation>
    </message>
    <message>
        <source>Open it read-only to look things up and print; to change anything, ask them to close it first. (If that program is no longer running, its note is recognised as stale within a day.)</source>
        <translation>可以只读方式打开，用于查阅和打印；如需修改，请先请对方关闭该文件。（如果对方的程序已不再运行，其占用记录最迟一天后会被识别为失效。）</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>InboxMenu</name>
    <message>
        <source>Scan &amp;inbox…</source>
        <translation>扫描收件箱(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>Scan &amp;inbox (%n bundle(s) waiting)…</source>
        <translation>
            <numerusform>扫描收件箱(&amp;I)（%n 份待归档）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) from the inbox filed by their cover sheets.</source>
        <translation>
            <numerusform>收件箱中 %n 份扫描件已按封面归档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) wait in the scan inbox (Tools ▸ Scan inbox…).</source>
        <translation>
            <numerusform>扫描收件箱中有 %n 份扫描件待归档（工具 ▸ 扫描收件箱…）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxWatcher</name>
    <message>
        <source>The scan “{file}” is no longer in the inbox folder (moved, or the share is offline).</source>
        <translation>扫描件“{file}”已不在收件箱文件夹中（已被移走，或共享文件夹已断开）。</translation>
    </message>
    <message>
        <source>The scan could not be filed: {problem}</source>
        <translation>扫描件未能归档：{problem}</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Scan inbox</source>
        <translation>扫描收件箱</translation>
    </message>
    <message>
        <source>&amp;Look now</source>
        <translation>立即查看(&amp;L)</translation>
    </message>
    <message>
        <source>Files not ready:</source>
        <translation>尚未就绪的文件：</translation>
    </message>
    <message>
        <source>Double-click to read the pages in the PC&apos;s viewer</source>
        <translation>双击可在本机的查看程序中阅读各页</translation>
    </message>
    <message>
        <source>dossier number, unit or customer</source>
        <translation>档案号、单元或客户名称</translation>
    </message>
    <message>
        <source>Titles often given to this category</source>
        <translation>此类别常用的题名</translation>
    </message>
    <message>
        <source>&amp;Original (never changed afterwards)</source>
        <translation>原件(&amp;O)（此后不再修改）</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>档案(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>题名(&amp;T)：</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>性质：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>责任者(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>归档(&amp;F)</translation>
    </message>
    <message>
        <source>Put &amp;aside…</source>
        <translation>放到一边(&amp;A)…</translation>
    </message>
    <message>
        <source>Not a dossier&apos;s paper: moved to the inbox&apos;s “unsorted” folder</source>
        <translation>不属于任何档案的文件：移到收件箱的“unsorted”文件夹</translation>
    </message>
    <message>
        <source>&amp;View pages</source>
        <translation>查看各页(&amp;V)</translation>
    </message>
    <message>
        <source>The pages to be filed, as one PDF in the PC&apos;s viewer</source>
        <translation>要归档的各页，合为一个 PDF 在本机的查看程序中打开</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <source>No inbox folder is set. Choose the copier&apos;s scan folder in File ▸ Settings.</source>
        <translation>尚未设置收件箱文件夹。请在 文件 ▸ 设置 中选择复印机的扫描文件夹。</translation>
    </message>
    <message>
        <source>Inbox folder: {folder}</source>
        <translation>收件箱文件夹：{folder}</translation>
    </message>
    <message>
        <source>The inbox folder cannot be read now: {problem}</source>
        <translation>现在无法读取收件箱文件夹：{problem}</translation>
    </message>
    <message>
        <source>Nothing to file: the inbox is empty.</source>
        <translation>没有待归档的扫描件：收件箱是空的。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) to file</source>
        <translation>
            <numerusform>%n 份待归档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filed by themselves</source>
        <translation>
            <numerusform>%n 份已自动归档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) still being written</source>
        <translation>
            <numerusform>%n 个文件正在写入</numerusform>
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
        <translation>第 {n} 页</translation>
    </message>
    <message numerus="yes">
        <source>… %n more page(s)</source>
        <translation>
            <numerusform>……另有 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Filing “{file}”…</source>
        <translation>正在归档“{file}”…</translation>
    </message>
    <message>
        <source>Filed in dossier {number}: {title}</source>
        <translation>已归入档案 {number}：{title}</translation>
    </message>
    <message>
        <source>Putting “{file}” aside…</source>
        <translation>正在把“{file}”放到一边…</translation>
    </message>
    <message>
        <source>Put aside: {file}</source>
        <translation>已放到一边：{file}</translation>
    </message>
    <message>
        <source>Put “{file}” aside? It is not filed in any dossier; its file is moved to the inbox&apos;s “unsorted” folder once nothing else in it waits.</source>
        <translation>把“{file}”放到一边？它不归入任何档案；文件中没有其他待归档的内容后，文件移到收件箱的“unsorted”文件夹。</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>放到一边</translation>
    </message>
    <message>
        <source>No program is set up to open {file}.</source>
        <translation>没有可以打开 {file} 的程序。</translation>
    </message>
    <message>
        <source>The pages cannot be shown: {problem}</source>
        <translation>无法显示各页：{problem}</translation>
    </message>
    <message>
        <source>Choose a dossier first.</source>
        <translation>请先选择档案。</translation>
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
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>正在等待另一项任务完成…</translation>
    </message>
</context>
<context>
    <name>KeepLongerDialog</name>
    <message>
        <source>Keep longer</source>
        <translation>延长保管</translation>
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
        <translation>标牌核对</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Unit(s)</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Current name</source>
        <translation>当前名称</translation>
    </message>
    <message>
        <source>Printed label</source>
        <translation>已打印的标牌</translation>
    </message>
    <message>
        <source>Print &amp;selected…</source>
        <translation>打印所选(&amp;S)…</translation>
    </message>
    <message>
        <source>Print &amp;all…</source>
        <translation>全部打印(&amp;A)…</translation>
    </message>
    <message>
        <source>never printed</source>
        <translation>从未打印</translation>
    </message>
    <message>
        <source>{text} (printed {date})</source>
        <translation>{text}（{date} 打印）</translation>
    </message>
    <message numerus="yes">
        <source>%n live dossier(s) whose label does not show the current name.</source>
        <translation>
            <numerusform>有 %n 份在用档案的标牌与当前名称不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every live dossier&apos;s label shows the current name.</source>
        <translation>所有在用档案的标牌均与当前名称一致。</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print dossier labels</source>
        <translation>打印档案标牌</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>打印范围</translation>
    </message>
    <message>
        <source>The chosen dossiers ({count})</source>
        <translation>所选档案（{count}）</translation>
    </message>
    <message>
        <source>This unit</source>
        <translation>本单元</translation>
    </message>
    <message>
        <source>The selected cards ({count})</source>
        <translation>所选单元卡片（{count}）</translation>
    </message>
    <message>
        <source>This floor ({floor})</source>
        <translation>本楼层（{floor}）</translation>
    </message>
    <message>
        <source>Everything on the to-reprint list</source>
        <translation>待重印清单中的全部标牌</translation>
    </message>
    <message>
        <source>Label sheet (A4)</source>
        <translation>标牌纸（A4）</translation>
    </message>
    <message>
        <source>{columns} × {rows} — {width} × {height} mm</source>
        <translation>{columns} × {rows} — {width} × {height} mm</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>标牌纸(&amp;S)：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <source>Label width:</source>
        <translation>标牌宽度：</translation>
    </message>
    <message>
        <source>Label height:</source>
        <translation>标牌高度：</translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation>上边距：</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>左边距：</translation>
    </message>
    <message>
        <source>Gap across:</source>
        <translation>横向间距：</translation>
    </message>
    <message>
        <source>Gap down:</source>
        <translation>纵向间距：</translation>
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
        <translation>打印机偏移(&amp;O)：</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条形码</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>码制(&amp;C)：</translation>
    </message>
    <message>
        <source>Positions already used on a partly used sheet</source>
        <translation>标牌纸已部分用过时，跳过已用掉的位置</translation>
    </message>
    <message>
        <source>S&amp;kip positions:</source>
        <translation>跳过位置数(&amp;K)：</translation>
    </message>
    <message>
        <source>The labels count as printed (and leave the label check) once you print them or save the PDF.</source>
        <translation>打印或保存 PDF 之后，这些标牌才算已打印（并从标牌核对清单中移除）。</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n 张标牌</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the labels…</source>
        <translation>正在生成标牌…</translation>
    </message>
    <message>
        <source>Dossier labels</source>
        <translation>档案标牌</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>How worked out</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
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
        <translation>{name} 持有的门禁卡、钥匙或停车证</translation>
    </message>
    <message>
        <source>&amp;Held:</source>
        <translation>持有(&amp;H)：</translation>
    </message>
    <message>
        <source>The customer&apos;s filled forms of access cards, key custody and parking permits that nobody holds.</source>
        <translation>该客户已填写、尚无人持有的用户身份卡、代保管钥匙和停车证登记表。</translation>
    </message>
    <message>
        <source>Fill in the access card, key custody or parking permit form first; it is then offered here.</source>
        <translation>请先填写用户身份卡、代保管钥匙或停车证登记表，之后即可在此选择。</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this list as an Excel workbook, every row, as it is shown</source>
        <translation>按当前显示把这张清单的全部行另存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>正在导出“{title}”…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved in {file}.</source>
        <translation>
            <numerusform>已将 %n 行保存到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>The list could not be exported: {problem}</source>
        <translation>无法导出清单：{problem}</translation>
    </message>
</context>
<context>
    <name>ListPrinter</name>
    <message>
        <source>Print &amp;list…</source>
        <translation>打印清单(&amp;L)…</translation>
    </message>
    <message>
        <source>Print this list as it is shown, every row</source>
        <translation>按当前显示打印这张清单的全部行</translation>
    </message>
    <message>
        <source>Printed by {who} on {when}</source>
        <translation>打印：{who}&#x3000;{when}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ListsModel</name>
    <message>
        <source>List</source>
        <translation>清册编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>鉴定日期</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>延长保管</translation>
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
        <translation>销毁日期</translation>
    </message>
</context>
<context>
    <name>LoanRequestDialog</name>
    <message>
        <source>New loan</source>
        <translation>新建借阅</translation>
    </message>
    <message>
        <source>Dossier number or unit, e.g. 0801</source>
        <translation>档案编号或单元号，如 0801</translation>
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
        <translation>仅限室内查阅</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>&amp;Borrower</source>
        <translation>借阅人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>借阅目的(&amp;P)</translation>
    </message>
    <message>
        <source>Return &amp;by</source>
        <translation>应还日期(&amp;B)</translation>
    </message>
    <message>
        <source>Ask the manager&apos;s &amp;approval</source>
        <translation>提交部门经理审批(&amp;A)</translation>
    </message>
</context>
<context>
    <name>LoansMenu</name>
    <message>
        <source>&amp;Loans…</source>
        <translation>档案借阅(&amp;L)…</translation>
    </message>
    <message>
        <source>Approvals &amp;waiting…</source>
        <translation>待审批(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation>借阅(&amp;L)…</translation>
    </message>
    <message>
        <source>Loan {number}: {borrower} ({dossiers}), due back {date}</source>
        <translation>借阅单 {number}：{borrower}（{dossiers}），应还日期 {date}</translation>
    </message>
    <message>
        <source>… and {count} more: Tools ▸ Loans…</source>
        <translation>……另有 {count} 项：工具 ▸ 档案借阅…</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) overdue:</source>
        <translation>
            <numerusform>%n 项借阅逾期未还：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoansModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>借阅日期</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>借阅目的</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还日期</translation>
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
        <translation>档案借阅</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>全部借阅</translation>
    </message>
    <message>
        <source>Not back yet</source>
        <translation>未归还</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>&amp;New loan…</source>
        <translation>新建借阅(&amp;N)…</translation>
    </message>
    <message>
        <source>The manager &amp;signs…</source>
        <translation>经理现场签批(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Hand out</source>
        <translation>借出(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Take back…</source>
        <translation>归还(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw request</source>
        <translation>撤回申请(&amp;W)</translation>
    </message>
    <message>
        <source>Print &amp;register…</source>
        <translation>打印借阅登记表(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s); {overdue} overdue.</source>
        <translation>
            <numerusform>共 %n 项借阅；{overdue} 项逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s); none overdue.</source>
        <translation>
            <numerusform>共 %n 项借阅；无逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loan {number} waits in the list of approvals; approve it there.</source>
        <translation>借阅单 {number} 已列入待审批，请在那里批准。</translation>
    </message>
    <message>
        <source>Loan {number} is asked for and waits for the department manager&apos;s approval.

Is the manager here to sign now? Otherwise it waits in the manager&apos;s list.</source>
        <translation>借阅单 {number} 已提交，等待部门经理审批。

经理在场，现在签批吗？否则申请将留在经理的待审批列表中。</translation>
    </message>
    <message>
        <source>The manager &amp;signs now</source>
        <translation>经理现在签批(&amp;S)</translation>
    </message>
    <message>
        <source>Withdraw the request for loan {number} ({borrower})? Its dossiers are free to lend again.</source>
        <translation>撤回借阅 {number}（{borrower}）的申请？其档案可再次出借。</translation>
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
        <translation>登录 — {file}</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>用户名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log in to {file}.</source>
        <translation>登录到 {file}。</translation>
    </message>
    <message>
        <source>Choose a new password to log in.</source>
        <translation>请设置新密码后登录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{file} — Dossier Desk</source>
        <translation>{file} — 客户档案台</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This file is on a network share: nothing can be changed here.</source>
        <translation>此文件位于网络共享文件夹中：在这里不能做任何修改。</translation>
    </message>
    <message>
        <source>This file is open read-only in this window: nothing can be changed here.</source>
        <translation>此文件在本窗口中以只读方式打开：在这里不能做任何修改。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quick find</source>
        <translation>快速查找(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go to floor</source>
        <translation>转到楼层(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next floor</source>
        <translation>下一层(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous floor</source>
        <translation>上一层(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>Open a dossier file</source>
        <translation>打开档案库</translation>
    </message>
    <message>
        <source>Dossier Desk files (*.db);;All files (*)</source>
        <translation>客户档案台文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} is already open.</source>
        <translation>{file} 已经打开。</translation>
    </message>
    <message>
        <source>Connect to a server database</source>
        <translation>连接服务器数据库</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>文件正在使用</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>The new language is used when Dossier Desk is next started.</source>
        <translation>新语言将在下次启动客户档案台时生效。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dossier Desk {version}&lt;/h3&gt;&lt;p&gt;One dossier per unit (一户一档) for the customer-services front desk.&lt;/p&gt;&lt;p&gt;File: {file}&lt;br&gt;Qt {qt}, PySide6 {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客户档案台 {version}&lt;/h3&gt;&lt;p&gt;客务部前台“一户一档”客户档案管理。&lt;/p&gt;&lt;p&gt;文件：{file}&lt;br&gt;Qt {qt}，PySide6 {pyside}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Dossier Desk</source>
        <translation>关于客户档案台</translation>
    </message>
    <message>
        <source>Show the &amp;floors</source>
        <translation>显示楼层(&amp;F)</translation>
    </message>
    <message>
        <source>{file} (read-only) — Dossier Desk</source>
        <translation>{file}（只读）— 客户档案台</translation>
    </message>
    <message>
        <source>Logged in: {name} ({login}, {role})</source>
        <translation>当前用户：{name}（{login}，{role}）</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <source>Open in new &amp;window</source>
        <translation>在新窗口中打开(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Close dossier</source>
        <translation>关闭档案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Dossier Desk</source>
        <translation>关于客户档案台(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>MergeUnitsDialog</name>
    <message>
        <source>Merge units</source>
        <translation>合并单元</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>新单元号(&amp;N)：</translation>
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
        <translation>面积：</translation>
    </message>
    <message>
        <source>Units {units} become one. They are retired: their dossiers and history stay under their numbers.</source>
        <translation>单元 {units} 合并为一个。原单元停用：其档案和历史记录仍保留在原单元号下。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>MeterReadingsDialog</name>
    <message>
        <source>Meter readings</source>
        <translation>抄表读数</translation>
    </message>
    <message>
        <source>or type a unit number</source>
        <translation>或输入单元号</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>New reading</source>
        <translation>新读数</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>表计(&amp;M)</translation>
    </message>
    <message>
        <source>Meter &amp;no.</source>
        <translation>表号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>读数(&amp;R)</translation>
    </message>
    <message>
        <source>Read &amp;on</source>
        <translation>抄表日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Confirmed by</source>
        <translation>确认人(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>请先选择单元。</translation>
    </message>
    <message>
        <source>Recorded: {meter} {reading} on {date}.</source>
        <translation>已登记：{date} {meter} {reading}。</translation>
    </message>
</context>
<context>
    <name>MissingReportDialog</name>
    <message>
        <source>Missing papers — {floor}</source>
        <translation>缺少的资料 — {floor}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Missing papers</source>
        <translation>缺少的资料</translation>
    </message>
    <message numerus="yes">
        <source>%n live dossier(s) on this floor lack move-in papers.</source>
        <translation>
            <numerusform>本楼层有 %n 份在用档案缺少入住资料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every live dossier on this floor holds all its move-in papers.</source>
        <translation>本楼层所有在用档案的入住资料均已齐全。</translation>
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
        <translation>办理入住(&amp;M)</translation>
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
        <translation>钥匙已交回(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Access cards returned</source>
        <translation>门禁卡已交回(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 12345.6</source>
        <translation>例如：12345.6</translation>
    </message>
    <message>
        <source>&amp;Refunded</source>
        <translation>已退还(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;tained</source>
        <translation>已扣留(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;No deposit</source>
        <translation>无押金(&amp;N)</translation>
    </message>
    <message>
        <source>Why the deposit is retained (required then)</source>
        <translation>扣留押金的原因（扣留时必填）</translation>
    </message>
    <message>
        <source>Refund / re&amp;tain deposit…</source>
        <translation>退还/扣留押金(&amp;T)…</translation>
    </message>
    <message>
        <source>Name and phone or address after the move</source>
        <translation>迁出后的联系人及电话或地址</translation>
    </message>
    <message>
        <source>Units given back:</source>
        <translation>交还单元：</translation>
    </message>
    <message>
        <source>Move-out &amp;date:</source>
        <translation>退租日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Final &amp;electricity reading in kWh:</source>
        <translation>电表末次读数(&amp;E)（度）：</translation>
    </message>
    <message>
        <source>Final &amp;water reading (m³):</source>
        <translation>水表末次读数(&amp;W)（m³）：</translation>
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
        <translation>迁出后联系方式(&amp;F)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
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
        <translation>部分退租：客户保留其他单元。</translation>
    </message>
    <message>
        <source>Last unit(s): the dossier becomes departed (read-only).</source>
        <translation>最后的单元：档案将变为“已退租”（只读）。</translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation>请至少选择一个单元。</translation>
    </message>
</context>
<context>
    <name>NewBuildingDialog</name>
    <message>
        <source>Dossier Desk files (*.db)</source>
        <translation>客户档案台文件 (*.db)</translation>
    </message>
    <message>
        <source>New building</source>
        <translation>新建楼宇</translation>
    </message>
    <message>
        <source>Where to save the new file</source>
        <translation>新档案库的保存位置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Floor, then the unit in two digits</source>
        <translation>楼层 + 两位单元序号</translation>
    </message>
    <message>
        <source>Floor, a dash, then the unit in two digits</source>
        <translation>楼层 - 两位单元序号</translation>
    </message>
    <message>
        <source>Floor, then the unit in three digits</source>
        <translation>楼层 + 三位单元序号</translation>
    </message>
    <message>
        <source>Floor in two digits, then the unit in two digits</source>
        <translation>两位楼层 + 两位单元序号</translation>
    </message>
    <message>
        <source>Floor, a dash, then the unit</source>
        <translation>楼层 - 单元序号</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Building &amp;name:</source>
        <translation>楼宇名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Lowest floor (−2 = B2):</source>
        <translation>最低楼层(&amp;L)（−2 = B2）：</translation>
    </message>
    <message>
        <source>&amp;Highest floor:</source>
        <translation>最高楼层(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Units per floor:</source>
        <translation>每层单元数(&amp;U)：</translation>
    </message>
    <message>
        <source>Unit &amp;numbering:</source>
        <translation>单元编号规则(&amp;N)：</translation>
    </message>
    <message>
        <source>Sample numbers:</source>
        <translation>编号示例：</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>管理员用户名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Below ground the floors are B1, B2 …: the numbers of their units start with B.</source>
        <translation>地下楼层记作 B1、B2……，其单元编号以 B 开头。</translation>
    </message>
    <message>
        <source>New dossier file</source>
        <translation>新建档案库</translation>
    </message>
    <message>
        <source>The lowest floor is above the highest floor.</source>
        <translation>最低楼层高于最高楼层。</translation>
    </message>
    <message>
        <source>The building needs at least one floor (there is no floor 0).</source>
        <translation>楼宇至少需要一个楼层（没有第 0 层）。</translation>
    </message>
    <message>
        <source>Letters, digits and punctuation only, without spaces.</source>
        <translation>只能使用字母、数字和标点，不能有空格。</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>至少 {count} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Record notice — {customer}</source>
        <translation>登记退租通知 — {customer}</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>单元：</translation>
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
        <translation>打印催款通知单</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>O&amp;verdue more than</source>
        <translation>逾期超过(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <source>Open a satisfaction survey</source>
        <translation>开始满意度调查</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation>目标分(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>The customers asked are those in the building on the day the survey starts. Scores are 1 to 5; an item whose average is under the target is marked in the report.</source>
        <translation>调查对象为调查开始之日在租的客户。评分为 1 至 5 分；平均分低于目标分的项目在报告中标出。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>开始(&amp;O)</translation>
    </message>
</context>
<context>
    <name>OverdueHoursDialog</name>
    <message>
        <source>When a repair is overdue</source>
        <translation>报修超时设置</translation>
    </message>
    <message>
        <source>&amp;Emergency</source>
        <translation>特急(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>紧急(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>一般(&amp;N)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>A repair still reported or assigned after this long is shown in red.</source>
        <translation>报修在登记或派工后超过此时长仍未完成，即以红色显示。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PapersMenu</name>
    <message>
        <source>&amp;Missing papers on this floor…</source>
        <translation>本楼层缺少的资料(&amp;M)…</translation>
    </message>
    <message>
        <source>Move-in check&amp;list…</source>
        <translation>入住资料清单(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>Move-in papers</source>
        <translation>入住资料</translation>
    </message>
    <message>
        <source>Tick each paper received; a scan is optional (drop a file on its row).</source>
        <translation>逐项勾选已收到的资料；扫描件可选（将文件拖到对应行即可）。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原件或工作件</translation>
    </message>
    <message>
        <source>Paper location</source>
        <translation>纸质存放位置</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a scan file</source>
        <translation>选择扫描文件</translation>
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
        <translation>选择扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>记录收款</translation>
    </message>
    <message>
        <source>e.g. 3435.00</source>
        <translation>如 3435.00</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
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
        <translation>留空则使用所示的下一个收据号</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>收据号(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Pay the o&amp;ldest charges first</source>
        <translation>先冲最早的欠费(&amp;L)</translation>
    </message>
    <message>
        <source>Pay the charges &amp;ticked below</source>
        <translation>冲下列勾选的费用(&amp;T)</translation>
    </message>
    <message>
        <source>Open charges (owed {owed}; credit held {credit}):</source>
        <translation>未结费用（欠 {owed}；预存 {credit}）：</translation>
    </message>
    <message>
        <source>{period} {item}{unit}: {open} owed of {amount}, due {due}</source>
        <translation>{period} {item}{unit}：应收 {amount}，尚欠 {open}，{due} 到期</translation>
    </message>
    <message>
        <source>Tick the charges this pays.</source>
        <translation>请勾选本次所付的费用。</translation>
    </message>
    <message numerus="yes">
        <source>{allocated} pays %n charge(s); {left} stays as the tenant&apos;s credit.</source>
        <translation>
            <numerusform>{allocated} 冲抵 %n 笔费用；{left} 作为客户预存。</numerusform>
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
        <translation>收据号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
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
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>红冲</translation>
    </message>
    <message>
        <source>Reverses a payment</source>
        <translation>冲销收款</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已红冲</translation>
    </message>
</context>
<context>
    <name>PaymentsRegister</name>
    <message>
        <source>Payments register</source>
        <translation>收款登记表</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Show &amp;reversals</source>
        <translation>显示红冲(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>从(&amp;R)</translation>
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
            <numerusform>共 %n 笔收款：收取 ¥{received}，红冲 ¥{reversed}，净额 ¥{net}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleMenu</name>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
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
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
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
        <translation>{customer} 的员工</translation>
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
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>入职日期(&amp;J)：</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Setting the day they left files the resigned-staff form and lists their cards and keys to recover</source>
        <translation>填写离职日期后，将登记辞职、辞退员工名单记录表，并把其门禁卡和钥匙列入待收回清单</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>离职日期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;How they left:</source>
        <translation>离职方式(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>PictureInput</name>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>选择图片(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>PlaceChoice</name>
    <message>
        <source>All buildings</source>
        <translation>全部楼宇</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Every row is right: %n row(s) will be added. Press Import to add them.</source>
        <translation>
            <numerusform>每一行都正确：将新增 %n 行。点“导入”加入这些内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 行</translation>
    </message>
    <message>
        <source>New buildings: {names}</source>
        <translation>新建楼栋：{names}</translation>
    </message>
    <message>
        <source>New floors: {count}</source>
        <translation>新建楼层：{count} 个</translation>
    </message>
    <message>
        <source>New fee items: {names}</source>
        <translation>新建费用项目：{names}</translation>
    </message>
    <message>
        <source>New dossiers: {count}</source>
        <translation>新建档案：{count} 份</translation>
    </message>
    <message>
        <source>{sheet} column {column} ({header})</source>
        <translation>{sheet} 第 {column} 列（{header}）</translation>
    </message>
    <message>
        <source>the whole sheet {sheet}</source>
        <translation>整个工作表 {sheet}</translation>
    </message>
    <message>
        <source>Columns not read: {columns}</source>
        <translation>未读取的列：{columns}</translation>
    </message>
    <message>
        <source>Importing the workbook…</source>
        <translation>正在导入工作簿…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>适合宽度(&amp;F)</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>整页(&amp;G)</translation>
    </message>
    <message>
        <source>F&amp;irst</source>
        <translation>首页(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>上一页(&amp;R)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation>末页(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <source>Printing “{title}”…</source>
        <translation>正在打印“{title}”…</translation>
    </message>
    <message>
        <source>The pages could not be printed: {problem}</source>
        <translation>无法打印这些页面：{problem}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintoutBuilder</name>
    <message>
        <source>Making the printout “{title}”…</source>
        <translation>正在生成打印件“{title}”…</translation>
    </message>
    <message>
        <source>The printout could not be made: {problem}</source>
        <translation>无法生成打印文件：{problem}</translation>
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
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>填写的值</translation>
    </message>
    <message>
        <source>What is wrong and how to fix it</source>
        <translation>错误及改正方法</translation>
    </message>
</context>
<context>
    <name>QuickFind</name>
    <message>
        <source>dossier number: {text}</source>
        <translation>档案编号：{text}</translation>
    </message>
    <message>
        <source>unit: {text}</source>
        <translation>单元：{text}</translation>
    </message>
    <message>
        <source>name: {text}</source>
        <translation>名称：{text}</translation>
    </message>
    <message>
        <source>former name: {text}</source>
        <translation>曾用名：{text}</translation>
    </message>
    <message>
        <source>contact: {text}</source>
        <translation>联系人：{text}</translation>
    </message>
    <message>
        <source>phone: {text}</source>
        <translation>电话：{text}</translation>
    </message>
    <message>
        <source>document: {text}</source>
        <translation>文件：{text}</translation>
    </message>
    <message>
        <source>dossier {number}</source>
        <translation>档案 {number}</translation>
    </message>
    <message>
        <source>{unit} ({floor})  {customer}</source>
        <translation>{unit}（{floor}）  {customer}</translation>
    </message>
    <message>
        <source>Dossier {number}</source>
        <translation>档案 {number}</translation>
    </message>
    <message>
        <source>Find company, former name, unit, contact, phone, document…</source>
        <translation>查找公司、曾用名、单元、联络人、电话、文件…</translation>
    </message>
    <message>
        <source>Quick find (Ctrl+F): type part of a name or its pinyin initials, a unit number, a phone number … Enter opens the dossier.</source>
        <translation>快速查找（Ctrl+F）：输入名称的一部分或其拼音首字母、单元号、电话号码……按 Enter 打开档案。</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) — ↑↓ choose, Enter opens, Esc closes</source>
        <translation>
            <numerusform>%n 份档案 — ↑↓ 选择，Enter 打开，Esc 关闭</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier matches “{text}”.</source>
        <translation>没有与“{text}”匹配的档案。</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Rate of {name}</source>
        <translation>{name} 的单价</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rate (¥)</source>
        <translation>单价（元）(&amp;R)</translation>
    </message>
    <message>
        <source>The rate holds from this day until the next rate&apos;s day. A month already charged is not changed here: generating it again adds an adjustment line for the difference.</source>
        <translation>此单价自该日起适用，直至下一单价的起始日。已生成应收的月份不在此更改：再次生成该月时，差额将记为一笔调整。</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <source>Read on</source>
        <translation>抄表日期</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>Meter no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>ReceiveComplaintDialog</name>
    <message>
        <source>Receive a complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空置）</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>C&amp;omplaint</source>
        <translation>投诉内容(&amp;O)</translation>
    </message>
    <message>
        <source>Com&amp;plainant</source>
        <translation>投诉人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>Received &amp;at</source>
        <translation>受理时间(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RecordDestructionDialog</name>
    <message>
        <source>Record destruction {number}</source>
        <translation>登记销毁 {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with {documents} are destroyed for good: their scans are deleted from this computer and, at the next backup, from the backups. Their records stay, marked destroyed.</source>
        <translation>
            <numerusform>%n 卷（{documents}）将永久销毁：其扫描件从本机删除，并在下一次备份时从备份中删除。其记录保留，标记为已销毁。</numerusform>
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
        <translation>纸质档案已在两名监销人监督下销毁</translation>
    </message>
    <message>
        <source>First witness:</source>
        <translation>监销人一：</translation>
    </message>
    <message>
        <source>Second witness:</source>
        <translation>监销人二：</translation>
    </message>
    <message>
        <source>Record destruction</source>
        <translation>登记销毁</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Repair {number}</source>
        <translation>报修 {number}</translation>
    </message>
    <message>
        <source>Complaint {number}</source>
        <translation>投诉 {number}</translation>
    </message>
    <message>
        <source>Violation {number}</source>
        <translation>违规 {number}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Choose a record above to see it and take its next step.</source>
        <translation>请在上方选择一条记录，查看详情并办理下一步。</translation>
    </message>
    <message>
        <source>No. {number} — {state}</source>
        <translation>第 {number} 号 — {state}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>报修内容</translation>
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
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Fed back</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规内容</translation>
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
        <translation>跟进</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>RecordViolationDialog</name>
    <message>
        <source>Record a violation</source>
        <translation>登记违规</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空置）</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Violation</source>
        <translation>违规内容(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Found on</source>
        <translation>发现日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RecoverModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>RefileDialog</name>
    <message numerus="yes">
        <source>Refile %n document(s)</source>
        <translation>
            <numerusform>重新归类 %n 份文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the &amp;category to:</source>
        <translation>将类别改为(&amp;C)：</translation>
    </message>
    <message>
        <source>Change the paper &amp;location to:</source>
        <translation>将纸质存放位置改为(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. cabinet 3, shelf 2</source>
        <translation>例如：3 号柜第 2 层</translation>
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
        <translation>打印档案借阅登记表</translation>
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
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
</context>
<context>
    <name>RenameFloorDialog</name>
    <message>
        <source>Rename floor {floor}</source>
        <translation>楼层 {floor} 改名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RepairsModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>{state} (overdue)</source>
        <translation>{state}（超时）</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Import problems: {file}</source>
        <translation>导入错误：{file}</translation>
    </message>
    <message>
        <source>&amp;Save error workbook…</source>
        <translation>保存错误工作簿(&amp;S)…</translation>
    </message>
    <message>
        <source>The workbook&apos;s rows with a column saying what is wrong and the wrong cells marked, to correct</source>
        <translation>原表各行加一列错误说明，并标出填错的单元格，方便改正</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Check the workbook again after correcting it</source>
        <translation>改正工作簿后重新检查</translation>
    </message>
    <message>
        <source>Everything in this file is already recorded: there is nothing new to import.</source>
        <translation>这个文件的内容都已记录，没有新内容。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n problem(s); nothing was written. Correct them in the workbook and check again.</source>
        <translation>
            <numerusform>发现 %n 处错误，没有写入任何内容。请在工作簿中改正后重新检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save error workbook</source>
        <translation>保存错误工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{name} (errors)</source>
        <translation>{name}（错误）</translation>
    </message>
    <message>
        <source>Save the error workbook under another name: the original stays as it is.</source>
        <translation>请用另一个文件名保存错误工作簿，原文件保持不变。</translation>
    </message>
    <message>
        <source>Writing the error workbook…</source>
        <translation>正在写入错误工作簿…</translation>
    </message>
</context>
<context>
    <name>ReportRepairDialog</name>
    <message>
        <source>Report a repair</source>
        <translation>登记报修</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空置）</translation>
    </message>
    <message>
        <source>e.g. the air conditioner in the meeting room leaks</source>
        <translation>例如：会议室空调漏水</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;What needs repair</source>
        <translation>报修内容(&amp;W)</translation>
    </message>
    <message>
        <source>Wh&amp;ere in the unit</source>
        <translation>具体位置(&amp;E)</translation>
    </message>
    <message>
        <source>Reported &amp;by</source>
        <translation>报修人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>报修方式(&amp;C)</translation>
    </message>
    <message>
        <source>Ur&amp;gency</source>
        <translation>紧急程度(&amp;G)</translation>
    </message>
    <message>
        <source>Reported &amp;at</source>
        <translation>报修时间(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>重置 {name} 的密码</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>{name} ({login}) must change this password at the next log-in.</source>
        <translation>{name}（{login}）下次登录时必须修改此密码。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>1. The backup</source>
        <translation>1. 备份</translation>
    </message>
    <message>
        <source>As a &amp;new file:</source>
        <translation>恢复为新文件(&amp;N)：</translation>
    </message>
    <message>
        <source>{name}-restored-{date}</source>
        <translation>{name}-恢复-{date}</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>In place of the open file {file} (it is backed up first; its dossiers close)</source>
        <translation>替换当前打开的文件 {file}（会先备份；已打开的档案将关闭）</translation>
    </message>
    <message>
        <source>2. Restore it</source>
        <translation>2. 恢复到</translation>
    </message>
    <message>
        <source>3. An administrator of the backup</source>
        <translation>3. 备份中的系统管理员</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>用户名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a backup folder or one backup</source>
        <translation>选择备份文件夹或其中一份备份</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>恢复为</translation>
    </message>
    <message>
        <source>Dossier Desk files (*.db)</source>
        <translation>客户档案台文件 (*.db)</translation>
    </message>
    <message>
        <source>There is no backup in this folder.</source>
        <translation>此文件夹中没有备份。</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Made {date} by {name} ({login}) with Dossier Desk {version} from {file}: %n building(s), {units}, {dossiers}, {documents}, {scans}, {size} in all.</source>
        <translation>
            <numerusform>由 {name}（{login}）于 {date} 用客户档案台 {version} 从 {file} 创建：%n 栋楼宇、{units}、{dossiers}、{documents}、{scans}，共 {size}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n 份档案</numerusform>
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
            <numerusform>%n 个扫描件</numerusform>
        </translation>
    </message>
    <message>
        <source>It was made by a newer version of Dossier Desk: update the program first.</source>
        <translation>它由较新版本的客户档案台创建：请先升级程序。</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>请选择要恢复的备份。</translation>
    </message>
    <message>
        <source>Name the new file with its full path, e.g. with Choose…</source>
        <translation>请填写新文件的完整路径，例如点击“选择…”。</translation>
    </message>
    <message>
        <source>Enter the login and password of an administrator of the backup.</source>
        <translation>请输入备份中系统管理员的用户名和密码。</translation>
    </message>
    <message>
        <source>Replace the open file {file} with the backup made {date} by {name}?

The file is backed up first and its dossiers close; whatever was recorded after {date} is then only in that backup. Anyone else working on this file must close it first.</source>
        <translation>用 {name} 于 {date} 创建的备份替换当前打开的文件 {file} 吗？

该文件会先被备份，已打开的档案将关闭；{date} 之后记录的内容此后只保存在那份备份中。其他正在使用此文件的人必须先将其关闭。</translation>
    </message>
    <message>
        <source>Restore the backup made {date} by {name} as the new file {file}?</source>
        <translation>将 {name} 于 {date} 创建的备份恢复为新文件 {file} 吗？</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restoring and verifying the backup…</source>
        <translation>正在恢复并验证备份…</translation>
    </message>
    <message>
        <source>The restore failed: {error}</source>
        <translation>恢复失败：{error}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>&amp;Preview the year&apos;s archive…</source>
        <translation>预览全年归档(&amp;P)…</translation>
    </message>
    <message>
        <source>Box directories, in-file directories and box labels of the year, in one PDF</source>
        <translation>全年的案卷目录、卷内目录和档案盒标签，合为一个 PDF</translation>
    </message>
    <message>
        <source>Print box &amp;labels…</source>
        <translation>打印档案盒标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Open the archive &amp;browser</source>
        <translation>打开归档浏览(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n dossier(s) archived into {boxes}.</source>
        <translation>
            <numerusform>{year} 年：%n 卷已归档，共 {boxes}。</numerusform>
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
            <numerusform>%n 卷退租档案尚未装订，留待下次归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Box</source>
        <translation>档案盒</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>卷数</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>File numbers</source>
        <translation>案卷号</translation>
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
        <translation>冲销收款 {number}</translation>
    </message>
    <message>
        <source>{amount} received on {date} ({method}), receipt {number}. The reversal is a new line.</source>
        <translation>{date} 收款 {amount}（{method}），收据号 {number}。冲销另记一笔红字，不改原记录。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>冲销(&amp;V)</translation>
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
        <translation>服务器上的扫描件</translation>
    </message>
    <message>
        <source>Every desk working on this server database keeps its scans in the same place: in the database itself, or in a shared folder that every desk reaches (such as \\server\scans). The place cannot be changed once scans are kept there.</source>
        <translation>使用此服务器数据库的每台前台电脑都把扫描件保存在同一个位置：数据库本身，或每台前台电脑都能访问的共享文件夹（例如 \\档案服务器\扫描件）。一旦保存了扫描件，就不能再更改位置。</translation>
    </message>
    <message>
        <source>In the &amp;database</source>
        <translation>保存在数据库中(&amp;D)</translation>
    </message>
    <message>
        <source>In a shared &amp;folder:</source>
        <translation>保存在共享文件夹中(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. \\server\scans</source>
        <translation>例如 \\档案服务器\扫描件</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message numerus="yes">
        <source>The database keeps %n scan(s).</source>
        <translation>
            <numerusform>数据库中保存了 %n 个扫描件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator changes where the scans are kept.</source>
        <translation>只有系统管理员可以更改扫描件的保存位置。</translation>
    </message>
    <message>
        <source>Choose the shared scans folder</source>
        <translation>选择共享的扫描件文件夹</translation>
    </message>
</context>
<context>
    <name>ScanPreview</name>
    <message>
        <source>Open with system &amp;viewer</source>
        <translation>用系统查看器打开(&amp;V)</translation>
    </message>
    <message>
        <source>Select a document to see its scan.</source>
        <translation>选择一份文件以查看其扫描件。</translation>
    </message>
    <message>
        <source>This document has no scan. Drop PDF or image files on it to attach them.</source>
        <translation>此文件没有扫描件。将 PDF 或图片文件拖到该文件上即可附加。</translation>
    </message>
    <message>
        <source>This document has no scan.</source>
        <translation>此文件没有扫描件。</translation>
    </message>
    <message>
        <source>PDF · pages: {count}</source>
        <translation>PDF · 页数：{count}</translation>
    </message>
    <message>
        <source>Reading the scan…</source>
        <translation>正在读取扫描件…</translation>
    </message>
    <message>
        <source>Image, {width} × {height}</source>
        <translation>图片，{width} × {height}</translation>
    </message>
    <message>
        <source>page 1 of {count}</source>
        <translation>第 1 页，共 {count} 页</translation>
    </message>
    <message>
        <source>“{file}” cannot be shown here; try the system viewer.</source>
        <translation>无法在此显示“{file}”，请尝试用系统查看器打开。</translation>
    </message>
</context>
<context>
    <name>ScanToOpen</name>
    <message>
        <source>Scanned “{number}”: no dossier has this number.</source>
        <translation>扫描到“{number}”：没有此编号的档案。</translation>
    </message>
    <message>
        <source>Scanned “{code}”: no archive box has this number.</source>
        <translation>扫描到“{code}”：没有此编号的档案盒。</translation>
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
        <translation>印模扫描件(&amp;P)：</translation>
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
        <translation>文件</translation>
    </message>
    <message>
        <source>Shown for comparison</source>
        <translation>用于核对</translation>
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
        <translation>搜索档案(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search dossiers</source>
        <translation>搜索档案</translation>
    </message>
    <message>
        <source>Part of a name or its pinyin, a unit, a phone, a title…</source>
        <translation>名称的一部分或拼音、房号、电话、文件题名…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>F&amp;loor</source>
        <translation>楼层(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
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
        <translation>档案搜索结果</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>在租</translation>
    </message>
    <message>
        <source>Departed (not yet boxed)</source>
        <translation>已退租（未装盒）</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Any (names, units, phones too)</source>
        <translation>全部（含名称、房号、电话）</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>请输入要查找的内容。</translation>
    </message>
    <message>
        <source>The dates are the wrong way round: “From” is after “Until”.</source>
        <translation>日期前后颠倒：“起始”晚于“截止”。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found. Double-click or Enter opens one.</source>
        <translation>
            <numerusform>找到 %n 份档案。双击或按回车键打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier matches.</source>
        <translation>没有匹配的档案。</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server database</source>
        <translation>连接服务器数据库</translation>
    </message>
    <message>
        <source>Several front desks can share one dossier database on a PostgreSQL server. Its administrator gives you these details.</source>
        <translation>多个前台可以共用数据库服务器上的同一个档案数据库。以下信息由服务器管理员提供。</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <source>empty: the one kept on this PC</source>
        <translation>留空：使用本机保存的密码</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this PC</source>
        <translation>在本机记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Kept in this PC&apos;s password store (Windows Credential Manager), never in a file.</source>
        <translation>保存在本机的系统密码库（Windows 凭据管理器）中，不会写入任何文件。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connecting to {location}…</source>
        <translation>正在连接 {location}…</translation>
    </message>
    <message>
        <source>Connected to {location}: it is a Dossier Desk database.</source>
        <translation>已连接到 {location}：这是客户档案台的数据库。</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <source>Report &amp;repair…</source>
        <translation>报修(&amp;R)…</translation>
    </message>
    <message>
        <source>Receive com&amp;plaint…</source>
        <translation>受理投诉(&amp;P)…</translation>
    </message>
    <message>
        <source>Record &amp;violation…</source>
        <translation>登记违规(&amp;V)…</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
</context>
<context>
    <name>ServicesMenu</name>
    <message>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Repairs…</source>
        <translation>报修登记(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Complaints…</source>
        <translation>投诉登记(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Violations…</source>
        <translation>违规登记(&amp;V)…</translation>
    </message>
    <message>
        <source>Repair &amp;overdue settings…</source>
        <translation>报修超时设置(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;pair…</source>
        <translation>报修(&amp;P)…</translation>
    </message>
    <message>
        <source>Co&amp;mplaint…</source>
        <translation>投诉(&amp;M)…</translation>
    </message>
    <message>
        <source>Repair {number} recorded for {unit}.</source>
        <translation>已为 {unit} 登记报修 {number}。</translation>
    </message>
    <message>
        <source>Complaint {number} recorded for {unit}.</source>
        <translation>已为 {unit} 登记投诉 {number}。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The new language is used when Dossier Desk is next started.</source>
        <translation>新语言将在下次启动客户档案台时生效。</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Unit &amp;card size:</source>
        <translation>单元卡片大小(&amp;C)：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Archive settings (全宗, 档号)…</source>
        <translation>档案设置（全宗、档号）…</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>档案：</translation>
    </message>
    <message>
        <source>Scan &amp;inbox:</source>
        <translation>扫描收件箱(&amp;I)：</translation>
    </message>
    <message>
        <source>The folder the copier scans to (none: no inbox)</source>
        <translation>复印机扫描存放的文件夹（留空：不使用收件箱）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>File scans with a readable cover by &amp;themselves</source>
        <translation>封面可识别的扫描件自动归档(&amp;T)</translation>
    </message>
    <message>
        <source>Bundles whose cover names a dossier are filed as prefilled; the others wait in the Inbox list. Every desk on this database watches this folder.</source>
        <translation>封面注明档案的扫描件按预填内容归档；其余的留在收件箱列表中等待处理。使用本数据库的每个前台都查看这个文件夹。</translation>
    </message>
    <message>
        <source>This file is open read-only in this window: nothing can be changed here.</source>
        <translation>此文件在本窗口中以只读方式打开：在这里不能做任何修改。</translation>
    </message>
    <message>
        <source>Only an administrator, a supervisor or the department manager changes the scan inbox.</source>
        <translation>只有系统管理员、客务主管或客务部经理可以更改扫描收件箱的设置。</translation>
    </message>
    <message>
        <source>Choose the scan inbox folder</source>
        <translation>选择扫描收件文件夹</translation>
    </message>
    <message>
        <source>A database on a server: {location}</source>
        <translation>服务器上的数据库：{location}</translation>
    </message>
    <message>
        <source>A file on this PC: {path}</source>
        <translation>本机上的文件：{path}</translation>
    </message>
    <message>
        <source>Open a &amp;file…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Several front desks share one database on a PostgreSQL server; its administrator gives the details.</source>
        <translation>多个前台共用数据库服务器上的同一个数据库；连接信息由服务器管理员提供。</translation>
    </message>
    <message>
        <source>Dates and numbers: {date}, {number}</source>
        <translation>日期和数字：{date}，{number}</translation>
    </message>
</context>
<context>
    <name>SettingsNotice</name>
    <message>
        <source>Archive &amp;settings…</source>
        <translation>档案设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Show the archive settings…</source>
        <translation>查看档案设置(&amp;S)…</translation>
    </message>
    <message>
        <source>The archive settings are not confirmed yet. Files bound now get archival codes like {example}, under the fonds “{name}” ({code}), and keep them for good: check the settings before the first archiving.</source>
        <translation>档案设置尚未确认。现在装订的案卷将获得类似 {example} 的档号，归入全宗“{name}”（{code}），并永久保持不变：请在首次归档前核对设置。</translation>
    </message>
    <message>
        <source>The department manager has not confirmed the archive settings yet. Files bound now get archival codes like {example}, under the fonds “{name}” ({code}), and keep them for good. You may go on with these defaults, or ask the department manager to confirm the settings first.</source>
        <translation>部门经理尚未确认档案设置。现在装订的案卷将获得类似 {example} 的档号，归入全宗“{name}”（{code}），并永久保持不变。您可以按这些默认设置继续，也可以先请部门经理确认设置。</translation>
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
        <translation>行数</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>将新增</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>已记录</translation>
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
        <translation>职务</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Authorised from</source>
        <translation>授权起始日</translation>
    </message>
    <message>
        <source>Authorised until</source>
        <translation>授权截止日</translation>
    </message>
    <message>
        <source>Authority today</source>
        <translation>今日授权状态</translation>
    </message>
    <message>
        <source>Signature specimen</source>
        <translation>签字样本</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
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
        <translation>长期有效</translation>
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
        <translation>新增授权人</translation>
    </message>
    <message>
        <source>Authorised signatory — {name}</source>
        <translation>授权人 — {name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. office manager</source>
        <translation>例如：办公室主任</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>Authorised &amp;from:</source>
        <translation>授权起始日(&amp;F)：</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Authorised &amp;until:</source>
        <translation>授权截止日(&amp;U)：</translation>
    </message>
    <message>
        <source>Signature &amp;specimen:</source>
        <translation>签字样本(&amp;S)：</translation>
    </message>
    <message>
        <source>This file is open read-only, so looking at the number cannot be recorded: it stays masked.</source>
        <translation>此文件以只读方式打开，无法记录查看操作，号码仍保持遮蔽。</translation>
    </message>
    <message>
        <source>Type the whole ID number.</source>
        <translation>请输入完整的身份证号。</translation>
    </message>
    <message>
        <source>The authority cannot end before it begins.</source>
        <translation>授权截止日不能早于起始日。</translation>
    </message>
</context>
<context>
    <name>SpecimenPicture</name>
    <message>
        <source>No specimen lodged</source>
        <translation>未留存样本</translation>
    </message>
    <message>
        <source>The picture cannot be shown.</source>
        <translation>无法显示该图片。</translation>
    </message>
    <message>
        <source>No specimen chosen</source>
        <translation>尚未选择样本</translation>
    </message>
    <message>
        <source>Not shown: the scan is damaged or missing.</source>
        <translation>未显示：扫描件已损坏或缺失。</translation>
    </message>
</context>
<context>
    <name>SpecimensPanel</name>
    <message>
        <source>Not authorised: the authority ended on {date}.</source>
        <translation>未获授权：授权已于{date}终止。</translation>
    </message>
    <message>
        <source>Not authorised yet: the authority begins on {date}.</source>
        <translation>尚未获授权：授权自{date}起生效。</translation>
    </message>
    <message>
        <source>Authorised since {start}.</source>
        <translation>自{start}起获授权。</translation>
    </message>
    <message>
        <source>Authorised from {start} to {end}.</source>
        <translation>授权期限：{start}至{end}。</translation>
    </message>
    <message>
        <source>Choose the scanned specimen</source>
        <translation>选择样本扫描件</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Specimens for comparison</source>
        <translation>核对用样本</translation>
    </message>
    <message>
        <source>Choose the unit: the specimens of its customer are shown here.</source>
        <translation>请选择单元：此处显示该单元客户的样本。</translation>
    </message>
    <message>
        <source>No signatories or seals are on record for {customer}.</source>
        <translation>{customer}尚无授权人或印章留存。</translation>
    </message>
    <message>
        <source>Authorised signatories</source>
        <translation>授权人</translation>
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
        <translation>身份证号：{number}</translation>
    </message>
</context>
<context>
    <name>SpecimensSection</name>
    <message>
        <source>&amp;Add signatory…</source>
        <translation>添加授权人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit signatory…</source>
        <translation>编辑授权人(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;nd authority…</source>
        <translation>终止授权(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Lodge seal specimen…</source>
        <translation>留存印章印模(&amp;L)…</translation>
    </message>
    <message>
        <source>Authorised signatories of {customer}</source>
        <translation>{customer}的授权人</translation>
    </message>
    <message>
        <source>Authorised signatories</source>
        <translation>授权人</translation>
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
        <translation>拆分单元 {unit}</translation>
    </message>
    <message>
        <source>&amp;Parts:</source>
        <translation>拆分数(&amp;P)：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单元号</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
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
        <translation>面积未知</translation>
    </message>
    <message>
        <source>Unit {unit} ({area}) is retired: its dossiers and history stay under its number.</source>
        <translation>单元 {unit}（{area}）将停用：其档案和历史记录仍保留在原单元号下。</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Every part needs a number.</source>
        <translation>每一部分都需要单元号。</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Cards and keys to &amp;recover…</source>
        <translation>待收回门禁卡和钥匙(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>员工(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Staff of {customer}</source>
        <translation>{customer} 的员工</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>添加员工(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Change their details, or set the day they left</source>
        <translation>修改员工资料，或填写离职日期</translation>
    </message>
    <message>
        <source>&amp;Card, key or permit…</source>
        <translation>门禁卡、钥匙或停车证(&amp;C)…</translation>
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
        <translation>所选员工持有的门禁卡、钥匙和停车证：</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{step}: No. {number}</source>
        <translation>{step}：第 {number} 号</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Repairer</source>
        <translation>维修人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
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
        <translation>维修情况(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>用料(&amp;M)</translation>
    </message>
    <message>
        <source>Visited &amp;on</source>
        <translation>回访日期(&amp;O)</translation>
    </message>
    <message>
        <source>Fed back &amp;on</source>
        <translation>反馈日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Spoke to</source>
        <translation>受访人(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>满意度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Customer&apos;s comment</source>
        <translation>客户意见(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>处理结果(&amp;R)</translation>
    </message>
    <message>
        <source>Notice &amp;no.</source>
        <translation>通知编号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>发出日期(&amp;I)</translation>
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
        <translation>跟进情况(&amp;F)</translation>
    </message>
    <message>
        <source>Rectified &amp;on</source>
        <translation>整改日期(&amp;O)</translation>
    </message>
    <message>
        <source>(ask the customer)</source>
        <translation>（请询问客户）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
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
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>录入时间</translation>
    </message>
</context>
<context>
    <name>SummaryChoice</name>
    <message>
        <source>Month-end summary</source>
        <translation>月末汇总</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
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
        <translation>点击“办理入住”会一次记录全部内容；若有错误，则什么都不记录。</translation>
    </message>
    <message>
        <source>Units: {units}</source>
        <translation>单元：{units}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <source>(existing)</source>
        <translation>（已有）</translation>
    </message>
    <message>
        <source>Move-in date: {date}</source>
        <translation>入住日期：{date}</translation>
    </message>
    <message>
        <source>Dossier kept at: {place}</source>
        <translation>档案存放位置：{place}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Contacts: {count}</source>
        <translation>联络人：{count}</translation>
    </message>
    <message>
        <source>Papers received: {count}; still missing: {missing}</source>
        <translation>已收资料：{count}；仍缺：{missing}</translation>
    </message>
    <message>
        <source>Fit-out period: none</source>
        <translation>装修期：无</translation>
    </message>
    <message>
        <source>Fit-out until: {date}</source>
        <translation>装修截止：{date}</translation>
    </message>
</context>
<context>
    <name>SurveyMenu</name>
    <message>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction survey…</source>
        <translation>客户满意度调查(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SurveyWindow</name>
    <message>
        <source>Satisfaction survey</source>
        <translation>客户满意度调查</translation>
    </message>
    <message>
        <source>&amp;Open a survey…</source>
        <translation>开始调查(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>问卷录入(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>汇总(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Corrective actions</source>
        <translation>整改措施(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回复</translation>
    </message>
    <message>
        <source>New answers dated:</source>
        <translation>新问卷日期：</translation>
    </message>
    <message>
        <source>Type each score (1–5) in place; Enter moves on. A row is saved as soon as its three scores are in.</source>
        <translation>直接在表中输入各项评分（1–5），按回车键移到下一格；一行的三项评分填齐即自动保存。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>标记完成(&amp;D)…</translation>
    </message>
    <message>
        <source>No satisfaction survey yet: the supervisor or the manager opens one.</source>
        <translation>尚无满意度调查：由主管或部门经理开始调查。</translation>
    </message>
    <message>
        <source>Started on {day}; target score {target}.</source>
        <translation>开始日期 {day}；目标分 {target}。</translation>
    </message>
    <message>
        <source>{answered} of {asked} customers answered (response rate {rate}).</source>
        <translation>调查 {asked} 户，回复 {answered} 户（回复率 {rate}）。</translation>
    </message>
    <message>
        <source>{item}: score 1: {one}, 2: {two}, 3: {three}, 4: {four}, 5: {five}</source>
        <translation>{item}：1分 {one}，2分 {two}，3分 {three}，4分 {four}，5分 {five}</translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s); {overdue} overdue.</source>
        <translation>
            <numerusform>共 %n 项整改措施；逾期 {overdue} 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>尚无回复。</translation>
    </message>
    <message>
        <source>Every item reaches the target.</source>
        <translation>各项均达到目标。</translation>
    </message>
    <message>
        <source>Below target: {items}.</source>
        <translation>低于目标：{items}。</translation>
    </message>
    <message>
        <source>By floor: {items}.</source>
        <translation>按楼层：{items}。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) shown; {answered} answered, {waiting} not yet.</source>
        <translation>
            <numerusform>显示 %n 户客户；已回复 {answered} 户，未回复 {waiting} 户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction survey report {year}</source>
        <translation>客户满意度调查报告 {year}</translation>
    </message>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份打印件正在生成，请稍后再试。</translation>
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
        <translation>删除一行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TakeBackDialog</name>
    <message>
        <source>Take back loan {number}</source>
        <translation>归还借阅单 {number}</translation>
    </message>
    <message>
        <source>{borrower} returns: {dossiers}</source>
        <translation>{borrower} 归还：{dossiers}</translation>
    </message>
    <message>
        <source>&amp;Complete: everything came back</source>
        <translation>完好(&amp;C)：全部归还</translation>
    </message>
    <message>
        <source>&amp;Not complete</source>
        <translation>不完好(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;What was missing or damaged:</source>
        <translation>缺失或损坏的内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>确认归还(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TemplateSaver</name>
    <message>
        <source>import-template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the import template…</source>
        <translation>正在写入导入模板…</translation>
    </message>
    <message>
        <source>The import template is saved as {file}. Fill in its sheets, then use File ▸ Import from Excel….</source>
        <translation>导入模板已保存为 {file}。填好其中的工作表后，用 文件 ▸ 从 Excel 导入… 导入。</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
</context>
<context>
    <name>TenancyMenu</name>
    <message>
        <source>Move &amp;in…</source>
        <translation>办理入住(&amp;I)…</translation>
    </message>
    <message>
        <source>Move in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Move &amp;out…</source>
        <translation>办理退租(&amp;O)…</translation>
    </message>
    <message>
        <source>Record &amp;notice…</source>
        <translation>登记退租通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation>打印标牌(&amp;L)…</translation>
    </message>
    <message>
        <source>Label &amp;check…</source>
        <translation>标牌核对(&amp;C)…</translation>
    </message>
    <message>
        <source>Moved in; dossier {number} created.</source>
        <translation>已办理入住，已建立档案 {number}。</translation>
    </message>
    <message>
        <source>Dossier {number} is created. Print its label now?</source>
        <translation>档案 {number} 已建立。现在打印其标牌吗？</translation>
    </message>
    <message>
        <source>&amp;Print label</source>
        <translation>打印标牌(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>The name on the label of dossier {numbers} has changed. Print the new label now?
Later: the label check lists it until the new one is printed.</source>
        <translation>
            <numerusform>档案 {numbers} 的标牌名称已变更。现在打印新标牌吗？
稍后打印：在打印新标牌之前，标牌核对会一直列出它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print new label</source>
        <translation>
            <numerusform>打印新标牌(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier label</source>
        <translation>档案标牌</translation>
    </message>
    <message numerus="yes">
        <source>Labels recorded as printed: %n dossier(s).</source>
        <translation>
            <numerusform>已记录打印标牌：%n 个档案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an occupied unit or open its dossier first.</source>
        <translation>请先选择一个已入住的单元，或打开其档案。</translation>
    </message>
    <message>
        <source>This tenant has already given back every unit.</source>
        <translation>该客户已交还全部单元。</translation>
    </message>
    <message numerus="yes">
        <source>Units {units} given back; the dossier is departed.</source>
        <translation>
            <numerusform>单元 {units} 已交还；档案已转为“已退租”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Units {units} given back; the tenant keeps {kept}.</source>
        <translation>
            <numerusform>单元 {units} 已交还；客户仍保留 {kept}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenancyPage</name>
    <message>
        <source>Dates and contacts</source>
        <translation>日期和联络人</translation>
    </message>
    <message>
        <source>The emergency contact is required; the other contact is optional.</source>
        <translation>紧急联络人必填，其他联络人可选填。</translation>
    </message>
    <message>
        <source>Move-in &amp;date:</source>
        <translation>入住日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Fit-out &amp;until:</source>
        <translation>装修期至(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. cabinet 3, shelf 2</source>
        <translation>例如：3 号柜第 2 层</translation>
    </message>
    <message>
        <source>Dossier &amp;location:</source>
        <translation>档案存放位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact&lt;/b&gt;</source>
        <translation>&lt;b&gt;联络人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Contact name:</source>
        <translation>联络人姓名(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Emergency contact name:</source>
        <translation>紧急联络人姓名(&amp;E)：</translation>
    </message>
    <message>
        <source>Emergency contact mob&amp;ile:</source>
        <translation>紧急联络人手机(&amp;I)：</translation>
    </message>
    <message>
        <source>Name this contact, or clear the role and mobile.</source>
        <translation>请填写该联络人的姓名，或清空职务和手机。</translation>
    </message>
    <message>
        <source>Contact &amp;role:</source>
        <translation>联络人职务(&amp;R)：</translation>
    </message>
    <message>
        <source>Contact m&amp;obile:</source>
        <translation>联络人手机(&amp;O)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emergency contact&lt;/b&gt;</source>
        <translation>&lt;b&gt;紧急联络人&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TenancyUnitsModel</name>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
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
        <translation>待收回门禁卡和钥匙</translation>
    </message>
    <message>
        <source>&amp;Returned…</source>
        <translation>已收回(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Cards and keys to recover — {customer}</source>
        <translation>待收回门禁卡和钥匙 — {customer}</translation>
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
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Month&apos;s total (¥)</source>
        <translation>本月合计（元）</translation>
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
        <translation>本档案的回收站</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Documents moved to the trash are kept until you restore them.</source>
        <translation>移到回收站的文件会一直保留，直到您将其恢复。</translation>
    </message>
</context>
<context>
    <name>UnitCardModel</name>
    <message>
        <source>Papers missing</source>
        <translation>缺少资料</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>未登记位置</translation>
    </message>
    <message>
        <source>Out on loan</source>
        <translation>档案借出</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Move-in checklist papers missing: {count}</source>
        <translation>入住资料清单缺件：{count}</translation>
    </message>
    <message>
        <source>Documents without a paper location (not filed): {count}</source>
        <translation>未登记纸质存放位置的文件：{count}</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Overdue: ¥{amount} ({band})</source>
        <translation>逾期欠费：¥{amount}（{band}）</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>欠</translation>
    </message>
    <message>
        <source>Unit {number} ({floor})</source>
        <translation>单元 {number}（{floor}）</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>暂无客户</translation>
    </message>
    <message>
        <source>Dossier {number}</source>
        <translation>档案 {number}</translation>
    </message>
</context>
<context>
    <name>UnitHistoryList</name>
    <message>
        <source>Everyone who has occupied this unit; double-click opens their dossier.</source>
        <translation>曾入住本单元的所有客户；双击可打开其档案。</translation>
    </message>
    <message>
        <source>Unit history</source>
        <translation>单元入住记录</translation>
    </message>
    <message>
        <source>today</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
</context>
<context>
    <name>UnitPanel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <source>No unit selected</source>
        <translation>未选择单元</translation>
    </message>
    <message>
        <source>Unit {number} ({floor})</source>
        <translation>单元 {number}（{floor}）</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>入住记录：</translation>
    </message>
</context>
<context>
    <name>UnitUse</name>
    <message>
        <source>office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>仓储</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>商铺</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>单元</translation>
    </message>
    <message>
        <source>Tick the vacant units the customer moves into.</source>
        <translation>勾选客户入住的空置单元。</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>楼层(&amp;F)：</translation>
    </message>
    <message>
        <source>No vacant unit on {floor}: choose another floor.</source>
        <translation>{floor} 没有空置单元：请选择其他楼层。</translation>
    </message>
    <message>
        <source>Chosen: {units}</source>
        <translation>已选：{units}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>用户名</translation>
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
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须改密码</translation>
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
        <translation>修改类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Why (approval)</source>
        <translation>原因（审批）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>{number} (current)</source>
        <translation>{number}（当前）</translation>
    </message>
    <message>
        <source>{reason} (no. {number})</source>
        <translation>{reason}（审批 {number} 号）</translation>
    </message>
</context>
<context>
    <name>ViolationsModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规内容</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>通知编号</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Return visit — {name}</source>
        <translation>回访 — {name}</translation>
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
        <translation>受访人(&amp;S)：</translation>
    </message>
    <message>
        <source>What was &amp;discussed:</source>
        <translation>回访内容(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Follow-ups:</source>
        <translation>后续事项(&amp;F)：</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>S&amp;atisfaction:</source>
        <translation>满意程度(&amp;A)：</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;comment:</source>
        <translation>客户意见(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>VisitsDueWindow</name>
    <message>
        <source>Return visits due</source>
        <translation>应回访客户</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
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
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>登记回访(&amp;R)…</translation>
    </message>
    <message>
        <source>Print visit &amp;plan</source>
        <translation>打印回访计划(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) due from {first} to {last}</source>
        <translation>
            <numerusform>{first} 至 {last} 应回访 %n 户次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，其中逾期 %n 户次</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit plan {year}-{month:02d}</source>
        <translation>回访计划 {year}-{month:02d}</translation>
    </message>
    <message>
        <source>Another printout is still being made; try again in a moment.</source>
        <translation>另一份打印件仍在生成，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>What</source>
        <translation>申请事项</translation>
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
        <translation>欢迎使用客户档案台</translation>
    </message>
    <message>
        <source>Dossier Desk keeps one dossier per unit (一户一档), filed by floor. What would you like to do?</source>
        <translation>客户档案台按“一户一档”管理客户档案，并按楼层存放。请选择要做的事：</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <source>A made-up building with tenants and documents, to try everything safely.</source>
        <translation>一栋虚构的楼宇，含租户和文件，可放心试用各项功能。</translation>
    </message>
    <message>
        <source>Set up a new building</source>
        <translation>新建楼宇</translation>
    </message>
    <message>
        <source>Create a new dossier file: floors, unit numbers and the administrator.</source>
        <translation>创建新的档案库：楼层、单元编号和管理员。</translation>
    </message>
    <message>
        <source>Open an existing file</source>
        <translation>打开现有档案库</translation>
    </message>
    <message>
        <source>A dossier file made earlier or copied from another PC.</source>
        <translation>以前创建的或从其他电脑复制来的档案库。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>A backup made by Dossier Desk, e.g. on the old PC or on a USB stick, as a new file on this PC.</source>
        <translation>用客户档案台做的备份（例如旧电脑上或 U 盘里的），恢复为本机上的新档案库。</translation>
    </message>
    <message>
        <source>Connect to a server database</source>
        <translation>连接服务器数据库</translation>
    </message>
    <message>
        <source>The office&apos;s shared database on a PostgreSQL server, used by several front desks at once.</source>
        <translation>办公室放在数据库服务器上的共用数据库，多个前台可同时使用。</translation>
    </message>
    <message>
        <source>Building the demo building…</source>
        <translation>正在生成演示楼宇…</translation>
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
        <translation>演示</translation>
    </message>
    <message>
        <source>The demo could not be built: {error}</source>
        <translation>无法生成演示数据：{error}</translation>
    </message>
    <message>
        <source>Demo ready</source>
        <translation>演示数据已就绪</translation>
    </message>
    <message>
        <source>The demo is in {path}.

Accounts: {accounts}
Password (the same for all): {password}

Write the password down; you are now logged in as clerk.</source>
        <translation>演示数据位于 {path}。

账号：{accounts}
密码（所有账号相同）：{password}

请记下密码；现在已以 clerk（客务员）身份登录。</translation>
    </message>
    <message>
        <source>Open a dossier file</source>
        <translation>打开档案库</translation>
    </message>
    <message>
        <source>The backup was restored as {file}, verified.

To work on it later, choose Open an existing file, then this file.</source>
        <translation>备份已恢复为 {file}，并已通过验证。

以后要使用它，请选择“打开现有档案库”，再选这个文件。</translation>
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
        <translation>选择要把退租客户档案装盒的年度。</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部大厦</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>大厦(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>{year}: {ended} ended — {departed} not bound, {bound} bound, {archived} archived</source>
        <translation>{year} 年：退租 {ended} 户 — 未装订 {departed}，已装订 {bound}，已归档 {archived}</translation>
    </message>
    <message>
        <source>No tenancy has ended yet: there is nothing to archive.</source>
        <translation>还没有客户退租：没有需要归档的档案。</translation>
    </message>
    <message>
        <source>Every dossier of {year} is in a box already: nothing is left to archive.</source>
        <translation>{year} 年的档案都已装盒：没有剩下需要归档的。</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) of {year} are not in a box yet: {departed} still to bind, {bound} bound.</source>
        <translation>
            <numerusform>{year} 年有 %n 卷尚未装盒：待装订 {departed} 卷，已装订 {bound} 卷。</numerusform>
        </translation>
    </message>
    <message>
        <source>{year} has not ended yet: tenancies that end later this year will go into further boxes.</source>
        <translation>{year} 年尚未结束：今年稍后退租的客户将装入新的档案盒。</translation>
    </message>
</context>
<context>
    <name>_AreaChecks</name>
    <message>
        <source>A number of square metres, like 85.5.</source>
        <translation>请填写平方米数，如 85.5。</translation>
    </message>
</context>
<context>
    <name>_ConsentDialog</name>
    <message>
        <source>The department manager&apos;s approval</source>
        <translation>部门经理审批</translation>
    </message>
    <message>
        <source>&amp;Ask the manager now…</source>
        <translation>现在请经理签批(&amp;A)…</translation>
    </message>
    <message>
        <source>The department manager signs in here and decides at once</source>
        <translation>部门经理在本机登录并当场决定</translation>
    </message>
    <message>
        <source>&amp;Send for approval</source>
        <translation>提交审批(&amp;S)</translation>
    </message>
    <message>
        <source>The request waits in the department manager&apos;s list</source>
        <translation>申请进入部门经理的待审批列表</translation>
    </message>
    <message>
        <source>The manager did not sign; the request waits in the manager&apos;s list.</source>
        <translation>经理未签批；申请在经理的待审批列表中等待。</translation>
    </message>
    <message>
        <source>The manager refused: {note}</source>
        <translation>经理不同意：{note}</translation>
    </message>
</context>
<context>
    <name>_NewPassword</name>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>至少 {count} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>_ServiceList</name>
    <message>
        <source>Repairs</source>
        <translation>报修登记</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉登记</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规登记</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼宇</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>仅未办结(&amp;O)</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>从(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>仅超时(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼宇(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>超时 {count} 条</translation>
    </message>
</context>
<context>
    <name>action</name>
    <message>
        <source>read dossiers</source>
        <translation>查阅档案</translation>
    </message>
    <message>
        <source>set up buildings</source>
        <translation>设置大厦</translation>
    </message>
    <message>
        <source>move tenants in</source>
        <translation>办理入住</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>record documents</source>
        <translation>登记文件</translation>
    </message>
    <message>
        <source>edit documents</source>
        <translation>修改文件</translation>
    </message>
    <message>
        <source>edit contacts</source>
        <translation>修改联络人</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change a departed tenant&apos;s dossier</source>
        <translation>修改退租客户的档案</translation>
    </message>
    <message>
        <source>configure the move-in checklist</source>
        <translation>设置入住资料清单</translation>
    </message>
    <message>
        <source>move tenants out</source>
        <translation>办理退租</translation>
    </message>
    <message>
        <source>print dossier labels</source>
        <translation>打印档案标牌</translation>
    </message>
    <message>
        <source>bind departed dossiers</source>
        <translation>装订退租档案</translation>
    </message>
    <message>
        <source>run the annual archiving</source>
        <translation>进行年度归档</translation>
    </message>
    <message>
        <source>add a late paper to a bound dossier</source>
        <translation>向已装订的档案补充文件</translation>
    </message>
    <message>
        <source>print archive directories</source>
        <translation>打印归档目录</translation>
    </message>
    <message>
        <source>move stray files out of the scans folder</source>
        <translation>将无关文件移出扫描件文件夹</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>进行备份</translation>
    </message>
    <message>
        <source>change the backup settings</source>
        <translation>更改备份设置</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>ask for the department manager&apos;s approval</source>
        <translation>申请部门经理审批</translation>
    </message>
    <message>
        <source>approve or refuse requests</source>
        <translation>审批申请</translation>
    </message>
    <message>
        <source>ask to borrow dossiers</source>
        <translation>申请借阅档案</translation>
    </message>
    <message>
        <source>hand out lent dossiers</source>
        <translation>借出档案</translation>
    </message>
    <message>
        <source>take back lent dossiers</source>
        <translation>收回借出的档案</translation>
    </message>
    <message>
        <source>see persons&apos; ID numbers</source>
        <translation>查看个人身份证号</translation>
    </message>
    <message>
        <source>export personal mobile numbers</source>
        <translation>导出个人手机号码</translation>
    </message>
    <message>
        <source>reveal a masked ID number</source>
        <translation>显示遮蔽的身份证号</translation>
    </message>
    <message>
        <source>correct a typo in an original document</source>
        <translation>更正原件中的笔误</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation>修改自己的密码</translation>
    </message>
    <message>
        <source>see the user accounts</source>
        <translation>查看用户账户</translation>
    </message>
    <message>
        <source>propose dossiers past their retention for destruction</source>
        <translation>提出到期档案的销毁</translation>
    </message>
    <message>
        <source>record an approved destruction</source>
        <translation>登记已批准的销毁</translation>
    </message>
    <message>
        <source>change the building&apos;s floors and units</source>
        <translation>修改楼宇的楼层和单元</translation>
    </message>
    <message>
        <source>change the archive settings</source>
        <translation>修改档案设置</translation>
    </message>
    <message>
        <source>set up fee items, rates and the fee settings</source>
        <translation>设置收费项目、费率和收费设置</translation>
    </message>
    <message>
        <source>generate the monthly charges</source>
        <translation>生成每月应收费用</translation>
    </message>
    <message>
        <source>add or cancel one-off charges</source>
        <translation>添加或取消一次性收费</translation>
    </message>
    <message>
        <source>record payments</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>reverse payments</source>
        <translation>冲销收款</translation>
    </message>
    <message>
        <source>record, refund and retain deposits</source>
        <translation>登记、退还和扣留押金</translation>
    </message>
    <message>
        <source>record meter readings</source>
        <translation>登记水电表读数</translation>
    </message>
    <message>
        <source>record the chasing of arrears</source>
        <translation>登记催款记录</translation>
    </message>
    <message>
        <source>record and follow up repairs</source>
        <translation>登记和跟进报修</translation>
    </message>
    <message>
        <source>record and follow up complaints</source>
        <translation>登记和跟进投诉</translation>
    </message>
    <message>
        <source>approve how a complaint was handled</source>
        <translation>审批投诉处理结果</translation>
    </message>
    <message>
        <source>record violations and their notices</source>
        <translation>登记违规及整改通知</translation>
    </message>
    <message>
        <source>record fit-out projects</source>
        <translation>登记二装项目</translation>
    </message>
    <message>
        <source>approve fit-out projects and decide their inspections</source>
        <translation>审批二装项目并作出验收结论</translation>
    </message>
    <message>
        <source>record return visits</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>fill in registration forms</source>
        <translation>填写登记表</translation>
    </message>
    <message>
        <source>record satisfaction-survey answers</source>
        <translation>录入满意度调查问卷</translation>
    </message>
    <message>
        <source>open survey rounds and plan corrective actions</source>
        <translation>开始满意度调查并制定整改措施</translation>
    </message>
    <message>
        <source>change when repairs count as overdue</source>
        <translation>设置报修超时时限</translation>
    </message>
    <message>
        <source>import an office&apos;s spreadsheets</source>
        <translation>导入办公室的电子表格</translation>
    </message>
    <message>
        <source>choose where a server database keeps its scans</source>
        <translation>选择服务器数据库的扫描件保存位置</translation>
    </message>
    <message>
        <source>copy the whole record to a server or to a file</source>
        <translation>将全部档案记录复制到服务器或数据库文件</translation>
    </message>
    <message>
        <source>grade customers</source>
        <translation>评定客户等级</translation>
    </message>
    <message>
        <source>change the contact plan of each customer grade</source>
        <translation>修改各客户等级的联络计划</translation>
    </message>
    <message>
        <source>keep the authorised signatories and seal specimens</source>
        <translation>管理授权人与印章留存</translation>
    </message>
    <message>
        <source>keep customers&apos; staff and recover their cards and keys</source>
        <translation>登记客户员工并收回其门禁卡和钥匙</translation>
    </message>
    <message>
        <source>print scan cover sheets</source>
        <translation>打印扫描封面</translation>
    </message>
    <message>
        <source>file scans from the inbox folder</source>
        <translation>将收件文件夹中的扫描件归档</translation>
    </message>
    <message>
        <source>choose the scan inbox folder and whether it files by itself</source>
        <translation>设置扫描收件箱文件夹及是否自动归档</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The numbering pattern “{pattern}” is not valid ({problem}).</source>
        <translation>编号规则“{pattern}”无效（{problem}）。</translation>
    </message>
    <message>
        <source>The numbering pattern “{pattern}” must contain {{floor}} and {{unit}}, e.g. {{floor}}{{unit:02}}.</source>
        <translation>编号规则“{pattern}”必须包含 {{floor}} 和 {{unit}}，例如 {{floor}}{{unit:02}}。</translation>
    </message>
    <message>
        <source>The lowest floor ({low}) is above the highest floor ({high}).</source>
        <translation>最低楼层（{low}）高于最高楼层（{high}）。</translation>
    </message>
    <message>
        <source>The building needs at least one floor.</source>
        <translation>楼宇至少需要一个楼层。</translation>
    </message>
    <message>
        <source>The numbering pattern gives unit numbers like {number}, longer than {limit} characters.</source>
        <translation>按此编号规则生成的单元号（如 {number}）超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The numbering pattern gives unit {number} twice (floors {first} and {second}).</source>
        <translation>按此编号规则，单元 {number} 出现两次（{first} 和 {second}）。</translation>
    </message>
    <message>
        <source>There is already a building named “{name}”.</source>
        <translation>已有名为“{name}”的楼宇。</translation>
    </message>
    <message>
        <source>There is no unit with id {id}.</source>
        <translation>没有 ID 为 {id} 的单元。</translation>
    </message>
    <message>
        <source>Unit {unit} was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>单元 {unit} 其间已被他人修改，现已重新载入——请核对后再次保存。</translation>
    </message>
    <message>
        <source>Unit {unit} was retired on {day}: it no longer changes.</source>
        <translation>单元 {unit} 已于 {day} 停用，不能再修改。</translation>
    </message>
    <message>
        <source>The area must be a number of square metres from 0 up, not “{area}”.</source>
        <translation>面积必须是不小于 0 的平方米数，而不是“{area}”。</translation>
    </message>
    <message>
        <source>There is no building with id {id}.</source>
        <translation>没有 ID 为 {id} 的楼宇。</translation>
    </message>
    <message>
        <source>There is no unit {number}{where}.</source>
        <translation>没有单元 {number}{where}。</translation>
    </message>
    <message>
        <source>Unit {number} exists in several buildings ({buildings}); name the building.</source>
        <translation>多栋楼宇中都有单元 {number}（{buildings}），请指明楼宇。</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose a new name.</source>
        <translation>{path} 已存在文件，请换一个名称。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>There is no building named “{name}”.</source>
        <translation>没有名为“{name}”的楼宇。</translation>
    </message>
    <message>
        <source>There is no floor {floor}.</source>
        <translation>没有楼层 {floor}。</translation>
    </message>
    <message>
        <source>Floor {floor} exists in several buildings; name the building.</source>
        <translation>多栋楼宇中都有楼层 {floor}，请指明楼宇。</translation>
    </message>
    <message>
        <source>There is no archive box {number}.</source>
        <translation>没有档案盒 {number}。</translation>
    </message>
    <message>
        <source>Box {number} exists in several buildings; name the building.</source>
        <translation>多栋大厦都有档案盒 {number}，请指明大厦。</translation>
    </message>
    <message>
        <source>Give a phone or mobile number for {name}.</source>
        <translation>请填写 {name} 的电话或手机号码。</translation>
    </message>
    <message>
        <source>The contact “{name}” was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>联络人“{name}”其间已被他人修改，现已重新载入——请核对后再次保存。</translation>
    </message>
    <message>
        <source>There is no dossier with id {id}.</source>
        <translation>没有 ID 为 {id} 的档案。</translation>
    </message>
    <message>
        <source>Unknown retention period {retention}.</source>
        <translation>未知的保管期限 {retention}。</translation>
    </message>
    <message>
        <source>Dossier {number} is still live: only a departed tenant&apos;s dossier is bound.</source>
        <translation>档案 {number} 仍在使用中：只有退租客户的档案才能装订。</translation>
    </message>
    <message>
        <source>Dossier {number} is already bound (file number {file_number}).</source>
        <translation>档案 {number} 已经装订（案卷号 {file_number}）。</translation>
    </message>
    <message>
        <source>Dossier {number} has no documents: there is nothing to bind.</source>
        <translation>档案 {number} 没有文件：无可装订。</translation>
    </message>
    <message numerus="yes">
        <source>Dossier {number} has %n document(s) without a page count ({titles}): record their pages before binding, or bind it as it is.</source>
        <translation>
            <numerusform>档案 {number} 有 %n 件文件未登记页数（{titles}）：请先登记页数再装订，或按现状装订。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archival code {code} is longer than {limit} characters: shorten the archive settings.</source>
        <translation>档号 {code} 超过 {limit} 个字符：请缩短档案设置。</translation>
    </message>
    <message>
        <source>A box spine is 20, 30, 40 or 50 mm wide, not {value} mm.</source>
        <translation>档案盒盒脊厚度只能是 20、30、40 或 50 毫米，不能是 {value} 毫米。</translation>
    </message>
    <message>
        <source>{year} has not come yet: no tenancy can have ended in it.</source>
        <translation>{year} 年还没有到：不可能有租期在该年结束。</translation>
    </message>
    <message>
        <source>There is no archive box with id {id}.</source>
        <translation>没有编号为 {id} 的档案盒。</translation>
    </message>
    <message>
        <source>Box {number} was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>档案盒 {number} 其间已被他人修改，现已重新载入——请核对后再次保存。</translation>
    </message>
    <message>
        <source>Dossier {number} is bound; it can no longer change.</source>
        <translation>档案 {number} 已装订，不能再更改。</translation>
    </message>
    <message>
        <source>Dossier {number} is archived in its box; it can no longer change.</source>
        <translation>档案 {number} 已归档装盒，不能再更改。</translation>
    </message>
    <message>
        <source>Dossier {number} was destroyed; it can no longer change.</source>
        <translation>档案 {number} 已销毁，不能再更改。</translation>
    </message>
    <message>
        <source>Dossier {number} belongs to a departed tenant: only the supervisor or the department manager may change it.</source>
        <translation>档案 {number} 属于已退租客户：只有客务主管或客务部经理可以修改。</translation>
    </message>
    <message>
        <source>Dossier {number} is bound: only the department manager may add a late paper to it.</source>
        <translation>档案 {number} 已装订：只有客务部经理可以补充文件。</translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation>没有 ID 为 {id} 的联络人。</translation>
    </message>
    <message>
        <source>The customer kind must be company or person, not “{kind}”.</source>
        <translation>客户类型必须是公司或个人，而不是“{kind}”。</translation>
    </message>
    <message>
        <source>The customer “{name}” was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>客户“{name}”其间已被他人修改，现已重新载入——请核对后再次保存。</translation>
    </message>
    <message>
        <source>Type the whole ID number, or reveal it first and then correct it.</source>
        <translation>请输入完整的身份证号，或先显示全部再修改。</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>There is no customer with id {id}.</source>
        <translation>没有 ID 为 {id} 的客户。</translation>
    </message>
    <message>
        <source>Log in first: this needs a user.</source>
        <translation>请先登录：此操作需要用户身份。</translation>
    </message>
    <message>
        <source>Your password was set by an administrator: change it first, then you can carry on.</source>
        <translation>您的密码由系统管理员设置：请先修改密码，然后才能继续。</translation>
    </message>
    <message>
        <source>{path} is on a network share; a dossier file must be kept on this PC&apos;s own disk (SQLite cannot share a file between PCs safely).</source>
        <translation>{path} 位于网络共享文件夹中；档案库文件必须存放在本机硬盘上（SQLite 无法在多台电脑之间安全地共用一个文件）。</translation>
    </message>
    <message>
        <source>{location} is not a server address (postgresql://user@host/database).</source>
        <translation>{location} 不是服务器地址（postgresql://用户@主机/数据库）。</translation>
    </message>
    <message>
        <source>Your account was disabled; ask an administrator.</source>
        <translation>您的账户已被停用，请联系系统管理员。</translation>
    </message>
    <message>
        <source>A record was changed meanwhile by someone else; nothing was saved: reload it and try again.</source>
        <translation>一条记录其间已被他人修改，未保存任何内容：请重新载入后再试。</translation>
    </message>
    <message>
        <source>{file} is on a network share, so it is open read-only: SQLite cannot share a file between PCs safely. Several desks working together need a database on a PostgreSQL server.</source>
        <translation>{file} 位于网络共享文件夹中，因此以只读方式打开：SQLite 无法在多台电脑之间安全地共用一个文件。多个前台一起工作需要使用数据库服务器上的数据库。</translation>
    </message>
    <message>
        <source>{file} is open read-only here; nothing can be changed.</source>
        <translation>{file} 在此以只读方式打开，不能做任何修改。</translation>
    </message>
    <message>
        <source>Another desk is saving; try again in a moment.</source>
        <translation>另一处正在保存，请稍后再试。</translation>
    </message>
    <message>
        <source>The record refused this change ({rule}); nothing was saved.</source>
        <translation>记录拒绝了此修改（{rule}）；未保存任何内容。</translation>
    </message>
    <message>
        <source>{file} cannot be changed: the file or its folder is read-only.</source>
        <translation>无法修改 {file}：该文件或其所在文件夹是只读的。</translation>
    </message>
    <message>
        <source>The server refused the user name or password for {location}; check them and try again.</source>
        <translation>服务器拒绝了 {location} 的用户名或密码，请检查后重试。</translation>
    </message>
    <message>
        <source>The server has no database {location}; ask its administrator to create it (createdb), or check the name.</source>
        <translation>服务器上没有数据库 {location}：请让服务器管理员创建它（createdb），或检查名称。</translation>
    </message>
    <message>
        <source>The server for {location} cannot be reached ({detail}); check the address and that the server is running, then try again.</source>
        <translation>无法连接 {location} 所在的服务器（{detail}）：请检查地址并确认服务器正在运行，然后重试。</translation>
    </message>
    <message>
        <source>The server database {location} cannot be used ({detail}).</source>
        <translation>服务器数据库 {location} 无法使用（{detail}）。</translation>
    </message>
    <message>
        <source>Another desk saved the same thing meanwhile; nothing was saved here: try again.</source>
        <translation>其间另一处已保存了相同的内容；此处未保存任何内容，请再试一次。</translation>
    </message>
    <message>
        <source>{location} is not a server address: write it as postgresql://user@host/database.</source>
        <translation>{location} 不是服务器地址：请写成 postgresql://用户@主机/数据库。</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>{path} 处没有数据库文件。</translation>
    </message>
    <message>
        <source>{path} is not a Dossier Desk database ({detail}).</source>
        <translation>{path} 不是客户档案台的数据库（{detail}）。</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Dossier Desk ({detail}); update the program to open it.</source>
        <translation>{path} 由较新版本的客户档案台创建（{detail}），请先升级程序再打开。</translation>
    </message>
    <message>
        <source>Upgrading {path} failed and was undone ({detail}).</source>
        <translation>升级 {path} 失败，已撤销（{detail}）。</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Dossier Desk ({detail}) and must be upgraded before it can be read here, which a read-only opening cannot do; open it for changes once.</source>
        <translation>{path} 由较旧版本的客户档案台创建（{detail}），须先升级才能在此读取，而只读打开无法升级；请先以可修改方式打开一次。</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}), so it was not opened and nothing was saved into it. Restore the last good backup (Backup ▸ Restore…, or dossier-desk restore); dossier-desk check shows what is damaged.</source>
        <translation>{path} 已损坏（{detail}），因此没有打开，也没有向其中保存任何内容。请恢复最近一次完好的备份（备份 ▸ 恢复…，或 dossier-desk restore）；dossier-desk check 可显示损坏之处。</translation>
    </message>
    <message>
        <source>{path} cannot be read just now ({detail}); nothing was changed.</source>
        <translation>{path} 暂时无法读取（{detail}），未作任何更改。</translation>
    </message>
    <message>
        <source>The server database {path} already has tables ({detail}); a new dossier database needs an empty one.</source>
        <translation>服务器数据库 {path} 中已有数据表（{detail}）；新建档案数据库需要一个空的数据库。</translation>
    </message>
    <message>
        <source>{path} was not upgraded: the copy made before upgrading could not be written ({detail}).</source>
        <translation>{path} 未升级：升级前的副本无法写入（{detail}）。</translation>
    </message>
    <message>
        <source>“{file}” is not a readable file.</source>
        <translation>“{file}”不是可读取的文件。</translation>
    </message>
    <message>
        <source>“{file}” is not a PDF, JPG, PNG or TIFF scan.</source>
        <translation>“{file}”不是 PDF、JPG、PNG 或 TIFF 扫描件。</translation>
    </message>
    <message>
        <source>“{file}” is damaged and cannot be read ({problem}).</source>
        <translation>“{file}”已损坏，无法读取（{problem}）。</translation>
    </message>
    <message>
        <source>The move-in checklist was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>入住资料清单其间已被他人修改，现已重新载入——请核对后再次保存。</translation>
    </message>
    <message>
        <source>“{category}” is not a document category.</source>
        <translation>“{category}”不是文件类别。</translation>
    </message>
    <message>
        <source>A late paper needs its page count: it is numbered on after the bound pages ({field}).</source>
        <translation>补充文件必须登记页数：其页号接在已装订的页号之后（{field}）。</translation>
    </message>
    <message>
        <source>There is no document with id {id}.</source>
        <translation>没有 ID 为 {id} 的文件。</translation>
    </message>
    <message>
        <source>“{code}” is not an item of the move-in checklist.</source>
        <translation>“{code}”不是入住资料清单中的项目。</translation>
    </message>
    <message>
        <source>“{title}” is an original document; originals are never changed. An obvious typo can be corrected with the department manager&apos;s approval (Correct typo…).</source>
        <translation>“{title}”是原件；原件不可更改。如有明显笔误，可经部门经理批准更正（更正笔误…）。</translation>
    </message>
    <message>
        <source>“{title}” is a working copy: edit it instead of correcting it.</source>
        <translation>“{title}”是工作件：请直接修改，无需更正。</translation>
    </message>
    <message>
        <source>“{title}” stays an original: a correction fixes a typo, not what the paper is.</source>
        <translation>“{title}”仍是原件：更正只改笔误，不改文件的性质。</translation>
    </message>
    <message>
        <source>The document “{title}” was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>文件“{title}”其间已被他人修改，现已重新载入——请核对后再次保存。</translation>
    </message>
    <message>
        <source>A document&apos;s change is an edit, trashing or a typo correction.</source>
        <translation>文件的修改只能是编辑、移到回收站或更正笔误。</translation>
    </message>
    <message>
        <source>Choose at least one file to attach.</source>
        <translation>请至少选择一个要附加的文件。</translation>
    </message>
    <message>
        <source>“{title}” is an original document: its scans came with it, and no scan is added later.</source>
        <translation>“{title}”是原件：其扫描件随原件录入，之后不能再添加。</translation>
    </message>
    <message>
        <source>There is no scan with id {id}.</source>
        <translation>没有 ID 为 {id} 的扫描件。</translation>
    </message>
    <message>
        <source>The scan “{file}” was destroyed on {date} with the manager&apos;s approval; only its record remains.</source>
        <translation>扫描件“{file}”已于 {date} 经部门经理批准销毁，仅保留其记录。</translation>
    </message>
    <message>
        <source>The record of the scan “{file}” is damaged (its SHA-256 fingerprint is malformed), so it was not opened. Restore the file from a backup; dossier-desk check lists every damaged record.</source>
        <translation>扫描件“{file}”的记录已损坏（其 SHA-256 指纹格式不正确），因此没有打开。请从备份中恢复该文件；dossier-desk check 会列出所有损坏的记录。</translation>
    </message>
    <message>
        <source>There is no authorised signatory with id {id}.</source>
        <translation>没有编号为{id}的授权人。</translation>
    </message>
    <message>
        <source>There is no specimen with id {id}.</source>
        <translation>没有编号为{id}的样本。</translation>
    </message>
    <message>
        <source>The scan “{file}” in {folder} has been replaced by a link to another place, so it was not opened. Restore it from a backup.</source>
        <translation>{folder} 中的扫描件“{file}”已被替换为指向别处的链接，因此没有打开。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The scan “{file}” is missing from {folder}; restore it from a backup.</source>
        <translation>{folder} 中缺少扫描件“{file}”，请从备份中恢复。</translation>
    </message>
    <message>
        <source>The scan “{file}” kept in {folder} is not what was stored (its SHA-256 fingerprint differs), so it was not opened. Restore it from a backup; dossier-desk check lists every damaged scan.</source>
        <translation>保存在 {folder} 中的扫描件“{file}”与当初保存的内容不一致（其 SHA-256 指纹不同），因此没有打开。请从备份中恢复；dossier-desk check 会列出所有损坏的扫描件。</translation>
    </message>
    <message>
        <source>The authority cannot end before it begins ({date}).</source>
        <translation>授权截止日不能早于起始日（{date}）。</translation>
    </message>
    <message>
        <source>“{file}” is not a PNG or JPG picture.</source>
        <translation>“{file}”不是 PNG 或 JPG 图片。</translation>
    </message>
    <message>
        <source>“{file}” is larger than 20 MB: scan the specimen at a lower resolution.</source>
        <translation>“{file}”超过 20 MB：请以较低分辨率扫描样本。</translation>
    </message>
    <message>
        <source>Type the whole ID number.</source>
        <translation>请输入完整的身份证号。</translation>
    </message>
    <message>
        <source>The authorised signatory “{name}” was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>授权人“{name}”已被他人修改，已重新载入——请核对后再保存。</translation>
    </message>
    <message>
        <source>{name}&apos;s authority already ended on {date}.</source>
        <translation>{name}的授权已于{date}终止。</translation>
    </message>
    <message>
        <source>There is no seal “{seal}”; choose official, contract, finance or other.</source>
        <translation>没有“{seal}”这种印章；请选择公章、合同章、财务章或其他印章。</translation>
    </message>
    <message>
        <source>{field} cannot be in the future.</source>
        <translation>{field}不能晚于今天。</translation>
    </message>
    <message>
        <source>Unit {unit} has no dossier: nobody has moved in yet.</source>
        <translation>单元 {unit} 没有档案：尚无客户入住。</translation>
    </message>
    <message>
        <source>There is no dossier numbered {number}.</source>
        <translation>没有编号为 {number} 的档案。</translation>
    </message>
    <message>
        <source>The move-out date {move_out} is not after the move-in date {move_in}.</source>
        <translation>退租日期 {move_out} 不晚于入住日期 {move_in}。</translation>
    </message>
    <message>
        <source>The fit-out end {date} is before the move-in date.</source>
        <translation>装修结束日期 {date} 早于入住日期。</translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation>请至少选择一个单元。</translation>
    </message>
    <message>
        <source>The same unit is chosen twice.</source>
        <translation>同一单元被选择了两次。</translation>
    </message>
    <message>
        <source>Unit {unit} was retired on {day}: no one moves in there.</source>
        <translation>单元 {unit} 已于 {day} 停用，不能办理入住。</translation>
    </message>
    <message>
        <source>Unit {unit} was moved into meanwhile at another desk ({customer}, from {since}); nothing was saved. Choose another unit or date.</source>
        <translation>单元 {unit} 其间已在另一处办理入住（{customer}，自 {since} 起）；未保存任何内容。请另选单元或日期。</translation>
    </message>
    <message>
        <source>Unit {unit} is occupied by {customer} from {since} to {until} on that date.</source>
        <translation>单元 {unit} 在该日期由 {customer} 占用（{since} 至 {until}）。</translation>
    </message>
    <message>
        <source>keys returned</source>
        <translation>钥匙已交回</translation>
    </message>
    <message>
        <source>access cards returned</source>
        <translation>门禁卡已交回</translation>
    </message>
    <message>
        <source>final electricity meter reading</source>
        <translation>电表末次读数</translation>
    </message>
    <message>
        <source>final water meter reading</source>
        <translation>水表末次读数</translation>
    </message>
    <message>
        <source>deposit refunded, or retained with a reason</source>
        <translation>押金已退还，或已注明扣留原因</translation>
    </message>
    <message>
        <source>forwarding contact</source>
        <translation>迁出后联系方式</translation>
    </message>
    <message>
        <source>{field} must be a meter reading of 0 or more, not “{value}”.</source>
        <translation>{field}必须是不小于 0 的读数，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be water or electricity, not “{value}”.</source>
        <translation>{field}必须是水或电，而不是“{value}”。</translation>
    </message>
    <message>
        <source>This meter has a reading for {date} already.</source>
        <translation>该表在 {date} 已有读数。</translation>
    </message>
    <message>
        <source>{field} {value} is lower than the reading of {date} ({before}); for a new meter, give its number.</source>
        <translation>{field} {value} 低于 {date} 的读数（{before}）；如为新换的表，请填写表号。</translation>
    </message>
    <message>
        <source>{field} must be a whole number of days from 0 to 36500.</source>
        <translation>{field}必须是 0 到 36500 之间的整天数。</translation>
    </message>
    <message>
        <source>There is no tenancy with id {id}.</source>
        <translation>没有 ID 为 {id} 的租期记录。</translation>
    </message>
    <message>
        <source>{field} is still to come ({date}).</source>
        <translation>{field}还未到（{date}）。</translation>
    </message>
    <message>
        <source>{field} must be phone, letter, visit, e-mail or text message, not “{value}”.</source>
        <translation>{field}必须是电话、信函、上门、电子邮件或短信，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{field} is before the day of the call ({date}).</source>
        <translation>{field}早于催款当天（{date}）。</translation>
    </message>
    <message>
        <source>The tenancy of “{customer}” was changed meanwhile by someone else; it has been reloaded — check it and save again.</source>
        <translation>“{customer}”的租期记录其间已被他人修改，现已重新载入——请核对后再次保存。</translation>
    </message>
    <message>
        <source>Unit id {id} is not one this tenant still occupies.</source>
        <translation>ID 为 {id} 的单元不在该客户目前租用的单元之中。</translation>
    </message>
    <message>
        <source>This tenant has already given back every unit.</source>
        <translation>该客户已交还全部单元。</translation>
    </message>
    <message>
        <source>A move-out is recorded on the day the keys come back ({date} is still to come); for a coming move-out, record the notice.</source>
        <translation>退租应在交还钥匙当天登记（{date} 尚未到来）；如果是即将退租，请登记退租通知。</translation>
    </message>
    <message>
        <source>The deposits still hold money not yet refunded or retained: {held}. Refund or retain them first (the dossier&apos;s Fees section).</source>
        <translation>押金尚未退还或扣留：{held}。请先在档案的“费用”页退还或扣留。</translation>
    </message>
    <message>
        <source>The move-out checklist is not complete; still missing: {items}.</source>
        <translation>退租清单尚未完成，仍缺：{items}。</translation>
    </message>
    <message>
        <source>A notice is for a day still to come, not {date}; record the move-out instead.</source>
        <translation>退租通知只能用于将来的日期，{date} 不可以；请直接登记退租。</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>A login name uses letters, digits and punctuation, without spaces: “{login}”.</source>
        <translation>用户名只能使用字母、数字和标点，不能有空格：“{login}”。</translation>
    </message>
    <message>
        <source>There is already a user named “{login}”.</source>
        <translation>已有名为“{login}”的用户。</translation>
    </message>
    <message>
        <source>This database already has users; log in as an administrator.</source>
        <translation>此数据库已有用户，请以管理员身份登录。</translation>
    </message>
    <message>
        <source>There is no user named “{login}”.</source>
        <translation>没有名为“{login}”的用户。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>此用户已不存在。</translation>
    </message>
    <message>
        <source>The user “{login}” was changed meanwhile by someone else; look again.</source>
        <translation>用户“{login}”已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>“{login}” is the last active administrator, so the account stays an active administrator; make another user an administrator first.</source>
        <translation>“{login}”是最后一个启用中的系统管理员，因此该账户必须保持为启用的系统管理员；请先将另一位用户设为系统管理员。</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>当前密码错误，未作任何修改。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The account “{login}” is locked after too many wrong passwords, until {until}; try again then, or ask an administrator to unlock it.</source>
        <translation>账户“{login}”因密码错误次数过多已被锁定，至 {until}；请届时再试，或请系统管理员解锁。</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The figure “{kind}” has a list window of its own.</source>
        <translation>“{kind}”这项数据有自己的列表窗口。</translation>
    </message>
    <message>
        <source>{field} must be a month written as YYYY-MM, such as 2026-03, not “{value}”.</source>
        <translation>{field}必须写成 YYYY-MM 格式的月份，例如 2026-03，而不是“{value}”。</translation>
    </message>
    <message>
        <source>There is no fee item with id {id}.</source>
        <translation>没有编号为 {id} 的收费项目。</translation>
    </message>
    <message>
        <source>“{item}” is charged by the monthly run, not by hand; choose a one-off item.</source>
        <translation>“{item}”由每月生成费用时自动计收，不能手工添加；请选择一次性收费项目。</translation>
    </message>
    <message>
        <source>Unit id {id} is not one of this tenancy&apos;s units.</source>
        <translation>编号为 {id} 的房间不属于该租户。</translation>
    </message>
    <message>
        <source>There is no charge with id {id}.</source>
        <translation>没有编号为 {id} 的应收费用。</translation>
    </message>
    <message>
        <source>{field} must not be empty.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <source>Only a one-off charge is cancelled by hand; a monthly charge follows the tenancy&apos;s dates.</source>
        <translation>只有一次性收费可以手工取消；每月费用按租期自动调整。</translation>
    </message>
    <message>
        <source>This charge has been cancelled already.</source>
        <translation>该笔费用已经取消。</translation>
    </message>
    <message>
        <source>This charge has been paid (in part): reverse the payment first.</source>
        <translation>该笔费用已（部分）收款：请先冲销该笔收款。</translation>
    </message>
    <message>
        <source>The scans of a dossier file are always kept in the folder beside it; this setting is for a database on a server.</source>
        <translation>档案数据库文件的扫描件始终保存在文件旁边的文件夹中；此设置仅适用于服务器上的数据库。</translation>
    </message>
    <message>
        <source>Choose the shared folder the scans are to be kept in.</source>
        <translation>请选择用来保存扫描件的共享文件夹。</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {limit}).</source>
        <translation>{field}太长（{length} 个字符，最多 {limit} 个）。</translation>
    </message>
    <message>
        <source>The scans folder must be a full path every desk reaches (such as \\server\scans), not “{path}”.</source>
        <translation>扫描件文件夹必须是每台前台电脑都能访问的完整路径（例如 \\档案服务器\扫描件），而不是“{path}”。</translation>
    </message>
    <message>
        <source>The folder {path} cannot be reached from this desk; every desk must reach the scans folder.</source>
        <translation>本机无法访问文件夹 {path}；每台前台电脑都必须能访问扫描件文件夹。</translation>
    </message>
    <message>
        <source>The database already keeps scans ({count}); they would not be found in a folder, so the place was not changed. Moving scans is not something this version does.</source>
        <translation>数据库中已保存扫描件（{count} 个），改用文件夹后将找不到它们，因此未更改保存位置。此版本不能迁移扫描件。</translation>
    </message>
    <message>
        <source>The scans folder {folder} cannot be reached from this desk, so it cannot be told whether it holds scans; the place was not changed.</source>
        <translation>本机无法访问扫描件文件夹 {folder}，无法判断其中是否有扫描件；未更改保存位置。</translation>
    </message>
    <message>
        <source>The scans folder {folder} already holds scans ({count}); they would not be found in the new place, so the place was not changed. Moving scans is not something this version does.</source>
        <translation>扫描件文件夹 {folder} 中已有扫描件（{count} 个），改到新位置后将找不到它们，因此未更改保存位置。此版本不能迁移扫描件。</translation>
    </message>
    <message>
        <source>{field} must be a full path (with its drive or starting at /), not “{path}”.</source>
        <translation>{field}必须是完整路径（含盘符，或以 / 开头），而不是“{path}”。</translation>
    </message>
    <message>
        <source>{field} must not be inside the database&apos;s own scans folder {scans}.</source>
        <translation>{field}不能位于数据库自身的扫描件文件夹 {scans} 之内。</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}, not “{value}”.</source>
        <translation>{field}必须是 {low} 到 {high} 之间的整数，而不是“{value}”。</translation>
    </message>
    <message>
        <source>There is no complaint {number}.</source>
        <translation>没有编号为 {number} 的投诉。</translation>
    </message>
    <message>
        <source>Complaint {number} was changed meanwhile; look at it again, then repeat the step.</source>
        <translation>投诉 {number} 已被他人修改；请重新查看后再办理这一步。</translation>
    </message>
    <message>
        <source>{field} must be a date.</source>
        <translation>{field}必须是日期。</translation>
    </message>
    <message>
        <source>{field} is in the future ({value}).</source>
        <translation>{field}不能晚于现在（{value}）。</translation>
    </message>
    <message>
        <source>{field} must be a date written as YYYY-MM-DD, not “{value}”.</source>
        <translation>{field}必须是 YYYY-MM-DD 格式的日期，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be a date from {first} to {last}, not {value}.</source>
        <translation>{field}必须是 {first} 到 {last} 之间的日期，而不是 {value}。</translation>
    </message>
    <message>
        <source>{rows} × {columns} labels of {width} × {height} mm do not fit on an A4 page with these margins.</source>
        <translation>按当前页边距，{rows} × {columns} 个 {width} × {height} mm 的标牌排不进一张 A4 纸。</translation>
    </message>
    <message>
        <source>The code on a label is “qr” or “barcode”, not “{code}”.</source>
        <translation>标牌上的码只能是“qr”（二维码）或“barcode”（条形码），而不是“{code}”。</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>没有要打印的标牌。</translation>
    </message>
    <message>
        <source>There are no archive boxes for {year} yet: archive the year first.</source>
        <translation>{year} 年还没有档案盒：请先进行该年度归档。</translation>
    </message>
    <message>
        <source>Choose at least one archive box.</source>
        <translation>请至少选择一个档案盒。</translation>
    </message>
    <message>
        <source>A hand-over list is of a year or of chosen archive boxes: choose one of them.</source>
        <translation>移交清单按年度或按所选档案盒打印：请选择其中一种。</translation>
    </message>
    <message>
        <source>Your role, {role}, may not {action}.</source>
        <translation>您的角色（{role}）无权{action}。</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}); nothing more was saved into it. Restore the last good backup (Backup ▸ Restore…, or dossier-desk restore); dossier-desk check shows what is damaged.</source>
        <translation>数据库文件已损坏（{detail}），没有再向其中保存任何内容。请恢复最近一次完好的备份（备份 ▸ 恢复…，或 dossier-desk restore）；dossier-desk check 可显示损坏之处。</translation>
    </message>
    <message>
        <source>The database file could not be read or written ({detail}); nothing more was saved.</source>
        <translation>无法读写数据库文件（{detail}），没有再保存任何内容。</translation>
    </message>
    <message>
        <source>{file} is open in Dossier Desk by {user} on {pc} since {since}.</source>
        <translation>{file} 已由 {user} 在 {pc} 上用客户档案台打开（自 {since} 起）。</translation>
    </message>
    <message>
        <source>No backup folder is set yet; choose one, best on another disk or a USB stick.</source>
        <translation>尚未设置备份文件夹；请选择一个，最好位于另一块磁盘或 U 盘上。</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>恢复已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing of it was kept.</source>
        <translation>备份已取消，未保留任何内容。</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached or made ({reason}).</source>
        <translation>无法访问或创建备份文件夹 {folder}（{reason}）。</translation>
    </message>
    <message>
        <source>Another backup into {folder} is running; try again when it has finished.</source>
        <translation>另一个备份正在写入 {folder}；请待其完成后再试。</translation>
    </message>
    <message>
        <source>The database {path} could not be read ({detail}); run check on it.</source>
        <translation>无法读取数据库 {path}（{detail}）；请对其运行检查（check）。</translation>
    </message>
    <message>
        <source>The scan {sha} is missing from {folder}; run check on {path}. Nothing of the backup was kept.</source>
        <translation>{folder} 中缺少扫描件 {sha}；请对 {path} 运行检查（check）。此次备份未保留任何内容。</translation>
    </message>
    <message>
        <source>The scan {sha} in {folder} no longer matches its SHA-256; run check on {path}. Nothing of the backup was kept.</source>
        <translation>{folder} 中的扫描件 {sha} 已与其 SHA-256 不一致；请对 {path} 运行检查（check）。此次备份未保留任何内容。</translation>
    </message>
    <message>
        <source>{path} is not a Dossier Desk database; it was not backed up.</source>
        <translation>{path} 不是客户档案台的数据库，未备份。</translation>
    </message>
    <message>
        <source>{path} names a scan by a malformed hash ({detail}); run check on it.</source>
        <translation>{path} 中有扫描件的哈希值格式错误（{detail}）；请对其运行检查（check）。</translation>
    </message>
    <message>
        <source>The copy of {path} failed SQLite&apos;s integrity check ({detail}); run check on the database.</source>
        <translation>{path} 的副本未通过 SQLite 完整性检查（{detail}）；请对数据库运行检查（check）。</translation>
    </message>
    <message>
        <source>The copy of {path} does not hold the rows the database held; nothing was kept.</source>
        <translation>{path} 的副本与数据库中的记录不一致；未保留任何内容。</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not keep what is written to it intact; use another.</source>
        <translation>备份文件夹 {folder} 无法完好保存写入的内容；请换一个。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; the restore stopped and {target} is unchanged.</source>
        <translation>{path} 所在磁盘已满；恢复已停止，{target} 未被更改。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; the backup stopped and nothing of it was kept.</source>
        <translation>{path} 所在磁盘已满；备份已停止，未保留任何内容。</translation>
    </message>
    <message>
        <source>The restore could not use {path} ({reason}); {target} is unchanged.</source>
        <translation>恢复无法使用 {path}（{reason}）；{target} 未被更改。</translation>
    </message>
    <message>
        <source>The backup could not use {path} ({reason}); nothing of it was kept.</source>
        <translation>备份无法使用 {path}（{reason}）；未保留任何内容。</translation>
    </message>
    <message>
        <source>{folder} is not a readable Dossier Desk backup ({detail}).</source>
        <translation>{folder} 不是可读取的客户档案台备份（{detail}）。</translation>
    </message>
    <message>
        <source>{folder} was made by a newer version of Dossier Desk; update the program.</source>
        <translation>{folder} 由较新版本的客户档案台创建；请升级程序。</translation>
    </message>
    <message>
        <source>{folder} is a backup folder, not one backup; choose one of the dated folders inside it.</source>
        <translation>{folder} 是备份文件夹，而不是一份备份；请选择其中一个以日期命名的文件夹。</translation>
    </message>
    <message>
        <source>There is no backup in {folder} (it has no manifest.json).</source>
        <translation>{folder} 中没有备份（缺少 manifest.json）。</translation>
    </message>
    <message>
        <source>{path} is a pg_dump of a server database: restore it into an empty server database, then make a file of it with export-to-file.</source>
        <translation>{path} 是服务器数据库的 pg_dump 备份：请先把它恢复到一个空的服务器数据库，再用 export-to-file 导出为数据库文件。</translation>
    </message>
    <message>
        <source>The restore stopped ({detail}); {target} is unchanged.</source>
        <translation>恢复已停止（{detail}）；{target} 未被更改。</translation>
    </message>
    <message>
        <source>{path} is open in Dossier Desk or another program; close it there first, then restore.</source>
        <translation>{path} 正在客户档案台或其他程序中打开；请先在那里关闭，再进行恢复。</translation>
    </message>
    <message>
        <source>{path} is a folder; name the database file to restore to.</source>
        <translation>{path} 是文件夹；请指定要恢复到的数据库文件。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name for the restored file.</source>
        <translation>{path} 已存在；请为恢复的文件另取一个名称。</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose a new name, or replace it (it is backed up first).</source>
        <translation>{path} 已存在文件；请换一个名称，或替换它（会先备份）。</translation>
    </message>
    <message>
        <source>{path} is not a Dossier Desk database; it is not replaced.</source>
        <translation>{path} 不是客户档案台的数据库，不会被替换。</translation>
    </message>
    <message>
        <source>The restored scan {sha} did not read back as written; the disk of {folder} may be failing.</source>
        <translation>恢复的扫描件 {sha} 读回的内容与写入的不一致；{folder} 所在磁盘可能出现故障。</translation>
    </message>
    <message>
        <source>The backup {folder} is damaged ({detail}); restore another one.</source>
        <translation>备份 {folder} 已损坏（{detail}）；请恢复另一份备份。</translation>
    </message>
    <message>
        <source>{file} cannot be written: the disk is read-only.</source>
        <translation>无法写入 {file}：磁盘是只读的。</translation>
    </message>
    <message>
        <source>The name {file} is too long for the disk; choose a shorter name.</source>
        <translation>名称 {file} 太长，磁盘无法保存；请换一个较短的名称。</translation>
    </message>
    <message>
        <source>{file} is a folder; give the name of a file.</source>
        <translation>{file} 是文件夹；请给出文件名。</translation>
    </message>
    <message>
        <source>{file} cannot be written: a part of its path is a file, not a folder.</source>
        <translation>无法写入 {file}：其路径中有一部分是文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>{file} cannot be written: the folder {folder} does not exist.</source>
        <translation>无法写入 {file}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>A file already exists at {file}; choose a new name.</source>
        <translation>{file} 已存在文件，请换一个名称。</translation>
    </message>
    <message>
        <source>The disk failed while writing {file} ({problem}); check the disk or choose another one.</source>
        <translation>写入 {file} 时磁盘出错（{problem}）；请检查磁盘或换一个磁盘。</translation>
    </message>
    <message>
        <source>The disk is full: {file} was not written. Free some space or choose another disk.</source>
        <translation>磁盘已满：{file} 未写入。请腾出空间或换一个磁盘。</translation>
    </message>
    <message>
        <source>{file} cannot be written: access is denied (a read-only place, or the file is open in another program).</source>
        <translation>无法写入 {file}：访问被拒绝（只读位置，或文件正被其他程序打开）。</translation>
    </message>
    <message>
        <source>{file} is in use by another program; close it and try again.</source>
        <translation>{file} 正被其他程序使用；请关闭后重试。</translation>
    </message>
    <message>
        <source>{file} could not be written ({problem}).</source>
        <translation>无法写入 {file}（{problem}）。</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{file} cannot be read: access is denied.</source>
        <translation>无法读取 {file}：访问被拒绝。</translation>
    </message>
    <message>
        <source>{file} could not be read ({problem}).</source>
        <translation>无法读取 {file}（{problem}）。</translation>
    </message>
    <message>
        <source>It is recorded, but {file} could not be put in place ({problem}); the complete file is {partial}.</source>
        <translation>已记录，但无法将 {file} 放到位（{problem}）；完整的文件是 {partial}。</translation>
    </message>
    <message>
        <source>A folder {folder} is already beside {path}; move it away or choose a new name.</source>
        <translation>{path} 旁已有文件夹 {folder}；请将其移走或换一个名称。</translation>
    </message>
    <message>
        <source>There is no kind of request called “{kind}”.</source>
        <translation>没有名为“{kind}”的申请类别。</translation>
    </message>
    <message>
        <source>There is already a request for this waiting or approved ({what}); nothing new was asked.</source>
        <translation>此事已有待审批或已批准的申请（{what}），未重复申请。</translation>
    </message>
    <message>
        <source>There is no request number {number}.</source>
        <translation>没有编号为 {number} 的申请。</translation>
    </message>
    <message>
        <source>Request number {number} was changed meanwhile; look at it again.</source>
        <translation>申请 {number} 刚被他人改动，请重新查看。</translation>
    </message>
    <message>
        <source>Request number {number} is no longer waiting: {status}.</source>
        <translation>申请 {number} 已不在待审批状态：{status}。</translation>
    </message>
    <message>
        <source>Say why the request is refused: the person who asked will read it.</source>
        <translation>请写明不批准的理由，申请人会看到。</translation>
    </message>
    <message>
        <source>Request number {number} can no longer be withdrawn: {status}.</source>
        <translation>申请 {number} 已不能撤回：{status}。</translation>
    </message>
    <message>
        <source>Only the person who asked, or the manager, can withdraw request number {number}.</source>
        <translation>只有申请人或部门经理可以撤回申请 {number}。</translation>
    </message>
    <message>
        <source>As the manager&apos;s own decision this needs a reason, kept with the record.</source>
        <translation>由经理直接决定时须写明理由，理由将随记录保存。</translation>
    </message>
    <message>
        <source>The request for this ({what}) is still waiting for the department manager; it can be done once it is approved, or when the manager signs here.</source>
        <translation>此事的申请（{what}）仍在等待部门经理审批；批准后，或经理在此当场签批后，才能办理。</translation>
    </message>
    <message>
        <source>This needs the department manager&apos;s approval first ({what}): ask for it, or have the manager sign here.</source>
        <translation>此事须先经部门经理批准（{what}）：请提交申请，或请经理在此当场签批。</translation>
    </message>
    <message>
        <source>{field} must be a month written as YYYY-MM, not “{value}”.</source>
        <translation>{field}须写作 YYYY-MM 格式的月份，而不是“{value}”。</translation>
    </message>
    <message>
        <source>The payment with receipt {number} has not been reversed.</source>
        <translation>收据 {number} 的收款未被红冲。</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it begins ({first}).</source>
        <translation>期间的截止日期（{last}）早于起始日期（{first}）。</translation>
    </message>
    <message>
        <source>Name at least one dossier to lend.</source>
        <translation>请至少指定一份要借阅的档案。</translation>
    </message>
    <message>
        <source>Loan {id} has no request to decide.</source>
        <translation>借阅单 {id} 没有待审批的申请。</translation>
    </message>
    <message>
        <source>There is no loan number {id}.</source>
        <translation>没有编号为 {id} 的借阅单。</translation>
    </message>
    <message>
        <source>{field} cannot be before today ({today}).</source>
        <translation>{field}不能早于今天（{today}）。</translation>
    </message>
    <message>
        <source>One request lends at most {limit} dossiers.</source>
        <translation>一次申请最多借阅 {limit} 份档案。</translation>
    </message>
    <message>
        <source>Dossier {number} was destroyed; it cannot be lent.</source>
        <translation>档案 {number} 已销毁，不能借阅。</translation>
    </message>
    <message>
        <source>Dossier {number} is out on loan to {borrower} since {since}.</source>
        <translation>档案 {number} 自 {since} 起已借给 {borrower}。</translation>
    </message>
    <message>
        <source>Dossier {number} is already asked for by {borrower} (loan {loan}).</source>
        <translation>档案 {number} 已由 {borrower} 申请借阅（借阅单 {loan}）。</translation>
    </message>
    <message>
        <source>Loan {id} was handed out already.</source>
        <translation>借阅单 {id} 已借出。</translation>
    </message>
    <message>
        <source>Loan {id} came back already.</source>
        <translation>借阅单 {id} 已归还。</translation>
    </message>
    <message>
        <source>Loan {id} was refused; it cannot be handed out.</source>
        <translation>借阅单 {id} 未获批准，不能借出。</translation>
    </message>
    <message>
        <source>Loan {id} was withdrawn; it cannot be handed out.</source>
        <translation>借阅 {id} 已撤回，不能借出。</translation>
    </message>
    <message>
        <source>Say what was missing or damaged when the dossiers did not come back complete.</source>
        <translation>档案归还不完好时，请注明缺失或损坏的内容。</translation>
    </message>
    <message>
        <source>Loan {id} was never handed out; there is nothing to take back.</source>
        <translation>借阅单 {id} 尚未借出，无需归还。</translation>
    </message>
    <message>
        <source>Loan {id} was changed meanwhile by someone else; look at it again.</source>
        <translation>借阅单 {id} 已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>{field} must be a month from 1 to 12, not “{value}”.</source>
        <translation>{field}须为 1 至 12 的月份，而不是“{value}”。</translation>
    </message>
    <message>
        <source>The day “until” ({until}) is before the day “since” ({since}).</source>
        <translation>截止日期（{until}）早于起始日期（{since}）。</translation>
    </message>
    <message>
        <source>There is no user “{login}”.</source>
        <translation>没有用户“{login}”。</translation>
    </message>
    <message>
        <source>Choose at least one dossier for the destruction list.</source>
        <translation>请至少选择一卷档案列入销毁清册。</translation>
    </message>
    <message>
        <source>A dossier is named twice in the destruction list.</source>
        <translation>销毁清册中有档案重复列出。</translation>
    </message>
    <message>
        <source>Dossier {id} is not due for appraisal on {date}: its retention has not run out, it is already on a destruction list, or it was kept longer.</source>
        <translation>档案 {id} 在 {date} 不需鉴定：保管期限未满、已列入销毁清册，或已延长保管。</translation>
    </message>
    <message>
        <source>A file kept longer ({file_number}) is kept until a year from {first} to {last}.</source>
        <translation>延长保管的档案（{file_number}）须保管至 {first} 年至 {last} 年之间的某一年。</translation>
    </message>
    <message>
        <source>Say why {file_number} is kept longer (延长保管的理由).</source>
        <translation>请填写 {file_number} 延长保管的理由。</translation>
    </message>
    <message>
        <source>There is no destruction list {number}.</source>
        <translation>没有销毁清册 {number}。</translation>
    </message>
    <message>
        <source>A destruction is witnessed by two people (监销人): name both.</source>
        <translation>销毁须有两名监销人，请填写两人姓名。</translation>
    </message>
    <message>
        <source>The two witnesses (监销人) must be two different people.</source>
        <translation>两名监销人必须是不同的人。</translation>
    </message>
    <message>
        <source>Destruction list {number} was changed meanwhile; look at it again.</source>
        <translation>销毁清册 {number} 已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>Destruction list {number} was already carried out.</source>
        <translation>销毁清册 {number} 已经执行销毁。</translation>
    </message>
    <message>
        <source>Destruction list {number} is not approved by the department manager: nothing is destroyed.</source>
        <translation>销毁清册 {number} 未经部门经理批准，未销毁任何档案。</translation>
    </message>
    <message>
        <source>Dossier {number} is no longer bound or archived: nothing is destroyed.</source>
        <translation>档案 {number} 已不是已装订或已归档状态，未销毁任何档案。</translation>
    </message>
    <message>
        <source>There is no floor 0: basements are −1, −2 …, floors above ground 1, 2 …</source>
        <translation>没有第 0 层：地下层为 −1、−2 …，地上层为 1、2 …</translation>
    </message>
    <message>
        <source>The building already has a floor at level {level} ({label}).</source>
        <translation>楼宇已有层号为 {level} 的楼层（{label}）。</translation>
    </message>
    <message>
        <source>Floor {floor} was changed meanwhile by someone else; it has been reloaded — check it and try again.</source>
        <translation>楼层 {floor} 已被他人修改，已重新读取——请核对后重试。</translation>
    </message>
    <message>
        <source>Floor {floor} still has units in use ({units}): retire or merge them first.</source>
        <translation>楼层 {floor} 仍有在用单元（{units}）：请先停用或合并这些单元。</translation>
    </message>
    <message>
        <source>Unit {unit} has a tenancy ({customer}, from {since}): it cannot be retired.</source>
        <translation>单元 {unit} 有租约（{customer}，自 {since} 起），不能停用。</translation>
    </message>
    <message>
        <source>Choose at least two units to merge.</source>
        <translation>请至少选择两个单元进行合并。</translation>
    </message>
    <message>
        <source>Only units on one floor can be merged ({units} are on different floors).</source>
        <translation>只能合并同一楼层的单元（{units} 不在同一楼层）。</translation>
    </message>
    <message>
        <source>Unit {unit} has a tenancy ({customer}, from {since}): it cannot be merged.</source>
        <translation>单元 {unit} 有租约（{customer}，自 {since} 起），不能合并。</translation>
    </message>
    <message>
        <source>Unit {unit} has a tenancy ({customer}, from {since}): it cannot be split.</source>
        <translation>单元 {unit} 有租约（{customer}，自 {since} 起），不能拆分。</translation>
    </message>
    <message>
        <source>A unit is split into at least two parts.</source>
        <translation>单元至少要拆分为两部分。</translation>
    </message>
    <message>
        <source>Unit number {number} is given twice.</source>
        <translation>单元号 {number} 重复。</translation>
    </message>
    <message>
        <source>The parts measure {total} m², more than unit {unit}&apos;s {area} m².</source>
        <translation>各部分合计 {total} m²，超过单元 {unit} 的 {area} m²。</translation>
    </message>
    <message>
        <source>There is no floor with id {id}.</source>
        <translation>没有编号为 {id} 的楼层。</translation>
    </message>
    <message>
        <source>Floor {floor} was retired on {day}: it no longer changes.</source>
        <translation>楼层 {floor} 已于 {day} 停用，不能再修改。</translation>
    </message>
    <message>
        <source>The building already has a floor named {label}.</source>
        <translation>楼宇已有名为 {label} 的楼层。</translation>
    </message>
    <message>
        <source>Unit {number} existed on {floor} and was retired; its dossiers keep the number: choose another.</source>
        <translation>单元 {number} 曾在 {floor}，已停用；其档案保留该单元号：请另选一个。</translation>
    </message>
    <message>
        <source>There is already a unit {number} on {floor}.</source>
        <translation>{floor} 已有单元 {number}。</translation>
    </message>
    <message>
        <source>Unit {unit} has had tenants: its number is on their papers and cannot change.</source>
        <translation>单元 {unit} 曾有租户：单元号已写在其文件上，不能更改。</translation>
    </message>
    <message>
        <source>The archive settings are not confirmed yet: save them before giving old files their archival codes.</source>
        <translation>档案设置尚未确认：请先保存设置，再为旧案卷编制档号。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are waiting now, but the preview showed {expected}: look at the preview again.</source>
        <translation>
            <numerusform>现在有 %n 卷待编，但预览显示 {expected} 卷：请重新查看预览。</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} has a “{brace}” that is not closed.</source>
        <translation>{field}中的“{brace}”没有闭合。</translation>
    </message>
    <message>
        <source>{field} has a “{brace}” that was not opened.</source>
        <translation>{field}中的“{brace}”没有对应的左括号。</translation>
    </message>
    <message>
        <source>{field} may not contain “{char}”: no spaces and no characters a file name cannot hold.</source>
        <translation>{field}不能包含“{char}”：不得有空格，也不得有文件名中不允许的字符。</translation>
    </message>
    <message>
        <source>{field} must contain {part}: every archival code needs the year and number.</source>
        <translation>{field}必须包含 {part}：每个档号都需要年度和案卷号。</translation>
    </message>
    <message>
        <source>{field} has an unknown part “{part}”: the parts are {parts}.</source>
        <translation>{field}中有未知的部分“{part}”：可用部分为 {parts}。</translation>
    </message>
    <message>
        <source>{field} has {part} twice.</source>
        <translation>{field}中 {part} 出现了两次。</translation>
    </message>
    <message>
        <source>{field}: only the file&apos;s number takes a width, written like {example} (1 to 9 digits).</source>
        <translation>{field}：只有案卷号可以指定位数，写法如 {example}（1 至 9 位）。</translation>
    </message>
    <message>
        <source>{field} must be letters and digits only (no spaces, dashes or other marks), not “{value}”.</source>
        <translation>{field}只能由字母和数字组成（不得有空格、连字符或其他符号），而不是“{value}”。</translation>
    </message>
    <message>
        <source>{field}: “{code}” stands for two retention periods; each period needs its own code.</source>
        <translation>{field}：“{code}”同时代表两个保管期限；每个保管期限需要各自的代码。</translation>
    </message>
    <message>
        <source>{field} makes codes of {length} characters, like “{example}”: at most {limit}.</source>
        <translation>按{field}生成的档号长达 {length} 个字符，如“{example}”：最多 {limit} 个。</translation>
    </message>
    <message>
        <source>The archive settings were changed meanwhile at another desk; nothing was saved. They have been reloaded — check them and save again.</source>
        <translation>档案设置其间已在另一处被修改；未保存任何内容。设置已重新载入——请核对后再次保存。</translation>
    </message>
    <message>
        <source>{field} must be three codes separated by commas (permanent, 30 years, 10 years), not “{value}”.</source>
        <translation>{field}必须是用逗号分隔的三个代码（永久、30年、10年），而不是“{value}”。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) of history before {day} would begin before {first}.</source>
        <translation>
            <numerusform>{day} 之前 %n 年的历史将早于 {first} 年开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates are the wrong way round: {start} is after {end}.</source>
        <translation>日期前后颠倒：{start} 晚于 {end}。</translation>
    </message>
    <message>
        <source>There is no document category “{code}”.</source>
        <translation>没有文件类别“{code}”。</translation>
    </message>
    <message>
        <source>Cancelled: nothing of it was kept.</source>
        <translation>已取消：未保留任何结果。</translation>
    </message>
    <message>
        <source>There is no deposit with id {id}.</source>
        <translation>没有编号为 {id} 的押金。</translation>
    </message>
    <message>
        <source>This deposit was changed meanwhile by someone else; check it again.</source>
        <translation>这笔押金刚被他人修改过，请重新核对。</translation>
    </message>
    <message>
        <source>{field} must be more than 0 and at most 10,000,000,000.00.</source>
        <translation>{field}必须大于 0 且不超过 10,000,000,000.00。</translation>
    </message>
    <message>
        <source>{field} must be one of the kinds of deposit, not “{value}”.</source>
        <translation>{field}必须是一种押金类别，而不是“{value}”。</translation>
    </message>
    <message>
        <source>Receipt number {number} has been used already.</source>
        <translation>收据号 {number} 已被使用。</translation>
    </message>
    <message>
        <source>Only {held} of this deposit is still held, not {amount}.</source>
        <translation>这笔押金只剩 {held} 未处理，不足 {amount}。</translation>
    </message>
    <message>
        <source>{field} is before the deposit was received ({date}).</source>
        <translation>{field}早于收取押金的日期（{date}）。</translation>
    </message>
    <message>
        <source>Say why the deposit is retained.</source>
        <translation>请说明扣留押金的原因。</translation>
    </message>
    <message>
        <source>The fee settings were changed meanwhile at another desk; nothing was saved: check them again.</source>
        <translation>收费设置其间已在另一处被修改；未保存任何内容，请重新核对。</translation>
    </message>
    <message>
        <source>{field} may hold only letters, digits, - and _, not “{value}”.</source>
        <translation>{field}只能包含字母、数字、- 和 _，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be one of the ways a fee is worked out, not “{value}”.</source>
        <translation>{field}必须是一种计费方式，而不是“{value}”。</translation>
    </message>
    <message>
        <source>A metered fee names its meter: water or electricity.</source>
        <translation>按表计费的项目须指明水表或电表。</translation>
    </message>
    <message>
        <source>There is already a fee item called “{name}”.</source>
        <translation>已有名为“{name}”的收费项目。</translation>
    </message>
    <message>
        <source>The fee item “{name}” was changed meanwhile by someone else; check it again.</source>
        <translation>收费项目“{name}”刚被他人修改过，请重新核对。</translation>
    </message>
    <message>
        <source>“{name}” has been charged already, so how it is worked out stays as it is; make a new fee item and set this one inactive.</source>
        <translation>“{name}”已经计收过费用，计费方式不能再改；请新建一个收费项目，并把这个设为停用。</translation>
    </message>
    <message>
        <source>{field} must be a rate of 0 or more with at most four decimals, not “{value}”.</source>
        <translation>{field}必须是不小于 0、最多四位小数的费率，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be an amount of money.</source>
        <translation>{field}必须是金额。</translation>
    </message>
    <message>
        <source>{field} must be an amount of money such as 1280.50, not “{value}”.</source>
        <translation>{field}必须是金额，例如 1280.50，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{field} has more than two decimal places (fen): “{value}”.</source>
        <translation>{field}的小数超过两位（分）：“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be more than 0 and at most 10,000,000,000.00, not “{value}”.</source>
        <translation>{field}必须大于 0 且不超过 10,000,000,000.00，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{field} is still to come ({date}); record a payment when it is received.</source>
        <translation>{field}还未到（{date}）；请在实际收到款项时再登记。</translation>
    </message>
    <message>
        <source>{field} must be one of the payment methods, not “{value}”.</source>
        <translation>{field}必须是一种付款方式，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{field} may hold letters, digits, - / and _ (at most 30), not “{value}”.</source>
        <translation>{field}只能包含字母、数字、-、/ 和 _（最多 30 个），而不是“{value}”。</translation>
    </message>
    <message>
        <source>Charge {id} is not an open charge of this tenancy.</source>
        <translation>费用 {id} 不是该租户的未结费用。</translation>
    </message>
    <message>
        <source>More is allocated to charge {id} than is still owed on it.</source>
        <translation>分配给费用 {id} 的金额超过了其未付金额。</translation>
    </message>
    <message>
        <source>The allocations come to more than the amount paid.</source>
        <translation>分配的合计超过了收款金额。</translation>
    </message>
    <message>
        <source>There is no payment with id {id}.</source>
        <translation>没有编号为 {id} 的收款。</translation>
    </message>
    <message>
        <source>A reversal is not reversed; record the payment again.</source>
        <translation>冲销记录不能再冲销；请重新登记收款。</translation>
    </message>
    <message>
        <source>The payment with receipt {number} has been reversed already.</source>
        <translation>收据号 {number} 的收款已被冲销。</translation>
    </message>
    <message>
        <source>There is no payment with receipt number {number}.</source>
        <translation>没有收据号为 {number} 的收款。</translation>
    </message>
    <message>
        <source>Unit {unit} has had no tenant: it has no fees.</source>
        <translation>单元 {unit} 从未有客户入住，没有费用。</translation>
    </message>
    <message>
        <source>Nobody chosen is in arrears on {date}: there is no notice to print.</source>
        <translation>截至 {date}，所选客户均无欠费，没有需要打印的催款通知单。</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed}, not “{value}”.</source>
        <translation>{field}必须是 {allowed} 之一，而不是“{value}”。</translation>
    </message>
    <message>
        <source>There is no customer {number}.</source>
        <translation>没有编号为 {number} 的客户。</translation>
    </message>
    <message>
        <source>{field} asks for too many rows at once (the most is {limit}).</source>
        <translation>{field}一次请求的行数过多（最多 {limit}）。</translation>
    </message>
    <message>
        <source>{field}: the period ends ({end}) before it starts ({start}).</source>
        <translation>{field}：期间的结束（{end}）早于开始（{start}）。</translation>
    </message>
    <message>
        <source>{month} has not begun yet: there is nothing to report.</source>
        <translation>{month} 尚未开始，没有可报告的内容。</translation>
    </message>
    <message>
        <source>There is no form {code}.</source>
        <translation>没有表单 {code}。</translation>
    </message>
    <message>
        <source>{field}: the filled form {id} is a {actual}, not a {code}.</source>
        <translation>{field}：已填表单 {id} 是 {actual}，不是 {code}。</translation>
    </message>
    <message>
        <source>{field}: the unit is not one of the tenancy&apos;s units.</source>
        <translation>{field}：该单元不属于此租户的租用单元。</translation>
    </message>
    <message>
        <source>{field}: a meter reading is of one unit; choose the unit.</source>
        <translation>{field}：抄表读数属于某一个单元，请选择单元。</translation>
    </message>
    <message>
        <source>{field}: a form is filed in a customer&apos;s dossier; choose the customer&apos;s unit.</source>
        <translation>{field}：表单归入客户的档案，请选择客户的单元。</translation>
    </message>
    <message>
        <source>Someone else changed this form meanwhile; it was reloaded. Save again.</source>
        <translation>其他人刚修改了这份表单，已重新载入。请再次保存。</translation>
    </message>
    <message>
        <source>{field}: a filled form stays the form it is ({code}).</source>
        <translation>{field}：已填表单不能改为其他表单（{code}）。</translation>
    </message>
    <message>
        <source>{field}: a recorded meter reading is not changed; fill in a new form for a new reading.</source>
        <translation>{field}：已登记的抄表读数不能修改；新的读数请填写新表单。</translation>
    </message>
    <message>
        <source>There is no filled form with id {id}.</source>
        <translation>没有编号为 {id} 的已填表单。</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>{field} must be a text.</source>
        <translation>{field}必须是文字。</translation>
    </message>
    <message>
        <source>{field} is too long (at most {max} characters).</source>
        <translation>{field}太长（最多 {max} 个字符）。</translation>
    </message>
    <message>
        <source>{field} must be yes or no, not “{value}”.</source>
        <translation>{field}必须是“是”或“否”，不能是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be a date (YYYY-MM-DD), not “{value}”.</source>
        <translation>{field}必须是日期（YYYY-MM-DD），不能是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be a date between 1900 and 2200.</source>
        <translation>{field}必须是 1900 至 2200 年之间的日期。</translation>
    </message>
    <message>
        <source>{field} must be a number of 0 or more, not “{value}”.</source>
        <translation>{field}必须是不小于 0 的数字，不能是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not “{value}”.</source>
        <translation>{field}必须是整数，不能是“{value}”。</translation>
    </message>
    <message>
        <source>{field} has more than two decimals: “{value}”.</source>
        <translation>{field}的小数超过两位：“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be an amount of 0 or more, not “{value}”.</source>
        <translation>{field}必须是不小于 0 的金额，不能是“{value}”。</translation>
    </message>
    <message>
        <source>{field} must be a list of rows.</source>
        <translation>{field}必须是若干行。</translation>
    </message>
    <message>
        <source>{field} has no column “{column}”.</source>
        <translation>{field}没有“{column}”这一列。</translation>
    </message>
    <message>
        <source>{field} has more than {max} rows.</source>
        <translation>{field}超过 {max} 行。</translation>
    </message>
    <message>
        <source>{field} needs at least one row.</source>
        <translation>{field}至少需要一行。</translation>
    </message>
    <message>
        <source>Form {code} has no field “{key}”.</source>
        <translation>表单 {code} 没有“{key}”这一栏。</translation>
    </message>
    <message>
        <source>There is no fit-out project with id {id}.</source>
        <translation>没有编号为 {id} 的二装项目。</translation>
    </message>
    <message>
        <source>This fit-out project was changed meanwhile by someone else; check it again.</source>
        <translation>此二装项目已被他人修改，请重新核对。</translation>
    </message>
    <message>
        <source>The planned end ({end}) comes before the planned start ({start}).</source>
        <translation>计划完工日期（{end}）早于计划开工日期（{start}）。</translation>
    </message>
    <message>
        <source>Deposit {id} is not a fit-out deposit of this tenancy.</source>
        <translation>押金 {id} 不是该租户的装修押金。</translation>
    </message>
    <message>
        <source>The unit is not one of this tenancy&apos;s units.</source>
        <translation>该单元不属于此租户。</translation>
    </message>
    <message>
        <source>The tenant has moved out of this unit: there is no fit-out to apply for.</source>
        <translation>租户已迁出该单元，不能再申请二装。</translation>
    </message>
    <message>
        <source>The application can be changed only before the works start.</source>
        <translation>二装申请只能在开工前修改。</translation>
    </message>
    <message>
        <source>The new end ({end}) must come after the current end ({current}).</source>
        <translation>新的完工日期（{end}）必须晚于目前的完工日期（{current}）。</translation>
    </message>
    <message>
        <source>The fit-out deposit still holds {amount} yuan not yet refunded: refund it (or retain it) under Fees first, then mark the project refunded.</source>
        <translation>装修押金尚有 {amount} 元未退还：请先在“收费”中退还（或扣留），再将项目标记为押金已退。</translation>
    </message>
    <message>
        <source>The fit-out deposit is refunded only after the works have passed the inspection.</source>
        <translation>装修验收合格后才能退还装修押金。</translation>
    </message>
    <message>
        <source>Works start only after the fit-out project was approved.</source>
        <translation>二装项目审批通过后才能开工。</translation>
    </message>
    <message>
        <source>The return visit is made once the repair is done.</source>
        <translation>维修完工后才能回访。</translation>
    </message>
    <message>
        <source>A complaint is closed only after its result has been fed back to the customer.</source>
        <translation>投诉须在处理结果反馈给客户后才能结案。</translation>
    </message>
    <message>
        <source>The result goes back to the customer only after the supervisor or the manager approved it.</source>
        <translation>处理结果须经主管或部门经理审批后才能反馈给客户。</translation>
    </message>
    <message>
        <source>A violation is closed only after it has been rectified.</source>
        <translation>违规须整改后才能结案。</translation>
    </message>
    <message>
        <source>There is no repair {number}.</source>
        <translation>没有编号为 {number} 的报修。</translation>
    </message>
    <message>
        <source>Repair {number} was changed meanwhile; look at it again, then repeat the step.</source>
        <translation>报修 {number} 已被他人修改；请重新查看后再办理这一步。</translation>
    </message>
    <message>
        <source>{field} ({day}) is before the repair was reported ({reported}).</source>
        <translation>{field}（{day}）早于报修时间（{reported}）。</translation>
    </message>
    <message>
        <source>{field} ({day}) is before the repair was done ({done}).</source>
        <translation>{field}（{day}）早于完工日期（{done}）。</translation>
    </message>
    <message>
        <source>{field} must be a score from 1 to 5, not “{value}”.</source>
        <translation>{field}须为 1 至 5 分，不能是“{value}”。</translation>
    </message>
    <message>
        <source>There is no satisfaction survey for {year}: open its round first.</source>
        <translation>{year}年尚无满意度调查：请先开始该年度的调查。</translation>
    </message>
    <message>
        <source>{field} must be a day of {year}, not {value}.</source>
        <translation>{field}须为{year}年内的日期，不能是 {value}。</translation>
    </message>
    <message>
        <source>The satisfaction survey of {year} is already open: one round a year.</source>
        <translation>{year}年的满意度调查已经开始：每年只做一次。</translation>
    </message>
    <message>
        <source>The survey of {year} was changed meanwhile; look again.</source>
        <translation>{year}年的调查已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>{field} cannot be after today ({value}).</source>
        <translation>{field}不能晚于今天（{value}）。</translation>
    </message>
    <message>
        <source>There is no such customer (tenancy {id}).</source>
        <translation>没有这个客户（租户 {id}）。</translation>
    </message>
    <message>
        <source>{customer} was not a customer in {year}: they cannot answer its survey.</source>
        <translation>{customer}在{year}年不是本大厦的客户，不能填写该年度的调查问卷。</translation>
    </message>
    <message>
        <source>{customer}&apos;s answers for {year} were removed meanwhile; look again.</source>
        <translation>{customer}的{year}年问卷已被他人删除，请重新查看。</translation>
    </message>
    <message>
        <source>{customer} has already answered the survey of {year}: change that answer instead.</source>
        <translation>{customer}已填写{year}年的调查问卷：请修改原问卷。</translation>
    </message>
    <message>
        <source>{customer}&apos;s answers for {year} were changed meanwhile by someone else; look again.</source>
        <translation>{customer}的{year}年问卷已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>{field} must be one of the survey&apos;s items, not “{value}”.</source>
        <translation>{field}须为调查的项目之一，不能是“{value}”。</translation>
    </message>
    <message>
        <source>There is no corrective action {id}.</source>
        <translation>没有整改措施 {id}。</translation>
    </message>
    <message>
        <source>The corrective action “{action}” was changed meanwhile by someone else; look again.</source>
        <translation>整改措施“{action}”已被他人修改，请重新查看。</translation>
    </message>
    <message>
        <source>This {record} is {state}: it cannot be “{action}” now.</source>
        <translation>此{record}当前为“{state}”，现在不能“{action}”。</translation>
    </message>
    <message>
        <source>There is no violation {number}.</source>
        <translation>没有编号为 {number} 的违规记录。</translation>
    </message>
    <message>
        <source>Violation {number} was changed meanwhile; look at it again, then repeat the step.</source>
        <translation>违规记录 {number} 已被他人修改；请重新查看后再办理这一步。</translation>
    </message>
    <message>
        <source>{field} ({day}) is before the violation was found ({found}).</source>
        <translation>{field}（{day}）早于发现违规的日期（{found}）。</translation>
    </message>
    <message>
        <source>Unit {unit} has no fit-out project {number}.</source>
        <translation>单元 {unit} 没有编号为 {number} 的装修项目。</translation>
    </message>
    <message>
        <source>{field} ({day}) is before the notice was issued ({issued}).</source>
        <translation>{field}（{day}）早于整改通知发出日期（{issued}）。</translation>
    </message>
    <message>
        <source>There is no unit {unit}.</source>
        <translation>没有单元 {unit}。</translation>
    </message>
    <message>
        <source>There is no tenancy {tenancy}.</source>
        <translation>没有编号为 {tenancy} 的租户记录。</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>What is wrong and how to fix it</source>
        <translation>问题及改正方法</translation>
    </message>
    <message>
        <source>The workbook cannot be written in {folder}: {reason}</source>
        <translation>无法在 {folder} 写入工作簿：{reason}</translation>
    </message>
    <message>
        <source>The workbook {path} cannot be written: {reason}</source>
        <translation>无法写入工作簿 {path}：{reason}</translation>
    </message>
    <message>
        <source>Differs from what is recorded ({differences}): the import never overwrites. Correct the row to match, or change the record in the program first.</source>
        <translation>与已登记的不一致（{differences}）：导入从不覆盖已有记录。请把这一行改成一致，或先在程序里修改记录。</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters here.</source>
        <translation>太长了：这里最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation>此单元格不能为空。</translation>
    </message>
    <message>
        <source>Which building? There are several: fill in 楼栋 (building).</source>
        <translation>是哪一栋？有多栋楼：请填写“楼栋”。</translation>
    </message>
    <message>
        <source>There is no building of this name, in the record or on the sheet 房间 (units).</source>
        <translation>记录里和“房间”工作表里都没有这个名称的楼栋。</translation>
    </message>
    <message>
        <source>There is no unit of this number in building {building}, in the record or on the sheet 房间 (units): add it there.</source>
        <translation>{building} 里没有这个房号（记录里和“房间”工作表里都没有）：请在“房间”工作表中加上。</translation>
    </message>
    <message>
        <source>The record has no units yet: the workbook needs the sheet 房间 (units) with the building, floor and number of every unit.</source>
        <translation>记录里还没有房间：工作簿需要“房间”工作表，列出每个房间的楼栋、楼层和房号。</translation>
    </message>
    <message>
        <source>None of the template&apos;s sheets was found (房间, 客户, 租户, 档案文件, 费用): name the sheets as the template does, or give them the template&apos;s column headers.</source>
        <translation>没有找到模板中的任何工作表（房间、客户、租户、档案文件、费用）：请按模板给工作表命名，或使用模板的列名。</translation>
    </message>
    <message>
        <source>An area cannot be negative.</source>
        <translation>面积不能为负数。</translation>
    </message>
    <message>
        <source>This area is too large.</source>
        <translation>面积太大。</translation>
    </message>
    <message>
        <source>The same unit is on row {row} with other values.</source>
        <translation>第 {row} 行是同一房间，但内容不同。</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>这不是电子邮箱地址。</translation>
    </message>
    <message>
        <source>A customer of this name is recorded with another credit code ({code}): one name, one customer — correct the code or the name.</source>
        <translation>已登记的同名客户是另一个信用代码（{code}）：一个名称只对应一个客户，请更正代码或名称。</translation>
    </message>
    <message>
        <source>This credit code belongs to another customer.</source>
        <translation>这个信用代码属于另一个客户。</translation>
    </message>
    <message>
        <source>The same customer is on row {row} with other values.</source>
        <translation>第 {row} 行是同一客户，但内容不同。</translation>
    </message>
    <message>
        <source>The move-out date is not after the move-in date {move_in}.</source>
        <translation>退租日期不在入住日期 {move_in} 之后。</translation>
    </message>
    <message>
        <source>This unit was retired on {day}: no one moves in there after that.</source>
        <translation>该房间已于 {day} 停用：此后不能再入住。</translation>
    </message>
    <message>
        <source>The same tenancy is on row {row} with another move-out date.</source>
        <translation>第 {row} 行是同一租期，但退租日期不同。</translation>
    </message>
    <message>
        <source>Unit {unit} is recorded as occupied by {customer} from {since} to {until}: the stays overlap.</source>
        <translation>记录显示 {unit} 从 {since} 到 {until} 由 {customer} 租用：租期重叠。</translation>
    </message>
    <message>
        <source>Overlaps row {row} ({customer} in unit {unit} from {since} to {until}): one unit, one tenant at a time.</source>
        <translation>与第 {row} 行重叠（{customer} 从 {since} 到 {until} 租用 {unit}）：同一时间一个房间只能有一个租户。</translation>
    </message>
    <message>
        <source>This customer has no tenancy in unit {unit}, recorded or on the sheet 租户 (tenancies): add the tenancy there.</source>
        <translation>该客户在 {unit} 没有租住记录（记录里和“租户”工作表里都没有）：请在“租户”工作表中加上。</translation>
    </message>
    <message>
        <source>This dossier is bound: a late paper is added in the dossier itself, by the manager, not by an import.</source>
        <translation>该档案已装订：补充材料须由部门经理在档案中添加，不能通过导入。</translation>
    </message>
    <message>
        <source>An amount cannot be negative: a refund is recorded in the program.</source>
        <translation>金额不能为负数：退款请在程序里登记。</translation>
    </message>
    <message>
        <source>More is paid than is due ({due}): record an overpayment in the program.</source>
        <translation>实收多于应收（{due}）：多收的款项请在程序里登记。</translation>
    </message>
    <message>
        <source>A payment needs its receipt number and the day it was paid.</source>
        <translation>有实收就要填收据号和收款日期。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is recorded for another payment: one receipt number, one payment.</source>
        <translation>收据 {receipt} 已登记给另一笔收款：一个收据号只对应一笔收款。</translation>
    </message>
    <message>
        <source>The same receipt number is on row {row}.</source>
        <translation>第 {row} 行已有相同的收据号。</translation>
    </message>
    <message>
        <source>The same unit, fee item and month are on row {row}: give each its receipt number.</source>
        <translation>第 {row} 行已有相同的房间、费用项目和月份：请分别填写收据号。</translation>
    </message>
    <message>
        <source>This category is not known: choose one of the list ({categories}).</source>
        <translation>没有这个类别：请从列表中选择（{categories}）。</translation>
    </message>
    <message>
        <source>The file {file} is not there.</source>
        <translation>找不到文件 {file}。</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>无法读取文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>The file {file} is empty: it holds no workbook.</source>
        <translation>文件 {file} 是空的，里面没有工作簿。</translation>
    </message>
    <message>
        <source>The workbook {file} is protected by a password: open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook) and save it, then import it again.</source>
        <translation>工作簿 {file} 设有密码保护：请用 Excel 或 WPS 打开，取消密码（文件 ▸ 信息 ▸ 保护工作簿）并保存，然后重新导入。</translation>
    </message>
    <message>
        <source>{file} is in the old Excel 97–2003 (.xls) or WPS (.et) format: open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>{file} 是旧版 Excel 97–2003（.xls）或 WPS（.et）格式：请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
    <message>
        <source>{file} is an OpenDocument spreadsheet (.ods): open it in LibreOffice or WPS and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>{file} 是 OpenDocument 电子表格（.ods）：请用 LibreOffice 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
    <message>
        <source>{file} is a text (CSV) file, not an Excel workbook: open it in Excel or WPS, save it as an Excel workbook (.xlsx) with the template&apos;s sheet names, then import that.</source>
        <translation>{file} 是文本（CSV）文件，不是 Excel 工作簿：请用 Excel 或 WPS 打开，按模板的工作表名称另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx): choose the workbook to import.</source>
        <translation>{file} 不是 Excel 工作簿（.xlsx）：请选择要导入的工作簿。</translation>
    </message>
    <message>
        <source>The workbook {file} is damaged or incomplete (perhaps not fully copied): open it in Excel or WPS, save it again, then import that.</source>
        <translation>工作簿 {file} 已损坏或不完整（可能没有复制完整）：请用 Excel 或 WPS 打开后重新保存，再导入。</translation>
    </message>
    <message>
        <source>No header row found in the first {rows} rows: the sheet needs a row of column names such as {headers}.</source>
        <translation>前 {rows} 行里找不到表头：工作表需要一行列名，例如 {headers}。</translation>
    </message>
    <message>
        <source>The column {header} is missing: add a column headed {header} (or {english}) to this sheet.</source>
        <translation>缺少“{header}”列：请在此工作表中加一列，表头写“{header}”（或 {english}）。</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>工作表 {sheet}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>工作表 {sheet} 第 {row} 行</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header})</source>
        <translation>工作表 {sheet} 第 {row} 行 {column} 列（{header}）</translation>
    </message>
    <message>
        <source> (found “{value}”)</source>
        <translation>（实际内容“{value}”）</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another place for the workbook.</source>
        <translation>文件夹 {folder} 不存在：请为工作簿另选位置。</translation>
    </message>
    <message>
        <source>This value is masked: type the whole number, not the one shown with stars.</source>
        <translation>这是打了星号的号码：请填写完整号码，不要用显示为星号的号码。</translation>
    </message>
    <message>
        <source>This cell shows a formula&apos;s error ({error}): correct the formula, or type the value itself.</source>
        <translation>此单元格显示的是公式错误（{error}）：请改正公式，或直接输入数值本身。</translation>
    </message>
    <message>
        <source>Excel kept only the first 15 digits of this number: format the column as text, type the whole number again, then import.</source>
        <translation>Excel 只保留了这个数字的前 15 位：请把该列设置为文本格式，重新输入完整号码，然后再导入。</translation>
    </message>
    <message>
        <source>This floor is not understood: write it as 8F, 8, 8楼 or B1.</source>
        <translation>看不懂这个楼层：请写成 8F、8、8楼 或 B1。</translation>
    </message>
    <message>
        <source>There is no such day in the calendar: check the month and the day.</source>
        <translation>日历上没有这一天：请核对月份和日期。</translation>
    </message>
    <message>
        <source>This is not a date: write it as 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日 or 20230501.</source>
        <translation>这不是日期：请写成 2023-05-01、2023/5/1、2023.5.1、2023年5月1日 或 20230501。</translation>
    </message>
    <message>
        <source>This is not a month: write it as 2023-05, 2023/5 or 2023年5月.</source>
        <translation>这不是月份：请写成 2023-05、2023/5 或 2023年5月。</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>这不是数字。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多两位小数（到分）。</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>金额太大。</translation>
    </message>
    <message>
        <source>This must be a whole number.</source>
        <translation>这里应填整数。</translation>
    </message>
    <message>
        <source>This must be a whole number from 0 to 999999.</source>
        <translation>这里应填 0 到 999999 之间的整数。</translation>
    </message>
    <message>
        <source>Write 原件 (original) or 工作件 (working copy).</source>
        <translation>请填写“原件”或“工作件”。</translation>
    </message>
    <message>
        <source>Write 单位 (a company) or 个人 (a person).</source>
        <translation>请填写“单位”或“个人”。</translation>
    </message>
    <message>
        <source>There is no export named “{name}”; the exports are: {names}.</source>
        <translation>没有名为“{name}”的导出；可导出的有：{names}。</translation>
    </message>
    <message>
        <source>Archiving is being run at another desk; try again when it has finished. Nothing was changed here.</source>
        <translation>另一处正在进行归档，请等其完成后再试。此处未做任何更改。</translation>
    </message>
    <message>
        <source>Charges are being generated at another desk; try again when it has finished. Nothing was changed here.</source>
        <translation>另一处正在生成应收费用，请等其完成后再试。此处未做任何更改。</translation>
    </message>
    <message>
        <source>A destruction is being recorded at another desk; try again when it has finished. Nothing was changed here.</source>
        <translation>另一处正在登记销毁，请等其完成后再试。此处未做任何更改。</translation>
    </message>
    <message>
        <source>pg_restore was not found to verify the dump; nothing of the backup was kept.</source>
        <translation>没有找到用来校验转储文件的 pg_restore；这次备份没有保留任何内容。</translation>
    </message>
    <message>
        <source>The dump {path} does not read back whole ({detail}); nothing of it was kept.</source>
        <translation>转储文件 {path} 无法完整读回（{detail}）；这次备份没有保留任何内容。</translation>
    </message>
    <message>
        <source>This backup was made with pg_dump; restoring it needs pg_restore, which was not found.</source>
        <translation>此备份是用 pg_dump 制作的；恢复它需要 pg_restore，但没有找到该程序。</translation>
    </message>
    <message>
        <source>The server database {location} already has tables ({detail}); a backup is restored only into an empty one.</source>
        <translation>服务器数据库 {location} 中已有表（{detail}）；备份只能恢复到空的数据库中。</translation>
    </message>
    <message>
        <source>pg_restore refused the backup ({detail}); {location} is left empty.</source>
        <translation>pg_restore 拒绝了该备份（{detail}）；{location} 保持为空。</translation>
    </message>
    <message>
        <source>The restored {location} does not hold the rows the backup counted; it is left empty.</source>
        <translation>恢复后的 {location} 与备份记录的行数不符；已将其重新清空。</translation>
    </message>
    <message>
        <source>The copy in {target} did not pass the check ({detail}); nothing was kept.</source>
        <translation>{target} 中的副本没有通过检查（{detail}）；没有保留任何内容。</translation>
    </message>
    <message>
        <source>A scan is named by a malformed hash ({detail}); run check on the database. Nothing was kept.</source>
        <translation>有一个扫描件的哈希值格式不正确（{detail}）；请对数据库运行 check。没有保留任何内容。</translation>
    </message>
    <message>
        <source>The copy into {target} does not hold the rows {source} held; nothing was kept.</source>
        <translation>复制到 {target} 的数据与 {source} 中的记录行数不符；没有保留任何内容。</translation>
    </message>
    <message>
        <source>The scan {sha} of {source} is missing or damaged; run check on it. Nothing was kept.</source>
        <translation>{source} 的扫描件 {sha} 缺失或已损坏；请对它运行 check。没有保留任何内容。</translation>
    </message>
    <message>
        <source>The scan {sha} did not arrive whole in {target}; nothing was kept.</source>
        <translation>扫描件 {sha} 没有完整地复制到 {target}；没有保留任何内容。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name for the file.</source>
        <translation>{path} 已存在；请为数据库文件另取一个名称。</translation>
    </message>
    <message>
        <source>It failed, and the server database {location} could not be emptied again ({detail}); drop its tables before trying again.</source>
        <translation>操作失败，且服务器数据库 {location} 未能重新清空（{detail}）；请先删除其中的表，再重试。</translation>
    </message>
    <message>
        <source>Do not put the password in the server address; store it in this PC&apos;s keyring with dossier-desk server-password --db {location}.</source>
        <translation>请不要把密码写在服务器地址中；请用 dossier-desk server-password --db {location} 将密码保存到本机的系统密码库中。</translation>
    </message>
    <message>
        <source>{location} names no database: write it as postgresql://user@host/database.</source>
        <translation>{location} 中没有数据库名称：请写成 postgresql://用户@主机/数据库。</translation>
    </message>
    <message>
        <source>This PC&apos;s keyring cannot be used ({detail}).</source>
        <translation>无法使用本机的系统密码库（{detail}）。</translation>
    </message>
    <message>
        <source>{field} must be a month written as YYYY-MM.</source>
        <translation>{field}须写成“年-月”（YYYY-MM）。</translation>
    </message>
    <message>
        <source>There is no tenancy {number}.</source>
        <translation>没有编号为 {number} 的租约。</translation>
    </message>
    <message>
        <source>There is no return visit {number}.</source>
        <translation>没有编号为 {number} 的回访记录。</translation>
    </message>
    <message>
        <source>There is no staff member with id {id}.</source>
        <translation>没有编号为 {id} 的员工。</translation>
    </message>
    <message>
        <source>There is no held item with id {id}.</source>
        <translation>没有编号为 {id} 的持有物品。</translation>
    </message>
    <message>
        <source>{field}: they left ({end}) before they joined ({start}).</source>
        <translation>{field}：离职日期（{end}）早于入职日期（{start}）。</translation>
    </message>
    <message>
        <source>Someone else changed this person meanwhile; it was reloaded. Save again.</source>
        <translation>别人刚刚修改了这名员工，已重新读取。请再保存一次。</translation>
    </message>
    <message>
        <source>{field}: a person holds access cards, keys and parking permits, not form {code}.</source>
        <translation>{field}：员工持有的只能是门禁卡、钥匙和停车证，不能是表单 {code}。</translation>
    </message>
    <message>
        <source>{field}: that form is not of this person&apos;s company.</source>
        <translation>{field}：该表单不属于此员工所在的公司。</translation>
    </message>
    <message>
        <source>{field}: {name} holds it already.</source>
        <translation>{field}：{name} 已持有该物品。</translation>
    </message>
    <message>
        <source>{field}: an item to be recovered or returned stays on record.</source>
        <translation>{field}：待收回或已收回的物品须留存记录，不能取消关联。</translation>
    </message>
    <message>
        <source>Someone else changed this item meanwhile; it was reloaded. Save again.</source>
        <translation>别人刚刚修改了这件物品，已重新读取。请再保存一次。</translation>
    </message>
    <message>
        <source>{field}: it is not on the to-recover list.</source>
        <translation>{field}：该物品不在待收回清单上。</translation>
    </message>
    <message>
        <source>{field}: it cannot be returned ({end}) before its holder left ({start}).</source>
        <translation>{field}：收回日期（{end}）不能早于持有人离职日期（{start}）。</translation>
    </message>
    <message numerus="yes">
        <source>A title on a cover sheet has at most %n character(s).</source>
        <translation>
            <numerusform>扫描封面上的题名最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such dossier.</source>
        <translation>没有这份档案。</translation>
    </message>
    <message>
        <source>No live dossier is filed on this floor: there are no cover sheets to print.</source>
        <translation>本楼层没有在用档案，没有可打印的扫描封面。</translation>
    </message>
    <message>
        <source>There are no cover sheets to print.</source>
        <translation>没有可打印的扫描封面。</translation>
    </message>
    <message>
        <source>Copies of each cover sheet: from 1 to {limit}.</source>
        <translation>每张扫描封面的份数：1 至 {limit}。</translation>
    </message>
    <message>
        <source>The settle time must be from 0 to {most} seconds, not “{value}”.</source>
        <translation>等待时间必须在 0 到 {most} 秒之间，不能是“{value}”。</translation>
    </message>
    <message>
        <source>No inbox folder is saved: give one with --folder, or save it in Settings (Scan inbox) or with the inbox-settings command.</source>
        <translation>尚未保存扫描收件文件夹：请用 --folder 指定，或在“设置”的“扫描收件箱”中保存，或用 inbox-settings 命令保存。</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>扫描收件文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Not every bundle could be filed; the list above says why.</source>
        <translation>有的扫描件未能归档，原因见上面的列表。</translation>
    </message>
    <message>
        <source>Choose the dossier for the scan “{file}”: it has no cover naming one.</source>
        <translation>请为扫描件“{file}”选择档案：它没有注明档案的扫描封面。</translation>
    </message>
    <message>
        <source>Choose the category for the scan “{file}”: it has no cover naming one.</source>
        <translation>请为扫描件“{file}”选择类别：它没有注明类别的扫描封面。</translation>
    </message>
    <message>
        <source>The scan “{file}” has no pages after its cover sheet.</source>
        <translation>扫描件“{file}”的扫描封面之后没有任何页面。</translation>
    </message>
    <message>
        <source>The scan “{file}” was filed before (here or at another desk); it is not filed twice.</source>
        <translation>扫描件“{file}”之前已归档（在本机或另一台电脑上），不会重复归档。</translation>
    </message>
    <message>
        <source>The scan “{file}” changed since it was read; look at the inbox again.</source>
        <translation>扫描件“{file}”在读取后已被改动，请重新查看收件文件夹。</translation>
    </message>
</context>
<context>
    <name>approval</name>
    <message>
        <source>Dossier loan</source>
        <translation>档案借阅</translation>
    </message>
    <message>
        <source>Change a working copy</source>
        <translation>修改工作件</translation>
    </message>
    <message>
        <source>Move a working copy to the trash</source>
        <translation>删除工作件（移入回收站）</translation>
    </message>
    <message>
        <source>Correct a typo in an original</source>
        <translation>更正原件笔误</translation>
    </message>
    <message>
        <source>Deposit decision</source>
        <translation>押金处理</translation>
    </message>
    <message>
        <source>Destruction list</source>
        <translation>销毁清册</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待审批</translation>
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
        <translation>已批准并已办理</translation>
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
        <translation>尚未装订</translation>
    </message>
    <message>
        <source>documents without a page count</source>
        <translation>有文件未登记页数</translation>
    </message>
    <message>
        <source>no documents</source>
        <translation>没有文件</translation>
    </message>
</context>
<context>
    <name>category</name>
    <message>
        <source>Move-in papers</source>
        <translation>入住资料</translation>
    </message>
    <message>
        <source>Fit-out files</source>
        <translation>二装资料</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>往来函</translation>
    </message>
    <message>
        <source>Door lock application</source>
        <translation>门锁申请</translation>
    </message>
    <message>
        <source>Telephone application</source>
        <translation>电话申请</translation>
    </message>
    <message>
        <source>Parking space application</source>
        <translation>车位申请</translation>
    </message>
    <message>
        <source>Signage application</source>
        <translation>水牌申请</translation>
    </message>
    <message>
        <source>After-hours use application</source>
        <translation>客户加班申请</translation>
    </message>
    <message>
        <source>Other application forms</source>
        <translation>其他申请表</translation>
    </message>
    <message>
        <source>Fees and deposits</source>
        <translation>缴费与押金</translation>
    </message>
    <message>
        <source>Violations and arrears</source>
        <translation>违规与欠费</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>ID papers</source>
        <translation>证件资料</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联络资料</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联络人</translation>
    </message>
    <message>
        <source>Staff changes</source>
        <translation>人事变动</translation>
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
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, not yet destroyed</source>
        <translation>已批准，待销毁</translation>
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
        <translation>已销毁</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>One row per unit: the building, its floor and the unit number.</source>
        <translation>每个房间一行：楼栋、楼层和房号。</translation>
    </message>
    <message>
        <source>One row per customer; a customer is known by its credit code, else by its name.</source>
        <translation>每个客户一行；客户以统一社会信用代码识别，没有代码时以名称识别。</translation>
    </message>
    <message>
        <source>One row per customer and unit; a blank move-out date means the customer is there now. Rows of one customer with the same move-in date are one tenancy of several units.</source>
        <translation>每个客户每个房间一行；退租日期空着表示客户仍在租。同一客户入住日期相同的几行是同一租期的多个房间。</translation>
    </message>
    <message>
        <source>One row per document, filed in the dossier of the customer&apos;s tenancy in that unit. A document is known by its unit, customer, date, title and 文号.</source>
        <translation>每份文件一行，归入该客户在该房间租期的档案。文件以房号、客户、日期、题名和文号识别。</translation>
    </message>
    <message>
        <source>One row per charge: what was due for a month and what was paid against it, with the receipt. A fee item the office does not charge yet is added, switched off, for the manager to set up.</source>
        <translation>每笔费用一行：某月应收多少、实收多少及收据。尚未设置的费用项目会以停用状态加入，由部门经理设置。</translation>
    </message>
    <message>
        <source>Units (房间): building, floor, unit, area, use</source>
        <translation>房间：楼栋、楼层、房号、面积、用途</translation>
    </message>
    <message>
        <source>Customers (客户), ID numbers and mobiles as your role may export them</source>
        <translation>客户（证件号码和手机号按您的角色可导出的范围）</translation>
    </message>
    <message>
        <source>Tenancies (租户): one row per customer and unit, with its dates</source>
        <translation>租户：每个客户每个房间一行，含入住和退租日期</translation>
    </message>
    <message>
        <source>Documents (档案文件) of every dossier, neither trashed nor destroyed</source>
        <translation>各档案的档案文件（不含已删除和已销毁的）</translation>
    </message>
    <message>
        <source>Fees (费用): one row per charge, what is due and what was paid</source>
        <translation>费用：每笔应收一行，含应收和实收</translation>
    </message>
    <message>
        <source>Deposits (押金): received, refunded, retained, held</source>
        <translation>押金：已收、已退、已扣、余额</translation>
    </message>
    <message>
        <source>Repairs (报修)</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaints (投诉)</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Violations (违规)</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Fit-out projects (二装)</source>
        <translation>二装</translation>
    </message>
    <message>
        <source>Filled registration forms (表单), without their values</source>
        <translation>已填写的登记表单（不含表单内容）</translation>
    </message>
    <message>
        <source>Loans (借阅): one row per dossier lent</source>
        <translation>借阅：每份借出的档案一行</translation>
    </message>
    <message>
        <source>The audit log (审计日志): supervisor, manager or administrator</source>
        <translation>审计日志（主管、部门经理或系统管理员）</translation>
    </message>
    <message>
        <source>Archive boxes (档案盒)</source>
        <translation>档案盒</translation>
    </message>
    <message>
        <source>Units, customers, tenancies, documents and fees in one workbook: an import file</source>
        <translation>房间、客户、租户、档案文件和费用合为一个工作簿：可直接导入</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Unit {unit} has no area recorded: “{item}” is not charged.</source>
        <translation>{unit} 房间未登记面积：未计收“{item}”。</translation>
    </message>
    <message>
        <source>“{item}” has no rate for {month}: it is not charged.</source>
        <translation>“{item}”在 {month} 没有费率：未计收。</translation>
    </message>
    <message>
        <source>Unit {unit}: the {month} reading is the meter&apos;s first, so “{item}” starts from it next month.</source>
        <translation>{unit} 房间：{month} 的读数是该表的第一个读数，“{item}”从下月起以此为底数计收。</translation>
    </message>
    <message>
        <source>Unit {unit}: the meter reading is lower than the one before it: “{item}” is not charged.</source>
        <translation>{unit} 房间：表读数低于上一次读数：未计收“{item}”。</translation>
    </message>
    <message>
        <source>Unit {unit}: nobody occupied it on the reading&apos;s day: “{item}” is not charged.</source>
        <translation>{unit} 房间：抄表当天无人入住：未计收“{item}”。</translation>
    </message>
    <message>
        <source>Fit-out deposit</source>
        <translation>装修押金</translation>
    </message>
    <message>
        <source>Key deposit</source>
        <translation>钥匙押金</translation>
    </message>
    <message>
        <source>Access-card deposit</source>
        <translation>门禁卡押金</translation>
    </message>
    <message>
        <source>Rental deposit</source>
        <translation>租赁押金</translation>
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
        <translation>部分退还</translation>
    </message>
    <message>
        <source>Partly retained, rest held</source>
        <translation>部分扣留，余款暂存</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退还</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>已扣留</translation>
    </message>
    <message>
        <source>Per m² per month</source>
        <translation>按面积每月（元/m²）</translation>
    </message>
    <message>
        <source>Fixed per month</source>
        <translation>每月固定</translation>
    </message>
    <message>
        <source>Metered (reading × rate)</source>
        <translation>按表计（用量 × 单价）</translation>
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
        <translation>电</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>One-off charge</source>
        <translation>一次性收费</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
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
        <translation>支付宝</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>楼宇名称</translation>
    </message>
    <message>
        <source>Building address</source>
        <translation>楼宇地址</translation>
    </message>
    <message>
        <source>Lowest floor</source>
        <translation>最低楼层</translation>
    </message>
    <message>
        <source>Highest floor</source>
        <translation>最高楼层</translation>
    </message>
    <message>
        <source>Units per floor</source>
        <translation>每层单元数</translation>
    </message>
    <message>
        <source>Unit numbering pattern</source>
        <translation>单元编号规则</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Company or person</source>
        <translation>公司或个人</translation>
    </message>
    <message>
        <source>Credit code or ID number</source>
        <translation>统一社会信用代码或身份证号</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Nature of business</source>
        <translation>公司性质</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
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
        <translation>装修结束日期</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Dossier location</source>
        <translation>档案存放位置</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Original or working copy</source>
        <translation>原件或工作件</translation>
    </message>
    <message>
        <source>Paper location</source>
        <translation>纸质存放位置</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>清单项目</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Keys returned</source>
        <translation>钥匙交回</translation>
    </message>
    <message>
        <source>Access cards returned</source>
        <translation>门禁卡交回</translation>
    </message>
    <message>
        <source>Final electricity meter reading</source>
        <translation>电表末次读数</translation>
    </message>
    <message>
        <source>Final water meter reading</source>
        <translation>水表末次读数</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Forwarding contact</source>
        <translation>迁出后联系方式</translation>
    </message>
    <message>
        <source>Label sheet layout</source>
        <translation>标牌排版</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Archive box</source>
        <translation>档案盒</translation>
    </message>
    <message>
        <source>Spine width</source>
        <translation>盒脊厚度</translation>
    </message>
    <message>
        <source>Box capacity (pages)</source>
        <translation>档案盒容量（页）</translation>
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
        <translation>联络人</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联络人姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>User role</source>
        <translation>用户角色</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>服务器数据库</translation>
    </message>
    <message>
        <source>Folder for the pieces</source>
        <translation>分册文件夹</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索内容</translation>
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
        <translation>每类结果数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
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
        <translation>联系人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Promised payment date</source>
        <translation>承诺付款日期</translation>
    </message>
    <message>
        <source>Deposit amount</source>
        <translation>押金金额</translation>
    </message>
    <message>
        <source>Kind of deposit</source>
        <translation>押金类别</translation>
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
        <source>Paid by</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>收取日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>How it is worked out</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Billing day</source>
        <translation>计费日</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>应收费用</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Days to pay</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表类</translation>
    </message>
    <message>
        <source>Fee item name</source>
        <translation>收费项目名称</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Rate valid from</source>
        <translation>费率生效日期</translation>
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
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Kind of charge</source>
        <translation>应收类别</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Overdue by more than (days)</source>
        <translation>逾期超过（天）</translation>
    </message>
    <message>
        <source>State of the deposit</source>
        <translation>押金状态</translation>
    </message>
    <message>
        <source>Page of the list</source>
        <translation>清单分页</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>公司电话</translation>
    </message>
    <message>
        <source>Receipt number prefix</source>
        <translation>收据号前缀</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Reading date</source>
        <translation>抄表日期</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Charges paid</source>
        <translation>所付费用</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>收款金额</translation>
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
        <translation>二装项目状态</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>装修内容</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <source>Contractor&apos;s phone</source>
        <translation>施工单位电话</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>延期至</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开工</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际完工</translation>
    </message>
    <message>
        <source>Fit-out deposit</source>
        <translation>装修押金</translation>
    </message>
    <message>
        <source>State of the repair</source>
        <translation>报修状态</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Reported by (channel)</source>
        <translation>报修方式</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>What needs repair</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Where in the unit</source>
        <translation>具体位置</translation>
    </message>
    <message>
        <source>Repairer</source>
        <translation>维修人</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修情况</translation>
    </message>
    <message>
        <source>Materials used</source>
        <translation>用料</translation>
    </message>
    <message>
        <source>Hours before a repair is overdue</source>
        <translation>报修超时时限（小时）</translation>
    </message>
    <message>
        <source>State of the complaint</source>
        <translation>投诉状态</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Received by (channel)</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Result of handling</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Fed back on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Fed back by (how)</source>
        <translation>反馈方式</translation>
    </message>
    <message>
        <source>State of the violation</source>
        <translation>违规状态</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>通知编号</translation>
    </message>
    <message>
        <source>Notice issued on</source>
        <translation>通知发出日期</translation>
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
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Date of the form</source>
        <translation>填表日期</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Form record</source>
        <translation>表单记录</translation>
    </message>
    <message>
        <source>Survey year</source>
        <translation>调查年度</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>目标分</translation>
    </message>
    <message>
        <source>Survey opened on</source>
        <translation>调查开始日期</translation>
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
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>收费价格</translation>
    </message>
    <message>
        <source>Opinion of the company</source>
        <translation>对公司的总体评价</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见和建议</translation>
    </message>
    <message>
        <source>Survey item</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Text searched for</source>
        <translation>查找内容</translation>
    </message>
    <message>
        <source>Rows of the form register</source>
        <translation>表单登记簿的行数</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Fit-out project</source>
        <translation>装修项目</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Note on the survey</source>
        <translation>调查说明</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Grade from</source>
        <translation>等级生效日期</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>间隔（月）</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>应访范围</translation>
    </message>
    <message>
        <source>Authorised signatory</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>授权人姓名</translation>
    </message>
    <message>
        <source>Signatory&apos;s ID number</source>
        <translation>授权人身份证号</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Authorised from</source>
        <translation>授权起始日</translation>
    </message>
    <message>
        <source>Authorised until</source>
        <translation>授权截止日</translation>
    </message>
    <message>
        <source>Signature specimen</source>
        <translation>签字样本</translation>
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
        <translation>样本</translation>
    </message>
    <message>
        <source>Shown in full</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>How they left</source>
        <translation>离职方式</translation>
    </message>
    <message>
        <source>Card, key or permit</source>
        <translation>门禁卡、钥匙或停车证</translation>
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
        <translation>每张份数</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>扫描收件文件夹</translation>
    </message>
    <message>
        <source>Files by itself</source>
        <translation>自动归档</translation>
    </message>
    <message>
        <source>Scanned file</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Settle time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>Years of history</source>
        <translation>历史数据年数</translation>
    </message>
    <message>
        <source>Demo date</source>
        <translation>演示日期</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>测量次数</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Warn after (days)</source>
        <translation>提醒期限（天）</translation>
    </message>
    <message>
        <source>Restored file</source>
        <translation>恢复的文件</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>申请类别</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Manager&apos;s note</source>
        <translation>经理意见</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借阅单</translation>
    </message>
    <message>
        <source>Dossiers to lend</source>
        <translation>借阅档案</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>借阅目的</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>What was missing</source>
        <translation>缺失内容</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
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
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>显示行数</translation>
    </message>
    <message>
        <source>Destruction list</source>
        <translation>销毁清册</translation>
    </message>
    <message>
        <source>Appraisal date</source>
        <translation>鉴定日期</translation>
    </message>
    <message>
        <source>Appraisal opinion</source>
        <translation>鉴定意见</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>监销人</translation>
    </message>
    <message>
        <source>Dossiers on the list</source>
        <translation>清册中的档案</translation>
    </message>
    <message>
        <source>Dossier on the list</source>
        <translation>清册中的档案</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保管至</translation>
    </message>
    <message>
        <source>Reason for keeping longer</source>
        <translation>延长保管的理由</translation>
    </message>
    <message>
        <source>Floor level</source>
        <translation>层号</translation>
    </message>
    <message>
        <source>Floor name</source>
        <translation>楼层名称</translation>
    </message>
    <message>
        <source>Unit number</source>
        <translation>单元号</translation>
    </message>
    <message>
        <source>Fonds name</source>
        <translation>全宗名称</translation>
    </message>
    <message>
        <source>Fonds code</source>
        <translation>全宗号</translation>
    </message>
    <message>
        <source>Catalogue number</source>
        <translation>目录号</translation>
    </message>
    <message>
        <source>Archival code pattern</source>
        <translation>档号格式</translation>
    </message>
    <message>
        <source>Retention codes</source>
        <translation>保管期限代码</translation>
    </message>
    <message>
        <source>Code for permanent</source>
        <translation>永久的代码</translation>
    </message>
    <message>
        <source>Code for 30 years</source>
        <translation>30年的代码</translation>
    </message>
    <message>
        <source>Code for 10 years</source>
        <translation>10年的代码</translation>
    </message>
    <message>
        <source>Files previewed</source>
        <translation>预览的案卷数</translation>
    </message>
    <message>
        <source>Old number</source>
        <translation>原编号</translation>
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
        <translation>客户档案登记表</translation>
    </message>
    <message>
        <source>Nature of the organisation</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Sole trader</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Number of staff</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <source>Customer emergency contacts</source>
        <translation>客户紧急联络表</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联络人</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>联络顺序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation or position</source>
        <translation>关系/职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>座机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Bicycle and e-bike plate registration</source>
        <translation>非机动车车牌办理登记表</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <source>E-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>摩托车</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Special event record</source>
        <translation>特殊事件记录表</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Handled on the spot by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Parking spaces let or sold</source>
        <translation>停车位租售情况登记表</translation>
    </message>
    <message>
        <source>Space number</source>
        <translation>车位号</translation>
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
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Parking permits issued</source>
        <translation>停车证发放登记表</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>停车证号</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>押金（元）</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Telephone installation application</source>
        <translation>电话报装申请表</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>数量（部）</translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>市话</translation>
    </message>
    <message>
        <source>Domestic long distance</source>
        <translation>国内长途</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国际长途</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>宽带</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Telephone change</source>
        <translation>电话变更登记表</translation>
    </message>
    <message>
        <source>Old number</source>
        <translation>原号码</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>新号码</translation>
    </message>
    <message>
        <source>Telephone numbers to let or sell</source>
        <translation>备租/售电话号码登记表</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>Telephone transfer</source>
        <translation>电话过户登记表</translation>
    </message>
    <message>
        <source>Old holder</source>
        <translation>原户名</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>新户名</translation>
    </message>
    <message>
        <source>Foreign employees</source>
        <translation>境外雇员登记表</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Passport or ID number</source>
        <translation>证件号</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Visa valid until</source>
        <translation>签证有效期</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Resident foreign organisations</source>
        <translation>涉外常驻单位登记表</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国别</translation>
    </message>
    <message>
        <source>Registration certificate number</source>
        <translation>登记证号</translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation>首席代表</translation>
    </message>
    <message>
        <source>User ID and access cards</source>
        <translation>用户身份卡登记表</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发卡日期</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Telephone relocation</source>
        <translation>移机电话统计表</translation>
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
        <translation>车位申请登记表</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Kind of application</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月租</translation>
    </message>
    <message>
        <source>Fixed space</source>
        <translation>固定车位</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
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
        <translation>辞职、辞退员工名单记录表</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>How they left</source>
        <translation>离职方式</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>辞退</translation>
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
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Parking permit</source>
        <translation>停车证</translation>
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
        <translation>代保管单元钥匙申请表</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>钥匙数量（把）</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>委托人</translation>
    </message>
    <message>
        <source>Principal&apos;s ID number</source>
        <translation>委托人证件号</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保管期限至</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>归还人</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <source>Water and electricity meter readings</source>
        <translation>水、电表底数确认单</translation>
    </message>
    <message>
        <source>Water or electricity</source>
        <translation>水/电</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水表</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>抄表日期</translation>
    </message>
    <message>
        <source>Confirmed by (customer)</source>
        <translation>客户确认人</translation>
    </message>
</context>
<context>
    <name>loan</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
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
        <translation>已归还</translation>
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
        <translation>客户档案台</translation>
    </message>
</context>
<context>
    <name>registers</name>
    <message>
        <source>fit-out project</source>
        <translation>二装项目</translation>
    </message>
    <message>
        <source>applied for</source>
        <translation>已申请</translation>
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
        <translation>待验收</translation>
    </message>
    <message>
        <source>passed inspection</source>
        <translation>验收合格</translation>
    </message>
    <message>
        <source>failed inspection</source>
        <translation>验收不合格</translation>
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
        <translation>开工</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Ask for inspection</source>
        <translation>申请验收</translation>
    </message>
    <message>
        <source>Passed inspection</source>
        <translation>验收合格</translation>
    </message>
    <message>
        <source>Failed inspection</source>
        <translation>验收不合格</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金已退</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>已登记</translation>
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
        <translation>已回访</translation>
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
        <translation>回访</translation>
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
        <translation>投诉</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>result awaiting approval</source>
        <translation>结果待审批</translation>
    </message>
    <message>
        <source>result approved</source>
        <translation>结果已审批</translation>
    </message>
    <message>
        <source>fed back</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>登记处理结果</translation>
    </message>
    <message>
        <source>Approve the result</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回重办</translation>
    </message>
    <message>
        <source>Feed back</source>
        <translation>反馈客户</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <source>found</source>
        <translation>已发现</translation>
    </message>
    <message>
        <source>notice issued</source>
        <translation>已发整改通知</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Issue a notice</source>
        <translation>发整改通知</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>found by our staff</source>
        <translation>员工巡查发现</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
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
        <translation>紧急</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>by text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>电子邮件</translation>
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
        <translation>客务员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>客务主管</translation>
    </message>
    <message>
        <source>Department manager</source>
        <translation>客务部经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
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
        <translation>合同章</translation>
    </message>
    <message>
        <source>Finance seal</source>
        <translation>财务章</translation>
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
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Parking permit</source>
        <translation>停车证</translation>
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
        <translation>辞职</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>辞退</translation>
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
        <translation>装修中</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>退租中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已退租</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>已装订</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
</context>
<context>
    <name>survey</name>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>收费价格</translation>
    </message>
    <message>
        <source>Opinion of the company</source>
        <translation>对公司的总体评价</translation>
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
        <translation>已更正笔误</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <source>Scans attached</source>
        <translation>添加了扫描件</translation>
    </message>
</context>
</TS>
