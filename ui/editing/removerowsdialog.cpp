#include "editing/removerowsdialog.h"

#include "editing/editinglogging.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace exotrunk {

namespace {
QString bulletList(const QStringList &lines) {
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}
} // namespace

RemoveRowsDialog::RemoveRowsDialog(ExotelClient *client, TrunkSid trunkSid, const Texts &texts,
                                   Start start, QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_start(std::move(start))
    , m_rowCount(int(texts.values.size()))
    , m_results(new QListWidget(this)) {
    setObjectName(texts.objectName);
    setWindowTitle(texts.title);
    setMinimumWidth(520);
    addNote(texts.question.toHtmlEscaped() + bulletList(texts.values),
            QStringLiteral("removeQuestion"));
    addNote(QStringLiteral("<b>") + tr("What stops working:").toHtmlEscaped() +
                QStringLiteral("</b>") + bulletList(texts.outcomes),
            QStringLiteral("removeConsequences"));
    m_results->setObjectName(QStringLiteral("removalResults"));
    m_results->setAccessibleName(tr("Result of each removal"));
    m_results->hide();
    contentLayout()->addWidget(m_results);
    submitButton()->setText(texts.submitText);
    // The safe choice is the default one.
    submitButton()->setDefault(false);
    submitButton()->setAutoDefault(false);
    cancelButton()->setDefault(true);
    connect(changes(), &TrunkChanges::progress, this, [this](int done, int total) {
        if (done < total)
            showBusy(tr("Removing %1 of %2…").arg(done + 1).arg(total));
    });
    connect(changes(), &TrunkChanges::finished, this,
            [this](TrunkSection, const QList<RowResult> &results) { showResults(results); });
    setInputValid(m_rowCount > 0);
}

void RemoveRowsDialog::submit() {
    qCInfo(lcEditing) << "removing" << m_rowCount << "rows from trunk" << trunkSid().value();
    if (!m_start || !m_start(changes()))
        return;
    setInputValid(false); // one attempt; the results say what is left
}

void RemoveRowsDialog::showResults(const QList<RowResult> &results) {
    int failed = 0;
    m_results->clear();
    for (const RowResult &r : results) {
        failed += !r.isOk();
        auto *item = new QListWidgetItem(
            r.isOk() ? tr("%1 — removed").arg(r.value)
                     : tr("%1 — not removed: %2").arg(r.value, r.error.userMessage()),
            m_results);
        item->setToolTip(r.isOk() ? QString() : r.error.technicalDetails());
    }
    emit removalFinished(int(results.size()) - failed, failed);
    if (failed == 0 && results.size() == 1) {
        accept();
        return;
    }
    m_results->show();
    submitButton()->hide();
    cancelButton()->setText(tr("&Close"));
}

QStringList RemoveRowsDialog::resultLines() const {
    QStringList lines;
    for (int i = 0; i < m_results->count(); ++i)
        lines << m_results->item(i)->text();
    return lines;
}

} // namespace exotrunk
