#include "ui/guidance/GuidanceView.h"

#include "core/guidance/GuidanceLibrary.h"
#include "ui/guidance/TopicBrowser.h"
#include "ui/style/ScreenReaderNames.h"
#include "ui/style/Tone.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int TopicIdRole = Qt::UserRole + 1;
}

GuidanceView::GuidanceView(const GuidanceLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    setAccessibleName(tr("Guidance"));
    auto *layout = new QVBoxLayout(this);
    auto *notice = new QLabel(TopicBrowser::notMedicalAdvice(), this);
    notice->setWordWrap(true);
    Tone::set(notice, Tone::Kind::Notice);
    layout->addWidget(notice);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Search the guidance"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the guidance"));
    ScreenReaderNames::nameClearButton(m_search);
    m_index = new QTreeWidget(left);
    m_index->setHeaderHidden(true);
    m_index->setAccessibleName(tr("Guidance topics by section"));
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_index);
    m_browser = new TopicBrowser(library, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 340, 700 });
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &GuidanceView::fill);
    connect(m_index, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, TopicIdRole).toString().isEmpty())
            m_browser->showTopic(item->data(0, TopicIdRole).toString());
    });
    connect(m_browser, &TopicBrowser::topicShown, this, &GuidanceView::selectInIndex);
    fill({});
    if (!library.topics().isEmpty())
        showTopic(library.topics().first().id);
}

void GuidanceView::fill(const QString &query)
{
    const QSignalBlocker quiet(m_index);
    m_index->clear();
    if (query.trimmed().isEmpty()) {
        for (const GuidanceLibrary::Section &section : m_library.sections()) {
            auto *sectionItem = new QTreeWidgetItem(m_index, { section.title });
            QFont bold = sectionItem->font(0);
            bold.setBold(true);
            sectionItem->setFont(0, bold);
            sectionItem->setFlags(Qt::ItemIsEnabled);
            for (const GuidanceTopic &topic : m_library.topicsInSection(section.id)) {
                auto *item = new QTreeWidgetItem(sectionItem, { topic.title });
                item->setData(0, TopicIdRole, topic.id);
            }
        }
        m_index->expandAll();
    } else {
        const QList<GuidanceTopic> found = m_library.search(query);
        for (const GuidanceTopic &topic : found) {
            auto *item = new QTreeWidgetItem(m_index, { topic.title });
            item->setData(0, TopicIdRole, topic.id);
        }
        if (found.isEmpty()) {
            auto *none = new QTreeWidgetItem(m_index, { tr("No topic mentions \u201c%1\u201d.").arg(query.trimmed()) });
            none->setFlags(Qt::NoItemFlags);
        } else {
            m_browser->showTopic(found.first().id);
        }
    }
    selectInIndex(m_browser->currentTopic());
}

void GuidanceView::selectInIndex(const QString &topicId)
{
    const QSignalBlocker quiet(m_index);
    for (QTreeWidgetItemIterator it(m_index); *it; ++it) {
        if ((*it)->data(0, TopicIdRole).toString() == topicId) {
            m_index->setCurrentItem(*it);
            return;
        }
    }
}

bool GuidanceView::showTopic(const QString &topicId)
{
    return m_browser->showTopic(topicId);
}
