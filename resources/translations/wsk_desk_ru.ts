<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
    <context>
        <name>BestModel</name>
        <message>
            <source>region</source>
            <translation>регион</translation>
        </message>
        <message>
            <source>name</source>
            <translation>название</translation>
        </message>
        <message>
            <source>competitor</source>
            <translation>конкурсант</translation>
        </message>
        <message>
            <source>competency</source>
            <translation>компетенция</translation>
        </message>
        <message>
            <source>score</source>
            <translation>результат</translation>
        </message>
        <message>
            <source>medal</source>
            <translation>медаль</translation>
        </message>
    </context>
    <context>
        <name>Cells</name>
        <message>
            <source>Deduction reason: %1</source>
            <translation>Причина снижения: %1</translation>
        </message>
        <message>
            <source>%1 is from %2 like %3: choose a substitute (F4).</source>
            <translation>%1 из региона %2, как и %3: выберите замену (F4).</translation>
        </message>
        <message>
            <source>%1 of %2 judges' scores entered.</source>
            <translation>Введено судейских оценок: %1 из %2.</translation>
        </message>
        <message>
            <source>Disagreement confirmed by the Chief Expert: %1</source>
            <translation>Расхождение подтверждено главным экспертом: %1</translation>
        </message>
        <message>
            <source>Disagreement: the scores differ by more than %1. The judges re-score, or the Chief Expert confirms the scores with a reason.</source>
            <translation>Расхождение: оценки различаются больше чем на %1. Судьи оценивают заново, или главный эксперт подтверждает оценки с указанием причины.</translation>
        </message>
    </context>
    <context>
        <name>CompetencyPage</name>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Обзор</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Участники</translation>
        </message>
        <message>
            <source>Marking &amp;scheme</source>
            <translation>&amp;Схема оценки</translation>
        </message>
        <message>
            <source>&amp;Marks</source>
            <translation>&amp;Оценки</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Результаты</translation>
        </message>
        <message>
            <source>Sign off…</source>
            <translation>Утвердить…</translation>
        </message>
        <message>
            <source>The Chief Expert signs off the competency: the results become final.</source>
            <translation>Главный эксперт утверждает компетенцию: результаты становятся окончательными.</translation>
        </message>
        <message>
            <source>Choose a competency on the left.</source>
            <translation>Выберите компетенцию слева.</translation>
        </message>
        <message>
            <source>Sign off %1</source>
            <translation>Утверждение: %1</translation>
        </message>
        <message>
            <source>The results of %1 become final (revision %2). Chief Expert's name:</source>
            <translation>Результаты %1 станут окончательными (редакция %2). ФИО главного эксперта:</translation>
        </message>
        <message>
            <source>This corrects the signed results of revision %1. Why?</source>
            <translation>Это исправляет утверждённые результаты редакции %1. Почему?</translation>
        </message>
        <message>
            <source>Sign-off cancelled: a corrected sign-off needs a reason.</source>
            <translation>Утверждение отменено: для исправленного утверждения нужна причина.</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Утвердить</translation>
        </message>
        <message>
            <source>%1 is signed off: the results are final (revision %2).</source>
            <translation>%1 утверждена: результаты окончательные (редакция %2).</translation>
        </message>
        <message>
            <source>Medal changes: %1.</source>
            <translation>Изменения медалей: %1.</translation>
        </message>
    </context>
    <context>
        <name>CompetitorsModel</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>competitor</source>
            <translation>конкурсант</translation>
        </message>
        <message>
            <source>region</source>
            <translation>регион</translation>
        </message>
        <message>
            <source>team</source>
            <translation>команда</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>снят(а)</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Marking team of form %1</source>
            <translation>Оценочная группа ведомости %1</translation>
        </message>
        <message>
            <source>Judge %1</source>
            <translation>Судья %1</translation>
        </message>
        <message>
            <source>⊘ %1 is from %2 like %3 %4: a substitute is needed for %3.</source>
            <translation>⊘ %1 из региона %2, как и %3 %4: для %3 нужна замена.</translation>
        </message>
        <message>
            <source>The same expert is chosen twice.</source>
            <translation>Один и тот же эксперт выбран дважды.</translation>
        </message>
        <message>
            <source>✓ No compatriots on this team.</source>
            <translation>✓ В группе нет компатриотов.</translation>
        </message>
    </context>
    <context>
        <name>DistributionChart</name>
        <message numerus="yes">
            <source>Raw marks of %n result(s)</source>
            <translation>
                <numerusform>Баллы результатов (%n)</numerusform>
                <numerusform>Баллы результатов (%n)</numerusform>
                <numerusform>Баллы результатов (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>no award</source>
            <translation>без награды</translation>
        </message>
        <message>
            <source>raw marks</source>
            <translation>баллы</translation>
        </message>
        <message>
            <source>median %1</source>
            <translation>медиана %1</translation>
        </message>
    </context>
    <context>
        <name>ExpertsModel</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>expert</source>
            <translation>эксперт</translation>
        </message>
        <message>
            <source>region</source>
            <translation>регион</translation>
        </message>
        <message>
            <source>role</source>
            <translation>роль</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>no file open</source>
            <translation>файл не открыт</translation>
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation>ТОЛЬКО ЧТЕНИЕ</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[только чтение]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Competency</source>
            <translation>&amp;Компетенция</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Rec&amp;ent files</source>
            <translation>Н&amp;едавние файлы</translation>
        </message>
        <message>
            <source>&amp;New championship…</source>
            <translation>&amp;Новый чемпионат…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <source>Open &amp;read-only…</source>
            <translation>Открыть только для &amp;чтения…</translation>
        </message>
        <message>
            <source>Restore a &amp;backup…</source>
            <translation>Восстановить из &amp;резервной копии…</translation>
        </message>
        <message>
            <source>Second backup &amp;folder…</source>
            <translation>Вторая папка для &amp;копий…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Sign off competency…</source>
            <translation>&amp;Утвердить результаты компетенции…</translation>
        </message>
        <message>
            <source>New competency from a marking scheme…</source>
            <translation>Новая компетенция из схемы оценки…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Marking scheme</source>
            <translation>Схема оценки</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Показать: %1</translation>
        </message>
        <message>
            <source>Switch between list and page</source>
            <translation>Переключиться между списком и страницей</translation>
        </message>
        <message>
            <source>&amp;Keyboard</source>
            <translation>&amp;Клавиатура</translation>
        </message>
        <message>
            <source>&amp;About WSK Desk</source>
            <translation>&amp;О программе WSK Desk</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открытие файла</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>Открыт файл %1.</translation>
        </message>
        <message>
            <source>saved %1</source>
            <translation>сохранено %1</translation>
        </message>
        <message>
            <source>The change is saved, but the screen could not be refreshed (%1). Reopen the file to see it.</source>
            <translation>Изменение сохранено, но экран не удалось обновить (%1). Откройте файл заново, чтобы увидеть его.</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(пока нет)</translation>
        </message>
        <message>
            <source>Open championship</source>
            <translation>Открыть чемпионат</translation>
        </message>
        <message>
            <source>Championship files (*.wsk)</source>
            <translation>Файлы чемпионата (*.wsk)</translation>
        </message>
        <message>
            <source>New championship</source>
            <translation>Новый чемпионат</translation>
        </message>
        <message>
            <source>Name of the championship:</source>
            <translation>Название чемпионата:</translation>
        </message>
        <message>
            <source>Second backup folder (a USB stick)</source>
            <translation>Вторая папка для резервных копий (USB-накопитель)</translation>
        </message>
        <message>
            <source>Backups also go to %1 from the next opening.</source>
            <translation>Со следующего открытия копии будут сохраняться и в %1.</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Клавиатура</translation>
        </message>
        <message>
            <source>About WSK Desk</source>
            <translation>О программе WSK Desk</translation>
        </message>
        <message>
            <source>WSK Desk %1: the scoring desk for skills championships.</source>
            <translation>WSK Desk %1: программа подсчёта оценок для чемпионатов профессионального мастерства.</translation>
        </message>
    </context>
    <context>
        <name>MarkWriter</name>
        <message>
            <source>No championship file is open.</source>
            <translation>Файл чемпионата не открыт.</translation>
        </message>
        <message>
            <source>Not undone: %1 The step is kept: Ctrl+Z tries it again.</source>
            <translation>Не отменено: %1 Шаг сохранён: Ctrl+Z попробует снова.</translation>
        </message>
        <message>
            <source>Not redone: %1 The step is kept: Ctrl+Y tries it again.</source>
            <translation>Не повторено: %1 Шаг сохранён: Ctrl+Y попробует снова.</translation>
        </message>
    </context>
    <context>
        <name>MarksModel</name>
        <message>
            <source>withdrawn</source>
            <translation>снят(а)</translation>
        </message>
        <message>
            <source>%1 has withdrawn: no result, so no marks are entered.</source>
            <translation>%1 снят(а) с соревнований: результата нет, оценки не вводятся.</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>%1 is absent for form %2: marks count as 0.</source>
            <translation>%1 отсутствует по ведомости %2: оценки считаются равными 0.</translation>
        </message>
        <message>
            <source>Form total</source>
            <translation>Итог по ведомости</translation>
        </message>
        <message>
            <source>mark</source>
            <translation>оценка</translation>
        </message>
        <message>
            <source>J</source>
            <translation>С</translation>
        </message>
        <message>
            <source>M</source>
            <translation>И</translation>
        </message>
        <message>
            <source>aspect</source>
            <translation>аспект</translation>
        </message>
        <message>
            <source>max</source>
            <translation>макс.</translation>
        </message>
        <message>
            <source>ABSENT</source>
            <translation>ОТСУТСТВУЕТ</translation>
        </message>
        <message>
            <source>WITHDRAWN</source>
            <translation>СНЯТ(А)</translation>
        </message>
        <message>
            <source>This line is computed; type marks in the aspect lines.</source>
            <translation>Эта строка вычисляется; вводите оценки в строках аспектов.</translation>
        </message>
        <message>
            <source>The file is open read-only: changes are not possible.</source>
            <translation>Файл открыт только для чтения: изменения невозможны.</translation>
        </message>
        <message>
            <source>Form %1 is locked: unlock it, with a reason, to change marks.</source>
            <translation>Ведомость %1 закрыта: чтобы изменить оценки, откройте её с указанием причины.</translation>
        </message>
        <message numerus="yes">
            <source>Form %1 has %n judge(s): type %n score(s) 0-3, for example %2.</source>
            <translation>
                <numerusform>В ведомости %1 %n судья: введите %n оценку от 0 до 3, например %2.</numerusform>
                <numerusform>В ведомости %1 %n судьи: введите %n оценки от 0 до 3, например %2.</numerusform>
                <numerusform>В ведомости %1 %n судей: введите %n оценок от 0 до 3, например %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is absent for form %2: press A to mark them present.</source>
            <translation>%1 отсутствует по ведомости %2: нажмите A, чтобы отметить присутствие.</translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) missing</source>
            <translation>
                <numerusform>не хватает %n оценки</numerusform>
                <numerusform>не хватает %n оценок</numerusform>
                <numerusform>не хватает %n оценок</numerusform>
            </translation>
        </message>
        <message>
            <source>Form %1 has no marking team yet: choose its judges first (Competency ▸ Marking team).</source>
            <translation>У ведомости %1 ещё нет оценочной группы: сначала выберите судей (Компетенция ▸ Оценочная группа).</translation>
        </message>
        <message>
            <source>mark %1 · %2</source>
            <translation>оценка %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>MarksPage</name>
        <message>
            <source>Choose a competency and a form first.</source>
            <translation>Сначала выберите компетенцию и ведомость.</translation>
        </message>
        <message>
            <source>Form %1 is already locked.</source>
            <translation>Ведомость %1 уже закрыта.</translation>
        </message>
        <message>
            <source>Lock form</source>
            <translation>Закрыть ведомость</translation>
        </message>
        <message>
            <source>Form %1 is locked.</source>
            <translation>Ведомость %1 закрыта.</translation>
        </message>
        <message>
            <source>Form %1 is not locked.</source>
            <translation>Ведомость %1 не закрыта.</translation>
        </message>
        <message>
            <source>Why must form %1 change? The reason goes into the audit record.</source>
            <translation>Почему нужно изменить ведомость %1? Причина будет записана в журнал аудита.</translation>
        </message>
        <message>
            <source>The results are final (revision %1). Unlocking makes them provisional until a new sign-off.</source>
            <translation>Результаты окончательные (редакция %1). После открытия ведомости они станут предварительными до нового утверждения.</translation>
        </message>
        <message>
            <source>Unlock form %1</source>
            <translation>Открыть ведомость %1</translation>
        </message>
        <message>
            <source>Unlock cancelled: a written reason is required.</source>
            <translation>Открытие отменено: нужна письменная причина.</translation>
        </message>
        <message>
            <source>Form %1 is unlocked.</source>
            <translation>Ведомость %1 открыта для изменений.</translation>
        </message>
        <message>
            <source>Move to a cell marked ⚠ (a disagreement) to confirm its scores.</source>
            <translation>Перейдите в ячейку с ⚠ (расхождение), чтобы подтвердить её оценки.</translation>
        </message>
        <message>
            <source>Confirm disagreement</source>
            <translation>Подтвердить расхождение</translation>
        </message>
        <message>
            <source>The scores %1 for %2 in %3 are already confirmed: “%4”. Replace the reason?</source>
            <translation>Оценки %1 для %2 в %3 уже подтверждены: «%4». Заменить причину?</translation>
        </message>
        <message>
            <source>%1 · %2 is already confirmed: “%3”.</source>
            <translation>%1 · %2 уже подтверждено: «%3».</translation>
        </message>
        <message>
            <source>Why do the scores %1 for %2 in %3 stand?</source>
            <translation>Почему оценки %1 для %2 в %3 остаются в силе?</translation>
        </message>
        <message>
            <source>Not confirmed: a written reason is required.</source>
            <translation>Не подтверждено: нужна письменная причина.</translation>
        </message>
        <message>
            <source>The reason is unchanged: nothing was written.</source>
            <translation>Причина не изменилась: ничего не записано.</translation>
        </message>
        <message>
            <source>Disagreement confirmed.</source>
            <translation>Расхождение подтверждено.</translation>
        </message>
        <message>
            <source>The new reason of the confirmed disagreement is written.</source>
            <translation>Новая причина подтверждённого расхождения записана.</translation>
        </message>
        <message>
            <source>Marking team of %1 saved.</source>
            <translation>Оценочная группа ведомости %1 сохранена.</translation>
        </message>
        <message>
            <source>Marking team</source>
            <translation>Оценочная группа</translation>
        </message>
        <message numerus="yes">
            <source>This team has a compatriot of %n competitor(s). Choose substitutes for them automatically (F4 on a cell chooses by hand)?</source>
            <translation>
                <numerusform>У %n конкурсанта есть компатриот в этой группе. Назначить замену автоматически (F4 на ячейке — вручную)?</numerusform>
                <numerusform>У %n конкурсантов есть компатриоты в этой группе. Назначить замену автоматически (F4 на ячейке — вручную)?</numerusform>
                <numerusform>У %n конкурсантов есть компатриоты в этой группе. Назначить замену автоматически (F4 на ячейке — вручную)?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Substitutes chosen for %n competitor(s).</source>
            <translation>
                <numerusform>Замена назначена для %n конкурсанта.</numerusform>
                <numerusform>Замена назначена для %n конкурсантов.</numerusform>
                <numerusform>Замена назначена для %n конкурсантов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still without a substitute: %n compatriot cell(s) (F4).</source>
            <translation>
                <numerusform>Без замены пока %n ячейка с компатриотом (F4).</numerusform>
                <numerusform>Без замены пока %n ячейки с компатриотами (F4).</numerusform>
                <numerusform>Без замены пока %n ячеек с компатриотами (F4).</numerusform>
            </translation>
        </message>
        <message>
            <source>F4 chooses a substitute on a cell marked ⊘ (a compatriot).</source>
            <translation>F4 выбирает замену в ячейке с ⊘ (компатриот).</translation>
        </message>
        <message>
            <source>Who marks %1 in form %2 instead of %3?</source>
            <translation>Кто оценивает %1 по ведомости %2 вместо %3?</translation>
        </message>
        <message>
            <source>Substitute expert</source>
            <translation>Заменить эксперта</translation>
        </message>
        <message>
            <source>%1 now marks %2 in form %3.</source>
            <translation>Теперь %1 оценивает %2 по ведомости %3.</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Отсутствие</translation>
        </message>
        <message>
            <source>%1 has marks in form %2. Mark them absent (the form counts 0)?</source>
            <translation>У %1 есть оценки в ведомости %2. Отметить отсутствие (ведомость засчитывается как 0)?</translation>
        </message>
        <message>
            <source>absent %1</source>
            <translation>отсутствие %1</translation>
        </message>
        <message>
            <source>present %1</source>
            <translation>присутствие %1</translation>
        </message>
        <message>
            <source>%1 is absent for form %2.</source>
            <translation>%1 отсутствует по ведомости %2.</translation>
        </message>
        <message>
            <source>%1 is present for form %2.</source>
            <translation>%1 присутствует по ведомости %2.</translation>
        </message>
        <message>
            <source>A deduction reason belongs to a measurement mark (F2 on its cell).</source>
            <translation>Причина снижения относится к измеримой оценке (F2 в её ячейке).</translation>
        </message>
        <message>
            <source>Type the mark first, then its reason (F2).</source>
            <translation>Сначала введите оценку, затем её причину (F2).</translation>
        </message>
        <message>
            <source>Why %1 of %2 for %3 in %4?</source>
            <translation>Почему %1 из %2 у %3 в %4?</translation>
        </message>
        <message>
            <source>Deduction reason</source>
            <translation>Причина снижения</translation>
        </message>
        <message>
            <source>reason %1 · %2</source>
            <translation>причина %1 · %2</translation>
        </message>
        <message>
            <source>Form %1 is complete: nothing is missing.</source>
            <translation>Ведомость %1 заполнена: все оценки введены.</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Ведомость:</translation>
        </message>
        <message>
            <source>Marking team…</source>
            <translation>Оценочная группа…</translation>
        </message>
        <message>
            <source>&amp;Lock form</source>
            <translation>Закры&amp;ть ведомость</translation>
        </message>
        <message>
            <source>&amp;Unlock form…</source>
            <translation>Отк&amp;рыть ведомость…</translation>
        </message>
        <message>
            <source>&amp;Confirm disagreement…</source>
            <translation>По&amp;дтвердить расхождение…</translation>
        </message>
        <message>
            <source>Marking &amp;team…</source>
            <translation>Оценочная &amp;группа…</translation>
        </message>
        <message>
            <source>Su&amp;bstitute expert…	F4</source>
            <translation>&amp;Заменить эксперта…	F4</translation>
        </message>
        <message>
            <source>Deduction &amp;reason…	F2</source>
            <translation>&amp;Причина снижения…	F2</translation>
        </message>
        <message>
            <source>Mark &amp;absent / present	A</source>
            <translation>&amp;Отсутствует / присутствует	A</translation>
        </message>
        <message>
            <source>&amp;Next incomplete cell</source>
            <translation>&amp;Следующая незаполненная ячейка</translation>
        </message>
        <message>
            <source>Next form</source>
            <translation>Следующая ведомость</translation>
        </message>
        <message>
            <source>Previous form</source>
            <translation>Предыдущая ведомость</translation>
        </message>
        <message>
            <source>This competency has no marking scheme yet: import it on the People tab.</source>
            <translation>У этой компетенции ещё нет схемы оценки: импортируйте её на вкладке «Участники».</translation>
        </message>
        <message>
            <source>Judges: %1.</source>
            <translation>Судьи: %1.</translation>
        </message>
        <message>
            <source>none chosen (Ctrl+Shift+T)</source>
            <translation>не выбраны (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Unlock form…</source>
            <translation>Открыть ведомость…</translation>
        </message>
        <message>
            <source>READ-ONLY: this file is open for reading; no mark can change.</source>
            <translation>ТОЛЬКО ЧТЕНИЕ: файл открыт для чтения, оценки изменить нельзя.</translation>
        </message>
        <message>
            <source>▣ LOCKED: form %1 was locked by %2 at %3. Its marks cannot change; unlock it with a reason (Ctrl+Shift+L).</source>
            <translation>▣ ЗАКРЫТА: ведомость %1 закрыл(а) %2 в %3. Оценки изменить нельзя; откройте её с указанием причины (Ctrl+Shift+L).</translation>
        </message>
        <message>
            <source>Form %1 · max %2 · %3 Type marks, Enter moves down; judges' scores as 332.</source>
            <translation>Ведомость %1 · макс. %2 · %3 Вводите оценки, Enter — вниз; судейские оценки подряд, например 332.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n mark(s) missing</source>
            <translation>
                <numerusform>%1: не хватает %n оценки</numerusform>
                <numerusform>%1: не хватает %n оценок</numerusform>
                <numerusform>%1: не хватает %n оценок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) to confirm</source>
            <translation>
                <numerusform>%n расхождение к подтверждению</numerusform>
                <numerusform>%n расхождения к подтверждению</numerusform>
                <numerusform>%n расхождений к подтверждению</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: complete</source>
            <translation>%1: заполнена</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>закрыта</translation>
        </message>
        <message>
            <source>max</source>
            <translation>макс.</translation>
        </message>
        <message>
            <source>Judges: %1</source>
            <translation>Судьи: %1</translation>
        </message>
    </context>
    <context>
        <name>MarksView</name>
        <message>
            <source>The pasted block is larger than the form from this cell.</source>
            <translation>Вставляемый блок больше ведомости от этой ячейки.</translation>
        </message>
        <message numerus="yes">
            <source>paste %n value(s)</source>
            <translation>
                <numerusform>вставка %n значения</numerusform>
                <numerusform>вставка %n значений</numerusform>
                <numerusform>вставка %n значений</numerusform>
            </translation>
        </message>
        <message>
            <source>The whole block was refused: nothing was pasted.</source>
            <translation>Весь блок отклонён: ничего не вставлено.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Import results packages</source>
            <translation>Импорт пакетов результатов</translation>
        </message>
        <message>
            <source>Each package is checked (checksum and audit record) before the preview. Nothing changes until you press Import.</source>
            <translation>Каждый пакет проверяется (контрольная сумма и журнал аудита) перед просмотром. Ничего не меняется, пока вы не нажмёте «Импортировать».</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Конфликт</translation>
        </message>
        <message>
            <source>Not decided: leave unchanged</source>
            <translation>Не решено: оставить без изменений</translation>
        </message>
        <message>
            <source>Keep the master's results</source>
            <translation>Оставить результаты главного файла</translation>
        </message>
        <message>
            <source>Take the package's results</source>
            <translation>Взять результаты пакета</translation>
        </message>
        <message>
            <source>Why (required)</source>
            <translation>Причина (обязательно)</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Add packages…</source>
            <translation>Добавить пакеты…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Редакция</translation>
        </message>
        <message>
            <source>Audit entry</source>
            <translation>Запись аудита</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <source>Master</source>
            <translation>Главный файл</translation>
        </message>
        <message>
            <source>Conflict in {code}: {note}</source>
            <translation>Конфликт в {code}: {note}</translation>
        </message>
        <message>
            <source>Merge %1 from the championship “%2” into “%3” all the same (it is another championship)</source>
            <translation>Всё равно объединить %1 из чемпионата «%2» с «%3» (это другой чемпионат)</translation>
        </message>
        <message>
            <source>Add the packages from the venues to see what the merge will do.</source>
            <translation>Добавьте пакеты с площадок, чтобы увидеть, что сделает объединение.</translation>
        </message>
        <message>
            <source>A package comes from another championship: nothing is merged until you tick the box above.</source>
            <translation>Пакет из другого чемпионата: ничего не объединяется, пока вы не отметите флажок выше.</translation>
        </message>
        <message>
            <source>Write a reason for the decision on {codes}.</source>
            <translation>Напишите причину решения по {codes}.</translation>
        </message>
        <message>
            <source>{changes} competencies will be added or replaced; {open} conflicts left unchanged.</source>
            <translation>Компетенций будет добавлено или заменено: {changes}; конфликтов оставлено без изменений: {open}.</translation>
        </message>
        <message>
            <source>Imported: {changed}. Kept: {kept}. Still in conflict: {open}.</source>
            <translation>Импортировано: {changed}. Оставлено: {kept}. Конфликтов осталось: {open}.</translation>
        </message>
        <message>
            <source>Results packages</source>
            <translation>Пакеты результатов</translation>
        </message>
        <message>
            <source>Results packages (*.wskpkg)</source>
            <translation>Пакеты результатов (*.wskpkg)</translation>
        </message>
    </context>
    <context>
        <name>MergePlanModel</name>
        <message>
            <source>Competency</source>
            <translation>Компетенция</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Редакция</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Medal changes</source>
            <translation>Изменения медалей</translation>
        </message>
        <message>
            <source>⚠ conflict: keep the master's</source>
            <translation>⚠ конфликт: оставить главный</translation>
        </message>
        <message>
            <source>⚠ conflict: take this package</source>
            <translation>⚠ конфликт: взять этот пакет</translation>
        </message>
        <message>
            <source>⚠ conflict: choose</source>
            <translation>⚠ конфликт: выберите</translation>
        </message>
        <message>
            <source>= no change</source>
            <translation>= без изменений</translation>
        </message>
        <message>
            <source>↻ replace</source>
            <translation>↻ заменить</translation>
        </message>
        <message>
            <source>+ add</source>
            <translation>+ добавить</translation>
        </message>
        <message>
            <source>skip: older</source>
            <translation>пропуск: старее</translation>
        </message>
        <message>
            <source>skip: a newer package is here</source>
            <translation>пропуск: здесь есть пакет новее</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
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
            <translation>редакция {revision}, запись {seq}</translation>
        </message>
    </context>
    <context>
        <name>NationalPage</name>
        <message>
            <source>Open a championship file first.</source>
            <translation>Сначала откройте файл чемпионата.</translation>
        </message>
        <message>
            <source>Save %1</source>
            <translation>Сохранить: %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Сохранено: %1.</translation>
        </message>
        <message>
            <source>Copied %1 lines: paste them into Excel.</source>
            <translation>Скопировано строк: %1. Вставьте их в Excel.</translation>
        </message>
        <message>
            <source>Medal table</source>
            <translation>Медальный зачёт</translation>
        </message>
        <message>
            <source>Team standings</source>
            <translation>Общекомандный зачёт</translation>
        </message>
        <message>
            <source>Best results</source>
            <translation>Лучшие результаты</translation>
        </message>
        <message>
            <source>Not yet final</source>
            <translation>Ещё не окончательные</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>В Excel…</translation>
        </message>
        <message>
            <source>Save as an Excel workbook</source>
            <translation>Сохранить как книгу Excel</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>В PDF…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранить в PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Print preview; print from there</source>
            <translation>Предварительный просмотр; печать — оттуда</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Copy this table, to paste it into Excel</source>
            <translation>Скопировать эту таблицу, чтобы вставить её в Excel</translation>
        </message>
        <message>
            <source>the medal list (every medal and medallion, by competency)</source>
            <translation>медальный список (все медали и медальоны по компетенциям)</translation>
        </message>
        <message>
            <source>the team standings, main and juniors</source>
            <translation>общекомандный зачёт, основная категория и юниоры</translation>
        </message>
        <message>
            <source>best of championship and best of each region, all competencies</source>
            <translation>лучший результат чемпионата и лучшие результаты регионов, все компетенции</translation>
        </message>
        <message>
            <source>the competencies not yet final and what each waits for</source>
            <translation>компетенции, ещё не окончательные, и чего каждая ожидает</translation>
        </message>
        <message>
            <source>Main category</source>
            <translation>Основная категория</translation>
        </message>
        <message>
            <source>Juniors</source>
            <translation>Юниоры</translation>
        </message>
        <message>
            <source>Best of championship</source>
            <translation>Лучший результат чемпионата</translation>
        </message>
        <message>
            <source>Best of region</source>
            <translation>Лучший результат региона</translation>
        </message>
        <message>
            <source>All competencies</source>
            <translation>Все компетенции</translation>
        </message>
        <message>
            <source>National results · %1</source>
            <translation>Итоги чемпионата · %1</translation>
        </message>
        <message>
            <source>PROVISIONAL: %1 of %2 competencies not final</source>
            <translation>ПРЕДВАРИТЕЛЬНО: не окончательны %1 из %2 компетенций</translation>
        </message>
        <message>
            <source>FINAL: all %1 competencies</source>
            <translation>ОКОНЧАТЕЛЬНО: все компетенции (%1)</translation>
        </message>
        <message>
            <source>Awarded: %1 gold, %2 silver, %3 bronze, %4 medallions (a team counts once).</source>
            <translation>Вручено: золото — %1, серебро — %2, бронза — %3, медальоны — %4 (команда считается один раз).</translation>
        </message>
        <message>
            <source>%1 of %2 competencies are not final: their medals can still move.</source>
            <translation>Не окончательны %1 из %2 компетенций: их медали ещё могут измениться.</translation>
        </message>
        <message>
            <source>Every competency is final.</source>
            <translation>Все компетенции окончательные.</translation>
        </message>
        <message>
            <source>Medals and medallions of %1</source>
            <translation>Медали и медальоны: %1</translation>
        </message>
        <message>
            <source>Main and juniors together</source>
            <translation>Основная и юниоры вместе</translation>
        </message>
        <message>
            <source>Points: gold %1, silver %2, bronze %3, medallion %4. Equal points: more golds, then silvers, bronzes, medallions decide; regions equal in all of them share the rank.</source>
            <translation>Очки: золото %1, серебро %2, бронза %3, медальон %4. При равенстве очков решает число золотых, затем серебряных, бронзовых медалей и медальонов; регионы, равные во всём, делят место.</translation>
        </message>
    </context>
    <context>
        <name>NavTree</name>
        <message>
            <source>Competencies</source>
            <translation>Компетенции</translation>
        </message>
    </context>
    <context>
        <name>OpenChecks</name>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Открыть только для чтения</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>WSK Desk</source>
            <translation>WSK Desk</translation>
        </message>
        <message>
            <source>This file was changed outside WSK Desk: {problem} Treat its results with suspicion.</source>
            <translation>Этот файл изменён вне WSK Desk: {problem} Относитесь к его результатам с недоверием.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>другой программе</translation>
        </message>
        <message>
            <source>{name} is already open for writing in {who}.

Open it read-only, or cancel?</source>
            <translation>{name} уже открыт для записи в {who}.

Открыть только для чтения или отменить?</translation>
        </message>
        <message>
            <source>{name} is on a disk or folder that cannot be written.

Open it read-only, or cancel?</source>
            <translation>{name} находится на диске или в папке без права записи.

Открыть только для чтения или отменить?</translation>
        </message>
        <message>
            <source>{problem}

No good backup of it was found.</source>
            <translation>{problem}

Исправной резервной копии этого файла не найдено.</translation>
        </message>
        <message>
            <source>{problem}

The newest good backup is from {when}. Restore it to a new file and open that? The damaged file is kept as it is.</source>
            <translation>{problem}

Последняя исправная резервная копия сделана {when}. Восстановить её в новый файл и открыть его? Повреждённый файл останется как есть.</translation>
        </message>
        <message>
            <source>Open the backup</source>
            <translation>Открыть резервную копию</translation>
        </message>
        <message>
            <source>{problem}

Open it read-only, or cancel?</source>
            <translation>{problem}

Открыть только для чтения или отменить?</translation>
        </message>
        <message>
            <source>{name}: the file does not exist.</source>
            <translation>{name}: такого файла нет.</translation>
        </message>
        <message>
            <source>{name}: the file is empty (0 bytes), so it holds no championship.</source>
            <translation>{name}: файл пуст (0 байт), чемпионата в нём нет.</translation>
        </message>
        <message>
            <source>{name}: this is not a WSK Desk championship file.</source>
            <translation>{name}: это не файл чемпионата WSK Desk.</translation>
        </message>
        <message>
            <source>{name}: the file is damaged ({detail}).</source>
            <translation>{name}: файл повреждён ({detail}).</translation>
        </message>
        <message>
            <source>{name}: the file was written by a newer version of WSK Desk (format steps {detail}); please update WSK Desk to open it.</source>
            <translation>{name}: файл записан более новой версией WSK Desk (шаги формата {detail}); обновите WSK Desk, чтобы открыть его.</translation>
        </message>
        <message>
            <source>{name}: the file is busy in another program ({detail}).</source>
            <translation>{name}: файл занят другой программой ({detail}).</translation>
        </message>
        <message>
            <source>{name}: the file or its folder is read-only ({detail}).</source>
            <translation>{name}: файл или его папка доступны только для чтения ({detail}).</translation>
        </message>
        <message>
            <source>{name}: its latest changes are still in {name}-wal and its folder is read-only; copy both files to a writable folder and open the copy.</source>
            <translation>{name}: последние изменения ещё лежат в {name}-wal, а папка доступна только для чтения; скопируйте оба файла в папку с правом записи и откройте копию.</translation>
        </message>
        <message>
            <source>{name}: the file cannot be opened ({detail}).</source>
            <translation>{name}: файл не удаётся открыть ({detail}).</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message>
            <source>form</source>
            <translation>ведомость</translation>
        </message>
        <message>
            <source>day</source>
            <translation>день</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>закрыта</translation>
        </message>
        <message>
            <source>disagreements</source>
            <translation>расхождения</translation>
        </message>
        <message>
            <source>ABS</source>
            <translation>ОТС</translation>
        </message>
        <message>
            <source>%1 is absent for form %2.</source>
            <translation>%1 отсутствует по ведомости %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) missing</source>
            <translation>
                <numerusform>не хватает %n оценки</numerusform>
                <numerusform>не хватает %n оценок</numerusform>
                <numerusform>не хватает %n оценок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) to confirm</source>
            <translation>
                <numerusform>%n расхождение к подтверждению</numerusform>
                <numerusform>%n расхождения к подтверждению</numerusform>
                <numerusform>%n расхождений к подтверждению</numerusform>
            </translation>
        </message>
        <message>
            <source>all marks entered</source>
            <translation>все оценки введены</translation>
        </message>
        <message>
            <source>unconfirmed / all disagreements</source>
            <translation>неподтверждённые / все расхождения</translation>
        </message>
        <message>
            <source>Form %1 can be locked.</source>
            <translation>Ведомость %1 можно закрыть.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message numerus="yes">
            <source>%1 of %n form(s) locked</source>
            <translation>
                <numerusform>Закрыто ведомостей: %1 из %n</numerusform>
                <numerusform>Закрыто ведомостей: %1 из %n</numerusform>
                <numerusform>Закрыто ведомостей: %1 из %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) missing</source>
            <translation>
                <numerusform>не хватает %n оценки</numerusform>
                <numerusform>не хватает %n оценок</numerusform>
                <numerusform>не хватает %n оценок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) to confirm</source>
            <translation>
                <numerusform>%n расхождение к подтверждению</numerusform>
                <numerusform>%n расхождения к подтверждению</numerusform>
                <numerusform>%n расхождений к подтверждению</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter on a cell opens that form.</source>
            <translation>Enter на ячейке открывает ведомость.</translation>
        </message>
    </context>
    <context>
        <name>PackageActions</name>
        <message>
            <source>&amp;Import results packages…</source>
            <translation>&amp;Импорт пакетов результатов…</translation>
        </message>
        <message>
            <source>E&amp;xport results package…</source>
            <translation>&amp;Экспорт пакета результатов…</translation>
        </message>
        <message>
            <source>Export results package</source>
            <translation>Экспорт пакета результатов</translation>
        </message>
        <message>
            <source>Results packages (*.wskpkg)</source>
            <translation>Пакеты результатов (*.wskpkg)</translation>
        </message>
        <message>
            <source>%1 %2 (the competency on screen)</source>
            <translation>%1 %2 (компетенция на экране)</translation>
        </message>
        <message>
            <source>All competencies of the file: %1</source>
            <translation>Все компетенции файла: %1</translation>
        </message>
        <message>
            <source>Which competencies go into the package?</source>
            <translation>Какие компетенции включить в пакет?</translation>
        </message>
        <message>
            <source>The results package was not written: %1</source>
            <translation>Пакет результатов не записан: %1</translation>
        </message>
        <message>
            <source>Wrote %1 (competencies %2).</source>
            <translation>Записан %1 (компетенции %2).</translation>
        </message>
        <message>
            <source>Wrote %1 with competencies %2.

SHA-256 of the package:
%3

Tell the organizer this checksum so they can compare it with what the merge preview shows.</source>
            <translation>Записан %1 с компетенциями %2.

SHA-256 пакета:
%3

Сообщите эту контрольную сумму организатору, чтобы он сверил её с показанной при объединении.</translation>
        </message>
        <message>
            <source>The file is open read-only: packages cannot be merged into it.</source>
            <translation>Файл открыт только для чтения: объединить с ним пакеты нельзя.</translation>
        </message>
        <message>
            <source>Import results packages</source>
            <translation>Импорт пакетов результатов</translation>
        </message>
        <message>
            <source>Merged results packages: %1.</source>
            <translation>Объединены пакеты результатов: %1.</translation>
        </message>
    </context>
    <context>
        <name>PendingModel</name>
        <message>
            <source>competency</source>
            <translation>компетенция</translation>
        </message>
        <message>
            <source>category</source>
            <translation>категория</translation>
        </message>
        <message>
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <source>marks missing</source>
            <translation>нет оценок</translation>
        </message>
        <message>
            <source>forms not locked</source>
            <translation>не закрыты ведомости</translation>
        </message>
        <message>
            <source>marks to be entered</source>
            <translation>ввода оценок</translation>
        </message>
        <message>
            <source>Forms not locked: %1</source>
            <translation>Не закрыты ведомости: %1</translation>
        </message>
        <message>
            <source>waiting for</source>
            <translation>ожидает</translation>
        </message>
        <message>
            <source>a marking scheme</source>
            <translation>схемы оценки</translation>
        </message>
        <message>
            <source>forms to be locked</source>
            <translation>закрытия ведомостей</translation>
        </message>
        <message>
            <source>the Chief Expert's sign-off</source>
            <translation>утверждения главным экспертом</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>Import people</source>
            <translation>Импорт участников</translation>
        </message>
        <message>
            <source>Import marking scheme</source>
            <translation>Импорт схемы оценки</translation>
        </message>
        <message>
            <source>Import marks</source>
            <translation>Импорт оценок</translation>
        </message>
        <message>
            <source>Import &amp;people…</source>
            <translation>Импорт &amp;участников…</translation>
        </message>
        <message>
            <source>Import marking &amp;scheme…</source>
            <translation>Импорт &amp;схемы оценки…</translation>
        </message>
        <message>
            <source>Regions, competitors and experts from the people list (xlsx).</source>
            <translation>Регионы, конкурсанты и эксперты из списка участников (xlsx).</translation>
        </message>
        <message>
            <source>The marking scheme of this competency (CIS or Russian template).</source>
            <translation>Схема оценки этой компетенции (шаблон CIS или российский).</translation>
        </message>
        <message>
            <source>Import &amp;marks…</source>
            <translation>Импорт &amp;оценок…</translation>
        </message>
        <message>
            <source>Marks and judges' scores from a marks workbook: all rows, or none.</source>
            <translation>Оценки и судейские баллы из книги оценок: все строки или ни одной.</translation>
        </message>
        <message>
            <source>Export people &amp;template…</source>
            <translation>Экспорт &amp;шаблона списка участников…</translation>
        </message>
        <message>
            <source>A blank people list (regions, competitors, experts) to fill in and import.</source>
            <translation>Пустой список участников (регионы, конкурсанты, эксперты), чтобы заполнить и импортировать.</translation>
        </message>
        <message numerus="yes">
            <source>%n competitor(s)</source>
            <translation>
                <numerusform>%n конкурсант</numerusform>
                <numerusform>%n конкурсанта</numerusform>
                <numerusform>%n конкурсантов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation>
                <numerusform>%n эксперт</numerusform>
                <numerusform>%n эксперта</numerusform>
                <numerusform>%n экспертов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n competitor(s) and expert(s).</source>
            <translation>
                <numerusform>Импортировано конкурсантов и экспертов: %n.</numerusform>
                <numerusform>Импортировано конкурсантов и экспертов: %n.</numerusform>
                <numerusform>Импортировано конкурсантов и экспертов: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n mark(s) and score(s).</source>
            <translation>
                <numerusform>Импортировано оценок и баллов: %n.</numerusform>
                <numerusform>Импортировано оценок и баллов: %n.</numerusform>
                <numerusform>Импортировано оценок и баллов: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported the marking scheme: %n aspect(s), total %1.</source>
            <translation>
                <numerusform>Схема оценки импортирована: аспектов %n, сумма %1.</numerusform>
                <numerusform>Схема оценки импортирована: аспектов %n, сумма %1.</numerusform>
                <numerusform>Схема оценки импортирована: аспектов %n, сумма %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Competency %1 created with its marking scheme (%n aspect(s)).</source>
            <translation>
                <numerusform>Компетенция %1 создана со схемой оценки (аспектов: %n).</numerusform>
                <numerusform>Компетенция %1 создана со схемой оценки (аспектов: %n).</numerusform>
                <numerusform>Компетенция %1 создана со схемой оценки (аспектов: %n).</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export people template</source>
            <translation>Экспорт шаблона списка участников</translation>
        </message>
        <message>
            <source>Competency %1 already has marks. Replacing its marking scheme discards them all (the audit record keeps them). Why?</source>
            <translation>В компетенции %1 уже есть оценки. Замена схемы оценки удалит их все (журнал аудита их сохранит). Почему?</translation>
        </message>
        <message>
            <source>Import cancelled: the marks stay.</source>
            <translation>Импорт отменён: оценки сохранены.</translation>
        </message>
        <message>
            <source>New competency</source>
            <translation>Новая компетенция</translation>
        </message>
        <message>
            <source>Number of the competency (17, or 17J for juniors):</source>
            <translation>Номер компетенции (17, или 17J для юниоров):</translation>
        </message>
        <message>
            <source>Name of competency %1:</source>
            <translation>Название компетенции %1:</translation>
        </message>
        <message>
            <source>Competency %1 is already in this championship: import its marking scheme on its People tab.</source>
            <translation>Компетенция %1 уже есть в чемпионате: импортируйте её схему оценки на вкладке «Участники».</translation>
        </message>
        <message>
            <source>Import refused: %1</source>
            <translation>Импорт отклонён: %1</translation>
        </message>
        <message>
            <source>Nothing was imported and nothing was changed.</source>
            <translation>Ничего не импортировано и ничего не изменено.</translation>
        </message>
        <message>
            <source>Please check these warnings:</source>
            <translation>Проверьте эти предупреждения:</translation>
        </message>
    </context>
    <context>
        <name>RegionMedalsModel</name>
        <message>
            <source>competency</source>
            <translation>компетенция</translation>
        </message>
        <message>
            <source>competitor</source>
            <translation>конкурсант</translation>
        </message>
        <message>
            <source>score</source>
            <translation>результат</translation>
        </message>
        <message>
            <source>medal</source>
            <translation>медаль</translation>
        </message>
        <message>
            <source>status</source>
            <translation>статус</translation>
        </message>
    </context>
    <context>
        <name>RegionsModel</name>
        <message>
            <source>region</source>
            <translation>регион</translation>
        </message>
        <message>
            <source>gold</source>
            <translation>золото</translation>
        </message>
        <message>
            <source>silver</source>
            <translation>серебро</translation>
        </message>
        <message>
            <source>bronze</source>
            <translation>бронза</translation>
        </message>
        <message>
            <source>medallions</source>
            <translation>медальоны</translation>
        </message>
        <message>
            <source>points</source>
            <translation>очки</translation>
        </message>
        <message>
            <source>tie-break</source>
            <translation>при равенстве очков</translation>
        </message>
        <message>
            <source>shared with %1</source>
            <translation>делит место с %1</translation>
        </message>
        <message>
            <source>equal points with %1: more golds decide</source>
            <translation>очков поровну с %1: решает число золотых</translation>
        </message>
        <message>
            <source>equal points with %1: more silvers decide</source>
            <translation>очков поровну с %1: решает число серебряных</translation>
        </message>
        <message>
            <source>equal points with %1: more bronzes decide</source>
            <translation>очков поровну с %1: решает число бронзовых</translation>
        </message>
        <message>
            <source>equal points with %1: more medallions decide</source>
            <translation>очков поровну с %1: решает число медальонов</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Championship created</source>
            <translation>Чемпионат создан</translation>
        </message>
        <message>
            <source>Region saved</source>
            <translation>Регион сохранён</translation>
        </message>
        <message>
            <source>Competency saved</source>
            <translation>Компетенция сохранена</translation>
        </message>
        <message>
            <source>Marking scheme imported</source>
            <translation>Схема оценки импортирована</translation>
        </message>
        <message>
            <source>Marking scheme texts imported</source>
            <translation>Импортированы тексты схемы оценки</translation>
        </message>
        <message>
            <source>People imported</source>
            <translation>Участники импортированы</translation>
        </message>
        <message>
            <source>Marking team set</source>
            <translation>Оценочная группа назначена</translation>
        </message>
        <message>
            <source>Expert substituted</source>
            <translation>Эксперт заменён</translation>
        </message>
        <message>
            <source>Mark changed</source>
            <translation>Оценка изменена</translation>
        </message>
        <message>
            <source>Judges' scores changed</source>
            <translation>Судейские оценки изменены</translation>
        </message>
        <message>
            <source>Absence changed</source>
            <translation>Отсутствие изменено</translation>
        </message>
        <message>
            <source>Marks entered</source>
            <translation>Оценки введены</translation>
        </message>
        <message>
            <source>Marks imported</source>
            <translation>Оценки импортированы</translation>
        </message>
        <message>
            <source>Marks pasted</source>
            <translation>Оценки вставлены</translation>
        </message>
        <message>
            <source>Form locked</source>
            <translation>Ведомость закрыта</translation>
        </message>
        <message>
            <source>Form unlocked</source>
            <translation>Ведомость открыта</translation>
        </message>
        <message>
            <source>Disagreement confirmed</source>
            <translation>Расхождение подтверждено</translation>
        </message>
        <message>
            <source>Results signed off</source>
            <translation>Результаты утверждены</translation>
        </message>
        <message>
            <source>Results merged</source>
            <translation>Результаты объединены</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>Было</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Стало</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>{count} audit entries. Nothing is ever deleted from the record; the chain of entries is protected by checksums.</source>
            <translation>Записей аудита: {count}. Из журнала ничего не удаляется; цепочка записей защищена контрольными суммами.</translation>
        </message>
        <message>
            <source>Audit report</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>file</source>
            <translation>файл</translation>
        </message>
        <message>
            <source>checksum</source>
            <translation>контрольная сумма</translation>
        </message>
        <message>
            <source>form</source>
            <translation>ведомость</translation>
        </message>
        <message>
            <source>name</source>
            <translation>название</translation>
        </message>
        <message>
            <source>name in Russian</source>
            <translation>название на русском</translation>
        </message>
        <message>
            <source>name in Kazakh</source>
            <translation>название на казахском</translation>
        </message>
        <message>
            <source>name in English</source>
            <translation>название на английском</translation>
        </message>
        <message>
            <source>code</source>
            <translation>код</translation>
        </message>
        <message>
            <source>category</source>
            <translation>категория</translation>
        </message>
        <message>
            <source>team size</source>
            <translation>человек в команде</translation>
        </message>
        <message>
            <source>competency</source>
            <translation>компетенция</translation>
        </message>
        <message>
            <source>aspects</source>
            <translation>аспектов</translation>
        </message>
        <message>
            <source>total mark</source>
            <translation>сумма баллов</translation>
        </message>
        <message>
            <source>replaced despite marks</source>
            <translation>заменена при наличии оценок</translation>
        </message>
        <message>
            <source>competitors</source>
            <translation>конкурсантов</translation>
        </message>
        <message>
            <source>experts</source>
            <translation>экспертов</translation>
        </message>
        <message>
            <source>regions</source>
            <translation>регионов</translation>
        </message>
        <message>
            <source>number of marks</source>
            <translation>оценок</translation>
        </message>
        <message>
            <source>signed by</source>
            <translation>утвердил</translation>
        </message>
        <message>
            <source>signed revision</source>
            <translation>утверждённая редакция</translation>
        </message>
        <message>
            <source>medal changes</source>
            <translation>изменения медалей</translation>
        </message>
        <message>
            <source>revision</source>
            <translation>редакция</translation>
        </message>
        <message>
            <source>language</source>
            <translation>язык</translation>
        </message>
        <message>
            <source>texts</source>
            <translation>тексты</translation>
        </message>
        <message>
            <source>main</source>
            <translation>основная</translation>
        </message>
        <message>
            <source>juniors</source>
            <translation>юниоры</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>present</source>
            <translation>присутствует</translation>
        </message>
        <message>
            <source>all marks removed</source>
            <translation>все оценки удалены</translation>
        </message>
        <message>
            <source>Revision {n} (final)</source>
            <translation>Редакция {n} (окончательная)</translation>
        </message>
        <message>
            <source>Revision {n}, reopened after sign-off</source>
            <translation>Редакция {n}, открыта после утверждения</translation>
        </message>
        <message>
            <source>Revision 0 (not signed off)</source>
            <translation>Редакция 0 (не утверждена)</translation>
        </message>
        <message>
            <source>Audit entry #{seq}</source>
            <translation>Запись аудита № {seq}</translation>
        </message>
        <message>
            <source>Chief Expert</source>
            <translation>Главный эксперт</translation>
        </message>
        <message>
            <source>Deputy Chief Expert</source>
            <translation>Заместитель главного эксперта</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Эксперт</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Золото</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Серебро</translation>
        </message>
        <message>
            <source>Bronze</source>
            <translation>Бронза</translation>
        </message>
        <message>
            <source>Medallion for Excellence</source>
            <translation>Медальон «За особое отличие»</translation>
        </message>
        <message>
            <source>Final: {final} of {count} competencies</source>
            <translation>Окончательные: {final} из {count} компетенций</translation>
        </message>
        <message>
            <source>PROVISIONAL</source>
            <translation>ПРЕДВАРИТЕЛЬНО</translation>
        </message>
        <message>
            <source>PROVISIONAL, marking in progress</source>
            <translation>ПРЕДВАРИТЕЛЬНО, оценивание продолжается</translation>
        </message>
        <message>
            <source>Printed {when}</source>
            <translation>Напечатано {when}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>Marking form {form}</source>
            <translation>Оценочная ведомость {form}</translation>
        </message>
        <message>
            <source>Blank marking form {form}</source>
            <translation>Бланк оценочной ведомости {form}</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Критерий</translation>
        </message>
        <message>
            <source>Maximum mark</source>
            <translation>Максимальный балл</translation>
        </message>
        <message>
            <source>Marking day</source>
            <translation>День оценки</translation>
        </message>
        <message>
            <source>Form status</source>
            <translation>Состояние ведомости</translation>
        </message>
        <message>
            <source>locked by {who} at {when}</source>
            <translation>закрыта: {who}, {when}</translation>
        </message>
        <message>
            <source>not locked: marks may still change</source>
            <translation>не закрыта: оценки ещё могут измениться</translation>
        </message>
        <message>
            <source>No competitors are registered in this competency.</source>
            <translation>В этой компетенции нет зарегистрированных конкурсантов.</translation>
        </message>
        <message>
            <source>Competitors {first}–{last} of {count}</source>
            <translation>Конкурсанты {first}–{last} из {count}</translation>
        </message>
        <message>
            <source>Aspect</source>
            <translation>Аспект</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Макс.</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>Судья</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Total for the form</source>
            <translation>Итого по ведомости</translation>
        </message>
        <message>
            <source>abs.</source>
            <translation>отс.</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Конкурсанты</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Конкурсант</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>M: measurement aspect, the mark is written in the cell. J: judgement aspect, each judge writes a score 0–3 in their own row. × : compatriot, no score. →E07: the score is given by the substitute expert E07.</source>
            <translation>И: измеримый аспект, оценка пишется в ячейку. С: судейский аспект, каждый судья пишет оценку 0–3 в своей строке. × : компатриот, не оценивает. →E07: оценку ставит заменяющий эксперт E07.</translation>
        </message>
        <message>
            <source>* Reasons for deductions</source>
            <translation>* Причины снижения оценок</translation>
        </message>
        <message>
            <source>Disagreements confirmed by the Chief Expert</source>
            <translation>Расхождения, подтверждённые главным экспертом</translation>
        </message>
        <message>
            <source>Substitute for {id}</source>
            <translation>Замена для {id}</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Marking team</source>
            <translation>Оценочная группа</translation>
        </message>
        <message>
            <source>J</source>
            <translation>С</translation>
        </message>
        <message>
            <source>M</source>
            <translation>И</translation>
        </message>
        <message>
            <source>Gold {g} · Silver {s} · Bronze {b} · Medallions for Excellence {m} (a team counts once)</source>
            <translation>Золото {g} · Серебро {s} · Бронза {b} · Медальоны «За особое отличие» {m} (команда считается один раз)</translation>
        </message>
        <message>
            <source>No medals or medallions awarded.</source>
            <translation>Медали и медальоны не присуждены.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Medal</source>
            <translation>Медаль</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Шкала</translation>
        </message>
        <message>
            <source>Medal list</source>
            <translation>Список медалистов</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Пояснение</translation>
        </message>
        <message>
            <source>{count} marks missing</source>
            <translation>не хватает оценок: {count}</translation>
        </message>
        <message>
            <source>Scoring settings in force</source>
            <translation>Действующие настройки подсчёта</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Подписи</translation>
        </message>
        <message>
            <source>Results sheet</source>
            <translation>Ведомость результатов</translation>
        </message>
        <message>
            <source>Final results, signed off by the Chief Expert.</source>
            <translation>Окончательные результаты, утверждены главным экспертом.</translation>
        </message>
        <message>
            <source>PROVISIONAL results: every form is locked, but the results are not signed off yet.</source>
            <translation>ПРЕДВАРИТЕЛЬНЫЕ результаты: все ведомости закрыты, но результаты ещё не утверждены.</translation>
        </message>
        <message>
            <source>PROVISIONAL results: marking is not finished and marks are still missing; ranks and medals may change.</source>
            <translation>ПРЕДВАРИТЕЛЬНЫЕ результаты: оценивание не завершено, не все оценки введены; места и медали могут измениться.</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Критерии</translation>
        </message>
        <message>
            <source>Medal changes in revision {n}: {reason}</source>
            <translation>Изменения медалей в редакции {n}: {reason}</translation>
        </message>
        <message>
            <source>by raw marks, without a scale</source>
            <translation>по баллам, без шкалы</translation>
        </message>
        <message>
            <source>marks</source>
            <translation>баллов</translation>
        </message>
        <message>
            <source>sample SD (n − 1)</source>
            <translation>выборочное СКО (n − 1)</translation>
        </message>
        <message>
            <source>population SD (n)</source>
            <translation>СКО генеральной совокупности (n)</translation>
        </message>
        <message>
            <source>WorldSkills scale: {centre} + {points} × (raw − median) / SD, {kind}, rounded half up</source>
            <translation>Шкала WorldSkills: {centre} + {points} × (баллы − медиана) / СКО, {kind}, округление до целого (половина вверх)</translation>
        </message>
        <message>
            <source>points</source>
            <translation>очков</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Ранжирование</translation>
        </message>
        <message>
            <source>Median and SD of this competency</source>
            <translation>Медиана и СКО этой компетенции</translation>
        </message>
        <message>
            <source>Tie tolerance</source>
            <translation>Допуск равенства</translation>
        </message>
        <message>
            <source>Medallion for Excellence from</source>
            <translation>Медальон «За особое отличие» от</translation>
        </message>
        <message>
            <source>Minimum number of competitors</source>
            <translation>Минимальное число конкурсантов</translation>
        </message>
        <message>
            <source>off</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Judges per form</source>
            <translation>Судей на ведомость</translation>
        </message>
        <message>
            <source>Disagreement when scores differ by more than</source>
            <translation>Расхождение, если оценки различаются больше чем на</translation>
        </message>
        <message>
            <source>Points for gold, silver, bronze, medallion</source>
            <translation>Очки за золото, серебро, бронзу, медальон</translation>
        </message>
        <message>
            <source>Juniors</source>
            <translation>Юниоры</translation>
        </message>
        <message>
            <source>counted separately</source>
            <translation>учитываются отдельно</translation>
        </message>
        <message>
            <source>counted with the main category</source>
            <translation>учитываются вместе с основной категорией</translation>
        </message>
        <message>
            <source>Main category</source>
            <translation>Основная категория</translation>
        </message>
        <message>
            <source>Main category and juniors together</source>
            <translation>Основная категория и юниоры вместе</translation>
        </message>
        <message>
            <source>Medallions</source>
            <translation>Медальоны</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Очки</translation>
        </message>
        <message>
            <source>Competencies counted</source>
            <translation>Учтено компетенций</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Окончательные</translation>
        </message>
        <message>
            <source>Provisional</source>
            <translation>Предварительные</translation>
        </message>
        <message>
            <source>Marking in progress</source>
            <translation>Идёт оценивание</translation>
        </message>
        <message>
            <source>a marking scheme</source>
            <translation>схемы оценки</translation>
        </message>
        <message>
            <source>forms to be locked</source>
            <translation>закрытия ведомостей</translation>
        </message>
        <message>
            <source>the sign-off</source>
            <translation>утверждения</translation>
        </message>
        <message>
            <source>Best of region</source>
            <translation>Лучший результат региона</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Компетенция</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>No results yet.</source>
            <translation>Результатов пока нет.</translation>
        </message>
        <message>
            <source>A best result of a competency that is not final can still change.</source>
            <translation>Лучший результат неокончательной компетенции ещё может измениться.</translation>
        </message>
        <message>
            <source>Best results</source>
            <translation>Лучшие результаты</translation>
        </message>
        <message>
            <source>{count} of {total} competencies are not final: their medals can still move.</source>
            <translation>Не окончательные компетенции: {count} из {total}; их медали ещё могут измениться.</translation>
        </message>
        <message>
            <source>Waiting for</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <source>Forms not locked</source>
            <translation>Не закрыты ведомости</translation>
        </message>
        <message>
            <source>All {total} competencies are final.</source>
            <translation>Все компетенции ({total}) окончательные.</translation>
        </message>
        <message>
            <source>Competencies not yet final</source>
            <translation>Компетенции, ещё не окончательные</translation>
        </message>
        <message>
            <source>Results that are not final may still change, and the standings with them.</source>
            <translation>Неокончательные результаты ещё могут измениться, а с ними и зачёт.</translation>
        </message>
        <message>
            <source>Team standings</source>
            <translation>Общекомандный зачёт</translation>
        </message>
        <message>
            <source>Best of championship</source>
            <translation>Лучший результат чемпионата</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}; no file was written.</source>
            <translation>Не удалось записать {file}: {reason}; файл не записан.</translation>
        </message>
        <message>
            <source>no space left on device</source>
            <translation>на диске нет места</translation>
        </message>
        <message>
            <source>the file is larger than allowed here</source>
            <translation>файл больше, чем здесь разрешено</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>диск доступен только для чтения</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>нет прав на запись</translation>
        </message>
        <message>
            <source>the disk failed (was the USB stick pulled?)</source>
            <translation>ошибка диска (флешку вынули?)</translation>
        </message>
        <message>
            <source>the folder is no longer there</source>
            <translation>папки больше нет</translation>
        </message>
        <message>
            <source>the audit record does not prove the marks.</source>
            <translation>журнал аудита не подтверждает оценки.</translation>
        </message>
        <message>
            <source>WARNING: this file failed its integrity check (verify): {problem}</source>
            <translation>ВНИМАНИЕ: файл не прошёл проверку целостности (verify): {problem}</translation>
        </message>
    </context>
    <context>
        <name>ReportsMenu</name>
        <message>
            <source>Marking forms to sign</source>
            <translation>Оценочные ведомости на подпись</translation>
        </message>
        <message>
            <source>Entered marks</source>
            <translation>Введённые оценки</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>Audit record</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>Medal list</source>
            <translation>Список медалистов</translation>
        </message>
        <message>
            <source>Team standings</source>
            <translation>Общекомандный зачёт</translation>
        </message>
        <message>
            <source>Best results</source>
            <translation>Лучшие результаты</translation>
        </message>
        <message>
            <source>Competencies not yet final</source>
            <translation>Компетенции, ещё не окончательные</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Документы</translation>
        </message>
        <message>
            <source>P&amp;rint</source>
            <translation>&amp;Печать</translation>
        </message>
        <message>
            <source>Save as &amp;PDF</source>
            <translation>Сохранить в &amp;PDF</translation>
        </message>
        <message>
            <source>Open a championship file first.</source>
            <translation>Сначала откройте файл чемпионата.</translation>
        </message>
        <message>
            <source>Choose a competency first.</source>
            <translation>Сначала выберите компетенцию.</translation>
        </message>
        <message>
            <source>Sent 1 page to the printer.</source>
            <translation>На принтер отправлена 1 страница.</translation>
        </message>
        <message>
            <source>Sent %1 pages to the printer.</source>
            <translation>Отправлено на принтер страниц: %1.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранить в PDF</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Сохранено: %1.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>Backups of {name}. Restoring writes a new file; the current file is not changed.</source>
            <translation>Резервные копии {name}. Восстановление создаёт новый файл; текущий файл не меняется.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Сделана</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Пояснение</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>No backups were found.</source>
            <translation>Резервные копии не найдены.</translation>
        </message>
        <message>
            <source>Look in another folder…</source>
            <translation>Искать в другой папке…</translation>
        </message>
        <message>
            <source>Restore to a new file…</source>
            <translation>Восстановить в новый файл…</translation>
        </message>
        <message>
            <source>✓ good</source>
            <translation>✓ исправна</translation>
        </message>
        <message>
            <source>✗ {verdict}</source>
            <translation>✗ {verdict}</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>автоматически</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>вручную</translation>
        </message>
        <message>
            <source>on closing</source>
            <translation>при закрытии</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>перед импортом</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>перед объединением</translation>
        </message>
        <message>
            <source>before an unlock</source>
            <translation>перед открытием ведомости</translation>
        </message>
        <message>
            <source>before a sign-off</source>
            <translation>перед утверждением</translation>
        </message>
        <message>
            <source>before a format upgrade</source>
            <translation>перед обновлением формата</translation>
        </message>
        <message>
            <source>Restore to a new file</source>
            <translation>Восстановить в новый файл</translation>
        </message>
        <message>
            <source>Championship files (*.wsk)</source>
            <translation>Файлы чемпионата (*.wsk)</translation>
        </message>
        <message>
            <source>Folder with backups</source>
            <translation>Папка с резервными копиями</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>competitor</source>
            <translation>конкурсант</translation>
        </message>
        <message>
            <source>region</source>
            <translation>регион</translation>
        </message>
        <message>
            <source>raw</source>
            <translation>баллы</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>шкала</translation>
        </message>
        <message>
            <source>medal</source>
            <translation>медаль</translation>
        </message>
        <message>
            <source>why</source>
            <translation>пояснение</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>снят(а)</translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) still missing: the result is not complete.</source>
            <translation>
                <numerusform>Не хватает ещё %n оценки: результат неполный.</numerusform>
                <numerusform>Не хватает ещё %n оценок: результат неполный.</numerusform>
                <numerusform>Не хватает ещё %n оценок: результат неполный.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsTab</name>
        <message>
            <source>FINAL · signed off by %1 (revision %2)</source>
            <translation>ОКОНЧАТЕЛЬНО · утвердил(а) %1 (редакция %2)</translation>
        </message>
        <message>
            <source>FINAL</source>
            <translation>ОКОНЧАТЕЛЬНО</translation>
        </message>
        <message>
            <source>PROVISIONAL</source>
            <translation>ПРЕДВАРИТЕЛЬНО</translation>
        </message>
        <message>
            <source>PROVISIONAL · marks missing</source>
            <translation>ПРЕДВАРИТЕЛЬНО · не все оценки введены</translation>
        </message>
        <message>
            <source>%1 not locked</source>
            <translation>не закрыто: %1</translation>
        </message>
        <message>
            <source>not signed off</source>
            <translation>не утверждено</translation>
        </message>
        <message>
            <source>ranked by raw marks</source>
            <translation>ранжирование по баллам</translation>
        </message>
        <message>
            <source>scale: median → %1, %2 points per SD</source>
            <translation>шкала: медиана → %1, %2 очков на СКО</translation>
        </message>
        <message>
            <source>median %1</source>
            <translation>медиана %1</translation>
        </message>
    </context>
    <context>
        <name>SchemeTab</name>
        <message>
            <source>No marking scheme yet: import it on the People tab.</source>
            <translation>Схемы оценки пока нет: импортируйте её на вкладке «Участники».</translation>
        </message>
        <message>
            <source>The scheme adds up to %1, not 100.</source>
            <translation>Сумма схемы — %1, а не 100.</translation>
        </message>
        <message>
            <source>Form %1 has no aspects.</source>
            <translation>В ведомости %1 нет аспектов.</translation>
        </message>
        <message>
            <source>Form %1 has judgement aspects but no full marking team.</source>
            <translation>В ведомости %1 есть судейские аспекты, но оценочная группа неполная.</translation>
        </message>
        <message>
            <source>%1 has no descriptors for every score 0-3.</source>
            <translation>У %1 нет описаний для всех оценок 0–3.</translation>
        </message>
        <message>
            <source>criterion · form · aspect</source>
            <translation>критерий · ведомость · аспект</translation>
        </message>
        <message>
            <source>type</source>
            <translation>тип</translation>
        </message>
        <message>
            <source>max</source>
            <translation>макс.</translation>
        </message>
        <message>
            <source>day · WSSS</source>
            <translation>день · WSSS</translation>
        </message>
        <message>
            <source>E&amp;xport marking scheme…</source>
            <translation>&amp;Экспорт схемы оценки…</translation>
        </message>
        <message>
            <source>This competency's marking scheme as an xlsx in the CIS template layout, which imports back unchanged.</source>
            <translation>Схема оценки этой компетенции в файле xlsx по шаблону CIS; при повторном импорте она не меняется.</translation>
        </message>
        <message>
            <source>Import &amp;translation…</source>
            <translation>Импорт &amp;перевода…</translation>
        </message>
        <message>
            <source>The same marking scheme in another language (same forms, aspects and marks): its texts are shown in that language. Marks do not change.</source>
            <translation>Та же схема оценки на другом языке (те же ведомости, аспекты и баллы): её тексты показываются на этом языке. Оценки не меняются.</translation>
        </message>
        <message>
            <source>form</source>
            <translation>ведомость</translation>
        </message>
        <message>
            <source>method</source>
            <translation>методика</translation>
        </message>
        <message>
            <source>requirement</source>
            <translation>требование</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Сумма %1</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s)</source>
            <translation>
                <numerusform>%n ведомость</numerusform>
                <numerusform>%n ведомости</numerusform>
                <numerusform>%n ведомостей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n aspect(s) (%1 judgement).</source>
            <translation>
                <numerusform>%n аспект (судейских: %1).</numerusform>
                <numerusform>%n аспекта (судейских: %1).</numerusform>
                <numerusform>%n аспектов (судейских: %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Texts: %1; translations: %2.</source>
            <translation>Тексты: %1; переводы: %2.</translation>
        </message>
        <message>
            <source>Import translation</source>
            <translation>Импорт перевода</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Language of the texts in this file:</source>
            <translation>Язык текстов в этом файле:</translation>
        </message>
        <message>
            <source>Import refused: %1</source>
            <translation>Импорт отклонён: %1</translation>
        </message>
        <message>
            <source>Nothing was imported and nothing was changed.</source>
            <translation>Ничего не импортировано и ничего не изменено.</translation>
        </message>
        <message>
            <source>Imported %1 texts of the marking scheme in %2; marks are unchanged.</source>
            <translation>Импортировано текстов схемы оценки (%2): %1; оценки не изменились.</translation>
        </message>
        <message>
            <source>Export marking scheme</source>
            <translation>Экспорт схемы оценки</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>type a mark; Enter stores it and moves down</source>
            <translation>ввести оценку; Enter сохраняет и переходит вниз</translation>
        </message>
        <message>
            <source>judges' scores in a row: one digit per judge</source>
            <translation>судейские оценки подряд: по цифре на судью</translation>
        </message>
        <message>
            <source>store and move right / left</source>
            <translation>сохранить и перейти вправо / влево</translation>
        </message>
        <message>
            <source>clear the cell</source>
            <translation>очистить ячейку</translation>
        </message>
        <message>
            <source>forget what was typed</source>
            <translation>отменить набранное</translation>
        </message>
        <message>
            <source>paste a block from Excel: all of it, or nothing</source>
            <translation>вставить блок из Excel: целиком или ничего</translation>
        </message>
        <message>
            <source>undo / redo (each is recorded in the audit)</source>
            <translation>отменить / повторить (каждое действие — в журнале аудита)</translation>
        </message>
        <message>
            <source>deduction reason of a measurement mark</source>
            <translation>причина снижения измеримой оценки</translation>
        </message>
        <message>
            <source>competitor absent / present for this form</source>
            <translation>конкурсант отсутствует / присутствует по этой ведомости</translation>
        </message>
        <message>
            <source>substitute expert for a compatriot (⊘)</source>
            <translation>заменить эксперта-компатриота (⊘)</translation>
        </message>
        <message>
            <source>next cell still to enter</source>
            <translation>следующая незаполненная ячейка</translation>
        </message>
        <message>
            <source>lock form / unlock form (with a reason)</source>
            <translation>закрыть / открыть ведомость (с причиной)</translation>
        </message>
        <message>
            <source>confirm a disagreement (⚠) with a reason</source>
            <translation>подтвердить расхождение (⚠) с причиной</translation>
        </message>
        <message>
            <source>marking team of the form</source>
            <translation>оценочная группа ведомости</translation>
        </message>
        <message>
            <source>previous / next form</source>
            <translation>предыдущая / следующая ведомость</translation>
        </message>
        <message>
            <source>Overview, People, Scheme, Marks, Results</source>
            <translation>Обзор, Участники, Схема, Оценки, Результаты</translation>
        </message>
        <message>
            <source>switch between the competency list and the page</source>
            <translation>переключиться между списком компетенций и страницей</translation>
        </message>
    </context>
    <context>
        <name>StandbyActions</name>
        <message>
            <source>S&amp;tandby copy folder…</source>
            <translation>Папка &amp;дублирующей копии…</translation>
        </message>
        <message>
            <source>The standby copy is written again to %1.</source>
            <translation>Дублирующая копия снова записывается в %1.</translation>
        </message>
        <message>
            <source>The standby folder %1 is not available (USB stick removed?): the standby copy was not refreshed; marking carries on.</source>
            <translation>Папка дублирующей копии %1 недоступна (извлечён USB-накопитель?): копия не обновлена; оценивание продолжается.</translation>
        </message>
        <message>
            <source>The standby copy was not refreshed: %1</source>
            <translation>Дублирующая копия не обновлена: %1</translation>
        </message>
        <message>
            <source>✖ standby copy</source>
            <translation>✖ дублирующая копия</translation>
        </message>
        <message>
            <source>standby %1</source>
            <translation>дубль %1</translation>
        </message>
        <message>
            <source>Standby copy %1, last written at %2.</source>
            <translation>Дублирующая копия %1, последняя запись в %2.</translation>
        </message>
        <message>
            <source>standby …</source>
            <translation>дубль …</translation>
        </message>
        <message>
            <source>Standby copy %1: being written.</source>
            <translation>Дублирующая копия %1: записывается.</translation>
        </message>
        <message>
            <source>Standby copy folder</source>
            <translation>Папка дублирующей копии</translation>
        </message>
        <message>
            <source>Choose another folder…</source>
            <translation>Выбрать другую папку…</translation>
        </message>
        <message>
            <source>Turn the standby copy off</source>
            <translation>Отключить дублирующую копию</translation>
        </message>
        <message>
            <source>The standby copy goes to %1.</source>
            <translation>Дублирующая копия сохраняется в %1.</translation>
        </message>
        <message>
            <source>Standby copy folder (a USB stick or a second laptop's shared folder)</source>
            <translation>Папка дублирующей копии (USB-накопитель или общая папка второго ноутбука)</translation>
        </message>
        <message>
            <source>The standby copy must go to another folder than the file itself (another disk, a USB stick or a shared folder).</source>
            <translation>Дублирующая копия должна храниться не в папке самого файла (другой диск, USB-накопитель или общая папка).</translation>
        </message>
        <message>
            <source>The standby copy is off.</source>
            <translation>Дублирующая копия отключена.</translation>
        </message>
        <message>
            <source>The standby copy goes to %1 for every file opened for writing.</source>
            <translation>Дублирующая копия каждого файла, открытого для записи, сохраняется в %1.</translation>
        </message>
        <message>
            <source>The standby copy of %1 goes to %2, refreshed after every change (at most every %3 s).</source>
            <translation>Дублирующая копия %1 сохраняется в %2 и обновляется после каждого изменения (не чаще раза в %3 с).</translation>
        </message>
    </context>
    <context>
        <name>States</name>
        <message>
            <source>setup</source>
            <translation>подготовка</translation>
        </message>
        <message>
            <source>marking</source>
            <translation>оценивание</translation>
        </message>
        <message>
            <source>provisional</source>
            <translation>предварительные</translation>
        </message>
        <message>
            <source>final</source>
            <translation>окончательные</translation>
        </message>
        <message>
            <source>GOLD</source>
            <translation>ЗОЛОТО</translation>
        </message>
        <message>
            <source>SILVER</source>
            <translation>СЕРЕБРО</translation>
        </message>
        <message>
            <source>BRONZE</source>
            <translation>БРОНЗА</translation>
        </message>
        <message>
            <source>Medallion</source>
            <translation>Медальон</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Основная</translation>
        </message>
        <message>
            <source>Juniors</source>
            <translation>Юниоры</translation>
        </message>
        <message>
            <source>Chief Expert</source>
            <translation>Главный эксперт</translation>
        </message>
        <message>
            <source>Deputy Chief Expert</source>
            <translation>Заместитель главного эксперта</translation>
        </message>
        <message>
            <source>expert</source>
            <translation>эксперт</translation>
        </message>
        <message>
            <source>measurement</source>
            <translation>измеримая</translation>
        </message>
        <message>
            <source>judgement</source>
            <translation>судейская</translation>
        </message>
    </context>
    <context>
        <name>TemplateExports</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Не экспортировано: %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Сохранено: %1.</translation>
        </message>
    </context>
</TS>
