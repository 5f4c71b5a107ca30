// The window's once-per-diary notice that others can read the diary.
#include "app/window/PrivacyNotice.h"

#include "TempDiary.h"
#include "core/settings/AppSettings.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QWidget>

namespace {
mode_t modeOf(const QString &path)
{
    struct stat status {
    };
    ::stat(QFile::encodeName(path).constData(), &status);
    return status.st_mode & 0777;
}

void click(QMessageBox &box, const QString &text)
{
    for (QAbstractButton *button : box.buttons())
        if (button->text() == text)
            return button->click();
    ADD_FAILURE() << "no button " << text.toStdString();
}
} // namespace

TEST(PrivacyNotice, MakesTheDiaryPrivateOnlyWhenAskedAndSaysItOnce)
{
    TempDiary temp;
    temp.open().reset();
    ::chmod(QFile::encodeName(temp.path).constData(), 0644);
    AppSettings settings(temp.dir.filePath(QStringLiteral("settings.ini")));
    QWidget window;

    QMessageBox *box = PrivacyNotice::showIfDue(&window, temp.path, settings);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(temp.path));
    click(*box, QStringLiteral("&Leave it as it is"));
    EXPECT_EQ(modeOf(temp.path), 0644u);
    EXPECT_EQ(PrivacyNotice::showIfDue(&window, temp.path, settings), nullptr) << "said once";

    TempDiary other;
    other.open().reset();
    ::chmod(QFile::encodeName(other.path).constData(), 0644);
    box = PrivacyNotice::showIfDue(&window, other.path, settings);
    ASSERT_NE(box, nullptr);
    click(*box, QStringLiteral("&Make it private"));
    EXPECT_EQ(modeOf(other.path), 0600u);
}

TEST(PrivacyNotice, SaysNothingForAPrivateDiary)
{
    TempDiary temp;
    temp.open().reset();
    ::chmod(QFile::encodeName(temp.path).constData(), 0600);
    AppSettings settings(temp.dir.filePath(QStringLiteral("settings.ini")));
    QWidget window;
    EXPECT_EQ(PrivacyNotice::showIfDue(&window, temp.path, settings), nullptr);
}
