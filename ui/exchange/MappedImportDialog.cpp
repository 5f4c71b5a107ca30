#include "ui/exchange/MappedImportDialog.h"

#include "core/domain/DisplayNames.h"
#include "core/exchange/ForeignTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

MappedImportDialog::MappedImportDialog(const MappedImport::Preview &preview, const ColumnMapping &initial,
                                       const QList<Factor> &factors, QWidget *parent)
    : QDialog(parent)
    , m_header(preview.header)
    , m_firstRow(preview.rows.value(0))
    , m_perRow(new QRadioButton(tr("&One row per cramp"), this))
    , m_sheet(new QRadioButton(tr("A &symptom sheet: one row per day, symptoms rated 0 to 4 (as Flaredown exports)"),
                               this))
    , m_dateFormat(new QComboBox(this))
    , m_scale(new QSpinBox(this))
    , m_factor(new QComboBox(this))
    , m_durationUnit(new QComboBox(this))
    , m_onlyCrampRows(new QCheckBox(this))
    , m_explanation(new QLabel(this))
    , m_crampRowsIn(initial.crampRowsIn)
{
    setWindowTitle(tr("Import from another app"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Say which columns of the file hold what. The first rows of the file are shown "
                                "below; nothing is imported until you choose Import."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // How the file was read, so a wrong separator or zone shows before anything is imported.
    auto *reading = new QLabel(tr("The file has %n column(s) separated by %1. Times it gives without a time zone "
                                  "are read as this computer's time (%2).",
                                  nullptr, int(preview.header.size()))
                                       .arg(MappedImport::separatorName(preview.separator), ForeignTime::assumedZone()),
                               this);
    reading->setWordWrap(true);
    layout->addWidget(reading);
    layout->addWidget(m_perRow);
    layout->addWidget(m_sheet);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto addRow = [&](const char *target, const QString &label, bool optional, bool perRow, bool sheet) {
        QComboBox *box = addColumnChoice(target, label, optional);
        auto *name = new QLabel(label, this);
        name->setBuddy(box);
        form->addRow(name, box);
        if (!sheet)
            m_perRowOnly << name << box;
        if (!perRow)
            m_sheetOnly << name << box;
        return box;
    };
    addRow("date", tr("&Date:"), false, true, true);
    for (const QString &format : ForeignTime::dateFormats())
        m_dateFormat->addItem(QString(format).toUpper(), format);
    auto *formatLabel = new QLabel(tr("Date &written as:"), this);
    formatLabel->setBuddy(m_dateFormat);
    form->addRow(formatLabel, m_dateFormat);
    addRow("symptom", tr("Cramp &ratings:"), true, false, true)->setItemText(0, tr("(choose the column)"));
    addRow("time", tr("&Time:"), true, true, false);
    addRow("severity", tr("S&everity:"), true, true, false);
    m_scale->setRange(1, 100);
    m_scale->setPrefix(tr("0 to "));
    auto *scaleLabel = new QLabel(tr("Severity &scale:"), this);
    scaleLabel->setBuddy(m_scale);
    form->addRow(scaleLabel, m_scale);
    m_perRowOnly << scaleLabel << m_scale;
    addRow("leg", tr("&Leg:"), true, true, false);
    addRow("muscle", tr("&Muscle:"), true, true, false);
    addRow("duration", tr("D&uration:"), true, true, false);
    m_durationUnit->addItem(tr("seconds (1:30 is minutes and seconds)"), int(ColumnMapping::DurationUnit::Seconds));
    m_durationUnit->addItem(tr("minutes (1:30 is minutes and seconds)"), int(ColumnMapping::DurationUnit::Minutes));
    auto *unitLabel = new QLabel(tr("Duration &in:"), this);
    unitLabel->setBuddy(m_durationUnit);
    form->addRow(unitLabel, m_durationUnit);
    m_perRowOnly << unitLabel << m_durationUnit;
    addRow("notes", tr("&Notes:"), true, true, false);
    addRow("factorColumn", tr("An evening &factor:"), true, true, true);
    for (const Factor &factor : factors)
        m_factor->addItem(DisplayNames::of(factor), factor.isBuiltin() ? factor.builtinKey : factor.name);
    m_factor->setAccessibleName(tr("Which factor the column holds"));
    auto *factorLabel = new QLabel(tr("&Which factor:"), this);
    factorLabel->setBuddy(m_factor);
    form->addRow(factorLabel, m_factor);

    auto *table = new QTableWidget(int(preview.rows.size()), int(preview.header.size()), this);
    table->setHorizontalHeaderLabels(preview.header);
    for (int r = 0; r < preview.rows.size(); ++r)
        for (int c = 0; c < preview.header.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(preview.rows[r].value(c)));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setAccessibleName(tr("The first rows of the file"));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumHeight(160);
    layout->addWidget(table, 1);

    if (m_crampRowsIn.isEmpty()) {
        m_onlyCrampRows->hide();
    } else {
        m_onlyCrampRows->setText(
                tr("Keep only the rows whose \u201c%1\u201d names a &cramp (the file holds other readings too)")
                        .arg(m_crampRowsIn.join(QStringLiteral("\u201d or \u201c"))));
        m_onlyCrampRows->setChecked(true);
        m_perRowOnly << m_onlyCrampRows;
    }
    layout->addWidget(m_onlyCrampRows);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Ne&xt\u2026"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    (initial.kind == ColumnMapping::Kind::SymptomSheet ? m_sheet : m_perRow)->setChecked(true);
    m_dateFormat->setCurrentIndex(std::max(0, m_dateFormat->findData(initial.dateFormat)));
    m_scale->setValue(initial.severityMax);
    const auto select = [this](const char *target, const QString &column) {
        QComboBox *box = columnChoice(target);
        box->setCurrentIndex(std::max(0, box->findData(column)));
    };
    select("date", initial.date);
    select("time", initial.time);
    select("severity", initial.severity);
    select("leg", initial.leg);
    select("muscle", initial.muscle);
    select("duration", initial.duration);
    m_durationUnit->setCurrentIndex(m_durationUnit->findData(int(initial.durationUnit)));
    select("notes", initial.notes);
    select("symptom", initial.symptom);
    select("factorColumn", initial.factorColumn);
    m_factor->setCurrentIndex(std::max(0, m_factor->findData(initial.factor)));
    for (QRadioButton *choice : { m_perRow, m_sheet })
        connect(choice, &QRadioButton::toggled, this, &MappedImportDialog::update);
    for (const auto &[target, box] : std::as_const(m_columns))
        connect(box, &QComboBox::currentIndexChanged, this, &MappedImportDialog::update);
    connect(m_scale, &QSpinBox::valueChanged, this, &MappedImportDialog::update);
    connect(m_factor, &QComboBox::currentIndexChanged, this, &MappedImportDialog::update);
    connect(m_onlyCrampRows, &QCheckBox::toggled, this, &MappedImportDialog::update);
    update();
    resize(720, 640);
}

QComboBox *MappedImportDialog::addColumnChoice(const char *target, const QString &label, bool optional)
{
    auto *box = new QComboBox(this);
    if (optional)
        box->addItem(tr("(not in the file)"), QString());
    for (const QString &column : std::as_const(m_header))
        box->addItem(column, column);
    box->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_columns.append({ target, box });
    return box;
}

QComboBox *MappedImportDialog::columnChoice(const char *target) const
{
    for (const auto &[name, box] : m_columns)
        if (qstrcmp(name, target) == 0)
            return box;
    return nullptr;
}

ColumnMapping MappedImportDialog::mapping() const
{
    ColumnMapping m;
    const auto column = [this](const char *target) { return columnChoice(target)->currentData().toString(); };
    m.kind = m_sheet->isChecked() ? ColumnMapping::Kind::SymptomSheet : ColumnMapping::Kind::CrampPerRow;
    m.date = column("date");
    m.dateFormat = m_dateFormat->currentData().toString();
    m.factorColumn = column("factorColumn");
    if (!m.factorColumn.isEmpty())
        m.factor = m_factor->currentData().toString();
    if (m.kind == ColumnMapping::Kind::SymptomSheet) {
        m.symptom = column("symptom");
        return m;
    }
    m.time = column("time");
    m.severity = column("severity");
    m.severityMax = m_scale->value();
    m.leg = column("leg");
    m.muscle = column("muscle");
    m.duration = column("duration");
    m.durationUnit = ColumnMapping::DurationUnit(m_durationUnit->currentData().toInt());
    m.notes = column("notes");
    if (m_onlyCrampRows->isChecked())
        m.crampRowsIn = m_crampRowsIn;
    return m;
}

void MappedImportDialog::update()
{
    const bool sheet = m_sheet->isChecked();
    for (QWidget *w : std::as_const(m_perRowOnly))
        w->setVisible(!sheet);
    for (QWidget *w : std::as_const(m_sheetOnly))
        w->setVisible(sheet);
    const ColumnMapping m = mapping();
    m_factor->setEnabled(!m.factorColumn.isEmpty());
    const QString factorText = m.factorColumn.isEmpty() ? QString()
                                                        : QLatin1Char(' ')
                    + tr("\u201c%1\u201d fills \u201c%2\u201d in each night's check-in, where you have not given it.")
                              .arg(m.factorColumn, m_factor->currentText());
    m_ok->setEnabled(!sheet || !m.symptom.isEmpty());
    if (sheet && m.symptom.isEmpty()) {
        m_explanation->setText(tr("Choose the column that rates your cramps; no other column of the file is read "
                                  "as cramps."));
    } else if (sheet) {
        m_explanation->setText(
                tr("Each day rated 1 to 4 in \u201c%1\u201d becomes one cramp at 03:00 that morning, with severity "
                   "3, 5, 8 or 10 of 10. Every rated day, 0 included, marks the night before it as tracked. Days "
                   "without a rating are left out.")
                        .arg(m.symptom)
                + factorText);
    } else {
        const bool dateHasTime = !ForeignTime::split(m_firstRow.value(m_header.indexOf(m.date))).time.isEmpty();
        QString text = m.time.isEmpty() && !dateHasTime
                ? tr("Each row becomes one cramp at 03:00 on its date (the file has no time).")
                : tr("Each row becomes one cramp at its date and time.");
        if (!m.severity.isEmpty() && m.severityMax != 10)
            text += QLatin1Char(' ')
                    + tr("Severity from 0 to %1 is turned into 0 to 10 (for example %1 becomes 10).")
                              .arg(m.severityMax);
        if (!m.crampRowsIn.isEmpty())
            text += QLatin1Char(' ') + tr("Rows about anything else (a mood, a night's sleep) are left out.");
        m_explanation->setText(text + QLatin1Char(' ')
                               + tr("Rows like a cramp already in the diary are skipped and counted. Next shows "
                                    "what the file adds before anything is written.")
                               + factorText);
    }
}
