#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QWidget>

class GuidanceLibrary;
class LiveAnalysis;
class QDateEdit;
class FlowLayout;
class ForestPlotChart;
class QCheckBox;
class QScrollArea;
class QStackedWidget;
class QTableWidget;
class LinkFocusBrowser;
class RangeSelector;
struct FactorLink;

// One card per factor with enough checked-in nights, the clearest first, each in plain
// words ("goes with", never "causes") with its numbers and a link to the guidance; then
// medicines before and after; then what still lacks nights, and how many more it needs.
class InsightsView : public QWidget
{
    Q_OBJECT

public:
    InsightsView(LiveAnalysis &analysis, const GuidanceLibrary &guidance, QWidget *parent = nullptr);

    RangeSelector *range() const { return m_range; }
    QStringList cardTexts() const; // every card's words, for tests and accessibility checks
    QString pageText() const; // the whole page's words, cards and lines between them
    LinkFocusBrowser *page() const { return m_page; } // the words, with the guidance links
    QScrollArea *scrollArea() const { return m_scroll; }
    // Asks for a number factor to be split at `splitAt` (none: the default); see splitChosen.
    void showNumbers(bool on); // each finding's numbers under its words
    void chooseSplit(qint64 factorId, std::optional<double> splitAt);
    // Adds a before-and-after card for any date (invalid: none).
    void setComparisonDate(QDate date);
    void refresh();

signals:
    void guidanceRequested(const QString &topicId);
    // The person moved a split; the window saves it in the diary, and the page follows.
    void splitChosen(qint64 factorId, std::optional<double> splitAt);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString card(const QString &title, const QString &text, const QString &topicId);
    void rebuildSplits(const QList<FactorLink> &links);
    void fitPageHeight(); // the words take the height they need; the page scrolls as one
    void fillTable(const QList<FactorLink> &links, int comparisons);

    LiveAnalysis &m_analysis;
    const GuidanceLibrary &m_guidance;
    RangeSelector *m_range = nullptr;
    QWidget *m_splits = nullptr;
    FlowLayout *m_splitLayout = nullptr;
    LinkFocusBrowser *m_page = nullptr;
    QCheckBox *m_showNumbers = nullptr;
    QCheckBox *m_asTable = nullptr;
    QStackedWidget *m_findings = nullptr;
    QScrollArea *m_scroll = nullptr;
    ForestPlotChart *m_forest = nullptr;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_compareDate = nullptr;
    QStringList m_cardTexts;
    QDate m_comparison;
    bool m_stale = true;
};
