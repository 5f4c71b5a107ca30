#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asked before a backup is written: protect it with a passphrase (for a USB stick or a
// cloud folder) or not. The passphrase is typed twice and must be long enough.
class BackupProtectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupProtectionDialog(QWidget *parent = nullptr);

    // Empty when the backup is not to be protected.
    QString passphrase() const;

    QCheckBox *protectBox() const { return m_protect; }
    QLineEdit *firstField() const { return m_first; }
    QLineEdit *secondField() const { return m_second; }

private:
    void update();

    QCheckBox *m_protect;
    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
