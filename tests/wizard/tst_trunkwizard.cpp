#include "api/exotelclient.h"
#include "editing/secretclipboard.h"
#include "sandboxfixture.h"
#include "waiting.h"
#include "wizard/trunkwizard.h"
#include "workflows/provisioningjournal.h"
#include "workflows/trunkwizardcontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>
#include <optional>

using namespace exotrunk;

namespace {

using testing::sync;

} // namespace

class TestTrunkWizard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ExotelClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<ProvisioningJournal> m_journal;
    TrunkWizard *m_wizard = nullptr;
    QString m_shotPrefix;

    template <typename T> T *child(const char *name) {
        T *w = m_wizard->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    // Saves the current page when EXOTRUNK_SCREENSHOT_DIR is set (see the README).
    void shoot(const QString &page) {
        const QString dir = qEnvironmentVariable("EXOTRUNK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50);
        m_wizard->grab().save(QDir(dir).filePath(m_shotPrefix + page + QStringLiteral(".png")));
    }

    void clickNext() {
        QPushButton *next = qobject_cast<QPushButton *>(m_wizard->button(QWizard::NextButton));
        QVERIFY(next);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    void type(const char *name, const QString &text) {
        QLineEdit *e = child<QLineEdit>(name);
        QVERIFY(e);
        e->clear();
        QTest::keyClicks(e, text);
        QCOMPARE(e->text(), text);
    }

    std::unique_ptr<TrunkWizard> makeWizard() {
        ProvisioningContext context;
        context.profileId = QStringLiteral("gui-profile");
        context.accountSid = m_client->config().accountSid;
        context.existingTrunkNames = {QStringLiteral("taken_name")};
        context.knownNumbers = {QStringLiteral("+918047100042")};
        auto wizard = std::make_unique<TrunkWizard>(m_client.get(), m_journal.get(), context);
        m_wizard = wizard.get();
        wizard->resize(820, 640);
        wizard->show();
        return wizard;
    }

    // What the secret clipboard puts there carries the password managers' hint and is taken off
    // again after a while; an ordinary copy is neither.
    static bool copiedAsSecret() {
        const QMimeData *data = QApplication::clipboard()->mimeData(QClipboard::Clipboard);
        return data && data->data(SecretClipboard::passwordManagerHintFormat()) == "secret" &&
               SecretClipboard::instance()->isHoldingSecret();
    }

    // Pages 6–8, common to every walk: review, create, wait, hand-off.
    void reviewCreateAndFinish(const QString &trunkName, int expectedCalls) {
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::ReviewPage));
        QPlainTextEdit *review = child<QPlainTextEdit>("reviewText");
        QVERIFY(review);
        const QString calls = review->toPlainText();
        QVERIFY(calls.contains(
            QStringLiteral("POST /v2/accounts/%1/trunks\n").arg(m_client->config().accountSid)));
        QVERIFY(calls.contains(trunkName));
        // Every walk of this suite makes a credential: its password is masked in the review
        // and shown in the hand-off only on request.
        QVERIFY(m_wizard->controller()->request().credential);
        const QString password = m_wizard->controller()->request().credential->password;
        QVERIFY(!password.isEmpty());
        QVERIFY(!calls.contains(password));
        QVERIFY(calls.contains(QStringLiteral("••••••••")));
        shoot(QStringLiteral("6-review"));

        const int before = m_server->trunkCount();
        QSignalSpy finished(m_wizard, &TrunkWizard::provisioningFinished);
        QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
        QCOMPARE(commit->objectName(), QStringLiteral("commitButton"));
        QVERIFY(commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::ProgressPage));
        QVERIFY(finished.wait(15000) || finished.count() == 1);
        QTreeWidget *progress = child<QTreeWidget>("progressList");
        QVERIFY(progress);
        QCOMPARE(progress->topLevelItemCount(), expectedCalls);
        for (int i = 0; i < progress->topLevelItemCount(); ++i)
            QCOMPARE(progress->topLevelItem(i)->text(1), QStringLiteral("Done"));
        QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        shoot(QStringLiteral("7-progress"));
        QCOMPARE(m_server->trunkCount(), before + 1);

        clickNext();
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::DonePage));
        const QString sid = m_wizard->controller()->engine()->plan().trunkSid.value();
        QVERIFY(!sid.isEmpty());
        // The headline names the trunk by name and SID, as every message does.
        QCOMPARE(child<QLabel>("doneHeadline")->text(),
                 QStringLiteral("Trunk %1 (%2) is ready.").arg(trunkName, sid));
        QPlainTextEdit *handOff = child<QPlainTextEdit>("handOffText");
        QVERIFY(handOff);
        QVERIFY(handOff->toPlainText().contains(QStringLiteral("sip:") + sid));
        QVERIFY(handOff->toPlainText().contains(QStringLiteral("in.voip.exotel.com")));
        QVERIFY(!handOff->toPlainText().contains(password));
        QCheckBox *show = child<QCheckBox>("showPasswordCheck");
        QVERIFY(show);
        show->click();
        QVERIFY(handOff->toPlainText().contains(password));
        show->click();
        QPushButton *copy = child<QPushButton>("copyHandOffButton");
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), handOff->toPlainText());
        QVERIFY(!copiedAsSecret()); // no password in it: an ordinary copy
        if (!password.isEmpty()) {
            child<QCheckBox>("showPasswordCheck")->click();
            QTest::mouseClick(copy, Qt::LeftButton);
            QVERIFY(QApplication::clipboard()->text().contains(password));
            QVERIFY(copiedAsSecret());
            child<QCheckBox>("showPasswordCheck")->click();
        }
        QVERIFY(child<QPushButton>("saveHandOffButton"));
        shoot(QStringLiteral("8-done"));
        QVERIFY(m_journal->unfinishedPlans(QStringLiteral("gui-profile")).isEmpty());
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.seedDemoData = false;
        m_server = testing::startSandbox(options);
        QVERIFY(m_server);
        m_client = std::make_unique<ExotelClient>(testing::clientConfigFor(*m_server));
        m_journal = std::make_unique<ProvisioningJournal>(m_dir.filePath(QStringLiteral("j.ini")));
    }

    void bothDirectionsEndToEnd() {
        m_shotPrefix = QStringLiteral("both-");
        auto wizard = makeWizard();
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::UseCasePage));

        // 1. Use case
        QRadioButton *both = child<QRadioButton>("useCaseBothRadio");
        QVERIFY(both);
        both->click();
        QVERIFY(both->isChecked());
        QVERIFY(!child<QComboBox>("providerCombo")->isEnabled());
        shoot(QStringLiteral("1-usecase"));
        clickNext();

        // 2. Trunk: a taken name blocks Next
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::TrunkPage));
        QVERIFY(
            child<QLineEdit>("domainEdit")->text().endsWith(QStringLiteral(".pstn.exotel.com")));
        QVERIFY(child<QLineEdit>("domainEdit")->isReadOnly());
        type("trunkNameEdit", QStringLiteral("taken_name"));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(
            child<QLabel>("trunkNameMessage")->text().contains(QStringLiteral("already exists")));
        type("trunkNameEdit", QStringLiteral("gui_both"));
        type("aliasEdit",
             QStringLiteral("+91804710")); // too short to be a real number? still E.164
        type("aliasEdit", QStringLiteral("91804"));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        type("aliasEdit", QStringLiteral("+918047100009"));
        shoot(QStringLiteral("2-trunk"));
        clickNext();

        // 3. Number
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::NumberPage));
        QVERIFY(child<QLabel>("modeValueLabel")->text().contains(QStringLiteral("pstn")));
        QVERIFY(!child<QLabel>("modeReasonLabel")->text().isEmpty());
        type("exophoneEdit", QStringLiteral("12345"));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        type("exophoneEdit", QStringLiteral("+918047100009"));
        shoot(QStringLiteral("3-number"));
        clickNext();

        // 4. Authentication: whitelist is preselected for "both"; add digest too
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::AuthPage));
        QCheckBox *whitelist = child<QCheckBox>("whitelistCheck");
        QCheckBox *credential = child<QCheckBox>("credentialCheck");
        QVERIFY(whitelist && credential);
        QVERIFY(whitelist->isChecked());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // no IP yet
        type("whitelistIpEdit", QStringLiteral("203.0.113.20"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        child<QSpinBox>("whitelistMaskSpin")->setValue(24);
        QVERIFY(child<QLabel>("whitelistIpMessage")->isVisible()); // mask below 32
        child<QSpinBox>("whitelistMaskSpin")->setValue(32);
        credential->click();
        QVERIFY(credential->isChecked());
        QVERIFY(child<QLabel>("authWarningsLabel")->text().contains(QStringLiteral("Mixing")));
        QVERIFY(validate::password(child<QLineEdit>("passwordEdit")->text()).isAcceptable());
        const QString firstPassword = child<QLineEdit>("passwordEdit")->text();
        QTest::mouseClick(child<QPushButton>("generatePasswordButton"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>("passwordEdit")->text() != firstPassword);
        QTest::mouseClick(child<QPushButton>("copyPasswordButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), child<QLineEdit>("passwordEdit")->text());
        QVERIFY(copiedAsSecret()); // the secret clipboard: hinted, cleared later
        shoot(QStringLiteral("4-auth"));
        clickNext();

        // 5. Destination: an IP outside the whitelist is added automatically
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::DestinationPage));
        QComboBox *transport = child<QComboBox>("destinationTransportCombo");
        QSpinBox *port = child<QSpinBox>("destinationPortSpin");
        // The shared destination editor: TLS, TCP and UDP, as on the Create form.
        QCOMPARE(transport->count(), 3);
        transport->setCurrentIndex(transport->findData(int(Transport::Udp)));
        QCOMPARE(port->value(), 5060);
        transport->setCurrentIndex(transport->findText(QStringLiteral("TCP")));
        QCOMPARE(port->value(), 5060);
        transport->setCurrentIndex(0); // TLS
        QCOMPARE(port->value(), 5061);
        type("destinationHostEdit", QStringLiteral("198.51.100.30"));
        QVERIFY(
            child<QLabel>("autoWhitelistNote")->text().contains(QStringLiteral("automatically")));
        shoot(QStringLiteral("5-destination"));
        clickNext();

        // trunk, number, 2 whitelist entries, destination, credential, alias
        reviewCreateAndFinish(QStringLiteral("gui_both"), 7);

        const TrunkSid sid = m_wizard->controller()->engine()->plan().trunkSid;
        auto ips = sync<QList<WhitelistedIp>>(
            [&](QObject *c, auto cb) { m_client->listWhitelistedIps(sid, c, cb); });
        QVERIFY(ips && ips->isOk());
        QStringList cidrs;
        for (const WhitelistedIp &w : ips->value())
            cidrs << w.cidr();
        cidrs.sort();
        QCOMPARE(cidrs, (QStringList{QStringLiteral("198.51.100.30/32"),
                                     QStringLiteral("203.0.113.20/32")}));
        auto dests = sync<QList<DestinationUri>>(
            [&](QObject *c, auto cb) { m_client->listDestinationUris(sid, c, cb); });
        QVERIFY(dests && dests->isOk());
        QCOMPARE(dests->value().size(), 1);
        QCOMPARE(dests->value().first().host(), QStringLiteral("198.51.100.30"));
        QCOMPARE(dests->value().first().transport(), Transport::Tls);
    }

    void voiceAiOutboundEndToEnd() {
        m_shotPrefix = QStringLiteral("voiceai-");
        auto wizard = makeWizard();
        QRadioButton *voice = child<QRadioButton>("useCaseVoiceAiOutboundRadio");
        voice->click();
        QComboBox *provider = child<QComboBox>("providerCombo");
        QVERIFY(provider->isEnabled());
        provider->setCurrentIndex(provider->findText(QStringLiteral("Retell")));
        QVERIFY(
            child<QLabel>("presetNoteLabel")->text().contains(QStringLiteral("sip.retellai.com")));
        QVERIFY(child<QLabel>("presetNoteLabel")->text().contains(QStringLiteral("onfirm")));
        provider->setCurrentIndex(provider->findText(QStringLiteral("ElevenLabs")));
        shoot(QStringLiteral("1-usecase"));
        clickNext();

        type("trunkNameEdit", QStringLiteral("gui_voice"));
        clickNext();
        QVERIFY(child<QLabel>("modeValueLabel")->text().contains(QStringLiteral("flow")));
        type("exophoneEdit", QStringLiteral("+918047100077"));
        clickNext();

        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::AuthPage));
        QVERIFY(child<QCheckBox>("credentialCheck")->isChecked());
        QVERIFY(!child<QCheckBox>("whitelistCheck")->isChecked());
        QCOMPARE(child<QLineEdit>("friendlyNameEdit")->text(), QStringLiteral("elevenlabs"));
        // Voice AI needs digest credentials: unticking blocks Next with the reason.
        child<QCheckBox>("credentialCheck")->click();
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>("authWarningsLabel")->text().contains(QStringLiteral("digest")));
        child<QCheckBox>("credentialCheck")->click();
        const QString userName = child<QLineEdit>("userNameEdit")->text();
        clickNext();

        // 5. Destination: Exotel's reference wants one on every trunk; the Voice-AI guides
        // leave it out of outbound. Offered, ticked, filled from the preset, and explained.
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::DestinationPage));
        QCheckBox *include = child<QCheckBox>("includeDestinationCheck");
        QVERIFY(include && include->isVisible() && include->isChecked());
        QLabel *advice = child<QLabel>("destinationAdviceLabel");
        QVERIFY(advice->isVisible());
        QVERIFY(advice->text().contains(QStringLiteral("mandatory")));
        QVERIFY(advice->text().contains(QStringLiteral("Voice AI guides")));
        QCOMPARE(child<QLineEdit>("destinationHostEdit")->text(),
                 QStringLiteral("sip.rtc.elevenlabs.io"));
        QCOMPARE(child<QSpinBox>("destinationPortSpin")->value(), 5060);
        QCOMPARE(child<QComboBox>("destinationTransportCombo")->currentData().toInt(),
                 int(Transport::Tcp));
        // Left out, the review says why that may be wrong; ticked again, it is back.
        include->click();
        QVERIFY(!child<QLineEdit>("destinationHostEdit")->isEnabled());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(m_wizard->controller()->request().destinations.isEmpty());
        QCOMPARE(m_wizard->controller()->previewPlan().indexOf(QStringLiteral("destinations")), -1);
        include->click();
        QCOMPARE(m_wizard->controller()->request().destinations.size(), 1);
        shoot(QStringLiteral("5-destination"));
        clickNext();

        // trunk, number, destination, credential
        reviewCreateAndFinish(QStringLiteral("gui_voice"), 4);

        const TrunkSid sid = m_wizard->controller()->engine()->plan().trunkSid;
        auto numbers = sync<QList<PhoneNumber>>(
            [&](QObject *c, auto cb) { m_client->listPhoneNumbers(sid, c, cb); });
        QVERIFY(numbers && numbers->isOk());
        QCOMPARE(numbers->value().size(), 1);
        QCOMPARE(numbers->value().first().number, QStringLiteral("+918047100077"));
        QCOMPARE(numbers->value().first().mode, NumberMode::Flow);
        auto creds = sync<QList<Credential>>(
            [&](QObject *c, auto cb) { m_client->listCredentials(sid, c, cb); });
        QVERIFY(creds && creds->isOk());
        QCOMPARE(creds->value().size(), 1);
        QCOMPARE(creds->value().first().userName, userName);
        auto dests = sync<QList<DestinationUri>>(
            [&](QObject *c, auto cb) { m_client->listDestinationUris(sid, c, cb); });
        QVERIFY(dests && dests->isOk());
        QCOMPARE(dests->value().size(), 1);
        QCOMPARE(dests->value().first().host(), QStringLiteral("sip.rtc.elevenlabs.io"));
        QCOMPARE(dests->value().first().transport(), Transport::Tcp);
    }

    // Outbound to PSTN may leave the destination out on purpose: the review warns, the plan
    // has no destination call.
    void outboundWithoutDestinationWarns() {
        auto wizard = makeWizard();
        child<QRadioButton>("useCaseOutboundRadio")->click();
        clickNext();
        type("trunkNameEdit", QStringLiteral("gui_out"));
        clickNext();
        type("exophoneEdit", QStringLiteral("+918047100078"));
        clickNext();
        type("whitelistIpEdit", QStringLiteral("203.0.113.21"));
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::DestinationPage));
        QCheckBox *include = child<QCheckBox>("includeDestinationCheck");
        QVERIFY(include->isVisible() && include->isChecked());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // no host yet
        include->click();
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(TrunkWizard::ReviewPage));
        QVERIFY(child<QLabel>("reviewWarningsLabel")->text().contains(QStringLiteral("mandatory")));
        QVERIFY(!child<QPlainTextEdit>("reviewText")
                     ->toPlainText()
                     .contains(QStringLiteral("destination-uris")));
        QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
    }
};

QTEST_MAIN(TestTrunkWizard)
#include "tst_trunkwizard.moc"
