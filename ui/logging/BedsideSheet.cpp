#include "ui/logging/BedsideSheet.h"

#include "core/domain/DateText.h"
#include "core/domain/DisplayNames.h"
#include "core/domain/EnumKeys.h"
#include "core/settings/PrivateFiles.h"
#include "ui/logging/QuickLogKeys.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace {
QString spaced(const QStringList &letters)
{
    return letters.join(QStringLiteral("   "));
}

// One line of text fitted into `box`, vertically centred, smaller if needed.
void drawFitted(QPainter &painter, const QRectF &box, const QString &text, int flags = Qt::AlignLeft)
{
    QFont font = painter.font();
    while (QFontMetricsF(font, painter.device()).horizontalAdvance(text) > box.width() && font.pointSizeF() > 6)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    painter.save();
    painter.setFont(font);
    painter.drawText(box, flags | Qt::AlignVCenter, text);
    painter.restore();
}
} // namespace

BedsideSheet::BedsideSheet(QDate firstNight)
    : m_firstNight(firstNight)
{
}

void BedsideSheet::print(QPagedPaintDevice *device) const
{
    QPainter painter(device);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double mm = device->logicalDpiX() / 25.4;
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(11);
    painter.setFont(base);
    painter.setPen(Qt::black);

    // Title, the week, and how to use it.
    QFont title = base;
    title.setPointSizeF(18);
    title.setBold(true);
    painter.setFont(title);
    double y = 0;
    const double titleHeight = QFontMetricsF(title, device).height();
    painter.drawText(QRectF(0, y, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Night cramp sheet"));
    y += titleHeight;
    painter.setFont(base);
    const double lineHeight = QFontMetricsF(base, device).height();
    painter.drawText(
            QRectF(0, y, page.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
            tr("Nights of %1 to %2")
                    .arg(DateText::shortDay(m_firstNight), DateText::shortDay(m_firstNight.addDays(Nights - 1))));
    y += lineHeight + 2 * mm;
    QStringList legKeys, muscleKeys;
    for (Leg leg : allValues<Leg>())
        legKeys << tr("%1 %2", "key and its meaning").arg(QuickLogKeys::of(leg), DisplayNames::of(leg));
    for (Muscle muscle : allValues<Muscle>())
        muscleKeys << tr("%1 %2", "key and its meaning").arg(QuickLogKeys::of(muscle), DisplayNames::of(muscle));
    const QString help
            = tr("Keep this by the bed. When a cramp wakes you, fill in one row: how bad it was (0 none, 10 worst "
                 "imaginable), circle the leg and the muscle, and write the time. Tick \u201cno cramps\u201d for a "
                 "quiet night. In the morning, enter each row in Cramp Diary: L, then the number, the letters and "
                 "the time, in this order.")
            + QLatin1Char('\n') + tr("Leg: %1.").arg(legKeys.join(QStringLiteral(", "))) + QLatin1Char(' ')
            + tr("Muscle: %1.").arg(muscleKeys.join(QStringLiteral(", ")));
    QFont small = base;
    small.setPointSizeF(9.5);
    painter.setFont(small);
    const QRectF helpBox = painter.boundingRect(QRectF(0, y, page.width(), page.height()), Qt::TextWordWrap, help);
    painter.drawText(QRectF(0, y, page.width(), helpBox.height()), Qt::TextWordWrap, help);
    y += helpBox.height() + 3 * mm;

    // The columns, in the quick log sheet's order.
    const QList<double> widths = { 0.21, 0.16, 0.30, 0.15, 0.18 };
    QList<double> lefts;
    double x = 0;
    for (double w : widths) {
        lefts.append(x);
        x += w * page.width();
    }
    const QStringList headings = { tr("How bad (0-10)"), tr("Leg"), tr("Muscle"), tr("Time"), tr("Notes") };
    QStringList legLetters, muscleLetters;
    for (Leg leg : allValues<Leg>())
        legLetters << QuickLogKeys::of(leg);
    for (Muscle muscle : allValues<Muscle>())
        muscleLetters << QuickLogKeys::of(muscle);

    const double footer = 6 * mm;
    const double headerRow = 8 * mm;
    const double columnsRow = 6 * mm;
    const double gap = 0.8 * mm;
    const double available = page.height() - y - footer - columnsRow - 2 * mm;
    const double rowHeight = std::min(11 * mm, (available / Nights - headerRow - gap) / RowsPerNight);

    QFont bold = base;
    bold.setBold(true);
    QFont heading = small;
    heading.setBold(true);
    painter.setFont(heading);
    for (int c = 0; c < headings.size(); ++c)
        drawFitted(painter, QRectF(lefts[c] + 1.5 * mm, y, widths[c] * page.width() - 3 * mm, columnsRow), headings[c]);
    y += columnsRow;

    QPen thin(QColor(0x44, 0x44, 0x44));
    thin.setWidthF(0.25 * mm);
    for (int n = 0; n < Nights; ++n) {
        const QDate night = m_firstNight.addDays(n);
        painter.fillRect(QRectF(0, y, page.width(), headerRow), QColor(0xe8, 0xee, 0xf4));
        painter.setFont(bold);
        painter.setPen(Qt::black);
        drawFitted(painter, QRectF(1.5 * mm, y, page.width() * 0.6, headerRow),
                   tr("Night of %1").arg(DateText::longDay(night)));
        painter.setFont(base);
        const double box = headerRow * 0.55;
        const QRectF tick(page.width() * 0.68, y + (headerRow - box) / 2, box, box);
        painter.setPen(thin);
        painter.drawRect(tick);
        painter.drawText(QRectF(tick.right() + 2 * mm, y, page.width() - tick.right() - 2 * mm, headerRow),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("no cramps"));
        y += headerRow;
        for (int r = 0; r < RowsPerNight; ++r) {
            const QRectF row(0, y, page.width(), rowHeight);
            painter.setPen(thin);
            painter.drawRect(row);
            for (int c = 1; c < widths.size(); ++c)
                painter.drawLine(QPointF(lefts[c], y), QPointF(lefts[c], y + rowHeight));
            painter.setPen(QColor(0x66, 0x66, 0x66));
            drawFitted(painter, QRectF(lefts[1] + 2 * mm, y, widths[1] * page.width() - 4 * mm, rowHeight),
                       spaced(legLetters), Qt::AlignHCenter);
            drawFitted(painter, QRectF(lefts[2] + 2 * mm, y, widths[2] * page.width() - 4 * mm, rowHeight),
                       spaced(muscleLetters), Qt::AlignHCenter);
            drawFitted(painter, QRectF(lefts[3] + 2 * mm, y, widths[3] * page.width() - 4 * mm, rowHeight),
                       QStringLiteral(":"), Qt::AlignHCenter);
            y += rowHeight;
        }
        y += gap;
    }
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.setFont(small);
    painter.drawText(QRectF(0, page.height() - footer, page.width(), footer), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Cramp Diary bedside sheet"));
}

bool BedsideSheet::writePdf(const QString &path, QString *error) const
{
    // Written whole into a new owner-only file that replaces `path` when complete.
    const auto pdf = [&](QIODevice &file) {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Night cramp sheet"));
        writer.setCreator(QStringLiteral("Cramp Diary %1").arg(QCoreApplication::applicationVersion()));
        print(&writer);
        return true;
    };
    QString reason;
    if (PrivateFiles::saveWith(path, pdf, &reason))
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(path, reason);
    return false;
}
