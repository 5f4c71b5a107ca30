#include "Translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

// The application object exists for translation and QObject machinery; tests need no loop.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CrampDiaryTests"));
    QCoreApplication::setApplicationName(QStringLiteral("cramp-diary-tests"));
    Translations::install(app);
    return RUN_ALL_TESTS();
}
