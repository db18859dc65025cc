#pragma once

#include <chrono>

namespace exotrunk {

// How the client retries. A 429 means the server did not act, so any method is re-sent after
// the wait, up to maxAttempts. After an unknown outcome (timeout, dropped connection, 5xx) only
// requests whose catalogue row is idempotent (the reads) are re-sent, transientRetriesForGet
// times; writes fail and ask for a refresh.
struct RetryPolicy {
    int maxAttempts = 4;            // per request, counting the first send
    int transientRetriesForGet = 1; // re-sends of a read after a dropped connection or a 5xx
    std::chrono::milliseconds initialBackoff{1000}; // 429 without Retry-After: 1 s, 2 s, 4 s …
    std::chrono::milliseconds maxBackoff{32000};    // cap for the backoff (Retry-After is obeyed)
};

} // namespace exotrunk
