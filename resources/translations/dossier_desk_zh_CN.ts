<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/dossier_view.py" line="131"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="132"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="133"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="134"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="135"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="136"/>
        <source>Emergency contact</source>
        <translation>紧急联络人</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="146"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../ui/dossier_view.py" line="94"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="95"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="96"/>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="97"/>
        <source>Reference no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="98"/>
        <source>Issuer</source>
        <translation>责任者</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="99"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="100"/>
        <source>Original / working copy</source>
        <translation>原件/工作件</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="101"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="119"/>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="119"/>
        <source>Working copy</source>
        <translation>工作件</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../ui/dossier_view.py" line="188"/>
        <source>Dossier</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="192"/>
        <source>Unit(s)</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="193"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="194"/>
        <source>Label text</source>
        <translation>标牌文字</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="197"/>
        <source>Dossier number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="198"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="199"/>
        <source>Paper location</source>
        <translation>纸质档案位置</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="202"/>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="203"/>
        <source>Moved out</source>
        <translation>搬出日期</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="204"/>
        <source>Fit-out until</source>
        <translation>装修截止</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="240"/>
        <source>Close dossier</source>
        <translation>关闭档案</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="279"/>
        <source>Dossier {number} — unit {unit} — {customer}</source>
        <translation>档案 {number} — 单元 {unit} — {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="285"/>
        <source>Documents, newest first ({count})</source>
        <translation>文件（按日期由新到旧，共 {count} 份）</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="286"/>
        <source>Contacts ({count})</source>
        <translation>联络人（{count}）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="24"/>
        <source>Log in — {file}</source>
        <translation>登录 — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="36"/>
        <source>&amp;Login:</source>
        <translation>用户名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="37"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="41"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="45"/>
        <source>Log in to {file}.</source>
        <translation>登录到 {file}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>{file} — Dossier Desk</source>
        <translation>{file} — 客户档案台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>&amp;Building:</source>
        <translation>楼宇(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Floors</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Logged in: {name} ({login})</source>
        <translation>当前用户：{name}（{login}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>&amp;Next floor</source>
        <translation>下一层(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Previous floor</source>
        <translation>上一层(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Show the &amp;floors</source>
        <translation>显示楼层(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>{floor}: {count} units</source>
        <translation>{floor}：{count} 个单元</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>This file has no building yet.</source>
        <translation>此文件中还没有楼宇。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>No floors.</source>
        <translation>没有楼层。</translation>
    </message>
</context>
<context>
    <name>NewBuildingDialog</name>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="38"/>
        <source>New building</source>
        <translation>新建楼宇</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="43"/>
        <source>Where to save the new file</source>
        <translation>新文件的保存位置</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="44"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="69"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="71"/>
        <source>Building &amp;name:</source>
        <translation>楼宇名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="73"/>
        <source>&amp;Lowest floor (−2 = B2):</source>
        <translation>最低楼层(&amp;L)（−2 = B2）：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="74"/>
        <source>&amp;Highest floor:</source>
        <translation>最高楼层(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="76"/>
        <source>&amp;Units per floor:</source>
        <translation>每层单元数(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="78"/>
        <source>Unit &amp;numbering:</source>
        <translation>单元编号规则(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="79"/>
        <source>Sample numbers:</source>
        <translation>编号示例：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="81"/>
        <source>Administrator &amp;login:</source>
        <translation>管理员用户名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="83"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="84"/>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="91"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="95"/>
        <source>In the numbering, {floor} is the floor (B1 for a basement) and {unit:02} the unit, two digits.</source>
        <translation>编号规则中，{floor} 表示楼层（地下一层为 B1），{unit:02} 表示两位数的单元序号。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="134"/>
        <source>New dossier file</source>
        <translation>新建档案文件</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="166"/>
        <source>The lowest floor is above the highest floor.</source>
        <translation>最低楼层高于最高楼层。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="168"/>
        <source>The building needs at least one floor (there is no floor 0).</source>
        <translation>楼宇至少需要一个楼层（没有第 0 层）。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="175"/>
        <source>Use {floor} and {unit}, for example {floor}{unit:02}.</source>
        <translation>请使用 {floor} 和 {unit}，例如 {floor}{unit:02}。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="183"/>
        <source>Letters, digits and punctuation only, without spaces.</source>
        <translation>只能使用字母、数字和标点，不能有空格。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="187"/>
        <source>At least {count} characters.</source>
        <translation>至少 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="190"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UnitCardModel</name>
    <message>
        <location filename="../../ui/floor_view.py" line="59"/>
        <source>Unit {number} ({floor})</source>
        <translation>单元 {number}（{floor}）</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="62"/>
        <source>No tenant</source>
        <translation>无租户</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="66"/>
        <source>Dossier {number}</source>
        <translation>档案 {number}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="54"/>
        <source>Welcome to Dossier Desk</source>
        <translation>欢迎使用客户档案台</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="56"/>
        <source>Dossier Desk keeps one dossier per unit (一户一档), filed by floor. What would you like to do?</source>
        <translation>客户档案台按“一户一档”管理客户档案，并按楼层存放。请选择要做的事：</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="61"/>
        <source>Open the demo</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="62"/>
        <source>A made-up building with tenants and documents, to try everything safely.</source>
        <translation>一栋虚构的楼宇，含租户和文件，可放心试用各项功能。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="66"/>
        <source>Set up a new building</source>
        <translation>新建楼宇</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="67"/>
        <source>Create a new dossier file: floors, unit numbers and the administrator.</source>
        <translation>创建新的档案文件：楼层、单元编号和管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="71"/>
        <source>Open an existing file</source>
        <translation>打开现有文件</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="71"/>
        <source>A dossier file made earlier or copied from another PC.</source>
        <translation>以前创建的或从其他电脑复制来的档案文件。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="108"/>
        <source>Building the demo building…</source>
        <translation>正在生成演示楼宇…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="142"/>
        <location filename="../../ui/welcome_dialog.py" line="163"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="142"/>
        <source>The demo could not be built: {error}</source>
        <translation>无法生成演示数据：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="149"/>
        <source>Demo ready</source>
        <translation>演示数据已就绪</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="153"/>
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
        <location filename="../../ui/welcome_dialog.py" line="178"/>
        <location filename="../../ui/welcome_dialog.py" line="186"/>
        <source>Open a dossier file</source>
        <translation>打开档案文件</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/buildings.py" line="107"/>
        <source>The numbering pattern “{pattern}” is not valid ({problem}).</source>
        <translation>编号规则“{pattern}”无效（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="114"/>
        <source>The numbering pattern must contain {{floor}} and {{unit}}, e.g. {{floor}}{{unit:02}}.</source>
        <translation>编号规则必须包含 {{floor}} 和 {{unit}}，例如 {{floor}}{{unit:02}}。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="142"/>
        <source>The lowest floor ({low}) is above the highest floor ({high}).</source>
        <translation>最低楼层（{low}）高于最高楼层（{high}）。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="150"/>
        <source>The building needs at least one floor.</source>
        <translation>楼宇至少需要一个楼层。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="159"/>
        <source>The numbering pattern gives unit {number} twice (floors {first} and {second}).</source>
        <translation>按此编号规则，单元 {number} 出现两次（{first} 和 {second}）。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="170"/>
        <source>There is already a building named “{name}”.</source>
        <translation>已有名为“{name}”的楼宇。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="196"/>
        <location filename="../../app/tenancy.py" line="74"/>
        <source>There is no unit with id {id}.</source>
        <translation>没有 ID 为 {id} 的单元。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="199"/>
        <source>The area must be a number of square metres from 0 up, not “{area}”.</source>
        <translation>面积必须是不小于 0 的平方米数，而不是“{area}”。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="226"/>
        <source>There is no building with id {id}.</source>
        <translation>没有 ID 为 {id} 的楼宇。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="316"/>
        <source>There is no unit {number}{where}.</source>
        <translation>没有单元 {number}{where}。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="320"/>
        <source>Unit {number} exists in several buildings ({buildings}); name the building.</source>
        <translation>多栋楼宇中都有单元 {number}（{buildings}），请指明楼宇。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="203"/>
        <location filename="../../app/desk.py" line="169"/>
        <source>A file already exists at {path}; choose a new name.</source>
        <translation>{path} 已存在文件，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="251"/>
        <source>There is no building named “{name}”.</source>
        <translation>没有名为“{name}”的楼宇。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="261"/>
        <source>There is no floor {floor}.</source>
        <translation>没有楼层 {floor}。</translation>
    </message>
    <message>
        <location filename="../../app/contacts.py" line="39"/>
        <source>Give a phone or mobile number for {name}.</source>
        <translation>请填写 {name} 的电话或手机号码。</translation>
    </message>
    <message>
        <location filename="../../app/contacts.py" line="49"/>
        <location filename="../../app/documents.py" line="189"/>
        <location filename="../../app/dossiers.py" line="98"/>
        <source>There is no dossier with id {id}.</source>
        <translation>没有 ID 为 {id} 的档案。</translation>
    </message>
    <message>
        <location filename="../../app/contacts.py" line="62"/>
        <source>There is no contact with id {id}.</source>
        <translation>没有 ID 为 {id} 的联络人。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="77"/>
        <source>The customer kind must be company or person, not “{kind}”.</source>
        <translation>客户类型必须是公司或个人，而不是“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="86"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="103"/>
        <source>There is no customer with id {id}.</source>
        <translation>没有 ID 为 {id} 的客户。</translation>
    </message>
    <message>
        <location filename="../../app/desk.py" line="92"/>
        <source>Log in first: this needs a user.</source>
        <translation>请先登录：此操作需要用户身份。</translation>
    </message>
    <message>
        <location filename="../../app/desk.py" line="170"/>
        <source>There is no database file at {path}.</source>
        <translation>{path} 处没有数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/desk.py" line="171"/>
        <source>{path} is not a Dossier Desk database ({detail}).</source>
        <translation>{path} 不是客户档案台的数据库（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/desk.py" line="172"/>
        <source>{path} was made by a newer version of Dossier Desk ({detail}); update the program to open it.</source>
        <translation>{path} 由较新版本的客户档案台创建（{detail}），请先升级程序再打开。</translation>
    </message>
    <message>
        <location filename="../../app/desk.py" line="175"/>
        <source>Upgrading {path} failed and was undone ({detail}).</source>
        <translation>升级 {path} 失败，已撤销（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="87"/>
        <source>“{file}” is not a readable file.</source>
        <translation>“{file}”不是可读取的文件。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="97"/>
        <source>“{file}” is not a PDF, JPG, PNG or TIFF scan.</source>
        <translation>“{file}”不是 PDF、JPG、PNG 或 TIFF 扫描件。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="110"/>
        <source>“{file}” is damaged and cannot be read ({problem}).</source>
        <translation>“{file}”已损坏，无法读取（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="121"/>
        <source>“{category}” is not a document category.</source>
        <translation>“{category}”不是文件类别。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="218"/>
        <source>There is no document with id {id}.</source>
        <translation>没有 ID 为 {id} 的文件。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="225"/>
        <source>“{title}” is an original document; originals are never modified (R9).</source>
        <translation>“{title}”是原件；原件不得修改（R9）。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="265"/>
        <source>Choose at least one file to attach.</source>
        <translation>请至少选择一个要附加的文件。</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="162"/>
        <source>Unit {unit} has no dossier: nobody has moved in yet.</source>
        <translation>单元 {unit} 没有档案：尚无客户入住。</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="51"/>
        <source>Your role ({role}) may not do this ({action}).</source>
        <translation>您的角色（{role}）无权执行此操作（{action}）。</translation>
    </message>
    <message>
        <location filename="../../app/tenancy.py" line="50"/>
        <source>The move-out date {move_out} is not after the move-in date {move_in}.</source>
        <translation>搬出日期 {move_out} 不晚于入住日期 {move_in}。</translation>
    </message>
    <message>
        <location filename="../../app/tenancy.py" line="59"/>
        <source>The fit-out end {date} is before the move-in date.</source>
        <translation>装修结束日期 {date} 早于入住日期。</translation>
    </message>
    <message>
        <location filename="../../app/tenancy.py" line="65"/>
        <source>Choose at least one unit.</source>
        <translation>请至少选择一个单元。</translation>
    </message>
    <message>
        <location filename="../../app/tenancy.py" line="67"/>
        <source>The same unit is chosen twice.</source>
        <translation>同一单元被选择了两次。</translation>
    </message>
    <message>
        <location filename="../../app/tenancy.py" line="129"/>
        <source>Unit {unit} is occupied by {customer} from {since} to {until} on that date.</source>
        <translation>单元 {unit} 在该日期由 {customer} 占用（{since} 至 {until}）。</translation>
    </message>
    <message>
        <location filename="../../app/users.py" line="39"/>
        <source>The password must have at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/users.py" line="50"/>
        <source>A login name uses letters, digits and punctuation, without spaces: “{login}”.</source>
        <translation>用户名只能使用字母、数字和标点，不能有空格：“{login}”。</translation>
    </message>
    <message>
        <location filename="../../app/users.py" line="59"/>
        <source>There is already a user named “{login}”.</source>
        <translation>已有名为“{login}”的用户。</translation>
    </message>
    <message>
        <location filename="../../app/users.py" line="71"/>
        <source>This database already has users; log in as an administrator.</source>
        <translation>此数据库已有用户，请以管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../app/users.py" line="89"/>
        <source>Unknown user or wrong password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="14"/>
        <source>{field} must not be empty.</source>
        <translation>{field} 不能为空。</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="22"/>
        <source>{field} is too long ({length} characters, at most {limit}).</source>
        <translation>{field} 太长（{length} 个字符，最多 {limit} 个）。</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="33"/>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field} 必须是 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="43"/>
        <source>{field} must be a date.</source>
        <translation>{field} 必须是日期。</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="53"/>
        <source>{field} must be a date written as YYYY-MM-DD, not “{value}”.</source>
        <translation>{field} 必须是 YYYY-MM-DD 格式的日期，而不是“{value}”。</translation>
    </message>
</context>
<context>
    <name>category</name>
    <message>
        <location filename="../../app/categories.py" line="24"/>
        <source>Move-in papers</source>
        <translation>入住资料</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="25"/>
        <source>Fit-out files</source>
        <translation>二装资料</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="26"/>
        <source>Correspondence</source>
        <translation>往来函</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="27"/>
        <source>Door lock application</source>
        <translation>门锁申请</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="28"/>
        <source>Telephone application</source>
        <translation>电话申请</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="29"/>
        <source>Parking space application</source>
        <translation>车位申请</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="30"/>
        <source>Signage application</source>
        <translation>水牌申请</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="31"/>
        <source>After-hours use application</source>
        <translation>客户加班申请</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="32"/>
        <source>Other application forms</source>
        <translation>其他申请表</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="33"/>
        <source>Fees and deposits</source>
        <translation>缴费与押金</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="34"/>
        <source>Violations and arrears</source>
        <translation>违规与欠费</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="35"/>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="36"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="37"/>
        <source>ID papers</source>
        <translation>证件资料</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="38"/>
        <source>Contact details</source>
        <translation>联络资料</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="39"/>
        <source>Emergency contacts</source>
        <translation>紧急联络人</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="40"/>
        <source>Staff changes</source>
        <translation>人事变动</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="41"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../app/buildings.py" line="34"/>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="35"/>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="36"/>
        <source>Fitting out</source>
        <translation>装修中</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="37"/>
        <source>Moving out</source>
        <translation>搬出中</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="21"/>
        <source>Live</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="22"/>
        <source>Departed</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="23"/>
        <source>Bound</source>
        <translation>已装订</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="24"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="25"/>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
</context>
</TS>
