#include "api/ratelimiter.h"

#include <algorithm>
#include <vector>

namespace exotrunk {

RateLimiter::RateLimiter(int limit, int maxConcurrent, Clock clock, qint64 windowMs,
                         qint64 marginMs)
    : m_limit(std::max(1, limit))
    , m_maxConcurrent(std::max(1, maxConcurrent))
    , m_clock(std::move(clock))
    , m_windowMs(std::max<qint64>(1, windowMs))
    , m_marginMs(std::max<qint64>(0, marginMs)) {}

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
    m_slots.erase(std::remove_if(m_slots.begin(), m_slots.end(),
                                 [now](const Slot &slot) { return slot.freeAt <= now; }),
                  m_slots.end());
}

std::deque<RateLimiter::Ticket> RateLimiter::startReady() {
    std::deque<Ticket> ready;
    const qint64 now = m_clock();
    if (now < m_pausedUntil)
        return ready;
    prune(now);
    while (!m_queue.empty() && m_inFlight < m_maxConcurrent && int(m_slots.size()) < m_limit) {
        const Ticket t = m_queue.front();
        m_queue.pop_front();
        ready.push_back(t);
        m_slots.push_back({t, InFlight});
        ++m_inFlight;
    }
    return ready;
}

void RateLimiter::finish(Ticket ticket) {
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [ticket](const Slot &slot) {
        return slot.ticket == ticket && slot.freeAt == InFlight;
    });
    if (it == m_slots.end())
        return;
    it->freeAt = m_clock() + m_windowMs + m_marginMs;
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
    const int excess = int(m_slots.size()) - m_limit; // >= 0: this many + 1 must free first
    if (excess >= 0) {
        std::vector<qint64> frees;
        frees.reserve(m_slots.size());
        for (const Slot &slot : m_slots) {
            if (slot.freeAt != InFlight)
                frees.push_back(slot.freeAt);
        }
        if (int(frees.size()) <= excess)
            return -1; // only an answer can free a slot
        const auto nth = frees.begin() + excess;
        std::nth_element(frees.begin(), nth, frees.end());
        at = std::max(at, *nth);
    }
    return at - now;
}

int RateLimiter::startsInWindow() const {
    prune(m_clock());
    return int(m_slots.size());
}

} // namespace exotrunk
