// The wizard's last three pages: Review (the calls to be made), Progress (the engine running
// them) and Done (the hand-off summary). The input pages are in trunkwizardpages.cpp.
#include "common/copybutton.h"
#include "common/savetext.h"
#include "common/validitylabel.h"
#include "editing/secretclipboard.h"
#include "wizard/provisioningprogresswidget.h"
#include "wizard/trunkwizardpages.h"
#include "workflows/trunkwizardcontroller.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace exotrunk {

using ui::showValidity;

// ---------------------------------------------------------------- 6. review

ReviewWizardPage::ReviewWizardPage(TrunkWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller) {
    setTitle(tr("Review"));
    setSubTitle(tr("These API calls will be made, in this order. Calls after the trunk run at "
                   "the same time unless one needs another."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create trunk"));
    auto *layout = new QVBoxLayout(this);
    m_calls = new QPlainTextEdit(this);
    m_calls->setObjectName(QStringLiteral("reviewText"));
    m_calls->setAccessibleName(tr("API calls to be made"));
    m_calls->setAccessibleDescription(
        tr("The calls in order with their bodies; passwords are masked"));
    m_calls->setReadOnly(true);
    m_calls->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_calls, 1);
    m_warnings = ui::messageLabel(QStringLiteral("reviewWarningsLabel"), this);
    layout->addWidget(m_warnings);
}

void ReviewWizardPage::initializePage() {
    m_calls->setPlainText(m_controller->reviewLines().join(QStringLiteral("\n\n")));
    QStringList warnings;
    for (const RequestIssue &i : m_controller->request().issues())
        warnings << i.validity.message;
    if (!warnings.isEmpty())
        showValidity(m_warnings, Validity::warning(warnings.join(QLatin1Char('\n'))));
    else
        showValidity(m_warnings, Validity::ok());
}

bool ReviewWizardPage::isComplete() const {
    return m_controller->request().isValid();
}

// ---------------------------------------------------------------- 7. progress

ProgressWizardPage::ProgressWizardPage(TrunkWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller) {
    setTitle(tr("Creating the trunk"));
    setSubTitle(tr("Each call and its state. Nothing is left half-made without you knowing."));
    auto *layout = new QVBoxLayout(this);
    m_progress = new ProvisioningProgressWidget(this);
    layout->addWidget(m_progress);
    m_progress->setEngine(m_controller->engine());
    connect(m_progress, &ProvisioningProgressWidget::stateChanged, this,
            &ProgressWizardPage::completeChanged);
}

void ProgressWizardPage::initializePage() {
    m_controller->start();
    emit completeChanged();
}

bool ProgressWizardPage::isComplete() const {
    const auto s = m_controller->engine()->state();
    return s == ProvisioningEngine::State::Finished || s == ProvisioningEngine::State::Kept ||
           s == ProvisioningEngine::State::RolledBack;
}

// ---------------------------------------------------------------- 8. done

DoneWizardPage::DoneWizardPage(TrunkWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller) {
    setTitle(tr("Done"));
    setSubTitle(tr("Hand this summary to whoever configures the SIP side."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("doneHeadline"));
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("handOffText"));
    m_summary->setAccessibleName(tr("Hand-off summary"));
    m_summary->setAccessibleDescription(tr("What the SIP side needs: trunk SID, domain, Exotel "
                                           "edge, credentials and the manual steps left"));
    m_summary->setReadOnly(true);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_summary, 1);
    auto *row = new QHBoxLayout;
    m_showPassword = new QCheckBox(tr("&Include the SIP password"), this);
    m_showPassword->setObjectName(QStringLiteral("showPasswordCheck"));
    m_copy = new QPushButton(tr("C&opy"), this);
    m_copy->setObjectName(QStringLiteral("copyHandOffButton"));
    m_copy->setAccessibleDescription(tr("Copies the summary to the clipboard"));
    m_save = new QPushButton(tr("&Save as text…"), this);
    m_save->setObjectName(QStringLiteral("saveHandOffButton"));
    m_save->setAccessibleDescription(tr("Saves the summary as a text file"));
    row->addWidget(m_showPassword);
    row->addStretch(1);
    row->addWidget(m_copy);
    row->addWidget(m_save);
    layout->addLayout(row);

    connect(m_showPassword, &QCheckBox::toggled, this, &DoneWizardPage::refresh);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        // With the password ticked the summary is a secret: same clipboard rules as the password.
        if (m_showPassword->isChecked())
            SecretClipboard::instance()->copy(m_summary->toPlainText());
        else
            ui::copyToClipboard(m_summary->toPlainText());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        // Written user-only before anything is in it: the summary may hold the password.
        ui::saveTextForUser(this, tr("Save hand-off summary"),
                            m_controller->request().trunkName + QStringLiteral("-handoff.txt"),
                            m_summary->toPlainText());
    });
}

void DoneWizardPage::initializePage() {
    refresh();
}

void DoneWizardPage::refresh() {
    const ProvisioningEngine *engine = m_controller->engine();
    const bool hasCredential = engine->plan().request.credential.has_value();
    m_showPassword->setVisible(hasCredential);
    // Named as every message names a trunk: "name (SID)".
    Trunk named;
    named.sid = engine->plan().trunkSid;
    named.name = engine->plan().request.trunkName;
    switch (engine->state()) {
    case ProvisioningEngine::State::Finished:
        m_headline->setText(tr("Trunk %1 is ready.").arg(named.nameAndSid()));
        break;
    case ProvisioningEngine::State::Kept:
        m_headline->setText(tr("Trunk %1 was kept with parts missing (listed below). Finish it "
                               "later from its details page.")
                                .arg(named.nameAndSid()));
        break;
    case ProvisioningEngine::State::RolledBack:
        m_headline->setText(tr("Rolled back: the trunk was deleted, nothing was left on the "
                               "account."));
        m_summary->setPlainText(QString());
        m_copy->setEnabled(false);
        m_save->setEnabled(false);
        m_showPassword->hide();
        return;
    default:
        break;
    }
    m_summary->setPlainText(m_controller->handOffText(m_showPassword->isChecked()));
}

} // namespace exotrunk
