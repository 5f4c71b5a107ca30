<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartsView</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) tracked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 with a check-in. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 per week; cramps on %2 nights a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; severity median %1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracked nights in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in a Cramp Diary window. Close it, then repair; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no problems; nothing to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be saved from %1; restore a backup instead (cramp-diary restore). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired %1. Kept %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out %n record(s) the diary&apos;s rules do not allow:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole diary and name anything wrong. With --repair, copy every entry that keeps the diary&apos;s rules into a repaired diary, list what was left out, and keep the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair the diary (close its window first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diary file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no problems: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair would keep %1. Run: cramp-diary check --repair --database %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinCommand</name>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the evening factors of a night. Values already recorded for that night are kept unless given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The night (its evening&apos;s date); default tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water drunk today, in millilitres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes spent stretching before bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep position: toes_pointed, back, side, front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise or overexertion today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long sitting today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol this evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caffeine this evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ate magnesium-rich food.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ate potassium-rich food.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took a magnesium supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took a vitamin D supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took another supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent time in the sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress today, 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your own factors, as NAME=VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medicine taken this evening, by name (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--factor must be written NAME=VALUE (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--factor: you have no factor called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--medication: no medicine called &apos;%1&apos; in this diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked in for the night of %1 (%n factor(s) recorded).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Evening check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Night of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night of the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy previous evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the values of the previous check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;factors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage my own factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier check-in to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today I had…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines taken this evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicines yet. Add them with “Medicines…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked in for this night already; saving replaces that check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what you know; anything left out is simply not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from the evening of %1. Change what was different tonight.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinSummary</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fl oz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretched %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in, nothing noted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The diary file to use (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not allowed; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &apos;%4&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3 (got &apos;%4&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD (got &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a duration such as 90, 90s, 2m or 1m30s (got &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be at most 24 hours (got &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a time such as 2026-11-23T03:10, &apos;2026-11-23 03:10&apos;, 03:10 or now (got &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>Record a cramp (now, or --at a time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a night&apos;s evening factors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the cramps of a range of nights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new, empty diary with a generated history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write cramps or check-ins as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cramps or check-ins from CSV (all rows or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole diary to one JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate a diary from a backup, in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report&apos;s page-one figures (--json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the doctor&apos;s report as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole diary; --repair saves every good entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the evening reminder if tonight has no check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cramp Diary window that has %1 open did not answer. Look in its diary list before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. See: cramp-diary %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a row longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote in the middle of a field; quotes inside a field must be doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field that is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s) (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) already in the diary were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the medicine(s) the file names: %1 (add their class and dates under Medicines).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes (one row per cramp, default) or nights (one row per check-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write cramps or check-ins as CSV (columns in docs/csv.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cramps or check-ins from a CSV file written by export. All rows go in, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported; %n problem(s) found:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the whole diary and the settings to one JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n cramp(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recreate a diary from a backup, into a new file given with --database (an existing diary with entries is never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore every sound entry and list the ones left out because they break the diary&apos;s rules (a backup of a damaged diary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database is required: name the new diary file to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n cramp(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n record(s) the diary&apos;s rules do not allow:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFileActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp Diary backups (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export cramps as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export check-&amp;ins as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cra&amp;mps from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chec&amp;k-ins from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp Diary (*.sqlite *.crampdiary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); fix them and import again. Your diary was not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is restored into a new diary file, not over the one that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored into %1. Open that diary now? The diary open now stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is outside what the diary allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value the diary needs is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same entry is already in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to an entry that is not in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry breaks one of the diary&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary file cannot be written (it or its folder is read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary file is damaged (`cramp-diary check` says where)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept the diary busy for too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary&apos;s tables are not the ones this version of Cramp Diary writes (another program may have changed the file; `cramp-diary check` says more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database engine reported error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be read or written: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill a new, empty diary with a realistic generated history (the same seed gives the same diary). Meant for trying the app out, screenshots and benchmarks; use --database to pick a file other than your own diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many nights of history (1 to 7300; default 180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last night of the history (default: last night).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone the history is lived in (default: this computer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zone: &apos;%1&apos; is not a time zone this computer knows (e.g. Europe/London).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has entries; demo fills only a new, empty diary. Pick another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 nights (%2 check-ins, %3 cramps, %4 medicines) in %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryAnalysis</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any other answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryBackup</name>
    <message>
        <source>is not a factor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is not valid JSON (%1 at byte %2); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON file is not a Cramp Diary backup; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written by a newer Cramp Diary (backup format %1; this app reads up to %2). Update the app; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was restored: the diary&apos;s rules do not allow %n record(s) of the backup:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore with --skip-broken to restore everything else; these records are then listed again and left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is restored only into a new, empty diary; this one already has entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored diary could not be put at %1 (is there a file by that name now?); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryFile</name>
    <message>
        <source>%1 is a folder, not a diary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device or a pipe), so it cannot be a diary. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it holds no diary yet. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only, so the diary is open for viewing only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the diary is read-only, so the diary is open for viewing only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diary at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Cramp Diary. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the file is cut short). It was left untouched; `cramp-diary check --repair` can save what is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a diary format that does not exist (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cramp Diary (diary format %2; this app reads up to %3). Please update the app; the diary was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cramp Diary file. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a diary: the file is damaged. It was left untouched; `cramp-diary check --repair` can save what is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: parts of the diary are missing (%2), perhaps removed by another program. It was left untouched; `cramp-diary check --repair` can save what is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or holds entries that break the diary&apos;s rules. It was left untouched; `cramp-diary check` names what is wrong and `cramp-diary check --repair` keeps every good entry in a repaired diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no diary yet. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was written by an older version of Cramp Diary and is shown as this version reads it, without changing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary needs an upgrade, but the backup copy %1 could not be written (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the file is cut short or its first page is broken). It was left untouched; `cramp-diary check --repair` can save what is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Cramp Diary (process %2). Close it there first; the diary was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 next to the diary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryRepository</name>
    <message>
        <source>A medicine needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each period of a medicine needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medicine cannot be stopped before it was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary is open for viewing only; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode no longer exists (it may have been deleted); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in needs the date of its night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in names a factor that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A factor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice factor needs at least two choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only choice factors have choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a factor called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own factors can be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup names a built-in factor this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That factor does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only number factors are split; yes/no and choice factors compare their answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That medicine no longer exists; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period not tracked needs a first and a last night, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiarySalvage</name>
    <message>
        <source>the cramp of %1 (number %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cramp number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relief tried for cramp number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a warning sign of cramp number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the factor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check-in of night %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a factor value of the check-in of night %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a medicine taken on night %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the medicine “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period of taking medicine number %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the untracked nights %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which the diary does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to an entry that is not in the diary or was itself left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is cut short: its last pages are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cramp Diary, so there is nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the file can be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a diary format this version does not know (%2), so it cannot be checked or repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the diary is missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (its %n detail(s), such as reliefs or factor values, were left out with it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s integrity check found %n problem(s) in the file&apos;s pages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check could not finish: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of the diary cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows of %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untracked period(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move %1 aside; the diary was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the repaired diary in place of %1. It was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryTableModel</name>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: didn&apos;t help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ see today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nights from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show a range of nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only cramps at least this severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights &amp;not tracked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark nights as not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel or illness: leave those nights out of every rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps and check-ins, newest night first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No entries yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each cramp you log (press &lt;b&gt;L&lt;/b&gt;) and each evening check-in (press &lt;b&gt;E&lt;/b&gt;) appears here, newest night first. To bring in an earlier diary, use File → Import from CSV.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters: clear the search or widen the nights shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretched the muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stood on the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling of the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redness of the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg feels warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain not relieved by stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain brought on by walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain eased by hanging the leg down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle weakness or wasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short of breath or chest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diuretic (water tablet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-acting inhaler (beta agonist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water drunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretched before bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise or overexertion today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long sitting today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnesium-rich food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potassium-rich food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnesium supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitamin D supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in the sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toes pointed down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my front</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeCsv</name>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be yes, no or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns must be exactly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (missing: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unknown: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time written YYYY-MM-DDTHH:MM[:SS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time a diary can hold (years 1900 to 2200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offset from UTC is needed to place the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a relief (%2), optionally followed by :yes or :no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary refused this row: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeEditorDialog</name>
    <message>
        <source>Not recorded</source>
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
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;eg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woke me from sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Woke me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep disturbance, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep &amp;disturbance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ore afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Didn&apos;t help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did %1 help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs noticed (a clinician should see these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the duration as a number, or leave it empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeValidator</name>
    <message>
        <source>Enter when the cramp started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is in the future; enter a time up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is before 1900; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity must be a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep disturbance must be a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone offset must be within 18 hours of UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each relief can be listed only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are limited to 20,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorInput</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fl oz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorManagerDialog</name>
    <message>
        <source>My factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add anything you suspect goes with your cramps. The built-in factors from the guidance are always there; these are your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire or restore the selected factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the new factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. steps, hours, cups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the new factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Heels, Flats, Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices of the new factor, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the factor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorSplit</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorValueCheck</name>
    <message>
        <source>%1 takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForestPlotChart</name>
    <message>
        <source>Cramp-night ratio of each factor, with its 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same figures are in the table shown by Show as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp nights with each factor, as a ratio to nights without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio of cramp-night rates (1 = no difference; log scale); strong colour: a clear link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>A diary for night-time leg cramps.

Without a command it opens the diary window. Commands that need no display:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file to open (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: what to show (home, diary, charts, charts-page, charts-page-all, insights, guidance, report, quicklog, editor, checkin, settings, medicines, factors, alert, untracked, topic, welcome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the dark night palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the evening check-in (in the running window, if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a command (%1), or a diary file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cramp-diary: no display found (DISPLAY and WAYLAND_DISPLAY are unset); start it from a desktop session, or run it under xvfb-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceButton</name>
    <message>
        <source>What the guidance says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceTopicDialog</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the guidance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance topics by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic mentions “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to mention to a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last evening&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last two weeks, night by night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary is open for viewing only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This night so far (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cramps logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s), worst %1/10</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That evening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evening check-in for that night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> on %n night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>before your diary began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n cramp(s)&lt;/b&gt;, worst %1/10</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n cramp(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing recorded yet. When a cramp wakes you, press &lt;b&gt;L&lt;/b&gt; (or the big button): one key records it, and you can add how bad it was with a digit.&lt;/p&gt;&lt;p&gt;In the evening, press &lt;b&gt;E&lt;/b&gt; to check in: a minute on water, stretching, medicines and the rest. Nights count from your first entry.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to see a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in for tonight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from %1. No check-in yet for tonight (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or pipe); nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB this accepts; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB this accepts; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 (&quot;CSV UTF-8&quot; in a spreadsheet) and import it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (byte %2) is not UTF-8 text (byte 0x%3): the file may be in another encoding such as Latin-1. Save it as UTF-8 and import it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare cramps &amp;before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare cramps before and after a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to compare before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(for example a change of routine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each finding&apos;s nights, ratio, interval, p and q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights, clearest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two go together on your nights; that does not show that one causes the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep checking in: with this many comparisons, a difference of this size can turn up by chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A difference like this could well be chance; keep checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate changed more than chance alone would explain. Talk it over with your prescriber; do not stop a medicine on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear change so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cramps a week before (%2), </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tracked night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a week after (%2); exact test of the change: p = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guidance says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp nights in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp nights otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split numbers at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default split for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>How your cramps go with the evening factors you check in, over the %n night(s) with a check-in in this range. A link shows that two things tend to happen on the same nights, not that one causes the other.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparisons start once a factor has %1 checked-in nights with it and %1 without: at least %n more evening check-in(s), so by about %2 if you check in every evening.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rate changed more than chance alone would explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date inside the range shown, with tracked nights on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps before and after %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough nights yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is refused at %1: %2. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a key a backup has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date from 1900 to 2200 written YYYY-MM-DD, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time like 2026-11-23T03:10:00+01:00, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegMuscleChart</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg and which muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg (left) and which muscle (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cramp(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkWording</name>
    <message>
        <source>less than 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on nights with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on nights with “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on nights with “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A possible link, not yet clear after allowing for %n comparison(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A possible link, not yet clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear link so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 of nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp nights were about as common %1 as on other nights: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp nights were about %1 times as common %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp nights were less common %1: %2 (about %3 times as common).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In numbers: %1, cramps on %2 of %3; %4, cramps on %5 of %6. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ratio %1 (95% interval %2 to %3); Fisher&apos;s exact test p = %4, q = %5 across %n comparison(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every night so far has the same value, so there is nothing to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>needs %n more night(s) with %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more with %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>severity %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING SIGNS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the cramps of a range of nights (default: the last 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night, YYYY-MM-DD (default: last night).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nights %1 to %2: %n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Night of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>--relief: after &apos;%1:&apos; write yes or no (got &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a cramp. Only the time is needed; add what you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it started: now (default), 03:10, or 2026-11-23T03:10[+01:00].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad, 0 (none) to 10 (worst imaginable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg: left, right, both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which muscle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long: 90, 90s, 2m, 1m30s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it woke you: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it disturbed your sleep, 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you tried, and whether it helped: e.g. stretch:yes,massage:no. Reliefs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the muscle was sore afterwards: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs noticed, comma-separated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged cramp #%1 at %2 (night of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance: “%1” (in the app: Guidance)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoggingFlow</name>
    <message>
        <source>Cramp recorded at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for viewing only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a cramp now, then add details if you like (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evening check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record tonight&apos;s water, stretching, medicines and other factors (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cramp with &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cramp(s) from the diary? You can undo this with Edit → Undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>&amp;Medicines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;factors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Night mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark, dim colours for the middle of the night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp Diary (*.sqlite *.crampdiary);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cramp Diary %1&lt;/b&gt;&lt;p&gt;A diary for night-time leg cramps. Your diary stays on this computer; the app never uses the network.&lt;/p&gt;&lt;p&gt;Cramp Diary helps you keep a record to discuss with a clinician. It does not give diagnoses.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationEditDialog</name>
    <message>
        <source>Edit medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20 mg at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another period of taking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 stopped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the medicine&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 stops before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationManagerDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines of this kind (%1) have been linked to leg cramps in studies (Garrison et al., 2012). Do not stop or change a medicine without asking your prescriber; the diary can show whether cramps changed after you started it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and its dates from the diary? Check-ins will no longer list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NightCalendarChart</name>
    <message>
        <source>Calendar of nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Night of %1: %n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NightLogCsv</name>
    <message>
        <source>the first columns must be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column appears twice (columns %1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such factor in this diary (add your own factors first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where %2 were expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a night a diary can hold (years 1900 to 2200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this night appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary refused this row: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>L</source>
        <comment>key for the left leg</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <comment>key for the right leg</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <comment>key for both legs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <comment>key for the calf</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <comment>key for the foot</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H</source>
        <comment>key for the front of the thigh</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <comment>key for the back of the thigh</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <comment>key for the toes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <comment>key for another muscle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick cramp log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cramp recorded at %1.&lt;/b&gt; Add what you can, or just press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 0Ĺ for how bad (1 then 0 for 10), the letter on a leg or muscle, Enter when done, Esc to close keeping what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad? (0 none, 10 worst imaginable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which muscle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier this night, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened earlier this night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cramps like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;many cramps like this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More de&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and open all details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>target and its key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not come yet this night. Choose an earlier time, or “Just now”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of nights shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night of the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night of the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagAlertDialog</name>
    <message>
        <source>A warning sign was noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the guidance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary cannot examine you; these are the signs the guidance says a clinician should look at. Your cramp has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagRules</name>
    <message>
        <source>Call the emergency services now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a clinician today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an urgent appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment with a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention this at your next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being short of breath or having chest pain together with a painful leg needs help at once. Call your local emergency number; do not wait to see if it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling, redness or warmth of the leg, or pain that is constant or not eased by stretching, should be examined today so that a blood clot can be ruled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cramp that goes on for more than ten minutes without easing should be checked soon. Ask your practice for an urgent appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These signs are not an emergency, but they are worth showing to a clinician. Book an appointment and bring your diary&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cramps have become more frequent: %1 in the last four weeks against %2 in the four weeks before. That is worth raising with a clinician; the report shows it in figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cramps in 4 weeks, up from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps disturbed your sleep on %1 of the last 28 nights. Frequent broken sleep is worth raising with a clinician; the report shows it in figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep disturbed on %1 nights in 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindCommand</name>
    <message>
        <source>Show the evening reminder if tonight has no check-in yet: at most once a night, from the time set in Settings for a few hours, never on a night marked as not tracked. Run by the reminder timer the setting installs; clicking &quot;Check in&quot; opens the check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for a click on the notification (0 to 86400; default 1800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notification service answered; no reminder was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder shown for the night of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start Cramp Diary to open the check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderCheck</name>
    <message>
        <source>Evening check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight has no check-in yet. A minute on water, stretching and medicines helps you see what goes with your cramps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evening reminder is off (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: the reminder time has not come tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight&apos;s reminder has already been shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight already has a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight is marked as not tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder time passed hours ago; no reminder this late.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>&amp;Remind me at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if tonight has no check-in (once a night, also with the window closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTimer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enable the reminder timer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message>
        <source>The diary needs a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp Diary can repair it now: every entry that keeps the diary&apos;s rules is copied into a repaired diary, the ones left out are listed, and the damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from %1. Restore a backup instead (File → Restore from backup); the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary was repaired and kept %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n record(s) the diary&apos;s rules do not allow (Show Details lists them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Diary repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>First night (default: 12 weeks before --to, or the diary&apos;s first night if later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night (default: last night).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night of the baseline (default: the period&apos;s first, when it has four weeks or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night of the baseline (default: two weeks in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline-from must not be after --baseline-to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report&apos;s page-one figures for a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tracked nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights %1 to %2: %3 tracked, %4 checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps: %1 (%2 per week), cramp nights: %3 (%4 per week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from baseline: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from baseline: not available (no cramps or no tracked nights in the baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline: the period is shorter than four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the doctor&apos;s report as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name to print (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth to print (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections after page one, comma-separated (default all): medicines, reliefs, factors, episodes; or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n night(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Period: the last 12 weeks, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: the whole diary, %1, as it is shorter than 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night leg cramps: diary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are per tracked night; a night with no entry counts as a night without a cramp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 with an evening check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n cramp-free night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cramps per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp nights per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline was set: the period is shorter than four weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 per week from %3 to %4; %5 per week since). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reduction of at least 25%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reduction of less than 25%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An increase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: no cramps or no tracked nights in the baseline %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1, range %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep disturbance (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of cramps began between %2:00 and %3:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (guidance: “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: medicines of this kind have been linked to cramps in studies (guidance: “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was tried during cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening factors and cramp nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only nights with a check-in count. A link shows that two things happened on the same nights, not that one causes the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Guidance: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: every cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg, muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (helped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did not help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-recorded diary data. Made %1 with Cramp Diary %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for your doctor: page one holds the figures clinical studies use, the weekly chart and any warning signs; the sections below follow if you choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night of the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night of the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by default when the period has four weeks or more: its first two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last 12 weeks or the whole diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the last 12 weeks, or the whole diary if it is shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient (optional, printed on page one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After page one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicines, with cramps per week before and after each start or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was tried during cramps, and how often it &amp;helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening &amp;factors and cramp nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: every &amp;cramp with its notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the printed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>There is no upgrade from diary format %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade script %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the diary from version %1 to %2 failed and was undone; the diary is still at version %1. Details: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour a night starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cramp before this hour counts for the night before. Noon suits most people; night-shift workers may prefer another hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A night starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millilitres (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US fluid ounces (fl oz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit for water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary file in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic during night hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark, dim colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night mode starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night mode ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in reminder</source>
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
    <message>
        <source>Cramp Diary (*.sqlite *.crampdiary);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The reminder will only come while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityChart</name>
    <message>
        <source>Severity over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity over time (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: severity %2/10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeOfNightChart</name>
    <message>
        <source>Time of night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramps starting in that hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour of the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1:00-%1:59: %n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicBrowser</name>
    <message>
        <source>Guidance topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guidance helps you understand and record your cramps. It is not medical advice and does not diagnose anything; for advice about you, talk to a clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the guidance documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two guidance documents do not cover this topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From outside the two documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoableDiary</name>
    <message numerus="yes">
        <source>Log %n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This cramp is no longer in the diary; your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UntrackedPeriodsDialog</name>
    <message>
        <source>Nights not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark nights you did not keep the diary, for example while travelling or ill. They are left out of every rate, so they are not counted as nights without cramps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. holiday, in hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last night is before the first; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyCrampsChart</name>
    <message>
        <source>Cramps per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) tracked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly tracked: %1 cramps per week at this rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst severity %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly tracked week (scaled to 7 nights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights checked in (of 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cramps per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 check-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cramp Diary&lt;/b&gt; records night cramps with one key (&lt;b&gt;L&lt;/b&gt;) and, in a one-minute evening check-in (&lt;b&gt;E&lt;/b&gt;), what may go with them. Its charts and report show how often cramps come and which evening factors go with them, for you and your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How nights are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new night starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A night counts in the figures once it has ended. Nights you mark as not tracked (a holiday without the app) are left out rather than counted as nights without cramps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evening check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your medicines and factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;medicines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the medicines you take, with their start dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own &amp;factors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add factors of your own to the evening check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each night runs from %1:00 to %1:00 the next day and is named after the day it starts: a cramp at 02:30 on a Tuesday belongs to Monday&apos;s night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicines yet. Some medicines (diuretics, statins and others) are linked to cramps; with their start dates the diary can compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in asks about water, stretching, sleep position, exercise, sitting, stress and more. Add anything else you suspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own factors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The reminder will only come while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <source>%1

Your current diary is still open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
