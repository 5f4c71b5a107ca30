#pragma once

#include "core/domain/Factor.h"
#include "core/exchange/ColumnMapping.h"
#include "core/exchange/MappedImport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPushButton;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QWidget;

// Import from another app: the file's first rows, and which of its columns hold the date,
// time, severity (with its scale), leg, muscle and notes; or, for a symptom sheet such as
// Flaredown's, which column holds the cramp ratings. Says in words what the import will do.
class MappedImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `factors`: the diary's, one of which a column may fill for each night.
    MappedImportDialog(const MappedImport::Preview &preview, const ColumnMapping &initial, const QList<Factor> &factors,
                       QWidget *parent = nullptr);

    ColumnMapping mapping() const;

    QRadioButton *symptomSheetChoice() const { return m_sheet; }
    // "date", "time", "severity", "leg", "muscle", "duration", "notes", "symptom", "factorColumn"
    QComboBox *columnChoice(const char *target) const;
    QComboBox *factorChoice() const { return m_factor; }

private:
    void update();
    QComboBox *addColumnChoice(const char *target, const QString &label, bool optional);

    QStringList m_header;
    QStringList m_firstRow; // tells whether the date column carries the time too
    QRadioButton *m_perRow;
    QRadioButton *m_sheet;
    QComboBox *m_dateFormat;
    QSpinBox *m_scale;
    QComboBox *m_factor;
    QComboBox *m_durationUnit;
    QCheckBox *m_onlyCrampRows;
    QPushButton *m_ok = nullptr;
    QList<std::pair<const char *, QComboBox *>> m_columns;
    QList<QWidget *> m_perRowOnly;
    QList<QWidget *> m_sheetOnly;
    QLabel *m_explanation;
    QStringList m_crampRowsIn; // the guess's columns that name what a row is about
};
