<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupProtectionDialog</name>
    <message>
        <source>&amp;Protect the backup with a passphrase</source>
        <translation>Sicherung mit einem Passwort &amp;schützen</translation>
    </message>
    <message>
        <source>Back up the diary</source>
        <translation>Tagebuch sichern</translation>
    </message>
    <message>
        <source>A backup holds your whole diary. If it will leave this computer (a USB stick, a cloud folder), protect it with a passphrase: without it nobody can read the backup, not even you, so keep the passphrase somewhere safe.</source>
        <translation>Eine Sicherung enthält Ihr ganzes Tagebuch. Wenn sie diesen Computer verlässt (auf einem USB-Stick, in einem Cloud-Ordner), schützen Sie sie mit einem Passwort: Ohne das Passwort kann niemand die Sicherung lesen, auch Sie nicht. Bewahren Sie es also gut auf.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>BedsideSheet</name>
    <message>
        <source>Night cramp sheet</source>
        <translation>Nachtblatt für Wadenkrämpfe</translation>
    </message>
    <message>
        <source>Nights of %1 to %2</source>
        <translation>Nächte vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>key and its meaning</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Keep this by the bed. When a cramp wakes you, fill in one row: how bad it was (0 none, 10 worst imaginable), circle the leg and the muscle, and write the time. Tick “no cramps” for a quiet night. In the morning, enter each row in Cramp Diary: L, then the number, the letters and the time, in this order.</source>
        <translation>Legen Sie das Blatt neben das Bett. Weckt Sie ein Krampf, füllen Sie eine Zeile aus: den Schweregrad (0 keiner, 10 der schlimmste vorstellbare), kreisen Sie Bein und Muskel ein und notieren Sie die Uhrzeit. Kreuzen Sie „keine Krämpfe“ für eine ruhige Nacht an. Am Morgen tragen Sie jede Zeile in Cramp Diary ein: L, dann die Zahl, die Buchstaben und die Uhrzeit, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Leg: %1.</source>
        <translation>Bein: %1.</translation>
    </message>
    <message>
        <source>Muscle: %1.</source>
        <translation>Muskel: %1.</translation>
    </message>
    <message>
        <source>How bad (0-10)</source>
        <translation>Schweregrad (0–10)</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Night of %1</source>
        <translation>Nacht vom %1</translation>
    </message>
    <message>
        <source>no cramps</source>
        <translation>keine Krämpfe</translation>
    </message>
    <message>
        <source>Cramp Diary bedside sheet</source>
        <translation>Cramp Diary – Nachtblatt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BedsideSheetActions</name>
    <message>
        <source>&amp;Print a bedside sheet…</source>
        <translation>Nachtblatt dr&amp;ucken…</translation>
    </message>
    <message>
        <source>A week of nights to fill in by the bed, entered in the morning</source>
        <translation>Eine Woche Nächte zum Ausfüllen am Bett, am Morgen eingetragen</translation>
    </message>
    <message>
        <source>Save a bedside sheet as P&amp;DF…</source>
        <translation>Nachtblatt als PDF spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save a bedside sheet</source>
        <translation>Nachtblatt speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Bedside sheet for the nights from %1 saved to %2.</source>
        <translation>Nachtblatt für die Nächte ab %1 unter %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ByteSource</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation>Die Datei konnte nicht erneut gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ChangeWording</name>
    <message>
        <source>%1 cramps a week before (%2), </source>
        <translation>Vorher %1 Krämpfe pro Woche (%2), </translation>
    </message>
    <message numerus="yes">
        <source>%n tracked night(s)</source>
        <translation>
            <numerusform>%n erfasste Nacht</numerusform>
            <numerusform>%n erfasste Nächte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a week after (%2); exact test of the change: p = %3.</source>
        <translation>nachher %1 pro Woche (%2); exakter Test der Veränderung: p = %3.</translation>
    </message>
    <message>
        <source>No clear change so far.</source>
        <translation>Bisher keine deutliche Veränderung.</translation>
    </message>
    <message>
        <source>%1 started on %2: </source>
        <translation>%1 begonnen am %2: </translation>
    </message>
    <message>
        <source>%1 stopped on %2: </source>
        <translation>%1 abgesetzt am %2: </translation>
    </message>
    <message>
        <source>The rate changed more than chance alone would explain.</source>
        <translation>Die Häufigkeit hat sich stärker verändert, als der Zufall allein erklären würde.</translation>
    </message>
    <message>
        <source>Talk it over with your prescriber; do not stop a medicine on your own.</source>
        <translation>Besprechen Sie das mit der verordnenden Praxis; setzen Sie ein Medikament nicht eigenmächtig ab.</translation>
    </message>
</context>
<context>
    <name>ChartFigureTables</name>
    <message>
        <source>The charts&apos; figures as tables</source>
        <translation>Die Zahlen der Diagramme als Tabellen</translation>
    </message>
    <message>
        <source>Press Enter on a week (or double-click it) to open its nights in the diary.</source>
        <translation>Drücken Sie die Eingabetaste bei einer Woche (oder doppelklicken Sie sie), um ihre Nächte im Tagebuch zu öffnen.</translation>
    </message>
    <message>
        <source>Cramps per week</source>
        <translation>Krämpfe pro Woche</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Nights tracked</source>
        <translation>Erfasste Nächte</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <source>Nights with cramps</source>
        <translation>Nächte mit Krämpfen</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Abendeinträge</translation>
    </message>
    <message>
        <source>Median severity</source>
        <translation>Median des Schweregrads</translation>
    </message>
    <message>
        <source>Worst severity</source>
        <translation>Höchster Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Wochen</translation>
    </message>
    <message>
        <source>Time of night</source>
        <translation>Uhrzeit in der Nacht</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Cramps starting in that hour</source>
        <translation>Krämpfe, die in dieser Stunde begannen</translation>
    </message>
    <message>
        <source>Time of &amp;night</source>
        <translation>&amp;Uhrzeit in der Nacht</translation>
    </message>
    <message>
        <source>Which leg and which muscle</source>
        <translation>Welches Bein und welcher Muskel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Leg and &amp;muscle</source>
        <translation>Bein und &amp;Muskel</translation>
    </message>
    <message>
        <source>%1 (partly tracked)</source>
        <translation>%1 (teilweise erfasst)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Leg: %1</source>
        <translation>Bein: %1</translation>
    </message>
    <message>
        <source>Muscle: %1</source>
        <translation>Muskel: %1</translation>
    </message>
    <message>
        <source>Medicines and the self-experiment under the weeks</source>
        <translation>Medikamente und Selbstversuch unter den Wochen</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Cramps each night</source>
        <translation>Krämpfe pro Nacht</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Each ni&amp;ght</source>
        <translation>&amp;Jede Nacht</translation>
    </message>
    <message>
        <source>Severity of each cramp</source>
        <translation>Schweregrad jedes Krampfs</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <source>Severity (0 to 10)</source>
        <translation>Schweregrad (0 bis 10)</translation>
    </message>
    <message>
        <source>%1 (end of the range)</source>
        <translation>%1 (Ende des Zeitraums)</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Schwe&amp;regrad</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Figures for the range</source>
        <translation>Kennzahlen für den Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2: </source>
        <translation>%1 bis %2: </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) tracked</source>
        <translation>
            <numerusform>%n Nacht erfasst</numerusform>
            <numerusform>%n Nächte erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 with a check-in. </source>
        <translation>, %1 davon mit Abendeintrag. </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n Krampf</numerusform>
            <numerusform>%n Krämpfe</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 per week; cramps on %2 nights a week</source>
        <translation>, %1 pro Woche; Krämpfe in %2 Nächten pro Woche</translation>
    </message>
    <message>
        <source>; severity median %1 (%2 to %3)</source>
        <translation>; Schweregrad im Median %1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>No tracked nights in this range yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine erfassten Nächte.</translation>
    </message>
    <message>
        <source>Show as &amp;tables</source>
        <translation>Als &amp;Tabellen zeigen</translation>
    </message>
    <message>
        <source>The charts&apos; figures as tables, for the keyboard and screen readers</source>
        <translation>Die Zahlen der Diagramme als Tabellen, für die Tastatur und Bildschirmleser</translation>
    </message>
    <message>
        <source>Its figures are in the tables: Show as tables (Alt+T).</source>
        <translation>Seine Zahlen stehen in den Tabellen: Als Tabellen zeigen (Alt+T).</translation>
    </message>
    <message>
        <source>Self-experiment</source>
        <translation>Selbstversuch</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1 is open in a Cramp Diary window. Close it, then repair; nothing was changed.</source>
        <translation>%1 ist in einem Fenster von Cramp Diary geöffnet. Schließen Sie es und reparieren Sie dann; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 has no problems; nothing to repair.</source>
        <translation>%1 ist in Ordnung; es gibt nichts zu reparieren.</translation>
    </message>
    <message>
        <source>Nothing could be saved from %1; restore a backup instead (cramp-diary restore). The file was left untouched.</source>
        <translation>Aus %1 ließ sich nichts retten; stellen Sie stattdessen eine Sicherung wieder her (cramp-diary restore). An der Datei wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Repaired %1. Kept %2.</source>
        <translation>%1 wurde repariert. Erhalten: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n record(s) the diary&apos;s rules do not allow:</source>
        <translation>
            <numerusform>%n Eintrag weggelassen, den die Regeln des Tagebuchs nicht zulassen:</numerusform>
            <numerusform>%n Einträge weggelassen, die die Regeln des Tagebuchs nicht zulassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Check the whole diary and name anything wrong. With --repair, copy every entry that keeps the diary&apos;s rules into a repaired diary, list what was left out, and keep the damaged file.</source>
        <translation>Prüft das ganze Tagebuch und nennt alles, was nicht stimmt. Mit --repair wird jeder Eintrag, der den Regeln des Tagebuchs entspricht, in ein repariertes Tagebuch kopiert, das Weggelassene aufgelistet und die beschädigte Datei aufbewahrt.</translation>
    </message>
    <message>
        <source>Repair the diary (close its window first).</source>
        <translation>Das Tagebuch reparieren (vorher sein Fenster schließen).</translation>
    </message>
    <message>
        <source>There is no diary file at %1.</source>
        <translation>Unter %1 gibt es keine Tagebuchdatei.</translation>
    </message>
    <message>
        <source>%1 has no problems: %2.</source>
        <translation>%1 ist in Ordnung: %2.</translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation>%1 hat Probleme:</translation>
    </message>
    <message>
        <source>A repair would keep %1. Run: cramp-diary check --repair --database %2</source>
        <translation>Eine Reparatur würde %1 erhalten. Führen Sie aus: cramp-diary check --repair --database %2</translation>
    </message>
</context>
<context>
    <name>CheckinCommand</name>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;).</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein (angegeben: „%4“).</translation>
    </message>
    <message>
        <source>Record the evening factors of a night. Values already recorded for that night are kept unless given again.</source>
        <translation>Trägt die Abendfaktoren einer Nacht ein. Bereits eingetragene Werte dieser Nacht bleiben erhalten, sofern sie nicht neu angegeben werden.</translation>
    </message>
    <message>
        <source>The night (its evening&apos;s date); default tonight.</source>
        <translation>Die Nacht (Datum ihres Abends); Standard: heute Nacht.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Water drunk today, in millilitres.</source>
        <translation>Heute getrunkenes Wasser, in Millilitern.</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Minutes spent stretching before bed.</source>
        <translation>Minuten Dehnen vor dem Schlafengehen.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Sleep position: toes_pointed, back, side, front.</source>
        <translation>Schlafposition: toes_pointed (Zehen nach unten gestreckt), back (Rücken), side (Seite), front (Bauch).</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Exercise or overexertion today.</source>
        <translation>Heute Sport oder Überanstrengung.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Long sitting today.</source>
        <translation>Heute langes Sitzen.</translation>
    </message>
    <message>
        <source>Alcohol this evening.</source>
        <translation>Heute Abend Alkohol.</translation>
    </message>
    <message>
        <source>Caffeine this evening.</source>
        <translation>Heute Abend Koffein.</translation>
    </message>
    <message>
        <source>Ate magnesium-rich food.</source>
        <translation>Magnesiumreiche Kost gegessen.</translation>
    </message>
    <message>
        <source>Ate potassium-rich food.</source>
        <translation>Kaliumreiche Kost gegessen.</translation>
    </message>
    <message>
        <source>Took a magnesium supplement.</source>
        <translation>Ein Magnesiumpräparat eingenommen.</translation>
    </message>
    <message>
        <source>Took a vitamin D supplement.</source>
        <translation>Ein Vitamin-D-Präparat eingenommen.</translation>
    </message>
    <message>
        <source>Took another supplement.</source>
        <translation>Ein anderes Nahrungsergänzungsmittel eingenommen.</translation>
    </message>
    <message>
        <source>Spent time in the sun.</source>
        <translation>Zeit in der Sonne verbracht.</translation>
    </message>
    <message>
        <source>Stress today, 0 to 10.</source>
        <translation>Stress heute, 0 bis 10.</translation>
    </message>
    <message>
        <source>0-10</source>
        <translation>0-10</translation>
    </message>
    <message>
        <source>One of your own factors, as NAME=VALUE (repeatable).</source>
        <translation>Einer Ihrer eigenen Faktoren, als NAME=WERT (mehrfach möglich).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>Name=Wert</translation>
    </message>
    <message>
        <source>A medicine taken this evening, by name (repeatable).</source>
        <translation>Ein heute Abend eingenommenes Medikament, mit seinem Namen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes about the evening.</source>
        <translation>Notizen zum Abend.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>--factor must be written NAME=VALUE (got &apos;%1&apos;).</source>
        <translation>--factor muss als NAME=WERT geschrieben werden (angegeben: „%1“).</translation>
    </message>
    <message>
        <source>--factor: you have no factor called &apos;%1&apos;.</source>
        <translation>--factor: Sie haben keinen Faktor namens „%1“.</translation>
    </message>
    <message>
        <source>--medication: no medicine called &apos;%1&apos; in this diary.</source>
        <translation>--medication: In diesem Tagebuch gibt es kein Medikament namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Checked in for the night of %1 (%n factor(s) recorded).</source>
        <translation>
            <numerusform>Abendeintrag für die Nacht vom %1 gespeichert (%n Faktor eingetragen).</numerusform>
            <numerusform>Abendeintrag für die Nacht vom %1 gespeichert (%n Faktoren eingetragen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether tonight&apos;s self-experiment plan was kept: yes or no.</source>
        <translation>Ob der Plan des Selbstversuchs heute Nacht eingehalten wurde: yes oder no.</translation>
    </message>
    <message>
        <source>--kept: the night of %1 is not part of a self-experiment; nothing was saved.</source>
        <translation>--kept: Die Nacht vom %1 gehört zu keinem Selbstversuch; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Evening check-in</source>
        <translation>Abendeintrag</translation>
    </message>
    <message>
        <source>&amp;Night of</source>
        <translation>&amp;Nacht vom</translation>
    </message>
    <message>
        <source>Night of the check-in</source>
        <translation>Nacht des Abendeintrags</translation>
    </message>
    <message>
        <source>Copy the values of the previous check-in</source>
        <translation>Die Werte des vorigen Abendeintrags übernehmen</translation>
    </message>
    <message>
        <source>My &amp;factors…</source>
        <translation>Meine &amp;Faktoren…</translation>
    </message>
    <message>
        <source>Manage my own factors</source>
        <translation>Meine eigenen Faktoren verwalten</translation>
    </message>
    <message>
        <source>&amp;Medicines…</source>
        <translation>&amp;Medikamente…</translation>
    </message>
    <message>
        <source>Manage medicines</source>
        <translation>Medikamente verwalten</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Abendeintrag speichern</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <source>There is no earlier check-in to copy.</source>
        <translation>Es gibt keinen früheren Abendeintrag, den Sie übernehmen könnten.</translation>
    </message>
    <message>
        <source>This evening</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <source>Today I had…</source>
        <translation>Heute hatte ich…</translation>
    </message>
    <message>
        <source>Notes about the evening</source>
        <translation>Notizen zum Abend</translation>
    </message>
    <message>
        <source>Medicines taken this evening</source>
        <translation>Heute Abend eingenommene Medikamente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>%1 eingenommen</translation>
    </message>
    <message>
        <source>No medicines yet. Add them with “Medicines…”.</source>
        <translation>Noch keine Medikamente. Fügen Sie sie über „Medikamente…“ hinzu.</translation>
    </message>
    <message>
        <source>You checked in for this night already; saving replaces that check-in.</source>
        <translation>Für diese Nacht gibt es schon einen Abendeintrag; Speichern ersetzt ihn.</translation>
    </message>
    <message>
        <source>Fill in what you know; anything left out is simply not recorded.</source>
        <translation>Tragen Sie ein, was Sie wissen; was Sie auslassen, wird einfach nicht erfasst.</translation>
    </message>
    <message>
        <source>Copied from the evening of %1. Change what was different tonight.</source>
        <translation>Übernommen aus dem Abendeintrag vom %1. Ändern Sie, was heute anders war.</translation>
    </message>
    <message>
        <source>Took my &amp;usual medicines</source>
        <translation>Meine &amp;üblichen Medikamente genommen</translation>
    </message>
    <message>
        <source>Tick every medicine whose dates cover this night</source>
        <translation>Jedes Medikament ankreuzen, dessen Einnahmezeitraum diese Nacht umfasst</translation>
    </message>
    <message>
        <source>Not saved yet: %1: %2</source>
        <translation>Noch nicht gespeichert: %1: %2</translation>
    </message>
    <message>
        <source>Nothing is filled in, so nothing was saved. Answer what you know, or Cancel.</source>
        <translation>Nichts ist ausgefüllt, daher wurde nichts gespeichert. Beantworten Sie, was Sie wissen, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>C&amp;opy previous evening</source>
        <translation>Vorigen Abend &amp;kopieren</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Discard this check-in?</source>
        <translation>Diesen Abendeintrag verwerfen?</translation>
    </message>
    <message>
        <source>What you typed for the night of %1 has not been saved.</source>
        <translation>Was Sie für die Nacht vom %1 eingegeben haben, ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>CheckinSummary</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 fl oz</source>
        <translation>%1 fl oz</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <source>%1 water</source>
        <translation>%1 Wasser</translation>
    </message>
    <message>
        <source>stretched %1 min</source>
        <translation>%1 Min. gedehnt</translation>
    </message>
    <message>
        <source>no stretching</source>
        <translation>nicht gedehnt</translation>
    </message>
    <message>
        <source>stress %1/10</source>
        <translation>Stress %1/10</translation>
    </message>
    <message>
        <source>checked in, nothing noted</source>
        <translation>Abendeintrag ohne Angaben</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The diary file to use (default: %1).</source>
        <translation>Die zu verwendende Tagebuchdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Note: other users of this computer can read %1. To make it private: chmod 600 %1 (this note is shown once).</source>
        <translation>Hinweis: Andere Benutzer dieses Computers können %1 lesen. So machen Sie die Datei privat: chmod 600 %1 (dieser Hinweis erscheint nur einmal).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not allowed; use one of: %3.</source>
        <translation>--%1: „%2“ ist nicht zulässig; möglich sind: %3.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;).</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein (angegeben: „%4“).</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD (got &apos;%2&apos;).</source>
        <translation>--%1 muss ein Datum in der Form YYYY-MM-DD sein (angegeben: „%2“).</translation>
    </message>
    <message>
        <source>--%1 must be a duration such as 90, 90s, 2m or 1m30s (got &apos;%2&apos;).</source>
        <translation>--%1 muss eine Dauer wie 90, 90s, 2m oder 1m30s sein (angegeben: „%2“).</translation>
    </message>
    <message>
        <source>--%1 must be at most 24 hours (got &apos;%2&apos;).</source>
        <translation>--%1 darf höchstens 24 Stunden betragen (angegeben: „%2“).</translation>
    </message>
    <message>
        <source>--%1 must be a time such as 2026-11-23T03:10, &apos;2026-11-23 03:10&apos;, 03:10 or now (got &apos;%2&apos;).</source>
        <translation>--%1 muss eine Zeit wie 2026-11-23T03:10, &apos;2026-11-23 03:10&apos;, 03:10 oder now sein (angegeben: „%2“).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping file is refused: %1. Nothing was imported.</source>
        <translation>Die Zuordnungsdatei wird abgelehnt: %1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at character %2)</source>
        <translation>sie ist kein JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>it must be one JSON object</source>
        <translation>sie muss ein einziges JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the key “%1” is given twice</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>The mapping file is refused at %1. Nothing was imported.</source>
        <translation>Die Zuordnungsdatei wird abgelehnt bei %1. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>Record a cramp (now, or --at a time).</source>
        <translation>Einen Krampf eintragen (jetzt oder mit --at zu einer bestimmten Zeit).</translation>
    </message>
    <message>
        <source>Record a night&apos;s evening factors.</source>
        <translation>Die Abendfaktoren einer Nacht eintragen.</translation>
    </message>
    <message>
        <source>Print the cramps of a range of nights.</source>
        <translation>Die Krämpfe eines Zeitraums von Nächten ausgeben.</translation>
    </message>
    <message>
        <source>Fill a new, empty diary with a generated history.</source>
        <translation>Ein neues, leeres Tagebuch mit einem erzeugten Verlauf füllen.</translation>
    </message>
    <message>
        <source>Write cramps or check-ins as CSV.</source>
        <translation>Krämpfe oder Abendeinträge als CSV schreiben.</translation>
    </message>
    <message>
        <source>Add cramps or check-ins from CSV (all rows or none).</source>
        <translation>Krämpfe oder Abendeinträge aus CSV hinzufügen (alle Zeilen oder keine).</translation>
    </message>
    <message>
        <source>Write the whole diary to one JSON file.</source>
        <translation>Das ganze Tagebuch in eine JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>Recreate a diary from a backup, in a new file.</source>
        <translation>Ein Tagebuch aus einer Sicherung wiederherstellen, in eine neue Datei.</translation>
    </message>
    <message>
        <source>Print the report&apos;s page-one figures (--json).</source>
        <translation>Die Kennzahlen von Seite eins des Berichts ausgeben (--json).</translation>
    </message>
    <message>
        <source>Write the doctor&apos;s report as a PDF.</source>
        <translation>Den Bericht für die Arztpraxis als PDF schreiben.</translation>
    </message>
    <message>
        <source>Check the whole diary; --repair saves every good entry.</source>
        <translation>Das ganze Tagebuch prüfen; --repair rettet jeden intakten Eintrag.</translation>
    </message>
    <message>
        <source>Show the evening reminder if tonight has no check-in.</source>
        <translation>Die Abend-Erinnerung zeigen, wenn es für heute Nacht noch keinen Abendeintrag gibt.</translation>
    </message>
    <message>
        <source>The Cramp Diary window that has %1 open did not answer. Look in its diary list before trying again.</source>
        <translation>Das Fenster von Cramp Diary, in dem %1 geöffnet ist, hat nicht geantwortet. Sehen Sie dort im Tagebuch nach, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Nothing was written. See: cramp-diary %1 --help</source>
        <translation>Es wurde nichts geschrieben. Siehe: cramp-diary %1 --help</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands:
%2</source>
        <translation>Unbekannter Befehl „%1“. Befehle:
%2</translation>
    </message>
    <message>
        <source>Plan, follow and read a self-experiment (plan, show, result, stop).</source>
        <translation>Einen Selbstversuch planen, durchführen und auswerten (plan, show, result, stop).</translation>
    </message>
    <message>
        <source>Write a week of nights to fill in by the bed, as a PDF.</source>
        <translation>Eine Woche Nächte zum Ausfüllen am Bett als PDF schreiben.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a row longer than %1 characters</source>
        <translation>eine Zeile mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>a quote in the middle of a field; quotes inside a field must be doubled</source>
        <translation>ein Anführungszeichen mitten in einem Feld; Anführungszeichen innerhalb eines Felds müssen verdoppelt werden</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field that is never closed</source>
        <translation>ein Feld in Anführungszeichen, das nie geschlossen wird</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>whole rows</source>
        <translation>ganze Zeilen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s) (%1).</source>
        <translation>
            <numerusform>und %n weiteres Problem (%1).</numerusform>
            <numerusform>und %n weitere Probleme (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>%n Zeile importiert.</numerusform>
            <numerusform>%n Zeilen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the medicine(s) the file names: %1 (add their class and dates under Medicines).</source>
        <translation>
            <numerusform>Das in der Datei genannte Medikament wurde hinzugefügt: %1 (Art und Daten unter „Medikamente“ ergänzen).</numerusform>
            <numerusform>Die in der Datei genannten Medikamente wurden hinzugefügt: %1 (Art und Daten unter „Medikamente“ ergänzen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n cramp(s) already in the diary.</source>
        <translation>
            <numerusform>%n Krampf übersprungen, der schon im Tagebuch steht.</numerusform>
            <numerusform>%n Krämpfe übersprungen, die schon im Tagebuch stehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) about something other than cramps.</source>
        <translation>
            <numerusform>%n Zeile über etwas anderes als Krämpfe wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen über etwas anderes als Krämpfe wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--input is required.</source>
        <translation>--input ist erforderlich.</translation>
    </message>
    <message>
        <source>episodes (one row per cramp, default) or nights (one row per check-in).</source>
        <translation>episodes (eine Zeile pro Krampf, Standard) oder nights (eine Zeile pro Abendeintrag).</translation>
    </message>
    <message>
        <source>what</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Write cramps or check-ins as CSV (columns in docs/csv.md), or the diary as FHIR R4 JSON for a clinic system (docs/fhir.md).</source>
        <translation>Schreibt Krämpfe oder Abendeinträge als CSV (Spalten in docs/csv.md) oder das Tagebuch als FHIR-R4-JSON für ein Klinik- oder Praxissystem (docs/fhir.md).</translation>
    </message>
    <message>
        <source>csv (default) or fhir.</source>
        <translation>csv (Standard) oder fhir.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>Die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>FHIR: the patient&apos;s name to include (optional).</source>
        <translation>FHIR: der Name, der mit aufgenommen wird (optional).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>FHIR: the patient&apos;s date of birth to include (optional).</source>
        <translation>FHIR: das Geburtsdatum, das mit aufgenommen wird (optional).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--what is for CSV; a FHIR export holds the whole diary.</source>
        <translation>--what gilt nur für CSV; ein FHIR-Export enthält das ganze Tagebuch.</translation>
    </message>
    <message>
        <source>--name and --birth-date go with --format fhir.</source>
        <translation>--name und --birth-date gehören zu --format fhir.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Die zu lesende CSV-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported; %n problem(s) found:</source>
        <translation>
            <numerusform>Es wurde nichts importiert; %n Problem gefunden:</numerusform>
            <numerusform>Es wurde nichts importiert; %n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the whole diary and the settings to one JSON file.</source>
        <translation>Schreibt das ganze Tagebuch und die Einstellungen in eine JSON-Datei.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Protect the backup with a passphrase (asked twice, or --passphrase-file).</source>
        <translation>Die Sicherung mit einem Passwort schützen (wird zweimal abgefragt, oder --passphrase-file).</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n cramp(s) to %1, protected by the passphrase.</source>
        <translation>
            <numerusform>%n Krampf nach %1 gesichert, geschützt durch das Passwort.</numerusform>
            <numerusform>%n Krämpfe nach %1 gesichert, geschützt durch das Passwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n cramp(s) to %1.</source>
        <translation>
            <numerusform>%n Krampf nach %1 gesichert.</numerusform>
            <numerusform>%n Krämpfe nach %1 gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recreate a diary from a backup, into a new file given with --database (an existing diary with entries is never overwritten).</source>
        <translation>Stellt ein Tagebuch aus einer Sicherung wieder her, in eine neue Datei, die mit --database angegeben wird (ein vorhandenes Tagebuch mit Einträgen wird nie überschrieben).</translation>
    </message>
    <message>
        <source>The backup file to read.</source>
        <translation>Die zu lesende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Restore every sound entry and list the ones left out because they break the diary&apos;s rules (a backup of a damaged diary).</source>
        <translation>Jeden intakten Eintrag wiederherstellen und die auflisten, die weggelassen werden, weil sie gegen die Regeln des Tagebuchs verstoßen (für die Sicherung eines beschädigten Tagebuchs).</translation>
    </message>
    <message>
        <source>--database is required: name the new diary file to restore into.</source>
        <translation>--database ist erforderlich: Nennen Sie die neue Tagebuchdatei, in die wiederhergestellt werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n cramp(s) into %1.</source>
        <translation>
            <numerusform>%n Krampf in %1 wiederhergestellt.</numerusform>
            <numerusform>%n Krämpfe in %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n record(s) the diary&apos;s rules do not allow:</source>
        <translation>
            <numerusform>%n Eintrag weggelassen, den die Regeln des Tagebuchs nicht zulassen:</numerusform>
            <numerusform>%n Einträge weggelassen, die die Regeln des Tagebuchs nicht zulassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add cramps or check-ins from a CSV file written by export, or (with --map) from another app&apos;s CSV. All rows go in, or none.</source>
        <translation>Fügt Krämpfe oder Abendeinträge aus einer CSV-Datei hinzu, die mit export geschrieben wurde, oder (mit --map) aus der CSV-Datei einer anderen App. Entweder werden alle Zeilen übernommen oder keine.</translation>
    </message>
    <message>
        <source>A CSV from another app: how its columns become cramps, as JSON (docs/import-from-other-apps.md).</source>
        <translation>Eine CSV-Datei aus einer anderen App: wie ihre Spalten zu Krämpfen werden, als JSON (docs/import-from-other-apps.md).</translation>
    </message>
    <message>
        <source>--what is for files written by export; --map reads another app&apos;s file.</source>
        <translation>--what gilt für Dateien, die mit export geschrieben wurden; --map liest die Datei einer anderen App.</translation>
    </message>
    <message>
        <source>--map %1: %2</source>
        <translation>--map %1: %2</translation>
    </message>
    <message>
        <source>Read %1 columns separated by %2. Times without a zone are read as %3.</source>
        <translation>%1 Spalten gelesen, getrennt durch %2. Zeiten ohne Zeitzone werden als %3 gelesen.</translation>
    </message>
    <message>
        <source>No column holds ratings a severity could be read from; none is mapped.</source>
        <translation>Keine Spalte enthält Bewertungen, aus denen sich ein Schweregrad lesen ließe; keine wird zugeordnet.</translation>
    </message>
    <message>
        <source>Print, as a mapping file for --map, what the window would propose for another app&apos;s CSV; nothing is imported.</source>
        <translation>Gibt als Zuordnungsdatei für --map aus, was das Fenster für die CSV-Datei einer anderen App vorschlagen würde; es wird nichts importiert.</translation>
    </message>
    <message>
        <source>--guess reads the file alone; leave out --map and --what.</source>
        <translation>--guess liest nur die Datei; lassen Sie --map und --what weg.</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>Die Standardausgabe kann nicht beschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DataFileActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cramp Diary backups (*.json *.cdbackup)</source>
        <translation>Sicherungen von Cramp Diary (*.json *.cdbackup)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Export cramps as CSV…</source>
        <translation>Krämpfe als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export check-&amp;ins as CSV…</source>
        <translation>&amp;Abendeinträge als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export for a c&amp;linic system (FHIR)…</source>
        <translation>Für ein &amp;Klinik- oder Praxissystem exportieren (FHIR)…</translation>
    </message>
    <message>
        <source>Export for a clinic system</source>
        <translation>Für ein Klinik- oder Praxissystem exportieren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import cra&amp;mps from CSV…</source>
        <translation>Krämpfe aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import chec&amp;k-ins from CSV…</source>
        <translation>Abendeinträge aus CSV im&amp;portieren…</translation>
    </message>
    <message>
        <source>&amp;Back up to a file…</source>
        <translation>In eine Datei &amp;sichern…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>Restore into a new diary file</source>
        <translation>In eine neue Tagebuchdatei wiederherstellen</translation>
    </message>
    <message>
        <source>Cramp Diary (*.sqlite *.crampdiary)</source>
        <translation>Cramp Diary (*.sqlite *.crampdiary)</translation>
    </message>
    <message>
        <source>The export was not written to %1: %2</source>
        <translation>Der Export wurde nicht nach %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported the diary for a clinic system to %1, with the name and date of birth from the Report page.</source>
        <translation>Das Tagebuch wurde für ein Klinik- oder Praxissystem nach %1 exportiert, mit Name und Geburtsdatum von der Seite „Bericht“.</translation>
    </message>
    <message>
        <source>Exported the diary for a clinic system to %1, without a name (type one on the Report page to include it).</source>
        <translation>Das Tagebuch wurde für ein Klinik- oder Praxissystem nach %1 exportiert, ohne Namen (geben Sie auf der Seite „Bericht“ einen ein, um ihn mit aufzunehmen).</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); fix them and import again. Your diary was not changed.</source>
        <translation>
            <numerusform>Die Datei hat %n Problem; beheben Sie es und importieren Sie erneut. Ihr Tagebuch wurde nicht verändert.</numerusform>
            <numerusform>Die Datei hat %n Probleme; beheben Sie sie und importieren Sie erneut. Ihr Tagebuch wurde nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not written to %1: %2</source>
        <translation>Die Sicherung wurde nicht nach %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Nach %1 gesichert.</translation>
    </message>
    <message>
        <source>Backed up to %1, protected by your passphrase.</source>
        <translation>Nach %1 gesichert, geschützt durch Ihr Passwort.</translation>
    </message>
    <message>
        <source>A backup is restored into a new diary file, not over the one that is open.</source>
        <translation>Eine Sicherung wird in eine neue Tagebuchdatei wiederhergestellt, nicht über das geöffnete Tagebuch.</translation>
    </message>
    <message>
        <source>Protected backup</source>
        <translation>Geschützte Sicherung</translation>
    </message>
    <message>
        <source>This backup is protected by a passphrase. Enter it to restore:</source>
        <translation>Diese Sicherung ist durch ein Passwort geschützt. Geben Sie es zum Wiederherstellen ein:</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup was restored into %1. Open that diary now? The diary open now stays as it is.</source>
        <translation>Die Sicherung wurde in %1 wiederhergestellt. Dieses Tagebuch jetzt öffnen? Das gerade geöffnete Tagebuch bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Import from &amp;another app…</source>
        <translation>Aus einer an&amp;deren App importieren…</translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation>Aus einer anderen App importieren</translation>
    </message>
    <message>
        <source>%1 is empty; nothing was imported.</source>
        <translation>%1 ist leer; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message>
        <source>This file adds to your diary:</source>
        <translation>Diese Datei fügt Ihrem Tagebuch hinzu:</translation>
    </message>
    <message>
        <source>This file adds nothing to your diary.</source>
        <translation>Diese Datei fügt Ihrem Tagebuch nichts hinzu.</translation>
    </message>
    <message>
        <source>Every cramp has the same severity or the same time, which a real diary rarely has. Go back and check which columns hold what before importing.</source>
        <translation>Alle Krämpfe haben denselben Schweregrad oder dieselbe Uhrzeit, was in einem echten Tagebuch selten vorkommt. Gehen Sie zurück und prüfen Sie vor dem Import, welche Spalte was enthält.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>a value is outside what the diary allows</source>
        <translation>ein Wert liegt außerhalb dessen, was das Tagebuch zulässt</translation>
    </message>
    <message>
        <source>a value the diary needs is missing</source>
        <translation>ein Wert, den das Tagebuch braucht, fehlt</translation>
    </message>
    <message>
        <source>the same entry is already in the diary</source>
        <translation>derselbe Eintrag steht schon im Tagebuch</translation>
    </message>
    <message>
        <source>it refers to an entry that is not in the diary</source>
        <translation>verweist auf einen Eintrag, der nicht im Tagebuch steht</translation>
    </message>
    <message>
        <source>an entry breaks one of the diary&apos;s rules</source>
        <translation>ein Eintrag verstößt gegen eine Regel des Tagebuchs</translation>
    </message>
    <message>
        <source>the diary file cannot be written (it or its folder is read-only)</source>
        <translation>die Tagebuchdatei kann nicht geschrieben werden (sie oder ihr Ordner ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>the diary file is damaged (`cramp-diary check` says where)</source>
        <translation>die Tagebuchdatei ist beschädigt (`cramp-diary check` zeigt, wo)</translation>
    </message>
    <message>
        <source>the file is not a diary</source>
        <translation>die Datei ist kein Tagebuch</translation>
    </message>
    <message>
        <source>another program kept the diary busy for too long</source>
        <translation>ein anderes Programm hat das Tagebuch zu lange blockiert</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>dem Computer ist der Arbeitsspeicher ausgegangen</translation>
    </message>
    <message>
        <source>the diary&apos;s tables are not the ones this version of Cramp Diary writes (another program may have changed the file; `cramp-diary check` says more)</source>
        <translation>die Tabellen des Tagebuchs sind nicht die, die diese Version von Cramp Diary schreibt (vielleicht hat ein anderes Programm die Datei verändert; `cramp-diary check` sagt mehr)</translation>
    </message>
    <message>
        <source>the database engine reported error %1</source>
        <translation>die Datenbank meldete den Fehler %1</translation>
    </message>
    <message>
        <source>The diary could not be read or written: %1. Nothing was changed.</source>
        <translation>Das Tagebuch konnte nicht gelesen oder geschrieben werden: %1. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds the diary. Nothing was changed; free some space and try again.</source>
        <translation>Auf dem Datenträger, auf dem das Tagebuch liegt, ist kein Platz mehr frei. Es wurde nichts geändert; schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>dddd d MMMM</source>
        <comment>date pattern as in QDate::toString: Sunday 22 November</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern as in QDate::toString: Sun 22 Nov</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern as in QDate::toString: Sun 22 Nov 2026</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern as in QDate::toString: 22 Nov 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern as in QDate::toString: 22 Nov</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>date pattern as in QDate::toString: Nov</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>date pattern as in QDate::toString: Nov 26</comment>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time pattern as in QTime::toString: 03:10</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date, then a time: 22 Nov 2026 03:10</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>narrowest date pattern as in QDate::toString, under a chart&apos;s bar: 22 Nov</comment>
        <translation>d.M.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill a new, empty diary with a realistic generated history (the same seed gives the same diary). Meant for trying the app out, screenshots and benchmarks; use --database to pick a file other than your own diary.</source>
        <translation>Füllt ein neues, leeres Tagebuch mit einem realistischen, erzeugten Verlauf (derselbe Startwert ergibt dasselbe Tagebuch). Gedacht zum Ausprobieren der App, für Bildschirmfotos und Benchmarks; wählen Sie mit --database eine andere Datei als Ihr eigenes Tagebuch.</translation>
    </message>
    <message>
        <source>How many nights of history (1 to 7300; default 180).</source>
        <translation>Wie viele Nächte Verlauf (1 bis 7300; Standard 180).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Startwert des Generators (Standard 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>The last night of the history (default: last night).</source>
        <translation>Die letzte Nacht des Verlaufs (Standard: die vergangene Nacht).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>IANA time zone the history is lived in (default: this computer&apos;s).</source>
        <translation>IANA-Zeitzone, in der der Verlauf spielt (Standard: die dieses Computers).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>--zone: &apos;%1&apos; is not a time zone this computer knows (e.g. Europe/London).</source>
        <translation>--zone: „%1“ ist keine Zeitzone, die dieser Computer kennt (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>%1 already has entries; demo fills only a new, empty diary. Pick another file with --database.</source>
        <translation>%1 enthält bereits Einträge; demo füllt nur ein neues, leeres Tagebuch. Wählen Sie mit --database eine andere Datei.</translation>
    </message>
    <message>
        <source>Generated %1 nights (%2 check-ins, %3 cramps, %4 medicines) in %5.</source>
        <translation>%1 Nächte erzeugt (%2 Abendeinträge, %3 Krämpfe, %4 Medikamente) in %5.</translation>
    </message>
    <message>
        <source>End with a finished 28-night self-experiment on stretching before bed (its known effect: cramps on stretched nights a quarter as likely).</source>
        <translation>Mit einem abgeschlossenen Selbstversuch über 28 Nächte zum Dehnen vor dem Schlafengehen enden (mit bekannter Wirkung: In Nächten mit Dehnen sind Krämpfe nur ein Viertel so wahrscheinlich).</translation>
    </message>
</context>
<context>
    <name>DemoDiaryGenerator</name>
    <message>
        <source>Woke with the calf locked hard; standing on the cold floor eased it.</source>
        <translation>Mit steinharter Wade aufgewacht; auf dem kalten Boden stehen hat geholfen.</translation>
    </message>
    <message>
        <source>Long drive today, legs felt heavy in the evening.</source>
        <translation>Heute lange Autofahrt, abends schwere Beine.</translation>
    </message>
    <message>
        <source>Second one came just as I was falling asleep again.</source>
        <translation>Der zweite kam, als ich gerade wieder einschlief.</translation>
    </message>
    <message>
        <source>Foot arch cramped, toes curled under. Sore all morning.</source>
        <translation>Fußgewölbe verkrampft, Zehen eingerollt. Den ganzen Vormittag schmerzhaft.</translation>
    </message>
    <message>
        <source>Forgot to drink much at work.</source>
        <translation>Bei der Arbeit zu wenig getrunken.</translation>
    </message>
    <message>
        <source>Hiked 15 km, hot day.</source>
        <translation>15 km gewandert, heißer Tag.</translation>
    </message>
    <message>
        <source>Mild, stretched it out within a minute.</source>
        <translation>Leicht, nach einer Minute weggedehnt.</translation>
    </message>
    <message>
        <source>20 mg at night</source>
        <translation>20 mg abends</translation>
    </message>
    <message>
        <source>2.5 mg each morning</source>
        <translation>2,5 mg morgens</translation>
    </message>
    <message>
        <source>Holiday, diary left at home</source>
        <translation>Urlaub, Tagebuch zu Hause gelassen</translation>
    </message>
</context>
<context>
    <name>DiaryAnalysis</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>any other answer</source>
        <translation>jede andere Antwort</translation>
    </message>
</context>
<context>
    <name>DiaryBackup</name>
    <message>
        <source>is not a factor id</source>
        <translation>ist keine Faktor-ID</translation>
    </message>
    <message>
        <source>The backup is not valid JSON (%1 at byte %2); nothing was restored.</source>
        <translation>Die Sicherung ist kein gültiges JSON (%1 bei Byte %2); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>This JSON file is not a Cramp Diary backup; nothing was restored.</source>
        <translation>Diese JSON-Datei ist keine Sicherung von Cramp Diary; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup was written by a newer Cramp Diary (backup format %1; this app reads up to %2). Update the app; nothing was restored.</source>
        <translation>Die Sicherung stammt von einer neueren Version von Cramp Diary (Sicherungsformat %1; diese App liest bis %2). Aktualisieren Sie die App; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was restored: the diary&apos;s rules do not allow %n record(s) of the backup:</source>
        <translation>
            <numerusform>Es wurde nichts wiederhergestellt: Die Regeln des Tagebuchs lassen %n Eintrag der Sicherung nicht zu:</numerusform>
            <numerusform>Es wurde nichts wiederhergestellt: Die Regeln des Tagebuchs lassen %n Einträge der Sicherung nicht zu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore with --skip-broken to restore everything else; these records are then listed again and left out.</source>
        <translation>Mit --skip-broken wird alles andere wiederhergestellt; diese Einträge werden dann erneut aufgelistet und weggelassen.</translation>
    </message>
    <message>
        <source>A backup is restored only into a new, empty diary; this one already has entries.</source>
        <translation>Eine Sicherung wird nur in ein neues, leeres Tagebuch wiederhergestellt; dieses enthält bereits Einträge.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The restore could not be completed: %1. Nothing was restored and no file was left at %2.</source>
        <translation>Die Wiederherstellung konnte nicht abgeschlossen werden: %1. Es wurde nichts wiederhergestellt und unter %2 keine Datei hinterlassen.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the restored diary did not read back whole</source>
        <translation>das wiederhergestellte Tagebuch ließ sich nicht vollständig zurücklesen</translation>
    </message>
    <message>
        <source>it could not be put at %1 (is there a file by that name now?)</source>
        <translation>es konnte nicht unter %1 abgelegt werden (gibt es dort inzwischen eine Datei?)</translation>
    </message>
    <message>
        <source>is not a UUID</source>
        <translation>ist keine UUID</translation>
    </message>
</context>
<context>
    <name>DiaryFile</name>
    <message>
        <source>%1 is a folder, not a diary file.</source>
        <translation>%1 ist ein Ordner, keine Tagebuchdatei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device or a pipe), so it cannot be a diary. It was left untouched.</source>
        <translation>%1 ist keine normale Datei (sondern ein Gerät oder eine Pipe) und kann daher kein Tagebuch sein. Daran wurde nichts verändert.</translation>
    </message>
    <message>
        <source>You are not allowed to read %1.</source>
        <translation>Sie haben keine Berechtigung, %1 zu lesen.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no diary yet. It was left untouched.</source>
        <translation>%1 ist leer: Darin steht noch kein Tagebuch. Daran wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The file is read-only, so the diary is open for viewing only; changes cannot be saved.</source>
        <translation>Die Datei ist schreibgeschützt, daher ist das Tagebuch nur zum Ansehen geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The folder holding the diary is read-only, so the diary is open for viewing only; changes cannot be saved.</source>
        <translation>Der Ordner des Tagebuchs ist schreibgeschützt, daher ist das Tagebuch nur zum Ansehen geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no diary at %1.</source>
        <translation>Unter %1 gibt es kein Tagebuch.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the diary.</source>
        <translation>Der Ordner %1 für das Tagebuch kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Cramp Diary. It was left untouched.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms, kein Tagebuch von Cramp Diary. Daran wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged (the file is cut short). It was left untouched; `cramp-diary check --repair` can save what is readable.</source>
        <translation>%1 ist beschädigt (die Datei ist abgeschnitten). Daran wurde nichts verändert; `cramp-diary check --repair` kann retten, was lesbar ist.</translation>
    </message>
    <message>
        <source>%1 names a diary format that does not exist (%2). It was left untouched.</source>
        <translation>%1 nennt ein Tagebuchformat, das es nicht gibt (%2). Daran wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cramp Diary (diary format %2; this app reads up to %3). Please update the app; the diary was left untouched.</source>
        <translation>%1 wurde von einer neueren Version von Cramp Diary geschrieben (Tagebuchformat %2; diese App liest bis %3). Bitte aktualisieren Sie die App; am Tagebuch wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 is not a Cramp Diary file. It was left untouched.</source>
        <translation>%1 ist keine Datei von Cramp Diary. Daran wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a diary: the file is damaged. It was left untouched; `cramp-diary check --repair` can save what is readable.</source>
        <translation>%1 kann nicht als Tagebuch gelesen werden: Die Datei ist beschädigt. Daran wurde nichts verändert; `cramp-diary check --repair` kann retten, was lesbar ist.</translation>
    </message>
    <message>
        <source>%1 is damaged: parts of the diary are missing (%2), perhaps removed by another program. It was left untouched; `cramp-diary check --repair` can save what is there.</source>
        <translation>%1 ist beschädigt: Teile des Tagebuchs fehlen (%2), vielleicht von einem anderen Programm entfernt. Daran wurde nichts verändert; `cramp-diary check --repair` kann retten, was vorhanden ist.</translation>
    </message>
    <message>
        <source>%1 is damaged or holds entries that break the diary&apos;s rules. It was left untouched; `cramp-diary check` names what is wrong and `cramp-diary check --repair` keeps every good entry in a repaired diary.</source>
        <translation>%1 ist beschädigt oder enthält Einträge, die gegen die Regeln des Tagebuchs verstoßen. Daran wurde nichts verändert; `cramp-diary check` nennt, was nicht stimmt, und `cramp-diary check --repair` übernimmt jeden intakten Eintrag in ein repariertes Tagebuch.</translation>
    </message>
    <message>
        <source>%1 holds no diary yet. It was left untouched.</source>
        <translation>%1 enthält noch kein Tagebuch. Daran wurde nichts verändert.</translation>
    </message>
    <message>
        <source>It was written by an older version of Cramp Diary and is shown as this version reads it, without changing the file.</source>
        <translation>Es wurde von einer älteren Version von Cramp Diary geschrieben und wird so angezeigt, wie diese Version es liest, ohne die Datei zu verändern.</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>%1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>The diary needs an upgrade, but the backup copy %1 could not be written (%2). Nothing was changed.</source>
        <translation>Das Tagebuch muss aktualisiert werden, aber die Sicherungskopie %1 konnte nicht geschrieben werden (%2). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (the file is cut short or its first page is broken). It was left untouched; `cramp-diary check --repair` can save what is readable.</source>
        <translation>%1 ist beschädigt (die Datei ist abgeschnitten oder ihre erste Seite ist defekt). Daran wurde nichts verändert; `cramp-diary check --repair` kann retten, was lesbar ist.</translation>
    </message>
    <message>
        <source>%1 is already open in another Cramp Diary (process %2). Close it there first; the diary was not changed.</source>
        <translation>%1 ist bereits in einem anderen Cramp Diary geöffnet (Prozess %2). Schließen Sie es dort zuerst; am Tagebuch wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 next to the diary.</source>
        <translation>Die Sperrdatei %1 neben dem Tagebuch kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A repair of %1 was interrupted. It is finished by the next command that writes, or by opening the diary in the window; nothing was lost.</source>
        <translation>Eine Reparatur von %1 wurde unterbrochen. Sie wird vom nächsten schreibenden Befehl oder beim Öffnen des Tagebuchs im Fenster abgeschlossen; nichts ging verloren.</translation>
    </message>
    <message>
        <source>There is no diary at %1, but %2 is beside it, left by a repair. Nothing was created: rename that copy to %1 to go on with it, or move it away to start a new diary.</source>
        <translation>Unter %1 liegt kein Tagebuch, aber daneben liegt %2, von einer Reparatur hinterlassen. Es wurde nichts angelegt: Benennen Sie diese Kopie in %1 um, um damit weiterzumachen, oder verschieben Sie sie, um ein neues Tagebuch zu beginnen.</translation>
    </message>
    <message>
        <source>%1 holds things Cramp Diary did not put there (%2), added by another program; they could change the diary behind its back. It was left untouched; `cramp-diary check --repair` makes a copy without them.</source>
        <translation>%1 enthält Dinge, die nicht von Cramp Diary stammen (%2), von einem anderen Programm hinzugefügt; sie könnten das Tagebuch unbemerkt ändern. Es blieb unverändert; `cramp-diary check --repair` erstellt eine Kopie ohne sie.</translation>
    </message>
    <message>
        <source>%1 holds an impossible date (“%2”), perhaps written by another program. It was left untouched; `cramp-diary check` names the entry and `cramp-diary check --repair` saves everything else.</source>
        <translation>%1 enthält ein unmögliches Datum („%2“), vielleicht von einem anderen Programm geschrieben. Es blieb unverändert; `cramp-diary check` nennt den Eintrag und `cramp-diary check --repair` rettet alles andere.</translation>
    </message>
    <message>
        <source>The diary could not be written completely into %1.</source>
        <translation>Das Tagebuch konnte nicht vollständig in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no room left on the disk beside %1, not even for its lock file. Nothing was changed; free some space and try again.</source>
        <translation>Auf dem Datenträger neben %1 ist kein Platz mehr, nicht einmal für die Sperrdatei. Es wurde nichts verändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Waiting for process %1 (%2) to finish writing to %3; the command goes on when it is done.</source>
        <translation>Warte, bis Prozess %1 (%2) mit dem Schreiben in %3 fertig ist; danach fährt der Befehl fort.</translation>
    </message>
    <message>
        <source>%1 holds a text of %2 characters, longer than the %3 a diary keeps, perhaps written by another program. It was left untouched; `cramp-diary check` names the entry and `cramp-diary check --repair` saves everything else.</source>
        <translation>%1 enthält einen Text mit %2 Zeichen, länger als die %3, die ein Tagebuch aufnimmt – vielleicht von einem anderen Programm geschrieben. Die Datei blieb unverändert; `cramp-diary check` nennt den Eintrag, und `cramp-diary check --repair` rettet alles Übrige.</translation>
    </message>
</context>
<context>
    <name>DiaryRepository</name>
    <message>
        <source>A medicine needs a name.</source>
        <translation>Ein Medikament braucht einen Namen.</translation>
    </message>
    <message>
        <source>Each period of a medicine needs a start date.</source>
        <translation>Jeder Einnahmezeitraum eines Medikaments braucht ein Anfangsdatum.</translation>
    </message>
    <message>
        <source>A medicine cannot be stopped before it was started.</source>
        <translation>Ein Medikament kann nicht abgesetzt werden, bevor es begonnen wurde.</translation>
    </message>
    <message>
        <source>This diary is open for viewing only; the change was not saved.</source>
        <translation>Dieses Tagebuch ist nur zum Ansehen geöffnet; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The episode no longer exists (it may have been deleted); nothing was changed.</source>
        <translation>Dieser Krampf steht nicht mehr im Tagebuch (vielleicht wurde er gelöscht); es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>A check-in needs the date of its night.</source>
        <translation>Ein Abendeintrag braucht das Datum seiner Nacht.</translation>
    </message>
    <message>
        <source>The check-in names a factor that does not exist.</source>
        <translation>Der Abendeintrag nennt einen Faktor, den es nicht gibt.</translation>
    </message>
    <message>
        <source>A factor needs a name.</source>
        <translation>Ein Faktor braucht einen Namen.</translation>
    </message>
    <message>
        <source>A choice factor needs at least two choices.</source>
        <translation>Ein Auswahl-Faktor braucht mindestens zwei Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>Only choice factors have choices.</source>
        <translation>Nur Auswahl-Faktoren haben Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>There is already a factor called %1.</source>
        <translation>Es gibt bereits einen Faktor namens %1.</translation>
    </message>
    <message>
        <source>Only your own factors can be renamed.</source>
        <translation>Nur Ihre eigenen Faktoren können umbenannt werden.</translation>
    </message>
    <message>
        <source>The backup names a built-in factor this version does not know.</source>
        <translation>Die Sicherung nennt einen eingebauten Faktor, den diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>That factor does not exist.</source>
        <translation>Diesen Faktor gibt es nicht.</translation>
    </message>
    <message>
        <source>Only number factors are split; yes/no and choice factors compare their answers.</source>
        <translation>Nur Zahlen-Faktoren werden geteilt; Ja/Nein- und Auswahl-Faktoren vergleichen ihre Antworten.</translation>
    </message>
    <message>
        <source>A split must be a number of zero or more.</source>
        <translation>Eine Teilungsgrenze muss eine Zahl ab null sein.</translation>
    </message>
    <message>
        <source>That medicine no longer exists; nothing was changed.</source>
        <translation>Dieses Medikament gibt es nicht mehr; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>A period not tracked needs a first and a last night, in that order.</source>
        <translation>Ein nicht erfasster Zeitraum braucht eine erste und eine letzte Nacht, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>The experiment&apos;s plan does not match its design; nothing was saved.</source>
        <translation>Der Plan des Selbstversuchs passt nicht zu seinem Aufbau; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>An experiment with your own factor needs one of your yes/no factors.</source>
        <translation>Ein Selbstversuch mit einem eigenen Faktor braucht einen Ihrer Ja/Nein-Faktoren.</translation>
    </message>
    <message>
        <source>The experiment on %1 counts nights until %2; stop it before planning another.</source>
        <translation>Der Selbstversuch (%1) zählt Nächte bis %2; beenden Sie ihn, bevor Sie einen weiteren planen.</translation>
    </message>
    <message>
        <source>The night of %1 is not part of an experiment.</source>
        <translation>Die Nacht vom %1 gehört zu keinem Selbstversuch.</translation>
    </message>
    <message>
        <source>There is no running experiment to stop.</source>
        <translation>Es läuft kein Selbstversuch, der beendet werden könnte.</translation>
    </message>
    <message>
        <source>Say which night had no cramps.</source>
        <translation>Geben Sie an, welche Nacht ohne Krämpfe war.</translation>
    </message>
    <message>
        <source>The night of %1 has not begun yet; nothing was saved.</source>
        <translation>Die Nacht vom %1 hat noch nicht begonnen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The medicine&apos;s name</source>
        <translation>Der Name des Medikaments</translation>
    </message>
    <message>
        <source>The dose</source>
        <translation>Die Dosis</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Die Notizen</translation>
    </message>
    <message>
        <source>The factor&apos;s name</source>
        <translation>Der Name des Faktors</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Die Einheit</translation>
    </message>
    <message>
        <source>A factor offers at most %1 choices; nothing was saved.</source>
        <translation>Ein Faktor bietet höchstens %1 Auswahlmöglichkeiten; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A choice</source>
        <translation>Eine Auswahlmöglichkeit</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <source>The diary has lost its identity; `cramp-diary check --repair` gives it a new one.</source>
        <translation>Das Tagebuch hat seine Kennung verloren; `cramp-diary check --repair` gibt ihm eine neue.</translation>
    </message>
    <message>
        <source>A diary&apos;s identity cannot be empty.</source>
        <translation>Die Kennung eines Tagebuchs darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The questions</source>
        <translation>Die Fragen</translation>
    </message>
</context>
<context>
    <name>DiarySalvage</name>
    <message>
        <source>the cramp of %1 (number %2)</source>
        <translation>der Krampf vom %1 (Nr. %2)</translation>
    </message>
    <message>
        <source>cramp number %1</source>
        <translation>Krampf Nr. %1</translation>
    </message>
    <message>
        <source>a relief tried for cramp number %1</source>
        <translation>ein Linderungsversuch bei Krampf Nr. %1</translation>
    </message>
    <message>
        <source>a warning sign of cramp number %1</source>
        <translation>ein Warnzeichen bei Krampf Nr. %1</translation>
    </message>
    <message>
        <source>the factor “%1”</source>
        <translation>der Faktor „%1“</translation>
    </message>
    <message>
        <source>the check-in of night %1</source>
        <translation>der Abendeintrag zur Nacht %1</translation>
    </message>
    <message>
        <source>a factor value of the check-in of night %1</source>
        <translation>ein Faktorwert des Abendeintrags zur Nacht %1</translation>
    </message>
    <message>
        <source>a medicine taken on night %1</source>
        <translation>ein in der Nacht %1 eingenommenes Medikament</translation>
    </message>
    <message>
        <source>the medicine “%1”</source>
        <translation>das Medikament „%1“</translation>
    </message>
    <message>
        <source>a period of taking medicine number %1 (from %2)</source>
        <translation>ein Einnahmezeitraum von Medikament Nr. %1 (ab %2)</translation>
    </message>
    <message>
        <source>the untracked nights %1 to %2</source>
        <translation>die nicht erfassten Nächte %1 bis %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is %2, which the diary does not allow</source>
        <translation>%1 ist %2, was das Tagebuch nicht zulässt</translation>
    </message>
    <message>
        <source>it belongs to an entry that is not in the diary or was itself left out</source>
        <translation>gehört zu einem Eintrag, der nicht im Tagebuch steht oder selbst weggelassen wurde</translation>
    </message>
    <message>
        <source>The file is cut short: its last pages are missing.</source>
        <translation>Die Datei ist abgeschnitten, ihre letzten Seiten fehlen.</translation>
    </message>
    <message>
        <source>%1 is not a Cramp Diary, so there is nothing to check.</source>
        <translation>%1 ist kein Tagebuch von Cramp Diary, es gibt also nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Nothing in the file can be read: %1</source>
        <translation>Nichts in der Datei ist lesbar: %1</translation>
    </message>
    <message>
        <source>%1 has a diary format this version does not know (%2), so it cannot be checked or repaired.</source>
        <translation>%1 hat ein Tagebuchformat, das diese Version nicht kennt (%2), und kann daher weder geprüft noch repariert werden.</translation>
    </message>
    <message>
        <source>Part of the diary is missing: %1.</source>
        <translation>Ein Teil des Tagebuchs fehlt: %1.</translation>
    </message>
    <message numerus="yes">
        <source> (its %n detail(s), such as reliefs or factor values, were left out with it)</source>
        <translation>
            <numerusform> (zusammen damit wurde %n Detail weggelassen, etwa ein Linderungsversuch oder ein Faktorwert)</numerusform>
            <numerusform> (zusammen damit wurden %n Details weggelassen, etwa Linderungsversuche oder Faktorwerte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s integrity check found %n problem(s) in the file&apos;s pages.</source>
        <translation>
            <numerusform>Die Integritätsprüfung von SQLite fand %n Problem in den Seiten der Datei.</numerusform>
            <numerusform>Die Integritätsprüfung von SQLite fand %n Probleme in den Seiten der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check could not finish: the file is damaged.</source>
        <translation>Die Integritätsprüfung von SQLite konnte nicht abgeschlossen werden: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The %1 of the diary cannot be read.</source>
        <translation>Die Tabelle %1 des Tagebuchs kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Some rows of %1 could not be read: %2.</source>
        <translation>Einige Zeilen von %1 konnten nicht gelesen werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n Krampf</numerusform>
            <numerusform>%n Krämpfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Abendeintrag</numerusform>
            <numerusform>%n Abendeinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s)</source>
        <translation>
            <numerusform>%n Medikament</numerusform>
            <numerusform>%n Medikamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s)</source>
        <translation>
            <numerusform>%n Faktor</numerusform>
            <numerusform>%n Faktoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untracked period(s)</source>
        <translation>
            <numerusform>%n nicht erfasster Zeitraum</numerusform>
            <numerusform>%n nicht erfasste Zeiträume</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“no cramps” on night %1</source>
        <translation>„keine Krämpfe“ in der Nacht vom %1</translation>
    </message>
    <message>
        <source>the self-experiment from %1</source>
        <translation>der Selbstversuch ab %1</translation>
    </message>
    <message>
        <source>the self-experiment&apos;s plan for night %1</source>
        <translation>der Plan des Selbstversuchs für die Nacht vom %1</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a date</source>
        <translation>%1 ist %2, und das ist kein Datum</translation>
    </message>
    <message>
        <source>Not part of a diary: %1, added by another program; a repair leaves it out.</source>
        <translation>Gehört nicht zu einem Tagebuch: %1, von einem anderen Programm hinzugefügt; eine Reparatur lässt es weg.</translation>
    </message>
    <message>
        <source>Cannot keep the repaired copy beside %1; the diary was not changed.</source>
        <translation>Die reparierte Kopie kann nicht neben %1 abgelegt werden; das Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>its “%1” holds %2 characters, more than a diary keeps</source>
        <translation>sein Feld „%1“ enthält %2 Zeichen, mehr als ein Tagebuch aufnimmt</translation>
    </message>
</context>
<context>
    <name>DiaryTableModel</name>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>%1: helped</source>
        <translation>%1: hat geholfen</translation>
    </message>
    <message>
        <source>%1: didn&apos;t help</source>
        <translation>%1: hat nicht geholfen</translation>
    </message>
    <message>
        <source>no cramp</source>
        <translation>kein Krampf</translation>
    </message>
    <message>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <source> ✗</source>
        <translation> ✗</translation>
    </message>
    <message>
        <source>⚠ emergency</source>
        <translation>⚠ Notfall</translation>
    </message>
    <message>
        <source>⚠ see today</source>
        <translation>⚠ heute abklären</translation>
    </message>
    <message>
        <source>⚠ urgent</source>
        <translation>⚠ dringend</translation>
    </message>
    <message>
        <source>⚠ appointment</source>
        <translation>⚠ Termin</translation>
    </message>
    <message>
        <source>⚠ next visit</source>
        <translation>⚠ nächster Termin</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>kein Abendeintrag</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Linderungsversuche</translation>
    </message>
    <message>
        <source>See a clinician</source>
        <translation>Ärztlich abklären</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Nights from</source>
        <translation>Nächte &amp;von</translation>
    </message>
    <message>
        <source>Only show a range of nights</source>
        <translation>Nur einen Zeitraum von Nächten zeigen</translation>
    </message>
    <message>
        <source>First night shown</source>
        <translation>Erste gezeigte Nacht</translation>
    </message>
    <message>
        <source>Last night shown</source>
        <translation>Letzte gezeigte Nacht</translation>
    </message>
    <message>
        <source>Any leg</source>
        <translation>Jedes Bein</translation>
    </message>
    <message>
        <source>Show only this leg</source>
        <translation>Nur dieses Bein zeigen</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Severity ≥ </source>
        <translation>Schweregrad ≥ </translation>
    </message>
    <message>
        <source>Show only cramps at least this severe</source>
        <translation>Nur Krämpfe ab diesem Schweregrad zeigen</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search in notes</source>
        <translation>In den Notizen suchen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Nights &amp;not tracked…</source>
        <translation>Nicht &amp;erfasste Nächte…</translation>
    </message>
    <message>
        <source>Mark nights as not tracked</source>
        <translation>Nächte als nicht erfasst markieren</translation>
    </message>
    <message>
        <source>Travel or illness: leave those nights out of every rate</source>
        <translation>Reise oder Krankheit: Diese Nächte werden bei keiner Häufigkeit mitgezählt</translation>
    </message>
    <message>
        <source>Cramps and check-ins, newest night first</source>
        <translation>Krämpfe und Abendeinträge, neueste Nacht zuerst</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No entries yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each cramp you log (press &lt;b&gt;L&lt;/b&gt;) and each evening check-in (press &lt;b&gt;E&lt;/b&gt;) appears here, newest night first. To bring in an earlier diary, use File → Import from CSV.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Einträge.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jeder Krampf, den Sie eintragen (Taste &lt;b&gt;L&lt;/b&gt;), und jeder Abendeintrag (Taste &lt;b&gt;E&lt;/b&gt;) erscheint hier, die neueste Nacht zuerst. Um ein früheres Tagebuch zu übernehmen, verwenden Sie Datei → Krämpfe aus CSV importieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing matches these filters: clear the search or widen the nights shown.</source>
        <translation>Nichts passt zu diesen Filtern: Leeren Sie die Suche oder zeigen Sie mehr Nächte.</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) shown</source>
        <translation>
            <numerusform>%n Krampf angezeigt</numerusform>
            <numerusform>%n Krämpfe angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Leg</source>
        <translation>&amp;Bein</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation>Oberschenkel vorne</translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation>Oberschenkel hinten</translation>
    </message>
    <message>
        <source>Toes</source>
        <translation>Zehen</translation>
    </message>
    <message>
        <source>Other muscle</source>
        <translation>Anderer Muskel</translation>
    </message>
    <message>
        <source>Stretched the muscle</source>
        <translation>Muskel gedehnt</translation>
    </message>
    <message>
        <source>Stood on the leg</source>
        <translation>Auf das Bein gestellt</translation>
    </message>
    <message>
        <source>Walked about</source>
        <translation>Umhergegangen</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Swelling of the leg</source>
        <translation>Schwellung des Beins</translation>
    </message>
    <message>
        <source>Redness of the leg</source>
        <translation>Rötung des Beins</translation>
    </message>
    <message>
        <source>Leg feels warm</source>
        <translation>Bein fühlt sich warm an</translation>
    </message>
    <message>
        <source>Pain not relieved by stretching</source>
        <translation>Schmerz lässt beim Dehnen nicht nach</translation>
    </message>
    <message>
        <source>Constant pain</source>
        <translation>Anhaltender Schmerz</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Taubheit oder Kribbeln</translation>
    </message>
    <message>
        <source>Pain brought on by walking</source>
        <translation>Schmerz beim Gehen</translation>
    </message>
    <message>
        <source>Pain eased by hanging the leg down</source>
        <translation>Schmerz lässt nach, wenn das Bein herabhängt</translation>
    </message>
    <message>
        <source>Muscle weakness or wasting</source>
        <translation>Muskelschwäche oder Muskelschwund</translation>
    </message>
    <message>
        <source>Short of breath or chest pain</source>
        <translation>Atemnot oder Brustschmerzen</translation>
    </message>
    <message>
        <source>Diuretic (water tablet)</source>
        <translation>Diuretikum (Entwässerungsmittel)</translation>
    </message>
    <message>
        <source>Statin</source>
        <translation>Statin (Cholesterinsenker)</translation>
    </message>
    <message>
        <source>Long-acting inhaler (beta agonist)</source>
        <translation>Langwirksames Inhalationsspray (Beta-Agonist)</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Anderes Medikament</translation>
    </message>
    <message>
        <source>Water drunk</source>
        <translation>Getrunkenes Wasser</translation>
    </message>
    <message>
        <source>Stretched before bed</source>
        <translation>Vor dem Schlafen gedehnt</translation>
    </message>
    <message>
        <source>Sleep position</source>
        <translation>Schlafposition</translation>
    </message>
    <message>
        <source>Exercise or overexertion today</source>
        <translation>Sport oder Überanstrengung heute</translation>
    </message>
    <message>
        <source>Long sitting today</source>
        <translation>Langes Sitzen heute</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>Magnesium-rich food</source>
        <translation>Magnesiumreiche Kost</translation>
    </message>
    <message>
        <source>Potassium-rich food</source>
        <translation>Kaliumreiche Kost</translation>
    </message>
    <message>
        <source>Magnesium supplement</source>
        <translation>Magnesiumpräparat</translation>
    </message>
    <message>
        <source>Vitamin D supplement</source>
        <translation>Vitamin-D-Präparat</translation>
    </message>
    <message>
        <source>Other supplement</source>
        <translation>Anderes Nahrungsergänzungsmittel</translation>
    </message>
    <message>
        <source>Time in the sun</source>
        <translation>Zeit in der Sonne</translation>
    </message>
    <message>
        <source>Stress (0-10)</source>
        <translation>Stress (0-10)</translation>
    </message>
    <message>
        <source>Toes pointed down</source>
        <translation>Zehen nach unten gestreckt</translation>
    </message>
    <message>
        <source>On my back</source>
        <translation>Auf dem Rücken</translation>
    </message>
    <message>
        <source>On my side</source>
        <translation>Auf der Seite</translation>
    </message>
    <message>
        <source>On my front</source>
        <translation>Auf dem Bauch</translation>
    </message>
    <message>
        <source>left</source>
        <comment>leg, inside a sentence</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <comment>leg, inside a sentence</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>both legs</source>
        <comment>inside a sentence</comment>
        <translation>beide Beine</translation>
    </message>
    <message>
        <source>calf</source>
        <comment>muscle, inside a sentence</comment>
        <translation>Wade</translation>
    </message>
    <message>
        <source>foot</source>
        <comment>muscle, inside a sentence</comment>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>front of thigh</source>
        <comment>muscle, inside a sentence</comment>
        <translation>Oberschenkelvorderseite</translation>
    </message>
    <message>
        <source>back of thigh</source>
        <comment>muscle, inside a sentence</comment>
        <translation>Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>toes</source>
        <comment>muscle, inside a sentence</comment>
        <translation>Zehen</translation>
    </message>
    <message>
        <source>other muscle</source>
        <comment>muscle, inside a sentence</comment>
        <translation>anderer Muskel</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a cramp&apos;s side and muscle inside a sentence: left calf</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>lower-case</source>
        <comment>Inside a sentence, is a name (Alcohol, On my side) written with a small first letter? Translate as lower-case or as as-written (German: as-written)</comment>
        <translation>as-written</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>EncryptedBackup</name>
    <message>
        <source>The encryption library could not start; nothing was written.</source>
        <translation>Die Verschlüsselungsbibliothek konnte nicht starten; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>There was not enough memory to derive the key from the passphrase; nothing was done.</source>
        <translation>Es war nicht genug Arbeitsspeicher frei, um den Schlüssel aus dem Passwort abzuleiten; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters; nothing was written.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>This file is not a passphrase-protected Cramp Diary backup.</source>
        <translation>Diese Datei ist keine passwortgeschützte Sicherung von Cramp Diary.</translation>
    </message>
    <message>
        <source>The protected backup is cut short (its header is incomplete); nothing was restored.</source>
        <translation>Die geschützte Sicherung ist abgeschnitten (ihr Kopfteil ist unvollständig); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The protected backup was written by a newer version of Cramp Diary (format %1); update the app. Nothing was restored.</source>
        <translation>Die geschützte Sicherung stammt von einer neueren Version von Cramp Diary (Format %1); aktualisieren Sie die App. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The protected backup&apos;s header is damaged; nothing was restored.</source>
        <translation>Der Kopfteil der geschützten Sicherung ist beschädigt; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The protected backup is cut short; nothing was restored.</source>
        <translation>Die geschützte Sicherung ist abgeschnitten; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the backup was changed after it was written; nothing was restored.</source>
        <translation>Das Passwort ist falsch, oder die Sicherung wurde nach dem Schreiben verändert; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The protected backup was changed or cut short after it was written; nothing was restored.</source>
        <translation>Die geschützte Sicherung wurde nach dem Schreiben verändert oder abgeschnitten; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The protected backup has bytes after its end; it was changed. Nothing was restored.</source>
        <translation>Die geschützte Sicherung hat Bytes nach ihrem Ende, sie wurde also verändert. Es wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>EpisodeCsv</name>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be yes, no or empty</source>
        <translation>„%1“ muss yes, no oder leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of %2</source>
        <translation>„%1“ muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <source>the columns must be exactly: %1</source>
        <translation>die Spalten müssen genau diese sein: %1</translation>
    </message>
    <message>
        <source> (missing: %1)</source>
        <translation> (fehlend: %1)</translation>
    </message>
    <message>
        <source> (unknown: %1)</source>
        <translation> (unbekannt: %1)</translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected</source>
        <translation>%1 Felder, erwartet wurden %2</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time written YYYY-MM-DDTHH:MM[:SS]</source>
        <translation>„%1“ ist keine Zeit in der Form YYYY-MM-DDTHH:MM[:SS]</translation>
    </message>
    <message>
        <source>%1 is not a time a diary can hold (years 1900 to 2200)</source>
        <translation>%1 ist keine Zeit, die ein Tagebuch aufnehmen kann (Jahre 1900 bis 2200)</translation>
    </message>
    <message>
        <source>the offset from UTC is needed to place the time</source>
        <translation>der Abstand zu UTC wird benötigt, um die Zeit einzuordnen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a relief (%2), optionally followed by :yes or :no</source>
        <translation>„%1“ muss ein Linderungsversuch sein (%2), wahlweise gefolgt von :yes oder :no</translation>
    </message>
    <message>
        <source>the diary refused this row: %1</source>
        <translation>das Tagebuch hat diese Zeile abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>EpisodeEditorDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Edit cramp</source>
        <translation>Krampf bearbeiten</translation>
    </message>
    <message>
        <source>New cramp</source>
        <translation>Neuer Krampf</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Duration unit</source>
        <translation>Einheit der Dauer</translation>
    </message>
    <message>
        <source>&amp;Lasted</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Severity, 0 to 10</source>
        <translation>Schweregrad, 0 bis 10</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>L&amp;eg</source>
        <translation>B&amp;ein</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>&amp;Muscle</source>
        <translation>&amp;Muskel</translation>
    </message>
    <message>
        <source>Woke me from sleep</source>
        <translation>Hat mich aus dem Schlaf geweckt</translation>
    </message>
    <message>
        <source>&amp;Woke me</source>
        <translation>Hat mich &amp;geweckt</translation>
    </message>
    <message>
        <source>Sleep disturbance, 0 to 10</source>
        <translation>Schlafstörung, 0 bis 10</translation>
    </message>
    <message>
        <source>Sleep &amp;disturbance</source>
        <translation>Schlafstö&amp;rung</translation>
    </message>
    <message>
        <source>Sore afterwards</source>
        <translation>Muskelkater danach</translation>
    </message>
    <message>
        <source>S&amp;ore afterwards</source>
        <translation>Muskel&amp;kater danach</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Linderungsversuche</translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation>Linderungsversuch: %1</translation>
    </message>
    <message>
        <source>Helped?</source>
        <translation>Geholfen?</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Hat geholfen</translation>
    </message>
    <message>
        <source>Didn&apos;t help</source>
        <translation>Hat nicht geholfen</translation>
    </message>
    <message>
        <source>Did %1 help?</source>
        <translation>Hat „%1“ geholfen?</translation>
    </message>
    <message>
        <source>Warning signs noticed (a clinician should see these)</source>
        <translation>Bemerkte Warnzeichen (diese sollte sich eine Ärztin oder ein Arzt ansehen)</translation>
    </message>
    <message>
        <source>Warning sign: %1</source>
        <translation>Warnzeichen: %1</translation>
    </message>
    <message>
        <source>Save cramp</source>
        <translation>Krampf speichern</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Enter the duration as a number, or leave it empty if unknown.</source>
        <translation>Geben Sie die Dauer als Zahl ein oder lassen Sie das Feld leer, wenn sie unbekannt ist.</translation>
    </message>
</context>
<context>
    <name>EpisodeValidator</name>
    <message>
        <source>Enter when the cramp started.</source>
        <translation>Geben Sie an, wann der Krampf begann.</translation>
    </message>
    <message>
        <source>The start is in the future; enter a time up to now.</source>
        <translation>Der Beginn liegt in der Zukunft; geben Sie eine Zeit bis jetzt ein.</translation>
    </message>
    <message>
        <source>The start is before 1900; check the year.</source>
        <translation>Der Beginn liegt vor 1900; prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation>Die Dauer muss zwischen 0 und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>Severity must be a whole number from 0 to 10.</source>
        <translation>Der Schweregrad muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <source>Sleep disturbance must be a whole number from 0 to 10.</source>
        <translation>Die Schlafstörung muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <source>The time zone offset must be within 18 hours of UTC.</source>
        <translation>Der Zeitzonenabstand darf höchstens 18 Stunden von UTC abweichen.</translation>
    </message>
    <message>
        <source>Each relief can be listed only once.</source>
        <translation>Jeder Linderungsversuch kann nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Die Notizen</translation>
    </message>
</context>
<context>
    <name>ExperimentChange</name>
    <message numerus="yes">
        <source>Stretching for %n minute(s) before bed</source>
        <translation>
            <numerusform>%n Minute Dehnen vor dem Schlafengehen</numerusform>
            <numerusform>%n Minuten Dehnen vor dem Schlafengehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Drinking at least %1 ml of water</source>
        <translation>Mindestens %1 ml Wasser trinken</translation>
    </message>
    <message>
        <source>A magnesium supplement</source>
        <translation>Ein Magnesiumpräparat</translation>
    </message>
    <message>
        <source>Not sleeping with the toes pointed</source>
        <translation>Nicht mit nach unten gestreckten Zehen schlafen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>Stretch your calves for %n minute(s) before bed</source>
        <translation>
            <numerusform>Dehnen Sie Ihre Waden %n Minute lang vor dem Schlafengehen</numerusform>
            <numerusform>Dehnen Sie Ihre Waden %n Minuten lang vor dem Schlafengehen</numerusform>
        </translation>
    </message>
    <message>
        <source>No stretching before bed</source>
        <translation>Kein Dehnen vor dem Schlafengehen</translation>
    </message>
    <message>
        <source>Drink at least %1 ml of water today</source>
        <translation>Trinken Sie heute mindestens %1 ml Wasser</translation>
    </message>
    <message>
        <source>Drink as you usually do</source>
        <translation>Trinken Sie wie gewohnt</translation>
    </message>
    <message>
        <source>Take the magnesium supplement</source>
        <translation>Nehmen Sie das Magnesiumpräparat ein</translation>
    </message>
    <message>
        <source>No magnesium supplement</source>
        <translation>Kein Magnesiumpräparat</translation>
    </message>
    <message>
        <source>Keep your toes from pointing (a loose blanket, a pillow at the feet)</source>
        <translation>Achten Sie darauf, dass Ihre Zehen nicht nach unten gestreckt sind (eine locker liegende Decke, ein Kissen an den Füßen)</translation>
    </message>
    <message>
        <source>Sleep as you usually do</source>
        <translation>Schlafen Sie wie gewohnt</translation>
    </message>
    <message>
        <source>With “%1”</source>
        <translation>Mit „%1“</translation>
    </message>
    <message>
        <source>Without “%1”</source>
        <translation>Ohne „%1“</translation>
    </message>
</context>
<context>
    <name>ExperimentCommand</name>
    <message>
        <source>--factor: &apos;%1&apos; is neither stretching, water, magnesium, toes_not_pointed nor one of your own yes/no factors.</source>
        <translation>--factor: „%1“ ist weder stretching, water, magnesium, toes_not_pointed noch einer Ihrer eigenen Ja/Nein-Faktoren.</translation>
    </message>
    <message>
        <source>experiment plan needs --factor (stretching, water, magnesium, toes_not_pointed, or the name of one of your own yes/no factors).</source>
        <translation>experiment plan braucht --factor (stretching, water, magnesium, toes_not_pointed oder den Namen eines Ihrer eigenen Ja/Nein-Faktoren).</translation>
    </message>
    <message>
        <source>--start: an experiment starts tonight (%1) or later; its nights are assigned before they happen.</source>
        <translation>--start: Ein Selbstversuch beginnt heute Nacht (%1) oder später; seine Nächte werden zugeteilt, bevor sie stattfinden.</translation>
    </message>
    <message>
        <source>Planned: %1, %2 nights from %3 to %4 (seed %5).</source>
        <translation>Geplant: %1, %2 Nächte vom %3 bis %4 (Startwert %5).</translation>
    </message>
    <message>
        <source>No experiment yet. Plan one with: cramp-diary experiment plan --factor stretching</source>
        <translation>Noch kein Selbstversuch. Planen Sie einen mit: cramp-diary experiment plan --factor stretching</translation>
    </message>
    <message>
        <source>%1, %2 to %3:</source>
        <translation>%1, %2 bis %3:</translation>
    </message>
    <message>
        <source>baseline, as usual</source>
        <translation>Vorlaufwoche, wie gewohnt</translation>
    </message>
    <message>
        <source>%1 (washout, not counted)</source>
        <translation>%1 (Auswaschnacht, zählt nicht)</translation>
    </message>
    <message>
        <source> - followed</source>
        <translation> – eingehalten</translation>
    </message>
    <message>
        <source> - not followed</source>
        <translation> – nicht eingehalten</translation>
    </message>
    <message>
        <source>There is no experiment in this diary yet.</source>
        <translation>In diesem Tagebuch gibt es noch keinen Selbstversuch.</translation>
    </message>
    <message>
        <source>Stopped the experiment on %1 after the night of %2; its result counts the nights up to then (cramp-diary experiment result).</source>
        <translation>Der Selbstversuch (%1) wurde nach der Nacht vom %2 beendet; sein Ergebnis berücksichtigt die Nächte bis dahin (cramp-diary experiment result).</translation>
    </message>
    <message>
        <source>A self-experiment: test one change to your evenings with a plan of nights drawn at random (a trial of one).
  plan    plan one and fix its nights
  show    every planned night
  result  what it shows so far
  stop    end it early</source>
        <translation>Ein Selbstversuch: Testen Sie eine Änderung an Ihren Abenden mit einem Plan zufällig ausgeloster Nächte (eine Studie mit nur einer Person).
  plan    einen planen und seine Nächte festlegen
  show    jede geplante Nacht
  result  was er bisher zeigt
  stop    ihn vorzeitig beenden</translation>
    </message>
    <message>
        <source>plan: what to test: stretching, water, magnesium, toes_not_pointed, or one of your own yes/no factors by name.</source>
        <translation>plan: was getestet wird: stretching, water, magnesium, toes_not_pointed oder einer Ihrer eigenen Ja/Nein-Faktoren mit seinem Namen.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>plan: minutes of stretching (default 10).</source>
        <translation>plan: Minuten Dehnen (Standard 10).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>plan: water to drink (default 2000).</source>
        <translation>plan: zu trinkende Wassermenge (Standard 2000).</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>plan: nights with a plan (default 28, half with the change).</source>
        <translation>plan: Nächte mit Plan (Standard 28, die Hälfte mit der Änderung).</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>plan: start with a week as usual, not counted.</source>
        <translation>plan: mit einer Vorlaufwoche wie gewohnt beginnen, die nicht mitzählt.</translation>
    </message>
    <message>
        <source>plan (magnesium): nights at the start of each block left out, 0 to 6.</source>
        <translation>plan (magnesium): Auswaschnächte am Anfang jedes Blocks, die nicht mitzählen, 0 bis 6.</translation>
    </message>
    <message>
        <source>plan: the first night (default tonight).</source>
        <translation>plan: die erste Nacht (Standard: heute Nacht).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>plan: the random seed, to draw a known plan.</source>
        <translation>plan: der Startwert (Seed) des Zufalls, um einen bekannten Plan auszulosen.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>experiment needs an action: %1 (got &apos;%2&apos;).</source>
        <translation>experiment braucht eine Aktion: %1 (angegeben: „%2“).</translation>
    </message>
    <message>
        <source>The diary has fewer than 7 tracked nights, so it cannot tell yet how often cramps come, nor what this plan can detect. Add --nights-a-week N (how many nights a week cramps wake you) to see it.</source>
        <translation>Das Tagebuch hat weniger als 7 erfasste Nächte und kann deshalb noch nicht sagen, wie oft Krämpfe kommen, noch was dieser Plan erkennen kann. Geben Sie --nights-a-week N an (in wie vielen Nächten pro Woche Krämpfe Sie wecken), um es zu sehen.</translation>
    </message>
    <message>
        <source>Not finished: %1 nights of the plan have ended, %2 of them recorded; no result until the night of %3 has ended.</source>
        <translation>Noch nicht beendet: %1 Nächte des Plans sind vorbei, %2 davon eingetragen; ein Ergebnis gibt es erst, wenn die Nacht vom %3 vorbei ist.</translation>
    </message>
    <message>
        <source>Note: a plan stopped because it looked good overstates the effect; the result says it was stopped early and how many nights it rests on.</source>
        <translation>Hinweis: Ein Plan, der beendet wird, weil er gut aussah, überschätzt die Wirkung; das Ergebnis nennt den vorzeitigen Abbruch und auf wie vielen Nächten es beruht.</translation>
    </message>
    <message>
        <source>plan: about how many nights a week cramps wake you (0-7), for what the plan can detect; by default read from the diary&apos;s last weeks.</source>
        <translation>plan: in etwa wie vielen Nächten pro Woche Krämpfe Sie wecken (0-7), für das, was der Plan erkennen kann; standardmäßig aus den letzten Wochen des Tagebuchs gelesen.</translation>
    </message>
</context>
<context>
    <name>ExperimentDesign</name>
    <message>
        <source>Choose the first night of the experiment.</source>
        <translation>Wählen Sie die erste Nacht des Selbstversuchs.</translation>
    </message>
    <message>
        <source>A block needs at least 2 nights.</source>
        <translation>Ein Block braucht mindestens 2 Nächte.</translation>
    </message>
    <message>
        <source>The experiment must last from %1 to %2 nights.</source>
        <translation>Der Selbstversuch muss %1 bis %2 Nächte dauern.</translation>
    </message>
    <message>
        <source>A block needs an even number of nights, half with the change and half without.</source>
        <translation>Ein Block braucht eine gerade Zahl von Nächten, die Hälfte mit der Änderung und die Hälfte ohne.</translation>
    </message>
    <message>
        <source>Washout nights apply to blocks in pairs only; nights assigned one by one have none.</source>
        <translation>Auswaschnächte gibt es nur bei Blöcken in Paaren; einzeln zugeteilte Nächte haben keine.</translation>
    </message>
    <message>
        <source>The %1 nights must be a whole number of %2-night blocks.</source>
        <translation>Die %1 Nächte müssen eine ganze Zahl von Blöcken zu %2 Nächten sein.</translation>
    </message>
    <message>
        <source>The washout must be from 0 to %1 nights, shorter than a block.</source>
        <translation>Die Auswaschzeit muss 0 bis %1 Nächte lang sein, kürzer als ein Block.</translation>
    </message>
    <message>
        <source>The %1 nights must be a whole number of pairs of %2-night blocks (%3 nights a pair).</source>
        <translation>Die %1 Nächte müssen eine ganze Zahl von Paaren aus Blöcken zu %2 Nächten sein (%3 Nächte je Paar).</translation>
    </message>
</context>
<context>
    <name>ExperimentPlanDialog</name>
    <message>
        <source>Plan a self-experiment</source>
        <translation>Selbstversuch planen</translation>
    </message>
    <message>
        <source>Test whether one change helps you. A plan drawn at random now decides, night by night, whether you make the change, so that neither chance nor habit decides for you. Check in each evening and log your cramps as usual; the result compares the two kinds of night.</source>
        <translation>Testen Sie, ob Ihnen eine Änderung hilft. Ein jetzt zufällig ausgeloster Plan legt Nacht für Nacht fest, ob Sie die Änderung vornehmen, damit weder Zufall noch Gewohnheit für Sie entscheiden. Machen Sie jeden Abend Ihren Abendeintrag und tragen Sie Ihre Krämpfe wie gewohnt ein; das Ergebnis vergleicht die beiden Arten von Nächten.</translation>
    </message>
    <message>
        <source>Stretching before bed</source>
        <translation>Dehnen vor dem Schlafengehen</translation>
    </message>
    <message>
        <source>Drinking more water</source>
        <translation>Mehr Wasser trinken</translation>
    </message>
    <message>
        <source>A magnesium supplement</source>
        <translation>Ein Magnesiumpräparat</translation>
    </message>
    <message>
        <source>Not sleeping with the toes pointed</source>
        <translation>Nicht mit nach unten gestreckten Zehen schlafen</translation>
    </message>
    <message>
        <source>Your factor: %1</source>
        <translation>Ihr Faktor: %1</translation>
    </message>
    <message>
        <source>&amp;What to test</source>
        <translation>&amp;Was getestet wird</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of stretching</source>
        <translation>Minuten Dehnen</translation>
    </message>
    <message>
        <source>&amp;Stretching for</source>
        <translation>&amp;Dehnen für</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> ml</translation>
    </message>
    <message>
        <source>Water to drink on a night with the change</source>
        <translation>Zu trinkende Wassermenge in einer Nacht mit der Änderung</translation>
    </message>
    <message>
        <source>Water, at &amp;least</source>
        <translation>Wasser, &amp;mindestens</translation>
    </message>
    <message>
        <source>Nights with a plan</source>
        <translation>Nächte mit Plan</translation>
    </message>
    <message>
        <source>&amp;Nights</source>
        <translation>&amp;Nächte</translation>
    </message>
    <message>
        <source>Start with a &amp;baseline week, as usual (not counted)</source>
        <translation>Mit einer &amp;Vorlaufwoche wie gewohnt beginnen (zählt nicht)</translation>
    </message>
    <message>
        <source>First night of the experiment</source>
        <translation>Erste Nacht des Selbstversuchs</translation>
    </message>
    <message>
        <source>&amp;First night</source>
        <translation>&amp;Erste Nacht</translation>
    </message>
    <message>
        <source>What this plan can detect</source>
        <translation>Was dieser Plan erkennen kann</translation>
    </message>
    <message>
        <source>The nights are drawn when you start, from the random seed %1, which is kept with the plan. They never change afterwards.</source>
        <translation>Die Nächte werden beim Start mit dem Zufalls-Startwert %1 ausgelost, der mit dem Plan gespeichert wird. Danach ändern sie sich nie mehr.</translation>
    </message>
    <message>
        <source>&amp;Start the experiment</source>
        <translation>Selbstversuch &amp;starten</translation>
    </message>
    <message>
        <source>With %1 nights, about %2 times in 10.</source>
        <translation>Mit %1 Nächten in etwa %2 von 10 Fällen.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source> nights a week</source>
        <translation> Nächte pro Woche</translation>
    </message>
    <message>
        <source>About how many nights a week do cramps wake you?</source>
        <translation>In etwa wie vielen Nächten pro Woche wecken Sie Krämpfe?</translation>
    </message>
    <message>
        <source>About how many nights a week do cramps &amp;wake you?</source>
        <translation>In etwa wie vielen Nächten pro Woche &amp;wecken Sie Krämpfe?</translation>
    </message>
    <message>
        <source>The diary is too young to tell how often cramps come. Say about how many nights a week they wake you to see what this plan can detect.</source>
        <translation>Das Tagebuch ist noch zu jung, um zu sagen, wie oft Krämpfe kommen. Geben Sie an, in etwa wie vielen Nächten pro Woche sie Sie wecken, um zu sehen, was dieser Plan erkennen kann.</translation>
    </message>
    <message>
        <source>With no cramp nights now, there is nothing for a change to lower: an experiment cannot show a difference.</source>
        <translation>Ohne Krampfnächte gibt es nichts, was eine Änderung senken könnte: Ein Selbstversuch kann keinen Unterschied zeigen.</translation>
    </message>
    <message>
        <source>Show &amp;advanced settings</source>
        <translation>&amp;Erweiterte Einstellungen zeigen</translation>
    </message>
    <message>
        <source>Nights not counted at the start of each week (washout)</source>
        <translation>Nicht gezählte Nächte am Anfang jeder Woche (Auswaschphase)</translation>
    </message>
    <message>
        <source>For a supplement: the first nights of each week are followed but not counted, while the week before wears off.</source>
        <translation>Bei einem Nahrungsergänzungsmittel: Die ersten Nächte jeder Woche werden befolgt, aber nicht gezählt, solange die Wirkung der Vorwoche abklingt.</translation>
    </message>
    <message>
        <source>Nights not counted at the start of each week (wash&amp;out)</source>
        <translation>Nicht gezählte Nächte am Anfang jeder Woche (A&amp;uswaschphase)</translation>
    </message>
    <message>
        <source>A supplement builds up over days, so it is tested a week at a time: a week with it, a week without, in an order drawn at random.</source>
        <translation>Ein Nahrungsergänzungsmittel wirkt erst über Tage, deshalb wird es wochenweise getestet: eine Woche mit, eine Woche ohne, in einer zufällig gezogenen Reihenfolge.</translation>
    </message>
    <message>
        <source>This change acts the same night, so it is tested night by night: in every two weeks, seven nights with it and seven without, in an order drawn at random.</source>
        <translation>Diese Änderung wirkt noch in derselben Nacht, deshalb wird sie Nacht für Nacht getestet: in je zwei Wochen sieben Nächte mit und sieben ohne, in einer zufällig gezogenen Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>ExperimentSection</name>
    <message>
        <source>Self-experiment</source>
        <translation>Selbstversuch</translation>
    </message>
    <message>
        <source>blocks of %1 nights in pairs of random order, %2 washout nights each</source>
        <translation>Blöcke von %1 Nächten in Paaren mit zufälliger Reihenfolge, je %2 Auswaschnächte</translation>
    </message>
    <message>
        <source>nights assigned at random, half with the change in every %1</source>
        <translation>Nächte zufällig zugeteilt, in je %1 Nächten die Hälfte mit der Änderung</translation>
    </message>
    <message>
        <source>The person tested %1 from %2 to %3 with a plan fixed in advance (%4; random seed %5). Outcome: whether a night had a cramp.</source>
        <translation>Die Person hat %1 vom %2 bis %3 mit einem im Voraus festgelegten Plan getestet (%4; Zufalls-Startwert %5). Zielgröße: ob in einer Nacht ein Krampf auftrat.</translation>
    </message>
    <message>
        <source>As assigned</source>
        <translation>Laut Zuteilung</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Cramp nights</source>
        <translation>Krampfnächte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cramps per night</source>
        <translation>Krämpfe pro Nacht</translation>
    </message>
    <message>
        <source>With the change</source>
        <translation>Mit der Änderung</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Ohne</translation>
    </message>
</context>
<context>
    <name>ExperimentView</name>
    <message>
        <source>Self-experiment</source>
        <translation>Selbstversuch</translation>
    </message>
    <message>
        <source>The self-experiment</source>
        <translation>Der Selbstversuch</translation>
    </message>
    <message>
        <source>Tonight&apos;s self-experiment</source>
        <translation>Selbstversuch für heute Nacht</translation>
    </message>
    <message>
        <source>What the experiment shows</source>
        <translation>Was der Selbstversuch zeigt</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Plan a self-experiment…</source>
        <translation>Selbstversuch &amp;planen…</translation>
    </message>
    <message>
        <source>S&amp;top early…</source>
        <translation>&amp;Vorzeitig beenden…</translation>
    </message>
    <message>
        <source>Stop the experiment early</source>
        <translation>Selbstversuch vorzeitig beenden</translation>
    </message>
    <message>
        <source>The experiment&apos;s nights</source>
        <translation>Die Nächte des Selbstversuchs</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Kept to the plan</source>
        <translation>Plan eingehalten</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <source>No self-experiment yet</source>
        <translation>Noch kein Selbstversuch</translation>
    </message>
    <message>
        <source>&lt;p&gt;The insights show which evenings go with bad nights. A self-experiment asks whether a change &lt;i&gt;helps you&lt;/i&gt;: for four weeks or more, a plan drawn at random says each evening whether to make the change, and the diary compares the nights with and without it. This is how clinical science tests a treatment for one person (a trial of one).&lt;/p&gt;&lt;p&gt;Good candidates are changes the guidance discusses, such as stretching the calves before bed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Zusammenhänge zeigen, welche Abende mit schlechten Nächten einhergehen. Ein Selbstversuch fragt, ob eine Änderung &lt;i&gt;Ihnen hilft&lt;/i&gt;: Vier Wochen lang oder länger sagt Ihnen ein zufällig ausgeloster Plan jeden Abend, ob Sie die Änderung vornehmen, und das Tagebuch vergleicht die Nächte mit und ohne sie. So prüft die klinische Forschung eine Behandlung bei einer einzelnen Person (eine Studie mit nur einer Person).&lt;/p&gt;&lt;p&gt;Gut geeignet sind Änderungen, die im Ratgeber besprochen werden, etwa das Dehnen der Waden vor dem Schlafengehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <source>Stopped early after the night of %1.</source>
        <translation>Nach der Nacht vom %1 vorzeitig beendet.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Tonight, %1</source>
        <translation>Heute Nacht: %1</translation>
    </message>
    <message>
        <source>Baseline, as usual</source>
        <translation>Vorlaufwoche, wie gewohnt</translation>
    </message>
    <message>
        <source>%1 (washout, not counted)</source>
        <translation>%1 (Auswaschnacht, zählt nicht)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Stop the experiment early?</source>
        <translation>Selbstversuch vorzeitig beenden?</translation>
    </message>
    <message>
        <source>The result will count the nights up to last night. The plan cannot be resumed.</source>
        <translation>Das Ergebnis berücksichtigt die Nächte bis einschließlich der letzten Nacht. Der Plan kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>&amp;Stop it</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Show the &amp;numbers</source>
        <translation>&amp;Zahlen zeigen</translation>
    </message>
    <message>
        <source>The difference, the randomisation test over the plans the scheme allows, and the nights as followed</source>
        <translation>Der Unterschied, der Randomisierungstest über die Pläne, die das Schema zulässt, und die Nächte wie befolgt</translation>
    </message>
</context>
<context>
    <name>ExperimentWording</name>
    <message>
        <source>With the change, cramps came on %1 of %2 nights (%3); without it, on %4 of %5 nights (%6).</source>
        <translation>Mit der Änderung kamen Krämpfe in %1 von %2 Nächten (%3); ohne sie in %4 von %5 Nächten (%6).</translation>
    </message>
    <message>
        <source>With %1 nights each way and cramps on %2 of nights now, a fall to %3 would be found about %4 times in 10.</source>
        <translation>Mit je %1 Nächten mit und ohne Änderung und Krämpfen in derzeit %2 der Nächte würde ein Rückgang auf %3 in etwa %4 von 10 Fällen erkannt.</translation>
    </message>
    <message numerus="yes">
        <source>With %n pair(s) of blocks there are only %1 possible orders, so this plan can never give a p-value below %2. A clear result needs at least 5 pairs (%3 nights).</source>
        <translation>
            <numerusform>Mit %n Blockpaar gibt es nur %1 mögliche Reihenfolgen, daher kann dieser Plan nie einen p-Wert unter %2 ergeben. Ein klares Ergebnis braucht mindestens 5 Paare (%3 Nächte).</numerusform>
            <numerusform>Mit %n Blockpaaren gibt es nur %1 mögliche Reihenfolgen, daher kann dieser Plan nie einen p-Wert unter %2 ergeben. Ein klares Ergebnis braucht mindestens 5 Paare (%3 Nächte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Night %1 of %2 (baseline week): as usual, nothing to change yet</source>
        <translation>Nacht %1 von %2 (Vorlaufwoche): wie gewohnt, noch nichts ändern</translation>
    </message>
    <message>
        <source>Night %1 of %2: %3</source>
        <translation>Nacht %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1, exact over all %2 plans the scheme allows</source>
        <translation>%1, exakt über alle %2 Pläne, die das Schema zulässt</translation>
    </message>
    <message>
        <source>%1 (±%2), from %3 plans drawn at random from the scheme</source>
        <translation>%1 (±%2), aus %3 zufällig nach dem Schema ausgelosten Plänen</translation>
    </message>
    <message>
        <source>Fewer cramp nights with the change</source>
        <translation>Weniger Krampfnächte mit der Änderung</translation>
    </message>
    <message>
        <source>No clear difference</source>
        <translation>Kein klarer Unterschied</translation>
    </message>
    <message>
        <source>Randomisation test of the plan as drawn: %1.</source>
        <translation>Randomisierungstest des ausgelosten Plans: %1.</translation>
    </message>
    <message>
        <source>Counting only the %1 nights when the plan was followed as the check-in recorded: %2 of nights with the change against %3 without%4.</source>
        <translation>Nur die %1 Nächte gezählt, in denen der Plan laut Abendeintrag eingehalten wurde: Krämpfe in %2 der Nächte mit der Änderung gegenüber %3 ohne%4.</translation>
    </message>
    <message>
        <source>Cramps per night: %1 with the change, %2 without.</source>
        <translation>Krämpfe pro Nacht: %1 mit der Änderung, %2 ohne.</translation>
    </message>
    <message>
        <source>Worst severity of a night (0 for a night without a cramp): %1 with the change, %2 without.</source>
        <translation>Höchster Schweregrad einer Nacht (0 für eine Nacht ohne Krampf): %1 mit der Änderung, %2 ohne.</translation>
    </message>
    <message>
        <source>What this cannot show: it is about one person, in these weeks, not about anyone else. Knowing which nights had the change may colour how cramps are noticed (expectation), and an effect that lasts into the next night (carry-over) blurs the difference. Talk it over with a clinician before making a change for good.</source>
        <translation>Was dies nicht zeigen kann: Es gilt für eine Person und für diese Wochen, nicht für andere Menschen. Zu wissen, welche Nächte die Änderung hatten, kann beeinflussen, wie Krämpfe wahrgenommen werden (Erwartung), und eine Wirkung, die bis in die nächste Nacht anhält (Nachwirkung), verwischt den Unterschied. Besprechen Sie das mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie etwas dauerhaft ändern.</translation>
    </message>
    <message>
        <source>Under way: the result is read once the plan has ended</source>
        <translation>Läuft noch: Das Ergebnis wird gelesen, wenn der Plan beendet ist</translation>
    </message>
    <message>
        <source>Not enough nights recorded to compare</source>
        <translation>Zu wenige eingetragene Nächte für einen Vergleich</translation>
    </message>
    <message>
        <source>That is %1 percentage points fewer cramp nights with the change</source>
        <translation>Das sind %1 Prozentpunkte weniger Krampfnächte mit der Änderung</translation>
    </message>
    <message>
        <source>That is %1 percentage points more cramp nights with the change</source>
        <translation>Das sind %1 Prozentpunkte mehr Krampfnächte mit der Änderung</translation>
    </message>
    <message>
        <source>That is about the same share of cramp nights either way</source>
        <translation>Das ist in beiden Fällen etwa derselbe Anteil an Krampfnächten</translation>
    </message>
    <message>
        <source> (a ratio of %1).</source>
        <translation> (ein Verhältnis von %1).</translation>
    </message>
    <message>
        <source>This plan has too few possible orders to rule out any difference at the 95% level, so its result cannot be given a range.</source>
        <translation>Dieser Plan hat zu wenige mögliche Reihenfolgen, um auf dem 95-%-Niveau irgendeinen Unterschied auszuschließen; für sein Ergebnis lässt sich daher kein Bereich angeben.</translation>
    </message>
    <message>
        <source>The plan&apos;s own randomisation leaves differences from %1 to %2 percentage points possible (positive: fewer cramp nights with the change). Each end is a 95% bound, so the range is a 90% interval, and its lower end is above 0 exactly when the test below gives p of 0.05 or less.</source>
        <translation>Die Randomisierung des Plans selbst lässt Unterschiede von %1 bis %2 Prozentpunkten zu (positiv: weniger Krampfnächte mit der Änderung). Jedes Ende ist eine 95-%-Grenze, der Bereich also ein 90-%-Intervall, und sein unteres Ende liegt genau dann über 0, wenn der Test unten p von 0,05 oder weniger ergibt.</translation>
    </message>
    <message>
        <source>Tested: %1. Nights recorded: %2 of the %3 counted so far (the plan counts %4).</source>
        <translation>Getestet: %1. Eingetragene Nächte: %2 der bisher %3 gezählten (der Plan zählt %4).</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing, so left out of the comparison: %n night(s) with nothing recorded (no cramp, no check-in, no “no cramps”): %1. A night is counted only when the diary says what happened.</source>
        <translation>
            <numerusform>Fehlt und bleibt daher beim Vergleich außen vor: %n Nacht ohne jeden Eintrag (kein Krampf, kein Abendeintrag, kein „keine Krämpfe“): %1. Eine Nacht zählt nur, wenn das Tagebuch sagt, was geschah.</numerusform>
            <numerusform>Fehlen und bleiben daher beim Vergleich außen vor: %n Nächte ohne jeden Eintrag (kein Krampf, kein Abendeintrag, kein „keine Krämpfe“): %1. Eine Nacht zählt nur, wenn das Tagebuch sagt, was geschah.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan runs until the night of %1. Its result is shown once it has ended: reading a result night after night and stopping at a good one finds effects that are not there.</source>
        <translation>Der Plan läuft bis zur Nacht vom %1. Sein Ergebnis wird gezeigt, wenn er beendet ist: Wer ein Ergebnis Nacht für Nacht liest und bei einem guten aufhört, findet Wirkungen, die es nicht gibt.</translation>
    </message>
    <message numerus="yes">
        <source>The experiment was stopped early, after the night of %1; the result rests on the %n night(s) recorded up to then. If it was stopped because it looked good, it overstates the effect.</source>
        <translation>
            <numerusform>Der Selbstversuch wurde vorzeitig beendet, nach der Nacht vom %1; das Ergebnis beruht auf der %n bis dahin eingetragenen Nacht. Wurde er beendet, weil er gut aussah, überschätzt es die Wirkung.</numerusform>
            <numerusform>Der Selbstversuch wurde vorzeitig beendet, nach der Nacht vom %1; das Ergebnis beruht auf den %n bis dahin eingetragenen Nächten. Wurde er beendet, weil er gut aussah, überschätzt es die Wirkung.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no recorded nights to compare.</source>
        <translation>Es gibt keine eingetragenen Nächte zum Vergleichen.</translation>
    </message>
    <message>
        <source>Tested: %1. Nights recorded: %2 of the plan&apos;s %3.</source>
        <translation>Getestet: %1. Eingetragene Nächte: %2 von %3 des Plans.</translation>
    </message>
    <message>
        <source>Every night with the change went one way and every night without it the other, so the plan&apos;s own randomisation leaves only the difference seen possible.</source>
        <translation>Jede Nacht mit der Änderung verlief gleich und jede Nacht ohne sie anders, daher lässt die Randomisierung des Plans selbst nur den beobachteten Unterschied zu.</translation>
    </message>
    <message>
        <source>For you, in these weeks, nights with the change had cramps less often than chance alone would explain: on %1 of them, against %2 of nights without it.</source>
        <translation>Bei Ihnen hatten in diesen Wochen Nächte mit der Änderung seltener Krämpfe, als der Zufall allein erklären würde: in %1 davon, gegenüber %2 der Nächte ohne sie.</translation>
    </message>
    <message>
        <source>This experiment did not show a clear difference: cramps came on %1 of nights with the change and %2 without. It cannot rule out a smaller effect; more nights would tell more.</source>
        <translation>Dieser Selbstversuch zeigte keinen deutlichen Unterschied: Krämpfe kamen in %1 der Nächte mit der Änderung und in %2 ohne sie. Eine kleinere Wirkung ist damit nicht ausgeschlossen; mehr Nächte würden mehr zeigen.</translation>
    </message>
</context>
<context>
    <name>FactorInput</name>
    <message>
        <source>Not recorded</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>fl oz</source>
        <translation>fl oz</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: ja</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
</context>
<context>
    <name>FactorManagerDialog</name>
    <message>
        <source>My factors</source>
        <translation>Meine Faktoren</translation>
    </message>
    <message>
        <source>Add anything you suspect goes with your cramps. The built-in factors from the guidance are always there; these are your own.</source>
        <translation>Fügen Sie alles hinzu, was Ihrer Vermutung nach mit Ihren Krämpfen zusammenhängt. Die eingebauten Faktoren aus dem Ratgeber sind immer dabei; diese hier sind Ihre eigenen.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected factor</source>
        <translation>Den ausgewählten Faktor umbenennen</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Retire or restore the selected factor</source>
        <translation>Den ausgewählten Faktor archivieren oder wieder aktivieren</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>Neuer Faktor</translation>
    </message>
    <message>
        <source>Name of the new factor</source>
        <translation>Name des neuen Faktors</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Kind of the new factor</source>
        <translation>Art des neuen Faktors</translation>
    </message>
    <message>
        <source>e.g. steps, hours, cups</source>
        <translation>z. B. Schritte, Stunden, Tassen</translation>
    </message>
    <message>
        <source>Unit of the new factor</source>
        <translation>Einheit des neuen Faktors</translation>
    </message>
    <message>
        <source>e.g. Heels, Flats, Trainers</source>
        <translation>z. B. Absätze, flache Schuhe, Turnschuhe</translation>
    </message>
    <message>
        <source>Choices of the new factor, separated by commas</source>
        <translation>Auswahlmöglichkeiten des neuen Faktors, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation>Faktor &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the new factor</source>
        <translation>Den neuen Faktor hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>Aus&amp;wahlmöglichkeiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Rename factor</source>
        <translation>Faktor umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>Wieder &amp;aktivieren</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>number, %1</source>
        <translation>Zahl, %1</translation>
    </message>
    <message>
        <source> — retired</source>
        <translation> — archiviert</translation>
    </message>
    <message>
        <source>Enter a name for the factor.</source>
        <translation>Geben Sie einen Namen für den Faktor ein.</translation>
    </message>
</context>
<context>
    <name>FactorSplit</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>weniger als %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>etwas</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
</context>
<context>
    <name>FactorValueCheck</name>
    <message>
        <source>%1 takes yes or no.</source>
        <translation>%1 erwartet Ja oder Nein.</translation>
    </message>
    <message>
        <source>%1 takes a number.</source>
        <translation>%1 erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 erwartet einen dieser Werte: %2.</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Leg cramp: pain severity (0-10)</source>
        <translation>Beinkrampf: Schweregrad des Schmerzes (0-10)</translation>
    </message>
    <message>
        <source>Severity not recorded</source>
        <translation>Schweregrad nicht angegeben</translation>
    </message>
    <message>
        <source>Duration of the cramp</source>
        <translation>Dauer des Krampfs</translation>
    </message>
    <message>
        <source>Where: %1.</source>
        <translation>Wo: %1.</translation>
    </message>
    <message>
        <source>Warning signs noted: %1.</source>
        <translation>Notierte Warnzeichen: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reported by the patient</source>
        <translation>Von der Patientin oder dem Patienten angegeben</translation>
    </message>
    <message>
        <source>Leg cramps at night, as recorded by the patient</source>
        <translation>Nächtliche Beinkrämpfe, wie von der Patientin oder dem Patienten aufgezeichnet</translation>
    </message>
    <message>
        <source>Recorded by the patient in Cramp Diary; not a clinician&apos;s diagnosis.</source>
        <translation>Von der Patientin oder dem Patienten in Cramp Diary aufgezeichnet; keine ärztliche Diagnose.</translation>
    </message>
</context>
<context>
    <name>FitScrollArea</name>
    <message>
        <source>The dialog&apos;s contents: the arrow keys scroll them</source>
        <translation>Inhalt des Dialogs: mit den Pfeiltasten blättern</translation>
    </message>
</context>
<context>
    <name>ForestPlotChart</name>
    <message>
        <source>Cramp-night ratio of each factor, with its 95% interval</source>
        <translation>Krampfnacht-Verhältnis jedes Faktors, mit seinem 95-%-Intervall</translation>
    </message>
    <message>
        <source>The same figures are in the table shown by Show as a table.</source>
        <translation>Dieselben Zahlen stehen in der Tabelle, die „Als Tabelle zeigen“ öffnet.</translation>
    </message>
    <message>
        <source>Cramp nights with each factor, as a ratio to nights without it</source>
        <translation>Krampfnächte mit jedem Faktor, im Verhältnis zu Nächten ohne ihn</translation>
    </message>
    <message>
        <source>Ratio of cramp-night rates (1 = no difference; log scale)</source>
        <translation>Verhältnis der Krampfnacht-Häufigkeiten (1 = kein Unterschied; logarithmische Skala)</translation>
    </message>
    <message>
        <source>Strong colour: a clear link</source>
        <translation>Kräftige Farbe: ein deutlicher Zusammenhang</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>A diary for night-time leg cramps.

Without a command it opens the diary window. Commands that need no display:
%1</source>
        <translation>Ein Tagebuch für nächtliche Beinkrämpfe.

Ohne Befehl öffnet es das Tagebuchfenster. Befehle, die keinen Bildschirm brauchen:
%1</translation>
    </message>
    <message>
        <source>The diary file to open (default: %1).</source>
        <translation>Die zu öffnende Tagebuchdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>Ein Bild des Fensters in diese PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Start in the dark night palette.</source>
        <translation>Mit den dunklen Nachtfarben starten.</translation>
    </message>
    <message>
        <source>Open the evening check-in (in the running window, if any).</source>
        <translation>Den Abendeintrag öffnen (im laufenden Fenster, falls vorhanden).</translation>
    </message>
    <message>
        <source>Optional: a command (%1), or a diary file to open.</source>
        <translation>Optional: ein Befehl (%1) oder eine zu öffnende Tagebuchdatei.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands: %2.</source>
        <translation>Unbekannter Befehl „%1“. Befehle: %2.</translation>
    </message>
    <message>
        <source>cramp-diary: no display found (DISPLAY and WAYLAND_DISPLAY are unset); start it from a desktop session, or run it under xvfb-run.</source>
        <translation>cramp-diary: kein Bildschirm gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie es aus einer Desktop-Sitzung oder unter xvfb-run.</translation>
    </message>
    <message>
        <source>Cramp Diary</source>
        <translation>Cramp Diary</translation>
    </message>
    <message>
        <source>Cannot open the diary</source>
        <translation>Das Tagebuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>With --screenshot: what to show (home, diary, charts, charts-page, charts-page-all, insights, guidance, report, quicklog, editor, checkin, settings, medicines, factors, alert, untracked, topic, welcome, backup, import, experiment, experiment-plan).</source>
        <translation>Mit --screenshot: was gezeigt wird (home, diary, charts, charts-page, charts-page-all, insights, guidance, report, quicklog, editor, checkin, settings, medicines, factors, alert, untracked, topic, welcome, backup, import, experiment, experiment-plan).</translation>
    </message>
    <message>
        <source>command-or-file</source>
        <translation>Befehl-oder-Datei</translation>
    </message>
    <message>
        <source>[command-or-file]</source>
        <translation>[Befehl-oder-Datei]</translation>
    </message>
    <message>
        <source>Quit as soon as the window (on a first start, its welcome) has painted (for benchmarks/first-paint.sh).</source>
        <translation>Beenden, sobald das Fenster (beim ersten Start sein Willkommensdialog) gezeichnet ist (für benchmarks/first-paint.sh).</translation>
    </message>
</context>
<context>
    <name>GuidanceButton</name>
    <message>
        <source>What the guidance says: %1</source>
        <translation>Was der Ratgeber sagt: %1</translation>
    </message>
    <message>
        <source>Guidance about %1</source>
        <translation>Ratgeber zu %1</translation>
    </message>
</context>
<context>
    <name>GuidanceTopicDialog</name>
    <message>
        <source>Guidance</source>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <source>Close the guidance</source>
        <translation>Ratgeber schließen</translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <source>Guidance</source>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <source>Search the guidance</source>
        <translation>Ratgeber durchsuchen</translation>
    </message>
    <message>
        <source>Guidance topics by section</source>
        <translation>Themen des Ratgebers nach Abschnitt</translation>
    </message>
    <message>
        <source>No topic mentions “%1”.</source>
        <translation>Kein Thema erwähnt „%1“.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Something to mention to a clinician</source>
        <translation>Etwas, das Sie ärztlich ansprechen sollten</translation>
    </message>
    <message>
        <source>Last night</source>
        <translation>Letzte Nacht</translation>
    </message>
    <message>
        <source>Last evening&apos;s check-in</source>
        <translation>Abendeintrag vom letzten Abend</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>Heute Nacht</translation>
    </message>
    <message>
        <source>The last two weeks</source>
        <translation>Die letzten zwei Wochen</translation>
    </message>
    <message>
        <source>The last two weeks, night by night</source>
        <translation>Die letzten zwei Wochen, Nacht für Nacht</translation>
    </message>
    <message>
        <source>This diary is open for viewing only; changes cannot be saved.</source>
        <translation>Dieses Tagebuch ist nur zum Ansehen geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Last night (%1)</source>
        <translation>Letzte Nacht (%1)</translation>
    </message>
    <message>
        <source>This night so far (%1)</source>
        <translation>Heute Nacht bisher (%1)</translation>
    </message>
    <message>
        <source>No cramps logged</source>
        <translation>Keine Krämpfe eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s), worst %1/10</source>
        <translation>
            <numerusform>%n Krampf, Schweregrad %1/10</numerusform>
            <numerusform>%n Krämpfe, höchster Schweregrad %1/10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n Krampf</numerusform>
            <numerusform>%n Krämpfe</numerusform>
        </translation>
    </message>
    <message>
        <source>That evening: %1</source>
        <translation>Am Abend: %1</translation>
    </message>
    <message>
        <source>No evening check-in for that night.</source>
        <translation>Für die Nacht gibt es keinen Abendeintrag.</translation>
    </message>
    <message numerus="yes">
        <source> on %n night(s)</source>
        <translation>
            <numerusform> in %n Nacht</numerusform>
            <numerusform> in %n Nächten</numerusform>
        </translation>
    </message>
    <message>
        <source>no cramp</source>
        <translation>kein Krampf</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing recorded yet. When a cramp wakes you, press &lt;b&gt;L&lt;/b&gt; (or the big button): one key records it, and you can add how bad it was with a digit.&lt;/p&gt;&lt;p&gt;In the evening, press &lt;b&gt;E&lt;/b&gt; to check in: a minute on water, stretching, medicines and the rest. Nights count from your first entry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch nichts eingetragen. Wenn ein Krampf Sie weckt, drücken Sie &lt;b&gt;L&lt;/b&gt; (oder den großen Knopf): Eine Taste trägt ihn ein, und mit einer Ziffer können Sie ergänzen, wie schlimm er war.&lt;/p&gt;&lt;p&gt;Drücken Sie am Abend &lt;b&gt;E&lt;/b&gt; für den Abendeintrag: eine Minute für Wasser, Dehnen, Medikamente und den Rest. Die Nächte zählen ab Ihrem ersten Eintrag.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When to see a clinician</source>
        <translation>Wann Sie ärztlichen Rat suchen sollten</translation>
    </message>
    <message>
        <source>Checked in for tonight: %1</source>
        <translation>Abendeintrag für heute Nacht: %1</translation>
    </message>
    <message>
        <source>Week from %1. No check-in yet for tonight (%2).</source>
        <translation>Woche ab %1 – noch kein Abendeintrag für heute Nacht (%2).</translation>
    </message>
    <message>
        <source>Tonight&apos;s self-experiment</source>
        <translation>Selbstversuch für heute Nacht</translation>
    </message>
    <message>
        <source>Self-experiment — %1</source>
        <translation>Selbstversuch – %1</translation>
    </message>
    <message>
        <source>How was last night?</source>
        <translation>Wie war die letzte Nacht?</translation>
    </message>
    <message>
        <source>&amp;No cramps</source>
        <translation>&amp;Keine Krämpfe</translation>
    </message>
    <message>
        <source>Record that last night had no cramps</source>
        <translation>Eintragen, dass die letzte Nacht ohne Krämpfe war</translation>
    </message>
    <message>
        <source>Log &amp;cramps…</source>
        <translation>Krämpfe ein&amp;tragen…</translation>
    </message>
    <message>
        <source>Log a cramp of last night, with its time</source>
        <translation>Einen Krampf der letzten Nacht mit seiner Uhrzeit eintragen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No cramps (recorded)</source>
        <translation>Keine Krämpfe (eingetragen)</translation>
    </message>
    <message>
        <source>Your diary began on the night of %1; the nights before it are left blank.</source>
        <translation>Ihr Tagebuch begann in der Nacht vom %1; die Nächte davor bleiben leer.</translation>
    </message>
</context>
<context>
    <name>ImportForecast</name>
    <message>
        <source>The file adds nothing to the diary.</source>
        <translation>Die Datei fügt dem Tagebuch nichts hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) on the night of %1.</source>
        <translation>
            <numerusform>%n Krampf in der Nacht vom %1.</numerusform>
            <numerusform>%n Krämpfe in der Nacht vom %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) from the night of %1 to the night of %2.</source>
        <translation>
            <numerusform>%n Krampf von der Nacht vom %1 bis zur Nacht vom %2.</numerusform>
            <numerusform>%n Krämpfe von der Nacht vom %1 bis zur Nacht vom %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>None has a severity.</source>
        <translation>Keiner hat einen Schweregrad.</translation>
    </message>
    <message>
        <source>All have severity %1 of 10.</source>
        <translation>Alle haben den Schweregrad %1 von 10.</translation>
    </message>
    <message>
        <source>Severity from %1 to %2 of 10.</source>
        <translation>Schweregrad von %1 bis %2 von 10.</translation>
    </message>
    <message numerus="yes">
        <source>Severity from %1 to %2 of 10; %n without one.</source>
        <translation>
            <numerusform>Schweregrad von %1 bis %2 von 10; %n ohne Angabe.</numerusform>
            <numerusform>Schweregrad von %1 bis %2 von 10; %n ohne Angabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>All are at %1.</source>
        <translation>Alle sind um %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no exact time in the file (placed as the import rules say).</source>
        <translation>
            <numerusform>%n davon hat in der Datei keine genaue Uhrzeit (gesetzt nach den Importregeln).</numerusform>
            <numerusform>%n davon haben in der Datei keine genaue Uhrzeit (gesetzt nach den Importregeln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) are marked as checked in.</source>
        <translation>
            <numerusform>%n Nacht wird als Nacht mit Abendeintrag markiert.</numerusform>
            <numerusform>%n Nächte werden als Nächte mit Abendeintrag markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) already in the diary are skipped.</source>
        <translation>
            <numerusform>%n Krampf, der schon im Tagebuch steht, wird übersprungen.</numerusform>
            <numerusform>%n Krämpfe, die schon im Tagebuch stehen, werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) about something other than cramps are left out.</source>
        <translation>
            <numerusform>%n Zeile über etwas anderes als Krämpfe wird ausgelassen.</numerusform>
            <numerusform>%n Zeilen über etwas anderes als Krämpfe werden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or pipe); nothing was read.</source>
        <translation>%1 ist keine normale Datei (sondern ein Ordner, ein Gerät oder eine Pipe); es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB this accepts; nothing was read.</source>
        <translation>%1 ist %2 MB groß, mehr als die hier erlaubten %3 MB; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB this accepts; nothing was read.</source>
        <translation>%1 ist größer als die hier erlaubten %2 MB; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 (&quot;CSV UTF-8&quot; in a spreadsheet) and import it again; nothing was imported.</source>
        <translation>Die Datei ist UTF-16-Text. Speichern Sie sie als UTF-8 („CSV UTF-8“ in einer Tabellenkalkulation) und importieren Sie sie erneut; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line %1 (byte %2) is not UTF-8 text (byte 0x%3): the file may be in another encoding such as Latin-1. Save it as UTF-8 and import it again; nothing was imported.</source>
        <translation>Zeile %1 (Byte %2) ist kein UTF-8-Text (Byte 0x%3): Die Datei ist vielleicht anders kodiert, etwa als Latin-1. Speichern Sie sie als UTF-8 und importieren Sie sie erneut; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation>Zusammenhänge</translation>
    </message>
    <message>
        <source>Compare cramps &amp;before and after</source>
        <translation>Krämpfe &amp;vorher und nachher vergleichen</translation>
    </message>
    <message>
        <source>Compare cramps before and after a date</source>
        <translation>Krämpfe vor und nach einem Datum vergleichen</translation>
    </message>
    <message>
        <source>Date to compare before and after</source>
        <translation>Datum für den Vorher-nachher-Vergleich</translation>
    </message>
    <message>
        <source>(for example a change of routine)</source>
        <translation>(zum Beispiel eine Änderung der Gewohnheiten)</translation>
    </message>
    <message>
        <source>Show the &amp;numbers</source>
        <translation>&amp;Zahlen zeigen</translation>
    </message>
    <message>
        <source>Show as a &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table</source>
        <translation>Die Zahlen des Diagramms als Tabelle</translation>
    </message>
    <message>
        <source>Findings as a table</source>
        <translation>Ergebnisse als Tabelle</translation>
    </message>
    <message>
        <source>Insights, clearest first</source>
        <translation>Zusammenhänge, die deutlichsten zuerst</translation>
    </message>
    <message>
        <source>No clear change so far.</source>
        <translation>Bisher keine deutliche Veränderung.</translation>
    </message>
    <message>
        <source>What the guidance says: %1</source>
        <translation>Was der Ratgeber sagt: %1</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Cramp nights in the group</source>
        <translation>Krampfnächte in der Gruppe</translation>
    </message>
    <message>
        <source>Cramp nights otherwise</source>
        <translation>Krampfnächte sonst</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Zusammenhang</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Split numbers at:</source>
        <translation>Zahlen teilen bei:</translation>
    </message>
    <message>
        <source>Where to split %1</source>
        <translation>Wo %1 geteilt wird</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use the default split for %1</source>
        <translation>Für %1 die Standard-Teilung verwenden</translation>
    </message>
    <message numerus="yes">
        <source>How your cramps go with the evening factors you check in, over the %n night(s) with a check-in in this range. A link shows that two things tend to happen on the same nights, not that one causes the other.</source>
        <translation>
            <numerusform>Wie Ihre Krämpfe mit den Abendfaktoren aus Ihren Abendeinträgen zusammenhängen, über die %n Nacht mit Abendeintrag in diesem Zeitraum. Ein Zusammenhang zeigt, dass zwei Dinge oft in denselben Nächten vorkommen, nicht, dass das eine das andere verursacht.</numerusform>
            <numerusform>Wie Ihre Krämpfe mit den Abendfaktoren aus Ihren Abendeinträgen zusammenhängen, über die %n Nächte mit Abendeintrag in diesem Zeitraum. Ein Zusammenhang zeigt, dass zwei Dinge oft in denselben Nächten vorkommen, nicht, dass das eine das andere verursacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparisons start once a factor has %1 checked-in nights with it and %1 without: at least %n more evening check-in(s), so by about %2 if you check in every evening.</source>
        <translation>
            <numerusform>Vergleiche beginnen, sobald es zu einem Faktor %1 Nächte mit Abendeintrag mit ihm und %1 ohne ihn gibt: also noch mindestens %n Abendeintrag, etwa bis zum %2, wenn Sie jeden Abend einen machen.</numerusform>
            <numerusform>Vergleiche beginnen, sobald es zu einem Faktor %1 Nächte mit Abendeintrag mit ihm und %1 ohne ihn gibt: also noch mindestens %n Abendeinträge, etwa bis zum %2, wenn Sie jeden Abend einen machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate changed more than chance alone would explain.</source>
        <translation>Die Häufigkeit hat sich stärker verändert, als Zufall allein erklären würde.</translation>
    </message>
    <message>
        <source>Choose a date inside the range shown, with tracked nights on both sides.</source>
        <translation>Wählen Sie ein Datum innerhalb des gezeigten Zeitraums, mit erfassten Nächten auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Before and after %1</source>
        <translation>Vorher und nachher: %1</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>Not enough nights yet</source>
        <translation>Noch nicht genug Nächte</translation>
    </message>
    <message>
        <source>The chart of every finding, and each finding&apos;s nights, ratio, interval, p and q</source>
        <translation>Die Grafik aller Befunde und zu jedem Befund Nächte, Verhältnis, Intervall, p und q</translation>
    </message>
    <message>
        <source>Cramps before and after starting %1</source>
        <translation>Krämpfe vor und nach dem Beginn von %1</translation>
    </message>
    <message>
        <source>Cramps before and after stopping %1</source>
        <translation>Krämpfe vor und nach dem Absetzen von %1</translation>
    </message>
    <message>
        <source>Insights page: the arrow keys scroll it</source>
        <translation>Seite Zusammenhänge: mit den Pfeiltasten blättern</translation>
    </message>
</context>
<context>
    <name>JsonObjectStream</name>
    <message>
        <source>the file ends too early</source>
        <translation>die Datei endet zu früh</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the key “%1” appears twice</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>there is more after the end of the document</source>
        <translation>nach dem Ende der Datei folgt noch mehr</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1“ ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>der Datei als Ganzes</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <source>The backup is refused at %1: %2. Nothing was restored.</source>
        <translation>Die Sicherung wird abgelehnt bei %1: %2. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>is not a key a backup has</source>
        <translation>ist kein Schlüssel, den eine Sicherung hat</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>muss eine Liste sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>muss Text sein, ist aber %1</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not %3</source>
        <translation>muss eine Zahl von %1 bis %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be a date from 1900 to 2200 written YYYY-MM-DD, not %1</source>
        <translation>muss ein Datum von 1900 bis 2200 in der Form YYYY-MM-DD sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be a time like 2026-11-23T03:10:00+01:00, not %1</source>
        <translation>muss eine Zeit wie 2026-11-23T03:10:00+01:00 sein, ist aber %1</translation>
    </message>
</context>
<context>
    <name>LegMuscleChart</name>
    <message>
        <source>Not recorded</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Which leg and which muscle</source>
        <translation>Welches Bein und welcher Muskel</translation>
    </message>
    <message>
        <source>Which leg (left) and which muscle (right)</source>
        <translation>Welches Bein (links) und welcher Muskel (rechts)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cramp(s))</source>
        <translation>
            <numerusform>%1 (%n Krampf)</numerusform>
            <numerusform>%1 (%n Krämpfe)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkWording</name>
    <message>
        <source>A clear link</source>
        <translation>Ein deutlicher Zusammenhang</translation>
    </message>
    <message numerus="yes">
        <source>A possible link, not yet clear after allowing for %n comparison(s)</source>
        <translation>
            <numerusform>Ein möglicher Zusammenhang, noch nicht deutlich, wenn man %n Vergleich berücksichtigt</numerusform>
            <numerusform>Ein möglicher Zusammenhang, noch nicht deutlich, wenn man %n Vergleiche berücksichtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>A possible link, not yet clear</source>
        <translation>Ein möglicher Zusammenhang, noch nicht deutlich</translation>
    </message>
    <message>
        <source>No clear link so far</source>
        <translation>Bisher kein deutlicher Zusammenhang</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächten</numerusform>
        </translation>
    </message>
    <message>
        <source>In numbers: %1, cramps on %2 of %3; %4, cramps on %5 of %6. </source>
        <translation>In Zahlen: %1, Krämpfe in %2 von %3; %4, Krämpfe in %5 von %6. </translation>
    </message>
    <message>
        <source>every night so far has the same value, so there is nothing to compare yet</source>
        <translation>bisher hat jede Nacht denselben Wert, es gibt also noch nichts zu vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>needs %n more night(s) with %1</source>
        <translation>
            <numerusform>braucht noch %n Nacht mit %1</numerusform>
            <numerusform>braucht noch %n Nächte mit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more with %1</source>
        <translation>
            <numerusform> und %n weitere mit %1</numerusform>
            <numerusform> und %n weitere mit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ratio %1 (95% interval %2 to %3); Fisher&apos;s exact test %4, %5 across %n comparison(s).</source>
        <translation>
            <numerusform>Verhältnis %1 (95-%-Intervall %2 bis %3); exakter Test nach Fisher %4, %5 über %n Vergleich.</numerusform>
            <numerusform>Verhältnis %1 (95-%-Intervall %2 bis %3); exakter Test nach Fisher %4, %5 über %n Vergleiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two go together on your nights; that does not show that one causes the other.</source>
        <translation>In Ihren Nächten tritt beides zusammen auf; das zeigt nicht, dass das eine das andere verursacht.</translation>
    </message>
    <message>
        <source>Keep checking in: with this many comparisons, a difference of this size can turn up by chance.</source>
        <translation>Machen Sie weiter Ihre Abendeinträge: Bei so vielen Vergleichen kann ein Unterschied dieser Größe zufällig auftreten.</translation>
    </message>
    <message>
        <source>A difference like this could well be chance; keep checking in.</source>
        <translation>Ein solcher Unterschied kann gut Zufall sein; machen Sie weiter Ihre Abendeinträge.</translation>
    </message>
    <message>
        <source>Cramp nights were about as common on nights with “%1” as on other nights: %2 against %3 of nights.</source>
        <translation>Krampfnächte waren in Nächten mit „%1“ etwa so häufig wie in anderen Nächten: %2 gegenüber %3 der Nächte.</translation>
    </message>
    <message>
        <source>Cramp nights were about as common on nights when “%1” was below %2 as on other nights: %3 against %4 of nights.</source>
        <translation>Krampfnächte waren in Nächten, in denen „%1“ unter %2 lag, etwa so häufig wie in anderen Nächten: %3 gegenüber %4 der Nächte.</translation>
    </message>
    <message>
        <source>Cramp nights were about as common on nights answered “%2” for “%1” as on other nights: %3 against %4 of nights.</source>
        <translation>Krampfnächte waren in Nächten mit der Antwort „%2“ bei „%1“ etwa so häufig wie in anderen Nächten: %3 gegenüber %4 der Nächte.</translation>
    </message>
    <message>
        <source>Cramp nights were about %1 times as common on nights with “%2”: %3 against %4 of nights.</source>
        <translation>Krampfnächte waren in Nächten mit „%2“ etwa %1-mal so häufig: %3 gegenüber %4 der Nächte.</translation>
    </message>
    <message>
        <source>Cramp nights were about %1 times as common on nights without “%2”: %3 against %4 of nights.</source>
        <translation>Krampfnächte waren in Nächten ohne „%2“ etwa %1-mal so häufig: %3 gegenüber %4 der Nächte.</translation>
    </message>
    <message>
        <source>Cramp nights were about %1 times as common on nights when “%2” was below %3: %4 against %5 of nights.</source>
        <translation>Krampfnächte waren in Nächten, in denen „%2“ unter %3 lag, etwa %1-mal so häufig: %4 gegenüber %5 der Nächte.</translation>
    </message>
    <message>
        <source>Cramp nights were about %1 times as common on nights answered “%3” for “%2”: %4 against %5 of nights.</source>
        <translation>Krampfnächte waren in Nächten mit der Antwort „%3“ bei „%2“ etwa %1-mal so häufig: %4 gegenüber %5 der Nächte.</translation>
    </message>
    <message>
        <source>Cramp nights were less common on nights with “%1”: %2 against %3 of nights (about %4 times as common).</source>
        <translation>Krampfnächte waren in Nächten mit „%1“ seltener: %2 gegenüber %3 der Nächte (etwa %4-mal so häufig).</translation>
    </message>
    <message>
        <source>Cramp nights were less common on nights without “%1”: %2 against %3 of nights (about %4 times as common).</source>
        <translation>Krampfnächte waren in Nächten ohne „%1“ seltener: %2 gegenüber %3 der Nächte (etwa %4-mal so häufig).</translation>
    </message>
    <message>
        <source>Cramp nights were less common on nights when “%1” was below %2: %3 against %4 of nights (about %5 times as common).</source>
        <translation>Krampfnächte waren in Nächten, in denen „%1“ unter %2 lag, seltener: %3 gegenüber %4 der Nächte (etwa %5-mal so häufig).</translation>
    </message>
    <message>
        <source>Cramp nights were less common on nights answered “%2” for “%1”: %3 against %4 of nights (about %5 times as common).</source>
        <translation>Krampfnächte waren in Nächten mit der Antwort „%2“ bei „%1“ seltener: %3 gegenüber %4 der Nächte (etwa %5-mal so häufig).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Clearly more cramp nights went with: %1.</source>
        <translation>Deutlich mehr Krampfnächte gingen einher mit: %1.</translation>
    </message>
    <message>
        <source>Clearly fewer cramp nights went with: %1.</source>
        <translation>Deutlich weniger Krampfnächte gingen einher mit: %1.</translation>
    </message>
    <message>
        <source>Possible links, not yet clear: %1.</source>
        <translation>Mögliche, noch nicht deutliche Zusammenhänge: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n factor answer(s) compared; none goes clearly with more or fewer cramp nights yet.</source>
        <translation>
            <numerusform>%n Faktorantwort verglichen; sie geht bisher nicht deutlich mit mehr oder weniger Krampfnächten einher.</numerusform>
            <numerusform>%n Faktorantworten verglichen; keine geht bisher deutlich mit mehr oder weniger Krampfnächten einher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cramp nights were about as common on nights without “%1” as on other nights: %2 against %3 of nights.</source>
        <translation>Krampfnächte waren in Nächten ohne „%1“ etwa so häufig wie in anderen Nächten: %2 gegenüber %3 der Nächte.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>severity %1/10</source>
        <translation>Schweregrad %1/10</translation>
    </message>
    <message>
        <source>WARNING SIGNS: %1</source>
        <translation>WARNZEICHEN: %1</translation>
    </message>
    <message>
        <source>Print the cramps of a range of nights (default: the last 30).</source>
        <translation>Gibt die Krämpfe eines Zeitraums von Nächten aus (Standard: die letzten 30).</translation>
    </message>
    <message>
        <source>First night, YYYY-MM-DD.</source>
        <translation>Erste Nacht des Zeitraums, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last night, YYYY-MM-DD (default: last night).</source>
        <translation>Letzte Nacht des Zeitraums, YYYY-MM-DD (Standard: die vergangene Nacht).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message numerus="yes">
        <source>Nights %1 to %2: %n cramp(s)</source>
        <translation>
            <numerusform>Nächte %1 bis %2: %n Krampf</numerusform>
            <numerusform>Nächte %1 bis %2: %n Krämpfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Night of %1</source>
        <translation>Nacht vom %1</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>--relief: after &apos;%1:&apos; write yes or no (got &apos;%2&apos;).</source>
        <translation>--relief: Schreiben Sie nach „%1:“ yes oder no (angegeben: „%2“).</translation>
    </message>
    <message>
        <source>Record a cramp. Only the time is needed; add what you know.</source>
        <translation>Trägt einen Krampf ein. Nötig ist nur die Zeit; ergänzen Sie, was Sie wissen.</translation>
    </message>
    <message>
        <source>When it started: now (default), 03:10, or 2026-11-23T03:10[+01:00].</source>
        <translation>Wann er begann: now (Standard), 03:10 oder 2026-11-23T03:10[+01:00].</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>How bad, 0 (none) to 10 (worst imaginable).</source>
        <translation>Wie schlimm, 0 (gar nicht) bis 10 (so schlimm wie nur vorstellbar).</translation>
    </message>
    <message>
        <source>0-10</source>
        <translation>0-10</translation>
    </message>
    <message>
        <source>Which leg: left, right, both.</source>
        <translation>Welches Bein: left (links), right (rechts), both (beide).</translation>
    </message>
    <message>
        <source>leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Which muscle: %1.</source>
        <translation>Welcher Muskel: %1.</translation>
    </message>
    <message>
        <source>muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>How long: 90, 90s, 2m, 1m30s.</source>
        <translation>Wie lange: 90, 90s, 2m, 1m30s.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Whether it woke you: yes or no.</source>
        <translation>Ob er Sie geweckt hat: yes oder no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>How much it disturbed your sleep, 0 to 10.</source>
        <translation>Wie sehr er Ihren Schlaf gestört hat, 0 bis 10.</translation>
    </message>
    <message>
        <source>What you tried, and whether it helped: e.g. stretch:yes,massage:no. Reliefs: %1.</source>
        <translation>Ihre Linderungsversuche und ob sie geholfen haben: z. B. stretch:yes,massage:no. Linderungsversuche: %1.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Whether the muscle was sore afterwards: yes or no.</source>
        <translation>Ob der Muskel danach wehtat: yes oder no.</translation>
    </message>
    <message>
        <source>Warning signs noticed, comma-separated: %1.</source>
        <translation>Bemerkte Warnzeichen, durch Kommas getrennt: %1.</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Freie Notizen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Logged cramp #%1 at %2 (night of %3).</source>
        <translation>Krampf Nr. %1 um %2 eingetragen (Nacht vom %3).</translation>
    </message>
    <message>
        <source>You noted: %1</source>
        <translation>Sie haben notiert: %1</translation>
    </message>
    <message>
        <source>Guidance: “%1” (in the app: Guidance)</source>
        <translation>Ratgeber: „%1“ (in der App: Ratgeber)</translation>
    </message>
    <message>
        <source>--no-cramps records a night without cramps; it does not go with --%1.</source>
        <translation>--no-cramps trägt eine Nacht ohne Krämpfe ein; es passt nicht zu --%1.</translation>
    </message>
    <message>
        <source>--night: the night of %1 has not begun yet; nothing was saved.</source>
        <translation>--night: Die Nacht vom %1 hat noch nicht begonnen; es wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The night of %1 already has %n cramp(s) logged; nothing was saved.</source>
        <translation>
            <numerusform>Für die Nacht vom %1 ist schon %n Krampf eingetragen; es wurde nichts gespeichert.</numerusform>
            <numerusform>Für die Nacht vom %1 sind schon %n Krämpfe eingetragen; es wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: no cramps on the night of %1.</source>
        <translation>Eingetragen: keine Krämpfe in der Nacht vom %1.</translation>
    </message>
    <message>
        <source>Record instead that a night had no cramps (by default last night), so that it counts as a recorded quiet night.</source>
        <translation>Stattdessen eintragen, dass eine Nacht ohne Krämpfe war (standardmäßig die letzte Nacht), damit sie als eingetragene ruhige Nacht zählt.</translation>
    </message>
    <message>
        <source>With --no-cramps: the night, by its evening&apos;s date.</source>
        <translation>Mit --no-cramps: die Nacht, nach dem Datum ihres Abends.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--night goes with --no-cramps; a cramp&apos;s night follows from --at.</source>
        <translation>--night gehört zu --no-cramps; die Nacht eines Krampfs ergibt sich aus --at.</translation>
    </message>
</context>
<context>
    <name>LoggingFlow</name>
    <message>
        <source>Cramp recorded at %1.</source>
        <translation>Krampf um %1 eingetragen.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Abendeintrag gespeichert.</translation>
    </message>
    <message>
        <source>Check-in saved; whether the plan was kept was not: %1</source>
        <translation>Abendeintrag gespeichert, aber nicht, ob der Plan eingehalten wurde: %1</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Krampf eintragen</translation>
    </message>
    <message>
        <source>Another cramp?</source>
        <translation>Ein weiterer Krampf?</translation>
    </message>
    <message>
        <source>You logged a cramp at %1, moments ago. Is this another cramp, or the same one?</source>
        <translation>Sie haben eben einen Krampf um %1 eingetragen. Ist das ein weiterer Krampf oder derselbe?</translation>
    </message>
    <message>
        <source>The &amp;same cramp</source>
        <translation>&amp;Derselbe Krampf</translation>
    </message>
    <message>
        <source>&amp;Another cramp</source>
        <translation>Ein &amp;weiterer Krampf</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cramp Diary</source>
        <translation>Cramp Diary</translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation>Tagebuchdatei</translation>
    </message>
    <message>
        <source>Open for viewing only.</source>
        <translation>Nur zum Ansehen geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Log a cramp</source>
        <translation>&amp;Krampf eintragen</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Krampf eintragen</translation>
    </message>
    <message>
        <source>Record a cramp now, then add details if you like (L)</source>
        <translation>Jetzt einen Krampf eintragen und danach nach Wunsch Details ergänzen (L)</translation>
    </message>
    <message>
        <source>&amp;Evening check-in…</source>
        <translation>&amp;Abendeintrag…</translation>
    </message>
    <message>
        <source>Evening check-in</source>
        <translation>Abendeintrag</translation>
    </message>
    <message>
        <source>Record tonight&apos;s water, stretching, medicines and other factors (E)</source>
        <translation>Wasser, Dehnen, Medikamente und andere Faktoren für heute Nacht eintragen (E)</translation>
    </message>
    <message>
        <source>Add a cramp with &amp;details…</source>
        <translation>Krampf mit &amp;Details eintragen…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete cramp</source>
        <translation>Krampf &amp;löschen</translation>
    </message>
    <message>
        <source>Delete cramp</source>
        <translation>Krampf löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cramp(s) from the diary? You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>%n Krampf aus dem Tagebuch löschen? Sie können das mit Bearbeiten → Rückgängig zurücknehmen.</numerusform>
            <numerusform>%n Krämpfe aus dem Tagebuch löschen? Sie können das mit Bearbeiten → Rückgängig zurücknehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Medicines…</source>
        <translation>&amp;Medikamente…</translation>
    </message>
    <message>
        <source>My &amp;factors…</source>
        <translation>Meine &amp;Faktoren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Night mode</source>
        <translation>&amp;Nachtmodus</translation>
    </message>
    <message>
        <source>Dark, dim colours for the middle of the night</source>
        <translation>Dunkle, gedämpfte Farben für mitten in der Nacht</translation>
    </message>
    <message>
        <source>Cramp Diary (*.sqlite *.crampdiary);;All files (*)</source>
        <translation>Cramp Diary (*.sqlite *.crampdiary);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open diary…</source>
        <translation>Tagebuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>&amp;New diary…</source>
        <translation>&amp;Neues Tagebuch…</translation>
    </message>
    <message>
        <source>Create a new diary</source>
        <translation>Neues Tagebuch anlegen</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Zusammenhänge</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Ratgeber</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Cramp Diary</source>
        <translation>Ü&amp;ber Cramp Diary</translation>
    </message>
    <message>
        <source>About Cramp Diary</source>
        <translation>Über Cramp Diary</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cramp Diary %1&lt;/b&gt;&lt;p&gt;A diary for night-time leg cramps. Your diary stays on this computer; the app never uses the network.&lt;/p&gt;&lt;p&gt;Cramp Diary helps you keep a record to discuss with a clinician. It does not give diagnoses.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cramp Diary %1&lt;/b&gt;&lt;p&gt;Ein Tagebuch für nächtliche Beinkrämpfe. Ihr Tagebuch bleibt auf diesem Computer; die App nutzt nie das Netzwerk.&lt;/p&gt;&lt;p&gt;Cramp Diary hilft Ihnen, Aufzeichnungen für das Gespräch mit Ihrer Ärztin oder Ihrem Arzt zu führen. Es stellt keine Diagnosen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Self-e&amp;xperiment</source>
        <translation>Selbst&amp;versuch</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Schrift &amp;vergrößern</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Schrift ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Normale Schrift&amp;größe</translation>
    </message>
</context>
<context>
    <name>MappedImport</name>
    <message>
        <source>the mapping names this column, but the file has none by that name</source>
        <translation>die Zuordnung nennt diese Spalte, aber die Datei hat keine Spalte mit diesem Namen</translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected</source>
        <translation>%1 Felder, erwartet wurden %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written %2</source>
        <translation>„%1“ ist kein Datum in der Form %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number from 0 to %2</source>
        <translation>„%1“ ist keine Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a leg (left, right or both)</source>
        <translation>„%1“ ist keine Beinangabe (links, rechts oder beide)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rating from 0 to %2</source>
        <translation>„%1“ ist keine Bewertung von 0 bis %2</translation>
    </message>
    <message>
        <source>Imported from another app (“%1” rated %2 of 4).</source>
        <translation>Aus einer anderen App importiert („%1“ mit %2 von 4 bewertet).</translation>
    </message>
    <message>
        <source>Imported from another app: “%1” rated %2 of 4.</source>
        <translation>Aus einer anderen App importiert: „%1“ mit %2 von 4 bewertet.</translation>
    </message>
    <message>
        <source>the diary refused this row: %1</source>
        <translation>das Tagebuch hat diese Zeile abgelehnt: %1</translation>
    </message>
    <message>
        <source>the mapping names the factor “%1”, which this diary does not have</source>
        <translation>die Zuordnung nennt den Faktor „%1“, den es in diesem Tagebuch nicht gibt</translation>
    </message>
    <message>
        <source>“%1” is not a value of this factor</source>
        <translation>„%1“ ist kein Wert dieses Faktors</translation>
    </message>
    <message>
        <source>Imported from another app.</source>
        <translation>Aus einer anderen App importiert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this import reads</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Import liest</translation>
    </message>
    <message>
        <source>Time of day in the file: “%1”; placed at %2.</source>
        <translation>Tageszeit in der Datei: „%1“; eingetragen um %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (such as 23:04, 11:04 PM or a part of the day: pre, am, mid, pm)</source>
        <translation>„%1“ ist keine Uhrzeit (wie 23:04, 11:04 PM oder eine Tageszeit: pre, am, mid, pm)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration in minutes (such as 2, 1.5 or 1:30)</source>
        <translation>„%1“ ist keine Dauer in Minuten (wie 2, 1,5 oder 1:30)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration in seconds (such as 90 or 1:30)</source>
        <translation>„%1“ ist keine Dauer in Sekunden (wie 90 oder 1:30)</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>ein Semikolon</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>a comma</source>
        <translation>ein Komma</translation>
    </message>
</context>
<context>
    <name>MappedImportDialog</name>
    <message>
        <source>&amp;One row per cramp</source>
        <translation>&amp;Eine Zeile pro Krampf</translation>
    </message>
    <message>
        <source>A &amp;symptom sheet: one row per day, symptoms rated 0 to 4 (as Flaredown exports)</source>
        <translation>Ein S&amp;ymptombogen: eine Zeile pro Tag, Symptome von 0 bis 4 bewertet (wie ihn Flaredown exportiert)</translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation>Aus einer anderen App importieren</translation>
    </message>
    <message>
        <source>Say which columns of the file hold what. The first rows of the file are shown below; nothing is imported until you choose Import.</source>
        <translation>Geben Sie an, welche Spalte der Datei was enthält. Unten sehen Sie die ersten Zeilen der Datei; importiert wird erst, wenn Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date &amp;written as:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>Cramp &amp;ratings:</source>
        <translation>&amp;Krampfbewertungen:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>0 to </source>
        <translation>0 bis </translation>
    </message>
    <message>
        <source>Severity &amp;scale:</source>
        <translation>Ska&amp;la des Schweregrads:</translation>
    </message>
    <message>
        <source>&amp;Leg:</source>
        <translation>&amp;Bein:</translation>
    </message>
    <message>
        <source>&amp;Muscle:</source>
        <translation>&amp;Muskel:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Each day rated 1 to 4 in “%1” becomes one cramp at 03:00 that morning, with severity 3, 5, 8 or 10 of 10. Every rated day, 0 included, marks the night before it as tracked. Days without a rating are left out.</source>
        <translation>Jeder Tag, der in „%1“ mit 1 bis 4 bewertet ist, wird zu einem Krampf um 03:00 Uhr an diesem Morgen, mit Schweregrad 3, 5, 8 oder 10 von 10. Jeder bewertete Tag, auch mit 0, markiert die Nacht davor als erfasst. Tage ohne Bewertung werden weggelassen.</translation>
    </message>
    <message>
        <source>Each row becomes one cramp at 03:00 on its date (the file has no time).</source>
        <translation>Jede Zeile wird zu einem Krampf um 03:00 Uhr an ihrem Datum (die Datei enthält keine Uhrzeit).</translation>
    </message>
    <message>
        <source>Each row becomes one cramp at its date and time.</source>
        <translation>Jede Zeile wird zu einem Krampf an ihrem Datum und zu ihrer Uhrzeit.</translation>
    </message>
    <message>
        <source>Severity from 0 to %1 is turned into 0 to 10 (for example %1 becomes 10).</source>
        <translation>Ein Schweregrad von 0 bis %1 wird in 0 bis 10 umgerechnet (zum Beispiel wird %1 zu 10).</translation>
    </message>
    <message>
        <source>An evening &amp;factor:</source>
        <translation>Abendfakto&amp;r:</translation>
    </message>
    <message>
        <source>Which factor the column holds</source>
        <translation>Welcher Faktor in der Spalte steht</translation>
    </message>
    <message>
        <source>&amp;Which factor:</source>
        <translation>&amp;Welcher Faktor:</translation>
    </message>
    <message>
        <source>“%1” fills “%2” in each night&apos;s check-in, where you have not given it.</source>
        <translation>„%1“ füllt „%2“ im Abendeintrag jeder Nacht aus, wo Sie ihn nicht selbst angegeben haben.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n column(s) separated by %1. Times it gives without a time zone are read as this computer&apos;s time (%2).</source>
        <translation>
            <numerusform>Die Datei hat %n Spalte, getrennt durch %1. Uhrzeiten ohne Zeitzone werden als Zeit dieses Computers gelesen (%2).</numerusform>
            <numerusform>Die Datei hat %n Spalten, getrennt durch %1. Uhrzeiten ohne Zeitzone werden als Zeit dieses Computers gelesen (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose the column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>seconds (1:30 is minutes and seconds)</source>
        <translation>Sekunden (1:30 sind Minuten und Sekunden)</translation>
    </message>
    <message>
        <source>minutes (1:30 is minutes and seconds)</source>
        <translation>Minuten (1:30 sind Minuten und Sekunden)</translation>
    </message>
    <message>
        <source>Duration &amp;in:</source>
        <translation>Dauer &amp;gemessen in:</translation>
    </message>
    <message>
        <source>Choose the column that rates your cramps; no other column of the file is read as cramps.</source>
        <translation>Wählen Sie die Spalte, die Ihre Krämpfe bewertet; keine andere Spalte der Datei wird als Krämpfe gelesen.</translation>
    </message>
    <message>
        <source>Rows about anything else (a mood, a night&apos;s sleep) are left out.</source>
        <translation>Zeilen über anderes (eine Stimmung, den Schlaf einer Nacht) werden ausgelassen.</translation>
    </message>
    <message>
        <source>Rows like a cramp already in the diary are skipped and counted. Next shows what the file adds before anything is written.</source>
        <translation>Zeilen wie ein Krampf, der schon im Tagebuch steht, werden übersprungen und gezählt. „Weiter“ zeigt, was die Datei hinzufügt, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Keep only the rows whose “%1” names a &amp;cramp (the file holds other readings too)</source>
        <translation>Nur die Zeilen, deren „%1“ einen Krampf nennt (die Datei enthält auch andere &amp;Zeilen)</translation>
    </message>
    <message>
        <source>Ne&amp;xt…</source>
        <translation>Wei&amp;ter…</translation>
    </message>
</context>
<context>
    <name>MedicationEditDialog</name>
    <message>
        <source>Edit medicine</source>
        <translation>Medikament bearbeiten</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>Kind of medicine</source>
        <translation>Art des Medikaments</translation>
    </message>
    <message>
        <source>e.g. 20 mg at night</source>
        <translation>z. B. 20 mg zur Nacht</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Add a &amp;period</source>
        <translation>&amp;Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Add another period of taking it</source>
        <translation>Einen weiteren Einnahmezeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Save medicine</source>
        <translation>Medikament speichern</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Period %1 started</source>
        <translation>Zeitraum %1 begonnen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>Period %1 has stopped</source>
        <translation>Zeitraum %1 ist beendet</translation>
    </message>
    <message>
        <source>Period %1 stopped on</source>
        <translation>Zeitraum %1 beendet am</translation>
    </message>
    <message>
        <source>Enter the medicine&apos;s name.</source>
        <translation>Geben Sie den Namen des Medikaments ein.</translation>
    </message>
    <message>
        <source>Period %1 stops before it starts.</source>
        <translation>Zeitraum %1 endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>%1 sounds like a medicine of the kind “%2”.</source>
        <translation>%1 klingt nach einem Medikament der Art „%2“.</translation>
    </message>
    <message>
        <source>&amp;Use “%1”</source>
        <translation>„%1“ &amp;übernehmen</translation>
    </message>
</context>
<context>
    <name>MedicationManagerDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Note about the medicine</source>
        <translation>Hinweis zum Medikament</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Ein Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected medicine</source>
        <translation>Das ausgewählte Medikament bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected medicine</source>
        <translation>Das ausgewählte Medikament entfernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Medicines of this kind (%1) have been linked to leg cramps in studies (Garrison et al., 2012). Do not stop or change a medicine without asking your prescriber; the diary can show whether cramps changed after you started it.</source>
        <translation>Medikamente dieser Art (%1) wurden in Studien mit Beinkrämpfen in Verbindung gebracht (Garrison et al., 2012). Setzen Sie ein Medikament nicht ab und ändern Sie es nicht, ohne vorher mit der Ärztin oder dem Arzt zu sprechen, die oder der es verschrieben hat; das Tagebuch kann zeigen, ob sich die Krämpfe nach Beginn der Einnahme verändert haben.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Lesen: %1</translation>
    </message>
    <message>
        <source>Remove medicine</source>
        <translation>Medikament entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and its dates from the diary? Check-ins will no longer list it.</source>
        <translation>%1 samt Einnahmedaten aus dem Tagebuch entfernen? Abendeinträge führen es dann nicht mehr auf.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>NightCalendarChart</name>
    <message>
        <source>Calendar of nights</source>
        <translation>Kalender der Nächte</translation>
    </message>
    <message>
        <source>No cramp</source>
        <translation>Kein Krampf</translation>
    </message>
    <message>
        <source>1 cramp</source>
        <translation>1 Krampf</translation>
    </message>
    <message>
        <source>2 cramps</source>
        <translation>2 Krämpfe</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 oder mehr</translation>
    </message>
    <message numerus="yes">
        <source>Night of %1: %n cramp(s)</source>
        <translation>
            <numerusform>Nacht vom %1: %n Krampf</numerusform>
            <numerusform>Nacht vom %1: %n Krämpfe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NightLogCsv</name>
    <message>
        <source>the first columns must be: %1</source>
        <translation>die ersten Spalten müssen lauten: %1</translation>
    </message>
    <message>
        <source>this column appears twice (columns %1 and %2)</source>
        <translation>diese Spalte kommt doppelt vor (Spalten %1 und %2)</translation>
    </message>
    <message>
        <source>no such factor in this diary (add your own factors first)</source>
        <translation>diesen Faktor gibt es in diesem Tagebuch nicht (legen Sie zuerst Ihre eigenen Faktoren an)</translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected</source>
        <translation>%1 Felder, erwartet wurden %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum in der Form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a night a diary can hold (years 1900 to 2200)</source>
        <translation>%1 ist keine Nacht, die ein Tagebuch aufnehmen kann (Jahre 1900 bis 2200)</translation>
    </message>
    <message>
        <source>this night appears twice in the file</source>
        <translation>diese Nacht kommt in der Datei doppelt vor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>„%1“ ist keine Zeit in der Form YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation>„%1“ ist ungültig, erwartet wird %2</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes oder no</translation>
    </message>
    <message>
        <source>number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>the diary refused this row: %1</source>
        <translation>das Tagebuch hat diese Zeile abgelehnt: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>„%1“ ist weder yes noch no</translation>
    </message>
    <message>
        <source>the diary has no self-experiment planned for this night, so whether the plan was kept cannot be recorded (plan the same experiment first)</source>
        <translation>für diese Nacht ist im Tagebuch kein Selbstversuch geplant, daher lässt sich nicht eintragen, ob der Plan eingehalten wurde (planen Sie zuerst denselben Selbstversuch)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>a passphrase is needed: run the command in a terminal, or give --%1 with a file holding it on its first line.</source>
        <translation>ein Passwort wird benötigt: Führen Sie den Befehl in einem Terminal aus oder geben Sie --%1 mit einer Datei an, die es in der ersten Zeile enthält.</translation>
    </message>
    <message>
        <source>Read the backup&apos;s passphrase from the first line of this file.</source>
        <translation>Das Passwort der Sicherung aus der ersten Zeile dieser Datei lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>Passwort für die Sicherung: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <source>the two passphrases differ.</source>
        <translation>die beiden Passwörter sind verschieden.</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Passwort der Sicherung: </translation>
    </message>
</context>
<context>
    <name>PercentText</name>
    <message>
        <source>%1%</source>
        <comment>a percentage: German puts a no-break space before the sign</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>PlanAdherenceRow</name>
    <message>
        <source>Tonight&apos;s self-experiment</source>
        <translation>Selbstversuch für heute Nacht</translation>
    </message>
    <message>
        <source>&amp;Kept to the plan?</source>
        <translation>Plan &amp;eingehalten?</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Kept to the plan?</source>
        <translation>Plan eingehalten?</translation>
    </message>
    <message>
        <source>Self-experiment — %1</source>
        <translation>Selbstversuch – %1</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>Your diary can be read by others</source>
        <translation>Ihr Tagebuch ist für andere lesbar</translation>
    </message>
    <message>
        <source>Other users of this computer can read %1.</source>
        <translation>Andere Benutzer dieses Computers können %1 lesen.</translation>
    </message>
    <message>
        <source>A health diary is best kept private. Cramp Diary can make the file readable by you alone; it does not change a file you chose without asking.</source>
        <translation>Ein Gesundheitstagebuch bleibt am besten privat. Cramp Diary kann die Datei so einstellen, dass nur Sie sie lesen können; eine von Ihnen gewählte Datei ändert es nicht, ohne zu fragen.</translation>
    </message>
    <message>
        <source>&amp;Make it private</source>
        <translation>&amp;Privat machen</translation>
    </message>
    <message>
        <source>&amp;Leave it as it is</source>
        <translation>&amp;So lassen</translation>
    </message>
    <message>
        <source>The diary is unchanged</source>
        <translation>Das Tagebuch ist unverändert</translation>
    </message>
    <message>
        <source>Cramp Diary could not change who may read %1.</source>
        <translation>Cramp Diary konnte nicht ändern, wer %1 lesen darf.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>L</source>
        <comment>key for the left leg</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <comment>key for the right leg</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>B</source>
        <comment>key for both legs</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <comment>key for the calf</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>F</source>
        <comment>key for the foot</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>H</source>
        <comment>key for the front of the thigh</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>K</source>
        <comment>key for the back of the thigh</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>T</source>
        <comment>key for the toes</comment>
        <translation>Z</translation>
    </message>
    <message>
        <source>O</source>
        <comment>key for another muscle</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Cramp logged</source>
        <translation>Krampf eingetragen</translation>
    </message>
    <message>
        <source>Quick cramp log</source>
        <translation>Krampf schnell eintragen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cramp recorded at %1.&lt;/b&gt; Add what you can, or just press Enter.</source>
        <translation>&lt;b&gt;Krampf um %1 eingetragen.&lt;/b&gt; Ergänzen Sie, was Sie können, oder drücken Sie einfach Enter.</translation>
    </message>
    <message>
        <source>How bad? (0 none, 10 worst imaginable)</source>
        <translation>Wie schlimm? (0 gar nicht, 10 so schlimm wie nur vorstellbar)</translation>
    </message>
    <message>
        <source>Severity %1 of 10</source>
        <translation>Schweregrad %1 von 10</translation>
    </message>
    <message>
        <source>Which leg?</source>
        <translation>Welches Bein?</translation>
    </message>
    <message>
        <source>Which muscle?</source>
        <translation>Welcher Muskel?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Wann?</translation>
    </message>
    <message>
        <source>&amp;Just now</source>
        <translation>&amp;Gerade eben</translation>
    </message>
    <message>
        <source>It happened just now</source>
        <translation>Es ist gerade eben passiert</translation>
    </message>
    <message>
        <source>&amp;Earlier this night, at</source>
        <translation>&amp;Früher heute Nacht, um</translation>
    </message>
    <message>
        <source>It happened earlier this night</source>
        <translation>Es ist heute Nacht schon früher passiert</translation>
    </message>
    <message>
        <source>Time of the cramp</source>
        <translation>Uhrzeit des Krampfs</translation>
    </message>
    <message>
        <source>How many cramps like this</source>
        <translation>Wie viele Krämpfe dieser Art</translation>
    </message>
    <message>
        <source>How &amp;many cramps like this?</source>
        <translation>Wie &amp;viele Krämpfe dieser Art?</translation>
    </message>
    <message>
        <source>More de&amp;tails…</source>
        <translation>Weitere &amp;Details…</translation>
    </message>
    <message>
        <source>Save and open all details</source>
        <translation>Speichern und alle Details öffnen</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Fertig (Enter)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>target and its key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keys: 0 to 9 for how bad (1 then 0 for 10), the letter on a leg or muscle, Enter when done, Esc to close keeping what you chose.</source>
        <translation>Tasten: 0 bis 9 für den Schweregrad (1, dann 0 für 10), der angezeigte Buchstabe für ein Bein oder einen Muskel, Enter, wenn Sie fertig sind, Esc zum Schließen, wobei Ihre Auswahl erhalten bleibt.</translation>
    </message>
    <message>
        <source>e.g. 03:30</source>
        <translation>z. B. 03:30</translation>
    </message>
    <message>
        <source>Type it as 0330, 3:30 or 3</source>
        <translation>Als 0330, 3:30 oder 3 eingeben</translation>
    </message>
    <message>
        <source>Type the time of the cramp, such as 0330 or 3:30, or choose “Just now”.</source>
        <translation>Geben Sie die Uhrzeit des Krampfs ein, etwa 0330 oder 3:30, oder wählen Sie „Gerade eben“.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it as 0330, 3:30 or 3.</source>
        <translation>„%1“ ist keine Uhrzeit. Geben Sie sie als 0330, 3:30 oder 3 ein.</translation>
    </message>
    <message>
        <source>%1 has not come yet this night. Type an earlier time, or choose “Just now”.</source>
        <translation>%1 Uhr ist heute Nacht noch nicht erreicht. Geben Sie eine frühere Uhrzeit ein oder wählen Sie „Gerade eben“.</translation>
    </message>
    <message>
        <source>= %1, the night of %2</source>
        <translation>= %1, Nacht vom %2</translation>
    </message>
    <message>
        <source>Press Esc again to close; the cramp then keeps %1.</source>
        <translation>Drücken Sie noch einmal Esc zum Schließen; der Krampf behält dann %1.</translation>
    </message>
    <message>
        <source>Keys 1 then 0</source>
        <translation>Tasten 1, dann 0</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>Leg: %1, key %2</source>
        <translation>Bein: %1, Taste %2</translation>
    </message>
    <message>
        <source>Muscle: %1, key %2</source>
        <translation>Muskel: %1, Taste %2</translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All of the diary</source>
        <translation>Ganzes Tagebuch</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Range of nights shown</source>
        <translation>Gezeigter Zeitraum</translation>
    </message>
    <message>
        <source>First night of the custom range</source>
        <translation>Erste Nacht des eigenen Zeitraums</translation>
    </message>
    <message>
        <source>Last night of the custom range</source>
        <translation>Letzte Nacht des eigenen Zeitraums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>RecentNights</name>
    <message>
        <source>Night of %1</source>
        <translation>Nacht vom %1</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>mit Abendeintrag</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>kein Abendeintrag</translation>
    </message>
    <message>
        <source>The last two weeks, newest night first</source>
        <translation>Die letzten zwei Wochen, die neueste Nacht zuerst</translation>
    </message>
</context>
<context>
    <name>RedFlagAlertDialog</name>
    <message>
        <source>A warning sign was noted</source>
        <translation>Ein Warnzeichen wurde notiert</translation>
    </message>
    <message>
        <source>You noted: %1</source>
        <translation>Sie haben notiert: %1</translation>
    </message>
    <message>
        <source>Read the guidance: %1</source>
        <translation>Im Ratgeber lesen: %1</translation>
    </message>
    <message>
        <source>The diary cannot examine you; these are the signs the guidance says a clinician should look at. Your cramp has been saved.</source>
        <translation>Das Tagebuch kann Sie nicht untersuchen; laut Ratgeber sind das Zeichen, die sich eine Ärztin oder ein Arzt ansehen sollte. Ihr Krampf wurde gespeichert.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Close the warning</source>
        <translation>Warnung schließen</translation>
    </message>
    <message>
        <source>Read the guidance on this</source>
        <translation>Dazu im Ratgeber lesen</translation>
    </message>
</context>
<context>
    <name>RedFlagRules</name>
    <message>
        <source>Call the emergency services now</source>
        <translation>Rufen Sie jetzt den Notruf an</translation>
    </message>
    <message>
        <source>See a clinician today</source>
        <translation>Lassen Sie sich heute ärztlich untersuchen</translation>
    </message>
    <message>
        <source>Ask for an urgent appointment</source>
        <translation>Bitten Sie um einen dringenden Arzttermin</translation>
    </message>
    <message>
        <source>Book an appointment with a clinician</source>
        <translation>Vereinbaren Sie einen Arzttermin</translation>
    </message>
    <message>
        <source>Mention this at your next appointment</source>
        <translation>Sprechen Sie es beim nächsten Arzttermin an</translation>
    </message>
    <message>
        <source>Being short of breath or having chest pain together with a painful leg needs help at once. Call your local emergency number; do not wait to see if it passes.</source>
        <translation>Atemnot oder Brustschmerzen zusammen mit einem schmerzenden Bein brauchen sofort Hilfe. Rufen Sie den Notruf an (in Deutschland und der EU: 112); warten Sie nicht ab, ob es vorübergeht.</translation>
    </message>
    <message>
        <source>Swelling, redness or warmth of the leg, or pain that is constant or not eased by stretching, should be examined today so that a blood clot can be ruled out.</source>
        <translation>Schwellung, Rötung oder Überwärmung des Beins oder ein Schmerz, der anhält oder beim Dehnen nicht nachlässt, sollte noch heute ärztlich untersucht werden, damit ein Blutgerinnsel ausgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>A cramp that goes on for more than ten minutes without easing should be checked soon. Ask your practice for an urgent appointment.</source>
        <translation>Ein Krampf, der länger als zehn Minuten anhält, ohne nachzulassen, sollte bald ärztlich abgeklärt werden. Bitten Sie Ihre Arztpraxis um einen dringenden Termin.</translation>
    </message>
    <message>
        <source>lasted %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <source>These signs are not an emergency, but they are worth showing to a clinician. Book an appointment and bring your diary&apos;s report.</source>
        <translation>Diese Zeichen sind kein Notfall, aber eine Ärztin oder ein Arzt sollte sie sich ansehen. Vereinbaren Sie einen Termin und bringen Sie den Bericht aus Ihrem Tagebuch mit.</translation>
    </message>
    <message>
        <source>Your cramps have become more frequent: %1 in the last four weeks against %2 in the four weeks before. That is worth raising with a clinician; the report shows it in figures.</source>
        <translation>Ihre Krämpfe sind häufiger geworden: %1 in den letzten vier Wochen gegenüber %2 in den vier Wochen davor. Sprechen Sie das bei Ihrer Ärztin oder Ihrem Arzt an; der Bericht zeigt es in Zahlen.</translation>
    </message>
    <message>
        <source>%1 cramps in 4 weeks, up from %2</source>
        <translation>%1 Krämpfe in 4 Wochen, vorher %2</translation>
    </message>
    <message>
        <source>Cramps disturbed your sleep on %1 of the last 28 nights. Frequent broken sleep is worth raising with a clinician; the report shows it in figures.</source>
        <translation>Krämpfe haben in %1 der letzten 28 Nächte Ihren Schlaf gestört. Häufig unterbrochener Schlaf ist ein Thema für Ihre Ärztin oder Ihren Arzt; der Bericht zeigt es in Zahlen.</translation>
    </message>
    <message>
        <source>Sleep disturbed on %1 nights in 4 weeks</source>
        <translation>Schlaf in %1 Nächten innerhalb von 4 Wochen gestört</translation>
    </message>
</context>
<context>
    <name>RemindCommand</name>
    <message>
        <source>Show the evening reminder if tonight has no check-in yet: at most once a night, from the time set in Settings for a few hours, never on a night marked as not tracked. Run by the reminder timer the setting installs; clicking &quot;Check in&quot; opens the check-in.</source>
        <translation>Zeigt die Abend-Erinnerung, wenn es für heute Nacht noch keinen Abendeintrag gibt: höchstens einmal pro Nacht, ab der in den Einstellungen gewählten Zeit für einige Stunden, nie in einer als nicht erfasst markierten Nacht. Wird vom Erinnerungs-Timer gestartet, den die Einstellung einrichtet; ein Klick auf „Abendeintrag machen“ öffnet den Abendeintrag.</translation>
    </message>
    <message>
        <source>How long to wait for a click on the notification (0 to 86400; default 1800).</source>
        <translation>Wie lange auf einen Klick auf die Benachrichtigung gewartet wird (0 bis 86400; Standard 1800).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>No desktop notification service answered; no reminder was shown.</source>
        <translation>Kein Benachrichtigungsdienst des Desktops hat geantwortet; es wurde keine Erinnerung gezeigt.</translation>
    </message>
    <message>
        <source>Reminder shown for the night of %1.</source>
        <translation>Erinnerung für die Nacht vom %1 gezeigt.</translation>
    </message>
    <message>
        <source>Opening the check-in.</source>
        <translation>Der Abendeintrag wird geöffnet.</translation>
    </message>
    <message>
        <source>Could not start Cramp Diary to open the check-in.</source>
        <translation>Cramp Diary konnte nicht gestartet werden, um den Abendeintrag zu öffnen.</translation>
    </message>
</context>
<context>
    <name>ReminderCheck</name>
    <message>
        <source>Evening check-in</source>
        <translation>Abendeintrag</translation>
    </message>
    <message>
        <source>Tonight has no check-in yet. A minute on water, stretching and medicines helps you see what goes with your cramps.</source>
        <translation>Für heute Nacht gibt es noch keinen Abendeintrag. Eine Minute für Wasser, Dehnen und Medikamente hilft Ihnen zu sehen, was mit Ihren Krämpfen zusammenhängt.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Abendeintrag machen</translation>
    </message>
    <message>
        <source>The evening reminder is off (Settings).</source>
        <translation>Die Abend-Erinnerung ist ausgeschaltet (Einstellungen).</translation>
    </message>
    <message>
        <source>Not yet: the reminder time has not come tonight.</source>
        <translation>Noch nicht: Die Erinnerungszeit ist heute noch nicht erreicht.</translation>
    </message>
    <message>
        <source>A reminder is due.</source>
        <translation>Eine Erinnerung ist fällig.</translation>
    </message>
    <message>
        <source>Tonight&apos;s reminder has already been shown.</source>
        <translation>Die Erinnerung für heute Nacht wurde bereits gezeigt.</translation>
    </message>
    <message>
        <source>Tonight already has a check-in.</source>
        <translation>Für heute Nacht gibt es bereits einen Abendeintrag.</translation>
    </message>
    <message>
        <source>Tonight is marked as not tracked.</source>
        <translation>Heute Nacht ist als nicht erfasst markiert.</translation>
    </message>
    <message>
        <source>The reminder time passed hours ago; no reminder this late.</source>
        <translation>Die Erinnerungszeit ist schon Stunden vorbei; so spät kommt keine Erinnerung mehr.</translation>
    </message>
    <message>
        <source>Self-experiment — %1.</source>
        <translation>Selbstversuch – %1.</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>&amp;Remind me at</source>
        <translation>&amp;Erinnern um</translation>
    </message>
    <message>
        <source>Evening reminder</source>
        <translation>Abend-Erinnerung</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <source>if tonight has no check-in (once a night, also with the window closed)</source>
        <translation>wenn es für heute Nacht noch keinen Abendeintrag gibt (einmal pro Nacht, auch bei geschlossenem Fenster)</translation>
    </message>
</context>
<context>
    <name>ReminderTimer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot enable the reminder timer at %1.</source>
        <translation>Der Erinnerungs-Timer unter %1 kann nicht aktiviert werden.</translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message>
        <source>The diary needs a repair</source>
        <translation>Das Tagebuch muss repariert werden</translation>
    </message>
    <message>
        <source>Cramp Diary can repair it now: every entry that keeps the diary&apos;s rules is copied into a repaired diary, the ones left out are listed, and the damaged file is kept beside it.</source>
        <translation>Cramp Diary kann es jetzt reparieren: Jeder Eintrag, der den Regeln des Tagebuchs entspricht, wird in ein repariertes Tagebuch kopiert, die weggelassenen werden aufgelistet, und die beschädigte Datei wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparieren</translation>
    </message>
    <message>
        <source>The repair did not work</source>
        <translation>Die Reparatur hat nicht geklappt</translation>
    </message>
    <message>
        <source>Nothing could be saved</source>
        <translation>Es ließ sich nichts retten</translation>
    </message>
    <message>
        <source>Nothing could be read from %1. Restore a backup instead (File → Restore from backup); the file was left untouched.</source>
        <translation>Aus %1 ließ sich nichts lesen. Stellen Sie stattdessen eine Sicherung wieder her (Datei → Aus einer Sicherung wiederherstellen); an der Datei wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The diary was repaired and kept %1.</source>
        <translation>Das Tagebuch wurde repariert; erhalten blieben %1.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n record(s) the diary&apos;s rules do not allow (Show Details lists them).</source>
        <translation>
            <numerusform>Weggelassen: %n Eintrag, den die Regeln des Tagebuchs nicht zulassen (die Details nennen ihn).</numerusform>
            <numerusform>Weggelassen: %n Einträge, die die Regeln des Tagebuchs nicht zulassen (die Details nennen sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Diary repaired</source>
        <translation>Tagebuch repariert</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>RepairSwap</name>
    <message>
        <source>Cannot keep a copy of the damaged diary as %1; the diary was not changed.</source>
        <translation>Eine Kopie des beschädigten Tagebuchs kann nicht als %1 behalten werden; das Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; the repair finishes the next time the diary is opened.</source>
        <translation>%1 kann nicht beiseitegelegt werden; die Reparatur wird beim nächsten Öffnen des Tagebuchs abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot put the repaired diary in place of %1. It is kept as %2; the damaged diary as %3.</source>
        <translation>Das reparierte Tagebuch kann nicht an die Stelle von %1 gesetzt werden. Es liegt als %2 vor, das beschädigte als %3.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>First night (default: 12 weeks before --to, or the diary&apos;s first night if later).</source>
        <translation>Erste Nacht (Standard: 12 Wochen vor --to oder die erste Nacht des Tagebuchs, falls diese später liegt).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Last night (default: last night).</source>
        <translation>Letzte Nacht des Zeitraums (Standard: die vergangene Nacht).</translation>
    </message>
    <message>
        <source>First night of the baseline (default: the period&apos;s first, when it has four weeks or more).</source>
        <translation>Erste Nacht des Ausgangszeitraums (Standard: die erste des Zeitraums, wenn dieser vier Wochen oder länger ist).</translation>
    </message>
    <message>
        <source>Last night of the baseline (default: two weeks in).</source>
        <translation>Letzte Nacht des Ausgangszeitraums (Standard: nach zwei Wochen).</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>--baseline-from must not be after --baseline-to.</source>
        <translation>--baseline-from darf nicht nach --baseline-to liegen.</translation>
    </message>
    <message>
        <source>Print the report&apos;s page-one figures for a range.</source>
        <translation>Gibt die Kennzahlen von Seite eins des Berichts für einen Zeitraum aus.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>no tracked nights</source>
        <translation>keine erfassten Nächte</translation>
    </message>
    <message>
        <source>Nights %1 to %2: %3 tracked, %4 checked in</source>
        <translation>Nächte %1 bis %2: %3 erfasst, %4 mit Abendeintrag</translation>
    </message>
    <message>
        <source>Cramps: %1 (%2 per week), cramp nights: %3 (%4 per week)</source>
        <translation>Krämpfe: %1 (%2 pro Woche), Krampfnächte: %3 (%4 pro Woche)</translation>
    </message>
    <message>
        <source>Change from baseline: not available (no cramps or no tracked nights in the baseline)</source>
        <translation>Veränderung gegenüber dem Ausgangszeitraum: nicht verfügbar (keine Krämpfe oder keine erfassten Nächte im Ausgangszeitraum)</translation>
    </message>
    <message>
        <source>No baseline: the period is shorter than four weeks</source>
        <translation>Kein Ausgangszeitraum: Der Zeitraum ist kürzer als vier Wochen</translation>
    </message>
    <message>
        <source>Write the doctor&apos;s report as a PDF.</source>
        <translation>Schreibt den Bericht für die Arztpraxis als PDF.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Patient name to print (optional).</source>
        <translation>Name, der auf den Bericht gedruckt wird (optional).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth to print (optional).</source>
        <translation>Geburtsdatum, das auf den Bericht gedruckt wird (optional).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output ist erforderlich.</translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2 to %3.</source>
        <translation>Bericht für %1 bis %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Write a week of nights to fill in with a pen by the bed, in the quick log&apos;s order, as a PDF.</source>
        <translation>Eine Woche Nächte zum Ausfüllen mit dem Stift am Bett, in der Reihenfolge des Schnelleintrags, als PDF schreiben.</translation>
    </message>
    <message>
        <source>The sheet&apos;s first night (default: tonight).</source>
        <translation>Die erste Nacht des Blatts (Standard: heute Nacht).</translation>
    </message>
    <message>
        <source>Wrote a bedside sheet for the nights of %1 to %2 to %3.</source>
        <translation>Nachtblatt für die Nächte vom %1 bis %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>none: no baseline and no change from it; default: the first two weeks of a period of four weeks or more.</source>
        <translation>none: kein Ausgangszeitraum und keine Veränderung dazu; default: die ersten zwei Wochen eines Zeitraums von vier Wochen oder mehr.</translation>
    </message>
    <message>
        <source>none|default</source>
        <translation>none|default</translation>
    </message>
    <message>
        <source>--baseline is for none or the default; give --baseline-from and --baseline-to alone for other nights.</source>
        <translation>--baseline steht für none oder default; für andere Nächte geben Sie nur --baseline-from und --baseline-to an.</translation>
    </message>
    <message>
        <source>No baseline: none was chosen</source>
        <translation>Kein Ausgangszeitraum: keiner wurde gewählt</translation>
    </message>
    <message>
        <source>Sections on page two, comma-separated (default: reliefs,factors): reliefs (what was tried during cramps), factors (the evening factors that go clearly with cramp nights), numbers (every factor with its statistics), episodes (every cramp with its notes); or none.</source>
        <translation>Abschnitte auf Seite zwei, durch Kommas getrennt (Standard: reliefs,factors): reliefs (Linderungsversuche bei Krämpfen), factors (Abendfaktoren, die deutlich mit Krampfnächten zusammenhängen), numbers (jeder Faktor mit seiner Statistik), episodes (alle Krämpfe mit ihren Notizen); oder none.</translation>
    </message>
    <message>
        <source>Your questions for the visit, printed on page one and kept in the diary for the next report (an empty text removes them).</source>
        <translation>Ihre Fragen für den Arztbesuch, auf Seite eins gedruckt und im Tagebuch für den nächsten Bericht aufbewahrt (ein leerer Text entfernt sie).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Change from baseline: +%1%, more cramps</source>
        <translation>Veränderung gegenüber dem Ausgangszeitraum: +%1 %, mehr Krämpfe</translation>
    </message>
    <message>
        <source>Change from baseline: %1%, fewer cramps</source>
        <translation>Veränderung gegenüber dem Ausgangszeitraum: %1 %, weniger Krämpfe</translation>
    </message>
    <message>
        <source>Change from baseline: no change</source>
        <translation>Veränderung gegenüber dem Ausgangszeitraum: keine Veränderung</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>not recorded</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n night(s))</source>
        <translation>
            <numerusform>%1 bis %2 (%n Nacht)</numerusform>
            <numerusform>%1 bis %2 (%n Nächte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: the last 12 weeks, %1.</source>
        <translation>Zeitraum: die letzten 12 Wochen, %1.</translation>
    </message>
    <message>
        <source>Period: the whole diary, %1, as it is shorter than 12 weeks.</source>
        <translation>Zeitraum: das ganze Tagebuch, %1, da es kürzer als 12 Wochen ist.</translation>
    </message>
    <message>
        <source>Period: %1.</source>
        <translation>Zeitraum: %1.</translation>
    </message>
    <message>
        <source>Night leg cramps: diary report</source>
        <translation>Nächtliche Beinkrämpfe: Bericht aus dem Tagebuch</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient/in: %1</translation>
    </message>
    <message>
        <source>Patient: not named</source>
        <translation>Patient/in: nicht angegeben</translation>
    </message>
    <message>
        <source>Figures are per tracked night; a night with no entry counts as a night without a cramp.</source>
        <translation>Die Zahlen beziehen sich auf erfasste Nächte; eine Nacht ohne Eintrag zählt als Nacht ohne Krampf.</translation>
    </message>
    <message>
        <source>Nights tracked</source>
        <translation>Erfasste Nächte</translation>
    </message>
    <message>
        <source>%1 (%2 with an evening check-in)</source>
        <translation>%1 (%2 mit Abendeintrag)</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n Krampf</numerusform>
            <numerusform>%n Krämpfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n night(s)</source>
        <translation>
            <numerusform> in %n Nacht</numerusform>
            <numerusform> in %n Nächten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n cramp-free night(s)</source>
        <translation>
            <numerusform>; %n krampffreie Nacht</numerusform>
            <numerusform>; %n krampffreie Nächte</numerusform>
        </translation>
    </message>
    <message>
        <source>Cramps per week</source>
        <translation>Krämpfe pro Woche</translation>
    </message>
    <message>
        <source>Cramp nights per week</source>
        <translation>Krampfnächte pro Woche</translation>
    </message>
    <message>
        <source>No baseline was set: the period is shorter than four weeks.</source>
        <translation>Es wurde kein Ausgangszeitraum festgelegt: Der Zeitraum ist kürzer als vier Wochen.</translation>
    </message>
    <message>
        <source>%1% (%2 per week from %3 to %4; %5 per week since). </source>
        <translation>%1 % (%2 pro Woche vom %3 bis %4; seitdem %5 pro Woche). </translation>
    </message>
    <message>
        <source>A reduction of at least 25%.</source>
        <translation>Ein Rückgang um mindestens 25 %.</translation>
    </message>
    <message>
        <source>A reduction of less than 25%.</source>
        <translation>Ein Rückgang um weniger als 25 %.</translation>
    </message>
    <message>
        <source>An increase.</source>
        <translation>Eine Zunahme.</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Keine Veränderung.</translation>
    </message>
    <message>
        <source>Not available: no cramps or no tracked nights in the baseline %1 to %2.</source>
        <translation>Nicht verfügbar: keine Krämpfe oder keine erfassten Nächte im Ausgangszeitraum %1 bis %2.</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Veränderung gegenüber dem Ausgangszeitraum</translation>
    </message>
    <message>
        <source>Severity (0-10)</source>
        <translation>Schweregrad (0-10)</translation>
    </message>
    <message>
        <source>median %1, range %2 to %3</source>
        <translation>Median %1, Spanne %2 bis %3</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>Sleep disturbance (0-10)</source>
        <translation>Schlafstörung (0-10)</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>Time of night</source>
        <translation>Uhrzeit in der Nacht</translation>
    </message>
    <message>
        <source>%1% of cramps began between %2:00 and %3:59</source>
        <translation>%1 % der Krämpfe begannen zwischen %2:00 und %3:59 Uhr</translation>
    </message>
    <message>
        <source>no cramps</source>
        <translation>keine Krämpfe</translation>
    </message>
    <message>
        <source>Warning signs recorded</source>
        <translation>Notierte Warnzeichen</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine eingetragen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>What was tried during cramps</source>
        <translation>Linderungsversuche bei Krämpfen</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts eingetragen.</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Linderungsversuch</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Linderungsversuche</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Geholfen</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>Nicht geholfen</translation>
    </message>
    <message>
        <source>Evening factors and cramp nights</source>
        <translation>Abendfaktoren und Krampfnächte</translation>
    </message>
    <message>
        <source>Only nights with a check-in count. A link shows that two things happened on the same nights, not that one causes the other.</source>
        <translation>Es zählen nur Nächte mit Abendeintrag. Ein Zusammenhang zeigt, dass zwei Dinge in denselben Nächten vorkamen, nicht, dass das eine das andere verursacht.</translation>
    </message>
    <message>
        <source> Guidance: “%1”.</source>
        <translation> Ratgeber: „%1“.</translation>
    </message>
    <message>
        <source>Appendix: every cramp</source>
        <translation>Anhang: alle Krämpfe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Leg, muscle</source>
        <translation>Bein, Muskel</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source> (helped)</source>
        <translation> (hat geholfen)</translation>
    </message>
    <message>
        <source> (did not help)</source>
        <translation> (hat nicht geholfen)</translation>
    </message>
    <message>
        <source>Patient-recorded diary data. Made %1 with Cramp Diary %2.</source>
        <translation>Vom Patienten bzw. von der Patientin selbst aufgezeichnete Tagebuchdaten. Erstellt am %1 mit Cramp Diary %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n night(s)</source>
        <translation>
            <numerusform>%1: %n Nacht</numerusform>
            <numerusform>%1: %n Nächte</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks with fewer than 7 recorded nights (the week beginning): %1. From %2 nights a bar is scaled to a week; with fewer it shows the count itself.</source>
        <translation>Wochen mit weniger als 7 erfassten Nächten (Wochenbeginn): %1. Ab %2 Nächten wird ein Balken auf eine Woche hochgerechnet; bei weniger zeigt er die Anzahl selbst.</translation>
    </message>
    <message>
        <source>Not measured: no baseline was chosen for this report.</source>
        <translation>Nicht gemessen: für diesen Bericht wurde kein Ausgangszeitraum gewählt.</translation>
    </message>
    <message>
        <source>Not compared yet: no factor has 10 nights with and 10 without it.</source>
        <translation>Noch nicht verglichen: Kein Faktor hat 10 Nächte mit und 10 ohne ihn.</translation>
    </message>
    <message>
        <source>Evening factor</source>
        <translation>Abendfaktor</translation>
    </message>
    <message>
        <source>Cramp nights with it</source>
        <translation>Krampfnächte mit ihm</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>Ohne ihn</translation>
    </message>
    <message>
        <source>As common</source>
        <translation>So häufig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message numerus="yes">
        <source>Nights with an evening check-in only; a link means two things happened on the same nights, not that one causes the other. %n factor answer(s) compared.</source>
        <translation>
            <numerusform>Nur Nächte mit Abendeintrag; ein Zusammenhang heißt, dass zwei Dinge in denselben Nächten vorkamen, nicht, dass das eine das andere verursacht. %n Faktorantwort verglichen.</numerusform>
            <numerusform>Nur Nächte mit Abendeintrag; ein Zusammenhang heißt, dass zwei Dinge in denselben Nächten vorkamen, nicht, dass das eine das andere verursacht. %n Faktorantworten verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cramps before and after a medicine change</source>
        <translation>Krämpfe vor und nach einer Änderung der Medikamente</translation>
    </message>
    <message>
        <source>The full numbers: every evening factor</source>
        <translation>Alle Zahlen: jeder Abendfaktor</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Patient: not named, born %1</source>
        <translation>Patient/in: ohne Namen, geboren am %1</translation>
    </message>
    <message>
        <source>Patient: %1, born %2</source>
        <translation>Patient/in: %1, geboren am %2</translation>
    </message>
    <message>
        <source>needs a period of 8 weeks or more</source>
        <translation>braucht einen Zeitraum von 8 Wochen oder mehr</translation>
    </message>
    <message>
        <source>not measured: no tracked nights in one of the two four-week spans</source>
        <translation>nicht gemessen: keine erfassten Nächte in einem der beiden Vier-Wochen-Abschnitte</translation>
    </message>
    <message>
        <source>%1 cramps a week in the last 4 weeks, %2 in the 4 weeks before</source>
        <translation>%1 Krämpfe pro Woche in den letzten 4 Wochen, %2 in den 4 Wochen davor</translation>
    </message>
    <message>
        <source>%1: about the same.</source>
        <translation>%1: etwa gleich.</translation>
    </message>
    <message>
        <source>%1: more cramps.</source>
        <translation>%1: mehr Krämpfe.</translation>
    </message>
    <message>
        <source>%1: fewer cramps.</source>
        <translation>%1: weniger Krämpfe.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>dose not recorded</source>
        <translation>Dosis nicht eingetragen</translation>
    </message>
    <message>
        <source>Medicines in this period</source>
        <translation>Medikamente in diesem Zeitraum</translation>
    </message>
    <message>
        <source>* A kind of medicine that studies have linked to night cramps.</source>
        <translation>* Eine Art von Medikament, die Studien mit nächtlichen Krämpfen in Verbindung gebracht haben.</translation>
    </message>
    <message numerus="yes">
        <source>Lasted over %n minute(s)</source>
        <translation>
            <numerusform>Dauerte über %n Minute</numerusform>
            <numerusform>Dauerte über %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s): %1</source>
        <translation>
            <numerusform>%n Krampf: %1</numerusform>
            <numerusform>%n Krämpfe: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient&apos;s questions for this visit</source>
        <translation>Fragen des Patienten bzw. der Patientin für diesen Besuch</translation>
    </message>
    <message numerus="yes">
        <source>%n factor answer(s) compared; none goes clearly with more or fewer cramp nights, after allowing for the number of comparisons.</source>
        <translation>
            <numerusform>%n Faktorantwort verglichen; sie geht nach Berücksichtigung der Zahl der Vergleiche nicht deutlich mit mehr oder weniger Krampfnächten einher.</numerusform>
            <numerusform>%n Faktorantworten verglichen; keine geht nach Berücksichtigung der Zahl der Vergleiche deutlich mit mehr oder weniger Krampfnächten einher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>What was tried during cramps, and how often it &amp;helped</source>
        <translation>Linderungsversuche bei Krämpfen und wie oft sie &amp;geholfen haben</translation>
    </message>
    <message>
        <source>Evening &amp;factors that go clearly with cramp nights</source>
        <translation>Abend&amp;faktoren, die deutlich mit Krampfnächten zusammenhängen</translation>
    </message>
    <message>
        <source>Appendix: every &amp;cramp with its notes</source>
        <translation>Anhang: alle &amp;Krämpfe mit ihren Notizen</translation>
    </message>
    <message>
        <source>The full n&amp;umbers: every evening factor with its statistics</source>
        <translation>Alle &amp;Zahlen: jeder Abendfaktor mit seiner Statistik</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First night of the report</source>
        <translation>Erste Nacht des Berichts</translation>
    </message>
    <message>
        <source>Last night of the report</source>
        <translation>Letzte Nacht des Berichts</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>First night of the baseline</source>
        <translation>Erste Nacht des Ausgangszeitraums</translation>
    </message>
    <message>
        <source>Last night of the baseline</source>
        <translation>Letzte Nacht des Ausgangszeitraums</translation>
    </message>
    <message>
        <source>&amp;Baseline for the change</source>
        <translation>&amp;Ausgangszeitraum für die Veränderung</translation>
    </message>
    <message>
        <source>Set by default when the period has four weeks or more: its first two weeks.</source>
        <translation>Standardmäßig gesetzt, wenn der Zeitraum vier Wochen oder länger ist: seine ersten zwei Wochen.</translation>
    </message>
    <message>
        <source>&amp;Last 12 weeks or the whole diary</source>
        <translation>&amp;Letzte 12 Wochen oder ganzes Tagebuch</translation>
    </message>
    <message>
        <source>Use the last 12 weeks, or the whole diary if it is shorter</source>
        <translation>Die letzten 12 Wochen verwenden oder das ganze Tagebuch, wenn es kürzer ist</translation>
    </message>
    <message>
        <source>Patient (optional, printed on page one)</source>
        <translation>Patient/in (optional, wird auf Seite eins gedruckt)</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name der Patientin oder des Patienten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>Print a date of birth</source>
        <translation>Ein Geburtsdatum drucken</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Den Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <source>Preview the printed report</source>
        <translation>Vorschau des gedruckten Berichts</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status des Berichts</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation>Der Bericht wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open its fol&amp;der</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Den gespeicherten Bericht öffnen</translation>
    </message>
    <message>
        <source>Open the folder holding the saved report</source>
        <translation>Den Ordner mit dem gespeicherten Bericht öffnen</translation>
    </message>
    <message>
        <source>A report for your doctor to read in two minutes: page one holds the figures clinical studies use, the weekly chart, your medicines, any warning signs and your questions; the sections you choose below follow on page two.</source>
        <translation>Ein Bericht, den Ihre Ärztin oder Ihr Arzt in zwei Minuten lesen kann: Seite eins enthält die Kennzahlen, die klinische Studien verwenden, die Wochengrafik, Ihre Medikamente, etwaige Warnzeichen und Ihre Fragen; die unten gewählten Abschnitte folgen auf Seite zwei.</translation>
    </message>
    <message>
        <source>Your &amp;questions for the visit (printed on page one)</source>
        <translation>Ihre &amp;Fragen für den Arztbesuch (auf Seite eins gedruckt)</translation>
    </message>
    <message>
        <source>Your questions for the visit</source>
        <translation>Ihre Fragen für den Arztbesuch</translation>
    </message>
    <message>
        <source>Kept in the diary until you change them.</source>
        <translation>Bleiben im Tagebuch, bis Sie sie ändern.</translation>
    </message>
    <message>
        <source>For example: Could one of my medicines cause the cramps?</source>
        <translation>Zum Beispiel: Könnte eines meiner Medikamente die Krämpfe verursachen?</translation>
    </message>
    <message>
        <source>On page two</source>
        <translation>Auf Seite zwei</translation>
    </message>
    <message>
        <source>Your questions were not kept in the diary: %1 They are still in the box above.</source>
        <translation>Ihre Fragen wurden nicht im Tagebuch gespeichert: %1 Sie stehen weiterhin im Feld oben.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>There is no upgrade from diary format %1 to %2.</source>
        <translation>Es gibt keine Aktualisierung von Tagebuchformat %1 auf %2.</translation>
    </message>
    <message>
        <source>The upgrade script %1 is missing from this build.</source>
        <translation>Das Aktualisierungsskript %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Upgrading the diary from version %1 to %2 failed and was undone; the diary is still at version %1. Details: %3</source>
        <translation>Die Aktualisierung des Tagebuchs von Version %1 auf %2 ist fehlgeschlagen und wurde rückgängig gemacht; das Tagebuch ist weiterhin auf Version %1. Details: %3</translation>
    </message>
    <message>
        <source>Making the new diary failed at its step %1 and was undone; the file holds no diary. Details: %2</source>
        <translation>Das Anlegen des neuen Tagebuchs ist bei Schritt %1 gescheitert und wurde rückgängig gemacht; die Datei enthält kein Tagebuch. Einzelheiten: %2</translation>
    </message>
</context>
<context>
    <name>ScreenReaderNames</name>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>Hour a night starts</source>
        <translation>Stunde, zu der eine Nacht beginnt</translation>
    </message>
    <message>
        <source>A cramp before this hour counts for the night before. Noon suits most people; night-shift workers may prefer another hour.</source>
        <translation>Ein Krampf vor dieser Uhrzeit zählt zur vorigen Nacht. 12 Uhr mittags passt für die meisten; wer in Nachtschicht arbeitet, wählt vielleicht eine andere Stunde.</translation>
    </message>
    <message>
        <source>A night starts at</source>
        <translation>Eine Nacht beginnt um</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>Wochen beginnen am</translation>
    </message>
    <message>
        <source>Millilitres (ml)</source>
        <translation>Milliliter (ml)</translation>
    </message>
    <message>
        <source>US fluid ounces (fl oz)</source>
        <translation>US-Flüssigunzen (fl oz)</translation>
    </message>
    <message>
        <source>Unit for water</source>
        <translation>Einheit für Wasser</translation>
    </message>
    <message>
        <source>Water in</source>
        <translation>Wasser in</translation>
    </message>
    <message>
        <source>Diary file in use</source>
        <translation>Verwendete Tagebuchdatei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Open another diary…</source>
        <translation>Anderes Tagebuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another diary file</source>
        <translation>Eine andere Tagebuchdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Create a new diary…</source>
        <translation>&amp;Neues Tagebuch anlegen…</translation>
    </message>
    <message>
        <source>Create a new diary file</source>
        <translation>Eine neue Tagebuchdatei anlegen</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Nachtmodus</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Immer an</translation>
    </message>
    <message>
        <source>Automatic during night hours</source>
        <translation>Automatisch in den Nachtstunden</translation>
    </message>
    <message>
        <source>Dark, dim colours</source>
        <translation>Dunkle, gedämpfte Farben</translation>
    </message>
    <message>
        <source>Night mode starts at</source>
        <translation>Nachtmodus beginnt um</translation>
    </message>
    <message>
        <source>Night mode ends at</source>
        <translation>Nachtmodus endet um</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Night hours from</source>
        <translation>Nachtstunden von</translation>
    </message>
    <message>
        <source>Evening check-in reminder</source>
        <translation>Erinnerung an den Abendeintrag</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cramp Diary (*.sqlite *.crampdiary);;All files (*)</source>
        <translation>Cramp Diary (*.sqlite *.crampdiary);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Create a new diary</source>
        <translation>Neues Tagebuch anlegen</translation>
    </message>
    <message>
        <source>%1
The reminder will only come while the window is open.</source>
        <translation>%1
Die Erinnerung kommt nur, solange das Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect the next time Cramp Diary starts.</source>
        <translation>Wirkt beim nächsten Start von Cramp Diary.</translation>
    </message>
    <message>
        <source>Hour you are usually up</source>
        <translation>Uhrzeit, zu der Sie meist aufstehen</translation>
    </message>
    <message>
        <source>From this hour the night just slept is “last night” and counts in every figure and report. It cannot be later than the hour a night starts.</source>
        <translation>Ab dieser Uhrzeit ist die gerade geschlafene Nacht „letzte Nacht“ und zählt in allen Zahlen und Berichten. Sie kann nicht später sein als die Uhrzeit, zu der eine Nacht beginnt.</translation>
    </message>
    <message>
        <source>You are usually up by</source>
        <translation>Meist auf um</translation>
    </message>
</context>
<context>
    <name>SeverityChart</name>
    <message>
        <source>Severity over time</source>
        <translation>Schweregrad im Verlauf</translation>
    </message>
    <message>
        <source>Severity over time (0-10)</source>
        <translation>Schweregrad im Verlauf (0-10)</translation>
    </message>
    <message>
        <source>A cramp</source>
        <translation>Ein Krampf</translation>
    </message>
    <message>
        <source>Weekly median</source>
        <translation>Wochenmedian</translation>
    </message>
    <message>
        <source>%1: severity %2/10</source>
        <translation>%1: Schweregrad %2/10</translation>
    </message>
</context>
<context>
    <name>Significance</name>
    <message>
        <source>&lt; 0.001</source>
        <translation>&lt; 0,001</translation>
    </message>
    <message>
        <source>%1 &lt; 0.001</source>
        <translation>%1 &lt; 0,001</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>SqlValues</name>
    <message>
        <source>The diary holds an impossible date (“%1”), perhaps written by another program. Nothing was changed; `cramp-diary check` names the entry and `cramp-diary check --repair` saves everything else.</source>
        <translation>Das Tagebuch enthält ein unmögliches Datum („%1“), vielleicht von einem anderen Programm geschrieben. Es wurde nichts verändert; `cramp-diary check` nennt den Eintrag und `cramp-diary check --repair` rettet alles andere.</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is longer than the %2 characters a diary keeps; nothing was saved.</source>
        <translation>%1: länger als die %2 Zeichen, die ein Tagebuch aufnimmt; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>TimeOfNightChart</name>
    <message>
        <source>Time of night</source>
        <translation>Uhrzeit in der Nacht</translation>
    </message>
    <message>
        <source>Cramps starting in that hour</source>
        <translation>Krämpfe, die in dieser Stunde begannen</translation>
    </message>
    <message>
        <source>hour of the clock</source>
        <translation>Uhrzeit (Stunde)</translation>
    </message>
    <message numerus="yes">
        <source>%1:00-%1:59: %n cramp(s)</source>
        <translation>
            <numerusform>%1:00-%1:59 Uhr: %n Krampf</numerusform>
            <numerusform>%1:00-%1:59 Uhr: %n Krämpfe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicBrowser</name>
    <message>
        <source>Guidance topic</source>
        <translation>Thema im Ratgeber</translation>
    </message>
    <message>
        <source>This guidance helps you understand and record your cramps. It is not medical advice and does not diagnose anything; for advice about you, talk to a clinician.</source>
        <translation>Dieser Ratgeber hilft Ihnen, Ihre Krämpfe zu verstehen und festzuhalten. Er ist keine ärztliche Beratung und stellt keine Diagnosen; für einen Rat zu Ihrer Situation sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Woher das stammt</translation>
    </message>
    <message>
        <source>The two articles this guide is based on do not cover this topic.</source>
        <translation>Die beiden Artikel, auf denen dieser Ratgeber beruht, behandeln dieses Thema nicht.</translation>
    </message>
    <message>
        <source>From clinical sources</source>
        <translation>Aus klinischen Quellen</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Cramp Diary</source>
        <translation>Cramp Diary</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Krampf eintragen</translation>
    </message>
    <message>
        <source>Evening check-in</source>
        <translation>Abendeintrag</translation>
    </message>
    <message>
        <source>Open Cramp Diary</source>
        <translation>Cramp Diary öffnen</translation>
    </message>
</context>
<context>
    <name>UndoableDiary</name>
    <message numerus="yes">
        <source>Log %n cramp(s)</source>
        <translation>
            <numerusform>%n Krampf eintragen</numerusform>
            <numerusform>%n Krämpfe eintragen</numerusform>
        </translation>
    </message>
    <message>
        <source>This cramp is no longer in the diary; your changes were not saved.</source>
        <translation>Dieser Krampf steht nicht mehr im Tagebuch; Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Edit cramp</source>
        <translation>Krampf bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cramp(s)</source>
        <translation>
            <numerusform>%n Krampf löschen</numerusform>
            <numerusform>%n Krämpfe löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in for %1</source>
        <translation>Abendeintrag für %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängig machen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Wiederholen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>UntrackedPeriodsDialog</name>
    <message>
        <source>Nights not tracked</source>
        <translation>Nicht erfasste Nächte</translation>
    </message>
    <message>
        <source>Mark nights you did not keep the diary, for example while travelling or ill. They are left out of every rate, so they are not counted as nights without cramps.</source>
        <translation>Markieren Sie Nächte, in denen Sie kein Tagebuch geführt haben, etwa auf Reisen oder bei Krankheit. Diese Nächte werden bei keiner Häufigkeit mitgezählt und gelten daher nicht als Nächte ohne Krämpfe.</translation>
    </message>
    <message>
        <source>Periods not tracked</source>
        <translation>Nicht erfasste Zeiträume</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected period</source>
        <translation>Den ausgewählten Zeitraum entfernen</translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>First night not tracked</source>
        <translation>Erste nicht erfasste Nacht</translation>
    </message>
    <message>
        <source>Last night not tracked</source>
        <translation>Letzte nicht erfasste Nacht</translation>
    </message>
    <message>
        <source>e.g. holiday, in hospital</source>
        <translation>z. B. Urlaub, im Krankenhaus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>Zeitraum &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the period</source>
        <translation>Den Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>&amp;From night</source>
        <translation>&amp;Von Nacht</translation>
    </message>
    <message>
        <source>&amp;To night</source>
        <translation>&amp;Bis Nacht</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The last night is before the first; nothing was added.</source>
        <translation>Die letzte Nacht liegt vor der ersten; es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>WeeklyCrampsChart</name>
    <message>
        <source>Cramps per week</source>
        <translation>Krämpfe pro Woche</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n Krampf</numerusform>
            <numerusform>%n Krämpfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n night(s)</source>
        <translation>
            <numerusform> in %n Nacht</numerusform>
            <numerusform> in %n Nächten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) tracked</source>
        <translation>
            <numerusform>%n Nacht erfasst</numerusform>
            <numerusform>%n Nächte erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 checked in</source>
        <translation>, %1 mit Abendeintrag</translation>
    </message>
    <message>
        <source>Partly tracked: %1 cramps per week at this rate</source>
        <translation>Teilweise erfasst: bei dieser Häufigkeit %1 Krämpfe pro Woche</translation>
    </message>
    <message>
        <source>Worst severity %1/10</source>
        <translation>Höchster Schweregrad %1/10</translation>
    </message>
    <message>
        <source>Nights checked in (of 7)</source>
        <translation>Nächte mit Abendeintrag (von 7)</translation>
    </message>
    <message>
        <source>cramps per week</source>
        <translation>Krämpfe pro Woche</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>7 check-ins</source>
        <translation>7 Abendeinträge</translation>
    </message>
    <message>
        <source>Fewer than %1 nights tracked: the bar is the count itself, not scaled to a week</source>
        <translation>Weniger als %1 Nächte erfasst: Der Balken zeigt die Anzahl selbst, nicht auf eine Woche hochgerechnet</translation>
    </message>
    <message>
        <source>Partly tracked week (4-6 nights scaled to 7; fewer: the count itself)</source>
        <translation>Teilweise erfasste Woche (4–6 Nächte auf 7 hochgerechnet; weniger: die Anzahl selbst)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Cramp Diary</source>
        <translation>Willkommen bei Cramp Diary</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cramp Diary&lt;/b&gt; records night cramps with one key (&lt;b&gt;L&lt;/b&gt;) and, in a one-minute evening check-in (&lt;b&gt;E&lt;/b&gt;), what may go with them. Its charts and report show how often cramps come and which evening factors go with them, for you and your clinician.</source>
        <translation>&lt;b&gt;Cramp Diary&lt;/b&gt; hält nächtliche Krämpfe mit einem Tastendruck fest (&lt;b&gt;L&lt;/b&gt;) und in einem einminütigen Abendeintrag (&lt;b&gt;E&lt;/b&gt;), was damit zusammenhängen könnte. Diagramme und Bericht zeigen Ihnen und Ihrer Ärztin oder Ihrem Arzt, wie oft Krämpfe kommen und welche Abendfaktoren mit ihnen einhergehen.</translation>
    </message>
    <message>
        <source>How nights are counted</source>
        <translation>Wie Nächte gezählt werden</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>A new night starts at</source>
        <translation>Eine neue Nacht beginnt um</translation>
    </message>
    <message>
        <source>A night counts in the figures once it has ended. Nights you mark as not tracked (a holiday without the app) are left out rather than counted as nights without cramps.</source>
        <translation>Eine Nacht zählt in den Zahlen, sobald sie vorbei ist. Nächte, die Sie als nicht erfasst markieren (etwa ein Urlaub ohne die App), werden weggelassen, statt als Nächte ohne Krämpfe zu zählen.</translation>
    </message>
    <message>
        <source>The evening check-in</source>
        <translation>Der Abendeintrag</translation>
    </message>
    <message>
        <source>Your medicines and factors</source>
        <translation>Ihre Medikamente und Faktoren</translation>
    </message>
    <message>
        <source>Add &amp;medicines…</source>
        <translation>&amp;Medikamente hinzufügen…</translation>
    </message>
    <message>
        <source>Add the medicines you take, with their start dates</source>
        <translation>Fügen Sie die Medikamente hinzu, die Sie nehmen, jeweils mit dem Datum, seit dem Sie sie nehmen</translation>
    </message>
    <message>
        <source>Add your own &amp;factors…</source>
        <translation>Eigene &amp;Faktoren hinzufügen…</translation>
    </message>
    <message>
        <source>Add factors of your own to the evening check-in</source>
        <translation>Eigene Faktoren zum Abendeintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Start my diary</source>
        <translation>Mein Tagebuch &amp;beginnen</translation>
    </message>
    <message>
        <source>Each night runs from %1:00 to %1:00 the next day and is named after the day it starts: a cramp at 02:30 on a Tuesday belongs to Monday&apos;s night.</source>
        <translation>Jede Nacht reicht von %1:00 Uhr bis %1:00 Uhr am nächsten Tag und ist nach dem Tag benannt, an dem sie beginnt: Ein Krampf um 02:30 Uhr an einem Dienstag gehört zur Nacht von Montag.</translation>
    </message>
    <message>
        <source>No medicines yet. Some medicines (diuretics, statins and others) are linked to cramps; with their start dates the diary can compare.</source>
        <translation>Noch keine Medikamente. Manche Medikamente (Diuretika, Statine und andere) werden mit Krämpfen in Verbindung gebracht; mit dem Datum des Einnahmebeginns kann das Tagebuch vergleichen.</translation>
    </message>
    <message>
        <source>Medicines: %1</source>
        <translation>Medikamente: %1</translation>
    </message>
    <message>
        <source>The check-in asks about water, stretching, sleep position, exercise, sitting, stress and more. Add anything else you suspect.</source>
        <translation>Der Abendeintrag fragt nach Wasser, Dehnen, Schlafposition, Sport, Sitzen, Stress und mehr. Fügen Sie alles hinzu, was Sie sonst noch vermuten.</translation>
    </message>
    <message>
        <source>Your own factors: %1</source>
        <translation>Ihre eigenen Faktoren: %1</translation>
    </message>
    <message>
        <source>%1
The reminder will only come while the window is open.</source>
        <translation>%1
Die Erinnerung kommt nur, solange das Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>&amp;Dim the window at night (night mode)</source>
        <translation>Das Fenster nachts &amp;abdunkeln (Nachtmodus)</translation>
    </message>
    <message>
        <source>From %1:00 to %2:00; Settings change the hours.</source>
        <translation>Von %1:00 bis %2:00 Uhr; die Zeiten lassen sich in den Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <source>%1

Your current diary is still open.</source>
        <translation>%1

Ihr aktuelles Tagebuch ist weiterhin geöffnet.</translation>
    </message>
</context>
</TS>
