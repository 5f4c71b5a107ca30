#pragma once

#include <QLocale>
#include <QString>

// The few pieces of HTML the report's pages share.
namespace ReportHtml {
inline QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

inline QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

// A label and its value, the label muted: the report's figures are rows of these.
inline QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding:2px 12px 2px 0; color:#444'>%1</td><td style='padding:2px "
                          "0'><b>%2</b></td></tr>")
            .arg(esc(label), valueHtml);
}

inline QString heading(const QString &text, bool newPage = false)
{
    return QStringLiteral("<h2 style='margin-top:10px; margin-bottom:4px%1'>%2</h2>")
            .arg(newPage ? QStringLiteral("; page-break-before:always") : QString(), esc(text));
}

inline QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}
} // namespace ReportHtml
