#pragma once

#include <QString>

class QComboBox;
class QLineEdit;

// Names a screen reader needs where Qt gives none on Linux.
namespace ScreenReaderNames {

// A drop-down's accessible name is its current value there; what it is comes from the label
// it is the buddy of, and Qt looks for that label among its siblings only. When the visible
// label sits elsewhere (a form row around a wrapper widget), this adds a hidden sibling one.
void labelDropDown(QComboBox *combo, const QString &what);

// The clear button of a line edit with setClearButtonEnabled(true) has no text of its own.
void nameClearButton(QLineEdit *field);

} // namespace ScreenReaderNames
