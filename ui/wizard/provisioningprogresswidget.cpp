#include "wizard/provisioningprogresswidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace exotrunk {

namespace {

QIcon iconFor(QStyle *style, ProvisioningStep::State state) {
    switch (state) {
    case ProvisioningStep::State::Waiting:
        return style->standardIcon(QStyle::SP_MediaPause);
    case ProvisioningStep::State::Running:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case ProvisioningStep::State::Done:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ProvisioningStep::State::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ProvisioningStep::State::Skipped:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    }
    return {};
}

} // namespace

ProvisioningProgressWidget::ProvisioningProgressWidget(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("progressList"));
    m_list->setAccessibleName(tr("API calls"));
    m_list->setAccessibleDescription(tr("One row per call: what it does, its state and why it "
                                        "failed"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Call"), tr("State"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 420);
    m_list->setColumnWidth(1, 90);
    layout->addWidget(m_list, 1);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // may quote the server's error description
    m_status->setObjectName(QStringLiteral("progressStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingItemsLabel"));
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missing->hide();
    layout->addWidget(m_missing);

    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Retry failed"), this);
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));
    m_retry->setAccessibleName(tr("Retry failed calls"));
    m_retry->setToolTip(tr("Send the failed and skipped calls again; nothing done is repeated."));
    m_keep = new QPushButton(tr("&Keep as is"), this);
    m_keep->setObjectName(QStringLiteral("keepAsIsButton"));
    m_keep->setAccessibleName(tr("Keep the trunk as it is"));
    m_keep->setToolTip(tr("Leave the trunk with what is missing; finish it later from the "
                          "trunk's details page."));
    m_rollBack = new QPushButton(tr("Roll &back"), this);
    m_rollBack->setObjectName(QStringLiteral("rollBackButton"));
    m_rollBack->setAccessibleName(tr("Roll back: delete the trunk"));
    m_rollBack->setToolTip(tr("Delete the trunk and everything added to it."));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_rollBack);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->retryFailed();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->keepAsIs();
    });
    connect(m_rollBack, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->rollBack();
    });
    updateState();
}

void ProvisioningProgressWidget::setEngine(ProvisioningEngine *engine) {
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (m_engine) {
        connect(m_engine, &ProvisioningEngine::stepChanged, this,
                &ProvisioningProgressWidget::updateRow);
        connect(m_engine, &ProvisioningEngine::stateChanged, this, [this] {
            // A started or resumed plan brings its steps only now.
            if (m_list->topLevelItemCount() != m_engine->plan().steps.size())
                rebuild();
            updateState();
        });
    }
    rebuild();
    updateState();
}

void ProvisioningProgressWidget::rebuild() {
    m_list->clear();
    if (!m_engine)
        return;
    const int count = m_engine->plan().steps.size();
    for (int i = 0; i < count; ++i)
        m_list->addTopLevelItem(new QTreeWidgetItem);
    for (int i = 0; i < count; ++i)
        updateRow(i);
}

void ProvisioningProgressWidget::updateRow(int index) {
    if (!m_engine || index < 0 || index >= m_engine->plan().steps.size())
        return;
    if (m_list->topLevelItemCount() != m_engine->plan().steps.size()) {
        rebuild();
        return;
    }
    const ProvisioningStep &s = m_engine->plan().steps[index];
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    item->setText(0, s.title());
    item->setToolTip(0,
                     s.apiCallText(m_engine->plan().accountSid, m_engine->plan().trunkSid.value()));
    item->setIcon(1, iconFor(style(), s.state));
    item->setText(1, stepStateName(s.state));
    QString details = s.note;
    if (s.state == ProvisioningStep::State::Failed && s.error.isError())
        details = s.failureText();
    item->setText(2, details);
    item->setToolTip(2, s.error.isError() ? s.error.technicalDetails() : details);
}

void ProvisioningProgressWidget::updateState() {
    const ProvisioningEngine::State state =
        m_engine ? m_engine->state() : ProvisioningEngine::State::Idle;
    const bool deciding = state == ProvisioningEngine::State::NeedsDecision;
    // Decided from the state, not from isVisible(): the widget may not be shown yet (a kept
    // plan reopened before its dialog opens).
    const bool canRetry = deciding || state == ProvisioningEngine::State::Kept;
    m_retry->setVisible(canRetry);
    m_keep->setVisible(deciding);
    m_rollBack->setVisible(canRetry);
    m_retry->setEnabled(canRetry);
    m_keep->setEnabled(deciding);
    m_rollBack->setEnabled(canRetry);

    QString text;
    switch (state) {
    case ProvisioningEngine::State::Idle:
        text = tr("Nothing has been sent yet.");
        break;
    case ProvisioningEngine::State::Running:
        text = tr("Creating… independent calls run at the same time.");
        break;
    case ProvisioningEngine::State::NeedsDecision:
        if (!m_engine->rollbackNote().isEmpty())
            text = tr("The roll-back stopped: %1").arg(m_engine->rollbackNote());
        else if (m_engine->rollbackError().isError())
            text = tr("The roll-back failed: %1").arg(m_engine->rollbackError().userMessage());
        else
            text = tr("Some calls failed. Retry them, keep the trunk as it is, or roll back "
                      "(delete the trunk).");
        break;
    case ProvisioningEngine::State::Finished:
        text = tr("All calls succeeded.");
        break;
    case ProvisioningEngine::State::Kept:
        text = tr("Kept as is. The trunk's details page offers “Finish setup” later.");
        break;
    case ProvisioningEngine::State::RollingBack:
        text = tr("Rolling back: deleting the trunk…");
        break;
    case ProvisioningEngine::State::RolledBack:
        text = tr("Rolled back: nothing was left on the account.");
        break;
    }
    m_status->setText(text);
    const bool showMissing = deciding || state == ProvisioningEngine::State::Kept;
    if (showMissing && m_engine) {
        QStringList lines;
        for (const QString &m : m_engine->plan().missingItems())
            lines << QStringLiteral("• ") + m;
        m_missing->setText(tr("Missing:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    m_missing->setVisible(showMissing);
    emit stateChanged(state);
}

} // namespace exotrunk
