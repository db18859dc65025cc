// The "Not encrypted" strip: the real main window connected over real HTTP(S) to sandboxes,
// as an account (saved profile) and as the sandbox itself.
#include "common/banner.h"
#include "guitesthelpers.h"
#include "knowntrunksstore.h"
#include "mainwindow.h"
#include "testcertificates.h"
#include "trunklistmodel.h"

#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;
using ui::Banner;
using ui::MainWindow;

namespace {

ui::ConnectionInfo accountInfo() {
    ui::ConnectionInfo info;
    info.profileId = QStringLiteral("b0c1d2e3-profile");
    info.profileName = QStringLiteral("Acme test server");
    info.regionLabel = QStringLiteral("127.0.0.1");
    info.accountSid = QStringLiteral("ameyo5m");
    return info;
}

ui::ConnectionInfo sandboxInfo() {
    ui::ConnectionInfo info;
    info.profileId = QStringLiteral("sandbox");
    info.profileName = QStringLiteral("Sandbox");
    info.regionLabel = QStringLiteral("Sandbox (this computer)");
    info.sandbox = true;
    return info;
}

} // namespace

class TestPlainHttpBanner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        const QString problem = m_certificates.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_http = startSandbox(unlimitedSandbox());
        QVERIFY(m_http);
        sandbox::SandboxOptions tls = unlimitedSandbox();
        tls.tls = m_certificates.trusted();
        m_https = startSandbox(tls);
        QVERIFY(m_https);
    }

    void accountOverPlainHttpIsWarnedSandboxIsNot() {
        auto httpClient = fastClientFor(*m_http);
        ClientConfig tlsConfig = clientConfigFor(*m_https);
        tlsConfig.caCertificateFile = m_certificates.caFile();
        ExotelClient httpsClient(tlsConfig);
        KnownTrunksStore known(QStringLiteral("plain"), KnownTrunksStore::Persistence::MemoryOnly);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // An account (not the sandbox) over http:// to loopback.
        window.setConnection(httpClient.get(), &known, accountInfo());
        Banner *banner = window.plainHttpBanner();
        QVERIFY(banner);
        QCOMPARE(banner->objectName(), QStringLiteral("plainHttpBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), Banner::Kind::Warning);
        QCOMPARE(banner->title(), QStringLiteral("Not encrypted"));
        QVERIFY2(banner->text().contains(QStringLiteral("127.0.0.1:%1").arg(m_http->port())),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("unencrypted")),
                 qPrintable(banner->text()));
        QVERIFY(!banner->accessibleName().isEmpty());
        QVERIFY(!window.sandboxBanner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.trunkListModel()->isBusy(), 10000);

        // The same kind of server as the sandbox: no warning, the sandbox strip instead.
        window.setConnection(httpClient.get(), &known, sandboxInfo());
        QVERIFY(!banner->isVisible());
        QVERIFY(window.sandboxBanner()->isVisible());

        // An account over https://: no warning.
        window.setConnection(&httpsClient, &known, accountInfo());
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.trunkListModel()->isBusy(), 10000);
        QVERIFY(!m_https->requestLog().isEmpty()); // it really connected

        // Back to plain http: warned again; no connection: nothing.
        window.setConnection(httpClient.get(), &known, accountInfo());
        QVERIFY(banner->isVisible());
        window.clearConnection();
        QVERIFY(!banner->isVisible());
    }

private:
    TestCertificates m_certificates;
    std::unique_ptr<sandbox::SandboxServer> m_http;
    std::unique_ptr<sandbox::SandboxServer> m_https;
};

QTEST_MAIN(TestPlainHttpBanner)
#include "tst_plainhttpbanner.moc"
