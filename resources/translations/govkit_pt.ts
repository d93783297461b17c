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
    <name>ActivityLinksField</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis (Art. 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: activity to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the chosen activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: linked activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected activity in its register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is linked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a processing activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(processor activity: the controller&apos;s basis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no legal basis given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the system uses the activity&apos;s data for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiSystemEditor</name>
    <message>
        <source>The tier, the area and the reasoning are set by the guided classification: see the Classification tab (Ctrl+K to classify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classificatio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dut&amp;ies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dut&amp;ies ({n} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” classified: {tier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiaExtras</name>
    <message>
        <source>The AIA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by the AIA tool version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw impact score at import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation score at import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations of questions the questionnaire does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed as the AIA tool does when it opens the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from the Canada AIA tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current score at import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact level at import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers kept beside the questionnaire ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} from the Canada AIA tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire has no place for these answers of the file: they are kept as they were and are not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every answer of the file is in the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the AIA tool&apos;s file held for “{title}” that the questionnaire has no place for, kept as it was in the file. The other answers are in the assessment itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} out of {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiaImportDialog</name>
    <message>
        <source>Import a Canada AIA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes an algorithmic impact assessment of a file saved by the Government of Canada&apos;s Algorithmic Impact Assessment tool (“AIA Results.json”): the answers are kept and scored as the tool scores them. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the AIA tool&apos;s .json file, or drop it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada AIA file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Canada AIA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Canada AIA file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIA save files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AI system assessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system the assessment is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the file as an algorithmic impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed because the AI system has the project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI system of the register has the project&apos;s name. Choose the one it assesses, or link it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An algorithmic impact assessment “{title}” will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw impact score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} out of {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} (the raw score reduced by 15 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} (no reduction: mitigation below 80 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers with no place in the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept beside the questionnaire (in the assessment, not scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the AIA tool does when it opens the file</source>
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
    <name>AssessmentExportDialog</name>
    <message>
        <source>Export {assessment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes “{assessment}” to a file, to share, file or print. The vault itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> v{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole assessment as a report to file, print or sign: answers, risks, measures, reviews and sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action plan as an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions and the risks, to follow up in Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CNIL PIA file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the CNIL&apos;s free PIA software: it opens this file with the answers, risks, measures and evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a DPIA can be written for the CNIL&apos;s PIA software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{assessment} action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{assessment} CNIL PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL PIA files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the assessment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the assessment…</source>
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
        <source>The report has {pages} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actions} actions of the action plan, and the risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNIL&apos;s PIA software can import this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {text}</source>
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
        <source>Activity or AI system</source>
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
        <source>AI Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI ethics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIA</source>
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
    <message>
        <source>Import a CNIL PIA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CNIL PIA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Canada AIA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Canada AIA file</source>
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
        <source>Import a CNIL PIA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a DPIA of a PIA exported from the CNIL&apos;s PIA software (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment as a PDF report, its action plan as Excel or (a DPIA) a CNIL PIA file (Ctrl+E)</source>
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
        <source>Import CNIL PIA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import AIA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Canada AIA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an algorithmic impact assessment of a file saved by Canada&apos;s Algorithmic Impact Assessment tool (Ctrl+Alt+I)</source>
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
        <source>AI Act classifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI ethics checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fundamental-rights impact assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithmic impact assessments</source>
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
    <name>AssessmentsPanel</name>
    <message>
        <source>Assessments of the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessments of this AI system: its AI Act classifications, AI ethics checklists, fundamental-rights impact assessments (Art. 27) and algorithmic impact assessments. Open one to answer or review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment of this system yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of assessment to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an assessment of the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an assessment of this system (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an assessment of this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} v{version}</source>
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
        <source>The choices offered in the forms. Built-in entries follow the GDPR&apos;s wording and cannot be removed; add the departments, systems and recipients of your organisation, and the processing your supervisory authority lists as always requiring a DPIA. Removing an entry does not change the records that use it.</source>
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
    <name>ClassificationPanel</name>
    <message>
        <source>EU AI Act classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify the system under the AI Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guided AI Act classification (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the classification assessment in the Assessments section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning of the classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier classifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this is the first classification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tier: {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex III area: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified yet. The guided classification asks the questions of the AI Act and records the answers with an assessment of the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classified by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified on {when} by {who} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the classification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the classification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} was started on {when} and is not applied yet: continue it to apply its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reasoning recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationWizard</name>
    <message>
        <source>Classify “{name}” under the EU AI Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the questions section by section (Ctrl+PgDown for the next one). The questions follow the AI Act: is it an AI system (Art. 3(1)), a prohibited practice (Art. 5), a high-risk use (Art. 6, Annex III), or does it have to tell people they deal with AI (Art. 50)? Every answer is saved with the assessment. When the outcome is known, apply it to the system&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the result to the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the tier, the Annex III area and the reasons on the system (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; the answers are kept for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {outcome} — recorded as “{tier}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CnilExtras</name>
    <message>
        <source>Favourable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfavourable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the CNIL PIA software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in the CNIL PIA software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to questions this questionnaire does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from the CNIL PIA software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the CNIL PIA software, on: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL item {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion of the people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} from the CNIL PIA software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the CNIL&apos;s PIA software recorded for “{title}”, kept as it was in the file. The answers, risks, measures and action plan are in the DPIA itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL question {reference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CnilImportDialog</name>
    <message>
        <source>Import a CNIL PIA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a DPIA of a PIA exported from the CNIL&apos;s PIA software (its .json file): the answers, risks, measures, evaluations, comments and opinions are kept. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PIA&apos;s .json file, or drop it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL PIA file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CNIL PIA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity assessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity the DPIA assesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the PIA as a DPIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({reference}, as {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed because the activity has the PIA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity of the register has the PIA&apos;s name. Choose the one it assesses, or link it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CNIL PIA file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL PIA files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DPIA “{title}” will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be imported as “{status}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s opinion is kept (given by {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the PIA software</source>
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
        <source>Completeness: {percent} % ({done} of {total} items of the register)</source>
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
    <name>DpiaPages</name>
    <message>
        <source>Severity: how badly the people concerned would be affected.
1 Negligible: they would not be affected or only by a few inconveniences.
2 Limited: significant inconveniences they can overcome despite a few difficulties.
3 Significant: serious consequences they could overcome only with real difficulties.
4 Maximum: serious or even irreversible consequences they may not overcome.

Likelihood: how easily the risk sources could make the threats happen.
1 Negligible: it does not seem possible.
2 Limited: it seems difficult.
3 Significant: it seems possible.
4 Maximum: it seems extremely easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIL, PIA methodology and knowledge bases (2018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
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
        <source>DPO&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the measures that protect the people concerned: those in place and those planned. Mark a measure as planned until it is in place; the action plan says who puts it in place and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risk appears twice: a hollow marker where it stood before the measures and a filled one where it stands after them, with an arrow for the move. Risks towards the top right are the most serious; the measures should bring each one down and to the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every action a person in charge and a due date. An action past its due date that is not done is marked overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller seeks the advice of the data protection officer when carrying out a DPIA. Record who gave it, whether it is favourable and what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risks&apos; moves in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the DPO&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text of the opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPIA pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 35(7)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 35(7)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 35(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 39(1)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data protection officer&apos;s advice on this DPIA: whether the processing may go ahead with the measures and the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given yet</source>
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
        <source>No opinion yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk is rated after the measures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} measures, {planned} of them planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{assessed} of {total} risks rated before and after the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest risk after the measures: severity {s}, likelihood {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion given: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has no risks. Add one with “Add risk” (Insert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures yet. Add one with “Add measure” (Insert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan is empty. Add an action with “Add action” (Insert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not assessed —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk title</source>
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
        <source>Measures that treat the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures yet: add them on the Measures page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNIL method&apos;s three risks stay in every DPIA: rate them instead of removing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned (not in place yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned, not in place yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-month-day; the lowest value is no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risk is a feared event for the people whose data is processed. Rate its severity and likelihood from 1 (negligible) to 4 (maximum) before the measures and after them; the risk map shows the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this li&amp;kelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impacts on the people (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hreats (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk s&amp;ources (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures that treat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures, existing or planned, that protect the people concerned: technical, organisational and legal. Each risk says which ones treat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the measure “{title}” from this assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still to be done, who is in charge and by when. A reviewer&apos;s “improvable” verdict adds a line here; overdue actions are marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the plan by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the risk “{title}” from this assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} after the measures is higher than before: measures do not raise a risk, check the levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{action}” from the action plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overdue: this action was due on {date} and is not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New risk {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the CNIL method&apos;s three risks (section {ref} of a CNIL PIA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It treats {n} risks; they will no longer list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by the review of “{section}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutiesPanel</name>
    <message>
        <source>Deployer duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} of {total} duties open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duties of the city as deployer that follow from the classification ({tier}). Changes are saved as you make them and recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is archived: the checklist is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyRow</name>
    <message>
        <source>{duty}: status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees to it (a role or a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duty}: owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: what was done, where the documents are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duty}: evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes:</source>
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
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the register to a file, for colleagues, for your records or for an auditor, or publishes the AI systems register. The vault itself is not changed.</source>
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
        <source>A&amp;TRS record, Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UK Algorithmic Transparency Recording Standard: one sheet per section of its template, one column per AI system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATRS record, JSO&amp;N (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same record as JSON, for a website or another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;utch algorithm register (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in the publication standard of the Dutch national algorithm register (Algoritmeregister), one per system or, for all, a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public register, web pa&amp;ge (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One accessible page for the city&apos;s website, without scripts or links to other sites&apos; files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public register, CS&amp;V (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same public fields as a table, for Excel or an open-data portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency records of the AI systems register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fields meant for the public: internal notes, contacts marked internal and the answers of impact assessments are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include ret&amp;ired systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include retired AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the public register: list retired systems too, with their phase.</source>
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
        <source>One AI syste&amp;m:</source>
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
        <source>AI system to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI systems recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
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
        <source>1 AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} audit pack {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ATRS record {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} algorithm register {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} AI systems register {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} register {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All AI s&amp;ystems ({count})</source>
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
        <source>Exporting the register…</source>
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
        <source>1 AI system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} AI systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {text}</source>
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
    <name>FileExportDialog</name>
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
        <source>The export failed because of an unexpected problem. Nothing was written. The details are in govkit&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
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
</context>
<context>
    <name>FileImportDialog</name>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds is shown here once it is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None for now (link it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read because of an unexpected problem. The details are in govkit&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected problem, and nothing was imported. The details are in govkit&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
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
        <source>{duty}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {who} — {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} ({date})</source>
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
        <source>(owner: {owner})</source>
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
        <source>This record no longer exists.</source>
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
        <source>Import a &amp;CNIL PIA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a DPIA of a PIA exported from the CNIL&apos;s PIA software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Canada AIA &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an algorithmic impact assessment of a file saved by Canada&apos;s Algorithmic Impact Assessment tool</source>
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
        <source>Imported as {reference}.</source>
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
        <source>&amp;New AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssess this AI system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an AI ethics checklist, a FRIA or another assessment of the AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the assessment as a PDF report, Excel or a CNIL PIA file</source>
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
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Add model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add register entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove register entry</source>
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
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories (Art. 9, 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartDelegate</name>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
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
        <source>Pick from the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the entries that apply (Alt+Down in the list)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the CNIL PIA software…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the CNIL PIA file held: comments, evaluations, statuses and opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Canada AIA tool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the AIA tool&apos;s file held that the questionnaire has no place for</source>
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
        <source>{kind} · {status} · owner: {owner} · AI system: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {status} · owner: {owner} · activity: {subject}</source>
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
        <source>The list is empty: add entries under Catalogues.</source>
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
        <source>No entries yet: add them under Catalogues.</source>
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
        <source>Pick entries from the list for: {question}</source>
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
        <source>Version {n} is an older version, kept as it was: it cannot be changed. Choose the newest in the Version list to work on the assessment.</source>
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
    <name>ReadOnlyField</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} of {total} duties still open (see the Duties tab to record progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, {who}: {tier}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>AI systems that use this activity</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Used by the AI systems:</source>
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
        <source>Phase filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tier filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All risk tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k tier:</source>
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
        <source>These AI systems rely on it and will show it as deleted: {systems}.</source>
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
        <source>How many items of the register are filled in</source>
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
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited (Art. 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency (Art. 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} of {total} open</source>
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
        <source>High-risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier}, Annex III point {point}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all {total} settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Act deployer duties still to do or in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Art. 30 items are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the review date has passed. Please review this AI system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk (Annex III {point})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
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
        <source>Art. 30 items</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your register of AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register lists the AI systems your organisation uses or plans: what each one does, who is responsible, the data it relies on and where it stands under the EU AI Act. A guided classification finds its risk tier, and the deployer duties that follow are tracked here with their evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an AI system in the list to see and edit it, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI system matches your search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskMapWidget</name>
    <message>
        <source>Risk map</source>
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
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskModels</name>
    <message>
        <source>Severity {s}, likelihood {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity / likelihood before the measures (1 to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity / likelihood after the measures (1 to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many measures treat the risk</source>
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
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many risks the measure treats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing, or planned (not in place yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section whose review asked for the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the plan by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no action described)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one of the CNIL method&apos;s three risks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the measures: {levels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the measures: {levels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} measures treat this risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treats {n} risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due on {date} and not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {date} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by the review of “{section}”</source>
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
        <source>AI s&amp;ystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has no AI system yet: add one before assessing it.</source>
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
        <source>AI Act classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI ethics checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithmic impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the AI system to assess from the list.</source>
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
    <name>VaultFieldContext</name>
    <message>
        <source>(classified by hand, without an assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the assessment was deleted)</source>
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
    <name>VersionSelector</name>
    <message>
        <source>Version {n} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of this assessment; an older one opens read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} by {name} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} (newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
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
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATRS record, Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ai-system and --include-retired are for the AI systems&apos; exports: --format atrs, nl-register, public-html or public-csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include-retired is for the public register (public-html, public-csv); the ATRS and Dutch register exports always include retired systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ATRS record is written as an Excel workbook or as JSON: name the output file .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 AI system ({what}) to “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} AI systems ({what}) to “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATRS record, JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch algorithm register, JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public transparency register, web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public transparency register, CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping and --sheet are for spreadsheets, not Algorithmic Impact Assessment files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples:
  govkit list register.govkit activities
  govkit list register.govkit processor-activities --format json &gt; out.json
  govkit list register.govkit ai-systems
  govkit list register.govkit assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the register as Excel, PDF, JSON or a signed audit pack, or the AI systems&apos; transparency records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples:
  govkit export register.govkit --format pdf -o register.pdf
  govkit export register.govkit --format xlsx --layout ico -o ico.xlsx
  govkit export register.govkit --format json --department &quot;Human resources&quot; -o hr.json
  govkit export register.govkit --format pack -o audit-2026.zip
  govkit export register.govkit --format atrs -o atrs.xlsx
  govkit export register.govkit --format atrs --ai-system AI-001 -o ai-001.json
  govkit export register.govkit --format nl-register -o algoritmeregister.json
  govkit export register.govkit --format public-html -o ai-register.html
  govkit export register.govkit --assessment DPIA-001 --format pdf -o dpia.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to write (default: from the output file&apos;s extension); the AI systems&apos; transparency records: atrs (UK ATRS record: .xlsx workbook or .json, after the output&apos;s extension), nl-register (Dutch algorithm register JSON), public-html and public-csv (the public register for the website); with --assessment: pdf (the report), xlsx (the action plan) or cnil-json (the CNIL PIA format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the AI systems&apos; exports: only this system (its reference, e.g. AI-001, or its ID); nl-register then writes one entry instead of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for public-html and public-csv: list retired systems too (with their phase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import activities from a spreadsheet (xlsx, csv), a CNIL PIA file or a Canada AIA file (json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit codes: 0 imported (or, with --dry-run, every row is valid), 1 rows with
problems or an unreadable file (nothing written), 3 the vault cannot be opened.
examples:
  govkit import register.govkit old-register.xlsx --dry-run
  govkit import register.govkit old-register.xlsx --mapping mapping.json
  govkit import register.govkit export.csv --skip-invalid
  govkit import register.govkit pia-export.json   (a DPIA from the CNIL PIA software)
  govkit import register.govkit &quot;AIA Results.json&quot;   (from Canada&apos;s AIA tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} AI systems; {high} high-risk, {open} deployer duties open, {overdue} overdue for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ai-system and --include-retired are for the AI systems&apos; exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; AI systems: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit cannot import “{name}”: it imports Excel workbooks (.xlsx), CSV files (.csv), DPIAs exported by the CNIL&apos;s PIA software (.json) and files saved by the Government of Canada&apos;s Algorithmic Impact Assessment tool (AIA Results.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the processing activities (or the activities as processor, the AI systems or the impact assessments) of a vault, as a table for reading or as JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the register to a file: an Excel workbook (xlsx), a PDF report to file (pdf), everything as JSON (json), or an audit pack (pack): one zip with all three and a manifest signed with the vault&apos;s key. The AI systems register&apos;s transparency records hold only the fields meant for the public: an ATRS record (atrs), entries for the Dutch algorithm register (nl-register) and a public register for the website (public-html, public-csv). An existing file of that name is replaced only once the new one is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds the invented {city}: {n} processing activities, {p} activities as processor and {s} AI systems. Every person and detail in it is fictional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex III {point}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format to write with --format xlsx, pdf, json, pack, atrs, nl-register, public-html or public-csv (the name “{name}” does not tell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited practice (Art. 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk (Art. 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency obligations (Art. 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Biometrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Critical infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Education and vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Employment, workers&apos; management and self-employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Access to essential private and public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Migration, asylum and border control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Administration of justice and democratic processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generative AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development data (training, validation, testing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU database for high-risk AI systems (Art. 71)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithmic Transparency Recording Standard (ATRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, address and contact details of the deployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, address and contact details of the person submitting the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the provider&apos;s entry of the system in the EU database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the findings of the fundamental-rights impact assessment (Art. 27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the data protection impact assessment (GDPR Art. 35, Art. 26(8))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out where the system stands under the AI Act: a prohibited practice (Art. 5), high-risk (Art. 6 and Annex III), subject to transparency obligations (Art. 50) or minimal risk. The duties below follow from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using a prohibited practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 5: the system falls under a prohibited AI practice. Stop using it (the prohibitions apply since 2 February 2025), tell the people affected and record how and when it was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI literacy of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 4: make sure the staff who operate or use the system have a sufficient level of AI literacy, taking into account their knowledge and experience, the context of use and the people it is used on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use according to the instructions for use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 26(1): take technical and organisational measures so that the system is used in accordance with the provider&apos;s instructions for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 26(2): assign human oversight to people who have the necessary competence, training and authority, and give them the support they need to question and overrule the system&apos;s output (see also Art. 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant and representative input data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 26(4): to the extent the city controls the input data, make sure it is relevant and sufficiently representative for the system&apos;s intended purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and incident reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 26(5): monitor the system&apos;s operation on the basis of the instructions for use. When its use may present a risk (Art. 79(1)), inform the provider and the market surveillance authority and suspend use; report serious incidents (Art. 73).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 26(6): keep the logs the system generates automatically, as far as they are under the city&apos;s control, for a period suited to the purpose and of at least six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 26(7): before putting the system into service or using it at the workplace, inform the workers&apos; representatives and the workers affected that they will be subject to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform the people decisions are about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 26(11): inform the people subject to decisions the system makes or helps to make that it is used on them. They may ask for an explanation of the system&apos;s role in a decision that affects them (Art. 86).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fundamental-rights impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 27: before first use, assess the impact on fundamental rights (the processes, period and frequency of use, the people affected, the specific risks of harm, human oversight and the measures if risks materialise) and notify the market surveillance authority of the results. A DPIA under GDPR Art. 35 may be complemented rather than repeated (Art. 27(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration in the EU database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49(3) and Art. 26(8): as a public authority, register the use of the system in the EU database before using it, with the information of Annex VIII section C: the deployer&apos;s name, address and contact, the name of the person submitting, the URL of the provider&apos;s entry, a summary of the fundamental-rights impact assessment (Art. 27) and of the data protection impact assessment. Systems of Annex III points 1, 6 and 7 are registered in the secure non-public section (Art. 49(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 50: tell people that they are dealing with an AI system unless it is obvious (Art. 50(1)); inform the people exposed to emotion recognition or biometric categorisation (Art. 50(3)); disclose content the system generated or manipulated, and AI-generated text published to inform the public (Art. 50(4)). The information is given clearly at the first interaction at the latest (Art. 50(5)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI ethics checklist (ALTAI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fundamental-rights impact assessment (FRIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithmic impact assessment (Canada AIA method)</source>
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
        <source>Common on the supervisory authorities&apos; lists (GDPR Art. 35(4)); GDPR Art. 9(1) and 35(3)(b); EDPB WP248 rev.01, criteria 4 and 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common on the supervisory authorities&apos; lists (GDPR Art. 35(4)); GDPR Art. 88; EDPB WP248 rev.01, criteria 3 and 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common on the supervisory authorities&apos; lists (GDPR Art. 35(4)); GDPR Recitals 38 and 75; EDPB WP248 rev.01, criteria 1, 5 and 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common on the supervisory authorities&apos; lists (GDPR Art. 35(4)); GDPR Art. 9(1); EDPB WP248 rev.01, criteria 4 and 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common on the supervisory authorities&apos; lists (GDPR Art. 35(4)); EDPB WP248 rev.01, criterion 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common on the supervisory authorities&apos; lists (GDPR Art. 35(4)); EDPB WP248 rev.01, criteria 3, 4 and 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common on the supervisory authorities&apos; lists (GDPR Art. 35(4)); GDPR Art. 22; EDPB WP248 rev.01, criterion 9</source>
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
        <source>Large-scale processing of health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic monitoring of employees&apos; activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling of vulnerable people, such as children, on a large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric identification of people (an innovative technology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching or combining datasets from different sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-scale tracking of people&apos;s location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing that can exclude people from a service, benefit or contract</source>
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
        <source>Description in plain language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior responsible owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it fits the decision process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human review and override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people can appeal or object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development and operational data</source>
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
        <source>Terms of access to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning of the classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing that always requires a DPIA (your authority&apos;s list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATRS tier 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATRS 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description and rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATRS 2.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATRS 2.3, AI Act Art. 26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical specification and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATRS 2.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities and other registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Act Art. 5, 6, 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployer duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Act Art. 4, 26, 27, 49, 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the contact internal (never published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or area served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior responsible owner (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was done before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale and frequency of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in other registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex III area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier classifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed by a public body or for a public service (Art. 27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also under the transparency obligations of Art. 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes (never published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own identifier, e.g. AI-001. Must be unique in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the system does and why, for a resident who has never heard of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where residents learn more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers questions about the system (a team mailbox is best).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role accountable for the system, e.g. Head of Social Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the supplier may do with the city&apos;s data, and for how long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who checks the output, and how they can overrule it (AI Act Art. 14, 26(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route a resident takes to question an outcome or object (GDPR Art. 21, 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s activities whose legal basis the system&apos;s use of data rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. a high-risk system that talks with people or generates content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is empty: this assessment has no risks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk {n}, {title}: before the measures {before}; after them {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity {s}, likelihood {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk {n}, {title}: stays at {where} after the measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website must be an address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Annex III area is only given for a high-risk system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked activity must be a processing activity of the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every linked activity needs its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model needs a name or a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register entry&apos;s address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a risk tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an area of Annex III.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a deployer duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a duty status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet classified: the city is still working out where it stands under the EU AI Act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice the EU AI Act prohibits (Art. 5): the city must stop using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk under the EU AI Act (Art. 6): it can affect people&apos;s rights or access to services, so strict rules apply to its use, including human oversight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency rules of the EU AI Act apply (Art. 50): people must be told they are dealing with an AI system or AI-generated content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal risk under the EU AI Act: no specific obligations beyond staff training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {sources}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artificial intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Act</source>
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
        <source>which register, or the impact assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export one impact assessment instead of the register: its reference (DPIA-001, newest version; DPIA-001 v2 for another) or its ID, as govkit list shows them</source>
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
        <source>AI system assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the ATRS record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet per section of the ATRS template, one row per field and one column per AI system, ready to copy into the template or to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fields meant for the public are included: internal notes, contacts marked internal and the answers of impact assessments are never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex III area: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-level input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-level output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>govkit does not record when a system went live: each entry&apos;s start date is the month its record was made. Correct it in the register&apos;s form if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the algorithm register entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: no theme follows from the department “{department}”; “{theme}” was used. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: retired; the end date is not recorded, the start date was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: “{field}” is required by the Dutch register and is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: “{field}” has {n} characters, more than the register&apos;s {limit}; it was shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: the system&apos;s contact is internal or empty; the organisation&apos;s contact was published instead.</source>
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
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 duty open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} duties open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI systems the organisation uses or prepares, with every field of the record (internal ones too), the EU AI Act risk tier and the deployer duties that follow from it, with their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not recorded ({n}): {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} AI systems, with their EU AI Act risk tier and deployer duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity not in this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of AI systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk tier in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessments done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the public register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessments of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with govkit {version} from the city&apos;s AI systems register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI systems in this register ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact assessment of this system has been approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions, objections and appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI systems and algorithms the city uses or is preparing: what each one does, who is responsible, how people stay in charge of decisions, and how you can ask questions or object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the city to object to or appeal against a decision about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI systems are published in this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the AIA tool does for older files, the answer “item6-1” to aboutSystem1 is read as “item6”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the AIA tool does, the answer to impact4 (the decision automated, asked on the impact page in older versions) is read as the answer to decisionSector3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a file saved by the Government of Canada&apos;s Algorithmic Impact Assessment tool (such a file holds “version”, “currentPage” and the answers in “data”). In the tool, choose “Save” and import the “{file}” it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” is not a version such as “v1.0.1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“currentPage” is not a page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“translationsOnResult” is not a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” looks like a file saved by the Algorithmic Impact Assessment tool but is damaged: {detail}. Save the assessment again in the tool and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer “{key}” cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size} MB, far more than a file saved by the Algorithmic Impact Assessment tool (govkit reads such files of up to {limit} MB). Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a file saved by the Algorithmic Impact Assessment tool: it is not a text file (UTF-8). In the tool, choose “Save” and import the “{file}” it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “{key}” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged or is not a file saved by the Algorithmic Impact Assessment tool: it is not valid JSON ({detail}). Save the assessment again in the tool and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {count} answers, more than the {limit} govkit reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer “{key}” is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the translation of “{key}” is not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer “{key}” holds something other than texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an AI system within the meaning of Art. 3(1) AI Act: the register records it as minimal risk, so that no AI Act duty is listed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transparency obligations of Art. 50 apply as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes recorded with the answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified yet: start an EU AI Act classification of the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified by hand, without a classification assessment: a guided classification would keep every answer behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the classification {reference} v{version} ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment this classification came from no longer exists or was archived: do the classification again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified on {date} with {reference} v{version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI system this classification is about no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification is not finished: {n} required questions are not answered yet. Answer them, then apply the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire&apos;s outcome “{outcome}” is not one the AI systems register knows: use the built-in EU AI Act classification questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses listed in several areas of Annex III: {areas}. The register records {area}, the first that carries the most duties; the others apply too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer classification, {reference} v{version}, was started after this one: finish it and apply its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s record changed after it was classified ({fields}): check that the classification still holds and do it again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} is a {kind}, not an EU AI Act classification: only a classification&apos;s result can be applied to the AI systems register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} is not about an AI system of the register, so its result has no system to be applied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} is archived: its result can no longer be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} was rejected at review: rework it and have it accepted before applying its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex III area: {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers of {reference} changed after its result was applied: apply the result again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification assessment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity to link no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This duty does not apply to the system as it is classified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification assessment is about another subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} v{version}, approved {date}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(AI system deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI system to assess no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithmic impact assessment from “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: “{value}” ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept beside the questionnaire (in the assessment&apos;s extra data, not scored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the other official language (from the AIA tool): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of choices was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the Algorithmic Impact Assessment “{title}” as {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Algorithmic Impact Assessment “{title}” can be imported (dry run: nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answers} answers to the questionnaire&apos;s questions; {kept} kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw impact score: {score} out of {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation score: {score} out of {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithmic Impact Assessment file “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was saved by version {file} of the AIA tool; govkit&apos;s questionnaire is the AIA v{version}. Answers to questions of other versions are kept beside the questionnaire, and the scores are those of v{version}, as the current tool would give when opening the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} translations of answers belong to no question of the questionnaire; they are kept in the assessment&apos;s extra data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current score: {score} (the raw score reduced by 15 %, as the mitigation score reaches 80 % of the maximum for the phase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current score: {score} (no reduction: the mitigation score is below 80 % of the maximum for the phase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not among the options: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact level: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact level so far: {level} (the project phase is not answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a question of the AIA v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity to link the DPIA to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo municipality (invented data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ATRS record is written as an Excel workbook (.xlsx) or as JSON (.json); give the file one of these extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no AI system to export in what was chosen. Record the AI systems in the AI systems register first, or choose the whole register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI system has the reference or ID “{ref}”. AI systems: {known}.</source>
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
