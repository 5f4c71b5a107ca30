#include "core/domain/DrugClassGuess.h"

#include <gtest/gtest.h>

TEST(DrugClassGuess, CommonNamesOfTheClassesLinkedToCrampsAreRecognised)
{
    using DrugClassGuess::forName;
    EXPECT_EQ(forName(QStringLiteral("Simvastatin")), DrugClass::Statin);
    EXPECT_EQ(forName(QStringLiteral("atorvastatin 20 mg")), DrugClass::Statin);
    EXPECT_EQ(forName(QStringLiteral("Lipitor")), DrugClass::Statin);
    EXPECT_EQ(forName(QStringLiteral("Bendroflumethiazide 2.5mg")), DrugClass::Diuretic); // thiazide
    EXPECT_EQ(forName(QStringLiteral("Indapamide")), DrugClass::Diuretic); // thiazide-like
    EXPECT_EQ(forName(QStringLiteral("FUROSEMIDE")), DrugClass::Diuretic); // loop
    EXPECT_EQ(forName(QStringLiteral("Spironolactone")), DrugClass::Diuretic); // potassium-sparing
    EXPECT_EQ(forName(QStringLiteral("Salmeterol inhaler")), DrugClass::LongActingBetaAgonist);
    EXPECT_EQ(forName(QStringLiteral("Symbicort")), DrugClass::LongActingBetaAgonist);
    // Nothing else is guessed, and a name is matched as a whole word.
    EXPECT_EQ(forName(QStringLiteral("Metformin")), std::nullopt);
    EXPECT_EQ(forName(QStringLiteral("Paracetamol")), std::nullopt);
    EXPECT_EQ(forName(QStringLiteral("Hctx")), std::nullopt);
    EXPECT_EQ(forName(QString()), std::nullopt);
}
