// Trunk list at scale: the real TrunkListModel + TrunkFilterProxyModel + a QTableView shown
// offscreen, loading every page of GET /trunks from a sandbox (in a child process, with its
// real 200/min limit) seeded with 1,000 and then 10,000 generated trunks.
//
// Figures: first page's arrival to it being painted; total load time; the cost of inserting
// rows (model + proxy + view reacting to rowsInserted) per 1,000 rows; filter-as-you-type over
// the 10,000 rows (setting the search text to the view's next paint); peak RSS of this process.
//
//   bench_trunklist

#include "api/exotelclient.h"
#include "benchcommon.h"
#include "trunklistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>

using namespace exotrunk;
using namespace exotrunk::bench;

namespace {

class PaintCounter : public QObject {
public:
    using QObject::QObject;
    int paints = 0;
    qint64 lastPaintNs = 0;
    QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            ++paints;
            if (clock)
                lastPaintNs = clock->nsecsElapsed();
        }
        return QObject::eventFilter(watched, event);
    }
};

ClientConfig configFor(const QUrl &url) {
    const sandbox::SandboxOptions defaults;
    ClientConfig config;
    config.baseUrl = url;
    config.accountSid = defaults.accountSid;
    config.apiKey = defaults.apiKey;
    config.apiToken = defaults.apiToken;
    return config;
}

struct Figures {
    int rows = 0;
    double firstPageVisibleMs = -1;
    double totalLoadMs = -1;
    double insertPer1000Ms = 0;
    double filterMedianMs = 0;
    double filterMaxMs = 0;
    double peakRss = 0;
    bool ok = false;
};

// Waits until `done` or 120 s.
void spinUntil(const std::function<bool()> &done) {
    QElapsedTimer guard;
    guard.start();
    while (!done() && guard.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

Figures measure(int extraTrunks, bool filter) {
    Figures f;
    SandboxProcess sandbox;
    if (!sandbox.start(extraTrunks, 200)) {
        out() << "the sandbox did not start" << Qt::endl;
        return f;
    }
    ExotelClient client(configFor(sandbox.baseUrl()));
    TrunkListModel model;
    model.setPageSize(TrunkListModel::LargePageSize); // as the dashboard asks
    TrunkFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1200, 800);
    view.show();

    QElapsedTimer clock;
    PaintCounter paints;
    paints.clock = &clock;
    view.viewport()->installEventFilter(&paints);
    spinUntil([&] { return paints.paints > 0; });

    qint64 firstPageAt = -1;
    qint64 insertStartedAt = 0;
    qint64 insertNs = 0;
    int inserted = 0;
    // Connected after the proxy and the view, so the span covers their reactions too.
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model,
                     [&] { insertStartedAt = clock.nsecsElapsed(); });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
                     [&](const QModelIndex &, int first, int last) {
                         const qint64 now = clock.nsecsElapsed();
                         insertNs += now - insertStartedAt;
                         inserted += last - first + 1;
                         if (firstPageAt < 0)
                             firstPageAt = insertStartedAt;
                     });

    clock.start();
    model.setClient(&client, nullptr);
    model.refresh();
    int paintsAtFirstPage = -1;
    spinUntil([&] {
        if (firstPageAt >= 0 && paintsAtFirstPage < 0)
            paintsAtFirstPage = paints.paints;
        return firstPageAt >= 0;
    });
    spinUntil([&] { return paints.paints > paintsAtFirstPage && paintsAtFirstPage >= 0; });
    f.firstPageVisibleMs = double(paints.lastPaintNs - firstPageAt) / 1e6;
    spinUntil([&] { return model.state() != TrunkListModel::State::Loading && !model.isBusy(); });
    f.totalLoadMs = double(clock.nsecsElapsed()) / 1e6;
    f.rows = model.rowCount();
    f.ok = model.state() == TrunkListModel::State::Loaded;
    f.insertPer1000Ms = inserted > 0 ? double(insertNs) / 1e6 / inserted * 1000.0 : 0;

    if (filter) {
        // Typing "gen_00" then "test" (matches nothing), character by character, and clearing.
        const QStringList typed = {QStringLiteral("g"),
                                   QStringLiteral("ge"),
                                   QStringLiteral("gen"),
                                   QStringLiteral("gen_"),
                                   QStringLiteral("gen_0"),
                                   QStringLiteral("gen_00"),
                                   QString(),
                                   QStringLiteral("t"),
                                   QStringLiteral("te"),
                                   QStringLiteral("tes"),
                                   QStringLiteral("test"),
                                   QString()};
        std::vector<double> latencies;
        for (const QString &text : typed) {
            // Filtering, the view's reaction to it, and one synchronous repaint of the viewport.
            const qint64 start = clock.nsecsElapsed();
            proxy.setSearchText(text);
            QCoreApplication::processEvents();
            view.viewport()->repaint();
            latencies.push_back(double(clock.nsecsElapsed() - start) / 1e6);
        }
        f.filterMedianMs = median(latencies);
        f.filterMaxMs = percentile(latencies, 100);
    }
    f.peakRss = peakRssMiB();
    return f;
}

} // namespace

int main(int argc, char *argv[]) {
    const int served = serveIfAsked(argc, argv);
    if (served >= 0)
        return served;
    QApplication app(argc, argv);

    out() << "Trunk list at scale (TrunkListModel + TrunkFilterProxyModel + QTableView, "
             "offscreen; sandbox in a child process at 200 requests/min, "
          << TrunkListModel::LargePageSize << " trunks a page as the dashboard asks)" << Qt::endl;
    // 6 demo trunks + 994 / 9,994 / 10,000 generated: 1,000, 10,000 and 10,006 rows. At the
    // server's default of 50 a page the last needed 201 requests, one more than the limit.
    for (const int n : {994, 9994, 10000}) {
        const Figures f = measure(n, n == 9994);
        if (!f.ok) {
            out() << "  " << n << " trunks: the load did not complete" << Qt::endl;
            return 1;
        }
        const int pages =
            (f.rows + TrunkListModel::LargePageSize - 1) / TrunkListModel::LargePageSize;
        out() << "  " << n << " generated trunks (" << f.rows << " rows with the demo trunks, "
              << pages << " pages):" << Qt::endl
              << "    first page arrival -> painted: " << fmt(f.firstPageVisibleMs, 2) << " ms"
              << Qt::endl
              << "    total load (refresh -> loaded): " << fmt(f.totalLoadMs) << " ms" << Qt::endl
              << "    insert cost per 1,000 rows:     " << fmt(f.insertPer1000Ms, 2) << " ms"
              << Qt::endl;
        if (n == 9994)
            out() << "    filter-as-you-type over " << f.rows
                  << " rows (set text -> painted): median " << fmt(f.filterMedianMs, 2)
                  << " ms, max " << fmt(f.filterMaxMs, 2) << " ms   (target < 16 ms)" << Qt::endl;
        out() << "    peak RSS so far (VmHWM):        " << fmt(f.peakRss) << " MiB"
              << (n >= 9994 ? "   (target < 120 MB)" : "") << Qt::endl;
    }
    return 0;
}
