#include "api/exotelclient.h"
#include "createtrunk/createtrunkdialog.h"
#include "sandboxfixture.h"
#include "workflows/provisioningengine.h"
#include "workflows/provisioningjournal.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
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
        type("whitelistIpEdit_1", QStringLiteral("203.0.113.44"));
        type("destinationHostEdit_1", QStringLiteral("sip.customer.example.com"));
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
        QCOMPARE(child<QSpinBox>("whitelistMaskSpin_1")->value(), 32);
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
            type("whitelistIpEdit_1", bad);
            QVERIFY2(!createEnabled(), qPrintable(bad));
            QVERIFY(child<QLabel>("whitelistIpMessage_1")->isVisible());
        }
        type("whitelistIpEdit_1", QStringLiteral("203.0.113.44"));
        QVERIFY(createEnabled());
        type("destinationHostEdit_1", QStringLiteral("not a host!"));
        QVERIFY(!createEnabled());
        QVERIFY(child<QLabel>("destinationMessage_1")->isVisible());
    }

    void invalidPortAndTransportDefault() {
        fillValid();
        QSpinBox *port = child<QSpinBox>("destinationPortSpin_1");
        QComboBox *transport = child<QComboBox>("destinationTransportCombo_1");
        QCOMPARE(port->value(), 5061); // TLS
        transport->setCurrentIndex(transport->findText(QStringLiteral("TCP")));
        QCOMPARE(port->value(), 5060);
        port->setValue(0);
        QVERIFY(!createEnabled());
        QVERIFY(child<QLabel>("destinationMessage_1")->isVisible());
        port->setValue(5080);
        QVERIFY(createEnabled());
        transport->setCurrentIndex(transport->findText(QStringLiteral("TLS")));
        QCOMPARE(port->value(), 5080); // a port the user chose is kept
    }

    // The shared destination editor: the same transports (UDP included, sent as a bare
    // host:port), default ports and port range as Add destinations and the wizard.
    void destinationRowOffersUdpSentBare() {
        fillValid();
        QComboBox *transport = child<QComboBox>("destinationTransportCombo_1");
        QSpinBox *port = child<QSpinBox>("destinationPortSpin_1");
        QCOMPARE(transport->count(), 3);
        QVERIFY(transport->findData(int(Transport::Udp)) >= 0);
        transport->setCurrentIndex(transport->findData(int(Transport::Udp)));
        QCOMPARE(port->value(), 5060);
        QVERIFY(createEnabled());
        const ProvisioningRequest r = m_dialog->request();
        QCOMPARE(r.destinations.first().toUriString(),
                 QStringLiteral("sip.customer.example.com:5060"));
        port->setValue(65535);
        QVERIFY(createEnabled());
        port->setValue(65536);
        QVERIFY(!createEnabled());
        QVERIFY(child<QLabel>("destinationMessage_1")->isVisible());
        // Surrounding spaces are not part of the host.
        port->setValue(5060);
        type("destinationHostEdit_1", QStringLiteral(" sip.customer.example.com "));
        QCOMPARE(m_dialog->request().destinations.first().host,
                 QStringLiteral("sip.customer.example.com"));
        QVERIFY(createEnabled());
    }

    // Out-of-range numbers are shown as typed and refused with a message, never rewritten
    // when the field loses focus (mask 8 used to become 32, port 70000 became 7000).
    void outOfRangeNumbersStayAsTyped() {
        fillValid();
        QSpinBox *mask = child<QSpinBox>("whitelistMaskSpin_1");
        QSpinBox *port = child<QSpinBox>("destinationPortSpin_1");
        mask->setFocus();
        mask->selectAll();
        QTest::keyClicks(mask, QStringLiteral("8"));
        port->setFocus(); // leaves the mask field
        QCOMPARE(mask->cleanText(), QStringLiteral("8"));
        QCOMPARE(mask->value(), 8);
        QVERIFY(!createEnabled());
        QVERIFY(child<QLabel>("whitelistIpMessage_1")
                    ->text()
                    .contains(QStringLiteral("between 16 and 32")));
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("70000"));
        mask->setFocus(); // leaves the port field
        QCOMPARE(port->text(), QStringLiteral("70000"));
        QVERIFY(child<QLabel>("destinationMessage_1")->text().contains(QStringLiteral("65535")));
        // The arrows step only within the usual range.
        mask->setValue(32);
        mask->stepBy(1);
        QCOMPARE(mask->value(), 32);
        port->setValue(5061);
        QVERIFY(createEnabled());
    }

    void ipDestinationOutsideWhitelistIsOffered() {
        type("trunkNameEdit", QStringLiteral("form_cross"));
        type("exophoneEdit", QStringLiteral("+918047100056"));
        type("destinationHostEdit_1", QStringLiteral("198.51.100.9"));
        QLabel *cross = child<QLabel>("destinationNote_1");
        QPushButton *add = child<QPushButton>("destinationActionButton_1");
        QVERIFY(cross->isVisible());
        QVERIFY(cross->text().contains(QStringLiteral("198.51.100.9")));
        QVERIFY(add->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(child<QLineEdit>("whitelistIpEdit_1")->text(), QStringLiteral("198.51.100.9"));
        QVERIFY(!cross->isVisible());
        QVERIFY(createEnabled());
    }

    void rowsAreAddedAndRemoved() {
        fillValid();
        QCOMPARE(m_dialog->whitelistRowCount(), 1);
        QCOMPARE(m_dialog->destinationRowCount(), 1);
        QTest::mouseClick(child<QPushButton>("addIpButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("addIpButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->whitelistRowCount(), 3);
        QCOMPARE(child<QSpinBox>("whitelistMaskSpin_3")->value(), 32);
        // Empty rows are ignored: the form stays valid.
        QVERIFY(createEnabled());
        type("whitelistIpEdit_2", QStringLiteral("198.51.100.2"));
        type("whitelistIpEdit_3", QStringLiteral("198.51.100.3"));
        QCOMPARE(m_dialog->request().whitelistEntries().size(), 3);

        // Removing row 2 renumbers row 3; no stale widget keeps the old name.
        QTest::mouseClick(child<QToolButton>("whitelistRemoveButton_2"), Qt::LeftButton);
        QCOMPARE(m_dialog->whitelistRowCount(), 2);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(child<QLineEdit>("whitelistIpEdit_2")->text(), QStringLiteral("198.51.100.3"));
        QVERIFY(!m_dialog->findChild<QLineEdit *>(QStringLiteral("whitelistIpEdit_3")));
        QCOMPARE(child<QLineEdit>("whitelistIpEdit_2")->accessibleName(),
                 QStringLiteral("IP address 2"));

        QTest::mouseClick(child<QPushButton>("addDestinationButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->destinationRowCount(), 2);
        type("destinationHostEdit_2", QStringLiteral("sip2.customer.example.com"));
        QComboBox *transport = child<QComboBox>("destinationTransportCombo_2");
        transport->setCurrentIndex(transport->findText(QStringLiteral("TCP")));
        QCOMPARE(child<QSpinBox>("destinationPortSpin_2")->value(), 5060);
        const ProvisioningRequest r = m_dialog->request();
        QCOMPARE(r.destinations.size(), 2);
        QCOMPARE(r.destinations[1].transport, Transport::Tcp);
        QCOMPARE(r.useCase, UseCase::BothDirections);
        QVERIFY(createEnabled());
        QTest::mouseClick(child<QToolButton>("destinationRemoveButton_1"), Qt::LeftButton);
        QCOMPARE(m_dialog->destinationRowCount(), 1);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(child<QLineEdit>("destinationHostEdit_1")->text(),
                 QStringLiteral("sip2.customer.example.com"));
    }

    void everyRowValidates() {
        fillValid();
        QTest::mouseClick(child<QPushButton>("addIpButton"), Qt::LeftButton);
        type("whitelistIpEdit_2", QStringLiteral("198.51.100.300"));
        QVERIFY(!createEnabled());
        QVERIFY(child<QLabel>("whitelistIpMessage_2")->isVisible());
        // Row 1 keeps its own verdict (a documentation range only warns).
        QVERIFY(child<QLabel>("whitelistIpMessage_1")->text() !=
                child<QLabel>("whitelistIpMessage_2")->text());
        // The same entry twice is refused on the later row.
        type("whitelistIpEdit_2", QStringLiteral("203.0.113.44"));
        QVERIFY(!createEnabled());
        QVERIFY(child<QLabel>("whitelistIpMessage_2")->text().contains(QStringLiteral("row 1")));
        child<QSpinBox>("whitelistMaskSpin_2")->setValue(24);
        QVERIFY(createEnabled()); // a different range; the mask below 32 only warns
        QVERIFY(child<QLabel>("whitelistIpMessage_2")->isVisible());

        QTest::mouseClick(child<QPushButton>("addDestinationButton"), Qt::LeftButton);
        type("destinationHostEdit_2", QStringLiteral("bad host!"));
        QVERIFY(!createEnabled());
        QVERIFY(child<QLabel>("destinationMessage_2")->isVisible());
        type("destinationHostEdit_2", QStringLiteral("sip.customer.example.com"));
        QVERIFY(!createEnabled()); // the same URI as row 1
        QVERIFY(child<QLabel>("destinationMessage_2")->text().contains(QStringLiteral("row 1")));
        child<QSpinBox>("destinationPortSpin_2")->setValue(5071);
        QVERIFY(createEnabled());
        child<QSpinBox>("destinationPortSpin_2")->setValue(0);
        QVERIFY(!createEnabled());
        child<QSpinBox>("destinationPortSpin_2")->setValue(5071);

        // With both lists empty there is nothing to create; without a destination it warns.
        QTest::mouseClick(child<QToolButton>("destinationRemoveButton_2"), Qt::LeftButton);
        QTest::mouseClick(child<QToolButton>("destinationRemoveButton_1"), Qt::LeftButton);
        QVERIFY(createEnabled());
        QLabel *form = child<QLabel>("formMessage");
        QVERIFY(form->isVisible());
        QVERIFY(form->text().contains(QStringLiteral("mandatory")));
        QTest::mouseClick(child<QToolButton>("whitelistRemoveButton_2"), Qt::LeftButton);
        QTest::mouseClick(child<QToolButton>("whitelistRemoveButton_1"), Qt::LeftButton);
        QVERIFY(!createEnabled());
        QVERIFY(form->text().contains(QStringLiteral("Add a whitelist IP")));
    }

    void ipDestinationOfferAddsARowWhenTheWhitelistIsFull() {
        fillValid();
        QTest::mouseClick(child<QPushButton>("addDestinationButton"), Qt::LeftButton);
        type("destinationHostEdit_2", QStringLiteral("198.51.100.77"));
        QLabel *offer = child<QLabel>("destinationNote_2");
        QVERIFY(offer->isVisible());
        QVERIFY(!child<QLabel>("destinationNote_1")->isVisible()); // an FQDN
        QTest::mouseClick(child<QPushButton>("destinationActionButton_2"), Qt::LeftButton);
        QCOMPARE(m_dialog->whitelistRowCount(), 2);
        QCOMPARE(child<QLineEdit>("whitelistIpEdit_2")->text(), QStringLiteral("198.51.100.77"));
        QCOMPARE(child<QSpinBox>("whitelistMaskSpin_2")->value(), 32);
        QVERIFY(!offer->isVisible());
        QVERIFY(m_dialog->request().destinationIpsNeedingWhitelist().isEmpty());
        // A range that covers the destination counts as whitelisted too.
        type("whitelistIpEdit_2", QStringLiteral("198.51.100.0"));
        child<QSpinBox>("whitelistMaskSpin_2")->setValue(24);
        QVERIFY(!offer->isVisible());
        QVERIFY(createEnabled());
    }

    // The form with two rows of each kind, one of them offering to whitelist its IP: no message
    // is cut off. Saved as a screenshot when EXOTRUNK_SCREENSHOT_DIR is set.
    void screenshotWithSeveralRows() {
        const QString dir = qEnvironmentVariable("EXOTRUNK_SCREENSHOT_DIR");
        fillValid();
        type("aliasEdit", QStringLiteral("+918047100055"));
        type("whitelistIpEdit_1", QStringLiteral("35.154.21.10"));
        QTest::mouseClick(child<QPushButton>("addIpButton"), Qt::LeftButton);
        type("whitelistIpEdit_2", QStringLiteral("13.232.40.16"));
        child<QSpinBox>("whitelistMaskSpin_2")->setValue(28);
        QTest::mouseClick(child<QPushButton>("addDestinationButton"), Qt::LeftButton);
        type("destinationHostEdit_2", QStringLiteral("13.127.88.5"));
        QVERIFY(child<QLabel>("destinationNote_2")->isVisible());
        QVERIFY(createEnabled());
        QTest::qWait(100);
        // Every message has the room it needs: none is cut off (checked on every run, not only
        // when a screenshot is taken).
        int wrapped = 0;
        for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->wordWrap())
                continue;
            ++wrapped;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->text()));
        }
        QVERIFY(wrapped > 0); // the whitelist offer at least
        if (!dir.isEmpty())
            QVERIFY(
                m_dialog->grab().save(QDir(dir).filePath(QStringLiteral("create-trunk-form.png"))));
    }

    void tabOrderFollowsTheScreenAndEveryFieldIsNamed() {
        QTest::mouseClick(child<QPushButton>("addIpButton"), Qt::LeftButton);
        QStringList chain;
        QWidget *w = child<QLineEdit>("trunkNameEdit");
        for (int i = 0; i < 16 && w; ++i) {
            chain << w->objectName();
            w = w->nextInFocusChain();
            while (w && !(w->focusPolicy() & Qt::TabFocus))
                w = w->nextInFocusChain();
        }
        const QStringList expected = {QStringLiteral("trunkNameEdit"),
                                      QStringLiteral("exophoneEdit"),
                                      QStringLiteral("aliasEdit"),
                                      QStringLiteral("whitelistIpEdit_1"),
                                      QStringLiteral("whitelistMaskSpin_1"),
                                      QStringLiteral("whitelistRemoveButton_1"),
                                      QStringLiteral("whitelistIpEdit_2"),
                                      QStringLiteral("whitelistMaskSpin_2"),
                                      QStringLiteral("whitelistRemoveButton_2"),
                                      QStringLiteral("addIpButton"),
                                      QStringLiteral("destinationTransportCombo_1"),
                                      QStringLiteral("destinationHostEdit_1"),
                                      QStringLiteral("destinationPortSpin_1"),
                                      QStringLiteral("destinationRemoveButton_1")};
        // Spin boxes hold an inner line edit in the chain; compare the named widgets only.
        QStringList named;
        for (const QString &name : chain) {
            if (!name.isEmpty() && name != QLatin1String("qt_spinbox_lineedit"))
                named << name;
        }
        QCOMPARE(named.mid(0, expected.size()), expected.mid(0, named.size()));
        QVERIFY(named.size() >= 10);
        for (QWidget *field : m_dialog->findChildren<QWidget *>()) {
            if (field->focusPolicy() == Qt::NoFocus || field->objectName().isEmpty() ||
                field->objectName().startsWith(QLatin1String("qt_")) ||
                qobject_cast<QLabel *>(field))
                continue;
            QVERIFY2(!field->accessibleName().isEmpty() ||
                         !qobject_cast<QAbstractButton *>(field) ||
                         !static_cast<QAbstractButton *>(field)->text().isEmpty(),
                     qPrintable(field->objectName()));
        }
        for (const char *name :
             {"whitelistIpEdit_2", "whitelistMaskSpin_2", "destinationTransportCombo_1",
              "destinationHostEdit_1", "destinationPortSpin_1", "destinationRemoveButton_1"})
            QVERIFY2(!child<QWidget>(name)->accessibleName().isEmpty(), name);
    }

    // With many rows and the progress table showing, the dialog stays on the screen with its
    // buttons in view; the form scrolls inside it instead.
    void fitsTheScreenWithManyRowsAndProgress() {
        fillValid();
        // A trunk and number of its own: the suite shares one sandbox.
        type("trunkNameEdit", QStringLiteral("fit_trunk"));
        type("exophoneEdit", QStringLiteral("+918047100077"));
        for (int i = 2; i <= 8; ++i) {
            QTest::mouseClick(child<QPushButton>("addIpButton"), Qt::LeftButton);
            type(qPrintable(QStringLiteral("whitelistIpEdit_%1").arg(i)),
                 QStringLiteral("203.0.113.%1").arg(i + 100));
            QTest::mouseClick(child<QPushButton>("addDestinationButton"), Qt::LeftButton);
            type(qPrintable(QStringLiteral("destinationHostEdit_%1").arg(i)),
                 QStringLiteral("sip%1.customer.example.com").arg(i));
        }
        QVERIFY(createEnabled());
        const QRect screen = m_dialog->screen()->availableGeometry();
        auto fits = [&] {
            QVERIFY2(m_dialog->frameGeometry().height() <= screen.height(),
                     qPrintable(QStringLiteral("%1 > %2")
                                    .arg(m_dialog->frameGeometry().height())
                                    .arg(screen.height())));
            for (const char *name : {"createButton", "cancelButton"}) {
                QWidget *button = child<QWidget>(name);
                const QRect inDialog(button->mapTo(m_dialog.get(), QPoint(0, 0)), button->size());
                QVERIFY2(m_dialog->rect().contains(inDialog), name);
            }
        };
        fits();
        QTRY_VERIFY(child<QScrollArea>("createTrunkScroll")->verticalScrollBar()->maximum() > 0);
        QSignalSpy finished(m_dialog.get(), &CreateTrunkDialog::provisioningFinished);
        QTest::mouseClick(child<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(child<QWidget>("progressList")->isVisible());
        fits();
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        fits();
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

    // Closing while the plan runs asks first (the one prompt the wizard and Finish setup share);
    // No keeps the form running, Yes abandons the plan and closes.
    void closingWhileRunningAsks() {
        fillValid();
        type("trunkNameEdit", QStringLiteral("form_close"));
        sandbox::Fault delay = testing::faultOn(sandbox::Fault::Kind::Delay, QStringLiteral("POST"),
                                                QStringLiteral("/trunks"));
        delay.delayMs = 3000;
        m_server->addFault(delay);
        QTest::mouseClick(child<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(m_dialog->engine()->isUnfinished());
        const auto answer = [this](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [this, button] {
                QMessageBox *box = nullptr;
                QVERIFY(QTest::qWaitFor(
                    [&] {
                        box = m_dialog->findChild<QMessageBox *>(
                            QStringLiteral("closeUnfinishedTrunkQuestion"));
                        return box && box->isVisible();
                    },
                    5000));
                QVERIFY(box->text().contains(QStringLiteral("Finish setup")));
                QTest::mouseClick(box->button(button), Qt::LeftButton);
            });
        };
        answer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->engine()->isUnfinished());
        answer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        m_server->clearFaults();
    }
};

QTEST_MAIN(TestCreateTrunkDialog)
#include "tst_createtrunkdialog.moc"
