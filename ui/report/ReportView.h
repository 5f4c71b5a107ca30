#pragma once

#include "ui/report/ReportOptions.h"

#include <functional>

#include <QWidget>

class GuidanceLibrary;
class LiveAnalysis;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QUrl;
class QLineEdit;
class QPrinter;

// The report page: the range (default the last 12 weeks), the baseline (default its first
// two weeks), optional name and date of birth, the sections, and Save PDF / Print / Preview.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    ReportView(LiveAnalysis &analysis, const GuidanceLibrary &guidance, QWidget *parent = nullptr);

    ReportOptions options() const;
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *episodeTableBox() const { return m_episodes; }
    QCheckBox *baselineBox() const { return m_useBaseline; }
    QString status() const;

    bool savePdf(const QString &path);
    // After a save: open the PDF, or the folder holding it, with the desktop's own apps.
    QPushButton *openPdfButton() const { return m_openPdf; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    // How files are opened; tests catch the address instead of starting another program.
    void setOpener(std::function<bool(const QUrl &)> open) { m_open = std::move(open); }
    void printTo(QPrinter *printer);

private:
    void resetRange();
    void showStatus(const QString &text, bool problem);

    LiveAnalysis &m_analysis;
    const GuidanceLibrary &m_guidance;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDateEdit *m_baselineFrom = nullptr;
    QDateEdit *m_baselineTo = nullptr;
    QCheckBox *m_useBaseline = nullptr;
    bool m_baselineChosen = false; // the person ticked or cleared it; the period no longer decides
    QLineEdit *m_name = nullptr;
    QCheckBox *m_hasBirthDate = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QCheckBox *m_medicines = nullptr;
    QCheckBox *m_reliefs = nullptr;
    QCheckBox *m_factors = nullptr;
    QCheckBox *m_episodes = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_openPdf = nullptr;
    QPushButton *m_openFolder = nullptr;
    QString m_savedPath;
    std::function<bool(const QUrl &)> m_open;
};
