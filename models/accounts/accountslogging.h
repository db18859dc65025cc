#pragma once

#include <QLoggingCategory>

// exotrunk.accounts: profiles and keychain access. Never receives a token.
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
