#include "api/ratelimiter.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <deque>
#include <functional>
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

// A server that counts arrivals in a rolling minute, as the sandbox and the live API do: an
// arrival is accepted when fewer than `limit` accepted arrivals lie in (a - Minute, a]. With
// `tick` > 1 it keeps its times in whole ticks (e.g. seconds), rounded down.
struct ArrivalCountingServer {
    int limit;
    qint64 tick = 1;
    std::deque<qint64> accepted;

    bool arrive(qint64 at) {
        const qint64 t = at - at % tick;
        while (!accepted.empty() && accepted.front() <= t - Minute)
            accepted.pop_front();
        if (int(accepted.size()) >= limit)
            return false;
        accepted.push_back(t);
        return true;
    }
};

struct Traffic {
    int rejected = 0;
    std::vector<qint64> arrivals; // accepted, in arrival order
};

// `requests` queued at once and driven through the limiter with an event simulation: each
// request travels `transit(i)` ms to the server and as long back. With `answerAtStart` the
// owner reports every request finished the moment it starts — the accounting by start times
// that lets transit jitter through (kept as the control that proves the simulation can fail).
Traffic simulate(RateLimiter &limiter, qint64 &now, int requests, ArrivalCountingServer server,
                 const std::function<qint64(int)> &transit, bool answerAtStart = false) {
    for (int i = 0; i < requests; ++i)
        limiter.enqueue();
    struct Event {
        bool arrival;
        RateLimiter::Ticket ticket;
        int index;
    };
    std::multimap<qint64, Event> events;
    Traffic traffic;
    int started = 0;
    int answered = 0;
    while (answered < requests) {
        while (!events.empty() && events.begin()->first <= now) {
            const Event e = events.begin()->second;
            events.erase(events.begin());
            if (e.arrival) {
                if (server.arrive(now))
                    traffic.arrivals.push_back(now);
                else
                    ++traffic.rejected;
                events.emplace(now + transit(e.index), Event{false, e.ticket, e.index});
            } else {
                ++answered;
                if (!answerAtStart)
                    limiter.finish(e.ticket);
            }
        }
        for (const auto ticket : limiter.startReady()) {
            events.emplace(now + transit(started), Event{true, ticket, started});
            ++started;
            if (answerAtStart)
                limiter.finish(ticket);
        }
        qint64 next = events.empty() ? std::numeric_limits<qint64>::max() : events.begin()->first;
        const qint64 wait = limiter.msUntilNextStart();
        if (wait == 0)
            break; // startReady() left a startable ticket behind: the caller sees a stall
        if (wait > 0)
            next = std::min(next, now + wait);
        if (next == std::numeric_limits<qint64>::max())
            break;
        now = std::max(now + 1, next);
    }
    return traffic;
}

// Requests per minute after the first `limit`: (n - limit) arrivals over the time from the
// limit-th arrival to the last. A limiter that keeps the pace exactly gives `limit`.
double sustainedPerMinute(const std::vector<qint64> &arrivals, int limit) {
    const std::size_t n = arrivals.size();
    if (n <= std::size_t(limit))
        return 0;
    const qint64 span = arrivals.back() - arrivals[std::size_t(limit) - 1];
    return span > 0 ? double(n - std::size_t(limit)) * double(Minute) / double(span) : 0;
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
    void slotIsHeldUntilAWindowAfterTheAnswer();
    void windowFullOfRequestsInFlightWaitsForAnswers();
    void marginStretchesTheSaturatedPace();
    void serverCountingArrivalsNeverRejects_data();
    void serverCountingArrivalsNeverRejects();
    void startTimeAccountingIsRejected();
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
    std::multimap<qint64, RateLimiter::Ticket> completions; // answer time → ticket
    std::size_t nextArrival = 0;
    int maxInFlight = 0;

    while (startedOrder.size() < std::size_t(Count)) {
        while (nextArrival < arrivals.size() && arrivals[nextArrival] <= now) {
            enqueued.push_back(limiter.enqueue());
            ++nextArrival;
        }
        while (!completions.empty() && completions.begin()->first <= now) {
            limiter.finish(completions.begin()->second);
            completions.erase(completions.begin());
        }
        for (const auto ticket : limiter.startReady()) {
            startedOrder.push_back(ticket);
            startTimes.push_back(now);
            completions.emplace(now + 5 + qint64(rng.bounded(3000)), ticket);
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
        for (const auto ticket : limiter.startReady()) {
            starts.push_back(now);
            limiter.finish(ticket); // answered at once
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
    const auto startAndAnswer = [&limiter] {
        const auto started = limiter.startReady();
        for (const auto ticket : started)
            limiter.finish(ticket);
        return int(started.size());
    };
    for (int i = 0; i < 500; ++i)
        limiter.enqueue();
    QCOMPARE(startAndAnswer(), 200);
    QCOMPARE(limiter.queuedCount(), 300);
    QCOMPARE(limiter.msUntilNextStart(), Minute);
    now = Minute - 1;
    QVERIFY(limiter.startReady().empty());
    QCOMPARE(limiter.msUntilNextStart(), qint64(1));
    now = Minute;
    QCOMPARE(startAndAnswer(), 200);
    now = 2 * Minute;
    QCOMPARE(startAndAnswer(), 100);
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
    limiter.finish(a);
    const auto retry = limiter.enqueueFront();
    std::vector<RateLimiter::Ticket> order;
    for (int i = 0; i < 3; ++i) {
        ready = limiter.startReady();
        QCOMPARE(ready.size(), std::size_t(1));
        order.push_back(ready.front());
        limiter.finish(ready.front());
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
    const auto started = limiter.startReady();
    QCOMPARE(int(started.size()), 2);
    QCOMPARE(limiter.inFlightCount(), 2);
    QCOMPARE(limiter.msUntilNextStart(), qint64(-1)); // waits for an answer, not for time
    QVERIFY(limiter.startReady().empty());
    limiter.finish(started.back());
    limiter.finish(started.back()); // a second finish of the same ticket changes nothing
    QCOMPARE(limiter.inFlightCount(), 1);
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
    const auto started = limiter.startReady();
    QCOMPARE(int(started.size()), 2);
    for (const auto ticket : started)
        limiter.finish(ticket);
    limiter.pauseFor(1000);
    QCOMPARE(limiter.msUntilNextStart(), Minute); // the window frees later than the pause
    now = 10;
    limiter.pauseFor(Minute + 5000);
    QCOMPARE(limiter.msUntilNextStart(), Minute + 5000);
    now = Minute + 5010;
    QCOMPARE(int(limiter.startReady().size()), 1);
}

// The server counts the arrival, which can be as late as the answer: the slot stays taken
// until a window (plus the margin) after finish(), not after the start.
void TestRateLimiter::slotIsHeldUntilAWindowAfterTheAnswer() {
    qint64 now = 0;
    RateLimiter limiter(
        2, 10, [&now] { return now; }, Minute, 1000);
    const auto a = limiter.enqueue();
    const auto b = limiter.enqueue();
    limiter.enqueue();
    QCOMPARE(int(limiter.startReady().size()), 2);
    now = 5000;
    limiter.finish(a);
    QCOMPARE(limiter.msUntilNextStart(), Minute + 1000); // a's slot frees at 66 000
    now = 20000;
    limiter.finish(b); // frees at 81 000, later than a's
    QCOMPARE(limiter.msUntilNextStart(), 5000 + Minute + 1000 - now);
    now = 5000 + Minute + 999;
    QVERIFY(limiter.startReady().empty());
    QCOMPARE(limiter.startsInWindow(), 2);
    now = 5000 + Minute + 1000;
    QCOMPARE(int(limiter.startReady().size()), 1);
    QCOMPARE(limiter.startsInWindow(), 2); // b's and the new one
    QCOMPARE(limiter.msUntilNextStart(), qint64(-1));
}

void TestRateLimiter::windowFullOfRequestsInFlightWaitsForAnswers() {
    qint64 now = 0;
    RateLimiter limiter(3, 10, [&now] { return now; });
    for (int i = 0; i < 4; ++i)
        limiter.enqueue();
    const auto started = limiter.startReady();
    QCOMPARE(int(started.size()), 3);
    now = 10 * Minute; // however long they take, unanswered requests keep their slots
    QVERIFY(limiter.startReady().empty());
    QCOMPARE(limiter.msUntilNextStart(), qint64(-1)); // only an answer can free a slot
    limiter.finish(started[1]);
    QCOMPARE(limiter.msUntilNextStart(), Minute);
    now += Minute;
    QCOMPARE(int(limiter.startReady().size()), 1);
}

// With instant answers and a 1 s margin a saturated queue runs at `limit` per 61 s: the
// margin's whole cost, 1.6% of the limit.
void TestRateLimiter::marginStretchesTheSaturatedPace() {
    qint64 now = 0;
    RateLimiter limiter(
        200, 1000, [&now] { return now; }, Minute, 1000);
    for (int i = 0; i < 600; ++i)
        limiter.enqueue();
    std::vector<qint64> starts;
    while (limiter.queuedCount() > 0) {
        for (const auto ticket : limiter.startReady()) {
            starts.push_back(now);
            limiter.finish(ticket);
        }
        const qint64 wait = limiter.msUntilNextStart();
        QVERIFY(wait != 0);
        if (wait > 0)
            now += wait;
    }
    QCOMPARE(int(starts.size()), 600);
    for (std::size_t k = 0; k < starts.size(); ++k)
        QCOMPARE(starts[k], qint64(k / 200) * (Minute + 1000));
    QVERIFY(sustainedPerMinute(starts, 200) >= 0.95 * 200);
}

void TestRateLimiter::serverCountingArrivalsNeverRejects_data() {
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<qint64>("maxTransit"); // one way, ms
    QTest::addColumn<bool>("slowFirstWindow");
    QTest::addColumn<qint64>("serverTick");
    QTest::addColumn<double>("minShareOfLimit");
    // The 66% / 7×429 of the first benchmark came from this shape: the first requests of a
    // window travel long, the ones a minute later are quick.
    QTest::newRow("slow first window, quick later")
        << 1u << qint64(2000) << true << qint64(1) << 0.95;
    QTest::newRow("jitter up to 300 ms") << 2u << qint64(300) << false << qint64(1) << 0.95;
    QTest::newRow("jitter up to 300 ms, server in whole seconds")
        << 3u << qint64(300) << false << qint64(1000) << 0.95;
    // Correctness only: answers this slow cost throughput by their nature.
    QTest::newRow("jitter up to 5 s") << 4u << qint64(5000) << false << qint64(1) << 0.0;
}

// 1,000 GETs queued at once through the client's real settings (200/min, 6 in flight, 1 s
// margin) against a server that counts arrivals: never a 429, and at least 95% of the limit
// sustained when answers take a realistic time.
void TestRateLimiter::serverCountingArrivalsNeverRejects() {
    QFETCH(quint32, seed);
    QFETCH(qint64, maxTransit);
    QFETCH(bool, slowFirstWindow);
    QFETCH(qint64, serverTick);
    QFETCH(double, minShareOfLimit);

    QRandomGenerator rng(seed);
    const auto transit = [&](int index) -> qint64 {
        if (slowFirstWindow)
            return index < 200 ? maxTransit : 1;
        return 1 + qint64(rng.bounded(int(maxTransit)));
    };
    qint64 now = 0;
    RateLimiter limiter(
        200, 6, [&now] { return now; }, Minute, 1000);
    const Traffic traffic =
        simulate(limiter, now, 1000, ArrivalCountingServer{200, serverTick, {}}, transit);
    QCOMPARE(traffic.rejected, 0);
    QCOMPARE(int(traffic.arrivals.size()), 1000);
    QCOMPARE(limiter.queuedCount(), 0);
    const double share = sustainedPerMinute(traffic.arrivals, 200) / 200.0;
    QVERIFY2(share >= minShareOfLimit,
             qPrintable(QStringLiteral("sustained %1% of the limit").arg(100.0 * share)));
    QVERIFY(share <= 1.0);
}

// The control: counting start times (a request's slot freed a window after it started, as the
// limiter used to) lets the server see more than the limit and answer 429.
void TestRateLimiter::startTimeAccountingIsRejected() {
    qint64 now = 0;
    RateLimiter limiter(200, 1000, [&now] { return now; });
    const Traffic traffic = simulate(
        limiter, now, 600, ArrivalCountingServer{200, 1, {}},
        [](int index) -> qint64 { return index < 200 ? 2000 : 1; }, true);
    QVERIFY2(traffic.rejected > 0, "the simulated server should have rejected requests");
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
