// The provisioning review prints what the client sends: each step's method and path come from
// the endpoint catalogue and its body from the endpoint's body builder, the password masked.
#include "api/accountpath.h"
#include "api/endpointbodies.h"
#include "api/endpointcatalogue.h"
#include "validation/validators.h"
#include "workflows/provisioningplan.h"
#include "workflows/trunkwizardcontroller.h"

#include <QJsonDocument>
#include <QtTest>

using namespace exotrunk;

namespace {

const QString kAccount = QStringLiteral("acc");

ProvisioningRequest everyKindOfStep(const QString &password) {
    ProvisioningRequest r;
    r.useCase = UseCase::BothDirections;
    r.trunkName = QStringLiteral("review_1");
    r.number = QStringLiteral("+918047100001");
    r.numberMode = NumberMode::Flow;
    r.whitelist = NewWhitelistedIp{QStringLiteral("203.0.113.10"), 32};
    r.credential =
        NewCredential{QStringLiteral("pbx_user"), password, QStringLiteral("office pbx")};
    r.destinations << NewDestination{QStringLiteral("198.51.100.7"), 5060, Transport::Tcp}
                   << NewDestination{QStringLiteral("sip.example.com"), 5061, Transport::Tls};
    r.alias = QStringLiteral("+918047100002");
    return r;
}

// What the client sends for the step, built by the same body builders with the real password.
QJsonObject sentBody(const ProvisioningPlan &plan, const ProvisioningStep &s,
                     const QString &password) {
    const ProvisioningRequest &r = plan.request;
    switch (s.kind) {
    case ProvisioningStep::Kind::CreateTrunk: {
        NewTrunk t;
        t.name = r.trunkName;
        return endpointbody::createTrunk(t, plan.accountSid);
    }
    case ProvisioningStep::Kind::MapNumber:
        return endpointbody::mapPhoneNumber(NewPhoneNumber{r.number, r.numberMode});
    case ProvisioningStep::Kind::WhitelistIp:
        return endpointbody::whitelistIp(s.ip);
    case ProvisioningStep::Kind::AddDestinations:
        return endpointbody::addDestinationUris(r.destinations);
    case ProvisioningStep::Kind::CreateCredential:
        return endpointbody::createCredential(
            NewCredential{r.credential->userName, password, r.credential->friendlyName});
    case ProvisioningStep::Kind::SetAlias:
        return endpointbody::setSetting(QStringLiteral("trunk_external_alias"), r.alias);
    }
    return {};
}

Endpoint expectedEndpoint(ProvisioningStep::Kind kind) {
    switch (kind) {
    case ProvisioningStep::Kind::CreateTrunk:
        return Endpoint::CreateTrunk;
    case ProvisioningStep::Kind::MapNumber:
        return Endpoint::MapPhoneNumber;
    case ProvisioningStep::Kind::WhitelistIp:
        return Endpoint::WhitelistIp;
    case ProvisioningStep::Kind::AddDestinations:
        return Endpoint::AddDestinationUris;
    case ProvisioningStep::Kind::CreateCredential:
        return Endpoint::CreateCredential;
    case ProvisioningStep::Kind::SetAlias:
        return Endpoint::SetSettings;
    }
    return Endpoint::CreateTrunk;
}

} // namespace

class TestProvisioningReview : public QObject {
    Q_OBJECT
private slots:
    void reviewLinesComeFromTheCatalogue_data() {
        QTest::addColumn<QString>("trunkSid");
        QTest::newRow("before the trunk exists") << QString();
        QTest::newRow("after the trunk exists") << QStringLiteral("trmum1abc");
    }

    void reviewLinesComeFromTheCatalogue() {
        QFETCH(QString, trunkSid);
        const QString password = generatePassword();
        ProvisioningPlan plan = ProvisioningPlan::build(everyKindOfStep(password), kAccount);
        plan.trunkSid = TrunkSid(trunkSid);
        const QStringList lines = plan.reviewLines();
        QCOMPARE(lines.size(), plan.steps.size());
        QSet<int> kinds;
        for (int i = 0; i < plan.steps.size(); ++i) {
            const ProvisioningStep &s = plan.steps.at(i);
            const QString &line = lines.at(i);
            kinds.insert(int(s.kind));
            const Endpoint id = expectedEndpoint(s.kind);
            QCOMPARE(int(s.endpoint()), int(id));
            const QString method = QString::fromLatin1(endpointRow(id).method);
            const QString sid = trunkSid.isEmpty() ? QStringLiteral("{trunk_sid}") : trunkSid;
            const QString request =
                method + QLatin1Char(' ') + accountPath(kAccount) + endpointPath(id, sid);
            QVERIFY2(line.contains(request + QLatin1Char('\n')), qPrintable(line));
            if (trunkSid.isEmpty()) {
                // Before the trunk exists the path is the catalogue's template itself.
                QCOMPARE(method + QLatin1Char(' ') + endpointPath(id, sid), endpointSignature(id));
            }

            // The body shown is the builder's, with the password masked and nothing else changed.
            const QJsonObject expected = endpointbody::masked(sentBody(plan, s, password));
            QCOMPARE(QJsonDocument::fromJson(s.maskedBody().toUtf8()).object(), expected);
            QVERIFY2(line.endsWith(s.maskedBody()), qPrintable(line));
            QVERIFY(!line.contains(password));
        }
        QCOMPARE(kinds.size(), 6); // every kind of step was checked
        const int credential = plan.indexOf(QStringLiteral("credential"));
        QVERIFY(plan.steps.at(credential).maskedBody().contains(endpointbody::maskedSecret()));
    }

    void maskingHidesOnlyPasswords() {
        const QJsonObject body = endpointbody::createCredential(NewCredential{
            QStringLiteral("u"), QStringLiteral("Secr3tSecr3tX"), QStringLiteral("f")});
        const QJsonObject masked = endpointbody::masked(body);
        QCOMPARE(masked.value(QStringLiteral("password")).toString(), endpointbody::maskedSecret());
        QCOMPARE(masked.value(QStringLiteral("user_name")),
                 body.value(QStringLiteral("user_name")));
        QCOMPARE(masked.value(QStringLiteral("friendly_name")),
                 body.value(QStringLiteral("friendly_name")));
        const QJsonObject trunk = endpointbody::createTrunk(NewTrunk{}, kAccount);
        QCOMPARE(endpointbody::masked(trunk), trunk);
    }

    // The wizard's controller lives in models (this suite links no widgets): the use case
    // fills the defaults, names are checked against the account's trunks, and an incomplete
    // request starts nothing.
    void wizardControllerRunsWithoutWidgets() {
        ProvisioningContext context;
        context.accountSid = kAccount;
        context.profileId = QStringLiteral("p");
        context.existingTrunkNames = {QStringLiteral("Taken_1")};
        TrunkWizardController controller(nullptr, nullptr, context);
        QCOMPARE(controller.domainName(), QStringLiteral("acc.pstn.exotel.com"));
        controller.setUseCase(UseCase::VoiceAiInbound);
        QCOMPARE(controller.request().provider, VoiceAiProvider::ElevenLabs);
        QCOMPARE(controller.request().destinations.size(), 1);
        QCOMPARE(controller.request().destinations.first().transport, Transport::Tcp);
        QVERIFY(!controller.checkTrunkName(QStringLiteral("taken_1")).isAcceptable());
        QVERIFY(controller.checkTrunkName(QStringLiteral("fresh_1")).isAcceptable());
        controller.setUseCase(UseCase::OutboundPstn);
        QVERIFY(controller.request().destinations.isEmpty()); // a provider's host is no PBX
        QVERIFY(!controller.start());                         // no name, no number: nothing is sent
        QCOMPARE(controller.engine()->state(), ProvisioningEngine::State::Idle);
    }
};

QTEST_GUILESS_MAIN(TestProvisioningReview)
#include "tst_provisioningreview.moc"
