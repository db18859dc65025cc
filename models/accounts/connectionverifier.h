#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"

#include <QObject>

#include <functional>

namespace exotrunk {

// Checks that a configuration can talk to the API: the callback gets an ApiError whose kind
// is None on success. It runs at most once and never after `context` was destroyed; the
// verifier must cancel its work when `context` goes (a dialog that closes stops its test).
using VerifyDone = std::function<void(const ApiError &)>;
using ConnectionVerifier =
    std::function<void(const ClientConfig &config, QObject *context, VerifyDone done)>;

// The console's verifier: an ExotelClient (a child of `context`) asks for the first page of
// the trunk list and stops there. An Exotel-shaped 404 (code 1000) on an account without the
// list endpoint counts as success: bad credentials are refused with 401 (1010) instead.
ConnectionVerifier makeExotelVerifier();

} // namespace exotrunk
