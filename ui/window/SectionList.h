#pragma once

#include <QListWidget>

// The list of the window's sections (Home, Diary, Charts...) down its left side. Choosing an
// item by keyboard, mouse or a screen reader (which selects it) shows that section.
class SectionList : public QListWidget
{
    Q_OBJECT

public:
    explicit SectionList(QWidget *parent = nullptr);
};
