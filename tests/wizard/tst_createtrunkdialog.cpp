#include "api/exotelclient.h"
#include "createtrunk/createtrunkdialog.h"
#include "sandboxfixture.h"
#include "workflows/provisioningengine.h"
#include "workflows/provisioningjournal.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>
#include <optional>

using namespace exotrunk;

class TestCreateTrunkDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ExotelClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<ProvisioningJournal> m_journal;
    std::unique_ptr<CreateTrunkDialog> m_dialog;

    template <typename T> T *child(const char *name) {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    void type(const char *name, const QString &text) {
        QLineEdit *e = child<QLineEdit>(name);
        QVERIFY(e);
        e->clear();
        QTest::keyClicks(e, text);
        QCOMPARE(e->text(), text);
    }

    bool createEnabled() { return child<QPushButton>("createButton")->isEnabled(); }

    // A complete, valid form; each test then breaks one field.
    void fillValid() {
        type("trunkNameEdit", QStringLiteral("form_trunk"));
        type("exophoneEdit", QStringLiteral("+918047100055"));
        type("whitelistIpEdit", QStringLiteral("203.0.113.44"));
        type("destinationHostEdit", QStringLiteral("sip.customer.example.com"));
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

    void init() {
        ProvisioningContext context;
        context.profileId = QStringLiteral("form-profile");
        context.accountSid = m_client->config().accountSid;
        context.existingTrunkNames = {QStringLiteral("existing_one")};
        context.knownNumbers = {QStringLiteral("+918047100055"), QStringLiteral("+918047100066")};
        m_dialog = std::make_unique<CreateTrunkDialog>(m_client.get(), m_journal.get(), context);
        m_dialog->show();
    }

    void cleanup() { m_dialog.reset(); }

    void emptyFormCannotBeCreated() {
        QVERIFY(!createEnabled());
        QCOMPARE(child<QSpinBox>("whitelistMaskSpin")->value(), 32);
        QCOMPARE(child<QPushButton>("createButton")->text(), QStringLiteral("Create Exotrunk"));
        fillValid();
        QVERIFY(createEnabled());
    }

    void invalidTrunkName_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("space") << QStringLiteral("bad name");
        QTest::newRow("dash") << QStringLiteral("bad-name");
        QTest::newRow("17 chars") << QStringLiteral("abcdefghijklmnopq");
        QTest::newRow("taken") << QStringLiteral("existing_one");
    }

    void invalidTrunkName() {
        QFETCH(QString, name);
        fillValid();
        type("trunkNameEdit", name);
        QVERIFY(!createEnabled());
        QLabel *message = child<QLabel>("trunkNameMessage");
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        type("trunkNameEdit", QStringLiteral("abcdefghijklmnop")); // exactly 16
        QVERIFY(!message->isVisible());
        QVERIFY(createEnabled());
    }

    void invalidE164() {
        fillValid();
        for (const QString &bad :
             {QStringLiteral("918047100055"), QStringLiteral("+0123"), QStringLiteral("+91 80471"),
              QStringLiteral("+9180471000551234")}) {
            type("exophoneEdit", bad);
            QVERIFY2(!createEnabled(), qPrintable(bad));
            QVERIFY(child<QLabel>("exophoneMessage")->isVisible());
        }
        type("aliasEdit", QStringLiteral("12"));
        QVERIFY(child<QLabel>("aliasMessage")->isVisible());
        type("exophoneEdit", QStringLiteral("+918047100055"));
        QVERIFY(!createEnabled()); // the alias is still wrong
        type("aliasEdit", QString());
        QVERIFY(createEnabled());
        QVERIFY(child<QLineEdit>("exophoneEdit")->completer());
        QCOMPARE(child<QLineEdit>("exophoneEdit")->completer()->model()->rowCount(), 2);
    }

    void invalidIp() {
        fillValid();
        for (const QString &bad : {QStringLiteral("300.1.1.1"), QStringLiteral("10.0.0"),
                                   QStringLiteral("01.2.3.4"), QStringLiteral("a.b.c.d")}) {
            type("whitelistIpEdit", bad);
            QVERIFY2(!createEnabled(), qPrintable(bad));
            QVERIFY(child<QLabel>("whitelistIpMessage")->isVisible());
        }
        type("whitelistIpEdit", QStringLiteral("203.0.113.44"));
        QVERIFY(createEnabled());
        type("destinationHostEdit", QStringLiteral("not a host!"));
        QVERIFY(!createEnabled());
        QVERIFY(child<QLabel>("destinationMessage")->isVisible());
    }

    void invalidPortAndTransportDefault() {
        fillValid();
        QSpinBox *port = child<QSpinBox>("destinationPortSpin");
        QComboBox *transport = child<QComboBox>("destinationTransportCombo");
        QCOMPARE(port->value(), 5061); // TLS
        transport->setCurrentIndex(transport->findText(QStringLiteral("TCP")));
        QCOMPARE(port->value(), 5060);
        port->setValue(0);
        QVERIFY(!createEnabled());
        QVERIFY(child<QLabel>("destinationMessage")->isVisible());
        port->setValue(5080);
        QVERIFY(createEnabled());
        transport->setCurrentIndex(transport->findText(QStringLiteral("TLS")));
        QCOMPARE(port->value(), 5080); // a port the user chose is kept
    }

    void ipDestinationOutsideWhitelistIsOffered() {
        type("trunkNameEdit", QStringLiteral("form_cross"));
        type("exophoneEdit", QStringLiteral("+918047100056"));
        type("destinationHostEdit", QStringLiteral("198.51.100.9"));
        QLabel *cross = child<QLabel>("crossFieldLabel");
        QPushButton *add = child<QPushButton>("addToWhitelistButton");
        QVERIFY(cross->isVisible());
        QVERIFY(cross->text().contains(QStringLiteral("198.51.100.9")));
        QVERIFY(add->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(child<QLineEdit>("whitelistIpEdit")->text(), QStringLiteral("198.51.100.9"));
        QVERIFY(!cross->isVisible());
        QVERIFY(createEnabled());
    }

    void successfulCreate() {
        fillValid();
        type("aliasEdit", QStringLiteral("+918047100055"));
        const int before = m_server->trunkCount();
        QSignalSpy finished(m_dialog.get(), &CreateTrunkDialog::provisioningFinished);
        QPushButton *create = child<QPushButton>("createButton");
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(!create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton); // a second click sends nothing
        QVERIFY(finished.wait(15000) || finished.count() == 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_server->trunkCount(), before + 1);
        QTreeWidget *progress = child<QTreeWidget>("progressList");
        QCOMPARE(progress->topLevelItemCount(), 5); // trunk, number, IP, destination, alias
        for (int i = 0; i < progress->topLevelItemCount(); ++i)
            QCOMPARE(progress->topLevelItem(i)->text(1), QStringLiteral("Done"));
        QCOMPARE(child<QPushButton>("cancelButton")->text(), QStringLiteral("Close"));

        const TrunkSid sid = m_dialog->engine()->plan().trunkSid;
        std::optional<ApiResult<QList<DestinationUri>>> dests;
        QObject ctx;
        m_client->listDestinationUris(sid, &ctx, [&](const auto &r) { dests = r; });
        QTRY_VERIFY(dests.has_value());
        QVERIFY(dests->isOk());
        QCOMPARE(dests->value().size(), 1);
        QCOMPARE(dests->value().first().host(), QStringLiteral("sip.customer.example.com"));
        QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestCreateTrunkDialog)
#include "tst_createtrunkdialog.moc"
