#include "core/settings/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QStringList available()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QString forSystem(const QStringList &uiLanguages)
{
    for (const QString &preferred : uiLanguages) {
        const QString language = QLocale(preferred).name().section(QLatin1Char('_'), 0, 0);
        if (available().contains(language))
            return language;
    }
    return QStringLiteral("en"); // the C locale, or languages the app does not speak
}

void install(QCoreApplication &app, const QString &language)
{
    // A language chosen again replaces the one before, rather than lying under it and
    // answering every string the new one lacks.
    const QString installedHere = QStringLiteral("cramp-diary-translation");
    for (QTranslator *old : app.findChildren<QTranslator *>(installedHere, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (available().contains(language))
        QLocale::setDefault(QLocale(language)); // dates, numbers and the guidance follow the choice
    const QLocale locale;
    auto *ours = new QTranslator(&app);
    ours->setObjectName(installedHere);
    if (ours->load(locale, QStringLiteral("cramp-diary"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/cramp-diary_en.qm")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(&app);
    qt->setObjectName(installedHere);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Translations
