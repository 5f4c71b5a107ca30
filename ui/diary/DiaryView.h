#pragma once

#include <QWidget>

class AppSettings;
class NightRule;
class DiaryFilterProxy;
class DiaryRepository;
class DiaryTableModel;
class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

// The diary list with its filters. Double-click (or Enter) edits a cramp or a night's
// check-in; the main window's Delete and Undo actions work on the selection here.
class DiaryView : public QWidget
{
    Q_OBJECT

public:
    DiaryView(DiaryRepository &diary, AppSettings &settings, const NightRule &nightRule, QWidget *parent = nullptr);

    QTableView *table() const { return ready(), m_table; }
    DiaryTableModel *model() const { return ready(), m_model; }
    DiaryFilterProxy *proxy() const { return ready(), m_proxy; }
    QList<qint64> selectedEpisodeIds() const;
    QDate currentNight() const;
    void showNights(QDate first, QDate last);

    // Filter controls, for tests driving them like a user.
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *legFilter() const { return m_leg; }
    QSpinBox *severityFilter() const { return m_severity; }

signals:
    void untrackedRequested(QDate first, QDate last);
    void editEpisodeRequested(qint64 id);
    void editCheckinRequested(QDate night);
    void selectionChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The list reads every entry of the diary: when the page is first shown or asked about,
    // not while the window opens on another page.
    void ready() const;
    // Column widths for the text size and language: each at least as wide as its header.
    void fitColumns() const;
    void activate(const QModelIndex &index);
    void applyRange();
    void updateCount();

    DiaryTableModel *m_model = nullptr;
    DiaryFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_useRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_leg = nullptr;
    QSpinBox *m_severity = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr; // instead of a blank table in a new diary
    bool m_ready = false;
};
