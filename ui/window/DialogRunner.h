#pragma once

#include <QObject>

class QDialog;

// Runs the app's dialogs, announcing each one first: tests fill and finish dialogs from
// dialogOpened without a nested event loop of their own.
class DialogRunner : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    int run(QDialog &dialog);

signals:
    void dialogOpened(QDialog *dialog);
};
