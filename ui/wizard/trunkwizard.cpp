#include "wizard/trunkwizard.h"

#include "common/closeprompt.h"
#include "wizard/trunkwizardpages.h"
#include "workflows/trunkwizardcontroller.h"

#include <QAbstractButton>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWizard, "exotrunk.ui.wizard")

namespace exotrunk {

TrunkWizard::TrunkWizard(ExotelClient *client, ProvisioningJournal *journal,
                         const ProvisioningContext &context, QWidget *parent)
    : QWizard(parent)
    , m_controller(new TrunkWizardController(client, journal, context, this)) {
    setUp();
}

TrunkWizard::TrunkWizard(TrunkWizardController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller) {
    setUp();
}

void TrunkWizard::setUp() {
    setObjectName(QStringLiteral("trunkWizard"));
    setWindowTitle(tr("New trunk"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(720, 560);

    setPage(UseCasePage, new UseCaseWizardPage(m_controller, this));
    setPage(TrunkPage, new TrunkDetailsWizardPage(m_controller, this));
    setPage(NumberPage, new NumberWizardPage(m_controller, this));
    setPage(AuthPage, new AuthWizardPage(m_controller, this));
    setPage(DestinationPage, new DestinationWizardPage(m_controller, this));
    setPage(ReviewPage, new ReviewWizardPage(m_controller, this));
    setPage(ProgressPage, new ProgressWizardPage(m_controller, this));
    setPage(DonePage, new DoneWizardPage(m_controller, this));
    setStartId(UseCasePage);

    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("commitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));

    connect(m_controller, &TrunkWizardController::trunkCreated, this, &TrunkWizard::trunkCreated);
    connect(m_controller, &TrunkWizardController::provisioningFinished, this,
            &TrunkWizard::provisioningFinished);
}

int TrunkWizard::nextId() const {
    // Every use case passes the destination page: outbound-only ones may leave it out there.
    return QWizard::nextId();
}

void TrunkWizard::reject() {
    if (!ui::mayCloseWhileProvisioning(this, m_controller->engine()))
        return;
    QWizard::reject();
}

} // namespace exotrunk
