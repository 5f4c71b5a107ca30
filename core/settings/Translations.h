#pragma once

class QCoreApplication;

namespace Translations {
// Installs the translation for the user's language, falling back to English, whose
// file supplies the plural forms of the source strings.
void install(QCoreApplication &app);
}
