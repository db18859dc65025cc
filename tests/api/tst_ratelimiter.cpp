#include "api/ratelimiter.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <map>
#include <vector>

using exotrunk::RateLimiter;

namespace {

constexpr qint64 Minute = 60000;

// Largest number of starts inside any half-open window [t, t + Minute).
int busiestWindow(std::vector<qint64> starts) {
    std::sort(starts.begin(), starts.end());
    int best = 0;
    std::size_t tail = 0;
    for (std::size_t head = 0; head < starts.size(); ++head) {
        while (starts[head] - starts[tail] >= Minute)
            ++tail;
        best = std::max(best, int(head - tail + 1));
    }
    return best;
}

} // namespace

class TestRateLimiter : public QObject {
    Q_OBJECT

private slots:
    void randomArrivalsNeverExceedTheWindow_data();
    void randomArrivalsNeverExceedTheWindow();
    void saturatedQueueUsesEveryWindowSlot();
    void queuedRequestsAreNotDropped();
    void retriesGoToTheFront();
    void removedTicketNeverStarts();
    void concurrencyCapHoldsStarts();
    void pauseHoldsTheWholeQueue();
    void shorterPauseDoesNotShortenLongerOne();
    void pauseAndFullWindowTakeTheLater();
};

void TestRateLimiter::randomArrivalsNeverExceedTheWindow_data() {
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<qint64>("spreadMs"); // arrivals fall in [0, spreadMs)
    QTest::newRow("documented 200/min, 6 in flight") << 200 << 6 << 1u << qint64(4 * Minute);
    QTest::newRow("20/min, bursty") << 20 << 3 << 2u << qint64(30 * Minute);
    QTest::newRow("50/min, 50 in flight") << 50 << 50 << 3u << qint64(10 * Minute);
    QTest::newRow("1/min") << 1 << 1 << 4u << qint64(600 * Minute);
}

// An event-driven simulation: 1,000 requests with random arrival times and random durations,
// the limiter driven by a clock the test moves.
void TestRateLimiter::randomArrivalsNeverExceedTheWindow() {
    QFETCH(int, limit);
    QFETCH(int, concurrency);
    QFETCH(quint32, seed);
    QFETCH(qint64, spreadMs);

    QRandomGenerator rng(seed);
    qint64 now = 0;
    RateLimiter limiter(limit, concurrency, [&now] { return now; });

    constexpr int Count = 1000;
    std::vector<qint64> arrivals(Count);
    for (auto &a : arrivals) {
        // Half the requests come in bursts at a few instants, the rest spread out.
        a = rng.bounded(2) == 0 ? qint64(rng.bounded(5)) * (spreadMs / 5)
                                : qint64(rng.bounded(double(spreadMs)));
    }
    std::sort(arrivals.begin(), arrivals.end());

    std::vector<RateLimiter::Ticket> enqueued;
    std::vector<RateLimiter::Ticket> startedOrder;
    std::vector<qint64> startTimes;
    std::multimap<qint64, int> completions; // time → dummy
    std::size_t nextArrival = 0;
    int maxInFlight = 0;

    while (startedOrder.size() < std::size_t(Count)) {
        while (nextArrival < arrivals.size() && arrivals[nextArrival] <= now) {
            enqueued.push_back(limiter.enqueue());
            ++nextArrival;
        }
        while (!completions.empty() && completions.begin()->first <= now) {
            completions.erase(completions.begin());
            limiter.finish();
        }
        for (const auto ticket : limiter.startReady()) {
            startedOrder.push_back(ticket);
            startTimes.push_back(now);
            completions.emplace(now + 5 + qint64(rng.bounded(3000)), 0);
        }
        maxInFlight = std::max(maxInFlight, limiter.inFlightCount());
        QVERIFY(limiter.startsInWindow() <= limit);

        qint64 next = std::numeric_limits<qint64>::max();
        if (nextArrival < arrivals.size())
            next = std::min(next, arrivals[nextArrival]);
        if (!completions.empty())
            next = std::min(next, completions.begin()->first);
        const qint64 wait = limiter.msUntilNextStart();
        if (wait > 0)
            next = std::min(next, now + wait);
        QVERIFY2(wait != 0, "startReady() left a startable ticket behind");
        QVERIFY2(next != std::numeric_limits<qint64>::max(), "the simulation stalled");
        QVERIFY(next > now);
        now = next;
    }

    QCOMPARE(int(startedOrder.size()), Count);
    QCOMPARE(limiter.queuedCount(), 0);
    QVERIFY(std::equal(enqueued.begin(), enqueued.end(), startedOrder.begin())); // FIFO
    QVERIFY(maxInFlight <= concurrency);
    QVERIFY2(busiestWindow(startTimes) <= limit,
             qPrintable(QStringLiteral("busiest 60 s window held %1 starts, limit %2")
                            .arg(busiestWindow(startTimes))
                            .arg(limit)));
}

// With everything queued at once and instant answers, the limiter starts exactly `limit`
// requests per window: it never exceeds the limit and never wastes a slot.
void TestRateLimiter::saturatedQueueUsesEveryWindowSlot() {
    qint64 now = 0;
    RateLimiter limiter(200, 1000, [&now] { return now; });
    for (int i = 0; i < 1000; ++i)
        limiter.enqueue();
    std::vector<qint64> starts;
    while (limiter.queuedCount() > 0) {
        for (std::size_t n = limiter.startReady().size(); n > 0; --n) {
            starts.push_back(now);
            limiter.finish();
        }
        const qint64 wait = limiter.msUntilNextStart();
        if (wait > 0)
            now += wait;
    }
    QCOMPARE(int(starts.size()), 1000);
    for (std::size_t k = 0; k < starts.size(); ++k)
        QCOMPARE(starts[k], qint64(k / 200) * Minute);
    QCOMPARE(busiestWindow(starts), 200);
}

void TestRateLimiter::queuedRequestsAreNotDropped() {
    qint64 now = 0;
    RateLimiter limiter(200, 500, [&now] { return now; });
    for (int i = 0; i < 500; ++i)
        limiter.enqueue();
    QCOMPARE(int(limiter.startReady().size()), 200);
    QCOMPARE(limiter.queuedCount(), 300);
    QCOMPARE(limiter.msUntilNextStart(), Minute);
    now = Minute - 1;
    QVERIFY(limiter.startReady().empty());
    QCOMPARE(limiter.msUntilNextStart(), qint64(1));
    now = Minute;
    QCOMPARE(int(limiter.startReady().size()), 200);
    now = 2 * Minute;
    QCOMPARE(int(limiter.startReady().size()), 100);
    QCOMPARE(limiter.queuedCount(), 0);
    QCOMPARE(limiter.msUntilNextStart(), qint64(-1));
}

void TestRateLimiter::retriesGoToTheFront() {
    qint64 now = 0;
    RateLimiter limiter(10, 1, [&now] { return now; });
    const auto a = limiter.enqueue();
    const auto b = limiter.enqueue();
    const auto c = limiter.enqueue();
    auto ready = limiter.startReady();
    QCOMPARE(ready.size(), std::size_t(1));
    QCOMPARE(ready.front(), a);
    limiter.finish();
    const auto retry = limiter.enqueueFront();
    std::vector<RateLimiter::Ticket> order;
    for (int i = 0; i < 3; ++i) {
        ready = limiter.startReady();
        QCOMPARE(ready.size(), std::size_t(1));
        order.push_back(ready.front());
        limiter.finish();
    }
    QCOMPARE(order, (std::vector<RateLimiter::Ticket>{retry, b, c}));
}

void TestRateLimiter::removedTicketNeverStarts() {
    qint64 now = 0;
    RateLimiter limiter(10, 10, [&now] { return now; });
    const auto a = limiter.enqueue();
    const auto b = limiter.enqueue();
    QVERIFY(limiter.remove(a));
    QVERIFY(!limiter.remove(a));
    const auto ready = limiter.startReady();
    QCOMPARE(ready.size(), std::size_t(1));
    QCOMPARE(ready.front(), b);
    QVERIFY(!limiter.remove(b));           // already started
    QCOMPARE(limiter.startsInWindow(), 1); // the removed one took no window slot
}

void TestRateLimiter::concurrencyCapHoldsStarts() {
    qint64 now = 0;
    RateLimiter limiter(100, 2, [&now] { return now; });
    for (int i = 0; i < 5; ++i)
        limiter.enqueue();
    QCOMPARE(int(limiter.startReady().size()), 2);
    QCOMPARE(limiter.inFlightCount(), 2);
    QCOMPARE(limiter.msUntilNextStart(), qint64(-1)); // waits for an answer, not for time
    QVERIFY(limiter.startReady().empty());
    limiter.finish();
    QCOMPARE(limiter.msUntilNextStart(), qint64(0));
    QCOMPARE(int(limiter.startReady().size()), 1);
    QCOMPARE(limiter.queuedCount(), 2);
}

void TestRateLimiter::pauseHoldsTheWholeQueue() {
    qint64 now = 1000;
    RateLimiter limiter(100, 10, [&now] { return now; });
    limiter.pauseFor(1500);
    QVERIFY(limiter.isPaused());
    const auto a = limiter.enqueue();
    const auto b = limiter.enqueue();
    QVERIFY(limiter.startReady().empty());
    QCOMPARE(limiter.msUntilNextStart(), qint64(1500));
    now = 2499;
    QVERIFY(limiter.startReady().empty());
    QCOMPARE(limiter.msUntilNextStart(), qint64(1));
    QCOMPARE(limiter.queuedCount(), 2);
    now = 2500;
    QVERIFY(!limiter.isPaused());
    const auto ready = limiter.startReady();
    QCOMPARE(ready.size(), std::size_t(2));
    QCOMPARE(ready[0], a);
    QCOMPARE(ready[1], b);
}

void TestRateLimiter::shorterPauseDoesNotShortenLongerOne() {
    qint64 now = 0;
    RateLimiter limiter(100, 10, [&now] { return now; });
    limiter.pauseFor(4000);
    now = 100;
    limiter.pauseFor(1000);
    QCOMPARE(limiter.pausedUntil(), qint64(4000));
    limiter.enqueue();
    QCOMPARE(limiter.msUntilNextStart(), qint64(3900));
    limiter.pauseFor(5000);
    QCOMPARE(limiter.pausedUntil(), qint64(5100));
}

void TestRateLimiter::pauseAndFullWindowTakeTheLater() {
    qint64 now = 0;
    RateLimiter limiter(2, 10, [&now] { return now; });
    limiter.enqueue();
    limiter.enqueue();
    limiter.enqueue();
    QCOMPARE(int(limiter.startReady().size()), 2);
    limiter.pauseFor(1000);
    QCOMPARE(limiter.msUntilNextStart(), Minute); // the window frees later than the pause
    now = 10;
    limiter.pauseFor(Minute + 5000);
    QCOMPARE(limiter.msUntilNextStart(), Minute + 5000);
    now = Minute + 5010;
    QCOMPARE(int(limiter.startReady().size()), 1);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
