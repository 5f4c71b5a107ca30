#pragma once

#include <QMainWindow>

class AppSettings;
class DiaryRepository;
class QLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(DiaryRepository &diary, AppSettings &settings, QWidget *parent = nullptr);

    void setNightMode(bool on);
    // Renders the window (after switching to `view`, if given) into a PNG.
    bool saveScreenshot(const QString &file, const QString &view);

private:
    void refresh();

    DiaryRepository &m_diary;
    AppSettings &m_settings;
    QLabel *m_summary = nullptr;
};
