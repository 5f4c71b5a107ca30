#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

class DiaryRepository;

// The diary for a clinic system: a FHIR R4 Bundle of type "collection" with the Patient
// (only the name and birth date the person typed, if any), the patient-reported Condition
// (ICD-10-CM G47.62), one Observation per cramp (LOINC 72514-3 pain severity 0-10, the
// duration as a component, the body site by SNOMED CT with its side) and a
// MedicationStatement per medicine period. Codes and choices are documented in docs/fhir.md.
namespace FhirExport {
struct Patient {
    QString name;
    QDate birthDate; // invalid: not given
};

QJsonObject bundle(const DiaryRepository &diary, const Patient &patient);
QByteArray write(const DiaryRepository &diary, const Patient &patient);
} // namespace FhirExport
