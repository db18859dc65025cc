#pragma once

#include "workflows/provisioningcontext.h"
#include "workflows/provisioningengine.h"
#include "workflows/provisioningrequest.h"

#include <QObject>
#include <QPointer>

namespace exotrunk {

class ExotelClient;
class ProvisioningJournal;

// The wizard's brain: holds the answers, checks them, builds the plan for the Review page and
// runs it through a ProvisioningEngine. No widgets, so the same logic is testable headless.
class TrunkWizardController : public QObject {
    Q_OBJECT
public:
    // `client` and `journal` are not owned; `journal` may be null (nothing persisted).
    TrunkWizardController(ExotelClient *client, ProvisioningJournal *journal,
                          ProvisioningContext context, QObject *parent = nullptr);

    const ProvisioningContext &context() const { return m_context; }
    QString domainName() const;

    ProvisioningRequest &request() { return m_request; }
    const ProvisioningRequest &request() const { return m_request; }
    // Switches the use case and fills the defaults it implies (mode, auth choice).
    void setUseCase(UseCase useCase);
    // Fills the destination from the provider's preset (a placeholder host stays empty).
    void applyPreset(VoiceAiProvider provider);

    // validate::trunkName plus uniqueness against the loaded trunk list.
    Validity checkTrunkName(const QString &name) const;

    // The plan as it would run now, for the Review page.
    ProvisioningPlan previewPlan() const;
    QStringList reviewLines() const { return previewPlan().reviewLines(); }

    // Builds the plan and starts it. A second call returns false and sends nothing.
    bool start();
    ProvisioningEngine *engine() const { return m_engine; }
    QString handOffText(bool includePassword) const;
    QString credentialPassword() const;

signals:
    void trunkCreated(const exotrunk::TrunkSid &sid);
    void provisioningFinished(const exotrunk::TrunkSid &sid);

private:
    ProvisioningContext m_context;
    ProvisioningRequest m_request;
    ProvisioningEngine *m_engine = nullptr;
    bool m_started = false;
};

} // namespace exotrunk
