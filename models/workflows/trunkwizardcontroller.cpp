#include "workflows/trunkwizardcontroller.h"

#include "domain/trunk.h"
#include "workflows/provisioninghandoff.h"

namespace exotrunk {

TrunkWizardController::TrunkWizardController(ExotelClient *client, ProvisioningJournal *journal,
                                             ProvisioningContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_engine(new ProvisioningEngine(client, journal, this)) {
    connect(m_engine, &ProvisioningEngine::trunkCreated, this,
            &TrunkWizardController::trunkCreated);
    connect(m_engine, &ProvisioningEngine::finished, this,
            [this] { emit provisioningFinished(m_engine->plan().trunkSid); });
    setUseCase(UseCase::BothDirections);
}

QString TrunkWizardController::domainName() const {
    return NewTrunk::domainFor(m_context.accountSid);
}

void TrunkWizardController::setUseCase(UseCase useCase) {
    m_request.useCase = useCase;
    m_request.numberMode = numberModeFor(useCase);
    if (!isVoiceAi(useCase)) {
        // A provider's SIP host is no destination for a PBX.
        if (m_request.provider != VoiceAiProvider::None)
            m_request.destinations.clear();
        m_request.provider = VoiceAiProvider::None;
    } else if (m_request.provider == VoiceAiProvider::None)
        applyPreset(VoiceAiProvider::ElevenLabs);
}

void TrunkWizardController::applyPreset(VoiceAiProvider provider) {
    m_request.provider = provider;
    if (provider == VoiceAiProvider::None)
        return;
    const VoiceAiPreset preset = voiceAiPreset(provider);
    NewDestination d;
    d.host = preset.hostNeedsInput ? QString() : preset.host;
    d.port = preset.port;
    d.transport = preset.transport;
    m_request.destinations = {d};
}

Validity TrunkWizardController::checkTrunkName(const QString &name) const {
    return m_context.checkTrunkName(name);
}

ProvisioningPlan TrunkWizardController::previewPlan() const {
    // Every use case carries its destination URI (Exotel's reference: mandatory in every
    // setup); the destination page clears it when the user leaves it out on purpose.
    return ProvisioningPlan::build(m_request, m_context.accountSid, m_context.profileId);
}

bool TrunkWizardController::start() {
    if (m_started)
        return false;
    if (!m_request.isValid() || !checkTrunkName(m_request.trunkName).isAcceptable())
        return false;
    m_started = true;
    return m_engine->start(previewPlan());
}

QString TrunkWizardController::handOffText(bool includePassword) const {
    return provisioningHandOff(m_engine->plan(), includePassword);
}

QString TrunkWizardController::credentialPassword() const {
    return m_engine->plan().credentialPassword;
}

} // namespace exotrunk
