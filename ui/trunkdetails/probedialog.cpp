#include "probedialog.h"

#include "common/palettecolors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace exotrunk::ui {

namespace {
constexpr int kStepsPerDestination = 4;
} // namespace

ProbeDialog::ProbeDialog(const QList<ProbeTarget> &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_probe(new ReachabilityProbe(this)) {
    setObjectName(QStringLiteral("probeDialog"));
    setWindowTitle(tr("Probe Destinations"));
    setAccessibleName(tr("Probe destinations"));
    setModal(false);

    auto *intro = new QLabel(
        tr("Each destination URI is looked up, connected to and sent a SIP OPTIONS request, all "
           "at once."),
        this);
    intro->setObjectName(QStringLiteral("probeIntro"));
    intro->setWordWrap(true);

    m_summary = new QLabel(ReachabilityProbe::vantagePointNote(), this);
    m_summary->setObjectName(QStringLiteral("probeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Probe summary"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("probeProgress"));
    m_progress->setAccessibleName(tr("Probe progress"));
    m_progress->setRange(0, std::max(1, int(targets.size()) * kStepsPerDestination));
    m_progress->setValue(0);

    buildTable();
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("probeDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setAccessibleName(tr("Detail of the selected step"));
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QDialogButtonBox *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    setTabOrder(m_table, m_run);
    setTabOrder(m_run, m_cancel);
    setTabOrder(m_cancel, m_close);
    resize(900, 420);

    connect(m_probe, &ReachabilityProbe::stepFinished, this, &ProbeDialog::queueStep);
    connect(m_probe, &ReachabilityProbe::progress, this, &ProbeDialog::scheduleFlush);
    connect(m_probe, &ReachabilityProbe::finished, this, &ProbeDialog::runFinished);
    m_run->setEnabled(!m_targets.isEmpty());
    m_cancel->setEnabled(false);
}

void ProbeDialog::buildTable() {
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("probeResultsTable"));
    m_table->setAccessibleName(tr("Probe results"));
    m_table->setAccessibleDescription(
        tr("One row per step of each destination: destination, step, outcome, detail and time; "
           "the current row's whole detail is shown beneath"));
    m_table->setHorizontalHeaderLabels(
        {tr("Destination"), tr("Step"), tr("Outcome"), tr("Detail"), tr("Time")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);         // one line per row: measuring wrapped text per row stalls
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    int uriWidth = header->fontMetrics().horizontalAdvance(tr("Destination"));
    for (const ProbeTarget &target : m_targets)
        uriWidth = std::max(uriWidth, m_table->fontMetrics().horizontalAdvance(target.uri));
    m_table->setColumnWidth(DestinationColumn, std::min(uriWidth + 16, 360));
    connect(m_table, &QTableWidget::currentCellChanged, this, &ProbeDialog::showCurrentDetail);
}

QDialogButtonBox *ProbeDialog::buildButtons() {
    auto *buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("&Run Again"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("probeRunButton"));
    m_run->setAccessibleName(tr("Run the probe again"));
    m_run->setToolTip(tr("Probe every destination again from the start"));
    m_cancel = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("probeCancelButton"));
    m_cancel->setAccessibleName(tr("Stop the probe"));
    m_cancel->setToolTip(tr("Cancel every destination still being probed"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("probeCloseButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close the dialog; a probe still running is cancelled"));
    connect(m_run, &QPushButton::clicked, this, &ProbeDialog::run);
    connect(m_cancel, &QPushButton::clicked, m_probe, &ReachabilityProbe::cancel);
    connect(m_close, &QPushButton::clicked, this, &ProbeDialog::reject);
    return buttons;
}

void ProbeDialog::run() {
    m_probe->cancel(); // a run still going reports its cancelled steps before the table clears
    m_pending.clear();
    m_table->setRowCount(0);
    m_detail->clear();
    m_stepsDone = 0;
    m_progress->setValue(0);
    m_probe->start(m_targets);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancel->setFocus();
    showProgress();
}

void ProbeDialog::reject() {
    // Closing never leaves sockets open behind the dialog.
    m_probe->cancel();
    QDialog::reject();
}

void ProbeDialog::queueStep(int destination, const ProbeStep &step) {
    m_pending.append({destination, step});
    scheduleFlush();
}

// Steps and progress reach the widgets once per event-loop turn, however many arrived in it.
void ProbeDialog::scheduleFlush() {
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &ProbeDialog::flushSteps, Qt::QueuedConnection);
}

void ProbeDialog::flushSteps() {
    m_flushQueued = false;
    if (!m_pending.isEmpty()) {
        const QList<QPair<int, ProbeStep>> steps = std::exchange(m_pending, {});
        m_table->setUpdatesEnabled(false);
        for (const auto &[destination, step] : steps)
            addRow(destination, step);
        m_table->setUpdatesEnabled(true);
    }
    m_progress->setValue(std::min(m_stepsDone, m_progress->maximum()));
    showProgress();
}

void ProbeDialog::addRow(int destination, const ProbeStep &step) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const ProbeTarget target = m_targets.value(destination);
    const QString outcome = outcomeText(step.outcome);
    const QString time = step.outcome == ProbeOutcome::Skipped
                             ? QStringLiteral("—")
                             : tr("%1 ms").arg(QLocale().toString(step.durationMs));
    const QStringList cells = {target.uri, step.name(), outcome, step.detail, time};
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == DetailColumn)
            item->setToolTip(step.detail);
        m_table->setItem(row, column, item);
    }
    std::optional<Tone> tone;
    if (step.outcome == ProbeOutcome::Failed || step.outcome == ProbeOutcome::TimedOut)
        tone = Tone::Danger;
    else if (step.outcome == ProbeOutcome::Ok)
        tone = Tone::Success;
    if (tone)
        m_table->item(row, OutcomeColumn)->setForeground(toneText(palette(), *tone));
    ++m_stepsDone;
}

void ProbeDialog::showCurrentDetail() {
    const int row = m_table->currentRow();
    const QTableWidgetItem *detail = row >= 0 ? m_table->item(row, DetailColumn) : nullptr;
    const QTableWidgetItem *uri = row >= 0 ? m_table->item(row, DestinationColumn) : nullptr;
    const QTableWidgetItem *step = row >= 0 ? m_table->item(row, StepColumn) : nullptr;
    if (!detail || !uri || !step) {
        m_detail->clear();
        return;
    }
    m_detail->setText(uri->text() + QStringLiteral(" — ") + step->text() + QStringLiteral(": ") +
                      detail->text());
}

void ProbeDialog::showProgress() {
    m_progress->setFormat(
        tr("%1 of %2 destinations done").arg(m_probe->doneCount()).arg(m_targets.size()));
    m_summary->setText(m_probe->summary());
}

void ProbeDialog::runFinished() {
    m_run->setEnabled(!m_targets.isEmpty());
    m_cancel->setEnabled(false);
    flushSteps(); // the last steps are in the table before it says "done"
    m_progress->setValue(m_progress->maximum());
    m_run->setFocus();
}

} // namespace exotrunk::ui
