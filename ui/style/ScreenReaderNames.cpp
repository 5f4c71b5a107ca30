#include "ui/style/ScreenReaderNames.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScreenReaderNames)
};
} // namespace

namespace ScreenReaderNames {

void labelDropDown(QComboBox *combo, const QString &what)
{
    auto *label = new QLabel(what, combo->parentWidget());
    label->setBuddy(combo);
    label->hide(); // the eye reads the visible label; this one is for the screen reader
}

void nameClearButton(QLineEdit *field)
{
    const QString name = Text::tr("Clear the search");
    if (auto *clear = field->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setToolTip(name); // not its text, which would be drawn over the icon
    for (QToolButton *button : field->findChildren<QToolButton *>())
        button->setAccessibleName(name);
}

} // namespace ScreenReaderNames
