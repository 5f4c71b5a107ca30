#include "ui/insights/LinkFocusBrowser.h"

#include <QAccessible>

bool LinkFocusBrowser::focusNextPrevChild(bool next)
{
    const bool moved = QTextBrowser::focusNextPrevChild(next);
    if (moved && hasFocus() && textCursor().hasSelection()) {
        // Screen readers follow the caret: it now stands on the link, which they read out.
        QAccessibleTextCursorEvent caret(this, textCursor().position());
        QAccessible::updateAccessibility(&caret);
        emit linkFocused(cursorRect());
    }
    return moved;
}
