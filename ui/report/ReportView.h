#pragma once

#include "ui/report/ReportOptions.h"

#include <functional>

#include <QMap>
#include <QWidget>

class DiaryRepository;
class GuidanceLibrary;
class QPlainTextEdit;
class QTimer;
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
    ReportView(DiaryRepository &diary, LiveAnalysis &analysis, const GuidanceLibrary &guidance,
               QWidget *parent = nullptr);

    ReportOptions options() const;
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *sectionBox(ReportOptions::Section section) const { return m_sections.value(int(section)); }
    QPlainTextEdit *questionsEdit() const { return m_questions; }
    // Keeps the questions typed in the diary now (they are also kept a moment after typing
    // stops, when the box loses focus and before a report is made); false if refused.
    bool saveQuestions();
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
    bool eventFilter(QObject *watched, QEvent *event) override;

    DiaryRepository &m_diary;
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
    QPlainTextEdit *m_questions = nullptr;
    QTimer *m_questionsPause = nullptr;
    QMap<int, QCheckBox *> m_sections;
    QLabel *m_status = nullptr;
    QPushButton *m_openPdf = nullptr;
    QPushButton *m_openFolder = nullptr;
    QString m_savedPath;
    std::function<bool(const QUrl &)> m_open;
};
