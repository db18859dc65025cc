// The readiness rule table, row by row: each rule once where it must fire and once where it
// must not, each row naming the documentation section the rule cites. Then the purpose proposed
// from a configuration, the purpose remembered per profile and trunk, and the trunk list's
// Readiness column fed from what was evaluated.
#include "accounts/profilerecords.h"
#include "diagnostics/readiness.h"
#include "diagnostics/readinesscache.h"
#include "trunklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace exotrunk;

Q_DECLARE_METATYPE(exotrunk::TrunkConfiguration)

namespace {

PhoneNumber number(const QString &e164, NumberMode mode = NumberMode::Pstn) {
    PhoneNumber n;
    n.number = e164;
    n.mode = mode;
    return n;
}

WhitelistedIp acl(const QString &ip, int mask = 32) {
    WhitelistedIp w;
    w.ip = ip;
    w.mask = mask;
    return w;
}

DestinationUri destination(const QString &uri) {
    DestinationUri d;
    d.destination = QStringLiteral("sip:") + uri;
    return d;
}

Credential credential() {
    Credential c;
    c.userName = QStringLiteral("pbx_user");
    return c;
}

// A trunk ready for both directions: active, one pstn number, its PBX whitelisted and reached
// over TLS on 5061.
TrunkConfiguration ready() {
    TrunkConfiguration c;
    Trunk t;
    t.sid = TrunkSid(QStringLiteral("trmum1abc"));
    t.status = QStringLiteral("active");
    c.trunk = t;
    c.numbers = QList<PhoneNumber>{number(QStringLiteral("+918047000001"))};
    c.whitelistedIps = QList<WhitelistedIp>{acl(QStringLiteral("203.0.113.10"))};
    c.destinations =
        QList<DestinationUri>{destination(QStringLiteral("203.0.113.10:5061;transport=tls"))};
    c.credentials = QList<Credential>{};
    return c;
}

TrunkConfiguration with(TrunkConfiguration c,
                        const std::function<void(TrunkConfiguration &)> &change) {
    change(c);
    return c;
}

struct RuleRow {
    const char *name;
    const char *ruleId;
    const char *docSection;
    FixKind fix;
    QString purpose;
    TrunkConfiguration config;
    bool fires;
};

QList<RuleRow> ruleRows() {
    const auto noNumbers = [](TrunkConfiguration &c) {
        c.numbers = QList<PhoneNumber>{};
    };
    const auto noIps = [](TrunkConfiguration &c) {
        c.whitelistedIps = QList<WhitelistedIp>{};
    };
    const auto noDestinations = [](TrunkConfiguration &c) {
        c.destinations = QList<DestinationUri>{};
    };
    const auto withCredential = [](TrunkConfiguration &c) {
        c.credentials = {{credential()}};
    };
    const auto noAuthWithCredential = [](TrunkConfiguration &c) {
        c.whitelistedIps = QList<WhitelistedIp>{};
        c.credentials = {{credential()}};
    };
    const auto flowNumber = [](TrunkConfiguration &c) {
        c.numbers = {{number(QStringLiteral("+918047000001"), NumberMode::Flow)}};
    };
    const auto dest = [](const QString &uri) {
        return [uri](TrunkConfiguration &c) {
            c.destinations = {{destination(uri)}};
        };
    };
    const QString both = QStringLiteral("both");
    const QString outbound = QStringLiteral("outbound_pstn");
    const QString inbound = QStringLiteral("inbound_pstn");
    const QString aiOut = QStringLiteral("voice_ai_outbound:elevenlabs");
    const QString aiIn = QStringLiteral("voice_ai_inbound:elevenlabs");
    const TrunkConfiguration base = ready();
    const TrunkConfiguration aiBase = with(base, [&](TrunkConfiguration &c) {
        flowNumber(c);
        noAuthWithCredential(c);
    });
    using F = FixKind;
    return {
        {"inactive trunk", "trunk.inactive", "§14.1", F::Manual, both,
         with(base, [](TrunkConfiguration &c) { c.trunk->status = QStringLiteral("inactive"); }),
         true},
        {"active trunk", "trunk.inactive", "§14.1", F::Manual, both, base, false},
        {"no number", "number.mapped", "§13", F::MapNumber, both, with(base, noNumbers), true},
        {"a number", "number.mapped", "§13", F::MapNumber, both, base, false},
        {"outbound, no ACL, no credentials", "outbound.auth", "§13", F::AllowIp, outbound,
         with(base, noIps), true},
        {"outbound with credentials", "outbound.auth", "§13", F::AllowIp, outbound,
         with(base, noAuthWithCredential), false},
        {"Voice AI outbound, no auth", "voiceai.outbound.auth", "§2.1", F::CreateCredential, aiOut,
         with(aiBase,
              [](TrunkConfiguration &c) {
                  c.whitelistedIps = QList<WhitelistedIp>{};
                  c.credentials = QList<Credential>{};
              }),
         true},
        {"Voice AI outbound with credentials", "voiceai.outbound.auth", "§2.1", F::CreateCredential,
         aiOut, aiBase, false},
        {"cloud Voice AI with an ACL only", "voiceai.credentials", "§14 (Credentials vs ACL)",
         F::CreateCredential, aiIn,
         with(aiBase,
              [](TrunkConfiguration &c) {
                  c.credentials = QList<Credential>{};
                  c.whitelistedIps = {{acl(QStringLiteral("203.0.113.10"))}};
              }),
         true},
        {"unknown provider with an ACL only", "voiceai.credentials", "§14 (Credentials vs ACL)",
         F::CreateCredential, QStringLiteral("voice_ai_inbound:other"),
         with(aiBase,
              [](TrunkConfiguration &c) {
                  c.credentials = QList<Credential>{};
                  c.whitelistedIps = {{acl(QStringLiteral("203.0.113.10"))}};
              }),
         false},
        {"cloud Voice AI with credentials", "voiceai.credentials", "§14 (Credentials vs ACL)",
         F::CreateCredential, aiIn, aiBase, false},
        {"inbound, no destination", "inbound.destination", "§13", F::AddDestination, inbound,
         with(base, noDestinations), true},
        {"inbound with a destination", "inbound.destination", "§13", F::AddDestination, inbound,
         base, false},
        {"outbound, no destination", "destination.mandatory", "§13, FAQ 6", F::AddDestination,
         outbound, with(base, noDestinations), true},
        {"outbound with a destination", "destination.mandatory", "§13, FAQ 6", F::AddDestination,
         outbound, base, false},
        {"Voice AI outbound, no destination", "destination.voiceAiOutbound", "§2.1, FAQ 6",
         F::AddDestination, aiOut, with(aiBase, noDestinations), true},
        {"Voice AI outbound with a destination", "destination.voiceAiOutbound", "§2.1, FAQ 6",
         F::AddDestination, aiOut, aiBase, false},
        {"inbound: check the Connect applet", "inbound.connectApplet", "§13, §2.2", F::Manual,
         inbound, base, true},
        {"outbound: no Connect applet", "inbound.connectApplet", "§13, §2.2", F::Manual, outbound,
         base, false},
        {"Voice AI number in pstn", "mode.flowForVoiceAi", "§13, FAQ 5", F::ChangeMode, aiIn,
         with(aiBase,
              [](TrunkConfiguration &c) {
                  c.numbers = {{number(QStringLiteral("+918047000001"), NumberMode::Default)}};
              }),
         true},
        {"Voice AI number in flow", "mode.flowForVoiceAi", "§13, FAQ 5", F::ChangeMode, aiIn,
         aiBase, false},
        {"Connect number in flow", "mode.pstnForConnect", "§13, FAQ 4", F::ChangeMode, both,
         with(base, flowNumber), true},
        {"Connect number in pstn", "mode.pstnForConnect", "§13, FAQ 4", F::ChangeMode, both, base,
         false},
        {"IP destination not whitelisted", "destination.notWhitelisted", "§14.4", F::AllowIp, both,
         with(base, dest(QStringLiteral("198.51.100.7:5061;transport=tls"))), true},
        {"IP destination inside a whitelisted range", "destination.notWhitelisted", "§14.4",
         F::AllowIp, both,
         with(base,
              [](TrunkConfiguration &c) {
                  c.whitelistedIps = {{acl(QStringLiteral("203.0.113.0"), 24)}};
              }),
         false},
        {"FQDN destination on an outbound trunk", "destination.fqdnInboundOnly", "FAQ 8", F::Manual,
         both, with(base, dest(QStringLiteral("pbx.example.com:5061;transport=tls"))), true},
        {"FQDN destination on an inbound trunk", "destination.fqdnInboundOnly", "FAQ 8", F::Manual,
         inbound, with(base, dest(QStringLiteral("pbx.example.com:5061;transport=tls"))), false},
        {"mask 24", "acl.mask", "§2.1", F::Manual, both,
         with(base,
              [](TrunkConfiguration &c) {
                  c.whitelistedIps = {{acl(QStringLiteral("203.0.113.0"), 24)}};
              }),
         true},
        {"mask 32", "acl.mask", "§2.1", F::Manual, both, base, false},
        {"TCP on 5061", "destination.transportPort", "§14.4", F::Manual, both,
         with(base, dest(QStringLiteral("203.0.113.10:5061;transport=tcp"))), true},
        {"TLS on 5060", "destination.transportPort", "§14.4", F::Manual, both,
         with(base, dest(QStringLiteral("203.0.113.10:5060;transport=tls"))), true},
        {"TLS on 5061", "destination.transportPort", "§14.4", F::Manual, both, base, false},
        {"TCP destination", "destination.tlsRecommended", "§15", F::Manual, both,
         with(base, dest(QStringLiteral("203.0.113.10:5060;transport=tcp"))), true},
        {"TLS destination", "destination.tlsRecommended", "§15", F::Manual, both, base, false},
        {"ACL and credentials", "auth.mixed", "§2.1", F::Manual, both, with(base, withCredential),
         true},
        {"ACL only", "auth.mixed", "§2.1", F::Manual, both, base, false},
    };
}

std::optional<ReadinessFinding> findingOf(const QList<ReadinessFinding> &findings,
                                          const QString &ruleId) {
    for (const ReadinessFinding &f : findings) {
        if (f.ruleId == ruleId)
            return f;
    }
    return std::nullopt;
}

} // namespace

class TestReadiness : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ExotrunkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_readiness"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void rule_data() {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("docSection");
        QTest::addColumn<int>("fix");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<TrunkConfiguration>("config");
        QTest::addColumn<bool>("fires");
        for (const RuleRow &row : ruleRows()) {
            const QString id = QString::fromUtf8(row.ruleId);
            const QString doc = QString::fromUtf8(row.docSection);
            QTest::newRow(qPrintable(id + QStringLiteral(": ") + QString::fromUtf8(row.name) +
                                     QStringLiteral(" (") + doc + QLatin1Char(')')))
                << id << doc << static_cast<int>(row.fix) << row.purpose << row.config << row.fires;
        }
    }

    void rule() {
        QFETCH(QString, ruleId);
        QFETCH(QString, docSection);
        QFETCH(int, fix);
        QFETCH(QString, purpose);
        QFETCH(TrunkConfiguration, config);
        QFETCH(bool, fires);
        const std::optional<TrunkPurpose> p = TrunkPurpose::fromKey(purpose);
        QVERIFY(p);
        const std::optional<ReadinessFinding> finding =
            findingOf(evaluateReadiness(config, *p), ruleId);
        QCOMPARE(finding.has_value(), fires);
        if (!finding)
            return;
        QCOMPARE(finding->docSection, docSection);
        QCOMPARE(static_cast<int>(finding->fix), fix);
        QVERIFY(!finding->reason.isEmpty());
    }

    // The table above covers every rule, both ways; every rule has a reason and a citation.
    void everyRuleIsTested() {
        QSet<QString> firing;
        QSet<QString> quiet;
        for (const RuleRow &row : ruleRows())
            (row.fires ? firing : quiet).insert(QString::fromUtf8(row.ruleId));
        QSet<QString> ids;
        for (const ReadinessRule &rule : readinessRules()) {
            const QString id = QLatin1String(rule.id);
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY2(firing.contains(id) && quiet.contains(id), qPrintable(id));
            QVERIFY(qstrlen(rule.reason) > 0);
            QVERIFY(qstrlen(rule.docSection) > 0);
        }
        QCOMPARE(firing, ids);
    }

    void readyTrunkHasOnlyTheManualCheck() {
        const QList<ReadinessFinding> findings =
            evaluateReadiness(ready(), {UseCase::BothDirections, VoiceAiProvider::None});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().ruleId, QStringLiteral("inbound.connectApplet"));
        // The exact text the Connect applet's Dial whom needs.
        QVERIFY2(findings.first().reason.contains(QStringLiteral("sip:trmum1abc")),
                 qPrintable(findings.first().reason));
    }

    void subjectsNameWhatIsWrong() {
        const TrunkConfiguration c = with(ready(), [](TrunkConfiguration &config) {
            config.destinations = {
                {destination(QStringLiteral("198.51.100.7:5060")),
                 destination(QStringLiteral("203.0.113.10:5061;transport=tls"))}};
        });
        const auto f =
            findingOf(evaluateReadiness(c, {}), QStringLiteral("destination.notWhitelisted"));
        QVERIFY(f);
        QCOMPARE(f->subjects, QStringList{QStringLiteral("198.51.100.7")});
    }

    // A section that has not loaded (or failed) is never read as "nothing configured".
    void unloadedSectionsAreNotJudged() {
        TrunkConfiguration c;
        c.trunk = ready().trunk;
        const QList<ReadinessFinding> findings = evaluateReadiness(c, {});
        for (const ReadinessFinding &f : findings)
            QVERIFY2(f.ruleId == QStringLiteral("inbound.connectApplet"), qPrintable(f.ruleId));
    }

    void severestFirst() {
        const TrunkConfiguration c = with(ready(), [](TrunkConfiguration &config) {
            config.numbers = QList<PhoneNumber>{};
            config.destinations = {
                {destination(QStringLiteral("203.0.113.10:5060;transport=tcp"))}};
        });
        const QList<ReadinessFinding> findings = evaluateReadiness(c, {});
        QVERIFY(findings.size() >= 3);
        for (int i = 1; i < findings.size(); ++i)
            QVERIFY(findings.at(i - 1).severity <= findings.at(i).severity);
        QCOMPARE(findings.first().ruleId, QStringLiteral("number.mapped"));
    }

    void propose_data() {
        QTest::addColumn<TrunkConfiguration>("config");
        QTest::addColumn<QString>("expected");
        const TrunkConfiguration base = ready();
        QTest::newRow("ACL and destination: both") << base << QStringLiteral("both");
        QTest::newRow("nothing loaded: both (§13 most common)")
            << TrunkConfiguration() << QStringLiteral("both");
        QTest::newRow("ACL only: outbound")
            << with(base, [](TrunkConfiguration &c) { c.destinations = QList<DestinationUri>{}; })
            << QStringLiteral("outbound_pstn");
        QTest::newRow("credentials only: outbound") << with(base, [](TrunkConfiguration &c) {
            c.destinations = QList<DestinationUri>{};
            c.whitelistedIps = QList<WhitelistedIp>{};
            c.credentials = {{credential()}};
        }) << QStringLiteral("outbound_pstn");
        QTest::newRow("destination only: inbound")
            << with(base, [](TrunkConfiguration &c) { c.whitelistedIps = QList<WhitelistedIp>{}; })
            << QStringLiteral("inbound_pstn");
        QTest::newRow("flow number, no destination: Voice AI outbound, other provider")
            << with(base,
                    [](TrunkConfiguration &c) {
                        c.numbers = {{number(QStringLiteral("+918047000001"), NumberMode::Flow)}};
                        c.destinations = QList<DestinationUri>{};
                    })
            << QStringLiteral("voice_ai_outbound:other");
        QTest::newRow("Retell destination: Voice AI inbound, Retell")
            << with(base,
                    [](TrunkConfiguration &c) {
                        c.destinations = {
                            {destination(QStringLiteral("sip.retellai.com:5060;transport=tcp"))}};
                    })
            << QStringLiteral("voice_ai_inbound:retell");
        QTest::newRow("LiveKit subdomain: Voice AI inbound, LiveKit")
            << with(base,
                    [](TrunkConfiguration &c) {
                        c.destinations = {{destination(
                            QStringLiteral("acme.india.sip.livekit.cloud:5061;transport=tls"))}};
                    })
            << QStringLiteral("voice_ai_inbound:livekit");
    }

    void propose() {
        QFETCH(TrunkConfiguration, config);
        QFETCH(QString, expected);
        QCOMPARE(proposePurpose(config).key(), expected);
    }

    void purposeKeysRoundTrip() {
        const QList<TrunkPurpose> all = TrunkPurpose::all();
        QVERIFY(all.size() > 3);
        for (const TrunkPurpose &p : all) {
            QCOMPARE(TrunkPurpose::fromKey(p.key()), std::optional<TrunkPurpose>(p));
            QVERIFY(!p.title().isEmpty());
        }
        QVERIFY(!TrunkPurpose::fromKey(QStringLiteral("nonsense")));
        QVERIFY(!TrunkPurpose::fromKey(QStringLiteral("both:elevenlabs")));
    }

    void rememberedPerProfileAndTrunk() {
        const TrunkSid sid(QStringLiteral("trmum1abc"));
        const TrunkSid other(QStringLiteral("trmum2def"));
        const TrunkPurpose purpose{UseCase::VoiceAiInbound, VoiceAiProvider::LiveKit};
        QVERIFY(!PurposeMemory::remembered(QStringLiteral("acme"), sid));
        PurposeMemory::remember(QStringLiteral("acme"), sid, purpose);
        QCOMPARE(PurposeMemory::remembered(QStringLiteral("acme"), sid),
                 std::optional<TrunkPurpose>(purpose));
        QVERIFY(!PurposeMemory::remembered(QStringLiteral("acme"), other));
        QVERIFY(!PurposeMemory::remembered(QStringLiteral("globex"), sid));
        // A profile id cannot reach another profile's group.
        QVERIFY(!PurposeMemory::remembered(QStringLiteral("acme/trmum1abc"), sid));
        PurposeMemory::forget(QStringLiteral("acme"), sid);
        QVERIFY(!PurposeMemory::remembered(QStringLiteral("acme"), sid));
    }

    // A volatile profile (sandbox, environment) keeps the purpose in memory only.
    void volatileProfileWritesNothing() {
        const QString profile = QStringLiteral("volatile-readiness");
        ProfileRecords::setVolatile(profile);
        const TrunkSid sid(QStringLiteral("trmum1abc"));
        PurposeMemory::remember(profile, sid, {UseCase::OutboundPstn, VoiceAiProvider::None});
        QCOMPARE(PurposeMemory::remembered(profile, sid)->useCase, UseCase::OutboundPstn);
        const QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(profile), qPrintable(key));
        ProfileRecords::forgetVolatile(profile);
    }

    // The list's Readiness column shows what was recorded for a trunk and nothing else: "Not
    // checked" until then, the verdict with its findings as tooltip afterwards; it sorts by it,
    // forgets a removed trunk and starts over for another account.
    void trunkListReadinessColumn() {
        TrunkListModel model;
        TrunkFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto trunk = [](const char *sid, const char *name) {
            Trunk t;
            t.sid = TrunkSid(QString::fromLatin1(sid));
            t.name = QString::fromLatin1(name);
            t.status = QStringLiteral("active");
            return t;
        };
        const Trunk blocked = trunk("trmum1blocked", "blocked");
        const Trunk fine = trunk("trmum1fine", "fine");
        const Trunk partial = trunk("trmum1partial", "partial");
        const Trunk unseen = trunk("trmum1unseen", "unseen");
        for (const Trunk &t : {blocked, fine, partial, unseen})
            model.addOrUpdateTrunk(t);
        QCOMPARE(model.headerData(TrunkListModel::ReadinessColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Readiness"));
        const auto cell = [&model](const Trunk &t, int role) {
            return model.index(model.rowOfTrunk(t.sid), TrunkListModel::ReadinessColumn).data(role);
        };
        for (const Trunk &t : {blocked, fine, partial, unseen}) {
            QCOMPARE(cell(t, Qt::DisplayRole).toString(), QStringLiteral("Not checked"));
            QCOMPARE(cell(t, TrunkListModel::ReadinessRole).toInt(),
                     int(ReadinessCache::Verdict::NotChecked));
        }

        // An empty, inactive trunk: what evaluateReadiness finds is what the cell shows.
        TrunkConfiguration empty;
        Trunk inactive = blocked;
        inactive.status = QStringLiteral("inactive");
        empty.trunk = inactive;
        model.addOrUpdateTrunk(inactive); // as the list showed it then
        empty.numbers = QList<PhoneNumber>{};
        empty.whitelistedIps = QList<WhitelistedIp>{};
        empty.destinations = QList<DestinationUri>{};
        empty.credentials = QList<Credential>{};
        const TrunkPurpose both{UseCase::BothDirections, VoiceAiProvider::None};
        ReadinessSnapshot bad;
        bad.sid = blocked.sid;
        bad.purpose = both;
        bad.config = empty;
        bad.findings = evaluateReadiness(empty, both);
        bad.complete = true;
        bad.checkedAt = QDateTime::currentDateTime();
        const int problems = int(
            std::count_if(bad.findings.cbegin(), bad.findings.cend(),
                          [](const ReadinessFinding &f) { return f.severity != Severity::Note; }));
        QVERIFY(problems >= 4);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.readiness()->record(bad);
        QCOMPARE(changed.size(), 1);
        const int row = model.rowOfTrunk(blocked.sid);
        QCOMPARE(changed.at(0).at(0).toModelIndex(),
                 model.index(row, TrunkListModel::ReadinessColumn));
        // "%n problem(s)" reads "5 problems" once the English plural forms are compiled in.
        const QString problemsText = ReadinessCache::tr("%n problem(s)", nullptr, problems);
        QVERIFY(problemsText.startsWith(QString::number(problems) + QLatin1Char(' ')));
        QCOMPARE(cell(blocked, Qt::DisplayRole).toString(), problemsText);
        QCOMPARE(cell(blocked, TrunkListModel::ReadinessRole).toInt(),
                 int(ReadinessCache::Verdict::Blocked));
        const QString tip = cell(blocked, Qt::ToolTipRole).toString();
        for (const ReadinessFinding &f : std::as_const(bad.findings))
            QVERIFY2(tip.contains(f.reason) && tip.contains(f.docSection), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Blocks calls")));
        QVERIFY(cell(blocked, Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Readiness: ") + problemsText));
        // The same findings again change nothing.
        model.readiness()->record(bad);
        QCOMPARE(changed.size(), 1);
        // The list reads the trunk again, now active: one problem fewer, from the same sections;
        // the same status again changes nothing.
        model.addOrUpdateTrunk(blocked);
        QCOMPARE(cell(blocked, Qt::DisplayRole).toString(),
                 ReadinessCache::tr("%n problem(s)", nullptr, problems - 1));
        QVERIFY(!cell(blocked, Qt::ToolTipRole).toString().contains(QStringLiteral("not active")));
        const int afterActive = int(changed.size());
        model.addOrUpdateTrunk(blocked);
        QCOMPARE(int(changed.size()), afterActive);

        ReadinessSnapshot good;
        good.sid = fine.sid;
        good.purpose = both;
        good.findings = evaluateReadiness(ready(), both);
        good.complete = true;
        good.checkedAt = QDateTime::currentDateTime();
        model.readiness()->record(good);
        QCOMPARE(cell(fine, Qt::DisplayRole).toString(), QStringLiteral("Ready"));
        QCOMPARE(cell(fine, TrunkListModel::ReadinessRole).toInt(),
                 int(ReadinessCache::Verdict::Ready));

        // Nothing found in the sections that loaded is no verdict: the tooltip says what failed.
        ReadinessSnapshot half = good;
        half.sid = partial.sid;
        half.complete = false;
        half.notLoaded = QStringList{QStringLiteral("Credentials")};
        model.readiness()->record(half);
        QCOMPARE(cell(partial, Qt::DisplayRole).toString(), QStringLiteral("Not checked"));
        QVERIFY(cell(partial, Qt::ToolTipRole).toString().contains(QStringLiteral("Credentials")));

        // Sorted: ready, not checked, then by the number of problems.
        proxy.sort(TrunkListModel::ReadinessColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("fine"));
        QCOMPARE(proxy.index(3, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("blocked"));
        proxy.sort(TrunkListModel::ReadinessColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TrunkListModel::NameRole).toString(),
                 QStringLiteral("blocked"));

        model.removeTrunk(blocked.sid);
        QVERIFY(!model.readiness()->snapshot(blocked.sid));
        model.setClient(nullptr, nullptr); // another account
        QCOMPARE(model.readiness()->size(), 0);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
