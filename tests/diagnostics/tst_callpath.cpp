// The call path per direction (section 13), hop by hop, with each hop's state: configured when
// the trunk has what the hop needs, missing when a blocking finding is about it, check by hand
// for what the API cannot show, not loaded when its section is not there. The readiness rules
// supply the findings, so a path never disagrees with the list below it.
#include "diagnostics/callpath.h"

#include <QtTest>

using namespace exotrunk;

namespace {

TrunkConfiguration ready() {
    TrunkConfiguration c;
    Trunk t;
    t.sid = TrunkSid(QStringLiteral("trmum1abc"));
    t.status = QStringLiteral("active");
    c.trunk = t;
    PhoneNumber n;
    n.number = QStringLiteral("+918047000001");
    n.mode = NumberMode::Pstn;
    c.numbers = QList<PhoneNumber>{n};
    WhitelistedIp ip;
    ip.ip = QStringLiteral("203.0.113.10");
    ip.mask = 32;
    c.whitelistedIps = QList<WhitelistedIp>{ip};
    DestinationUri d;
    d.destination = QStringLiteral("sip:203.0.113.10:5061;transport=tls");
    c.destinations = QList<DestinationUri>{d};
    c.credentials = QList<Credential>{};
    return c;
}

QList<CallPath> pathsFor(const TrunkConfiguration &c, UseCase useCase) {
    const TrunkPurpose purpose{useCase};
    return callPaths(c, purpose, evaluateReadiness(c, purpose));
}

QHash<QString, HopState> states(const QList<CallPath> &paths) {
    QHash<QString, HopState> out;
    for (const CallPath &p : paths)
        for (const CallPathHop &h : p.hops)
            out.insert(h.id, h.state);
    return out;
}

} // namespace

class TestCallPath : public QObject {
    Q_OBJECT

private slots:
    void bothDirectionsReady() {
        const QList<CallPath> paths = pathsFor(ready(), UseCase::BothDirections);
        QCOMPARE(paths.size(), 2);
        QCOMPARE(paths.at(0).id, QStringLiteral("inbound"));
        QCOMPARE(paths.at(1).id, QStringLiteral("outbound"));
        const auto s = states(paths);
        QCOMPARE(s.value(QStringLiteral("inbound.exophone")), HopState::Configured);
        QCOMPARE(s.value(QStringLiteral("inbound.flow")), HopState::Manual);
        QCOMPARE(s.value(QStringLiteral("inbound.trunk")), HopState::Configured);
        QCOMPARE(s.value(QStringLiteral("inbound.destination")), HopState::Configured);
        QCOMPARE(s.value(QStringLiteral("inbound.pbx")), HopState::Manual);
        QCOMPARE(s.value(QStringLiteral("outbound.pbx")), HopState::Configured);
        QCOMPARE(s.value(QStringLiteral("outbound.callerId")), HopState::Configured);
        // The Flow's hop names the exact Connect target.
        QCOMPARE(paths.at(0).hops.at(2).detail, QStringLiteral("sip:trmum1abc"));
    }

    void missingPiecesAndTheirFindings() {
        TrunkConfiguration c = ready();
        c.trunk->status = QStringLiteral("inactive");
        c.numbers = QList<PhoneNumber>{};
        c.whitelistedIps = QList<WhitelistedIp>{};
        const QList<CallPath> paths = pathsFor(c, UseCase::BothDirections);
        const auto s = states(paths);
        QCOMPARE(s.value(QStringLiteral("inbound.exophone")), HopState::Missing);
        QCOMPARE(s.value(QStringLiteral("inbound.trunk")), HopState::Missing);
        QCOMPARE(s.value(QStringLiteral("outbound.pbx")), HopState::Missing);
        QCOMPARE(s.value(QStringLiteral("outbound.edge")), HopState::Missing);
        // The destination's IP is no longer whitelisted: that finding blocks calls, so the
        // destination's hop is missing too.
        QCOMPARE(s.value(QStringLiteral("inbound.destination")), HopState::Missing);
        const CallPathHop exophone = paths.at(0).hops.at(1);
        QVERIFY(!exophone.notes.isEmpty());
        QVERIFY(exophone.notes.first().contains(QStringLiteral("§13")));
    }

    void unloadedSectionsConcludeNothing() {
        TrunkConfiguration c = ready();
        c.numbers.reset();
        c.credentials.reset();
        const auto s = states(pathsFor(c, UseCase::BothDirections));
        QCOMPARE(s.value(QStringLiteral("inbound.exophone")), HopState::Unknown);
        QCOMPARE(s.value(QStringLiteral("outbound.callerId")), HopState::Unknown);
        QCOMPARE(s.value(QStringLiteral("outbound.pbx")), HopState::Unknown);
        QCOMPARE(s.value(QStringLiteral("inbound.destination")), HopState::Configured);
    }

    void pathsFollowThePurpose() {
        QCOMPARE(pathsFor(ready(), UseCase::OutboundPstn).size(), 1);
        QCOMPARE(pathsFor(ready(), UseCase::OutboundPstn).first().id, QStringLiteral("outbound"));
        QCOMPARE(pathsFor(ready(), UseCase::InboundPstn).first().id, QStringLiteral("inbound"));
        const QList<CallPath> voiceAi = pathsFor(ready(), UseCase::VoiceAiInbound);
        QCOMPARE(voiceAi.size(), 1);
        QCOMPARE(voiceAi.first().id, QStringLiteral("voiceai"));
        // The only number is in mode pstn: the first hop is missing.
        QCOMPARE(states(voiceAi).value(QStringLiteral("voiceai.number")), HopState::Missing);
        QCOMPARE(pathsFor(ready(), UseCase::VoiceAiOutbound).first().id,
                 QStringLiteral("outbound"));
    }

    void accessibleTextSaysEveryHopAndState() {
        const QList<CallPath> paths = pathsFor(ready(), UseCase::InboundPstn);
        QCOMPARE(paths.first().accessibleText(),
                 QStringLiteral("Inbound (PSTN → SIP): PSTN caller (configured) → Exophone "
                                "(configured) → Flow: Connect (check by hand) → Trunk "
                                "(configured) → Destination URI (configured) → PBX (check by "
                                "hand)"));
    }
};

QTEST_GUILESS_MAIN(TestCallPath)
#include "tst_callpath.moc"
