#pragma once

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;

// A week of nights on one printed page, to fill in with a pen when a cramp wakes the person
// and the computer is not at hand: for each night a "no cramps" box and rows of boxes in the
// quick log sheet's order (how bad, leg, muscle, time), the legs and muscles printed as the
// sheet's own keys, so entering it in the morning is L, the digit, the letters, the time.
class BedsideSheet
{
    Q_DECLARE_TR_FUNCTIONS(BedsideSheet)

public:
    static constexpr int Nights = 7;
    static constexpr int RowsPerNight = 3;

    explicit BedsideSheet(QDate firstNight);

    QDate firstNight() const { return m_firstNight; }
    void print(QPagedPaintDevice *device) const;
    // Writes an A4 PDF; false (and a reason) if the file cannot be written.
    bool writePdf(const QString &path, QString *error) const;

private:
    QDate m_firstNight;
};
