#include "core/settings/Translations.h"

#include <gtest/gtest.h>
#include <memory>

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

namespace {
// The QApplication is made when tests run, not when CTest lists them, so listing needs
// no display. CTest sets QT_QPA_PLATFORM=offscreen for the run.
class ApplicationEnvironment : public ::testing::Environment
{
public:
    ApplicationEnvironment(int &argc, char **argv)
        : m_argc(argc)
        , m_argv(argv)
    {
    }
    void SetUp() override
    {
        m_app = std::make_unique<QApplication>(m_argc, m_argv);
        QStandardPaths::setTestModeEnabled(true); // never the real ~/.config (the reminder timer)
        // Tests compare English words, dates and number formats: the same on every machine.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::setOrganizationName(QStringLiteral("CrampDiaryTests"));
        QCoreApplication::setApplicationName(QStringLiteral("cramp-diary-ui-tests"));
        Translations::install(*m_app);
    }
    void TearDown() override { m_app.reset(); }

private:
    int &m_argc;
    char **m_argv;
    std::unique_ptr<QApplication> m_app;
};
} // namespace

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new ApplicationEnvironment(argc, argv));
    return RUN_ALL_TESTS();
}
