#pragma once

#include <functional>

#include <QWidget>

class DiaryRepository;
class NightRule;
class QDialog;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The self-experiment page: how to start one; while it runs, tonight's assignment and the
// nights so far; and its result, in words that say what it shows for this person and what
// it cannot show. Planning and stopping early happen here too.
class ExperimentView : public QWidget
{
    Q_OBJECT

public:
    using RunDialog = std::function<int(QDialog &)>; // the window's way to run a dialog

    ExperimentView(DiaryRepository &diary, const NightRule &nightRule, RunDialog runDialog, QWidget *parent = nullptr);

    void refresh();
    QString statusText() const;
    QString resultText() const;
    QCheckBox *showNumbersBox() const { return m_showNumbers; }
    QPushButton *planButton() const { return m_planButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QTableWidget *nightsTable() const { return m_nights; }

signals:
    void failed(const QString &message); // a store error, for the window to show

protected:
    void showEvent(QShowEvent *event) override;

private:
    void plan();
    void stop();

    DiaryRepository &m_diary;
    const NightRule &m_nightRule;
    RunDialog m_runDialog;
    QLabel *m_status = nullptr;
    QLabel *m_tonight = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_result = nullptr;
    QCheckBox *m_showNumbers = nullptr;
    QPushButton *m_planButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QTableWidget *m_nights = nullptr;
};
