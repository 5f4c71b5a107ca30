// The doctor's report as a GP reads it: two pages by default for a 56-night and a 365-night
// generated diary, page one alone holding the medicines with their doses, the warning signs
// as findings and the person's questions, no statistics beyond rates, and no line printed
// twice where a page breaks.
#include "CommandLineFixture.h"

#include <QRegularExpression>

namespace {
QString tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch pages
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(tool(QStringLiteral("pdfinfo"), { pdf }));
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

QString pageText(const QString &pdf, int page)
{
    const QString number = QString::number(page);
    return tool(QStringLiteral("pdftotext"),
                { QStringLiteral("-f"), number, QStringLiteral("-l"), number, pdf, QStringLiteral("-") });
}

// The body's lines of a page, without the footer's note and number.
QStringList bodyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.size() > 25 && !trimmed.startsWith(QStringLiteral("Patient-recorded diary data"))
            && !trimmed.startsWith(QStringLiteral("Page ")))
            lines.append(trimmed);
    }
    return lines;
}
} // namespace

class DoctorReport : public CommandLine
{
protected:
    // A generated diary ending last night, with one cramp that lasted 12 minutes and swelled.
    QString diaryOf(int nights)
    {
        const QString path = home.filePath(QStringLiteral("demo-%1.sqlite").arg(nights));
        const QProcessEnvironment morning = at(environment(), "2026-12-06 10:00:00");
        EXPECT_EQ(run({ QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--nights"),
                        QString::number(nights), QStringLiteral("--end"), QStringLiteral("2026-12-04") },
                      false, &morning)
                          .exitCode,
                  0);
        const Result logged = run({ QStringLiteral("log"), QStringLiteral("--database"), path, QStringLiteral("--at"),
                                    QStringLiteral("2026-12-06T03:10"), QStringLiteral("--duration"),
                                    QStringLiteral("12m"), QStringLiteral("--sign"), QStringLiteral("swelling") },
                                  false, &morning);
        EXPECT_EQ(logged.exitCode, 0) << logged.err.toStdString();
        return path;
    }

    QString report(const QString &diaryFile, QStringList extra = {})
    {
        const QString pdf = home.filePath(QStringLiteral("report.pdf"));
        const QProcessEnvironment morning = at(environment(), "2026-12-06 10:00:00");
        const Result made = run(QStringList { QStringLiteral("report"), QStringLiteral("--database"), diaryFile,
                                              QStringLiteral("--output"), pdf }
                                        + extra,
                                false, &morning);
        EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
        return pdf;
    }
};

TEST_F(DoctorReport, TheDefaultReportIsTwoPagesWithWhatMattersOnPageOne)
{
    for (int nights : { 56, 365 }) {
        SCOPED_TRACE(nights);
        const QString demo = diaryOf(nights);
        const QString pdf = report(demo,
                                   { QStringLiteral("--questions"),
                                     QStringLiteral("Could the statin be the cause?\nShould I try magnesium?") });
        EXPECT_LE(pageCount(pdf), 2);
        const QString pageOne = pageText(pdf, 1);
        for (const char *expected :
             { "Atorvastatin", "20 mg at night", "Indapamide", "2.5 mg each morning", "Swelling of the leg",
               "Lasted over 10 minutes", "1 cramp: 6 Dec 2026", "Could the statin be the cause?",
               "Should I try magnesium?", "Trend", "Change from baseline", "Cramps per week" })
            EXPECT_TRUE(pageOne.contains(QLatin1StringView(expected))) << expected << "\n" << pageOne.toStdString();
        // No statistics beyond rates on page one, and no advice to the reader.
        EXPECT_FALSE(pageOne.contains(QRegularExpression(QStringLiteral("\\b[pq] *[=<]")))) << pageOne.toStdString();
        EXPECT_FALSE(pageOne.contains(QStringLiteral("Fisher")));
        EXPECT_FALSE(pageOne.contains(QStringLiteral("See a clinician")));
        EXPECT_FALSE(pageOne.contains(QStringLiteral("appointment")));
        // About the patient, in the third person: the report never says "you".
        const QString all = pageOne + pageText(pdf, 2);
        EXPECT_FALSE(all.contains(QRegularExpression(QStringLiteral("\\b[Yy]ou(r)?\\b")))) << all.toStdString();
    }
    // The questions are kept in the diary: the next report has them without --questions.
    const QString year = home.filePath(QStringLiteral("demo-365.sqlite"));
    EXPECT_TRUE(pageText(report(year), 1).contains(QStringLiteral("Should I try magnesium?")));
    EXPECT_FALSE(pageText(report(year, { QStringLiteral("--questions"), QString() }), 1)
                         .contains(QStringLiteral("Should I try magnesium?")));
}

TEST_F(DoctorReport, TheFullNumbersAndTheAppendixComeOnlyWhenAskedFor)
{
    const QString demo = diaryOf(365);
    const QString brief = report(demo);
    const QString briefText = pageText(brief, 1) + pageText(brief, 2);
    EXPECT_FALSE(briefText.contains(QStringLiteral("Appendix")));
    EXPECT_FALSE(briefText.contains(QStringLiteral("Fisher")));
    const QString full
            = report(demo, { QStringLiteral("--sections"), QStringLiteral("reliefs,factors,numbers,episodes") });
    EXPECT_GT(pageCount(full), 3);
    QString all;
    for (int page = 1; page <= pageCount(full); ++page)
        all += pageText(full, page);
    EXPECT_TRUE(all.contains(QStringLiteral("Fisher's exact test")));
    EXPECT_TRUE(all.contains(QStringLiteral("Appendix: every cramp")));
    EXPECT_FALSE(pageText(full, 1).contains(QStringLiteral("Fisher")));
}

// A paragraph that a page end would split starts the next page: Qt would otherwise draw its
// last line of the page before again, hidden, at the top of the next (twice in the text a
// screen reader or pdftotext reads).
TEST_F(DoctorReport, NoLineIsPrintedTwiceWhereAPageBreaks)
{
    const QString pdf = report(diaryOf(365), { QStringLiteral("--sections"), QStringLiteral("numbers") });
    const int pages = pageCount(pdf);
    ASSERT_GE(pages, 3);
    for (int page = 1; page < pages; ++page) {
        const QStringList here = bodyLines(pageText(pdf, page));
        const QStringList next = bodyLines(pageText(pdf, page + 1));
        ASSERT_FALSE(next.isEmpty());
        for (const QString &line : next)
            EXPECT_FALSE(here.contains(line))
                    << "on pages " << page << " and " << page + 1 << ": " << line.toStdString();
    }
}
