// Where the keyboard is must be visible, by day and at night: on every page and dialog,
// each control that takes Tab changes when it gets the focus, and the change stands out
// from what was there before by at least 3:1 (WCAG 2.2, focus appearance and non-text
// contrast).
#include "UiFixture.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "ui/style/Tone.h"
#include "ui/window/WindowScreenshot.h"

#include <QApplication>
#include <QDialog>
#include <QImage>
#include <QTest>

namespace {
QImage picture(QWidget *target, const QRect &area)
{
    return target->grab(area).toImage().convertToFormat(QImage::Format_RGB32);
}

// The strongest contrast between a pixel with the focus and the same pixel without it.
double focusContrast(const QImage &without, const QImage &with)
{
    double strongest = 1.0;
    for (int y = 0; y < std::min(without.height(), with.height()); ++y)
        for (int x = 0; x < std::min(without.width(), with.width()); ++x)
            if (without.pixel(x, y) != with.pixel(x, y))
                strongest = std::max(strongest, Tone::contrast(QColor(without.pixel(x, y)), QColor(with.pixel(x, y))));
    return strongest;
}

QStringList faintFocus(QWidget *target)
{
    QStringList problems;
    QApplication::setActiveWindow(target);
    if (!QTest::qWaitForWindowActive(target))
        return { QStringLiteral("the window never became active") };
    for (QWidget *widget : target->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(target) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus)
            || widget->focusProxy() || widget->width() < 4)
            continue;
        const QRect area = QRect(widget->mapTo(target, QPoint(0, 0)), widget->size())
                                   .adjusted(-3, -3, 3, 3)
                                   .intersected(target->rect());
        if (area.isEmpty())
            continue;
        target->setFocus();
        widget->clearFocus();
        const QImage without = picture(target, area);
        widget->setFocus(Qt::TabFocusReason);
        target->setAttribute(Qt::WA_KeyboardFocusChange); // as a Tab press leaves it: styles draw focus then
        const QImage with = picture(target, area);
        const double contrast = focusContrast(without, with);
        if (contrast < 3.0)
            problems << QStringLiteral("%1 \"%2\": %3:1")
                                .arg(QString::fromLatin1(widget->metaObject()->className()), widget->accessibleName())
                                .arg(contrast, 0, 'f', 2);
    }
    return problems;
}

class FocusVisible : public UiFixture, public ::testing::WithParamInterface<bool>
{
};
} // namespace

TEST_P(FocusVisible, EveryControlShowsTheKeyboardFocus)
{
    DemoDiaryGenerator::Options options;
    options.nights = 60;
    options.lastNight = QDate::currentDate().addDays(-2);
    DemoDiaryGenerator::generate(*diary, options);
    window->resize(1180, 760);
    window->show();
    window->setNightMode(GetParam());
    for (const QString &view : WindowScreenshot::views()) {
        const std::unique_ptr<QDialog> dialog = WindowScreenshot::show(*window, view);
        QWidget *target = dialog ? static_cast<QWidget *>(dialog.get()) : window.get();
        const QStringList problems = faintFocus(target);
        EXPECT_TRUE(problems.isEmpty()) << view.toStdString() << (GetParam() ? " at night" : " by day") << ":\n  "
                                        << problems.join(QStringLiteral("\n  ")).toStdString();
    }
    window->setNightMode(false);
}

INSTANTIATE_TEST_SUITE_P(DayAndNight, FocusVisible, ::testing::Values(false, true),
                         [](const auto &param) { return param.param ? "Night" : "Day"; });
