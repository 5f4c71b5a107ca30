#include "ui/guidance/RedFlagAlertDialog.h"

#include "core/guidance/GuidanceLibrary.h"
#include "ui/guidance/GuidanceTopicDialog.h"
#include "ui/style/FitScrollArea.h"
#include "ui/style/TextSize.h"
#include "ui/style/Tone.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RedFlagAlertDialog::RedFlagAlertDialog(const GuidanceLibrary &library, const QList<RedFlagAlert> &alerts,
                                       QWidget *parent)
    : QDialog(parent)
    , m_alerts(alerts)
{
    setWindowTitle(tr("A warning sign was noted"));
    setAccessibleName(windowTitle());
    QVBoxLayout *layout = FitScrollArea::bodyOf(this); // scrolls only where the screen is too small
    layout->setSpacing(12);
    for (const RedFlagAlert &alert : alerts) {
        auto *row = new QHBoxLayout;
        // A bar in the urgency's colour, so the level reads before the words do.
        auto *bar = new QFrame(this);
        bar->setFixedWidth(6);
        bar->setAutoFillBackground(true);
        QPalette barPalette = bar->palette();
        barPalette.setColor(QPalette::Window, Tone::urgency(alert.urgency, QApplication::palette()));
        bar->setPalette(barPalette);
        auto *frame = new QWidget(this);
        row->addWidget(bar);
        row->addWidget(frame, 1);
        auto *box = new QVBoxLayout(frame);
        auto *headline = new QLabel(alert.headline, frame);
        headline->setWordWrap(true); // large text and long words: never cut
        TextSize::scaleFont(headline, 1.4, true);
        QPalette headlinePalette = headline->palette();
        headlinePalette.setColor(QPalette::WindowText, Tone::urgency(alert.urgency, QApplication::palette()));
        headline->setPalette(headlinePalette);
        auto *advice = new QLabel(alert.advice, frame);
        advice->setWordWrap(true);
        auto *reasons = new QLabel(tr("You noted: %1").arg(alert.reasons.join(QStringLiteral(", "))), frame);
        reasons->setWordWrap(true);
        box->addWidget(headline);
        box->addWidget(advice);
        box->addWidget(reasons);
        if (const GuidanceTopic *topic = library.topic(alert.topicId)) {
            // The topic's title is long and a button's words cannot wrap: it is the tooltip.
            auto *read = new QPushButton(tr("Read the guidance on this"), frame);
            read->setToolTip(topic->title);
            read->setAccessibleName(tr("Read the guidance: %1").arg(topic->title));
            const QString id = alert.topicId;
            connect(read, &QPushButton::clicked, this,
                    [this, &library, id] { GuidanceTopicDialog::open(library, id, this); });
            box->addWidget(read, 0, Qt::AlignLeft);
        }
        layout->addLayout(row);
    }
    auto *note = new QLabel(tr("The diary cannot examine you; these are the signs the guidance says a clinician "
                               "should look at. Your cramp has been saved."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("I understand"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Close the warning"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    QDialog::layout()->addWidget(buttons); // below the body, always in view
    setMinimumWidth(520);
}
