#pragma once

#include <functional>

#include <QObject>

class NightRule;
class QDialog;
class QMenu;
class QWidget;

// File > Print a bedside sheet and Save a bedside sheet as PDF: a week of nights from
// tonight, to fill in with a pen (BedsideSheet).
class BedsideSheetActions : public QObject
{
    Q_OBJECT

public:
    using RunDialog = std::function<int(QDialog &)>; // the window's way to run a dialog

    BedsideSheetActions(const NightRule &nightRule, RunDialog runDialog, QWidget *window);

    void addTo(QMenu *file);
    // Writes the sheet to `path`; false (after failed()) if the file cannot be written.
    bool save(const QString &path);

signals:
    void finished(const QString &message);
    void failed(const QString &message);

private:
    const NightRule &m_nightRule;
    RunDialog m_runDialog;
    QWidget *m_window;
};
