#pragma once

// Envelope → typed result: how a call reads its answers. A single object, a list across its
// pages, or one outcome per item of a multi-item write. Nothing here knows an endpoint; the
// client picks the decoder for each catalogue row.

#include "api/apiresult.h"
#include "api/apitransport.h"
#include "api/exotelclient.h"
#include "api/transporterrors.h"

#include <QPointer>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>

namespace exotrunk {

template <typename T> using ResultCallback = std::function<void(const ApiResult<T> &)>;
template <typename T>
using PageCallback = std::function<void(const QList<T> &, int, std::optional<int>)>;

// Completes an error from the item with what only the envelope knows.
ApiError itemError(const EnvelopeItem &item, const Envelope &envelope, int httpStatus);
ApiError malformed(const QString &what, const QString &requestId, int httpStatus);
// "Item 3 on page 2 of the list could not be read: …"
QString unreadableItemSentence(int item, int page, const QString &why);
// The page_size a server refused with a 400 is dropped and the first page asked again.
bool retriedWithoutPageSize(ApiTransport &transport, ClientCall *call, int status,
                            const Envelope &env);
// Follows next_page_uri, or fails the call for a next page that cannot be followed; false
// when this was the last page.
bool followNextPage(ApiTransport &transport, ClientCall *call, int status, const Envelope &env);
// An answer that holds no item, or an HTTP error status on a successful item.
bool failedSingle(ClientCall *call, int status, const Envelope &env);

// A call whose failures reach `done` as ApiResult<T>::failure.
template <typename T>
ClientCall *openCall(ApiTransport &transport, QString description, QObject *context,
                     const ResultCallback<T> &done) {
    ClientCall *call = transport.newCall(std::move(description), context);
    call->fail = [&transport, call, done](const ApiError &error) {
        transport.finish(call, [done, error] {
            if (done)
                done(ApiResult<T>::failure(error));
        });
    };
    return call;
}

template <typename T>
void succeed(ApiTransport &transport, ClientCall *call, const ResultCallback<T> &done, T value,
             const QString &requestId) {
    transport.finish(call, [done, value = std::move(value), requestId] {
        if (done)
            done(ApiResult<T>::success(value, requestId));
    });
}

// Decodes the items of one list page into `page`. One item the console cannot read must not hide
// the others: it is left out and named in `skipped`. Returns the first item that reports a
// failure (the whole call fails then), or null.
template <typename T>
const EnvelopeItem *decodePage(const Envelope &env, int pageNumber, QList<T> *page,
                               QStringList *skipped) {
    page->reserve(env.items.size());
    for (int i = 0; i < env.items.size(); ++i) {
        const EnvelopeItem &item = env.items.at(i);
        if (item.error.isError())
            return &item;
        Decoded<T> decoded =
            item.unreadable.isEmpty() ? T::fromJson(item.data) : Decoded<T>::fail(item.unreadable);
        if (!decoded) {
            skipped->append(unreadableItemSentence(i + 1, pageNumber, decoded.error()));
            continue;
        }
        page->append(std::move(decoded.value()));
    }
    return nullptr;
}

// One object (the first item of the answer).
template <typename T>
void expectSingle(ApiTransport &transport, ClientCall *call, const ResultCallback<T> &done) {
    call->onAnswer = [&transport, call, done](const QByteArray &, int status,
                                              const std::optional<Envelope> &envelope) {
        const Envelope &env = *envelope;
        if (failedSingle(call, status, env))
            return;
        Decoded<T> decoded = T::fromJson(env.items.first().data);
        if (!decoded) {
            QString text =
                ExotelClient::tr("The server's answer could not be read: %1").arg(decoded.error());
            if (call->isWrite())
                text += QLatin1Char(' ') + outcomeUnknownSentence();
            call->fail(malformed(text, env.requestId, status));
            return;
        }
        succeed<T>(transport, call, done, std::move(decoded.value()), env.requestId);
    };
}

// A list across all its pages; `onPage` sees each page as it arrives.
template <typename T>
void expectList(ApiTransport &transport, ClientCall *call, const ResultCallback<QList<T>> &done,
                PageCallback<T> onPage) {
    auto loaded = std::make_shared<QList<T>>();
    auto skipped = std::make_shared<QStringList>();
    call->onAnswer = [&transport, call, done, onPage, loaded, skipped](
                         const QByteArray &, int status, const std::optional<Envelope> &envelope) {
        const Envelope &env = *envelope;
        if (retriedWithoutPageSize(transport, call, status, env))
            return;
        if (!env.isList) {
            // A list endpoint answers errors (404, 401 …) with a single object.
            if (!env.items.isEmpty() && !env.items.first().isSuccess()) {
                call->fail(itemError(env.items.first(), env, status));
                return;
            }
            call->fail(malformed(ExotelClient::tr("The server answered with a single result "
                                                  "where a list was expected."),
                                 env.requestId, status));
            return;
        }
        ++call->pages;
        const qsizetype skippedBefore = skipped->size();
        QList<T> page;
        if (const EnvelopeItem *failed = decodePage(env, call->pages, &page, skipped.get())) {
            call->fail(itemError(*failed, env, status));
            return;
        }
        for (qsizetype i = skipped->size() - skippedBefore; i > 0; --i)
            qCWarning(lcApi).noquote()
                << call->description() << "skipped" << skipped->at(skipped->size() - i);
        const std::optional<int> total = env.metadata ? env.metadata->total : std::nullopt;
        // Room for the announced total (within reason: it is the server's word), so that a long
        // list is not moved to a larger block, on the UI thread, each time it fills up.
        constexpr int kMaxListReserved = 100000;
        if (total && *total > loaded->capacity())
            loaded->reserve(std::min(*total, kMaxListReserved));
        loaded->append(page);
        const int count = int(loaded->size());
        qCDebug(lcApi).noquote() << "page" << call->pages << call->description() << "items"
                                 << page.size() << "loaded" << count;
        // The page callback may cancel the call or destroy its context.
        QPointer<ClientCall> guard(call);
        if (onPage && call->contextAlive())
            onPage(page, count, total);
        if (!guard || call->m_finished)
            return;
        emit call->progress(count, total);
        if (!guard || call->m_finished || followNextPage(transport, call, status, env))
            return;
        transport.finish(call, [done, value = *loaded, problems = *skipped, id = env.requestId] {
            if (done)
                done(ApiResult<QList<T>>::partial(value, problems, id));
        });
    };
}

// One outcome per input of a multi-item write (200 or 207 Multi-Status).
template <typename T>
ItemOutcome<T> decodeOutcome(const QString &input, const Envelope &env, int index, int status) {
    ItemOutcome<T> outcome;
    outcome.input = input;
    if (index >= env.items.size()) {
        outcome.error = malformed(ExotelClient::tr("The server gave no result for this entry; "
                                                   "refresh to see whether it was applied."),
                                  env.requestId, status);
        return outcome;
    }
    const EnvelopeItem &item = env.items.at(index);
    if (!item.unreadable.isEmpty()) {
        outcome.error =
            malformed(ExotelClient::tr("The result for this entry could not be read: %1")
                          .arg(item.unreadable),
                      env.requestId, status);
    } else if (!item.isSuccess()) {
        outcome.error = itemError(item, env, status);
    } else if (Decoded<T> decoded = T::fromJson(item.data)) {
        outcome.value = std::move(decoded.value());
    } else {
        outcome.error =
            malformed(ExotelClient::tr("The result for this entry could not be read: %1")
                          .arg(decoded.error()),
                      env.requestId, status);
    }
    return outcome;
}

template <typename T>
void expectOutcomes(ApiTransport &transport, ClientCall *call, const QStringList &inputs,
                    const ResultCallback<QList<ItemOutcome<T>>> &done) {
    call->onAnswer = [&transport, call, done, inputs](const QByteArray &, int status,
                                                      const std::optional<Envelope> &envelope) {
        const Envelope &env = *envelope;
        // The whole request was refused (bad body, auth, unknown trunk).
        if (!env.isList && !env.items.isEmpty() && !env.items.first().isSuccess()) {
            call->fail(itemError(env.items.first(), env, status));
            return;
        }
        QList<ItemOutcome<T>> outcomes;
        for (int i = 0; i < inputs.size(); ++i)
            outcomes.append(decodeOutcome<T>(inputs.at(i), env, i, status));
        if (env.items.size() > inputs.size())
            qCWarning(lcApi).noquote() << call->description() << "answered" << env.items.size()
                                       << "results for" << inputs.size() << "entries";
        succeed<QList<ItemOutcome<T>>>(transport, call, done, std::move(outcomes), env.requestId);
    };
}

} // namespace exotrunk
