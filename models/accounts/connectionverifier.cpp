#include "accounts/connectionverifier.h"

#include "accounts/accountslogging.h"
#include "api/exotelclient.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace exotrunk {

ConnectionVerifier makeExotelVerifier() {
    return [](const ClientConfig &config, QObject *context, const VerifyDone &done) {
        // A child of the context: closing the dialog destroys the client, which cancels the call.
        auto *client = new ExotelClient(config, context);
        auto reported = std::make_shared<bool>(false);
        QPointer<ExotelClient> guard(client);
        QPointer<QObject> caller(context);
        auto report = [reported, guard, caller, done](const ApiError &error) {
            if (*reported)
                return;
            *reported = true;
            if (guard) {
                guard->cancelAll();
                guard->deleteLater();
            }
            // Answer from the event loop, not from inside the client's callback: the caller
            // may well delete the context (and with it the client) in its callback.
            if (done && caller)
                QTimer::singleShot(0, caller, [done, error] { done(error); });
        };
        client->listTrunks(
            client,
            [report](const ApiResult<QList<Trunk>> &result) {
                if (result.isOk()) {
                    report({});
                    return;
                }
                ApiError error = result.error();
                if (error.kind == ApiError::Kind::NotFound && error.exotelCode == 1000) {
                    qCInfo(lcAccounts) << "the account has no trunk list endpoint; the "
                                          "credentials were accepted";
                    error = {};
                }
                report(error);
            },
            [report](const QList<Trunk> &, int, std::optional<int>) { report({}); });
    };
}

} // namespace exotrunk
