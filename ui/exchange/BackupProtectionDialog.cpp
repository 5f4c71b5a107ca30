#include "ui/exchange/BackupProtectionDialog.h"

#include "core/exchange/EncryptedBackup.h"
#include "ui/style/FitScrollArea.h"
#include "ui/style/Tone.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

BackupProtectionDialog::BackupProtectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_protect(new QCheckBox(tr("&Protect the backup with a passphrase"), this))
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Back up the diary"));
    auto *explanation = new QLabel(tr("A backup holds your whole diary. If it will leave this computer (a USB stick, "
                                      "a cloud folder), protect it with a passphrase: without it nobody can read the "
                                      "backup, not even you, so keep the passphrase somewhere safe."),
                                   this);
    explanation->setWordWrap(true);
    for (QLineEdit *field : { m_first, m_second })
        field->setEchoMode(QLineEdit::Password);
    m_first->setPlaceholderText(tr("At least %1 characters").arg(EncryptedBackup::MinPassphraseLength));
    auto *form = new QFormLayout;
    form->addRow(tr("Pass&phrase:"), m_first);
    form->addRow(tr("&Again:"), m_second);
    Tone::set(m_problem, Tone::Kind::Problem);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose the file\u2026"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : { m_first, m_second })
        connect(field, &QLineEdit::textChanged, this, &BackupProtectionDialog::update);
    connect(m_protect, &QCheckBox::toggled, this, &BackupProtectionDialog::update);

    QVBoxLayout *layout = FitScrollArea::bodyOf(this); // scrolls only where the screen is too small
    layout->addWidget(explanation);
    layout->addWidget(m_protect);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    QDialog::layout()->addWidget(m_buttons); // below the body, always in view
    update();
    resize(480, sizeHint().height());
}

QString BackupProtectionDialog::passphrase() const
{
    return m_protect->isChecked() ? m_first->text() : QString();
}

void BackupProtectionDialog::update()
{
    const bool protect = m_protect->isChecked();
    m_first->setEnabled(protect);
    m_second->setEnabled(protect);
    QString problem;
    if (protect && m_first->text().size() < EncryptedBackup::MinPassphraseLength)
        problem = tr("The passphrase needs at least %1 characters.").arg(EncryptedBackup::MinPassphraseLength);
    else if (protect && m_second->text() != m_first->text())
        problem = tr("Type the same passphrase twice.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
