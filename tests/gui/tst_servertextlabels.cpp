// Text a server sent (an error description, a trunk name) is shown as plain text: markup in it
// appears literally and is never rendered, so a server cannot style a label, load an image or
// plant a link. Checked on what the label renders and on what a screen reader is given.
#include "accounts/accountdialog.h"
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "common/banner.h"
#include "common/stateview.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::ui;

namespace {

const QString kServerText = QStringLiteral("<b>x</b><img src=\"file:///etc/hostname\">");

// True when `label` shows `text` with its markup as characters, as a reader would hear it too.
bool showsLiterally(QLabel *label, const QString &text) {
    if (!label || !label->text().contains(text) || label->textFormat() != Qt::PlainText)
        return false;
    QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(label);
    return a11y && a11y->text(QAccessible::Name).contains(text);
}

} // namespace

class TestServerTextLabels : public QObject {
    Q_OBJECT

private slots:
    void stateViewShowsTheErrorLiterally() {
        StateView view;
        view.showError(QStringLiteral("Could not load the trunks"), kServerText);
        view.show();
        QVERIFY(showsLiterally(view.findChild<QLabel *>(QStringLiteral("stateText")), kServerText));
    }

    void errorBannerShowsTheErrorLiterally() {
        Banner banner(Banner::Kind::Error);
        banner.setPlainText(true);
        banner.setText(kServerText);
        banner.show();
        QVERIFY(
            showsLiterally(banner.findChild<QLabel *>(QStringLiteral("bannerText")), kServerText));
    }

    void accountDialogShowsTheServersRefusalLiterally() {
        QTemporaryDir dir;
        AccountManager manager(
            std::make_unique<ProfileStore>(dir.filePath(QStringLiteral("labels.ini"))));
        ConnectionVerifier refuse = [](const ClientConfig &, QObject *, VerifyDone done) {
            ApiError error;
            error.kind = ApiError::Kind::Authentication;
            error.httpStatus = 401;
            error.message = kServerText;
            done(error);
        };
        AccountDialog dialog(&manager, refuse);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("accountNameEdit")),
                         QStringLiteral("Markup"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("accountSidEdit")),
                         QStringLiteral("acme1"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")),
                         QStringLiteral("key"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiTokenEdit")),
                         QStringLiteral("token"));
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        QVERIFY(test && test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
        QTRY_VERIFY(status && status->text().contains(kServerText));
        QVERIFY(showsLiterally(status, kServerText));
    }
};

QTEST_MAIN(TestServerTextLabels)
#include "tst_servertextlabels.moc"
