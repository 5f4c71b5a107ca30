#pragma once

// German for as long as it lives: the app's words and, like a German desktop, its dates,
// numbers and guidance. English again when it goes, whatever the test asserted meanwhile.
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

class SpeakGerman
{
public:
    SpeakGerman()
        : m_loaded(m_german.load(QStringLiteral(":/i18n/cramp-diary_de.qm")))
    {
        QCoreApplication::installTranslator(&m_german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~SpeakGerman()
    {
        QCoreApplication::removeTranslator(&m_german);
        QLocale::setDefault(m_before);
    }
    SpeakGerman(const SpeakGerman &) = delete;
    SpeakGerman &operator=(const SpeakGerman &) = delete;

    bool loaded() const { return m_loaded; } // ASSERT_TRUE it: a test in English proves nothing

private:
    const QLocale m_before;
    QTranslator m_german;
    const bool m_loaded;
};
