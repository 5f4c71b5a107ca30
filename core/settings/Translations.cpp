#include "core/settings/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("cramp-diary"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/cramp-diary_en.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace Translations
