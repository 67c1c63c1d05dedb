<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_US">
    <context>
        <name>BestModel</name>
        <message>
            <source>region</source>
            <translation>өңір</translation>
        </message>
        <message>
            <source>name</source>
            <translation>атауы</translation>
        </message>
        <message>
            <source>competitor</source>
            <translation>конкурсант</translation>
        </message>
        <message>
            <source>competency</source>
            <translation>құзыреттілік</translation>
        </message>
        <message>
            <source>score</source>
            <translation>нәтиже</translation>
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
            <translation>Шегеру себебі: %1</translation>
        </message>
        <message>
            <source>%1 is from %2 like %3: choose a substitute (F4).</source>
            <translation>%1 да %3 сияқты %2 өңірінен: алмастырушыны таңдаңыз (F4).</translation>
        </message>
        <message>
            <source>%1 of %2 judges' scores entered.</source>
            <translation>Төрешілер бағалары енгізілді: %1 / %2.</translation>
        </message>
        <message>
            <source>Disagreement confirmed by the Chief Expert: %1</source>
            <translation>Келіспеушілікті бас сарапшы растады: %1</translation>
        </message>
        <message>
            <source>Disagreement: the scores differ by more than %1. The judges re-score, or the Chief Expert confirms the scores with a reason.</source>
            <translation>Келіспеушілік: бағалардың айырмасы %1-ден артық. Төрешілер қайта бағалайды немесе бас сарапшы бағаларды себебін көрсетіп растайды.</translation>
        </message>
    </context>
    <context>
        <name>CompetencyPage</name>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Шолу</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Қатысушылар</translation>
        </message>
        <message>
            <source>Marking &amp;scheme</source>
            <translation>Бағалау &amp;схемасы</translation>
        </message>
        <message>
            <source>&amp;Marks</source>
            <translation>&amp;Бағалар</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Нәтижелер</translation>
        </message>
        <message>
            <source>Sign off…</source>
            <translation>Қол қою…</translation>
        </message>
        <message>
            <source>The Chief Expert signs off the competency: the results become final.</source>
            <translation>Бас сарапшы құзыреттілікке қол қояды: нәтижелер түпкілікті болады.</translation>
        </message>
        <message>
            <source>Choose a competency on the left.</source>
            <translation>Сол жақтан құзыреттілікті таңдаңыз.</translation>
        </message>
        <message>
            <source>Sign off %1</source>
            <translation>Қол қою: %1</translation>
        </message>
        <message>
            <source>The results of %1 become final (revision %2). Chief Expert's name:</source>
            <translation>%1 нәтижелері түпкілікті болады (нұсқа %2). Бас сарапшының аты-жөні:</translation>
        </message>
        <message>
            <source>This corrects the signed results of revision %1. Why?</source>
            <translation>Бұл қол қойылған %1-нұсқа нәтижелерін түзетеді. Неге?</translation>
        </message>
        <message>
            <source>Sign-off cancelled: a corrected sign-off needs a reason.</source>
            <translation>Қол қою тоқтатылды: түзетілген қол қоюға себеп керек.</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Қол қою</translation>
        </message>
        <message>
            <source>%1 is signed off: the results are final (revision %2).</source>
            <translation>%1 қол қойылды: нәтижелер түпкілікті (нұсқа %2).</translation>
        </message>
        <message>
            <source>Medal changes: %1.</source>
            <translation>Медаль өзгерістері: %1.</translation>
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
            <translation>өңір</translation>
        </message>
        <message>
            <source>team</source>
            <translation>команда</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>шығып қалды</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Marking team of form %1</source>
            <translation>%1 ведомосінің бағалау тобы</translation>
        </message>
        <message>
            <source>Judge %1</source>
            <translation>Төреші %1</translation>
        </message>
        <message>
            <source>⊘ %1 is from %2 like %3 %4: a substitute is needed for %3.</source>
            <translation>⊘ %1 да %3 %4 сияқты %2 өңірінен: %3 үшін алмастырушы керек.</translation>
        </message>
        <message>
            <source>The same expert is chosen twice.</source>
            <translation>Бір сарапшы екі рет таңдалды.</translation>
        </message>
        <message>
            <source>✓ No compatriots on this team.</source>
            <translation>✓ Бұл топта компатриот жоқ.</translation>
        </message>
    </context>
    <context>
        <name>DistributionChart</name>
        <message numerus="yes">
            <source>Raw marks of %n result(s)</source>
            <translation>
                <numerusform>Нәтижелер баллдары (%n)</numerusform>
                <numerusform>Нәтижелер баллдары (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>no award</source>
            <translation>марапатсыз</translation>
        </message>
        <message>
            <source>raw marks</source>
            <translation>баллдар</translation>
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
            <translation>сарапшы</translation>
        </message>
        <message>
            <source>region</source>
            <translation>өңір</translation>
        </message>
        <message>
            <source>role</source>
            <translation>рөлі</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>no file open</source>
            <translation>файл ашылмаған</translation>
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation>ТЕК ОҚУ</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[тек оқу үшін]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Т&amp;үзету</translation>
        </message>
        <message>
            <source>&amp;Competency</source>
            <translation>&amp;Құзыреттілік</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Тіл</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>Rec&amp;ent files</source>
            <translation>Соң&amp;ғы файлдар</translation>
        </message>
        <message>
            <source>&amp;New championship…</source>
            <translation>&amp;Жаңа чемпионат…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ашу…</translation>
        </message>
        <message>
            <source>Open &amp;read-only…</source>
            <translation>&amp;Тек оқу үшін ашу…</translation>
        </message>
        <message>
            <source>Restore a &amp;backup…</source>
            <translation>&amp;Сақтық көшірмеден қалпына келтіру…</translation>
        </message>
        <message>
            <source>Second backup &amp;folder…</source>
            <translation>Көшірмелердің екінші &amp;қалтасы…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Қайтару</translation>
        </message>
        <message>
            <source>&amp;Sign off competency…</source>
            <translation>Құзыреттілікке қол қ&amp;ою…</translation>
        </message>
        <message>
            <source>New competency from a marking scheme…</source>
            <translation>Бағалау схемасынан жаңа құзыреттілік…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Шолу</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Қатысушылар</translation>
        </message>
        <message>
            <source>Marking scheme</source>
            <translation>Бағалау схемасы</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Бағалар</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Нәтижелер</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Көрсету: %1</translation>
        </message>
        <message>
            <source>Switch between list and page</source>
            <translation>Тізім мен бет арасында ауысу</translation>
        </message>
        <message>
            <source>&amp;Keyboard</source>
            <translation>&amp;Пернетақта</translation>
        </message>
        <message>
            <source>&amp;About WSK Desk</source>
            <translation>WSK Desk &amp;туралы</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Файлды ашу</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>%1 файлы ашылды.</translation>
        </message>
        <message>
            <source>saved %1</source>
            <translation>сақталды %1</translation>
        </message>
        <message>
            <source>The change is saved, but the screen could not be refreshed (%1). Reopen the file to see it.</source>
            <translation>Өзгеріс сақталды, бірақ экран жаңартылмады (%1). Көру үшін файлды қайта ашыңыз.</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(әзірге жоқ)</translation>
        </message>
        <message>
            <source>Open championship</source>
            <translation>Чемпионатты ашу</translation>
        </message>
        <message>
            <source>Championship files (*.wsk)</source>
            <translation>Чемпионат файлдары (*.wsk)</translation>
        </message>
        <message>
            <source>New championship</source>
            <translation>Жаңа чемпионат</translation>
        </message>
        <message>
            <source>Name of the championship:</source>
            <translation>Чемпионаттың атауы:</translation>
        </message>
        <message>
            <source>Second backup folder (a USB stick)</source>
            <translation>Сақтық көшірмелердің екінші қалтасы (USB жинақтауыш)</translation>
        </message>
        <message>
            <source>Backups also go to %1 from the next opening.</source>
            <translation>Келесі ашудан бастап көшірмелер %1 қалтасына да сақталады.</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Пернетақта</translation>
        </message>
        <message>
            <source>About WSK Desk</source>
            <translation>WSK Desk туралы</translation>
        </message>
        <message>
            <source>WSK Desk %1: the scoring desk for skills championships.</source>
            <translation>WSK Desk %1: кәсіби шеберлік чемпионаттарында бағаларды есептеу бағдарламасы.</translation>
        </message>
    </context>
    <context>
        <name>MarkWriter</name>
        <message>
            <source>No championship file is open.</source>
            <translation>Чемпионат файлы ашылмаған.</translation>
        </message>
        <message>
            <source>Not undone: %1 The step is kept: Ctrl+Z tries it again.</source>
            <translation>Болдырылмады: %1 Қадам сақталды: Ctrl+Z қайталап көреді.</translation>
        </message>
        <message>
            <source>Not redone: %1 The step is kept: Ctrl+Y tries it again.</source>
            <translation>Қайталанбады: %1 Қадам сақталды: Ctrl+Y қайталап көреді.</translation>
        </message>
    </context>
    <context>
        <name>MarksModel</name>
        <message>
            <source>withdrawn</source>
            <translation>шығып қалды</translation>
        </message>
        <message>
            <source>%1 has withdrawn: no result, so no marks are entered.</source>
            <translation>%1 жарыстан шығып қалды: нәтиже жоқ, бағалар енгізілмейді.</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>қатыспады</translation>
        </message>
        <message>
            <source>%1 is absent for form %2: marks count as 0.</source>
            <translation>%1 %2 ведомосі бойынша қатыспады: бағалар 0 деп есептеледі.</translation>
        </message>
        <message>
            <source>Form total</source>
            <translation>Ведомость жиыны</translation>
        </message>
        <message>
            <source>mark</source>
            <translation>баға</translation>
        </message>
        <message>
            <source>J</source>
            <translation>Т</translation>
        </message>
        <message>
            <source>M</source>
            <translation>Ө</translation>
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
            <translation>ҚАТЫСПАДЫ</translation>
        </message>
        <message>
            <source>WITHDRAWN</source>
            <translation>ШЫҒЫП ҚАЛДЫ</translation>
        </message>
        <message>
            <source>This line is computed; type marks in the aspect lines.</source>
            <translation>Бұл жол есептеледі; бағаларды аспект жолдарына енгізіңіз.</translation>
        </message>
        <message>
            <source>The file is open read-only: changes are not possible.</source>
            <translation>Файл тек оқу үшін ашылған: өзгерту мүмкін емес.</translation>
        </message>
        <message>
            <source>Form %1 is locked: unlock it, with a reason, to change marks.</source>
            <translation>%1 ведомосі бекітілген: бағаларды өзгерту үшін себебін көрсетіп, бекітуді алыңыз.</translation>
        </message>
        <message numerus="yes">
            <source>Form %1 has %n judge(s): type %n score(s) 0-3, for example %2.</source>
            <translation>
                <numerusform>%1 ведомосінде %n төреші: 0-ден 3-ке дейінгі %n баға енгізіңіз, мысалы %2.</numerusform>
                <numerusform>%1 ведомосінде %n төреші: 0-ден 3-ке дейінгі %n баға енгізіңіз, мысалы %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is absent for form %2: press A to mark them present.</source>
            <translation>%1 %2 ведомосі бойынша қатыспады: қатысқанын белгілеу үшін A басыңыз.</translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) missing</source>
            <translation>
                <numerusform>%n баға жетіспейді</numerusform>
                <numerusform>%n баға жетіспейді</numerusform>
            </translation>
        </message>
        <message>
            <source>Form %1 has no marking team yet: choose its judges first (Competency ▸ Marking team).</source>
            <translation>%1 ведомосінің бағалау тобы әлі жоқ: алдымен төрешілерді таңдаңыз (Құзыреттілік ▸ Бағалау тобы).</translation>
        </message>
        <message>
            <source>mark %1 · %2</source>
            <translation>баға %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>MarksPage</name>
        <message>
            <source>Choose a competency and a form first.</source>
            <translation>Алдымен құзыреттілік пен ведомосты таңдаңыз.</translation>
        </message>
        <message>
            <source>Form %1 is already locked.</source>
            <translation>%1 ведомосі бекітіліп қойған.</translation>
        </message>
        <message>
            <source>Lock form</source>
            <translation>Ведомосты бекіту</translation>
        </message>
        <message>
            <source>Form %1 is locked.</source>
            <translation>%1 ведомосі бекітілді.</translation>
        </message>
        <message>
            <source>Form %1 is not locked.</source>
            <translation>%1 ведомосі бекітілмеген.</translation>
        </message>
        <message>
            <source>Why must form %1 change? The reason goes into the audit record.</source>
            <translation>%1 ведомосін неге өзгерту керек? Себебі аудит журналына жазылады.</translation>
        </message>
        <message>
            <source>The results are final (revision %1). Unlocking makes them provisional until a new sign-off.</source>
            <translation>Нәтижелер түпкілікті (нұсқа %1). Бекітуді алғаннан кейін олар жаңа қол қойылғанша алдын ала болады.</translation>
        </message>
        <message>
            <source>Unlock form %1</source>
            <translation>%1 ведомосінің бекітуін алу</translation>
        </message>
        <message>
            <source>Unlock cancelled: a written reason is required.</source>
            <translation>Бекітуді алу тоқтатылды: жазбаша себеп қажет.</translation>
        </message>
        <message>
            <source>Form %1 is unlocked.</source>
            <translation>%1 ведомосінің бекітуі алынды.</translation>
        </message>
        <message>
            <source>Move to a cell marked ⚠ (a disagreement) to confirm its scores.</source>
            <translation>Бағаларды растау үшін ⚠ (келіспеушілік) белгісі бар ұяшыққа өтіңіз.</translation>
        </message>
        <message>
            <source>Confirm disagreement</source>
            <translation>Келіспеушілікті растау</translation>
        </message>
        <message>
            <source>The scores %1 for %2 in %3 are already confirmed: “%4”. Replace the reason?</source>
            <translation>%2 үшін %3 ішіндегі %1 бағалары расталған: «%4». Себебін ауыстыру керек пе?</translation>
        </message>
        <message>
            <source>%1 · %2 is already confirmed: “%3”.</source>
            <translation>%1 · %2 расталған: «%3».</translation>
        </message>
        <message>
            <source>Why do the scores %1 for %2 in %3 stand?</source>
            <translation>%3 ішіндегі %2 үшін %1 бағалары неге өзгеріссіз қалады?</translation>
        </message>
        <message>
            <source>Not confirmed: a written reason is required.</source>
            <translation>Расталмады: жазбаша себеп қажет.</translation>
        </message>
        <message>
            <source>The reason is unchanged: nothing was written.</source>
            <translation>Себеп өзгерген жоқ: ештеңе жазылмады.</translation>
        </message>
        <message>
            <source>Disagreement confirmed.</source>
            <translation>Келіспеушілік расталды.</translation>
        </message>
        <message>
            <source>The new reason of the confirmed disagreement is written.</source>
            <translation>Расталған келіспеушіліктің жаңа себебі жазылды.</translation>
        </message>
        <message>
            <source>Marking team of %1 saved.</source>
            <translation>%1 бағалау тобы сақталды.</translation>
        </message>
        <message>
            <source>Marking team</source>
            <translation>Бағалау тобы</translation>
        </message>
        <message numerus="yes">
            <source>This team has a compatriot of %n competitor(s). Choose substitutes for them automatically (F4 on a cell chooses by hand)?</source>
            <translation>
                <numerusform>Бұл топта %n конкурсанттың компатриоты бар. Ауыстыруды автоматты түрде таңдау керек пе (ұяшықта F4 — қолмен)?</numerusform>
                <numerusform>Бұл топта %n конкурсанттың компатриоты бар. Ауыстыруды автоматты түрде таңдау керек пе (ұяшықта F4 — қолмен)?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Substitutes chosen for %n competitor(s).</source>
            <translation>
                <numerusform>%n конкурсант үшін ауыстыру таңдалды.</numerusform>
                <numerusform>%n конкурсант үшін ауыстыру таңдалды.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still without a substitute: %n compatriot cell(s) (F4).</source>
            <translation>
                <numerusform>Әлі алмастырушысыз: %n компатриот ұяшығы (F4).</numerusform>
                <numerusform>Әлі алмастырушысыз: %n компатриот ұяшығы (F4).</numerusform>
            </translation>
        </message>
        <message>
            <source>F4 chooses a substitute on a cell marked ⊘ (a compatriot).</source>
            <translation>F4 ⊘ (компатриот) белгісі бар ұяшықта алмастырушыны таңдайды.</translation>
        </message>
        <message>
            <source>Who marks %1 in form %2 instead of %3?</source>
            <translation>%2 ведомосі бойынша %1 конкурсантын %3 орнына кім бағалайды?</translation>
        </message>
        <message>
            <source>Substitute expert</source>
            <translation>Сарапшыны алмастыру</translation>
        </message>
        <message>
            <source>%1 now marks %2 in form %3.</source>
            <translation>Енді %3 ведомосі бойынша %2 конкурсантын %1 бағалайды.</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Қатыспау</translation>
        </message>
        <message>
            <source>%1 has marks in form %2. Mark them absent (the form counts 0)?</source>
            <translation>%1 конкурсантының %2 ведомосінде бағалары бар. Қатыспады деп белгілеу керек пе (ведомость 0 деп есептеледі)?</translation>
        </message>
        <message>
            <source>absent %1</source>
            <translation>қатыспады %1</translation>
        </message>
        <message>
            <source>present %1</source>
            <translation>қатысты %1</translation>
        </message>
        <message>
            <source>%1 is absent for form %2.</source>
            <translation>%1 %2 ведомосі бойынша қатыспады.</translation>
        </message>
        <message>
            <source>%1 is present for form %2.</source>
            <translation>%1 %2 ведомосі бойынша қатысты.</translation>
        </message>
        <message>
            <source>A deduction reason belongs to a measurement mark (F2 on its cell).</source>
            <translation>Шегеру себебі өлшенетін бағаға жатады (оның ұяшығында F2).</translation>
        </message>
        <message>
            <source>Type the mark first, then its reason (F2).</source>
            <translation>Алдымен бағаны, содан кейін оның себебін енгізіңіз (F2).</translation>
        </message>
        <message>
            <source>Why %1 of %2 for %3 in %4?</source>
            <translation>%4 бойынша %3 үшін неге %2 ішінен %1?</translation>
        </message>
        <message>
            <source>Deduction reason</source>
            <translation>Шегеру себебі</translation>
        </message>
        <message>
            <source>reason %1 · %2</source>
            <translation>себеп %1 · %2</translation>
        </message>
        <message>
            <source>Form %1 is complete: nothing is missing.</source>
            <translation>%1 ведомосі толтырылды: барлық бағалар енгізілген.</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Ведомость:</translation>
        </message>
        <message>
            <source>Marking team…</source>
            <translation>Бағалау тобы…</translation>
        </message>
        <message>
            <source>&amp;Lock form</source>
            <translation>Ведомосты &amp;бекіту</translation>
        </message>
        <message>
            <source>&amp;Unlock form…</source>
            <translation>Ведомостың бекітуін а&amp;лу…</translation>
        </message>
        <message>
            <source>&amp;Confirm disagreement…</source>
            <translation>Келіспеушілікті &amp;растау…</translation>
        </message>
        <message>
            <source>Marking &amp;team…</source>
            <translation>Бағалау &amp;тобы…</translation>
        </message>
        <message>
            <source>Su&amp;bstitute expert…	F4</source>
            <translation>Сарапшыны &amp;алмастыру…	F4</translation>
        </message>
        <message>
            <source>Deduction &amp;reason…	F2</source>
            <translation>Шегеру &amp;себебі…	F2</translation>
        </message>
        <message>
            <source>Mark &amp;absent / present	A</source>
            <translation>&amp;Қатыспады / қатысты	A</translation>
        </message>
        <message>
            <source>&amp;Next incomplete cell</source>
            <translation>&amp;Келесі толтырылмаған ұяшық</translation>
        </message>
        <message>
            <source>Next form</source>
            <translation>Келесі ведомость</translation>
        </message>
        <message>
            <source>Previous form</source>
            <translation>Алдыңғы ведомость</translation>
        </message>
        <message>
            <source>This competency has no marking scheme yet: import it on the People tab.</source>
            <translation>Бұл құзыреттіліктің бағалау схемасы әлі жоқ: оны «Қатысушылар» қойындысында импорттаңыз.</translation>
        </message>
        <message>
            <source>Judges: %1.</source>
            <translation>Төрешілер: %1.</translation>
        </message>
        <message>
            <source>none chosen (Ctrl+Shift+T)</source>
            <translation>таңдалмаған (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Unlock form…</source>
            <translation>Бекітуді алу…</translation>
        </message>
        <message>
            <source>READ-ONLY: this file is open for reading; no mark can change.</source>
            <translation>ТЕК ОҚУ: файл оқу үшін ашылған, бағаларды өзгерту мүмкін емес.</translation>
        </message>
        <message>
            <source>▣ LOCKED: form %1 was locked by %2 at %3. Its marks cannot change; unlock it with a reason (Ctrl+Shift+L).</source>
            <translation>▣ БЕКІТІЛГЕН: %1 ведомосін %2 бекітті, уақыты %3. Бағаларды өзгертуге болмайды; себебін көрсетіп, бекітуді алыңыз (Ctrl+Shift+L).</translation>
        </message>
        <message>
            <source>Form %1 · max %2 · %3 Type marks, Enter moves down; judges' scores as 332.</source>
            <translation>%1 ведомосі · макс. %2 · %3 Бағаларды енгізіңіз, Enter төмен жылжытады; төрешілер бағалары қатар, мысалы 332.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n mark(s) missing</source>
            <translation>
                <numerusform>%1: %n баға жетіспейді</numerusform>
                <numerusform>%1: %n баға жетіспейді</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) to confirm</source>
            <translation>
                <numerusform>%n келіспеушілік расталуы керек</numerusform>
                <numerusform>%n келіспеушілік расталуы керек</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: complete</source>
            <translation>%1: толтырылды</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>бекітілген</translation>
        </message>
        <message>
            <source>max</source>
            <translation>макс.</translation>
        </message>
        <message>
            <source>Judges: %1</source>
            <translation>Төрешілер: %1</translation>
        </message>
    </context>
    <context>
        <name>MarksView</name>
        <message>
            <source>The pasted block is larger than the form from this cell.</source>
            <translation>Қойылатын блок осы ұяшықтан бастап ведомостан үлкен.</translation>
        </message>
        <message numerus="yes">
            <source>paste %n value(s)</source>
            <translation>
                <numerusform>%n мәнді қою</numerusform>
                <numerusform>%n мәнді қою</numerusform>
            </translation>
        </message>
        <message>
            <source>The whole block was refused: nothing was pasted.</source>
            <translation>Бүкіл блок қабылданбады: ештеңе қойылмады.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Import results packages</source>
            <translation>Нәтижелер пакеттерін импорттау</translation>
        </message>
        <message>
            <source>Each package is checked (checksum and audit record) before the preview. Nothing changes until you press Import.</source>
            <translation>Әр пакет алдын ала қараудан бұрын тексеріледі (бақылау сомасы және аудит журналы). «Импорттау» батырмасын басқанша ештеңе өзгермейді.</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Қайшылық</translation>
        </message>
        <message>
            <source>Not decided: leave unchanged</source>
            <translation>Шешілмеген: өзгеріссіз қалдыру</translation>
        </message>
        <message>
            <source>Keep the master's results</source>
            <translation>Негізгі файлдың нәтижелерін қалдыру</translation>
        </message>
        <message>
            <source>Take the package's results</source>
            <translation>Пакеттің нәтижелерін алу</translation>
        </message>
        <message>
            <source>Why (required)</source>
            <translation>Себебі (міндетті)</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Шешім</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Add packages…</source>
            <translation>Пакеттерді қосу…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Тазалау</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорттау</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Нұсқа</translation>
        </message>
        <message>
            <source>Audit entry</source>
            <translation>Аудит жазбасы</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Бағалар</translation>
        </message>
        <message>
            <source>Master</source>
            <translation>Негізгі файл</translation>
        </message>
        <message>
            <source>Conflict in {code}: {note}</source>
            <translation>{code} ішіндегі қайшылық: {note}</translation>
        </message>
        <message>
            <source>Merge %1 from the championship “%2” into “%3” all the same (it is another championship)</source>
            <translation>«%2» чемпионатынан келген %1 пакетін «%3» файлымен бәрібір біріктіру (бұл басқа чемпионат)</translation>
        </message>
        <message>
            <source>Add the packages from the venues to see what the merge will do.</source>
            <translation>Біріктіру не істейтінін көру үшін алаңдардан келген пакеттерді қосыңыз.</translation>
        </message>
        <message>
            <source>A package comes from another championship: nothing is merged until you tick the box above.</source>
            <translation>Пакет басқа чемпионаттан келген: жоғарыдағы белгіні қоймайынша ештеңе біріктірілмейді.</translation>
        </message>
        <message>
            <source>Write a reason for the decision on {codes}.</source>
            <translation>{codes} бойынша шешімнің себебін жазыңыз.</translation>
        </message>
        <message>
            <source>{changes} competencies will be added or replaced; {open} conflicts left unchanged.</source>
            <translation>Қосылатын немесе ауыстырылатын құзыреттіліктер: {changes}; өзгеріссіз қалған қайшылықтар: {open}.</translation>
        </message>
        <message>
            <source>Imported: {changed}. Kept: {kept}. Still in conflict: {open}.</source>
            <translation>Импортталды: {changed}. Қалдырылды: {kept}. Қайшылықтар қалды: {open}.</translation>
        </message>
        <message>
            <source>Results packages</source>
            <translation>Нәтижелер пакеттері</translation>
        </message>
        <message>
            <source>Results packages (*.wskpkg)</source>
            <translation>Нәтижелер пакеттері (*.wskpkg)</translation>
        </message>
    </context>
    <context>
        <name>MergePlanModel</name>
        <message>
            <source>Competency</source>
            <translation>Құзыреттілік</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Нұсқа</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <source>Medal changes</source>
            <translation>Медаль өзгерістері</translation>
        </message>
        <message>
            <source>⚠ conflict: keep the master's</source>
            <translation>⚠ қайшылық: негізгісін қалдыру</translation>
        </message>
        <message>
            <source>⚠ conflict: take this package</source>
            <translation>⚠ қайшылық: осы пакетті алу</translation>
        </message>
        <message>
            <source>⚠ conflict: choose</source>
            <translation>⚠ қайшылық: таңдаңыз</translation>
        </message>
        <message>
            <source>= no change</source>
            <translation>= өзгеріссіз</translation>
        </message>
        <message>
            <source>↻ replace</source>
            <translation>↻ ауыстыру</translation>
        </message>
        <message>
            <source>+ add</source>
            <translation>+ қосу</translation>
        </message>
        <message>
            <source>skip: older</source>
            <translation>өткізу: ескірек</translation>
        </message>
        <message>
            <source>skip: a newer package is here</source>
            <translation>өткізу: мұнда жаңарақ пакет бар</translation>
        </message>
        <message>
            <source>none</source>
            <translation>жоқ</translation>
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
            <translation>нұсқа {revision}, жазба {seq}</translation>
        </message>
    </context>
    <context>
        <name>NationalPage</name>
        <message>
            <source>Open a championship file first.</source>
            <translation>Алдымен чемпионат файлын ашыңыз.</translation>
        </message>
        <message>
            <source>Save %1</source>
            <translation>Сақтау: %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Сақталды: %1.</translation>
        </message>
        <message>
            <source>Copied %1 lines: paste them into Excel.</source>
            <translation>Көшірілген жолдар: %1. Оларды Excel-ге қойыңыз.</translation>
        </message>
        <message>
            <source>Medal table</source>
            <translation>Медальдық есеп</translation>
        </message>
        <message>
            <source>Team standings</source>
            <translation>Жалпы командалық есеп</translation>
        </message>
        <message>
            <source>Best results</source>
            <translation>Үздік нәтижелер</translation>
        </message>
        <message>
            <source>Not yet final</source>
            <translation>Әлі түпкілікті емес</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel-ге…</translation>
        </message>
        <message>
            <source>Save as an Excel workbook</source>
            <translation>Excel кітабы ретінде сақтау</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF-ке…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>PDF ретінде сақтау</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Басып шығару…</translation>
        </message>
        <message>
            <source>Print preview; print from there</source>
            <translation>Басып шығаруды алдын ала қарау; сол жерден басып шығарыңыз</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Көшіру</translation>
        </message>
        <message>
            <source>Copy this table, to paste it into Excel</source>
            <translation>Осы кестені Excel-ге қою үшін көшіру</translation>
        </message>
        <message>
            <source>the medal list (every medal and medallion, by competency)</source>
            <translation>медаль иегерлерінің тізімі (құзыреттіліктер бойынша барлық медальдар мен медальондар)</translation>
        </message>
        <message>
            <source>the team standings, main and juniors</source>
            <translation>жалпы командалық есеп, негізгі санат және юниорлар</translation>
        </message>
        <message>
            <source>best of championship and best of each region, all competencies</source>
            <translation>чемпионаттың үздігі және әр өңірдің үздігі, барлық құзыреттіліктер</translation>
        </message>
        <message>
            <source>the competencies not yet final and what each waits for</source>
            <translation>әлі түпкілікті емес құзыреттіліктер және әрқайсысы нені күтуде</translation>
        </message>
        <message>
            <source>Main category</source>
            <translation>Негізгі санат</translation>
        </message>
        <message>
            <source>Juniors</source>
            <translation>Юниорлар</translation>
        </message>
        <message>
            <source>Best of championship</source>
            <translation>Чемпионаттың үздігі</translation>
        </message>
        <message>
            <source>Best of region</source>
            <translation>Өңірдің үздігі</translation>
        </message>
        <message>
            <source>All competencies</source>
            <translation>Барлық құзыреттіліктер</translation>
        </message>
        <message>
            <source>National results · %1</source>
            <translation>Чемпионат қорытындысы · %1</translation>
        </message>
        <message>
            <source>PROVISIONAL: %1 of %2 competencies not final</source>
            <translation>АЛДЫН АЛА: %2 құзыреттіліктің %1-і түпкілікті емес</translation>
        </message>
        <message>
            <source>FINAL: all %1 competencies</source>
            <translation>ТҮПКІЛІКТІ: барлық құзыреттіліктер (%1)</translation>
        </message>
        <message>
            <source>Awarded: %1 gold, %2 silver, %3 bronze, %4 medallions (a team counts once).</source>
            <translation>Берілді: алтын — %1, күміс — %2, қола — %3, медальон — %4 (команда бір рет есептеледі).</translation>
        </message>
        <message>
            <source>%1 of %2 competencies are not final: their medals can still move.</source>
            <translation>%2 құзыреттіліктің %1-і түпкілікті емес: олардың медальдары әлі өзгеруі мүмкін.</translation>
        </message>
        <message>
            <source>Every competency is final.</source>
            <translation>Барлық құзыреттіліктер түпкілікті.</translation>
        </message>
        <message>
            <source>Medals and medallions of %1</source>
            <translation>%1: медальдар мен медальондар</translation>
        </message>
        <message>
            <source>Main and juniors together</source>
            <translation>Негізгі және юниорлар бірге</translation>
        </message>
        <message>
            <source>Points: gold %1, silver %2, bronze %3, medallion %4. Equal points: more golds, then silvers, bronzes, medallions decide; regions equal in all of them share the rank.</source>
            <translation>Ұпай: алтын %1, күміс %2, қола %3, медальон %4. Ұпай тең болса, алтын, содан кейін күміс, қола медальдар мен медальондар саны шешеді; бәрінде тең өңірлер орынды бөліседі.</translation>
        </message>
    </context>
    <context>
        <name>NavTree</name>
        <message>
            <source>Competencies</source>
            <translation>Құзыреттіліктер</translation>
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
            <translation>Тек оқу үшін ашу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>WSK Desk</source>
            <translation>WSK Desk</translation>
        </message>
        <message>
            <source>This file was changed outside WSK Desk: {problem} Treat its results with suspicion.</source>
            <translation>Бұл файл WSK Desk-тен тыс өзгертілген: {problem} Оның нәтижелеріне сақтықпен қараңыз.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>басқа бағдарлама</translation>
        </message>
        <message>
            <source>{name} is already open for writing in {who}.

Open it read-only, or cancel?</source>
            <translation>{name} жазу үшін ашылып қойған: {who}.

Тек оқу үшін ашу керек пе, әлде бас тарту керек пе?</translation>
        </message>
        <message>
            <source>{name} is on a disk or folder that cannot be written.

Open it read-only, or cancel?</source>
            <translation>{name} жазуға болмайтын дискіде немесе қалтада.

Тек оқу үшін ашу керек пе, әлде бас тарту керек пе?</translation>
        </message>
        <message>
            <source>{problem}

No good backup of it was found.</source>
            <translation>{problem}

Оның дұрыс сақтық көшірмесі табылмады.</translation>
        </message>
        <message>
            <source>{problem}

The newest good backup is from {when}. Restore it to a new file and open that? The damaged file is kept as it is.</source>
            <translation>{problem}

Ең соңғы дұрыс сақтық көшірме: {when}. Оны жаңа файлға қалпына келтіріп, ашу керек пе? Зақымдалған файл өзгеріссіз сақталады.</translation>
        </message>
        <message>
            <source>Open the backup</source>
            <translation>Сақтық көшірмені ашу</translation>
        </message>
        <message>
            <source>{problem}

Open it read-only, or cancel?</source>
            <translation>{problem}

Тек оқу үшін ашу керек пе, әлде бас тарту керек пе?</translation>
        </message>
        <message>
            <source>{name}: the file does not exist.</source>
            <translation>{name}: мұндай файл жоқ.</translation>
        </message>
        <message>
            <source>{name}: the file is empty (0 bytes), so it holds no championship.</source>
            <translation>{name}: файл бос (0 байт), онда чемпионат жоқ.</translation>
        </message>
        <message>
            <source>{name}: this is not a WSK Desk championship file.</source>
            <translation>{name}: бұл WSK Desk чемпионатының файлы емес.</translation>
        </message>
        <message>
            <source>{name}: the file is damaged ({detail}).</source>
            <translation>{name}: файл зақымдалған ({detail}).</translation>
        </message>
        <message>
            <source>{name}: the file was written by a newer version of WSK Desk (format steps {detail}); please update WSK Desk to open it.</source>
            <translation>{name}: файлды WSK Desk-тің жаңарақ нұсқасы жазған (формат қадамдары {detail}); оны ашу үшін WSK Desk-ті жаңартыңыз.</translation>
        </message>
        <message>
            <source>{name}: the file is busy in another program ({detail}).</source>
            <translation>{name}: файлды басқа бағдарлама пайдаланып отыр ({detail}).</translation>
        </message>
        <message>
            <source>{name}: the file or its folder is read-only ({detail}).</source>
            <translation>{name}: файл немесе оның қалтасы тек оқуға арналған ({detail}).</translation>
        </message>
        <message>
            <source>{name}: its latest changes are still in {name}-wal and its folder is read-only; copy both files to a writable folder and open the copy.</source>
            <translation>{name}: соңғы өзгерістер әлі {name}-wal файлында, ал қалта тек оқуға арналған; екі файлды да жазуға болатын қалтаға көшіріп, көшірмесін ашыңыз.</translation>
        </message>
        <message>
            <source>{name}: the file cannot be opened ({detail}).</source>
            <translation>{name}: файлды ашу мүмкін емес ({detail}).</translation>
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
            <translation>күн</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>бекітілген</translation>
        </message>
        <message>
            <source>disagreements</source>
            <translation>келіспеушіліктер</translation>
        </message>
        <message>
            <source>ABS</source>
            <translation>ҚАТ</translation>
        </message>
        <message>
            <source>%1 is absent for form %2.</source>
            <translation>%1 %2 ведомосі бойынша қатыспады.</translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) missing</source>
            <translation>
                <numerusform>%n баға жетіспейді</numerusform>
                <numerusform>%n баға жетіспейді</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) to confirm</source>
            <translation>
                <numerusform>%n келіспеушілік расталуы керек</numerusform>
                <numerusform>%n келіспеушілік расталуы керек</numerusform>
            </translation>
        </message>
        <message>
            <source>all marks entered</source>
            <translation>барлық бағалар енгізілді</translation>
        </message>
        <message>
            <source>unconfirmed / all disagreements</source>
            <translation>расталмаған / барлық келіспеушіліктер</translation>
        </message>
        <message>
            <source>Form %1 can be locked.</source>
            <translation>%1 ведомосін бекітуге болады.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message numerus="yes">
            <source>%1 of %n form(s) locked</source>
            <translation>
                <numerusform>Бекітілген ведомостар: %1 / %n</numerusform>
                <numerusform>Бекітілген ведомостар: %1 / %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) missing</source>
            <translation>
                <numerusform>%n баға жетіспейді</numerusform>
                <numerusform>%n баға жетіспейді</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagreement(s) to confirm</source>
            <translation>
                <numerusform>%n келіспеушілік расталуы керек</numerusform>
                <numerusform>%n келіспеушілік расталуы керек</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter on a cell opens that form.</source>
            <translation>Ұяшықта Enter сол ведомосты ашады.</translation>
        </message>
    </context>
    <context>
        <name>PackageActions</name>
        <message>
            <source>&amp;Import results packages…</source>
            <translation>Нәтижелер пакеттерін &amp;импорттау…</translation>
        </message>
        <message>
            <source>E&amp;xport results package…</source>
            <translation>Нәтижелер пакетін &amp;экспорттау…</translation>
        </message>
        <message>
            <source>Export results package</source>
            <translation>Нәтижелер пакетін экспорттау</translation>
        </message>
        <message>
            <source>Results packages (*.wskpkg)</source>
            <translation>Нәтижелер пакеттері (*.wskpkg)</translation>
        </message>
        <message>
            <source>%1 %2 (the competency on screen)</source>
            <translation>%1 %2 (экрандағы құзыреттілік)</translation>
        </message>
        <message>
            <source>All competencies of the file: %1</source>
            <translation>Файлдың барлық құзыреттіліктері: %1</translation>
        </message>
        <message>
            <source>Which competencies go into the package?</source>
            <translation>Пакетке қандай құзыреттіліктер кіреді?</translation>
        </message>
        <message>
            <source>The results package was not written: %1</source>
            <translation>Нәтижелер пакеті жазылмады: %1</translation>
        </message>
        <message>
            <source>Wrote %1 (competencies %2).</source>
            <translation>%1 жазылды (құзыреттіліктер %2).</translation>
        </message>
        <message>
            <source>Wrote %1 with competencies %2.

SHA-256 of the package:
%3

Tell the organizer this checksum so they can compare it with what the merge preview shows.</source>
            <translation>%1 жазылды, құзыреттіліктер: %2.

Пакеттің SHA-256 сомасы:
%3

Бұл бақылау сомасын ұйымдастырушыға айтыңыз: ол оны біріктіру кезінде көрсетілгенімен салыстырады.</translation>
        </message>
        <message>
            <source>The file is open read-only: packages cannot be merged into it.</source>
            <translation>Файл тек оқу үшін ашылған: оған пакеттерді біріктіру мүмкін емес.</translation>
        </message>
        <message>
            <source>Import results packages</source>
            <translation>Нәтижелер пакеттерін импорттау</translation>
        </message>
        <message>
            <source>Merged results packages: %1.</source>
            <translation>Біріктірілген нәтижелер пакеттері: %1.</translation>
        </message>
    </context>
    <context>
        <name>PendingModel</name>
        <message>
            <source>competency</source>
            <translation>құзыреттілік</translation>
        </message>
        <message>
            <source>category</source>
            <translation>санаты</translation>
        </message>
        <message>
            <source>status</source>
            <translation>мәртебе</translation>
        </message>
        <message>
            <source>marks missing</source>
            <translation>бағалар жоқ</translation>
        </message>
        <message>
            <source>forms not locked</source>
            <translation>бекітілмеген ведомостар</translation>
        </message>
        <message>
            <source>marks to be entered</source>
            <translation>бағалардың енгізілуін</translation>
        </message>
        <message>
            <source>Forms not locked: %1</source>
            <translation>Бекітілмеген ведомостар: %1</translation>
        </message>
        <message>
            <source>waiting for</source>
            <translation>күтуде</translation>
        </message>
        <message>
            <source>a marking scheme</source>
            <translation>бағалау схемасын</translation>
        </message>
        <message>
            <source>forms to be locked</source>
            <translation>ведомостардың бекітілуін</translation>
        </message>
        <message>
            <source>the Chief Expert's sign-off</source>
            <translation>бас сарапшының қол қоюын</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>Import people</source>
            <translation>Қатысушыларды импорттау</translation>
        </message>
        <message>
            <source>Import marking scheme</source>
            <translation>Бағалау схемасын импорттау</translation>
        </message>
        <message>
            <source>Import marks</source>
            <translation>Бағаларды импорттау</translation>
        </message>
        <message>
            <source>Import &amp;people…</source>
            <translation>&amp;Қатысушыларды импорттау…</translation>
        </message>
        <message>
            <source>Import marking &amp;scheme…</source>
            <translation>Бағалау &amp;схемасын импорттау…</translation>
        </message>
        <message>
            <source>Regions, competitors and experts from the people list (xlsx).</source>
            <translation>Қатысушылар тізімінен өңірлер, конкурсанттар және сарапшылар (xlsx).</translation>
        </message>
        <message>
            <source>The marking scheme of this competency (CIS or Russian template).</source>
            <translation>Осы құзыреттіліктің бағалау схемасы (CIS немесе ресейлік үлгі).</translation>
        </message>
        <message>
            <source>Import &amp;marks…</source>
            <translation>&amp;Бағаларды импорттау…</translation>
        </message>
        <message>
            <source>Marks and judges' scores from a marks workbook: all rows, or none.</source>
            <translation>Бағалар кітабынан бағалар мен төрешілер бағалары: барлық жолдар немесе ешқайсысы.</translation>
        </message>
        <message>
            <source>Export people &amp;template…</source>
            <translation>Қатысушылар &amp;үлгісін экспорттау…</translation>
        </message>
        <message>
            <source>A blank people list (regions, competitors, experts) to fill in and import.</source>
            <translation>Толтырып, импорттауға арналған бос қатысушылар тізімі (өңірлер, конкурсанттар, сарапшылар).</translation>
        </message>
        <message numerus="yes">
            <source>%n competitor(s)</source>
            <translation>
                <numerusform>%n конкурсант</numerusform>
                <numerusform>%n конкурсант</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation>
                <numerusform>%n сарапшы</numerusform>
                <numerusform>%n сарапшы</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n competitor(s) and expert(s).</source>
            <translation>
                <numerusform>Импортталған конкурсанттар мен сарапшылар: %n.</numerusform>
                <numerusform>Импортталған конкурсанттар мен сарапшылар: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n mark(s) and score(s).</source>
            <translation>
                <numerusform>Импортталған бағалар: %n.</numerusform>
                <numerusform>Импортталған бағалар: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported the marking scheme: %n aspect(s), total %1.</source>
            <translation>
                <numerusform>Бағалау схемасы импортталды: аспектілер %n, жиыны %1.</numerusform>
                <numerusform>Бағалау схемасы импортталды: аспектілер %n, жиыны %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Competency %1 created with its marking scheme (%n aspect(s)).</source>
            <translation>
                <numerusform>%1 құзыреттілігі бағалау схемасымен құрылды (аспектілер: %n).</numerusform>
                <numerusform>%1 құзыреттілігі бағалау схемасымен құрылды (аспектілер: %n).</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <source>Export people template</source>
            <translation>Қатысушылар үлгісін экспорттау</translation>
        </message>
        <message>
            <source>Competency %1 already has marks. Replacing its marking scheme discards them all (the audit record keeps them). Why?</source>
            <translation>%1 құзыреттілігінде бағалар бар. Бағалау схемасын ауыстыру олардың бәрін жояды (аудит журналы оларды сақтайды). Неге?</translation>
        </message>
        <message>
            <source>Import cancelled: the marks stay.</source>
            <translation>Импорт тоқтатылды: бағалар сақталды.</translation>
        </message>
        <message>
            <source>New competency</source>
            <translation>Жаңа құзыреттілік</translation>
        </message>
        <message>
            <source>Number of the competency (17, or 17J for juniors):</source>
            <translation>Құзыреттілік нөмірі (17, ал юниорлар үшін 17J):</translation>
        </message>
        <message>
            <source>Name of competency %1:</source>
            <translation>%1 құзыреттілігінің атауы:</translation>
        </message>
        <message>
            <source>Competency %1 is already in this championship: import its marking scheme on its People tab.</source>
            <translation>%1 құзыреттілігі чемпионатта бар: оның бағалау схемасын «Қатысушылар» қойындысында импорттаңыз.</translation>
        </message>
        <message>
            <source>Import refused: %1</source>
            <translation>Импорт қабылданбады: %1</translation>
        </message>
        <message>
            <source>Nothing was imported and nothing was changed.</source>
            <translation>Ештеңе импортталған жоқ және ештеңе өзгерген жоқ.</translation>
        </message>
        <message>
            <source>Please check these warnings:</source>
            <translation>Мына ескертулерді тексеріңіз:</translation>
        </message>
    </context>
    <context>
        <name>RegionMedalsModel</name>
        <message>
            <source>competency</source>
            <translation>құзыреттілік</translation>
        </message>
        <message>
            <source>competitor</source>
            <translation>конкурсант</translation>
        </message>
        <message>
            <source>score</source>
            <translation>нәтиже</translation>
        </message>
        <message>
            <source>medal</source>
            <translation>медаль</translation>
        </message>
        <message>
            <source>status</source>
            <translation>мәртебе</translation>
        </message>
    </context>
    <context>
        <name>RegionsModel</name>
        <message>
            <source>region</source>
            <translation>өңір</translation>
        </message>
        <message>
            <source>gold</source>
            <translation>алтын</translation>
        </message>
        <message>
            <source>silver</source>
            <translation>күміс</translation>
        </message>
        <message>
            <source>bronze</source>
            <translation>қола</translation>
        </message>
        <message>
            <source>medallions</source>
            <translation>медальондар</translation>
        </message>
        <message>
            <source>points</source>
            <translation>ұпай</translation>
        </message>
        <message>
            <source>tie-break</source>
            <translation>ұпай тең болғанда</translation>
        </message>
        <message>
            <source>shared with %1</source>
            <translation>%1 өңірімен орынды бөліседі</translation>
        </message>
        <message>
            <source>equal points with %1: more golds decide</source>
            <translation>%1 өңірімен ұпай тең: алтын саны шешеді</translation>
        </message>
        <message>
            <source>equal points with %1: more silvers decide</source>
            <translation>%1 өңірімен ұпай тең: күміс саны шешеді</translation>
        </message>
        <message>
            <source>equal points with %1: more bronzes decide</source>
            <translation>%1 өңірімен ұпай тең: қола саны шешеді</translation>
        </message>
        <message>
            <source>equal points with %1: more medallions decide</source>
            <translation>%1 өңірімен ұпай тең: медальон саны шешеді</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Championship created</source>
            <translation>Чемпионат құрылды</translation>
        </message>
        <message>
            <source>Region saved</source>
            <translation>Өңір сақталды</translation>
        </message>
        <message>
            <source>Competency saved</source>
            <translation>Құзыреттілік сақталды</translation>
        </message>
        <message>
            <source>Marking scheme imported</source>
            <translation>Бағалау схемасы импортталды</translation>
        </message>
        <message>
            <source>Marking scheme texts imported</source>
            <translation>Бағалау схемасының мәтіндері импортталды</translation>
        </message>
        <message>
            <source>People imported</source>
            <translation>Қатысушылар импортталды</translation>
        </message>
        <message>
            <source>Marking team set</source>
            <translation>Бағалау тобы тағайындалды</translation>
        </message>
        <message>
            <source>Expert substituted</source>
            <translation>Сарапшы алмастырылды</translation>
        </message>
        <message>
            <source>Mark changed</source>
            <translation>Баға өзгертілді</translation>
        </message>
        <message>
            <source>Judges' scores changed</source>
            <translation>Төрешілер бағалары өзгертілді</translation>
        </message>
        <message>
            <source>Absence changed</source>
            <translation>Қатыспау өзгертілді</translation>
        </message>
        <message>
            <source>Marks entered</source>
            <translation>Бағалар енгізілді</translation>
        </message>
        <message>
            <source>Marks imported</source>
            <translation>Бағалар импортталды</translation>
        </message>
        <message>
            <source>Marks pasted</source>
            <translation>Бағалар қойылды</translation>
        </message>
        <message>
            <source>Form locked</source>
            <translation>Ведомость бекітілді</translation>
        </message>
        <message>
            <source>Form unlocked</source>
            <translation>Ведомостың бекітуі алынды</translation>
        </message>
        <message>
            <source>Disagreement confirmed</source>
            <translation>Келіспеушілік расталды</translation>
        </message>
        <message>
            <source>Results signed off</source>
            <translation>Нәтижелерге қол қойылды</translation>
        </message>
        <message>
            <source>Results merged</source>
            <translation>Нәтижелер біріктірілді</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Өзгеріс</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>Бұрын</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Жаңа</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>{count} audit entries. Nothing is ever deleted from the record; the chain of entries is protected by checksums.</source>
            <translation>Аудит жазбалары: {count}. Журналдан ештеңе жойылмайды; жазбалар тізбегі бақылау сомаларымен қорғалған.</translation>
        </message>
        <message>
            <source>Audit report</source>
            <translation>Аудит журналы</translation>
        </message>
        <message>
            <source>file</source>
            <translation>файл</translation>
        </message>
        <message>
            <source>checksum</source>
            <translation>бақылау сомасы</translation>
        </message>
        <message>
            <source>form</source>
            <translation>ведомость</translation>
        </message>
        <message>
            <source>name</source>
            <translation>атауы</translation>
        </message>
        <message>
            <source>name in Russian</source>
            <translation>орысша атауы</translation>
        </message>
        <message>
            <source>name in Kazakh</source>
            <translation>қазақша атауы</translation>
        </message>
        <message>
            <source>name in English</source>
            <translation>ағылшынша атауы</translation>
        </message>
        <message>
            <source>code</source>
            <translation>коды</translation>
        </message>
        <message>
            <source>category</source>
            <translation>санаты</translation>
        </message>
        <message>
            <source>team size</source>
            <translation>командадағы адам саны</translation>
        </message>
        <message>
            <source>competency</source>
            <translation>құзыреттілік</translation>
        </message>
        <message>
            <source>aspects</source>
            <translation>аспектілер саны</translation>
        </message>
        <message>
            <source>total mark</source>
            <translation>балдар жиыны</translation>
        </message>
        <message>
            <source>replaced despite marks</source>
            <translation>бағалар бола тұра ауыстырылды</translation>
        </message>
        <message>
            <source>competitors</source>
            <translation>конкурсанттар саны</translation>
        </message>
        <message>
            <source>experts</source>
            <translation>сарапшылар саны</translation>
        </message>
        <message>
            <source>regions</source>
            <translation>өңірлер саны</translation>
        </message>
        <message>
            <source>number of marks</source>
            <translation>бағалар саны</translation>
        </message>
        <message>
            <source>signed by</source>
            <translation>қол қойған</translation>
        </message>
        <message>
            <source>signed revision</source>
            <translation>қол қойылған нұсқа</translation>
        </message>
        <message>
            <source>medal changes</source>
            <translation>медаль өзгерістері</translation>
        </message>
        <message>
            <source>revision</source>
            <translation>нұсқа</translation>
        </message>
        <message>
            <source>language</source>
            <translation>тіл</translation>
        </message>
        <message>
            <source>texts</source>
            <translation>мәтіндер</translation>
        </message>
        <message>
            <source>main</source>
            <translation>негізгі</translation>
        </message>
        <message>
            <source>juniors</source>
            <translation>юниорлар</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <source>no</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>қатыспады</translation>
        </message>
        <message>
            <source>present</source>
            <translation>қатысты</translation>
        </message>
        <message>
            <source>all marks removed</source>
            <translation>барлық бағалар жойылды</translation>
        </message>
        <message>
            <source>Revision {n} (final)</source>
            <translation>Нұсқа {n} (түпкілікті)</translation>
        </message>
        <message>
            <source>Revision {n}, reopened after sign-off</source>
            <translation>Нұсқа {n}, қол қойылғаннан кейін қайта ашылды</translation>
        </message>
        <message>
            <source>Revision 0 (not signed off)</source>
            <translation>Нұсқа 0 (қол қойылмаған)</translation>
        </message>
        <message>
            <source>Audit entry #{seq}</source>
            <translation>Аудит жазбасы № {seq}</translation>
        </message>
        <message>
            <source>Chief Expert</source>
            <translation>Бас сарапшы</translation>
        </message>
        <message>
            <source>Deputy Chief Expert</source>
            <translation>Бас сарапшының орынбасары</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Сарапшы</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Алтын</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Күміс</translation>
        </message>
        <message>
            <source>Bronze</source>
            <translation>Қола</translation>
        </message>
        <message>
            <source>Medallion for Excellence</source>
            <translation>«Ерекше үздік» медальоны</translation>
        </message>
        <message>
            <source>Final: {final} of {count} competencies</source>
            <translation>Түпкілікті: {count} құзыреттіліктің {final}</translation>
        </message>
        <message>
            <source>PROVISIONAL</source>
            <translation>АЛДЫН АЛА</translation>
        </message>
        <message>
            <source>PROVISIONAL, marking in progress</source>
            <translation>АЛДЫН АЛА, бағалау жүріп жатыр</translation>
        </message>
        <message>
            <source>Printed {when}</source>
            <translation>Басып шығарылды: {when}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Бет {page} / {pages}</translation>
        </message>
        <message>
            <source>Marking form {form}</source>
            <translation>{form} бағалау ведомосі</translation>
        </message>
        <message>
            <source>Blank marking form {form}</source>
            <translation>{form} бағалау ведомосінің бланкі</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Критерий</translation>
        </message>
        <message>
            <source>Maximum mark</source>
            <translation>Ең жоғары балл</translation>
        </message>
        <message>
            <source>Marking day</source>
            <translation>Бағалау күні</translation>
        </message>
        <message>
            <source>Form status</source>
            <translation>Ведомостың күйі</translation>
        </message>
        <message>
            <source>locked by {who} at {when}</source>
            <translation>бекіткен: {who}, {when}</translation>
        </message>
        <message>
            <source>not locked: marks may still change</source>
            <translation>бекітілмеген: бағалар әлі өзгеруі мүмкін</translation>
        </message>
        <message>
            <source>No competitors are registered in this competency.</source>
            <translation>Бұл құзыреттілікте тіркелген конкурсанттар жоқ.</translation>
        </message>
        <message>
            <source>Competitors {first}–{last} of {count}</source>
            <translation>Конкурсанттар {first}–{last} / {count}</translation>
        </message>
        <message>
            <source>Aspect</source>
            <translation>Аспект</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Сипаттама</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Макс.</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>Төреші</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Баға</translation>
        </message>
        <message>
            <source>Total for the form</source>
            <translation>Ведомость бойынша жиыны</translation>
        </message>
        <message>
            <source>abs.</source>
            <translation>қат.</translation>
        </message>
        <message>
            <source>Competitors</source>
            <translation>Конкурсанттар</translation>
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
            <translation>Өңір</translation>
        </message>
        <message>
            <source>M: measurement aspect, the mark is written in the cell. J: judgement aspect, each judge writes a score 0–3 in their own row. × : compatriot, no score. →E07: the score is given by the substitute expert E07.</source>
            <translation>Ө: өлшенетін аспект, баға ұяшыққа жазылады. Т: төрешілік аспект, әр төреші 0–3 бағасын өз жолына жазады. × : компатриот, бағаламайды. →E07: бағаны алмастырушы сарапшы E07 қояды.</translation>
        </message>
        <message>
            <source>* Reasons for deductions</source>
            <translation>* Шегеру себептері</translation>
        </message>
        <message>
            <source>Disagreements confirmed by the Chief Expert</source>
            <translation>Бас сарапшы растаған келіспеушіліктер</translation>
        </message>
        <message>
            <source>Substitute for {id}</source>
            <translation>{id} орнына алмастырушы</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Қолы</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Marking team</source>
            <translation>Бағалау тобы</translation>
        </message>
        <message>
            <source>J</source>
            <translation>Т</translation>
        </message>
        <message>
            <source>M</source>
            <translation>Ө</translation>
        </message>
        <message>
            <source>Gold {g} · Silver {s} · Bronze {b} · Medallions for Excellence {m} (a team counts once)</source>
            <translation>Алтын {g} · Күміс {s} · Қола {b} · «Ерекше үздік» медальондары {m} (команда бір рет саналады)</translation>
        </message>
        <message>
            <source>No medals or medallions awarded.</source>
            <translation>Медальдар мен медальондар берілмеді.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Орын</translation>
        </message>
        <message>
            <source>Medal</source>
            <translation>Медаль</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Шкала</translation>
        </message>
        <message>
            <source>Medal list</source>
            <translation>Медаль иегерлерінің тізімі</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Орын</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Түсіндірме</translation>
        </message>
        <message>
            <source>{count} marks missing</source>
            <translation>жетіспейтін бағалар: {count}</translation>
        </message>
        <message>
            <source>Scoring settings in force</source>
            <translation>Қолданыстағы есептеу баптаулары</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Қолдар</translation>
        </message>
        <message>
            <source>Results sheet</source>
            <translation>Нәтижелер ведомосі</translation>
        </message>
        <message>
            <source>Final results, signed off by the Chief Expert.</source>
            <translation>Түпкілікті нәтижелер, бас сарапшы қол қойған.</translation>
        </message>
        <message>
            <source>PROVISIONAL results: every form is locked, but the results are not signed off yet.</source>
            <translation>АЛДЫН АЛА нәтижелер: барлық ведомостар бекітілген, бірақ нәтижелерге әлі қол қойылмаған.</translation>
        </message>
        <message>
            <source>PROVISIONAL results: marking is not finished and marks are still missing; ranks and medals may change.</source>
            <translation>АЛДЫН АЛА нәтижелер: бағалау аяқталмаған, бағалар әлі толық емес; орындар мен медальдар өзгеруі мүмкін.</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Критерийлер</translation>
        </message>
        <message>
            <source>Medal changes in revision {n}: {reason}</source>
            <translation>{n}-нұсқадағы медаль өзгерістері: {reason}</translation>
        </message>
        <message>
            <source>by raw marks, without a scale</source>
            <translation>шкаласыз, балл бойынша</translation>
        </message>
        <message>
            <source>marks</source>
            <translation>балл</translation>
        </message>
        <message>
            <source>sample SD (n − 1)</source>
            <translation>іріктемелі СА (n − 1)</translation>
        </message>
        <message>
            <source>population SD (n)</source>
            <translation>бас жиынтықтың СА (n)</translation>
        </message>
        <message>
            <source>WorldSkills scale: {centre} + {points} × (raw − median) / SD, {kind}, rounded half up</source>
            <translation>WorldSkills шкаласы: {centre} + {points} × (балл − медиана) / СА, {kind}, бүтінге дейін дөңгелектеу (жартысы жоғары)</translation>
        </message>
        <message>
            <source>points</source>
            <translation>ұпай</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Орындарды анықтау</translation>
        </message>
        <message>
            <source>Median and SD of this competency</source>
            <translation>Осы құзыреттіліктің медианасы мен СА</translation>
        </message>
        <message>
            <source>Tie tolerance</source>
            <translation>Теңдік төзімділігі</translation>
        </message>
        <message>
            <source>Medallion for Excellence from</source>
            <translation>«Ерекше үздік» медальоны, бастап</translation>
        </message>
        <message>
            <source>Minimum number of competitors</source>
            <translation>Конкурсанттардың ең аз саны</translation>
        </message>
        <message>
            <source>off</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>Judges per form</source>
            <translation>Бір ведомостағы төрешілер</translation>
        </message>
        <message>
            <source>Disagreement when scores differ by more than</source>
            <translation>Бағалар айырмасы мынадан асса, келіспеушілік</translation>
        </message>
        <message>
            <source>Points for gold, silver, bronze, medallion</source>
            <translation>Алтын, күміс, қола, медальон үшін ұпай</translation>
        </message>
        <message>
            <source>Juniors</source>
            <translation>Юниорлар</translation>
        </message>
        <message>
            <source>counted separately</source>
            <translation>бөлек есептеледі</translation>
        </message>
        <message>
            <source>counted with the main category</source>
            <translation>негізгі санатпен бірге есептеледі</translation>
        </message>
        <message>
            <source>Main category</source>
            <translation>Негізгі санат</translation>
        </message>
        <message>
            <source>Main category and juniors together</source>
            <translation>Негізгі санат пен юниорлар бірге</translation>
        </message>
        <message>
            <source>Medallions</source>
            <translation>Медальондар</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Ұпай</translation>
        </message>
        <message>
            <source>Competencies counted</source>
            <translation>Есептелген құзыреттіліктер</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Түпкілікті</translation>
        </message>
        <message>
            <source>Provisional</source>
            <translation>Алдын ала</translation>
        </message>
        <message>
            <source>Marking in progress</source>
            <translation>Бағалау жүріп жатыр</translation>
        </message>
        <message>
            <source>a marking scheme</source>
            <translation>бағалау схемасын</translation>
        </message>
        <message>
            <source>forms to be locked</source>
            <translation>ведомостардың бекітілуін</translation>
        </message>
        <message>
            <source>the sign-off</source>
            <translation>қол қоюды</translation>
        </message>
        <message>
            <source>Best of region</source>
            <translation>Өңірдің үздігі</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Құзыреттілік</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>No results yet.</source>
            <translation>Нәтижелер әлі жоқ.</translation>
        </message>
        <message>
            <source>A best result of a competency that is not final can still change.</source>
            <translation>Түпкілікті емес құзыреттіліктің үздік нәтижесі әлі өзгеруі мүмкін.</translation>
        </message>
        <message>
            <source>Best results</source>
            <translation>Үздік нәтижелер</translation>
        </message>
        <message>
            <source>{count} of {total} competencies are not final: their medals can still move.</source>
            <translation>Түпкілікті емес құзыреттіліктер: {count} (барлығы {total}); олардың медальдары әлі өзгеруі мүмкін.</translation>
        </message>
        <message>
            <source>Waiting for</source>
            <translation>Күтуде</translation>
        </message>
        <message>
            <source>Forms not locked</source>
            <translation>Бекітілмеген ведомостар</translation>
        </message>
        <message>
            <source>All {total} competencies are final.</source>
            <translation>Барлық құзыреттілік ({total}) түпкілікті.</translation>
        </message>
        <message>
            <source>Competencies not yet final</source>
            <translation>Әлі түпкілікті емес құзыреттіліктер</translation>
        </message>
        <message>
            <source>Results that are not final may still change, and the standings with them.</source>
            <translation>Түпкілікті емес нәтижелер әлі өзгеруі мүмкін, олармен бірге есеп те өзгереді.</translation>
        </message>
        <message>
            <source>Team standings</source>
            <translation>Жалпы командалық есеп</translation>
        </message>
        <message>
            <source>Best of championship</source>
            <translation>Чемпионаттың үздігі</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}; no file was written.</source>
            <translation>{file} жазылмады: {reason}; файл жазылған жоқ.</translation>
        </message>
        <message>
            <source>no space left on device</source>
            <translation>дискіде орын жоқ</translation>
        </message>
        <message>
            <source>the file is larger than allowed here</source>
            <translation>файл мұнда рұқсат етілгеннен үлкен</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>диск тек оқуға арналған</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>жазуға рұқсат жоқ</translation>
        </message>
        <message>
            <source>the disk failed (was the USB stick pulled?)</source>
            <translation>диск қатесі (флешка суырылды ма?)</translation>
        </message>
        <message>
            <source>the folder is no longer there</source>
            <translation>қалта енді жоқ</translation>
        </message>
        <message>
            <source>the audit record does not prove the marks.</source>
            <translation>аудит журналы бағаларды растамайды.</translation>
        </message>
        <message>
            <source>WARNING: this file failed its integrity check (verify): {problem}</source>
            <translation>НАЗАР АУДАРЫҢЫЗ: файл тұтастық тексеруінен өтпеді (verify): {problem}</translation>
        </message>
    </context>
    <context>
        <name>ReportsMenu</name>
        <message>
            <source>Marking forms to sign</source>
            <translation>Қол қоюға арналған бағалау ведомостары</translation>
        </message>
        <message>
            <source>Entered marks</source>
            <translation>Енгізілген бағалар</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Нәтижелер</translation>
        </message>
        <message>
            <source>Audit record</source>
            <translation>Аудит журналы</translation>
        </message>
        <message>
            <source>Medal list</source>
            <translation>Медаль иегерлерінің тізімі</translation>
        </message>
        <message>
            <source>Team standings</source>
            <translation>Жалпы командалық есеп</translation>
        </message>
        <message>
            <source>Best results</source>
            <translation>Үздік нәтижелер</translation>
        </message>
        <message>
            <source>Competencies not yet final</source>
            <translation>Әлі түпкілікті емес құзыреттіліктер</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>Құ&amp;жаттар</translation>
        </message>
        <message>
            <source>P&amp;rint</source>
            <translation>&amp;Басып шығару</translation>
        </message>
        <message>
            <source>Save as &amp;PDF</source>
            <translation>&amp;PDF ретінде сақтау</translation>
        </message>
        <message>
            <source>Open a championship file first.</source>
            <translation>Алдымен чемпионат файлын ашыңыз.</translation>
        </message>
        <message>
            <source>Choose a competency first.</source>
            <translation>Алдымен құзыреттілікті таңдаңыз.</translation>
        </message>
        <message>
            <source>Sent 1 page to the printer.</source>
            <translation>Принтерге 1 бет жіберілді.</translation>
        </message>
        <message>
            <source>Sent %1 pages to the printer.</source>
            <translation>Принтерге жіберілген беттер: %1.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>PDF ретінде сақтау</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Сақталды: %1.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Сақтық көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <source>Backups of {name}. Restoring writes a new file; the current file is not changed.</source>
            <translation>{name} сақтық көшірмелері. Қалпына келтіру жаңа файл жазады; ағымдағы файл өзгермейді.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Жасалған</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Түсіндірме</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Өлшемі</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Тексеру</translation>
        </message>
        <message>
            <source>No backups were found.</source>
            <translation>Сақтық көшірмелер табылмады.</translation>
        </message>
        <message>
            <source>Look in another folder…</source>
            <translation>Басқа қалтадан іздеу…</translation>
        </message>
        <message>
            <source>Restore to a new file…</source>
            <translation>Жаңа файлға қалпына келтіру…</translation>
        </message>
        <message>
            <source>✓ good</source>
            <translation>✓ дұрыс</translation>
        </message>
        <message>
            <source>✗ {verdict}</source>
            <translation>✗ {verdict}</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>автоматты</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>қолмен</translation>
        </message>
        <message>
            <source>on closing</source>
            <translation>жабу кезінде</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>импорт алдында</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>біріктіру алдында</translation>
        </message>
        <message>
            <source>before an unlock</source>
            <translation>бекітуді алу алдында</translation>
        </message>
        <message>
            <source>before a sign-off</source>
            <translation>қол қою алдында</translation>
        </message>
        <message>
            <source>before a format upgrade</source>
            <translation>пішімді жаңарту алдында</translation>
        </message>
        <message>
            <source>Restore to a new file</source>
            <translation>Жаңа файлға қалпына келтіру</translation>
        </message>
        <message>
            <source>Championship files (*.wsk)</source>
            <translation>Чемпионат файлдары (*.wsk)</translation>
        </message>
        <message>
            <source>Folder with backups</source>
            <translation>Сақтық көшірмелер қалтасы</translation>
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
            <translation>өңір</translation>
        </message>
        <message>
            <source>raw</source>
            <translation>балл</translation>
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
            <translation>түсіндірме</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>шығып қалды</translation>
        </message>
        <message numerus="yes">
            <source>%n mark(s) still missing: the result is not complete.</source>
            <translation>
                <numerusform>Әлі %n баға жетіспейді: нәтиже толық емес.</numerusform>
                <numerusform>Әлі %n баға жетіспейді: нәтиже толық емес.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsTab</name>
        <message>
            <source>FINAL · signed off by %1 (revision %2)</source>
            <translation>ТҮПКІЛІКТІ · қол қойған %1 (нұсқа %2)</translation>
        </message>
        <message>
            <source>FINAL</source>
            <translation>ТҮПКІЛІКТІ</translation>
        </message>
        <message>
            <source>PROVISIONAL</source>
            <translation>АЛДЫН АЛА</translation>
        </message>
        <message>
            <source>PROVISIONAL · marks missing</source>
            <translation>АЛДЫН АЛА · бағалар толық емес</translation>
        </message>
        <message>
            <source>%1 not locked</source>
            <translation>бекітілмеген: %1</translation>
        </message>
        <message>
            <source>not signed off</source>
            <translation>қол қойылмаған</translation>
        </message>
        <message>
            <source>ranked by raw marks</source>
            <translation>орындар балл бойынша</translation>
        </message>
        <message>
            <source>scale: median → %1, %2 points per SD</source>
            <translation>шкала: медиана → %1, бір СА-ға %2 ұпай</translation>
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
            <translation>Бағалау схемасы әлі жоқ: оны «Қатысушылар» қойындысында импорттаңыз.</translation>
        </message>
        <message>
            <source>The scheme adds up to %1, not 100.</source>
            <translation>Схеманың жиыны 100 емес, %1.</translation>
        </message>
        <message>
            <source>Form %1 has no aspects.</source>
            <translation>%1 ведомосінде аспектілер жоқ.</translation>
        </message>
        <message>
            <source>Form %1 has judgement aspects but no full marking team.</source>
            <translation>%1 ведомосінде төрешілік аспектілер бар, бірақ бағалау тобы толық емес.</translation>
        </message>
        <message>
            <source>%1 has no descriptors for every score 0-3.</source>
            <translation>%1 үшін 0–3 бағаларының бәріне сипаттама жоқ.</translation>
        </message>
        <message>
            <source>criterion · form · aspect</source>
            <translation>критерий · ведомость · аспект</translation>
        </message>
        <message>
            <source>type</source>
            <translation>түрі</translation>
        </message>
        <message>
            <source>max</source>
            <translation>макс.</translation>
        </message>
        <message>
            <source>day · WSSS</source>
            <translation>күн · WSSS</translation>
        </message>
        <message>
            <source>E&amp;xport marking scheme…</source>
            <translation>Бағалау схемасын &amp;экспорттау…</translation>
        </message>
        <message>
            <source>This competency's marking scheme as an xlsx in the CIS template layout, which imports back unchanged.</source>
            <translation>Осы құзыреттіліктің бағалау схемасы CIS үлгісіндегі xlsx файлы ретінде; қайта импорттағанда ол өзгермейді.</translation>
        </message>
        <message>
            <source>Import &amp;translation…</source>
            <translation>&amp;Аударманы импорттау…</translation>
        </message>
        <message>
            <source>The same marking scheme in another language (same forms, aspects and marks): its texts are shown in that language. Marks do not change.</source>
            <translation>Басқа тілдегі сол бағалау схемасы (ведомостар, аспектілер мен баллдар бірдей): оның мәтіндері сол тілде көрсетіледі. Бағалар өзгермейді.</translation>
        </message>
        <message>
            <source>form</source>
            <translation>ведомость</translation>
        </message>
        <message>
            <source>method</source>
            <translation>әдістеме</translation>
        </message>
        <message>
            <source>requirement</source>
            <translation>талап</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Жиыны %1</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s)</source>
            <translation>
                <numerusform>%n ведомость</numerusform>
                <numerusform>%n ведомость</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n aspect(s) (%1 judgement).</source>
            <translation>
                <numerusform>%n аспект (төрешілік: %1).</numerusform>
                <numerusform>%n аспект (төрешілік: %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>Texts: %1; translations: %2.</source>
            <translation>Мәтіндер: %1; аудармалар: %2.</translation>
        </message>
        <message>
            <source>Import translation</source>
            <translation>Аударманы импорттау</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <source>Language of the texts in this file:</source>
            <translation>Осы файлдағы мәтіндердің тілі:</translation>
        </message>
        <message>
            <source>Import refused: %1</source>
            <translation>Импорт қабылданбады: %1</translation>
        </message>
        <message>
            <source>Nothing was imported and nothing was changed.</source>
            <translation>Ештеңе импортталған жоқ және ештеңе өзгерген жоқ.</translation>
        </message>
        <message>
            <source>Imported %1 texts of the marking scheme in %2; marks are unchanged.</source>
            <translation>Бағалау схемасының %1 мәтіні импортталды (%2); бағалар өзгерген жоқ.</translation>
        </message>
        <message>
            <source>Export marking scheme</source>
            <translation>Бағалау схемасын экспорттау</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>type a mark; Enter stores it and moves down</source>
            <translation>бағаны енгізу; Enter сақтап, төмен жылжиды</translation>
        </message>
        <message>
            <source>judges' scores in a row: one digit per judge</source>
            <translation>төрешілер бағалары қатар: әр төрешіге бір цифр</translation>
        </message>
        <message>
            <source>store and move right / left</source>
            <translation>сақтап, оңға / солға жылжу</translation>
        </message>
        <message>
            <source>clear the cell</source>
            <translation>ұяшықты тазалау</translation>
        </message>
        <message>
            <source>forget what was typed</source>
            <translation>терілгенді болдырмау</translation>
        </message>
        <message>
            <source>paste a block from Excel: all of it, or nothing</source>
            <translation>Excel-ден блок қою: толығымен немесе мүлде қоймау</translation>
        </message>
        <message>
            <source>undo / redo (each is recorded in the audit)</source>
            <translation>болдырмау / қайтару (әрқайсысы аудитке жазылады)</translation>
        </message>
        <message>
            <source>deduction reason of a measurement mark</source>
            <translation>өлшенетін бағаның шегеру себебі</translation>
        </message>
        <message>
            <source>competitor absent / present for this form</source>
            <translation>конкурсант осы ведомость бойынша қатыспады / қатысты</translation>
        </message>
        <message>
            <source>substitute expert for a compatriot (⊘)</source>
            <translation>компатриот сарапшыны алмастыру (⊘)</translation>
        </message>
        <message>
            <source>next cell still to enter</source>
            <translation>келесі толтырылмаған ұяшық</translation>
        </message>
        <message>
            <source>lock form / unlock form (with a reason)</source>
            <translation>ведомосты бекіту / бекітуді алу (себебімен)</translation>
        </message>
        <message>
            <source>confirm a disagreement (⚠) with a reason</source>
            <translation>келіспеушілікті (⚠) себебімен растау</translation>
        </message>
        <message>
            <source>marking team of the form</source>
            <translation>ведомостың бағалау тобы</translation>
        </message>
        <message>
            <source>previous / next form</source>
            <translation>алдыңғы / келесі ведомость</translation>
        </message>
        <message>
            <source>Overview, People, Scheme, Marks, Results</source>
            <translation>Шолу, Қатысушылар, Схема, Бағалар, Нәтижелер</translation>
        </message>
        <message>
            <source>switch between the competency list and the page</source>
            <translation>құзыреттіліктер тізімі мен бет арасында ауысу</translation>
        </message>
    </context>
    <context>
        <name>StandbyActions</name>
        <message>
            <source>S&amp;tandby copy folder…</source>
            <translation>Қосалқы &amp;көшірме қалтасы…</translation>
        </message>
        <message>
            <source>The standby copy is written again to %1.</source>
            <translation>Қосалқы көшірме қайтадан %1 қалтасына жазылуда.</translation>
        </message>
        <message>
            <source>The standby folder %1 is not available (USB stick removed?): the standby copy was not refreshed; marking carries on.</source>
            <translation>Қосалқы көшірме қалтасы %1 қолжетімсіз (USB жинақтауыш суырылды ма?): көшірме жаңартылмады; бағалау жалғасады.</translation>
        </message>
        <message>
            <source>The standby copy was not refreshed: %1</source>
            <translation>Қосалқы көшірме жаңартылмады: %1</translation>
        </message>
        <message>
            <source>✖ standby copy</source>
            <translation>✖ қосалқы көшірме</translation>
        </message>
        <message>
            <source>standby %1</source>
            <translation>қосалқы %1</translation>
        </message>
        <message>
            <source>Standby copy %1, last written at %2.</source>
            <translation>Қосалқы көшірме %1, соңғы жазу уақыты: %2.</translation>
        </message>
        <message>
            <source>standby …</source>
            <translation>қосалқы …</translation>
        </message>
        <message>
            <source>Standby copy %1: being written.</source>
            <translation>Қосалқы көшірме %1: жазылуда.</translation>
        </message>
        <message>
            <source>Standby copy folder</source>
            <translation>Қосалқы көшірме қалтасы</translation>
        </message>
        <message>
            <source>Choose another folder…</source>
            <translation>Басқа қалтаны таңдау…</translation>
        </message>
        <message>
            <source>Turn the standby copy off</source>
            <translation>Қосалқы көшірмені өшіру</translation>
        </message>
        <message>
            <source>The standby copy goes to %1.</source>
            <translation>Қосалқы көшірме %1 қалтасына сақталады.</translation>
        </message>
        <message>
            <source>Standby copy folder (a USB stick or a second laptop's shared folder)</source>
            <translation>Қосалқы көшірме қалтасы (USB жинақтауыш немесе екінші ноутбуктың ортақ қалтасы)</translation>
        </message>
        <message>
            <source>The standby copy must go to another folder than the file itself (another disk, a USB stick or a shared folder).</source>
            <translation>Қосалқы көшірме файлдың өз қалтасында емес, басқа жерде сақталуы керек (басқа диск, USB жинақтауыш немесе ортақ қалта).</translation>
        </message>
        <message>
            <source>The standby copy is off.</source>
            <translation>Қосалқы көшірме өшірілді.</translation>
        </message>
        <message>
            <source>The standby copy goes to %1 for every file opened for writing.</source>
            <translation>Жазу үшін ашылған әр файлдың қосалқы көшірмесі %1 қалтасына сақталады.</translation>
        </message>
        <message>
            <source>The standby copy of %1 goes to %2, refreshed after every change (at most every %3 s).</source>
            <translation>%1 файлының қосалқы көшірмесі %2 қалтасына сақталады және әр өзгерістен кейін жаңартылады (%3 с сайын бір реттен жиі емес).</translation>
        </message>
    </context>
    <context>
        <name>States</name>
        <message>
            <source>setup</source>
            <translation>дайындық</translation>
        </message>
        <message>
            <source>marking</source>
            <translation>бағалау</translation>
        </message>
        <message>
            <source>provisional</source>
            <translation>алдын ала</translation>
        </message>
        <message>
            <source>final</source>
            <translation>түпкілікті</translation>
        </message>
        <message>
            <source>GOLD</source>
            <translation>АЛТЫН</translation>
        </message>
        <message>
            <source>SILVER</source>
            <translation>КҮМІС</translation>
        </message>
        <message>
            <source>BRONZE</source>
            <translation>ҚОЛА</translation>
        </message>
        <message>
            <source>Medallion</source>
            <translation>Медальон</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Негізгі</translation>
        </message>
        <message>
            <source>Juniors</source>
            <translation>Юниорлар</translation>
        </message>
        <message>
            <source>Chief Expert</source>
            <translation>Бас сарапшы</translation>
        </message>
        <message>
            <source>Deputy Chief Expert</source>
            <translation>Бас сарапшының орынбасары</translation>
        </message>
        <message>
            <source>expert</source>
            <translation>сарапшы</translation>
        </message>
        <message>
            <source>measurement</source>
            <translation>өлшенетін</translation>
        </message>
        <message>
            <source>judgement</source>
            <translation>төрешілік</translation>
        </message>
    </context>
    <context>
        <name>TemplateExports</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Экспортталмады: %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Сақталды: %1.</translation>
        </message>
    </context>
</TS>
