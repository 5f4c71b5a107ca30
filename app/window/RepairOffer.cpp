#include "app/window/RepairOffer.h"

#include "core/store/DiarySalvage.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RepairOffer)
};
} // namespace

namespace RepairOffer {

bool ask(QWidget *parent, const QString &path, const QString &problem, const RunDialog &run)
{
    QMessageBox offer(QMessageBox::Warning, Text::tr("The diary needs a repair"), problem, QMessageBox::NoButton,
                      parent);
    offer.setInformativeText(Text::tr("Cramp Diary can repair it now: every entry that keeps the diary's rules is "
                                      "copied into a repaired diary, the ones left out are listed, and the damaged "
                                      "file is kept beside it."));
    QPushButton *repair = offer.addButton(Text::tr("&Repair"), QMessageBox::AcceptRole);
    offer.addButton(QMessageBox::Close);
    offer.setDefaultButton(repair);
    run(offer);
    if (offer.clickedButton() != repair)
        return false;

    DiarySalvage::Repair result;
    try {
        result = DiarySalvage::repairInPlace(path);
    } catch (const StoreError &error) {
        QMessageBox failed(QMessageBox::Critical, Text::tr("The repair did not work"), error.message(), QMessageBox::Ok,
                           parent);
        run(failed);
        return false;
    }
    const DiarySalvage::Report &report = result.report;
    const QStringList details = report.lines();
    if (result.damagedCopy.isEmpty() && !report.healthy()) {
        QMessageBox nothing(QMessageBox::Critical, Text::tr("Nothing could be saved"),
                            Text::tr("Nothing could be read from %1. Restore a backup instead (File \u2192 Restore "
                                     "from backup); the file was left untouched.")
                                    .arg(path),
                            QMessageBox::Ok, parent);
        nothing.setDetailedText(details.join(QLatin1Char('\n')));
        run(nothing);
        return false;
    }
    QString summary = Text::tr("The diary was repaired and kept %1.").arg(report.keptSummary());
    if (!report.leftOut.isEmpty())
        summary += QLatin1Char(' ')
                + Text::tr("Left out: %n record(s) the diary's rules do not allow (Show Details lists them).", nullptr,
                           int(report.leftOut.size()));
    QMessageBox done(QMessageBox::Information, Text::tr("Diary repaired"), summary, QMessageBox::Ok, parent);
    if (!result.damagedCopy.isEmpty())
        done.setInformativeText(Text::tr("The damaged file was kept as %1.").arg(result.damagedCopy));
    if (!details.isEmpty())
        done.setDetailedText(details.join(QLatin1Char('\n')));
    run(done);
    return true;
}

} // namespace RepairOffer
