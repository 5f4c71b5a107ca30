#include "core/domain/TypedTime.h"

#include <gtest/gtest.h>

TEST(TypedTime, ReadsTheWaysATimeIsTypedAtNight)
{
    const std::pair<const char *, QTime> read[] = {
        { "0400", QTime(4, 0) },   { "04:00", QTime(4, 0) },  { "4:00", QTime(4, 0) },    { "4", QTime(4, 0) },
        { "04", QTime(4, 0) },     { "4.30", QTime(4, 30) },  { "430", QTime(4, 30) },    { "2315", QTime(23, 15) },
        { "23", QTime(23, 0) },    { "0", QTime(0, 0) },      { "00:00", QTime(0, 0) },   { "23:59", QTime(23, 59) },
        { " 3:05 ", QTime(3, 5) }, { "4am", QTime(4, 0) },    { "4 AM", QTime(4, 0) },    { "11:30 pm", QTime(23, 30) },
        { "12am", QTime(0, 0) },   { "12 pm", QTime(12, 0) }, { "1 p.m.", QTime(13, 0) }, { "4h30", QTime(4, 30) },
    };
    for (const auto &[typed, time] : read)
        EXPECT_EQ(TypedTime::read(QString::fromUtf8(typed)), time) << typed;
}

TEST(TypedTime, RefusesWhatIsNotATime)
{
    for (const char *typed : { "", " ", "24", "25:00", "2400", "12:60", "4:5", "45678", "four", "13pm", "0am",
                               "4:00:00", "-4", "4 o'clock", "0460", "1:000" })
        EXPECT_FALSE(TypedTime::read(QString::fromUtf8(typed)).has_value()) << typed;
}
