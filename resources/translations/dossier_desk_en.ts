<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppraisalDialog</name>
    <message numerus="yes">
        <source>%n file(s) due, {boxes}</source>
        <translation>
            <numerusform>%n file due, {boxes}</numerusform>
            <numerusform>%n files due, {boxes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whole box(es)</source>
        <translation>
            <numerusform>%n whole box</numerusform>
            <numerusform>%n whole boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destruction list {number} recorded: %n file(s), {scans} deleted.</source>
        <translation>
            <numerusform>Destruction list {number} recorded: %n file, {scans} deleted.</numerusform>
            <numerusform>Destruction list {number} recorded: %n files, {scans} deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) could not be deleted; Check lists them.</source>
        <translation>
            <numerusform>%n scan could not be deleted; Check lists it.</numerusform>
            <numerusform>%n scans could not be deleted; Check lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsWaitingWindow</name>
    <message numerus="yes">
        <source>%n request(s) waiting for your decision.</source>
        <translation>
            <numerusform>%n request waiting for your decision.</numerusform>
            <numerusform>%n requests waiting for your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveBrowser</name>
    <message numerus="yes">
        <source>{number} — %n dossier(s)</source>
        <translation>
            <numerusform>{number} — %n dossier</numerusform>
            <numerusform>{number} — %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{year} (%n box(es))</source>
        <translation>
            <numerusform>{year} (%n box)</numerusform>
            <numerusform>{year} (%n boxes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es), {dossiers}</source>
        <translation>
            <numerusform>%n box, {dossiers}</numerusform>
            <numerusform>%n boxes, {dossiers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived dossier(s)</source>
        <translation>
            <numerusform>%n archived dossier</numerusform>
            <numerusform>%n archived dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s), {documents}, {pages}</source>
        <translation>
            <numerusform>%n dossier, {documents}, {pages}</numerusform>
            <numerusform>%n dossiers, {documents}, {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand-over list (%n box(es))</source>
        <translation>
            <numerusform>Hand-over list (%n box)</numerusform>
            <numerusform>Hand-over list (%n boxes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveSettingsDialog</name>
    <message numerus="yes">
        <source>%n file(s) were bound before these settings existed and still have an old number; they get their archival code once, and keep the old one as 原编号.</source>
        <translation>
            <numerusform>%n file was bound before these settings existed and still has an old number; it gets its archival code once, and keeps the old one as 原编号.</numerusform>
            <numerusform>%n files were bound before these settings existed and still have an old number; they get their archival code once, and keep the old one as 原编号.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrearsRegister</name>
    <message numerus="yes">
        <source>%n tenancy(ies) behind, ¥{total} overdue.</source>
        <translation>
            <numerusform>%n tenancy behind, ¥{total} overdue.</numerusform>
            <numerusform>%n tenancies behind, ¥{total} overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue more than %n day(s)</source>
        <translation>
            <numerusform>overdue more than %n day</numerusform>
            <numerusform>overdue more than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message numerus="yes">
        <source>Backup verified: {folder}

%n scan(s): {copied} copied, {there} already in the backup folder; {written} written in {seconds} s.</source>
        <translation>
            <numerusform>Backup verified: {folder}

%n scan: {copied} copied, {there} already in the backup folder; {written} written in {seconds} s.</numerusform>
            <numerusform>Backup verified: {folder}

%n scans: {copied} copied, {there} already in the backup folder; {written} written in {seconds} s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BehindWindow</name>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BindDialog</name>
    <message numerus="yes">
        <source>%n document(s) have no page count: bind them &amp;without page numbers</source>
        <translation>
            <numerusform>%n document has no page count: bind it &amp;without page numbers</numerusform>
            <numerusform>%n documents have no page count: bind them &amp;without page numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxesPage</name>
    <message numerus="yes">
        <source>%n box(es) for {dossiers}.</source>
        <translation>
            <numerusform>%n box for {dossiers}.</numerusform>
            <numerusform>%n boxes for {dossiers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bound dossier(s)</source>
        <translation>
            <numerusform>%n bound dossier</numerusform>
            <numerusform>%n bound dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) hold more than their capacity.</source>
        <translation>
            <numerusform>%n box holds more than its capacity.</numerusform>
            <numerusform>%n boxes hold more than their capacity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message numerus="yes">
        <source>%n dossier(s): {unbound} not bound, {bound} bound.</source>
        <translation>
            <numerusform>%n dossier: {unbound} not bound, {bound} bound.</numerusform>
            <numerusform>%n dossiers: {unbound} not bound, {bound} bound.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) out on loan, not in the cabinet: {dossiers}. Take them back first.</source>
        <translation>
            <numerusform>%n dossier out on loan, not in the cabinet: {dossiers}. Take it back first.</numerusform>
            <numerusform>%n dossiers out on loan, not in the cabinet: {dossiers}. Take them back first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bind %n dossier(s) of {year}? Their documents get item and page numbers and a file number each, and they no longer change.</source>
        <translation>
            <numerusform>Bind %n dossier of {year}? Its documents get item and page numbers and a file number, and it no longer changes.</numerusform>
            <numerusform>Bind %n dossiers of {year}? Their documents get item and page numbers and a file number each, and they no longer change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) have documents without a page count (or none) and are left out: record the pages, or bind each from its dossier as it is.</source>
        <translation>
            <numerusform>%n dossier has documents without a page count (or none) and is left out: record the pages, or bind it from its dossier as it is.</numerusform>
            <numerusform>%n dossiers have documents without a page count (or none) and are left out: record the pages, or bind each from its dossier as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bound %n dossier(s): file numbers {first} to {last}.</source>
        <translation>
            <numerusform>Bound %n dossier: file number {first}.</numerusform>
            <numerusform>Bound %n dossiers: file numbers {first} to {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargesRegister</name>
    <message numerus="yes">
        <source>%n line(s): charged ¥{amount}, paid ¥{paid}, open ¥{open}.</source>
        <translation>
            <numerusform>%n line: charged ¥{amount}, paid ¥{paid}, open ¥{open}.</numerusform>
            <numerusform>%n lines: charged ¥{amount}, paid ¥{paid}, open ¥{open}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodesDialog</name>
    <message numerus="yes">
        <source>These %n file(s) get the archival code shown. Their old number stays as 原编号: it is printed small and still finds the file. This is done once and cannot be undone.</source>
        <translation>
            <numerusform>This %n file gets the archival code shown. Its old number stays as 原编号: it is printed small and still finds the file. This is done once and cannot be undone.</numerusform>
            <numerusform>These %n files get the archival code shown. Their old number stays as 原编号: it is printed small and still finds the file. This is done once and cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message numerus="yes">
        <source>%n bound dossier(s) into {boxes} on {floors} ({names}).</source>
        <translation>
            <numerusform>%n bound dossier into {boxes} on {floors} ({names}).</numerusform>
            <numerusform>%n bound dossiers into {boxes} on {floors} ({names}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new box(es)</source>
        <translation>
            <numerusform>%n new box</numerusform>
            <numerusform>%n new boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n floor(s)</source>
        <translation>
            <numerusform>%n floor</numerusform>
            <numerusform>%n floors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) stay unbound, for a later run.</source>
        <translation>
            <numerusform>%n dossier stays unbound, for a later run.</numerusform>
            <numerusform>%n dossiers stay unbound, for a later run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverSheetsDialog</name>
    <message numerus="yes">
        <source>%n page(s) to print.</source>
        <translation>
            <numerusform>%n page to print.</numerusform>
            <numerusform>%n pages to print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>occupied ({occupied} of %n unit(s))</source>
        <translation>
            <numerusform>occupied ({occupied} of %n unit)</numerusform>
            <numerusform>occupied ({occupied} of %n units)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation>
            <numerusform> (%n is overdue)</numerusform>
            <numerusform> (%n are overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositsRegister</name>
    <message numerus="yes">
        <source>%n deposit(s): ¥{amount} received; held ¥{held}, refunded ¥{refunded}, retained ¥{retained}.</source>
        <translation>
            <numerusform>%n deposit: ¥{amount} received; held ¥{held}, refunded ¥{refunded}, retained ¥{retained}.</numerusform>
            <numerusform>%n deposits: ¥{amount} received; held ¥{held}, refunded ¥{refunded}, retained ¥{retained}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <source>%n row(s) added; nothing else was changed.</source>
        <translation>
            <numerusform>%n row added; nothing else was changed.</numerusform>
            <numerusform>%n rows added; nothing else was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message numerus="yes">
        <source>Imported from {file}: %n row(s) added.</source>
        <translation>
            <numerusform>Imported from {file}: %n row added.</numerusform>
            <numerusform>Imported from {file}: %n rows added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitOutProjectsWindow</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n is overdue</numerusform>
            <numerusform>, %n are overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %n shown)</source>
        <translation>
            <numerusform> (only %n shown)</numerusform>
            <numerusform> (the first %n shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitOutSection</name>
    <message numerus="yes">
        <source>Papers (%n)</source>
        <translation>
            <numerusform>Paper (%n)</numerusform>
            <numerusform>Papers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Violations (%n)</source>
        <translation>
            <numerusform>Violation (%n)</numerusform>
            <numerusform>Violations (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FloorsPage</name>
    <message numerus="yes">
        <source>{floor}: %n unit(s)</source>
        <translation>
            <numerusform>{floor}: %n unit</numerusform>
            <numerusform>{floor}: %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsRegister</name>
    <message numerus="yes">
        <source>%n form(s).</source>
        <translation>
            <numerusform>%n form.</numerusform>
            <numerusform>%n forms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxMenu</name>
    <message numerus="yes">
        <source>Scan &amp;inbox (%n bundle(s) waiting)…</source>
        <translation>
            <numerusform>Scan &amp;inbox (%n bundle waiting)…</numerusform>
            <numerusform>Scan &amp;inbox (%n bundles waiting)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) from the inbox filed by their cover sheets.</source>
        <translation>
            <numerusform>%n scan from the inbox filed by its cover sheet.</numerusform>
            <numerusform>%n scans from the inbox filed by their cover sheets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) wait in the scan inbox (Tools ▸ Scan inbox…).</source>
        <translation>
            <numerusform>%n scan waits in the scan inbox (Tools ▸ Scan inbox…).</numerusform>
            <numerusform>%n scans wait in the scan inbox (Tools ▸ Scan inbox…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message numerus="yes">
        <source>%n bundle(s) to file</source>
        <translation>
            <numerusform>%n bundle to file</numerusform>
            <numerusform>%n bundles to file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filed by themselves</source>
        <translation>
            <numerusform>%n filed by itself</numerusform>
            <numerusform>%n filed by themselves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) still being written</source>
        <translation>
            <numerusform>%n file still being written</numerusform>
            <numerusform>%n files still being written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more page(s)</source>
        <translation>
            <numerusform>… %n more page</numerusform>
            <numerusform>… %n more pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCount</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelCheckDialog</name>
    <message numerus="yes">
        <source>%n live dossier(s) whose label does not show the current name.</source>
        <translation>
            <numerusform>%n live dossier whose label does not show the current name.</numerusform>
            <numerusform>%n live dossiers whose label does not show the current name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message numerus="yes">
        <source>{days}/%n days</source>
        <translation>
            <numerusform>{days}/%n day</numerusform>
            <numerusform>{days}/%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message numerus="yes">
        <source>%n row(s) saved in {file}.</source>
        <translation>
            <numerusform>%n row saved in {file}.</numerusform>
            <numerusform>%n rows saved in {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoansMenu</name>
    <message numerus="yes">
        <source>%n loan(s) overdue:</source>
        <translation>
            <numerusform>%n loan overdue:</numerusform>
            <numerusform>%n loans overdue:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoansWindow</name>
    <message numerus="yes">
        <source>%n loan(s); {overdue} overdue.</source>
        <translation>
            <numerusform>%n loan; {overdue} overdue.</numerusform>
            <numerusform>%n loans; {overdue} overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s); none overdue.</source>
        <translation>
            <numerusform>%n loan; none overdue.</numerusform>
            <numerusform>%n loans; none overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingReportDialog</name>
    <message numerus="yes">
        <source>%n live dossier(s) on this floor lack move-in papers.</source>
        <translation>
            <numerusform>%n live dossier on this floor lacks move-in papers.</numerusform>
            <numerusform>%n live dossiers on this floor lack move-in papers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message numerus="yes">
        <source>{allocated} pays %n charge(s); {left} stays as the tenant&apos;s credit.</source>
        <translation>
            <numerusform>{allocated} pays %n charge; {left} stays as the tenant&apos;s credit.</numerusform>
            <numerusform>{allocated} pays %n charges; {left} stays as the tenant&apos;s credit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsRegister</name>
    <message numerus="yes">
        <source>%n payment(s): received ¥{received}, reversed ¥{reversed}, net ¥{net}.</source>
        <translation>
            <numerusform>%n payment: received ¥{received}, reversed ¥{reversed}, net ¥{net}.</numerusform>
            <numerusform>%n payments: received ¥{received}, reversed ¥{reversed}, net ¥{net}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>Every row is right: %n row(s) will be added. Press Import to add them.</source>
        <translation>
            <numerusform>Every row is right: %n row will be added. Press Import to add it.</numerusform>
            <numerusform>Every row is right: %n rows will be added. Press Import to add them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickFind</name>
    <message numerus="yes">
        <source>%n dossier(s) — ↑↓ choose, Enter opens, Esc closes</source>
        <translation>
            <numerusform>%n dossier — ↑↓ choose, Enter opens, Esc closes</numerusform>
            <numerusform>%n dossiers — ↑↓ choose, Enter opens, Esc closes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDestructionDialog</name>
    <message numerus="yes">
        <source>%n file(s) with {documents} are destroyed for good: their scans are deleted from this computer and, at the next backup, from the backups. Their records stay, marked destroyed.</source>
        <translation>
            <numerusform>%n file with {documents} is destroyed for good: its scans are deleted from this computer and, at the next backup, from the backups. Its record stays, marked destroyed.</numerusform>
            <numerusform>%n files with {documents} are destroyed for good: their scans are deleted from this computer and, at the next backup, from the backups. Their records stay, marked destroyed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefileDialog</name>
    <message numerus="yes">
        <source>Refile %n document(s)</source>
        <translation>
            <numerusform>Refile %n document</numerusform>
            <numerusform>Refile %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>Found %n problem(s); nothing was written. Correct them in the workbook and check again.</source>
        <translation>
            <numerusform>Found %n problem; nothing was written. Correct it in the workbook and check again.</numerusform>
            <numerusform>Found %n problems; nothing was written. Correct them in the workbook and check again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>Made {date} by {name} ({login}) with Dossier Desk {version} from {file}: %n building(s), {units}, {dossiers}, {documents}, {scans}, {size} in all.</source>
        <translation>
            <numerusform>Made {date} by {name} ({login}) with Dossier Desk {version} from {file}: %n building, {units}, {dossiers}, {documents}, {scans}, {size} in all.</numerusform>
            <numerusform>Made {date} by {name} ({login}) with Dossier Desk {version} from {file}: %n buildings, {units}, {dossiers}, {documents}, {scans}, {size} in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>{year}: %n dossier(s) archived into {boxes}.</source>
        <translation>
            <numerusform>{year}: %n dossier archived into {boxes}.</numerusform>
            <numerusform>{year}: %n dossiers archived into {boxes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departed dossier(s) are not bound yet and wait for a later run.</source>
        <translation>
            <numerusform>%n departed dossier is not bound yet and waits for a later run.</numerusform>
            <numerusform>%n departed dossiers are not bound yet and wait for a later run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanPlaceDialog</name>
    <message numerus="yes">
        <source>The database keeps %n scan(s).</source>
        <translation>
            <numerusform>The database keeps %n scan.</numerusform>
            <numerusform>The database keeps %n scans.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message numerus="yes">
        <source>%n dossier(s) found. Double-click or Enter opens one.</source>
        <translation>
            <numerusform>%n dossier found. Double-click or Enter opens it.</numerusform>
            <numerusform>%n dossiers found. Double-click or Enter opens one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyWindow</name>
    <message numerus="yes">
        <source>%n corrective action(s); {overdue} overdue.</source>
        <translation>
            <numerusform>%n corrective action; {overdue} overdue.</numerusform>
            <numerusform>%n corrective actions; {overdue} overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) shown; {answered} answered, {waiting} not yet.</source>
        <translation>
            <numerusform>%n customer shown; {answered} answered, {waiting} not yet.</numerusform>
            <numerusform>%n customers shown; {answered} answered, {waiting} not yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenancyMenu</name>
    <message numerus="yes">
        <source>The name on the label of dossier {numbers} has changed. Print the new label now?
Later: the label check lists it until the new one is printed.</source>
        <translation>
            <numerusform>The name on the label of dossier {numbers} has changed. Print the new label now?
Later: the label check lists it until the new one is printed.</numerusform>
            <numerusform>The names on the labels of dossiers {numbers} have changed. Print the new labels now?
Later: the label check lists them until the new ones are printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print new label</source>
        <translation>
            <numerusform>&amp;Print new label</numerusform>
            <numerusform>&amp;Print new labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labels recorded as printed: %n dossier(s).</source>
        <translation>
            <numerusform>Labels recorded as printed: %n dossier.</numerusform>
            <numerusform>Labels recorded as printed: %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Units {units} given back; the dossier is departed.</source>
        <translation>
            <numerusform>Unit {units} given back; the dossier is departed.</numerusform>
            <numerusform>Units {units} given back; the dossier is departed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Units {units} given back; the tenant keeps {kept}.</source>
        <translation>
            <numerusform>Unit {units} given back; the tenant keeps {kept}.</numerusform>
            <numerusform>Units {units} given back; the tenant keeps {kept}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToRecoverList</name>
    <message numerus="yes">
        <source>%n item(s) to recover.</source>
        <translation>
            <numerusform>%n item to recover.</numerusform>
            <numerusform>%n items to recover.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsDueWindow</name>
    <message numerus="yes">
        <source>%n visit(s) due from {first} to {last}</source>
        <translation>
            <numerusform>%n visit due from {first} to {last}</numerusform>
            <numerusform>%n visits due from {first} to {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n is overdue</numerusform>
            <numerusform>, %n are overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message numerus="yes">
        <source>%n dossier(s) of {year} are not in a box yet: {departed} still to bind, {bound} bound.</source>
        <translation>
            <numerusform>%n dossier of {year} is not in a box yet: {departed} still to bind, {bound} bound.</numerusform>
            <numerusform>%n dossiers of {year} are not in a box yet: {departed} still to bind, {bound} bound.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message numerus="yes">
        <source>Dossier {number} has %n document(s) without a page count ({titles}): record their pages before binding, or bind it as it is.</source>
        <translation>
            <numerusform>Dossier {number} has %n document without a page count ({titles}): record its pages before binding, or bind it as it is.</numerusform>
            <numerusform>Dossier {number} has %n documents without a page count ({titles}): record their pages before binding, or bind it as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are waiting now, but the preview showed {expected}: look at the preview again.</source>
        <translation>
            <numerusform>%n file is waiting now, but the preview showed {expected}: look at the preview again.</numerusform>
            <numerusform>%n files are waiting now, but the preview showed {expected}: look at the preview again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) of history before {day} would begin before {first}.</source>
        <translation>
            <numerusform>%n year of history before {day} would begin before {first}.</numerusform>
            <numerusform>%n years of history before {day} would begin before {first}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A title on a cover sheet has at most %n character(s).</source>
        <translation>
            <numerusform>A title on a cover sheet has at most %n character.</numerusform>
            <numerusform>A title on a cover sheet has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
