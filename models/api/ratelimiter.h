#pragma once

#include <QtGlobal>

#include <deque>
#include <functional>
#include <limits>

namespace exotrunk {

// A sliding-window limiter with a concurrency cap, free of any event loop so that tests and
// benchmarks can drive it with a clock they control.
//
// Guarantees, for any sequence of calls:
//  - no half-open interval [t, t + window) contains more than `limit` starts;
//  - at most `maxConcurrent` tickets are started and not yet finished;
//  - tickets start in the order they were queued (enqueueFront puts a retry at the head);
//  - nothing starts while paused (after a 429), and nothing queued is ever dropped.
//
// The owner asks startReady() for the tickets it may start now, calls finish() when each one
// is done, and sleeps msUntilNextStart() before asking again.
class RateLimiter {
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    using Ticket = quint64;

    RateLimiter(int limit, int maxConcurrent, Clock clock, qint64 windowMs = 60000);

    Ticket enqueue();
    Ticket enqueueFront();
    // Removes a queued ticket; false when it is not queued (already started or unknown).
    bool remove(Ticket ticket);

    // Pops every ticket that may start now, in order, and records their start.
    std::deque<Ticket> startReady();
    // Marks one started ticket as finished (frees a concurrency slot, not a window slot).
    void finish();

    // Holds every start until now + ms; a shorter pause never shortens a longer one.
    void pauseFor(qint64 ms);
    bool isPaused() const;
    qint64 pausedUntil() const { return m_pausedUntil; }

    // 0: something may start now; > 0: the next start is possible in that many ms;
    // -1: nothing to wait for by time (queue empty, or only the concurrency cap holds it).
    qint64 msUntilNextStart() const;

    int queuedCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return m_inFlight; }
    // Starts inside the current window (the last `window` ms).
    int startsInWindow() const;
    int limit() const { return m_limit; }
    int maxConcurrent() const { return m_maxConcurrent; }
    qint64 windowMs() const { return m_windowMs; }
    qint64 now() const { return m_clock(); }

private:
    void prune(qint64 now) const;

    int m_limit;
    int m_maxConcurrent;
    Clock m_clock;
    qint64 m_windowMs;
    qint64 m_pausedUntil = std::numeric_limits<qint64>::min();
    int m_inFlight = 0;
    Ticket m_nextTicket = 1;
    std::deque<Ticket> m_queue;
    mutable std::deque<qint64> m_starts; // start times inside the window, oldest first
};

} // namespace exotrunk
