#include "core/settings/Translations.h"

#include <gtest/gtest.h>

TEST(Translations, AsTheSystemNamesTheLanguageTheAppWillSpeak)
{
    // The first preferred language the app speaks wins; a C locale or a language it does not
    // speak falls back to English, which Settings then names instead of "As the system ()".
    EXPECT_EQ(Translations::forSystem({ QStringLiteral("de-DE"), QStringLiteral("en-GB") }), QStringLiteral("de"));
    EXPECT_EQ(Translations::forSystem({ QStringLiteral("fr-FR"), QStringLiteral("de-AT") }), QStringLiteral("de"));
    EXPECT_EQ(Translations::forSystem({ QStringLiteral("en-US") }), QStringLiteral("en"));
    EXPECT_EQ(Translations::forSystem({ QStringLiteral("C") }), QStringLiteral("en"));
    EXPECT_EQ(Translations::forSystem({}), QStringLiteral("en"));
    EXPECT_EQ(Translations::forSystem({ QStringLiteral("fr-FR") }), QStringLiteral("en"));
}
