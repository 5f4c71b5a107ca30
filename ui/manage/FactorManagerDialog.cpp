#include "ui/manage/FactorManagerDialog.h"

#include "core/store/DiaryRepository.h"
#include "core/store/StoreError.h"
#include "ui/style/Tone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

FactorManagerDialog::FactorManagerDialog(DiaryRepository &diary, QWidget *parent)
    : QDialog(parent)
    , m_diary(diary)
{
    setWindowTitle(tr("My factors"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Add anything you suspect goes with your cramps. The built-in factors from the "
                                "guidance are always there; these are your own."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("My factors"));
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    auto *rename = new QPushButton(tr("&Rename\u2026"), this);
    rename->setAccessibleName(tr("Rename the selected factor"));
    m_retire = new QPushButton(tr("R&etire"), this);
    m_retire->setAccessibleName(tr("Retire or restore the selected factor"));
    row->addWidget(rename);
    row->addWidget(m_retire);
    row->addStretch();
    layout->addLayout(row);

    auto *add = new QGroupBox(tr("New factor"), this);
    auto *form = new QFormLayout(add);
    m_name = new QLineEdit(add);
    m_name->setAccessibleName(tr("Name of the new factor"));
    m_kind = new QComboBox(add);
    m_kind->addItem(tr("Yes or no"), int(FactorKind::YesNo));
    m_kind->addItem(tr("Number"), int(FactorKind::Number));
    m_kind->addItem(tr("Choice"), int(FactorKind::Choice));
    m_kind->setAccessibleName(tr("Kind of the new factor"));
    m_unit = new QLineEdit(add);
    m_unit->setPlaceholderText(tr("e.g. steps, hours, cups"));
    m_unit->setAccessibleName(tr("Unit of the new factor"));
    m_choices = new QLineEdit(add);
    m_choices->setPlaceholderText(tr("e.g. Heels, Flats, Trainers"));
    m_choices->setAccessibleName(tr("Choices of the new factor, separated by commas"));
    m_problem = new QLabel(add);
    Tone::set(m_problem, Tone::Kind::Problem);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *create = new QPushButton(tr("&Add factor"), add);
    create->setAccessibleName(tr("Add the new factor"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Unit"), m_unit);
    form->addRow(tr("&Choices"), m_choices);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), create);
    layout->addWidget(add);
    auto updateKind = [this] {
        const auto kind = FactorKind(m_kind->currentData().toInt());
        m_unit->setEnabled(kind == FactorKind::Number);
        m_choices->setEnabled(kind == FactorKind::Choice);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateKind);
    updateKind();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, [this] { addFactor(); });
    connect(rename, &QPushButton::clicked, this, [this] {
        if (!m_list->currentItem())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename factor"), tr("New name:"), QLineEdit::Normal,
                                                   m_list->currentItem()->data(Qt::UserRole + 1).toString(), &ok);
        if (ok)
            renameSelected(name);
    });
    connect(m_retire, &QPushButton::clicked, this, [this] { toggleRetiredSelected(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        m_retire->setText(item && item->data(Qt::UserRole + 2).toBool() ? tr("R&estore") : tr("R&etire"));
    });
    reload();
    resize(480, 520);
}

void FactorManagerDialog::reload()
{
    const qint64 selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    for (const Factor &factor : m_diary.factors(true)) {
        if (factor.isBuiltin())
            continue;
        QString kind;
        switch (factor.kind) {
        case FactorKind::YesNo: kind = tr("yes or no"); break;
        case FactorKind::Number: kind = factor.unit.isEmpty() ? tr("number") : tr("number, %1").arg(factor.unit); break;
        case FactorKind::Choice: kind = factor.choices.join(QStringLiteral(" / ")); break;
        }
        QString text = QStringLiteral("%1 (%2)").arg(factor.name, kind);
        if (factor.retired)
            text += tr(" \u2014 retired");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, factor.id);
        item->setData(Qt::UserRole + 1, factor.name);
        item->setData(Qt::UserRole + 2, factor.retired);
        if (factor.id == selected)
            m_list->setCurrentItem(item);
    }
}

QString FactorManagerDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void FactorManagerDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool FactorManagerDialog::addFactor()
{
    Factor factor;
    factor.name = m_name->text().trimmed();
    factor.kind = FactorKind(m_kind->currentData().toInt());
    if (factor.name.isEmpty()) {
        showProblem(tr("Enter a name for the factor."));
        m_name->setFocus();
        return false;
    }
    if (factor.kind == FactorKind::Number)
        factor.unit = m_unit->text().trimmed();
    if (factor.kind == FactorKind::Choice) {
        for (const QString &choice : m_choices->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!choice.trimmed().isEmpty() && !factor.choices.contains(choice.trimmed()))
                factor.choices.append(choice.trimmed());
        }
    }
    try {
        m_diary.addFactor(factor);
    } catch (const StoreError &error) {
        showProblem(error.message());
        return false;
    }
    showProblem({});
    m_name->clear();
    m_unit->clear();
    m_choices->clear();
    reload();
    return true;
}

bool FactorManagerDialog::renameSelected(const QString &name)
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    try {
        m_diary.renameFactor(item->data(Qt::UserRole).toLongLong(), name);
    } catch (const StoreError &error) {
        showProblem(error.message());
        return false;
    }
    showProblem({});
    reload();
    return true;
}

bool FactorManagerDialog::toggleRetiredSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    try {
        m_diary.setFactorRetired(item->data(Qt::UserRole).toLongLong(), !item->data(Qt::UserRole + 2).toBool());
    } catch (const StoreError &error) {
        showProblem(error.message());
        return false;
    }
    showProblem({});
    reload();
    return true;
}
