#pragma once

#include "TempDiary.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NightRule.h"
#include "core/store/DiaryRepository.h"
#include "ui/window/MainWindow.h"

#include <functional>
#include <gtest/gtest.h>
#include <memory>

#include <QDialog>
#include <QMessageBox>
#include <QTemporaryDir>

// A main window on a temporary diary with throw-away settings.
class UiFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        settings = std::make_unique<AppSettings>(temp.dir.filePath(QStringLiteral("settings.ini")));
        diary = temp.open();
        makeWindow();
    }

    void TearDown() override
    {
        window.reset();
        nightRule.reset();
        diary.reset();
    }

    // Every dialog the window opens goes to the handler given by onNextDialog; any other
    // dialog is a test failure and is closed at once, so a test can never hang on one.
    void makeWindow()
    {
        window.reset();
        nightRule = std::make_unique<NightRule>(*settings); // as the app does: once, from the settings
        window = std::make_unique<MainWindow>(*diary, *settings, *nightRule);
        QObject::connect(window.get(), &MainWindow::dialogOpened, window.get(), [this](QDialog *dialog) {
            if (!m_nextDialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                ADD_FAILURE() << "unexpected dialog " << dialog->metaObject()->className() << " "
                              << (box ? box->text().toStdString() : std::string());
                dialog->done(0);
                return;
            }
            auto handler = std::move(m_nextDialog);
            m_nextDialog = nullptr;
            handler(dialog);
        });
    }

    // Finishes the next dialog the window opens with `handler`, which must call done/accept/reject.
    template<typename D>
    void onNextDialog(std::function<void(D *)> handler)
    {
        m_nextDialog = [handler](QDialog *dialog) {
            auto *typed = qobject_cast<D *>(dialog);
            if (!typed) {
                ADD_FAILURE() << "unexpected dialog " << dialog->metaObject()->className();
                dialog->done(0);
                return;
            }
            handler(typed);
        };
    }

    Episode episodeAt(const char *iso, int severity = 5)
    {
        Episode e;
        e.start = at(iso);
        e.severity = severity;
        return e;
    }

    TempDiary temp;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<DiaryRepository> diary;
    std::unique_ptr<NightRule> nightRule;
    std::unique_ptr<MainWindow> window;

private:
    std::function<void(QDialog *)> m_nextDialog;
};
