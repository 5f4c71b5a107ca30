#pragma once

#include <QTextBrowser>

// A text browser whose links Tab walks, and which says when Tab has moved to one: the
// browser itself only selects the link's text, with no signal and no focus event, so a page
// that scrolls around it could not follow and a screen reader would not hear of it.
class LinkFocusBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    using QTextBrowser::QTextBrowser;

signals:
    // Tab or Shift+Tab moved to the link now selected; `link` is its place in the viewport.
    void linkFocused(const QRect &link);

protected:
    bool focusNextPrevChild(bool next) override;
};
