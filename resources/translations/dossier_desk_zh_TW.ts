<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="133"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="134"/>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="135"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="136"/>
        <source>Emergency contact</source>
        <translation>緊急聯絡人</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="96"/>
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="97"/>
        <source>Reference no.</source>
        <translation>文號</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="98"/>
        <source>Issuer</source>
        <translation>責任者</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="99"/>
        <source>Pages</source>
        <translation>頁數</translation>
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
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="192"/>
        <source>Unit(s)</source>
        <translation>單元</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="193"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="194"/>
        <source>Label text</source>
        <translation>標牌文字</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="197"/>
        <source>Dossier number</source>
        <translation>檔案編號</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="198"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="199"/>
        <source>Paper location</source>
        <translation>紙本檔案位置</translation>
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
        <translation>裝修截止</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="240"/>
        <source>Close dossier</source>
        <translation>關閉檔案</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="279"/>
        <source>Dossier {number} — unit {unit} — {customer}</source>
        <translation>檔案 {number} — 單元 {unit} — {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="285"/>
        <source>Documents, newest first ({count})</source>
        <translation>文件（依日期由新到舊，共 {count} 份）</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_view.py" line="286"/>
        <source>Contacts ({count})</source>
        <translation>聯絡人（{count}）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="24"/>
        <source>Log in — {file}</source>
        <translation>登入 — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="36"/>
        <source>&amp;Login:</source>
        <translation>使用者名稱(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="37"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="41"/>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="45"/>
        <source>Log in to {file}.</source>
        <translation>登入 {file}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>{file} — Dossier Desk</source>
        <translation>{file} — 客戶檔案台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>&amp;Building:</source>
        <translation>大樓(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Floors</source>
        <translation>樓層</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Logged in: {name} ({login})</source>
        <translation>目前使用者：{name}（{login}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>&amp;Next floor</source>
        <translation>下一層(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Previous floor</source>
        <translation>上一層(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Show the &amp;floors</source>
        <translation>顯示樓層(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>{floor}: {count} units</source>
        <translation>{floor}：{count} 個單元</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>This file has no building yet.</source>
        <translation>此檔案中尚無大樓。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>No floors.</source>
        <translation>沒有樓層。</translation>
    </message>
</context>
<context>
    <name>NewBuildingDialog</name>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="38"/>
        <source>New building</source>
        <translation>新增大樓</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="43"/>
        <source>Where to save the new file</source>
        <translation>新檔案的儲存位置</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="44"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="69"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="71"/>
        <source>Building &amp;name:</source>
        <translation>大樓名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="73"/>
        <source>&amp;Lowest floor (−2 = B2):</source>
        <translation>最低樓層(&amp;L)（−2 = B2）：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="74"/>
        <source>&amp;Highest floor:</source>
        <translation>最高樓層(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="76"/>
        <source>&amp;Units per floor:</source>
        <translation>每層單元數(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="78"/>
        <source>Unit &amp;numbering:</source>
        <translation>單元編號規則(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="79"/>
        <source>Sample numbers:</source>
        <translation>編號範例：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="81"/>
        <source>Administrator &amp;login:</source>
        <translation>管理員使用者名稱(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="83"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="84"/>
        <source>&amp;Repeat password:</source>
        <translation>再次輸入密碼(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="91"/>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="95"/>
        <source>In the numbering, {floor} is the floor (B1 for a basement) and {unit:02} the unit, two digits.</source>
        <translation>編號規則中，{floor} 表示樓層（地下一樓為 B1），{unit:02} 表示兩位數的單元序號。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="134"/>
        <source>New dossier file</source>
        <translation>新增檔案檔</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="166"/>
        <source>The lowest floor is above the highest floor.</source>
        <translation>最低樓層高於最高樓層。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="168"/>
        <source>The building needs at least one floor (there is no floor 0).</source>
        <translation>大樓至少需要一個樓層（沒有第 0 層）。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="175"/>
        <source>Use {floor} and {unit}, for example {floor}{unit:02}.</source>
        <translation>請使用 {floor} 和 {unit}，例如 {floor}{unit:02}。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="183"/>
        <source>Letters, digits and punctuation only, without spaces.</source>
        <translation>只能使用字母、數字和標點，不可有空格。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="187"/>
        <source>At least {count} characters.</source>
        <translation>至少 {count} 個字元。</translation>
    </message>
    <message>
        <location filename="../../ui/new_building_dialog.py" line="190"/>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>UnitCardModel</name>
    <message>
        <location filename="../../ui/floor_view.py" line="59"/>
        <source>Unit {number} ({floor})</source>
        <translation>單元 {number}（{floor}）</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="62"/>
        <source>No tenant</source>
        <translation>無租戶</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="66"/>
        <source>Dossier {number}</source>
        <translation>檔案 {number}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="54"/>
        <source>Welcome to Dossier Desk</source>
        <translation>歡迎使用客戶檔案台</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="56"/>
        <source>Dossier Desk keeps one dossier per unit (一户一档), filed by floor. What would you like to do?</source>
        <translation>客戶檔案台依「一戶一檔」管理客戶檔案，並依樓層存放。請選擇要做的事：</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="61"/>
        <source>Open the demo</source>
        <translation>開啟示範資料</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="62"/>
        <source>A made-up building with tenants and documents, to try everything safely.</source>
        <translation>一棟虛構的大樓，含租戶和文件，可放心試用各項功能。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="66"/>
        <source>Set up a new building</source>
        <translation>新增大樓</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="67"/>
        <source>Create a new dossier file: floors, unit numbers and the administrator.</source>
        <translation>建立新的檔案檔：樓層、單元編號和管理員。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="71"/>
        <source>Open an existing file</source>
        <translation>開啟現有檔案</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="71"/>
        <source>A dossier file made earlier or copied from another PC.</source>
        <translation>先前建立或從其他電腦複製過來的檔案檔。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="108"/>
        <source>Building the demo building…</source>
        <translation>正在產生示範大樓…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="142"/>
        <location filename="../../ui/welcome_dialog.py" line="163"/>
        <source>Demo</source>
        <translation>示範</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="142"/>
        <source>The demo could not be built: {error}</source>
        <translation>無法產生示範資料：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="149"/>
        <source>Demo ready</source>
        <translation>示範資料已就緒</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.py" line="153"/>
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
        <location filename="../../ui/welcome_dialog.py" line="178"/>
        <location filename="../../ui/welcome_dialog.py" line="186"/>
        <source>Open a dossier file</source>
        <translation>開啟檔案檔</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/buildings.py" line="107"/>
        <source>The numbering pattern “{pattern}” is not valid ({problem}).</source>
        <translation>編號規則「{pattern}」無效（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="114"/>
        <source>The numbering pattern must contain {{floor}} and {{unit}}, e.g. {{floor}}{{unit:02}}.</source>
        <translation>編號規則必須包含 {{floor}} 和 {{unit}}，例如 {{floor}}{{unit:02}}。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="142"/>
        <source>The lowest floor ({low}) is above the highest floor ({high}).</source>
        <translation>最低樓層（{low}）高於最高樓層（{high}）。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="150"/>
        <source>The building needs at least one floor.</source>
        <translation>大樓至少需要一個樓層。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="159"/>
        <source>The numbering pattern gives unit {number} twice (floors {first} and {second}).</source>
        <translation>依此編號規則，單元 {number} 出現兩次（{first} 和 {second}）。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="170"/>
        <source>There is already a building named “{name}”.</source>
        <translation>已有名為「{name}」的大樓。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="196"/>
        <location filename="../../app/tenancy.py" line="74"/>
        <source>There is no unit with id {id}.</source>
        <translation>沒有 ID 為 {id} 的單元。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="199"/>
        <source>The area must be a number of square metres from 0 up, not “{area}”.</source>
        <translation>面積必須是不小於 0 的平方公尺數，而不是「{area}」。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="226"/>
        <source>There is no building with id {id}.</source>
        <translation>沒有 ID 為 {id} 的大樓。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="316"/>
        <source>There is no unit {number}{where}.</source>
        <translation>沒有單元 {number}{where}。</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="320"/>
        <source>Unit {number} exists in several buildings ({buildings}); name the building.</source>
        <translation>多棟大樓中都有單元 {number}（{buildings}），請指明大樓。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="203"/>
        <location filename="../../app/desk.py" line="169"/>
        <source>A file already exists at {path}; choose a new name.</source>
        <translation>{path} 已有檔案，請換一個名稱。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="251"/>
        <source>There is no building named “{name}”.</source>
        <translation>沒有名為「{name}」的大樓。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="261"/>
        <source>There is no floor {floor}.</source>
        <translation>沒有樓層 {floor}。</translation>
    </message>
    <message>
        <location filename="../../app/contacts.py" line="39"/>
        <source>Give a phone or mobile number for {name}.</source>
        <translation>請填寫 {name} 的電話或手機號碼。</translation>
    </message>
    <message>
        <location filename="../../app/contacts.py" line="49"/>
        <location filename="../../app/documents.py" line="189"/>
        <location filename="../../app/dossiers.py" line="98"/>
        <source>There is no dossier with id {id}.</source>
        <translation>沒有 ID 為 {id} 的檔案。</translation>
    </message>
    <message>
        <location filename="../../app/contacts.py" line="62"/>
        <source>There is no contact with id {id}.</source>
        <translation>沒有 ID 為 {id} 的聯絡人。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="77"/>
        <source>The customer kind must be company or person, not “{kind}”.</source>
        <translation>客戶類型必須是公司或個人，而不是「{kind}」。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="86"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>「{email}」不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="103"/>
        <source>There is no customer with id {id}.</source>
        <translation>沒有 ID 為 {id} 的客戶。</translation>
    </message>
    <message>
        <location filename="../../app/desk.py" line="92"/>
        <source>Log in first: this needs a user.</source>
        <translation>請先登入：此操作需要使用者身分。</translation>
    </message>
    <message>
        <location filename="../../app/desk.py" line="170"/>
        <source>There is no database file at {path}.</source>
        <translation>{path} 沒有資料庫檔案。</translation>
    </message>
    <message>
        <location filename="../../app/desk.py" line="171"/>
        <source>{path} is not a Dossier Desk database ({detail}).</source>
        <translation>{path} 不是客戶檔案台的資料庫（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/desk.py" line="172"/>
        <source>{path} was made by a newer version of Dossier Desk ({detail}); update the program to open it.</source>
        <translation>{path} 由較新版本的客戶檔案台建立（{detail}），請先更新程式再開啟。</translation>
    </message>
    <message>
        <location filename="../../app/desk.py" line="175"/>
        <source>Upgrading {path} failed and was undone ({detail}).</source>
        <translation>升級 {path} 失敗，已復原（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="87"/>
        <source>“{file}” is not a readable file.</source>
        <translation>「{file}」不是可讀取的檔案。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="97"/>
        <source>“{file}” is not a PDF, JPG, PNG or TIFF scan.</source>
        <translation>「{file}」不是 PDF、JPG、PNG 或 TIFF 掃描檔。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="110"/>
        <source>“{file}” is damaged and cannot be read ({problem}).</source>
        <translation>「{file}」已損壞，無法讀取（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="121"/>
        <source>“{category}” is not a document category.</source>
        <translation>「{category}」不是文件類別。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="218"/>
        <source>There is no document with id {id}.</source>
        <translation>沒有 ID 為 {id} 的文件。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="225"/>
        <source>“{title}” is an original document; originals are never modified (R9).</source>
        <translation>「{title}」是原件；原件不得修改（R9）。</translation>
    </message>
    <message>
        <location filename="../../app/documents.py" line="265"/>
        <source>Choose at least one file to attach.</source>
        <translation>請至少選擇一個要附加的檔案。</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="162"/>
        <source>Unit {unit} has no dossier: nobody has moved in yet.</source>
        <translation>單元 {unit} 沒有檔案：尚無客戶入住。</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="51"/>
        <source>Your role ({role}) may not do this ({action}).</source>
        <translation>您的角色（{role}）無權執行此操作（{action}）。</translation>
    </message>
    <message>
        <location filename="../../app/tenancy.py" line="50"/>
        <source>The move-out date {move_out} is not after the move-in date {move_in}.</source>
        <translation>搬出日期 {move_out} 不晚於入住日期 {move_in}。</translation>
    </message>
    <message>
        <location filename="../../app/tenancy.py" line="59"/>
        <source>The fit-out end {date} is before the move-in date.</source>
        <translation>裝修結束日期 {date} 早於入住日期。</translation>
    </message>
    <message>
        <location filename="../../app/tenancy.py" line="65"/>
        <source>Choose at least one unit.</source>
        <translation>請至少選擇一個單元。</translation>
    </message>
    <message>
        <location filename="../../app/tenancy.py" line="67"/>
        <source>The same unit is chosen twice.</source>
        <translation>同一單元被選擇了兩次。</translation>
    </message>
    <message>
        <location filename="../../app/tenancy.py" line="129"/>
        <source>Unit {unit} is occupied by {customer} from {since} to {until} on that date.</source>
        <translation>單元 {unit} 在該日期由 {customer} 使用中（{since} 至 {until}）。</translation>
    </message>
    <message>
        <location filename="../../app/users.py" line="39"/>
        <source>The password must have at least {count} characters.</source>
        <translation>密碼至少需要 {count} 個字元。</translation>
    </message>
    <message>
        <location filename="../../app/users.py" line="50"/>
        <source>A login name uses letters, digits and punctuation, without spaces: “{login}”.</source>
        <translation>使用者名稱只能使用字母、數字和標點，不可有空格：「{login}」。</translation>
    </message>
    <message>
        <location filename="../../app/users.py" line="59"/>
        <source>There is already a user named “{login}”.</source>
        <translation>已有名為「{login}」的使用者。</translation>
    </message>
    <message>
        <location filename="../../app/users.py" line="71"/>
        <source>This database already has users; log in as an administrator.</source>
        <translation>此資料庫已有使用者，請以管理員身分登入。</translation>
    </message>
    <message>
        <location filename="../../app/users.py" line="89"/>
        <source>Unknown user or wrong password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="14"/>
        <source>{field} must not be empty.</source>
        <translation>{field} 不可空白。</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="22"/>
        <source>{field} is too long ({length} characters, at most {limit}).</source>
        <translation>{field} 太長（{length} 個字元，最多 {limit} 個）。</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="33"/>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field} 必須是 {low} 到 {high} 之間的整數。</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="43"/>
        <source>{field} must be a date.</source>
        <translation>{field} 必須是日期。</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="53"/>
        <source>{field} must be a date written as YYYY-MM-DD, not “{value}”.</source>
        <translation>{field} 必須是 YYYY-MM-DD 格式的日期，而不是「{value}」。</translation>
    </message>
</context>
<context>
    <name>category</name>
    <message>
        <location filename="../../app/categories.py" line="24"/>
        <source>Move-in papers</source>
        <translation>入住資料</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="25"/>
        <source>Fit-out files</source>
        <translation>二裝資料</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="26"/>
        <source>Correspondence</source>
        <translation>往來函</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="27"/>
        <source>Door lock application</source>
        <translation>門鎖申請</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="28"/>
        <source>Telephone application</source>
        <translation>電話申請</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="29"/>
        <source>Parking space application</source>
        <translation>車位申請</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="30"/>
        <source>Signage application</source>
        <translation>水牌申請</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="31"/>
        <source>After-hours use application</source>
        <translation>客戶加班申請</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="32"/>
        <source>Other application forms</source>
        <translation>其他申請表</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="33"/>
        <source>Fees and deposits</source>
        <translation>繳費與押金</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="34"/>
        <source>Violations and arrears</source>
        <translation>違規與欠費</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="35"/>
        <source>Repairs</source>
        <translation>報修</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="36"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="37"/>
        <source>ID papers</source>
        <translation>證件資料</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="38"/>
        <source>Contact details</source>
        <translation>聯絡資料</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="39"/>
        <source>Emergency contacts</source>
        <translation>緊急聯絡人</translation>
    </message>
    <message>
        <location filename="../../app/categories.py" line="40"/>
        <source>Staff changes</source>
        <translation>人事異動</translation>
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
        <translation>已進駐</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="36"/>
        <source>Fitting out</source>
        <translation>裝修中</translation>
    </message>
    <message>
        <location filename="../../app/buildings.py" line="37"/>
        <source>Moving out</source>
        <translation>遷出中</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="21"/>
        <source>Live</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="22"/>
        <source>Departed</source>
        <translation>已遷出</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="23"/>
        <source>Bound</source>
        <translation>已裝訂</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="24"/>
        <source>Archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <location filename="../../app/dossiers.py" line="25"/>
        <source>Destroyed</source>
        <translation>已銷毀</translation>
    </message>
</context>
</TS>
