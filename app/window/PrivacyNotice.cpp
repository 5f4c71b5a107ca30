#include "app/window/PrivacyNotice.h"

#include "core/settings/AppSettings.h"
#include "core/settings/PrivateFiles.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PrivacyNotice)
};
} // namespace

namespace PrivacyNotice {

QMessageBox *showIfDue(QWidget *window, const QString &diaryPath, AppSettings &settings)
{
    if (!PrivateFiles::readableByOthers(diaryPath) || settings.privacyReported(diaryPath))
        return nullptr;
    settings.setPrivacyReported(diaryPath);
    settings.sync();
    auto *box = new QMessageBox(QMessageBox::Information, Text::tr("Your diary can be read by others"),
                                Text::tr("Other users of this computer can read %1.").arg(diaryPath),
                                QMessageBox::NoButton, window);
    box->setInformativeText(Text::tr("A health diary is best kept private. Cramp Diary can make the file "
                                     "readable by you alone; it does not change a file you chose without asking."));
    QPushButton *makePrivate = box->addButton(Text::tr("&Make it private"), QMessageBox::AcceptRole);
    box->addButton(Text::tr("&Leave it as it is"), QMessageBox::RejectRole);
    box->setDefaultButton(makePrivate);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [box, makePrivate, diaryPath](QAbstractButton *clicked) {
        if (clicked == makePrivate && !PrivateFiles::makePrivate(diaryPath, true))
            QMessageBox::warning(box->parentWidget(), Text::tr("The diary is unchanged"),
                                 Text::tr("Cramp Diary could not change who may read %1.").arg(diaryPath));
    });
    box->open();
    return box;
}

} // namespace PrivacyNotice
