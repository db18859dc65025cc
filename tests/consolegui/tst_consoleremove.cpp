// Removing and changing a trunk's rows from its details page through the console's window,
// against the sandbox, with the section tables sorted as users leave them: each removal asks one
// confirmation that names the objects by value and says what stops working, several selected
// rows go at once with a result per row (a failed row stays), the mask, a destination's order
// (its failover order in words), a credential's friendly name and the caller-ID alias read back
// from the server and removed; on a server with only the reference's endpoints each action turns
// off with the reason once the server has said so.
#include "consoletestkit.h"
#include "trunkdetails/trunkdetailspage.h"
#include "trunkdetailsmodels.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

#include <memory>

using namespace exotrunk;
using namespace exotrunk::testing;

class ConsoleRemoveTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void removesTheRowSelectedInASortedTable();
    void removesSeveralRowsWithOneFailing();
    void removingADestinationSaysWhereCallsGo();
    void editsTheMaskAndADestinationsOrder();
    void editsACredentialAndRecommendsRotation();
    void deletesSeveralCredentialsAtOnce();
    void showsTheAliasTheServerHasAndRemovesIt();
    void disabledWhereTheServerCannotDoIt();

private:
    ui::MainWindow &window() { return m_console->window(); }
    sandbox::SandboxServer &server() { return *m_console->sandboxServer(); }
    TrunkDetailsController *details() { return window().detailsController(); }
    QTableView *table(const char *name) { return visibleChild<QTableView>(&window(), name); }
    QAction *action(const char *name) {
        return window().findChild<QAction *>(QString::fromLatin1(name));
    }
    void openTrunk(const QString &name);
    // Clicks view row `row` of `view`, with Ctrl to add it to the selection.
    void clickRow(QTableView *view, int row, bool add = false);
    // Triggers the named action (a button or a "More" menu entry) and returns its dialog.
    QDialog *openDialog(const char *actionName, const char *dialogName);
    static QString labelText(QDialog *dialog, const char *name) {
        auto *label = dialog ? dialog->findChild<QLabel *>(QString::fromLatin1(name)) : nullptr;
        return label ? label->text() : QString();
    }

    std::unique_ptr<Console> m_console;
};

void ConsoleRemoveTest::initTestCase() {
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::SandboxConsole;
    m_console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(m_console->start(&error), qPrintable(error));
    window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
    QTRY_VERIFY_WITH_TIMEOUT(window().trunkListModel()->state() == TrunkListModel::State::Loaded,
                             kConsoleWaitMs);
}

void ConsoleRemoveTest::cleanupTestCase() {
    m_console.reset();
}

void ConsoleRemoveTest::openTrunk(const QString &name) {
    if (window().currentPage() == ui::MainWindow::Page::TrunkDetails)
        QVERIFY(clickButton(&window(), "backButton"));
    auto *list = window().findChild<QTableView *>(QStringLiteral("trunkTable"));
    const int row = rowOfTrunk(window(), name);
    QVERIFY2(row >= 0, qPrintable(name));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(row, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(details()->trunkSid().value(), server().trunkSid(name),
                              kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(details()->sectionsSettled(), kConsoleWaitMs);
}

void ConsoleRemoveTest::clickRow(QTableView *view, int row, bool add) {
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton,
                      add ? Qt::ControlModifier : Qt::KeyboardModifiers(), rect.center());
}

QDialog *ConsoleRemoveTest::openDialog(const char *actionName, const char *dialogName) {
    QAction *a = action(actionName);
    if (!a || !a->isEnabled()) {
        qWarning("action %s is missing or disabled (%s)", actionName,
                 a ? qPrintable(a->toolTip()) : "");
        return nullptr;
    }
    a->trigger();
    // The dialog opens window-modal at once: no event-loop turn needed.
    return visibleChild<QDialog>(&window(), dialogName);
}

void ConsoleRemoveTest::removesTheRowSelectedInASortedTable() {
    openTrunk(QStringLiteral("test_trunk_ui2"));
    QTableView *numbers = table("phoneNumbersTable");
    QVERIFY(numbers);
    // Nothing selected: the action says what it waits for.
    auto *button = visibleChild<QToolButton>(&window(), "removeNumberActionButton");
    QVERIFY(button && !button->isEnabled());
    QCOMPARE(button->toolTip(), QStringLiteral("Select one or more numbers first."));

    numbers->sortByColumn(PhoneNumbersModel::NumberColumn, Qt::DescendingOrder);
    clickRow(numbers, 0); // the highest number, the model's last row
    QCOMPARE(numbers->model()->index(0, 0).data().toString(), QStringLiteral("+918047361022"));
    QVERIFY(button->isEnabled());
    numbers->setFocus();
    QTest::keyClick(numbers, Qt::Key_Delete);
    QPointer<QDialog> dialog = visibleChild<QDialog>(&window(), "removeNumbersDialog");
    QVERIFY(dialog);
    QVERIFY(labelText(dialog, "removeQuestion").contains(QStringLiteral("+918047361022")));
    QVERIFY(!labelText(dialog, "removeQuestion").contains(QStringLiteral("+918047361020")));
    QVERIFY2(labelText(dialog, "removeConsequences")
                 .contains(QStringLiteral("Inbound calls to +918047361022 will no longer reach "
                                          "this trunk; outbound calls using it as caller ID will "
                                          "be refused.")),
             qPrintable(labelText(dialog, "removeConsequences")));
    server().clearRequestLog();
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kConsoleWaitMs); // one row: closes
    QCOMPARE(countRequests(server(), QStringLiteral("DELETE"), QStringLiteral("phone-numbers")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(details()->phoneNumbers()->items().size(), 2, kConsoleWaitMs);
    for (const PhoneNumber &n : details()->phoneNumbers()->items())
        QVERIFY(n.number != QLatin1String("+918047361022"));
}

void ConsoleRemoveTest::removesSeveralRowsWithOneFailing() {
    openTrunk(QStringLiteral("test_trunk_ui2"));
    QTableView *ips = table("whitelistedIpsTable");
    QVERIFY(ips);
    ips->sortByColumn(WhitelistedIpsModel::AddressColumn, Qt::DescendingOrder);
    QCOMPARE(ips->model()->rowCount(), 2);
    QString failingId;
    for (const WhitelistedIp &ip : details()->whitelistedIps()->items()) {
        if (ip.ip == QLatin1String("65.0.13.0"))
            failingId = ip.id.value();
    }
    QVERIFY(!failingId.isEmpty());
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::ServerError;
    fault.method = QStringLiteral("DELETE");
    fault.pathContains = QStringLiteral("whitelisted-ips?id=") + failingId;
    server().addFault(fault);

    clickRow(ips, 0);
    clickRow(ips, 1, true);
    QCOMPARE(ips->selectionModel()->selectedRows().size(), 2);
    QPointer<QDialog> dialog = openDialog("removeIpAction", "removeIpsDialog");
    QVERIFY(dialog);
    const QString question = labelText(dialog, "removeQuestion");
    QVERIFY(question.contains(QStringLiteral("65.0.12.44/32 (office-sbc)")));
    QVERIFY(question.contains(QStringLiteral("65.0.13.0/24")));
    // The trunk has no credentials: without an IP, outbound calls are refused.
    QVERIFY2(labelText(dialog, "removeConsequences")
                 .contains(QStringLiteral("every outbound call will be refused")),
             qPrintable(labelText(dialog, "removeConsequences")));
    QVERIFY(clickButton(dialog, "submitButton"));
    auto *results = dialog->findChild<QListWidget *>(QStringLiteral("removalResults"));
    QVERIFY(results);
    QTRY_VERIFY_WITH_TIMEOUT(results->isVisible(), kConsoleWaitMs);
    QCOMPARE(results->count(), 2);
    QStringList lines;
    for (int i = 0; i < results->count(); ++i)
        lines << results->item(i)->text();
    QVERIFY2(lines.contains(QStringLiteral("65.0.12.44/32 — removed")),
             qPrintable(lines.join(u'|')));
    const QString failed = lines.filter(QStringLiteral("65.0.13.0/24")).value(0);
    QVERIFY2(failed.startsWith(QStringLiteral("65.0.13.0/24 — not removed: ")), qPrintable(failed));
    // The failed row stays, in the dialog's answer and on the page.
    QTRY_COMPARE_WITH_TIMEOUT(details()->whitelistedIps()->items().size(), 1, kConsoleWaitMs);
    QCOMPARE(details()->whitelistedIps()->items().first().ip, QStringLiteral("65.0.13.0"));
    QVERIFY(clickButton(dialog, "cancelButton")); // "Close"
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void ConsoleRemoveTest::removingADestinationSaysWhereCallsGo() {
    openTrunk(QStringLiteral("test_trunk_ui2"));
    QTableView *destinations = table("destinationUrisTable");
    destinations->sortByColumn(DestinationUrisModel::DestinationColumn, Qt::DescendingOrder);
    const QString first = destinations->model()->index(0, 0).data().toString();
    const QString second = destinations->model()->index(1, 0).data().toString();
    QVERIFY(first > second);
    clickRow(destinations, 0);
    QPointer<QDialog> dialog = openDialog("removeDestinationAction", "removeDestinationsDialog");
    QVERIFY(dialog);
    const QString consequences = labelText(dialog, "removeConsequences");
    QVERIFY2(consequences.contains(QStringLiteral("Inbound calls go to ") + second),
             qPrintable(consequences));
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(details()->destinationUris()->items().size(), 1, kConsoleWaitMs);
    QCOMPARE(details()->destinationUris()->items().first().destination, second);

    // The last one: inbound calls will fail.
    clickRow(destinations, 0);
    dialog = openDialog("removeDestinationAction", "removeDestinationsDialog");
    QVERIFY(dialog);
    QVERIFY(labelText(dialog, "removeConsequences")
                .contains(QStringLiteral("every inbound call to this trunk will fail")));
    dialog->reject();
}

void ConsoleRemoveTest::editsTheMaskAndADestinationsOrder() {
    openTrunk(QStringLiteral("test_123"));
    QTableView *ips = table("whitelistedIpsTable");
    ips->sortByColumn(WhitelistedIpsModel::AddressColumn, Qt::DescendingOrder);
    clickRow(ips, 0); // 52.66.10.21
    QPointer<QDialog> dialog = openDialog("editMaskAction", "editMaskDialog");
    QVERIFY(dialog);
    QCOMPARE(labelText(dialog, "ipAddressLabel"), QStringLiteral("52.66.10.21"));
    auto *mask = dialog->findChild<QSpinBox *>(QStringLiteral("maskSpin"));
    mask->setValue(30);
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(details()->whitelistedIps()->items().begin(),
                                         details()->whitelistedIps()->items().end(),
                                         [](const WhitelistedIp &ip) {
                                             return ip.ip == QLatin1String("52.66.10.21") &&
                                                    ip.mask == 30;
                                         }),
                             kConsoleWaitMs);

    QTableView *destinations = table("destinationUrisTable");
    destinations->sortByColumn(DestinationUrisModel::DestinationColumn, Qt::DescendingOrder);
    clickRow(destinations, 0); // sip:pbx.ameyo.net…
    const QString chosen = destinations->model()->index(0, 0).data().toString();
    dialog = openDialog("editDestinationOrderAction", "destinationOrderDialog");
    QVERIFY(dialog);
    QCOMPARE(labelText(dialog, "destinationLabel"), chosen);
    dialog->findChild<QSpinBox *>(QStringLiteral("prioritySpin"))->setValue(0);
    dialog->findChild<QSpinBox *>(QStringLiteral("weightSpin"))->setValue(3);
    QVERIFY2(labelText(dialog, "failoverOrder")
                 .contains(chosen + QStringLiteral(" (weight 3, about 75% of calls)")),
             qPrintable(labelText(dialog, "failoverOrder")));
    dialog->findChild<QSpinBox *>(QStringLiteral("prioritySpin"))->setValue(2);
    QVERIFY2(labelText(dialog, "failoverOrder")
                 .endsWith(QStringLiteral("; if that fails, to ") + chosen + u'.'),
             qPrintable(labelText(dialog, "failoverOrder")));
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(details()->destinationUris()->items().begin(),
                                         details()->destinationUris()->items().end(),
                                         [&chosen](const DestinationUri &d) {
                                             return d.destination == chosen && d.priority == 2 &&
                                                    d.weight == 3;
                                         }),
                             kConsoleWaitMs);
}

void ConsoleRemoveTest::editsACredentialAndRecommendsRotation() {
    openTrunk(QStringLiteral("test_123"));
    QTableView *credentials = table("credentialsTable");
    credentials->sortByColumn(CredentialsModel::UserNameColumn, Qt::DescendingOrder);
    clickRow(credentials, 0); // livekit_staging
    QPointer<QDialog> dialog = openDialog("editCredentialAction", "editCredentialDialog");
    QVERIFY(dialog);
    QCOMPARE(labelText(dialog, "userNameLabel"), QStringLiteral("livekit_staging"));
    const QString note = labelText(dialog, "rotationRecommendation");
    QVERIFY2(note.contains(QStringLiteral("rotate the credential instead")), qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("until that peer uses the new password")));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(!password->isEnabled());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("friendlyNameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("livekit-prod"));
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(details()->credentials()->items().begin(),
                                         details()->credentials()->items().end(),
                                         [](const Credential &c) {
                                             return c.userName ==
                                                        QLatin1String("livekit_staging") &&
                                                    c.friendlyName == QLatin1String("livekit-prod");
                                         }),
                             kConsoleWaitMs);
}

// Two credentials selected in the sorted table: one confirmation names both and what stops
// working, then both go (the trunk keeps its whitelisted IPs, so no "refused" warning).
void ConsoleRemoveTest::deletesSeveralCredentialsAtOnce() {
    openTrunk(QStringLiteral("test_123"));
    QTableView *credentials = table("credentialsTable");
    credentials->sortByColumn(CredentialsModel::UserNameColumn, Qt::AscendingOrder);
    QCOMPARE(credentials->model()->rowCount(), 2);
    clickRow(credentials, 0);
    clickRow(credentials, 1, true);
    QCOMPARE(credentials->selectionModel()->selectedRows().size(), 2);
    QVERIFY(action("deleteCredentialAction")->toolTip().contains(QStringLiteral("2 selected")));
    QPointer<QDialog> dialog = openDialog("deleteCredentialAction", "removeCredentialsDialog");
    QVERIFY(dialog);
    QStringList users;
    for (const Credential &c : details()->credentials()->items())
        users << c.userName;
    const QString question = labelText(dialog, "removeQuestion");
    for (const QString &user : users)
        QVERIFY2(question.contains(user), qPrintable(question));
    const QString consequences = labelText(dialog, "removeConsequences");
    QVERIFY2(consequences.contains(QStringLiteral("SIP 401")), qPrintable(consequences));
    QVERIFY(!consequences.contains(QStringLiteral("every outbound call will be refused")));
    server().clearRequestLog();
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(details()->credentials()->items().isEmpty(), kConsoleWaitMs);
    QCOMPARE(countRequests(server(), QStringLiteral("DELETE"), QStringLiteral("credentials")), 2);
    if (dialog && dialog->isVisible())
        QVERIFY(clickButton(dialog, "cancelButton"));
}

void ConsoleRemoveTest::showsTheAliasTheServerHasAndRemovesIt() {
    openTrunk(QStringLiteral("test_123"));
    QLabel *alias = window().detailsPage()->field(QStringLiteral("alias"));
    // Seeded on the server, never set by this console: read back from GET …/settings.
    QTRY_COMPARE_WITH_TIMEOUT(alias->text(), QStringLiteral("+918047361001"), kConsoleWaitMs);
    QVERIFY2(alias->toolTip().contains(QStringLiteral("Read from Exotel")),
             qPrintable(alias->toolTip()));
    QPointer<QDialog> dialog = openDialog("removeAliasAction", "removeAliasDialog");
    QVERIFY(dialog);
    QVERIFY(labelText(dialog, "removeQuestion").contains(QStringLiteral("+918047361001")));
    QVERIFY(labelText(dialog, "removeConsequences")
                .contains(QStringLiteral("no longer show +918047361001 as caller ID")));
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kConsoleWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(alias->text(), QStringLiteral("—"), kConsoleWaitMs);
    QCOMPARE(countRequests(server(), QStringLiteral("DELETE"),
                           QStringLiteral("settings?name=trunk_external_alias")),
             1);
    QAction *remove = action("removeAliasAction");
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(), QStringLiteral("This trunk has no caller-ID alias."));
}

void ConsoleRemoveTest::disabledWhereTheServerCannotDoIt() {
    server().setReferenceOnly(true);
    openTrunk(QStringLiteral("test_alias3"));
    // The alias cannot be read back: the page says so.
    QLabel *alias = window().detailsPage()->field(QStringLiteral("alias"));
    QTRY_VERIFY_WITH_TIMEOUT(alias->toolTip().contains(QStringLiteral("could not be asked")),
                             kConsoleWaitMs);

    // The first attempt meets the server's 404: nothing is removed, the result says why, and
    // from then on the action is off with the reason.
    clickRow(table("phoneNumbersTable"), 0);
    QPointer<QDialog> dialog = openDialog("removeNumberAction", "removeNumbersDialog");
    QVERIFY(dialog);
    QVERIFY(clickButton(dialog, "submitButton"));
    auto *results = dialog->findChild<QListWidget *>(QStringLiteral("removalResults"));
    QTRY_VERIFY_WITH_TIMEOUT(results->isVisible(), kConsoleWaitMs);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("not removed")));
    dialog->reject();
    QCOMPARE(details()->phoneNumbers()->items().size(), 1);

    clickRow(table("whitelistedIpsTable"), 0);
    dialog = openDialog("editMaskAction", "editMaskDialog");
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("maskSpin"))->setValue(31);
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!action("editMaskAction")->isEnabled(), kConsoleWaitMs);
    dialog->reject();
    dialog = openDialog("removeIpAction", "removeIpsDialog");
    QVERIFY(dialog);
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!action("removeIpAction")->isEnabled(), kConsoleWaitMs);
    dialog->reject();

    clickRow(table("destinationUrisTable"), 0);
    dialog = openDialog("editDestinationOrderAction", "destinationOrderDialog");
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("weightSpin"))->setValue(5);
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!action("editDestinationOrderAction")->isEnabled(), kConsoleWaitMs);
    dialog->reject();
    dialog = openDialog("removeDestinationAction", "removeDestinationsDialog");
    QVERIFY(dialog);
    QVERIFY(clickButton(dialog, "submitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!action("removeDestinationAction")->isEnabled(), kConsoleWaitMs);
    dialog->reject();

    for (const char *name : {"removeNumberAction", "editMaskAction", "removeIpAction",
                             "editDestinationOrderAction", "removeDestinationAction"}) {
        QAction *a = action(name);
        QVERIFY2(!a->isEnabled(), name);
        QVERIFY2(a->toolTip().contains(QStringLiteral("does not support")),
                 qPrintable(a->toolTip()));
    }
    // Still there on the server.
    server().setReferenceOnly(false);
    QCOMPARE(server()
                 .readState(QStringLiteral("/trunks/%1/destination-uris")
                                .arg(server().trunkSid(QStringLiteral("test_alias3"))))
                 .value(QStringLiteral("response"))
                 .toArray()
                 .size(),
             2);
}

QTEST_MAIN(ConsoleRemoveTest)
#include "tst_consoleremove.moc"
