#include "core/settings/Translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

// The application object exists for translation and QObject machinery; tests need no loop.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the diaries' integrity ledger, never the real one
    // Tests compare English words, dates and number formats: the same on every machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(QStringLiteral("CrampDiaryTests"));
    QCoreApplication::setApplicationName(QStringLiteral("cramp-diary-tests"));
    Translations::install(app);
    return RUN_ALL_TESTS();
}
