#pragma once

#include "domain/ids.h"
#include "workflows/provisioningcontext.h"

#include <QWizard>

namespace exotrunk {

class ExotelClient;
class ProvisioningJournal;
class TrunkWizardController;

// Guided trunk creation: use case → trunk → number → authentication → destination →
// review → progress → done. The view only; TrunkWizardController holds the answers and runs
// the calls through a ProvisioningEngine.
class TrunkWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        UseCasePage,
        TrunkPage,
        NumberPage,
        AuthPage,
        DestinationPage,
        ReviewPage,
        ProgressPage,
        DonePage
    };

    // `client` and `journal` are not owned and must outlive the wizard; `journal` may be null.
    TrunkWizard(ExotelClient *client, ProvisioningJournal *journal,
                const ProvisioningContext &context, QWidget *parent = nullptr);
    // For tests and for a caller that wants to keep the controller.
    TrunkWizard(TrunkWizardController *controller, QWidget *parent = nullptr);

    TrunkWizardController *controller() const { return m_controller; }
    int nextId() const override;

signals:
    // The trunk exists (emitted as soon as the create call succeeded) — refresh the list.
    void trunkCreated(const exotrunk::TrunkSid &sid);
    void provisioningFinished(const exotrunk::TrunkSid &sid);

protected:
    void reject() override;

private:
    void setUp();
    TrunkWizardController *m_controller = nullptr;
};

} // namespace exotrunk
