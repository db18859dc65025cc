// The SIP troubleshooter's table, entry by entry (each citing its documentation section), and
// the checks it makes on one trunk: a 403 with the PBX's IP inside and outside the whitelist,
// a 401 with a known and an unknown user name, a 404 for a mapped and an unmapped number, a 484,
// the probe for timeouts, and what it says when a section is not loaded or input is missing.
#include "diagnostics/troubleshooter.h"

#include <QSet>
#include <QtTest>

using namespace exotrunk;
using Outcome = TroubleCheckResult::Outcome;

Q_DECLARE_METATYPE(exotrunk::TroubleCheckResult::Outcome)
Q_DECLARE_METATYPE(exotrunk::CallDirection)

namespace {

TrunkConfiguration configured() {
    TrunkConfiguration c;
    WhitelistedIp range;
    range.ip = QStringLiteral("203.0.113.0");
    range.mask = 24;
    c.whitelistedIps = QList<WhitelistedIp>{range};
    Credential credential;
    credential.userName = QStringLiteral("pbx_user");
    c.credentials = QList<Credential>{credential};
    PhoneNumber number;
    number.number = QStringLiteral("+918047000001");
    c.numbers = QList<PhoneNumber>{number};
    return c;
}

TroubleCheckResult onlyCheck(const QString &code, const TroubleInput &input,
                             const TrunkConfiguration &config = configured()) {
    const auto entry = findTroubleEntry(code);
    if (!entry)
        return {Outcome::Manual, QStringLiteral("no entry for ") + code};
    const TroubleDiagnosis d = diagnose(*entry, input, config);
    if (d.checks.size() != 1)
        return {Outcome::Manual, QStringLiteral("expected one check")};
    return d.checks.first();
}

} // namespace

class TestTroubleshooter : public QObject {
    Q_OBJECT

private slots:
    // Section 16's table: every client, server and global failure code it lists has an entry,
    // and every entry has its texts and cites a section of 16 or 15.1.
    void everyDocumentedCodeHasAnEntry() {
        const QList<int> documented = {183, 200, 400, 401, 403, 404, 408, 410, 415, 480, 484,
                                       486, 488, 500, 502, 503, 504, 580, 600, 603, 604, 606};
        for (int code : documented) {
            const auto entry = findTroubleEntry(QString::number(code));
            QVERIFY2(entry, qPrintable(QString::number(code)));
            QCOMPARE(entry->sipCode, code);
        }
        QSet<QString> ids;
        for (const TroubleEntry &entry : troubleEntries()) {
            const QString id = QString::fromLatin1(entry.id);
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY(qstrlen(entry.title) > 0);
            QVERIFY(qstrlen(entry.cause) > 0);
            QVERIFY(qstrlen(entry.whatToCheck) > 0);
            const QString section = QString::fromUtf8(entry.docSection);
            QVERIFY2(section.startsWith(QStringLiteral("§16")) ||
                         section.startsWith(QStringLiteral("§15.1")),
                     qPrintable(id + QLatin1Char(' ') + section));
        }
    }

    void findsCodesAndSymptoms() {
        QCOMPARE(findTroubleEntry(QStringLiteral(" 403 "))->check, TroubleCheck::IpWhitelisted);
        QCOMPARE(QString::fromLatin1(findTroubleEntry(QStringLiteral("symptom.one_way_audio"))->id),
                 QStringLiteral("symptom.one_way_audio"));
        QVERIFY(!findTroubleEntry(QStringLiteral("499"))); // not in the table: not guessed
        QVERIFY(!findTroubleEntry(QStringLiteral("0")));   // symptoms have no code
        QVERIFY(!findTroubleEntry(QStringLiteral("forbidden")));
    }

    void diagnosisNamesCauseSectionAndSender() {
        TroubleInput input;
        const TroubleDiagnosis out =
            diagnose(*findTroubleEntry(QStringLiteral("403")), input, configured());
        QCOMPARE(out.title, QStringLiteral("403 Forbidden"));
        QCOMPARE(out.cause, QStringLiteral("The sending IP address is not allowed."));
        QCOMPARE(out.docSection, QStringLiteral("§16.3"));
        QVERIFY(out.whoAnswered.contains(QStringLiteral("Exotel answered the PBX")));
        input.direction = CallDirection::Inbound;
        const TroubleDiagnosis in =
            diagnose(*findTroubleEntry(QStringLiteral("403")), input, configured());
        QVERIFY(in.whoAnswered.contains(QStringLiteral("the PBX")));
        QVERIFY(in.whoAnswered != out.whoAnswered);
        const TroubleDiagnosis symptom = diagnose(
            *findTroubleEntry(QStringLiteral("symptom.drops_30_60s")), input, configured());
        QVERIFY(symptom.whoAnswered.isEmpty());
        QVERIFY(symptom.whatToCheck.contains(QStringLiteral("180 seconds")));
    }

    void checks_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<CallDirection>("direction");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("number");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("mentions");
        const auto out = CallDirection::Outbound;
        QTest::newRow("403 IP inside the /24") << "403" << out << "203.0.113.77"
                                               << ""
                                               << "" << Outcome::Passed << "203.0.113.0/24";
        QTest::newRow("403 IP outside") << "403" << out << "198.51.100.7"
                                        << ""
                                        << "" << Outcome::Failed << "198.51.100.7";
        QTest::newRow("403 no IP typed") << "403" << out << ""
                                         << ""
                                         << "" << Outcome::NeedsInput << "public IP";
        QTest::newRow("403 not an IP") << "403" << out << "pbx.example"
                                       << ""
                                       << "" << Outcome::NeedsInput << "pbx.example";
        QTest::newRow("403 inbound: the PBX refused")
            << "403" << CallDirection::Inbound << "198.51.100.7"
            << ""
            << "" << Outcome::Manual << "signalling IPs";
        QTest::newRow("401 known user") << "401" << out << ""
                                        << "pbx_user"
                                        << "" << Outcome::Passed << "pbx_user";
        QTest::newRow("401 user differs in case") << "401" << out << ""
                                                  << "PBX_user"
                                                  << "" << Outcome::Failed << "case-sensitive";
        QTest::newRow("404 mapped") << "404" << out << ""
                                    << ""
                                    << "+918047000001" << Outcome::Passed << "mapped to this trunk";
        QTest::newRow("404 elsewhere: ask the account")
            << "404" << out << ""
            << ""
            << "+918047000002" << Outcome::AskAccount << "which trunk";
        QTest::newRow("404 not E.164") << "404" << out << ""
                                       << ""
                                       << "08047000001" << Outcome::Failed << "E.164";
        QTest::newRow("484 valid") << "484" << out << ""
                                   << ""
                                   << "+918047000001" << Outcome::Passed << "valid E.164";
        QTest::newRow("484 spaces") << "484" << out << ""
                                    << ""
                                    << "+91 80470 00001" << Outcome::Failed << "without spaces";
        QTest::newRow("408 probe") << "408" << out << ""
                                   << ""
                                   << "" << Outcome::RunProbe << "OPTIONS";
        QTest::newRow("503 probe") << "503" << out << ""
                                   << ""
                                   << "" << Outcome::RunProbe << "from this computer";
        QTest::newRow("488 codec") << "488" << out << ""
                                   << ""
                                   << "" << Outcome::Manual << "G.711 A-law";
        QTest::newRow("one-way audio") << "symptom.one_way_audio" << out << ""
                                       << ""
                                       << "" << Outcome::Manual << "SIP ALG off";
    }
    void checks() {
        QFETCH(QString, code);
        QFETCH(CallDirection, direction);
        QFETCH(QString, ip);
        QFETCH(QString, user);
        QFETCH(QString, number);
        QFETCH(Outcome, outcome);
        QFETCH(QString, mentions);
        const TroubleCheckResult r = onlyCheck(code, {direction, ip, user, number});
        QVERIFY2(r.sentence.contains(mentions), qPrintable(r.sentence));
        QCOMPARE(r.outcome, outcome);
    }

    // A section that is not loaded concludes nothing: never "not whitelisted" from a failed load.
    void unloadedSectionsConcludeNothing() {
        const TrunkConfiguration empty;
        QCOMPARE(onlyCheck(QStringLiteral("403"),
                           {CallDirection::Outbound, QStringLiteral("198.51.100.7"), {}, {}}, empty)
                     .outcome,
                 Outcome::NotLoaded);
        QCOMPARE(onlyCheck(QStringLiteral("401"),
                           {CallDirection::Outbound, {}, QStringLiteral("pbx_user"), {}}, empty)
                     .outcome,
                 Outcome::NotLoaded);
        QCOMPARE(onlyCheck(QStringLiteral("404"),
                           {CallDirection::Outbound, {}, {}, QStringLiteral("+918047000001")},
                           empty)
                     .outcome,
                 Outcome::NotLoaded);
    }

    void codesWithoutChecksSayNoMore() {
        const TroubleDiagnosis d =
            diagnose(*findTroubleEntry(QStringLiteral("486")), TroubleInput{}, configured());
        QVERIFY(d.checks.isEmpty());
        QCOMPARE(d.whatToCheck, QStringLiteral("Normal behaviour."));
    }
};

QTEST_GUILESS_MAIN(TestTroubleshooter)
#include "tst_troubleshooter.moc"
