#pragma once

#include <QStringList>

class QCoreApplication;

namespace Translations {
// The languages the app speaks, as locale names ("en", "de").
QStringList available();
// Installs the translation for `language` ("" for the system's), falling back to English,
// whose file supplies the plural forms of the source strings, and Qt's own translations
// for its standard buttons and dialogs. Dates and numbers follow the same language.
void install(QCoreApplication &app, const QString &language = {});
// The language install() picks for "as the system" given the system's preferred languages
// (QLocale::uiLanguages()): the first the app speaks, else English.
QString forSystem(const QStringList &uiLanguages);
} // namespace Translations
