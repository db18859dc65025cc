#pragma once

#include <QtGlobal>

#include <deque>
#include <functional>
#include <limits>

namespace exotrunk {

// A sliding-window limiter with a concurrency cap, free of any event loop so that tests and
// benchmarks can drive it with a clock they control.
//
// The server counts a request when it *arrives*, which is somewhere between the moment the
// client starts it and the moment the answer is back; transit times vary, so counting start
// times alone lets the server see more than `limit` in its window when an early request
// travelled longer than a later one. Each start therefore holds a window slot until
// `window + margin` after it finished (answered, failed or aborted). The margin covers a
// server that keeps its window in coarser ticks (whole seconds) than ours.
//
// Guarantees, for any sequence of calls and any transit times:
//  - for every start s, fewer than `limit` other slots were held at s, and every earlier
//    request that is no longer held finished at least `window + margin` before s; so no
//    window of the server's clock [a - window, a] around an arrival a can hold more than
//    `limit` arrivals, whenever in [start, finish] each request arrived;
//  - in particular no half-open interval [t, t + window) contains more than `limit` starts;
//  - at most `maxConcurrent` tickets are started and not yet finished;
//  - tickets start in the order they were queued (enqueueFront puts a retry at the head);
//  - nothing starts while paused (after a 429), and nothing queued is ever dropped.
//
// The owner asks startReady() for the tickets it may start now, calls finish(ticket) when
// each one is done, and sleeps msUntilNextStart() before asking again (or until a finish()).
class RateLimiter {
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    using Ticket = quint64;

    RateLimiter(int limit, int maxConcurrent, Clock clock, qint64 windowMs = 60000,
                qint64 marginMs = 0);

    Ticket enqueue();
    Ticket enqueueFront();
    // Removes a queued ticket; false when it is not queued (already started or unknown).
    bool remove(Ticket ticket);

    // Pops every ticket that may start now, in order, and records their start.
    std::deque<Ticket> startReady();
    // Marks a started ticket as done now: frees its concurrency slot at once and its window
    // slot `window + margin` later. Unknown or already finished tickets are ignored.
    void finish(Ticket ticket);

    // Holds every start until now + ms; a shorter pause never shortens a longer one.
    void pauseFor(qint64 ms);
    bool isPaused() const;
    qint64 pausedUntil() const { return m_pausedUntil; }

    // 0: something may start now; > 0: the next start is possible in that many ms;
    // -1: nothing to wait for by time (queue empty, or only answers still outstanding —
    // the concurrency cap or a window full of requests in flight — hold it back).
    qint64 msUntilNextStart() const;

    int queuedCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return m_inFlight; }
    // Window slots held now: requests in flight plus those finished less than
    // `window + margin` ago.
    int startsInWindow() const;
    int limit() const { return m_limit; }
    int maxConcurrent() const { return m_maxConcurrent; }
    qint64 windowMs() const { return m_windowMs; }
    qint64 marginMs() const { return m_marginMs; }
    qint64 now() const { return m_clock(); }

private:
    static constexpr qint64 InFlight = std::numeric_limits<qint64>::max();
    struct Slot {
        Ticket ticket;
        qint64 freeAt; // InFlight until finished, then finish + window + margin
    };

    void prune(qint64 now) const;

    int m_limit;
    int m_maxConcurrent;
    Clock m_clock;
    qint64 m_windowMs;
    qint64 m_marginMs;
    qint64 m_pausedUntil = std::numeric_limits<qint64>::min();
    int m_inFlight = 0;
    Ticket m_nextTicket = 1;
    std::deque<Ticket> m_queue;
    mutable std::deque<Slot> m_slots; // held window slots, in start order (at most `limit`)
};

} // namespace exotrunk
