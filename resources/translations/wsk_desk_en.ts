<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>BestModel</name>
        <message>
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>competitor</source>
            <translation>competitor</translation>
        </message>
        <message>
            <source>competency</source>
            <translation>competency</translation>
        </message>
        <message>
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <source>medal</source>
            <translation>medal</translation>
        </message>
    </context>
    <context>
        <name>Cells</name>
        <message>
            <source>Deduction reason: %1</source>
            <translation>Deduction reason: %1</translation>
        </message>
        <message>
            <source>%1 is from %2 like %3: choose a substitute (F4).</source>
            <translation>%1 is from %2 like %3: choose a substitute (F4).</translation>
        </message>
        <message>
            <source>%1 of %2 judges' scores entered.</source>
            <translation>%1 of %2 judges' scores entered.</translation>
        </message>
        <message>
            <source>Disagreement confirmed by the Chief Expert: %1</source>
            <translation>Disagreement confirmed by the Chief Expert: %1</translation>
        </message>
        <message>
            <source>Disagreement: the scores differ by more than %1. The judges re-score, or the Chief Expert confirms the scores with a reason.</source>
            <translation>Disagreement: the scores differ by more than %1. The judges re-score, or the Chief Expert confirms the scores with a reason.</translation>
        </message>
    </context>
    <context>
        <name>CompetencyPage</name>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <source>Marking &amp;scheme</source>
            <translation>Marking &amp;scheme</translation>
        </message>
        <message>
            <source>&amp;Marks</source>
            <translation>&amp;Marks</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Results</translation>
        </message>
        <message>
            <source>Sign off…</source>
            <translation>Sign off…</translation>
        </message>
        <message>
            <source>The Chief Expert signs off the competency: the results become final.</source>
            <translation>The Chief Expert signs off the competency: the results become final.</translation>
        </message>
        <message>
            <source>Choose a competency on the left.</source>
            <translation>Choose a competency on the left.</translation>
        </message>
        <message>
            <source>Sign off %1</source>
            <translation>Sign off %1</translation>
        </message>
        <message>
            <source>The results of %1 become final (revision %2). Chief Expert's name:</source>
            <translation>The results of %1 become final (revision %2). Chief Expert's name:</translation>
        </message>
        <message>
            <source>This corrects the signed results of revision %1. Why?</source>
            <translation>This corrects the signed results of revision %1. Why?</translation>
        </message>
        <message>
            <source>Sign-off cancelled: a corrected sign-off needs a reason.</source>
            <translation>Sign-off cancelled: a corrected sign-off needs a reason.</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Sign off</translation>
        </message>
        <message>
            <source>%1 is signed off: the results are final (revision %2).</source>
            <translation>%1 is signed off: the results are final (revision %2).</translation>
        </message>
        <message>
            <source>Medal changes: %1.</source>
            <translation>Medal changes: %1.</translation>
        </message>
    </context>
    <context>
        <name>CompetitorsModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>competitor</source>
            <translation>competitor</translation>
        </message>
        <message>
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <source>team</source>
            <translation>team</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Marking team of form %1</source>
            <translation>Marking team of form %1</translation>
        </message>
        <message>
            <source>Judge %1</source>
            <translation>Judge %1</translation>
        </message>
        <message>
            <source>⊘ %1 is from %2 like %3 %4: a substitute is needed for %3.</source>
            <translation>⊘ %1 is from %2 like %3 %4: a substitute is needed for %3.</translation>
        </message>
        <message>
            <source>The same expert is chosen twice.</source>
            <translation>The same expert is chosen twice.</translation>
        </message>
        <message>
            <source>✓ No compatriots on this team.</source>
            <translation>✓ No compatriots on this team.</translation>
        </message>
    </context>
    <context>
        <name>DistributionChart</name>
        <message numerus="yes">
            <source>Raw marks of %n result(s)</source>
            <translation>
                <numerusform>Raw marks of %n result</numerusform>
                <numerusform>Raw marks of %n results</numerusform>
            </translation>
        </message>
        <message>
            <source>no award</source>
            <translation>no award</translation>
        </message>
        <message>
            <source>raw marks</source>
            <translation>raw marks</translation>
        </message>
        <message>
            <source>median %1</source>
            <translation>median %1</translation>
        </message>
    </context>
    <context>
        <name>ExpertsModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>expert</source>
            <translation>expert</translation>
        </message>
        <message>
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>no file open</source>
            <translation>no file open</translation>
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation>READ-ONLY</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[read-only]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Competency</source>
            <translation>&amp;Competency</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Rec&amp;ent files</source>
            <translation>Rec&amp;ent files</translation>
        </message>
        <message>
            <source>&amp;New championship…</source>
            <translation>&amp;New championship…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open &amp;read-only…</source>
            <translation>Open &amp;read-only…</translation>
        </message>
        <message>
            <source>Restore a &amp;backup…</source>
            <translation>Restore a &amp;backup…</translation>
        </message>
        <message>
            <source>Second backup &amp;folder…</source>
            <translation>Second backup &amp;folder…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Sign off competency…</source>
            <translation>&amp;Sign off competency…</translation>
        </message>
        <message>
            <source>New competency from a marking scheme…</source>
            <translation>New competency from a marking scheme…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Marking scheme</source>
            <translation>Marking scheme</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Marks</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Show %1</translation>
        </message>
        <message>
            <source>Switch between list and page</source>
            <translation>Switch between list and page</translation>
        </message>
        <message>
            <source>&amp;Keyboard</source>
            <translation>&amp;Keyboard</translation>
        </message>
        <message>
            <source>&amp;About WSK Desk</source>
            <translation>&amp;About WSK Desk</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>Opened %1.</translation>
        </message>
        <message>
            <source>saved %1</source>
            <translation>saved %1</translation>
        </message>
        <message>
            <source>The change is saved, but the screen could not be refreshed (%1). Reopen the file to see it.</source>
            <translation>The change is saved, but the screen could not be refreshed (%1). Reopen the file to see it.</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <source>Open championship</source>
            <translation>Open championship</translation>
        </message>
        <message>
            <source>Championship files (*.wsk)</source>
            <translation>Championship files (*.wsk)</translation>
        </message>
        <message>
            <source>New championship</source>
            <translation>New championship</translation>
        </message>
        <message>
            <source>Name of the championship:</source>
            <translation>Name of the championship:</translation>
        </message>
        <message>
            <source>Second backup folder (a USB stick)</source>
            <translation>Second backup folder (a USB stick)</translation>
        </message>
        <message>
            <source>Backups also go to %1 from the next opening.</source>
            <translation>Backups also go to %1 from the next opening.</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Keyboard</translation>
        </message>
        <message>
            <source>About WSK Desk</source>
            <translation>About WSK Desk</translation>
        </message>
        <message>
            <source>WSK Desk %1: the scoring desk for skills championships.</source>
            <translation>WSK Desk %1: the scoring desk for skills championships.</translation>
        </message>
    </context>
    <context>
        <name>MarkWriter</name>
        <message>
            <source>No championship file is open.</source>
            <translation>No championship file is open.</translation>
        </message>
        <message>
            <source>Not undone: %1 The step is kept: Ctrl+Z tries it again.</source>
            <translation>Not undone: %1 The step is kept: Ctrl+Z tries it again.</translation>
        </message>
        <message>
            <source>Not redone: %1 The step is kept: Ctrl+Y tries it again.</source>
            <translation>Not redone: %1 The step is kept: Ctrl+Y tries it again.</translation>
        </message>
    </context>
    <context>
        <name>MarksModel</name>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>%1 has withdrawn: no result, so no marks are entered.</source>
            <translation>%1 has withdrawn: no result, so no marks are entered.</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>%1 is absent for form %2: marks count as 0.</source>
            <translation>%1 is absent for form %2: marks count as 0.</translation>
        </message>
        <message>
            <source>Form total</source>
            <translation>Form total</translation>
        </message>
        <message>
            <source>mark</source>
            <translation>mark</translation>
        </message>
        <message>
            <source>J</source>
            <translation>J</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>aspect</source>
            <translation>aspect</translation>
        </message>
        <message>
            <source>max</source>
            <translation>max</translation>
        </message>
        <message>
            <source>ABSENT</source>
            <translation>ABSENT</translation>
        </message>
        <message>
            <source>WITHDRAWN</source>
            <translation>WITHDRAWN</translation>
        </message>
        <message>
            <source>This line is computed; type marks in the aspect lines.</source>
            <translation>This line is computed; type marks in the aspect lines.</translation>
        </message>
        <message>
            <source>The file is open read-only: changes are not possible.</source>
            <translation>The file is open read-only: changes are not possible.</translation>
        </message>
        <message>
            <source>Form %1 is locked: unlock it, with a reason, to change marks.</source>
            <translation>Form %1 is locked: unlock it, with a reason, to change marks.</translation>
        </message>
        <message numerus="yes">
            <source>Form %1 has %n judge(s): type %n score(s) 0-3, for example %2.</source>
            <translation>
                <numerusform>Form %1 has %n judge: type %n score 0-3, for example %2.</numerusform>
                <numerusform>Form %1 has %n judges: type %n scores 0-3, for example %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is absent for form %2: press A to mark them present.</source>
            <translation>%1 is absent for form %2: press A to mark them present.</translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) missing</source>
            <translation>
                <numerusform>%n mark missing</numerusform>
                <numerusform>%n marks missing</numerusform>
            </translation>
        </message>
        <message>
            <source>Form %1 has no marking team yet: choose its judges first (Competency ▸ Marking team).</source>
            <translation>Form %1 has no marking team yet: choose its judges first (Competency ▸ Marking team).</translation>
        </message>
        <message>
            <source>mark %1 · %2</source>
            <translation>mark %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>MarksPage</name>
        <message>
            <source>Choose a competency and a form first.</source>
            <translation>Choose a competency and a form first.</translation>
        </message>
        <message>
            <source>Form %1 is already locked.</source>
            <translation>Form %1 is already locked.</translation>
        </message>
        <message>
            <source>Lock form</source>
            <translation>Lock form</translation>
        </message>
        <message>
            <source>Form %1 is locked.</source>
            <translation>Form %1 is locked.</translation>
        </message>
        <message>
            <source>Form %1 is not locked.</source>
            <translation>Form %1 is not locked.</translation>
        </message>
        <message>
            <source>Why must form %1 change? The reason goes into the audit record.</source>
            <translation>Why must form %1 change? The reason goes into the audit record.</translation>
        </message>
        <message>
            <source>The results are final (revision %1). Unlocking makes them provisional until a new sign-off.</source>
            <translation>The results are final (revision %1). Unlocking makes them provisional until a new sign-off.</translation>
        </message>
        <message>
            <source>Unlock form %1</source>
            <translation>Unlock form %1</translation>
        </message>
        <message>
            <source>Unlock cancelled: a written reason is required.</source>
            <translation>Unlock cancelled: a written reason is required.</translation>
        </message>
        <message>
            <source>Form %1 is unlocked.</source>
            <translation>Form %1 is unlocked.</translation>
        </message>
        <message>
            <source>Move to a cell marked ⚠ (a disagreement) to confirm its scores.</source>
            <translation>Move to a cell marked ⚠ (a disagreement) to confirm its scores.</translation>
        </message>
        <message>
            <source>Confirm disagreement</source>
            <translation>Confirm disagreement</translation>
        </message>
        <message>
            <source>The scores %1 for %2 in %3 are already confirmed: “%4”. Replace the reason?</source>
            <translation>The scores %1 for %2 in %3 are already confirmed: “%4”. Replace the reason?</translation>
        </message>
        <message>
            <source>%1 · %2 is already confirmed: “%3”.</source>
            <translation>%1 · %2 is already confirmed: “%3”.</translation>
        </message>
        <message>
            <source>Why do the scores %1 for %2 in %3 stand?</source>
            <translation>Why do the scores %1 for %2 in %3 stand?</translation>
        </message>
        <message>
            <source>Not confirmed: a written reason is required.</source>
            <translation>Not confirmed: a written reason is required.</translation>
        </message>
        <message>
            <source>The reason is unchanged: nothing was written.</source>
            <translation>The reason is unchanged: nothing was written.</translation>
        </message>
        <message>
            <source>Disagreement confirmed.</source>
            <translation>Disagreement confirmed.</translation>
        </message>
        <message>
            <source>The new reason of the confirmed disagreement is written.</source>
            <translation>The new reason of the confirmed disagreement is written.</translation>
        </message>
        <message>
            <source>Marking team of %1 saved.</source>
            <translation>Marking team of %1 saved.</translation>
        </message>
        <message>
            <source>Marking team</source>
            <translation>Marking team</translation>
        </message>
        <message numerus="yes">
            <source>This team has a compatriot of %n competitor(s). Choose substitutes for them automatically (F4 on a cell chooses by hand)?</source>
            <translation>
                <numerusform>This team has a compatriot of %n competitor. Choose substitutes for them automatically (F4 on a cell chooses by hand)?</numerusform>
                <numerusform>This team has a compatriot of %n competitors. Choose substitutes for them automatically (F4 on a cell chooses by hand)?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Substitutes chosen for %n competitor(s).</source>
            <translation>
                <numerusform>Substitutes chosen for %n competitor.</numerusform>
                <numerusform>Substitutes chosen for %n competitors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still without a substitute: %n compatriot cell(s) (F4).</source>
            <translation>
                <numerusform>Still without a substitute: %n compatriot cell (F4).</numerusform>
                <numerusform>Still without a substitute: %n compatriot cells (F4).</numerusform>
            </translation>
        </message>
        <message>
            <source>F4 chooses a substitute on a cell marked ⊘ (a compatriot).</source>
            <translation>F4 chooses a substitute on a cell marked ⊘ (a compatriot).</translation>
        </message>
        <message>
            <source>Who marks %1 in form %2 instead of %3?</source>
            <translation>Who marks %1 in form %2 instead of %3?</translation>
        </message>
        <message>
            <source>Substitute expert</source>
            <translation>Substitute expert</translation>
        </message>
        <message>
            <source>%1 now marks %2 in form %3.</source>
            <translation>%1 now marks %2 in form %3.</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>%1 has marks in form %2. Mark them absent (the form counts 0)?</source>
            <translation>%1 has marks in form %2. Mark them absent (the form counts 0)?</translation>
        </message>
        <message>
            <source>absent %1</source>
            <translation>absent %1</translation>
        </message>
        <message>
            <source>present %1</source>
            <translation>present %1</translation>
        </message>
        <message>
            <source>%1 is absent for form %2.</source>
            <translation>%1 is absent for form %2.</translation>
        </message>
        <message>
            <source>%1 is present for form %2.</source>
            <translation>%1 is present for form %2.</translation>
        </message>
        <message>
            <source>A deduction reason belongs to a measurement mark (F2 on its cell).</source>
            <translation>A deduction reason belongs to a measurement mark (F2 on its cell).</translation>
        </message>
        <message>
            <source>Type the mark first, then its reason (F2).</source>
            <translation>Type the mark first, then its reason (F2).</translation>
        </message>
        <message>
            <source>Why %1 of %2 for %3 in %4?</source>
            <translation>Why %1 of %2 for %3 in %4?</translation>
        </message>
        <message>
            <source>Deduction reason</source>
            <translation>Deduction reason</translation>
        </message>
        <message>
            <source>reason %1 · %2</source>
            <translation>reason %1 · %2</translation>
        </message>
        <message>
            <source>Form %1 is complete: nothing is missing.</source>
            <translation>Form %1 is complete: nothing is missing.</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <source>Marking team…</source>
            <translation>Marking team…</translation>
        </message>
        <message>
            <source>&amp;Lock form</source>
            <translation>&amp;Lock form</translation>
        </message>
        <message>
            <source>&amp;Unlock form…</source>
            <translation>&amp;Unlock form…</translation>
        </message>
        <message>
            <source>&amp;Confirm disagreement…</source>
            <translation>&amp;Confirm disagreement…</translation>
        </message>
        <message>
            <source>Marking &amp;team…</source>
            <translation>Marking &amp;team…</translation>
        </message>
        <message>
            <source>Su&amp;bstitute expert…	F4</source>
            <translation>Su&amp;bstitute expert…	F4</translation>
        </message>
        <message>
            <source>Deduction &amp;reason…	F2</source>
            <translation>Deduction &amp;reason…	F2</translation>
        </message>
        <message>
            <source>Mark &amp;absent / present	A</source>
            <translation>Mark &amp;absent / present	A</translation>
        </message>
        <message>
            <source>&amp;Next incomplete cell</source>
            <translation>&amp;Next incomplete cell</translation>
        </message>
        <message>
            <source>Next form</source>
            <translation>Next form</translation>
        </message>
        <message>
            <source>Previous form</source>
            <translation>Previous form</translation>
        </message>
        <message>
            <source>This competency has no marking scheme yet: import it on the People tab.</source>
            <translation>This competency has no marking scheme yet: import it on the People tab.</translation>
        </message>
        <message>
            <source>Judges: %1.</source>
            <translation>Judges: %1.</translation>
        </message>
        <message>
            <source>none chosen (Ctrl+Shift+T)</source>
            <translation>none chosen (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Unlock form…</source>
            <translation>Unlock form…</translation>
        </message>
        <message>
            <source>READ-ONLY: this file is open for reading; no mark can change.</source>
            <translation>READ-ONLY: this file is open for reading; no mark can change.</translation>
        </message>
        <message>
            <source>▣ LOCKED: form %1 was locked by %2 at %3. Its marks cannot change; unlock it with a reason (Ctrl+Shift+L).</source>
            <translation>▣ LOCKED: form %1 was locked by %2 at %3. Its marks cannot change; unlock it with a reason (Ctrl+Shift+L).</translation>
        </message>
        <message>
            <source>Form %1 · max %2 · %3 Type marks, Enter moves down; judges' scores as 332.</source>
            <translation>Form %1 · max %2 · %3 Type marks, Enter moves down; judges' scores as 332.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n mark(s) missing</source>
            <translation>
                <numerusform>%1: %n mark missing</numerusform>
                <numerusform>%1: %n marks missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) to confirm</source>
            <translation>
                <numerusform>%n disagreement to confirm</numerusform>
                <numerusform>%n disagreements to confirm</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: complete</source>
            <translation>%1: complete</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>locked</translation>
        </message>
        <message>
            <source>max</source>
            <translation>max</translation>
        </message>
        <message>
            <source>Judges: %1</source>
            <translation>Judges: %1</translation>
        </message>
    </context>
    <context>
        <name>MarksView</name>
        <message>
            <source>The pasted block is larger than the form from this cell.</source>
            <translation>The pasted block is larger than the form from this cell.</translation>
        </message>
        <message numerus="yes">
            <source>paste %n value(s)</source>
            <translation>
                <numerusform>paste %n value</numerusform>
                <numerusform>paste %n values</numerusform>
            </translation>
        </message>
        <message>
            <source>The whole block was refused: nothing was pasted.</source>
            <translation>The whole block was refused: nothing was pasted.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Import results packages</source>
            <translation>Import results packages</translation>
        </message>
        <message>
            <source>Each package is checked (checksum and audit record) before the preview. Nothing changes until you press Import.</source>
            <translation>Each package is checked (checksum and audit record) before the preview. Nothing changes until you press Import.</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Not decided: leave unchanged</source>
            <translation>Not decided: leave unchanged</translation>
        </message>
        <message>
            <source>Keep the master's results</source>
            <translation>Keep the master's results</translation>
        </message>
        <message>
            <source>Take the package's results</source>
            <translation>Take the package's results</translation>
        </message>
        <message>
            <source>Why (required)</source>
            <translation>Why (required)</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Add packages…</source>
            <translation>Add packages…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Audit entry</source>
            <translation>Audit entry</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Marks</translation>
        </message>
        <message>
            <source>Master</source>
            <translation>Master</translation>
        </message>
        <message>
            <source>Conflict in {code}: {note}</source>
            <translation>Conflict in {code}: {note}</translation>
        </message>
        <message>
            <source>Merge %1 from the championship “%2” into “%3” all the same (it is another championship)</source>
            <translation>Merge %1 from the championship “%2” into “%3” all the same (it is another championship)</translation>
        </message>
        <message>
            <source>Add the packages from the venues to see what the merge will do.</source>
            <translation>Add the packages from the venues to see what the merge will do.</translation>
        </message>
        <message>
            <source>A package comes from another championship: nothing is merged until you tick the box above.</source>
            <translation>A package comes from another championship: nothing is merged until you tick the box above.</translation>
        </message>
        <message>
            <source>Write a reason for the decision on {codes}.</source>
            <translation>Write a reason for the decision on {codes}.</translation>
        </message>
        <message>
            <source>{changes} competencies will be added or replaced; {open} conflicts left unchanged.</source>
            <translation>{changes} competencies will be added or replaced; {open} conflicts left unchanged.</translation>
        </message>
        <message>
            <source>Imported: {changed}. Kept: {kept}. Still in conflict: {open}.</source>
            <translation>Imported: {changed}. Kept: {kept}. Still in conflict: {open}.</translation>
        </message>
        <message>
            <source>Results packages</source>
            <translation>Results packages</translation>
        </message>
        <message>
            <source>Results packages (*.wskpkg)</source>
            <translation>Results packages (*.wskpkg)</translation>
        </message>
    </context>
    <context>
        <name>MergePlanModel</name>
        <message>
            <source>Competency</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Medal changes</source>
            <translation>Medal changes</translation>
        </message>
        <message>
            <source>⚠ conflict: keep the master's</source>
            <translation>⚠ conflict: keep the master's</translation>
        </message>
        <message>
            <source>⚠ conflict: take this package</source>
            <translation>⚠ conflict: take this package</translation>
        </message>
        <message>
            <source>⚠ conflict: choose</source>
            <translation>⚠ conflict: choose</translation>
        </message>
        <message>
            <source>= no change</source>
            <translation>= no change</translation>
        </message>
        <message>
            <source>↻ replace</source>
            <translation>↻ replace</translation>
        </message>
        <message>
            <source>+ add</source>
            <translation>+ add</translation>
        </message>
        <message>
            <source>skip: older</source>
            <translation>skip: older</translation>
        </message>
        <message>
            <source>skip: a newer package is here</source>
            <translation>skip: a newer package is here</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>{name}: {before} → {after}</source>
            <translation>{name}: {before} → {after}</translation>
        </message>
        <message>
            <source>{laptop} ({file})</source>
            <translation>{laptop} ({file})</translation>
        </message>
        <message>
            <source>revision {revision}, entry {seq}</source>
            <translation>revision {revision}, entry {seq}</translation>
        </message>
    </context>
    <context>
        <name>NationalPage</name>
        <message>
            <source>Open a championship file first.</source>
            <translation>Open a championship file first.</translation>
        </message>
        <message>
            <source>Save %1</source>
            <translation>Save %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
        <message>
            <source>Copied %1 lines: paste them into Excel.</source>
            <translation>Copied %1 lines: paste them into Excel.</translation>
        </message>
        <message>
            <source>Medal table</source>
            <translation>Medal table</translation>
        </message>
        <message>
            <source>Team standings</source>
            <translation>Team standings</translation>
        </message>
        <message>
            <source>Best results</source>
            <translation>Best results</translation>
        </message>
        <message>
            <source>Not yet final</source>
            <translation>Not yet final</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel…</translation>
        </message>
        <message>
            <source>Save as an Excel workbook</source>
            <translation>Save as an Excel workbook</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print preview; print from there</source>
            <translation>Print preview; print from there</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy this table, to paste it into Excel</source>
            <translation>Copy this table, to paste it into Excel</translation>
        </message>
        <message>
            <source>the medal list (every medal and medallion, by competency)</source>
            <translation>the medal list (every medal and medallion, by competency)</translation>
        </message>
        <message>
            <source>the team standings, main and juniors</source>
            <translation>the team standings, main and juniors</translation>
        </message>
        <message>
            <source>best of championship and best of each region, all competencies</source>
            <translation>best of championship and best of each region, all competencies</translation>
        </message>
        <message>
            <source>the competencies not yet final and what each waits for</source>
            <translation>the competencies not yet final and what each waits for</translation>
        </message>
        <message>
            <source>Main category</source>
            <translation>Main category</translation>
        </message>
        <message>
            <source>Juniors</source>
            <translation>Juniors</translation>
        </message>
        <message>
            <source>Best of championship</source>
            <translation>Best of championship</translation>
        </message>
        <message>
            <source>Best of region</source>
            <translation>Best of region</translation>
        </message>
        <message>
            <source>All competencies</source>
            <translation>All competencies</translation>
        </message>
        <message>
            <source>National results · %1</source>
            <translation>National results · %1</translation>
        </message>
        <message>
            <source>PROVISIONAL: %1 of %2 competencies not final</source>
            <translation>PROVISIONAL: %1 of %2 competencies not final</translation>
        </message>
        <message>
            <source>FINAL: all %1 competencies</source>
            <translation>FINAL: all %1 competencies</translation>
        </message>
        <message>
            <source>Awarded: %1 gold, %2 silver, %3 bronze, %4 medallions (a team counts once).</source>
            <translation>Awarded: %1 gold, %2 silver, %3 bronze, %4 medallions (a team counts once).</translation>
        </message>
        <message>
            <source>%1 of %2 competencies are not final: their medals can still move.</source>
            <translation>%1 of %2 competencies are not final: their medals can still move.</translation>
        </message>
        <message>
            <source>Every competency is final.</source>
            <translation>Every competency is final.</translation>
        </message>
        <message>
            <source>Medals and medallions of %1</source>
            <translation>Medals and medallions of %1</translation>
        </message>
        <message>
            <source>Main and juniors together</source>
            <translation>Main and juniors together</translation>
        </message>
        <message>
            <source>Points: gold %1, silver %2, bronze %3, medallion %4. Equal points: more golds, then silvers, bronzes, medallions decide; regions equal in all of them share the rank.</source>
            <translation>Points: gold %1, silver %2, bronze %3, medallion %4. Equal points: more golds, then silvers, bronzes, medallions decide; regions equal in all of them share the rank.</translation>
        </message>
    </context>
    <context>
        <name>NavTree</name>
        <message>
            <source>Competencies</source>
            <translation>Competencies</translation>
        </message>
    </context>
    <context>
        <name>OpenChecks</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>WSK Desk</source>
            <translation>WSK Desk</translation>
        </message>
        <message>
            <source>This file was changed outside WSK Desk: {problem} Treat its results with suspicion.</source>
            <translation>This file was changed outside WSK Desk: {problem} Treat its results with suspicion.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>another program</translation>
        </message>
        <message>
            <source>{name} is already open for writing in {who}.

Open it read-only, or cancel?</source>
            <translation>{name} is already open for writing in {who}.

Open it read-only, or cancel?</translation>
        </message>
        <message>
            <source>{name} is on a disk or folder that cannot be written.

Open it read-only, or cancel?</source>
            <translation>{name} is on a disk or folder that cannot be written.

Open it read-only, or cancel?</translation>
        </message>
        <message>
            <source>{problem}

No good backup of it was found.</source>
            <translation>{problem}

No good backup of it was found.</translation>
        </message>
        <message>
            <source>{problem}

The newest good backup is from {when}. Restore it to a new file and open that? The damaged file is kept as it is.</source>
            <translation>{problem}

The newest good backup is from {when}. Restore it to a new file and open that? The damaged file is kept as it is.</translation>
        </message>
        <message>
            <source>Open the backup</source>
            <translation>Open the backup</translation>
        </message>
        <message>
            <source>{problem}

Open it read-only, or cancel?</source>
            <translation>{problem}

Open it read-only, or cancel?</translation>
        </message>
        <message>
            <source>{name}: the file does not exist.</source>
            <translation>{name}: the file does not exist.</translation>
        </message>
        <message>
            <source>{name}: the file is empty (0 bytes), so it holds no championship.</source>
            <translation>{name}: the file is empty (0 bytes), so it holds no championship.</translation>
        </message>
        <message>
            <source>{name}: this is not a WSK Desk championship file.</source>
            <translation>{name}: this is not a WSK Desk championship file.</translation>
        </message>
        <message>
            <source>{name}: the file is damaged ({detail}).</source>
            <translation>{name}: the file is damaged ({detail}).</translation>
        </message>
        <message>
            <source>{name}: the file was written by a newer version of WSK Desk (format steps {detail}); please update WSK Desk to open it.</source>
            <translation>{name}: the file was written by a newer version of WSK Desk (format steps {detail}); please update WSK Desk to open it.</translation>
        </message>
        <message>
            <source>{name}: the file is busy in another program ({detail}).</source>
            <translation>{name}: the file is busy in another program ({detail}).</translation>
        </message>
        <message>
            <source>{name}: the file or its folder is read-only ({detail}).</source>
            <translation>{name}: the file or its folder is read-only ({detail}).</translation>
        </message>
        <message>
            <source>{name}: its latest changes are still in {name}-wal and its folder is read-only; copy both files to a writable folder and open the copy.</source>
            <translation>{name}: its latest changes are still in {name}-wal and its folder is read-only; copy both files to a writable folder and open the copy.</translation>
        </message>
        <message>
            <source>{name}: the file cannot be opened ({detail}).</source>
            <translation>{name}: the file cannot be opened ({detail}).</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <source>form</source>
            <translation>form</translation>
        </message>
        <message>
            <source>day</source>
            <translation>day</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>locked</translation>
        </message>
        <message>
            <source>disagreements</source>
            <translation>disagreements</translation>
        </message>
        <message>
            <source>ABS</source>
            <translation>ABS</translation>
        </message>
        <message>
            <source>%1 is absent for form %2.</source>
            <translation>%1 is absent for form %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) missing</source>
            <translation>
                <numerusform>%n mark missing</numerusform>
                <numerusform>%n marks missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) to confirm</source>
            <translation>
                <numerusform>%n disagreement to confirm</numerusform>
                <numerusform>%n disagreements to confirm</numerusform>
            </translation>
        </message>
        <message>
            <source>all marks entered</source>
            <translation>all marks entered</translation>
        </message>
        <message>
            <source>unconfirmed / all disagreements</source>
            <translation>unconfirmed / all disagreements</translation>
        </message>
        <message>
            <source>Form %1 can be locked.</source>
            <translation>Form %1 can be locked.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message numerus="yes">
            <source>%1 of %n form(s) locked</source>
            <translation>
                <numerusform>%1 of %n form locked</numerusform>
                <numerusform>%1 of %n forms locked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) missing</source>
            <translation>
                <numerusform>%n mark missing</numerusform>
                <numerusform>%n marks missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) to confirm</source>
            <translation>
                <numerusform>%n disagreement to confirm</numerusform>
                <numerusform>%n disagreements to confirm</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter on a cell opens that form.</source>
            <translation>Enter on a cell opens that form.</translation>
        </message>
    </context>
    <context>
        <name>PackageActions</name>
        <message>
            <source>&amp;Import results packages…</source>
            <translation>&amp;Import results packages…</translation>
        </message>
        <message>
            <source>E&amp;xport results package…</source>
            <translation>E&amp;xport results package…</translation>
        </message>
        <message>
            <source>Export results package</source>
            <translation>Export results package</translation>
        </message>
        <message>
            <source>Results packages (*.wskpkg)</source>
            <translation>Results packages (*.wskpkg)</translation>
        </message>
        <message>
            <source>%1 %2 (the competency on screen)</source>
            <translation>%1 %2 (the competency on screen)</translation>
        </message>
        <message>
            <source>All competencies of the file: %1</source>
            <translation>All competencies of the file: %1</translation>
        </message>
        <message>
            <source>Which competencies go into the package?</source>
            <translation>Which competencies go into the package?</translation>
        </message>
        <message>
            <source>The results package was not written: %1</source>
            <translation>The results package was not written: %1</translation>
        </message>
        <message>
            <source>Wrote %1 (competencies %2).</source>
            <translation>Wrote %1 (competencies %2).</translation>
        </message>
        <message>
            <source>Wrote %1 with competencies %2.

SHA-256 of the package:
%3

Tell the organizer this checksum so they can compare it with what the merge preview shows.</source>
            <translation>Wrote %1 with competencies %2.

SHA-256 of the package:
%3

Tell the organizer this checksum so they can compare it with what the merge preview shows.</translation>
        </message>
        <message>
            <source>The file is open read-only: packages cannot be merged into it.</source>
            <translation>The file is open read-only: packages cannot be merged into it.</translation>
        </message>
        <message>
            <source>Import results packages</source>
            <translation>Import results packages</translation>
        </message>
        <message>
            <source>Merged results packages: %1.</source>
            <translation>Merged results packages: %1.</translation>
        </message>
    </context>
    <context>
        <name>PendingModel</name>
        <message>
            <source>competency</source>
            <translation>competency</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>marks missing</source>
            <translation>marks missing</translation>
        </message>
        <message>
            <source>forms not locked</source>
            <translation>forms not locked</translation>
        </message>
        <message>
            <source>marks to be entered</source>
            <translation>marks to be entered</translation>
        </message>
        <message>
            <source>Forms not locked: %1</source>
            <translation>Forms not locked: %1</translation>
        </message>
        <message>
            <source>waiting for</source>
            <translation>waiting for</translation>
        </message>
        <message>
            <source>a marking scheme</source>
            <translation>a marking scheme</translation>
        </message>
        <message>
            <source>forms to be locked</source>
            <translation>forms to be locked</translation>
        </message>
        <message>
            <source>the Chief Expert's sign-off</source>
            <translation>the Chief Expert's sign-off</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>Import people</source>
            <translation>Import people</translation>
        </message>
        <message>
            <source>Import marking scheme</source>
            <translation>Import marking scheme</translation>
        </message>
        <message>
            <source>Import marks</source>
            <translation>Import marks</translation>
        </message>
        <message>
            <source>Import &amp;people…</source>
            <translation>Import &amp;people…</translation>
        </message>
        <message>
            <source>Import marking &amp;scheme…</source>
            <translation>Import marking &amp;scheme…</translation>
        </message>
        <message>
            <source>Regions, competitors and experts from the people list (xlsx).</source>
            <translation>Regions, competitors and experts from the people list (xlsx).</translation>
        </message>
        <message>
            <source>The marking scheme of this competency (CIS or Russian template).</source>
            <translation>The marking scheme of this competency (CIS or Russian template).</translation>
        </message>
        <message>
            <source>Import &amp;marks…</source>
            <translation>Import &amp;marks…</translation>
        </message>
        <message>
            <source>Marks and judges' scores from a marks workbook: all rows, or none.</source>
            <translation>Marks and judges' scores from a marks workbook: all rows, or none.</translation>
        </message>
        <message>
            <source>Export people &amp;template…</source>
            <translation>Export people &amp;template…</translation>
        </message>
        <message>
            <source>A blank people list (regions, competitors, experts) to fill in and import.</source>
            <translation>A blank people list (regions, competitors, experts) to fill in and import.</translation>
        </message>
        <message numerus="yes">
            <source>%n competitor(s)</source>
            <translation>
                <numerusform>%n competitor</numerusform>
                <numerusform>%n competitors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation>
                <numerusform>%n expert</numerusform>
                <numerusform>%n experts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n competitor(s) and expert(s).</source>
            <translation>
                <numerusform>Imported %n competitor and expert.</numerusform>
                <numerusform>Imported %n competitors and experts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n mark(s) and score(s).</source>
            <translation>
                <numerusform>Imported %n mark and score.</numerusform>
                <numerusform>Imported %n marks and scores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported the marking scheme: %n aspect(s), total %1.</source>
            <translation>
                <numerusform>Imported the marking scheme: %n aspect, total %1.</numerusform>
                <numerusform>Imported the marking scheme: %n aspects, total %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Competency %1 created with its marking scheme (%n aspect(s)).</source>
            <translation>
                <numerusform>Competency %1 created with its marking scheme (%n aspect).</numerusform>
                <numerusform>Competency %1 created with its marking scheme (%n aspects).</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Export people template</source>
            <translation>Export people template</translation>
        </message>
        <message>
            <source>Competency %1 already has marks. Replacing its marking scheme discards them all (the audit record keeps them). Why?</source>
            <translation>Competency %1 already has marks. Replacing its marking scheme discards them all (the audit record keeps them). Why?</translation>
        </message>
        <message>
            <source>Import cancelled: the marks stay.</source>
            <translation>Import cancelled: the marks stay.</translation>
        </message>
        <message>
            <source>New competency</source>
            <translation>New competency</translation>
        </message>
        <message>
            <source>Number of the competency (17, or 17J for juniors):</source>
            <translation>Number of the competency (17, or 17J for juniors):</translation>
        </message>
        <message>
            <source>Name of competency %1:</source>
            <translation>Name of competency %1:</translation>
        </message>
        <message>
            <source>Competency %1 is already in this championship: import its marking scheme on its People tab.</source>
            <translation>Competency %1 is already in this championship: import its marking scheme on its People tab.</translation>
        </message>
        <message>
            <source>Import refused: %1</source>
            <translation>Import refused: %1</translation>
        </message>
        <message>
            <source>Nothing was imported and nothing was changed.</source>
            <translation>Nothing was imported and nothing was changed.</translation>
        </message>
        <message>
            <source>Please check these warnings:</source>
            <translation>Please check these warnings:</translation>
        </message>
    </context>
    <context>
        <name>RegionMedalsModel</name>
        <message>
            <source>competency</source>
            <translation>competency</translation>
        </message>
        <message>
            <source>competitor</source>
            <translation>competitor</translation>
        </message>
        <message>
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <source>medal</source>
            <translation>medal</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
    </context>
    <context>
        <name>RegionsModel</name>
        <message>
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <source>gold</source>
            <translation>gold</translation>
        </message>
        <message>
            <source>silver</source>
            <translation>silver</translation>
        </message>
        <message>
            <source>bronze</source>
            <translation>bronze</translation>
        </message>
        <message>
            <source>medallions</source>
            <translation>medallions</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>tie-break</source>
            <translation>tie-break</translation>
        </message>
        <message>
            <source>shared with %1</source>
            <translation>shared with %1</translation>
        </message>
        <message>
            <source>equal points with %1: more golds decide</source>
            <translation>equal points with %1: more golds decide</translation>
        </message>
        <message>
            <source>equal points with %1: more silvers decide</source>
            <translation>equal points with %1: more silvers decide</translation>
        </message>
        <message>
            <source>equal points with %1: more bronzes decide</source>
            <translation>equal points with %1: more bronzes decide</translation>
        </message>
        <message>
            <source>equal points with %1: more medallions decide</source>
            <translation>equal points with %1: more medallions decide</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Championship created</source>
            <translation>Championship created</translation>
        </message>
        <message>
            <source>Region saved</source>
            <translation>Region saved</translation>
        </message>
        <message>
            <source>Competency saved</source>
            <translation>Competency saved</translation>
        </message>
        <message>
            <source>Marking scheme imported</source>
            <translation>Marking scheme imported</translation>
        </message>
        <message>
            <source>Marking scheme texts imported</source>
            <translation>Marking scheme texts imported</translation>
        </message>
        <message>
            <source>People imported</source>
            <translation>People imported</translation>
        </message>
        <message>
            <source>Marking team set</source>
            <translation>Marking team set</translation>
        </message>
        <message>
            <source>Expert substituted</source>
            <translation>Expert substituted</translation>
        </message>
        <message>
            <source>Mark changed</source>
            <translation>Mark changed</translation>
        </message>
        <message>
            <source>Judges' scores changed</source>
            <translation>Judges' scores changed</translation>
        </message>
        <message>
            <source>Absence changed</source>
            <translation>Absence changed</translation>
        </message>
        <message>
            <source>Marks entered</source>
            <translation>Marks entered</translation>
        </message>
        <message>
            <source>Marks imported</source>
            <translation>Marks imported</translation>
        </message>
        <message>
            <source>Marks pasted</source>
            <translation>Marks pasted</translation>
        </message>
        <message>
            <source>Form locked</source>
            <translation>Form locked</translation>
        </message>
        <message>
            <source>Form unlocked</source>
            <translation>Form unlocked</translation>
        </message>
        <message>
            <source>Disagreement confirmed</source>
            <translation>Disagreement confirmed</translation>
        </message>
        <message>
            <source>Results signed off</source>
            <translation>Results signed off</translation>
        </message>
        <message>
            <source>Results merged</source>
            <translation>Results merged</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>Old</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>{count} audit entries. Nothing is ever deleted from the record; the chain of entries is protected by checksums.</source>
            <translation>{count} audit entries. Nothing is ever deleted from the record; the chain of entries is protected by checksums.</translation>
        </message>
        <message>
            <source>Audit report</source>
            <translation>Audit report</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>checksum</source>
            <translation>checksum</translation>
        </message>
        <message>
            <source>form</source>
            <translation>form</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>name in Russian</source>
            <translation>name in Russian</translation>
        </message>
        <message>
            <source>name in Kazakh</source>
            <translation>name in Kazakh</translation>
        </message>
        <message>
            <source>name in English</source>
            <translation>name in English</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>team size</source>
            <translation>team size</translation>
        </message>
        <message>
            <source>competency</source>
            <translation>competency</translation>
        </message>
        <message>
            <source>aspects</source>
            <translation>aspects</translation>
        </message>
        <message>
            <source>total mark</source>
            <translation>total mark</translation>
        </message>
        <message>
            <source>replaced despite marks</source>
            <translation>replaced despite marks</translation>
        </message>
        <message>
            <source>competitors</source>
            <translation>competitors</translation>
        </message>
        <message>
            <source>experts</source>
            <translation>experts</translation>
        </message>
        <message>
            <source>regions</source>
            <translation>regions</translation>
        </message>
        <message>
            <source>number of marks</source>
            <translation>number of marks</translation>
        </message>
        <message>
            <source>signed by</source>
            <translation>signed by</translation>
        </message>
        <message>
            <source>signed revision</source>
            <translation>signed revision</translation>
        </message>
        <message>
            <source>medal changes</source>
            <translation>medal changes</translation>
        </message>
        <message>
            <source>revision</source>
            <translation>revision</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>texts</source>
            <translation>texts</translation>
        </message>
        <message>
            <source>main</source>
            <translation>main</translation>
        </message>
        <message>
            <source>juniors</source>
            <translation>juniors</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>all marks removed</source>
            <translation>all marks removed</translation>
        </message>
        <message>
            <source>Revision {n} (final)</source>
            <translation>Revision {n} (final)</translation>
        </message>
        <message>
            <source>Revision {n}, reopened after sign-off</source>
            <translation>Revision {n}, reopened after sign-off</translation>
        </message>
        <message>
            <source>Revision 0 (not signed off)</source>
            <translation>Revision 0 (not signed off)</translation>
        </message>
        <message>
            <source>Audit entry #{seq}</source>
            <translation>Audit entry #{seq}</translation>
        </message>
        <message>
            <source>Chief Expert</source>
            <translation>Chief Expert</translation>
        </message>
        <message>
            <source>Deputy Chief Expert</source>
            <translation>Deputy Chief Expert</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Gold</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Silver</translation>
        </message>
        <message>
            <source>Bronze</source>
            <translation>Bronze</translation>
        </message>
        <message>
            <source>Medallion for Excellence</source>
            <translation>Medallion for Excellence</translation>
        </message>
        <message>
            <source>Final: {final} of {count} competencies</source>
            <translation>Final: {final} of {count} competencies</translation>
        </message>
        <message>
            <source>PROVISIONAL</source>
            <translation>PROVISIONAL</translation>
        </message>
        <message>
            <source>PROVISIONAL, marking in progress</source>
            <translation>PROVISIONAL, marking in progress</translation>
        </message>
        <message>
            <source>Printed {when}</source>
            <translation>Printed {when}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Marking form {form}</source>
            <translation>Marking form {form}</translation>
        </message>
        <message>
            <source>Blank marking form {form}</source>
            <translation>Blank marking form {form}</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Maximum mark</source>
            <translation>Maximum mark</translation>
        </message>
        <message>
            <source>Marking day</source>
            <translation>Marking day</translation>
        </message>
        <message>
            <source>Form status</source>
            <translation>Form status</translation>
        </message>
        <message>
            <source>locked by {who} at {when}</source>
            <translation>locked by {who} at {when}</translation>
        </message>
        <message>
            <source>not locked: marks may still change</source>
            <translation>not locked: marks may still change</translation>
        </message>
        <message>
            <source>No competitors are registered in this competency.</source>
            <translation>No competitors are registered in this competency.</translation>
        </message>
        <message>
            <source>Competitors {first}–{last} of {count}</source>
            <translation>Competitors {first}–{last} of {count}</translation>
        </message>
        <message>
            <source>Aspect</source>
            <translation>Aspect</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Max</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>Judge</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Mark</translation>
        </message>
        <message>
            <source>Total for the form</source>
            <translation>Total for the form</translation>
        </message>
        <message>
            <source>abs.</source>
            <translation>abs.</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Competitors</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Competitor</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>M: measurement aspect, the mark is written in the cell. J: judgement aspect, each judge writes a score 0–3 in their own row. × : compatriot, no score. →E07: the score is given by the substitute expert E07.</source>
            <translation>M: measurement aspect, the mark is written in the cell. J: judgement aspect, each judge writes a score 0–3 in their own row. × : compatriot, no score. →E07: the score is given by the substitute expert E07.</translation>
        </message>
        <message>
            <source>* Reasons for deductions</source>
            <translation>* Reasons for deductions</translation>
        </message>
        <message>
            <source>Disagreements confirmed by the Chief Expert</source>
            <translation>Disagreements confirmed by the Chief Expert</translation>
        </message>
        <message>
            <source>Substitute for {id}</source>
            <translation>Substitute for {id}</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Marking team</source>
            <translation>Marking team</translation>
        </message>
        <message>
            <source>J</source>
            <translation>J</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Gold {g} · Silver {s} · Bronze {b} · Medallions for Excellence {m} (a team counts once)</source>
            <translation>Gold {g} · Silver {s} · Bronze {b} · Medallions for Excellence {m} (a team counts once)</translation>
        </message>
        <message>
            <source>No medals or medallions awarded.</source>
            <translation>No medals or medallions awarded.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Medal</source>
            <translation>Medal</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Raw</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Medal list</source>
            <translation>Medal list</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>{count} marks missing</source>
            <translation>{count} marks missing</translation>
        </message>
        <message>
            <source>Scoring settings in force</source>
            <translation>Scoring settings in force</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Results sheet</source>
            <translation>Results sheet</translation>
        </message>
        <message>
            <source>Final results, signed off by the Chief Expert.</source>
            <translation>Final results, signed off by the Chief Expert.</translation>
        </message>
        <message>
            <source>PROVISIONAL results: every form is locked, but the results are not signed off yet.</source>
            <translation>PROVISIONAL results: every form is locked, but the results are not signed off yet.</translation>
        </message>
        <message>
            <source>PROVISIONAL results: marking is not finished and marks are still missing; ranks and medals may change.</source>
            <translation>PROVISIONAL results: marking is not finished and marks are still missing; ranks and medals may change.</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Medal changes in revision {n}: {reason}</source>
            <translation>Medal changes in revision {n}: {reason}</translation>
        </message>
        <message>
            <source>by raw marks, without a scale</source>
            <translation>by raw marks, without a scale</translation>
        </message>
        <message>
            <source>marks</source>
            <translation>marks</translation>
        </message>
        <message>
            <source>sample SD (n − 1)</source>
            <translation>sample SD (n − 1)</translation>
        </message>
        <message>
            <source>population SD (n)</source>
            <translation>population SD (n)</translation>
        </message>
        <message>
            <source>WorldSkills scale: {centre} + {points} × (raw − median) / SD, {kind}, rounded half up</source>
            <translation>WorldSkills scale: {centre} + {points} × (raw − median) / SD, {kind}, rounded half up</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>Median and SD of this competency</source>
            <translation>Median and SD of this competency</translation>
        </message>
        <message>
            <source>Tie tolerance</source>
            <translation>Tie tolerance</translation>
        </message>
        <message>
            <source>Medallion for Excellence from</source>
            <translation>Medallion for Excellence from</translation>
        </message>
        <message>
            <source>Minimum number of competitors</source>
            <translation>Minimum number of competitors</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Judges per form</source>
            <translation>Judges per form</translation>
        </message>
        <message>
            <source>Disagreement when scores differ by more than</source>
            <translation>Disagreement when scores differ by more than</translation>
        </message>
        <message>
            <source>Points for gold, silver, bronze, medallion</source>
            <translation>Points for gold, silver, bronze, medallion</translation>
        </message>
        <message>
            <source>Juniors</source>
            <translation>Juniors</translation>
        </message>
        <message>
            <source>counted separately</source>
            <translation>counted separately</translation>
        </message>
        <message>
            <source>counted with the main category</source>
            <translation>counted with the main category</translation>
        </message>
        <message>
            <source>Main category</source>
            <translation>Main category</translation>
        </message>
        <message>
            <source>Main category and juniors together</source>
            <translation>Main category and juniors together</translation>
        </message>
        <message>
            <source>Medallions</source>
            <translation>Medallions</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Competencies counted</source>
            <translation>Competencies counted</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Provisional</source>
            <translation>Provisional</translation>
        </message>
        <message>
            <source>Marking in progress</source>
            <translation>Marking in progress</translation>
        </message>
        <message>
            <source>a marking scheme</source>
            <translation>a marking scheme</translation>
        </message>
        <message>
            <source>forms to be locked</source>
            <translation>forms to be locked</translation>
        </message>
        <message>
            <source>the sign-off</source>
            <translation>the sign-off</translation>
        </message>
        <message>
            <source>Best of region</source>
            <translation>Best of region</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No results yet.</source>
            <translation>No results yet.</translation>
        </message>
        <message>
            <source>A best result of a competency that is not final can still change.</source>
            <translation>A best result of a competency that is not final can still change.</translation>
        </message>
        <message>
            <source>Best results</source>
            <translation>Best results</translation>
        </message>
        <message>
            <source>{count} of {total} competencies are not final: their medals can still move.</source>
            <translation>{count} of {total} competencies are not final: their medals can still move.</translation>
        </message>
        <message>
            <source>Waiting for</source>
            <translation>Waiting for</translation>
        </message>
        <message>
            <source>Forms not locked</source>
            <translation>Forms not locked</translation>
        </message>
        <message>
            <source>All {total} competencies are final.</source>
            <translation>All {total} competencies are final.</translation>
        </message>
        <message>
            <source>Competencies not yet final</source>
            <translation>Competencies not yet final</translation>
        </message>
        <message>
            <source>Results that are not final may still change, and the standings with them.</source>
            <translation>Results that are not final may still change, and the standings with them.</translation>
        </message>
        <message>
            <source>Team standings</source>
            <translation>Team standings</translation>
        </message>
        <message>
            <source>Best of championship</source>
            <translation>Best of championship</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}; no file was written.</source>
            <translation>Cannot write {file}: {reason}; no file was written.</translation>
        </message>
        <message>
            <source>no space left on device</source>
            <translation>no space left on device</translation>
        </message>
        <message>
            <source>the file is larger than allowed here</source>
            <translation>the file is larger than allowed here</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>the disk is read-only</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission denied</translation>
        </message>
        <message>
            <source>the disk failed (was the USB stick pulled?)</source>
            <translation>the disk failed (was the USB stick pulled?)</translation>
        </message>
        <message>
            <source>the folder is no longer there</source>
            <translation>the folder is no longer there</translation>
        </message>
        <message>
            <source>the audit record does not prove the marks.</source>
            <translation>the audit record does not prove the marks.</translation>
        </message>
        <message>
            <source>WARNING: this file failed its integrity check (verify): {problem}</source>
            <translation>WARNING: this file failed its integrity check (verify): {problem}</translation>
        </message>
    </context>
    <context>
        <name>ReportsMenu</name>
        <message>
            <source>Marking forms to sign</source>
            <translation>Marking forms to sign</translation>
        </message>
        <message>
            <source>Entered marks</source>
            <translation>Entered marks</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Audit record</source>
            <translation>Audit record</translation>
        </message>
        <message>
            <source>Medal list</source>
            <translation>Medal list</translation>
        </message>
        <message>
            <source>Team standings</source>
            <translation>Team standings</translation>
        </message>
        <message>
            <source>Best results</source>
            <translation>Best results</translation>
        </message>
        <message>
            <source>Competencies not yet final</source>
            <translation>Competencies not yet final</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Reports</translation>
        </message>
        <message>
            <source>P&amp;rint</source>
            <translation>P&amp;rint</translation>
        </message>
        <message>
            <source>Save as &amp;PDF</source>
            <translation>Save as &amp;PDF</translation>
        </message>
        <message>
            <source>Open a championship file first.</source>
            <translation>Open a championship file first.</translation>
        </message>
        <message>
            <source>Choose a competency first.</source>
            <translation>Choose a competency first.</translation>
        </message>
        <message>
            <source>Sent 1 page to the printer.</source>
            <translation>Sent 1 page to the printer.</translation>
        </message>
        <message>
            <source>Sent %1 pages to the printer.</source>
            <translation>Sent %1 pages to the printer.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Backups of {name}. Restoring writes a new file; the current file is not changed.</source>
            <translation>Backups of {name}. Restoring writes a new file; the current file is not changed.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>No backups were found.</source>
            <translation>No backups were found.</translation>
        </message>
        <message>
            <source>Look in another folder…</source>
            <translation>Look in another folder…</translation>
        </message>
        <message>
            <source>Restore to a new file…</source>
            <translation>Restore to a new file…</translation>
        </message>
        <message>
            <source>✓ good</source>
            <translation>✓ good</translation>
        </message>
        <message>
            <source>✗ {verdict}</source>
            <translation>✗ {verdict}</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <source>on closing</source>
            <translation>on closing</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>before an import</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>before a merge</translation>
        </message>
        <message>
            <source>before an unlock</source>
            <translation>before an unlock</translation>
        </message>
        <message>
            <source>before a sign-off</source>
            <translation>before a sign-off</translation>
        </message>
        <message>
            <source>before a format upgrade</source>
            <translation>before a format upgrade</translation>
        </message>
        <message>
            <source>Restore to a new file</source>
            <translation>Restore to a new file</translation>
        </message>
        <message>
            <source>Championship files (*.wsk)</source>
            <translation>Championship files (*.wsk)</translation>
        </message>
        <message>
            <source>Folder with backups</source>
            <translation>Folder with backups</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>competitor</source>
            <translation>competitor</translation>
        </message>
        <message>
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <source>raw</source>
            <translation>raw</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>scale</translation>
        </message>
        <message>
            <source>medal</source>
            <translation>medal</translation>
        </message>
        <message>
            <source>why</source>
            <translation>why</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) still missing: the result is not complete.</source>
            <translation>
                <numerusform>%n mark still missing: the result is not complete.</numerusform>
                <numerusform>%n marks still missing: the result is not complete.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsTab</name>
        <message>
            <source>FINAL · signed off by %1 (revision %2)</source>
            <translation>FINAL · signed off by %1 (revision %2)</translation>
        </message>
        <message>
            <source>FINAL</source>
            <translation>FINAL</translation>
        </message>
        <message>
            <source>PROVISIONAL</source>
            <translation>PROVISIONAL</translation>
        </message>
        <message>
            <source>PROVISIONAL · marks missing</source>
            <translation>PROVISIONAL · marks missing</translation>
        </message>
        <message>
            <source>%1 not locked</source>
            <translation>%1 not locked</translation>
        </message>
        <message>
            <source>not signed off</source>
            <translation>not signed off</translation>
        </message>
        <message>
            <source>ranked by raw marks</source>
            <translation>ranked by raw marks</translation>
        </message>
        <message>
            <source>scale: median → %1, %2 points per SD</source>
            <translation>scale: median → %1, %2 points per SD</translation>
        </message>
        <message>
            <source>median %1</source>
            <translation>median %1</translation>
        </message>
    </context>
    <context>
        <name>SchemeTab</name>
        <message>
            <source>No marking scheme yet: import it on the People tab.</source>
            <translation>No marking scheme yet: import it on the People tab.</translation>
        </message>
        <message>
            <source>The scheme adds up to %1, not 100.</source>
            <translation>The scheme adds up to %1, not 100.</translation>
        </message>
        <message>
            <source>Form %1 has no aspects.</source>
            <translation>Form %1 has no aspects.</translation>
        </message>
        <message>
            <source>Form %1 has judgement aspects but no full marking team.</source>
            <translation>Form %1 has judgement aspects but no full marking team.</translation>
        </message>
        <message>
            <source>%1 has no descriptors for every score 0-3.</source>
            <translation>%1 has no descriptors for every score 0-3.</translation>
        </message>
        <message>
            <source>criterion · form · aspect</source>
            <translation>criterion · form · aspect</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>max</source>
            <translation>max</translation>
        </message>
        <message>
            <source>day · WSSS</source>
            <translation>day · WSSS</translation>
        </message>
        <message>
            <source>E&amp;xport marking scheme…</source>
            <translation>E&amp;xport marking scheme…</translation>
        </message>
        <message>
            <source>This competency's marking scheme as an xlsx in the CIS template layout, which imports back unchanged.</source>
            <translation>This competency's marking scheme as an xlsx in the CIS template layout, which imports back unchanged.</translation>
        </message>
        <message>
            <source>Import &amp;translation…</source>
            <translation>Import &amp;translation…</translation>
        </message>
        <message>
            <source>The same marking scheme in another language (same forms, aspects and marks): its texts are shown in that language. Marks do not change.</source>
            <translation>The same marking scheme in another language (same forms, aspects and marks): its texts are shown in that language. Marks do not change.</translation>
        </message>
        <message>
            <source>form</source>
            <translation>form</translation>
        </message>
        <message>
            <source>method</source>
            <translation>method</translation>
        </message>
        <message>
            <source>requirement</source>
            <translation>requirement</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Total %1</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s)</source>
            <translation>
                <numerusform>%n form</numerusform>
                <numerusform>%n forms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n aspect(s) (%1 judgement).</source>
            <translation>
                <numerusform>%n aspect (%1 judgement).</numerusform>
                <numerusform>%n aspects (%1 judgement).</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Texts: %1; translations: %2.</source>
            <translation>Texts: %1; translations: %2.</translation>
        </message>
        <message>
            <source>Import translation</source>
            <translation>Import translation</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Language of the texts in this file:</source>
            <translation>Language of the texts in this file:</translation>
        </message>
        <message>
            <source>Import refused: %1</source>
            <translation>Import refused: %1</translation>
        </message>
        <message>
            <source>Nothing was imported and nothing was changed.</source>
            <translation>Nothing was imported and nothing was changed.</translation>
        </message>
        <message>
            <source>Imported %1 texts of the marking scheme in %2; marks are unchanged.</source>
            <translation>Imported %1 texts of the marking scheme in %2; marks are unchanged.</translation>
        </message>
        <message>
            <source>Export marking scheme</source>
            <translation>Export marking scheme</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>type a mark; Enter stores it and moves down</source>
            <translation>type a mark; Enter stores it and moves down</translation>
        </message>
        <message>
            <source>judges' scores in a row: one digit per judge</source>
            <translation>judges' scores in a row: one digit per judge</translation>
        </message>
        <message>
            <source>store and move right / left</source>
            <translation>store and move right / left</translation>
        </message>
        <message>
            <source>clear the cell</source>
            <translation>clear the cell</translation>
        </message>
        <message>
            <source>forget what was typed</source>
            <translation>forget what was typed</translation>
        </message>
        <message>
            <source>paste a block from Excel: all of it, or nothing</source>
            <translation>paste a block from Excel: all of it, or nothing</translation>
        </message>
        <message>
            <source>undo / redo (each is recorded in the audit)</source>
            <translation>undo / redo (each is recorded in the audit)</translation>
        </message>
        <message>
            <source>deduction reason of a measurement mark</source>
            <translation>deduction reason of a measurement mark</translation>
        </message>
        <message>
            <source>competitor absent / present for this form</source>
            <translation>competitor absent / present for this form</translation>
        </message>
        <message>
            <source>substitute expert for a compatriot (⊘)</source>
            <translation>substitute expert for a compatriot (⊘)</translation>
        </message>
        <message>
            <source>next cell still to enter</source>
            <translation>next cell still to enter</translation>
        </message>
        <message>
            <source>lock form / unlock form (with a reason)</source>
            <translation>lock form / unlock form (with a reason)</translation>
        </message>
        <message>
            <source>confirm a disagreement (⚠) with a reason</source>
            <translation>confirm a disagreement (⚠) with a reason</translation>
        </message>
        <message>
            <source>marking team of the form</source>
            <translation>marking team of the form</translation>
        </message>
        <message>
            <source>previous / next form</source>
            <translation>previous / next form</translation>
        </message>
        <message>
            <source>Overview, People, Scheme, Marks, Results</source>
            <translation>Overview, People, Scheme, Marks, Results</translation>
        </message>
        <message>
            <source>switch between the competency list and the page</source>
            <translation>switch between the competency list and the page</translation>
        </message>
    </context>
    <context>
        <name>StandbyActions</name>
        <message>
            <source>S&amp;tandby copy folder…</source>
            <translation>S&amp;tandby copy folder…</translation>
        </message>
        <message>
            <source>The standby copy is written again to %1.</source>
            <translation>The standby copy is written again to %1.</translation>
        </message>
        <message>
            <source>The standby folder %1 is not available (USB stick removed?): the standby copy was not refreshed; marking carries on.</source>
            <translation>The standby folder %1 is not available (USB stick removed?): the standby copy was not refreshed; marking carries on.</translation>
        </message>
        <message>
            <source>The standby copy was not refreshed: %1</source>
            <translation>The standby copy was not refreshed: %1</translation>
        </message>
        <message>
            <source>✖ standby copy</source>
            <translation>✖ standby copy</translation>
        </message>
        <message>
            <source>standby %1</source>
            <translation>standby %1</translation>
        </message>
        <message>
            <source>Standby copy %1, last written at %2.</source>
            <translation>Standby copy %1, last written at %2.</translation>
        </message>
        <message>
            <source>standby …</source>
            <translation>standby …</translation>
        </message>
        <message>
            <source>Standby copy %1: being written.</source>
            <translation>Standby copy %1: being written.</translation>
        </message>
        <message>
            <source>Standby copy folder</source>
            <translation>Standby copy folder</translation>
        </message>
        <message>
            <source>Choose another folder…</source>
            <translation>Choose another folder…</translation>
        </message>
        <message>
            <source>Turn the standby copy off</source>
            <translation>Turn the standby copy off</translation>
        </message>
        <message>
            <source>The standby copy goes to %1.</source>
            <translation>The standby copy goes to %1.</translation>
        </message>
        <message>
            <source>Standby copy folder (a USB stick or a second laptop's shared folder)</source>
            <translation>Standby copy folder (a USB stick or a second laptop's shared folder)</translation>
        </message>
        <message>
            <source>The standby copy must go to another folder than the file itself (another disk, a USB stick or a shared folder).</source>
            <translation>The standby copy must go to another folder than the file itself (another disk, a USB stick or a shared folder).</translation>
        </message>
        <message>
            <source>The standby copy is off.</source>
            <translation>The standby copy is off.</translation>
        </message>
        <message>
            <source>The standby copy goes to %1 for every file opened for writing.</source>
            <translation>The standby copy goes to %1 for every file opened for writing.</translation>
        </message>
        <message>
            <source>The standby copy of %1 goes to %2, refreshed after every change (at most every %3 s).</source>
            <translation>The standby copy of %1 goes to %2, refreshed after every change (at most every %3 s).</translation>
        </message>
    </context>
    <context>
        <name>States</name>
        <message>
            <source>setup</source>
            <translation>setup</translation>
        </message>
        <message>
            <source>marking</source>
            <translation>marking</translation>
        </message>
        <message>
            <source>provisional</source>
            <translation>provisional</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>GOLD</source>
            <translation>GOLD</translation>
        </message>
        <message>
            <source>SILVER</source>
            <translation>SILVER</translation>
        </message>
        <message>
            <source>BRONZE</source>
            <translation>BRONZE</translation>
        </message>
        <message>
            <source>Medallion</source>
            <translation>Medallion</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Main</translation>
        </message>
        <message>
            <source>Juniors</source>
            <translation>Juniors</translation>
        </message>
        <message>
            <source>Chief Expert</source>
            <translation>Chief Expert</translation>
        </message>
        <message>
            <source>Deputy Chief Expert</source>
            <translation>Deputy Chief Expert</translation>
        </message>
        <message>
            <source>expert</source>
            <translation>expert</translation>
        </message>
        <message>
            <source>measurement</source>
            <translation>measurement</translation>
        </message>
        <message>
            <source>judgement</source>
            <translation>judgement</translation>
        </message>
    </context>
    <context>
        <name>TemplateExports</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Not exported: %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
    </context>
</TS>
