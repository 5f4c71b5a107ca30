#include "ui/manage/UntrackedPeriodsDialog.h"

#include "core/domain/DateText.h"
#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/style/FitScrollArea.h"
#include "ui/style/Tone.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

UntrackedPeriodsDialog::UntrackedPeriodsDialog(DiaryRepository &diary, QDate first, QDate last, QWidget *parent)
    : QDialog(parent)
    , m_diary(diary)
{
    setWindowTitle(tr("Nights not tracked"));
    setAccessibleName(windowTitle());
    QVBoxLayout *layout = FitScrollArea::bodyOf(this); // scrolls only where the screen is too small
    auto *intro = new QLabel(tr("Mark nights you did not keep the diary, for example while travelling or ill. They are "
                                "left out of every rate, so they are not counted as nights without cramps."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Periods not tracked"));
    layout->addWidget(m_list, 1);
    auto *remove = new QPushButton(tr("&Remove selected"), this);
    remove->setAccessibleName(tr("Remove the selected period"));
    layout->addWidget(remove, 0, Qt::AlignLeft);

    auto *box = new QGroupBox(tr("Add a period"), this);
    auto *form = new QFormLayout(box);
    m_first = new QDateEdit(first, box);
    m_first->setCalendarPopup(true);
    m_first->setAccessibleName(tr("First night not tracked"));
    m_last = new QDateEdit(last, box);
    m_last->setCalendarPopup(true);
    m_last->setAccessibleName(tr("Last night not tracked"));
    m_reason = new QLineEdit(box);
    m_reason->setPlaceholderText(tr("e.g. holiday, in hospital"));
    m_reason->setAccessibleName(tr("Reason"));
    m_problem = new QLabel(box);
    Tone::set(m_problem, Tone::Kind::Problem);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *add = new QPushButton(tr("&Add period"), box);
    add->setAccessibleName(tr("Add the period"));
    form->addRow(tr("&From night"), m_first);
    form->addRow(tr("&To night"), m_last);
    form->addRow(tr("R&eason"), m_reason);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), add);
    layout->addWidget(box);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    QDialog::layout()->addWidget(buttons); // below the body, always in view
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { addPeriod(); });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    reload();
    resize(460, 460);
}

void UntrackedPeriodsDialog::reload()
{
    m_list->clear();
    for (const UntrackedPeriod &period : m_diary.untrackedPeriods()) {
        QString text = tr("%1 to %2").arg(DateText::date(period.firstNight), DateText::date(period.lastNight));
        if (!period.reason.isEmpty())
            text += QStringLiteral(" \u2014 ") + period.reason;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, period.id);
    }
}

QString UntrackedPeriodsDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool UntrackedPeriodsDialog::addPeriod()
{
    if (m_last->date() < m_first->date()) {
        m_problem->setText(tr("The last night is before the first; nothing was added."));
        m_problem->show();
        return false;
    }
    try {
        m_diary.addUntrackedPeriod({ 0, m_first->date(), m_last->date(), m_reason->text().trimmed() });
    } catch (const StoreError &error) {
        m_problem->setText(error.message());
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_reason->clear();
    reload();
    return true;
}

bool UntrackedPeriodsDialog::removeSelected()
{
    if (!m_list->currentItem())
        return false;
    try {
        m_diary.removeUntrackedPeriod(m_list->currentItem()->data(Qt::UserRole).toLongLong());
    } catch (const StoreError &error) {
        m_problem->setText(error.message());
        m_problem->show();
        return false;
    }
    reload();
    return true;
}
