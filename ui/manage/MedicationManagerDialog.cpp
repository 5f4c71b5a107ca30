#include "ui/manage/MedicationManagerDialog.h"

#include "core/domain/DisplayNames.h"
#include "core/guidance/GuidanceLibrary.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/guidance/GuidanceTopicDialog.h"
#include "ui/manage/MedicationEditDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QString periodsText(const Medication &medication)
{
    const QLocale locale;
    QStringList parts;
    for (const MedicationPeriod &period : medication.periods) {
        const QString from = locale.toString(period.started, QLocale::ShortFormat);
        parts.append(period.stopped ? MedicationManagerDialog::tr("%1 to %2")
                                              .arg(from, locale.toString(*period.stopped, QLocale::ShortFormat))
                                    : MedicationManagerDialog::tr("since %1").arg(from));
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

MedicationManagerDialog::MedicationManagerDialog(DiaryRepository &diary, QWidget *parent,
                                                 const GuidanceLibrary *guidance)
    : QDialog(parent)
    , m_diary(diary)
    , m_guidance(guidance)
{
    setWindowTitle(tr("Medicines"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setTabKeyNavigation(false); // Tab moves to the next control; arrows move between cells
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Kind"), tr("Dose"), tr("Taken") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Medicines"));
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction); // links by Tab and Enter too
    m_message->setAccessibleDescription(tr("Note about the medicine"));
    m_message->hide();
    connect(m_message, &QLabel::linkActivated, this, [this](const QString &link) {
        if (m_guidance)
            GuidanceTopicDialog::open(*m_guidance, QUrl(link).path(), this);
    });
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add\u2026"), QDialogButtonBox::ActionRole);
    auto *editButton = buttons->addButton(tr("&Edit\u2026"), QDialogButtonBox::ActionRole);
    auto *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    add->setAccessibleName(tr("Add a medicine"));
    editButton->setAccessibleName(tr("Edit the selected medicine"));
    remove->setAccessibleName(tr("Remove the selected medicine"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { edit(0); });
    connect(editButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            edit(m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { edit(m_table->item(row, 0)->data(Qt::UserRole).toLongLong()); });
    connect(remove, &QPushButton::clicked, this, &MedicationManagerDialog::removeSelected);
    reload();
    resize(680, 360);
}

QString MedicationManagerDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MedicationManagerDialog::reload()
{
    const QList<Medication> medications = m_diary.medications();
    m_table->setRowCount(int(medications.size()));
    for (int row = 0; row < medications.size(); ++row) {
        const Medication &m = medications.at(row);
        auto *name = new QTableWidgetItem(m.name);
        name->setData(Qt::UserRole, m.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(DisplayNames::of(m.drugClass)));
        m_table->setItem(row, 2, new QTableWidgetItem(m.dose));
        m_table->setItem(row, 3, new QTableWidgetItem(periodsText(m)));
    }
    m_table->resizeColumnsToContents();
    // Wide enough for every column, its header included: the last one stretches to the
    // table's edge and would otherwise be cut when the words are long or large.
    const QHeaderView *header = m_table->horizontalHeader();
    const int last = m_table->columnCount() - 1;
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < last; ++column)
        width += header->sectionSize(column); // as resizeColumnsToContents set it
    int lastWidth = header->sectionSizeHint(last);
    for (int row = 0; row < m_table->rowCount(); ++row)
        lastWidth
                = std::max(lastWidth, m_table->fontMetrics().horizontalAdvance(m_table->item(row, last)->text()) + 16);
    m_table->setMinimumWidth(width + lastWidth);
}

void MedicationManagerDialog::edit(qint64 id)
{
    Medication medication;
    for (const Medication &m : m_diary.medications()) {
        if (m.id == id)
            medication = m;
    }
    MedicationEditDialog editor(medication, this);
    emit editorOpened(&editor);
    if (editor.result() != QDialog::Accepted && editor.exec() != QDialog::Accepted)
        return;
    try {
        if (id == 0)
            m_diary.addMedication(editor.medication());
        else
            m_diary.updateMedication(editor.medication());
    } catch (const StoreError &error) {
        m_message->setText(tr("Not saved: %1").arg(error.message()));
        m_message->show();
        return;
    }
    m_message->hide();
    const DrugClass drugClass = editor.medication().drugClass;
    if (drugClass != DrugClass::Other) {
        // CLINICAL.md: Garrison et al. 2012 (PMID 22157068) links these classes to cramps.
        QString text = tr("Medicines of this kind (%1) have been linked to leg cramps in studies "
                          "(Garrison et al., 2012). Do not stop or change a medicine without asking "
                          "your prescriber; the diary can show whether cramps changed after you started it.")
                               .arg(DisplayNames::insideSentence(DisplayNames::of(drugClass)))
                               .toHtmlEscaped();
        if (m_guidance) {
            const QString topic = m_guidance->topicForDrugClass(drugClass);
            if (const GuidanceTopic *t = m_guidance->topic(topic))
                text += QStringLiteral(" <a href=\"topic:%1\">%2</a>")
                                .arg(topic, tr("Read: %1").arg(t->title).toHtmlEscaped());
        }
        m_message->setText(text);
        m_message->show();
    }
    reload();
}

void MedicationManagerDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Remove medicine"),
                              tr("Remove %1 and its dates from the diary? Check-ins will no longer list it.").arg(name))
        != QMessageBox::Yes)
        return;
    try {
        m_diary.removeMedication(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    } catch (const StoreError &error) {
        m_message->setText(tr("Not removed: %1").arg(error.message()));
        m_message->show();
        return;
    }
    reload();
}
