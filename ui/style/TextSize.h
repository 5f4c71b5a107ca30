#pragma once

#include <QObject>

class AppSettings;
class QWidget;

// The size of all text, for tired eyes: View > Larger text, Smaller text and Normal size
// (Ctrl++, Ctrl+-, Ctrl+0), kept in the settings. It scales the desktop's own font (which
// already follows the desktop's font size and scale factor), so every widget follows; a
// heading or a big button keeps its proportion to the text around it (scaleFont).
class TextSize : public QObject
{
    Q_OBJECT

public:
    explicit TextSize(AppSettings &settings, QObject *parent = nullptr);

    double scale() const { return m_scale; }
    void larger();
    void smaller();
    void normal();
    void setScale(double scale); // applied at once and kept in the settings

    // Sets `widget`'s font to `factor` times the application's, bold if asked, and keeps
    // that proportion when the text size changes.
    static void scaleFont(QWidget *widget, double factor, bool bold = false);

    static constexpr double Step = 0.25;

signals:
    void changed(double scale);

private:
    void apply();
    static void refont(QWidget *widget);

    AppSettings &m_settings;
    double m_scale = 1.0;
};
