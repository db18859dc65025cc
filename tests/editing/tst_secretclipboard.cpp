// The clipboard gives a copied secret back after the configured delay, unless the user copied
// something else meanwhile.
#include "editing/oncesecretpanel.h"
#include "editing/secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace exotrunk;

class TestSecretClipboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCOMPARE(SecretClipboard::clearDelay(), std::chrono::milliseconds(30000));
        SecretClipboard::setClearDelay(std::chrono::milliseconds(50));
    }

    void clearsTheSecretAfterTheDelay() {
        SecretClipboard *clipboard = SecretClipboard::instance();
        QSignalSpy expired(clipboard, &SecretClipboard::expired);
        clipboard->copy(QStringLiteral("Kx7-secret-Pw-0042"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Kx7-secret-Pw-0042"));
        QVERIFY(clipboard->isHoldingSecret());
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().toBool(), true);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!clipboard->isHoldingSecret());
    }

    void marksTheDataAsAPasswordOnTheClipboardOnly() {
        QClipboard *system = QGuiApplication::clipboard();
        system->setText(QStringLiteral("selection before"), QClipboard::Selection);
        const QString selectionBefore = system->text(QClipboard::Selection);
        SecretClipboard::instance()->copy(QStringLiteral("Kx7-secret-Pw-0044"));
        const QMimeData *data = system->mimeData(QClipboard::Clipboard);
        QVERIFY(data);
        QCOMPARE(data->text(), QStringLiteral("Kx7-secret-Pw-0044"));
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QCOMPARE(system->text(QClipboard::Selection), selectionBefore);
        QSignalSpy expired(SecretClipboard::instance(), &SecretClipboard::expired);
        QVERIFY(expired.wait(5000));
    }

    void panelFieldHasABufferOfItsOwn() {
        OnceSecretPanel panel;
        const QString password = QStringLiteral("Own-Buffer-Secret-77").toLower();
        panel.setSecret(QStringLiteral("pbx_v3"), password);
        auto *field = panel.findChild<QLineEdit *>(QStringLiteral("passwordValue"));
        QVERIFY(field);
        QCOMPARE(field->text(), password);
        QVERIFY(field->text().constData() != password.constData());
        QVERIFY(password.isDetached());
    }

    void leavesSomethingElseAlone() {
        SecretClipboard *clipboard = SecretClipboard::instance();
        QSignalSpy expired(clipboard, &SecretClipboard::expired);
        clipboard->copy(QStringLiteral("Kx7-secret-Pw-0043"));
        QGuiApplication::clipboard()->setText(QStringLiteral("a ticket number the user copied"));
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().toBool(), false);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("a ticket number the user copied"));
    }

    void copyAgainRestartsTheDelayForTheNewSecret() {
        SecretClipboard *clipboard = SecretClipboard::instance();
        QSignalSpy expired(clipboard, &SecretClipboard::expired);
        clipboard->copy(QStringLiteral("first-Secret-111"));
        clipboard->copy(QStringLiteral("second-Secret-222"));
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired.first().first().toBool(), true);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void copyButtonOfThePanelUsesTheSameRule() {
        OnceSecretPanel panel;
        panel.setSecret(QStringLiteral("pbx_v2"), QStringLiteral("Panel-Secret-9876"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *copy = panel.findChild<QPushButton *>(QStringLiteral("copyPasswordButton"));
        QVERIFY(copy && copy->isVisible());
        QSignalSpy expired(SecretClipboard::instance(), &SecretClipboard::expired);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Panel-Secret-9876"));
        QVERIFY(expired.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        panel.setPasswordUnavailable(QStringLiteral("pbx_v2"), QStringLiteral("gone"));
        QVERIFY(!copy->isVisible());
        QVERIFY(panel.findChild<QLineEdit *>(QStringLiteral("passwordValue"))->text().isEmpty());
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
