// Every edit action of the trunk details page, through TrunkEditActions and its dialogs,
// against the sandbox over HTTP.
#include "editing/adddestinationsdialog.h"
#include "editing/secretclipboard.h"
#include "editing/trunkeditactions.h"
#include "editingtestkit.h"
#include "workflows/aliashistory.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

using namespace exotrunk;
using namespace exotrunk::testing;
using Section = TrunkEditActions::Section;

class TestEditActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void unsupportedActionsAreVisibleButDisabled();
    void mapNumberValidatesAndMaps();
    void changeModeUsesTheMappingId();
    void allowIpWarnsAndAllows();
    void addDestinationsShowsPerRowResultsAndAllowsAndRetries();
    void setCallerIdRecordsTheAlias();
    void createCredentialShowsThePasswordOnce();
    void deleteCredentialNamesTheUserAndWarnsAbout401();
    void apiErrorKeepsTheDialogOpen();
    void passwordNeverReachesLogsOrSettings();

private:
    template <typename D = QDialog> D *trigger(QAction *action);
    QList<Section> sectionsChanged() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ExotelClient> m_client;
    TrunkSid m_trunk;
    std::unique_ptr<QWidget> m_page;
    TrunkEditActions *m_actions = nullptr;
    std::unique_ptr<QSignalSpy> m_sections;
    QStringList m_passwords;
    const QString m_profile = QStringLiteral("profile-edit");
};

void TestEditActions::initTestCase() {
    LogCapture::instance().install();
    QVERIFY(m_settingsDir.isValid());
    isolateSettings(m_settingsDir);
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<ExotelClient>(clientConfigFor(*m_server));
    const auto sid = createTrunk(*m_client, QStringLiteral("edit_tests"));
    QVERIFY(sid);
    m_trunk = *sid;
    m_page = std::make_unique<QWidget>();
    m_page->resize(900, 600);
    m_page->show();
    m_actions = new TrunkEditActions(m_client.get(), m_trunk, m_profile, m_page.get());
    m_sections = std::make_unique<QSignalSpy>(m_actions, &TrunkEditActions::sectionChanged);
}

void TestEditActions::cleanupTestCase() {
    m_sections.reset();
    m_page.reset();
    m_client.reset();
    m_server.reset();
}

template <typename D> D *TestEditActions::trigger(QAction *action) {
    QSignalSpy opened(m_actions, &TrunkEditActions::dialogOpened);
    action->trigger();
    if (opened.count() != 1)
        return nullptr;
    auto *dialog = qobject_cast<D *>(m_actions->currentDialog());
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QList<Section> TestEditActions::sectionsChanged() const {
    QList<Section> out;
    for (const QList<QVariant> &args : *m_sections)
        out << args.at(0).value<Section>();
    return out;
}

void TestEditActions::unsupportedActionsAreVisibleButDisabled() {
    // Renaming (tst_consolerename) and removing rows (tst_consoleremove) are actions; removals
    // wait for a selection and say so.
    QVERIFY(m_actions->renameTrunk()->isEnabled());
    for (QAction *action :
         {m_actions->removeNumber(), m_actions->removeIp(), m_actions->removeDestination()}) {
        QVERIFY2(action->isVisible(), qPrintable(action->objectName()));
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(action->toolTip().startsWith(QLatin1String("Select one or more")),
                 qPrintable(action->toolTip()));
        QSignalSpy opened(m_actions, &TrunkEditActions::dialogOpened);
        action->trigger();
        QCOMPARE(opened.count(), 0);
    }
    // Selection-bound actions wait for a selection.
    QVERIFY(!m_actions->changeMode()->isEnabled());
    QVERIFY(!m_actions->deleteCredential()->isEnabled());
    QVERIFY(!m_actions->finishRotation()->isEnabled());
    QVERIFY(m_actions->actionsFor(Section::PhoneNumbers).contains(m_actions->removeNumber()));
    QVERIFY(m_actions->actionsFor(Section::Trunk).contains(m_actions->renameTrunk()));
}

void TestEditActions::mapNumberValidatesAndMaps() {
    m_sections->clear();
    QPointer<QDialog> dialog = trigger(m_actions->mapNumber());
    QVERIFY(dialog);
    auto *number = child<QLineEdit>(dialog, "numberEdit");
    auto *validation = child<QLabel>(dialog, "numberValidation");
    auto *mode = child<QComboBox>(dialog, "modeCombo");
    auto *submit = child<QPushButton>(dialog, "submitButton");
    QVERIFY(number && validation && mode && submit);
    QVERIFY(!submit->isEnabled());
    QVERIFY(child<QLabel>(dialog, "modeExplanation")->text().contains(QLatin1String("Voice AI")));

    QTest::keyClicks(number, QStringLiteral("98765"));
    QVERIFY(validation->isVisible());
    QVERIFY(!validation->text().isEmpty());
    QVERIFY(!submit->isEnabled());

    number->clear();
    QTest::keyClicks(number, QStringLiteral("+919876500001"));
    QVERIFY(!validation->isVisible());
    QVERIFY(submit->isEnabled());
    mode->setCurrentIndex(mode->findData(int(NumberMode::Flow)));
    QTest::mouseClick(submit, Qt::LeftButton);

    QTRY_VERIFY(dialog.isNull()); // closes itself (and deletes) once the API said yes
    QCOMPARE(sectionsChanged(), QList<Section>{Section::PhoneNumbers});
    const auto listed = runCall<QList<PhoneNumber>>(
        [&](QObject *ctx, ExotelClient::Callback<QList<PhoneNumber>> done) {
            m_client->listPhoneNumbers(m_trunk, ctx, done);
        });
    QVERIFY(listed && listed->isOk());
    QCOMPARE(listed->value().size(), 1);
    QCOMPARE(listed->value().first().number, QStringLiteral("+919876500001"));
    QCOMPARE(listed->value().first().mode, NumberMode::Flow);
}

void TestEditActions::changeModeUsesTheMappingId() {
    const auto listed = runCall<QList<PhoneNumber>>(
        [&](QObject *ctx, ExotelClient::Callback<QList<PhoneNumber>> done) {
            m_client->listPhoneNumbers(m_trunk, ctx, done);
        });
    QVERIFY(listed && listed->isOk() && !listed->value().isEmpty());
    const PhoneNumber number = listed->value().first();
    QVERIFY(!m_actions->changeMode()->isEnabled());
    m_actions->setSelectedPhoneNumber(number);
    QVERIFY(m_actions->changeMode()->isEnabled());

    m_sections->clear();
    m_server->clearRequestLog();
    QPointer<QDialog> dialog = trigger(m_actions->changeMode());
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog, "mappingIdLabel")->text(), number.id.value());
    auto *mode = child<QComboBox>(dialog, "modeCombo");
    // The other mode is proposed; the current one cannot be submitted.
    QCOMPARE(NumberMode(mode->currentData().toInt()), NumberMode::Pstn);
    QVERIFY(child<QPushButton>(dialog, "submitButton")->isEnabled());
    mode->setCurrentIndex(mode->findData(int(NumberMode::Flow)));
    QVERIFY(!child<QPushButton>(dialog, "submitButton")->isEnabled());
    mode->setCurrentIndex(mode->findData(int(NumberMode::Pstn)));
    QVERIFY(click(dialog, "submitButton"));

    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(sectionsChanged(), QList<Section>{Section::PhoneNumbers});
    bool sawPut = false;
    for (const sandbox::LoggedRequest &r : m_server->requestLog()) {
        if (r.method == QLatin1String("PUT") &&
            r.path.contains(QStringLiteral("/phone-numbers/") + number.id.value()))
            sawPut = r.status == 200;
    }
    QVERIFY(sawPut);
    const auto after = runCall<QList<PhoneNumber>>(
        [&](QObject *ctx, ExotelClient::Callback<QList<PhoneNumber>> done) {
            m_client->listPhoneNumbers(m_trunk, ctx, done);
        });
    QVERIFY(after && after->isOk());
    QCOMPARE(after->value().first().mode, NumberMode::Pstn);
}

void TestEditActions::allowIpWarnsAndAllows() {
    m_sections->clear();
    // Dialogs name the trunk by name and SID once the name is known.
    m_actions->setTrunkName(QStringLiteral("edit_trunk"));
    QPointer<QDialog> dialog = trigger(m_actions->allowIp());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(),
             QStringLiteral("Allow IP on edit_trunk (%1)").arg(m_trunk.value()));
    auto *ip = child<QLineEdit>(dialog, "ipEdit");
    auto *mask = child<QSpinBox>(dialog, "maskSpin");
    auto *ipValidation = child<QLabel>(dialog, "ipValidation");
    auto *maskValidation = child<QLabel>(dialog, "maskValidation");
    auto *submit = child<QPushButton>(dialog, "submitButton");
    QVERIFY(ip && mask && ipValidation && maskValidation && submit);
    QCOMPARE(mask->value(), 32);
    QVERIFY(!maskValidation->isVisible());

    QTest::keyClicks(ip, QStringLiteral("300.1.1.1"));
    QVERIFY(ipValidation->isVisible());
    QVERIFY(!submit->isEnabled());

    ip->clear();
    QTest::keyClicks(ip, QStringLiteral("10.0.0.5")); // private: allowed, with a warning
    QVERIFY(ipValidation->isVisible());
    QVERIFY(ipValidation->text().startsWith(QLatin1String("Warning")));
    QVERIFY(submit->isEnabled());

    mask->setValue(24); // below /32: warned
    QVERIFY(maskValidation->isVisible());
    QVERIFY(maskValidation->text().startsWith(QLatin1String("Warning")));
    // Below 16 is refused as typed, never rewritten to 32 when the field loses focus.
    mask->setFocus();
    mask->selectAll();
    QTest::keyClicks(mask, QStringLiteral("8"));
    ip->setFocus();
    QCOMPARE(mask->text(), QStringLiteral("/8"));
    QVERIFY(maskValidation->text().contains(QLatin1String("between 16 and 32")));
    QVERIFY(!submit->isEnabled());

    ip->clear();
    QTest::keyClicks(ip, QStringLiteral("52.66.10.20")); // public: no warning
    mask->setValue(32);
    QVERIFY(!ipValidation->isVisible());
    QVERIFY(!maskValidation->isVisible());
    QTest::mouseClick(submit, Qt::LeftButton);

    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(sectionsChanged(), QList<Section>{Section::WhitelistedIps});
    const auto listed = runCall<QList<WhitelistedIp>>(
        [&](QObject *ctx, ExotelClient::Callback<QList<WhitelistedIp>> done) {
            m_client->listWhitelistedIps(m_trunk, ctx, done);
        });
    QVERIFY(listed && listed->isOk());
    QCOMPARE(listed->value().size(), 1);
    QCOMPARE(listed->value().first().cidr(), QStringLiteral("52.66.10.20/32"));
}

void TestEditActions::addDestinationsShowsPerRowResultsAndAllowsAndRetries() {
    m_sections->clear();
    m_server->clearRequestLog();
    QPointer<AddDestinationsDialog> dialog =
        trigger<AddDestinationsDialog>(m_actions->addDestinations());
    QVERIFY(dialog);
    QCOMPARE(dialog->rowCount(), 1);
    QTest::keyClicks(child<QLineEdit>(dialog, "destinationHostEdit_1"),
                     QStringLiteral("sip.example.com"));
    QCOMPARE(child<QSpinBox>(dialog, "destinationPortSpin_1")->value(), 5061);
    QVERIFY(click(dialog, "addDestinationButton"));
    QCOMPARE(dialog->rowCount(), 2);
    auto *transport1 = child<QComboBox>(dialog, "destinationTransportCombo_2");
    QVERIFY(transport1);
    transport1->setCurrentIndex(transport1->findData(int(Transport::Tcp)));
    QCOMPARE(child<QSpinBox>(dialog, "destinationPortSpin_2")->value(),
             5060); // follows the transport
    QTest::keyClicks(child<QLineEdit>(dialog, "destinationHostEdit_2"),
                     QStringLiteral("198.51.100.7"));
    // An IP row is warned about the allow-list before anything is sent.
    QVERIFY(child<QLabel>(dialog, "destinationMessage_2")->isVisible());
    QVERIFY(click(dialog, "submitButton"));

    QTRY_COMPARE(dialog->rowState(1), AddDestinationsDialog::RowState::Failed);
    QCOMPARE(dialog->rowState(0), AddDestinationsDialog::RowState::Added);
    QVERIFY(child<QLabel>(dialog, "destinationNote_1")->text().contains(QLatin1String("Added")));
    QVERIFY2(child<QLabel>(dialog, "destinationNote_2")
                 ->text()
                 .contains(QLatin1String("not whitelisted")),
             qPrintable(child<QLabel>(dialog, "destinationNote_2")->text()));
    QVERIFY(child<QPushButton>(dialog, "destinationActionButton_2")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "destinationActionButton_1")->isVisible());
    int multiStatus = 0;
    for (const sandbox::LoggedRequest &r : m_server->requestLog()) {
        if (r.method == QLatin1String("POST") && r.path.contains(QLatin1String("destination-uris")))
            multiStatus += r.status == 207;
    }
    QCOMPARE(multiStatus, 1); // one request, answered 207
    QCOMPARE(sectionsChanged(), QList<Section>{Section::DestinationUris});

    m_sections->clear();
    // The dialog stays busy until the call has finished, after its result was shown.
    QTRY_VERIFY(child<QPushButton>(dialog, "destinationActionButton_2")->isEnabled());
    QVERIFY(click(dialog, "destinationActionButton_2"));
    QTRY_COMPARE(dialog->rowState(1), AddDestinationsDialog::RowState::Added);
    QVERIFY(!child<QPushButton>(dialog, "destinationActionButton_2")->isVisible());
    QCOMPARE(sectionsChanged(),
             (QList<Section>{Section::WhitelistedIps, Section::DestinationUris}));
    // Nothing left to send: the dialog stays open to show the results until closed.
    QVERIFY(!child<QPushButton>(dialog, "submitButton")->isEnabled());

    const auto ips = runCall<QList<WhitelistedIp>>(
        [&](QObject *ctx, ExotelClient::Callback<QList<WhitelistedIp>> done) {
            m_client->listWhitelistedIps(m_trunk, ctx, done);
        });
    QVERIFY(ips && ips->isOk());
    QStringList cidrs;
    for (const WhitelistedIp &ip : ips->value())
        cidrs << ip.cidr();
    QVERIFY2(cidrs.contains(QStringLiteral("198.51.100.7/32")), qPrintable(cidrs.join(u' ')));
    const auto destinations = runCall<QList<DestinationUri>>(
        [&](QObject *ctx, ExotelClient::Callback<QList<DestinationUri>> done) {
            m_client->listDestinationUris(m_trunk, ctx, done);
        });
    QVERIFY(destinations && destinations->isOk());
    QStringList stored;
    for (const DestinationUri &d : destinations->value())
        stored << d.destination;
    QVERIFY2(stored.contains(QStringLiteral("sip:sip.example.com:5061;transport=tls")),
             qPrintable(stored.join(u' ')));
    QVERIFY2(stored.contains(QStringLiteral("sip:198.51.100.7:5060;transport=tcp")),
             qPrintable(stored.join(u' ')));
    QCOMPARE(stored.size(), 2);
    QVERIFY(click(dialog, "cancelButton"));
    QTRY_VERIFY(dialog.isNull());
}

void TestEditActions::setCallerIdRecordsTheAlias() {
    QVERIFY(!AliasHistory::last(m_profile, m_trunk));
    QVERIFY(m_actions->callerIdAliasText().contains(QLatin1String("cannot report")));
    m_sections->clear();
    m_server->clearRequestLog();
    QPointer<QDialog> dialog = trigger(m_actions->setCallerId());
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, "lastAliasLabel")->text().contains(QLatin1String("Not set")));
    QVERIFY(child<QLabel>(dialog, "aliasNote")
                ->text()
                .contains(QLatin1String("only what this console set")));
    auto *alias = child<QLineEdit>(dialog, "aliasEdit");
    QTest::keyClicks(alias, QStringLiteral("918047112233"));
    QVERIFY(!child<QPushButton>(dialog, "submitButton")->isEnabled());
    alias->clear();
    QTest::keyClicks(alias, QStringLiteral("+918047112233"));
    QVERIFY(click(dialog, "submitButton"));
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(sectionsChanged(), QList<Section>{Section::CallerId});

    bool sawSettings = false;
    for (const sandbox::LoggedRequest &r : m_server->requestLog())
        sawSettings |= r.method == QLatin1String("POST") &&
                       r.path.endsWith(QLatin1String("/settings")) && r.status == 200;
    QVERIFY(sawSettings);
    const auto last = AliasHistory::last(m_profile, m_trunk);
    QVERIFY(last);
    QCOMPARE(last->alias, QStringLiteral("+918047112233"));
    QVERIFY(last->setAt.isValid());
    // Per profile and trunk: another profile never saw it.
    QVERIFY(!AliasHistory::last(QStringLiteral("other-profile"), m_trunk));
    QVERIFY(m_actions->callerIdAliasText().contains(QLatin1String("+918047112233")));

    QPointer<QDialog> again = trigger(m_actions->setCallerId());
    QVERIFY(again);
    QVERIFY(
        child<QLabel>(again, "lastAliasLabel")->text().contains(QLatin1String("+918047112233")));
    QVERIFY(click(again, "cancelButton"));
    QTRY_VERIFY(again.isNull());
}

void TestEditActions::createCredentialShowsThePasswordOnce() {
    m_sections->clear();
    QPointer<QDialog> dialog = trigger(m_actions->createCredential());
    QVERIFY(dialog);
    auto *user = child<QLineEdit>(dialog, "userNameEdit");
    auto *friendly = child<QLineEdit>(dialog, "friendlyNameEdit");
    auto *password = child<QLineEdit>(dialog, "passwordEdit");
    auto *strength = child<QLabel>(dialog, "passwordStrength");
    auto *submit = child<QPushButton>(dialog, "submitButton");
    QVERIFY(user && friendly && password && strength && submit);
    QCOMPARE(friendly->maxLength(), 32);
    // Generated up front: long enough and within the policy.
    QVERIFY(password->text().size() >= 20);
    QVERIFY(validate::password(password->text()).isOk());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(strength->text().contains(QLatin1String("Strong")));
    QVERIFY(!submit->isEnabled()); // no user name yet

    QTest::keyClicks(user, QStringLiteral("pbx_main"));
    QTest::keyClicks(friendly, QStringLiteral("Main PBX"));
    QVERIFY(submit->isEnabled());
    password->clear();
    QTest::keyClicks(password, QStringLiteral("short1A")); // typed, too weak: refused
    QVERIFY(!submit->isEnabled());
    QVERIFY(!strength->text().isEmpty());
    QVERIFY(!strength->text().contains(QLatin1String("Strong")));
    QVERIFY(click(dialog, "generatePasswordButton"));
    QVERIFY(submit->isEnabled());
    const QString secret = password->text();
    m_passwords << secret;
    QTest::mouseClick(submit, Qt::LeftButton);

    auto *shown = child<QLineEdit>(dialog, "passwordValue");
    QVERIFY(shown);
    QTRY_VERIFY(shown->isVisible());
    QCOMPARE(shown->text(), secret);
    QVERIFY(shown->isReadOnly());
    QCOMPARE(child<QLabel>(dialog, "userNameValue")->text(), QStringLiteral("pbx_main"));
    QVERIFY(child<QLabel>(dialog, "onceNote")->text().contains(QLatin1String("shown only now")));
    QVERIFY(password->text().isEmpty()); // the form no longer holds it
    QCOMPARE(sectionsChanged(), QList<Section>{Section::Credentials});

    SecretClipboard::setClearDelay(std::chrono::milliseconds(60000));
    QVERIFY(click(dialog, "copyPasswordButton"));
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    QVERIFY(SecretClipboard::instance()->isHoldingSecret());
    QGuiApplication::clipboard()->clear();

    QVERIFY(click(dialog, "submitButton")); // "Done"
    QTRY_VERIFY(dialog.isNull());
    const auto created = credentialNamed(*m_client, m_trunk, QStringLiteral("pbx_main"));
    QVERIFY(created);
    QCOMPARE(created->friendlyName, QStringLiteral("Main PBX"));
}

void TestEditActions::deleteCredentialNamesTheUserAndWarnsAbout401() {
    const auto credential = credentialNamed(*m_client, m_trunk, QStringLiteral("pbx_main"));
    QVERIFY(credential);
    m_actions->setSelectedCredential(*credential);
    QVERIFY(m_actions->deleteCredential()->isEnabled());
    m_sections->clear();
    QPointer<QDialog> dialog = trigger(m_actions->deleteCredential());
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, "deleteQuestion")->text().contains(QLatin1String("pbx_main")));
    const QString warning = child<QLabel>(dialog, "deleteWarning")->text();
    QVERIFY(warning.contains(QLatin1String("pbx_main")));
    QVERIFY(warning.contains(QLatin1String("401")));
    auto *submit = child<QPushButton>(dialog, "submitButton");
    QVERIFY(submit->text().contains(QLatin1String("pbx_main")));
    QVERIFY(child<QPushButton>(dialog, "cancelButton")->isDefault());
    QVERIFY(!submit->isDefault());
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(sectionsChanged(), QList<Section>{Section::Credentials});
    QVERIFY(!credentialNamed(*m_client, m_trunk, QStringLiteral("pbx_main")));
    QVERIFY(!m_actions->deleteCredential()->isEnabled()); // the selection is gone with it
}

void TestEditActions::apiErrorKeepsTheDialogOpen() {
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::ServerError;
    fault.method = QStringLiteral("POST");
    fault.pathContains = QStringLiteral("phone-numbers");
    fault.status = 500;
    fault.times = 1;
    m_server->addFault(fault);
    m_sections->clear();
    QPointer<QDialog> dialog = trigger(m_actions->mapNumber());
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "numberEdit"), QStringLiteral("+919876500002"));
    QVERIFY(click(dialog, "submitButton"));
    auto *error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!dialog.isNull());
    QVERIFY(m_sections->isEmpty());
    QTRY_VERIFY(child<QPushButton>(dialog, "submitButton")->isEnabled()); // may be sent again
    QVERIFY(click(dialog, "submitButton"));
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(sectionsChanged(), QList<Section>{Section::PhoneNumbers});
    m_server->clearFaults();
}

void TestEditActions::passwordNeverReachesLogsOrSettings() {
    QVERIFY(!m_passwords.isEmpty());
    QVERIFY(LogCapture::instance().lineCount() > 0); // the categories were on and captured
    QVERIFY(LogCapture::instance().text().contains(QLatin1String("exotrunk.ui.editing")));
    QSettings settings;
    settings.sync();
    const QStringList keys = settings.allKeys();
    QVERIFY(!keys.isEmpty()); // the alias history at least
    for (const QString &password : std::as_const(m_passwords)) {
        QVERIFY(!LogCapture::instance().text().contains(password));
        QVERIFY(filesContaining(m_settingsDir.path(), password).isEmpty());
        for (const QString &key : keys)
            QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    }
}

QTEST_MAIN(TestEditActions)
#include "tst_editactions.moc"
