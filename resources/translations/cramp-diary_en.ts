<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangeWording</name>
    <message numerus="yes">
        <source>%n tracked night(s)</source>
        <translation>
            <numerusform>%n tracked night</numerusform>
            <numerusform>%n tracked nights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n cramp</numerusform>
            <numerusform>%n cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) tracked</source>
        <translation>
            <numerusform>%n night tracked</numerusform>
            <numerusform>%n nights tracked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>Left out %n record(s) that break the diary&apos;s rules:</source>
        <translation>
            <numerusform>Left out %n record that break the diary's rules:</numerusform>
            <numerusform>Left out %n records that break the diary's rules:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n record(s) the diary&apos;s rules do not allow:</source>
        <translation>
            <numerusform>Left out %n record the diary's rules do not allow:</numerusform>
            <numerusform>Left out %n records the diary's rules do not allow:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinCommand</name>
    <message numerus="yes">
        <source>Checked in for the night of %1 (%n factor(s) recorded).</source>
        <translation>
            <numerusform>Checked in for the night of %1 (%n factor recorded).</numerusform>
            <numerusform>Checked in for the night of %1 (%n factors recorded).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>ɪnd %n more problem(s) (%1).</source>
        <translation>
            <numerusform>ɪnd %n more problem (%1).</numerusform>
            <numerusform>ɪnd %n more problems (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) already in the diary were skipped.</source>
        <translation>
            <numerusform>%n cramp already in the diary were skipped.</numerusform>
            <numerusform>%n cramps already in the diary were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the medicine(s) the file names: %1 (add their class and dates under Medicines).</source>
        <translation>
            <numerusform>Added the medicine the file names: %1 (add their class and dates under Medicines).</numerusform>
            <numerusform>Added the medicines the file names: %1 (add their class and dates under Medicines).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s) (%1).</source>
        <translation>
            <numerusform>and %n more problem (%1).</numerusform>
            <numerusform>and %n more problems (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n cramp(s) already in the diary.</source>
        <translation>
            <numerusform>Skipped %n cramp already in the diary.</numerusform>
            <numerusform>Skipped %n cramps already in the diary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) about something other than cramps.</source>
        <translation>
            <numerusform>Left out %n row about something other than cramps.</numerusform>
            <numerusform>Left out %n rows about something other than cramps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message numerus="yes">
        <source>Nothing was imported; %n problem(s) found:</source>
        <translation>
            <numerusform>Nothing was imported; %n problem found:</numerusform>
            <numerusform>Nothing was imported; %n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n cramp(s) to %1.</source>
        <translation>
            <numerusform>Backed up %n cramp to %1.</numerusform>
            <numerusform>Backed up %n cramps to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n cramp(s) into %1.</source>
        <translation>
            <numerusform>Restored %n cramp into %1.</numerusform>
            <numerusform>Restored %n cramps into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n record(s) that break the diary&apos;s rules:</source>
        <translation>
            <numerusform>Left out %n record that break the diary's rules:</numerusform>
            <numerusform>Left out %n records that break the diary's rules:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n record(s) the diary&apos;s rules do not allow:</source>
        <translation>
            <numerusform>Left out %n record the diary's rules do not allow:</numerusform>
            <numerusform>Left out %n records the diary's rules do not allow:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n cramp(s) to %1, protected by the passphrase.</source>
        <translation>
            <numerusform>Backed up %n cramp to %1, protected by the passphrase.</numerusform>
            <numerusform>Backed up %n cramps to %1, protected by the passphrase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFileActions</name>
    <message numerus="yes">
        <source>The file has %n problem(s); fix them and import again. Your diary was not changed.</source>
        <translation>
            <numerusform>The file has %n problem; fix them and import again. Your diary was not changed.</numerusform>
            <numerusform>The file has %n problems; fix them and import again. Your diary was not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryBackup</name>
    <message numerus="yes">
        <source>Nothing was restored: %n record(s) of the backup break the diary&apos;s rules:</source>
        <translation>
            <numerusform>Nothing was restored: %n record of the backup break the diary's rules:</numerusform>
            <numerusform>Nothing was restored: %n records of the backup break the diary's rules:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was restored: the diary&apos;s rules do not allow %n record(s) of the backup:</source>
        <translation>
            <numerusform>Nothing was restored: the diary's rules do not allow %n record of the backup:</numerusform>
            <numerusform>Nothing was restored: the diary's rules do not allow %n records of the backup:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiarySalvage</name>
    <message numerus="yes">
        <source> (its %n detail(s), such as reliefs or factor values, were left out with it)</source>
        <translation>
            <numerusform> (its %n detail, such as reliefs or factor values, were left out with it)</numerusform>
            <numerusform> (its %n details, such as reliefs or factor values, were left out with it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s integrity check found %n problem(s) in the file&apos;s pages.</source>
        <translation>
            <numerusform>SQLite's integrity check found %n problem in the file's pages.</numerusform>
            <numerusform>SQLite's integrity check found %n problems in the file's pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n cramp</numerusform>
            <numerusform>%n cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s)</source>
        <translation>
            <numerusform>%n medicine</numerusform>
            <numerusform>%n medicines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s)</source>
        <translation>
            <numerusform>%n factor</numerusform>
            <numerusform>%n factors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untracked period(s)</source>
        <translation>
            <numerusform>%n untracked period</numerusform>
            <numerusform>%n untracked periods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryTableModel</name>
    <message numerus="yes">
        <source>⚠ %n sign(s)</source>
        <translation>
            <numerusform>⚠ %n sign</numerusform>
            <numerusform>⚠ %n signs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message numerus="yes">
        <source>%n cramp(s) shown</source>
        <translation>
            <numerusform>%n cramp shown</numerusform>
            <numerusform>%n cramps shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentChange</name>
    <message numerus="yes">
        <source>Stretching for %n minute(s) before bed</source>
        <translation>
            <numerusform>Stretching for %n minute before bed</numerusform>
            <numerusform>Stretching for %n minutes before bed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch your calves for %n minute(s) before bed</source>
        <translation>
            <numerusform>Stretch your calves for %n minute before bed</numerusform>
            <numerusform>Stretch your calves for %n minutes before bed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentWording</name>
    <message numerus="yes">
        <source>With %n pair(s) of blocks there are only %1 possible orders, so this plan can never give a p-value below %2. A clear result needs at least 5 pairs (%3 nights).</source>
        <translation>
            <numerusform>With %n pair of blocks there are only %1 possible orders, so this plan can never give a p-value below %2. A clear result needs at least 5 pairs (%3 nights).</numerusform>
            <numerusform>With %n pairs of blocks there are only %1 possible orders, so this plan can never give a p-value below %2. A clear result needs at least 5 pairs (%3 nights).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The experiment was stopped early, after the night of %1; the result counts the %n night(s) completed.</source>
        <translation>
            <numerusform>The experiment was stopped early, after the night of %1; the result counts the %n night completed.</numerusform>
            <numerusform>The experiment was stopped early, after the night of %1; the result counts the %n nights completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing, so left out of the comparison: %n night(s) with nothing recorded (no cramp, no check-in, no “no cramps”): %1. A night is counted only when the diary says what happened.</source>
        <translation>
            <numerusform>Missing, so left out of the comparison: %n night with nothing recorded (no cramp, no check-in, no “no cramps”): %1. A night is counted only when the diary says what happened.</numerusform>
            <numerusform>Missing, so left out of the comparison: %n nights with nothing recorded (no cramp, no check-in, no “no cramps”): %1. A night is counted only when the diary says what happened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The experiment was stopped early, after the night of %1; the result rests on the %n night(s) recorded up to then. If it was stopped because it looked good, it overstates the effect.</source>
        <translation>
            <numerusform>The experiment was stopped early, after the night of %1; the result rests on the %n night recorded up to then. If it was stopped because it looked good, it overstates the effect.</numerusform>
            <numerusform>The experiment was stopped early, after the night of %1; the result rests on the %n nights recorded up to then. If it was stopped because it looked good, it overstates the effect.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <source>%n cramp(s), worst %1/10</source>
        <translation>
            <numerusform>%n cramp, worst %1/10</numerusform>
            <numerusform>%n cramps, worst %1/10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n cramp</numerusform>
            <numerusform>%n cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n night(s)</source>
        <translation>
            <numerusform> on %n night</numerusform>
            <numerusform> on %n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n cramp(s)&lt;/b&gt;, worst %1/10</source>
        <translation>
            <numerusform>&lt;b&gt;%n cramp&lt;/b&gt;, worst %1/10</numerusform>
            <numerusform>&lt;b&gt;%n cramps&lt;/b&gt;, worst %1/10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n cramp(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n cramp&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n cramps&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportForecast</name>
    <message numerus="yes">
        <source>%n cramp(s) on the night of %1.</source>
        <translation>
            <numerusform>%n cramp on the night of %1.</numerusform>
            <numerusform>%n cramps on the night of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) from the night of %1 to the night of %2.</source>
        <translation>
            <numerusform>%n cramp from the night of %1 to the night of %2.</numerusform>
            <numerusform>%n cramps from the night of %1 to the night of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Severity from %1 to %2 of 10; %n without one.</source>
        <translation>
            <numerusform>Severity from %1 to %2 of 10; %n without one.</numerusform>
            <numerusform>Severity from %1 to %2 of 10; %n without one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no exact time in the file (placed as the import rules say).</source>
        <translation>
            <numerusform>%n of them have no exact time in the file (placed as the import rules say).</numerusform>
            <numerusform>%n of them have no exact time in the file (placed as the import rules say).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) are marked as checked in.</source>
        <translation>
            <numerusform>%n night are marked as checked in.</numerusform>
            <numerusform>%n nights are marked as checked in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) already in the diary are skipped.</source>
        <translation>
            <numerusform>%n cramp already in the diary are skipped.</numerusform>
            <numerusform>%n cramps already in the diary are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) about something other than cramps are left out.</source>
        <translation>
            <numerusform>%n row about something other than cramps are left out.</numerusform>
            <numerusform>%n rows about something other than cramps are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <source>How your cramps go with the evening factors you check in, over the %n night(s) with a check-in in this range. A link shows that two things tend to happen on the same nights, not that one causes the other.</source>
        <translation>
            <numerusform>How your cramps go with the evening factors you check in, over the %n night with a check-in in this range. A link shows that two things tend to happen on the same nights, not that one causes the other.</numerusform>
            <numerusform>How your cramps go with the evening factors you check in, over the %n nights with a check-in in this range. A link shows that two things tend to happen on the same nights, not that one causes the other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracked night(s)</source>
        <translation>
            <numerusform>%n tracked night</numerusform>
            <numerusform>%n tracked nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparisons start once a factor has %1 checked-in nights with it and %1 without: at least %n more evening check-in(s), so by about %2 if you check in every evening.</source>
        <translation>
            <numerusform>Comparisons start once a factor has %1 checked-in nights with it and %1 without: at least %n more evening check-in, so by about %2 if you check in every evening.</numerusform>
            <numerusform>Comparisons start once a factor has %1 checked-in nights with it and %1 without: at least %n more evening check-ins, so by about %2 if you check in every evening.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegMuscleChart</name>
    <message numerus="yes">
        <source>%1 (%n cramp(s))</source>
        <translation>
            <numerusform>%1 (%n cramp)</numerusform>
            <numerusform>%1 (%n cramps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkWording</name>
    <message numerus="yes">
        <source>A possible link, not yet clear after allowing for %n comparison(s)</source>
        <translation>
            <numerusform>A possible link, not yet clear after allowing for %n comparison</numerusform>
            <numerusform>A possible link, not yet clear after allowing for %n comparisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: cramps on %2 of %3 nights. %4: cramps on %5 of %6 nights. Ratio %7 (95% interval %8 to %9); Fisher&apos;s exact test p = %10, q = %11 across %n comparison(s).</source>
        <translation>
            <numerusform>%1: cramps on %2 of %3 nights. %4: cramps on %5 of %6 nights. Ratio %7 (95% interval %8 to %9); Fisher's exact test p = %10, q = %11 across %n comparison.</numerusform>
            <numerusform>%1: cramps on %2 of %3 nights. %4: cramps on %5 of %6 nights. Ratio %7 (95% interval %8 to %9); Fisher's exact test p = %10, q = %11 across %n comparisons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n more night(s) with %1</source>
        <translation>
            <numerusform>needs %n more night with %1</numerusform>
            <numerusform>needs %n more nights with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more with %1</source>
        <translation>
            <numerusform> and %n more with %1</numerusform>
            <numerusform> and %n more with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ratio %1 (95% interval %2 to %3); Fisher&apos;s exact test p = %4, q = %5 across %n comparison(s).</source>
        <translation>
            <numerusform>Ratio %1 (95% interval %2 to %3); Fisher's exact test p = %4, q = %5 across %n comparison.</numerusform>
            <numerusform>Ratio %1 (95% interval %2 to %3); Fisher's exact test p = %4, q = %5 across %n comparisons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ratio %1 (95% interval %2 to %3); Fisher&apos;s exact test %4, %5 across %n comparison(s).</source>
        <translation>
            <numerusform>Ratio %1 (95% interval %2 to %3); Fisher's exact test %4, %5 across %n comparison.</numerusform>
            <numerusform>Ratio %1 (95% interval %2 to %3); Fisher's exact test %4, %5 across %n comparisons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor answer(s) compared; none goes clearly with more or fewer cramp nights yet.</source>
        <translation>
            <numerusform>%n factor answer compared; none goes clearly with more or fewer cramp nights yet.</numerusform>
            <numerusform>%n factor answers compared; none goes clearly with more or fewer cramp nights yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message numerus="yes">
        <source>Nights %1 to %2: %n cramp(s)</source>
        <translation>
            <numerusform>Nights %1 to %2: %n cramp</numerusform>
            <numerusform>Nights %1 to %2: %n cramps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message numerus="yes">
        <source>The night of %1 already has %n cramp(s) logged; nothing was saved.</source>
        <translation>
            <numerusform>The night of %1 already has %n cramp logged; nothing was saved.</numerusform>
            <numerusform>The night of %1 already has %n cramps logged; nothing was saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete %n cramp(s) from the diary? You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Delete %n cramp from the diary? You can undo this with Edit → Undo.</numerusform>
            <numerusform>Delete %n cramps from the diary? You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); fix them and import again. Your diary was not changed.</source>
        <translation>
            <numerusform>The file has %n problem; fix them and import again. Your diary was not changed.</numerusform>
            <numerusform>The file has %n problems; fix them and import again. Your diary was not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappedImportDialog</name>
    <message numerus="yes">
        <source>The file has %n column(s) separated by %1. Times it gives without a time zone are read as this computer&apos;s time (%2).</source>
        <translation>
            <numerusform>The file has %n column separated by %1. Times it gives without a time zone are read as this computer's time (%2).</numerusform>
            <numerusform>The file has %n columns separated by %1. Times it gives without a time zone are read as this computer's time (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NightCalendarChart</name>
    <message numerus="yes">
        <source>Night of %1: %n cramp(s)</source>
        <translation>
            <numerusform>Night of %1: %n cramp</numerusform>
            <numerusform>Night of %1: %n cramps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message numerus="yes">
        <source>%n record(s) that break the diary&apos;s rules were left out; Show Details lists them.</source>
        <translation>
            <numerusform>%n record that break the diary's rules were left out; Show Details lists them.</numerusform>
            <numerusform>%n records that break the diary's rules were left out; Show Details lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n record(s) the diary&apos;s rules do not allow (Show Details lists them).</source>
        <translation>
            <numerusform>Left out: %n record the diary's rules do not allow (Show Details lists them).</numerusform>
            <numerusform>Left out: %n records the diary's rules do not allow (Show Details lists them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%1 to %2 (%n night(s))</source>
        <translation>
            <numerusform>%1 to %2 (%n night)</numerusform>
            <numerusform>%1 to %2 (%n nights)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n cramp</numerusform>
            <numerusform>%n cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n night(s)</source>
        <translation>
            <numerusform> on %n night</numerusform>
            <numerusform> on %n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n cramp-free night(s)</source>
        <translation>
            <numerusform>; %n cramp-free night</numerusform>
            <numerusform>; %n cramp-free nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n night(s)</source>
        <translation>
            <numerusform>%1: %n night</numerusform>
            <numerusform>%1: %n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n factor answer(s) compared goes clearly with more or fewer cramp nights, after allowing for the number of comparisons.</source>
        <translation>
            <numerusform>None of the %n factor answer compared goes clearly with more or fewer cramp nights, after allowing for the number of comparisons.</numerusform>
            <numerusform>None of the %n factor answers compared goes clearly with more or fewer cramp nights, after allowing for the number of comparisons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nights with an evening check-in only; a link means two things happened on the same nights, not that one causes the other. %n factor answer(s) compared.</source>
        <translation>
            <numerusform>Nights with an evening check-in only; a link means two things happened on the same nights, not that one causes the other. %n factor answer compared.</numerusform>
            <numerusform>Nights with an evening check-in only; a link means two things happened on the same nights, not that one causes the other. %n factor answers compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lasted over %n minute(s)</source>
        <translation>
            <numerusform>Lasted over %n minute</numerusform>
            <numerusform>Lasted over %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s): %1</source>
        <translation>
            <numerusform>%n cramp: %1</numerusform>
            <numerusform>%n cramps: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor answer(s) compared; none goes clearly with more or fewer cramp nights, after allowing for the number of comparisons.</source>
        <translation>
            <numerusform>%n factor answer compared; none goes clearly with more or fewer cramp nights, after allowing for the number of comparisons.</numerusform>
            <numerusform>%n factor answers compared; none goes clearly with more or fewer cramp nights, after allowing for the number of comparisons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeOfNightChart</name>
    <message numerus="yes">
        <source>%1:00-%1:59: %n cramp(s)</source>
        <translation>
            <numerusform>%1:00-%1:59: %n cramp</numerusform>
            <numerusform>%1:00-%1:59: %n cramps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoableDiary</name>
    <message numerus="yes">
        <source>Log %n cramp(s)</source>
        <translation>
            <numerusform>Log %n cramp</numerusform>
            <numerusform>Log %n cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cramp(s)</source>
        <translation>
            <numerusform>Delete %n cramp</numerusform>
            <numerusform>Delete %n cramps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyCrampsChart</name>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n cramp</numerusform>
            <numerusform>%n cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n night(s)</source>
        <translation>
            <numerusform> on %n night</numerusform>
            <numerusform> on %n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) tracked</source>
        <translation>
            <numerusform>%n night tracked</numerusform>
            <numerusform>%n nights tracked</numerusform>
        </translation>
    </message>
</context>
</TS>
