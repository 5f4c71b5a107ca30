#include "ui/logging/QuickLogKeys.h"

#include <QCoreApplication>

QString QuickLogKeys::of(Leg leg)
{
    switch (leg) {
    case Leg::Left: return QCoreApplication::translate("QuickLogDialog", "L", "key for the left leg");
    case Leg::Right: return QCoreApplication::translate("QuickLogDialog", "R", "key for the right leg");
    case Leg::Both: return QCoreApplication::translate("QuickLogDialog", "B", "key for both legs");
    }
    return {};
}

QString QuickLogKeys::of(Muscle muscle)
{
    switch (muscle) {
    case Muscle::Calf: return QCoreApplication::translate("QuickLogDialog", "C", "key for the calf");
    case Muscle::Foot: return QCoreApplication::translate("QuickLogDialog", "F", "key for the foot");
    case Muscle::ThighFront:
        return QCoreApplication::translate("QuickLogDialog", "H", "key for the front of the thigh");
    case Muscle::ThighBack: return QCoreApplication::translate("QuickLogDialog", "K", "key for the back of the thigh");
    case Muscle::Toes: return QCoreApplication::translate("QuickLogDialog", "T", "key for the toes");
    case Muscle::Other: return QCoreApplication::translate("QuickLogDialog", "O", "key for another muscle");
    }
    return {};
}
