// Every page and dialog, in the day and the night palette, rendered as a person sees it:
// the text of each visible control must stand out from what is behind it by at least
// 4.5:1 (WCAG AA). Disabled controls are exempt, as WCAG exempts inactive components.
#include "UiFixture.h"
#include "core/demo/DemoDiaryGenerator.h"
#include "ui/style/Tone.h"
#include "ui/window/WindowScreenshot.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QTextBrowser>

namespace {
struct Reading {
    double ratio = 21;
    QColor background;
    QColor text;
};

// The most common colour is the background; the pixel furthest from it is the text.
Reading measure(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    Reading reading { 1.0, QColor(background), QColor(background) };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = Tone::contrast(QColor(it.key()), QColor(background));
        if (ratio > reading.ratio) {
            reading.ratio = ratio;
            reading.text = QColor(it.key());
        }
    }
    return reading;
}

QString describe(const QWidget *widget)
{
    QString text;
    if (auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (auto *box = qobject_cast<const QGroupBox *>(widget))
        text = box->title();
    return QStringLiteral("%1 \"%2\" (%3)")
            .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(50), widget->accessibleName());
}

// Where the widget draws its text, in the target's coordinates, without frames and bevels.
QRect textArea(const QWidget *widget)
{
    QRect area = widget->rect();
    if (auto *label = qobject_cast<const QLabel *>(widget)) {
        area = label->contentsRect();
    } else if (qobject_cast<const QCheckBox *>(widget) || qobject_cast<const QRadioButton *>(widget)) {
        QStyleOptionButton option;
        option.initFrom(widget);
        const auto element = qobject_cast<const QCheckBox *>(widget) ? QStyle::SE_CheckBoxContents
                                                                     : QStyle::SE_RadioButtonContents;
        area = widget->style()->subElementRect(element, &option, widget);
    } else if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget)
               || qobject_cast<const QLineEdit *>(widget)) {
        area = widget->rect().adjusted(5, 5, -5, -5);
    } else if (auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
        area = view->viewport()->geometry();
    }
    return area.intersected(widget->visibleRegion().boundingRect());
}

bool showsText(const QWidget *widget)
{
    if (auto *label = qobject_cast<const QLabel *>(widget))
        return !label->text().trimmed().isEmpty();
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return !button->text().trimmed().isEmpty();
    if (auto *combo = qobject_cast<const QComboBox *>(widget))
        return !combo->currentText().isEmpty();
    if (auto *edit = qobject_cast<const QLineEdit *>(widget))
        return !edit->text().isEmpty() && !edit->parentWidget()->inherits("QAbstractSpinBox");
    if (auto *view = qobject_cast<const QAbstractItemView *>(widget))
        return view->model() && view->model()->rowCount() > 0;
    return qobject_cast<const QTextBrowser *>(widget) != nullptr;
}

QStringList lowContrast(QWidget *target)
{
    const QImage image = target->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal scale = image.devicePixelRatio();
    QStringList problems;
    for (QWidget *widget : target->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(target) || !widget->isEnabled() || !showsText(widget))
            continue;
        QRect area = textArea(widget);
        if (area.width() < 4 || area.height() < 4)
            continue;
        area = QRect(widget->mapTo(target, area.topLeft()) * scale, area.size() * scale).intersected(image.rect());
        if (area.isEmpty())
            continue;
        const Reading reading = measure(image, area);
        if (reading.ratio < 4.5)
            problems << QStringLiteral("%1: %2:1, %3 on %4")
                                .arg(describe(widget))
                                .arg(reading.ratio, 0, 'f', 2)
                                .arg(reading.text.name(), reading.background.name());
    }
    return problems;
}

class Contrast : public UiFixture, public ::testing::WithParamInterface<bool>
{
};
} // namespace

TEST_P(Contrast, EveryPageAndDialogKeepsTextReadable)
{
    DemoDiaryGenerator::Options options;
    options.nights = 120;
    options.lastNight = QDate::currentDate().addDays(-2);
    DemoDiaryGenerator::generate(*diary, options);
    window->resize(1180, 760);
    window->show();
    window->setNightMode(GetParam());
    int checked = 0;
    for (const QString &view : WindowScreenshot::views()) {
        const std::unique_ptr<QDialog> dialog = WindowScreenshot::show(*window, view);
        QWidget *target = dialog ? static_cast<QWidget *>(dialog.get()) : window.get();
        const QStringList problems = lowContrast(target);
        EXPECT_TRUE(problems.isEmpty()) << view.toStdString() << (GetParam() ? " at night" : " by day") << ":\n  "
                                        << problems.join(QStringLiteral("\n  ")).toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, WindowScreenshot::views().size());
    window->setNightMode(false);
}

INSTANTIATE_TEST_SUITE_P(DayAndNight, Contrast, ::testing::Values(false, true),
                         [](const auto &param) { return param.param ? "Night" : "Day"; });
