// A whole console session with a distinctive API token, then a search for that token in the
// configuration directory, the cache directory and every log line: it must appear nowhere.
#include "common/banner.h"
#include "guitesthelpers.h"
#include "knowntrunksstore.h"
#include "mainwindow.h"
#include "trunkdetailsmodels.h"
#include "trunklistmodel.h"

#include "logcapture.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {
constexpr int kWait = 15000;

// Every file under `root` whose bytes contain `needle` (also base64 of it, as an Authorization
// header would carry it together with the key).
QStringList filesContaining(const QString &root, const QByteArray &needle) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(needle))
            hits << path;
    }
    return hits;
}

QTemporaryDir *configHome = nullptr;
QTemporaryDir *cacheHome = nullptr;
QTemporaryDir *dataHome = nullptr;
} // namespace

class SessionTokenTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { testing::LogCapture::instance().install(); }

    void cleanupTestCase() { testing::LogCapture::instance().uninstall(); }

    void theTokenIsWrittenNowhere() {
        const QString token = QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString basic =
            QString::fromLatin1(QStringLiteral("sandbox:%1").arg(token).toUtf8().toBase64());
        sandbox::SandboxOptions options = unlimitedSandbox();
        options.apiToken = token;
        auto server = startSandbox(options);
        QVERIFY(server);
        auto client = fastClientFor(*server);
        QCOMPARE(client->config().apiToken, token);

        // A persistent store, so the session does write its settings where the search looks.
        auto known = std::make_unique<KnownTrunksStore>(QStringLiteral("token-profile"));
        {
            ui::MainWindow window;
            window.show();
            ui::ConnectionInfo info;
            info.profileId = QStringLiteral("token-profile");
            info.profileName = QStringLiteral("Token check");
            info.regionLabel = QStringLiteral("Sandbox");
            info.accountSid = server->options().accountSid;
            window.setConnection(client.get(), known.get(), info);
            QTRY_COMPARE_WITH_TIMEOUT(window.trunkListModel()->state(),
                                      TrunkListModel::State::Loaded, kWait);
            QVERIFY(!window.windowTitle().contains(token));

            // Browse: filter, open details, back.
            QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("trunkFilterEdit")),
                             QStringLiteral("test"));
            window.openTrunk(TrunkSid(server->trunkSid(QStringLiteral("test_123"))));
            QTRY_VERIFY_WITH_TIMEOUT(window.detailsController()->sectionsSettled(), kWait);
            window.showTrunkList();

            // Open by ID (remembered in the settings), a failed refresh, a delete.
            window.trunkListModel()->openTrunkById(
                TrunkSid(server->trunkSid(QStringLiteral("test_alias1"))));
            QTRY_VERIFY_WITH_TIMEOUT(
                known->contains(TrunkSid(server->trunkSid(QStringLiteral("test_alias1")))), kWait);
            sandbox::Fault fault;
            fault.kind = sandbox::Fault::Kind::ServerError;
            fault.method = QStringLiteral("GET");
            fault.pathContains = QStringLiteral("/trunks");
            fault.times = -1;
            server->addFault(fault);
            window.showTrunkList(); // opening by ID showed the trunk's page
            window.refreshAction()->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(window.trunkListModel()->state(),
                                      TrunkListModel::State::RefreshFailed, kWait);
            server->clearFaults();
            window.trunkListModel()->deleteTrunk(
                TrunkSid(server->trunkSid(QStringLiteral("test_alias2"))));
            QTRY_VERIFY_WITH_TIMEOUT(server->trunkSid(QStringLiteral("test_alias2")).isEmpty(),
                                     kWait);

            // A client with a wrong token: the authentication error must not echo a token.
            ClientConfig wrong = clientConfigFor(*server);
            wrong.apiToken = token + QStringLiteral("-wrong");
            ExotelClient wrongClient(wrong);
            bool failed = false;
            QString message;
            wrongClient.listTrunks(this, [&](const ApiResult<QList<Trunk>> &result) {
                failed = !result.isOk();
                message = result.error().userMessage() + result.error().technicalDetails();
            });
            QTRY_VERIFY_WITH_TIMEOUT(failed, kWait);
            QVERIFY(!message.contains(token));
            window.clearConnection();
        }
        QSettings().sync();

        const QString configDir =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        const QString cacheDir =
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        QVERIFY(configDir.startsWith(configHome->path()));
        QVERIFY(cacheDir.startsWith(cacheHome->path()));
        // The session did write settings, so the search below looks at real output.
        QDirIterator written(configDir, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(written.hasNext(), "the session wrote no settings at all");

        // The search itself works: a planted copy of the token is found.
        {
            QTemporaryDir probe;
            QFile planted(probe.filePath(QStringLiteral("planted.txt")));
            QVERIFY(planted.open(QIODevice::WriteOnly));
            planted.write("prefix " + token.toUtf8() + " suffix");
            planted.close();
            QCOMPARE(filesContaining(probe.path(), token.toUtf8()).size(), 1);
        }

        for (const QString &dir : {configDir, cacheDir, dataHome->path()}) {
            QCOMPARE(filesContaining(dir, token.toUtf8()), QStringList());
            QCOMPARE(filesContaining(dir, basic.toLatin1()), QStringList());
        }
        const QStringList capturedLog = testing::LogCapture::instance().lines();
        QVERIFY2(capturedLog.size() > 10, "the session logged (almost) nothing");
        const bool apiLogged =
            std::any_of(capturedLog.cbegin(), capturedLog.cend(), [](const QString &line) {
                return line.startsWith(QLatin1String("exotrunk."));
            });
        QVERIFY(apiLogged);
        for (const QString &line : std::as_const(capturedLog)) {
            QVERIFY2(!line.contains(token), qPrintable(line));
            QVERIFY2(!line.contains(basic), qPrintable(line));
        }
    }
};

int main(int argc, char *argv[]) {
    // Throwaway XDG directories before anything reads them: the search must cover exactly
    // what this session wrote.
    QTemporaryDir config;
    QTemporaryDir cache;
    QTemporaryDir data;
    configHome = &config;
    cacheHome = &cache;
    dataHome = &data;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_CACHE_HOME", cache.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ExotrunkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessiontoken"));
    SessionTokenTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessiontoken.moc"
