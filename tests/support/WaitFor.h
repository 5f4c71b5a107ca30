#pragma once

#include <QDeadlineTimer>
#include <QTest>

// Keeps the event loop turning until `condition` holds or `ms` pass; the result is for a
// gtest EXPECT (QtTest's QTRY_ macros report to QtTest, which a gtest run never sees).
template<typename Condition>
bool waitFor(Condition condition, int ms = 5000)
{
    const QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}
