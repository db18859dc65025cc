// The writing operations of the soak: create (the provisioning engine, as the create form and
// the wizard run it), map and the edits (the client calls the edit dialogs make), and credential
// rotation (the workflow behind the rotation dialog).

#include "soakconsole.h"

#include "validation/validators.h"
#include "waiting.h"
#include "workflows/credentialrotation.h"
#include "workflows/provisioningengine.h"

#include <QSignalSpy>

namespace exotrunk::soak {

namespace {
using Section = TrunkDetailsController::Section;
using EngineState = ProvisioningEngine::State;

// The path fragment of the POST a plan step sends; "" (every POST) for the trunk itself, whose
// failure skips everything after it anyway.
QString stepPath(ProvisioningStep::Kind kind) {
    switch (kind) {
    case ProvisioningStep::Kind::CreateTrunk:
        return QString();
    case ProvisioningStep::Kind::MapNumber:
        return QStringLiteral("/phone-numbers");
    case ProvisioningStep::Kind::WhitelistIp:
        return QStringLiteral("/whitelisted-ips");
    case ProvisioningStep::Kind::AddDestinations:
        return QStringLiteral("/destination-uris");
    case ProvisioningStep::Kind::CreateCredential:
        return QStringLiteral("/credentials");
    case ProvisioningStep::Kind::SetAlias:
        return QStringLiteral("/settings");
    }
    return QString();
}

template <typename T, typename Start> CallOutcome awaitCall(Start start) {
    const ApiResult<T> result = testing::awaitApi<T>(start, kOperationWaitMs);
    return {result.isOk(), result.error()};
}

} // namespace

ProvisioningRequest SoakConsole::randomRequest() {
    static const UseCase useCases[] = {UseCase::OutboundPstn, UseCase::InboundPstn,
                                       UseCase::BothDirections};
    ProvisioningRequest request;
    request.useCase = useCases[pick(3)];
    request.trunkName = QStringLiteral("soak_%1").arg(++m_serial);
    request.number = nextNumber();
    request.numberMode = numberModeFor(request.useCase);
    if (needsOutboundAuth(request.useCase))
        request.whitelist = NewWhitelistedIp{nextIp(), 32};
    if (request.useCase == UseCase::BothDirections && pick(2) == 0)
        request.credential =
            NewCredential{nextUserName(), generatePassword(), QStringLiteral("soak pbx")};
    if (needsDestination(request.useCase) || pick(2) == 0)
        request.destinations << NewDestination{nextHost(), 5061, Transport::Tls};
    if (pick(3) == 0)
        request.alias = request.number;
    return request;
}

// Create: a plan run by the provisioning engine; the new trunk joins the list as the console
// adds it (GET /trunks/{sid} once it exists).
bool SoakConsole::opCreate() {
    count(QStringLiteral("create"));
    const ProvisioningRequest request = randomRequest();
    SOAK_CHECK(request.isValid(),
               QStringLiteral("an invalid request for %1").arg(request.trunkName));
    const ProvisioningPlan plan =
        ProvisioningPlan::build(request, m_client->config().accountSid, soakProfile());
    const ProvisioningStep::Kind target = plan.steps.at(pick(int(plan.steps.size()))).kind;
    const FaultKind fault = m_faults.choose({true, false});
    m_faults.arm(fault, QStringLiteral("POST"), stepPath(target));

    // Wired as Console::showCreationDialog wires the create form and the wizard: the trunk joins
    // the list once it exists and leaves it when the setup is rolled back.
    ProvisioningEngine engine(m_client.get(), &m_journal);
    QObject::connect(&engine, &ProvisioningEngine::trunkCreated, &m_list,
                     [this](const TrunkSid &sid) { m_list.openTrunkById(sid); });
    QObject::connect(&engine, &ProvisioningEngine::rolledBack, &m_list,
                     [this, &engine] { m_list.removeTrunk(engine.plan().trunkSid); });
    sometimesRefreshAlongside();
    SOAK_CHECK(engine.start(plan), QStringLiteral("the engine refused a fresh plan"));
    const auto settled = [&engine] {
        const EngineState s = engine.state();
        return s == EngineState::Finished || s == EngineState::NeedsDecision ||
               s == EngineState::Kept || s == EngineState::RolledBack;
    };
    if (!waitFor(settled, QStringLiteral("the plan of %1").arg(request.trunkName)))
        return false;
    const bool failed = engine.state() == EngineState::NeedsDecision;
    ApiError shown;
    for (const ProvisioningStep &step : engine.plan().steps) {
        const bool stepFailed = step.state == ProvisioningStep::State::Failed;
        SOAK_CHECK(!stepFailed || step.kind == target,
                   QStringLiteral("step %1 failed without a fault: %2")
                       .arg(step.id, step.error.technicalDetails()));
        shown = stepFailed ? step.error : shown;
    }
    SOAK_CHECK(!failed || !engine.plan().missingItems().isEmpty(),
               QStringLiteral("a failed plan names nothing missing"));
    if (!expectOutcome(QStringLiteral("create"), fault, failed, shown))
        return false;
    if (failed && !decideAfterFailure(engine))
        return false;
    if (!waitFor([this] { return idle(); }, QStringLiteral("the new trunk to be listed")))
        return false;
    const TrunkSid sid = engine.plan().trunkSid;
    const bool exists = !sid.isEmpty() && engine.state() != EngineState::RolledBack;
    SOAK_CHECK(!exists || m_list.rowOfTrunk(sid) >= 0,
               QStringLiteral("the created trunk %1 is not listed").arg(sid.value()));
    SOAK_CHECK(exists || m_list.rowOfTrunk(sid) < 0,
               QStringLiteral("the rolled-back trunk %1 is still listed").arg(sid.value()));
    return listMatchesSandbox(QStringLiteral("create"));
}

// What the user picks after a failed step: retry, keep what there is, or roll back.
bool SoakConsole::decideAfterFailure(ProvisioningEngine &engine) {
    m_server.clearFaults();
    const int choice = pick(3);
    if (choice == 1) {
        SOAK_CHECK(!engine.keepAsIs().isEmpty(), QStringLiteral("keeping names nothing missing"));
        SOAK_CHECK(engine.state() == EngineState::Kept,
                   ProvisioningEngine::stateName(engine.state()));
        return true;
    }
    const EngineState goal = choice == 0 ? EngineState::Finished : EngineState::RolledBack;
    SOAK_CHECK(choice == 0 ? engine.retryFailed() : engine.rollBack(),
               QStringLiteral("the engine refused the decision"));
    const auto over = [&engine] {
        return engine.state() != EngineState::Running && engine.state() != EngineState::RollingBack;
    };
    if (!waitFor(over, QStringLiteral("the decision to be carried out")))
        return false;
    SOAK_CHECK(engine.state() == goal, ProvisioningEngine::stateName(engine.state()) +
                                           QLatin1Char(' ') +
                                           engine.rollbackError().technicalDetails());
    return true;
}

bool SoakConsole::runWrite(const QString &what, const CallOutcome &outcome, FaultKind fault,
                           std::optional<Section> section, const std::function<bool()> &shown) {
    if (QTest::currentTestFailed())
        return false; // the call never answered
    if (!expectOutcome(what, fault, !outcome.ok, outcome.error))
        return false;
    // As the details page does on sectionChanged: reload only that section. A refused edit
    // changed nothing; a timed-out one may or may not have happened.
    if (section && !reloadSection(*section))
        return false;
    SOAK_CHECK(shown() == outcome.ok || fault == FaultKind::Timeout,
               QStringLiteral("%1 %2 but the details %3 it")
                   .arg(what, outcome.ok ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                        shown() ? QStringLiteral("show") : QStringLiteral("do not show")));
    return refreshAfterUnknownOutcome(fault);
}

// Map Number: POST /phone-numbers.
bool SoakConsole::opMap() {
    const TrunkSid sid = ensureOpenTrunk();
    if (sid.isEmpty())
        return opCreate();
    count(QStringLiteral("map"));
    const FaultKind fault = m_faults.choose({true, true});
    m_faults.arm(fault, QStringLiteral("POST"), QStringLiteral("/phone-numbers"));
    const NewPhoneNumber number{nextNumber(), pick(2) == 0 ? NumberMode::Pstn : NumberMode::Flow};
    const CallOutcome outcome = awaitCall<PhoneNumber>(
        [&](QObject *context, auto done) { m_client->mapPhoneNumber(sid, number, context, done); });
    return runWrite(QStringLiteral("map"), outcome, fault, Section::PhoneNumbers, [&] {
        const auto &items = m_details.phoneNumbers()->items();
        return std::any_of(items.cbegin(), items.cend(), [&](const PhoneNumber &n) {
            return n.number == number.number && n.mode == number.mode;
        });
    });
}

bool SoakConsole::opEdit() {
    const TrunkSid sid = ensureOpenTrunk();
    if (sid.isEmpty())
        return opCreate();
    const QList<PhoneNumber> numbers = m_details.phoneNumbers()->items();
    switch (pick(5)) {
    case 0:
        if (!numbers.isEmpty())
            return changeMode(numbers.at(pick(int(numbers.size()))));
        return opMap();
    case 1:
        return allowIp();
    case 2:
        return addDestination();
    case 3:
        return createCredential();
    default:
        return setCallerId();
    }
}

// Change Mode: PUT /phone-numbers/{id}.
bool SoakConsole::changeMode(const PhoneNumber &number) {
    count(QStringLiteral("edit mode"));
    const FaultKind fault = m_faults.choose({true, true});
    m_faults.arm(fault, QStringLiteral("PUT"), QStringLiteral("/phone-numbers/"));
    const NumberMode mode = number.mode == NumberMode::Flow ? NumberMode::Pstn : NumberMode::Flow;
    const CallOutcome outcome = awaitCall<PhoneNumber>([&](QObject *context, auto done) {
        m_client->updatePhoneNumberMode(m_openSid, number.id, number.number, mode, context, done);
    });
    return runWrite(QStringLiteral("edit mode"), outcome, fault, Section::PhoneNumbers, [&] {
        const auto &items = m_details.phoneNumbers()->items();
        return std::any_of(items.cbegin(), items.cend(), [&](const PhoneNumber &n) {
            return n.id == number.id && n.mode == mode;
        });
    });
}

// Allow IP: POST /whitelisted-ips.
bool SoakConsole::allowIp() {
    count(QStringLiteral("edit ip"));
    const FaultKind fault = m_faults.choose({true, true});
    m_faults.arm(fault, QStringLiteral("POST"), QStringLiteral("/whitelisted-ips"));
    const NewWhitelistedIp ip{nextIp(), pick(2) == 0 ? 32 : 30};
    const CallOutcome outcome = awaitCall<WhitelistedIp>(
        [&](QObject *context, auto done) { m_client->whitelistIp(m_openSid, ip, context, done); });
    return runWrite(QStringLiteral("edit ip"), outcome, fault, Section::WhitelistedIps, [&] {
        const auto &items = m_details.whitelistedIps()->items();
        return std::any_of(items.cbegin(), items.cend(), [&](const WhitelistedIp &entry) {
            return entry.ip == ip.ip && entry.mask == ip.mask;
        });
    });
}

// Add Destinations: POST /destination-uris (one destination, so the 207 has one outcome).
bool SoakConsole::addDestination() {
    count(QStringLiteral("edit destination"));
    const FaultKind fault = m_faults.choose({true, true});
    m_faults.arm(fault, QStringLiteral("POST"), QStringLiteral("/destination-uris"));
    const NewDestination destination{nextHost(), 5061, Transport::Tls};
    const ApiResult<QList<ItemOutcome<DestinationUri>>> result =
        testing::awaitApi<QList<ItemOutcome<DestinationUri>>>(
            [&](QObject *context, auto done) {
                m_client->addDestinationUris(m_openSid, {destination}, context, done);
            },
            kOperationWaitMs);
    CallOutcome outcome{result.isOk(), result.error()};
    if (result.isOk()) {
        SOAK_CHECK(result.value().size() == 1, QStringLiteral("one destination, one outcome"));
        outcome.ok = result.value().first().isOk();
        outcome.error = result.value().first().error;
    }
    return runWrite(
        QStringLiteral("edit destination"), outcome, fault, Section::DestinationUris, [&] {
            const auto &items = m_details.destinationUris()->items();
            return std::any_of(items.cbegin(), items.cend(), [&](const DestinationUri &d) {
                return d.host() == destination.host;
            });
        });
}

// Create Credential: POST /credentials.
bool SoakConsole::createCredential() {
    count(QStringLiteral("edit credential"));
    const FaultKind fault = m_faults.choose({true, true});
    m_faults.arm(fault, QStringLiteral("POST"), QStringLiteral("/credentials"));
    const NewCredential credential{nextUserName(), generatePassword(), QStringLiteral("soak")};
    const CallOutcome outcome = awaitCall<Credential>([&](QObject *context, auto done) {
        m_client->createCredential(m_openSid, credential, context, done);
    });
    return runWrite(QStringLiteral("edit credential"), outcome, fault, Section::Credentials, [&] {
        const auto &items = m_details.credentials()->items();
        return std::any_of(items.cbegin(), items.cend(),
                           [&](const Credential &c) { return c.userName == credential.userName; });
    });
}

// Set Caller ID: POST /settings (the API cannot read the alias back; nothing to reload).
bool SoakConsole::setCallerId() {
    count(QStringLiteral("edit caller id"));
    const FaultKind fault = m_faults.choose({true, true});
    m_faults.arm(fault, QStringLiteral("POST"), QStringLiteral("/settings"));
    const QString alias = nextNumber();
    const CallOutcome outcome = awaitCall<TrunkSetting>([&](QObject *context, auto done) {
        m_client->setCallerIdAlias(m_openSid, alias, context, done);
    });
    return runWrite(QStringLiteral("edit caller id"), outcome, fault, std::nullopt,
                    [&outcome] { return outcome.ok; });
}

} // namespace exotrunk::soak
