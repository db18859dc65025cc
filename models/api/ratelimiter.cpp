#include "api/ratelimiter.h"

#include <algorithm>

namespace exotrunk {

RateLimiter::RateLimiter(int limit, int maxConcurrent, Clock clock, qint64 windowMs)
    : m_limit(std::max(1, limit))
    , m_maxConcurrent(std::max(1, maxConcurrent))
    , m_clock(std::move(clock))
    , m_windowMs(std::max<qint64>(1, windowMs)) {}

RateLimiter::Ticket RateLimiter::enqueue() {
    const Ticket t = m_nextTicket++;
    m_queue.push_back(t);
    return t;
}

RateLimiter::Ticket RateLimiter::enqueueFront() {
    const Ticket t = m_nextTicket++;
    m_queue.push_front(t);
    return t;
}

bool RateLimiter::remove(Ticket ticket) {
    const auto it = std::find(m_queue.begin(), m_queue.end(), ticket);
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    return true;
}

void RateLimiter::prune(qint64 now) const {
    // A start at s occupies the window until s + window (exclusive).
    while (!m_starts.empty() && m_starts.front() + m_windowMs <= now)
        m_starts.pop_front();
}

std::deque<RateLimiter::Ticket> RateLimiter::startReady() {
    std::deque<Ticket> ready;
    const qint64 now = m_clock();
    if (now < m_pausedUntil)
        return ready;
    prune(now);
    while (!m_queue.empty() && m_inFlight < m_maxConcurrent && int(m_starts.size()) < m_limit) {
        ready.push_back(m_queue.front());
        m_queue.pop_front();
        m_starts.push_back(now);
        ++m_inFlight;
    }
    return ready;
}

void RateLimiter::finish() {
    if (m_inFlight > 0)
        --m_inFlight;
}

void RateLimiter::pauseFor(qint64 ms) {
    m_pausedUntil = std::max(m_pausedUntil, m_clock() + std::max<qint64>(0, ms));
}

bool RateLimiter::isPaused() const {
    return m_clock() < m_pausedUntil;
}

qint64 RateLimiter::msUntilNextStart() const {
    if (m_queue.empty() || m_inFlight >= m_maxConcurrent)
        return -1;
    const qint64 now = m_clock();
    prune(now);
    qint64 at = now;
    if (m_pausedUntil > at)
        at = m_pausedUntil;
    if (int(m_starts.size()) >= m_limit) {
        // The oldest start that must leave the window before another may begin.
        const qint64 frees = m_starts[m_starts.size() - std::size_t(m_limit)] + m_windowMs;
        at = std::max(at, frees);
    }
    return at - now;
}

int RateLimiter::startsInWindow() const {
    prune(m_clock());
    return int(m_starts.size());
}

} // namespace exotrunk
