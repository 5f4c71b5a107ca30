#include "ui/window/DialogRunner.h"

#include <optional>

#include <QDialog>

int DialogRunner::run(QDialog &dialog)
{
    // Whoever listens to dialogOpened (a test) may finish the dialog right there.
    std::optional<int> finishedEarly;
    const auto connection = connect(&dialog, &QDialog::finished, this, [&finishedEarly](int r) { finishedEarly = r; });
    emit dialogOpened(&dialog);
    disconnect(connection);
    return finishedEarly ? *finishedEarly : dialog.exec();
}
