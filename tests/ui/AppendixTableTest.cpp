// The report's appendix: no word is cut by its column. In German the fixed shares cut
// „Schweregrad“, „Linderungsversuche“ and „Oberschenkel“ (seen on the printed page).
#include "ui/report/AppendixTable.h"

#include <gtest/gtest.h>

#include <QFontMetricsF>
#include <QImage>
#include <QRegularExpression>

namespace {
double longestWord(const QString &text, const QFontMetricsF &metrics)
{
    double longest = 0;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}
} // namespace

TEST(AppendixTable, EveryColumnHasRoomForItsLongestWordAndTheTableForThePage)
{
    QImage device(800, 1100, QImage::Format_RGB32);
    QFont font;
    font.setPointSizeF(9);
    QFont bold = font;
    bold.setBold(true);
    const QStringList header {
        QStringLiteral("Beginn"), QStringLiteral("Schweregrad"),        QStringLiteral("Bein, Muskel"),
        QStringLiteral("Dauer"),  QStringLiteral("Linderungsversuche"), QStringLiteral("Warnzeichen"),
        QStringLiteral("Notizen")
    };
    const QList<AppendixRow> rows { { { QStringLiteral("1. Dez. 2026, 05:52"), QStringLiteral("5"),
                                        QStringLiteral("Links Oberschenkel vorne"), QStringLiteral("1 min"),
                                        QStringLiteral("Muskel gedehnt (hat geholfen)"), QString(), QString() },
                                      false } };
    const double width = 640; // an A4 page's body at 96 dpi
    const AppendixTable table(QStringLiteral("Anhang: alle Krämpfe"), header, rows, &device, font, width, 1000);
    double total = 0;
    for (int c = 0; c < header.size(); ++c) {
        SCOPED_TRACE(header[c].toStdString());
        EXPECT_GE(table.columnWidth(c), longestWord(header[c], QFontMetricsF(bold, &device)));
        EXPECT_GE(table.columnWidth(c), longestWord(rows[0].cells[c], QFontMetricsF(font, &device)));
        total += table.columnWidth(c);
    }
    EXPECT_NEAR(total, width, 0.5) << "the table spans the page's width, no more";
    // Where every word fits its share, the shares are kept.
    const AppendixTable english(QStringLiteral("Appendix"),
                                { QStringLiteral("Start"), QStringLiteral("Sev."), QStringLiteral("Leg"),
                                  QStringLiteral("Time"), QStringLiteral("Tried"), QStringLiteral("Signs"),
                                  QStringLiteral("Notes") },
                                {}, &device, font, width, 1000);
    for (int c = 0; c < header.size(); ++c)
        EXPECT_NEAR(english.columnWidth(c), width * AppendixTable::ColumnWidths[c], 0.01) << c;
    // A page too narrow for the words together: the table still keeps to the page.
    const AppendixTable narrow(QStringLiteral("Anhang"), header, rows, &device, font, 300, 1000);
    double narrowTotal = 0;
    for (int c = 0; c < header.size(); ++c)
        narrowTotal += narrow.columnWidth(c);
    EXPECT_NEAR(narrowTotal, 300, 0.5);
}
