#include "ui/logging/BedsideSheetActions.h"

#include "core/domain/DateText.h"
#include "core/settings/NightRule.h"
#include "ui/logging/BedsideSheet.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>

BedsideSheetActions::BedsideSheetActions(const NightRule &nightRule, RunDialog runDialog, QWidget *window)
    : QObject(window)
    , m_nightRule(nightRule)
    , m_runDialog(std::move(runDialog))
    , m_window(window)
{
}

void BedsideSheetActions::addTo(QMenu *file)
{
    QAction *print = file->addAction(tr("&Print a bedside sheet\u2026"), QKeySequence::Print, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, m_window);
        if (m_runDialog(dialog) == QDialog::Accepted)
            BedsideSheet(m_nightRule.tonight()).print(&printer);
    });
    print->setToolTip(tr("A week of nights to fill in by the bed, entered in the morning"));
    file->addAction(tr("Save a bedside sheet as P&DF\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                    [this] {
                        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save a bedside sheet"),
                                                                          QStringLiteral("bedside-sheet.pdf"),
                                                                          tr("PDF files (*.pdf)"));
                        if (!path.isEmpty())
                            save(path);
                    });
}

bool BedsideSheetActions::save(const QString &path)
{
    const BedsideSheet sheet(m_nightRule.tonight());
    QString error;
    if (!sheet.writePdf(path, &error)) {
        emit failed(error);
        return false;
    }
    emit finished(tr("Bedside sheet for the nights from %1 saved to %2.")
                          .arg(DateText::shortDay(sheet.firstNight()), QDir::toNativeSeparators(path)));
    return true;
}
