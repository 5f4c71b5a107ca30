#include "ui/diary/DiaryView.h"

#include "core/domain/DateText.h"
#include "core/domain/DisplayNames.h"
#include "ui/diary/DiaryFilterProxy.h"
#include "ui/diary/DiaryTableModel.h"
#include "ui/style/FlowLayout.h"
#include "ui/style/ScreenReaderNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

DiaryView::DiaryView(DiaryRepository &diary, AppSettings &settings, const NightRule &nightRule, QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Diary"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new FlowLayout; // wraps at large text rather than widening the page
    m_useRange = new QCheckBox(tr("&Nights from"), this);
    m_useRange->setAccessibleName(tr("Only show a range of nights"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-90), this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First night shown"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last night shown"));
    m_leg = new QComboBox(this);
    m_leg->addItem(tr("Any leg"), QString());
    for (Leg leg : allValues<Leg>())
        m_leg->addItem(DisplayNames::of(leg), toKey(leg));
    m_leg->setAccessibleName(tr("Show only this leg"));
    auto *legLabel = new QLabel(tr("&Leg"), this);
    legLabel->setBuddy(m_leg);
    m_severity = new QSpinBox(this);
    m_severity->setRange(-1, 10);
    m_severity->setSpecialValueText(tr("Any severity"));
    m_severity->setPrefix(tr("Severity \u2265 "));
    m_severity->setValue(-1);
    m_severity->setAccessibleName(tr("Show only cramps at least this severe"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search in notes"));
    ScreenReaderNames::nameClearButton(m_search);
    filters->addWidget(FlowLayout::together(this, { m_useRange, m_from, new QLabel(tr("to"), this), m_to }));
    filters->addWidget(FlowLayout::together(this, { legLabel, m_leg }));
    filters->addWidget(m_severity);
    filters->addWidget(m_search);
    auto *untracked = new QPushButton(tr("Nights &not tracked\u2026"), this);
    untracked->setAccessibleName(tr("Mark nights as not tracked"));
    untracked->setToolTip(tr("Travel or illness: leave those nights out of every rate"));
    connect(untracked, &QPushButton::clicked, this, [this] {
        const QDate night = currentNight().isValid() ? currentNight() : QDate::currentDate().addDays(-1);
        emit untrackedRequested(night, night);
    });
    filters->addWidget(untracked);
    layout->addLayout(filters);

    m_model = new DiaryTableModel(diary, settings, nightRule, this);
    m_proxy = new DiaryFilterProxy(this);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab moves to the next control; arrows move between cells
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Cramps and check-ins, newest night first"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DiaryTableModel::NightColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Not stretched: a stretched last column is narrower than its header when the page is.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("<p><b>No entries yet.</b></p><p>Each cramp you log (press <b>L</b>) and each evening "
                            "check-in (press <b>E</b>) appears here, newest night first. To bring in an earlier "
                            "diary, use File \u2192 Import from CSV.</p>"),
                         this);
    m_empty->setObjectName(QStringLiteral("emptyDiary"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(24);
    layout->addWidget(m_empty, 1);
    m_count = new QLabel(this);
    layout->addWidget(m_count);

    connect(m_table, &QTableView::activated, this, &DiaryView::activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DiaryView::selectionChanged);
    connect(m_useRange, &QCheckBox::toggled, this, &DiaryView::applyRange);
    connect(m_from, &QDateEdit::dateChanged, this, &DiaryView::applyRange);
    connect(m_to, &QDateEdit::dateChanged, this, &DiaryView::applyRange);
    connect(m_leg, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setLeg(m_leg->currentData().toString()); });
    connect(m_severity, &QSpinBox::valueChanged, m_proxy, &DiaryFilterProxy::setMinimumSeverity);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &DiaryFilterProxy::setSearchText);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &DiaryView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DiaryView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DiaryView::updateCount);
    applyRange();
}

void DiaryView::showEvent(QShowEvent *event)
{
    ready();
    QWidget::showEvent(event);
}

void DiaryView::ready() const
{
    if (m_ready)
        return;
    auto *self = const_cast<DiaryView *>(this);
    self->m_ready = true;
    m_proxy->setSourceModel(m_model);
    fitColumns(); // once the columns exist (set before the model is attached, they were lost)
    m_proxy->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                  m_table->horizontalHeader()->sortIndicatorOrder());
    self->updateCount();
}

void DiaryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_ready) // View > Larger text
        fitColumns();
}

void DiaryView::fitColumns() const
{
    // This view's font: told of a new text size before its table and header are.
    const QFontMetrics metrics = fontMetrics();
    // Widths in characters of the table's text, so they grow with View > Larger text.
    const int character = metrics.averageCharWidth();
    const QList<std::pair<int, int>> widths
            = { { DiaryTableModel::TimeColumn, 10 },     { DiaryTableModel::SeverityColumn, 9 },
                { DiaryTableModel::LegColumn, 8 },       { DiaryTableModel::MuscleColumn, 14 },
                { DiaryTableModel::DurationColumn, 12 }, { DiaryTableModel::ReliefColumn, 21 },
                { DiaryTableModel::SignsColumn, 13 },    { DiaryTableModel::NotesColumn, 24 },
                { DiaryTableModel::EveningColumn, 40 } };
    // A header's words, its margins and the sort arrow: never cut, in any language.
    const auto headerWidth = [&](int column) {
        return metrics.horizontalAdvance(m_proxy->headerData(column, Qt::Horizontal).toString()) + 32;
    };
    // A leg or muscle is one of a few names: the column holds the longest whole.
    int legWidth = 0;
    for (Leg leg : allValues<Leg>())
        legWidth = std::max(legWidth, metrics.horizontalAdvance(DisplayNames::of(leg)) + 16);
    int muscleWidth = 0;
    for (Muscle muscle : allValues<Muscle>())
        muscleWidth = std::max(muscleWidth, metrics.horizontalAdvance(DisplayNames::of(muscle)) + 16);
    for (const auto &[column, chars] : widths) {
        int width = std::max(chars * character, headerWidth(column));
        if (column == DiaryTableModel::LegColumn)
            width = std::max(width, legWidth);
        if (column == DiaryTableModel::MuscleColumn)
            width = std::max(width, muscleWidth);
        m_table->setColumnWidth(column, width);
    }

    // The night as the list writes it, at its widest ("Wed 30 Sep 2026"), with room for the
    // sort arrow: never cut at the default width, in any language or font size.
    int nightWidth = 0;
    for (QDate day(2026, 1, 1); day.year() == 2026; day = day.addDays(1)) // every weekday and month name
        nightWidth = std::max(nightWidth, metrics.horizontalAdvance(DateText::shortDayWithYear(day)));
    m_table->setColumnWidth(DiaryTableModel::NightColumn,
                            std::max({ 120, nightWidth + 40, headerWidth(DiaryTableModel::NightColumn) }));
}

void DiaryView::applyRange()
{
    m_from->setEnabled(m_useRange->isChecked());
    m_to->setEnabled(m_useRange->isChecked());
    if (m_useRange->isChecked())
        m_proxy->setNightRange(m_from->date(), m_to->date());
    else
        m_proxy->setNightRange({}, {});
}

void DiaryView::showNights(QDate first, QDate last)
{
    ready();
    m_from->setDate(first);
    m_to->setDate(last);
    m_useRange->setChecked(true);
    applyRange();
}

void DiaryView::updateCount()
{
    int cramps = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        cramps += m_proxy->index(row, 0).data(DiaryTableModel::EpisodeIdRole).toLongLong() != 0;
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    if (!empty && m_proxy->rowCount() == 0)
        m_count->setText(tr("Nothing matches these filters: clear the search or widen the nights shown."));
    else
        m_count->setText(tr("%n cramp(s) shown", nullptr, cramps));
}

QList<qint64> DiaryView::selectedEpisodeIds() const
{
    ready();
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const qint64 id = index.data(DiaryTableModel::EpisodeIdRole).toLongLong();
        if (id)
            ids.append(id);
    }
    return ids;
}

QDate DiaryView::currentNight() const
{
    return m_table->currentIndex().data(DiaryTableModel::NightRole).toDate();
}

void DiaryView::activate(const QModelIndex &index)
{
    const qint64 id = index.data(DiaryTableModel::EpisodeIdRole).toLongLong();
    if (id && index.column() != DiaryTableModel::EveningColumn)
        emit editEpisodeRequested(id);
    else
        emit editCheckinRequested(index.data(DiaryTableModel::NightRole).toDate());
}
