#include "core/exchange/FhirExport.h"

#include "core/domain/DisplayNames.h"
#include "core/domain/DrugClass.h"
#include "core/domain/Episode.h"
#include "core/domain/Medication.h"
#include "core/store/DiaryRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FhirExport)
};

const QString Snomed = QStringLiteral("http://snomed.info/sct");
const QString Loinc = QStringLiteral("http://loinc.org");
// Identifiers are stable and the diary's own: each is derived from the diary's random
// identity and the entry, so the same entry gets the same id in every export of the diary
// (and after a backup and restore), and no two people's diaries share one.
QString urn(const QUuid &diary, const QString &name)
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(diary, name).toString(QUuid::WithoutBraces);
}

QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    return { { QStringLiteral("system"), system },
             { QStringLiteral("code"), code },
             { QStringLiteral("display"), display } };
}

QJsonObject codeable(const QJsonObject &coded, const QString &text)
{
    return { { QStringLiteral("coding"), QJsonArray { coded } }, { QStringLiteral("text"), text } };
}

QJsonObject reference(const QString &fullUrl)
{
    return { { QStringLiteral("reference"), fullUrl } };
}

// SNOMED CT body structures, with the side post-coordinated by laterality (272741003).
// A muscle that is "other" or not given keeps the side: the lower limb with its laterality.
QJsonObject bodySite(const Episode &e)
{
    QString code, display;
    switch (e.muscle.value_or(Muscle::Other)) {
    case Muscle::Calf: code = QStringLiteral("53840002"), display = QStringLiteral("Calf of leg"); break;
    case Muscle::Foot: code = QStringLiteral("56459004"), display = QStringLiteral("Foot structure"); break;
    case Muscle::ThighFront:
    case Muscle::ThighBack: code = QStringLiteral("68367000"), display = QStringLiteral("Thigh structure"); break;
    case Muscle::Toes: code = QStringLiteral("29707007"), display = QStringLiteral("Toe structure"); break;
    case Muscle::Other: code = QStringLiteral("61685007"), display = QStringLiteral("Lower limb structure"); break;
    }
    if (e.leg) {
        static const QString sides[]
                = { QStringLiteral("7771000"), QStringLiteral("24028007"), QStringLiteral("51440002") };
        static const QString sideNames[]
                = { QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("both sides") };
        code += QStringLiteral(":272741003=") + sides[int(*e.leg)];
        display += QStringLiteral(", ") + sideNames[int(*e.leg)];
    }
    if (!e.muscle)
        return codeable(coding(Snomed, code, display), DisplayNames::of(*e.leg));
    QString text = DisplayNames::of(*e.muscle);
    if (e.leg)
        text = Text::tr("%1, %2").arg(DisplayNames::of(*e.leg), text);
    return codeable(coding(Snomed, code, display), text);
}

QJsonObject observation(const Episode &e, const QString &patientUrl)
{
    QJsonObject o {
        { QStringLiteral("resourceType"), QStringLiteral("Observation") },
        { QStringLiteral("status"), QStringLiteral("final") },
        { QStringLiteral("category"),
          QJsonArray { codeable(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
                                       QStringLiteral("survey"), QStringLiteral("Survey")),
                                QStringLiteral("Survey")) } },
        { QStringLiteral("code"),
          codeable(coding(Loinc, QStringLiteral("72514-3"),
                          QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - Reported")),
                   Text::tr("Leg cramp: pain severity (0-10)")) },
        { QStringLiteral("subject"), reference(patientUrl) },
        { QStringLiteral("performer"), QJsonArray { reference(patientUrl) } },
        { QStringLiteral("effectiveDateTime"), e.start.toString(Qt::ISODate) }
    };
    if (e.severity)
        o.insert(QStringLiteral("valueInteger"), *e.severity);
    else
        o.insert(QStringLiteral("dataAbsentReason"),
                 codeable(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/data-absent-reason"),
                                 QStringLiteral("unknown"), QStringLiteral("Unknown")),
                          Text::tr("Severity not recorded")));
    if (e.muscle || e.leg)
        o.insert(QStringLiteral("bodySite"), bodySite(e));
    if (e.durationSeconds)
        o.insert(QStringLiteral("component"),
                 QJsonArray { QJsonObject {
                         { QStringLiteral("code"),
                           codeable(coding(Snomed, QStringLiteral("103335007"), QStringLiteral("Duration")),
                                    Text::tr("Duration of the cramp")) },
                         { QStringLiteral("valueQuantity"),
                           QJsonObject { { QStringLiteral("value"), *e.durationSeconds },
                                         { QStringLiteral("unit"), QStringLiteral("s") },
                                         { QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org") },
                                         { QStringLiteral("code"), QStringLiteral("s") } } } } });
    QStringList notes;
    if (e.muscle && (*e.muscle == Muscle::ThighFront || *e.muscle == Muscle::ThighBack || *e.muscle == Muscle::Other))
        notes.append(Text::tr("Where: %1.").arg(DisplayNames::of(*e.muscle)));
    if (!e.warningSigns.isEmpty()) {
        QStringList signs;
        for (WarningSign sign : e.warningSigns)
            signs.append(DisplayNames::of(sign));
        notes.append(Text::tr("Warning signs noted: %1.").arg(signs.join(QStringLiteral(", "))));
    }
    if (!e.notes.trimmed().isEmpty())
        notes.append(e.notes.trimmed());
    if (!notes.isEmpty())
        o.insert(QStringLiteral("note"),
                 QJsonArray { QJsonObject { { QStringLiteral("text"), notes.join(QLatin1Char('\n')) } } });
    return o;
}

QJsonObject medicationStatement(const Medication &m, const MedicationPeriod *period, const QString &patientUrl)
{
    const QString status = !period ? QStringLiteral("unknown")
            : period->stopped      ? QStringLiteral("completed")
                                   : QStringLiteral("active");
    QJsonObject s {
        { QStringLiteral("resourceType"), QStringLiteral("MedicationStatement") },
        { QStringLiteral("status"), status },
        { QStringLiteral("medicationCodeableConcept"),
          QJsonObject { { QStringLiteral("text"), Text::tr("%1 (%2)").arg(m.name, DisplayNames::of(m.drugClass)) } } },
        { QStringLiteral("subject"), reference(patientUrl) },
        { QStringLiteral("informationSource"), reference(patientUrl) }
    };
    if (period) {
        QJsonObject effective { { QStringLiteral("start"), period->started.toString(Qt::ISODate) } };
        if (period->stopped)
            effective.insert(QStringLiteral("end"), period->stopped->toString(Qt::ISODate));
        s.insert(QStringLiteral("effectivePeriod"), effective);
    }
    if (!m.dose.trimmed().isEmpty())
        s.insert(QStringLiteral("dosage"), QJsonArray { QJsonObject { { QStringLiteral("text"), m.dose.trimmed() } } });
    return s;
}
} // namespace

namespace FhirExport {

QJsonObject bundle(const DiaryRepository &diary, const Patient &patient)
{
    QJsonArray entries;
    const auto add = [&entries](const QString &fullUrl, QJsonObject resource) {
        resource.insert(QStringLiteral("id"), fullUrl.mid(9)); // the uuid after "urn:uuid:"
        entries.append(
                QJsonObject { { QStringLiteral("fullUrl"), fullUrl }, { QStringLiteral("resource"), resource } });
    };
    const QUuid identity = diary.identity();
    const auto urn = [&identity](const QString &name) { return ::urn(identity, name); };
    const QString patientUrl = urn(QStringLiteral("patient"));
    QJsonObject person { { QStringLiteral("resourceType"), QStringLiteral("Patient") } };
    if (!patient.name.trimmed().isEmpty())
        person.insert(QStringLiteral("name"),
                      QJsonArray { QJsonObject { { QStringLiteral("text"), patient.name.trimmed() } } });
    if (patient.birthDate.isValid())
        person.insert(QStringLiteral("birthDate"), patient.birthDate.toString(Qt::ISODate));
    add(patientUrl, person);

    // What the person records, not a clinician's diagnosis: unconfirmed, asserted by the patient.
    add(urn(QStringLiteral("condition")),
        QJsonObject { { QStringLiteral("resourceType"), QStringLiteral("Condition") },
                      { QStringLiteral("clinicalStatus"),
                        codeable(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"),
                                        QStringLiteral("active"), QStringLiteral("Active")),
                                 QStringLiteral("Active")) },
                      { QStringLiteral("verificationStatus"),
                        codeable(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status"),
                                        QStringLiteral("unconfirmed"), QStringLiteral("Unconfirmed")),
                                 Text::tr("Reported by the patient")) },
                      { QStringLiteral("code"),
                        codeable(coding(QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm"), QStringLiteral("G47.62"),
                                        QStringLiteral("Sleep related leg cramps")),
                                 Text::tr("Leg cramps at night, as recorded by the patient")) },
                      { QStringLiteral("subject"), reference(patientUrl) },
                      { QStringLiteral("asserter"), reference(patientUrl) },
                      { QStringLiteral("note"),
                        QJsonArray { QJsonObject { { QStringLiteral("text"),
                                                     Text::tr("Recorded by the patient in Cramp Diary; not a "
                                                              "clinician's diagnosis.") } } } } });

    for (const Episode &e : diary.allEpisodes())
        add(urn(QStringLiteral("cramp-%1").arg(e.id)), observation(e, patientUrl));
    for (const Medication &m : diary.medications()) {
        if (m.periods.isEmpty())
            add(urn(QStringLiteral("medicine-%1").arg(m.id)), medicationStatement(m, nullptr, patientUrl));
        for (qsizetype i = 0; i < m.periods.size(); ++i)
            add(urn(QStringLiteral("medicine-%1-%2").arg(m.id).arg(i)),
                medicationStatement(m, &m.periods[i], patientUrl));
    }
    return { { QStringLiteral("resourceType"), QStringLiteral("Bundle") },
             { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
             { QStringLiteral("type"), QStringLiteral("collection") },
             { QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
             { QStringLiteral("entry"), entries } };
}

QByteArray write(const DiaryRepository &diary, const Patient &patient)
{
    return QJsonDocument(bundle(diary, patient)).toJson(QJsonDocument::Indented);
}

} // namespace FhirExport
