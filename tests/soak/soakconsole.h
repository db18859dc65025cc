#pragma once

// The console under the soak: its real client, trunk list, details controller, provisioning
// engine and credential rotation, wired as the main window and Console wire them, and driven
// one random operation at a time against a faulty sandbox.

#include "api/exotelclient.h"
#include "sandboxserver.h"
#include "soakfaults.h"
#include "trunkdetailsmodels.h"
#include "trunklistmodel.h"
#include "workflows/provisioningengine.h"
#include "workflows/provisioningjournal.h"
#include "workflows/provisioningrequest.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace exotrunk::soak {

// Records a failure of the running test at the caller's line and makes the enclosing function
// (which returns bool) return false: the soak stops at the first broken promise.
#define SOAK_CHECK(condition, message)                                                             \
    do {                                                                                           \
        if (!QTest::qVerify(static_cast<bool>(condition), #condition, qPrintable(message),         \
                            __FILE__, __LINE__))                                                   \
            return false;                                                                          \
    } while (false)

// Long enough for the slowest faulted operation (a timed-out GET and its retry) under the
// sanitizers; an operation that takes longer hangs and fails the test.
constexpr int kOperationWaitMs = 30000;

// The account profile the soak's journal and rotations are kept under.
inline QString soakProfile() {
    return QStringLiteral("soak-profile");
}

// Spins the event loop until `done`; on timeout fails the running test naming `what`.
bool waitFor(const std::function<bool()> &done, const QString &what);

// One client call, as an edit dialog makes it: ok, or the error the dialog would show.
struct CallOutcome {
    bool ok = false;
    ApiError error;
};

class SoakConsole {
public:
    SoakConsole(sandbox::SandboxServer &server, quint32 seed, const QString &journalFile);
    ~SoakConsole();

    // The first load of the trunk list, unfaulted.
    bool start();
    // One random operation with its random fault; false when the running test failed.
    bool runOne();

    int operations() const { return m_operations; }
    int failuresShown() const { return m_failuresShown; }
    const FaultInjector &faults() const { return m_faults; }
    QString operationSummary() const;

    ExotelClient &client() { return *m_client; }
    TrunkListModel &list() { return m_list; }
    // Nothing in flight: every call the console started has answered.
    bool idle() const;

private:
    bool opList();
    bool opOpen();
    bool opCreate();
    bool opMap();
    bool opEdit();
    bool opRotate();
    bool opDelete();

    bool changeMode(const PhoneNumber &number);
    bool allowIp();
    bool addDestination();
    bool createCredential();
    bool setCallerId();
    ProvisioningRequest randomRequest();
    bool decideAfterFailure(ProvisioningEngine &engine);
    // The end of an edit: the outcome against the fault, then the section the edit changes
    // reloaded as the details page reloads it: `shown` must hold exactly when the edit succeeded
    // (or timed out, which leaves it unknown).
    bool runWrite(const QString &what, const CallOutcome &outcome, FaultKind fault,
                  std::optional<TrunkDetailsController::Section> section,
                  const std::function<bool()> &shown);
    bool rotateFrom(const CredentialId &oldId);

    // Every operation ends here: the outcome must match the fault, a failure must carry words
    // for the user, and an armed 5xx or drop must really have met a request.
    // `kindKnown` false: the console hands on words only, so a timeout is not told by its kind.
    bool expectOutcome(const QString &what, FaultKind fault, bool failed, const ApiError &error,
                       bool kindKnown = true);
    // After a write whose outcome is unknown (a timeout) the user refreshes what is shown.
    bool refreshAfterUnknownOutcome(FaultKind fault);
    bool reloadSection(TrunkDetailsController::Section section);
    // Now and then the user pressed F5 just before a create or delete: that refresh's list is
    // read first and answered late, so it predates the change the operation makes.
    void sometimesRefreshAlongside();
    // Once everything settled: the list shows exactly the sandbox's trunks.
    bool listMatchesSandbox(const QString &what);
    // The open trunk (opening one when none is), or empty when the account has no trunk.
    TrunkSid ensureOpenTrunk();
    bool openTrunk(const TrunkSid &sid);
    TrunkSid randomTrunk();
    int pick(int bound) { return int(m_random.bounded(bound)); }
    void count(const QString &operation);

    QString nextNumber();
    QString nextIp();
    QString nextHost();
    QString nextUserName();

    sandbox::SandboxServer &m_server;
    QRandomGenerator m_random;
    FaultInjector m_faults;
    std::unique_ptr<ExotelClient> m_client;
    ProvisioningJournal m_journal;
    TrunkListModel m_list;
    TrunkDetailsController m_details;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    TrunkSid m_openSid;
    int m_operations = 0;
    int m_failuresShown = 0;
    int m_serial = 0; // makes every name, number, IP and host unique
    QMap<QString, int> m_perOperation;
};

} // namespace exotrunk::soak
