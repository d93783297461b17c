<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About govkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register of processing activities and other data-governance records for local government, kept in one encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit never uses the network; everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Union Public Licence {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit-pack signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not made yet: it is made with the first audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit is free software under the European Union Public Licence 1.2: you may use, study, share and improve it. The licence text: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The register could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit opened the vault but could not show the register because of an unexpected problem. Nothing was changed. The details are in govkit&apos;s log file; please send it to whoever supports govkit for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the vault as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit vaults (*.govkit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved as “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit tries again after your next change; press Ctrl+S to try now, or choose File ▸ Save As… to keep the vault in another folder. Do not close govkit until they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed because of an unexpected problem. Your changes are still open here and the last saved vault is unchanged. The details are in govkit&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit locked “{name}” after {minutes} minutes without use. Type your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is locked. Type your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was saved and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was locked, but the latest changes could not be saved and were discarded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit could not be completed (see the highlighted field). If you continue, that edit is lost; everything else is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose the unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vault and lose the unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock and lose changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault and lose the unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit ran into an unexpected problem. Your last saved changes are safe in the vault file. If something looks wrong, close govkit and open it again.

The details were written to {path}; please send that file to whoever supports govkit for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit demo vault: {path}
Passphrase: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not linked to an activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(activity removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was due on {date}: this assessment is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsEmptyState</name>
    <message>
        <source>Assess the risks of your processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA screening answers the nine criteria of the EDPB guidelines (WP248) for one activity and tells whether a data protection impact assessment is needed: two criteria or more usually mean yes, and some cases always require one (Art. 35(3) and (4) GDPR).

A data protection impact assessment (DPIA) then describes the processing, checks that it is necessary and proportionate, and assesses the risks to the people concerned and the measures against them, following the CNIL method. Both go through review and are signed off; an approved version is kept unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a screening of an activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a screening of an activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Impact assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA screenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Catalogues (pick lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices offered in the forms. Built-in entries follow the GDPR&apos;s wording and cannot be removed; add the departments, systems and recipients of your organisation. Removing an entry does not change the records that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of the pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry for the pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new entry to the pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;tries of “{list}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” was added to “{list}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in entries cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{label}” from the pick list “{list}”? Records that use it keep the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>“{label}” was added to the pick list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness: {percent} % ({done} of {total} Art. 30 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item the register needs is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: {items}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Fill in your organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the register to a file, for colleagues, for your records or for an auditor. The vault itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read, sort and filter in Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report to file or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON data (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit pack (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel + PDF + JSON, signed, for an auditor or supervisory authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full (every field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK ICO template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole register ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;records selected in the list ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records s&amp;hown by the search or filter ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select records in the register&apos;s list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departments recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder and name of the file the export is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the signing key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} audit pack {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} register {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts are for Excel workbooks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of every record, one sheet per register, with the pick lists. govkit can import this workbook again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of the UK Information Commissioner&apos;s Office documentation template, one row per activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laid out like the CNIL&apos;s model register (in French): a summary, then one sheet per activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the file to write, or choose it with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already exists in the folder “{folder}”. Replace it with this export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed because of an unexpected problem. Nothing was written. The details are in govkit&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported: “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total}: {controllers} as controller, {processors} as processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has {pages} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds the register as an Excel workbook, a PDF report ({pages} pages) and JSON, with a signed list of their fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the vault&apos;s first audit pack: its signing key was made now and is kept in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this fingerprint to the recipient separately from the pack (by phone or in a letter, not in the same e-mail), so that they can check with “govkit verify” that the pack comes from you and was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is no longer there: it was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens “{name}”. Open it from the folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>{title} — {article}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Archived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {who} — {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {before} {arrow} {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this record: when, who, and each field before and after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit reads the register of processing activities you keep in an Excel workbook (.xlsx) or a CSV file, matches its columns to the register&apos;s fields and shows you every row before importing. Nothing is written before you confirm, and rows already in the register are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks about the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read because of an unexpected problem. The details are in govkit&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”, sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {n} activities, one per sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {n} rows and {columns} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a workbook exported by govkit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sheet looks like a register too: {sheets}. Import it afterwards, or choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sheets (one activity per sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field of the register that each column goes to. Columns left at “— Do not import —” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller activities (Art. 30(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor activities (Art. 30(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the registers in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the matches you saved for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file and their fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department for all rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load a mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member these matches for files with the same columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember these matches for files with the same columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Do not import —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for the column “{heading}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds {c} controller activities and {p} processor activities: import one register, then the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is matched to “{field}”: choose the column that holds the names of the activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is chosen for {n} columns ({columns}); it holds one value, so only the first column, “{first}”, is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is matched to the owning department, which every activity needs: choose that column, or type a department for all rows below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department for rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department for rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department for all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the columns named in “{name}” is a column of this file, so the matches were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matches of “{name}” are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} columns of this file are not named in it and are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved to “{name}”: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping was saved to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} – {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows: {ready} ready, {invalid} with problems, {dupes} already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is already in the register (same name and department), so there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported: correct the problems in the file, or the matches of the columns (Back), and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the rows with problems in the file and choose it again, or import the other rows and skip those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows already in the register are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 activity was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} activities were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows were skipped (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matches of the columns are remembered for files like this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matches of the columns could not be remembered for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the sheet “{sheet}” &amp;too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the processor activities &amp;too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the controller activities &amp;too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to “{name}”: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows could not be checked because of an unexpected problem; nothing was imported. The details are in govkit&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the register has changed since the rows were checked, and some rows cannot be imported now. They have been checked again below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected problem, and nothing was imported. The details are in govkit&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import 1 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {n} activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows already in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the register as {existing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of the spreadsheet (or its sheet, one activity per sheet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesField</name>
    <message>
        <source>One entry per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <source>Choose from the list or type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: choose or type a value to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the value to {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: chosen values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected values from {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” was added to the pick list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vault}[*] — govkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit: {vault}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new record to the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every change to the vault file now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the vault in another file, e.g. when its folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the register as Excel, PDF, JSON or a signed audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the activities of an Excel or CSV register to this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify an audit pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that an audit pack is complete, unchanged and signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault; the passphrase opens it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you typed in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive or restore the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssess this activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a DPIA screening or a DPIA of the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About govkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} activities imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible for the processing: your organisation, its representative and its data protection officer. Every export of the register starts with these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply changes to the organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;card changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes to the organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: please correct the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartColumns</name>
    <message>
        <source>Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation of safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsField</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (the selected row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the passphrases match?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not typed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People who can open this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person has their own passphrase. The recovery key opens the vault if every passphrase is forgotten; keep it in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the selected person&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now open the vault with their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a colleague their own passphrase, and tell it to them in person. They can change it once they have opened the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, open the vault with the new passphrase. Backups saved before now still open with the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset {name}&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} a new passphrase, for example when they have forgotten theirs. Tell it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will no longer be able to open this vault.

govkit gives the vault a new key, so {name}&apos;s passphrase opens none of the versions saved from now on. Copies and backups saved before now still open with it: delete old copies {name} may have.

The removal is recorded in the change history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current recovery key will no longer open the vault as saved from now on (backups saved before now still open with it). The new key is shown once: have a printer or a safe place ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>At most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: what should be improved or corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the verdict on this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an assessment in the list to answer or review its questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section does not apply with the answers given so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {min} to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {min}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a question to see what to consider and what it is based on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guidance for this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a verdict first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review: the answers cannot be changed until the review is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every required question first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the section “{section}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s verdict on “{section}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: {verdict} by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (version {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {status} · owner: {owner} · activity: {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} required missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved{by}: this version is signed and can no longer be changed. Start a new version to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review: the answers cannot be changed. Give a verdict on each section, then approve or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answer to: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} answered; {missing} required still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome so far: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing an answer reopens it as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date for: {question}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Record views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details or history of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are needed to save the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hist&amp;ory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the register (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;card changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is archived: it is kept for reference and hidden from the register unless “Show archived” is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted. Apply to keep what you typed as a new record, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: %n problem(s) to correct, marked below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the vault “{name}” if every passphrase is forgotten. It is shown only now. Print it or write it down and keep it somewhere safe, such as the office safe, away from this computer. Anyone who has it can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the letters A to Z and the digits 2 to 7 occur: an O is always the letter O, an I always the letter I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “I have stored the recovery key safely” first: it will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it where it will be kept safe; govkit clears the clipboard when the vault is locked or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the vault if every passphrase is forgotten. Keep it somewhere safe, away from the computer. Anyone who has it can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stem} recovery key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to “{path}”. Move it to a USB stick or print it, then delete it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to “{path}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the records that contain every word typed, in any field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depar&amp;tment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of “{name}” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” unarchived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}” from the register?

The change history keeps a record of what it held. You can undo this with Ctrl+Z while the vault is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Not screened: nobody has checked yet whether this activity needs a DPIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening found that no DPIA is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening found that a DPIA is required (Art. 35), and none has been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA is being written or reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPIA has been approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the review date has passed. Please review this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many Art. 30 items are filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Art. 30 items are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Processing activities (Art. 30(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register lists each activity in which your organisation uses personal data: what for, about whom, who receives the data and how long they are kept. Keeping it is required by Article 30 of the GDPR, and it shows residents that their data are handled with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a processing activity in the list to see and edit it, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activity matches your search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor activities (Art. 30(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New processor activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record as a processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register lists the services your organisation performs with personal data on behalf of other controllers, such as payroll or hosting for neighbouring towns. Article 30(2) of the GDPR requires it whenever you act as a processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first processor activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a processor activity in the list to see and edit it, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processor activity matches your search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>✓ All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vault settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are stored in the vault and apply to everyone who opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 turns automatic locking off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copies kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before govkit locks the vault and hides the register. “Never” leaves it open for anyone at this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions kept next to the vault file, to go back to if it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds after a change before it is written to the vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic locking is off: anyone at this computer can read the register while you are away. Lock it yourself with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Approve the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign off “{assessment}”. Your name, role and the time are recorded with a fingerprint of its content; the approved version cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reject “{assessment}”. Say why and what should change: the owner can then rework it and submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the person signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes &amp;requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name and role of the person signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartAssessmentDialog</name>
    <message>
        <source>Start an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA screening asks the nine criteria of the EDPB guidelines to decide whether a data protection impact assessment is needed. A DPIA describes the processing, checks its necessity and proportionality, and assesses the risks to people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has no activity yet: add one before assessing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the activity to assess from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>The change could not be redone: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be undone: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>govkit: open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records of processing activities, encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. govkit keeps your records in a vault: one encrypted file that only the people you choose can open, each with their own passphrase. Nothing leaves this computer.

To begin, create a new vault. If a colleague has given you a vault file, open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault is one encrypted file. Keep it in a folder that is backed up. You will get a recovery key to keep in a safe place, in case every passphrase is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: City of Bonn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person whose passphrase to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without resetting a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set passphrase and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  ({folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit vaults (*.govkit);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault with Browse, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase, or the recovery key, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… This takes a moment on purpose: it makes guessing passphrases slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases are case-sensitive: check Caps Lock and the keyboard language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a govkit vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the .govkit file with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit can open the newest backup and put it in place of the damaged file, which is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found next to it. Restore the file from your organisation&apos;s backup, or ask your IT service for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with a newer govkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault can be open in one place at a time, so that no change is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit could not open the vault because of an unexpected problem. Nothing was changed. The details are in govkit&apos;s log file; please send it to whoever supports govkit for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase, then press “Open the newest backup” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be read either. An older backup exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;next older backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the backup “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit vaults (*.govkit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name. It is recorded with every change you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit could not create the vault because of an unexpected problem. The details are in govkit&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened “{name}” with the recovery key. If someone has forgotten their passphrase, give them a new one now and tell it to them in person. If the recovery key may have been seen by others, create a new one under People once the vault is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be set because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo vault of an invented city, to try govkit out. Its passphrase is filled in: {passphrase}. Press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo vault (only the first time)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPackDialog</name>
    <message>
        <source>Verify an audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that an audit pack made by govkit is complete and unchanged since it was signed: every file&apos;s fingerprint and the signature of its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .zip file of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the fingerprint the organisation gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit packs (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a key fingerprint: it has 64 hexadecimal digits, in groups of four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be checked because of an unexpected problem. The details are in govkit&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault ID: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok        {check}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM   {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is not intact: {n} problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files concerned: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is intact and signed by the expected key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is intact and was signed by the key of the vault open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is intact. To be sure it comes from the organisation, compare the signing key fingerprint below with the one they gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AddToCatalogue</name>
    <message>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed text to the pick list “{list}” so it can be chosen in every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed text to the pick list {list}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Busy</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MessagePanel</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>govkit</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new passphrase given and no terminal to ask for one. Set the environment variable {var}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new passphrase was set after {n} attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given and no terminal to ask for one. Set the environment variable {var} or use --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the passphrase file “{path}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {var}=1 is set, so this vault uses the weakest key derivation govkit allows. It is meant only for automated tests: do not keep real data in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file “{path}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a passphrase file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file “{path}” cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file “{path}” is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not questionnaire answers saved by govkit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved answers are damaged: their header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved answers are damaged: the list of answers is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers were saved by a newer version of govkit (format {version}). Update govkit to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved answer to question “{id}” is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question takes no note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score}: {value} out of {maximum}, which leads to “{outcome}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score}: {value} out of {maximum} reaches no threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire has no question “{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required questions still unanswered: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of the questionnaire leads to “{outcome}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no questionnaire “{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of the questionnaire “{id}” is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD (for example 2025-03-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a list of short texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of the list spans several lines: keep each item short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from {min} to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of at least {min}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of the options offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level from 1 to {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{option}” cannot be combined with other options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the recovery key to FILE (created readable only by you) instead of printing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (store it in a safe place; it is shown only now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With it, anyone can open the vault and reset passphrases. Print it or write it down and keep it locked away (for example in the office safe), apart from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities as processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fingerprint is for audit packs (zip files), not for vaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout is only for --format xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing activities: {c}; activities as processor: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with this vault&apos;s key. Its fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fingerprint to the recipients by another way than the pack (letter, phone). They check the pack with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the desktop application (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples:
  govkit gui
  govkit gui register.govkit
  govkit gui --demo          open the demo vault with an invented city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the demo vault (created on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE (else {env}, else asked twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new, empty vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples:
  govkit init register.govkit --name &quot;Farhana Rahman&quot; --organisation &quot;City of Dhaka&quot;
  govkit init register.govkit --passphrase-file pass.txt --recovery-key-file recovery.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault file to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name as others will see it (default: your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s name, e.g. &quot;City of Quelimane&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a vault holding an invented city, to try govkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples:
  govkit demo demo.govkit
  govkit demo big.govkit --activities 100000     for performance tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who opens the demo vault (default: the demo city&apos;s DPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase or recovery key from the first line of FILE (else {env}, else asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the records of a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default) or json (UTF-8, every field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that a vault or an audit pack is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit codes: 0 intact, 1 problems found (each named), 3 the vault or pack cannot
be opened at all.
examples:
  GOVKIT_PASSPHRASE=... govkit verify register.govkit
  govkit verify audit-pack.zip --fingerprint &quot;3f2a 9c1d ...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault or audit pack to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a pack: the signing key&apos;s fingerprint you expect (as govkit shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the register as Excel, PDF, JSON or a signed audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for xlsx: full (every field, default), ico (UK ICO template) or cnil (CNIL model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the records of this department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only check and show what would be imported; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved column mapping to use instead of matching the headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet to import (default: the sheet that looks most like a register; every register sheet of a workbook exported by govkit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the valid rows and skip the rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples:
  govkit passwd register.govkit
  govkit passwd register.govkit --passphrase-file recovery.txt --person &quot;Ana Silva&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose passphrase to reset (only with the recovery key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key file must not be the vault itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens the vault and resets anyone&apos;s passphrase. Keep it in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault “{path}”{org}. {person} opens it with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key for “{name}”: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {noun}; {incomplete} with Art. 30 items missing, {overdue} overdue for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit pack “{path}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is intact. To be sure it comes from the expected vault, compare the fingerprint above with the one the organisation shows (or use --fingerprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is intact and signed by the expected key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is not intact: {n} problems{files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying “{path}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: {n}. Restore a backup or ask your IT service for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s signing key was created now (recorded in the change history); it signs every pack from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of {name} was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit keeps a city&apos;s records of processing activities (GDPR Art. 30) in one encrypted file, the vault. Without a command it starts the desktop application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the desktop application, optionally opening a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty vault. It opens with your passphrase; a recovery key is shown once, for the office safe. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault holding the invented City of Lindenhaven: an organisation profile, processing activities of many departments and a few activities as processor. Every person and detail in it is fictional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a vault: open it and check its file, its database and its change history (a hash chain that shows whether entries were altered or removed). Or check an audit pack (a zip file made by govkit export --format pack): its signature and every file&apos;s SHA-256; no passphrase is needed for a pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the register to a file: an Excel workbook (xlsx), a PDF report to file (pdf), everything as JSON (json), or an audit pack (pack): one zip with all three and a manifest signed with the vault&apos;s key. An existing file of that name is replaced only once the new one is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import processing activities from an Excel workbook or a CSV file. Columns are matched to fields by their headings (or by a mapping file saved in the application). Every row is checked first; if any row has a problem nothing is imported, unless --skip-invalid. The report lists what was created, skipped and why; rows that look like existing activities are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist. Create it first or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key was written to “{path}” (readable only by you). Store it in a safe place, away from this computer, then delete the file; it is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key could not be written to “{path}”; here it is instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds the invented {city}: {n} processing activities and {p} activities as processor. Every person and detail in it is fictional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment is exported as {formats}, not as {fmt}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name} to “{path}”, {pages} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name} to “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a key fingerprint: it has 64 hexadecimal digits, e.g. as govkit prints it after exporting a pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the register ({what}) to “{path}”, {pages} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the register ({what}) to “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file “{path}” was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copies saved before this change ({files}) still open with the old passphrase. Delete them if the old passphrase may be known to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to {max}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples:
  govkit                                 start the desktop application
  govkit init register.govkit --organisation &quot;City of Bonn&quot;
  govkit demo demo.govkit                a vault with an invented city to try
  govkit list register.govkit activities
  govkit verify register.govkit          exit code 0 if intact, 1 if not
  govkit export register.govkit --format pdf -o register.pdf

The passphrase comes from --passphrase-file FILE, else from the environment
variable {env}, else it is asked for.

exit codes: 0 success, 1 a check failed or the input is invalid, 2 wrong use
of the command, 3 wrong passphrase or unusable vault, 130 cancelled.
Every command has --help; docs/cli.md describes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many processing activities (1 to {max}, default {default})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop application cannot start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” already exists; govkit does not overwrite it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key of the govkit vault “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format to write with --format {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format to write with --format xlsx, pdf, json or pack (the name “{name}” does not tell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” was not found (or is not a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {n} rows have problems (listed above). Correct the file, or import the other rows with --skip-invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your passphrase. Unlocked with the recovery key, reset the passphrase of the person named with --person. The new passphrase comes from {env}, else it is asked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error ({kind}{detail}). Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key file “{path}” cannot be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (files: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was opened with the recovery key. Say whose passphrase to reset with --person NAME. People: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called “{name}” can open this vault. People: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a passphrase you can change only your own ({name}). To reset someone else&apos;s, unlock with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection impact assessment (DPIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DPIA needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking and mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public safety and CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance and taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban planning and building permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture and sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elected members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers and contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxpayers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle owners and drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification data (name, date of birth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National identification number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil status and family situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial and bank details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income and tax data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment and career data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education and training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and video (CCTV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle registration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online identifiers and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social welfare data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans and reading history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric data for identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(1)(a) Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(1)(b) Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(1)(c) Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(1)(d) Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(1)(e) Public task or official authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(1)(f) Legitimate interests (not for public tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(a) Explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(b) Employment, social security and social protection law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(c) Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(d) Not-for-profit bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(e) Made manifestly public by the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(f) Legal claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(g) Substantial public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(h) Health or social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(i) Public health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(j) Archiving, research or statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other municipal departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud hosting provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional or national government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banks and payment providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 45 Adequacy decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 46(2)(a) Legally binding instrument between public authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 46(2)(b) Binding corporate rules (Art. 47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 46(2)(c) Standard contractual clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 46(2)(e) Approved code of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 46(2)(f) Approved certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 46(3)(a) Authorised contractual clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 46(3)(b) Administrative arrangement between public authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49(1)(a) Explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49(1)(b)-(c) Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49(1)(d) Important reasons of public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49(1)(e) Legal claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49(1)(f) Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49(1)(g) Public register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-based access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption in transit (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access logging and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff confidentiality undertakings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure disposal of media and paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data processing agreement with processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean desk policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other public authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras and sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population register system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR and payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and office suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document management system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library management system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking enforcement system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video management system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online forms portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing and mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-centre and citizen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT support and maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection of fees and charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients (or “no recipients”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers (or “no transfers”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9 condition for special categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 10 authority for criminal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard for every transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impacts on the people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion of the data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is a copy of the assessment as it stood at the time shown above. The assessment itself is kept in the encrypted govkit vault named above; its change history records who changed what and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risk is a feared event for the people concerned, assessed on the CNIL&apos;s scales of severity and likelihood (1 Negligible, 2 Limited, 3 Significant, 4 Maximum), before and after its measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number is a risk: a hollow marker where it stood before its measures, a filled one where it stands after them, and an arrow from one to the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfavourable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off {n}: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content hash (SHA-256) identifies exactly what was signed: the answers, risks, measures, action plan, reviews and the DPO&apos;s opinion, and the questionnaire they answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {n}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} of “{subject}”, {reference}, {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(so far: required questions are still unanswered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity {s}; likelihood {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section has been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity before (1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood before (1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity after (1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood after (1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity and likelihood follow the CNIL&apos;s scales: 1 Negligible, 2 Limited, 3 Significant, 4 Maximum. Changes made in this workbook do not reach the assessment in govkit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan – {reference} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note written in govkit beside this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A further risk recorded in govkit: the CNIL&apos;s PIA software has room for its three risks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer&apos;s verdict recorded in govkit on a part the CNIL&apos;s PIA software does not evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of the action plan recorded in govkit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk “{risk}” refers to a measure that does not exist ({id}); it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment on “{ref}” has no place in the CNIL&apos;s PIA software; it is attached to the first question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review of “{section}” has no verdict; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} actions of the action plan belong to “{ref}”; the CNIL&apos;s PIA software has one action per evaluation, so they are written together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNIL&apos;s PIA software only records whether the views of the people concerned were sought: “not appropriate” is written as “not sought”, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer recorded in govkit to a question the CNIL&apos;s PIA software does not ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer kept for the CNIL question “{ref}” cannot be written back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity {s}
Likelihood {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the CNIL&apos;s PIA software this PIA was “In progress”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the CNIL&apos;s PIA software this PIA was “Rejected” by its validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the CNIL&apos;s PIA software this PIA was approved by simple validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the CNIL&apos;s PIA software this PIA was approved by signed validation: a signed report was attached there (attachments are not part of the exported file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the CNIL&apos;s PIA software this PIA was archived: the processing was abandoned. It is imported as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the CNIL&apos;s PIA software this PIA was reviewed and waiting for validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegitimate access to personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwanted modification of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disappearance of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a PIA exported by the CNIL&apos;s PIA software (it has no “pia” and “answers”). In the PIA software, choose “Export” on the PIA and import the .json file it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose views were sought: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the people concerned: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the views of the people concerned were not sought: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation had not been started and holds nothing; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is larger than {limit} MB; govkit does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a PIA export but cannot be read: at {where}, {problem}. Export the PIA again from the CNIL&apos;s PIA software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people concerned (or their representatives) consider that the processing could be implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people concerned (or their representatives) consider that the processing should not be implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk “{risk}” names the measure “{measure}”, which is not among the PIA&apos;s measures; it is added as a measure without a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIA answers question {ref} twice; the first answer is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size} MB, far more than a PIA exported by the CNIL&apos;s PIA software (govkit reads such files of up to {limit} MB). Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a PIA exported by the CNIL&apos;s PIA software: it is not a text file (UTF-8). In the PIA software, choose “Export” on the PIA and import the .json file it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column {column}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a PIA exported by the CNIL&apos;s PIA software: it is not valid JSON ({detail}). In the PIA software, choose “Export” on the PIA and import the .json file it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a complete PIA export: it has no “{key}”. Export the PIA again from the CNIL&apos;s PIA software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal reason recorded in the PIA: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments recorded after a refusal: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category in the CNIL&apos;s PIA software: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation refers to the measure {id}, which is not in the PIA; it is kept under “cnil-{ref}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation refers to “{ref}”, which govkit does not know; it is kept under “cnil-{ref}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The implementation date “{value}” of the action for “{ref}” is not a date; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk “{risk}” has the level {value}, which is not from 1 to 4; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator named in the PIA: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIA was made with a custom structure (“{name}”) of the PIA software; its questions may differ from the CNIL&apos;s standard questions that govkit maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s part “{key}” is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure of the PIA has no title; it is imported as “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation of “{ref}” has an unknown status ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} evaluations had not been started and hold nothing; they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIA&apos;s status “{status}” is unknown; it is imported as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the CNIL question {ref} has no question in govkit&apos;s DPIA; it is kept apart and written back on export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation of “{ref}” has severity and likelihood levels, which only risks have in govkit; they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation of “{ref}” had not been given a verdict; its comment is kept as a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to question {ref} has a text besides its list; the text is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment has the reference or ID “{wanted}”. Assessments: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(activity deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} – {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire of this assessment is missing from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity to assess no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and role of the person signing are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved or rejected assessment gets a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk {n} needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is not in the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what should be improved or corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step needs an assessment that is {wanted}; this one is {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk “{title}”: severity and likelihood go from 1 (negligible) to 4 (maximum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} required questions are not answered yet: {questions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is {status} and cannot be changed. Start a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is {status}: it cannot be changed during review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator (in the CNIL PIA software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activity of the register has this name, so the DPIA is not linked to one yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the CNIL PIA “{title}” as {reference} ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNIL PIA “{title}” can be imported (dry run: nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answers} answers, {risks} risks, {measures} measures, {reviews} evaluations, {actions} actions, {comments} comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL PIA file “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a DPIA can be written in the CNIL PIA format, not a {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to the activity “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: already in the register as {existing}; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: already in the register as {existing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout and --department are for the register, not an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format cnil-json is for one assessment: add --assessment REF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping and --sheet are for spreadsheets, not CNIL PIA files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples:
  govkit list register.govkit activities
  govkit list register.govkit processor-activities --format json &gt; out.json
  govkit list register.govkit assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which register, or the impact assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples:
  govkit export register.govkit --format pdf -o register.pdf
  govkit export register.govkit --format xlsx --layout ico -o ico.xlsx
  govkit export register.govkit --format json --department &quot;Human resources&quot; -o hr.json
  govkit export register.govkit --format pack -o audit-2026.zip
  govkit export register.govkit --assessment DPIA-001 --format pdf -o dpia.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to write (default: from the output file&apos;s extension); with --assessment: pdf (the report), xlsx (the action plan) or cnil-json (the CNIL PIA format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export one impact assessment instead of the register: its reference (DPIA-001, newest version; DPIA-001 v2 for another) or its ID, as govkit list shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import activities from a spreadsheet (xlsx, csv), or a CNIL PIA file (json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit codes: 0 imported (or, with --dry-run, every row is valid), 1 rows with
problems or an unreadable file (nothing written), 3 the vault cannot be opened.
examples:
  govkit import register.govkit old-register.xlsx --dry-run
  govkit import register.govkit old-register.xlsx --mapping mapping.json
  govkit import register.govkit export.csv --skip-invalid
  govkit import register.govkit pia-export.json   (a DPIA from the CNIL PIA software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}; {overdue} overdue for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit cannot import “{name}”: it imports Excel workbooks (.xlsx), CSV files (.csv) and DPIAs exported by the CNIL&apos;s PIA software (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the processing activities (or the activities as processor, or the impact assessments) of a vault, as a table for reading or as JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (other departments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient abroad / international organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored after deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories of personal data (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal bases (Art. 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions for special categories (Art. 9(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer safeguards (Art. 45-49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems and applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of processing (Art. 30(2)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes and legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(b), Art. 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects and personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(c), Art. 9, Art. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(e), Art. 44-49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)(g), Art. 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers, automated decisions and systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 26, Art. 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis (Art. 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories of data (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition for special categories (Art. 9(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal convictions and offences data (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority for criminal data (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipients: the data are not disclosed to anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries or international organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention periods or criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decision-making or profiling (Art. 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logic, significance and consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems and applications used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2)(d), Art. 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers (with representative and DPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller (organisation) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (e-mail, phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative (Art. 27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own identifier, e.g. CR-001. Must be unique in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers questions about this activity (name, e-mail, phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to the data, in plain language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the data are processed; one purpose per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law, decree or contract relied on, e.g. the municipal code section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owning department is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers are listed, so “no transfers outside the EU/EEA” cannot be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every transfer needs a country or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients are listed, so “no recipients” cannot be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Art. 9 condition is only needed when special categories are processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint (SHA-256 of the raw public key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the organisation gave you separately (govkit shows it for the vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check the pack with govkit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without govkit (OpenSSL 3 and coreutils), in the unzipped folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and compare the sums with those in manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s files are larger than an audit pack can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or was altered: the zip file&apos;s own checksum does not match ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing activities (GDPR Art. 30) of: {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {time} by {person} from the vault {vault}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: the fingerprint is the one expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(organisation not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds {n} files; an audit pack holds at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: vault {vault}, made {time} with govkit {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} lists no files (altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: all {n} files match their size and SHA-256 in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a readable zip file ({reason}): it is damaged, or not an audit pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a safe file name for a pack member (it was added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a folder; a pack holds only files (it was added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” appears twice in the pack (one copy was added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing from the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Ed25519 public key (altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a govkit pack manifest (altered or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} was replaced: its fingerprint is {actual}, but {manifest} names the key {named}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: {manifest} is signed by the key {fp} ({key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was signed with the key {actual}, not with the expected key {expected}: it does not come from the vault you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a malformed entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was altered: it has {actual} bytes, the manifest says {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was altered: its SHA-256 does not match the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added: it is not listed in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register as an Excel workbook, every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register as a report to read and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything, machine-readable (JSON, schema version 1.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each file&apos;s size and SHA-256, the vault id, counts and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signature of the exact bytes of manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s public key that made the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than it can be in an audit pack (altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: {manifest} or {signature} was altered (or {key} replaced) after the pack was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was altered: it is larger than the manifest says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: required by Article 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities — {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault {vault} · govkit {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each processing activity of the organisation as controller, with every item of GDPR Article 30(1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activities are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities as processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each activity the organisation performs as processor on behalf of other controllers, with every item of GDPR Article 30(2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities as processor are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sign} marks an item that Article 30 requires and that is not recorded; “—” marks an optional item left empty. Archived and retired records are included and marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities (Art. 30(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities as processor (Art. 30(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records: {i} in use with Art. 30 items missing, {o} overdue for review, {a} archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30 items not recorded ({n}): {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {created} by {creator}; last changed {updated} by {updater}. Record id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Article 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is a copy of the register as it stood at the time shown above. The register itself is kept in the encrypted govkit vault named above; its change history records who changed what and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Article 30 record of processing activities ({scope})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages (pass {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c} processing activities (Art. 30(1)), {p} activities as processor (Art. 30(2)); {i} with Art. 30 items missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next review {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report cannot be made: the font file “{name}” that govkit ships is missing or damaged ({reason}). Reinstall govkit or ask your IT service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit can import this workbook into a vault (File › Import, or govkit import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit recipients, transfers, joint controllers and controllers served on their own sheets: the summary columns of the activity sheets are read only when a record has no rows there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Record ID links those rows to their activity; give new rows the Record ID of their activity, or leave it empty on a new activity and fill its summary column instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the column guide below: it tells govkit which column holds which field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities (controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities (processor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived records included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from govkit on {when} (UTC) by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing activities (all fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing activities (ICO template layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing activities (CNIL model layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from govkit {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third country or international organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation of the safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing this workbook and importing it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities – {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal offence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} (special category data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cells held more than Excel&apos;s 32,767 characters and end with […].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived in the workbook; it is imported as a current record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards are given but no transfers; they were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula cells without a saved value were read as empty: {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” after yes or no was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a status govkit knows: use draft, active or retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” under “{field}” says there are some without naming them; nothing was imported for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date govkit can read: use a date cell, or write it as 2025-03-31 or 31.03.2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip archive of other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged or incomplete and cannot be read as a workbook. Open it in Excel (which may repair it), save it again, and import the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not found. It may have been moved, renamed or deleted, or the drive holding it is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be read ({detail}). Check that you may open the file and that no other program is writing it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; govkit imports files of up to {limit} MB. Remove the sheets and pictures that are not part of the register, or split it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a spreadsheet govkit can read. Save the register as an Excel workbook (.xlsx) or as CSV, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not an Excel workbook, although its name ends in .xlsx. Open the register itself in Excel and save it as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is an OpenDocument file (LibreOffice). Open it in LibreOffice or Excel, save it as an Excel workbook (.xlsx) or CSV, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is an Excel binary workbook (.xlsb), which govkit cannot read. Open it in Excel and save it as “Excel Workbook (.xlsx)”, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is in the old Excel 97–2003 format (.xls). Open it in Excel or LibreOffice, save it as “Excel Workbook (.xlsx)”, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is an old-format Office document, not an Excel workbook. Open the register in Excel and save it as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is protected with a password, so govkit cannot read it. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear it), save, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” unpacks to far more data than a register holds (over {limit} MB), so govkit does not open it: it may be damaged or made to harm the computer. Ask whoever sent it for a plain copy of the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is made of more than {limit} parts, far more than a workbook needs, so govkit does not open it. Ask whoever sent it for a plain copy of the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{name}” is empty. If the register is on another sheet, choose that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of column headings was found in {where}. The register needs one row naming its columns (for example “Name”, “Purpose”, “Legal basis”) above the activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has column headings but no activities below them. If the register is on another sheet, choose that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has more than {limit} rows; govkit imports at most {limit} activities at once. Split the register into several files and import them one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has more than {limit} columns, more than a register has. Remove the columns that are not part of the register, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be read as a CSV file (line {line}: {detail}). Open it in a spreadsheet program, save it again as CSV or .xlsx, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a column mapping govkit can use ({detail}). A mapping file is saved by govkit&apos;s import, or written by hand as a JSON object of column headings and field names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Details: {detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” holds no rows at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of the {n} sheets laid out as a form (label and answer side by side) was read as one activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of the {n} sheets laid out as a form (label and answer side by side) was read as one activity. To import the summary sheet “{sheet}” instead, choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards of the transfers (one per transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives of the controllers served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officers of the controllers served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit record ID (links the sheets of a govkit workbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processor activities (Art. 30(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller activities (Art. 30(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns must map headings to field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the defaults must map field names to texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown register “{r}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fields: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “{heading}” is matched to “{field}”, which {register} lack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field “{field}” to give a value to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer govkit (version {v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped at row {row}, after {n} empty rows in a row; rows further down, if any, were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is marked as wider than {n} columns; columns after column {letter} were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cells hold formulas. govkit never runs formulas: it took the values Excel saved with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} formula cells have no saved value (the file was not saved by a spreadsheet program) and were read as empty: {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is too long (at most 300 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in entries cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo municipality can only be added to a vault whose registers are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel export is not available in this version of govkit. Export as PDF or JSON instead, or install a newer govkit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be written ({reason}). Check that you may write in the folder “{folder}” and that the file is not open in another program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export cannot overwrite the vault itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record belongs to the department “{name}”. Departments: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: “{name}” could not be written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is a folder. Give the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a govkit vault; an export never overwrites a vault. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the owning department, which every activity needs: match a column to it, or give one department for all rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet holds one of the {found}, not of the {register}: import it into that register (choose it when matching the columns), or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows cannot be imported, so nothing was imported. Correct them in the file, or import the other rows only (skip invalid rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is matched to the name of the processing activity. Choose the column that holds the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of {source} into the register of {register}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows: {ready} ready to import, {invalid} with problems, {dupes} already in the register (skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} activities were created in the register of {register} from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file “{name}” was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file “{name}” could not be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows were skipped because the register already holds them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows were skipped because of problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference “{ref}” is already used by {existing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference “{ref}” is also used by row {n} of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the most used passwords: it is tried first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use your own name or your organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences such as “abcd”, “1234” or keyboard rows like “qwerty”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated characters and repeated parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid common passwords and words inside your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single word, even with digits or symbols added, is guessed quickly. Use several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another unrelated word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: this passphrase is hard to guess. Keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small changes to a common password (a capital, a digit, 0 for o) do not fool anyone who tries to guess it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it longer: several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself while you have the vault open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters. Several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone called “{name}” can already open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference “{ref}” is already used by another record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {n}, {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key for audit packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: integrity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: authenticated and decrypted (vault {vid}, save {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {n} broken references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: {n} entries, hash chain intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be saved ({reason}). Nothing was lost: your changes are still open here and the last saved vault is unchanged. Try again, or choose Save As… to keep them elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history ends at entry {found} but the vault recorded {expected} entries: recent entries were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries {first} to {last} are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry {seq} does not follow the entry before it (an entry was removed or altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry {seq} ({when}, {who}) was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase or recovery key is not correct for this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last person who can open the vault with a passphrase and cannot be removed. Add someone else first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key cannot be removed or given a passphrase. To replace it, create a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own access while you are using it. Another person, or the recovery key, can remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was opened with the recovery key, which has no passphrase to change. Reset a person&apos;s passphrase instead, or create a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer has access to the vault; the list you used was out of date. Open the list of people again to see who has access now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a govkit vault. Check that you chose the right file: a vault&apos;s name usually ends in .govkit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault “{name}” is damaged or has been altered: {detail} A backup exists beside it: {backup}. Open the backup to continue from its last save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault “{name}” is damaged or has been altered: {detail} No backup was found beside it: restore the file from a copy, such as your organisation&apos;s backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of govkit (format {found}). Install the latest govkit to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already open in another window or program ({holder}). Close it there first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding “{name}” is full. Nothing was lost: your changes are still open here and the last saved vault is unchanged. Free some space, then save again, or choose Save As… to keep them elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit may not write to the folder of “{name}” (read-only or no permission). Nothing was lost: your changes are still open here and the last saved vault is unchanged. Choose Save As… to keep them elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already exists. govkit never overwrites an existing file with a vault: choose another name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not found. It may have been moved, renamed or deleted, or the drive holding it is not connected. Connect the drive, or choose the file where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}). Check that the drive holding it is connected and that you may read the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit cannot write in the folder of “{name}” ({reason}), so it cannot open the vault for editing. Copy the vault to a folder where you may write, then open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” must be updated for this version of govkit, and a backup copy is written next to it first. Writing that copy failed ({reason}), so the vault was left unchanged. Free some space or check the folder&apos;s permissions, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault can be opened by at most {limit} people. Remove someone who no longer needs access, then add the new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} on {host}, process {pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty or no longer holds a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot does not match the rest of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its encrypted content fails the integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register inside cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with this name can already open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can have at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}, register schema {schema}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header declares an impossible size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header checksum does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has unexpected extra bytes at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file signature is corrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot&apos;s protection was weakened below govkit&apos;s minimum (possible tampering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot asks for an impossible amount of work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
